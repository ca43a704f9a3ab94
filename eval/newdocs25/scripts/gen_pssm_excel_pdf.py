# -*- coding: utf-8 -*-
"""Classeur Excel de suivi des formations aux premiers secours en santé mentale (PSSM) des gardiens, tenu par le pôle
Gestion de proximité de Varèze Habitat pour les deux bailleurs, enregistré en PDF (Fichier › Exporter › Créer un
PDF, « Classeur entier ») pour le comité technique du CLSM.

Imitation de ce qu'Excel pour Microsoft 365 écrit dans le PDF :
- une feuille par page (ou plus), dans l'ordre des onglets : « Synthèse », « Sessions », « Alertes gardiens » ;
- en-tête de page centré = nom de l'onglet (&[Onglet]), pied à gauche = nom du fichier (&[Fichier]), à droite
  « Page n de N » numérotées sur tout le classeur ;
- chaque cellule est un objet texte à part (le texte du PDF donne une cellule par ligne), nombres alignés à
  droite, pourcentages « 79% », montants « 10 750 € » avec espace insécable, mois au format « mmm-aa » du français
  (« avr.-25 », « juil.-25 ») ;
- titre dans une cellule fusionnée, ligne d'en-tête colorée, bordures fines, ligne de total en gras ;
- une date trop large pour sa colonne imprimée « ######## », un commentaire de cellule tronqué par la cellule voisine ;
- un graphique en courbes (vectoriel) avec ses étiquettes d'axes et sa légende ;
- Producer et Creator « Microsoft® Excel® pour Microsoft 365 », Author = compte Office, Title vide.
"""
import os

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-12_vareze-habitat_tableau-suivi-pssm-gardiens.pdf")

pdfmetrics.registerFont(TTFont("Calibri", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Calibri-Bold", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Calibri-Italic", "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"))

NB = "\u00a0"
FILE = "Suivi_PSSM_gardiens_2025-2026.xlsx"
HEAD_FILL = Color(0.84, 0.89, 0.95)
TOTAL_FILL = Color(0.93, 0.93, 0.93)
ROW_H = 15


class Sheet:
    def __init__(self, c, name, size, page, total):
        self.c, self.name, self.size = c, name, size
        self.c.setPageSize(size)
        w, h = size
        c.setFont("Calibri", 9)
        c.setFillColor(black)
        c.drawCentredString(w / 2, h - 28, name)
        c.drawString(50, 22, FILE)
        c.drawRightString(w - 50, 22, "Page %d de %d" % (page, total))
        self.y = h - 60

    def cell(self, x, w, text, bold=False, align="left", fill=None, border=True, italic=False, size=9.5,
             clip=None):
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
            c.rect(x, self.y - ROW_H, w, ROW_H, stroke=0, fill=1)
        if border:
            c.setStrokeColor(Color(0.55, 0.55, 0.55))
            c.setLineWidth(0.4)
            c.rect(x, self.y - ROW_H, w, ROW_H, stroke=1, fill=0)
        if text == "" or text is None:
            return
        text = str(text)
        fn = "Calibri-Bold" if bold else "Calibri-Italic" if italic else "Calibri"
        if clip:  # texte coupé au bord de la cellule voisine non vide
            while pdfmetrics.stringWidth(text, fn, size) > clip - 4 and len(text) > 1:
                text = text[:-1]
        c.setFillColor(black)
        c.setFont(fn, size)
        ty = self.y - ROW_H + 4
        if align == "right":
            c.drawRightString(x + w - 3, ty, text)
        elif align == "center":
            c.drawCentredString(x + w / 2, ty, text)
        else:
            c.drawString(x + 3, ty, text)

    def row(self, x0, widths, values, aligns=None, **kw):
        aligns = aligns or ["left"] * len(values)
        x = x0
        for w, v, a in zip(widths, values, aligns):
            self.cell(x, w, v, align=a, **kw)
            x += w
        self.y -= ROW_H

    def skip(self, n=1):
        self.y -= ROW_H * n


