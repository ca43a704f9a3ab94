# -*- coding: utf-8 -*-
"""Diaporama PowerPoint du module de sensibilisation des sentinelles « Vigie Aînés » (fictif), fait sur un modèle
maison (mise en page « Vide » partout, bandeau de titre et pied de page dessinés diapositive par diapositive), avec :
une matrice 2 × 2 faite de quatre rectangles et de deux flèches d'axes légendées, une frise chronologique (trait,
jalons ronds, dates au-dessus et libellés au-dessous dans des zones de texte séparées, alternées haut / bas), des
chiffres clés en grands caractères dans des formes, un tableau « idées reçues / réalité », un tableau de contacts,
un circuit d'alerte en chevrons, une diapositive de comparaison en deux colonnes, une diapositive « Sources » et des
notes de l'orateur sur plusieurs diapositives.
"""
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-23_clsm-montferville_module-sentinelles-crise-suicidaire-seniors.pptx")

TEAL = RGBColor(0x0E, 0x5E, 0x6F)
SAND = RGBColor(0xF4, 0xEB, 0xDC)
CORAL = RGBColor(0xD9, 0x5D, 0x39)
GREY = RGBColor(0x55, 0x55, 0x55)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)

prs = Presentation()
prs.slide_width = Cm(33.867)
prs.slide_height = Cm(19.05)
W, H = prs.slide_width, prs.slide_height
BLANK = prs.slide_layouts[6]
N_SLIDES = 14
_count = [0]


def tb(slide, x, y, w, h, text, size=16, bold=False, color=GREY, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP,
       font="Segoe UI"):
    box = slide.shapes.add_textbox(x, y, w, h)
    tf = box.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    lines = text if isinstance(text, list) else [text]
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        r = p.add_run()
        r.text = line
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.color.rgb = color
        r.font.name = font
    return box


def shape(slide, kind, x, y, w, h, fill, text="", size=14, color=WHITE, bold=False, align=PP_ALIGN.CENTER):
    s = slide.shapes.add_shape(kind, x, y, w, h)
    s.fill.solid()
    s.fill.fore_color.rgb = fill
    s.line.fill.background()
    if text:
        tf = s.text_frame
        tf.word_wrap = True
        lines = text if isinstance(text, list) else [text]
        for i, line in enumerate(lines):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.alignment = align
            r = p.add_run()
            r.text = line
            r.font.size = Pt(size)
            r.font.color.rgb = color
            r.font.bold = bold if i == 0 else False
            r.font.name = "Segoe UI"
    return s


def new_slide(title, notes=None):
    _count[0] += 1
    s = prs.slides.add_slide(BLANK)
    shape(s, MSO_SHAPE.RECTANGLE, 0, 0, W, Cm(2.6), TEAL)
    tb(s, Cm(1.2), Cm(0.45), Cm(30), Cm(1.8), title, size=26, bold=True, color=WHITE, anchor=MSO_ANCHOR.MIDDLE)
    tb(s, Cm(1.2), H - Cm(1.1), Cm(24), Cm(0.8), "Vigie Aînés · Module sentinelles · Montferville, 23/09/2025",
       size=10, color=GREY)
    tb(s, W - Cm(3.2), H - Cm(1.1), Cm(2.2), Cm(0.8), "%d" % _count[0], size=10, color=GREY, align=PP_ALIGN.RIGHT)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    return s


def bullets(slide, x, y, w, h, items, size=18):
    box = slide.shapes.add_textbox(x, y, w, h)
    tf = box.text_frame
    tf.word_wrap = True
    for i, it in enumerate(items):
        lvl = 0
        if isinstance(it, tuple):
            lvl, it = it
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.level = lvl
        r = p.add_run()
        r.text = ("• " if lvl == 0 else "– ") + it
        r.font.size = Pt(size - 2 * lvl)
        r.font.color.rgb = GREY
        r.font.name = "Segoe UI"
        p.space_after = Pt(6)
    return box


