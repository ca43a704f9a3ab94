# -*- coding: utf-8 -*-
"""Génère le rapport d'activité 2025 de l'association Habitat Solidaire Garlande (HSG) en PDF deux colonnes
(reportlab platypus), présenté à l'assemblée générale du 5 mars 2026.

Mise en page : première page avec bandeau de titre pleine largeur et encadré « Chiffres clés 2025 » (six cases),
puis texte sur deux colonnes ; titres de section numérotés ; tableau ; vraies notes de bas de page (appels en
exposant, textes imprimés en bas de la page où tombe l'appel : mise en page en deux passes) ; en-tête courant et
pied de page avec numéro de page.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                FrameBreak, NextPageTemplate, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-05_habitat-solidaire-garlande_rapport-activite-2025.pdf")

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Bold", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Italic", FD + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                              boldItalic="Serif-Bold")

GREEN = HexColor("#2d6a4f")
PALE = HexColor("#e9f5ee")
GREY = HexColor("#555555")

PW, PH = A4
ML, MR, MT, MB = 1.7 * cm, 1.7 * cm, 2.0 * cm, 1.8 * cm
GUTTER = 0.8 * cm
NOTE_ZONE = 2.6 * cm  # réservé en bas de chaque page pour les notes
COLW = (PW - ML - MR - GUTTER) / 2

st_body = ParagraphStyle("body", fontName="Serif", fontSize=9.2, leading=12.4, alignment=TA_JUSTIFY,
                         spaceAfter=5)
st_h = ParagraphStyle("h", fontName="Sans-Bold", fontSize=11.5, leading=14, textColor=GREEN, spaceBefore=8,
                      spaceAfter=4)
st_bul = ParagraphStyle("bul", parent=st_body, leftIndent=10, bulletIndent=0, spaceAfter=2)
st_cap = ParagraphStyle("cap", fontName="Sans-Bold", fontSize=8.5, leading=10.5, spaceBefore=4, spaceAfter=3)
st_src = ParagraphStyle("src", fontName="Serif-Italic", fontSize=7.5, leading=9.5, textColor=GREY, spaceAfter=6)
st_cell = ParagraphStyle("cell", fontName="Sans", fontSize=7.8, leading=9.6)
st_cellb = ParagraphStyle("cellb", fontName="Sans-Bold", fontSize=7.8, leading=9.6, textColor=white)
st_big = ParagraphStyle("big", fontName="Sans-Bold", fontSize=20, leading=23, textColor=GREEN, alignment=TA_CENTER)
st_lab = ParagraphStyle("lab", fontName="Sans", fontSize=8.2, leading=10, alignment=TA_CENTER)
st_note = ParagraphStyle("note", fontName="Serif", fontSize=7, leading=8.6)

NOTES = {
    1: "Part des personnes entrées dans un logement Toit d'Abord en 2024 qui y résidaient toujours douze mois plus "
       "tard (23 personnes sur 25).",
    2: "Le poste de travailleur pair est financé à 60 % par l'agence régionale de santé et à 40 % par la Ville "
       "d'Aurimont.",
    3: "CHRS : centre d'hébergement et de réinsertion sociale.",
    4: "Comptes arrêtés par le conseil d'administration le 29 janvier 2026 et certifiés par le commissaire aux "
       "comptes le 12 février 2026.",
}
NOTE_PAGE = {}  # numéro de note -> page (rempli à la première passe)


class NoteMark(Spacer):
    """Flowable invisible qui repère la page d'un appel de note."""

    def __init__(self, n):
        Spacer.__init__(self, 0, 0)
        self.note = n


def call(n):
    return "<super><font size=6.5>%d</font></super>" % n


def P(t, st=st_body):
    return Paragraph(t, st)


