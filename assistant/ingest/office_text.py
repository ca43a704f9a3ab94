"""Text documents (.docx with python-docx, .odt with odfpy): sections at headings, tables row by row, footnotes."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterable
from pathlib import Path

from ..errors import IngestError
from ..models import Document, Location, Unit
from . import clean, odf_reading
from .catalog import resolve_meta
from .text import transcript_document
from .word_numbering import Numbering, style_numbers
from .office_files import DOCX, ODT, SUB_ITEM, OfficeFormat, open_package, own_date, own_title, reading, table_lines

Block = tuple[int, list[str]]  # (heading level, or 0 for text; its lines)
HEADING_STYLE = re.compile(r"^(?:heading|titre)\s*([1-9])$", re.IGNORECASE)
TITLE_STYLES = frozenset({"title", "titre", "titre principal"})


def section_units(blocks: Iterable[Block]) -> tuple[list[Unit], str | None]:
    """One unit per heading and the text under it (text before the first heading: a section without a
    heading); the heading's path ("Parent — Heading") as its title. Also the first level-1 heading."""
    path: list[tuple[int, str]] = []
    sections: list[tuple[str, str, list[str]]] = [("", "", [])]
    first_h1 = None
    for level, lines in blocks:
        lines = [line for line in (clean.normalise_chars(line) for line in lines) if line]
        if level and lines:
            heading = " ".join(" ".join(lines).split())
            first_h1 = first_h1 or (heading if level == 1 else None)
            path = [(lv, h) for lv, h in path if lv < level] + [(level, heading)]
            sections.append((heading, " — ".join(h for _, h in path), []))
        elif lines:
            sections[-1][2].append("\n".join(lines))
    units = []
    for heading, title, paragraphs in sections:
        if paragraphs:
            n = len(units) + 1
            location = Location(kind="section", start=n, end=n, section=heading)
            units.append(Unit(text="\n\n".join(paragraphs), location=location, title=title))
    return units, first_h1


def text_document(path: Path, entry: dict | None, fmt: OfficeFormat, blocks: Iterable[Block],
                  title: str | None, date: str | None) -> Document:
    """A Document of section units (of timed turns for a transcript saved as a Word file); IngestError when the
    file has no text."""
    blocks = list(blocks)
    transcript = transcript_document(path, entry, "\n".join(line for _, lines in blocks for line in lines),
                                     clock_times=False)
    if transcript:
        return transcript
    units, first_h1 = section_units(blocks)
    if not units:
        raise IngestError(f"{fmt.name} sans texte exploitable : il ne contient que des titres, des images ou rien")
    meta = resolve_meta(path, entry, own_title=title or first_h1, own_date=date)
    prefix = f"{meta.title} — "  # a first heading that is the document's title is not repeated in contexts
    units = [dataclasses.replace(u, title=u.title[len(prefix):]) if u.title.startswith(prefix) else u for u in units]
    return Document(meta=meta, units=units)


# -- .docx ----------------------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Parts of a paragraph that are not its text: deleted text, field codes, the duplicate of a drawing's text.
DOCX_SKIPPED = frozenset({W + "del", W + "instrText", W + "delInstrText", MC_FALLBACK})
DOCX_CHARS = {W + "tab": " ", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}


def _docx_text(element, parts: list[str]) -> None:
    for child in element:
        if child.tag == W + "t":
            parts.append(child.text or "")
        elif child.tag in DOCX_CHARS:
            parts.append(DOCX_CHARS[child.tag])
        elif child.tag == W + "p":  # a paragraph of a text box anchored in this one: a line of its own
            parts.append("\n")
            _docx_text(child, parts)
            parts.append("\n")
        elif child.tag not in DOCX_SKIPPED:
            _docx_text(child, parts)


def _docx_paragraph_text(p) -> list[str]:
    parts: list[str] = []
    _docx_text(p, parts)
    return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]


def _docx_level(p, styles: dict[str, tuple[str, str]]) -> int:
    """The heading level of a paragraph (1-9), 1 for the Title style, 0 for body text."""
    style_id = next(iter(p.xpath("./w:pPr/w:pStyle/@w:val")), "")
    name, outline = styles.get(style_id, ("", ""))
    own_outline = next(iter(p.xpath("./w:pPr/w:outlineLvl/@w:val")), "") or outline
    match = HEADING_STYLE.match(name)
    if match:
        return int(match.group(1))
    if name.lower() in TITLE_STYLES:
        return 1
    return int(own_outline) + 1 if own_outline.isdigit() and int(own_outline) < 9 else 0


