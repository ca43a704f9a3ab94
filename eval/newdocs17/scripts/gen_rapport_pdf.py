# -*- coding: utf-8 -*-
"""Rapport d'activité 2025 du PAEJ « La Passerelle » (Chalmont-sur-Saône) : PDF reportlab en forme de
formulaire de compte rendu aux financeurs (« Rubrique 1 — … »), cases à cocher ☒/☐, champs en cadres
libellé / valeur, tableau d'indicateurs 2023 / 2024 / 2025 avec une ligne « Total », autres tableaux,
appels de note en exposant et notes groupées en bas de page, pied « page n / N », bloc signature."""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-16_horizons-jeunes-saone_rapport-activite-paej-2025.pdf")

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

BASE = ParagraphStyle("b", fontName="DV", fontSize=9, leading=12)
SMALL = ParagraphStyle("s", parent=BASE, fontSize=7.5, leading=9.5)
LABEL = ParagraphStyle("l", parent=BASE, fontName="DVB", fontSize=8.5)
RUB = ParagraphStyle("r", parent=BASE, fontName="DVB", fontSize=11, textColor=colors.white, leading=14)
TITLE = ParagraphStyle("t", parent=BASE, fontName="DVB", fontSize=15, leading=19, alignment=TA_CENTER)
SUB = ParagraphStyle("u", parent=BASE, fontSize=10, leading=13, alignment=TA_CENTER)
CELL = ParagraphStyle("c", parent=BASE, fontSize=8.5, leading=11)
NUM = ParagraphStyle("n", parent=CELL, alignment=2)

GREY = colors.HexColor("#e6e9ef")
BLUE = colors.HexColor("#1f4e79")


