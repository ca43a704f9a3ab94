# -*- coding: utf-8 -*-
"""Bilan 2025 de l'équipe mobile de psychiatrie du sujet âgé (EMPSA), fait dans Google Slides et téléchargé au format
PowerPoint (Fichier › Télécharger › Microsoft PowerPoint (.pptx)) pour le comité de pilotage du CLSM.

Imitation des .pptx de Google Slides : taille 9 144 000 × 5 143 500 EMU (10 × 5,625 pouces, le 16:9 de Google),
dispositions renommées comme celles de Google (« TITLE », « TITLE_AND_BODY », « SECTION_HEADER », « BLANK »), chaque
forme nommée « Google Shape;NN;pK » (NN numéro d'objet, K numéro de page), formes des notes « …;pK:notes » ; chiffres
clés en grands nombres dans des zones de texte séparées de leurs libellés ; tableaux exportés en graphicFrame ; pas de
numéro de diapositive ni de pied ; notes de l'orateur sur la plupart des diapositives, avec des chiffres (2024, nombre
de patients suicidaires) absents des diapositives.
"""
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Pt

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-03_epsm-deux-vallees_empsa-bilan-2025.pptx")

W, H = 9144000, 5143500
COUNTER = [50]
TEAL = RGBColor(0x0B, 0x5E, 0x6B)


def gname(shape, page, notes=False):
    COUNTER[0] += 1
    shape.name = "Google Shape;%d;p%d%s" % (COUNTER[0], page, ":notes" if notes else "")


def rename_layouts(prs):
    names = ["TITLE", "TITLE_AND_BODY", "SECTION_HEADER", "TITLE_AND_TWO_COLUMNS", "COMPARISON", "TITLE_ONLY",
             "BLANK", "CAPTION_ONLY", "BIG_NUMBER", "MAIN_POINT", "ONE_COLUMN_TEXT"]
    for lay, n in zip(prs.slide_layouts, names):
        lay.name = n


def notes(slide, page, text):
    ns = slide.notes_slide
    ns.notes_text_frame.text = text
    for sh in ns.shapes:
        gname(sh, page, notes=True)


def textbox(slide, page, x, y, w, h, lines, size=14, bold=False, color=None, align=None):
    tb = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    gname(tb, page)
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = line
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.name = "Arial"
        if color:
            r.font.color.rgb = color
        if align is not None:
            p.alignment = align
    return tb


def body_slide(prs, page, title, items, note=None):
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = title
    body = s.placeholders[1].text_frame
    for i, (lvl, t) in enumerate(items):
        p = body.paragraphs[0] if i == 0 else body.add_paragraph()
        p.text = t
        p.level = lvl
        for r in p.runs:
            r.font.size = Pt(16 if lvl == 0 else 14)
    for sh in s.shapes:
        gname(sh, page)
    if note:
        notes(s, page, note)
    return s


def table_slide(prs, page, title, header, rows, note=None, widths=None):
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = title
    gname(s.shapes.title, page)
    gf = s.shapes.add_table(len(rows) + 1, len(header), Emu(457200), Emu(1250000), Emu(8229600),
                            Emu(300000 * (len(rows) + 1)))
    gname(gf, page)
    tbl = gf.table
    for j, h in enumerate(header):
        tbl.cell(0, j).text = h
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            tbl.cell(i, j).text = v
    for r in tbl.rows:
        for c in r.cells:
            for p in c.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(12)
    if widths:
        for j, wd in enumerate(widths):
            tbl.columns[j].width = Emu(wd)
    if note:
        notes(s, page, note)
    return s


