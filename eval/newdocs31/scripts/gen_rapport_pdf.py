# -*- coding: utf-8 -*-
"""Génère le rapport d'activité 2025 de la cellule pluridisciplinaire de prévention du mal-être agricole (PDF,
reportlab) : page de titre avec sommaire (numéros de page réels), sections numérotées 1 à 7, en-tête et pied
courants (« page n / N »), tableaux, dont le tableau 3 des sessions de formation qui continue sur la page
suivante avec son en-tête répété, vraies notes de bas de page (appel en exposant, note en bas de la page où
tombe l'appel). Deux passes : la première repère les pages des titres et des appels de note."""
import io
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-03-05_msa-orsane-cevenne_rapport-activite-cellule-prevention-2025.pdf")

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5,
                      spaceAfter=6)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=14, leading=18,
                    textColor=colors.HexColor("#2f5d25"), spaceBefore=10, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11, leading=14,
                    spaceBefore=6, spaceAfter=4)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
CAP = ParagraphStyle("cap", parent=BODY, fontName="Helvetica-Oblique", fontSize=9, spaceAfter=10)
FOOT = ParagraphStyle("foot", parent=BODY, fontSize=8, leading=10, spaceAfter=1)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=22, leading=27,
                       alignment=TA_CENTER, textColor=colors.HexColor("#2f5d25"))
SUB = ParagraphStyle("sub", parent=BODY, fontSize=12, leading=16, alignment=TA_CENTER)

FOOTNOTES = {
    1: "La cellule a été créée en mars 2020 ; elle se réunit tous les quinze jours, le mardi matin, au siège de la "
       "MSA à Vérignac.",
    2: "Est compté comme signalement toute situation nouvelle transmise à la cellule et ayant donné lieu à une "
       "prise de contact ; un même exploitant signalé deux fois dans l'année n'est compté qu'une fois.",
    3: "Chiffres transmis par l'association Écoute Rurale Orsane (ERO) ; un appel = une conversation de plus "
       "d'une minute.",
    4: "Sentinelles formées, départs en retraite et mutations compris : 19 sentinelles formées depuis 2023 ont "
       "cessé leur activité dans le département.",
    5: "Coût moyen 2025 d'une journée de remplacement, charges comprises, communiqué par le Service de "
       "remplacement de la Haute-Orsane (SRHO).",
    6: "CHS : centre hospitalier spécialisé. CMP : centre médico-psychologique.",
}

state = {"fn_pages": {}, "sec_pages": {}, "npages": 0}


class Marker(Flowable):
    """Flowable de taille nulle qui note la page où il est dessiné."""

    def __init__(self, kind, key):
        super().__init__()
        self.kind, self.key = kind, key
        self.width = self.height = 0

    def draw(self):
        state[self.kind][self.key] = self.canv.getPageNumber()


def fn(n):
    return '<super><font size="7">%d</font></super>' % n


def P(text, style=BODY):
    return Paragraph(text, style)


