# -*- coding: utf-8 -*-
"""Génère le diaporama PowerPoint (.pptx, python-pptx) du programme des SISM 2025 de Port-Ardelle
(« Parlons-en sans détour », du 6 au 19 octobre 2025), diffusé par le CLSM le 15 septembre 2025.

Mise en page : format 16:9, 17 diapositives ; diapositive de titre sur fond coloré ; diapositive « Les SISM,
c'est quoi ? » à puces ; deux diapositives d'agenda en tableau (date / horaire / rendez-vous / lieu) ; une
diapositive par événement (11) avec un tableau clé / valeur à gauche et un bloc de texte à droite ; diapositive
des partenaires sur deux colonnes ; diapositive de clôture avec les contacts ; pied de page et numéro « n / 17 ».
"""
import os

from pptx import Presentation
from pptx.util import Cm, Pt
from pptx.dml.color import RGBColor
from pptx.enum.text import PP_ALIGN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-15_clsm-port-ardelle_programme-sism-2025.pptx")

TEAL = RGBColor(0x0b, 0x6e, 0x79)
SAND = RGBColor(0xf4, 0xe9, 0xd8)
DARK = RGBColor(0x22, 0x22, 0x22)
WHITE = RGBColor(0xff, 0xff, 0xff)
FOOT = "SISM 2025 · Port-Ardelle · « Parlons-en sans détour » · CLSM de Port-Ardelle"

AGENDA_1 = [
    ("Lun. 6 oct.", "18 h 00", "Lancement officiel et exposition « Visages »", "Hall de l'hôtel de ville"),
    ("Mer. 8 oct.", "14 h 00 – 17 h 00", "Théâtre-forum « Dans ma tête » (séance 1)", "Centre social des Salines"),
    ("Jeu. 9 oct.", "12 h 00 – 13 h 00", "Émission en direct « Parlons-en »", "Radio Estran, 94.2 FM"),
    ("Ven. 10 oct.", "10 h 00", "Signature de la charte « Médias et santé mentale »", "Salle du conseil municipal"),
    ("Sam. 11 oct.", "9 h 30 – 12 h 30", "Village santé mentale", "Marché de la Vigie"),
]
AGENDA_2 = [
    ("Mar. 14 oct.", "14 h 00 – 17 h 00", "Atelier découverte des premiers secours en santé mentale",
     "Maison des associations"),
    ("Mer. 15 oct.", "14 h 30 – 17 h 00", "Théâtre-forum « Dans ma tête » (séance 2, en LSF)",
     "Centre socioculturel de la Vigie"),
    ("Jeu. 16 oct.", "20 h 30", "Ciné-débat « Les Marées intérieures »", "Cinéma L'Estran"),
    ("Ven. 17 oct.", "9 h 00 – 12 h 00", "Forum des collégiens « Esprit Large »", "Collège des Salines"),
    ("Sam. 18 oct.", "10 h 00", "Marche « Un pas pour la santé mentale » (5 km)", "Phare de la Pointe-aux-Herbes"),
    ("Dim. 19 oct.", "15 h 00", "Concert de clôture de la chorale « Les Voix du Phare »", "Kiosque du front de mer"),
]

