# -*- coding: utf-8 -*-
"""Génère le diaporama PowerPoint (.pptx, python-pptx) de l'assemblée plénière du CLSM des Monts de Lauzière
(13 novembre 2025) : 10 diapositives, bandeau de titre, numéro « n / 10 » imprimé en pied, diapositive de chiffres
clés (grands nombres dans leurs propres zones de texte, libellés dans des zones séparées), parcours en formes
groupées, tableau « Qui fait quoi ? », notes de l'orateur contenant des faits absents des diapositives."""
import os

from pptx import Presentation
from pptx.util import Cm, Pt
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-11-13_clsm-monts-de-lauziere_pleniere-sante-mentale-agricole.pptx")
N = 10
GREEN = RGBColor(0x3B, 0x6E, 0x2F)
LIGHT = RGBColor(0xE6, 0xF0, 0xDF)
GREY = RGBColor(0x55, 0x55, 0x55)

prs = Presentation()
prs.slide_width = Cm(33.867)
prs.slide_height = Cm(19.05)
BLANK = prs.slide_layouts[6]


def textbox(shapes, x, y, w, h, text, size=18, bold=False, color=None, align=None):
    tb = shapes.add_textbox(Cm(x), Cm(y), Cm(w), Cm(h))
    tf = tb.text_frame
    tf.word_wrap = True
    lines = text if isinstance(text, list) else [text]
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        lvl = 0
        if isinstance(line, tuple):
            lvl, line = line
        p.text = line
        p.level = lvl
        if align:
            p.alignment = align
        for r in p.runs:
            r.font.size = Pt(size - 2 * lvl)
            r.font.bold = bold
            if color is not None:
                r.font.color.rgb = color
    return tb


