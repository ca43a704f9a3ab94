"""Fixture files for the ingestion tests, written for real with reportlab and pypdf (no mocks)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

RUNNING_HEADER = "RAPPORT RÉGIONAL — SANTÉ MENTALE ET VILLE"

REPORT_PAGES = [
    [
        "Le conseil local de santé mentale réunit les élus, la psychiatrie publique et les usagers",
        "afin de définir une politique locale. Il agit pour la santé men-",
        "tale des habitants des quartiers prioritaires de la politique de la ville.",
        "Les partenaires se retrouvent chaque trimestre.",
    ],
    [
        "La coordination est assurée par une personne dédiée, financée par la collectivité",
        "et par l'agence régionale de santé. La région des Hauts-de-",
        "France compte de nombreux conseils en activité.",
        "- premier axe : l'accès aux soins ;",
        "- second axe : la lutte contre la stigmatisation.",
    ],
    [
        "Les ateliers santé ville ont souvent précédé les conseils locaux de santé mentale",
        "dans les territoires. Leur diagnostic partagé a permis de repérer les besoins",
        "des habitants les plus fragiles.",
    ],
    [
        "En conclusion, la démarche demande du temps et une volonté politique forte,",
        "portée par un élu qui entraîne les autres partenaires du territoire.",
    ],
]

SLIDES = [
    ["Introduction au CLSM", "- Un espace de concertation", "- Présidé par un élu local"],
    ["Les étapes de création", "- Diagnostic partagé"],
    ["Les étapes de création", "- Diagnostic partagé", "- Comité de pilotage"],
    ["Les étapes de création", "- Diagnostic partagé", "- Comité de pilotage", "- Assemblée plénière annuelle"],
    ["Conclusion et ressources", "- Un outil au service des habitants", "- Le centre national de ressources"],
]


def write_report(path: Path, title: str | None = None, header: bool = True) -> Path:
    """A portrait multi-page report with a running header, page numbers and words hyphenated at line ends."""
    c = canvas.Canvas(str(path), pagesize=A4)
    if title:
        c.setTitle(title)
    width, height = A4
    for number, lines in enumerate(REPORT_PAGES, start=1):
        c.setFont("Helvetica", 9)
        if header:
            c.drawString(60, height - 40, RUNNING_HEADER)
        c.setFont("Helvetica", 11)
        y = height - 100
        for line in lines:
            c.drawString(60, y, line)
            y -= 16
        c.setFont("Helvetica", 9)
        c.drawString(width / 2, 30, str(number))
        c.showPage()
    c.save()
    return path


def write_slides(path: Path, slides: list[list[str]] = SLIDES, numbers: list[int | None] | None = None) -> Path:
    """A landscape slide deck; slides 2 to 4 are a progressive build of the same slide. Each slide prints
    `numbers[i]` (default: its page number; None prints none)."""
    size = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=size)
    for page, lines in enumerate(slides, start=1):
        number = page if numbers is None else numbers[page - 1]
        c.setFont("Helvetica-Bold", 24)
        c.drawString(50, size[1] - 80, lines[0])
        c.setFont("Helvetica", 16)
        y = size[1] - 140
        for line in lines[1:]:
            c.drawString(70, y, line)
            y -= 28
        if number is not None:
            c.setFont("Helvetica", 10)
            c.drawString(size[0] - 50, 20, str(number))
        c.showPage()
    c.save()
    return path


def write_drawing_only(path: Path) -> Path:
    """A PDF with rectangles and no text layer at all (like a scan)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(2):
        c.rect(50 + page * 10, 50, 300, 400, fill=1)
        c.rect(100, 500, 200, 100)
        c.showPage()
    c.save()
    return path


def write_encrypted(path: Path, source: Path, user_password: str = "secret") -> Path:
    """A copy of `source` encrypted with a user password (RC4, which pypdf writes without extra packages)."""
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password, owner_password="proprietaire", algorithm="RC4-128")
    with path.open("wb") as out:
        writer.write(out)
    return path
