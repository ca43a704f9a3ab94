# -*- coding: utf-8 -*-
"""Génère le classeur Excel (.xlsx) du budget prévisionnel 2026-2028 du CLSM d'Ormeval (document fictif).

openpyxl n'étant pas disponible, le fichier SpreadsheetML est écrit à la main (zipfile) : chaînes partagées,
styles (formats monétaire et pourcentage), cellules fusionnées, formules avec valeur en cache (<f> + <v>),
propriétés du document. Trois feuilles : budget par année, répartition par financeur, notes.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-15_ville-ormeval_budget-previsionnel-clsm-2026-2028.xlsx")

# ---------------------------------------------------------------- styles (index cellXfs)
S_DEF, S_TITLE, S_HEAD, S_TXT, S_EUR, S_SUBL, S_SUBE, S_TOTL, S_TOTE, S_PCT, S_NOTE, S_SECT, S_PCTB, S_WRAP, \
    S_SUB2 = range(15)

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0\\ &quot;€&quot;"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>
<fonts count="5">
<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>
<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>
<font><b/><sz val="14"/><color rgb="FF1F4E79"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>
<font><i/><sz val="9"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>
<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>
</fonts>
<fills count="5">
<fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FF1F4E79"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill>
</fills>
<borders count="2">
<border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"><color rgb="FFA6A6A6"/></left><right style="thin"><color rgb="FFA6A6A6"/></right><top style="thin"><color rgb="FFA6A6A6"/></top><bottom style="thin"><color rgb="FFA6A6A6"/></bottom><diagonal/></border>
</borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="15">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="4" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="0" fontId="1" fillId="4" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>
<xf numFmtId="164" fontId="1" fillId="4" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>
<xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>
<xf numFmtId="164" fontId="1" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/>
<xf numFmtId="165" fontId="1" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>
</styleSheet>
"""

strings, string_idx = [], {}


def sst(s):
    if s not in string_idx:
        string_idx[s] = len(strings)
        strings.append(s)
    return string_idx[s]


def col_letter(c):
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def ref_to_rc(ref):
    m = re.match(r"([A-Z]+)(\d+)$", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return int(m.group(2)), c


class Sheet:
    def __init__(self, name):
        self.name = name
        self.cells = {}     # (row, col) -> (kind, value, formula, style)
        self.merges = []
        self.widths = {}
        self.heights = {}

    def set(self, ref, value, style=S_DEF, formula=None):
        r, c = ref_to_rc(ref)
        self.cells[(r, c)] = (value, formula, style)

    def merge(self, rng, style=None):
        self.merges.append(rng)
        if style is not None:        # les cellules couvertes reçoivent le style (bordures de l'en-tête)
            a, b = rng.split(":")
            r1, c1 = ref_to_rc(a)
            r2, c2 = ref_to_rc(b)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) not in self.cells:
                        self.cells[(r, c)] = (None, None, style)

    def value(self, ref):
        return self.cells[ref_to_rc(ref)][0]

    def xml(self):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        rows = sorted({r for r, _ in self.cells})
        maxc = max(c for _, c in self.cells)
        out.append('<dimension ref="A1:%s%d"/>' % (col_letter(maxc), rows[-1]))
        out.append('<sheetViews><sheetView workbookViewId="0"%s><selection activeCell="A1" sqref="A1"/>'
                   '</sheetView></sheetViews>' % (' tabSelected="1"' if self.name.startswith("Budget") else ""))
        out.append('<sheetFormatPr defaultRowHeight="15"/>')
        if self.widths:
            out.append("<cols>")
            for c in sorted(self.widths):
                out.append('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (c, c, self.widths[c]))
            out.append("</cols>")
        out.append("<sheetData>")
        for r in rows:
            ht = self.heights.get(r)
            out.append('<row r="%d"%s>' % (r, ' ht="%s" customHeight="1"' % ht if ht else ""))
            for c in sorted(c for rr, c in self.cells if rr == r):
                value, formula, style = self.cells[(r, c)]
                ref = "%s%d" % (col_letter(c), r)
                s = ' s="%d"' % style if style else ""
                if formula is not None:
                    v = value
                    vtxt = str(int(v)) if float(v).is_integer() else repr(round(v, 6))
                    out.append('<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, s, escape(formula), vtxt))
                elif value is None:
                    out.append('<c r="%s"%s/>' % (ref, s))
                elif isinstance(value, str):
                    out.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, s, sst(value)))
                else:
                    vtxt = str(int(value)) if float(value).is_integer() else repr(value)
                    out.append('<c r="%s"%s><v>%s</v></c>' % (ref, s, vtxt))
            out.append("</row>")
        out.append("</sheetData>")
        if self.merges:
            out.append('<mergeCells count="%d">' % len(self.merges))
            for m in self.merges:
                out.append('<mergeCell ref="%s"/>' % m)
            out.append("</mergeCells>")
        out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
        out.append('<pageSetup paperSize="9" orientation="landscape"/>')
        out.append('<headerFooter><oddHeader>&amp;L&amp;"Calibri,Italique"&amp;8Ville d\'Ormeval — Direction de la '
                   'cohésion sociale&amp;R&amp;8Document de travail</oddHeader><oddFooter>&amp;L&amp;8&amp;F'
                   '&amp;R&amp;8Page &amp;P / &amp;N</oddFooter></headerFooter>')
        out.append("</worksheet>")
        return "".join(out)


