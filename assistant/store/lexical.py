"""A BM25 (Lucene variant) lexical index over analysed French terms, as one sparse matrix."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse

K1 = 1.5
B = 0.75


def bm25_idf(df: np.ndarray, n_docs: int) -> np.ndarray:
    """Lucene's always-positive idf: ln(1 + (N - df + 0.5) / (df + 0.5))."""
    return np.log1p((n_docs - df + 0.5) / (df + 0.5))


class LexicalIndex:
    """Term weights precomputed per (passage, term), so a query is one sparse product."""

    def __init__(self, vocab: dict[str, int], weights: sparse.csc_matrix, df: np.ndarray):
        self.vocab = vocab
        self.weights = weights  # shape (passages, terms)
        self.df = df
        self.n_docs = weights.shape[0]
        self.idf = bm25_idf(df, self.n_docs) if self.n_docs else np.zeros(0)

    @classmethod
    def build(cls, documents: list[list[str]], k1: float | None = None, b: float | None = None) -> LexicalIndex:
        k1 = K1 if k1 is None else k1
        b = B if b is None else b
        vocab: dict[str, int] = {}
        rows, cols, tfs = [], [], []
        lengths = np.zeros(len(documents), dtype=np.float32)
        for i, terms in enumerate(documents):
            lengths[i] = len(terms)
            for term, tf in Counter(terms).items():
                rows.append(i)
                cols.append(vocab.setdefault(term, len(vocab)))
                tfs.append(tf)
        n = len(documents)
        rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
        tf_a = np.array(tfs, dtype=np.float32)
        df = np.bincount(cols_a, minlength=len(vocab)).astype(np.float32)
        avgdl = float(lengths.mean()) if n else 1.0
        idf = bm25_idf(df, n)
        norm = k1 * (1 - b + b * lengths[rows_a] / max(avgdl, 1e-9))
        values = idf[cols_a] * tf_a * (k1 + 1) / (tf_a + norm)
        weights = sparse.csc_matrix((values.astype(np.float32), (rows_a, cols_a)), shape=(n, len(vocab)))
        return cls(vocab, weights, df)

    def term_scores(self, query: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """(BM25 score of every passage for each known query term, shape (passages, terms); their weights)."""
        cols, weights = [], []
        for term, weight in query.items():
            j = self.vocab.get(term)
            if j is not None and weight > 0:
                cols.append(j)
                weights.append(weight)
        matrix = self.weights[:, cols].toarray() if cols else np.zeros((self.n_docs, 0), dtype=np.float32)
        return matrix, np.array(weights, dtype=np.float32)

    def scores(self, query: dict[str, float]) -> np.ndarray:
        """BM25 score of every passage for weighted query terms (weight 1 = a typed word)."""
        matrix, weights = self.term_scores(query)
        return matrix @ weights

    def rows_with_all(self, terms: list[str]) -> set[int]:
        """The passages that hold every one of the terms."""
        cols = [self.vocab.get(t) for t in terms]
        if not cols or any(c is None for c in cols):
            return set()
        rows: set[int] | None = None
        for c in cols:
            found = set(self.weights.indices[self.weights.indptr[c]:self.weights.indptr[c + 1]].tolist())
            rows = found if rows is None else rows & found
            if not rows:
                return set()
        return rows or set()

    def term_idf(self, term: str) -> float:
        j = self.vocab.get(term)
        return float(self.idf[j]) if j is not None else math.log1p(self.n_docs + 0.5)

    def save(self, folder: Path) -> None:
        sparse.save_npz(folder / "lexical.npz", self.weights.tocsc())
        np.save(folder / "lexical_df.npy", self.df)
        (folder / "lexical_vocab.json").write_text(json.dumps(self.vocab, ensure_ascii=False), "utf-8")

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        weights = sparse.load_npz(folder / "lexical.npz").tocsc()
        df = np.load(folder / "lexical_df.npy")
        vocab = json.loads((folder / "lexical_vocab.json").read_text("utf-8"))
        return cls(vocab, weights, df)
