# -*- coding: utf-8 -*-
"""Génère le diaporama PowerPoint (.pptx, python-pptx) du séminaire des élus municipaux de Bréville-sur-Arbonne
du jeudi 5 février 2026 : « Santé mentale et situations complexes : ce que peut faire le maire ».

Mise en page voulue : 18 diapositives 16:9 sur disposition vierge, chaque texte dans une zone de texte ;
numéro « n / 18 » imprimé en bas à droite (zone de texte, pas de champ) ; processus façon SmartArt dessiné en
formes séparées (rectangles arrondis numérotés) reliées par des connecteurs fléchés ; deux tableaux (motifs de
saisine 2024 / 2025, trois modes de soins sans consentement) ; chiffres clés dans des formes séparées de leurs
libellés ; notes de l'orateur sur chaque diapositive, avec des faits qui ne figurent que là.

Tout est inventé (ville, département, organismes, personnes, chiffres, numéros en 03 99 00 / 06 99 00, domaines
.example).
"""
import os

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-05_ville-breville_seminaire-elus-sante-mentale.pptx")

NAVY = RGBColor(0x1F, 0x4E, 0x5F)
TEAL = RGBColor(0x2E, 0x7D, 0x86)
LIGHT = RGBColor(0xE3, 0xF0, 0xF2)
GREY = RGBColor(0x5F, 0x6B, 0x73)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
N = 18

prs = Presentation()
prs.slide_width = Emu(12192000)
prs.slide_height = Emu(6858000)
BLANK = prs.slide_layouts[6]
CM = 360000


def tb(slide, x, y, w, h, text, size=18, bold=False, color=NAVY, align=None, name=None):
    box = slide.shapes.add_textbox(Emu(int(x * CM)), Emu(int(y * CM)), Emu(int(w * CM)), Emu(int(h * CM)))
    if name:
        box.name = name
    tf = box.text_frame
    tf.word_wrap = True
    lines = text if isinstance(text, list) else [text]
    for i, ln in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = ln
        if align:
            p.alignment = align
        for r in p.runs:
            r.font.size = Pt(size)
            r.font.bold = bold
            r.font.color.rgb = color
    return box


def new_slide(num, title, notes):
    s = prs.slides.add_slide(BLANK)
    bar = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Emu(int(0.35 * CM)))
    bar.fill.solid()
    bar.fill.fore_color.rgb = TEAL
    bar.line.fill.background()
    if title:
        tb(s, 1.2, 0.8, 31, 1.8, title, size=28, bold=True, name="Titre")
    tb(s, 1.2, 18.0, 22, 0.8, "Séminaire des élus — Bréville-sur-Arbonne — 5 février 2026", size=10, color=GREY,
       name="Pied de page")
    tb(s, 29.5, 18.0, 3.0, 0.8, "%d / %d" % (num, N), size=11, color=GREY, align=PP_ALIGN.RIGHT,
       name="Numéro de diapositive")
    s.notes_slide.notes_text_frame.text = notes
    return s


def bullets(s, items, x=1.5, y=3.2, w=30, h=13, size=18):
    return tb(s, x, y, w, h, ["• " + t if not t.startswith("  ") else "     – " + t.strip() for t in items],
              size=size, color=RGBColor(0x22, 0x22, 0x22))


def keyfig(s, x, y, value, label, w=9.5):
    card = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(int(x * CM)), Emu(int(y * CM)), Emu(int(w * CM)),
                              Emu(int(4.6 * CM)))
    card.fill.solid()
    card.fill.fore_color.rgb = LIGHT
    card.line.fill.background()
    card.name = "Carte"
    tb(s, x + 0.3, y + 0.3, w - 0.6, 2.0, value, size=40, bold=True, color=TEAL, align=PP_ALIGN.CENTER,
       name="Chiffre clé")
    tb(s, x + 0.3, y + 2.5, w - 0.6, 1.9, label, size=13, color=NAVY, align=PP_ALIGN.CENTER, name="Libellé")


def table(s, rows, x, y, widths, size=13):
    shp = s.shapes.add_table(len(rows), len(rows[0]), Emu(int(x * CM)), Emu(int(y * CM)),
                             Emu(int(sum(widths) * CM)), Emu(int(0.9 * CM * len(rows))))
    t = shp.table
    for j, w in enumerate(widths):
        t.columns[j].width = Emu(int(w * CM))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = str(v)
            for p in c.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
                    run.font.bold = i == 0 or r[0].startswith("Total")
    return shp