# ---------------------------------------------------------------- feuille 1 : budget
b = Sheet("Budget 2026-2028")
b.widths = {1: 62, 2: 14, 3: 14, 4: 14, 5: 17}
b.set("A1", "CLSM d'Ormeval — budget prévisionnel pluriannuel 2026-2028", S_TITLE)
b.merge("A1:E1")
b.set("A2", "Document de travail — Direction de la cohésion sociale — version du 15/01/2026 — montants en euros TTC",
      S_NOTE)
b.merge("A2:E2")
b.set("A4", "Poste budgétaire", S_HEAD)
b.merge("A4:A5", S_HEAD)
b.set("B4", "Montants prévisionnels (€)", S_HEAD)
b.merge("B4:D4", S_HEAD)
b.set("E4", "Total 2026-2028", S_HEAD)
b.merge("E4:E5", S_HEAD)
for col, y in zip("BCD", ("2026", "2027", "2028")):
    b.set(col + "5", y, S_HEAD)
b.heights[4] = 20

charges = {
    8: ("Rémunération chargée de la coordinatrice (1 ETP)", 49500, 50700, 51900),
    9: ("Déplacements, formation continue et analyse de la pratique", 2500, 2500, 2500),
    12: ("Formations aux premiers secours en santé mentale (PSSM)", 9600, 14400, 14400),
    13: ("Semaines d'information sur la santé mentale (SISM)", 4000, 4500, 4500),
    14: ("Permanences d'écoute d'une psychologue dans les deux QPV", 6000, 6000, 6000),
    15: ("Annuaire des ressources en santé mentale (conception, impression)", 3500, 800, 800),
    18: ("Réunions, communication, petites fournitures", 2900, 3600, 3400),
    19: ("Actualisation du diagnostic local de santé mentale", 0, 0, 2500),
    24: ("Agence régionale de santé Centre-Val de Loire (FIR)", 32000, 33000, 34000),
    25: ("Ville d'Ormeval (budget principal)", 34000, 36500, 38500),
    26: ("Contrat de ville — crédits politique de la ville (État)", 12000, 13000, 13500),
}
sections = {6: "CHARGES", 7: "1. Coordination du CLSM", 11: "2. Actions du plan d'action",
            17: "3. Fonctionnement", 23: "PRODUITS (financements attendus)"}
for r, label in sections.items():
    b.set("A%d" % r, label, S_SECT)
    b.merge("A%d:E%d" % (r, r), S_SECT)
for r, (label, *vals) in charges.items():
    b.set("A%d" % r, label, S_TXT)
    for col, v in zip("BCD", vals):
        b.set("%s%d" % (col, r), v, S_EUR)
    b.set("E%d" % r, sum(vals), S_EUR, "SUM(B%d:D%d)" % (r, r))


def colsum(sheet, col, rows):
    return sum(sheet.value("%s%d" % (col, r)) for r in rows)


for r, label, rows in ((10, "Sous-total coordination", (8, 9)), (16, "Sous-total actions", (12, 13, 14, 15)),
                       (20, "Sous-total fonctionnement", (18, 19))):
    b.set("A%d" % r, label, S_SUBL)
    for col in "BCDE":
        b.set("%s%d" % (col, r), colsum(b, col, rows), S_SUBE, "SUM(%s%d:%s%d)" % (col, rows[0], col, rows[-1]))
