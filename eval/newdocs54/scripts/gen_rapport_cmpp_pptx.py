# -*- coding: utf-8 -*-
"""Génère la présentation PowerPoint (.pptx, python-pptx) du rapport d'activité 2024 du CMPP de Montbrisac,
présentée à l'assemblée générale de l'association Les Sources d'Orsange le 12 juin 2025 : 12 diapositives, un
parcours de l'enfant dessiné en formes reliées par des connecteurs fléchés (texte dans les cases), un tableau
des délais par année et des notes de l'orateur qui portent des chiffres absents des diapositives.

Tout est inventé (ville, association, personnes, chiffres, numéros en 04 99 00, domaines .example).
"""
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, MSO_CONNECTOR
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt, Emu
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-06-12_cmpp-montbrisac_rapport-activite-2024.pptx")

BLUE = RGBColor(0x1B, 0x4F, 0x72)
GREEN = RGBColor(0x4E, 0x9F, 0x3D)
LIGHT = RGBColor(0xE8, 0xF1, 0xF8)

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
TITLE_ONLY = prs.slide_layouts[5]
TITLE = prs.slide_layouts[0]
BLANK = prs.slide_layouts[6]


def fnt(p, size=None, bold=None, color=None):
    """Mise en forme au niveau des runs (PowerPoint ignore souvent defRPr pour le texte existant)."""
    for r in p.runs:
        if size:
            r.font.size = Pt(size)
        if bold is not None:
            r.font.bold = bold
        if color is not None:
            r.font.color.rgb = color


def notes(slide, text):
    slide.notes_slide.notes_text_frame.text = text


def title_slide(title, bullets=None, note=None, size=22):
    s = prs.slides.add_slide(TITLE_ONLY)
    s.shapes.title.text = title
    fnt(s.shapes.title.text_frame.paragraphs[0], 36, True, BLUE)
    if bullets:
        tb = s.shapes.add_textbox(Inches(0.8), Inches(1.8), Inches(11.7), Inches(5))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, b in enumerate(bullets):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            level = 1 if b.startswith("  ") else 0
            p.text = ("– " if level else "• ") + b.strip()
            p.level = level
            fnt(p, size - 4 * level)
            p.space_after = Pt(10)
    if note:
        notes(s, note)
    return s


def box(slide, x, y, w, h, text, fill=LIGHT, color=BLUE, size=14):
    sh = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, x, y, w, h)
    sh.fill.solid()
    sh.fill.fore_color.rgb = fill
    sh.line.color.rgb = color
    tf = sh.text_frame
    tf.word_wrap = True
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = ln
        fnt(p, size if i == 0 else 13, i == 0, RGBColor(0x10, 0x20, 0x30))
    return sh


def arrow(slide, a, b, begin_site, end_site):
    c = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, 0, 0, 0, 0)
    c.begin_connect(a, begin_site)
    c.end_connect(b, end_site)
    c.line.color.rgb = BLUE
    c.line.width = Pt(2)
    ln = c.line._get_or_add_ln()
    tail = etree.SubElement(ln, qn("a:tailEnd"))
    tail.set("type", "triangle")
    tail.set("w", "med")
    tail.set("len", "med")
    return c


# 1 — titre
s = prs.slides.add_slide(TITLE)
s.shapes.title.text = "CMPP de Montbrisac — Rapport d'activité 2024"
s.placeholders[1].text = ("Assemblée générale de l'association Les Sources d'Orsange — jeudi 12 juin 2025\n"
                          "Dr Thomas Lacombe, médecin directeur · Martine Roussel, directrice administrative")
notes(s, "Remercier les administrateurs, l'ARS et la Ville. Présentation de 20 minutes, questions ensuite.")

# 2 — le CMPP en bref
title_slide("Le CMPP en bref", [
    "Centre médico-psycho-pédagogique : consultations, bilans et soins pour les enfants et les jeunes de 0 à 20 ans",
    "Sans avance de frais : soins pris en charge à 100 % par l'Assurance maladie",
    "Une équipe pluridisciplinaire :",
    "  pédopsychiatres, psychologues, orthophonistes, psychomotriciens, assistante sociale, secrétaires",
    "Pas de sectorisation : toute famille de l'Orsange peut appeler",
    "14 rue des Forgerons, Montbrisac (bus lignes 3 et 7, arrêt Forgerons)",
], "L'équipe compte 21,4 équivalents temps plein en 2024, dont 1,6 ETP de pédopsychiatre. Un demi-poste de "
   "pédopsychiatre est vacant depuis septembre 2024. Une psychologue à mi-temps a été recrutée en juin 2024.")

