# -*- coding: utf-8 -*-
"""Génère le protocole départemental (.docx) du lot newdocs43."""
import os
from docx import Document
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2024-06-27_cd-val-de-sevrine_protocole-sante-mentale-enfants-confies.docx")

d = Document()
d.styles["Normal"].font.name = "Calibri"
d.styles["Normal"].font.size = Pt(11)
d.add_heading("Protocole départemental relatif à la santé mentale des enfants et adolescents confiés "
              "au titre de la protection de l'enfance", level=0)
d.add_paragraph("Département du Val-de-Sévrine — Conseil départemental, Centre hospitalier spécialisé La Sévrine, "
                "direction territoriale de la protection judiciaire de la jeunesse, Agence régionale de santé "
                "Nouvelle-Aquitaine (délégation départementale). Signé à Montclavel le 27 juin 2024.")

P = d.add_paragraph
H = lambda t: d.add_heading(t, level=1)
H2 = lambda t: d.add_heading(t, level=2)

H("Préambule")
P("Au 31 décembre 2023, 1 248 enfants et jeunes majeurs étaient confiés[1] à l'aide sociale à l'enfance (ASE) "
  "du Val-de-Sévrine, dont 57 % accueillis chez des assistants familiaux et 28 % en maison d'enfants à "
  "caractère social (MECS)[4]. 27 % d'entre eux étaient suivis par un centre médico-psychologique (CMP) "
  "infanto-juvénile, contre 22 % en moyenne nationale[6]. Le délai moyen d'obtention d'un premier rendez-vous "
  "en CMP infanto-juvénile atteignait 7 mois en 2023, tous publics confondus.")
P("À Montclavel, ville-préfecture de 61 800 habitants, un enfant confié sur trois originaire de la commune "
  "vient du quartier prioritaire de la politique de la ville des Hauts-de-Borie (5 430 habitants). Le conseil "
  "local de santé mentale (CLSM) de Montclavel a fait de la santé mentale des enfants protégés l'une de ses "
  "priorités pour la période 2024-2026.")
P("Les signataires constatent des ruptures de parcours fréquentes : fins de placement demandées en urgence, "
  "passages répétés aux urgences pédiatriques, suivis interrompus lors des changements de lieu d'accueil. "
  "Ils conviennent des dispositions suivantes.")

H("Article 1 — Objet")
P("Le présent protocole organise la coopération entre les signataires pour repérer précocement la souffrance "
  "psychique des enfants confiés, leur garantir un accès rapide aux soins et soutenir les professionnels et "
  "les assistants familiaux qui les accueillent au quotidien.")

H("Article 2 — Public concerné")
P("Sont concernés les mineurs confiés à l'ASE, les jeunes majeurs bénéficiant d'un contrat d'accompagnement "
  "jusqu'à 21 ans, ainsi que les jeunes faisant l'objet d'une double mesure[5]. Les enfants suivis uniquement "
  "dans le cadre d'une aide éducative à domicile ne relèvent pas du protocole.")

H("Article 3 — Évaluation à l'entrée dans le dispositif")
P("Dans les deux mois suivant le placement, le médecin référent protection de l'enfance du Département "
  "s'assure que l'enfant bénéficie d'un bilan de santé comportant un volet psychique. Les conclusions sont "
  "intégrées au projet pour l'enfant (PPE), avec l'accord des titulaires de l'autorité parentale.")

H("Article 4 — Filière d'accès prioritaire aux CMP")
P("Chaque CMP infanto-juvénile du CHS La Sévrine désigne un référent santé mentale, interlocuteur unique des "
  "services de l'ASE. Le premier rendez-vous d'un enfant confié est proposé dans un délai cible de six "
  "semaines[2]. Un créneau hebdomadaire est réservé à ces enfants dans chacun des quatre CMP du département "
  "(Montclavel, Castelvieil, Saint-Junien-des-Bois, Lauzerte-sur-Sévrine).")
P("Le référent santé mentale du CMP ne doit pas être confondu avec le référent ASE de l'enfant (travailleur "
  "social qui suit sa situation) ni avec le médecin référent protection de l'enfance du Département.")

H("Article 5 — Équipe mobile ASE-pédopsychiatrie (EMAP)")
H2("5.1 Missions et composition")
P("Une équipe mobile ASE-pédopsychiatrie (EMAP) est créée au 2 septembre 2024. Portée par le pôle de "
  "pédopsychiatrie du CHS La Sévrine, elle intervient sur tout le département, sur les lieux de vie de "
  "l'enfant : domicile de l'assistant familial, MECS, lieu de vie et d'accueil. Elle évalue, oriente, "
  "soutient les équipes éducatives et assure des soins de courte durée (six mois au plus) en attendant "
  "le relais par le CMP.")
P("L'équipe compte 7,4 équivalents temps plein[3] : un pédopsychiatre (0,8 ETP), deux psychologues, deux "
  "infirmiers, une éducatrice spécialisée, une assistante sociale (0,6 ETP), une secrétaire (0,5 ETP) et une "
  "cadre de santé (0,5 ETP). Elle est joignable du lundi au vendredi, de 9 h à 18 h, au 03 99 00 41 20.")
H2("5.2 Saisine et délais")
P("L'EMAP est saisie au moyen d'une fiche de saisine par le référent ASE de l'enfant, par l'éducateur de la "
  "PJJ pour un jeune en double mesure, ou par le médecin référent protection de l'enfance. Les assistants "
  "familiaux et les équipes de MECS passent par le référent ASE. L'équipe prend contact avec l'auteur de la "
  "saisine sous 72 heures et rencontre l'enfant sous 15 jours ; en situation de crise, elle intervient sous "
  "48 heures.")

