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
