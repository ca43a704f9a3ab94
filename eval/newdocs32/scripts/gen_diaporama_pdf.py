# -*- coding: utf-8 -*-
"""Génère le diaporama PDF (export d'un logiciel de présentation, 16:9 paysage, une diapositive par page) de
l'assemblée plénière du CLSM d'Aurimont du 20 novembre 2025 : bilan du groupe « Justice et santé mentale ».

12 diapositives : bandeau de titre coloré, puces sur deux niveaux, numéro « n / 12 » en bas à droite, logo
textuel en bas à gauche, histogramme dont les valeurs sont imprimées au-dessus des barres, diapositive quiz des
sigles puis réponses.
"""
import os

from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, white, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-11-20_clsm-aurimont_bilan-groupe-justice-sante-mentale-diaporama.pdf")

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Oblique", FD + "DejaVuSans-Oblique.ttf"))

W, H = 960, 540
BLUE = HexColor("#274c77")
TEAL = HexColor("#2a9d8f")
ORANGE = HexColor("#e76f51")
GREY = HexColor("#5c677d")
LIGHT = HexColor("#eef2f6")

SLIDES = []


def slide(fn):
    SLIDES.append(fn)
    return fn


def band(c, title, subtitle=None):
    c.setFillColor(BLUE)
    c.rect(0, H - 92, W, 92, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, H - 98, W, 6, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 27)
    c.drawString(44, H - 56, title)
    if subtitle:
        c.setFont("Sans", 13)
        c.drawString(46, H - 80, subtitle)


def bullets(c, items, x=60, y=H - 145, size=19, lead=1.55):
    for it in items:
        lvl = 0
        if it.startswith("  "):
            lvl, it = 1, it.strip()
        s = size - 3 * lvl
        c.setFillColor(TEAL if lvl == 0 else GREY)
        c.setFont("Sans-Bold", s)
        c.drawString(x + 34 * lvl, y, "•" if lvl == 0 else "–")
        c.setFillColor(black if lvl == 0 else GREY)
        c.setFont("Sans", s)
        c.drawString(x + 34 * lvl + 22, y, it)
        y -= s * lead
    return y


def footer(c, n, total):
    c.setFillColor(GREY)
    c.setFont("Sans", 9)
    c.drawString(44, 20, "CLSM d'Aurimont · Groupe « Justice et santé mentale » · Plénière du 20 novembre 2025")
    c.setFont("Sans-Bold", 11)
    c.drawRightString(W - 30, 18, "%d / %d" % (n, total))


@slide
def s1(c):
    c.setFillColor(BLUE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, 215, W, 8, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 34)
    c.drawString(60, 360, "Justice et santé mentale :")
    c.drawString(60, 316, "bilan à deux ans du groupe de travail")
    c.setFont("Sans", 18)
    c.drawString(62, 268, "Conseil local de santé mentale d'Aurimont — assemblée plénière")
    c.drawString(62, 243, "Jeudi 20 novembre 2025 — salle du Mail, hôtel de ville")
    c.setFont("Sans", 14)
    c.drawString(62, 170, "Sandrine Vidalou, coordinatrice du CLSM")
    c.drawString(62, 148, "Dr Anne-Laure Gasc, psychiatre responsable du SMPR (CHS du Pech-Lauzun)")


@slide
def s2(c):
    band(c, "Le groupe en bref")
    bullets(c, [
        "Installé en octobre 2023 à la demande de l'assemblée plénière",
        "24 membres issus de 11 structures",
        "  SPIP, centre pénitentiaire, USMP, SMPR, CMP, CSAPA L'Escale",
        "  HSG, mission locale, Ville d'Aurimont, CPAM, Maison des familles de Bellevue",
        "Une réunion tous les deux mois, en alternance au CMP et au SPIP",
        "Trois chantiers : continuité des soins, logement, jeunes sous main de justice",
    ])


@slide
def s3(c):
    band(c, "Pourquoi ce groupe ?", "Le constat partagé en 2023")
    bullets(c, [
        "689 personnes libérées du centre pénitentiaire d'Aurimont-Lestrac en 2024",
        "  dont 214 suivies par le SMPR",
        "Avant le protocole : une personne sur trois sans rendez-vous de soins à la sortie",
        "Les premiers jours après la sortie sont les plus à risque",
        "  ruptures de traitement, surdoses, retours aux urgences",
        "Des sorties le vendredi soir, sans pharmacie ouverte à Lestrac",
    ])


