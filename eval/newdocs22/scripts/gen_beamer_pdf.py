# -*- coding: utf-8 -*-
"""Support de formation composé en LaTeX avec la classe Beamer (thème Madrid), imitation reportlab.

Imitation : format 4:3 de Beamer (128 × 96 mm), page de titre avec bloc titre arrondi, auteurs, institut et date,
titre de cadre dans un bandeau coloré, pied de page Madrid en trois cases (auteurs (institut) | titre court |
date  n / N), symboles de navigation en bas à droite, blocs « block », « alertblock » et « exampleblock » à bandeau
de titre, listes à puces triangulaires, énumérations numérotées dans des pastilles, deux colonnes (\\begin{columns}),
tableau à filets, plan « Sommaire » ; métadonnées Creator « LaTeX with Beamer class », Producer « pdfTeX-1.40.25 ».
"""
import os

from reportlab.lib.colors import Color, white, black
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-26_crp-garonne-atlantique_formation-reperage-psychotrauma-enfants.pdf")
W, H = 128 * mm, 96 * mm
BLUE = Color(0.2, 0.2, 0.7)
DARK = Color(0.1, 0.1, 0.45)
LIGHT = Color(0.9, 0.9, 0.97)
RED = Color(0.75, 0.1, 0.1)
GREEN = Color(0.0, 0.5, 0.0)
SANS, SANSB = "Helvetica", "Helvetica-Bold"
FOOT_L = "N. Berthomé, Y. Rahmani (CRP-GA)"
FOOT_M = "Repères Psychotrauma — module 2"
FOOT_R = "26/02/2026"

SLIDES = []


def slide(fn):
    SLIDES.append(fn)
    return fn


