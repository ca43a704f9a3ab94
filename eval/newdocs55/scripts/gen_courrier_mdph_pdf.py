# -*- coding: utf-8 -*-
"""Génère le courrier signé de la MDPH de la Haute-Sâline au CLSM de Montbrenay (22 septembre 2025) : PDF de
deux pages (reportlab). La page 1 est du texte (en-tête, références, objet, corps, tableau des délais). La page 2
n'est qu'une image : le texte de la fin du courrier (mesures, permanence, contacts, signature) est dessiné avec
Pillow dans un PNG façon numérisation (fond légèrement grisé, bruit, très légère rotation), puis posé sur la page.
Des faits figurent sur les deux pages.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00, domaines .example).
"""
import io
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-22_mdph-haute-saline_courrier-delais-traitement.pdf")
FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTS + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONTS + "DejaVuSerif.ttf"))

W, H = A4

PAGE1_BODY = [
    "Madame la coordinatrice,",
    "",
    "Par courrier du 3 juillet 2025, vous avez bien voulu m'interroger, au nom du groupe de travail",
    "« handicap psychique » du conseil local de santé mentale (CLSM) de Montbrenay, sur les délais de",
    "traitement des demandes déposées à la MDPH et sur les mesures envisagées pour les personnes vivant",
    "avec un handicap psychique. Je vous remercie de cette démarche et vous apporte les éléments suivants.",
    "",
    "En 2024, la MDPH de la Haute-Sâline a reçu 24 860 demandes, soit une hausse de 6 % par rapport à 2023",
    "(23 450 demandes). Le délai moyen de traitement, toutes prestations confondues, s'est établi à",
    "5,8 mois en 2024, contre une moyenne nationale de 4,4 mois la même année selon le baromètre des MDPH.",
    "Grâce au renfort de deux instructeurs et à la dématérialisation, il a été ramené à 4,9 mois sur le",
    "premier semestre 2025. Les délais restent très différents selon la prestation demandée (tableau",
    "ci-dessous). Les demandes relevant d'un trouble psychique représentent 31 % des premières demandes",
    "d'allocation aux adultes handicapés (AAH) instruites en 2024 dans le département.",
    "",
    "Concernant le quartier prioritaire des Combes, 412 demandes ont été déposées en 2024 par des",
    "habitants du quartier ; une part importante d'entre elles était incomplète au dépôt (certificat",
    "médical manquant ou ancien), ce qui allonge mécaniquement le délai de réponse.",
]

TABLE = [
    ["Prestation (premier semestre 2025)", "Délai moyen de traitement"],
    ["Reconnaissance de la qualité de travailleur handicapé (RQTH)", "3,1 mois"],
    ["Allocation aux adultes handicapés (AAH)", "5,6 mois"],
    ["Orientation vers un ESMS (SAMSAH, SAVS, ESAT)", "6,3 mois"],
    ["Prestation de compensation du handicap (PCH)", "7,2 mois"],
    ["Toutes prestations confondues", "4,9 mois"],
]

PAGE2_TEXT = """Pour les personnes accompagnées vers l'emploi, j'ai décidé la mise en place
d'un circuit court RQTH à compter du 1er octobre 2025 : les premières demandes
de RQTH présentées par le dispositif d'emploi accompagné, le SAMSAH ou un SAVS
seront instruites en priorité, avec un délai cible de six semaines.

La MDPH tiendra par ailleurs une permanence d'accueil à la maison France
services des Combes, le deuxième mardi de chaque mois de 9 h à 12 h, à partir
du 14 octobre 2025. Nos agents y aideront les habitants à constituer leur
dossier ; le certificat médical doit dater de moins d'un an.

Mme Claire Dufay, référente insertion professionnelle et handicap psychique
de la MDPH, est votre interlocutrice pour ces sujets. Vous pouvez la joindre
au 03 99 00 52 16 ou à c.dufay@mdph-haute-saline.example. Elle participera
à la prochaine réunion de votre groupe de travail, le 20 novembre 2025.

Je vous prie d'agréer, Madame la coordinatrice, l'expression de mes
salutations distinguées.


                                        Le directeur de la MDPH
                                        de la Haute-Sâline,

                                        Bertrand Lacombe


Copie : Mme la vice-présidente du Département chargée de l'autonomie
Maison départementale des personnes handicapées de la Haute-Sâline
14 avenue Aristide-Briand - 99 100 Montbrenay - accueil 03 99 00 50 00"""


