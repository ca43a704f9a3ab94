"""Generate doc 2 (PowerPoint with grouped shapes, table, empty title, notes) and doc 3 (Word with numbered headings, nested list, nested table, footnote)."""
import os
from pptx import Presentation
from pptx.util import Inches, Pt, Emu
from pptx.enum.shapes import MSO_SHAPE
from pptx.dml.color import RGBColor
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")

prs = Presentation()
prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)

def box_group(slide, x, y, w, hgt, head, body, color=RGBColor(0x1F, 0x5C, 0x8B)):
    g = slide.shapes.add_group_shape()
    r = g.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, x, y, w, hgt)
    r.fill.solid(); r.fill.fore_color.rgb = color; r.line.fill.background()
    t1 = g.shapes.add_textbox(x + Inches(0.15), y + Inches(0.1), w - Inches(0.3), Inches(0.6))
    t1.text_frame.text = head; t1.text_frame.paragraphs[0].runs[0].font.size = Pt(22); t1.text_frame.paragraphs[0].runs[0].font.bold = True
    t1.text_frame.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    t2 = g.shapes.add_textbox(x + Inches(0.15), y + Inches(0.75), w - Inches(0.3), hgt - Inches(0.9))
    t2.text_frame.word_wrap = True
    t2.text_frame.text = body; t2.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
    t2.text_frame.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    return g

# slide 1: title
s = prs.slides.add_slide(prs.slide_layouts[0])
s.shapes.title.text = "Projet territorial de santé mentale du Haut-Sorlin : point d'étape à mi-parcours"
s.placeholders[1].text = "Journée départementale des CLSM — Pontarlieu, 18 septembre 2025\nMarc Delorme (ARS Bourgogne-Franche-Comté) et Sophie Aubert (coordinatrice du PTSM)"
s.notes_slide.notes_text_frame.text = ("Accueil. Rappeler que le projet territorial de santé mentale (PTSM) du Haut-Sorlin a été arrêté par le directeur général de l'ARS le 4 mars 2021 "
    "pour cinq ans. Le territoire couvre 187 000 habitants et quatre CLSM : Pontarlieu, Morvillars-le-Bas, Chazelot et Val-de-Roye.")

# slide 2: six priorities as grouped shapes
s = prs.slides.add_slide(prs.slide_layouts[5])
s.shapes.title.text = "Les six priorités du PTSM"
prios = [("1. Repérage précoce", "Former les acteurs de première ligne au repérage des troubles"),
         ("2. Accès aux soins", "Réduire les délais de premier rendez-vous en CMP"),
         ("3. Situations de crise", "Organiser la réponse à l'urgence psychiatrique"),
         ("4. Logement", "Développer le logement accompagné et le Chez-soi d'abord"),
         ("5. Réhabilitation", "Favoriser l'insertion sociale et professionnelle"),
         ("6. Droits des usagers", "Lutter contre la stigmatisation et soutenir la pair-aidance")]
