"""The line format of a table: ingest writes a table's rows as lines, answers read them back as rows."""

from __future__ import annotations

import re

# A figure cell: "412", "25 %", "212 000", "6,1", "40 000 €", "+12 %", "15 jours", or an empty mark ("–", "n.d.").
_VALUE = re.compile(r"[-+–−]?\s?\d[\d  ]*(?:[.,]\d+)?\s*(?:%|‰|€|k€|M€|euros?|jours?|mois|ans?|h|pts?|points?)?"
                    r"|[-–—]|n\.?\s?d\.?|n\.?\s?c\.?|s\.?o\.?", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")

# A header line as `laid_out` writes it ("Financeur · Montant · Part"): up to sixteen columns (a survey's breakdowns),
# each named in 60 characters, or in up to 100 before its unit (a survey's question: "Accepterait une téléconsultation
# avec un professionnel de santé mentale (%)"; a longer cell without one is a sentence: "Le gardien remplit la fiche…").
MAX_COLUMNS = 16
COLUMN_CHARS = 60
_UNIT_CELL = r"[^·\n]{1,100}\([^·\n()]{1,20}\)"  # a long column name before its unit
HEADER_PATTERN = rf"[^·\n]{{1,{COLUMN_CHARS}}}(?: · (?:[^·\n]{{1,{COLUMN_CHARS}}}|{_UNIT_CELL})){{1,{MAX_COLUMNS - 1}}}$"
_UNIT_COLUMN = re.compile(_UNIT_CELL)
ROW_MARK = " — "  # between a row's label and its cells
LABEL_MAX_CHARS = 160  # a table of text read by position may open its rows on a whole sentence
# A row as `laid_out` writes it: "ARS Île-de-France — 40 000 € · 40,6 %", "Rennes — 25 %" (one cell: a figure).
ROW_PATTERN = (rf"[^·—\n]{{1,{LABEL_MAX_CHARS}}} — (?:[^·—\n]{{1,60}}(?: · [^·—\n]{{1,60}})+"
               r"|[-+–−]?\d[^·—\n]{0,20})$")
ROW_LINE = re.compile(ROW_PATTERN)
CELL_MARK = " · "  # between two cells
EMPTY_CELL = "–"


# A label over a group of a table's rows ("CHARGES", "1. Coordination du CLSM", or its number alone as the sentence
# cutter leaves it): a few words, maybe numbered, no cells, no sentence.
_GROUP_LABEL = re.compile(r"\d{1,2}[.)]|(?:\d{1,2}[.)]\s+)?[^\W\d_][^.!?:;·—\d]{0,60}")


def is_group_label(line: str) -> bool:
    return bool(_GROUP_LABEL.fullmatch(line.strip()))


def is_value(cell: str) -> bool:
    return bool(_VALUE.fullmatch(cell.strip()))


def is_year(cell: str) -> bool:
    return bool(_YEAR.fullmatch(cell.strip()))


def _cell(text: str) -> str:
    """A cell's text, its own marks changed so they never read as the layout's ("A — B" -> "A – B")."""
    return " ".join(text.split()).replace(ROW_MARK, " – ").replace(CELL_MARK, ", ")


def laid_out(header: list[str], rows: list[list[str]]) -> list[str]:
    """A table as its header line, then one line per row: its label, then its cells in the header's order, as the
    page prints them side by side ("Agglomération · Répondants · Détresse (%)", "Rennes — 412 · 25 %"). An empty
    cell reads "–"; a row of its label alone is that label. The header says what each figure counts: an answer
    quoting a row quotes it too."""
    out = [CELL_MARK.join(_cell(name) or EMPTY_CELL for name in header)]
    for row in rows:
        cells = [_cell(value) or EMPTY_CELL for value in row[1:]]
        cells += [EMPTY_CELL] * (len(header) - 1 - len(cells))
        label = _cell(row[0]) or EMPTY_CELL
        out.append(label + ROW_MARK + CELL_MARK.join(cells) if any(c != EMPTY_CELL for c in cells) else label)
    return out


def header_columns(line: str) -> list[str] | None:
    """The names of the columns of values a header line as `laid_out` writes it gives ("Financeur · 2022 · 2024"
    -> ["2022", "2024"]); None for any other line (a row opens on its label and " — ")."""
    # (HEADER_PATTERN read cell by cell: the pattern backtracks through every way of cutting a long line of cells)
    cells = line.split(CELL_MARK)
    if (ROW_MARK in line or "\n" in line or not 2 <= len(cells) <= MAX_COLUMNS or len(cells[0]) > COLUMN_CHARS
            or any(not cell or "·" in cell for cell in cells)
            or any(len(cell) > COLUMN_CHARS and not _UNIT_COLUMN.fullmatch(cell) for cell in cells[1:])):
        return None
    return cells[1:]


def header_year_columns(columns: list[str]) -> frozenset[str]:
    """The years a table's columns are named by ("Site · 2024 · 2025 · Part QPV" -> 2024, 2025)."""
    return frozenset(year for name in columns for year in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", name))


def header_label_years(line: str) -> frozenset[str]:
    """The years the first cell of a header line names, the label column's ("Indicateur 2025 · Police · Total" ->
    2025): the year of every row of the table."""
    return header_year_columns([line.split(CELL_MARK)[0]]) if header_columns(line) is not None else frozenset()


def has_figures(values: list[str]) -> bool:
    """True when a row's values hold a figure ("63 000", "25 %"), not only words or empty marks."""
    return any(is_value(v) and any(ch.isdigit() for ch in v) for v in values)


def row_values(line: str, names: list[str]) -> list[str] | None:
    """The cells of a row as `laid_out` writes it ("ARS — 40 000 € · 48 %"), one for each of the header's column
    `names`, in their order; None for any other line."""
    label, mark, cells = line.partition(ROW_MARK)
    if not mark or not label.strip() or CELL_MARK in label:
        return None
    values = cells.split(CELL_MARK)
    return values if len(values) == len(names) and all(v.strip() for v in values) else None


# Tables some PDF writers give a row a line, cells apart by spaces (a browser's or an office suite's print):
# "Structure 2022 2023 2024 2025", then "CMP adultes de Lussac 9 11 14 12". Ingest leaves them as they are; an
# answer reads a row's figures as those of the years over them.
_YEARS_AT_END = re.compile(r"(?:^|\s)((?:(?:19|20)\d\d\s+)+(?:19|20)\d\d)(?:\s+[^\W\d_]+)?\s*$")
# Two figures at least end the row, maybe before a word or two ("24 % 31 % en hausse").
_FIGURES_AT_END = re.compile(r"(?:\s+[-+–−]?\d+(?:[.,]\d+)?(?:\s?%)?){2,}(?:\s+[^\W\d_]+){0,2}\s*$")
RAW_ROW_MAX_CHARS = 140


def header_years(line: str) -> frozenset[str]:
    """The years a table's header line ends on ("Quartier de résidence 2022 2023 2024 2025", "Indicateur 2022 2025
    Évolution"): two at least, else none."""
    m = _YEARS_AT_END.search(line)
    return frozenset(m.group(1).split()) if m else frozenset()


def is_raw_row(line: str) -> bool:
    """True for a line that reads as a table's row given whole: a label, then two figures at least at its end, and
    no sentence's end ("Champ-Rollin 118 124 139 147", "Antenne de Vaulmières fermée fermée 7 10")."""
    line = line.strip()
    if len(line) > RAW_ROW_MAX_CHARS or not line[:1].isalpha() or line.endswith((".", ";", ":", "?", "!")) or \
            " : " in line or " — " in line:  # a row ingest laid out names its columns
        return False
    return bool(_FIGURES_AT_END.search(line))
