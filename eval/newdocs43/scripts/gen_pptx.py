# -*- coding: utf-8 -*-
"""Génère le diaporama (.pptx) du bilan de première année de l'EMAP (lot newdocs43)."""
import os
from pptx import Presentation
from pptx.util import Inches, Pt

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-10-09_chs-la-sevrine_bilan-premiere-annee-emap.pptx")

prs = Presentation()
prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)


def notes(slide, text):
    slide.notes_slide.notes_text_frame.text = text


def bullets(title, items, note):
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = title
    body = s.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(0.7), Inches(1.6), Inches(12), Inches(5.4)
    tf = body.text_frame
    tf.text = items[0]
    for it in items[1:]:
        p = tf.add_paragraph()
        p.text = it.lstrip("-")
        p.level = 1 if it.startswith("-") else 0
    for p in tf.paragraphs:
        for r in p.runs:
            r.font.size = Pt(20 if p.level == 0 else 17)
    notes(s, note)
    return s


s = prs.slides.add_slide(prs.slide_layouts[0])
s.shapes.title.text = "Équipe mobile ASE-pédopsychiatrie (EMAP) : bilan de la première année"
s.placeholders[1].text = ("2 septembre 2024 – 31 août 2025\nComité de pilotage du protocole départemental, "
                          "Montclavel, 9 octobre 2025\nCHS La Sévrine — pôle de pédopsychiatrie")
notes(s, "Présentation à deux voix : Dr Mehdi Lazaar, pédopsychiatre coordonnateur de l'EMAP, et Julie Ranoux, "
         "cadre de santé. Durée prévue : 25 minutes, puis échanges avec le comité.")

bullets("L'EMAP en bref", [
    "Créée par le protocole départemental du 27 juin 2024",
    "Intervient dans tout le Val-de-Sévrine, sur le lieu de vie de l'enfant",
    "Évaluation, soins de courte durée, appui aux accueillants, relais vers le CMP",
    "6,9 ETP en poste au 31 août 2025 (7,4 prévus)",
    "Locaux : Maison de l'enfance, 14 rue des Tanneurs, Montclavel",
], "Le poste de pédopsychiatre n'a été pourvu que le 3 mars 2025 : pendant six mois, la cheffe de pôle, "
   "Dr Anne-Laure Fontvieille, a assuré un intérim d'une demi-journée par semaine. Le demi-poste d'assistante "
   "sociale manquant reste vacant à ce jour.")

bullets("Activité de la première année", [
    "226 saisines reçues",
    "193 enfants et jeunes suivis (file active)",
    "1 146 interventions, dont 64 % sur le lieu de vie",
    "34 jeunes en double mesure ASE / PJJ",
    "Origine des saisines : référents ASE 81 %, PJJ 11 %, médecin référent 8 %",
], "Sur les 226 saisines, 33 n'ont pas donné lieu à un suivi : 19 réorientations directes vers le CMP, "
   "8 situations déjà suivies par un psychiatre libéral, 6 refus des titulaires de l'autorité parentale.")

# diapositive tableau
s = prs.slides.add_slide(prs.slide_layouts[5])
s.shapes.title.text = "Indicateurs du protocole : avant et après l'EMAP (Val-de-Sévrine)"
rows = [
    ("Indicateur", "Sept. 2023 – août 2024 (avant EMAP)", "Sept. 2024 – août 2025 (année 1)"),
    ("Délai moyen du 1er rendez-vous en CMP, enfants confiés", "27 semaines", "9 semaines"),
    ("Part des enfants confiés suivis en CMP (fin de période)", "29 %", "34 %"),
    ("Passages aux urgences pédiatriques d'enfants confiés", "71", "47"),
    ("Hospitalisations en pédopsychiatrie d'enfants confiés", "18", "14"),
    ("Assistants familiaux formés (module de 3 jours)", "0", "61"),
    ("Délai moyen de première rencontre EMAP", "sans objet", "11 jours"),
]
tbl = s.shapes.add_table(len(rows), 3, Inches(0.6), Inches(1.6), Inches(12.1), Inches(4.6)).table
tbl.columns[0].width = Inches(6.1)
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = tbl.cell(i, j)
        c.text = v
        c.text_frame.paragraphs[0].runs[0].font.size = Pt(16)
