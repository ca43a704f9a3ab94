"""Office packages (.pptx, .docx, .odp, .odt): open the ZIP archive, or say in French what is wrong with the file."""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from xml.sax import SAXException

from ..errors import IngestError
from ..table_lines import laid_out
from .pdf import JUNK_TITLE

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Office files, and Office files saved with a password
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
MAX_UNPACKED_BYTES = 512 * 1024 * 1024  # a small file that unpacks to more than this is a ZIP bomb
# The bullet of a sub-item (a Word or OpenDocument list's deeper level, a slide's indented bullet, a diagram's child
# node): leading spaces and glyphs do not survive cleaning, and answers read "- " items as the top level.
SUB_ITEM = "–"


@dataclass(frozen=True)
class OfficeFormat:
    """One Office format: its suffix, how French names it, and how its package is recognised."""

    suffix: str
    name: str  # "Présentation PowerPoint": starts a reason
    feminine: bool  # agreement of "protégée", "corrompue"
    main_part: str = ""  # OOXML: the part that makes the package what it is
    mimetype: str = ""  # ODF: the content of the `mimetype` member

    @property
    def e(self) -> str:
        return "e" if self.feminine else ""

    @property
    def noun(self) -> str:
        return ("une " if self.feminine else "un ") + self.name[0].lower() + self.name[1:]


PPTX = OfficeFormat(".pptx", "Présentation PowerPoint", True, main_part="ppt/presentation.xml")
DOCX = OfficeFormat(".docx", "Document Word", False, main_part="word/document.xml")
ODP = OfficeFormat(".odp", "Présentation OpenDocument", True,
                   mimetype="application/vnd.oasis.opendocument.presentation")
ODT = OfficeFormat(".odt", "Texte OpenDocument", False, mimetype="application/vnd.oasis.opendocument.text")
# Packages that are not what their suffix says: what their content is ("d'un …").
OTHER_PACKAGES = {
    "ppt/presentation.xml": "d'une présentation PowerPoint (.pptx)",
    "word/document.xml": "d'un document Word (.docx)",
    "xl/workbook.xml": "d'un classeur Excel (.xlsx)",
    "application/vnd.oasis.opendocument.presentation": "d'une présentation OpenDocument (.odp)",
    "application/vnd.oasis.opendocument.text": "d'un texte OpenDocument (.odt)",
    "application/vnd.oasis.opendocument.spreadsheet": "d'un classeur OpenDocument (.ods)",
}


def content_kind(data: bytes) -> str | None:
    """What a file that is not a ZIP archive holds ("d'un PDF"), from its first bytes; None when unknown."""
    head = data[:1024]
    low = head.lower()
    if b"%PDF-" in head:
        return "d'un PDF"
    signatures = {b"\x89PNG": "d'une image PNG", b"\xff\xd8\xff": "d'une image JPEG", b"GIF8": "d'une image GIF",
                  b"{\\rtf": "d'un document RTF"}
    for magic, kind in signatures.items():
        if head.startswith(magic):
            return kind
    if b"<html" in low or b"<!doctype html" in low:
        return "d'une page HTML"
    text = head.decode("utf-8", "replace")
    if b"\x00" not in head and text.count("\ufffd") <= len(text) // 20:
        return "d'un fichier texte"
    return None


def _renamed(fmt: OfficeFormat, kind: str) -> IngestError:
    return IngestError(f"Ce fichier n'est pas {fmt.noun} malgré son extension {fmt.suffix} : son contenu est "
                       f"celui {kind} (fichier renommé ?). Rendez-lui son extension d'origine.")


def _protected(fmt: OfficeFormat) -> IngestError:
    pronoun = "la" if fmt.feminine else "le"
    return IngestError(f"{fmt.name} protégé{fmt.e} par un mot de passe : enregistrez-{pronoun} sans mot de passe, "
                       "puis remplacez le fichier")


