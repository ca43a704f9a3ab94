# -*- coding: utf-8 -*-
"""Génère le diaporama PDF 16:9 (reportlab) de l'atelier « santé mentale des aînés » des Rencontres territoriales
du contrat local de santé de Castelrive Agglomération (20 novembre 2025). Document fictif."""
import os

from reportlab.lib.colors import HexColor, white
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-11-20_cls-castelrive-agglo_atelier-sante-mentale-aines-diaporama.pdf")

pdfmetrics.registerFont(TTFont("Lib", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibI", "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"))

W, H = 960, 540
TEAL = HexColor("#1f6f78")
ORANGE = HexColor("#e08a2c")
GREY = HexColor("#555555")
LIGHT = HexColor("#eef5f5")
FOOT = "CLS de Castelrive Agglomération · Rencontres territoriales · Atelier 2 · 20 novembre 2025"

c = canvas.Canvas(OUT, pagesize=(W, H))
c.setTitle("Santé mentale des aînés et soutien aux aidants : où en est l'axe 3 du CLS ?")
c.setAuthor("CLSM de Castelrive ; EMPG du CH Les Tilleuls ; Le Relais des Aidants")
c.setSubject("Rencontres territoriales du contrat local de santé de Castelrive Agglomération, atelier 2")

state = {"n": 0}


def frame(title, kicker=None):
    state["n"] += 1
    c.setFillColor(TEAL)
    c.rect(0, H - 78, W, 78, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, H - 82, W, 4, stroke=0, fill=1)
    c.setFillColor(white)
    if kicker:
        c.setFont("Lib", 13)
        c.drawString(40, H - 28, kicker)
        c.setFont("LibB", 26)
        c.drawString(40, H - 60, title)
    else:
        c.setFont("LibB", 28)
        c.drawString(40, H - 52, title)
    # pied de page
    c.setFillColor(GREY)
    c.setFont("Lib", 9)
    c.drawString(40, 18, FOOT)
    c.setFont("LibB", 10)
    c.drawRightString(W - 40, 18, "Diapositive %d" % state["n"])
    c.setStrokeColor(HexColor("#cccccc"))
    c.line(40, 32, W - 40, 32)


def bullets(items, x=50, y=H - 120, width=860, size=17, gap=8):
    for it in items:
        level = 0
        if isinstance(it, tuple):
            level, it = it
        fs = size - 2 * level
        indent = x + 28 * level
        c.setFillColor(ORANGE if level == 0 else TEAL)
        c.setFont("LibB", fs)
        c.drawString(indent, y, "•" if level == 0 else "–")
        c.setFillColor(HexColor("#222222"))
        c.setFont("Lib", fs)
        lines = simpleSplit(it, "Lib", fs, width - 28 * level - 20)
        for ln in lines:
            c.drawString(indent + 18, y, ln)
            y -= fs + 4
        y -= gap
    if y < 60:
        print('ATTENTION débordement diapositive', state['n'], y)
    return y


def end():
    c.showPage()


# 1 — titre
state["n"] += 1
c.setFillColor(TEAL)
c.rect(0, 0, W, H, stroke=0, fill=1)
c.setFillColor(ORANGE)
c.rect(0, 190, W, 6, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("Lib", 16)
c.drawString(60, 460, "Rencontres territoriales du contrat local de santé de Castelrive Agglomération")
c.setFont("LibB", 34)
c.drawString(60, 390, "Santé mentale des aînés et soutien aux aidants :")
c.drawString(60, 348, "où en est l'axe 3 du CLS ?")
c.setFont("Lib", 17)
c.drawString(60, 290, "Atelier 2 · jeudi 20 novembre 2025 · 14 h 00 – 15 h 30 · Espace Orvanne-Congrès, salle Vauban")
c.setFont("Lib", 14)
c.drawString(60, 150, "Mathilde Ferrandou, coordinatrice du conseil local de santé mentale (CLSM) de Castelrive")
c.drawString(60, 128, "Dr Étienne Carrasset, psychiatre, équipe mobile de psychogériatrie (EMPG), CH Les Tilleuls")
c.drawString(60, 106, "Sophie Marchetti, psychologue, coordinatrice de la plateforme de répit Le Relais des Aidants")
c.setFont("LibB", 10)
c.drawRightString(W - 40, 18, "1")
end()

# 2 — déroulé
frame("Déroulé de l'atelier")
bullets([
    "14 h 00 – Accueil, tour de table et quiz d'ouverture (5 minutes, à main levée)",
    "14 h 10 – Le contexte : un territoire qui vieillit plus vite que la moyenne départementale",
    "14 h 20 – L'équipe mobile de psychogériatrie : activité 2024 et premiers éléments 2025",
    "14 h 35 – La plateforme de répit : ce que demandent les aidants",
    "14 h 45 – Retour d'expérience : l'épisode de canicule d'août 2025 et le registre du CCAS",
    "14 h 55 – Isolement : le réseau des Veilleurs de quartier",
    "15 h 05 – Échanges avec la salle : ce qui coince, ce qu'on propose pour 2026",
    "15 h 25 – Conclusion et contacts",
    (1, "Les supports seront mis en ligne sur cls-castelrive-agglo.example/rencontres-2025"),
])
end()

# 3 — contexte
frame("Un territoire qui vieillit", "Contexte")
bullets([
    "Castelrive : 41 300 habitants, dont 27 % ont 60 ans ou plus (Orvanne : 31 %)",
    "5 620 habitants de 75 ans ou plus, dont 46 % vivent seuls à domicile",
    "Quartier prioritaire des Hauts-de-Chaumes : la part des 60 ans ou plus est passée de 17 % en 2013 à 24 % en 2021",
    (1, "un vieillissement « sur place » des premiers locataires du parc social, souvent sans famille à proximité"),
    "Castelrive Agglomération : 14 communes, 68 900 habitants, 23 EHPAD dont 9 sur la ville-centre",
    "En Orvanne, les 75 ans ou plus représentent 9 % de la population mais 21 % des décès par suicide (moyenne 2019-2021)",
    (1, "la dépression du sujet âgé reste sous-repérée : plaintes somatiques, repli, « il ne se plaint jamais »"),
])
c.setFont("LibI", 10)
c.setFillColor(GREY)
c.drawString(50, 48, "Sources : Insee, recensement 2021 ; Inserm-CépiDc, exploitation Observatoire territorial de santé de l'Orvanne (OTSO).")
end()

# 4 — chiffres clés (grands nombres au-dessus des libellés)
frame("Chiffres clés 2024", "Axe 3 du CLS « Santé mentale et bien vieillir »")
cells = [
    ("412", "patients suivis par l'EMPG", "(file active)"),
    ("12 jours", "délai moyen entre saisine", "et première visite de l'EMPG"),
    ("21", "EHPAD conventionnés", "avec l'EMPG"),
    ("241", "aidants accompagnés par", "Le Relais des Aidants"),
    ("1 342", "personnes inscrites au", "registre canicule du CCAS"),
    ("38", "veilleurs de quartier", "bénévoles formés"),
]
for i, (big, l1, l2) in enumerate(cells):
    col, row = i % 3, i // 3
    x = 60 + col * 295
    y = 350 - row * 170
    c.setFillColor(LIGHT)
    c.roundRect(x, y - 70, 265, 145, 10, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.setFont("LibB", 44)
    c.drawCentredString(x + 132, y + 15, big)
    c.setFillColor(HexColor("#222222"))
    c.setFont("Lib", 15)
    c.drawCentredString(x + 132, y - 18, l1)
    c.drawCentredString(x + 132, y - 38, l2)
end()

# 5 — l'axe 3
frame("L'axe 3 du contrat local de santé 2023-2027")
bullets([
    "Contrat local de santé de Castelrive Agglomération signé le 3 mars 2023 : 5 axes, 22 fiches-actions",
    "Axe 3 « Santé mentale et bien vieillir », piloté par le CLSM de Castelrive et la direction de l'autonomie du Département",
    (1, "Fiche-action 3.1 – Repérer la souffrance psychique des aînés (sensibilisation des aides à domicile, des gardiens, des pharmaciens)"),
    (1, "Fiche-action 3.2 – Déployer l'équipe mobile de psychogériatrie à domicile et en EHPAD"),
    (1, "Fiche-action 3.3 – Soutenir les aidants et développer le répit"),
    (1, "Fiche-action 3.4 – Lutter contre l'isolement et préparer les épisodes de fortes chaleurs"),
    "Budget prévisionnel de l'axe 3 : 640 000 € sur la durée du contrat (hors financements de droit commun)",
    "Évaluation à mi-parcours confiée à l'OTSO : rendu prévu au premier trimestre 2026",
])
end()

# 6 — EMPG
frame("L'équipe mobile de psychogériatrie (EMPG)", "Fiche-action 3.2")
bullets([
    "Créée en septembre 2021, rattachée au pôle de psychiatrie de la personne âgée du CH Les Tilleuls",
    "4,7 ETP : psychiatre (0,6), gériatre (0,3), infirmiers (2,5), psychologue (0,5), assistante sociale (0,3), secrétariat (0,5)",
    "Public : personnes de 65 ans ou plus présentant des troubles psychiques ou psycho-comportementaux, à domicile, en résidence autonomie ou en EHPAD",
    "Missions : évaluation, avis thérapeutique, soutien des équipes et des proches, prévention des hospitalisations évitables",
    "Ce que l'EMPG ne fait pas : l'urgence psychiatrique (appeler le 15) ni le suivi au long cours, qui reste au médecin traitant et au CMP",
    "Secteur : Castelrive Agglomération et 11 communes du nord de l'Orvanne",
])
end()

# 7 — tableau en cellules séparées
frame("Où intervient l'EMPG ? Activité 2024", "Fiche-action 3.2")
cols = [70, 390, 560, 740]
heads = ["Lieu d'intervention", "Patients", "Interventions", "Part des interventions"]
rows = [
    ["EHPAD", "231", "612", "57,6 %"],
    ["Domicile", "163", "404", "38,0 %"],
    ["Résidences autonomie", "18", "46", "4,3 %"],
    ["Total", "412", "1 062", "100 %"],
]
y = H - 140
c.setFillColor(TEAL)
c.rect(60, y - 10, 840, 34, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("LibB", 16)
for x, t in zip(cols, heads):
    c.drawString(x, y, t)
for r_i, r in enumerate(rows):
    y -= 48
    if r_i % 2 == 0:
        c.setFillColor(LIGHT)
        c.rect(60, y - 12, 840, 40, stroke=0, fill=1)
    c.setFillColor(HexColor("#222222"))
    c.setFont("LibB" if r[0] == "Total" else "Lib", 16)
    for x, t in zip(cols, r):
        c.drawString(x, y, t)
c.setFont("LibI", 12)
c.setFillColor(GREY)
c.drawString(60, 120, "Une intervention = une visite, une réunion de synthèse en EHPAD ou une évaluation conjointe avec le médecin traitant.")
c.drawString(60, 100, "Source : rapport d'activité 2024 de l'EMPG, CH Les Tilleuls.")
end()

# 8 — comment saisir l'EMPG
frame("Comment saisir l'EMPG ?", "Mode d'emploi pour les professionnels")
bullets([
    "1. Le médecin traitant, ou le médecin coordonnateur de l'EHPAD, remplit la fiche de saisine (téléchargeable sur ch-les-tilleuls.example/empg)",
    "2. Il l'envoie par messagerie sécurisée à empg@ch-les-tilleuls.mssante.example ; le DAC Orvanne peut aussi relayer une demande",
    "3. L'infirmière coordinatrice rappelle le demandeur dans les 72 heures ouvrées pour préciser la situation",
    "4. Première visite à domicile ou en EHPAD, en binôme infirmier-psychiatre ou infirmier-psychologue",
    "5. Compte rendu écrit adressé au médecin traitant sous 8 jours, avec des propositions concrètes",
    "Une famille ou un voisin inquiet ne peut pas saisir directement l'EMPG : il passe par le médecin traitant, le CCAS ou la plateforme de répit",
])
end()

# 9 — plateforme de répit
frame("Le Relais des Aidants : la plateforme de répit", "Fiche-action 3.3")
bullets([
    "Plateforme d'accompagnement et de répit portée par l'EHPAD public Les Glycines, ouverte en 2016",
    "Pour qui ? Les proches aidants d'une personne âgée en perte d'autonomie ou atteinte d'une maladie neuro-évolutive",
    "L'offre :",
    (1, "café des aidants le deuxième mardi du mois, 14 h 30 – 16 h 30, café associatif La Fabrique"),
    (1, "halte-répit le jeudi de 14 h à 17 h (participation de 5 € par après-midi)"),
    (1, "formation des aidants : cycle de 5 séances de 2 h 30"),
    (1, "soutien psychologique individuel : jusqu'à 8 entretiens gratuits"),
    (1, "répit à domicile : un professionnel prend le relais pour quelques heures"),
    "241 aidants accompagnés en 2024 (198 en 2023) ; 2 760 heures de répit à domicile",
    "Ce que disent les aidants : « je ne savais pas que j'étais aidante », « je n'ose pas laisser maman »",
])
end()

# 10 — canicule
frame("Canicule d'août 2025 : retour d'expérience", "Fiche-action 3.4")
bullets([
    "Vigilance orange canicule du 11 au 18 août 2025, dont deux jours en vigilance rouge (13 et 14 août)",
    "Registre des personnes vulnérables du CCAS : 1 517 inscrits au 1er août 2025",
    "4 870 appels passés par l'équipe de veille du CCAS (contre 2 950 lors de l'épisode de juillet 2024)",
    "63 visites à domicile ; 11 personnes orientées vers l'EMPG ou le CMP pour une souffrance psychique repérée au téléphone",
    "27 personnes injoignables après trois appels : toutes retrouvées lors des visites",
    "Ce qu'on a appris :",
    (1, "la chaleur aggrave l'isolement : les personnes ne sortent plus, ne reçoivent plus de visites"),
    (1, "certains traitements psychotropes augmentent le risque lié à la chaleur : informer les aidants et les pharmacies"),
    (1, "les appelants ont besoin d'une trame d'appel qui comporte des questions sur le moral"),
])
end()

# 11 — veilleurs
frame("Les Veilleurs de quartier", "Fiche-action 3.4 · Isolement")
bullets([
    "Lancé en mars 2024 par le CCAS et le CLSM, d'abord dans le quartier des Hauts-de-Chaumes",
    "Des habitants bénévoles (commerçants, gardiens, voisins) formés pendant une demi-journée au repérage de l'isolement et de la souffrance psychique",
    "38 veilleurs et 96 personnes âgées suivies fin 2024 ; 74 veilleurs fin octobre 2025",
    "Un veilleur ne soigne pas et n'est pas un aidant : il garde le lien et alerte le CCAS en cas d'inquiétude",
    "Alerte : un numéro unique au CCAS, le 05 99 00 37 12, du lundi au vendredi de 9 h à 17 h",
    "Proposition pour 2026 : étendre le réseau au quartier Bellevue-Grand Pré",
])
end()

# 12 — ce qui coince
frame("Ce qui coince encore")
bullets([
    "Psychiatrie de la personne âgée : un poste de praticien vacant depuis octobre 2024 au CH Les Tilleuls",
    "Les aidants arrivent tard : en moyenne 4 ans après le début de l'aide, souvent au moment d'une crise",
    "Accueil de jour saturé : 37 personnes sur liste d'attente à Castelrive en octobre 2025",
    "Transport : pas de solution pour les aidés qui ne peuvent pas se rendre seuls à la halte-répit",
    "Les professionnels de l'aide à domicile se sentent démunis face aux idées suicidaires",
    "Le registre canicule repose sur l'inscription volontaire : les plus isolés ne s'inscrivent pas",
])
end()

# 13 — quiz
frame("Quiz : vrai ou faux ?", "Ouverture de l'atelier")
bullets([
    "Q1. La dépression est une conséquence normale du vieillissement.",
    "Q2. Les hommes de plus de 85 ans ont le taux de suicide le plus élevé de toutes les tranches d'âge.",
    "Q3. Un aidant qui s'occupe d'un proche atteint de la maladie d'Alzheimer a plus de risques de souffrir lui-même de dépression.",
    "Q4. Pour bénéficier de la plateforme de répit, la personne aidée doit percevoir l'APA.",
    "Q5. Pendant une canicule, il faut conseiller à une personne âgée de boire au moins un litre et demi d'eau par jour, même sans soif.",
], size=18, gap=14)
c.setFont("LibI", 13)
c.setFillColor(GREY)
c.drawString(50, 60, "Réponses à main levée – correction sur la diapositive suivante.")
end()

# 14 — réponses
frame("Quiz : les réponses")
bullets([
    "Q1. Faux : la dépression n'est pas une fatalité de l'âge ; elle se soigne à 80 ans comme à 40 ans.",
    "Q2. Vrai : c'est chez les hommes de 85 ans ou plus que le taux de suicide est le plus élevé en France.",
    "Q3. Vrai : près d'un aidant sur deux présente des signes d'épuisement ; le risque de dépression est nettement accru.",
    "Q4. Faux : la plateforme est ouverte à tous les aidants, sans condition de ressources ni d'APA.",
    "Q5. Vrai, sauf avis médical contraire (insuffisance cardiaque, restriction hydrique) : d'où l'intérêt d'en parler au médecin traitant.",
], size=17, gap=12)
end()

# 15 — pistes 2026
frame("Pistes pour 2026", "À débattre avec la salle")
bullets([
    "Ouvrir un second café des aidants dans un quartier prioritaire, au plus près des aidants qui ne viennent pas en centre-ville",
    "Ajouter des questions sur le moral et l'isolement à la trame d'appel canicule du CCAS",
    "Rédiger une charte de coopération entre les EHPAD et l'EMPG (délais, interlocuteurs, retour d'information)",
    "Publier un guide pratique pour les aidants, coécrit avec des aidants",
    "Former 150 aides à domicile supplémentaires au repérage de la souffrance psychique d'ici fin 2026",
    "Demander à l'ARS un renfort infirmier pour l'EMPG afin de tenir le délai de première visite",
])
end()

# 16 — contacts
frame("Contacts")
contacts = [
    ("CLSM de Castelrive", "Mathilde Ferrandou, coordinatrice", "clsm@castelrive.example · 05 99 00 37 40"),
    ("EMPG – CH Les Tilleuls", "Nadia Boukhelifa, infirmière coordinatrice", "05 99 00 52 18 · ch-les-tilleuls.example/empg"),
    ("Le Relais des Aidants", "Sophie Marchetti, psychologue coordinatrice", "05 99 00 41 20 · relais.aidants@glycines-castelrive.example"),
    ("CCAS de Castelrive – registre canicule", "Pôle seniors", "05 99 00 37 12 · ccas.castelrive.example"),
    ("DAC Orvanne", "Dispositif d'appui à la coordination", "05 99 00 60 00 · dac-orvanne.example"),
]
y = H - 130
for org, who, how in contacts:
    c.setFillColor(TEAL)
    c.setFont("LibB", 17)
    c.drawString(60, y, org)
    c.setFillColor(HexColor("#222222"))
    c.setFont("Lib", 14)
    c.drawString(60, y - 20, who)
    c.drawString(480, y - 20, how)
    y -= 64
c.setFont("LibI", 12)
c.setFillColor(GREY)
c.drawString(60, 50, "Merci de votre attention ! Supports : cls-castelrive-agglo.example/rencontres-2025")
end()

c.save()
print("écrit :", OUT)
