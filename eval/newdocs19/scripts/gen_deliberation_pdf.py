# -*- coding: utf-8 -*-
"""Extrait du registre des délibérations du conseil municipal de Montferville (fictif), tel que l'édite un logiciel
de gestion des actes d'une mairie puis le tampon électronique du tiers de télétransmission (contrôle de légalité).

Mise en page : bandeau « RÉPUBLIQUE FRANÇAISE » / département / ville ; tampon « Accusé de réception en préfecture »
en cadre, en haut à droite de chaque page ; texte vertical dans la marge gauche (identifiant de l'acte, tourné de
90°) ; première page en deux colonnes (à gauche les effectifs du conseil en petits cadres label / valeur, à droite la
liste des présents, des pouvoirs, des absents) ; « Objet » encadré ; exposé du rapporteur ; visas « VU » et motifs
« CONSIDÉRANT » en paragraphes à retrait suspendu ; « DÉCIDE » centré ; « Article 1er » à « Article 7 » ; vote ;
formule « Pour extrait certifié conforme » ; annexe avec le plan de financement (montants alignés à droite, ligne
« Total ») et le calendrier des sessions ; pied de page « Délibération n° … — page n/N ».
"""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-06-26_ville-de-montferville_deliberation-reseau-vigie-aines.pdf")
FD = "/usr/share/fonts/truetype/liberation/"
for n, f in (("Ar", "LiberationSans-Regular"), ("ArB", "LiberationSans-Bold"), ("ArI", "LiberationSans-Italic"),
             ("ArBI", "LiberationSans-BoldItalic"), ("ArN", "LiberationSansNarrow-Regular")):
    pdfmetrics.registerFont(TTFont(n, FD + f + ".ttf"))
registerFontFamily("Ar", normal="Ar", bold="ArB", italic="ArI", boldItalic="ArBI")

ACT_ID = "076-217604512-20250626-2025_06_087-DE"
NUM = "2025-06-087"

B = ParagraphStyle("b", fontName="Ar", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=5)
SMALL = ParagraphStyle("s", fontName="Ar", fontSize=8.6, leading=10.8, alignment=TA_JUSTIFY, spaceAfter=3)
HEAD = ParagraphStyle("h", fontName="ArB", fontSize=13, leading=16, alignment=TA_CENTER)
HEAD2 = ParagraphStyle("h2", fontName="Ar", fontSize=10, leading=13, alignment=TA_CENTER)
VU = ParagraphStyle("vu", parent=B, leftIndent=28, firstLineIndent=-28, spaceAfter=4)
DEC = ParagraphStyle("dec", fontName="ArB", fontSize=12, leading=16, alignment=TA_CENTER, spaceBefore=8, spaceAfter=8)
ART = ParagraphStyle("art", fontName="ArB", fontSize=10, leading=13, spaceBefore=6, spaceAfter=2, keepWithNext=1)
SEC = ParagraphStyle("sec", fontName="ArB", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4, keepWithNext=1)
CELL = ParagraphStyle("c", fontName="Ar", fontSize=9, leading=11)
CELLR = ParagraphStyle("cr", parent=CELL, alignment=TA_RIGHT)
CELLB = ParagraphStyle("cb", fontName="ArB", fontSize=9, leading=11)
CELLBR = ParagraphStyle("cbr", parent=CELLB, alignment=TA_RIGHT)
LAB = ParagraphStyle("lab", fontName="Ar", fontSize=8, leading=9.5)
VAL = ParagraphStyle("val", fontName="ArB", fontSize=15, leading=17, alignment=TA_CENTER)


