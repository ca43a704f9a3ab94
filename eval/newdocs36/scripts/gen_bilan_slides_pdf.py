# -*- coding: utf-8 -*-
"""Génère le diaporama « Santé mentale et exil — bilan 2025 » exporté en PDF depuis un outil de conception
graphique (reportlab, canvas) : 15 pages paysage 16:9, chaque ligne de texte est un bloc positionné à part
(un drawString par ligne, comme les exports d'outils de design), numéro « n/15 » dans le coin inférieur droit,
bandeau de pied de page, formes décoratives, un histogramme dessiné avec ses valeurs imprimées au-dessus des
barres et une frise chronologique.

Tout est inventé (ville, structures, personnes, chiffres, numéros en 03 99 00, domaines .example).
"""
import os

from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-29_clsm-sarrelmont_bilan-gt-sante-mentale-exil.pdf")

FONT_DIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SansB", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("SansI", os.path.join(FONT_DIR, "LiberationSans-Italic.ttf")))

W, H = 960, 540
N = 15
TEAL = HexColor("#0F5257")
SAND = HexColor("#F3E9DC")
CORAL = HexColor("#E07A5F")
INK = HexColor("#1D2B2F")
GREY = HexColor("#6B7B80")

c = canvas.Canvas(OUT, pagesize=(W, H))
c.setTitle("Santé mentale et exil — Bilan 2025 et perspectives 2026")
c.setAuthor("CLSM de Sarrelmont")
c.setCreator("Canva")
c.setSubject("Séance plénière du CLSM du 29 janvier 2026")

page = [0]


def line(txt, x, y, size=18, font="Sans", color=INK, anchor="left"):
    c.setFont(font, size)
    c.setFillColor(color)
    if anchor == "center":
        c.drawCentredString(x, y, txt)
    elif anchor == "right":
        c.drawRightString(x, y, txt)
    else:
        c.drawString(x, y, txt)


def wrap(txt, width, size, font="Sans"):
    words, out, cur = txt.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def para(txt, x, y, width, size=18, font="Sans", color=INK, lead=1.3):
    """Un paragraphe découpé en lignes : chaque ligne est un bloc de texte indépendant. Renvoie le y suivant."""
    for ln in wrap(txt, width, size, font):
        line(ln, x, y, size, font, color)
        y -= size * lead
    return y


def bullets(items, x, y, width, size=18, gap=10):
    for it in items:
        c.setFillColor(CORAL)
        c.circle(x + 4, y + size * 0.33, 4, stroke=0, fill=1)
        y = para(it, x + 20, y, width - 20, size) - gap
    return y


def start(title=None, dark=False):
    page[0] += 1
    c.setFillColor(TEAL if dark else SAND)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    if not dark:
        c.setFillColor(TEAL)
        c.rect(0, H - 8, W, 8, stroke=0, fill=1)
        c.setFillColor(CORAL)
        c.circle(W - 40, H - 50, 60, stroke=0, fill=1)
        c.setFillColor(SAND)
        c.circle(W - 40, H - 50, 44, stroke=0, fill=1)
    if title:
        line(title, 60, H - 80, 32, "SansB", TEAL)
        c.setFillColor(CORAL)
        c.rect(60, H - 96, 70, 4, stroke=0, fill=1)
    # pied de page : chaque élément est un bloc séparé
    line("CLSM de Sarrelmont · Plénière du 29 janvier 2026", 60, 22, 10, "Sans", white if dark else GREY)
    line("%d/%d" % (page[0], N), W - 30, 22, 12, "SansB", white if dark else TEAL, "right")


def end():
    c.showPage()


def big_number(x, y, value, label, sub=None, w=170):
    c.setFillColor(white)
    c.roundRect(x, y - 70, w, 130, 12, stroke=0, fill=1)
    line(value, x + w / 2, y + 12, 40, "SansB", CORAL, "center")
    yy = y - 16
    for ln in wrap(label, w - 20, 13):
        line(ln, x + w / 2, yy, 13, "Sans", INK, "center")
        yy -= 16
    if sub:
        line(sub, x + w / 2, yy - 2, 11, "SansI", GREY, "center")


