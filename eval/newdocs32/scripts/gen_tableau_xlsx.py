# -*- coding: utf-8 -*-
"""Génère le classeur Excel (.xlsx, écrit à la main en SpreadsheetML avec zipfile, openpyxl n'étant pas
disponible) du tableau de bord « Justice et santé mentale » du CLSM d'Aurimont (version du 10 février 2026).

Feuilles : « Lisez-moi » ; « Suivis SPIP par quartier » (titre fusionné, note d'unité « en nombre de
personnes » au-dessus de l'en-tête, formules d'évolution et de taux pour 1 000 habitants renvoyant à la feuille
masquée, second tableau des obligations de soins) ; « Sorties et dispositifs » (indicateurs 2023 / 2024 / 2025) ;
« Cap Sortie par quartier » (formules de totaux) ; « Paramètres » (feuille masquée : populations de référence).
Chaque cellule à formule porte aussi sa valeur calculée (<v>), comme un fichier enregistré par un tableur.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-02-10_clsm-aurimont_tableau-de-bord-justice-sante-mentale.xlsx")

# styles (index cellXfs)
S_DEF, S_TITLE, S_NOTE, S_HEAD, S_INT, S_DEC, S_TXT, S_TXTB, S_INTB, S_DECB = range(10)


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class Sheet:
    def __init__(self, name, hidden=False, widths=None):
        self.name, self.hidden, self.widths = name, hidden, widths or []
        self.cells = {}  # (row, col) -> (kind, value, formula, style)
        self.merges = []

    def set(self, ref, value, style=None, formula=None):
        m = re.match(r"([A-Z]+)(\d+)$", ref)
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        col -= 1
        row = int(m.group(2))
        if style is None:
            style = S_TXT if isinstance(value, str) else S_INT
        self.cells[(row, col)] = (value, formula, style)

    def row(self, r, values, styles=None, formulas=None):
        for i, v in enumerate(values):
            if v is None:
                continue
            st = styles[i] if styles else None
            f = formulas[i] if formulas else None
            self.set("%s%d" % (col_letter(i), r), v, st, f)


def num_str(v):
    if isinstance(v, float):
        v = round(v, 1)
        return repr(v)
    return str(v)


def sheet_xml(sh, sst):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
    out.append('<sheetViews><sheetView workbookViewId="0"/></sheetViews>')
    out.append('<sheetFormatPr defaultRowHeight="15"/>')
    if sh.widths:
        out.append("<cols>")
        for i, w in enumerate(sh.widths):
            out.append('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w))
        out.append("</cols>")
    out.append("<sheetData>")
    rows = sorted({r for r, _ in sh.cells})
    for r in rows:
        out.append('<row r="%d">' % r)
        for (rr, c) in sorted(k for k in sh.cells if k[0] == r):
            v, f, st = sh.cells[(rr, c)]
            ref = "%s%d" % (col_letter(c), r)
            if isinstance(v, str):
                if v not in sst:
                    sst[v] = len(sst)
                if f:
                    out.append('<c r="%s" s="%d" t="str"><f>%s</f><v>%s</v></c>' % (ref, st, escape(f), escape(v)))
                else:
                    out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, st, sst[v]))
            else:
                if f:
                    out.append('<c r="%s" s="%d"><f>%s</f><v>%s</v></c>' % (ref, st, escape(f), num_str(v)))
                else:
                    out.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, st, num_str(v)))
        out.append("</row>")
    out.append("</sheetData>")
    if sh.merges:
        out.append('<mergeCells count="%d">' % len(sh.merges))
        for m in sh.merges:
            out.append('<mergeCell ref="%s"/>' % m)
        out.append("</mergeCells>")
    out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
    out.append('<pageSetup paperSize="9" orientation="landscape"/>')
    out.append("</worksheet>")
    return "".join(out)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>
<fonts count="5">
<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="14"/><color rgb="FF1F3A5F"/><name val="Calibri"/><family val="2"/></font>
<font><i/><sz val="10"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>
</fonts>
<fills count="3">
<fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FF1F3A5F"/><bgColor indexed="64"/></patternFill></fill>
</fills>
<borders count="2">
<border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"><color rgb="FF9AA5B1"/></left><right style="thin"><color rgb="FF9AA5B1"/></right><top style="thin"><color rgb="FF9AA5B1"/></top><bottom style="thin"><color rgb="FF9AA5B1"/></bottom><diagonal/></border>
</borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="10">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="3" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment wrapText="1"/></xf>
<xf numFmtId="0" fontId="4" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/>
<xf numFmtId="3" fontId="4" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>
<xf numFmtId="164" fontId="4" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


def build():
    # ---------------------------------------------------------------- feuille masquée
    par = Sheet("Paramètres", hidden=True, widths=[4, 38, 14, 40])
    par.set("B1", "Populations de référence (population municipale, recensement)", S_TITLE)
    par.set("B2", "en nombre d'habitants", S_NOTE)
    par.row(3, [None, "Territoire", "Population", "Remarque"], [None, S_HEAD, S_HEAD, S_HEAD])
    pops = [("Bellevue-Tilleuls", 6850), ("La Croix-Verte", 4920), ("Moulin-Neuf", 3310)]
    for i, (n, v) in enumerate(pops):
        par.row(4 + i, [None, n, v, "quartier prioritaire de la politique de la ville"], [None, S_TXT, S_INT, S_TXT])
    par.row(7, [None, "Ensemble des QPV", 15080], [None, S_TXTB, S_INTB], [None, None, "SUM(C4:C6)"])
    par.row(8, [None, "Reste de la ville (hors QPV)", 56320], [None, S_TXT, S_INT], [None, None, "C9-C7"])
    par.row(9, [None, "Ville d'Aurimont", 71400], [None, S_TXTB, S_INTB])
    pop = {"Bellevue-Tilleuls": 6850, "La Croix-Verte": 4920, "Moulin-Neuf": 3310, "QPV": 15080,
           "Reste": 56320, "Ville": 71400}

    # ---------------------------------------------------------------- lisez-moi
    lm = Sheet("Lisez-moi", widths=[110])
    lines = [
        ("Tableau de bord « Justice et santé mentale » — CLSM d'Aurimont", S_TITLE),
        ("Version du 10 février 2026, préparée pour le comité de suivi du groupe de travail.", S_DEF),
        ("", S_DEF),
        ("Contenu :", S_TXTB),
        ("• Suivis SPIP par quartier : personnes suivies en milieu ouvert par l'antenne d'Aurimont du SPIP, "
         "au 31 décembre, et obligations de soins.", S_DEF),
        ("• Sorties et dispositifs : sorties du centre pénitentiaire d'Aurimont-Lestrac, Cap Sortie, Toit "
         "d'Abord, Parcours Tremplin 16-25, protocole du jour de la levée d'écrou.", S_DEF),
        ("• Cap Sortie par quartier : quartier de destination des personnes accompagnées.", S_DEF),
        ("", S_DEF),
        ("Les chiffres 2025 de Cap Sortie portent sur l'année complète (1er janvier – 31 décembre 2025) ; le "
         "diaporama de la plénière du 20 novembre 2025 s'arrêtait au 31 octobre.", S_DEF),
        ("QPV : quartier prioritaire de la politique de la ville.", S_DEF),
        ("Contact : Sandrine Vidalou, coordinatrice du CLSM, 05 99 00 10 85, clsm@aurimont.example", S_DEF),
    ]
    for i, (t, st) in enumerate(lines, 1):
        if t:
            lm.set("A%d" % i, t, st)

    # ---------------------------------------------------------------- suivis SPIP par quartier
    q = Sheet("Suivis SPIP par quartier", widths=[34, 11, 11, 11, 16, 20])
    q.set("A1", "Personnes suivies en milieu ouvert par le SPIP (antenne d'Aurimont), au 31 décembre, selon le "
                "quartier de résidence", S_TITLE)
    q.merges.append("A1:F1")
    q.set("A2", "en nombre de personnes", S_NOTE)
    q.row(4, ["Quartier", "2023", "2024", "2025", "Évolution 2024-2025", "Taux 2025 pour 1 000 habitants"],
          [S_HEAD] * 6)
    data = [("Bellevue-Tilleuls", 142, 151, 163, "C4"), ("La Croix-Verte", 97, 104, 99, "C5"),
            ("Moulin-Neuf", 51, 58, 66, "C6")]
    for i, (n, a, b, c, pref) in enumerate(data):
        r = 5 + i
        q.row(r, [n, a, b, c, c - b, round(c / pop[n] * 1000, 1)],
              [S_TXT, S_INT, S_INT, S_INT, S_INT, S_DEC],
              [None, None, None, None, "D%d-C%d" % (r, r), "ROUND(D%d/'Paramètres'!%s*1000,1)" % (r, pref)])
    qa, qb, qc = (sum(d[k] for d in data) for k in (1, 2, 3))
    q.row(8, ["Ensemble des QPV", qa, qb, qc, qc - qb, round(qc / pop["QPV"] * 1000, 1)],
          [S_TXTB, S_INTB, S_INTB, S_INTB, S_INTB, S_DECB],
          [None, "SUM(B5:B7)", "SUM(C5:C7)", "SUM(D5:D7)", "D8-C8", "ROUND(D8/'Paramètres'!C7*1000,1)"])
    ra, rb, rc = 782, 801, 820
    q.row(9, ["Reste de la ville (hors QPV)", ra, rb, rc, rc - rb, round(rc / pop["Reste"] * 1000, 1)],
          [S_TXT, S_INT, S_INT, S_INT, S_INT, S_DEC],
          [None, None, None, None, "D9-C9", "ROUND(D9/'Paramètres'!C8*1000,1)"])
    ta, tb, tc = qa + ra, qb + rb, qc + rc
    q.row(10, ["Total antenne d'Aurimont", ta, tb, tc, tc - tb, round(tc / pop["Ville"] * 1000, 1)],
          [S_TXTB, S_INTB, S_INTB, S_INTB, S_INTB, S_DECB],
          [None, "B8+B9", "C8+C9", "D8+D9", "D10-C10", "ROUND(D10/'Paramètres'!C9*1000,1)"])
    q.set("A11", "Source : SPIP de la Haute-Garlande, logiciel de suivi, extraction du 12 janvier 2026. "
                 "Taux calculés sur les populations de référence.", S_NOTE)

    q.set("A13", "Dont personnes ayant une obligation de soins, selon le quartier de résidence", S_TITLE)
    q.merges.append("A13:F13")
    q.set("A14", "en nombre de personnes ; part en % des personnes suivies", S_NOTE)
    q.row(15, ["Quartier", "2024", "2025", "Part en 2025 (%)"], [S_HEAD] * 4)
    obl = [("Bellevue-Tilleuls", 47, 52, 5), ("La Croix-Verte", 33, 31, 6), ("Moulin-Neuf", 15, 19, 7),
           ("Reste de la ville (hors QPV)", 229, 241, 9)]
    for i, (n, a, b, src) in enumerate(obl):
        r = 16 + i
        tot = {5: 163, 6: 99, 7: 66, 9: 820}[src]
        q.row(r, [n, a, b, round(b / tot * 100, 1)], [S_TXT, S_INT, S_INT, S_DEC],
              [None, None, None, "ROUND(C%d/D%d*100,1)" % (r, src)])
    oa, ob = sum(o[1] for o in obl), sum(o[2] for o in obl)
    q.row(20, ["Total antenne d'Aurimont", oa, ob, round(ob / tc * 100, 1)], [S_TXTB, S_INTB, S_INTB, S_DECB],
          [None, "SUM(B16:B19)", "SUM(C16:C19)", "ROUND(C20/D10*100,1)"])

    # ---------------------------------------------------------------- sorties et dispositifs
    s = Sheet("Sorties et dispositifs", widths=[62, 10, 10, 10, 30])
    s.set("A1", "Sorties du centre pénitentiaire d'Aurimont-Lestrac et dispositifs d'accompagnement, 2023-2025",
          S_TITLE)
    s.merges.append("A1:E1")
    s.set("A2", "en nombre de personnes (sauf unité indiquée entre parenthèses)", S_NOTE)
    s.row(4, ["Indicateur", "2023", "2024", "2025", "Source"], [S_HEAD] * 5)
    lib = (702, 689, 716)
    smpr = (221, 214, 236)
    rows = [
        ("Personnes libérées du centre pénitentiaire", lib, "Greffe du centre pénitentiaire", None),
        ("dont personnes suivies par le SMPR", smpr, "SMPR (CHS du Pech-Lauzun)", None),
        ("Part des personnes libérées suivies par le SMPR (%)",
         tuple(round(b / a * 100, 1) for a, b in zip(lib, smpr)), "calcul", "ROUND({c}6/{c}5*100,1)"),
        ("Personnes accompagnées par Cap Sortie", (None, 38, 64), "SPIP et HSG (programme lancé en mars 2024)",
         None),
        ("Accompagnements le jour de la sortie par le travailleur pair", (None, 9, 41), "HSG", None),
        ("Places Toit d'Abord au 31 décembre", (8, 12, 18), "HSG", None),
        ("dont places réservées aux sortants de détention", (0, 4, 6), "HSG", None),
        ("Jeunes accompagnés dans le Parcours Tremplin 16-25", (31, 52, 67), "Mission locale", None),
        ("Kits sortie remis (protocole en vigueur depuis le 1er juillet 2025)", (None, None, 139), "USMP", None),
        ("Rendez-vous CMP honorés sous 10 jours ouvrés, juillet-décembre (%)", (None, None, 74), "SMPR", None),
        ("Délai médian du premier rendez-vous, CMP Aurimont-Nord (jours)", (19, 16, 9), "CHS du Pech-Lauzun",
         None),
        ("Délai médian du premier rendez-vous, CMP Aurimont-Sud (jours)", (17, 12, 14), "CHS du Pech-Lauzun",
         None),
        ("Délai médian du premier rendez-vous, CMP de Saint-Amans-la-Tour (jours)", (26, 25, 23),
         "CHS du Pech-Lauzun", None),
    ]
    for i, (lab, vals, src, f) in enumerate(rows):
        r = 5 + i
        cells = [lab] + [v if v is not None else "—" for v in vals] + [src]
        isdec = any(isinstance(v, float) for v in vals)
        st = [S_TXT] + [S_DEC if isdec else S_INT] * 3 + [S_TXT]
        fs = None
        if f:
            fs = [None] + [f.format(c=col) for col in "BCD"] + [None]
        s.row(r, cells, st, fs)
    s.set("A19", "Données 2025 arrêtées au 31 décembre 2025. Le total Cap Sortie 2024 porte sur mars à décembre.",
          S_NOTE)

    # ---------------------------------------------------------------- Cap Sortie par quartier
    c = Sheet("Cap Sortie par quartier", widths=[40, 10, 10, 18])
    c.set("A1", "Personnes accompagnées par Cap Sortie selon le quartier de destination à la sortie", S_TITLE)
    c.merges.append("A1:D1")
    c.set("A2", "en nombre de personnes", S_NOTE)
    c.row(4, ["Quartier de destination", "2024", "2025", "Total 2024-2025"], [S_HEAD] * 4)
    cd = [("Bellevue-Tilleuls", 13, 21), ("La Croix-Verte", 8, 13), ("Moulin-Neuf", 5, 9),
          ("Reste de la ville d'Aurimont", 9, 15), ("Autres communes de l'agglomération", 3, 6)]
    for i, (n, a, b) in enumerate(cd):
        r = 5 + i
        c.row(r, [n, a, b, a + b], [S_TXT, S_INT, S_INT, S_INT], [None, None, None, "B%d+C%d" % (r, r)])
    A_, B_ = sum(x[1] for x in cd), sum(x[2] for x in cd)
    assert (A_, B_) == (38, 64)
    c.row(10, ["Total", A_, B_, A_ + B_], [S_TXTB, S_INTB, S_INTB, S_INTB],
          [None, "SUM(B5:B9)", "SUM(C5:C9)", "SUM(D5:D9)"])
    c.set("A12", "Cap Sortie n'est pas encore ouvert aux sorties vers Saint-Amans-la-Tour (extension prévue au "
                 "second semestre 2026).", S_NOTE)

    return [lm, q, s, c, par]


def main():
    sheets = build()
    sst = {}
    sheet_xmls = [sheet_xml(sh, sst) for sh in sheets]
    ss = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(sst), len(sst))]
    for t in sorted(sst, key=sst.get):
        ss.append('<si><t xml:space="preserve">%s</t></si>' % escape(t))
    ss.append("</sst>")
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<bookViews><workbookView activeTab="1"/></bookViews><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships">']
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
          'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-'
          'properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.extended-properties+xml"/>']
    for i, sh in enumerate(sheets, 1):
        state = ' state="hidden"' if sh.hidden else ""
        wb.append('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (escape(sh.name), i, state, i))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.spreadsheetml.worksheet+xml"/>' % i)
    n = len(sheets)
    wb.append('</sheets><calcPr calcId="191029" fullCalcOnLoad="0"/></workbook>')
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'styles" Target="styles.xml"/>' % (n + 1))
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'sharedStrings" Target="sharedStrings.xml"/>' % (n + 2))
    rels.append("</Relationships>")
    ct.append("</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                 'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                 'metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://'
                 'schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
                 'Target="docProps/app.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.'
            'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Tableau de bord Justice et santé mentale 2023-2025</dc:title><dc:creator>CLSM d\'Aurimont'
            '</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-02-10T09:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-10T16:40:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.'
           'org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>')
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "".join(ct))
        z.writestr("_rels/.rels", root_rels)
        z.writestr("docProps/core.xml", core)
        z.writestr("docProps/app.xml", app)
        z.writestr("xl/workbook.xml", "".join(wb))
        z.writestr("xl/_rels/workbook.xml.rels", "".join(rels))
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/sharedStrings.xml", "".join(ss))
        for i, x in enumerate(sheet_xmls, 1):
            z.writestr("xl/worksheets/sheet%d.xml" % i, x)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
