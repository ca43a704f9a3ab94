# -*- coding: utf-8 -*-
"""Génère le diaporama (.pptx, python-pptx) de la première assemblée plénière du CLSM d'Ormeval (12 février 2026).

16:9, 17 diapositives dont une masquée (show="0"), numéro « n » imprimé en bas à droite de chaque diapositive,
pied de page, processus façon SmartArt en formes groupées (chevrons), organigramme de gouvernance en formes,
tableaux (groupes de travail, plan d'action, budget), notes de l'orateur contenant des faits absents des autres
documents. Version diffusée après la séance (résultats des votes complétés). Document fictif.
"""
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-12_clsm-ormeval_assemblee-pleniere.pptx")

TEAL = RGBColor(0x1B, 0x6F, 0x73)
NAVY = RGBColor(0x1F, 0x4E, 0x79)
LIGHT = RGBColor(0xE6, 0xF2, 0xF2)
GREY = RGBColor(0x59, 0x59, 0x59)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
ORANGE = RGBColor(0xC9, 0x70, 0x3A)

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
W, H = prs.slide_width, prs.slide_height
FOOTER = "CLSM d'Ormeval — Assemblée plénière du 12 février 2026"


def tb(slide, x, y, w, h, text, size=16, bold=False, color=None, align=None, anchor=None):
    box = slide.shapes.add_textbox(x, y, w, h)
    tf = box.text_frame
    tf.word_wrap = True
    if anchor:
        tf.vertical_anchor = anchor
    lines = text if isinstance(text, list) else [text]
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = line
        r.font.size = Pt(size)
        r.font.bold = bold
        if color:
            r.font.color.rgb = color
        if align:
            p.alignment = align
    return box


def bullets(slide, x, y, w, h, items, size=18):
    box = slide.shapes.add_textbox(x, y, w, h)
    tf = box.text_frame
    tf.word_wrap = True
    for i, it in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        level = 0
        if it.startswith("  "):
            level, it = 1, it.strip()
        p.level = level
        r = p.add_run()
        r.text = ("• " if level == 0 else "– ") + it
        r.font.size = Pt(size - 2 * level)
        p.space_after = Pt(6)
    return box


def base(title, notes=None, hidden=False):
    s = prs.slides.add_slide(prs.slide_layouts[5])          # « Titre seul »
    s.shapes.title.text = title
    t = s.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.6), Inches(0.35), Inches(12.1), Inches(1.0)
    for p in t.text_frame.paragraphs:
        p.alignment = PP_ALIGN.LEFT
        for r in p.runs:
            r.font.size = Pt(30)
            r.font.bold = True
            r.font.color.rgb = NAVY
    bar = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.6), Inches(1.35), Inches(1.6), Emu(54000))
    bar.fill.solid()
    bar.fill.fore_color.rgb = TEAL
    bar.line.fill.background()
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    if hidden:
        s._element.set("show", "0")
    return s


def finish():
    for i, s in enumerate(prs.slides, 1):
        tb(s, Inches(0.6), Inches(7.0), Inches(9), Inches(0.35), FOOTER, size=10, color=GREY)
        tb(s, Inches(12.2), Inches(6.95), Inches(0.6), Inches(0.4), str(i), size=12, bold=True, color=TEAL,
           align=PP_ALIGN.RIGHT)


def table(slide, x, y, w, rows, col_w, size=12, row_h=0.45):
    shape = slide.shapes.add_table(len(rows), len(rows[0]), x, y, w, Inches(row_h * len(rows)))
    tbl = shape.table
    for j, cw in enumerate(col_w):
        tbl.columns[j].width = Inches(cw)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = tbl.cell(i, j)
            c.text = v
            for p in c.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(size)
                    r.font.bold = i == 0
                    if i == 0:
                        r.font.color.rgb = WHITE
            if i == 0:
                c.fill.solid()
                c.fill.fore_color.rgb = TEAL
    return tbl


def box_shape(shapes, kind, x, y, w, h, text, fill, size=13, color=WHITE, bold=True):
    sh = shapes.add_shape(kind, x, y, w, h)
    sh.fill.solid()
    sh.fill.fore_color.rgb = fill
    sh.line.fill.background()
    tf = sh.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = PP_ALIGN.CENTER
        r = p.add_run()
        r.text = line
        r.font.size = Pt(size if i == 0 else size - 2)
        r.font.bold = bold and i == 0
        r.font.color.rgb = color
    return sh


