# -*- coding: utf-8 -*-
"""Génère le diaporama PPTX (18 diapositives) « Élus locaux et santé mentale : le CLSM, mode d'emploi »,
présenté à la matinée d'information des élus de Cap Territoires Nouvelle-Aquitaine à Saint-Arvel (24 septembre 2026).

Modèle par défaut de python-pptx (titres en espaces réservés), numéros « n / 18 » et pied de page dans des zones de
texte, tableau de chiffres avec une colonne de barres en caractères (graphique du pauvre), quiz dont les réponses
ne sont que dans les notes de l'orateur, lexique des sigles, diapositive intercalaire. Tout est fictif.
"""
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-09-24_cap-territoires-na_diaporama-elus-locaux-clsm-mode-d-emploi.pptx")

TOTAL = 18
FOOTER = "Cap Territoires Nouvelle-Aquitaine · Matinée des élus · Saint-Arvel, 24/09/2026"
BLUE = RGBColor(0x1F, 0x4E, 0x79)


def deco(prs, slide, n):
    w, h = prs.slide_width, prs.slide_height
    tb = slide.shapes.add_textbox(Emu(int(w * 0.04)), Emu(int(h * 0.93)), Emu(int(w * 0.7)), Emu(int(h * 0.05)))
    p = tb.text_frame.paragraphs[0]
    p.text = FOOTER
    p.runs[0].font.size = Pt(9)
    p.runs[0].font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    tb = slide.shapes.add_textbox(Emu(int(w * 0.86)), Emu(int(h * 0.93)), Emu(int(w * 0.1)), Emu(int(h * 0.05)))
    p = tb.text_frame.paragraphs[0]
    p.text = "%d / %d" % (n, TOTAL)
    p.runs[0].font.size = Pt(10)
    p.runs[0].font.bold = True
    p.runs[0].font.color.rgb = BLUE


def bullets(slide, items, size=18):
    body = slide.placeholders[1].text_frame
    body.clear()
    first = True
    for it in items:
        level = 0
        if isinstance(it, tuple):
            level, it = it
        p = body.paragraphs[0] if first else body.add_paragraph()
        first = False
        p.text = it
        p.level = level
        for r in p.runs:
            r.font.size = Pt(size - 3 * level)


def notes(slide, text):
    slide.notes_slide.notes_text_frame.text = text


def content_slide(prs, n, title, items, size=18, note=None):
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = title
    bullets(s, items, size)
    deco(prs, s, n)
    if note:
        notes(s, note)
    return s


def table_slide(prs, n, title, rows, widths=None, size=12, note=None, intro=None):
    s = prs.slides.add_slide(prs.slide_layouts[5])  # titre seul
    s.shapes.title.text = title
    w, h = prs.slide_width, prs.slide_height
    top = int(h * 0.24)
    if intro:
        tb = s.shapes.add_textbox(Emu(int(w * 0.05)), Emu(int(h * 0.19)), Emu(int(w * 0.9)), Emu(int(h * 0.06)))
        tb.text_frame.text = intro
        tb.text_frame.paragraphs[0].runs[0].font.size = Pt(13)
        tb.text_frame.paragraphs[0].runs[0].font.italic = True
        top = int(h * 0.27)
    shape = s.shapes.add_table(len(rows), len(rows[0]), Emu(int(w * 0.05)), Emu(top), Emu(int(w * 0.9)),
                               Emu(int(h * 0.055 * len(rows))))
    t = shape.table
    if widths:
        for i, frac in enumerate(widths):
            t.columns[i].width = Emu(int(w * 0.9 * frac))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            for p in c.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(size)
                    if i == 0:
                        r.font.bold = True
    deco(prs, s, n)
    if note:
        notes(s, note)
    return s