b.set("A21", "TOTAL DES CHARGES", S_TOTL)
for col in "BCDE":
    b.set("%s21" % col, colsum(b, col, (10, 16, 20)), S_TOTE, "%s10+%s16+%s20" % (col, col, col))
b.set("A27", "TOTAL DES PRODUITS", S_TOTL)
for col in "BCDE":
    b.set("%s27" % col, colsum(b, col, (24, 25, 26)), S_TOTE, "SUM(%s24:%s26)" % (col, col))
b.set("A28", "Solde (produits − charges)", S_SUBL)
for col in "BCDE":
    b.set("%s28" % col, b.value("%s27" % col) - b.value("%s21" % col), S_SUBE, "%s27-%s21" % (col, col))
b.set("A30", "Budget à l'équilibre. Hypothèses de calcul et contributions en nature : voir l'onglet « Notes ».", S_NOTE)
b.merge("A30:E30")
assert [b.value(c + "21") for c in "BCDE"] == [78000, 82500, 86000, 246500]
assert [b.value(c + "27") for c in "BCDE"] == [78000, 82500, 86000, 246500]

# ---------------------------------------------------------------- feuille 2 : répartition
rp = Sheet("Répartition financeurs")
rp.widths = {1: 44, 2: 12, 3: 9, 4: 12, 5: 9, 6: 12, 7: 9, 8: 13, 9: 9, 10: 52}
rp.set("A1", "Répartition du financement du CLSM par financeur et par année", S_TITLE)
rp.merge("A1:J1")
rp.set("A3", "Financeur", S_HEAD)
rp.merge("A3:A4", S_HEAD)
for c1, c2, y in (("B", "C", "2026"), ("D", "E", "2027"), ("F", "G", "2028"), ("H", "I", "Cumul 2026-2028")):
    rp.set(c1 + "3", y, S_HEAD)
    rp.merge("%s3:%s3" % (c1, c2), S_HEAD)
    rp.set(c1 + "4", "Montant (€)", S_HEAD)
    rp.set(c2 + "4", "Part", S_HEAD)
rp.set("J3", "Commentaire", S_HEAD)
rp.merge("J3:J4", S_HEAD)
funders = [(5, "Agence régionale de santé (ARS)", 24, "50 % du poste de coordination + formations PSSM"),
           (6, "Ville d'Ormeval", 25, "Part en hausse : 43,6 % en 2026, 44,8 % en 2028"),
           (7, "Contrat de ville (État)", 26, "Crédits votés chaque année ; 2027 et 2028 indicatifs")]
src = "'Budget 2026-2028'!"
for r, name, srow, comment in funders:
    rp.set("A%d" % r, name, S_TXT)
    for mc, bc in zip("BDFH", "BCDE"):
        rp.set("%s%d" % (mc, r), b.value("%s%d" % (bc, srow)), S_EUR, "%s%s%d" % (src, bc, srow))
    rp.set("J%d" % r, comment, S_TXT)
rp.set("A8", "Total", S_TOTL)
for mc in "BDFH":
    rp.set(mc + "8", colsum(rp, mc, (5, 6, 7)), S_TOTE, "SUM(%s5:%s7)" % (mc, mc))
for mc, pc in zip("BDFH", "CEGI"):
    for r in (5, 6, 7):
        rp.set("%s%d" % (pc, r), round(rp.value("%s%d" % (mc, r)) / rp.value(mc + "8"), 3), S_PCT,
               "ROUND(%s%d/%s$8,3)" % (mc, r, mc))
    rp.set(pc + "8", round(colsum(rp, pc, (5, 6, 7)), 3), S_PCTB, "SUM(%s5:%s7)" % (pc, pc))
rp.set("J8", "Contrôle : égal au total des produits de l'onglet budget", S_TOTL)
rp.set("A10", "Parts arrondies au dixième de point. Les montants sont repris de l'onglet « Budget 2026-2028 ».",
       S_NOTE)
rp.merge("A10:J10")
assert rp.value("C5") == 0.41 and rp.value("C6") == 0.436 and rp.value("G6") == 0.448

