# -*- coding: utf-8 -*-
"""Génère le diaporama PDF 16:9 (18 diapositives) du webinaire de Quartiers Ressources Grand Est
« Santé mentale des jeunes dans les quartiers prioritaires : repérer, orienter, agir ensemble » (22 janvier 2026).

Tout est fictif : villes, personnes, structures, chiffres, adresses .example.
"""
import os

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-01-22_quartiers-ressources-grand-est_webinaire-sante-mentale-jeunes-qpv.pdf")
FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", FONTS + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Sans-It", FONTS + "DejaVuSans-Oblique.ttf"))

W, H = 960, 540
TEAL = HexColor("#0E6E73")
ORANGE = HexColor("#E3823B")
GREY = HexColor("#4A4A4A")
LIGHT = HexColor("#EAF4F4")
FOOT = "Quartiers Ressources Grand Est · Cycle « Santé mentale et politique de la ville » · Webinaire du 22 janvier 2026"

SLIDES = []


def slide(fn):
    SLIDES.append(fn)
    return fn


def wrap(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if c.stringWidth(trial, font, size) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def chrome(c, n, total, title, subtitle=None):
    c.setFillColor(TEAL)
    c.rect(0, H - 78, W, 78, fill=1, stroke=0)
    c.setFillColor(ORANGE)
    c.rect(0, H - 82, W, 4, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 26)
    c.drawString(40, H - 50, title)
    if subtitle:
        c.setFont("Sans-It", 13)
        c.drawString(40, H - 70, subtitle)
    c.setFillColor(GREY)
    c.setFont("Sans", 9)
    c.drawString(40, 18, FOOT)
    c.setFont("Sans-Bold", 11)
    c.drawRightString(W - 30, 18, "%d / %d" % (n, total))


def bullets(c, items, x=50, y=H - 120, size=17, width=860, gap=10):
    for it in items:
        level = 0
        if it.startswith("- "):
            level, it = 1, it[2:]
        font = "Sans"
        s = size - 2 * level
        bx = x + 30 * level
        c.setFillColor(ORANGE if level == 0 else TEAL)
        c.circle(bx + 5, y + s * 0.32, 4 if level == 0 else 3, fill=1, stroke=0)
        c.setFillColor(GREY)
        lines = wrap(c, it, font, s, width - 30 * level - 20)
        for ln in lines:
            c.setFont(font, s)
            c.drawString(bx + 18, y, ln)
            y -= s + 6
        y -= gap
    if y < 45:
        print("ATTENTION : texte trop bas sur la diapositive (y=%d)" % y)
    return y


@slide
def s1(c, n, total):
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(ORANGE)
    c.rect(0, 180, W, 6, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans", 15)
    c.drawString(60, 450, "Cycle « Santé mentale et politique de la ville » — séance 4")
    c.setFont("Sans-Bold", 34)
    c.drawString(60, 380, "Santé mentale des jeunes dans les")
    c.drawString(60, 336, "quartiers prioritaires")
    c.setFont("Sans", 24)
    c.drawString(60, 286, "Repérer, orienter, agir ensemble")
    c.setFont("Sans", 15)
    c.drawString(60, 215, "Webinaire — jeudi 22 janvier 2026, 14 h – 16 h")
    c.setFont("Sans", 12)
    c.drawString(60, 140, "Quartiers Ressources Grand Est, centre de ressources politique de la ville")
    c.drawString(60, 120, "avec la coordination régionale des conseils locaux de santé mentale (CLSM) du Grand Est")
    c.setFont("Sans-Bold", 11)
    c.drawRightString(W - 30, 18, "%d / %d" % (n, total))


@slide
def s2(c, n, total):
    chrome(c, n, total, "Programme")
    rows = [
        ("14 h 00", "Accueil et introduction", "Élodie Marchal, chargée de mission santé et cohésion sociale, Quartiers Ressources Grand Est"),
        ("14 h 10", "Ce que l'on sait de la santé mentale des jeunes", "Dr Claire Vautrin, pédopsychiatre, médecin coordinatrice de la Maison des adolescents du Pays de Sarreval"),
        ("14 h 35", "Aller vers les jeunes : la prévention spécialisée", "Yanis Belkacem, éducateur de prévention spécialisée, association Rues & Liens (Valdange)"),
        ("14 h 55", "Le Programme de réussite éducative, une porte d'entrée", "Aurélie Schmitt, coordinatrice du PRE de la ville de Valdange"),
        ("15 h 15", "Questions-réponses avec les participants", "Questions posées dans le chat"),
        ("15 h 50", "Conclusion et prochaines étapes du cycle", "Élodie Marchal"),
    ]
    y = H - 130
    for t, what, who in rows:
        c.setFillColor(ORANGE)
        c.setFont("Sans-Bold", 16)
        c.drawString(50, y, t)
        c.setFillColor(GREY)
        c.setFont("Sans-Bold", 16)
        c.drawString(150, y, what)
        c.setFont("Sans-It", 12)
        c.drawString(150, y - 19, who)
        y -= 58


@slide
def s3(c, n, total):
    chrome(c, n, total, "Pourquoi parler des jeunes ?", "Introduction — Élodie Marchal")
    bullets(c, [
        "La moitié des troubles psychiques apparaissent avant l'âge de 14 ans, les trois quarts avant 25 ans.",
        "Dans les quartiers prioritaires, les jeunes cumulent les facteurs de risque :",
        "- précarité économique et logements suroccupés ;",
        "- exposition aux violences et aux discriminations ;",
        "- décrochage scolaire plus fréquent.",
        "Un recours aux soins plus tardif, souvent par les urgences, et une forte stigmatisation des « psys ».",
        "Une demande récurrente des conseils citoyens et des professionnels de la jeunesse depuis la crise sanitaire.",
    ])


@slide
def s4(c, n, total):
    chrome(c, n, total, "Chiffres clés", "Pays de Sarreval — sources : INSEE, Maison des adolescents, enquête « Quartiers en tête » 2025")
    figs = [
        ("38 %", "des habitants des QPV du Pays de Sarreval", "ont moins de 25 ans"),
        ("1 246", "jeunes accueillis par la Maison", "des adolescents en 2025 (1 103 en 2024)"),
        ("27 %", "des jeunes accueillis à la MDA", "habitent un quartier prioritaire"),
        ("5 mois", "de délai moyen pour un premier", "rendez-vous au CMP infanto-juvénile"),
        ("412", "jeunes de 15 à 24 ans interrogés", "dans l'enquête « Quartiers en tête »"),
        ("96", "adultes de proximité formés", "aux PSSM Jeunes en 2025"),
    ]
    for i, (big, l1, l2) in enumerate(figs):
        col, row = i % 3, i // 3
        x = 40 + col * 300
        y = H - 140 - row * 190
        c.setFillColor(LIGHT)
        c.roundRect(x, y - 130, 280, 160, 12, fill=1, stroke=0)
        c.setFillColor(ORANGE)
        c.setFont("Sans-Bold", 44)
        c.drawCentredString(x + 140, y - 30, big)
        c.setFillColor(GREY)
        c.setFont("Sans", 14)
        c.drawCentredString(x + 140, y - 70, l1)
        c.drawCentredString(x + 140, y - 90, l2)


@slide
def s5(c, n, total):
    chrome(c, n, total, "L'enquête « Quartiers en tête » (2025)", "Dr Claire Vautrin")
    y = bullets(c, [
        "412 jeunes de 15 à 24 ans, 4 quartiers prioritaires de Sarreval et Valdange, questionnaire passé par des animateurs et des éducateurs (avril–juin 2025).",
        "41 % disent s'être sentis tristes ou déprimés plusieurs jours par semaine au cours du dernier mois (52 % des filles, 31 % des garçons).",
        "58 % ne savent pas vers qui se tourner en cas de mal-être.",
        "Un jeune sur trois dit n'en parler à personne.",
        "Premier interlocuteur cité : un ami (64 %), puis la famille (38 %), un professionnel (12 %).",
    ], size=16)
    c.setFont("Sans-It", 12)
    c.setFillColor(TEAL)
    c.drawString(50, 60, "Enquête non représentative : échantillon constitué dans les lieux fréquentés par les jeunes (structures, espace public).")


@slide
def s6(c, n, total):
    chrome(c, n, total, "Repérer : les signes qui doivent alerter", "Dr Claire Vautrin")
    bullets(c, [
        "Un changement brutal de comportement, qui dure plus de deux semaines.",
        "Le repli sur soi, l'isolement, l'abandon des activités et des amis.",
        "Le décrochage scolaire, l'absentéisme, la chute des résultats.",
        "Les troubles du sommeil ou de l'alimentation.",
        "L'augmentation des consommations (cannabis, alcool, écrans la nuit).",
        "Des propos sur la mort, des idées suicidaires : ne pas attendre, appeler le 3114 ou le 15.",
    ])
    c.setFillColor(ORANGE)
    c.setFont("Sans-Bold", 14)
    c.drawString(50, 60, "Un seul signe ne suffit pas : c'est l'intensité, la durée et le cumul qui comptent.")


@slide
def s7(c, n, total):
    chrome(c, n, total, "La Maison des adolescents du Pays de Sarreval", "Dr Claire Vautrin")
    bullets(c, [
        "Accueil gratuit, confidentiel, avec ou sans rendez-vous, des 11–25 ans et de leurs parents.",
        "Équipe pluridisciplinaire : accueillants, psychologues, éducatrice, infirmière, pédopsychiatre à temps partiel.",
        "Évaluation de la situation en un à trois entretiens, puis orientation si nécessaire.",
        "Depuis 2024 : une antenne mobile dans trois quartiers prioritaires (Haut-Chêne, Les Tilleuls, Val-Fleuri à Valdange).",
        "Ouverture : du lundi au vendredi de 13 h à 19 h, le samedi de 10 h à 13 h.",
        "Appui aux professionnels : analyse de situations, formation, permanences dans les collèges.",
    ], size=16)


@slide
def s8(c, n, total):
    chrome(c, n, total, "Qui fait quoi ? Repères pour orienter un jeune", "Ressources du Pays de Sarreval")
    head = ["Ressource", "Pour qui", "Comment y accéder", "Délai indicatif"]
    rows = [
        ["Maison des adolescents (MDA)", "11–25 ans et parents", "Sans rendez-vous ou par téléphone", "Accueil sous une semaine"],
        ["Point accueil écoute jeunes (PAEJ)", "12–25 ans", "Accès libre et anonyme", "Immédiat"],
        ["CMP infanto-juvénile", "0–16 ans", "Rendez-vous, souvent via le médecin", "5 mois en moyenne"],
        ["Médecin traitant, Mon soutien psy", "Dès 3 ans", "Adressage par le médecin", "2 à 4 semaines"],
        ["Consultation jeunes consommateurs", "12–25 ans", "Libre et gratuite", "Environ 2 semaines"],
        ["3114, numéro national", "Tous âges", "Téléphone, 24 h/24, 7 j/7", "Immédiat"],
    ]
    xs = [40, 330, 480, 740, 920]
    y = H - 110
    c.setFillColor(TEAL)
    c.rect(40, y - 34, 880, 34, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 14)
    for i, h in enumerate(head):
        c.drawString(xs[i] + 10, y - 23, h)
    y -= 34
    for r, row in enumerate(rows):
        c.setFillColor(LIGHT if r % 2 == 0 else white)
        c.rect(40, y - 52, 880, 52, fill=1, stroke=0)
        c.setFillColor(GREY)
        for i, cell in enumerate(row):
            lines = wrap(c, cell, "Sans", 13, xs[i + 1] - xs[i] - 18)
            yy = y - 22 if len(lines) == 1 else y - 16
            for ln in lines:
                c.setFont("Sans-Bold" if i == 0 else "Sans", 13)
                c.drawString(xs[i] + 10, yy, ln)
                yy -= 16
        y -= 52


@slide
def s9(c, n, total):
    chrome(c, n, total, "Aller vers : la prévention spécialisée", "Yanis Belkacem, Rues & Liens")
    bullets(c, [
        "Une équipe de 7 éducateurs sur les quartiers de Valdange, auprès des 11–21 ans.",
        "Trois principes : libre adhésion, respect de l'anonymat, absence de mandat nominatif.",
        "La présence sociale : plus de 1 400 heures de travail de rue en 2025, en soirée et le week-end.",
        "Des accroches informelles : tournois de foot, chantiers éducatifs, sorties, permanences en pied d'immeuble.",
        "Une présence en ligne avec deux « Promeneurs du Net » sur les réseaux sociaux.",
        "En 2025, 61 jeunes accompagnés vers un professionnel de santé mentale (MDA, PAEJ, CMP, médecin).",
    ], size=16)


@slide
def s10(c, n, total):
    chrome(c, n, total, "Un parcours type : « Sami, 16 ans »", "Situation reconstituée et anonymisée")
    steps = [
        "Repéré par un éducateur : décrochage, isolement, nuits sur les écrans",
        "Trois semaines d'échanges informels, au foot puis au local",
        "Accompagnement physique à l'antenne mobile de la MDA",
        "Évaluation par une psychologue en deux entretiens",
        "Orientation vers le CMP infanto-juvénile, suivi éducatif maintenu",
        "Six mois plus tard : reprise d'une formation en alternance",
    ]
    y = H - 130
    for i, st in enumerate(steps, 1):
        c.setFillColor(ORANGE)
        c.circle(70, y + 6, 16, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Sans-Bold", 16)
        c.drawCentredString(70, y, str(i))
        c.setFillColor(GREY)
        c.setFont("Sans", 17)
        c.drawString(105, y, st)
        y -= 58


@slide
def s11(c, n, total):
    chrome(c, n, total, "Le Programme de réussite éducative (PRE)", "Aurélie Schmitt, ville de Valdange")
    bullets(c, [
        "Un dispositif de la politique de la ville pour les enfants de 2 à 16 ans des quartiers prioritaires et leurs familles.",
        "Un parcours individualisé, construit avec les parents par une équipe pluridisciplinaire de soutien (EPS).",
        "À Valdange en 2025 : 186 enfants et adolescents suivis.",
        "Environ un parcours sur quatre comporte une dimension de souffrance psychique.",
        "Une psychologue à mi-temps recrutée en 2024 pour les premiers entretiens et le lien avec le soin.",
        "Une limite : le PRE s'arrête à 16 ans, le relais vers les dispositifs jeunesse reste fragile.",
    ], size=16)


@slide
def s12(c, n, total):
    chrome(c, n, total, "Écrans, réseaux sociaux et santé mentale")
    bullets(c, [
        "Les réseaux sociaux : lieu de lien, mais aussi de comparaison, de harcèlement et d'exposition à des contenus violents.",
        "Cyberharcèlement : numéro national 3018, gratuit et anonyme.",
        "Le sommeil, premier facteur de protection souvent oublié.",
        "Ne pas diaboliser : partir des usages des jeunes plutôt que des interdits.",
        "Outiller les parents : ateliers « écrans en famille » dans les centres sociaux.",
    ])


@slide
def s13(c, n, total):
    chrome(c, n, total, "Former les adultes de proximité")
    bullets(c, [
        "Premiers secours en santé mentale (PSSM) module Jeunes : 14 heures, pour les adultes en contact avec des 11–18 ans.",
        "Pays de Sarreval, 2025 : 96 professionnels formés (animateurs, éducateurs, CPE, agents des médiathèques, entraîneurs sportifs).",
        "En 2024, ils étaient 58.",
        "Un financement partagé : ARS, contrat de ville, CLSM.",
        "Après la formation : un temps d'échange trimestriel entre secouristes pour ne pas rester seul.",
    ])


@slide
def s14(c, n, total):
    chrome(c, n, total, "Les parents, des partenaires à part entière")
    bullets(c, [
        "Des parents souvent inquiets mais démunis, parfois eux-mêmes en souffrance.",
        "Café des parents mensuel au centre social Les Tilleuls, animé avec une psychologue de la MDA.",
        "Groupe de parole « Parents d'ados » : 8 séances, 11 familles en 2025.",
        "Traduire et expliquer : interprétariat, documents simples, rencontres hors institution.",
        "Ne pas oublier les fratries et les jeunes aidants.",
    ])


@slide
def s15(c, n, total):
    chrome(c, n, total, "Ce qui freine", "Synthèse des échanges préparatoires avec les intervenants")
    bullets(c, [
        "Les délais d'accès au CMP infanto-juvénile, qui découragent les familles.",
        "Le turn-over des professionnels de la jeunesse, qui fragilise les relais.",
        "La stigmatisation : « aller voir le psy, c'est être fou ».",
        "Un cloisonnement persistant entre l'école, le soin et l'éducatif.",
        "Le passage des 16–18 ans, entre pédopsychiatrie et psychiatrie adulte.",
    ])


@slide
def s16(c, n, total):
    chrome(c, n, total, "Leviers pour les conseils locaux de santé mentale")
    bullets(c, [
        "Créer un groupe de travail « jeunesse » associant l'Éducation nationale, la prévention spécialisée et la MDA.",
        "Cartographier les ressources et la diffuser aux professionnels de proximité.",
        "Organiser des temps d'interconnaissance réguliers entre acteurs de la jeunesse et du soin.",
        "Soutenir l'aller-vers : antennes mobiles, permanences dans les quartiers.",
        "Associer les jeunes eux-mêmes, par exemple avec des « jeunes ambassadeurs » santé mentale.",
        "Inscrire la santé mentale des jeunes dans le contrat de ville et le projet territorial de santé mentale.",
    ], size=16)


@slide
def s17(c, n, total):
    chrome(c, n, total, "Ressources utiles")
    bullets(c, [
        "3114 : numéro national de prévention du suicide, 24 h/24, 7 j/7.",
        "Fil Santé Jeunes : 0 800 235 236, anonyme et gratuit.",
        "Maison des adolescents du Pays de Sarreval : 03 87 00 41 25 · mda-sarreval.example",
        "Rues & Liens, prévention spécialisée : rues-et-liens.example",
        "Fiches et replays du cycle : quartiers-ressources-grandest.example/sante-mentale",
    ])


@slide
def s18(c, n, total):
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 40)
    c.drawString(60, 400, "Merci de votre participation !")
    c.setFont("Sans", 18)
    c.drawString(60, 330, "Prochaine séance du cycle : jeudi 19 mars 2026, 14 h – 16 h")
    c.drawString(60, 302, "« Isolement, vieillissement et santé mentale dans les quartiers »")
    c.setFont("Sans", 14)
    c.drawString(60, 220, "Contact : Élodie Marchal · e.marchal@quartiers-ressources-grandest.example")
    c.drawString(60, 198, "Le replay et ce diaporama sont disponibles sur quartiers-ressources-grandest.example")
    c.setFont("Sans-Bold", 11)
    c.drawRightString(W - 30, 18, "%d / %d" % (n, total))


def main():
    c = canvas.Canvas(OUT, pagesize=(W, H))
    c.setTitle("Santé mentale des jeunes dans les quartiers prioritaires : repérer, orienter, agir ensemble")
    c.setAuthor("Quartiers Ressources Grand Est")
    c.setSubject("Webinaire du 22 janvier 2026 — cycle Santé mentale et politique de la ville")
    total = len(SLIDES)
    for i, fn in enumerate(SLIDES, 1):
        fn(c, i, total)
        c.showPage()
    c.save()
    print(os.path.basename(OUT), total, "diapositives")


if __name__ == "__main__":
    main()
