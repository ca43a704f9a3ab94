"""Adding a document to the corpus: file name sanitising, type and size checks, atomic storage, and its
catalog entry merged into `catalog.toml`. Used by the facade's `add_document` (API, CLI)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
import threading
import tomllib
import unicodedata
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError, field_validator

from assistant.errors import DocumentRefused
from assistant.ingest.pipeline import BINARY_SUFFIXES
from assistant.ingest.pipeline import SUPPORTED_SUFFIXES as LOADER_SUFFIXES

SUPPORTED_SUFFIXES = tuple(sorted(LOADER_SUFFIXES))  # one list: what the ingest pipeline can read
MAX_NAME_CHARS = 120
_catalog_lock = threading.Lock()




def sanitise_filename(raw: str) -> str:
    """Keep only the base name, in ASCII letters, digits, dot, dash and underscore; refuse unsupported types."""
    name = (raw or "").replace("\\", "/").split("/")[-1]
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", name.strip())
    name = re.sub(r"-{2,}", "-", name).strip(".-_ ")
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem.strip(".-_"):
        raise DocumentRefused("invalid", "Nom de fichier invalide : il faut un nom et une extension "
                               f"({', '.join(SUPPORTED_SUFFIXES)}).")
    suffix = "." + suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentRefused("unsupported", f"Type de fichier non pris en charge ({suffix}). "
                               f"Formats acceptés : {', '.join(SUPPORTED_SUFFIXES)}.")
    stem = stem.replace(".", "-")[: MAX_NAME_CHARS - len(suffix)].strip(".-_")
    return stem + suffix


def check_content(name: str, head: bytes) -> None:
    """A light check that the bytes match the announced type (PDF magic, text without NUL bytes); an Office
    file's own checks are its loader's, whose French reason comes back when it cannot be indexed."""
    if name.endswith(".pdf"):
        if not head.lstrip()[:5] == b"%PDF-":
            raise DocumentRefused("unsupported", "Le fichier n'est pas un PDF valide (en-tête %PDF- absent).")
    elif Path(name).suffix.lower() not in BINARY_SUFFIXES and b"\x00" in head:
        raise DocumentRefused("unsupported",
                              "Le fichier texte contient des données binaires : format non pris en charge.")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _clean(value: str) -> str:
    return _CONTROL.sub("", value).strip()


def _split_list(value) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        out.extend(p for p in (_clean(x) for x in re.split(r"[;\n]", str(item))) if p)
    return out


class UploadMeta(BaseModel):
    """Metadata sent with an uploaded document, written to its catalog entry."""

    title: str | None = Field(default=None, max_length=300, description="Titre du document.")
    kind: str | None = Field(default=None, max_length=60, description="Type : slides, report, webinar page, transcript…")
    date: dt.date | None = Field(default=None, description="Date de l'événement ou du document (AAAA-MM-JJ).")
    published: dt.date | None = Field(default=None, description="Date de publication (AAAA-MM-JJ).")
    event: str | None = Field(default=None, max_length=300, description="Événement (webinaire, journée…).")
    organisers: list[str] = Field(default_factory=list, max_length=20,
                                  description="Organisateurs, séparés par des points-virgules.")
    speakers: list[str] = Field(default_factory=list, max_length=30,
                                description="Intervenants, séparés par des points-virgules.")
    region: str | None = Field(default=None, max_length=100, description="Région.")
    url: str | None = Field(default=None, max_length=1000, description="Lien vers le document d'origine (http ou https).")

    @field_validator("title", "kind", "event", "region", "url", mode="before")
    @classmethod
    def _text(cls, value):
        if value is None:
            return None
        value = _clean(str(value))
        return value or None

    @field_validator("date", "published", mode="before")
    @classmethod
    def _date(cls, value):
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return value.strip() if isinstance(value, str) else value

    @field_validator("organisers", "speakers", mode="before")
    @classmethod
    def _list(cls, value):
        return _split_list(value)

    @field_validator("url")
    @classmethod
    def _url(cls, value):
        if value is not None and not re.match(r"^https?://[^\s]+$", value, re.IGNORECASE):
            raise ValueError("url")
        return value

    def entry(self) -> dict:
        return {k: v for k, v in self.model_dump().items() if v not in (None, [], "")}


def parse_meta(fields: dict) -> UploadMeta:
    """Validate the form fields; errors become one French message."""
    try:
        return UploadMeta.model_validate(fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        name = ".".join(str(p) for p in err["loc"]) or "métadonnées"
        hints = {
            "date": "une date AAAA-MM-JJ est attendue",
            "published": "une date AAAA-MM-JJ est attendue",
            "url": "un lien http:// ou https:// est attendu",
        }
        hint = hints.get(name.split(".")[0], "valeur invalide ou trop longue")
        raise DocumentRefused("invalid", f"Métadonnée « {name} » invalide : {hint}.") from None


def file_chunks(path: Path, size: int = 1024 * 1024):
    """The bytes of a file on this computer, a megabyte at a time (what `store_file` reads)."""
    with path.open("rb") as handle:
        while chunk := handle.read(size):
            yield chunk


def store_file(corpus_dir: Path, name: str, chunks, max_bytes: int, replace: bool) -> Path:
    """Write the upload to corpus_dir/name atomically; the final path is checked to lie inside the corpus."""
    corpus = corpus_dir.resolve()
    target = (corpus / name).resolve()
    if target.parent != corpus:
        raise DocumentRefused("invalid", "Nom de fichier invalide.")
    if target.exists() and not replace:
        raise DocumentRefused("exists", f"Un fichier « {name} » existe déjà dans le corpus : demandez à le "
                                        "remplacer (replace=true dans l'API, --replace en ligne de commande).")
    corpus.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".upload-", suffix=".part", dir=corpus)
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            first = True
            for chunk in chunks:
                if first:
                    check_content(name, chunk[:1024])
                    first = False
                size += len(chunk)
                if size > max_bytes:
                    raise DocumentRefused("too_large",
                                          f"Fichier trop volumineux (maximum {max_bytes // (1024 * 1024)} Mo).")
                out.write(chunk)
        if size == 0:
            raise DocumentRefused("invalid", "Le fichier envoyé est vide.")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


# -- catalog.toml --------------------------------------------------------------------------------
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _toml_str(key)


def _toml_str(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes; DEL must be escaped too.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, str):
        return _toml_str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"unsupported TOML value: {type(value).__name__}")


def _toml_table(name: str, entry: dict) -> str:
    lines = [f"[{_toml_str(name)}]"]
    lines += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in entry.items()]
    return "\n".join(lines) + "\n"


def merge_catalog_entry(catalog: Path, file_name: str, fields: dict) -> dict:
    """Merge `fields` into the catalog table of `file_name`; the file stays valid TOML (checked before it is replaced).

    A new entry is appended, leaving the rest of the file as it was; an existing entry is updated
    by rewriting the file from its parsed content (its leading comment block is kept).
    """
    with _catalog_lock:
        text = catalog.read_text(encoding="utf-8") if catalog.exists() else ""
        data = tomllib.loads(text) if text else {}
        existing = data.get(file_name)
        entry = dict(existing) if isinstance(existing, dict) else {}
        entry.update(fields)
        if existing is None:
            new_text = text + ("\n" if text and not text.endswith("\n") else "")
            new_text += ("\n" if text.strip() else "") + _toml_table(file_name, entry)
        else:
            data[file_name] = entry
            new_text = _rewritten(text, data)
        if tomllib.loads(new_text).get(file_name) != entry:
            raise DocumentRefused("failed", "Le catalogue n'a pas pu être mis à jour.")
        _replace(catalog, new_text)
        return entry


def remove_catalog_entries(catalog: Path, names: tuple[str, ...]) -> bool:
    """Drop the catalog tables named `names` (a file's path and its bare name); False when there were none."""
    with _catalog_lock:
        text = catalog.read_text(encoding="utf-8") if catalog.exists() else ""
        data = tomllib.loads(text) if text else {}
        if not any(isinstance(data.get(name), dict) for name in names):
            return False
        kept = {k: v for k, v in data.items() if not (k in names and isinstance(v, dict))}
        new_text = _rewritten(text, kept)
        if tomllib.loads(new_text) != kept:
            raise DocumentRefused("failed", "Le catalogue n'a pas pu être mis à jour.")
        _replace(catalog, new_text)
        return True


def _rewritten(text: str, data: dict) -> str:
    """The catalog written anew from `data`, keeping the leading comment block of `text`."""
    header = []
    for line in text.splitlines():
        if line.strip().startswith("#") or not line.strip():
            header.append(line)
        else:
            break
    root = {k: v for k, v in data.items() if not isinstance(v, dict)}
    tables = {k: v for k, v in data.items() if isinstance(v, dict)}
    parts = ["\n".join(header).rstrip() + "\n" if "".join(header).strip() else ""]
    parts += [f"{_toml_key(k)} = {_toml_value(v)}\n" for k, v in root.items()]
    parts += ["\n" + _toml_table(k, v) for k, v in tables.items()]
    return "".join(parts).lstrip("\n")


def _replace(catalog: Path, text: str) -> None:
    tmp = catalog.with_name(f".{catalog.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, catalog)