@slide
def s4(c):
    band(c, "Chantier 1 — Le protocole du jour de la levée d'écrou")
    bullets(c, [
        "Signé le 12 juin 2025 par 7 signataires, en vigueur depuis le 1er juillet 2025",
        "Le kit sortie remis par le greffe :",
        "  traitement pour 7 jours (10 jours si sortie en fin de semaine)",
        "  ordonnance couvrant 28 jours, lettre de liaison, carte « Contacts santé »",
        "Rendez-vous au CMP sous 10 jours ouvrés",
        "Relais TSO au CSAPA L'Escale sous 72 heures",
        "Appel de l'infirmière de liaison du SMPR à J+3",
    ])


@slide
def s5(c):
    band(c, "Premiers résultats du protocole", "Période du 1er juillet au 31 octobre 2025")
    boxes = [("97", "personnes libérées\nsuivies par l'USMP ou le SMPR"),
             ("88", "kits sortie remis,\nsoit 91 %"),
             ("68 %", "des rendez-vous CMP honorés\ndans les 10 jours ouvrés"),
             ("9", "sorties sèches, dont 6 avec\nenveloppe scellée remise")]
    x = 40
    for big, lab in boxes:
        c.setFillColor(LIGHT)
        c.roundRect(x, 170, 205, 230, 12, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.setFont("Sans-Bold", 46)
        c.drawCentredString(x + 102, 320, big)
        c.setFillColor(black)
        c.setFont("Sans", 13)
        yy = 270
        for line in lab.split("\n"):
            c.drawCentredString(x + 102, yy, line)
            yy -= 18
        x += 225
    c.setFont("Sans-Oblique", 11)
    c.setFillColor(GREY)
    c.drawString(44, 130, "Source : fiches navettes « Sortie-Santé », extraction du SMPR au 5 novembre 2025.")


@slide
def s6(c):
    band(c, "Cap Sortie : personnes accompagnées par semestre",
         "Programme de sortie accompagnée lancé le 4 mars 2024 (SPIP, SMPR, HSG)")
    data = [("1er sem. 2024", 14), ("2e sem. 2024", 24), ("1er sem. 2025", 29), ("2e sem. 2025*", 26)]
    x0, y0, bw, gap, scale = 150, 110, 110, 70, 9.0
    c.setStrokeColor(GREY)
    c.setLineWidth(1)
    c.line(x0 - 20, y0, x0 + 4 * (bw + gap), y0)
    for i, (lab, v) in enumerate(data):
        x = x0 + i * (bw + gap)
        c.setFillColor(TEAL if i < 2 else BLUE)
        c.rect(x, y0, bw, v * scale, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Sans-Bold", 18)
        c.drawCentredString(x + bw / 2, y0 + v * scale + 8, str(v))
        c.setFont("Sans", 12)
        c.drawCentredString(x + bw / 2, y0 - 20, lab)
    c.setFont("Sans-Oblique", 11)
    c.setFillColor(GREY)
    c.drawString(44, 58, "* 2e semestre 2025 : données arrêtées au 31 octobre 2025. Total 2024 : 38 personnes.")
    c.setFont("Sans", 12)
    c.setFillColor(black)
    c.drawString(W - 230, 380, "Accompagnement de J-90")
    c.drawString(W - 230, 362, "à 6 mois après la sortie")


@slide
def s7(c):
    band(c, "Chantier 2 — Logement d'abord")
    bullets(c, [
        "Toit d'Abord Aurimont, géré par Habitat Solidaire Garlande (HSG)",
        "12 places en 2024, 18 places en 2025",
        "  dont 6 places réservées aux sortants de détention en 2025",
        "Pas de condition d'abstinence ni de traitement pour entrer",
        "Un travailleur pair recruté le 2 septembre 2024",
        "  Damien Lacoste, salarié de HSG à 0,8 ETP",
    ])


@slide
def s8(c):
    band(c, "Chantier 3 — Jeunes sous main de justice")
    bullets(c, [
        "Parcours Tremplin 16-25 de la mission locale d'Aurimont et de la Garlande",
        "  52 jeunes accompagnés en 2024",
        "  référente justice : Inès Cabrol",
        "Permanence de la mission locale au SPIP d'Aurimont chaque jeudi matin",
        "Un jeune sur deux sans aucun diplôme à l'entrée",
        "Atelier « Mon premier rendez-vous au CMP » avec la Maison des adolescents",
    ])


@slide
def s9(c):
    band(c, "Ce qui coince encore")
    bullets(c, [
        "Délais médians du premier rendez-vous au CMP en 2025 :",
        "  CMP Aurimont-Nord : 9 jours",
        "  CMP Aurimont-Sud : 14 jours",
        "  CMP de Saint-Amans-la-Tour : 23 jours",
        "Sorties sèches le vendredi soir après décision du tribunal",
        "Téléphones portables hors d'usage à la sortie (ligne coupée, batterie vide)",
        "Cap Sortie pas encore ouvert aux sortants vers Saint-Amans-la-Tour",
    ])


@slide
def s10(c):
    band(c, "Feuille de route 2026")
    bullets(c, [
        "Étendre Cap Sortie à l'antenne SPIP de Saint-Amans-la-Tour",
        "Passer de 18 à 24 places Toit d'Abord",
        "Former 40 professionnels aux premiers secours en santé mentale",
        "Ouvrir une permanence du CSAPA à Saint-Amans-la-Tour",
        "Organiser une table ronde publique en mars 2026",
        "  pendant la Quinzaine de la santé mentale d'Aurimont",
    ])


@slide
def s11(c):
    band(c, "Quiz : connaissez-vous vos sigles ?")
    sig = ["SPIP", "USMP", "SMPR", "CSAPA", "CMP", "CLSM", "TSO", "CPIP"]
    for i, s in enumerate(sig):
        x = 90 + (i % 4) * 205
        y = 330 - (i // 4) * 130
        c.setFillColor(LIGHT)
        c.roundRect(x, y, 175, 90, 10, stroke=0, fill=1)
        c.setFillColor(BLUE)
        c.setFont("Sans-Bold", 30)
        c.drawCentredString(x + 87, y + 33, s)
    c.setFillColor(GREY)
    c.setFont("Sans-Oblique", 14)
    c.drawString(90, 90, "Réponses sur la diapositive suivante !")


@slide
def s12(c):
    band(c, "Réponses du quiz et prochain rendez-vous")
    rep = [
        ("SPIP", "service pénitentiaire d'insertion et de probation"),
        ("USMP", "unité sanitaire en milieu pénitentiaire"),
        ("SMPR", "service médico-psychologique régional"),
        ("CSAPA", "centre de soins, d'accompagnement et de prévention en addictologie"),
        ("CMP", "centre médico-psychologique"),
        ("CLSM", "conseil local de santé mentale"),
        ("TSO", "traitement de substitution aux opiacés"),
        ("CPIP", "conseiller pénitentiaire d'insertion et de probation"),
    ]
    y = H - 140
    for s, d in rep:
        c.setFillColor(BLUE)
        c.setFont("Sans-Bold", 16)
        c.drawString(70, y, s)
        c.setFillColor(black)
        c.setFont("Sans", 16)
        c.drawString(170, y, d)
        y -= 30
    c.setFillColor(ORANGE)
    c.setFont("Sans-Bold", 15)
    c.drawString(70, 70, "Prochaine réunion du groupe : mardi 13 janvier 2026, 14 h, CMP Aurimont-Nord")


def main():
    c = canvas.Canvas(OUT, pagesize=(W, H))
    c.setTitle("Justice et santé mentale : bilan à deux ans du groupe de travail")
    c.setAuthor("CLSM d'Aurimont")
    c.setCreator("Impress")
    n = len(SLIDES)
    for i, fn in enumerate(SLIDES, 1):
        c.setFillColor(white)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        fn(c)
        if i > 1:
            footer(c, i, n)
        else:
            c.setFillColor(white)
            c.setFont("Sans-Bold", 11)
            c.drawRightString(W - 30, 18, "%d / %d" % (i, n))
        c.showPage()
    c.save()
    print("écrit", OUT)


if __name__ == "__main__":
    main()
