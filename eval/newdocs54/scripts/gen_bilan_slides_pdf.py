# -*- coding: utf-8 -*-
"""Génère le diaporama « Santé mentale des 6-12 ans — bilan 2025 du groupe de travail Enfance » présenté à la
plénière du CLSM de Montbrisac le 27 janvier 2026, tel qu'exporté en PDF depuis Google Slides (reportlab) :
16 pages paysage 720 × 405 pt (16:9), une diapositive par page, grands titres, listes à puces, un histogramme
dessiné avec des rectangles et ses valeurs imprimées au-dessus des barres, numéro de diapositive dans le coin
inférieur droit.

Tout est inventé (ville, département, structures, personnes, chiffres, numéros en 04 99 00, domaines .example).
"""
import os

from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-27_clsm-montbrisac_bilan-gt-enfance-2025.pdf")

FONT_DIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SansB", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("SansI", os.path.join(FONT_DIR, "LiberationSans-Italic.ttf")))

W, H = 720, 405
N = 16
NAVY = HexColor("#22356F")
YEL = HexColor("#F2B134")
INK = HexColor("#222222")
GREY = HexColor("#707070")
PALE = HexColor("#F4F6FB")

c = canvas.Canvas(OUT, pagesize=(W, H))
c.setTitle("Santé mentale des 6-12 ans — bilan 2025 du GT Enfance (CLSM Montbrisac)")
c.setAuthor("CLSM de Montbrisac")
c.setCreator("Google Slides")
page = [0]


def text(t, x, y, size=16, font="Sans", color=INK, anchor="left"):
    c.setFont(font, size)
    c.setFillColor(color)
    {"left": c.drawString, "center": c.drawCentredString, "right": c.drawRightString}[anchor](x, y, t)


def wrap(t, width, size, font="Sans"):
    out, cur = [], ""
    for w in t.split():
        nxt = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(nxt, font, size) <= width:
            cur = nxt
        else:
            out.append(cur)
            cur = w
    return out + ([cur] if cur else [])


def bullets(items, x=40, y=H - 110, width=640, size=15, gap=7):
    for it in items:
        sub = it.startswith("  ")
        xx = x + (22 if sub else 0)
        sz = size - 2 if sub else size
        c.setFillColor(YEL if not sub else GREY)
        c.circle(xx + 3, y + sz * 0.32, 3 if not sub else 2, stroke=0, fill=1)
        for ln in wrap(it.strip(), width - (xx - x) - 14, sz):
            text(ln, xx + 14, y, sz)
            y -= sz * 1.28
        y -= gap
    if y < 24:
        print("attention : débordement en bas de la diapositive %d (y=%.0f)" % (page[0], y))
    return y


def slide(title=None, cover=False):
    page[0] += 1
    c.setFillColor(NAVY if cover else white)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    if title:
        c.setFillColor(YEL)
        c.rect(0, H - 70, 10, 50, stroke=0, fill=1)
        size = 30
        while pdfmetrics.stringWidth(title, "SansB", size) > W - 80:
            size -= 1
        text(title, 36, H - 56, size, "SansB", NAVY)
    text(str(page[0]), W - 18, 12, 10, "Sans", white if cover else GREY, "right")


def done():
    c.showPage()


# 1
slide(cover=True)
text("CONSEIL LOCAL DE SANTÉ MENTALE DE MONTBRISAC", 40, 330, 11, "SansB", YEL)
text("Santé mentale des 6-12 ans", 40, 270, 40, "SansB", white)
text("Bilan 2025 du groupe de travail « Enfance »", 40, 230, 22, "Sans", white)
text("Séance plénière du CLSM — mardi 27 janvier 2026 — salle du conseil, hôtel de ville", 40, 170, 13, "Sans", white)
text("Dr Hélène Fabre (CMP enfants Les Capucines) · Yanis Belkacem (programme de réussite éducative)", 40, 145,
     13, "Sans", white)
text("Coordination : Clémence Royer", 40, 122, 13, "SansI", white)
done()

# 2
slide("Au sommaire")
bullets(["Le territoire et les enfants", "Listes d'attente et délais : CMPP, CMP enfants",
         "Programme de réussite éducative", "Compétences psychosociales à l'école", "Santé scolaire et PMI",
         "Parents, Maison des adolescents, fiche de liaison", "Financements", "Priorités 2026"], size=18, gap=9)
done()

