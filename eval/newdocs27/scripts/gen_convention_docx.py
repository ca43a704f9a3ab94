# -*- coding: utf-8 -*-
"""Convention de partenariat (Word, python-docx) pour le Bus Santé Vernadou et la télépsychiatrie de proximité,
signée à Montcabrel le 20 juin 2025 par cinq parties.

Tout est fictif. Forme : en-tête (« Convention n° 2025-CCPV-017 ») et pied de page, titre, liste des parties,
« Vu … » et préambule, articles numérotés « Article n – … » en titres de niveau 2, sous-paragraphes « 3.1 … »,
puces, tableau de financement par financeur et par année avec total, tableau de signatures (une cellule par
signataire : qualité, nom, « Signature »).
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-06-20_cc-pays-vernadou_convention-bus-sante-telepsychiatrie.docx")


def main():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Communauté de communes du Pays de Vernadou — Convention n° 2025-CCPV-017"
    sec.footer.paragraphs[0].text = "Convention de partenariat Bus Santé Vernadou et télépsychiatrie — paraphes :"

    d.add_heading("Convention de partenariat relative au Bus Santé Vernadou et à la télépsychiatrie de proximité",
                  level=0)
    p = d.add_paragraph("Période couverte : du 1er avril 2025 au 31 décembre 2026")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_paragraph("Entre les soussignés :")
    parties = [
        "La communauté de communes du Pays de Vernadou, dont le siège est 2, avenue du Foirail à Montcabrel, "
        "représentée par sa présidente, Mme Annie Bartassot, ci-après « la communauté de communes » ;",
        "L'Agence régionale de santé (ARS) Occitanie, délégation départementale de la Sévrane, représentée par sa "
        "déléguée départementale, Mme Karine Desprats, ci-après « l'ARS » ;",
        "La Mutualité sociale agricole (MSA) Sévrane, représentée par son directeur général, M. Thierry Ginestet, "
        "ci-après « la MSA » ;",
        "Le Département de la Sévrane, représenté par M. Bernard Cassagnes, vice-président chargé des solidarités, "
        "ci-après « le Département » ;",
        "Le centre hospitalier de Montcabrel, représenté par son directeur, M. Olivier Pradalié, ci-après « le "
        "centre hospitalier ».",
    ]
    for t in parties:
        d.add_paragraph(t, style="List Bullet")

    d.add_paragraph("Vu le code de la santé publique, notamment son article L. 3221-2 relatif au projet territorial "
                    "de santé mentale ;")
    d.add_paragraph("Vu la délibération du conseil communautaire du Pays de Vernadou du 27 mai 2025 ;")
    d.add_paragraph("Vu l'avis du comité de pilotage du conseil local de santé mentale intercommunal (CLSMi) du "
                    "Pays de Vernadou du 3 juin 2025 ;")

    d.add_heading("Préambule", level=1)
    d.add_paragraph(
        "Le Pays de Vernadou est un territoire rural de 24 communes, éloigné des lieux de soins : certains villages "
        "sont à plus de 45 kilomètres du centre médico-psychologique (CMP) de Montcabrel. Les agriculteurs, les "
        "personnes âgées isolées et les jeunes sans moyen de transport y renoncent souvent aux soins. Le Bus Santé "
        "Vernadou, mis en service le 2 avril 2025, et les téléconsultations psychiatriques avec le CMP, ouvertes "
        "le 6 janvier 2025, répondent à ce constat. La présente convention en organise le fonctionnement et le "
        "financement.")

    d.add_heading("Article 1 – Objet", level=2)
    d.add_paragraph(
        "La présente convention a pour objet de définir les engagements des parties pour le fonctionnement du Bus "
        "Santé Vernadou, unité mobile de prévention et d'écoute composée d'une infirmière et d'un psychologue, et "
        "pour le développement de la télépsychiatrie de proximité entre le CMP de Montcabrel, le Bus Santé et les "
        "maisons de santé pluriprofessionnelles (MSP) du territoire.")

    d.add_heading("Article 2 – Durée", level=2)
    d.add_paragraph(
        "La convention prend effet le 1er avril 2025 et s'achève le 31 décembre 2026. Elle peut être prolongée par "
        "avenant signé de toutes les parties, au vu de l'évaluation prévue à l'article 6.")

    d.add_heading("Article 3 – Engagements des parties", level=2)
    d.add_paragraph("3.1 La communauté de communes porte le Bus Santé : elle est propriétaire du véhicule, en "
                    "assure l'entretien, l'assurance et le carburant, et emploie l'infirmière à temps plein. Elle "
                    "établit le calendrier des étapes avec les communes.")
    d.add_paragraph("3.2 Le centre hospitalier met à disposition un psychologue à hauteur de 0,8 équivalent temps "
                    "plein (ETP) et du temps de psychiatre (0,2 ETP) pour les téléconsultations. Il fournit le "
                    "matériel de téléconsultation et l'accès à la plateforme régionale sécurisée.")
    d.add_paragraph("3.3 La MSA forme les sentinelles du monde agricole, informe ses adhérents des passages du bus "
                    "et oriente vers le bus les personnes suivies par sa cellule pluridisciplinaire de prévention.")
    d.add_paragraph("3.4 Le Département relaie l'action auprès de ses maisons départementales des solidarités et "
                    "des services d'aide à domicile.")
    d.add_paragraph("3.5 L'ARS apporte le financement prévu à l'article 4 au titre du fonds d'intervention "
                    "régional (FIR) et veille à la cohérence avec le projet territorial de santé mentale (PTSM) de "
                    "la Sévrane.")

    d.add_heading("Article 4 – Financement", level=2)
    d.add_paragraph("Le budget de fonctionnement s'élève à 229 000 euros en année pleine. Pour 2025, les montants "
                    "sont calculés sur neuf mois (avril à décembre). Ils se répartissent comme suit :")
    rows = [("Financeur", "2025 (avril – décembre)", "2026", "Total"),
            ("ARS Occitanie (FIR)", "69 000 €", "92 000 €", "161 000 €"),
            ("MSA Sévrane", "28 500 €", "38 000 €", "66 500 €"),
            ("Département de la Sévrane", "33 750 €", "45 000 €", "78 750 €"),
            ("Communauté de communes du Pays de Vernadou", "22 500 €", "30 000 €", "52 500 €"),
            ("Centre hospitalier de Montcabrel (valorisation des mises à disposition)", "18 000 €", "24 000 €",
             "42 000 €"),
            ("Total", "171 750 €", "229 000 €", "400 750 €")]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = val
            if r in (0, len(rows) - 1):
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph("Les contributions financières sont versées à la communauté de communes : 50 % à la signature "
                    "de la convention, le solde sur présentation du bilan annuel d'activité. La contribution du "
                    "centre hospitalier est apportée en nature.")

    d.add_heading("Article 5 – Gouvernance", level=2)
    d.add_paragraph("Un comité de suivi réunit les parties deux fois par an. Il est présidé par la présidente de la "
                    "communauté de communes ou son représentant. Son secrétariat est assuré par la coordinatrice du "
                    "CLSMi, Mme Mathilde Rouquayrol. Le comité de suivi arrête le calendrier des tournées et examine "
                    "les indicateurs de l'article 6.")

    d.add_heading("Article 6 – Évaluation", level=2)
    d.add_paragraph("L'action est évaluée chaque année à partir des indicateurs suivants :")
    for t_ in ["nombre de passages dans le bus et nombre de personnes différentes accueillies ;",
               "nombre d'orientations vers le CMP et vers la cellule pluridisciplinaire de prévention de la MSA ;",
               "nombre de téléconsultations psychiatriques réalisées ;",
               "délai moyen d'obtention d'un premier rendez-vous au CMP ;",
               "satisfaction des personnes accueillies, mesurée par un questionnaire anonyme."]:
        d.add_paragraph(t_, style="List Bullet")

    d.add_heading("Article 7 – Secret professionnel et données de santé", level=2)
    d.add_paragraph("Les professionnels du bus sont tenus au secret professionnel. Les informations de santé sont "
                    "consignées dans le dossier patient informatisé du centre hospitalier. Les téléconsultations ne "
                    "sont jamais enregistrées.")

    d.add_heading("Article 8 – Communication", level=2)
    d.add_paragraph("Les logos de toutes les parties figurent sur le véhicule et sur les supports d'information.")

    d.add_heading("Article 9 – Résiliation", level=2)
    d.add_paragraph("Chaque partie peut résilier la convention par lettre recommandée avec accusé de réception, "
                    "moyennant un préavis de trois mois. Les sommes versées restent acquises au prorata de "
                    "l'activité réalisée.")

    d.add_heading("Article 10 – Litiges", level=2)
    d.add_paragraph("Les parties s'efforcent de régler à l'amiable tout différend. À défaut, le litige est porté "
                    "devant la juridiction administrative compétente.")

    d.add_paragraph("Fait à Montcabrel, le 20 juin 2025, en cinq exemplaires originaux.")
    sig = [("Pour la communauté de communes du Pays de Vernadou", "La présidente", "Annie Bartassot"),
           ("Pour l'ARS Occitanie", "La déléguée départementale de la Sévrane", "Karine Desprats"),
           ("Pour la MSA Sévrane", "Le directeur général", "Thierry Ginestet"),
           ("Pour le Département de la Sévrane", "Le vice-président chargé des solidarités", "Bernard Cassagnes"),
           ("Pour le centre hospitalier de Montcabrel", "Le directeur", "Olivier Pradalié")]
    st = d.add_table(rows=3, cols=2)
    st.style = "Table Grid"
    cells = [st.cell(r, c) for r in range(3) for c in range(2)]
    for cell, (org, role, name) in zip(cells, sig):
        cell.text = org
        cell.add_paragraph(role)
        cell.add_paragraph(name)
        cell.add_paragraph("Signature :")
    cells[-1].text = "Cachets des parties"
    d.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