notes(s, "Les fins de placement demandées en urgence par l'assistant familial ou la MECS sont passées de 23 à 9 "
         "sur la même période. Cet indicateur n'est pas dans le tableau car les données 2023-2024 ont été "
         "reconstituées à la main par la direction enfance-famille.")

bullets("Qui sont les enfants suivis ?", [
    "Âge : 0-5 ans 8 % ; 6-11 ans 34 % ; 12-15 ans 41 % ; 16-21 ans 17 %",
    "Lieu d'accueil :",
    "-famille d'accueil (assistant familial) : 118 enfants, soit 61 %",
    "-MECS : 52 enfants, soit 27 %",
    "-autres (lieux de vie, semi-autonomie) : 23 enfants, soit 12 %",
    "Motifs principaux : troubles du comportement, psychotraumatisme, troubles de l'attachement",
], "Âge moyen : 12,3 ans. 58 % de garçons. Un enfant sur cinq avait déjà connu au moins trois lieux "
   "d'accueil avant la saisine.")

bullets("Territoires", [
    "Montclavel : 78 enfants suivis",
    "-dont 29 issus du quartier prioritaire des Hauts-de-Borie",
    "Secteur de Castelvieil (sud du département) : 47 enfants suivis",
    "Autres secteurs : 68 enfants suivis",
], "Jusqu'à 1 h 15 de route entre Montclavel et les communes du sud : c'est l'argument principal de la "
   "demande d'antenne à Castelvieil. Les 29 enfants des Hauts-de-Borie sont tous suivis avec l'atelier santé "
   "ville du quartier.")

bullets("Délais de l'EMAP", [
    "Contact avec l'auteur de la saisine sous 72 h : 91 % des saisines",
    "Première rencontre avec l'enfant : 11 jours en moyenne (objectif 15 jours)",
    "Crises : intervention sous 48 h dans 26 situations sur 29",
], "Les trois crises prises en charge hors délai ont eu lieu pendant la vacance du poste de pédopsychiatre, "
   "en janvier 2025.")

bullets("Soutien aux assistants familiaux", [
    "61 assistants familiaux formés en 4 sessions (janvier – juin 2025)",
    "Satisfaction moyenne : 4,6 / 5",
    "142 temps d'appui individuels auprès des accueillants",
    "Groupes d'analyse de la pratique : 2 groupes mensuels",
], "Demande forte, exprimée dans les questionnaires, d'une ligne téléphonique directe réservée aux "
   "assistants familiaux, sans passer par le référent ASE : proposition soumise au comité de pilotage.")

bullets("Budget de la première année", [
    "Budget prévu en année pleine : 612 000 €",
    "-ARS Nouvelle-Aquitaine (FIR) : 432 000 €",
    "-Département du Val-de-Sévrine : 180 000 €",
    "Dépenses réalisées du 2 septembre 2024 au 31 août 2025 : 574 800 €",
], "La sous-consommation de 37 200 € tient à la vacance du poste de pédopsychiatre. L'ARS a accepté que ce "
   "reliquat finance l'aménagement des locaux de la future antenne de Castelvieil.")

bullets("Ce qui marche, ce qui coince", [
    "Ce qui marche : la venue au domicile de l'assistant familial ; la synthèse commune ASE-PJJ-soin",
    "Ce qui coince : recrutement médical ; distances ; relais CMP au-delà de six mois",
    "Points de vigilance : consentement des parents, turn-over des référents ASE",
], "Le turn-over des référents ASE atteint 22 % sur l'année : un enfant sur quatre a changé de référent "
   "pendant son suivi par l'EMAP.")

bullets("Perspectives 2026", [
    "Ouvrir une antenne sud à Castelvieil (+1,5 ETP)",
    "Ouvrir une ligne d'appui directe pour les assistants familiaux",
    "Tenir le délai cible de 6 semaines pour le 1er rendez-vous en CMP",
    "Former 160 assistants familiaux supplémentaires en 2026",
], "Le financement de l'antenne sud suppose une hausse de la dotation ARS de 66 000 € en année pleine. "
   "Réponse de l'ARS attendue pour décembre 2025.")

bullets("Contacts", [
    "EMAP — CHS La Sévrine : 03 99 00 41 20",
    "emap@chs-lasevrine.example",
    "Du lundi au vendredi, 9 h – 18 h",
], "Merci aux référents ASE, aux assistants familiaux et aux équipes des MECS.")

prs.save(OUT)
print(OUT)
