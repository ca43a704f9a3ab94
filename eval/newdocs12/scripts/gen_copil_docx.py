# -*- coding: utf-8 -*-
"""Génère le compte rendu (DOCX) du comité de pilotage du CLSM de Chambrelles du 10 février 2026.

Styles de titre Word réels (Titre, Titre 1, Titre 2), tableaux, relevé de décisions en liste numérotée.
Tout est fictif : ville, personnes, structures, chiffres.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-02-24_clsm-chambrelles_compte-rendu-copil-10-fevrier-2026.docx")


def para(doc, text, bold_prefix=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_prefix:
        r = p.add_run(bold_prefix)
        r.bold = True
    p.add_run(text)
    return p


def table(doc, rows, widths=None, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(val))
            run.font.size = Pt(9.5)
            if header and i == 0:
                run.bold = True
            if j > 0 and i > 0 and any(ch.isdigit() for ch in str(val)) and len(str(val)) < 14:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return t


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for name in ("Heading 1", "Heading 2"):
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    head = doc.add_paragraph()
    r = head.add_run("Ville de Chambrelles · Centre hospitalier des Tilleraies")
    r.font.size = Pt(9)
    r.italic = True
    doc.add_paragraph("Conseil local de santé mentale de Chambrelles", style="Subtitle")
    doc.add_paragraph("Compte rendu du comité de pilotage du 10 février 2026", style="Title")

    para(doc, "mardi 10 février 2026, de 14 h 00 à 16 h 30, salle du conseil, hôtel de ville de Chambrelles",
         "Date et lieu : ")
    para(doc, "Mme Hélène Dumoulin, adjointe au maire déléguée à la santé et aux solidarités, et Dr Pierre-Yves "
              "Ballanger, chef du pôle de psychiatrie adulte du centre hospitalier des Tilleraies", "Coprésidence : ")
    para(doc, "Léa Fontaine, coordinatrice du CLSM", "Rédaction : ")
    para(doc, "validé par les coprésidents le 23 février 2026 ; diffusé le 24 février 2026", "Statut : ")

    doc.add_heading("Participants", level=1)
    doc.add_heading("Présents", level=2)
    for p in [
        "Hélène Dumoulin, adjointe au maire déléguée à la santé et aux solidarités (coprésidente)",
        "Dr Pierre-Yves Ballanger, chef du pôle de psychiatrie adulte, CH des Tilleraies (coprésident)",
        "Dr Anne Mercier, pédopsychiatre, responsable du CMP infanto-juvénile, CH des Tilleraies",
        "Frédéric Texier, directeur du CCAS de Chambrelles",
        "Nadia Amrani, cheffe de projet contrat de ville, Chambrelles Métropole",
        "Christophe Lenoir, délégué du préfet pour la politique de la ville",
        "Sophie Vallet, chargée de mission santé mentale, délégation départementale de l'ARS Centre-Val de Loire",
        "Martine Jouannet, déléguée départementale de l'UNAFAM",
        "Olivier Brisset, président du GEM « Le Trait d'Union »",
        "Karine Delorme, responsable du service social de proximité, Val de Loire Logement (bailleur social)",
        "Rémi Caron, chargé de mission santé, ville de Chambrelles",
        "Léa Fontaine, coordinatrice du CLSM",
    ]:
        doc.add_paragraph(p, style="List Bullet")
    doc.add_heading("Excusés", level=2)
    for p in [
        "Dr Thierry Gaudin, président de la CPTS du Chambrellois",
        "Représentant de la direction départementale des services de l'Éducation nationale",
        "Représentant du conseil départemental (direction de l'action sociale)",
    ]:
        doc.add_paragraph(p, style="List Bullet")

    doc.add_heading("Ordre du jour", level=1)
    for p in [
        "Validation du compte rendu du comité de pilotage du 7 octobre 2025",
        "Bilan d'activité 2025 du CLSM",
        "Feuille de route 2026",
        "Budget prévisionnel 2026",
        "Questions diverses",
    ]:
        doc.add_paragraph(p, style="List Number")

    doc.add_heading("1. Validation du compte rendu du 7 octobre 2025", level=1)
    doc.add_paragraph(
        "Mme Dumoulin ouvre la séance et remercie les participants. Le compte rendu du comité de pilotage du 7 octobre "
        "2025, adressé aux membres le 21 octobre, n'appelle pas d'observation. Il est approuvé à l'unanimité. "
        "Mme Jouannet demande que les comptes rendus soient désormais mis en ligne sur la page du CLSM du site de la "
        "ville, ce qui est accepté.")

    doc.add_heading("2. Bilan d'activité 2025", level=1)
    doc.add_paragraph(
        "Léa Fontaine présente le bilan d'activité 2025, dont le document complet a été transmis aux membres avec la "
        "convocation. L'année a été marquée par la montée en charge du réseau d'évaluation des situations d'adultes en "
        "difficulté (RESAD), par la forte participation aux Semaines d'information sur la santé mentale (SISM) et par "
        "l'arrivée de six nouveaux partenaires, dont le second bailleur social de la ville.")
    doc.add_heading("2.1 Principaux indicateurs", level=2)
    doc.add_paragraph("Le tableau ci-dessous compare les principaux indicateurs de 2024 et 2025.")
    table(doc, [
        ["Indicateur", "2024", "2025"],
        ["Partenaires membres du CLSM", "36", "42"],
        ["Réunions des groupes de travail", "11", "16"],
        ["Situations étudiées en RESAD", "18", "27"],
        ["Personnes formées aux premiers secours en santé mentale", "40", "58"],
        ["Actions proposées pendant les SISM", "8", "11"],
        ["Participants aux SISM", "450", "620"],
        ["Consultations de l'annuaire en ligne (pages vues)", "—", "3 900"],
    ])
    doc.add_paragraph()
    doc.add_heading("2.2 Échanges", level=2)
    doc.add_paragraph(
        "Le Dr Ballanger souligne que l'augmentation des situations étudiées en RESAD traduit la confiance des "
        "partenaires, mais aussi une charge croissante pour les équipes du CMP adultes, dont deux postes infirmiers "
        "sont vacants depuis l'automne. Il souhaite que les situations soient mieux préparées en amont, avec une fiche "
        "de présentation complète.")
    doc.add_paragraph(
        "M. Brisset indique que les membres du GEM ont beaucoup apprécié d'être associés à la préparation des SISM, "
        "pour la première fois, et demande que ce soit reconduit. Mme Delorme signale que douze gardiens de Val de "
        "Loire Logement ont été formés aux premiers secours en santé mentale en 2025, et que d'autres sont demandeurs.")
    doc.add_paragraph(
        "Le Dr Mercier rappelle que le délai d'attente au CMP infanto-juvénile reste d'environ quatre mois pour un "
        "premier rendez-vous, malgré la mise en place d'un accueil infirmier d'évaluation en septembre 2025.")

    doc.add_heading("3. Feuille de route 2026", level=1)
    doc.add_paragraph(
        "La coordinatrice présente les trois priorités proposées pour 2026, issues de l'assemblée plénière de "
        "novembre 2025 et des travaux des groupes de travail :")
    for p in [
        ("Santé mentale des personnes âgées isolées : ", "création d'un groupe de travail « Bien vieillir et santé "
         "mentale », en lien avec le CCAS, l'équipe mobile de psychogériatrie et les services d'aide à domicile ; "
         "repérage de l'isolement dans les deux quartiers prioritaires, Les Grands Champs et Saint-Jean-des-Vignes."),
        ("Prévention du suicide : ", "formation de « sentinelles » (professionnels et bénévoles de proximité) par "
         "l'équipe du dispositif régional de prévention, en deux sessions, et diffusion du numéro 3114."),
        ("Information des habitants : ", "refonte et enrichissement de l'annuaire en ligne des ressources en santé "
         "mentale, traduction des fiches essentielles en anglais, arabe et turc."),
    ]:
        para(doc, p[1], p[0], style="List Bullet")
    doc.add_paragraph(
        "M. Lenoir indique que la santé mentale figure parmi les enjeux prioritaires du contrat de ville "
        "« Engagements Quartiers 2030 » de Chambrelles Métropole, et que les actions de repérage dans les quartiers "
        "prioritaires pourront être présentées à l'appel à projets annuel. Mme Amrani précise que cet appel à projets "
        "sera lancé début mars 2026.")
    doc.add_paragraph(
        "Après échange, le comité valide les trois priorités. La question de la santé mentale des jeunes, évoquée par "
        "le Dr Mercier, sera traitée dans le cadre du groupe de travail « Jeunesse » existant, sans création d'une "
        "nouvelle priorité.")

    doc.add_heading("4. Budget prévisionnel 2026", level=1)
    doc.add_paragraph(
        "Rémi Caron présente le budget prévisionnel 2026, équilibré à 67 000 €. Il est en hausse de 5 500 € par "
        "rapport au budget réalisé de 2025 (61 500 €), principalement en raison de la formation des sentinelles et de "
        "la refonte de l'annuaire.")
    table(doc, [
        ["Dépenses", "Montant", "Recettes", "Montant"],
        ["Poste de coordination (1 ETP, charges comprises)", "48 000 €", "ARS Centre-Val de Loire", "30 000 €"],
        ["Formations (PSSM, sentinelles)", "9 000 €", "Ville de Chambrelles", "22 000 €"],
        ["SISM et actions de déstigmatisation", "6 500 €", "État – crédits politique de la ville", "9 000 €"],
        ["Communication et annuaire en ligne", "3 500 €", "Conseil départemental", "6 000 €"],
        ["Total des dépenses", "67 000 €", "Total des recettes", "67 000 €"],
    ])
    doc.add_paragraph()
    doc.add_paragraph(
        "Mme Vallet confirme le maintien de la participation de l'ARS à 30 000 € pour 2026, sous réserve de la "
        "transmission du bilan d'activité avant le 31 mars. La participation du conseil départemental, nouvelle, "
        "reste à confirmer par sa commission permanente d'avril 2026.")

    doc.add_heading("5. Questions diverses", level=1)
    doc.add_heading("5.1 Absence de la coordinatrice", level=2)
    doc.add_paragraph(
        "Léa Fontaine sera en congé de maternité de mai à septembre 2026. L'intérim sera assuré par Rémi Caron, chargé "
        "de mission santé de la ville, avec l'appui de Frédéric Texier pour le RESAD. Les réunions des groupes de "
        "travail seront maintenues, à un rythme allégé pendant l'été.")
    doc.add_heading("5.2 Calendrier électoral", level=2)
    doc.add_paragraph(
        "Compte tenu des élections municipales des 15 et 22 mars 2026, l'assemblée plénière, initialement prévue en "
        "avril, est reportée au mois de juin, afin de permettre à la nouvelle équipe municipale de désigner ses "
        "représentants.")
    doc.add_heading("5.3 Sollicitation d'une commune voisine", level=2)
    doc.add_paragraph(
        "La commune de Vernay-sur-Cher a fait part de son souhait de rejoindre le CLSM. Les coprésidents proposent "
        "d'étudier l'élargissement du CLSM à l'échelle de Chambrelles Métropole lors du prochain comité de pilotage, "
        "en lien avec le projet territorial de santé mentale (PTSM) départemental.")

    doc.add_heading("Relevé de décisions", level=1)
    decisions = []
    for d in [
        "Le compte rendu du comité de pilotage du 7 octobre 2025 est approuvé à l'unanimité ; les comptes rendus "
        "seront désormais publiés sur le site de la ville.",
        "Un groupe de travail « Bien vieillir et santé mentale » est créé ; il est piloté par le CCAS et l'équipe "
        "mobile de psychogériatrie, avec une première réunion avant fin avril 2026.",
        "Les trois priorités de la feuille de route 2026 sont validées : personnes âgées isolées, prévention du "
        "suicide, information des habitants.",
        "Le budget prévisionnel 2026 du CLSM, équilibré à 67 000 €, est adopté.",
        "Deux sessions de formation de sentinelles en prévention du suicide seront organisées en 2026, de douze "
        "participants chacune.",
        "L'annuaire en ligne refondu sera publié avant les SISM d'octobre 2026.",
        "L'assemblée plénière est reportée au mardi 16 juin 2026.",
    ]:
        decisions.append(d)
    for i, d in enumerate(decisions, 1):
        para(doc, d, "Décision n° %d — " % i)

    doc.add_heading("Prochaine réunion", level=1)
    para(doc, "mardi 22 septembre 2026 à 14 h, hôtel de ville de Chambrelles. Un point sur l'élargissement "
              "intercommunal du CLSM sera inscrit à l'ordre du jour.", "Prochain comité de pilotage : ")

    p = doc.add_paragraph()
    r = p.add_run("Contact : Léa Fontaine, coordinatrice du CLSM de Chambrelles — clsm@chambrelles.example — "
                  "02 54 00 18 62")
    r.font.size = Pt(9)
    r.italic = True

    core = doc.core_properties
    core.title = "Compte rendu du comité de pilotage du CLSM de Chambrelles du 10 février 2026"
    core.author = "Léa Fontaine"
    doc.save(OUT)
    print(os.path.basename(OUT))


if __name__ == "__main__":
    main()
