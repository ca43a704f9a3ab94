# -*- coding: utf-8 -*-
"""Génère le rapport d'activité 2025 de la consultation transculturelle de psychotrauma Escale (CH de Sarrelmont),
PDF de 5 pages (reportlab platypus).

Mise en page voulue : en-tête et pied courants (« page n / 5 »), page 1 pleine largeur avec titre, panneau de
chiffres clés (grand nombre au-dessus de son libellé, six cases) et éditorial ; pages 2 et 4 sur deux colonnes ;
page 3 pleine largeur avec trois tableaux, chacun avec sa ligne de total ; page 5 avec perspectives, annexe
méthodologique et signature ; notes de bas de page appelées en exposant et imprimées en bas de page.

Tout est inventé (structures, personnes, chiffres, numéros en 03 99 00, domaines .example).
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
                                NextPageTemplate, PageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-05_ch-sarrelmont_rapport-activite-escale-2025.pdf")

FD = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Serif", os.path.join(FD, "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SerifI", os.path.join(FD, "LiberationSerif-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FD, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SansB", os.path.join(FD, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFontFamily("Serif", normal="Serif", italic="SerifI", bold="SansB", boldItalic="SansB")

NAVY = HexColor("#22405C")
TEAL = HexColor("#2A7F86")
LIGHT = HexColor("#E6F0F2")
GREY = HexColor("#5F6B73")
N_PAGES = 5

W, H = A4
M = 2 * cm
NOTE_ZONE = 3.0 * cm

st_body = ParagraphStyle("body", fontName="Serif", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=5)
st_h1 = ParagraphStyle("h1", fontName="SansB", fontSize=13, leading=16, textColor=NAVY, spaceBefore=6, spaceAfter=5)
st_h2 = ParagraphStyle("h2", fontName="SansB", fontSize=10.5, leading=13, textColor=TEAL, spaceBefore=4,
                       spaceAfter=3)
st_kicker = ParagraphStyle("kicker", fontName="SansB", fontSize=8.5, leading=11, textColor=TEAL)
st_title = ParagraphStyle("title", fontName="SansB", fontSize=21, leading=25, textColor=NAVY, spaceBefore=4)
st_sub = ParagraphStyle("sub", fontName="Sans", fontSize=15, leading=19, textColor=TEAL, spaceAfter=4)
st_small = ParagraphStyle("small", fontName="SerifI", fontSize=8.5, leading=10.5, textColor=GREY, spaceAfter=8)
st_big = ParagraphStyle("big", fontName="SansB", fontSize=24, leading=27, textColor=TEAL, alignment=TA_CENTER)
st_lab = ParagraphStyle("lab", fontName="Sans", fontSize=8.5, leading=10.5, alignment=TA_CENTER)
st_cell = ParagraphStyle("cell", fontName="Sans", fontSize=9, leading=11)
st_cellb = ParagraphStyle("cellb", fontName="SansB", fontSize=9, leading=11)
st_cap = ParagraphStyle("cap", fontName="SansB", fontSize=9.5, leading=12, textColor=NAVY, spaceBefore=6,
                        spaceAfter=3)
st_bullet = ParagraphStyle("bullet", parent=st_body, leftIndent=12, bulletIndent=2, spaceAfter=3,
                           bulletFontName="Sans")
st_sign = ParagraphStyle("sign", fontName="SerifI", fontSize=10, leading=13, spaceBefore=6)

# notes de bas de page, par numéro de page
NOTES = {
    2: ["1. Quartiers prioritaires de la politique de la ville (QPV) de Sarrelmont : Haut-Fourneau (5 210 habitants), "
        "Bellevue (3 940) et Les Forges (2 870).",
        "2. Diagnostics posés à l'issue des trois premiers entretiens, selon la CIM-11. Un même patient peut "
        "présenter plusieurs troubles."],
    3: ["* Autres pays : 17 pays comptant chacun moins de 10 patients.",
        "** Moyenne annuelle des délais trimestriels, et non somme."],
    4: ["3. Tarifs 2025 d'Interlangues Grand Est : 52 € de l'heure en présentiel, 36 € de l'heure par téléphone. Ils "
        "passent à 54 € et 38 € au 1er mars 2026.",
        "4. L'accueil collectif n'est pas compté comme premier rendez-vous : le délai mesure l'attente jusqu'au "
        "premier entretien individuel avec un psychologue ou le psychiatre."],
}


def on_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    if n > 1:
        canv.setFont("Sans", 8)
        canv.setFillColor(GREY)
        canv.drawString(M, H - 1.2 * cm, "Consultation Escale — Rapport d'activité 2025")
        canv.drawRightString(W - M, H - 1.2 * cm, "Centre hospitalier de Sarrelmont")
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(0.6)
        canv.line(M, H - 1.35 * cm, W - M, H - 1.35 * cm)
    else:
        canv.setFillColor(NAVY)
        canv.rect(0, H - 0.9 * cm, W, 0.9 * cm, stroke=0, fill=1)
    notes = NOTES.get(n)
    if notes:
        y = M + NOTE_ZONE - 0.5 * cm
        canv.setStrokeColor(black)
        canv.setLineWidth(0.4)
        canv.line(M, y + 0.25 * cm, M + 5 * cm, y + 0.25 * cm)
        for note in notes:
            p = Paragraph(note, ParagraphStyle("fn", fontName="Serif", fontSize=7.5, leading=9))
            w, h = p.wrap(W - 2 * M, NOTE_ZONE)
            p.drawOn(canv, M, y - h)
            y -= h + 2
    canv.setFont("Sans", 8)
    canv.setFillColor(GREY)
    canv.drawString(M, 1.1 * cm, "CH de Sarrelmont · Pôle de psychiatrie adulte · Consultation Escale, CMP Saint-Éloi, "
                                 "12 rue des Tanneurs · 03 99 00 27 40")
    canv.drawRightString(W - M, 1.1 * cm, "page %d / %d" % (n, N_PAGES))
    canv.restoreState()


def frames_full(notes=True):
    bottom = M + (NOTE_ZONE if notes else 0)
    return [Frame(M, bottom, W - 2 * M, H - 2 * M - 0.3 * cm - (bottom - M), id="full", showBoundary=0)]


def frames_two():
    gap = 0.8 * cm
    colw = (W - 2 * M - gap) / 2
    bottom = M + NOTE_ZONE
    h = H - 2 * M - 0.3 * cm - NOTE_ZONE
    return [Frame(M, bottom, colw, h, id="left"), Frame(M + colw + gap, bottom, colw, h, id="right")]


doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                      title="Consultation Escale — Rapport d'activité 2025",
                      author="Centre hospitalier de Sarrelmont — Pôle de psychiatrie adulte",
                      subject="Rapport d'activité 2025 de la consultation transculturelle de psychotrauma Escale",
                      creator="Microsoft Word pour Microsoft 365")
doc.addPageTemplates([PageTemplate(id="full", frames=frames_full(notes=False), onPage=on_page),
                      PageTemplate(id="full_notes", frames=frames_full(), onPage=on_page),
                      PageTemplate(id="two", frames=frames_two(), onPage=on_page)])


def P(t, s=st_body):
    return Paragraph(t, s)


def bullets(items):
    return [Paragraph(t, st_bullet, bulletText="•") for t in items]


def table(rows, widths, total=True, header_bg=NAVY):
    data = [[Paragraph(str(c), st_cellb if (i == 0 or (total and i == len(rows) - 1)) else st_cell) for c in r]
            for i, r in enumerate(rows)]
    data[0] = [Paragraph('<font color="white">%s</font>' % c, st_cellb) for c in rows[0]]
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [("BACKGROUND", (0, 0), (-1, 0), header_bg),
             ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#B7C9CF")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ROWBACKGROUNDS", (0, 1), (-1, -2 if total else -1), [white, LIGHT])]
    if total:
        style += [("BACKGROUND", (0, -1), (-1, -1), HexColor("#CFE3E6")),
                  ("LINEABOVE", (0, -1), (-1, -1), 1.2, NAVY)]
    t.setStyle(TableStyle(style))
    return t


def fr(x, n=1):
    return ("%.*f" % (n, x)).replace(".", ",")


story = []

# ------------------------------------------------------------------ page 1
story += [Spacer(1, 0.4 * cm),
          P("CENTRE HOSPITALIER DE SARRELMONT — PÔLE DE PSYCHIATRIE ADULTE", st_kicker),
          P("Consultation transculturelle de psychotrauma Escale", st_title),
          P("Rapport d'activité 2025", st_sub),
          P("Établi en mars 2026 par l'équipe de la consultation. Diffusion : direction du centre hospitalier, ARS "
            "Grand Est, conseil local de santé mentale (CLSM) de Sarrelmont, partenaires.", st_small),
          P("L'année 2025 en chiffres", st_h1)]
kf = [("342", "patients en file active (+20 % par rapport à 2024)"), ("189", "nouveaux patients"),
      ("2 874", "entretiens réalisés"), ("71 %", "des entretiens avec un interprète professionnel"),
      ("23", "langues d'entretien"), ("9 semaines", "délai moyen d'attente d'un premier rendez-vous")]
cells = [[[Paragraph(v, st_big), Spacer(1, 3), Paragraph(l, st_lab)] for v, l in kf[i:i + 3]] for i in (0, 3)]
panel = Table(cells, colWidths=[(W - 2 * M) / 3] * 3, rowHeights=[2.45 * cm, 2.45 * cm])
panel.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                           ("LINEBELOW", (0, 0), (-1, 0), 1, white), ("LINEAFTER", (0, 0), (1, -1), 1, white),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
story += [panel, Spacer(1, 0.4 * cm), P("Éditorial", st_h1),
          P("En 2025, la consultation Escale a franchi un cap : avec 342 patients en file active, contre 286 "
            "l'année précédente, elle a accueilli un cinquième de patients en plus sans allonger les délais, bien "
            "au contraire. Le recrutement d'un second psychologue et la création d'un accueil collectif "
            "hebdomadaire ont permis de ramener le délai moyen d'attente d'un premier rendez-vous à 9 semaines sur "
            "l'année, et à 5,5 semaines au dernier trimestre."),
          P("Ce résultat n'aurait pas été possible sans les interprètes professionnels d'Interlangues Grand Est, "
            "présents dans sept entretiens sur dix, ni sans nos partenaires : Le Relais des Deux Rives et ses "
            "médiateurs pairs, la PASS psy, les équipes du CADA et de l'HUDA, le CLSM de Sarrelmont et son groupe "
            "de travail « Santé mentale et exil »."),
          P("Des fragilités demeurent : la pénurie d'interprètes dans certaines langues, l'absence de psychologue à "
            "l'HUDA, la difficulté à passer le relais vers les CMP de secteur. Elles sont au cœur de nos "
            "perspectives pour 2026."),
          P("Dr Karim Benslimane, psychiatre, responsable de la consultation", st_sign),
          NextPageTemplate("two"), PageBreak()]

# ------------------------------------------------------------------ page 2 (deux colonnes)
story += [P("1. Missions et organisation", st_h1),
          P("Escale est une consultation transculturelle de psychotrauma rattachée au pôle de psychiatrie adulte du "
            "centre hospitalier de Sarrelmont. Ouverte en septembre 2022 dans les locaux du CMP Saint-Éloi, elle "
            "accueille les personnes exilées âgées de 16 ans et plus, résidant dans l'agglomération, qui présentent "
            "des troubles psychiques en lien avec des événements traumatiques."),
          P("L'accès ne dépend ni de l'ouverture des droits à l'assurance maladie ni de l'existence d'un médecin "
            "traitant. Toute structure peut orienter un patient au moyen de la fiche d'orientation commune du CLSM."),
          P("L'équipe", st_h2),
          P("L'équipe réunit un psychiatre (0,3 ETP), deux psychologues (Nora Haddad, 1 ETP ; Julien Thiébaut, 0,8 "
            "ETP depuis mars 2025), une infirmière (0,5 ETP) et une secrétaire (1 ETP), soit 3,6 équivalents temps "
            "plein ; elle en comptait 2,8 en 2024."),
          P("L'accueil collectif", st_h2),
          P("Depuis mars 2025, un accueil collectif a lieu chaque mardi à 9 h 30 : les personnes nouvellement "
            "orientées y rencontrent l'équipe avec plusieurs interprètes, reçoivent une information sur la "
            "consultation et bénéficient d'une première évaluation du degré d'urgence. Les situations urgentes "
            "(idées suicidaires, décompensation) sont vues en entretien individuel sous 72 heures."),
          P("2. Le public accueilli", st_h1),
          P("La file active 2025 compte 342 patients, dont 189 nouveaux patients (55 %). Les hommes représentent "
            "56 % de la file active et les femmes 44 % ; l'âge moyen est de 31 ans, et 14 patients avaient 16 ou "
            "17 ans."),
          P("Lieu de résidence", st_h2),
          P("131 patients, soit 38 %, habitent l'un des trois quartiers prioritaires de la ville :<super>1</super> "
            "63 au Haut-Fourneau, 44 à Bellevue et 24 aux Forges. 148 résident dans le reste de Sarrelmont et 63 "
            "dans les autres communes de l'agglomération."),
          P("Hébergement", st_h2),
          P("147 patients sont hébergés par Le Relais des Deux Rives (96 en CADA, 51 en HUDA), 58 en hébergement "
            "d'urgence généraliste et 49 chez des tiers ; 14 sont sans abri et 74 disposent d'un logement "
            "personnel."),
          P("Les troubles rencontrés", st_h2),
          P("Parmi les nouveaux patients, 61 % présentent un trouble de stress post-traumatique (TSPT), dont près "
            "d'un tiers sous une forme complexe ; un épisode dépressif caractérisé y est associé dans 34 % des "
            "cas.<super>2</super> 68 % rapportent des violences subies pendant le parcours migratoire, le plus "
            "souvent en Libye ou sur la route des Balkans."),
          NextPageTemplate("full_notes"), PageBreak()]

# ------------------------------------------------------------------ page 3 (tableaux)
pays = [("Afghanistan", 74), ("Soudan", 41), ("Érythrée", 36), ("République démocratique du Congo", 29),
        ("Géorgie", 24), ("Syrie", 22), ("Guinée", 21), ("Côte d'Ivoire", 19), ("Albanie", 15), ("Somalie", 13),
        ("Autres pays*", 48)]
tot = sum(v for _, v in pays)
assert tot == 342
rows = [("Pays d'origine", "Patients", "Part de la file active")]
rows += [(p, str(v), fr(100 * v / tot) + " %") for p, v in pays]
rows += [("Total", str(tot), "100 %")]
statut = [("Demandeurs d'asile (procédure en cours, y compris recours devant la CNDA)", 158),
          ("Bénéficiaires d'une protection internationale (réfugiés, protection subsidiaire)", 121),
          ("Personnes déboutées ou sans titre de séjour", 46),
          ("Autres situations (titre de séjour pour soins, apatridie…)", 17)]
assert sum(v for _, v in statut) == 342
rows2 = [("Situation administrative au 31 décembre 2025", "Patients", "Part")]
rows2 += [(s, str(v), fr(100 * v / 342) + " %") for s, v in statut]
rows2 += [("Total", "342", "100 %")]
trim = [("T1 2025", 44, 668, 471, 12.5), ("T2 2025", 52, 731, 522, 10.0), ("T3 2025", 41, 642, 455, 8.0),
        ("T4 2025", 52, 833, 593, 5.5)]
rows3 = [("Trimestre", "Nouveaux patients", "Entretiens", "dont avec interprète", "Délai moyen (semaines)")]
rows3 += [(t, str(a), "{:,}".format(b).replace(",", " "), "{:,}".format(c).replace(",", " "), fr(d))
          for t, a, b, c, d in trim]
rows3 += [("Total 2025", "189", "2 874", "2 041", "9,0**")]
story += [P("Tableau 1 — File active 2025 par pays d'origine", st_cap),
          table(rows, [9 * cm, 3 * cm, 5 * cm]),
          Spacer(1, 0.25 * cm),
          P("L'Afghanistan reste le premier pays d'origine (74 patients), devant le Soudan et l'Érythrée. La part "
            "des patientes géorgiennes et albanaises progresse nettement par rapport à 2024."),
          P("Tableau 2 — File active par situation administrative", st_cap),
          table(rows2, [11 * cm, 3 * cm, 3 * cm]),
          Spacer(1, 0.25 * cm),
          P("Les personnes déboutées du droit d'asile sont les plus exposées aux ruptures de suivi : la fin de leur "
            "prise en charge en hébergement s'accompagne souvent d'une perte de contact avec l'équipe."),
          P("Tableau 3 — Activité par trimestre", st_cap),
          table(rows3, [3.4 * cm, 3.4 * cm, 3.2 * cm, 3.6 * cm, 3.4 * cm]),
          NextPageTemplate("two"), PageBreak()]

# ------------------------------------------------------------------ page 4 (deux colonnes)
story += [P("3. L'interprétariat", st_h1),
          P("En 2025, 2 041 des 2 874 entretiens (71 %) ont été conduits avec un interprète professionnel, pour un "
            "total de 1 646 heures d'interprétariat, contre 1 180 heures en 2024 (+39 %). Les interprètes sont "
            "intervenus sur place pendant 1 188 heures (72 %) et par téléphone pendant 458 heures (28 %) ; le "
            "premier entretien a toujours lieu en présentiel."),
          P("23 langues ont été utilisées. Les cinq premières, en heures, sont le dari (18 %), l'arabe toutes "
            "variantes confondues (14 %), le tigrinya (11 %), le pachto (9 %) et le géorgien (7 %)."),
          P("Le coût total s'élève à 78 264 € TTC.<super>3</super> Il a été financé par l'ARS Grand Est (60 000 €, "
            "crédits dédiés à l'interprétariat en santé), par le contrat de ville (12 000 €, au titre des habitants "
            "des QPV) et, pour le solde de 6 264 €, par le budget du centre hospitalier."),
          P("Aucun entretien n'a été conduit avec un membre de la famille ou un proche comme interprète. Depuis "
            "février 2025, les interprètes qui interviennent à Escale peuvent participer à un groupe mensuel "
            "d'analyse de la pratique financé par le CLSM : dix séances ont eu lieu, avec en moyenne neuf "
            "interprètes."),
          P("4. Les délais d'attente", st_h1),
          P("Le délai moyen entre la réception de la fiche d'orientation et le premier entretien "
            "individuel<super>4</super> a été de 9 semaines en 2025, contre 11 semaines en moyenne en 2024. Il a "
            "baissé tout au long de l'année : 12,5 semaines au premier trimestre, 10 au deuxième, 8 au troisième et "
            "5,5 au quatrième, alors qu'il atteignait 14 semaines fin 2024."),
          P("L'accueil collectif du mardi a réuni 163 personnes en 42 séances."),
          P("Les rendez-vous non honorés ont représenté 19 % des rendez-vous en 2025, contre 24 % en 2024. Pour les "
            "patients accompagnés par un médiateur pair, cette proportion tombe à 9 %."),
          P("5. Les partenariats", st_h1),
          P("Les nouveaux patients ont été adressés principalement par Le Relais des Deux Rives (64), les médecins "
            "généralistes (31), la PASS psy (29), la SPADA (18) et les services d'urgence (15). 71 patients ont été "
            "accompagnés au moins une fois par un médiateur pair du programme Pairs &amp; Passerelles."),
          P("23 patients ont été adressés à un CMP de secteur à la fin de leur prise en charge ; le délai d'attente "
            "y est de 16 semaines en moyenne, ce qui conduit l'équipe à prolonger certains suivis."),
          P("L'équipe a co-animé les sept sessions de la formation « Accueillir et accompagner en contexte "
            "transculturel » du CLSM, qui ont réuni 124 professionnels, et participé aux six réunions du groupe de "
            "travail « Santé mentale et exil »."),
          NextPageTemplate("full"), PageBreak()]

# ------------------------------------------------------------------ page 5
story += [P("6. Perspectives 2026", st_h1)]
story += bullets([
    "ramener le délai moyen d'attente d'un premier rendez-vous à 4 semaines au plus ;",
    "ouvrir avec Le Relais des Deux Rives un groupe de parole pour femmes exilées au CADA, à partir d'avril 2026 ;",
    "tenir une consultation avancée une demi-journée par mois à l'HUDA, en attendant le financement d'un poste de "
    "psychologue ;",
    "obtenir de l'ARS Grand Est 68 000 € pour l'interprétariat : la hausse des tarifs au 1er mars 2026 représente "
    "environ 3 300 € par an à volume constant ;",
    "porter le temps de psychiatre de 0,3 à 0,5 ETP ;",
    "formaliser avec les CMP de secteur une procédure de relais pour limiter les ruptures de suivi.",
])
story += [Spacer(1, 0.3 * cm), P("Annexe — Définitions et méthode", st_h1),
          P("<b>File active</b> : nombre de patients distincts ayant eu au moins un entretien individuel dans "
            "l'année."),
          P("<b>Nouveau patient</b> : patient reçu pour la première fois en entretien individuel au cours de "
            "l'année."),
          P("<b>Délai d'attente</b> : nombre de semaines entre la réception de la fiche d'orientation et le premier "
            "entretien individuel ; l'accueil collectif n'est pas compté."),
          P("<b>Sources</b> : dossier patient informatisé du centre hospitalier (extraction du 12 janvier 2026), "
            "factures d'Interlangues Grand Est, tableau de bord trimestriel du CLSM."),
          Spacer(1, 0.5 * cm),
          P("Fait à Sarrelmont, le 5 mars 2026.", st_sign),
          P("Dr Karim Benslimane, responsable de la consultation — Nora Haddad, psychologue coordinatrice", st_sign)]

doc.build(story)
import pypdf  # noqa: E402  (contrôle du nombre de pages)

n = len(pypdf.PdfReader(OUT).pages)
assert n == N_PAGES, "%d pages au lieu de %d" % (n, N_PAGES)
print("écrit :", OUT, n, "pages")