# (titre, [(clé, valeur)], titre du bloc de droite, [lignes du bloc de droite], puces ?)
EVENTS = [
    ("Lancement officiel et exposition « Visages »",
     [("Quand", "Lundi 6 octobre 2025, 18 h 00"),
      ("Où", "Hall de l'hôtel de ville, 1 place du Marché-aux-Sels"),
      ("Public", "Tout public"),
      ("Accès", "Entrée libre")],
     "Au programme",
     ["Ouverture des SISM par Hélène Castagnet, adjointe au maire déléguée à la santé et présidente du CLSM.",
      "Vernissage de l'exposition « Visages » : 24 portraits d'habitants des Salines, de la Vigie et du "
      "Grand-Chenal, par le photographe Théo Lamarque, chacun accompagné d'une phrase sur ce qui l'aide à tenir.",
      "Exposition visible jusqu'au 31 octobre aux heures d'ouverture de la mairie."], False),
    ("Théâtre-forum « Dans ma tête » — séance 1",
     [("Quand", "Mercredi 8 octobre 2025, 14 h 00 – 17 h 00"),
      ("Où", "Centre social des Salines, 4 allée des Sauniers"),
      ("Public", "À partir de 12 ans"),
      ("Inscription", "Conseillée — 60 places — 05 99 00 41 27")],
     "Le théâtre-forum, comment ça marche ?",
     ["La Compagnie du Ressac joue une scène de 20 minutes : Lucas, 17 ans, s'isole peu à peu et personne "
      "n'ose lui parler.",
      "La scène est rejouée : à tout moment, un spectateur peut crier « Stop ! », monter sur scène et remplacer "
      "un personnage pour essayer autre chose.",
      "Le « joker », Romain Cazaubon, anime les échanges entre la salle et les comédiens.",
      "Goûter offert par l'association Femmes Relais des Salines."], True),
    ("Émission en direct « Parlons-en » sur Radio Estran",
     [("Quand", "Jeudi 9 octobre 2025, 12 h 00 – 13 h 00"),
      ("Où", "Radio Estran, 94.2 FM, puis en podcast sur radio-estran.example"),
      ("Invités", "Nadia Ferrandon, coordinatrice du CLSM ; Yacine Belkacem, président de l'association "
                  "Vigie Solidaire"),
      ("Vos questions", "Par SMS au 05 99 00 94 20 pendant l'émission")],
     "Présentation : Maëlle Dufour",
     ["Une heure pour parler des préjugés, de la honte de consulter et des premiers secours en santé mentale "
      "dans les quartiers."], False),
    ("Signature de la charte « Médias et santé mentale »",
     [("Quand", "Vendredi 10 octobre 2025, 10 h 00, Journée mondiale de la santé mentale"),
      ("Où", "Salle du conseil municipal, hôtel de ville"),
      ("Public", "Presse et partenaires, sur invitation")],
     "Quatre médias s'engagent",
     ["L'Écho du Pertuis, Radio Estran, Ardelle TV et le magazine municipal Port-Ardelle Mag s'engagent à "
      "parler de santé mentale sans stigmatiser.",
      "La charte a été rédigée avec le CLSM, des journalistes et des membres du GEM Le Phare."], False),
    ("Village santé mentale au marché de la Vigie",
     [("Quand", "Samedi 11 octobre 2025, 9 h 30 – 12 h 30"),
      ("Où", "Place du Marché, quartier de la Vigie"),
      ("Public", "Tout public, enfants bienvenus"),
      ("Accès", "Libre")],
     "Sur place",
     ["Stands du CMP des Salines, du GEM Le Phare, de la Maison des adolescents et de l'association "
      "Entr'Aide Familles Pertuis.",
      "Atelier « Ma météo intérieure » pour les 6-11 ans.",
      "Quiz « Vrai ou faux ? Les idées reçues sur la santé mentale », avec des lots offerts par les "
      "commerçants du marché.",
      "Information sans rendez-vous avec une infirmière de secteur psychiatrique."], True),
    ("Atelier découverte des premiers secours en santé mentale",
     [("Quand", "Mardi 14 octobre 2025, 14 h 00 – 17 h 00"),
      ("Où", "Maison des associations, 12 rue du Port-Neuf"),
      ("Public", "Bénévoles et salariés des associations de quartier (adultes)"),
      ("Inscription", "Obligatoire avant le 10 octobre — 15 places — 05 99 00 41 20")],
     "Trois heures pour découvrir",
     ["Repérer les signes d'une souffrance psychique, engager la conversation, orienter vers les bonnes "
      "ressources.",
      "Animé par Sabine Roussillon, formatrice accréditée de l'Institut Horizon Formation.",
      "Attention : cet atelier ne remplace pas la formation complète de secouriste, qui dure deux jours."], True),
    ("Théâtre-forum « Dans ma tête » — séance 2",
     [("Quand", "Mercredi 15 octobre 2025, 14 h 30 – 17 h 00"),
      ("Où", "Centre socioculturel de la Vigie, 2 rue des Goélettes"),
      ("Public", "À partir de 12 ans"),
      ("Accessibilité", "Séance interprétée en langue des signes française (LSF)")],
     "Même spectacle, autre quartier",
     ["Le spectacle du 8 octobre, rejoué par la Compagnie du Ressac.",
      "Inscription conseillée au 05 99 00 41 27 (60 places)."], False),
    ("Ciné-débat « Les Marées intérieures »",
     [("Quand", "Jeudi 16 octobre 2025, 20 h 30"),
      ("Où", "Cinéma L'Estran, quai des Douanes"),
      ("Tarif", "Tarif unique : 4 €"),
      ("Durée", "Film de 72 minutes, suivi d'un débat d'une heure")],
     "Le film et le débat",
     ["Documentaire de Léa Bourgade (2024) : trois habitants d'une ville portuaire racontent leur rétablissement "
      "après une crise psychique.",
      "Débat avec le Dr Olivier Marsaudon, psychiatre, chef du pôle de psychiatrie adulte du centre hospitalier "
      "de Port-Ardelle, et Anaïs Peyrac, pair-aidante au GEM Le Phare."], False),
    ("Forum des collégiens « Esprit Large »",
     [("Quand", "Vendredi 17 octobre 2025, 9 h 00 – 12 h 00"),
      ("Où", "Collège des Salines, gymnase"),
      ("Public", "Réservé aux élèves de 5e et de 4e des collèges des Salines et Aliénor-d'Aquitaine"),
      ("Accès", "Fermé au public")],
     "Temps fort du programme scolaire Esprit Large",
     ["Stands animés par les élèves ambassadeurs.",
      "Escape game « La boîte à soucis ».",
      "Rencontre avec l'infirmière scolaire et la psychologue de la Maison des adolescents (MDA)."], True),
    ("Marche « Un pas pour la santé mentale »",
     [("Quand", "Samedi 18 octobre 2025, départ à 10 h 00"),
      ("Départ", "Phare de la Pointe-aux-Herbes"),
      ("Parcours", "5 km le long du front de mer, sans difficulté"),
      ("Arrivée", "Parc du Grand-Chenal, pique-nique partagé (apportez un plat)")],
     "En cas de mauvais temps",
     ["En cas d'alerte météo orange, la marche est remplacée par un loto solidaire au gymnase du Grand-Chenal, "
      "à 14 h 00.",
      "Avec le club de randonnée Les Semelles du Pertuis."], False),
    ("Concert de clôture",
     [("Quand", "Dimanche 19 octobre 2025, 15 h 00"),
      ("Où", "Kiosque du front de mer"),
      ("Avec", "La chorale « Les Voix du Phare » du GEM Le Phare (groupe d'entraide mutuelle)"),
      ("Accès", "Libre ; le kiosque n'est pas accessible en fauteuil roulant")],
     "En cas de pluie",
     ["Repli à la salle des fêtes Jean-Ravenel, accessible de plain-pied."], False),
]

