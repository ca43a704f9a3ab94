"""The corpus catalog (catalog.toml) and the resolution of a document's metadata from it and its fallbacks."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

from ..errors import IngestError
from ..kinds import kind_warning, known_kind
from ..models import DocumentMeta, FileWarning

DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})[_\-\s]*")


def read_catalog(corpus_dir: Path, filename: str = "catalog.toml") -> dict[str, dict]:
    """Catalog entries by file name, TOML dates as "YYYY-MM-DD"; {} when there is no catalog."""
    path = Path(corpus_dir) / filename
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except tomllib.TOMLDecodeError as exc:
        raise IngestError(f"Catalogue « {filename} » invalide (syntaxe TOML) : {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(f"Catalogue « {filename} » illisible : {exc}") from exc
    catalog = {}
    for name, entry in data.items():
        if not isinstance(entry, dict):
            raise IngestError(
                f"Catalogue « {filename} » invalide : l'entrée « {name} » doit être une table "
                f'(["nom-du-fichier.pdf"] suivi de ses champs)'
            )
        catalog[name] = {key: _plain(value) for key, value in entry.items()}
    return catalog


def catalog_warnings(catalog: dict[str, dict]) -> list[FileWarning]:
    """What to correct in the catalog without refusing any file: each entry whose `kind` is not a known one."""
    warnings = []
    for name, entry in catalog.items():
        message = kind_warning(_text(entry.get("kind")))
        if message:
            warnings.append(FileWarning(name, message))
    return warnings


def _plain(value):
    """TOML dates and datetimes as ISO dates; lists converted element-wise."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def title_from_filename(stem: str) -> str:
    """A readable title from a file name: "2023-02-02_ccoms_la-sante-mentale" -> "La sante mentale".

    The corpus names files DATE_organisation_slug; after a date prefix, the first part is the organisation.
    """
    rest = DATE_PREFIX.sub("", stem)
    parts = [p for p in rest.split("_") if p]
    if DATE_PREFIX.match(stem) and len(parts) > 1:
        parts = parts[1:]  # corpus convention: DATE_organisation_slug
    words = " ".join(parts) or stem
    words = " ".join(re.sub(r"[-_.]+", " ", words).split()) or stem
    return words[:1].upper() + words[1:]


def date_from_filename(stem: str) -> str | None:
    """The ISO date a file name starts with, if any and valid."""
    match = DATE_PREFIX.match(stem)
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None


def _names(value) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if str(v).strip())


def _kind(value) -> str | None:
    """A catalog kind in the product's spelling when it is a known one ("Slides", "diaporama" -> "slides"),
    else as written (`catalog_warnings` reports it)."""
    text = _text(value)
    return known_kind(text) or text


def _text(value) -> str | None:
    return " ".join(str(value).split()) or None if value not in (None, "") else None


def resolve_meta(
    path: Path,
    entry: dict | None,
    own_title: str | None = None,
    own_date: str | None = None,
    default_kind: str = "document",
    rel_path: str | None = None,
) -> DocumentMeta:
    """Metadata from the catalog entry, else the file's own metadata, else the file name.

    Dates: the catalog's date, else a date the file name starts with (a human choice, more reliable than
    an export's creation date), else the file's own creation date.
    """
    entry = entry or {}
    stem = Path(path).stem
    return DocumentMeta(
        doc_id=stem,
        path=rel_path or Path(path).name,
        title=_text(entry.get("title")) or _text(own_title) or title_from_filename(stem),
        kind=_kind(entry.get("kind")) or default_kind,
        date=_text(entry.get("date")) or date_from_filename(stem) or own_date,
        published=_text(entry.get("published")),
        event=_text(entry.get("event")),
        organisers=_names(entry.get("organisers") or entry.get("organizers")),
        speakers=_names(entry.get("speakers")),
        region=_text(entry.get("region")),
        url=_text(entry.get("url")),
    )
