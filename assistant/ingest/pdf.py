"""PDF loader: pypdf page by page, scanned pages read by OCR, running headers and slide builds cleaned."""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import IngestError
from ..models import Document, Location, Unit
from . import clean
from .catalog import resolve_meta
from .key_figures import with_key_figures
from .layout_tables import with_tables
from .ocr import OcrRun, current_run
from .pdf_ocr import Recognised, recognise
from .tables import CELL_MAX_CHARS, table_rows

MIN_TEXT_CHARS = 20
# Titles that tools write by themselves and that say nothing of the document.
JUNK_TITLE = re.compile(
    r"^(?:untitled|sans titre|document\d*|titre|title|présentation powerpoint|powerpoint presentation)$"
    r"|^microsoft (?:word|powerpoint)|\.(?:docx?|pptx?|odt|odp|pdf|indd)$",
    re.IGNORECASE,
)
OCR_MESSAGE = "aucun texte extractible : document scanné ? Il faut le passer à l'OCR"


@dataclass(frozen=True)
class RawPdf:
    """What pypdf gave: the text of each page, which pages are landscape, and the file's own metadata; which
    pages were read by OCR, and the scanned pages left out and why (French notes)."""

    pages: list[str]
    landscape: list[bool]
    title: str | None
    date: str | None
    ocr: list[bool] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@contextlib.contextmanager
def quiet_pypdf():
    """Silence pypdf's warnings and log records while reading (restored afterwards)."""
    logger = logging.getLogger("pypdf")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.CRITICAL + 1)
    logger.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
        logger.propagate = propagate


def read_pdf(data: bytes, run: OcrRun | None = None) -> RawPdf:
    """Read every page's text with pypdf, and by OCR the pages that only show an image (`run`, else the
    enclosing `ocr_run`); any pypdf failure becomes an IngestError in French."""
    from pypdf import PdfReader

    if not data.lstrip()[:1024].count(b"%PDF-"):
        raise IngestError("PDF illisible : le fichier n'est pas un PDF valide (en-tête %PDF absent)")
    with quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not _unlock(reader):
                raise IngestError("PDF protégé par un mot de passe : impossible d'en lire le texte")
            page_list = list(reader.pages)
        except IngestError:
            raise
        except Exception as exc:  # pypdf raises many exception types on broken files
            # the library's own message is English and technical: kept in the log, not shown to staff
            logging.getLogger(__name__).info("pypdf: %s", _describe(exc))
            raise IngestError(f"PDF corrompu ou illisible ({_TRUNCATED if _truncated(data) else _DAMAGED}). Enregistrez "
                              "à nouveau le document depuis le logiciel qui l'a produit, ou téléchargez-le une "
                              "seconde fois.") from exc
        if not page_list:
            raise IngestError("PDF corrompu ou illisible : aucune page trouvée")
        pages, landscape, failures = [], [], 0
        for page in page_list:
            try:
                pages.append(_page_text(page))
            except Exception:
                failures += 1
                pages.append("")
            landscape.append(_is_landscape(page))
        recognised = recognise(page_list, pages, run or current_run())
        for index, text in recognised.texts.items():
            pages[index] = text
        title, date = _metadata(reader)
    if failures == len(page_list):
        raise IngestError("PDF corrompu ou illisible : aucune page n'a pu être lue")
    if sum(ch.isalnum() for text in pages for ch in text) < MIN_TEXT_CHARS:
        if b"%%EOF" not in data[-2048:]:
            raise IngestError("PDF corrompu ou tronqué : fin de fichier (%%EOF) absente et aucun texte lisible")
        raise IngestError(_no_text(recognised))
    ocr = [index in recognised.texts for index in range(len(pages))]
    return RawPdf(pages, landscape, title, date, ocr, recognised.notes)


TABLE_CELLS = 6  # a page whose text has fewer short lines (cells) than this holds no table of three columns
LAYOUT_MAX_CHARS = 200_000  # layout mode pads with spaces; a page beyond this is not searched for tables


def _page_text(page) -> str:
    """A page's text, its tables rewritten one line per row and its key figures paired with their labels when the
    positions of their words show them; any failure there (pypdf's layout mode, the readers) leaves the ordinary
    text."""
    text = page.extract_text() or ""
    if sum(0 < len(line.strip()) <= CELL_MAX_CHARS for line in text.splitlines()) < TABLE_CELLS:
        return text
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
        return with_key_figures(with_tables(text, layout), layout) if len(layout) <= LAYOUT_MAX_CHARS else text
    except Exception:
        return text


def _no_text(recognised: Recognised) -> str:
    """Why a PDF gave no text: scanned but Tesseract is missing, scanned but unreadable, or neither."""
    if recognised.missing:
        return f"PDF sans texte : document scanné, il faut le passer à l'OCR — {recognised.missing}"
    if recognised.notes:
        return "PDF scanné sans texte exploitable : " + " ; ".join(recognised.notes)
    return f"PDF sans texte : {OCR_MESSAGE}"


