# -*- coding: utf-8 -*-
"""Écrit ../questions.jsonl (45 questions du lot newdocs19). Les preuves sont des extraits verbatim des documents,
contrôlés par check.py ; « at » (secondes) est le début du repère WebVTT où la première preuve est dite."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "questions.jsonl")

A = "2025-06-26_ville-de-montferville_deliberation-reseau-vigie-aines"
B = "2025-03-18_onsv-normandie_isolement-sante-mentale-seniors-qpv"
C = "2025-10-14_pvsn_webinaire-isolement-aines-crise-suicidaire"
D = "2025-02-10_clsm-cambrevast_bilan-2024-plan-actions-2025-aines-isolement"
E = "2025-09-23_clsm-montferville_module-sentinelles-crise-suicidaire-seniors"
F = "2025-11-05_les-fils-d-argent_visites-de-convivialite"
G = "2025-12-02_clsm-montferville_protocole-reperage-orientation-crise-suicidaire-aine"

Q = [
    # number (7)
    ("Enquête VMQ 2024 : quel pourcentage des 65 ans et plus des QPV sont socialement isolés, et combien hors QPV ?",
     [["38,4 % des répondants des QPV sont socialement isolés"], ["contre 27,1 % hors QPV"]], B, "number"),
    ("Combien coûte le réseau Vigie Aînés sur 2025-2026 et combien reste à la charge de la ville de Montferville ?",
     [["86 400 euros"], ["27 400 euros à la charge de la Ville", "Ville de Montferville 27 400"]], A, "number"),
    ("Combien de patients dans la file active de Pass'Âge en 2024 ?",
     [["file active était de trois cent quarante-huit"]], C, "number", 143),
    ("Allô Voisins Seniors, ça a fait combien d'appels en 2024 ?", [["2 950 appels"]], D, "number"),
    ("Les Fils d'Argent : combien de bénévoles actifs et combien de personnes âgées accompagnées en 2024 ?",
     [["64 bénévoles actifs"], ["212 personnes âgées accompagnées"]], F, "number"),
    ("Combien de fiches d'alerte le réseau Vigie Aînés a reçues entre fin septembre et fin novembre 2025 ?",
     [["Fiches d'alerte reçues | 31", "Fiches d'alerte reçues 31"]], G, "number"),
    ("En Normandie, quelle proportion des suicides concerne les 75 ans et plus ?",
     [["un décès par suicide sur cinq"]], E, "number"),
    # unanswerable (7)
    ("Combien de sentinelles Vigie Aînés ont été formées au Havre ?", [], None, "unanswerable"),
    ("Quel taux d'isolement des seniors l'enquête VMQ 2021 avait-elle mesuré ?", [], None, "unanswerable"),
    ("Y a-t-il un réseau de sentinelles pour les personnes âgées dans les quartiers prioritaires de Bretagne ?", [],
     None, "unanswerable"),
    ("Comment le dispositif VigilanS recontacte-t-il un senior de Montferville après une tentative de suicide ?", [],
     None, "unanswerable"),
    ("Combien de personnes âgées sont appelées chaque semaine par Allô Voisins Seniors à Évrecourt ?", [], None,
     "unanswerable"),
    ("Combien de fiches d'alerte Vigie Aînés ont été reçues en 2024 ?", [], None, "unanswerable"),
    ("Quel est le rôle de l'équipe spécialisée Alzheimer (ESA) dans le protocole Vigie Aînés ?", [], None,
     "unanswerable"),
    # crosslingual (3)
    ("How common are suicidal thoughts among over-65s in the priority neighbourhoods surveyed, compared with those "
     "living elsewhere?", [["fréquentes en QPV (6,9 %)"], ["hors QPV (3,6 %)"]], B, "crosslingual"),
    ("In the webinar, how long does the Pass'Âge mobile team take on average between a request and the first home "
     "visit?", [["première visite à domicile, c'est neuf jours"]], C, "crosslingual", 162),
    ("Who chairs the Les Fils d'Argent association, and since when has it been a MONALISA citizen team?",
     [["Mireille Lepetit"], ["équipe citoyenne MONALISA depuis 2016"]], F, "crosslingual"),
    # date (3)
    ("C'est quand qu'Allô Voisins Seniors a démarré à Cambrevast ?", [["Lancé le 2 avril 2024"]], D, "date"),
    ("La délibération sur Vigie Aînés a été publiée quand ?",
     [["publié le 3 juillet 2025", "Publié le : 03/07/2025"]], A, "date"),
    ("Le prochain webinaire du PVSN sur les aînés, c'est quel jour ?", [["mardi neuf décembre"]], C, "date", 1118),
    # document (3)
    ("Qui sont les auteurs du document de travail ONSV n° 2025-02 et de quand date-t-il ?",
     [["Claire Quesnel"], ["18 mars 2025"]], B, "document"),
    ("Le bilan 2024 du groupe Aînés de Cambrevast a été présenté à quelle instance, et à quelle date ?",
     [["comité de pilotage du CLSM le 10 février 2025"]], D, "document"),
    ("Sur le wiki du CLSM de Montferville, qui a rédigé le protocole Vigie Aînés v2 et quand a-t-il été validé ?",
     [["Nadia Ferhat (@nferhat)"], ["validée par le comité de pilotage du 2 décembre 2025"]], G, "document"),
    # fact (3)
    ("D'après la délibération, en combien de temps l'équipe mobile doit-elle contacter une personne signalée par une "
     "sentinelle ?", [["72 heures ouvrées"]], A, "fact"),
    ("Les permanences des Fils d'Argent, c'est quels jours et à quelle heure ?",
     [["mardi et jeudi, de 14 h à 17 h"]], F, "fact"),
    ("Avec quel outil l'enquête VMQ a-t-elle mesuré l'isolement social ?",
     [["échelle de réseau social de Lubben"]], B, "fact"),
    # transcript (3)
    ("Dans le webinaire du 14 octobre, combien de personnes à la première formation sentinelles, et qui c'était ?",
     [["dix-sept participants"], ["quatre agents du CCAS"]], C, "transcript", 487),
    ("Qu'est-ce que le Dr Varin conseille quand une personne âgée refuse toute aide ?",
     [["n'est pas celui de demain"]], C, "transcript", 833),
    ("À Cambrevast, combien d'hommes le médiateur a-t-il rencontrés à ses permanences ?",
     [["dix-neuf hommes"]], C, "transcript", 758),
    # who (3)
    ("Qui anime les jeux de rôle de l'après-midi dans la formation des sentinelles ?",
     [["Sandrine Leprévost, infirmière EMPSA"]], E, "who"),
    ("Quel élu est référent du réseau Vigie Aînés à Montferville ?",
     [["De désigner M. Bertrand LEMONNIER"]], A, "who"),
    ("Qui représente l'équipe mobile de gérontopsychiatrie dans le groupe de travail de Cambrevast ?",
     [["Dr François Lecoeur, gérontopsychiatre"]], D, "who"),
    # acronym (2)
    ("RUD, ça veut dire quoi ?", [["risque, urgence, dangerosité"]], G, "acronym"),
    ("MONALISA, c'est le sigle de quoi ?", [["Mobilisation nationale contre l'isolement des âgés"]], F, "acronym"),
    # comparison (2)
    ("Vigie Aînés et Allô Voisins Seniors : quelle différence de principe entre les deux ?",
     [["Des sentinelles formées repèrent et orientent la détresse"],
      ["Des bénévoles appellent chaque semaine des seniors isolés"]], E, "comparison"),
    ("Budget du groupe Aînés de Cambrevast : total réalisé en 2024 comparé au total prévu pour 2025 ?",
     [["26,6 k€"], ["32,0 k€"]], D, "comparison"),
    # definition (2)
    ("C'est quoi, une sentinelle, dans le projet Vigie Aînés ?",
     [["côtoient chaque jour des personnes âgées"]], A, "definition"),
    ("La cellule de veille Vigie Aînés, c'est quoi exactement ?",
     [["réunion mensuelle, le premier jeudi du mois"]], G, "definition"),
    # list (2)
    ("Quels comportements d'une personne âgée doivent alerter une sentinelle ?",
     [["Donne ses objets, range ses papiers"], ["Cesse de s'alimenter ou de se soigner"], ["Arrête ses traitements"]],
     E, "list"),
    ("Quelles sont les priorités 2025 du groupe Aînés de Cambrevast ?",
     [["Former 20 bénévoles d'Allô Voisins Seniors"], ["Aller vers les hommes âgés isolés"],
      ["Formaliser le protocole d'orientation avec l'EMGP"]], D, "list"),
    # paraphrase (2)
    ("Ma voisine de 85 ans est toute seule chez elle, quelqu'un pourrait passer lui tenir compagnie régulièrement "
     "sans que ça lui coûte un sou ?",
     [["un bénévole attitré lui rend visite chaque semaine"], ["Les visites sont gratuites"]], F, "paraphrase"),
    ("Pourquoi les papys des cités passent entre les mailles du filet côté toubib ?",
     [["aucun médecin généraliste dans l'année (14,6 %)"]], B, "paraphrase"),
    # yesno (2)
    ("Les Fils d'Argent, je peux les appeler si c'est une urgence ?",
     [["Nous ne sommes pas un service d'urgence"]], F, "yesno"),
    ("Le conseil municipal a-t-il voté Vigie Aînés à l'unanimité ?", [["Abstentions : 2"]], A, "yesno"),
    # howto (1)
    ("Comment j'envoie une fiche d'alerte Vigie Aînés quand je suis sentinelle ?",
     [["remplissez le formulaire en ligne"], ["déposez la fiche papier du carnet"]], G, "howto"),
]

with open(OUT, "w", encoding="utf-8") as f:
    for i, q in enumerate(Q, 1):
        text, ev, doc, kind = q[:4]
        row = {"id": "n19-%02d" % i, "question": text, "evidence": ev, "doc": doc, "kind": kind}
        if len(q) > 4:
            row["at"] = q[4]
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print("écrit", OUT, len(Q), "questions")
