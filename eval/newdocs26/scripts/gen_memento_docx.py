# -*- coding: utf-8 -*-
"""Mémento Word (python-docx) pour les maires : la mesure provisoire du maire et l'admission en soins sur décision
du représentant de l'État (SDRE), préfecture de Terre-Aurore et CLSM de Cap Aurore, version 2 de janvier 2026.

Tout est fictif. Forme : en-tête et pied de page, titre (style Title) et sous-titre, titres de niveau 1 et 2, étapes
numérotées « Étape 1 – … » en titres de niveau 2 tapés à la main, listes à puces (style List Bullet) et liste numérotée
(style List Number) dans une étape, tableau comparatif des trois procédures (style Table Grid, première ligne en gras),
encadré « À ne pas faire » en tableau d'une cellule grisée, tableau des contacts, modèle d'arrêté en annexe avec
champs entre crochets, propriétés du document renseignées.
"""
import datetime
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-20_prefecture-terre-aurore_memento-maires-mesure-provisoire.docx")


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def table(d, rows, header=True):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
            if header and i == 0:
                for run in c.paragraphs[0].runs:
                    run.bold = True
                shade(c, "D9E2F3")
    return t


def main():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.title = "Mémento à l'usage des maires — mesure provisoire et SDRE"
    cp.author = "Préfecture de Terre-Aurore — Cabinet du préfet"
    cp.created = datetime.datetime(2026, 1, 20, 10, 0)
    cp.modified = datetime.datetime(2026, 1, 20, 16, 30)

    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Préfecture de Terre-Aurore — Cabinet du préfet · CLSM de Cap Aurore"
    sec.footer.paragraphs[0].text = "Mémento maires — mesure provisoire et SDRE — version 2, janvier 2026"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_paragraph("Mémento à l'usage des maires", style="Title")
    d.add_paragraph("Personne en crise psychique : la mesure provisoire du maire et l'admission en soins sur décision "
                    "du représentant de l'État (SDRE)", style="Subtitle")
    p = d.add_paragraph("Version 2 — 20 janvier 2026. Rédigé par le cabinet du préfet de Terre-Aurore et le conseil "
                        "local de santé mentale (CLSM) de Cap Aurore, avec le CHS de Morne-Vigie. Ce mémento remplace "
                        "la version d'octobre 2024.")
    p.runs[0].italic = True

    d.add_heading("Pourquoi ce mémento ?", level=1)
    d.add_paragraph("En 2025, les maires du territoire ont pris 31 mesures provisoires. Quatre n'ont pas été confirmées "
                    "par le préfet, le plus souvent faute d'un arrêté suffisamment motivé. Ce mémento rappelle les "
                    "conditions de la mesure provisoire et donne, étape par étape, la conduite à tenir quand une "
                    "personne en crise psychique met en danger la sûreté des personnes.")

    d.add_heading("Trois portes d'entrée, un seul rôle pour le maire", level=1)
    d.add_paragraph("Le maire n'intervient que dans la procédure SDRE. Lorsqu'un proche est prêt à demander les soins "
                    "et qu'il n'y a pas de danger pour autrui, la demande d'un tiers est à privilégier.")
    table(d, [["Procédure", "À l'origine", "Conditions principales", "Qui décide"],
              ["Soins à la demande d'un tiers (SDT, SDTU)", "Un tiers : famille, proche, tuteur ou curateur",
               "Troubles rendant impossible le consentement ; deux certificats, un seul en urgence",
               "Le directeur du CHS"],
              ["Soins en cas de péril imminent (SPI)", "Aucun tiers n'a pu être trouvé",
               "Péril imminent pour la santé de la personne ; un certificat d'un médecin extérieur au CHS",
               "Le directeur du CHS"],
              ["Soins sur décision du représentant de l'État (SDRE)", "Le préfet, ou d'abord le maire à titre provisoire",
               "Troubles mentaux qui compromettent la sûreté des personnes ou portent atteinte de façon grave à "
               "l'ordre public", "Le préfet"]])

    d.add_heading("La conduite à tenir, étape par étape", level=1)

    d.add_heading("Étape 1 – Mettre les personnes en sécurité", level=2)
    d.add_paragraph("Appelez le 17 (police ou gendarmerie) et le 15 (SAMU). Ne vous rendez jamais seul auprès de la "
                    "personne. Éloignez les témoins et, si possible, gardez un contact calme avec elle.")

    d.add_heading("Étape 2 – Obtenir un avis médical", level=2)
    d.add_paragraph("L'avis médical est indispensable : sans lui, aucune mesure provisoire n'est possible. La seule "
                    "notoriété publique ne suffit pas. L'avis peut être rédigé par tout médecin, y compris un médecin "
                    "du SAMU ou de SOS Médecins ; il n'a pas à être psychiatre. Il doit attester d'un danger imminent "
                    "pour la sûreté des personnes.")

    d.add_heading("Étape 3 – Prévenir le CHS par la ligne de liaison", level=2)
    d.add_paragraph("Appelez la ligne de liaison du CHS de Morne-Vigie, joignable 24 h/24 (numéro court 04 10 10 "
                    "depuis le standard), pour annoncer l'arrivée de la personne et préparer son accueil.")

    d.add_heading("Étape 4 – Rédiger l'arrêté provisoire", level=2)
    d.add_paragraph("Utilisez le modèle de l'annexe. L'arrêté est signé par le maire ou par un adjoint ayant "
                    "délégation. Pour qu'il tienne :")
    for t in ("décrivez précisément les faits constatés : propos, comportement, menaces, date et heure ;",
              "ne vous contentez pas de renvoyer à l'avis médical, qui doit être joint ;",
              "visez l'article L. 3213-2 du code de la santé publique ;",
              "indiquez l'établissement d'accueil : le CHS de Morne-Vigie."):
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Étape 5 – Organiser le transport", level=2)
    d.add_paragraph("Le transport est sanitaire : une ambulance agréée, requise par le centre 15. Les forces de l'ordre "
                    "accompagnent l'ambulance si nécessaire. La personne n'est pas transportée dans un véhicule de "
                    "police ou de gendarmerie, sauf danger immédiat, et jamais dans un véhicule de la police "
                    "municipale.")

    d.add_heading("Étape 6 – Transmettre au préfet dans les 24 heures", level=2)
    d.add_paragraph("Envoyez dans les 24 heures au bureau des soins sans consentement de la préfecture :")
    for t in ("l'arrêté provisoire signé ;", "l'avis médical ;",
              "un court rapport des faits (une demi-page suffit)."):
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Adresse : sdre@terre-aurore-prefecture.example. La nuit et le week-end, prévenez aussi "
                    "l'astreinte préfectorale par le standard de la préfecture.")

    d.add_heading("Étape 7 – Le préfet statue dans les 48 heures", level=2)
    d.add_paragraph("Le préfet prend un arrêté d'admission en SDRE ou ne donne pas suite. À défaut de décision du "
                    "préfet dans les 48 heures, la mesure provisoire est caduque et la personne doit pouvoir quitter "
                    "l'établissement, sauf si une autre mesure a été prise.")

    d.add_heading("Étape 8 – Informer et garder une trace", level=2)
    d.add_paragraph("Informez la famille si elle est connue. Inscrivez la mesure au registre des arrêtés de la "
                    "commune. Si la situation était connue depuis longtemps, signalez-la au CCAS pour qu'elle soit "
                    "présentée à la cellule de crise du CLSM.")

    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.cell(0, 0)
    shade(c, "F2F2F2")
    c.paragraphs[0].text = "À ne pas faire"
    c.paragraphs[0].runs[0].bold = True
    for t in ("prendre un arrêté pour un simple trouble à l'ordre public, sans trouble mental ;",
              "prendre un arrêté sans avis médical ;",
              "faire transporter la personne dans un véhicule de la police municipale ;",
              "laisser la personne seule dans les locaux de la mairie."):
        c.add_paragraph("– " + t)

    d.add_heading("Contacts utiles", level=1)
    table(d, [["Service", "Comment le joindre", "Quand"],
              ["Bureau des soins sans consentement de la préfecture", "sdre@terre-aurore-prefecture.example",
               "Jours ouvrés, 8 h - 16 h"],
              ["Astreinte préfectorale", "Standard de la préfecture", "Nuit, week-end et jours fériés"],
              ["Ligne de liaison du CHS de Morne-Vigie", "04 10 10 depuis le standard du CHS", "24 h/24"],
              ["Cellule de crise du CLSM", "cellule-crise@cap-aurore.example", "Réunion le jeudi à 8 h 30"],
              ["EMPP Lakou Mobile", "lakou-mobile@chs-mornevigie.example", "Du lundi au vendredi, 8 h - 17 h"]])

    d.add_heading("Annexe – Modèle d'arrêté portant mesure provisoire", level=1)
    for t in ("Le maire de [commune],",
              "Vu le code de la santé publique, notamment son article L. 3213-2 ;",
              "Vu l'avis médical du Dr [nom] en date du [date], ci-annexé ;",
              "Considérant que [description précise des faits constatés, date et heure] ;",
              "Considérant que le comportement de [nom] révèle des troubles mentaux manifestes et fait courir un "
              "danger imminent pour la sûreté des personnes ;",
              "ARRÊTE",
              "Article 1er : [nom], né(e) le [date], demeurant [adresse], est admis(e) provisoirement en soins "
              "psychiatriques au CHS de Morne-Vigie.",
              "Article 2 : Le présent arrêté est transmis sans délai, et au plus tard dans les 24 heures, au préfet de "
              "Terre-Aurore.",
              "Article 3 : La présente mesure est caduque si le préfet n'a pas statué dans un délai de 48 heures.",
              "Fait à [commune], le [date], à [heure]. Le maire (ou l'adjoint délégué)."):
        d.add_paragraph(t)

    d.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
