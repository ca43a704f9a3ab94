# -*- coding: utf-8 -*-
"""Diaporama de l'hôpital de jour Les Micocouliers, fait dans LibreOffice Impress et enregistré au format PowerPoint
(.pptx) pour l'envoyer au CLSM.

Imitation : docProps/app.xml « LibreOffice/7.6.7.2$Windows_X86_64 … », format 16:9 (28 × 15,75 cm), diapositives
en titre + zone de plan, une diapositive en deux zones de texte côte à côte (comparaison), un tableau (LibreOffice
exporte un graphicFrame de tableau), numéros de diapositive tapés dans une zone de texte du pied (« 4 »), notes de
l'orateur sur certaines diapositives qui contiennent des chiffres absents des diapositives.
"""
import os
import re
import zipfile

from pptx import Presentation
from pptx.util import Cm, Pt

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-27_hdj-micocouliers_bilan-corps-en-mouvement-2025.pptx")
FOOT = "HDJ Les Micocouliers — CH de Castelvérane — Plénière du CLSM, 27 janvier 2026"


def footer(slide, n):
    tb = slide.shapes.add_textbox(Cm(1), Cm(14.6), Cm(20), Cm(0.8))
    tb.text_frame.text = FOOT
    tb.text_frame.paragraphs[0].runs[0].font.size = Pt(9)
    nb = slide.shapes.add_textbox(Cm(25.5), Cm(14.6), Cm(1.5), Cm(0.8))
    nb.text_frame.text = str(n)
    nb.text_frame.paragraphs[0].runs[0].font.size = Pt(9)


def bullets(prs, n, title, items, notes=None):
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = title
    body = s.placeholders[1].text_frame
    body.clear()
    for i, (lvl, t) in enumerate(items):
        para = body.paragraphs[0] if i == 0 else body.add_paragraph()
        para.text = t
        para.level = lvl
        para.runs[0].font.size = Pt(20 if lvl == 0 else 17)
    footer(s, n)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    return s


