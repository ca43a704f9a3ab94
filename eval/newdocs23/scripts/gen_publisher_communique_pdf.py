# -*- coding: utf-8 -*-
"""Communiqué de presse de la ville de Castelvérane mis en page dans Microsoft Publisher et enregistré en PDF.

Imitation : métadonnées Creator « Microsoft® Publisher pour Microsoft 365 », Producer « Microsoft® Publisher pour
Microsoft 365 » ; A4 ; bandeau coloré avec « COMMUNIQUÉ DE PRESSE » et la date dans une zone de texte à droite, logo
de la ville dessiné ; titre et chapô dans des zones de texte ; corps sur deux colonnes liées (le texte passe de la
colonne 1 à la colonne 2) ; encadré « En chiffres » en zone de texte colorée dont les chiffres et libellés sont des
zones séparées ; citation en exergue ; bloc « Contact presse » en pied ; page 2 « À propos » des partenaires.
"""
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-18_ville-castelverane_cp-ordonnances-vertes.pdf")
F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Calibri", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Calibri-Bold", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Calibri-Italic", F + "LiberationSans-Italic.ttf"))

BODY = ParagraphStyle("b", fontName="Calibri", fontSize=9.6, leading=13, spaceAfter=6)
SUBH = ParagraphStyle("s", fontName="Calibri-Bold", fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=3,
                      textColor=colors.HexColor("#1d6b4f"))
GREEN = colors.HexColor("#1d6b4f")

COL1 = [
    ("p", "À partir du samedi 4 avril 2026, les habitants des quartiers des Oliviers-Hauts, de La Tourrache et du "
          "Vieux-Moulin pourront se voir remettre par leur médecin une « ordonnance verte ». Sur ce carnet, le "
          "soignant ne prescrit pas un médicament mais une activité de plein air : une marche accompagnée, un "
          "atelier au jardin partagé, une séance sur le parcours santé de la colline Saint-Jean."),
    ("h", "Une réponse au mal-être dans les quartiers"),
    ("p", "L'action est née au sein du groupe de travail « Sport, nature et santé mentale » du conseil local de "
          "santé mentale (CLSM) de Castelvérane, qui réunit depuis 2024 la ville, l'hôpital de jour Les "
          "Micocouliers, la Maison Sport-Santé Durance-Littoral, le GEM L'Envolée et l'association Terres en "
          "Partage. Selon le diagnostic local de santé réalisé en 2025, 31 % des adultes des trois quartiers "
          "prioritaires déclarent un état de santé mentale dégradé, contre 19 % dans le reste de la commune."),
    ("h", "Comment ça marche ?"),
    ("p", "Le médecin généraliste, le psychiatre ou l'infirmier du centre médico-psychologique (CMP) remet "
          "l'ordonnance verte à la personne. Celle-ci la présente à la Maison Sport-Santé, à son siège ou à son "
          "antenne du centre social La Bastide, qui l'inscrit dans un groupe près de chez elle. Toutes les "
          "activités sont gratuites pendant les trois premiers mois."),
]
COL2 = [
    ("p", "Pour la première année, 86 000 € sont mobilisés : 36 000 € par la ville au titre du contrat de ville, "
          "30 000 € par l'agence régionale de santé (ARS) Provence-Alpes-Côte d'Azur et 20 000 € par la délégation "
          "régionale académique à la jeunesse, à l'engagement et aux sports (DRAJES). L'objectif est de réunir 40 "
          "médecins signataires et de remettre 300 ordonnances vertes d'ici mars 2027."),
    ("h", "Une journée de lancement ouverte à tous"),
    ("p", "Le lancement aura lieu le samedi 4 avril 2026 de 10 h à 16 h au Jardin des Cigales (rue des Amandiers, "
          "quartier de La Tourrache) : inauguration des bacs de jardinage surélevés à 11 h, marches découverte de "
          "45 minutes au départ du jardin à 10 h 30 et 14 h 30, démonstrations de marche nordique et stands des "
          "partenaires. Entrée libre."),
    ("q", "« Un médecin qui prescrit une promenade au jardin, ça fait sourire. Mais pour quelqu'un qui ne sort "
          "plus de chez lui depuis des mois, c'est parfois la première marche vers le soin. »"),
    ("p", "— Mireille Santoni, adjointe au maire déléguée à la santé"),
]


