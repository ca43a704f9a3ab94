# -*- coding: utf-8 -*-
"""Génère le tableau de bord 2025 de la cellule de concertation des situations complexes du CLSM de
Bréville-sur-Arbonne, classeur Excel (.xlsx) écrit à la main (zip de parties XML, sans bibliothèque).

Mise en page voulue :
- feuille « Mensuel 2025 » : titre et sous-titre fusionnés, en-tête, une ligne par mois (août sans séance : cellules
  vides et « pas de séance »), dates des séances en numéros de série Excel au format jj/mm/aaaa, ligne
  « Total 2025 » en formules (SOMME, et MOYENNE pour les participants, les institutions et le délai) avec leurs
  valeurs en cache, notes sous le tableau dont une ligne calculée (situations en cours au 31/12/2025) ;
- feuille « Outcomes » : en-têtes de groupes fusionnés sur deux lignes (Soins, Logement, Droits, Sans solution),
  tableau croisé motif × issue des 47 situations clôturées avec totaux en formules et ligne de parts en
  pourcentage, note sur les soins sans consentement, second tableau « origine des saisines » 2024 / 2025 avec
  groupes fusionnés (Bailleurs sociaux, Ville, Santé, Autres partenaires).
Chaînes en table partagée (sharedStrings.xml). Tout est inventé.
"""
import datetime
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-15_clsm-breville_tableau-de-bord-cellule-2025.xlsx")

SST = []


def si(s):
    if s not in SST:
        SST.append(s)
    return SST.index(s)


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def serial(d):
    return (d - datetime.date(1899, 12, 30)).days


# styles : 0 normal, 1 titre, 2 en-tête, 3 date, 4 total (gras), 5 décimal 0.0 gras, 6 pourcentage, 7 note italique,
#          8 entier, 9 groupe (en-tête centré)
def cell(ref, v, style=0, formula=None):
    if formula is not None:
        return '<c r="%s" s="%d"><f>%s</f><v>%s</v></c>' % (ref, style, escape(formula), repr(v) if isinstance(
            v, float) else v)
    if v is None:
        return '<c r="%s" s="%d"/>' % (ref, style)
    if isinstance(v, str):
        return '<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, style, si(v))
    return '<c r="%s" s="%d"><v>%s</v></c>' % (ref, style, v)


def sheet_xml(rows, merges, widths):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>']
    for i, w in enumerate(widths, 1):
        out.append('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i, i, w))
    out.append("</cols><sheetData>")
    for r in sorted(rows):
        out.append('<row r="%d">%s</row>' % (r, "".join(rows[r])))
    out.append("</sheetData>")
    if merges:
        out.append('<mergeCells count="%d">%s</mergeCells>' % (len(merges), "".join('<mergeCell ref="%s"/>' % m
                                                                                     for m in merges)))
    out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
               '<pageSetup paperSize="9" orientation="landscape"/></worksheet>')
    return "".join(out)


# ------------------------------------------------------------------ feuille 1
MONTHS = [("Janvier", datetime.date(2025, 1, 16), 5, 3, 14, 3, 1, 11, 8, 14),
          ("Février", datetime.date(2025, 2, 20), 6, 3, 15, 4, 0, 12, 9, 11),
          ("Mars", datetime.date(2025, 3, 20), 4, 2, 13, 5, 1, 10, 8, 12),
          ("Avril", datetime.date(2025, 4, 17), 7, 4, 16, 3, 0, 13, 9, 9),
          ("Mai", datetime.date(2025, 5, 15), 5, 3, 15, 4, 1, 12, 9, 10),
          ("Juin", datetime.date(2025, 6, 19), 6, 4, 17, 6, 0, 11, 8, 8),
          ("Juillet", datetime.date(2025, 7, 17), 4, 2, 12, 5, 1, 9, 7, 13),
          ("Août", None, None, None, None, None, None, None, None, None),
          ("Septembre", datetime.date(2025, 9, 18), 8, 5, 18, 3, 1, 13, 9, 16),
          ("Octobre", datetime.date(2025, 10, 16), 6, 3, 16, 4, 0, 12, 9, 10),
          ("Novembre", datetime.date(2025, 11, 20), 5, 3, 15, 5, 1, 12, 8, 9),
          ("Décembre", datetime.date(2025, 12, 18), 5, 3, 14, 5, 0, 10, 8, 8)]
HEAD = ["Mois", "Date de la séance", "Nouvelles situations saisies", "dont habitants d'un QPV",
        "Situations examinées (nouvelles + suivis)", "Situations clôturées", "Examens sans nom",
        "Participants présents", "Institutions représentées", "Délai saisie → 1er examen (jours)"]
