"""Latency of one question (analysis, retrieval and answer, model loaded): median and p95 over every question
of eval/dev.jsonl, holdout.jsonl and unseen.jsonl."""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from common import ROOT, ask_timings, median, percentile, save

from assistant.config import Settings
from assistant.core import Assistant


def measure(embedder: str, rounds: int) -> dict:
    questions = [json.loads(line)["question"] for name in ("dev", "holdout", "unseen")
                 for line in (ROOT / "eval" / f"{name}.jsonl").read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(corpus_dir=ROOT / "corpus", index_dir=Path(tmp), embedder=embedder)
        assistant = Assistant(settings)
        assistant.refresh()
        times = ask_timings(assistant, questions, rounds)
    return {"embedder": embedder, "questions": len(times), "median_ms": round(median(times), 2),
            "p95_ms": round(percentile(times, 95), 2), "max_ms": round(max(times), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedders", default=Settings().embedder)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    save("query", {"runs": [measure(e, args.rounds) for e in args.embedders.split(",")]})


if __name__ == "__main__":
    main()
