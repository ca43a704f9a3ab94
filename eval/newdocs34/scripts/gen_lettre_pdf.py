# -*- coding: utf-8 -*-
"""Génère « La Lettre du CLSM de Port-Ardelle » n° 7 (décembre 2025, spécial bilan des SISM 2025) en PDF
(reportlab platypus), lettre d'information / dossier de presse de deux pages.

Mise en page : bandeau de titre dessiné pleine largeur sur la première page ; édito pleine largeur en italique ;
encadré « Les SISM 2025 en chiffres » (six cases : grand nombre au-dessus du libellé) ; puis texte sur deux
colonnes ; citation dans un encadré coloré à filet latéral ; emplacement de photo grisé avec
légende ; intertitres ; liste à puces ; agenda ; en-tête courant et pied de page numéroté « page n / 2 » ;
ours (mentions de publication) en bas de la dernière colonne.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                NextPageTemplate, FrameBreak, KeepTogether)
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-12-10_clsm-port-ardelle_lettre-info-n7.pdf")

FD = "/usr/share/fonts/truetype/dejavu/"
for name, f in (("Sans", "DejaVuSans.ttf"), ("Sans-Bold", "DejaVuSans-Bold.ttf"),
                ("Sans-It", "DejaVuSans-Oblique.ttf"), ("Serif", "DejaVuSerif.ttf"),
                ("Serif-Bold", "DejaVuSerif-Bold.ttf"), ("Serif-It", "DejaVuSerif-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(name, FD + f))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-It", boldItalic="Serif-Bold")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-It", boldItalic="Sans-Bold")

TEAL = HexColor("#0b6e79")
SAND = HexColor("#f4e9d8")
CORAL = HexColor("#d9644a")
GREY = HexColor("#555555")

PW, PH = A4
ML = MR = 1.6 * cm
MT, MB = 1.8 * cm, 1.6 * cm
GUT = 0.7 * cm
COLW = (PW - ML - MR - GUT) / 2
BANNER_H = 3.2 * cm
HEADER = "La Lettre du CLSM de Port-Ardelle — n° 7 — décembre 2025"

body = ParagraphStyle("body", fontName="Serif", fontSize=8.9, leading=11.8, alignment=TA_JUSTIFY, spaceAfter=5)
edito = ParagraphStyle("edito", parent=body, fontName="Serif-It", fontSize=10, leading=13.5)
h1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=13, leading=16, textColor=TEAL, spaceBefore=6,
                    spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=10.5, leading=13, textColor=CORAL, spaceBefore=5,
                    spaceAfter=3)
bul = ParagraphStyle("bul", parent=body, leftIndent=10, bulletIndent=1, spaceAfter=2)
big = ParagraphStyle("big", fontName="Sans-Bold", fontSize=21, leading=24, textColor=TEAL, alignment=TA_CENTER)
lab = ParagraphStyle("lab", fontName="Sans", fontSize=8, leading=9.8, alignment=TA_CENTER)
boxt = ParagraphStyle("boxt", fontName="Sans-Bold", fontSize=10.5, leading=13, textColor=white,
                      alignment=TA_LEFT)
quote = ParagraphStyle("quote", fontName="Serif-It", fontSize=11, leading=15, textColor=HexColor("#7a2f1f"))
quote_src = ParagraphStyle("qsrc", fontName="Sans", fontSize=7.8, leading=10, textColor=GREY)
cap = ParagraphStyle("cap", fontName="Sans-It", fontSize=7.6, leading=9.6, textColor=GREY, spaceAfter=8)
ours = ParagraphStyle("ours", fontName="Sans", fontSize=7, leading=8.8, textColor=GREY)


def on_first(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, PH - BANNER_H, PW, BANNER_H, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Sans-Bold", 24)
    c.drawString(ML, PH - 1.45 * cm, "La Lettre du CLSM")
    c.setFont("Sans", 11)
    c.drawString(ML, PH - 2.2 * cm, "Conseil local de santé mentale de Port-Ardelle")
    c.setFont("Sans-Bold", 11)
    c.drawRightString(PW - MR, PH - 1.45 * cm, "N° 7 — décembre 2025")
    c.setFont("Sans", 9.5)
    c.drawRightString(PW - MR, PH - 2.2 * cm, "Spécial bilan des SISM 2025")
    footer(c, doc)
    c.restoreState()


def on_later(c, doc):
    c.saveState()
    c.setFont("Sans", 8)
    c.setFillColor(GREY)
    c.drawString(ML, PH - 1.1 * cm, HEADER)
    c.setStrokeColor(TEAL)
    c.line(ML, PH - 1.25 * cm, PW - MR, PH - 1.25 * cm)
    footer(c, doc)
    c.restoreState()


def footer(c, doc):
    c.setFont("Sans", 7.5)
    c.setFillColor(GREY)
    c.drawString(ML, 0.9 * cm, "clsm@port-ardelle.example · 05 99 00 41 20 · sante-mentale.port-ardelle.example")
    c.drawRightString(PW - MR, 0.9 * cm, "page %d / 2" % doc.page)


def key_figures():
    figs = [("11", "rendez-vous en deux semaines"), ("2 140", "participations au total"),
            ("14", "partenaires mobilisés"), ("410", "visiteurs au village santé mentale de la Vigie"),
            ("126", "spectateurs des deux théâtres-forums"), ("180", "marcheurs sur le front de mer")]
    w = (PW - ML - MR) / 6
    cells = [[Paragraph(n, big) for n, _ in figs], [Paragraph(l, lab) for _, l in figs]]
    t = Table([[Paragraph("Les SISM 2025 en chiffres", boxt)] + [""] * 5] + cells, colWidths=[w] * 6)
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (5, 0)), ("BACKGROUND", (0, 0), (5, 0), TEAL),
        ("BACKGROUND", (0, 1), (5, 2), SAND), ("VALIGN", (0, 1), (5, 2), "TOP"),
        ("LINEAFTER", (0, 1), (4, 2), 0.6, white), ("TOPPADDING", (0, 1), (5, 1), 8),
        ("BOTTOMPADDING", (0, 2), (5, 2), 8),
    ]))
    return t


def sidebar_quote():
    inner = [Paragraph("« Quand j'ai crié “Stop !” et que je suis monté sur scène à la place du copain de "
                       "Lucas, j'ai compris que je pouvais, moi aussi, dire quelque chose. »", quote),
             Spacer(1, 4),
             Paragraph("Ilyès, 15 ans, élève au collège des Salines, après le théâtre-forum du 8 octobre", quote_src)]
    t = Table([[inner]], colWidths=[COLW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), HexColor("#fbe3dc")),
                           ("LINEBEFORE", (0, 0), (0, -1), 3, CORAL),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def photo():
    d = Drawing(COLW, 4.2 * cm)
    d.add(Rect(0, 0, COLW, 4.2 * cm, fillColor=HexColor("#c9c9c9"), strokeColor=None))
    d.add(String(COLW / 2, 2.0 * cm, "[photo]", fontName="Sans", fontSize=9, fillColor=HexColor("#777777"),
                 textAnchor="middle"))
    return d


def story():
    s = []
    s.append(Paragraph("Édito — Sortir la santé mentale du silence", h1))
    s.append(Paragraph(
        "Pour sa cinquième participation aux Semaines d'information sur la santé mentale (SISM), Port-Ardelle a "
        "battu ses records de fréquentation. Derrière les chiffres, il y a surtout des habitants qui ont osé poser "
        "des questions, monter sur scène, parler d'un proche. Cette Lettre en fait le bilan et ouvre les chantiers "
        "de 2026 : former davantage de secouristes en santé mentale dans les quartiers, faire vivre la charte "
        "signée avec les médias et installer durablement le programme Esprit Large dans nos collèges.", edito))
    s.append(Paragraph("<b>Hélène Castagnet</b>, adjointe au maire déléguée à la santé, présidente du CLSM",
                       ParagraphStyle("sig", parent=body, fontName="Sans", fontSize=8.5, alignment=2)))
    s.append(Spacer(1, 4))
    s.append(key_figures())
    s.append(NextPageTemplate("later"))
    s.append(FrameBreak())

    # colonne de gauche
    s.append(Paragraph("SISM 2025 : une édition record", h1))
    s.append(Paragraph(
        "Du 6 au 19 octobre, les onze rendez-vous des SISM ont totalisé 2 140 participations, contre 1 520 en "
        "2024. Le village santé mentale du marché de la Vigie a accueilli 410 visiteurs en une seule matinée.",
        body))
    s.append(Paragraph(
        "Les deux séances du théâtre-forum « Dans ma tête », jouées par la Compagnie du Ressac, ont réuni "
        "74 spectateurs aux Salines et 52 à la Vigie, où la séance était interprétée en langue des signes "
        "française. Au total, 31 spectateurs sont montés sur scène pour remplacer un personnage.", body))
    s.append(Paragraph(
        "Le ciné-débat « Les Marées intérieures » a fait salle comble au cinéma L'Estran (96 entrées) et "
        "180 marcheurs ont rallié le parc du Grand-Chenal sous le soleil. Seul regret : l'atelier découverte des "
        "premiers secours en santé mentale, limité à 15 places, a dû refuser 22 personnes. Le CLSM en tire la "
        "leçon : le calendrier des formations 2026 sera publié dès janvier.", body))
    s.append(Paragraph("Esprit Large : la santé mentale s'invite au collège", h1))
    s.append(Paragraph(
        "Lancé en janvier 2025 au collège des Salines, le programme Esprit Large s'est étendu à la rentrée de "
        "septembre 2025 au collège Aliénor-d'Aquitaine. Cette année scolaire, 14 classes de 5e et de 4e, soit "
        "352 élèves, en bénéficient. Chaque classe suit quatre séances d'une heure trente, animées en binôme par "
        "l'infirmière scolaire et une psychologue de la Maison des adolescents :", body))
    for b in ("séance 1 : mettre des mots sur ses émotions ;",
              "séance 2 : le stress, les écrans et le sommeil ;",
              "séance 3 : harcèlement et réseaux sociaux, savoir réagir ;",
              "séance 4 : demander de l'aide, pour soi ou pour un copain."):
        s.append(Paragraph(b, bul, bulletText="•"))
    s.append(Paragraph(
        "Dans chaque classe, deux élèves ambassadeurs volontaires reçoivent une journée de formation "
        "supplémentaire : ce sont eux qui ont tenu les stands du forum du 17 octobre. Les enseignants peuvent "
        "suivre un module de sensibilisation de trois heures, le mercredi après-midi. Référente du programme : "
        "Claire Autissier, infirmière conseillère technique auprès de la direction académique.", body))

    # encadré latéral (citation) et photo
    s.append(KeepTogether([photo(), Paragraph(
        "La chorale Les Voix du Phare, du groupe d'entraide mutuelle (GEM) Le Phare, a clôturé les SISM au kiosque "
        "du front de mer le dimanche 19 octobre. Photo : Théo Lamarque.", cap)]))
    s.append(sidebar_quote())
    s.append(Spacer(1, 8))
    s.append(Paragraph("Quatre médias signent la charte", h1))
    s.append(Paragraph(
        "Le 10 octobre, Journée mondiale de la santé mentale, L'Écho du Pertuis, Radio Estran, Ardelle TV et "
        "Port-Ardelle Mag ont signé la charte locale « Médias et santé mentale ». Dix recommandations, un tableau "
        "« À faire / À éviter » et un glossaire : la charte est téléchargeable sur le site du CLSM. Chaque "
        "rédaction a désigné un référent santé mentale.", body))
    s.append(Paragraph("La campagne « Parlons-en sans détour »", h2))
    s.append(Paragraph(
        "Du 22 septembre au 26 octobre, la campagne a pris la forme d'affiches dans 40 abribus, de trois spots "
        "sur Radio Estran et de 6 000 dépliants distribués par les centres sociaux et les pharmacies. Une enquête "
        "en deux vagues, en septembre et en novembre, mesure son effet sur les préjugés : résultats attendus en "
        "janvier 2026.", body))

    # page 2 : suite en deux colonnes
    s.append(Paragraph("Le CLSM en bref", h1))
    s.append(Paragraph(
        "Créé en 2018, le conseil local de santé mentale de Port-Ardelle (58 300 habitants) réunit élus, "
        "soignants du centre hospitalier, usagers, familles, bailleurs et associations. Son assemblée plénière "
        "compte 46 membres. Il porte une attention particulière aux trois quartiers prioritaires de la politique "
        "de la ville (QPV) : Les Salines (4 180 habitants), La Vigie (3 060) et Le Grand-Chenal (2 640).", body))
    s.append(Paragraph(
        "Son budget 2025 s'élève à 95 000 euros, financés par la Ville (48 000 €), l'agence régionale de santé "
        "(35 000 €) et le contrat de ville (12 000 €). Il emploie une coordinatrice à temps plein, Nadia "
        "Ferrandon, depuis 2019.", body))
    s.append(Paragraph("Premiers secours en santé mentale : la suite", h2))
    s.append(Paragraph(
        "La session organisée les 13 et 20 novembre au centre social des Salines a fait le plein. Le calendrier "
        "des sessions 2026, gratuites pour les bénévoles et les salariés des associations de quartier, sera mis "
        "en ligne en janvier sur le site de la Ville.", body))
    s.append(Paragraph("Ce qu'ils en disent", h2))
    s.append(Paragraph(
        "« Au village, une dame m'a parlé pendant vingt minutes de son mari qui ne sortait plus. Elle est repartie "
        "avec le numéro du CMP. » — Anaïs Peyrac, pair-aidante au GEM Le Phare.", body))
    s.append(Paragraph(
        "« Pour nous, la charte est un outil de travail, pas une censure. » — Bertrand Lafaurie, rédacteur en "
        "chef de L'Écho du Pertuis.", body))
    s.append(Paragraph("Agenda", h1))
    for b in ("Jeudi 22 janvier 2026, 18 h : assemblée plénière du CLSM, salle du conseil municipal.",
              "Février 2026 : reprise des sessions de formation aux premiers secours en santé mentale.",
              "Mars 2026 : premier comité de suivi de la charte « Médias et santé mentale ».",
              "Octobre 2026 : sixième participation de Port-Ardelle aux SISM."):
        s.append(Paragraph(b, bul, bulletText="•"))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Besoin de parler ?", h2))
    s.append(Paragraph(
        "La ligne d'écoute du CLSM répond du lundi au vendredi de 9 h à 19 h au 05 99 00 41 41. Pour les "
        "11-21 ans et leurs parents, la Maison des adolescents accueille sans rendez-vous le mercredi après-midi, "
        "rue des Cordiers.", body))
    s.append(Spacer(1, 14))
    s.append(Paragraph(
        "La Lettre du CLSM de Port-Ardelle — n° 7, décembre 2025. Directrice de la publication : Hélène Castagnet. "
        "Rédaction : Nadia Ferrandon, avec le service communication de la Ville. Photos : Théo Lamarque. "
        "Imprimé à 1 500 exemplaires sur papier recyclé. Ne pas jeter sur la voie publique.", ours))
    return s


def main():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT, bottomMargin=MB,
                          title="La Lettre du CLSM de Port-Ardelle n° 7", author="CLSM de Port-Ardelle")
    top_h = 9.2 * cm
    y_top = PH - BANNER_H - 0.4 * cm - top_h
    col_h1 = y_top - MB - 0.2 * cm
    first = [Frame(ML, y_top, PW - ML - MR, top_h, id="top", showBoundary=0),
             Frame(ML, MB, COLW, col_h1, id="c1"),
             Frame(ML + COLW + GUT, MB, COLW, col_h1, id="c2")]
    col_h2 = PH - 1.7 * cm - MB
    later = [Frame(ML, MB, COLW, col_h2, id="l1"), Frame(ML + COLW + GUT, MB, COLW, col_h2, id="l2")]
    doc.addPageTemplates([PageTemplate("first", first, onPage=on_first),
                          PageTemplate("later", later, onPage=on_later)])
    doc.build(story())
    print("écrit", OUT)


if __name__ == "__main__":
    main()
