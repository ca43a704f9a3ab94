# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs51 (38 avec réponse, 7 sans réponse, 4 en anglais).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit être retrouvée), doc (nom du fichier sans suffixe, « * » si la réponse
est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour les questions
sur la transcription .srt : début du repère où commence la première preuve.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")

ANNUAIRE = "2025-10-01_clsm-vireval_annuaire-reseau-precarite"
RADIO = "2025-11-20_radio-vireval-sensee_debat-place-publique-precarite"
VILLE = "2026-01-09_ville-vireval_precarite-sante-mentale-qui-fait-quoi"
SAMU = "2026-01-16_samu-social-vireval_suivi-activite-2025"
EMPP = "2026-02-05_ch-vireval_empp-bilan-2025-copil"
PASS = "2026-03-12_ch-vireval_rapport-activite-pass-psy-2025"
FEUILLE = "2026-03-26_clsm-vireval_feuille-de-route-gt-precarite-2026-2028"

Q = [
    # ---------------------------------------------------------------- chiffres (lieu, année, population)
    ("La PASS psy, elle a suivi combien de monde en 2025 ? Et l'année d'avant ?",
     [["341 personnes", "suivi 341 personnes"], ["287 en 2024"]], "*", "number"),
    ("Sur toute l'année 2025, les maraudes ont vu combien de gens différents, et combien de femmes parmi eux ?",
     [["634, dont 118 femmes"]], SAMU, "number"),
    ("Dans le tableau du SAMU social, ça donne quoi au 3e trimestre en nuits de sortie et en rencontres ?",
     [["Sous-total T3 39 566"]], SAMU, "number"),
    ("La nuit du 12 décembre 2025, la maraude a croisé combien de personnes ? Il s'est passé quoi de spécial ?",
     [["12/12/2025 vendredi 31"], ["ouverture de 20 places"]], SAMU, "number"),
    ("Combien de domiciliations en cours à l'antenne du CCAS aux Glacis fin 2025 ? (sur la page de la ville)",
     [["301 149 328 171"]], VILLE, "number"),
    ("On a combien de personnes domiciliées à Vireval au 31/12/2025, et combien sur tout le département ?",
     [["1 783 personnes domiciliées à Vireval"], ["6 870 dans tout le département"]], VILLE, "number"),
    ("Rapport PASS psy : combien de femmes vues à la permanence de l'espace Jacques-Brel l'an dernier ?",
     [["(Moulin-Blanc) — — 31 24 55"]], PASS, "number"),
    ("Combien de places à la Maison Olympe, et c'est pour qui ?",
     [["femmes (16 places)"], ["Femmes seules ou avec enfants"]], ANNUAIRE, "number"),
    # ---------------------------------------------------------------- comparaisons
    ("Pauvreté : les Glacis par rapport à Vireval et au département, ça donne quoi ?",
     [["47 % aux Glacis"], ["24 % taux de pauvreté à Vireval"], ["19 % en Scarpe-Sensée"]], VILLE, "comparison"),
    ("Pour un premier rendez-vous médical en CMP adultes, on attend pareil au nord et au sud ?",
     [["7 semaines"], ["4 semaines au CMP Vireval-Sud"]], EMPP, "comparison"),
    ("Demandes au 115 restées sans place en 2025 : Vireval seule vs tout le département ?",
     [["57 % de demandes non pourvues", "3 435 sur 6 077"], ["58 % de demandes non pourvues"]], "*", "comparison"),
    ("Le FIR de l'EMPP et celui de la PASS psy, c'est la même enveloppe ? Quels montants ?",
     [["FIR) : 35 000 € (travailleur pair)"], ["FIR de la PASS psy (285 000"]], EMPP, "comparison"),
    ("EMPP ou PASS psy, quelle différence en pratique ?",
     [["va au-devant des personnes"], ["accueil inconditionnel", "pas de droits ouverts"]], "*", "comparison"),
    # ---------------------------------------------------------------- dates
    ("Elle se réunit quand maintenant, la cellule situations complexes ?",
     [["deuxième jeudi de chaque mois"], ["14 h – 16 h"]], FEUILLE, "date"),
    ("À la radio en novembre, c'était quel jour du mois la cellule des situations complexes ?",
     [["premier jeudi de chaque mois"]], RADIO, "date", 655.0),
    ("L'EMPP qui sort le samedi, ça démarre quand ?",
     [["à partir du 4 avril 2026"]], "*", "date"),
    ("La période hivernale des maraudes, c'est de quand à quand, et ça fait combien de nuits par semaine ?",
     [["du 1er novembre au 31 mars"], ["cinq nuits", "5 nuits", "du lundi au vendredi"]], "*", "date"),
    ("Date limite pour l'appel à projets 2026 du contrat de ville ?",
     [["30 avril 2026"]], FEUILLE, "date"),
    # ---------------------------------------------------------------- qui
    ("C'est qui les co-pilotes du groupe précarité du CLSM ?",
     [["Thomas Vandamme"], ["Samia Belkacem"]], "*", "who"),
    ("Dans l'émission de RVS, c'est qui Rachid ?",
     [["un travailleur pair"], ["connu la rue pendant plusieurs années"]], RADIO, "who", 1290.5),
    # ---------------------------------------------------------------- sigles
    ("EMPP ça veut dire quoi déjà ?", [["équipe mobile psychiatrie précarité"]], "*", "acronym"),
    ("PSSM c'est quoi comme formation ?", [["premiers secours en santé mentale"]], "*", "acronym"),
    # ---------------------------------------------------------------- définitions
    ("La domiciliation ça sert à quoi concrètement pour quelqu'un à la rue ?",
     [["recevoir son courrier"], ["ouvrir ses droits", "faire valoir ses droits"]], "*", "definition"),
    ("Dans le rapport PASS psy, le délai d'accès il se calcule comment ? Le passage sans rdv compte comment ?",
     [["premier contact"], ["premier entretien infirmier"], ["compte pour zéro jour"]], PASS, "definition"),
    ("Dans le classeur du SAMU social, « personnes rencontrées », ce sont des personnes différentes ?",
     [["nombre de rencontres"], ["comptée à chaque fois"]], SAMU, "definition"),
    # ---------------------------------------------------------------- listes
    ("Les grands axes de la feuille de route du groupe précarité, c'est quoi ?",
     [["Accès aux droits"], ["Aller vers et continuité des soins"], ["Axe 3 — Interprétariat"],
      ["Repérer, former, coordonner"]], FEUILLE, "list"),
    ("Quelles langues reviennent le plus avec les interprètes de la PASS psy ?",
     [["arabe (94 entretiens)"], ["dari (71)"], ["géorgien (52)"]], PASS, "list"),
    # ---------------------------------------------------------------- marche à suivre
    ("Une habitante me dit qu'une femme dort dans le hall de son immeuble, je lui conseille quoi ?",
     [["le premier réflexe, c'est le 115"], ["03 99 00 27 15"]], RADIO, "howto", 868.2),
    ("Comment je fais pour avoir un interprète en face à face ?",
     [["au moins 48 h à l'avance", "au moins 48 heures à l'avance"], ["03 99 00 63 10"]], "*", "howto"),
    ("Pour se faire domicilier au CCAS sans rendez-vous, c'est où et quand ?",
     [["guichet 4"], ["lundi et mercredi, 8 h 30–12 h", "lundi et le mercredi de 8 h 30"]],
     "*", "howto"),
    ("Pour une place au CHRS Le Phare, on s'adresse à qui ?",
     [["Admission uniquement par le SIAO"]], ANNUAIRE, "howto"),
    # ---------------------------------------------------------------- oui / non
    ("Un habitant peut appeler l'EMPP lui-même ?",
     [["pas de demande directe du public", "ne reçoit pas de demandes directes du public",
       "ne peut pas être appelée directement"]], "*", "yesno"),
    ("D'après l'annuaire, faut-il prendre rdv pour la PASS psy au Moulin-Blanc ? c'est quel créneau ?",
     [["jeudi, 14 h–16 h 30"], ["hébergées chez des tiers, Sans rendez-vous"]], ANNUAIRE, "yesno"),
    ("La Fondation Abbé Pierre finance toujours quelque chose ici ? Elle a changé de nom, non ?",
     [["Fondation pour le logement des défavorisés"], ["espace hygiène"]], "*", "yesno"),
    # ---------------------------------------------------------------- en anglais
    ("Who pays for the SAMU social night outreach, and how much was it in 2025?",
     [["DDETS de Scarpe-Sensée (236 000 € en 2025)"], ["Ville de Vireval (18 500 €)"]], SAMU, "crosslingual"),
    ("How many men and women did the PASS psy see at its Les Glacis drop-in in 2024 and 2025?",
     [["(Les Glacis) 62 22 63 28 91"]], PASS, "crosslingual"),
    ("In the EMPP review slides, where was Mr D. first met and when was he rehoused?",
     [["pont de la Scarpe en février 2025"], ["relogé en décembre 2025"]], EMPP, "crosslingual"),
    ("On the radio debate, how many people left psychiatric hospital straight to the street in 2024?",
     [["quatorze personnes"]], RADIO, "crosslingual", 1240.1),
    # ---------------------------------------------------------------- sans réponse (quasi-pièges)
    ("L'EMPP avait rencontré combien de personnes en 2020 ?", [], None, "unanswerable"),
    ("Combien de personnes domiciliées au CCAS de Hautecourt ?", [], None, "unanswerable"),
    ("Est-ce qu'il y a un programme Un chez-soi d'abord à Vireval ?", [], None, "unanswerable"),
    ("Combien de lits halte soins santé (LHSS) à Vireval ?", [], None, "unanswerable"),
    ("Au premier trimestre 2026, combien de nuits de maraude ont été faites ?", [], None, "unanswerable"),
    ("Il y a combien de places en pension de famille sur Vireval ?", [], None, "unanswerable"),
    ("Quel est le taux de pauvreté des moins de 30 ans au Moulin-Blanc ?", [], None, "unanswerable"),
]


def main():
    out = []
    for i, q in enumerate(Q, 1):
        d = {"id": "n51-%02d" % i, "question": q[0], "evidence": q[1], "doc": q[2], "kind": q[3]}
        if len(q) > 4:
            d["at"] = q[4]
        out.append(d)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(DRAFT, len(out), "questions")
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié vers", FINAL)


if __name__ == "__main__":
    main()
