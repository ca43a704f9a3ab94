# -*- coding: utf-8 -*-
"""Diaporama PowerPoint (python-pptx) de 12 diapositives : assemblée plénière du CLSM intercommunal du Pays de
Vernadou, 18 novembre 2025, bilan de la première année et feuille de route 2026.

Tout est fictif. Forme : 16:9, diapositive de titre, titres et puces sur deux niveaux dans les espaces réservés,
un tableau natif (activité du Bus Santé par étape), numéro « n / 12 » et pied de page dans des zones de texte,
notes de l'orateur sur chaque diapositive (certains faits ne sont que dans les notes).
"""
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-18_clsm-pays-vernadou_pleniere-bilan-premiere-annee.pptx")

FOOT = "CLSM intercommunal du Pays de Vernadou — Assemblée plénière du 18 novembre 2025"

SLIDES = [
    {"title": "Conseil local de santé mentale intercommunal du Pays de Vernadou",
     "subtitle": "Bilan de la première année et feuille de route 2026\nAssemblée plénière — mardi 18 novembre 2025, "
                 "salle des fêtes de Montcabrel",
     "notes": "Accueil par Jean-Louis Calvignac, président du CLSMi, vice-président de la communauté de communes "
              "chargé de la santé et maire de Fontclaire. Remercier les 63 participants inscrits, dont 21 élus. "
              "Présentation assurée par Mathilde Rouquayrol, coordinatrice."},
    {"title": "Le CLSMi en bref",
     "bullets": [("CLSMi : conseil local de santé mentale intercommunal", 0),
                 ("Installé le 25 septembre 2024 par la communauté de communes du Pays de Vernadou", 0),
                 ("24 communes, 17 850 habitants, dont 17,4 % de 75 ans et plus", 1),
                 ("Une coordinatrice à 0,8 ETP, financée par l'ARS et la communauté de communes", 1),
                 ("Trois instances", 0),
                 ("Assemblée plénière (une fois par an), comité de pilotage (tous les trimestres), groupes de "
                  "travail", 1)],
     "notes": "Rappeler que le CLSMi est un espace de concertation entre élus, psychiatrie, usagers, aidants et "
              "partenaires : il ne soigne pas, il coordonne. ETP = équivalent temps plein."},
    {"title": "Trois groupes de travail",
     "bullets": [("GT 1 — Mal-être agricole : pilote MSA Sévrane", 0),
                 ("GT 2 — Isolement des aînés : pilote CIAS du Pays de Vernadou", 0),
                 ("GT 3 — Jeunes et mobilité : pilote Mission locale de Montcabrel", 0),
                 ("Chaque groupe s'est réuni 4 fois depuis l'installation", 1)],
     "notes": "Le CIAS est le centre intercommunal d'action sociale. Le GT 3 est le plus récent : il a démarré en "
              "février 2025 après l'enquête de la Mission locale."},
    {"title": "Le Bus Santé Vernadou : première saison",
     "bullets": [("Mis en service le 2 avril 2025 : une infirmière et un psychologue à bord", 0),
                 ("14 villages-étapes, chacun desservi tous les quinze jours", 1),
                 ("Saison 2025 : 612 passages, 388 personnes différentes", 0),
                 ("41 % des personnes reçues ont plus de 70 ans", 1),
                 ("52 orientations vers le CMP de Montcabrel", 1),
                 ("Dernière tournée le 24 octobre 2025, reprise prévue à la mi-mars 2026", 0)],
     "notes": "Le bus est l'ancien bibliobus du Département, réaménagé avec un espace de consultation fermé. On y "
              "vient d'abord pour la tension ou la glycémie ; l'écoute vient ensuite. Coralie Fabrègue, "
              "infirmière, et Baptiste Lherm, psychologue, forment l'équipage."},
    {"title": "Activité du Bus Santé par étape (avril – octobre 2025)",
     "table": [["Étape", "Jours de présence", "Passages", "Orientations vers le CMP"],
               ["Sauvanès", "15", "96", "9"],
               ["Rieumajou", "15", "71", "7"],
               ["Varanhac", "14", "63", "6"],
               ["Fontclaire", "15", "58", "5"],
               ["Prat-Cerbès", "14", "52", "6"],
               ["9 autres étapes", "127", "272", "19"],
               ["Total", "200", "612", "52"]],
     "notes": "Sauvanès arrive en tête : l'étape tombe le jour du marché aux bestiaux. Montcabrel n'est pas une "
              "étape puisque le CMP y est installé."},
    {"title": "Télépsychiatrie avec le CMP de Montcabrel",
     "bullets": [("Depuis le 6 janvier 2025 : téléconsultations avec un psychiatre du CMP", 0),
                 ("Depuis le Bus Santé et les maisons de santé pluriprofessionnelles (MSP) de Varanhac et de "
                  "Prat-Cerbès", 1),
                 ("Le patient n'est jamais seul : infirmière ou psychologue à ses côtés", 1),
                 ("241 téléconsultations de janvier à octobre 2025", 0),
                 ("Délai moyen d'un premier rendez-vous au CMP : 74 jours en 2024, 39 jours en 2025", 0)],
     "notes": "Règle posée par le Dr Hugues Vialaret, responsable du CMP : la première rencontre se fait toujours en "
              "présentiel, au CMP ou dans le bus. Point faible : les zones blanches, en particulier à "
              "Saint-Génis-des-Combes."},
    {"title": "Sentinelles du monde agricole",
     "bullets": [("19 sentinelles formées sur le Pays de Vernadou (78 dans toute la Sévrane)", 0),
                 ("Conseillers de la chambre d'agriculture, vétérinaires, conseillers bancaires, techniciens de "
                  "coopérative", 1),
                 ("Formation d'une journée assurée par la MSA Sévrane", 1),
                 ("Relais : la cellule pluridisciplinaire de prévention (CPP) de la MSA", 0),
                 ("29 signalements venus du Pays de Vernadou du 1er janvier au 31 octobre 2025, contre 22 sur toute "
                  "l'année 2024", 1)],
     "notes": "Une sentinelle n'est pas un soignant : c'est une personne en contact régulier avec les exploitants, "
              "formée à repérer la souffrance et à passer le relais à la cellule de la MSA. Elle ne pose pas de "
              "diagnostic."},
    {"title": "Isolement des aînés",
     "bullets": [("« Un coup de fil, un sourire » : 31 bénévoles du CIAS appellent chaque semaine 140 aînés", 0),
                 ("Repérage des personnes isolées par les secrétaires de mairie et les aides à domicile", 0),
                 ("Ligne d'écoute Terres à l'écoute ouverte le 3 juin 2024, 0 800 47 26 15", 0),
                 ("Tous les jours de 8 h à 22 h, bénévoles de l'association Les Lucioles du Vernadou", 1)],
     "notes": "Ne pas présenter Terres à l'écoute comme une ligne d'urgence : en cas de crise suicidaire, c'est le "
              "3114, le numéro national de prévention du suicide."},
    {"title": "Jeunes sans moyen de transport",
     "bullets": [("Enquête de la Mission locale (printemps 2025) auprès de 212 jeunes de 16 à 25 ans", 0),
                 ("38 % n'ont ni permis ni véhicule", 1),
                 ("Un sur quatre a renoncé à un rendez-vous de santé faute de transport", 1),
                 ("Projet : un transport à la demande (TAD) gratuit vers les rendez-vous de santé", 0)],
     "notes": "Le projet de transport à la demande sera soumis au comité de pilotage de janvier 2026 ; l'idée est "
              "une expérimentation au printemps."},
    {"title": "Ce qui reste difficile",
     "bullets": [("Un poste de psychiatre vacant au CMP depuis l'été 2024", 0),
                 ("Zones blanches : coupures pendant les téléconsultations", 0),
                 ("La peur du regard des autres au village", 0),
                 ("Aucun accueil le week-end en dehors des urgences de Montcabrel", 0)],
     "notes": "Laisser la parole à la salle après cette diapositive (dix minutes)."},
    {"title": "Feuille de route 2026",
     "bullets": [("Bus Santé : saison 2 avec 16 étapes au lieu de 14", 0),
                 ("Former 12 nouvelles sentinelles sur le Pays de Vernadou", 0),
                 ("Équiper le bus d'un kit satellite contre les coupures de réseau", 0),
                 ("Lancer le transport à la demande pour les 16-25 ans", 0),
                 ("Ouvrir un groupe de parole pour les aidants à Varanhac", 0)],
     "notes": "Ces priorités seront arrêtées au comité de pilotage de janvier 2026."},
    {"title": "Contacts",
     "bullets": [("Coordination du CLSMi : Mathilde Rouquayrol, 05 63 41 28 70, clsm@pays-vernadou.example", 0),
                 ("CMP de Montcabrel : 05 63 41 55 02", 0),
                 ("Terres à l'écoute : 0 800 47 26 15 (gratuit)", 0),
                 ("Détresse ou idées suicidaires : 3114, 24 h/24", 0)],
     "notes": "Merci de votre attention. Prochaine plénière à l'automne 2026."},
]


