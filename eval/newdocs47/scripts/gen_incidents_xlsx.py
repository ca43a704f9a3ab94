# -*- coding: utf-8 -*-
"""Génère le classeur .xlsx du CLSM de Montvalès (extraction du 20 janvier 2026), deux feuilles :

1. « Incidents signalés » : titre et sous-titre en cellules fusionnées, tableau des incidents signalés par
   structure et par année (2022 à 2025) avec une ligne « Total Montvalès » (valeurs, pas de formules), une
   colonne « dont violences physiques 2025 », puis un second bloc « pour comparaison » (métropole, département)
   sous un titre fusionné, et des notes de lecture.
2. « Séances GAPP 2025-2026 » : titre fusionné, liste des séances des groupes d'analyse des pratiques
   professionnelles (numéro, date saisie en texte, horaire, groupe, lieu, animateur·rice, statut, participants).

Le fichier est écrit à la main (zipfile + SpreadsheetML), sans bibliothèque tierce : chaînes partagées,
styles (gras, fond, bordures), cellules fusionnées, largeurs de colonnes, propriétés du document.

Tout est inventé (ville, structures, personnes, chiffres).
"""
import calendar
import datetime as dt
import os
import re

import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-20_clsm-montvales_incidents-et-seances-gapp.xlsx")

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def date_fr(d):
    return "%s %d %s %d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year)


def nth_weekday(y, m, wd, n):
    days = [d for d in calendar.Calendar().itermonthdates(y, m) if d.month == m and d.weekday() == wd]
    return days[n - 1]



# ---------------------------------------------------------------- mini-écrivain SpreadsheetML
class Side:
    def __init__(self, style="thin", color="808080"):
        self.style, self.color = style, color


class Border:
    def __init__(self, **kw):
        self.on = True


class PatternFill:
    def __init__(self, kind, fgColor):
        self.color = fgColor


class Font:
    def __init__(self, bold=False, italic=False, size=11):
        self.bold, self.italic, self.size = bold, italic, size


class Alignment:
    def __init__(self, **kw):
        self.wrap = kw.get("wrap_text", False)


class Cell:
    def __init__(self, value=None):
        self.value, self.font, self.fill, self.border, self.alignment = value, None, None, None, None


class _Dim:
    def __init__(self):
        self.width = None


class _Dims(dict):
    def __missing__(self, k):
        self[k] = _Dim()
        return self[k]


def col_letter(j):
    s = ""
    while j:
        j, r = divmod(j - 1, 26)
        s = chr(65 + r) + s
    return s


