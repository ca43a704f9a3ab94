"""Scale: a synthetic index of 100,000 passages; query median/p95, resident memory, HNSW recall vs exact."""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import numpy as np
from common import ROOT, median, peak_rss_mb, percentile, save

from assistant.config import Settings
from assistant.core import Assistant
from assistant.models import Filters, Location, Passage
from assistant.store.glossary import Glossary
from assistant.search.retrieve import retrieve
from assistant.store.build import embedding_text, lexical_terms, passage_hash
from assistant.store.embedder import load_embedder
from assistant.store.lexical import LexicalIndex
from assistant.store.snapshot import Snapshot, write_snapshot
from assistant.store.vectors import VectorIndex


def sentences_of_sample(settings: Settings) -> list[str]:
    from assistant.text import split_sentences

    with tempfile.TemporaryDirectory() as tmp:
        assistant = Assistant(settings.model_copy(update={"index_dir": Path(tmp)}))
        assistant.refresh()
        snap = assistant.snapshot()
        out = []
        for p in snap.passages:
            out += [p.text[a:b] for a, b in split_sentences(p.text) if b - a > 40]
        return out, snap.glossary


def synthetic_passages(sentences: list[str], n: int, seed: int = 3) -> list[Passage]:
    rng = random.Random(seed)
    passages = []
    for i in range(n):
        text = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))
        doc = f"synthetique-{i // 100:05d}"
        passages.append(Passage(f"{doc}:{i % 100:04d}", doc, text, f"Document synthétique {i // 100}",
                                Location("page", i % 100 + 1, i % 100 + 1), (0, len(text))))
    return passages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    settings = Settings(corpus_dir=ROOT / "corpus")
    sentences, glossary = sentences_of_sample(settings)
    passages = synthetic_passages(sentences, args.passages)
    embedder = load_embedder(settings.embedder)
    start = time.perf_counter()
    vectors = np.concatenate([embedder.encode([embedding_text(p) for p in passages[i:i + 512]])
                              for i in range(0, len(passages), 512)])
    embed_s = time.perf_counter() - start
    start = time.perf_counter()
    index = VectorIndex.build(vectors, settings.exact_search_max)
    lexical = LexicalIndex.build([lexical_terms(p) for p in passages])
    build_s = time.perf_counter() - start
    documents = {p.doc_id: {"meta": {"doc_id": p.doc_id, "path": p.doc_id + ".pdf", "title": p.context},
                            "path": p.doc_id + ".pdf"} for p in passages}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "gen-000001"
        manifest = {"generation": folder.name, "built_at": "", "model": embedder.name, "documents": documents}
        write_snapshot(folder, manifest, passages, [passage_hash(p) for p in passages], lexical, index,
                       Glossary(glossary.entries))
        snap = Snapshot.open(folder)
    rng = random.Random(11)
    questions = [" ".join(rng.choice(s.split()) for _ in range(rng.randint(3, 8))) for s in
                 rng.sample(sentences, min(args.queries, len(sentences)))]
    for q in questions[:10]:
        retrieve(snap, embedder, q, settings, 5, Filters())
    times = []
    for q in questions:
        t = time.perf_counter()
        retrieve(snap, embedder, q, settings, 5, Filters())
        times.append((time.perf_counter() - t) * 1000)
    exact = VectorIndex.build(vectors, len(vectors) + 1)
    recall = []
    for q in questions:
        qv = embedder.encode([q])[0]
        approx_rows, _ = snap.vectors.search(qv, 10)
        exact_rows, _ = exact.search(qv, 10)
        recall.append(len(set(approx_rows) & set(exact_rows)) / 10)
    save("scale", {"passages": len(passages), "vector_index": snap.vectors.kind, "embed_s": round(embed_s, 1),
                   "index_build_s": round(build_s, 1), "query_median_ms": round(median(times), 2),
                   "query_p95_ms": round(percentile(times, 95), 2),
                   "hnsw_recall@10_vs_exact": round(float(np.mean(recall)), 4), "peak_rss_mb": round(peak_rss_mb())})


if __name__ == "__main__":
    main()
