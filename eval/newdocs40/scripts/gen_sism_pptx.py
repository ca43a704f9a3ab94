# -*- coding: utf-8 -*-
"""Génère le diaporama PowerPoint (.pptx) du programme culturel des SISM 2025 de Quillebourg, présenté par la
coordinatrice du CLSM au comité de pilotage « Culture et santé mentale » du 15 septembre 2025.

Mise en page : 12 diapositives 16:9 ; deux diapositives de programme sous forme de tableau (date, horaire,
événement, lieu, accès) ; diapositives « focus » à puces ; une diapositive masquée (budget détaillé) ; notes de
l'oratrice contenant des informations absentes des diapositives ; numéro de diapositive imprimé « n / 12 » en bas
à droite (champ slidenum), pied de page.

Tout est inventé (ville, organismes, personnes, chiffres ; numéros en 03 99 00 ; domaines .example).
"""
import copy
import os

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn
from pptx.util import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-15_clsm-quillebourg_programme-sism-2025.pptx")
TEAL = RGBColor(0x0E, 0x6E, 0x6E)
GREY = RGBColor(0x55, 0x55, 0x55)
N = 12

SLIDES = [
    {"title": "Semaines d'information sur la santé mentale 2025",
     "subtitle": "Quillebourg — programme culturel « Culture, lien et santé mentale »\nDu 6 au 19 octobre 2025\n"
                 "Comité de pilotage « Culture et santé mentale » — 15 septembre 2025\n"
                 "Solène Lemarchand, coordinatrice du CLSM",
     "notes": "Présentation au comité de pilotage d'automne. C'est la 36e édition nationale des SISM et le "
              "troisième programme culturel monté par le groupe de travail depuis sa création en janvier 2023. "
              "Excuser Mme Roussel, retenue au conseil communautaire ; la séance est présidée par Mme Berthelot."},
    {"title": "Trois ans de culture au CLSM",
     "bullets": ["Groupe de travail « Culture et santé mentale » créé en janvier 2023",
                 "Convention de partenariat 2025-2027 signée le 20 janvier 2025 par cinq partenaires",
                 "Cinq actions : ateliers de l'hôpital de jour, prescription muséale, chœur Val'Voix, "
                 "création théâtrale avec le GEM, programme des SISM",
                 "SISM 2025 : 11 rendez-vous en 14 jours, tous gratuits ou à petit prix",
                 "Fil rouge local : la culture comme lieu de rencontre entre habitants, patients et soignants"],
     "notes": "Rappeler que le groupe se réunit le premier lundi du mois. Pour 2025, la subvention « Culture et "
              "santé » notifiée en juillet est de 19 500 €, en dessous des 22 000 € demandés : il a fallu "
              "réduire l'enveloppe de l'évaluation."},
    {"title": "Programme (1/2) — du lundi 6 au samedi 11 octobre",
     "table": [["Date", "Horaire", "Événement", "Lieu", "Accès"],
               ["Lun. 6 oct.", "18 h", "Vernissage de l'exposition « Regards croisés » (ateliers de l'hôpital de "
                "jour Les Tilleuls)", "Musée Jacques-Lenormand, galerie du 1er étage", "Entrée libre"],
               ["Mar. 7 oct.", "18 h 30", "Répétition ouverte du chœur Val'Voix",
                "Centre social Le Trait d'Union (Val-Fleuri)", "Entrée libre"],
               ["Mer. 8 oct.", "11 h", "Émission en public « Place publique » de Radio Bocage",
                "Médiathèque Les Capucins", "Entrée libre"],
               ["Jeu. 9 oct.", "18 h 30", "Conférence « L'art, ça soigne ? » — Dr Camille Orsini et "
                "Dr Hervé Quesnel", "Auditorium du conservatoire", "Gratuit, réservation conseillée"],
               ["Sam. 11 oct.", "10 h 30", "Visite « Pause regard » spéciale SISM", "Musée Jacques-Lenormand",
                "Sur réservation, 12 places"],
               ["Sam. 11 oct.", "15 h", "Atelier percussions parents-enfants avec Bastien Hamel",
                "Centre social Le Trait d'Union (Val-Fleuri)", "Gratuit, sur inscription"]],
     "notes": "Vernissage : navette gratuite depuis l'hôpital de jour, départ à 17 h 30, retour à 19 h 45. La "
              "conférence du 9 octobre sera traduite en langue des signes française : deux interprètes réservés "
              "auprès de l'association Signes Bocage. Pour la visite du 11, les réservations se font auprès "
              "d'Aurore Delaunay au 03 99 00 27 45."},
    {"title": "Programme (2/2) — du mardi 14 au dimanche 19 octobre",
     "table": [["Date", "Horaire", "Événement", "Lieu", "Accès"],
               ["Mar. 14 oct.", "20 h", "Ciné-débat : « Les Jours clairs », documentaire de Lise Carpentier",
                "Cinéma Les Arcades", "Tarif unique 4 €"],
               ["Jeu. 16 oct.", "14 h 30", "Portes ouvertes du GEM Le Phare", "GEM Le Phare, 8 rue des Cordiers",
                "Entrée libre"],
               ["Ven. 17 oct.", "20 h 30", "Lecture-spectacle « Ce qui tient debout » (étape de création) — GEM "
                "Le Phare et Compagnie L'Estran", "Théâtre de l'Arsenal", "Participation libre, réservation"],
               ["Sam. 18 oct.", "16 h", "Concert du chœur Val'Voix", "Église Saint-Aubin", "Entrée libre"],
               ["Dim. 19 oct.", "10 h – 17 h", "« Musée en partage » : journée de clôture, visites flash et "
                "atelier de croquis", "Musée Jacques-Lenormand", "Gratuit toute la journée"]],
     "notes": "Le théâtre de l'Arsenal compte 220 places mais la jauge de la lecture est limitée à 180, car le "
              "plateau est avancé sur les premiers rangs. Le débat du 14 octobre sera animé par Patrick Vautier, "
              "cadre de santé de l'hôpital de jour, en présence de la réalisatrice."},
    {"title": "Focus — exposition « Regards croisés »",
     "bullets": ["Œuvres réalisées en 2024-2025 dans les ateliers arts plastiques et photographie de l'hôpital de "
                 "jour Les Tilleuls",
                 "Présentée au musée Jacques-Lenormand du 6 octobre au 2 novembre 2025",
                 "Cartels rédigés par les artistes eux-mêmes, sans mention de l'hôpital",
                 "Visites commentées par les participants les mercredis à 15 h"],
     "notes": "48 œuvres de 19 artistes. Thomas Leroux et Lucie Fontaine assurent l'accrochage le 3 octobre. "
              "Assurance « clou à clou » prise en charge par le musée."},
    {"title": "Focus — le chœur Val'Voix en concert",
     "bullets": ["Chœur créé en septembre 2024, dirigé par Armelle Toutain (conservatoire)",
                 "Répétitions le mardi de 18 h 30 à 20 h au centre social Le Trait d'Union",
                 "Programme du 18 octobre : chants du monde, chanson française, une création du chœur",
                 "Ouvert à toutes et tous, gratuit, sans audition"],
     "notes": "À la rentrée 2025, 31 choristes sont inscrits, dont 12 habitants du Val-Fleuri. Chiffre interne, à "
              "ne pas diffuser : 10 choristes sont suivis au CHS. L'objectif de la convention reste 40 choristes."},
    {"title": "Focus — « Ce qui tient debout », étape de création",
     "bullets": ["Création collective du GEM Le Phare et de la Compagnie L'Estran, mise en scène de Yann Le Goff",
                 "Douze comédiens amateurs, adhérents du GEM",
                 "Lecture-spectacle le 17 octobre, création complète au printemps 2026",
                 "Rencontre avec l'équipe à l'issue de la représentation"],
     "notes": "Les répétitions ont lieu le lundi de 14 h à 17 h au théâtre de l'Arsenal. Karima Ouali, "
              "animatrice du GEM, accompagne la troupe. Prévoir un temps calme en loge : deux comédiens ont "
              "demandé un espace de repli."},
    {"title": "Focus — prescription muséale et visites « Pause regard »",
     "bullets": ["Lancée le 3 mars 2025 avec la CPTS du Bocage quillebourgeois",
                 "Ordonnance muséale remise par le médecin : pass nominatif de visites gratuites",
                 "Visite « Pause regard » : 45 minutes devant une ou deux œuvres, en petit groupe",
                 "Pendant les SISM : visite spéciale le 11 octobre et journée gratuite le 19"],
     "notes": "Au 1er septembre 2025 : 23 médecins prescripteurs et 96 ordonnances muséales remises. Objectif "
              "de la convention (20 prescripteurs la première année) déjà atteint."},
    {"title": "Budget du programme SISM 2025 (diapositive masquée)", "hidden": True,
     "table": [["Poste", "Montant estimé"],
               ["Sonorisation du concert (église Saint-Aubin)", "900 €"],
               ["Impression : 1 500 programmes et 80 affiches", "1 140 €"],
               ["Interprètes en langue des signes (conférence)", "720 €"],
               ["Accueil, navettes et collations", "700 €"],
               ["Location de la salle du cinéma Les Arcades", "600 €"],
               ["Pot du vernissage", "450 €"],
               ["Frais de déplacement de la conférencière", "350 €"],
               ["Total estimé", "4 860 €"]],
     "notes": "Enveloppe prévue dans la convention : 4 500 €. Le dépassement de 360 € est pris en charge par la "
              "DAC sur son budget d'action culturelle. Diapositive masquée en séance."},
    {"title": "Communication",
     "bullets": ["1 500 programmes et 80 affiches diffusés à partir du 22 septembre",
                 "Partenariat avec Radio Bocage : émission « Place publique » du 8 octobre",
                 "Page dédiée sur quillebourg.example et réseaux sociaux de la Ville",
                 "Relais par la CPTS auprès des cabinets médicaux et des pharmacies"],
     "notes": "Radio Bocage enregistre l'émission en public à la médiathèque ; elle sera rediffusée le samedi "
              "11 octobre à 9 h. Invités pressentis : Thomas Leroux et une adhérente du GEM."},
    {"title": "Qui fait quoi ?",
     "table": [["Action", "Référent·e", "Structure"],
               ["Coordination générale, presse", "Solène Lemarchand", "CLSM"],
               ["Exposition et journée de clôture", "Aurore Delaunay", "Musée Jacques-Lenormand"],
               ["Concert et répétition ouverte", "Armelle Toutain", "Conservatoire"],
               ["Lecture-spectacle", "Yann Le Goff et Karima Ouali", "Compagnie L'Estran / GEM Le Phare"],
               ["Conférence et ciné-débat", "Dr Hervé Quesnel et Patrick Vautier", "CHS du Bocage"],
               ["Logistique et salles", "Maëlle Dufresne", "DAC, Ville de Quillebourg"]],
     "notes": "Chaque référent transmet ses chiffres de fréquentation au CLSM avant le 24 octobre pour le bilan."},
    {"title": "Contacts et prochaines étapes",
     "bullets": ["Bouclage du programme imprimé : vendredi 19 septembre",
                 "Bilan des SISM au comité de pilotage du lundi 17 novembre 2025",
                 "CLSM : Solène Lemarchand — 03 99 00 41 35 — clsm@quillebourg.example",
                 "Réservations musée : 03 99 00 27 45 — Arsenal : 03 99 00 58 00"],
     "notes": "Penser à demander aux lieux un comptage homogène : entrées réelles, pas inscriptions."},
]


