# -*- coding: utf-8 -*-
"""Génère la procédure PR-PSY-014 « Soins psychiatriques sans consentement et situations de crise » du centre
hospitalier du Val de Sèves (CHVS) et de la Ville d'Ormeval (version 3 du 1er avril 2025), PDF A4 (reportlab).

Mise en page voulue : sections numérotées sur deux niveaux (1.1, 1.2, 2.1…), notes de bas de page appelées en
exposant et imprimées en bas de la page où elles sont appelées, arbre de décision dessiné en cases de texte
reliées par des flèches (page 4), en-tête courant (référence de la procédure) et pied « Page n/N ».

Tout est inventé (Ormeval, Seine-Bocage, CHVS, personnes, chiffres, numéros en 02 99 00, domaines .example).
Le cadre juridique résumé s'inspire du code de la santé publique mais ce document n'a aucune valeur juridique.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Flowable)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-04-01_chvs_procedure-soins-sans-consentement.pdf")

FD = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FD, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SansB", os.path.join(FD, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("SansI", os.path.join(FD, "LiberationSans-Italic.ttf")))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="SansB", italic="SansI", boldItalic="SansB")

BLUE = HexColor("#1F4E79")
PALE = HexColor("#EAF1F8")
GREY = HexColor("#555555")
ORANGE = HexColor("#C55A11")
W, H = A4
M = 2.0 * cm
NOTE_ZONE = 3.4 * cm
N_PAGES = 5

st_body = ParagraphStyle("body", fontName="Sans", fontSize=9.5, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=4)
st_h1 = ParagraphStyle("h1", fontName="SansB", fontSize=12.5, leading=15, textColor=BLUE, spaceBefore=8,
                       spaceAfter=4)
st_h2 = ParagraphStyle("h2", fontName="SansB", fontSize=10, leading=12.5, textColor=BLUE, spaceBefore=5,
                       spaceAfter=2)
st_title = ParagraphStyle("title", fontName="SansB", fontSize=17, leading=21, textColor=BLUE, spaceAfter=4)
st_sub = ParagraphStyle("sub", fontName="Sans", fontSize=10.5, leading=13.5, textColor=GREY, spaceAfter=8)
st_cell = ParagraphStyle("cell", fontName="Sans", fontSize=8.5, leading=10.5)
st_cellb = ParagraphStyle("cellb", fontName="SansB", fontSize=8.5, leading=10.5)
st_bul = ParagraphStyle("bul", parent=st_body, leftIndent=12, bulletIndent=3, spaceAfter=2)
st_box = ParagraphStyle("box", fontName="Sans", fontSize=8.3, leading=10.2, alignment=TA_CENTER)

HEADER = "CHVS · Ville d'Ormeval — Procédure PR-PSY-014 « Soins sans consentement et situations de crise » — v3 du 1er avril 2025"

NOTES = {
    1: ["1. Code de la santé publique (CSP), articles L3211-1 et suivants. Les soins libres restent la règle : "
        "en 2024, 71 % des admissions en psychiatrie adulte au CHVS ont été réalisées en soins libres.",
        "2. Taux de personnes ayant fait l'objet d'au moins une mesure de soins sans consentement dans l'année, "
        "pour 100 000 habitants de 16 ans et plus. Sources : CHVS et ARS Normandie (données 2024) ; moyenne "
        "nationale 2023, dernière année publiée."],
    2: ["3. Le tiers ne peut pas être un soignant de l'établissement d'accueil. Un majeur protégé peut faire "
        "l'objet d'une demande présentée par son tuteur ou son curateur.",
        "4. Au CHVS, 156 des 412 admissions en soins sans consentement de 2024 ont été prononcées pour péril "
        "imminent, soit 38 %, contre 26 % en France en 2023.",
        "5. Le maire d'Ormeval a signé 29 arrêtés provisoires en 2024, contre 22 en 2023. Hors heures ouvrables, "
        "l'arrêté est signé par l'adjoint d'astreinte, qui dispose d'une délégation permanente."],
    3: ["6. Les deux certificats de 24 h et de 72 h sont établis par deux psychiatres distincts en cas d'admission "
        "en urgence (SPDT-U) ou pour péril imminent (SPPI).",
        "7. Le juge des libertés et de la détention (JLD) du tribunal judiciaire statue après audience, tenue "
        "au CHVS dans une salle dédiée, le mardi et le vendredi."],
    4: ["8. L'arbre est une aide à la décision et ne remplace pas l'évaluation clinique. Il a été validé par la "
        "commission médicale d'établissement du CHVS le 18 mars 2025."],
    5: ["9. La fiche de liaison commune police – santé – ville est annexée à la convention de partenariat en "
        "cours de signature (signature prévue en juin 2025)."],
}


def on_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    canv.setFont("Sans", 7.5)
    canv.setFillColor(GREY)
    canv.drawString(M, H - 1.2 * cm, HEADER)
    canv.setStrokeColor(BLUE)
    canv.setLineWidth(0.6)
    canv.line(M, H - 1.35 * cm, W - M, H - 1.35 * cm)
    notes = NOTES.get(n, [])
    if notes:
        y = M + NOTE_ZONE - 0.3 * cm
        canv.line(M, y + 0.25 * cm, M + 5 * cm, y + 0.25 * cm)
        for t in notes:
            p = Paragraph(t, ParagraphStyle("note", fontName="Sans", fontSize=7.3, leading=8.8, textColor=black))
            w, h = p.wrap(W - 2 * M, NOTE_ZONE)
            p.drawOn(canv, M, y - h)
            y -= h + 2
    canv.setFillColor(GREY)
    canv.setFont("Sans", 8)
    canv.drawRightString(W - M, 1.0 * cm, "Page %d/%d" % (n, N_PAGES))
    canv.drawString(M, 1.0 * cm, "Document interne — diffusion : partenaires du CLSM d'Ormeval")
    canv.restoreState()


class DecisionTree(Flowable):
    """Arbre de décision : cases de texte reliées par des flèches étiquetées « oui » / « non »."""

    BOXES = {
        # clé : (x, y, largeur, hauteur, texte, question ?)
        "q1": (4.3, 17.2, 8.0, 1.6, "<b>1. La personne accepte-t-elle des soins ?</b><br/>Évaluer avec elle, "
              "proposer une consultation au CMP ou une visite de l'équipe mobile de crise", True),
        "libre": (13.4, 17.2, 3.6, 1.6, "<b>Soins libres</b><br/>CMP adultes, équipe mobile de crise, médecin "
                  "traitant", False),
        "q2": (4.3, 14.2, 8.0, 1.8, "<b>2. Danger immédiat pour la vie ?</b><br/>Passage à l'acte en cours, "
               "intoxication, blessure : appeler le 15 sans attendre", True),
        "samu": (13.4, 14.2, 3.6, 1.8, "<b>SAMU - 15</b><br/>urgences somatiques d'abord, évaluation "
                 "psychiatrique ensuite", False),
        "q3": (4.3, 11.0, 8.0, 1.9, "<b>3. Les troubles compromettent-ils la sûreté des personnes ou "
               "l'ordre public de façon grave ?</b>", True),
        "sdre": (0.0, 7.6, 6.6, 2.4, "<b>SPDRE</b> — arrêté du préfet sur certificat d'un psychiatre extérieur "
                 "à l'établissement.<br/>Danger imminent : <b>arrêté provisoire du maire</b> sur avis médical, "
                 "préfet informé sous 24 h", False),
        "q4": (8.6, 7.6, 8.4, 2.4, "<b>4. Un tiers peut-il signer une demande ?</b><br/>Famille, proche, "
               "tuteur ou curateur ; pas un soignant de l'établissement d'accueil", True),
        "spdt": (8.6, 3.7, 3.9, 2.6, "<b>SPDT</b> : demande du tiers + 2 certificats de moins de 15 jours<br/>"
                 "<b>SPDT-U</b> (risque grave) : 1 seul certificat", False),
        "sppi": (13.1, 3.7, 3.9, 2.6, "<b>SPPI - péril imminent</b> : aucun tiers joignable ; 1 certificat d'un "
                 "médecin extérieur au CHVS ; famille informée sous 24 h", False),
        "astreinte": (0.0, 3.7, 7.6, 2.6, "<b>Dans tous les cas</b> : prévenir l'astreinte administrative de "
                      "direction du CHVS, joignable 24 h/24 au <b>02 99 00 31 70</b>, qui signe la décision "
                      "d'admission (SPDT, SPDT-U, SPPI)", False),
    }
    ARROWS = [("q1", "libre", "oui", "h"), ("q1", "q2", "non", "v"), ("q2", "samu", "oui", "h"),
              ("q2", "q3", "non", "v"), ("q3", "sdre", "oui", "v"), ("q3", "q4", "non", "v"),
              ("q4", "spdt", "oui", "v"), ("q4", "sppi", "non", "v")]

    def wrap(self, aw, ah):
        self.width, self.height = aw, 19.0 * cm
        return self.width, self.height

    def draw(self):
        c = self.canv
        boxes = {}
        for k, (x, y, w, h, text, q) in self.BOXES.items():
            x, y, w, h = x * cm, (y - 3.3) * cm, w * cm, h * cm
            boxes[k] = (x, y, w, h)
            c.setFillColor(PALE if q else white)
            c.setStrokeColor(BLUE if q else ORANGE)
            c.setLineWidth(1.1)
            c.roundRect(x, y, w, h, 6, fill=1, stroke=1)
            p = Paragraph(text, st_box)
            pw, ph = p.wrap(w - 0.3 * cm, h)
            p.drawOn(c, x + 0.15 * cm, y + (h - ph) / 2)
        c.setStrokeColor(GREY)
        c.setFillColor(GREY)
        c.setFont("SansB", 8)
        for a, b, lab, d in self.ARROWS:
            ax, ay, aw, ah = boxes[a]
            bx, by, bw, bh = boxes[b]
            if d == "h":
                x1, y1, x2, y2 = ax + aw, ay + ah / 2, bx, by + bh / 2
            else:
                x1, y1 = ax + aw / 2, ay
                x2, y2 = bx + bw / 2, by + bh
                x1 = min(max(x1, bx + 0.3 * cm), bx + bw - 0.3 * cm) if abs(x1 - x2) > 4 * cm else x1
            c.line(x1, y1, x2, y2)
            c.circle(x2, y2, 2, fill=1, stroke=0)
            c.drawString((x1 + x2) / 2 + 3, (y1 + y2) / 2 + 3, lab)


def table(rows, widths, head=True):
    data = [[Paragraph(c, st_cellb if (head and i == 0) else st_cell) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1 if head else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, GREY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), PALE))
    t.setStyle(TableStyle(style))
    return t


def P(t):
    return Paragraph(t, st_body)


def B(t):
    return Paragraph(t, st_bul, bulletText="•")


def story():
    s = []
    # ---------------------------------------------------------------- page 1
    s += [Paragraph("Soins psychiatriques sans consentement et situations de crise", st_title),
          Paragraph("Procédure commune du centre hospitalier du Val de Sèves (CHVS) et de la Ville d'Ormeval — "
                    "référence PR-PSY-014, version 3 applicable au 1er avril 2025 (remplace la version 2 de "
                    "novembre 2023)", st_sub),
          P("<b>Objet.</b> Cette procédure décrit qui fait quoi lorsqu'une personne présentant des troubles "
            "psychiques en crise refuse des soins qui paraissent nécessaires, sur le territoire de la commune "
            "d'Ormeval (y compris le quartier prioritaire Le Val-Fleuri). Elle s'adresse aux soignants du CHVS, "
            "aux services de la Ville (cabinet du maire, police municipale, CCAS), aux médecins libéraux et aux "
            "partenaires du conseil local de santé mentale (CLSM)."),
          Paragraph("1. Cadre et définitions", st_h1),
          Paragraph("1.1 Le principe : des soins libres", st_h2),
          P("Une personne atteinte de troubles psychiques est soignée avec son consentement, comme pour toute "
            "autre maladie<super>1</super>. Les soins sans consentement sont une exception, réservée aux "
            "situations où les troubles rendent impossible le consentement et imposent des soins immédiats, ou "
            "compromettent la sûreté des personnes. Avant toute mesure, l'équipe recherche une solution en soins "
            "libres : consultation au CMP adultes d'Ormeval, visite à domicile de l'équipe mobile de crise "
            "(mise en service au printemps 2025), hospitalisation en soins libres."),
          Paragraph("1.2 Les modes d'admission en soins sans consentement", st_h2),
          table([["Mode", "Sigle", "Qui demande ou décide", "Pièces médicales"],
                 ["Soins à la demande d'un tiers", "SPDT", "Demande manuscrite d'un tiers ; décision "
                  "d'admission du directeur du CHVS", "2 certificats circonstanciés de moins de 15 jours, le "
                  "premier par un médecin extérieur au CHVS"],
                 ["Soins à la demande d'un tiers en urgence", "SPDT-U", "Demande d'un tiers ; décision du "
                  "directeur", "1 seul certificat, qui peut émaner d'un médecin du CHVS"],
                 ["Soins en cas de péril imminent", "SPPI", "Aucun tiers ; décision du directeur", "1 certificat "
                  "d'un médecin extérieur au CHVS"],
                 ["Soins sur décision du représentant de l'État", "SPDRE", "Arrêté du préfet de Seine-Bocage",
                  "1 certificat d'un psychiatre extérieur au CHVS"],
                 ["Mesure provisoire du maire", "—", "Arrêté du maire d'Ormeval, en cas de danger imminent pour "
                  "la sûreté des personnes", "Avis médical (tout médecin)"]],
                [4.1, 1.6, 5.2, 6.1]),
          Paragraph("1.3 La période initiale d'observation et de soins", st_h2),
          P("Quel que soit le mode d'admission, la personne est d'abord prise en charge en hospitalisation "
            "complète pendant une période d'observation et de soins de <b>72 heures au maximum</b>. Au terme "
            "de cette période, le psychiatre propose soit la levée de la mesure, soit la poursuite en "
            "hospitalisation complète, soit un programme de soins (soins ambulatoires sans consentement)."),
          Paragraph("1.4 Repères chiffrés", st_h2),
          table([["Territoire", "Taux de soins sans consentement<super>2</super>", "Année"],
                 ["Secteur du CHVS (Ormeval et 14 communes)", "211 pour 100 000", "2024"],
                 ["Département de Seine-Bocage", "203 pour 100 000", "2024"],
                 ["Région Normandie", "189 pour 100 000", "2024"],
                 ["France entière", "176 pour 100 000", "2023"]],
                [8.0, 6.0, 3.0]),
          PageBreak()]
    # ---------------------------------------------------------------- page 2
    s += [Paragraph("2. Soins à la demande d'un tiers (SPDT, SPDT-U) et péril imminent (SPPI)", st_h1),
          Paragraph("2.1 Qui peut être tiers ?", st_h2),
          P("Le tiers est un membre de la famille de la personne, ou une personne justifiant de relations "
            "antérieures à la demande de soins lui donnant qualité pour agir dans son intérêt (ami, voisin "
            "proche, tuteur ou curateur)<super>3</super>. Il rédige une demande manuscrite, datée et signée, "
            "avec la copie de sa pièce d'identité. Un professionnel du CCAS ou un bailleur n'est pas un tiers, "
            "sauf relation personnelle antérieure avec la personne."),
          Paragraph("2.2 Certificats et décision d'admission", st_h2),
          B("<b>SPDT</b> : deux certificats médicaux circonstanciés datant de moins de 15 jours ; le premier est "
            "établi par un médecin n'exerçant pas au CHVS, le second peut l'être par un médecin du CHVS."),
          B("<b>SPDT-U</b> : en cas de risque grave d'atteinte à l'intégrité de la personne, un seul certificat "
            "suffit ; il peut être établi par un médecin du CHVS, y compris aux urgences."),
          B("La <b>décision d'admission</b> est signée par le directeur du CHVS ou, la nuit, le week-end et les "
            "jours fériés, par le cadre de l'astreinte administrative de direction."),
          Paragraph("2.3 Le péril imminent (SPPI)", st_h2),
          P("Lorsqu'il est impossible d'obtenir une demande de tiers et qu'il existe un <b>péril imminent</b> "
            "pour la santé de la personne, le directeur prononce l'admission sur un seul certificat établi par "
            "un médecin extérieur au CHVS. Le directeur informe dans les 24 heures la famille, le tuteur ou, à "
            "défaut, toute personne justifiant de relations avec la personne. Ce mode d'admission doit rester "
            "exceptionnel ; il est pourtant fréquent au CHVS<super>4</super>, ce qui traduit l'isolement d'une "
            "partie des patients."),
          Paragraph("3. Soins sur décision du représentant de l'État (SPDRE)", st_h1),
          Paragraph("3.1 L'arrêté préfectoral", st_h2),
          P("Le préfet de Seine-Bocage prononce par arrêté l'admission en soins d'une personne dont les troubles "
            "nécessitent des soins et compromettent la sûreté des personnes ou portent atteinte, de façon grave, "
            "à l'ordre public. L'arrêté est pris au vu d'un certificat circonstancié d'un psychiatre n'exerçant "
            "pas au CHVS. Les demandes sont transmises au bureau des soins sans consentement de la préfecture "
            "(ars-sdre@seine-bocage.gouv.example), qui assure une permanence 24 h/24 par l'intermédiaire du "
            "cadre d'astreinte de la préfecture."),
          Paragraph("3.2 La mesure provisoire du maire", st_h2),
          P("En cas de <b>danger imminent pour la sûreté des personnes</b>, attesté par un avis médical, le "
            "maire d'Ormeval arrête à l'égard de la personne toutes les mesures provisoires nécessaires, dont "
            "l'admission au CHVS<super>5</super>. Il en réfère <b>dans les 24 heures</b> au préfet, qui statue "
            "sans délai. Faute de décision préfectorale, la mesure provisoire est <b>caduque au terme d'une durée "
            "de 48 heures</b>. La police municipale ou le commissariat apporte le concours nécessaire ; le "
            "transport est assuré par une ambulance."),
          PageBreak()]
    # ---------------------------------------------------------------- page 3
    s += [Paragraph("4. Après l'admission : certificats, droits et contrôle du juge", st_h1),
          Paragraph("4.1 Les certificats de 24 heures et de 72 heures", st_h2),
          P("Dans les 24 heures suivant l'admission, un médecin réalise un examen somatique complet et un "
            "psychiatre du CHVS établit un <b>certificat de 24 heures</b> constatant l'état mental de la personne "
            "et confirmant ou non la nécessité des soins. Dans les 72 heures, un nouveau <b>certificat de 72 "
            "heures</b> est établi dans les mêmes conditions<super>6</super>. Le psychiatre qui établit ces "
            "certificats ne peut pas être l'auteur du certificat initial."),
          table([["Échéance", "Document", "Signé par", "Destinataires"],
                 ["Admission (J0)", "Décision d'admission", "Directeur du CHVS ou cadre d'astreinte (SPDT, "
                  "SPDT-U, SPPI) ; préfet (SPDRE)", "Patient, bureau des admissions"],
                 ["H24", "Certificat de 24 h + examen somatique", "Psychiatre du CHVS (examen somatique : tout "
                  "médecin)", "Directeur ; préfet si SPDRE"],
                 ["H72", "Certificat de 72 h + avis sur la forme de la prise en charge", "Psychiatre du CHVS "
                  "(distinct du précédent en SPDT-U et SPPI)", "Directeur ; préfet si SPDRE"],
                 ["J6 à J8", "Avis motivé pour la saisine du juge", "Psychiatre du CHVS", "JLD"],
                 ["Avant J12", "Audience et ordonnance", "Juge des libertés et de la détention", "Patient, "
                  "avocat, directeur"],
                 ["Puis chaque mois", "Certificat mensuel", "Psychiatre du CHVS", "Directeur ; préfet si SPDRE"]],
                [2.4, 4.4, 5.6, 4.6]),
          Paragraph("4.2 Le contrôle du juge", st_h2),
          P("Toute hospitalisation complète sans consentement est contrôlée par le juge des libertés et de la "
            "détention<super>7</super> <b>avant l'expiration d'un délai de 12 jours</b> à compter de "
            "l'admission, puis tous les six mois si elle se poursuit. La personne est assistée ou représentée "
            "par un avocat. Le juge peut ordonner la mainlevée de la mesure."),
          Paragraph("4.3 L'information de la personne et de ses proches", st_h2),
          P("La personne est informée, dès l'admission et de façon adaptée à son état, de la décision, de ses "
            "droits et des voies de recours. Elle peut saisir la commission départementale des soins "
            "psychiatriques (CDSP) de Seine-Bocage, communiquer avec le préfet, le juge, le maire ou le procureur "
            "de la République, et prendre conseil d'un avocat ou d'un médecin de son choix. L'assistante "
            "sociale du service rencontre la personne dans les cinq jours pour éviter les ruptures de droits "
            "(logement, ressources, protection juridique)."),
          PageBreak()]
    # ---------------------------------------------------------------- page 4
    s += [Paragraph("5. Arbre de décision<super>8</super>", st_h1),
          P("À utiliser par le médecin ou l'équipe présente auprès de la personne. Les cases en bleu sont des "
            "questions, les cases en orange des réponses."),
          DecisionTree(),
          PageBreak()]
    # ---------------------------------------------------------------- page 5
    s += [Paragraph("6. Intervention à domicile, transport et rôle de la police", st_h1),
          Paragraph("6.1 L'intervention à domicile", st_h2),
          P("Lorsqu'une personne en crise refuse tout contact, l'équipe mobile de crise du CHVS peut se rendre "
            "au domicile, du lundi au vendredi, avec le médecin traitant ou le CMP. Si une mesure sans "
            "consentement est décidée, le certificat est établi sur place par le médecin présent, et la "
            "demande du tiers est recueillie sur le formulaire CHVS-SSC-01."),
          Paragraph("6.2 Le transport et le concours de la police", st_h2),
          P("Le transport vers le CHVS est réalisé par une <b>ambulance agréée</b>, jamais dans un véhicule "
            "personnel. Le concours de la police nationale ou de la police municipale est demandé <b>seulement "
            "en cas de danger</b> pour la personne ou pour les intervenants ; les policiers accompagnent "
            "alors l'ambulance et remettent la fiche de liaison<super>9</super> à l'infirmier d'accueil. Le "
            "temps d'attente des équipes de police aux urgences ne doit pas dépasser une heure."),
          Paragraph("7. Contacts et astreintes", st_h1),
          table([["Service", "Joignable", "Numéro"],
                 ["Astreinte administrative de direction du CHVS", "24 h/24, 7 j/7", "02 99 00 31 70"],
                 ["Psychiatre d'astreinte (avis téléphonique)", "24 h/24, 7 j/7", "02 99 00 31 75"],
                 ["Équipe mobile de crise du CHVS", "lundi–vendredi 9 h – 19 h", "02 99 00 45 12"],
                 ["CMP adultes d'Ormeval, 14 avenue Pasteur", "lundi–vendredi 8 h 30 – 18 h", "02 99 00 45 00"],
                 ["Cabinet du maire / adjoint d'astreinte", "24 h/24 via le standard", "02 99 00 20 00"],
                 ["Commissariat d'Ormeval", "24 h/24", "17 ou 02 99 00 60 17"]],
                [8.2, 4.6, 4.2]),
          Spacer(1, 8),
          P("<b>Rédaction</b> : Dr Inès Boukhari, psychiatre, et Mathilde Roussel, cadre supérieure de santé "
            "(CHVS) ; Camille Le Goff, coordinatrice du CLSM (Ville d'Ormeval). <b>Validation</b> : Dr Hugo "
            "Lemarchand, chef du pôle de psychiatrie adulte, et Olivier Garnier, directeur du CHVS. "
            "<b>Prochaine révision</b> : avril 2027."),
          ]
    return s


def main():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=1.9 * cm,
                          bottomMargin=M + NOTE_ZONE, title="PR-PSY-014 Soins sans consentement et situations de crise",
                          author="CHVS — Ville d'Ormeval")
    frame = Frame(M, M + NOTE_ZONE, W - 2 * M, H - 1.9 * cm - M - NOTE_ZONE, id="f", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("p", frames=[frame], onPage=on_page)])
    doc.build(story())
    import pypdf
    n = len(pypdf.PdfReader(OUT).pages)
    assert n == N_PAGES, "nombre de pages %d au lieu de %d" % (n, N_PAGES)
    print("écrit :", OUT, n, "pages")


if __name__ == "__main__":
    main()
