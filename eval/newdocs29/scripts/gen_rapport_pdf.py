# -*- coding: utf-8 -*-
"""Génère le rapport PDF du centre régional du psychotrauma Rhin-Meuse sur la consultation avancée de
Verlaincourt (juin 2025 – février 2026), daté du 5 mars 2026 (document fictif).

Mise en page : A4, DEUX COLONNES (Frames reportlab), bloc de titre pleine largeur en première page, en-tête
courant, pied « Page n / 8 », sections numérotées, tableau d'activité, histogramme dessiné, notes de bas de page
appelées en exposant et imprimées en bas de la page où figure l'appel, encadré des recommandations, annexes
(glossaire des sigles, méthode et personnes rencontrées)."""
import os

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-03-05_crp-rhin-meuse_rapport-consultation-avancee-verlaincourt.pdf")
N_PAGES = 8

W, H = A4
M = 1.7 * cm
GUT = 0.8 * cm
COLW = (W - 2 * M - GUT) / 2
TOP = H - 2.3 * cm          # sous l'en-tête courant
BOT = 3.4 * cm              # au-dessus de la zone des notes et du pied
TITLE_H = 6.2 * cm

BLUE = colors.HexColor("#1F4E79")
st_body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.4, leading=14, alignment=TA_JUSTIFY,
                         spaceAfter=5)
st_h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=BLUE, spaceBefore=8,
                       spaceAfter=5, keepWithNext=1)
st_h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=BLUE, spaceBefore=5,
                       spaceAfter=3, keepWithNext=1)
st_title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=23, textColor=BLUE)
st_sub = ParagraphStyle("sub", fontName="Helvetica", fontSize=11, leading=15)
st_small = ParagraphStyle("small", fontName="Helvetica", fontSize=8.2, leading=10.4)
st_cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.2, leading=10)
st_box = ParagraphStyle("box", parent=st_body, fontSize=10, leading=13.2, alignment=0)
st_gl = ParagraphStyle("gl", parent=st_body, fontSize=9.8, leading=12.8, spaceAfter=3, alignment=0)

FOOTNOTES = {
    1: "Fonds d'intervention régional : crédits gérés par l'ARS pour financer des actions de prévention, de "
       "coordination et d'organisation des soins.",
    2: "Une personne est comptée une seule fois, à son premier rendez-vous, quel que soit le nombre de "
       "consultations qui suivent.",
    3: "PTSD Checklist for DSM-5 : auto-questionnaire de 20 items coté de 0 à 80. Le seuil de 33, retenu par le CRP, "
       "conduit à proposer une évaluation clinique ; il ne vaut pas diagnostic.",
    4: "Lieu de résidence déclaré ; 13 adultes dépistés n'ont pas indiqué leur adresse et sont exclus de cette "
       "comparaison.",
    5: "Interprétariat professionnel par téléphone, au tarif moyen de 38 € la demi-heure, réglé jusqu'ici sur le "
       "budget de fonctionnement du CRP.",
}
_marks = []   # (page, n)


class FootMark(Flowable):
    """Repère invisible placé après le paragraphe qui appelle la note n : note la page où il tombe."""

    def __init__(self, n):
        super().__init__()
        self.n = n

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        _marks.append((self.canv.getPageNumber(), self.n))


def header_footer(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(M, H - 1.3 * cm, "CRP Rhin-Meuse — Consultation avancée psychotrauma de Verlaincourt")
    canv.drawRightString(W - M, H - 1.3 * cm, "Rapport d'activité et d'évaluation — mars 2026")
    canv.setStrokeColor(BLUE)
    canv.setLineWidth(0.6)
    canv.line(M, H - 1.5 * cm, W - M, H - 1.5 * cm)
    canv.line(M, 1.5 * cm, W - M, 1.5 * cm)
    canv.drawString(M, 1.0 * cm, "Centre régional du psychotrauma Rhin-Meuse")
    canv.drawRightString(W - M, 1.0 * cm, "Page %d / %d" % (doc.page, N_PAGES))
    canv.restoreState()


def draw_notes(canv, doc):
    notes = [n for p, n in _marks if p == doc.page]
    if not notes:
        return
    canv.saveState()
    y = BOT - 0.35 * cm
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(0.4)
    canv.line(M, y, M + 5 * cm, y)
    y -= 0.1 * cm
    for n in notes:
        p = Paragraph("<super>%d</super> %s" % (n, FOOTNOTES[n]), st_small)
        _, h = p.wrap(W - 2 * M, 3 * cm)
        y -= h + 1
        p.drawOn(canv, M, y)
    canv.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=2.3 * cm, bottomMargin=BOT,
                         title="Soutien psychotraumatique après la crue de l'Ornelle — rapport 2026",
                         author="Centre régional du psychotrauma Rhin-Meuse", subject="Consultation avancée de Verlaincourt")
        first = [Frame(M, TOP - TITLE_H, W - 2 * M, TITLE_H, id="titre", showBoundary=0),
                 Frame(M, BOT, COLW, TOP - TITLE_H - BOT, id="c1"),
                 Frame(M + COLW + GUT, BOT, COLW, TOP - TITLE_H - BOT, id="c2")]
        cols = [Frame(M, BOT, COLW, TOP - BOT, id="g"), Frame(M + COLW + GUT, BOT, COLW, TOP - BOT, id="d")]
        self.addPageTemplates([
            PageTemplate(id="first", frames=first, onPage=header_footer, onPageEnd=draw_notes),
            PageTemplate(id="cols", frames=cols, onPage=header_footer, onPageEnd=draw_notes)])