# 1 ------------------------------------------------------------------ titre
s = prs.slides.add_slide(prs.slide_layouts[6])
bg = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, W, Inches(4.6))
bg.fill.solid()
bg.fill.fore_color.rgb = TEAL
bg.line.fill.background()
tb(s, Inches(0.8), Inches(0.7), Inches(11.5), Inches(0.5), "CONSEIL LOCAL DE SANTÉ MENTALE D'ORMEVAL", size=16,
   bold=True, color=WHITE)
tb(s, Inches(0.8), Inches(1.5), Inches(11.5), Inches(1.6), "Assemblée plénière", size=48, bold=True, color=WHITE)
tb(s, Inches(0.8), Inches(2.7), Inches(11.5), Inches(1.0), "Première réunion — installation du CLSM", size=26,
   color=WHITE)
tb(s, Inches(0.8), Inches(4.9), Inches(11.5), Inches(1.2),
   ["Jeudi 12 février 2026, 18 h", "Salle polyvalente des Grands-Prés, Ormeval"], size=20, color=NAVY)
tb(s, Inches(0.8), Inches(6.1), Inches(11.5), Inches(0.6),
   "Ville d'Ormeval · Centre hospitalier de la Vaudaine · ARS Centre-Val de Loire · État (contrat de ville)",
   size=12, color=GREY)
s.notes_slide.notes_text_frame.text = (
    "Accueil à partir de 17 h 30, café offert par le centre social. 112 personnes inscrites ; 87 présentes à "
    "18 h 15 selon la feuille d'émargement, dont 23 habitants. Version du support diffusée le 16 février 2026, "
    "complétée des résultats des votes.")

# 2 ------------------------------------------------------------------ ordre du jour
s = base("Ordre du jour", notes="Durée prévue : 1 h 45. Une interprète en arabe est présente au fond de la salle "
                                "pour les habitants qui le souhaitent.")
bullets(s, Inches(0.8), Inches(1.7), Inches(11.5), Inches(5),
        ["Mot d'accueil de la Ville", "Le chemin parcouru depuis le diagnostic",
         "Élection de la présidence et des représentants des habitants", "Gouvernance et groupes de travail",
         "Plan d'action 2026", "Budget 2026", "Échanges avec la salle"], size=22)

# 3 ------------------------------------------------------------------ accueil
s = base("Mot d'accueil", notes="Remercier le centre social des Grands-Prés et l'association Grands-Prés "
                                "Solidaires pour l'accueil. Rappeler que l'assemblée se tient dans le quartier, "
                                "comme promis lors du webinaire de septembre.")
bullets(s, Inches(0.8), Inches(1.7), Inches(7.2), Inches(5),
        ["Un CLSM pour agir ensemble : élus, psychiatrie, professionnels, associations et habitants",
         "Une priorité : les quartiers des Grands-Prés et du Clos-Saint-Marc, en pleine rénovation urbaine",
         "Un conseil ouvert : l'assemblée plénière accueille tous les habitants"], size=20)
q = box_shape(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, Inches(8.4), Inches(2.0), Inches(4.2), Inches(3.0),
              "« La santé mentale, c'est l'affaire de tous, pas seulement des soignants. »\n— Isabelle Fromentin, "
              "adjointe au maire déléguée à la santé et à la cohésion sociale", LIGHT, size=17, color=NAVY)

# 4 ------------------------------------------------------------------ chemin parcouru (processus groupé)
s = base("Le chemin parcouru", notes=(
    "Recrutement de la coordinatrice : 38 candidatures reçues, 6 candidats auditionnés le 20 novembre 2025 par un "
    "jury de quatre personnes (Ville, CHV, ARS, CPTS). Léa Moutier a pris ses fonctions le 5 janvier 2026."))
grp = s.shapes.add_group_shape()
steps = [("Diagnostic local", "mars-juin 2025"), ("Webinaire de lancement", "23 septembre 2025"),
         ("Convention signée", "4 décembre 2025"), ("Arrivée de la coordinatrice", "5 janvier 2026"),
         ("1re assemblée plénière", "12 février 2026")]
x = Inches(0.6)
for i, (a, b) in enumerate(steps):
    box_shape(grp.shapes, MSO_SHAPE.CHEVRON if i else MSO_SHAPE.PENTAGON, x, Inches(2.4), Inches(2.55),
              Inches(1.5), a + "\n" + b, TEAL if i < 4 else ORANGE, size=14)
    x += Inches(2.45)