# 1 — titre
start(dark=True)
c.setFillColor(CORAL)
c.circle(820, 400, 150, stroke=0, fill=1)
c.setFillColor(HexColor("#12666C"))
c.circle(880, 120, 110, stroke=0, fill=1)
line("CONSEIL LOCAL DE SANTÉ MENTALE DE SARRELMONT", 70, 430, 13, "SansB", SAND)
line("Santé mentale et exil", 70, 350, 54, "SansB", white)
line("Bilan 2025 et perspectives 2026", 70, 300, 28, "Sans", SAND)
line("du groupe de travail « Santé mentale et exil »", 70, 266, 28, "Sans", SAND)
line("Séance plénière du CLSM — jeudi 29 janvier 2026, salle du conseil, hôtel de ville", 70, 200, 15, "Sans", white)
line("Dr Karim Benslimane · psychiatre, CH de Sarrelmont", 70, 150, 15, "SansB", white)
line("Élodie Marchal · cheffe de service CADA, Le Relais des Deux Rives", 70, 126, 15, "SansB", white)
end()

# 2 — sommaire
start("Au programme")
items = ["Le groupe de travail en bref", "Consultation Escale : l'activité 2025", "Qui consulte ?",
         "Délais d'attente", "Interprétariat : heures et coûts", "PASS psy", "Médiateurs pairs",
         "Formations", "Repères", "Ce qui coince encore", "Cap 2026"]
y = H - 150
for i, it in enumerate(items, 1):
    col_x = 80 if i <= 6 else 500
    if i == 7:
        y = H - 150
    line("%02d" % i, col_x, y, 22, "SansB", CORAL)
    line(it, col_x + 50, y, 20, "Sans", INK)
    y -= 50
end()

# 3 — le groupe de travail
start("Le groupe de travail en bref")
bullets(["Créé en mars 2024 à la demande de l'assemblée plénière du CLSM",
         "27 membres issus de 14 structures : hôpital, CADA, HUDA, SPADA, Ville, CCAS, maisons de santé, "
         "associations, Interlangues Grand Est",
         "6 réunions en 2025, tous les deux mois, et 2 sous-groupes : « interprétariat » et « formation »",
         "Productions 2025 : guide d'orientation version 2 (mai), fiche d'orientation unique, modèles de "
         "convocation traduits en 12 langues"], 60, H - 150, 520, 17)
c.setFillColor(TEAL)
c.roundRect(620, 70, 300, 340, 14, stroke=0, fill=1)
line("Le territoire", 640, 380, 18, "SansB", white)
y = 350
for t in ["Sarrelmont : 71 400 habitants", "3 quartiers prioritaires (QPV) :", "Haut-Fourneau (5 210 hab.)",
          "Bellevue (3 940 hab.)", "Les Forges (2 870 hab.)", "275 places d'hébergement pour",
          "demandeurs d'asile dans la ville", "(CADA 180, HUDA 95)", "1 140 places dans le département"]:
    line(t, 640, y, 14, "Sans", white)
    y -= 28
end()

# 4 — Escale chiffres
start("Consultation Escale : l'activité 2025")
big_number(60, 300, "342", "patients en file active", "286 en 2024, soit +20 %")
big_number(240, 300, "189", "nouveaux patients")
big_number(420, 300, "2 874", "entretiens")
big_number(600, 300, "71 %", "des entretiens avec interprète")
big_number(780, 300, "38 %", "des patients habitent un QPV", w=150)
para("Escale est la consultation transculturelle de psychotrauma du pôle de psychiatrie adulte, ouverte en "
     "septembre 2022 au CMP Saint-Éloi. Elle reçoit les personnes exilées à partir de 16 ans.", 60, 160, 840, 16)
line("Source : CH de Sarrelmont ; tableau de bord trimestriel du CLSM (données au 15 janvier 2026)", 60, 60, 11,
     "SansI", GREY)
end()

# 5 — qui consulte
start("Qui consulte ?")
bullets(["Premiers pays d'origine : Afghanistan, Soudan, Érythrée, RD Congo, Géorgie",
         "23 langues d'entretien ; le dari arrive en tête (18 % des heures d'interprétariat)",
         "44 % de femmes ; âge moyen : 31 ans",
         "158 demandeurs d'asile, 121 bénéficiaires d'une protection internationale, 46 personnes déboutées ou "
         "sans titre de séjour, 17 autres situations",
         "147 patients hébergés par Le Relais des Deux Rives (96 en CADA, 51 en HUDA)"], 60, H - 150, 820, 18)
end()