def P(t, s=st_body):
    return Paragraph(t, s)


def table_activite():
    hdr = ["Indicateur", "Juin – août 2025", "Sept. – nov. 2025", "Déc. 2025 – févr. 2026", "Total"]
    rows = [["Nouvelles personnes vues", "111", "100", "71", "282"],
            ["dont mineurs", "34", "30", "23", "87"],
            ["Consultations réalisées", "402", "611", "538", "1 551"],
            ["Délai moyen avant le 1er rendez-vous (jours)", "9,3", "9,7", "7,7", "8,9"],
            ["Prises en charge EMDR débutées", "9", "31", "24", "64"]]
    data = [[Paragraph("<b>%s</b>" % h, st_cell) for h in hdr]] + [[Paragraph(c, st_cell) for c in r] for r in rows]
    t = Table(data, colWidths=[2.9 * cm, 1.3 * cm, 1.3 * cm, 1.55 * cm, 1.05 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return t


def table_mensuelle():
    data = [["Mois", "Nouvelles personnes", "Délai moyen (jours)"],
            ["Juin 2025", "48", "11"], ["Juillet 2025", "41", "9"], ["Août 2025", "22", "8"],
            ["Septembre 2025", "37", "12"], ["Octobre 2025", "34", "10"], ["Novembre 2025", "29", "7"],
            ["Décembre 2025", "21", "6"], ["Janvier 2026", "26", "8"], ["Février 2026", "24", "9"]]
    data = [[Paragraph(("<b>%s</b>" % c) if i == 0 else c, st_cell) for c in r] for i, r in enumerate(data)]
    t = Table(data, colWidths=[3.0 * cm, 2.6 * cm, 2.5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return t


def chart_origine():
    d = Drawing(COLW, 5.4 * cm)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 28, 30, COLW - 40, 4.0 * cm - 20
    bc.data = [(31, 22, 14, 13, 12, 8)]
    bc.categoryAxis.categoryNames = ["CUMP", "Méd. gén.", "CVPC", "Collèges", "Spontané", "Autres"]
    bc.categoryAxis.labels.fontSize = 7
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 35, 5
    bc.valueAxis.labels.fontSize = 7
    bc.bars[0].fillColor = BLUE
    d.add(bc)
    d.add(String(0, 5.0 * cm, "Figure 1 — Origine des orientations (%)", fontName="Helvetica-Bold", fontSize=8))
    return d


def box(paras):
    t = Table([[paras]], colWidths=[COLW])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, BLUE),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF3F8")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def story():
    s = []
    s += [P("Soutien psychotraumatique après la crue de l'Ornelle", st_title), Spacer(1, 4),
          P("Rapport d'activité et d'évaluation de la consultation avancée de Verlaincourt — juin 2025 à février "
            "2026", st_sub), Spacer(1, 6),
          P("Centre régional du psychotrauma (CRP) Rhin-Meuse — rapport remis au comité de pilotage du CLSM de "
            "Verlaincourt et à l'ARS Grand Est le 5 mars 2026", st_small),
          P("Rédaction : Dr Hélène Stoltz, psychiatre, coordinatrice médicale ; Yanis Ferhat, psychologue "
            "clinicien ; Mathieu Ringeisen, chargé d'évaluation", st_small),
          NextPageTemplate("cols"), FrameBreak()]

    s += [P("Sommaire", st_h1)]
    for t, pg in (("Synthèse", 1), ("1. Contexte et mandat", 1), ("2. Organisation de la consultation avancée", 2),
                  ("3. Activité de juin 2025 à février 2026", 2), ("4. Dépistage et évolution clinique", 3),
                  ("5. Le travail en réseau", 4), ("6. Difficultés rencontrées", 5), ("7. Coûts", 5),
                  ("8. Perspectives", 6), ("9. Recommandations", 6), ("Annexes : glossaire, calendrier, méthode", 7)):
        s.append(P("%s — p. %d" % (t, pg), st_gl))
    s += [Spacer(1, 4), P("Synthèse", st_h1),
          P("Ouverte le 2 juin 2025 à la maison de santé pluriprofessionnelle (MSP) des Prés-Bas, la consultation "
            "avancée du CRP a reçu en neuf mois 282 nouvelles personnes, dont 87 mineurs, et réalisé 1 551 "
            "consultations. Le délai moyen avant un premier rendez-vous est resté inférieur à dix jours sur la "
            "période, à l'exception d'une tension en décembre. Le dépistage systématique a concerné 412 adultes : "
            "29 % présentent un score évocateur d'un trouble de stress post-traumatique, avec un net écart entre "
            "les habitants des quartiers prioritaires et les autres."),
          P("Les résultats cliniques sont encourageants chez les patients suivis. L'implantation au cœur du quartier, "
            "le passage de relais organisé avec la CUMP et la coordination assurée par la cellule de veille du CLSM "
            "expliquent en grande partie ce niveau d'activité. Le financement de l'ARS prend fin le 31 mai 2026, "
            "alors que la date anniversaire de la crue et les besoins des enfants laissent prévoir une demande "
            "soutenue : le CRP recommande de prolonger le dispositif (voir encadré, section 9)."),

          P("1. Contexte et mandat", st_h1),
          P("Dans la nuit du 14 au 15 avril 2025, la crue de l'Ornelle a atteint 6,12 m à l'échelle du pont de la "
            "Halle, à Verlaincourt (38 600 habitants), sous-préfecture de l'Aubrette. Elle a inondé 1 180 logements, "
            "dont 740 dans les deux quartiers prioritaires des Prés-Bas et de l'Écluse-Faubourg, et entraîné "
            "l'évacuation de 2 350 personnes. Un habitant de 74 ans est décédé."),
          P("La cellule d'urgence médico-psychologique (CUMP) de l'Aubrette a assuré la prise en charge immédiate du "
            "15 au 26 avril et reçu 1 046 personnes au poste d'urgence médico-psychologique du gymnase des Tanneurs. "
            "Dès la fin avril, le conseil local de santé mentale (CLSM) et la délégation territoriale de l'ARS ont "
            "sollicité le CRP pour organiser la suite : une partie des personnes reçues en urgence développe, "
            "dans les semaines suivantes, des troubles qui justifient des soins spécialisés."),
          P("Par lettre de mission du 19 mai 2025, l'ARS Grand Est a confié au CRP l'ouverture d'une consultation "
            "avancée à Verlaincourt, financée à hauteur de 85 000 € sur le fonds d'intervention "
            "régional<super>1</super> pour douze mois, de juin 2025 à mai 2026."), FootMark(1),
          P("La lettre de mission fixe trois objectifs : proposer un accès rapide, gratuit et de proximité aux soins "
            "du psychotraumatisme ; dépister les troubles de stress post-traumatique chez les adultes et les enfants "
            "exposés ; appuyer les acteurs locaux (repérage, groupes de parole, formation). Le présent rapport rend "
            "compte des neuf premiers mois et sert de base à la demande de prolongation déposée par le CRP."),

          P("2. Organisation de la consultation avancée", st_h1),
          P("2.1 Lieu et horaires", st_h2),
          P("La consultation se tient dans les locaux de la MSP des Prés-Bas, à deux rues de la zone la plus touchée. "
            "Ce choix a été fait pour éviter aux habitants un déplacement d'une heure vers les sites hospitaliers du "
            "CRP, et parce qu'une consultation installée dans une maison de santé est moins stigmatisante qu'un "
            "service de psychiatrie. Elle est ouverte le mardi et le jeudi, de 9 h à 17 h, sur rendez-vous pris au "
            "secrétariat de la MSP (03 99 00 41 20). Les consultations sont gratuites, sans avance de frais."),
          P("2.2 Équipe", st_h2),
          P("L'équipe comprend le Dr Hélène Stoltz, psychiatre (0,1 ETP, une demi-journée par mois pour les situations "
            "complexes et la supervision), Yanis Ferhat, psychologue clinicien formé à l'EMDR (0,8 ETP), et une "
            "psychologue spécialisée dans l'enfance et l'adolescence (0,5 ETP). Ce dernier poste a été occupé par "
            "Claire Hoffmann jusqu'à son départ en congé de maternité le 1er décembre 2025, puis par Léa Muller, "
            "arrivée le 15 janvier 2026. Le secrétariat de la MSP assure la prise de rendez-vous (0,2 ETP financé)."),
          P("2.3 Circuits d'adressage", st_h2),
          P("Les personnes sont adressées par six voies principales. À la fermeture du poste d'urgence, la CUMP a "
            "transmis la liste des 178 personnes qui avaient accepté d'être recontactées ; toutes ont été rappelées "
            "par le CRP dans les trois semaines. Les médecins généralistes du secteur ont reçu en juin un courrier "
            "présentant un circuit d'adressage simplifié. La cellule de veille post-crue (CVPC) du CLSM, les "
            "cellules d'écoute des deux collèges et le point ressources et information des sinistrés (PRIS) "
            "orientent également. Enfin, une part des personnes vient d'elle-même, souvent sur le conseil d'un "
            "voisin."),
          P("2.4 Principes d'intervention", st_h2),
          P("L'équipe s'est donné quelques règles simples. Toute personne orientée est contactée par téléphone dans "
            "les 72 heures ouvrées ; si elle ne répond pas, un second appel est passé, puis un courrier est envoyé. "
            "Le premier entretien n'oblige jamais à raconter l'événement : il sert à évaluer les symptômes, le "
            "retentissement et les ressources de la personne, et à expliquer ce qu'est une réaction normale à un "
            "événement anormal. Pour les enfants, les parents sont reçus au premier rendez-vous, et des consultations "
            "conjointes parent-enfant sont proposées dès que l'angoisse de l'un entretient celle de l'autre."),
          P("Enfin, le CRP a choisi de ne pas limiter la consultation aux habitants des quartiers prioritaires : "
            "toute personne touchée par la crue à Verlaincourt peut y être reçue, y compris les intervenants de "
            "secours et les agents municipaux mobilisés pendant la crise."),
          CondPageBreak(6 * cm),

          P("3. Activité de juin 2025 à février 2026", st_h1),
          P("3.1 Personnes reçues et consultations", st_h2),
          P("Sur les neuf premiers mois, la consultation a reçu 282 nouvelles personnes<super>2</super> et réalisé "
            "1 551 consultations, soit en moyenne 5,5 consultations par personne. La consultation a été fermée du "
            "4 au 22 août 2025, ce qui explique le creux de l'été."), FootMark(2),
          KeepTogether([Spacer(1, 3), table_activite(), Spacer(1, 2),
                        P("Tableau 1 — Activité de la consultation avancée par trimestre (source : dossiers du CRP).",
                          st_small)]),
          Spacer(1, 5),
          P("Le délai moyen avant le premier rendez-vous s'est établi à 8,9 jours sur l'ensemble de la période. Il "
            "est remonté en décembre pour les enfants, faute de psychologue pour les mineurs pendant six semaines. "
            "Les premiers signes d'une nouvelle tension apparaissent fin février : la liste d'attente des mineurs "
            "s'allonge à l'approche de la date anniversaire."),
          P("3.2 Profil des personnes reçues", st_h2),
          P("Les personnes reçues sont à 62 % des femmes ; l'âge médian des adultes est de 44 ans. Les mineurs "
            "représentent 31 % des nouvelles personnes (87 sur 282), dont une majorité de collégiens. Au total, 71 % "
            "des personnes reçues habitent l'un des deux quartiers prioritaires. Un recours à l'interprète a été "
            "nécessaire pour 18 % d'entre elles, principalement en turc et en arabe."),
          P("3.3 Origine des orientations", st_h2),
          P("La CUMP reste la première source d'adressage (31 %), devant les médecins généralistes (22 %), la CVPC "
            "(14 %), les collèges (13 %) et les venues spontanées (12 %). Les autres orientations (8 %) viennent du "
            "PRIS, du CCAS et du bailleur Ornelle Habitat."),
          chart_origine(),
          P("3.4 Évolution mensuelle", st_h2),
          P("Le nombre de nouvelles personnes reçues chaque mois a diminué après l'été, sans jamais descendre sous "
            "la vingtaine. Le tableau 2 détaille l'évolution mois par mois ; il montre une reprise en septembre, "
            "liée à la rentrée scolaire et aux orientations des collèges, puis une légère remontée en janvier."),
          KeepTogether([table_mensuelle(), Spacer(1, 2),
                        P("Tableau 2 — Nouvelles personnes reçues et délai moyen avant le premier rendez-vous, par "
                          "mois.", st_small)]), Spacer(1, 4),

          P("4. Dépistage et évolution clinique", st_h1),
          P("4.1 Dépistage du TSPT chez les adultes", st_h2),
          P("Le CRP a proposé un dépistage systématique par la PCL-5<super>3</super> à tous les adultes reçus en "
            "consultation, et lors de permanences au PRIS et dans les maisons de quartier."), FootMark(3),
          P("Entre juin 2025 et février 2026, 412 adultes ont rempli le questionnaire : 195 en consultation et 217 "
            "lors des permanences. Parmi eux, 119, soit 29 %, obtiennent un score supérieur ou égal à 33, évocateur "
            "d'un trouble de stress post-traumatique. Cette proportion atteint 34 % chez les habitants des quartiers "
            "prioritaires, contre 21 % chez les autres habitants<super>4</super>."), FootMark(4),
          P("Chez les enfants, le dépistage repose sur l'entretien clinique avec l'enfant et ses parents. Les "
            "troubles du sommeil, la peur de la pluie, l'angoisse de séparation et la baisse des résultats "
            "scolaires sont les motifs les plus fréquents ; chez les plus jeunes, les régressions (énurésie, refus "
            "de dormir seul) dominent."),
          P("4.2 Prises en charge", st_h2),
          P("Deux traitements recommandés sont proposés aux personnes présentant un TSPT : l'EMDR, débutée chez 64 "
            "patients, et la thérapie cognitive et comportementale centrée sur le trauma, chez 38 patients. Les autres "
            "personnes bénéficient d'un suivi de soutien de quelques séances, souvent suffisant lorsque les troubles "
            "sont récents. Dix-neuf patients présentant des troubles psychiatriques antérieurs à la crue ont été "
            "orientés vers le centre médico-psychologique (CMP) de secteur ; deux hospitalisations ont été "
            "nécessaires."),
          P("Une prise en charge EMDR comprend en moyenne dix séances, précédées d'une phase de préparation "
            "qui permet au patient d'apprendre à se mettre en sécurité lorsque les souvenirs deviennent envahissants. "
            "La thérapie cognitive et comportementale centrée sur le trauma a été préférée pour les adolescents et "
            "pour les adultes qui redoutaient la technique des mouvements oculaires. Chez les jeunes enfants, le "
            "travail passe par le jeu et le dessin, en présence d'un parent."),
          P("4.3 Évolution", st_h2),
          P("Parmi les patients traités, 71 ont pu être réévalués trois mois après le début de la prise en charge. "
            "Leur score moyen à la PCL-5 est passé de 46 à 27, soit sous le seuil de 33 pour la majorité d'entre eux. "
            "Ces résultats, obtenus sans groupe témoin, doivent être lus avec prudence, mais ils sont cohérents avec "
            "ceux de la littérature sur les prises en charge précoces."),
          P("4.4 Ce que disent les patients", st_h2),
          P("<i>« Je ne traversais plus le pont de la Halle, je faisais un détour de vingt minutes pour aller "
            "travailler. Aujourd'hui je le traverse, je regarde l'eau, et ça va. »</i> (homme, 52 ans, Prés-Bas)"),
          P("<i>« Ma fille refaisait pipi au lit et je croyais que c'était de ma faute. La psychologue m'a expliqué "
            "que c'était une réaction à la peur. On est venues ensemble. »</i> (mère de deux enfants, "
            "Écluse-Faubourg)"),
          P("<i>« Je suis venue pour les papiers de l'assurance et la dame du PRIS m'a demandé comment je dormais. "
            "Personne ne me l'avait demandé. »</i> (femme, 67 ans, Prés-Bas)"),

          P("5. Le travail en réseau", st_h1),
          P("5.1 La cellule de veille post-crue", st_h2),
          P("Créée par le CLSM le 24 avril 2025, la CVPC réunit autour de la coordinatrice du CLSM, Nadège Bellamy, "
            "les principaux acteurs du territoire. Au 28 février 2026, elle avait examiné 77 situations "
            "préoccupantes. Le CRP y participe à chaque réunion ; cette présence permet de décider rapidement qui "
            "va vers la personne, et d'éviter que plusieurs intervenants ne la sollicitent en même temps."),
          P("5.2 Les groupes de parole", st_h2),
          P("Deux groupes de parole ont été ouverts le 16 septembre 2025 : le mardi soir à la maison de quartier des "
            "Prés-Bas et le jeudi après-midi au centre social de l'Écluse-Faubourg. Chacun est co-animé par un "
            "psychologue du CRP et un membre de l'Association des sinistrés de l'Ornelle. Deux cycles de huit "
            "séances hebdomadaires ont eu lieu, le second s'achevant le 5 février 2026. Ils ont réuni 37 "
            "participants différents, dont seulement 8 hommes ; l'assiduité moyenne a été de 71 %. Les participants "
            "citent surtout le fait de « ne plus se sentir seul » et l'exemple des pairs."),
          P("5.3 La formation des sentinelles", st_h2),
          P("Avec le CLSM, le CRP co-anime la formation des sentinelles : une journée de sept heures destinée aux "
            "gardiens, animateurs, commerçants, aides à domicile et bénévoles. Au 28 février 2026, 55 sentinelles "
            "avaient été formées en quatre sessions. Un temps d'échange trimestriel leur permet de déposer ce "
            "qu'elles entendent et d'ajuster leurs pratiques."),
          P("5.4 Les médecins généralistes et les collèges", st_h2),
          P("Une soirée de formation au repérage du psychotraumatisme a réuni 17 médecins généralistes le 18 "
            "novembre 2025. Dans les collèges, les cellules d'écoute ouvertes le 28 avril 2025 ont orienté 37 élèves "
            "vers le CRP avant l'été ; une permanence hebdomadaire a été maintenue jusqu'aux vacances d'hiver. Les "
            "écoles élémentaires, en revanche, n'ont pas bénéficié d'un dispositif de repérage comparable."),
          P("5.5 La ligne d'écoute et le PRIS", st_h2),
          P("La ligne d'écoute post-crue, tenue par l'association A2V, a reçu 2 142 appels entre le 17 avril 2025 et "
            "le 28 février 2026. Ses écoutants orientent vers la consultation les appelants dont la détresse persiste ; "
            "un psychologue d'astreinte peut les rappeler le jour même. Au PRIS, le guichet unique ouvert le 22 avril "
            "2025 place de la Filature, le CRP a tenu une permanence mensuelle de dépistage ; c'est là qu'ont été "
            "remplis plus de la moitié des questionnaires PCL-5."),

          P("6. Difficultés rencontrées", st_h1),
          P("<b>Continuité pour les enfants.</b> L'absence de psychologue pour les mineurs entre le 1er décembre et "
            "le 15 janvier a fait remonter les délais et conduit à reporter une vingtaine de premiers rendez-vous. "
            "Un seul poste à 0,5 ETP ne permet pas d'absorber une hausse de la demande."),
          P("<b>Barrière de la langue.</b> Une partie importante des familles des Prés-Bas est turcophone ou "
            "arabophone. Le CRP refuse de conduire une thérapie du trauma en faisant traduire un enfant ; il a donc "
            "eu recours à l'interprétariat professionnel pour 41 consultations<super>5</super>."), FootMark(5),
          P("<b>Réticence à consulter.</b> L'idée d'« aller chez le psy » reste un frein, en particulier chez les "
            "hommes et chez les personnes âgées. Les permanences au PRIS, où les habitants venaient d'abord pour "
            "leurs démarches d'assurance, ont été une porte d'entrée décisive."),
          P("<b>Épuisement des intervenants de proximité.</b> Plusieurs gardiens et agents d'accueil, eux-mêmes "
            "sinistrés, ont porté une charge émotionnelle importante. Deux d'entre eux ont été reçus à la "
            "consultation."),
          P("<b>Incertitude financière.</b> Le financement de l'ARS s'achève le 31 mai 2026. Sans décision rapide, "
            "l'équipe devra cesser de prendre de nouveaux patients dès le mois d'avril pour pouvoir terminer les "
            "prises en charge en cours."),
          CondPageBreak(9 * cm),

          P("7. Coûts", st_h1),
          P("Sur les neuf premiers mois, les dépenses de la consultation avancée s'élèvent à 63 750 €, dont 81 % de "
            "frais de personnel. Rapporté aux 282 nouvelles personnes reçues, le coût moyen s'établit à environ "
            "226 € par personne accompagnée, soit 41 € par consultation. L'interprétariat a représenté 3 120 €, "
            "pris en charge sur le budget de fonctionnement du CRP et non sur le financement de l'ARS. Les locaux "
            "sont mis à disposition gratuitement par la MSP des Prés-Bas, en contrepartie d'une participation aux "
            "charges de 150 € par mois."),
          P("Ces coûts restent modestes au regard du coût d'un trouble de stress post-traumatique non soigné : "
            "arrêts de travail prolongés, décrochage scolaire, consommation d'alcool, recours répétés aux urgences. "
            "Ils ne tiennent pas compte du temps de coordination assuré par le CLSM, estimé à 0,3 ETP, ni du temps "
            "des partenaires mobilisés dans la cellule de veille."),
          P("8. Perspectives : la date anniversaire et au-delà", st_h1),
          P("L'expérience des catastrophes collectives montre qu'à l'approche de la date anniversaire, des "
            "personnes qui allaient mieux voient leurs symptômes se réactiver : cauchemars, insomnies, irritabilité, "
            "angoisse à chaque averse. Ces réactions d'anniversaire sont attendues et le plus souvent transitoires, "
            "mais elles peuvent conduire à un afflux de demandes. Le CRP prévoit d'ouvrir des créneaux "
            "supplémentaires en avril et mai 2026, sous réserve de financement."),
          P("Au-delà de l'anniversaire, trois besoins resteront à couvrir : la poursuite des traitements engagés, "
            "dont certains durent plusieurs mois ; la prise en charge des enfants, pour lesquels la demande ne "
            "faiblit pas ; et le soutien des ménages qui n'ont pas encore regagné leur logement, pour qui le retour "
            "est souvent un second moment difficile. Le CRP souhaite enfin que l'expérience de Verlaincourt serve "
            "à d'autres territoires de la région exposés au risque d'inondation."),
          P("9. Recommandations", st_h1),
          box([P("<b>Recommandations du CRP Rhin-Meuse</b>", st_box),
               P("<b>R1.</b> Prolonger la consultation avancée au moins jusqu'au 31 décembre 2026, en portant le temps "
                 "de psychologue pour les enfants de 0,5 à 1 ETP.", st_box),
               P("<b>R2.</b> Anticiper la date anniversaire du 15 avril : élargir les horaires de la ligne d'écoute en "
                 "soirée et prévoir des psychologues identifiables sur les lieux de rassemblement.", st_box),
               P("<b>R3.</b> Étendre le repérage aux écoles élémentaires en formant les enseignants des six écoles des "
                 "deux quartiers.", st_box),
               P("<b>R4.</b> Pérenniser la CVPC sous la forme d'une cellule de veille « risques collectifs » du CLSM, "
                 "inscrite au plan communal de sauvegarde.", st_box),
               P("<b>R5.</b> Inscrire au budget l'interprétariat professionnel, estimé à 6 000 € par an.", st_box),
               P("<b>R6.</b> Porter à 100 le nombre de sentinelles formées d'ici fin 2026 et proposer un format de groupe "
                 "adapté aux hommes.", st_box)]),
          Spacer(1, 6),
          P("Le CRP a déposé le 3 mars 2026 auprès de l'ARS Grand Est une demande de prolongation fondée sur ces "
            "recommandations. Le coût d'une prolongation de sept mois, de juin à décembre 2026, est estimé à "
            "60 000 €, interprétariat compris."),
          PageBreak(),

          P("Annexe 1 — Glossaire des sigles", st_h1)]
    gl = [("A2V", "Aubrette Aide aux Victimes, association qui tient la ligne d'écoute post-crue"),
          ("ARS", "agence régionale de santé"),
          ("ASO", "Association des sinistrés de l'Ornelle"),
          ("CCAS", "centre communal d'action sociale"),
          ("CLSM", "conseil local de santé mentale"),
          ("CMP", "centre médico-psychologique"),
          ("CRP", "centre régional du psychotrauma"),
          ("CUMP", "cellule d'urgence médico-psychologique, rattachée au SAMU"),
          ("CVPC", "cellule de veille post-crue, créée par le CLSM de Verlaincourt"),
          ("EMDR", "Eye Movement Desensitization and Reprocessing : désensibilisation et retraitement par les "
                   "mouvements oculaires"),
          ("ETP", "équivalent temps plein"),
          ("FIR", "fonds d'intervention régional"),
          ("LEPC", "ligne d'écoute post-crue (03 99 00 41 41)"),
          ("MSP", "maison de santé pluriprofessionnelle"),
          ("PCL-5", "PTSD Checklist for DSM-5, questionnaire de dépistage du TSPT"),
          ("PRIS", "point ressources et information des sinistrés, guichet unique ouvert le 22 avril 2025"),
          ("PsyEN", "psychologue de l'Éducation nationale"),
          ("PUMP", "poste d'urgence médico-psychologique"),
          ("QPV", "quartier prioritaire de la politique de la ville"),
          ("SAMU", "service d'aide médicale urgente"),
          ("TCC", "thérapie cognitive et comportementale"),
          ("TSPT", "trouble de stress post-traumatique (PTSD en anglais)")]
    for a, d in gl:
        s.append(P("<b>%s</b> — %s" % (a, d), st_gl))
    s += [PageBreak(), P("Annexe 2 — Calendrier du dispositif", st_h1)]
    cal = [("15 avril 2025", "pic de crue (6,12 m) ; déclenchement de la CUMP par le SAMU à 7 h 30"),
           ("17 avril 2025", "ouverture de la ligne d'écoute post-crue"),
           ("22 avril 2025", "ouverture du PRIS, 4 place de la Filature"),
           ("24 avril 2025", "création de la CVPC par le CLSM"),
           ("26 avril 2025", "fermeture du poste d'urgence médico-psychologique"),
           ("28 avril 2025", "ouverture des cellules d'écoute dans les deux collèges"),
           ("19 mai 2025", "lettre de mission de l'ARS Grand Est au CRP"),
           ("2 juin 2025", "ouverture de la consultation avancée à la MSP des Prés-Bas"),
           ("4 au 22 août 2025", "fermeture estivale de la consultation"),
           ("16 septembre 2025", "ouverture des deux groupes de parole"),
           ("14 octobre 2025", "première session de formation des sentinelles"),
           ("18 novembre 2025", "soirée de formation des médecins généralistes"),
           ("1er décembre 2025", "début de l'absence de psychologue pour les mineurs (jusqu'au 15 janvier 2026)"),
           ("22 janvier 2026", "présentation du dispositif au webinaire de Villes &amp; Santé Grand Est"),
           ("5 février 2026", "fin du second cycle des groupes de parole"),
           ("3 mars 2026", "dépôt de la demande de prolongation auprès de l'ARS"),
           ("31 mai 2026", "fin du financement actuel de l'ARS")]
    for d, t in cal:
        s.append(P("<b>%s</b> : %s" % (d, t), st_gl))
    s += [CondPageBreak(8 * cm), P("Annexe 3 — Méthode et personnes rencontrées", st_h1),
          P("Le rapport s'appuie sur les données anonymisées des dossiers du CRP (activité, délais, scores PCL-5), "
            "sur les comptes rendus de la CVPC et sur onze entretiens menés en février 2026 par Mathieu Ringeisen "
            "avec des partenaires et des habitants. Les chiffres de la ligne d'écoute et des cellules d'écoute des "
            "collèges ont été fournis par A2V et par l'Éducation nationale."),
          P("Personnes rencontrées : Nadège Bellamy, coordinatrice du CLSM ; Sylvie Kieffer, adjointe au maire "
            "chargée de la santé et des solidarités ; Amandine Roth, infirmière coordinatrice de la CUMP de "
            "l'Aubrette ; Patricia Lhuillier, directrice du CCAS ; Laurent Gérardin, Ornelle Habitat ; Farida "
            "Mansouri, A2V ; Gérard Munier, président de l'ASO ; deux infirmières scolaires ; deux médecins "
            "généralistes de la MSP ; une participante des groupes de parole."),
          P("Contact : crp-rhin-meuse@chu-rhin-meuse.example — secrétariat de la consultation : 03 99 00 41 20.",
            st_small)]
    return s


def main():
    doc = Doc(OUT)
    doc.build(story())
    from pypdf import PdfReader
    n = len(PdfReader(OUT).pages)
    print("écrit :", OUT, "| pages :", n, "| notes :", sorted(_marks))
    if n != N_PAGES:
        raise SystemExit("nombre de pages %d différent de %d" % (n, N_PAGES))


if __name__ == "__main__":
    main()
