# -*- coding: utf-8 -*-
"""Rapport d'activité 2025 d'un CSAPA, rédigé sous Word et « Enregistré sous > PDF » (Microsoft 365).

Imitation : A4 portrait, polices Calibri/Cambria (ici Liberation Sans/Serif), page de garde sans folio, sommaire
à points de suite, titres numérotés « 1. », « 1.1 », pied de page « Rapport d'activité 2025 – CSAPA Le Relais
| Page n sur N », en-tête avec le nom de l'association, tableau long (file active par commune et quartier) sur trois
pages avec ligne d'en-tête répétée (« Répéter en tête de page »), graphique à barres collé depuis Excel dont les
valeurs ne sont que dans sa légende « Graphique 1 : … », encadré comparatif CSAPA / CAARUD / CJC, glossaire,
métadonnées Creator/Producer « Microsoft® Word pour Microsoft 365 ».
"""
import os

from reportlab.graphics.shapes import Drawing, Rect, String, Line
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-18_ahal_rapport-activite-csapa-le-relais-2025.pdf")
LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Calibri", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Calibri-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Calibri-Italic", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Cambria", LIB + "LiberationSerif-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402
registerFontFamily("Calibri", normal="Calibri", bold="Calibri-Bold", italic="Calibri-Italic",
                   boldItalic="Calibri-Bold")

