"""The line format of a table: ingest writes a table's rows as lines, answers read them back as rows."""

from __future__ import annotations

import re

# A figure cell: "412", "25 %", "212 000", "6,1", "40 000 €", "+12 %", "15 jours", or an empty mark ("–", "n.d.").
_VALUE = re.compile(r"[-+–−]?\s?\d[\d  ]*(?:[.,]\d+)?\s*(?:%|‰|€|k€|M€|euros?|jours?|mois|ans?|h|pts?|points?)?"
                    r"|[-–—]|n\.?\s?d\.?|n\.?\s?c\.?|s\.?o\.?", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")

# A header line as `laid_out` writes it ("Financeur · Montant · Part").
HEADER_PATTERN = r"[^·\n]{1,60}(?: · [^·\n]{1,60}){1,5}$"
HEADER_LINE = re.compile(HEADER_PATTERN)


def is_value(cell: str) -> bool:
    return bool(_VALUE.fullmatch(cell.strip()))


def is_year(cell: str) -> bool:
    return bool(_YEAR.fullmatch(cell.strip()))


def laid_out(header: list[str], rows: list[list[str]]) -> list[str]:
    """A table as its header line, then one line per row naming each value's column: "Agglomération ·
    Répondants", "Rennes — Répondants : 412" (empty cells left out; a row of its label alone is that label)."""
    out = [" · ".join(name for name in header if name)]
    for row in rows:
        named = [f"{name} : {value}" for name, value in zip(header[1:], row[1:]) if value]
        out.append(f"{row[0]} — " + " · ".join(named) if named else row[0])
    return out


def header_columns(line: str) -> list[str] | None:
    """The names of the columns of values a header line as `laid_out` writes it gives ("Financeur · 2022 · 2024"
    -> ["2022", "2024"]); None for any other line (a row names its values after " — ")."""
    return line.split(" · ")[1:] if HEADER_LINE.fullmatch(line) and " — " not in line else None


def has_figures(values: list[str]) -> bool:
    """True when a row's values hold a figure ("63 000", "25 %"), not only words or empty marks."""
    return any(is_value(v) and any(ch.isdigit() for ch in v) for v in values)


def row_values(line: str, names: list[str]) -> list[str] | None:
    """The values of a row as `laid_out` writes it ("ARS — Montant : 40 000 € · Part : 48 %"), each named by one
    of the header's column `names`; None for any other line. A label may hold a dash of its own ("État — crédits
    politique de la ville — 2022 : 8 000"): the values start after the dash that the first column's name follows."""
    at = line.find(" — ")
    while at > 0:
        values = _named_values(line[at + 3:], names)
        if values is not None:
            return values
        at = line.find(" — ", at + 3)
    return None


def _named_values(cells: str, names: list[str]) -> list[str] | None:
    values = []
    for cell in cells.split(" · "):
        name = next((name for name in names if cell.startswith(name + " : ")), None)
        if name is None:
            return None
        values.append(cell[len(name) + 3:])
    return values


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
