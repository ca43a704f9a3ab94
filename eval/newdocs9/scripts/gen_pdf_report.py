"""Annual activity report of an intercommunal CLSM, as a long PDF (portrait A4).

Cover without header, contents page, running header and "Page x / N" footer on every other page, a
"Chiffres clés" page of big numbers, tables of figures per town and per year, a bar chart, and an annex
table of every 2024 action that spans several pages (header row repeated).
"""
import pathlib

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, LongTable, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2025-04-15_clsm-vallee-de-l-aurence_rapport-activite-2024.pdf"

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", F + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

TEAL = colors.HexColor("#1f6f78")
LIGHT = colors.HexColor("#e6f2f3")

body = ParagraphStyle("body", fontName="DV", fontSize=9.6, leading=13.4, spaceAfter=5, alignment=4)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, alignment=0, spaceAfter=0)
cell = ParagraphStyle("cell", parent=body, fontSize=8.2, leading=10.2, alignment=0, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="DVB", textColor=colors.white)
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, textColor=TEAL, spaceBefore=4, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.2, leading=14, textColor=TEAL, spaceBefore=8, spaceAfter=4)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)
box = ParagraphStyle("box", parent=body, fontSize=9, leading=12.5, backColor=LIGHT, borderPadding=6,
                     spaceBefore=8, spaceAfter=10)
caption = ParagraphStyle("caption", parent=small, fontName="DVI", spaceBefore=3, spaceAfter=8)

HEADER = "CLSM intercommunal de la Vallée de l'Aurence — Rapport d'activité 2024"


class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass canvas so that the footer can say "Page x / N"."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self.setFont("DV", 7.5)
                self.setFillColor(colors.grey)
                self.drawString(2 * cm, 1.2 * cm, "Aurence Agglo · CLSM intercommunal · 2 place de la Halle, 41900 Montaurel")
                self.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {self._pageNumber} / {n}")
            super().showPage()
        super().save()


