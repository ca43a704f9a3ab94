"""The FAISS vector index: exact (flat) for small corpora, approximate (HNSW) above a threshold."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128


class VectorIndex:
    """Inner-product search over unit vectors (= cosine), plus direct access to any passage's vector."""

    def __init__(self, index: faiss.Index):
        self.index = index
        self.kind = "hnsw" if isinstance(index, faiss.IndexHNSWFlat) else "flat"
        if self.kind == "hnsw":
            index.hnsw.efSearch = HNSW_EF_SEARCH
        flat = faiss.downcast_index(index.storage) if self.kind == "hnsw" else index
        n, d = index.ntotal, index.d
        # A zero-copy view of the stored vectors (FAISS owns the memory; kept alive by self.index).
        self.vectors = (
            faiss.rev_swig_ptr(flat.get_xb(), n * d).reshape(n, d) if n else np.zeros((0, d), np.float32)
        )

    @property
    def dim(self) -> int:
        return self.index.d

    def __len__(self) -> int:
        return self.index.ntotal

    @classmethod
    def build(cls, vectors: np.ndarray, exact_max: int) -> VectorIndex:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        if len(vectors) <= exact_max:
            index = faiss.IndexFlatIP(dim)
        else:
            index = faiss.IndexHNSWFlat(dim, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        if len(vectors):
            index.add(vectors)
        return cls(index)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(passage rows, cosines) of the k nearest passages."""
        k = min(k, len(self))
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores, rows = self.index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
        keep = rows[0] >= 0
        return rows[0][keep], scores[0][keep]

    def cosines(self, query: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Exact cosines of the query with the given passages."""
        return self.vectors[rows] @ query.astype(np.float32)

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        return cls(faiss.read_index(str(path)))