def main():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(28), Cm(15.75)
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Bouger pour soigner : bilan 2025 du programme « Corps en mouvement »"
    s.placeholders[1].text = ("Dr Hélène Gaubert, psychiatre, responsable de l'hôpital de jour\n"
                              "Olivier Brémond, cadre de santé — Julien Roustan, enseignant APA (MSS Durance-Littoral)\n"
                              "Assemblée plénière du CLSM de Castelvérane — mardi 27 janvier 2026")
    bullets(prs, 2, "Pourquoi l'activité physique à l'hôpital de jour ?", [
        (0, "Espérance de vie réduite de 15 à 20 ans chez les personnes vivant avec un trouble psychique sévère"),
        (1, "1re cause : les maladies cardio-vasculaires, pas le suicide"),
        (0, "Traitements antipsychotiques : prise de poids, syndrome métabolique"),
        (0, "Effet propre de l'activité physique sur l'humeur, l'anxiété et le sommeil"),
        (0, "Sédentarité marquée : 7 patients sur 10 marchent moins de 30 minutes par jour à l'admission"),
    ], notes="Insister sur le chiffre de la sédentarité : c'est notre propre enquête d'admission de 2023, 58 "
             "patients interrogés.")
    bullets(prs, 3, "Le programme en pratique", [
        (0, "12 semaines, 2 séances d'une heure par semaine"),
        (1, "mardi 10 h au gymnase Paul-Rigaud, vendredi 10 h en extérieur (colline Saint-Jean)"),
        (0, "Groupes de 6 à 8 patients, encadrés par un enseignant APA de la Maison Sport-Santé"),
        (1, "un infirmier de l'HDJ participe à chaque séance"),
        (0, "Bilan initial et bilan final : test de marche de 6 minutes, tour de taille, échelle WEMWBS"),
        (0, "Indication posée en réunion clinique, accord du patient, certificat de non-contre-indication"),
    ], notes="Le mardi, le gymnase est prêté gratuitement par le service municipal des sports. Coût annuel pour "
             "l'HDJ : 18 500 euros, surtout le temps d'enseignant APA mis à disposition (0,3 ETP).")
    # tableau
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Résultats 2024-2025"
    rows = [["Indicateur", "2024", "2025"],
            ["Cycles réalisés", "2", "3"],
            ["Patients inclus", "27", "41"],
            ["Patients ayant terminé le cycle", "20", "34"],
            ["Taux de complétion", "74 %", "83 %"],
            ["Test de marche de 6 minutes : gain moyen", "+39 m", "+52 m"],
            ["Tour de taille : variation moyenne", "−1,1 cm", "−1,8 cm"],
            ["Score WEMWBS : gain moyen", "+4 points", "+5 points"]]
    gt = s.shapes.add_table(len(rows), 3, Cm(2), Cm(3.4), Cm(24), Cm(9.5)).table
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            gt.cell(i, j).text = v
            gt.cell(i, j).text_frame.paragraphs[0].runs[0].font.size = Pt(15)
    footer(s, 4)
    s.notes_slide.notes_text_frame.text = (
        "Sur les 7 patients qui n'ont pas terminé en 2025 : 3 réhospitalisations, 2 reprises d'emploi ou de "
        "formation, 2 perdus de vue. Les reprises d'emploi sont plutôt une bonne nouvelle !")
    # comparaison en deux zones
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "APA ou sport adapté : ne pas confondre"
    left = s.shapes.add_textbox(Cm(1.5), Cm(3.3), Cm(12), Cm(10.5)).text_frame
    left.word_wrap = True
    right = s.shapes.add_textbox(Cm(14.5), Cm(3.3), Cm(12), Cm(10.5)).text_frame
    right.word_wrap = True
    for tf, lines in ((left, ["Activité physique adaptée (APA)",
                              "But : la santé, dans le cadre d'un parcours de soins",
                              "Encadrée par un enseignant en APA (licence STAPS APA-S)",
                              "Sur prescription médicale ou orientation d'un soignant",
                              "Programme limité dans le temps, avec bilans"]),
                      (right, ["Sport adapté",
                               "But : le loisir ou la compétition, pour tous",
                               "Clubs affiliés à la Fédération française du sport adapté (FFSA)",
                               "Pour les personnes en situation de handicap mental ou psychique",
                               "Pratique durable, licence sportive, sans prescription"])):
        tf.text = lines[0]
        tf.paragraphs[0].runs[0].font.bold = True
        tf.paragraphs[0].runs[0].font.size = Pt(18)
        for t in lines[1:]:
            para = tf.add_paragraph()
            para.text = "• " + t
            para.runs[0].font.size = Pt(15)
    footer(s, 5)
    s.notes_slide.notes_text_frame.text = (
        "Notre objectif : que l'APA soit une passerelle vers le sport adapté ou ordinaire. Le club de sport adapté "
        "le plus proche est l'Union sportive des Pins à Sainte-Luce-du-Var.")
    bullets(prs, 6, "Ce que disent les patients", [
        (0, "« Je dors mieux les nuits après la séance du vendredi. »"),
        (0, "« Le groupe, c'est ce qui me fait venir le mardi. »"),
        (0, "« Je ne pensais pas remonter la colline sans m'arrêter. »"),
        (0, "Questionnaire de satisfaction : 9 patients sur 10 recommanderaient le programme"),
    ])
    bullets(prs, 7, "Perspectives 2026", [
        (0, "Passer à 4 cycles par an (environ 55 patients)"),
        (0, "Organiser la suite avec la MSS et le GEM : randos-santé du jeudi, clubs de sport adapté"),
        (0, "Ajouter un atelier de jardinage adapté au Jardin des Cigales (2 parcelles réservées à l'HDJ)"),
        (0, "Suivre la pratique à 6 mois avec le questionnaire commun du groupe de travail du CLSM"),
        (0, "Former l'équipe infirmière à l'entretien motivationnel"),
    ], notes="Pour les 4 cycles, il nous faut 0,1 ETP d'enseignant APA en plus : demande déposée auprès de l'ARS "
             "dans le cadre du fonds d'intervention régional (FIR).")
    bullets(prs, 8, "Sigles", [
        (0, "APA : activité physique adaptée"),
        (0, "CLSM : conseil local de santé mentale"),
        (0, "ETP : équivalent temps plein"),
        (0, "FFSA : Fédération française du sport adapté"),
        (0, "HDJ : hôpital de jour"),
        (0, "MSS : maison sport-santé"),
        (0, "WEMWBS : échelle de bien-être mental de Warwick-Edinburgh"),
    ])
    prs.core_properties.author = "Hélène Gaubert"
    prs.core_properties.title = "Bilan Corps en mouvement 2025"
    prs.save(OUT)
    tmp = OUT + ".tmp"
    with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/app.xml":
                data = re.sub(rb"<Application>.*?</Application>",
                              b"<Application>LibreOffice/7.6.7.2$Windows_X86_64 LibreOffice_project/"
                              b"dd47e4b30cb7dab30588d6c79c651f218165e3c5</Application>", data)
            zout.writestr(item, data)
    os.replace(tmp, OUT)
    print(OUT)


if __name__ == "__main__":
    main()
