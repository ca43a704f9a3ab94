# -*- coding: utf-8 -*-
"""Génère le rapport d'activité 2025 du groupe étudiants du CLSM de Brévalec (Word, python-docx), environ 6 pages.

Mise en page : page de titre, sommaire (entrées avec points de conduite et numéros de page), encadré bordé et
ombré « Messages clés », titres numérotés, listes numérotées, tableau d'indicateurs 2023 / 2024 / 2025, vraies
notes de bas de page Word (partie word/footnotes.xml ajoutée après coup), en-tête et pied de page avec champ PAGE,
glossaire des sigles.
"""
import os
import re
import shutil
import zipfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-12_clsm-brevalec_rapport-activite-groupe-etudiants-2025.docx")

FOOTNOTES = {}  # numéro -> texte


def fn(n, text):
    FOOTNOTES[n] = text
    return "[[FN%d]]" % n


d = docx.Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.3)
st = d.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


hp = sec.header.paragraphs[0]
hp.text = "CLSM de Brévalec — Rapport d'activité 2025 du groupe étudiants"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Page ")
add_field(fp.add_run(), "PAGE")
sec.different_first_page_header_footer = True


def para(text, style=None, bold=False, italic=False, size=None, align=None):
    """Paragraphe ; « [[FNn]] » dans le texte devient un appel de note de bas de page."""
    p = d.add_paragraph(style=style)
    for part in re.split(r"(\[\[FN\d+\]\])", text):
        if not part:
            continue
        r = p.add_run(part)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def numbered(items):
    for it in items:
        para(it, style="List Number")


def bulleted(items):
    for it in items:
        para(it, style="List Bullet")


def shade_and_border(p, fill="E8F1F5", color="0B4F6C"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:%s" % side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "12")
        e.set(qn("w:space"), "6")
        e.set(qn("w:color"), color)
        bdr.append(e)
    ppr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "340")
    ind.set(qn("w:right"), "340")
    ppr.append(ind)


