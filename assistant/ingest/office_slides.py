"""Slide decks (.pptx with python-pptx, .odp with odfpy): one unit per shown slide, its speaker notes with it."""

from __future__ import annotations

import io
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from odf.namespaces import PRESENTATIONNS

from ..errors import IngestError
from ..models import Document, Location, Unit
from . import clean, odf_reading
from .catalog import resolve_meta
from .office_files import ODP, PPTX, SUB_ITEM, OfficeFormat, open_package, own_date, own_title, reading, table_lines

NOTES_MARKER = "Notes de l'intervenant :"  # heads the speaker notes in a slide's passage
FURNITURE = ("footer", "date-time", "page-number", "header")  # ODF presentation classes that say nothing


@dataclass(frozen=True)
class Slide:
    """What a deck holds for one slide: its number in the deck, title, text lines, notes, and whether shown."""

    number: int
    title: str
    lines: list[str]
    notes: list[str]
    hidden: bool = False


def slide_unit(slide: Slide, printed: int | None = None) -> Unit | None:
    """The unit of a shown slide: its title and lines, then its notes under NOTES_MARKER; None when empty.
    `printed` is the number the slide prints, when the deck prints them."""
    lines = [line for line in (clean.normalise_chars(line) for line in slide.lines) if line]
    title = " ".join(clean.normalise_chars(slide.title).split()) or clean.slide_title("\n".join(lines))
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    notes = clean.clean_block("\n".join(slide.notes))
    if not lines and not notes:
        return None
    text = "\n".join(lines) + (f"\n\n{NOTES_MARKER}\n{notes}" if notes else "")
    location = Location(kind="slide", start=slide.number, end=slide.number, printed=printed)
    return Unit(text=text.strip(), location=location, title=title)


def without_furniture(slides: list[Slide]) -> tuple[list[Slide], list[int | None]]:
    """The slides without the lines a deck repeats on most of them (a footer naming the event, "9 / 18"), as PDF
    decks lose theirs, and the number each slide prints (`clean.printed_numbers`)."""
    pages = [[line for line in map(clean.normalise_chars, slide.lines) if line] for slide in slides]
    printed = clean.printed_numbers(pages)
    present = [lines for lines in pages if lines]
    running = clean.find_running_lines(present, ratio=0.6, min_pages=4)
    shapes = clean.case_shapes(present)
    kept = [replace(slide, lines=clean.drop_running_lines(clean.drop_printed_number(lines, number), running, shapes))
            for slide, lines, number in zip(slides, pages, printed)]
    return kept, printed


def deck_document(path: Path, entry: dict | None, fmt: OfficeFormat, slides: list[Slide],
                  title: str | None, date: str | None) -> Document:
    """A Document of the deck's shown slides, cited by their number in the deck (hidden ones keep theirs)."""
    shown, printed = without_furniture([slide for slide in slides if not slide.hidden])
    units = [unit for unit in map(slide_unit, shown, printed) if unit is not None]
    if not units:
        why = "toutes ses diapositives sont masquées" if slides and not shown else "aucune diapositive n'a de texte"
        raise IngestError(f"{fmt.name} sans texte exploitable : {why}")
    first_title = units[0].title if units[0].location.start == 1 else None
    meta = resolve_meta(path, entry, own_title=title or first_title, own_date=date, default_kind="slides")
    return Document(meta=meta, units=units)


# -- .pptx ----------------------------------------------------------------------------------------------


