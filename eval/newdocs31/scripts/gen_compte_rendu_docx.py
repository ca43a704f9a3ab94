# -*- coding: utf-8 -*-
"""Génère le compte rendu Word (.docx, python-docx) de la réunion du 24 juin 2025 du groupe de travail « Santé
mentale en milieu agricole » du CLSM des Monts de Lauzière : bloc d'identification, liste des présents et
excusés, titres numérotés, relevé de décisions numérotées, tableau d'actions (action / pilote / échéance),
en-tête, pied avec champ PAGE."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-06-24_clsm-monts-de-lauziere_compte-rendu-groupe-agricole.docx")

d = Document()
st = d.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
for s in d.sections:
    s.left_margin = s.right_margin = Cm(2.2)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)


sec = d.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "CLSM des Monts de Lauzière — Groupe de travail « Santé mentale en milieu agricole »"
hp.runs[0].font.size = Pt(8)
hp.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Compte rendu de la réunion du 24 juin 2025 — validé le 30 septembre 2025 — page ")
r.font.size = Pt(8)
field(fp, "PAGE")

t = d.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("Conseil local de santé mentale (CLSM) des Monts de Lauzière")
r.bold = True
r.font.size = Pt(12)
d.add_heading("Groupe de travail « Santé mentale en milieu agricole »\nCompte rendu de la réunion du mardi 24 juin 2025", level=0)

info = d.add_table(rows=4, cols=2)
info.style = "Table Grid"
for i, (k, v) in enumerate([
        ("Lieu", "Mairie de Saint-Privat-de-Lauzière, salle des mariages"),
        ("Horaires", "14 h – 16 h 30"),
        ("Présidence de séance", "Michel Granier, vice-président de la communauté de communes chargé de la santé"),
        ("Rédaction", "Hélène Castagnier, coordinatrice du CLSM")]):
    info.cell(i, 0).text = k
    info.cell(i, 1).text = v
    info.cell(i, 0).paragraphs[0].runs[0].bold = True

d.add_heading("Participants", level=1)
d.add_paragraph("Présents :").runs[0].bold = True
for p in [
        "Michel Granier, vice-président de la CC des Monts de Lauzière (CCML) chargé de la santé, maire de Laubarède",
        "Hélène Castagnier, coordinatrice du CLSM des Monts de Lauzière",
        "Florence Audouard, responsable de la cellule de prévention du mal-être agricole, MSA Orsane-Cévenne",
        "Dr Bertrand Vialatte, médecin du travail, MSA Orsane-Cévenne",
        "Dr Armelle Teyssèdre, psychiatre, équipe mobile de psychiatrie rurale (EMPR), CHS Sainte-Lucie",
        "Dr Simon Delpeuch, médecin généraliste, coordinateur de la MSP du Haut-Lauzière (Chanteloube)",
        "Pascal Meyrueis, président du Service de remplacement de la Haute-Orsane (SRHO)",
        "Régis Chabrol, conseiller Cap Rebond, chambre d'agriculture de la Haute-Orsane",
        "Sandrine Moulin, chargée d'affaires agricoles, Banque Rurale d'Orsane (agence de Chanteloube)",
        "Dr Thomas Rigal, vétérinaire, clinique des Trois Vallées (Mourèze-les-Bois)",
        "Jean-Marc Roussilhe, président de l'association Paysans Debout",
        "Julie Bonnal, chargée de communication, CCML"]:
    d.add_paragraph(p, style="List Bullet")
d.add_paragraph("Excusées :").runs[0].bold = True
for p in ["Claire Bessière, psychologue, cellule de prévention du mal-être agricole, MSA Orsane-Cévenne",
          "Odile Sarrazin, direction départementale des territoires (DDT)"]:
    d.add_paragraph(p, style="List Bullet")

d.add_heading("1. Approbation du compte rendu du 18 mars 2025", level=1)
d.add_paragraph("Le compte rendu de la réunion du 18 mars 2025 est approuvé sans modification.")

d.add_heading("2. Réseau Sentinelles", level=1)
d.add_paragraph(
    "Florence Audouard fait le point : 181 sentinelles ont été formées en Haute-Orsane au 31 mai 2025, dont 39 "
    "depuis janvier. L'objectif est d'atteindre 220 sentinelles à la fin de l'année. Les vétérinaires restent "
    "peu nombreux : seuls 8 ont participé à la session de février à Saint-Privat. Le Dr Thomas Rigal propose "
    "d'organiser une session réservée aux vétérinaires, un jeudi, pour faciliter la présence des cliniques.")
d.add_paragraph(
    "Sandrine Moulin signale que la Banque Rurale d'Orsane a instauré une procédure interne : le conseiller "
    "recueille l'accord écrit du client avant de contacter la cellule, afin de respecter le secret bancaire.")

d.add_heading("3. Équipe mobile de psychiatrie rurale", level=1)
d.add_paragraph(
    "Le Dr Armelle Teyssèdre présente le bilan des trois premiers mois dans le canton de Mourèze-les-Bois : "
    "11 exploitations visitées depuis mars 2025. Le délai moyen avant la première visite est de 6 jours sur le "
    "premier semestre. L'équipe rappelle qu'elle n'intervient que sur orientation du médecin traitant ou de la "
    "cellule ; les sentinelles passent par la cellule.")

d.add_heading("4. Aide au répit et remplacement", level=1)
d.add_paragraph(
    "Pascal Meyrueis indique que le SRHO a déjà assuré 640 journées au titre de l'aide au répit entre janvier et "
    "mai 2025. Plusieurs exploitants atteignent le plafond de 10 jours dès le printemps, notamment après "
    "l'agnelage. Le groupe souhaite que ce plafond soit relevé.")

d.add_heading("5. Groupe de parole Paysans Debout", level=1)
d.add_paragraph(
    "Jean-Marc Roussilhe présente le bilan du groupe de Saint-Privat-de-Lauzière (premier mardi du mois à la "
    "ferme-auberge du Pradel) : 22 participants différents depuis septembre 2024. Les éleveurs du haut du canton "
    "de Mourèze-les-Bois ne viennent pas, en raison de la distance. La mairie de Mourèze-les-Bois propose de "
    "prêter gratuitement la salle de l'ancienne coopérative.")

d.add_heading("6. Permanence de psychologue à la MSP du Haut-Lauzière", level=1)
d.add_paragraph(
    "Le Dr Simon Delpeuch rappelle que le premier psychologue libéral est à 45 minutes de Chanteloube. La MSP "
    "dispose d'un bureau libre le jeudi. Une permanence peut être financée par le contrat local de santé pour "
    "une durée d'un an, renouvelable.")

d.add_heading("7. Forum « Tenir debout »", level=1)
d.add_paragraph(
    "Hélène Castagnier propose d'organiser à l'automne un forum ouvert au public, avec les stands des partenaires, "
    "un théâtre-forum et une conférence. La halle de Chanteloube est disponible le vendredi 21 novembre 2025.")

d.add_heading("Relevé de décisions", level=1)
for dec in [
        "Un second groupe Paysans Debout ouvrira à Mourèze-les-Bois en septembre 2025 ; il se réunira le troisième "
        "jeudi du mois, dans la salle de l'ancienne coopérative mise à disposition gratuitement par la commune.",
        "Le forum « Tenir debout » aura lieu le vendredi 21 novembre 2025 à la halle de Chanteloube ; budget de "
        "4 800 € (CLSM 2 800 €, MSA 2 000 €).",
        "Le groupe de travail demande à la MSA de porter le plafond de l'aide au répit de 10 à 12 jours par an à "
        "partir de 2026.",
        "Une permanence de psychologue ouvrira à la MSP du Haut-Lauzière le jeudi, à partir du 2 octobre 2025.",
        "Objectif : 20 vétérinaires formés sentinelles d'ici fin 2026, avec une session réservée dès septembre 2025.",
        "Un encart « Besoin d'aide ? » avec les numéros utiles paraîtra dans le bulletin communautaire de "
        "septembre."]:
    d.add_paragraph(dec, style="List Number")

d.add_heading("Tableau des actions", level=1)
ACTIONS = [
    ("Réserver la salle et fixer le calendrier du groupe de Mourèze-les-Bois", "Jean-Marc Roussilhe", "15 juillet 2025"),
    ("Recruter et conventionner la psychologue de la permanence MSP", "Dr Simon Delpeuch", "2 octobre 2025"),
    ("Note au conseil d'administration de la MSA sur le plafond de répit", "Florence Audouard", "30 septembre 2025"),
    ("Programme du forum et réservation de la halle de Chanteloube", "Hélène Castagnier", "15 septembre 2025"),
    ("Session Sentinelles réservée aux vétérinaires", "Dr Thomas Rigal et Claire Bessière", "18 septembre 2025"),
    ("Encart « Besoin d'aide ? » dans le bulletin communautaire", "Julie Bonnal", "1er septembre 2025"),
    ("Recensement des besoins de formation des agents bancaires", "Sandrine Moulin", "31 octobre 2025"),
]
tb = d.add_table(rows=1, cols=3)
tb.style = "Table Grid"
for c, h in zip(tb.rows[0].cells, ("Action", "Pilote", "Échéance")):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
for a in ACTIONS:
    cells = tb.add_row().cells
    for c, v in zip(cells, a):
        c.text = v

d.add_heading("Prochaine réunion", level=1)
d.add_paragraph("Mardi 30 septembre 2025 à 14 h, à la MSP du Haut-Lauzière, à Chanteloube.")
d.add_paragraph("Diffusion : membres du groupe de travail, bureau du CLSM, direction de la MSA Orsane-Cévenne.")

d.save(OUT)
print("écrit", OUT)
