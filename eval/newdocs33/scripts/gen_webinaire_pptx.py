# -*- coding: utf-8 -*-
"""Génère le diaporama du webinaire « Les jeudis du CLSM » du 12 mars 2026 (CLSM de Valmoreuil) : pair-aidance
et réhabilitation psychosociale (.pptx, python-pptx).

Mise en forme : 16:9, 14 diapositives, bandeau de titre, puces sur deux niveaux, numéro « n / 14 » imprimé en bas
à droite de chaque diapositive (zone de texte, pas un champ), pied de page, diapositives de chiffres clés où chaque
grand nombre est une zone de texte séparée de son libellé (nombre au-dessus, libellé en dessous), schéma d'étapes
en chevrons, tableau comparatif, notes de l'orateur sur la plupart des diapositives.
"""
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-03-12_clsm-valmoreuil_webinaire-pair-aidance-diaporama.pptx")

W, H = Emu(12192000), Emu(6858000)
BLUE = RGBColor(0x1F, 0x5C, 0x7A)
ORANGE = RGBColor(0xE0, 0x7A, 0x1F)
GREY = RGBColor(0x66, 0x66, 0x66)
N = 14
CM = 360000


def box(slide, x, y, w, h, text, size=18, bold=False, color=None, align=None, fill=None):
    tb = slide.shapes.add_textbox(Emu(int(x * CM)), Emu(int(y * CM)), Emu(int(w * CM)), Emu(int(h * CM)))
    tf = tb.text_frame
    tf.word_wrap = True
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = line
        r.font.size = Pt(size)
        r.font.bold = bold
        if color is not None:
            r.font.color.rgb = color
        if align:
            p.alignment = align
    if fill is not None:
        tb.fill.solid()
        tb.fill.fore_color.rgb = fill
    return tb


def frame(prs, n, title, notes=None):
    s = prs.slides.add_slide(prs.slide_layouts[6])
    bar = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, W, Emu(int(2.3 * CM)))
    bar.fill.solid()
    bar.fill.fore_color.rgb = BLUE
    bar.line.fill.background()
    tf = bar.text_frame
    tf.paragraphs[0].text = title
    tf.paragraphs[0].runs[0].font.size = Pt(28)
    tf.paragraphs[0].runs[0].font.bold = True
    tf.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    tf.paragraphs[0].alignment = PP_ALIGN.LEFT
    box(s, 1.0, 17.9, 24, 0.8, "Les jeudis du CLSM — Webinaire du 12 mars 2026 — CLSM de Valmoreuil", 10, color=GREY)
    box(s, 30.5, 17.9, 3.0, 0.8, "%d / %d" % (n, N), 12, True, BLUE, PP_ALIGN.RIGHT)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    return s


def bullet_list(s, items, x=1.2, y=3.0, w=31.0, h=14.0, size=20):
    tb = s.shapes.add_textbox(Emu(int(x * CM)), Emu(int(y * CM)), Emu(int(w * CM)), Emu(int(h * CM)))
    tf = tb.text_frame
    tf.word_wrap = True
    first = True
    for it in items:
        lvl = 1 if it.startswith("  ") else 0
        p = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        p.level = lvl
        r = p.add_run()
        r.text = ("– " if lvl else "• ") + it.strip()
        r.font.size = Pt(size - 3 * lvl)
        p.space_after = Pt(6)
    return tb


def bignums(s, items, y=3.6, color=ORANGE):
    n = len(items)
    wcol = 32.0 / n
    for i, (num, label) in enumerate(items):
        x = 1.0 + i * wcol
        box(s, x, y, wcol - 0.6, 3.0, num, 54, True, color, PP_ALIGN.CENTER)
        box(s, x, y + 3.3, wcol - 0.6, 3.0, label, 15, False, GREY, PP_ALIGN.CENTER)