def parse_ref(ref):
    m = re.match(r"([A-Z]+)(\d+)$", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


class Worksheet:
    def __init__(self, title):
        self.title, self.cells, self.merges, self.column_dimensions = title, {}, [], _Dims()

    def cell(self, row, column, value=None):
        c = self.cells.setdefault((row, column), Cell())
        if value is not None:
            c.value = value
        return c

    def __getitem__(self, ref):
        return self.cell(*parse_ref(ref))

    def __setitem__(self, ref, value):
        self.cell(*parse_ref(ref)).value = value

    def merge_cells(self, rng=None, start_row=None, start_column=None, end_row=None, end_column=None):
        if rng is None:
            rng = "%s%d:%s%d" % (col_letter(start_column), start_row, col_letter(end_column), end_row)
        self.merges.append(rng)


class _Props:
    pass


class Workbook:
    def __init__(self):
        self.sheets = [Worksheet("Feuil1")]
        self.properties = _Props()

    @property
    def active(self):
        return self.sheets[0]

    def create_sheet(self):
        ws = Worksheet("Feuil%d" % (len(self.sheets) + 1))
        self.sheets.append(ws)
        return ws

    def save(self, path):
        fonts, fills, xfs = [(False, False, 11)], ["none", "gray125"], [(0, 0, 0, 0)]
        strings, sidx = [], {}

        def style_of(c):
            f = (c.font.bold, c.font.italic, c.font.size) if c.font else (False, False, 11)
            if f not in fonts:
                fonts.append(f)
            fi = 0
            if c.fill:
                if c.fill.color not in fills:
                    fills.append(c.fill.color)
                fi = fills.index(c.fill.color)
            x = (fonts.index(f), fi, 1 if c.border else 0, 1 if (c.alignment and c.alignment.wrap) else 0)
            if x not in xfs:
                xfs.append(x)
            return xfs.index(x)

        sheet_xml = []
        for ws in self.sheets:
            rows = {}
            for (r, cidx), c in sorted(ws.cells.items()):
                rows.setdefault(r, []).append((cidx, c))
            out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.'
                   'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                   '<sheetFormatPr defaultRowHeight="15"/>']
            if ws.column_dimensions:
                out.append("<cols>")
                for col, d in sorted(ws.column_dimensions.items(), key=lambda kv: parse_ref(kv[0] + "1")[1]):
                    j = parse_ref(col + "1")[1]
                    out.append('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (j, j, d.width))
                out.append("</cols>")
            out.append("<sheetData>")
            for r in sorted(rows):
                out.append('<row r="%d">' % r)
                for cidx, c in rows[r]:
                    ref = "%s%d" % (col_letter(cidx), r)
                    st = style_of(c)
                    v = c.value
                    if v is None:
                        out.append('<c r="%s" s="%d"/>' % (ref, st))
                    elif isinstance(v, (int, float)):
                        out.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, st, v))
                    else:
                        if v not in sidx:
                            sidx[v] = len(strings)
                            strings.append(v)
                        out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, st, sidx[v]))
                out.append("</row>")
            out.append("</sheetData>")
            if ws.merges:
                out.append('<mergeCells count="%d">' % len(ws.merges))
                out += ['<mergeCell ref="%s"/>' % m for m in ws.merges]
                out.append("</mergeCells>")
            out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                       '</worksheet>')
            sheet_xml.append("".join(out))
        ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">'
               % (ns, len(strings), len(strings))]
        sst += ["<si><t xml:space=\"preserve\">%s</t></si>" % escape(t) for t in strings]
        sst.append("</sst>")
        st = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet %s>' % ns]
        st.append('<fonts count="%d">' % len(fonts))
        for b, i, sz in fonts:
            st.append("<font>%s%s<sz val=\"%s\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                      % ("<b/>" if b else "", "<i/>" if i else "", sz))
        st.append('</fonts><fills count="%d">' % len(fills))
        for f in fills:
            if f in ("none", "gray125"):
                st.append('<fill><patternFill patternType="%s"/></fill>' % f)
            else:
                st.append('<fill><patternFill patternType="solid"><fgColor rgb="FF%s"/><bgColor indexed="64"/>'
                          '</patternFill></fill>' % f)
        st.append('</fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
                  '<border>' + "".join('<%s style="thin"><color rgb="FF808080"/></%s>' % (x, x)
                                      for x in ("left", "right", "top", "bottom")) + '<diagonal/></border></borders>'
                  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>')
        st.append('<cellXfs count="%d">' % len(xfs))
        for fo, fi, bo, wr in xfs:
            st.append('<xf numFmtId="0" fontId="%d" fillId="%d" borderId="%d" xfId="0"%s%s%s>%s</xf>' % (
                fo, fi, bo, ' applyFont="1"' if fo else "", ' applyFill="1"' if fi else "",
                ' applyBorder="1"' if bo else "",
                '<alignment wrapText="1" vertical="center"/>' if wr else ""))
        st.append('</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
                  '</styleSheet>')
        R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        wbx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s xmlns:r="%s"><sheets>'
               % (ns, R)]
        for i, ws in enumerate(self.sheets, 1):
            wbx.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(ws.title), i, i))
        wbx.append("</sheets></workbook>")
        rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                'openxmlformats.org/package/2006/relationships">']
        n = len(self.sheets)
        for i in range(1, n + 1):
            rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, R, i))
        rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>' % (n + 1, R))
        rels.append('<Relationship Id="rId%d" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2, R))
        rels.append("</Relationships>")
        ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats'
              '.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
              '-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'spreadsheetml.sheet.main+xml"/>']
        for i in range(1, n + 1):
            ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-'
                      'officedocument.spreadsheetml.worksheet+xml"/>' % i)
        ct.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                  'spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                  'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/'
                  'core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override '
                  'PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                  'extended-properties+xml"/></Types>')
        p = self.properties
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://'
                'schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/'
                'elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/'
                'XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type='
                '"dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:'
                'modified></cp:coreProperties>' % (escape(p.title), escape(p.creator),
                                                    p.created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                                    p.modified.strftime("%Y-%m-%dT%H:%M:%SZ")))
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
               'openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel'
               '</Application></Properties>')
        toprels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument" '
                   'Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/'
                   '2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" '
                   'Type="%s/extended-properties" Target="docProps/app.xml"/></Relationships>' % (R, R))
        zi = lambda name: zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 30, 0))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", toprels),
                               ("docProps/core.xml", core), ("docProps/app.xml", app),
                               ("xl/workbook.xml", "".join(wbx)), ("xl/_rels/workbook.xml.rels", "".join(rels)),
                               ("xl/styles.xml", "".join(st)), ("xl/sharedStrings.xml", "".join(sst))] + [
                    ("xl/worksheets/sheet%d.xml" % i, x) for i, x in enumerate(sheet_xml, 1)]:
                info = zi(name)
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data.encode("utf-8"))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DCE6F1")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")

