"""HTML data tables read row by row: its caption, its header line, then one line per row naming each cell's column."""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from ..table_lines import is_year, laid_out

CELL_BLOCKS = ["p", "div", "li", "ul", "ol", "br", "dt", "dd"]
MAX_SPAN = 100  # colspan and rowspan beyond this are errors of the page
# A cell that is a figure, not a name: "9", "45 %", "52 000 €", "+12", "2008", "–".
_FIGURE = re.compile(r"[-+–—]?[\d\s.,/()–—-]*\s*(?:%|‰|€|k€|M€|euros?|ans?|mois|jours?|h|pts?)?",
                     re.IGNORECASE)


def _span(cell: Tag, name: str) -> int:
    try:
        return max(1, min(MAX_SPAN, int(str(cell.get(name) or "1").strip())))
    except ValueError:
        return 1


def cell_text(cell: Tag) -> str:
    """A cell's text on one line; words split by tags inside a word ("1<sup>er</sup>") kept together."""
    for tag in cell.find_all(CELL_BLOCKS):
        tag.insert_before(" ")
        tag.insert_after(" ")
    return " ".join(cell.get_text().split())


def _rows(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def grid(table: Tag) -> list[list[tuple[str, bool]]]:
    """The table's rows as (text, is a header cell) per column: a cell spanning rows is repeated in each, a
    header spanning columns names each of them, a data cell spanning columns is read once."""
    result: list[list[tuple[str, bool]]] = []
    below: dict[int, tuple[str, bool, int]] = {}  # column -> (text, header, rows still covered)
    for tr in _rows(table):
        row: list[tuple[str, bool]] = []

        def fill_from_above() -> None:
            while len(row) in below:
                text, header, left = below.pop(len(row))
                if left > 1:
                    below[len(row)] = (text, header, left - 1)
                row.append((text, header))

        for cell in tr.find_all(["td", "th"], recursive=False):
            fill_from_above()
            text, header = cell_text(cell), cell.name == "th"
            rowspan = _span(cell, "rowspan")
            for k in range(_span(cell, "colspan")):
                if rowspan > 1:
                    below[len(row)] = (text, header, rowspan - 1)
                row.append((text if k == 0 or header else "", header))
        fill_from_above()
        if any(text for text, _ in row):
            result.append(row)
    return result


def is_layout(table: Tag) -> bool:
    """A table that lays out a page (headings or tables in its cells, one column) rather than holds data."""
    return (str(table.get("role") or "").lower() in ("presentation", "none")
            or table.find(["table", "h1", "h2", "h3", "h4", "h5", "h6"]) is not None
            or max((len(tr.find_all(["td", "th"], recursive=False)) for tr in _rows(table)), default=0) < 2)


def _is_figure(text: str) -> bool:
    return bool(_FIGURE.fullmatch(text.strip()))


def _header_rows(table: Tag, rows: list[list[tuple[str, bool]]]) -> int:
    heads = [tr for tr in _rows(table) if tr.parent.name == "thead"]
    if heads:
        return sum(1 for tr in heads if cell_text(tr))
    count = 0
    while count < len(rows) - 1 and all(header for text, header in rows[count] if text):
        count += 1
    if not count and _names_columns(rows):
        count = 1  # a header row written with <td> (Google Docs, Word): words over columns of figures
    return count


HEADER_CELL_CHARS = 40


def _names_columns(rows: list[list[tuple[str, bool]]]) -> bool:
    """True when the first row names the columns of figures under it: short words, no figure, over rows most of
    which hold a figure past their first cell."""
    if len(rows) < 3:
        return False
    first = [text for text, _ in rows[0]]
    if not all(first) or any((_is_figure(t) and not is_year(t)) or len(t) > HEADER_CELL_CHARS
                             for t in first):  # years name columns ("Indicateur · 2023 · 2024")
        return False
    with_figures = sum(any(_is_figure(text) for text, _ in row[1:]) for row in rows[1:])
    return with_figures * 2 >= len(rows) - 1


def _pair(name: str, value: str) -> str:
    """ "Name : value"; the value alone when it repeats its name, the name alone without a value."""
    return f"{name} : {value}" if name and value and name != value else value or name


_has_word = re.compile(r"\w").search  # a cell without a letter or a digit ("–", "") says nothing


def table_lines(table: Tag) -> list[str]:
    """The lines a data table reads as: its caption, its column names joined by " · ", then per row its first
    cell and its other cells in the header's order ("Isère — 7 · 5 · 2011", as `table_lines.laid_out` writes it);
    a table without column names, "Name : value" a row. Every word is the page's; a cell without a letter or a
    digit ("–") is an empty one."""
    rows = grid(table)
    caption = table.find("caption")
    figure = table.find_parent("figure")
    caption = caption or (figure.find("figcaption") if figure is not None else None)
    lead = [cell_text(caption)] if caption is not None and cell_text(caption) else []
    n_head = _header_rows(table, rows)
    width = max(len(row) for row in rows) if rows else 0
    names = [", ".join(dict.fromkeys(row[c][0] for row in rows[:n_head] if c < len(row) and row[c][0]))
             for c in range(width)]
    body = [[text for text, _ in row] for row in rows[n_head:]]
    if not any(names):  # no header row: "Name : value" when each row opens on a header cell, else the cells
        keyed = all(row[0][1] for row in rows)
        lines = [_pair(row[0], " · ".join(filter(_has_word, row[1:]))) if keyed
                 else " · ".join(filter(_has_word, row)) for row in body]
        return lead + [line for line in lines if line]
    body = [row for row in body if row != names[:len(row)]]  # the header repeated down a long table
    cells = [[value if _has_word(value) else "" for value in row] for row in body if any(map(_has_word, row))]
    return lead + laid_out(names, cells)


def replace_tables(root: Tag) -> None:
    """Replace each data table of `root` by its lines, one paragraph each (layout tables are left as they are)."""
    for table in root.find_all("table"):
        if is_layout(table):
            continue
        lines = table_lines(table)
        figure = table.find_parent("figure")
        if figure is not None and figure.find("figcaption") is not None:
            figure.find("figcaption").extract()  # read as the table's lead
        table.replace_with(NavigableString("\n\n" + "\n\n".join(lines) + "\n\n"))
