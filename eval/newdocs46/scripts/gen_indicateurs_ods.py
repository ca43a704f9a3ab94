# -*- coding: utf-8 -*-
"""Génère le classeur OpenDocument (.ods, odfpy) des indicateurs 2022-2025 de prévention du suicide du CLSM de
Pont-Vernel (envoyé le 20 janvier 2026 aux membres du comité de pilotage).

Deux feuilles :
- « Recontacts VigilanS » : personnes incluses dans VigilanS par année (2022-2025) et par établissement de sortie
  du département du Pays-de-Risle, ligne « Total », ligne de titre au-dessus de l'en-tête, ligne de notes sous
  le tableau (chiffres régionaux et résidents de Pont-Vernel seulement dans les notes) ;
- « Sentinelles formées » : sentinelles formées au module sentinelle par année et par profession, colonne et
  ligne « Total », titre au-dessus, notes dessous (module évaluation-orientation et chiffres départementaux et
  régionaux seulement dans les notes).

Tout est inventé (ville, département, établissements, chiffres).
"""
import os

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-20_clsm-pont-vernel_indicateurs-prevention-suicide-2022-2025.ods")

HOSP = ["CH de Pont-Vernel", "CH de Lisors", "CH de Beaumesnil-sur-Risle", "Clinique Saint-Vast"]
VIG = {2022: [214, 156, 98, 37], 2023: [248, 171, 104, 45], 2024: [276, 183, 117, 52], 2025: [301, 190, 126, 58]}
VIG_NOTES = [
    "Notes : personnes incluses = personnes ayant accepté le dispositif à leur sortie après une tentative de suicide "
    "(une personne incluse deux fois la même année n'est comptée qu'une fois).",
    "Source : cellule VigilanS Normandie, CHU d'Aubremont, extraction du 12 janvier 2026. Le total correspond au "
    "département du Pays-de-Risle.",
    "Pour comparaison, Normandie (toute la région) : 6 940 personnes incluses en 2025. Résidents de Pont-Vernel "
    "inclus en 2025, tous établissements : 142, dont 39 domiciliés en quartier prioritaire.",
    "Taux de joignabilité au premier appel (département) : 71 % en 2024, 74 % en 2025.",
]

PROF = ["Habitants et bénévoles", "Gardiens et agents de bailleurs", "Travailleurs sociaux et animateurs",
        "Personnels de l'Éducation nationale", "Pharmaciens et officines", "Agents municipaux"]
SENT = {2022: [4, 3, 6, 3, 1, 1], 2023: [8, 5, 9, 6, 2, 4], 2024: [10, 6, 11, 7, 3, 4], 2025: [14, 7, 12, 10, 4, 5]}
SENT_NOTES = [
    "Notes : module sentinelle (une journée) uniquement, sessions organisées par le CLSM de Pont-Vernel. "
    "Sentinelles actives au 31 décembre 2025 : 96.",
    "Non comptés ci-dessus : 47 professionnels formés au module évaluation-orientation (12 en 2023, 16 en 2024, "
    "19 en 2025).",
    "Pour comparaison, cumul 2022-2025 des sentinelles formées : 468 dans le département du Pays-de-Risle, "
    "3 150 en Normandie.",
]


def build():
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="gras", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    title = Style(name="titre", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
    head = Style(name="entete", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#dbe7f0", border="0.5pt solid #000000", wrapoption="wrap"))
    cell = Style(name="cellule", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000"))
    note = Style(name="note", family="table-cell")
    note.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    wide = Style(name="large", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="5.2cm"))
    mid = Style(name="moyen", family="table-column")
    mid.addElement(TableColumnProperties(columnwidth="3.4cm"))
    for s in (bold, title, head, cell, note):
        doc.automaticstyles.addElement(s)
    for s in (wide, mid):
        doc.automaticstyles.addElement(s)

    def tcell(row, value, style=cell, span=1):
        if isinstance(value, (int, float)):
            c = TableCell(valuetype="float", value=value, stylename=style)
            c.addElement(P(text=("%d" % value)))
        elif value is None:
            c = TableCell(stylename=style)
        else:
            c = TableCell(valuetype="string", stylename=style)
            c.addElement(P(text=value))
        if span > 1:
            c.setAttribute("numbercolumnsspanned", span)
        row.addElement(c)
        for _ in range(span - 1):
            row.addElement(CoveredTableCell())

    def sheet(name, title_text, first_col, cols, data, notes):
        t = Table(name=name)
        t.addElement(TableColumn(stylename=wide))
        t.addElement(TableColumn(stylename=mid, numbercolumnsrepeated=len(cols) + 1))
        width = len(cols) + 2
        r = TableRow()
        tcell(r, title_text, title, span=width)
        t.addElement(r)
        t.addElement(TableRow())  # ligne vide sous le titre
        r = TableRow()
        for h in [first_col] + cols + ["Total"]:
            tcell(r, h, head)
        t.addElement(r)
        for year, vals in data.items():
            r = TableRow()
            tcell(r, str(year))
            for v in vals:
                tcell(r, v)
            tcell(r, sum(vals), bold)
            t.addElement(r)
        r = TableRow()
        tcell(r, "Total", bold)
        totals = [sum(v[j] for v in data.values()) for j in range(len(cols))]
        for v in totals:
            tcell(r, v, bold)
        tcell(r, sum(totals), bold)
        t.addElement(r)
        t.addElement(TableRow())
        for n in notes:
            r = TableRow()
            tcell(r, n, note, span=width)
            t.addElement(r)
        return t

    doc.spreadsheet.addElement(sheet(
        "Recontacts VigilanS",
        "Dispositif VigilanS — personnes incluses par année et par établissement de sortie (Pays-de-Risle), 2022-2025",
        "Année", HOSP, VIG, VIG_NOTES))
    doc.spreadsheet.addElement(sheet(
        "Sentinelles formées",
        "Réseau de sentinelles de Pont-Vernel — sentinelles formées par année et par profession, 2022-2025",
        "Année", PROF, SENT, SENT_NOTES))
    doc.save(OUT)
    print("écrit :", OUT)


if __name__ == "__main__":
    build()
