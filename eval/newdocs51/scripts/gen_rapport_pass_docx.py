# -*- coding: utf-8 -*-
"""Génère le rapport d'activité 2025 de la PASS psy du centre hospitalier de Vireval (.docx, python-docx puis
retouche du XML) : page de titre, champ table des matières (avec son contenu), titres de niveau 1 et 2, en-tête
et pied de page (champ PAGE), quatre zones de texte VML portant les chiffres clés, notes de fin (endnotes.xml),
tableau « file active par site et par sexe » dont les cellules d'en-tête « 2024 » et « 2025 » couvrent deux
colonnes (fusion horizontale) et « Site » / « Total 2025 » deux lignes (fusion verticale), glossaire en annexe.

Tout est inventé (ville, personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os
import re
import shutil
import tempfile
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-12_ch-vireval_rapport-activite-pass-psy-2025.docx")

ENDNOTES = [
    "File active : nombre de personnes différentes reçues au moins une fois dans l'année, quel que soit le nombre "
    "d'entretiens. Une personne vue sur plusieurs sites est comptée une seule fois, sur le site de sa première venue.",
    "Délai d'accès : nombre de jours entre le premier contact (appel, passage ou orientation écrite) et le premier "
    "entretien infirmier. Le passage sans rendez-vous du matin compte pour zéro jour.",
    "Hébergement d'urgence : places d'urgence attribuées par le 115, nuitées d'hôtel financées par l'État et "
    "places hivernales. Les CHRS et les CADA sont comptés à part.",
    "Résidence déclarée par la personne, y compris chez des tiers. Les personnes seulement domiciliées au CCAS, "
    "sans résider dans un quartier prioritaire, ne sont pas comptées comme résidentes des QPV.",
    "Un entretien réalisé avec un interprète par téléphone puis en présentiel est compté deux fois. Les entretiens "
    "traduits par un proche ne sont pas comptés (pratique déconseillée, 9 cas relevés en 2025).",
]

TEXTBOXES = [
    ("341", "personnes en file active en 2025", "287 en 2024, 212 en 2023"),
    ("6 jours", "délai moyen d'accès à un premier entretien", "9 jours en 2024"),
    ("18 %", "des entretiens avec un interprète professionnel", "386 entretiens sur 2 146"),
    ("57 %", "à la rue ou en hébergement d'urgence au premier accueil", "nouvelles personnes 2025, n = 198"),
]

SHAPETYPE = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
             '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def textbox_xml(i, big, label, sub):
    left = 0 if i % 2 == 0 else 225
    paras = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="1F4E79"/>'
             '<w:sz w:val="44"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
             '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="20"/></w:rPr>'
             '<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
             '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/><w:sz w:val="16"/></w:rPr>'
             '<w:t xml:space="preserve">(%s)</w:t></w:r></w:p>') % (escape(big), escape(label), escape(sub))
    return ('<w:r><w:pict>%s<v:shape id="ChiffreCle%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
            'style="position:absolute;margin-left:%dpt;margin-top:0;width:210pt;height:78pt;z-index:%d;'
            'mso-position-horizontal-relative:margin" fillcolor="#e8f1fa" strokecolor="#2e75b6" strokeweight="1pt">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>') % (
        SHAPETYPE if i == 0 else "", i + 1, i + 1, left, i + 2, paras)


def add_field(paragraph, instr, cached):
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._r.append(fc)
    r = paragraph.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r._r.append(it)
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r._r.append(fc)
    paragraph.add_run(cached)
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._r.append(fc)


def para(doc, text, style=None, bold_lead=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    # « {{EN:n}} » = appel de note de fin, remplacé après l'enregistrement
    for piece in re.split(r"(\{\{EN:\d+\}\})", text):
        if piece:
            p.add_run(piece)
    return p


TOC = [
    ("1. La PASS psy en bref", 3), ("1.1 Missions et public", 3), ("1.2 Équipe, lieux et horaires", 3),
    ("2. L'activité 2025", 4), ("2.1 File active et entretiens", 4), ("2.2 File active par site et par sexe", 4),
    ("3. Qui sont les personnes reçues ?", 5), ("4. L'interprétariat", 5), ("5. Partenaires et orientations", 6),
    ("6. Moyens et financement", 6), ("7. Perspectives 2026", 7), ("Annexe — Sigles", 7), ("Notes", 8),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Centre hospitalier de Vireval — Pôle de psychiatrie adulte — PASS psy — Rapport d'activité 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run("Document transmis à l'ARS Hauts-de-France et au CLSM de Vireval — mars 2026 — page ")
    add_field(fp, " PAGE ", "1")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # ---------------------------------------------------------------- page de titre
    doc.add_paragraph("Centre hospitalier de Vireval", style="Subtitle")
    doc.add_paragraph("PASS psy — Permanence d'accès aux soins de santé en psychiatrie", style="Title")
    doc.add_paragraph("Rapport d'activité 2025", style="Subtitle")
    para(doc, "CMP Les Tilleuls, 14 rue de l'Abbaye, 59 999 Vireval (adresse fictive) — tél. 03 99 00 41 20 — "
              "pass-psy@ch-vireval.example")
    para(doc, "Rédaction : Dr Hélène Carpentier, psychiatre, médecin responsable de la PASS psy ; Julien Lemaire, "
              "cadre de santé. Relecture : Nadia Ouali, assistante sociale. Validé en bureau de pôle le 10 mars 2026.")
    doc.add_page_break()

    # ---------------------------------------------------------------- table des matières (champ TOC + contenu)
    doc.add_paragraph("Sommaire", style="TOC Heading" if "TOC Heading" in [s.name for s in doc.styles] else None)
    first = doc.add_paragraph()
    r = first.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._r.append(fc)
    r = first.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = ' TOC \\o "1-2" \\h \\z \\u '; r._r.append(it)
    r = first.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r._r.append(fc)
    first.add_run("%s\t%d" % TOC[0])
    for title, page in TOC[1:]:
        p = doc.add_paragraph()
        if title[:3].count(".") and title[1] == "." and title[2] != " ":
            p.paragraph_format.left_indent = Pt(14)
        p.add_run("%s\t%d" % (title, page))
    r = p.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._r.append(fc)
    doc.add_page_break()

    # ---------------------------------------------------------------- 1
    doc.add_heading("1. La PASS psy en bref", level=1)
    doc.add_heading("1.1 Missions et public", level=2)
    para(doc, "La permanence d'accès aux soins de santé en psychiatrie (PASS psy) du centre hospitalier de Vireval "
              "a ouvert le 3 octobre 2022. Elle reçoit les personnes en situation de précarité qui présentent une "
              "souffrance psychique et qui n'ont pas, ou plus, accès aux soins de droit commun : absence de "
              "couverture maladie, droits interrompus, barrière de la langue, errance. Elle offre un accueil "
              "inconditionnel, une évaluation infirmière et médicale, un premier accompagnement social vers "
              "l'ouverture des droits, puis une orientation vers le centre médico-psychologique (CMP) de secteur, "
              "le médecin traitant ou les structures spécialisées en addictologie.")
    para(doc, "La PASS psy ne remplace ni les urgences psychiatriques ni le CMP : elle est une porte d'entrée "
              "temporaire. La durée médiane d'accompagnement en 2025 a été de 4 mois. Elle travaille en étroite "
              "articulation avec l'équipe mobile psychiatrie précarité (EMPP), qui va au-devant des personnes à la "
              "rue, et avec la PASS généraliste de l'hôpital pour les soins somatiques.")
    doc.add_heading("1.2 Équipe, lieux et horaires", level=2)
    para(doc, "En 2025, l'équipe représentait 3,4 équivalents temps plein (ETP) : 0,4 ETP de psychiatre, 0,2 ETP "
              "de psychologue, 1,5 ETP d'infirmiers, 0,8 ETP d'assistante sociale et 0,5 ETP de secrétariat.")
    for lead, txt in [
        ("Site principal — CMP Les Tilleuls, 14 rue de l'Abbaye : ",
         "du lundi au vendredi de 9 h à 17 h ; accueil sans rendez-vous le matin, de 9 h à 12 h ; sur rendez-vous "
         "l'après-midi."),
        ("Permanence avancée aux Glacis — accueil de jour La Halte : ", "le mardi de 9 h à 12 h."),
        ("Permanence avancée au Moulin-Blanc — espace Jacques-Brel : ",
         "le jeudi de 14 h à 16 h 30, depuis le 3 avril 2025 (ouverture financée par le contrat de ville)."),
    ]:
        p = para(doc, txt, style="List Bullet", bold_lead=lead)

    # ---------------------------------------------------------------- 2 : chiffres clés en zones de texte
    doc.add_page_break()
    doc.add_heading("2. L'activité 2025", level=1)
    para(doc, "Les chiffres clés de l'année sont présentés dans les encadrés ci-dessous.")
    p = doc.add_paragraph(); p.add_run("{{TB:0}}"); p.add_run("{{TB:1}}")
    p.paragraph_format.space_after = Pt(66)
    p = doc.add_paragraph(); p.add_run("{{TB:2}}"); p.add_run("{{TB:3}}")
    p.paragraph_format.space_after = Pt(66)
    doc.add_heading("2.1 File active et entretiens", level=2)
    para(doc, "En 2025, la PASS psy a suivi 341 personnes{{EN:1}}, contre 287 en 2024 et 212 en 2023, soit une "
              "hausse de 19 % en un an. Parmi elles, 198 personnes ont été reçues pour la première fois. L'équipe a "
              "réalisé 2 146 entretiens (1 732 en 2024) : 812 entretiens médicaux, 904 entretiens infirmiers et 430 "
              "entretiens sociaux. Le délai moyen d'accès à un premier entretien{{EN:2}} est passé de 9 jours en "
              "2024 à 6 jours en 2025, grâce à l'élargissement de l'accueil sans rendez-vous.")
    para(doc, "Parmi les 198 nouvelles personnes, 61 résidaient dans un quartier prioritaire de la politique de la "
              "ville{{EN:4}} : 38 aux Glacis et 23 au Moulin-Blanc. La permanence du Moulin-Blanc, ouverte en avril, "
              "a permis d'y rencontrer des femmes isolées qui ne se déplaçaient pas jusqu'au CMP.")
    doc.add_heading("2.2 File active par site et par sexe", level=2)
    para(doc, "Tableau 1 — File active par site de première venue et par sexe, 2024 et 2025")
    tbl = doc.add_table(rows=6, cols=6)
    tbl.style = "Table Grid"
    hdr1 = ["Site", "2024", "", "2025", "", "Total 2025"]
    hdr2 = ["", "Hommes", "Femmes", "Hommes", "Femmes", ""]
    rows = [
        ["CMP Les Tilleuls (site principal)", "142", "61", "124", "71", "195"],
        ["Permanence La Halte (Les Glacis)", "62", "22", "63", "28", "91"],
        ["Permanence espace Jacques-Brel (Moulin-Blanc)", "—", "—", "31", "24", "55"],
        ["Total PASS psy", "204", "83", "218", "123", "341"],
    ]
    for j, v in enumerate(hdr1):
        tbl.cell(0, j).text = v
    for j, v in enumerate(hdr2):
        if v:
            tbl.cell(1, j).text = v
    for i, r in enumerate(rows, 2):
        for j, v in enumerate(r):
            tbl.cell(i, j).text = v
    tbl.cell(0, 1).merge(tbl.cell(0, 2))
    tbl.cell(0, 3).merge(tbl.cell(0, 4))
    tbl.cell(0, 0).merge(tbl.cell(1, 0))
    tbl.cell(0, 5).merge(tbl.cell(1, 5))
    for c in tbl.rows[0].cells + tbl.rows[1].cells + tbl.rows[5].cells:
        for pp in c.paragraphs:
            for rr in pp.runs:
                rr.bold = True
    para(doc, "Lecture : en 2025, 71 femmes ont été reçues pour la première fois au CMP Les Tilleuls. La part des "
              "femmes dans la file active passe de 29 % en 2024 à 36 % en 2025. La permanence du Moulin-Blanc "
              "n'existait pas en 2024.")

    # ---------------------------------------------------------------- 3
    doc.add_page_break()
    doc.add_heading("3. Qui sont les personnes reçues ?", level=1)
    para(doc, "La file active 2025 compte 64 % d'hommes et 36 % de femmes. L'âge médian est de 34 ans ; 21 % des "
              "personnes ont entre 18 et 25 ans. 58 % sont nées hors de l'Union européenne.")
    para(doc, "Situation de logement lors du premier accueil (198 nouvelles personnes) : 22 % vivaient à la rue ou "
              "dans un abri de fortune, 35 % en hébergement d'urgence{{EN:3}}, 19 % étaient hébergées chez des "
              "tiers, 12 % en CHRS ou en CADA et 12 % dans un logement personnel.")
    para(doc, "Couverture maladie : au premier accueil, 44 % des personnes n'avaient aucune couverture maladie. Six "
              "mois plus tard, 81 % avaient des droits ouverts (protection universelle maladie, complémentaire santé "
              "solidaire ou aide médicale de l'État). Les demandes d'AME restent les plus longues : 74 jours en "
              "moyenne entre le dépôt et l'ouverture des droits.")
    para(doc, "Motifs de recours les plus fréquents : troubles anxieux et du sommeil, épisodes dépressifs, "
              "psychotraumatisme, consommation d'alcool associée, et, pour 14 % des personnes, un trouble psychotique "
              "connu ou découvert à l'occasion de l'accueil.")

    # ---------------------------------------------------------------- 4
    doc.add_heading("4. L'interprétariat", level=1)
    para(doc, "En 2025, 386 entretiens ont été réalisés avec un interprète professionnel{{EN:5}} (18 % des "
              "entretiens), contre 241 en 2024 (14 %) : 251 en présentiel et 135 par téléphone. Les interprètes "
              "sont ceux de l'association Langues en Partage (réservation : 03 99 00 63 10, au moins 48 heures à "
              "l'avance pour un entretien en présentiel). Langues les plus demandées : arabe (94 entretiens), dari "
              "(71), géorgien (52), tigrinya (43) et albanais (38).")
    para(doc, "Le coût de l'interprétariat en présentiel, 21 400 € en 2025, est pris en charge sur le budget de la "
              "PASS psy. Les entretiens par téléphone lors des permanences de quartier sont financés par "
              "l'enveloppe interprétariat du contrat de ville, commune à tout le réseau précarité.")

    # ---------------------------------------------------------------- 5
    doc.add_heading("5. Partenaires et orientations", level=1)
    para(doc, "Origine des 198 nouvelles personnes : EMPP (124 orientations reçues dans l'année, dont 53 "
              "nouvelles personnes), accueil de jour La Halte (41), SAMU social et maraudes (32), venue spontanée "
              "(29), CCAS (17), autres (26). Les orientations de l'EMPP ont nettement augmenté pendant sa fermeture "
              "estivale, du 4 au 22 août 2025, la PASS psy ayant assuré le relais.")
    para(doc, "À la sortie du dispositif, 46 % des personnes ont été orientées vers un CMP de secteur, 18 % vers un "
              "médecin généraliste, 11 % vers le centre de soins en addictologie (CSAPA) et 9 % ont été "
              "hospitalisées ; les autres ont été perdues de vue ou ont quitté Vireval.")
    para(doc, "La PASS psy participe au groupe de travail « précarité et santé mentale » du conseil local de santé "
              "mentale (CLSM) et à sa cellule de situations complexes, qui a examiné 11 situations suivies par la "
              "PASS psy en 2025.")

    # ---------------------------------------------------------------- 6
    doc.add_page_break()
    doc.add_heading("6. Moyens et financement", level=1)
    para(doc, "Le budget 2025 de la PASS psy s'élève à 338 000 €. Il est financé par l'agence régionale de santé "
              "(ARS) Hauts-de-France au titre du fonds d'intervention régional (FIR) pour 285 000 € (260 000 € en "
              "2024), par le contrat de ville de Vireval pour 12 000 € (ouverture de la permanence du Moulin-Blanc) "
              "et par le centre hospitalier pour 41 000 € (locaux, secrétariat, logistique).")

    # ---------------------------------------------------------------- 7
    doc.add_heading("7. Perspectives 2026", level=1)
    for t in ["ouvrir une permanence au CHRS Le Phare en septembre 2026 ;",
              "ouvrir l'accueil sans rendez-vous le mercredi après-midi, de 14 h à 17 h, à partir du 6 mai 2026 ;",
              "ramener le délai moyen d'accès à 5 jours ;",
              "créer avec l'EMPP un groupe de parole pour les femmes hébergées à l'hôtel ;",
              "former l'équipe à l'entretien avec interprète (session prévue le 16 juin 2026)."]:
        para(doc, t, style="List Bullet")

    doc.add_heading("Annexe — Sigles", level=1)
    for s, d in [("AME", "aide médicale de l'État"), ("ARS", "agence régionale de santé"),
                 ("CHRS", "centre d'hébergement et de réinsertion sociale"),
                 ("CMP", "centre médico-psychologique"), ("CSS", "complémentaire santé solidaire"),
                 ("EMPP", "équipe mobile psychiatrie précarité"), ("FIR", "fonds d'intervention régional"),
                 ("PASS", "permanence d'accès aux soins de santé"), ("PUMa", "protection universelle maladie"),
                 ("QPV", "quartier prioritaire de la politique de la ville"),
                 ("SIAO", "service intégré de l'accueil et de l'orientation")]:
        para(doc, d, bold_lead=s + " : ")
    doc.add_heading("Notes", level=1)
    para(doc, "Les notes de fin de document précisent les définitions utilisées dans ce rapport.")
    return doc


ENDNOTES_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:endnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
                '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                '</w:p></w:endnote>%s</w:endnotes>')


def postprocess(tmp):
    with zipfile.ZipFile(tmp) as z:
        items = {n: z.read(n) for n in z.namelist()}
    d = items["word/document.xml"].decode("utf-8")

    def en(m):
        return ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="%s"/></w:r>'
                % m.group(1))
    d = re.sub(r"<w:r><w:t>\{\{EN:(\d+)\}\}</w:t></w:r>", en, d)
    d = re.sub(r"<w:r><w:t>\{\{TB:(\d)\}\}</w:t></w:r>",
               lambda m: textbox_xml(int(m.group(1)), *TEXTBOXES[int(m.group(1))]), d)
    assert "{{" not in d, "marqueur non remplacé"
    items["word/document.xml"] = d.encode("utf-8")
    notes = "".join('<w:endnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    '<w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:endnote>'
                    % (i, escape(t)) for i, t in enumerate(ENDNOTES, 1))
    items["word/endnotes.xml"] = (ENDNOTES_XML % notes).encode("utf-8")
    rels = items["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>",
                        '<Relationship Id="rIdEndnotes1" Type="http://schemas.openxmlformats.org/officeDocument/'
                        '2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>')
    items["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    ct = items["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>", '<Override PartName="/word/endnotes.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')
    items["[Content_Types].xml"] = ct.encode("utf-8")
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for n in ["[Content_Types].xml"] + [n for n in items if n != "[Content_Types].xml"]:
            z.writestr(n, items[n])


if __name__ == "__main__":
    doc = build()
    tmp = os.path.join(tempfile.mkdtemp(), "r.docx")
    doc.save(tmp)
    postprocess(tmp)
    shutil.rmtree(os.path.dirname(tmp))
    print(OUT)
