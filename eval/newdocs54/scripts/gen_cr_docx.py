# -*- coding: utf-8 -*-
"""Génère le compte rendu Word (.docx, python-docx) de la réunion du 18 mars 2025 du groupe de travail
« Enfance » du CLSM de Montbrisac : en-tête et pied de page, liste des participants, points de l'ordre du jour
en titres, commentaires « [Note de la coordinatrice : …] » insérés dans le texte, liste numérotée des
décisions, tableau des actions (Action / Pilote / Échéance / État) et encadré « Relevé de décisions » (tableau
d'une cellule bordée et grisée).

Tout est inventé (ville, structures, personnes, chiffres, numéros en 04 99 00, domaines .example).
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-03-18_clsm-montbrisac_cr-gt-enfance-mars-2025.docx")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def borders(table, sz="12", color="1F4E79"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def para(doc, text, bold_prefix=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    p.add_run(text)
    return p


def note(p, text):
    r = p.add_run(" [Note de la coordinatrice : %s]" % text)
    r.italic = True
    r.font.color.rgb = RGBColor(0xC0, 0x50, 0x00)
    return r


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "CLSM de Montbrisac — Groupe de travail « Enfance » — Compte rendu du 18 mars 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Document de travail — diffusion aux membres du groupe — clsm@montbrisac.example — 04 99 00 25 60"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Groupe de travail « Enfance » du conseil local de santé mentale", level=0)
    para(doc, "mardi 18 mars 2025, 14 h – 16 h 30, centre social Les Tilleuls (salle Arc-en-ciel), Montbrisac",
         "Réunion du ")
    para(doc, "Clémence Royer, coordinatrice du CLSM ; relu par les co-pilotes le 24 mars 2025.", "Rédaction : ")

    doc.add_heading("Participants", level=1)
    for who in [
        "Dr Hélène Fabre, pédopsychiatre, CMP enfants Les Capucines (centre hospitalier de Montbrisac), co-pilote",
        "Yanis Belkacem, coordinateur du programme de réussite éducative (PRE), Ville de Montbrisac, co-pilote",
        "Clémence Royer, coordinatrice du CLSM",
        "Dr Thomas Lacombe, médecin directeur du CMPP (association Les Sources d'Orsange)",
        "Sophie Marchetti, infirmière de l'Éducation nationale (secteur Tilleuls et Champ-Rollin)",
        "Audrey Nguyen, psychologue de l'Éducation nationale, circonscription de Montbrisac",
        "Nadia Ferhat, puéricultrice, centre de PMI des Tilleuls (Département de l'Orsange)",
        "Laurent Giraud, conseiller pédagogique, circonscription de Montbrisac",
        "Émilie Vasseur, référente familles, centre social Les Tilleuls",
        "Karima Lounes, cheffe de projet contrat de ville, Ville de Montbrisac",
    ]:
        doc.add_paragraph(who, style="List Bullet")
    para(doc, "Julien Perrot (Maison des adolescents de l'Orsange), Isabelle Morel (CAF de l'Orsange).", "Excusés : ")

    doc.add_heading("1. Listes d'attente au CMPP et au CMP enfants", level=1)
    p = para(doc, "Le Dr Lacombe présente les chiffres 2024 du CMPP : 145 enfants étaient inscrits sur la liste "
             "d'attente au 31 décembre 2024, contre 161 un an plus tôt.")
    note(p, "après vérification auprès du secrétariat du CMPP, le chiffre exact est de 139 enfants ; les 145 "
         "annoncés en séance comprenaient six dossiers déjà clos")
    para(doc, "Le délai moyen entre l'appel des parents et le premier rendez-vous est passé de 212 jours en 2023 à "
         "187 jours en 2024. La baisse s'explique par le recrutement d'une psychologue à mi-temps en juin 2024 et "
         "par l'ouverture, en septembre 2024, d'un accueil prioritaire pour les enfants adressés avec une fiche de "
         "liaison par le PRE ou la PMI (31 enfants en 2024, délai moyen de 45 jours).")
    p = para(doc, "Le Dr Fabre indique qu'au CMP enfants Les Capucines, l'entretien d'accueil infirmier a lieu sous "
             "trois semaines, mais qu'il faut compter environ 5 mois pour un premier rendez-vous avec un médecin "
             "(chiffre 2024). Un poste de pédopsychiatre reste vacant.")
    note(p, "le CMP enfants reçoit les 3-16 ans du secteur ; le CMPP les 0-20 ans sans condition de secteur")
    para(doc, "Le groupe constate que les deux listes d'attente se recoupent : une famille sur cinq environ est "
         "inscrite dans les deux structures. Une commission commune de régulation des demandes est proposée.")

    doc.add_heading("2. Programme de compétences psychosociales « Graines de compétences »", level=1)
    para(doc, "Laurent Giraud fait le point sur la deuxième année du programme CPS : après six écoles et 22 classes "
         "en 2023-2024, le programme touche sept écoles et 24 classes en 2024-2025 (entrée de l'école "
         "Marie-Curie à Champ-Rollin). 41 enseignants ont suivi la formation de deux jours, assurée par Promotion "
         "Santé Orsange.")
    p = para(doc, "Le financement 2025 s'élève à 56 000 € : 36 000 € de l'ARS Auvergne-Rhône-Alpes, 14 000 € du "
             "contrat de ville et 6 000 € de la Ville.")
    note(p, "les 14 000 € du contrat de ville ne peuvent financer que les actions dans les écoles des deux QPV "
         "ou accueillant leurs élèves")
    para(doc, "Deux écoles hors quartiers prioritaires, Victor-Hugo et Saint-Exupéry, ont demandé à rejoindre le "
         "programme à la rentrée 2025.")

    doc.add_heading("3. Programme de réussite éducative et fiche de liaison", level=1)
    p = para(doc, "Yanis Belkacem rappelle que le PRE a accompagné 148 enfants en 2024, dont 101 âgés de 6 à 11 "
             "ans. L'équipe pluridisciplinaire de soutien (EPS) se réunit toutes les trois semaines. Il propose "
             "une fiche de liaison commune école – PRE – CMPP – CMP enfants, pour éviter que les familles "
             "racontent quatre fois leur histoire.")
    note(p, "l'accueil prioritaire du CMPP ne concerne que les enfants domiciliés aux Tilleuls ou à Champ-Rollin")

    doc.add_heading("4. Santé scolaire et PMI", level=1)
    para(doc, "Sophie Marchetti indique que deux infirmières de l'Éducation nationale se partagent les douze écoles "
         "élémentaires de la ville, pour 34 heures par semaine au total, en plus de leurs collèges. Les écoles "
         "des Tilleuls et de Champ-Rollin bénéficient de quatre à six heures chacune.")
    p = para(doc, "Audrey Nguyen précise que les trois psychologues de l'Éducation nationale de la circonscription "
             "ont reçu 318 demandes en 2023-2024, dont 44 % venant directement des familles.")
    note(p, "le chiffre de 318 porte sur l'ensemble de la circonscription, y compris les communes voisines")
    para(doc, "Nadia Ferhat rappelle que la PMI suit les enfants jusqu'à 6 ans et réalise les bilans de santé en "
         "moyenne section de maternelle ; elle souhaite une passerelle vers le CMPP pour les enfants repérés à "
         "4 ans.")

    doc.add_heading("5. Groupes de parents", level=1)
    p = para(doc, "Émilie Vasseur présente le Café des parents des Tilleuls (jeudi matin, 8 h 45 – 10 h 15) et le "
             "groupe Parents en chemin de Champ-Rollin (un mardi sur deux à 14 h). La CAF finance ces groupes au "
             "titre du REAAP (réseau d'écoute, d'appui et d'accompagnement des parents) à hauteur de 9 800 € en "
             "2025.")
    note(p, "les parents demandent des temps le samedi matin pour les pères, à étudier")

    doc.add_heading("Décisions", level=1)
    for d in [
        "Créer une fiche de liaison commune école – PRE – CMPP – CMP enfants, testée aux Tilleuls à partir de mai "
        "2025.",
        "Étendre le programme CPS aux écoles Victor-Hugo et Saint-Exupéry à la rentrée 2025, sous réserve de "
        "l'accord de financement de l'ARS.",
        "Organiser à l'automne 2025 un webinaire pour les professionnels avec le centre de ressources Ressources "
        "Villes & Quartiers AuRA.",
        "Rédiger une FAQ pour les parents, diffusée par les écoles à la rentrée (rédaction : Clémence Royer ; "
        "relecture : Dr Fabre).",
        "Suivre les listes d'attente du CMPP et du CMP enfants à chaque réunion avec un tableau commun.",
        "Étudier une commission commune de régulation des demandes CMPP – CMP enfants (proposition pour juin).",
    ]:
        doc.add_paragraph(d, style="List Number")

    doc.add_heading("Tableau des actions", level=1)
    rows = [
        ("Action", "Pilote", "Échéance", "État"),
        ("Fiche de liaison commune (version test)", "Yanis Belkacem", "30 avril 2025", "En cours"),
        ("Dossier de demande de financement ARS CPS 2025-2026", "Clémence Royer", "15 avril 2025", "À faire"),
        ("Recensement des groupes de parents de la ville", "Émilie Vasseur", "31 mai 2025", "En cours"),
        ("Tableau commun des listes d'attente", "Dr Thomas Lacombe et Dr Hélène Fabre", "Chaque réunion",
         "Fait (version 1)"),
        ("FAQ parents", "Clémence Royer", "Septembre 2025", "À faire"),
        ("Webinaire professionnels", "Clémence Royer et Ressources Villes & Quartiers AuRA", "Novembre 2025",
         "À faire"),
        ("Passerelle PMI – CMPP pour les enfants de 4 ans", "Nadia Ferhat", "Décembre 2025", "Non commencé"),
    ]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
                shade(cell, "D9E2F3")

    doc.add_paragraph()
    box = doc.add_table(rows=1, cols=1)
    borders(box)
    cell = box.cell(0, 0)
    shade(cell, "F2F2F2")
    cell.paragraphs[0].add_run("Relevé de décisions").bold = True
    for line in [
        "Fiche de liaison commune : test aux Tilleuls dès mai 2025, bilan en septembre.",
        "Programme CPS : neuf écoles visées à la rentrée 2025 si l'ARS confirme 36 000 € au moins.",
        "Webinaire professionnels à l'automne, FAQ parents à la rentrée.",
        "Prochaine réunion : mardi 17 juin 2025 à 14 h, au CMPP (14 rue des Forgerons).",
    ]:
        cell.add_paragraph(line)
    doc.core_properties.title = "Compte rendu GT Enfance CLSM Montbrisac 18 mars 2025"
    doc.core_properties.author = "Clémence Royer"
    doc.save(OUT)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
