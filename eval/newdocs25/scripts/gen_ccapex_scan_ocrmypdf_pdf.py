# -*- coding: utf-8 -*-
"""Relevé de décisions de la commission territoriale de la CCAPEX de l'Isère (Varèze), reçu sur papier par le
CLSM, tamponné « REÇU LE … », numérisé sur le copieur du service puis passé dans OCRmyPDF (Tesseract, langue fra)
pour le rendre cherchable.

Imitation de ce qu'OCRmyPDF produit :
- chaque page est l'image de la numérisation (JPEG en niveaux de gris, 200 dpi, léger biais de 0,3°, grain, tampon
  et signature manuscrite), sur laquelle est posée une couche de texte invisible (mode de rendu 3) ;
- le texte invisible est celui de Tesseract : un mot par position, à l'échelle horizontale de la boîte du mot, lu
  ligne par ligne ; dans le tableau, chaque ligne visuelle traverse toutes les colonnes (les cellules de plusieurs
  lignes sont donc mêlées) ;
- erreurs de reconnaissance ordinaires (« I'ADIL », « Fratemité », « cornmandements », « 17 h 1 5 »), tirets
  longs lus comme des traits d'union, tampon lu avec une espace parasite, signature lue comme des signes ;
- Creator « ocrmypdf 16.10.0 / Tesseract OCR-hOCR 5.3.4 », Producer « pikepdf 9.4.2 », sans titre ni auteur.
"""
import io
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-13_ccapex-isere_releve-decisions-commission-vareze.pdf")

