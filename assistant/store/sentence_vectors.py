"""One vector per quotable sentence of every passage (float16, memory-mapped), for the second look at the
best candidates and for choosing the sentences of an answer."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.models import Passage
from assistant.sentences import readable, sentence_spans

VECTORS = "sentences.npy"
ROWS = "sentence_rows.npy"  # (passage row, start, end) per sentence
HASHES = "sentence_hashes.npy"  # 16-byte digest of what was embedded, the cache key of a later refresh


def sentence_text(passage: Passage, start: int, end: int) -> str:
    """What the embedder reads for one sentence: the sentence on one line."""
    return readable(passage.text[start:end])


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


@dataclass
class SentenceVectors:
    """Sentence vectors with, for each, its passage row and character span in the passage text."""

    vectors: np.ndarray  # (n, dim) float16
    rows: np.ndarray  # (n, 3) int32: passage row, start, end
    hashes: np.ndarray  # (n,) S16
    _first: np.ndarray | None = None  # index of each passage's first sentence (len = passages + 1)

    def of_passage(self, row: int) -> slice:
        """The sentences of one passage, as a slice of `vectors` and `rows`."""
        if self._first is None:
            counts = np.bincount(self.rows[:, 0], minlength=int(self.rows[:, 0].max(initial=-1)) + 1)
            self._first = np.r_[0, np.cumsum(counts)]
        if row + 1 >= len(self._first):
            return slice(0, 0)
        return slice(int(self._first[row]), int(self._first[row + 1]))

    def cosines(self, query: np.ndarray, row: int) -> tuple[np.ndarray, np.ndarray]:
        """(spans, cosines) of one passage's sentences with a query vector."""
        part = self.of_passage(row)
        vecs = np.asarray(self.vectors[part], dtype=np.float32)
        return self.rows[part, 1:], vecs @ query.astype(np.float32)

    @classmethod
    def build(cls, passages: list[Passage], encode: Callable[[list[str]], np.ndarray], dim: int,
              previous: SentenceVectors | None, batch_size: int,
              progress: Callable[[int, int], None] | None = None) -> SentenceVectors:
        """Embed every sentence, reusing the vectors of sentences `previous` already holds."""
        rows, texts = [], []
        for i, passage in enumerate(passages):
            for start, end in sentence_spans(passage.text):
                rows.append((i, start, end))
                texts.append(sentence_text(passage, start, end))
        hashes = np.array([digest(t) for t in texts], dtype="S16")
        vectors = np.zeros((len(texts), dim), dtype=np.float16)
        cache = {}
        if previous is not None and previous.vectors.shape[1:] == (dim,):
            cache = {h: i for i, h in enumerate(previous.hashes.tolist())}
        todo: dict[bytes, list[int]] = {}  # a sentence said twice (a slide repeated) is embedded once
        for i, h in enumerate(hashes.tolist()):
            if h in cache:
                vectors[i] = previous.vectors[cache[h]]
            else:
                todo.setdefault(h, []).append(i)
        groups = list(todo.values())
        for start in range(0, len(groups), batch_size):
            chunk = groups[start:start + batch_size]
            for same, vector in zip(chunk, encode([texts[g[0]] for g in chunk]).astype(np.float16)):
                vectors[same] = vector
            if progress:
                progress(min(start + batch_size, len(groups)), len(groups))
        return cls(vectors, np.array(rows, dtype=np.int32).reshape(-1, 3), hashes)

    def save(self, folder: Path) -> None:
        np.save(folder / VECTORS, self.vectors)
        np.save(folder / ROWS, self.rows)
        np.save(folder / HASHES, self.hashes)

    @classmethod
    def load(cls, folder: Path) -> SentenceVectors | None:
        if not (folder / VECTORS).exists():
            return None
        return cls(np.load(folder / VECTORS, mmap_mode="r"), np.load(folder / ROWS), np.load(folder / HASHES))