# 6 — délais
start("Délais d'attente : ça s'améliore… à Escale")
c.setFillColor(white)
c.roundRect(60, 250, 380, 170, 12, stroke=0, fill=1)
line("Escale, premier rendez-vous", 80, 390, 16, "SansB", TEAL)
line("14 semaines", 80, 345, 34, "SansB", GREY)
line("fin 2024", 300, 350, 16, "Sans", GREY)
line("5,5 semaines", 80, 295, 34, "SansB", CORAL)
line("au 4e trimestre 2025", 300, 300, 16, "Sans", INK)
bullets(["Pourquoi ? Un 2e poste de psychologue (0,8 ETP) pourvu en mars 2025 et un accueil collectif chaque "
         "mardi matin",
         "CMP adultes de secteur : 16 semaines en moyenne (décembre 2025)",
         "PASS psy : premier entretien infirmier sous 8 jours",
         "Objectif 2026 pour Escale : 4 semaines au maximum"], 480, 400, 420, 16)
end()

# 7 — histogramme
start("Heures d'interprétariat professionnel à Escale")
bars = [("2022*", 410), ("2023", 905), ("2024", 1180), ("2025", 1646)]
x0, base, scale = 120, 110, 0.17
c.setStrokeColor(GREY)
c.setLineWidth(1)
c.line(90, base, 760, base)
for i, (lab, v) in enumerate(bars):
    x = x0 + i * 160
    h = v * scale
    c.setFillColor(CORAL if lab == "2025" else TEAL)
    c.rect(x, base, 90, h, stroke=0, fill=1)
    line("%s h" % format(v, ",").replace(",", " "), x + 45, base + h + 10, 18, "SansB", INK, "center")
    line(lab, x + 45, base - 24, 16, "Sans", INK, "center")
line("+39 %", 800, 330, 40, "SansB", CORAL)
line("entre 2024", 800, 300, 16, "Sans", INK)
line("et 2025", 800, 280, 16, "Sans", INK)
line("* ouverture de la consultation en septembre 2022 : quatre mois d'activité", 90, 60, 11, "SansI", GREY)
end()

# 8 — coûts
start("Interprétariat : combien ça coûte ?")
line("78 264 €", 60, 380, 48, "SansB", CORAL)
line("dépensés en 2025 pour 1 646 heures à Escale", 60, 350, 18, "Sans", INK)
bullets(["Présentiel : 1 188 h à 52 € de l'heure",
         "Téléphone : 458 h à 36 € de l'heure",
         "Financement : ARS Grand Est 60 000 € · contrat de ville 12 000 € · CH de Sarrelmont 6 264 €"],
        60, 300, 480, 16)
c.setFillColor(TEAL)
c.roundRect(580, 110, 330, 300, 14, stroke=0, fill=1)
line("Au 1er mars 2026", 600, 375, 18, "SansB", white)
y = 345
for t in ["54 € / h en présentiel", "38 € / h par téléphone", "À volume constant, coût 2026", "estimé à 81 600 €",
          "", "Fonds mutualisé du CLSM :", "40 h de droit de tirage", "par structure, 412 h", "consommées en 2025"]:
    if t:
        line(t, 600, y, 16, "Sans", white)
    y -= 26
end()

# 9 — PASS psy
start("PASS psy : deuxième année")
big_number(60, 300, "167", "nouveaux patients en 2025", "112 en 2024")
big_number(250, 300, "418", "consultations")
big_number(440, 300, "64 %", "sans couverture maladie au premier contact")
bullets(["Ouverte en janvier 2024 au CH de Sarrelmont (bâtiment C)",
         "Depuis septembre 2025 : permanence avancée à la maison de santé du Haut-Fourneau, le jeudi de 14 h à "
         "17 h",
         "29 patients adressés ensuite à Escale"], 60, 180, 840, 16)
end()

# 10 — médiateurs pairs
start("Pairs & Passerelles : les médiateurs pairs")
bullets(["Lancement en avril 2025, porté par Le Relais des Deux Rives avec le CLSM",
         "6 médiateurs pairs formés (70 heures de formation initiale)",
         "Langues : dari, pachto, tigrinya, arabe soudanais, géorgien, russe",
         "186 accompagnements d'avril à décembre 2025, dont 58 % pour des habitants des QPV",
         "Ils accompagnent, expliquent, rassurent : ils ne remplacent pas l'interprète"], 60, H - 150, 540, 16)