def rubrique(title):
    t = Table([[Paragraph(title, RUB)]], colWidths=[180 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [Spacer(1, 5 * mm), t, Spacer(1, 2 * mm)]


def fields(rows, w1=55):
    data = [[Paragraph(a, LABEL), Paragraph(b, CELL)] for a, b in rows]
    t = Table(data, colWidths=[w1 * mm, (180 - w1) * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a94a6")),
                           ("BACKGROUND", (0, 0), (0, -1), GREY), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def grid(header, rows, widths, total=False, note=None):
    data = [[Paragraph("<b>%s</b>" % h, CELL) for h in header]]
    for r in rows:
        data.append([Paragraph(r[0], CELL)] + [Paragraph(x, NUM) for x in r[1:]])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a94a6")),
          ("BACKGROUND", (0, 0), (-1, 0), GREY), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if total:
        st += [("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#fbe9c6")),
               ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black)]
    t.setStyle(TableStyle(st))
    return t


def notes(items):
    out = [Spacer(1, 3 * mm), Paragraph("_" * 30, SMALL)]
    for n, txt in items:
        out.append(Paragraph("<super>%s</super> %s" % (n, txt), SMALL))
    return out


class NumberedCanvas(rl_canvas.Canvas):
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
            self.setFont("DV", 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(15 * mm, 10 * mm, "PAEJ « La Passerelle » — Compte rendu d'activité 2025")
            self.drawRightString(195 * mm, 10 * mm, "page %d / %d" % (self._pageNumber, n))
            self.drawString(15 * mm, 287 * mm, "Association Horizons Jeunes Saône (AHJS)")
            self.drawRightString(195 * mm, 287 * mm, "Formulaire CR-PAEJ v3")
            super().showPage()
        super().save()


def story():
    s = []
    s.append(Paragraph("COMPTE RENDU D'ACTIVITÉ — ANNÉE 2025", TITLE))
    s.append(Paragraph("Point Accueil Écoute Jeunes (PAEJ) « La Passerelle » — Chalmont-sur-Saône", SUB))
    s.append(Paragraph("À transmettre aux financeurs avant le 28 février 2026", SUB))

    s += rubrique("Rubrique 1 — Identification de la structure")
    s.append(fields([
        ("Nom du lieu d'accueil", "Point Accueil Écoute Jeunes « La Passerelle »"),
        ("Organisme gestionnaire", "Association Horizons Jeunes Saône (AHJS), association loi 1901"),
        ("Adresse", "12 rue des Tanneurs, 71999 Chalmont-sur-Saône"),
        ("Téléphone / courriel", "03 85 00 41 41 — contact@paej-la-passerelle.example"),
        ("Responsable", "Nadia Ferhat, coordinatrice"),
        ("Année d'ouverture", "2009"),
        ("Public accueilli", "Jeunes de 11 à 25 ans et leurs parents"),
        ("Lieux d'accueil", "☒ Local principal &nbsp;&nbsp; ☒ Permanences hors les murs &nbsp;&nbsp; "
                            "☐ Accueil en ligne (tchat) &nbsp;&nbsp; ☒ Permanence en établissement scolaire"),
        ("Conditions d'accueil", "☒ Gratuit &nbsp;&nbsp; ☒ Anonyme &nbsp;&nbsp; ☒ Sans rendez-vous "
                                 "&nbsp;&nbsp; ☐ Sur prescription"),
        ("Horaires d'ouverture", "Du lundi au vendredi de 13 h à 19 h ; le mercredi de 10 h à 19 h"),
    ]))

    s += rubrique("Rubrique 2 — Moyens humains")
    s.append(grid(["Fonction", "Qualification", "ETP"], [
        ["Coordinatrice", "Master en psychologie sociale", "1,0"],
        ["Psychologue clinicienne", "Master 2 psychologie clinique", "0,8"],
        ["Éducateur spécialisé", "Diplôme d'État d'éducateur spécialisé", "1,0"],
        ["Accueillante", "Conseillère en économie sociale et familiale", "0,6"],
        ["<b>Total</b>", "", "<b>3,4</b>"],
    ], [60, 95, 25], total=True))
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("La psychologue assure en outre une vacation hebdomadaire au centre médico-psychologique "
                       "de Chalmont (hors temps PAEJ). Une supervision d'équipe mensuelle est assurée par un "
                       "psychologue extérieur.", BASE))

    s.append(PageBreak())
    s += rubrique("Rubrique 3 — Activité")
    s.append(Paragraph("<b>Tableau 1 — Jeunes accueillis (premiers contacts<super>1</super>) par tranche d'âge</b>",
                       BASE))
    s.append(Spacer(1, 1.5 * mm))
    s.append(grid(["Tranche d'âge", "2023", "2024", "2025"], [
        ["11-14 ans", "38", "45", "52"],
        ["15-17 ans", "96", "104", "118"],
        ["18-21 ans", "88", "97", "109"],
        ["22-25 ans", "41", "50", "47"],
        ["<b>Total</b>", "<b>263</b>", "<b>296</b>", "<b>326</b>"],
    ], [75, 35, 35, 35], total=True))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("<b>Tableau 2 — Autres indicateurs d'activité</b>", BASE))
    s.append(Spacer(1, 1.5 * mm))
    s.append(grid(["Indicateur", "2023", "2024", "2025"], [
        ["Entretiens individuels avec les jeunes", "912", "1 031", "1 148"],
        ["Parents reçus", "58", "66", "74"],
        ["Délai moyen avant le premier entretien<super>2</super> (jours)", "3,8", "4,5", "4,2"],
        ["Part des jeunes résidant en QPV<super>3</super>", "55 %", "58 %", "61 %"],
        ["Actions collectives (ateliers, interventions en classe)", "21", "26", "34"],
        ["Jeunes rencontrés en permanence hors les murs", "—", "40", "63"],
    ], [75, 35, 35, 35]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("<b>Tableau 3 — Motif principal de la première venue (2025)</b>", BASE))
    s.append(Spacer(1, 1.5 * mm))
    s.append(grid(["Motif principal", "Part des jeunes"], [
        ["Mal-être, anxiété, tristesse", "34 %"],
        ["Conflits familiaux", "19 %"],
        ["Scolarité, décrochage", "14 %"],
        ["Vie affective et sexualité", "9 %"],
        ["Harcèlement, cyberharcèlement", "8 %"],
        ["Consommations (alcool, cannabis, écrans)", "6 %"],
        ["Autres motifs", "10 %"],
    ], [120, 60]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph(
        "En 2025, 41 % des jeunes accueillis ont été orientés vers un autre service. Les orientations se "
        "répartissent ainsi : centre médico-psychologique (37 % des orientations), maison des adolescents du "
        "Pays de Vernaux (22 %), médecin généraliste (15 %), mission locale (11 %), autres (15 %).", BASE))
    s += notes([
        ("1", "Un jeune est compté une seule fois dans l'année, à son premier contact, quel que soit le "
              "nombre d'entretiens qui suivent."),
        ("2", "Délai entre la première demande et le premier entretien avec un professionnel, en jours "
              "calendaires."),
        ("3", "Quartiers prioritaires de la politique de la ville du Pré-Brûlé et de Saint-Exupéry, à "
              "Chalmont-sur-Saône."),
    ])

    s.append(PageBreak())
    s += rubrique("Rubrique 4 — Faits marquants de l'année")
    for txt in [
        "<b>Permanences d'été au Pré-Brûlé.</b> Du 2 juillet au 27 août, une permanence hors les murs s'est "
        "tenue chaque mercredi après-midi au centre social du Pré-Brûlé (8 permanences, la semaine du 15 août "
        "exceptée). 63 jeunes y ont été rencontrés, dont 22 sont ensuite venus au local.",
        "<b>Permanence au lycée professionnel Gustave-Eiffel.</b> Après la signature d'une convention avec "
        "l'établissement, une permanence a lieu chaque mardi de 12 h à 14 h depuis le 23 septembre 2025 "
        "(11 permanences et 29 élèves reçus au 31 décembre).",
        "<b>Formation de l'équipe.</b> L'ensemble de l'équipe est formé aux premiers secours en santé mentale "
        "(module Jeunes) depuis décembre 2025. Le PAEJ a par ailleurs accueilli une session de formation pour "
        "14 animateurs du centre social du Pré-Brûlé les 15 et 16 octobre.",
        "<b>Délais.</b> Le délai moyen avant le premier entretien a dépassé l'objectif de 5 jours au printemps ; "
        "la réorganisation du premier accueil (assuré par l'éducateur ou l'accueillante hors urgence) l'a "
        "ramené à 4,2 jours en moyenne sur l'année.",
    ]:
        s.append(Paragraph(txt, BASE))
        s.append(Spacer(1, 2 * mm))

    s += rubrique("Rubrique 5 — Financement 2025")
    s.append(grid(["Financeur", "Montant (€)"], [
        ["ARS Bourgogne-Franche-Comté", "62 000"],
        ["État — crédits de la politique de la ville (DDETS)", "38 000"],
        ["Ville de Chalmont-sur-Saône", "54 000"],
        ["Conseil départemental", "41 000"],
        ["Caisse d'allocations familiales", "12 600"],
        ["Fonds propres de l'association", "7 000"],
        ["<b>Total</b>", "<b>214 600</b>"],
    ], [120, 60], total=True))

    s += rubrique("Rubrique 6 — Perspectives 2026")
    s.append(fields([
        ("Projets", "Ouverture d'un accueil en ligne (tchat) deux soirs par semaine ; reconduction des "
                    "permanences d'été ; seconde permanence en collège (collège Saint-Exupéry)."),
        ("Besoins identifiés", "Renfort de 0,2 ETP de psychologue pour tenir l'objectif de délai de 5 jours."),
    ], w1=45))
    s.append(Spacer(1, 8 * mm))
    sig = Table([[Paragraph("Fait à Chalmont-sur-Saône, le 16 février 2026", CELL),
                  Paragraph("La présidente de l'association,<br/>Odile Perrin<br/><br/>(signature et cachet)",
                            CELL)]], colWidths=[90 * mm, 90 * mm], rowHeights=[28 * mm])
    sig.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(KeepTogether(sig))
    return s


def main():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title="Compte rendu d'activité 2025 — PAEJ La Passerelle",
                            author="Association Horizons Jeunes Saône")
    doc.build(story(), canvasmaker=NumberedCanvas)
    print(OUT)


if __name__ == "__main__":
    main()
