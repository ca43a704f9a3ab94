# -*- coding: utf-8 -*-
"""Génère le classeur OpenDocument (.ods, odfpy) de l'évaluation de la campagne « Parlons-en sans détour »
(SISM 2025) : enquête auprès des habitants de Port-Ardelle en deux vagues (septembre et novembre 2025).

Mise en page : 4 feuilles — « Présentation » (titre, méthode, campagne, budget, une ligne par information),
« Résultats par question » (titre fusionné sur 8 colonnes, double en-tête avec cellules fusionnées
« Vague 1 — septembre 2025 », « Vague 2 — novembre 2025 » et « Évolution (points) » au-dessus de « Ensemble » /
« QPV », pourcentages stockés en valeur décimale avec texte affiché « 38 % », évolutions en formules avec valeur
calculée, cellules « — », note de lecture en bas), « Par quartier » (effectifs des deux vagues, trois indicateurs
de la vague 2, lignes de sous-total QPV et total en formules) et « Canaux » (question à réponses multiples,
total supérieur à 100 % en formule).
"""
import os

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P
from odf.number import PercentageStyle, Number, Text as NText

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-12_clsm-port-ardelle_evaluation-campagne-parlons-en.ods")

QUESTIONS = [
    ("Q1", "A déjà entendu parler des Semaines d'information sur la santé mentale", 21, 16, 47, 41),
    ("Q2", "Se souvient avoir vu ou entendu la campagne « Parlons-en sans détour »", None, None, 58, 63),
    ("Q3", "Pense qu'une personne vivant avec un trouble psychique est souvent dangereuse", 41, 46, 33, 37),
    ("Q4", "Aurait honte de consulter un psychiatre ou un psychologue", 38, 44, 29, 35),
    ("Q5", "Saurait vers qui orienter un proche en souffrance psychique", 34, 27, 51, 45),
    ("Q6", "Connaît le centre médico-psychologique (CMP) de son secteur", 25, 22, 36, 38),
    ("Q7", "Accepterait d'avoir pour voisin une personne vivant avec une schizophrénie", 57, 54, 66, 61),
    ("Q8", "Se sentirait capable d'engager la conversation avec une personne en détresse", 43, 39, 55, 52),
    ("Q9", "Parlerait de sa propre santé mentale à son employeur", 18, 15, 20, 17),
    ("Q10", "Connaît la ligne d'écoute du CLSM", 9, 7, 24, 29),
]

QUARTIERS = [
    ("Les Salines", 72, 70, 71, 33, 49),
    ("La Vigie", 68, 66, 60, 36, 44),
    ("Le Grand-Chenal", 65, 63, 57, 37, 41),
]
QPV_TOTAL = ("Ensemble des QPV", 63, 35, 45)
HORS_QPV = ("Hors QPV", 207, 199, 53, 23, 57)
ENSEMBLE = ("Ensemble de la ville", 58, 29, 51)

CANAUX = [
    ("Affiches dans les abribus", 46), ("Réseaux sociaux de la Ville", 38), ("Spots sur Radio Estran", 27),
    ("Dépliant (centre social, pharmacie)", 21), ("Village santé mentale du marché de la Vigie", 19),
    ("Par les enfants (collège)", 14), ("L'Écho du Pertuis", 12),
]

PRESENTATION = [
    "Évaluation de la campagne « Parlons-en sans détour » (SISM 2025) — enquête auprès des habitants de "
    "Port-Ardelle",
    "",
    "Commanditaire : conseil local de santé mentale (CLSM) de Port-Ardelle",
    "Réalisation de l'enquête : cabinet Océan Études",
    "Méthode : questionnaire en face à face sur l'espace public et par téléphone, habitants de 18 ans et plus, "
    "quotas par âge, sexe et quartier",
    "Vague 1 (avant la campagne) : du 1er au 20 septembre 2025 — 412 personnes interrogées, dont 205 dans les "
    "quartiers prioritaires (QPV)",
    "Vague 2 (après la campagne) : du 3 au 21 novembre 2025 — 398 personnes interrogées, dont 199 dans les QPV",
    "Marge d'erreur : environ ± 5 points sur l'ensemble, ± 7 points sur les QPV",
    "",
    "Campagne : du 22 septembre au 26 octobre 2025 — affiches dans 40 abribus, 3 spots radio sur Radio Estran, "
    "6 000 dépliants, publications sur les réseaux sociaux de la Ville",
    "Budget total de la campagne : 18 500 € TTC, dont 7 200 € pour l'enquête",
    "",
    "Lecture : part des répondants qui répondent « oui » ou « plutôt d'accord ». Les évolutions sont exprimées "
    "en points de pourcentage ; une évolution de moins de 5 points n'est pas significative.",
    "Feuilles : Résultats par question · Par quartier · Canaux",
    "Fichier établi le 12 janvier 2026 par Nadia Ferrandon, coordinatrice du CLSM",
]


