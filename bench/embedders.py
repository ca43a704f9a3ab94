"""Choose the default embedder by measurement: for each one, the full build of the sample corpus, the
answers and passages on every question set of eval/ (through `cli.py eval`'s harness), and the latency of
one question (analysis, retrieval and answer, model loaded)."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import ROOT, ask_timings, median, percentile, save, timed

from assistant.config import Settings
from assistant.core import Assistant
from assistant.evaluation import evaluate, load_questions
from assistant.store.embedder import load_embedder

SETS = ("dev", "holdout", "unseen")


def measure(embedder: str, rounds: int) -> dict:
    load_embedder(embedder)  # loading the model is not part of a build's cost
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(corpus_dir=ROOT / "corpus", index_dir=Path(tmp), embedder=embedder)
        build_s, _ = timed(Assistant(settings).refresh)
        assistant = Assistant(settings)
        assistant.load()
        result = {"embedder": embedder, "build_s": round(build_s, 1)}
        for name in SETS:
            summary = evaluate(assistant, ROOT / "eval" / f"{name}.jsonl").summary()
            result[name] = {k: summary[k] for k in ("recall@1", "recall@5", "mrr@10", "answer", "abstention")}
        questions = [q.question for name in SETS for q in load_questions(ROOT / "eval" / f"{name}.jsonl")]
        times = ask_timings(assistant, questions, rounds)
        result["latency_ms"] = {"median": round(median(times), 1), "p95": round(percentile(times, 95), 1)}
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedders", default="e5-small,use-multilingual,none")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    runs = []
    for name in args.embedders.split(","):
        runs.append(measure(name, args.rounds))
        print(runs[-1], flush=True)
    save("embedders", {"runs": runs})


if __name__ == "__main__":
    main()