def arrow(s, x1, y1, x2, y2):
    c = s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Emu(int(x1 * CM)), Emu(int(y1 * CM)), Emu(int(x2 * CM)),
                               Emu(int(y2 * CM)))
    c.line.color.rgb = TEAL
    c.line.width = Pt(2.25)
    ln = c.line._get_or_add_ln()
    tail = etree.SubElement(ln, "{http://schemas.openxmlformats.org/drawingml/2006/main}tailEnd")
    tail.set("type", "triangle")
    c.name = "Flèche"
    return c


# 1 ---------------------------------------------------------------------------------------------------------------
s = new_slide(1, None, "Accueil par Nadia Fontanel, maire, à 18 h. Durée prévue : 1 h 15 questions comprises. "
                       "23 élus inscrits, dont 9 élus de quartier. Rappeler que le séminaire n'est pas public.")
tb(s, 2, 4.5, 29, 3.5, "Santé mentale et situations complexes : ce que peut faire le maire", size=38, bold=True)
tb(s, 2, 8.6, 29, 1.4, "Séminaire des élus municipaux — jeudi 5 février 2026, salle des mariages de l'hôtel de ville",
   size=20, color=TEAL)
tb(s, 2, 11.0, 29, 3.0, ["Maëlle Rochas, coordinatrice du conseil local de santé mentale (CLSM)",
                         "Dr Hélène Marchetti, cheffe du pôle de psychiatrie adulte, centre hospitalier Les Ormeaux",
                         "Bernard Oudin, adjoint au maire chargé de la santé et des solidarités"], size=16, color=GREY)
# 2
s = new_slide(2, "Au programme", "Les supports seront envoyés par courriel à tous les élus le lendemain du séminaire.")
bullets(s, ["1. La cellule de concertation des situations complexes en 2025",
            "2. Incurie, troubles de voisinage, ruptures de soins : de quoi parle-t-on ?",
            "3. Soins psychiatriques sans consentement : le rôle du maire",
            "4. Former les personnels de proximité des bailleurs",
            "5. Ce qui reste difficile, et nos perspectives pour 2026"], size=22)
# 3
s = new_slide(3, "Le CLSM de Bréville-sur-Arbonne en bref",
              "Le poste de coordination est financé à 50 % par l'ARS Auvergne-Rhône-Alpes et à 50 % par la ville, "
              "soit 48 000 € par an charges comprises. Le CLSM a été installé le 14 mai 2019.")
bullets(s, ["Un espace de concertation présidé par le maire, co-animé avec le centre hospitalier Les Ormeaux",
            "Créé en 2019 ; une assemblée plénière par an, un comité de pilotage par trimestre",
            "Une coordinatrice à temps plein, dont un mi-temps consacré à la cellule de concertation",
            "Quatre groupes de travail : logement, jeunes, personnes âgées, déstigmatisation",
            "Une ville de 58 300 habitants, deux quartiers prioritaires : Les Tilleuls (4 860 habitants) et "
            "Champ-Fleuri (3 270 habitants)"])
# 4
s = new_slide(4, "La cellule de concertation en 2025 : les chiffres clés",
              "Au webinaire régional du 13 novembre, nous avions annoncé 51 situations depuis janvier : l'année "
              "s'est terminée à 61. Une situation correspond à un ménage : les 61 situations concernent 68 "
              "personnes.")
keyfig(s, 1.2, 3.2, "61", "situations présentées en 2025 (+17 % par rapport à 2024)")
keyfig(s, 11.4, 3.2, "47", "situations clôturées dans l'année")
keyfig(s, 21.6, 3.2, "36", "situations en cours au 31 décembre 2025")
keyfig(s, 1.2, 9.4, "11", "séances mensuelles (pas de séance en août)")
keyfig(s, 11.4, 9.4, "57 %", "des situations concernent un habitant d'un quartier prioritaire")
keyfig(s, 21.6, 9.4, "10,9 jours", "délai moyen entre la fiche de saisine et le premier examen (18 jours en 2024)")
# 5
s = new_slide(5, "Trois ans de cellule",
              "Examens sans nom (la personne refuse d'être présentée) : 7 en 2024 et 6 en 2025. La durée médiane "
              "d'accompagnement d'une situation par la cellule est de 4,5 mois en 2025.")
