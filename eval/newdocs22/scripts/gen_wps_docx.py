# -*- coding: utf-8 -*-
"""Bilan d'activité annuel d'une intervenante sociale en commissariat, rédigé dans WPS Office (Writer) et enregistré
au format .docx (python-docx, puis docProps/app.xml réécrit comme WPS l'écrit).

Imitation : app.xml « WPS Office_12.1.0.18608 », propriété personnalisée KSOProductBuildVer (docProps/custom.xml),
polices « 宋体 »/Calibri déclarées, titres en paragraphes « Heading 1/2 » numérotés à la main, en-tête avec le
logo remplacé par un texte, pied « Document interne — diffusion partenaires », tableaux à bordures simples avec ligne
de total, encadré « À retenir » fait d'un tableau d'une cellule, liste des orientations, signatures dans un tableau
sans bordures.
"""
import os
import re
import shutil
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-30_avvg_bilan-iscg-commissariat-montbazac-2025.docx")


def table(d, rows, bold_last=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = v
            if i == 0 or (bold_last and i == len(rows) - 1):
                for run in c.paragraphs[0].runs:
                    run.bold = True
            if widths:
                c.width = widths[j]
    d.add_paragraph()
    return t


def main():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = ("Aide aux Victimes Val-de-Garonne (AVVG) — Intervention sociale au commissariat "
                                     "de police de Montbazac")
    sec.footer.paragraphs[0].text = "Document interne — diffusion partenaires — bilan ISCG 2025"

    p = d.add_paragraph()
    r = p.add_run("BILAN D'ACTIVITÉ 2025")
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("Intervenante sociale en commissariat — circonscription de sécurité publique de Montbazac "
                        "(Lot-et-Garonne)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("Rédigé par Sophie Lagarde, intervenante sociale — Montbazac, le 30 janvier 2026")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_heading("1. Le poste d'intervenante sociale", level=1)
    d.add_paragraph(
        "L'intervenant social en commissariat et gendarmerie (ISCG) est un travailleur social diplômé installé dans "
        "les locaux de la police ou de la gendarmerie. Il prend en charge les situations à caractère social repérées "
        "par les policiers lors de leurs interventions ou de leurs permanences : violences conjugales et "
        "intrafamiliales, conflits familiaux, personnes vulnérables ou isolées, mineurs en danger. Il évalue la "
        "situation, informe les personnes de leurs droits et les oriente vers les services compétents.")
    d.add_paragraph(
        "À Montbazac, le poste existe depuis septembre 2019. Il est porté par l'association Aide aux Victimes "
        "Val-de-Garonne (AVVG) et cofinancé par le Fonds interministériel de prévention de la délinquance (FIPD), le "
        "conseil départemental de Lot-et-Garonne et la Ville de Montbazac, pour un équivalent temps plein. "
        "L'intervenante est placée sous l'autorité fonctionnelle du chef de circonscription, le commissaire Alain "
        "Véron, et sous l'autorité hiérarchique du directeur de l'AVVG, Bernard Lacoste.")
    d.add_heading("1.1 Ce que l'ISCG fait, et ce qu'il ne fait pas", level=2)
    d.add_paragraph(
        "L'ISCG n'est pas un enquêteur : il ne recueille pas les plaintes et n'intervient pas dans la procédure "
        "pénale, qui relève des policiers. Il n'est pas non plus un service de suivi au long cours. À la différence de "
        "l'assistante sociale de secteur du conseil départemental, qui accompagne les familles dans la durée, l'ISCG "
        "intervient dans l'urgence et sur une période courte, trois mois en moyenne, avant de passer le relais.")

    d.add_heading("2. L'activité en chiffres", level=1)
    d.add_paragraph(
        "En 2025, l'intervenante sociale a pris en charge 312 situations, contre 268 en 2024 (+16 %). 247 personnes "
        "ont été reçues en entretien au commissariat ou à domicile ; les autres ont été accompagnées par téléphone. "
        "Le délai moyen entre la transmission par les policiers et le premier contact est de 1,6 jour. Les violences "
        "intrafamiliales, couple compris, représentent 71 % des situations.")
    table(d, [["Type de situation", "2024", "2025", "Part en 2025"],
              ["Violences conjugales", "161", "188", "60 %"],
              ["Violences intrafamiliales hors couple (parents-enfants, fratrie)", "27", "34", "11 %"],
              ["Conflits familiaux sans violence", "38", "41", "13 %"],
              ["Personnes vulnérables (isolement, troubles psychiques)", "29", "36", "12 %"],
              ["Autres situations", "13", "13", "4 %"],
              ["Total", "268", "312", "100 %"]],
          widths=[Cm(8.5), Cm(2.2), Cm(2.2), Cm(2.8)])
    d.add_paragraph("Tableau 1 — Situations prises en charge par type, 2024 et 2025")
    d.add_heading("2.1 Les enfants", level=2)
    d.add_paragraph(
        "Dans 190 situations, au moins un enfant vivait au domicile, soit 341 enfants concernés au total, dont 122 "
        "de moins de six ans. Pour 23 d'entre eux, une information préoccupante a été transmise à la CRIP (cellule de "
        "recueil des informations préoccupantes) du département, en lien avec les policiers.")
    d.add_heading("2.2 Le lieu de vie", level=2)
    d.add_paragraph(
        "64 % des personnes accompagnées résident dans l'un des deux quartiers prioritaires de la ville, les Acacias "
        "(41 %) et le Pont-Vieux (23 %), qui regroupent pourtant moins d'un quart de la population de Montbazac.")

    d.add_heading("3. Les orientations", level=1)
    d.add_paragraph("Une même situation peut donner lieu à plusieurs orientations. En 2025 :")
    table(d, [["Partenaire", "Orientations 2025"],
              ["AVVG (aide aux victimes, juristes)", "121"],
              ["Services sociaux du département (ASE, PMI, CRIP)", "46"],
              ["Antenne de Montbazac du centre régional du psychotraumatisme", "57"],
              ["Maison Olympe (CH de Montbazac)", "38"],
              ["Hébergement d'urgence (115, dispositif Toit Sûr)", "29"],
              ["CMP adultes", "22"],
              ["Bailleur social Habitat Garonne", "17"],
              ["CMPP de Montbazac", "14"]], bold_last=False)
    d.add_paragraph("Tableau 2 — Orientations vers les partenaires en 2025")
    d.add_paragraph(
        "Depuis la convention signée le 3 juin 2025 avec l'antenne du centre régional du psychotraumatisme, les "
        "enfants exposés aux violences peuvent y être orientés directement, sans passer par le médecin traitant. "
        "Faute de place, 26 demandes de mise à l'abri dans le dispositif Toit Sûr n'ont pu être satisfaites.")

    d.add_heading("4. Comment saisir l'intervenante sociale ?", level=1)
    for i, s in enumerate([
        "Les policiers transmettent la situation par la main courante informatisée ou par une fiche de liaison interne.",
        "Les partenaires (écoles, services sociaux, soignants, bailleurs) peuvent saisir l'intervenante par courriel "
        "à iscg.montbazac@avvg.example ou par téléphone au 05 53 41 12 86, du lundi au vendredi de 9 h à 17 h.",
        "Préciser l'identité et les coordonnées de la personne, la nature des faits et la présence d'enfants, et "
        "indiquer si la personne est informée de la démarche.",
        "L'intervenante rappelle la personne dans les 48 heures et propose un entretien au commissariat, à domicile "
        "ou dans un lieu neutre (centre social des Acacias)."], 1):
        d.add_paragraph("%d) %s" % (i, s))

    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.cell(0, 0).text = ("À retenir : une personne peut être reçue par l'ISCG sans avoir porté plainte, et sans "
                           "obligation d'en déposer une ensuite.")
    d.add_paragraph()

    d.add_heading("5. Faits marquants de l'année", level=1)
    for s in ["participation mensuelle au groupe de travail « VIF et psychotraumatisme » du CLSM de Montbazac, "
              "coordonné par Julien Peyrot ;",
              "convention d'orientation directe avec l'antenne du centre régional du psychotraumatisme (3 juin 2025) ;",
              "intervention auprès de 36 policiers lors de deux demi-journées de sensibilisation au repérage des "
              "enfants exposés ;",
              "témoignage au webinaire de Quartiers Ressources Nouvelle-Aquitaine prévu le 12 février 2026."]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("6. Perspectives 2026", level=1)
    for s in ["obtenir un second poste d'ISCG à mi-temps pour la brigade de gendarmerie voisine ;",
              "organiser une permanence mensuelle au centre social du Pont-Vieux ;",
              "mettre en place un outil commun de suivi des orientations avec la Maison Olympe ;",
              "porter à 12 le nombre de places du dispositif Toit Sûr à Montbazac avec l'AVVG et Habitat Garonne."]:
        d.add_paragraph(s, style="List Bullet")

    sig = d.add_table(rows=2, cols=2)
    sig.cell(0, 0).text = "L'intervenante sociale"
    sig.cell(0, 1).text = "Visa du directeur de l'AVVG"
    sig.cell(1, 0).text = "Sophie Lagarde"
    sig.cell(1, 1).text = "Bernard Lacoste"

    d.core_properties.author = "Sophie Lagarde"
    d.core_properties.title = "Bilan d'activité 2025 — ISCG Montbazac"
    d.save(OUT)

    # réécrire docProps/app.xml comme WPS Office et ajouter docProps/custom.xml
    tmp = OUT + ".tmp"
    with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/app.xml":
                data = re.sub(rb"<Application>.*?</Application>",
                              b"<Application>WPS Office_12.1.0.18608_F1E327BC-269C-435d-A152-05C5408002CA</Application>",
                              data)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
            if item.filename == "_rels/.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.'
                                    b'org/officeDocument/2006/relationships/custom-properties" Target="docProps/'
                                    b'custom.xml"/></Relationships>')
            zout.writestr(item, data)
        zout.writestr("docProps/custom.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
                      'openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.'
                      'openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-'
                      '9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>1036-12.1.0.18608</vt:lpwstr>'
                      '</property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
                      '<vt:lpwstr>8C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F_12</vt:lpwstr></property></Properties>')
    shutil.move(tmp, OUT)
    print(OUT)


if __name__ == "__main__":
    main()