def corrupt(fmt: OfficeFormat, detail: str = "") -> IngestError:
    """The reason given for a package that opens but cannot be read."""
    return IngestError(f"{fmt.name} corrompu{fmt.e} ou illisible" + (f" ({detail})" if detail else ""))


def open_package(data: bytes, fmt: OfficeFormat) -> zipfile.ZipFile:
    """The ZIP archive of an Office file of format `fmt`; IngestError with the French reason otherwise
    (password, old binary format, another type renamed, damaged archive, ZIP bomb)."""
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_PACKAGE in data:
            raise _protected(fmt)
        raise IngestError(f"Ce fichier est au format Office ancien (.doc, .ppt ou .xls), pas {fmt.suffix} : "
                          f"enregistrez-le au format {fmt.suffix}, puis remplacez le fichier")
    if not data.startswith(ZIP_MAGIC):
        kind = content_kind(data)
        raise _renamed(fmt, kind) if kind else corrupt(fmt, f"ce n'est pas une archive {fmt.suffix} valide")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise corrupt(fmt, "archive ZIP abîmée ou tronquée") from exc
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
        raise IngestError(f"{fmt.name} trop volumineux{'e' if fmt.feminine else ''} une fois décompressé{fmt.e}")
    mimetype = _read_small(archive, "mimetype") if "mimetype" in names else ""
    if mimetype and "META-INF/manifest.xml" in names and b"encryption-data" in archive.read("META-INF/manifest.xml"):
        raise _protected(fmt)
    if (fmt.main_part and fmt.main_part in names) or (fmt.mimetype and mimetype == fmt.mimetype):
        return archive
    kind = OTHER_PACKAGES.get(mimetype) or next((k for part, k in OTHER_PACKAGES.items() if part in names), None)
    raise _renamed(fmt, kind or "d'une archive ZIP")


def _read_small(archive: zipfile.ZipFile, name: str) -> str:
    try:
        return archive.read(name)[:200].decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return ""


@contextlib.contextmanager
def reading(fmt: OfficeFormat):
    """Turn any failure of the reading library on a broken package into the format's French reason."""
    try:
        yield
    except IngestError:
        raise
    except RecursionError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise corrupt(fmt, "une partie de l'archive est abîmée") from exc
    except (SyntaxError, SAXException) as exc:  # lxml's XML errors derive from SyntaxError, odfpy's from SAX
        raise corrupt(fmt, "XML invalide dans l'archive") from exc
    except Exception as exc:  # the libraries raise many other types on damaged parts (KeyError, ValueError…)
        message = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
        raise corrupt(fmt, f"{type(exc).__name__} : {message}" if message else type(exc).__name__) from exc


HEADER_CELL_WORDS = 5  # a column's name is short; a longer first-row cell is a value


