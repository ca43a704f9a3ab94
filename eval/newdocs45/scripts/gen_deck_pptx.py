# -*- coding: utf-8 -*-
"""Génère le diaporama de présentation du programme Un chez-soi d'abord Haute-Loue au comité de pilotage du CLSM
de Vesonde (12 juin 2025), fichier PowerPoint .pptx (python-pptx), 12 diapositives 16:9.

Mise en page voulue : diapositive de titre, diapositives « titre + puces », cinq tableaux (chiffres par date,
provenance, lieux de vie, équipe, financement), un encadré « chiffre clé » (zone de texte colorée), numéro de
diapositive dans une zone de texte, notes de l'orateur sur chaque diapositive, certaines contenant des faits
absents des diapositives (participation des locataires, astreinte de nuit, date du prochain comité, règle de
dispersion des logements).

Tout est inventé (ville, département, structures, personnes, chiffres, numéros en 03 99 00 / 06 99 00,
domaines .example).
"""
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-06-12_chez-soi-haute-loue_presentation-un-chez-soi-dabord.pptx")

TEAL = RGBColor(0x1F, 0x6F, 0x78)
PLUM = RGBColor(0x5B, 0x2A, 0x4E)
LIGHT = RGBColor(0xE6, 0xF0, 0xF2)

prs = Presentation()
prs.slide_width = Cm(33.867)
prs.slide_height = Cm(19.05)
N = 12
count = [0]


def footer(slide):
    count[0] += 1
    tb = slide.shapes.add_textbox(Cm(29.5), Cm(17.8), Cm(3.5), Cm(0.9))
    p = tb.text_frame.paragraphs[0]
    p.text = "%d / %d" % (count[0], N)
    p.runs[0].font.size = Pt(11)
    p.runs[0].font.color.rgb = TEAL
    tb2 = slide.shapes.add_textbox(Cm(1.2), Cm(17.8), Cm(22), Cm(0.9))
    p2 = tb2.text_frame.paragraphs[0]
    p2.text = "Un chez-soi d'abord Haute-Loue · COPIL du CLSM de Vesonde · 12 juin 2025"
    p2.runs[0].font.size = Pt(10)
    p2.runs[0].font.color.rgb = TEAL


def notes(slide, text):
    slide.notes_slide.notes_text_frame.text = text


def title_only(title):
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = title
    s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(32)
    s.shapes.title.text_frame.paragraphs[0].runs[0].font.color.rgb = PLUM
    return s


def bullet_slide(title, items, note):
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = title
    s.shapes.title.text_frame.paragraphs[0].runs[0].font.color.rgb = PLUM
    body = s.placeholders[1]
    body.left, body.top, body.width, body.height = Cm(1.5), Cm(4.2), Cm(30.5), Cm(13)
    tf = body.text_frame
    for i, it in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        level = 1 if it.startswith("  ") else 0
        p.text = it.strip()
        p.level = level
        p.runs[0].font.size = Pt(20 if level == 0 else 17)
    notes(s, note)
    footer(s)
    return s


def table_slide(title, rows, widths, note, top=Cm(4.4), extra=None):
    s = title_only(title)
    nr, nc = len(rows), len(rows[0])
    shape = s.shapes.add_table(nr, nc, Cm(1.5), top, Cm(sum(widths)), Cm(1.0 * nr))
    tbl = shape.table
    for j, w in enumerate(widths):
        tbl.columns[j].width = Cm(w)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = tbl.cell(i, j)
            cell.text = str(v)
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(15)
                    run.font.bold = (i == 0 or str(r[0]).startswith("Total"))
    if extra:
        extra(s)
    notes(s, note)
    footer(s)
    return s


def keybox(slide, big, label, left=Cm(23.5), top=Cm(5.0)):
    box = slide.shapes.add_shape(1, left, top, Cm(8.5), Cm(5.2))
    box.fill.solid()
    box.fill.fore_color.rgb = LIGHT
    box.line.color.rgb = TEAL
    tf = box.text_frame
    tf.word_wrap = True
    tf.paragraphs[0].text = big
    tf.paragraphs[0].runs[0].font.size = Pt(40)
    tf.paragraphs[0].runs[0].font.bold = True
    tf.paragraphs[0].runs[0].font.color.rgb = TEAL
    p = tf.add_paragraph()
    p.text = label
    p.runs[0].font.size = Pt(14)
    p.runs[0].font.color.rgb = PLUM


# 1 ---------------------------------------------------------------- titre
s = prs.slides.add_slide(prs.slide_layouts[0])
s.shapes.title.text = "Un chez-soi d'abord Haute-Loue"
s.placeholders[1].text = ("Le logement d'abord pour les personnes sans abri vivant avec des troubles psychiques "
                          "sévères\nComité de pilotage du CLSM de Vesonde — jeudi 12 juin 2025\nLucie Fournier, "
                          "coordinatrice · Dr Maëlle Ternant, psychiatre")
