"""One file in, metadata and passages out: dispatch by suffix, size and emptiness checks, load, chunk."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from ..config import Settings
from ..errors import IngestError
from ..models import Document, DocumentMeta, Passage
from .chunk import chunk_document
from .html import load_html
from .office_slides import load_odp, load_pptx
from .office_text import load_docx, load_odt
from .pdf import load_pdf
from .spreadsheets import load_csv, load_ods, load_xlsx
from .text import load_markdown, load_text
from .transcript import load_transcript
from .web_archive import load_web_archive

Loader = Callable[[Path, bytes, "dict | None"], Document]

LOADERS: dict[str, Loader] = {
    ".pdf": load_pdf,
    ".html": load_html,
    ".htm": load_html,
    ".mhtml": load_web_archive,
    ".mht": load_web_archive,
    ".txt": load_text,
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".vtt": load_transcript,
    ".srt": load_transcript,
    ".sbv": load_transcript,
    ".pptx": load_pptx,
    ".odp": load_odp,
    ".docx": load_docx,
    ".odt": load_odt,
    ".xlsx": load_xlsx,
    ".ods": load_ods,
    ".csv": load_csv,
}
BINARY_SUFFIXES = frozenset({".pdf", ".pptx", ".odp", ".docx", ".odt", ".xlsx", ".ods"})  # the others are text files
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(LOADERS)


def _mb(size: float) -> str:
    """A size in MB the French way: "12,3", or "0,002" for tiny sizes."""
    return (f"{size:.1f}" if size >= 0.1 else f"{size:.3f}").replace(".", ",")


def check_file(path: Path, settings: Settings) -> str:
    """The lowercase suffix of a file that may be loaded; IngestError for an unsupported, oversized or empty one."""
    suffix = path.suffix.lower()
    if suffix not in LOADERS:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        shown = f"« {suffix} »" if suffix else "sans extension"
        raise IngestError(f"Type de fichier non pris en charge ({shown}) : formats acceptés {supported}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"Fichier inaccessible : {exc.strerror or exc}") from exc
    limit = settings.max_file_mb * 1024 * 1024
    if size > limit:
        raise IngestError(
            f"Fichier trop volumineux ({_mb(size / 1024 / 1024)} Mo, maximum {_mb(settings.max_file_mb)} Mo)"
        )
    if size == 0:
        raise IngestError("Fichier vide (0 octet)")
    return suffix


def load_document(path: Path, catalog_entry: dict | None, settings: Settings) -> Document:
    """Check and load one file into a Document (units cleaned, not yet chunked)."""
    suffix = check_file(path, settings)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"Fichier illisible : {exc.strerror or exc}") from exc
    if not data.strip() or (suffix != ".pdf" and not data.strip(b" \t\r\n\x0b\x0c\xef\xbb\xbf")):
        raise IngestError("Fichier vide : il ne contient que des espaces")
    try:
        return LOADERS[suffix](path, data, catalog_entry)
    except IngestError:
        raise
    except RecursionError as exc:
        raise IngestError("Fichier trop complexe pour être lu (structure trop profonde)") from exc
    except Exception as exc:  # a loader bug or a pathological file must not stop the whole refresh
        raise IngestError(f"Fichier illisible ({type(exc).__name__} : {str(exc)[:160]})") from exc


def process_file(
    path: Path, catalog_entry: dict | None, settings: Settings, corpus_dir: Path | None = None
) -> tuple[DocumentMeta, list[Passage]]:
    """Load, clean and chunk one file; IngestError with a French reason for any bad input.

    `corpus_dir`, when given, makes `meta.path` the path relative to it (else the file name).
    """
    path = Path(path)
    doc = load_document(path, catalog_entry, settings)
    if corpus_dir is not None:
        try:
            relative = path.resolve().relative_to(Path(corpus_dir).resolve()).as_posix()
            doc.meta = dataclasses.replace(doc.meta, path=relative)
        except ValueError:
            pass
    _, passages = chunk_document(doc, settings.passage_max_chars, settings.passage_min_chars)
    if not passages:
        raise IngestError("Aucun texte exploitable dans ce fichier")
    return doc.meta, passages