def pct(a, b):
    return "%d%%" % round(100.0 * a / b)


def synthese(c, page, total):
    s = Sheet(c, "Synthèse", landscape(A4), page, total)
    x0 = 50
    widths = [110, 160, 95, 95, 80, 95, 110]
    s.cell(x0, sum(widths), "Suivi des formations Premiers secours en santé mentale (PSSM) des gardiens – 2025-2026",
           bold=True, border=False, size=13)
    s.skip()
    s.cell(x0, sum(widths), "Varèze Habitat / Dauphiné Foyers – pôle Gestion de proximité – mise à jour du "
                            "12/01/2026", italic=True, border=False)
    s.skip(2)
    head = ["Bailleur", "Agence / secteur", "Gardiens en poste", "Formés PSSM 2025", "Taux", "Reste à former",
            "Inscrits 2026"]
    s.row(x0, widths, head, ["left", "left", "center", "center", "center", "center", "center"], bold=True,
          fill=HEAD_FILL, size=9)
    data = [("Varèze Habitat", "Agence Aubépins", 14, 11), ("Varèze Habitat", "Agence Grand Pré", 12, 8),
            ("Varèze Habitat", "Agence Centre et diffus", 22, 12),
            ("Dauphiné Foyers", "Secteur Charmettes", 13, 8), ("Dauphiné Foyers", "Secteur Pont-de-Varèze", 9, 4)]
    al = ["left", "left", "right", "right", "right", "right", "right"]
    tp = tf = 0
    for b, a, p, f in data:
        s.row(x0, widths, [b, a, p, f, pct(f, p), p - f, p - f], al)
        tp += p
        tf += f
    s.row(x0, widths, ["Total", "", tp, tf, pct(tf, tp), tp - tf, tp - tf], al, bold=True, fill=TOTAL_FILL)
    s.skip()
    s.row(x0, widths, ["Sous-total Varèze Habitat", "", 48, 31, pct(31, 48), 17, 17], al, italic=True)
    s.row(x0, widths, ["Sous-total Dauphiné Foyers", "", 22, 12, pct(12, 22), 10, 10], al, italic=True)
    s.skip(2)
    s.cell(x0, 200, "Budget", bold=True, border=False)
    s.skip()
    bw = [260, 110]
    s.row(x0, bw, ["Coût pédagogique par stagiaire (2 jours, 14 h)", "250" + NB + "€"], ["left", "right"])
    s.row(x0, bw, ["Dépense 2025 (43 stagiaires)", "10" + NB + "750" + NB + "€"], ["left", "right"])
    s.row(x0, bw, ["Prévision 2026 (27 stagiaires)", "6" + NB + "750" + NB + "€"], ["left", "right"])
    s.row(x0, bw, ["Module de recyclage 2026 (3 h, formés 2025)", "1" + NB + "720" + NB + "€"], ["left", "right"])
    s.skip()
    for note in ["Source : feuilles d'émargement PSSM France ; effectifs de gardiens au 31/12/2025 (hors remplaçants "
                 "saisonniers).",
                 "Financement : plan de développement des compétences de chaque bailleur.",
                 "Objectif du protocole « Habiter et soigner » : 100 % des gardiens formés au 31/12/2026."]:
        s.cell(x0, 600, note, italic=True, border=False, size=9)
        s.skip()