def page_break():
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ page de titre
para("Ville de Brévalec — Conseil local de santé mentale", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
for _ in range(5):
    d.add_paragraph()
para("Rapport d'activité 2025", bold=True, size=28, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Groupe de travail « Santé mentale des étudiants » (groupe étudiants) du conseil local de santé mentale "
     "de Brévalec", size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
d.add_paragraph()
para("Présenté au comité de pilotage du programme Campus Bien-Être du 12 mars 2026", italic=True,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Rédaction : Gaëlle Trémeur, coordinatrice du CLSM, avec le service de santé étudiante (SSE) de "
     "l'Université de Brévalec", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for _ in range(4):
    d.add_paragraph()

# ------------------------------------------------------------------ sommaire
para("Sommaire", bold=True, size=14)
TOC = [("Messages clés", 2), ("1. Le groupe étudiants en 2025", 2), ("2. Faits marquants de l'année", 2),
       ("3. Indicateurs d'activité 2023-2025", 3), ("4. Accès aux psychologues : SSE et Pass'Psy Campus", 3),
       ("5. La Veilleuse", 4), ("6. Repérage : étudiants relais santé et référents de résidence", 4),
       ("7. Protocole PASSERELLE : premiers mois", 4), ("8. Précarité", 5), ("9. Étudiants internationaux", 5),
       ("10. Financement", 5), ("11. Perspectives 2026", 6), ("Glossaire des sigles", 6)]
for title, page in TOC:
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.add_run("%s\t%d" % (title, page))
page_break()

# ------------------------------------------------------------------ messages clés (encadré)
d.add_heading("Messages clés", level=1)
KEY = [
    "Messages clés du groupe étudiants pour 2025",
    "• Le délai d'attente pour un premier rendez-vous avec un psychologue du SSE est passé de 24 jours en 2023 à "
    "11 jours en 2025.",
    "• Pass'Psy Campus a accompagné 884 étudiants en 2025, soit 44 % de plus qu'en 2024.",
    "• La Veilleuse a reçu 1 276 appels en 2025, dont 41 % pendant les deux périodes de partiels.",
    "• En trois mois et demi, le protocole PASSERELLE a permis d'orienter 27 étudiants en crise suicidaire.",
    "• Point de vigilance : les étudiants des écoles privées et des sections de BTS restent à l'écart de la "
    "plupart des dispositifs.",
]
for i, k in enumerate(KEY):
    p = para(k, bold=(i == 0))
    shade_and_border(p)
    p.paragraph_format.space_after = Pt(0)
d.add_paragraph()

# ------------------------------------------------------------------ 1
d.add_heading("1. Le groupe étudiants en 2025", level=1)
para("Créé en 2021, le groupe de travail n° 4 du CLSM, dit « groupe étudiants », est co-animé par la "
     "coordinatrice du CLSM et par le Dr Nolwenn Kerhervé, médecin directrice du SSE. Il comptait 21 structures "
     "membres fin 2025, contre 19 un an plus tôt, avec l'arrivée de l'IUT de Lanhélen et de l'association "
     "Binôme Brévalec." + fn(1, "La liste des structures membres est tenue à jour par la coordinatrice du CLSM ; "
                                "la Fédération des étudiants de Brévalec (FEB) y siège depuis 2021."))
para("Le groupe s'est réuni cinq fois en 2025 : le 4 février, le 15 avril, le 17 juin (séance supplémentaire "
     "consacrée au protocole PASSERELLE), le 7 octobre et le 9 décembre. Chaque réunion a rassemblé en moyenne "
     "16 participants. Les relevés de décisions sont diffusés dans la semaine qui suit.")

# ------------------------------------------------------------------ 2
d.add_heading("2. Faits marquants de l'année", level=1)
numbered([
    "Recrutement d'une quatrième psychologue au SSE, Léa Cadiou, en février 2025, qui porte l'effectif à "
    "3,2 équivalents temps plein.",
    "Enquête Bien-être étudiant : collecte en ligne en mars, 3 412 répondants, résultats complets publiés le "
    "11 novembre 2025 par l'Observatoire de la vie étudiante.",
    "Signature de la convention Campus Bien-Être le 15 septembre 2025 par l'Université, la Ville, le CRVE "
    "Bretagne Ouest, l'EPSM de Kerbellec et l'ARS, pour les années universitaires 2025-2026 et 2026-2027.",
    "Entrée en vigueur, le même jour, du protocole PASSERELLE de repérage et d'orientation des étudiants en crise "
    "suicidaire.",
    "Lancement des cafés Parlons-en à la Maison internationale en septembre 2025.",
    "Deuxième année du Plan Partiels Sereins, en janvier et en mai.",
])

# ------------------------------------------------------------------ 3 tableau
d.add_heading("3. Indicateurs d'activité 2023-2025", level=1)
para("Le tableau ci-dessous rassemble les indicateurs suivis par le comité de pilotage. Les données sont fournies "
     "par le SSE, l'association Écoute Étudiante Brévalec, le CRVE Bretagne Ouest et la FEB.")
IND = [
    ("Indicateur", "2023", "2024", "2025"),
    ("Consultations psychologiques au SSE", "2 960", "3 540", "4 180"),
    ("Psychologues du SSE (ETP)", "2,0", "2,6", "3,2"),
    ("Délai moyen avant un 1er rendez-vous psy (jours)" + fn(2, "Délai moyen entre la demande et le premier "
     "rendez-vous, hors situations urgentes, qui sont reçues le jour même."), "24", "17", "11"),
    ("Bénéficiaires de Pass'Psy Campus", "–", "612", "884"),
    ("Séances Pass'Psy Campus", "–", "3 105", "4 730"),
    ("Psychologues conventionnés Pass'Psy Campus", "–", "29", "41"),
    ("Étudiants relais santé (ERS)", "12", "18", "24"),
    ("Actions de prévention menées par les ERS", "58", "97", "146"),
    ("Appels reçus par La Veilleuse" + fn(3, "Ouverture de la ligne le 12 octobre 2023 : le chiffre de 2023 "
     "porte sur moins de trois mois."), "96", "830", "1 276"),
    ("Référents de résidence formés aux PSSM", "6", "14", "22"),
    ("Personnes formées aux PSSM (total)", "64", "121", "186"),
    ("Étudiants inscrits à L'Épi'Sol" + fn(4, "Année universitaire se terminant l'année indiquée : la colonne "
     "2025 correspond à l'année 2024-2025."), "610", "890", "1 140"),
    ("Consultations avec interprète au SSE", "9", "38", "112"),
]
tbl = d.add_table(rows=0, cols=4)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
for r_i, row in enumerate(IND):
    cells = tbl.add_row().cells
    for c_i, val in enumerate(row):
        p = cells[c_i].paragraphs[0]
        for part in re.split(r"(\[\[FN\d+\]\])", val):
            if part:
                run = p.add_run(part)
                run.bold = r_i == 0
                run.font.size = Pt(10)
        if c_i > 0:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for row in tbl.rows:
    row.cells[0].width = Cm(9.5)
    for c in row.cells[1:]:
        c.width = Cm(2.3)
para("Sources : SSE de l'Université de Brévalec, EEB, CRVE Bretagne Ouest, FEB.", italic=True, size=9)

# ------------------------------------------------------------------ 4
d.add_heading("4. Accès aux psychologues : SSE et Pass'Psy Campus", level=1)
d.add_heading("4.1. Le service de santé étudiante", level=2)
para("Les psychologues du SSE ont assuré 4 180 consultations en 2025, soit 18 % de plus qu'en 2024. L'anxiété "
     "reste le premier motif de consultation (38 % des premiers entretiens), devant l'humeur dépressive (21 %), "
     "les difficultés familiales ou relationnelles (14 %) et le stress lié aux études (12 %). Parmi les "
     "étudiants reçus, 42 % n'avaient jamais consulté de psychologue auparavant.")
para("Grâce au recrutement de février, le délai moyen avant un premier rendez-vous est tombé à 11 jours. Les "
     "permanences sans rendez-vous du Plan Partiels Sereins (de 12 h à 14 h pendant les semaines d'examens) ont "
     "accueilli 212 étudiants en janvier et 174 en mai.")
d.add_heading("4.2. Pass'Psy Campus", level=2)
para("Deuxième année pleine pour Pass'Psy Campus : 884 étudiants ont bénéficié de 4 730 séances, soit 5,4 séances "
     "en moyenne par étudiant. Le réseau compte 41 psychologues conventionnés, dont 6 consultent en anglais. Les "
     "lettres d'orientation proviennent du SSE (61 %), des médecins traitants (27 %) et des médecins de la CPTS du "
     "Pays de Brévalec (12 %). La part des séances non honorées sans prévenir est passée de 7 % à 5 %.")

# ------------------------------------------------------------------ 5
d.add_heading("5. La Veilleuse", level=1)
para("La ligne d'écoute de nuit de l'association Écoute Étudiante Brévalec (EEB) a reçu 1 276 appels en 2025, "
     "contre 830 en 2024. Elle a fonctionné avec 38 écoutants bénévoles, tous formés (30 heures) et supervisés "
     "chaque mois par un psychologue du SSE. Un appel dure en moyenne 22 minutes ; 41 % des appels ont eu lieu "
     "pendant les deux périodes de partiels, où la ligne est ouverte tous les soirs.")
para("Des idées suicidaires ont été évoquées dans 19 % des appels. À 14 reprises, les écoutants ont passé le "
     "relais à CAP 24 ou au SAMU (15)." + fn(5, "Le passage de relais se fait toujours avec l'accord de "
                                                "l'appelant, sauf danger immédiat."))
para("Le projet de tchat, prévu pour septembre 2026, est chiffré à 6 500 € ; il sera financé par l'appel à "
     "projets jeunesse de la Ville.")

# ------------------------------------------------------------------ 6
d.add_heading("6. Repérage : étudiants relais santé et référents de résidence", level=1)
para("Les 24 étudiants relais santé (ERS), recrutés par l'Université sous contrat étudiant de 150 heures par an et "
     "encadrés par Marion Le Dantec, infirmière du SSE, ont mené 146 actions de prévention qui ont touché environ "
     "5 200 étudiants : stands, ateliers sommeil, pauses « Thé & Pause » pendant les partiels, soirées sans "
     "alcool en résidence.")
para("Le CRVE Bretagne Ouest compte désormais 22 référents de résidence formés aux premiers secours en santé "
     "mentale (PSSM), pour un objectif de 30 en juin 2026. Au total, 186 personnes, étudiants et personnels, ont "
     "suivi la formation PSSM en 2025." + fn(6, "La formation PSSM standard dure 14 heures, sur deux jours ; elle "
                                                "est animée par les trois formateurs accrédités de l'Université."))

# ------------------------------------------------------------------ 7
d.add_heading("7. Protocole PASSERELLE : premiers mois", level=1)
para("Entre le 15 septembre et le 31 décembre 2025, 27 étudiants en crise suicidaire ont été orientés dans le "
     "cadre du protocole :")
numbered([
    "17 en journée, par le SSE, et 10 la nuit ou le week-end, par CAP 24 ;",
    "19 étudiants ont été reçus en évaluation au CMP Brévalec-Centre, avec un délai moyen de 2,4 jours ; 18 "
    "l'ont été dans le délai de 72 heures prévu par la convention ;",
    "après un passage aux urgences, le SSE a recontacté 9 étudiants sur 10 dans les 7 jours.",
])
para("La cellule de veille s'est réunie quatre fois. Elle relève deux difficultés : la fiche de liaison n'est pas "
     "toujours remplie, et les orientations du week-end parviennent au SSE avec retard. Une version numérique de "
     "la fiche sera testée à partir d'avril 2026.")

# ------------------------------------------------------------------ 8
d.add_heading("8. Précarité", level=1)
para("L'épicerie solidaire L'Épi'Sol, gérée par la FEB à la Maison de l'étudiant, comptait 1 140 inscrits en "
     "2024-2025, contre 890 l'année précédente. Depuis mars 2025, les « paniers du vendredi » de fruits et "
     "légumes complètent l'offre : 4 200 paniers ont été distribués dans l'année. L'enquête confirme le lien "
     "entre précarité et santé mentale : 19,7 % des étudiants sautent des repas chaque semaine faute d'argent, "
     "et 27,9 % de ceux qui vivent en résidence CRVE.")

# ------------------------------------------------------------------ 9
d.add_heading("9. Étudiants internationaux", level=1)
para("Le SSE a assuré 112 consultations avec un interprète professionnel en 2025, contre 38 en 2024. Les cafés "
     "Parlons-en, lancés en septembre, réunissent en moyenne 14 participants ; le programme Binôme Brévalec a "
     "constitué 240 binômes. Le flyer Pass'Psy Campus est désormais traduit en sept langues.")

# ------------------------------------------------------------------ 10
d.add_heading("10. Financement", level=1)
para("En 2025, les dépenses du programme se sont élevées à 358 200 €, dont 236 500 € pour les séances Pass'Psy "
     "Campus, payées 50 € chacune aux psychologues. La part de l'Université provient de la CVEC."
     + fn(7, "La contribution de vie étudiante et de campus (CVEC) est acquittée par chaque étudiant lors de son "
             "inscription ; l'Université de Brévalec en consacre 30 % à la santé."))
para("À partir de l'année universitaire 2025-2026, la convention Campus Bien-Être fixe les contributions annuelles "
     "des partenaires à 381 000 €. Le versement de la Ville et de l'ARS pour 2026 est attendu avant le 31 mars.")

# ------------------------------------------------------------------ 11
d.add_heading("11. Perspectives 2026", level=1)
numbered([
    "Organiser la Journée Respire le jeudi 7 mai 2026, avant les partiels de mai (lieu à confirmer).",
    "Ouvrir le tchat de La Veilleuse en septembre 2026.",
    "Atteindre 30 référents de résidence formés aux PSSM d'ici juin 2026.",
    "Porter le réseau Pass'Psy Campus à 50 psychologues conventionnés.",
    "Associer au groupe étudiants les écoles privées et les sections de BTS du lycée de Kerlann.",
    "Présenter le SSE lors de la journée d'accueil des étudiants internationaux dès septembre 2026.",
])

# ------------------------------------------------------------------ glossaire
d.add_heading("Glossaire des sigles", level=1)
GLOSS = [
    ("ARS", "Agence régionale de santé"),
    ("CAP 24", "centre d'accueil psychiatrique ouvert 24 h/24 aux urgences du CH de Brévalec"),
    ("CLSM", "conseil local de santé mentale"),
    ("CMP", "centre médico-psychologique"),
    ("CPTS", "communauté professionnelle territoriale de santé"),
    ("CRVE", "Centre régional de la vie étudiante (Bretagne Ouest), qui gère les résidences et l'action sociale"),
    ("CVEC", "contribution de vie étudiante et de campus"),
    ("DRI", "direction des relations internationales de l'Université"),
    ("EEB", "Écoute Étudiante Brévalec, association qui gère La Veilleuse"),
    ("ENT", "espace numérique de travail"),
    ("EPSM", "établissement public de santé mentale"),
    ("ERS", "étudiant relais santé"),
    ("ETP", "équivalent temps plein"),
    ("FEB", "Fédération des étudiants de Brévalec"),
    ("OVE", "Observatoire de la vie étudiante"),
    ("PSSM", "premiers secours en santé mentale"),
    ("SSE", "service de santé étudiante"),
]
gt = d.add_table(rows=0, cols=2)
gt.style = "Table Grid"
for a, b in GLOSS:
    c = gt.add_row().cells
    c[0].paragraphs[0].add_run(a).bold = True
    c[1].paragraphs[0].add_run(b)

d.save(OUT)

# ------------------------------------------------------------------ notes de bas de page (post-traitement)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def footnotes_xml():
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<w:footnotes xmlns:w="%s">' % W_NS,
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
             '</w:p></w:footnote>']
    for n, text in sorted(FOOTNOTES.items()):
        t = text.replace("&", "&amp;").replace("<", "&lt;")
        parts.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p>'
                     '</w:footnote>' % (n, t))
    parts.append("</w:footnotes>")
    return "".join(parts)


tmp = OUT + ".tmp"
with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            s = data.decode("utf-8")
            s, k = re.subn(r'<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t>\[\[FN(\d+)\]\]</w:t></w:r>',
                           lambda m: '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                     '<w:footnoteReference w:id="%s"/></w:r>' % m.group(2), s)
            assert k == len(FOOTNOTES), (k, len(FOOTNOTES))
            assert "[[FN" not in s
            data = s.encode("utf-8")
        elif item.filename == "word/_rels/document.xml.rels":
            s = data.decode("utf-8")
            s = s.replace("</Relationships>",
                          '<Relationship Id="rIdFootnotes1" Type="http://schemas.openxmlformats.org/officeDocument/'
                          '2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            data = s.encode("utf-8")
        elif item.filename == "[Content_Types].xml":
            s = data.decode("utf-8")
            s = s.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                          'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            data = s.encode("utf-8")
        elif item.filename == "word/settings.xml":
            s = data.decode("utf-8")
            # w:footnotePr se place juste avant w:compat dans la séquence du schéma
            s = s.replace("<w:compat>", '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                                        '</w:footnotePr><w:compat>', 1)
            data = s.encode("utf-8")
        zout.writestr(item, data)
    zout.writestr("word/footnotes.xml", footnotes_xml())
shutil.move(tmp, OUT)
print("écrit", OUT, "avec", len(FOOTNOTES), "notes de bas de page")
