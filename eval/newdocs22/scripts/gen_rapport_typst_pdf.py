# -*- coding: utf-8 -*-
"""Rapport d'activité 2025 du centre régional du psychotraumatisme, composé avec Typst (imitation reportlab).

Imitation du rendu par défaut de Typst avec un gabarit « report » : A4, marges 2,5 cm, titres numérotés « 1. »,
« 2.1 », texte justifié, tableaux à filets horizontaux seulement (style booktabs) avec légende « Tableau n : … »
au-dessus, notes de bas de page appelées par un chiffre en exposant et composées sous un court filet en bas de la
même page, numéro de page seul centré en bas, métadonnées Creator/Producer « Typst 0.12.0 ». Tableau 1 : six colonnes
de chiffres par site ; tableau 2 : quatre colonnes (2024, 2025, évolution, part).
"""
import os

from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                Flowable, PageBreak, KeepTogether)

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-20_crp-garonne-atlantique_rapport-activite-2025.pdf")

W, H = A4
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=14, leading=18, spaceBefore=12, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
cap = ParagraphStyle("cap", fontName=FONT, fontSize=10, leading=13, alignment=TA_CENTER, spaceBefore=6, spaceAfter=4)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=11.5)
title = ParagraphStyle("title", fontName=BOLD, fontSize=20, leading=25, alignment=TA_CENTER, spaceAfter=10)
sub = ParagraphStyle("sub", fontName=FONT, fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=4)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3)

FOOTNOTES = {}   # page -> [(n, text)]
NOTES = {
    1: "Le Centre national de ressources et de résilience (CN2R), créé en 2019, anime le réseau des centres "
       "régionaux du psychotraumatisme (CRP) et diffuse les connaissances sur le psychotraumatisme.",
    2: "File active : nombre de personnes distinctes vues au moins une fois dans l'année, quel que soit le nombre "
       "de consultations.",
    3: "Délai moyen, en jours calendaires, entre le premier contact téléphonique et le premier rendez-vous "
       "d'évaluation.",
    4: "Antenne ouverte le 15 septembre 2025 : les chiffres portent sur trois mois et demi d'activité.",
    5: "Part des situations dont l'événement traumatique principal relève de violences intrafamiliales (VIF), "
       "calculée sur les situations où l'événement est renseigné (92 % des dossiers).",
    6: "Nouveaux patients de l'année seulement ; un patient peut avoir été orienté par plusieurs acteurs, seul le "
       "premier orienteur est compté.",
    7: "Programme « Repères Psychotrauma », financé par l'ARS Nouvelle-Aquitaine ; sessions d'une journée et demie.",
}


class Note(Flowable):
    """Marqueur invisible : inscrit la note n sur la page où il est dessiné."""
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.width = self.height = 0

    def draw(self):
        FOOTNOTES.setdefault(self.canv.getPageNumber(), []).append(self.n)


def P(text, notes=(), style=body):
    return [Paragraph(text, style)] + [Note(n) for n in notes]


def sup(n):
    return "<super>%d</super>" % n


def on_page(canv, doc):
    canv.saveState()
    canv.setFont(FONT, 10)
    canv.drawCentredString(W / 2, 1.3 * cm, str(canv.getPageNumber()))
    notes = FOOTNOTES.get(canv.getPageNumber(), [])
    if notes:
        y = 2.5 * cm + 0.3 * cm + 11 * len(notes) * 2.2
        canv.setLineWidth(0.5)
        canv.line(2.5 * cm, y + 6, 2.5 * cm + 5 * cm, y + 6)
        for n in notes:
            p = Paragraph("<super>%d</super> %s" % (n, NOTES[n]),
                          ParagraphStyle("fn", fontName=FONT, fontSize=8.5, leading=10.5))
            w, h = p.wrap(W - 5 * cm, 100)
            p.drawOn(canv, 2.5 * cm, y - h)
            y -= h + 2
    canv.restoreState()