DPI = 200
PW, PH = int(8.2677 * DPI), int(11.6929 * DPI)
SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
SANSB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
SANSI = "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"
pdfmetrics.registerFont(TTFont("GlyphLessFont", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

# erreurs de reconnaissance : (texte imprimé, texte lu par Tesseract)
OCR_ERRORS = [("l'ADIL", "I'ADIL"), ("Fraternité", "Fratemité"), ("commandements de quitter", "cornmandements de quitter"),
              ("17 h 15", "17 h 1 5"), ("Excusés", "Excuses"), (" – ", " - "), ("– ", "- "),
              ("REÇU LE 20 NOV. 2025", "REÇU LE 2 0 NOV. 2025"), ("AGGLOMÉRATION", "AGGLOMERATION")]


def font(path, pt):
    return ImageFont.truetype(path, int(pt * DPI / 72))


class Page:
    def __init__(self):
        self.img = Image.new("L", (PW, PH), 255)
        self.dr = ImageDraw.Draw(self.img)
        self.lines = []  # (x, y_top, height_px, [(mot, x0, x1)])

    def text(self, x, y, s, fnt, ocr=True):
        self.dr.text((x, y), s, font=fnt, fill=20)
        if not ocr:
            return
        words, cx = [], x
        for k, w in enumerate(s.split(" ")):
            if w:
                wl = fnt.getlength(w)
                words.append((w, cx, cx + wl))
                cx += wl
            cx += fnt.getlength(" ")
        asc, desc = fnt.getmetrics()
        self.lines.append((x, y, asc + desc, words))

    def wrap(self, s, fnt, width):
        out, cur = [], ""
        for w in s.split(" "):
            t = (cur + " " + w).strip()
            if fnt.getlength(t) > width and cur:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, s, fnt, width, lead=1.3):
        for line in self.wrap(s, fnt, width):
            self.text(x, y, line, fnt)
            y += int(fnt.size * lead)
        return y


def ocr_fix(s):
    for a, b in OCR_ERRORS:
        s = s.replace(a, b)
    return s


MARGIN = int(0.8 * DPI)
WIDTH = PW - 2 * MARGIN
F = lambda pt, b=False, i=False: font(SANSB if b else SANSI if i else SANS, pt)


def header(pg):
    pg.dr.rectangle([MARGIN, MARGIN - 10, MARGIN + 150, MARGIN + 8], fill=40)  # bandeau tricolore (en gris)
    y = MARGIN + 30
    for s in ("PRÉFET", "DE L'ISÈRE"):
        pg.text(MARGIN, y, s, F(13, b=True))
        y += 56
    for s in ("Liberté", "Égalité", "Fraternité"):
        pg.text(MARGIN, y, s, F(8, i=True))
        y += 30
    ry = MARGIN + 30
    for s in ("Direction départementale de l'emploi,", "du travail et des solidarités",
              "Service Logement et hébergement", "Pôle prévention des expulsions locatives"):
        pg.text(PW - MARGIN - 760, ry, s, F(9, b=s.startswith("Direction") or s.startswith("du travail")))
        ry += 36
    pg.text(PW - MARGIN - 760, ry + 30, "Grenoble, le 17 novembre 2025", F(9.5))
    return y + 40


def footer(pg, n):
    pg.text(MARGIN, PH - MARGIN + 40, "DDETS de l'Isère – Pôle prévention des expulsions locatives – "
            "ccapex38@isere.gouv.example", F(7.5))
    pg.text(PW - MARGIN - 60, PH - MARGIN + 40, "%d/2" % n, F(8))


def page1():
    pg = Page()
    y = header(pg)
    for s, size, bold in [("COMMISSION DE COORDINATION DES ACTIONS DE PRÉVENTION", 12, True),
                          ("DES EXPULSIONS LOCATIVES (CCAPEX) DE L'ISÈRE", 12, True),
                          ("Commission territoriale de Varèze", 11, False), ("RELEVÉ DE DÉCISIONS", 13, True)]:
        f = F(size, b=bold)
        pg.text((PW - f.getlength(s)) / 2, y, s, f)
        y += int(f.size * 1.45)
    s = "Séance du jeudi 13 novembre 2025 – 14 h à 17 h 15 – Maison du Département de Varèze"
    f = F(9.5, i=True)
    pg.text((PW - f.getlength(s)) / 2, y, s, f)
    y += 90
    body = F(10)
    y = pg.para(MARGIN, y, "Présents :", F(10, b=True), WIDTH)
    for s in ["– M. Régis Fauconnet, DDETS de l'Isère, représentant le préfet, président de séance ;",
              "– Mme Odile Perrier, Département de l'Isère, responsable du service social territorial de Varèze ;",
              "– Mme Élodie Carrel, caisse d'allocations familiales de l'Isère ;",
              "– M. Bruno Lacombe, Varèze Habitat, responsable du pré-contentieux ;",
              "– Mme Nathalie Sordet, Dauphiné Foyers, conseillère sociale ;",
              "– Mme Fanny Delorme, ADIL de l'Isère ;",
              "– Mme Sonia Bekhti, coordinatrice du CLSM de Varèze Agglomération (invitée pour le point 2)."]:
        y = pg.para(MARGIN + 30, y, s, body, WIDTH - 30)
    y = pg.para(MARGIN, y + 10, "Excusés : CCAS de Saint-Clair-du-Mont ; Banque de France.", body, WIDTH)
    y += 40
    y = pg.para(MARGIN, y, "1. Informations générales", F(11, b=True), WIDTH) + 8
    y = pg.para(MARGIN, y, "Au 31 octobre 2025, on dénombre sur le territoire de la commission territoriale de "
                "Varèze 186 assignations pour impayés de loyer (171 à la même date en 2024), 58 commandements de "
                "quitter les lieux, 23 demandes de concours de la force publique et 9 expulsions réalisées avec le "
                "concours de la force publique.", body, WIDTH) + 14
    y = pg.para(MARGIN, y, "Le président rappelle que la trêve hivernale court du 1er novembre 2025 au 31 mars "
                "2026 : aucune expulsion ne peut être exécutée pendant cette période, sauf relogement.", body, WIDTH)
    y += 40
    y = pg.para(MARGIN, y, "2. Articulation avec la cellule d'appui aux situations complexes (CASC) du CLSM",
                F(11, b=True), WIDTH) + 8
    y = pg.para(MARGIN, y, "Mme Bekhti présente la CASC et le projet de protocole « Habiter et soigner ». Depuis "
                "janvier 2025, 5 situations examinées en CCAPEX ont été orientées de manière informelle vers la "
                "CASC.", body, WIDTH) + 14
    y = pg.para(MARGIN, y, "Décision n° 1 : à compter de la séance du 11 décembre 2025, tout dossier examiné par la "
                "commission et comportant une dimension de santé mentale (signalée par le bailleur, le travailleur "
                "social ou le diagnostic social et financier) pourra être orienté vers la CASC, avec l'accord du "
                "ménage. La coordinatrice du CLSM informe la commission des suites données dans un délai de deux "
                "mois.", body, WIDTH) + 14
    y = pg.para(MARGIN, y, "Décision n° 2 : le référent santé mentale du bailleur concerné ou la coordinatrice du "
                "CLSM peut être invité à la commission lorsqu'un dossier suivi par la cellule y est examiné.",
                body, WIDTH)
    footer(pg, 1)
    return pg


def page2():
    pg = Page()
    y = MARGIN + 20
    body = F(10)
    y = pg.para(MARGIN, y, "3. Examen des situations individuelles", F(11, b=True), WIDTH) + 8
    y = pg.para(MARGIN, y, "14 dossiers ont été examinés. Les décisions concernant 7 d'entre eux figurent "
                "ci-dessous ; les 7 autres figurent dans l'annexe nominative, non diffusée.", body, WIDTH) + 24
    cols = [150, 300, 150, 270, WIDTH - 870]
    head = ["N°", "Bailleur – quartier", "Dette", "Stade de la procédure", "Décision de la commission"]
    rows = [
        ["25-112", "Varèze Habitat – Les Aubépins", "2 870 €", "Assignation",
         "Plan d'apurement de 80 € par mois ; diagnostic social et financier par le service social"],
        ["25-113", "Dauphiné Foyers – Les Charmettes", "1 240 €", "Commandement de payer",
         "Saisine du FSL maintien ; vérification des droits CAF"],
        ["25-115", "Varèze Habitat – Le Grand Pré", "6 530 €", "Concours de la force publique demandé",
         "Avis favorable après la trêve ; proposition de relogement adapté par le SIAO"],
        ["25-118", "Varèze Habitat – Les Aubépins", "4 186 €", "Commandement de quitter les lieux",
         "Orientation vers la CASC (incurie signalée) ; avis défavorable au concours de la force publique "
         "tant que l'évaluation n'est pas faite"],
        ["25-121", "Dauphiné Foyers – Le Grand Pré", "0 €", "Procédure pour troubles de jouissance",
         "Dauphiné Foyers suspend la procédure jusqu'à l'examen en CASC du 9 décembre 2025"],
        ["25-124", "Varèze Habitat – hors QPV", "3 015 €", "Assignation", "Dossier renvoyé : pièces manquantes"],
        ["25-126", "Dauphiné Foyers – Les Charmettes", "1 980 €", "Commandement de payer",
         "Accompagnement social lié au logement (ASLL) proposé"],
    ]
    tf = F(8.5)
    tfb = F(8.5, b=True)
    x0 = MARGIN
    for ri, row in enumerate([head] + rows):
        fnt = tfb if ri == 0 else tf
        cells = [pg.wrap(c, fnt, w - 20) for c, w in zip(row, cols)]
        nl = max(len(c) for c in cells)
        lh = int(fnt.size * 1.3)
        rh = nl * lh + 16
        pg.dr.rectangle([x0, y, x0 + sum(cols), y + rh], outline=60, width=2)
        cx = x0
        for w in cols[:-1]:
            cx += w
            pg.dr.line([cx, y, cx, y + rh], fill=60, width=2)
        # Tesseract lit chaque ligne visuelle d'un bord à l'autre du tableau
        for k in range(nl):
            ly = y + 8 + k * lh
            parts, xs = [], []
            cx = x0
            for c, w in zip(cells, cols):
                if k < len(c):
                    pg.dr.text((cx + 10, ly), c[k], font=fnt, fill=20)
                    parts.append((c[k], cx + 10))
                cx += w
            words = []
            for s, px in parts:
                cxx = px
                for wd in s.split(" "):
                    if wd:
                        wl = fnt.getlength(wd)
                        words.append((wd, cxx, cxx + wl))
                        cxx += wl
                    cxx += fnt.getlength(" ")
            asc, desc = fnt.getmetrics()
            pg.lines.append((x0, ly, asc + desc, words))
        y += rh
    y += 50
    y = pg.para(MARGIN, y, "4. Questions diverses", F(11, b=True), WIDTH) + 8
    y = pg.para(MARGIN, y, "– l'ADIL présentera à la prochaine séance le bilan de ses permanences « prévention des "
                "expulsions » à la Maison du Département.", body, WIDTH)
    y = pg.para(MARGIN, y, "– Prochaine séance : jeudi 11 décembre 2025 à 14 h, Maison du Département de Varèze.",
                body, WIDTH) + 30
    y = pg.para(MARGIN, y, "Ce relevé de décisions est confidentiel. Il est diffusé aux seuls membres de la "
                "commission.", F(9, i=True), WIDTH) + 50
    sx = PW - MARGIN - 620
    pg.text(sx, y, "Le président de séance,", body)
    # signature manuscrite
    rnd = random.Random(7)
    pts = [(sx + 40 + i * 9, y + 110 + int(30 * __import__("math").sin(i / 3.0)) + rnd.randint(-6, 6))
           for i in range(50)]
    pg.dr.line(pts, fill=30, width=4)
    pg.lines.append((sx + 40, y + 95, 50, [("/~", sx + 40, sx + 120)]))
    pg.text(sx, y + 190, "Régis Fauconnet", body)
    # tampon « reçu » incliné
    st = Image.new("L", (760, 200), 255)
    sd = ImageDraw.Draw(st)
    sd.rectangle([4, 4, 755, 195], outline=90, width=6)
    sd.text((40, 30), "REÇU LE 20 NOV. 2025", font=F(16, b=True), fill=90)
    sd.text((40, 115), "CLSM VARÈZE AGGLOMÉRATION", font=F(12, b=True), fill=90)
    st = st.rotate(6, expand=True, fillcolor=255)
    pg.img.paste(Image.eval(st, lambda v: v), (MARGIN + 40, y + 30), Image.eval(st, lambda v: 255 - v))
    pg.lines.append((MARGIN + 40, y + 60, 70, [(w, MARGIN + 80 + i * 110, MARGIN + 170 + i * 110)
                                                 for i, w in enumerate("REÇU LE 20 NOV. 2025".split(" "))]))
    pg.lines.append((MARGIN + 40, y + 150, 50, [(w, MARGIN + 80 + i * 200, MARGIN + 250 + i * 200)
                                                  for i, w in enumerate("CLSM VARÈZE AGGLOMÉRATION".split(" "))]))
    footer(pg, 2)
    return pg


def scan(img, seed):
    """Aspect de numérisation : biais, grain, léger flou, JPEG."""
    rnd = random.Random(seed)
    img = img.rotate(0.3, resample=Image.BICUBIC, fillcolor=255)
    noise = Image.effect_noise(img.size, 40).point(lambda v: 255 if v < 228 else 200)
    img = Image.composite(img, noise, img.point(lambda v: 0 if v > 250 else 255))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=50, dpi=(DPI, DPI))
    if os.environ.get("DEBUG_PNG"):
        img.save("/tmp/ccapex_p%d.png" % seed)
    buf.seek(0)
    return buf