def table(slide, x, y, w, rows, colw, size=13, header_fill=TEAL):
    nr, nc = len(rows), len(rows[0])
    gt = slide.shapes.add_table(nr, nc, x, y, w, Cm(1.0 * nr)).table
    for j, cw in enumerate(colw):
        gt.columns[j].width = cw
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = gt.cell(i, j)
            c.text = v
            for p in c.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(size)
                    r.font.name = "Segoe UI"
                    r.font.bold = i == 0
                    r.font.color.rgb = WHITE if i == 0 else GREY
            c.fill.solid()
            c.fill.fore_color.rgb = header_fill if i == 0 else (SAND if i % 2 else WHITE)
    return gt


# 1 — titre
_count[0] += 1
s = prs.slides.add_slide(BLANK)
shape(s, MSO_SHAPE.RECTANGLE, 0, 0, W, H, TEAL)
shape(s, MSO_SHAPE.RECTANGLE, 0, Cm(12.6), W, Cm(6.45), SAND)
tb(s, Cm(2), Cm(3.0), Cm(29), Cm(3), "Repérer la crise suicidaire chez les seniors", size=40, bold=True, color=WHITE)
tb(s, Cm(2), Cm(6.6), Cm(29), Cm(2.5), "Module de sensibilisation des sentinelles « Vigie Aînés » — session n° 1",
   size=22, color=WHITE)
tb(s, Cm(2), Cm(13.4), Cm(29), Cm(4.5),
   ["Dr Hélène Varin — psychiatre, équipe mobile de psychiatrie du sujet âgé (EMPSA) « Pass'Âge », CH Jean-Delacour",
    "Nadia Ferhat — coordinatrice du conseil local de santé mentale (CLSM) de Montferville",
    "Maison de quartier des Hauts-Cailly, Montferville — mardi 23 septembre 2025",
    "Avec l'appui méthodologique du Pôle Ville Solidaire Normandie (PVSN)"], size=15, color=TEAL)
s.notes_slide.notes_text_frame.text = ("Accueil : tour de table, chacun dit son métier et une personne âgée qu'il "
                                        "croise chaque semaine. 17 participants inscrits pour cette première session.")

# 2 — programme
s = new_slide("Programme de la journée")
table(s, Cm(2), Cm(3.6), Cm(29.8), [
    ["Horaire", "Séquence", "Animation"],
    ["9 h 00", "Accueil, tour de table, attentes", "Nadia Ferhat"],
    ["9 h 30", "Pourquoi les seniors ? Chiffres et idées reçues", "Dr Hélène Varin"],
    ["10 h 45", "Les signes d'alerte et la matrice isolement / détresse", "Dr Hélène Varin"],
    ["13 h 30", "Oser poser la question : jeux de rôle en trinômes", "Sandrine Leprévost, infirmière EMPSA"],
    ["15 h 15", "Le circuit d'alerte et les contacts utiles", "Nadia Ferhat"],
    ["16 h 15", "Cas pratique, évaluation de la journée, remise du kit sentinelle", "Toute l'équipe"],
], [Cm(4), Cm(16.3), Cm(9.5)], size=14)

# 3 — chiffres clés
s = new_slide("Pourquoi les seniors ?", notes=(
    "Les trois premiers chiffres viennent de l'enquête VMQ 2024 de l'ONSV sur quatre quartiers prioritaires normands "
    "(612 répondants de 65 ans et plus). Le dernier vient du document de travail ONSV 2023 sur le suicide des 65 ans "
    "et plus. Insister : à Montferville, les hommes âgés des quartiers sont ceux qui voient le moins le médecin, "
    "14,6 % n'ont eu aucune consultation de généraliste dans l'année. Ce sont les sentinelles qui les croisent."))
figs = [("38,4 %", "des 65 ans et plus des quartiers prioritaires étudiés sont socialement isolés"),
        ("6,9 %", "déclarent avoir pensé au suicide au cours des 12 derniers mois"),
        ("52 %", "de ces personnes n'en avaient parlé à personne"),
        ("1 sur 5", "en Normandie, un décès par suicide sur cinq concerne une personne de 75 ans et plus")]
