# -*- coding: utf-8 -*-
"""Fiche action n° 3.2 du contrat de ville « Engagements Quartiers 2030 » de Bellerive-la-Côte : Word (python-docx).
Particularités : presque tout le contenu est dans un tableau à deux colonnes libellé / valeur (libellés en gras sur
fond grisé), une première ligne fusionnée sur les deux colonnes (axe et numéro de fiche), des cases ☒/☐, des
listes à puces et numérotées dans les cellules, deux tableaux imbriqués dans des cellules (budget par poste avec
ligne « Total », plan de financement), en-tête et pied de page, encadré des visas en bas."""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-01-28_ville-bellerive-la-cote_fiche-action-sante-mentale-jeunes.docx")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    return cell.paragraphs[0]


def add_items(cell, items, style):
    first = not cell.paragraphs[0].text
    for it in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.text = it
        p.style = style


def nested(cell, rows, total=True):
    cell.add_paragraph()
    t = cell.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (a, b) in enumerate(rows):
        set_text(t.cell(r, 0), a, bold=(r == 0 or (total and r == len(rows) - 1)))
        set_text(t.cell(r, 1), b, bold=(r == 0 or (total and r == len(rows) - 1)))
    return t


def main():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = ("Ville de Bellerive-la-Côte — Direction de la cohésion sociale — "
                                     "Contrat de ville « Engagements Quartiers 2030 »")
    sec.footer.paragraphs[0].text = ("Fiche action 3.2 — version validée en comité de pilotage du contrat de ville "
                                     "du 28 janvier 2025")

    h = d.add_paragraph()
    r = h.add_run("CONTRAT DE VILLE DE BELLERIVE-LA-CÔTE 2024-2030\nFICHE ACTION")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1B, 0x4F, 0x72)

    rows = [
        ("Intitulé de l'action", "Prendre soin des 11-25 ans de Champ-Fleuri : repérer, écouter, orienter"),
        ("Quartier concerné", "Champ-Fleuri (quartier prioritaire de la politique de la ville)"),
        ("Enjeu du contrat de ville", None),
        ("Pilote", "Ville de Bellerive-la-Côte — Direction de la cohésion sociale. Référente : Marion Lefèvre, "
                   "cheffe de projet politique de la ville"),
        ("Partenaires", None),
        ("Constat", None),
        ("Objectifs", None),
        ("Description de l'action", None),
        ("Public visé", "Jeunes de 11 à 25 ans résidant à Champ-Fleuri ou scolarisés au collège Jean-Moulin, et "
                        "leurs parents ; adultes relais du quartier (animateurs, éducateurs, médiateurs, bénévoles)"),
        ("Calendrier", None),
        ("Budget prévisionnel", None),
        ("Plan de financement", None),
        ("Indicateurs de suivi", None),
        ("Modalités d'évaluation", "Bilan annuel présenté au comité de pilotage du contrat de ville ; évaluation "
                                   "finale en décembre 2026, conduite avec le CLSM intercommunal."),
    ]
    t = d.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 1))
    set_text(top, "Axe 3 — Santé et bien-être des habitants     |     Fiche action n° 3.2", bold=True)
    shade(top, "1B4F72")
    top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    cells = {}
    for i, (label, value) in enumerate(rows, start=1):
        set_text(t.cell(i, 0), label, bold=True)
        shade(t.cell(i, 0), "D9E2EA")
        t.cell(i, 0).width = Cm(4.5)
        t.cell(i, 1).width = Cm(13)
        if value:
            set_text(t.cell(i, 1), value)
        cells[label] = t.cell(i, 1)

    set_text(cells["Enjeu du contrat de ville"],
             "☐ Emploi et insertion   ☐ Éducation et réussite   ☒ Santé et accès aux droits   ☐ Cadre de vie")
    add_items(cells["Partenaires"], [
        "Maison des adolescents du Pays de Vernaux (permanence mobile)",
        "Relais Santé Jeunes de Bourgogne (formations aux premiers secours en santé mentale)",
        "Mission locale du Val de Côte",
        "Collège Jean-Moulin",
        "Centre social de Champ-Fleuri",
        "Centre médico-psychologique infanto-juvénile de Bellerive",
    ], "List Bullet")
    add_items(cells["Constat"], [
        "Les moins de 25 ans représentent 31 % des habitants de Champ-Fleuri (diagnostic local de santé 2023).",
        "Aucun lieu d'écoute dédié aux jeunes n'existe sur la commune ; la maison des adolescents la plus proche "
        "est à Vernaux-les-Forges, à 35 minutes en bus.",
        "Le délai d'attente pour un premier rendez-vous au CMP infanto-juvénile atteint 7 mois.",
        "Les animateurs et éducateurs du quartier se disent démunis face aux signes de mal-être des adolescents.",
    ], "List Bullet")
    add_items(cells["Objectifs"], [
        "Former 40 adultes relais aux premiers secours en santé mentale d'ici fin 2026.",
        "Ouvrir une permanence d'écoute hebdomadaire pour les jeunes au centre social.",
        "Ramener à moins de 15 jours le délai d'un premier entretien d'écoute.",
    ], "List Number")
    add_items(cells["Description de l'action"], [
        "Permanence mobile de la maison des adolescents chaque mercredi de 14 h à 18 h au centre social de "
        "Champ-Fleuri, à partir de mars 2025 (psychologue à 0,3 ETP).",
        "Trois sessions par an de formation PSSM module Jeunes pour les adultes relais du quartier.",
        "Un comité de veille jeunes, réuni chaque trimestre, pour examiner les situations complexes avec les "
        "partenaires (dans le respect du secret partagé).",
        "Une campagne d'information portée par des jeunes ambassadeurs du quartier.",
    ], "List Bullet")
    set_text(cells["Calendrier"], "Janvier 2025 – décembre 2026")
    add_items(cells["Calendrier"], [
        "Mars 2025 : ouverture de la permanence mobile",
        "Juin 2025 : première session de formation PSSM",
        "Septembre 2025 : premier comité de veille jeunes",
        "Décembre 2026 : évaluation finale",
    ], "List Bullet")
    set_text(cells["Budget prévisionnel"], "Budget prévisionnel sur deux ans (2025-2026), par poste :")
    nested(cells["Budget prévisionnel"], [
        ("Poste", "Montant"),
        ("Permanence mobile de la MDA (0,3 ETP de psychologue)", "21 000 €"),
        ("Formations PSSM (3 sessions par an)", "11 500 €"),
        ("Comité de veille et coordination", "9 000 €"),
        ("Communication et jeunes ambassadeurs", "4 000 €"),
        ("Évaluation", "3 000 €"),
        ("Total", "48 500 €"),
    ])
    set_text(cells["Plan de financement"], "Cofinancements sollicités :")
    nested(cells["Plan de financement"], [
        ("Financeur", "Montant"),
        ("État — crédits de la politique de la ville (BOP 147)", "18 000 €"),
        ("ARS Bourgogne-Franche-Comté (fonds d'intervention régional)", "15 000 €"),
        ("Ville de Bellerive-la-Côte", "10 500 €"),
        ("Caisse d'allocations familiales", "5 000 €"),
        ("Total", "48 500 €"),
    ])
    add_items(cells["Indicateurs de suivi"], [
        "Nombre d'adultes relais formés (cible : 40)",
        "Nombre de jeunes reçus à la permanence (cible : 120 par an)",
        "Délai moyen avant un premier entretien d'écoute (cible : moins de 15 jours)",
        "Part des jeunes orientés vers le soin ayant obtenu un rendez-vous effectif",
    ], "List Bullet")

    d.add_paragraph()
    v = d.add_table(rows=1, cols=3)
    v.style = "Table Grid"
    for c, txt in enumerate(["Visa de la cheffe de projet\nMarion Lefèvre", "Visa de l'adjointe au maire "
                             "déléguée à la santé\nCorinne Baudot", "Visa du délégué du préfet\nArnaud Pichon"]):
        set_text(v.cell(0, c), txt)
    d.core_properties.title = "Fiche action 3.2 — Santé mentale des 11-25 ans à Champ-Fleuri"
    d.core_properties.author = "Marion Lefèvre"
    d.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