# 3 — chiffres clés
s = title_slide("L'année 2024 en chiffres")
for i, (v, lab) in enumerate([("684", "enfants en file active"), ("171", "nouveaux enfants"),
                              ("9 812", "actes (consultations, bilans, séances)"),
                              ("139", "enfants en liste d'attente au 31 décembre")]):
    box(s, Inches(0.7 + i * 3.1), Inches(2.3), Inches(2.8), Inches(2.4), v + "\n" + lab, size=40)
notes(s, "Sur les 684 enfants de la file active, 402 ont entre 6 et 12 ans, soit 59 %. En 2023, la file active "
         "était de 652 enfants et nous avions accueilli 158 nouveaux enfants. Le taux de rendez-vous non honorés "
         "est de 11 % en moyenne, mais de 14 % pour les enfants qui habitent un quartier prioritaire.")

# 4 — parcours (formes reliées)
s = prs.slides.add_slide(TITLE_ONLY)
s.shapes.title.text = "Le parcours d'un enfant au CMPP"
fnt(s.shapes.title.text_frame.paragraphs[0], 36, True, BLUE)
W, H = Inches(2.6), Inches(1.45)
row1 = [
    "1. Demande\nles parents appellent ou passent au secrétariat",
    "2. Entretien d'accueil\npar téléphone avec une secrétaire, sous 8 jours",
    "3. Liste d'attente\nrappel des familles tous les trois mois",
    "4. Premier rendez-vous\navec un consultant (pédopsychiatre ou psychologue)",
]
row2 = [
    "5. Bilans\npsychologique, orthophonique, psychomoteur",
    "6. Synthèse d'équipe\nréunion pluridisciplinaire du jeudi matin",
    "7. Projet de soins\nou orientation vers un autre service",
]
shapes1 = [box(s, Inches(0.5 + i * 3.2), Inches(1.9), W, H, t, size=15) for i, t in enumerate(row1)]
shapes2 = [box(s, Inches(0.5 + (3 - i) * 3.2), Inches(4.6), W, H, t, size=15, fill=RGBColor(0xEA, 0xF5, 0xE4),
               color=GREEN) for i, t in enumerate(row2)]
for a, b in zip(shapes1, shapes1[1:]):
    arrow(s, a, b, 3, 1)
arrow(s, shapes1[3], shapes2[0], 2, 0)
for a, b in zip(shapes2, shapes2[1:]):
    arrow(s, a, b, 1, 3)
side = box(s, Inches(0.5), Inches(4.6), W, H,
           "Accueil prioritaire\nfiche de liaison PRE ou PMI : passage direct à l'étape 4",
           fill=RGBColor(0xFD, 0xEB, 0xD0), color=RGBColor(0xC0, 0x60, 0x00), size=15)
arrow(s, side, shapes1[3], 0, 2)
notes(s, "Le bilan complet (étape 5) dure en moyenne sept semaines. La synthèse a lieu le jeudi matin. "
         "L'accueil prioritaire a été ouvert en septembre 2024 : 31 enfants en ont bénéficié en 2024, avec un "
         "délai moyen de 45 jours jusqu'au premier rendez-vous.")

# 5 — tableau des délais
s = prs.slides.add_slide(TITLE_ONLY)
s.shapes.title.text = "Délais d'attente 2021-2024"
fnt(s.shapes.title.text_frame.paragraphs[0], 36, True, BLUE)
data = [("Année", "Délai demande → 1er rendez-vous (jours)", "Délai 1er rendez-vous → début des soins (jours)",
         "Enfants en liste d'attente au 31/12"),
        ("2021", "148", "63", "96"), ("2022", "176", "71", "128"), ("2023", "212", "95", "161"),
        ("2024", "187", "82", "139")]
tbl = s.shapes.add_table(len(data), 4, Inches(0.8), Inches(1.9), Inches(11.7), Inches(3.4)).table
for i, r in enumerate(data):
    for j, v in enumerate(r):
        cell = tbl.cell(i, j)
        cell.text = v
        fnt(cell.text_frame.paragraphs[0], 18 if i else 15, i == 0)
tb = s.shapes.add_textbox(Inches(0.8), Inches(5.6), Inches(11.7), Inches(0.8))
tb.text_frame.text = "Délais moyens, calculés sur les enfants vus pour la première fois dans l'année."
notes(s, "Le délai médian 2024 entre la demande et le premier rendez-vous est de 164 jours, plus court que la "
         "moyenne à cause de quelques attentes très longues. Pour comparaison, le délai moyen des CMPP de "
         "l'Orsange est de 201 jours en 2024 selon l'enquête départementale.")

