# -*- coding: utf-8 -*-
"""Génère le rapport annuel 2025 de la cellule de veille logement et santé mentale du CLSM de Vesonde,
PDF portrait A4 de 5 pages (reportlab platypus).

Mise en page voulue : en-tête courant (à partir de la page 2) et pied « page n / 5 » ; page 1 pleine largeur
(titre, encadré « L'essentiel 2025 », éditorial) ; page 2 sur deux colonnes ; pages 3 et 4 pleine largeur avec
le tableau des situations par quartier et par année (2021-2025) coupé par le saut de page (ligne d'en-tête
répétée) ; encadré de comparaison territoriale ; page 5 : financement, perspectives, glossaire ; notes de bas
de page appelées en exposant et imprimées en bas de page.

Tout est inventé (ville, département, structures, personnes, chiffres, numéros en 03 99 00, domaines .example).
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
                                NextPageTemplate, PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-18_clsm-vesonde_rapport-annuel-cellule-veille-2025.pdf")

FD = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Serif", os.path.join(FD, "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SerifI", os.path.join(FD, "LiberationSerif-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FD, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SansB", os.path.join(FD, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFontFamily("Serif", normal="Serif", italic="SerifI", bold="SansB", boldItalic="SansB")

PLUM = HexColor("#5B2A4E")
OCHRE = HexColor("#B9822C")
LIGHT = HexColor("#F4ECE4")
GREY = HexColor("#5F6B73")
N_PAGES = 5

W, H = A4
M = 2 * cm
NOTE_ZONE = 2.8 * cm

st_body = ParagraphStyle("body", fontName="Serif", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=5)
st_h1 = ParagraphStyle("h1", fontName="SansB", fontSize=13, leading=16, textColor=PLUM, spaceBefore=6, spaceAfter=5)
st_h2 = ParagraphStyle("h2", fontName="SansB", fontSize=10.5, leading=13, textColor=OCHRE, spaceBefore=4,
                       spaceAfter=3)
st_kicker = ParagraphStyle("kicker", fontName="SansB", fontSize=8.5, leading=11, textColor=OCHRE)
st_title = ParagraphStyle("title", fontName="SansB", fontSize=20, leading=24, textColor=PLUM, spaceBefore=4)
st_sub = ParagraphStyle("sub", fontName="Sans", fontSize=14, leading=18, textColor=OCHRE, spaceAfter=4)
st_small = ParagraphStyle("small", fontName="SerifI", fontSize=8.5, leading=10.5, textColor=GREY, spaceAfter=8)
st_box = ParagraphStyle("box", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=3)
st_boxh = ParagraphStyle("boxh", fontName="SansB", fontSize=11, leading=14, textColor=PLUM, spaceAfter=4)
st_cell = ParagraphStyle("cell", fontName="Sans", fontSize=9, leading=11)
st_cellb = ParagraphStyle("cellb", fontName="SansB", fontSize=9, leading=11)
st_cap = ParagraphStyle("cap", fontName="SansB", fontSize=9.5, leading=12, textColor=PLUM, spaceBefore=6,
                        spaceAfter=3)
st_bullet = ParagraphStyle("bullet", parent=st_body, leftIndent=12, bulletIndent=2, spaceAfter=3,
                           bulletFontName="Sans")
st_sign = ParagraphStyle("sign", fontName="SerifI", fontSize=10, leading=13, spaceBefore=6)

# notes de bas de page, par numéro de page
NOTES = {
    2: ["1. Article L. 1110-4 du code de la santé publique (échange d'informations entre professionnels participant "
        "à la prise en charge d'une même personne) et article L. 121-6-2 du code de l'action sociale et des familles.",
        "2. MSSanté : messagerie sécurisée de santé. Depuis le 1er avril 2025, les fiches de saisine ne sont plus "
        "acceptées par courriel ordinaire."],
    3: ["3. QPV Les Grands Prés : 4 820 habitants ; QPV Champ-Fleuri : 3 150 habitants ; Vesonde : 46 300 habitants "
        "(populations municipales, recensement 2021).",
        "* Une situation est dite « nouvelle » lorsqu'elle est examinée pour la première fois par la cellule ; les "
        "autres sont des situations reprises d'une année précédente."],
    4: [
        "** Chiffres définitifs au 31 décembre 2025. Le tableau de bord diffusé en janvier 2026 comptait 91 "
        "situations (données provisoires).",
        "4. Sources : chambre départementale des huissiers et préfecture de la Haute-Loue pour la ville et le "
        "département ; ministère de l'Intérieur pour la région et la France. Ménages locataires des parcs social "
        "et privé."],
    5: ["5. Le débarras-nettoyage n'est financé qu'avec l'accord écrit de l'occupant, ou sur décision du maire en "
        "cas de danger pour la santé ou la sécurité des voisins."],
}


def on_page(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    if n > 1:
        canv.setFont("Sans", 8)
        canv.setFillColor(GREY)
        canv.drawString(M, H - 1.2 * cm, "Cellule de veille logement et santé mentale — Rapport annuel 2025")
        canv.drawRightString(W - M, H - 1.2 * cm, "CLSM de Vesonde")
        canv.setStrokeColor(OCHRE)
        canv.setLineWidth(0.6)
        canv.line(M, H - 1.35 * cm, W - M, H - 1.35 * cm)
    else:
        canv.setFillColor(PLUM)
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
    canv.drawString(M, 1.1 * cm, "CLSM de Vesonde · CCAS, Maison des solidarités, 4 rue des Tanneurs · "
                                 "03 99 00 41 20 · clsm@vesonde.example")
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
                      title="Cellule de veille logement et santé mentale — Rapport annuel 2025",
                      author="Conseil local de santé mentale de Vesonde",
                      subject="Rapport annuel 2025 de la cellule de veille logement et santé mentale",
                      creator="Microsoft Word pour Microsoft 365")
doc.addPageTemplates([PageTemplate(id="full_notes", frames=frames_full(), onPage=on_page),
                      PageTemplate(id="two", frames=frames_two(), onPage=on_page),
                      PageTemplate(id="full", frames=frames_full(notes=False), onPage=on_page)])


def P(t, s=st_body):
    return Paragraph(t, s)


def bullets(items):
    return [Paragraph(t, st_bullet, bulletText="•") for t in items]


def table(rows, widths, bold_rows=(), repeat=1):
    data = []
    for i, r in enumerate(rows):
        s = st_cellb if (i == 0 or i in bold_rows) else st_cell
        data.append([Paragraph(str(c), s) for c in r])
    data[0] = [Paragraph('<font color="white">%s</font>' % c, st_cellb) for c in rows[0]]
    t = Table(data, colWidths=widths, repeatRows=repeat)
    style = [("BACKGROUND", (0, 0), (-1, 0), PLUM),
             ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#CDB9A8")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for i in bold_rows:
        style += [("BACKGROUND", (0, i), (-1, i), LIGHT), ("LINEABOVE", (0, i), (-1, i), 1.0, PLUM)]
    t.setStyle(TableStyle(style))
    return t


def boxed(flowables, bg=LIGHT):
    t = Table([[flowables]], colWidths=[W - 2 * M])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 1, OCHRE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


story = []

# ------------------------------------------------------------------ page 1
story += [Spacer(1, 0.3 * cm),
          P("CONSEIL LOCAL DE SANTÉ MENTALE DE VESONDE — VILLE DE VESONDE — CCAS", st_kicker),
          P("Cellule de veille logement et santé mentale", st_title),
          P("Rapport annuel 2025", st_sub),
          P("Adopté par le comité de pilotage du CLSM le 18 mars 2026. Diffusion : membres de la cellule, ARS "
            "Bourgogne-Franche-Comté, DDETS de la Haute-Loue, signataires de la charte de partenariat, équipe du "
            "contrat de ville.", st_small)]
essentiel = [P("L'essentiel 2025", st_boxh)] + [Paragraph(t, st_box, bulletText="▪") for t in [
    "<b>92 situations examinées</b> (79 en 2024, soit +16 %), dont 61 nouvelles saisines ;",
    "<b>58 situations</b> concernant des habitants des deux quartiers prioritaires (63 %) ;",
    "<b>21 situations d'incurie ou de syndrome de Diogène</b> (17 en 2024) ;",
    "<b>44 maintiens dans le logement</b> obtenus, 13 relogements ou mutations, 9 expulsions exécutées ;",
    "<b>11 séances plénières</b> et 4 réunions restreintes d'urgence ;",
    "<b>17 jours</b> en moyenne entre la réception de la fiche de saisine et l'examen en séance (24 jours en 2024).",
]]
story += [boxed(essentiel), Spacer(1, 0.35 * cm), P("Éditorial", st_h1),
          P("Quand une personne perd son logement, c'est bien souvent son suivi psychiatrique, ses droits et ses "
            "liens qui se défont en même temps. Depuis janvier 2021, la cellule de veille logement et santé mentale "
            "réunit chaque mois, autour de la même table, le bailleur social, le centre hospitalier, le CCAS, le "
            "Département et les associations pour éviter ces ruptures, le plus en amont possible."),
          P("L'année 2025 a été celle de la charte de partenariat signée fin novembre 2024 avec Habitat "
            "Loue-Vesonde : signalement plus précoce des impayés, suspension des poursuites pendant l'examen de la "
            "situation, visites à domicile de l'équipe mobile psychiatrie précarité. Le nombre de maintiens dans le "
            "logement en porte la trace. La démarche « logement d'abord », portée à Vesonde par le programme Un "
            "chez-soi d'abord, a par ailleurs offert une solution durable à plusieurs personnes à la rue que la "
            "cellule suivait depuis longtemps."),
          P("Restent deux chantiers : la montée des situations d'incurie, qui mobilisent fortement le service "
            "communal d'hygiène et de santé, et l'adhésion du second bailleur social de la ville à la charte."),
          P("Hélène Vuillemin, adjointe au maire déléguée à la santé et aux solidarités, présidente du CLSM",
            st_sign),
          NextPageTemplate("two"), PageBreak()]

# ------------------------------------------------------------------ page 2 (deux colonnes)
story += [P("1. La cellule en bref", st_h1),
          P("Créée en janvier 2021 à l'initiative du CLSM et du CCAS, la cellule de veille logement et santé mentale "
            "examine les situations d'habitants de Vesonde dont le maintien dans le logement est menacé et chez qui "
            "des troubles psychiques sont connus ou suspectés : impayés de loyer, troubles de voisinage, incurie du "
            "logement, refus de toute aide."),
          P("Elle se réunit le troisième jeudi de chaque mois, de 9 h 30 à 11 h 30, à la Maison des solidarités "
            "(CCAS). Elle est co-animée par la coordinatrice du CLSM, Claire Montagnon, et par le responsable du "
            "pôle action sociale du CCAS, Mathieu Girardot. En cas d'urgence (menace d'expulsion à moins d'un mois, "
            "danger pour la personne ou les voisins), une réunion restreinte peut être organisée sous 72 heures."),
          P("Les membres", st_h2),
          P("La cellule compte 14 structures membres : le CLSM, le CCAS, le service communal d'hygiène et de santé "
            "(SCHS), Habitat Loue-Vesonde, Val de Loue Logement (membre invité), l'équipe mobile psychiatrie "
            "précarité (EMPP) Passerelle et le CMP adultes Pasteur du centre hospitalier, la maison départementale "
            "des solidarités (MDS) Vesonde-Est, l'UDAF de la Haute-Loue, le SIAO, l'association L'Escalier, le "
            "programme Un chez-soi d'abord Haute-Loue, le GEM Le Trait d'Union et la CAF."),
          P("Saisir la cellule", st_h2),
          P("Tout membre peut saisir la cellule au moyen de la fiche de saisine commune, transmise à la "
            "coordinatrice par messagerie sécurisée MSSanté.<super>2</super> Les habitants ne la saisissent pas "
            "directement : ils s'adressent au CCAS, à leur bailleur ou à leur travailleur social, qui rédige la "
            "fiche. La personne concernée est informée de la saisine et de son objet avant l'examen de sa "
            "situation, sauf urgence vitale."),
          P("2. Les règles de confidentialité", st_h1),
          P("Les échanges reposent sur le secret professionnel partagé :<super>1</super> seules les informations "
            "strictement nécessaires à la recherche d'une solution sont partagées. Chaque participant signe "
            "l'engagement de confidentialité annexé au règlement de la cellule, y compris les invités ponctuels."),
          P("Les situations sont présentées sous un numéro d'ordre (par exemple S-2025-014) et avec l'initiale du "
            "nom ; aucun diagnostic n'est inscrit au compte rendu. Seule la coordinatrice tient le registre qui "
            "relie les numéros aux noms ; il est conservé trois ans après la clôture de la situation, puis détruit. "
            "Les informations recueillies en cellule ne peuvent pas être utilisées par le bailleur dans une "
            "procédure contentieuse."),
          P("3. Ce qui a changé en 2025", st_h1)]
story += bullets([
    "application de la charte de partenariat avec Habitat Loue-Vesonde, signée le 28 novembre 2024 ;",
    "passage à la saisine par MSSanté au 1er avril 2025 ;",
    "visites à domicile conjointes EMPP et travailleur social, organisées dans un délai moyen de 9 jours (11 jours "
    "en 2024) ;",
    "création d'une enveloppe « débarras-nettoyage » de 6 000 € sur les crédits du contrat de ville ;",
    "webinaire régional du 23 septembre 2025 consacré à l'expérience de Vesonde.",
])
story += [NextPageTemplate("full_notes"), PageBreak()]

# ------------------------------------------------------------------ page 3 : tableau coupé par le saut de page
DATA = {  # année : (quartier, examinées, nouvelles, incurie)
    2021: [("Les Grands Prés", 14, 14, 3), ("Champ-Fleuri", 9, 9, 2), ("Hors QPV", 15, 15, 2)],
    2022: [("Les Grands Prés", 19, 15, 4), ("Champ-Fleuri", 12, 10, 2), ("Hors QPV", 20, 15, 3)],
    2023: [("Les Grands Prés", 25, 18, 5), ("Champ-Fleuri", 15, 11, 3), ("Hors QPV", 24, 16, 4)],
    2024: [("Les Grands Prés", 31, 20, 7), ("Champ-Fleuri", 19, 13, 4), ("Hors QPV", 29, 19, 6)],
    2025: [("Les Grands Prés", 36, 24, 9), ("Champ-Fleuri", 22, 15, 5), ("Hors QPV", 34, 22, 7)],
}
rows = [("Année", "Territoire", "Situations examinées", "dont nouvelles*", "dont incurie / Diogène")]
bold = []
for y, lst in DATA.items():
    for q, a, b, c in lst:
        rows.append((str(y), q, str(a), str(b), str(c)))
    t = [sum(x[i] for x in lst) for i in (1, 2, 3)]
    label = "Total Vesonde 2025**" if y == 2025 else "Total Vesonde %d" % y
    rows.append((str(y), label, str(t[0]), str(t[1]), str(t[2])))
    bold.append(len(rows) - 1)
assert rows[-1][2:] == ("92", "61", "21")

story += [P("4. Les situations examinées", st_h1),
          P("En cinq ans, le nombre de situations examinées a été multiplié par 2,4 : 38 en 2021, 51 en 2022, 64 en "
            "2023, 79 en 2024 et 92 en 2025. La hausse est la plus nette aux Grands Prés, où la cellule a examiné "
            "36 situations en 2025, contre 14 la première année ; à Champ-Fleuri, le nombre est passé de 9 à "
            "22.<super>3</super>"),
          P("Rapporté à la population, l'écart entre quartiers prioritaires et reste de la ville est important : 7,5 "
            "situations pour 1 000 habitants aux Grands Prés et 7,0 à Champ-Fleuri en 2025, contre 0,9 pour 1 000 "
            "dans le reste de Vesonde (2,0 pour 1 000 pour l'ensemble de la ville). Les deux QPV, qui regroupent 17 % "
            "des habitants, concentrent 63 % des situations."),
          P("Les saisines proviennent d'abord du bailleur social (34 en 2025), puis du CCAS (19), de la MDS (14), "
            "de l'EMPP et du CMP (12), de l'UDAF (7) et d'autres membres (6). Le motif principal est l'impayé de "
            "loyer (38 situations), devant les troubles de voisinage (27), l'incurie du logement (21) et le refus "
            "de soins ou d'aide (6)."),
          P("L'issue des situations", st_h2),
          P("Sur les 92 situations examinées en 2025, 44 ont abouti à un maintien dans le logement (plan "
            "d'apurement, reprise des soins, mesure de protection), 13 à un relogement ou à une mutation dans le "
            "parc social, dont 4 vers le programme Un chez-soi d'abord, et 9 à une expulsion exécutée avec le "
            "concours de la force publique ; 26 restaient en cours au 31 décembre. En 2024, on comptait 38 "
            "maintiens et 11 expulsions."),
          P("5. Qui sont les personnes concernées ?", st_h1),
          P("Les personnes dont la situation a été examinée en 2025 sont majoritairement des hommes (58 %) et des "
            "personnes seules (52 %). Un quart (24 personnes, 26 %) a 60 ans ou plus. 37 personnes (40 %) étaient "
            "suivies en psychiatrie au moment de la saisine, 34 (37 %) l'avaient été par le passé et 21 (23 %) "
            "n'avaient jamais eu de suivi. 18 personnes bénéficiaient d'une mesure de protection juridique, et 9 "
            "autres en ont obtenu une dans l'année."),
          P("Tableau 1 — Situations examinées par la cellule, par année et par territoire (2021-2025)", st_cap),
          table(rows, [2.0 * cm, 4.6 * cm, 3.4 * cm, 3.2 * cm, 3.8 * cm], bold_rows=bold),
          Spacer(1, 0.3 * cm),
          ]
territ = [P("Vesonde au miroir des autres territoires<super>4</super>", st_boxh)] + [
    Paragraph(t, st_box, bulletText="▪") for t in [
        "Assignations pour impayés de loyer, pour 1 000 ménages locataires, en 2024 : 9,4 à Vesonde (8,7 en "
        "2023), 6,1 en Haute-Loue, 5,3 en Bourgogne-Franche-Comté et 6,8 en France.",
        "Expulsions avec concours de la force publique, pour 10 000 ménages locataires, en 2024 : 19,4 à "
        "Vesonde, 12,6 en Haute-Loue, 11,9 dans la région et 15,8 en France.",
        "Part des logements sociaux dans les résidences principales : 33 % à Vesonde, 78 % aux Grands Prés, 71 % "
        "à Champ-Fleuri, contre 14 % dans le département et dans la région et 16 % en France.",
    ]]
story += [boxed(territ), Spacer(1, 0.2 * cm),
          P("La ville cumule ainsi un parc social important, une forte précarité dans ses deux quartiers "
            "prioritaires et une densité de psychiatres libéraux inférieure à la moyenne régionale."),
          NextPageTemplate("full"), PageBreak()]

# ------------------------------------------------------------------ page 5
fin = [("Financeur", "Dispositif", "2024", "2025"),
       ("ARS Bourgogne-Franche-Comté", "Fonds d'intervention régional (FIR)", "18 000 €", "20 000 €"),
       ("DDETS de la Haute-Loue", "Accompagnement vers et dans le logement (AVDL)", "12 000 €", "12 000 €"),
       ("Contrat de ville Engagements Quartiers 2030", "Appel à projets annuel (dont débarras-nettoyage)",
        "7 500 €", "15 000 €"),
       ("Ville de Vesonde / CCAS", "Valorisation du temps de coordination et des locaux", "14 800 €", "15 500 €"),
       ("Total", "", "52 300 €", "62 500 €")]
story += [P("6. Le financement", st_h1),
          P("Le fonctionnement de la cellule (temps de coordination, secrétariat, frais de visites à domicile et "
            "enveloppe de débarras-nettoyage) a représenté 62 500 € en 2025. L'enveloppe débarras-nettoyage de "
            "6 000 €, incluse dans la part du contrat de ville, a permis 11 interventions pour 5 400 €.<super>5</super>"),
          table(fin, [5.2 * cm, 6.4 * cm, 2.2 * cm, 2.2 * cm], bold_rows=[5]),
          Spacer(1, 0.3 * cm),
          P("7. Perspectives 2026", st_h1)]
story += bullets([
    "obtenir la signature de la charte de partenariat par Val de Loue Logement, prévue en juin 2026 ;",
    "former 20 gardiens d'immeuble supplémentaires aux premiers secours en santé mentale ;",
    "ramener à 14 jours le délai moyen entre saisine et examen en séance ;",
    "évaluer avec l'ORS les parcours des personnes maintenues dans leur logement deux ans après l'examen ;",
    "ouvrir une séance trimestrielle consacrée aux seules situations d'incurie, avec le SCHS.",
])
story += [P("Glossaire", st_h1),
          P("<b>CCAPEX</b> : commission de coordination des actions de prévention des expulsions locatives. "
            "<b>EMPP</b> : équipe mobile psychiatrie précarité. <b>FSL</b> : fonds de solidarité pour le logement. "
            "<b>SCHS</b> : service communal d'hygiène et de santé. <b>FIR</b> : fonds d'intervention régional. "
            "<b>AVDL</b> : accompagnement vers et dans le logement."),
          P("<b>Incurie</b> : négligence grave de soi et de son logement (hygiène, alimentation, soins). "
            "<b>Syllogomanie</b> : accumulation compulsive d'objets ou de déchets. <b>Syndrome de Diogène</b> : "
            "association d'une incurie, souvent d'une syllogomanie, d'un isolement social et d'un refus de l'aide "
            "proposée ; il ne constitue pas en soi un diagnostic psychiatrique."),
          Spacer(1, 0.3 * cm),
          P("Fait à Vesonde, le 18 mars 2026.", st_sign),
          P("Claire Montagnon, coordinatrice du CLSM — Mathieu Girardot, responsable du pôle action sociale du CCAS",
            st_sign)]

doc.build(story)
import pypdf  # noqa: E402  (contrôle du nombre de pages)

n = len(pypdf.PdfReader(OUT).pages)
assert n == N_PAGES, "%d pages au lieu de %d" % (n, N_PAGES)
print("écrit :", OUT, n, "pages")