bullets(s, ["Première séance en septembre 2022, après l'incendie d'un logement encombré aux Tilleuls",
            "2023 : 38 situations présentées, 33 clôturées",
            "2024 : 52 situations présentées, 44 clôturées",
            "2025 : 61 situations présentées, 47 clôturées",
            "Depuis la création : 162 situations présentées à la cellule",
            "En 2025, 62 % des personnes vivaient seules et 34 % avaient 60 ans ou plus"])
# 6 processus
s = new_slide(6, "Le parcours d'une situation",
              "Depuis le 1er juillet 2025, la fiche de saisine doit parvenir à la coordinatrice sept jours avant la "
              "séance, au lieu de dix. Une séance examine au plus six nouvelles situations.")
STEPS = ["Repérage par un professionnel", "Information de la personne", "Fiche de saisine (J-7)",
         "Examen en cellule", "Plan d'action et référent de parcours", "Suivi à 1 mois puis tous les 3 mois, "
                                                                          "jusqu'à la clôture"]
bw, gap, y0 = 4.4, 1.0, 7.0
for i, st in enumerate(STEPS):
    x = 1.2 + i * (bw + gap)
    shp = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(int(x * CM)), Emu(int(y0 * CM)), Emu(int(bw * CM)),
                             Emu(int(4.2 * CM)))
    shp.fill.solid()
    shp.fill.fore_color.rgb = NAVY if i % 2 == 0 else TEAL
    shp.line.fill.background()
    shp.name = "Étape %d" % (i + 1)
    shp.text_frame.word_wrap = True
    p = shp.text_frame.paragraphs[0]
    p.text = st
    p.alignment = PP_ALIGN.CENTER
    for r in p.runs:
        r.font.size = Pt(14)
        r.font.color.rgb = WHITE
        r.font.bold = True
    num = s.shapes.add_shape(MSO_SHAPE.OVAL, Emu(int((x + bw / 2 - 0.6) * CM)), Emu(int((y0 - 1.6) * CM)),
                             Emu(int(1.2 * CM)), Emu(int(1.2 * CM)))
    num.fill.solid()
    num.fill.fore_color.rgb = LIGHT
    num.line.color.rgb = TEAL
    num.text_frame.text = str(i + 1)
    num.text_frame.paragraphs[0].runs[0].font.color.rgb = NAVY
    num.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
    if i < len(STEPS) - 1:
        arrow(s, x + bw + 0.1, y0 + 2.1, x + bw + gap - 0.1, y0 + 2.1)
tb(s, 1.2, 13.0, 31, 2.0, "La cellule ne traite pas les urgences : en cas de danger immédiat, 15 ou 17.", size=16,
   color=TEAL, bold=True)
# 7
s = new_slide(7, "Qui siège à la cellule ?",
              "Présence en 2025 : le CCAS et Arbonne Habitat ont assisté aux 11 séances, le CMP à 10, la police "
              "municipale à 8 et la MSP des Tilleuls à 6.")
bullets(s, ["CCAS et service communal d'hygiène et de santé (SCHS)", "Police municipale (pour les seules situations "
            "qui la concernent)", "Bailleurs sociaux : Arbonne Habitat, Logivie Alpes (depuis mars 2025)",
            "CMP Les Glycines, secteur de psychiatrie adulte Bréville-Nord", "Maison départementale des solidarités",
            "ATVA, mandataire judiciaire (depuis mars 2025)", "Maison de santé pluriprofessionnelle des Tilleuls"],
        w=19)
box = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(int(22 * CM)), Emu(int(4 * CM)), Emu(int(10 * CM)),
                         Emu(int(6 * CM)))
box.fill.solid()
box.fill.fore_color.rgb = LIGHT
box.line.color.rgb = TEAL
box.name = "Encadré"
tb(s, 22.4, 4.4, 9.2, 5.4, ["Aucun élu ne siège à la cellule.", "L'adjoint à la santé est informé des seules "
                            "situations pouvant conduire à un arrêté municipal provisoire."], size=15)
# 8 tableau
s = new_slide(8, "Pourquoi saisit-on la cellule ?",
              "Sur les 17 situations d'incurie de 2025, 3 relevaient d'un syndrome de Noé et 11 concernaient des "
              "personnes de 60 ans ou plus.")