def decorate(canv, doc):
    canv.saveState()
    # bandeau
    canv.setFont("ArB", 8.5)
    canv.drawString(2.4 * cm, A4[1] - 1.3 * cm, "RÉPUBLIQUE FRANÇAISE")
    canv.setFont("Ar", 8)
    canv.drawString(2.4 * cm, A4[1] - 1.7 * cm, "Département de la Seine-Maritime — Arrondissement de Rouen")
    canv.drawString(2.4 * cm, A4[1] - 2.05 * cm, "VILLE DE MONTFERVILLE")
    # tampon du tiers de télétransmission
    x, y, w, h = A4[0] - 8.3 * cm, A4[1] - 2.75 * cm, 6.6 * cm, 2.0 * cm
    canv.setStrokeColor(colors.HexColor("#1f4e8c"))
    canv.setFillColor(colors.HexColor("#1f4e8c"))
    canv.setLineWidth(0.8)
    canv.rect(x, y, w, h)
    canv.setFont("ArB", 7.2)
    canv.drawString(x + 4, y + h - 10, "Accusé de réception en préfecture")
    canv.setFont("Ar", 7)
    canv.drawString(x + 4, y + h - 20, ACT_ID)
    canv.drawString(x + 4, y + h - 30, "Date de télétransmission : 01/07/2025")
    canv.drawString(x + 4, y + h - 40, "Date de réception préfecture : 01/07/2025")
    canv.drawString(x + 4, y + h - 50, "Publié le : 03/07/2025")
    # identifiant vertical dans la marge gauche
    canv.setFillColor(colors.grey)
    canv.setFont("ArN", 7)
    canv.translate(1.1 * cm, 7 * cm)
    canv.rotate(90)
    canv.drawString(0, 0, "Acte n° %s — Conseil municipal du 26 juin 2025 — transmis via S2LOW" % NUM)
    canv.restoreState()
    canv.saveState()
    canv.setFont("Ar", 7.5)
    canv.setFillColor(colors.black)
    canv.drawCentredString(A4[0] / 2, 1.2 * cm, "Délibération n° %s — page %d/%d" % (NUM, canv.getPageNumber(), 4))
    canv.restoreState()


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.0 * cm, topMargin=3.3 * cm,
                          bottomMargin=2.0 * cm, title="Délibération n° 2025-06-087 — Réseau Vigie Aînés",
                          author="Ville de Montferville — Service des assemblées",
                          creator="Actes Office 8.2", producer="Actes Office PDF / S2LOW tampon")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=decorate)])
    s = []
    s += [Paragraph("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", HEAD),
          Paragraph("Séance publique du jeudi 26 juin 2025", HEAD2), Spacer(1, 10)]

    counts = [
        ("Conseillers en exercice", "35"), ("Présents", "28"), ("Pouvoirs", "5"), ("Votants", "33"),
        ("Date de convocation", "19/06/2025"), ("Date d'affichage", "03/07/2025"),
    ]
    left = Table([[Paragraph(a, LAB)] + [Paragraph(b, VAL if len(b) < 4 else CELLB)] for a, b in counts],
                 colWidths=[2.4 * cm, 2.2 * cm])
    left.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                              ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    presents = ("L'an deux mille vingt-cinq, le vingt-six juin à dix-huit heures trente, le Conseil municipal de la "
                "Ville de Montferville, légalement convoqué, s'est réuni en séance publique à l'Hôtel de Ville, salle "
                "du Conseil, sous la présidence de Mme Catherine DUVAL-HÉBERT, Maire.")
    present_list = ("<b>Étaient présents :</b> Mme Catherine DUVAL-HÉBERT, M. Bertrand LEMONNIER, Mme Élise TOURNIER, "
                    "M. Patrick OSMONT, Mme Fatou DIALLO, M. Gérard LEFRANÇOIS, Mme Sylvie BOUTEILLER, M. Yannick "
                    "ROUSSEL, Mme Aïcha BENKHALED, M. Jean-Marc QUESTEL, Mme Laurence PETITPAS, M. Olivier GRENIER, "
                    "Mme Nathalie VAUQUELIN, M. Didier LAMY, Mme Sabrina MOUSSAOUI, M. Francis DELAUNAY, Mme Hélène "
                    "CORDIER, M. Rachid ZEMMOURI, Mme Marie-Pierre LEBAS, M. Sébastien HAUCHECORNE, Mme Josiane "
                    "LEMARIÉ, M. Kevin TIPHAINE, Mme Brigitte FLEURY, M. Hervé MAUGER, Mme Inès CARPENTIER, M. "
                    "Thierry BLONDEL, Mme Ophélie DUCROCQ, M. Alain VIARD.")
    pouvoirs = ("<b>Absents représentés :</b> M. Pascal GUÉRIN (pouvoir à M. LEMONNIER), Mme Chantal RENOULT (pouvoir "
                "à Mme TOURNIER), M. Mehdi AOUADI (pouvoir à Mme DIALLO), Mme Véronique LESUEUR (pouvoir à M. OSMONT), "
                "M. Christian DUBUC (pouvoir à M. VIARD).<br/><b>Absents excusés :</b> Mme Léa HARDOUIN, "
                "M. Romain TESSIER.<br/><b>Secrétaire de séance :</b> Mme Élise TOURNIER.")
    right = [Paragraph(presents, SMALL), Paragraph(present_list, SMALL), Paragraph(pouvoirs, SMALL)]
    two = Table([[left, right]], colWidths=[4.6 * cm, doc.width - 4.6 * cm])
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 12)]))
    s += [two, Spacer(1, 10)]

    obj = Table([[Paragraph("<b>Délibération n° 2025-06-087</b><br/><b>Objet :</b> Santé mentale des aînés — "
                            "Création du réseau de sentinelles « Vigie Aînés » dans les quartiers prioritaires, "
                            "approbation de la convention de partenariat 2025-2027 et du plan de financement "
                            "2025-2026<br/><b>Rapporteur :</b> M. Bertrand LEMONNIER, adjoint au Maire délégué aux "
                            "solidarités, à la santé et aux aînés<br/><b>Commission :</b> Solidarités et cohésion "
                            "sociale du 12 juin 2025 — avis favorable à l'unanimité", B)]],
                colWidths=[doc.width])
    obj.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f1f1")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    s += [obj, Spacer(1, 10)]

    s += [Paragraph("Mes chers collègues,", B)]
    expo = [
        "Le vieillissement de la population de nos quartiers prioritaires est désormais une réalité : les quartiers "
        "des Hauts-Cailly et du Clos-Saint-Marc comptent 1 730 habitants âgés de 65 ans et plus, dont 780 de 75 ans "
        "et plus ; 58 % de ces derniers vivent seuls. L'enquête « Vieillir dans mon quartier » conduite fin 2024 par "
        "l'Observatoire normand de la santé et du vieillissement (ONSV) montre que près de quatre seniors sur dix des "
        "quartiers prioritaires étudiés sont socialement isolés et que les idées suicidaires y sont presque deux fois "
        "plus fréquentes qu'ailleurs dans nos communes.",
        "Le conseil local de santé mentale (CLSM), créé par notre assemblée en 2021, a fait de la santé mentale des "
        "aînés sa première priorité à l'issue de son diagnostic partagé de 2023. Il propose aujourd'hui de créer un "
        "réseau de sentinelles, baptisé « Vigie Aînés » : des personnes qui, par leur métier ou leur engagement, "
        "côtoient chaque jour des personnes âgées — gardiens d'immeuble, pharmaciens, aides à domicile, agents du "
        "CCAS, facteurs, bénévoles des associations — seront formées à repérer les signes d'une crise suicidaire, à "
        "entrer en contact avec la personne et à l'orienter, sans se substituer aux professionnels du soin.",
        "Les sentinelles seront formées au cours de sessions d'une journée animées par l'équipe mobile de psychiatrie "
        "du sujet âgé « Pass'Âge » du centre hospitalier Jean-Delacour et par la coordinatrice du CLSM. Chaque "
        "situation repérée fera l'objet d'une fiche d'alerte adressée à la coordination du CLSM, et l'équipe mobile "
        "s'engage à prendre contact avec la personne dans un délai de 72 heures ouvrées. Les sentinelles "
        "bénéficieront d'une séance d'analyse des pratiques par trimestre.",
        "L'objectif est de former 120 sentinelles d'ici au 31 décembre 2026, au cours de huit sessions de quinze "
        "personnes. Le coût du projet pour les années 2025 et 2026 est estimé à 86 400 euros, dont 27 400 euros à la "
        "charge de la Ville. Je vous propose d'approuver la création du réseau, la convention de partenariat et le "
        "plan de financement joints en annexe.",
    ]
    s += [Paragraph(t, B) for t in expo]
    s += [Spacer(1, 6), Paragraph("<b>LE CONSEIL MUNICIPAL,</b>", B)]
    vus = [
        "le Code général des collectivités territoriales, et notamment son article L. 2121-29 ;",
        "le Code de la santé publique, et notamment son article L. 3221-2 relatif au projet territorial de santé "
        "mentale ;",
        "le projet territorial de santé mentale (PTSM) de la Seine-Maritime 2020-2025 ;",
        "le contrat de ville « Engagements Quartiers 2030 » de l'agglomération de Montferville signé le 4 avril 2024 ;",
        "la délibération n° 2021-03-022 du 25 mars 2021 portant création du conseil local de santé mentale ;",
        "le diagnostic partagé du CLSM présenté en assemblée plénière le 16 novembre 2023 ;",
        "l'avis favorable de la commission Solidarités et cohésion sociale du 12 juin 2025 ;",
    ]
    for v in vus:
        s += [Paragraph("<b>VU</b>\u00a0\u00a0" + v, VU)]
    consid = [
        "que l'isolement social des personnes âgées constitue, dans les quartiers prioritaires de la commune, un "
        "facteur de risque majeur de dépression et de crise suicidaire ;",
        "que 14,6 % des hommes âgés des quartiers prioritaires n'ont consulté aucun médecin généraliste au cours de "
        "l'année, ce qui rend nécessaire un repérage par les acteurs de proximité ;",
        "que l'équipe mobile de psychiatrie du sujet âgé « Pass'Âge » peut intervenir à domicile sur l'ensemble du "
        "territoire communal ;",
        "que l'Agence régionale de santé de Normandie a fait connaître son intention de soutenir le projet au titre du "
        "fonds d'intervention régional (FIR) ;",
    ]
    for c in consid:
        s += [Paragraph("<b>CONSIDÉRANT</b>\u00a0\u00a0" + c, ParagraphStyle("c2", parent=VU, leftIndent=0,
                                                                                 firstLineIndent=0))]
    s += [Paragraph("Après en avoir délibéré,", B), Paragraph("DÉCIDE", DEC)]
    arts = [
        ("Article 1er", "De créer le réseau de sentinelles « Vigie Aînés », chargé du repérage et de l'orientation des "
                        "personnes âgées en souffrance psychique ou en crise suicidaire dans les quartiers des "
                        "Hauts-Cailly et du Clos-Saint-Marc, puis, à compter de 2026, sur l'ensemble de la commune."),
        ("Article 2", "D'approuver la convention de partenariat 2025-2027 entre la Ville de Montferville, le Centre "
                      "communal d'action sociale, le centre hospitalier Jean-Delacour, l'association Les Fils "
                      "d'Argent et le bailleur social Logéo Caux Habitat, annexée à la présente délibération, et "
                      "d'autoriser Madame le Maire à la signer."),
        ("Article 3", "D'approuver le plan de financement 2025-2026 du réseau, d'un montant total de 86 400 euros, tel "
                      "qu'il figure en annexe 1."),
        ("Article 4", "D'autoriser Madame le Maire à solliciter auprès de l'Agence régionale de santé de Normandie une "
                      "subvention de 38 000 euros au titre du fonds d'intervention régional et auprès du Département "
                      "de la Seine-Maritime une subvention de 12 000 euros, et à signer tout document s'y rapportant."),
        ("Article 5", "De désigner M. Bertrand LEMONNIER, adjoint au Maire, comme élu référent du réseau et "
                      "représentant de la Ville au comité de pilotage, qui se réunira deux fois par an."),
        ("Article 6", "De dire que les crédits nécessaires sont inscrits au budget principal 2025, chapitre 65, "
                      "fonction 425, et seront inscrits au budget 2026."),
        ("Article 7", "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de "
                      "Rouen dans un délai de deux mois à compter de sa publication ; le tribunal peut être saisi par "
                      "l'application « Télérecours citoyens »."),
    ]
    for a, t in arts:
        s += [Paragraph(a, ART), Paragraph(t, B)]
    vote = Table([[Paragraph("<b>Vote :</b> adopté à la majorité — Pour : 31 — Contre : 0 — Abstentions : 2 "
                             "(M. Didier LAMY, Mme Brigitte FLEURY)", B)]], colWidths=[doc.width])
    vote.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
    s += [Spacer(1, 4), vote, Spacer(1, 10)]
    sig = Table([[Paragraph("Fait et délibéré les jour, mois et an susdits.<br/>Pour extrait certifié conforme.<br/>"
                            "La secrétaire de séance,<br/>Élise TOURNIER", SMALL),
                  Paragraph("À Montferville, le 30 juin 2025<br/>Le Maire,<br/><br/><i>[signé électroniquement]</i>"
                            "<br/>Catherine DUVAL-HÉBERT", SMALL)]], colWidths=[doc.width / 2, doc.width / 2])
    s += [KeepTogether([sig]), Spacer(1, 6)]
    s += [Paragraph("Le Maire certifie sous sa responsabilité le caractère exécutoire de cet acte, transmis en "
                    "préfecture le 1er juillet 2025 et publié le 3 juillet 2025.", SMALL)]

    s += [PageBreak(), Paragraph("ANNEXE 1 — Plan de financement prévisionnel 2025-2026 du réseau « Vigie Aînés »", SEC)]
    dep = [["Dépenses", "Montant (€)"],
           ["Coordination du réseau — 0,5 ETP de chargée de mission au CLSM (18 mois)", "40 500"],
           ["Formation des sentinelles — 8 sessions d'une journée × 2 400 €", "19 200"],
           ["Analyse des pratiques des sentinelles (une séance par trimestre)", "7 200"],
           ["Kits sentinelle, affiches et guide de poche", "6 500"],
           ["Évaluation externe confiée à l'ONSV", "13 000"],
           ["Total des dépenses", "86 400"]]
    rec = [["Recettes", "Montant (€)", "Part"],
           ["Agence régionale de santé de Normandie (FIR)", "38 000", "44 %"],
           ["Ville de Montferville", "27 400", "32 %"],
           ["Département de la Seine-Maritime", "12 000", "14 %"],
           ["Logéo Caux Habitat", "9 000", "10 %"],
           ["Total des recettes", "86 400", "100 %"]]

    def money_table(data, widths):
        rows = []
        for i, r in enumerate(data):
            bold = i == 0 or i == len(data) - 1
            rows.append([Paragraph(r[0], CELLB if bold else CELL)] +
                        [Paragraph(c, CELLBR if bold else CELLR) for c in r[1:]])
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6f0")),
                               ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f1f1f1")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return t

    s += [money_table(dep, [12.5 * cm, 4.0 * cm]), Spacer(1, 10), money_table(rec, [10.0 * cm, 3.5 * cm, 3.0 * cm])]
    s += [Spacer(1, 6), Paragraph("Les montants sont exprimés toutes taxes comprises. La participation de la Ville se "
                                  "répartit en 11 600 euros sur l'exercice 2025 et 15 800 euros sur l'exercice 2026.",
                                  SMALL)]
    s += [Paragraph("ANNEXE 2 — Calendrier prévisionnel des sessions de formation des sentinelles", SEC)]
    cal = [["Session", "Date", "Lieu", "Public prioritaire"],
           ["1", "23 septembre 2025", "Maison de quartier des Hauts-Cailly", "Gardiens d'immeuble, agents du CCAS"],
           ["2", "21 octobre 2025", "Centre social du Clos-Saint-Marc", "Aides à domicile, infirmiers libéraux"],
           ["3", "18 novembre 2025", "Maison de quartier des Hauts-Cailly", "Pharmaciens, facteurs, commerçants"],
           ["4", "février 2026", "Centre social du Clos-Saint-Marc", "Bénévoles des Fils d'Argent"],
           ["5 à 8", "mars à novembre 2026", "Lieux à définir (ensemble de la commune)", "Tous publics de proximité"]]
    t = Table([[Paragraph(c, CELLB if i == 0 else CELL) for c in r] for i, r in enumerate(cal)],
              colWidths=[1.6 * cm, 3.2 * cm, 5.6 * cm, 6.1 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6f0"))]))
    s += [t]
    s += [Paragraph("ANNEXE 3 — Engagements des partenaires (extrait de la convention)", SEC)]
    eng = [
        "<b>Ville de Montferville et CLSM :</b> recrutement et encadrement de la chargée de mission, réception des "
        "fiches d'alerte, organisation des sessions, animation du comité de pilotage, bilan annuel présenté en "
        "assemblée plénière du CLSM.",
        "<b>Centre hospitalier Jean-Delacour (EMPSA « Pass'Âge ») :</b> co-animation des formations, prise de "
        "contact avec la personne signalée dans un délai de 72 heures ouvrées, avis téléphonique aux sentinelles du "
        "lundi au vendredi de 9 h à 17 h.",
        "<b>CCAS :</b> mise à disposition du registre des personnes vulnérables, mobilisation des aides à domicile "
        "du service d'aide et d'accompagnement à domicile (SAAD) municipal.",
        "<b>Association Les Fils d'Argent :</b> mobilisation de ses bénévoles de visites de convivialité comme "
        "sentinelles et relais de lien social après une orientation.",
        "<b>Logéo Caux Habitat :</b> formation de l'ensemble de ses 23 gardiens d'immeuble des deux quartiers, "
        "affichage dans les halls, participation financière de 9 000 euros.",
    ]
    s += [Paragraph(e, B) for e in eng]
    doc.build(s)


if __name__ == "__main__":
    build()
    print("écrit", OUT)
