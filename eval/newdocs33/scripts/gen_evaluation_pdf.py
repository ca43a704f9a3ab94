# -*- coding: utf-8 -*-
"""Génère le rapport final d'évaluation du programme de médiateurs de santé pairs (MSP) du centre hospitalier du
Bois-Guérin, 2024-2025, réalisé par le cabinet Ardoise (PDF, reportlab platypus).

Mise en forme : page de couverture sans en-tête (titre, sous-titre, commanditaires, auteurs, date, mention de
diffusion) ; à partir de la page 2, en-tête courant « Évaluation du programme MSP — CH du Bois-Guérin — rapport
final, janvier 2026 » et pied de page « Cabinet Ardoise — page n / N » ; sommaire ; sections numérotées 1 à 7 avec
sous-sections 4.1, 4.2… ; tableau d'activité avec deux colonnes de chiffres 2024 et 2025 et une colonne
d'évolution ; encadré de synthèse ; recommandations numérotées R1 à R6 ; notes de bas de page (appel en exposant
dans le texte, texte de la note imprimé en bas de la page où se trouve l'appel, sous un filet).
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-20_ch-bois-guerin_evaluation-mediateurs-sante-pairs.pdf")

HEADER = "Évaluation du programme MSP — CH du Bois-Guérin — rapport final, janvier 2026"

FOOTNOTES = {
    1: "Le médiateur de santé pair est un professionnel qui a l'expérience vécue d'un trouble psychique et de son "
       "rétablissement, et qui est formé pour mobiliser ce savoir expérientiel au service des personnes "
       "accompagnées.",
    2: "Les trois quartiers prioritaires de la politique de la ville (QPV) de Valmoreuil sont Les Hauts-de-Valmoreuil, "
       "La Brèche et Le Clos-Fleuri.",
    3: "Le second poste n'a fonctionné que quatre mois en 2024 (de septembre à décembre), d'où 1,3 ETP en moyenne "
       "annuelle ; ETP signifie ici équivalent temps plein.",
    4: "53 réponses sur 87 questionnaires envoyés, recueillies du 6 au 31 octobre 2025.",
    5: "Taux calculé sur les 58 personnes accompagnées depuis au moins six mois au CMP des Hauts-de-Valmoreuil.",
}

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=13.5, leading=17, spaceBefore=10,
                    spaceAfter=6, textColor=colors.HexColor("#2E4A62"))
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6,
                    spaceAfter=4)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=7.5, leading=9.5)


class FnParagraph(Paragraph):
    def __init__(self, text, style, fns=()):
        super().__init__(text, style)
        self.fns = fns


def fn(n):
    return "<super>%d</super>" % n


class Doc(BaseDocTemplate):
    def __init__(self, path, fn_pages, **kw):
        super().__init__(path, **kw)
        self.fn_pages = fn_pages   # page -> [notes], rempli au premier passage, utilisé au second
        self.found = {}
        body = Frame(2.3 * cm, 3.6 * cm, A4[0] - 4.6 * cm, A4[1] - 6.2 * cm, id="body")
        cover = Frame(2.3 * cm, 2.3 * cm, A4[0] - 4.6 * cm, A4[1] - 4.6 * cm, id="cover")
        self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.draw_cover),
                               PageTemplate("body", [body], onPage=self.draw_body)])

    def afterFlowable(self, f):
        if getattr(f, "fns", None):
            self.found.setdefault(self.page, []).extend(f.fns)

    def draw_cover(self, c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#2E4A62"))
        c.rect(0, A4[1] - 9 * cm, A4[0], 9 * cm, stroke=0, fill=1)
        c.restoreState()

    def draw_body(self, c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2.3 * cm, A4[1] - 1.5 * cm, HEADER)
        c.line(2.3 * cm, A4[1] - 1.7 * cm, A4[0] - 2.3 * cm, A4[1] - 1.7 * cm)
        c.drawRightString(A4[0] - 2.3 * cm, 1.3 * cm, "Cabinet Ardoise — page %d / %d" % (d.page, TOTAL[0]))
        notes = self.fn_pages.get(d.page, [])
        if notes:
            y = 3.3 * cm
            c.line(2.3 * cm, y, 7.3 * cm, y)
            y -= 0.15 * cm
            for n in notes:
                p = Paragraph("<super>%d</super> %s" % (n, FOOTNOTES[n]), NOTE)
                w, h = p.wrap(A4[0] - 4.6 * cm, 3 * cm)
                p.drawOn(c, 2.3 * cm, y - h)
                y -= h + 0.1 * cm
        c.restoreState()


TOTAL = [0]


def story():
    s = []
    cov_t = ParagraphStyle("ct", parent=BODY, fontName="Helvetica-Bold", fontSize=22, leading=27,
                           textColor=colors.white)
    cov_s = ParagraphStyle("cs", parent=BODY, fontSize=13, leading=17, textColor=colors.white)
    s.append(Spacer(1, 1.2 * cm))
    s.append(Paragraph("Évaluation du programme de médiateurs de santé pairs du centre hospitalier du Bois-Guérin",
                       cov_t))
    s.append(Paragraph("Période évaluée : avril 2023 – décembre 2025 · Rapport final", cov_s))
    s.append(Spacer(1, 5.2 * cm))
    for t in ["<b>Commanditaire :</b> centre hospitalier du Bois-Guérin, pôle de psychiatrie adulte, avec l'appui du "
              "conseil local de santé mentale (CLSM) de Valmoreuil",
              "<b>Réalisation :</b> cabinet Ardoise — évaluation des politiques sociales et de santé "
              "(ardoise-evaluation.example)",
              "<b>Auteurs :</b> Mathilde Rioult et Benoît Lagadec",
              "<b>Comité de pilotage :</b> Dr Antoine Delaunay, Claire Lemonnier, Hélène Morvan, Gilles Fouquet",
              "<b>Date :</b> 20 janvier 2026",
              "Document de travail diffusé aux membres du CLSM — ne pas citer sans l'accord du commanditaire."]:
        s.append(Paragraph(t, ParagraphStyle("cv", parent=BODY, fontSize=11, leading=15, spaceAfter=8)))
    s.append(NextPageTemplate("body"))
    s.append(PageBreak())

    s.append(Paragraph("Sommaire", H1))
    for t in ["1. Objet et contexte de l'évaluation", "2. Méthode", "3. Le programme en bref",
              "4. L'activité des médiateurs en 2024 et 2025", "5. Les effets perçus", "6. Les points de vigilance",
              "7. Recommandations"]:
        s.append(Paragraph(t, BUL))
    box = Table([[Paragraph(
        "<b>En bref.</b> Deux médiateurs de santé pairs, 158 personnes accompagnées en 2025, une intervention jugée "
        "utile par 81 % des professionnels qui ont répondu, et une recommandation principale : pérenniser les deux "
        "postes et en créer un troisième au CMP de La Brèche.", BODY)]], colWidths=[A4[0] - 4.6 * cm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF1F6")),
                             ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2E4A62")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(Spacer(1, 0.4 * cm))
    s.append(box)

    s.append(Paragraph("1. Objet et contexte de l'évaluation", H1))
    s.append(FnParagraph(
        "Le centre hospitalier du Bois-Guérin a recruté en 2023 sa première médiatrice de santé pair" + fn(1) +
        " (MSP), dans le cadre du projet territorial de santé mentale et des travaux du CLSM de Valmoreuil. Un second "
        "poste a été créé en 2024. Avant de décider de la suite, la direction a souhaité une évaluation externe "
        "portant sur trois questions : que font concrètement les MSP ? Quels effets leur intervention produit-elle "
        "pour les personnes et pour les équipes ? À quelles conditions le programme peut-il être consolidé et "
        "étendu ?", BODY, fns=(1,)))
    s.append(FnParagraph(
        "L'évaluation accorde une attention particulière aux habitants des quartiers prioritaires" + fn(2) +
        ", qui représentent 22,6 % de la population de la ville mais accèdent plus tardivement aux soins.",
        BODY, fns=(2,)))

    s.append(Paragraph("2. Méthode", H1))
    s.append(Paragraph("L'évaluation s'est déroulée de septembre à décembre 2025. Elle combine :", BODY))
    for t in ["24 entretiens semi-directifs : 12 personnes accompagnées, 9 professionnels des équipes de soins et "
              "3 cadres de direction ;",
              "un questionnaire en ligne adressé aux 87 professionnels du pôle de psychiatrie adulte ;",
              "l'analyse des données d'activité 2024 et 2025 tenues par les deux médiateurs ;",
              "deux journées d'observation, au CRPS et au CMP des Hauts-de-Valmoreuil."]:
        s.append(Paragraph(t, BUL, bulletText="•"))
    s.append(Paragraph(
        "Les personnes accompagnées interrogées ont été choisies par tirage au sort parmi celles qui avaient donné "
        "leur accord ; chacune a été rémunérée par un bon d'achat de 30 euros.", BODY))

    s.append(Paragraph("3. Le programme en bref", H1))
    s.append(Paragraph(
        "Sonia Lecarpentier a pris ses fonctions le 3 avril 2023 au centre de réhabilitation psychosociale (CRPS). "
        "Yannick Tessier l'a rejointe le 2 septembre 2024, au centre médico-psychologique (CMP) des "
        "Hauts-de-Valmoreuil. Tous deux sont titulaires de la licence Sciences sanitaires et sociales, parcours "
        "médiateur de santé pair, et sont employés en contrat à durée indéterminée, rattachés au cadre supérieur "
        "de santé du pôle. Leur fiche de poste prévoit quatre missions : l'accompagnement individuel, la "
        "co-animation de groupes, l'appui aux démarches dans la cité et la participation à la vie des équipes.", BODY))

    s.append(Paragraph("4. L'activité des médiateurs en 2024 et 2025", H1))
    s.append(Paragraph("4.1 Les chiffres d'activité", H2))
    rows = [("Indicateur", "2024", "2025", "Évolution"),
            ("Médiateurs en poste (ETP)" + fn(3), "1,3", "2,0", "+ 0,7"),
            ("Personnes accompagnées (file active)", "131", "158", "+ 21 %"),
            ("dont habitants d'un QPV", "35 (27 %)", "54 (34 %)", "+ 54 %"),
            ("Entretiens individuels", "1 048", "1 392", "+ 33 %"),
            ("Séances de groupe co-animées", "64", "92", "+ 44 %"),
            ("Accompagnements à l'extérieur (démarches, logement, GEM…)", "86", "121", "+ 41 %"),
            ("Participations aux réunions cliniques", "41", "58", "+ 41 %"),
            ("Personnes orientées vers le GEM ou le clubhouse", "19", "31", "+ 63 %")]
    data = [[Paragraph(("<b>%s</b>" % v) if i == 0 else v, CELL) for v in r] for i, r in enumerate(rows)]
    tb = Table(data, colWidths=[8.6 * cm, 2.5 * cm, 2.5 * cm, 2.6 * cm], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899AA")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D5E2EC")),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(Paragraph("<b>Tableau 1 — Activité des médiateurs de santé pairs, 2024 et 2025</b>", CELL))
    s.append(Spacer(1, 0.15 * cm))
    tb.fns = (3,)
    s.append(tb)
    s.append(Paragraph("Source : relevés d'activité des médiateurs, traitement cabinet Ardoise.", NOTE))
    s.append(Paragraph("4.2 Lecture", H2))
    s.append(Paragraph(
        "La hausse de l'activité s'explique d'abord par l'arrivée du second médiateur. Rapportée à l'ETP, la file "
        "active diminue même légèrement (79 personnes par ETP en 2025 contre 101 en 2024), ce que les médiateurs "
        "expliquent par des accompagnements plus longs et plus intenses. La part des habitants des QPV progresse "
        "nettement depuis l'installation d'un médiateur au CMP des Hauts-de-Valmoreuil.", BODY))

    s.append(Paragraph("5. Les effets perçus", H1))
    s.append(Paragraph("5.1 Pour les personnes accompagnées", H2))
    s.append(Paragraph(
        "Dix des douze personnes interrogées disent avoir retrouvé de l'espoir grâce à la rencontre avec un pair. "
        "Les mots qui reviennent le plus sont « être compris sans avoir à tout expliquer » et « voir que c'est "
        "possible ». Plusieurs décrivent l'accompagnement physique (banque, bailleur, MDPH) comme le moment décisif.",
        BODY))
    s.append(Paragraph("5.2 Pour les équipes", H2))
    s.append(FnParagraph(
        "Parmi les professionnels qui ont répondu au questionnaire" + fn(4) + ", 81 % estiment que l'intervention "
        "des médiateurs a modifié leur façon de travailler, notamment dans la manière de parler du rétablissement "
        "aux patients ; 17 % expriment des réserves, portant surtout sur la place des médiateurs dans les réunions "
        "cliniques et sur le partage d'informations.", BODY, fns=(4,)))
    s.append(Paragraph("5.3 Sur la continuité des soins", H2))
    s.append(FnParagraph(
        "Chez les personnes accompagnées par un médiateur depuis au moins six mois, la part des rendez-vous non "
        "honorés est passée de 29 % à 18 %" + fn(5) + ". Ce résultat doit être lu avec prudence, faute de groupe "
        "de comparaison.", BODY, fns=(5,)))

    s.append(Paragraph("6. Les points de vigilance", H1))
    for t in ["<b>L'isolement professionnel</b> : chaque médiateur est seul de son métier dans son service ;",
              "<b>Le soutien</b> : une analyse des pratiques mensuelle, avec une psychologue extérieure, n'existe que "
              "depuis janvier 2025 ; elle est jugée indispensable ;",
              "<b>L'accès au dossier patient</b> : accordé en lecture en juin 2024, il a suscité des débats qui "
              "semblent aujourd'hui apaisés ;",
              "<b>La reconnaissance du métier</b> : absence de statut propre dans la fonction publique hospitalière et "
              "perspectives d'évolution limitées ;",
              "<b>La charge émotionnelle</b> : le recours au savoir expérientiel expose les médiateurs et suppose "
              "qu'ils puissent décider librement de ce qu'ils partagent."]:
        s.append(Paragraph(t, BUL, bulletText="•"))

    s.append(Paragraph("7. Recommandations", H1))
    for t in ["<b>R1.</b> Pérenniser les deux postes existants et créer un troisième poste au CMP de La Brèche.",
              "<b>R2.</b> Organiser une intervision régionale des médiateurs de santé pairs au moins quatre fois par an.",
              "<b>R3.</b> Rédiger une fiche de poste commune et un parcours d'intégration pour tout nouveau médiateur.",
              "<b>R4.</b> Former l'ensemble des équipes du pôle aux pratiques orientées rétablissement.",
              "<b>R5.</b> Stabiliser cinq indicateurs de suivi, dont la part des personnes accompagnées habitant un "
              "QPV.",
              "<b>R6.</b> Formaliser les liens avec le GEM Le Phare, le clubhouse La Fabrique et l'emploi accompagné."]:
        s.append(Paragraph(t, BODY))
    s.append(Spacer(1, 0.4 * cm))
    s.append(Paragraph("Mathilde Rioult et Benoît Lagadec, cabinet Ardoise, 20 janvier 2026.", BODY))
    return s


def build(fn_pages):
    d = Doc(OUT, fn_pages, pagesize=A4, title="Évaluation du programme MSP — CH du Bois-Guérin",
            author="Cabinet Ardoise")
    d.build(story())
    return d


def main():
    TOTAL[0] = 99
    d = build({})
    pages = {p: sorted(set(v)) for p, v in d.found.items()}
    TOTAL[0] = d.page
    d2 = build(pages)
    assert {p: sorted(set(v)) for p, v in d2.found.items()} == pages and d2.page == TOTAL[0]
    print("écrit", OUT, TOTAL[0], "pages ; notes par page :", pages)


if __name__ == "__main__":
    main()
