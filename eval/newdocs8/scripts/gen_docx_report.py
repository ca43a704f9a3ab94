"""Doc 4: Word report with a long table over two pages (repeated header row, vertically merged
category and indicator cells, figures per town and per year), numbered recommendations and a
real footnote (footnotes.xml part added by hand: python-docx has no footnote API)."""
import copy
import pathlib

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2025-06-30_agglo-pays-de-verance_tableau-de-bord-sante-mentale-2022-2024.docx"

TOWNS = ["Vérance", "Saint-Aubin-la-Plaine", "Montclar-sur-Vérance", "Les Essarts-Bocage"]

DATA = [
    ("Accès aux soins", [
        ("File active du CMP adultes (personnes)",
         [("1 412", "1 538", "1 671"), ("498", "531", "587"), ("377", "402", "436"), ("161", "170", "188")]),
        ("Délai moyen avant un premier rendez-vous au CMP (jours)",
         [("58", "64", "41"), ("62", "70", "45"), ("75", "81", "52"), ("79", "88", "57")]),
    ]),
    ("Urgences et crise", [
        ("Passages aux urgences pour motif psychiatrique",
         [("412", "467", "538"), ("131", "140", "152"), ("96", "118", "109"), ("38", "41", "47")]),
        ("Mesures de soins sans consentement (SDT et SDRE)",
         [("87", "92", "99"), ("24", "29", "26"), ("19", "17", "22"), ("6", "9", "8")]),
    ]),
    ("Prévention et repérage", [
        ("Personnes formées aux premiers secours en santé mentale",
         [("64", "118", "142"), ("21", "34", "57"), ("0", "16", "38"), ("0", "12", "15")]),
        ("Actions organisées pendant les SISM",
         [("9", "11", "14"), ("3", "4", "6"), ("1", "2", "4"), ("0", "1", "2")]),
    ]),
    ("Inclusion et logement", [
        ("Adhérents du GEM Le Fil (par commune de résidence)",
         [("41", "48", "56"), ("12", "15", "19"), ("3", "5", "9"), ("1", "2", "2")]),
        ("Situations examinées en commission logement et santé mentale",
         [("18", "26", "31"), ("5", "8", "12"), ("2", "4", "7"), ("n.d.", "1", "3")]),
    ]),
]

