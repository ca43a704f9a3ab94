# -*- coding: utf-8 -*-
"""Flyer recto verso d'une association d'aide aux victimes, conçu dans Canva et téléchargé en « PDF Impression ».

Imitation : A4 portrait, deux pages, Creator et Producer « Canva », titre du document = nom du design, chaque
élément de texte est une zone séparée dessinée dans l'ordre des calques (les grands numéros d'urgence et le
bandeau de la verso sont des calques placés avant le titre, donc lus avant lui), aplats de couleur, pastilles
rondes, gros chiffres à côté de leur libellé, liste à coches, titres en capitales espacées, pied d'impression.
"""
import os

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-02_avvg_flyer-mise-a-l-abri-urgence.pdf")
W, H = A4
PURPLE = Color(0.36, 0.16, 0.47)
LILAC = Color(0.93, 0.89, 0.96)
CORAL = Color(0.95, 0.45, 0.38)
INK = Color(0.15, 0.12, 0.2)
SANS, SANSB = "Helvetica", "Helvetica-Bold"


def box(c, x, y, s, size=10, font=SANS, width=80 * mm, color=INK, lead=None):
    """Une zone de texte Canva : lignes coupées à la largeur, dessinées de haut en bas."""
    c.setFillColor(color)
    c.setFont(font, size)
    lead = lead or size * 1.3
    for ln in simpleSplit(s, font, size, width):
        c.drawString(x, y, ln)
        y -= lead
    return y


