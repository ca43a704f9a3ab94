# -*- coding: utf-8 -*-
"""Présentation Keynote exportée en PDF (Fichier > Exporter vers > PDF, « Imprimer chaque étape des animations »,
« Inclure les numéros de diapositive »).

Imitation : pages 16:9 de 960 × 540 pt, thème sombre « Basic Black » (fond anthracite, texte clair), numéro de
diapositive seul au centre du bas, les diapositives à animations « Apparition » sont imprimées une page par étape
(la diapositive 4 sur trois pages, la diapositive 8 sur deux pages, même numéro, contenu cumulé), pas de notes,
métadonnées Creator « Keynote » et Producer « macOS Version 14.6.1 (Build 23G93) Quartz PDFContext ».
"""
import os

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-27_clsm-vervinval_crack-rdr-aller-vers-greves-basses.pdf")
LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Helv", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Helv-Bold", LIB + "LiberationSans-Bold.ttf"))
W, H = 960, 540
BG, FG, ACC, DIM = HexColor("#1D1D1F"), HexColor("#F5F5F7"), HexColor("#FF9F0A"), HexColor("#A1A1A6")


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
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


def text(c, x, y, s, size=26, font="Helv", color=FG, width=820, leading=1.25):
    for line in wrap(s, font, size, width):
        c.setFont(font, size)
        c.setFillColor(color)
        c.drawString(x, y, line)
        y -= size * leading
    return y


def page(c, num, title=None):
    c.setFillColor(BG)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    if title:
        text(c, 70, H - 95, title, 40, "Helv-Bold")
    c.setFont("Helv", 14)
    c.setFillColor(DIM)
    c.drawCentredString(W / 2, 22, str(num))


def bullets(c, items, y=H - 170, size=24, x=90, width=780):
    for it in items:
        c.setFillColor(ACC)
        c.circle(x - 18, y + size * 0.33, 4, stroke=0, fill=1)
        y = text(c, x, y, it, size, width=width) - 12
    return y


SLIDES = []


def slide(fn):
    SLIDES.append(fn)
    return fn


@slide
def s1(c, n):
    page(c, n)
    text(c, 70, 360, "Crack, réduction des risques et aller-vers aux Grèves-Basses", 48, "Helv-Bold", width=800)
    text(c, 70, 230, "Séance plénière du Conseil local de santé mentale de Vervinval — 27 janvier 2026", 22, color=DIM)
    text(c, 70, 170, "Karim Bensaïd, coordinateur du CAARUD L'Escale", 22, color=ACC)
    text(c, 70, 138, "Anne-Sophie Lambert, coordinatrice du CLSM de Vervinval", 22, color=ACC)


@slide
def s2(c, n):
    page(c, n, "Au programme")
    bullets(c, ["L'Escale en bref", "Le crack aux Grèves-Basses : ce qui a changé", "Crack et santé mentale",
                "Réduction des risques : de quoi parle-t-on ?", "CAARUD ou CSAPA ?", "L'aller-vers en 2025",
                "Ce que fait le CLSM", "Nos propositions pour 2026"], size=22)


@slide
def s3(c, n):
    page(c, n, "L'Escale en bref")
    bullets(c, ["CAARUD ouvert en 2011, géré par l'association Rives & Liens",
                "12 rue du Port-Sec, Vervinval, à l'entrée du quartier des Grèves-Basses",
                "Accueil collectif : lundi, mardi, jeudi, vendredi 13 h 30 – 17 h 30 ; mercredi 10 h – 17 h 30",
                "Équipe : 6,8 ETP dont un médiateur pair à mi-temps",
                "2025 : 612 personnes accueillies, 9 480 passages"])


CRACK = ["2022 : 61 personnes fumant du crack dans la file active",
         "2024 : 158 personnes",
         "2025 : 214 personnes, soit 35 % de la file active — 3 870 kits base distribués"]


def crack_stage(k):
    def f(c, n):
        page(c, n, "Le crack aux Grèves-Basses : ce qui a changé")
        y = bullets(c, CRACK[:k])
        if k == 3:
            text(c, 90, y - 20, "× 3,5 en trois ans", 54, "Helv-Bold", color=ACC)
    f.stage = True
    return f


CRACK_SLIDE = [crack_stage(1), crack_stage(2), crack_stage(3)]
SLIDES.append(CRACK_SLIDE)


@slide
def s5(c, n):
    page(c, n, "Crack et santé mentale")
    bullets(c, ["Nuits blanches en série, épuisement, perte de poids",
                "Paranoïa, hallucinations, moments d'agitation intense",
                "« Descente » : anxiété et humeur dépressive, idées suicidaires possibles",
                "38 % des usagers de crack de la file active ont un antécédent de suivi psychiatrique",
                "Un sur quatre n'a plus aucun suivi depuis plus d'un an"])


