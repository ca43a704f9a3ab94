# -*- coding: utf-8 -*-
"""Génère le rapport d'activité 2025 de la cellule de concertation des situations complexes du CLSM de
Bréville-sur-Arbonne, PDF de 5 pages (reportlab platypus).

Mise en page voulue : page 1 de couverture (bandeau, titre, encadré de diffusion, sans en-tête courant) ; page 2
avec sommaire (points de conduite et numéros de page) puis section 1 ; sections numérotées « 1. », « 1.1 » ;
tableau 1 des situations par motif 2024 / 2025 avec ligne de total ; tableau 2 des séances qui court de la page 3
à la page 4 avec en-tête répété ; tableau 3 des issues avec total ; notes de bas de page appelées en exposant et
imprimées en bas de page, dont le contenu n'est écrit nulle part ailleurs ; en-tête et pied courants
(« page n / 5 ») à partir de la page 2.

Tout est inventé (ville, département, organismes, personnes, chiffres, numéros en 03 99 00, domaines .example).
"""
import os

from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-12_clsm-breville_rapport-activite-cellule-2025.pdf")

FD = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FD, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SansB", os.path.join(FD, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("SansI", os.path.join(FD, "LiberationSans-Italic.ttf")))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="SansB", italic="SansI", boldItalic="SansB")

NAVY = HexColor("#1F4E5F")
TEAL = HexColor("#2E7D86")
LIGHT = HexColor("#E3F0F2")
GREY = HexColor("#5F6B73")
N_PAGES = 5
W, H = A4
M = 2 * cm
NOTE_ZONE = 2.6 * cm

st_body = ParagraphStyle("body", fontName="Sans", fontSize=9.6, leading=12.8, alignment=TA_JUSTIFY, spaceAfter=5)
st_h1 = ParagraphStyle("h1", fontName="SansB", fontSize=13.5, leading=17, textColor=NAVY, spaceBefore=8,
                       spaceAfter=5)
st_h2 = ParagraphStyle("h2", fontName="SansB", fontSize=10.8, leading=13.5, textColor=TEAL, spaceBefore=5,
                       spaceAfter=3)
st_cap = ParagraphStyle("cap", fontName="SansB", fontSize=9, leading=11.5, textColor=NAVY, spaceBefore=5,
                        spaceAfter=3)
st_cell = ParagraphStyle("cell", fontName="Sans", fontSize=8.6, leading=10.4)
st_cellb = ParagraphStyle("cellb", fontName="SansB", fontSize=8.6, leading=10.4)
st_toc = ParagraphStyle("toc", fontName="Sans", fontSize=10, leading=15)
st_toc2 = ParagraphStyle("toc2", parent=st_toc, leftIndent=14, fontSize=9.4)
st_bullet = ParagraphStyle("bullet", parent=st_body, leftIndent=12, bulletIndent=2, spaceAfter=2)
st_sign = ParagraphStyle("sign", fontName="SansI", fontSize=9.6, leading=12.8, spaceBefore=8, alignment=TA_RIGHT)

NOTES = {
    2: ["1. Charte de confidentialité, version 2, adoptée en séance plénière du CLSM le 20 mars 2025 ; elle a ouvert "
        "la cellule à Logivie Alpes et à l'ATVA."],
    3: ["2. Motif principal retenu lors du premier examen. Une situation peut relever de plusieurs motifs mais n'est "
        "comptée qu'une fois.",
        "3. Délai mesuré de la réception de la fiche complète à la séance du premier examen. Le plus long de "
        "l'année (16 jours) a été observé en septembre, après l'interruption d'août."],
    4: ["4. Dont une personne admise en SDRE après un arrêté municipal provisoire.",
        "5. Taux pour 100 000 habitants de 18 ans et plus, données 2024 de l'ARS Auvergne-Rhône-Alpes, délégation "
        "départementale du Val-d'Arbonne ; les données 2025 ne seront pas disponibles avant l'automne 2026."],
    5: ["6. Note moyenne sur 5 au questionnaire de fin de formation, rempli par 25 des 26 stagiaires de 2025."],
}