def recto(c):
    c.setFillColor(LILAC)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    # calque 1 : cartes des numéros d'urgence (créées en premier dans le design)
    nums = [("17", "Police ou gendarmerie, en cas de danger immédiat (ou 114 par SMS)"),
            ("3919", "Violences Femmes Info : gratuit, anonyme, 24 h/24 et 7 j/7"),
            ("119", "Allô enfance en danger, pour un enfant en danger ou en risque de l'être"),
            ("115", "Hébergement d'urgence, la nuit et le week-end")]
    y0 = H - 112 * mm
    for i, (n, lab) in enumerate(nums):
        x = 15 * mm + (i % 2) * 92 * mm
        y = y0 - (i // 2) * 30 * mm
        c.setFillColor(white)
        c.roundRect(x, y, 86 * mm, 25 * mm, 6, stroke=0, fill=1)
        c.setFillColor(CORAL)
        c.setFont(SANSB, 22)
        c.drawString(x + 5 * mm, y + 9 * mm, n)
        box(c, x + 30 * mm, y + 16 * mm, lab, 8.5, width=52 * mm)
    # calque 2 : bandeau et titre
    c.setFillColor(PURPLE)
    c.rect(0, H - 62 * mm, W, 62 * mm, stroke=0, fill=1)
    box(c, 15 * mm, H - 24 * mm, "VIOLENCES AU FOYER : VOUS N'ÊTES PAS SEULE", 20, SANSB, width=W - 30 * mm,
        color=white, lead=24)
    box(c, 15 * mm, H - 48 * mm, "Mise à l'abri en urgence : vos droits, vos contacts", 13, SANS, width=W - 30 * mm,
        color=white)
    box(c, 15 * mm, H - 74 * mm, "LES NUMÉROS À CONNAÎTRE", 12, SANSB, width=W - 30 * mm, color=PURPLE)
    # calque 3 : Toit Sûr
    c.setFillColor(white)
    c.roundRect(15 * mm, 22 * mm, W - 30 * mm, 88 * mm, 8, stroke=0, fill=1)
    box(c, 22 * mm, 100 * mm, "LE DISPOSITIF TOIT SÛR", 13, SANSB, width=W - 44 * mm, color=PURPLE)
    y = box(c, 22 * mm, 90 * mm,
            "Toit Sûr, ce sont 9 appartements meublés (6 à Montbazac, 3 à Lescarrère), soit 24 places réservées aux "
            "femmes victimes de violences conjugales, avec ou sans enfants. Le séjour dure 3 mois, renouvelable une "
            "fois, avec l'accompagnement d'une travailleuse sociale de l'AVVG pour préparer la suite : logement, droits, "
            "soins, scolarité des enfants.", 9.5, width=W - 44 * mm)
    y = box(c, 22 * mm, y - 4,
            "Comment y accéder ? Sur orientation de l'intervenante sociale du commissariat (ISCG), de la Maison Olympe "
            "du centre hospitalier de Montbazac, du 115 ou de nos permanences. Toit Sûr ne reçoit pas de demande directe "
            "par téléphone la nuit : appelez le 115.", 9.5, width=W - 44 * mm)
    c.setFillColor(CORAL)
    c.circle(W - 40 * mm, 40 * mm, 14 * mm, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont(SANSB, 16)
    c.drawCentredString(W - 40 * mm, 41 * mm, "104")
    box(c, 22 * mm, y - 6, "personnes mises à l'abri en 2025 : 41 femmes et 63 enfants, pour une durée moyenne de "
        "séjour de 52 jours.", 9.5, SANSB, width=110 * mm)
    box(c, 15 * mm, 12 * mm, "Aide aux Victimes Val-de-Garonne (AVVG) — association d'aide aux victimes agréée — "
        "www.avvg.example", 7.5, width=W - 30 * mm)


def verso(c):
    c.setFillColor(white)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    # calque placé en premier : bandeau des permanences en bas de page
    c.setFillColor(PURPLE)
    c.rect(0, 0, W, 80 * mm, stroke=0, fill=1)
    box(c, 15 * mm, 70 * mm, "NOS PERMANENCES, GRATUITES ET SANS RENDEZ-VOUS", 12, SANSB, width=W - 30 * mm,
        color=white)
    y = 60 * mm
    for s in ["Montbazac, mairie annexe des Acacias : le lundi de 14 h à 17 h",
              "Montbazac, Maison Olympe (CH de Montbazac) : le jeudi de 9 h à 12 h",
              "Lescarrère, centre social de la Pinède-Haute : le mercredi de 9 h 30 à 12 h 30",
              "Saint-Aurel-sur-Dronne, maison France services : les 1er et 3e vendredis du mois, de 14 h à 16 h 30"]:
        y = box(c, 20 * mm, y, "• " + s, 9.5, width=W - 40 * mm, color=white) - 2
    box(c, 15 * mm, y - 6, "Accueil téléphonique : 05 53 41 12 80, du lundi au vendredi, 9 h - 12 h 30 et 13 h 30 - "
        "17 h.", 9.5, SANSB, width=W - 30 * mm, color=white)
    box(c, 15 * mm, 6 * mm, "Conception AVVG avec le soutien de la Ville de Montbazac et du contrat de ville — "
        "mars 2026 — ne pas jeter sur la voie publique", 6.5, width=W - 30 * mm, color=white)
    # sac de sécurité
    box(c, 15 * mm, H - 25 * mm, "PRÉPARER UN DÉPART : LE SAC DE SÉCURITÉ", 15, SANSB, width=W - 30 * mm, color=PURPLE)
    box(c, 15 * mm, H - 34 * mm, "Si vous pensez devoir partir un jour, préparez à l'avance un sac que vous pourrez "
        "prendre en quelques minutes, ou confiez-le à une personne de confiance :", 9.5, width=W - 30 * mm)
    y = H - 48 * mm
    for s in ["vos pièces d'identité et celles des enfants, et leurs photocopies", "le livret de famille",
              "la carte Vitale et les attestations de droits", "vos relevés bancaires et bulletins de salaire",
              "les ordonnances et les médicaments en cours", "les clés, un chargeur de téléphone, un peu d'argent",
              "le doudou ou un objet familier de chaque enfant"]:
        c.setFillColor(CORAL)
        c.setFont("ZapfDingbats", 10)
        c.drawString(18 * mm, y, "4")
        y = box(c, 25 * mm, y, s, 9.5, width=W - 45 * mm) - 1
    box(c, 15 * mm, y - 4, "Vous pouvez aussi déposer une copie de vos documents importants à l'AVVG.", 9.5, SANSB,
        width=W - 30 * mm)
    # droits
    c.setFillColor(LILAC)
    c.roundRect(15 * mm, 88 * mm, W - 30 * mm, 70 * mm, 8, stroke=0, fill=1)
    box(c, 22 * mm, 148 * mm, "VOS DROITS", 13, SANSB, width=W - 44 * mm, color=PURPLE)
    y = box(c, 22 * mm, 138 * mm,
            "L'ordonnance de protection : décision du juge aux affaires familiales, rendue dans un délai de six jours, "
            "qui peut interdire à l'auteur des violences d'entrer en contact avec vous et vous attribuer le logement, "
            "même sans plainte déposée.", 9.5, width=W - 44 * mm)
    y = box(c, 22 * mm, y - 4,
            "Le téléphone grave danger (TGD) : attribué par le procureur de la République, il permet de joindre à tout "
            "moment une plateforme de téléassistance qui alerte immédiatement la police ou la gendarmerie.", 9.5,
            width=W - 44 * mm)
    box(c, 22 * mm, y - 4, "Nos juristes vous aident gratuitement à faire ces démarches.", 9.5, SANSB,
        width=W - 44 * mm)


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Flyer AVVG mise à l'abri 2026 - A4 recto verso")
    c.setAuthor("AVVG")
    c.setCreator("Canva")
    c.setProducer("Canva")
    recto(c)
    c.showPage()
    verso(c)
    c.showPage()
    c.save()
    print(OUT)


if __name__ == "__main__":
    main()