@slide
def s6(c, n):
    page(c, n, "Réduction des risques : de quoi parle-t-on ?")
    y = text(c, 70, H - 175, "La réduction des risques et des dommages (RdRD) vise à limiter les dommages sanitaires "
                             "et sociaux liés aux consommations, sans faire de l'arrêt un préalable à l'accueil.",
             28, width=820)
    bullets(c, ["Matériel : kits base (pipe en verre, embouts, filtres), seringues, roule-ta-paille",
                "Naloxone pour prévenir les décès par surdose d'opioïdes",
                "Dépistage VIH et hépatites, accès aux droits, hygiène"], y=y - 30, size=22)


@slide
def s7(c, n):
    page(c, n, "CAARUD ou CSAPA ?")
    for x, head, items in [(70, "CAARUD (L'Escale)", ["Usagers actifs, sans condition d'arrêt",
                                                       "Accueil sans rendez-vous, anonyme",
                                                       "Matériel, hygiène, droits, lien",
                                                       "Objectif : rester en vie et en lien"]),
                           (500, "CSAPA (L'Envol, Vervinval)", ["Démarche de soin : réduire ou arrêter",
                                                                 "Sur rendez-vous, gratuit",
                                                                 "Médecins : traitements de substitution",
                                                                 "Objectif : soin et accompagnement durable"])]:
        c.setFillColor(HexColor("#2C2C2E"))
        c.roundRect(x, 90, 390, 320, 14, stroke=0, fill=1)
        text(c, x + 22, 370, head, 26, "Helv-Bold", color=ACC, width=350)
        bullets(c, items, y=320, size=19, x=x + 42, width=320)


AV = ["Maraudes le mardi et le vendredi, de 19 h à 22 h (Grèves-Basses, Bellevue-Sud) : 104 maraudes, 1 962 "
      "contacts en 2025",
      "Permanence de l'équipe mobile psychiatrie précarité (EMPP) à L'Escale le mercredi après-midi depuis "
      "septembre 2025 : 41 personnes vues, 17 orientées vers le CMP"]


def av_stage(k):
    def f(c, n):
        page(c, n, "L'aller-vers en 2025")
        bullets(c, AV[:k])
    return f


SLIDES.append([av_stage(1), av_stage(2)])


@slide
def s9(c, n):
    page(c, n, "Ce que fait le CLSM de Vervinval")
    bullets(c, ["Cellule « Parcours » mensuelle (CAARUD, CSAPA L'Envol, CMP, EMPP, CCAS, bailleur) : 27 situations "
                "complexes examinées en 2025",
                "Comité de voisinage trimestriel avec Vervinval Habitat, la police municipale et le collège "
                "Jean-Rostand",
                "Formation « Addictions et santé mentale » : 44 professionnels de proximité formés en 2025",
                "Soutien au poste de médiateur pair (co-financement contrat de ville : 12 000 €)"])


@slide
def s10(c, n):
    page(c, n, "Nos propositions pour 2026")
    bullets(c, ["1. Ouvrir un espace de repos de jour pour les fumeurs de crack, adossé à L'Escale",
                "2. Pérenniser la permanence de l'EMPP et y ajouter une demi-journée de psychiatre",
                "3. Recruter un deuxième médiateur pair (appel à projets ARS « Aller-vers en QPV »)",
                "4. Former 60 professionnels supplémentaires d'ici décembre 2026",
                "5. Installer un distributeur automatique de matériel de RdRD près de la gare"], size=22)


@slide
def s11(c, n):
    page(c, n, "Calendrier")
    bullets(c, ["Mars 2026 : dépôt du dossier à l'appel à projets ARS",
                "Juin 2026 : présentation du projet d'espace de repos au comité de voisinage",
                "Septembre 2026 : arrivée du deuxième médiateur pair",
                "Janvier 2027 : bilan en séance plénière du CLSM"])


@slide
def s12(c, n):
    page(c, n, "Contacts")
    bullets(c, ["CAARUD L'Escale : 03 26 40 18 72 — escale@rives-et-liens.example",
                "CLSM de Vervinval : Anne-Sophie Lambert — clsm@vervinval.example",
                "Urgence surdose : appeler le 15"])


@slide
def s13(c, n):
    page(c, n)
    text(c, 70, 300, "Merci !", 72, "Helv-Bold", color=ACC)
    text(c, 70, 220, "Questions et échanges", 30)


def main():
    c = canvas.Canvas(OUT, pagesize=(W, H))
    c.setCreator("Keynote")
    c.setProducer("macOS Version 14.6.1 (Build 23G93) Quartz PDFContext")
    c.setTitle("Crack RdR aller-vers Greves-Basses CLSM 27-01-2026")
    c.setAuthor("Karim Bensaïd")
    pages = 0
    for num, s in enumerate(SLIDES, 1):
        for f in (s if isinstance(s, list) else [s]):
            f(c, num)
            c.showPage()
            pages += 1
    c.save()
    print(OUT, len(SLIDES), "diapositives,", pages, "pages")


if __name__ == "__main__":
    main()
