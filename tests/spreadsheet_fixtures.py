"""Real spreadsheet files for the tests: an .xlsx written part by part as Excel writes it (shared strings, a
percentage and a date style, a hidden sheet), an .ods written by odfpy (LibreOffice's library), a French .csv."""

from __future__ import annotations

import zipfile
from pathlib import Path

ROWS = [["Bailleur", "Gardiens", "Formés", "Part"], ["Varèze Habitat", 42, 27, 0.643], ["Dauphiné Foyers", 28, 16, 0.571]]


def write_xlsx(path: Path, hidden_sheet: bool = True) -> Path:
    strings: list[str] = []

    def cell(ref: str, value) -> str:
        if isinstance(value, str):
            if value not in strings:
                strings.append(value)
            return f'<c r="{ref}" t="s"><v>{strings.index(value)}</v></c>'
        if isinstance(value, tuple):  # ("date", serial): a day, shown by the date style
            return f'<c r="{ref}" s="2"><v>{value[1]}</v></c>'
        style = ' s="1"' if isinstance(value, float) and value < 1 else ""
        return f'<c r="{ref}"{style}><v>{value}</v></c>'

    def sheet(rows) -> str:
        body = "".join(f'<row r="{i}">' + "".join(cell(f"{chr(65 + j)}{i}", v) for j, v in enumerate(row)) + "</row>"
                       for i, row in enumerate(rows, start=1))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats'
                f'.org/spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>')

    formation = sheet(ROWS)
    dated = sheet([["Session", "Date"], ["S5", ("date", 46065)]])  # 12 February 2026
    secret = sheet([["Notes internes", "à ne pas citer"]])
    shared = "".join(f"<si><t>{s}</t></si>" for s in strings)
    sheets = ('<sheet name="Formation PSSM" sheetId="1" r:id="rId1"/><sheet name="Calendrier" sheetId="2" r:id="rId2"/>'
              + ('<sheet name="Brouillon" sheetId="3" state="hidden" r:id="rId3"/>' if hidden_sheet else ""))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships"><sheets>{sheets}</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                             f'relationships/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in (1, 2, 3))
                   + "</Relationships>")
        z.writestr("xl/worksheets/sheet1.xml", formation)
        z.writestr("xl/worksheets/sheet2.xml", dated)
        z.writestr("xl/worksheets/sheet3.xml", secret)
        z.writestr("xl/sharedStrings.xml", '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
                   f'spreadsheetml/2006/main">{shared}</sst>')
        z.writestr("xl/styles.xml", '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10"/>'
                   '<xf numFmtId="14"/></cellXfs></styleSheet>')
    return path


def write_ods(path: Path) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    hidden = Style(name="ta2", family="table")
    hidden.addElement(TableProperties(display="false"))
    doc.automaticstyles.addElement(hidden)
    for name, rows, shown in (("Formation PSSM", ROWS, True), ("Brouillon", [["Notes internes", "à ne pas citer"]],
                                                                   False)):
        table = Table(name=name, **({} if shown else {"stylename": hidden}))
        for row in rows:
            tr = TableRow()
            for value in row:
                shown_text = f"{value * 100:.1f} %".replace(".", ",") if isinstance(value, float) else str(value)
                tc = TableCell()
                tc.addElement(P(text=shown_text))
                tr.addElement(tc)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def write_csv(path: Path) -> Path:
    lines = ["Bailleur;Gardiens;Formés;Part", "Varèze Habitat;42;27;64,3 %", "Dauphiné Foyers;28;16;57,1 %"]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))  # as Excel saves "CSV (séparateur : point-virgule)"
    return path
