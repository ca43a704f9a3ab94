# -*- coding: utf-8 -*-
"""Bilan à mi-parcours du déploiement PSSM dans les QPV (Relais Santé Jeunes de Bourgogne, 23 septembre 2025) :
PowerPoint python-pptx sur le modèle par défaut, 10 diapositives. Particularités : une diapositive en
disposition « Comparaison » (deux titres de colonne et deux corps), un parcours en chevrons (formes
automatiques, une étape par forme, flèches sans texte), un tableau avec ligne « Total », des pourcentages
dans des zones de texte libres, des notes de l'orateur qui portent des chiffres absents des diapositives,
un numéro de diapositive écrit dans une zone de texte."""
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu, Pt

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-09-23_relais-sante-jeunes-bourgogne_bilan-pssm-quartiers-prioritaires.pptx")

prs = Presentation()
W, H = prs.slide_width, prs.slide_height
TOTAL = 10
PLUM = RGBColor(0x2E, 0x5E, 0x4E)


def number(slide, n):
    tb = slide.shapes.add_textbox(W - Emu(1400000), H - Emu(420000), Emu(1250000), Emu(300000))
    p = tb.text_frame.paragraphs[0]
    p.text = "RSJB — %d" % n
    p.runs[0].font.size = Pt(10)


def notes(slide, text):
    slide.notes_slide.notes_text_frame.text = text


def bullets(title, items, note, n):
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = title
    tf = s.placeholders[1].text_frame
    first = True
    for it in items:
        level = 1 if it.startswith("  ") else 0
        p = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        p.text = it.strip()
        p.level = level
        p.font.size = Pt(20 if level == 0 else 16)
    notes(s, note)
    number(s, n)
    return s


# 1. Titre
s = prs.slides.add_slide(prs.slide_layouts[0])
s.shapes.title.text = "Premiers secours en santé mentale dans les quartiers prioritaires"
s.placeholders[1].text = ("Bilan à mi-parcours 2024-2025\nComité départemental « santé mentale des jeunes » — "
                          "23 septembre 2025\nRelais Santé Jeunes de Bourgogne (RSJB)")
notes(s, "Présentation par Yanis Belkacem, formateur accrédité, et Aurélie Dumont, chargée de projet. "
         "Durée prévue : 20 minutes, puis échanges.")

# 2. Le programme en bref
bullets("Le programme en bref", [
    "Former des adultes « secouristes » à repérer une souffrance psychique et à porter assistance",
    "Un plan d'action en 5 étapes : AERER",
    "Un certificat valable 3 ans",
    "Dans les QPV des trois villes : formations prises en charge (ARS, contrat de ville)",
], "Rappel : les PSSM ne forment pas à diagnostiquer ni à soigner. Le plan AERER : approcher, évaluer et "
   "assister ; écouter sans jugement ; réconforter et informer ; encourager à consulter ; renforcer les autres "
   "ressources.", 2)

# 3. Comparaison
s = prs.slides.add_slide(prs.slide_layouts[4])
s.shapes.title.text = "Module Standard ou module Jeunes : lequel choisir ?"
ph = {p.placeholder_format.idx: p for p in s.placeholders}
ph[1].text = "PSSM Standard"
ph[3].text = "PSSM Jeunes"
left = ["Public : tout adulte", "Pour aider : un adulte de son entourage", "Durée : 14 h (2 jours)",
        "Groupe : 12 à 16 participants", "Thèmes : dépression, anxiété, psychose, addictions"]
right = ["Public : adultes au contact de jeunes de 11 à 18 ans", "Pour aider : un adolescent",
         "Durée : 14 h (2 jours ou 4 demi-journées)", "Groupe : 12 à 16 participants",
         "Thèmes : + harcèlement, écrans, automutilations, crise suicidaire"]
for idx, items in ((2, left), (4, right)):
    tf = ph[idx].text_frame
    for i, it in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = it
        p.font.size = Pt(15)
notes(s, "Pour les animateurs périscolaires, privilégier le format en 4 demi-journées. Dans les QPV, 70 % des "
         "secouristes formés depuis 2024 ont suivi le module Jeunes.")
number(s, 3)

# 4. Parcours en chevrons
s = prs.slides.add_slide(prs.slide_layouts[5])
s.shapes.title.text = "Le parcours d'un secouriste"
steps = ["1. Repérage par le CLSM", "2. Inscription et validation", "3. Formation (14 h)",
         "4. Café des secouristes (tous les 6 mois)", "5. Mise à jour (avant 3 ans)"]
x = Emu(300000)
w = Emu(1700000)
for i, st in enumerate(steps):
    shp = s.shapes.add_shape(MSO_SHAPE.CHEVRON if i else MSO_SHAPE.PENTAGON, x + i * (w + Emu(20000)),
                             Emu(2600000), w, Emu(1300000))
    shp.fill.solid()
    shp.fill.fore_color.rgb = PLUM
    tf = shp.text_frame
    tf.word_wrap = True
    tf.text = st
    for p in tf.paragraphs:
        p.font.size = Pt(12)
        p.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
