# -*- coding: utf-8 -*-
"""Word (.docx, python-docx) : protocole CLSM de Montreval / Passerelles Langues Santé.
Titres numérotés automatiquement par la numérotation Word (numPr sur les styles Titre 1 et Titre 2 : les numéros
« 1. », « 2.1 » ne sont pas dans le texte), tableau dont la première colonne est fusionnée verticalement,
en-tête et pied de page, bloc de signatures."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-20_clsm-montreval_protocole-interpretariat-professionnel-sante-mentale.docx")


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum"); absn.set(qn("w:abstractNumId"), "77")
    ml = OxmlElement("w:multiLevelType"); ml.set(qn("w:val"), "multilevel"); absn.append(ml)
    for ilvl, fmt in ((0, "%1."), (1, "%1.%2")):
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", fmt), ("w:lvlJc", "left")):
            e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
        absn.append(lvl)
    numbering.insert(0, absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "77")
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), "77"); num.append(a)
    numbering.append(num)
    for style_name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        pPr = doc.styles[style_name].element.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        i = OxmlElement("w:ilvl"); i.set(qn("w:val"), str(ilvl)); numPr.append(i)
        n = OxmlElement("w:numId"); n.set(qn("w:val"), "77"); numPr.append(n)
        pPr.insert(0, numPr)


def main():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)
    add_numbering(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "CLSM de Montreval-sur-Loire — Protocole interprétariat — version signée"
    sec.footer.paragraphs[0].text = "Ville de Montreval-sur-Loire · Passerelles Langues Santé · janvier 2026"
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Protocole de recours à l'interprétariat professionnel en santé mentale"); r.bold = True; r.font.size = Pt(16)
    s = doc.add_paragraph("Conseil local de santé mentale de Montreval-sur-Loire — association Passerelles Langues Santé")
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER

    H1 = lambda x: doc.add_heading(x, level=1)
    H2 = lambda x: doc.add_heading(x, level=2)
    P = doc.add_paragraph

    H1("Objet du protocole")
    P("Le présent protocole organise le recours à l'interprétariat professionnel dans les structures membres du Conseil "
      "local de santé mentale (CLSM) de Montreval-sur-Loire lorsqu'elles accompagnent des personnes exilées ne parlant "
      "pas ou peu le français. Il est conclu entre la Ville de Montreval-sur-Loire, porteuse du CLSM, et l'association "
      "Passerelles Langues Santé (PLS), qui emploie et forme les interprètes.")
    P("Sont concernés le centre médico-psychologique (CMP) adultes, l'équipe mobile psychiatrie précarité (EMPP) du "
      "centre hospitalier, le service des urgences, le centre d'accueil de demandeurs d'asile (CADA) Les Peupliers et "
      "les deux centres sociaux des quartiers prioritaires des Tilleuls et de la Grande Noue.")
    H1("Principes")
    H2("Un interprète professionnel plutôt qu'un proche")
    P("Les structures signataires s'engagent à ne jamais solliciter un enfant mineur pour traduire un entretien portant "
      "sur la santé de ses parents. Le recours à un proche adulte reste une solution de dernier recours, consignée dans "
      "le dossier de la personne.")
    H2("Confidentialité et neutralité")
    P("Chaque interprète de PLS signe la charte d'éthique de l'interprétariat médical et social et est tenu au secret "
      "professionnel. Il traduit à la première personne et n'ajoute aucun commentaire personnel. Lorsqu'il connaît la "
      "personne accompagnée, il le signale et un autre interprète est sollicité.")
    H2("Le travail en trinôme")
    P("L'entretien est pensé à trois : le professionnel, la personne et l'interprète. Un échange de cinq minutes avant "
      "l'entretien (pré-briefing) et un débriefing après les entretiens difficiles font partie du temps facturé.")
    H1("Modalités de recours")
    P("Le tableau ci-dessous précise, pour chaque niveau de recours, la modalité d'interprétariat et le délai de "
      "prévenance à respecter par la structure demandeuse.")
    rows = [
        ("Urgence", "Crise suicidaire ou agitation aux urgences", "Interprétariat par téléphone", "Mise en relation en moins de 15 minutes"),
        ("Urgence", "Soins sans consentement : notification des droits", "Téléphone, puis présentiel", "Présentiel sous 24 heures"),
        ("Programmé", "Consultation au CMP ou à l'EMPP", "Présentiel", "48 heures"),
        ("Programmé", "Groupe de parole ou atelier collectif", "Présentiel, interprète dédié au groupe", "10 jours"),
        ("Programmé", "Visite à domicile ou en hébergement", "Présentiel ou visioconférence", "72 heures"),
        ("Concertation", "Réunion de concertation pluriprofessionnelle", "Présentiel", "5 jours ouvrés"),
    ]
    tbl = doc.add_table(rows=1, cols=4); tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, ("Niveau de recours", "Situation", "Modalité", "Délai de prévenance")):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = tbl.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    # fusion verticale de la première colonne
    for first, last in ((1, 2), (3, 5), (6, 6)):
        if last > first:
            a = tbl.cell(first, 0); b = tbl.cell(last, 0)
            m = a.merge(b)
            m.text = rows[first - 1][0]
    H1("Tarifs et financement")
    P("Le tarif horaire est de 36 € pour l'interprétariat par téléphone et de 62 € pour l'interprétariat en présentiel ; "
      "au-delà de la première demi-heure, toute heure commencée est due. Les déplacements hors de Montreval-sur-Loire "
      "sont facturés 0,45 € par kilomètre.")
    P("L'enveloppe commune est fixée à 28 500 € pour 2026. Elle est financée à hauteur de 18 000 € par l'ARS Pays de la "
      "Loire au titre du Fonds d'intervention régional (FIR) et de 10 500 € par la Ville au titre du contrat de ville. "
      "Les structures n'avancent aucun frais : PLS facture chaque trimestre la coordination du CLSM.")
    H1("Langues couvertes")
    P("PLS dispose en 2026 d'un réseau de 41 interprètes couvrant 23 langues, dont le dari, le pachto, le tigrigna, "
      "l'arabe soudanais, le géorgien et le lingala. Pour les langues rares, PLS s'appuie sur une plateforme partenaire "
      "d'interprétariat à distance.")
    H1("Suivi et évaluation")
    P("Un comité de suivi réunit deux fois par an la coordinatrice du CLSM, la direction de PLS et un représentant de "
      "l'EMPP. Il suit trois indicateurs : le nombre d'heures réalisées, le délai de mise en relation et la part des "
      "demandes non satisfaites.")
    H1("Durée et dénonciation")
    P("Le protocole est conclu pour trois ans, du 1er février 2026 au 31 janvier 2029. Il peut être dénoncé par l'une ou "
      "l'autre partie avec un préavis de trois mois, par lettre recommandée.")
    P("Fait à Montreval-sur-Loire, le 20 janvier 2026, en deux exemplaires originaux.")
    sig = doc.add_table(rows=2, cols=2)
    sig.cell(0, 0).text = "Pour la Ville de Montreval-sur-Loire"
    sig.cell(0, 1).text = "Pour Passerelles Langues Santé"
    sig.cell(1, 0).text = "Solène Guérin, adjointe au maire déléguée à la santé"
    sig.cell(1, 1).text = "Karim Benslimane, directeur"
    doc.save(OUT)
    print(OUT)

if __name__ == "__main__":
    main()