notes(s, "Remercier Mme Vuillemin et les membres du comité de pilotage. Présentation d'une vingtaine de minutes, "
         "suivie des questions. Rappeler que le site a ouvert le 2 octobre 2023 et que c'est notre première "
         "présentation devant le CLSM depuis l'extension de janvier.")
footer(s)

# 2 ---------------------------------------------------------------- principe
bullet_slide("Le principe : le logement d'abord, le soin ensuite… et ensemble", [
    "Accès direct à un logement ordinaire, en diffus, sans passer par l'hébergement",
    "Aucune condition préalable de traitement ni d'abstinence",
    "Accompagnement intensif par une équipe pluridisciplinaire, au domicile",
    "  au moins une visite par semaine",
    "Le choix de la personne et le rétablissement comme boussoles",
    "Le logement est conservé même en cas d'hospitalisation ou d'incarcération courte",
], "Origine : le modèle Housing First, né à New York au début des années 1990. En France, expérimentation de 2011 à "
   "2016 dans quatre villes, puis déploiement national à partir de 2017. Ne pas confondre : le « Logement d'abord » "
   "est la politique publique nationale (deuxième plan quinquennal 2023-2027), qui concerne toutes les personnes sans "
   "domicile ; « Un chez-soi d'abord » est un dispositif précis, réservé aux personnes sans abri qui ont des troubles "
   "psychiques sévères.")

# 3 ---------------------------------------------------------------- critères
bullet_slide("Qui peut entrer dans le programme ?", [
    "Avoir 18 ans ou plus",
    "Être sans abri ou sans logement stable : rue, hébergement d'urgence, squat",
    "Vivre avec un trouble psychiatrique sévère (schizophrénie, trouble bipolaire…)",
    "Avoir des besoins élevés d'accompagnement",
    "Vivre dans le département de la Haute-Loue",
    "Orientation uniquement par le SIAO de la Haute-Loue",
], "La demande passe par la fiche d'orientation du SIAO, accompagnée d'un certificat médical sous pli confidentiel. "
   "La commission d'orientation se réunit le deuxième mardi de chaque mois. Une personne n'a pas besoin d'être déjà "
   "suivie en psychiatrie : l'évaluation peut être faite par l'EMPP Passerelle.")

# 4 ---------------------------------------------------------------- chiffres par date
def k4(s):
    keybox(s, "87 %", "des personnes logées depuis plus d'un an le sont toujours (maintien à 12 mois)")


table_slide("Le site en chiffres", [
    ("Date", "Places", "Personnes accompagnées", "dont logées"),
    ("2 octobre 2023 (ouverture)", 40, 0, 0),
    ("31 décembre 2023", 40, 15, 12),
    ("31 décembre 2024", 40, 39, 36),
    ("30 avril 2025", 55, 48, 44),
    ("Fin 2026 (objectif)", 70, "—", "—"),
], [7.5, 3.5, 5.5, 4.0],
    "Le passage de 40 à 55 places date du 1er janvier 2025. Au 30 avril, 4 personnes accompagnées attendent encore "
    "leur logement : nous avons 3 logements en cours de remise en état. La première personne a été logée le 16 "
    "novembre 2023. Le maintien à 12 mois se calcule sur les 31 personnes logées depuis plus d'un an : 27 sont "
    "toujours dans leur logement, soit 87 %.", extra=k4)

# 5 ---------------------------------------------------------------- provenance
table_slide("D'où viennent les personnes ? (48 personnes accompagnées au 30 avril 2025)", [
    ("Situation à l'entrée", "Personnes", "Part"),
    ("Rue", 21, "44 %"),
    ("Hébergement d'urgence", 14, "29 %"),
    ("Sortie d'hospitalisation psychiatrique", 9, "19 %"),
    ("Squat ou habitat de fortune", 4, "8 %"),
    ("Total", 48, "100 %"),
], [13, 4, 4],
    "Durée moyenne d'errance avant l'entrée : 6 ans et demi. 38 hommes et 10 femmes ; âge moyen 43 ans. Cinq "
    "personnes ont été orientées après un examen par la cellule de veille logement du CLSM.")

# 6 ---------------------------------------------------------------- lieux de vie
table_slide("Où vivent les 44 personnes logées ?", [
    ("Territoire", "Logements", "dont parc social"),
    ("QPV Les Grands Prés", 11, 11),
    ("QPV Champ-Fleuri", 7, 6),
    ("Reste de Vesonde", 19, 13),
    ("Autres communes de la Haute-Loue", 7, 5),
    ("Total", 44, 35),
], [12, 4.5, 5],
    "Bailleurs : Habitat Loue-Vesonde 26 logements, Val de Loue Logement 9, propriétaires privés 9. Règle de "
    "dispersion : jamais plus de deux logements du programme dans une même cage d'escalier, pour éviter l'effet "
    "« foyer ». La charte signée avec Habitat Loue-Vesonde en novembre 2024 nous réserve 6 logements par an.")

