# -*- coding: utf-8 -*-
"""Génère le rapport PDF du diagnostic local de santé mentale d'Ormeval (juin 2025, document fictif).

reportlab (platypus) : couverture sans en-tête, sommaire à points de conduite (TableOfContents, multiBuild),
encadré de synthèse, en-tête courant et pied de page « page n / N », notes de bas de page dessinées en bas de
la page où se trouve leur appel, deux tableaux dont un qui passe une page avec répétition de la ligne d'en-tête,
trois graphiques à barres avec légendes « Figure n – ».
"""
import os

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-06-20_ville-ormeval_diagnostic-local-sante-mentale.pdf")

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Lib", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Lib-B", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Lib-I", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Lib-BI", FD + "LiberationSans-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("Lib", normal="Lib", bold="Lib-B", italic="Lib-I", boldItalic="Lib-BI")

TEAL = colors.HexColor("#1B6F73")
LIGHT = colors.HexColor("#E6F2F2")
GREY = colors.HexColor("#555555")

body = ParagraphStyle("body", fontName="Lib", fontSize=9.4, leading=12.6, spaceAfter=4, alignment=4)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3, bulletFontName="Lib")
h1 = ParagraphStyle("h1", fontName="Lib-B", fontSize=14, leading=18, textColor=TEAL, spaceBefore=6, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="Lib-B", fontSize=11, leading=14, textColor=TEAL, spaceBefore=5, spaceAfter=4)
cap = ParagraphStyle("cap", fontName="Lib-I", fontSize=8.6, leading=11, textColor=GREY, spaceBefore=2,
                     spaceAfter=8)
tcap = ParagraphStyle("tcap", fontName="Lib-B", fontSize=9, leading=12, spaceBefore=4, spaceAfter=3)
cell = ParagraphStyle("cell", fontName="Lib", fontSize=8, leading=9.8)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Lib-B", textColor=colors.white)
quote = ParagraphStyle("quote", parent=body, fontName="Lib-I", leftIndent=18, rightIndent=18, textColor=GREY)
fn_style = ParagraphStyle("fn", fontName="Lib", fontSize=7.2, leading=8.8)

FOOTNOTES = {
    1: "Insee, recensement de la population 2021, population municipale. Populations des quartiers prioritaires "
       "issues de la géographie prioritaire révisée au 1er janvier 2024.",
    2: "Le questionnaire habitants a été traduit en arabe, en turc et en portugais ; 41 questionnaires ont été "
       "remplis dans une autre langue que le français.",
    3: "Échelle K6 de Kessler : six questions portant sur les 30 derniers jours, score de 0 à 24. La détresse "
       "psychologique est dite élevée à partir d'un score de 13.",
    4: "Densités pour 100 000 habitants, praticiens en exercice au 1er janvier 2025. Moyenne nationale : "
       "23,0 psychiatres pour 100 000 habitants.",
    5: "CMP : centre médico-psychologique ; CMP-IJ : CMP infanto-juvénile ; CMPP : centre médico-psycho-"
       "pédagogique ; CATTP : centre d'accueil thérapeutique à temps partiel.",
}
_pending = []


class FootnoteAnchor(Flowable):
    """Flowable sans dimension : enregistre une note pour la page où il est dessiné."""

    def __init__(self, n):
        super().__init__()
        self.n = n
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        _pending.append(self.n)


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            if self._pageNumber > 1:
                self.setFont("Lib", 7.8)
                self.setFillColor(GREY)
                self.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "page %d / %d" % (self._pageNumber, n))
            super().showPage()
        super().save()


def on_page(c, doc):
    c.saveState()
    c.setFont("Lib", 7.8)
    c.setFillColor(GREY)
    c.drawString(2 * cm, A4[1] - 1.3 * cm, "Ville d'Ormeval — Diagnostic local de santé mentale")
    c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, "Rapport final — juin 2025")
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.6)
    c.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    c.line(2 * cm, 1.55 * cm, A4[0] - 2 * cm, 1.55 * cm)
    c.drawString(2 * cm, 1.2 * cm, "Cabinet Sillons Études pour la Ville d'Ormeval — document public")
    c.restoreState()