def on_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    if n == 1:
        canv.setFillColor(NAVY)
        canv.rect(0, H - 5 * cm, W, 5 * cm, stroke=0, fill=1)
        canv.setFillColor(TEAL)
        canv.rect(0, H - 5.35 * cm, W, 0.35 * cm, stroke=0, fill=1)
        canv.setFillColor(white)
        canv.setFont("SansB", 13)
        canv.drawString(M, H - 2.2 * cm, "CLSM · Bréville-sur-Arbonne")
        canv.setFont("Sans", 9.5)
        canv.drawString(M, H - 2.8 * cm, "Conseil local de santé mentale — santé mentale & citoyenneté")
        canv.restoreState()
        return
    canv.setFont("Sans", 7.8)
    canv.setFillColor(GREY)
    canv.drawString(M, H - 1.2 * cm, "CLSM de Bréville-sur-Arbonne — Rapport d'activité 2025 de la cellule de "
                                     "concertation des situations complexes")
    canv.setStrokeColor(TEAL)
    canv.setLineWidth(0.6)
    canv.line(M, H - 1.35 * cm, W - M, H - 1.35 * cm)
    notes = NOTES.get(n)
    if notes:
        y = M + NOTE_ZONE - 0.35 * cm
        canv.setStrokeColor(black)
        canv.setLineWidth(0.4)
        canv.line(M, y + 0.2 * cm, M + 5 * cm, y + 0.2 * cm)
        for note in notes:
            p = Paragraph(note, ParagraphStyle("fn", fontName="Sans", fontSize=7.3, leading=8.8))
            w, h = p.wrap(W - 2 * M, NOTE_ZONE)
            p.drawOn(canv, M, y - h)
            y -= h + 2
    canv.setFont("Sans", 7.8)
    canv.setFillColor(GREY)
    canv.drawString(M, 1.1 * cm, "CLSM de Bréville-sur-Arbonne · hôtel de ville, 1 place de la République · "
                                 "03 99 00 41 27 · clsm@breville-sur-arbonne.example")
    canv.drawRightString(W - M, 1.1 * cm, "page %d / %d" % (n, N_PAGES))
    canv.restoreState()


doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                      title="Rapport d'activité 2025 — cellule de concertation des situations complexes",
                      author="CLSM de Bréville-sur-Arbonne", creator="Microsoft Word pour Microsoft 365",
                      subject="Rapport d'activité 2025 de la cellule de concertation des situations complexes")
cover_frame = Frame(M, M, W - 2 * M, H - 2 * M - 4.2 * cm, id="cover")
body_frame = Frame(M, M + NOTE_ZONE, W - 2 * M, H - 2 * M - 0.3 * cm - NOTE_ZONE, id="body")
doc.addPageTemplates([PageTemplate(id="cover", frames=[cover_frame], onPage=on_page),
                      PageTemplate(id="body", frames=[body_frame], onPage=on_page)])


def P(t, s=st_body):
    return Paragraph(t, s)


def sup(n):
    return "<super>%d</super>" % n


def bullets(items):
    return [Paragraph(t, st_bullet, bulletText="•") for t in items]


