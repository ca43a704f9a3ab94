"""Tables of a PDF page found by where their words sit (pypdf's layout mode), rewritten one line per row."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..table_lines import LABEL_MAX_CHARS, is_value, is_year, laid_out
from .tables import CELL_MAX_CHARS, MAX_COLUMNS, MIN_ROWS

_CELL = re.compile(r"\S+(?: \S+)*")  # in layout mode, two spaces or more part columns
ALIGN = 2  # characters a cell's start may stray from its column's
MIN_COLUMNS = 3  # two columns are as often two columns of text as a table
_WORD = re.compile(r"\w+")


@dataclass
class Block:
    """Lines of a page whose cells fall into the same columns: where each column starts, each line's cells by
    column, and the words they hold (to find the same cells in the page's ordinary text)."""

    starts: list[int]
    lines: list[dict[int, str]]
    words: Counter[str]


def cells(line: str) -> list[tuple[int, str]]:
    """(column where it starts, text) of each run of words on a layout line."""
    return [(m.start(), m.group()) for m in _CELL.finditer(line)]


def _column(starts: list[int], start: int) -> int | None:
    for index, column in enumerate(starts):
        if abs(column - start) <= ALIGN:
            return index
    return None


def _fits(line_cells: list[tuple[int, str]], starts: list[int]) -> bool:
    """Every cell starts at a column and ends before the next one begins (a paragraph line runs across them)."""
    for start, text in line_cells:
        index = _column(starts, start)
        if index is None or index + 1 < len(starts) and start + len(text) >= starts[index + 1]:
            return False
    return True


def _block(lines: list[list[tuple[int, str]]], first: int) -> tuple[list[int], int, int]:
    """The column starts of the table whose first full line is `first`, and the indexes of its first line (a header
    cell wrapped over lines above the others, as a table aligns its cells at the bottom) and of the line after its
    last one. A line with one cell more, on the left, adds the label column (a header of years has none)."""
    starts = [start for start, _ in lines[first]]
    top = first
    while top > 0 and lines[top - 1] and len(lines[top - 1]) < len(starts) and _fits(lines[top - 1], starts):
        top -= 1
    end, i = first + 1, first + 1
    while i < len(lines):
        line = lines[i]
        if not line:
            i += 1
            continue
        if len(line) == 1 and not lines[i - 1] and _column(starts, line[0][0]) == 0:
            break  # a label's wrapped words follow it directly: after a space, a lone line there is text under the table
        if not _fits(line, starts):
            wider = [start for start, _ in line]
            if (len(line) > len(starts) and wider[0] < starts[0] - ALIGN and _fits(line[1:], starts)
                    and len(line[0][1]) < starts[0] - wider[0]):
                starts = [wider[0]] + starts
            else:
                break
        end = i = i + 1
    return starts, top, end


def _by_column(line: list[tuple[int, str]], starts: list[int]) -> dict[int, str]:
    return {_column(starts, start): text for start, text in line}


_GOES_ON = re.compile(r"(?:[-,–(«]|\b(?:de|des|du|d['’]|et|ou|la|le|les|l['’]|à|au|aux|en|pour|sur|avec))\s*$", re.I)


def _continues(cell: str) -> bool:
    """A cell's text going on from the line above ("… « repérer et" / "orienter »")."""
    return cell[:1].islower() or cell[:1] in ("»", ")")


def _opens_row(line: dict[int, str], above: dict[int, str], header_only: bool, width: int, label: str) -> bool:
    """Whether a line opens a row: it fills more than half the columns, and it is neither the header going on (no
    label, names only) nor the wrapped words of the row above: under a cell each, no figure under a figure, and its
    label going on in lower case (or no word in capitals at all)."""
    if header_only and 0 not in line and all(_is_header_cell(cell) for cell in line.values()):
        return False
    if len(line) <= width / 2:  # a sparse row still opens on a label of its own, after one (`label`, the last
        return len(line) >= 2 and line.get(0, "")[:1].isupper() and bool(label) and not _GOES_ON.search(label)  # seen)
    if not set(line) <= set(above) or any(is_value(cell) and is_value(above[column]) for column, cell in line.items()):
        return True
    label_goes_on = 0 not in line or _continues(line[0])
    return not (label_goes_on or not any(cell[:1].isupper() for cell in line.values()))


def rows_by_position(block: Block) -> list[list[str]]:
    """Group the block's lines into rows: a line filling more than half the columns opens a row, the others wrap
    the cells of the row above, or of the row below when that row's cells go on from them (a table centres a
    one-line cell beside a wrapped one)."""
    lines, starts = block.lines, block.starts
    rows: list[list[list[str]]] = []
    opening = [False] * len(lines)
    label = ""
    for i, line in enumerate(lines):
        opening[i] = not rows or _opens_row(line, lines[i - 1], len(rows) == 1, len(starts), label)
        if opening[i]:
            rows.append([[] for _ in starts])
        label = line.get(0, label)
    row, carried = -1, []
    for i, line in enumerate(lines):
        if opening[i]:
            row += 1
            for column, text in carried:
                rows[row][column].append(text)
            carried = []
        following = lines[i + 1] if i + 1 < len(lines) and opening[i + 1] else None
        for column, text in sorted(line.items()):
            if not opening[i] and following and _continues(following.get(column, "")):
                carried.append((column, text))
            else:
                rows[max(row, 0)][column].append(text)
    for column, text in carried:
        rows[row][column].append(text)
    return [[" ".join(parts) for parts in row] for row in rows]


def _is_header_cell(cell: str) -> bool:
    """A header's cell: a name (not a figure), a year, or empty."""
    return not cell or not is_value(cell) or is_year(cell)


def find_blocks(layout: str) -> list[Block]:
    """The blocks of aligned lines of a page's layout text that may be tables: at least three columns, and three
    lines (a header and two rows) filling more than half of them."""
    lines = [cells(line) for line in layout.splitlines()]
    blocks, i = [], 0
    while i < len(lines):
        if not MIN_COLUMNS <= len(lines[i]) <= MAX_COLUMNS:
            i += 1
            continue
        starts, top, end = _block(lines, i)
        full = sum(len(line) > len(starts) / 2 for line in lines[top:end])
        if len(starts) >= MIN_COLUMNS and full >= 1 + MIN_ROWS:
            kept = [line for line in lines[top:end] if line]
            words = word_count(text for line in kept for _, text in line)
            blocks.append(Block(starts, [_by_column(line, starts) for line in kept], words))
            i = end
        else:
            i += 1
    return blocks


def rows_in_order(block: Block, plain: list[str]) -> list[list[str]] | None:
    """The rows as the ordinary text gives them when the file writes its table cell by cell: each line is one
    cell's words (found in the block by its text, the highest unused one), a row ends when the columns go back to
    the left. None when a line is no cell of the block, or when the rows so read overlap on the page, fill one
    column only or each lie on one line (a file writing the table line by line)."""
    unused = [(index, column, text) for index, line in enumerate(block.lines) for column, text in line.items()]
    rows: list[list[list[str]]] = []
    bands: list[list[int]] = []
    column = -1
    for line in plain:
        text = " ".join(line.split())
        found = next((cell for cell in unused if cell[2] == text), None)
        if found is None:
            return None
        unused.remove(found)
        index, at, _ = found
        if not rows or at < column:
            rows.append([[] for _ in block.starts])
            bands.append([])
        rows[-1][at].append(text)
        bands[-1].append(index)
        column = at
    if any(min(later) <= max(earlier) for earlier, later in zip(bands, bands[1:])):
        return None
    if not any(len(set(band)) > 1 for band in bands):
        return None  # no row over two lines: a file writing line by line, or nothing wrapped (positions say as much)
    if any(sum(bool(cell) for cell in row) < 2 for row in rows):
        return None
    return [[" ".join(parts) for parts in row] for row in rows]


def _table(rows: list[list[str]]) -> tuple[list[str], list[list[str]]] | None:
    """(header, body) when the rows make a table: a header of short names (or years; a row of sentences is the top
    of a table going on from the page before), two rows or more, each opening on a label that is not a paragraph."""
    if len(rows) < 1 + MIN_ROWS or not all(_is_header_cell(cell) and len(cell) <= CELL_MAX_CHARS for cell in rows[0]):
        return None
    if not all(0 < len(row[0]) <= LABEL_MAX_CHARS for row in rows[1:]):
        return None
    return rows[0], rows[1:]


def word_count(texts: Iterable[str]) -> Counter[str]:
    """The words of texts, each with how many times they hold it: what `lines_holding` looks for."""
    return Counter(word for text in texts for word in _WORD.findall(text))


def lines_holding(plain: list[str], words: Counter[str]) -> tuple[int, int] | None:
    """The run of the page's ordinary lines made of exactly the table's words (in any order)."""
    line_words = [word_count([line]) for line in plain]
    for first in range(len(plain)):
        seen: Counter[str] = Counter()
        for last in range(first, len(plain)):
            seen += line_words[last]
            if seen - words:  # a word the table does not hold (or holds fewer times)
                break
            if seen == words:
                return first, last + 1
    return None


def with_tables(plain: str, layout: str) -> str:
    """The page's ordinary text with each table found in its layout text written as a header line and one line
    per row naming each cell's column ("Gironde (33) — Téléphone : 05 00 33 70 70 · Délai moyen 2025 : 6,4
    mois"). A table whose words the ordinary text does not hold as a run of lines is left as it was."""
    lines = plain.splitlines()
    for block in find_blocks(layout):
        span = lines_holding(lines, block.words)
        if span is None:
            continue
        first, last = span
        table = _table(rows_in_order(block, lines[first:last]) or rows_by_position(block))
        if table is not None:
            lines[first:last] = laid_out(*table)
    return "\n".join(lines)

