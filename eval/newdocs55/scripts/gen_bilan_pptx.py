# -*- coding: utf-8 -*-
"""Génère le diaporama PowerPoint (.pptx, python-pptx) du groupe de travail « handicap psychique » du CLSM de
Montbrenay présenté à la plénière du 12 mars 2026 : 12 diapositives 16:9, dont une diapositive « Avant / Après »
à deux colonnes (disposition « Comparaison »), deux tableaux (services en 2025 ; qui finance quoi), une
diapositive de photos sans titre avec seulement des légendes, et des notes de l'orateur sur chaque diapositive,
qui contiennent des faits absents des diapositives.

Photos : images de remplacement dessinées avec Pillow (aucune photo réelle).
Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00, domaines .example).
"""
import io
import os
import random

from PIL import Image, ImageDraw
from pptx import Presentation
from pptx.util import Emu, Inches, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-12_clsm-montbrenay_gt-handicap-psychique-bilan-2025.pptx")

SLIDES = [
    ("title", "Groupe de travail « handicap psychique » : bilan 2025 et feuille de route 2026",
     "Plénière du conseil local de santé mentale de Montbrenay - jeudi 12 mars 2026\n"
     "Dr Hélène Marchetti et Julien Roussel, copilotes - Sophie Vernier, coordinatrice du CLSM",
     "Accueil par Catherine Poulain, adjointe au maire chargée de la santé. Rappeler que le diaporama sera envoyé "
     "à tous les membres avec le compte rendu."),
    ("bullets", "Le groupe de travail en bref",
     ["Créé en septembre 2023 à la demande de la plénière du CLSM",
      "27 membres : soins, médico-social, MDPH, bailleurs, emploi, usagers et familles",
      "6 réunions en 2025, une tous les deux mois, salle Pasteur du centre hospitalier",
      "Trois priorités : l'accès aux droits MDPH, l'emploi, le logement"],
     "La MDPH a rejoint le groupe de travail en novembre 2025, avec Claire Dufay. Deux adhérents du GEM "
     "La Passerelle y siègent depuis 2024 et ont coécrit l'annuaire des ressources de mars 2025."),
    ("bullets", "Repères : Montbrenay et le quartier des Combes",
     ["Montbrenay : 46 300 habitants ; quartier prioritaire des Combes : 5 120 habitants",
      "Allocataires de l'AAH pour 100 habitants de 20 à 64 ans, fin 2024 :",
      ("Les Combes : 9,2 - Montbrenay : 4,6 - Haute-Sâline : 3,9 - France : 3,4", 1),
      "412 demandes déposées à la MDPH par des habitants des Combes en 2024",
      "Les Combes : 23 des 104 personnes suivies par l'emploi accompagné en 2025"],
     "Le taux des Combes est une estimation de la CAF à partir des adresses des allocataires, à manier avec "
     "prudence. Les taux de la ville et du département viennent de la CNAF."),
    ("compare", "Parcours d'une demande : avant / après",
     ("Avant (2024)",
      ["Délai moyen de traitement MDPH : 5,8 mois",
       "Trois fiches d'orientation différentes selon les services",
       "Aucune permanence de la MDPH aux Combes",
       "RQTH en 3 mois ou plus, même avec une promesse d'embauche"]),
     ("Après (2025-2026)",
      ["Délai moyen ramené à 4,6 mois sur l'année 2025",
       "Fiche de liaison unique pour tous les services depuis juin 2025",
       "Permanence MDPH aux Combes le 2e mardi du mois depuis octobre 2025",
       "Circuit court RQTH : 268 dossiers au 28 février 2026, en 5 semaines en moyenne"]),
     "Le délai 2025 est provisoire : la MDPH consolidera ses chiffres annuels en avril. Le circuit court a "
     "démarré le 1er octobre 2025."),
    ("table", "Les services en 2025",
     [["Service", "Places au 31/12/2025", "Liste d'attente au 31/12/2025", "À noter"],
      ["SAMSAH Horizon", "35", "38", "45 places au 1er mars 2026"],
      ["SAVS Le Fil", "55", "12", "+10 places en septembre 2025"],
      ["Emploi accompagné (Tremplin Sâline)", "90", "9", "6 job coachs"],
      ["ESAT Les Ateliers du Val", "64 (dont 12 en section adaptée)", "27", "liste en hausse"],
      ["Habitat inclusif Maison Colibri", "6", "8", "2e habitat prévu aux Combes"],
      ["Résidence accueil Les Tilleuls", "18", "11", "pas de création prévue"]],
     "La liste d'attente de l'ESAT est la seule qui augmente nettement : 15 personnes fin 2023, 27 fin 2025. "
     "Celle du SAVS a été divisée par deux grâce aux 10 places ouvertes en septembre."),
    ("table", "Qui finance quoi ? (montants 2025)",
     [["Action", "Financeur(s)", "Montant 2025"],
      ["SAMSAH Horizon", "ARS (soins) et Département (accompagnement)", "412 000 € + 236 000 €"],
      ["SAVS Le Fil", "Département", "498 000 €"],
      ["Emploi accompagné", "ARS, AGEFIPH et FIPHFP", "180 000 € + 95 000 € + 20 000 €"],
      ["GEM La Passerelle", "ARS", "88 000 €"],
      ["Maison Colibri (aide à la vie partagée)", "Département, cofinancé par la CNSA", "51 000 €"],
      ["Premiers pas vers l'emploi (Les Combes)", "Contrat de ville", "14 500 €"],
      ["Coordination du CLSM", "ARS et Ville de Montbrenay", "25 000 € + 25 000 €"]],
     "Le contrat de ville finance la permanence du jeudi matin de Tremplin Sâline au centre social Jean-Macé "
     "et les ateliers « estime de soi » ; c'est le seul financement propre au quartier."),
    ("bullets", "Emploi accompagné : les résultats 2025",
     ["104 personnes accompagnées (88 en 2024)",
      "58 en emploi au 31 décembre 2025, dont 34 en CDI",
      "6 job coachs (conseillers en emploi accompagné) en équivalent temps plein",
      "146 passages à la permanence du jeudi matin aux Combes",
      "Forum emploi et handicap psychique le 27 novembre 2025"],
     "Un septième job coach a été recruté le 2 février 2026 ; son poste est financé par l'AGEFIPH. Le taux de "
     "maintien dans l'emploi à un an est de 81 % en 2025, contre 78 % en 2024."),
    ("bullets", "Se loger : logement accompagné et habitat inclusif",
     ["Résidence accueil Les Tilleuls : 18 logements, 11 personnes en attente",
      "Maison Colibri : 6 habitants depuis l'ouverture du 15 octobre 2024",
      "Projet d'habitat inclusif aux Combes avec Sâline Habitat : 5 logements",
      ("Ouverture prévue en septembre 2026 ; aide à la vie partagée demandée au Département", 1)],
     "L'aide à la vie partagée de la Maison Colibri est de 8 500 € par habitant et par an, soit 51 000 €. "
     "Deux habitants de la Maison Colibri travaillent à l'ESAT, un en emploi accompagné."),
    ("photos", None,
     ["Inauguration de la Maison Colibri, 15 octobre 2024",
      "Forum emploi et handicap psychique, salle des fêtes, 27 novembre 2025",
      "Atelier jardin du GEM La Passerelle, juin 2025",
      "Première permanence MDPH à la maison France services des Combes, 14 octobre 2025"],
     "Forum du 27 novembre : 34 employeurs présents, 160 visiteurs, 12 entretiens d'embauche et 3 recrutements "
     "depuis. Photos publiées avec l'accord écrit des personnes."),
    ("bullets", "Feuille de route 2026",
     ["Ramener la liste d'attente du SAMSAH sous 20 personnes fin 2026",
      "Ouvrir l'habitat inclusif des Combes (5 logements)",
      "Former 60 professionnels aux premiers secours en santé mentale (PSSM)",
      "Deuxième forum emploi le 26 novembre 2026",
      "Ouvrir une permanence du SAMSAH aux Combes"],
     "La formation PSSM est financée par l'ARS dans le cadre du projet territorial de santé mentale ; "
     "quatre sessions de deux jours sont prévues, la première les 4 et 5 mai 2026."),
    ("bullets", "Financements demandés pour 2026",
     ["Contrat de ville : Premiers pas vers l'emploi, 16 000 € (14 500 € en 2025)",
      "AGEFIPH : septième job coach, 52 000 €",
      "ARS : formation PSSM, 9 600 €",
      "Département : aide à la vie partagée de l'habitat des Combes, 42 500 €"],
     "Le comité de pilotage du contrat de ville rendra ses arbitrages le 9 avril 2026. Si les 16 000 € ne sont "
     "pas obtenus, la permanence des Combes passera à un jeudi sur deux."),
    ("bullets", "Contacts et prochaines dates",
     ["Prochaine réunion du GT : jeudi 11 juin 2026, 14 h, salle Pasteur",
      "Webinaire « AAH et travail » : jeudi 24 septembre 2026",
      "Coordination : Sophie Vernier, 03 99 00 41 20, clsm@montbrenay.example",
      "Annuaire et fiche de liaison : sante-mentale.montbrenay.example"],
     "Rappeler l'appel à candidatures pour deux pairs-aidants au SAMSAH, ouvert jusqu'au 30 avril 2026."),
]

