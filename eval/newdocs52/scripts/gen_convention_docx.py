# -*- coding: utf-8 -*-
"""Génère la convention de partenariat police – psychiatrie – ville d'Ormeval (signée le 24 juin 2025), Word .docx
(python-docx) : page de titre, visas, « Article 1 – Objet » … « Article 9 – Durée » en titres, listes,
annexe 1 « Contacts des référents » en tableau, annexe 2 (indicateurs) en tableau, et tableau des signatures à
la fin (noms, fonctions, date). En-tête et pied de page. Tout est inventé.
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-06-24_ville-ormeval_convention-police-psychiatrie-ville.docx")

ARTICLES = [
    ("Article 1 – Objet", [
        "La présente convention organise la coopération entre la Ville d'Ormeval, le centre hospitalier du Val de "
        "Sèves (CHVS), la police nationale (commissariat d'Ormeval) et l'État pour la prise en charge des "
        "personnes en situation de crise psychique sur le territoire de la commune, y compris le quartier "
        "prioritaire de la politique de la ville Le Val-Fleuri.",
        "Elle vise à éviter les hospitalisations sans consentement évitables, à réduire le temps d'immobilisation "
        "des équipes de police et à garantir le respect des droits et de la dignité des personnes.",
    ]),
    ("Article 2 – Champ d'application", [
        "La convention s'applique aux situations dans lesquelles une personne présentant des troubles psychiques "
        "apparents met en danger sa santé, sa sécurité ou celle d'autrui, sur la voie publique, dans un lieu "
        "recevant du public ou à son domicile. Elle ne concerne pas les personnes mineures, qui relèvent du "
        "protocole départemental de pédiatrie et de l'aide sociale à l'enfance.",
        "Elle complète, sans s'y substituer, la procédure PR-PSY-014 du CHVS relative aux soins sans consentement "
        "et la charte de la cellule de veille santé mentale du conseil local de santé mentale (CLSM).",
    ]),
    ("Article 3 – Engagements du centre hospitalier du Val de Sèves", [
        "Le CHVS s'engage à :",
        ("list", [
            "mettre à disposition des policiers et des élus un psychiatre d'astreinte joignable 24 h/24 pour un avis "
            "téléphonique, au numéro figurant en annexe 1 ;",
            "faire intervenir l'équipe mobile de crise au domicile dans un délai de 48 heures ouvrées pour les "
            "situations non urgentes signalées par un signataire ;",
            "accueillir la personne aux urgences en priorité lorsqu'elle est accompagnée par la police, afin que "
            "l'attente des fonctionnaires n'excède pas une heure ;",
            "désigner un cadre de santé référent de la convention.",
        ]),
    ]),
    ("Article 4 – Engagements de la police nationale", [
        "Le commissariat d'Ormeval s'engage à :",
        ("list", [
            "prêter son concours aux équipes soignantes et aux services de la Ville lorsque la situation présente un "
            "danger pour la personne ou pour les intervenants ;",
            "ne pas transporter la personne dans un véhicule de police, sauf nécessité absolue de sécurité ; le "
            "transport est assuré par une ambulance, que les policiers accompagnent ;",
            "remplir la partie « police » de la fiche de liaison commune et la remettre à l'infirmier d'accueil ;",
            "désigner un officier référent et faire participer au moins deux fonctionnaires par an à la formation "
            "croisée prévue à l'article 7.",
        ]),
    ]),
    ("Article 5 – Engagements de la Ville d'Ormeval", [
        "La Ville d'Ormeval s'engage à :",
        ("list", [
            "organiser une astreinte d'élus permettant la signature, à toute heure, des arrêtés provisoires prévus "
            "par le code de la santé publique en cas de danger imminent pour la sûreté des personnes ; hors heures "
            "ouvrables, l'arrêté est signé par l'adjoint d'astreinte ;",
            "transmettre sans délai, et au plus tard dans les 24 heures, chaque arrêté provisoire au préfet de "
            "Seine-Bocage par la messagerie dédiée ;",
            "mobiliser la police municipale, le CCAS et la coordination du CLSM ;",
            "former aux premiers secours en santé mentale (PSSM) 120 agents municipaux d'ici le 31 décembre 2026.",
        ]),
    ]),
    ("Article 6 – Fiche de liaison et échange d'informations", [
        "Une fiche de liaison commune (annexe 3) accompagne la personne lors de toute intervention conjointe. "
        "Elle comporte une partie remplie par la police ou la police municipale (circonstances, heure, "
        "intervenants), une partie remplie par le médecin (avis ou certificat) et une partie remplie par le CHVS "
        "(suite donnée).",
        "Les informations échangées sont limitées à celles strictement nécessaires à la prise en charge. Aucune "
        "information médicale n'est transmise à la police ni à la Ville. Le secret professionnel de chacun des "
        "intervenants est respecté.",
    ]),
    ("Article 7 – Formation croisée", [
        "Les signataires organisent chaque année au moins une journée de formation croisée réunissant des "
        "policiers nationaux et municipaux, des soignants du CHVS, des agents de la Ville et des bailleurs "
        "sociaux, sur le cadre légal des soins sans consentement, la désescalade et l'orientation. La première "
        "journée est fixée au jeudi 16 octobre 2025.",
    ]),
    ("Article 8 – Suivi et évaluation", [
        "Un comité de suivi, présidé par l'adjointe au maire chargée de la santé, réunit les référents des "
        "signataires deux fois par an. Il examine les indicateurs de l'annexe 2, les difficultés rencontrées et "
        "les propositions d'amélioration. Son secrétariat est assuré par la coordination du CLSM.",
        "Un bilan écrit est présenté chaque année au comité de pilotage du CLSM.",
    ]),
    ("Article 9 – Durée", [
        "La présente convention est conclue pour une durée de trois ans à compter de sa signature. Elle peut être "
        "renouvelée par avenant exprès, au vu du bilan du comité de suivi ; elle n'est pas renouvelable par tacite "
        "reconduction.",
        "Chaque signataire peut la dénoncer par lettre recommandée, avec un préavis de trois mois.",
    ]),
]

CONTACTS = [
    ("Fonction", "Référent", "Téléphone", "Courriel"),
    ("Psychiatre d'astreinte (avis 24 h/24)", "Tour d'astreinte du CHVS", "02 99 00 31 75", "—"),
    ("Cadre de santé référent de la convention", "Mathilde Roussel", "02 99 00 31 20",
     "m.roussel@chvs.example"),
    ("Équipe mobile de crise (lundi–vendredi 9 h – 19 h)", "Dr Inès Boukhari", "02 99 00 45 12",
     "emc@chvs.example"),
    ("Officier référent, commissariat d'Ormeval", "Capitaine Élodie Varin", "02 99 00 60 22",
     "e.varin@interieur.example"),
    ("Chef de service de la police municipale", "Franck Delaunay", "02 99 00 20 60",
     "police.municipale@ormeval.example"),
    ("Adjoint d'astreinte (arrêtés provisoires)", "via le standard de la mairie", "02 99 00 20 00", "—"),
    ("Coordination du CLSM (secrétariat du comité de suivi)", "Camille Le Goff", "02 99 00 27 40",
     "clsm@sante.ormeval.example"),
    ("Bureau des soins sans consentement, préfecture", "Permanence", "02 99 00 10 45",
     "ars-sdre@seine-bocage.gouv.example"),
]

INDICATEURS = [
    ("Indicateur", "Source", "Valeur de référence 2024"),
    ("Nombre d'arrêtés provisoires signés par le maire d'Ormeval", "Ville", "29"),
    ("Nombre d'interventions conjointes police – santé", "Commissariat / CHVS", "87"),
    ("Temps moyen d'attente des policiers aux urgences", "Commissariat", "2 h 40"),
    ("Part des transports réalisés en ambulance", "CHVS", "58 %"),
    ("Nombre d'agents municipaux formés aux PSSM (cumul)", "Ville", "46"),
]

SIGNATURES = [
    ("Pour la Ville d'Ormeval", "Catherine Lemonnier", "Maire d'Ormeval", "24 juin 2025"),
    ("Pour le centre hospitalier du Val de Sèves", "Olivier Garnier", "Directeur", "24 juin 2025"),
    ("Pour la police nationale", "Commissaire divisionnaire Thomas Vasseur",
     "Chef de la circonscription de sécurité publique d'Ormeval", "24 juin 2025"),
    ("Pour l'État", "Hélène Favier", "Préfète de Seine-Bocage", "24 juin 2025"),
    ("Pour l'agence régionale de santé", "Nadia Perrot", "Directrice de la délégation départementale de "
     "Seine-Bocage, ARS Normandie", "24 juin 2025"),
]


def table(doc, rows, widths):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = v
            c.width = Cm(widths[j])
            if i == 0:
                for run in c.paragraphs[0].runs:
                    run.bold = True
    return t


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = "Convention police – psychiatrie – ville · Ormeval · 2025"
    sec.footer.paragraphs[0].text = "Convention signée le 24 juin 2025 — exemplaire original en cinq exemplaires"

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CONVENTION DE PARTENARIAT")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("relative à la prise en charge des personnes en situation de crise psychique sur le territoire "
              "d'Ormeval\n(convention police – psychiatrie – ville)").italic = True

    doc.add_paragraph("Entre les soussignés :")
    for a in ["la Ville d'Ormeval, représentée par sa maire, Mme Catherine Lemonnier ;",
              "le centre hospitalier du Val de Sèves (CHVS), établissement public de santé mentale, représenté par "
              "son directeur, M. Olivier Garnier ;",
              "la direction départementale de la police nationale de Seine-Bocage, représentée par le chef de la "
              "circonscription de sécurité publique d'Ormeval, le commissaire divisionnaire Thomas Vasseur ;",
              "l'État, représenté par la préfète de Seine-Bocage, Mme Hélène Favier ;",
              "l'agence régionale de santé (ARS) de Normandie, représentée par la directrice de sa délégation "
              "départementale de Seine-Bocage, Mme Nadia Perrot."]:
        doc.add_paragraph(a, style="List Bullet")
    doc.add_paragraph("Vu le code de la santé publique, notamment ses articles L3212-1 à L3213-2 ; vu le contrat de "
                      "ville « Engagements Quartiers 2030 » d'Ormeval signé le 3 avril 2024 ; vu la charte de la "
                      "cellule de veille santé mentale du CLSM d'Ormeval (version 2 du 16 janvier 2025) ;")
    doc.add_paragraph("Considérant qu'en 2024 les équipes de police ont attendu en moyenne 2 h 40 aux urgences lors "
                      "des accompagnements de personnes en crise, et que 42 % des transports vers le CHVS ont été "
                      "réalisés dans un véhicule de police ;")
    doc.add_paragraph("Il est convenu ce qui suit.")

    for title, paras in ARTICLES:
        doc.add_heading(title, level=1)
        for item in paras:
            if isinstance(item, tuple):
                for li in item[1]:
                    doc.add_paragraph(li, style="List Bullet")
            else:
                doc.add_paragraph(item)

    doc.add_page_break()
    doc.add_heading("Annexe 1 – Contacts des référents", level=1)
    table(doc, CONTACTS, [5.5, 4.0, 3.0, 4.5])
    doc.add_heading("Annexe 2 – Indicateurs de suivi", level=1)
    table(doc, INDICATEURS, [8.0, 4.0, 4.0])
    doc.add_heading("Annexe 3 – Fiche de liaison commune", level=1)
    doc.add_paragraph("Modèle disponible auprès de la coordination du CLSM (format PDF à remplir, version du "
                      "1er juin 2025).")

    doc.add_heading("Signatures", level=1)
    doc.add_paragraph("Fait à Ormeval, le 24 juin 2025, en cinq exemplaires originaux.")
    table(doc, [("Signataire", "Nom", "Fonction", "Date")] + SIGNATURES, [4.5, 4.5, 5.0, 3.0])
    doc.core_properties.title = "Convention police – psychiatrie – ville d'Ormeval"
    doc.core_properties.author = "Ville d'Ormeval — service santé publique"
    doc.save(OUT)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
