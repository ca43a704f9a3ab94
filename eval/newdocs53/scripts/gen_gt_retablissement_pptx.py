# -*- coding: utf-8 -*-
"""Génère le diaporama PowerPoint (.pptx, python-pptx) « Groupe de travail Rétablissement — bilan 2024-2025 et
projet de clubhouse », présenté à la séance plénière du CLSM de Ligneray le jeudi 26 juin 2025.

Mise en forme voulue : 14 diapositives réparties en six sections PowerPoint (p14:sectionLst), un histogramme
groupé dont les chiffres ne figurent QUE dans les données du graphique et ses étiquettes de données (aucune zone
de texte ne les répète), deux tableaux, des liens hypertexte (texte cliquable vers des adresses .example), une
diapositive de synthèse faite d'icônes (formes avec un pictogramme) et de libellés courts, et des notes de
l'orateur sur presque toutes les diapositives, dont certaines portent des faits absents des diapositives.

Tout est inventé (ville, structures, personnes, montants, domaines .example).
"""
import os
import uuid

from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_LABEL_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Inches, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-06-26_clsm-ligneray_gt-retablissement-bilan-clubhouse.pptx")

TEAL = RGBColor(0x0E, 0x6E, 0x73)
CORAL = RGBColor(0xE4, 0x57, 0x2E)
INK = RGBColor(0x1D, 0x2B, 0x36)

prs = Presentation()
prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
L_TITLE, L_CONTENT, L_ONLY = prs.slide_layouts[0], prs.slide_layouts[1], prs.slide_layouts[5]
SECTIONS = []  # (nom, [index des diapositives])


def section(name):
    SECTIONS.append((name, []))


def new_slide(layout, title, notes=None):
    s = prs.slides.add_slide(layout)
    s.shapes.title.text = title
    tf = s.shapes.title.text_frame
    for p in tf.paragraphs:
        for r in p.runs:
            r.font.color.rgb = TEAL
            r.font.bold = True
            r.font.size = Pt(34 if layout is not L_TITLE else 40)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    SECTIONS[-1][1].append(len(prs.slides) - 1)
    return s


def bullets(slide, items, size=20):
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(0.7), Inches(1.6), Inches(11.9), Inches(5.4)
    tf = body.text_frame
    tf.clear()
    for i, it in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        level = 0
        if it.startswith("  "):
            level, it = 1, it.strip()
        p.level = level
        p.text = it
        for r in p.runs:
            r.font.size = Pt(size - 3 * level)
            r.font.color.rgb = INK


def textbox(slide, x, y, w, h, text, size=16, bold=False, color=INK, align=None):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        if align:
            p.alignment = align
        for r in p.runs:
            r.font.size, r.font.bold, r.font.color.rgb = Pt(size), bold, color
    return tb


def link(slide, x, y, w, label, url, size=18):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(0.5))
    p = tb.text_frame.paragraphs[0]
    r = p.add_run()
    r.text = label
    r.hyperlink.address = url
    r.font.size = Pt(size)
    r.font.color.rgb = TEAL
    r.font.underline = True
    return tb


def table(slide, rows, x, y, w, h, widths, size=13):
    gt = slide.shapes.add_table(len(rows), len(rows[0]), Inches(x), Inches(y), Inches(w), Inches(h)).table
    for j, cw in enumerate(widths):
        gt.columns[j].width = Inches(cw)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = gt.cell(i, j)
            c.text = v
            for p in c.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(size)
                    r.font.bold = i == 0
    return gt


# ---------------------------------------------------------------- 1-2 ouverture
section("Ouverture")
s = new_slide(L_TITLE, "Groupe de travail Rétablissement",
              "Présentation à deux voix : Yannick Le Goff ouvre, Claire Jouan présente le clubhouse. Durée prévue "
              "25 minutes, puis 15 minutes d'échanges avec la salle. Penser à remercier Isabelle Caradec, qui "
              "préside la séance.")
s.placeholders[1].text = ("Bilan 2024-2025 et projet de clubhouse\nSéance plénière du CLSM de Ligneray — jeudi "
                          "26 juin 2025 — salle du conseil, hôtel de ville")
s = new_slide(L_CONTENT, "Au programme", "Annoncer que les chiffres détaillés des GEM sont dans le graphique de la "
                                        "diapositive 5, et que le diaporama sera envoyé avec le compte rendu.")
bullets(s, ["1. Le groupe de travail", "2. GEM et pair-aidance", "3. SISM 2025", "4. Le projet de clubhouse",
            "5. Repères et suite"], 24)

