# -*- coding: utf-8 -*-
"""Rapport d'activité 2025 de la cellule pluridisciplinaire de prévention du mal-être agricole de la MSA Sévrane,
en PDF A4 portrait de 6 pages (reportlab platypus).

Tout est fictif. Forme : en-tête courant, pied « Page n / 6 », page de titre avec sommaire, sections numérotées
1 à 6 et sous-sections 2.1…, un tableau des indicateurs 2024 / 2025 avec évolution, un tableau de la répartition
des sentinelles, notes de bas de page appelées en exposant et imprimées sous un filet en bas de leur page (chaque
page est fermée par un saut de page explicite pour que les notes tombent sur la bonne page), recommandations
numérotées 1 à 6, annexe des sigles.
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-05_msa-sevrane_rapport-cellule-prevention-2025.pdf")

FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", FONTS + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", FONTS + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SerifI", FONTS + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Sans", FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", FONTS + "DejaVuSans-Bold.ttf"))
registerFontFamily("Serif", normal="Serif", bold="SerifB", italic="SerifI", boldItalic="SerifB")

GREEN = colors.HexColor("#2f5d34")
BODY = ParagraphStyle("body", fontName="Serif", fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=4)
H1 = ParagraphStyle("h1", fontName="SansB", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6, textColor=GREEN)
H2 = ParagraphStyle("h2", fontName="SansB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
TITLE = ParagraphStyle("title", fontName="SansB", fontSize=21, leading=27, spaceAfter=10, textColor=GREEN)
SUB = ParagraphStyle("sub", fontName="Sans", fontSize=12, leading=16, spaceAfter=6)
CELL = ParagraphStyle("cell", fontName="Sans", fontSize=9, leading=11)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="SansB")
NOTE = ParagraphStyle("note", fontName="Serif", fontSize=7.5, leading=9.5)

HEADER = "MSA Sévrane — Cellule pluridisciplinaire de prévention du mal-être agricole — Rapport d'activité 2025"

# Notes de bas de page par page (numéro de page -> liste de (numéro, texte)).
NOTES = {
    2: [(1, "Un signalement est toute situation d'un exploitant, d'un salarié agricole ou d'un membre de sa famille "
            "transmise à la cellule, par quelque canal que ce soit. Une même personne peut faire l'objet de "
            "plusieurs signalements ; elle n'est alors comptée qu'une fois parmi les personnes accompagnées."),
        (2, "L'aide au répit finance le remplacement de l'exploitant sur son exploitation, jusqu'à 10 jours, pour "
            "lui permettre de souffler ; le service de remplacement en assure l'organisation."),
        (3, "Chiffres arrêtés au 31 janvier 2026 ; les données 2024 ont été consolidées et diffèrent légèrement du "
            "précédent rapport.")],
    3: [(4, "Une sentinelle est une personne en contact régulier avec les agriculteurs dans le cadre de son "
            "métier, formée à repérer les signes de souffrance psychique et à orienter vers la cellule. Elle n'est "
            "ni soignante ni chargée d'un suivi.")],
    4: [(5, "Le Pays de Vernadou compte 24 communes et 17 850 habitants ; son CLSM intercommunal coordonne le Bus "
            "Santé et la télépsychiatrie avec le CMP de Montcabrel.")],
}


def on_page(canvas, doc):
    canvas.saveState()
    w, h = A4
    page = canvas.getPageNumber()
    if page > 1:
        canvas.setFont("Sans", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(2 * cm, h - 1.3 * cm, HEADER)
        canvas.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
    canvas.setFont("Sans", 8)
    canvas.drawRightString(w - 2 * cm, 1.1 * cm, "Page %d / 6" % page)
    notes = NOTES.get(page)
    if notes:
        y = 1.8 * cm
        paras = []
        for num, text in notes:
            p = Paragraph("<super>%d</super> %s" % (num, text), NOTE)
            _, ph = p.wrap(w - 4 * cm, 5 * cm)
            paras.append((p, ph))
        total = sum(ph for _, ph in paras) + 4 * (len(paras) - 1)
        top = y + total + 6
        canvas.line(2 * cm, top, 7 * cm, top)
        cur = top - 4
        for p, ph in paras:
            p.drawOn(canvas, 2 * cm, cur - ph)
            cur -= ph + 4
    canvas.restoreState()


def P(text, style=BODY):
    return Paragraph(text, style)


def table(rows, widths, bold_last=False):
    data = [[Paragraph(c, CELLB if (r == 0 or (bold_last and r == len(rows) - 1)) else CELL) for c in row]
            for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9dc")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def story():
    s = []
    # Page 1 : titre et sommaire
    s += [Spacer(1, 2.5 * cm),
          P("MSA Sévrane", SUB),
          P("Cellule pluridisciplinaire de prévention du mal-être agricole", TITLE),
          P("Rapport d'activité 2025", TITLE),
          P("Service de l'action sanitaire et sociale — présenté au conseil d'administration du 5 mars 2026", SUB),
          Spacer(1, 1 * cm),
          P("<b>Sommaire</b>", H2),
          P("1. La cellule et son fonctionnement"),
          P("2. L'activité en 2025"),
          P("3. Le réseau des sentinelles"),
          P("4. Les personnes accompagnées"),
          P("5. Les partenariats de territoire"),
          P("6. Recommandations pour 2026"),
          P("Annexe — Sigles"),
          Spacer(1, 1.2 * cm),
          P("<i>Rédaction : Sylvie Arnal-Cabrol, responsable du service de l'action sanitaire et sociale, "
            "coordinatrice de la cellule, avec le Dr Régis Fabre-Lacombe, médecin du travail.</i>"),
          PageBreak()]
    # Page 2 : sections 1 et 2
    s += [P("1. La cellule et son fonctionnement", H1),
          P("La cellule pluridisciplinaire de prévention (CPP) de la MSA Sévrane repère et accompagne les "
            "agriculteurs en difficulté, qu'ils soient exploitants ou salariés, ainsi que leurs familles. Elle est "
            "coordonnée par Sylvie Arnal-Cabrol et réunit des travailleurs sociaux de la MSA, le médecin du "
            "travail, une conseillère en prévention, une psychologue, la chambre d'agriculture et la direction "
            "départementale des territoires (DDT)."),
          P("Elle se réunit le deuxième mardi de chaque mois à Rodelle-sur-Sévrane, siège de la MSA, et à la "
            "demande en cas de situation urgente. Chaque situation est examinée de façon nominative par les seuls "
            "professionnels tenus au secret ; les partenaires extérieurs n'en connaissent que ce qui est "
            "nécessaire à leur action."),
          P("2. L'activité en 2025", H1),
          P("2.1 Les chiffres clés", H2),
          P("La cellule a reçu 131 signalements<super>1</super> en 2025, contre 96 en 2024, soit une hausse de "
            "36 %. Cette hausse tient d'abord aux sentinelles, à l'origine de 52 signalements contre 29 l'année "
            "précédente. Le délai moyen entre le signalement et le premier contact est passé de 6,5 jours à "
            "3,2 jours<super>3</super>."),
          table([["Indicateur", "2024", "2025", "Évolution"],
                 ["Signalements reçus", "96", "131", "+36 %"],
                 ["dont signalements par une sentinelle", "29", "52", "+79 %"],
                 ["dont demandes de l'exploitant ou de sa famille", "31", "37", "+19 %"],
                 ["Personnes accompagnées", "81", "114", "+41 %"],
                 ["Aides au répit attribuées<super>2</super>", "23", "37", "+61 %"],
                 ["Orientations vers un psychologue ou un psychiatre", "18", "31", "+72 %"],
                 ["Situations de crise suicidaire transmises au SAMU", "4", "6", "+2"],
                 ["Délai moyen signalement – premier contact", "6,5 jours", "3,2 jours", "−3,3 jours"],
                 ["Sentinelles formées (cumul au 31 décembre)", "51", "78", "+27"]],
                [8.2 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm]),
          Spacer(1, 4),
          P("<i>Tableau 1 — Indicateurs d'activité de la cellule, Sévrane, 2024 et 2025.</i>"),
          PageBreak()]
    # Page 3 : 2.2 et section 3
    s += [P("2.2 D'où viennent les signalements ?", H2),
          P("Les signalements proviennent des sentinelles (52), des exploitants eux-mêmes ou de leur famille (37), "
            "des travailleurs sociaux et des services de la MSA (24), des médecins traitants (11) et d'autres "
            "partenaires (7). Le Pays de Vernadou, qui ne représente que 8 % des exploitants du département, a "
            "fourni 35 signalements en 2025, contre 22 en 2024 : c'est l'effet direct du travail mené avec le "
            "conseil local de santé mentale intercommunal."),
          P("3. Le réseau des sentinelles", H1),
          P("Au 31 décembre 2025, 78 sentinelles<super>4</super> étaient formées dans la Sévrane, dont 19 sur le "
            "Pays de Vernadou. La formation dure une journée ; elle est animée par la psychologue de la cellule et "
            "un travailleur social. Elle apprend à reconnaître les signes d'alerte, à oser poser la question du "
            "suicide et à passer le relais à la cellule, sans jamais se substituer aux soignants."),
          table([["Métier des sentinelles", "Nombre au 31/12/2025"],
                 ["Conseillers de la chambre d'agriculture", "24"],
                 ["Vétérinaires ruraux", "17"],
                 ["Conseillers bancaires", "15"],
                 ["Techniciens de coopérative", "13"],
                 ["Élus municipaux", "9"],
                 ["Total", "78"]],
                [9 * cm, 4 * cm], bold_last=True),
          Spacer(1, 4),
          P("<i>Tableau 2 — Répartition des sentinelles par métier.</i>"),
          P("Une réunion d'échange entre sentinelles a lieu deux fois par an. Celle du 14 octobre 2025, à "
            "Varanhac, a réuni 41 sentinelles ; plusieurs ont dit leur difficulté à « rester à leur place » quand "
            "un agriculteur se confie longuement."),
          PageBreak()]
    # Page 4 : sections 4 et 5
    s += [P("4. Les personnes accompagnées", H1),
          P("Les 114 personnes accompagnées en 2025 sont à 71 % des hommes ; leur âge moyen est de 49 ans. Les "
            "éleveurs sont surreprésentés : ovins lait (34 %), bovins viande (27 %), grandes cultures (12 %), "
            "viticulture (9 %), autres productions (18 %)."),
          P("Les difficultés se cumulent : difficultés financières (58 % des situations), épuisement et charge de "
            "travail (47 %), isolement (31 %), conflits familiaux ou de transmission de l'exploitation (22 %). Une "
            "même situation peut relever de plusieurs motifs."),
          P("5. Les partenariats de territoire", H1),
          P("5.1 Le Pays de Vernadou, territoire pilote", H2),
          P("Sur le Pays de Vernadou<super>5</super>, la cellule s'appuie sur le Bus Santé, qui tourne dans les "
            "villages avec une infirmière et un psychologue, et sur les téléconsultations avec le CMP de "
            "Montcabrel. La MSA cofinance le Bus Santé à hauteur de 38 000 euros par an dans le cadre de la "
            "convention de partenariat du 20 juin 2025 et anime le groupe de travail « mal-être agricole » du "
            "CLSM intercommunal."),
          P("5.2 La ligne Terres à l'écoute", H2),
          P("La ligne d'écoute Terres à l'écoute, tenue par des bénévoles, a reçu 1 036 appels en 2025 ; 14 % "
            "venaient d'agriculteurs ou de leurs proches. Plusieurs de ces appelants ont ensuite accepté d'être "
            "rappelés par la cellule."),
          P("5.3 Les autres partenaires", H2),
          P("La chambre d'agriculture, la DDT, les banques, les coopératives et le service de remplacement "
            "participent au repérage. Les comptables des centres de gestion, qui voient les bilans se dégrader "
            "avant tout le monde, ne sont pas encore associés."),
          PageBreak()]
    # Page 5 : recommandations
    s += [P("6. Recommandations pour 2026", H1),
          P("Le conseil d'administration est invité à retenir les six recommandations suivantes."),
          P("<b>Recommandation 1.</b> Former 40 nouvelles sentinelles en 2026, en priorité parmi les comptables "
            "des centres de gestion et les vétérinaires ruraux."),
          P("<b>Recommandation 2.</b> Ramener le délai moyen entre le signalement et le premier contact sous "
            "3 jours dans tout le département."),
          P("<b>Recommandation 3.</b> Proposer le modèle du Bus Santé du Pays de Vernadou aux autres "
            "communautés de communes rurales de la Sévrane."),
          P("<b>Recommandation 4.</b> Étendre les téléconsultations psychiatriques à toutes les maisons de santé "
            "pluriprofessionnelles du département."),
          P("<b>Recommandation 5.</b> Ouvrir un groupe de parole pour les conjoints et conjointes d'exploitants, "
            "souvent les premiers à porter la détresse du foyer."),
          P("<b>Recommandation 6.</b> Pérenniser le financement de la ligne Terres à l'écoute au-delà de "
            "décembre 2026."),
          Spacer(1, 0.6 * cm),
          P("<i>Rapport adopté par le conseil d'administration de la MSA Sévrane le 5 mars 2026.</i>"),
          PageBreak()]
    # Page 6 : annexe
    s += [P("Annexe — Sigles", H1),
          table([["Sigle", "Signification"],
                 ["CLSMi", "Conseil local de santé mentale intercommunal"],
                 ["CMP", "Centre médico-psychologique"],
                 ["CPP", "Cellule pluridisciplinaire de prévention"],
                 ["DDT", "Direction départementale des territoires"],
                 ["MSA", "Mutualité sociale agricole"],
                 ["MSP", "Maison de santé pluriprofessionnelle"],
                 ["SAMU", "Service d'aide médicale urgente"]],
                [3 * cm, 11 * cm]),
          Spacer(1, 0.8 * cm),
          P("Contact : cellule de prévention, MSA Sévrane, 05 63 77 10 40, prevention@msa-sevrane.example. "
            "Agriculteur en détresse ou proche inquiet : appelez le 3114, numéro national de prévention du "
            "suicide, 24 h/24.")]
    return s


def main():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                          bottomMargin=4.2 * cm, title="Cellule de prévention du mal-être agricole — rapport 2025",
                          author="MSA Sévrane")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    doc.build(story())
    import pypdf
    n = len(pypdf.PdfReader(OUT).pages)
    print(OUT, n, "pages")
    if n != 6:
        raise SystemExit("le rapport devrait faire 6 pages")


if __name__ == "__main__":
    main()
