# -*- coding: utf-8 -*-
"""Compte rendu d'un groupe de travail de CLSM rédigé dans ONLYOFFICE Docs (intégré à Nextcloud) et téléchargé en
.docx.

Imitation : docProps/app.xml « ONLYOFFICE/8.2.0.143 », styles « Heading 1/2 » d'ONLYOFFICE, bandeau d'en-tête en
tableau (logo texte + date), tableau des présents et excusés en deux colonnes, ordre du jour en liste numérotée
tapée, points développés avec « Échanges : » et « Décision : » en gras en début de paragraphe, relevé de décisions
D1 à D5, tableau des actions (action, pilote, échéance), prochaine réunion, pied de page « Document de travail –
diffusion restreinte aux membres du GT ».
"""
import os
import re
import shutil
import tempfile
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-20_clsm-sarrebach_cr-gt-addictions-sante-mentale.docx")

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = d.sections[0]
sec.footer.paragraphs[0].text = "Document de travail – diffusion restreinte aux membres du GT – CLSM de Sarrebach-les-Forges"
sec.header.paragraphs[0].text = "CLSM de Sarrebach-les-Forges | Groupe de travail « Addictions & santé mentale »"

t = d.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.cell(0, 0).text = "CONSEIL LOCAL DE SANTÉ MENTALE\nSarrebach-les-Forges · Creutzheim · Hombach-sur-Sarre"
t.cell(0, 1).text = "Compte rendu\nRéunion du mardi 20 janvier 2026, 14 h – 16 h 30\nCCAS de Sarrebach-les-Forges, salle du 1er étage"

d.add_heading("Groupe de travail « Addictions & santé mentale » — compte rendu n° 9", level=1)
p = d.add_paragraph()
p.add_run("Rédaction : ").bold = True
p.add_run("Léa Schmitt, coordinatrice du CLSM. Relecture : Dr Inès Ferhat et Nadia Kessler (co-pilotes du GT).")

d.add_heading("Participants", level=2)
t = d.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.rows[0].cells[0].text = "Présents"
t.rows[0].cells[1].text = "Excusés"
pres = ["Dr Inès Ferhat, psychiatre, CMP adultes de Sarrebach (co-pilote)",
        "Nadia Kessler, directrice du CSAPA Le Relais (co-pilote)",
        "Sandrine Wagner, médiatrice pair, CSAPA Le Relais",
        "Léa Schmitt, coordinatrice du CLSM",
        "Thomas Klein, responsable de l'action sociale, CCAS de Sarrebach-les-Forges",
        "Aurélie Roth, chargée de tranquillité résidentielle, Sarre-Moselle Habitat",
        "Julien Weber, directeur du centre social du Vieux-Puits",
        "Mathis Gerber, médiateur pair, CAARUD L'Escale (en visioconférence)"]
exc = ["Dr Bastien Hoffmann, médecin coordinateur, CSAPA Le Relais",
       "Capitaine Hélène Fischer, commissariat de Sarrebach",
       "Représentant de la mission locale"]
for i in range(max(len(pres), len(exc))):
    r = t.add_row().cells
    r[0].text = pres[i] if i < len(pres) else ""
    r[1].text = exc[i] if i < len(exc) else ""

d.add_heading("Ordre du jour", level=2)
for i, s in enumerate(["Bilan 2025 de la fiche de liaison CSAPA–CMP–CCAS",
                       "Création d'une cellule de coordination des situations complexes",
                       "Signalements liés au crack aux Hauts-de-Saint-Clair",
                       "Sensibilisations 2026 des bailleurs et des centres sociaux",
                       "Candidature à l'appel à projets ARS « Aller-vers en QPV »",
                       "Questions diverses"], 1):
    d.add_paragraph("%d. %s" % (i, s))


def point(title, echanges, decision=None):
    d.add_heading(title, level=2)
    for e in echanges:
        p = d.add_paragraph()
        p.add_run("Échanges : ").bold = True
        p.add_run(e)
    if decision:
        p = d.add_paragraph()
        p.add_run("Décision : ").bold = True
        p.add_run(decision)


point("1. Bilan 2025 de la fiche de liaison",
      ["La fiche de liaison commune, diffusée depuis février 2025, a été utilisée 83 fois en 2025 : 41 fois du CSAPA "
       "vers le CMP, 26 fois du CMP vers le CSAPA et 16 fois par le CCAS. Le Dr Ferhat souligne que la rubrique "
       "« traitements en cours » est souvent vide. Thomas Klein signale que les travailleurs sociaux du CCAS ne "
       "savent pas toujours s'ils peuvent la remplir sans l'accord écrit de la personne."],
      "la fiche est maintenue ; une version 2 ajoutera une case « accord de la personne recueilli (oral / écrit) » "
      "et une ligne « médiateur pair impliqué ». Léa Schmitt prépare la version 2 pour la prochaine réunion.")
point("2. Cellule de coordination des situations complexes",
      ["Plusieurs membres font état de situations où la personne cumule consommations, trouble psychique, dettes "
       "de loyer et troubles du voisinage, sans qu'aucun service ne se sente légitime pour coordonner. Nadia "
       "Kessler propose une cellule sur le modèle de la cellule « Parcours » du CLSM de Vervinval, présentée par "
       "Mathis Gerber : une réunion mensuelle, trois situations au plus par séance, présentées avec l'accord de "
       "la personne, un référent désigné à l'issue de chaque examen."],
      "création de la cellule de coordination des situations complexes, réunie le premier jeudi de chaque mois "
      "de 9 h 30 à 11 h au CCAS ; première séance le jeudi 5 février 2026. La charte de confidentialité sera signée "
      "par chaque membre avant la première séance.")