def main():
    c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
    c.setCreator("ocrmypdf 16.10.0 / Tesseract OCR-hOCR 5.3.4")
    c.setProducer("pikepdf 9.4.2")
    k = 72.0 / DPI
    for n, pg in enumerate((page1(), page2()), 1):
        c.drawImage(ImageReader(scan(pg.img, n)), 0, 0, width=A4[0], height=A4[1])
        for x, ytop, h, words in pg.lines:  # ordre des blocs de Tesseract : bloc par bloc, ligne par ligne
            if not words:
                continue
            line = ocr_fix(" ".join(w for w, _, _ in words))
            fixed = line.split(" ")
            # réaligne les mots lus sur les boîtes (une erreur peut couper un mot en deux : « 1 5 »)
            boxes = [(x0, x1) for _, x0, x1 in words]
            if len(fixed) != len(boxes):
                total0, total1 = boxes[0][0], boxes[-1][1]
                step = (total1 - total0) / len(fixed)
                boxes = [(total0 + i * step, total0 + (i + 1) * step - 8) for i in range(len(fixed))]
            size = h * k * 0.82
            base = A4[1] - (ytop + h * 0.8) * k
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont("GlyphLessFont", size)
            for w, (x0, x1) in zip(fixed, boxes):
                wpt = pdfmetrics.stringWidth(w, "GlyphLessFont", size)
                scale = max(20.0, min(300.0, 100.0 * (x1 - x0) * k / wpt)) if wpt else 100.0
                t.setHorizScale(scale)
                t.setTextOrigin(x0 * k, base)
                t.textOut(w + " ")
            c.drawText(t)
        c.showPage()
    c.save()
    import pypdf
    r = pypdf.PdfReader(OUT)
    wtr = pypdf.PdfWriter(clone_from=r)
    wtr.metadata = None
    wtr.add_metadata({"/Creator": "ocrmypdf 16.10.0 / Tesseract OCR-hOCR 5.3.4", "/Producer": "pikepdf 9.4.2",
                      "/CreationDate": "D:20251120093318+01'00'", "/ModDate": "D:20251120093341+01'00'"})
    with open(OUT, "wb") as f:
        wtr.write(f)
    print(OUT, os.path.getsize(OUT))


if __name__ == "__main__":
    main()
