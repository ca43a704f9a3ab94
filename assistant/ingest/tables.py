"""Tables a PDF's text layer gives one cell per line, read back as one line per row with its column headers."""

from __future__ import annotations

import re

MAX_COLUMNS = 6
MIN_ROWS = 2
CELL_MAX_CHARS = 60  # a cell is a short line
# A figure cell: "412", "25 %", "212 000", "6,1", "40 000 €", "+12 %", "15 jours", or an empty mark ("–", "n.d.").
_VALUE = re.compile(r"[-+–]?\s?\d[\d  ]*(?:[.,]\d+)?\s*(?:%|‰|€|k€|M€|euros?|jours?|mois|ans?|h|pts?|points?)?"
                    r"|[-–—]|n\.?\s?d\.?|n\.?\s?c\.?|s\.?o\.?", re.IGNORECASE)
_SENTENCE = re.compile(r"[.!?:;]$")
_CAPTION = re.compile(r"(?:tableau|table|figure|graphique|source|lecture|champ|note)s?\b", re.IGNORECASE)
LOOK_AHEAD = 3  # a table may start a few lines further, under its caption


def is_value(cell: str) -> bool:
    return bool(_VALUE.fullmatch(cell.strip()))


def _is_header(cell: str) -> bool:
    cell = cell.strip()
    return (0 < len(cell) <= CELL_MAX_CHARS and any(ch.isalpha() for ch in cell) and not is_value(cell)
            and not _SENTENCE.search(cell) and not _CAPTION.match(cell))


def _rows(lines: list[str], start: int, columns: int) -> int:
    """How many rows of `columns` cells follow a header at `start`: a short first cell, figures after it."""
    rows, i, labels = 0, start + columns, None
    while i + columns <= len(lines):
        row = lines[i:i + columns]
        first = row[0].strip()
        if not first or len(first) > CELL_MAX_CHARS or _SENTENCE.search(first) and not is_value(first):
            break
        if not all(is_value(cell) for cell in row[1:]):
            break
        if labels is None:
            labels = not is_value(first)
        elif labels == is_value(first):  # rows are headed all by labels or all by years: cells shifted mix them
            return rows + 1 if rows > 1 and not labels else (rows if rows > 1 else 0)  # a "Total" closes years
        rows += 1
        i += columns
    return rows


def _table_at(lines: list[str], start: int) -> tuple[int, int] | None:
    """(columns, rows) of the table whose header starts at `start`, the one covering the most lines."""
    best = None
    for columns in range(2, MAX_COLUMNS + 1):
        header = lines[start:start + columns]
        if len(header) < columns or not all(_is_header(cell) for cell in header):
            break
        rows = _rows(lines, start, columns)
        if rows >= MIN_ROWS and (best is None or (rows + 1) * columns > (best[1] + 1) * best[0]):
            best = (columns, rows)
    return best


def table_rows(lines: list[str]) -> list[str]:
    """The lines with each table laid out one cell per line ("Agglomération", "Répondants", "Détresse (%)",
    "Rennes", "412", "25 %"…) rewritten as its header line and one line per row that names each figure's
    column: "Agglomération · Répondants · Détresse (%)", "Rennes — Répondants : 412 · Détresse (%) : 25 %".
    Every word is the page's; other lines are left as they are."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = _table_at(lines, i)
        if found is not None:  # the same cells read from a line or two later may cover more of them
            for later in range(i + 1, min(i + LOOK_AHEAD, len(lines))):
                other = _table_at(lines, later)
                if other and later - i + (other[1] + 1) * other[0] > (found[1] + 1) * found[0] + (later - i):
                    found = None
                    break
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        columns, rows = found
        cells = [cell.strip() for cell in lines[i:i + columns * (rows + 1)]]
        out += laid_out(cells[:columns], [cells[columns * (r + 1):columns * (r + 2)] for r in range(rows)])
        i += columns * (rows + 1)
    return out


def laid_out(header: list[str], rows: list[list[str]]) -> list[str]:
    """A table as its header line, then one line per row naming each value's column: "Agglomération ·
    Répondants", "Rennes — Répondants : 412" (empty cells left out; a row of its label alone is that label)."""
    out = [" · ".join(name for name in header if name)]
    for row in rows:
        named = [f"{name} : {value}" for name, value in zip(header[1:], row[1:]) if value]
        out.append(f"{row[0]} — " + " · ".join(named) if named else row[0])
    return out