def new_slide(n, title, notes):
    s = prs.slides.add_slide(BLANK)
    band = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Cm(2.6))
    band.fill.solid()
    band.fill.fore_color.rgb = GREEN
    band.line.fill.background()
    band.text_frame.text = ""
    textbox(s.shapes, 1.2, 0.5, 30, 1.8, title, size=28, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
    textbox(s.shapes, 1.2, 17.9, 22, 0.9, "CLSM des Monts de Lauzière — plénière du 13 novembre 2025", size=10,
            color=GREY)
    textbox(s.shapes, 29.5, 17.9, 3.2, 0.9, "%d / %d" % (n, N), size=11, color=GREY, align=PP_ALIGN.RIGHT)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    return s


# 1 ---------------------------------------------------------------- titre
s = prs.slides.add_slide(BLANK)
bg = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, Cm(5), prs.slide_width, Cm(6.5))
bg.fill.solid()
bg.fill.fore_color.rgb = GREEN
bg.line.fill.background()
textbox(s.shapes, 1.5, 5.6, 31, 3.2, "Santé mentale et monde agricole : un an d'action dans les Monts de Lauzière",
        size=34, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
textbox(s.shapes, 1.5, 8.9, 31, 2, "Assemblée plénière du conseil local de santé mentale (CLSM) — jeudi 13 novembre "
        "2025 — Saint-Privat-de-Lauzière, salle du conseil communautaire", size=16, color=RGBColor(0xFF, 0xFF, 0xFF))
textbox(s.shapes, 1.5, 13, 31, 2.5, ["Hélène Castagnier, coordinatrice du CLSM des Monts de Lauzière",
                                     "Florence Audouard, responsable de la cellule de prévention, MSA Orsane-Cévenne"],
        size=16)
textbox(s.shapes, 29.5, 17.9, 3.2, 0.9, "1 / %d" % N, size=11, color=GREY, align=PP_ALIGN.RIGHT)
s.notes_slide.notes_text_frame.text = (
    "Accueil par Michel Granier, vice-président de la communauté de communes chargé de la santé et maire de "
    "Laubarède. 46 participants inscrits. Rappeler que le groupe de travail « Santé mentale en milieu agricole » "
    "s'est réuni trois fois en 2025 (18 mars, 24 juin, 30 septembre).")

# 2 ---------------------------------------------------------------- territoire
s = new_slide(2, "Le territoire", (
    "Sources : recensement agricole et fichiers MSA. La sécheresse de l'été 2025 a obligé beaucoup d'éleveurs à "
    "acheter du fourrage dès août : la chambre d'agriculture estime le surcoût moyen à 9 400 € par élevage ovin. "
    "C'est le premier motif évoqué dans les signalements de l'automne."))
textbox(s.shapes, 1.5, 3.4, 30, 13, [
    "Communauté de communes des Monts de Lauzière (CCML) : 27 communes, 19 450 habitants",
    "612 exploitations agricoles, surtout de l'élevage",
    (1, "brebis laitières, bovins viande, un peu de châtaigne"),
    "41 % des chefs d'exploitation ont plus de 55 ans",
    "Deux cantons concernés : Saint-Privat-de-Lauzière et Mourèze-les-Bois (en partie)",
    "Une seule maison de santé pluriprofessionnelle (MSP) : le Haut-Lauzière, à Chanteloube",
], size=20)

# 3 ---------------------------------------------------------------- chiffres clés
s = new_slide(3, "Chiffres clés au 31 octobre 2025", (
    "Sur les 137 signalements, 58 concernent des exploitants de la CC des Monts de Lauzière. À la même date en "
    "2024, la cellule en comptait 96. Les chiffres définitifs de l'année seront publiés dans le rapport annuel de la "
    "cellule, en mars 2026."))
BIG = [("137", "signalements reçus par la cellule MSA depuis le 1er janvier (toute la Haute-Orsane)"),
       ("216", "sentinelles formées depuis 2023"),
       ("2 006", "appels à Terre d'Écoute depuis le 1er janvier"),
       ("27", "exploitations de la CC visitées par l'équipe mobile depuis mars 2025")]
for i, (num, lab) in enumerate(BIG):
    x = 1.2 + i * 8.1
    card = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Cm(x), Cm(4), Cm(7.5), Cm(11))
    card.fill.solid()
    card.fill.fore_color.rgb = LIGHT
    card.line.color.rgb = GREEN
    card.text_frame.text = ""
    textbox(s.shapes, x + 0.3, 5.0, 6.9, 3.2, num, size=60, bold=True, color=GREEN, align=PP_ALIGN.CENTER)
    textbox(s.shapes, x + 0.4, 9.2, 6.7, 5, lab, size=16, align=PP_ALIGN.CENTER)

# 4 ---------------------------------------------------------------- parcours (formes groupées)
s = new_slide(4, "Le parcours d'accompagnement", (
    "Insister : la sentinelle ne fait pas le travail de la cellule, elle fait le lien. En cas de danger immédiat, "
    "on n'attend pas la cellule : on appelle le 15. En 2025, le contact sous 48 h a été tenu dans 84 % des cas à fin "
    "octobre ; les autres fois, l'exploitant n'était pas joignable."))
STEPS = [("1. Repérer", "par une sentinelle, un proche, un médecin ou l'agriculteur lui-même"),
         ("2. Signaler", "signalement à la cellule MSA au 04 99 00 52 10"),
         ("3. Contacter", "contact sous 48 h par une travailleuse sociale de la MSA"),
         ("4. Accompagner", "plan d'accompagnement : répit, aide sociale, soin, finances")]