COLORS = [(120, 160, 110), (180, 140, 90), (90, 130, 170), (160, 110, 140)]


def photo(seed):
    rnd = random.Random(seed)
    w, h = 800, 560
    base = COLORS[seed % 4]
    img = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(img)
    for _ in range(40):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.randrange(20, 120)
        c = tuple(min(255, max(0, v + rnd.randint(-50, 50))) for v in base)
        d.ellipse([x - r, y - r, x + r, y + r], fill=c)
    for k in range(5):  # silhouettes
        x = 100 + k * 140
        d.ellipse([x - 30, 250, x + 30, 310], fill=(70, 60, 55))
        d.rectangle([x - 45, 315, x + 45, 520], fill=(60, 70, 90))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    buf.seek(0)
    return buf


def set_bullets(tf, items):
    tf.clear()
    first = True
    for it in items:
        text, lvl = (it, 0) if isinstance(it, str) else it
        p = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        p.text = text
        p.level = lvl


def add_table(slide, rows, top):
    n, m = len(rows), len(rows[0])
    left, width = Inches(0.5), Inches(12.3)
    shape = slide.shapes.add_table(n, m, left, top, width, Inches(0.45) * n)
    tbl = shape.table
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = val
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(14 if i else 15)
                    r.font.bold = i == 0


