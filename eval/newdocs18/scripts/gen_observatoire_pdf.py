# -*- coding: utf-8 -*-
"""Rapport d'observatoire (reportlab, multiBuild) : couverture, table des matières à deux niveaux générée
(TableOfContents, points de conduite, numéros de page), sections « 1 » / sous-sections « 1.1 », figures
numérotées « Figure n – … » dessinées en barres sans aucune valeur écrite (les chiffres ne sont que dans la
légende et, pour deux figures, dans un petit tableau), en-tête courant et pied « page n », recommandations
R1 à R6, glossaire en annexe."""
import os

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-09-30_observatoire-sante-precarite-hdf_barometre-sante-mentale-sans-chez-soi.pdf")

ss = getSampleStyleSheet()
H1 = ParagraphStyle("H1", parent=ss["Heading1"], fontSize=15, spaceBefore=10, spaceAfter=6, textColor=colors.HexColor("#1d4e89"))
H2 = ParagraphStyle("H2", parent=ss["Heading2"], fontSize=12, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#1d4e89"))
BODY = ParagraphStyle("B", parent=ss["BodyText"], fontSize=10, leading=13.5, alignment=4)
CAP = ParagraphStyle("CAP", parent=ss["BodyText"], fontSize=9, leading=11.5, fontName="Helvetica-Oblique", spaceAfter=8)
SMALL = ParagraphStyle("S", parent=ss["BodyText"], fontSize=8.5, leading=10.5)
COVER = ParagraphStyle("CV", parent=ss["Title"], fontSize=22, leading=27, alignment=TA_CENTER)


class Doc(SimpleDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and f.style.name in ("H1", "H2"):
            level = 0 if f.style.name == "H1" else 1
            key = "s%d" % id(f)
            self.canv.bookmarkPage(key)
            self.notify("TOCEntry", (level, f.getPlainText(), self.page, key))


def bars(values, labels, width=14 * cm, height=5 * cm, color="#3f7cbf"):
    d = Drawing(width, height)
    n = len(values)
    top = max(values)
    bw = (width - 2 * cm) / n * 0.6
    gap = (width - 2 * cm) / n
    d.add(Line(1 * cm, 1 * cm, width - 0.5 * cm, 1 * cm, strokeColor=colors.grey))
    for i, (v, lab) in enumerate(zip(values, labels)):
        x = 1 * cm + i * gap + (gap - bw) / 2
        h = (height - 1.6 * cm) * v / top
        d.add(Rect(x, 1 * cm, bw, h, fillColor=colors.HexColor(color), strokeColor=None))
        d.add(String(x + bw / 2, 0.45 * cm, lab, fontSize=7.5, textAnchor="middle"))
    return d


def small_table(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9f5")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return t


def header_footer(canv, doc):
    canv.saveState()
    if doc.page > 1:
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, A4[1] - 1.2 * cm, "OSP-HDF · Baromètre « santé mentale et sans chez-soi » 2025")
        canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "page %d" % doc.page)
        canv.drawString(2 * cm, 1.1 * cm, "Observatoire Santé Précarité Hauts-de-France")
    canv.restoreState()


def P(t):
    return Paragraph(t, BODY)


def main():
    doc = Doc(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
              title="Baromètre santé mentale et sans chez-soi 2025", author="OSP-HDF")
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("T1", fontName="Helvetica-Bold", fontSize=10.5, leftIndent=0, firstLineIndent=0, leading=15),
        ParagraphStyle("T2", fontName="Helvetica", fontSize=9.5, leftIndent=0.8 * cm, firstLineIndent=0, leading=13),
    ]
    toc.dotsMinLevel = 0
    s = []
    s += [Spacer(1, 4 * cm), Paragraph("Observatoire Santé Précarité Hauts-de-France", ParagraphStyle("o", parent=BODY, alignment=TA_CENTER, fontSize=12)),
          Spacer(1, 1 * cm),
          Paragraph("Baromètre 2025<br/>Santé mentale des personnes sans chez-soi dans les quartiers prioritaires des Hauts-de-France", COVER),
          Spacer(1, 1.5 * cm),
          Paragraph("Rapport d'étude — septembre 2025", ParagraphStyle("d", parent=BODY, alignment=TA_CENTER)),
          Spacer(1, 0.4 * cm),
          Paragraph("Rédaction : Clémence Vandamme et Olivier Maréchal, chargés d'études", ParagraphStyle("a", parent=BODY, alignment=TA_CENTER)),
          PageBreak(),
          Paragraph("Sommaire", ParagraphStyle("som", parent=H1)), toc, PageBreak()]

    s += [Paragraph("1 Contexte et méthode", H1),
          Paragraph("1.1 Objectifs du baromètre", H2),
          P("Le baromètre de l'Observatoire Santé Précarité Hauts-de-France (OSP-HDF) mesure tous les trois ans l'état de santé "
            "mentale des personnes sans chez-soi qui fréquentent les accueils de jour situés dans un quartier prioritaire de la "
            "politique de la ville (QPV) ou à sa proximité immédiate. Cette troisième édition fait suite à celles de 2019 et de 2022. "
            "Elle a été financée par l'agence régionale de santé et par la préfecture de région au titre de la politique de la ville."),
          Paragraph("1.2 Une enquête dans quatorze accueils de jour", H2),
          P("L'enquête s'est déroulée du 3 au 28 mars 2025 dans 14 accueils de jour du Nord, du Pas-de-Calais et de l'Aisne. "
            "Au total, 1 046 personnes ont répondu à un questionnaire en face à face d'une durée moyenne de 25 minutes. "
            "Les questionnaires ont été passés par 21 travailleurs pairs, eux-mêmes anciennement sans domicile, formés et "
            "rémunérés par l'observatoire. La souffrance psychique a été repérée avec le questionnaire MINI (Mini International "
            "Neuropsychiatric Interview) dans sa version courte."),
          Paragraph("1.3 Limites", H2),
          P("Les personnes qui ne fréquentent aucun accueil de jour, en particulier celles qui vivent dans des squats ou dans "
            "leur véhicule, échappent à l'enquête. Les résultats sont déclaratifs et ne valent pas diagnostic."),
          Paragraph("2 Profil des personnes rencontrées", H1),
          Paragraph("2.1 Âge et sexe", H2),
          P("Les personnes rencontrées sont majoritairement des hommes d'âge actif. La part des femmes atteint 24 %, "
            "contre 19 % lors de l'édition 2022, et la part des moins de 25 ans progresse également."),
          bars([18, 46, 27, 9], ["moins de 25 ans", "25-44 ans", "45-59 ans", "60 ans et plus"]),
          Paragraph("Figure 1 – Répartition des personnes interrogées par âge, 2025 : moins de 25 ans 18 % ; 25-44 ans 46 % ; "
                    "45-59 ans 27 % ; 60 ans et plus 9 %.", CAP),
          Paragraph("2.2 Parcours résidentiel", H2),
          P("Quatre personnes sur dix sont sans logement personnel depuis un à cinq ans. Plus de la moitié des personnes "
            "interrogées (57 %) disent avoir vécu dans un quartier prioritaire avant de perdre leur logement."),
          bars([29, 41, 30], ["moins d'un an", "1 à 5 ans", "plus de 5 ans"], color="#6aa84f"),
          Paragraph("Figure 2 – Durée sans logement personnel, 2025 : moins d'un an 29 % ; de 1 à 5 ans 41 % ; plus de 5 ans 30 %.", CAP),
          Paragraph("3 Santé mentale et accès aux soins", H1),
          Paragraph("3.1 Une souffrance psychique fréquente", H2),
          P("Près d'une personne sur trois présente un trouble psychique sévère probable (trouble psychotique, trouble "
            "bipolaire ou épisode dépressif sévère). Les femmes sont nettement plus touchées que les hommes."),
          bars([27, 38, 31], ["hommes", "femmes", "ensemble"], color="#c0504d"),
          Paragraph("Figure 3 – Trouble psychique sévère probable selon le sexe, 2025 (voir le tableau 1).", CAP),
          Paragraph("Tableau 1 – Indicateurs de santé mentale selon le sexe, 2025", SMALL),
          small_table([["Indicateur", "Hommes", "Femmes", "Ensemble"],
                       ["Trouble psychique sévère probable", "27 %", "38 %", "31 %"],
                       ["Épisode dépressif caractérisé probable", "35 %", "44 %", "37 %"],
                       ["Idées suicidaires au cours des 12 derniers mois", "19 %", "26 %", "21 %"],
                       ["Consommation d'alcool à risque", "41 %", "17 %", "35 %"]],
                      [7.5 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm]),
          Spacer(1, 0.4 * cm),
          Paragraph("3.2 Recours aux soins psychiatriques", H2),
          P("Un tiers des personnes n'a jamais rencontré un professionnel de la psychiatrie, même parmi celles qui présentent un "
            "trouble sévère probable. Le premier motif de non-recours cité est « ne pas savoir où aller », devant la peur d'être "
            "hospitalisé."),
          bars([34, 22, 44], ["jamais", "il y a plus de 2 ans", "dans l'année"], color="#8e7cc3"),
          Paragraph("Figure 4 – Dernier contact avec un professionnel de la psychiatrie, 2025 : jamais 34 % ; il y a plus de deux ans "
                    "22 % ; au cours des douze derniers mois 44 %.", CAP),
          bars([41, 34], ["2022", "2025"], width=8 * cm, color="#8e7cc3"),
          Paragraph("Figure 5 – Part des personnes n'ayant jamais eu de contact avec la psychiatrie : 41 % en 2022, 34 % en 2025.", CAP),
          Paragraph("3.3 La place des équipes mobiles psychiatrie précarité", H2),
          P("Sur les 14 accueils de jour enquêtés, 11 reçoivent au moins une fois par mois la permanence d'une équipe mobile "
            "psychiatrie précarité (EMPP). Dans ces accueils, la part des personnes ayant eu un contact avec la psychiatrie dans "
            "l'année atteint 49 %, contre 29 % dans les trois accueils sans permanence."),
          Paragraph("Tableau 2 – Contact avec la psychiatrie dans l'année selon la présence d'une permanence EMPP", SMALL),
          small_table([["Accueils de jour", "Nombre", "Contact dans l'année"],
                       ["avec permanence EMPP mensuelle", "11", "49 %"],
                       ["sans permanence EMPP", "3", "29 %"]],
                      [7.5 * cm, 2.5 * cm, 3.5 * cm]),
          Paragraph("4 Recommandations", H1),
          Paragraph("4.1 Pour les acteurs de terrain", H2),
          P("<b>R1.</b> Installer une permanence EMPP au moins mensuelle dans chaque accueil de jour situé en QPV."),
          P("<b>R2.</b> Former les équipes des accueils de jour au repérage de la crise suicidaire."),
          P("<b>R3.</b> Prévoir un accueil réservé aux femmes, au moins une demi-journée par semaine."),
          Paragraph("4.2 Pour les conseils locaux de santé mentale", H2),
          P("<b>R4.</b> Inscrire les personnes sans chez-soi dans le diagnostic et le plan d'action de chaque CLSM."),
          P("<b>R5.</b> Créer une instance de coordination des situations complexes associant le SIAO."),
          P("<b>R6.</b> Tenir à jour un annuaire partagé des dispositifs « santé-précarité » du territoire."),
          Paragraph("Annexe – Glossaire", H1),
          P("<b>CMP</b> : centre médico-psychologique. <b>EMPP</b> : équipe mobile psychiatrie précarité. "
            "<b>LHSS</b> : lits halte soins santé. <b>MINI</b> : Mini International Neuropsychiatric Interview. "
            "<b>PASS</b> : permanence d'accès aux soins de santé. <b>QPV</b> : quartier prioritaire de la politique de la ville. "
            "<b>SIAO</b> : service intégré d'accueil et d'orientation."),
          ]
    doc.multiBuild(s, onFirstPage=header_footer, onLaterPages=header_footer)
    print(OUT)


if __name__ == "__main__":
    main()
