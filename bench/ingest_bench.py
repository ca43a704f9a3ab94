"""Ingest benchmark: full build vs no-op refresh of the sample corpus, and throughput on synthetic PDF pages,
for the default embedder (or the one named)."""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

from common import ROOT, median, save, timed

from assistant.config import Settings
from assistant.store.build import refresh_index
from assistant.store.embedder import load_embedder

WORDS = ("santé mentale conseil local quartier prioritaire habitants élus psychiatrie prévention "
         "coordination partenaires diagnostic territoire logement insertion jeunesse précarité "
         "stigmatisation parcours soins accompagnement politique ville contrat atelier").split()


def synthetic_corpus(folder: Path, pages: int, pages_per_file: int = 50, seed: int = 7) -> None:
    """Write PDFs of French-like text with reportlab: `pages` pages in files of `pages_per_file`."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for f in range((pages + pages_per_file - 1) // pages_per_file):
        c = canvas.Canvas(str(folder / f"synthetique-{f:03d}.pdf"), pagesize=A4)
        for p in range(min(pages_per_file, pages - f * pages_per_file)):
            c.setFont("Helvetica", 10)
            c.drawString(50, 810, "RAPPORT SYNTHÉTIQUE — BENCHMARK")
            y = 780
            for _ in range(38):
                c.drawString(50, y, " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + ".")
                y -= 18
            c.drawString(290, 30, str(p + 1))
            c.showPage()
        c.save()


def build_and_noop(corpus: Path, runs: int, embedder: str) -> dict:
    full, noop = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(corpus_dir=corpus, index_dir=Path(tmp) / "index", embedder=embedder)
            t_full, report = timed(refresh_index, settings)
            t_noop, again = timed(refresh_index, settings)
            assert again.generation == report.generation and not again.added
            full.append(t_full)
            noop.append(t_noop)
    return {"full_build_s": median(full), "noop_refresh_s": median(noop),
            "noop_over_full": median(noop) / median(full), "passages": report.passages, "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--embedder", default=Settings().embedder)
    args = parser.parse_args()
    load_embedder(args.embedder)  # model loading is not part of a build's cost
    sample = build_and_noop(ROOT / "corpus", args.runs, args.embedder)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        synthetic_corpus(corpus, args.pages)
        settings = Settings(corpus_dir=corpus, index_dir=Path(tmp) / "index", embedder=args.embedder)
        seconds, report = timed(refresh_index, settings)
        shutil.rmtree(settings.index_dir)
    save("ingest", {
        "sample_corpus": sample,
        "synthetic": {"pages": args.pages, "passages": report.passages, "seconds": seconds,
                      "pages_per_s": args.pages / seconds, "passages_per_s": report.passages / seconds},
        "embedder": args.embedder,
    })


if __name__ == "__main__":
    main()
