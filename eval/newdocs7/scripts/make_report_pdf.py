"""PDF report: running header and footer with page numbers, a "Chiffres clés" box, a 2022-2024 table,
a bar chart with its caption, an analysis by neighbourhood and recommendations numbered 1) 2) 3) 4)."""
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

OUT = Path(__file__).resolve().parents[1] / "corpus" / "2025-10-02_ots-val-de-sarne_tableau-de-bord-sante-mentale-qpv-2022-2024.pdf"

ss = getSampleStyleSheet()
body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=14, spaceBefore=10, spaceAfter=6,
                    textColor=colors.HexColor("#1F4E79"))
title = ParagraphStyle("title", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=20, leading=25,
                       textColor=colors.HexColor("#1F4E79"))
sub = ParagraphStyle("sub", parent=body, fontSize=12, leading=16, alignment=TA_CENTER)
cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Oblique", fontSize=9, leading=12)
box_t = ParagraphStyle("boxt", parent=body, fontName="Helvetica-Bold", fontSize=12, textColor=colors.white)
box_b = ParagraphStyle("boxb", parent=body, fontSize=10, leading=14)
cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0)

HEADER = "OTS du Val de Sarne · Tableau de bord santé mentale des quartiers prioritaires 2022-2024"


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(2 * cm, A4[1] - 1.2 * cm, HEADER)
    canvas.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
    canvas.drawString(2 * cm, 1.2 * cm, "Observatoire territorial de santé du Val de Sarne · Octobre 2025")
    canvas.restoreState()


