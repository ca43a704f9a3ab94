# -*- coding: utf-8 -*-
"""Génère le tableau de bord OpenDocument (.ods, odfpy) de la MSA Orsane-Cévenne : deux feuilles, ligne de titre,
notes au-dessus de l'en-tête, cellules d'en-tête fusionnées (sur colonnes et sur lignes), ligne de totaux
(formules avec valeur en cache), chiffres par canton et par année."""
import os

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-01-20_msa-orsane-cevenne_tableau-de-bord-mal-etre-agricole-2023-2025.ods")

CANTONS = ["Saint-Privat-de-Lauzière", "Chanteloube", "Mourèze-les-Bois", "Vérignac-Campagne", "Val d'Arbonne"]
# signalements 2023-2025, personnes accompagnées 2023-2025, sentinelles formées 2023-2025
S1 = {
    "Saint-Privat-de-Lauzière": ([21, 27, 38], [15, 20, 29], [14, 17, 22],
                                 "Siège de la CC des Monts de Lauzière ; groupe Paysans Debout actif depuis 2023"),
    "Chanteloube": ([17, 22, 29], [12, 17, 23], [11, 15, 19],
                    "Permanence de psychologue à la MSP du Haut-Lauzière depuis octobre 2025"),
    "Mourèze-les-Bois": ([12, 19, 33], [8, 14, 27], [9, 13, 18],
                         "Équipe mobile (EMPR) présente depuis mars 2025 ; second groupe de parole ouvert en septembre 2025"),
    "Vérignac-Campagne": ([24, 31, 36], [19, 24, 28], [18, 21, 24],
                          "Canton le plus peuplé ; deux sessions de formation en 2025"),
    "Val d'Arbonne": ([14, 19, 27], [10, 15, 21], [12, 12, 6],
                      "Session de novembre 2025 reportée (indisponibilité de la salle)"),
}
# journées 2024, 2025 ; bénéficiaires 2024, 2025
S2 = {
    "Saint-Privat-de-Lauzière": (312, 384, 46, 55),
    "Chanteloube": (268, 331, 40, 47),
    "Mourèze-les-Bois": (221, 352, 33, 52),
    "Vérignac-Campagne": (347, 398, 52, 58),
    "Val d'Arbonne": (238, 287, 36, 41),
}
COUT_NET = 176 - 15  # coût moyen d'une journée moins le reste à charge


def fr_int(n):
    s = "{:,}".format(n).replace(",", " ")
    return s


def fr_dec(x):
    return ("%.1f" % x).replace(".", ",")


doc = OpenDocumentSpreadsheet()
st_title = Style(name="titre", family="table-cell")
st_title.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
doc.automaticstyles.addElement(st_title)
st_note = Style(name="note", family="table-cell")
st_note.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
doc.automaticstyles.addElement(st_note)
st_head = Style(name="entete", family="table-cell")
st_head.addElement(TextProperties(fontweight="bold"))
st_head.addElement(TableCellProperties(backgroundcolor="#d9e7d0", border="0.5pt solid #000000", wrapoption="wrap"))
st_head.addElement(ParagraphProperties(textalign="center"))
doc.automaticstyles.addElement(st_head)
st_cell = Style(name="cellule", family="table-cell")
st_cell.addElement(TableCellProperties(border="0.5pt solid #000000"))
doc.automaticstyles.addElement(st_cell)
st_tot = Style(name="total", family="table-cell")
st_tot.addElement(TextProperties(fontweight="bold"))
st_tot.addElement(TableCellProperties(border="0.5pt solid #000000", backgroundcolor="#eeeeee"))
doc.automaticstyles.addElement(st_tot)
st_wide = Style(name="colA", family="table-column")
st_wide.addElement(TableColumnProperties(columnwidth="5.2cm"))
doc.automaticstyles.addElement(st_wide)
st_num = Style(name="colN", family="table-column")
st_num.addElement(TableColumnProperties(columnwidth="1.9cm"))
doc.automaticstyles.addElement(st_num)
st_com = Style(name="colC", family="table-column")
st_com.addElement(TableColumnProperties(columnwidth="9cm"))
doc.automaticstyles.addElement(st_com)


def text_cell(text, style=None, cols=1, rows=1):
    kw = {"valuetype": "string"}
    if style:
        kw["stylename"] = style
    if cols > 1:
        kw["numbercolumnsspanned"] = cols
    if rows > 1:
        kw["numberrowsspanned"] = rows
    c = TableCell(**kw)
    c.addElement(P(text=text))
    return c