def add_text(slide, left, top, width, height, text, size, bold=False, color=None):
    tb = slide.shapes.add_textbox(left, top, width, height)
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = line
        r.font.size = Pt(size)
        r.font.bold = bold
        if color is not None:
            r.font.color.rgb = color
    return tb


def add_slide_number(slide, n):
    """Zone de texte avec un champ « numéro de diapositive » suivi de « / 12 »."""
    tb = add_text(slide, Cm(29.0), Cm(17.8), Cm(4.2), Cm(0.9), "", 10, color=GREY)
    p = tb.text_frame.paragraphs[0]
    for r in list(p._p):
        if r.tag == qn("a:r"):
            p._p.remove(r)
    fld = etree.SubElement(p._p, qn("a:fld"))
    fld.set("id", "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}")
    fld.set("type", "slidenum")
    rpr = etree.SubElement(fld, qn("a:rPr"))
    rpr.set("lang", "fr-FR")
    rpr.set("sz", "1000")
    t = etree.SubElement(fld, qn("a:t"))
    t.text = str(n)
    r = etree.SubElement(p._p, qn("a:r"))
    rpr2 = etree.SubElement(r, qn("a:rPr"))
    rpr2.set("lang", "fr-FR")
    rpr2.set("sz", "1000")
    t2 = etree.SubElement(r, qn("a:t"))
    t2.text = " / %d" % N
    # le paragraphe final (endParaRPr) doit rester en dernier
    end = p._p.find(qn("a:endParaRPr"))
    if end is not None:
        p._p.remove(end)
        p._p.append(end)