def story():
    s = []
    # ---- page 1 : bandeau pleine largeur + chiffres clés
    title = Table([[P("<font color='white' size=22><b>Rapport d'activité 2025</b></font>",
                      ParagraphStyle("t", fontName="Sans-Bold", fontSize=22, leading=27, textColor=white))],
                   [P("<font color='white'>Logement d'abord, pair-aidance et sorties de détention — "
                      "présenté à l'assemblée générale du 5 mars 2026</font>",
                      ParagraphStyle("t2", fontName="Sans", fontSize=10.5, leading=13, textColor=white))]],
                  colWidths=[PW - ML - MR])
    title.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 12),
                               ("TOPPADDING", (0, 0), (-1, 0), 12), ("BOTTOMPADDING", (0, -1), (-1, -1), 12)]))
    s.append(title)
    s.append(Spacer(0, 10))
    figs = [("18", "places Toit d'Abord au 31 décembre 2025 (12 en 2024)"),
            ("27", "personnes logées au cours de l'année"),
            ("41", "accompagnements le jour de la sortie de prison"),
            ("92 %", "des personnes toujours logées après 12 mois"),
            ("35", "téléphones solidaires remis"),
            ("6,8", "équivalents temps plein salariés")]
    cells = [[Table([[P(b, st_big)], [P(l, st_lab)]], colWidths=[(PW - ML - MR) / 3 - 12]) for b, l in figs[:3]],
             [Table([[P(b, st_big)], [P(l, st_lab)]], colWidths=[(PW - ML - MR) / 3 - 12]) for b, l in figs[3:]]]
    box = Table([[P("<b>Chiffres clés 2025</b>", ParagraphStyle("k", fontName="Sans-Bold", fontSize=11,
                                                               textColor=GREEN)), "", ""]] + cells,
                colWidths=[(PW - ML - MR) / 3] * 3)
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("BOX", (0, 0), (-1, -1), 1.2, GREEN),
                             ("SPAN", (0, 0), (-1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(box)
    s.append(FrameBreak())
    s.append(NextPageTemplate("deuxcol"))

    s.append(P("1. Le mot de la présidente", st_h))
    s.append(P("En 2025, Habitat Solidaire Garlande a consolidé ce qu'elle avait semé : plus de logements, un "
               "travailleur pair désormais bien identifié par les équipes du centre pénitentiaire, et une place "
               "reconnue dans le programme Cap Sortie. Notre association, créée en 2011, a aussi signé le 12 juin "
               "2025 le protocole de continuité des soins le jour de la levée d'écrou, aux côtés du SPIP, de l'USMP, "
               "du SMPR, du CSAPA L'Escale et de la Ville d'Aurimont."))
    s.append(P("Je remercie les locataires, qui nous ont fait confiance, et les bailleurs qui ont accepté de louer "
               "à des personnes que d'autres refusaient. — <i>Odile Carrère, présidente</i>"))

    s.append(P("2. Toit d'Abord Aurimont", st_h))
    s.append(P("Toit d'Abord applique le principe du logement d'abord : la personne accède directement à un "
               "logement ordinaire, avec un bail à son nom ou en sous-location, sans condition d'abstinence ni de "
               "traitement, et bénéficie d'un accompagnement à domicile aussi longtemps que nécessaire."))
    s.append(P("Le dispositif est passé de 12 à 18 places le 1er avril 2025, grâce à six appartements mis à "
               "disposition par le bailleur Garlande Habitat. Six places sont désormais réservées à des personnes "
               "sortant de détention, contre quatre en 2024. Les 18 logements se répartissent ainsi : 7 à "
               "Bellevue-Tilleuls, 4 à La Croix-Verte, 3 à Moulin-Neuf et 4 en centre-ville."))
    s.append(P("Au total, 27 personnes ont été logées au cours de l'année 2025, dont 9 à leur sortie du centre "
               "pénitentiaire d'Aurimont-Lestrac. Le taux de maintien dans le logement à douze mois atteint "
               "92 %%, un niveau stable par rapport à l'année précédente.%s" % call(1)))
    s.append(NoteMark(1))
    s.append(P("L'équipe d'accompagnement réunit deux travailleurs sociaux, une infirmière mise à disposition par "
               "le CHS du Pech-Lauzun à mi-temps et le travailleur pair. Chaque locataire reçoit au moins une visite "
               "par semaine."))

    s.append(P("3. Le travailleur pair", st_h))
    s.append(P("Damien Lacoste a été recruté le 2 septembre 2024, à 0,8 équivalent temps plein. Il est passé à temps "
               "plein le 1er janvier 2026.%s Titulaire d'un diplôme universitaire de pair-aidance, il met au "
               "service des personnes sa propre expérience de la détention." % call(2)))
    s.append(NoteMark(2))
    s.append(P("Ses missions dans Cap Sortie :"))
    for b in ["trois entretiens avec la personne avant la sortie, au centre pénitentiaire ;",
              "l'accueil devant la porte le jour de la levée d'écrou, la pharmacie puis le logement ;",
              "un appel le soir même, puis une présence régulière pendant le premier mois ;",
              "la remise d'un téléphone solidaire lorsque la ligne de la personne a été coupée."]:
        s.append(Paragraph(b, st_bul, bulletText="•"))
    s.append(P("En 2025, il a réalisé 41 accompagnements le jour de la sortie, contre 9 entre septembre et décembre "
               "2024. Aucune personne accompagnée n'est sortie sans traitement."))

    s.append(P("4. Cap Sortie : le logement à la sortie", st_h))
    s.append(P("Le programme Cap Sortie, lancé le 4 mars 2024 avec le SPIP et le SMPR, a accompagné 64 personnes en "
               "2025, contre 38 en 2024. HSG y est chargée de la recherche d'une solution de logement avant la "
               "sortie. Le tableau ci-dessous présente la situation de logement le jour de la libération."))
    tab = [[P("Solution de logement le jour de la sortie", st_cellb), P("2024", st_cellb), P("2025", st_cellb)],
           [P("Toit d'Abord", st_cell), P("4", st_cell), P("9", st_cell)],
           [P("Chez la famille ou des proches", st_cell), P("14", st_cell), P("21", st_cell)],
           [P("CHRS%s" % call(3), st_cell), P("9", st_cell), P("14", st_cell)],
           [P("Logement autonome (bail à son nom)", st_cell), P("3", st_cell), P("8", st_cell)],
           [P("Sans solution de logement stable", st_cell), P("8", st_cell), P("12", st_cell)],
           [P("<b>Total des personnes accompagnées</b>", st_cell), P("<b>38</b>", st_cell),
            P("<b>64</b>", st_cell)]]
    t = Table(tab, colWidths=[COLW * 0.62, COLW * 0.19, COLW * 0.19])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#9bb8a8")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, PALE]), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(KeepTogether([P("Tableau 1 — Situation de logement des personnes accompagnées par Cap Sortie", st_cap),
                           t, NoteMark(3),
                           P("Source : HSG, fichier de suivi Cap Sortie, au 31 décembre 2025.", st_src)]))
    s.append(P("Douze personnes sont encore sorties sans solution stable en 2025, le plus souvent après une "
               "libération anticipée décidée moins de quinze jours avant la date prévue."))

    s.append(P("5. Téléphones solidaires", st_h))
    s.append(P("Grâce à la Fondation Lien Social Garlande, 35 téléphones avec une carte prépayée de trois mois ont "
               "été remis en 2025. Sans téléphone, ni le CMP, ni la mission locale, ni le SPIP ne peuvent joindre "
               "la personne dans les jours qui suivent sa sortie."))

    s.append(P("6. Finances", st_h))
    s.append(P("Le budget 2025 s'élève à 684 500 euros.%s Les produits se répartissent entre l'État au titre du "
               "logement d'abord (41 %%), le département de la Haute-Garlande (17 %%), l'agence régionale de santé "
               "(18 %%), la Ville d'Aurimont (14 %%) et des fonds privés (10 %%)." % call(4)))
    s.append(NoteMark(4))

    s.append(P("7. Perspectives 2026", st_h))
    for b in ["porter Toit d'Abord à 24 places d'ici décembre 2026 ;",
              "recruter un deuxième travailleur pair, basé à Saint-Amans-la-Tour, en juin 2026 ;",
              "accompagner l'extension de Cap Sortie aux sorties vers Saint-Amans-la-Tour au second semestre ;",
              "ouvrir une colocation de transition de 3 places à Moulin-Neuf."]:
        s.append(Paragraph(b, st_bul, bulletText="•"))
    return s


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, NoteMark):
            NOTE_PAGE.setdefault(f.note, self.page)
        if isinstance(f, KeepTogether):
            pass