def _unlock(reader) -> bool:
    """Open a PDF encrypted with an empty user password (owner restrictions only)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:
        return False


_TRUNCATED = "le fichier est tronqué : sa fin manque"
_DAMAGED = "sa structure est endommagée"


def _truncated(data: bytes) -> bool:
    """True when a PDF lacks its end-of-file mark: a download or a copy cut short."""
    return b"%%EOF" not in data[-2048:]


def _describe(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else ""
    return f"{type(exc).__name__} : {message}" if message else type(exc).__name__


def _is_landscape(page) -> bool:
    try:
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        if (page.rotation or 0) % 180 == 90:
            width, height = height, width
        return width > height
    except Exception:
        return False


def _metadata(reader) -> tuple[str | None, str | None]:
    try:
        info = reader.metadata
    except Exception:
        return None, None
    if not info:
        return None, None
    title = date = None
    with contextlib.suppress(Exception):
        raw = info.get("/Title")
        title = " ".join(str(raw).split()) if raw else None
        title = None if not title or JUNK_TITLE.search(title) else title
    with contextlib.suppress(Exception):
        date = _pdf_date(str(info.get("/CreationDate") or ""))
    return title, date


def _pdf_date(value: str) -> str | None:
    """ "D:20171109120000+01'00'" -> "2017-11-09" (None when unreadable)."""
    match = re.match(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?", value.strip())
    if not match:
        return None
    try:
        return datetime(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)).date().isoformat()
    except ValueError:
        return None


def is_slide_deck(catalog_kind: str | None, landscape: list[bool]) -> bool:
    """Slides when the catalog says so; without a catalog kind, when most pages are landscape."""
    if catalog_kind:
        kind = catalog_kind.lower()
        return "slide" in kind or "diapo" in kind or "présentation" in kind
    return bool(landscape) and sum(landscape) > len(landscape) / 2


def build_units(pages: list[str], slides: bool, ocr: list[bool] | None = None) -> list[Unit]:
    """Clean the pages and make one unit per non-empty page (or slide), numbered from 1; `ocr` marks the
    pages whose text was read by OCR."""
    page_lines = clean.page_lines(pages)
    if clean.shows_markup(page_lines):  # saved from Word with its changes and comments shown
        page_lines = [clean.drop_markup_balloons(lines) for lines in page_lines]
    printed = clean.printed_numbers(page_lines) if slides else [None] * len(pages)
    if slides:
        # Builds first (page numbers aside, as they differ), so a build's title is not taken for a header.
        numbered = enumerate(page_lines, start=1)
        page_lines = clean.collapse_slide_builds([clean.drop_page_numbers(ls, n, len(pages)) for n, ls in numbered])
    page_lines = clean.strip_page_furniture(page_lines, slides=slides)
    document = "\n".join(pages)
    vocab = clean.vocabulary(document)
    cleaned = []
    for number, lines in enumerate(page_lines, start=1):
        lines = clean.drop_printed_number(lines, printed[number - 1])
        lines = clean.restore_drop_caps(lines, vocab)
        lines = [clean.drop_footnote_letters(line, vocab) for line in clean.dehyphenate(lines, vocab)]
        lines = table_rows(clean.drop_footnote_numbers(lines, document))
        if slides:
            lines = clean.number_steps(lines)
        cleaned.append(lines)
    if not slides:
        cleaned = clean.sentences_across_pages(cleaned)
    units = []
    for number, lines in enumerate(cleaned, start=1):
        text = clean.join_lines(lines, slides=slides).strip()
        if not text:
            continue
        kind = "slide" if slides else "page"
        title = clean.slide_title(text) if slides else ""
        location = Location(kind=kind, start=number, end=number, printed=printed[number - 1],
                            ocr=bool(ocr and ocr[number - 1]))
        units.append(Unit(text=text, location=location, title=title))
    return units


def load_pdf(path: Path, data: bytes, entry: dict | None) -> Document:
    """Load a PDF file into a Document of page or slide units; scanned pages left out are noted in the
    enclosing `ocr_run` for the refresh report."""
    run = current_run()
    raw = read_pdf(data, run)
    slides = is_slide_deck((entry or {}).get("kind"), raw.landscape)
    kind = "slides" if slides else "document"
    meta = resolve_meta(path, entry, own_title=raw.title, own_date=raw.date, default_kind=kind)
    units = build_units(raw.pages, slides, raw.ocr)
    if not units:
        raise IngestError(f"PDF sans texte exploitable : {OCR_MESSAGE}")
    for note in raw.notes:
        run.note(path, note)
    return Document(meta=meta, units=units)