def on_page(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, A4[1] - 1.25 * cm, A4[0], 1.25 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DV", 8)
    c.drawString(2 * cm, A4[1] - 0.8 * cm, HEADER)
    c.restoreState()


def on_cover(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, A4[0], A4[1], stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 30)
    c.drawString(2.2 * cm, 20 * cm, "Rapport d'activité 2024")
    c.setFont("DV", 15)
    c.drawString(2.2 * cm, 18.6 * cm, "Conseil local de santé mentale intercommunal")
    c.drawString(2.2 * cm, 17.8 * cm, "de la Vallée de l'Aurence")
    c.setFont("DV", 11)
    c.drawString(2.2 * cm, 16.2 * cm, "Montaurel · Bréville-sur-Aurence · Saint-Firmin-des-Prés")
    c.setFont("DVI", 9.5)
    c.drawString(2.2 * cm, 4.2 * cm, "Adopté par le comité de pilotage du 8 avril 2025 — diffusion : 15 avril 2025")
    c.drawString(2.2 * cm, 3.6 * cm, "Rédaction : Claire Vasseur, coordinatrice, avec Inès Boulanger, assistante de coordination")
    c.restoreState()


def P(t, st=body):
    return Paragraph(t, st)


def bullets(items):
    return [Paragraph(i, bullet, bulletText="•") for i in items]


def table(rows, widths, head_bg=TEAL, zebra=True, bold_last=False, long=False):
    data = []
    for r, row in enumerate(rows):
        data.append([Paragraph(str(x), cellb if r == 0 else cell) for x in row])
    T = LongTable if long else Table
    t = T(data, colWidths=widths, repeatRows=1 if long else 0)
    st = [("BACKGROUND", (0, 0), (-1, 0), head_bg),
          ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bbfc3")),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if zebra:
        for r in range(2, len(rows), 2):
            st.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
    if bold_last:
        st.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#cfe3e5")))
    t.setStyle(TableStyle(st))
    return t


def keyfig(num, label):
    return [Paragraph(f'<font name="DVB" size="26" color="#1f6f78">{num}</font>',
                      ParagraphStyle("k", alignment=TA_CENTER, leading=30)),
            Paragraph(label, ParagraphStyle("kl", fontName="DV", fontSize=8.8, leading=11, alignment=TA_CENTER))]


def chart():
    d = Drawing(440, 210)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.height, bc.width = 45, 40, 140, 270
    bc.data = [[41, 52, 58], [17, 23, 31], [6, 9, 8]]
    bc.categoryAxis.categoryNames = ["2022", "2023", "2024"]
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 70, 10
    bc.categoryAxis.labels.fontName = bc.valueAxis.labels.fontName = "DV"
    bc.barLabelFormat = "%d"
    bc.barLabels.fontName = "DV"
    bc.barLabels.fontSize = 7
    bc.barLabels.nudge = 6
    for i, col in enumerate(["#1f6f78", "#6fb3b8", "#c9a227"]):
        bc.bars[i].fillColor = colors.HexColor(col)
    d.add(bc)
    lg = Legend()
    lg.x, lg.y = 335, 150
    lg.fontName, lg.fontSize = "DV", 8
    lg.colorNamePairs = [(colors.HexColor("#1f6f78"), "Montaurel"), (colors.HexColor("#6fb3b8"), "Bréville-sur-Aurence"),
                         (colors.HexColor("#c9a227"), "Saint-Firmin-des-Prés")]
    d.add(lg)
    d.add(String(45, 195, "Situations examinées par la CCSC, par commune de résidence", fontName="DVB", fontSize=8.5))
    return d


ACTIONS = [
    ("11/01", "Réunion de la cellule (CCSC)", "Montaurel", "CLSM", "14"),
    ("16/01", "Formation PSSM standard (session 1)", "Montaurel", "CLSM", "12"),
    ("23/01", "GT Logement : revue des signalements", "Montaurel", "Aurence Habitat", "11"),
    ("30/01", "Atelier « estime de soi » (cycle de 14 séances)", "Bréville-sur-Aurence", "Centre social La Croix-Verte", "11"),
    ("06/02", "Comité de pilotage n° 1", "Montaurel", "Aurence Agglo", "19"),
    ("08/02", "Réunion de la cellule (CCSC)", "Bréville-sur-Aurence", "CLSM", "13"),
    ("13/02", "Formation PSSM Jeunes (session 1)", "Bréville-sur-Aurence", "CLSM", "12"),
    ("20/02", "Café des aidants", "Montaurel (Les Tilleuls)", "UNAFAM / CLSM", "9"),
    ("05/03", "GT Jeunesse : bilan de la première année du PAEJ", "Montaurel", "Aurence Prévention", "16"),
    ("14/03", "Réunion de la cellule (CCSC)", "Montaurel", "CLSM", "15"),
    ("19/03", "Formation des gardiens d'immeubles « repérer et orienter »", "Montaurel", "Aurence Habitat", "10"),
    ("26/03", "Formation PSSM standard (session 2)", "Saint-Firmin-des-Prés", "CLSM", "12"),
    ("02/04", "GT Accès aux soins et aux droits", "Bréville-sur-Aurence", "CCAS de Bréville", "14"),
    ("11/04", "Réunion de la cellule (CCSC)", "Bréville-sur-Aurence", "CLSM", "12"),
    ("16/04", "Café des aidants", "Montaurel (Les Tilleuls)", "UNAFAM / CLSM", "11"),
    ("23/04", "Formation PSSM standard (session 3)", "Montaurel", "CLSM", "12"),
    ("14/05", "Séances « compétences psychosociales » (classes de 5e)", "Saint-Firmin-des-Prés", "Collège Jules-Ferry", "148"),
    ("16/05", "Réunion de la cellule (CCSC)", "Montaurel", "CLSM", "16"),
    ("21/05", "GT Déstigmatisation et communication", "Montaurel", "CLSM", "9"),
    ("28/05", "Formation des gardiens d'immeubles « repérer et orienter »", "Bréville-sur-Aurence", "Logis Centre-Val", "8"),
    ("04/06", "Formation PSSM Jeunes (session 2)", "Montaurel", "CLSM", "12"),
    ("11/06", "Comité de pilotage n° 2", "Bréville-sur-Aurence", "Aurence Agglo", "17"),
    ("13/06", "Réunion de la cellule (CCSC)", "Bréville-sur-Aurence", "CLSM", "14"),
    ("18/06", "Café des aidants", "Montaurel (Les Tilleuls)", "UNAFAM / CLSM", "8"),
    ("25/06", "GT Logement : premier bilan annuel du protocole", "Bréville-sur-Aurence", "Logis Centre-Val", "13"),
    ("02/07", "Formation PSSM standard (session 4)", "Bréville-sur-Aurence", "CLSM", "12"),
    ("11/07", "Réunion de la cellule (CCSC)", "Montaurel", "CLSM", "11"),
    ("10/09", "Formation PSSM standard (session 5)", "Montaurel", "CLSM", "12"),
    ("12/09", "Réunion de la cellule (CCSC)", "Bréville-sur-Aurence", "CLSM", "15"),
    ("17/09", "GT Jeunesse : préparation des SISM", "Bréville-sur-Aurence", "Mission locale", "12"),
    ("24/09", "Formation PSSM Jeunes (session 3)", "Saint-Firmin-des-Prés", "CLSM", "12"),
    ("01/10", "Formation PSSM standard (session 6)", "Montaurel", "CLSM", "12"),
    ("07/10", "Ouverture des SISM 2024 : stand au marché", "Montaurel", "CLSM", "120"),
    ("09/10", "Ciné-débat « Les Intranquilles » (cinéma Le Rex)", "Bréville-sur-Aurence", "CLSM / Le Rex", "134"),
    ("10/10", "Réunion de la cellule (CCSC)", "Montaurel", "CLSM", "17"),
    ("12/10", "Marche bleue", "Montaurel", "CLSM / clubs sportifs", "240"),
    ("15/10", "Comité de pilotage n° 3", "Montaurel", "Aurence Agglo", "18"),
    ("16/10", "Forum « santé mentale et sport »", "Saint-Firmin-des-Prés", "Mairie de Saint-Firmin", "52"),
    ("18/10", "Portes ouvertes du GEM Le Fil d'Ariane", "Montaurel", "GEM Le Fil d'Ariane", "64"),
    ("19/10", "Clôture des SISM : concert et témoignages", "Bréville-sur-Aurence", "CLSM", "96"),
    ("05/11", "Formation PSSM standard (session 7)", "Bréville-sur-Aurence", "CLSM", "12"),
    ("14/11", "Réunion de la cellule (CCSC)", "Bréville-sur-Aurence", "CLSM", "14"),
    ("19/11", "GT Accès aux soins et aux droits : annuaire 2025", "Montaurel", "CCAS de Montaurel", "15"),
    ("26/11", "Formation PSSM standard (session 8)", "Saint-Firmin-des-Prés", "CLSM", "12"),
    ("03/12", "Café des aidants", "Montaurel (Les Tilleuls)", "UNAFAM / CLSM", "12"),
    ("12/12", "Assemblée plénière (salle Jean-Moulin)", "Bréville-sur-Aurence", "CLSM", "87"),
    ("19/12", "Réunion de la cellule (CCSC)", "Montaurel", "CLSM", "13"),
    ("18/01", "GT Déstigmatisation : refonte du guide des ressources", "Montaurel", "CLSM", "8"),
    ("25/01", "Permanence CPAM d'accès aux droits", "Bréville-sur-Aurence", "CPAM / Maison France services", "17"),
    ("15/02", "Sensibilisation des agents d'accueil des mairies", "Saint-Firmin-des-Prés", "CLSM", "9"),
    ("27/02", "Rencontre CMP / médecins généralistes", "Montaurel", "CH Les Grands Chênes / CPTS", "21"),
    ("09/04", "Atelier « mieux dormir » (adultes-relais)", "Montaurel (Les Tilleuls)", "Adultes-relais médiateurs santé", "13"),
    ("30/04", "Réunion des référents santé mentale des bailleurs", "Montaurel", "Aurence Habitat", "7"),
    ("07/05", "Théâtre-forum « Parlons-en » (lycée professionnel)", "Montaurel", "Aurence Prévention", "85"),
    ("06/06", "Sensibilisation des élus municipaux", "Bréville-sur-Aurence", "CLSM", "23"),
    ("20/06", "Fête de quartier : stand santé mentale", "Bréville-sur-Aurence (La Croix-Verte)", "Centre social La Croix-Verte", "150"),
    ("03/09", "Rentrée du PAEJ : portes ouvertes", "Montaurel", "Aurence Prévention", "46"),
    ("26/09", "GT Logement : cas anonymisés et retours des gardiens", "Montaurel", "Aurence Habitat", "12"),
    ("08/10", "Conférence « Bouger pour aller mieux »", "Montaurel", "CLSM / CH Les Grands Chênes", "58"),
    ("14/10", "Atelier sophrologie pour les aidants", "Montaurel (Les Tilleuls)", "UNAFAM / CLSM", "14"),
    ("17/10", "Randonnée douce et échanges", "Saint-Firmin-des-Prés", "Mairie de Saint-Firmin", "18"),
    ("21/11", "Rencontre CMP / médecins généralistes", "Bréville-sur-Aurence", "CH Les Grands Chênes / CPTS", "19"),
    ("10/12", "GT Jeunesse : bilan annuel", "Montaurel", "Aurence Prévention", "14"),
]


TOC = ["1. Éditorial des co-présidents", "2. Chiffres clés 2024", "3. Le CLSM en bref",
       "4. La cellule de coordination des situations complexes", "5. Logement et santé mentale", "6. Jeunesse",
       "7. Accès aux soins et aux droits", "8. Premiers secours en santé mentale",
       "9. Semaines d'information sur la santé mentale 2024", "10. Quartiers prioritaires",
       "11. Communication et déstigmatisation", "12. Moyens et budget 2024", "13. Perspectives 2025",
       "Annexe 1. Tableau détaillé des actions 2024", "Annexe 2. Composition du comité de pilotage",
       "Annexe 3. Glossaire"]


def _key(a):
    d, m = a[0].split("/")
    return (int(m), int(d))


ACTIONS.sort(key=_key)


def story(toc_pages=None):
    s = []
    # cover page is drawn by on_cover; flowables start on page 2
    s.append(NextPageTemplate("main"))
    s.append(PageBreak())
    s.append(P("Sommaire", h1))
    toc = [(h, (toc_pages or {}).get(h, "")) for h in TOC]
    t = Table([[P(a, small), P(b, small)] for a, b in toc], colWidths=[14 * cm, 2 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    s.append(t)
    s.append(PageBreak())

    # 1
    s.append(P("1. Éditorial des co-présidents", h1))
    s += [P("Quatre ans après son passage à l'échelle intercommunale, le Conseil local de santé mentale (CLSM) de la "
            "Vallée de l'Aurence a connu en 2024 une année de consolidation. Jamais la cellule de coordination des "
            "situations complexes n'avait examiné autant de situations ; jamais autant d'habitants, d'agents et de "
            "bénévoles n'avaient été formés aux premiers secours en santé mentale ; jamais les Semaines d'information "
            "sur la santé mentale n'avaient réuni autant de monde dans nos trois communes."),
          P("Ces chiffres disent d'abord une réalité : la souffrance psychique est présente partout, dans les quartiers "
            "des Tilleuls-Beauregard et de la Croix-Verte comme dans les hameaux de Saint-Firmin-des-Prés. Ils disent "
            "aussi que le travail en réseau porte ses fruits : le délai entre la saisine de la cellule et le premier "
            "examen d'une situation est passé de 23 jours en 2023 à 16 jours en 2024, et 23 ménages ont pu rester "
            "dans leur logement grâce au protocole signé avec les bailleurs."),
          P("Il reste beaucoup à faire. Les délais de rendez-vous en centre médico-psychologique restent trop longs, "
            "la pédopsychiatrie manque de bras et les personnes isolées restent difficiles à rejoindre. L'année 2025 "
            "sera celle du nouveau contrat local de santé, de l'arrivée d'un médiateur de santé pair et de "
            "l'extension de la cellule à Saint-Firmin-des-Prés."),
          P("Nous remercions les 64 structures membres du CLSM, les élus des trois communes et, bien sûr, les "
            "personnes concernées et leurs proches, dont la parole guide notre action."),
          Spacer(1, 10),
          P("<b>Jean-Marc Tessier</b>, maire de Montaurel, président d'Aurence Agglo<br/>"
            "<b>Dr Sophie Lemaire</b>, psychiatre, cheffe du pôle de psychiatrie adulte du centre hospitalier "
            "Les Grands Chênes"),
          PageBreak()]

    # 2 key figures page
    s.append(P("2. Chiffres clés 2024", h1))
    figs = [("97", "situations examinées par la cellule de coordination des situations complexes (84 en 2023)"),
            ("16 jours", "délai moyen entre la saisine de la cellule et le premier examen"),
            ("132", "secouristes formés aux premiers secours en santé mentale en 2024 (276 depuis 2022)"),
            ("19", "événements pendant les SISM 2024, avec 1 140 participants"),
            ("214", "jeunes de 11 à 25 ans accueillis au Point accueil écoute jeunes de Montaurel"),
            ("23", "ménages maintenus dans leur logement grâce au protocole santé mentale et habitat"),
            ("64", "structures membres du CLSM (58 en 2023)"),
            ("118 500 €", "de budget de fonctionnement, dont 40 000 € de l'ARS Centre-Val de Loire")]
    rows = []
    for i in range(0, len(figs), 2):
        a, b = keyfig(*figs[i]), keyfig(*figs[i + 1])
        rows.append([a[0], b[0]])
        rows.append([a[1], b[1]])
    t = Table(rows, colWidths=[8 * cm, 8 * cm], rowHeights=[1.5 * cm, 1.6 * cm] * 4)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BOX", (0, 0), (-1, -1), 1, TEAL), ("INNERGRID", (0, 1), (-1, -1), 0.25, colors.white),
                           ("BACKGROUND", (0, 0), (-1, -1), LIGHT)]))
    s.append(t)
    s.append(Spacer(1, 14))
    s.append(P("Territoire couvert : 57 600 habitants (Montaurel 38 400, Bréville-sur-Aurence 12 900, Saint-Firmin-"
               "des-Prés 6 300), dont deux quartiers prioritaires de la politique de la ville : Les Tilleuls-Beauregard "
               "à Montaurel (4 850 habitants) et La Croix-Verte à Bréville-sur-Aurence (1 730 habitants).", box))
    s.append(PageBreak())

    # 3
    s.append(P("3. Le CLSM en bref", h1))
    s += [P("Le CLSM de Montaurel a été créé en 2017 à l'échelle de la seule ville-centre. Par délibération du conseil "
            "communautaire du 14 décembre 2020, il est devenu intercommunal au 1<super>er</super> janvier 2021 et couvre "
            "désormais les trois communes d'Aurence Agglo. La coordinatrice, Claire Vasseur, est en poste depuis le "
            "1<super>er</super> mars 2021 (1 équivalent temps plein, ETP), rattachée à la direction de la cohésion sociale "
            "d'Aurence Agglo. Depuis septembre 2024, elle est épaulée par une assistante de coordination à mi-temps "
            "(0,5 ETP), Inès Boulanger."),
          P("Le CLSM est co-présidé par le président d'Aurence Agglo et par la cheffe du pôle de psychiatrie adulte du "
            "centre hospitalier Les Grands Chênes, qui porte les deux centres médico-psychologiques (CMP) adultes du "
            "territoire, à Montaurel et à Bréville-sur-Aurence. L'élue référente pour les communes est Nadia Ferhat, "
            "adjointe au maire de Bréville-sur-Aurence chargée de la santé."),
          P("Les instances", h2)]
    s += bullets(["<b>L'assemblée plénière</b> réunit une fois par an l'ensemble des membres. En 2024, elle s'est tenue le "
                  "12 décembre, salle Jean-Moulin à Bréville-sur-Aurence, avec 87 participants.",
                  "<b>Le comité de pilotage</b> fixe les priorités et valide le budget. Il s'est réuni trois fois en 2024 : "
                  "le 6 février, le 11 juin et le 15 octobre.",
                  "<b>Quatre groupes de travail (GT)</b> : Logement et santé mentale ; Jeunesse ; Accès aux soins et aux "
                  "droits ; Déstigmatisation et communication.",
                  "<b>La cellule de coordination des situations complexes (CCSC)</b>, instance nominative et confidentielle "
                  "présentée au chapitre 4."])
    s += [P("Les membres", h2),
          P("Le CLSM compte 64 structures membres fin 2024, contre 58 fin 2023 et 47 fin 2022. Les six nouvelles "
            "structures de 2024 sont la mission locale de la Vallée de l'Aurence, le collège Jules-Ferry de Saint-"
            "Firmin-des-Prés, le club de rugby de Montaurel, l'association d'aide à domicile Aurence Services, la "
            "Maison France services de Bréville-sur-Aurence et la délégation locale de l'UNAFAM (Union nationale de "
            "familles et amis de personnes malades et/ou handicapées psychiques)."),
          P("Répartition des membres par collège (fin 2024)", h2),
          table([["Collège", "Nombre de structures", "Exemples"],
                 ["Élus et collectivités", "9", "Aurence Agglo, trois mairies, trois CCAS, conseil départemental"],
                 ["Psychiatrie et santé", "14", "CH Les Grands Chênes, CMP, médecins généralistes, pharmacies, CPTS"],
                 ["Social et médico-social", "17", "SAVS, SAMSAH, UDAF, mission locale, centres sociaux"],
                 ["Logement", "5", "Aurence Habitat, Logis Centre-Val, ADIL, résidence sociale"],
                 ["Usagers et proches", "4", "GEM Le Fil d'Ariane, UNAFAM, deux associations d'usagers"],
                 ["Éducation, jeunesse, sport, culture", "11", "collèges, PAEJ, clubs sportifs, cinéma Le Rex"],
                 ["Sécurité et justice", "4", "police municipale, gendarmerie, SPIP, maison de justice"],
                 ["Total", "64", ""]], [5.2 * cm, 3.2 * cm, 8.2 * cm], bold_last=True),
          PageBreak()]

    # 4
    s.append(P("4. La cellule de coordination des situations complexes", h1))
    s += [P("Lancée en janvier 2022, la cellule de coordination des situations complexes (CCSC) examine, avec l'accord "
            "des personnes ou, à défaut, après les en avoir informées, des situations individuelles qui mettent en "
            "difficulté plusieurs intervenants : rupture de soins, incurie dans le logement, troubles de voisinage, "
            "isolement extrême. Elle se réunit chaque mois, le deuxième jeudi, sauf en août, alternativement au CCAS de "
            "Montaurel et à la Maison France services de Bréville-sur-Aurence, soit 11 réunions en 2024."),
          P("Les membres permanents sont les deux CMP adultes, les CCAS des trois communes, les deux bailleurs sociaux, "
            "le service d'accompagnement à la vie sociale (SAVS), l'UDAF pour les mesures de protection, la mission "
            "locale et la coordinatrice du CLSM, qui anime la séance. Chaque participant signe la charte de "
            "confidentialité ; seules les informations strictement nécessaires sont partagées."),
          P("Comment saisir la cellule", h2)]
    s += bullets(["remplir la fiche de saisine (disponible auprès de la coordination) et la faire signer par le "
                  "professionnel référent ;",
                  "informer la personne concernée et recueillir son accord, sauf urgence ou impossibilité dûment motivée ;",
                  "adresser la fiche par messagerie sécurisée à la coordinatrice au plus tard dix jours avant la réunion ;",
                  "présenter la situation en séance (dix minutes), puis co-construire un plan d'action avec un référent "
                  "désigné ;",
                  "faire un point d'étape à la réunion suivante, puis à trois mois."])
    s += [P("Situations examinées par commune et par année", h2),
          table([["Commune de résidence", "2022", "2023", "2024", "Évolution 2023-2024"],
                 ["Montaurel", "41", "52", "58", "+ 12 %"],
                 ["Bréville-sur-Aurence", "17", "23", "31", "+ 35 %"],
                 ["Saint-Firmin-des-Prés", "6", "9", "8", "− 11 %"],
                 ["Total", "64", "84", "97", "+ 15 %"]], [5.4 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 4.4 * cm], bold_last=True),
          P("Tableau 1 — Situations examinées par la CCSC (source : tableau de suivi de la coordination).", caption),
          chart(),
          P("Figure 1 — Les situations de Bréville-sur-Aurence progressent le plus vite ; celles de Saint-Firmin-des-Prés, "
            "où la cellule ne se réunit pas, restent peu nombreuses.", caption),
          PageBreak(),
          P("Qui saisit la cellule ?", h2),
          P("En 2024, les bailleurs sociaux sont devenus les premiers à saisir la cellule (27 situations), devant les "
            "CCAS (22), les mairies relayant des familles ou des voisins (18), les CMP (14) et les autres partenaires, "
            "mission locale, SAVS, médecins généralistes, gendarmerie (16). En 2023, les CCAS arrivaient en tête avec "
            "25 saisines, devant les bailleurs (19)."),
          P("Profil des personnes", h2),
          P("Les personnes dont la situation a été examinée en 2024 sont des hommes à 56 %, leur âge médian est de 47 ans "
            "et 38 % vivent seules. Un tiers d'entre elles (33 %) résident dans l'un des deux quartiers prioritaires, "
            "alors que ces quartiers ne regroupent que 11 % de la population du territoire."),
          P("Ce que deviennent les situations", h2),
          table([["Issue au 31 décembre 2024", "Nombre", "Part"],
                 ["Accès ou retour aux soins", "39", "40 %"],
                 ["Maintien dans le logement", "21", "22 %"],
                 ["Orientation médico-sociale (SAVS, SAMSAH, mesure de protection)", "14", "14 %"],
                 ["Clôture sans solution", "11", "11 %"],
                 ["Situation toujours en cours", "12", "12 %"],
                 ["Total", "97", "100 %"]], [10 * cm, 3 * cm, 3 * cm], bold_last=True),
          P("Tableau 2 — Issue des 97 situations examinées en 2024.", caption),
          P("Délais", h2),
          P("Le délai moyen entre la réception de la fiche de saisine et le premier examen en séance a nettement baissé : "
            "31 jours en 2022, 23 jours en 2023 et 16 jours en 2024. Cette amélioration tient à la création, en mars "
            "2024, d'un créneau d'urgence : la coordinatrice peut réunir en visioconférence, sous 72 heures, les trois "
            "ou quatre partenaires directement concernés lorsqu'une situation ne peut pas attendre la séance suivante. "
            "Ce créneau a été utilisé à 9 reprises en 2024."),
          P("<b>Point de vigilance.</b> Les 11 situations clôturées sans solution concernent presque toutes des personnes "
            "refusant tout contact, sans danger immédiat avéré. La cellule souhaite travailler avec l'équipe mobile "
            "psychiatrie-précarité du centre hospitalier pour mieux aller vers ces personnes.", box),
          PageBreak()]

    # 5
    s.append(P("5. Logement et santé mentale", h1))
    s += [P("Le groupe de travail Logement et santé mentale est co-animé par Virginie Roche, responsable du service "
            "social d'Aurence Habitat, et par le CCAS de Montaurel. Son outil principal est le protocole « santé "
            "mentale et habitat » signé le 12 juin 2023 par Aurence Agglo, les deux bailleurs sociaux (Aurence Habitat "
            "et Logis Centre-Val), le centre hospitalier Les Grands Chênes et les trois CCAS."),
          P("Le protocole prévoit qu'un gardien ou un chargé de clientèle qui repère une situation préoccupante la "
            "signale au référent santé mentale de son organisme, qui en informe la coordinatrice ; une visite à domicile "
            "conjointe (bailleur et infirmier du CMP) est organisée dans les quinze jours, et la situation peut ensuite "
            "être portée à la cellule."),
          table([["Indicateur du protocole", "2023 (juin-décembre)", "2024"],
                 ["Signalements des bailleurs", "19", "27"],
                 ["Visites à domicile conjointes", "12", "22"],
                 ["Ménages maintenus dans leur logement", "14", "23"],
                 ["Relogements dans un logement plus adapté", "2", "5"],
                 ["Procédures d'expulsion suspendues", "3", "6"],
                 ["Gardiens et chargés de clientèle formés", "—", "18"]], [8.6 * cm, 4 * cm, 4 * cm]),
          P("Tableau 3 — Indicateurs du protocole santé mentale et habitat.", caption),
          P("Deux sessions de formation « repérer et orienter » d'une journée ont été proposées en 2024 aux gardiens "
            "d'immeubles, le 19 mars à Montaurel et le 28 mai à Bréville-sur-Aurence, soit 18 personnes formées."),
          P("Un projet de résidence accueil de 20 logements, portée par Logis Centre-Val et l'association Aurence "
            "Prévention, est en cours à Bréville-sur-Aurence ; l'ouverture est prévue au second semestre 2026. Il "
            "s'agira de la première résidence accueil du territoire : les personnes les plus proches de l'éligibilité "
            "sont aujourd'hui orientées vers la maison relais de Montaurel, dont les 25 places sont toutes occupées."),
          PageBreak()]

    # 6
    s.append(P("6. Jeunesse", h1))
    s += [P("Le Point accueil écoute jeunes de Montaurel", h2),
          P("Le Point accueil écoute jeunes (PAEJ) « Point Virgule », porté par l'association Aurence Prévention, a ouvert "
            "ses portes le 4 septembre 2023 au 14 rue des Tanneurs, à la lisière du quartier des Tilleuls-Beauregard. "
            "Il accueille, sans rendez-vous, gratuitement et de façon anonyme s'ils le souhaitent, les jeunes de 11 à 25 "
            "ans et leurs parents. L'équipe compte une psychologue, Laure Janvier, et deux éducateurs."),
          table([["PAEJ Point Virgule", "sept.-déc. 2023", "2024"],
                 ["Jeunes accueillis", "71", "214"],
                 ["dont habitants d'un QPV", "58 %", "61 %"],
                 ["dont filles", "54 %", "57 %"],
                 ["Entretiens individuels", "196", "689"],
                 ["Parents reçus", "23", "64"],
                 ["Orientations vers le CMP infanto-juvénile ou la Maison des adolescents", "9", "31"]],
                [9.6 * cm, 3.5 * cm, 3.5 * cm]),
          P("Tableau 4 — Activité du PAEJ de Montaurel.", caption),
          P("Bréville-sur-Aurence : la permanence psychologue de la mission locale", h2),
          P("Depuis janvier 2023, une psychologue du CMP infanto-juvénile tient chaque mardi après-midi une permanence "
            "dans les locaux de la mission locale de Bréville-sur-Aurence pour les 16-25 ans. Elle a reçu 52 jeunes en "
            "2023 et 88 en 2024. Le délai d'attente pour un premier rendez-vous y est de huit jours, contre plus de six "
            "mois au CMP infanto-juvénile pour les moins de 16 ans."),
          P("Saint-Firmin-des-Prés : les compétences psychosociales au collège", h2),
          P("Au collège Jules-Ferry, le CLSM et l'infirmière scolaire ont animé en mai 2024 trois séances sur les "
            "compétences psychosociales (reconnaître ses émotions, demander de l'aide, réagir au harcèlement) dans les "
            "six classes de 5e, soit 148 élèves. L'action sera étendue aux classes de 4e en 2025."),
          P("La Maison des adolescents du département tient une permanence mensuelle à Montaurel, le premier mercredi "
            "du mois ; elle a reçu 43 jeunes du territoire en 2024.", box),
          PageBreak()]

    # 7
    s.append(P("7. Accès aux soins et aux droits", h1))
    s += [P("Le groupe de travail Accès aux soins et aux droits, animé par le CCAS de Bréville-sur-Aurence, s'est réuni "
            "quatre fois en 2024. Il part d'un constat partagé : le premier obstacle aux soins n'est pas toujours "
            "l'absence de professionnels, mais la difficulté à s'y retrouver et à franchir la porte."),
          P("Délais d'accès aux centres médico-psychologiques", h2),
          P("Le centre hospitalier a communiqué au CLSM les délais moyens entre la demande et le premier rendez-vous "
            "avec un professionnel (infirmier ou psychologue) et avec un psychiatre."),
          table([["Délai moyen (jours)", "2023", "2024"],
                 ["CMP adultes de Montaurel, premier entretien infirmier", "12", "9"],
                 ["CMP adultes de Montaurel, premier rendez-vous psychiatre", "74", "61"],
                 ["CMP adultes de Bréville-sur-Aurence, premier entretien infirmier", "15", "14"],
                 ["CMP adultes de Bréville-sur-Aurence, premier rendez-vous psychiatre", "96", "88"],
                 ["CMP infanto-juvénile (moins de 16 ans), premier rendez-vous", "205", "192"]],
                [11 * cm, 2.8 * cm, 2.8 * cm]),
          P("Tableau 5 — Délais d'accès aux CMP du territoire (source : CH Les Grands Chênes).", caption),
          P("Les réalisations 2024", h2)]
    s += bullets(["une <b>rencontre entre les CMP et les médecins généralistes</b>, organisée deux fois (27 février à "
                  "Montaurel, 21 novembre à Bréville-sur-Aurence) avec la communauté professionnelle territoriale de "
                  "santé (CPTS), qui a abouti à une fiche de liaison commune ;",
                  "une <b>ligne directe</b> réservée aux médecins généralistes pour joindre l'infirmier d'accueil du CMP "
                  "de Montaurel, du lundi au vendredi de 9 h à 17 h ;",
                  "l'<b>annuaire 2025</b> des ressources, préparé en novembre ;",
                  "le soutien aux <b>permanences d'accès aux droits</b> de la CPAM à la Maison France services de "
                  "Bréville-sur-Aurence, qui ont permis l'ouverture de 61 dossiers de complémentaire santé solidaire."])
    s += [P("Le dispositif national « Mon soutien psy », qui permet le remboursement de séances chez un psychologue "
            "conventionné, reste peu utilisé sur le territoire : seuls 7 psychologues libéraux y participent, dont "
            "aucun à Saint-Firmin-des-Prés.", box),
          PageBreak()]

    # 8
    s.append(P("8. Premiers secours en santé mentale", h1))
    s += [P("Depuis 2022, le CLSM déploie la formation aux premiers secours en santé mentale (PSSM), qui apprend en deux "
            "jours (14 heures) à repérer les signes d'un trouble psychique, à engager la conversation et à orienter "
            "vers l'aide adaptée. Trois formateurs accrédités interviennent sur le territoire : Claire Vasseur, "
            "coordinatrice du CLSM, Mehdi Aït-Saïd, infirmier au CMP de Montaurel, et Laure Janvier, psychologue du PAEJ. "
            "Le module « Jeunes », destiné aux adultes en contact avec des 11-18 ans, est proposé depuis 2024."),
          P("Secouristes formés par commune et par année", h2),
          table([["Commune", "2022", "2023", "2024", "Cumul 2022-2024"],
                 ["Montaurel", "30", "51", "64", "145"],
                 ["Bréville-sur-Aurence", "18", "29", "44", "91"],
                 ["Saint-Firmin-des-Prés", "0", "16", "24", "40"],
                 ["Total", "48", "96", "132", "276"]], [5.4 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 4.4 * cm], bold_last=True),
          P("Tableau 6 — Secouristes PSSM formés (commune du lieu de la session).", caption),
          P("En 2024, 11 sessions ont été organisées (8 sessions standard et 3 sessions Jeunes), contre 8 sessions en "
            "2023 et 4 en 2022. Les 132 secouristes de 2024 se répartissent ainsi : 38 agents municipaux et "
            "intercommunaux, 29 salariés ou bénévoles d'associations, 26 habitants, 21 salariés des bailleurs et 18 "
            "enseignants et personnels de l'Éducation nationale. 96 % des stagiaires se déclarent satisfaits ou très "
            "satisfaits."),
          P("Chaque session coûte environ 1 600 € (supports, manuels, salle, repas), pris en charge par le CLSM ; la "
            "formation est gratuite pour les stagiaires. L'objectif 2025 est de former 150 secouristes, dont un quart "
            "dans les quartiers prioritaires."),
          PageBreak()]

    # 8
    s.append(P("9. Semaines d'information sur la santé mentale 2024", h1))
    s += [P("La 35<super>e</super> édition des Semaines d'information sur la santé mentale (SISM) s'est tenue du 7 au 20 "
            "octobre 2024 sur le thème national « En mouvement pour notre santé mentale ». Le CLSM a coordonné un "
            "programme de 19 événements, qui ont réuni 1 140 participants, contre 14 événements et 860 participants lors "
            "de l'édition 2023 (« À tous les âges de la vie, ma santé mentale est un droit »)."),
          table([["Commune", "Événements 2023", "Participants 2023", "Événements 2024", "Participants 2024"],
                 ["Montaurel", "9", "610", "12", "780"],
                 ["Bréville-sur-Aurence", "4", "220", "5", "290"],
                 ["Saint-Firmin-des-Prés", "1", "30", "2", "70"],
                 ["Total", "14", "860", "19", "1 140"]], [4.6 * cm, 3 * cm, 3 * cm, 3 * cm, 3 * cm], bold_last=True),
          P("Tableau 7 — Programme des SISM par commune.", caption),
          P("Temps forts", h2)]
    s += bullets(["la <b>marche bleue</b> du samedi 12 octobre à Montaurel, organisée avec quatre clubs sportifs : 240 "
                  "marcheurs sur un parcours de 6 kilomètres le long de l'Aurence ;",
                  "le <b>ciné-débat</b> autour du film « Les Intranquilles » au cinéma Le Rex de Bréville-sur-Aurence, le 9 "
                  "octobre, en présence d'une psychiatre du CMP et d'une adhérente du GEM : 134 spectateurs ;",
                  "le <b>forum « santé mentale et sport »</b> à Saint-Firmin-des-Prés le 16 octobre, 52 participants ;",
                  "les <b>portes ouvertes du GEM Le Fil d'Ariane</b>, groupe d'entraide mutuelle de Montaurel, le 18 "
                  "octobre : 64 visiteurs."])
    s += [P("Le budget des SISM 2024 s'est élevé à 9 500 €, dont 3 000 € de mécénat d'une mutuelle locale."),
          PageBreak()]

    # 9
    s.append(P("10. Quartiers prioritaires", h1))
    s += [P("Le contrat de ville « Engagements Quartiers 2030 » d'Aurence Agglo, signé le 28 mars 2024, comprend un axe 3 "
            "« Santé, bien-être et santé mentale » dont le CLSM est le pilote opérationnel. Les crédits de la politique "
            "de la ville consacrés aux actions du CLSM se sont élevés à 12 500 € en 2024, contre 9 000 € en 2023."),
          P("Le diagnostic réalisé en 2023 par l'observatoire régional de la santé (ORS) Centre-Val de Loire a montré "
            "que, dans le quartier des Tilleuls-Beauregard, le recours aux psychiatres libéraux était 2,3 fois plus "
            "faible que dans le reste de Montaurel, et que la part des habitants bénéficiant de la complémentaire santé "
            "solidaire y atteignait 34 %."),
          P("Actions menées dans les quartiers en 2024", h2)]
    s += bullets(["deux <b>adultes-relais médiateurs santé</b>, l'un aux Tilleuls-Beauregard depuis 2022, l'autre à la "
                  "Croix-Verte depuis avril 2024, qui ont accompagné 126 habitants vers une démarche de soins ou de droits ;",
                  "un <b>café des aidants</b> bimestriel aux Tilleuls-Beauregard avec l'UNAFAM (5 séances, 40 participations) ;",
                  "un <b>atelier « estime de soi »</b> de 14 séances au centre social de la Croix-Verte, suivi par 11 femmes ;",
                  "des <b>permanences d'accès aux droits</b> de la caisse primaire d'assurance maladie au sein de la "
                  "Maison France services de Bréville-sur-Aurence (2 demi-journées par mois)."])
    s += [P("<b>À retenir.</b> Un tiers des situations examinées par la cellule concernent des habitants des quartiers "
            "prioritaires, qui ne représentent que 11 % de la population : l'effort d'aller-vers doit y être maintenu.", box)]

    # 10
    s.append(P("11. Communication et déstigmatisation", h1))
    s += [P("Le GT Déstigmatisation et communication a réédité en 2024 le <i>Guide des ressources en santé mentale de la "
            "Vallée de l'Aurence</i>, tiré à 3 000 exemplaires et diffusé dans les mairies, pharmacies et cabinets "
            "médicaux. L'annuaire des partenaires en ligne recense 142 contacts. Quatre lettres d'information ont été "
            "envoyées à 410 abonnés et la presse locale a consacré 9 articles au CLSM. Une page dédiée sur le site "
            "d'Aurence Agglo a été consultée 5 800 fois."),
          PageBreak()]

    # 11
    s.append(P("12. Moyens et budget 2024", h1))
    s += [P("Le budget de fonctionnement du CLSM s'élève à 118 500 € en 2024, contre 96 200 € en 2023. La hausse tient "
            "principalement au recrutement de l'assistante de coordination et au doublement des sessions PSSM."),
          table([["Recettes 2024", "Montant"],
                 ["ARS Centre-Val de Loire (fonds d'intervention régional, FIR)", "40 000 €"],
                 ["Aurence Agglo", "35 000 €"],
                 ["Ville de Montaurel", "15 000 €"],
                 ["Crédits politique de la ville (contrat de ville)", "12 500 €"],
                 ["Ville de Bréville-sur-Aurence", "8 000 €"],
                 ["CH Les Grands Chênes (mise à disposition valorisée)", "8 000 €"],
                 ["Total", "118 500 €"]], [12 * cm, 4.6 * cm], bold_last=True),
          Spacer(1, 8),
          table([["Dépenses 2024", "Montant"],
                 ["Coordination (1,5 ETP, charges comprises)", "62 000 €"],
                 ["Formations PSSM (11 sessions)", "18 000 €"],
                 ["Frais de fonctionnement (locaux, déplacements, logiciels)", "16 000 €"],
                 ["SISM 2024", "9 500 €"],
                 ["Cellule : analyse des pratiques et supervision", "7 000 €"],
                 ["Communication (guide, lettres, site)", "6 000 €"],
                 ["Total", "118 500 €"]], [12 * cm, 4.6 * cm], bold_last=True),
          P("Tableau 8 — Budget réalisé 2024. La commune de Saint-Firmin-des-Prés contribue en nature (mise à "
            "disposition de salles).", caption)]

    # 12
    s.append(P("13. Perspectives 2025", h1))
    s += [P("Bilan des objectifs fixés pour 2024", h2),
          table([["Objectif fixé en comité de pilotage (octobre 2023)", "Cible 2024", "Réalisé 2024"],
                 ["Secouristes PSSM formés", "120", "132"],
                 ["Délai moyen saisine-examen de la cellule", "moins de 20 jours", "16 jours"],
                 ["Événements SISM", "15", "19"],
                 ["Gardiens d'immeubles formés", "25", "18"],
                 ["Structures membres du CLSM", "60", "64"],
                 ["Réunions de la cellule à Saint-Firmin-des-Prés", "2", "0"]],
                [9.4 * cm, 3.6 * cm, 3.6 * cm]),
          P("Tableau 9 — Deux objectifs n'ont pas été atteints : la formation des gardiens (deux sessions au lieu de "
            "trois) et la délocalisation de la cellule à Saint-Firmin-des-Prés, reportée à 2025.", caption),
          P("Les priorités 2025", h2)]
    s += [P("Le comité de pilotage du 8 avril 2025 a retenu six priorités :")]
    s += [Paragraph(t, bullet, bulletText=f"{i}.") for i, t in enumerate([
        "signer en juin 2025 le nouveau contrat local de santé (CLS) 2025-2029 d'Aurence Agglo, dont la santé mentale "
        "constituera l'un des quatre axes ;",
        "recruter à l'automne 2025, avec le GEM Le Fil d'Ariane, un médiateur de santé pair à mi-temps ;",
        "étendre la cellule à Saint-Firmin-des-Prés, avec une séance délocalisée chaque trimestre ;",
        "former 150 secouristes PSSM, dont un quart dans les quartiers prioritaires ;",
        "engager avec le centre hospitalier un plan local de prévention du suicide, en lien avec le dispositif de "
        "recontact VigilanS et le numéro national 3114 ;",
        "faire évaluer le fonctionnement du CLSM avec l'appui du Centre national de ressources et d'appui aux CLSM."], 1)]
    s += [PageBreak()]

    # annex 1 long table
    s.append(P("Annexe 1. Tableau détaillé des actions 2024", h1))
    s.append(P("Le tableau recense les actions collectives portées ou co-portées par le CLSM en 2024, dans l'ordre "
               "chronologique. Les réunions internes de la coordination n'y figurent pas.", small))
    s.append(Spacer(1, 6))
    rows = [["N°", "Date", "Action", "Commune", "Pilote", "Particip."]]
    for i, a in enumerate(ACTIONS, 1):
        rows.append([str(i), a[0] + "/2024", a[1], a[2], a[3], a[4]])
    s.append(table(rows, [0.9 * cm, 2.2 * cm, 5.0 * cm, 3.9 * cm, 3.0 * cm, 2.0 * cm], long=True))
    s.append(PageBreak())

    s.append(P("Annexe 2. Composition du comité de pilotage", h1))
    s += bullets(["Jean-Marc Tessier, président d'Aurence Agglo, maire de Montaurel (co-président)",
                  "Dr Sophie Lemaire, cheffe du pôle de psychiatrie adulte, CH Les Grands Chênes (co-présidente)",
                  "Nadia Ferhat, adjointe au maire de Bréville-sur-Aurence chargée de la santé",
                  "Gilles Perrot, maire de Saint-Firmin-des-Prés",
                  "Dr Antoine Mercier, délégation départementale de l'ARS Centre-Val de Loire",
                  "Fatou Diallo, déléguée du préfet pour la politique de la ville",
                  "Virginie Roche, Aurence Habitat",
                  "Marc Delaunay, directeur de l'association Aurence Prévention",
                  "Martine Guérin, présidente de la délégation locale de l'UNAFAM",
                  "Thomas Lefèvre, animateur du GEM Le Fil d'Ariane",
                  "Claire Vasseur, coordinatrice du CLSM (secrétariat)"])
    s.append(P("Annexe 3. Glossaire", h1))
    gl = [("ARS", "agence régionale de santé"), ("CCAS", "centre communal d'action sociale"),
          ("CCSC", "cellule de coordination des situations complexes"), ("CLS", "contrat local de santé"),
          ("CLSM", "conseil local de santé mentale"), ("CMP", "centre médico-psychologique"),
          ("CPTS", "communauté professionnelle territoriale de santé"), ("ETP", "équivalent temps plein"),
          ("FIR", "fonds d'intervention régional"), ("GEM", "groupe d'entraide mutuelle"),
          ("ORS", "observatoire régional de la santé"), ("PAEJ", "point accueil écoute jeunes"),
          ("PSSM", "premiers secours en santé mentale"), ("QPV", "quartier prioritaire de la politique de la ville"),
          ("SAMSAH", "service d'accompagnement médico-social pour adultes handicapés"),
          ("SAVS", "service d'accompagnement à la vie sociale"),
          ("SISM", "Semaines d'information sur la santé mentale"), ("SPIP", "service pénitentiaire d'insertion et de probation"),
          ("UDAF", "union départementale des associations familiales")]
    t = Table([[P(f"<b>{a}</b>", cell), P(b, cell)] for a, b in gl], colWidths=[3 * cm, 13 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    s.append(t)
    return s


def main():
    doc = BaseDocTemplate(str(OUT), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
                          bottomMargin=2 * cm, title="Rapport d'activité 2024 du CLSM intercommunal de la Vallée de l'Aurence",
                          author="Aurence Agglo — CLSM intercommunal", subject="Rapport d'activité 2024")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("cover", [fr], onPage=on_cover), PageTemplate("main", [fr], onPage=on_page)])
    from pypdf import PdfReader
    pages = {}
    for _ in range(3):
        doc.build(story(pages), canvasmaker=NumberedCanvas)
        r = PdfReader(str(OUT))
        new = {}
        for h in TOC:
            for i, pg in enumerate(r.pages[2:], 3):
                if any(line.strip() == h for line in pg.extract_text().splitlines()):
                    new[h] = str(i)
                    break
        if new == pages:
            break
        pages = new
    print(OUT.name, len(r.pages), "pages", OUT.stat().st_size // 1024, "KB")


if __name__ == "__main__":
    main()