# ---------------------------------------------------------------- 3-4 le groupe de travail
section("Le groupe de travail")
s = new_slide(L_CONTENT, "Le GT Rétablissement en bref",
              "Mise à jour depuis la réunion du 10 avril : deux nouveaux membres nous ont rejoints, l'assistante "
              "sociale de l'espace Croix-Verte et une adhérente du GEM Le Phare. Nous sommes donc 25 membres, dont "
              "10 personnes concernées.")
bullets(s, ["Créé en octobre 2023 à l'initiative du CLSM",
            "Co-pilotes : Yannick Le Goff (médiateur de santé pair, CH du Val-de-Lignon) et Claire Jouan "
            "(psychologue, Horizons Ligneray)",
            "23 membres, dont 9 personnes concernées — règle : au moins un tiers de personnes concernées",
            "7 réunions depuis la création, la dernière le 10 avril 2025",
            "Trois chantiers :",
            "  annuaire des ressources du rétablissement (en ligne depuis mai 2025)",
            "  formation commune au rétablissement pour les professionnels de la ville",
            "  projet de clubhouse"])
s = new_slide(L_CONTENT, "Le rétablissement, de quoi parle-t-on ?",
              "Insister : le rétablissement personnel n'est pas la rémission des symptômes (rétablissement clinique). "
              "Citer la phrase d'une adhérente de La Passerelle : « Je ne suis pas guérie, mais j'ai repris ma vie "
              "en main. »")
bullets(s, ["Un chemin personnel vers une vie satisfaisante et utile, avec ou sans symptômes",
            "Cinq processus repérés par la recherche — le modèle CHIME :",
            "  C — Connexion aux autres (liens, soutien des pairs)",
            "  H — Espoir (« Hope ») et optimisme pour l'avenir",
            "  I — Identité : se définir autrement que par la maladie",
            "  M — Sens (« Meaning ») donné à sa vie et à son expérience",
            "  E — Pouvoir d'agir (« Empowerment »)",
            "Les GEM, la pair-aidance et le clubhouse agissent surtout sur la connexion et le pouvoir d'agir"])

# ---------------------------------------------------------------- 5-7 GEM et pair-aidance
section("GEM et pair-aidance")
s = new_slide(L_ONLY, "Adhérents des deux GEM de Ligneray",
              "Le Phare a plus que triplé depuis sa première année. Part des adhérents qui habitent un quartier "
              "prioritaire : 62 % au Phare, 21 % à La Passerelle. Pour 2025, chiffre arrêté au 31 mai.")
cd = CategoryChartData()
cd.categories = ["2021", "2022", "2023", "2024", "2025 (au 31 mai)"]
cd.add_series("GEM La Passerelle", (71, 75, 79, 86, 90))
cd.add_series("GEM Le Phare", (14, 23, 34, 41, 49))
gf = s.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(0.9), Inches(1.5), Inches(11.5), Inches(5.6), cd)
ch = gf.chart
ch.has_legend = True
ch.legend.position = XL_LEGEND_POSITION.BOTTOM
ch.legend.include_in_layout = False
pl = ch.plots[0]
pl.has_data_labels = True
pl.data_labels.show_value = True
pl.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
pl.data_labels.font.size = Pt(14)
pl.series[0].format.fill.solid()
pl.series[0].format.fill.fore_color.rgb = TEAL
pl.series[1].format.fill.solid()
pl.series[1].format.fill.fore_color.rgb = CORAL
ch.value_axis.has_major_gridlines = False
ch.value_axis.visible = False

s = new_slide(L_ONLY, "Deux GEM, deux modèles",
              "Le Phare gère seul sa subvention CNSA depuis le 1er janvier 2025 : c'est le premier GEM autogéré du "
              "département. Horizons Ligneray reste son parrain.")
table(s, [
    ["", "GEM La Passerelle", "GEM Le Phare"],
    ["Création", "2008", "15 mars 2021"],
    ["Lieu", "12 rue des Mariniers (centre-ville)", "Maison de quartier des Tilleuls (QPV)"],
    ["Parrain", "Solidarité Psy Loire-Bocage (familles)", "Horizons Ligneray"],
    ["Gestion", "Horizons Ligneray (gestionnaire)", "Autogestion depuis le 1er janvier 2025"],
    ["Ouverture", "Lundi, mardi, jeudi, vendredi 13 h 30 – 18 h ; 1er samedi du mois 10 h – 16 h",
     "Mardi, mercredi, vendredi 14 h – 18 h 30 ; jeudi 17 h – 20 h"],
    ["Animation", "Amélie Texier (1 ETP) et Romain Cadiou (0,5 ETP)", "Bastien Moreau (1 ETP)"],
    ["Présidence", "Gérard Lucas", "Fatou Diallo (depuis le 12 avril 2025)"],
    ["Cotisation annuelle", "10 €", "5 €"],
], 0.6, 1.5, 12.1, 5.2, [2.6, 4.75, 4.75], 13)