def main():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    L = prs.slide_layouts
    for kind, title, content, notes, *rest in [s + () if len(s) == 4 else s for s in SLIDES]:
        if kind == "title":
            s = prs.slides.add_slide(L[0])
            s.shapes.title.text = title
            s.placeholders[1].text = content
        elif kind == "bullets":
            s = prs.slides.add_slide(L[1])
            s.shapes.title.text = title
            set_bullets(s.placeholders[1].text_frame, content)
        elif kind == "compare":
            s = prs.slides.add_slide(L[4])  # Comparaison : titre, deux en-têtes, deux contenus
            s.shapes.title.text = title
            (lh, litems), (rh, ritems) = content, notes
            notes = rest[0]
            ph = {p.placeholder_format.idx: p for p in s.placeholders}
            ph[1].text = lh
            set_bullets(ph[2].text_frame, litems)
            ph[3].text = rh
            set_bullets(ph[4].text_frame, ritems)
        elif kind == "table":
            s = prs.slides.add_slide(L[5])
            s.shapes.title.text = title
            add_table(s, content, Inches(1.6))
        elif kind == "photos":
            s = prs.slides.add_slide(L[6])  # vide : pas de titre, seulement les photos et leurs légendes
            pw, phh = Inches(5.6), Inches(2.55)
            for k, cap in enumerate(content):
                x = Inches(0.7) + (k % 2) * Inches(6.3)
                y = Inches(0.35) + (k // 2) * Inches(3.55)
                s.shapes.add_picture(photo(k), x, y, pw, phh)
                tb = s.shapes.add_textbox(x, y + phh + Inches(0.05), pw, Inches(0.5))
                tb.text_frame.text = cap
                tb.text_frame.paragraphs[0].runs[0].font.size = Pt(13)
                tb.text_frame.paragraphs[0].runs[0].font.italic = True
        s.notes_slide.notes_text_frame.text = notes
    # pied de page texte sur chaque diapositive sauf la première
    for i, s in enumerate(prs.slides, 1):
        if i == 1:
            continue
        tb = s.shapes.add_textbox(Inches(0.4), Inches(7.05), Inches(9), Inches(0.35))
        tb.text_frame.text = "CLSM de Montbrenay - GT handicap psychique - plénière du 12 mars 2026 - %d/12" % i
        tb.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
    prs.core_properties.author = "Sophie Vernier"
    prs.core_properties.title = "GT handicap psychique - bilan 2025"
    prs.save(OUT)
    print(OUT, len(prs.slides), "diapositives")


if __name__ == "__main__":
    main()