def main():
    prs = Presentation()

    # 1. Titre
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Élus locaux et santé mentale : le CLSM, mode d'emploi"
    s.placeholders[1].text = ("Matinée d'information des élus — jeudi 24 septembre 2026, Saint-Arvel, salle des fêtes\n"
                              "Dr Claire Montagut, psychiatre, référente régionale des CLSM · "
                              "Thomas Guérineau, chargé de mission, Cap Territoires Nouvelle-Aquitaine")
    deco(prs, s, 1)

    # 2. Programme
    content_slide(prs, 2, "Programme de la matinée", [
        "9 h 30 — Accueil café",
        "9 h 45 — Pourquoi la santé mentale concerne les maires (Dr Claire Montagut)",
        "10 h 15 — Le conseil local de santé mentale : missions, composition, financement (Thomas Guérineau)",
        "11 h 00 — Témoignage : le CLSM de Brassac-les-Pins, avec sa maire, Odile Ferrand",
        "11 h 45 — Quiz et échanges avec la salle",
        "12 h 15 — Fin de la matinée, buffet offert par la commune de Saint-Arvel",
    ], size=17)

    # 3. La santé mentale, l'affaire de tous
    content_slide(prs, 3, "La santé mentale, l'affaire de tous", [
        "Selon l'OMS, la santé mentale est « un état de bien-être qui permet à chacun de réaliser son potentiel, "
        "de faire face aux difficultés normales de la vie, de travailler avec succès et de contribuer à la vie de sa communauté »",
        "Elle ne se réduit pas à l'absence de troubles psychiques",
        "Elle dépend largement de déterminants sur lesquels agit la commune : logement, emploi, isolement, "
        "cadre de vie, accès aux loisirs et à la culture",
        "Une personne sur cinq est concernée chaque année par un trouble psychique",
    ], size=17, note=(
        "Insister sur le fait que la santé mentale n'est pas seulement l'affaire de la psychiatrie. Le maire agit déjà "
        "sur les déterminants sans le savoir : politique du logement, CCAS, centres sociaux, sport. Donner l'exemple du "
        "plan canicule, qui a permis dans plusieurs communes de repérer des personnes très isolées."))

    # 4. Ce que vivent les maires
    content_slide(prs, 4, "Ce que vivent les maires, au quotidien", [
        "Des conflits de voisinage liés à des troubles du comportement",
        "Des appels de bailleurs, de gardiens, de familles désemparées",
        "Des personnes très isolées, repérées par le CCAS ou lors d'une canicule",
        "Des situations d'urgence : le maire peut prendre des mesures provisoires en cas de danger imminent "
        "pour la sûreté des personnes (article L. 3213-2 du code de la santé publique)",
        (1, "ces mesures sont caduques au bout de 48 heures si le préfet ne prend pas d'arrêté"),
        "Un sentiment fréquent : « on est seuls face à ces situations »",
    ], size=17, note=(
        "Rappeler que l'arrêté provisoire du maire doit s'appuyer sur un avis médical, et qu'à Paris ce sont les "
        "commissaires de police. Beaucoup d'élus ne savent pas qu'il faut en référer au préfet dans les vingt-quatre "
        "heures. Le CLSM permet justement de préparer ces situations à froid, avec l'hôpital."))

    # 5. Le CLSM en bref
    content_slide(prs, 5, "Le CLSM en bref", [
        "Un espace de concertation et de coordination entre les élus, la psychiatrie publique, les usagers, "
        "les aidants et l'ensemble des acteurs du territoire",
        "Présidé par un élu local, co-animé avec la psychiatrie publique, il associe les usagers et les aidants",
        "Reconnu par la loi de modernisation de notre système de santé du 26 janvier 2016 (article L. 3221-2 du code "
        "de la santé publique)",
        "Un outil au service d'un territoire : une commune, un groupe de communes ou une intercommunalité",
        "Ni un service de soins, ni une instance de décision sur les situations individuelles",
    ], size=17)

    # 6. Missions
    content_slide(prs, 6, "Les missions d'un CLSM", [
        "Observer : partager un diagnostic local des besoins et des ressources",
        "Coordonner : faire se connaître et travailler ensemble les professionnels (soin, social, logement, police, éducation)",
        "Prévenir : informer, former, lutter contre la stigmatisation (Semaines d'information sur la santé mentale)",
        "Favoriser l'accès et la continuité des soins, l'inclusion sociale et l'insertion",
        "Appuyer la résolution des situations complexes, dans le respect du secret professionnel",
    ], size=17)

    # 7. Chiffres clés, tableau « graphique »
    rows = [["Au 1er janvier", "CLSM en activité", "dont couvrant au moins un QPV", "Évolution"]]
    data = [(2019, 21, 12), (2020, 24, 14), (2021, 29, 17), (2022, 33, 20), (2023, 38, 24), (2024, 41, 26),
            (2025, 44, 29), (2026, 47, 31)]
    for y, a, b in data:
        rows.append([str(y), str(a), str(b), "█" * (a // 3)])
    table_slide(prs, 7, "Les CLSM en Nouvelle-Aquitaine : une progression continue", rows,
                widths=[0.18, 0.2, 0.27, 0.35], size=12,
                intro="Nombre de CLSM en activité dans la région, recensement annuel du réseau régional",
                note=("Source : recensement du réseau régional des CLSM, au premier janvier de chaque année. En 2026, "
                      "on compte 47 CLSM, dont 31 couvrent au moins un quartier prioritaire. Il reste pourtant quatre "
                      "départements de la région où moins de la moitié des QPV sont couverts par un CLSM. Ne pas "
                      "commenter les chiffres par département, ils ne sont pas encore validés."))

    # 8. Combien ça coûte
    content_slide(prs, 8, "Combien ça coûte ?", [
        "Le principal poste : un coordinateur ou une coordinatrice, idéalement à temps plein",
        (1, "coût moyen d'un poste à temps plein : environ 55 000 € par an, charges comprises"),
        "En Nouvelle-Aquitaine, l'ARS finance jusqu'à 50 % du poste de coordination, dans la limite de 25 000 € par an",
        "Le reste : la ou les collectivités, parfois le contrat de ville, parfois l'établissement de santé mentale",
        "Un budget d'actions modeste suffit pour démarrer : 5 000 à 10 000 € par an (formations, SISM, supports)",
    ], size=17)

    # 9. Étapes
    content_slide(prs, 9, "Créer un CLSM : les grandes étapes", [
        "1. Une volonté politique : délibération du conseil municipal ou communautaire",
        "2. Un accord avec l'établissement psychiatrique de secteur et l'ARS (convention de partenariat)",
        "3. Le recrutement d'un coordinateur",
        "4. Un diagnostic partagé des besoins et des ressources",
        "5. L'assemblée plénière d'installation",
        "6. Un programme d'actions et des groupes de travail",
    ], size=17, note=(
        "Compter en moyenne douze à dix-huit mois entre la délibération et l'assemblée plénière d'installation. "
        "L'étape la plus longue est souvent la signature de la convention avec l'hôpital. Le réseau régional peut "
        "accompagner gratuitement les communes dans le diagnostic."))

    # 10. Intercalaire
    s = prs.slides.add_slide(prs.slide_layouts[2])
    s.shapes.title.text = "Témoignage"
    s.placeholders[1].text = "Le CLSM de Brassac-les-Pins, quatre ans après"
    deco(prs, s, 10)

    # 11. Brassac-les-Pins
    content_slide(prs, 11, "Brassac-les-Pins : un CLSM intercommunal né en 2022", [
        "Trois communes, 31 000 habitants, un quartier prioritaire : les Arènes",
        "Une coordinatrice à 0,8 ETP, rattachée au CCAS de Brassac-les-Pins",
        "Une cellule de veille pour les situations complexes : 37 situations examinées en 2025",
        "52 personnes formées aux premiers secours en santé mentale depuis 2023",
        "Une permanence d'écoute d'une psychologue au centre social des Arènes, le mercredi",
        "Les SISM chaque année, avec le GEM et la médiathèque",
    ], size=17, note=(
        "Odile Ferrand prend la parole ici. Points qu'elle souhaite aborder : la difficulté à faire venir le centre "
        "hospitalier au départ, le rôle des bailleurs, et l'accord signé en 2024 avec la gendarmerie pour la cellule "
        "de veille. Elle donnera le budget 2026 du CLSM à l'oral si on le lui demande."))

    # 12. Citation
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "La parole de l'élue"
    w, h = prs.slide_width, prs.slide_height
    tb = s.shapes.add_textbox(Emu(int(w * 0.1)), Emu(int(h * 0.3)), Emu(int(w * 0.8)), Emu(int(h * 0.4)))
    tf = tb.text_frame
    tf.word_wrap = True
    tf.text = ("« Avant le CLSM, chaque situation difficile atterrissait sur mon bureau, et je ne savais pas qui appeler. "
               "Aujourd'hui, on se connaît, on se parle avant que ça explose. Ce n'est pas moi qui règle les situations : "
               "c'est le réseau. »")
    tf.paragraphs[0].runs[0].font.size = Pt(22)
    tf.paragraphs[0].runs[0].font.italic = True
    p = tf.add_paragraph()
    p.text = "— Odile Ferrand, maire de Brassac-les-Pins, présidente du CLSM"
    p.runs[0].font.size = Pt(14)
    deco(prs, s, 12)

    # 13. Pièges
    content_slide(prs, 13, "Les pièges à éviter", [
        "Faire du CLSM une instance de gestion des troubles à l'ordre public",
        "Oublier les usagers et les familles : ils doivent siéger dès l'assemblée plénière d'installation",
        "Sous-dimensionner la coordination : un mi-temps ne suffit pas au-delà de 30 000 habitants",
        "Multiplier les groupes de travail sans plan d'actions ni calendrier",
        "Laisser le CLSM reposer sur une seule personne",
    ], size=17)

    # 14. Quiz
    content_slide(prs, 14, "Quiz : vrai ou faux ?", [
        "1. Le maire préside obligatoirement le CLSM.",
        "2. Un CLSM peut couvrir plusieurs communes.",
        "3. Le CLSM peut décider d'une hospitalisation sans consentement.",
        "4. Les usagers et les aidants font partie du CLSM.",
        "5. Un CLSM doit couvrir un quartier prioritaire pour être financé par l'ARS.",
    ], size=18, note=(
        "Réponses du quiz. 1 : faux, le CLSM est présidé par un élu, pas forcément le maire, souvent l'adjoint à la "
        "santé. 2 : vrai, beaucoup de CLSM sont intercommunaux. 3 : faux, le CLSM n'a aucun pouvoir de décision sur "
        "les soins, les soins sans consentement relèvent du préfet ou du directeur d'établissement. 4 : vrai, c'est "
        "même l'une de ses spécificités. 5 : faux, aucune condition de ce type, même si l'ARS donne la priorité aux "
        "territoires les plus fragiles."))

    # 15. Lexique
    rows = [["Sigle", "Signification"],
            ["CLSM", "Conseil local de santé mentale"],
            ["PTSM", "Projet territorial de santé mentale (à l'échelle du département)"],
            ["CLS", "Contrat local de santé"],
            ["CMP", "Centre médico-psychologique"],
            ["GEM", "Groupe d'entraide mutuelle"],
            ["SISM", "Semaines d'information sur la santé mentale (en octobre)"],
            ["PSSM", "Premiers secours en santé mentale"],
            ["SDRE", "Soins psychiatriques sur décision du représentant de l'État"],
            ["SDT", "Soins psychiatriques à la demande d'un tiers"],
            ["QPV", "Quartier prioritaire de la politique de la ville"]]
    table_slide(prs, 15, "Petit lexique des sigles", rows, widths=[0.2, 0.8], size=12)

    # 16. Liens
    content_slide(prs, 16, "CLSM, PTSM, CLS : comment ça s'articule ?", [
        "Le PTSM fixe, à l'échelle du département, les priorités en santé mentale pour cinq ans",
        "Le CLS est un contrat entre l'ARS et une collectivité ; il peut comporter un volet santé mentale",
        "Le CLSM est l'outil local de concertation : il peut constituer le volet santé mentale du CLS",
        "Dans les quartiers prioritaires, le contrat de ville peut financer des actions du CLSM",
    ], size=17)

    # 17. Ressources
    content_slide(prs, 17, "Ressources et contacts", [
        "Réseau régional des CLSM de Nouvelle-Aquitaine : accompagnement gratuit des communes qui souhaitent créer un CLSM",
        "Cap Territoires Nouvelle-Aquitaine, centre de ressources politique de la ville : www.cap-territoires-na.example",
        "Contact : Thomas Guérineau — t.guerineau@cap-territoires-na.example — 05 00 00 12 34",
        "Prochaine matinée des élus : jeudi 19 novembre 2026 à Roquebrune-sur-Dronne, sur le logement et la santé mentale",
    ], size=16)

    # 18. Merci
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Merci de votre attention"
    s.placeholders[1].text = ("Vos questions ? — Merci de remplir le questionnaire d'évaluation distribué à l'entrée. "
                              "Le diaporama sera envoyé à tous les participants.")
    deco(prs, s, 18)

    prs.save(OUT)
    print("%s : %d diapositives" % (os.path.basename(OUT), len(prs.slides)))


if __name__ == "__main__":
    main()
