# -*- coding: utf-8 -*-
"""Génère le programme PDF des Semaines d'information sur la santé mentale (SISM) 2025 de la ville de Ligneray
(reportlab, 4 pages A4), daté du 22 septembre 2025.

Mise en forme voulue : bandeau de titre dessiné sur la page, éditorial, grille horaire « jour × moment de la
journée » avec le numéro du lieu (page 1, pleine largeur), puis pages en deux colonnes : encadrés d'événements
(numéro, date, heure, lieu, description, mention « Entrée libre » / « Sur inscription » / tarif), légende du plan
(lieux numérotés ① à ⑧, accessibilité, bus), informations pratiques et logos des partenaires rendus en texte
dans des cartouches. Pied de page « SISM 2025 · Ligneray — n/4 ».

Tout est inventé (ville, lieux, personnes, compagnies, numéros en 02 99 00, domaines .example).
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, FrameBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-22_ville-ligneray_programme-sism-2025.pdf")
FD = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FD, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FD, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FD, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

TEAL = colors.HexColor("#0E6E73")
CORAL = colors.HexColor("#E4572E")
SAND = colors.HexColor("#FFF4E0")
LIGHT = colors.HexColor("#E3F2F1")

st_body = ParagraphStyle("body", fontName="DV", fontSize=8.6, leading=11.2)
st_small = ParagraphStyle("small", fontName="DV", fontSize=7.4, leading=9.2)
st_h = ParagraphStyle("h", fontName="DVB", fontSize=12, leading=15, textColor=TEAL, spaceBefore=4, spaceAfter=4)
st_cell = ParagraphStyle("cell", fontName="DV", fontSize=7.2, leading=8.8)
st_cellb = ParagraphStyle("cellb", fontName="DVB", fontSize=7.6, leading=9, textColor=colors.white,
                          alignment=TA_CENTER)
st_ev_t = ParagraphStyle("evt", fontName="DVB", fontSize=9.4, leading=11.5, textColor=TEAL)
st_ev_m = ParagraphStyle("evm", fontName="DVB", fontSize=7.8, leading=9.6, textColor=CORAL)
st_logo = ParagraphStyle("logo", fontName="DVB", fontSize=7.4, leading=8.6, alignment=TA_CENTER, textColor=TEAL)

PLACES = {
    1: ("Hôtel de ville — salle des fêtes", "place de la République", "bus 1, 2, 4 — arrêt Mairie"),
    2: ("Médiathèque Aimé-Césaire", "5 rue Voltaire", "bus 2 — arrêt Voltaire"),
    3: ("Cinéma Le Concorde", "22 boulevard du Lignon", "bus 1 — arrêt Concorde"),
    4: ("GEM La Passerelle", "12 rue des Mariniers", "bus 1 — arrêt Quai des Mariniers"),
    5: ("Maison de quartier des Tilleuls (GEM Le Phare)", "3 place des Tilleuls", "bus 4 — arrêt Tilleuls-Centre"),
    6: ("Espace Croix-Verte", "1 allée des Genêts", "bus 3 — arrêt Croix-Verte"),
    7: ("Parc du Lignon", "entrée rue du Moulin", "bus 3 et 4 — arrêt Moulin"),
    8: ("CMP des Tilleuls", "10 avenue des Tilleuls", "bus 4 — arrêt Tilleuls-Centre"),
}
CIRC = "①②③④⑤⑥⑦⑧"

# (n, jour, date courte, heure, créneau, lieu, titre, description, accès)
EVENTS = [
    (1, "Lundi 6 octobre", "lun. 6", "18 h 30", "Soir", 3, "Soirée d'ouverture : ciné-débat « Les voix intérieures »",
     "Projection du documentaire de Léa Morin (2024, 72 min), suivie d'un débat avec le Dr Hélène Morvan, "
     "psychiatre, et Isabelle Caradec, adjointe au maire chargée de la santé.", "Tarif unique 4 € — réservation "
     "conseillée au cinéma"),
    (2, "Mardi 7 octobre", "mar. 7", "14 h – 18 h", "Après-midi", 5, "Portes ouvertes du GEM Le Phare",
     "Venez découvrir le groupe d'entraide mutuelle du quartier des Tilleuls : jeux, café, exposition des ateliers.",
     "Entrée libre"),
    (3, "Mercredi 8 octobre", "mer. 8", "9 h 30 – 12 h 30", "Matin", 6,
     "Sensibilisation aux premiers secours en santé mentale",
     "Trois heures pour apprendre à repérer une personne en difficulté psychique et à lui proposer de l'aide. "
     "Animée par deux formateurs accrédités de Horizons Ligneray. 12 places.", "Sur inscription"),
    (4, "Mercredi 8 octobre", "mer. 8", "14 h – 17 h", "Après-midi", 4, "Portes ouvertes du GEM La Passerelle",
     "Le GEM du centre-ville fête ses dix-sept ans : visite, goûter, projection du film « Pairs » tourné par les "
     "adhérents.", "Entrée libre"),
    (5, "Jeudi 9 octobre", "jeu. 9", "18 h 30", "Soir", 2, "Conférence « Se rétablir, c'est possible »",
     "Avec Yannick Le Goff, médiateur de santé pair au CMP des Tilleuls, et Claire Jouan, psychologue à Horizons "
     "Ligneray, co-pilotes du groupe de travail Rétablissement du CLSM.", "Entrée libre"),
    (6, "Vendredi 10 octobre", "ven. 10", "10 h – 12 h", "Matin", 8, "Café-rencontre « La pair-aidance au CMP »",
     "Échange avec l'équipe du CMP et le médiateur de santé pair autour d'un café. 15 places.", "Sur inscription"),
    (7, "Samedi 11 octobre", "sam. 11", "10 h – 17 h", "Journée", 7, "Village du lien",
     "Vingt associations et services sur des stands, concert à 15 h, jeux pour les enfants, stand de l'ARS. "
     "En cas de pluie, repli à la salle des fêtes de l'hôtel de ville (①). Navette gratuite depuis la Croix-Verte "
     "toutes les 30 minutes.", "Entrée libre"),
    (8, "Lundi 13 octobre", "lun. 13", "14 h – 16 h", "Après-midi", 2, "Atelier d'écriture « Mots pour maux »",
     "Animé par les adhérents du GEM La Passerelle. Aucun niveau requis.", "Sur inscription"),
    (9, "Mardi 14 octobre", "mar. 14", "14 h", "Après-midi", 4, "Balade des pairs",
     "Marche de 4 km entre les deux GEM, du centre-ville (④) jusqu'aux Tilleuls (⑤), où un goûter attend les "
     "marcheurs vers 16 h. Parcours accessible.", "Entrée libre"),
    (10, "Mercredi 15 octobre", "mer. 15", "14 h 30 – 17 h", "Après-midi", 6, "Théâtre-forum « Et si c'était moi ? »",
     "La compagnie Les Zygomatiques du Lignon joue des scènes du quotidien ; le public monte sur scène pour changer "
     "la fin.", "Sur inscription"),
    (11, "Jeudi 16 octobre", "jeu. 16", "12 h – 14 h", "Midi", 6, "Midi du clubhouse",
     "Présentation du projet de clubhouse de Ligneray par le groupe de travail Rétablissement et le cabinet "
     "Trajectoires Conseil, autour d'un repas partagé.", "Sur inscription avant le 13 octobre"),
    (12, "Jeudi 16 octobre", "jeu. 16", "18 h", "Soir", 1, "Table ronde « Santé mentale et quartiers »",
     "Élus, habitants et professionnels des Tilleuls et de la Croix-Verte débattent des besoins des quartiers "
     "prioritaires.", "Entrée libre"),
    (13, "Vendredi 17 octobre", "ven. 17", "20 h", "Soir", 2, "Concert de la chorale « Les Voix du Phare »",
     "La chorale du GEM Le Phare et ses invités.", "Entrée libre — participation au chapeau"),
    (14, "Samedi 18 octobre", "sam. 18", "10 h – 12 h", "Matin", 7, "Les foulées du lien",
     "Course ou marche solidaire de 5 km, ouverte à tous, gratuite.", "Sur inscription"),
    (15, "Dimanche 19 octobre", "dim. 19", "15 h – 17 h", "Après-midi", 5, "Clôture : goûter et exposition",
     "Exposition photo « Regards croisés » réalisée par les habitants et les adhérents des GEM, goûter et bilan "
     "des deux semaines.", "Entrée libre"),
]

PARTNERS = ["VILLE DE LIGNERAY", "CLSM de Ligneray", "CH du Val-de-Lignon", "ARS Pays de la Loire",
            "Contrat de ville Ligneray 2024-2030", "Horizons Ligneray", "Solidarité Psy Loire-Bocage",
            "GEM La Passerelle", "GEM Le Phare", "Radio Lignon FM", "Cinéma Le Concorde",
            "Médiathèque Aimé-Césaire"]


def on_page(canv, doc):
    w, h = A4
    canv.saveState()
    if doc.page == 1:
        canv.setFillColor(TEAL)
        canv.rect(0, h - 52 * mm, w, 52 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 24)
        canv.drawString(16 * mm, h - 20 * mm, "Semaines d'information sur la santé mentale")
        canv.setFont("DVB", 30)
        canv.drawString(16 * mm, h - 33 * mm, "Ligneray · 6 – 19 octobre 2025")
        canv.setFont("DVI", 11)
        canv.drawString(16 * mm, h - 43 * mm, "36e édition — thème national : « Pour notre santé mentale, réparons le "
                                              "lien social »")
        canv.setFillColor(CORAL)
        canv.circle(w - 24 * mm, h - 26 * mm, 13 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 11)
        canv.drawCentredString(w - 24 * mm, h - 24 * mm, "15")
        canv.setFont("DV", 7)
        canv.drawCentredString(w - 24 * mm, h - 29 * mm, "rendez-vous")
    else:
        canv.setFillColor(TEAL)
        canv.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 10)
        canv.drawString(16 * mm, h - 8 * mm, "SISM 2025 · Ligneray — le programme")
    canv.setFillColor(colors.grey)
    canv.setFont("DV", 7)
    canv.drawString(16 * mm, 9 * mm, "Programme édité le 22 septembre 2025 par la Ville de Ligneray et le CLSM — "
                                     "sous réserve de modifications : clsm.ligneray.example/sism")
    canv.drawRightString(w - 16 * mm, 9 * mm, "SISM 2025 · Ligneray — %d/4" % doc.page)
    if doc.page > 1:
        canv.setStrokeColor(colors.HexColor("#BBBBBB"))
        canv.line(w / 2, 16 * mm, w / 2, h - 16 * mm)
    canv.restoreState()


def event_box(e):
    n, day, _, hour, _, place, title, desc, access = e
    inner = [
        Paragraph("%d · %s" % (n, title), st_ev_t),
        Paragraph("%s — %s — %s %s" % (day, hour, CIRC[place - 1], PLACES[place][0]), st_ev_m),
        Paragraph(desc, st_body),
        Paragraph("<b>%s</b>" % access, ParagraphStyle("acc", parent=st_body, textColor=TEAL)),
    ]
    t = Table([[inner]], colWidths=[84 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, TEAL), ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return KeepTogether([t, Spacer(1, 5)])


def grid():
    slots = ["Matin", "Midi", "Après-midi", "Soir"]
    days = []
    for e in EVENTS:
        if e[2] not in days:
            days.append(e[2])
    rows = [[Paragraph("Jour", st_cellb)] + [Paragraph(s, st_cellb) for s in slots]]
    for d in days:
        row = [Paragraph("<b>%s oct.</b>" % d, st_cell)]
        for s in slots:
            items = [e for e in EVENTS if e[2] == d and (e[4] == s or (e[4] == "Journée" and s in ("Matin",
                                                                                                    "Après-midi")))]
            txt = "<br/>".join("%s %s %s (n° %d)" % (e[3], e[6].split(" « ")[0].split(" :")[0], CIRC[e[5] - 1],
                                                      e[0]) for e in items)
            row.append(Paragraph(txt or "—", st_cell))
        rows.append(row)
    t = Table(rows, colWidths=[20 * mm, 40 * mm, 36 * mm, 44 * mm, 38 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SAND])]))
    return t


def main():
    w, h = A4
    doc = BaseDocTemplate(OUT, pagesize=A4, title="Programme des SISM 2025 — Ligneray",
                          author="Ville de Ligneray — CLSM", subject="Semaines d'information sur la santé mentale")
    full = Frame(16 * mm, 16 * mm, w - 32 * mm, h - 72 * mm, id="full")
    colw = (w - 32 * mm - 8 * mm) / 2
    left = Frame(16 * mm, 16 * mm, colw, h - 34 * mm, id="left")
    right = Frame(16 * mm + colw + 8 * mm, 16 * mm, colw, h - 34 * mm, id="right")
    doc.addPageTemplates([PageTemplate(id="une", frames=[full], onPage=on_page),
                          PageTemplate(id="deuxcol", frames=[left, right], onPage=on_page)])
    s = []
    s.append(Paragraph("Édito", st_h))
    s.append(Paragraph(
        "Pour cette 36e édition des Semaines d'information sur la santé mentale, Ligneray vous propose 15 rendez-vous "
        "en deux semaines, dont 6 dans les quartiers prioritaires des Tilleuls et de la Croix-Verte. L'an dernier, "
        "11 événements avaient réuni 1 150 participants : merci à toutes et à tous ! Le fil rouge de cette année, "
        "c'est le lien : entre voisins, entre pairs, entre soignants et habitants. Les deux groupes d'entraide "
        "mutuelle de la ville ouvrent leurs portes, les médiateurs de santé pairs viennent à votre rencontre et le "
        "projet de clubhouse se présente pour la première fois au public. — <i>Isabelle Caradec, adjointe au maire "
        "chargée de la santé, et Solène Guérin, coordinatrice du CLSM</i>", st_body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Le programme en un coup d'œil", st_h))
    s.append(Paragraph("Les numéros entourés renvoient aux lieux de la légende du plan (page 4).", st_small))
    s.append(Spacer(1, 3))
    s.append(grid())
    s.append(Spacer(1, 6))
    s.append(Paragraph("Besoin d'aide maintenant ? En cas d'urgence, appelez le 15. Numéro national de prévention du "
                       "suicide : 3114, 24 h/24.", st_small))
    s.append(NextPageTemplate("deuxcol"))
    s.append(PageBreak())
    s.append(Paragraph("Semaine 1 · du 6 au 12 octobre", st_h))
    for e in EVENTS[:7]:
        s.append(event_box(e))
    s.append(Paragraph("Semaine 2 · du 13 au 19 octobre", st_h))
    for e in EVENTS[7:]:
        s.append(event_box(e))
    s.append(NextPageTemplate("deuxcol"))
    s.append(PageBreak())
    s.append(Paragraph("Plan : légende des lieux", st_h))
    leg = [[Paragraph("<b>%s</b>" % CIRC[k - 1], st_body),
            Paragraph("<b>%s</b><br/>%s<br/><font size=6.8>%s</font>" % v, st_small)] for k, v in PLACES.items()]
    lt = Table(leg, colWidths=[8 * mm, 74 * mm])
    lt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3,
                                                                   colors.HexColor("#CCCCCC"))]))
    s.append(lt)
    s.append(Spacer(1, 4))
    s.append(Paragraph("Symboles du plan : ♿ lieu accessible en fauteuil (tous les lieux sauf ④, une marche à "
                       "l'entrée) · [P] parking gratuit (①, ⑥, ⑦) · pointillés : parcours de la Balade des pairs.",
                       st_small))
    s.append(FrameBreak())
    s.append(Paragraph("Infos pratiques", st_h))
    s.append(Paragraph("<b>Entrée libre</b> : venez sans réserver, dans la limite des places disponibles.", st_body))
    s.append(Paragraph("<b>Sur inscription</b> : auprès du CLSM, par courriel à sism@ligneray.example ou par "
                       "téléphone au 02 99 00 41 22, du lundi au vendredi de 9 h à 12 h. Les inscriptions ouvrent "
                       "le lundi 29 septembre 2025.", st_body))
    s.append(Paragraph("Tous les événements sont gratuits, sauf la soirée d'ouverture au cinéma (4 €).", st_body))
    s.append(Paragraph("Interprétariat en langue des signes française sur demande, au moins dix jours avant "
                       "l'événement.", st_body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Ils organisent les SISM avec nous", st_h))
    cells = [Paragraph(p, st_logo) for p in PARTNERS]
    rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    pt = Table(rows, colWidths=[27 * mm] * 3, rowHeights=[14 * mm] * len(rows))
    pt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, TEAL), ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.white),
                            ("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(pt)
    s.append(Spacer(1, 6))
    s.append(Paragraph("Avec le soutien financier de l'ARS Pays de la Loire et du contrat de ville (actions dans "
                       "les quartiers prioritaires). Programme national : semaines-sante-mentale.example", st_small))
    doc.build(s)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