def _pptx_shapes(shapes):
    """Shapes in reading order (top to bottom, then left to right), groups opened."""
    from pptx.shapes.group import GroupShape

    ordered = sorted(shapes, key=lambda s: ((s.top or 0) // 10000, s.left or 0))  # rows of about 1 mm
    for shape in ordered:
        if isinstance(shape, GroupShape):
            yield from _pptx_shapes(shape.shapes)
        else:
            yield shape


# A key figure alone in its box ("38 %", "1 032", "96 %", "+12 %", "62 000 €", "7 semaines", "9,4 ETP"), drawn over
# the box that says what it counts; the text of a deck of key figures comes out as all the figures, then all their
# labels.
_FIGURE = re.compile(r"[-+]?\d[\d\s.,]*\s*(?:%|€|k€|M€|ans?|mois|semaines?|jours?|heures?|h|min|minutes?|ETP|"
                     r"points?|pts?|places?|km)?")
LABEL_MAX_WORDS = 16  # a label may say what, where and since when ("signalements reçus … depuis le 1er janvier")


def _shape_text(shape) -> str:
    return " ".join(shape.text_frame.text.split()) if getattr(shape, "has_text_frame", False) else ""


def _across(upper, lower) -> bool:
    """True when two boxes overlap across by half the narrower one's width at least."""
    overlap = min(upper.left + upper.width, lower.left + lower.width) - max(upper.left, lower.left)
    return overlap >= 0.5 * min(upper.width, lower.width)


def stacked_boxes(shapes: list) -> dict[int, object]:
    """{id of a box: the box under it that goes with it}, read one after the other whatever stands beside them: a key
    figure over the short box that names what it counts ("38 %" over "animateurs et éducateurs"), and in columns
    side by side, a column's short heading over its body ("PSSM Jeunes" over "Public : adultes…"). The nearest box
    starting at most twice the upper one's height below it (a heading's body: three times), across from it."""
    pairs: dict[int, object] = {}
    taken: set[int] = set()
    placed = [shape for shape in shapes if _shape_text(shape) and shape.top is not None and shape.height
              and shape.width and shape.left is not None]
    figures = [shape for shape in placed if _FIGURE.fullmatch(_shape_text(shape))]
    figure_ids = {id(shape) for shape in figures}
    for upper in figures + [shape for shape in placed if id(shape) not in figure_ids]:  # the figures first
        if id(upper) in taken:
            continue
        figure = id(upper) in figure_ids
        beside = any(other is not upper and abs(other.top - upper.top) < upper.height / 2 and not _across(upper, other)
                     for other in placed)
        if not (figure or beside and len(_shape_text(upper).split()) <= HEADING_MAX_WORDS):
            continue
        if figure and any(id(other) not in figure_ids and 0 < upper.top - other.top <= 2 * other.height
                          and _across(other, upper) and other.width <= 2 * upper.width
                          and len(_shape_text(other).split()) <= LABEL_MAX_WORDS
                          for other in placed if other is not upper):
            continue  # its label is over it ("Jeunes reçus" over "326"): read in that order already
        below = [shape for shape in placed if shape is not upper and id(shape) not in taken
                 and 0 < shape.top - upper.top <= 2 * upper.height + (0 if figure else upper.height)
                 and _across(upper, shape) and id(shape) not in figure_ids
                 and (not figure or len(_shape_text(shape).split()) <= LABEL_MAX_WORDS
                      and shape.width <= 2 * upper.width)]  # not a source line across the whole slide
        if not below:
            continue
        lower = min(below, key=lambda shape: shape.top)
        if not figure and any(other is not lower and other.top > lower.top and _across(lower, other)
                              for other in placed):
            continue  # a grid of boxes, read row by row, not a column under its heading
        pairs[id(upper)] = lower
        taken |= {id(lower), id(upper)}
    return pairs


HEADING_MAX_WORDS = 6


def _pptx_lines(paragraphs, bulleted: bool) -> list[str]:
    """A text frame's paragraphs as lines; list items ("- …") where a bullet shows: in a body placeholder
    unless the paragraph turns it off, elsewhere when the paragraph sets one."""
    lines = []
    for paragraph in paragraphs:
        text = " ".join(paragraph.text.replace("\v", " ").split())
        marks = {child.tag.rsplit("}", 1)[-1] for child in paragraph._p.xpath("./a:pPr/*")}
        bullet = "buChar" in marks or "buAutoNum" in marks or (bulleted and "buNone" not in marks)
        if text:
            mark = "- " if paragraph.level == 0 else f"{SUB_ITEM} "  # an indented bullet is a sub-item
            lines.append(f"{mark}{text}" if bullet and not clean.LIST_MARKER.match(text) else text)
    return lines


def chart_lines(chart) -> list[str]:
    """A native chart's data as the deck shows it: its title, then one line per series naming each value's
    category ("Série : CLSM actifs au 31 décembre ; 2019 : 9 ; 2020 : 12 …"); none when the chart's data cannot
    be read (a broken or external workbook: the rest of the slide is kept)."""
    try:
        title = " ".join(chart.chart_title.text_frame.text.split()) if chart.has_title else ""
        lines = [title] if title else []
        for plot in chart.plots:
            categories = [" ".join(str(c).split()) for c in plot.categories]
            rows = [["Série", *categories]] + [[series.name or "", *map(_figure, series.values)]
                                                for series in plot.series]
            lines.extend(table_lines(rows))
        return lines
    except Exception:  # python-pptx raises KeyError, ValueError… on a chart part it cannot read
        return []


DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
DIAGRAM_DATA = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}dm"


def diagram_lines(shape) -> list[str]:
    """A SmartArt diagram's text, which python-pptx does not read (it lives in the diagram's data part): one list
    item per node in the diagram's order, a node's lines joined by " · ", a child node as a sub-item ("– …");
    none when the shape is no diagram or its part cannot be read (the rest of the slide is kept)."""
    from lxml import etree

    ids = shape._element.find(f".//{DGM}relIds")
    if ids is None:
        return []
    try:
        root = etree.fromstring(shape.part.related_part(ids.get(DIAGRAM_DATA)).blob)
    except Exception:  # a missing or damaged part (KeyError, XMLSyntaxError…)
        return []
    texts, document = {}, None
    for point in root.iter(DGM + "pt"):
        kind = point.get("type", "node")
        if kind == "doc":
            document = point.get("modelId")
        elif kind in ("node", "asst"):  # an assistant box of an organisation chart is a node too
            lines = (" ".join(_runs_text(p).split()) for p in point.iterfind(f"{DGM}t/{DRAWING}p"))
            texts[point.get("modelId")] = [line for line in lines if line]
    children = defaultdict(list)
    for link in root.iter(DGM + "cxn"):
        if link.get("type", "parOf") == "parOf":
            order = link.get("srcOrd") or "0"
            children[link.get("srcId")].append((int(order) if order.isdigit() else 0, link.get("destId")))
    out: list[str] = []
    seen: set[str] = set()

    def read(node: str | None, depth: int) -> None:
        for _, child in sorted(children.get(node, [])):
            if child in seen:
                continue  # a damaged diagram linking back
            seen.add(child)
            text = " · ".join(texts.get(child, []))
            if text:
                mark = "" if clean.LIST_MARKER.match(text) else "- " if depth == 0 else f"{SUB_ITEM} "
                out.append(mark + text)
            read(child, depth + bool(text))

    read(document, 0)
    return out


def _runs_text(paragraph) -> str:
    """A drawing paragraph's text: its runs and fields, a line break as a space ("Premier" / "accueil")."""
    return "".join(" " if child.tag == DRAWING + "br" else "".join(t.text or "" for t in child.iter(DRAWING + "t"))
                   for child in paragraph)


def _figure(value) -> str:
    """A chart value as written in French: 9.0 -> "9", 3.5 -> "3,5", 2500000.0 -> "2500000", none -> ""."""
    if value is None:
        return ""
    if not isinstance(value, float):
        return str(value)
    return format(value, "f").rstrip("0").rstrip(".").replace(".", ",")  # 2500000.0 -> "2500000", never "2,5e+06"


def _pptx_slide(number: int, slide) -> Slide:
    from pptx.enum.shapes import PP_PLACEHOLDER

    bodies = {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.VERTICAL_BODY, PP_PLACEHOLDER.VERTICAL_OBJECT}
    skipped = {PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.HEADER}
    titles = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE}
    title, lines = "", []
    shapes = [shape for shape in _pptx_shapes(slide.shapes)
              if not (shape.is_placeholder and shape.placeholder_format.type in skipped)]
    stacked = stacked_boxes(shapes)
    under = {id(lower) for lower in stacked.values()}
    ordered = []  # each box, and the box under it right after it
    for shape in shapes:
        if id(shape) not in under:
            ordered += [shape, stacked[id(shape)]] if id(shape) in stacked else [shape]
    figures = {id(shape) for shape in ordered if id(shape) in stacked and _FIGURE.fullmatch(_shape_text(shape))}
    labels = {id(stacked[f]) for f in figures}
    for shape in ordered:
        kind = shape.placeholder_format.type if shape.is_placeholder else None
        if id(shape) in labels:  # (the skipped placeholders are out of `shapes` already)
            continue
        if id(shape) in figures:  # "38 %" over "animateurs et éducateurs": one line
            lines.append(f"{_shape_text(shape)} {_shape_text(stacked[id(shape)])}")
            continue
        if getattr(shape, "has_table", False):
            rows = [[" ".join(cell.text.split()) for cell in row.cells] for row in shape.table.rows]
            lines.extend(table_lines(rows))
        elif getattr(shape, "has_chart", False):
            lines.extend(chart_lines(shape.chart))
        elif shape.has_text_frame and kind in titles and not title:
            title = " ".join(" ".join(p.text.split()) for p in shape.text_frame.paragraphs)
        elif shape.has_text_frame:
            lines.extend(_pptx_lines(shape.text_frame.paragraphs, bulleted=kind in bodies))
        else:  # a SmartArt diagram (a picture, a video: nothing)
            lines.extend(diagram_lines(shape))
    notes: list[str] = []
    if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
        notes = [p.text.replace("\v", "\n") for p in slide.notes_slide.notes_text_frame.paragraphs]
    hidden = slide._element.get("show") in ("0", "false")
    return Slide(number, title, lines, notes, hidden)


