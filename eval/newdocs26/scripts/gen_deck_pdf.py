# -*- coding: utf-8 -*-
"""Diaporama 16:9 en PDF (reportlab) présenté en assemblée plénière du CLSM : « Soins sans consentement à
Terre-Aurore — chiffres 2025 et pistes de travail », CHS de Morne-Vigie.

Tout est fictif. Forme : 14 pages de 960 × 540 points, bandeau de titre coloré, numéro « n / 14 » imprimé en bas à
droite et pied « CHS de Morne-Vigie · Plénière du CLSM Cap Aurore · 5 février 2026 » sur chaque diapositive sauf la
première ; chiffres clés en gros caractères posés sur une ligne, leurs libellés sur la ligne d'en dessous (le texte
extrait donne donc les chiffres à part des libellés) ; histogramme dessiné (barres, valeurs au-dessus, modes en
dessous, légende) ; barres horizontales par commune ; quiz « vrai ou faux » avec réponses en petit.
"""
import os

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-05_chs-morne-vigie_soins-sans-consentement-chiffres-2025.pdf")
W, H = 960, 540
TOTAL = 14
TEAL = HexColor("#0f6b74")
CORAL = HexColor("#e0765a")
GREY = HexColor("#5b6770")
LIGHT = HexColor("#e8f1f2")
FOOT = "CHS de Morne-Vigie · Plénière du CLSM Cap Aurore · 5 février 2026"

