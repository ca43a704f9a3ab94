# -*- coding: utf-8 -*-
"""Génère le diaporama PowerPoint (python-pptx) du bilan à six mois de la cellule de veille post-crue,
présenté à l'assemblée plénière du CLSM de Verlaincourt le 9 octobre 2025 (document fictif).

Particularités : 14 diapositives 16:9, titres, puces sur deux niveaux, diapositive « Chiffres clés » (grands
nombres au-dessus de leurs libellés), graphique natif en histogramme (appels mensuels à la ligne d'écoute),
tableau natif, notes de l'orateur contenant des faits absents des diapositives, une diapositive masquée
(brouillon budgétaire à ne pas utiliser)."""
import os

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.util import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-09_clsm-verlaincourt_bilan-six-mois-post-crue.pptx")

BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREEN = RGBColor(0x2E, 0x7D, 0x32)

prs = Presentation()
prs.slide_width = Cm(33.867)
prs.slide_height = Cm(19.05)
L_TITLE, L_CONTENT, L_TITLE_ONLY = prs.slide_layouts[0], prs.slide_layouts[1], prs.slide_layouts[5]


def footer(slide, n):
    tb = slide.shapes.add_textbox(Cm(1.2), Cm(18.0), Cm(31.5), Cm(0.8))
    p = tb.text_frame.paragraphs[0]
    p.text = "CLSM de Verlaincourt — Assemblée plénière du 9 octobre 2025 — %d" % n
    p.runs[0].font.size = Pt(10)
    p.runs[0].font.color.rgb = RGBColor(0x70, 0x70, 0x70)


def style_title(slide):
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Cm(1.2), Cm(0.6), Cm(31.5), Cm(2.6)
    for p in t.text_frame.paragraphs:
        for r in p.runs:
            r.font.size = Pt(32)
            r.font.bold = True
            r.font.color.rgb = BLUE


def bullets(title, items, notes=None, n=0):
    s = prs.slides.add_slide(L_CONTENT)
    s.shapes.title.text = title
    style_title(s)
    body = s.placeholders[1]
    body.left, body.top, body.width, body.height = Cm(1.5), Cm(3.6), Cm(30.5), Cm(14)
    tf = body.text_frame
    first = True
    for it in items:
        level, text = (it if isinstance(it, tuple) else (0, it))
        p = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        p.text = text
        p.level = level
        for r in p.runs:
            r.font.size = Pt(22 if level == 0 else 18)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    footer(s, n)
    return s


def title_only(title, notes=None, n=0):
    s = prs.slides.add_slide(L_TITLE_ONLY)
    s.shapes.title.text = title
    style_title(s)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    footer(s, n)
    return s