grp.name = "Processus CLSM"
tb(s, Inches(0.8), Inches(4.5), Inches(11.8), Inches(1.6),
   ["Délibération du conseil municipal : 17 novembre 2025",
    "Premier comité de pilotage : 29 janvier 2026 (règlement intérieur et budget validés)"], size=16, color=GREY)

# 5 ------------------------------------------------------------------ diagnostic en chiffres
s = base("Ce que nous a appris le diagnostic", notes=(
    "Actualisation : selon le CHV, le délai pour voir un psychiatre au CMP adultes est passé de 11 à 9 semaines "
    "en janvier 2026, grâce au recrutement d'un psychiatre à mi-temps en novembre 2025. Pas d'amélioration au "
    "CMP infanto-juvénile."))
figs = [("31 %", "des habitants des QPV en détresse psychologique élevée (21 % dans toute la ville)"),
        ("36 %", "des 15-24 ans vivant en QPV en détresse psychologique élevée"),
        ("11 semaines", "pour voir un psychiatre au CMP adultes (avril 2025)"),
        ("7 mois", "d'attente au CMP infanto-juvénile"),
        ("82 %", "des professionnels demandent une instance de concertation")]
x = Inches(0.6)
for big, small in figs:
    b = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, x, Inches(2.0), Inches(2.35), Inches(3.4))
    b.fill.solid()
    b.fill.fore_color.rgb = LIGHT
    b.line.color.rgb = TEAL
    tf = b.text_frame
    tf.word_wrap = True
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.CENTER
    r = p.add_run()
    r.text = big
    r.font.size = Pt(28)
    r.font.bold = True
    r.font.color.rgb = TEAL
    p2 = tf.add_paragraph()
    p2.alignment = PP_ALIGN.CENTER
    r2 = p2.add_run()
    r2.text = small
    r2.font.size = Pt(13)
    r2.font.color.rgb = NAVY
    x += Inches(2.45)
tb(s, Inches(0.8), Inches(5.7), Inches(11.5), Inches(0.6),
   "Source : diagnostic local de santé mentale, Sillons Études, juin 2025 (612 habitants, 143 professionnels)",
   size=12, color=GREY)

# 6 ------------------------------------------------------------------ élection présidence
s = base("Élection de la présidence du CLSM", notes=(
    "Vote à main levée des membres des six collèges : 41 votants, 39 voix pour, 2 abstentions. Mandat jusqu'à "
    "l'échéance de la convention, en décembre 2028."))
bullets(s, Inches(0.8), Inches(1.8), Inches(11.5), Inches(4.5),
        ["Article 8 de la convention : la présidence revient à un élu municipal, élu par l'assemblée plénière sur "
         "proposition du maire",
         "Candidate proposée par le maire : Isabelle Fromentin, adjointe déléguée à la santé et à la cohésion "
         "sociale",
         "Résultat : Isabelle Fromentin est élue présidente du CLSM à l'unanimité moins deux abstentions",
         "Vice-président de droit : Dr Karim Benaïssa, chef du pôle de psychiatrie adulte du CHV"], size=20)

# 7 ------------------------------------------------------------------ représentants habitants
s = base("Les représentants des habitants", notes=(
    "Huit candidatures pour quatre sièges. Scrutin à bulletin secret réservé aux habitants présents (23 votants). "
    "Mamadou Keita avait posé la question de la place des habitants lors du webinaire de lancement."))
table(s, Inches(0.8), Inches(1.9), Inches(11.5),
      [["Quartier", "Représentants élus au collège des habitants", "Conseil citoyen"],
       ["Les Grands-Prés", "Fatoumata Sylla, Bernard Lhomme", "Conseil citoyen des Grands-Prés"],
       ["Le Clos-Saint-Marc", "Mamadou Keita, Josiane Perrot", "Conseil citoyen du Clos-Saint-Marc"]],
      [2.6, 5.4, 3.5], size=16, row_h=0.6)
tb(s, Inches(0.8), Inches(4.3), Inches(11.5), Inches(1.0),
   "Représentant des habitants au comité de pilotage : Mamadou Keita (suppléante : Fatoumata Sylla)", size=18,
   bold=True, color=TEAL)

# 8 ------------------------------------------------------------------ gouvernance (organigramme)
s = base("Comment fonctionne le CLSM ?", notes=(
    "Le comité de pilotage du 29 janvier 2026 a validé le règlement intérieur. Le secrétariat des instances est "
    "assuré par la coordinatrice, sans voix délibérative."))