def num_cell(v, style=st_cell, formula=None, shown=None):
    kw = {"valuetype": "float", "value": v, "stylename": style}
    if formula:
        kw["formula"] = formula
    c = TableCell(**kw)
    c.addElement(P(text=shown if shown is not None else fr_int(v)))
    return c


def pct_cell(v, style=st_cell, formula=None):
    kw = {"valuetype": "percentage", "value": round(v, 4), "stylename": style}
    if formula:
        kw["formula"] = formula
    c = TableCell(**kw)
    c.addElement(P(text="%+d %%" % round(v * 100)))
    return c


def row(*cells):
    r = TableRow()
    for c in cells:
        r.addElement(c)
    return r


def title_rows(t, ncols, title, notes):
    r = TableRow()
    r.addElement(text_cell(title, st_title, cols=ncols))
    for _ in range(ncols - 1):
        r.addElement(CoveredTableCell())
    t.addElement(r)
    for n in notes:
        r = TableRow()
        r.addElement(text_cell(n, st_note, cols=ncols))
        for _ in range(ncols - 1):
            r.addElement(CoveredTableCell())
        t.addElement(r)
    t.addElement(TableRow())  # ligne vide


COLS = "BCDEFGHIJ"

# ------------------------------------------------------------------ feuille 1
t1 = Table(name="Repérage et accompagnement")
t1.addElement(TableColumn(stylename=st_wide))
t1.addElement(TableColumn(stylename=st_num, numbercolumnsrepeated=9))
t1.addElement(TableColumn(stylename=st_com))
title_rows(t1, 11, "Tableau de bord du mal-être agricole en Haute-Orsane — repérage et accompagnement par canton, 2023-2025", [
    "Source : MSA Orsane-Cévenne, cellule pluridisciplinaire de prévention du mal-être agricole (CPPMA), "
    "extraction du 12 janvier 2026. Document de travail diffusé au comité départemental de suivi.",
    "Note 1 : un signalement = une situation nouvelle transmise à la cellule par une sentinelle, un proche, un "
    "professionnel ou l'intéressé lui-même ; les doublons de l'année sont retirés.",
    "Note 2 : les sentinelles sont comptées dans le canton où elles exercent. Canton du Val d'Arbonne : formation "
    "de novembre 2025 reportée au 5 février 2026, d'où 6 sentinelles formées seulement en 2025.",
    "Note 3 : personnes accompagnées = exploitants, conjoints, salariés ou retraités agricoles ayant bénéficié "
    "d'un plan d'accompagnement individuel ouvert dans l'année.",
])
# en-tête sur deux lignes : « Canton » et « Commentaire » fusionnés verticalement, groupes fusionnés horizontalement
r = TableRow()
r.addElement(text_cell("Canton", st_head, rows=2))
for lab in ("Signalements reçus par la cellule", "Personnes accompagnées", "Sentinelles formées dans l'année"):
    r.addElement(text_cell(lab, st_head, cols=3))
    r.addElement(CoveredTableCell())
    r.addElement(CoveredTableCell())
r.addElement(text_cell("Commentaire", st_head, rows=2))
t1.addElement(r)
r = TableRow()
r.addElement(CoveredTableCell())
for _ in range(3):
    for y in ("2023", "2024", "2025"):
        r.addElement(text_cell(y, st_head))
r.addElement(CoveredTableCell())
t1.addElement(r)
first = 8  # numéro de la première ligne de données (1 titre + 4 notes + 1 vide + 2 en-tête)
for c in CANTONS:
    sig, acc, sen, com = S1[c]
    cells = [text_cell(c, st_cell)] + [num_cell(v) for v in sig + acc + sen] + [text_cell(com, st_cell)]
    t1.addElement(row(*cells))
