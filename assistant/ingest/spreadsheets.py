"""Spreadsheets (.xlsx, .ods, .csv): one unit per shown sheet, its rows read as a table (the first row as the
header line, then each row as its first cell and the others in the header's order), cited by the sheet's name."""

from __future__ import annotations

import csv
import datetime as dt
import io
import posixpath
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import IngestError
from ..models import Document, Location, Unit
from . import clean, odf_reading
from .catalog import resolve_meta
from .office_files import OfficeFormat, open_package, reading, table_lines
from .text import decode_text

XLSX = OfficeFormat(".xlsx", "Classeur Excel", False, main_part="xl/workbook.xml")
ODS = OfficeFormat(".ods", "Classeur OpenDocument", False, mimetype="application/vnd.oasis.opendocument.spreadsheet")
MAX_ROWS = 2000  # rows read from one sheet: a longer one is a data export, not a document to quote


def _document(path: Path, entry: dict | None, sheets: list[tuple[str, list[list[str]]]], what: str) -> Document:
    units = []
    for name, rows in sheets:
        rows = [[" ".join(clean.normalise_chars(cell).split()) for cell in row] for row in rows[:MAX_ROWS]]
        lines = [line for line in table_lines([row for row in rows if any(row)]) if line.strip()]
        if lines:
            n = len(units) + 1
            units.append(Unit(text="\n".join(lines), location=Location(kind="section", start=n, end=n, section=name),
                              title=name))
    if not units:
        raise IngestError(f"{what} sans cellule remplie : rien à indexer")
    return Document(meta=resolve_meta(path, entry, default_kind="document"), units=units)


# -- .csv ----------------------------------------------------------------------------------------------------------


def load_csv(path: Path, data: bytes, entry: dict | None) -> Document:
    """A table exported as text: cells split by ";" (French exports), "," or a tab, whichever the file uses."""
    text = decode_text(data)
    rows = list(csv.reader(io.StringIO(text), delimiter=_delimiter(text[:20_000])))
    return _document(path, entry, [(path.stem, rows)], "Fichier CSV")