def on_page_end(c, doc):
    if not _pending:
        return
    notes = sorted(set(_pending))
    _pending.clear()
    y = 1.85 * cm
    paras = []
    for n in notes:
        p = Paragraph("<super>%d</super> %s" % (n, FOOTNOTES[n]), fn_style)
        w, h = p.wrap(A4[0] - 4 * cm, 5 * cm)
        paras.append((p, h))
    total = sum(h for _, h in paras) + 4
    c.saveState()
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(2 * cm, y + total + 2, 6 * cm, y + total + 2)
    c.restoreState()
    for p, h in paras:
        p.drawOn(c, 2 * cm, y + total - h - 2)
        total -= h


def on_cover(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, A4[1] - 9 * cm, A4[0], 9 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Lib-B", 12)
    c.drawString(2.2 * cm, A4[1] - 2.4 * cm, "VILLE D'ORMEVAL")
    c.setFont("Lib", 10)
    c.drawString(2.2 * cm, A4[1] - 3.0 * cm, "Direction de la cohésion sociale — Politique de la ville")
    c.setFont("Lib-B", 26)
    c.drawString(2.2 * cm, A4[1] - 5.4 * cm, "Diagnostic local de santé mentale")
    c.setFont("Lib", 14)
    c.drawString(2.2 * cm, A4[1] - 6.4 * cm, "Vers un conseil local de santé mentale à Ormeval")
    c.setFont("Lib", 11)
    c.drawString(2.2 * cm, A4[1] - 7.4 * cm, "Rapport final — juin 2025")
    c.setFillColor(colors.black)
    c.setFont("Lib", 10)
    y = 9.5 * cm
    for line in ("Réalisé par le cabinet Sillons Études (Orléans)",
                 "à la demande de la Ville d'Ormeval, avec le soutien de l'agence régionale de santé",
                 "Centre-Val de Loire (délégation départementale de la Vaudaine)",
                 "",
                 "Version validée par le comité de suivi — 20 juin 2025",
                 "Contact : Julien Péronnet, chef de projet politique de la ville — 02 99 00 47 30"):
        c.drawString(2.2 * cm, y, line)
        y -= 0.55 * cm
    c.setStrokeColor(TEAL)
    c.setLineWidth(3)
    c.line(2.2 * cm, 10.4 * cm, 8 * cm, 10.4 * cm)
    c.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                         bottomMargin=3.6 * cm, title="Diagnostic local de santé mentale — Ville d'Ormeval",
                         author="Cabinet Sillons Études", subject="Diagnostic préalable à la création du CLSM",
                         creator="Sillons Études")
        full = Frame(2 * cm, 3.6 * cm, A4[0] - 4 * cm, A4[1] - 5.6 * cm, id="f")
        cover = Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, 5 * cm, id="c")
        self.addPageTemplates([PageTemplate("cover", [cover], onPage=on_cover),
                               PageTemplate("normal", [full], onPage=on_page, onPageEnd=on_page_end)])

    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and f.style.name in ("h1", "h2"):
            lvl = 0 if f.style.name == "h1" else 1
            txt = f.getPlainText()
            key = "h%d" % id(f)
            self.canv.bookmarkPage(key)
            self.notify("TOCEntry", (lvl, txt, self.page, key))


def P(t, s=body):
    return Paragraph(t, s)


