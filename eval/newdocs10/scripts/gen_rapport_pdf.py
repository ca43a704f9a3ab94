# -*- coding: utf-8 -*-
"""Rapport d'étude (PDF A4) de l'ORSS Bourgogne-Franche-Comté :
« Les conseils locaux de santé mentale en Bourgogne-Franche-Comté — État des lieux 2025 »."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, Flowable, KeepTogether, NextPageTemplate)
from reportlab.lib.utils import simpleSplit

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "2025-06-24_orss-bfc_etat-des-lieux-clsm-2025.pdf")
BLUE = HexColor("#23407a")
LBLUE = HexColor("#e8eef8")

sty = {
    "p": ParagraphStyle("p", fontName="DV", fontSize=10, leading=14.6, alignment=TA_JUSTIFY, spaceAfter=6),
    "h1": ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, textColor=BLUE, spaceBefore=10, spaceAfter=8),
    "h2": ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, textColor=BLUE, spaceBefore=8, spaceAfter=5),
    "b": ParagraphStyle("b", fontName="DV", fontSize=10, leading=14.2, leftIndent=16, bulletIndent=4, spaceAfter=3,
                        alignment=TA_JUSTIFY),
    "cap": ParagraphStyle("cap", fontName="DVB", fontSize=9, leading=12, textColor=BLUE, spaceBefore=6, spaceAfter=4),
    "src": ParagraphStyle("src", fontName="DVI", fontSize=7.8, leading=10, spaceAfter=8, textColor=HexColor("#444444")),
    "cell": ParagraphStyle("cell", fontName="DV", fontSize=8.4, leading=10.5),
    "cellb": ParagraphStyle("cellb", fontName="DVB", fontSize=8.4, leading=10.5, textColor=white),
    "syn": ParagraphStyle("syn", fontName="DV", fontSize=9.8, leading=14, alignment=TA_JUSTIFY, spaceAfter=7),
    "gl": ParagraphStyle("gl", fontName="DV", fontSize=9.4, leading=13, spaceAfter=3),
}

FOOTNOTES = {
    1: "Instruction n° DGS/SP4/CGET/2016/289 du 30 septembre 2016 relative à la consolidation et à la généralisation des conseils locaux de santé mentale.",
    2: "Article L. 3221-2 du code de la santé publique, issu de la loi du 26 janvier 2016 de modernisation de notre système de santé.",
    3: "Les cinq CLSM en préfiguration au 31 décembre 2024 n'ont pas été interrogés ; ils sont seulement recensés dans le tableau 1.",
    4: "Population municipale au 1er janvier 2021 (Insee), rapportée à la population du département.",
    5: "La nouvelle géographie prioritaire est entrée en vigueur le 1er janvier 2024 ; les périmètres antérieurs ne sont pas comparables.",
    6: "Le coût complet comprend le salaire chargé, les frais de déplacement, la formation et une quote-part de frais de structure.",
    7: "Formation standard de 14 heures, répartie sur deux jours, délivrée par des formateurs accrédités.",
    8: "Comptage déclaratif : une même situation examinée à plusieurs reprises n'est comptée qu'une fois dans l'année.",
}

note_pages = {}   # n° de note -> page (mesuré au premier passage)
head_pages = {}   # titre -> page
TOTAL = {"pages": 0}


class FootMark(Flowable):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        note_pages[self.n] = self.canv.getPageNumber()


class HeadMark(Flowable):
    def __init__(self, key):
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        head_pages[self.key] = self.canv.getPageNumber()


TOC_KEYS = ["Avant-propos", "Synthèse", "1. Contexte et méthode",
            "2. Une couverture territoriale en progression mais inégale", "3. Coordination et financement",
            "4. Thématiques et actions", "5. Articulation avec les PTSM, les CLS et les autres dispositifs",
            "6. Recommandations", "Annexe – Définition des indicateurs", "Références", "Glossaire des sigles"]


def on_cover(c, doc):
    c.saveState()
    c.setFillColor(BLUE)
    c.rect(0, A4[1] - 9 * cm, A4[0], 9 * cm, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DV", 11)
    c.drawString(2 * cm, A4[1] - 2.2 * cm, "Observatoire régional de la santé et du social de Bourgogne-Franche-Comté")
    c.setFont("DVB", 24)
    c.drawString(2 * cm, A4[1] - 4.6 * cm, "Les conseils locaux de santé mentale")
    c.drawString(2 * cm, A4[1] - 5.7 * cm, "en Bourgogne-Franche-Comté")
    c.setFont("DV", 16)
    c.drawString(2 * cm, A4[1] - 7.2 * cm, "État des lieux 2025")
    c.setFillColor(HexColor("#222222"))
    c.setFont("DV", 11)
    y = A4[1] - 12 * cm
    for ln in ["Étude réalisée à la demande de l'Agence régionale de santé Bourgogne-Franche-Comté",
               "",
               "Auteurs : Juliette Moreau-Vidal, chargée d'études ; Paul-Henri Gassin, statisticien",
               "Sous la direction du Dr Isabelle Roche-Fontaine, directrice de l'ORSS",
               "",
               "Juin 2025"]:
        c.drawString(2 * cm, y, ln)
        y -= 0.7 * cm
    c.setFont("DV", 9)
    c.drawString(2 * cm, 2.5 * cm, "ORSS Bourgogne-Franche-Comté · 14 rue des Tilleuls · 21000 Dijon · www.orss-bfc.example")
    c.drawString(2 * cm, 2.0 * cm, "Publication n° 2025-07 · mise en ligne le 24 juin 2025")
    c.restoreState()


def on_page(c, doc):
    c.saveState()
    pn = c.getPageNumber()
    # notes de bas de page
    notes = [n for n, p in sorted(note_pages.items()) if p == pn]
    if notes:
        y = 3.25 * cm
        c.setStrokeColor(HexColor("#888888"))
        c.line(2 * cm, y + 0.25 * cm, 6 * cm, y + 0.25 * cm)
        c.setFont("DV", 7.4)
        c.setFillColor(HexColor("#333333"))
        for n in notes:
            lines = simpleSplit("%d. %s" % (n, FOOTNOTES[n]), "DV", 7.4, A4[0] - 4 * cm)
            for ln in lines:
                c.drawString(2 * cm, y - 0.05 * cm, ln)
                y -= 0.33 * cm
    # pied de page courant
    c.setStrokeColor(BLUE)
    c.line(2 * cm, 1.5 * cm, A4[0] - 2 * cm, 1.5 * cm)
    c.setFont("DV", 7.8)
    c.setFillColor(HexColor("#444444"))
    c.drawString(2 * cm, 1.05 * cm, "ORSS Bourgogne-Franche-Comté · Les CLSM en Bourgogne-Franche-Comté · État des lieux 2025")
    c.drawRightString(A4[0] - 2 * cm, 1.05 * cm, "Page %d / %d" % (pn, TOTAL["pages"] or 0))
    c.restoreState()


def P(t, s="p"):
    if s == "h1":
        return KeepTogether([HeadMark(t), Paragraph(t, sty[s])])
    return Paragraph(t, sty[s])


def fn(n):
    return "<super>%d</super>" % n


def tbl(rows, widths, right_from=1):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(x, sty["cellb"] if i == 0 else sty["cell"]) for x in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [("BACKGROUND", (0, 0), (-1, 0), BLUE),
          ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#9aa8c4")),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for i in range(2, len(rows), 2):
        st.append(("BACKGROUND", (0, i), (-1, i), LBLUE))
    t.setStyle(TableStyle(st))
    return t


def story():
    s = []
    s.append(NextPageTemplate("body"))
    s.append(PageBreak())
    s.append(Paragraph("Sommaire", sty["h1"]))
    rows = []
    for k in TOC_KEYS:
        rows.append([Paragraph(k, sty["gl"]), Paragraph(str(head_pages.get(k, "")), sty["gl"])])
    t = Table(rows, colWidths=[14.5 * cm, 2 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, HexColor("#cccccc"))]))
    s.append(t)
    s.append(Spacer(1, 18))
    s.append(P("Avant-propos", "h1"))
    for t in [
        "Les conseils locaux de santé mentale se sont imposés, en une dizaine d'années, comme l'un des lieux où se "
        "construit concrètement la santé mentale dans les territoires. Là où ils existent, les élus, les soignants, "
        "les travailleurs sociaux, les bailleurs et les représentants des usagers ont appris à se connaître et à "
        "travailler ensemble, souvent autour de situations difficiles que personne ne parvenait à résoudre seul.",
        "L'Agence régionale de santé soutient cette dynamique depuis ses débuts. Elle a souhaité disposer d'un regard "
        "extérieur et documenté sur le chemin parcouru depuis le premier recensement de 2019, mais aussi sur les "
        "fragilités qui persistent. Le présent rapport, conduit par l'Observatoire régional de la santé et du social, "
        "ne cache pas ces fragilités : un temps de coordination trop limité, des financements trop souvent annuels, "
        "une couverture encore lacunaire dans les territoires ruraux.",
        "Ses recommandations nourriront la révision du cadre régional de financement des CLSM, qui sera présentée au "
        "comité régional de santé mentale à l'automne 2025. Je remercie les coordonnateurs, les élus et l'ensemble "
        "des partenaires qui ont pris le temps de répondre à l'enquête et de participer aux entretiens.",
    ]:
        s.append(P(t))
    s.append(P("<i>Mathilde Grosjean-Ferry, directrice de la santé publique, Agence régionale de santé Bourgogne-Franche-Comté</i>"))
    s.append(PageBreak())

    # --- Synthèse
    s.append(P("Synthèse", "h1"))
    for t in [
        "Fin 2024, la Bourgogne-Franche-Comté comptait 26 conseils locaux de santé mentale (CLSM) en fonctionnement, "
        "contre 11 en 2019, et cinq autres étaient en préfiguration. Cette progression, réelle, laisse pourtant de "
        "larges parties du territoire régional sans instance de concertation en santé mentale : si le Territoire de Belfort "
        "et le Doubs sont bien couverts, le Jura, la Haute-Saône et l'Yonne restent en retrait, avec moins d'un habitant sur "
        "quatre vivant dans le périmètre d'un CLSM.",
        "Les moyens de coordination demeurent modestes. Les 26 CLSM totalisent 15,8 équivalents temps plein (ETP) de "
        "coordination, soit 0,61 ETP en moyenne, et quatre seulement disposent d'un coordonnateur à temps plein. "
        "La rotation des coordonnateurs est forte : neuf changements de titulaire ont été enregistrés entre 2022 et 2024. "
        "Le budget moyen d'un CLSM atteint 48 500 euros en 2024, en hausse de près de 18 % depuis 2022, mais reste "
        "inférieur au coût complet d'un poste de coordination à temps plein.",
        "Les CLSM ont développé une activité dense. Dix-neuf des 23 répondants animent une cellule de coordination des "
        "situations complexes, qui ont examiné 1 126 situations en 2024. Quatorze disposent d'un groupe de travail consacré "
        "au logement et 21 ont participé aux Semaines d'information sur la santé mentale. Le déploiement des premiers secours "
        "en santé mentale s'est accéléré, avec 1 385 personnes formées entre 2021 et 2024 à l'initiative ou avec l'appui d'un CLSM.",
        "L'articulation avec les projets territoriaux de santé mentale et les contrats locaux de santé progresse mais reste "
        "inégale selon les départements. L'étude formule huit recommandations, dont la principale vise à porter le temps de "
        "coordination à au moins 0,8 ETP par CLSM d'ici 2027, en s'appuyant sur des conventions de financement pluriannuelles.",
    ]:
        s.append(P(t, "syn"))
    s.append(Spacer(1, 6))
    s.append(P("<b>Chiffres clés 2024</b>", "cap"))
    for t in ["26 CLSM en fonctionnement et 5 en préfiguration",
              "36 % de la population régionale couverte par un CLSM",
              "15,8 ETP de coordination, soit 0,61 ETP par CLSM",
              "48 500 euros de budget moyen par CLSM",
              "1 126 situations examinées en cellule",
              "39 quartiers prioritaires sur 58 situés dans le périmètre d'un CLSM"]:
        s.append(Paragraph(t, sty["b"], bulletText="•"))
    s.append(PageBreak())

    # --- 1
    s.append(P("1. Contexte et méthode", "h1"))
    s.append(P("1.1 Les CLSM : un cadre national souple", "h2"))
    s.append(P(
        "Les conseils locaux de santé mentale sont des espaces de concertation et de coordination entre les élus d'un "
        "territoire, la psychiatrie publique, les usagers, les aidants et l'ensemble des acteurs concernés par la santé "
        "mentale : services sociaux et médico-sociaux, bailleurs, éducation nationale, forces de l'ordre, associations. "
        "Présidés par un élu local et co-animés avec la psychiatrie de secteur, ils ont pour objectif de définir et de "
        "mettre en œuvre des politiques locales et des actions permettant l'amélioration de la santé mentale de la population. "
        "Leur consolidation et leur généralisation ont été encouragées par une instruction ministérielle de 2016" + fn(1) +
        ", qui en précise les missions sans imposer de modèle unique."))
    s.append(FootMark(1))
    s.append(P(
        "Cette souplesse est une force, car elle permet d'adapter l'instance aux réalités locales, mais elle rend les "
        "comparaisons délicates : un CLSM peut couvrir une seule commune de 15 000 habitants ou une intercommunalité de "
        "plus de 150 000 habitants, disposer d'un coordonnateur à temps plein ou d'un cinquième de poste, être porté par "
        "une ville, un centre communal d'action sociale (CCAS), un établissement public de coopération intercommunale (EPCI) "
        "ou un établissement de santé. Depuis 2016, les CLSM s'inscrivent en outre dans le paysage des projets territoriaux "
        "de santé mentale (PTSM), prévus par le code de la santé publique" + fn(2) + ", avec lesquels ils entretiennent des "
        "relations variables."))
    s.append(FootMark(2))
    s.append(P("1.2 Objectifs de l'étude", "h2"))
    s.append(P(
        "L'Agence régionale de santé (ARS) a sollicité l'ORSS à l'automne 2024 afin de disposer d'un état des lieux "
        "actualisé des CLSM de la région, cinq ans après le premier recensement réalisé en 2019. L'étude poursuit trois "
        "objectifs : décrire la couverture territoriale et son évolution ; analyser les moyens humains et financiers dont "
        "disposent les CLSM ; caractériser leurs actions et leur articulation avec les autres démarches territoriales. "
        "Elle doit éclairer la révision du cadre régional de financement prévue pour 2026."))
    s.append(P("1.3 Méthode", "h2"))
    s.append(P(
        "L'étude repose sur trois sources complémentaires. Un questionnaire en ligne a été adressé du 6 janvier au "
        "14 mars 2025 aux coordonnateurs des 26 CLSM en fonctionnement au 31 décembre 2024" + fn(3) + ". Vingt-trois "
        "questionnaires exploitables ont été reçus, soit un taux de réponse de 88 %. Le questionnaire comportait "
        "64 questions réparties en six blocs : identité du CLSM, gouvernance, coordination, financement, actions, "
        "articulations territoriales."))
    s.append(FootMark(3))
    s.append(P(
        "Douze entretiens semi-directifs ont ensuite été conduits en mars et avril 2025 auprès d'élus présidents de CLSM, "
        "de psychiatres co-animateurs, de représentants des usagers et des familles, ainsi que des délégations "
        "départementales de l'ARS. Enfin, deux groupes de discussion ont réuni des coordonnateurs, le 3 avril 2025 à "
        "Besançon et le 10 avril 2025 à Dijon, pour mettre en débat les premiers résultats. Les données de population "
        "proviennent de l'Insee ; les données financières ont été déclarées par les coordonnateurs et, pour la part ARS, "
        "rapprochées des notifications du fonds d'intervention régional (FIR)."))
    s.append(P("1.4 Limites", "h2"))
    s.append(P(
        "Les données d'activité sont déclaratives et les définitions varient d'un CLSM à l'autre, notamment pour le "
        "décompte des situations examinées en cellule ou des participants aux actions de sensibilisation. Les trois CLSM "
        "non répondants sont de petite taille et récents ; leur absence conduit probablement à surestimer légèrement les "
        "moyennes d'activité. Enfin, les montants financiers ne comprennent pas les contributions en nature (mise à "
        "disposition de locaux, temps des partenaires), qui représentent pourtant une part importante des ressources réelles."))

    # --- 2
    s.append(P("2. Une couverture territoriale en progression mais inégale", "h1"))
    s.append(P("2.1 Évolution du nombre de CLSM depuis 2019", "h2"))
    s.append(P(
        "Le nombre de CLSM en fonctionnement a plus que doublé en cinq ans. La progression a été régulière, avec trois à "
        "quatre créations par an, et s'est appuyée en grande partie sur des CLSM intercommunaux, qui représentent "
        "désormais la moitié de l'ensemble. La dynamique de création ne faiblit pas : cinq démarches de préfiguration "
        "étaient engagées fin 2024, dont deux dans le Jura et une en Haute-Saône, ce qui devrait contribuer à réduire "
        "les écarts entre départements."))
    s.append(KeepTogether([
        P("Tableau 1 – Nombre de CLSM en fonctionnement au 31 décembre, 2019-2024", "cap"),
        tbl([["", "2019", "2020", "2021", "2022", "2023", "2024"],
             ["CLSM en fonctionnement", "11", "13", "16", "19", "23", "26"],
             ["dont CLSM intercommunaux", "3", "4", "6", "8", "11", "13"],
             ["CLSM en préfiguration", "2", "3", "3", "4", "4", "5"],
             ["Population couverte (%)", "19 %", "22 %", "26 %", "29 %", "33 %", "36 %"]],
            [5.2 * cm] + [1.9 * cm] * 6),
        P("Source : ORSS BFC, recensement des CLSM 2019 et enquête 2025 ; Insee, population municipale.", "src")]))
    s.append(P(
        "La part de la population régionale vivant dans le périmètre d'un CLSM est passée de 19 % en 2019 à 36 % en 2024. "
        "Cette proportion reste inférieure à celle observée dans les régions les plus avancées, où elle dépasse la moitié "
        "de la population, mais l'écart se réduit. Les créations récentes concernent davantage des territoires "
        "périurbains et ruraux, ce qui explique que la population couverte progresse moins vite que le nombre de CLSM."))
    s.append(P("2.2 Répartition départementale", "h2"))
    s.append(P(
        "Les disparités départementales sont marquées. Le Territoire de Belfort, grâce à un CLSM d'agglomération et à un "
        "CLSM intercommunal rural, couvre près des deux tiers de sa population. Le Doubs, avec six CLSM, dont celui de "
        "Besançon, le plus ancien de la région, atteint 48 %. À l'inverse, la Haute-Saône et le Jura plafonnent sous "
        "la barre des 20 %, et la Nièvre ne dispose que de 0,8 ETP de coordination pour l'ensemble du département" + fn(4) + "."))
    s.append(FootMark(4))
    s.append(KeepTogether([
        P("Tableau 2 – CLSM, population couverte et temps de coordination par département, 2024", "cap"),
        tbl([["Département", "CLSM en fonctionnement", "Part de la population couverte", "ETP de coordination"],
             ["Côte-d'Or", "5", "41 %", "3,1"],
             ["Doubs", "6", "48 %", "4,2"],
             ["Jura", "2", "19 %", "1,0"],
             ["Nièvre", "2", "23 %", "0,8"],
             ["Haute-Saône", "2", "17 %", "1,1"],
             ["Saône-et-Loire", "5", "36 %", "2,9"],
             ["Yonne", "2", "21 %", "1,2"],
             ["Territoire de Belfort", "2", "66 %", "1,5"],
             ["Bourgogne-Franche-Comté", "26", "36 %", "15,8"]],
            [4.6 * cm, 3.8 * cm, 4.2 * cm, 3.8 * cm]),
        P("Source : ORSS BFC, enquête 2025 auprès des coordonnateurs ; Insee.", "src")]))
    s.append(P(
        "Au sein même des départements, la couverture est souvent limitée aux villes-centres et à leur agglomération. "
        "Sur les 117 EPCI de la région, 21 sont couverts en totalité par un CLSM et 9 partiellement. Les entretiens "
        "montrent que, dans les territoires ruraux, la création d'un CLSM bute moins sur l'absence de volonté politique "
        "que sur la difficulté à mobiliser un secteur de psychiatrie déjà en tension et à financer un temps de "
        "coordination pour une population dispersée."))
    s.append(P("2.3 CLSM et quartiers prioritaires de la politique de la ville", "h2"))
    s.append(P(
        "La région compte 58 quartiers prioritaires de la politique de la ville (QPV)" + fn(5) + ". Trente-neuf d'entre eux, "
        "soit les deux tiers, sont situés dans le périmètre d'un CLSM. Ce recouvrement s'explique par l'histoire : nombre "
        "de CLSM sont nés dans des villes disposant d'un atelier santé ville (ASV), dont ils ont parfois pris le relais, "
        "et les crédits de la politique de la ville ont souvent financé leurs premières actions. Dans neuf CLSM, le "
        "coordonnateur exerce d'ailleurs une double fonction de coordination du CLSM et de l'ASV ou du volet santé du "
        "contrat de ville."))
    s.append(FootMark(5))
    s.append(P(
        "Cette proximité présente des avantages : connaissance fine des habitants, liens avec les adultes-relais et les "
        "centres sociaux, accès aux appels à projets du contrat de ville. Elle comporte aussi un risque, souligné par "
        "plusieurs élus interrogés, celui de réduire le CLSM à une démarche « quartiers », alors que sa vocation est de "
        "couvrir l'ensemble de la population du territoire."))

    s.append(P("2.4 Trois CLSM, trois modèles", "h2"))
    s.append(P(
        "Pour illustrer la diversité des configurations, trois CLSM ont fait l'objet d'un portrait plus approfondi à "
        "partir des entretiens. Ils ont été choisis pour leur contraste en matière de taille, de portage et d'ancienneté."))
    s.append(P(
        "<b>Le CLSM de Clairmont-sur-Saône (Saône-et-Loire)</b> est l'un des plus anciens de la région : créé en 2013, "
        "il couvre une ville de 34 000 habitants comprenant deux quartiers prioritaires. Porté par le CCAS, il dispose "
        "d'un coordonnateur à temps plein depuis 2019. Sa cellule de situations complexes se réunit chaque mois et a "
        "examiné 92 situations en 2024. Le CLSM s'est fait connaître par son partenariat avec l'office public de "
        "l'habitat, qui a formé l'ensemble de ses gardiens aux premiers secours en santé mentale."))
    s.append(P(
        "<b>Le CLSM intercommunal des Plateaux du Lomont (Doubs)</b>, créé en 2021, couvre une communauté de communes "
        "rurale de 27 communes et 21 500 habitants. La coordination, assurée à 0,4 ETP par la coordinatrice du contrat "
        "local de santé, repose sur une forte implication des secrétaires de mairie et des infirmiers libéraux. "
        "Faute de CMP sur le territoire, le CLSM a obtenu l'organisation d'une consultation avancée de psychiatrie "
        "deux demi-journées par mois dans la maison de santé pluriprofessionnelle."))
    s.append(P(
        "<b>Le CLSM de Saint-Aubin-des-Forges (Jura)</b>, installé en 2023, est porté par le centre hospitalier "
        "spécialisé, qui emploie la coordinatrice à mi-temps. Ce portage a permis un démarrage rapide et une présence "
        "assidue des psychiatres, mais les élus rencontrés regrettent une appropriation encore limitée par les "
        "communes. Le CLSM a fait de la prévention du suicide sa priorité, en lien avec le dispositif de recontact "
        "des personnes ayant fait une tentative de suicide."))

    # --- 3
    s.append(P("3. Coordination et financement", "h1"))
    s.append(P("3.1 Les coordonnateurs : profils et temps de travail", "h2"))
    s.append(P(
        "Au moment de l'enquête, 24 coordonnateurs étaient en poste, deux postes étant vacants. Les coordonnateurs sont "
        "majoritairement des femmes (20 sur 24) et ont un profil de formation en santé publique, en développement social "
        "ou en travail social ; trois sont infirmiers de formation. Leur ancienneté moyenne dans le poste est de deux ans "
        "et sept mois, signe d'une rotation importante : neuf changements de titulaire ont été enregistrés entre 2022 "
        "et 2024. Les coordonnateurs interrogés évoquent la précarité des contrats, souvent à durée déterminée et "
        "adossés à des financements annuels, ainsi que l'isolement professionnel dans des structures où ils sont les "
        "seuls à travailler sur la santé mentale."))
    s.append(P(
        "Le temps de coordination reste le principal point faible. Les 26 CLSM totalisent 15,8 ETP, soit 0,61 ETP en "
        "moyenne. Quatre CLSM seulement disposent d'un coordonnateur à temps plein, tous situés dans des villes de plus "
        "de 50 000 habitants ou des intercommunalités de plus de 80 000 habitants ; onze fonctionnent avec un mi-temps "
        "ou moins. Les employeurs des coordonnateurs sont une commune ou un CCAS dans 14 cas, un EPCI dans 8 cas et un "
        "établissement de santé dans 4 cas. Le portage hospitalier, plus fréquent dans le nord de la région, facilite "
        "le lien avec la psychiatrie mais rend parfois plus difficile la mobilisation des élus."))
    s.append(P("3.2 Les ressources financières", "h2"))
    s.append(P(
        "Le budget moyen d'un CLSM, hors contributions en nature, s'élève à 48 500 euros en 2024, contre 44 700 euros "
        "en 2023 et 41 200 euros en 2022. Le budget médian, moins sensible aux quelques CLSM les mieux dotés, est de "
        "46 000 euros en 2024. L'ARS, au titre du FIR, en reste le premier contributeur, suivie des collectivités "
        "territoriales. La part des crédits de la politique de la ville progresse, tandis que les autres financeurs "
        "(caisse primaire d'assurance maladie, Mutualité sociale agricole, fondations) conservent un rôle d'appoint."))
    s.append(KeepTogether([
        P("Tableau 3 – Ressources moyennes d'un CLSM par source de financement (en euros), 2022-2024", "cap"),
        tbl([["Source de financement", "2022", "2023", "2024"],
             ["ARS (fonds d'intervention régional)", "18 400", "19 900", "21 300"],
             ["Communes, EPCI et CCAS", "15 600", "16 800", "17 900"],
             ["Crédits de la politique de la ville", "4 300", "4 900", "5 600"],
             ["Autres (CPAM, MSA, fondations)", "2 900", "3 100", "3 700"],
             ["Total moyen par CLSM", "41 200", "44 700", "48 500"]],
            [7.4 * cm, 3 * cm, 3 * cm, 3 * cm]),
        P("Source : ORSS BFC, enquête 2025 (23 CLSM répondants) ; notifications FIR de l'ARS.", "src")]))
    s.append(P(
        "Ces montants doivent être rapprochés du coût complet d'un poste de coordination à temps plein, estimé à "
        "52 000 euros par an" + fn(6) + ". En d'autres termes, le budget moyen d'un CLSM ne permet pas, à lui seul, de "
        "financer un coordonnateur à temps plein, et encore moins de dégager des crédits d'action. Dans la pratique, "
        "la plupart des CLSM financent leurs actions par des appels à projets ponctuels, ce qui alourdit la charge "
        "administrative des coordonnateurs. Seuls sept CLSM bénéficient d'une convention de financement pluriannuelle "
        "avec l'ARS, généralement d'une durée de trois ans."))
    s.append(FootMark(6))
    s.append(P("3.3 Gouvernance", "h2"))
    s.append(P(
        "Tous les CLSM répondants disposent d'un comité de pilotage, qui s'est réuni en moyenne 2,1 fois en 2024. "
        "Dix-sept ont tenu au moins une assemblée plénière dans l'année, réunissant en moyenne 54 participants. La "
        "présidence est assurée par le maire ou le président de l'EPCI dans 15 cas, par un adjoint ou vice-président "
        "délégué dans les autres. La participation des usagers et des familles progresse : 18 CLSM associent un groupe "
        "d'entraide mutuelle (GEM) et 20 la délégation départementale de l'UNAFAM, mais la présence de personnes "
        "concernées au comité de pilotage reste minoritaire (8 CLSM)."))

    s.append(P("3.4 Le point de vue des élus", "h2"))
    s.append(P(
        "Les sept élus rencontrés décrivent le CLSM comme un outil qui leur a permis de « mettre des visages » sur les "
        "acteurs de la psychiatrie et de ne plus se sentir démunis face aux situations de crise signalées en mairie. "
        "Plusieurs évoquent la question des soins sans consentement, et en particulier des mesures prises par le maire "
        "en cas de danger imminent, comme un motif initial d'engagement dans la démarche. Tous insistent sur le rôle "
        "du coordonnateur, sans lequel, selon l'un d'eux, « le CLSM ne serait qu'une réunion de plus »."))
    s.append(P(
        "Les élus des petites communes rurales se disent en revanche souvent éloignés des instances intercommunales. "
        "Ils demandent des formats plus courts, des temps d'information décentralisés et un interlocuteur identifié "
        "qu'ils puissent joindre rapidement. Deux CLSM intercommunaux ont répondu à cette demande en désignant un élu "
        "référent santé mentale dans chaque commune membre."))

    # --- 4
    s.append(P("4. Thématiques et actions", "h1"))
    s.append(P("4.1 Les cellules de situations complexes", "h2"))
    s.append(P(
        "La cellule de coordination des situations complexes (CCSC) est l'outil le plus répandu : 19 des 23 CLSM "
        "répondants en animent une, sous des appellations diverses. Elle réunit, dans le respect du secret partagé, "
        "les professionnels du soin, du social et du logement autour de situations individuelles pour lesquelles les "
        "réponses habituelles ont échoué : personnes en rupture de soins, troubles du voisinage, incurie, menace "
        "d'expulsion. Les CCSC ont examiné 1 126 situations en 2024, contre 874 en 2023 et 702 en 2022" + fn(8) + "."))
    s.append(FootMark(8))
    s.append(P(
        "Le délai moyen entre la saisine et le premier examen en cellule est de 23 jours. Les situations proviennent "
        "principalement des bailleurs sociaux (31 %), des services sociaux départementaux et communaux (27 %) et de la "
        "psychiatrie (18 %) ; les signalements des mairies et des forces de l'ordre représentent 11 %. Les coordonnateurs "
        "soulignent la charge que représente l'animation d'une CCSC, qui mobilise selon eux entre un quart et un tiers "
        "de leur temps de travail. Plusieurs d'entre eux s'interrogent sur l'articulation avec les dispositifs d'appui à "
        "la coordination (DAC), dont les missions recoupent partiellement celles des CCSC pour les parcours les plus complexes."))
    s.append(P("4.2 Logement et habitat", "h2"))
    s.append(P(
        "Le logement est la thématique la plus souvent investie après les situations complexes. Quatorze CLSM disposent "
        "d'un groupe de travail consacré au logement et onze ont signé une convention ou une charte avec au moins un "
        "bailleur social. Les actions recensées portent sur la formation des personnels de proximité des bailleurs, "
        "la prévention des expulsions, l'accès au logement des personnes sortant d'hospitalisation et le développement "
        "de l'habitat inclusif. Deux CLSM de Saône-et-Loire expérimentent un dispositif de logement accompagné fondé "
        "sur une convention tripartite entre le bailleur, le secteur de psychiatrie et une association gestionnaire."))
    s.append(P("4.3 Information, déstigmatisation et SISM", "h2"))
    s.append(P(
        "Vingt et un CLSM ont participé aux Semaines d'information sur la santé mentale (SISM) en 2024, en organisant "
        "ou en coordonnant au total 186 actions : ciné-débats, expositions, conférences, portes ouvertes de structures, "
        "marches. Le nombre de participants est estimé à 9 400 personnes, avec de fortes variations selon la taille des "
        "territoires. En dehors des SISM, les actions de sensibilisation sont moins fréquentes ; douze CLSM ont néanmoins "
        "conduit des interventions en milieu scolaire ou auprès des missions locales."))
    s.append(P("4.4 Formation aux premiers secours en santé mentale", "h2"))
    s.append(P(
        "Les formations aux premiers secours en santé mentale (PSSM)" + fn(7) + " se sont fortement développées. Entre 2021 et "
        "2024, 1 385 personnes ont été formées à l'initiative ou avec l'appui d'un CLSM : agents municipaux, personnels "
        "des bailleurs, bénévoles associatifs, étudiants, élus. Le volume annuel est passé de 96 personnes formées en "
        "2021 à 512 en 2024. Quinze CLSM comptent au moins un formateur accrédité parmi leurs partenaires, ce qui réduit "
        "le coût des sessions. Les coordonnateurs relèvent cependant que le suivi des personnes formées reste à construire."))
    s.append(FootMark(7))
    s.append(P("4.5 Publics spécifiques", "h2"))
    s.append(P(
        "Les jeunes constituent le public spécifique le plus souvent ciblé : 16 CLSM mènent des actions en direction des "
        "adolescents et des jeunes adultes, en lien avec les maisons des adolescents, les missions locales et les "
        "établissements scolaires. La périnatalité et la parentalité sont investies par cinq CLSM. Les personnes âgées, "
        "en revanche, ne font l'objet d'actions spécifiques que dans sept CLSM, alors même que l'isolement des aînés est "
        "cité comme une préoccupation croissante par la quasi-totalité des coordonnateurs. Les personnes en situation "
        "de précarité sont principalement abordées à travers les liens avec les équipes mobiles psychiatrie précarité."))

    s.append(P("4.6 Effets perçus", "h2"))
    s.append(P(
        "Mesurer l'impact d'un CLSM reste difficile, faute d'indicateurs partagés et de population de comparaison. "
        "L'enquête a néanmoins interrogé les coordonnateurs sur les effets qu'ils constatent. Les plus cités sont "
        "l'amélioration de l'interconnaissance entre professionnels (22 réponses sur 23), la réduction des délais de "
        "réponse aux situations de crise (17 réponses), une meilleure mobilisation des élus (15 réponses) et une "
        "diminution des hospitalisations sans consentement évitables (9 réponses), ce dernier effet étant rarement "
        "objectivé par des données."))
    s.append(P(
        "Les entretiens confirment ces perceptions. Une psychiatre co-animatrice résume : « avant le CLSM, nous "
        "découvrions les situations le jour de l'hospitalisation ; aujourd'hui, nous les connaissons souvent des mois "
        "avant, et nous pouvons parfois l'éviter ». Les représentants des familles soulignent, eux, que le CLSM a rendu "
        "visibles des acteurs qu'ils ne savaient pas solliciter, comme les bailleurs ou les services municipaux."))

    # --- 5
    s.append(P("5. Articulation avec les PTSM, les CLS et les autres dispositifs", "h1"))
    s.append(P("5.1 Les projets territoriaux de santé mentale", "h2"))
    s.append(P(
        "Chacun des huit départements de la région dispose d'un PTSM, approuvé entre 2020 et 2021. Les CLSM sont associés "
        "à la gouvernance du PTSM dans six départements, le plus souvent via un représentant des coordonnateurs au comité "
        "de suivi. Les coordonnateurs interrogés jugent cette articulation utile mais asymétrique : les CLSM alimentent "
        "les diagnostics des PTSM, sans toujours voir leurs propositions reprises dans les feuilles de route. Plusieurs "
        "recommandent que chaque PTSM comporte une action explicitement portée par les CLSM de son territoire."))
    s.append(P("5.2 Les contrats locaux de santé", "h2"))
    s.append(P(
        "La région compte 41 contrats locaux de santé (CLS) signés, dont 27 comportent un axe consacré à la santé "
        "mentale. Quinze CLSM sont formellement adossés à un CLS, le CLSM constituant alors le volet santé mentale du "
        "contrat. Cette configuration, encouragée par l'ARS, présente l'avantage de sécuriser une partie du financement "
        "et de faciliter le travail commun entre coordonnateurs ; dans quatre territoires, un même professionnel "
        "coordonne le CLS et le CLSM."))
    s.append(P("5.3 Les autres dispositifs", "h2"))
    s.append(P(
        "Les liens avec les communautés professionnelles territoriales de santé (CPTS) restent ténus : seuls six CLSM "
        "déclarent un partenariat actif, le plus souvent autour de la prévention du suicide. Les relations avec les DAC "
        "sont également en construction, comme évoqué plus haut. À l'inverse, les liens avec les GEM, les centres "
        "médico-psychologiques (CMP) et les services de protection de l'enfance sont décrits comme anciens et solides."))

    s.append(P("5.4 Vers un réseau régional des CLSM", "h2"))
    s.append(P(
        "Contrairement à d'autres régions, la Bourgogne-Franche-Comté ne dispose pas d'un réseau régional structuré des "
        "coordonnateurs de CLSM. Des rencontres informelles ont été organisées en 2022 et 2023 à l'initiative de "
        "quelques coordonnateurs, mais elles n'ont pas été pérennisées. Les participants aux groupes de discussion "
        "expriment unanimement le besoin d'un tel réseau, qui permettrait de partager des outils, d'accueillir les "
        "nouveaux coordonnateurs et de porter une parole commune auprès des financeurs. Le centre national de "
        "ressources et les réseaux d'autres régions pourraient servir d'appui méthodologique."))

    # --- 6
    s.append(P("6. Recommandations", "h1"))
    s.append(P(
        "Au terme de cet état des lieux, l'ORSS formule huit recommandations à l'attention de l'ARS, des collectivités et "
        "des CLSM eux-mêmes. Elles ont été discutées avec les coordonnateurs lors des groupes de discussion d'avril 2025."))
    recs = [
        "<b>R1.</b> Porter le temps de coordination à au moins 0,8 ETP par CLSM d'ici 2027, en priorité dans les CLSM intercommunaux.",
        "<b>R2.</b> Généraliser les conventions de financement pluriannuelles de trois ans entre l'ARS, les collectivités et les porteurs.",
        "<b>R3.</b> Accompagner la création de CLSM dans les territoires les moins couverts, en particulier le Jura, la Haute-Saône et l'Yonne.",
        "<b>R4.</b> Créer un réseau régional des coordonnateurs, animé deux fois par an, pour rompre l'isolement professionnel et limiter la rotation.",
        "<b>R5.</b> Clarifier par un protocole régional l'articulation entre les CCSC et les DAC.",
        "<b>R6.</b> Inscrire dans chaque PTSM au moins une action portée par les CLSM du territoire.",
        "<b>R7.</b> Développer les actions en direction des personnes âgées isolées et de la périnatalité.",
        "<b>R8.</b> Harmoniser les indicateurs d'activité des CLSM, en s'appuyant sur un socle commun de dix indicateurs.",
    ]
    for r in recs:
        s.append(Paragraph(r, sty["b"], bulletText="•"))
    s.append(P(
        "La mise en œuvre de ces recommandations pourrait faire l'objet d'un suivi annuel par le comité régional de "
        "santé mentale, sur la base d'un tableau de bord actualisé par l'ORSS. Une nouvelle édition de cet état des "
        "lieux est envisagée en 2028."))

    # --- Annexe
    s.append(PageBreak())
    s.append(P("Annexe – Définition des indicateurs", "h1"))
    for t in [
        "<b>CLSM en fonctionnement</b> : CLSM ayant signé une convention constitutive ou adopté une charte, et ayant "
        "réuni au moins une fois son comité de pilotage au cours de l'année considérée.",
        "<b>CLSM en préfiguration</b> : démarche ayant fait l'objet d'une délibération de la collectivité porteuse ou "
        "d'un financement de l'ARS pour un diagnostic, sans installation formelle de l'instance au 31 décembre.",
        "<b>Population couverte</b> : population municipale des communes comprises dans le périmètre d'un CLSM en "
        "fonctionnement, rapportée à la population totale du territoire de référence.",
        "<b>ETP de coordination</b> : temps de travail contractuellement consacré à la coordination du CLSM, hors "
        "temps de secrétariat et hors temps des partenaires, au 31 décembre 2024.",
        "<b>Budget d'un CLSM</b> : ensemble des financements monétaires perçus au titre de l'année pour la coordination "
        "et les actions du CLSM, hors valorisation des contributions en nature.",
        "<b>Situation examinée</b> : situation individuelle présentée au moins une fois en CCSC au cours de l'année.",
    ]:
        s.append(P(t))
    s.append(P("Références", "h1"))
    for t in [
        "Ministère des Affaires sociales et de la Santé, Instruction relative à la consolidation et à la généralisation des "
        "conseils locaux de santé mentale, 30 septembre 2016.",
        "ORSS Bourgogne-Franche-Comté, Les conseils locaux de santé mentale en Bourgogne-Franche-Comté : premier recensement, "
        "novembre 2019.",
        "ARS Bourgogne-Franche-Comté, Projet régional de santé 2023-2028, volet santé mentale, 2023.",
        "Centre national de ressources et d'appui aux CLSM, État des lieux national des CLSM, 2024.",
    ]:
        s.append(Paragraph(t, sty["b"], bulletText="–"))

    # --- Glossaire
    s.append(PageBreak())
    s.append(P("Glossaire des sigles", "h1"))
    gl = [("ARS", "Agence régionale de santé"), ("ASV", "Atelier santé ville"),
          ("CCAS", "Centre communal d'action sociale"), ("CCSC", "Cellule de coordination des situations complexes"),
          ("CLS", "Contrat local de santé"), ("CLSM", "Conseil local de santé mentale"),
          ("CMP", "Centre médico-psychologique"), ("CPAM", "Caisse primaire d'assurance maladie"),
          ("CPTS", "Communauté professionnelle territoriale de santé"), ("DAC", "Dispositif d'appui à la coordination"),
          ("EPCI", "Établissement public de coopération intercommunale"), ("ETP", "Équivalent temps plein"),
          ("FIR", "Fonds d'intervention régional"), ("GEM", "Groupe d'entraide mutuelle"),
          ("MSA", "Mutualité sociale agricole"), ("ORSS", "Observatoire régional de la santé et du social"),
          ("PSSM", "Premiers secours en santé mentale"), ("PTSM", "Projet territorial de santé mentale"),
          ("QPV", "Quartier prioritaire de la politique de la ville"), ("SISM", "Semaines d'information sur la santé mentale"),
          ("UNAFAM", "Union nationale de familles et amis de personnes malades et/ou handicapées psychiques")]
    for a, d in gl:
        s.append(P("<b>%s</b> : %s" % (a, d), "gl"))
    return s


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, title="Les CLSM en Bourgogne-Franche-Comté – État des lieux 2025",
                          author="ORSS Bourgogne-Franche-Comté", subject="Conseils locaux de santé mentale",
                          creator="ORSS BFC")
    fr_cover = Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm, id="c")
    fr_body = Frame(2 * cm, 3.9 * cm, A4[0] - 4 * cm, A4[1] - 5.9 * cm, id="b")
    doc.addPageTemplates([PageTemplate("cover", [fr_cover], onPage=on_cover),
                          PageTemplate("body", [fr_body], onPage=on_page)])
    doc.build(story())
    return doc.page


if __name__ == "__main__":
    n = build()                 # 1er passage : mesure des pages
    TOTAL["pages"] = n
    build()                     # 2e passage : notes et total de pages
    print("pages:", n, "notes:", note_pages)
