# -*- coding: utf-8 -*-
"""Génère le diaporama PDF (export PowerPoint, 16:9 paysage, 16 diapositives) « Commission des situations
complexes — bilan 2025 et perspectives 2026 », présenté à la séance plénière du CLSM de Montferrange le
jeudi 5 février 2026 (reportlab, dessin direct sur le canevas).

Mise en page voulue : un titre sur chaque diapositive, numéro de diapositive seul en bas à droite, pied de page à
gauche ; puces ; une diapositive de chiffres clés (grands nombres au-dessus de libellés courts) ; un histogramme
avec valeurs ; deux tableaux (situations par quartier, origine des saisines) ; cartes de financement 2025 → 2026.

Tout est inventé (ville, structures, personnes, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-02-05_clsm-montferrange_bilan-2025-commission-situations-complexes.pdf")

FD = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FD, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SansB", os.path.join(FD, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("SansI", os.path.join(FD, "LiberationSans-Italic.ttf")))

W, H = 960, 540
TEAL = HexColor("#1F6F78")
DARK = HexColor("#1D3340")
ORANGE = HexColor("#E07A3F")
PALE = HexColor("#E8F2F3")
GREY = HexColor("#6A737B")
FOOT = "CLSM de Montferrange — séance plénière du 5 février 2026"


class Deck:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=(W, H))
        self.c.setTitle("Commission des situations complexes — bilan 2025 et perspectives 2026")
        self.c.setAuthor("CLSM de Montferrange")
        self.c.setCreator("Microsoft® PowerPoint® pour Microsoft 365")
        self.n = 0

    def slide(self, title):
        if self.n:
            self.c.showPage()
        self.n += 1
        c = self.c
        c.setFillColor(TEAL)
        c.rect(0, H - 12, W, 12, stroke=0, fill=1)
        c.setFillColor(DARK)
        c.setFont("SansB", 27)
        c.drawString(48, H - 70, title)
        c.setStrokeColor(ORANGE)
        c.setLineWidth(3)
        c.line(48, H - 84, 148, H - 84)
        c.setFont("Sans", 10)
        c.setFillColor(GREY)
        c.drawString(48, 22, FOOT)
        c.setFont("SansB", 12)
        c.setFillColor(TEAL)
        c.drawRightString(W - 36, 22, str(self.n))

    def bullets(self, items, x=60, y=H - 130, size=17, gap=12, width=840):
        c = self.c
        for it in items:
            lines = wrap(it, "Sans", size, width - 24)
            c.setFillColor(ORANGE)
            c.circle(x + 5, y + size * 0.33, 4, stroke=0, fill=1)
            c.setFillColor(DARK)
            c.setFont("Sans", size)
            for ln in lines:
                c.drawString(x + 22, y, ln)
                y -= size * 1.3
            y -= gap
        return y

    def text(self, s, x, y, size=12, font="Sans", color=GREY, width=860):
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color)
        for ln in wrap(s, font, size, width):
            c.drawString(x, y, ln)
            y -= size * 1.3
        return y

    def table(self, rows, x, y, widths, size=14, rowh=30, bold_last=True):
        c = self.c
        for i, r in enumerate(rows):
            yy = y - i * rowh
            if i == 0:
                c.setFillColor(TEAL)
                c.rect(x, yy - 9, sum(widths), rowh, stroke=0, fill=1)
            elif i % 2 == 0:
                c.setFillColor(PALE)
                c.rect(x, yy - 9, sum(widths), rowh, stroke=0, fill=1)
            xx = x
            for j, v in enumerate(r):
                head = i == 0
                last = bold_last and i == len(rows) - 1
                c.setFont("SansB" if head or last else "Sans", size)
                c.setFillColor(white if head else DARK)
                if j == 0:
                    c.drawString(xx + 8, yy, v)
                else:
                    c.drawRightString(xx + widths[j] - 10, yy, v)
                xx += widths[j]
        return y - len(rows) * rowh

    def save(self):
        self.c.save()


def wrap(s, font, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def main():
    d = Deck(OUT)
    c = d.c

    # 1
    d.n += 1
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("SansB", 34)
    c.drawString(60, 330, "Commission des situations complexes")
    c.setFont("Sans", 24)
    c.drawString(60, 290, "« santé mentale et logement » — bilan 2025 et perspectives 2026")
    c.setFont("Sans", 15)
    c.drawString(60, 200, "Séance plénière du conseil local de santé mentale de Montferrange")
    c.drawString(60, 178, "Jeudi 5 février 2026 — salle du conseil municipal, hôtel de ville")
    c.drawString(60, 140, "Maëlle Schaller, coordinatrice du CLSM — Dr Thomas Grandjean, EMPP « Passerelle »")
    c.setFont("SansB", 12)
    c.drawRightString(W - 36, 22, "1")

    # 2
    d.slide("Sommaire")
    d.bullets(["La commission en bref", "2025 en chiffres", "Qui, où, pour quelles issues ?",
               "Incurie, consentement, prévention des expulsions", "Le relais avec l'EMPP",
               "Financement 2025 et 2026", "Ce qui a changé, ce qui vient en 2026"], size=19, gap=8)

    # 3
    d.slide("La commission en bref")
    d.bullets([
        "Créée en mars 2019 sous le nom de « cellule de veille », renommée en septembre 2023",
        "Convention de partenariat 2025-2027 signée le 30 janvier 2025 par huit partenaires",
        "Se réunit le premier jeudi de chaque mois, sauf en août : 11 séances en 2025 (6 en 2024)",
        "Saisie par les professionnels avec la fiche de saisine, dématérialisée depuis septembre 2025",
        "Accord écrit de la personne recherché ; à défaut, examen anonymisé",
        "Cellule restreinte sous 72 heures en cas d'urgence : réunie 4 fois en 2025",
    ])

    # 4 chiffres clés
    d.slide("2025 en chiffres")
    cards = [("64", "situations nouvelles"), ("78", "passages en commission"), ("11", "séances"),
             ("83 %", "avec accord écrit"), ("17,2 j", "délai saisine-examen"), ("3", "expulsions non évitées")]
    for i, (big, lab) in enumerate(cards):
        col, row = i % 3, i // 3
        x, y = 70 + col * 280, 300 - row * 170
        c.setFillColor(PALE)
        c.roundRect(x, y, 250, 140, 12, stroke=0, fill=1)
        c.setFillColor(ORANGE if i in (0, 5) else TEAL)
        c.setFont("SansB", 50)
        c.drawCentredString(x + 125, y + 70, big)
        c.setFillColor(DARK)
        c.setFont("Sans", 16)
        c.drawCentredString(x + 125, y + 32, lab)
    d.text("Contre 47 situations nouvelles et 6 expulsions non évitées en 2024.", 70, 110, size=13)

    # 5 histogramme
    d.slide("Une activité en hausse continue")
    vals = [("2021", 24), ("2022", 31), ("2023", 38), ("2024", 47), ("2025", 64)]
    base, x0 = 110, 120
    for i, (yr, v) in enumerate(vals):
        x = x0 + i * 140
        h = v * 4.2
        c.setFillColor(ORANGE if yr == "2025" else TEAL)
        c.rect(x, base, 80, h, stroke=0, fill=1)
        c.setFillColor(DARK)
        c.setFont("SansB", 18)
        c.drawCentredString(x + 40, base + h + 8, str(v))
        c.setFont("Sans", 15)
        c.drawCentredString(x + 40, base - 22, yr)
    d.text("Situations nouvelles examinées par an. + 36 % entre 2024 et 2025.", 120, 62, size=13)
    d.text("2021-2024 : rythme bimestriel ; 2025 : rythme mensuel.", 760, 380, size=12, width=170)

    # 6 tableau 1
    d.slide("Situations nouvelles par quartier")
    rows = [["Quartier", "Habitants", "2024", "2025", "Pour 1 000 hab. (2025)"],
            ["Clos-Fleuri (QPV)", "4 860", "17", "22", "4,5"],
            ["Les Tanneries (QPV)", "3 420", "11", "15", "4,4"],
            ["Roseraie-Gare (QPV)", "2 150", "6", "9", "4,2"],
            ["Ensemble des trois QPV", "10 430", "34", "46", "4,4"],
            ["Hors QPV", "48 270", "13", "18", "0,4"],
            ["Total Montferrange", "58 700", "47", "64", "1,1"]]
    y = d.table(rows, 60, H - 140, [300, 130, 100, 100, 210], size=15, rowh=36)
    d.text("Les 49 passages « résidents QPV » du tableau de suivi mensuel incluent les réexamens d'une même "
           "situation ; ce tableau compte des situations.", 60, y - 10, size=12)

    # 7 tableau 2
    d.slide("Qui saisit la commission ?")
    rows = [["Origine de la saisine", "2024", "2025", "Part 2025"],
            ["Ornelle Habitat (conseillère sociale)", "16", "21", "33 %"],
            ["CCAS de Montferrange", "8", "11", "17 %"],
            ["Maison départementale des solidarités", "7", "9", "14 %"],
            ["CMP adultes / EPSM", "6", "8", "13 %"],
            ["EMPP « Passerelle »", "4", "5", "8 %"],
            ["Médecins généralistes", "2", "4", "6 %"],
            ["Service d'hygiène (SCHS)", "2", "3", "5 %"],
            ["Autres bailleurs (Logivie Est)", "2", "3", "5 %"],
            ["Total", "47", "64", "100 %"]]
    d.table(rows, 60, H - 135, [420, 110, 110, 160], size=14, rowh=33)

    # 8
    d.slide("Issues des 78 passages en 2025")
    d.bullets([
        "Maintien dans le logement avec un plan d'aide : 29 (37 %)",
        "Orientation vers l'EMPP : 12 (15 %)",
        "Ajournée ou à revoir : 14 (18 %)",
        "Relogement ou mutation : 8 (10 %)",
        "Soins ou hospitalisation : 7 (9 %)",
        "Hébergement via le SIAO : 5 (6 %)",
        "Expulsion non évitée : 3 (4 %) — contre 6 en 2024 et 9 en 2023",
    ], size=17, gap=6)

    # 9
    d.slide("Incurie et syndrome de Diogène")
    d.bullets([
        "21 passages liés à l'incurie, pour 17 situations distinctes ; 61 % concernent des plus de 60 ans",
        "Fonds d'intervention incurie : 14 interventions financées, 28 600 € dépensés sur 30 000 €",
        "Coût moyen d'une intervention : 2 043 € ; 3 situations ont dépassé le plafond de 3 500 €",
        "Désencombrement toujours préparé avec la personne, en plusieurs étapes, après une visite de l'EMPP",
        "Proposition : plafond porté à 4 000 € par logement en 2026 (vote de la plénière de ce jour)",
    ], size=16)

    # 10
    d.slide("Consentement et confidentialité")
    d.bullets([
        "53 situations sur 64 présentées avec l'accord écrit de la personne (83 %)",
        "9 situations examinées de façon anonymisée, faute d'accord",
        "2 examens nominatifs sans accord préalable pour danger grave et imminent ; personnes informées dans "
        "les 15 jours",
        "Charte de confidentialité signée par 31 participants",
        "Aucune personne n'a demandé à être reçue en séance en 2025 ; une personne s'est fait représenter par "
        "sa fille, personne de confiance",
    ], size=16)

    # 11
    d.slide("Prévention des expulsions")
    d.bullets([
        "16 procédures suspendues par Ornelle Habitat le temps de l'examen ; 12 dettes en cours d'apurement",
        "19 dossiers FSL montés à la suite de la commission, 15 accordés",
        "3 expulsions non évitées, dont 2 personnes jamais rencontrées malgré les visites",
        "CCAPEX : la sous-commission de Montferrange se réunit deux fois par mois depuis janvier 2026",
        "FSL : plafond de l'aide au maintien porté à 2 500 € au 1er janvier 2026",
    ], size=16)

    # 12
    d.slide("Le relais avec l'EMPP « Passerelle »")
    d.bullets([
        "12 orientations de la commission vers l'EMPP en 2025",
        "File active de l'EMPP : 341 personnes en 2025 (318 en 2024)",
        "Délai moyen entre l'orientation et la première rencontre : 9 jours (12 jours en 2024)",
        "Un infirmier supplémentaire à temps plein, financé par l'ARS, dédié au domicile en QPV depuis le "
        "1er février 2026",
    ], size=17)

    # 13 financement
    d.slide("Financement 2025 et 2026")
    fin = [("ARS Grand Est", "45 000 €", "52 000 €"), ("Contrat de ville", "18 000 €", "24 000 €"),
           ("Département", "12 000 €", "12 000 €"), ("Ornelle Habitat", "8 000 €", "8 000 €"),
           ("Ville de Montferrange", "22 000 €", "22 000 €")]
    for i, (who, a, b) in enumerate(fin):
        x = 50 + i * 176
        c.setFillColor(PALE)
        c.roundRect(x, 200, 160, 200, 10, stroke=0, fill=1)
        c.setFillColor(DARK)
        c.setFont("SansB", 14)
        c.drawCentredString(x + 80, 370, who)
        c.setFont("Sans", 13)
        c.drawCentredString(x + 80, 320, "2025 : " + a)
        c.setFillColor(ORANGE)
        c.setFont("SansB", 17)
        c.drawCentredString(x + 80, 270, "2026 : " + b)
    d.text("Total : 105 000 € en 2025, 118 000 € prévus en 2026. Contrat de ville 2026 : 18 000 € reconduits + "
           "6 000 € pour la formation des gardiens. Avenant n° 1 à la convention soumis à la plénière.", 50, 160,
           size=14, color=DARK)

    # 14
    d.slide("Ce qui a changé en 2025")
    d.bullets([
        "Rythme mensuel (premier jeudi) au lieu de bimestriel",
        "Fiche de saisine dématérialisée depuis septembre 2025",
        "Délai saisine-examen : 21 jours en février, 12 jours en novembre, 17,2 jours en moyenne sur l'année",
        "Médecins généralistes invités lorsqu'un de leurs patients est concerné",
        "SIAO invité à chaque séance où une situation d'hébergement est inscrite (copil du 20 novembre 2025)",
    ], size=17)

    # 15
    d.slide("Perspectives 2026")
    d.bullets([
        "Pension de famille Les Glycines, 22 places à Roseraie-Gare, dont 4 réservées aux orientations de la "
        "commission et de l'EMPP : ouverture reportée à avril 2026",
        "Formation des gardiens et agents de proximité les 10, 17 et 24 mars 2026 (45 places)",
        "Objectif : délai saisine-examen inférieur à 14 jours",
        "Un chez-soi d'abord Valmoreau : 120 places au 1er septembre 2026, toujours hors Montferrange",
        "Prochain comité de pilotage : jeudi 19 mars 2026",
    ], size=16)

    # 16
    d.slide("Merci — contacts")
    d.bullets([
        "Coordination du CLSM : Maëlle Schaller — 03 99 00 41 27",
        "Saisine : commission.situations@clsm-montferrange.example (messagerie sécurisée)",
        "EMPP « Passerelle » (professionnels) : 03 99 00 52 18, du lundi au vendredi, 9 h – 17 h",
        "Conseillère sociale d'Ornelle Habitat (Clos-Fleuri, Tanneries) : Nadia Belkacem — 06 99 00 37 85",
        "Documents : sante-mentale.montferrange.example/commission",
    ], size=17)
    d.save()
    print("écrit", OUT, d.n, "diapositives")


if __name__ == "__main__":
    main()