def bar_chart(labels, values, unit, width=15.5 * cm, bar_h=10, color=TEAL, maxv=None):
    n = len(labels)
    h = n * (bar_h + 8) + 26
    d = Drawing(width, h)
    ch = HorizontalBarChart()
    ch.x = 5.8 * cm
    ch.y = 14
    ch.height = h - 24
    ch.width = width - 7.2 * cm
    ch.data = [list(reversed(values))]
    ch.categoryAxis.categoryNames = list(reversed(labels))
    ch.categoryAxis.labels.fontName = "Lib"
    ch.categoryAxis.labels.fontSize = 7.8
    ch.categoryAxis.labels.boxAnchor = "e"
    ch.valueAxis.valueMin = 0
    ch.valueAxis.valueMax = maxv or max(values) * 1.2
    ch.valueAxis.labels.fontName = "Lib"
    ch.valueAxis.labels.fontSize = 7
    ch.bars[0].fillColor = color
    ch.bars[0].strokeColor = None
    ch.barLabelFormat = "%d" + unit.replace("%", "%%")
    ch.barLabels.fontName = "Lib-B"
    ch.barLabels.fontSize = 7.5
    ch.barLabels.boxAnchor = "w"
    ch.barLabels.dx = 3
    d.add(ch)
    return d


def data_table(rows, widths, header_bg=TEAL, repeat=True):
    data = [[Paragraph(str(x), cellb) for x in rows[0]]] + \
           [[Paragraph(str(x), cell) for x in r] for r in rows[1:]]
    t = Table(data, colWidths=widths, repeatRows=1 if repeat else 0, splitByRow=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), header_bg),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9FBFC0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t


