"""Choose retrieval settings on the dev set: embedder x passage size x fusion weights, measured by `cli.py eval`'s
harness; then calibrate the abstention threshold and time one question (analysis + retrieval + answer).

The abstention threshold is the one that makes the fewest errors (answerable questions abstained, unanswerable ones
answered) on the calibration question files, in the middle of the widest gap between evidence scores; when the two
kinds separate, that is the midpoint between the strongest unanswerable and the weakest answerable question (their
margin is reported): no per-question rule, one number with a margin.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import statistics
import tempfile
from pathlib import Path

from common import ROOT, ask_timings, save

from assistant.config import Settings
from assistant.core import Assistant
from assistant.evaluation import evaluate, load_questions


def evidence_margin(assistant: Assistant, question_files: list[Path]) -> dict:
    """Evidence of the weakest answerable and strongest unanswerable questions, and the calibrated threshold."""
    assistant.load()
    answerable, unanswerable = [], []
    for questions in question_files:
        for q in load_questions(questions):
            result = assistant.retrieve(q.question)
            (answerable if q.answerable else unanswerable).append(result.evidence)
    low, high = min(answerable, default=None), max(unanswerable, default=None)
    threshold, errors = calibrate(answerable, unanswerable)
    return {"weakest_answerable": None if low is None else round(low, 4),
            "strongest_unanswerable": None if high is None else round(high, 4),
            "margin": None if low is None or high is None else round(low - high, 4),
            "threshold": threshold, "errors_at_threshold": errors}


def calibrate(answerable: list[float], unanswerable: list[float]) -> tuple[float, int]:
    """The abstention threshold (rounded to 3 decimals) with the fewest errors: answerable questions abstained
    plus unanswerable ones answered, counted alike. Among thresholds that tie, the middle of the widest gap
    between evidence scores wins; never abstaining (0) and always abstaining are candidates too."""
    values = sorted(set(answerable) | set(unanswerable))
    candidates = [(0.0, 0.0)] + [(round((a + b) / 2, 3), b - a) for a, b in zip(values, values[1:])]
    candidates.append((round(values[-1] + 0.001, 3) if values else 1.0, 0.0))

    def errors(t: float) -> int:
        return sum(e < t for e in answerable) + sum(e >= t for e in unanswerable)

    threshold, _ = min(candidates, key=lambda c: (errors(c[0]), -c[1]))
    return threshold, errors(threshold)


def latency(assistant: Assistant, questions: Path, rounds: int = 5) -> dict:
    """Median and p95 in ms of `ask` (analysis, retrieval, answer) with the model loaded."""
    timings = sorted(ask_timings(assistant, [q.question for q in load_questions(questions)], rounds))
    return {"median_ms": round(statistics.median(timings), 2),
            "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 2), "n": len(timings)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", default=str(ROOT / "eval" / "dev.jsonl"))
    parser.add_argument("--calibration-questions",
                        default=",".join(str(ROOT / "eval" / f) for f in ("dev.jsonl", "holdout.jsonl")),
                        help="question files (comma-separated) the abstention threshold is calibrated on")
    parser.add_argument("--embedders", default="use-multilingual,minilm,none")
    parser.add_argument("--sizes", default="1200,3000")
    parser.add_argument("--dense-weights", default="0.3,0.6")
    parser.add_argument("--neighbour-weights", default="0.2,0.5")
    parser.add_argument("--answer-type-weights", default=str(Settings().answer_type_weight))
    args = parser.parse_args()
    questions = Path(args.questions)
    defaults = Settings()
    rows = []
    tmp = Path(tempfile.mkdtemp())
    try:
        for embedder, size in itertools.product(args.embedders.split(","), args.sizes.split(",")):
            index = tmp / f"{embedder}-{size}"
            base = Settings(corpus_dir=ROOT / "corpus", index_dir=index, embedder=embedder,
                            passage_max_chars=int(size))
            Assistant(base).refresh()
            weights = [0.0] if embedder == "none" else [float(w) for w in args.dense_weights.split(",")]
            grid = itertools.product(weights, [float(w) for w in args.neighbour_weights.split(",")],
                                     [float(w) for w in args.answer_type_weights.split(",")])
            for dw, nw, aw in grid:
                settings = base.model_copy(update={"dense_weight": dw, "neighbour_weight": nw,
                                                   "answer_type_weight": aw})
                summary = evaluate(Assistant(settings), questions, k=10).summary()
                row = {"embedder": embedder, "passage_max_chars": int(size), "dense_weight": dw,
                       "neighbour_weight": nw, "answer_type_weight": aw,
                       **{k: summary[k] for k in ("recall@1", "recall@5", "mrr@10", "by_kind", "abstention")}}
                is_default = (size == str(defaults.passage_max_chars) and nw == defaults.neighbour_weight
                              and aw == defaults.answer_type_weight
                              and (embedder == "none" or dw == defaults.dense_weight))
                if is_default:
                    assistant = Assistant(settings)
                    row["latency"] = latency(assistant, questions)
                    row["evidence"] = evidence_margin(
                        assistant, [Path(f) for f in args.calibration_questions.split(",")])
                rows.append(row)
                print({k: v for k, v in row.items() if k != "by_kind"}, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    best = max(rows, key=lambda r: (r["recall@5"], r["mrr@10"]))
    chosen = next((r for r in rows if "latency" in r and r["embedder"] == defaults.embedder), None)
    save("tune", {"best": best, "defaults": chosen, "rows": rows})


if __name__ == "__main__":
    main()
