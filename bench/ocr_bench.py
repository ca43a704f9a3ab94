"""OCR benchmark: Tesseract's time per scanned page (median, p90), a scanned PDF loaded end to end, and the
same PDF again with its readings cached."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, median, percentile, save, timed
from ingest_bench import WORDS

sys.path.insert(0, str(ROOT / "tests"))
from ocr_fixtures import PAGE_PIXELS, draw_scan, scan_image  # noqa: E402 - the tests' scanned pages

from assistant.config import Settings  # noqa: E402
from assistant.ingest import process_file  # noqa: E402
from assistant.ingest.ocr import Ocr, ocr_run  # noqa: E402

LINES_PER_PAGE = 38  # a full page of a report, as ingest_bench.py's synthetic pages
CHARS_PER_LINE = 80


def page_lines(rng: random.Random) -> list[str]:
    """A page of French-like text (accented words) wrapped at CHARS_PER_LINE."""
    lines = []
    while len(lines) < LINES_PER_PAGE:
        line = ""
        while len(line) < CHARS_PER_LINE - 12:
            line += rng.choice(WORDS) + " "
        lines.append(line.strip().capitalize())
    return lines


def write_scans(path: Path, pages: int, seed: int = 11) -> list:
    """A scanned PDF of `pages` full pages; returns the page images it shows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    images = [scan_image(page_lines(rng)) for _ in range(pages)]
    c = canvas.Canvas(str(path), pagesize=A4)
    for image in images:
        draw_scan(c, image)
    c.save()
    return images


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "rapport-scanne.pdf"
        images = write_scans(pdf, args.pages)
        ocr = Ocr()
        per_page = []
        for image in images:
            start = time.perf_counter()
            ocr.read(image, dpi=300)
            per_page.append(time.perf_counter() - start)
        cache = Path(tmp) / "ocr-cache"
        with ocr_run(cache_dir=cache) as run:
            load_s, (_, passages) = timed(process_file, pdf, None, Settings())
        with ocr_run(cache_dir=cache) as cached_run:
            cached_s, _ = timed(process_file, pdf, None, Settings())
    assert run.pages == args.pages and cached_run.cached == args.pages
    save("ocr", {
        "pages": args.pages, "page_pixels": list(PAGE_PIXELS), "lines_per_page": LINES_PER_PAGE,
        "ocr_page_median_s": median(per_page), "ocr_page_p90_s": percentile(per_page, 90),
        "pdf_load_s": load_s, "pdf_load_per_page_s": load_s / args.pages, "passages": len(passages),
        "cached_reload_s": cached_s,
    })


if __name__ == "__main__":
    main()