def synthese_box():
    items = [
        "<b>612 habitants</b> et <b>143 professionnels</b> ont répondu aux deux enquêtes, menées du 3 mars au "
        "11 avril 2025 ; 24 entretiens et trois groupes de parole complètent l'analyse.",
        "Près d'un habitant des quartiers prioritaires sur trois (<b>31 %</b>) présente une détresse "
        "psychologique élevée, contre 19 % hors QPV et 21 % pour l'ensemble de la ville.",
        "<b>27 %</b> des habitants des QPV ont renoncé à des soins de santé mentale au cours des douze derniers "
        "mois ; le coût et les délais d'attente sont les deux premiers motifs.",
        "Il faut attendre <b>11 semaines</b> pour voir un psychiatre au CMP adultes et <b>7 mois</b> pour un "
        "premier rendez-vous au CMP infanto-juvénile.",
        "58 % des professionnels ne savent pas à qui s'adresser face à une situation complexe ; <b>82 %</b> "
        "souhaitent une instance locale de concertation.",
        "Le diagnostic recommande la création d'un <b>conseil local de santé mentale</b> (CLSM) organisé autour "
        "de cinq axes et doté d'un coordinateur à temps plein.",
    ]
    inner = [Paragraph("Synthèse", ParagraphStyle("sx", fontName="Lib-B", fontSize=12, textColor=TEAL,
                                                    spaceAfter=5))]
    inner += [Paragraph(t, bullet, bulletText="•") for t in items]
    t = Table([[inner]], colWidths=[A4[0] - 4 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("BOX", (0, 0), (-1, -1), 1.2, TEAL),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def story():
    s = [NextPageTemplate("normal"), PageBreak()]
    # ---- page 2 : sommaire et synthèse
    s.append(Paragraph("Sommaire", ParagraphStyle("toch", parent=h1)))
    toc = TableOfContents()
    toc.dotsMinLevel = 0
    toc.levelStyles = [ParagraphStyle("t0", fontName="Lib-B", fontSize=10, leading=15, leftIndent=0),
                       ParagraphStyle("t1", fontName="Lib", fontSize=9.4, leading=13, leftIndent=14)]
    s += [toc, Spacer(1, 14), synthese_box(), PageBreak()]

    # ---- 1. contexte et méthode
    s.append(P("1. Contexte et méthode", h1))
    s.append(P("1.1 Un territoire marqué par le renouvellement urbain", h2))
    s.append(P("Ormeval (46 200 habitants<super>1</super>), deuxième ville du département de la Vaudaine, compte "
               "deux quartiers prioritaires de la politique de la ville (QPV) : les Grands-Prés (5 240 habitants) "
               "et le Clos-Saint-Marc (3 180 habitants), soit 8 420 habitants et 18 % de la population communale. "
               "Les deux quartiers sont inscrits au nouveau programme national de renouvellement urbain (NPNRU). "
               "Aux Grands-Prés, la démolition des tours Verlaine, Rimbaud et Apollinaire (286 logements) impose "
               "le relogement de 212 ménages entre 2024 et 2027 ; au Clos-Saint-Marc, 410 logements sont "
               "réhabilités en site occupé."))
    s.append(FootnoteAnchor(1))
    s.append(P("Les indicateurs sociaux restent très contrastés : le taux de pauvreté atteint 41 % aux Grands-Prés "
               "et 37 % au Clos-Saint-Marc, contre 16 % pour l'ensemble de la ville et 13 % pour le département. "
               "Un habitant des QPV sur quatre a moins de 20 ans, et les familles monoparentales y représentent "
               "28 % des ménages."))
    s.append(P("1.2 Pourquoi un diagnostic de santé mentale ?", h2))
    s.append(P("Un conseil local de santé mentale (CLSM) est un espace de concertation et de coordination entre "
               "les élus locaux d'un territoire, la psychiatrie publique, les usagers, les aidants et l'ensemble "
               "des acteurs sociaux, médico-sociaux, éducatifs et du logement. Il n'est pas un lieu de soins : il "
               "définit et met en œuvre des actions concertées de prévention, d'accès aux soins et d'inclusion. "
               "Le présent diagnostic constitue l'étape préalable à la création d'un CLSM à Ormeval, inscrite au "
               "contrat de ville « Engagements Quartiers 2030 » signé en mars 2024."))
    s.append(P("Il s'inscrit également dans le projet territorial de santé mentale (PTSM) de la Vaudaine, adopté en "
               "2020 et en cours de révision, dont la fiche action n° 4 prévoit le déploiement de CLSM dans les "
               "communes de plus de 20 000 habitants. Deux CLSM existent déjà dans le département, à Brenay et à "
               "Saint-Ours-la-Forêt."))
    s.append(P("1.3 Méthode", h2))
    s.append(P("Commandé par la Ville d'Ormeval et cofinancé par l'ARS Centre-Val de Loire, le diagnostic a été "
               "conduit de février à juin 2025 sous l'égide d'un comité de suivi réuni trois fois (5 février, "
               "10 avril et 12 juin 2025). Il croise quatre sources :"))
    for t in ("une enquête par questionnaire auprès des habitants, du 3 mars au 11 avril 2025 : 612 répondants, "
              "dont 287 dans les QPV (171 aux Grands-Prés, 116 au Clos-Saint-Marc), recueillis en ligne et en "
              "porte-à-porte avec l'appui de six adultes-relais<super>2</super> ;",
              "une enquête en ligne auprès des professionnels de la santé, du social, de l'éducation, du logement "
              "et de la tranquillité publique : 143 répondants ;",
              "24 entretiens individuels et trois groupes de parole (habitantes des Grands-Prés, parents du "
              "Clos-Saint-Marc, jeunes suivis par la Mission locale) ;",
              "l'analyse des données disponibles sur l'offre de soins et d'accompagnement."):
        s.append(Paragraph(t, bullet, bulletText="–"))
    s.append(FootnoteAnchor(2))
    s.append(P("Les résultats de l'enquête habitants sont redressés selon le sexe, l'âge et le quartier de "
               "résidence. Les écarts inférieurs à cinq points entre deux quartiers ne sont pas significatifs."))
    s.append(PageBreak())

    # ---- 2. habitants
    s.append(P("2. Ce que disent les habitants", h1))
    s.append(P("La souffrance psychique est nettement plus fréquente dans les quartiers prioritaires. La détresse "
               "psychologique élevée<super>3</super> concerne 33 % des répondants des Grands-Prés et 28 % de ceux "
               "du Clos-Saint-Marc, contre 19 % des habitants des autres quartiers. Elle touche davantage les "
               "femmes (34 % dans les QPV, contre 27 % des hommes) et surtout les jeunes : 36 % des 15-24 ans "
               "résidant en QPV sont concernés."))
    s.append(FootnoteAnchor(3))
    rows = [["Indicateur", "Grands-Prés", "Clos-Saint-Marc", "Ensemble QPV", "Hors QPV", "Ormeval"],
            ["Détresse psychologique élevée", "33 %", "28 %", "31 %", "19 %", "21 %"],
            ["A renoncé à des soins de santé mentale (12 derniers mois)", "29 %", "24 %", "27 %", "13 %", "16 %"],
            ["Connaît le CMP adultes", "34 %", "39 %", "36 %", "50 %", "48 %"],
            ["Saurait vers qui orienter un proche en souffrance", "38 %", "41 %", "39 %", "53 %", "50 %"],
            ["Se sent souvent seul(e)", "26 %", "22 %", "24 %", "15 %", "17 %"],
            ["Dit que les travaux et le relogement pèsent sur son moral", "47 %", "21 %", "36 %", "—", "—"]]
    s.append(KeepTogether([P("Tableau 1 – Principaux indicateurs de l'enquête habitants (en % des répondants)",
                             tcap),
                           data_table(rows, [4.9 * cm, 2.3 * cm, 2.9 * cm, 2.4 * cm, 1.9 * cm, 1.8 * cm],
                                      repeat=False),
                           P("Source : enquête habitants Sillons Études, mars-avril 2025 (n = 612, dont 287 en "
                             "QPV).", cap)]))
    s.append(KeepTogether([bar_chart(["Grands-Prés", "Clos-Saint-Marc", "Ensemble des QPV", "Hors QPV",
                                      "Ormeval"], [33, 28, 31, 19, 21], " %", maxv=40),
                           P("Figure 1 – Part des habitants en détresse psychologique élevée, par territoire "
                             "(2025)", cap)]))
    s.append(P("Plus d'un habitant des QPV sur quatre (27 %) a renoncé à des soins de santé mentale au cours des "
               "douze derniers mois, deux fois plus qu'ailleurs dans la ville (13 %). Interrogés sur les raisons "
               "de ce renoncement, les habitants citent d'abord le coût et l'avance de frais, puis les délais "
               "d'attente (figure 2)."))
    s.append(KeepTogether([bar_chart(["Coût, avance de frais", "Délais d'attente trop longs",
                                      "Ne sait pas à qui s'adresser", "Peur du regard des autres",
                                      "Transport, horaires"], [38, 34, 29, 22, 11], " %", maxv=50,
                                     color=colors.HexColor("#C9703A")),
                           P("Figure 2 – Motifs de renoncement aux soins de santé mentale, habitants des QPV "
                             "ayant renoncé (plusieurs réponses possibles)", cap)]))
    s.append(P("Le renouvellement urbain est vécu de manière ambivalente. Attendu, il est aussi source d'inquiétude "
               "pour les ménages concernés par le relogement : 47 % des répondants des Grands-Prés disent que les "
               "travaux et le relogement pèsent sur leur moral."))
    s.append(P("« Depuis qu'on sait que la tour va tomber, je dors mal. On a tous nos souvenirs ici. » — "
               "habitante des Grands-Prés, groupe de parole du 27 mars 2025", quote))

    # ---- 3. offre et professionnels
    s.append(P("3. L'offre de soins et le regard des professionnels", h1))
    s.append(P("3.1 Une offre de soins sous tension", h2))
    s.append(P("Ormeval relève du secteur de psychiatrie adulte Vaudaine-3 et de l'intersecteur de psychiatrie de "
               "l'enfant et de l'adolescent du centre hospitalier de la Vaudaine (CHV). La ville compte un CMP "
               "adultes, un CMP-IJ et un CMPP<super>5</super>, trois psychiatres libéraux et 17 psychologues "
               "libéraux. Le département de la Vaudaine dispose de 9,4 psychiatres pour 100 000 habitants"
               "<super>4</super>, l'une des densités les plus faibles de la région."))
    s.append(FootnoteAnchor(5))
    s.append(FootnoteAnchor(4))
    s.append(P("Les délais d'attente sont le premier point noir : si un premier entretien infirmier est proposé en "
               "trois semaines au CMP adultes, il faut attendre 11 semaines pour un rendez-vous avec un psychiatre. "
               "Pour les enfants, l'attente atteint 7 mois au CMP-IJ et 9 mois au CMPP."))
    s.append(KeepTogether([bar_chart(["CMP adultes (entretien infirmier)", "CMP adultes (psychiatre)",
                                      "Psychologue libéral", "CMP-IJ (premier rendez-vous)",
                                      "CMPP (premier rendez-vous)"], [3, 11, 5, 30, 39], " sem.", maxv=45,
                                     color=colors.HexColor("#6A5D9B")),
                           P("Figure 3 – Délais moyens d'attente pour un premier rendez-vous, en semaines "
                             "(avril 2025)", cap)]))
    s.append(P("3.2 Des professionnels démunis face aux situations complexes", h2))
    s.append(P("71 % des professionnels interrogés rencontrent au moins une fois par mois une personne en "
               "souffrance psychique. 58 % ne savent pas à qui s'adresser face à une situation complexe (incurie, "
               "troubles du voisinage, refus de soins), et 82 % sont favorables à une instance locale de "
               "concertation. En 2024, les gardiens d'immeuble de Vaudaine Habitat ont signalé 46 situations de "
               "troubles du voisinage liés à une souffrance psychique."))
    s.append(P("Le tableau 2 recense les ressources identifiées sur le territoire ; beaucoup sont méconnues des "
               "professionnels de première ligne."))
    res = [["Ressource", "Porteur", "Public", "Lieu", "Modalités d'accès"],
           ["CMP adultes Pasteur", "CH de la Vaudaine", "Adultes", "12 rue Pasteur", "Sur rendez-vous, gratuit"],
           ["CMP infanto-juvénile (CMP-IJ)", "CH de la Vaudaine", "0-16 ans", "Avenue des Tilleuls",
            "Liste d'attente, priorité aux moins de 6 ans"],
           ["CATTP Les Glycines", "CH de la Vaudaine", "Adultes suivis", "Centre-ville", "Sur orientation du CMP"],
           ["Équipe mobile psychiatrie-précarité (EMPP)", "CH de la Vaudaine", "Personnes sans domicile ou en "
            "grande précarité", "Itinérante", "Sur signalement d'un professionnel"],
           ["Psychiatrie de liaison aux urgences", "CH de la Vaudaine", "Tous publics", "Site hospitalier",
            "24 h/24"],
           ["CMPP", "Association Vaudaine Enfance", "0-20 ans", "Clos-Saint-Marc", "Liste d'attente"],
           ["Maison des adolescents de la Vaudaine", "GIP départemental", "11-25 ans et parents",
            "Centre-ville", "Sans rendez-vous le mercredi"],
           ["Point écoute jeunes", "Mission locale", "16-25 ans", "Grands-Prés", "Permanence le jeudi"],
           ["GEM La Passerelle", "Association La Passerelle", "Adultes concernés par un trouble psychique",
            "Centre-ville", "Libre adhésion"],
           ["Unafam, délégation de la Vaudaine", "Association", "Familles et proches", "Maison des associations",
            "Permanence mensuelle"],
           ["Centre social des Grands-Prés", "Ville / CAF", "Habitants", "Grands-Prés", "Accueil libre"],
           ["Maison de quartier du Clos-Saint-Marc", "Ville", "Habitants", "Clos-Saint-Marc", "Accueil libre"],
           ["CCAS d'Ormeval", "Ville", "Personnes en difficulté sociale", "Hôtel de ville", "Sur rendez-vous"],
           ["Maison départementale des solidarités", "Département", "Tous publics", "Grands-Prés",
            "Sur rendez-vous"],
           ["Maison de santé pluriprofessionnelle des Grands-Prés", "Libéraux (CPTS)", "Patientèle",
            "Grands-Prés", "Médecin traitant"],
           ["CPTS du Pays d'Ormeval", "Association de professionnels", "Professionnels de santé de ville",
            "Ormeval et 14 communes", "Adhésion"],
           ["Psychologues libéraux (17)", "Libéraux", "Tous publics", "Ville", "Dispositif Mon soutien psy "
            "pour une partie d'entre eux"],
           ["Psychiatres libéraux (3)", "Libéraux", "Adultes", "Centre-ville", "Nouveaux patients rarement "
            "acceptés"],
           ["Santé scolaire", "Éducation nationale", "Élèves", "Établissements", "Infirmières et médecin "
            "scolaire"],
           ["Prévention spécialisée", "Association Passerelles Jeunes", "11-21 ans", "Deux QPV",
            "Travail de rue"],
           ["Adultes-relais", "Ville", "Habitants des QPV", "Deux QPV", "Médiation, accompagnement"],
           ["Référente sociale du bailleur", "Vaudaine Habitat", "Locataires", "Agences de quartier",
            "Sur signalement du gardien"],
           ["Conseil intercommunal de sécurité et de prévention de la délinquance", "Ville / État",
            "Professionnels", "Hôtel de ville", "Cellule de veille mensuelle"]]
    s.append(P("Tableau 2 – Ressources en santé mentale recensées à Ormeval (avril 2025)", tcap))
    s.append(data_table(res, [4.3 * cm, 3.2 * cm, 3.4 * cm, 2.7 * cm, 3.4 * cm]))
    s.append(P("Source : recensement Sillons Études, entretiens et sites des structures.", cap))

    # ---- 4. préconisations
    s.append(P("4. Préconisations : créer un CLSM autour de cinq axes", h1))
    s.append(P("Le comité de suivi du 12 juin 2025 a validé la création d'un conseil local de santé mentale à "
               "Ormeval, piloté par la Ville en partenariat avec le CH de la Vaudaine, et organisé autour de cinq "
               "axes :"))
    for t in ("<b>Axe 1 – Accès aux soins :</b> réduire les délais, renforcer le lien entre le CMP et les "
              "médecins généralistes de la CPTS, faire connaître les ressources ;",
              "<b>Axe 2 – Situations complexes :</b> créer une instance de concertation sur les situations "
              "individuelles, dans le respect du secret professionnel ;",
              "<b>Axe 3 – Enfants et jeunes :</b> repérage précoce, soutien à la parentalité, lien avec la "
              "Maison des adolescents et la Mission locale ;",
              "<b>Axe 4 – Logement et renouvellement urbain :</b> intégrer la santé mentale dans l'accompagnement "
              "au relogement et le maintien dans le logement ;",
              "<b>Axe 5 – Information et déstigmatisation :</b> Semaines d'information sur la santé mentale, "
              "formations aux premiers secours en santé mentale, annuaire des ressources."):
        s.append(Paragraph(t, bullet, bulletText="•"))
    s.append(P("Conditions de réussite", h2))
    s.append(P("L'expérience des CLSM montre qu'un coordinateur ou une coordinatrice à temps plein est "
               "indispensable. Le cabinet recommande une présidence assurée par un élu, une convention "
               "constitutive signée par les principaux partenaires et un budget de fonctionnement compris entre "
               "65 000 et 80 000 € par an, coordination comprise. L'ARS Centre-Val de Loire peut cofinancer le "
               "poste de coordination dans le cadre du fonds d'intervention régional."))
    s.append(P("Le calendrier proposé prévoit un webinaire de lancement à la rentrée 2025, la signature de la "
               "convention avant la fin de l'année 2025 et l'arrivée du coordinateur au début de l'année 2026."))
    return s


def main():
    doc = Doc(OUT)
    doc.multiBuild(story(), canvasmaker=NumberedCanvas)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