g = s.shapes.add_group_shape()
box_shape(g.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, Inches(4.2), Inches(1.7), Inches(4.9), Inches(0.95),
          "Assemblée plénière\nTous les membres, ouverte aux habitants — au moins 1 fois par an", NAVY, size=15)
box_shape(g.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, Inches(4.2), Inches(3.05), Inches(4.9), Inches(0.95),
          "Comité de pilotage\n11 membres — au moins 3 fois par an", TEAL, size=15)
for k, (lab, sub) in enumerate([("Groupe 1", "Accès aux soins et situations complexes"),
                                ("Groupe 2", "Enfants et jeunes"),
                                ("Groupe 3", "Logement, cadre de vie, renouvellement urbain"),
                                ("CASC", "Cellule d'appui aux situations complexes — mensuelle")]):
    box_shape(g.shapes, MSO_SHAPE.RECTANGLE, Inches(0.7 + 3.05 * k), Inches(4.5), Inches(2.85), Inches(1.2),
              lab + "\n" + sub, ORANGE if lab == "CASC" else RGBColor(0x4A, 0x90, 0x94), size=14)
for xx in (6.65,):
    c = g.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(xx), Inches(2.65), Inches(xx), Inches(3.05))
    c.line.color.rgb = GREY
    c = g.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(xx), Inches(4.0), Inches(xx), Inches(4.5))
    c.line.color.rgb = GREY
box_shape(s.shapes, MSO_SHAPE.OVAL, Inches(10.0), Inches(1.6), Inches(2.7), Inches(1.2),
          "Coordination\nLéa Moutier", GREY, size=14)
tb(s, Inches(0.8), Inches(5.9), Inches(11.5), Inches(0.6),
   "Présidente : Isabelle Fromentin · Vice-président : Dr Karim Benaïssa", size=14, color=GREY)

# 9 ------------------------------------------------------------------ groupes de travail
s = base("Les trois groupes de travail", notes=(
    "Les groupes sont ouverts à tous : s'inscrire auprès de la coordinatrice avant le 1er mars 2026. Déjà "
    "52 inscrits au 11 février, dont 19 pour le groupe 3."))
table(s, Inches(0.6), Inches(1.8), Inches(12.1),
      [["Groupe", "Copilotes", "1re réunion"],
       ["1. Accès aux soins et situations complexes", "Dr Karim Benaïssa (CHV) et Nadège Ferry (CCAS)",
        "Mardi 10 mars 2026, 14 h"],
       ["2. Santé mentale des enfants et des jeunes", "Dr Anne Roussel-Tessier (CHV) et Claire Bouvier "
                                                      "(Éducation nationale)", "Jeudi 12 mars 2026, 17 h 30"],
       ["3. Logement, cadre de vie et renouvellement urbain", "Samir Haddad (Vaudaine Habitat) et Josiane Perrot "
                                                              "(conseil citoyen)", "Mardi 17 mars 2026, 18 h"]],
      [4.6, 4.9, 2.6], size=15, row_h=0.8)

# 10 ----------------------------------------------------------------- plan d'action
s = base("Plan d'action 2026", notes=(
    "Le plan d'action a été adopté par l'assemblée à main levée (aucune voix contre). Les indicateurs seront "
    "suivis par le comité de pilotage et présentés dans le rapport d'activité 2026."))
table(s, Inches(0.5), Inches(1.65), Inches(12.3),
      [["N°", "Action", "Pilote", "Échéance", "Indicateur"],
       ["1", "Installer la cellule d'appui aux situations complexes (CASC)", "Coordinatrice, groupe 1",
        "1re réunion le 9 avril 2026", "8 réunions en 2026"],
       ["2", "Former des professionnels et habitants relais aux premiers secours en santé mentale (PSSM)",
        "Coordinatrice", "Décembre 2026", "48 personnes formées (4 sessions)"],
       ["3", "Ouvrir des permanences d'écoute avec une psychologue dans les deux QPV", "Ville, centres sociaux",
        "3 mars 2026", "80 heures de permanence (mars-décembre)"],
       ["4", "Publier l'annuaire des ressources en santé mentale", "Groupe 1", "Juin 2026",
        "2 000 exemplaires et version en ligne"],
       ["5", "Protocole d'accompagnement des ménages relogés avec Vaudaine Habitat", "Groupe 3",
        "Septembre 2026", "Protocole signé"],
       ["6", "Forum « Santé mentale et quartiers » et SISM 2026", "Coordinatrice", "4 juin et octobre 2026",
        "Nombre de participants"],
       ["7", "Repérage et orientation des jeunes avec la Mission locale et la Maison des adolescents",
        "Groupe 2", "Décembre 2026", "Nombre de jeunes orientés"]],
      [0.5, 5.0, 2.3, 2.2, 2.3], size=11, row_h=0.55)

