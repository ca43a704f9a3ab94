# -*- coding: utf-8 -*-
"""Génère la lettre d'information PDF du CLSM de Pont-Vernel, n° 9, juin 2025 (reportlab, A4 portrait).

Mise en page : bandeau de titre daté dessiné en haut de la première page (« La Lettre du CLSM — n° 9 — juin
2025 »), texte sur deux colonnes, encadré « Chiffres clés » en tête de la colonne de droite de la page 1
(tableau à bordure et fond coloré), intertitres, appels de notes en exposant et notes de bas d'article en petits
caractères, agenda, pied de page « Lettre du CLSM n° 9 — page n ».

Tout est inventé (ville, département, structures, personnes, chiffres, numéros en 03 99 00 / 06 99 00,
domaines .example).
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-06-16_clsm-pont-vernel_lettre-clsm-n9.pdf")

W, H = A4
M = 1.6 * cm
GAP = 0.7 * cm
COLW = (W - 2 * M - GAP) / 2

body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.2, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=15, textColor=colors.HexColor("#7a1f3d"),
                    spaceBefore=8, spaceAfter=4)
h3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=9.6, leading=12, spaceBefore=4, spaceAfter=2)
chapo = ParagraphStyle("chapo", parent=body, fontName="Helvetica-Oblique", fontSize=9.6, leading=12.6)
note = ParagraphStyle("note", fontName="Helvetica", fontSize=7.2, leading=9, textColor=colors.HexColor("#444444"),
                      spaceAfter=2)
kbig = ParagraphStyle("kbig", fontName="Helvetica-Bold", fontSize=17, leading=19, textColor=colors.HexColor("#7a1f3d"))
klab = ParagraphStyle("klab", fontName="Helvetica", fontSize=8.3, leading=10.2)
ktitle = ParagraphStyle("ktitle", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=colors.white)
agenda = ParagraphStyle("agenda", parent=body, leftIndent=10, firstLineIndent=-10, spaceAfter=3)


def masthead(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#7a1f3d"))
    c.rect(0, H - 3.6 * cm, W, 3.6 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(M, H - 1.75 * cm, "La Lettre du CLSM")
    c.setFont("Helvetica", 10.5)
    c.drawString(M, H - 2.45 * cm, "Conseil local de santé mentale de Pont-Vernel")
    c.setFont("Helvetica-Bold", 11)
    c.drawRightString(W - M, H - 1.6 * cm, "N° 9 — juin 2025")
    c.setFont("Helvetica", 9)
    c.drawRightString(W - M, H - 2.2 * cm, "Dossier : prévention du suicide")
    c.drawRightString(W - M, H - 2.7 * cm, "Parution du 16 juin 2025")
    c.restoreState()
    footer(c, doc)


def footer(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(M, 1.0 * cm, "Lettre du CLSM n° 9 — CLSM de Pont-Vernel, CCAS, 4 place de la Halle — "
                              "clsm@pont-vernel.example")
    c.drawRightString(W - M, 1.0 * cm, "page %d" % doc.page)
    c.restoreState()


def key_box():
    rows = [[Paragraph("Chiffres clés", ktitle)]]
    items = [
        ("127", "sentinelles formées à Pont-Vernel depuis avril 2022 (au 31 mai 2025)"),
        ("34", "sentinelles formées de janvier à mai 2025, en quatre sessions"),
        ("276", "personnes incluses dans VigilanS à leur sortie du CH de Pont-Vernel en 2024"),
        ("628", "personnes incluses dans VigilanS dans tout le Pays-de-Risle en 2024"),
        ("3 940", "appels au 3114 passés depuis le Pays-de-Risle en 2024"),
        ("63 500 €", "budget 2025 de l'action « prévention du suicide » du CLSM"),
    ]
    for big, lab in items:
        rows.append([[Paragraph(big, kbig), Paragraph(lab, klab)]])
    t = Table(rows, colWidths=[COLW - 4])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.4, colors.HexColor("#7a1f3d")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7a1f3d")),
        ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#f6eaee")),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, colors.HexColor("#c99aab")),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def P(text, st=body):
    return Paragraph(text, st)


def sup(n):
    return "<super>%s</super>" % n


def story():
    s = []
    # ---------------------------------------------------------------- page 1, colonne de gauche
    s.append(P("Édito", h2))
    s.append(P("Trois ans après la première formation de sentinelles, en avril 2022, la prévention du suicide est "
               "devenue l'un des axes les plus vivants de notre conseil local de santé mentale. Des gardiens "
               "d'immeuble, des pharmaciens, des animatrices de centres sociaux, des habitantes engagées ont appris "
               "à repérer la détresse et à oser en parler. Ce numéro leur est dédié, comme à tous les "
               "professionnels qui, derrière eux, accueillent, soignent et gardent le lien.", chapo))
    s.append(P("— Thierry Lemarchand, adjoint au maire chargé de la santé et des solidarités, président du CLSM",
               note))
    s.append(P("Le réseau de sentinelles a trois ans", h2))
    s.append(P("Lancé en mars 2022 par le CLSM avec le soutien de l'ARS Normandie, le réseau de sentinelles de "
               "Pont-Vernel compte désormais 127 personnes formées%s. Le principe : former des personnes déjà "
               "au contact du public pour qu'elles repèrent les signes d'une crise suicidaire, engagent le "
               "dialogue et orientent vers les ressources d'aide. Une sentinelle n'évalue pas et ne soigne pas ; "
               "elle fait le lien avec un professionnel référent du CLSM." % sup(1)))
    s.append(P("Le premier semestre 2025 a été particulièrement actif : quatre sessions du module sentinelle ont "
               "réuni 34 participants, dont une session entièrement consacrée aux personnels des écoles, "
               "collèges et lycées. Les deux quartiers prioritaires, le Clos-Moulin et Beauséjour-Les Tilleuls, "
               "restent au cœur du réseau : les bailleurs Risle Habitat et Logis de Normandie y ont fait former "
               "l'ensemble de leurs gardiens."))
    s.append(P("Autre nouveauté, la réunion du réseau passe d'un rythme trimestriel à un rythme bimestriel à "
               "partir de septembre 2025. Animée par Hélène Morin, psychologue au CMP adultes, elle permet aux "
               "sentinelles d'évoquer, sans nommer les personnes, les situations qui les ont marquées."))
    s.append(P("Ce que disent les sentinelles", h3))
    s.append(P("« Avant, quand quelqu'un me disait qu'il en avait marre de tout, je changeais de sujet. "
               "Maintenant je pose la question. » — Christine, préparatrice en pharmacie à Beauséjour."))
    s.append(P("« Le plus dur, c'est d'accepter qu'on ne règle pas tout. On passe le relais, et c'est déjà "
               "beaucoup. » — Yacine, animateur au centre social du Clos-Moulin."))
    s.append(FrameBreak())
    # ---------------------------------------------------------------- page 1, colonne de droite
    s.append(key_box())
    s.append(Spacer(1, 8))
    s.append(P("VigilanS : garder le lien après une tentative", h2))
    s.append(P("Depuis 2019, le dispositif VigilanS est proposé dans tout le Pays-de-Risle aux personnes qui "
               "sortent des urgences ou d'une hospitalisation après une tentative de suicide. Il est piloté par la "
               "cellule VigilanS Normandie du CHU d'Aubremont. Nous avons rencontré Kévin Osmont, infirmier "
               "« vigilanseur » de la cellule."))
    s.append(P("<b>En quoi consiste votre travail ?</b> Nous rappelons les personnes incluses entre le dixième "
               "et le vingt-et-unième jour après leur sortie. C'est un appel de quinze à trente minutes : "
               "comment ça va, est-ce que le rendez-vous de suivi a eu lieu, est-ce que les idées sont revenues. "
               "Quand on ne joint pas la personne, ou quand elle reste fragile, on lui envoie des cartes postales, "
               "une par mois pendant six mois."))
    s.append(P("<b>Et si la personne va mal au moment de l'appel ?</b> Nous pouvons organiser une consultation "
               "rapide avec le CMP ou, si le danger est immédiat, déclencher le SAMU. Nous informons toujours le "
               "médecin traitant."))
    s.append(P("<b>Les résultats ?</b> En 2024, 276 personnes sorties du CH de Pont-Vernel ont été incluses, "
               "et 628 dans l'ensemble du département. Chez les personnes incluses en 2023, le taux de nouvelle "
               "tentative dans les six mois a été de 8,6 %%%s." % sup(2)))
    s.append(NextPageTemplate("suite"))
    # ---------------------------------------------------------------- page 2
    s.append(P("Postvention : un protocole pour les écoles, collèges et lycées", h2))
    s.append(P("Le 18 mars 2025, le directeur académique des services de l'Éducation nationale et le président du "
               "CLSM ont signé le protocole de postvention des établissements scolaires publics de Pont-Vernel. "
               "La postvention désigne l'ensemble des actions menées après un suicide pour soutenir l'entourage, "
               "repérer les personnes vulnérables et prévenir un effet de contagion."))
    s.append(P("Le protocole décrit dix étapes, de l'alerte au bilan à trois mois. Il fixe notamment la réunion "
               "de la cellule de crise de l'établissement dans les deux heures, l'annonce du décès classe par "
               "classe et jamais par haut-parleur, et des entretiens individuels pour les élèves les plus exposés "
               "dans les 48 heures. Le 3 juin 2025, 32 chefs d'établissement, conseillers principaux d'éducation, "
               "infirmières et psychologues de l'Éducation nationale ont été formés à sa mise en œuvre%s." % sup(3)))
    s.append(P("3114 : un numéro à faire connaître", h2))
    s.append(P("Le 3114, numéro national de prévention du suicide, est gratuit et joignable 24 heures sur 24. "
               "On peut l'appeler pour soi, pour un proche ou en tant que professionnel. En 2024, 3 940 appels "
               "ont été passés depuis le Pays-de-Risle, et 37 800 depuis l'ensemble de la Normandie. Le CLSM a "
               "distribué des affiches et des cartes de poche dans 24 pharmacies, les deux centres sociaux et "
               "les accueils de Risle Habitat."))
    s.append(P("Les financements 2025", h2))
    s.append(P("Le budget 2025 de l'action « prévention du suicide » du CLSM s'élève à 63 500 € : 38 000 € de "
               "l'ARS Normandie (fonds d'intervention régional), 14 000 € du contrat de ville au titre du pilier "
               "cohésion sociale et 11 500 € de la Ville de Pont-Vernel. Ces crédits financent les formations, "
               "la supervision des sentinelles et un mi-temps de chargée de mission, Inès Fleury, recrutée en "
               "janvier 2025."))
    s.append(P("Agenda", h2))
    for a in ["<b>Mercredi 10 septembre 2025</b>, 12 h 30 : webinaire « Sentinelles, VigilanS, 3114 : qui fait "
              "quoi ? », Journée mondiale de prévention du suicide.",
              "<b>Jeudi 2 octobre 2025</b> : module sentinelle (une journée), centre social de Beauséjour.",
              "<b>Du 6 au 19 octobre 2025</b> : Semaines d'information sur la santé mentale, programme à venir.",
              "<b>13 et 14 novembre 2025</b> : module évaluation-orientation (deux jours), réservé aux "
              "professionnels de santé et du social.",
              "<b>Mardi 18 novembre 2025</b>, 18 h : réunion du réseau de sentinelles, maison de quartier du "
              "Clos-Moulin."]:
        s.append(P("• " + a, agenda))
    s.append(P("Contacts", h2))
    s.append(P("Coordination du CLSM : Maëlle Guéroult, 06 99 00 41 27. Cellule VigilanS Normandie (réservée aux "
               "professionnels) : 03 99 00 63 14. CMP adultes : 03 99 00 52 30. En cas de danger immédiat : 15."))
    s.append(Spacer(1, 10))
    s.append(P("Notes", h3))
    s.append(P("1. Chiffre arrêté au 31 mai 2025. Les professionnels formés au seul module évaluation-orientation "
               "ne sont pas comptés parmi les sentinelles.", note))
    s.append(P("2. Source : cellule VigilanS Normandie. Taux calculé sur les personnes incluses dans le "
               "Pays-de-Risle en 2023 ; il était de 12,4 % dans l'étude de référence menée avant la mise en place "
               "du dispositif.", note))
    s.append(P("3. Une deuxième session de formation au protocole est prévue à la rentrée pour les "
               "établissements qui n'ont pas pu être représentés.", note))
    return s


def main():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=1.8 * cm,
                          title="La Lettre du CLSM de Pont-Vernel — n° 9 — juin 2025",
                          author="CLSM de Pont-Vernel", subject="Prévention du suicide")
    top1 = H - 3.6 * cm - 0.5 * cm
    f1 = [Frame(M, 1.8 * cm, COLW, top1 - 1.8 * cm, id="g1", showBoundary=0),
          Frame(M + COLW + GAP, 1.8 * cm, COLW, top1 - 1.8 * cm, id="d1", showBoundary=0)]
    f2 = [Frame(M, 1.8 * cm, COLW, H - M - 1.8 * cm, id="g2"),
          Frame(M + COLW + GAP, 1.8 * cm, COLW, H - M - 1.8 * cm, id="d2")]
    doc.addPageTemplates([PageTemplate(id="une", frames=f1, onPage=masthead),
                          PageTemplate(id="suite", frames=f2, onPage=footer)])
    doc.build(story())
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
