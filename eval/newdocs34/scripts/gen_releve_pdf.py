# -*- coding: utf-8 -*-
"""Génère le relevé de décisions du comité de pilotage du CLSM de Port-Ardelle du jeudi 12 février 2026, en PDF
(reportlab platypus) d'aspect « document numérisé ».

Mise en page : fond crème légèrement grisé, ombre de numérisation sur le bord gauche, deux trous de
perforation, tampon d'arrivée rouge incliné dans la marge (« REÇU LE 16 FÉV. 2026 »), en-tête administratif
(Ville / CLSM) sur deux colonnes en tableau sans bordure, titre encadré, liste des présents et des excusés,
ordre du jour numéroté, points examinés en paragraphes courts, tableau des décisions à quatre colonnes (n° /
décision / pilote / échéance) avec en-tête grisé et lignes répétées en cas de saut de page, date de la
prochaine réunion, signature de la présidente, pied de page « Document interne — page n ».
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.colors import HexColor, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-12_clsm-port-ardelle_releve-decisions-copil.pdf")

FD = "/usr/share/fonts/truetype/dejavu/"
for name, f in (("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
                ("Serif-It", "DejaVuSerif-Italic.ttf"), ("Sans", "DejaVuSans.ttf"),
                ("Sans-Bold", "DejaVuSans-Bold.ttf"), ("Mono", "DejaVuSansMono-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, FD + f))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-It", boldItalic="Serif-Bold")

PW, PH = A4
INK = HexColor("#2b2b2b")
body = ParagraphStyle("body", fontName="Serif", fontSize=9.6, leading=12.8, textColor=INK, alignment=TA_JUSTIFY,
                      spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=8.6, leading=11)
h = ParagraphStyle("h", fontName="Sans-Bold", fontSize=10.5, leading=13, textColor=INK, spaceBefore=8,
                   spaceAfter=4)
cell = ParagraphStyle("cell", fontName="Serif", fontSize=8.6, leading=10.8, textColor=INK)
cellb = ParagraphStyle("cellb", fontName="Sans-Bold", fontSize=8.6, leading=10.8, textColor=INK)
ttl = ParagraphStyle("ttl", fontName="Sans-Bold", fontSize=13, leading=17, alignment=TA_CENTER, textColor=INK)

PRESENTS = [
    "Hélène Castagnet, adjointe au maire déléguée à la santé, présidente du CLSM",
    "Dr Olivier Marsaudon, chef du pôle de psychiatrie adulte, centre hospitalier de Port-Ardelle",
    "Nadia Ferrandon, coordinatrice du CLSM (secrétariat de séance)",
    "Claire Autissier, infirmière conseillère technique, direction académique",
    "Julien Vernhes, chef de projet du contrat de ville",
    "Samia Haddad, médiatrice santé (adulte-relais), centre social des Salines",
    "Yacine Belkacem, président de Vigie Solidaire",
    "Anaïs Peyrac, pair-aidante, GEM Le Phare",
    "Odile Sarrazin, présidente d'Entr'Aide Familles Pertuis",
]
EXCUSES = ["Maëlle Dufour (Radio Estran)", "Bertrand Lafaurie (L'Écho du Pertuis)",
           "Romain Cazaubon (Compagnie du Ressac)"]

ODJ = [
    "Bilan des SISM 2025 et résultats de l'évaluation de la campagne « Parlons-en sans détour »",
    "Premiers secours en santé mentale : bilan 2025 et objectifs 2026",
    "Programme Esprit Large : point d'étape",
    "Charte « Médias et santé mentale » : préparation du premier comité de suivi",
    "SISM 2026 : dates et organisation",
    "Questions diverses",
]

POINTS = [
    ("1. Bilan des SISM 2025 et évaluation de la campagne",
     "Les SISM 2025 ont totalisé 2 140 participations (1 520 en 2024). Le comité relève la forte fréquentation "
     "du village de la Vigie (410 visiteurs) mais aussi la faible présence des hommes de plus de 50 ans à "
     "l'ensemble des rendez-vous. L'enquête en deux vagues montre un recul de la honte de consulter (de 38 % à "
     "29 %) et une progression de la part des habitants qui sauraient vers qui orienter un proche (de 34 % à "
     "51 %). Le Grand-Chenal reste le quartier le moins touché par la campagne (57 % l'ont vue, contre 71 % aux "
     "Salines)."),
    ("2. Premiers secours en santé mentale",
     "96 secouristes ont été formés au 31 décembre 2025 (31 en 2024, 65 en 2025). La session de février est "
     "complète et une liste d'attente de 9 personnes est ouverte. Le Dr Marsaudon signale que les CMP "
     "reçoivent désormais des appels de secouristes accompagnant une personne : il propose de leur réserver un "
     "créneau d'accueil le jeudi matin au CMP des Salines."),
    ("3. Programme Esprit Large",
     "352 élèves de 14 classes suivent le programme en 2025-2026. Les deux collèges demandent à le prolonger "
     "en 3e. Mme Autissier rappelle que l'extension au lycée suppose de former les infirmières du lycée "
     "professionnel du Chenal avant l'été."),
    ("4. Charte « Médias et santé mentale »",
     "Deux signalements ont été reçus depuis la signature, dont un titre de L'Écho du Pertuis du 18 novembre "
     "2025 employant le mot « déséquilibré » ; l'article a été corrigé en ligne par la rédaction. Le premier "
     "comité de suivi se tiendra en mars, comme prévu par la charte."),
    ("5. SISM 2026",
     "Le comité retient une édition de deux semaines, du lundi 5 au dimanche 18 octobre 2026, et souhaite "
     "davantage de rendez-vous au Grand-Chenal."),
]

DECISIONS = [
    ("D1", "Reconduire la campagne « Parlons-en sans détour » en 2026, avec un budget porté à 21 000 € et un "
           "effort ciblé sur Le Grand-Chenal.", "Nadia Ferrandon", "Cahier des charges au 30 avril 2026"),
    ("D2", "Fixer l'objectif de 150 secouristes en santé mentale formés (cumul) au 31 décembre 2026 et ajouter "
           "une sixième session en octobre 2026.", "Nadia Ferrandon, avec l'Institut Horizon Formation",
     "31 décembre 2026"),
    ("D3", "Réserver aux secouristes un créneau d'accueil le jeudi de 9 h à 12 h au CMP des Salines.",
     "Dr Olivier Marsaudon", "2 mars 2026"),
    ("D4", "Étendre Esprit Large au lycée professionnel du Chenal (classes de seconde) à la rentrée 2026.",
     "Claire Autissier", "1er septembre 2026"),
    ("D5", "Tenir les SISM 2026 du lundi 5 au dimanche 18 octobre 2026 ; thème local proposé par le groupe "
           "« Communication » du CLSM.", "Hélène Castagnet", "Thème arrêté au 31 mars 2026"),
    ("D6", "Organiser le premier atelier « Médias et santé mentale » (demi-journée) pour les rédactions "
           "signataires de la charte.", "Nadia Ferrandon et Maëlle Dufour", "Jeudi 26 mars 2026"),
    ("D7", "Traduire le dépliant de la campagne en arabe, en portugais et en anglais.", "Samia Haddad",
     "30 juin 2026"),
    ("D8", "Proposer une séance de théâtre-forum au club de rugby et au foyer de jeunes travailleurs pour "
           "toucher davantage les hommes.", "Samia Haddad, avec la Compagnie du Ressac", "SISM 2026"),
    ("D9", "Recrutement d'un médiateur en santé mentale à mi-temps pour les QPV : décision ajournée dans "
           "l'attente du vote du budget du contrat de ville.", "Julien Vernhes", "Réexamen le 11 juin 2026"),
]


def scan_look(c, doc):
    c.saveState()
    c.setFillColor(HexColor("#f6f2e8"))
    c.rect(0, 0, PW, PH, stroke=0, fill=1)
    for i, col in enumerate(("#d8d3c8", "#e3dfd5", "#ece8de")):
        c.setFillColor(HexColor(col))
        c.rect(i * 3, 0, 3, PH, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setStrokeColor(HexColor("#c9c3b6"))
    for y in (PH / 2 + 4 * cm, PH / 2 - 4 * cm):
        c.circle(0.9 * cm, y, 0.28 * cm, stroke=1, fill=1)
    c.setFont("Sans", 7.5)
    c.setFillColor(HexColor("#6b6b6b"))
    c.drawString(2.2 * cm, 1.1 * cm, "CLSM de Port-Ardelle — Comité de pilotage du 12 février 2026 — Document "
                                     "interne — page %d" % doc.page)
    if doc.page == 1:
        c.translate(PW - 4.3 * cm, PH - 2.2 * cm)
        c.rotate(8)
        c.setStrokeColor(HexColor("#b3261e"))
        c.setFillColor(HexColor("#b3261e"))
        c.setLineWidth(1.4)
        c.roundRect(-0.2 * cm, -0.55 * cm, 4.1 * cm, 1.35 * cm, 4, stroke=1, fill=0)
        c.setFont("Mono", 8.5)
        c.drawString(0.05 * cm, 0.3 * cm, "REÇU LE 16 FÉV. 2026")
        c.setFont("Mono", 6.5)
        c.drawString(0.05 * cm, -0.25 * cm, "Direction santé publique")
    c.restoreState()


def main():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.0 * cm, topMargin=2.6 * cm,
                            bottomMargin=2.0 * cm, title="Relevé de décisions du comité de pilotage du CLSM",
                            author="CLSM de Port-Ardelle")
    s = []
    top = Table([[Paragraph("<b>VILLE DE PORT-ARDELLE</b><br/>Direction de la santé publique", small),
                  Paragraph("<b>Conseil local de santé mentale</b><br/>Affaire suivie par : Nadia Ferrandon<br/>"
                            "05 99 00 41 20", small)]], colWidths=[8.4 * cm, 8.4 * cm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(top)
    s.append(Spacer(1, 14))
    box = Table([[Paragraph("COMITÉ DE PILOTAGE — RELEVÉ DE DÉCISIONS", ttl)],
                 [Paragraph("Séance du jeudi 12 février 2026, de 14 h 00 à 16 h 30 — salle des commissions, "
                            "hôtel de ville", ParagraphStyle("sub", parent=small, alignment=TA_CENTER))]],
                colWidths=[16.8 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.1, INK), ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(box)
    s.append(Spacer(1, 8))
    s.append(Paragraph("Présents", h))
    for p in PRESENTS:
        s.append(Paragraph(p, small, bulletText="–"))
    s.append(Paragraph("<b>Excusés :</b> " + " ; ".join(EXCUSES) + ".", small))
    s.append(Paragraph("Ordre du jour", h))
    for i, o in enumerate(ODJ, 1):
        s.append(Paragraph(o, small, bulletText="%d." % i))
    s.append(Paragraph("Points examinés", h))
    for t, txt in POINTS:
        s.append(Paragraph("<b>%s.</b> %s" % (t, txt), body))
    s.append(Paragraph("Décisions", h))
    rows = [[Paragraph("N°", cellb), Paragraph("Décision", cellb), Paragraph("Pilote", cellb),
             Paragraph("Échéance", cellb)]]
    for d in DECISIONS:
        rows.append([Paragraph(d[0], cellb)] + [Paragraph(x, cell) for x in d[1:]])
    tb = Table(rows, colWidths=[1.0 * cm, 8.9 * cm, 3.7 * cm, 3.2 * cm], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, INK), ("BACKGROUND", (0, 0), (-1, 0),
                                                                      HexColor("#dcd8cf")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(tb)
    s.append(Spacer(1, 10))
    s.append(Paragraph("<b>Prochaine réunion du comité de pilotage :</b> jeudi 11 juin 2026, 14 h 00, salle des "
                       "commissions.", body))
    s.append(Paragraph("<b>Diffusion :</b> membres du comité de pilotage et de l'assemblée plénière du CLSM.",
                       body))
    s.append(Spacer(1, 16))
    s.append(Paragraph("La présidente du CLSM,<br/><i>Hélène Castagnet</i>",
                       ParagraphStyle("sig", parent=body, leftIndent=10 * cm)))
    doc.build(s, onFirstPage=scan_look, onLaterPages=scan_look)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
