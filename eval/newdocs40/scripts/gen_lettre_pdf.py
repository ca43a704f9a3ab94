# -*- coding: utf-8 -*-
"""Génère la lettre d'information n° 4 (mars 2026) du groupe « Culture et santé mentale » du CLSM de Quillebourg :
PDF A4 de trois pages sur deux colonnes (reportlab).

Mise en page : bandeau de titre pleine largeur en page 1 ; texte sur deux colonnes ; encadré « 2025 en chiffres »
(grand nombre au-dessus du libellé) ; encadré de citation ; tableau des financements par année avec note en
astérisque ; agenda en encadré ; pied de page « n° 4 — mars 2026 — page n / 3 ».

Tout est inventé (ville, organismes, personnes, chiffres ; numéros en 03 99 00 ; domaines .example).
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-10_clsm-quillebourg_lettre-culture-sante-mentale-n4.pdf")
FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTS + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONTS + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

W, H = A4
M = 1.6 * cm
GAP = 0.8 * cm
COLW = (W - 2 * M - GAP) / 2
PLUM = colors.HexColor("#6b2d5c")
SAND = colors.HexColor("#f4ece1")

st_body = ParagraphStyle("body", fontName="DV", fontSize=9.2, leading=12.6, spaceAfter=5)
st_h = ParagraphStyle("h", fontName="DVB", fontSize=12.5, leading=15, textColor=PLUM, spaceBefore=6, spaceAfter=4)
st_small = ParagraphStyle("small", fontName="DV", fontSize=7.6, leading=9.6, textColor=colors.HexColor("#444444"))
st_big = ParagraphStyle("big", fontName="DVB", fontSize=17, leading=19, textColor=PLUM, alignment=TA_CENTER)
st_lab = ParagraphStyle("lab", fontName="DV", fontSize=7.8, leading=9.4, alignment=TA_CENTER)
st_quote = ParagraphStyle("quote", fontName="DVI", fontSize=11, leading=14.5, textColor=PLUM)
st_cell = ParagraphStyle("cell", fontName="DV", fontSize=8.4, leading=10.5)
st_cellb = ParagraphStyle("cellb", parent=st_cell, fontName="DVB")


def on_first(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, H - 4.1 * cm, W, 4.1 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 24)
    c.drawString(M, H - 2.0 * cm, "La Lettre Culture & santé mentale")
    c.setFont("DV", 10.5)
    c.drawString(M, H - 2.8 * cm, "n° 4 — mars 2026 — groupe de travail « Culture et santé mentale » du conseil local "
                                  "de santé mentale de Quillebourg")
    c.setFont("DV", 8.5)
    c.drawString(M, H - 3.5 * cm, "Ville de Quillebourg · CHS du Bocage · GEM Le Phare · Compagnie L'Estran · "
                                  "CPTS du Bocage quillebourgeois")
    c.restoreState()
    footer(c, doc)


def footer(c, doc):
    c.saveState()
    c.setStrokeColor(PLUM)
    c.line(M, 1.3 * cm, W - M, 1.3 * cm)
    c.setFont("DV", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(M, 0.85 * cm, "La Lettre Culture & santé mentale n° 4 — mars 2026 — clsm@quillebourg.example — "
                               "03 99 00 41 35")
    c.drawRightString(W - M, 0.85 * cm, "page %d / 3" % doc.page)
    c.restoreState()


def two_frames(top):
    h = top - 1.6 * cm
    return [Frame(M, 1.6 * cm, COLW, h, id="g", leftPadding=0, rightPadding=0),
            Frame(M + COLW + GAP, 1.6 * cm, COLW, h, id="d", leftPadding=0, rightPadding=0)]


def P(t, s=st_body):
    return Paragraph(t, s)


def box(flows, bg=SAND, border=PLUM):
    t = Table([[flows]], colWidths=[COLW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 0.8, border),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def key_figures():
    figs = [("151", "séances d'ateliers réalisées en 2025"), ("61", "personnes différentes dans les six ateliers"),
            ("+ 6,3 points", "de bien-être mental (WEMWBS) entre début et fin d'année"),
            ("168", "ordonnances muséales délivrées en 2025"),
            ("1 240", "participants aux 11 rendez-vous des SISM 2025"),
            ("19 500 €", "de l'appel « Culture et santé » en 2025")]
    cells = [[P(n, st_big), P(lab, st_lab)] for n, lab in figs]
    rows = []
    for i in range(0, 6, 2):
        rows.append([cells[i][0], cells[i + 1][0]])
        rows.append([cells[i][1], cells[i + 1][1]])
    t = Table(rows, colWidths=[COLW / 2 - 7] * 2)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return box([P("2025 en chiffres", ParagraphStyle("kt", parent=st_h, alignment=TA_CENTER, spaceBefore=0)), t])


def funding_table():
    rows = [["Année", "DRAC", "ARS", "Total"],
            ["2023", "6 000 €", "6 000 €", "12 000 €"],
            ["2024", "7 500 €", "8 000 €", "15 500 €"],
            ["2025", "9 000 €", "10 500 €", "19 500 €"],
            ["2026*", "10 000 €", "12 500 €", "22 500 €"]]
    data = [[P(c, st_cellb if r == 0 else st_cell) for c in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=[COLW * 0.22, COLW * 0.26, COLW * 0.26, COLW * 0.26])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), SAND)]))
    return t


def agenda():
    items = [("Sam. 14 mars 2026, 20 h 30", "Création de « Ce qui tient debout », GEM Le Phare et Compagnie L'Estran "
              "— théâtre de l'Arsenal"),
             ("Dim. 15 mars 2026, 16 h", "Seconde représentation de « Ce qui tient debout » — théâtre de l'Arsenal"),
             ("Sam. 4 avril 2026, 16 h", "Concert de printemps du chœur Val'Voix — auditorium du conservatoire"),
             ("Lun. 6 avril 2026, 14 h", "Groupe de travail « Culture et santé mentale » — maison des associations"),
             ("Jeu. 7 mai 2026, 18 h – 21 h", "Nocturne « Pause regard » au musée Jacques-Lenormand"),
             ("Lun. 18 mai 2026, 10 h", "Comité de pilotage de printemps — hôtel de ville"),
             ("Lun. 1er juin 2026", "La médiathèque Les Capucins rejoint la prescription")]
    flows = [P("Agenda", ParagraphStyle("at", parent=st_h, spaceBefore=0))]
    for d, t in items:
        flows.append(P("<b>%s</b> — %s" % (d, t), ParagraphStyle("ag", parent=st_body, fontSize=8.6, leading=11,
                                                                    spaceAfter=3)))
    return box(flows, bg=colors.white)


def story():
    s = [NextPageTemplate("suite")]
    s.append(key_figures())
    s.append(Spacer(1, 8))
    s.append(P("Édito", st_h))
    s.append(P("Trois ans après la création du groupe de travail, la culture a trouvé sa place dans le paysage de la "
               "santé mentale à Quillebourg. Cette lettre fait le point sur l'évaluation des ateliers en 2025, sur "
               "la première année de la prescription muséale et sur nos financements, avant un printemps chargé : "
               "la création de « Ce qui tient debout » au théâtre de l'Arsenal et le concert de Val'Voix. Merci à "
               "toutes celles et ceux, habitants, patients, soignants, artistes, qui font vivre ce programme."))
    s.append(P("<i>Solène Lemarchand, coordinatrice du CLSM</i>"))
    s.append(P("Les ateliers font du bien, et ça se mesure", st_h))
    s.append(P("En 2025, les six ateliers du programme (arts plastiques, écriture, percussions et photographie à "
               "l'hôpital de jour Les Tilleuls, chœur Val'Voix, création théâtrale avec le GEM) ont réalisé 151 "
               "séances sur les 158 prévues. Les 87 inscriptions correspondent à 61 personnes différentes."))
    s.append(P("Les 73 participants qui ont rempli l'échelle de bien-être WEMWBS au début et à la fin de l'année "
               "sont passés en moyenne de 38,8 à 45,1 points, soit un gain de 6,3 points. La plus forte "
               "progression revient à l'atelier percussions de Bastien Hamel (+ 7,5 points), qui affiche aussi le "
               "meilleur taux d'assiduité : 82,2 %. L'atelier écriture progresse moins (+ 4,9 points), mais ses "
               "participants partaient d'un score plus élevé. Prudence toutefois : il n'y a pas de groupe témoin, "
               "et les participants sont aussi soignés par ailleurs."))
    s.append(P("Financements : un soutien qui grandit", st_h))
    s.append(P("Depuis 2023, le programme est soutenu par l'appel à projets « Culture et santé » de la DRAC et de "
               "l'ARS de Normandie. Voici les montants obtenus par le projet de Quillebourg :"))
    s.append(funding_table())
    s.append(P("* 2026 : montants notifiés le 24 février 2026, pour 24 000 € demandés. Hors crédits de la politique "
               "de la ville (5 000 € par an depuis 2025) et hors contributions de la Ville et du CHS.", st_small))
    s.append(Spacer(1, 4))
    s.append(P("À l'échelle de la région, l'appel « Culture et santé » 2025 a retenu 43 projets en Normandie, pour "
               "un montant total de 512 000 € ; six de ces projets se situent dans la Seine-Bocage. Le prochain "
               "appel sera ouvert du 15 septembre au 14 novembre 2026."))
    s.append(P("Prescription muséale : un an déjà", st_h))
    s.append(P("Lancée le 3 mars 2025 avec la CPTS du Bocage quillebourgeois, la prescription muséale a trouvé son "
               "public : en 2025, 168 ordonnances muséales ont été délivrées et 112 personnes ont utilisé leur pass "
               "« Respirer au musée », pour 341 visites. Les médecins prescripteurs étaient 9 au lancement ; ils "
               "sont 31 aujourd'hui, et l'objectif pour 2026 est d'en compter 40."))
    s.append(P("Deux nouveautés : depuis le 7 mars, les visites « Pause regard » ont aussi lieu le samedi à 10 h 30 ; "
               "et à partir du 1er juin 2026, la médiathèque Les Capucins rejoint le dispositif, qui deviendra "
               "alors une « prescription culturelle » : le pass donnera aussi droit à un abonnement gratuit d'un an "
               "et à un rendez-vous avec une bibliothécaire."))
    s.append(KeepTogether([box([P("« Ici, personne ne me demande ce que j'ai. On me demande juste de chanter "
                                  "juste. »", st_quote),
                                P("Josiane, 67 ans, habitante du Val-Fleuri, choriste de Val'Voix depuis 2024",
                                  st_small)], bg=colors.white), Spacer(1, 6)]))
    s.append(P("Val'Voix : bientôt quarante voix", st_h))
    s.append(P("Le chœur dirigé par Armelle Toutain compte désormais 38 choristes, dont 15 habitants du Val-Fleuri : "
               "l'objectif de la convention (40 choristes, dont un tiers d'habitants du quartier) est presque "
               "atteint. Le concert des SISM, le 18 octobre à l'église Saint-Aubin, a réuni 310 personnes. "
               "Prochain rendez-vous : le concert de printemps, le 4 avril, avec la chorale d'enfants du "
               "conservatoire."))
    s.append(P("« Ce qui tient debout » : la création", st_h))
    s.append(P("Après la lecture des SISM, qui avait réuni 176 spectateurs pour une jauge de 180, les douze "
               "comédiens du GEM Le Phare et la Compagnie L'Estran présentent la version complète du spectacle les "
               "14 et 15 mars au théâtre de l'Arsenal. Participation libre ; réservation conseillée au "
               "03 99 00 58 00. Une rencontre avec l'équipe suit chaque représentation."))
    s.append(P("Trois questions au Dr Hervé Quesnel", st_h))
    s.append(P("<b>Pourquoi un psychiatre s'intéresse-t-il à la culture ?</b> Parce que notre objectif, c'est le "
               "rétablissement. Le rétablissement, ce n'est pas la disparition de tous les symptômes : c'est pouvoir "
               "mener une vie qui a du sens, avec des liens et des projets, malgré la maladie. Un atelier, un chœur, "
               "une scène, ce sont des lieux où l'on redevient quelqu'un d'autre qu'un patient."))
    s.append(P("<b>Ne risque-t-on pas de médicaliser la culture ?</b> C'est un vrai risque, et c'est pour cela que "
               "les artistes restent des artistes et les soignants des soignants. Le chœur n'est pas une "
               "activité thérapeutique : c'est un chœur de la ville, où personne ne sait qui est soigné."))
    s.append(P("<b>Et la suite ?</b> Nous voulons ouvrir en septembre 2026 un atelier d'arts plastiques dans "
               "l'unité d'hospitalisation complète, pas seulement à l'hôpital de jour. Et former les équipes "
               "culturelles de la Ville : une première journée de sensibilisation aux troubles psychiques aura lieu "
               "le 22 juin 2026 pour les agents d'accueil du musée, de la médiathèque et du théâtre."))
    s.append(P("Le Val-Fleuri au cœur du programme", st_h))
    s.append(P("Le quartier prioritaire du Val-Fleuri compte 4 830 habitants, soit un Quillebourgeois sur dix. Ses "
               "habitants représentent 38 % des participants aux ateliers (23 personnes sur 61), grâce au chœur, "
               "qui répète au centre social Le Trait d'Union. Ils restent en revanche peu nombreux parmi les "
               "bénéficiaires de la prescription muséale : 14 % seulement en 2025. Pour y remédier, la médiatrice "
               "du musée tiendra une permanence au Trait d'Union un mercredi par mois à partir d'avril, et la "
               "maison de santé du quartier rejoint la liste des cabinets prescripteurs."))
    s.append(P("SISM 2025 : le bilan", st_h))
    s.append(P("Les onze rendez-vous des SISM 2025, du 6 au 19 octobre, ont réuni 1 240 participants. Le concert et "
               "la journée de clôture au musée (402 entrées) ont été les plus fréquentés ; la conférence du "
               "9 octobre a réuni 95 personnes. Les SISM 2026 auront lieu du 5 au 18 octobre 2026 : les idées sont "
               "les bienvenues dès le groupe de travail d'avril."))
    s.append(P("Portrait : Aurore Delaunay, médiatrice culturelle", st_h))
    s.append(P("Arrivée au musée Jacques-Lenormand en 2019 après dix ans de médiation dans un centre d'art, Aurore "
               "Delaunay consacre aujourd'hui 0,4 équivalent temps plein à la prescription muséale. C'est elle qui "
               "accueille les titulaires du pass, anime les visites « Pause regard » et se déplace dans les cabinets "
               "médicaux pour présenter le dispositif. « Mon travail, c'est de ralentir. Dans une visite Pause "
               "regard, on peut passer quarante-cinq minutes devant un seul tableau. Les gens découvrent qu'ils ont "
               "le droit de ne pas tout comprendre. »"))
    s.append(P("Brèves", st_h))
    s.append(P("<b>Résidence d'artiste.</b> Le jury a retenu la danseuse et chorégraphe Maud Keraudren pour la "
               "résidence « Culture et santé » 2026 : douze semaines, d'avril à juin, entre l'hôpital de jour et le "
               "centre social Le Trait d'Union, avec une restitution publique le 27 juin."))
    s.append(P("<b>Exposition.</b> « Regards croisés », l'exposition des ateliers de l'hôpital de jour présentée au "
               "musée pendant les SISM, a accueilli 2 870 visiteurs du 6 octobre au 2 novembre 2025. Elle sera "
               "reprise à la médiathèque Les Capucins en juin 2026."))
    s.append(P("<b>Formation des artistes.</b> Les nouveaux intervenants suivent désormais une journée de "
               "formation avant leur premier atelier. La prochaine session aura lieu le 13 avril 2026 au CHS."))
    s.append(P("<b>Nouvelle convention ?</b> La convention 2025-2027 arrive à mi-parcours. Un avenant est à l'étude "
               "pour intégrer la médiathèque et le conseil départemental de la Seine-Bocage comme signataires."))
    s.append(Spacer(1, 6))
    s.append(agenda())
    s.append(Spacer(1, 6))
    s.append(P("WEMWBS : échelle de bien-être mental de Warwick-Edinburgh (14 items, score de 14 à 70). Sources : "
               "évaluation 2025 du CHS du Bocage (janvier 2026), musée Jacques-Lenormand, notifications DRAC et "
               "ARS de Normandie. Directrice de la publication : Hélène Roussel, adjointe au maire chargée de la "
               "culture.", st_small))
    return s


def main():
    doc = BaseDocTemplate(OUT, pagesize=A4, title="La Lettre Culture & santé mentale n° 4 — mars 2026",
                          author="CLSM de Quillebourg", subject="Culture et santé mentale à Quillebourg")
    doc.addPageTemplates([PageTemplate("premiere", frames=two_frames(H - 4.6 * cm), onPage=on_first),
                          PageTemplate("suite", frames=two_frames(H - 1.4 * cm), onPage=footer)])
    doc.build(story())
    assert doc.page == 3, "la lettre doit faire trois pages (%d)" % doc.page
    print("écrit :", OUT, "pages :", doc.page)


if __name__ == "__main__":
    main()
