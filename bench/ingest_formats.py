"""Ingest time per format: the same synthetic text written as .pptx, .odp, .docx, .odt, .pdf, .html and .md,
each read, cleaned and cut into passages (`process_file`; embedding, the same for every format, left out)."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from common import ROOT, median, save, timed
from ingest_bench import WORDS

sys.path.insert(0, str(ROOT / "tests"))  # the writers the tests make their Office fixtures with

from office_fixtures import SlideSpec, write_docx, write_odp, write_odt, write_pptx  # noqa: E402

from assistant.config import Settings  # noqa: E402
from assistant.ingest.pipeline import process_file  # noqa: E402


def sentence(rng: random.Random, words: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def units(count: int, seed: int = 7) -> list[tuple[str, list[str], str]]:
    """(title, six lines, two sentences of notes or prose) for each slide, section or page."""
    rng = random.Random(seed)
    return [(f"Partie {n} : {sentence(rng, 4)[:-1]}", [sentence(rng, 8) for _ in range(6)],
             f"{sentence(rng)} {sentence(rng)}") for n in range(1, count + 1)]


def write_pdf(path: Path, parts) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for title, lines, prose in parts:
        y = 800
        for line in [title, *lines, prose[: len(prose) // 2], prose[len(prose) // 2:]]:
            c.drawString(50, y, line)
            y -= 20
        c.showPage()
    c.save()


def write_files(folder: Path, count: int) -> dict[str, Path]:
    """One file per format holding `count` slides, sections or pages of the same text."""
    parts = units(count)
    slides = [SlideSpec(title, lines, prose) for title, lines, prose in parts]
    blocks: list = []
    for n, (title, lines, prose) in enumerate(parts):
        blocks += [("h2", title), ("p", " ".join(lines[:3])), ("p", prose)]
        if n % 5 == 0:
            rows = [[line[:30], str(i)] for i, line in enumerate(lines[3:])]
            blocks.append(("table", [["Indicateur", "Valeur"], *rows]))
        else:
            blocks.append(("p", " ".join(lines[3:])))
    html = "".join(f"<h2>{t}</h2><p>{' '.join(ls)}</p><p>{p}</p>" for t, ls, p in parts)
    files = {
        ".pptx": write_pptx(folder / "deck.pptx", slides, title="Banc d'essai"),
        ".odp": write_odp(folder / "deck.odp", slides, title="Banc d'essai"),
        ".docx": write_docx(folder / "guide.docx", blocks, title="Banc d'essai"),
        ".odt": write_odt(folder / "guide.odt", blocks, title="Banc d'essai"),
        ".pdf": folder / "rapport.pdf",
        ".html": folder / "page.html",
        ".md": folder / "note.md",
    }
    write_pdf(files[".pdf"], parts)
    files[".html"].write_text(f"<html><head><title>Banc</title></head><body><main>{html}</main></body></html>", "utf-8")
    files[".md"].write_text("\n\n".join(f"## {t}\n\n{' '.join(ls)}\n\n{p}" for t, ls, p in parts), "utf-8")
    return files


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=50, help="slides, sections or pages per file")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    settings = Settings()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for suffix, path in write_files(Path(tmp), args.units).items():
            times = []
            for _ in range(args.runs):
                seconds, (_, passages) = timed(process_file, path, None, settings)
                times.append(seconds * 1000)
            results[suffix] = {"median_ms": round(median(times), 1), "passages": len(passages),
                               "ms_per_unit": round(median(times) / args.units, 2),
                               "kb": round(path.stat().st_size / 1024, 1)}
    print(f"{'format':<7}{'KB':>8}{'passages':>10}{'median ms':>11}{'ms/unit':>9}")
    for suffix, r in results.items():
        print(f"{suffix:<7}{r['kb']:>8}{r['passages']:>10}{r['median_ms']:>11}{r['ms_per_unit']:>9}")
    save("ingest_formats", {"units_per_file": args.units, "runs": args.runs, "formats": results})


if __name__ == "__main__":
    main()