class NumberedCanvas(Canvas):
    """Writes "Page n sur N" once the number of pages is known."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._states = []

    def showPage(self):
        self._states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._states)
        for st in self._states:
            self.__dict__.update(st)
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {self._pageNumber} sur {total}")
            super().showPage()
        super().save()


def P(t, s=body):
    return Paragraph(t, s)


def key_box():
    items = [
        "<b>3</b> quartiers prioritaires et <b>19 340</b> habitants au 1er janvier 2024",
        "<b>146</b> habitants formés aux premiers secours en santé mentale en 2024",
        "<b>58 jours</b> : délai moyen d'attente pour un premier rendez-vous au CMP adultes en 2024",
        "<b>+22 %</b> de passages aux urgences pour motif psychiatrique chez les 15-24 ans entre 2022 et 2024",
        "<b>53</b> situations examinées par la cellule de cas complexes du CLSMi en 2024",
    ]
    rows = [[P("Chiffres clés", box_t)]] + [[P("– " + i, box_b)] for i in items]
    t = Table(rows, colWidths=[16 * cm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#1F4E79")),
        ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#E8F0F8")),
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1F4E79")),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
    ]))
    return t


ROWS = [
    ("Habitants des QPV", "18 950", "19 120", "19 340"),
    ("Patients résidant en QPV suivis au CMP adultes", "1 412", "1 538", "1 603"),
    ("Délai moyen avant un premier rendez-vous au CMP adultes (jours)", "74", "81", "58"),
    ("Hospitalisations sans consentement (SDT et SDRE) de résidents des QPV", "142", "131", "126"),
    ("Passages aux urgences pour motif psychiatrique, 15-24 ans", "206", "238", "251"),
    ("Habitants des QPV formés aux PSSM", "35", "88", "146"),
    ("Situations examinées par la cellule de cas complexes du CLSMi", "29", "41", "53"),
    ("Bénéficiaires de Mon soutien psy (pour 1 000 habitants)", "2,1", "3,4", "4,6"),
]


def table():
    data = [[P("<b>Indicateur</b>", cell), P("<b>2022</b>", cell), P("<b>2023</b>", cell), P("<b>2024</b>", cell)]]
    for r in ROWS:
        data.append([P(r[0], cell)] + [P(v, cell) for v in r[1:]])
    t = Table(data, colWidths=[10 * cm, 2 * cm, 2 * cm, 2 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2EC")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F5F7FA")]),
    ]))
    return t


def chart():
    d = Drawing(16 * cm, 6.5 * cm)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 2 * cm, 1 * cm, 12 * cm, 4.8 * cm
    bc.data = [[206, 238, 251]]
    bc.categoryAxis.categoryNames = ["2022", "2023", "2024"]
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 300, 50
    bc.bars[0].fillColor = colors.HexColor("#2E75B6")
    bc.barLabelFormat = "%d"
    bc.barLabels.nudge = 7
    d.add(bc)
    d.add(String(0.2 * cm, 6 * cm, "Nombre de passages", fontName="Helvetica", fontSize=8))
    return d


def story():
    s = []
    s += [Spacer(1, 2 * cm), P("Santé mentale des habitants des quartiers prioritaires du Val de Sarne", title),
          P("Tableau de bord 2022-2024", sub), Spacer(1, 0.6 * cm),
          P("Observatoire territorial de santé (OTS) du Val de Sarne, pour la communauté d'agglomération du Val de Sarne "
            "et le conseil local de santé mentale intercommunal", sub), Spacer(1, 0.4 * cm),
          P("Rédaction : Mathilde Keller et Julien Schaeffer, chargés d'études · Octobre 2025", sub),
          Spacer(1, 1.5 * cm), key_box(), PageBreak()]

    s += [P("1. Contexte et méthode", h1),
          P("Le présent tableau de bord est le troisième publié par l'Observatoire territorial de santé (OTS) du Val de "
            "Sarne, à la demande de la communauté d'agglomération et du conseil local de santé mentale intercommunal "
            "(CLSMi). Il porte sur les trois quartiers prioritaires de la politique de la ville (QPV) de "
            "l'agglomération : Bellevue-Sud et Le Haut-Fourneau à Sarnéville, Les Tilleuls à Hombourg-sur-Sarne. Ces "
            "quartiers comptaient 19 340 habitants au 1er janvier 2024, soit 21 % de la population de "
            "l'agglomération, mais ils concentrent une part bien plus importante des difficultés sociales : le taux de "
            "pauvreté y dépasse 42 %, contre 14 % dans le reste de l'agglomération."),
          P("Les indicateurs proviennent de cinq sources : le système d'information du centre hospitalier spécialisé "
            "du Val de Sarne pour les CMP et les hospitalisations ; les résumés de passage aux urgences (RPU) du "
            "centre hospitalier de Sarnéville ; les données de l'Assurance maladie pour le dispositif Mon soutien psy ; "
            "les listes d'émargement transmises par les formateurs accrédités PSSM ; les tableaux de suivi de la "
            "cellule de cas complexes du CLSMi. Le lieu de résidence des patients a été déterminé à partir de "
            "l'adresse, géocodée puis rapprochée du périmètre des QPV."),
          P("Les données antérieures à 2022 ne sont pas présentées : le changement de logiciel de dossier patient du "
            "centre hospitalier spécialisé, en 2021, rend les séries non comparables. Les effectifs étant parfois "
            "faibles à l'échelle d'un quartier, les évolutions d'une année sur l'autre doivent être lues avec "
            "prudence.")]

    s += [P("2. Évolution des indicateurs de 2022 à 2024", h1),
          P("Le tableau 1 rassemble les huit indicateurs suivis depuis 2022. Le nombre de patients résidant en QPV "
            "suivis au CMP adultes a progressé de 13,5 % en deux ans, signe d'un meilleur accès aux soins plus que "
            "d'une dégradation de la santé des habitants, selon les équipes du centre hospitalier spécialisé. Le "
            "délai d'accès à un premier rendez-vous, qui s'était allongé en 2023, s'est nettement amélioré en 2024 "
            "après l'ouverture d'une consultation infirmière d'accueil et d'orientation. Les hospitalisations sans "
            "consentement reculent légèrement sur la période."),
          Spacer(1, 0.2 * cm),
          P("<b>Tableau 1 – Indicateurs de santé mentale des habitants des QPV du Val de Sarne, 2022-2024</b>", cap),
          table(),
          P("Sources : CHS du Val de Sarne, CH de Sarnéville (RPU), Assurance maladie, formateurs PSSM, CLSMi. "
            "Traitement OTS.", cap),
          Spacer(1, 0.3 * cm),
          P("La progression la plus préoccupante concerne les jeunes. Les passages aux urgences pour un motif "
            "psychiatrique des 15-24 ans résidant dans les quartiers prioritaires augmentent chaque année, avec une "
            "hausse marquée entre 2022 et 2023. Les motifs les plus fréquents sont les crises suicidaires, les "
            "troubles anxieux aigus et les intoxications, souvent le week-end et la nuit, lorsque aucune autre "
            "réponse n'est disponible."),
          KeepTogether([chart(),
                        P("Figure 1 – Passages aux urgences pour motif psychiatrique des 15-24 ans résidant en QPV, "
                          "2022-2024 (source : RPU du centre hospitalier de Sarnéville, traitement OTS)", cap)]),
          P("À l'inverse, la formation des habitants aux premiers secours en santé mentale a véritablement décollé : "
            "le nombre d'habitants formés a été multiplié par quatre en deux ans, grâce aux sessions organisées dans "
            "les centres sociaux et financées par le contrat de ville. La cellule de cas complexes du CLSMi, "
            "installée fin 2021, examine elle aussi de plus en plus de situations.")]

    s += [P("3. Analyse par quartier", h1),
          P("<b>Bellevue-Sud</b> est le plus peuplé des trois quartiers, avec 8 400 habitants. C'est aussi le plus "
            "jeune : un habitant sur quatre a entre 15 et 29 ans. Il rassemble à lui seul 57 % des passages aux "
            "urgences des 15-24 ans. La présence du CMP adultes à moins d'un kilomètre explique en partie un recours "
            "aux soins plus fréquent qu'ailleurs."),
          P("<b>Le Haut-Fourneau</b> compte 6 700 habitants. Il est situé à 40 minutes de bus du CMP, et c'est le "
            "quartier où le taux d'hospitalisation sans consentement est le plus élevé, avec 9,1 hospitalisations "
            "pour 1 000 habitants en 2024, contre 6,5 pour l'ensemble des QPV. Les professionnels y décrivent des "
            "situations repérées tardivement, souvent au moment de la crise, et un fort isolement des personnes "
            "âgées."),
          P("<b>Les Tilleuls</b>, à Hombourg-sur-Sarne, compte 4 240 habitants. C'est le quartier où la formation "
            "PSSM a le mieux pris : 61 des 146 habitants formés en 2024 y résident, grâce à l'engagement du centre "
            "social Les Tilleuls et de l'amicale des locataires. C'est aussi le seul quartier doté d'un point "
            "d'écoute pour les jeunes, ouvert deux soirs par semaine.")]

    s += [P("4. Conclusion et recommandations", h1),
          P("Au terme de trois années de suivi, le tableau de bord confirme à la fois des progrès réels, dans l'accès "
            "au CMP et dans la mobilisation des habitants, et une dégradation continue de la santé mentale des jeunes "
            "des quartiers. Il montre aussi de fortes inégalités entre les quartiers, au détriment du Haut-Fourneau. "
            "Au vu de ces constats, l'Observatoire formule quatre recommandations à l'attention du comité de pilotage "
            "du CLSMi et des signataires du contrat de ville :"),
          P("1) Ouvrir une consultation avancée du CMP adultes au Haut-Fourneau, au moins une demi-journée par "
            "semaine, dès 2026, en s'appuyant sur la maison de santé du quartier."),
          P("2) Faire des 15-24 ans la priorité du prochain plan d'action du CLSMi, en lien avec la maison des "
            "adolescents et la mission locale, et étendre le point d'écoute jeunes à Bellevue-Sud."),
          P("3) Poursuivre la formation des habitants aux premiers secours en santé mentale et l'étendre aux "
            "gardiens d'immeuble et aux agents de proximité des bailleurs sociaux."),
          P("4) Stabiliser la collecte des données, en particulier le géocodage des adresses, afin de publier ce "
            "tableau de bord chaque année et d'y ajouter un indicateur sur la santé mentale des enfants."),
          P("L'Observatoire présentera ces résultats au comité de pilotage du CLSMi le 4 décembre 2025.")]
    return s


def main():
    doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Santé mentale des habitants des QPV du Val de Sarne 2022-2024",
                            author="OTS du Val de Sarne")
    doc.build(story(), onFirstPage=on_page, onLaterPages=on_page, canvasmaker=NumberedCanvas)
    print(OUT.name)


if __name__ == "__main__":
    main()
