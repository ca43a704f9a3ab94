# -*- coding: utf-8 -*-
"""Convention de partenariat Word (python-docx) : articles en titres « Article n – … » tapés à la main (Titre 2),
engagements en vraies listes numérotées Word (w:numPr vers une définition w:abstractNum ajoutée à numbering.xml :
niveau 0 « 1° », niveau 1 « a) »), de sorte que les numéros des engagements n'existent pas dans le texte ;
préambule « Vu… » en liste à puces Word ; en-tête et pied de page ; tableau de signatures ; annexe budgétaire
dont l'en-tête a des cellules fusionnées (« Poste » et « Montant annuel » fusionnés verticalement, « Répartition
du financement » fusionné sur trois colonnes)."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-01-15_ville-de-marquenval_convention-partenariat-empp-accueil-de-jour.docx")


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absid = 40
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(absid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "hybridMultilevel")
    abstract.append(mlt)
    for ilvl, fmt, txt, ind in ((0, "decimal", "%1°", 567), (1, "lowerLetter", "%2)", 1134)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", txt), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind_e = OxmlElement("w:ind")
        ind_e.set(qn("w:left"), str(ind))
        ind_e.set(qn("w:hanging"), "397")
        ppr.append(ind_e)
        lvl.append(ppr)
        abstract.append(lvl)
    # les w:abstractNum doivent précéder les w:num
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    ids = []
    for k in range(6):  # une instance par article, pour que la numérotation reparte à 1°
        num = OxmlElement("w:num")
        nid = 80 + k
        num.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(absid))
        num.append(an)
        numbering.append(num)
        ids.append(nid)
    return ids


def numbered(doc, text, num_id, ilvl=0):
    p = doc.add_paragraph(text, style="List Paragraph")
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    return p


def set_cell(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def main():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    ids = add_numbering(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Ville de Marquenval — CCAS · EPSM de la Vallée de la Scarpe · Association Le Fil d'Ariane"
    sec.footer.paragraphs[0].text = "Convention EMPP / accueil de jour Le Phare — version signée du 15 janvier 2025"

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("CONVENTION DE PARTENARIAT\nrelative à l'intervention de l'équipe mobile psychiatrie précarité "
                  "à l'accueil de jour « Le Phare » (2025-2027)")
    r.bold = True
    r.font.size = Pt(14)

    doc.add_paragraph("Entre les soussignés :")
    doc.add_paragraph("La Ville de Marquenval, agissant pour elle-même et pour son centre communal d'action sociale (CCAS), "
                      "représentée par son maire, M. Jean-Luc Hennebert, ci-après « la Ville » ;")
    doc.add_paragraph("L'établissement public de santé mentale (EPSM) de la Vallée de la Scarpe, qui porte l'équipe mobile "
                      "psychiatrie précarité « Passerelles », représenté par sa directrice, Mme Catherine Wattiez, ci-après « l'EPSM » ;")
    doc.add_paragraph("L'association Le Fil d'Ariane, gestionnaire de l'accueil de jour « Le Phare », 3 place du Haut-Pavé à "
                      "Marquenval, représentée par sa présidente, Mme Odile Caron, ci-après « l'association ».")
    doc.add_paragraph("Vu :")
    for v in ("la circulaire du 23 novembre 2005 relative à la prise en charge des besoins en santé mentale des personnes "
              "en situation de précarité et d'exclusion et à la mise en œuvre d'équipes mobiles spécialisées en psychiatrie ;",
              "le projet territorial de santé mentale du Nord ;",
              "le contrat de ville de Marquenval 2024-2030, pilier « cohésion sociale », axe santé ;",
              "la délibération du conseil municipal de Marquenval du 12 décembre 2024."):
        doc.add_paragraph(v, style="List Bullet")
    doc.add_paragraph("Il est convenu ce qui suit.")

    doc.add_heading("Article 1 – Objet", level=2)
    doc.add_paragraph("La présente convention organise la présence régulière de l'EMPP « Passerelles » à l'accueil de jour "
                      "« Le Phare », situé dans le quartier prioritaire du Haut-Pavé, afin de repérer la souffrance psychique "
                      "des personnes sans chez-soi et de faciliter leur accès aux soins de droit commun.")
    doc.add_heading("Article 2 – Durée", level=2)
    doc.add_paragraph("La convention prend effet le 1er février 2025 pour une durée de trois ans, soit jusqu'au 31 janvier 2028. "
                      "Elle peut être prolongée une fois, pour un an, par avenant.")
    doc.add_heading("Article 3 – Engagements de l'EPSM", level=2)
    doc.add_paragraph("L'EPSM s'engage à :")
    numbered(doc, "assurer une permanence hebdomadaire à l'accueil de jour, le vendredi de 9 h 30 à 12 h 30 :", ids[0], 0)
    numbered(doc, "par un infirmier de l'EMPP chaque semaine ;", ids[0], 1)
    numbered(doc, "par le psychiatre de l'EMPP le dernier vendredi de chaque mois ;", ids[0], 1)
    numbered(doc, "rencontrer, dans un délai de quinze jours, toute personne signalée au moyen de la fiche de liaison commune ;", ids[0], 0)
    numbered(doc, "participer à la cellule de coordination des situations complexes « Hors les murs » du CLSM ;", ids[0], 0)
    numbered(doc, "former chaque année l'équipe de l'accueil de jour, à raison de deux demi-journées.", ids[0], 0)
    doc.add_heading("Article 4 – Engagements de l'association", level=2)
    doc.add_paragraph("L'association s'engage à :")
    numbered(doc, "mettre à disposition un bureau fermé, permettant des entretiens confidentiels ;", ids[1], 0)
    numbered(doc, "informer les personnes accueillies de la permanence, par affichage et oralement ;", ids[1], 0)
    numbered(doc, "désigner un référent santé parmi ses travailleurs sociaux ;", ids[1], 0)
    numbered(doc, "transmettre chaque trimestre au comité de suivi les données d'activité anonymisées.", ids[1], 0)
    doc.add_heading("Article 5 – Engagements de la Ville", level=2)
    doc.add_paragraph("La Ville, par son CCAS, s'engage à :")
    numbered(doc, "prendre en charge les transports accompagnés vers les lieux de soins :", ids[2], 0)
    numbered(doc, "tickets de bus du réseau Trans'Val ;", ids[2], 1)
    numbered(doc, "taxi solidaire lorsque l'état de la personne l'exige ;", ids[2], 1)
    numbered(doc, "faciliter la domiciliation administrative des personnes accompagnées ;", ids[2], 0)
    numbered(doc, "assurer le secrétariat du comité de suivi.", ids[2], 0)
    doc.add_heading("Article 6 – Dispositions financières", level=2)
    doc.add_paragraph("Le coût annuel de l'action est estimé à 39 400 euros. Sa répartition entre l'agence régionale de santé, "
                      "la Ville et les crédits du contrat de ville figure au budget prévisionnel annexé. Les sommes dues par la "
                      "Ville à l'association sont versées en deux fois : 60 % à la signature, le solde sur présentation du bilan annuel.")
    doc.add_heading("Article 7 – Secret professionnel et partage d'informations", level=2)
    doc.add_paragraph("Seules les informations strictement nécessaires à l'accompagnement sont partagées entre les partenaires. "
                      "La personne est informée de tout échange la concernant et peut s'y opposer. Aucune information médicale "
                      "n'est transmise à l'association ni à la Ville.")
    doc.add_heading("Article 8 – Comité de suivi", level=2)
    doc.add_paragraph("Un comité de suivi se réunit deux fois par an, en avril et en octobre. Il est présidé par l'adjointe au "
                      "maire chargée de la santé, Mme Farida Bensaïd, et réunit :")
    numbered(doc, "un représentant de chaque signataire ;", ids[3], 0)
    numbered(doc, "la coordinatrice du CLSM de Marquenval ;", ids[3], 0)
    numbered(doc, "un représentant de la délégation départementale de l'ARS ;", ids[3], 0)
    numbered(doc, "deux personnes accueillies au Phare, volontaires, au titre de la participation des usagers.", ids[3], 0)
    doc.add_heading("Article 9 – Évaluation", level=2)
    doc.add_paragraph("L'action est évaluée chaque année à partir des indicateurs suivants :")
    numbered(doc, "nombre de personnes rencontrées par l'EMPP à l'accueil de jour ;", ids[4], 0)
    numbered(doc, "nombre d'orientations vers un CMP ou vers la PASS psy, et part de celles qui ont abouti ;", ids[4], 0)
    numbered(doc, "délai moyen entre la fiche de liaison et la première rencontre ;", ids[4], 0)
    numbered(doc, "satisfaction des personnes accueillies et de l'équipe de l'accueil de jour.", ids[4], 0)
    doc.add_heading("Article 10 – Résiliation", level=2)
    doc.add_paragraph("Chaque partie peut résilier la convention par lettre recommandée avec accusé de réception, moyennant un "
                      "préavis de trois mois.")
    doc.add_paragraph("Fait à Marquenval, le 15 janvier 2025, en trois exemplaires originaux.")
    sig = doc.add_table(rows=2, cols=3)
    sig.style = "Table Grid"
    for i, (a, b) in enumerate((("Pour la Ville de Marquenval", "Jean-Luc Hennebert, maire"),
                                ("Pour l'EPSM de la Vallée de la Scarpe", "Catherine Wattiez, directrice"),
                                ("Pour l'association Le Fil d'Ariane", "Odile Caron, présidente"))):
        set_cell(sig.cell(0, i), a, bold=True)
        set_cell(sig.cell(1, i), b)

    doc.add_page_break()
    doc.add_heading("Annexe – Budget prévisionnel annuel (2025, 2026 et 2027)", level=2)
    rows = [("Temps infirmier de l'EMPP (0,2 ETP)", "11 200 €", "11 200 €", "—", "—"),
            ("Vacation mensuelle du psychiatre", "7 800 €", "7 800 €", "—", "—"),
            ("Référent santé de l'accueil de jour (0,3 ETP)", "14 400 €", "—", "7 200 €", "7 200 €"),
            ("Transports accompagnés (bus, taxi solidaire)", "3 600 €", "—", "3 600 €", "—"),
            ("Formation des équipes", "2 400 €", "—", "—", "2 400 €"),
            ("Total", "39 400 €", "19 000 €", "10 800 €", "9 600 €")]
    tb = doc.add_table(rows=2 + len(rows), cols=5)
    tb.style = "Table Grid"
    set_cell(tb.cell(0, 0), "Poste", True)
    set_cell(tb.cell(0, 1), "Montant annuel", True)
    set_cell(tb.cell(0, 2), "Répartition du financement", True)
    tb.cell(0, 0).merge(tb.cell(1, 0))
    tb.cell(0, 1).merge(tb.cell(1, 1))
    tb.cell(0, 2).merge(tb.cell(0, 4))
    for j, h in enumerate(("ARS Hauts-de-France", "Ville de Marquenval (CCAS)", "Contrat de ville"), 2):
        set_cell(tb.cell(1, j), h, True)
    for i, row in enumerate(rows, 2):
        for j, v in enumerate(row):
            set_cell(tb.cell(i, j), v, bold=(row[0] == "Total"))
    doc.add_paragraph("Les montants sont identiques pour chacune des trois années ; ils ne comprennent pas la valorisation "
                      "du bureau mis à disposition par l'association.")
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