def add_footer(slide, prs, n, total):
    box = slide.shapes.add_textbox(Cm(1), prs.slide_height - Cm(1.3), Cm(22), Cm(0.8))
    p = box.text_frame.paragraphs[0]
    p.text = FOOT
    p.runs[0].font.size = Pt(10)
    p.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    box = slide.shapes.add_textbox(prs.slide_width - Cm(4), prs.slide_height - Cm(1.3), Cm(3), Cm(0.8))
    p = box.text_frame.paragraphs[0]
    p.text = "%d / %d" % (n, total)
    p.runs[0].font.size = Pt(10)


def main():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)
    total = len(SLIDES)
    for n, spec in enumerate(SLIDES, 1):
        if "subtitle" in spec:
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = spec["title"]
            slide.placeholders[1].text = spec["subtitle"]
        elif "table" in spec:
            slide = prs.slides.add_slide(prs.slide_layouts[5])
            slide.shapes.title.text = spec["title"]
            rows = spec["table"]
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Cm(3), Cm(4.5), Cm(27), Cm(11))
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = shape.table.cell(r, c)
                    cell.text = val
                    for para in cell.text_frame.paragraphs:
                        for run in para.runs:
                            run.font.size = Pt(16)
                            run.font.bold = r == 0 or row[0] == "Total"
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[1])
            slide.shapes.title.text = spec["title"]
            body = slide.placeholders[1]
            body.width = Cm(30)
            tf = body.text_frame
            for i, (text, level) in enumerate(spec["bullets"]):
                p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                p.text = text
                p.level = level
                for run in p.runs:
                    run.font.size = Pt(22 if level == 0 else 18)
        add_footer(slide, prs, n, total)
        slide.notes_slide.notes_text_frame.text = spec["notes"]
    prs.save(OUT)
    print(OUT, total, "diapositives")


if __name__ == "__main__":
    main()
