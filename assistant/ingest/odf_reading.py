"""OpenDocument reading with odfpy: the parsed package, the text of an element (notes and comments left out)."""

from __future__ import annotations

import io

from odf.namespaces import DCNS, DRAWNS, METANS, OFFICENS, PRESENTATIONNS, STYLENS, TABLENS, TEXTNS

from .office_files import SUB_ITEM, OfficeFormat, open_package, own_date, own_title, reading, table_lines

# Elements whose text is not the paragraph's: footnotes and endnotes (read after their paragraph by `blocks`),
# comments, deleted text of tracked changes, generated indexes (a table of contents repeats the headings), and a
# slide's speaker notes (read on their own).
SKIPPED = frozenset({
    (TEXTNS, "note"), (OFFICENS, "annotation"), (OFFICENS, "annotation-end"), (TEXTNS, "tracked-changes"),
    (TEXTNS, "table-of-content"), (TEXTNS, "alphabetical-index"), (TEXTNS, "illustration-index"),
    (TEXTNS, "table-index"), (TEXTNS, "object-index"), (TEXTNS, "user-index"), (TEXTNS, "bibliography"),
    (PRESENTATIONNS, "notes"), (TEXTNS, "soft-page-break"),
})
BREAKS = {(TEXTNS, "line-break"): "\n", (TEXTNS, "tab"): " "}
BLOCKS = frozenset({(TEXTNS, "p"), (TEXTNS, "h")})


def load(data: bytes, fmt: OfficeFormat):
    """The odfpy document of an .odp or .odt file; IngestError in French for a file that is not one."""
    from odf.opendocument import load as odf_load

    open_package(data, fmt)
    with reading(fmt):
        return odf_load(io.BytesIO(data))


def attr(node, namespace: str, name: str) -> str:
    """An attribute's value ("" when absent)."""
    return (getattr(node, "attributes", None) or {}).get((namespace, name), "") or ""


def children(node):
    """The element children of a node (text nodes left out)."""
    return [child for child in node.childNodes if child.nodeType == child.ELEMENT_NODE]


def inline_text(node) -> str:
    """The text of an element, paragraphs and breaks as new lines, notes and comments left out."""
    parts: list[str] = []
    _collect(node, parts)
    return "".join(parts)


def _collect(node, parts: list[str]) -> None:
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            parts.append(child.data)
            continue
        if child.nodeType != child.ELEMENT_NODE or child.qname in SKIPPED:
            continue
        if child.qname == (TEXTNS, "s"):
            parts.append(" " * max(1, int(attr(child, TEXTNS, "c") or 1)))
        elif child.qname in BREAKS:
            parts.append(BREAKS[child.qname])
        else:
            if child.qname in BLOCKS and parts and not parts[-1].endswith("\n"):
                parts.append("\n")
            _collect(child, parts)
            if child.qname in BLOCKS:
                parts.append("\n")


def paragraphs(node) -> list[str]:
    """The non-empty lines of an element's text, each with its spaces collapsed."""
    return [" ".join(line.split()) for line in inline_text(node).split("\n") if line.strip()]


def blocks(node):
    """(heading level, lines) of each block in reading order: level 0 for paragraphs, list items ("- …") and
    table rows (with their header cells); a paragraph's footnotes after it; sections, frames and shapes opened;
    comments and indexes left out."""
    for child in children(node):
        if child.qname in SKIPPED:
            continue
        if child.qname == (TEXTNS, "h"):
            yield int(attr(child, TEXTNS, "outline-level") or 1), [" ".join(paragraphs(child))]
        elif child.qname in BLOCKS:
            yield 0, paragraphs(child)
            for body in _note_bodies(child):  # its footnotes right after it, as a reader finds them
                yield 0, paragraphs(body)
        elif child.qname == (TEXTNS, "list"):
            yield 0, list_lines(child)
        elif child.qname == (TABLENS, "table"):
            yield 0, table_lines(table_rows(child))
        else:
            yield from blocks(child)


def list_lines(node, depth: int = 0) -> list[str]:
    """A list's items as lines, "- " before an item and "– " before a sub-item (a list inside an item)."""
    lines = []
    for item in children(node):
        for part in children(item):  # an item's paragraphs, then the list it holds
            if part.qname == (TEXTNS, "list"):
                lines += list_lines(part, depth + 1)
            else:
                lines += [f"{'- ' if depth == 0 else SUB_ITEM + ' '}{line}" for line in paragraphs(part)]
    return lines


def _note_bodies(node) -> list:
    """The bodies of the footnotes and endnotes a paragraph calls."""
    found = []
    for child in children(node):
        if child.qname == (TEXTNS, "note"):
            found += [part for part in children(child) if part.qname == (TEXTNS, "note-body")]
        else:
            found += _note_bodies(child)
    return found


def table_rows(table) -> list[list[str]]:
    """A table's rows (header rows first), each a list of cell texts, one a column (a covered cell is empty, or
    reads as the cell above when merged with it); repeated cells and rows counted once."""
    rows: list[list[str]] = []
    for part in children(table):
        if part.qname in ((TABLENS, "table-header-rows"), (TABLENS, "table-rows"), (TABLENS, "table-row-group")):
            rows.extend(table_rows(part))
        elif part.qname == (TABLENS, "table-row"):
            cells: list[str] = []
            spanned = 0  # columns a cell spans beyond its own, covered on its right
            for cell in children(part):
                if cell.qname == (TABLENS, "table-cell"):
                    cells.append(" ".join(paragraphs(cell)))
                    spanned = int(attr(cell, TABLENS, "number-columns-spanned") or 1) - 1
                elif cell.qname == (TABLENS, "covered-table-cell"):
                    if spanned:  # the cell on its left spans it
                        cells.append("")
                        spanned -= 1
                    else:  # merged with the cell above: reads as it, as the office suite shows it
                        above = rows[-1] if rows else []
                        cells.append(above[len(cells)] if len(cells) < len(above) else "")
            if any(cells):
                rows.append(cells)
    return rows


def automatic_style(doc, name: str):
    """The automatic style of content.xml named `name`, or None."""
    for style in children(doc.automaticstyles):
        if attr(style, STYLENS, "name") == name:
            return style
    return None


def is_hidden_page(doc, page) -> bool:
    """True for a slide that the deck does not show: presentation:visibility="hidden" on its drawing-page style
    (as LibreOffice writes it) or on the page itself."""
    if attr(page, PRESENTATIONNS, "visibility") == "hidden":
        return True
    style = automatic_style(doc, attr(page, DRAWNS, "style-name"))
    return style is not None and any(attr(props, PRESENTATIONNS, "visibility") == "hidden"
                                     for props in children(style))


def metadata(doc) -> tuple[str | None, str | None]:
    """The document's own title and creation date from meta.xml (None when absent or meaningless)."""
    title = date = None
    for node in children(doc.meta):
        if node.qname == (DCNS, "title"):
            title = own_title(inline_text(node))
        elif node.qname == (METANS, "creation-date"):
            date = own_date(inline_text(node))
    return title, date