def frametitle(c, t):
    c.setFillColor(BLUE)
    c.rect(0, H - 11 * mm, W, 11 * mm, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont(SANSB, 11)
    c.drawString(4 * mm, H - 7.3 * mm, t)


def text(c, x, y, s, size=8, font=SANS, width=None, color=black, lead=None):
    c.setFillColor(color)
    c.setFont(font, size)
    lead = lead or size * 1.25
    lines = simpleSplit(s, font, size, width or (W - x - 5 * mm))
    for ln in lines:
        c.drawString(x, y, ln)
        y -= lead
    return y


def bullets(c, x, y, items, size=7.5, width=None):
    for it in items:
        c.setFillColor(BLUE)
        p = c.beginPath()
        p.moveTo(x, y + 0.5)
        p.lineTo(x, y + 3.7)
        p.lineTo(x + 2.6, y + 2.1)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        y = text(c, x + 5, y, it, size, width=(width or (W - x - 9 * mm))) - 2
    return y


def numbered(c, x, y, items, size=7.5):
    for i, it in enumerate(items, 1):
        c.setFillColor(BLUE)
        c.circle(x + 2.4, y + 2.4, 2.9, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(SANSB, 5.5)
        c.drawCentredString(x + 2.4, y + 0.6, str(i))
        y = text(c, x + 8, y, it, size) - 2.5
    return y


def block(c, x, y, w, title, body, kind="block", size=7.5):
    col = {"block": BLUE, "alertblock": RED, "exampleblock": GREEN}[kind]
    lines = simpleSplit(body, SANS, size, w - 6) if isinstance(body, str) else None
    h = (len(lines) * size * 1.25 + 5) if lines else 0
    c.setFillColor(col)
    c.roundRect(x, y - 9, w, 9, 2, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont(SANSB, 7.5)
    c.drawString(x + 3, y - 6.5, title)
    c.setFillColor(LIGHT)
    c.rect(x, y - 9 - h, w, h, stroke=0, fill=1)
    yy = y - 9 - size - 1
    c.setFillColor(black)
    c.setFont(SANS, size)
    for ln in lines or []:
        c.drawString(x + 3, yy, ln)
        yy -= size * 1.25
    return y - 9 - h - 5


def footline(c, n, total):
    w3 = W / 3
    for i, (col, s) in enumerate([(DARK, FOOT_L), (BLUE, FOOT_M), (Color(0.5, 0.5, 0.85), FOOT_R)]):
        c.setFillColor(col)
        c.rect(i * w3, 0, w3, 4 * mm, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(SANS, 4.8)
        if i < 2:
            c.drawCentredString(i * w3 + w3 / 2, 1.3 * mm, s)
        else:
            c.drawString(i * w3 + 6 * mm, 1.3 * mm, s)
            c.drawRightString(W - 3 * mm, 1.3 * mm, "%d / %d" % (n, total))
    # symboles de navigation (dessinés, sans texte)
    c.setStrokeColor(Color(0.7, 0.7, 0.85))
    c.setLineWidth(0.4)
    for k in range(6):
        x = W - 40 * mm + k * 6 * mm
        c.rect(x, 5.2 * mm, 3.5 * mm, 2 * mm, stroke=1, fill=0)


@slide
def s1(c):
    c.setFillColor(BLUE)
    c.roundRect(10 * mm, H - 44 * mm, W - 20 * mm, 24 * mm, 4, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont(SANSB, 10.5)
    c.drawCentredString(W / 2, H - 29 * mm, "Repérer le psychotraumatisme chez l'enfant")
    c.drawCentredString(W / 2, H - 34 * mm, "exposé aux violences conjugales")
    c.setFont(SANS, 7)
    c.drawCentredString(W / 2, H - 40 * mm, "Programme « Repères Psychotrauma » — module 2 : enfants et adolescents")
    c.setFillColor(black)
    c.setFont(SANS, 7.5)
    c.drawCentredString(W / 2, H - 52 * mm, "Dr Nadia Berthomé, pédopsychiatre — Yanis Rahmani, psychologue clinicien")
    c.setFont(SANS, 6.5)
    c.drawCentredString(W / 2, H - 58 * mm, "Antenne de Montbazac, Centre régional du psychotraumatisme Garonne-Atlantique")
    c.drawCentredString(W / 2, H - 66 * mm, "Montbazac, 26 février 2026 — session n° 3 de l'année, 22 participants")


@slide
def s2(c):
    frametitle(c, "Sommaire")
    numbered(c, 10 * mm, H - 22 * mm, ["Les enfants exposés : de quoi parle-t-on ?", "Repérer les signes selon l'âge",
                                         "Stress aigu ou TSPT ?", "Que faire quand un enfant se confie ?",
                                         "Orienter : les ressources du territoire"], size=8.5)


@slide
def s3(c):
    frametitle(c, "Les enfants exposés : des victimes à part entière")
    y = block(c, 6 * mm, H - 16 * mm, W - 12 * mm, "Définition",
              "Un enfant est exposé aux violences conjugales lorsqu'il vit dans un foyer où l'un des parents exerce des "
              "violences sur l'autre : il les voit, les entend, en constate les traces ou en subit les conséquences. Il "
              "n'est pas « témoin » : il est victime.")
    y = bullets(c, 8 * mm, y - 2, [
        "Parmi les 660 mineurs suivis par le CRP-GA en 2025, 71 % étaient exposés aux violences dans le couple parental.",
        "À l'antenne de Montbazac : 168 mineurs suivis en 2025, âge moyen 8,4 ans au premier rendez-vous.",
        "Les violences conjugales augmentent souvent pendant la grossesse et après une séparation.",
        "Conséquences comparables à celles d'une maltraitance directe : sommeil, développement, apprentissages."])


@slide
def s4(c):
    frametitle(c, "Repérer les signes selon l'âge")
    rows = [("0 – 3 ans", "troubles du sommeil et de l'alimentation, pleurs inconsolables, sursauts, retard de développement"),
            ("3 – 6 ans", "régressions (propreté, langage), peurs intenses, jeux répétitifs qui rejouent les violences"),
            ("6 – 12 ans", "chute des résultats scolaires, difficultés de concentration, maux de ventre, hypervigilance, "
                           "agressivité ou au contraire enfant « trop sage »"),
            ("12 – 18 ans", "conduites à risque, consommations, fugues, scarifications, idées suicidaires, violences dans "
                            "ses propres relations amoureuses")]
    y = H - 18 * mm
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.line(6 * mm, y + 4, W - 6 * mm, y + 4)
    text(c, 7 * mm, y - 2, "Âge", 7.5, SANSB)
    text(c, 30 * mm, y - 2, "Signes d'alerte les plus fréquents", 7.5, SANSB)
    y -= 6
    c.setLineWidth(0.3)
    c.line(6 * mm, y, W - 6 * mm, y)
    y -= 8
    for a, b in rows:
        text(c, 7 * mm, y, a, 7.2, SANSB)
        y = text(c, 30 * mm, y, b, 7.2, width=W - 36 * mm) - 3
    c.setLineWidth(0.6)
    c.line(6 * mm, y + 5, W - 6 * mm, y + 5)


@slide
def s5(c):
    frametitle(c, "Le trouble de stress post-traumatique (TSPT)")
    y = block(c, 6 * mm, H - 16 * mm, W - 12 * mm, "Définition",
              "Le TSPT est un trouble qui peut apparaître après un ou plusieurs événements où la personne a été confrontée "
              "à la mort, à une menace de mort, à une blessure grave ou à des violences sexuelles. Il associe quatre "
              "groupes de symptômes qui durent plus d'un mois :")
    bullets(c, 8 * mm, y - 2, ["reviviscences : cauchemars, souvenirs qui s'imposent, jeux répétitifs chez le petit ;",
                               "évitement des lieux, personnes ou conversations qui rappellent les violences ;",
                               "altérations négatives des pensées et de l'humeur : honte, culpabilité, repli ;",
                               "hyperactivation : sursauts, irritabilité, troubles du sommeil et de la concentration."])


@slide
def s6(c):
    frametitle(c, "Stress aigu ou TSPT ?")
    colw = (W - 16 * mm) / 2
    y1 = block(c, 6 * mm, H - 16 * mm, colw, "Trouble de stress aigu",
               "Apparaît dans les jours qui suivent l'événement. Dure de trois jours à un mois. Souvent résolutif avec du "
               "soutien, un cadre sécurisant et la mise à l'abri. À surveiller, sans médicaliser d'emblée.")
    y2 = block(c, 10 * mm + colw, H - 16 * mm, colw, "TSPT",
               "Les symptômes persistent au-delà d'un mois, ou apparaissent à distance, parfois des mois plus tard. "
               "Retentissement durable sur la vie de l'enfant. Nécessite des soins spécialisés centrés sur le trauma.")
    text(c, 6 * mm, min(y1, y2) - 4, "Chez l'enfant exposé aux violences conjugales, l'exposition est le plus souvent "
         "répétée : on parle alors de TSPT complexe (18 % des patients évalués au CRP-GA en 2025).", 7.2)


@slide
def s7(c):
    frametitle(c, "Attention aux pièges")
    block(c, 6 * mm, H - 16 * mm, W - 12 * mm, "Pièges fréquents",
          "1) Poser à tort un diagnostic de TDAH ou de trouble oppositionnel sur un enfant traumatisé. 2) Ne pas voir "
          "l'enfant « trop sage », qui se fait oublier. 3) Attribuer les symptômes au seul contexte social du quartier. "
          "4) Interroger l'enfant comme un enquêteur : ce n'est pas notre rôle.", kind="alertblock")


@slide
def s8(c):
    frametitle(c, "Que faire quand un enfant se confie ?")
    numbered(c, 8 * mm, H - 20 * mm, [
        "Écouter calmement, sans interroger ni suggérer de réponses.",
        "Noter ses mots exacts, avec la date et l'heure, sans interpréter.",
        "Ne pas promettre le secret : expliquer qu'on va en parler à des personnes qui peuvent l'aider.",
        "Ne pas rester seul : en parler à son responsable, appeler la CRIP pour un conseil.",
        "Transmettre une information préoccupante à la CRIP ou, si le danger est grave et immédiat, un signalement au "
        "procureur de la République."], size=7.3)


@slide
def s9(c):
    frametitle(c, "Orienter vers l'antenne de Montbazac du CRP-GA")
    y = bullets(c, 8 * mm, H - 20 * mm, [
        "Public : enfants et adolescents de la naissance à 18 ans, et leur parent protecteur.",
        "Secrétariat : 05 53 78 22 40, du lundi au vendredi de 9 h à 17 h.",
        "Fiche d'orientation d'une page, à renvoyer par messagerie sécurisée.",
        "Premier entretien d'évaluation avec le parent protecteur, puis avec l'enfant.",
        "Délai moyen de premier rendez-vous en 2025 : 24 jours."])
    block(c, 6 * mm, y - 2, W - 12 * mm, "Bon à savoir",
          "L'accord des deux parents n'est pas exigé pour la première évaluation avec le parent protecteur.",
          kind="exampleblock")


@slide
def s10(c):
    frametitle(c, "Les ressources du territoire")
    colw = (W - 16 * mm) / 2
    bullets(c, 6 * mm, H - 20 * mm, [
        "Maison Olympe (CH de Montbazac) : accueil des femmes victimes de violences, constat médical, plainte sur place.",
        "ISCG du commissariat de Montbazac : rappel des personnes sous 48 heures.",
        "AVVG : aide aux victimes, juristes, dispositif Toit Sûr."], width=colw - 6 * mm)
    bullets(c, 10 * mm + colw, H - 20 * mm, [
        "CMPP de Montbazac : consultations pour enfants et adolescents.",
        "119 Allô enfance en danger : 24 h/24, gratuit.",
        "3919 Violences Femmes Info : écoute et orientation, gratuit et anonyme."], width=colw - 6 * mm)


@slide
def s11(c):
    frametitle(c, "Le programme « Repères Psychotrauma » en chiffres")
    y = bullets(c, 8 * mm, H - 20 * mm, [
        "2025 : 14 sessions, 236 professionnels formés, dont 81 personnels de l'Éducation nationale.",
        "Satisfaction : 94 % des participants recommandent la formation.",
        "2026 : objectif de 18 sessions et 300 professionnels formés.",
        "Module 1 : bases du psychotraumatisme ; module 2 : enfants et adolescents ; module 3 : analyse de situations "
        "(six mois après)."])


@slide
def s12(c):
    frametitle(c, "Sigles")
    y = H - 20 * mm
    for a, b in [("ASE", "aide sociale à l'enfance"), ("CMPP", "centre médico-psycho-pédagogique"),
                 ("CRIP", "cellule de recueil des informations préoccupantes"),
                 ("ISCG", "intervenant social en commissariat et gendarmerie"),
                 ("PMI", "protection maternelle et infantile"),
                 ("TDAH", "trouble du déficit de l'attention avec ou sans hyperactivité"),
                 ("TSPT", "trouble de stress post-traumatique")]:
        text(c, 10 * mm, y, a, 7.5, SANSB)
        text(c, 28 * mm, y, b, 7.5)
        y -= 9.5


@slide
def s13(c):
    frametitle(c, "Merci de votre attention")
    text(c, 10 * mm, H - 24 * mm, "Prochaine étape : module 3, analyse de situations apportées par les participants, le "
         "jeudi 10 septembre 2026 à Montbazac.", 8)
    text(c, 10 * mm, H - 40 * mm, "Contact formation : formation@crp-garonne-atlantique.example", 8)


def main():
    c = canvas.Canvas(OUT, pagesize=(W, H))
    c.setTitle("Repérer le psychotraumatisme chez l'enfant exposé aux violences conjugales")
    c.setAuthor("Nadia Berthomé, Yanis Rahmani")
    c.setCreator("LaTeX with Beamer class")
    c.setProducer("pdfTeX-1.40.25")
    n = len(SLIDES)
    for i, fn in enumerate(SLIDES, 1):
        fn(c)
        if i > 1:
            footline(c, i, n)
        c.showPage()
    c.save()
    print(OUT, n)


if __name__ == "__main__":
    main()
