# -*- coding: utf-8 -*-
"""Génère la fiche de poste DOCX « Coordinateur / coordinatrice du CLSM » de la Ville de Saint-Vaast-les-Lys.

Word ordinaire : en-tête et pied de page, titres (styles Titre 1 / Titre 2), listes à puces, tableau
d'identification du poste, tableau des missions et des parts de temps (ligne Total), tableau de rémunération,
grille indicative selon l'expérience. Tout est fictif (ville, personnes, montants, domaines .example).
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus",
                   "2026-12-08_ville-saint-vaast-les-lys_fiche-de-poste-coordinateur-clsm.docx")


def bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def kv_table(doc, rows, widths=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        for r in cells[0].paragraphs[0].runs:
            r.bold = True
    return t


def grid(doc, head, rows, total=None):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    for row in rows + ([total] if total else []):
        cells = t.add_row().cells
        for i, c in enumerate(row):
            cells[i].text = c
    if total:
        for c in t.rows[-1].cells:
            for r in c.paragraphs[0].runs:
                r.bold = True
    return t


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Ville de Saint-Vaast-les-Lys — Direction des ressources humaines — Offre n° 2026-SANTE-07"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = ("Fiche de poste « Coordinateur / coordinatrice du CLSM » — version du 8 décembre 2026 — "
               "document non contractuel")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    r = p.add_run("VILLE DE SAINT-VAAST-LES-LYS (Pas-de-Calais) — 31 500 habitants")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_heading("Fiche de poste : Coordinateur / coordinatrice du Conseil local de santé mentale (CLSM)", 0)
    doc.add_paragraph("Recrutement par voie statutaire ou, à défaut, contractuelle — poste à temps complet")

    doc.add_heading("1. Identification du poste", 1)
    kv_table(doc, [
        ("Intitulé du poste", "Coordinateur / coordinatrice du Conseil local de santé mentale (CLSM)"),
        ("Direction", "Direction de la santé publique et de la cohésion sociale"),
        ("Service", "Service santé — prévention"),
        ("Cadre d'emplois", "Attachés territoriaux (catégorie A, filière administrative) ; à défaut, agent "
                            "contractuel (article L. 332-8 du code général de la fonction publique), contrat de "
                            "trois ans renouvelable"),
        ("Temps de travail", "Temps complet"),
        ("Lieu de travail", "Maison de la santé et des solidarités, 14 rue des Tisserands, Saint-Vaast-les-Lys ; "
                            "déplacements sur les quatre communes du CLSM"),
        ("Supérieure hiérarchique", "Directrice de la santé publique et de la cohésion sociale"),
        ("Poste à pourvoir", "1er mars 2027"),
        ("Référence de l'offre", "2026-SANTE-07"),
    ])

    doc.add_heading("2. Contexte", 1)
    doc.add_paragraph(
        "Saint-Vaast-les-Lys compte 31 500 habitants et deux quartiers prioritaires de la politique de la ville, le "
        "Faubourg des Tanneurs et la Cité du Marais, où vivent près de 6 200 personnes. Le Conseil local de santé "
        "mentale a été créé en 2019 à l'initiative de la Ville et de l'EPSM de l'Artois-Lys. Depuis 2025, il est "
        "élargi aux communes voisines de Lestrem-Haut, Calonne-Berthe et La Gorgue-Neuve, soit un territoire de "
        "44 800 habitants.")
    doc.add_paragraph(
        "Le CLSM réunit une soixantaine de partenaires : élus, psychiatrie publique, médecins généralistes, bailleurs "
        "sociaux, services sociaux, éducation nationale, police municipale, associations d'usagers et de familles. "
        "Il est présidé par Mme Chantal Deprez, adjointe au maire déléguée à la santé.")
    doc.add_paragraph(
        "Le poste est cofinancé par l'Agence régionale de santé Hauts-de-France à hauteur de 50 %, dans le cadre "
        "d'une convention pluriannuelle 2027-2029. Il est vacant à la suite du départ de la coordinatrice en poste "
        "depuis 2021.")

    doc.add_heading("3. Missions", 1)
    doc.add_paragraph("Sous l'autorité de la directrice de la santé publique et de la cohésion sociale, et en lien "
                      "étroit avec l'élue référente et le psychiatre référent de l'EPSM, le coordinateur ou la "
                      "coordinatrice :")

    doc.add_heading("3.1 Anime et coordonne les instances du CLSM", 2)
    bullets(doc, [
        "prépare et anime l'assemblée plénière (une fois par an) et le comité de pilotage (trois fois par an) ;",
        "anime les quatre groupes de travail : logement, jeunesse, prévention du suicide, inclusion et lutte contre "
        "la stigmatisation ;",
        "rédige les ordres du jour, comptes rendus et relevés de décisions ;",
        "assure le suivi de la feuille de route 2027-2029 du CLSM.",
    ])
    doc.add_heading("3.2 Pilote la cellule de situations complexes", 2)
    bullets(doc, [
        "organise la réunion mensuelle de la cellule de situations complexes (CSC) ;",
        "reçoit et instruit les fiches de saisine transmises par les partenaires ;",
        "veille au respect de la charte de confidentialité et du secret partagé ;",
        "assure le suivi des préconisations et en rend compte au comité de pilotage.",
    ])
    doc.add_heading("3.3 Conduit l'observation et l'évaluation", 2)
    bullets(doc, [
        "actualise le diagnostic local de santé mentale (dernière édition : 2023) ;",
        "tient les indicateurs d'activité et rédige le rapport d'activité annuel ;",
        "contribue aux travaux du projet territorial de santé mentale (PTSM) du Pas-de-Calais.",
    ])
    doc.add_heading("3.4 Développe des projets et des actions", 2)
    bullets(doc, [
        "organise chaque année les Semaines d'information sur la santé mentale (SISM) sur les quatre communes ;",
        "déploie les formations aux premiers secours en santé mentale (PSSM) auprès des professionnels de "
        "première ligne ;",
        "développe des actions d'aller-vers dans les deux quartiers prioritaires, en lien avec le contrat de ville "
        "2024-2030 et le contrat local de santé ;",
        "recherche des financements et monte les dossiers correspondants.",
    ])
    doc.add_heading("3.5 Assure la communication et la gestion du CLSM", 2)
    bullets(doc, [
        "met à jour l'annuaire des ressources en santé mentale et la page internet du CLSM ;",
        "représente le CLSM auprès des partenaires et dans les réseaux régionaux de coordinateurs ;",
        "prépare et exécute le budget du CLSM (environ 48 000 euros par an hors salaire du poste).",
    ])

    doc.add_heading("4. Répartition indicative du temps de travail", 1)
    grid(doc, ["Mission", "Part du temps", "Principales activités"], [
        ["Animation des instances", "25 %", "Assemblée plénière, comité de pilotage, groupes de travail"],
        ["Cellule de situations complexes", "20 %", "Réunion mensuelle, saisines, suivi des situations"],
        ["Projets et actions", "20 %", "SISM, formations PSSM, aller-vers dans les QPV"],
        ["Observation, diagnostic et évaluation", "15 %", "Diagnostic local, indicateurs, rapport annuel"],
        ["Communication et partenariats", "10 %", "Annuaire, site internet, réseaux de coordinateurs"],
        ["Gestion administrative et budgétaire", "10 %", "Budget, subventions, bilans financiers"],
    ], total=["Total", "100 %", ""])

    doc.add_heading("5. Relations fonctionnelles", 1)
    doc.add_paragraph("En interne :")
    bullets(doc, ["le CCAS, le service logement, la police municipale, le service jeunesse ;",
                  "la cheffe de projet politique de la ville et le coordinateur du contrat local de santé."])
    doc.add_paragraph("En externe :")
    bullets(doc, ["l'EPSM de l'Artois-Lys (CMP adultes et CMP enfants, équipe mobile psychiatrie-précarité) ;",
                  "l'ARS Hauts-de-France (délégation départementale du Pas-de-Calais) ;",
                  "les bailleurs sociaux, le Département, l'éducation nationale, la CPAM ;",
                  "le GEM « Le Fil d'Ariane », l'UNAFAM et les associations de quartier."])

    doc.add_heading("6. Profil recherché", 1)
    doc.add_heading("Formation et expérience", 2)
    bullets(doc, [
        "diplôme de niveau bac + 5 en santé publique, sciences sociales, psychologie ou développement local ;",
        "expérience d'au moins deux ans en coordination de projets ou de réseaux partenariaux, idéalement dans le "
        "champ de la santé ou du social ;",
        "permis B indispensable (déplacements réguliers sur les quatre communes).",
    ])
    doc.add_heading("Savoirs", 2)
    bullets(doc, ["connaissance de l'organisation de la psychiatrie et de la santé mentale en France ;",
                  "connaissance des collectivités territoriales et de la politique de la ville ;",
                  "notions sur le secret professionnel et le secret partagé."])
    doc.add_heading("Savoir-faire", 2)
    bullets(doc, ["conduite de projet et animation de réunions réunissant des publics variés ;",
                  "aisance rédactionnelle (comptes rendus, notes, bilans) ;",
                  "maîtrise des outils bureautiques et collaboratifs."])
    doc.add_heading("Savoir-être", 2)
    bullets(doc, ["sens de l'écoute, diplomatie et capacité de médiation ;",
                  "discrétion professionnelle ;",
                  "autonomie, rigueur et sens de l'organisation."])

    doc.add_heading("7. Conditions d'exercice", 1)
    doc.add_heading("Temps de travail", 2)
    bullets(doc, [
        "37 h 30 hebdomadaires sur cinq jours, ouvrant droit à 15 jours de RTT par an ;",
        "horaires variables, avec des plages fixes de 9 h 30 à 11 h 30 et de 14 h à 16 h ;",
        "réunions ponctuelles en soirée (quatre à six par an), récupérées ;",
        "télétravail possible un jour par semaine après une période d'intégration de trois mois.",
    ])
    doc.add_heading("Rémunération et avantages", 2)
    grid(doc, ["Élément", "Montant"], [
        ["Traitement indiciaire (grille des attachés territoriaux, selon l'échelon)", "de 2 264 € à 3 340 € brut mensuel"],
        ["IFSE (groupe de fonctions A3)", "450 € brut mensuel"],
        ["CIA (complément indemnitaire annuel)", "jusqu'à 800 € brut par an"],
        ["Prime de fin d'année", "1 100 € brut, versés en novembre"],
        ["Participation à la mutuelle santé", "30 € par mois"],
        ["Titres-restaurant", "8 € par jour travaillé, pris en charge à 50 %"],
        ["Forfait mobilités durables", "300 € par an"],
    ])
    doc.add_paragraph("Grille indicative de rémunération selon l'expérience (traitement et IFSE, brut mensuel) :")
    grid(doc, ["Expérience sur un poste comparable", "Rémunération brute mensuelle"], [
        ["Moins de 3 ans", "2 450 €"],
        ["De 3 à 6 ans", "2 750 €"],
        ["Plus de 6 ans", "3 100 €"],
    ])
    doc.add_paragraph("Adhésion au CNAS (action sociale), plan de formation individuel, bureau individuel, ordinateur "
                      "portable et téléphone professionnels, véhicule de service partagé.")

    doc.add_heading("8. Modalités de candidature", 1)
    bullets(doc, [
        "Candidature (CV et lettre de motivation) à adresser au plus tard le vendredi 15 janvier 2027, par courriel "
        "à recrutement@saint-vaast-les-lys.example, ou par courrier à Monsieur le Maire, Hôtel de ville, place "
        "du Beffroi, 62940 Saint-Vaast-les-Lys, en rappelant la référence 2026-SANTE-07.",
        "Entretiens : semaine du 1er février 2027.",
        "Composition du jury : Mme Chantal Deprez, adjointe au maire déléguée à la santé ; Mme Anne-Sophie "
        "Delattre, directrice de la santé publique et de la cohésion sociale ; Dr Vincent Lemaire, psychiatre, chef "
        "de pôle à l'EPSM de l'Artois-Lys ; une représentante de la délégation départementale de l'ARS.",
        "Renseignements sur le poste : Mme Anne-Sophie Delattre, 03 21 00 47 12.",
    ])
    p = doc.add_paragraph("La Ville de Saint-Vaast-les-Lys est engagée dans une démarche d'égalité professionnelle et "
                          "d'accueil des personnes en situation de handicap. Tous les postes sont ouverts aux "
                          "personnes bénéficiaires de l'obligation d'emploi.")
    p.runs[0].italic = True
    doc.save(OUT)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