def scan_png():
    """Dessine la page 2 comme une feuille numérisée (200 dpi)."""
    dpi = 200
    w, h = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    img = Image.new("L", (w, h), 243)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONTS + "DejaVuSerif.ttf", 33)
    sig = ImageFont.truetype(FONTS + "DejaVuSerif-Italic.ttf", 44) if os.path.exists(
        FONTS + "DejaVuSerif-Italic.ttf") else font
    x, y = 150, 230
    name_y = None
    for line in PAGE2_TEXT.split("\n"):
        d.text((x, y), line, fill=28, font=font)
        if line.strip() == "Bertrand Lacombe":
            name_y = y
        y += 50
    # paraphe manuscrit stylisé et tampon entre « de la Haute-Sâline, » et le nom
    d.line([(900, name_y - 70), (960, name_y - 100), (1000, name_y - 55), (1060, name_y - 105),
            (1140, name_y - 70)], fill=60, width=4)
    d.ellipse([(1230, name_y - 150), (1440, name_y + 60)], outline=120, width=5)
    d.text((1265, name_y - 60), "MDPH", fill=120, font=sig)
    d.text((w - 230, h - 120), "2 / 2", fill=60, font=font)
    rnd = random.Random(55)
    px = img.load()
    for _ in range(9000):
        i, j = rnd.randrange(w), rnd.randrange(h)
        px[i, j] = rnd.randint(150, 215)
    img = img.rotate(0.35, resample=Image.BICUBIC, fillcolor=236)
    img = img.filter(ImageFilter.GaussianBlur(0.35))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return buf


def main():
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Courrier MDPH de la Haute-Sâline au CLSM de Montbrenay - délais de traitement")
    c.setAuthor("MDPH de la Haute-Sâline")
    # ---- page 1 : en-tête
    c.setFillColor(colors.HexColor("#1f4e79"))
    c.rect(20 * mm, H - 38 * mm, 6 * mm, 20 * mm, fill=1, stroke=0)
    c.setFont("DVB", 12)
    c.drawString(30 * mm, H - 24 * mm, "Maison départementale des personnes handicapées")
    c.drawString(30 * mm, H - 30 * mm, "de la Haute-Sâline")
    c.setFillColor(colors.black)
    c.setFont("DV", 8.5)
    c.drawString(30 * mm, H - 36 * mm, "Direction - 14 avenue Aristide-Briand - 99 100 Montbrenay")
    c.setFont("DV", 9)
    y = H - 52 * mm
    for ln in ["Madame Sophie Vernier", "Coordinatrice du conseil local de santé mentale", "Mairie de Montbrenay",
               "1 place de l'Hôtel-de-Ville", "99 100 Montbrenay"]:
        c.drawString(118 * mm, y, ln)
        y -= 4.6 * mm
    c.drawString(118 * mm, y - 4 * mm, "Montbrenay, le 22 septembre 2025")
    c.setFont("DV", 8.5)
    y = H - 86 * mm
    for ln in ["Nos réf. : DIR/BL/CD/2025-0917", "Affaire suivie par : Claire Dufay - 03 99 00 52 16",
               "Objet : délais de traitement des demandes et mesures pour les personnes",
               "           vivant avec un handicap psychique"]:
        c.drawString(20 * mm, y, ln)
        y -= 4.4 * mm
    c.setFont("DVS", 9.6)
    y -= 6 * mm
    for ln in PAGE1_BODY:
        c.drawString(20 * mm, y, ln)
        y -= 5 * mm
    t = Table(TABLE, colWidths=[110 * mm, 50 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "DV", 8.8),
        ("FONT", (0, 0), (-1, 0), "DVB", 8.8),
        ("FONT", (0, -1), (-1, -1), "DVB", 8.8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (1, 0), (1, -1), "CENTER"),
    ]))
    tw, th = t.wrap(0, 0)
    t.drawOn(c, 25 * mm, y - th - 2 * mm)
    c.setFont("DV", 7)
    c.drawString(25 * mm, y - th - 7 * mm,
                 "Source : système d'information de la MDPH, extraction du 5 septembre 2025. Délai = du dépôt du "
                 "dossier complet à la notification.")
    c.setFont("DV", 7.5)
    c.drawCentredString(W / 2, 12 * mm, "MDPH de la Haute-Sâline - www.mdph-haute-saline.example - 1 / 2")
    c.showPage()
    # ---- page 2 : image seulement
    c.drawImage(ImageReader(scan_png()), 0, 0, width=W, height=H)
    c.showPage()
    c.save()
    print(OUT)


if __name__ == "__main__":
    main()