for i, (head, body) in enumerate(STEPS):
    x = 1.0 + i * 8.2
    grp = s.shapes.add_group_shape()
    box = grp.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Cm(x), Cm(5), Cm(7), Cm(2.2))
    box.fill.solid()
    box.fill.fore_color.rgb = GREEN
    box.line.fill.background()
    box.text_frame.text = head
    for r in box.text_frame.paragraphs[0].runs:
        r.font.size = Pt(20)
        r.font.bold = True
    desc = grp.shapes.add_textbox(Cm(x), Cm(7.6), Cm(7), Cm(5))
    desc.text_frame.word_wrap = True
    desc.text_frame.text = body
    for r in desc.text_frame.paragraphs[0].runs:
        r.font.size = Pt(16)
    if i < 3:
        arr = grp.shapes.add_shape(MSO_SHAPE.RIGHT_ARROW, Cm(x + 7.05), Cm(5.6), Cm(1.1), Cm(1))
        arr.fill.solid()
        arr.fill.fore_color.rgb = GREY
        arr.line.fill.background()
textbox(s.shapes, 1.0, 14.0, 31, 2, "Danger immédiat : appeler le 15, sans attendre.", size=18, bold=True,
        color=RGBColor(0xB0, 0x1E, 0x1E))

# 5 ---------------------------------------------------------------- tableau
s = new_slide(5, "Qui fait quoi ?", (
    "Le numéro de Terre d'Écoute est gratuit depuis un fixe comme depuis un portable. De 20 h à 8 h et le "
    "week-end, les appels sont pris par les psychologues de la plateforme Écoute Grand Ouest ; en journée, par les "
    "écoutants bénévoles formés de l'association."))
ROWS = [("Dispositif", "Porteur", "Pour qui, quand ?", "Contact"),
        ("Terre d'Écoute (ligne d'écoute)", "Écoute Rurale Orsane (ERO)",
         "actifs et retraités agricoles et leurs proches, 24 h/24, 7 j/7", "04 99 00 31 31"),
        ("Cellule de prévention du mal-être agricole", "MSA Orsane-Cévenne",
         "signalements, accompagnement social", "04 99 00 52 10"),
        ("Aide au répit et remplacement", "MSA et SRHO", "exploitants épuisés, jusqu'à 10 jours par an",
         "04 99 00 47 80"),
        ("Équipe mobile de psychiatrie rurale (EMPR)", "CHS Sainte-Lucie de Vérignac",
         "sur orientation du médecin traitant ou de la cellule", "04 99 00 66 12"),
        ("Cap Rebond", "Chambre d'agriculture et DDT", "difficultés financières, audit gratuit",
         "04 99 00 29 64"),
        ("Paysans Debout", "association", "groupe de parole entre agriculteurs", "04 99 00 83 05"),
        ("MSP du Haut-Lauzière", "Chanteloube", "médecins, IPA ; psychologue le jeudi à partir du 2 octobre",
         "04 99 00 18 40")]
tbl = s.shapes.add_table(len(ROWS), 4, Cm(1.0), Cm(3.2), Cm(31.8), Cm(14)).table
for j, w in enumerate((9.0, 7.0, 10.8, 5.0)):
    tbl.columns[j].width = Cm(w)
for i, r in enumerate(ROWS):
    for j, v in enumerate(r):
        cell = tbl.cell(i, j)
        cell.text = v
        for p in cell.text_frame.paragraphs:
            for run in p.runs:
                run.font.size = Pt(13 if i else 14)
                run.font.bold = (i == 0)

# 6 ---------------------------------------------------------------- sentinelles
s = new_slide(6, "Le réseau Sentinelles", (
    "Coût de la formation : 95 € par sentinelle, pris en charge par la MSA. Prochaine session dans la CC : jeudi "
    "4 décembre 2025 à Saint-Privat-de-Lauzière, il reste des places. Les vétérinaires restent sous-représentés : "
    "c'est pourquoi la feuille de route prévoit une session qui leur est réservée."))