def _delimiter(text: str) -> str:
    """The character splitting the file's cells: the one that splits most of its lines into the same number of
    cells, two or more (a table's rows). Titles and notes above or under the table ("Source : …"), and decimal
    commas ("57,1" in a ";" file), do not change it, as they do Python's csv.Sniffer."""
    def rows_alike(delimiter: str) -> int:
        counts = [len(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(row)]
        usual = max(set(counts), key=counts.count, default=1)
        return counts.count(usual) if usual >= 2 else 0
    return max(";\t,", key=rows_alike)  # (ties: ";", as French exports write, before a tab and a comma)


# -- .ods ----------------------------------------------------------------------------------------------------------


def load_ods(path: Path, data: bytes, entry: dict | None) -> Document:
    """A LibreOffice Calc workbook: each sheet its cells' shown text (odfpy); hidden sheets left out."""
    doc = odf_reading.load(data, ODS)
    with reading(ODS):
        sheets = []
        for table in doc.spreadsheet.getElementsByType(_table_class()) if doc.spreadsheet is not None else []:
            if _hidden_sheet(doc, table):
                continue
            sheets.append((odf_reading.attr(table, odf_reading.TABLENS, "name"), odf_reading.table_rows(table)))
    return _document(path, entry, sheets, ODS.name)


def _hidden_sheet(doc, table) -> bool:
    """True for a sheet the workbook hides: table:display="false" on its table style (as LibreOffice writes it)."""
    style = odf_reading.automatic_style(doc, odf_reading.attr(table, odf_reading.TABLENS, "style-name"))
    return style is not None and any(odf_reading.attr(props, odf_reading.TABLENS, "display") == "false"
                                     for props in odf_reading.children(style))


def _table_class():
    from odf.table import Table

    return Table


# -- .xlsx ---------------------------------------------------------------------------------------------------------

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
_PERCENT_FORMATS = {9, 10}
_DATE_FORMATS = set(range(14, 23)) | {45, 46, 47}
_COLUMN = re.compile(r"([A-Z]+)")


def load_xlsx(path: Path, data: bytes, entry: dict | None) -> Document:
    """An Excel workbook read from its XML parts: each shown sheet's cells as Excel shows the usual ones (shared
    and inline texts, numbers, percentages, dates); formulas by their last computed value."""
    archive = open_package(data, XLSX)
    with reading(XLSX):
        names = set(archive.namelist())
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels")) if "xl/_rels/workbook.xml.rels" in names \
            else None
        targets = {r.get("Id"): r.get("Target", "") for r in (rels if rels is not None else [])}
        shared = _shared_strings(archive.read("xl/sharedStrings.xml")) if "xl/sharedStrings.xml" in names else []
        styles = _cell_formats(archive.read("xl/styles.xml")) if "xl/styles.xml" in names else []
        sheets = []
        for sheet in workbook.iterfind("m:sheets/m:sheet", _NS):
            if sheet.get("state") in ("hidden", "veryHidden"):
                continue
            target = targets.get(sheet.get(f"{{{_NS['r']}}}id"), "")
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            if part in names:
                sheets.append((sheet.get("name", ""), _sheet_rows(ET.fromstring(archive.read(part)), shared, styles)))
    return _document(path, entry, sheets, XLSX.name)


def _shared_strings(xml: bytes) -> list[str]:
    root = ET.fromstring(xml)
    return ["".join(t.text or "" for t in item.iter(f"{{{_NS['m']}}}t")) for item in root.iterfind("m:si", _NS)]


def _cell_formats(xml: bytes) -> list[str]:
    """For each cell style, "percent", "date" or "" (what its number format shows)."""
    root = ET.fromstring(xml)
    custom = {int(f.get("numFmtId", "0")): f.get("formatCode", "") for f in root.iterfind("m:numFmts/m:numFmt", _NS)}
    kinds = []
    for xf in root.iterfind("m:cellXfs/m:xf", _NS):
        number = int(xf.get("numFmtId", "0"))
        code = re.sub(r'"[^"]*"|\[[^\]]*\]', "", custom.get(number, "")).lower()
        kinds.append("percent" if number in _PERCENT_FORMATS or "%" in code
                     else "date" if number in _DATE_FORMATS or (code and re.search(r"[dy]", code)) else "")
    return kinds


def _sheet_rows(sheet: ET.Element, shared: list[str], styles: list[str]) -> list[list[str]]:
    rows = []
    for row in sheet.iterfind("m:sheetData/m:row", _NS):
        cells: dict[int, str] = {}
        for cell in row.iterfind("m:c", _NS):
            column = _column_index(cell.get("r", ""), len(cells))
            cells[column] = _cell_text(cell, shared, styles)
        if cells:
            rows.append([cells.get(i, "") for i in range(max(cells) + 1)])
    return rows


def _column_index(reference: str, default: int) -> int:
    m = _COLUMN.match(reference)
    if not m:
        return default
    index = 0
    for letter in m.group(1):
        index = index * 26 + ord(letter) - 64
    return index - 1


def _cell_text(cell: ET.Element, shared: list[str], styles: list[str]) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{{{_NS['m']}}}t"))
    value = cell.findtext("m:v", default="", namespaces=_NS)
    if kind == "s":
        return shared[int(value)] if value.isdigit() and int(value) < len(shared) else ""
    if kind in ("str", "e") or not value:
        return value
    if kind == "b":
        return "VRAI" if value == "1" else "FAUX"
    index = cell.get("s", "0")
    style = styles[int(index)] if index.isdigit() and int(index) < len(styles) else ""
    try:
        number = float(value)
    except ValueError:
        return value
    if style == "percent":
        return f"{_french_number(round(number * 100, 1))} %"
    if style == "date" and 0 < number < 2_958_466:
        day = dt.date(1899, 12, 30) + dt.timedelta(days=int(number))
        return day.strftime("%d/%m/%Y")
    return _french_number(number)


def _french_number(number: float) -> str:
    """A number as a French reader writes it: "30 000", "12,5"."""
    if number == int(number):
        return f"{int(number):,}".replace(",", " ")
    whole, _, decimals = f"{number:.6f}".rstrip("0").partition(".")
    return f"{int(whole):,}".replace(",", " ") + ("," + decimals if decimals else "")