def textbox(slide, x, y, w, h, lines, size=18, bold=False, color=None):
    tb = slide.shapes.add_textbox(Cm(x), Cm(y), Cm(w), Cm(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        for r in p.runs:
            r.font.size = Pt(size)
            r.font.bold = bold
            if color is not None:
                r.font.color.rgb = color
    return tb


# 1 — titre
s = prs.slides.add_slide(L_TITLE)
s.shapes.title.text = "Crue de l'Ornelle : six mois de soutien psychologique"
s.placeholders[1].text = ("Bilan de la cellule de veille post-crue (CVPC)\n"
                          "Assemblée plénière du conseil local de santé mentale de Verlaincourt — 9 octobre 2025\n"
                          "Nadège Bellamy (CLSM), Amandine Roth (CUMP de l'Aubrette), Dr Hélène Stoltz (CRP Rhin-Meuse)")
s.notes_slide.notes_text_frame.text = (
    "Ouverture par Sylvie Kieffer, adjointe au maire chargée de la santé et des solidarités. Rappeler que la "
    "plénière est ouverte aux habitants : l'Association des sinistrés de l'Ornelle a 6 représentants dans la salle.")

# 2 — rappel
bullets("Rappel : la crue des 14 et 15 avril 2025", [
    "Pic de crue le 15 avril à 5 h 10 : 6,12 m à l'échelle du pont de la Halle",
    "1 180 logements inondés, dont 740 dans les deux QPV",
    (1, "Les Prés-Bas : 460 logements"),
    (1, "L'Écluse-Faubourg : 280 logements"),
    "2 350 personnes évacuées, 640 hébergées la première nuit au gymnase des Tanneurs",
    "Un décès : un habitant de 74 ans de l'Écluse-Faubourg",
], notes=("La hauteur habituelle de l'Ornelle au pont de la Halle est d'environ 1,80 m. Aux Prés-Bas, l'eau est "
          "restée jusqu'à quatre jours dans certains rez-de-chaussée, ce qui explique la durée des relogements."),
    n=2)

# 3 — chiffres clés
s = title_only("Chiffres clés", n=3,
               notes=("Les 1 744 appels couvrent la période du 17 avril au 30 septembre 2025. Les chiffres du PUMP "
                      "sont ceux de la CUMP, arrêtés au 26 avril au soir."))
kpis = [("1 046", "personnes reçues au poste d'urgence médico-psychologique"),
        ("1 744", "appels à la ligne d'écoute post-crue d'avril à septembre"),
        ("148", "personnes vues en consultation psychotrauma de juin à septembre"),
        ("212", "collégiens reçus en cellule d'écoute d'avril à juin")]
for i, (big, lab) in enumerate(kpis):
    x = 1.5 + i * 7.9
    textbox(s, x, 5.0, 7.4, 2.6, [big], size=48, bold=True, color=GREEN)
    textbox(s, x, 8.0, 7.4, 4.0, [lab], size=16)

# 4 — CUMP
bullets("La réponse immédiate : la CUMP de l'Aubrette", [
    "Déclenchement par le SAMU le 15 avril à 7 h 30",
    "Poste d'urgence médico-psychologique (PUMP) au gymnase des Tanneurs du 15 au 26 avril",
    "38 intervenants mobilisés : psychiatres, psychologues, infirmiers",
    (1, "dont 11 venus en renfort des CUMP voisines"),
    "1 046 personnes reçues, le plus souvent en entretien court (defusing)",
    "Une liste de 178 personnes acceptant d'être recontactées transmise au CRP",
], notes=("Amandine Roth précise que 27 % des personnes reçues au PUMP étaient des enfants ou des adolescents. "
          "Les intervenants ont travaillé en binômes, par vacations de 6 heures, avec un temps de relève "
          "obligatoire en fin de vacation."), n=4)

# 5 — CVPC
bullets("La cellule de veille post-crue (CVPC)", [
    "Créée par le CLSM le 24 avril 2025",
    "Réunions tous les quinze jours jusqu'en septembre, puis mensuelles à partir d'octobre",
    "Membres :",
    (1, "CLSM, CCAS, CUMP, CRP, CMP adultes, Éducation nationale"),
    (1, "Ornelle Habitat, A2V, Association des sinistrés de l'Ornelle, maisons de quartier"),
    "Missions : repérer les situations préoccupantes, orienter, coordonner les réponses",
    "41 situations préoccupantes examinées au 30 septembre",
], notes=("Pour saisir la CVPC, tout professionnel remplit la fiche de signalement unique et l'envoie par "
          "messagerie sécurisée à la coordinatrice du CLSM ; un retour est fait à la personne qui a signalé "
          "sous 72 heures. Pas de nom sur les échanges par courriel ordinaire."), n=5)

# 6 — graphique ligne d'écoute
s = title_only("Ligne d'écoute post-crue : appels reçus par mois", n=6,
               notes=("Le rebond de septembre correspond à la rentrée scolaire et aux premières pluies "
                      "d'automne : la plupart des appels de septembre venaient de parents inquiets pour leurs "
                      "enfants. La ligne est tenue par les écoutants d'A2V, avec un psychologue d'astreinte."))
cd = CategoryChartData()
cd.categories = ["Avril (dès le 17)", "Mai", "Juin", "Juillet", "Août", "Septembre"]
cd.add_series("Appels reçus", (612, 438, 291, 174, 96, 133))
gf = s.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Cm(1.5), Cm(3.6), Cm(20), Cm(13.8), cd)
ch = gf.chart
ch.has_legend = True
ch.legend.position = XL_LEGEND_POSITION.BOTTOM
ch.legend.include_in_layout = False
ch.plots[0].has_data_labels = True
ch.plots[0].data_labels.font.size = Pt(14)
ch.has_title = True
ch.chart_title.text_frame.text = "Ligne d'écoute post-crue (LEPC), 2025"
textbox(s, 22.5, 4.5, 10, 10, [
    "03 99 00 41 41",
    "Du lundi au vendredi, 9 h – 19 h, et le samedi 10 h – 13 h jusqu'au 30 juin",
    "Depuis le 1er juillet : du lundi au vendredi, 9 h – 17 h",
    "Tenue par Aubrette Aide aux Victimes (A2V)"], size=16)

# 7 — CRP
bullets("Consultation avancée du centre régional du psychotrauma", [
    "Ouverte le 2 juin 2025 à la maison de santé pluriprofessionnelle des Prés-Bas",
    "Le mardi et le jeudi, sur rendez-vous, sans avance de frais",
    "148 nouvelles personnes vues de juin à septembre",
    (1, "dont 46 enfants et adolescents"),
    "Délai moyen avant le premier rendez-vous : 10 jours",
    "Prises en charge : EMDR, thérapies cognitives et comportementales centrées sur le trauma",
], notes=("Dr Stoltz : les deux tiers des adultes reçus décrivent des troubles du sommeil. Les premières prises en "
          "charge EMDR ont commencé en juillet. La consultation a fermé du 4 au 22 août, d'où le creux d'août."),
    n=7)

# 8 — tableau
s = title_only("Qui a été accompagné ? (avril – septembre 2025)", n=8,
               notes=("Les chiffres de la ligne d'écoute sont des appels et non des personnes : une même "
                      "personne peut appeler plusieurs fois. Le nombre de mineurs n'est pas connu pour la ligne."))
rows = [("Dispositif", "Porteur", "Personnes accompagnées", "Dont mineurs"),
        ("Poste d'urgence médico-psychologique", "CUMP de l'Aubrette", "1 046", "282"),
        ("Ligne d'écoute post-crue", "A2V", "1 744 appels", "n.c."),
        ("Consultation psychotrauma", "CRP Rhin-Meuse", "148", "46"),
        ("Cellules d'écoute des collèges", "Éducation nationale", "212", "212"),
        ("Visites à domicile en binôme", "Ornelle Habitat et CCAS", "260 ménages", "—")]
tbl = s.shapes.add_table(len(rows), 4, Cm(1.5), Cm(3.8), Cm(30.5), Cm(11)).table
for c, w in enumerate((11.5, 8, 6.5, 4.5)):
    tbl.columns[c].width = Cm(w)
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        cell = tbl.cell(r, c)
        cell.text = val
        for p in cell.text_frame.paragraphs:
            for run in p.runs:
                run.font.size = Pt(16)
                run.font.bold = (r == 0)

# 9 — collèges
bullets("Les collèges : cellules d'écoute", [
    "Collège de l'Ornelle (Prés-Bas) et collège Émile-Gallé (Écluse-Faubourg)",
    "Ouvertes dès le 28 avril 2025 avec l'infirmière scolaire et une psychologue de l'Éducation nationale (PsyEN)",
    "212 élèves reçus jusqu'aux vacances d'été",
    (1, "37 élèves orientés vers la consultation psychotrauma"),
    "Depuis la rentrée : une permanence hebdomadaire dans chaque collège, jusqu'aux vacances d'hiver",
], notes=("Motifs les plus fréquents : peur de la pluie et du bruit de l'eau, refus de dormir seul, chute des "
          "résultats scolaires. Plusieurs élèves ont perdu leur animal de compagnie pendant la crue."), n=9)

# 10 — aller vers
bullets("Aller vers les habitants : bailleur et CCAS", [
    "Ornelle Habitat : 412 logements sociaux sinistrés",
    (1, "96 ménages relogés temporairement"),
    (1, "260 visites à domicile en binôme gardien + travailleur social"),
    "CCAS : 930 ménages sinistrés appelés en mai et juin",
    "Orientation vers la CVPC en cas d'inquiétude",
], notes=("Le binôme de visite utilise une grille de repérage en cinq questions construite avec la CUMP : "
          "sommeil, peur de l'eau, isolement, consommation d'alcool, idées noires."), n=10)

# 11 — cet automne
bullets("Ce qui démarre cet automne", [
    "Groupes de parole depuis le 16 septembre 2025",
    (1, "Prés-Bas : le mardi, 18 h – 19 h 30, maison de quartier"),
    (1, "Écluse-Faubourg : le jeudi, 14 h – 15 h 30, centre social"),
    "Formation de sentinelles : première session le 14 octobre 2025",
    "Dépistage systématique du TSPT (questionnaire PCL-5) à la consultation psychotrauma",
], notes=("Chaque groupe de parole est co-animé par un psychologue du CRP et un membre de l'Association des "
          "sinistrés de l'Ornelle. Un cycle compte huit séances hebdomadaires ; l'inscription se "
          "fait auprès de la maison de quartier ou du centre social."), n=11)

# 12 — financements
bullets("Financements mobilisés (2025-2026)", [
    "ARS Grand Est (fonds d'intervention régional) : 85 000 € — consultation avancée du CRP",
    "Département de l'Aubrette, fonds d'urgence : 40 000 € — ligne d'écoute",
    "Ville de Verlaincourt : 25 000 € — CLSM, groupes de parole, temps de mémoire",
    "Crédits politique de la ville : 12 000 € — sentinelles et maisons de quartier",
    "Total : 162 000 €",
], notes=("Le financement de l'ARS couvre douze mois, de juin 2025 à mai 2026. La question de la prolongation "
          "devra être posée au plus tard en mars 2026."), n=12)

# 13 — diapositive masquée (brouillon)
s = bullets("[BROUILLON] Hypothèses budget 2026 — ne pas présenter", [
    "Prolongation de la consultation du CRP : 95 000 € (hypothèse haute)",
    "Ligne d'écoute : 30 000 €",
    "Total 2026 envisagé : 148 000 €",
], notes="Diapositive de travail, chiffres non validés.", n=13)
s._element.set("show", "0")

# 14 — prochaines étapes
bullets("Prochaines étapes", [
    "Un an après : temps de mémoire le 15 avril 2026, préparé avec l'Association des sinistrés de l'Ornelle",
    "Bilan à un an présenté en assemblée plénière au printemps 2026",
    "Contact : Nadège Bellamy, coordinatrice du CLSM",
    (1, "clsm@verlaincourt.example — 03 99 00 40 12"),
], notes=("Proposition de l'ASO : que le temps de mémoire ne soit pas une cérémonie officielle avec discours, "
          "mais un moment simple au bord de l'eau, avec des psychologues présents."), n=14)

prs.save(OUT)
print("écrit :", OUT)