FOOTNOTES_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> La file active correspond au nombre de personnes différentes vues au moins une fois dans l'année par le CMP, quel que soit le nombre de consultations. Les données 2024 de Montclar-sur-Vérance sont provisoires : le logiciel du CMP a changé en octobre 2024.</w:t></w:r></w:p></w:footnote>
</w:footnotes>
"""


def add_footnote_part(doc):
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(paragraph, fid=1):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    paragraph._p.append(r)


def set_cell(cell, text, bold=False, size=8.5, align=None, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(0)
    if align:
        p.alignment = align
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def para(doc, text, style=None, size=None):
    p = doc.add_paragraph(text, style=style)
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec.header.paragraphs[0].text = "Observatoire territorial de santé mentale – Tableau de bord 2022-2024"
    sec.footer.paragraphs[0].text = "Communauté d'agglomération du Pays de Vérance – Service santé publique – juin 2025"

    t = doc.add_heading("Observatoire territorial de santé mentale du Pays de Vérance", level=0)
    para(doc, "Tableau de bord 2022-2024 – rapport présenté au comité de pilotage du CLSM intercommunal le 30 juin 2025")
    para(doc, "Rédaction : Élise Garnier, chargée d'observation en santé, avec Romain Picard, coordinateur du CLSM intercommunal.")

    doc.add_heading("1. Introduction", level=1)
    para(doc, "L'observatoire territorial de santé mentale a été créé en 2022 par la communauté d'agglomération du Pays "
              "de Vérance, un an après l'installation du conseil local de santé mentale (CLSM) intercommunal. Il couvre les "
              "quatre communes de l'agglomération, soit 71 400 habitants : Vérance (38 200 habitants), Saint-Aubin-la-Plaine "
              "(14 600), Montclar-sur-Vérance (11 300) et Les Essarts-Bocage (7 300). Deux quartiers prioritaires de la "
              "politique de la ville sont situés à Vérance (La Roseraie et Les Hauts-de-Vérance).")
    para(doc, "Ce deuxième tableau de bord réunit huit indicateurs suivis sur trois années. Il ne prétend pas mesurer "
              "l'état de santé mentale de la population : il décrit le recours aux soins, les situations de crise, les "
              "actions de prévention et l'inclusion des personnes concernées, commune par commune.")

    doc.add_heading("2. Sources et méthode", level=1)
    p = para(doc, "Les données d'activité proviennent du centre hospitalier de Vérance, qui gère les deux CMP adultes de "
                  "l'agglomération (Vérance et Montclar-sur-Vérance) et le service des urgences. La file active")
    footnote_ref(p, 1)
    p.add_run(" est comptée par commune de résidence des patients, et non par lieu de consultation. Les chiffres de "
              "la formation aux premiers secours en santé mentale (PSSM) ont été transmis par les deux organismes "
              "formateurs du territoire ; ceux du GEM Le Fil par l'association gestionnaire ; ceux de la commission "
              "logement et santé mentale par son secrétariat, assuré par le CCAS de Vérance.")
    para(doc, "Les effectifs inférieurs à cinq sont publiés, car ils ne permettent pas d'identifier les personnes. La "
              "mention « n.d. » signale une donnée non disponible : la commission logement et santé mentale ne couvrait pas "
              "encore Les Essarts-Bocage en 2022.")

    doc.add_heading("3. Tableau de bord", level=1)
    cap = para(doc, "Tableau 1 – Indicateurs de santé mentale par commune de résidence, 2022-2024")
    cap.runs[0].italic = True

    nrows = 1 + sum(len(ind) * len(TOWNS) for _, ind in DATA)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.8), Cm(5.4), Cm(3.8), Cm(1.6), Cm(1.6), Cm(1.6)]
    hdr = ["Catégorie", "Indicateur", "Commune", "2022", "2023", "2024"]
    for j, h in enumerate(hdr):
        set_cell(table.cell(0, j), h, bold=True, size=9, shade="D9E2F3",
                 align=WD_ALIGN_PARAGRAPH.CENTER if j >= 3 else None)
    repeat_header(table.rows[0])
    r = 1
    for cat, inds in DATA:
        cat_start = r
        for ind, values in inds:
            ind_start = r
            for town, vals in zip(TOWNS, values):
                set_cell(table.cell(r, 2), town)
                for k, v in enumerate(vals):
                    set_cell(table.cell(r, 3 + k), v, align=WD_ALIGN_PARAGRAPH.RIGHT)
                cant_split(table.rows[r])
                r += 1
            m = table.cell(ind_start, 1).merge(table.cell(r - 1, 1))
            set_cell(m, ind)
        m = table.cell(cat_start, 0).merge(table.cell(r - 1, 0))
        set_cell(m, cat, bold=True)
    for row in table.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    para(doc, "Source : centre hospitalier de Vérance, organismes de formation PSSM, GEM Le Fil, CCAS de Vérance ; "
              "traitement : observatoire territorial de santé mentale.", size=9)

    doc.add_heading("4. Ce que disent les chiffres", level=1)
    para(doc, "Le recours aux CMP progresse partout : la file active adulte de l'agglomération passe de 2 448 personnes "
              "en 2022 à 2 882 en 2024, soit une hausse de 18 % en deux ans. Cette hausse ne traduit pas nécessairement une "
              "dégradation de la santé mentale : elle reflète aussi un meilleur repérage, auquel contribuent les personnes "
              "formées aux PSSM et les partenaires du CLSM.")
    para(doc, "Les délais d'accès reculent nettement en 2024 après deux années de hausse. L'entretien infirmier d'accueil, "
              "mis en place en janvier 2024 dans les deux CMP, permet désormais de recevoir toute nouvelle demande en moins "
              "de quinze jours, le rendez-vous médical venant ensuite. Les habitants des Essarts-Bocage, qui dépendent du "
              "CMP de Montclar-sur-Vérance, attendent toutefois encore près de deux mois.")
    para(doc, "Les passages aux urgences pour motif psychiatrique continuent d'augmenter à Vérance, où ils ont crû de "
              "30 % entre 2022 et 2024, alors qu'ils baissent légèrement à Montclar-sur-Vérance en 2024. Les mesures de soins "
              "sans consentement restent stables à l'échelle de l'agglomération.")
    para(doc, "Côté prévention, le nombre de personnes formées aux PSSM a plus que doublé. Les Essarts-Bocage restent "
              "en retrait, faute de session organisée sur place. L'adhésion au GEM Le Fil, situé à Vérance, reste très liée "
              "à la distance : les habitants des deux communes les plus éloignées représentent à peine un adhérent sur "
              "sept.")

    doc.add_heading("5. Recommandations", level=1)
    para(doc, "Le comité de pilotage du CLSM intercommunal est invité à retenir les recommandations suivantes :")
    recos = [
        "Ouvrir une consultation avancée du CMP adultes aux Essarts-Bocage, une journée par semaine, pour réduire les délais les plus longs de l'agglomération.",
        "Pérenniser l'entretien infirmier d'accueil dans les deux CMP, qui explique l'essentiel de la baisse des délais en 2024.",
        "Organiser au moins deux sessions de formation PSSM par an aux Essarts-Bocage, en s'appuyant sur la mairie et les associations sportives.",
        "Étudier avec l'association gestionnaire l'ouverture d'une antenne du GEM Le Fil à Montclar-sur-Vérance.",
        "Associer systématiquement les deux bailleurs sociaux à la commission logement et santé mentale.",
        "Analyser avec le centre hospitalier la hausse des passages aux urgences de Vérance, en particulier chez les 15-24 ans.",
        "Publier chaque année le tableau de bord et le présenter en assemblée plénière du CLSM.",
    ]
    for rtext in recos:
        doc.add_paragraph(rtext, style="List Number")

    doc.add_heading("Contacts", level=1)
    para(doc, "Observatoire territorial de santé mentale – Élise Garnier – 02 41 77 30 12 – observatoire@pays-de-verance.example")

    add_footnote_part(doc)
    doc.core_properties.title = "Observatoire territorial de santé mentale du Pays de Vérance – Tableau de bord 2022-2024"
    doc.core_properties.author = "Élise Garnier"
    doc.save(OUT)


if __name__ == "__main__":
    main()