def frame_flow(c, items, x, y, w, h):
    story = []
    for k, t in items:
        if k == "p":
            story.append(Paragraph(t, BODY))
        elif k == "h":
            story.append(Paragraph(t, SUBH))
        else:
            story.append(Paragraph(t, ParagraphStyle("q", parent=BODY, fontName="Calibri-Italic", fontSize=11,
                                                     leading=15, textColor=GREEN, leftIndent=6)))
    Frame(x, y, w, h, showBoundary=0, leftPadding=0, rightPadding=0).addFromList(story, c)
    if story:
        raise SystemExit("texte trop long pour la zone : %d paragraphes restants" % len(story))


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Communiqué de presse — Castelvérane lance les ordonnances vertes")
    c.setAuthor("Ville de Castelvérane — Direction de la communication")
    c.setCreator("Microsoft® Publisher pour Microsoft 365")
    c.setProducer("Microsoft® Publisher pour Microsoft 365")
    W, H = A4
    # bandeau
    c.setFillColor(GREEN)
    c.rect(0, H - 38 * mm, W, 38 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.circle(24 * mm, H - 19 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.setFont("Calibri-Bold", 10)
    c.drawCentredString(24 * mm, H - 20.5 * mm, "CV")
    c.setFillColor(colors.white)
    c.setFont("Calibri-Bold", 13)
    c.drawString(38 * mm, H - 16 * mm, "VILLE DE CASTELVÉRANE")
    c.setFont("Calibri", 10)
    c.drawString(38 * mm, H - 22 * mm, "Direction de la communication")
    c.setFont("Calibri-Bold", 15)
    c.drawRightString(W - 15 * mm, H - 16 * mm, "COMMUNIQUÉ DE PRESSE")
    c.setFont("Calibri", 10)
    c.drawRightString(W - 15 * mm, H - 22 * mm, "Castelvérane, le 18 mars 2026")
    # titre + chapô
    c.setFillColor(colors.HexColor("#222222"))
    Frame(15 * mm, H - 78 * mm, W - 30 * mm, 36 * mm, showBoundary=0).addFromList([
        Paragraph("Santé mentale : Castelvérane lance les « ordonnances vertes » dans ses quartiers prioritaires",
                  ParagraphStyle("t", fontName="Calibri-Bold", fontSize=19, leading=23, textColor=GREEN)),
        Paragraph("Marcher, jardiner, respirer : à partir d'avril, médecins et soignants pourront prescrire une "
                  "activité en plein air aux habitants des trois quartiers prioritaires de la commune.",
                  ParagraphStyle("c", fontName="Calibri-Bold", fontSize=11, leading=15, spaceBefore=6))], c)
    # encadré chiffres (zones séparées : chiffres puis libellés)
    bx, by, bw, bh = 15 * mm, H - 112 * mm, W - 30 * mm, 28 * mm
    c.setFillColor(colors.HexColor("#e6f2ec"))
    c.rect(bx, by, bw, bh, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.setFont("Calibri-Bold", 10)
    c.drawString(bx + 4 * mm, by + bh - 6 * mm, "EN CHIFFRES")
    figs = [("3", "quartiers prioritaires"), ("40", "médecins signataires visés"),
            ("300", "ordonnances vertes d'ici mars 2027"), ("86 000 €", "budget de la première année")]
    c.setFont("Calibri-Bold", 18)
    for i, (n, _) in enumerate(figs):
        c.drawString(bx + 6 * mm + i * 45 * mm, by + 10 * mm, n)
    c.setFont("Calibri", 8.5)
    c.setFillColor(colors.HexColor("#333333"))
    for i, (_, lab) in enumerate(figs):
        c.drawString(bx + 6 * mm + i * 45 * mm, by + 4 * mm, lab)
    # deux colonnes liées
    frame_flow(c, COL1, 15 * mm, 40 * mm, 86 * mm, H - 156 * mm)
    frame_flow(c, COL2, 109 * mm, 40 * mm, 86 * mm, H - 156 * mm)
    # contact presse
    c.setStrokeColor(GREEN)
    c.line(15 * mm, 34 * mm, W - 15 * mm, 34 * mm)
    c.setFillColor(colors.HexColor("#333333"))
    c.setFont("Calibri-Bold", 9)
    c.drawString(15 * mm, 28 * mm, "Contact presse")
    c.setFont("Calibri", 9)
    c.drawString(15 * mm, 23 * mm, "Camille Roux, attachée de presse — 04 42 17 50 12 — presse@castelverane.example")
    c.drawString(15 * mm, 18 * mm, "Laure Ferracci, coordinatrice du CLSM — 04 42 17 50 48 — clsm@castelverane.example")
    c.showPage()
    # page 2 : à propos
    c.setFillColor(GREEN)
    c.setFont("Calibri-Bold", 14)
    c.drawString(15 * mm, H - 25 * mm, "À PROPOS")
    about = [
        ("h", "Le conseil local de santé mentale (CLSM) de Castelvérane"),
        ("p", "Créé en 2019 et présidé par le maire, le CLSM est un espace de concertation entre les élus, la "
              "psychiatrie publique, les usagers, les aidants et les acteurs du territoire. Il compte quatre groupes "
              "de travail, dont le groupe « Sport, nature et santé mentale » animé par la Maison Sport-Santé."),
        ("h", "La Maison Sport-Santé Durance-Littoral"),
        ("p", "Reconnue maison sport-santé en 2021, l'association a accompagné 612 personnes en 2025 vers une "
              "activité physique adaptée (APA), dont 42 % de résidents des quartiers prioritaires."),
        ("h", "Ordonnance verte et prescription d'activité physique adaptée : ce qui les distingue"),
        ("p", "La prescription d'APA, prévue par le code de la santé publique, ouvre un programme encadré par un "
              "enseignant en APA après un bilan de la condition physique. L'ordonnance verte, propre à "
              "Castelvérane, n'a pas de valeur réglementaire : elle invite la personne à rejoindre une activité de "
              "plein air en groupe, sans bilan préalable, et peut être remise par un infirmier."),
        ("h", "Le Jardin des Cigales"),
        ("p", "Jardin partagé de 32 parcelles créé en 2018 dans le quartier de La Tourrache et géré par "
              "l'association Terres en Partage ; 6 parcelles sont réservées aux ateliers de jardinage adapté."),
    ]
    frame_flow(c, about, 15 * mm, 30 * mm, W - 30 * mm, H - 62 * mm)
    c.showPage()
    c.save()
    print(OUT)


if __name__ == "__main__":
    main()