# 3
slide("Le territoire")
bullets(["Montbrisac : 48 600 habitants, département de l'Orsange (Auvergne-Rhône-Alpes)",
         "Deux quartiers prioritaires de la politique de la ville :",
         "  Les Tilleuls : 5 140 habitants",
         "  Champ-Rollin : 3 260 habitants",
         "3 910 enfants de 6 à 11 ans dans la ville, dont 1 035 dans les deux QPV (640 aux Tilleuls, 395 à "
         "Champ-Rollin)",
         "12 écoles élémentaires, 2 557 élèves à la rentrée 2025"])
done()

# 4
slide("Pauvreté des enfants : un écart qui pèse")
text("Taux de pauvreté des moins de 18 ans (2021, dernières données)", 40, H - 105, 14, "SansB", INK)
rows = [("Les Tilleuls (QPV)", "54 %"), ("Champ-Rollin (QPV)", "46 %"), ("Montbrisac", "24 %"),
        ("Orsange (département)", "16 %"), ("Auvergne-Rhône-Alpes", "18 %"), ("France métropolitaine", "21 %")]
y = H - 140
for lab, v in rows:
    c.setFillColor(PALE)
    c.rect(40, y - 8, 420, 28, stroke=0, fill=1)
    text(lab, 52, y, 15)
    text(v, 440, y, 15, "SansB", NAVY, "right")
    y -= 34
bullets(["Un enfant sur deux vit sous le seuil de pauvreté aux Tilleuls"], 490, H - 140, 210, 14)
text("Source : Insee, Filosofi ; traitement Observatoire social de l'Orsange", 40, 24, 9, "SansI", GREY)
done()

# 5 — histogramme
slide("Liste d'attente du CMPP : enfin une baisse")
text("Enfants en liste d'attente au 31 décembre", 40, H - 100, 14, "SansB", INK)
vals = [("2021", 96), ("2022", 128), ("2023", 161), ("2024", 139), ("2025", 117)]
base, x0, bw, gap, scale = 70, 70, 70, 40, 1.2
c.setStrokeColor(GREY)
c.line(55, base, 55 + len(vals) * (bw + gap) + 10, base)
for i, (yr, v) in enumerate(vals):
    x = x0 + i * (bw + gap)
    c.setFillColor(YEL if yr == "2025" else NAVY)
    c.rect(x, base, bw, v * scale, stroke=0, fill=1)
    text(str(v), x + bw / 2, base + v * scale + 6, 14, "SansB", INK, "center")
    text(yr, x + bw / 2, base - 18, 12, "Sans", GREY, "center")
bullets(["Objectif 2025 (moins de 120) atteint", "Mais le délai reste long"], 600, 250, 110, 12)
text("Source : CMPP Les Sources d'Orsange", 40, 24, 9, "SansI", GREY)
done()

# 6
slide("Délais d'attente en 2025")
bullets(["CMPP : 171 jours en moyenne entre l'appel des parents et le premier rendez-vous (187 en 2024)",
         "  accueil prioritaire (fiche de liaison, enfants des QPV) : 41 jours en moyenne, 58 enfants",
         "CMP enfants Les Capucines :",
         "  entretien d'accueil infirmier : 16 jours en moyenne",
         "  premier rendez-vous avec un médecin : 19 semaines en moyenne",
         "Orsange : 201 jours en moyenne dans les CMPP du département (enquête 2024)",
         "Une commission commune CMPP – CMP enfants régule les demandes depuis septembre 2025 : 23 doubles "
         "inscriptions évitées"])
done()

# 7
slide("Programme de réussite éducative (PRE)")
bullets(["172 enfants accompagnés en 2025 (148 en 2024), de 2 à 16 ans", "  dont 118 âgés de 6 à 11 ans",
         "  104 aux Tilleuls, 61 à Champ-Rollin, 7 hors QPV scolarisés dans une école d'un quartier",
         "Premier motif d'entrée : difficultés de comportement ou de bien-être (38 %)",
         "41 parcours avec une démarche de soin (CMPP, CMP, orthophonie)",
         "Équipe pluridisciplinaire de soutien : 17 réunions en 2025"])
done()

# 8
slide("Compétences psychosociales : le programme grandit")
bullets(["« Graines de compétences » : une séance de 45 minutes tous les quinze jours, du CP au CM2",
         "2023-2024 : 6 écoles, 22 classes", "2024-2025 : 7 écoles, 24 classes",
         "2025-2026 : 9 écoles, 31 classes, environ 740 élèves", "58 enseignants formés (2 jours, Promotion Santé Orsange)",
         "Chaque école a un binôme enseignant référent – infirmière scolaire"])