point("3. Signalements liés au crack aux Hauts-de-Saint-Clair",
      ["Aurélie Roth indique que Sarre-Moselle Habitat a reçu 14 signalements de locataires en 2025 (regroupements "
       "dans les halls, matériel abandonné, cris la nuit) aux Hauts-de-Saint-Clair, contre 5 en 2024. Sandrine "
       "Wagner rappelle que les personnes concernées sont aussi des locataires, souvent en grande souffrance "
       "psychique. Mathis Gerber propose que L'Escale installe une boîte de récupération du matériel usagé près "
       "de la loge du gardien, comme aux Grèves-Basses."],
      "le CSAPA et L'Escale feront une sortie commune de l'unité mobile « Trajectoires » aux Hauts-de-Saint-Clair "
      "un jeudi soir par mois à partir de mars 2026 ; le bailleur étudie la boîte de récupération.")
point("4. Sensibilisations 2026",
      ["En 2025, deux sessions ont touché 38 professionnels. Julien Weber demande une session ouverte aux "
       "animateurs et aux adultes-relais, plus courte et plus pratique (« quoi dire, qui appeler »)."],
      "deux sessions d'une demi-journée en 2026, le jeudi 26 mars et le jeudi 8 octobre, au centre social du "
      "Vieux-Puits, animées par le CSAPA, le CMP et Sandrine Wagner ; 20 places chacune.")
point("5. Appel à projets ARS « Aller-vers en QPV »",
      ["Le CSAPA souhaite recruter un second médiateur pair à mi-temps. Le coût est estimé à 24 800 € par an, "
       "supervision et formation comprises. La lettre de soutien du CLSM est une condition de l'appel à projets."],
      "le GT donne un avis favorable ; Léa Schmitt rédige la lettre de soutien du CLSM, signée par l'adjoint à la "
      "santé, avant le 3 avril 2026.")
point("6. Questions diverses",
      ["Le centre social signale une demande de parents du Vieux-Puits sur les écrans. Nadia Kessler rappelle que "
       "la CJC du Vieux-Puits reçoit les parents, même sans leur enfant, le lundi de 16 h à 19 h."])

d.add_heading("Relevé de décisions", level=2)
for s in ["D1 — Fiche de liaison maintenue, version 2 à valider le 17 mars 2026.",
          "D2 — Création de la cellule de coordination des situations complexes (1er jeudi du mois).",
          "D3 — Sortie mensuelle commune CSAPA / CAARUD aux Hauts-de-Saint-Clair à partir de mars 2026.",
          "D4 — Deux sensibilisations en 2026 (26 mars, 8 octobre).",
          "D5 — Soutien du CLSM à la candidature du CSAPA (second médiateur pair)."]:
    d.add_paragraph(s)

d.add_heading("Actions", level=2)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["Action", "Pilote", "Échéance"]):
    t.rows[0].cells[i].text = h
for row in [("Rédiger la version 2 de la fiche de liaison", "Léa Schmitt", "17/03/2026"),
            ("Rédiger la charte de confidentialité de la cellule", "Thomas Klein", "30/01/2026"),
            ("Organiser la première sortie commune aux Hauts-de-Saint-Clair", "Sandrine Wagner et Mathis Gerber",
             "12/03/2026"),
            ("Étudier une boîte de récupération du matériel usagé", "Aurélie Roth", "17/03/2026"),
            ("Lettre de soutien du CLSM à l'appel à projets", "Léa Schmitt", "03/04/2026")]:
    r = t.add_row().cells
    for i, v in enumerate(row):
        r[i].text = v

p = d.add_paragraph()
p.add_run("Prochaine réunion : ").bold = True
p.add_run("mardi 17 mars 2026, 14 h, CCAS de Sarrebach-les-Forges.")

tmp = tempfile.mktemp(suffix=".docx")
d.save(tmp)
# docProps/app.xml tel qu'ONLYOFFICE l'écrit
with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "docProps/app.xml":
            data = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
                    'openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats'
                    '.org/officeDocument/2006/docPropsVTypes"><Template></Template><TotalTime>0</TotalTime><Pages>3'
                    '</Pages><Words>1180</Words><Application>ONLYOFFICE/8.2.0.143</Application><DocSecurity>0'
                    '</DocSecurity><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
                    '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>8.2000'
                    '</AppVersion></Properties>').encode("utf-8")
        elif item.filename == "docProps/core.xml":
            s = data.decode("utf-8")
            s = re.sub(r"<dc:creator>.*?</dc:creator>", "<dc:creator>Léa Schmitt</dc:creator>", s)
            s = re.sub(r"<cp:lastModifiedBy>.*?</cp:lastModifiedBy>", "<cp:lastModifiedBy>Inès Ferhat</cp:lastModifiedBy>", s)
            data = s.encode("utf-8")
        zout.writestr(item, data)
os.remove(tmp)
print(OUT)