BLUE = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#DEEAF6")
body = ParagraphStyle("body", fontName="Calibri", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Cambria", fontSize=15, leading=19, textColor=BLUE, spaceBefore=10, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="Cambria", fontSize=12, leading=15, textColor=BLUE, spaceBefore=8, spaceAfter=5)
cap = ParagraphStyle("cap", fontName="Calibri-Italic", fontSize=9, leading=11.5, textColor=colors.HexColor("#44546A"),
                     spaceBefore=3, spaceAfter=9)
cell = ParagraphStyle("cell", fontName="Calibri", fontSize=9, leading=11)
cellb = ParagraphStyle("cellb", fontName="Calibri-Bold", fontSize=9, leading=11, textColor=colors.white)
toc = ParagraphStyle("toc", fontName="Calibri", fontSize=11, leading=17)


def P(t, s=body):
    return Paragraph(t, s)


def B(items):
    return [Paragraph(i, bullet, bulletText="•") for i in items]


def table(rows, widths, repeat=1, zebra=True):
    data = [[Paragraph(str(c), cellb if r == 0 else cell) for c in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=repeat)
    st = [("BACKGROUND", (0, 0), (-1, 0), BLUE), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9DC3E6")),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if zebra:
        for r in range(2, len(rows), 2):
            st.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
    t.setStyle(TableStyle(st))
    return t


def chart():
    vals = [("Alcool", 41), ("Cannabis", 27), ("Opioïdes", 14), ("Cocaïne / crack", 9), ("Écrans, jeux", 5),
            ("Tabac", 4)]
    d = Drawing(430, 170)
    d.add(Line(40, 20, 420, 20, strokeColor=colors.grey))
    for i, (_, v) in enumerate(vals):
        x = 55 + i * 62
        d.add(Rect(x, 20, 34, v * 3.3, fillColor=colors.HexColor("#5B9BD5"), strokeColor=None))
    # étiquettes d'axe seulement (les valeurs ne sont pas portées sur les barres)
    for i, (lab, _) in enumerate(vals):
        d.add(String(55 + i * 62 + 17, 6, lab.split(" ")[0], fontName="Calibri", fontSize=7, textAnchor="middle"))
    return d


story = []
# --- page de garde
story += [Spacer(1, 4 * cm),
          P("Association Horizons Addictions Lorraine", ParagraphStyle("c1", fontName="Calibri", fontSize=13,
                                                                       alignment=TA_CENTER, textColor=BLUE)),
          Spacer(1, 1 * cm),
          P("CSAPA Le Relais<br/>Sarrebach-les-Forges", ParagraphStyle("c2", fontName="Cambria", fontSize=26,
                                                                       leading=32, alignment=TA_CENTER)),
          Spacer(1, 0.8 * cm),
          P("RAPPORT D'ACTIVITÉ 2025", ParagraphStyle("c3", fontName="Cambria", fontSize=20, alignment=TA_CENTER,
                                                     textColor=BLUE)),
          Spacer(1, 0.5 * cm),
          P("Centre de soins, d'accompagnement et de prévention en addictologie — antenne CJC du Vieux-Puits — "
            "unité mobile « Trajectoires »", ParagraphStyle("c4", fontName="Calibri-Italic", fontSize=11,
                                                            leading=15, alignment=TA_CENTER)),
          Spacer(1, 5 * cm),
          P("Document présenté au conseil d'administration du 12 mars 2026 et transmis à l'ARS Grand Est "
            "(délégation territoriale de la Moselle) le 18 mars 2026.", ParagraphStyle(
              "c5", fontName="Calibri", fontSize=9.5, leading=13, alignment=TA_CENTER)),
          PageBreak()]
# --- sommaire
story += [P("Sommaire", h1)]
for t, p in [("Le mot de la directrice", 3), ("1. Présentation du CSAPA Le Relais", 3),
             ("2. La file active en 2025", 4), ("3. Troubles concomitants : addictions et santé mentale", 6),
             ("4. La CJC du Vieux-Puits", 6), ("5. Aller-vers et réduction des risques dans les QPV", 7),
             ("6. Partenariats et CLSM", 7), ("7. Perspectives 2026", 7), ("Glossaire", 8)]:
    dots = "." * (95 - len(t))
    story.append(P("%s %s %d" % (t, dots, p), toc))
story.append(PageBreak())

story += [P("Le mot de la directrice", h1),
          P("L'année 2025 aura été celle de la consolidation. Le Relais a accompagné plus de personnes que jamais, "
            "et surtout des personnes que nous ne voyions pas auparavant : des jeunes des quartiers du Vieux-Puits "
            "et des Hauts-de-Saint-Clair, des femmes, des personnes qui cumulent une consommation problématique et "
            "un trouble psychique. Ce rapport rend compte de ce travail, mené par une équipe de 14,6 ETP, et des "
            "partenariats qui le rendent possible, au premier rang desquels le Conseil local de santé mentale (CLSM) "
            "de Sarrebach-les-Forges."),
          P("<i>Nadia Kessler, directrice du CSAPA Le Relais</i>"),
          P("1. Présentation du CSAPA Le Relais", h1),
          P("Le CSAPA Le Relais est un centre de soins, d'accompagnement et de prévention en addictologie "
            "ambulatoire, géré par l'Association Horizons Addictions Lorraine (AHAL). Il est autorisé pour "
            "l'accompagnement de toutes les addictions, avec ou sans produit. Il est situé 14 rue des Forgerons à "
            "Sarrebach-les-Forges, à 300 mètres du quartier prioritaire du Vieux-Puits. Il dispose de trois lieux "
            "d'activité :"),
          *B(["le site principal, ouvert du lundi au vendredi de 9 h à 18 h et le jeudi jusqu'à 20 h ;",
              "l'antenne de consultation jeunes consommateurs (CJC) installée depuis septembre 2023 dans la maison "
              "de quartier du Vieux-Puits ;",
              "l'unité mobile « Trajectoires », un camping-car aménagé qui stationne dans les quartiers prioritaires "
              "de Sarrebach-les-Forges et de Creutzheim."]),
          P("L'équipe réunit deux médecins addictologues (dont le Dr Bastien Hoffmann, médecin coordinateur), une "
            "psychiatre à 0,3 ETP (Dr Inès Ferhat, également praticienne au CMP adultes de Sarrebach), trois "
            "infirmières, deux psychologues, deux éducateurs spécialisés, une assistante sociale, une médiatrice "
            "pair et une secrétaire. Le financement principal est la dotation globale de l'ARS Grand Est au titre de "
            "l'ONDAM médico-social : 1 284 000 € en 2025, complétés par 62 000 € du fonds de lutte contre les "
            "addictions et 38 500 € de la politique de la ville pour l'unité mobile."),
          PageBreak(),
          P("2. La file active en 2025", h1),
          P("En 2025, le CSAPA a accompagné 1 126 personnes (file active), contre 1 048 en 2024 et 987 en 2023, soit "
            "une hausse de 7,4 % en un an. Parmi elles, 412 étaient de nouveaux patients. 43 % des personnes "
            "suivies résident dans un quartier prioritaire de la politique de la ville (QPV), alors que ces quartiers "
            "regroupent 21 % de la population du territoire desservi. Les femmes représentent 27 % de la file "
            "active (24 % en 2024) ; les moins de 25 ans, 19 %."),
          P("Le délai moyen entre le premier contact et le premier rendez-vous médical est passé de 19 jours en 2024 "
            "à 11 jours en 2025, grâce à la mise en place d'un entretien d'accueil infirmier sous 72 heures."),
          P("2.1 Produit principal à l'origine de la prise en charge", h2),
          chart(),
          P("Graphique 1 : Répartition de la file active 2025 par produit ou comportement principal (n = 1 126) — "
            "alcool 41 %, cannabis 27 %, opioïdes 14 %, cocaïne et crack 9 %, écrans et jeux d'argent 5 %, tabac "
            "4 %. Source : dossiers patients, extraction du 15 janvier 2026.", cap),
          P("La part de la cocaïne et du crack a presque doublé en deux ans (5 % en 2023). Cette progression est "
            "concentrée sur les Hauts-de-Saint-Clair et sur le quartier de la Gare à Creutzheim."),
          P("2.2 Lieu de résidence des personnes suivies", h2),
          P("Le tableau 3 détaille la file active 2025 par commune et par quartier de résidence. Les quartiers "
            "prioritaires sont signalés dans la troisième colonne."),
          ]

rows = [["Commune", "Quartier de résidence", "QPV", "Personnes suivies", "dont femmes", "dont moins de 25 ans"]]
data = [
    ("Sarrebach-les-Forges", "Le Vieux-Puits", "oui", 168, 44, 41), ("Sarrebach-les-Forges", "Les Hauts-de-Saint-Clair", "oui", 131, 33, 29),
    ("Sarrebach-les-Forges", "Centre-ville", "non", 62, 17, 8), ("Sarrebach-les-Forges", "La Forge-Haute", "non", 40, 11, 5),
    ("Sarrebach-les-Forges", "Les Prés-Saint-Jean", "non", 35, 9, 6), ("Sarrebach-les-Forges", "Bois-Fleuri", "non", 30, 8, 4),
    ("Sarrebach-les-Forges", "Quartier de l'Écluse", "non", 31, 9, 4), ("Creutzheim", "Quartier de la Gare", "oui", 74, 17, 18),
    ("Creutzheim", "Centre", "non", 28, 7, 3), ("Creutzheim", "Les Vergers", "non", 22, 6, 3),
    ("Hombach-sur-Sarre", "Cité Sainte-Barbe", "oui", 55, 14, 11), ("Hombach-sur-Sarre", "Bourg", "non", 28, 8, 2),
    ("Neuvillers", "—", "non", 26, 7, 3), ("Altwiller-la-Côte", "—", "non", 19, 5, 2),
    ("Rémeling", "—", "non", 17, 4, 3), ("Obersaal", "—", "non", 16, 3, 2), ("Petit-Ebersing", "—", "non", 14, 4, 1),
    ("Valmont-les-Mines", "Cité des Mineurs", "oui", 29, 7, 6), ("Valmont-les-Mines", "Bourg", "non", 15, 4, 1),
    ("Farschwiller-Haut", "—", "non", 12, 3, 1), ("Guenwald", "—", "non", 11, 2, 2), ("Lixing-le-Petit", "—", "non", 10, 3, 1),
    ("Tenteling-Bas", "—", "non", 9, 2, 1), ("Cappelwiller", "—", "non", 9, 3, 0), ("Diebling-sur-Rosselle", "—", "non", 8, 2, 1),
    ("Henriville-Basse", "—", "non", 8, 1, 1), ("Macheren-le-Val", "—", "non", 7, 2, 1), ("Seingbouse-Neuf", "—", "non", 7, 1, 0),
    ("Folkling-Haut", "—", "non", 6, 2, 1), ("Theding-sur-Nied", "—", "non", 6, 1, 0), ("Bousbach-la-Forêt", "—", "non", 5, 1, 1),
    ("Kerbach-le-Haut", "—", "non", 5, 2, 0), ("Metzing-le-Pont", "—", "non", 4, 1, 0), ("Etzling-Bas", "—", "non", 4, 1, 1),
    ("Spicheren-le-Val", "—", "non", 4, 0, 0), ("Morsbach-la-Côte", "—", "non", 3, 1, 0), ("Behren-la-Mine", "Cité Bellevue", "oui", 31, 8, 7),
    ("Behren-la-Mine", "Bourg", "non", 6, 1, 1), ("Autres communes de Moselle", "—", "non", 71, 18, 9),
    ("Hors Moselle", "—", "non", 20, 5, 3), ("Sans domicile stable", "—", "—", 40, 8, 4),
]
tot = [sum(r[k] for r in data) for k in (3, 4, 5)]
i = [r[0] for r in data].index("Autres communes de Moselle")
r = data[i]
data[i] = (r[0], r[1], r[2], r[3] + 1126 - tot[0], r[4] + 304 - tot[1], r[5] + 214 - tot[2])
assert min(data[i][3:]) > 0, data[i]
for r in data:
    rows.append(list(r))
rows.append(["Total", "", "", 1126, 304, 214])
story += [P("Tableau 3 : File active 2025 par commune et quartier de résidence (nombre de personnes)", cap),
          table(rows, [3.6 * cm, 4.2 * cm, 1.2 * cm, 2.6 * cm, 2.2 * cm, 2.8 * cm]),
          P("Lecture : 168 personnes suivies en 2025 résident au Vieux-Puits, dont 44 femmes et 41 jeunes de moins "
            "de 25 ans. Les six QPV du territoire totalisent 488 personnes, soit 43 % de la file active.", cap),
          ]

story += [PageBreak(),
          P("3. Troubles concomitants : addictions et santé mentale", h1),
          P("Les troubles concomitants désignent la présence simultanée, chez une même personne, d'un trouble lié à "
            "l'usage de substances (ou d'une addiction comportementale) et d'un trouble psychique (dépression, "
            "trouble anxieux, trouble bipolaire, schizophrénie, psychotraumatisme…). Ils aggravent le pronostic de "
            "chacun des deux troubles et exposent au risque de « ping-pong » entre services, chacun renvoyant vers "
            "l'autre."),
          P("En 2025, 46 % des personnes de la file active présentaient un trouble psychique diagnostiqué ou suivi "
            "(518 personnes), contre 41 % en 2024. Les troubles dépressifs et anxieux dominent (61 % de ces "
            "situations), devant les psychotraumatismes (17 %) et les troubles psychotiques (12 %)."),
          P("3.1 La consultation partagée CSAPA–CMP", h2),
          P("Depuis avril 2024, le Dr Ferhat assure une consultation partagée un mardi sur deux dans les locaux du "
            "CSAPA, avec l'infirmière référente de la personne. Elle permet d'éviter l'orientation « à froid » vers "
            "le CMP. En 2025 : 58 demi-journées, 212 consultations, 74 personnes orientées vers le CMP adultes de "
            "Sarrebach avec un rendez-vous fixé avant leur départ, et un délai d'accès au CMP réduit à 23 jours pour "
            "ces personnes, contre 64 jours en moyenne pour une demande classique."),
          P("3.2 Ce qui reste difficile", h2),
          *B(["l'accès à l'hospitalisation de sevrage pour les personnes avec un trouble psychotique stabilisé "
              "(délai de 5 à 8 semaines à l'hôpital de Creutzheim) ;",
              "la continuité des traitements à la sortie d'hospitalisation psychiatrique, notamment pour les "
              "traitements de substitution aux opioïdes (TSO) ;",
              "l'absence de place d'hébergement adaptée aux personnes qui consomment encore."]),
          KeepTogether([
              P("Encadré : CSAPA, CAARUD, CJC — qui fait quoi ?", h2),
              table([["", "CSAPA", "CAARUD", "CJC"],
                     ["Public", "Toute personne en difficulté avec une addiction, et son entourage",
                      "Usagers actifs de drogues, souvent très précaires", "Jeunes de 12 à 25 ans et leurs parents"],
                     ["Objectif", "Soin, accompagnement médico-psycho-social, prévention ; possibilité de prescrire "
                      "(TSO, sevrage ambulatoire)", "Réduire les risques et les dommages, sans exiger l'arrêt des "
                      "consommations", "Faire le point tôt, avant que l'usage ne devienne une dépendance"],
                     ["Accès", "Sur rendez-vous, gratuit, anonymat possible", "Accueil sans rendez-vous, "
                      "anonyme et gratuit", "Sur rendez-vous ou en permanence, gratuit et confidentiel"],
                     ["À Sarrebach", "CSAPA Le Relais", "Pas de CAARUD : passages de l'équipe de L'Escale "
                      "(Vervinval) un jeudi par mois", "Antenne du Vieux-Puits"]],
                    [2.4 * cm, 4.6 * cm, 4.6 * cm, 4.6 * cm], zebra=False),
              Spacer(1, 6)]),
          P("4. La CJC du Vieux-Puits", h1),
          P("La consultation jeunes consommateurs du Vieux-Puits a reçu 163 jeunes en 2025 (119 en 2024), dont 58 "
            "venus avec un parent, et 47 parents venus seuls. Les motifs principaux sont le cannabis (52 %), les "
            "écrans et jeux vidéo (21 %), l'alcool (14 %) et le protoxyde d'azote (7 %). 61 % des jeunes sont "
            "orientés par un établissement scolaire, la mission locale ou la protection judiciaire de la jeunesse. "
            "Le délai moyen de premier rendez-vous est de 6 jours."),
          P("5. Aller-vers et réduction des risques dans les QPV", h1),
          P("L'unité mobile « Trajectoires » a réalisé 96 sorties en 2025 (71 en 2024) : le mardi après-midi au "
            "Vieux-Puits, le jeudi soir aux Hauts-de-Saint-Clair et un vendredi sur deux à la Cité Sainte-Barbe de "
            "Hombach-sur-Sarre. Elle a permis 1 340 contacts, dont 286 avec des personnes inconnues du CSAPA, et la "
            "remise de 2 150 kits de réduction des risques (seringues, pipes à crack, roule-ta-paille) ainsi que de "
            "64 kits de naloxone. La médiatrice pair, Sandrine Wagner, participe à toutes les sorties : son "
            "expérience vécue facilite le premier contact, notamment avec les femmes."),
          P("6. Partenariats et CLSM", h1),
          P("Le CSAPA est membre du CLSM de Sarrebach-les-Forges depuis sa création en 2019 et anime, avec le CMP "
            "adultes, son groupe de travail « Addictions & santé mentale ». En 2025, ce groupe a produit une fiche "
            "de liaison commune CSAPA–CMP–CCAS et organisé deux sessions de sensibilisation pour 38 professionnels "
            "des bailleurs sociaux et des centres sociaux. Le CSAPA participe aussi au projet territorial de santé "
            "mentale (PTSM) de la Moselle."),
          P("7. Perspectives 2026", h1),
          *B(["ouvrir une deuxième demi-journée de consultation partagée avec le CMP, le vendredi matin ;",
              "recruter un second médiateur pair à mi-temps, financé par l'appel à projets « Aller-vers en QPV » de "
              "l'ARS Grand Est ;",
              "étendre les sorties de l'unité mobile à la Cité des Mineurs de Valmont-les-Mines ;",
              "former l'ensemble de l'équipe à l'entretien motivationnel et au repérage du psychotraumatisme ;",
              "signer avec le CAARUD L'Escale une convention de permanences mensuelles au CSAPA."]),
          PageBreak(),
          P("Glossaire", h1),
          table([["Sigle", "Signification"],
                 ["AHAL", "Association Horizons Addictions Lorraine"],
                 ["ARS", "Agence régionale de santé"],
                 ["CAARUD", "Centre d'accueil et d'accompagnement à la réduction des risques pour usagers de drogues"],
                 ["CJC", "Consultation jeunes consommateurs"],
                 ["CLSM", "Conseil local de santé mentale"],
                 ["CMP", "Centre médico-psychologique"],
                 ["CSAPA", "Centre de soins, d'accompagnement et de prévention en addictologie"],
                 ["ETP", "Équivalent temps plein"],
                 ["ONDAM", "Objectif national des dépenses d'assurance maladie"],
                 ["PTSM", "Projet territorial de santé mentale"],
                 ["QPV", "Quartier prioritaire de la politique de la ville"],
                 ["RdRD", "Réduction des risques et des dommages"],
                 ["TSO", "Traitement de substitution aux opioïdes"]], [3 * cm, 13 * cm]),
          ]


class Doc(BaseDocTemplate):
    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2.4 * cm,
                         bottomMargin=2.2 * cm, title="Rapport d'activité 2025 - CSAPA Le Relais",
                         author="Nadia Kessler", subject="Rapport d'activité", creator="Microsoft® Word pour Microsoft 365",
                         producer="Microsoft® Word pour Microsoft 365")
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate("p", frames=[fr], onPage=self.deco)])

    def deco(self, c, doc):
        n = c.getPageNumber()
        if n == 1:
            return
        c.saveState()
        c.setFont("Calibri", 8.5)
        c.setFillColor(colors.grey)
        c.drawString(2.3 * cm, A4[1] - 1.4 * cm, "Association Horizons Addictions Lorraine")
        c.drawRightString(A4[0] - 2.3 * cm, 1.2 * cm, "Rapport d'activité 2025 – CSAPA Le Relais | Page %d sur %d"
                          % (n, TOTAL))
        c.restoreState()


TOTAL = 8
Doc(OUT).build(story)
import pypdf  # noqa: E402
print(OUT, len(pypdf.PdfReader(OUT).pages), "pages")