done()

# 9
slide("Premiers résultats de l'évaluation")
bullets(["Questionnaire enseignants (juin 2025, 52 réponses) :",
         "  74 % observent un meilleur climat de classe",
         "  61 % notent moins de conflits en récréation",
         "Questionnaire élèves de CM1-CM2 (avant / après, 2024-2025) :",
         "  « Je sais dire quand je suis en colère » : de 48 % à 67 %",
         "  « Quand j'ai un problème, je sais à qui en parler » : de 55 % à 71 %",
         "Évaluation conduite par l'Observatoire régional de la santé (ORS)"])
done()

# 10
slide("Santé scolaire")
bullets(["2 infirmières de l'Éducation nationale pour les 12 écoles élémentaires : 34 heures par semaine au total",
         "  dont 19 heures dans les 4 écoles des QPV",
         "3 psychologues de l'Éducation nationale dans la circonscription :",
         "  1 psychologue pour 1 370 élèves à Montbrisac",
         "  1 pour 1 620 élèves dans l'Orsange",
         "  1 pour 1 500 environ en France",
         "Demandes aux psychologues en 2024-2025 : 342 (318 l'année précédente)"])
done()

# 11
slide("PMI : repérer tôt")
bullets(["Bilans de santé en moyenne section de maternelle (4 ans) réalisés par la PMI :",
         "  92 % des enfants vus aux Tilleuls", "  87 % à Champ-Rollin", "  81 % dans l'ensemble de l'Orsange",
         "Passerelle PMI – CMPP ouverte en novembre 2025 pour les enfants repérés à 4 ans",
         "Puéricultrice référente du groupe : Nadia Ferhat, centre de PMI des Tilleuls"])
done()

# 12
slide("Groupes de parents")
bullets(["Café des parents (centre social Les Tilleuls, jeudi matin) : 34 séances, 61 parents différents",
         "Parents en chemin (maison de quartier de Champ-Rollin) : 18 séances, 27 parents",
         "Nouveau en 2026 : « Samedi des papas », un samedi matin par mois à partir de mars",
         "Financement CAF de l'Orsange (REAAP) : 9 800 € en 2025, 11 500 € demandés pour 2026"])
done()

# 13
slide("Maison des adolescents et fiche de liaison")
bullets(["Maison des adolescents de l'Orsange : 540 jeunes de Montbrisac reçus en 2025",
         "  dont 86 jeunes de 11-12 ans",
         "  permanence au collège Jean-Rostand (Les Tilleuls) depuis janvier 2026",
         "Fiche de liaison commune école – PRE – CMPP – CMP enfants :",
         "  testée aux Tilleuls depuis mai 2025, étendue à Champ-Rollin en septembre",
         "  71 fiches transmises au 31 décembre 2025"])
done()

# 14
slide("Financements 2025 des actions enfance")
bullets(["Programme CPS : 56 000 €", "  ARS Auvergne-Rhône-Alpes 36 000 € · contrat de ville 14 000 € · Ville 6 000 €",
         "Programme de réussite éducative : 238 000 €",
         "  État (crédits politique de la ville) 126 000 € · Ville 72 000 € · CAF 40 000 €",
         "Groupes de parents : 9 800 € (CAF)",
         "Consultations avancées du CMPP aux Tilleuls : 35 000 € du contrat de ville",
         "2026 : l'ARS porte sa part CPS à 42 000 €"])
done()

# 15
slide("Priorités 2026")
bullets(["Ramener le délai moyen du CMPP sous 150 jours", "Étendre le programme CPS à 11 écoles à la rentrée 2026",
         "Former 40 professionnels aux premiers secours en santé mentale jeunes",
         "Lancer le « Samedi des papas » et un groupe parents en langue arabe",
         "Publier un tableau de bord semestriel des délais"])
done()

# 16
slide(cover=True)
text("Merci !", 40, 280, 44, "SansB", white)
text("Groupe de travail « Enfance » du CLSM de Montbrisac", 40, 235, 18, "Sans", white)
text("Clémence Royer — 04 99 00 25 60 — clsm@montbrisac.example", 40, 200, 14, "Sans", YEL)
text("sante-mentale.montbrisac.example/enfance", 40, 178, 14, "Sans", YEL)
text("Prochaine réunion du groupe : mardi 10 mars 2026, 14 h, CMP enfants Les Capucines", 40, 130, 13, "SansI", white)
done()

c.save()
print("écrit :", OUT, page[0], "pages")