def main():
    doc = OpenDocumentSpreadsheet()
    pct = PercentageStyle(name="pct0")
    pct.addElement(Number(decimalplaces="0", minintegerdigits="1"))
    pct.addElement(NText(text="\u00a0%"))
    doc.automaticstyles.addElement(pct)  # noqa
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="13pt", color="#0b6e79"))
    doc.automaticstyles.addElement(title)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold", color="#ffffff"))
    head.addElement(TableCellProperties(backgroundcolor="#0b6e79", border="0.5pt solid #ffffff"))
    head.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(head)
    pcell = Style(name="pcell", family="table-cell", datastylename="pct0")
    doc.automaticstyles.addElement(pcell)
    wide = Style(name="wide", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="9cm"))
    doc.automaticstyles.addElement(wide)
    narrow = Style(name="narrow", family="table-column")
    narrow.addElement(TableColumnProperties(columnwidth="2.6cm"))
    doc.automaticstyles.addElement(narrow)

    def text_cell(row, txt, style=None, span=None):
        kw = {"valuetype": "string"}
        if style is not None:
            kw["stylename"] = style
        if span:
            kw["numbercolumnsspanned"] = span
        c = TableCell(**kw)
        c.addElement(P(text=txt))
        row.addElement(c)
        if span:
            for _ in range(span - 1):
                row.addElement(CoveredTableCell())

    def pct_cell(row, v):
        if v is None:
            text_cell(row, "—")
            return
        c = TableCell(valuetype="percentage", value=str(v / 100), stylename=pcell)
        c.addElement(P(text="%d\u00a0%%" % v))
        row.addElement(c)

    def num_cell(row, v, formula=None):
        kw = {"valuetype": "float", "value": str(v)}
        if formula:
            kw["formula"] = formula
        c = TableCell(**kw)
        c.addElement(P(text=("%+d" % v) if formula and "*100" in formula else str(v)))
        row.addElement(c)

    def empty_row():
        r = TableRow()
        r.addElement(TableCell())
        return r

    # feuille 1
    t = Table(name="Présentation")
    t.addElement(TableColumn(stylename=wide))
    for i, line in enumerate(PRESENTATION):
        if not line:
            t.addElement(empty_row())
            continue
        r = TableRow()
        text_cell(r, line, title if i == 0 else None)
        t.addElement(r)
    doc.spreadsheet.addElement(t)

    # feuille 2
    t = Table(name="Résultats par question")
    t.addElement(TableColumn(stylename=narrow))
    t.addElement(TableColumn(stylename=wide))
    t.addElement(TableColumn(stylename=narrow, numbercolumnsrepeated=6))
    r = TableRow()
    text_cell(r, "Résultats par question — part des répondants « oui » ou « plutôt d'accord » (en %)", title, span=8)
    t.addElement(r)
    t.addElement(empty_row())
    r = TableRow()
    text_cell(r, "N°", head)
    text_cell(r, "Affirmation ou question", head)
    text_cell(r, "Vague 1 — septembre 2025", head, span=2)
    text_cell(r, "Vague 2 — novembre 2025", head, span=2)
    text_cell(r, "Évolution (points)", head, span=2)
    t.addElement(r)
    r = TableRow()
    text_cell(r, "", head)
    text_cell(r, "", head)
    for _ in range(3):
        text_cell(r, "Ensemble", head)
        text_cell(r, "QPV", head)
    t.addElement(r)
    for k, (qid, lab, a1, q1, a2, q2) in enumerate(QUESTIONS):
        rown = 5 + k
        r = TableRow()
        text_cell(r, qid, bold)
        text_cell(r, lab)
        for v in (a1, q1, a2, q2):
            pct_cell(r, v)
        if a1 is None:
            text_cell(r, "—")
            text_cell(r, "—")
        else:
            num_cell(r, a2 - a1, "of:=ROUND(([.E%d]-[.C%d])*100;0)" % (rown, rown))
            num_cell(r, q2 - q1, "of:=ROUND(([.F%d]-[.D%d])*100;0)" % (rown, rown))
        t.addElement(r)
    t.addElement(empty_row())
    for note in ("Source : enquête CLSM de Port-Ardelle / Océan Études, vague 1 (n = 412) et vague 2 (n = 398).",
                 "Q2 n'a été posée qu'en vague 2, la campagne n'ayant pas commencé lors de la vague 1.",
                 "Q9 : évolution non significative."):
        r = TableRow()
        text_cell(r, note, span=8)
        t.addElement(r)
    doc.spreadsheet.addElement(t)

    # feuille 3
    t = Table(name="Par quartier")
    t.addElement(TableColumn(stylename=wide))
    t.addElement(TableColumn(stylename=narrow, numbercolumnsrepeated=5))
    r = TableRow()
    text_cell(r, "Résultats par quartier — indicateurs de la vague 2 (novembre 2025)", title, span=6)
    t.addElement(r)
    r = TableRow()
    for h in ("Quartier", "Répondants vague 1", "Répondants vague 2", "A vu la campagne",
              "Aurait honte de consulter", "Saurait vers qui orienter"):
        text_cell(r, h, head)
    t.addElement(r)
    for name, n1, n2, a, b, c in QUARTIERS:
        r = TableRow()
        text_cell(r, name, bold)
        num_cell(r, n1)
        num_cell(r, n2)
        for v in (a, b, c):
            pct_cell(r, v)
        t.addElement(r)
    r = TableRow()
    text_cell(r, QPV_TOTAL[0], bold)
    num_cell(r, sum(q[1] for q in QUARTIERS), "of:=SUM([.B3:.B5])")
    num_cell(r, sum(q[2] for q in QUARTIERS), "of:=SUM([.C3:.C5])")
    for v in QPV_TOTAL[1:]:
        pct_cell(r, v)
    t.addElement(r)
    r = TableRow()
    name, n1, n2, a, b, c = HORS_QPV
    text_cell(r, name, bold)
    num_cell(r, n1)
    num_cell(r, n2)
    for v in (a, b, c):
        pct_cell(r, v)
    t.addElement(r)
    r = TableRow()
    text_cell(r, ENSEMBLE[0], bold)
    num_cell(r, 412, "of:=[.B6]+[.B7]")
    num_cell(r, 398, "of:=[.C6]+[.C7]")
    for v in ENSEMBLE[1:]:
        pct_cell(r, v)
    t.addElement(r)
    t.addElement(empty_row())
    r = TableRow()
    text_cell(r, "Les pourcentages des lignes « Ensemble » sont pondérés par les effectifs de la vague 2.", span=6)
    t.addElement(r)
    doc.spreadsheet.addElement(t)

    # feuille 4
    t = Table(name="Canaux")
    t.addElement(TableColumn(stylename=wide))
    t.addElement(TableColumn(stylename=narrow))
    r = TableRow()
    text_cell(r, "Par quel canal avez-vous vu ou entendu la campagne ?", title, span=2)
    t.addElement(r)
    r = TableRow()
    text_cell(r, "Vague 2, personnes se souvenant de la campagne (n = 231), plusieurs réponses possibles", span=2)
    t.addElement(r)
    r = TableRow()
    text_cell(r, "Canal", head)
    text_cell(r, "Part des répondants", head)
    t.addElement(r)
    for lab, v in CANAUX:
        r = TableRow()
        text_cell(r, lab)
        pct_cell(r, v)
        t.addElement(r)
    r = TableRow()
    text_cell(r, "Total (supérieur à 100 %, plusieurs réponses possibles)", bold)
    tot = sum(v for _, v in CANAUX)
    c = TableCell(valuetype="percentage", value=str(tot / 100), stylename=pcell, formula="of:=SUM([.B4:.B10])")
    c.addElement(P(text="%d\u00a0%%" % tot))
    r.addElement(c)
    t.addElement(r)
    doc.spreadsheet.addElement(t)

    doc.save(OUT)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