def table(rows, widths, total=True):
    data = []
    for i, r in enumerate(rows):
        if i == 0:
            data.append([Paragraph('<font color="white">%s</font>' % c, st_cellb) for c in r])
        else:
            bold = total and i == len(rows) - 1
            data.append([Paragraph(str(c), st_cellb if bold else st_cell) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [("BACKGROUND", (0, 0), (-1, 0), NAVY), ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#9FC1C7")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ROWBACKGROUNDS", (0, 1), (-1, -2 if total else -1), [white, LIGHT])]
    if total:
        style += [("BACKGROUND", (0, -1), (-1, -1), HexColor("#CFE3E6")), ("LINEABOVE", (0, -1), (-1, -1), 1.1, NAVY)]
    t.setStyle(TableStyle(style))
    return t


story = []
# ------------------------------------------------------------------ page 1 : couverture
st_ct = ParagraphStyle("ct", fontName="SansB", fontSize=26, leading=31, textColor=NAVY)
st_cs = ParagraphStyle("cs", fontName="Sans", fontSize=16, leading=21, textColor=TEAL)
story += [Spacer(1, 3.0 * cm), P("Rapport d'activité 2025", st_ct), Spacer(1, 0.3 * cm),
          P("Cellule de concertation des situations complexes", st_cs),
          P("Conseil local de santé mentale de Bréville-sur-Arbonne (Val-d'Arbonne)", st_cs),
          Spacer(1, 1.2 * cm)]
box = Table([[P("<b>Document de travail.</b> Diffusion : membres de la cellule, comité de pilotage du CLSM, ARS "
                "Auvergne-Rhône-Alpes (délégation départementale du Val-d'Arbonne), services de l'État au titre du "
                "contrat de ville. Aucune donnée nominative ne figure dans ce rapport.")]],
            colWidths=[W - 2 * M - 2 * cm])
box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
                         ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                         ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
story += [box, Spacer(1, 7.5 * cm),
          P("Rédaction : Maëlle Rochas, coordinatrice du CLSM, avec les membres de la cellule.", st_body),
          P("Présenté au comité de pilotage du CLSM le 12 mars 2026.", st_body),
          NextPageTemplate("body"), PageBreak()]

# ------------------------------------------------------------------ page 2 : sommaire + 1.
TOC = [("1. La cellule en quelques mots", 2, 0), ("1.1 Missions et fonctionnement", 2, 1),
       ("1.2 Composition et participation", 2, 1), ("2. L'activité en 2025", 3, 0), ("2.1 Les saisines", 3, 1),
       ("2.2 Les personnes concernées", 3, 1), ("2.3 Les séances", 3, 1),
       ("3. Que deviennent les situations ?", 4, 0), ("3.1 Les issues des situations clôturées", 4, 1),
       ("3.2 Soins sans consentement et arrêtés du maire", 4, 1),
       ("4. Former les personnels de proximité des bailleurs", 5, 0), ("5. Perspectives 2026", 5, 0)]
story.append(P("Sommaire", st_h1))
toc_rows = [[P(t, st_toc2 if lvl else st_toc), P(str(pg), ParagraphStyle("tr", parent=st_toc, alignment=TA_RIGHT))]
            for t, pg, lvl in TOC]
toc = Table(toc_rows, colWidths=[W - 2 * M - 2 * cm, 2 * cm])
toc.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, HexColor("#C9DADD")),
                         ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
story += [toc, Spacer(1, 0.4 * cm),
          P("1. La cellule en quelques mots", st_h1), P("1.1 Missions et fonctionnement", st_h2),
          P("Créée en septembre 2022 au sein du conseil local de santé mentale (CLSM), la cellule de concertation des "
            "situations complexes réunit chaque mois les professionnels de dix institutions pour examiner la "
            "situation d'habitants en grande difficulté psychique et sociale, lorsque aucune institution ne peut, "
            "seule, trouver une réponse. Elle ne traite pas les urgences et ne prend aucune décision à la place de "
            "ses membres : elle construit un plan d'action, désigne un référent de parcours et suit la situation "
            "jusqu'à sa clôture."),
          P("En 2025, la cellule s'est réunie le troisième jeudi de chaque mois, de 9 h 30 à 12 h, à la maison des "
            "solidarités des Tilleuls, sauf en août, soit 11 séances. Le partage d'informations y est encadré par "
            "une charte de confidentialité" + sup(1) + " signée par toutes les institutions membres. La "
            "coordinatrice du CLSM y consacre un mi-temps."),
          P("1.2 Composition et participation", st_h2),
          P("Les membres permanents sont le CCAS, le service communal d'hygiène et de santé (SCHS), la police "
            "municipale, les bailleurs Arbonne Habitat et Logivie Alpes, le CMP Les Glycines (secteur de psychiatrie "
            "adulte Bréville-Nord du centre hospitalier Les Ormeaux), la maison départementale des solidarités (MDS), "
            "l'Association tutélaire du Val-d'Arbonne (ATVA) et la maison de santé pluriprofessionnelle (MSP) des "
            "Tilleuls. Yanis Ferrand, infirmier en pratique avancée au CMP, représente le secteur psychiatrique à "
            "chaque séance ; le Dr Hélène Marchetti, cheffe de pôle, vient une fois par trimestre."),
          P("La participation reste élevée : 11,4 participants et 8,4 institutions en moyenne par séance. Le CCAS et "
            "Arbonne Habitat ont assisté à toutes les séances, le CMP et le SCHS à 10, la MDS et Logivie Alpes à 9, "
            "la police municipale à 8, l'ATVA à 7 et la MSP des Tilleuls à 6. La MSP souhaite une séance en fin de "
            "journée une fois par trimestre, pour permettre aux médecins généralistes d'y assister."),
          PageBreak()]

# ------------------------------------------------------------------ page 3 : 2.
story += [P("2. L'activité en 2025", st_h1), P("2.1 Les saisines", st_h2),
          P("La cellule a reçu 61 nouvelles situations en 2025, contre 52 en 2024 et 38 en 2023, soit une hausse de "
            "17 % en un an. Les bailleurs sociaux restent la première source de saisine (22 situations, dont 15 pour "
            "Arbonne Habitat et 7 pour Logivie Alpes), devant le CCAS (9), le CMP Les Glycines (8), la MSP des "
            "Tilleuls et la MDS (6 chacune), la police municipale (4), le SCHS et l'ATVA (3 chacun). L'incurie dans "
            "le logement demeure le premier motif" + sup(2) + "."),
          P("Tableau 1 — Situations présentées à la cellule selon le motif principal", st_cap),
          table([["Motif principal de saisine", "2024", "2025", "Évolution"],
                 ["Incurie dans le logement (dont syndrome de Noé)", "13", "17", "+4"],
                 ["Troubles de voisinage", "12", "14", "+2"],
                 ["Rupture de soins psychiatriques", "11", "12", "+1"],
                 ["Risque d'expulsion locative", "8", "9", "+1"],
                 ["Isolement, personne âgée vulnérable", "5", "6", "+1"],
                 ["Autres motifs (violences intrafamiliales, addictions…)", "3", "3", "="],
                 ["Total", "52", "61", "+9"]], [9.6 * cm, 2.2 * cm, 2.2 * cm, 2.6 * cm]),
          P("Le délai moyen entre la réception d'une fiche complète et le premier examen a été ramené à 11 jours, "
            "contre 18 jours en 2024" + sup(3) + ", grâce au passage du délai de dépôt de dix à sept jours au "
            "1er juillet 2025 et à la limite de six nouvelles situations par séance."),
          P("2.2 Les personnes concernées", st_h2),
          P("Les 61 situations concernent 68 personnes (une situation correspond à un ménage). 35 situations, soit "
            "57 %, concernent un habitant d'un quartier prioritaire : 23 aux Tilleuls et 12 à Champ-Fleuri. 62 % "
            "des personnes vivent seules, 34 % ont 60 ans ou plus et 19 % bénéficiaient déjà d'une mesure de "
            "protection juridique au moment de la saisine. Six situations ont été présentées en examen sans nom, "
            "la personne ayant refusé d'être identifiée (sept en 2024)."),
          P("2.3 Les séances", st_h2),
          P("Tableau 2 — Activité de chaque séance en 2025", st_cap),
          table([["Séance", "Nouvelles situations", "Situations examinées", "Clôturées", "Présents",
                  "Fait marquant"],
                 ["16 janvier", "5", "14", "3", "11", "Présentation du bilan 2024 aux membres"],
                 ["20 février", "6", "15", "4", "12", "Première visite conjointe SCHS, bailleur et CMP de l'année"],
                 ["20 mars", "4", "13", "5", "10", "Charte version 2 adoptée le jour même en plénière ; arrivée de "
                                                   "Logivie Alpes et de l'ATVA"],
                 ["17 avril", "7", "16", "3", "13", "Plus grand nombre de nouvelles situations du premier semestre"],
                 ["15 mai", "5", "15", "4", "12", "Intervention de la DDPP sur les situations d'animaux en nombre"],
                 ["19 juin", "6", "17", "6", "11", "Six clôtures, dont deux relogements"],
                 ["17 juillet", "4", "12", "5", "9", "Séance réduite en période de congés"],
                 ["18 septembre", "8", "18", "3", "13", "Huit nouvelles situations après la pause d'août"],
                 ["16 octobre", "6", "16", "4", "12", "Point d'étape sur la formation des gardiens"],
                 ["20 novembre", "5", "15", "5", "12", "Retour sur le webinaire régional du 13 novembre"],
                 ["18 décembre", "5", "14", "5", "10", "Bilan de l'année et calendrier 2026"],
                 ["Total 2025", "61", "165", "47", "11,4 en moyenne", "11 séances"]],
                [2.4 * cm, 2.1 * cm, 2.2 * cm, 2.0 * cm, 1.8 * cm, 6.5 * cm]),
          Spacer(1, 0.3 * cm)]

# ------------------------------------------------------------------ page 4 : 3.
story += [P("3. Que deviennent les situations ?", st_h1), P("3.1 Les issues des situations clôturées", st_h2),
          P("47 situations ont été clôturées en 2025 (44 en 2024). Au 31 décembre 2025, 36 situations restaient en "
            "cours, contre 22 un an plus tôt. La durée médiane d'accompagnement par la cellule est de 4,5 mois."),
          P("Tableau 3 — Issue principale des 47 situations clôturées en 2025", st_cap),
          table([["Issue principale", "Situations", "Part"],
                 ["Accès ou reprise de soins (CMP, médecin traitant, addictologie)", "16", "34 %"],
                 ["Maintien dans le logement avec un accompagnement", "11", "23 %"],
                 ["Ouverture d'une mesure de protection juridique", "6", "13 %"],
                 ["Relogement ou mutation", "5", "11 %"],
                 ["Soins psychiatriques sans consentement" + sup(4), "4", "9 %"],
                 ["Sans solution : refus persistant, perdu de vue ou départ de la commune", "5", "11 %"],
                 ["Total", "47", "100 %"]], [11.0 * cm, 2.6 * cm, 2.6 * cm]),
          P("3.2 Soins sans consentement et arrêtés du maire", st_h2),
          P("Quatre situations se sont conclues par des soins sans consentement : deux admissions en soins à la "
            "demande du représentant de l'État (SDRE), une admission à la demande d'un tiers (SDT) et une admission "
            "en cas de péril imminent (SPI). La cellule n'en a décidé aucune : elle a permis d'y préparer les "
            "équipes et de préparer la sortie."),
          P("Indépendamment de la cellule, le maire et ses adjoints d'astreinte ont pris 7 arrêtés municipaux "
            "provisoires en 2025, contre 9 en 2024 et 11 en 2023. Six ont été suivis d'un arrêté préfectoral "
            "d'admission en SDRE ; le septième est devenu caduc au bout de 48 heures. Trois des sept personnes "
            "concernées étaient connues de la cellule. Le Val-d'Arbonne compte 41 admissions en SDRE pour 100 000 "
            "habitants adultes, contre 33 en Auvergne-Rhône-Alpes et 36 en France" + sup(5) + "."),
          PageBreak()]

# ------------------------------------------------------------------ page 5 : 4. et 5.
story += [P("4. Former les personnels de proximité des bailleurs", st_h1),
          P("La formation de deux jours « Repérer et réagir face aux troubles psychiques dans le logement », animée "
            "par un infirmier du CMP Les Glycines et la coordinatrice du CLSM, a réuni 26 agents en 2025 en trois "
            "sessions au centre social de Champ-Fleuri : 9 agents les 13 et 14 mars, 8 les 12 et 13 juin, 9 les 27 "
            "et 28 novembre. Ils se répartissent à parts égales entre Arbonne Habitat (13) et Logivie Alpes (13). "
            "Avec les 18 agents d'Arbonne Habitat formés en 2024, 44 gardiens et chargés de clientèle ont suivi la "
            "formation. La satisfaction moyenne atteint 4,6 sur 5" + sup(6) + "."),
          P("La formation est gratuite pour les bailleurs, qui libèrent leurs agents sur le temps de travail ; elle "
            "est financée par le contrat de ville à hauteur de 6 400 € par an. Les gardiens formés ont présenté 9 "
            "des 22 situations venues des bailleurs en 2025."),
          P("5. Perspectives 2026", st_h1),
          *bullets(["Nouveau rythme : à partir du mardi 3 mars 2026, la cellule se réunit le premier mardi du mois, "
                    "de 14 h à 16 h 30, à la mairie annexe de Champ-Fleuri, pour permettre aux médecins "
                    "généralistes d'y assister plus facilement.",
                    "Délai : ne pas dépasser 10 jours en moyenne entre la fiche de saisine et le premier examen.",
                    "Saisine : un formulaire en ligne sécurisé remplacera la fiche Word en septembre 2026.",
                    "Formation : 30 agents à former en 2026, en ouvrant les sessions aux agents d'accueil du CCAS "
                    "(19-20 mars, 11-12 juin, 26-27 novembre).",
                    "Soins : arrivée d'un second psychiatre au CMP Les Glycines en mai 2026, pour réduire le délai "
                    "d'un premier rendez-vous, de 10 semaines en janvier 2026."]),
          P("Maëlle Rochas, coordinatrice du CLSM — Bernard Oudin, adjoint au maire chargé de la santé et des "
            "solidarités, vice-président du CLSM", st_sign)]

doc.build(story)
print("écrit :", OUT)
