# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions, n26-01 à n26-45). Pour les questions dont « doc » est le WebVTT du webinaire,
« at » est la seconde estimée où commence la première alternative du premier groupe de preuves : début du repère où
elle se trouve (lu par check.py) plus les mots qui la précèdent dans ce repère, au débit du générateur (1,95 mot par
seconde), borné à 15 secondes après le début du repère."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402

V = "2026-03-12_crsm-terre-aurore_webinaire-crise-soins-sans-consentement"
D = "2026-02-05_chs-morne-vigie_soins-sans-consentement-chiffres-2025"
R = "2026-04-02_cdsp-terre-aurore_rapport-activite-2025"
W = "2026-02-16_clsm-cap-aurore_cellule-de-crise"
C = "2026-01-14_clsm-cap-aurore_cr-comite-liaison-forces-ordre"
M = "2026-01-20_prefecture-terre-aurore_memento-maires-mesure-provisoire"
U = None

Q = [
    # number
    ("number", "combien d'admissions en soins sans consentement au CHS de Morne Vigie en 2025 ? et l'année d'avant ?",
     [["on a eu 538 admissions", "enregistré 538 admissions en soins sans consentement", "538 en 2025"],
      ["contre 486 en 2024", "C'était 486 en 2024", "Total : 486 admissions en 2024"]], "*"),
    ("number", "Combien de personnes étaient en programme de soins fin 2025 ?",
     [["164 personnes faisaient l'objet d'un programme de soins", "164 personnes étaient en programme de soins",
       "164 personnes en programme de soins au 31 décembre 2025"]], "*"),
    ("number", "Le JLD a prononcé combien de mainlevées en 2025 ?",
     [["prononcé 19 mainlevées", "Motifs des 19 mainlevées"]], "*"),
    ("number", "combien de situations la cellule de crise du CLSM a examiné l'an dernier (2025) ?",
     [["la cellule a examiné 47 situations", "47 situations examinées"]], "*"),
    ("number", "Aux urgences du CHU, les patients attendent combien de temps en moyenne avant d'être transférés au "
               "CHS ?",
     [["11 h 40"]], D),
    ("number", "Combien de policiers et gendarmes ont été formés à la crise psychique en 2025, et combien de plus "
               "sont prévus en 2026 ?",
     [["86 policiers et gendarmes ont suivi", "a formé 86 agents en 2025"],
      ["60 policiers et gendarmes supplémentaires", "former 60 agents de plus en 2026"]], "*"),
    ("number", "la nuit, l'ambulance met combien de temps en moyenne pour arriver ? et au pire dans les hauts ?",
     [["ambulance est de 1 h 52"], ["atteint 3 h 05 au maximum"]], C),
    # unanswerable
    ("unanswerable", "Combien de mesures provisoires les maires de Terre-Aurore ont-ils prises en 2023 ?", [], U),
    ("unanswerable", "Est-ce que la cellule de crise du CLSM intervient aussi à Grand-Fond ?", [], U),
    ("unanswerable", "Combien de patients du CHS ont été transférés en UMD en 2025 ?", [], U),
    ("unanswerable", "Combien de sorties de courte durée ont été accordées aux patients en SDRE en 2025 ?", [], U),
    ("unanswerable", "Le GEM d'Anse-Coralie a combien d'adhérents ?", [], U),
    ("unanswerable", "Combien de gendarmes avaient deja été formés au module crise psychique en 2024 ?", [], U),
    ("unanswerable", "Le CHS fait-il des téléconsultations avec les brigades de gendarmerie la nuit ?", [], U),
    # crosslingual
    ("crosslingual", "What share of involuntary admissions went through the 'imminent peril' procedure in 2025?",
     [["représente désormais 20,3 % des admissions", "un peu plus d'une sur cinq"]], "*"),
    ("crosslingual", "Who can refer a case to the CLSM crisis cell, and can a relative do it directly?",
     [["la saisine est réservée aux membres de la cellule"],
      ["Adressez-vous au CCAS de votre commune", "Une famille passe par le CCAS"]], "*"),
    ("crosslingual", "How many people did the mobile psychiatry outreach team follow in 2025?",
     [["notre file active, c'était 236 personnes"]], V),
    # date
    ("date", "La convention entre le CHS, la police et la gendarmerie, elle a été signée quand ?",
     [["signée le 4 avril 2025", "convention du 4 avril 2025"]], "*"),
    ("date", "c'est quand la prochaine reunion du comite de suivi de la convention forces de l'ordre ?",
     [["mercredi 15 avril 2026 à 9 h 30"]], C),
    ("date", "Le binome infirmier-gendarme à Saint-Lucien, ça démarre quand et pour combien de temps ?",
     [["débutera le 1er mars 2026 à Saint-Lucien"], ["pour six mois"]], C),
    # document
    ("document", "Dans le mémento pour les maires de janvier 2026, qu'est-ce qu'on envoie au préfet et dans quel "
                 "délai ?",
     [["l'arrêté provisoire signé"], ["Transmettre au préfet dans les 24 heures"]], M),
    ("document", "Rapport d'activité 2025 de la CDSP de Terre-Aurore : que recommande-t-il sur le péril imminent et sur "
                 "les urgences du CHU ?",
     [["Documenter systématiquement la recherche d'un tiers"], ["espace d'apaisement dédié aux patients en crise"]],
     R),
    ("document", "Dans le diaporama du CHS présenté à la plénière du CLSM du 5 février 2026, quelles sont les pistes "
                 "pour 2026 ?",
     [["pair-aidant aux urgences du CHU"], ["check-list tiers"], ["plan de crise conjoint proposé à chaque sortie"]],
     D),
    # fact
    ("fact", "La cellule de crise se réunit quand ?", [["chaque jeudi à 8 h 30"]], "*"),
    ("fact", "Sur quelles communes intervient la cellule de crise du CLSM de Cap Aurore ?",
     [["Port-Aurore, Anse-Coralie et Morne-Vigie"]], W),
    ("fact", "D'après les diapos du CHS, les patients arrivent au CHS surtout comment ? ambulance, pompiers ?",
     [["Ambulance privée 78 %"]], D),
    # transcript
    ("transcript", "Dans le webinaire, qu'est-ce que l'équipe mobile a fait pour Monsieur T. qui dormait sous la "
                   "halle ?",
     [["On est passés le voir pendant trois semaines"]], V),
    ("transcript", "Pendant le webinaire, qu'est-ce qui a le plus manqué à Fabrice lors de son hospitalisation sans "
                   "consentement ?",
     [["qu'on m'explique mes droits"]], V),
    ("transcript", "au webinaire du 12 mars la capitaine de gendarmerie a dit quoi sur les menottes ?",
     [["le menottage doit rester exceptionnel"]], V),
    # who
    ("who", "Qui preside la CDSP de Terre-Aurore ?", [["présidée par le Dr Bertrand Quérel"]], R),
    ("who", "Qui présidait le comité de suivi de la convention le 14 janvier ?",
     [["Gilles Amadieu, directeur de cabinet du préfet"]], C),
    ("who", "qui coordonne le CLSM de Cap Aurore, et qui le préside ?",
     [["Coordinatrice : Nadège Florimond", "Nadège Florimond, coordinatrice du CLSM"], ["présidé par Joël Matignon"]],
     "*"),
    # acronym
    ("acronym", "SPI ça veut dire quoi ?",
     [["Soins psychiatriques en cas de péril imminent", "Soins en cas de péril imminent (SPI)"]], "*"),
    ("acronym", "C'est quoi la CVGC du CLSM ?",
     [["veille et de gestion des situations de crise psychique"]], W),
    # comparison
    ("comparison", "Soins à la demande d'un tiers ou péril imminent : c'est quoi la différence ?",
     [["Aucun tiers n'a pu être trouvé"], ["Un tiers : famille, proche, tuteur ou curateur"]], M),
    ("comparison", "Transports de patients en voiture de police ou de gendarmerie : 2024 par rapport à 2025 ?",
     [["de 19 en 2024"], ["à 7 en 2025", "Sept transports ont été effectués", "1 % (7 transports)"]], "*"),
    # definition
    ("definition", "C'est quoi un programme de soins ?",
     [["soins sans consentement hors de l'hospitalisation complète",
       "mais hors de l'hôpital"]], "*"),
    ("definition", "un plan de crise conjoint c'est quoi exactement ?",
     [["rédigé à froid par la personne", "qu'on écrit à froid avec son psychiatre"]], "*"),
    # list
    ("list", "Qui siège à la cellule de crise ?",
     [["Équipe mobile psychiatrie précarité Lakou Mobile"], ["CCAS de Port-Aurore, Anse-Coralie et Morne-Vigie"],
      ["Brigade de gendarmerie de Morne-Vigie"]], W),
    ("list", "Qu'est-ce qu'un maire ne doit surtout pas faire quand il prend une mesure provisoire ?",
     [["prendre un arrêté sans avis médical", "laisser la personne seule dans les locaux de la mairie",
       "simple trouble à l'ordre public, sans trouble mental"]], M),
    # paraphrase
    ("paraphrase", "Si le préfet ne répond pas, l'arrêté du maire tient combien de temps ?",
     [["À défaut de décision du préfet dans les 48 heures",
       "n'a pas statué dans un délai de 48 heures"]], M),
    ("paraphrase", "Y a-t-il des gens soignés sous contrainte chez eux depuis des années sans vrai réexamen ?",
     [["23 programmes de soins duraient depuis plus de deux ans"]], R),
    # yesno
    ("yesno", "Est-ce qu'un généraliste peut faire l'avis médical pour la mesure du maire, ou il faut un psychiatre ?",
     [["il n'a pas à être psychiatre"]], M),
    ("yesno", "La cellule de crise peut elle décider d'une hospitalisation sous contrainte ?",
     [["ne décide d'aucune mesure de soins sans consentement"]], W),
    # howto
    ("howto", "Comment on fait pour présenter une situation à la cellule de crise ?",
     [["fiche de saisine anonymisée"], ["au plus tard le mardi à 12 h"]], W),
]

RATE = 1.95


def at_for(ev):
    d = check.Doc(os.path.join(check.CORPUS, V + ".vtt"))
    target = check.norm(ev)
    for start, text in d.cues:
        k = text.find(target)
        if k >= 0:
            before = len(text[:k].split())
            return int(start + min(before / RATE, 15))
    raise SystemExit("preuve introuvable dans la transcription : %s" % ev)


def main():
    out = []
    for i, (kind, question, ev, doc) in enumerate(Q, 1):
        q = {"id": "n26-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
        if doc == V:
            q["at"] = at_for(ev[0][0])
        out.append(q)
    with open(os.path.join(os.path.dirname(HERE), "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(out), "questions")


if __name__ == "__main__":
    main()