# 11 ----------------------------------------------------------------- CASC
s = base("Zoom sur la cellule d'appui aux situations complexes (CASC)", notes=(
    "Référence : le CLSM de Brenay examine environ 25 situations par an avec ce format. Objectif pour Ormeval "
    "en 2026 : 15 situations examinées. La fiche de saisine est téléchargeable sur le site de la Ville."))
bullets(s, Inches(0.8), Inches(1.7), Inches(11.8), Inches(5),
        ["Pour qui ? Des personnes en souffrance psychique pour lesquelles les professionnels sont en difficulté "
         "(refus de soins, incurie, troubles du voisinage, risque d'expulsion)",
         "Qui saisit ? Tout professionnel membre du CLSM, par une fiche de saisine envoyée 8 jours avant",
         "Quand ? Le deuxième jeudi de chaque mois, de 9 h 30 à 11 h 30, à la Maison de la cohésion sociale",
         "Qui participe ? Coordinatrice, psychiatre et cadre de santé du CMP, CCAS, service social "
         "départemental, bailleur, professionnel à l'origine de la saisine",
         "Quelles règles ? Accord de la personne recherché, sinon présentation anonymisée ; charte de "
         "confidentialité signée par chaque participant"], size=17)

# 12 ----------------------------------------------------------------- PSSM
s = base("Premiers secours en santé mentale (PSSM)", notes=(
    "Formateurs accrédités : deux infirmiers du CHV. Première session les 14 et 15 avril 2026 au centre social "
    "des Grands-Prés ; 9 inscrits à ce jour."))
bullets(s, Inches(0.8), Inches(1.7), Inches(7.0), Inches(5),
        ["Une formation de deux jours (14 heures) pour savoir repérer, approcher et orienter une personne en "
         "difficulté psychique",
         "4 sessions de 12 stagiaires en 2026, soit 48 personnes formées",
         "Publics prioritaires : gardiens d'immeuble, adultes-relais, animateurs des centres sociaux, agents "
         "d'accueil, bénévoles associatifs",
         "Gratuit pour les stagiaires : financé par l'ARS et la Ville"], size=18)
box_shape(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, Inches(8.3), Inches(2.2), Inches(4.3), Inches(2.6),
          "48\nsecouristes en santé mentale formés d'ici fin 2026", TEAL, size=40)

# 13 ----------------------------------------------------------------- renouvellement urbain
s = base("Renouvellement urbain et santé mentale", notes=(
    "Point relogement transmis par Vaudaine Habitat : 64 ménages des Grands-Prés relogés au 31 décembre 2025, "
    "sur les 212 à reloger. Trois situations ont déjà été signalées comme préoccupantes par la chargée de "
    "relogement."))
bullets(s, Inches(0.8), Inches(1.7), Inches(11.8), Inches(5),
        ["Grands-Prés : démolition des tours Verlaine, Rimbaud et Apollinaire, 212 ménages à reloger entre 2024 "
         "et 2027",
         "Clos-Saint-Marc : 410 logements réhabilités en site occupé",
         "47 % des habitants des Grands-Prés disent que les travaux et le relogement pèsent sur leur moral",
         "Propositions du groupe 3 :",
         "  former les chargées de relogement de Vaudaine Habitat aux premiers secours en santé mentale",
         "  désigner une référente santé mentale dans la cellule relogement",
         "  signer un protocole CLSM – Vaudaine Habitat d'ici septembre 2026"], size=18)

# 14 ----------------------------------------------------------------- CPTS et PTSM
s = base("Travailler avec la CPTS et dans le cadre du PTSM", notes=(
    "La ligne d'avis psychiatrique a reçu 57 appels de médecins généralistes entre novembre 2025 et janvier 2026. "
    "La CPTS du Pays d'Ormeval compte 74 adhérents. La révision du PTSM sera soumise au conseil territorial de "
    "santé en juin 2026."))
box_shape(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.7), Inches(1.7), Inches(5.8), Inches(0.7),
          "CPTS du Pays d'Ormeval", TEAL, size=18)