def main():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)
    blank = prs.slide_layouts[6]
    for i, s in enumerate(SLIDES, 1):
        slide = prs.slides.add_slide(blank)
        if i == 1:
            add_text(slide, Cm(2), Cm(4.5), Cm(30), Cm(3), s["title"], 36, True, TEAL)
            add_text(slide, Cm(2), Cm(8.5), Cm(30), Cm(6), s["subtitle"], 18)
        else:
            add_text(slide, Cm(1.5), Cm(0.8), Cm(31), Cm(2), s["title"], 26, True, TEAL)
            if "bullets" in s:
                tb = add_text(slide, Cm(1.8), Cm(3.3), Cm(30), Cm(13), "\n".join("• " + b for b in s["bullets"]),
                              18)
                for p in tb.text_frame.paragraphs:
                    p.space_after = Pt(10)
            if "table" in s:
                rows = s["table"]
                ncol = len(rows[0])
                widths = {5: [3.0, 2.6, 11.5, 9.0, 4.6], 3: [11.0, 9.5, 10.2], 2: [20.0, 8.0]}[ncol]
                shape = slide.shapes.add_table(len(rows), ncol, Cm(1.5), Cm(3.2), Cm(sum(widths)),
                                               Cm(1.1 * len(rows)))
                tbl = shape.table
                for j, w in enumerate(widths):
                    tbl.columns[j].width = Cm(w)
                for r_i, row in enumerate(rows):
                    for c_i, val in enumerate(row):
                        cell = tbl.cell(r_i, c_i)
                        cell.text = val
                        for p in cell.text_frame.paragraphs:
                            for r in p.runs:
                                r.font.size = Pt(12 if ncol == 5 else 14)
                                r.font.bold = r_i == 0 or (ncol == 2 and r_i == len(rows) - 1)
        add_text(slide, Cm(1.5), Cm(17.8), Cm(24), Cm(0.9),
                 "CLSM de Quillebourg — SISM 2025 — comité de pilotage du 15 septembre 2025", 10, color=GREY)
        add_slide_number(slide, i)
        slide.notes_slide.notes_text_frame.text = s["notes"]
        if s.get("hidden"):
            slide._element.set("show", "0")
    prs.core_properties.title = "SISM 2025 — programme culturel de Quillebourg"
    prs.core_properties.author = "Solène Lemarchand (CLSM de Quillebourg)"
    prs.save(OUT)
    print("écrit :", OUT, len(SLIDES), "diapositives")


if __name__ == "__main__":
    main()