for i, (big, lab) in enumerate(figs):
    x = Cm(1.6) + i * Cm(7.8)
    shape(s, MSO_SHAPE.ROUNDED_RECTANGLE, x, Cm(4.2), Cm(7.2), Cm(3.4), CORAL if i == 1 else TEAL, big, size=36,
          bold=True)
    tb(s, x, Cm(8.0), Cm(7.2), Cm(4), lab, size=15, color=GREY, align=PP_ALIGN.CENTER)
tb(s, Cm(1.6), Cm(13.8), Cm(30), Cm(2.5), "Sources : enquête « Vieillir dans mon quartier » 2024 (ONSV, 2025) ; "
   "ONSV, document de travail n° 2023-05.", size=12, color=GREY)

# 4 — idées reçues
s = new_slide("Idées reçues… et réalité")
table(s, Cm(1.6), Cm(3.6), Cm(30.6), [
    ["On entend souvent…", "En réalité"],
    ["« À son âge, c'est normal d'avoir le moral à zéro. »",
     "La dépression n'est pas une conséquence normale du vieillissement : elle se soigne, à tout âge."],
    ["« Si je lui parle du suicide, je risque de lui donner l'idée. »",
     "Poser la question ne pousse pas à l'acte : cela soulage et ouvre la porte à l'aide."],
    ["« Ceux qui en parlent ne le font pas. »",
     "La plupart des personnes ont exprimé leur souffrance avant, souvent de façon indirecte."],
    ["« Les personnes âgées font moins de tentatives. »",
     "Elles en font moins, mais leurs gestes sont beaucoup plus souvent mortels."],
    ["« Il a toute sa famille, il ne risque rien. »",
     "On peut être entouré et se sentir seul : c'est la qualité du lien qui protège."],
], [Cm(12.6), Cm(18.0)], size=14)

# 5 — signes d'alerte
s = new_slide("Les signes d'alerte : dire, faire, vivre", notes=(
    "Un signe isolé ne suffit pas ; c'est le changement par rapport à d'habitude et l'accumulation qui doivent "
    "alerter. Chez la personne âgée, la crise s'exprime souvent par le corps : plaintes, refus de manger, arrêt des "
    "médicaments."))
cols = [("Ce que la personne dit", ["« Je suis un poids pour tout le monde »", "« Bientôt vous serez tranquilles »",
                                     "« À quoi bon ? »", "Plaintes physiques répétées, sans cause trouvée"]),
        ("Ce qu'elle fait", ["Donne ses objets, range ses papiers", "Cesse de s'alimenter ou de se soigner",
                             "Ne sort plus, n'ouvre plus sa porte", "Arrête ses traitements"]),
        ("Ce qu'elle vit", ["Deuil, surtout du conjoint", "Chute, perte d'autonomie, perte du permis",
                            "Entrée en EHPAD annoncée, déménagement", "Diagnostic d'une maladie grave"])]
for i, (head, items) in enumerate(cols):
    x = Cm(1.6) + i * Cm(10.4)
    shape(s, MSO_SHAPE.RECTANGLE, x, Cm(3.6), Cm(9.8), Cm(1.4), TEAL if i != 1 else CORAL, head, size=17, bold=True)
    bullets(s, x, Cm(5.3), Cm(9.8), Cm(10), items, size=16)

# 6 — matrice 2 x 2
s = new_slide("Où en est la personne ? Quelle réponse ?", notes=(
    "Lire la matrice avec deux questions : la personne est-elle isolée ? montre-t-elle une détresse ? Le cadran en "
    "haut à droite, isolement fort et détresse forte, n'attend pas : on alerte le jour même. Dans l'enquête VMQ, 71 % "
    "des personnes qui avaient des idées suicidaires vivaient seules."))