def _docx_list_depth(p, styles: dict[str, tuple[str, str]]) -> int | None:
    """The depth (0 for the top) of a paragraph of a Word list, numbered by its own properties or by a list style
    ("List Bullet", "List Bullet 2", "Liste à puces"); None for a paragraph of no list."""
    num_ids = p.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    if num_ids:
        depth = next(iter(p.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")), "0")
        return int(depth) if num_ids[0] != "0" and depth.isdigit() else None
    style_id = next(iter(p.xpath("./w:pPr/w:pStyle/@w:val")), "")
    name = styles.get(style_id, ("", ""))[0].lower()
    if not name.startswith(("list bullet", "list number", "liste à puces", "liste numéro")):
        return None
    last = name.split()[-1]
    return int(last) - 1 if last.isdigit() else 0


def _docx_styles(document) -> dict[str, tuple[str, str]]:
    """Paragraph styles by id: (name, outline level) — a heading style may be named in any language."""
    styles = {}
    for style in document.styles.element.xpath("./w:style"):
        names = style.xpath("./w:name/@w:val")
        outline = style.xpath("./w:pPr/w:outlineLvl/@w:val")
        styles[style.get(W + "styleId")] = (names[0] if names else "", outline[0] if outline else "")
    return styles


def _docx_numbering(document) -> Numbering:
    """The document's numbering definitions, for the labels Word draws before numbered headings and items."""
    part = next((rel.target_part for rel in document.part.rels.values()
                 if not rel.is_external and rel.reltype.endswith("/numbering")), None)
    return Numbering(part.blob if part is not None else None, style_numbers(document.styles.element))


def _docx_footnotes(document) -> dict[str, list[str]]:
    """The document's footnotes by id (separators left out): text a reader finds at the foot of the page."""
    from lxml import etree

    part = next((rel.target_part for rel in document.part.rels.values()
                 if not rel.is_external and rel.reltype.endswith("/footnotes")), None)
    if part is None:
        return {}
    notes = {}
    for note in etree.fromstring(part.blob).iter(W + "footnote"):
        if note.get(W + "type") in (None, "normal"):
            notes[note.get(W + "id")] = [line for p in note.iter(W + "p") for line in _docx_paragraph_text(p)]
    return notes


def _docx_grid(table) -> list[list[str]]:
    """A Word table's rows, one cell a column of its grid: a cell spanning columns (gridSpan) leaves the next ones
    empty, a cell merged with the one above (vMerge) reads as it, as Word shows it across the merged rows."""
    rows: list[list[str]] = []
    for tr in table.iterchildren(W + "tr"):
        row: list[str] = []
        for tc in tr.iterchildren(W + "tc"):
            text = " ".join(line for p in tc.iter(W + "p") for line in _docx_paragraph_text(p))
            props = tc.find(W + "tcPr")
            span = props.find(W + "gridSpan") if props is not None else None
            merge = props.find(W + "vMerge") if props is not None else None
            if merge is not None and merge.get(W + "val", "continue") == "continue" and not text and rows:
                above = rows[-1]
                text = above[len(row)] if len(row) < len(above) else ""
            row.append(text)
            row += [""] * (int(span.get(W + "val", "1")) - 1 if span is not None and span.get(W + "val", "").isdigit()
                           else 0)
        rows.append(row)
    return rows


def _docx_blocks(body, styles, notes: dict[str, list[str]] | None = None,
                 numbering: Numbering | None = None) -> Iterable[Block]:
    notes = notes or {}
    for child in body:
        if child.tag == W + "p":
            level = _docx_level(child, styles)
            lines = _docx_paragraph_text(child)
            label = numbering.label(child, next(iter(child.xpath("./w:pPr/w:pStyle/@w:val")), "")) if (
                numbering and lines) else None
            if label and (level or _worded(label)):
                # the label Word draws: "Article 11 – Cellule d'appui", "Étape 2 : Rassembler les données"
                lines = [f"{label} {lines[0]}", *lines[1:]]
            depth = _docx_list_depth(child, styles) if lines and not level else None
            if depth is not None:  # an item of a Word list: its bullet or number is not text; a sub-item has its own
                lines = [("- " if depth == 0 else f"{SUB_ITEM} ") + lines[0], *lines[1:]]
            yield level, lines
            if not level:  # its footnotes right after the paragraph that calls them, as a reader finds them
                for ref in child.iter(W + "footnoteReference"):
                    if notes.get(ref.get(W + "id")):
                        yield 0, notes[ref.get(W + "id")]
        elif child.tag == W + "tbl":
            yield 0, table_lines(_docx_grid(child))
        elif child.tag == W + "sdt":  # a content control: its content, unless it is a table of contents
            # not `xpath`: python-docx gives a block content control no class, hence no "w:" prefix to resolve
            gallery = " ".join(g.get(W + "val", "") for g in child.iterfind(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery"))
            placeholder = child.find(f"{W}sdtPr/{W}showingPlcHdr") is not None  # "Cliquez ici pour entrer du texte."
            if "table of contents" not in gallery.lower() and not placeholder:
                for content in child.iterchildren(W + "sdtContent"):
                    yield from _docx_blocks(content, styles, notes, numbering)


_WORD = re.compile(r"[^\W\d_]{2,}")
_ROMAN_NUMBER = re.compile(r"[ivxlcdm]+", re.I)


def _worded(label: str) -> bool:
    """True for a label with a word of its own ("Article 11 –", "Étape 2 :"), not "2.3", "b)" nor "III."."""
    return any(not _ROMAN_NUMBER.fullmatch(word) for word in _WORD.findall(label))


def load_docx(path: Path, data: bytes, entry: dict | None) -> Document:
    """Load a Word document: sections at headings, tables row by row, each paragraph's footnotes after it;
    comments left out."""
    import docx

    open_package(data, DOCX)
    with reading(DOCX):
        document = docx.Document(io.BytesIO(data))
        blocks = list(_docx_blocks(document.element.body, _docx_styles(document), _docx_footnotes(document),
                                   _docx_numbering(document)))
        props = document.core_properties
        title, date = own_title(props.title), own_date(props.created)
    return text_document(path, entry, DOCX, blocks, title, date)


# -- .odt -----------------------------------------------------------------------------------------------


def load_odt(path: Path, data: bytes, entry: dict | None) -> Document:
    """Load an OpenDocument text (LibreOffice Writer): sections at headings, tables row by row, footnotes after
    their paragraph; comments and tables of contents left out."""
    doc = odf_reading.load(data, ODT)
    with reading(ODT):
        blocks = list(odf_reading.blocks(doc.text)) if doc.text is not None else []
        title, date = odf_reading.metadata(doc)
    return text_document(path, entry, ODT, blocks, title, date)