# 6 — adresseurs
title_slide("Qui nous adresse les enfants ?", [
    "L'école : 46 %",
    "Les médecins (généralistes, pédiatres) : 22 %",
    "Les familles, sans intermédiaire : 17 %",
    "La PMI : 9 %",
    "Autres (PRE, services sociaux, CMP) : 6 %",
], "Les adressages par les psychologues de l'Éducation nationale sont comptés dans la catégorie « école » : ils "
   "en représentent 58 %. La part de la PMI a doublé depuis 2022 (4,5 % à l'époque).")

# 7 — motifs
title_slide("Motifs de consultation des 6-12 ans", [
    "Difficultés d'apprentissage (lecture, écriture, calcul) : 31 %",
    "Troubles du comportement, agitation : 24 %",
    "Anxiété, peurs, phobie scolaire : 18 %",
    "Difficultés relationnelles, isolement : 12 %",
    "Troubles du langage : 9 %",
    "Autres motifs : 6 %",
], "L'anxiété progresse : elle représentait 13 % des motifs chez les 6-12 ans en 2022. Les situations de refus "
   "scolaire anxieux ont été multipliées par deux.")

# 8 — QPV
title_slide("Les enfants des quartiers prioritaires", [
    "Près de 3 enfants sur 10 de la file active vivent aux Tilleuls ou à Champ-Rollin",
    "Consultations avancées au centre social Les Tilleuls depuis octobre 2024, le mardi matin",
    "Une psychologue à mi-temps dédiée, financée par l'ARS et le contrat de ville",
    "Objectif : réduire les rendez-vous non honorés et les abandons avant le premier rendez-vous",
], "197 enfants de la file active habitent un quartier prioritaire, soit 29 % : 121 aux Tilleuls et 76 à "
   "Champ-Rollin. 38 consultations avancées ont eu lieu au dernier trimestre 2024.")

# 9 — partenariats
title_slide("Nos partenaires", [
    "Programme de réussite éducative : fiche de liaison et accueil prioritaire",
    "PMI de l'Orsange : repérage précoce, passerelle pour les enfants de 4 ans en projet",
    "Éducation nationale : psychologues, infirmières, enseignants des écoles du programme CPS",
    "CMP enfants Les Capucines : réunion mensuelle de régulation des demandes",
    "Maison des adolescents de l'Orsange : relais pour les jeunes à partir de 11 ans",
    "CLSM de Montbrisac : groupe de travail « Enfance » depuis octobre 2024",
], "La réunion de régulation avec le CMP enfants a lieu le deuxième lundi du mois. Une famille sur cinq était "
   "inscrite à la fois au CMPP et au CMP enfants en 2024.")

# 10 — ressources
title_slide("Nos ressources en 2024", [
    "Budget total : 2 310 000 €",
    "  Assurance maladie (dotation globale) : 2 140 000 €",
    "  ARS Auvergne-Rhône-Alpes (consultations avancées, fonds d'innovation) : 95 000 €",
    "  Ville de Montbrisac (mise à disposition et entretien des locaux) : 40 000 €",
    "  Contrat de ville (consultations avancées aux Tilleuls) : 35 000 €",
], "Le mi-temps de psychologue des consultations avancées coûte 31 000 € par an ; il est financé à parts à "
   "peu près égales par l'ARS et le contrat de ville. La subvention de la Ville est stable depuis 2021.")

# 11 — perspectives
title_slide("Perspectives 2025", [
    "Ramener le délai moyen avant le premier rendez-vous à 150 jours",
    "Recruter un pédopsychiatre (0,5 ETP vacant)",
    "Ouvrir six groupes thérapeutiques (habiletés sociales, anxiété, groupes parents-enfants)",
    "Participer à la formation des enseignants du programme CPS",
    "Tester avec le PRE la fiche de liaison commune du CLSM",
], "Objectif 2025 : moins de 120 enfants en liste d'attente au 31 décembre. Les groupes thérapeutiques doivent "
   "permettre de recevoir 48 enfants de plus par an.")

# 12 — contacts
title_slide("Nous joindre", [
    "CMPP Les Sources d'Orsange — 14 rue des Forgerons, Montbrisac",
    "04 99 00 31 20 — cmpp@sources-orsange.example",
    "Du lundi au vendredi, 8 h 30 – 18 h 30 ; le mercredi jusqu'à 19 h",
    "www.sources-orsange.example/cmpp",
], "Le secrétariat prend les demandes par téléphone le matin de 9 h à 12 h ; l'après-midi, message sur "
   "répondeur rappelé sous 48 heures.")

prs.core_properties.title = "CMPP de Montbrisac — Rapport d'activité 2024"
prs.core_properties.author = "Les Sources d'Orsange"
prs.save(OUT)
print("écrit :", OUT, len(prs.slides), "diapositives")