PARTNERS = [
    "Ville de Port-Ardelle", "Centre hospitalier de Port-Ardelle (pôle de psychiatrie adulte)",
    "Maison des adolescents du Pertuis-Océan", "GEM Le Phare", "Entr'Aide Familles Pertuis", "Vigie Solidaire",
    "Femmes Relais des Salines", "Centre social des Salines", "Centre socioculturel de la Vigie", "Ardelle Habitat",
    "Compagnie du Ressac", "Institut Horizon Formation", "Radio Estran", "Cinéma L'Estran",
]

N_SLIDES = 4 + len(EVENTS) + 2


def add_text(slide, x, y, w, h, text, size=16, bold=False, color=DARK, align=None):
    tb = slide.shapes.add_textbox(Cm(x), Cm(y), Cm(w), Cm(h))
    tf = tb.text_frame
    tf.word_wrap = True
    lines = text if isinstance(text, list) else [text]
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = line
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.color.rgb = color
        if align:
            p.alignment = align
    return tb


def band(slide, title, n):
    shp = slide.shapes.add_shape(1, 0, 0, Cm(33.867), Cm(2.6))
    shp.fill.solid()
    shp.fill.fore_color.rgb = TEAL
    shp.line.fill.background()
    add_text(slide, 1.2, 0.45, 31, 1.8, title, size=26, bold=True, color=WHITE)
    add_text(slide, 1.2, 18.0, 26, 0.8, FOOT, size=10, color=RGBColor(0x66, 0x66, 0x66))
    add_text(slide, 29.0, 18.0, 3.8, 0.8, "%d / %d" % (n, N_SLIDES), size=11, bold=True, color=TEAL,
             align=PP_ALIGN.RIGHT)


def table(slide, rows, x, y, w, col_w, header=True, size=13):
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Cm(x), Cm(y), Cm(w), Cm(1.0 * len(rows)))
    t = shape.table
    for j, cw in enumerate(col_w):
        t.columns[j].width = Cm(cw)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(size)
                    r.font.bold = (header and i == 0) or (not header and j == 0)
    return t


def bullets(slide, x, y, w, h, head, lines, as_bullets, size=15):
    tb = slide.shapes.add_textbox(Cm(x), Cm(y), Cm(w), Cm(h))
    tf = tb.text_frame
    tf.word_wrap = True
    p = tf.paragraphs[0]
    r = p.add_run()
    r.text = head
    r.font.size = Pt(size + 2)
    r.font.bold = True
    r.font.color.rgb = TEAL
    for line in lines:
        p = tf.add_paragraph()
        r = p.add_run()
        r.text = ("• " if as_bullets else "") + line
        r.font.size = Pt(size)
        p.space_before = Pt(6)


