# -*- coding: utf-8 -*-
"""Génère le diaporama du bilan 2025 de l'équipe mobile psychiatrie précarité (EMPP) du centre hospitalier de
Vireval, présenté au comité de pilotage du 5 février 2026 (.pptx, python-pptx, 15 diapositives, 16:9).

Mise en page : titres dans les espaces réservés ; « cartes » de chiffres clés et schéma des partenaires faits de
formes groupées (rectangle + zone de texte dans un même groupe) ; un tableau (activité 2023-2025) ; notes de
l'orateur sur la plupart des diapositives, dont certaines portent des faits absents des diapositives ; une
diapositive « Témoignage » dont le seul texte est une zone de texte posée sur l'espace réservé d'image (photo
générée), les espaces réservés de titre et de légende ayant été supprimés.

Tout est inventé (ville, personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import io
import os

from PIL import Image, ImageDraw, ImageFilter
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu, Inches, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-05_ch-vireval_empp-bilan-2025-copil.pptx")

BLUE = RGBColor(0x1F, 0x4E, 0x79)
LIGHT = RGBColor(0xE8, 0xF1, 0xFA)


def photo():
    """Image « photo » de nuit (pont, lampadaires) générée, floutée."""
    im = Image.new("RGB", (1280, 720), (18, 24, 44))
    d = ImageDraw.Draw(im)
    for y in range(720):
        c = int(18 + 40 * y / 720)
        d.line([(0, y), (1280, y)], fill=(c, c + 6, c + 26))
    d.rectangle([0, 430, 1280, 470], fill=(70, 70, 80))  # tablier du pont
    for x in range(60, 1280, 160):
        d.rectangle([x, 470, x + 24, 720], fill=(55, 55, 62))
        d.ellipse([x - 8, 300, x + 32, 340], fill=(255, 214, 140))
        d.line([(x + 12, 340), (x + 12, 430)], fill=(90, 90, 90), width=5)
    d.rectangle([0, 600, 1280, 720], fill=(30, 44, 70))  # rivière
    im = im.filter(ImageFilter.GaussianBlur(3))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


def title_slide(prs, title, body_lines, notes=None, layout=1):
    s = prs.slides.add_slide(prs.slide_layouts[layout])
    s.shapes.title.text = title
    if body_lines is not None and layout == 1:
        tf = s.placeholders[1].text_frame
        tf.text = body_lines[0]
        for ln in body_lines[1:]:
            p = tf.add_paragraph()
            if ln.startswith("  "):
                p.level = 1
            p.text = ln.strip()
        for p in tf.paragraphs:
            for r in p.runs:
                r.font.size = Pt(18)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    return s


def card_group(slide, x, y, w, h, big, label, name):
    g = slide.shapes.add_group_shape()
    g.name = name
    rect = g.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, x, y, w, h)
    rect.fill.solid()
    rect.fill.fore_color.rgb = LIGHT
    rect.line.color.rgb = BLUE
    tb = g.shapes.add_textbox(x + Inches(0.1), y + Inches(0.1), w - Inches(0.2), h - Inches(0.2))
    tf = tb.text_frame
    tf.word_wrap = True
    tf.text = big
    tf.paragraphs[0].runs[0].font.size = Pt(36)
    tf.paragraphs[0].runs[0].font.bold = True
    tf.paragraphs[0].runs[0].font.color.rgb = BLUE
    p = tf.add_paragraph()
    p.text = label
    p.runs[0].font.size = Pt(14)
    return g


def build():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)

    # 1
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Équipe mobile psychiatrie précarité (EMPP) — bilan 2025"
    s.placeholders[1].text = ("Comité de pilotage EMPP — ARS Hauts-de-France, DDETS de Scarpe-Sensée, Ville de "
                              "Vireval, centre hospitalier — jeudi 5 février 2026\nDr Thomas Vandamme, psychiatre "
                              "responsable de l'EMPP ; Mélanie Caron, infirmière coordinatrice")
    s.notes_slide.notes_text_frame.text = ("Accueil : remercier Mme Leclercq (ARS, délégation départementale) et "
                                           "M. Hennebelle (SIAO Cap Logis) d'être présents. Durée prévue : 40 min.")
    # 2
    title_slide(prs, "Sommaire", ["L'EMPP en bref", "L'activité 2025 en chiffres", "Qui rencontrons-nous, et où ?",
                                  "Orientations et parcours", "Partenariats et interprétariat",
                                  "Difficultés, moyens et perspectives 2026"])
    # 3 : schéma en formes groupées
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "L'EMPP en bref"
    items = [("Depuis le 1er mars 2019", "équipe du pôle de psychiatrie adulte du CH de Vireval"),
             ("Aller vers", "rue, maraudes, accueils de jour, CHRS, hôtels, CADA et HUDA"),
             ("Faire le lien", "vers la PASS psy, le CMP, le médecin traitant, le CSAPA"),
             ("Soutenir les équipes", "analyse de situations avec les travailleurs sociaux")]
    for i, (a, b) in enumerate(items):
        card_group(s, Inches(0.5 + 3.15 * i), Inches(2.0), Inches(2.95), Inches(2.6), a, b, "Bloc mission %d" % (i + 1))
    tb = s.shapes.add_textbox(Inches(0.5), Inches(5.2), Inches(12.3), Inches(1.2))
    tb.text_frame.text = ("Interventions du lundi au vendredi, de 9 h à 17 h 30, à la demande des professionnels. "
                          "L'EMPP n'est pas joignable directement par le public.")
    s.notes_slide.notes_text_frame.text = (
        "Rappeler que l'EMPP relève de la circulaire du 23 novembre 2005 sur les équipes mobiles spécialisées en "
        "psychiatrie. Équipe au 31 décembre 2025 : 5,2 équivalents temps plein, soit 0,5 ETP de psychiatre, "
        "0,8 ETP de psychologue, 3 ETP d'infirmiers et 0,9 ETP de travailleur pair (poste créé le 1er septembre 2025).")
    # 4 : cartes de chiffres clés (groupes)
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "2025 en quatre chiffres"
    cards = [("517", "personnes rencontrées (468 en 2024)"), ("31 %", "de femmes (28 % en 2024)"),
             ("2 310", "interventions (entretiens, accompagnements, concertations)"),
             ("26", "maraudes de nuit avec le SAMU social")]
    for i, (a, b) in enumerate(cards):
        card_group(s, Inches(0.5 + 3.15 * i), Inches(2.2), Inches(2.95), Inches(2.8), a, b, "Carte %d" % (i + 1))
    s.notes_slide.notes_text_frame.text = (
        "Sur les 517 personnes, 84 ont été rencontrées pour la première fois lors d'une maraude de nuit. Le chiffre "
        "de « plus de 500 » annoncé à la radio en novembre était une projection ; le chiffre définitif est arrêté "
        "au 31 décembre 2025.")
    # 5 : tableau
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Activité 2023 – 2025"
    data = [["Indicateur", "2023", "2024", "2025"],
            ["Personnes rencontrées (file active)", "402", "468", "517"],
            ["dont femmes", "104 (26 %)", "131 (28 %)", "160 (31 %)"],
            ["dont nouvelles personnes", "251", "287", "296"],
            ["Interventions", "1 804", "2 012", "2 310"],
            ["Orientations vers la PASS psy", "71", "98", "124"],
            ["Hospitalisations en psychiatrie", "29", "33", "37"],
            ["Maraudes de nuit avec le SAMU social", "24", "25", "26"]]
    gf = s.shapes.add_table(len(data), 4, Inches(0.8), Inches(1.7), Inches(11.7), Inches(4.6))
    gf.name = "Tableau activité"
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell = gf.table.cell(i, j)
            cell.text = v
            cell.text_frame.paragraphs[0].runs[0].font.size = Pt(16)
    s.notes_slide.notes_text_frame.text = (
        "Les interventions comptent chaque acte : entretien, accompagnement physique, concertation avec une équipe. "
        "La hausse des orientations vers la PASS psy s'explique en partie par la fermeture estivale de l'EMPP du 4 au "
        "22 août 2025.")
    # 6
    title_slide(prs, "Qui rencontrons-nous ?", [
        "Âge moyen : 41 ans ; 12 % ont moins de 25 ans",
        "Situation de logement au premier contact :",
        "  à la rue ou en abri de fortune : 38 %", "  hôtel (115) : 27 %", "  CHRS et hébergement d'insertion : 19 %",
        "  autres (tiers, squat, CADA, HUDA) : 16 %",
        "42 % présentent une addiction associée (alcool surtout)",
        "Un tiers n'a jamais eu de suivi psychiatrique"],
        notes="La part des personnes à l'hôtel augmente (21 % en 2024) : familles et femmes seules orientées par le "
              "SIAO. L'EMPP intervient dans trois hôtels de Vireval.")
    # 7
    title_slide(prs, "Où intervenons-nous ? (part des interventions 2025)", [
        "Rue et maraudes : 34 %", "Accueil de jour La Halte (Les Glacis) : 22 %", "CHRS Le Phare : 17 %",
        "Hôtels (trois établissements) : 15 %", "CADA et HUDA : 7 %", "Autres lieux : 5 %"],
        notes="Les quartiers prioritaires représentent 29 % des interventions : 21 % aux Glacis (surtout La Halte) "
              "et 8 % au Moulin-Blanc.")
    # 8
    title_slide(prs, "Orientations et parcours", [
        "124 orientations vers la PASS psy", "71 orientations vers un CMP de secteur",
        "37 hospitalisations, dont 11 en soins sans consentement", "23 orientations vers le CSAPA",
        "Sorties d'hospitalisation vers la rue ou le 115 : 14 en 2024, 6 en 2025"],
        notes="La baisse des sorties sans solution tient à la fiche de liaison hôpital – SIAO mise en place en "
              "mars 2025 : l'assistante sociale du service prévient le SIAO dès l'entrée si la personne n'a pas de "
              "solution de logement.")
    # 9 : témoignage — seul texte = zone de texte posée sur l'espace réservé d'image
    s = prs.slides.add_slide(prs.slide_layouts[8])
    for ph in list(s.placeholders):
        if ph.placeholder_format.type != 18:  # on ne garde que l'image
            ph._element.getparent().remove(ph._element)
    pic_ph = [ph for ph in s.placeholders][0]
    pic = pic_ph.insert_picture(photo())
    pic.left, pic.top, pic.width, pic.height = 0, 0, prs.slide_width, prs.slide_height
    tb = s.shapes.add_textbox(Inches(1.0), Inches(4.6), Inches(11.3), Inches(2.2))
    tb.name = "Citation"
    tb.fill.solid()
    tb.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    tf = tb.text_frame
    tf.word_wrap = True
    tf.text = ("« Ils sont venus quatre fois avant que j'accepte de parler. Aujourd'hui, j'ai un studio et je vois "
               "le psychiatre tous les mois. »")
    tf.paragraphs[0].runs[0].font.size = Pt(24)
    tf.paragraphs[0].runs[0].font.italic = True
    p = tf.add_paragraph()
    p.text = ("M. D., 56 ans, rencontré sous le pont de la Scarpe en février 2025, relogé en décembre 2025 en "
              "intermédiation locative")
    p.runs[0].font.size = Pt(14)
    s.notes_slide.notes_text_frame.text = ("Témoignage recueilli par Rachid Benali, travailleur pair, avec l'accord "
                                           "écrit de M. D. Photo : pont de la Scarpe, banque d'images du CH.")
    # 10 : partenaires en formes groupées
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Partenariats"
    parts = [("SAMU social (Le Phare)", "maraude de nuit commune un mercredi sur deux"),
             ("SIAO Cap Logis", "commission hebdomadaire des situations prioritaires, le mardi"),
             ("PASS psy", "relais vers les soins sans droits ouverts"),
             ("CLSM", "cellule de situations complexes : 19 situations présentées par l'EMPP en 2025")]
    for i, (a, b) in enumerate(parts):
        g = card_group(s, Inches(0.5 + 3.15 * i), Inches(2.0), Inches(2.95), Inches(3.0), a, b, "Partenaire %d" % i)
        g.shapes[1].text_frame.paragraphs[0].runs[0].font.size = Pt(20)
    s.notes_slide.notes_text_frame.text = ("Le CCAS et l'accueil de jour La Halte sont aussi des partenaires "
                                           "quotidiens ; convention de partenariat avec La Halte signée le "
                                           "12 mai 2025.")
    # 11
    title_slide(prs, "Interprétariat", [
        "212 interventions avec un interprète professionnel (9 % des interventions)",
        "Surtout par téléphone, avec l'association Langues en Partage",
        "Langues : arabe, dari, pachto, tigrinya, géorgien, roumain",
        "Interprétariat par téléphone dans les QPV financé par le contrat de ville"],
        notes="En 2024, 131 interventions avec interprète (7 %). Pas de recours aux proches pour traduire, sauf "
              "urgence vitale.")
    # 12
    title_slide(prs, "Difficultés 2025", [
        "Fermeture estivale du 4 au 22 août (congés)", "Aucune intervention le week-end",
        "Saturation du 115 : peu de solutions d'hébergement à proposer",
        "Délai d'un premier rendez-vous médical en CMP : 7 semaines"],
        notes="Le délai de 7 semaines concerne le CMP adultes du secteur Vireval-Nord ; il est de 4 semaines au CMP "
              "Vireval-Sud (Les Tilleuls).")
    # 13
    title_slide(prs, "Moyens et financement 2025", [
        "5,2 ETP au 31 décembre 2025", "Budget : 427 000 €",
        "  dotation annuelle de financement (DAF) psychiatrie : 392 000 €",
        "  ARS, fonds d'intervention régional (FIR) : 35 000 € (travailleur pair)",
        "Véhicule : Kangoo électrique mis à disposition par la Ville depuis juin 2025"],
        notes="Ne pas confondre avec le FIR de la PASS psy (285 000 € en 2025), qui relève d'une autre enveloppe. "
              "Le FIR du travailleur pair est attribué en année pleine ; 2025 ne compte que quatre mois de salaire, "
              "le reliquat est reporté sur 2026.")
    # 14
    title_slide(prs, "Perspectives 2026", [
        "Expérimenter une présence le samedi, à partir du 4 avril 2026",
        "  demande de financement FIR : 62 000 €",
        "Groupe de parole pour les femmes hébergées à l'hôtel, avec la PASS psy",
        "Former 30 veilleurs de nuit des CHRS au repérage de la crise suicidaire",
        "Supprimer la fermeture estivale (remplacements)"],
        notes="La présence du samedi se fera de 10 h à 16 h, en binôme infirmier et travailleur pair, au départ de "
              "l'accueil de jour La Halte.")
    # 15
    title_slide(prs, "Merci — contacts", [
        "Secrétariat de l'EMPP (professionnels uniquement) : 03 99 00 41 35",
        "empp@ch-vireval.example",
        "Dr Thomas Vandamme, psychiatre responsable ; Mélanie Caron, infirmière coordinatrice"])
    prs.save(OUT)
    print(OUT, len(prs.slides), "diapositives")


if __name__ == "__main__":
    build()
