# -*- coding: utf-8 -*-
"""Génère le rapport annuel PDF du CLSM de Montvalès « Santé mentale au travail des professionnels de première
ligne — rapport 2025 » (publié le 16 février 2026), à l'allure d'un export de traitement de texte.

Mise en page (reportlab) : A4 portrait, police Liberation Serif, page de titre avec sommaire (table des
matières à numéros de page, construite en deux passes), titres numérotés, paragraphes justifiés, quatre
tableaux (agents formés par structure et par année avec ligne « Total », incidents, comparaison territoriale,
financement), notes appelées en exposant et regroupées en bas de section, annexe « Glossaire des sigles »,
en-tête courant et pied de page « page x sur N ». Métadonnées d'un export Writer.

Tout est inventé (ville, département, structures, personnes, chiffres).
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-02-16_clsm-montvales_rapport-sante-travail-premiere-ligne-2025.pdf")

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSerif", FD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", FD + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-I", FD + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-BI", FD + "LiberationSerif-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("LSerif", normal="LSerif", bold="LSerif-B", italic="LSerif-I", boldItalic="LSerif-BI")

BODY = ParagraphStyle("body", fontName="LSerif", fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="LSerif-B", fontSize=14, leading=18, spaceBefore=12, spaceAfter=6,
                    textColor=colors.HexColor("#1F3864"), keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="LSerif-B", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4,
                    keepWithNext=1)
TITLE = ParagraphStyle("title", fontName="LSerif-B", fontSize=22, leading=27, alignment=TA_CENTER,
                       textColor=colors.HexColor("#1F3864"))
SUB = ParagraphStyle("sub", fontName="LSerif", fontSize=13, leading=17, alignment=TA_CENTER)
SMALL = ParagraphStyle("small", fontName="LSerif", fontSize=9, leading=11.5, alignment=TA_JUSTIFY, spaceAfter=2)
CELL = ParagraphStyle("cell", fontName="LSerif", fontSize=9.5, leading=11.5)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSerif-B")
CAPTION = ParagraphStyle("cap", fontName="LSerif-I", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=3)
BULLET = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=3)
TOC1 = ParagraphStyle("toc1", fontName="LSerif", fontSize=11, leading=15, leftIndent=10)


class NumberedCanvas(canvas.Canvas):
    """Deux passes : on garde l'état de chaque page puis on écrit « page x sur N »."""

    def __init__(self, *a, **k):
        canvas.Canvas.__init__(self, *a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("LSerif", 8.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(2.2 * cm, 1.2 * cm, "CLSM de Montvalès — Rapport 2025 « Santé mentale au travail des "
                                               "professionnels de première ligne »")
            self.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "page %d sur %d" % (self._pageNumber, n))
            if self._pageNumber > 1:
                self.drawString(2.2 * cm, A4[1] - 1.2 * cm, "Conseil local de santé mentale de Montvalès")
                self.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.2 * cm, "Février 2026")
            canvas.Canvas.showPage(self)
        canvas.Canvas.save(self)


class Doc(BaseDocTemplate):
    def __init__(self, path):
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                                 topMargin=2 * cm, bottomMargin=2 * cm,
                                 title="Santé mentale au travail des professionnels de première ligne — rapport 2025",
                                 author="Sabrina Ferracci", subject="CLSM de Montvalès", creator="Writer",
                                 producer="LibreOffice 24.2")
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[fr])])

    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph) and fl.style.name == "h1":
            self.notify("TOCEntry", (0, fl.getPlainText(), self.page))


def P(t, st=BODY):
    return Paragraph(t, st)


def bullets(items):
    return [Paragraph(t, BULLET, bulletText="•") for t in items]