def sessions(c, page, total):
    s = Sheet(c, "Sessions", landscape(A4), page, total)
    x0 = 40
    widths = [40, 95, 215, 75, 55, 55, 80, 85, 60]
    head = ["N°", "Dates", "Lieu", "Formateur", "Inscrits", "Présents", "Statut", "Convocation", "Remarque"]
    s.row(x0, widths, head, ["center"] * 9, bold=True, fill=HEAD_FILL, size=9)
    rows = [
        ["S1", "13-14/03/2025", "Maison des services publics des Aubépins", "H. Gaudry", 12, 11, "Réalisée",
         "17/02/2025", ""],
        ["S2", "15-16/05/2025", "Salle Jean-Moulin, Saint-Clair-du-Mont", "H. Gaudry", 12, 10, "Réalisée",
         "########", ""],
        ["S3", "25-26/09/2025", "Siège Varèze Habitat, 4 rue des Tanneurs", "M. Leroux", 12, 12, "Réalisée",
         "01/09/2025", ""],
        ["S4", "20-21/11/2025", "Maison des services publics des Aubépins", "H. Gaudry", 12, 10, "Réalisée",
         "27/10/2025", "2 absents reportés en 2026"],
        ["S5", "12-13/02/2026", "Siège Varèze Habitat, 4 rue des Tanneurs", "H. Gaudry", 10, "", "Planifiée",
         "19/01/2026", ""],
        ["S6", "19-20/03/2026", "Salle Jean-Moulin, Saint-Clair-du-Mont", "M. Leroux", 9, "", "Planifiée", "", ""],
        ["S7", "04-05/06/2026", "Maison des services publics des Aubépins", "H. Gaudry", 8, "", "À confirmer", "",
         ""],
        ["R1", "15/10/2026", "Siège Varèze Habitat (module de recyclage, 3 h)", "H. Gaudry", 43, "", "À confirmer",
         "", ""],
    ]
    al = ["center", "center", "left", "left", "right", "right", "left", "right", "left"]
    for r in rows:
        x = x0
        for i, (w, v, a) in enumerate(zip(widths, r, al)):
            # la remarque déborde dans la colonne vide suivante puis est coupée au bord de la page imprimée
            s.cell(x, w, v, align=a, clip=(w if i < 8 else w))
            x += w
        s.y -= ROW_H
    s.row(x0, widths, ["", "Total 2025", "", "", 48, 43, "", "", ""], al, bold=True, fill=TOTAL_FILL)
    s.row(x0, widths, ["", "Total 2026", "", "", 27, "", "", "", ""], al, bold=True, fill=TOTAL_FILL)
    s.skip(2)
    s.cell(x0, 600, "Formateurs : Hélène Gaudry et Marc Leroux, formateurs accrédités PSSM (association Trait d'Union "
                    "Santé Mentale 38).", italic=True, border=False, size=9)
    s.skip()
    s.cell(x0, 600, "Chaque session : 2 jours (14 h), 12 stagiaires au plus ; plan d'action AÉRER, troubles "
                    "anxieux, dépressifs, psychotiques et liés aux substances, crise suicidaire.", italic=True,
           border=False, size=9)
    s.skip()


