# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs54 (38 avec réponse, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit être retrouvée), doc (nom du fichier sans suffixe, « * » si la
réponse est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour les
questions sur la transcription .vtt : début du repère où commence la première preuve.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")

CR = "2025-03-18_clsm-montbrisac_cr-gt-enfance-mars-2025"
CMPP = "2025-06-12_cmpp-montbrisac_rapport-activite-2024"
CSV = "2025-09-08_ville-montbrisac_ecoles-programme-cps-2025-2026"
FAQ = "2025-10-07_clsm-montbrisac_faq-parents-sante-mentale-enfants"
WEB = "2025-11-20_clsm-montbrisac_webinaire-sante-mentale-6-12-ans"
LET = "2025-12-09_clsm-montbrisac_lettre-enfance-n3"
BIL = "2026-01-27_clsm-montbrisac_bilan-gt-enfance-2025"

# (question, evidence, doc, kind[, at])
Q = [
    # ---------------------------------------------------------------- chiffres (date, lieu, population)
    ("Liste d'attente du CMPP : on en est où fin 2025 par rapport à fin 2024 ?",
     [["117 2025", "Objectif 2025 (moins de 120) atteint"], ["139 2024"]], BIL, "number"),
    ("Dans le compte rendu de mars, combien de gamins étaient vraiment sur la liste d'attente du CMPP au 31/12/2024 ?",
     [["le chiffre exact est de 139 enfants"]], CR, "number"),
    ("Le délai avant un premier rendez-vous au CMPP a-t-il baissé entre 2023 et 2024 ?",
     [["212 jours en 2023", "2023 212 95 161"], ["187 jours en 2024", "2024 187 82 139"]], "*", "comparison"),
    ("Et le délai médian au CMPP en 2024, il était de combien ?",
     [["est de 164 jours"]], CMPP, "number"),
    ("Combien d'enfants suivis au CMPP habitent un quartier prioritaire, et combien aux Tilleuls ?",
     [["197 enfants de la file active"], ["121 aux Tilleuls"]], CMPP, "number"),
    ("Dans le rapport d'activité 2024 du CMPP, quel est le budget total et combien vient de l'Assurance maladie ?",
     [["2 310 000 €"], ["2 140 000 €"]], CMPP, "document"),
    ("Combien d'heures d'infirmière scolaire par semaine pour l'école Jean-Macé ?",
     [["Champ-Rollin (QPV) 198 4 2023 4"]], CSV, "number"),
    ("Le programme CPS, ça fait combien d'écoles et de classes cette année scolaire 2025-2026 ?",
     [["9 écoles, 31 classes", "neuf écoles et trente et une classes", "neuf écoles et 31 classes"]], "*", "number"),
    ("D'après la lettre de décembre, combien d'enseignants sont formés au programme CPS ?",
     [["58 enseignants"]], LET, "number"),
    # ---------------------------------------------------------------- dates
    ("L'accueil sans rendez-vous du CMP enfants, ça commence quand et à quelle heure ?",
     [["mardi 6 janvier 2026"], ["16 h 30 à 18 h 30"]], LET, "date"),
    ("La conférence pour les parents sur les écrans et le sommeil, c'est quand et où ?",
     [["mardi 27 janvier 2026"], ["3 place des Glycines", "salle polyvalente de Champ-Rollin"]], LET, "date"),
    ("Après la réunion de mars 2025, quand et où devait se tenir la réunion suivante du groupe enfance ?",
     [["mardi 17 juin 2025"], ["14 rue des Forgerons"]], CR, "date"),
    ("En quelle année l'école Marie-Curie est-elle entrée dans le programme CPS ?",
     [["Champ-Rollin (QPV) 173 3 2024"]], CSV, "date"),
    # ---------------------------------------------------------------- qui
    ("Dans le tableau des actions du CR de mars, qui porte la fiche de liaison et pour quand ?",
     [["Yanis Belkacem 30 avril 2025"]], CR, "document"),
    ("Qui intervient à la conférence-débat des parents de janvier ?",
     [["Dr Hélène Fabre"], ["Nadia Ferhat"]], LET, "who"),
    ("Qui a présenté le rapport d'activité du CMPP à l'AG de juin 2025 ?",
     [["Dr Thomas Lacombe"], ["Martine Roussel"]], CMPP, "who"),
    # ---------------------------------------------------------------- sigles et définitions
    ("REAAP, ça veut dire quoi déjà ?",
     [["réseau d'écoute, d'appui et d'accompagnement des parents"]], CR, "acronym"),
    ("CMPP c'est quoi exactement, et qui le gère à Montbrisac ?",
     [["centre médico-psycho-pédagogique"], ["association Les Sources d'Orsange"]], "*", "acronym"),
    ("Les compétences psychosociales, concrètement, c'est quoi ?",
     [["reconnaître et nommer ses émotions"], ["résoudre un conflit sans violence"]], FAQ, "definition"),
    ("L'accueil prioritaire du CMPP, ça marche comment et qui y a droit ?",
     [["fiche de liaison"], ["domiciliés aux Tilleuls ou à Champ-Rollin", "habite aux Tilleuls ou à Champ-Rollin"]],
     "*", "definition"),
    # ---------------------------------------------------------------- comparaisons
    ("Taux de pauvreté des moins de 18 ans : les Tilleuls, le département et la France ?",
     [["Les Tilleuls (QPV) 54 %"], ["Orsange (département) 16 %"], ["France métropolitaine 21 %"]], BIL,
     "comparison"),
    ("Au CMP enfants en 2025, combien de temps pour l'entretien infirmier et combien pour voir un médecin ?",
     [["entretien d'accueil infirmier : 16 jours"], ["19 semaines en moyenne"]], BIL, "comparison"),
    ("CMP ou CMPP, c'est quoi la différence pour une famille ?",
     [["dépend du centre hospitalier de Montbrisac"], ["3 à 16 ans"], ["0 à 20 ans"]], FAQ, "comparison"),
    ("L'ARS met-elle autant d'argent dans le programme CPS en 2026 qu'en 2025 ?",
     [["42 000 €", "quarante-deux mille"], ["36 000 €", "trente-six mille euros"]], "*", "yesno"),
    # ---------------------------------------------------------------- listes
    ("Qu'est-ce qui a été décidé à la réunion du groupe enfance de mars 2025 ?",
     [["fiche de liaison commune école"], ["Victor-Hugo et Saint-Exupéry"], ["webinaire pour les professionnels"],
      ["FAQ pour les parents"]], CR, "list"),
    ("Quelles sont les étapes du parcours d'un enfant au CMPP ?",
     [["Entretien d'accueil"], ["Liste d'attente"], ["Premier rendez-vous"], ["Synthèse d'équipe"],
      ["Projet de soins"]], CMPP, "list"),
    ("Quelles écoles élémentaires ne font pas encore le programme CPS ?",
     [["École élémentaire Jacques-Prévert"], ["École élémentaire du Moulin"], ["École primaire du Clos-Fleuri"]],
     CSV, "list"),
    ("Quels signes chez un enfant doivent alerter les parents ?",
     [["cauchemars presque toutes les nuits"], ["maux de ventre ou de tête"], ["ne veut plus aller à l'école"]],
     FAQ, "list"),
    # ---------------------------------------------------------------- oui / non, démarches
    ("Un parent peut-il demander lui-même un rendez-vous à la psychologue de l'école ?",
     [["demander vous-même un rendez-vous"], ["besoin de passer par l'enseignant"]], FAQ, "yesno"),
    ("Est-ce que le CMPP coûte quelque chose aux familles ?",
     [["pris en charge à 100 %", "pris en charge à cent pour cent", "sans avance de frais"]], "*", "yesno"),
    ("Au webinaire de novembre, quelqu'un demandait si la MDA peut prendre un enfant de 10 ans : réponse ?",
     [["à partir de onze ans"], ["le CMP enfants ou le CMPP"]], WEB, "yesno", 1257.5),
    ("Une école hors quartier prioritaire veut rejoindre le programme CPS : comment elle fait ?",
     [["conseiller pédagogique, Laurent Giraud"], ["avant le 31 mars"]], WEB, "howto", 1302.5),
    # ---------------------------------------------------------------- transcription
    ("Dans le webinaire, comment la pédopsy définit le refus scolaire anxieux ?",
     [["mais qui n'y arrive pas"], ["ni de la paresse ni un caprice"]], WEB, "transcript", 293.1),
    ("L'histoire d'Inès racontée au webinaire : en combien de temps a-t-elle eu son premier rendez-vous ?",
     [["premier rendez-vous au CMPP en cinq semaines"]], WEB, "transcript", 732.4),
    # ---------------------------------------------------------------- anglais
    ("How many children did the PRE support in 2025, and how many of them were aged 6 to 11?",
     [["172 enfants accompagnés en 2025"], ["118 âgés de 6 à 11 ans"]], BIL, "crosslingual"),
    ("When is the Enfance working group's next meeting after the January 2026 plenary?",
     [["mardi 10 mars 2026"]], BIL, "crosslingual"),
    ("In the November webinar, how much did the ARS give to the CPS programme this year, and how much next year?",
     [["trente-six mille euros"], ["quarante-deux mille"]], WEB, "crosslingual", 1132.3),
    ("When does the Maison des adolescents hold its drop-in at Jean-Rostand middle school?",
     [["jeudi de 12 h à 14 h", "jeudi de midi à quatorze heures"]], "*", "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("C'était combien le délai d'attente au CMPP de Montbrisac en 2020 ?", [], None, "unanswerable"),
    ("Combien d'enfants sont sur liste d'attente au CMPP de Valcros ?", [], None, "unanswerable"),
    ("Combien d'enfants avec un TDAH le CMP enfants Les Capucines suit-il ?", [], None, "unanswerable"),
    ("Est-ce que le RASED intervient dans les écoles du programme CPS ?", [], None, "unanswerable"),
    ("Les enfants du PRE peuvent-ils voir un psychologue libéral avec Mon soutien psy ?", [], None,
     "unanswerable"),
    ("Combien la CPAM met-elle dans le programme CPS ?", [], None, "unanswerable"),
    ("Combien d'élèves de Montbrisac ont suivi le programme pHARe contre le harcèlement ?", [], None,
     "unanswerable"),
]


def main():
    rows = []
    for i, q in enumerate(Q, 1):
        d = {"id": "n54-%02d" % i, "question": q[0], "evidence": q[1], "doc": q[2], "kind": q[3]}
        if len(q) > 4:
            d["at"] = q[4]
        rows.append(d)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for d in rows:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("écrit :", DRAFT, len(rows), "questions")
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié :", FINAL)


if __name__ == "__main__":
    main()