def table(rows, widths, total=True, num_from=1):
    data = [[Paragraph(str(c), CELLB if (i == 0 or (total and i == len(rows) - 1)) else CELL) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8EA9DB")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (num_from, 1), (-1, -1), "RIGHT")]
    if total:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(style))
    return t


def story():
    s = []
    s += [Spacer(1, 0.6 * cm), P("Conseil local de santé mentale de Montvalès", SUB), Spacer(1, 0.6 * cm),
          P("Santé mentale au travail des professionnels de première ligne", TITLE), Spacer(1, 0.4 * cm),
          P("Rapport d'activité 2025", SUB), Spacer(1, 0.3 * cm),
          P("Formation, analyse des pratiques, écoute et suivi des agents d'accueil, gardiens d'immeuble, "
            "travailleurs sociaux et médiateurs — Montvalès, quartiers des Tamaris et de La Capelière", SUB),
          Spacer(1, 0.8 * cm),
          P("Présenté au comité de pilotage du 5 février 2026 — version publiée le 16 février 2026. "
            "Rédaction : Sabrina Ferracci, coordinatrice du CLSM, avec le groupe de travail « santé mentale et "
            "travail ».", ParagraphStyle("c", parent=SMALL, alignment=TA_CENTER, fontSize=10, leading=13)),
          Spacer(1, 0.5 * cm), P("Sommaire", H2)]
    toc = TableOfContents()
    toc.levelStyles = [TOC1]
    toc.dotsMinLevel = 0
    s += [toc, PageBreak()]

    s += [P("1. Contexte et enjeux", H1),
          P("Montvalès compte 52 300 habitants et deux quartiers prioritaires de la politique de la ville (QPV) : "
            "Les Tamaris (4 860 habitants) et La Capelière (3 120 habitants). Environ 300 professionnels y "
            "travaillent au contact direct du public : agents d'accueil de l'hôtel de ville, de la mairie annexe "
            "des Tamaris et du centre communal d'action sociale (CCAS), 14 gardiens d'immeuble d'Habitat Durance "
            "Méditerranée (HDM), 11 médiateurs sociaux de l'association Médiance, travailleurs sociaux du CCAS et "
            "de la maison départementale des solidarités (MDS) du Département de Durance-Alpilles."),
          P("Ces professionnels sont souvent les premiers à rencontrer des personnes en souffrance psychique, et "
            "les premiers exposés à l'agressivité. Après l'agression d'une agente du CCAS en juin 2022, le conseil "
            "local de santé mentale (CLSM) a créé un groupe de travail « santé mentale et travail », co-animé par "
            "la coordinatrice du CLSM et le service santé et qualité de vie au travail (SQVT) de la ville. Son plan "
            "d'action 2023-2026 repose sur quatre axes : <b>former</b> (formation « Accueillir une personne en "
            "souffrance psychique »), <b>soutenir collectivement</b> (groupes d'analyse des pratiques "
            "professionnelles), <b>écouter</b> (Ligne Écoute Agents) et <b>prévenir et suivre</b> (signalement des "
            "incidents, médecine du travail, psychologue du travail)."),
          P("2. La formation « Accueillir une personne en souffrance psychique »", H1),
          P("La formation dure deux jours (14 heures), complétés trois mois plus tard par une demi-journée de "
            "retour sur les pratiques. Elle est animée par Marc Estève, infirmier au centre médico-psychologique "
            "(CMP) adultes des Tamaris, et par le Dr Lucie Marchetti, psychiatre au centre hospitalier et "
            "co-présidente du CLSM. Chaque session accueille 12 participants au maximum. Depuis 2025, une version "
            "courte d'une journée (7 heures) est proposée aux gardiens d'immeuble, dont les horaires rendent "
            "difficile une absence de deux jours."),
          P("Les contenus : repérer les signes d'une souffrance psychique (repli, discours incohérent, agitation, "
            "idées de mort exprimées) ; accueillir sans se mettre en danger ; désamorcer une montée de tension ; "
            "connaître les ressources locales et passer le relais ; prendre soin de soi après une situation "
            "difficile. En 2025, huit sessions ont été organisées, dont deux sessions courtes, et 92 % des "
            "participants se sont déclarés satisfaits ou très satisfaits (81 questionnaires retournés)."),
          P("Tableau 1 — Agents formés par structure et par année<super>1</super>", CAPTION),
          table([["Structure", "2023", "2024", "2025", "Total"],
                 ["Ville de Montvalès — accueils (hôtel de ville, mairie annexe)", "14", "18", "16", "48"],
                 ["CCAS de Montvalès", "9", "12", "11", "32"],
                 ["Habitat Durance Méditerranée — gardiens d'immeuble", "0", "9", "12", "21"],
                 ["Médiance — médiateurs sociaux", "6", "7", "9", "22"],
                 ["MDS de Montvalès (Département) — travailleurs sociaux", "8", "13", "18", "39"],
                 ["Autres (centres sociaux, médiathèques, associations)", "5", "9", "21", "35"],
                 ["Total", "42", "68", "87", "197"]], [8.6, 1.9, 1.9, 1.9, 2.2]),
          Spacer(1, 4),
          P("<super>1</super> Chiffres arrêtés au 31 décembre 2025. Les six agents formés lors de la session des "
            "22 et 23 janvier 2026 ne sont pas comptés ici. Un agent n'est compté qu'une fois, l'année où il a "
            "suivi les deux jours (ou la journée pour la version courte).", SMALL),
          ]

    s += [P("3. Les groupes d'analyse des pratiques professionnelles (GAPP)", H1),
          P("Un groupe d'analyse des pratiques professionnelles réunit de six à dix professionnels exerçant le "
            "même métier, sans leur hiérarchie, autour d'un animateur extérieur. À chaque séance, un participant "
            "expose une situation de travail qui lui a posé problème ; le groupe l'analyse pour en comprendre les "
            "enjeux et dégager d'autres manières d'agir. Ce n'est ni une supervision clinique ni un groupe de "
            "parole. Le CLSM finance huit séances de 2 h 30 par groupe et par an."),
          P("En 2025, trois groupes ont fonctionné : le groupe « accueil » (agents d'accueil de la ville et du "
            "CCAS) et le groupe « travailleurs sociaux » (CCAS et MDS), animés par Mathilde Roux, psychologue "
            "clinicienne ; le groupe « gardiens » (HDM), animé par Yannick Delorme, psychosociologue. Soit 24 "
            "séances, 31 participants différents et une présence moyenne de 78 %. Un quatrième groupe, réservé "
            "aux médiateurs de Médiance, a démarré le 15 janvier 2026 ; il est animé par Yannick Delorme au "
            "centre social La Capelière."),
          P("4. La Ligne Écoute Agents", H1),
          P("Ouverte le 2 avril 2024, la Ligne Écoute Agents (03 99 00 58 58) est un service d'écoute "
            "psychologique anonyme et gratuit, confié par marché au cabinet Écoute &amp; Travail Provence. Les "
            "psychologues du cabinet répondent aux appels et peuvent proposer jusqu'à cinq entretiens par agent et "
            "par an. En 2024 et 2025, la ligne était ouverte du lundi au vendredi de 8 h à 20 h ; depuis le "
            "1er janvier 2026, elle répond 7 jours sur 7 de 8 h à 22 h."),
          P("Réservée au départ aux agents de la ville et du CCAS, la ligne a été ouverte aux gardiens d'HDM le "
            "1er septembre 2025, puis aux médiateurs de Médiance le 1er janvier 2026. Elle a reçu 38 appels en 2024 "
            "(d'avril à décembre) et 74 appels en 2025, dont 29 à la suite d'une agression. En 2025, 41 agents "
            "différents l'ont utilisée et 112 entretiens de soutien ont été réalisés."),
          ]

    s += [P("5. Incidents signalés : Montvalès, métropole, région, France", H1),
          P("Le nombre d'incidents signalés par les professionnels de première ligne de Montvalès est passé de "
            "118 en 2024 à 131 en 2025 (+ 11 %), dont 11 violences physiques en 2025 contre 8 en 2024. La "
            "hausse tient pour partie à une meilleure déclaration : la fiche de signalement d'incident (FSI) est "
            "accessible en ligne depuis janvier 2025. Pour la ville et le CCAS, sept accidents de service liés à "
            "une agression ont été déclarés en 2025 (cinq en 2024), représentant 96 jours d'arrêt de travail."),
          P("Tableau 2 — Incidents signalés par structure, Montvalès", CAPTION),
          table([["Structure", "2024", "2025", "dont violences physiques 2025"],
                 ["Ville — accueil de l'hôtel de ville", "44", "47", "3"],
                 ["Ville — mairie annexe des Tamaris", "19", "23", "2"],
                 ["CCAS", "27", "25", "1"],
                 ["HDM — gardiens d'immeuble", "21", "26", "4"],
                 ["Médiance — médiateurs", "7", "10", "1"],
                 ["Total", "118", "131", "11"]], [8.0, 2.2, 2.2, 4.1]),
          Spacer(1, 6),
          P("Pour situer Montvalès, le CLSM a mené en novembre 2025 une enquête auprès des agents d'accueil "
            "(142 répondants). La part d'agents déclarant au moins une agression verbale au cours des douze "
            "derniers mois y est nettement plus élevée qu'aux autres échelons<super>2</super>."),
          KeepTogether([P("Tableau 3 — Part des agents d'accueil déclarant au moins une agression verbale dans "
                          "l'année", CAPTION), table([["Territoire", "Source", "Année", "Part"],
                 ["Montvalès (ville, CCAS, mairie annexe)", "Enquête du CLSM, 142 répondants", "2025", "61 %"],
                 ["Métropole Val-de-Durance", "Enquête interne de la métropole, 1 114 répondants", "2024", "48 %"],
                 ["Provence-Alpes-Côte d'Azur", "Baromètre régional des conditions de travail", "2024", "44 %"],
                 ["France", "Enquête nationale sur l'accueil du public", "2023", "39 %"]],
                [5.8, 6.6, 1.6, 2.5], total=False, num_from=2)]),
          Spacer(1, 4),
          P("<super>2</super> Les populations ne sont pas identiques : à Montvalès, deux tiers des répondants "
            "travaillent dans un site situé en QPV ou qui reçoit majoritairement des habitants des QPV ; l'enquête "
            "métropolitaine porte sur l'ensemble des accueils des 31 communes. À l'échelle de la métropole, "
            "1 182 incidents ont été signalés par les agents métropolitains en 2025 (1 046 en 2024).", SMALL),
          ]

    s += [P("6. Médecine du travail et psychologue du travail", H1),
          P("Les agents de la ville et du CCAS sont suivis par le service de médecine préventive du centre de "
            "gestion de la fonction publique territoriale de Durance-Alpilles : le Dr Olivier Rambaud, médecin du "
            "travail, a réalisé en 2025 23 visites à la demande en lien avec la santé psychique. Les gardiens "
            "d'HDM et les médiateurs de Médiance, salariés de droit privé, relèvent du service de prévention et "
            "de santé au travail interentreprises Santé Travail Provence Durance (Dr Agnès Vidal)."),
          P("Depuis janvier 2025, Claire Noyer, psychologue du travail au centre de gestion, tient une "
            "permanence chaque mardi à l'hôtel de ville (bureau 114). Elle a conduit 58 entretiens individuels en "
            "2025 et trois interventions collectives après un incident. Son rôle est distinct de celui du "
            "médecin : elle analyse avec l'agent et l'équipe ce qui, dans le travail, fragilise ou protège, et "
            "oriente vers un suivi psychothérapeutique si nécessaire ; l'aptitude et les aménagements de poste "
            "relèvent du médecin du travail."),
          P("Le circuit recommandé après une agression combine ces ressources :", BODY)]
    s += bullets(["dans l'immédiat : ne pas laisser l'agent seul, appel de la Ligne Écoute Agents ;",
                  "dans les jours qui suivent : rendez-vous avec la psychologue du travail, débriefing d'équipe si "
                  "besoin ;",
                  "pour la reprise : visite auprès du médecin du travail, aménagement de poste éventuel ;",
                  "si l'agent bénéficie d'une reconnaissance de la qualité de travailleur handicapé (RQTH) : "
                  "mobilisation des aides du FIPHFP par la référente handicap."])

    s += [P("7. Financement", H1),
          P("Le programme a été financé en 2025 à hauteur de 69 500 €. L'Agence régionale de santé (ARS) "
            "finance la formation et une partie de la coordination ; les crédits du contrat de ville financent les "
            "groupes d'analyse des pratiques, au titre du volet santé de l'appel à projets ; le FIPHFP contribue, "
            "dans le cadre d'une convention, à l'accompagnement psychologique et au maintien dans l'emploi des "
            "agents en situation de handicap psychique."),
          KeepTogether([
              P("Tableau 4 — Financement 2025 (réalisé)", CAPTION),
              table([["Financeur", "Objet", "Montant"],
                     ["ARS Provence-Alpes-Côte d'Azur", "Formation, coordination", "24 000 €"],
                     ["Contrat de ville (crédits politique de la ville)", "Groupes d'analyse des pratiques",
                      "18 500 €"],
                     ["FIPHFP", "Accompagnement et maintien dans l'emploi", "11 200 €"],
                     ["Ville de Montvalès", "Ligne Écoute Agents (part ville)", "9 800 €"],
                     ["Habitat Durance Méditerranée", "Formation des gardiens, Ligne Écoute", "6 000 €"],
                     ["Total", "", "69 500 €"]], [6.4, 7.2, 2.9], num_from=2)]),
          P("8. Perspectives 2026", H1)]
    s += bullets(["atteindre 250 agents formés (cumul depuis 2023) fin 2026, avec une session réservée aux "
                  "policiers municipaux les 4 et 5 juin 2026 ;",
                  "faire vivre le quatrième GAPP (médiateurs) et étudier un groupe pour les encadrants ;",
                  "suivre l'usage de la Ligne Écoute Agents, ouverte aux médiateurs et 7 jours sur 7 depuis le "
                  "1er janvier 2026 ;",
                  "renouveler l'enquête auprès des agents d'accueil en novembre 2026."])

    s += [PageBreak(), P("Annexe — Glossaire des sigles", H1)]
    gl = [("ARS", "Agence régionale de santé"),
          ("CCAS", "Centre communal d'action sociale"),
          ("CDG", "Centre de gestion de la fonction publique territoriale"),
          ("CLSM", "Conseil local de santé mentale"),
          ("CMP", "Centre médico-psychologique"),
          ("DUERP", "Document unique d'évaluation des risques professionnels"),
          ("FIPHFP", "Fonds pour l'insertion des personnes handicapées dans la fonction publique"),
          ("FSI", "Fiche de signalement d'incident"),
          ("GAPP", "Groupe d'analyse des pratiques professionnelles"),
          ("HDM", "Habitat Durance Méditerranée, bailleur social"),
          ("MDS", "Maison départementale des solidarités"),
          ("QPV", "Quartier prioritaire de la politique de la ville"),
          ("RETEX", "Retour d'expérience"),
          ("RQTH", "Reconnaissance de la qualité de travailleur handicapé"),
          ("SPSTI", "Service de prévention et de santé au travail interentreprises"),
          ("SQVT", "Santé et qualité de vie au travail (service de la DRH de la ville)")]
    s.append(table([["Sigle", "Signification"]] + [list(x) for x in gl], [3.0, 13.5], total=False, num_from=9))
    s += [Spacer(1, 10),
          P("Contact : Sabrina Ferracci, coordinatrice du CLSM de Montvalès — 03 99 00 41 20 — "
            "clsm@montvales.example", SMALL)]
    return s


def build():
    d = Doc(OUT)
    d.multiBuild(story(), canvasmaker=NumberedCanvas)
    # dates de l'export fixées (métadonnées d'un export Writer du 16 février 2026)
    import pypdf
    r = pypdf.PdfReader(OUT)
    w = pypdf.PdfWriter(clone_from=r)
    w.add_metadata({"/CreationDate": "D:20260216101500+01'00'", "/ModDate": "D:20260216101500+01'00'",
                    "/Producer": "LibreOffice 24.2", "/Creator": "Writer"})
    with open(OUT, "wb") as f:
        w.write(f)
    print(OUT)


if __name__ == "__main__":
    build()