def main():
    prs = Presentation()
    prs.slide_width, prs.slide_height = W, H

    # 1 — titre
    s = prs.slides.add_slide(prs.slide_layouts[6])
    bg = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, W, H)
    bg.fill.solid()
    bg.fill.fore_color.rgb = BLUE
    bg.line.fill.background()
    box(s, 2, 3.5, 30, 2, "LES JEUDIS DU CLSM", 20, True, RGBColor(0xF5, 0xC2, 0x8E))
    box(s, 2, 5.5, 30, 4.5, "Pair-aidance et réhabilitation psychosociale :\ndes parcours pour se rétablir à "
        "Valmoreuil", 36, True, RGBColor(0xFF, 0xFF, 0xFF))
    box(s, 2, 11.5, 30, 3.5, "Webinaire — jeudi 12 mars 2026, 14 h – 15 h 30\nConseil local de santé mentale (CLSM) "
        "de Valmoreuil", 18, False, RGBColor(0xFF, 0xFF, 0xFF))
    box(s, 30.5, 17.9, 3.0, 0.8, "1 / %d" % N, 12, True, RGBColor(0xFF, 0xFF, 0xFF), PP_ALIGN.RIGHT)
    s.notes_slide.notes_text_frame.text = (
        "Accueil à partir de 13 h 50. Rappeler que les micros sont coupés et que les questions passent par le "
        "chat. Le webinaire est enregistré ; la rediffusion et le diaporama seront publiés sur le site du CLSM.")

    # 2 — programme
    s = frame(prs, 2, "Programme et intervenants")
    bullet_list(s, [
        "14 h 00 — Ouverture : Claire Lemonnier, coordinatrice du CLSM de Valmoreuil",
        "14 h 10 — Le centre de réhabilitation psychosociale (CRPS) : Dr Antoine Delaunay, psychiatre, "
        "responsable du CRPS, centre hospitalier du Bois-Guérin",
        "14 h 35 — Être médiatrice de santé pair : Sonia Lecarpentier, médiatrice de santé pair au CRPS",
        "14 h 55 — L'emploi accompagné : Karine Osmont, conseillère en emploi accompagné, association "
        "Trajectoires Normandie",
        "15 h 15 — Questions du chat et feuille de route 2026",
    ])

    # 3 — Valmoreuil en chiffres
    s = frame(prs, 3, "Valmoreuil en quelques chiffres",
              "Sources : recensement et contrat de ville. Les trois QPV regroupent près d'un habitant sur "
              "quatre ; c'est dans ces quartiers que le recours aux soins est le plus tardif.")
    bignums(s, [("58 300", "habitants à Valmoreuil, préfecture de Risle-et-Vère"),
                ("3", "quartiers prioritaires (QPV) : Les Hauts-de-Valmoreuil, La Brèche, Le Clos-Fleuri"),
                ("13 180", "habitants dans les QPV"),
                ("22,6 %", "de la population de la ville vit en QPV")])
    box(s, 1.2, 12.5, 31, 3, "Le CLSM de Valmoreuil existe depuis 2017. Son groupe de travail « Rétablissement et "
        "inclusion » réunit le CRPS, les médiateurs de santé pairs, le GEM Le Phare, le clubhouse La Fabrique et "
        "l'association Trajectoires Normandie.", 16)

    # 4 — définitions
    s = frame(prs, 4, "De quoi parle-t-on ?",
              "Insister : le rétablissement n'est pas la guérison. On peut se rétablir avec des symptômes.")
    bullet_list(s, [
        "Rétablissement : mener une vie satisfaisante et choisie, avec ou sans symptômes",
        "Réhabilitation psychosociale : soins qui partent des projets de la personne (logement, travail, études, "
        "relations) et l'aident à développer ses compétences pour les réaliser",
        "Pair-aidance : mobiliser le savoir issu de l'expérience vécue des troubles psychiques",
        "  bénévole, dans l'entraide (GEM, groupes de parole)",
        "  professionnelle : médiateurs de santé pairs (MSP), formés et salariés",
        "Emploi accompagné : accompagnement durable vers et dans l'emploi en milieu ordinaire, avec un appui à "
        "l'employeur",
    ])

    # 5 — CRPS
    s = frame(prs, 5, "Le centre de réhabilitation psychosociale (CRPS)",
              "Le CRPS est rattaché au pôle de psychiatrie adulte du centre hospitalier du Bois-Guérin. Équipe : "
              "psychiatre, neuropsychologue, ergothérapeute, infirmiers, psychologue, assistante sociale et "
              "médiatrice de santé pair, soit 9,4 ETP. Hausse de la file active d'environ 14 % en un an.")
    bignums(s, [("312", "personnes en file active en 2025 (274 en 2024)"),
                ("7 semaines", "de délai moyen avant le premier bilan en 2025 (11 semaines en 2024)"),
                ("2019", "ouverture du CRPS, 2 rue des Charmilles")], y=3.0)
    bullet_list(s, [
        "Programmes : remédiation cognitive, éducation thérapeutique du patient (ETP), entraînement aux habiletés "
        "sociales, programme pour les proches",
        "Suivi d'un an à un an et demi en moyenne, puis relais vers le CMP et les partenaires",
    ], y=10.5, h=6, size=17)

    # 6 — parcours
    s = frame(prs, 6, "Le parcours au CRPS, étape par étape",
              "La fiche de liaison est téléchargeable sur le site du CLSM. Le bilan se fait en trois séances d'environ "
              "deux heures. Un suivi psychiatrique en parallèle est une condition d'admission.")
    steps = ["1. Demande du psychiatre ou du médecin traitant (fiche de liaison)",
             "2. Entretien d'accueil",
             "3. Bilan d'évaluation en 3 séances",
             "4. Restitution et plan de suivi individualisé (PSI)",
             "5. Programmes de soins de réhabilitation",
             "6. Relais : CMP, GEM, clubhouse, emploi accompagné"]
    for i, st in enumerate(steps):
        sh = s.shapes.add_shape(MSO_SHAPE.CHEVRON if i else MSO_SHAPE.PENTAGON, Emu(int((0.6 + i * 5.5) * CM)),
                                Emu(int(5.5 * CM)), Emu(int(5.6 * CM)), Emu(int(5.5 * CM)))
        sh.fill.solid()
        sh.fill.fore_color.rgb = BLUE if i % 2 == 0 else RGBColor(0x3C, 0x8D, 0xB0)
        sh.line.fill.background()
        sh.text_frame.word_wrap = True
        sh.text_frame.paragraphs[0].text = st
        sh.text_frame.paragraphs[0].runs[0].font.size = Pt(12)
        sh.text_frame.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    # 7 — MSP
    s = frame(prs, 7, "Les médiateurs de santé pairs (MSP) au Bois-Guérin",
              "Sonia Lecarpentier a été recrutée le 3 avril 2023 au CRPS ; Yannick Tessier le 2 septembre 2024 au CMP "
              "des Hauts-de-Valmoreuil. Analyse de pratiques mensuelle avec une psychologue extérieure depuis "
              "janvier 2025, et intervision régionale quatre fois par an. Voir le rapport d'évaluation du cabinet "
              "Ardoise (janvier 2026).")
    bignums(s, [("2", "médiateurs de santé pairs en poste (2 ETP)"),
                ("158", "personnes accompagnées en 2025 (131 en 2024)"),
                ("34 %", "des personnes accompagnées habitent un QPV")], y=3.0)
    bullet_list(s, [
        "Entretiens individuels, accompagnements dans les démarches (CAF, banque, MDPH)",
        "Co-animation de groupes, dont « Parlons rétablissement » le lundi après-midi au CRPS",
        "Participation aux réunions cliniques : porter le point de vue des usagers",
    ], y=10.5, h=6, size=17)

    # 8 — GEM
    s = frame(prs, 8, "Le GEM Le Phare : l'entraide entre pairs",
              "Chiffres du rapport d'activité 2025 du GEM. Antenne ouverte le 7 octobre 2025 au centre social Le Trait "
              "d'Union. Ouverture un samedi par mois prévue à partir d'avril 2026.")
    bignums(s, [("91", "adhérents au 31 décembre 2025"),
                ("232", "jours d'ouverture en 2025"),
                ("26,8", "personnes présentes en moyenne par jour")], y=3.0)
    bullet_list(s, [
        "Association d'usagers : les adhérents décident, deux animateurs salariés",
        "Local du centre-ville, 14 rue des Tanneurs, du lundi au vendredi",
        "Antenne de La Brèche : mardi et jeudi après-midi",
    ], y=10.5, h=6, size=17)

    # 9 — clubhouse
    s = frame(prs, 9, "Le clubhouse La Fabrique",
              "Ouvert le 12 septembre 2022. Les membres et les salariés travaillent côte à côte dans trois unités "
              "(cuisine-accueil, bureau-communication, jardin-entretien). Emploi de transition : postes à temps "
              "partiel chez des employeurs partenaires, que le clubhouse garantit.")
    bignums(s, [("86", "membres inscrits fin 2025"),
                ("21", "membres présents en moyenne chaque jour"),
                ("7", "emplois de transition en 2025")], y=3.0)
    bullet_list(s, [
        "Journée de travail structurée, orientée vers l'emploi et les études",
        "Adhésion gratuite, sans limite de durée",
    ], y=10.5, h=6, size=17)

    # 10 — emploi accompagné
    s = frame(prs, 10, "L'emploi accompagné avec Trajectoires Normandie",
              "« D'abord placer, ensuite former. » Trois conseillers sur le département ; un conseiller suit au maximum "
              "18 personnes. Orientation par la CDAPH nécessaire. Permanence sans rendez-vous aux Hauts-de-Valmoreuil "
              "depuis janvier 2026.")
    bignums(s, [("46", "personnes accompagnées à Valmoreuil en 2025"),
                ("29", "en emploi au 31 décembre 2025"),
                ("63 %", "taux d'emploi (55 % en 2024)")], y=3.0)
    bullet_list(s, [
        "Emplois en milieu ordinaire : logistique, restauration, espaces verts, administratif",
        "Souvent à temps partiel au début (20 à 24 heures par semaine)",
        "Appui à l'employeur et maintien dans l'emploi sans limite de durée",
    ], y=10.5, h=6, size=17)

    # 11 — tableau comparatif
    s = frame(prs, 11, "Évolution 2024 → 2025",
              "Tableau repris du fichier d'indicateurs du CLSM (février 2026).")
    rows = [("Dispositif", "2024", "2025"),
            ("CRPS — file active", "274", "312"),
            ("Médiateurs de santé pairs — personnes accompagnées", "131", "158"),
            ("GEM Le Phare — adhérents au 31 décembre", "74", "91"),
            ("Clubhouse La Fabrique — membres inscrits", "71", "86"),
            ("Emploi accompagné — personnes accompagnées", "38", "46")]
    gt = s.shapes.add_table(len(rows), 3, Emu(int(2 * CM)), Emu(int(3.5 * CM)), Emu(int(30 * CM)),
                            Emu(int(10 * CM))).table
    gt.columns[0].width = Emu(int(20 * CM))
    gt.columns[1].width = gt.columns[2].width = Emu(int(5 * CM))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = gt.cell(i, j)
            c.text = v
            c.text_frame.paragraphs[0].runs[0].font.size = Pt(16)

    # 12 — freins
    s = frame(prs, 12, "Ce qui marche, ce qui coince",
              "Points remontés par le groupe de travail et par l'évaluation du programme MSP.")
    bullet_list(s, [
        "Ce qui marche",
        "  des délais d'accès au CRPS en baisse",
        "  la présence des MSP dans les réunions cliniques",
        "  le lien GEM – clubhouse – emploi accompagné",
        "Ce qui coince",
        "  la reconnaissance du métier de MSP",
        "  seulement deux MSP pour tout le pôle de psychiatrie adulte",
        "  le logement : des personnes prêtes à travailler sans logement adapté",
    ])

    # 13 — feuille de route
    s = frame(prs, 13, "Feuille de route 2026",
              "Le troisième poste de MSP dépend de la confirmation du financement de l'ARS.")
    bullet_list(s, [
        "Recruter un troisième médiateur de santé pair au CMP de La Brèche (septembre 2026)",
        "Former 30 professionnels au rétablissement (2 sessions)",
        "Ouvrir le GEM un samedi par mois à partir d'avril",
        "Ramener le délai d'accès au CRPS à 5 semaines",
        "SISM 2026 : forum « Se rétablir, c'est possible », samedi 21 mars, 10 h – 17 h, halle aux Toiles",
    ])

    # 14 — contacts
    s = frame(prs, 14, "Contacts et prochain rendez-vous",
              "Remercier les intervenants. Questionnaire de satisfaction envoyé par courriel après le webinaire.")
    bullet_list(s, [
        "CLSM de Valmoreuil : Claire Lemonnier — 02 99 00 12 40 — clsm.valmoreuil.example",
        "CRPS du Bois-Guérin : 02 99 00 27 15",
        "GEM Le Phare : 02 99 00 31 56",
        "Clubhouse La Fabrique : 02 99 00 41 27",
        "Trajectoires Normandie, emploi accompagné : 02 99 00 58 40",
        "Prochain jeudi du CLSM : jeudi 11 juin 2026, 14 h — « Logement et santé mentale »",
    ], size=18)

    assert len(prs.slides) == N
    prs.save(OUT)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
