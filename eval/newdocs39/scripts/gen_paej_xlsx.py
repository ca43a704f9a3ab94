# -*- coding: utf-8 -*-
"""Génère le classeur Excel (.xlsx) de l'activité mensuelle 2025 du Point Accueil Écoute Jeunes (PAEJ) Le Passage
d'Ardonville. openpyxl n'étant pas installé, le fichier est écrit à la main comme une archive zip de parties XML
SpreadsheetML (Content_Types, rels, workbook, styles, sharedStrings, deux feuilles, docProps).

Mise en page : feuille « Activité 2025 » avec une ligne de titre fusionnée, un en-tête sur deux lignes (groupes
fusionnés en ligne 2, sous-titres en ligne 3, « Mois » fusionné verticalement), douze lignes de mois, une ligne
« Total 2025 » en formules SUM avec valeurs en cache, une ligne « Moyenne mensuelle » (AVERAGE, valeurs en cache
arrondies à une décimale), une source sous le tableau ; feuille « Notes » (définitions, horaires, permanence au
collège, fermeture d'été).

Tout est inventé (structure, personnes, chiffres, numéros en 03 99 00, domaines .example).
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-16_paej-le-passage_activite-mensuelle-2025.xlsx")

MONTHS = ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre",
          "Novembre", "Décembre"]
# colonnes B à J
DATA = {
    "B": [28, 26, 33, 25, 30, 24, 14, 5, 27, 34, 35, 31],       # premiers accueils (nouveaux jeunes)
    "C": [9, 8, 11, 7, 10, 8, 5, 1, 9, 12, 11, 10],             # dont QPV Les Chaumes
    "D": [5, 6, 7, 5, 6, 4, 3, 1, 6, 7, 8, 6],                  # dont QPV Beaulieu-Gare
    "E": [96, 92, 118, 97, 110, 88, 51, 14, 95, 124, 129, 113],  # entretiens individuels jeunes
    "F": [21, 19, 26, 18, 24, 17, 9, 2, 20, 27, 25, 22],         # entretiens avec des parents
    "G": [4, 3, 6, 4, 5, 3, 2, 0, 3, 5, 7, 5],                   # situations de cyberharcèlement
    "H": [6, 5, 7, 6, 6, 4, 3, 1, 5, 8, 8, 7],                   # usage excessif écrans / jeux vidéo
    "I": [3, 2, 4, 3, 3, 2, 1, 0, 2, 4, 4, 3],                   # orientations MDA (dont Pause Manette)
    "J": [2, 1, 2, 1, 2, 1, 1, 0, 1, 2, 2, 2],                   # orientations CMP / CMPP
}
COLS = list("ABCDEFGHIJ")
TITLE = "PAEJ Le Passage — Activité mensuelle 2025 (Ardonville)"
GROUPS = [("A2", "Mois"), ("B2", "Jeunes accueillis"), ("E2", "Entretiens"), ("G2", "Motifs repérés (situations)"),
          ("I2", "Orientations")]
SUB = {"B3": "Premiers accueils (nouveaux jeunes)", "C3": "dont QPV Les Chaumes", "D3": "dont QPV Beaulieu-Gare",
       "E3": "Entretiens individuels (jeunes)", "F3": "Entretiens avec des parents",
       "G3": "Cyberharcèlement", "H3": "Usage excessif des écrans / jeux vidéo",
       "I3": "Vers la Maison des adolescents", "J3": "Vers un CMP / CMPP"}
MERGES = ["A1:J1", "A2:A3", "B2:D2", "E2:F2", "G2:H2", "I2:J2"]

NOTES = [
    "Notes de lecture du tableau d'activité 2025",
    "",
    "Premier accueil : premier entretien d'un jeune jamais reçu au PAEJ depuis le 1er janvier 2025. Un même jeune "
    "n'est compté qu'une fois dans l'année.",
    "Entretiens individuels : tous les entretiens avec un jeune seul (premiers accueils compris), au PAEJ ou en "
    "permanence.",
    "Motifs repérés : une situation est comptée une fois par jeune, dans le mois où le motif apparaît. Un jeune peut "
    "avoir plusieurs motifs.",
    "Cyberharcèlement : situation où le jeune dit subir des violences répétées en ligne (voir le protocole du "
    "CLSM, version 2.1). Les situations où le jeune est auteur ne sont pas comptées ici.",
    "Orientations vers la Maison des adolescents : y compris la consultation Pause Manette (jeux vidéo et écrans).",
    "QPV : quartiers prioritaires de la politique de la ville d'Ardonville (Les Chaumes, Beaulieu-Gare).",
    "",
    "Horaires 2025 : lundi, mardi et vendredi de 14 h à 18 h 30, mercredi de 10 h à 18 h 30, fermé le jeudi "
    "matin.",
    "Permanence avancée au collège Louise-Michel le jeudi de 12 h à 14 h depuis le 6 mars 2025.",
    "Fermeture d'été du 4 au 22 août 2025 : l'activité d'août ne porte que sur huit jours d'ouverture.",
    "Équipe : Nadia Belkacem (responsable, psychologue), Thomas Le Goff (éducateur spécialisé), un poste "
    "d'accueillante à mi-temps vacant de juin à septembre 2025.",
    "",
    "Export du logiciel de suivi le 16 janvier 2026 — Nadia Belkacem, paej.lepassage@cap-jeunes.example, "
    "03 99 00 41 20.",
]


class SST:
    def __init__(self):
        self.items, self.idx = [], {}

    def get(self, s):
        if s not in self.idx:
            self.idx[s] = len(self.items)
            self.items.append(s)
        return self.idx[s]

    def xml(self, count):
        si = "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in self.items)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats'
                '.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>' % (count, len(self.items), si))


sst = SST()
nstr = [0]


def s_cell(ref, s, style=0):
    nstr[0] += 1
    return '<c r="%s" t="s"%s><v>%d</v></c>' % (ref, ' s="%d"' % style if style else "", sst.get(s))


def n_cell(ref, v, style=0, f=None):
    fx = "<f>%s</f>" % f if f else ""
    return '<c r="%s"%s>%s<v>%s</v></c>' % (ref, ' s="%d"' % style if style else "", fx, v)


def row(r, cells, ht=None):
    h = ' ht="%s" customHeight="1"' % ht if ht else ""
    return '<row r="%d"%s>%s</row>' % (r, h, "".join(cells))


def sheet1():
    rows = [row(1, [s_cell("A1", TITLE, 1)], 24)]
    r2 = []
    for col in COLS:
        ref = col + "2"
        lab = dict(GROUPS).get(ref)
        r2.append(s_cell(ref, lab, 2) if lab else '<c r="%s" s="2"/>' % ref)
    rows.append(row(2, r2))
    r3 = ['<c r="A3" s="2"/>'] + [s_cell(c + "3", SUB[c + "3"], 3) for c in COLS[1:]]
    rows.append(row(3, r3, 45))
    for i, m in enumerate(MONTHS):
        r = 4 + i
        rows.append(row(r, [s_cell("A%d" % r, m, 4)] + [n_cell("%s%d" % (c, r), DATA[c][i], 5) for c in COLS[1:]]))
    rows.append(row(16, [s_cell("A16", "Total 2025", 6)] +
                    [n_cell("%s16" % c, sum(DATA[c]), 7, "SUM(%s4:%s15)" % (c, c)) for c in COLS[1:]]))
    rows.append(row(17, [s_cell("A17", "Moyenne mensuelle", 4)] +
                    [n_cell("%s17" % c, round(sum(DATA[c]) / 12.0, 1), 8, "AVERAGE(%s4:%s15)" % (c, c))
                     for c in COLS[1:]]))
    rows.append(row(19, [s_cell("A19", "Source : logiciel de suivi du PAEJ Le Passage (association Cap Jeunes "
                                       "Layon), export du 16 janvier 2026. Voir l'onglet « Notes ».", 9)]))
    cols = '<cols><col min="1" max="1" width="20" customWidth="1"/><col min="2" max="10" width="15" customWidth="1"/></cols>'
    merges = '<mergeCells count="%d">%s</mergeCells>' % (len(MERGES), "".join('<mergeCell ref="%s"/>' % m for m in MERGES))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<dimension ref="A1:J19"/><sheetViews><sheetView workbookViewId="0" tabSelected="1"><pane ySplit="3" '
            'topLeftCell="A4" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>%s<sheetData>%s</sheetData>%s'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            '<pageSetup paperSize="9" orientation="landscape"/></worksheet>' % (cols, "".join(rows), merges))


def sheet2():
    rows = [row(i, [s_cell("A%d" % i, t, 1 if i == 1 else 9)]) for i, t in enumerate(NOTES, 1) if t]
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main"><dimension ref="A1:A%d"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="120" customWidth="1"/></cols>'
            '<sheetData>%s</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
            'footer="0.3"/></worksheet>' % (len(NOTES), "".join(rows)))


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><color rgb="FF1B3A4B"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><i/><sz val="9"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E7EE"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="10">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>
<xf numFmtId="1" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="0" fontId="2" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>
<xf numFmtId="1" fontId="2" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""
WB = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="Activité 2025" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029" fullCalcOnLoad="0"/></workbook>"""
WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"""
CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>PAEJ Le Passage — activité mensuelle 2025</dc:title><dc:creator>Nadia Belkacem</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-16T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-16T09:40:00Z</dcterms:modified></cp:coreProperties>"""
APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>"""


def main():
    s1, s2 = sheet1(), sheet2()
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
        z.writestr("xl/workbook.xml", WB)
        z.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/worksheets/sheet1.xml", s1)
        z.writestr("xl/worksheets/sheet2.xml", s2)
        z.writestr("xl/sharedStrings.xml", sst.xml(nstr[0]))
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