def decorate(c, doc):
    c.saveState()
    # en-tête courant
    c.setFont("Sans", 7.5)
    c.setFillColor(GREY)
    c.drawString(ML, PH - 1.15 * cm, "Habitat Solidaire Garlande — Rapport d'activité 2025")
    c.drawRightString(PW - MR, PH - 1.15 * cm, "Assemblée générale du 5 mars 2026")
    c.setStrokeColor(GREEN)
    c.setLineWidth(0.6)
    c.line(ML, PH - 1.3 * cm, PW - MR, PH - 1.3 * cm)
    # notes de bas de page de cette page
    notes = [n for n, p in sorted(NOTE_PAGE.items()) if p == doc.page]
    if notes:
        y = MB + NOTE_ZONE - 0.35 * cm
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(ML, y + 0.15 * cm, ML + 5 * cm, y + 0.15 * cm)
        for n in notes:
            p = Paragraph("<super>%d</super> %s" % (n, NOTES[n]), st_note)
            w, h = p.wrap(PW - ML - MR, 3 * cm)
            p.drawOn(c, ML, y - h)
            y -= h + 2
    # pied
    c.setFont("Sans", 7.5)
    c.setFillColor(GREY)
    c.line(ML, MB - 0.25 * cm, PW - MR, MB - 0.25 * cm)
    c.drawString(ML, MB - 0.6 * cm, "HSG · 41 rue des Cordiers, Aurimont · 05 99 00 71 15 · hsg-garlande.example")
    c.drawRightString(PW - MR, MB - 0.6 * cm, "page %d" % doc.page)
    c.restoreState()