def main():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)
    blank = prs.slide_layouts[6]
    n = 0

    # 1. titre
    n += 1
    s = prs.slides.add_slide(blank)
    bg = s.shapes.add_shape(1, 0, 0, prs.slide_width, prs.slide_height)
    bg.fill.solid()
    bg.fill.fore_color.rgb = TEAL
    bg.line.fill.background()
    add_text(s, 2, 3.2, 30, 2.5, "SISM 2025 à Port-Ardelle", size=44, bold=True, color=WHITE)
    add_text(s, 2, 6.2, 30, 2, "« Parlons-en sans détour »", size=34, color=SAND)
    add_text(s, 2, 9.2, 30, 2.5, ["Semaines d'information sur la santé mentale",
                                  "Du lundi 6 au dimanche 19 octobre 2025"], size=22, color=WHITE)
    add_text(s, 2, 14.5, 30, 2, "Programme proposé par le conseil local de santé mentale (CLSM) de Port-Ardelle "
             "et ses partenaires", size=16, color=WHITE)
    add_text(s, 29.0, 18.0, 3.8, 0.8, "%d / %d" % (n, N_SLIDES), size=11, color=WHITE, align=PP_ALIGN.RIGHT)

    # 2. présentation
    n += 1
    s = prs.slides.add_slide(blank)
    band(s, "Les SISM, c'est quoi ?", n)
    bullets(s, 1.5, 3.4, 30.5, 14, "Deux semaines pour en parler", [
        "Deux semaines d'information et de débat sur la santé mentale, chaque année en octobre, partout en France.",
        "À Port-Ardelle, 5e édition coordonnée par le CLSM, depuis 2021.",
        "Thème retenu localement : « Parlons-en sans détour » — lutter contre les préjugés qui empêchent de "
        "demander de l'aide.",
        "11 rendez-vous, dont 4 dans les quartiers prioritaires des Salines, de la Vigie et du Grand-Chenal.",
        "Toutes les animations sont gratuites, sauf le ciné-débat (tarif unique 4 €).",
        "Tous les lieux sont accessibles aux personnes à mobilité réduite, sauf le kiosque du front de mer.",
    ], True, size=18)

    # 3-4. agendas
    for title, rows in (("Agenda — semaine 1 (6 au 11 octobre)", AGENDA_1),
                        ("Agenda — semaine 2 (14 au 19 octobre)", AGENDA_2)):
        n += 1
        s = prs.slides.add_slide(blank)
        band(s, title, n)
        table(s, [("Date", "Horaire", "Rendez-vous", "Lieu")] + rows, 1.2, 3.4, 31.4, [4.0, 5.4, 12.6, 9.4],
              size=14)

    # 5-15. un événement par diapositive
    for title, kv, head, lines, as_b in EVENTS:
        n += 1
        s = prs.slides.add_slide(blank)
        band(s, title, n)
        table(s, [(k, v) for k, v in kv], 1.2, 3.4, 14.8, [3.6, 11.2], header=False, size=13)
        bullets(s, 17.2, 3.3, 15.4, 14, head, lines, as_b, size=15)

    # 16. partenaires
    n += 1
    s = prs.slides.add_slide(blank)
    band(s, "Les 14 partenaires des SISM 2025", n)
    half = (len(PARTNERS) + 1) // 2
    bullets(s, 1.5, 3.4, 15, 13, "Associations et institutions", PARTNERS[:half], True, size=15)
    bullets(s, 17.2, 3.4, 15, 13, "", PARTNERS[half:], True, size=15)
    add_text(s, 1.5, 16.2, 30, 1.2, "Avec le soutien de l'agence régionale de santé et du contrat de ville "
             "2024-2030.", size=13, color=RGBColor(0x44, 0x44, 0x44))

    # 17. contacts
    n += 1
    s = prs.slides.add_slide(blank)
    band(s, "Contacts et informations", n)
    bullets(s, 1.5, 3.4, 30.5, 12, "Nous joindre", [
        "Coordination des SISM : Nadia Ferrandon, coordinatrice du CLSM — 05 99 00 41 20 — "
        "clsm@port-ardelle.example",
        "Inscriptions aux théâtres-forums : centre social des Salines — 05 99 00 41 27",
        "Programme complet : https://sante-mentale.port-ardelle.example/sism-2025",
        "Besoin de parler ? Ligne d'écoute du CLSM, du lundi au vendredi de 9 h à 19 h : 05 99 00 41 41",
    ], True, size=18)
    add_text(s, 1.5, 14.6, 30, 2, "Merci et à très vite !", size=30, bold=True, color=TEAL)

    assert n == N_SLIDES
    prs.save(OUT)
    print("écrit", OUT, n, "diapositives")


if __name__ == "__main__":
    main()