def table(data, widths, numeric_from=1):
    rows = [[Paragraph(c, cell) if (i < numeric_from and isinstance(c, str)) else c for i, c in enumerate(r)] for r in data]
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9.5),
        ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
        ("FONT", (0, -1), (-1, -1), BOLD, 9.5),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 1.0, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def build():
    s = []
    s += [Spacer(1, 2.5 * cm),
          Paragraph("Centre régional du psychotraumatisme Garonne-Atlantique", sub),
          Paragraph("Rapport d'activité 2025", title),
          Paragraph("Siège (CHU de Talmont-Garonne) et antennes de Montbazac, Lescarrère et Saint-Aurel-sur-Dronne", sub),
          Spacer(1, 0.6 * cm),
          Paragraph("Coordination : Pr Hélène Marsac, psychiatre, coordinatrice médicale du CRP-GA — "
                    "rédaction : Dr Nadia Berthomé, Yanis Rahmani, Léa Constantin (cadre administrative)", sub),
          Paragraph("Document présenté au comité de pilotage du 20 mars 2026", sub),
          Spacer(1, 1.0 * cm)]
    s += [Paragraph("Résumé", h2)]
    s += P("En 2025, le Centre régional du psychotraumatisme Garonne-Atlantique (CRP-GA) a suivi 2 050 personnes sur "
           "l'ensemble de ses sites, soit une hausse de 23 % par rapport à 2024. Les mineurs représentent près d'un "
           "tiers de la file active (660 enfants et adolescents). L'antenne de Montbazac, ouverte en mars 2024 au "
           "cœur du quartier prioritaire des Acacias, a vu sa file active progresser de 51 % ; les violences "
           "intrafamiliales y sont en cause dans 58 % des situations. Une quatrième implantation, l'antenne de "
           "Saint-Aurel-sur-Dronne (Dordogne), a ouvert le 15 septembre 2025.")
    s += [PageBreak()]

    s += [Paragraph("1. Présentation du centre", h1)]
    s += P("Le CRP-GA fait partie du réseau national des centres régionaux du psychotraumatisme labellisés par le "
           "ministère chargé de la santé et animé par le CN2R" + sup(1) + ". Porté par le CHU de Talmont-Garonne, il "
           "couvre les départements du sud et de l'est de la région Nouvelle-Aquitaine. Ses missions sont au nombre "
           "de quatre : soigner les personnes souffrant d'un psychotraumatisme, en priorité les enfants et les "
           "victimes de violences ; orienter et conseiller les professionnels ; former les acteurs de première "
           "ligne ; contribuer à la recherche et à l'observation.", notes=[1])
    s += [Paragraph("1.1 Sites et équipes", h2)]
    s += P("Le centre fonctionne en 2025 avec 21,4 équivalents temps plein (ETP) : psychiatres et pédopsychiatres, "
           "psychologues formés aux thérapies du trauma, infirmières, une assistante sociale et une équipe "
           "administrative. Le siège est installé au CHU de Talmont-Garonne ; les antennes sont hébergées au plus "
           "près des quartiers prioritaires de la politique de la ville (QPV) : l'antenne de Montbazac au 8 rue des "
           "Charmilles (téléphone 05 53 78 22 40), l'antenne de Lescarrère au centre médico-social de la "
           "Pinède-Haute (05 58 41 09 63), l'antenne de Saint-Aurel-sur-Dronne dans les locaux du centre "
           "hospitalier (05 53 06 14 27).")
    s += [Paragraph("1.2 Financement", h2)]
    s += P("Le fonctionnement du centre est financé par une dotation de l'ARS Nouvelle-Aquitaine de 1 870 000 € en "
           "2025, complétée par des crédits de la politique de la ville pour les antennes de Montbazac et de "
           "Lescarrère (62 000 €) et par le fonds d'intervention régional pour le programme de formation.")

    s += [Paragraph("2. Activité de soins en 2025", h1)]
    s += P("La file active" + sup(2) + " totale atteint 2 050 personnes, contre 1 668 en 2024. Le tableau 1 détaille "
           "l'activité par site. Le délai moyen d'accès à un premier rendez-vous" + sup(3) + " reste supérieur à un "
           "mois au siège (38 jours) mais il est de 24 jours à Montbazac et de 17 jours à Saint-Aurel-sur-Dronne"
           + sup(4) + ".", notes=[2, 3, 4])
    t1 = [["Site", "File active 2024", "File active 2025", "dont mineurs 2025", "Part VIF 2025",
           "Délai 1er RDV (jours)", "Consultations 2025"],
          ["Siège — CHU de Talmont-Garonne", "1 184", "1 312", "402", "41 %", "38", "6 945"],
          ["Antenne de Montbazac", "286", "431", "168", "58 %", "24", "2 214"],
          ["Antenne de Lescarrère", "198", "244", "71", "52 %", "31", "1 380"],
          ["Antenne de Saint-Aurel-sur-Dronne", "—", "63", "19", "49 %", "17", "212"],
          ["Total CRP-GA", "1 668", "2 050", "660", "47 %", "—", "10 751"]]
    t1 = [[Paragraph(c, ParagraphStyle("th", parent=cell, fontName=BOLD, alignment=TA_CENTER)) for c in t1[0]]] + t1[1:]
    s += [KeepTogether([Paragraph("Tableau 1 : Activité par site en 2024 et 2025" + sup(5), cap),
                        table(t1, [4.0 * cm] + [2.0 * cm] * 6), Note(5)])]
    s += [Spacer(1, 8)]
    s += P("La part des violences intrafamiliales (VIF) parmi les événements traumatiques est nettement plus élevée "
           "dans les antennes implantées en QPV qu'au siège, qui reçoit davantage d'adultes après un accident, une "
           "agression ou un attentat. À Montbazac, 168 mineurs ont été suivis, soit 39 % de la file active de "
           "l'antenne. Au total, le centre a réalisé 10 751 consultations en 2025.")
    s += [Paragraph("2.1 Diagnostics", h2)]
    s += P("Un trouble de stress post-traumatique (TSPT) est diagnostiqué chez 61 % des personnes évaluées ; un TSPT "
           "complexe, lié à des violences répétées et prolongées, chez 18 %. Les thérapies proposées sont "
           "principalement la thérapie cognitive et comportementale centrée sur le trauma (TCC-CT), l'EMDR (eye "
           "movement desensitization and reprocessing) et, pour les moins de six ans, la thérapie parent-enfant.")

    s += [Paragraph("3. Les enfants exposés aux violences intrafamiliales", h1)]
    s += P("Parmi les 660 mineurs suivis en 2025, 71 % ont été exposés à des violences au sein du couple parental, "
           "souvent associées à des violences directes. Leur âge moyen au premier rendez-vous est de 8,4 ans. Les "
           "orientations venant de l'école et des intervenants sociaux en commissariat et gendarmerie (ISCG) ont "
           "fortement augmenté, signe que le travail de réseau engagé avec les conseils locaux de santé mentale "
           "(CLSM) porte ses fruits (tableau 2).")
    t2 = [["Premier orienteur", "2024", "2025", "Évolution", "Part en 2025"],
          ["Médecins généralistes et pédiatres", "212", "248", "+17 %", "27,1 %"],
          ["Démarche personnelle ou de la famille", "143", "161", "+13 %", "17,6 %"],
          ["ASE et PMI (conseil départemental)", "88", "102", "+16 %", "11,1 %"],
          ["Intervenants sociaux en commissariat et gendarmerie", "61", "97", "+59 %", "10,6 %"],
          ["Éducation nationale", "49", "83", "+69 %", "9,1 %"],
          ["Associations d'aide aux victimes", "57", "79", "+39 %", "8,6 %"],
          ["Maison Olympe (CH de Montbazac)", "38", "74", "+95 %", "8,1 %"],
          ["Autres (CMP, CMPP, urgences, justice)", "67", "71", "+6 %", "7,8 %"],
          ["Total des nouveaux patients", "715", "915", "+28 %", "100 %"]]
    t2 = [[Paragraph(c, ParagraphStyle("th2", parent=cell, fontName=BOLD)) for c in t2[0]]] + t2[1:]
    s += [KeepTogether([Paragraph("Tableau 2 : Origine des orientations des nouveaux patients" + sup(6), cap),
                        table(t2, [6.6 * cm, 2 * cm, 2 * cm, 2.2 * cm, 2.4 * cm]), Note(6)])]
    s += [Spacer(1, 8)]
    s += P("La Maison Olympe du centre hospitalier de Montbazac, qui accueille les femmes victimes de violences, a "
           "pratiquement doublé ses orientations vers le centre (74 nouveaux patients en 2025, contre 38 en 2024), "
           "en grande partie pour des enfants du foyer.")

    s += [Paragraph("4. Formation des professionnels", h1)]
    s += P("Le programme de formation « Repères Psychotrauma »" + sup(7) + " s'adresse aux professionnels de "
           "première ligne des QPV : enseignants, infirmières scolaires, travailleurs sociaux, professionnels de "
           "PMI, médiateurs, policiers et gendarmes. En 2025, 14 sessions ont été organisées et 236 professionnels "
           "formés, dont 81 personnels de l'Éducation nationale. L'objectif pour 2026 est de 18 sessions et 300 "
           "professionnels formés.", notes=[7])

    s += [Paragraph("5. Priorités pour 2026", h1)]
    for b in ["ouvrir une consultation avancée au centre social de la Pinède-Haute, à Lescarrère, une journée par "
              "semaine ;",
              "ramener le délai moyen de premier rendez-vous sous 30 jours sur tous les sites, siège compris ;",
              "créer un groupe de parole pour les parents protecteurs à Montbazac ;",
              "conforter l'antenne de Saint-Aurel-sur-Dronne, dont l'évaluation est prévue en décembre 2026 ;",
              "participer aux groupes de travail des CLSM de Montbazac et de Lescarrère ;",
              "porter le programme « Repères Psychotrauma » à 18 sessions."]:
        s.append(Paragraph(b, bullet, bulletText="•"))
    s += [Paragraph("Sigles", h2)]
    s += P("CN2R : Centre national de ressources et de résilience. CRP : centre régional du psychotraumatisme. EMDR : "
           "eye movement desensitization and reprocessing. ETP : équivalent temps plein. ISCG : intervenant social "
           "en commissariat et gendarmerie. QPV : quartier prioritaire de la politique de la ville. TSPT : trouble "
           "de stress post-traumatique. VIF : violences intrafamiliales.")
    return s


def main():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.5 * cm,
                          bottomMargin=2.5 * cm, title="Rapport d'activité 2025 — CRP Garonne-Atlantique",
                          author="CRP Garonne-Atlantique", creator="Typst 0.12.0", producer="Typst 0.12.0")
    frame = Frame(2.5 * cm, 5.2 * cm, W - 5 * cm, H - 7.7 * cm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=on_page)])
    doc.build(build())
    print(OUT)


if __name__ == "__main__":
    main()