H("Article 6 — Situations de crise et hospitalisation")
P("En dehors des heures d'ouverture de l'EMAP, les situations d'urgence relèvent du SAMU (15) et des urgences "
  "pédiatriques du centre hospitalier de Montclavel. Aucun enfant ne peut être hospitalisé en psychiatrie "
  "adulte, sauf décision motivée du pédopsychiatre de garde. À la sortie, un rendez-vous de suivi est fixé "
  "dans les huit jours.")

H("Article 7 — Rôle de la protection judiciaire de la jeunesse")
P("La direction territoriale de la PJJ désigne un correspondant santé au sein de l'unité éducative de milieu "
  "ouvert (UEMO) de Montclavel. Pour les jeunes en double mesure, une synthèse commune ASE-PJJ-soin est "
  "organisée au moins une fois par trimestre.")

H("Article 8 — Formation des assistants familiaux et des professionnels")
P("Le Département finance un module de trois jours (21 heures) intitulé « Repérer et accompagner la "
  "souffrance psychique de l'enfant accueilli », animé par l'EMAP et l'Institut de formation sociale "
  "Sévrine-Atlantique (IFSA). L'objectif est que les 443 assistants familiaux employés par le Département au "
  "1er juin 2024 l'aient suivi d'ici le 30 juin 2027. Les journées de formation sont rémunérées et l'accueil "
  "de l'enfant est organisé par un assistant familial relais.")

H("Article 9 — Partage d'informations")
P("Les informations strictement nécessaires à la prise en charge sont partagées entre professionnels "
  "concourant à la protection de l'enfance, dans le respect du secret professionnel. L'enfant, selon son âge "
  "et sa maturité, et les titulaires de l'autorité parentale sont informés de toute saisine de l'EMAP.")

H("Article 10 — Financement")
P("En année pleine, le fonctionnement de l'EMAP est financé à hauteur de 612 000 € : 432 000 € par l'ARS "
  "Nouvelle-Aquitaine au titre du fonds d'intervention régional (FIR) et 180 000 € par le Département. Pour "
  "l'exercice 2024 (septembre à décembre), les montants sont proratisés : 144 000 € pour l'ARS et 60 000 € "
  "pour le Département. La formation des assistants familiaux est financée par le Département sur son budget "
  "propre.")

H("Article 11 — Gouvernance et évaluation")
P("Un comité de pilotage, coprésidé par la vice-présidente du Conseil départemental chargée de l'enfance et "
  "de la famille et par la déléguée départementale de l'ARS, se réunit deux fois par an. Un comité technique "
  "se réunit tous les deux mois. Six indicateurs sont suivis : délai de premier rendez-vous en CMP, nombre "
  "d'enfants suivis par l'EMAP, part des enfants confiés suivis en CMP, passages aux urgences, fins de "
  "placement en urgence, nombre d'assistants familiaux formés. Le groupe de travail du CLSM de Montclavel est "
  "associé au suivi pour le territoire communal.")

H("Article 12 — Durée")
P("Le protocole est conclu pour trois ans à compter de sa signature, soit jusqu'au 30 juin 2027. Il peut être "
  "modifié par avenant.")

H("Qui fait quoi")
rows = [
    ("Acteur", "Rôle dans le protocole", "Délai ou fréquence"),
    ("Référent ASE", "Repère, remplit la fiche de saisine, informe la famille", "Dès le repérage"),
    ("Assistant familial / équipe de MECS", "Observe, alerte le référent ASE, participe aux synthèses",
     "Au quotidien"),
    ("Médecin référent protection de l'enfance", "Veille au bilan de santé, peut saisir l'EMAP",
     "Bilan sous deux mois"),
    ("EMAP (CHS La Sévrine)", "Évalue, soigne à court terme, soutient les accueillants",
     "Contact sous 72 h, visite sous 15 jours"),
    ("CMP infanto-juvénile", "Assure le suivi au long cours via la filière prioritaire",
     "Premier rendez-vous sous 6 semaines"),
    ("PJJ (UEMO de Montclavel)", "Correspondant santé, synthèse commune pour les doubles mesures",
     "Synthèse trimestrielle"),
    ("CLSM de Montclavel", "Suit la mise en œuvre à l'échelle de la ville et du QPV", "Groupe de travail"),
]
t = d.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v

H("Signatures")
sig = [
    ("Pour le Conseil départemental", "Pour le CHS La Sévrine", "Pour la PJJ", "Pour l'ARS Nouvelle-Aquitaine"),
    ("Jean-Marc Lescure, président", "Thierry Bouchaud, directeur", "Patrice Ollivaud, directeur territorial",
     "Nathalie Guéret, déléguée départementale"),
]
t = d.add_table(rows=2, cols=4)
t.style = "Table Grid"
for i, r in enumerate(sig):
    for j, v in enumerate(r):
        t.cell(i, j).text = v

H("Notes")
notes = [
    "Enfants confiés : mineurs et jeunes majeurs confiés au président du Conseil départemental par décision "
    "judiciaire ou administrative de placement, hors mesures éducatives exercées au domicile des parents.",
    "Le délai de six semaines court à compter de la réception par le CMP de la fiche de liaison complète.",
    "ETP : équivalent temps plein.",
    "MECS : maison d'enfants à caractère social, établissement qui accueille des enfants confiés en internat.",
    "Double mesure : jeune suivi à la fois par l'ASE et par la PJJ au titre d'une mesure pénale.",
    "Estimations de l'observatoire départemental de la protection de l'enfance (ODPE), données 2023.",
]
for i, n in enumerate(notes, 1):
    P("[%d] %s" % (i, n))

d.core_properties.title = "Protocole santé mentale des enfants confiés — Val-de-Sévrine"
d.save(OUT)
print(OUT)
