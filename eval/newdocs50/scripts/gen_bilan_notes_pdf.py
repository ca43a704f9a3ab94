# -*- coding: utf-8 -*-
"""Génère le PDF « pages de notes » (export LibreOffice Impress, Fichier > Exporter au format PDF > Pages de notes)
du diaporama présenté à la séance plénière du CLSM de Vernançay le jeudi 5 février 2026 :
« Santé mentale des aînés à Vernançay — bilan 2025 et plan d'action 2026 ».

Mise en page : 12 pages A4 portrait ; en haut, la zone d'image de la diapositive (16:9, cadre gris, bandeau de
titre, puces, parfois un tableau ou de grands chiffres) ; en dessous, les notes de l'orateur en texte courant
(elles contiennent des faits absents des diapositives) ; numéro de page en bas. Métadonnées Creator « Impress »,
Producer « LibreOffice 24.8 ».

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-05_clsm-vernancay_bilan-2025-plan-2026-aines.pdf")

W, H = A4
SX, SW = 2.3 * 28.35, W - 4.6 * 28.35          # zone de la diapositive
SH = SW * 9 / 16
SY = H - 2.2 * 28.35 - SH
K = SW / 960.0                                   # échelle : diapositive de 960 x 540 points virtuels
BLUE = HexColor("#2a5d84")
GREY = HexColor("#8c8c8c")

SLIDES = [
    {"title": "Santé mentale des aînés à Vernançay",
     "sub": ["Bilan 2025 et plan d'action 2026", "Séance plénière du CLSM — jeudi 5 février 2026",
             "Sandrine Leroux, coordinatrice du CLSM — EMPSA du CH Les Tilleuls"],
     "notes": ["Accueil des participants et rappel de l'ordre du jour. La présentation de la partie EMPSA était "
               "prévue par le Dr Anne-Claire Fournier, excusée ce jour : elle est assurée par Yannick Pelletier, "
               "infirmier de l'équipe, qui répondra aux questions.",
               "Rappeler que le volet « aînés » du CLSM existe depuis 2021 et que le comité de pilotage s'est réuni "
               "trois fois en 2025 (11 mars, 17 juin, 14 octobre)."]},
    {"title": "Le contexte : une population âgée nombreuse et souvent seule",
     "big": [("10 240", "habitants de 60 ans et plus à Vernançay (32,2 %)"),
             ("4 110", "habitants de 75 ans et plus"),
             ("44 %", "des 75 ans et plus vivent seuls dans la ville")],
     "bullets": ["Aux Grands-Champs (QPV) : 1 120 habitants de 60 ans et plus, dont 395 de 75 ans et plus",
                 "Isolement résidentiel plus marqué dans le quartier prioritaire"],
     "notes": ["Les chiffres viennent du recensement de l'Insee (RP 2021), détaillés dans le tableau de bord envoyé le "
               "20 janvier. Attention : aux Grands-Champs, la part des 75 ans et plus vivant seuls atteint 52 %, "
               "contre 44 % pour la ville, 41 % pour le département et 38 % en France.",
               "Le taux de pauvreté des 60 ans et plus est de 24,1 % dans le quartier, plus du double de la moyenne "
               "de la ville. Vivre seul ne veut pas dire être isolé : c'est un indicateur d'isolement résidentiel, pas "
               "relationnel."]},
    {"title": "Plan canicule 2025 : un registre qui change d'échelle",
     "big": [("1 046", "inscrits au registre au 31 août 2025"), ("+ 33 %", "par rapport à 2024 (784)"),
             ("173", "inscrits aux Grands-Champs (96 en 2024)")],
     "bullets": ["Deux questions sur le moral ajoutées au questionnaire d'appel",
                 "Bénévoles Monalisa et gardiens vigilants associés aux appels et aux visites"],
     "notes": ["Pendant l'alerte orange du 30 juin au 4 juillet 2025 : 2 870 appels passés, 64 visites à domicile, "
               "11 situations de souffrance psychique transmises au CLIC et 4 orientées vers l'EMPSA par le médecin "
               "traitant. Aucun décès lié à la chaleur parmi les inscrits.",
               "Sur les 1 046 inscrits, 801 ont 75 ans et plus : c'est la tranche d'âge qui progresse le plus."]},
    {"title": "EMPSA : une activité en hausse, des délais en baisse",
     "big": [("268", "patients en file active en 2025 (212 en 2024)"), ("7 jours", "délai moyen avant la "
                                                                                    "première intervention")],
     "bullets": ["Interventions à domicile (47 %), en EHPAD (38 %), autres lieux (15 %)",
                 "341 demandes reçues en 2025 ; avis téléphonique au médecin sous 48 h"],
     "notes": ["Bonne nouvelle à annoncer : l'ARS finance un poste d'infirmier supplémentaire (1 ETP) à l'EMPSA à "
               "partir du 1er mars 2026, au titre des mesures nouvelles de psychiatrie, pour 58 000 € par an. Ce "
               "financement passe par le budget du CH Les Tilleuls et ne figure donc pas dans le tableau des "
               "financements du plan (diapositive 10).",
               "29 patients de la file active 2025 habitent les Grands-Champs."]},
    {"title": "Suicide des aînés : un département au-dessus des moyennes",
     "table": [("Taux de décès par suicide, 65 ans et plus", "pour 100 000"),
               ("Cher-et-Sauldre", "27,6"), ("Centre-Val de Loire", "24,9"), ("France métropolitaine", "21,4")],
     "bullets": ["Moyenne 2019-2021, taux standardisés"],
     "notes": ["Chez les hommes de 85 ans et plus du département, le taux atteint 78 décès pour 100 000 : c'est la "
               "population la plus exposée, souvent veuve et vivant seule.",
               "Aux urgences du CH de Vernançay, 58 passages pour geste suicidaire de personnes de 60 ans et plus en "
               "2025, contre 47 en 2024, dont 19 personnes de 75 ans et plus."]},
    {"title": "Former au repérage de la crise suicidaire",
     "big": [("146", "professionnels formés en 2025"), ("9 / 11", "EHPAD du territoire engagés")],
     "bullets": ["118 sentinelles (1 jour) et 28 évaluateurs (2 jours)", "62 professionnels formés en 2024",
                 "Formateurs habilités du programme régional"],
     "notes": ["Les deux EHPAD qui n'ont pas encore été formés sont la Résidence du Mail et Les Tamaris ; leurs "
               "sessions sont programmées au mois de mars 2026.",
               "Coût moyen d'une session sentinelle : 1 850 € (formateurs, salle, repas). Le module « intervention "
               "de crise » n'est pas proposé localement : il est réservé aux équipes de psychiatrie."]},
    {"title": "Les aides à domicile, premières à voir",
     "bullets": ["24 aides à domicile formées sentinelles en 2025 (ADVS et SAAD Les Bruyères)",
                 "Fiche de repérage de la fragilité SAAD → CLIC en service depuis septembre 2025",
                 "37 fiches reçues par le CLIC entre septembre et décembre"],
     "notes": ["1 180 bénéficiaires de l'APA vivent à domicile à Vernançay ; la plupart voient une aide à domicile "
               "plusieurs fois par semaine.",
               "Sur les 37 fiches, 9 ont conduit à une demande d'intervention de l'EMPSA par le médecin traitant."]},
    {"title": "Gardiens vigilants aux Grands-Champs",
     "big": [("12", "gardiens formés fin 2025"), ("53", "signalements en 2025 (31 en 2024)")],
     "bullets": ["21 situations transmises au CLIC", "9 orientations vers l'EMPSA par le médecin traitant",
                 "23 situations réglées par la référente sociale du bailleur et le CCAS"],
     "notes": ["Délai moyen entre la transmission au CLIC et le premier contact avec la personne : 4 jours.",
               "Deux nouveaux gardiens ont été formés en janvier 2026 : le dispositif compte donc désormais 14 "
               "gardiens vigilants."]},
    {"title": "Équipes citoyennes Monalisa",
     "big": [("5", "équipes citoyennes à Vernançay fin 2025"), ("64", "bénévoles"),
             ("148", "personnes âgées visitées régulièrement")],
     "bullets": ["Équipe des Grands-Champs portée par le centre social Jacques-Prévert",
                 "410 appels du plan canicule passés par des bénévoles"],
     "notes": ["Au 1er février 2026, on compte 6 équipes et 81 bénévoles, avec la nouvelle équipe de la résidence "
               "autonomie Les Cèdres. À l'échelle du département, 37 équipes citoyennes et 412 bénévoles.",
               "Une sensibilisation d'une demi-journée à la souffrance psychique est proposée aux bénévoles depuis "
               "novembre 2025."]},
    {"title": "Financements : de 2025 à 2026",
     "table": [("Financeur", "2025", "2026"), ("ARS Centre-Val de Loire", "55 000 €", "62 000 €"),
               ("Conférence des financeurs", "41 000 €", "48 500 €"), ("CARSAT Centre-Val de Loire", "19 200 €",
                                                                       "21 900 €"),
               ("Conseil départemental", "30 000 €", "36 000 €"), ("Ville (contrat de ville)", "13 000 €",
                                                                    "18 000 €"),
               ("Total", "158 200 €", "186 400 €")],
     "notes": ["Le montant CARSAT 2026 (21 900 €) est inscrit sous réserve : il dépend de la réponse à l'appel à "
               "projets « Bien vieillir et lien social », attendue fin mars 2026.",
               "La hausse de la conférence des financeurs finance deux nouvelles équipes Monalisa et la "
               "sensibilisation des bénévoles."]},
    {"title": "Plan d'action 2026",
     "bullets": ["Accueil commun CLIC-DAC (« guichet unique ») à partir du 1er avril 2026",
                 "120 professionnels de plus formés, dont aides à domicile et gardiens",
                 "Registre canicule : inscription en ligne dès mai 2026",
                 "8 équipes citoyennes Monalisa d'ici fin 2026",
                 "Groupe de parole pour les aidants d'une personne âgée dépressive"],
     "notes": ["Le guichet unique sera installé dans les locaux du CLIC, 4 place du Marché ; le numéro du DAC, "
               "03 99 00 52 52, reste valable pour les professionnels.",
               "Le groupe de parole pour aidants démarrera en septembre 2026 au centre social Jacques-Prévert, avec "
               "la psychologue de l'EMPSA."]},
    {"title": "Contacts",
     "bullets": ["CLSM : Sandrine Leroux — 03 99 00 27 14 — clsm@vernancay.example",
                 "CLIC du Pays de Vernançay : 03 99 00 41 20",
                 "DAC Cher-et-Sauldre (professionnels) : 03 99 00 52 52",
                 "EMPSA, CH Les Tilleuls : 03 99 00 66 80 (médecins)",
                 "CCAS — registre canicule : 03 99 00 41 00"],
     "notes": ["Prochaine séance plénière du CLSM : jeudi 11 juin 2026, salle du conseil de l'hôtel de ville.",
               "Le diaporama et ses notes seront déposés sur l'espace partenaires du site du CLSM."]},
]


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def sx(x):
    return SX + x * K


def sy(y):  # y mesuré depuis le haut de la diapositive
    return SY + SH - y * K


def draw_slide(c, i, s):
    c.setStrokeColor(GREY)
    c.setFillColor(white)
    c.rect(SX, SY, SW, SH, stroke=1, fill=1)
    c.setFillColor(BLUE)
    c.rect(SX, sy(92), SW, 92 * K, stroke=0, fill=1)
    c.setFillColor(white)
    fs = 30 * K
    while stringWidth(s["title"], "Helvetica-Bold", fs) > 880 * K:
        fs -= 0.5
    c.setFont("Helvetica-Bold", fs)
    c.drawString(sx(40), sy(58), s["title"])
    c.setFillColor(HexColor("#222222"))
    y = 140
    if "sub" in s:
        c.setFont("Helvetica", 26 * K)
        for ln in s["sub"]:
            c.drawString(sx(60), sy(y + 60), ln)
            y += 60
    if "big" in s:
        n = len(s["big"])
        bw = (880 - 20 * (n - 1)) / n
        for j, (num, lab) in enumerate(s["big"]):
            x0 = 40 + j * (bw + 20)
            c.setFillColor(HexColor("#e8f0f7"))
            c.rect(sx(x0), sy(y + 150), bw * K, 150 * K, stroke=0, fill=1)
            c.setFillColor(BLUE)
            c.setFont("Helvetica-Bold", 46 * K)
            c.drawCentredString(sx(x0 + bw / 2), sy(y + 65), num)
            c.setFillColor(HexColor("#222222"))
            c.setFont("Helvetica", 17 * K)
            for k, ln in enumerate(wrap(lab, "Helvetica", 17 * K, (bw - 20) * K)):
                c.drawCentredString(sx(x0 + bw / 2), sy(y + 100 + 22 * k), ln)
        y += 180
    if "table" in s:
        rows = s["table"]
        ncol = len(rows[0])
        colw = [460] + [(880 - 460) / (ncol - 1)] * (ncol - 1)
        for r, row in enumerate(rows):
            yy = y + 40 * r
            if r == 0:
                c.setFillColor(HexColor("#e8f0f7"))
                c.rect(sx(40), sy(yy + 32), 880 * K, 36 * K, stroke=0, fill=1)
            c.setFillColor(HexColor("#222222"))
            c.setFont("Helvetica-Bold" if r in (0, len(rows) - 1) and ncol > 2 or r == 0 else "Helvetica", 19 * K)
            x = 50
            for j, cellv in enumerate(row):
                if j == 0:
                    c.drawString(sx(x), sy(yy + 22), cellv)
                else:
                    c.drawRightString(sx(x + colw[j] - 20), sy(yy + 22), cellv)
                x += colw[j]
            c.setStrokeColor(HexColor("#c8c8c8"))
            c.line(sx(40), sy(yy + 34), sx(920), sy(yy + 34))
        y += 40 * len(rows) + 20
    if "bullets" in s:
        c.setFont("Helvetica", 20 * K)
        for b in s["bullets"]:
            for k, ln in enumerate(wrap(b, "Helvetica", 20 * K, 830 * K)):
                if k == 0:
                    c.circle(sx(56), sy(y + 20), 4 * K, stroke=0, fill=1)
                c.drawString(sx(76), sy(y + 26), ln)
                y += 28
            y += 8
    c.setFont("Helvetica", 12 * K)
    c.setFillColor(GREY)
    c.drawString(sx(40), sy(525), "CLSM de Vernançay — plénière du 5 février 2026")
    c.drawRightString(sx(920), sy(525), str(i))


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setDateFormatter(lambda *a: "D:20260205113012+01'00'")
    c.setTitle("Santé mentale des aînés à Vernançay — bilan 2025 et plan d'action 2026")
    c.setAuthor("Sandrine Leroux")
    c.setCreator("Impress")
    c.setProducer("LibreOffice 24.8")
    for i, s in enumerate(SLIDES, 1):
        draw_slide(c, i, s)
        c.setFillColor(HexColor("#000000"))
        c.setFont("Helvetica", 11)
        y = SY - 1.2 * 28.35
        for para in s["notes"]:
            for ln in wrap(para, "Helvetica", 11, SW):
                c.drawString(SX, y, ln)
                y -= 15
            y -= 8
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 1.2 * 28.35, str(i))
        c.showPage()
    c.save()
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