bullets(s, Inches(0.7), Inches(2.5), Inches(5.8), Inches(3.8),
        ["Ligne d'avis psychiatrique pour les médecins généralistes depuis novembre 2025",
         "Réunion de concertation pluriprofessionnelle (RCP) santé mentale chaque mois à la maison de santé des "
         "Grands-Prés, à partir de mars 2026",
         "La présidente de la CPTS siège au comité de pilotage"], size=16)
box_shape(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, Inches(6.9), Inches(1.7), Inches(5.8), Inches(0.7),
          "PTSM de la Vaudaine", NAVY, size=18)
bullets(s, Inches(6.9), Inches(2.5), Inches(5.8), Inches(3.8),
        ["Projet territorial de santé mentale adopté en 2020, en cours de révision",
         "Le CLSM en est la déclinaison locale à Ormeval",
         "Contribution du CLSM à la révision : parcours des personnes en situation complexe, santé mentale "
         "des jeunes"], size=16)

# 15 ----------------------------------------------------------------- budget
s = base("Budget 2026", notes=(
    "L'ARS a notifié sa subvention le 22 janvier 2026. La part du contrat de ville sera confirmée après le comité "
    "des financeurs du 19 mars 2026. Le budget pluriannuel 2026-2028 est disponible auprès de la coordinatrice."))
table(s, Inches(0.8), Inches(1.8), Inches(5.8),
      [["Financeur", "Montant", "Part"], ["ARS Centre-Val de Loire (FIR)", "32 000 €", "41 %"],
       ["Ville d'Ormeval", "34 000 €", "43,6 %"], ["Contrat de ville (État)", "12 000 €", "15,4 %"],
       ["Total", "78 000 €", "100 %"]], [3.2, 1.5, 1.1], size=15, row_h=0.6)
table(s, Inches(7.0), Inches(1.8), Inches(5.6),
      [["Dépenses", "Montant"], ["Coordination (poste et frais)", "52 000 €"],
       ["Actions du plan d'action", "23 100 €"], ["Fonctionnement", "2 900 €"], ["Total", "78 000 €"]],
      [3.8, 1.8], size=15, row_h=0.6)
tb(s, Inches(0.8), Inches(5.3), Inches(11.5), Inches(0.8),
   "Budget voté en équilibre ; s'y ajoutent des contributions en nature (locaux de la Ville, temps médical du CHV).",
   size=14, color=GREY)

# 16 ----------------------------------------------------------------- diapositive masquée
s = base("Diapositive de réserve — questions anticipées", hidden=True,
         notes="Ne pas projeter ; à utiliser seulement si la question est posée par la salle.")
bullets(s, Inches(0.8), Inches(1.7), Inches(11.8), Inches(5),
        ["Le CLSM va-t-il ouvrir une consultation ? Non : orientation vers le médecin traitant, le CMP ou les "
         "permanences d'écoute",
         "Peut-on rejoindre un groupe de travail sans être professionnel ? Oui, les groupes sont ouverts aux "
         "habitants",
         "Les situations présentées à la CASC sont-elles nominatives ? Seulement avec l'accord de la personne"],
        size=18)

# 17 ----------------------------------------------------------------- prochaines étapes
s = base("Prochaines étapes et contacts", notes=(
    "Prochaine assemblée plénière en février 2027, date à fixer par le comité de pilotage. Penser à faire "
    "remplir la feuille d'inscription aux groupes de travail avant le départ des participants."))
bullets(s, Inches(0.8), Inches(1.7), Inches(6.8), Inches(5),
        ["10, 12 et 17 mars : premières réunions des groupes de travail",
         "2 avril : comité de pilotage",
         "9 avril : première réunion de la CASC",
         "14 et 15 avril : première session PSSM",
         "4 juin : forum « Santé mentale et quartiers » aux Grands-Prés"], size=18)
box_shape(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, Inches(8.0), Inches(1.9), Inches(4.6), Inches(3.0),
          "Léa Moutier, coordinatrice\nMaison de la cohésion sociale\n14 rue des Tanneurs\n02 99 00 47 12\n"
          "clsm@ormeval.example", LIGHT, size=18, color=NAVY)

finish()
prs.core_properties.title = "Assemblée plénière du CLSM d'Ormeval — 12 février 2026"
prs.core_properties.author = "Léa Moutier"
prs.save(OUT)
print("écrit :", OUT, "—", len(prs.slides), "diapositives")