table(s, [["Motif principal de saisine", "2024", "2025"],
          ["Incurie dans le logement", "13", "17"], ["Troubles de voisinage", "12", "14"],
          ["Rupture de soins psychiatriques", "11", "12"], ["Risque d'expulsion locative", "8", "9"],
          ["Isolement, personne âgée vulnérable", "5", "6"], ["Autres motifs", "3", "3"],
          ["Total", "52", "61"]], 3, 3.4, [15, 5, 5], size=15)
# 9
s = new_slide(9, "Incurie : Diogène, Noé… de quoi parle-t-on ?",
              "Le SCHS a reçu 23 signalements d'incurie en 2025 sur l'ensemble de la ville ; tous ne relèvent pas "
              "de la cellule.")
bullets(s, ["Syndrome de Diogène : accumulation d'objets ou de déchets, négligence extrême de soi et du logement, "
            "refus de l'aide proposée",
            "Syndrome de Noé : accumulation d'animaux en grand nombre, sans pouvoir en prendre soin",
            "Syllogomanie (trouble d'accumulation) : besoin compulsif d'accumuler, sans forcément d'incurie",
            "Réponse : visite conjointe SCHS + bailleur + infirmier du CMP, puis accompagnement dans la durée"],
        w=19)
keyfig(s, 22, 4.2, "7 sur 10", "logements nettoyés sans accompagnement de nouveau encombrés dans l'année")
# 10
s = new_slide(10, "Troubles de voisinage : sortir du « tout courrier »",
              "Bréville Médiation a conduit 31 médiations de voisinage en 2025 dans le parc social, dont 5 pour des "
              "situations suivies en cellule.")
bullets(s, ["14 situations présentées en 2025 pour des troubles de voisinage",
            "Souvent une rupture de traitement derrière les nuisances",
            "Avant la saisine : rencontre du locataire par le bailleur, médiation proposée",
            "En séance : jamais le nom des voisins plaignants",
            "Sur 11 situations clôturées en 2025, 3 ont abouti à un relogement ou une mutation"])
# 11 tableau
s = new_slide(11, "Soins psychiatriques sans consentement : trois modes d'admission",
              "En 2025, 4 des 47 situations clôturées l'ont été par des soins sans consentement : 2 SDRE (dont 1 "
              "après arrêté municipal provisoire), 1 SDT et 1 SPI. Le juge des libertés et de la détention contrôle "
              "toute hospitalisation complète avant le douzième jour.")
table(s, [["Mode", "À l'initiative de", "Qui décide", "Certificats médicaux"],
          ["SDT — soins à la demande d'un tiers", "un proche (le tiers)", "le directeur de l'établissement",
           "deux (un seul en cas d'urgence)"],
          ["SPI — soins en cas de péril imminent", "sans tiers disponible", "le directeur de l'établissement",
           "un, d'un médecin extérieur à l'établissement"],
          ["SDRE — soins à la demande du représentant de l'État", "le préfet, parfois après un arrêté du maire",
           "le préfet, par arrêté", "un, d'un psychiatre extérieur à l'établissement"]],
      1.2, 3.4, [8.5, 7.5, 7.5, 8.0], size=13)
# 12
s = new_slide(12, "Le rôle du maire : l'arrêté municipal provisoire",
              "À Bréville, l'arrêté du maire du 3 juillet 2023 délègue cette compétence à Bernard Oudin et aux "
              "adjoints d'astreinte. Depuis la décision du Conseil constitutionnel du 6 octobre 2011, la notoriété "
              "publique ne suffit plus : un avis médical est indispensable.")
bullets(s, ["Article L. 3213-2 du code de la santé publique",
            "Conditions : troubles mentaux manifestes et danger imminent pour la sûreté des personnes, attesté par "
            "un avis médical",
            "Le maire prend les mesures provisoires nécessaires (conduite à l'hôpital)",
            "Il en réfère au préfet dans les 24 heures",
            "Le préfet décide d'une SDRE, ou non ; sans décision, la mesure est caduque au bout de 48 heures",
            "Le maire n'hospitalise pas : il protège, provisoirement"])
# 13
s = new_slide(13, "La nuit et le week-end : le circuit de l'astreinte",
              "La mallette d'astreinte contient le modèle d'arrêté, la liste des médecins de garde et le numéro de "
              "la permanence préfectorale : 06 99 00 27 70.")