notes(s, "Le café des secouristes réunit en moyenne 25 personnes à Vernaux-les-Forges. C'est le meilleur "
         "levier de fidélisation que nous ayons trouvé.")
number(s, 4)

# 5. Tableau
s = prs.slides.add_slide(prs.slide_layouts[5])
s.shapes.title.text = "Sessions et secouristes formés par ville"
rows = [["Ville", "Sessions 2024", "Secouristes 2024", "Sessions 2025 (au 31/08)", "Secouristes 2025 (au 31/08)"],
        ["Vernaux-les-Forges", "11", "142", "8", "104"],
        ["Chalmont-sur-Saône", "4", "51", "5", "66"],
        ["Bellerive-la-Côte", "0", "0", "2", "25"],
        ["Total", "15", "193", "15", "195"]]
tbl = s.shapes.add_table(len(rows), 5, Emu(450000), Emu(1700000), W - Emu(900000), Emu(2600000)).table
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        cell = tbl.cell(r, c)
        cell.text = val
        cell.text_frame.paragraphs[0].font.size = Pt(14)
        if r == len(rows) - 1:
            cell.text_frame.paragraphs[0].font.bold = True
notes(s, "Bellerive-la-Côte a démarré en juin 2025 dans le cadre de sa fiche action du contrat de ville. À "
         "Chalmont, la session des 15 et 16 octobre pour le centre social du Pré-Brûlé est déjà complète. Sur "
         "l'ensemble, 46 % des secouristes exercent ou vivent dans un quartier prioritaire.")
number(s, 5)

# 6. Qui sont les secouristes
s = prs.slides.add_slide(prs.slide_layouts[5])
s.shapes.title.text = "Qui sont les secouristes ? (2024-2025, 388 personnes)"
data = [("38 %", "animateurs et éducateurs"), ("24 %", "personnels de l'Éducation nationale"),
        ("17 %", "agents d'accueil et médiateurs"), ("12 %", "bénévoles associatifs et clubs sportifs"),
        ("9 %", "parents")]
for i, (pct, lab) in enumerate(data):
    big = s.shapes.add_textbox(Emu(400000) + i * Emu(1700000), Emu(2300000), Emu(1600000), Emu(700000))
    big.text_frame.text = pct
    big.text_frame.paragraphs[0].font.size = Pt(36)
    big.text_frame.paragraphs[0].font.bold = True
    lb = s.shapes.add_textbox(Emu(400000) + i * Emu(1700000), Emu(3100000), Emu(1600000), Emu(900000))
    lb.text_frame.word_wrap = True
    lb.text_frame.text = lab
    lb.text_frame.paragraphs[0].font.size = Pt(14)
notes(s, "Taux de satisfaction en fin de formation : 96 %. Au questionnaire à trois mois, 17 % des stagiaires "
         "disent avoir déjà utilisé le plan d'action au moins une fois.")
number(s, 6)

# 7. Freins et leviers
bullets("Ce qui freine, ce qui aide", [
    "Freins",
    "  Liste d'attente d'environ 3 mois faute de formateurs",
    "  Seulement 4 formateurs accrédités module Jeunes en Bourgogne-Franche-Comté",
    "  Difficulté à libérer les professionnels deux jours entiers",
    "Leviers",
    "  Format en 4 demi-journées",
    "  Prise en charge par l'ARS et les crédits de la politique de la ville",
    "  Bouche-à-oreille et relais des CLSM",
], "Le taux d'absence le jour J est de 8 %, surtout chez les bénévoles. Nous envoyons désormais un SMS de "
   "rappel la veille.", 7)

# 8. Perspectives 2026
bullets("Perspectives 2026", [
    "Accréditer 2 nouveaux formateurs au printemps 2026",
    "Objectif : 250 secouristes formés sur les trois villes",
    "Module pour lycéens : expérimentation dans 2 lycées (Vernaux-les-Forges et Chalmont-sur-Saône) depuis septembre 2025",
    "Sessions dédiées aux associations de parents d'élèves et aux clubs sportifs",
], "Budget prévisionnel 2026 : 61 000 euros, dont 40 000 euros demandés à l'ARS et 15 000 euros au titre des "
   "contrats de ville ; le reste en autofinancement.", 8)

# 9. Questions au comité
bullets("Questions au comité", [
    "Faut-il ouvrir les sessions QPV aux habitants non professionnels ?",
    "Quelle articulation avec les PAEJ et la maison des adolescents pour les orientations ?",
    "Comment mesurer l'effet sur les délais d'accès au soin ?",
], "Le comité a demandé un point d'étape sur l'expérimentation lycéens en mars 2026.", 9)

# 10. Contacts
bullets("Contacts", [
    "Relais Santé Jeunes de Bourgogne — 14 avenue de la Gare, Chalmont-sur-Saône",
    "formations@rsjb.example — 03 85 00 77 10",
    "Inscriptions aux sessions QPV : par l'intermédiaire du CLSM de votre commune",
], "", 10)

prs.save(OUT)
print(OUT)
