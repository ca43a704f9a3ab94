# -*- coding: utf-8 -*-
"""Génère le diaporama PDF 16:9 (reportlab, 15 pages) de la session 1 de la formation des professionnels de
jeunesse « Jeunes, écrans et cyberharcèlement : repérer, écouter, agir » (CLSM d'Ardonville et Maison des
adolescents de Layon-et-Sèvre, mardi 20 janvier 2026).

Mise en page : bandeau de titre coloré en haut de chaque diapositive (sauf la couverture), numéro « n » seul en
bas à droite, pied de page, une diapositive quiz « Vrai ou faux ? » suivie des réponses, un histogramme dessiné
(nouveaux jeunes reçus par la consultation Pause Manette, valeurs imprimées au-dessus des barres, astérisque
renvoyant à une note en petits caractères), une diapositive de comparaison sur deux colonnes, un encadré de cas
pratique.

Tout est inventé (ville, structures, personnes, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-20_clsm-ardonville_formation-jeunes-ecrans-session1.pdf")
FD = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FD, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SansB", os.path.join(FD, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("SansI", os.path.join(FD, "LiberationSans-Italic.ttf")))

W, H = 1280, 720
NAVY = HexColor("#22315E")
VIOLET = HexColor("#6C4AB6")
MINT = HexColor("#DDF3EC")
ORANGE = HexColor("#F28C28")
INK = HexColor("#1E1E2A")
GREY = HexColor("#6E6E80")
LIGHT = HexColor("#F4F2FA")

c = canvas.Canvas(OUT, pagesize=(W, H))
c.setTitle("Jeunes, écrans et cyberharcèlement : repérer, écouter, agir — session 1")
c.setAuthor("CLSM d'Ardonville / Maison des adolescents de Layon-et-Sèvre")
c.setCreator("Microsoft PowerPoint")
page = [0]


def text(t, x, y, size=24, font="Sans", color=INK, anchor="left"):
    c.setFont(font, size)
    c.setFillColor(color)
    {"left": c.drawString, "center": c.drawCentredString, "right": c.drawRightString}[anchor](x, y, t)


def wrap(t, width, size, font="Sans"):
    out, cur = [], ""
    for w in t.split():
        tt = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(tt, font, size) <= width:
            cur = tt
        else:
            out.append(cur)
            cur = w
    return out + ([cur] if cur else [])


def para(t, x, y, width, size=24, font="Sans", color=INK, lead=1.3):
    for ln in wrap(t, width, size, font):
        text(ln, x, y, size, font, color)
        y -= size * lead
    return y


def bullets(items, x, y, width, size=24, gap=12, color=VIOLET):
    for it in items:
        c.setFillColor(color)
        c.rect(x, y + size * 0.25, 9, 9, stroke=0, fill=1)
        y = para(it, x + 24, y, width - 24, size) - gap
    return y


def new_slide(title=None, cover=False):
    if page[0]:
        c.showPage()
    page[0] += 1
    c.setFillColor(white)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    if title:
        c.setFillColor(NAVY)
        c.rect(0, H - 110, W, 110, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.rect(0, H - 116, W, 6, stroke=0, fill=1)
        text(title, 60, H - 72, 38, "SansB", white)
    if not cover:
        text("Formation « Jeunes, écrans et cyberharcèlement » — session 1 — 20 janvier 2026", 60, 26, 14,
             "Sans", GREY)
        text(str(page[0]), W - 40, 26, 18, "SansB", NAVY, "right")


# 1 ---------------------------------------------------------------- couverture
new_slide(cover=True)
c.setFillColor(NAVY)
c.rect(0, 0, W, H, stroke=0, fill=1)
c.setFillColor(VIOLET)
c.circle(1150, 620, 220, stroke=0, fill=1)
c.setFillColor(ORANGE)
c.rect(80, 470, 120, 10, stroke=0, fill=1)
text("Jeunes, écrans et cyberharcèlement :", 80, 400, 54, "SansB", white)
text("repérer, écouter, agir", 80, 340, 54, "SansB", white)
text("Formation des professionnels de jeunesse — session 1", 80, 270, 28, "Sans", white)
text("Mardi 20 janvier 2026, 9 h 30 – 16 h 30 — centre social des Chaumes, Ardonville", 80, 225, 22, "Sans", white)
text("Julien Favreau, psychologue, consultation Pause Manette (Maison des adolescents de Layon-et-Sèvre)", 80, 150,
     20, "SansI", white)
text("Soizic Le Bihan, coordinatrice du conseil local de santé mentale (CLSM) d'Ardonville", 80, 120, 20, "SansI",
     white)
text("1", W - 40, 26, 18, "SansB", white, "right")

# 2 ---------------------------------------------------------------- programme
new_slide("Programme de la journée")
rows = [("9 h 30", "Accueil, tour de table et quiz « Vrai ou faux ? »"),
        ("10 h 00", "Ce que disent les chiffres : l'enquête 2025 auprès des élèves d'Ardonville"),
        ("10 h 45", "Usage intensif ou usage problématique ? Les jeux vidéo et la consultation Pause Manette"),
        ("11 h 45", "Le cyberharcèlement : formes, signes d'alerte, ce que dit la loi"),
        ("12 h 30", "Déjeuner sur place (pris en charge par le CLSM)"),
        ("13 h 45", "Écouter un jeune qui se confie : mises en situation"),
        ("15 h 00", "Le protocole de signalement d'Ardonville et les ressources locales"),
        ("16 h 00", "Cas pratique « Lina, 13 ans », évaluation de la journée")]
y = 540
for hr, lab in rows:
    text(hr, 80, y, 24, "SansB", VIOLET)
    text(lab, 220, y, 24)
    y -= 56

# 3 ---------------------------------------------------------------- quiz
new_slide("Quiz : vrai ou faux ?")
qs = ["1. La plupart des réseaux sociaux sont interdits aux moins de 13 ans par leurs conditions d'utilisation.",
      "2. Le cyberharcèlement suppose que les messages viennent d'une seule personne.",
      "3. Le harcèlement scolaire est un délit en France.",
      "4. Un jeune qui joue 5 heures par jour a forcément une addiction aux jeux vidéo.",
      "5. Une capture d'écran peut servir de preuve.",
      "6. Le 3018 ne répond qu'aux parents."]
y = 560
for q in qs:
    c.setFillColor(LIGHT)
    c.roundRect(70, y - 22, 1140, 62, 10, stroke=0, fill=1)
    para(q, 95, y, 1080, 24)
    y -= 78
text("Votez à main levée : VRAI ou FAUX ? Réponses sur la diapositive suivante.", 80, 70, 20, "SansI", GREY)

# 4 ---------------------------------------------------------------- réponses
new_slide("Quiz : les réponses")
ans = ["1. VRAI — 13 ans est l'âge minimum fixé par la plupart des plateformes ; 63 % des CM2 d'Ardonville ont "
       "pourtant déjà un compte.",
       "2. FAUX — le harcèlement peut être le fait de plusieurs personnes, même si chacune n'a envoyé qu'un seul "
       "message : c'est le « raid » ou harcèlement en meute.",
       "3. VRAI — depuis la loi du 2 mars 2022, le harcèlement scolaire est un délit.",
       "4. FAUX — la durée ne suffit pas : on regarde la perte de contrôle et les conséquences (sommeil, école, "
       "relations).",
       "5. VRAI — avec la date, l'heure, le pseudo et l'adresse de la page visibles.",
       "6. FAUX — le 3018 est gratuit, anonyme et ouvert aux jeunes comme aux adultes, 7 jours sur 7 de 9 h à 23 h."]
y = 570
for a in ans:
    y = para(a, 80, y, 1120, 23) - 16

# 5 ---------------------------------------------------------------- chiffres clés
new_slide("Ce que disent les chiffres (enquête élèves 2025)")
cards = [("3,9 h", "d'écran par jour en semaine", "(tous niveaux, hors devoirs)"),
         ("36 %", "dorment moins de 8 h", "avant un jour d'école"),
         ("68 %", "gardent le téléphone", "dans la chambre la nuit"),
         ("10 %", "victimes de cyberharcèlement", "pendant l'année scolaire")]
for i, (big, l1, l2) in enumerate(cards):
    x = 70 + i * 292
    c.setFillColor(MINT)
    c.roundRect(x, 250, 270, 300, 16, stroke=0, fill=1)
    text(big, x + 135, 440, 64, "SansB", NAVY, "center")
    text(l1, x + 135, 370, 20, "Sans", INK, "center")
    text(l2, x + 135, 340, 20, "Sans", INK, "center")
para("Enquête auprès de 2 146 élèves du CM2 à la seconde, mars – avril 2025. Chez les collégiens du quartier des "
     "Chaumes, le taux de cyberharcèlement monte à 14 %.", 80, 180, 1120, 22, "SansI", GREY)

# 6 ---------------------------------------------------------------- histogramme
new_slide("Pause Manette : une demande qui augmente")
vals = [("2022", 11), ("2023", 29), ("2024", 43), ("2025*", 58)]
x0, y0, hmax = 140, 150, 340
c.setStrokeColor(GREY)
c.line(x0 - 20, y0, x0 + 4 * 170 + 20, y0)
for i, (lab, v) in enumerate(vals):
    x = x0 + i * 170
    h = hmax * v / 60.0
    c.setFillColor(VIOLET if i < 3 else ORANGE)
    c.rect(x, y0, 110, h, stroke=0, fill=1)
    text(str(v), x + 55, y0 + h + 14, 30, "SansB", INK, "center")
    text(lab, x + 55, y0 - 34, 22, "Sans", INK, "center")
text("Nouveaux jeunes reçus par an", x0 - 20, 560, 22, "SansB", NAVY)
bx = 900
y = 520
y = para("Consultation jeunes consommateurs spécialisée dans les jeux vidéo et les écrans, ouverte en "
         "septembre 2022 à la Maison des adolescents.", bx, y, 330, 20) - 14
y = para("Pour les 12 – 21 ans et leurs parents. Gratuite, sans avis médical.", bx, y, 330, 20) - 14
y = para("Délai moyen avant le premier rendez-vous : 9 semaines en 2024.", bx, y, 330, 20, "SansB") - 14
text("* 2025 : chiffre provisoire au 30 novembre 2025.", 140, 70, 16, "SansI", GREY)

# 7 ---------------------------------------------------------------- comparaison deux colonnes
new_slide("Usage intensif ou usage problématique ?")
for k, (head, col, items) in enumerate([
    ("Usage intensif", MINT, ["Beaucoup d'heures, surtout le week-end et pendant les vacances",
                              "Le jeune arrête quand on le lui demande, même en râlant",
                              "Il garde ses amis, ses activités et un sommeil suffisant",
                              "Les résultats scolaires se maintiennent",
                              "→ on en parle, on pose des règles en famille"]),
    ("Usage problématique", HexColor("#FDE7D3"),
     ["Perte de contrôle : il ne parvient plus à s'arrêter",
      "Le jeu passe avant tout : repas, sommeil, amis, école",
      "Il continue malgré des conséquences négatives nettes",
      "Irritabilité ou colère quand l'écran est retiré",
      "Durée : au moins 12 mois de difficultés",
      "→ on oriente vers Pause Manette ou le PAEJ"])]):
    x = 60 + k * 600
    c.setFillColor(col)
    c.roundRect(x, 80, 560, 480, 14, stroke=0, fill=1)
    text(head, x + 280, 515, 30, "SansB", NAVY, "center")
    bullets(items, x + 30, 460, 510, 21, 10, ORANGE if k else VIOLET)

# 8 ---------------------------------------------------------------- signes
new_slide("Cyberharcèlement : les signes qui doivent alerter")
y = bullets(["Changement brutal d'humeur après avoir consulté son téléphone",
             "Refus d'aller au collège, au club ou à l'accueil de loisirs, plaintes de maux de ventre le matin",
             "Le jeune supprime ses comptes ou, au contraire, ne lâche plus son téléphone",
             "Isolement : il se tient à l'écart du groupe, mange seul",
             "Baisse des résultats, troubles du sommeil",
             "Propos dévalorisants sur lui-même, idées noires : c'est une urgence"], 80, 560, 1120, 24, 16)

# 9 ---------------------------------------------------------------- formes
new_slide("Les formes du cyberharcèlement")
forms = [("Insultes et moqueries", "dans un groupe de classe, en commentaires ou en messages privés"),
         ("Rumeurs", "diffusion de fausses informations pour nuire à la réputation"),
         ("Usurpation d'identité", "création d'un faux compte au nom de la victime"),
         ("Diffusion d'images", "photos ou vidéos humiliantes ou intimes partagées sans accord"),
         ("Exclusion", "retrait volontaire d'un groupe, mise à l'écart organisée"),
         ("Raid numérique", "plusieurs personnes s'acharnent ensemble sur une même cible")]
y = 560
for head, desc in forms:
    text(head, 80, y, 24, "SansB", VIOLET)
    para(desc, 440, y, 780, 22)
    y -= 74

# 10 ---------------------------------------------------------------- loi
new_slide("Ce que dit la loi")
y = bullets(["Le harcèlement scolaire est un délit depuis la loi du 2 mars 2022 : jusqu'à 10 ans de prison "
             "lorsqu'il conduit la victime au suicide ou à une tentative de suicide.",
             "Le cyberharcèlement est une circonstance aggravante du harcèlement moral.",
             "Diffuser l'image intime d'une personne sans son accord est un délit, même si la personne avait "
             "accepté la photo.",
             "Les mineurs à partir de 13 ans peuvent être condamnés pénalement.",
             "Tout professionnel qui a connaissance d'un mineur en danger doit transmettre une information "
             "préoccupante."], 80, 560, 1120, 24, 18)

# 11 ---------------------------------------------------------------- écoute
new_slide("Écouter un jeune qui se confie : 5 repères")
y = bullets(["Le croire et le remercier d'en parler",
             "Ne pas minimiser (« c'est juste des gamineries ») ni dramatiser",
             "Ne pas lui demander de supprimer les messages : ce sont des preuves",
             "Ne pas promettre le secret : expliquer à qui vous allez en parler et pourquoi",
             "Ne pas contacter vous-même l'auteur ni sa famille"], 80, 560, 760, 26, 22)
c.setFillColor(LIGHT)
c.roundRect(880, 200, 340, 360, 14, stroke=0, fill=1)
text("À retenir", 1050, 520, 26, "SansB", VIOLET, "center")
para("Le jeune a souvent attendu plusieurs semaines avant de parler. La première réaction de l'adulte "
     "compte énormément.", 905, 475, 295, 21)

# 12 ---------------------------------------------------------------- circuit
new_slide("Le circuit de signalement à Ardonville")
steps = ["Écouter, mettre en sécurité", "Conserver les preuves", "Informer les parents et le chef "
         "d'établissement", "Signaler aux plateformes / 3018", "Fiche de signalement à la cellule de veille",
         "Suivi à J+7 et J+30"]
for i, s in enumerate(steps):
    x = 60 + (i % 3) * 400
    yy = 420 if i < 3 else 200
    c.setFillColor(NAVY if i % 2 == 0 else VIOLET)
    c.roundRect(x, yy, 360, 150, 14, stroke=0, fill=1)
    text(str(i + 1), x + 30, yy + 100, 36, "SansB", ORANGE)
    para(s, x + 80, yy + 100, 260, 22, "SansB", white)
text("Protocole commun validé en séance plénière du CLSM le 11 décembre 2025 — version 2.1 du 12 janvier 2026.", 60, 90, 20,
     "SansI", GREY)

# 13 ---------------------------------------------------------------- ressources
new_slide("Les ressources locales")
res = [("PAEJ Le Passage", "écoute gratuite et anonyme des 11 – 25 ans et de leurs parents, 03 99 00 41 20"),
       ("Pause Manette (MDA)", "jeux vidéo et écrans, sur rendez-vous, 03 99 00 52 70"),
       ("Infirmières scolaires", "dans chaque collège et lycée ; écoute, lien avec les familles"),
       ("Référents PRISME", "dans chaque établissement : le programme anti-harcèlement du rectorat"),
       ("3018", "numéro national contre les violences numériques, gratuit et anonyme"),
       ("Cellule de veille du CLSM", "veille.jeunes@clsm-ardonville.example")]
y = 560
for head, desc in res:
    text(head, 80, y, 24, "SansB", NAVY)
    para(desc, 430, y, 790, 22)
    y -= 76

# 14 ---------------------------------------------------------------- cas pratique
new_slide("Cas pratique : Lina, 13 ans")
c.setFillColor(HexColor("#FFF4E5"))
c.roundRect(70, 150, 1140, 410, 16, stroke=0, fill=1)
y = para("Lina, en 4e, vient à l'accueil jeunes tous les mercredis. Depuis trois semaines elle ne vient plus. "
         "Sa cousine vous montre un groupe « les vrais de la 4eB » où circule un montage photo de Lina, avec des "
         "commentaires moqueurs. Lina a changé de pseudo et ne répond plus aux messages.", 100, 510, 1080, 25)
y = para("En petits groupes (20 minutes) :", 100, y - 20, 1080, 25, "SansB")
bullets(["Que faites-vous dans l'heure qui suit ?", "Qui prévenez-vous, et dans quel ordre ?",
         "Quelles preuves conserver, et comment ?"], 120, y - 10, 1060, 24, 10)

# 15 ---------------------------------------------------------------- fin
new_slide("Merci ! Et la suite…")
y = bullets(["Session 2 « Réseaux sociaux, image de soi et sexualité en ligne » : mardi 17 mars 2026, même "
             "lieu, mêmes horaires",
             "Webinaire « Cyberharcèlement : que faire quand un jeune se confie ? » : jeudi 12 février 2026, "
             "12 h 30 – 13 h 00",
             "Questionnaire d'évaluation à remplir avant de partir (QR code au dos du livret)",
             "Contact : Soizic Le Bihan, 06 99 00 17 45, clsm@ardonville.example"], 80, 560, 1120, 24, 20)
c.save()
print("écrit :", OUT)
