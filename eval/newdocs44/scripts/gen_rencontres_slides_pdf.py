# -*- coding: utf-8 -*-
"""Génère le diaporama PDF paysage (reportlab, 14 diapositives 16:9) présenté par le CLSM des Côtes de Vauclerc
aux Rencontres régionales des CLSM du Grand Est (Ravenel, 12 février 2026) : « Santé mentale et numérique en
milieu rural : l'expérience des Côtes de Vauclerc ».

Mise en forme voulue : bandeau de titre, lignes de texte positionnées, cartes de chiffres clés (grand nombre
au-dessus du libellé), deux histogrammes avec valeurs imprimées (accès à internet par territoire ;
téléconsultations par année), schéma en quatre étapes, tableau de financements, pied de page avec la date et
l'événement à gauche et le numéro « n / 14 » à droite.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-12_clsm-cotes-vauclerc_rencontres-regionales-numerique.pdf")

W, H = 960, 540
GREEN = HexColor("#2B5F3A")
LIGHT = HexColor("#E6F0E8")
ORANGE = HexColor("#C2661A")
GREY = HexColor("#555555")
N = 14
FOOT = "Rencontres régionales des CLSM du Grand Est — Ravenel — 12 février 2026"


def head(c, title, sub=None):
    c.setFillColor(GREEN)
    c.rect(0, H - 78, W, 78, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(40, H - 50, title)
    if sub:
        c.setFillColor(GREY)
        c.setFont("Helvetica-Oblique", 14)
        c.drawString(40, H - 102, sub)


def foot(c, n):
    c.setStrokeColor(GREEN)
    c.line(40, 34, W - 40, 34)
    c.setFillColor(GREY)
    c.setFont("Helvetica", 10)
    c.drawString(40, 18, FOOT)
    c.drawRightString(W - 40, 18, "%d / %d" % (n, N))


def lines(c, items, x=50, y=H - 140, size=17, gap=34, bullet=True):
    c.setFillColor(HexColor("#222222"))
    c.setFont("Helvetica", size)
    for it in items:
        assert c.stringWidth(("–  " if bullet else "") + it, "Helvetica", size) < W - x - 30, it
        c.drawString(x, y, ("–  " if bullet else "") + it)
        y -= gap
    return y


def cards(c, items, y=300, h=120):
    n = len(items)
    gap = 20
    w = (W - 80 - gap * (n - 1)) / n
    for i, (big, label) in enumerate(items):
        x = 40 + i * (w + gap)
        c.setFillColor(LIGHT)
        c.roundRect(x, y, w, h, 10, fill=1, stroke=0)
        c.setFillColor(GREEN)
        c.setFont("Helvetica-Bold", 34)
        c.drawCentredString(x + w / 2, y + h - 52, big)
        c.setFillColor(HexColor("#222222"))
        for k, part in enumerate(label.split("\n")):
            c.setFont("Helvetica", 12.5)
            c.drawCentredString(x + w / 2, y + 34 - 16 * k, part)


def bars(c, data, unit, x0=90, y0=90, width=780, height=300, vmax=None):
    vmax = vmax or max(v for _, v in data) * 1.15
    n = len(data)
    step = width / n
    bw = step * 0.55
    for i, (lab, v) in enumerate(data):
        x = x0 + i * step + (step - bw) / 2
        hh = height * v / vmax
        c.setFillColor(ORANGE if i == 1 and unit == "%" else GREEN)
        c.rect(x, y0, bw, hh, fill=1, stroke=0)
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica-Bold", 15)
        txt = (("%.1f" % v).replace(".", ",") + " %") if unit == "%" else "%d" % v
        c.drawCentredString(x + bw / 2, y0 + hh + 8, txt)
        c.setFont("Helvetica", 12)
        c.drawCentredString(x + bw / 2, y0 - 18, lab)


def main():
    c = canvas.Canvas(OUT, pagesize=(W, H))
    c.setTitle("Santé mentale et numérique en milieu rural : l'expérience des Côtes de Vauclerc")
    c.setAuthor("CLSM des Côtes de Vauclerc")
    n = 0

    def page():
        nonlocal n
        n += 1
        foot(c, n)
        c.showPage()

    # 1 titre
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 34)
    c.drawString(60, 350, "Santé mentale et numérique en milieu rural")
    c.setFont("Helvetica", 24)
    c.drawString(60, 310, "L'expérience des Côtes de Vauclerc (2023 – 2025)")
    c.setFont("Helvetica", 16)
    c.drawString(60, 230, "Mathilde Gérardin, coordinatrice du CLSM des Côtes de Vauclerc")
    c.drawString(60, 204, "Dr Olivier Thiébaut, psychiatre, CMP adultes de Vauclerc (Centre psychothérapique de Ravenel)")
    c.drawString(60, 160, "Atelier 3 « Numérique et santé mentale » — jeudi 12 février 2026")
    page()

    # 2 territoire
    head(c, "Un territoire rural loin de la psychiatrie")
    cards(c, [("28 300", "habitants\n41 communes"), ("1 420", "habitants au QPV\ndu Champ-Fleury"),
              ("38 km", "entre Saint-Aubin-des-Bois\net le CMP"), ("0", "psychiatre libéral\nsur le territoire")],
          y=290)
    lines(c, ["Densité de psychiatres : 9,1 pour 100 000 habitants en Haute-Seille, 22,8 en France",
              "Un seul CMP adultes, à Vauclerc (6 480 habitants), rattaché au Centre psychothérapique de Ravenel",
              "Pas de transport en commun le matin depuis la moitié des communes"], y=230, size=16)
    page()

    # 3 enquête : histogramme accès internet
    head(c, "Ce que disent les habitants", "Foyers sans accès internet à domicile — enquête CLSM 2024-2025 et "
                                           "comparaisons")
    bars(c, [("CC des Côtes de Vauclerc", 15.2), ("QPV Champ-Fleury", 23.6), ("Haute-Seille", 10.8),
             ("Grand Est", 9.6), ("France", 8.4)], "%", y0=90, height=290, vmax=28)
    page()

    # 4 quatre briques
    head(c, "Notre réponse : quatre briques, une coordination")
    lines(c, ["Téléconsultation assistée CMP – maisons de santé (depuis janvier 2023)",
              "Permanence e-santé de France Services au Champ-Fleury (depuis mars 2024)",
              "Plateforme de rendez-vous en ligne Rendez-vous Santé Côtes (depuis le 6 octobre 2025)",
              "Application Boussole Jeunes pour les 15 – 25 ans (expérimentation du 29 septembre 2025 "
              "au 28 février 2026)",
              "Le tout coordonné par le CLSM (0,3 ETP de coordination dédié)"], y=H - 150)
    page()

    # 5 comment ça marche
    head(c, "La téléconsultation assistée, comment ça marche ?")
    steps = [("1", "Le patient vient dans\nsa maison de santé"), ("2", "Une infirmière l'accueille\net l'installe"),
             ("3", "Le psychiatre ou l'IPA\ndu CMP consulte en vidéo"), ("4", "Au moins une consultation\nau CMP par an")]
    for i, (num, txt) in enumerate(steps):
        x = 50 + i * 225
        c.setFillColor(GREEN)
        c.circle(x + 95, 330, 34, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 28)
        c.drawCentredString(x + 95, 320, num)
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica", 14)
        for k, part in enumerate(txt.split("\n")):
            c.drawCentredString(x + 95, 260 - 18 * k, part)
    lines(c, ["Jamais de téléconsultation pour une première demande en situation de crise"], y=150, size=15)
    page()

    # 6 histogramme par année
    head(c, "Téléconsultations réalisées par année", "Quatre salles équipées : Fontenoy-la-Côte, Brémoncourt, "
                                                      "Champ-Fleury, Saint-Aubin-des-Bois")
    bars(c, [("2023", 212), ("2024", 486), ("2025", 731)], "n", x0=180, width=600, height=280)
    page()

    # 7 par site
    head(c, "2025 : 731 téléconsultations, 164 patients")
    cards(c, [("248", "MSP de\nFontenoy-la-Côte"), ("176", "MSP de\nBrémoncourt"), ("119", "MSP de\nSaint-Aubin-des-Bois"),
              ("188", "Pôle de santé\ndu Champ-Fleury")], y=290)
    lines(c, ["38 patients habitent le Champ-Fleury : 23 % des patients, pour 5 % de la population",
              "Saint-Aubin-des-Bois : séances doublées en un an (+105 %)",
              "Deux tiers des séances conduites par l'infirmière en pratique avancée (IPA)"], y=230, size=16)
    page()

    # 8 effets
    head(c, "Ce que ça change")
    cards(c, [("38 jours", "d'attente avant un 1er\nrendez-vous au CMP (62 en 2023)"), ("9 %",
              "de téléconsultations non\nhonorées en 2025 (14 % en 2024)"), ("41 300 km", "de trajets évités\nen 2025"),
              ("87 %", "de patients satisfaits\n(96 répondants)")], y=290)
    lines(c, ["Depuis octobre 2025 : téléexpertise pour les médecins traitants (23 avis au 31 décembre)"], y=230,
          size=16)
    page()

    # 9 France Services
    head(c, "France Services : la permanence e-santé")
    cards(c, [("356", "accompagnements santé\nen 2024"), ("694", "accompagnements santé\nen 2025")], y=290)
    lines(c, ["Mardi 9 h – 12 h et jeudi 14 h – 17 h, 12 rue des Tilleuls, Vauclerc — sans rendez-vous",
              "Mon espace santé, prise de rendez-vous, préparation des téléconsultations",
              "Aucun identifiant conservé ; mandat Aidants Connect si la conseillère agit à la place de l'usager"],
          y=230, size=16)
    page()

    # 10 Rendez-vous Santé Côtes
    head(c, "Rendez-vous Santé Côtes : premier trimestre")
    cards(c, [("1 236", "rendez-vous en ligne\n6 oct. – 31 déc. 2025"), ("29 %", "pris le soir après 19 h\nou le week-end"),
              ("11 %", "de rendez-vous non honorés\nau 4e trim. 2025 (16 % en 2024)"),
              ("3,2 jours", "ouvrés pour être rappelé\npar le CMP")], y=290)
    lines(c, ["Demande de premier contact au CMP : une infirmière rappelle dans les 5 jours ouvrés",
              "Téléphone (03 99 00 41 00) et accueil à France Services maintenus"], y=230, size=16)
    page()

    # 11 Boussole Jeunes
    head(c, "Boussole Jeunes : point d'étape au 31 janvier 2026")
    cards(c, [("57", "jeunes inscrits\n(objectif : 80)"), ("19", "habitent\nle Champ-Fleury"),
              ("31", "encore actifs\nà trois mois")], y=290)
    lines(c, ["Journal d'humeur, exercices de respiration, annuaire des ressources locales",
              "Inclusions : Mission locale, lycée des métiers Les Côtes, Maison des adolescents, PAEJ",
              "Ce n'est pas un soin : personne ne lit les journaux, qui restent sur le téléphone"], y=230, size=16)
    page()

    # 12 RGPD
    head(c, "Protection des données : nos cinq règles")
    lines(c, ["1. Aucune téléconsultation enregistrée, vidéo chiffrée par l'outil régional de télémédecine",
              "2. Hébergement certifié HDS (hébergeur de données de santé), en France",
              "3. Une AIPD avant chaque nouveau traitement (Boussole Jeunes : validée le 12 septembre 2025)",
              "4. Données de l'application supprimées après 12 mois sans connexion",
              "5. La communauté de communes n'accède jamais aux données de santé"], y=H - 150, bullet=False)
    page()

    # 13 financements (tableau)
    head(c, "Qui finance ?")
    rows = [("Financeur", "2024 – 2025", "2026"),
            ("ARS Grand Est — fonds d'intervention régional (FIR)", "48 000 €", "30 000 € (coordination)"),
            ("Contrat de ville (actions au Champ-Fleury)", "3 000 € + 9 500 €", "11 000 € demandés"),
            ("Communauté de communes des Côtes de Vauclerc", "12 000 € en 2025", "à voter en avril 2026")]
    y = H - 150
    for i, (a, b, d) in enumerate(rows):
        if i == 0:
            c.setFillColor(GREEN)
            c.rect(40, y - 10, W - 80, 32, fill=1, stroke=0)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 15)
        else:
            c.setFillColor(LIGHT if i % 2 else white)
            c.rect(40, y - 10, W - 80, 32, fill=1, stroke=0)
            c.setFillColor(HexColor("#222222"))
            c.setFont("Helvetica", 15)
        c.drawString(52, y, a)
        c.drawString(540, y, b)
        c.drawString(720, y, d)
        y -= 44
    lines(c, ["Le FIR ne finance plus le matériel à partir de 2026"], y=y - 20, size=15)
    page()

    # 14 leçons et contacts
    head(c, "Ce que nous retenons")
    lines(c, ["Le numérique s'ajoute, il ne remplace pas : téléphone et accueil physique restent",
              "Sans lieu de soin et sans infirmière d'accueil, pas de téléconsultation en milieu rural",
              "La coordination est la condition de survie du dispositif",
              "Prochaine étape : une 5e salle à la maison de santé de Lorry-sur-Seille"], y=H - 140)
    c.setFillColor(GREEN)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, 150, "Contacts")
    c.setFillColor(HexColor("#222222"))
    c.setFont("Helvetica", 14)
    c.drawString(50, 126, "CLSM : Mathilde Gérardin — 03 99 00 41 20 — clsm@cc-cotes-vauclerc.example")
    c.drawString(50, 104, "CMP adultes de Vauclerc — 03 99 00 41 60")
    page()

    assert n == N
    c.save()
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