def build():
    doc = Doc(OUT, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT, bottomMargin=MB,
              title="Rapport d'activité 2025 — Habitat Solidaire Garlande", author="Habitat Solidaire Garlande")
    top_h = 9.3 * cm
    body_bottom = MB + NOTE_ZONE
    first = [Frame(ML, PH - MT - top_h, PW - ML - MR, top_h, id="top", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0),
             Frame(ML, body_bottom, COLW, PH - MT - top_h - body_bottom - 0.3 * cm, id="c1", leftPadding=0,
                   rightPadding=0),
             Frame(ML + COLW + GUTTER, body_bottom, COLW, PH - MT - top_h - body_bottom - 0.3 * cm, id="c2",
                   leftPadding=0, rightPadding=0)]
    later = [Frame(ML, body_bottom, COLW, PH - MT - body_bottom, id="l1", leftPadding=0, rightPadding=0),
             Frame(ML + COLW + GUTTER, body_bottom, COLW, PH - MT - body_bottom, id="l2", leftPadding=0,
                   rightPadding=0)]
    doc.addPageTemplates([PageTemplate("premiere", frames=first, onPage=decorate),
                          PageTemplate("deuxcol", frames=later, onPage=decorate)])
    doc.build(story())


def main():
    build()          # première passe : pages des appels de note
    first = dict(NOTE_PAGE)
    build()          # seconde passe : notes imprimées en bas des bonnes pages
    assert first == NOTE_PAGE, (first, NOTE_PAGE)
    print("écrit", OUT, "notes :", NOTE_PAGE)


if __name__ == "__main__":
    main()
