# -*- coding: utf-8 -*-
"""Rapport d'activité 2025 de la Maison Sport-Santé Durance-Littoral, à la manière d'Asciidoctor PDF (thème par
défaut, Prawn) : métadonnées Creator/Producer « Asciidoctor PDF 2.3.x, based on Prawn 2.4.0 », page de titre sans
folio, table des matières, titres de section numérotés « 1. » / « 1.1. », blocs d'avertissement (NOTE, TIP, IMPORTANT)
dont l'étiquette est à gauche d'un filet vertical, tableaux à lignes alternées grisées avec en-tête en gras et légende
« Table 1. » au-dessus, figure (histogramme dessiné) avec légende « Figure 1. » en italique dessous qui seule donne
les valeurs, pied de page alterné (folio à droite sur les pages impaires, à gauche sur les paires, titre court de
l'autre côté), liste de sigles en fin de document (liste de définitions horizontale).
"""
import os

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-05_mss-durance-littoral_rapport-activite-2025.pdf")
F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("NotoSerif", F + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("NotoSerif-Bold", F + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("NotoSerif-Italic", F + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("NotoSans", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("NotoSans-Bold", F + "DejaVuSans-Bold.ttf"))

BODY = ParagraphStyle("body", fontName="NotoSerif", fontSize=10, leading=15, alignment=TA_JUSTIFY, spaceAfter=7,
                      textColor=colors.HexColor("#333333"))
H1 = ParagraphStyle("h1", fontName="NotoSans-Bold", fontSize=17, leading=22, spaceBefore=14, spaceAfter=8,
                    textColor=colors.HexColor("#ba3925"))
H2 = ParagraphStyle("h2", fontName="NotoSans-Bold", fontSize=13, leading=17, spaceBefore=10, spaceAfter=6,
                    textColor=colors.HexColor("#ba3925"))
CAP = ParagraphStyle("cap", fontName="NotoSerif-Italic", fontSize=9.5, leading=13, spaceBefore=4, spaceAfter=8,
                     textColor=colors.HexColor("#333333"))
LI = ParagraphStyle("li", parent=BODY, leftIndent=14, bulletIndent=3, spaceAfter=3)
CELL = ParagraphStyle("cell", fontName="NotoSerif", fontSize=8.6, leading=11)
CELLB = ParagraphStyle("cellb", fontName="NotoSerif-Bold", fontSize=8.6, leading=11)
TITLE = ParagraphStyle("title", fontName="NotoSans-Bold", fontSize=25, leading=31, textColor=colors.HexColor("#ba3925"))
SUB = ParagraphStyle("sub", fontName="NotoSans", fontSize=14, leading=19, textColor=colors.HexColor("#555555"))
SHORT = "Maison Sport-Santé Durance-Littoral — Rapport d'activité 2025"


def p(t, st=BODY):
    return Paragraph(t, st)


def bullets(items):
    return [Paragraph(t, LI, bulletText="•") for t in items]


def admonition(label, text):
    t = Table([[Paragraph(label, ParagraphStyle("lab", fontName="NotoSans-Bold", fontSize=9, textColor=colors.HexColor("#19407c"))),
                Paragraph(text, ParagraphStyle("adm", parent=BODY, spaceAfter=0))]], colWidths=[24 * mm, 136 * mm])
    t.setStyle(TableStyle([("LINEAFTER", (0, 0), (0, 0), 0.6, colors.HexColor("#dddddd")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [Spacer(1, 3), t, Spacer(1, 6)]


def table(caption, rows, widths, total=False):
    data = [[Paragraph(c, CELLB) for c in rows[0]]]
    for i, r in enumerate(rows[1:]):
        st = CELLB if (total and i == len(rows) - 2) else CELL
        data.append([Paragraph(c, st) for c in r])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#dedede")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f7f8f7")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i in range(1, len(data)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f9f9f9")))
    t.setStyle(TableStyle(style))
    return KeepTogether([p(caption, CAP), t, Spacer(1, 8)])


def chart():
    d = Drawing(160 * mm, 62 * mm)
    vals = [(2023, 96), (2024, 181), (2025, 274)]
    d.add(Line(12 * mm, 8 * mm, 150 * mm, 8 * mm, strokeColor=colors.grey))
    for i, (y, v) in enumerate(vals):
        x = 30 * mm + i * 40 * mm
        h = v / 300 * 48 * mm
        d.add(Rect(x, 8 * mm, 22 * mm, h, fillColor=colors.HexColor("#2f7d6d"), strokeColor=None))
        d.add(String(x + 7 * mm, 3 * mm, str(y), fontName="NotoSans", fontSize=8))
    return d


def footer(canv, doc):
    n = canv.getPageNumber()
    if n == 1:
        return
    canv.saveState()
    canv.setFont("NotoSans", 8)
    canv.setFillColor(colors.HexColor("#666666"))
    canv.setStrokeColor(colors.HexColor("#dddddd"))
    canv.line(20 * mm, 14 * mm, 190 * mm, 14 * mm)
    if n % 2:
        canv.drawString(20 * mm, 9 * mm, SHORT)
        canv.drawRightString(190 * mm, 9 * mm, str(n))
    else:
        canv.drawString(20 * mm, 9 * mm, str(n))
        canv.drawRightString(190 * mm, 9 * mm, SHORT)
    canv.restoreState()


def build():
    s = []
    s += [Spacer(1, 60 * mm), p("Maison Sport-Santé Durance-Littoral", TITLE), Spacer(1, 6),
          p("Rapport d'activité 2025", SUB), Spacer(1, 4),
          p("Castelvérane (Bouches-du-Rhône) — antenne des Oliviers-Hauts — site de Sainte-Luce-du-Var", SUB),
          Spacer(1, 30 * mm),
          p("Céline Arnaud, directrice ; Julien Roustan, enseignant en activité physique adaptée, référent santé "
            "mentale"), p("Version 1.2 — 5 février 2026 — validée par le conseil d'administration du 3 février 2026"),
          p("contact@mss-durance-littoral.example — 04 42 17 63 90"), PageBreak()]
    s += [p("Table des matières", H1)]
    for line in ["1. La Maison Sport-Santé en bref", "2. L'activité en 2025", "2.1. Bénéficiaires par site",
                 "2.2. Prescriptions et orienteurs", "3. Activité physique et santé mentale",
                 "3.1. Le programme « Bouger pour aller mieux »", "3.2. Marche, nature et jardins",
                 "4. Moyens et financements", "5. Priorités 2026", "Annexe. Sigles"]:
        s.append(p(line, ParagraphStyle("toc", parent=BODY, leftIndent=12 if line[1:3] == ".1" or line[1:3] == ".2" else 0, spaceAfter=2)))
    s.append(PageBreak())

    s += [p("1. La Maison Sport-Santé en bref", H1),
          p("La Maison Sport-Santé Durance-Littoral est une association loi 1901 créée en 2020 et reconnue « maison "
            "sport-santé » (MSS) par les ministères chargés des sports et de la santé en janvier 2021. Une maison "
            "sport-santé accueille, conseille et oriente toute personne qui souhaite pratiquer une activité physique "
            "à des fins de santé, qu'elle ait ou non une prescription médicale. Elle réalise un bilan, propose un "
            "programme encadré et accompagne ensuite la personne vers une pratique durable dans un club ou une "
            "association du territoire."),
          p("Le siège est situé 14 avenue des Platanes à Castelvérane. Une antenne fonctionne depuis le 2 mai 2023 au "
            "centre social La Bastide, dans le quartier prioritaire des Oliviers-Hauts, et un site partenaire "
            "accueille des groupes au gymnase Paul-Rigaud de Sainte-Luce-du-Var (Var), au pied du quartier du "
            "Plan-Fleuri. L'équipe compte 6,4 équivalents temps plein, dont quatre enseignants en activité physique "
            "adaptée (EAPA)."),
          *admonition("NOTE", "L'activité physique adaptée (APA) désigne la pratique, dans un but de santé, de "
                      "mouvements corporels adaptés aux capacités et aux pathologies de la personne. Elle est "
                      "dispensée par des professionnels formés, en premier lieu les enseignants en APA titulaires "
                      "d'une licence STAPS mention APA-S."),
          p("2. L'activité en 2025", H1),
          p("En 2025, la MSS a accompagné 612 personnes, contre 447 en 2024, soit une hausse de 37 %. Quatre "
            "bénéficiaires sur dix (42 %) résident dans un quartier prioritaire de la politique de la ville (QPV). "
            "Les femmes représentent 64 % des personnes accueillies ; l'âge moyen est de 49 ans."),
          p("2.1. Bénéficiaires par site", H2),
          table("Table 1. Bénéficiaires, publics et séances par site, 2024-2025",
                [["Site", "Bénéficiaires 2024", "Bénéficiaires 2025", "dont résidents QPV", "dont troubles psychiques",
                  "Séances APA 2025", "Assiduité"],
                 ["Siège de Castelvérane", "231", "298", "27 %", "24 %", "1 140", "71 %"],
                 ["Antenne des Oliviers-Hauts", "128", "201", "64 %", "37 %", "820", "66 %"],
                 ["Sainte-Luce-du-Var (gymnase Paul-Rigaud)", "88", "113", "41 %", "27 %", "430", "62 %"],
                 ["Ensemble", "447", "612", "42 %", "29 %", "2 390", "68 %"]],
                [44, 20, 20, 20, 22, 20, 18], total=True),
          p("L'assiduité est la part des séances prévues auxquelles les personnes ont effectivement participé. Elle est "
            "plus faible au Plan-Fleuri, où les horaires des groupes (en fin de matinée) conviennent mal aux "
            "personnes qui travaillent en horaires décalés."),
          ]
    s += [p("2.2. Prescriptions et orienteurs", H2),
          p("Le nombre de prescriptions d'activité physique adaptée reçues continue de croître : la MSS en a reçu "
            "274 en 2025. 57 médecins différents ont prescrit au moins une fois, dont 11 psychiatres."),
          chart(),
          p("Figure 1. Prescriptions d'activité physique adaptée reçues par la MSS : 96 en 2023, 181 en 2024, "
            "274 en 2025 (source : dossiers de la MSS).", CAP),
          table("Table 2. Origine des orientations en 2025",
                [["Orienteur", "Personnes", "Part"],
                 ["Médecins généralistes", "262", "43 %"],
                 ["Psychiatres libéraux et CMP", "74", "12 %"],
                 ["Hôpital de jour Les Micocouliers", "41", "7 %"],
                 ["GEM L'Envolée", "29", "5 %"],
                 ["Services sociaux, centres sociaux, CCAS", "88", "14 %"],
                 ["Venue spontanée ou bouche-à-oreille", "118", "19 %"],
                 ["Total", "612", "100 %"]], [90, 35, 35], total=True),
          *admonition("TIP", "Depuis 2023, tout médecin peut prescrire de l'activité physique adaptée non seulement aux "
                      "patients en affection de longue durée (ALD), mais aussi aux personnes atteintes d'une maladie "
                      "chronique ou présentant des facteurs de risque. Une prescription n'est jamais obligatoire pour "
                      "être accueilli à la MSS."),
          p("3. Activité physique et santé mentale", H1),
          p("En 2025, 176 bénéficiaires présentaient un trouble psychique déclaré (29 %), principalement des troubles "
            "dépressifs et anxieux, des troubles bipolaires et des schizophrénies stabilisées. Pour ces personnes, "
            "la MSS travaille avec l'hôpital de jour de psychiatrie adulte Les Micocouliers, le centre "
            "médico-psychologique (CMP) de Castelvérane, le groupe d'entraide mutuelle (GEM) L'Envolée et le conseil "
            "local de santé mentale (CLSM) de Castelvérane, dont elle anime depuis 2024 le groupe de travail « Sport, "
            "nature et santé mentale »."),
          p("3.1. Le programme « Bouger pour aller mieux »", H2),
          p("Le programme « Bouger pour aller mieux » est un cycle de 12 semaines réservé aux personnes vivant avec un "
            "trouble psychique : deux séances collectives d'une heure par semaine, en groupes de huit personnes au "
            "plus, un bilan initial et un bilan final. En 2025, huit cycles ont réuni 94 participants ; 67 sont allés "
            "au bout du cycle, soit un taux de complétion de 71 %. Le score moyen de bien-être mental (échelle de "
            "Warwick-Edinburgh, WEMWBS) est passé de 41 à 47 points entre le début et la fin du cycle, et la distance "
            "parcourue au test de marche de six minutes a augmenté de 48 mètres en moyenne."),
          *admonition("IMPORTANT", "Les traitements psychotropes (antipsychotiques notamment) favorisent la prise de "
                      "poids et le risque cardio-vasculaire. Le bilan initial comprend donc toujours une mesure du "
                      "tour de taille et un échange avec le médecin prescripteur sur les contre-indications."),
          p("3.2. Marche, nature et jardins", H2),
          p("Deux groupes de marche ont fonctionné toute l'année : la « marche du mardi » au départ de l'antenne des "
            "Oliviers-Hauts (23 sorties, 11 marcheurs en moyenne) et les randonnées-santé du jeudi organisées avec le "
            "GEM L'Envolée (31 sorties). Depuis le printemps 2025, six des trente-deux parcelles du Jardin des "
            "Cigales, jardin partagé du quartier de La Tourrache géré par l'association Terres en Partage, sont "
            "réservées à des ateliers de jardinage adapté animés par un enseignant APA."),
          p("4. Moyens et financements", H1),
          p("Le budget 2025 s'élève à 412 000 €. Les principaux financeurs sont l'agence régionale de santé (ARS) "
            "Provence-Alpes-Côte d'Azur (138 000 €), la délégation régionale académique à la jeunesse, à "
            "l'engagement et aux sports (DRAJES) (64 000 €), la ville de Castelvérane au titre du contrat de ville "
            "(52 000 €), la caisse primaire d'assurance maladie (CPAM) (40 000 €) et les participations des "
            "bénéficiaires (31 000 €)."),
          p("5. Priorités 2026", H1),
          p("Le conseil d'administration a retenu cinq priorités pour 2026 :"),
          *bullets(["ouvrir un deuxième créneau du soir à l'antenne des Oliviers-Hauts pour les personnes qui "
                    "travaillent ;",
                    "former 40 professionnels du territoire (éducateurs sportifs municipaux, animateurs de GEM, "
                    "infirmiers de CMP) à l'accueil des personnes vivant avec un trouble psychique ;",
                    "déplacer les groupes du Plan-Fleuri en fin d'après-midi ;",
                    "lancer avec la ville les « ordonnances vertes » dans les trois QPV ;",
                    "mesurer à six mois la pratique des personnes sorties du programme."]),
          p("Annexe. Sigles", H1)]
    gl = [("ALD", "affection de longue durée"), ("APA", "activité physique adaptée"),
          ("ARS", "agence régionale de santé"), ("CMP", "centre médico-psychologique"),
          ("DRAJES", "délégation régionale académique à la jeunesse, à l'engagement et aux sports"),
          ("EAPA", "enseignant en activité physique adaptée"), ("GEM", "groupe d'entraide mutuelle"),
          ("MSS", "maison sport-santé"), ("QPV", "quartier prioritaire de la politique de la ville"),
          ("WEMWBS", "Warwick-Edinburgh Mental Well-being Scale, échelle de bien-être mental")]
    t = Table([[Paragraph(a, CELLB), Paragraph(b, CELL)] for a, b in gl], colWidths=[28 * mm, 132 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=22 * mm, title="Rapport d'activité 2025 — Maison Sport-Santé Durance-Littoral",
                            author="Céline Arnaud, Julien Roustan",
                            creator="Asciidoctor PDF 2.3.19, based on Prawn 2.4.0",
                            producer="Asciidoctor PDF 2.3.19, based on Prawn 2.4.0")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    build()
