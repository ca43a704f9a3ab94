# -*- coding: utf-8 -*-
"""Rapport d'activité 2025 de la commission départementale des soins psychiatriques (CDSP) de Terre-Aurore, en PDF
A4 portrait (reportlab platypus).

Tout est fictif. Forme : en-tête courant « CDSP de Terre-Aurore — Rapport d'activité 2025 », pied « Page n sur N »,
page de titre avec sommaire, sections numérotées (1, 1.1 …), un tableau des admissions par mode légal 2024 / 2025
avec évolution, un second petit tableau (réclamations par motif), notes de bas de page appelées en exposant (le
chiffre d'appel est collé au mot dans le texte extrait) et imprimées en bas de leur page sous un filet,
recommandations R1 à R6, annexes (calendrier des séances, sigles) en tableaux.
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-04-02_cdsp-terre-aurore_rapport-activite-2025.pdf")

pdfmetrics.registerFont(TTFont("Serif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SerifI", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

registerFontFamily("Serif", normal="Serif", bold="SerifB", italic="SerifI", boldItalic="SerifB")

BODY = ParagraphStyle("body", fontName="Serif", fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="SansB", fontSize=14, leading=18, spaceBefore=12, spaceAfter=6,
                    textColor=colors.HexColor("#1d4e63"))
H2 = ParagraphStyle("h2", fontName="SansB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
TITLE = ParagraphStyle("title", fontName="SansB", fontSize=22, leading=28, spaceAfter=10,
                       textColor=colors.HexColor("#1d4e63"))
SUB = ParagraphStyle("sub", fontName="Sans", fontSize=12, leading=16, spaceAfter=6)
CELL = ParagraphStyle("cell", fontName="Sans", fontSize=9, leading=11)
CAPTION = ParagraphStyle("cap", fontName="SansB", fontSize=9, leading=12, spaceBefore=6, spaceAfter=4)
NOTE = ParagraphStyle("note", fontName="Serif", fontSize=7.5, leading=9.5)

PAGE_NOTES = []  # notes des paragraphes dessinés sur la page en cours
TOTAL_PAGES = [0]


class FootPara(Paragraph):
    """Paragraphe qui porte des notes de bas de page : elles sont imprimées en bas de la page où il est dessiné."""

    def __init__(self, text, style=BODY, notes=None, **kw):
        super().__init__(text, style, **kw)
        self.notes = notes or []

    def draw(self):
        PAGE_NOTES.extend(self.notes)
        self.notes = []
        super().draw()

    def split(self, aW, aH):
        parts = super().split(aW, aH)
        if parts:
            first = parts[0]
            first.__class__ = FootPara
            first.notes = self.notes
            for p in parts[1:]:
                p.__class__ = FootPara
                p.notes = []
        return parts


def on_page(c, doc):
    c.saveState()
    c.setFont("Sans", 8)
    c.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        c.drawString(2 * cm, A4[1] - 1.3 * cm, "CDSP de Terre-Aurore — Rapport d'activité 2025")
        c.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    c.drawRightString(A4[0] - 2 * cm, 1.0 * cm, "Page %d sur %d" % (doc.page, TOTAL_PAGES[0] or 0))
    c.restoreState()


def on_page_end(c, doc):
    if not PAGE_NOTES:
        return
    c.saveState()
    y = 4.3 * cm
    c.setStrokeColor(colors.black)
    c.line(2 * cm, y + 0.3 * cm, 7 * cm, y + 0.3 * cm)
    for num, txt in PAGE_NOTES:
        p = Paragraph("<super>%d</super> %s" % (num, txt), NOTE)
        w, h = p.wrap(A4[0] - 4 * cm, 3 * cm)
        p.drawOn(c, 2 * cm, y - h)
        y -= h + 2
    c.restoreState()
    PAGE_NOTES.clear()


def table(data, widths, bold_last=False):
    rows = [[Paragraph(str(x), CELL) for x in r] for r in data]
    t = Table(rows, colWidths=widths, repeatRows=1)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe8ee")),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if bold_last:
        st.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f0f0f0")))
    t.setStyle(TableStyle(st))
    return t


def story():
    s = []
    P = lambda t, **kw: s.append(FootPara(t, **kw))  # noqa: E731
    s.append(Spacer(1, 1.5 * cm))
    s.append(Paragraph("Agence régionale de santé de Terre-Aurore — secrétariat de la CDSP", SUB))
    s.append(Paragraph("Commission départementale des soins psychiatriques de Terre-Aurore", TITLE))
    s.append(Paragraph("Rapport d'activité 2025", TITLE))
    s.append(Paragraph("Adopté en séance plénière le 26 mars 2026 — publié le 2 avril 2026", SUB))
    s.append(Spacer(1, 1 * cm))
    s.append(Paragraph("Sommaire", H2))
    for line in ("1. La commission et sa composition", "2. L'activité de la commission en 2025",
                 "3. Les mesures de soins sans consentement en 2025", "4. Les programmes de soins",
                 "5. Observations de la commission", "6. Recommandations"):
        s.append(Paragraph(line, SUB))
    s.append(Spacer(1, 1 * cm))
    P("<b>En bref.</b> En 2025, la commission a tenu 6 séances plénières, effectué 3 visites et examiné 312 dossiers "
      "de mesures. Elle a reçu 23 courriers de patients ou de proches. Ses six recommandations portent d'abord sur "
      "la recherche du tiers avant le recours au péril imminent et sur l'accueil aux urgences du CHU de "
      "Port-Aurore.")
    s.append(PageBreak())

    s.append(Paragraph("1. La commission et sa composition", H1))
    s.append(Paragraph("1.1 Missions", H2))
    P("La commission départementale des soins psychiatriques (CDSP) est chargée d'examiner la situation des "
      "personnes admises en soins psychiatriques sans consentement au regard du respect des libertés individuelles "
      "et de la dignité des personnes<super>1</super>. Elle reçoit les réclamations des patients et de leurs "
      "proches, visite les établissements et peut proposer au juge des libertés et de la détention la mainlevée "
      "d'une mesure.",
      notes=[(1, "Article L. 3223-1 du code de la santé publique. La commission est informée de toute admission en "
                 "péril imminent et de toute mesure qui se prolonge au-delà d'un an.")])
    P("À Terre-Aurore, un seul établissement est autorisé à assurer les soins sans consentement : le centre "
      "hospitalier spécialisé (CHS) de Morne-Vigie. Les urgences du CHU de Port-Aurore accueillent la majorité des "
      "patients avant leur transfert.")
    s.append(Paragraph("1.2 Composition au 31 décembre 2025", H2))
    P("La commission est présidée par le Dr Bertrand Quérel, psychiatre. Elle comprend en outre le Dr Moïse Tanic, "
      "psychiatre, Mme Catherine Ravel-Joseph, magistrate honoraire, le Dr Lina Chane-Kwai, médecin généraliste, "
      "Mme Gisèle Ramsamy, représentante de l'Association des familles Aurore Psy (AFAP), et M. Denis Pavadé, "
      "représentant des personnes malades, adhérent du GEM Les Alizés. Le secrétariat est assuré par l'ARS.")

    s.append(Paragraph("2. L'activité de la commission en 2025", H1))
    s.append(Paragraph("2.1 Séances et visites", H2))
    P("La commission a tenu 6 séances plénières. Elle a visité deux fois le CHS de Morne-Vigie, le 12 mars et le "
      "8 octobre 2025, et une fois le service des urgences du CHU de Port-Aurore, le 17 juin 2025. Lors de ces "
      "visites, elle a rencontré 21 patients qui en avaient fait la demande.")
    s.append(Paragraph("2.2 Dossiers examinés", H2))
    P("La commission a examiné 312 dossiers de mesures, dont la totalité des 109 admissions en péril imminent, "
      "comme la loi l'y oblige, et 58 mesures de plus d'un an<super>2</super>. Elle n'a saisi le juge qu'une fois : "
      "une seule saisine du juge des libertés et de la détention, le 4 septembre 2025, pour une mesure qu'elle "
      "estimait ne plus être justifiée ; le juge en a prononcé la mainlevée.",
      notes=[(2, "Mesures de soins sans consentement, hospitalisation complète ou programme de soins, en cours depuis "
                 "plus de douze mois à la date de l'examen.")])
    s.append(Paragraph("2.3 Réclamations", H2))
    P("La commission a reçu 23 courriers de patients ou de proches (15 en 2024). Le tableau 2 en donne les motifs. "
      "Chaque courrier a reçu une réponse écrite, dans un délai moyen de 19 jours.")
    s.append(Paragraph("Tableau 2 — Réclamations reçues en 2025, par motif principal", CAPTION))
    s.append(table([["Motif principal", "Nombre"],
                    ["Information sur les droits", "9"],
                    ["Contestation de la mesure", "6"],
                    ["Conditions d'hospitalisation (chambre, téléphone, visites)", "5"],
                    ["Conditions de transport", "3"],
                    ["Total", "23"]], [11 * cm, 3 * cm], bold_last=True))

    s.append(Paragraph("3. Les mesures de soins sans consentement en 2025", H1))
    P("En 2025, le CHS de Morne-Vigie a enregistré 538 admissions en soins sans consentement, contre 486 en 2024, "
      "soit une hausse de 10,7 %. Elles ont concerné 412 personnes (368 en 2024), soit 1,33 personne pour 1 000 "
      "habitants pour une population de 310 000 habitants<super>3</super>.",
      notes=[(3, "Population municipale au 1er janvier 2025 (estimation de l'Observatoire territorial de Terre-Aurore). "
                 "Données d'activité : département d'information médicale (DIM) du CHS, arrêtées au 15 janvier 2026.")])
    s.append(Paragraph("Tableau 1 — Admissions en soins sans consentement par mode légal, CHS de Morne-Vigie", CAPTION))
    s.append(table([["Mode légal", "2024", "2025", "Évolution"],
                    ["Soins à la demande d'un tiers (SDT)", "171", "182", "+6,4 %"],
                    ["SDT en urgence (SDTU)", "104", "121", "+16,3 %"],
                    ["Soins en cas de péril imminent (SPI)", "96", "109", "+13,5 %"],
                    ["Soins sur décision du représentant de l'État (SDRE)", "93", "98", "+5,4 %"],
                    ["dont mesures provisoires du maire", "27", "31", "+14,8 %"],
                    ["Personnes détenues (article D398)", "22", "28", "+27,3 %"],
                    ["Total des admissions", "486", "538", "+10,7 %"]],
                   [8.5 * cm, 2 * cm, 2 * cm, 2.5 * cm], bold_last=True))
    s.append(Spacer(1, 6))
    P("La hausse la plus forte concerne les soins à la demande d'un tiers en urgence et le péril imminent. Le péril "
      "imminent représente désormais 20,3 % des admissions, soit un peu plus d'une sur cinq. Les mesures "
      "provisoires prises par les maires<super>4</super> ont été confirmées par le préfet dans 27 cas sur 31.",
      notes=[(4, "Article L. 3213-2 du code de la santé publique : en cas de danger imminent pour la sûreté des "
                 "personnes, attesté par un avis médical, le maire arrête les mesures provisoires nécessaires ; le "
                 "préfet statue dans les 48 heures.")])
    P("Le juge des libertés et de la détention a statué sur 447 mesures et prononcé 19 mainlevées (11 en 2024), "
      "principalement pour des certificats établis hors délai<super>5</super>.",
      notes=[(5, "Article L. 3211-12-1 du code de la santé publique : contrôle obligatoire avant l'expiration d'un "
                 "délai de douze jours à compter de l'admission en hospitalisation complète.")])

    s.append(Paragraph("4. Les programmes de soins", H1))
    P("Au 31 décembre 2025, 164 personnes faisaient l'objet d'un programme de soins, contre 139 un an plus tôt. Le "
      "programme de soins permet de poursuivre des soins sans consentement hors de l'hospitalisation complète : "
      "consultations, traitement, hôpital de jour ou séjours à temps partiel<super>6</super>. Aucune contrainte "
      "physique ne peut être exercée au domicile.",
      notes=[(6, "Article L. 3211-2-1 du code de la santé publique. Le programme est établi par un psychiatre de "
                 "l'établissement après avis du patient.")])
    P("La durée médiane d'un programme est de 7 mois. Toutefois, 23 programmes de soins duraient depuis plus de deux "
      "ans au 31 décembre 2025. Dans plusieurs de ces dossiers, la commission n'a trouvé que des certificats "
      "mensuels recopiés d'un mois sur l'autre, sans trace d'une réévaluation réelle.")

    s.append(Paragraph("5. Observations de la commission", H1))
    s.append(Paragraph("5.1 L'accueil aux urgences du CHU", H2))
    P("La durée moyenne de passage aux urgences avant le transfert au CHS est de 11 h 40. Lors de sa visite du 17 juin, "
      "la commission a constaté qu'un patient attendait depuis 41 heures dans un box, sans espace d'apaisement ni "
      "accès à l'air libre. Le service ne dispose d'aucune chambre dédiée aux patients en crise.")
    s.append(Paragraph("5.2 La recherche du tiers", H2))
    P("Dans 14 des 109 dossiers de péril imminent, aucune trace de recherche d'un tiers ne figure au dossier. La "
      "commission rappelle que le péril imminent est une procédure d'exception, réservée au cas où aucun tiers ne "
      "peut être trouvé.")
    s.append(Paragraph("5.3 L'information sur les droits", H2))
    P("L'information est le premier motif de réclamation. La notification des droits intervient souvent au moment où "
      "le patient n'est pas en état de la comprendre, et elle n'est pas toujours renouvelée. La commission salue "
      "le livret « Vos droits en soins sans consentement » rédigé par des adhérents du GEM Les Alizés avec le CHS.")
    s.append(Paragraph("5.4 Le transport", H2))
    P("Sept transports ont été effectués en véhicule de police ou de gendarmerie et quatre cas de menottage ont été "
      "signalés à la commission. La convention de coordination signée le 4 avril 2025 entre le préfet, le "
      "procureur de la République, le CHS, le SDIS, la police et la gendarmerie rappelle que le transport est "
      "sanitaire et que les forces de l'ordre n'interviennent qu'en accompagnement.")
    s.append(Paragraph("5.5 La prévention des crises", H2))
    P("La commission a entendu la coordinatrice du conseil local de santé mentale (CLSM) de Cap Aurore. Elle salue "
      "le travail de la cellule de crise du CLSM et de l'équipe mobile psychiatrie précarité Lakou Mobile, qui "
      "permettent d'agir avant l'urgence. Ces dispositifs ne couvrent toutefois pas la commune de Saint-Lucien, qui "
      "n'a pas de CLSM, alors qu'elle compte 17 % des personnes admises.")

    s.append(Paragraph("6. Recommandations", H1))
    for code, txt in (
            ("R1", "Documenter systématiquement la recherche d'un tiers avant toute admission en péril imminent, à "
                   "l'aide d'une check-list versée au dossier."),
            ("R2", "Aménager aux urgences du CHU de Port-Aurore un espace d'apaisement dédié aux patients en crise."),
            ("R3", "Remettre à chaque patient, dès l'admission, le livret des droits, et vérifier sa compréhension "
                   "au plus tard à 72 heures."),
            ("R4", "Réévaluer en réunion pluriprofessionnelle tout programme de soins de plus de douze mois."),
            ("R5", "Étendre l'action de la cellule de crise aux communes sans CLSM, à commencer par Saint-Lucien."),
            ("R6", "Recenser chaque usage de menottes lors d'un transport vers le CHS et en informer la commission.")):
        P("<b>%s.</b> %s" % (code, txt))
    s.append(Spacer(1, 12))
    P("<i>Pour la commission, le président, Dr Bertrand Quérel.</i>")
    s.append(PageBreak())
    s.append(Paragraph("Annexe 1 — Séances plénières de l'année 2025", H1))
    s.append(table([["Séance", "Date", "Principaux points"],
                    ["1", "23 janvier 2025", "Installation des nouveaux membres ; programme de visites"],
                    ["2", "20 mars 2025", "Compte rendu de la visite du CHS ; dossiers de péril imminent"],
                    ["3", "22 mai 2025", "Mesures de plus d'un an ; réclamations"],
                    ["4", "3 juillet 2025", "Compte rendu de la visite des urgences du CHU"],
                    ["5", "25 septembre 2025", "Saisine du juge ; programmes de soins de longue durée"],
                    ["6", "27 novembre 2025", "Audition de la coordinatrice du CLSM ; préparation du rapport"]],
                   [2 * cm, 3.5 * cm, 9.5 * cm]))
    s.append(Paragraph("Annexe 2 — Sigles", H1))
    s.append(table([["Sigle", "Signification"],
                    ["AFAP", "Association des familles Aurore Psy"],
                    ["ARS", "Agence régionale de santé"],
                    ["CDSP", "Commission départementale des soins psychiatriques"],
                    ["CHS", "Centre hospitalier spécialisé"],
                    ["CHU", "Centre hospitalier universitaire"],
                    ["CLSM", "Conseil local de santé mentale"],
                    ["CMP", "Centre médico-psychologique"],
                    ["DIM", "Département d'information médicale"],
                    ["EMPP", "Équipe mobile psychiatrie précarité"],
                    ["GEM", "Groupe d'entraide mutuelle"],
                    ["JLD", "Juge des libertés et de la détention"],
                    ["SDIS", "Service départemental d'incendie et de secours"],
                    ["SDRE", "Soins sur décision du représentant de l'État"],
                    ["SDT", "Soins à la demande d'un tiers"],
                    ["SDTU", "Soins à la demande d'un tiers en urgence"],
                    ["SPI", "Soins psychiatriques en cas de péril imminent"]], [3 * cm, 12 * cm]))
    return s


def build(total):
    TOTAL_PAGES[0] = total
    PAGE_NOTES.clear()
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
                          bottomMargin=5 * cm, title="CDSP de Terre-Aurore — Rapport d'activité 2025",
                          author="ARS de Terre-Aurore")
    frame = Frame(2 * cm, 5 * cm, A4[0] - 4 * cm, A4[1] - 7.2 * cm, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(story())
    return doc.page


def main():
    n = build(0)
    n = build(n)
    print(OUT, n, "pages")


if __name__ == "__main__":
    main()
