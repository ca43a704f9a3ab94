"""Every question set of eval/ in one run, with totals: `python eval/run_all.py [--json out.json] [--compare old.json]`.

The sample sets (dev, holdout, …) are asked of `index/`; each trial (`eval/<name>/corpus`) of its own index in
`build/eval-<name>`, refreshed first (a no-op when nothing changed). `--json` keeps every question's rank and
answer, so that `--compare` can list the questions whose answer gained or lost its evidence since.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.config import Settings  # noqa: E402
from assistant.core import Assistant  # noqa: E402
from assistant.evaluation import evaluate  # noqa: E402

SAMPLE_SETS = ["dev", "holdout", "unseen", "blind", "fresh", "fresh2"]


def trials() -> list[str]:
    return sorted((p.name for p in (ROOT / "eval").iterdir() if (p / "questions.jsonl").is_file()),
                  key=lambda name: (len(name), name))


def run_set(name: str, assistant: Assistant, path: Path) -> list[dict]:
    report = evaluate(assistant, path)
    return [{"set": name, "id": o.question.id, "kind": o.question.kind, "question": o.question.question,
             "answerable": o.question.answerable, "rank": o.rank, "abstained": o.abstained,
             "holds": o.answer_holds, "first_holds": o.first_sentence_holds, "chars": len(o.answer),
             "answer": o.answer, "at": o.question.at, "cited_at": o.cited_at} for o in report.outcomes]


def totals(rows: list[dict]) -> dict:
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    timed = [r for r in answerable if r["at"] is not None]
    n = len(answerable) or 1
    return {
        "answerable": len(answerable),
        "answer": sum(r["holds"] for r in answerable),
        "first": sum(r["first_holds"] for r in answerable),
        "median_chars": statistics.median(r["chars"] for r in answerable) if answerable else 0,
        "recall@1": round(sum(r["rank"] == 1 for r in answerable) / n, 4),
        "recall@5": round(sum(bool(r["rank"]) and r["rank"] <= 5 for r in answerable) / n, 4),
        "mrr@10": round(sum(1 / r["rank"] for r in answerable if r["rank"]) / n, 4),
        "unanswerable": len(unanswerable),
        "abstained": sum(r["abstained"] for r in unanswerable),
        "wrongly_abstained": sum(r["abstained"] for r in answerable),
        "timed": len(timed),
        "within_60s": sum(r["cited_at"] is not None and abs(r["cited_at"][0] - r["at"]) <= 60 for r in timed),
    }


def line(name: str, t: dict) -> str:
    timing = f"  timing {t['within_60s']}/{t['timed']}" if t["timed"] else ""
    return (f"{name:12s} answer {t['answer']:3d}/{t['answerable']:<3d} first {t['first']:3d}  "
            f"median {t['median_chars']:5.0f}  R@1 {t['recall@1']:.2f}  R@5 {t['recall@5']:.2f}  "
            f"MRR {t['mrr@10']:.2f}  abst {t['abstained']}/{t['unanswerable']}  "
            f"wrong {t['wrongly_abstained']}{timing}")


def compare(old_rows: list[dict], rows: list[dict]) -> None:
    old = {(r["set"], r["id"]): r for r in old_rows}
    for r in rows:
        before = old.get((r["set"], r["id"]))
        if before is None:
            continue
        if before["holds"] != r["holds"] or before["abstained"] != r["abstained"] or before["rank"] != r["rank"]:
            sign = "+" if r["holds"] and not before["holds"] else "-" if before["holds"] and not r["holds"] else "~"
            print(f"{sign} {r['set']}/{r['id']} rank {before['rank']}->{r['rank']} "
                  f"abst {before['abstained']}->{r['abstained']}: {r['question']}")
            if sign != "~":
                print(f"    before: {before['answer'][:300]}\n    after:  {r['answer'][:300]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", help="write every question's outcome and the totals here")
    parser.add_argument("--compare", help="a file written by --json earlier: list the questions that changed")
    parser.add_argument("--only", action="append", help="only this set or trial (repeatable)")
    args = parser.parse_args()

    names = [*SAMPLE_SETS, *trials()]
    if args.only:
        names = [n for n in names if n in args.only]
    rows: list[dict] = []
    sample = None
    for name in names:
        if name in SAMPLE_SETS:
            sample = sample or Assistant(Settings(index_dir=ROOT / "index", corpus_dir=ROOT / "corpus"))
            assistant, path = sample, ROOT / "eval" / f"{name}.jsonl"
        else:
            assistant = Assistant(Settings(index_dir=ROOT / "build" / f"eval-{name}",
                                           corpus_dir=ROOT / "eval" / name / "corpus"))
            assistant.refresh()
            path = ROOT / "eval" / name / "questions.jsonl"
        set_rows = run_set(name, assistant, path)
        print(line(name, totals(set_rows)), flush=True)
        rows += set_rows
    summary = totals(rows)
    print(line("all", summary))
    if args.json:
        Path(args.json).write_text(json.dumps({"totals": summary, "questions": rows}, ensure_ascii=False), "utf-8")
    if args.compare:
        compare(json.loads(Path(args.compare).read_text("utf-8"))["questions"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