INCIDENTS = [
    ("Ville — accueil de l'hôtel de ville", "centre-ville", 31, 38, 44, 47, 3),
    ("Ville — mairie annexe des Tamaris", "Les Tamaris (QPV)", 12, 15, 19, 23, 2),
    ("CCAS — accueil et instruction", "centre-ville", 18, 22, 27, 25, 1),
    ("HDM — gardiens d'immeuble (Montvalès)", "Les Tamaris et La Capelière (QPV)", 9, 14, 21, 26, 4),
    ("Médiance — médiateurs sociaux", "Les Tamaris et La Capelière (QPV)", 3, 5, 7, 10, 1),
]
COMPARAISON = [
    ("Métropole Val-de-Durance", "agents métropolitains, tous sites (31 communes)", 902, 968, 1046, 1182),
    ("Département de Durance-Alpilles", "travailleurs sociaux des maisons départementales des solidarités",
     214, 236, 251, 268),
]


def sheet_incidents(ws):
    ws.title = "Incidents signalés"
    ws["A1"] = "CLSM de Montvalès — incidents signalés par les professionnels de première ligne, 2022-2025"
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Source : fiches de signalement d'incident (ville, CCAS), registres d'Habitat Durance Méditerranée "
                "et de Médiance — extraction du 15 janvier 2026")
    ws.merge_cells("A2:G2")
    ws["A2"].font = Font(italic=True, size=9)
    head = ["Structure", "Site / quartier", "2022", "2023", "2024", "2025", "dont violences physiques 2025"]
    r = 4
    for j, h in enumerate(head, 1):
        c = ws.cell(row=r, column=j, value=h)
        c.font, c.fill, c.border = Font(bold=True), HEAD_FILL, BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for row in INCIDENTS:
        r += 1
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
    r += 1
    totals = ["Total Montvalès", None] + [sum(x[k] for x in INCIDENTS) for k in range(2, 7)]
    for j, v in enumerate(totals, 1):
        c = ws.cell(row=r, column=j, value=v)
        c.font, c.fill, c.border = Font(bold=True), TOTAL_FILL, BOX
    r += 2
    ws.cell(row=r, column=1, value="Pour comparaison — périmètres et sources différents, ne pas additionner "
                                   "aux chiffres de Montvalès")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1).font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Territoire", "Population concernée", "2022", "2023", "2024", "2025"], 1):
        c = ws.cell(row=r, column=j, value=h)
        c.font, c.fill, c.border = Font(bold=True), HEAD_FILL, BOX
    for row in COMPARAISON:
        r += 1
        for j, v in enumerate(row, 1):
            ws.cell(row=r, column=j, value=v).border = BOX
    r += 2
    notes = [
        "Notes de lecture",
        "1. Un incident = une fiche de signalement (injure, menace, incivilité grave, violence physique, "
        "dégradation). Une même situation peut donner lieu à plusieurs fiches si plusieurs agents sont concernés.",
        "2. Les signalements de la mairie annexe des Tamaris incluent ceux de l'agence postale communale installée "
        "dans le même bâtiment.",
        "3. HDM : seuls les gardiens des résidences de Montvalès (14 gardiens, 10 loges) sont comptés, pas ceux des "
        "autres communes de la métropole.",
        "4. Métropole : chiffres transmis par la direction des ressources humaines de la métropole le 9 janvier 2026.",
    ]
    for k, n in enumerate(notes):
        c = ws.cell(row=r + k, column=1, value=n)
        c.font = Font(bold=(k == 0), size=9, italic=(k > 0))
    for col, w in zip("ABCDEFG", (42, 36, 9, 9, 9, 9, 16)):
        ws.column_dimensions[col].width = w