s = new_slide(L_CONTENT, "La pair-aidance au CMP des Tilleuls",
              "Bonne nouvelle arrivée le 12 juin : l'ARS confirme le financement du second poste de médiateur de "
              "santé pair, 0,6 ETP au CMP Jean-Jaurès et à la future antenne de la Croix-Verte. Jury de recrutement "
              "prévu le 9 septembre 2025.")
bullets(s, ["Un médiateur de santé pair depuis le 4 mars 2024 (0,8 ETP)",
            "File active 2024 (mars à décembre) : 117 personnes",
            "Plans de crise conjoints rédigés : 41 depuis mars 2024 (au 31 mai 2025)",
            "Rendez-vous non honorés au CMP : 31 % en 2023, 22 % en 2024, 19 % de janvier à mai 2025",
            "Groupe Rétablissement du jeudi : 5e cycle en cours",
            "Permanence mensuelle au GEM Le Phare (1er mercredi du mois)"])

# ---------------------------------------------------------------- 8 SISM
section("SISM 2025")
s = new_slide(L_CONTENT, "SISM 2025 : ce qui se prépare",
              "Nouveauté 2025 : une « balade des pairs » à pied entre les deux GEM. Le programme définitif sera "
              "arrêté par le comité d'organisation le 15 septembre ; il reste de la place pour deux ou trois "
              "propositions.")
bullets(s, ["Du 6 au 19 octobre 2025 — thème national : « Pour notre santé mentale, réparons le lien social »",
            "12 événements prévus à ce stade, dont 5 dans les quartiers prioritaires",
            "Portes ouvertes des deux GEM, conférence sur le rétablissement, village du lien au parc du Lignon",
            "Première présentation publique du projet de clubhouse",
            "Financement : contrat de ville (actions dans les QPV) et ville de Ligneray"])

# ---------------------------------------------------------------- 9-11 clubhouse
section("Projet de clubhouse")
s = new_slide(L_CONTENT, "Un clubhouse, c'est quoi ?",
              "Ne pas présenter le clubhouse comme un « super GEM » : les adhérents des GEM y tiennent, les deux "
              "lieux sont complémentaires. Un adhérent de GEM pourra être membre du clubhouse.")
bullets(s, ["Un lieu de jour co-géré par ses membres et une petite équipe de salariés",
            "Une « journée orientée travail » : accueil, cuisine, communication, administration",
            "Un accompagnement vers l'emploi et la formation, dont des emplois de transition en entreprise",
            "Un modèle international fondé sur 37 standards (Clubhouse International)",
            "Différence avec un GEM : le GEM vise l'entraide et la sortie de l'isolement, sans objectif d'emploi"])
link(s, 0.9, 6.6, 8, "En savoir plus : clubhouse-france.example", "https://www.clubhouse-france.example/modele")

s = new_slide(L_CONTENT, "Étude de faisabilité : ce qu'il faut retenir",
              "Étude réalisée par Trajectoires Conseil de mars à juin 2025 pour 20 000 €. Le rapport complet "
              "(64 pages) est disponible sur demande auprès de la coordinatrice du CLSM.")
bullets(s, ["38 entretiens et 2 ateliers avec des personnes concernées, des familles et des professionnels",
            "Environ 60 personnes intéressées à Ligneray et dans les communes voisines",
            "Site recommandé : l'ancienne école Jules-Ferry, à la Croix-Verte (420 m²)",
            "Ouverture visée : septembre 2026",
            "Objectif de la première année : 40 membres actifs",
            "Équipe : 4 salariés, soit 3,5 ETP"])

s = new_slide(L_ONLY, "Budget de fonctionnement prévisionnel (année pleine)",
              "Les travaux de l'école Jules-Ferry, estimés à 310 000 €, seraient portés par la ville en "
              "investissement ; ils ne sont pas dans ce tableau. L'ARS n'a pas encore donné de réponse ferme.")
table(s, [
    ["Financeur", "Montant annuel", "Statut au 26 juin 2025"],
    ["ARS Pays de la Loire", "120 000 €", "Demande déposée"],
    ["Ville de Ligneray", "50 000 € + locaux", "Accord de principe"],
    ["Contrat de ville", "25 000 €", "À déposer en 2026"],
    ["Fondations", "60 000 €", "Deux dossiers en cours"],
    ["Mécénat d'entreprises", "30 000 €", "Prospection"],
    ["Total", "285 000 €", ""],
], 1.2, 1.6, 10.9, 4.4, [4.0, 3.2, 3.7], 16)

