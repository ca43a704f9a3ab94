# -*- coding: utf-8 -*-
"""Rapport PDF (reportlab) : « Emploi accompagné, santé psychique et quartiers prioritaires en Centre-Val de Loire —
rapport régional 2026 (données 2024-2025) » de la Plateforme régionale de l'emploi accompagné Centre-Val de Loire.

Ce qu'il porte : page de titre, sommaire (TableOfContents, deux passes), signets PDF (plan à deux niveaux), en-tête
et pied de page courants, notes de bas de page numérotées dessinées en bas de la page où leur appel paraît,
tableaux, un encadré, sept recommandations numérotées, glossaire, et une annexe en page paysage avec un grand
tableau à en-tête sur deux niveaux (« Nombre » et « Part » chacun au-dessus de 2024 et 2025).
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-05-20_prea-cvl_rapport-emploi-accompagne-sante-psychique-qpv-2026.pdf")

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20,
                    textColor=colors.HexColor("#234e70"), spaceAfter=10)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, leading=15,
                    textColor=colors.HexColor("#234e70"), spaceBefore=8, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
BOX = ParagraphStyle("box", parent=BODY, backColor=colors.HexColor("#eef4f8"), borderPadding=8,
                     borderColor=colors.HexColor("#234e70"), borderWidth=0.6, spaceBefore=10, spaceAfter=14)
TITLE = ParagraphStyle("title", parent=H1, fontSize=22, leading=28, alignment=TA_CENTER)
SUB = ParagraphStyle("sub", parent=BODY, fontSize=12, leading=16, alignment=TA_CENTER)


class Note(Paragraph):
    """Paragraphe porteur d'appels de note : ses notes sont dessinées en bas de la page où il est placé."""

    def __init__(self, text, notes, style=BODY):
        self.notes = notes
        super().__init__(text, style)


class Doc(BaseDocTemplate):
    def __init__(self, path):
        super().__init__(path, pagesize=A4, title="Emploi accompagné, santé psychique et quartiers prioritaires "
                         "en Centre-Val de Loire — Rapport régional 2026",
                         author="Plateforme régionale de l'emploi accompagné Centre-Val de Loire",
                         subject="Emploi accompagné et santé mentale", creator="PREA CVL (reportlab)")
        w, h = A4
        portrait = Frame(2.2 * cm, 3.6 * cm, w - 4.4 * cm, h - 6.2 * cm, id="p")
        lw, lh = landscape(A4)
        land = Frame(1.8 * cm, 3.0 * cm, lw - 3.6 * cm, lh - 5.2 * cm, id="l")
        self.addPageTemplates([
            PageTemplate("cover", [Frame(2.2 * cm, 2.5 * cm, w - 4.4 * cm, h - 5 * cm)], pagesize=A4),
            PageTemplate("portrait", [portrait], onPage=self.decorate, pagesize=A4),
            PageTemplate("landscape", [land], onPage=self.decorate, pagesize=landscape(A4)),
        ])
        self.page_notes = []
        self.outline_open = True

    def decorate(self, canv, doc):
        canv.saveState()
        pw, ph = canv._pagesize
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, ph - 1.3 * cm, "PREA Centre-Val de Loire — Emploi accompagné, santé psychique et QPV — "
                        "Rapport régional 2026")
        canv.drawRightString(pw - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
        canv.restoreState()

    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            text = flowable.getPlainText()
            level = 0 if flowable.style.name == "h1" else 1
            key = "s%d" % id(flowable)
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)
            self.notify("TOCEntry", (level, text, self.page, key))
        if getattr(flowable, "notes", None):
            self.page_notes.extend(flowable.notes)

    def handle_pageEnd(self):
        if self.page_notes:
            canv = self.canv
            canv.saveState()
            pw, ph = canv._pagesize
            y = 3.3 * cm
            canv.setStrokeColor(colors.grey)
            canv.line(2.2 * cm, y, 7 * cm, y)
            y -= 0.35 * cm
            for num, txt in self.page_notes:
                p = Paragraph("<super>%d</super> %s" % (num, txt), SMALL)
                _, hh = p.wrap(pw - 4.4 * cm, 3 * cm)
                p.drawOn(canv, 2.2 * cm, y - hh)
                y -= hh + 0.1 * cm
            canv.restoreState()
            self.page_notes = []
        super().handle_pageEnd()


