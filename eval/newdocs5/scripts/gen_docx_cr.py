"""Word compte rendu with tracked changes (w:ins / w:del written in the XML), a comment
(word/comments.xml via python-docx add_comment), attendees list, a decisions table and headings."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parents[1] / "corpus" / "2025-06-24_ville-merignol_cr-copil-clsm.docx"
AUTHOR = "Nathalie Combes"
DATE = "2025-06-30T10:12:00Z"
_id = [100]


def _run(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(par, segments):
    """segments: list of (kind, text) with kind in {"t", "del", "ins"}."""
    p = par._p
    for kind, text in segments:
        if kind == "t":
            p.append(_run(text))
        else:
            _id[0] += 1
            el = OxmlElement("w:del" if kind == "del" else "w:ins")
            el.set(qn("w:id"), str(_id[0]))
            el.set(qn("w:author"), AUTHOR)
            el.set(qn("w:date"), DATE)
            el.append(_run(text, deleted=(kind == "del")))
            p.append(el)
    return par


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    doc.add_paragraph("Compte rendu du comité de pilotage du Conseil local de santé mentale (CLSM) de Mérignol",
                      style="Title")
    p = doc.add_paragraph()
    p.add_run("Séance du mardi 24 juin 2025, de 14 h à 16 h 30 – salle du conseil, hôtel de ville de Mérignol").italic = True
    p = doc.add_paragraph()
    p.add_run("Rédaction : Camille Ferrandi, coordinatrice du CLSM. Version projet soumise à la relecture des "
              "participants avant diffusion.").italic = True

    doc.add_heading("1. Participants", level=1)
    doc.add_heading("Présents", level=2)
    for who in [
        "Françoise Aubanel, adjointe au maire déléguée à la santé et aux solidarités, présidente du CLSM",
        "Dr Raphaël Sentenac, psychiatre, chef du pôle de psychiatrie adulte du centre hospitalier de Mérignol",
        "Nathalie Combes, directrice du centre communal d'action sociale (CCAS)",
        "Yoann Prades, chef de projet politique de la ville, Mérignol Agglomération",
        "Sylvie Ortega, chargée de mission santé mentale, délégation départementale de l'ARS Occitanie",
        "Didier Maurel, responsable de la gestion locative, Mérignol Habitat (bailleur social)",
        "Inès Boukhari, présidente du groupe d'entraide mutuelle (GEM) Le Fil, représentante des usagers",
        "Josiane Faure, déléguée départementale de l'Unafam, représentante des familles",
        "Camille Ferrandi, coordinatrice du CLSM",
    ]:
        doc.add_paragraph(who, style="List Bullet")
    doc.add_heading("Excusés", level=2)
    for who in ["Dr Lucie Marty, médecin de l'Éducation nationale",
                "Commandant Éric Vidal, commissariat de police de Mérignol"]:
        doc.add_paragraph(who, style="List Bullet")

    doc.add_heading("2. Ordre du jour", level=1)
    for it in ["Bilan 2024 de la cellule d'appui aux situations complexes (CASC)",
               "Point d'étape sur le projet territorial de santé mentale (PTSM)",
               "Programme des Semaines d'information sur la santé mentale (SISM) 2025",
               "Budget 2025 et recrutement d'un médiateur",
               "Questions diverses"]:
        doc.add_paragraph(it, style="List Number")

    doc.add_heading("3. Bilan 2024 de la cellule d'appui aux situations complexes", level=1)
    doc.add_paragraph(
        "Mme Aubanel ouvre la séance en rappelant que le CLSM de Mérignol, créé en 2018, couvre une commune de "
        "36 400 habitants, dont 7 900 vivent dans les deux quartiers prioritaires de la politique de la ville, "
        "Les Cèdres et La Garrigue-Haute.")
    par = doc.add_paragraph()
    tracked(par, [
        ("t", "La cellule d'appui aux situations complexes (CASC) se réunit le deuxième mardi de chaque mois. "
              "En 2024, elle a examiné "),
        ("del", "38"),
        ("ins", "41"),
        ("t", " situations, contre 29 en 2023. "),
    ])
    c_run = par.add_run("63 % des situations concernent des personnes logées dans le parc social")
    par.add_run(", et 17 situations relevaient d'un risque d'expulsion locative. Le délai moyen entre la "
                "saisine et le premier examen en cellule est de trois semaines.")
    com = doc.add_comment(c_run, text="Chiffre à vérifier avec Mérignol Habitat : notre propre bilan compte "
                                      "26 ménages suivis en CASC en 2024.", author="Didier Maurel", initials="DM")
    com._comment_elm.set(qn("w:date"), "2025-06-27T09:40:00Z")

    doc.add_paragraph("Origine des saisines de la CASC en 2024 :")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Light Grid Accent 1"
    t.rows[0].cells[0].text = "Service à l'origine de la saisine"
    t.rows[0].cells[1].text = "Nombre de situations"
    for a, b in [("Bailleurs sociaux", "15"), ("CCAS", "11"), ("Centre médico-psychologique (CMP)", "8"),
                 ("Police municipale", "4"), ("Familles et proches", "3")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    r = t.add_row().cells
    r[0].text = "Total"
    tracked(r[1].paragraphs[0], [("del", "38"), ("ins", "41")])

    doc.add_paragraph(
        "Le Dr Sentenac souligne que la moitié des situations concernent des personnes sans aucun suivi "
        "psychiatrique au moment de la saisine. Mme Faure demande que les familles puissent saisir directement "
        "la cellule, sans passer par un professionnel ; le comité y est favorable, sous réserve de l'accord de "
        "la personne concernée.")

    doc.add_heading("4. Point d'étape sur le PTSM", level=1)
    doc.add_paragraph(
        "Mme Ortega rappelle que le projet territorial de santé mentale (PTSM) des Causses et Vallées arrive à "
        "échéance fin 2025. Le PTSM de deuxième génération couvrira la période 2026-2030 ; son diagnostic "
        "partagé doit être finalisé avant le 31 mars 2026. Le CLSM de Mérignol pilote aujourd'hui la fiche "
        "action n° 7, « Prévenir les ruptures de parcours dans le logement ». Il est proposé que le CLSM "
        "contribue au nouveau diagnostic à partir des données de la CASC.")

    doc.add_heading("5. Semaines d'information sur la santé mentale 2025", level=1)
    doc.add_paragraph(
        "Les SISM 2025 se tiendront du 6 au 19 octobre 2025. Quatorze événements sont prévus, dont cinq dans les "
        "quartiers prioritaires : un ciné-débat au centre social des Cèdres, une marche exploratoire à La "
        "Garrigue-Haute, une exposition de photographies réalisée par les adhérents du GEM Le Fil, un "
        "théâtre-forum avec le collège Jean-Jaurès et un café des parents. Mme Boukhari indique que le GEM "
        "souhaite tenir lui-même le stand d'information le jour du marché.")

    doc.add_heading("6. Budget 2025 et recrutement", level=1)
    par = doc.add_paragraph()
    tracked(par, [
        ("t", "Le budget 2025 du CLSM s'élève à "),
        ("del", "61 000"),
        ("ins", "64 500"),
        ("t", " euros : 30 000 euros de l'ARS, "),
        ("del", "21 000"),
        ("ins", "24 500"),
        ("t", " euros de la Ville et 10 000 euros de crédits du contrat de ville. La hausse finance "
              "l'augmentation du temps de secrétariat de la cellule."),
    ])
    doc.add_paragraph(
        "M. Prades présente le projet de recrutement d'un médiateur santé mentale à mi-temps, sur un poste "
        "d'adulte-relais. Ce dispositif de la politique de la ville permet de recruter un habitant d'un quartier "
        "prioritaire âgé d'au moins 26 ans ; l'État prend en charge l'essentiel du salaire. Le médiateur "
        "interviendra en priorité aux Cèdres, en lien avec les gardiens de Mérignol Habitat.")

    doc.add_heading("7. Relevé de décisions", level=1)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Light Grid Accent 1"
    for i, h in enumerate(["Décision", "Responsable", "Échéance"]):
        dt.rows[0].cells[i].text = h
    rows = [
        ("Recruter un médiateur santé mentale à mi-temps sur un poste d'adulte-relais",
         "Nathalie Combes (CCAS)", "30 septembre 2025"),
        ("Signer la convention de partenariat de la CASC avec Mérignol Habitat",
         "Françoise Aubanel et Didier Maurel", None),
        ("Ouvrir la saisine de la CASC aux familles, avec l'accord de la personne",
         "Camille Ferrandi", "1er janvier 2026"),
        ("Transmettre la contribution du CLSM au diagnostic du PTSM 2026-2030",
         "Camille Ferrandi et Sylvie Ortega", "31 janvier 2026"),
        ("Constituer un groupe de travail « jeunes adultes de 18 à 25 ans »",
         "Dr Raphaël Sentenac et Yoann Prades", "premier trimestre 2026"),
    ]
    for a, b, c in rows:
        cells = dt.add_row().cells
        cells[0].text, cells[1].text = a, b
        if c is None:
            tracked(cells[2].paragraphs[0], [("del", "31 octobre 2025"), ("ins", "15 novembre 2025")])
        else:
            cells[2].text = c

    doc.add_heading("8. Prochaine réunion", level=1)
    doc.add_paragraph(
        "L'assemblée plénière annuelle du CLSM se tiendra le jeudi 4 décembre 2025 à la salle des fêtes de "
        "Mérignol. La séance est levée à 16 h 30.")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Françoise Aubanel, présidente du CLSM")
    r.font.color.rgb = RGBColor(0x33, 0x33, 0x33)

    doc.core_properties.title = "CR COPIL CLSM Mérignol 24-06-2025"
    doc.core_properties.author = "Camille Ferrandi"
    import datetime as _dt
    doc.core_properties.created = _dt.datetime(2025, 6, 25, 9, 0)
    doc.core_properties.modified = _dt.datetime(2025, 6, 30, 10, 15)
    doc.core_properties.last_modified_by = AUTHOR
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
