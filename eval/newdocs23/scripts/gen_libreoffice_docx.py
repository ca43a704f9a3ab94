# -*- coding: utf-8 -*-
"""Compte rendu du groupe de travail « Sport, nature et santé mentale » du CLSM de Castelvérane, tapé dans LibreOffice
Writer et enregistré au format Word 2007-365 (.docx).

Imitation : docProps/app.xml « LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/… », styles « Heading 1/2 »
renommés comme LibreOffice les exporte, premier tableau « Participants » à deux colonnes, ordre du jour en liste
numérotée tapée « 1. » à la main, points du jour en titres, « Relevé de décisions » sous forme de paragraphes
« Décision n° k : », tableau des actions (Action | Pilote | Échéance), date de la prochaine réunion en gras, en-tête et
pied de page (« Page n » sans champ).
"""
import os
import re
import zipfile

import docx
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-24_clsm-castelverane_cr-groupe-sport-nature.docx")


def table(d, rows, bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = c
            if i == 0 and bold_header:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph()


def main():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Conseil local de santé mentale de Castelvérane — Groupe de travail « Sport, nature et santé mentale »"
    sec.footer.paragraphs[0].text = "Compte rendu du 24 février 2026 — diffusion : membres du groupe et comité de pilotage du CLSM"

    d.add_heading("Compte rendu de la réunion du groupe de travail « Sport, nature et santé mentale »", 0)
    p = d.add_paragraph()
    p.add_run("Date : ").bold = True
    p.add_run("mardi 24 février 2026, de 14 h à 16 h 30")
    p = d.add_paragraph()
    p.add_run("Lieu : ").bold = True
    p.add_run("centre social La Bastide, quartier des Oliviers-Hauts, Castelvérane")
    p = d.add_paragraph()
    p.add_run("Rédaction : ").bold = True
    p.add_run("Laure Ferracci, coordinatrice du CLSM ; relecture : Julien Roustan (MSS)")

    d.add_heading("Participants", 1)
    table(d, [["Nom", "Structure et fonction"],
              ["Laure Ferracci", "Coordinatrice du conseil local de santé mentale (CLSM) de Castelvérane"],
              ["Julien Roustan", "Enseignant APA, référent santé mentale, Maison Sport-Santé Durance-Littoral (animateur du groupe)"],
              ["Dr Hélène Gaubert", "Psychiatre, responsable de l'hôpital de jour (HDJ) Les Micocouliers, CH de Castelvérane"],
              ["Olivier Brémond", "Cadre de santé, HDJ Les Micocouliers"],
              ["Karim Benaïssa", "Animateur du GEM L'Envolée"],
              ["Sylvie Marchetti", "Adhérente et pair accompagnatrice, GEM L'Envolée"],
              ["Fabrice Ollivier", "Directeur du service municipal des sports, ville de Castelvérane"],
              ["Aurélie Doucet", "Chargée de mission contrat de ville, ville de Castelvérane"],
              ["Thierry Vial", "Président de l'association Terres en Partage (Jardin des Cigales)"],
              ["Mélanie Costa", "Infirmière, CMP adultes de Castelvérane"]])
    p = d.add_paragraph()
    p.add_run("Excusés : ").bold = True
    p.add_run("Mireille Santoni, adjointe au maire déléguée à la santé ; la déléguée départementale de l'ARS.")

    d.add_heading("Ordre du jour", 1)
    for line in ["1. Bilan 2025 des actions du groupe", "2. Lancement des « ordonnances vertes »",
                 "3. Jardin des Cigales : ateliers de jardinage adapté", "4. Formation des éducateurs sportifs",
                 "5. Questions diverses"]:
        d.add_paragraph(line)

    d.add_heading("1. Bilan 2025 des actions du groupe", 2)
    d.add_paragraph(
        "Julien Roustan rappelle que le groupe a été créé par l'assemblée plénière du CLSM du 14 mars 2024. En 2025, "
        "il s'est réuni six fois. La cartographie des lieux et créneaux d'activité physique accessibles dans les "
        "trois QPV de Castelvérane (Les Oliviers-Hauts, La Tourrache, Le Vieux-Moulin) a été publiée en juin 2025 : "
        "elle recense 23 lieux et créneaux. Le programme « Corps en mouvement » de l'hôpital de jour a accueilli 41 "
        "patients, dont 34 sont allés au bout des 12 semaines. Les randos-santé du jeudi du GEM ont compté 31 "
        "sorties.")
    d.add_paragraph(
        "Le Dr Gaubert souligne que le principal point faible reste le « après » : six mois après la fin d'un cycle, "
        "environ la moitié des personnes ont arrêté toute activité régulière.")

    d.add_heading("2. Lancement des « ordonnances vertes »", 2)
    d.add_paragraph(
        "L'ordonnance verte est un carnet remis par un médecin ou un soignant de CMP à un patient pour lui "
        "recommander une activité de plein air (marche accompagnée, atelier au jardin partagé, parcours santé). Elle "
        "ne remplace pas la prescription d'APA : elle n'engage pas de bilan médical et vise d'abord à remettre les "
        "personnes en mouvement et en lien. Le lancement public est fixé au samedi 4 avril 2026 au Jardin des "
        "Cigales. Aurélie Doucet indique que la ville finance l'action au titre du contrat de ville.")
    d.add_paragraph(
        "Mélanie Costa demande que les infirmiers du CMP puissent remettre eux-mêmes l'ordonnance verte, sans passer "
        "par un médecin, pour les patients qui ne voient le psychiatre que tous les trois mois. Accord du groupe.")

    d.add_heading("3. Jardin des Cigales : ateliers de jardinage adapté", 2)
    d.add_paragraph(
        "Thierry Vial présente le jardin : 32 parcelles, dont 6 réservées depuis le printemps 2025 aux ateliers de "
        "jardinage adapté (2 pour le GEM, 2 pour l'HDJ, 2 pour la MSS). Des bacs surélevés sont demandés pour les "
        "personnes qui ne peuvent pas se baisser. Le service des sports propose de prêter un abri de jardin "
        "démontable. Un point d'eau supplémentaire est nécessaire avant l'été.")

    d.add_heading("4. Formation des éducateurs sportifs", 2)
    d.add_paragraph(
        "Fabrice Ollivier signale que ses éducateurs se sentent démunis face à certains comportements et demandent "
        "une formation. Le groupe retient une journée « Accueillir une personne vivant avec un trouble psychique "
        "dans une activité sportive », co-animée par l'HDJ, la MSS et le GEM, ouverte aux éducateurs municipaux, "
        "aux animateurs de clubs et de centres sociaux.")

    d.add_heading("5. Questions diverses", 2)
    d.add_paragraph(
        "Sylvie Marchetti demande que les horaires du minibus municipal soient affichés au GEM. Karim Benaïssa "
        "annonce l'ouverture des inscriptions au cycle de printemps des randos-santé, en ligne.")

    d.add_heading("Relevé de décisions", 1)
    for line in ["Décision n° 1 : les infirmiers du CMP sont autorisés à remettre l'ordonnance verte.",
                 "Décision n° 2 : le groupe de travail finance quatre bacs surélevés pour le Jardin des Cigales sur "
                 "l'enveloppe contrat de ville (1 200 €).",
                 "Décision n° 3 : la première journée de formation des éducateurs aura lieu le mardi 12 mai 2026 au "
                 "gymnase Paul-Rigaud ; deux autres sessions suivront à l'automne.",
                 "Décision n° 4 : un indicateur de pratique à six mois sera suivi pour toutes les actions du groupe."]:
        d.add_paragraph(line)

    d.add_heading("Tableau des actions", 1)
    table(d, [["Action", "Pilote", "Échéance"],
              ["Imprimer 1 000 carnets d'ordonnances vertes et les diffuser aux médecins", "Laure Ferracci", "20 mars 2026"],
              ["Commander les bacs surélevés", "Thierry Vial", "31 mars 2026"],
              ["Organiser la journée de lancement au Jardin des Cigales", "Aurélie Doucet", "4 avril 2026"],
              ["Préparer le programme de la formation des éducateurs", "Julien Roustan et Dr Hélène Gaubert", "15 avril 2026"],
              ["Afficher les horaires du minibus au GEM", "Fabrice Ollivier", "6 mars 2026"],
              ["Construire le questionnaire de suivi à six mois", "Olivier Brémond", "30 juin 2026"]])
    p = d.add_paragraph()
    p.add_run("Prochaine réunion : mardi 21 avril 2026 à 14 h, hôpital de jour Les Micocouliers.").bold = True
    d.core_properties.author = "Laure Ferracci"
    d.core_properties.title = "CR GT sport nature santé mentale 24-02-2026"
    d.save(OUT)

    # Métadonnées d'application telles que LibreOffice les écrit
    tmp = OUT + ".tmp"
    with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/app.xml":
                data = re.sub(rb"<Application>.*?</Application>",
                              b"<Application>LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2</Application>",
                              data)
                if b"<Application>" not in data:
                    data = data.replace(b"</Properties>", b"<Application>LibreOffice/24.2.7.2$Linux_X86_64 "
                                        b"LibreOffice_project/420$Build-2</Application></Properties>")
            zout.writestr(item, data)
    os.replace(tmp, OUT)
    print(OUT)


if __name__ == "__main__":
    main()