def table(rows, widths, header_rows=1, repeat=True, total=False):
    data = [[Paragraph(c, CELLB if i < header_rows or (total and i == len(rows) - 1) else CELL) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=header_rows if repeat else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
          ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dbe8d3")),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if total:
        st.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#eeeeee")))
    t.setStyle(TableStyle(st))
    return t


SECTIONS = [
    (1, "La cellule en bref"),
    (2, "Signalements et accompagnements"),
    (3, "Le réseau Sentinelles"),
    (4, "Répit et remplacement"),
    (5, "Difficultés économiques : le dispositif Cap Rebond"),
    (6, "Soins : l'équipe mobile de psychiatrie rurale"),
    (7, "Perspectives 2026"),
]


def h1(n):
    title = dict(SECTIONS)[n]
    return [Marker("sec_pages", n), P("%d. %s" % (n, title), H1)]


def story():
    s = []
    # ------------------------------------------------------------ page de titre et sommaire
    s += [Spacer(1, 2.2 * cm), P("MSA Orsane-Cévenne", SUB), Spacer(1, 0.6 * cm),
          P("Rapport d'activité 2025", TITLE), Spacer(1, 0.3 * cm),
          P("Cellule pluridisciplinaire de prévention du mal-être agricole (CPPMA)", SUB),
          P("Département de la Haute-Orsane", SUB), Spacer(1, 0.4 * cm),
          P("Présenté au comité départemental de suivi le 5 mars 2026", SUB), Spacer(1, 1.6 * cm),
          P("Sommaire", H2)]
    toc = []
    for n, title in SECTIONS:
        pg = state["sec_pages"].get(n, 0)
        toc.append([P("%d. %s" % (n, title), CELL), P(str(pg), CELL)])
    toc.append([P("Annexe : contacts utiles", CELL), P(str(state["sec_pages"].get("annexe", 0)), CELL)])
    t = Table(toc, colWidths=[13.5 * cm, 1.5 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    s += [t, Spacer(1, 1.2 * cm),
          P("Rédaction : Florence Audouard, responsable de la cellule, avec Claire Bessière (psychologue) et "
            "le Dr Bertrand Vialatte (médecin du travail). Données arrêtées au 31 décembre 2025.", CAP),
          PageBreak()]
    # ------------------------------------------------------------ 1
    s += h1(1)
    s += [P("La cellule pluridisciplinaire de prévention du mal-être agricole (CPPMA) de la MSA Orsane-Cévenne "
            "repère et accompagne les exploitants, conjoints, salariés et retraités agricoles en difficulté de la "
            "Haute-Orsane" + fn(1) + ". Elle réunit six professionnels : une responsable (Florence Audouard), "
            "deux travailleuses sociales (Nadège Pouget et Amandine Cros), un médecin du travail (Dr Bertrand "
            "Vialatte), un conseiller en prévention des risques professionnels (Loïc Fabrègue) et une "
            "psychologue à mi-temps (Claire Bessière), soit 4,5 équivalents temps plein."),
          Marker("fn_pages", 1),
          P("Elle s'appuie sur un réseau de partenaires : l'association Écoute Rurale Orsane (ERO), qui tient la "
            "ligne Terre d'Écoute, le Service de remplacement de la Haute-Orsane (SRHO), la chambre "
            "d'agriculture, l'équipe mobile de psychiatrie rurale (EMPR) du CHS Sainte-Lucie, les maisons de "
            "santé et les conseils locaux de santé mentale, dont celui des Monts de Lauzière.")]
    # ------------------------------------------------------------ 2
    s += h1(2)
    s += [P("En 2025, la cellule a reçu 163 signalements" + fn(2) + ", contre 118 en 2024 et 88 en 2023, soit une "
            "hausse de 38 % en un an. La sécheresse de l'été et la chute du prix de l'agneau expliquent une "
            "bonne part de l'augmentation de l'automne. 128 personnes accompagnées ont bénéficié d'un plan "
            "d'accompagnement individuel (90 en 2024)."),
          Marker("fn_pages", 2),
          P("Le premier contact a eu lieu sous 48 heures dans 86 % des cas. Les personnes signalées sont à 71 % "
            "des hommes ; l'âge médian est de 52 ans ; 64 % sont éleveurs."),
          P("Les sentinelles sont désormais la première source de signalements : elles sont à l'origine de "
            "41 % des situations, devant les proches et la famille (18 %) et l'exploitant lui-même (14 %), qui "
            "appelle souvent après avoir vu une affiche ou entendu parler de la cellule au marché."),
          table([["Origine du signalement", "Part des signalements 2025"],
                 ["Sentinelles", "41 %"],
                 ["Proches et famille", "18 %"],
                 ["L'exploitant lui-même", "14 %"],
                 ["Médecins et MSP", "12 %"],
                 ["Terre d'Écoute", "9 %"],
                 ["Autres (élus, services de la MSA)", "6 %"]], [8, 6]),
          P("Tableau 1 — Origine des 163 signalements reçus en 2025.", CAP),
          P("La ligne d'écoute Terre d'Écoute (04 99 00 31 31), gratuite, ouverte 24 h/24 et 7 j/7, a reçu "
            "2 417 appels en 2025, contre 1 904 en 2024" + fn(3) + ". 38 % des appels ont lieu la nuit ou le "
            "week-end, quand les psychologues de la plateforme Écoute Grand Ouest prennent le relais des "
            "écoutants bénévoles."),
          Marker("fn_pages", 3)]
    # ------------------------------------------------------------ 3
    s += h1(3)
    s += [P("Depuis 2023, 231 sentinelles ont été formées en Haute-Orsane" + fn(4) + " : 64 en 2023, 78 en 2024 "
            "et 89 en 2025. La formation dure une journée (7 heures) ; elle est animée par la psychologue de la "
            "cellule et un infirmier de l'équipe mobile, et coûte 95 € par sentinelle, à la charge de la MSA."),
          Marker("fn_pages", 4),
          KeepTogether([table([["Profession", "Sentinelles formées 2023-2025"],
                 ["Conseillers agricoles (chambre, centres de gestion)", "58"],
                 ["Vétérinaires et auxiliaires vétérinaires", "37"],
                 ["Salariés bancaires", "44"],
                 ["Techniciens de coopérative", "31"],
                 ["Contrôleurs laitiers", "19"],
                 ["Élus municipaux", "26"],
                 ["Autres (MSA, associations)", "16"],
                 ["Total", "231"]], [10, 5], total=True, repeat=False),
          P("Tableau 2 — Sentinelles formées par profession, cumul 2023-2025.", CAP)]),
          P("3.1 Ce que disent les sentinelles", H2),
          P("Un questionnaire a été adressé aux sentinelles en octobre 2025 (117 répondants). 78 % disent se "
            "sentir plus à l'aise pour aborder le mal-être avec un agriculteur depuis la formation, et 61 % ont "
            "déjà orienté au moins une personne vers la cellule, Terre d'Écoute ou un médecin. Les difficultés "
            "citées le plus souvent sont la peur de « se mêler de ce qui ne les regarde pas », le manque de "
            "nouvelles après un signalement et le sentiment d'être seul face à une situation lourde."),
          P("Pour y répondre, la cellule informe désormais la sentinelle que la personne a été contactée, sans "
            "entrer dans le détail, et la psychologue de la cellule propose un entretien de soutien à toute "
            "sentinelle qui le demande. Un webinaire « Être sentinelle » a réuni 72 inscrits le 9 octobre 2025."),
          P("3.2 Les sessions de formation 2025", H2),
          P("Dix sessions ont eu lieu en 2025, réparties dans les cinq cantons. La session prévue en novembre "
            "2025 dans le Val d'Arbonne a été reportée au 5 février 2026, faute de salle. Les vétérinaires ont "
            "bénéficié pour la première fois d'une session réservée, le 18 septembre 2025, organisée avec le "
            "Dr Thomas Rigal."),
          P("Les sentinelles signalent en moyenne 0,3 situation par an ; 12 % d'entre elles ont fait au moins "
            "trois signalements. Une journée de retour d'expérience a réuni 84 sentinelles le 27 janvier 2026 "
            "à Vérignac ; elle sera renouvelée tous les deux ans."),
          Spacer(1, 0.2 * cm)]
    sessions = [["Date", "Lieu", "Public", "Formés"],
                ["16 janvier 2025", "Vérignac, chambre d'agriculture", "Conseillers agricoles", "12"],
                ["6 février 2025", "Saint-Privat-de-Lauzière, salle du conseil communautaire", "Vétérinaires et "
                 "auxiliaires", "8"],
                ["13 mars 2025", "Chanteloube, MSP du Haut-Lauzière", "Salariés bancaires", "10"],
                ["3 avril 2025", "Mourèze-les-Bois, mairie", "Techniciens de coopérative", "9"],
                ["12 juin 2025", "Saint-Privat-de-Lauzière, salle du conseil communautaire", "Élus municipaux", "11"],
                ["18 septembre 2025", "Mourèze-les-Bois, clinique des Trois Vallées", "Vétérinaires (session "
                 "réservée)", "9"],
                ["14 octobre 2025", "Chanteloube, MSP du Haut-Lauzière", "Conseillers agricoles", "9"],
                ["23 octobre 2025", "Val d'Arbonne, salle polyvalente de Saint-Julien", "Contrôleurs laitiers", "6"],
                ["20 novembre 2025", "Vérignac, siège de la MSA", "Salariés bancaires", "12"],
                ["4 décembre 2025", "Saint-Privat-de-Lauzière, ferme-auberge du Pradel", "Élus et secrétaires de "
                 "mairie", "3"],
                ["Total 2025", "", "", "89"]]
    assert sum(int(r[3]) for r in sessions[1:-1]) == 89
    s += [table(sessions, [3.4, 6.6, 4.6, 1.6], total=True),
          P("Tableau 3 — Sessions de formation Sentinelles organisées en 2025.", CAP)]
    # ------------------------------------------------------------ 4
    s += h1(4)
    s += [P("L'aide au répit de la MSA finance des journées de remplacement assurées par les agents du SRHO, pour "
            "permettre à un exploitant épuisé de souffler sans laisser son exploitation. En 2025, elle a financé "
            "1 752 journées de remplacement pour 253 exploitants, contre 1 386 journées et 207 exploitants en "
            "2024. La MSA a versé 282 072 € au SRHO."),
          P("En 2025, le plafond était de 10 jours par an et par exploitant. Le coût moyen d'une journée est de "
            "176 €" + fn(5) + " ; l'exploitant paie un reste à charge de 15 € par jour. Le canton de "
            "Mourèze-les-Bois connaît la plus forte hausse (+59 %), liée au travail de repérage de l'équipe "
            "mobile. Sur décision du conseil d'administration du 11 décembre 2025, le plafond passe à 12 jours "
            "par an à partir du 1er janvier 2026."),
          Marker("fn_pages", 5),
          P("Le SRHO comptait 46 agents de remplacement au 31 décembre 2025. Le délai de mise en place varie de 3 "
            "à 10 jours ; il est le plus long pendant l'agnelage.")]
    # ------------------------------------------------------------ 5
    s += h1(5)
    s += [P("Le dispositif Cap Rebond, copiloté par la chambre d'agriculture de la Haute-Orsane et la direction "
            "départementale des territoires (DDT), accompagne les exploitations en difficulté financière : un "
            "conseiller réalise un audit gratuit de l'exploitation en moins de trois semaines, puis propose un "
            "plan de redressement avec les créanciers. En 2025, 47 dossiers Cap Rebond ont été ouverts (31 en "
            "2024) et 9 exploitations ont engagé un règlement amiable judiciaire devant le tribunal judiciaire de "
            "Vérignac."),
          P("De son côté, la MSA a accordé 212 échéanciers de paiement de cotisations et 138 000 € de prises en "
            "charge de cotisations. Contact Cap Rebond : Régis Chabrol, chambre d'agriculture, 04 99 00 29 64.")]
    # ------------------------------------------------------------ 6
    s += h1(6)
    s += [P("L'équipe mobile de psychiatrie rurale (EMPR) du CHS" + fn(6) + " Sainte-Lucie de Vérignac a été créée "
            "en septembre 2024. Elle intervient au domicile, à la ferme, sur orientation du médecin traitant ou "
            "de la cellule. Elle couvre tout le canton de Mourèze-les-Bois depuis mars 2025."),
          Marker("fn_pages", 6),
          P("En 2025, elle a suivi 74 agriculteurs et réalisé 236 visites à domicile. Le délai moyen entre la "
            "demande et la première visite est passé de 9 jours en 2024 à 5 jours en 2025. Un tiers des patients "
            "n'avait jamais consulté en psychiatrie. Après la visite, 41 patients ont été orientés vers le CMP "
            "de Chanteloube.")]
    # ------------------------------------------------------------ 7
    s += h1(7)
    s += [P("Pour 2026, la cellule retient cinq priorités :"),
          P("1. appliquer le nouveau plafond de 12 jours de répit par an et réduire les délais de remplacement "
            "pendant l'agnelage ;"),
          P("2. former 60 nouvelles sentinelles, dont 20 vétérinaires ;"),
          P("3. soutenir l'ouverture d'un troisième groupe Paysans Debout à Chanteloube ;"),
          P("4. accompagner l'extension de l'équipe mobile au canton de Chanteloube en septembre 2026 ;"),
          P("5. publier un tableau de bord trimestriel par canton, partagé avec les CLSM.")]
    s += [Marker("sec_pages", "annexe"), KeepTogether([P("Annexe : contacts utiles", H2),
          table([["Service", "Téléphone"],
                 ["Cellule de prévention du mal-être agricole (MSA)", "04 99 00 52 10"],
                 ["Terre d'Écoute (24 h/24, gratuit)", "04 99 00 31 31"],
                 ["Service de remplacement de la Haute-Orsane (SRHO)", "04 99 00 47 80"],
                 ["Équipe mobile de psychiatrie rurale, secrétariat", "04 99 00 66 12"],
                 ["Cap Rebond, chambre d'agriculture", "04 99 00 29 64"]], [10, 5])])]
    return s


def on_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    if n > 1:
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, A4[1] - 1.3 * cm, "MSA Orsane-Cévenne — Rapport d'activité 2025 de la CPPMA")
        canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, "Cellule de prévention du mal-être agricole")
        canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.grey)
    canv.drawString(2 * cm, 1.1 * cm, "Document public — mars 2026")
    canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "page %d / %d" % (n, state["npages"] or 0))
    notes = [k for k, p in sorted(state["fn_pages"].items()) if p == n]
    if notes:
        y = 3.5 * cm
        canv.setStrokeColor(colors.black)
        canv.line(2 * cm, y, 7 * cm, y)
        y -= 0.15 * cm
        for k in notes:
            para = Paragraph("<super>%d</super> %s" % (k, FOOTNOTES[k]), FOOT)
            w, h = para.wrap(A4[0] - 4 * cm, 3 * cm)
            y -= h
            para.drawOn(canv, 2 * cm, y)
    canv.restoreState()


def build(target):
    doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=3.9 * cm, title="Rapport d'activité 2025 — CPPMA, MSA Orsane-Cévenne",
                            author="MSA Orsane-Cévenne")
    doc.build(story(), onFirstPage=on_page, onLaterPages=on_page)
    return doc


buf = io.BytesIO()
build(buf)
import pypdf  # noqa: E402
state["npages"] = len(pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages)
build(OUT)
print("écrit", OUT, state)