def table(rows, widths, header_rows=1, bold_last=False):
    data = [[Paragraph(c, CELLB if (i < header_rows or (bold_last and i == len(rows) - 1)) else CELL) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa1b1")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dbe7f0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


def build():
    doc = Doc(OUT)
    s = []
    # Page de titre
    s += [Spacer(1, 3 * cm),
          Paragraph("Plateforme régionale de l'emploi accompagné Centre-Val de Loire", SUB), Spacer(1, 1.2 * cm),
          Paragraph("Emploi accompagné, santé psychique et quartiers prioritaires en Centre-Val de Loire", TITLE),
          Spacer(1, 0.4 * cm), Paragraph("Rapport régional 2026 — données 2024-2025", SUB), Spacer(1, 2 * cm),
          Paragraph("Étude réalisée par Léa Marchand et Thomas Guérin (PREA Centre-Val de Loire), avec le concours de "
                    "Claire Dumontet (Ressources Quartiers Val de Loire)", SUB),
          Spacer(1, 0.6 * cm), Paragraph("Mai 2026", SUB),
          NextPageTemplate("portrait"), PageBreak()]
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("t0", parent=BODY, fontName="Helvetica-Bold", leftIndent=0),
                       ParagraphStyle("t1", parent=BODY, leftIndent=18)]
    s += [Paragraph("Sommaire", ParagraphStyle("toc", parent=H1)), toc, PageBreak()]

    # 1. Synthèse
    s.append(Paragraph("1. Synthèse", H1))
    s.append(Paragraph(
        "En 2025, 1 046 personnes ont été accompagnées par les six dispositifs d'emploi accompagné (DEA) de la "
        "région, dont 412 personnes vivant avec un trouble psychique, soit 39,4 % des personnes accompagnées "
        "(contre 34,7 % en 2024). Le nombre de personnes avec trouble psychique a augmenté de 36,9 % en un an.", BODY))
    s.append(Paragraph(
        "Parmi ces 412 personnes, 88 résident dans un quartier prioritaire de la politique de la ville (QPV), soit "
        "21 %. Les habitants des QPV restent sous-représentés au regard des besoins décrits par les acteurs locaux.",
        BODY))
    s.append(Paragraph(
        "Douze mois après leur entrée, 44 % des personnes avec trouble psychique occupent un emploi en milieu "
        "ordinaire, contre 51 % de l'ensemble des personnes accompagnées. Le délai moyen d'accès au premier emploi "
        "est de 5,2 mois pour elles, contre 4,1 mois pour l'ensemble.", BODY))
    s.append(Paragraph(
        "Sept des onze conseils locaux de santé mentale (CLSM) ayant répondu disposent d'une commission ou d'un "
        "groupe de travail consacré à l'emploi. Le rapport formule sept recommandations (partie 6).", BODY))

    # 2. Contexte et méthode
    s.append(Paragraph("2. Contexte et méthode", H1))
    s.append(Paragraph("2.1 L'emploi accompagné", H2))
    s.append(Note(
        "L'emploi accompagné a été créé par la loi du 8 août 2016<super>1</super>. Il associe un accompagnement "
        "médico-social et un soutien à l'insertion professionnelle, pour le salarié comme pour l'employeur, sans "
        "limite de durée. Chaque département de la région compte un dispositif d'emploi accompagné, soit six DEA.",
        [(1, "Loi n° 2016-1088 du 8 août 2016, article 52 ; décret n° 2016-1899 du 27 décembre 2016 relatif à la "
             "mise en œuvre du dispositif d'emploi accompagné.")]))
    s.append(Paragraph(
        "Par « personne avec trouble psychique », on entend ici toute personne dont le handicap principal déclaré à "
        "l'entrée dans le DEA est d'origine psychique.", BODY))
    s.append(Paragraph("2.2 Méthode", H2))
    s.append(Note(
        "Un questionnaire a été adressé entre le 12 janvier et le 27 février 2026 aux six DEA et aux quatorze CLSM "
        "de la région ; les six DEA et onze CLSM ont répondu. Dix-huit entretiens individuels ont été menés avec "
        "des personnes accompagnées et des employeurs<super>2</super>.",
        [(2, "Les entretiens ont été menés par téléphone ou en visioconférence entre février et mars 2026 ; les "
             "propos cités ont été anonymisés.")]))

    # 3. Personnes accompagnées
    s.append(Paragraph("3. Les personnes accompagnées", H1))
    s.append(Note(
        "Le tableau 1 présente l'évolution des effectifs. Le détail par département figure en annexe B. La part "
        "des habitants des QPV n'est connue que pour 2025<super>3</super>.",
        [(3, "La commune et l'adresse de résidence n'étaient pas demandées dans le recueil 2024 : le rattachement à "
             "un quartier prioritaire n'a donc pu être établi que pour 2025.")]))
    s.append(Paragraph("Tableau 1 — Personnes accompagnées par les DEA de la région", CELLB))
    s.append(table([["", "2024", "2025"],
                    ["Personnes accompagnées (tous handicaps)", "868", "1 046"],
                    ["dont personnes avec trouble psychique", "301", "412"],
                    ["Part des personnes avec trouble psychique", "34,7 %", "39,4 %"],
                    ["dont résidant en QPV", "non connu", "88"]],
                   [9 * cm, 3 * cm, 3 * cm]))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Les personnes avec trouble psychique accompagnées en 2025 sont à 57 % des hommes ; leur âge moyen est de "
        "36 ans. Près des deux tiers (62 %) ont un niveau égal ou supérieur au baccalauréat, ce qui contredit "
        "l'idée d'un public « peu qualifié ». Les troubles les plus fréquents sont les troubles anxieux et "
        "dépressifs (41 %), les troubles psychotiques (33 %) et les troubles bipolaires (18 %).", BODY))

    # 4. CLSM et emploi
    s.append(Paragraph("4. Les CLSM et l'emploi", H1))
    s.append(Paragraph(
        "Sur les onze CLSM répondants, sept disposent d'une commission ou d'un groupe de travail consacré à "
        "l'emploi, trois prévoient d'en créer un en 2026 ou 2027 et un n'en prévoit pas. Les commissions les plus "
        "actives associent le service public de l'emploi, la psychiatrie de secteur et un groupe d'entraide "
        "mutuelle (GEM).", BODY))
    s.append(Note(
        "<b>Exemple — Montargeuil (Loiret).</b> La commission « Santé mentale, emploi et insertion » du CLSM, créée "
        "en mars 2024, a permis le lancement du dispositif Tremplin, porté par l'association Élan Travail selon la "
        "méthode IPS<super>4</super>. En 2025, 64 personnes ont été accompagnées et 23 ont signé un contrat de "
        "travail en milieu ordinaire.",
        [(4, "Tremplin n'est pas un DEA au sens de la loi de 2016 : financé par un appel à projets de l'ARS, il "
             "n'entre pas dans les chiffres de l'annexe B.")], style=BOX))
    s.append(Paragraph(
        "À Vierzelles (Cher), la commission emploi est copilotée depuis 2025 par la mission locale et le GEM "
        "L'Escale, dont un médiateur de santé pair anime l'atelier « Parler de sa santé au travail ».", BODY))

    # 5. Freins
    s.append(Paragraph("5. Les freins identifiés", H1))
    s.append(Paragraph("Les CLSM répondants citent principalement les freins suivants :", BODY))
    s.append(table([["Frein", "CLSM qui le citent (sur 11)"],
                    ["Mobilité, transports aux horaires décalés", "9"],
                    ["Crainte de perdre l'AAH ou d'autres droits", "8"],
                    ["Représentations des employeurs, stigmatisation", "7"],
                    ["Manque de coordination entre soin et emploi", "6"],
                    ["Temps partiel subi, contrats très courts", "4"]],
                   [10 * cm, 5 * cm]))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "La crainte de perdre l'allocation aux adultes handicapés (AAH) est souvent infondée : le cumul avec un "
        "salaire est possible sous conditions, mais les règles sont mal connues des personnes comme des "
        "conseillers.", BODY))

    # 6. Recommandations
    s.append(PageBreak())
    s.append(Paragraph("6. Recommandations", H1))
    recos = [
        "Créer dans chaque CLSM qui le souhaite une commission « santé mentale et emploi » associant le service "
        "public de l'emploi, la psychiatrie de secteur et un GEM.",
        "Étendre les conseillers référents santé mentale à toutes les agences France Travail situées en QPV ou à "
        "proximité.",
        "Proposer systématiquement une simulation des droits (AAH, prime d'activité) avant toute reprise d'emploi.",
        "Intégrer la desserte des zones d'activités aux horaires décalés dans les contrats de ville.",
        "Former aux premiers secours en santé mentale au moins un encadrant par structure d'insertion par "
        "l'activité économique (SIAE).",
        "Recueillir dès 2026, dans tous les DEA, le quartier de résidence des personnes accompagnées.",
        "Organiser chaque année, dans chaque département, une rencontre entre le DEA et les CLSM.",
    ]
    for i, r in enumerate(recos, 1):
        s.append(Paragraph("<b>Recommandation %d.</b> %s" % (i, r), BODY))

    # Annexe A
    s.append(PageBreak())
    s.append(Paragraph("Annexe A — Glossaire", H1))
    gloss = [("AAH", "Allocation aux adultes handicapés."),
             ("CLSM", "Conseil local de santé mentale."),
             ("CMP", "Centre médico-psychologique."),
             ("DEA", "Dispositif d'emploi accompagné : accompagnement médico-social et soutien à l'insertion "
                     "professionnelle, sans limite de durée."),
             ("ESAT", "Établissement et service d'accompagnement par le travail (milieu protégé)."),
             ("GEM", "Groupe d'entraide mutuelle."),
             ("IPS", "Individual Placement and Support : méthode de soutien individuel à l'emploi qui cherche un "
                     "emploi ordinaire d'abord, puis forme et soutient en poste."),
             ("PSSM", "Premiers secours en santé mentale."),
             ("QPV", "Quartier prioritaire de la politique de la ville."),
             ("RQTH", "Reconnaissance de la qualité de travailleur handicapé."),
             ("SIAE", "Structure d'insertion par l'activité économique.")]
    for k, v in gloss:
        s.append(Paragraph("<b>%s</b> — %s" % (k, v), BODY))

    # Annexe B (paysage)
    s.append(NextPageTemplate("landscape"))
    s.append(PageBreak())
    s.append(Paragraph("Annexe B — Personnes avec trouble psychique accompagnées par les DEA, par département", H1))
    rows = [
        ["Département", "Nombre", "", "Part des personnes accompagnées", "", "Évolution 2024-2025",
         "dont résidant en QPV (2025)"],
        ["", "2024", "2025", "2024", "2025", "", ""],
        ["Cher (18)", "38", "52", "31,9 %", "36,1 %", "+36,8 %", "9"],
        ["Eure-et-Loir (28)", "41", "55", "33,3 %", "37,2 %", "+34,1 %", "11"],
        ["Indre (36)", "22", "29", "30,6 %", "34,5 %", "+31,8 %", "3"],
        ["Indre-et-Loire (37)", "79", "108", "36,2 %", "41,5 %", "+36,7 %", "24"],
        ["Loir-et-Cher (41)", "35", "47", "33,7 %", "38,2 %", "+34,3 %", "8"],
        ["Loiret (45)", "86", "121", "37,1 %", "41,9 %", "+40,7 %", "33"],
        ["Centre-Val de Loire", "301", "412", "34,7 %", "39,4 %", "+36,9 %", "88"],
    ]
    data = [[Paragraph(c, CELLB if (i < 2 or i == len(rows) - 1) else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[5.2 * cm, 2.6 * cm, 2.6 * cm, 3.2 * cm, 3.2 * cm, 4.0 * cm, 4.6 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa1b1")),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#dbe7f0")),
        ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (5, 0), (5, 1)), ("SPAN", (6, 0), (6, 1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    s.append(t)
    s.append(Spacer(1, 10))
    s.append(Note(
        "Source : recueil annuel des six DEA de la région, PREA Centre-Val de Loire. Les parts sont calculées sur "
        "l'ensemble des personnes accompagnées par chaque DEA<super>5</super>.",
        [(5, "Une personne accompagnée successivement par deux DEA (déménagement) n'est comptée qu'une fois, dans le "
             "département où elle résidait au 31 décembre.")], style=SMALL))
    doc.multiBuild(s)
    print(OUT)


if __name__ == "__main__":
    build()