bullets(s, ["La police municipale (03 99 00 41 00) ou la police nationale prévient l'élu d'astreinte",
            "Un médecin examine la personne et rédige l'avis médical (médecin de garde, SAMU, urgences)",
            "L'élu signe l'arrêté provisoire ; transport vers les urgences du centre hospitalier Les Ormeaux",
            "L'arrêté est transmis sans attendre à la préfecture, avec l'avis médical",
            "Le lendemain : information de la coordinatrice du CLSM pour le suivi"])
# 14 chiffres par lieu
s = new_slide(14, "Les arrêtés provisoires et les SDRE en chiffres",
              "Dans le département, 62 arrêtés municipaux provisoires ont été pris en 2024, dont 24 à Vaurenne, la "
              "préfecture. L'arrêté de 2025 devenu caduc : le psychiatre des urgences n'a pas confirmé la nécessité "
              "de soins.")
keyfig(s, 1.2, 3.2, "7", "arrêtés municipaux provisoires à Bréville en 2025 (9 en 2024, 11 en 2023)")
keyfig(s, 11.4, 3.2, "6 sur 7", "confirmés par un arrêté préfectoral de SDRE en 2025")
keyfig(s, 21.6, 3.2, "41", "SDRE pour 100 000 habitants de 18 ans et plus dans le Val-d'Arbonne (2024)")
keyfig(s, 6.3, 9.4, "33", "en Auvergne-Rhône-Alpes (2024, même indicateur)")
keyfig(s, 16.5, 9.4, "36", "en France (2024, même indicateur)")
# 15
s = new_slide(15, "Former les personnels de proximité des bailleurs",
              "Financement : contrat de ville, 6 400 € par an. Objectif 2026 : 30 agents formés, en ouvrant la "
              "formation aux agents d'accueil du CCAS.")
bullets(s, ["Formation de deux jours « Repérer et réagir face aux troubles psychiques dans le logement »",
            "2024 : 18 agents formés (Arbonne Habitat)",
            "2025 : 26 agents formés en trois sessions (13 d'Arbonne Habitat, 13 de Logivie Alpes)",
            "44 gardiens et chargés de clientèle formés depuis 2024 ; satisfaction moyenne 4,6 sur 5",
            "Sessions 2026 : 19-20 mars, 11-12 juin et 26-27 novembre"])
# 16
s = new_slide(16, "Ce qui reste difficile",
              "Le centre hospitalier Les Ormeaux recrute un second psychiatre pour le CMP Les Glycines, arrivée "
              "prévue en mai 2026.")
bullets(s, ["Délai pour un premier rendez-vous avec un psychiatre au CMP Les Glycines : 10 semaines en janvier "
            "2026",
            "Refus persistants : 5 situations clôturées sans solution en 2025",
            "Peu de logements adaptés pour les personnes qui ne peuvent pas vivre seules",
            "Les nuits et les week-ends, où tout repose sur l'astreinte"])
# 17
s = new_slide(17, "Perspectives 2026",
              "Première séance au nouveau format : mardi 3 mars 2026. Le formulaire de saisine en ligne sécurisé "
              "doit remplacer la fiche Word en septembre 2026.")
bullets(s, ["À partir de mars 2026, la cellule se réunit le premier mardi du mois, de 14 h à 16 h 30, à la "
            "mairie annexe de Champ-Fleuri",
            "Fiche de saisine dématérialisée",
            "Ouverture de la formation aux agents d'accueil du CCAS",
            "Ce que nous attendons des élus : connaître le circuit de l'astreinte, orienter les habitants vers le "
            "CCAS, ne jamais promettre une hospitalisation"])
# 18
s = new_slide(18, "Merci ! Vos questions",
              "Recueillir les questions écrites sur les papillons ; réponse écrite à tous les élus sous quinze jours.")
tb(s, 1.5, 4, 30, 8, ["Maëlle Rochas, coordinatrice du CLSM : 03 99 00 41 27 — 06 99 00 18 63",
                      "clsm@breville-sur-arbonne.example",
                      "Police municipale (astreinte des élus) : 03 99 00 41 00",
                      "CCAS, accueil : 03 99 00 41 10"], size=20)

assert len(prs.slides) == N
prs.core_properties.title = "Santé mentale et situations complexes : ce que peut faire le maire"
prs.core_properties.author = "Maëlle Rochas"
prs.save(OUT)
print("écrit :", OUT)
