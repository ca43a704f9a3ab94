"""Tables a PDF's text layer gives one cell per line, read back as one line per row with its column headers."""

from __future__ import annotations

import re

from ..table_lines import is_value, is_year, laid_out

MAX_COLUMNS = 6
MIN_ROWS = 2
CELL_MAX_CHARS = 60  # a cell is a short line…
ROW_LABEL_MAX_CHARS = 100  # …a row's label may say more ("Hospitalisations sans consentement (SDT et SDRE) de …")
_SENTENCE = re.compile(r"[.!?:;]$")
_CAPTION = re.compile(r"(?:tableau|table|figure|graphique|source|lecture|champ|note)s?\b", re.IGNORECASE)
LOOK_AHEAD = 3  # a table may start a few lines further, under its caption


def _is_header(cell: str) -> bool:
    cell = cell.strip()
    return (0 < len(cell) <= CELL_MAX_CHARS and any(ch.isalpha() for ch in cell) and not is_value(cell)
            and not _SENTENCE.search(cell) and not _CAPTION.match(cell))


def _is_column_header(cell: str) -> bool:
    """A header of a column of figures: a label, or a year ("2022", "2023", "2024")."""
    return _is_header(cell) or is_year(cell)


def _rows(lines: list[str], first: int, columns: int) -> tuple[list[list[str]], int]:
    """The rows of `columns` cells that start at `first` (a short label, figures after it; a label wrapped on two
    lines, opening in capitals and going on in lower case, is read as one), and the index of the line after them."""
    rows: list[list[str]] = []
    i, labels = first, None
    while i + columns <= len(lines):
        wrapped = (i + columns + 1 <= len(lines) and lines[i].strip()[:1].isupper()
                   and lines[i + 1].strip()[:1].islower() and not is_value(lines[i])
                   and all(is_value(cell) for cell in lines[i + 2:i + columns + 1]))
        label = " ".join(line.strip() for line in lines[i:i + 1 + wrapped])
        row = [label] + [cell.strip() for cell in lines[i + 1 + wrapped:i + columns + wrapped]]
        if not label or len(label) > ROW_LABEL_MAX_CHARS or _SENTENCE.search(label) and not is_value(label):
            break
        if not all(is_value(cell) for cell in row[1:]) or labels is None and is_year(label) and all(
                is_year(cell) for cell in row[1:]):
            break
        if labels is None:
            labels = not is_value(label)
        elif labels == is_value(label):  # rows are headed all by labels or all by years: cells shifted mix them
            if len(rows) > 1 and not labels:  # a "Total" closes years
                return rows + [row], i + columns + wrapped
            return (rows, i) if len(rows) > 1 else ([], first)
        rows.append(row)
        i += columns + wrapped
    return rows, i


def _table_at(lines: list[str], start: int) -> tuple[list[str], list[list[str]], int] | None:
    """(header, rows, index of the line after) of the table whose header starts at `start`, the one covering the
    most lines. The header may lack its first cell (a caption line took it: "Tableau 1 – … Indicateur", then
    "2022", "2023"…): then it has one cell less than the rows."""
    best = None
    for columns in range(2, MAX_COLUMNS + 1):
        for named in (columns, columns - 1):
            header = [cell.strip() for cell in lines[start:start + named]]
            if len(header) < named or not all(_is_column_header(cell) for cell in header):
                continue
            if named == columns and not _is_header(header[0]) or named < columns and not all(
                    is_year(cell) for cell in header):
                continue  # a row's label heads the first column; only years stand alone over their columns
            rows, end = _rows(lines, start + named, columns)
            if len(rows) >= MIN_ROWS and (best is None or end > best[2]):
                best = ([""] * (columns - named) + header, rows, end)
    return best


GROUPED_MAX_VALUES = 8  # a table whose header groups its columns (two years under each name) has more of them
_CONTINUED = re.compile(r"\(.{1,30}\)")  # "(2025)" under "dont résidant en QPV": the same header cell going on


def _grouped_table_at(lines: list[str], start: int) -> tuple[list[str], list[list[str]], int] | None:
    """(header, rows, index of the line after) of a table whose header has two levels, given one cell per line:
    the names ("Département", "Nombre", "Part", "Évolution"), then the years under the first of them, repeated
    ("2024", "2025", "2024", "2025"). Each of those names heads as many columns as the years repeat; the others
    one: "Nombre 2024", "Nombre 2025", "Part 2024", "Part 2025", "Évolution"."""
    names: list[str] = []
    i = start
    while i < len(lines) and len(names) < 2 * GROUPED_MAX_VALUES:
        cell = lines[i].strip()
        if names and is_year(names[-1]) and not is_year(cell):
            break  # the years under the names end the header: the first row's label follows
        if names and _CONTINUED.fullmatch(cell) and not is_year(names[-1]):
            names[-1] = f"{names[-1]} {cell}"
        elif _is_column_header(cell):
            names.append(cell)
        else:
            break
        i += 1
    years = len(names) - next((k for k in range(len(names) - 1, -1, -1) if not is_year(names[k])), -1) - 1
    top = names[:len(names) - years]
    if years < 2 or len(top) < 3 or not _is_header(top[0]) or any(is_year(name) for name in top):
        return None
    sub = names[len(top):]
    for size in range(2, years + 1):
        groups = [sub[k:k + size] for k in range(0, years, size)]
        spanning = len(groups)
        if years % size or any(group != groups[0] for group in groups) or spanning > len(top) - 1:
            continue
        columns = [f"{name} {year}" for name in top[1:1 + spanning] for year in groups[0]] + top[1 + spanning:]
        if len(columns) > GROUPED_MAX_VALUES:
            continue
        rows, end = _rows(lines, i, len(columns) + 1)
        # the columns under one name hold figures of one form in every row (all shares, or all counts): years read
        # under the wrong names would mix them ("Évolution 2025 : 120")
        if len(rows) >= MIN_ROWS and all(len({"%" in v for v in row[1 + k * size:1 + (k + 1) * size]}) == 1
                                         for row in rows for k in range(spanning)):
            return [top[0], *columns], rows, end
    return None


def _widest(lines: list[str], start: int) -> tuple[list[str], list[list[str]], int] | None:
    """The table starting at `start` read with a header of one level or of two, whichever covers more lines (a
    two-level header read as one level takes its years for a first row, and stops at the next)."""
    found = [t for t in (_table_at(lines, start), _grouped_table_at(lines, start)) if t is not None]
    return max(found, key=lambda t: t[2], default=None)


def table_rows(lines: list[str]) -> list[str]:
    """The lines with each table laid out one cell per line ("Agglomération", "Répondants", "Détresse (%)",
    "Rennes", "412", "25 %"…) rewritten as its header line and one line per row that names each figure's
    column: "Agglomération · Répondants · Détresse (%)", "Rennes — Répondants : 412 · Détresse (%) : 25 %".
    Every word is the page's; other lines are left as they are."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = _widest(lines, i)
        if found is not None:  # the same cells read from a line or two later may cover more of them
            for later in range(i + 1, min(i + LOOK_AHEAD, len(lines))):
                other = _widest(lines, later)
                if other and other[2] > found[2]:
                    found = None
                    break
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        header, rows, i = found
        out += laid_out(header, rows)
    return out
