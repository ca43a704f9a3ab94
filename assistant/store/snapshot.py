"""Index snapshots on disk: `CURRENT` names the live `gen-NNNNNN/` folder, switched by an atomic rename."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.models import DocumentMeta, Passage
from assistant.store.glossary import Glossary
from assistant.store.lexical import LexicalIndex
from assistant.store.sentence_vectors import SentenceVectors
from assistant.store.vectors import VectorIndex

FORMAT_VERSION = 1
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
PASSAGES = "passages.jsonl"
VECTORS = "vectors.faiss"
GLOSSARY = "glossary.json"


def current_generation(index_dir: Path) -> str | None:
    """Name of the live generation, or None when no complete one exists."""
    try:
        name = (Path(index_dir) / CURRENT).read_text("utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return name if name and (Path(index_dir) / name / MANIFEST).is_file() else None


def generation_name(number: int) -> str:
    return f"gen-{number:06d}"


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: str) -> None:
    """Write a small file so that readers see the old or the new content, never a mix."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


@dataclass
class Snapshot:
    """One generation of the index, loaded in memory; never modified once loaded."""

    generation: str
    manifest: dict
    documents: dict[str, DocumentMeta]
    passages: list[Passage]
    text_hashes: list[str]
    lexical: LexicalIndex
    vectors: VectorIndex | None
    glossary: Glossary
    sentences: SentenceVectors | None = None
    _rows_by_id: dict[str, int] = field(default_factory=dict, repr=False)
    groups: np.ndarray | None = field(default=None, repr=False)
    same_doc_as_previous: np.ndarray | None = field(default=None, repr=False)
    page_starts: np.ndarray | None = field(default=None, repr=False)  # first row of each page group
    page_of_row: np.ndarray | None = field(default=None, repr=False)  # index into page_starts per row

    @property
    def model(self) -> str:
        return self.manifest["model"]

    @property
    def built_at(self) -> str:
        return self.manifest["built_at"]

    @classmethod
    def open(cls, folder: Path) -> Snapshot:
        manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
        documents = {d: DocumentMeta.from_dict(entry["meta"]) for d, entry in manifest["documents"].items()}
        passages, hashes = [], []
        with open(folder / PASSAGES, encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                hashes.append(record.pop("text_hash"))
                passages.append(Passage.from_dict(record))
        vectors = VectorIndex.load(folder / VECTORS) if (folder / VECTORS).exists() else None
        snap = cls(
            generation=folder.name,
            manifest=manifest,
            documents=documents,
            passages=passages,
            text_hashes=hashes,
            lexical=LexicalIndex.load(folder),
            vectors=vectors,
            glossary=Glossary.load(folder / GLOSSARY),
            sentences=SentenceVectors.load(folder),
        )
        snap._rows_by_id = {p.id: i for i, p in enumerate(passages)}
        snap.groups = page_groups(passages)
        new_page = np.r_[True, snap.groups[1:] != snap.groups[:-1]] if len(passages) else np.zeros(0, bool)
        snap.page_starts = np.flatnonzero(new_page)
        snap.page_of_row = np.cumsum(new_page) - 1
        snap.same_doc_as_previous = np.array(
            [i > 0 and passages[i - 1].doc_id == p.doc_id for i, p in enumerate(passages)], dtype=bool)
        return snap

    def passage_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for p in self.passages:
            counts[p.doc_id] = counts.get(p.doc_id, 0) + 1
        return counts

    def row_of(self, passage_id: str) -> int | None:
        return self._rows_by_id.get(passage_id)

    def neighbours(self, passage_id: str, radius: int = 1) -> list[Passage]:
        row = self.row_of(passage_id)
        if row is None:
            return []
        doc = self.passages[row].doc_id
        lo, hi = max(0, row - radius), min(len(self.passages), row + radius + 1)
        return [p for p in self.passages[lo:hi] if p.doc_id == doc]

    def doc_mask(self, accepted: set[str]) -> np.ndarray:
        """Boolean mask over passages whose document is in `accepted`."""
        return np.fromiter((p.doc_id in accepted for p in self.passages), dtype=bool, count=len(self.passages))


def page_groups(passages: list[Passage]) -> np.ndarray:
    """Group number of each passage: passages cut from the same page, slide or section share one."""
    keys: dict[tuple, int] = {}
    return np.fromiter(
        (keys.setdefault((p.doc_id, p.location.kind, p.location.start), len(keys)) for p in passages),
        dtype=np.int64, count=len(passages),
    )


def write_snapshot(
    folder: Path,
    manifest: dict,
    passages: list[Passage],
    text_hashes: list[str],
    lexical: LexicalIndex,
    vectors: VectorIndex | None,
    glossary: Glossary,
    sentences: SentenceVectors | None = None,
) -> None:
    """Write every file of a generation into `folder` (a temporary name, renamed by the caller)."""
    folder.mkdir(parents=True)
    with open(folder / PASSAGES, "w", encoding="utf-8") as fh:
        for passage, text_hash in zip(passages, text_hashes):
            fh.write(json.dumps(passage.to_dict() | {"text_hash": text_hash}, ensure_ascii=False) + "\n")
    lexical.save(folder)
    if vectors is not None:
        vectors.save(folder / VECTORS)
    glossary.save(folder / GLOSSARY)
    if sentences is not None:
        sentences.save(folder)
    # The manifest is written last: a folder without one is incomplete and never served.
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    for name in os.listdir(folder):
        with open(folder / name, "rb") as fh:
            os.fsync(fh.fileno())
    fsync_dir(folder)