# 7 ---------------------------------------------------------------- équipe
table_slide("Une équipe pluridisciplinaire de 10 ETP", [
    ("Fonction", "ETP", "Noms"),
    ("Coordination", "1", "Lucie Fournier"),
    ("Psychiatre", "0,5", "Dr Maëlle Ternant"),
    ("Médecin généraliste", "0,2", "Dr Paul Guyon"),
    ("Infirmiers", "2", ""),
    ("Travailleurs sociaux", "2,5", ""),
    ("Travailleurs pairs", "2", "Kévin Lambert, Saïda Meziane"),
    ("Chargé de captation de logements", "1", "Julien Roy"),
    ("Secrétariat", "0,8", ""),
    ("Total", "10", ""),
], [11, 3, 10],
    "Les travailleurs pairs sont des professionnels salariés de l'équipe qui ont eux-mêmes connu la rue et des "
    "troubles psychiques ; ils ont suivi le diplôme universitaire de pair-aidance en santé mentale. L'équipe est "
    "joignable 7 jours sur 7, de 8 h à 20 h ; la nuit, une astreinte téléphonique répond au 06 99 00 58 41.",
    top=Cm(3.9))

# 8 ---------------------------------------------------------------- résultats
bullet_slide("Premiers résultats", [
    "87 % de maintien dans le logement à 12 mois (85 % attendus au niveau national)",
    "Jours d'hospitalisation en psychiatrie : 41 par personne l'année avant l'entrée, 17 l'année suivante",
    "Passages aux urgences divisés par deux",
    "31 personnes sur 44 ont un médecin traitant (9 à l'entrée)",
    "4 personnes ont repris une activité (emploi accompagné, bénévolat)",
], "Prudence : les effectifs sont faibles et le recul d'un an et demi seulement. Les chiffres d'hospitalisation "
   "portent sur les 31 personnes logées depuis plus de douze mois. Deux personnes sont parties en EHPAD et une "
   "personne est décédée en 2024.")

# 9 ---------------------------------------------------------------- financement
table_slide("Le financement 2025", [
    ("Financeur", "Montant", "Base"),
    ("ARS Bourgogne-Franche-Comté (assurance maladie)", "462 000 €", "60 % du forfait"),
    ("DDETS de la Haute-Loue (État, programme 177)", "308 000 €", "40 % du forfait"),
    ("Contrat de ville de Vesonde", "10 000 €", "Ateliers collectifs dans les QPV"),
    ("Total", "780 000 €", ""),
], [14, 5, 9],
    "Le forfait est de 14 000 € par place et par an, soit 770 000 € pour 55 places. Chaque personne logée verse une "
    "participation au loyer et aux charges plafonnée à 30 % de ses ressources ; le programme sous-loue le logement "
    "et prend en charge le reste. Les crédits du contrat de ville financent des ateliers cuisine et des sorties "
    "collectives aux Grands Prés et à Champ-Fleuri.")

# 10 --------------------------------------------------------------- cellule de veille
bullet_slide("Avec la cellule de veille logement et santé mentale", [
    "La cellule repère des personnes à la rue ou menacées d'expulsion qui relèvent du programme",
    "Le programme présente ses candidatures via le SIAO",
    "Depuis l'ouverture : 7 candidatures issues de la cellule, 5 admissions",
    "Le programme participe à chaque séance mensuelle de la cellule",
], "La candidature présentée à la commission d'orientation du 8 avril a été retenue ; l'entrée dans le logement est "
   "prévue en juillet. Rappel : en cellule, on ne cite jamais le nom des personnes, seulement le numéro de la "
   "situation.")

# 11 --------------------------------------------------------------- perspectives
bullet_slide("Perspectives 2025-2026", [
    "Passer de 55 à 70 places d'ici fin 2026 (réponse à l'appel à candidatures de l'ARS)",
    "Recruter un troisième travailleur pair à l'automne 2025",
    "Capter 15 logements supplémentaires, dont 6 auprès d'Habitat Loue-Vesonde",
    "Former les gardiens aux premiers secours en santé mentale avec le bailleur",
    "Évaluer la satisfaction des personnes accompagnées avec le GEM Le Trait d'Union",
], "Le prochain comité de pilotage du programme aura lieu le jeudi 9 octobre 2025. La réponse de l'ARS sur "
   "l'extension à 70 places est attendue à la fin de l'été.")

# 12 --------------------------------------------------------------- contacts
bullet_slide("Contacts", [
    "Un chez-soi d'abord Haute-Loue — 18 rue des Capucins, Vesonde",
    "Lucie Fournier, coordinatrice : 03 99 00 58 40 — contact@chezsoi-hauteloue.example",
    "Orientations : SIAO de la Haute-Loue, 03 99 00 55 15",
    "Astreinte de l'équipe (7 j/7, 8 h – 20 h) : 03 99 00 58 42",
], "Laisser la diapositive affichée pendant les questions. Les fiches d'orientation SIAO sont disponibles sur "
   "demande.")

assert count[0] == N, count[0]
prs.core_properties.author = "Lucie Fournier"
prs.core_properties.title = "Un chez-soi d'abord Haute-Loue — COPIL CLSM 12 juin 2025"
prs.save(OUT)
print("écrit :", OUT)
