# -*- coding: utf-8 -*-
"""Génère le bilan annuel 2025 (.docx) du groupe de travail « Climat scolaire, harcèlement et santé
mentale des élèves » du CLSM intercommunal de Lannévez Communauté (28 janvier 2026)."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus",
                   "2026-01-28_clsm-lannevez-communaute_bilan-2025-climat-scolaire.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)


def H(text, level=1):
    doc.add_heading(text, level=level)


def P(text, bold_prefix=None):
    p = doc.add_paragraph()
    if bold_prefix:
        r = p.add_run(bold_prefix)
        r.bold = True
    p.add_run(text)
    return p


def BUL(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


# ------------------------------------------------------------------ titre
t = doc.add_heading("Bilan annuel 2025", level=0)
p = doc.add_paragraph()
r = p.add_run("Groupe de travail « Climat scolaire, harcèlement et santé mentale des élèves »")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
P("Conseil local de santé mentale (CLSM) intercommunal de Lannévez Communauté — Côtes-d'Armor")
P("Document rédigé le 28 janvier 2026 par la coordination du CLSM, présenté au comité de pilotage du 5 février 2026.")
P("Rédaction : Maëlle Le Goff, coordinatrice du CLSM, avec les membres du groupe de travail. Relecture : Soizic Le Bihan, infirmière conseillère technique "
  "auprès de la direction des services départementaux de l'Éducation nationale (DSDEN), co-pilote du groupe.")

# ------------------------------------------------------------------ 1
H("1. Présentation du groupe de travail")
P("Le groupe de travail « Climat scolaire, harcèlement et santé mentale des élèves » a été créé en septembre 2023, à la suite de l'assemblée plénière du CLSM "
  "qui avait placé la santé mentale des jeunes parmi ses deux priorités pour la période 2023-2026. Sa création répondait à une demande conjointe des "
  "établissements scolaires, confrontés à une hausse des situations de souffrance psychique et de harcèlement depuis la crise sanitaire, et des "
  "professionnels du soin, qui constataient l'arrivée tardive des jeunes dans les dispositifs de soins, souvent au stade de la crise.")
P("Le groupe est co-piloté par la coordinatrice du CLSM et par l'infirmière conseillère technique de la DSDEN. Il réunit les six collèges publics et privés "
  "du territoire, les trois lycées, la maison des adolescents (MDA) de Lannévez, le centre médico-psychologique infanto-juvénile (CMPIJ), le point accueil "
  "écoute jeunes (PAEJ), le programme de réussite éducative (PRE) de la ville de Lannévez, le service jeunesse de Lannévez Communauté, la maison de protection "
  "des familles de la gendarmerie et l'association de parents Parents Solidaires Armor.")
P("En 2025, le groupe s'est réuni six fois en séance plénière, avec une participation moyenne de dix-sept personnes, contre quatre réunions et quatorze "
  "participants en moyenne en 2024. Trois sous-groupes thématiques ont par ailleurs travaillé entre les séances : formation, protocole de repérage, "
  "prévention et compétences psychosociales.")

H("Composition et fonctionnement", level=2)
BUL([
    "Co-pilotage : Maëlle Le Goff (coordinatrice du CLSM) et Soizic Le Bihan (infirmière conseillère technique, DSDEN).",
    "Référent soin : Dr Erwan Guillou, pédopsychiatre, responsable du CMPIJ de Lannévez.",
    "Référente prévention : Nolwenn Tanguy, psychologue et responsable du PAEJ.",
    "Secrétariat et logistique : coordination du CLSM, avec l'appui du service jeunesse de Lannévez Communauté.",
    "Rythme : une séance plénière tous les deux mois pendant l'année scolaire, comptes rendus diffusés sous quinze jours.",
])

# ------------------------------------------------------------------ 2
H("2. Contexte et chiffres clés du territoire")
P("Lannévez Communauté regroupe vingt-quatre communes et environ 58 000 habitants. La ville-centre, Lannévez, compte un quartier prioritaire de la politique "
  "de la ville (QPV), Kerbrézillic, où vivent environ 2 900 habitants, dont une part importante de familles monoparentales et de jeunes de moins de 25 ans. "
  "Le territoire compte environ 4 300 collégiens et 2 700 lycéens.")
P("En mars 2025, une enquête de climat scolaire a été menée dans les six collèges, selon une méthodologie commune à l'enquête réalisée en 2024. "
  "Les principaux résultats sont les suivants :")
BUL([
    "2 140 collégiens ont répondu au questionnaire en 2025, contre 1 870 en 2024.",
    "11 % des répondants déclarent avoir été victimes de moqueries, d'insultes ou de mises à l'écart répétées au cours de l'année, contre 13 % en 2024.",
    "9 % déclarent avoir subi au moins une forme de cyberharcèlement, proportion stable par rapport à 2024 (9 %).",
    "78 % des collégiens déclarent se sentir bien ou plutôt bien dans leur établissement, contre 74 % en 2024.",
    "Un peu plus d'un élève sur quatre déclare ne pas savoir à quel adulte s'adresser en cas de problème au collège.",
])
P("Du côté du soin, la maison des adolescents a reçu 247 jeunes du territoire en 2025, contre 212 en 2024, dont 41 % orientés par un établissement "
  "scolaire. Le délai d'attente pour un premier rendez-vous non urgent au CMPIJ a été ramené de cinq mois en 2024 à quatre mois en 2025, grâce notamment "
  "au recrutement d'une psychologue supplémentaire. Ce délai reste jugé beaucoup trop long par l'ensemble des membres du groupe.")

# ------------------------------------------------------------------ 3
H("3. Tableau de suivi des actions 2025")
P("Le tableau ci-dessous récapitule les actions inscrites au programme 2025 du groupe de travail, leur pilote, leur état d'avancement au 31 décembre 2025 "
  "et le budget mobilisé sur l'année.")
ACTIONS = [
    ("Action", "Pilote", "Statut au 31/12/2025", "Budget 2025"),
    ("A1 — Formation PSSM Jeunes des personnels des établissements et des structures jeunesse", "CLSM et MDA", "Réalisée", "9 600 €"),
    ("A2 — Ateliers de développement des compétences psychosociales (CPS) en classe de 6e", "PAEJ", "En cours (année scolaire 2025-2026)", "14 200 €"),
    ("A3 — Protocole partagé de repérage et d'orientation des élèves en souffrance psychique", "DSDEN et CLSM", "Réalisée (signé le 14 mai 2025)", "0 € (temps de travail des partenaires)"),
    ("A4 — Cellule de concertation « jeunes en situation complexe »", "CLSM", "Réalisée (8 réunions)", "1 500 €"),
    ("A5 — Semaine « Respect et écrans » de prévention du cyberharcèlement", "Service jeunesse de Lannévez Communauté", "Réalisée (novembre 2025)", "6 800 €"),
    ("A6 — Groupe de parole pour les parents d'enfants victimes de harcèlement", "Parents Solidaires Armor et MDA", "Reportée en 2026", "0 € (3 000 € reportés)"),
    ("A7 — Guide « Qui fait quoi ? » des ressources en santé mentale des jeunes", "CLSM", "En cours (parution prévue en mars 2026)", "2 400 €"),
    ("A8 — Protocole de retour en classe après une hospitalisation en psychiatrie", "CMPIJ et lycée Anne-de-Bretagne", "En cours (phase de test)", "500 €"),
    ("Total", "", "", "35 000 €"),
]
tbl = doc.add_table(rows=len(ACTIONS), cols=4)
tbl.style = "Light Grid Accent 1"
for i, row in enumerate(ACTIONS):
    for j, val in enumerate(row):
        cell = tbl.cell(i, j)
        cell.text = val
        if i == 0 or i == len(ACTIONS) - 1:
            for par in cell.paragraphs:
                for run in par.runs:
                    run.bold = True
doc.add_paragraph()
P("Le budget 2025 de 35 000 € a été financé par l'agence régionale de santé au titre du fonds d'intervention régional (FIR) pour 18 000 €, par Lannévez "
  "Communauté pour 12 000 € et par les crédits de la politique de la ville de la préfecture pour 5 000 €, ces derniers étant fléchés sur les actions "
  "bénéficiant aux élèves résidant dans le quartier de Kerbrézillic.")

# ------------------------------------------------------------------ 4
H("4. Résultats par action")
H("A1 — Formation PSSM Jeunes", level=2)
P("Le module « jeunes » des premiers secours en santé mentale s'adresse aux adultes qui côtoient des adolescents et des jeunes. Il a été privilégié par rapport "
  "au module standard car il traite des situations propres à l'adolescence : harcèlement, automutilations, troubles du comportement alimentaire, usages "
  "problématiques des écrans.")
BUL([
    "Trois sessions de deux jours organisées (février, avril et octobre 2025), animées par deux formatrices accréditées de la MDA.",
    "42 personnels formés : 11 conseillers principaux d'éducation (CPE), 14 assistants d'éducation (AED), 6 infirmières scolaires, 7 animateurs jeunesse, 4 éducateurs du PRE.",
    "Taux de satisfaction de 96 % ; 88 % des participants se disent plus à l'aise pour aborder un jeune qui semble aller mal.",
    "Liste d'attente de 19 personnes à la fin de l'année, qui justifie la reconduction en 2026.",
])
H("A2 — Compétences psychosociales en 6e", level=2)
P("Le programme, conçu par le PAEJ avec deux collèges pilotes en 2024, comprend huit séances d'une heure par classe, co-animées par une intervenante du PAEJ "
  "et un enseignant ou un CPE. Il porte sur la gestion des émotions, l'affirmation de soi, la résolution de conflits et l'empathie.")
BUL([
    "Déploiement dans les six collèges à la rentrée 2025 : 19 classes de 6e et 476 élèves concernés.",
    "Au 31 décembre 2025, 62 % des séances prévues sur l'année scolaire avaient été réalisées.",
    "Premiers retours des enseignants positifs, en particulier sur la gestion des conflits en récréation.",
    "Difficulté : disponibilité des enseignants pour la co-animation, très variable d'un établissement à l'autre.",
])
H("A3 — Protocole partagé de repérage et d'orientation", level=2)
P("Le protocole, signé le 14 mai 2025 par la DSDEN, le centre hospitalier, la MDA, le PAEJ et Lannévez Communauté, formalise le circuit d'un élève repéré "
  "en souffrance psychique : premier entretien avec l'infirmière ou le psychologue de l'Éducation nationale, information des parents, orientation vers la MDA, "
  "le PAEJ ou le CMPIJ selon la gravité, et retour d'information à l'établissement avec l'accord de la famille.")
BUL([
    "Neuf établissements signataires sur neuf.",
    "Une fiche de liaison unique a remplacé les quatre formulaires différents utilisés auparavant.",
    "Entre mai et décembre 2025, 64 orientations ont été réalisées selon le protocole, dont 29 vers la MDA, 21 vers le PAEJ et 14 vers le CMPIJ.",
    "Le protocole intègre les situations de harcèlement relevant du programme pHARe, afin que la prise en charge éducative du harcèlement s'accompagne, lorsque c'est nécessaire, d'une attention à la santé mentale de l'élève victime.",
])
H("A4 — Cellule de concertation « jeunes en situation complexe »", level=2)
BUL([
    "Huit réunions en 2025, sur saisine d'un membre du groupe.",
    "23 situations examinées, concernant des jeunes de 11 à 19 ans, dont 9 en situation de déscolarisation totale ou partielle.",
    "Pour 17 situations, une solution de suivi a été mise en place dans les trois mois suivant l'examen.",
    "Les familles sont informées et leur accord est recueilli avant toute présentation ; les jeunes de plus de 15 ans sont associés lorsque c'est possible.",
])
H("A5 — Semaine « Respect et écrans »", level=2)
BUL([
    "Organisée du 17 au 21 novembre 2025 dans quatre communes, en lien avec la journée nationale de lutte contre le harcèlement à l'école.",
    "1 150 élèves touchés par des interventions en classe, un spectacle-débat et un escape game sur le cyberharcèlement.",
    "Une soirée parents à Lannévez a réuni 85 personnes autour des usages numériques des adolescents.",
])
H("A6, A7 et A8 — Actions en cours ou reportées", level=2)
BUL([
    "A6 : le groupe de parole pour les parents n'a pu démarrer faute d'animatrice disponible à la MDA après un départ non remplacé ; les 3 000 € prévus sont reportés sur 2026.",
    "A7 : le guide « Qui fait quoi ? » est rédigé ; la maquette est en cours de finalisation pour une parution prévue en mars 2026, à 3 000 exemplaires.",
    "A8 : le protocole de retour en classe est testé depuis septembre 2025 au lycée Anne-de-Bretagne ; quatre élèves en ont bénéficié. Une évaluation est prévue en juin 2026 avant une éventuelle généralisation.",
])

# ------------------------------------------------------------------ 5
H("5. Analyse : ce qui a fonctionné, ce qui reste difficile")
H("Points forts", level=2)
BUL([
    "Un co-pilotage CLSM–Éducation nationale qui a légitimé le groupe auprès des chefs d'établissement.",
    "Un langage commun construit grâce à la formation PSSM Jeunes, suivie par des professionnels de l'école et du hors-école.",
    "Un circuit d'orientation clarifié et connu, grâce au protocole partagé et à la fiche de liaison unique.",
    "L'implication d'une association de parents, qui a permis de prendre en compte le point de vue des familles.",
])
H("Difficultés", level=2)
BUL([
    "Des délais d'accès au CMPIJ toujours très longs, qui mettent en difficulté les établissements après l'orientation.",
    "Le turnover des personnels de l'Éducation nationale, qui impose de présenter à nouveau le protocole à chaque rentrée.",
    "La faible participation des lycées professionnels aux séances plénières.",
    "L'absence de réponse adaptée pour les jeunes déscolarisés, qui échappent aux circuits scolaires.",
])
P("Les membres du groupe ont souligné lors de la séance de bilan du 9 décembre 2025 que le climat scolaire ne se réduit pas au harcèlement : la qualité "
  "des relations entre élèves et adultes, le sentiment de justice, la sécurité des espaces et la place des parents y contribuent tout autant. "
  "Le groupe souhaite élargir ses travaux en ce sens en 2026.")

H("Paroles de membres du groupe", level=2)
P("Lors de la séance de bilan, chaque membre a été invité à dire en une ou deux phrases ce que le groupe avait changé dans sa pratique. Quelques extraits :")
BUL([
    "Une CPE de collège : « Avant, quand un élève pleurait dans mon bureau, j'appelais les parents et j'espérais. Aujourd'hui, j'ai une fiche, un circuit et des noms. »",
    "Le pédopsychiatre du CMPIJ : « Nous recevons des jeunes mieux orientés, avec des informations utiles. Mais nous ne pouvons pas les recevoir plus vite, et c'est frustrant pour tout le monde. »",
    "Une représentante de Parents Solidaires Armor : « Pour la première fois, les parents sont autour de la table, et pas seulement convoqués quand ça va mal. »",
    "Un animateur du service jeunesse : « La formation commune avec les AED a créé des liens entre le dedans et le dehors de l'école. On se connaît, on s'appelle. »",
])
H("La participation des élèves", level=2)
P("Le groupe s'est attaché, en 2025, à associer davantage les élèves eux-mêmes. Dans quatre collèges, les élèves ambassadeurs du programme pHARe, "
  "formés pour repérer et signaler les situations de harcèlement entre pairs, ont été consultés sur le contenu de la semaine « Respect et écrans » "
  "et ont animé une partie des interventions en classe. Au lycée Anne-de-Bretagne, le conseil de la vie lycéenne a participé à la relecture du guide "
  "« Qui fait quoi ? », ce qui a conduit à simplifier fortement la présentation des ressources et à ajouter une page sur les applications et lignes "
  "d'écoute accessibles sans l'accord des parents.")
P("Les élèves consultés ont exprimé plusieurs attentes : pouvoir parler à un adulte sans que cela « remonte » immédiatement aux parents, disposer d'un lieu "
  "calme dans l'établissement, et être mieux informés de ce qui se passe après un signalement de harcèlement. Le groupe a transmis ces remarques aux chefs "
  "d'établissement et propose d'en tenir compte dans la mise à jour du protocole de repérage.")
H("Indicateurs de suivi retenus", level=2)
P("Pour mieux rendre compte de son activité, le groupe a retenu en 2025 une liste resserrée d'indicateurs, qui seront suivis chaque année et présentés "
  "au comité de pilotage :")
BUL([
    "nombre de professionnels formés au repérage (PSSM Jeunes et autres formations) ;",
    "nombre d'orientations réalisées selon le protocole partagé, par structure de destination ;",
    "délai moyen d'accès à un premier rendez-vous au CMPIJ, à la MDA et au PAEJ ;",
    "proportion de collégiens déclarant savoir à quel adulte s'adresser, mesurée par l'enquête de climat scolaire ;",
    "nombre de situations examinées en cellule de concertation et proportion de situations ayant abouti à un suivi dans les trois mois.",
])

# ------------------------------------------------------------------ 6
H("6. Perspectives 2026")
P("Sur la base de ce bilan, le groupe de travail propose au comité de pilotage les orientations suivantes pour l'année 2026 :")
BUL([
    "Reconduire la formation PSSM Jeunes (trois sessions) et l'ouvrir aux personnels des lycées professionnels et des centres de formation d'apprentis.",
    "Étendre les ateliers de compétences psychosociales aux classes de 5e dans deux collèges volontaires à la rentrée 2026.",
    "Lancer le groupe de parole pour les parents d'enfants victimes de harcèlement, avec une animatrice recrutée par la MDA.",
    "Diffuser le guide « Qui fait quoi ? » à l'ensemble des établissements, des mairies et des professionnels de santé du territoire.",
    "Évaluer le protocole de retour en classe après hospitalisation et décider de sa généralisation à l'ensemble des lycées.",
    "Construire, avec le centre hospitalier, un protocole de postvention en milieu scolaire, pour organiser la réponse d'un établissement après le suicide ou la tentative de suicide d'un élève, en articulation avec le dispositif VigilanS pour les adolescents.",
    "Mener une troisième enquête de climat scolaire en mars 2026, en l'étendant aux classes de seconde des trois lycées.",
])
P("Le budget prévisionnel 2026 du groupe de travail s'élève à 41 500 €. Il intègre les 3 000 € reportés de l'action A6 et le financement d'une demi-journée "
  "de formation à la postvention. Une demande de financement complémentaire a été déposée auprès de la caisse d'allocations familiales pour le groupe "
  "de parole des parents.")
P("Le groupe propose enfin que la co-présidence de la prochaine assemblée plénière du CLSM, prévue en juin 2026, soit l'occasion de présenter ces travaux "
  "aux élus des vingt-quatre communes, dont beaucoup ignorent l'existence du protocole de repérage.")

# ------------------------------------------------------------------ annexe
H("Annexe — Sigles utilisés")
SIGLES = [
    ("AED", "Assistant d'éducation"),
    ("CLSM", "Conseil local de santé mentale"),
    ("CMPIJ", "Centre médico-psychologique infanto-juvénile"),
    ("CPE", "Conseiller principal d'éducation"),
    ("CPS", "Compétences psychosociales"),
    ("DSDEN", "Direction des services départementaux de l'Éducation nationale"),
    ("FIR", "Fonds d'intervention régional"),
    ("MDA", "Maison des adolescents"),
    ("PAEJ", "Point accueil écoute jeunes"),
    ("pHARe", "Programme de lutte contre le harcèlement à l'école"),
    ("PRE", "Programme de réussite éducative"),
    ("PSSM", "Premiers secours en santé mentale"),
    ("QPV", "Quartier prioritaire de la politique de la ville"),
]
t2 = doc.add_table(rows=len(SIGLES) + 1, cols=2)
t2.style = "Light List Accent 1"
t2.cell(0, 0).text = "Sigle"
t2.cell(0, 1).text = "Signification"
for i, (a, b) in enumerate(SIGLES, start=1):
    t2.cell(i, 0).text = a
    t2.cell(i, 1).text = b

doc.core_properties.title = "Bilan annuel 2025 — Groupe de travail Climat scolaire, harcèlement et santé mentale des élèves"
doc.core_properties.author = "CLSM intercommunal de Lannévez Communauté"
doc.save(OUT)
print("written", OUT)