textbox(s.shapes, 1.5, 3.4, 30, 13, [
    "Qui ? des professionnels au contact des agriculteurs",
    (1, "conseillers agricoles, vétérinaires, salariés de banque, techniciens de coopérative, contrôleurs laitiers, élus"),
    "Leur rôle : repérer, dialoguer, orienter — pas diagnostiquer",
    "Une journée de formation (7 heures) animée par la psychologue de la cellule et un infirmier de l'équipe mobile",
    "Une journée de retour d'expérience tous les deux ans",
    "Une carte ressource avec les numéros utiles",
], size=20)

# 7 ---------------------------------------------------------------- répit
s = new_slide(7, "Répit : souffler sans fermer la ferme", (
    "Le SRHO compte 46 agents de remplacement. Les délais de mise en place sont de 3 à 10 jours selon la saison ; "
    "l'agnelage est la période la plus tendue. La MSA a soumis à son conseil d'administration le passage du "
    "plafond à 12 jours en 2026 ; la décision est attendue le 11 décembre."))
textbox(s.shapes, 1.5, 3.4, 30, 13, [
    "Aide au répit de la MSA : jusqu'à 10 jours de remplacement par an (règle 2025)",
    "Un agent du Service de remplacement de la Haute-Orsane (SRHO) assure la traite et les soins aux animaux",
    "Reste à charge de l'exploitant : 15 € par jour",
    "Demande : auprès de la travailleuse sociale MSA ou directement au SRHO",
    "Possible aussi pour partir quelques jours avec sa famille, pas seulement après une hospitalisation",
], size=20)

# 8 ---------------------------------------------------------------- équipe mobile
s = new_slide(8, "L'équipe mobile de psychiatrie rurale", (
    "Budget de fonctionnement : 412 000 € par an, financés par l'ARS. Délai moyen entre la demande et la première "
    "visite : 5 jours en 2025 (au 31 octobre), contre 9 jours en 2024. La psychiatre, le Dr Armelle Teyssèdre, "
    "consulte aussi un mercredi sur deux au CMP de Chanteloube."))
textbox(s.shapes, 1.5, 3.4, 30, 13, [
    "Créée en septembre 2024 par le CHS Sainte-Lucie de Vérignac",
    "Intervient à domicile, à la ferme, là où les gens ne viennent pas consulter",
    "Depuis mars 2025 : tout le canton de Mourèze-les-Bois",
    "Une psychiatre, deux infirmiers, une secrétaire",
    "Accès : sur orientation du médecin traitant ou de la cellule MSA",
], size=20)

# 9 ---------------------------------------------------------------- feuille de route
s = new_slide(9, "Feuille de route 2026", (
    "Le forum « Tenir debout » est gratuit, de 9 h 30 à 17 h : stands des partenaires et théâtre-forum par la "
    "compagnie Les Sabots Rouges à 14 h. Le budget du forum a été voté en juin par le groupe de travail."))
textbox(s.shapes, 1.5, 3.4, 30, 13, [
    "Former 60 nouvelles sentinelles, dont 20 vétérinaires",
    "Ouvrir un troisième groupe Paysans Debout, à Chanteloube",
    "Étendre l'équipe mobile au canton de Chanteloube (septembre 2026)",
    "Porter l'aide au répit à 12 jours par an (demande au conseil d'administration de la MSA)",
    "Prochain rendez-vous : forum « Tenir debout », vendredi 21 novembre 2025, halle de Chanteloube",
], size=20)

# 10 --------------------------------------------------------------- contacts
s = new_slide(10, "Merci !", None)
textbox(s.shapes, 1.5, 4, 30, 10, [
    "Hélène Castagnier — coordinatrice du CLSM des Monts de Lauzière",
    (1, "clsm@cc-montsdelauziere.example — 04 99 00 12 30"),
    "Florence Audouard — cellule de prévention du mal-être agricole, MSA Orsane-Cévenne",
    (1, "cellule.prevention@msa-orsane.example — 04 99 00 52 10"),
    "En cas de détresse : Terre d'Écoute, 04 99 00 31 31, 24 h/24",
], size=20)

prs.save(OUT)
print("écrit", OUT)