x0, y0, cw, ch = Cm(6.5), Cm(3.3), Cm(12.2), Cm(5.9)
quads = [
    (0, 0, "Mobiliser l'entourage", "Entouré, détresse forte : prévenir la famille et le médecin traitant, "
                                    "fiche d'alerte au CLSM", RGBColor(0xE9, 0xA2, 0x7F)),
    (1, 0, "Alerter sans attendre", "Isolé, détresse forte : appel à l'EMPSA « Pass'Âge » ou au 3114 le jour même ; "
                                    "danger immédiat : le 15", CORAL),
    (0, 1, "Maintenir le lien", "Entouré, peu de détresse : activités du quartier, ateliers, vigilance ordinaire",
     RGBColor(0x9C, 0xC9, 0xC2)),
    (1, 1, "Recréer du lien", "Isolé, peu de détresse : visites de convivialité des Fils d'Argent, appels réguliers",
     RGBColor(0x4F, 0x9A, 0x9E)),
]
for cx, cy, head, body, fill in quads:
    shape(s, MSO_SHAPE.RECTANGLE, x0 + cx * (cw + Cm(0.3)), y0 + cy * (ch + Cm(0.3)), cw, ch, fill, [head, body],
          size=15, bold=True)
ar = s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, x0, y0 + 2 * ch + Cm(0.9), x0 + 2 * cw + Cm(0.3),
                            y0 + 2 * ch + Cm(0.9))
ar.line.color.rgb = GREY
ar2 = s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, x0 - Cm(0.6), y0 + 2 * ch + Cm(0.3), x0 - Cm(0.6), y0)
ar2.line.color.rgb = GREY
tb(s, x0, y0 + 2 * ch + Cm(1.0), Cm(24.7), Cm(1), "Isolement : faible  →  fort", size=13, color=GREY,
   align=PP_ALIGN.CENTER)
tb(s, Cm(0.8), y0 + Cm(5), Cm(5.0), Cm(3), "Détresse : faible ↑ forte", size=13, color=GREY, align=PP_ALIGN.RIGHT)

# 7 — oser poser la question
s = new_slide("Oser poser la question", notes=(
    "Jeux de rôle de l'après-midi : trinômes sentinelle / personne âgée / observateur, 10 minutes par tour. Rappeler "
    "qu'on ne promet jamais le secret : « je vais en parler à quelqu'un qui peut vous aider »."))
bullets(s, Cm(1.6), Cm(3.6), Cm(15.5), Cm(12), [
    "Trois questions, de la plus large à la plus directe :",
    (1, "« Comment vous sentez-vous en ce moment ? »"),
    (1, "« Vous arrive-t-il de penser que la vie ne vaut plus la peine ? »"),
    (1, "« Avez-vous pensé à mettre fin à vos jours ? »"),
    "Nommer le suicide ne l'encourage pas : cela montre qu'on peut en parler.",
], size=17)
bullets(s, Cm(17.6), Cm(3.6), Cm(14.5), Cm(12), [
    "Écouter sans juger ni minimiser",
    "Ne pas promettre le secret",
    "Ne pas laisser la personne seule si elle est en danger",
    "Demander si elle a un moyen à portée de main (médicaments, arme)",
    "Proposer d'appeler ensemble",
], size=17)

# 8 — rôle de la sentinelle
s = new_slide("Le rôle de la sentinelle")
for i, (w_, d_) in enumerate((("Repérer", "les signes d'alerte chez les aînés que je croise"),
                               ("Écouter", "entrer en contact, oser poser la question"),
                               ("Orienter", "passer le relais par la fiche d'alerte ou le bon numéro"))):
    shape(s, MSO_SHAPE.OVAL, Cm(2.2) + i * Cm(10.2), Cm(3.8), Cm(8.6), Cm(5.2), TEAL, [w_, d_], size=18, bold=True)
tb(s, Cm(2), Cm(10.2), Cm(29.5), Cm(4), ["Ce que la sentinelle ne fait pas : évaluer le risque suicidaire, soigner, "
                                       "suivre seule la personne.",
                                       "La sentinelle n'est jamais seule : elle est rattachée à la coordination du "
                                       "CLSM et peut demander un avis à l'EMPSA."], size=17, color=CORAL)

