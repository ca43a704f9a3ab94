"""Choose retrieval settings on the dev set: embedder x passage size x fusion weights, measured by `cli.py eval`'s harness."""

from __future__ import annotations

import argparse
import itertools
import shutil
import tempfile
from pathlib import Path

from common import ROOT, save

from assistant.config import Settings
from assistant.core import Assistant
from assistant.evaluation import evaluate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", default=str(ROOT / "eval" / "dev.jsonl"))
    parser.add_argument("--embedders", default="use-multilingual,minilm,none")
    parser.add_argument("--sizes", default="1200")
    parser.add_argument("--dense-weights", default="0.2,0.4,0.6,0.8,1.0")
    parser.add_argument("--expansion-weights", default="0.2,0.4,0.6")
    args = parser.parse_args()
    rows = []
    tmp = Path(tempfile.mkdtemp())
    try:
        for embedder, size in itertools.product(args.embedders.split(","), args.sizes.split(",")):
            index = tmp / f"{embedder}-{size}"
            base = Settings(corpus_dir=ROOT / "corpus", index_dir=index, embedder=embedder,
                            passage_max_chars=int(size))
            Assistant(base).refresh()
            weights = [0.0] if embedder == "none" else [float(w) for w in args.dense_weights.split(",")]
            for dw, ew in itertools.product(weights, [float(w) for w in args.expansion_weights.split(",")]):
                settings = base.model_copy(update={"dense_weight": dw, "expansion_weight": ew})
                summary = evaluate(Assistant(settings), Path(args.questions), k=10).summary()
                row = {"embedder": embedder, "passage_max_chars": int(size), "dense_weight": dw,
                       "expansion_weight": ew, **{k: summary[k] for k in ("recall@1", "recall@5", "mrr@10")}}
                rows.append(row)
                print(row, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    best = max(rows, key=lambda r: (r["recall@5"], r["mrr@10"]))
    save("tune", {"best": best, "rows": rows})


if __name__ == "__main__":
    main()