# ---------------------------------------------------------------- feuille 3 : notes
nt = Sheet("Notes")
nt.widths = {1: 9, 2: 120}
nt.set("A1", "Notes et hypothèses du budget prévisionnel", S_TITLE)
nt.merge("A1:B1")
notes = [
    "Budget préparé par la direction de la cohésion sociale (Julien Péronnet, chef de projet politique de la "
    "ville) ; examiné par le comité de pilotage du 29 janvier 2026 et présenté à l'assemblée plénière du "
    "12 février 2026.",
    "Coordination : rémunération d'une attachée territoriale à temps complet (4e échelon, IFSE comprise), "
    "charges patronales incluses, revalorisée de 2,4 % par an.",
    "Part de l'ARS : le fonds d'intervention régional (FIR) finance 50 % du coût total du poste de coordination, "
    "soit 26 000 € en 2026, 26 600 € en 2027 et 27 200 € en 2028 ; le reste de la subvention ARS (6 000 €, "
    "6 400 € puis 6 800 €) est fléché sur les formations PSSM.",
    "Contrat de ville : crédits attribués chaque année après l'appel à projets du contrat de ville « Engagements "
    "Quartiers 2030 » ; les montants 2027 et 2028 sont indicatifs et ne valent pas engagement de l'État.",
    "PSSM : 2 400 € par session de 12 stagiaires (module standard de deux jours) ; 4 sessions en 2026, puis "
    "6 sessions par an en 2027 et 2028.",
    "Permanences d'écoute : deux permanences de deux heures par mois dans chaque QPV (centre social des "
    "Grands-Prés, maison de quartier du Clos-Saint-Marc), assurées par une psychologue vacataire rémunérée "
    "62,50 € de l'heure.",
    "Contributions en nature non comprises dans le total : bureau et salles de réunion de la Maison de la "
    "cohésion sociale (Ville) ; temps médical du centre hospitalier de la Vaudaine (0,1 ETP de psychiatre), "
    "valorisé pour mémoire à 11 000 € par an.",
    "Actualisation du diagnostic local prévue en 2028, avant l'échéance de la convention constitutive "
    "(décembre 2028).",
]
nt.set("A3", "N°", S_HEAD)
nt.set("B3", "Note", S_HEAD)
for i, n in enumerate(notes, 1):
    nt.set("A%d" % (3 + i), "Note %d" % i, S_TXT)
    nt.set("B%d" % (3 + i), n, S_TXT)
    nt.heights[3 + i] = 32
nt.set("A13", "Contact : clsm@ormeval.example — 02 99 00 47 12", S_NOTE)
nt.merge("A13:B13")

SHEETS = [b, rp, nt]


def sst_xml():
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
             'spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))]
    for s in strings:
        sp = ' xml:space="preserve"' if s != s.strip() else ""
        parts.append("<si><t%s>%s</t></si>" % (sp, escape(s)))
    parts.append("</sst>")
    return "".join(parts)


def main():
    sheet_xml = [s.xml() for s in SHEETS]       # remplit la table des chaînes partagées
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sheet.main+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.spreadsheetml.worksheet+xml"/>' % i for i in range(1, len(SHEETS) + 1)) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-'
          'properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<workbookPr defaultThemeVersion="164011"/><bookViews><workbookView xWindow="0" yWindow="0" '
          'windowWidth="28800" windowHeight="12300"/></bookViews><sheets>'
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(s.name), i, i)
                    for i, s in enumerate(SHEETS, 1)) +
          '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'
          "'Budget 2026-2028'!$A$1:$E$30</definedName></definedNames>"
          '<calcPr calcId="191029"/></workbook>')
    n = len(SHEETS)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i)
                        for i in range(1, n + 1)) +
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'styles" Target="styles.xml"/>' % (n + 1) +
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'sharedStrings" Target="sharedStrings.xml"/></Relationships>' % (n + 2))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Budget prévisionnel CLSM Ormeval 2026-2028</dc:title>'
            '<dc:creator>Julien Péronnet</dc:creator><cp:lastModifiedBy>Julien Péronnet</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-08T09:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-15T16:40:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>Microsoft Excel</Application><Company>Ville d\'Ormeval</Company>'
           '<AppVersion>16.0300</AppVersion></Properties>')
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("docProps/core.xml", core)
        z.writestr("docProps/app.xml", app)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wbrels)
        z.writestr("xl/styles.xml", STYLES)
        for i, x in enumerate(sheet_xml, 1):
            z.writestr("xl/worksheets/sheet%d.xml" % i, x)
        z.writestr("xl/sharedStrings.xml", sst_xml())
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
