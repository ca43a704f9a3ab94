# -*- coding: utf-8 -*-
"""Diaporama (PDF 16:9, export PowerPoint simulé) du webinaire CRTSM du 18 novembre 2025."""
import os
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from reportlab.lib.colors import HexColor, white

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "2025-11-18_crtsm_diaporama-sante-mentale-personnes-agees-isolees.pdf")
W, H = 960, 540
TEAL = HexColor("#1f6f78")
ORANGE = HexColor("#e07a3f")
GREY = HexColor("#555555")
LIGHT = HexColor("#eef5f6")
FOOT = "CRTSM · Les Mardis des CLSM n° 7 · 18 novembre 2025"


def frame(c, n, title):
    c.setFillColor(TEAL)
    c.rect(0, H - 78, W, 78, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DVB", 26)
    c.drawString(40, H - 52, title)
    c.setFillColor(ORANGE)
    c.rect(0, 0, W, 6, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont("DV", 9)
    c.drawString(40, 16, FOOT)
    c.setFont("DVB", 11)
    c.drawRightString(W - 30, 16, str(n))


def bullets(c, items, x=50, y=H - 120, width=860, size=17, gap=10):
    for it in items:
        level = 0
        if it.startswith("- "):
            level, it = 1, it[2:]
        fs = size - 2 * level
        xx = x + 28 * level
        c.setFont("DV", fs)
        c.setFillColor(ORANGE if level == 0 else GREY)
        c.drawString(xx, y, "•" if level == 0 else "–")
        c.setFillColor(HexColor("#222222"))
        lines = simpleSplit(it, "DV", fs, width - 28 * level - 22)
        for ln in lines:
            c.drawString(xx + 20, y, ln)
            y -= fs + 6
        y -= gap
    return y


def table(c, rows, x, y, colw, rowh=30, size=13, header_fill=TEAL):
    for i, row in enumerate(rows):
        cx = x
        if i == 0:
            c.setFillColor(header_fill)
            c.rect(x, y - rowh + 8, sum(colw), rowh, stroke=0, fill=1)
        elif i % 2 == 0:
            c.setFillColor(LIGHT)
            c.rect(x, y - rowh + 8, sum(colw), rowh, stroke=0, fill=1)
        for j, cell in enumerate(row):
            c.setFillColor(white if i == 0 else HexColor("#222222"))
            c.setFont("DVB" if i == 0 or j == 0 else "DV", size)
            c.drawString(cx + 8, y - rowh / 2 + 4, cell)
            cx += colw[j]
        y -= rowh
    c.setStrokeColor(TEAL)
    c.line(x, y + 8, x + sum(colw), y + 8)
    return y


def main():
    c = canvas.Canvas(OUT, pagesize=(W, H))
    c.setTitle("Santé mentale des personnes âgées isolées : quelle place pour les CLSM ?")
    c.setAuthor("Élodie Marchand - CRTSM")
    c.setCreator("Microsoft® PowerPoint® pour Microsoft 365")
    c.setSubject("Webinaire Les Mardis des CLSM n° 7")
    n = 0

    # 1. Titre
    n += 1
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, 170, W, 8, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DV", 16)
    c.drawString(60, 440, "Les Mardis des CLSM · Webinaire n° 7")
    c.setFont("DVB", 32)
    c.drawString(60, 370, "Santé mentale des personnes âgées isolées :")
    c.drawString(60, 325, "quelle place pour les CLSM ?")
    c.setFont("DV", 18)
    c.drawString(60, 250, "Mardi 18 novembre 2025 · 14 h 00 – 14 h 45 · en visioconférence")
    c.setFont("DV", 14)
    c.drawString(60, 120, "Centre de ressources Territoires et Santé mentale (CRTSM)")
    c.drawString(60, 98, "www.crtsm.example")
    c.setFont("DVB", 11)
    c.drawRightString(W - 30, 16, str(n))
    c.showPage()

    # 2. Programme
    n += 1
    frame(c, n, "Programme")
    rows = [["Horaire", "Séquence", "Intervenant·e"],
            ["14 h 00", "Introduction et chiffres clés du réseau", "Élodie Marchand, CRTSM"],
            ["14 h 08", "Repérer et aller vers : l'EMPPA de Saint-Gilvert", "Dr Henri Lacombe"],
            ["14 h 18", "La cellule VISA du CLSM de Val-d'Orbelle", "Nadia Ferhat"],
            ["14 h 26", "Allô Voisins : l'expérience du CCAS de Ternay-sur-Drôme", "Bruno Kessler"],
            ["14 h 32", "Vos questions (chat)", "Tous"],
            ["14 h 42", "Conclusion et prochain rendez-vous", "Élodie Marchand"]]
    table(c, rows, 50, H - 110, [110, 480, 280], rowh=40, size=14)
    c.showPage()

    # 3. Intervenants
    n += 1
    frame(c, n, "Les intervenant·es")
    bullets(c, [
        "Élodie Marchand — chargée de mission, Centre de ressources Territoires et Santé mentale (animation)",
        "Dr Henri Lacombe — psychiatre, responsable de l'EMPPA du centre hospitalier de Saint-Gilvert",
        "Nadia Ferhat — coordinatrice du CLSM de Val-d'Orbelle depuis 2018",
        "Bruno Kessler — responsable du pôle seniors, CCAS de Ternay-sur-Drôme",
    ], size=18, gap=18)
    c.showPage()

    # 4. Chiffres clés
    n += 1
    frame(c, n, "Chiffres clés")
    figs = [("≈ 4 sur 10", "personnes de 75 ans et plus", "vivent seules à domicile"),
            ("32", "CLSM répondants au", "questionnaire flash (sur 47)"),
            ("9", "CLSM disposent d'un groupe", "de travail dédié aux aînés"),
            ("24", "cellules de situations complexes", "reçoivent des plus de 75 ans")]
    x = 40
    for big, l1, l2 in figs:
        c.setFillColor(LIGHT)
        c.roundRect(x, 170, 210, 250, 12, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.setFont("DVB", 34 if len(big) < 4 else 28)
        c.drawCentredString(x + 105, 340, big)
        c.setFillColor(HexColor("#222222"))
        c.setFont("DV", 12)
        c.drawCentredString(x + 105, 270, l1)
        c.drawCentredString(x + 105, 250, l2)
        x += 225
    c.setFont("DVI", 10)
    c.setFillColor(GREY)
    c.drawString(40, 120, "Sources : questionnaire flash CRTSM, septembre 2025 ; estimation d'après le recensement de la population.")
    c.showPage()

    # 5. Questionnaire flash
    n += 1
    frame(c, n, "Questionnaire flash CRTSM (septembre 2025)")
    rows = [["Réponse des CLSM", "Nombre", "Part des répondants"],
            ["Isolement des aînés cité comme préoccupation", "29", "91 %"],
            ["Action ponctuelle (SISM, forum, conférence)", "14", "44 %"],
            ["Groupe de travail dédié", "9", "28 %"],
            ["Cellule examinant des situations de plus de 75 ans", "24", "75 %"],
            ["Partenariat formalisé avec un CCAS", "17", "53 %"],
            ["Convention avec une équipe mobile du sujet âgé", "6", "19 %"]]
    y = table(c, rows, 50, H - 110, [520, 130, 220], rowh=40, size=14)
    c.setFont("DVI", 11)
    c.setFillColor(GREY)
    c.drawString(50, y - 10, "32 CLSM répondants sur 47 sollicités (taux de réponse : 68 %).")
    c.showPage()

    # 6. Isolement
    n += 1
    frame(c, n, "L'isolement n'est pas une maladie… mais un signal")
    bullets(c, [
        "Vivre seul n'est pas un trouble : l'isolement devient un facteur de risque, ou un symptôme",
        "La dépression du sujet âgé est souvent atypique :",
        "- fatigue, plaintes douloureuses, troubles de la mémoire, désintérêt pour le logement",
        "- risque de banalisation : « c'est l'âge »",
        "File active de l'EMPPA : 6 patients sur 10 vivent seuls",
        "Risque suicidaire le plus élevé chez les hommes de plus de 85 ans, souvent veufs",
        "Penser aussi aux troubles sensoriels (audition, vue) : facteurs d'isolement",
    ])
    c.showPage()

    # 7. EMPPA
    n += 1
    frame(c, n, "L'EMPPA du centre hospitalier de Saint-Gilvert")
    bullets(c, [
        "Créée en 2017 · territoire de 43 communes, urbain et rural",
        "Équipe : 2 infirmières, 1 psychologue, 1 psychiatre (0,5 ETP), 1 assistante sociale",
        "Interventions à domicile, en résidence autonomie, dans les 11 EHPAD du territoire",
        "Saisine : médecins traitants, services d'aide à domicile, CCAS, cellules des CLSM",
        "Première visite en binôme, évaluation globale (humeur, mémoire, autonomie, entourage, logement)",
        "Ligne dédiée aux médecins traitants : du lundi au vendredi, 9 h – 17 h",
    ])
    c.showPage()

    # 8. EMPPA activité
    n += 1
    frame(c, n, "EMPPA : activité 2022 – 2024")
    rows = [["Indicateur", "2022", "2023", "2024"],
            ["Patients suivis (file active)", "318", "367", "412"],
            ["Nouvelles demandes", "201", "236", "259"],
            ["Délai moyen demande → 1re visite", "14 jours", "11 jours", "9 jours"],
            ["Demandes adressées par un CLSM ou un CCAS", "12 %", "17 %", "23 %"],
            ["Interventions en EHPAD", "64", "71", "88"]]
    y = table(c, rows, 50, H - 120, [440, 140, 140, 140], rowh=44, size=15)
    c.setFont("DVI", 11)
    c.setFillColor(GREY)
    c.drawString(50, y - 10, "Source : rapports d'activité de l'EMPPA, centre hospitalier de Saint-Gilvert.")
    c.showPage()

    # 9. Signaux
    n += 1
    frame(c, n, "Repérer : les signaux d'alerte")
    bullets(c, [
        "Volets fermés en journée, courrier qui s'accumule",
        "Arrêt des sorties habituelles (marché, culte, club)",
        "Perte d'appétit, amaigrissement visible",
        "Changement d'apparence, négligence de l'hygiène",
        "Propos à ne jamais banaliser : « je suis un poids », « à quoi bon »",
        "Message aux partenaires : pas de diagnostic à poser, mais ne pas rester seul avec son inquiétude",
    ], size=18, gap=14)
    c.showPage()

    # 10. Gradation
    n += 1
    frame(c, n, "Une réponse graduée")
    levels = [("Niveau 1", "Lien social", "appels, visites de convivialité, activités collectives"),
              ("Niveau 2", "Évaluation médico-sociale", "CCAS, SSIAD, médecin traitant"),
              ("Niveau 3", "Évaluation psychiatrique", "équipe mobile (EMPPA), CMP")]
    y = 400
    for lv, t1, t2 in levels:
        c.setFillColor(TEAL)
        c.roundRect(60, y - 20, 150, 60, 8, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("DVB", 16)
        c.drawCentredString(135, y + 4, lv)
        c.setFillColor(HexColor("#222222"))
        c.setFont("DVB", 17)
        c.drawString(240, y + 12, t1)
        c.setFont("DV", 14)
        c.drawString(240, y - 10, t2)
        y -= 95
    c.setFont("DVI", 14)
    c.setFillColor(ORANGE)
    c.drawString(60, 90, "Le CLSM : l'espace où les trois niveaux se parlent.")
    c.showPage()

    # 11. VISA
    n += 1
    frame(c, n, "CLSM de Val-d'Orbelle : la cellule VISA")
    bullets(c, [
        "CLSM créé en 2018 · 4 communes · environ 52 000 habitants · 2 quartiers prioritaires",
        "VISA depuis mars 2022 : une veille en amont de la cellule de situations complexes",
        "Réunion tous les 15 jours, le jeudi matin (1 h 30)",
        "Membres : CMP, CCAS de la ville centre, SSIAD, service autonomie du Département,",
        "- 2 bailleurs sociaux, plateforme d'accompagnement et de répit des aidants",
        "- le DAC participe une fois par mois (convention signée en 2024)",
        "Charte de fonctionnement signée par chaque membre",
    ])
    c.showPage()

    # 12. Étapes
    n += 1
    frame(c, n, "VISA en 4 étapes")
    steps = [("1", "Repérage", "par une sentinelle formée"),
             ("2", "Signalement", "fiche d'une page, papier ou en ligne"),
             ("3", "Analyse en cellule", "qui va vers la personne ? (souvent CCAS ou SSIAD)"),
             ("4", "Orientation et suivi", "point systématique à 3 mois")]
    x = 40
    for num, t1, t2 in steps:
        c.setFillColor(ORANGE)
        c.circle(x + 105, 360, 38, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("DVB", 30)
        c.drawCentredString(x + 105, 349, num)
        c.setFillColor(HexColor("#222222"))
        c.setFont("DVB", 16)
        c.drawCentredString(x + 105, 285, t1)
        c.setFont("DV", 12)
        for k, ln in enumerate(simpleSplit(t2, "DV", 12, 190)):
            c.drawCentredString(x + 105, 260 - 16 * k, ln)
        x += 225
    c.showPage()

    # 13. Sentinelles
    n += 1
    frame(c, n, "Les sentinelles et l'activité de VISA")
    bullets(c, [
        "140 sentinelles formées : gardiens d'immeuble, facteurs, pharmaciens,",
        "- commerçants de proximité, aides à domicile, bénévoles associatifs, responsable de résidence sociale",
        "Formation d'une demi-journée (3 h 30), coanimée par une infirmière du CMP et la coordinatrice",
        "Situations examinées par la cellule :",
        "- 2022 (mars à décembre) : 21 situations",
        "- 2023 : 57 situations",
        "- 2024 : 68 situations",
        "Environ 1 situation sur 2 résolue sans soins psychiatriques (aide à domicile, activité collective)",
    ])
    c.showPage()

    # 14. Allô Voisins
    n += 1
    frame(c, n, "CCAS de Ternay-sur-Drôme : Allô Voisins")
    bullets(c, [
        "Lancé en avril 2020 (premier confinement), pérennisé avec des bénévoles",
        "96 bénévoles formés (2 jours d'écoute téléphonique) · 310 personnes appelées régulièrement",
        "Plus de 11 000 appels en 2024 · appui de 2 travailleurs sociaux du CCAS",
        "Registre des personnes vulnérables (plan canicule) : 2 310 inscrits en 2025, utilisé toute l'année",
        "Mercredis du lien : visites à domicile par 6 jeunes en service civique",
        "CLSM de Ternay-sur-Drôme en préfiguration : installation prévue au printemps 2026",
    ])
    c.showPage()

    # 15. Financements
    n += 1
    frame(c, n, "Financements mobilisables")
    rows = [["Source", "Financeur", "Exemple"],
            ["CFPPA (appel à projets)", "Département", "VISA : 18 000 € sur 2 ans"],
            ["Actions collectives de prévention", "Caisses de retraite", "ateliers, lien social"],
            ["Contrat de ville", "État et collectivités", "formation des gardiens en QPV"],
            ["Fonds d'intervention régional (FIR)", "ARS", "poste de coordination du CLSM"],
            ["Fondations, mécénat", "Privés", "projets ponctuels"]]
    y = table(c, rows, 50, H - 110, [360, 220, 290], rowh=42, size=14)
    c.setFont("DVI", 11)
    c.setFillColor(GREY)
    c.drawString(50, y - 10, "CFPPA : conférence des financeurs de la prévention de la perte d'autonomie des personnes âgées.")
    c.showPage()

    # 16. Ethique
    n += 1
    frame(c, n, "Points de vigilance éthiques")
    bullets(c, [
        "Rechercher systématiquement l'accord de la personne",
        "Première visite par un professionnel connu de la personne",
        "Partager uniquement les informations strictement nécessaires",
        "Présentation anonymisée tant qu'aucune action n'est décidée",
        "Aucun fichier nominatif tenu par la cellule",
        "S'appuyer sur le référent éthique de l'établissement de santé",
    ], size=18, gap=14)
    c.showPage()

    # 17. Pour aller plus loin
    n += 1
    frame(c, n, "Pour aller plus loin")
    bullets(c, [
        "Replay et diaporama : https://www.crtsm.example/webinaires/mardis-clsm-7",
        "Fiche pratique « Monter une cellule de veille isolement » : https://www.crtsm.example/fiches/veille-isolement",
        "Kit sentinelles du CLSM de Val-d'Orbelle : https://www.clsm-valdorbelle.example/visa/kit-sentinelles",
        "Allô Voisins, CCAS de Ternay-sur-Drôme : https://www.ccas-ternay.example/allo-voisins",
        "Questionnaire flash 2025, résultats complets : https://www.crtsm.example/enquetes/flash-2025",
    ], size=16, gap=14)
    c.showPage()

    # 18. Merci
    n += 1
    frame(c, n, "Merci de votre participation !")
    bullets(c, [
        "Questionnaire de satisfaction : il s'ouvre à la fermeture de la fenêtre",
        "Prochain webinaire : mardi 16 décembre 2025, 14 h",
        "- « Santé mentale des aidants : repérer l'épuisement »",
        "Contact : webinaires@crtsm.example",
    ], size=18, gap=16)
    c.showPage()
    c.save()
    print("slides:", n)


if __name__ == "__main__":
    main()