last = first + len(CANTONS) - 1
tot = [text_cell("Total Haute-Orsane", st_tot)]
for j in range(9):
    v = sum((S1[c][j // 3][j % 3]) for c in CANTONS)
    col = COLS[j]
    tot.append(num_cell(v, st_tot, formula="of:=SUM([.%s%d:.%s%d])" % (col, first, col, last)))
tot.append(text_cell("Sentinelles formées depuis 2023 : 231", st_tot))
t1.addElement(row(*tot))
t1.addElement(TableRow())
tr = first + len(CANTONS)
r = row(text_cell("Variation 2024-2025", st_note), text_cell("", st_note), text_cell("", st_note),
        pct_cell(163 / 118 - 1, st_note, formula="of:=[.D%d]/[.C%d]-1" % (tr, tr)),
        text_cell("", st_note), text_cell("", st_note),
        pct_cell(128 / 90 - 1, st_note, formula="of:=[.G%d]/[.F%d]-1" % (tr, tr)))
t1.addElement(r)
doc.spreadsheet.addElement(t1)

# ------------------------------------------------------------------ feuille 2
t2 = Table(name="Répit et remplacement")
t2.addElement(TableColumn(stylename=st_wide))
t2.addElement(TableColumn(stylename=st_num, numbercolumnsrepeated=7))
title_rows(t2, 8, "Aide au répit et service de remplacement — journées financées par canton, 2024-2025", [
    "Source : MSA Orsane-Cévenne (action sanitaire et sociale) et Service de remplacement de la Haute-Orsane "
    "(SRHO), extraction du 12 janvier 2026.",
    "Règles 2025 : jusqu'à 10 jours par an et par exploitant ; coût moyen d'une journée de remplacement 176 € ; "
    "reste à charge de l'exploitant 15 € par jour ; la MSA verse la différence au SRHO.",
    "Règles 2026 (conseil d'administration du 11 décembre 2025) : plafond porté à 12 jours par an ; reste à "
    "charge inchangé.",
])
r = TableRow()
r.addElement(text_cell("Canton", st_head, rows=2))
r.addElement(text_cell("Journées de remplacement financées", st_head, cols=2))
r.addElement(CoveredTableCell())
r.addElement(text_cell("Évolution 2024-2025", st_head, rows=2))
r.addElement(text_cell("Exploitants bénéficiaires", st_head, cols=2))
r.addElement(CoveredTableCell())
r.addElement(text_cell("Journées par bénéficiaire 2025", st_head, rows=2))
r.addElement(text_cell("Montant versé par la MSA en 2025 (€)", st_head, rows=2))
t2.addElement(r)
r = TableRow()
r.addElement(CoveredTableCell())
r.addElement(text_cell("2024", st_head))
r.addElement(text_cell("2025", st_head))
r.addElement(CoveredTableCell())
r.addElement(text_cell("2024", st_head))
r.addElement(text_cell("2025", st_head))
r.addElement(CoveredTableCell())
r.addElement(CoveredTableCell())
t2.addElement(r)
first = 7
for i, c in enumerate(CANTONS):
    j24, j25, b24, b25 = S2[c]
    n = first + i
    t2.addElement(row(
        text_cell(c, st_cell), num_cell(j24), num_cell(j25),
        pct_cell(j25 / j24 - 1, formula="of:=[.C%d]/[.B%d]-1" % (n, n)),
        num_cell(b24), num_cell(b25),
        num_cell(round(j25 / b25, 1), formula="of:=ROUND([.C%d]/[.F%d];1)" % (n, n), shown=fr_dec(j25 / b25)),
        num_cell(j25 * COUT_NET, formula="of:=[.C%d]*161" % n)))
last = first + len(CANTONS) - 1
T = [sum(S2[c][k] for c in CANTONS) for k in range(4)]
n = last + 1
t2.addElement(row(
    text_cell("Total Haute-Orsane", st_tot),
    num_cell(T[0], st_tot, formula="of:=SUM([.B%d:.B%d])" % (first, last)),
    num_cell(T[1], st_tot, formula="of:=SUM([.C%d:.C%d])" % (first, last)),
    pct_cell(T[1] / T[0] - 1, st_tot, formula="of:=[.C%d]/[.B%d]-1" % (n, n)),
    num_cell(T[2], st_tot, formula="of:=SUM([.E%d:.E%d])" % (first, last)),
    num_cell(T[3], st_tot, formula="of:=SUM([.F%d:.F%d])" % (first, last)),
    num_cell(round(T[1] / T[3], 1), st_tot, formula="of:=ROUND([.C%d]/[.F%d];1)" % (n, n), shown=fr_dec(T[1] / T[3])),
    num_cell(T[1] * COUT_NET, st_tot, formula="of:=SUM([.H%d:.H%d])" % (first, last))))
t2.addElement(TableRow())
t2.addElement(row(text_cell("Le SRHO comptait 46 agents de remplacement au 31 décembre 2025 (41 un an plus tôt).",
                            st_note, cols=8), *[CoveredTableCell() for _ in range(7)]))
doc.spreadsheet.addElement(t2)

assert T == [1386, 1752, 207, 253], T
assert T[1] * COUT_NET == 282072
doc.save(OUT)
print("écrit", OUT)