# ---------------------------------------------------------------- 12-14 repères et suite
section("Repères et suite")
s = new_slide(L_ONLY, "Chiffres repères : santé mentale et territoires",
              "Source : observatoire régional de la santé, données 2023 ; les chiffres des deux quartiers sont des "
              "estimations de l'observatoire. Attention à ne pas comparer le recours au CMP avec la France, la "
              "donnée nationale n'est pas disponible dans le même format.")
table(s, [
    ["Territoire", "Personnes en ALD pour affection psychiatrique (pour 1 000 hab.)",
     "Adultes suivis en CMP (pour 1 000 adultes)"],
    ["Les Tilleuls (QPV)", "41", "48"],
    ["La Croix-Verte (QPV)", "36", "39"],
    ["Ligneray (ville)", "29", "31"],
    ["Loire-Bocage (département)", "26", "27"],
    ["Pays de la Loire", "27", "29"],
    ["France", "28", "n.d."],
], 1.2, 1.6, 10.9, 4.6, [3.6, 4.0, 3.3], 15)

s = new_slide(L_ONLY, "En résumé",
              "Diapositive de synthèse : laisser la salle réagir. Le chiffre de 139 adhérents additionne les deux "
              "GEM au 31 mai 2025.")
ICONS = [("♥", "139 adhérents\ndans 2 GEM"), ("☺", "2e médiateur\nfinancé"), ("★", "12 rendez-vous\nSISM"),
         ("⌂", "Clubhouse\nsept. 2026"), ("✎", "Annuaire\nen ligne")]
for i, (glyph, label) in enumerate(ICONS):
    x = 0.9 + i * 2.45
    shp = s.shapes.add_shape(MSO_SHAPE.OVAL, Inches(x + 0.35), Inches(2.0), Inches(1.4), Inches(1.4))
    shp.fill.solid()
    shp.fill.fore_color.rgb = TEAL if i % 2 == 0 else CORAL
    shp.line.fill.background()
    shp.text_frame.text = glyph
    for p in shp.text_frame.paragraphs:
        p.alignment = PP_ALIGN.CENTER
        for r in p.runs:
            r.font.size, r.font.color.rgb = Pt(40), RGBColor(0xFF, 0xFF, 0xFF)
    textbox(s, x, 3.6, 2.1, 1.2, label, 18, True, INK, PP_ALIGN.CENTER)

s = new_slide(L_ONLY, "Contacts et liens utiles",
              "Prochaine réunion du GT Rétablissement : jeudi 25 septembre 2025, 14 h, espace Croix-Verte. "
              "Prochaine plénière du CLSM : jeudi 4 décembre 2025.")
textbox(s, 0.9, 1.5, 11.5, 0.9, "Coordination du CLSM : Solène Guérin — 02 99 00 41 20 — clsm@ligneray.example", 18)
link(s, 0.9, 2.4, 11, "Page du groupe de travail Rétablissement", "https://clsm.ligneray.example/retablissement")
link(s, 0.9, 3.0, 11, "Annuaire des ressources du rétablissement", "https://clsm.ligneray.example/annuaire")
link(s, 0.9, 3.6, 11, "GEM Le Phare", "https://www.gem-lephare.example/")
link(s, 0.9, 4.2, 11, "GEM La Passerelle", "https://www.gem-lapasserelle.example/")
link(s, 0.9, 4.8, 11, "DU Pair-aidance de l'université de Loire-Bocage",
     "https://du-pairaidance.univ-loirebocage.example/")
textbox(s, 0.9, 5.8, 11.5, 0.8, "Merci de votre attention !", 26, True, CORAL)

assert len(prs.slides) == 14, len(prs.slides)

# ---------------------------------------------------------------- sections (extension PowerPoint 2010)
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
pres = prs.part._element
sld_ids = [sid.get("id") for sid in pres.find("{%s}sldIdLst" % P_NS)]
ext_lst = pres.find("{%s}extLst" % P_NS)
if ext_lst is None:
    ext_lst = etree.SubElement(pres, "{%s}extLst" % P_NS)
ext = etree.SubElement(ext_lst, "{%s}ext" % P_NS, uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
sl = etree.SubElement(ext, "{%s}sectionLst" % P14, nsmap={"p14": P14})
for i, (name, idx) in enumerate(SECTIONS):
    sec = etree.SubElement(sl, "{%s}section" % P14, name=name,
                           id="{%s}" % str(uuid.UUID(int=0x53000 + i)).upper())
    lst = etree.SubElement(sec, "{%s}sldIdLst" % P14)
    for j in idx:
        etree.SubElement(lst, "{%s}sldId" % P14, id=sld_ids[j])

prs.core_properties.title = "Groupe de travail Rétablissement — bilan 2024-2025 et projet de clubhouse"
prs.core_properties.author = "CLSM de Ligneray"
prs.save(OUT)
print("écrit :", OUT, "| sections :", [(n, len(i)) for n, i in SECTIONS])