c.setFillColor(white)
c.roundRect(640, 120, 280, 240, 14, stroke=0, fill=1)
line("«", 660, 320, 40, "SansB", CORAL)
y = 300
for t in ["Quand Ahmad est venu", "avec moi à l'hôpital, j'ai", "compris que je n'étais pas", "fou. »"]:
    line(t, 665, y, 17, "SansI", INK)
    y -= 24
line("— un patient d'Escale", 665, y - 10, 13, "Sans", GREY)
end()

# 11 — formations
start("Formations au contexte transculturel")
big_number(60, 300, "124", "professionnels formés en 2025", "57 en 2024")
bullets(["7 sessions de deux jours « Accueillir et accompagner en contexte transculturel »",
         "Publics : travailleurs sociaux 61 % · soignants 22 % · bénévoles 9 % · agents d'accueil 8 %",
         "Formateurs : équipe d'Escale, Interlangues Grand Est, IRTS Argonne-Sarre",
         "Nouveau en 2026 : atelier d'une demi-journée « Travailler avec un interprète »"], 270, H - 150, 630, 16)
end()

# 12 — frise
start("Repères")
events = [("Sept. 2022", ["Ouverture de la", "consultation Escale"]),
          ("Janv. 2024", ["Ouverture de", "la PASS psy"]),
          ("Mars 2024", ["Création du groupe", "de travail"]),
          ("Sept. 2024", ["Guide d'orientation,", "version 1"]),
          ("Avril 2025", ["Lancement de", "Pairs & Passerelles"]),
          ("Mai 2025", ["Guide d'orientation,", "version 2"]),
          ("Sept. 2025", ["Permanence PASS psy", "au Haut-Fourneau"]),
          ("Mars 2026", ["Nouveaux tarifs", "d'interprétariat"])]
c.setStrokeColor(TEAL)
c.setLineWidth(3)
c.line(60, 270, 900, 270)
for i, (d, lab) in enumerate(events):
    x = 80 + i * 114
    c.setFillColor(CORAL if i == len(events) - 1 else TEAL)
    c.circle(x, 270, 9, stroke=0, fill=1)
    up = i % 2 == 0
    line(d, x, 300 if up else 230, 15, "SansB", TEAL, "center")
    yy = 330 + 16 * (len(lab) - 1) if up else 205
    for ln in lab:
        line(ln, x, yy, 12, "Sans", INK, "center")
        yy -= 16
end()

# 13 — ce qui coince
start("Ce qui coince encore")
bullets(["Pénurie d'interprètes en tigrinya, pachto et somali : jusqu'à 5 jours d'attente pour un présentiel",
         "HUDA : aucun temps de psychologue financé (contre 0,5 ETP au CADA)",
         "16 semaines d'attente en CMP : les relais après Escale restent difficiles",
         "Fin de prise en charge des personnes déboutées : ruptures de suivi",
         "Fatigue des équipes… et des interprètes"], 60, H - 150, 840, 18)
end()

# 14 — cap 2026
start("Cap 2026")
bullets(["Escale : délai de premier rendez-vous ramené à 4 semaines",
         "10 médiateurs pairs d'ici fin 2026",
         "150 professionnels formés au contexte transculturel",
         "Étendre la permanence avancée de la PASS psy au quartier Bellevue",
         "Ouvrir un groupe de parole pour femmes exilées au CADA (avril 2026)",
         "Obtenir le financement d'un temps de psychologue pour l'HUDA",
         "Budget demandé à l'ARS pour l'interprétariat en 2026 : 68 000 €"], 60, H - 150, 840, 17, gap=6)
end()

# 15 — merci
start(dark=True)
line("Merci !", 70, 380, 54, "SansB", white)
line("Des questions ?", 70, 330, 28, "Sans", SAND)
line("Coordination du CLSM : Amandine Wetzel", 70, 250, 16, "SansB", white)
line("clsm@sarrelmont.example · 03 99 00 12 35", 70, 226, 16, "Sans", white)
line("Guide, fiche d'orientation et diaporama :", 70, 180, 16, "SansB", white)
line("sante-mentale.sarrelmont.example/exil", 70, 156, 16, "Sans", white)
c.setFillColor(CORAL)
c.circle(800, 300, 120, stroke=0, fill=1)
end()

assert page[0] == N
c.save()
print("écrit :", OUT)