# 9 — circuit d'alerte
s = new_slide("Le circuit d'alerte", notes=(
    "Délais : la coordinatrice accuse réception le jour même ; l'EMPSA contacte la personne dans les 72 heures "
    "ouvrées ; la sentinelle reçoit un retour sous 7 jours, sans détail médical. Le jour de la formation, chaque "
    "sentinelle repart avec un carnet de 10 fiches d'alerte."))
steps = [("1", "Je repère", "une situation inquiétante"), ("2", "Je remplis", "la fiche d'alerte (papier ou en ligne)"),
         ("3", "La coordination du CLSM", "reçoit la fiche et accuse réception le jour même"),
         ("4", "L'EMPSA « Pass'Âge »", "contacte la personne sous 72 heures ouvrées"),
         ("5", "Je reçois un retour", "sous 7 jours, sans détail médical")]
for i, (n, a, b) in enumerate(steps):
    shape(s, MSO_SHAPE.CHEVRON if i else MSO_SHAPE.PENTAGON, Cm(1.2) + i * Cm(6.3), Cm(4.5), Cm(6.6), Cm(5.5),
          TEAL if i % 2 == 0 else RGBColor(0x4F, 0x9A, 0x9E), [n + ". " + a, b], size=13, bold=True)
tb(s, Cm(1.6), Cm(11.5), Cm(30), Cm(3), "En cas de danger immédiat, on n'attend pas le circuit : on appelle le 15.",
   size=19, bold=True, color=CORAL)

# 10 — contacts
s = new_slide("Qui appeler ?")
table(s, Cm(1.6), Cm(3.6), Cm(30.6), [
    ["Situation", "Qui", "Comment"],
    ["Danger immédiat (geste en cours, moyen à portée de main)", "SAMU", "15 ou 112"],
    ["Crise suicidaire, besoin d'écoute ou de conseil, 24 h/24", "Numéro national de prévention du suicide", "3114"],
    ["Avis clinique, visite à domicile (lun.-ven., 9 h-17 h)", "EMPSA « Pass'Âge », CH Jean-Delacour",
     "02 35 00 18 40"],
    ["Situation préoccupante sans urgence", "Coordination du CLSM (fiche d'alerte)",
     "02 35 00 27 61 · vigie.aines@montferville.example"],
    ["Isolement, besoin de lien social", "Les Fils d'Argent", "02 35 00 41 27"],
], [Cm(12.6), Cm(10.0), Cm(8.0)], size=14)

# 11 — frise chronologique
s = new_slide("Vigie Aînés : d'où on vient, où on va", notes=(
    "Le réseau est financé pour 2025-2026 : 86 400 euros au total, dont 38 000 euros de l'ARS au titre du FIR. "
    "Sessions suivantes : 21 octobre et 18 novembre 2025 ; quatre à huit en 2026."))
line = s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Cm(1.5), Cm(9.5), Cm(32.3), Cm(9.5))
line.line.color.rgb = TEAL
line.line.width = Pt(4)
miles = [("Nov. 2023", "Diagnostic partagé du CLSM : l'isolement des aînés, priorité n° 1"),
         ("Oct.–déc. 2024", "Enquête VMQ 2024 : 612 seniors interrogés dans 4 quartiers"),
         ("Mars 2025", "Publication des résultats par l'ONSV"),
         ("26 juin 2025", "Délibération du conseil municipal créant le réseau"),
         ("23 sept. 2025", "Première session de formation des sentinelles"),
         ("Déc. 2026", "Objectif : 120 sentinelles formées"),
         ("2027", "Évaluation par l'ONSV et nouvelle enquête VMQ")]
for i, (d_, lab) in enumerate(miles):
    cx = Cm(2.4) + i * Cm(4.8)
    shape(s, MSO_SHAPE.OVAL, cx - Cm(0.45), Cm(9.05), Cm(0.9), Cm(0.9), CORAL if i == 4 else TEAL)
    up = i % 2 == 0
    tb(s, cx - Cm(2.3), Cm(7.7) if up else Cm(10.2), Cm(4.6), Cm(1), d_, size=14, bold=True, color=TEAL,
       align=PP_ALIGN.CENTER)
    tb(s, cx - Cm(2.3), Cm(3.6) if up else Cm(11.4), Cm(4.6), Cm(3.8), lab, size=12, color=GREY,
       align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.BOTTOM if up else MSO_ANCHOR.TOP)