pdfmetrics.registerFont(TTFont("Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))


def frame(c, n, title):
    c.setFillColor(TEAL)
    c.rect(0, H - 78, W, 78, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("SansB", 26)
    c.drawString(40, H - 52, title)
    c.setFillColor(GREY)
    c.setFont("Sans", 10)
    c.drawString(40, 18, FOOT)
    c.drawRightString(W - 30, 18, "%d / %d" % (n, TOTAL))
    c.setFillColor(HexColor("#222222"))


def bullets(c, items, x=60, y=H - 130, size=18, gap=34, width=840):
    for it in items:
        level = 0
        if it.startswith("- "):
            level, it = 1, it[2:]
        c.setFont("Sans", size - 3 * level)
        c.drawString(x + 28 * level, y, ("–  " if level else "•  ") + it)
        y -= gap - 6 * level
    return y


def slide_title(c):
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(CORAL)
    c.rect(60, 300, 8, 150, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("SansB", 34)
    c.drawString(90, 410, "Soins sans consentement à Terre-Aurore")
    c.setFont("Sans", 28)
    c.drawString(90, 362, "Chiffres 2025 et pistes de travail")
    c.setFont("Sans", 18)
    c.drawString(90, 310, "Assemblée plénière du CLSM Cap Aurore — Port-Aurore, 5 février 2026")
    c.setFont("Sans", 15)
    c.drawString(90, 150, "Dr Hélène Cabrisseau, psychiatre, cheffe du pôle Centre")
    c.drawString(90, 126, "Olivier Tessereau, directeur des soins")
    c.drawString(90, 102, "Centre hospitalier spécialisé (CHS) de Morne-Vigie")
    c.setFont("Sans", 10)
    c.drawRightString(W - 30, 18, "1 / %d" % TOTAL)


def slide_sommaire(c):
    frame(c, 2, "Sommaire")
    bullets(c, ["Les quatre portes d'entrée dans les soins sans consentement",
                "2025 en quatre chiffres",
                "Admissions par mode légal et par commune",
                "Le passage aux urgences du CHU et le transport",
                "Le contrôle du juge des libertés et de la détention",
                "Programmes de soins",
                "La cellule de crise du CLSM",
                "Pistes 2026, quiz et contacts"], gap=40)


def slide_portes(c):
    frame(c, 3, "Les quatre portes d'entrée")
    boxes = [
        ("SDT", "À la demande d'un tiers", ["Deux certificats médicaux", "de moins de 15 jours,", "dont un d'un médecin",
                                            "extérieur au CHS"]),
        ("SDTU", "Urgence, à la demande d'un tiers", ["Un seul certificat,", "possible émanant d'un", "médecin du CHS,",
                                                       "risque grave d'atteinte", "à l'intégrité du malade"]),
        ("SPI", "Péril imminent, sans tiers", ["Un seul certificat d'un", "médecin extérieur au CHS ;",
                                               "la famille est informée", "dans les 24 heures"]),
        ("SDRE", "Décision du représentant de l'État", ["Arrêté du préfet : sûreté", "des personnes ou atteinte",
                                                        "grave à l'ordre public ;", "mesure provisoire du maire",
                                                        "possible (48 heures)"]),
    ]
    x = 40
    for code, label, lines in boxes:
        c.setFillColor(LIGHT)
        c.roundRect(x, 90, 210, 350, 10, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.setFont("SansB", 30)
        c.drawString(x + 16, 390, code)
        c.setFont("SansB", 9.5)
        c.drawString(x + 16, 362, label)
        c.setFillColor(HexColor("#222222"))
        c.setFont("Sans", 13)
        y = 325
        for ln in lines:
            c.drawString(x + 16, y, ln)
            y -= 22
        x += 225
    c.setFont("Sans", 11)
    c.setFillColor(GREY)
    c.drawString(40, 62, "Plus les personnes détenues (article D398 du code de procédure pénale), admises sur arrêté du préfet.")


def slide_chiffres(c):
    frame(c, 4, "2025 en quatre chiffres")
    figs = ["538", "412", "164", "20 %"]
    labels = [["admissions en soins", "sans consentement"], ["personnes différentes", "admises au moins une fois"],
              ["personnes en programme", "de soins au 31 décembre"], ["des admissions en", "péril imminent (SPI)"]]
    xs = [130, 350, 570, 790]
    c.setFillColor(CORAL)
    c.setFont("SansB", 64)
    for x, fgr in zip(xs, figs):
        c.drawCentredString(x, 300, fgr)
    c.setFillColor(HexColor("#222222"))
    c.setFont("Sans", 15)
    for x, lab in zip(xs, labels):
        c.drawCentredString(x, 250, lab[0])
        c.drawCentredString(x, 230, lab[1])
    c.setFont("Sans", 12)
    c.setFillColor(GREY)
    c.drawString(60, 110, "Source : DIM du CHS de Morne-Vigie, données arrêtées au 15 janvier 2026. Une même personne peut")
    c.drawString(60, 92, "avoir plusieurs admissions dans l'année.")


MODES = [("SDT", 171, 182), ("SDTU", 104, 121), ("SPI", 96, 109), ("SDRE", 93, 98), ("D398", 22, 28)]


def slide_histo(c):
    frame(c, 5, "Admissions par mode légal, 2024 et 2025")
    base, x0, scale = 120, 90, 1.35
    c.setStrokeColor(GREY)
    c.line(70, base, 900, base)
    for i, (mode, a, b) in enumerate(MODES):
        x = x0 + i * 165
        c.setFillColor(HexColor("#9cc3c8"))
        c.rect(x, base, 50, a * scale, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.rect(x + 56, base, 50, b * scale, stroke=0, fill=1)
    c.setFillColor(HexColor("#222222"))
    c.setFont("Sans", 13)
    for i, (mode, a, b) in enumerate(MODES):
        x = x0 + i * 165
        c.drawCentredString(x + 25, base + a * scale + 6, str(a))
        c.drawCentredString(x + 81, base + b * scale + 6, str(b))
    c.setFont("SansB", 14)
    for i, (mode, a, b) in enumerate(MODES):
        c.drawCentredString(x0 + i * 165 + 53, base - 22, mode)
    c.setFont("Sans", 12)
    c.setFillColor(HexColor("#9cc3c8"))
    c.rect(640, 430, 14, 14, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(730, 430, 14, 14, stroke=0, fill=1)
    c.setFillColor(HexColor("#222222"))
    c.drawString(660, 432, "2024")
    c.drawString(750, 432, "2025")
    c.setFont("Sans", 12)
    c.drawString(70, 66, "Total : 486 admissions en 2024, 538 en 2025 (+ 10,7 %).")


def slide_communes(c):
    frame(c, 6, "D'où viennent les personnes admises ?")
    rows = [("Port-Aurore", 39), ("Saint-Lucien", 17), ("Anse-Coralie", 14), ("Morne-Vigie", 9),
            ("Autres communes", 21)]
    y = 400
    c.setFont("Sans", 15)
    for name, pct in rows:
        c.setFillColor(HexColor("#222222"))
        c.drawRightString(250, y + 6, name)
        c.setFillColor(TEAL)
        c.rect(270, y, pct * 14, 24, stroke=0, fill=1)
        c.setFillColor(HexColor("#222222"))
        c.drawString(280 + pct * 14, y + 6, "%d %%" % pct)
        y -= 52
    c.setFont("Sans", 12)
    c.setFillColor(GREY)
    c.drawString(60, 90, "Commune de résidence des 412 personnes admises en 2025. Les personnes sans domicile stable sont")
    c.drawString(60, 72, "rattachées à la commune où elles ont été prises en charge.")


def slide_urgences(c):
    frame(c, 7, "Le passage aux urgences du CHU et le transport")
    c.setFillColor(CORAL)
    c.setFont("SansB", 48)
    c.drawCentredString(200, 350, "62 %")
    c.drawCentredString(480, 350, "11 h 40")
    c.drawCentredString(760, 350, "44 %")
    c.setFillColor(HexColor("#222222"))
    c.setFont("Sans", 14)
    for x, a, b in ((200, "des admissions passent", "par les urgences du CHU"),
                    (480, "durée moyenne de passage", "aux urgences avant transfert"),
                    (760, "des arrivées au CHS", "entre 20 h et 8 h")):
        c.drawCentredString(x, 305, a)
        c.drawCentredString(x, 286, b)
    c.setFont("SansB", 16)
    c.drawString(60, 220, "Mode de transport vers le CHS (2025)")
    c.setFont("Sans", 14)
    y = 190
    for a, b in (("Ambulance privée", "78 %"), ("Sapeurs-pompiers (SDIS)", "15 %"), ("SMUR", "6 %"),
                 ("Véhicule de police ou de gendarmerie", "1 % (7 transports)")):
        c.drawString(80, y, a)
        c.drawString(460, y, b)
        y -= 26


def slide_jld(c):
    frame(c, 8, "Le contrôle du juge des libertés et de la détention")
    c.setFillColor(CORAL)
    c.setFont("SansB", 56)
    c.drawCentredString(220, 340, "447")
    c.drawCentredString(520, 340, "19")
    c.setFillColor(HexColor("#222222"))
    c.setFont("Sans", 14)
    c.drawCentredString(220, 300, "mesures contrôlées par le JLD")
    c.drawCentredString(520, 300, "mainlevées (11 en 2024)")
    c.setFont("SansB", 15)
    c.drawString(640, 380, "Motifs des 19 mainlevées")
    c.setFont("Sans", 13)
    y = 350
    for a in ("Certificat hors délai : 8", "Décision insuffisamment motivée : 6", "Tiers sans qualité pour agir : 3",
              "Autres motifs : 2"):
        c.drawString(650, y, a)
        y -= 24
    c.setFont("Sans", 13)
    c.drawString(60, 170, "Contrôle obligatoire avant le 12e jour d'hospitalisation complète, puis tous les six mois.")
    c.drawString(60, 146, "Audiences au CHS, salle dédiée, le mardi et le vendredi.")


def slide_programmes(c):
    frame(c, 9, "Programmes de soins")
    bullets(c, ["164 personnes en programme de soins au 31 décembre 2025 (139 fin 2024)",
                "Durée médiane d'un programme : 7 mois",
                "Contenu le plus fréquent : consultations au CMP et traitement",
                "- 38 % prévoient des séjours à l'hôpital de jour",
                "Le programme n'autorise aucune contrainte physique à domicile",
                "Réévaluation : au moins une fois par mois par le psychiatre (certificat mensuel)"], gap=44)


def slide_cellule(c):
    frame(c, 10, "La cellule de crise du CLSM Cap Aurore")
    c.setFillColor(CORAL)
    c.setFont("SansB", 56)
    c.drawCentredString(180, 330, "47")
    c.drawCentredString(460, 330, "18")
    c.drawCentredString(740, 330, "6 jours")
    c.setFillColor(HexColor("#222222"))
    c.setFont("Sans", 14)
    c.drawCentredString(180, 290, "situations examinées en 2025")
    c.drawCentredString(460, 290, "hospitalisations sans consentement")
    c.drawCentredString(460, 271, "évitées (estimation)")
    c.drawCentredString(740, 290, "délai moyen entre le signalement")
    c.drawCentredString(740, 271, "et la première action")
    c.setFont("Sans", 13)
    c.drawString(60, 170, "Réunion chaque jeudi à 8 h 30 en visioconférence ; réunion extraordinaire possible sous 24 heures.")
    c.drawString(60, 146, "Membres : secteur de psychiatrie, EMPP Lakou Mobile, CCAS, polices municipale et nationale, gendarmerie, bailleurs.")


def slide_pistes(c):
    frame(c, 11, "Pistes 2026")
    bullets(c, ["Un pair-aidant aux urgences du CHU, trois demi-journées par semaine, avec le GEM Les Alizés",
                "Une « check-list tiers » aux urgences avant tout recours au péril imminent",
                "Un plan de crise conjoint proposé à chaque sortie d'hospitalisation complète",
                "Le binôme infirmier-gendarme à Saint-Lucien (expérimentation de six mois)",
                "Une ambulance de garde la nuit pour les hauts (demande portée auprès de l'ARS)"], size=17, gap=48)


def slide_quiz(c):
    frame(c, 12, "Vrai ou faux ?")
    qs = [("1. Un membre de la famille est obligé d'accepter d'être tiers.", "Faux : personne n'est obligé d'être tiers."),
          ("2. Le maire peut prendre une mesure provisoire sans avis médical.", "Faux : un avis médical est exigé."),
          ("3. Le programme de soins est une mesure de soins sans consentement.", "Vrai : hors hospitalisation complète."),
          ("4. Le JLD n'intervient que si le patient fait appel.", "Faux : son contrôle est systématique.")]
    y = 420
    for q, a in qs:
        c.setFont("Sans", 17)
        c.drawString(60, y, q)
        c.setFont("Sans", 11)
        c.setFillColor(GREY)
        c.drawString(90, y - 22, a)
        c.setFillColor(HexColor("#222222"))
        y -= 78


def slide_droits(c):
    frame(c, 13, "Les droits du patient, en pratique")
    bullets(c, ["Être informé de sa situation juridique et de ses droits, dès l'admission et à chaque décision",
                "Saisir la commission départementale des soins psychiatriques (CDSP)",
                "Être entendu par le JLD, assisté d'un avocat",
                "Le livret « Vos droits en soins sans consentement » du GEM Les Alizés est remis à l'accueil",
                "Désigner une personne de confiance"], size=17, gap=48)


def slide_contacts(c):
    frame(c, 14, "Contacts et questions")
    c.setFont("Sans", 17)
    y = 400
    for a, b in (("Ligne de liaison du CHS (24 h/24)", "04 10 10, numéro court depuis le standard"),
                 ("Courriel de liaison", "liaison@chs-mornevigie.example"),
                 ("Cellule de crise du CLSM", "cellule-crise@cap-aurore.example"),
                 ("EMPP Lakou Mobile", "lakou-mobile@chs-mornevigie.example")):
        c.setFont("SansB", 17)
        c.drawString(60, y, a)
        c.setFont("Sans", 17)
        c.drawString(470, y, b)
        y -= 50
    c.setFont("SansB", 30)
    c.setFillColor(TEAL)
    c.drawCentredString(W / 2, 130, "Merci de votre attention")


def main():
    c = canvas.Canvas(OUT, pagesize=(W, H), pageCompression=1)
    c.setTitle("Soins sans consentement à Terre-Aurore — chiffres 2025")
    c.setAuthor("CHS de Morne-Vigie")
    for f in (slide_title, slide_sommaire, slide_portes, slide_chiffres, slide_histo, slide_communes,
              slide_urgences, slide_jld, slide_programmes, slide_cellule, slide_pistes, slide_quiz, slide_droits,
              slide_contacts):
        f(c)
        c.showPage()
    c.save()
    print(OUT)


if __name__ == "__main__":
    main()
