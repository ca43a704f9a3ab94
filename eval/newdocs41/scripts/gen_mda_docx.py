# -*- coding: utf-8 -*-
"""Rapport d'activité 2025 de la MDA de la Haute-Selle (.docx, python-docx)."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-12_mda-haute-selle_rapport-activite-2025.docx")

d = Document()
d.core_properties.title = "Maison des adolescents de la Haute-Selle — rapport d'activité 2025"
d.core_properties.author = "Claire Dumoulin"


def frame(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "18"); e.set(qn("w:space"), "6"); e.set(qn("w:color"), "1F6F8B")
        bdr.append(e)
    ppr.append(bdr)
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "E3F1F5")
    ppr.append(shd)


def para(text, bold=False, italic=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    return p


def table(rows, style="Light Grid Accent 1"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


d.add_heading("Maison des adolescents de la Haute-Selle", level=0)
para("Rapport d'activité 2025 — adopté par le conseil d'administration du 12 mars 2026", italic=True)
para("Siège : 14 rue des Arbalétriers, 80990 Lauvigny-sur-Selle — antenne de Fressain-le-Bois (mardi et jeudi) — "
     "03 99 00 52 10 — accueil@mda-haute-selle.example")

d.add_heading("Éditorial", level=1)
para("L'année 2025 a été celle de la consolidation. La Maison des adolescents (MDA) a accueilli davantage de jeunes "
     "que jamais, tout en raccourcissant le délai avant le premier accueil, grâce à la réorganisation des "
     "plannings et à l'arrivée d'une deuxième accueillante en avril. Notre équipe mobile d'aller-vers, Cap'Ados, "
     "a trouvé sa place dans les deux quartiers prioritaires de la ville, Les Tisserands et La Briqueterie. "
     "Mais les délais d'accès aux soins spécialisés restent un sujet d'inquiétude : trop de jeunes que nous "
     "orientons vers le centre médico-psychologique infanto-juvénile attendent encore plus de six mois un "
     "premier rendez-vous de soins.")
para("Bernard Hennebelle, président — Claire Dumoulin, directrice")

p = para("806 jeunes accueillis en 2025, soit +8,8 % par rapport à 2024 — dont 274 habitant un quartier "
         "prioritaire de la politique de la ville (34 %)", bold=True)
frame(p)

d.add_heading("1. Qui sommes-nous ?", level=1)
para("La MDA est un lieu d'accueil, d'écoute, d'information et d'orientation gratuit et confidentiel, ouvert "
     "sans rendez-vous aux jeunes de 11 à 21 ans, à leurs parents et aux professionnels qui les accompagnent. "
     "Elle est portée par l'association MDA Haute-Selle et financée principalement par l'Agence régionale de santé "
     "(ARS) Hauts-de-France et le Conseil départemental de la Haute-Selle.")
para("L'équipe compte 9,4 équivalents temps plein (ETP) : deux accueillantes, trois psychologues, une infirmière, "
     "deux éducateurs spécialisés, une secrétaire, la directrice, et un pédiatre vacataire deux demi-journées par "
     "mois. Les jeunes sont reçus au siège du lundi au vendredi de 13 h à 19 h et le samedi de 10 h à 13 h ; "
     "l'antenne de Fressain-le-Bois, installée dans l'espace France services, ouvre le mardi et le jeudi de "
     "14 h à 18 h.")

d.add_heading("2. L'activité en chiffres", level=1)
d.add_heading("2.1 Évolution 2022–2025", level=2)
para("Le tableau ci-dessous retrace l'activité des quatre dernières années. Le délai est mesuré entre le premier "
     "appel (ou le premier passage) et le premier entretien d'accueil.")
table([
    ["Indicateur", "2022", "2023", "2024", "2025"],
    ["Jeunes accueillis (file active)", "612", "688", "741", "806"],
    ["dont antenne de Fressain-le-Bois", "51", "63", "74", "88"],
    ["dont habitants des QPV", "165", "199", "230", "274"],
    ["Parents reçus sans leur enfant", "198", "224", "263", "297"],
    ["Entretiens individuels réalisés", "2 140", "2 395", "2 610", "2 884"],
    ["Délai moyen avant premier accueil", "9 jours", "11 jours", "13 jours", "8 jours"],
    ["Interventions de Cap'Ados", "—", "—", "64", "141"],
])
para("Lecture : en 2025, 806 jeunes ont été accueillis, dont 88 à l'antenne de Fressain-le-Bois.", italic=True)

d.add_heading("2.2 Pourquoi les jeunes viennent-ils ?", level=2)
para("Motif principal du premier accueil en 2025 (806 jeunes) :")
for t in ["mal-être, anxiété, idées noires : 38 % ;", "conflits familiaux : 21 % ;",
          "difficultés scolaires et décrochage : 14 % ;", "harcèlement, y compris en ligne : 9 % ;",
          "conduites à risque (alcool, cannabis, écrans) : 8 % ;", "autres motifs : 10 %."]:
    d.add_paragraph(t, style="List Bullet")
para("Qui nous adresse les jeunes ? D'abord les infirmières scolaires (29 %), puis les familles (24 %), les jeunes "
     "eux-mêmes (18 %), les psychologues de l'Éducation nationale (11 %), les médecins généralistes (7 %) et les "
     "autres partenaires (11 %), dont la protection maternelle et infantile pour les plus jeunes frères et sœurs.")

d.add_heading("2.3 Après l'accueil", level=2)
para("Six jeunes sur dix (61 %) ont été suivis à la MDA elle-même, en moyenne sur 3,6 entretiens. Les autres ont "
     "été orientés : 112 vers le centre médico-psychologique infanto-juvénile (CMP-IJ) du centre hospitalier de "
     "Lauvigny, 47 vers un psychologue libéral dans le cadre du dispositif Mon soutien psy, 38 vers la mission "
     "locale et 29 vers un médecin généraliste. Pour les jeunes en attente d'un rendez-vous au CMP-IJ, la MDA "
     "maintient un entretien de soutien toutes les trois semaines jusqu'à la prise en charge.")

d.add_heading("3. Cap'Ados, l'équipe mobile d'aller-vers", level=1)
para("Lancée le 4 mars 2024 avec des crédits de l'ARS et du contrat de ville, Cap'Ados va à la rencontre des "
     "adolescents là où ils sont : collèges, centres sociaux, city-stades, halls d'immeubles. L'équipe réunit "
     "Thomas Wauquier (éducateur spécialisé), Inès Boukhalfa (psychologue) et Camille Lefebvre (infirmière), "
     "pour 2,5 ETP au total.")
table([
    ["Cap'Ados", "2024 (10 mois)", "2025"],
    ["Interventions collectives et permanences", "64", "141"],
    ["Jeunes rencontrés", "172", "389"],
    ["Jeunes orientés vers la MDA", "41", "96"],
    ["Jeunes orientés vers le CMP-IJ", "9", "23"],
])
para("Les permanences hebdomadaires se tiennent au collège Jules-Ferry (Les Tisserands) le lundi midi, au collège "
     "Louise-Michel (La Briqueterie) le jeudi midi, en binôme avec la psychologue de l'Éducation nationale, et au "
     "centre social Arc-en-Ciel le mercredi après-midi. En juillet, Cap'Ados participe aux animations d'été "
     "des deux quartiers.")

d.add_heading("4. Travailler en réseau", level=1)
para("La MDA participe au groupe de travail « enfance-jeunesse » du conseil local de santé mentale (CLSM) de "
     "Lauvigny-sur-Selle, co-piloté par le Dr Hélène Vasseur, pédopsychiatre, et Karima Benali, coordinatrice "
     "du programme de réussite éducative. Elle y porte l'action « Aller vers » du plan d'action 2026-2028. Elle "
     "co-anime avec le CMP-IJ les ateliers « En attendant » destinés aux familles inscrites sur liste d'attente.")
para("Vingt-deux professionnels de la MDA et de ses partenaires ont suivi en 2025 la formation Premiers secours en "
     "santé mentale, module jeunes (PSSM jeunes).")

d.add_heading("5. Financement", level=1)
para("Le budget réalisé 2025 s'élève à 562 400 €.")
table([
    ["Financeur", "Montant 2025", "Part"],
    ["ARS Hauts-de-France (dont 65 000 € pour Cap'Ados)", "318 000 €", "56,5 %"],
    ["Conseil départemental de la Haute-Selle", "151 000 €", "26,8 %"],
    ["Ville de Lauvigny-sur-Selle", "24 000 €", "4,3 %"],
    ["Contrat de ville (Cap'Ados)", "18 500 €", "3,3 %"],
    ["Autres produits (CAF, mécénat, formations)", "50 900 €", "9,1 %"],
    ["Total", "562 400 €", "100 %"],
])

d.add_heading("6. Perspectives 2026", level=1)
for t in ["étendre les permanences de Cap'Ados au lycée professionnel Jean-Prouvé à la rentrée de septembre 2026 ;",
          "recruter une deuxième psychologue pour Cap'Ados (0,5 ETP), sous réserve du financement de l'ARS ;",
          "ouvrir l'antenne de Fressain-le-Bois un troisième jour, le mercredi ;",
          "ramener le délai avant premier accueil sous une semaine."]:
    d.add_paragraph(t, style="List Number")

sec = d.sections[0]
sec.footer.paragraphs[0].text = "MDA Haute-Selle — rapport d'activité 2025"
d.save(OUT)
print("écrit", OUT)