def alertes(c, page, total):
    s = Sheet(c, "Alertes gardiens", landscape(A4), page, total)
    x0 = 50
    widths = [70, 100, 115, 105, 105, 55, 120]
    head = ["Mois", "Incurie / encombrement", "Troubles du comportement", "Conflits de voisinage",
            "Isolement / inquiétude", "Total", "dont gardiens formés"]
    s.cell(x0, sum(widths), "Fiches d'alerte reçues par le référent santé mentale de Varèze Habitat (poste créé le "
                            "01/03/2025)", bold=True, border=False, size=11)
    s.skip(2)
    s.row(x0, widths, head, ["center"] * 7, bold=True, fill=HEAD_FILL, size=8.5)
    months = ["mars-25", "avr.-25", "mai-25", "juin-25", "juil.-25", "août-25", "sept.-25", "oct.-25", "nov.-25",
              "déc.-25"]
    data = [(2, 1, 1, 0, 1), (3, 1, 2, 1, 2), (2, 2, 1, 0, 3), (3, 1, 2, 1, 4), (1, 1, 1, 0, 2), (1, 0, 1, 0, 1),
            (4, 2, 1, 1, 6), (3, 2, 2, 2, 7), (4, 2, 2, 1, 8), (3, 2, 2, 2, 7)]
    al = ["left"] + ["right"] * 6
    tot = [0] * 6
    for m, (a, b, cc, d, f) in zip(months, data):
        t = a + b + cc + d
        s.row(x0, widths, [m, a, b, cc, d, t, f], al)
        for i, v in enumerate((a, b, cc, d, t, f)):
            tot[i] += v
    s.row(x0, widths, ["Total 2025"] + tot, al, bold=True, fill=TOTAL_FILL)
    s.skip()
    s.cell(x0, 700, "Part des fiches émises par des gardiens formés aux PSSM : %s sur l'année ; 43 %% de mars à juin, "
                    "80 %% de septembre à décembre." % pct(tot[5], tot[4]).replace("%", " %"), italic=True,
           border=False, size=9)
    s.skip(2)
    # graphique en courbes : total mensuel
    c2 = s.c
    gx, gy, gw, gh = x0 + 40, s.y - 170, 520, 150
    c2.setFont("Calibri-Bold", 10)
    c2.drawCentredString(gx + gw / 2, gy + gh + 12, "Fiches d'alerte par mois")
    c2.setStrokeColor(Color(0.85, 0.85, 0.85))
    c2.setFont("Calibri", 8)
    for v in range(0, 11, 2):
        yy = gy + gh * v / 10
        c2.line(gx, yy, gx + gw, yy)
        c2.drawRightString(gx - 5, yy - 3, str(v))
    pts = []
    for i, (m, (a, b, cc, d, f)) in enumerate(zip(months, data)):
        xx = gx + gw * (i + 0.5) / len(months)
        pts.append((xx, gy + gh * (a + b + cc + d) / 10, gy + gh * f / 10))
        c2.drawCentredString(xx, gy - 12, m)
    c2.setLineWidth(2)
    c2.setStrokeColor(Color(0.27, 0.45, 0.77))
    for p1, p2 in zip(pts, pts[1:]):
        c2.line(p1[0], p1[1], p2[0], p2[1])
    c2.setStrokeColor(Color(0.93, 0.49, 0.19))
    for p1, p2 in zip(pts, pts[1:]):
        c2.line(p1[0], p1[2], p2[0], p2[2])
    c2.setLineWidth(1)
    c2.setFillColor(Color(0.27, 0.45, 0.77))
    c2.rect(gx + 120, gy - 32, 12, 3, stroke=0, fill=1)
    c2.setFillColor(Color(0.93, 0.49, 0.19))
    c2.rect(gx + 260, gy - 32, 12, 3, stroke=0, fill=1)
    c2.setFillColor(black)
    c2.drawString(gx + 136, gy - 34, "Total")
    c2.drawString(gx + 276, gy - 34, "dont gardiens formés")


def main():
    for total in (3, 3):
        c = canvas.Canvas(OUT, pagesize=landscape(A4), pageCompression=1)
        c.setAuthor("Amandine Roux")
        c.setTitle("")
        c.setCreator("Microsoft® Excel® pour Microsoft 365")
        c.setProducer("Microsoft® Excel® pour Microsoft 365")
        synthese(c, 1, total)
        c.showPage()
        sessions(c, 2, total)
        c.showPage()
        alertes(c, 3, total)
        c.showPage()
        c.save()
    import pypdf
    r = pypdf.PdfReader(OUT)
    wtr = pypdf.PdfWriter(clone_from=r)
    wtr.metadata = None
    wtr.add_metadata({"/Author": "Amandine Roux", "/Creator": "Microsoft® Excel® pour Microsoft 365",
                      "/Producer": "Microsoft® Excel® pour Microsoft 365",
                      "/CreationDate": "D:20260112160544+01'00'", "/ModDate": "D:20260112160544+01'00'"})
    with open(OUT, "wb") as f:
        wtr.write(f)
    print(OUT, os.path.getsize(OUT))


if __name__ == "__main__":
    main()