rows = {}
rows[1] = [cell("A1", "Cellule de concertation des situations complexes — tableau de bord mensuel 2025", 1)]
rows[2] = [cell("A2", "CLSM de Bréville-sur-Arbonne — mis à jour le 15/01/2026 par Maëlle Rochas, coordinatrice", 7)]
rows[3] = [cell("%s3" % col(j), h, 2) for j, h in enumerate(HEAD)]
for i, m in enumerate(MONTHS):
    r = 4 + i
    cs = [cell("A%d" % r, m[0])]
    if m[1] is None:
        cs.append(cell("B%d" % r, "pas de séance (congés)", 7))
        cs += [cell("%s%d" % (col(j), r), None) for j in range(2, 10)]
    else:
        cs.append(cell("B%d" % r, serial(m[1]), 3))
        cs += [cell("%s%d" % (col(j), r), m[j], 8) for j in range(2, 10)]
    rows[r] = cs
TOT = 16
tot = [cell("A%d" % TOT, "Total 2025", 4), cell("B%d" % TOT, "11 séances", 4)]
for j in range(2, 10):
    vals = [m[j] for m in MONTHS if m[j] is not None]
    c = col(j)
    if j >= 7:
        v = sum(vals) / len(vals)
        tot.append(cell("%s%d" % (c, TOT), v, 5, "AVERAGE(%s4:%s15)" % (c, c)))
    else:
        tot.append(cell("%s%d" % (c, TOT), sum(vals), 4, "SUM(%s4:%s15)" % (c, c)))
rows[TOT] = tot
new_total = sum(m[2] for m in MONTHS if m[2] is not None)
closed_total = sum(m[5] for m in MONTHS if m[5] is not None)
rows[18] = [cell("A18", "Notes", 4)]
rows[19] = [cell("A19", "Août : pas de séance. Colonnes participants, institutions et délai : moyenne des 11 séances "
                        "(MOYENNE) ; autres colonnes : somme.", 7)]
rows[20] = [cell("A20", "QPV : quartiers prioritaires Les Tilleuls et Champ-Fleuri. Délai : de la réception de la "
                        "fiche complète à la séance du premier examen.", 7)]
rows[21] = [cell("A21", "Situations en cours au 31/12/2024", 0), cell("F21", 22, 8)]
rows[22] = [cell("A22", "Situations en cours au 31/12/2025 (= en cours 2024 + saisies − clôturées)", 0),
            cell("F22", 22 + new_total - closed_total, 4, "F21+C16-F16")]
MERGES1 = ["A1:J1", "A2:J2", "A19:J19", "A20:J20", "A21:E21", "A22:E22"]
SHEET1 = sheet_xml(rows, MERGES1, [12, 14, 12, 12, 14, 12, 11, 12, 13, 15])

# ------------------------------------------------------------------ feuille 2 « Outcomes »
TYPES = [("Incurie dans le logement (dont syndrome de Noé)", [3, 0, 5, 1, 3, 1]),
         ("Troubles de voisinage", [3, 1, 2, 3, 0, 2]),
         ("Rupture de soins psychiatriques", [6, 3, 0, 0, 1, 0]),
         ("Risque d'expulsion locative", [1, 0, 3, 1, 1, 1]),
         ("Isolement, personne âgée vulnérable", [2, 0, 1, 0, 1, 0]),
         ("Autres motifs", [1, 0, 0, 0, 0, 1])]
rows = {}
rows[1] = [cell("A1", "Issues des 47 situations clôturées en 2025, selon le motif principal de saisine", 1)]
rows[2] = [cell("A2", "Motif principal de saisine", 2), cell("B2", "Soins", 9), cell("C2", None, 9),
           cell("D2", "Logement", 9), cell("E2", None, 9), cell("F2", "Droits", 9), cell("G2", "Sans solution", 9),
           cell("H2", "Total clôturées", 2)]
rows[3] = [cell("A3", None, 2), cell("B3", "Accès ou reprise de soins", 2), cell("C3", "Soins sans consentement", 2),
           cell("D3", "Maintien accompagné dans le logement", 2), cell("E3", "Relogement ou mutation", 2),
           cell("F3", "Mesure de protection ouverte", 2), cell("G3", "Refus, perdu de vue ou départ", 2),
           cell("H3", None, 2)]
for i, (name, vals) in enumerate(TYPES):
    r = 4 + i
    rows[r] = ([cell("A%d" % r, name)] + [cell("%s%d" % (col(j + 1), r), v, 8) for j, v in enumerate(vals)]
               + [cell("H%d" % r, sum(vals), 4, "SUM(B%d:G%d)" % (r, r))])
colsum = [sum(t[1][j] for t in TYPES) for j in range(6)]
grand = sum(colsum)
rows[10] = ([cell("A10", "Total", 4)] + [cell("%s10" % col(j + 1), v, 4, "SUM(%s4:%s9)" % (col(j + 1), col(j + 1)))
                                         for j, v in enumerate(colsum)]
            + [cell("H10", grand, 4, "SUM(H4:H9)")])
rows[11] = ([cell("A11", "Part du total", 7)] + [cell("%s11" % col(j + 1), v / grand, 6, "%s10/$H$10" % col(j + 1))
                                                 for j, v in enumerate(colsum)]
            + [cell("H11", 1.0, 6, "H10/$H$10")])