def load_pptx(path: Path, data: bytes, entry: dict | None) -> Document:
    """Load a PowerPoint deck: one unit per shown slide, with its speaker notes."""
    from pptx import Presentation

    open_package(data, PPTX)
    with reading(PPTX):
        deck = Presentation(io.BytesIO(data))
        slides = [_pptx_slide(n, slide) for n, slide in enumerate(deck.slides, start=1)]
        props = deck.core_properties
        title, date = own_title(props.title), own_date(props.created)
    return deck_document(path, entry, PPTX, slides, title, date)


# -- .odp -----------------------------------------------------------------------------------------------


def _odp_slide(doc, number: int, page) -> Slide:
    title, lines, notes = "", [], []
    for child in odf_reading.children(page):
        cls = odf_reading.attr(child, PRESENTATIONNS, "class")
        if child.qname == (PRESENTATIONNS, "notes"):
            notes = odf_reading.paragraphs(child)
        elif cls == "title" and not title:
            title = " ".join(odf_reading.paragraphs(child))
        elif cls not in FURNITURE:
            lines.extend(line for _, block in odf_reading.blocks(child) for line in block)
    return Slide(number, title, lines, notes, odf_reading.is_hidden_page(doc, page))


def load_odp(path: Path, data: bytes, entry: dict | None) -> Document:
    """Load an OpenDocument deck (LibreOffice Impress): one unit per shown slide, with its speaker notes."""
    from odf.draw import Page

    doc = odf_reading.load(data, ODP)
    with reading(ODP):
        pages = doc.presentation.getElementsByType(Page) if doc.presentation is not None else []
        slides = [_odp_slide(doc, n, page) for n, page in enumerate(pages, start=1)]
        title, date = odf_reading.metadata(doc)
    return deck_document(path, entry, ODP, slides, title, date)