# 12 — comparaison
s = new_slide("Deux façons d'aller vers les aînés en Normandie")
table(s, Cm(1.6), Cm(3.4), Cm(30.6), [
    ["", "Vigie Aînés (Montferville)", "Allô Voisins Seniors (Cambrevast)"],
    ["Principe", "Des sentinelles formées repèrent et orientent la détresse",
     "Des bénévoles appellent chaque semaine des seniors isolés"],
    ["Qui agit", "Professionnels de proximité et bénévoles, formés en une journée",
     "46 bénévoles appelants en 2024, un médiateur santé"],
    ["Recours soignant", "EMPSA « Pass'Âge » (CH Jean-Delacour)", "EMGP du CH de Cambrevast-Bessin"],
    ["Point fort", "Repère la crise là où elle se voit : hall, comptoir, domicile",
     "Agit en amont, sur l'isolement lui-même"],
    ["Limite", "Ne touche pas ceux que personne ne croise",
     "Repère mal ceux qui ne décrochent pas le téléphone"],
], [Cm(5.0), Cm(12.8), Cm(12.8)], size=14)

# 13 — cas pratique
s = new_slide("Cas pratique : M. Gérard, 79 ans, les Hauts-Cailly", notes=(
    "Réponse attendue : cadran en haut à droite de la matrice (isolé, détresse forte). La gardienne remplit la fiche "
    "d'alerte et appelle l'EMPSA le jour même ; s'il exprime un projet précis, elle appelle le 3114 ou le 15 sans le "
    "laisser seul. Les Fils d'Argent pourront ensuite proposer des visites."))
bullets(s, Cm(1.6), Cm(3.6), Cm(17), Cm(12), [
    "Veuf depuis huit mois, vit seul au 6e étage",
    "La gardienne remarque qu'il ne descend plus ses poubelles",
    "Il a confié son chien à une voisine « pour de bon »",
    "À la pharmacie : « Ne m'en donnez pas trop, ça ne servira plus longtemps »",
    "Pas de médecin traitant depuis le départ en retraite du sien",
], size=17)
shape(s, MSO_SHAPE.ROUNDED_RECTANGLE, Cm(19.6), Cm(3.8), Cm(12.6), Cm(9), SAND,
      ["En trinôme :", "1. Quels signes d'alerte ?", "2. Où le placer dans la matrice ?", "3. Qui fait quoi, et "
       "quand ?"], size=17, color=TEAL, bold=True, align=PP_ALIGN.LEFT)

# 14 — sources
s = new_slide("Sources")
bullets(s, Cm(1.6), Cm(3.4), Cm(30.5), Cm(14), [
    "Quesnel C., Delamare A., Varin H. — Isolement social, symptômes dépressifs et idées suicidaires chez les 65 ans "
    "et plus des quartiers prioritaires normands. Document de travail ONSV n° 2025-02, 18 mars 2025.",
    "ONSV — Suicide et tentatives de suicide des 65 ans et plus en Normandie, 2015-2021. Document de travail "
    "n° 2023-05.",
    "Ville de Montferville — Délibération n° 2025-06-087 du 26 juin 2025 créant le réseau « Vigie Aînés ».",
    "CLSM de Montferville — Diagnostic partagé, assemblée plénière du 16 novembre 2023.",
    "Pôle Ville Solidaire Normandie — Santé mentale et politique de la ville : fiches repères pour les CLSM, 2024.",
    "Numéro national de prévention du suicide : 3114 (24 h/24, 7 j/7).",
], size=14)

prs.core_properties.author = "Nadia Ferhat"
prs.core_properties.title = "Repérer la crise suicidaire chez les seniors — module sentinelles Vigie Aînés"
prs.save(OUT)
print("écrit", OUT, len(prs.slides), "diapositives")
