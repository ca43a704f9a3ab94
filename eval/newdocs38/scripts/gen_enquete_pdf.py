# -*- coding: utf-8 -*-
"""Génère le rapport d'enquête 2025 sur le fardeau et les besoins des aidants familiaux de personnes vivant avec
un trouble psychique (Belcombe et Haute-Sâline), PDF multipage (reportlab platypus).

Mise en page voulue : page 1 avec titre, « L'essentiel » et encadré méthodologique ; tableaux de pourcentages par
groupe (lieu de résidence, lien avec le proche, sexe) ; graphiques en barres dessinés avec les valeurs imprimées ;
notes de bas de page appelées en exposant ; annexe glossaire ; pied « page n / N ».

Tout est inventé (ville, département, organismes, personnes, chiffres, numéros en 03 99 00, domaines .example).
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.graphics.shapes import Drawing, Rect, String, Line
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-09-23_oshs_enquete-fardeau-besoins-aidants-2025.pdf")

FD = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Serif", os.path.join(FD, "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SerifI", os.path.join(FD, "LiberationSerif-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FD, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SansB", os.path.join(FD, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFontFamily("Serif", normal="Serif", italic="SerifI", bold="SansB", boldItalic="SansB")

PLUM = HexColor("#5B2C6F")
ROSE = HexColor("#B85C8A")
LIGHT = HexColor("#F3E9F1")
GREY = HexColor("#5F6B73")
W, H = A4
M = 2 * cm

st_body = ParagraphStyle("body", fontName="Serif", fontSize=10.3, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=6)
st_h1 = ParagraphStyle("h1", fontName="SansB", fontSize=13.5, leading=17, textColor=PLUM, spaceBefore=8,
                       spaceAfter=6)
st_h2 = ParagraphStyle("h2", fontName="SansB", fontSize=10.5, leading=13, textColor=ROSE, spaceBefore=5,
                       spaceAfter=3)
st_title = ParagraphStyle("title", fontName="SansB", fontSize=19, leading=23, textColor=PLUM)
st_sub = ParagraphStyle("sub", fontName="Sans", fontSize=12.5, leading=16, textColor=ROSE, spaceAfter=6)
st_small = ParagraphStyle("small", fontName="SerifI", fontSize=8.6, leading=10.8, textColor=GREY, spaceAfter=6)
st_cell = ParagraphStyle("cell", fontName="Sans", fontSize=8.8, leading=10.8)
st_cellb = ParagraphStyle("cellb", fontName="SansB", fontSize=8.8, leading=10.8)
st_cap = ParagraphStyle("cap", fontName="SansB", fontSize=9.5, leading=12, textColor=PLUM, spaceBefore=6,
                        spaceAfter=4)
st_bullet = ParagraphStyle("bullet", parent=st_body, leftIndent=12, bulletIndent=2, spaceAfter=3,
                           bulletFontName="Sans")
st_box = ParagraphStyle("box", fontName="Sans", fontSize=8.9, leading=11.6, spaceAfter=3)
st_boxh = ParagraphStyle("boxh", fontName="SansB", fontSize=10, leading=12.5, textColor=PLUM, spaceAfter=4)
st_fn = ParagraphStyle("fn", fontName="Serif", fontSize=8, leading=10, textColor=GREY, spaceAfter=2)
st_gl = ParagraphStyle("gl", fontName="Serif", fontSize=9.8, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=5,
                       leftIndent=10)


def P(t, s=st_body):
    return Paragraph(t, s)


def sup(n):
    return "<super>%s</super>" % n


def footer(canv, doc):
    canv.saveState()
    n = canv.getPageNumber()
    canv.setFont("Sans", 8)
    canv.setFillColor(GREY)
    if n > 1:
        canv.drawString(M, H - 1.2 * cm, "Enquête Aidants 2025 — Belcombe et Haute-Sâline")
        canv.drawRightString(W - M, H - 1.2 * cm, "Observatoire de la santé de Haute-Sâline")
        canv.setStrokeColor(ROSE)
        canv.line(M, H - 1.35 * cm, W - M, H - 1.35 * cm)
    canv.drawString(M, 1.1 * cm, "OSHS · 4 place de la Préfecture, Larrey-sur-Sâline · 03 99 00 52 10 · "
                                 "www.oshs.example")
    canv.drawRightString(W - M, 1.1 * cm, "page %d / %d" % (n, doc.n_pages))
    canv.restoreState()


def table(rows, widths, total_row=None, head_rows=1):
    data = []
    for i, r in enumerate(rows):
        style = st_cellb if i < head_rows or (total_row is not None and i == total_row) else st_cell
        data.append([Paragraph(str(c), style) for c in r])
    t = Table(data, colWidths=widths, repeatRows=head_rows)
    ts = [("GRID", (0, 0), (-1, -1), 0.4, GREY),
          ("BACKGROUND", (0, 0), (-1, head_rows - 1), LIGHT),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if total_row is not None:
        ts.append(("BACKGROUND", (0, total_row), (-1, total_row), LIGHT))
    t.setStyle(TableStyle(ts))
    return t


def hbar_chart(title, items, width=16.5 * cm, unit=" %", vmax=100):
    """Barres horizontales ; libellé à gauche, valeur imprimée au bout de la barre."""
    row_h = 17
    label_w = 7.2 * cm
    h = row_h * len(items) + 26
    d = Drawing(width, h)
    d.add(String(0, h - 12, title, fontName="SansB", fontSize=9.5, fillColor=PLUM))
    bar_w = width - label_w - 1.6 * cm
    for i, (lab, v) in enumerate(items):
        y = h - 34 - i * row_h
        d.add(String(0, y + 3, lab, fontName="Sans", fontSize=8.6))
        bw = bar_w * v / vmax
        d.add(Rect(label_w, y, bw, 11, fillColor=ROSE, strokeColor=None))
        d.add(String(label_w + bw + 4, y + 2.5, ("%d" % v) + unit, fontName="SansB", fontSize=8.6))
    return d


def vbar_chart(title, items, width=16.5 * cm, height=5.2 * cm, unit=" h"):
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName="SansB", fontSize=9.5, fillColor=PLUM))
    base = 22
    top = height - 34
    vmax = max(v for _, v in items)
    n = len(items)
    slot = (width - 20) / n
    d.add(Line(10, base, width - 10, base, strokeColor=GREY, strokeWidth=0.6))
    for i, (lab, v) in enumerate(items):
        x = 10 + i * slot + slot * 0.22
        bh = (top - base) * v / vmax
        d.add(Rect(x, base, slot * 0.56, bh, fillColor=PLUM, strokeColor=None))
        d.add(String(x + slot * 0.28, base + bh + 3, ("%d" % v) + unit, fontName="SansB", fontSize=8.6,
                     textAnchor="middle"))
        d.add(String(x + slot * 0.28, base - 12, lab, fontName="Sans", fontSize=8, textAnchor="middle"))
    return d


def boxed(flowables, bg=LIGHT, border=PLUM):
    t = Table([[flowables]], colWidths=[W - 2 * M])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, border), ("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return t


def story():
    s = []
    s.append(P("OBSERVATOIRE DE LA SANTÉ DE HAUTE-SÂLINE (OSHS) · RAPPORT D'ÉTUDE N° 2025-04 · SEPTEMBRE 2025",
               ParagraphStyle("k", fontName="SansB", fontSize=8.5, textColor=ROSE, spaceAfter=8)))
    s.append(P("Être aidant d'un proche vivant avec un trouble psychique", st_title))
    s.append(P("Enquête 2025 sur le fardeau et les besoins des familles — Belcombe et Haute-Sâline", st_sub))
    s.append(P("Étude réalisée à la demande du conseil local de santé mentale (CLSM) de Belcombe et de la délégation "
               "de Haute-Sâline de l'AFAMP (Association des familles et amis de personnes malades psychiques), avec "
               "le soutien du CCAS de Belcombe et du centre hospitalier spécialisé (CHS) du Val-de-Sâline. "
               "Rédaction : Élise Fournier, chargée d'études.", st_small))
    s.append(P("L'essentiel", st_h1))
    for b in [
        "187 aidants ont répondu de façon exploitable, dont 104 habitent Belcombe et 29 le quartier prioritaire "
        "de La Combe-aux-Loups.",
        "Près d'un aidant sur deux (49 %) présente un fardeau modéré à sévère ; la proportion atteint 52 % à "
        "Belcombe et 62 % dans le quartier de La Combe-aux-Loups.",
        "Les aidants consacrent en moyenne 21 heures par semaine à leur proche ; les conjoints, 32 heures.",
        "Le premier besoin exprimé est l'information sur la maladie et les traitements (78 %), devant la conduite "
        "à tenir en cas de crise (71 %) et le répit (64 %).",
        "Les ressources existent mais restent peu connues : seul un tiers des répondants (34 %) connaît le "
        "programme de psychoéducation Cap Familles, 14 % dans le quartier prioritaire.",
    ]:
        s.append(Paragraph(b, st_bullet, bulletText="•"))
    s.append(Spacer(1, 6))
    box = [P("Méthode en bref", st_boxh),
           P("<b>Questionnaire</b> anonyme de 46 questions, proposé en ligne et sur papier du 3 mars au 30 avril "
             "2025.", st_box),
           P("<b>Diffusion</b> : délégation AFAMP, CMP du secteur, CCAS, centre social de la Combe, 14 pharmacies "
             "et médecins généralistes volontaires.", st_box),
           P("<b>Qui pouvait répondre ?</b> Toute personne qui aide régulièrement et de façon non professionnelle "
             "un proche majeur vivant avec un trouble psychique, et qui réside en Haute-Sâline.", st_box),
           P("<b>Réponses</b> : 212 questionnaires reçus (198 en ligne et 14 sur papier). 25 ont été écartés "
             "(17 incomplets, 8 de personnes résidant hors du département) : 187 questionnaires exploitables.",
             st_box),
           P("<b>Mesure du fardeau</b> : échelle mini-Zarit (7 questions, score de 0 à 7). Un score de 4 ou plus "
             "signale un fardeau modéré à sévère ; un score de 6 ou plus, un fardeau sévère.", st_box),
           P("<b>Limites</b> : échantillon de convenance, non représentatif de l'ensemble des aidants ; les familles "
             "les plus isolées, qui ne sont en contact avec aucune structure, sont sans doute sous-représentées. "
             "Les pourcentages sont calculés sur les personnes ayant répondu à chaque question.", st_box)]
    s.append(boxed(box))
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 2
    s.append(P("1. Qui sont les aidants qui ont répondu ?", st_h1))
    s.append(P("Les répondants sont surtout des femmes (71 %) et des parents : six aidants sur dix s'occupent d'un "
               "fils ou d'une fille. L'âge moyen est de 58 ans et près d'un quart (24 %) ont 70 ans ou plus, ce qui "
               "pose la question de « l'après-nous » pour de nombreuses familles. 43 % vivent sous le même toit que "
               "leur proche. En moyenne, ils accompagnent leur proche depuis 11 ans." + sup(1)))
    s.append(P("Tableau 1 — Profil des 187 répondants", st_cap))
    s.append(table([
        ["Caractéristique", "Effectif", "Part"],
        ["Femmes", "133", "71 %"],
        ["Hommes", "54", "29 %"],
        ["Parents (père, mère)", "116", "62 %"],
        ["Conjoints", "26", "14 %"],
        ["Frères et sœurs", "24", "13 %"],
        ["Enfants adultes", "15", "8 %"],
        ["Autres (grands-parents, amis…)", "6", "3 %"],
        ["Habitant Belcombe", "104", "56 %"],
        ["dont quartier de La Combe-aux-Loups", "29", "16 %"],
        ["Habitant le reste de la Haute-Sâline", "83", "44 %"],
        ["Ensemble des répondants", "187", "100 %"],
    ], [9.5 * cm, 3 * cm, 3 * cm], total_row=11))
    s.append(Spacer(1, 6))
    s.append(P("Les troubles du proche, tels que déclarés par l'aidant, sont d'abord la schizophrénie (41 %) et les "
               "troubles bipolaires (27 %), puis la dépression sévère (14 %), les troubles de la personnalité (7 %) "
               "et les troubles obsessionnels compulsifs (5 %) ; 6 % ne savent pas ou citent un autre trouble."))
    s.append(vbar_chart("Graphique 1 — Heures d'aide par semaine, moyenne selon le lien avec le proche",
                        [("Conjoints", 32), ("Parents cohabitants", 28), ("Ensemble", 21),
                         ("Enfants adultes", 14), ("Frères et sœurs", 8)]))
    s.append(P("Lecture : les conjoints déclarent en moyenne 32 heures d'aide par semaine. La médiane, pour "
               "l'ensemble des répondants, est de 15 heures.", st_small))
    s.append(P("L'aide prend des formes variées : présence et surveillance, rappel des rendez-vous et des "
               "traitements, gestion de l'argent et des papiers, transports, soutien moral au quotidien. 38 % des "
               "répondants estiment que leur propre santé s'est dégradée depuis qu'ils aident leur proche, 31 % "
               "déclarent des troubles du sommeil, et parmi les 79 répondants en emploi, 23 % ont eu un arrêt de "
               "travail au cours des douze derniers mois. 42 % disent n'en parler à personne en dehors de la "
               "famille."))
    s.append(Spacer(1, 4))
    s.append(P(sup(1) + " Durée moyenne calculée sur 181 répondants ; six personnes n'ont pas indiqué depuis quand "
               "elles aident leur proche.", st_fn))
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 3
    s.append(P("2. Un fardeau lourd, plus marqué dans le quartier prioritaire", st_h1))
    s.append(P("Le score moyen à l'échelle mini-Zarit est de 3,8 sur 7. Près d'un aidant sur deux (49 %) se situe "
               "au-dessus du seuil de 4, soit un fardeau modéré à sévère, et 17 % ont un fardeau sévère. Le fardeau "
               "est plus élevé à Belcombe que dans le reste du département, et nettement plus dans le quartier de "
               "La Combe-aux-Loups, où les aidants cumulent souvent précarité, logement exigu et isolement. Il est "
               "aussi plus lourd pour les conjoints et pour les femmes."))
    s.append(P("Tableau 2 — Part des aidants ayant un fardeau modéré à sévère et sévère, par groupe", st_cap))
    s.append(table([
        ["Groupe", "Effectif", "Fardeau modéré à sévère (score ≥ 4)", "Fardeau sévère (score ≥ 6)"],
        ["Belcombe", "104", "52 %", "19 %"],
        ["dont La Combe-aux-Loups (QPV)", "29", "62 %", "24 %"],
        ["Reste de la Haute-Sâline", "83", "45 %", "14 %"],
        ["Parents", "116", "51 %", "16 %"],
        ["Conjoints", "26", "58 %", "27 %"],
        ["Frères et sœurs", "24", "33 %", "8 %"],
        ["Enfants adultes", "15", "47 %", "20 %"],
        ["Femmes", "133", "53 %", "19 %"],
        ["Hommes", "54", "39 %", "11 %"],
        ["Ensemble Haute-Sâline", "187", "49 %", "17 %"],
    ], [6.3 * cm, 2.0 * cm, 4.1 * cm, 4.1 * cm], total_row=10))
    s.append(P("Note : les effectifs par lien (parents, conjoints…) ne totalisent pas 187 : les six « autres » "
               "aidants ne figurent pas dans le tableau.", st_small))
    s.append(P("Comment situer ces résultats ?", st_h2))
    s.append(P("Les mêmes questions ont été posées dans le baromètre national de l'AFAMP" + sup(2) + ". Au niveau "
               "national, 44 % des aidants présentaient un fardeau modéré à sévère ; l'exploitation régionale du "
               "même baromètre donnait 46 % pour la Bourgogne-Franche-Comté. La Haute-Sâline (49 %) et surtout "
               "Belcombe (52 %) se situent donc au-dessus des moyennes régionale et nationale, avec toutes les "
               "précautions qu'impose la comparaison d'échantillons recrutés différemment."))
    s.append(P("Tableau 3 — Fardeau modéré à sévère : comparaison des territoires", st_cap))
    s.append(table([
        ["Territoire", "Source", "Part"],
        ["Belcombe", "Enquête Aidants 2025 (n = 104)", "52 %"],
        ["Haute-Sâline", "Enquête Aidants 2025 (n = 187)", "49 %"],
        ["Bourgogne-Franche-Comté", "Baromètre AFAMP 2023, exploitation régionale (n = 287)", "46 %"],
        ["France", "Baromètre AFAMP 2023 (n = 3 412)", "44 %"],
    ], [4.5 * cm, 9.5 * cm, 2.5 * cm]))
    s.append(Spacer(1, 6))
    s.append(P("Dans les commentaires libres, les mots qui reviennent le plus sont « fatigue », « peur », "
               "« culpabilité » et « seul(e) ». Plusieurs parents âgés écrivent qu'ils ne savent pas qui prendra le "
               "relais après eux."))
    s.append(Spacer(1, 4))
    s.append(P(sup(2) + " Baromètre national des familles 2023 de l'AFAMP, enquête en ligne menée en mai et juin "
               "2023 auprès de 3 412 aidants ; le questionnaire comprenait l'échelle mini-Zarit.", st_fn))
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 4
    s.append(P("3. Des besoins d'abord d'information, puis de répit", st_h1))
    s.append(P("Invités à dire quels besoins étaient « importants » ou « très importants » pour eux, les aidants "
               "placent l'information sur la maladie en tête. Être associé aux soins par l'équipe soignante est "
               "cité par plus de la moitié d'entre eux, souvent avec le regret de « ne rien savoir » pendant les "
               "hospitalisations au nom du secret médical."))
    s.append(hbar_chart("Graphique 2 — Besoins jugés importants ou très importants (% des répondants)", [
        ("Information sur la maladie et les traitements", 78),
        ("Savoir quoi faire en cas de crise", 71),
        ("Pouvoir souffler (répit)", 64),
        ("Soutien psychologique pour soi-même", 57),
        ("Être associé aux soins par l'équipe", 55),
        ("Échanger avec d'autres familles", 46),
        ("Aide aux démarches administratives", 39),
    ]))
    s.append(P("Tableau 4 — Connaissance et utilisation des dispositifs de soutien", st_cap))
    s.append(table([
        ["Dispositif", "Connu", "Déjà utilisé", "Connu (QPV)"],
        ["Ligne Écoute Familles (AFAMP)", "41 %", "17 %", "21 %"],
        ["Programme Cap Familles", "34 %", "12 %", "14 %"],
        ["Consultation des familles du secteur", "27 %", "11 %", "17 %"],
        ["Café Boussole", "22 %", "8 %", "31 %"],
        ["Séjours de répit Parenthèse", "18 %", "4 %", "7 %"],
    ], [7.5 * cm, 3 * cm, 3 * cm, 3 * cm]))
    s.append(P("Le Café Boussole, qui se tient au centre social du quartier, est le seul dispositif mieux connu "
               "dans le quartier prioritaire qu'ailleurs.", st_small))
    s.append(P("4. Les jeunes aidants, angle mort", st_h1))
    s.append(P("Parmi les 41 répondants qui vivent avec un enfant mineur, 7 (17 %) indiquent que cet enfant aide "
               "régulièrement le proche malade : surveillance, courses, présence lors des crises. Aucun de ces "
               "enfants n'était, selon les parents, connu comme jeune aidant par son établissement scolaire."))
    s.append(P("5. Recommandations", st_h1))
    for i, r in enumerate([
        "Ouvrir un second groupe Cap Familles pour réduire la liste d'attente.",
        "Remettre aux familles, dès la première hospitalisation, un « kit famille » présentant les ressources.",
        "Développer une offre de répit adaptée aux troubles psychiques et la faire connaître.",
        "Porter l'information dans le quartier de La Combe-aux-Loups, par exemple par une permanence mensuelle "
        "au centre social.",
        "Sensibiliser les personnels de l'Éducation nationale au repérage des jeunes aidants.",
        "Proposer systématiquement une consultation des familles lorsqu'un proche est suivi par le secteur.",
    ], 1):
        s.append(Paragraph(r, st_bullet, bulletText="%d." % i))
    s.append(PageBreak())

    # ---------------------------------------------------------------- page 5 : annexe
    s.append(P("Annexe — Glossaire", st_h1))
    for term, d in [
        ("Aidant (ou proche aidant)", "personne qui vient en aide, de manière régulière et non professionnelle, à "
         "un proche en difficulté du fait d'une maladie ou d'un handicap. Dans cette enquête, le proche est majeur "
         "et vit avec un trouble psychique."),
        ("Pair-aidant familial", "aidant expérimenté, formé par l'association, qui met son propre vécu de parent, "
         "de conjoint ou de frère ou sœur au service d'autres familles (accueil, écoute, animation). À ne pas "
         "confondre avec le médiateur de santé pair, professionnel salarié qui a lui-même vécu un trouble "
         "psychique."),
        ("Psychoéducation des familles", "programme structuré en groupe qui apporte aux proches des connaissances "
         "sur la maladie et les traitements et leur apprend des techniques de communication et de gestion des "
         "émotions. Cap Familles en est un exemple."),
        ("Fardeau de l'aidant", "ensemble des conséquences physiques, psychologiques, sociales et financières de "
         "l'aide apportée, telles que l'aidant les ressent."),
        ("Mini-Zarit", "version courte (7 questions) de l'échelle de Zarit, utilisée pour repérer un fardeau "
         "important ; score de 0 à 7."),
        ("Répit", "temps pendant lequel l'aidant est déchargé de son rôle et peut se reposer ; il peut prendre la "
         "forme d'un séjour, d'une activité de loisir ou d'un accueil temporaire du proche."),
        ("Jeune aidant", "enfant ou adolescent de moins de 18 ans qui apporte une aide régulière à un membre de sa "
         "famille malade ou en situation de handicap."),
        ("CLSM", "conseil local de santé mentale : espace de concertation entre élus, psychiatrie, usagers, aidants "
         "et acteurs locaux, animé à Belcombe par une coordinatrice."),
        ("QPV", "quartier prioritaire de la politique de la ville ; à Belcombe, le quartier de La Combe-aux-Loups "
         "(4 380 habitants)."),
        ("PTSM", "projet territorial de santé mentale, élaboré à l'échelle du département."),
    ]:
        s.append(P("<b>%s</b> — %s" % (term, d), st_gl))
    s.append(Spacer(1, 10))
    s.append(P("Pour citer ce document : Fournier É., <i>Être aidant d'un proche vivant avec un trouble psychique. "
               "Enquête 2025 sur le fardeau et les besoins des familles — Belcombe et Haute-Sâline</i>, OSHS, "
               "rapport d'étude n° 2025-04, septembre 2025.", st_small))
    s.append(P("Remerciements aux 187 aidants qui ont pris le temps de répondre, aux bénévoles de l'AFAMP qui ont "
               "saisi les questionnaires papier, et aux membres du groupe de travail « Aidants » du CLSM.",
               st_small))
    return s


class Doc(SimpleDocTemplate):
    n_pages = 5


def main():
    doc = Doc(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M + 0.2 * cm, bottomMargin=M,
              title="Enquête Aidants 2025 — Belcombe et Haute-Sâline", author="OSHS — Élise Fournier")
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    from pypdf import PdfReader
    n = len(PdfReader(OUT).pages)
    if n != Doc.n_pages:
        Doc.n_pages = n
        doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print("écrit :", OUT, n, "pages")


if __name__ == "__main__":
    main()