rows[12] = [cell("A12", "Soins sans consentement : 2 SDRE (dont 1 après arrêté municipal provisoire), 1 SDT et 1 SPI. "
                        "Une situation est comptée une seule fois, à son issue principale.", 7)]
ORIG_HEAD = ["Arbonne Habitat", "Logivie Alpes", "CCAS", "SCHS", "Police municipale", "CMP Les Glycines",
             "MSP des Tilleuls", "MDS (Département)", "ATVA"]
O2025 = [15, 7, 9, 3, 4, 8, 6, 6, 3]
O2024 = [17, 0, 10, 2, 5, 7, 5, 6, 0]
rows[14] = [cell("A14", "Origine des saisines : qui a présenté la situation ?", 1)]
rows[15] = [cell("A15", "Année", 2), cell("B15", "Bailleurs sociaux", 9), cell("C15", None, 9),
            cell("D15", "Ville", 9), cell("E15", None, 9), cell("F15", None, 9), cell("G15", "Santé", 9),
            cell("H15", None, 9), cell("I15", "Autres partenaires", 9), cell("J15", None, 9),
            cell("K15", "Total saisines", 2)]
rows[16] = [cell("A16", None, 2)] + [cell("%s16" % col(j + 1), h, 2) for j, h in enumerate(ORIG_HEAD)] + [
    cell("K16", None, 2)]
for r, (lab, vals) in ((17, ("Saisines 2025", O2025)), (18, ("Saisines 2024", O2024))):
    rows[r] = ([cell("A%d" % r, lab)] + [cell("%s%d" % (col(j + 1), r), v, 8) for j, v in enumerate(vals)]
               + [cell("K%d" % r, sum(vals), 4, "SUM(B%d:J%d)" % (r, r))])
rows[19] = [cell("A19", "Logivie Alpes et l'ATVA siègent à la cellule depuis la charte du 20 mars 2025 (version 2).", 7)]
MERGES2 = ["A1:H1", "A2:A3", "B2:C2", "D2:E2", "H2:H3", "A12:H12", "A14:K14", "A15:A16", "B15:C15", "D15:F15",
           "G15:H15", "I15:J15", "K15:K16", "A19:K19"]
SHEET2 = sheet_xml(rows, MERGES2, [38, 14, 14, 16, 14, 14, 16, 14, 14, 12, 12])

assert grand == 47 and new_total == 61 and sum(O2025) == 61 and sum(O2024) == 52

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" '
          'formatCode="0.0"/></numFmts>'
          '<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="13"/>'
          '<color rgb="FF1F4E5F"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font>'
          '<font><i/><sz val="10"/><color rgb="FF5F6B73"/><name val="Calibri"/></font></fonts>'
          '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
          '</fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9EAEC"/></patternFill></fill></fills>'
          '<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/>'
          '<bottom style="thin"/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="10">'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyAlignment="1"><alignment '
          'wrapText="1" vertical="center"/></xf>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0"/>'
          '<xf numFmtId="165" fontId="2" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="9" fontId="3" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="1" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyAlignment="1"><alignment '
          'horizontal="center"/></xf>'
          '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '</styleSheet>')
SST_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s'
           '</sst>' % (len(SST), len(SST), "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in SST)))
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<bookViews><workbookView activeTab="0"/></bookViews><sheets>'
            '<sheet name="Mensuel 2025" sheetId="1" r:id="rId1"/><sheet name="Outcomes" sheetId="2" r:id="rId2"/>'
            '</sheets><calcPr calcId="191029" fullCalcOnLoad="0"/></workbook>')
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="%sworksheet" Target="worksheets/sheet1.xml"/>'
           '<Relationship Id="rId2" Type="%sworksheet" Target="worksheets/sheet2.xml"/>'
           '<Relationship Id="rId3" Type="%sstyles" Target="styles.xml"/>'
           '<Relationship Id="rId4" Type="%ssharedStrings" Target="sharedStrings.xml"/>'
           '</Relationships>' % (R, R, R, R))
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/worksheets/sheet2.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/styles.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      '<Override PartName="/docProps/core.xml" '
      'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/></Relationships>' % R)
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Tableau de bord 2025 de la cellule de '
        'concertation des situations complexes</dc:title><dc:creator>Maëlle Rochas</dc:creator>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-15T11:05:00Z</dcterms:modified></cp:coreProperties>')

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
    z.writestr("xl/workbook.xml", WORKBOOK)
    z.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
    z.writestr("xl/worksheets/sheet1.xml", SHEET1)
    z.writestr("xl/worksheets/sheet2.xml", SHEET2)
    z.writestr("xl/styles.xml", STYLES)
    z.writestr("xl/sharedStrings.xml", SST_XML)
    z.writestr("docProps/core.xml", CORE)
print("écrit :", OUT)