for i, (hd, bd) in enumerate(prios):
    box_group(s, Inches(0.5 + (i % 3) * 4.2), Inches(1.7 + (i // 3) * 2.8), Inches(3.9), Inches(2.5), hd, bd)

# slide 3: table
s = prs.slides.add_slide(prs.slide_layouts[5])
s.shapes.title.text = "Délais de premier rendez-vous en CMP adultes (en jours)"
rows = [("CMP", "2022", "2024", "Objectif 2026"), ("Pontarlieu", "68", "41", "30"), ("Morvillars-le-Bas", "95", "77", "45"),
        ("Chazelot", "52", "39", "30"), ("Val-de-Roye", "110", "84", "45")]
tb = s.shapes.add_table(len(rows), 4, Inches(1), Inches(1.8), Inches(11), Inches(3.5)).table
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        tb.cell(r, c).text = v
s.notes_slide.notes_text_frame.text = ("Insister sur Val-de-Roye : le départ de deux psychiatres en 2023 explique que le délai reste le plus long du territoire. "
    "Un infirmier en pratique avancée (IPA) a été recruté en janvier 2025 pour assurer les premiers entretiens d'accueil.")

# slide 4: empty title, text in plain text box
s = prs.slides.add_slide(prs.slide_layouts[5])  # title only; title left empty
tx = s.shapes.add_textbox(Inches(0.8), Inches(1.2), Inches(11.5), Inches(5))
tf = tx.text_frame; tf.word_wrap = True
lines = ["Calendrier de la deuxième moitié du PTSM",
         "Octobre 2025 : lancement de l'équipe mobile psychiatrie-précarité (EMPP) du Haut-Sorlin",
         "Décembre 2025 : signature du contrat territorial de santé mentale avec l'ARS",
         "Janvier 2026 : diffusion du répertoire des ressources en santé mentale aux 140 médecins généralistes du territoire",
         "Mars 2026 : ouverture de 12 places de logement accompagné à Chazelot",
         "Juin 2026 : évaluation finale et préparation du PTSM de deuxième génération"]
tf.text = lines[0]
for l in lines[1:]:
    para = tf.add_paragraph(); para.text = l; para.level = 1

# slide 5: key figures as groups
s = prs.slides.add_slide(prs.slide_layouts[5])
s.shapes.title.text = "Le PTSM en chiffres (2021-2025)"
figs = [("312", "professionnels formés au repérage de la crise suicidaire"), ("2,4 M€", "de crédits du Fonds d'innovation organisationnelle en psychiatrie (FIOP)"),
        ("9", "médiateurs de santé pairs recrutés dans les établissements")]
for i, (hd, bd) in enumerate(figs):
    box_group(s, Inches(0.6 + i * 4.2), Inches(2.0), Inches(3.9), Inches(3.0), hd, bd, RGBColor(0x2E, 0x7D, 0x32))
s.notes_slide.notes_text_frame.text = ("Préciser que les 9 médiateurs de santé pairs ont tous suivi la licence Sciences sanitaires et sociales de l'université de Besançon-Comté. "
    "Le FIOP a notamment financé l'équipe mobile et la plateforme d'orientation téléphonique.")

# slide 6: CLSM contributions, grouped
s = prs.slides.add_slide(prs.slide_layouts[5])
s.shapes.title.text = "Ce que les CLSM apportent au PTSM"
contrib = [("Pontarlieu", "Cellule de situations complexes, 58 situations suivies en 2024, et groupe de travail sur l'accès aux droits des personnes sans domicile"),
           ("Morvillars-le-Bas", "Semaines d'information sur la santé mentale co-organisées avec les collèges et le service de santé universitaire"),
           ("Chazelot", "Projet de résidence accueil porté avec le bailleur Doubs Territoire Habitat et l'association gestionnaire Les Tilleuls"),
           ("Val-de-Roye", "Conseil local créé en 2023, diagnostic partagé en cours avec la communauté professionnelle territoriale de santé (CPTS) du Val de Roye")]
for i, (hd, bd) in enumerate(contrib):
    box_group(s, Inches(0.5 + (i % 2) * 6.3), Inches(1.6 + (i // 2) * 2.8), Inches(6.0), Inches(2.5), hd, bd, RGBColor(0x6A, 0x1B, 0x9A))

# slide 7: contacts
s = prs.slides.add_slide(prs.slide_layouts[1])
s.shapes.title.text = "Contacts"
s.placeholders[1].text = "Sophie Aubert, coordinatrice du PTSM du Haut-Sorlin : ptsm@haut-sorlin.example\nMarc Delorme, chargé de mission santé mentale, ARS Bourgogne-Franche-Comté"
prs.save(os.path.join(OUT, "2025-09-18_ars-bfc_ptsm-haut-sorlin-point-etape.pptx"))

# ---------- 3. Word docx ----------
from docx import Document
from docx.shared import Pt as DPt
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

d = Document()
d.add_heading("Protocole de coopération « Habiter et se soigner » à Saint-Oradoux", 0)
d.add_paragraph("Protocole signé le 5 novembre 2024 entre le centre communal d'action sociale (CCAS) de Saint-Oradoux, les bailleurs sociaux Sauldre Habitat et Logis du Cher, le centre hospitalier George-Sand et le Conseil local de santé mentale (CLSM) de Saint-Oradoux.")

d.add_heading("1. Contexte et objectifs", 1)
d.add_heading("1.1 Constats partagés", 2)
p = d.add_paragraph("En 2023, les bailleurs ont signalé 37 situations de locataires en grande souffrance psychique, dont 21 assorties d'une procédure d'impayés ou de troubles du voisinage. Dans 14 cas, une procédure d'expulsion locative avait déjà été engagée")
# footnote reference
run = p.add_run()
run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="1"/>'))
run.font.superscript = True
p.add_run(". Les deux quartiers prioritaires de la ville, Les Chaumes et La Croix-Blanche, concentrent 70 % de ces signalements.")
d.add_paragraph("Les professionnels de proximité, en particulier les gardiens d'immeuble et les chargés de gestion locative, se disent souvent démunis face à des comportements qu'ils ne savent pas interpréter : accumulation d'objets, cris la nuit, refus d'ouvrir la porte, factures non payées sans explication. Ils ne savent pas non plus à qui s'adresser lorsque la personne refuse tout contact.")
d.add_heading("1.2 Objectifs du protocole", 2)
d.add_paragraph("Le protocole poursuit trois objectifs : repérer plus tôt les situations de fragilité, éviter les ruptures de soins et prévenir les expulsions locatives liées aux troubles psychiques.")

d.add_heading("2. Organisation de la coopération", 1)
d.add_heading("2.1 La commission de veille", 2)
d.add_paragraph("Une Commission de veille logement et santé mentale (CVLSM) est créée. Elle se réunit le premier mardi de chaque mois au CCAS, sous la présidence de Martine Royer, vice-présidente du CCAS. Son secrétariat est assuré par Karim Benhamou, coordinateur du CLSM.")
d.add_heading("2.2 Circuit d'une situation", 2)
d.add_paragraph("Le traitement d'une situation suit le circuit suivant :")
items = [
    (0, "Signalement par le bailleur ou le CCAS, au moyen de la fiche de liaison commune"),
    (1, "la fiche est transmise au coordinateur du CLSM sous 5 jours ouvrés"),
    (1, "le locataire est informé du signalement et de ses droits"),
    (0, "Évaluation à domicile"),
    (1, "visite conjointe d'un travailleur social et d'un infirmier du CMP"),
    (1, "recherche de l'accord de la personne pour une orientation vers les soins"),
    (0, "Examen en commission et désignation d'un référent de situation"),
    (0, "Bilan de la situation à trois mois"),
]
for lvl, t in items:
    d.add_paragraph(t, style="List Bullet" if lvl == 0 else "List Bullet 2")

d.add_heading("3. Engagements des signataires", 1)
d.add_paragraph("Chaque signataire s'engage selon le tableau ci-dessous.")
t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "Signataire"; t.cell(0, 1).text = "Engagements"
t.cell(1, 0).text = "Sauldre Habitat et Logis du Cher"
t.cell(1, 1).text = "Suspendre pendant 3 mois toute nouvelle poursuite pour les situations examinées en commission."
t.cell(2, 0).text = "Centre hospitalier George-Sand"
c = t.cell(2, 1)
c.text = "Mettre à disposition du temps infirmier du CMP :"
inner = c.add_table(rows=3, cols=2)
inner.style = "Table Grid"
for r, (a, b) in enumerate([("Visites à domicile", "4 demi-journées par mois"), ("Participation à la CVLSM", "1 infirmier référent"), ("Délai de rendez-vous", "moins de 15 jours")]):
    inner.cell(r, 0).text = a; inner.cell(r, 1).text = b
t.cell(3, 0).text = "CCAS de Saint-Oradoux"
t.cell(3, 1).text = "Financer un fonds d'aide d'urgence de 15 000 € par an et assurer l'accompagnement social."

d.add_heading("4. Suivi et évaluation", 1)
d.add_heading("4.1 Indicateurs", 2)
d.add_paragraph("Le CLSM présentera chaque année au comité de pilotage le nombre de situations examinées, le nombre d'expulsions évitées, le délai moyen entre signalement et visite à domicile et le nombre de personnes entrées dans un parcours de soins.")
d.add_paragraph("Une première évaluation intermédiaire sera réalisée en juin 2026 par le CLSM, avec l'appui méthodologique de l'Observatoire régional de la santé. Elle s'appuiera sur les fiches de liaison, les comptes rendus de la commission et des entretiens avec une dizaine de locataires accompagnés, volontaires.")
d.add_heading("4.2 Durée", 2)
d.add_paragraph("Le protocole est conclu pour une durée de trois ans, de 2025 à 2027. Il pourra être étendu à la commune voisine de Mareuil-sur-Sauldre après la première évaluation.")
d.save("/tmp/nd6.docx")

# add footnotes part
d = Document("/tmp/nd6.docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
fn_xml = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Source : bilan de la commission de coordination des actions de prévention des expulsions locatives (CCAPEX) du Cher, avril 2024.</w:t></w:r></w:p></w:footnote>
</w:footnotes>'''.encode("utf-8")
part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", fn_xml, d.part.package)
d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
d.save(os.path.join(OUT, "2024-11-05_ccas-saint-oradoux_protocole-habiter-se-soigner.docx"))
print("ok")