def table_lines(rows: list[list[str]]) -> list[str]:
    """A table read row by row: its first row as the header line, each other row as its first cell, then its
    others in the header's order (`table_lines.laid_out`: "Nom · Fonction", "Fabrice Ollivier — Directeur des
    sports"); a table of one row, or without header cells, as its cells joined by " | "; a table of two columns
    whose first row is already a label and its value ("Intitulé du poste" | "Coordinateur du Conseil local de santé
    mentale"), as each row's "label : value"."""
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    filled = [sum(bool(cell.strip()) for cell in row) for row in rows]
    # a sheet's title and notes above its table ("Suivi post-crue — indicateurs mensuels", "Mise à jour : | 31/03/2026"):
    # lines of their own; the header is the first row, among the first few, filled more than half as much as the
    # table's usual row (the median: one row spread over more cells, a note, does not set it)
    usual = sorted(filled)[len(filled) // 2] if filled else 0
    start = next((i for i, n in enumerate(filled[:HEADER_SEARCH_ROWS]) if n >= 2 and (
        2 * n > usual or (i + 1 < len(rows) and grouped_header(rows[i], rows[i + 1])))), 0)
    if start and len(rows) - start >= 2:
        return [_joined(row) for row in rows[:start]] + table_lines(rows[start:])
    if len(rows) >= 3 and grouped_header(rows[0], rows[1]):
        rows = [_column_names(rows[0], rows[1])] + rows[2:]
        filled = [sum(bool(cell.strip()) for cell in rows[0])] + filled[2:]
    if len(rows) < 2 or filled[0] < 2:
        return [" | ".join(cell for cell in row if cell.strip()) for row in rows]
    if all(len(row) == 2 for row in rows) and all(_SIGNATURE_BLOCK.match(cell) for row in rows for cell in row
                                                  if cell.strip()):
        # two columns of signature blocks side by side, no labels ("Pour le SPIP, la directrice (signature et
        # cachet) Hélène Marsac" beside "Pour la Ville…"), each a line of its own
        return [cell.strip() for row in rows for cell in row if cell.strip()]
    if all(len(row) == 2 for row in rows) and len(rows[0][1].split()) > HEADER_CELL_WORDS:
        # (a row of one cell is read alone: the last of an odd number of signatures, "Pour la Ville…, Mme Roques")
        return [f"{label.strip()} : {value.strip()}" if label.strip() and value.strip() else (label or value).strip()
                for label, value in rows if label.strip() or value.strip()]
    return laid_out(rows[0], rows[1:])


HEADER_SEARCH_ROWS = 6  # a table's header is among its first rows, under a title and notes
# A signature block: "Pour le SPIP…, la directrice (signature et cachet) Hélène Marsac", "P/o le maire, …"
_SIGNATURE_BLOCK = re.compile(r"\s*(?:pour|p/o|p\.o\.)\s+\S", re.I)


def grouped_header(top: list[str], sub: list[str]) -> bool:
    """True when `sub` is the second line of a header whose first, `top`, names groups of columns over merged
    cells ("Signalements reçus" over "2023 · 2024 · 2025"): its first cell is empty or the same as top's (merged
    down), and it names a column whose top cell is empty, on the right of a group's name."""
    if sub[0].strip() not in ("", top[0].strip()) or sum(bool(cell.strip()) for cell in sub[1:]) < 2:
        return False
    group = False
    named = [c for c in range(1, len(top)) if top[c].strip()]
    for c in range(1, len(sub)):
        above = top[c].strip() if c < len(top) else ""
        if above:
            group = True
        elif group and sub[c].strip() and named and c < named[-1]:  # merged cells between names, not past the last
            return True
    return False


def _column_names(top: list[str], sub: list[str]) -> list[str]:
    """One header line from two: each column named by its group and its own name ("Signalements reçus 2023"), a
    column merged down both lines by its name once."""
    names, group = [top[0].strip() or sub[0].strip()], ""
    for c in range(1, max(len(top), len(sub))):
        above = top[c].strip() if c < len(top) else ""
        below = sub[c].strip() if c < len(sub) else ""
        group = above or group
        names.append(below if not group else group if below in ("", group) else f"{group} {below}")
    return names


def _joined(row: list[str]) -> str:
    """A row that is no table's as one line: its cells joined by " | ", a label's colon by a space ("Mise à jour :
    31/03/2026")."""
    line = ""
    for cell in (cell.strip() for cell in row if cell.strip()):
        line += (" " if line.endswith(":") else " | " if line else "") + cell
    return line


def own_title(value) -> str | None:
    """A title from a file's own properties, unless it is one that tools write by themselves."""
    title = " ".join(str(value or "").split())
    return title if title and not JUNK_TITLE.search(title) else None


def own_date(value) -> str | None:
    """The ISO date of a file's creation property (a datetime, or an ISO string in ODF meta)."""
    if value is None or value == "":
        return None
    if hasattr(value, "date"):
        return value.date().isoformat()
    text = str(value).strip()
    return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" else None
