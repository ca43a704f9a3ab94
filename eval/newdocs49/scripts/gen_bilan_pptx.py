# -*- coding: utf-8 -*-
"""Génère le diaporama PowerPoint (.pptx, python-pptx) présenté par le groupe de travail « jeunesse » à la
plénière du CLSM de Kervallon le jeudi 5 février 2026 : bilan 2025 et feuille de route 2026.

Mise en forme voulue : 17 diapositives 16:9 ; titres, puces, tableaux (indicateurs par territoire, par âge et par
sexe, activité MDA 2023-2025, PSSM, dispositifs psy, financements 2026) ; notes de l'orateur contenant des faits
absents des diapositives ; une diapositive MASQUÉE (show="0") aux chiffres provisoires d'octobre 2025, périmés ;
une diapositive de frise en liste à puces de dates.

Tout est inventé (ville, département, personnes, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-05_clsm-kervallon_bilan-gt-jeunesse-2025.pptx")

BLUE = RGBColor(0x0B, 0x4F, 0x6C)

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
TITLE_ONLY = prs.slide_layouts[5]
TITLE = prs.slide_layouts[0]
BULLETS = prs.slide_layouts[1]


def notes(slide, text):
    slide.notes_slide.notes_text_frame.text = text


def title_of(slide, text):
    slide.shapes.title.text = text
    for p in slide.shapes.title.text_frame.paragraphs:
        for r in p.runs:
            r.font.size = Pt(30)
            r.font.color.rgb = BLUE
            r.font.bold = True


def bullets(title, items, note=None, size=20):
    s = prs.slides.add_slide(BULLETS)
    title_of(s, title)
    body = s.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(0.7), Inches(1.6), Inches(12), Inches(5.5)
    tf = body.text_frame
    first = True
    for it in items:
        level = 0
        if it.startswith("  "):
            level, it = 1, it.strip()
        p = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        p.text = it
        p.level = level
        for r in p.runs:
            r.font.size = Pt(size - 3 * level)
    if note:
        notes(s, note)
    return s


def table(title, rows, note=None, caption=None, widths=None, top=1.6, extra=None):
    s = prs.slides.add_slide(TITLE_ONLY)
    title_of(s, title)
    nr, nc = len(rows), len(rows[0])
    height = Inches(0.45 * nr)
    shape = s.shapes.add_table(nr, nc, Inches(0.6), Inches(top), Inches(12.1), height)
    tb = shape.table
    if widths:
        for j, w in enumerate(widths):
            tb.columns[j].width = Inches(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = tb.cell(i, j)
            cell.text = val
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(15 if i else 15)
                    r.font.bold = i == 0 or row[0].startswith("Total")
    y = top + 0.45 * nr + 0.25
    for line in ([caption] if caption else []) + (extra or []):
        tx = s.shapes.add_textbox(Inches(0.6), Inches(y), Inches(12.1), Inches(0.5))
        tx.text_frame.text = line
        tx.text_frame.word_wrap = True
        for r in tx.text_frame.paragraphs[0].runs:
            r.font.size = Pt(13)
            r.font.italic = True
        y += 0.5
    if note:
        notes(s, note)
    return s


# 1 -------------------------------------------------------------------------------------------- titre
s = prs.slides.add_slide(TITLE)
s.shapes.title.text = "Santé mentale des jeunes à Kervallon : bilan 2025 et feuille de route 2026"
s.placeholders[1].text = ("Groupe de travail « jeunesse » du conseil local de santé mentale (CLSM)\n"
                          "Plénière du CLSM — jeudi 5 février 2026 — salle du conseil, hôtel de ville\n"
                          "Sophie Tanguy (Maison des adolescents d'Aven-et-Odet) et Dr Yann Morvan (CH de Kervallon)")
notes(s, "Accueil par Annaïg Le Floch, adjointe au maire déléguée à la santé, qui rappelle que le CLSM a été "
         "créé en 2019. Le groupe de travail jeunesse existe depuis mars 2023 et réunit 14 structures. "
         "Durée prévue de la présentation : 25 minutes, puis 20 minutes d'échanges.")

# 2 -------------------------------------------------------------------------------------------- territoire
bullets("Le territoire et ses jeunes", [
    "Kervallon : 52 300 habitants, dont 8 940 jeunes de 11 à 25 ans (17 %)",
    "Deux quartiers prioritaires de la politique de la ville (QPV) :",
    "  Kerbrézel : 4 620 habitants, 34 % ont moins de 25 ans",
    "  Pen ar Roz : 3 180 habitants, 31 % ont moins de 25 ans",
    "9 collèges et 5 lycées sur le bassin, un IUT (1 850 étudiants)",
    "Ressources jeunesse : MDA et son antenne, PAEJ Point Virgule, mission locale, CMP infanto-juvénile",
], note="Chiffre à citer oralement : le taux de pauvreté des 18-24 ans atteint 44 % dans les deux QPV, contre "
        "19 % sur l'ensemble de la ville. Un jeune de QPV sur quatre n'a pas de médecin traitant déclaré.")

# 3 -------------------------------------------------------------------------------------------- indicateurs par territoire
table("Un mal-être plus marqué dans les quartiers", [
    ["Indicateur", "QPV Kervallon", "Kervallon", "Aven-et-Odet", "Bretagne", "France"],
    ["Épisode dépressif dans l'année, 15-24 ans", "27 %", "22 %", "21 %", "20 %", "18 %"],
    ["Hospitalisations pour tentative de suicide, filles 15-19 ans (pour 10 000)", "n.d.", "n.d.", "52", "47", "39"],
    ["Hospitalisations pour tentative de suicide, garçons 15-19 ans (pour 10 000)", "n.d.", "n.d.", "14", "13", "11"],
], widths=[4.6, 1.5, 1.5, 1.5, 1.5, 1.5],
    caption="Sources : Baromètre jeunesse de Kervallon 2025 ; observatoire régional de santé ; données nationales.",
    note="Attention aux comparaisons : le chiffre France de l'épisode dépressif date de 2021, ceux de Kervallon "
         "de 2025. Les hospitalisations sont des moyennes 2021-2023. La Bretagne reste la région où la mortalité "
         "par suicide est la plus élevée : 9,8 décès pour 100 000 jeunes de 15 à 24 ans, contre 6,9 en France.")

# 4 -------------------------------------------------------------------------------------------- âge et sexe
table("Anxiété : un écart filles-garçons qui se creuse à l'adolescence", [
    ["Symptômes anxieux marqués (Baromètre jeunesse 2025)", "Filles", "Garçons", "Ensemble"],
    ["11-14 ans", "24 %", "13 %", "18 %"],
    ["15-17 ans", "38 %", "19 %", "29 %"],
    ["18-25 ans", "35 %", "21 %", "28 %"],
], widths=[6.1, 2, 2, 2],
    caption="Baromètre jeunesse 2025 : 1 412 répondants de 11 à 25 ans, questionnaire en ligne mai-juin 2025.",
    note="L'écart entre filles et garçons est le plus fort chez les 15-17 ans : 19 points. Les jeunes qui se "
         "déclarent non binaires (2 % des répondants) présentent les taux les plus élevés, 46 %, mais l'effectif "
         "est trop faible pour être affiché sur la diapositive.")

# 5 -------------------------------------------------------------------------------------------- urgences
table("Passages aux urgences des 11-17 ans pour geste auto-infligé (CH de Kervallon)", [
    ["Année", "Passages", "dont filles"],
    ["2023", "118", "74 %"],
    ["2024", "141", "76 %"],
    ["2025", "133", "78 %"],
], widths=[4, 4, 4.1],
    caption="Première baisse depuis 2021, à confirmer.",
    note="Âge moyen des jeunes concernés en 2025 : 14,6 ans. Un tiers des passages a lieu entre 20 heures et "
         "minuit. Le dispositif de recontact VigilanS a été sollicité pour 61 de ces jeunes en 2025.")

# 6 -------------------------------------------------------------------------------------------- MDA
table("Maison des adolescents : une activité en hausse, des délais en baisse", [
    ["MDA d'Aven-et-Odet (siège + antenne)", "2023", "2024", "2025"],
    ["File active (jeunes différents)", "1 184", "1 326", "1 452"],
    ["Nouveaux jeunes", "812", "901", "968"],
    ["Entretiens réalisés", "5 480", "6 120", "6 870"],
    ["Délai moyen avant premier accueil", "26 jours", "19 jours", "12 jours"],
], widths=[6.1, 2, 2, 2],
    note="Délai 2025 détaillé : 14 jours au siège, 6 jours à l'antenne de Pen ar Roz. L'objectif 2026 est de "
         "10 jours au siège. Les parents reçus seuls, sans leur enfant, ne sont pas comptés dans la file active : "
         "312 parents en 2025.")

# 7 -------------------------------------------------------------------------------------------- diapo MASQUÉE
s = bullets("[NE PAS PROJETER] Chiffres provisoires au 15 octobre 2025", [
    "MDA : file active 2025 estimée à 1 398 jeunes",
    "Délai moyen avant premier accueil : 17 jours",
    "PAEJ Point Virgule : 379 jeunes attendus en 2025",
    "PSSM : 112 personnes formées attendues en 2025",
    "Financement ARS 2026 demandé : 85 000 €",
], note="Version de travail de la réunion de préparation du 15 octobre 2025, remplacée par les chiffres définitifs.")
s._element.set("show", "0")

# 8 -------------------------------------------------------------------------------------------- antenne
bullets("L'antenne MDA de Pen ar Roz, 18 mois après", [
    "Ouverte le 2 septembre 2024 à la maison de quartier du Roz",
    "74 jeunes reçus de septembre à décembre 2024, 231 en 2025",
    "52 % des jeunes de l'antenne n'étaient jamais venus à la MDA",
    "Horaires : mercredi 14 h-18 h et jeudi 16 h-19 h",
    "Nouveau : ouverture le vendredi 14 h-18 h à partir du 1er avril 2026",
], note="L'antenne fonctionne avec une psychologue à temps plein et un éducateur à mi-temps ; le recrutement d'un "
        "second éducateur à mi-temps conditionne l'ouverture du vendredi. 61 % des jeunes de l'antenne "
        "habitent Pen ar Roz, 23 % Kerbrézel.")

# 9 -------------------------------------------------------------------------------------------- PAEJ
table("PAEJ Point Virgule (Kerbrézel) : aller vers les jeunes", [
    ["PAEJ Point Virgule", "2024", "2025"],
    ["Jeunes différents accueillis", "341", "386"],
    ["Accueils au PAEJ", "1 012", "1 146"],
    ["Accueils en permanence à la mission locale", "168", "214"],
    ["Part des jeunes habitant un QPV", "55 %", "58 %"],
], widths=[6.1, 3, 3],
    caption="Accueil anonyme et gratuit des 12-25 ans et de leurs parents.",
    note="En 2025 les garçons représentent 53 % des jeunes accueillis au PAEJ, à l'inverse de la MDA. Les 12-17 "
         "ans sont 44 % et les 18-25 ans 56 %. 97 parents ont été reçus. Le PAEJ est porté par l'association "
         "Horizons Jeunes.")

# 10 ------------------------------------------------------------------------------------------- mission locale
bullets("Mission locale du Pays de Kervallon", [
    "1 940 jeunes de 16 à 25 ans accompagnés en 2025, dont 26 % habitant un QPV",
    "Une psychologue à mi-temps (0,5 ETP) depuis le 6 janvier 2025",
    "148 jeunes orientés vers la MDA ou le PAEJ en 2025",
    "Permanence du PAEJ dans les locaux de la mission locale le jeudi matin",
], note="La psychologue de la mission locale a reçu 96 jeunes en 2025, en moyenne 3,4 entretiens chacun. La "
        "référente santé de la mission locale est Léna Caradec. Demande en cours auprès de l'ARS pour passer à "
        "0,8 ETP.")

# 11 ------------------------------------------------------------------------------------------- PSSM
table("Premiers secours en santé mentale (PSSM)", [
    ["PSSM à Kervallon", "2024", "2025"],
    ["Sessions organisées", "4", "9"],
    ["Personnes formées (tous modules)", "46", "118"],
    ["dont module Jeunes", "46", "106"],
    ["Formateurs accrédités mobilisés", "2", "3"],
], widths=[6.1, 3, 3],
    caption="Module Jeunes : 14 heures sur deux jours, pour les adultes au contact de jeunes de 11 à 18 ans.",
    note="Les trois formateurs 2025 : Maëlle Guillou, Thomas Kerjean et Nadia Benali. Objectif 2026 : 150 "
         "personnes formées. Coût d'une session : 3 200 €, pris en charge par l'ARS pour les professionnels et "
         "par le contrat de ville pour les habitants et associations des QPV.")

# 12 ------------------------------------------------------------------------------------------- harcèlement & écrans
bullets("Harcèlement et écrans : ce que disent les collégiens et les lycéens", [
    "Enquête climat scolaire, printemps 2025 : 4 collèges, 1 730 élèves de la 6e à la 3e",
    "  11 % disent avoir été harcelés dans l'année (filles 13 %, garçons 9 %)",
    "  6 % disent avoir été victimes de cyberharcèlement",
    "Temps d'écran un jour de classe : 3 h 40 chez les 11-14 ans, 5 h 05 chez les 15-17 ans",
    "62 % des 15-17 ans utilisent leur téléphone après minuit au moins une fois par semaine",
], note="En détail, les garçons passent en moyenne 1 h 50 par jour sur les jeux vidéo, les filles 2 h 50 sur les "
        "réseaux sociaux. Le week-end, le temps d'écran des 11-14 ans monte à 5 h 20. Les ateliers écrans du "
        "contrat de ville ont réuni 260 jeunes et 85 parents en 2025.")

# 13 ------------------------------------------------------------------------------------------- dispositifs psy
table("Consulter un psychologue : deux dispositifs à ne pas confondre", [
    ["", "Mon soutien psy", "Santé Psy Étudiant"],
    ["Pour qui", "Tout public dès 3 ans", "Étudiants uniquement"],
    ["Nombre de séances", "12 par an", "8 par année universitaire"],
    ["Coût pour le jeune", "Remboursé (Assurance maladie + complémentaire)", "Gratuit, sans avance de frais"],
    ["Accès", "Direct, sans prescription", "Direct, ou via le service de santé étudiante"],
    ["Psychologues participants à Kervallon (janvier 2026)", "9", "4"],
], widths=[4.1, 4, 4],
    note="Mon soutien psy a remplacé MonPsy le 15 juin 2024. Le service de santé étudiante de l'IUT a assuré 212 "
         "consultations de psychologue en 2025, deux demi-journées par semaine.")

# 14 ------------------------------------------------------------------------------------------- financements
table("Financements 2026 du programme jeunesse", [
    ["Financeur", "Objet", "Montant 2026"],
    ["ARS Bretagne", "Antenne MDA de Pen ar Roz et sessions PSSM", "92 000 €"],
    ["Contrat de ville", "Permanences PAEJ en QPV, ateliers écrans", "21 500 €"],
    ["CAF d'Aven-et-Odet", "Groupe « Parents d'ados, parlons-en »", "15 000 €"],
    ["Fondation de France", "Ambassadeurs bien-être (2e tranche)", "18 000 €"],
    ["Total", "", "146 500 €"],
], widths=[3.1, 6, 3],
    note="Pour mémoire, 2025 : ARS 78 000 €, contrat de ville 24 000 €, CAF 12 500 €, Fondation de France "
         "18 000 € (1re tranche), soit 132 500 €. Le montant du contrat de ville 2026 reste sous réserve du "
         "comité de pilotage de mars.")

# 15 ------------------------------------------------------------------------------------------- frise
bullets("Les dates clés", [
    "15 juin 2024 : MonPsy devient Mon soutien psy (12 séances, accès direct)",
    "2 septembre 2024 : ouverture de l'antenne MDA de Pen ar Roz",
    "6 janvier 2025 : arrivée d'une psychologue à la mission locale",
    "20 et 21 janvier 2025 : première session PSSM Jeunes de l'année",
    "1er septembre 2025 : diffusion du guide « Orienter un jeune »",
    "6 au 19 octobre 2025 : Semaines d'information sur la santé mentale",
    "5 février 2026 : plénière du CLSM",
    "1er avril 2026 : ouverture de l'antenne le vendredi",
    "Mai-juin 2026 : Baromètre jeunesse 2026",
], size=18, note="La date d'ouverture du vendredi dépend du recrutement de l'éducateur.")

# 16 ------------------------------------------------------------------------------------------- feuille de route
bullets("Feuille de route 2026", [
    "Ramener le délai de premier accueil au siège de la MDA à 10 jours",
    "Former 150 personnes aux PSSM, dont les clubs sportifs et les agents municipaux",
    "Ouvrir l'antenne de Pen ar Roz le vendredi",
    "Réaliser le Baromètre jeunesse 2026 (objectif 800 répondants)",
    "Publier la version 2 du guide « Orienter un jeune »",
    "Étendre les ambassadeurs bien-être à un quatrième lycée",
], note="La cellule des situations complexes jeunes se réunit le premier jeudi du mois au CH ; 38 situations "
        "examinées en 2025.")

# 17 ------------------------------------------------------------------------------------------- contacts
bullets("Contacts", [
    "Coordination du CLSM : Gwenaëlle Le Bihan — 03 99 00 41 20 — clsm@kervallon.example",
    "MDA d'Aven-et-Odet : 03 99 00 52 10 — mda-aven-odet.example",
    "PAEJ Point Virgule : 03 99 00 63 40 — SMS 06 99 00 63 41",
    "Mission locale du Pays de Kervallon : 03 99 00 70 15",
], size=18, note="Prochaine réunion du groupe de travail jeunesse : mardi 10 mars 2026 à 14 h, en visio.")

prs.core_properties.title = "Bilan 2025 du GT jeunesse — plénière CLSM du 5 février 2026"
prs.core_properties.author = "CLSM de Kervallon"
prs.save(OUT)
print("écrit :", OUT, len(prs.slides), "diapositives")
