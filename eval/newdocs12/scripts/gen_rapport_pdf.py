# -*- coding: utf-8 -*-
"""Génère le rapport final PDF (A4, ~13 pages) de l'évaluation du CLSM intercommunal du Val de Sorne (2022-2024),
réalisée par le cabinet Arpège Territoires pour la communauté d'agglomération du Val de Sorne.

Tout est fictif : territoire, personnes, structures, chiffres, adresses .example.
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (CondPageBreak, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-10-15_agglo-val-de-sorne_evaluation-clsm-2022-2024.pdf")
FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", FONTS + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Bold", FONTS + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-It", FONTS + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Sans", FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", FONTS + "DejaVuSans-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-It", boldItalic="Serif-Bold")

BLUE = colors.HexColor("#234E70")
PALE = colors.HexColor("#E8EEF4")

body = ParagraphStyle("body", fontName="Serif", fontSize=9.8, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=15, leading=19, textColor=BLUE, spaceBefore=10, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=11.5, leading=15, textColor=BLUE, spaceBefore=8, spaceAfter=5)
note = ParagraphStyle("note", fontName="Serif", fontSize=7.8, leading=10, textColor=colors.HexColor("#333333"), spaceAfter=2)
caption = ParagraphStyle("caption", fontName="Sans-Bold", fontSize=8.8, leading=11, textColor=BLUE, spaceBefore=6, spaceAfter=4)
source = ParagraphStyle("source", fontName="Serif-It", fontSize=7.8, leading=10, spaceAfter=8)
cell = ParagraphStyle("cell", fontName="Sans", fontSize=8.3, leading=10.5)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Sans-Bold")
box = ParagraphStyle("box", parent=body, fontName="Serif", backColor=PALE, borderPadding=8, spaceBefore=8, spaceAfter=12)


def P(t, st=body):
    return Paragraph(t, st)


def B(t):
    return Paragraph(t, bullet, bulletText="•")


def notes(*items):
    """Notes de bas de section, précédées d'un filet."""
    out = [Table([[""]], colWidths=[5 * cm], rowHeights=[2],
                 style=[("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.grey)], hAlign="LEFT")]
    for n, t in items:
        out.append(P("<super>%s</super> %s" % (n, t), note))
    out.append(Spacer(1, 6))
    return out


def table(data, widths, num_cols_from=1, total_row=False):
    rows = []
    for i, r in enumerate(data):
        st = cellb if i == 0 or (total_row and i == len(data) - 1) else cell
        rows.append([Paragraph(str(x), st) for x in r])
    t = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, BLUE))
    t.setStyle(TableStyle(style))
    return t


def on_page(c, doc):
    c.saveState()
    if doc.page > 1:
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(2 * cm, A4[1] - 1.2 * cm, "Évaluation du CLSM intercommunal du Val de Sorne (2022-2024) — Rapport final")
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Arpège Territoires · octobre 2025")
        c.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        c.drawCentredString(A4[0] / 2, 1.1 * cm, "%d" % doc.page)
    c.restoreState()


def build():
    s = []
    # --- Couverture
    cover_t = ParagraphStyle("ct", fontName="Sans-Bold", fontSize=24, leading=30, textColor=BLUE, alignment=TA_CENTER)
    cover_s = ParagraphStyle("cs", fontName="Sans", fontSize=13, leading=18, alignment=TA_CENTER)
    cover_m = ParagraphStyle("cm", fontName="Serif", fontSize=10.5, leading=15, alignment=TA_CENTER)
    s += [Spacer(1, 3.5 * cm),
          P("Communauté d'agglomération du Val de Sorne", cover_s), Spacer(1, 1.2 * cm),
          P("Évaluation du Conseil local de santé mentale intercommunal du Val de Sorne", cover_t), Spacer(1, 0.6 * cm),
          P("Période évaluée : 2022 – 2024", cover_s), Spacer(1, 0.3 * cm),
          P("Rapport final", cover_s), Spacer(1, 3 * cm),
          P("Étude commandée par la communauté d'agglomération du Val de Sorne et la délégation départementale de "
            "l'agence régionale de santé de Normandie", cover_m), Spacer(1, 0.4 * cm),
          P("Réalisée par le cabinet Arpège Territoires (Caen) — Maud Lecoq, Benoît Guérin", cover_m),
          Spacer(1, 0.4 * cm),
          P("Version validée par le comité de pilotage du 30 septembre 2025 · diffusion : 15 octobre 2025", cover_m),
          PageBreak()]

    # --- Sommaire
    toc = [("Synthèse", "3"), ("1. Contexte et objet de l'évaluation", "4"), ("2. Gouvernance et moyens", "5"),
           ("3. L'activité du CLSM de 2022 à 2024", "6"), ("4. Résultats par axe de la feuille de route", "7"),
           ("5. Appréciation d'ensemble", "9"), ("6. Recommandations", "10"), ("7. Glossaire des sigles", "11"),
           ("Annexe 1 — Personnes et structures rencontrées", "11"),
           ("Annexe 2 — Résultats détaillés du questionnaire aux partenaires", "12")]
    s += [P("Sommaire", h1),
          Table([[Paragraph(a, body), Paragraph(b, body)] for a, b in toc], colWidths=[14 * cm, 2 * cm],
                style=[("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey), ("ALIGN", (1, 0), (1, -1), "RIGHT")]),
          Spacer(1, 20),
          P("Remerciements", h2),
          P("Les évaluateurs remercient l'ensemble des personnes qui ont accepté de consacrer du temps à un entretien, "
            "au questionnaire ou aux groupes focaux, et tout particulièrement les membres du GEM La Boussole et les "
            "habitants du quartier des Coteaux, ainsi que Camille Hébert, coordinatrice du CLSM, pour sa disponibilité "
            "et la mise à disposition de l'ensemble des documents de suivi."),
          P("Avertissement", h2),
          P("Les opinions exprimées dans ce rapport n'engagent que leurs auteurs. Les citations issues des entretiens "
            "et des groupes focaux ont été anonymisées. Les données chiffrées proviennent des tableaux de suivi de la "
            "coordination, des comptes de l'agglomération et du centre hospitalier ; elles n'ont pas fait l'objet "
            "d'un audit."),
          PageBreak()]

    # --- Synthèse
    s += [P("Synthèse", h1),
          P("Créé en 2019, le conseil local de santé mentale (CLSM) intercommunal du Val de Sorne réunit les élus, la "
            "psychiatrie publique, les acteurs sociaux, médico-sociaux et du logement, les associations d'usagers et de "
            "familles autour d'un objectif commun : améliorer la santé mentale de la population et le parcours des "
            "personnes concernées par des troubles psychiques. Cinq ans après sa création, l'agglomération et l'ARS ont "
            "souhaité disposer d'une évaluation externe portant sur les années 2022 à 2024, afin de préparer la feuille "
            "de route 2026-2030 et le renouvellement de la convention constitutive."),
          P("L'évaluation conclut à un <b>bilan globalement positif</b>. Le CLSM est aujourd'hui identifié par la quasi-"
            "totalité des partenaires interrogés ; il a permis une interconnaissance réelle entre le soin, le social et le "
            "logement, et son activité a nettement progressé sur la période : 23 réunions de groupes de travail en 2024 "
            "contre 14 en 2022, 87 personnes formées aux premiers secours en santé mentale en 2024, plus de 1 100 "
            "participants aux Semaines d'information sur la santé mentale. La cellule de veille psychosociale, mise en "
            "place en 2021, est l'outil le plus cité et le plus apprécié des partenaires."),
          P("L'évaluation relève aussi des <b>fragilités</b> : une coordination qui repose sur une seule personne à "
            "0,8 équivalent temps plein, une participation encore faible des usagers et des médecins généralistes, une "
            "activité concentrée sur la ville-centre au détriment des communes rurales, et un allongement préoccupant des "
            "délais d'accès au centre médico-psychologique infanto-juvénile, qui dépasse désormais cinq mois."),
          P("Huit recommandations sont formulées (partie 6). Les trois prioritaires portent sur le passage de la "
            "coordination à un temps plein, l'entrée de représentants des usagers et des familles au comité de pilotage, "
            "et la mobilisation des médecins généralistes par l'intermédiaire de la communauté professionnelle "
            "territoriale de santé (CPTS)."),
          P("Les principaux chiffres de l'évaluation", h2),
          table([["Indicateur", "Valeur"],
                 ["Budget du CLSM en 2024", "73 500 €"],
                 ["Partenaires signataires de la charte (2024)", "44"],
                 ["Situations examinées par la cellule de veille psychosociale (2024)", "41"],
                 ["Délai moyen d'accès au CMP adultes de Bréval-sur-Sorne (2024)", "71 jours"],
                 ["Délai moyen d'accès au CMP infanto-juvénile (2024)", "151 jours"],
                 ["Taux de réponse au questionnaire partenaires", "52 %"]],
                [12 * cm, 4 * cm]),
          PageBreak()]

    # --- 1. Contexte
    s += [P("1. Contexte et objet de l'évaluation", h1),
          P("1.1 Le territoire", h2),
          P("La communauté d'agglomération du Val de Sorne compte 84 600 habitants répartis dans 23 communes. La "
            "ville-centre, Bréval-sur-Sorne, rassemble 31 200 habitants ; la deuxième commune, Saint-Ouen-de-Sorne, en "
            "compte 9 800. Le reste du territoire est composé de communes rurales de moins de 3 000 habitants. Trois "
            "quartiers prioritaires de la politique de la ville (QPV) y sont situés : Les Coteaux et La Garenne à "
            "Bréval-sur-Sorne, et Le Clos-Fleuri à Saint-Ouen-de-Sorne. Ils regroupent environ 9 400 habitants, soit "
            "11 % de la population de l'agglomération<super>1</super>."),
          P("L'offre de soins en psychiatrie relève du centre hospitalier spécialisé du Val de Sorne, qui gère deux "
            "centres médico-psychologiques (CMP) pour adultes, à Bréval-sur-Sorne et à Saint-Ouen-de-Sorne, un CMP "
            "infanto-juvénile à Bréval-sur-Sorne, un hôpital de jour et une équipe mobile psychiatrie précarité (EMPP). "
            "Le territoire compte 41 médecins généralistes en exercice, dont 12 ont plus de 60 ans, et seulement deux "
            "psychiatres libéraux."),
          P("1.2 Le conseil local de santé mentale", h2),
          P("Le CLSM a été créé par une convention signée le 14 mars 2019 entre l'agglomération, la ville de "
            "Bréval-sur-Sorne, le centre hospitalier spécialisé et la délégation départementale de l'ARS. Il est porté "
            "par le service santé de l'agglomération. Sa coordination est assurée depuis 2021 par Camille Hébert, à 0,8 "
            "équivalent temps plein (ETP) ; entre 2019 et 2021, le poste était un mi-temps partagé avec l'atelier santé "
            "ville."),
          P("Sa feuille de route 2021-2025 comporte quatre axes : (1) promotion de la santé mentale et lutte contre la "
            "stigmatisation ; (2) accès aux soins et continuité des parcours ; (3) prévention et gestion des situations "
            "psychosociales complexes ; (4) logement et inclusion sociale. Un groupe de travail consacré à la jeunesse "
            "a été ajouté en 2023 à la demande des partenaires."),
          P("1.3 Les questions évaluatives", h2),
          P("Le cahier des charges retenait quatre questions :"),
          B("Dans quelle mesure le CLSM a-t-il amélioré la coordination entre les acteurs du soin, du social et du "
            "logement ?"),
          B("Les actions conduites ont-elles contribué à améliorer l'accès aux soins et la continuité des parcours ?"),
          B("Le CLSM a-t-il associé les personnes concernées et leurs proches à ses travaux ?"),
          B("La gouvernance et les moyens du CLSM sont-ils adaptés à ses ambitions ?"),
          P("1.4 La méthode", h2),
          P("L'évaluation a été conduite entre février et juin 2025. Elle a combiné quatre approches :"),
          B("une analyse documentaire (comptes rendus, bilans annuels, conventions, tableaux de suivi) ;"),
          B("34 entretiens individuels avec des élus, des professionnels du soin, du social, du logement, de "
            "l'Éducation nationale et des représentants associatifs ;"),
          B("un questionnaire en ligne adressé aux 112 partenaires figurant sur la liste de diffusion du CLSM, qui a "
            "recueilli 58 réponses, soit un taux de réponse de 52 % ;"),
          B("deux groupes focaux : l'un avec neuf membres du groupe d'entraide mutuelle (GEM) La Boussole, l'autre "
            "avec sept habitants du quartier des Coteaux<super>2</super>."),
          P("Un comité technique réunissant la coordinatrice, la directrice du service santé de l'agglomération, un "
            "représentant du centre hospitalier et la référente santé mentale de l'ARS a suivi les travaux à chaque "
            "étape.")]
    s += notes(("1", "Source : INSEE, recensement de la population 2021, et données de l'Observatoire des territoires "
                     "pour les périmètres des quartiers prioritaires définis en 2024."),
               ("2", "Les groupes focaux ont été animés par les évaluateurs, sans la présence de la coordinatrice, afin de "
                     "favoriser une expression libre. Les participants ont été défrayés par bons d'achat."))
    s.append(CondPageBreak(12 * cm))

    # --- 2. Gouvernance et moyens
    s += [P("2. Gouvernance et moyens", h1),
          P("2.1 Les instances", h2),
          P("Le CLSM s'appuie sur une organisation classique, conforme aux recommandations du Centre collaborateur "
            "de l'OMS pour la recherche et la formation en santé mentale :"),
          B("une <b>assemblée plénière</b> annuelle, ouverte à l'ensemble des partenaires, qui a réuni entre 60 et 75 "
            "participants selon les années ;"),
          B("un <b>comité de pilotage</b> de 12 membres, coprésidé par le vice-président de l'agglomération chargé de "
            "la santé et le directeur du centre hospitalier, qui se réunit en principe trois fois par an ;"),
          B("<b>cinq groupes de travail</b> thématiques : promotion et déstigmatisation ; accès aux soins ; logement ; "
            "situations complexes ; jeunesse (depuis 2023) ;"),
          B("une <b>cellule de veille psychosociale</b>, qui examine chaque mois des situations individuelles avec "
            "l'accord des personnes."),
          P("Le comité de pilotage ne compte aujourd'hui aucun représentant des usagers ; l'UNAFAM y siège au titre "
            "des familles depuis 2022. Les réunions de 2024 ont été réduites à deux, en raison de la vacance du poste "
            "de directeur du centre hospitalier pendant six mois."),
          P("2.2 Les moyens financiers", h2),
          P("Le budget du CLSM couvre le poste de coordination, les frais de fonctionnement et les actions portées "
            "directement par le CLSM (formations, événements). Il a progressé de 17 % entre 2022 et 2024. Les "
            "actions menées par les partenaires sur leurs propres budgets, nombreuses, n'y figurent pas."),
          P("Tableau 1 — Budget du CLSM par financeur, 2022-2024 (en euros)", caption),
          table([["Financeur", "2022", "2023", "2024"],
                 ["ARS (fonds d'intervention régional)<super>3</super>", "28 000", "30 000", "32 000"],
                 ["Communauté d'agglomération du Val de Sorne", "22 000", "24 500", "26 000"],
                 ["État — crédits politique de la ville", "8 000", "8 000", "10 500"],
                 ["Ville de Bréval-sur-Sorne", "5 000", "5 000", "5 000"],
                 ["Total", "63 000", "67 500", "73 500"]],
                [8.5 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm], total_row=True),
          P("Source : comptes administratifs de l'agglomération, bilans financiers transmis à l'ARS.", source),
          P("La part de l'ARS reste stable autour de 44 % du budget. La hausse des crédits politique de la ville en "
            "2024 correspond au financement, dans le cadre du nouveau contrat de ville, d'actions de repérage dans les "
            "trois quartiers prioritaires. Les partenaires soulignent la fragilité d'un modèle dans lequel près de la "
            "moitié des ressources dépend de crédits annuels, renégociés chaque année."),
          P("2.3 La coordination", h2),
          P("La coordinatrice est unanimement reconnue par les partenaires interrogés, qui saluent sa disponibilité et "
            "sa connaissance du territoire. Mais l'évaluation relève un risque de <i>dépendance</i> : la quasi-totalité "
            "de la mémoire du CLSM, des contacts et des outils repose sur elle. Avec 0,8 ETP, elle estime consacrer "
            "environ 40 % de son temps à la cellule de veille psychosociale et aux groupes de travail, 25 % à "
            "l'organisation des formations et des événements, et le reste à la gestion administrative et aux "
            "sollicitations individuelles des partenaires.")]
    s += notes(("3", "Le fonds d'intervention régional (FIR) finance des actions et expérimentations de santé décidées "
                     "par les ARS. Le financement des CLSM y est inscrit au titre de la prévention et de la santé "
                     "mentale."))
    s.append(CondPageBreak(14 * cm))

    # --- 3. Activité
    s += [P("3. L'activité du CLSM de 2022 à 2024", h1),
          P("Le tableau 2 rassemble les principaux indicateurs d'activité suivis par la coordination. Ils montrent une "
            "croissance régulière, à moyens quasi constants, qui s'explique en partie par la sortie de la crise "
            "sanitaire (l'année 2022 reste marquée par un fonctionnement en partie à distance) et par la montée en "
            "charge des groupes de travail créés en 2021 et 2023."),
          P("Tableau 2 — Indicateurs d'activité du CLSM, 2022-2024", caption),
          table([["Indicateur", "2022", "2023", "2024"],
                 ["Réunions du comité de pilotage", "3", "3", "2"],
                 ["Réunions des groupes de travail", "14", "19", "23"],
                 ["Partenaires signataires de la charte du CLSM", "31", "38", "44"],
                 ["Situations examinées par la cellule de veille psychosociale", "22", "35", "41"],
                 ["Personnes formées aux premiers secours en santé mentale", "48", "64", "87"],
                 ["Actions organisées lors des SISM", "9", "12", "15"],
                 ["Participants aux actions des SISM", "640", "810", "1 130"]],
                [9.5 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm]),
          P("Source : tableaux de suivi de la coordination du CLSM.", source),
          P("Trois tendances se dégagent. D'abord, le <b>réseau s'élargit</b> : 13 nouveaux partenaires ont signé la "
            "charte en trois ans, notamment les deux bailleurs sociaux du territoire, trois centres sociaux et le "
            "service pénitentiaire d'insertion et de probation. Ensuite, la <b>formation</b> est devenue une activité "
            "majeure : 199 personnes ont suivi une formation aux premiers secours en santé mentale (PSSM) entre 2022 et "
            "2024, dont un tiers de professionnels des structures implantées dans les quartiers prioritaires. Enfin, "
            "la <b>cellule de veille psychosociale</b> a presque doublé son activité, signe à la fois de sa "
            "reconnaissance et d'une tension croissante sur les situations individuelles."),
          P("À l'inverse, le nombre de réunions du comité de pilotage a diminué. Plusieurs membres regrettent que "
            "les décisions stratégiques soient de plus en plus prises en comité technique, sans validation politique "
            "formelle."),
          P("Répartition territoriale des actions", h2),
          P("Les actions du CLSM restent concentrées dans la ville-centre. Les communes rurales, qui regroupent "
            "pourtant près de la moitié de la population de l'agglomération, n'ont accueilli qu'une action sur huit "
            "en 2024."),
          P("Tableau 3 — Répartition des actions collectives du CLSM par territoire, 2024", caption),
          table([["Territoire", "Part de la population", "Part des actions 2024"],
                 ["Bréval-sur-Sorne (dont QPV Les Coteaux et La Garenne)", "37 %", "70 %"],
                 ["Saint-Ouen-de-Sorne (dont QPV Le Clos-Fleuri)", "12 %", "18 %"],
                 ["Communes rurales (21 communes)", "51 %", "12 %"]],
                [9 * cm, 3.5 * cm, 3.5 * cm]),
          P("Source : calculs Arpège Territoires à partir des tableaux de suivi et des données INSEE.", source),
          CondPageBreak(10 * cm)]

    # --- 4. Résultats par axe
    s += [P("4. Résultats par axe de la feuille de route", h1),
          P("4.1 Promotion de la santé mentale et lutte contre la stigmatisation", h2),
          P("Les Semaines d'information sur la santé mentale (SISM) constituent le temps fort de l'axe 1. Leur "
            "programmation s'est étoffée : ciné-débats au cinéma Le Rex de Bréval-sur-Sorne, expositions à la "
            "médiathèque, journées portes ouvertes du GEM, marche solidaire dans le quartier de La Garenne. En 2024, "
            "les SISM ont réuni 1 130 participants. Les actions organisées dans les quartiers prioritaires, souvent "
            "conçues avec les centres sociaux, touchent un public qui ne fréquente pas les lieux culturels "
            "traditionnels."),
          P("Dans le questionnaire, 71 % des partenaires estiment que le CLSM a « amélioré leur connaissance des "
            "troubles psychiques et des ressources du territoire ». Les membres du GEM La Boussole, en revanche, "
            "soulignent que la stigmatisation reste forte dans la vie quotidienne, notamment dans l'accès à l'emploi "
            "et au logement, et regrettent d'être davantage sollicités comme « témoins » que comme "
            "co-organisateurs."),
          P("4.2 Accès aux soins et continuité des parcours", h2),
          P("L'axe 2 a permis deux avancées concrètes : la création, en 2023, d'un poste d'<b>infirmier "
            "d'orientation</b> au CMP adultes de Bréval-sur-Sorne, chargé d'un premier entretien rapide et de "
            "l'orientation des nouvelles demandes ; et la diffusion d'un annuaire des ressources en santé mentale, "
            "imprimé à 2 000 exemplaires et mis en ligne en 2022. Le délai d'accès au CMP adultes s'est nettement "
            "réduit. La situation de la pédopsychiatrie, en revanche, s'est dégradée, faute de pouvoir pourvoir deux "
            "postes de pédopsychiatre vacants depuis 2023."),
          P("Tableau 4 — Délai moyen entre la première demande et le premier rendez-vous avec un professionnel du CMP "
            "(en jours)", caption),
          table([["Structure", "2022", "2023", "2024"],
                 ["CMP adultes de Bréval-sur-Sorne", "94", "78", "71"],
                 ["CMP adultes de Saint-Ouen-de-Sorne", "62", "65", "60"],
                 ["CMP infanto-juvénile de Bréval-sur-Sorne", "132", "140", "151"]],
                [9 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm]),
          P("Source : centre hospitalier spécialisé du Val de Sorne, département d'information médicale<super>4</super>.", source),
          P("Les entretiens montrent par ailleurs que la continuité des parcours à la sortie d'hospitalisation reste "
            "un point faible : les partenaires sociaux ne sont pas systématiquement informés des sorties, et le lien "
            "avec les médecins généralistes est jugé insuffisant par les deux tiers des répondants. Seuls trois des 41 "
            "médecins généralistes du territoire ont participé à au moins une réunion du CLSM sur la période."),
          P("4.3 Situations psychosociales complexes", h2),
          P("La cellule de veille psychosociale se réunit le premier jeudi de chaque mois. Elle associe le CMP "
            "adultes, l'EMPP, les CCAS de Bréval-sur-Sorne et de Saint-Ouen-de-Sorne, le service social du "
            "département, les deux bailleurs sociaux, le service mandataire judiciaire à la protection des majeurs et, "
            "selon les cas, la gendarmerie ou la police municipale. Toute situation y est présentée avec l'accord de "
            "la personne, à l'aide d'une « fiche navette » ; la cellule désigne un professionnel référent et revoit la "
            "situation trois mois plus tard."),
          P("En 2024, 41 situations ont été examinées, dont 26 concernaient des personnes résidant dans l'un des trois "
            "quartiers prioritaires. Les motifs les plus fréquents étaient les troubles du voisinage et l'incurie dans "
            "le logement (17 situations), le refus ou la rupture de soins (12), et l'isolement de personnes âgées "
            "présentant des troubles cognitifs ou psychiques (7). Les professionnels interrogés considèrent la cellule "
            "comme « l'outil le plus utile du CLSM », mais pointent deux limites : l'absence de règles écrites à jour "
            "sur le partage d'informations (la charte éthique date de 2021) et l'absence d'outil de suivi partagé des "
            "situations<super>5</super>."),
          P("4.4 Logement et inclusion sociale", h2),
          P("Un protocole de prévention des expulsions locatives pour les personnes présentant des troubles "
            "psychiques a été signé en juin 2023 entre le CLSM, les deux bailleurs sociaux (Sorne Habitat et "
            "Logis du Bocage), le CCAS de Bréval-sur-Sorne et le centre hospitalier. Il prévoit qu'avant toute "
            "assignation, le bailleur saisit la cellule de veille lorsqu'il a connaissance de difficultés psychiques. "
            "En 2024, neuf procédures ont été suspendues dans ce cadre, et quatre ont abouti à un relogement dans un "
            "logement plus adapté. Par ailleurs, six logements en intermédiation locative ont été mobilisés avec "
            "l'association Habitat Solidaire Sornais pour des personnes sortant d'hospitalisation."),
          P("4.5 Jeunesse", h2),
          P("Le groupe de travail jeunesse, créé en 2023, a réuni l'Éducation nationale, la mission locale, la "
            "prévention spécialisée et la Maison des adolescents départementale, qui a ouvert une antenne à "
            "Bréval-sur-Sorne en septembre 2024. Ses premiers travaux ont porté sur le repérage de la souffrance "
            "psychique au collège. Il est encore trop tôt pour en mesurer les effets.")]
    s += notes(("4", "Délai calculé sur l'ensemble des premières demandes enregistrées dans l'année, hors urgences et "
                     "hors demandes de simple renouvellement de traitement."),
               ("5", "Le suivi des situations est aujourd'hui assuré par la coordinatrice à l'aide d'un tableur, ce "
                     "qui pose des questions de sécurité des données au regard du règlement général sur la "
                     "protection des données (RGPD)."))
    s.append(PageBreak())

    # --- 5. Appréciation d'ensemble
    s += [P("5. Appréciation d'ensemble", h1),
          P("Réponse aux questions évaluatives", h2),
          P("<b>Coordination des acteurs.</b> C'est le principal acquis du CLSM. 84 % des répondants au questionnaire "
            "déclarent connaître « mieux ou beaucoup mieux » les autres acteurs qu'avant leur participation, et les "
            "entretiens font apparaître de nombreux exemples de coopérations nouées en dehors des instances, notamment "
            "entre les bailleurs et le CMP."),
          P("<b>Accès aux soins.</b> Les résultats sont contrastés : réels progrès pour le CMP adultes de la ville-"
            "centre, dégradation pour la pédopsychiatrie, qui relève de facteurs (démographie médicale) sur lesquels le "
            "CLSM a peu de prise, mais qu'il doit porter auprès de l'ARS et dans le projet territorial de santé "
            "mentale (PTSM)."),
          P("<b>Participation des personnes concernées.</b> C'est le point le plus faible. Les usagers sont présents "
            "lors des SISM et par l'intermédiaire du GEM, mais ne participent ni au comité de pilotage ni à la "
            "définition des priorités. Les membres du groupe focal ont exprimé le souhait d'être associés « en "
            "amont, et pas seulement pour témoigner »."),
          P("<b>Gouvernance et moyens.</b> La gouvernance a fait ses preuves mais s'essouffle au niveau politique, "
            "et les moyens humains sont en deçà de l'activité, avec un risque de fragilisation en cas d'absence de "
            "la coordinatrice."),
          P("Points forts et points de vigilance", h2),
          table([["Points forts", "Points de vigilance"],
                 ["Une coordinatrice reconnue et un réseau élargi à 44 partenaires signataires",
                  "Une coordination à 0,8 ETP, sans suppléance organisée"],
                 ["Une cellule de veille psychosociale utile et appréciée",
                  "Une charte éthique à actualiser et un suivi des situations sur tableur"],
                 ["Une offre de formation PSSM en forte croissance",
                  "Des communes rurales peu touchées par les actions"],
                 ["Des actions de déstigmatisation implantées dans les quartiers prioritaires",
                  "Des usagers absents des instances de décision"],
                 ["Un protocole de prévention des expulsions opérationnel",
                  "Trois médecins généralistes seulement impliqués sur 41"]],
                [8 * cm, 8 * cm]),
          Spacer(1, 8),
          P("Encadré — Ce que disent les habitants des Coteaux", h2),
          P("« Ici, on ne dit pas qu'on va mal. On dit qu'on est fatigué. » Le groupe focal réuni au centre social "
            "des Coteaux a mis en évidence la méconnaissance des lieux de soin : aucun des sept participants ne "
            "connaissait l'existence du CMP, tous connaissaient en revanche l'adulte-relais du quartier, présenté comme "
            "« la personne à qui on peut parler ». Les participants ont proposé que le CLSM s'appuie davantage sur ces "
            "figures de confiance, et que l'information soit diffusée à la sortie des écoles et au marché plutôt que "
            "par affiches.", box),
          PageBreak()]

    # --- 6. Recommandations
    recos = [
        ("R1", "Porter le poste de coordination à un équivalent temps plein d'ici 2026 et organiser une suppléance "
               "(binôme avec le service santé de l'agglomération) pour sécuriser la continuité."),
        ("R2", "Intégrer au comité de pilotage deux représentants des usagers, désignés avec le GEM La Boussole, et "
               "prévoir leur défraiement."),
        ("R3", "Construire avec la communauté professionnelle territoriale de santé (CPTS) un groupe de travail "
               "« médecine générale et santé mentale », avec des réunions en soirée."),
        ("R4", "Étendre les actions aux communes rurales par une permanence itinérante et des SISM décentralisées, "
               "avec l'objectif d'au moins un quart des actions hors de la ville-centre en 2027."),
        ("R5", "Actualiser la charte éthique de la cellule de veille psychosociale et la doter d'un outil de suivi "
               "sécurisé conforme au RGPD."),
        ("R6", "Faire de l'accès à la pédopsychiatrie une priorité portée par le CLSM dans le PTSM et auprès de "
               "l'ARS, en lien avec la Maison des adolescents."),
        ("R7", "Sécuriser les crédits politique de la ville dans la programmation pluriannuelle du contrat de ville "
               "2024-2030."),
        ("R8", "Produire un tableau de bord annuel partagé, présenté en assemblée plénière, reprenant les "
               "indicateurs du présent rapport."),
    ]
    s += [P("6. Recommandations", h1),
          P("Les recommandations ont été discutées avec le comité technique puis présentées au comité de pilotage du "
            "30 septembre 2025. Elles sont classées par ordre de priorité ; les trois premières sont jugées "
            "prioritaires pour la feuille de route 2026-2030.")]
    rt = [["N°", "Recommandation", "Échéance", "Pilote proposé"]]
    ech = ["2026", "2026", "2026", "2027", "2026", "2026-2030", "2026", "Annuelle"]
    pil = ["Agglomération", "Comité de pilotage", "Coordination / CPTS", "Coordination", "Cellule de veille",
           "Comité de pilotage", "Agglomération / État", "Coordination"]
    for (n, t), e, p in zip(recos, ech, pil):
        rt.append([n, t, e, p])
    s += [table(rt, [1.2 * cm, 10 * cm, 2.2 * cm, 3.3 * cm]),
          Spacer(1, 10),
          P("Les évaluateurs recommandent par ailleurs que la nouvelle convention constitutive du CLSM, dont la "
            "signature est prévue au premier semestre 2026, précise le rôle respectif du comité de pilotage et du "
            "comité technique, et prévoie une évaluation à mi-parcours en 2028."),
          PageBreak()]

    # --- 7. Glossaire
    glo = [
        ("ARS", "Agence régionale de santé"),
        ("CCAS", "Centre communal d'action sociale"),
        ("CLSM", "Conseil local de santé mentale"),
        ("CMP", "Centre médico-psychologique"),
        ("CPTS", "Communauté professionnelle territoriale de santé"),
        ("EMPP", "Équipe mobile psychiatrie précarité"),
        ("ETP", "Équivalent temps plein"),
        ("FIR", "Fonds d'intervention régional"),
        ("GEM", "Groupe d'entraide mutuelle"),
        ("MDA", "Maison des adolescents"),
        ("PSSM", "Premiers secours en santé mentale"),
        ("PTSM", "Projet territorial de santé mentale"),
        ("QPV", "Quartier prioritaire de la politique de la ville"),
        ("RGPD", "Règlement général sur la protection des données"),
        ("SISM", "Semaines d'information sur la santé mentale"),
        ("UNAFAM", "Union nationale de familles et amis de personnes malades et/ou handicapées psychiques"),
    ]
    s += [P("7. Glossaire des sigles", h1),
          table([["Sigle", "Signification"]] + [[a, b] for a, b in glo], [3 * cm, 13 * cm]),
          Spacer(1, 16),
          P("Annexe 1 — Personnes et structures rencontrées", h1),
          P("Élus : vice-président de l'agglomération chargé de la santé ; adjointe au maire de Bréval-sur-Sorne "
            "chargée des solidarités ; maire d'une commune rurale membre du comité de pilotage."),
          P("Soin : directeur et président de la commission médicale d'établissement du centre hospitalier "
            "spécialisé ; cadres de santé des trois CMP ; infirmier d'orientation ; psychiatre de l'EMPP ; deux "
            "médecins généralistes ; coordinatrice de la CPTS."),
          P("Social et médico-social : directions des CCAS de Bréval-sur-Sorne et de Saint-Ouen-de-Sorne ; service "
            "social départemental ; service mandataire judiciaire ; mission locale ; trois centres sociaux ; "
            "adultes-relais des quartiers des Coteaux et de La Garenne."),
          P("Logement : Sorne Habitat ; Logis du Bocage ; association Habitat Solidaire Sornais."),
          P("Usagers et familles : GEM La Boussole ; délégation départementale de l'UNAFAM."),
          P("Institutions : délégation départementale de l'ARS ; déléguée du préfet pour la politique de la ville ; "
            "Éducation nationale (infirmière conseillère technique, principal de collège)."),
          PageBreak(),
          P("Annexe 2 — Résultats détaillés du questionnaire aux partenaires", h1),
          P("Questionnaire en ligne administré du 10 mars au 11 avril 2025 ; 58 répondants sur 112 partenaires "
            "sollicités. Les pourcentages sont calculés sur les répondants ayant exprimé un avis."),
          P("Tableau A1 — Profil des répondants", caption),
          table([["Secteur d'activité", "Répondants", "Part"],
                 ["Soin (psychiatrie, médecine de ville, infirmiers)", "14", "24 %"],
                 ["Action sociale (CCAS, département, centres sociaux)", "17", "29 %"],
                 ["Logement (bailleurs, associations de logement)", "8", "14 %"],
                 ["Éducation, jeunesse, insertion", "9", "16 %"],
                 ["Élus et services des collectivités", "6", "10 %"],
                 ["Associations d'usagers et de familles", "4", "7 %"],
                 ["Total", "58", "100 %"]],
                [10 * cm, 3 * cm, 3 * cm], total_row=True),
          P("Tableau A2 — Appréciation de l'apport du CLSM (part de réponses « oui, tout à fait » ou « plutôt oui »)", caption),
          table([["Affirmation", "Part d'accord"],
                 ["Je connais mieux les autres acteurs du territoire", "84 %"],
                 ["Le CLSM a amélioré ma connaissance des troubles psychiques et des ressources", "71 %"],
                 ["Le CLSM m'a aidé à résoudre au moins une situation individuelle", "62 %"],
                 ["Les décisions du CLSM me sont clairement communiquées", "48 %"],
                 ["Les personnes concernées sont suffisamment associées", "29 %"],
                 ["Le lien avec les médecins généralistes est satisfaisant", "33 %"]],
                [12 * cm, 4 * cm]),
          P("Source : questionnaire Arpège Territoires, 2025.", source),
          P("Parmi les attentes exprimées en réponse libre, les plus fréquentes concernent des formations "
            "complémentaires (crise suicidaire, troubles du comportement de la personne âgée), un annuaire actualisé, "
            "et une meilleure information sur les suites données aux situations présentées à la cellule de veille."),
          ]
    return s


def main():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Évaluation du CLSM intercommunal du Val de Sorne 2022-2024",
                            author="Arpège Territoires")
    doc.build(build(), onFirstPage=on_page, onLaterPages=on_page)
    import pypdf
    print(os.path.basename(OUT), len(pypdf.PdfReader(OUT).pages), "pages")


if __name__ == "__main__":
    main()