def gapp_rows():
    cutoff = dt.date(2026, 1, 20)
    groups = [
        ("Accueil (agents d'accueil ville et CCAS)", 0, 2, "14 h – 16 h 30", "Hôtel de ville, salle Mistral",
         "Mathilde Roux", [9, 10, 11, 12, 1, 3, 4, 6]),
        ("Gardiens d'immeuble (HDM)", 1, 1, "9 h 30 – 12 h", "Local HDM des Tamaris, bâtiment C",
         "Yannick Delorme", [9, 10, 11, 12, 1, 3, 4, 6]),
        ("Travailleurs sociaux (CCAS et MDS)", 3, 3, "9 h 30 – 12 h", "MDS de Montvalès, salle 2",
         "Mathilde Roux", [9, 10, 11, 12, 1, 3, 4, 6]),
        ("Médiateurs sociaux (Médiance)", 3, 3, "14 h – 16 h 30", "Centre social La Capelière",
         "Yannick Delorme", [1, 2, 3, 4, 5, 6]),
    ]
    part = iter([8, 7, 9, 6, 8, 7, 9, 8, 7, 6, 9, 8, 9, 7, 8, 10, 9, 8, 7, 8, 6, 9])
    rows = []
    for name, wd, nth, hours, place, anim, months in groups:
        for m in months:
            y = 2025 if m >= 9 else 2026
            d = nth_weekday(y, m, wd, nth)
            who, status, n = anim, ("réalisée" if d < cutoff else "prévue"), None
            if name.startswith("Gardiens") and (y, m) == (2025, 11):
                rows.append((d, hours, name, place, anim, "reportée au mercredi 12 novembre 2025", None))
                d = dt.date(2025, 11, 12)
            if name.startswith("Accueil") and (y, m) == (2026, 1):
                who = "Inès Carbonel (remplace Mathilde Roux)"
            if status == "réalisée":
                n = next(part)
            rows.append((d, hours, name, place, who, status, n))
    rows.sort(key=lambda x: (x[0], x[1]))
    return rows


def sheet_gapp(ws):
    ws.title = "Séances GAPP 2025-2026"
    ws["A1"] = "Groupes d'analyse des pratiques professionnelles (GAPP) — calendrier des séances, septembre 2025 à juin 2026"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Mise à jour du 20 janvier 2026 — séances de 2 h 30, 6 à 10 participants, sans la hiérarchie"
    ws.merge_cells("A2:H2")
    ws["A2"].font = Font(italic=True, size=9)
    head = ["N°", "Date", "Horaire", "Groupe", "Lieu", "Animateur·rice", "Statut", "Participants"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font, c.fill, c.border = Font(bold=True), HEAD_FILL, BOX
    r = 4
    for i, (d, hours, name, place, who, status, n) in enumerate(gapp_rows(), 1):
        r += 1
        for j, v in enumerate([i, date_fr(d), hours, name, place, who, status, n], 1):
            ws.cell(row=r, column=j, value=v).border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Inscriptions et remplacements : Sabrina Ferracci, coordinatrice du CLSM, "
                                   "03 99 00 41 20, clsm@montvales.example")
    ws.cell(row=r + 1, column=1, value="Le 4e groupe (médiateurs sociaux de Médiance) démarre le 15 janvier 2026 ; "
                                       "il est financé par le contrat de ville (appel à projets 2026).")
    for col, w in zip("ABCDEFGH", (5, 28, 16, 40, 34, 38, 36, 12)):
        ws.column_dimensions[col].width = w


def build():
    wb = Workbook()
    sheet_incidents(wb.active)
    sheet_gapp(wb.create_sheet())
    wb.properties.creator = "Sabrina Ferracci"
    wb.properties.title = "Incidents signalés et séances GAPP — CLSM de Montvalès"
    wb.properties.created = dt.datetime(2026, 1, 20, 9, 30)
    wb.properties.modified = dt.datetime(2026, 1, 20, 9, 30)
    wb.save(OUT)
    print(OUT)


if __name__ == "__main__":
    build()