def main():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(W), Emu(H)
    rename_layouts(prs)

    # 1 — titre
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Équipe mobile de psychiatrie du sujet âgé (EMPSA) — bilan d'activité 2025"
    s.placeholders[1].text = ("Comité de pilotage du CLSM d'Escaudières — 3 février 2026\n"
                              "Dr Sophie Vandamme, psychiatre, médecin responsable · Olivier Deprez, cadre de santé\n"
                              "EPSM des Deux-Vallées")
    for sh in s.shapes:
        gname(sh, 1)
    notes(s, 1, "Remercier Manon pour l'invitation. Présentation de 15 minutes, puis questions.")

    # 2 — qui sommes-nous
    body_slide(prs, 2, "Qui sommes-nous ?", [
        (0, "Équipe du pôle de psychiatrie de l'adulte et du sujet âgé de l'EPSM des Deux-Vallées"),
        (1, "Basée au CMP Les Tilleuls, 18 rue Jean-Jaurès, Escaudières"),
        (0, "Pour les personnes de 65 ans et plus ayant un trouble psychique, à domicile ou en EHPAD"),
        (0, "Territoire : Escaudières, Marlière-sur-Escaut et 14 communes rurales"),
        (0, "Sur demande d'un professionnel, de préférence le médecin traitant"),
        (1, "Du lundi au vendredi, de 9 h à 17 h"),
        (0, "Pas une équipe d'urgence : en cas de danger immédiat, le 15 ou le 3114"),
    ], note="On insiste : l'EMPSA n'est pas une équipe d'urgence. Une demande de la famille est acceptée, mais on "
            "contacte systématiquement le médecin traitant avant la première visite.")

    # 3 — l'équipe
    table_slide(prs, 3, "L'équipe en 2025", ["Fonction", "Temps (ETP)"],
                [["Psychiatre", "0,6"], ["Infirmiers (3)", "3,0"], ["Psychologue", "0,5"],
                 ["Assistante sociale", "0,5"], ["Secrétaire", "0,5"], ["Cadre de santé", "0,2"],
                 ["Total", "5,3"]],
                note="Un quatrième poste d'infirmier est demandé à l'ARS pour 2026, voir les objectifs.",
                widths=[5486400, 2743200])

    # 4 — intercalaire
    s = prs.slides.add_slide(prs.slide_layouts[2])
    s.shapes.title.text = "Activité 2025"
    for sh in list(s.placeholders):
        if sh.placeholder_format.idx != 0:
            sh.text = "File active, demandes, motifs, quartiers prioritaires"
    for sh in s.shapes:
        gname(sh, 4)

    # 5 — chiffres clés (grands nombres séparés de leurs libellés)
    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s, 5, 457200, 300000, 8229600, 500000, ["Chiffres clés 2025"], size=24, bold=True)
    figs = [("412", "patients en file active"), ("1 148", "visites à domicile"), ("81 ans", "âge moyen"),
            ("9 jours", "délai moyen avant la 1re visite")]
    for k, (num, lab) in enumerate(figs):
        x = 457200 + k * 2080000
        textbox(s, 5, x, 1500000, 1950000, 700000, [num], size=36, bold=True, color=TEAL, align=2)
        textbox(s, 5, x, 2300000, 1950000, 600000, [lab], size=13, align=2)
    notes(s, 5, "Pour comparer : en 2024, la file active était de 356 patients et on avait fait 934 visites. Le "
                "délai était de 16 jours en 2024 ; il a presque été divisé par deux parce que c'est maintenant la "
                "secrétaire qui passe le premier appel, le jour même de la demande. 68 % de femmes.")

    # 6 — adresseurs
    table_slide(prs, 6, "D'où viennent les demandes ?", ["Adresseur", "Part des demandes"],
                [["Médecins traitants", "38 %"], ["EHPAD", "21 %"],
                 ["CCAS et services d'aide à domicile", "17 %"], ["Familles", "11 %"],
                 ["Services hospitaliers et urgences", "9 %"], ["Autres", "4 %"]],
                note="268 nouvelles demandes en 2025. La part du CCAS et de l'aide à domicile a doublé en un an, "
                     "effet du travail du groupe Aînés du CLSM.", widths=[5486400, 2743200])

    # 7 — motifs
    body_slide(prs, 7, "Pourquoi nous appelle-t-on ?", [
        (0, "Dépression : 41 %"),
        (0, "Troubles du comportement liés à une démence : 29 %"),
        (0, "Troubles anxieux : 12 %"),
        (0, "Risque suicidaire : 8 %"),
        (0, "Autres (troubles psychotiques, addictions…) : 10 %"),
    ], note="Les 8 % de risque suicidaire, ce sont 33 patients ; 29 avaient plus de 75 ans et 24 étaient des "
            "hommes. Aucun décès par suicide dans la file active en 2025.")

    # 8 — QPV
    body_slide(prs, 8, "Et dans les quartiers prioritaires ?", [
        (0, "27 % des patients vivent dans un quartier prioritaire (19 % en 2024)"),
        (1, "Les Hauts-Prés : 78 patients"),
        (1, "Cité Saint-Éloi : 33 patients"),
        (0, "Des situations repérées plus tard : 1 patient sur 3 en QPV nous arrive après une hospitalisation"),
        (0, "Plus de refus de la première visite : « je ne suis pas fou »"),
    ], note="Dans les QPV, le refus de soins se travaille avec les veilleurs bénévoles : ils préparent la visite.")

    # 9 — ce qui a marché
    body_slide(prs, 9, "Ce qui a marché en 2025", [
        (0, "Binôme infirmier EMPSA + veilleur bénévole pour les personnes qui refusent la visite"),
        (0, "Staff mensuel avec le pôle seniors du CCAS"),
        (0, "Visites conjointes avec les aides à domicile"),
        (0, "Premier appel par la secrétaire le jour de la demande"),
    ])

    # 10 — objectifs 2026
    body_slide(prs, 10, "Objectifs 2026", [
        (0, "Permanence mensuelle au centre social des Hauts-Prés à partir d'avril 2026"),
        (0, "Former 60 aides à domicile au repérage de la dépression et du risque suicidaire"),
        (0, "Ramener le délai moyen avant la première visite à 7 jours"),
        (0, "Recruter un 4e infirmier : 52 000 € demandés au fonds d'intervention régional (FIR)"),
    ], note="La permanence aura lieu le premier mardi du mois, de 14 h à 16 h 30, sans rendez-vous.")

    # 11 — nous adresser un patient
    body_slide(prs, 11, "Comment nous adresser un patient ?", [
        (0, "Fiche de demande à télécharger sur epsm-deux-vallees.example/empsa"),
        (0, "À envoyer par messagerie sécurisée à empsa@epsm-deux-vallees.mssante.example"),
        (0, "Ou par téléphone : 03 27 48 61 20"),
        (0, "Joindre si possible le dernier courrier du médecin traitant et la liste des traitements"),
    ])

    # 12 — sigles
    table_slide(prs, 12, "Sigles", ["Sigle", "Signification"],
                [["EMPSA", "Équipe mobile de psychiatrie du sujet âgé"],
                 ["EPSM", "Établissement public de santé mentale"], ["CMP", "Centre médico-psychologique"],
                 ["EHPAD", "Établissement d'hébergement pour personnes âgées dépendantes"],
                 ["FIR", "Fonds d'intervention régional"], ["ETP", "Équivalent temps plein"]],
                widths=[1828800, 6400800])
    prs.save(OUT)
    print(OUT, len(prs.slides), "diapositives")


if __name__ == "__main__":
    main()
