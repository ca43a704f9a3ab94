# -*- coding: utf-8 -*-
"""Génère l'étude de l'ORS Grand Est « Habiter et aller bien ? Logement, précarité et santé mentale dans les
quartiers prioritaires de Montferrange » (PDF A4 portrait, reportlab platypus, 6 à 8 pages).

Mise en page voulue : texte sur deux colonnes ; page 1 avec bandeau de titre pleine largeur et encadré « L'essentiel »
(synthèse) ; figures numérotées (graphiques en barres avec valeurs imprimées) avec légende « Figure n — … » et
source ; notes de bas de page appelées en exposant et imprimées en bas de la page où figure l'appel (deux passes :
la première relève la page de chaque appel) ; bibliographie finale ; en-tête et pied « n / N ».

Tout est inventé (auteurs, ville, quartiers, département, chiffres, références) ; domaines .example.
"""
import os
import re

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-09-18_ors-grand-est_etude-logement-sante-mentale-qpv-montferrange.pdf")

FD = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Serif", os.path.join(FD, "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SerifI", os.path.join(FD, "LiberationSerif-Italic.ttf")))
pdfmetrics.registerFont(TTFont("SerifB", os.path.join(FD, "LiberationSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FD, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SansB", os.path.join(FD, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFontFamily("Serif", normal="Serif", italic="SerifI", bold="SerifB", boldItalic="SerifB")

PLUM = HexColor("#5B2A5E")
ROSE = HexColor("#B04A7A")
PALE = HexColor("#F4EAF1")
GREY = HexColor("#5F5F66")
W, H = A4
M = 1.8 * cm
GAP = 0.7 * cm
NOTE_ZONE = 2.9 * cm
COLW = (W - 2 * M - GAP) / 2

st_body = ParagraphStyle("body", fontName="Serif", fontSize=10.5, leading=14.6, alignment=TA_JUSTIFY, spaceAfter=5)
st_h1 = ParagraphStyle("h1", fontName="SansB", fontSize=11.5, leading=14, textColor=PLUM, spaceBefore=7,
                       spaceAfter=4)
st_h2 = ParagraphStyle("h2", fontName="SansB", fontSize=9.8, leading=12, textColor=ROSE, spaceBefore=4, spaceAfter=3)
st_title = ParagraphStyle("title", fontName="SansB", fontSize=19, leading=23, textColor=PLUM)
st_sub = ParagraphStyle("sub", fontName="Sans", fontSize=12, leading=15, textColor=ROSE, spaceAfter=3)
st_auth = ParagraphStyle("auth", fontName="SerifI", fontSize=9.5, leading=12, textColor=GREY, spaceAfter=6)
st_box = ParagraphStyle("box", fontName="Sans", fontSize=9, leading=11.6, spaceAfter=3, leftIndent=8,
                        bulletIndent=0, bulletFontName="Sans")
st_boxh = ParagraphStyle("boxh", fontName="SansB", fontSize=11, leading=13, textColor=PLUM, spaceAfter=4)
st_cap = ParagraphStyle("cap", fontName="SansB", fontSize=8.6, leading=10.6, textColor=PLUM, spaceBefore=5,
                        spaceAfter=2)
st_src = ParagraphStyle("src", fontName="SerifI", fontSize=7.8, leading=9.4, textColor=GREY, spaceAfter=7)
st_bib = ParagraphStyle("bib", fontName="Serif", fontSize=8.4, leading=10.4, alignment=TA_LEFT, leftIndent=10,
                        firstLineIndent=-10, spaceAfter=3)
st_bul = ParagraphStyle("bul", parent=st_body, leftIndent=10, bulletIndent=0, spaceAfter=3, bulletFontName="Sans")

NOTES = {
    1: "Géographie prioritaire en vigueur au 1er janvier 2024. Populations municipales : Clos-Fleuri 4 860, "
       "Les Tanneries 3 420, Roseraie-Gare 2 150 habitants, soit 10 430 habitants et 17,8 % de la population de "
       "la ville.",
    2: "Patient Health Questionnaire à 9 items ; un score de 10 ou plus signale des symptômes dépressifs au moins "
       "modérés. Il ne s'agit pas d'un diagnostic.",
    3: "ALD 23 : affections psychiatriques de longue durée. Taux standardisés sur l'âge et le sexe (population de "
       "référence : France entière), pour 1 000 habitants, données 2023.",
    4: "Ménages ayant au moins deux mois de loyer impayé au 31 décembre, parc d'Ornelle Habitat situé dans les trois "
       "QPV. Sur l'ensemble du parc d'Ornelle Habitat dans le département, la part est de 5,1 % en 2024.",
    5: "Expulsions réalisées avec le concours de la force publique. Données 2024 provisoires transmises par la "
       "préfecture de Haute-Ornelle ; le chiffre départemental (148) est celui publié par le Département.",
    6: "Signalements reçus par le service communal d'hygiène et de santé ; un même logement peut faire l'objet de "
       "plusieurs signalements dans l'année.",
    7: "Délai entre la première demande et le premier entretien avec un professionnel du CMP, moyenne 2024.",
}


class Doc(BaseDocTemplate):
    def __init__(self, path, notes_by_page, **kw):
        super().__init__(path, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M, **kw)
        self.notes_by_page = notes_by_page
        self.calls = {}
        top_h = 9.6 * cm
        y0 = M + NOTE_ZONE
        col_h = H - 2 * M - NOTE_ZONE - 0.6 * cm
        first = [Frame(M, H - M - 0.6 * cm - top_h, W - 2 * M, top_h, id="top", leftPadding=0, rightPadding=0),
                 Frame(M, y0, COLW, col_h - top_h, id="c1", leftPadding=0, rightPadding=0),
                 Frame(M + COLW + GAP, y0, COLW, col_h - top_h, id="c2", leftPadding=0, rightPadding=0)]
        cols = [Frame(M, y0, COLW, col_h, id="l", leftPadding=0, rightPadding=0),
                Frame(M + COLW + GAP, y0, COLW, col_h, id="r", leftPadding=0, rightPadding=0)]
        self.addPageTemplates([PageTemplate("first", first, onPage=self.deco),
                               PageTemplate("cols", cols, onPage=self.deco)])

    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph):
            bl = getattr(fl, "blPara", None)
            for line in (getattr(bl, "lines", None) or []):
                for frag in (getattr(line, "words", None) or []):
                    txt = getattr(frag, "text", "")
                    if getattr(frag, "rise", 0) > 0 and txt.strip().isdigit():
                        self.calls.setdefault(int(txt.strip()), self.page)

    def deco(self, canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFillColor(PLUM)
        canv.rect(0, H - 0.9 * cm, W, 0.9 * cm, stroke=0, fill=1)
        canv.setFillColor(white)
        canv.setFont("SansB", 8)
        canv.drawString(M, H - 0.6 * cm, "ORS Grand Est — Études et analyses n° 2025-07")
        canv.drawRightString(W - M, H - 0.6 * cm, "Habiter et aller bien ? — septembre 2025")
        notes = [k for k, p in sorted(self.notes_by_page.items()) if p == n]
        if notes:
            canv.setStrokeColor(GREY)
            canv.line(M, M + NOTE_ZONE - 0.15 * cm, M + 5 * cm, M + NOTE_ZONE - 0.15 * cm)
            y = M + NOTE_ZONE - 0.55 * cm
            for k in notes:
                p = Paragraph("<super>%d</super> %s" % (k, NOTES[k]),
                              ParagraphStyle("fn", fontName="Serif", fontSize=7.4, leading=8.9))
                _, h = p.wrap(W - 2 * M, NOTE_ZONE)
                p.drawOn(canv, M, y - h + 8)
                y -= h + 1.5
        canv.setFillColor(GREY)
        canv.setFont("Sans", 7.5)
        canv.drawString(M, 0.9 * cm, "Observatoire régional de la santé Grand Est — www.ors-grandest.example")
        canv.drawRightString(W - M, 0.9 * cm, "%d / %s" % (n, self._n_pages))
        canv.restoreState()


def bar_figure(labels, values, unit, highlight=(), width=COLW, fmt="%.1f"):
    n = len(labels)
    h = 24 * n + 34
    d = Drawing(width, h)
    bc = HorizontalBarChart()
    bc.x, bc.y, bc.width, bc.height = 92, 8, width - 130, h - 16
    bc.data = [list(reversed(values))]
    bc.categoryAxis.categoryNames = list(reversed(labels))
    bc.categoryAxis.labels.fontName = "Sans"
    bc.categoryAxis.labels.fontSize = 7.5
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.valueAxis.visible = False
    bc.valueAxis.valueMin = 0
    bc.bars[0].fillColor = ROSE
    bc.bars.strokeColor = None
    for i, lab in enumerate(reversed(labels)):
        if lab in highlight:
            bc.bars[(0, i)].fillColor = PLUM
    d.add(bc)
    vmax = max(values)
    for i, v in enumerate(reversed(values)):
        x = bc.x + bc.width * v / (vmax * 1.0) + 3
        y = bc.y + bc.height * (i + 0.5) / n - 3
        d.add(String(x, y, (fmt % v).replace(".", ",") + unit, fontName="Sans", fontSize=7.5))
    return d


def fig(num, title, drawing, source):
    return KeepTogether([Paragraph("Figure %d — %s" % (num, title), st_cap), drawing, Paragraph(source, st_src)])


def P(t):
    return Paragraph(t, st_body)


def story():
    s = []
    s.append(Paragraph("ÉTUDES ET ANALYSES — SANTÉ ET TERRITOIRES", ParagraphStyle(
        "k", fontName="SansB", fontSize=8.5, textColor=ROSE, spaceAfter=4)))
    s.append(Paragraph("Habiter et aller bien ?", st_title))
    s.append(Paragraph("Logement, précarité et santé mentale dans les quartiers prioritaires de Montferrange", st_sub))
    s.append(Paragraph("Camille Weber, Antoine Klein (ORS Grand Est), avec la collaboration du CLSM de Montferrange — "
                       "étude financée par l'ARS Grand Est et le contrat de ville de Montferrange — 18 septembre 2025",
                       st_auth))
    box = [Paragraph("L'essentiel", st_boxh)]
    for b in [
        "Dans les trois quartiers prioritaires de Montferrange, <b>73 % des ménages</b> sont locataires d'un logement "
        "social, contre 29 % dans l'ensemble de la ville.",
        "Le taux standardisé d'ALD pour affection psychiatrique y atteint <b>31,4 pour 1 000</b> habitants, contre "
        "24,8 à Montferrange et 20,1 en France.",
        "Parmi les 412 ménages enquêtés, 27 % présentent des symptômes dépressifs, et <b>44 % chez ceux qui ont un "
        "impayé de loyer</b>.",
        "Un ménage enquêté sur cinq (19 %) dit avoir renoncé à des soins psychologiques ou psychiatriques au cours "
        "des douze derniers mois, le plus souvent faute de rendez-vous.",
        "Les expulsions effectives ont progressé à Montferrange : 37 en 2024 contre 29 en 2023.",
    ]:
        box.append(Paragraph(b, st_box, bulletText="•"))
    t = Table([[box]], colWidths=[W - 2 * M])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("BOX", (0, 0), (-1, -1), 1.2, PLUM),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(t)
    s.append(NextPageTemplate("cols"))
    s.append(FrameBreak())

    s.append(Paragraph("1. Pourquoi cette étude ?", st_h1))
    s.append(P("Depuis plusieurs années, les acteurs du logement et de la psychiatrie de Montferrange décrivent une "
               "augmentation des situations où la souffrance psychique et la perte du logement s'entretiennent "
               "mutuellement : impayés liés à une décompensation, troubles du voisinage, incurie, hospitalisations "
               "à répétition suivies d'un retour dans un logement dégradé. Le conseil local de santé mentale (CLSM) "
               "a souhaité objectiver ces constats, en particulier dans les trois quartiers prioritaires de la "
               "politique de la ville (QPV) de la commune<super>1</super>, et disposer de repères chiffrés pour "
               "le renouvellement de son plan d'action."))
    s.append(P("L'étude a été commandée à l'ORS Grand Est en octobre 2024 par la Ville de Montferrange, avec un "
               "financement de l'ARS Grand Est (délégation territoriale de Haute-Ornelle) et des crédits du contrat "
               "de ville « Engagements Quartiers 2030 ». Elle compare systématiquement quatre échelles : les QPV, la "
               "ville, le département de Haute-Ornelle et la France, et, lorsque les données le permettent, la "
               "région Grand Est."))
    s.append(Paragraph("2. Méthode", st_h1))
    s.append(P("Trois sources ont été mobilisées. D'abord, les données de recensement et de revenus de l'Insee, et "
               "celles de l'Assurance maladie (système national des données de santé) pour les affections de "
               "longue durée et la consommation de psychotropes. Ensuite, les données d'activité des partenaires : "
               "bailleur Ornelle Habitat, service communal d'hygiène et de santé, CCAPEX, EMPP « Passerelle », "
               "commission des situations complexes du CLSM. Enfin, une enquête par questionnaire, « Habiter et "
               "aller bien », menée en porte-à-porte du 17 mars au 30 avril 2025 par six enquêteurs habitants."))
    s.append(P("L'enquête a recueilli les réponses de <b>412 ménages</b> des trois QPV, soit un taux de réponse de "
               "38 % parmi les ménages sollicités. Elle comportait le questionnaire PHQ-9<super>2</super> de "
               "repérage des symptômes dépressifs, des questions sur le logement (impayés, surpeuplement, humidité, "
               "voisinage) et sur le recours aux soins. Vingt-trois entretiens ont complété l'enquête auprès de "
               "professionnels du logement, du social et de la psychiatrie."))
    s.append(Paragraph("3. Des quartiers d'habitat social, pauvres et vieillissants", st_h1))
    s.append(P("Les trois QPV réunissent 10 430 habitants. Le taux de pauvreté y atteint 46 %, contre 21 % pour "
               "l'ensemble de Montferrange, 14,8 % en Haute-Ornelle et 14,5 % en France. Les personnes vivant seules "
               "représentent 41 % des ménages et un habitant sur quatre a plus de 60 ans, une part qui a augmenté de "
               "quatre points en dix ans, surtout aux Tanneries."))
    s.append(P("Le logement social y est très majoritaire (figure 1). Au Clos-Fleuri, 82 % des ménages sont "
               "locataires d'un bailleur social, principalement Ornelle Habitat. Le surpeuplement touche 14 % des "
               "ménages des QPV, contre 5 % dans la ville."))
    s.append(fig(1, "Part des ménages locataires d'un logement social (%)",
                 bar_figure(["Clos-Fleuri", "Les Tanneries", "Roseraie-Gare", "Ensemble des QPV", "Montferrange",
                             "Haute-Ornelle", "France"], [82, 64, 69, 73, 29, 14, 14], " %",
                            highlight=("Ensemble des QPV",), fmt="%.0f"),
                 "Source : Insee, recensement de la population 2021 ; exploitation ORS Grand Est."))
    s.append(Paragraph("4. Une santé mentale plus dégradée", st_h1))
    s.append(P("Tous les indicateurs disponibles convergent. Le taux standardisé de personnes en affection de longue "
               "durée pour affection psychiatrique (ALD 23)<super>3</super> est de 31,4 pour 1 000 habitants dans "
               "les QPV, contre 24,8 à Montferrange, 21,6 en Haute-Ornelle, 20,9 dans le Grand Est et 20,1 en France "
               "(figure 2). L'écart avec la France est donc de plus de 50 %."))
    s.append(fig(2, "Taux standardisé d'ALD pour affection psychiatrique, 2023 (pour 1 000 habitants)",
                 bar_figure(["QPV de Montferrange", "Montferrange", "Haute-Ornelle", "Grand Est", "France"],
                            [31.4, 24.8, 21.6, 20.9, 20.1], "", highlight=("QPV de Montferrange",)),
                 "Source : Assurance maladie, SNDS 2023 ; Insee ; exploitation ORS Grand Est."))
    s.append(P("La consommation d'antidépresseurs suit le même gradient : 9,8 % des assurés des QPV ont eu au moins "
               "trois délivrances en 2023, contre 7,6 % dans la ville, 7,1 % dans le département et 6,6 % en "
               "France. Pour les antipsychotiques, la part est de 2,9 % dans les QPV contre 1,3 % en France."))
    s.append(P("L'enquête montre l'ampleur de la souffrance non repérée : 27 % des répondants ont un score PHQ-9 de 10 "
               "ou plus. Cette part atteint 44 % chez les ménages qui ont un impayé de loyer, 35 % chez les "
               "personnes vivant seules et 33 % dans les logements surpeuplés (figure 3). Elle est plus faible chez "
               "les plus de 60 ans (24 %), chez qui l'isolement se manifeste plutôt par le repli et l'incurie."))
    s.append(fig(3, "Part des répondants ayant des symptômes dépressifs (PHQ-9 ≥ 10), selon la situation (%)",
                 bar_figure(["Ensemble", "Avec impayé de loyer", "Vivant seuls", "Logement surpeuplé",
                             "60 ans ou plus"], [27, 44, 35, 33, 24], " %", highlight=("Ensemble",), fmt="%.0f"),
                 "Source : enquête « Habiter et aller bien », ORS Grand Est, mars-avril 2025 (412 ménages)."))
    s.append(P("L'accès aux soins reste difficile. Le délai moyen pour un premier entretien au centre "
               "médico-psychologique (CMP) adultes de Montferrange était de 58 jours en 2024<super>7</super>, contre "
               "41 jours en moyenne dans les CMP du département. Aucun psychiatre libéral n'est installé dans les "
               "trois QPV."))
    s.append(P("Le tableau ci-dessous rassemble les principaux indicateurs aux différentes échelles. Il montre que "
               "l'écart est surtout marqué entre les QPV et le reste de la ville, davantage qu'entre la ville et le "
               "département."))
    rows = [["Indicateur", "QPV", "Ville", "Dépt", "Grand Est", "France"],
            ["Taux de pauvreté (%)", "46", "21", "14,8", "14,9", "14,5"],
            ["Locataires HLM (%)", "73", "29", "14", "16", "14"],
            ["ALD psychiatrique (‰)", "31,4", "24,8", "21,6", "20,9", "20,1"],
            ["Antidépresseurs (%)", "9,8", "7,6", "7,1", "6,9", "6,6"],
            ["Antipsychotiques (%)", "2,9", "1,8", "1,5", "1,4", "1,3"],
            ["Généralistes pour 10 000 hab.", "5,1", "7,9", "8,3", "8,6", "8,5"]]
    cw = [COLW * 0.36] + [COLW * 0.128] * 5
    tb = Table([[Paragraph(c, ParagraphStyle("tc", fontName="SansB" if i == 0 or j == 0 else "Sans",
                                             fontSize=7.4, leading=8.8)) for j, c in enumerate(r)]
                for i, r in enumerate(rows)], colWidths=cw)
    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, PLUM),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.25, GREY), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    s.append(KeepTogether([Paragraph("Tableau 1 — Indicateurs comparés, dernière année disponible", st_cap), tb,
                           Paragraph("Sources : Insee (RP et Filosofi 2021), SNDS 2023, RPPS 2024 ; exploitation "
                                     "ORS Grand Est.", st_src)]))
    s.append(Paragraph("Trois parcours", st_h2))
    s.append(P("<i>Madame L., 44 ans, Roseraie-Gare.</i> Suivie pour un trouble bipolaire, elle interrompt son "
               "traitement après la perte de son emploi. En huit mois, elle accumule 3 200 € de dettes de loyer. "
               "Le bailleur, qui ne parvient pas à la joindre, engage une procédure. C'est le CMP, alerté par sa "
               "sœur, qui fait le lien avec la conseillère sociale ; un dossier FSL et un plan d'apurement "
               "permettent d'arrêter la procédure."))
    s.append(P("<i>Monsieur D., 71 ans, Les Tanneries.</i> Veuf, sans enfant, il ne sort plus de chez lui. Les "
               "voisins signalent des odeurs au service d'hygiène. Il faudra six visites de l'EMPP, puis une "
               "consultation mémoire, pour poser un diagnostic de maladie d'Alzheimer et organiser des aides à "
               "domicile. Il vit toujours dans son logement."))
    s.append(P("<i>Monsieur K., 29 ans, sans domicile.</i> Hospitalisé quatre fois en deux ans pour une "
               "schizophrénie, il retourne à la rue à chaque sortie. Orienté par le SIAO vers « Un chez-soi "
               "d'abord », il a dû accepter de s'installer à Valmoreau, faute de solution à Montferrange."))
    s.append(Paragraph("5. Impayés, expulsions, incurie : les signaux du logement", st_h1))
    s.append(P("La part des ménages en impayé d'au moins deux mois dans le parc d'Ornelle Habitat situé en "
               "QPV<super>4</super> n'a cessé d'augmenter : 6,2 % en 2021, 7,0 % en 2022, 7,9 % en 2023 et 8,4 % "
               "en 2024 (figure 4). La hausse des charges d'énergie en 2022 et 2023 explique une partie de "
               "l'évolution, mais les professionnels décrivent aussi des impayés « silencieux », chez des personnes "
               "qui n'ouvrent plus leur courrier."))
    s.append(fig(4, "Ménages en impayé d'au moins deux mois, parc d'Ornelle Habitat en QPV (%)",
                 bar_figure(["2021", "2022", "2023", "2024"], [6.2, 7.0, 7.9, 8.4], " %", highlight=("2024",)),
                 "Source : Ornelle Habitat, situation au 31 décembre ; exploitation ORS Grand Est."))
    s.append(P("À Montferrange, 37 expulsions ont été réalisées avec le concours de la force publique en 2024, "
               "contre 29 en 2023<super>5</super> ; le département en a compté 148. Rapportée au nombre de "
               "logements locatifs, la ville concentre ainsi une part des expulsions nettement supérieure à son "
               "poids démographique. La sous-commission de la CCAPEX de l'arrondissement a examiné 274 situations "
               "en 2024 et le FSL a accordé 612 aides à des ménages de la ville."))
    s.append(P("Les signalements d'incurie reçus par le service communal d'hygiène et de santé sont passés de 41 en "
               "2022 à 58 en 2024<super>6</super>. Deux tiers concernent des personnes de plus de 60 ans et 61 % "
               "des logements situés en QPV. Les formes les plus sévères, qualifiées de syndrome de Diogène, restent "
               "rares : les estimations de la littérature avancent environ 0,5 cas pour 1 000 personnes de plus de "
               "60 ans [5], ce qui représenterait une dizaine de personnes à Montferrange."))
    s.append(fig(5, "Signalements d'incurie reçus par le service d'hygiène de Montferrange",
                 bar_figure(["2022", "2023", "2024"], [41, 49, 58], "", highlight=("2024",), fmt="%.0f"),
                 "Source : Ville de Montferrange, service communal d'hygiène et de santé."))
    s.append(Paragraph("Ce que disent les habitants", st_h2))
    s.append(P("Au-delà des impayés, l'enquête décrit des conditions de logement qui pèsent sur la santé mentale. "
               "Un tiers des répondants (34 %) signalent de l'humidité ou des moisissures dans leur logement, 29 % "
               "des nuisances sonores fréquentes et 22 % un sentiment d'insécurité dans la cage d'escalier le soir. "
               "Les conflits de voisinage sont cités par 18 % des ménages ; ils sont deux fois plus fréquents "
               "lorsque l'un des voisins présente des troubles du comportement non pris en charge."))
    s.append(P("Interrogés sur leur recours aux soins, les répondants qui disent avoir renoncé à des soins "
               "psychologiques ou psychiatriques invoquent d'abord l'absence de rendez-vous dans un délai "
               "raisonnable (figure 6), puis le coût d'un psychologue libéral, la peur du regard des autres et la "
               "difficulté à se déplacer jusqu'au CMP, situé en centre-ville."))
    s.append(fig(6, "Motifs de renoncement aux soins psychiques, parmi les répondants concernés (%)",
                 bar_figure(["Pas de rendez-vous", "Coût", "Peur du regard", "Déplacement", "Autre"],
                            [48, 31, 24, 17, 9], " %", fmt="%.0f"),
                 "Source : enquête « Habiter et aller bien », 2025. Plusieurs réponses possibles."))
    s.append(Paragraph("Paroles de professionnels", st_h2))
    s.append(P("« On découvre la situation au moment du commandement de payer, alors que tout se jouait deux ans "
               "plus tôt, quand la personne a arrêté son traitement » (conseillère sociale, bailleur). « Le plus dur, "
               "c'est l'entre-deux : la personne n'est pas assez malade pour être hospitalisée, mais plus assez bien "
               "pour vivre seule sans aide » (infirmier, EMPP). « Les voisins appellent la mairie, la mairie appelle "
               "le bailleur, le bailleur appelle la police : tout le monde s'appelle, personne ne va voir la "
               "personne » (travailleuse sociale, MDS)."))
    s.append(P("Les professionnels soulignent aussi le rôle des gardiens d'immeuble, souvent les premiers à "
               "repérer une situation qui se dégrade, mais rarement formés et peu associés aux décisions. Plusieurs "
               "proposent qu'ils puissent alerter directement la conseillère sociale du bailleur, sans passer par "
               "l'agence."))
    s.append(Paragraph("6. Des dispositifs utiles mais saturés", st_h1))
    s.append(P("La commission des situations complexes du CLSM, ancienne cellule de veille, a examiné 47 situations "
               "nouvelles en 2024 ; elle se réunit chaque mois depuis janvier 2025. L'EMPP « Passerelle » de l'EPSM "
               "de Haute-Ornelle a suivi 318 personnes en 2024, dont près d'une sur quatre à domicile en QPV. Ces "
               "deux dispositifs sont unanimement cités comme efficaces par les professionnels interrogés, mais "
               "leurs moyens n'ont pas suivi la hausse des demandes."))
    s.append(P("L'offre de logement accompagné est insuffisante. Montferrange ne compte aucune pension de famille, "
               "alors que le département en compte six (148 places). Le programme « Un chez-soi d'abord » de "
               "Valmoreau, qui dispose de 100 places, n'intervient pas à Montferrange, située hors de sa zone "
               "d'intervention. Les personnes sans abri ayant des troubles sévères doivent donc quitter la ville "
               "pour en bénéficier."))
    s.append(P("Le financement de ces dispositifs repose sur un assemblage fragile. La coordination de la commission "
               "est financée par l'ARS Grand Est (45 000 € en 2025), les actions conduites dans les quartiers par "
               "les crédits du contrat de ville (18 000 €), et le fonds d'intervention incurie par le Département, "
               "Ornelle Habitat et la Ville. Aucun de ces financements n'est garanti au-delà de la convention "
               "2025-2027."))
    s.append(Paragraph("Limites de l'étude", st_h2))
    s.append(P("Les données de l'Assurance maladie ne repèrent que les personnes en contact avec le système de soins ; "
               "elles sous-estiment donc les besoins des personnes qui ne consultent pas, les plus isolées. "
               "L'enquête, menée en porte-à-porte, a moins bien touché les personnes qui n'ouvrent pas leur porte, "
               "précisément celles que les professionnels décrivent comme les plus en difficulté. Enfin, les "
               "données de la CCAPEX et des expulsions 2024 sont provisoires."))
    s.append(Paragraph("7. Recommandations", st_h1))
    for r in [
        "<b>Créer une pension de famille à Montferrange</b>, de 20 à 25 places, avec un partenariat formalisé avec "
        "le CMP et l'EMPP.",
        "<b>Renforcer l'EMPP</b> d'un poste d'infirmier dédié au domicile dans les QPV.",
        "<b>Former les gardiens d'immeuble et les agents de proximité</b> au repérage de l'incurie et de la "
        "souffrance psychique.",
        "<b>Pérenniser le fonds d'intervention incurie</b> et en relever le plafond par logement.",
        "<b>Partager un tableau de bord annuel</b> des impayés, des expulsions et des situations examinées, "
        "commun au bailleur, au Département et au CLSM.",
    ]:
        s.append(Paragraph(r, st_bul, bulletText="•"))
    s.append(P("Ces recommandations ont été présentées au comité de pilotage du CLSM le 10 juillet 2025. Elles "
               "n'engagent que leurs auteurs."))
    s.append(PageBreak())
    s.append(Paragraph("Annexe — définitions", st_h1))
    for t, d in [("Quartier prioritaire de la politique de la ville (QPV)", "quartier défini par l'État à partir de "
                  "la concentration de ménages à bas revenus, bénéficiant des crédits du contrat de ville."),
                 ("Incurie", "négligence grave de soi et de son logement, mettant en jeu la santé ou la sécurité."),
                 ("Syndrome de Diogène", "forme sévère d'incurie associant accumulation, isolement et refus d'aide ; "
                  "description clinique et non diagnostic."),
                 ("Impayé", "dans cette étude, au moins deux mois de loyer ou de charges non réglés."),
                 ("Expulsion effective", "expulsion réalisée avec le concours de la force publique, à distinguer "
                  "des départs « volontaires » après un jugement.")]:
        s.append(Paragraph("<b>%s</b> : %s" % (t, d), st_bul, bulletText="–"))
    s.append(Paragraph("Bibliographie", st_h1))
    for b in [
        "[1] Agence régionale de santé Grand Est. <i>Projet régional de santé 2023-2028 : parcours santé mentale</i>. "
        "Strasbourg, 2023.",
        "[2] Conseil local de santé mentale de Montferrange. <i>Convention de partenariat relative à la commission "
        "des situations complexes 2025-2027</i>. Montferrange, janvier 2025.",
        "[3] Département de Haute-Ornelle. <i>Plan départemental d'action pour le logement et l'hébergement des "
        "personnes défavorisées 2023-2028</i>. 2023.",
        "[4] Hartmann L., Roussel P. « Incurie dans l'habitat : repérage et accompagnement en milieu urbain ». "
        "<i>Revue de santé publique et territoires</i>, 2022, 14 (3), p. 41-55.",
        "[5] Marchal S., Toussaint J. « Le syndrome de Diogène : revue des estimations de prévalence ». <i>Cahiers "
        "de gérontopsychiatrie</i>, 2021, 9, p. 12-27.",
        "[6] ORS Grand Est. <i>Santé mentale dans les quartiers prioritaires du Grand Est : état des lieux</i>. "
        "Études et analyses n° 2023-04, 2023.",
        "[7] Vasseur M., Diallo A. « Logement d'abord et troubles psychiques sévères : résultats à deux ans d'un "
        "site français ». <i>Information psychiatrique et société</i>, 2024, 6 (2), p. 88-97.",
        "[8] Weber C. <i>Impayés de loyer et santé : une revue de la littérature</i>. ORS Grand Est, document de "
        "travail, 2024.",
    ]:
        s.append(Paragraph(b, st_bib))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Pour citer ce document : Weber C., Klein A. <i>Habiter et aller bien ? Logement, précarité "
                       "et santé mentale dans les quartiers prioritaires de Montferrange</i>. ORS Grand Est, "
                       "septembre 2025. Contact : 03 99 00 63 40.", st_src))
    return s


def build(notes_by_page, n_pages):
    doc = Doc(OUT, notes_by_page, title="Habiter et aller bien ?", author="ORS Grand Est")
    doc._n_pages = n_pages
    doc.build(story())
    return doc


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    d1 = build({}, "?")
    calls = dict(d1.calls)
    n = d1.page
    d2 = build(calls, n)
    assert d2.calls == calls, (d2.calls, calls)
    print("écrit", OUT, "pages", d2.page, "notes", calls)


if __name__ == "__main__":
    main()
