"""Scanned PDFs for the OCR tests and bench: French text rendered by Pillow at 300 dpi, wrapped in a PDF."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

DPI = 300
PAGE_PIXELS = (round(A4[0] / 72 * DPI), round(A4[1] / 72 * DPI))  # A4 at 300 dpi: 2480 x 3508
FONT_PIXELS = 42  # 10 points at 300 dpi
FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")

MINUTES_PAGES = [  # a two-page scanned report: the question of the tests is answered on page 2
    [
        "Compte rendu de la séance plénière",
        "Le conseil local de santé mentale de Besançon s'est réuni",
        "le 12 février 2024 à l'hôtel de ville. Les élus, les",
        "bailleurs sociaux et l'hôpital ont présenté le bilan",
        "de l'année écoulée : quarante-deux situations complexes",
        "ont été étudiées par la cellule de coordination.",
    ],
    [
        "Équipe mobile de psychiatrie",
        "Depuis septembre, une équipe mobile intervient à domicile",
        "auprès des personnes isolées du quartier de Planoise.",
        "Elle réunit deux infirmières, une psychologue et un",
        "travailleur social. Les signalements passent par la",
        "mairie de quartier ou par le médecin traitant.",
    ],
]


def font() -> ImageFont.FreeTypeFont:
    """A serif TrueType font of the machine with French accents (Pillow's own font has none)."""
    for path in FONT_FILES:
        if Path(path).is_file():
            return ImageFont.truetype(path, FONT_PIXELS)
    raise RuntimeError("police DejaVu absente : apt-get install fonts-dejavu-core (comme .ci/run)")


def scan_image(lines: list[str], blur: float = 0.0) -> Image.Image:
    """A white A4 page at 300 dpi with these lines in black, as a scanner gives it (blurred when asked)."""
    image = Image.new("L", PAGE_PIXELS, 255)
    draw = ImageDraw.Draw(image)
    face = font()
    for i, line in enumerate(lines):
        draw.text((240, 300 + i * 72), line, font=face, fill=0)
    return image.filter(ImageFilter.GaussianBlur(blur)) if blur else image


def draw_scan(c: canvas.Canvas, image: Image.Image) -> None:
    """One PDF page showing only this image over the whole A4 page (stored losslessly by reportlab)."""
    c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    c.showPage()


def write_scanned_pdf(path: Path, pages: list[list[str]] = MINUTES_PAGES, blur: float = 0.0) -> Path:
    """A PDF made only of page images (no text layer), one per page, like a scanner's output."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        draw_scan(c, scan_image(lines, blur))
    c.save()
    return path


def write_mixed_pdf(path: Path) -> Path:
    """Page 1 typed text, page 2 a clean scan, page 3 a scan too blurred to read, page 4 a blank scan."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    y = 780
    for line in ("Annexe : partenaires du conseil local de santé mentale.",
                 "La liste des partenaires est tenue à jour par le coordinateur.",
                 "Les pages suivantes sont des copies numérisées des courriers reçus."):
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    for image in (scan_image(MINUTES_PAGES[1]), scan_image(MINUTES_PAGES[0], blur=6), scan_image([])):
        draw_scan(c, image)
    c.save()
    return path
