# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions) pour le lot newdocs28. Pour les questions dont « doc » est la
transcription WebVTT, « at » est calculé : début (en secondes, arrondi au dixième) du repère où figure la première
alternative du premier groupe de preuves."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import CORPUS, QUESTIONS, norm, parse_vtt  # noqa: E402

S = "2025-11-20_cls-castelrive-agglo_atelier-sante-mentale-aines-diaporama"
W = "2026-02-12_cites-ressources-atlantique_webinaire-aines-aidants-clsm"
H = "2026-01-08_departement-orvanne_sante-mentale-seniors-aidants"
C = "2025-12-09_clsm-castelrive_cr-pleniere"
R = "2026-03-16_otso_evaluation-axe3-cls-castelrive"
N = "2026-04-02_clsm-castelrive_lettre-14"
G = "2026-01-20_relais-des-aidants_guide-aider-sans-s-epuiser"

Q = [
    # ---- number
    ("Combien de patients l'équipe mobile de psychogériatrie de Castelrive a-t-elle suivis en 2025, et combien "
     "en 2023 ?",
     [["468 en 2025", "suivi 468 patients", "468 patients en 2025"],
      ["318 patients en 2023", "contre 318 en 2023"]], "*", "number"),
    ("canicule d'aout 2025 a castelrive : combien d'apels passés par le ccas et combien de visites a domicile ?",
     [["4 870 appels", "passé 4 870 appels"], ["63 visites à domicile", "63 visites"]], "*", "number"),
    ("Combien de Chèques répit Orvanne ont été attribués en 2025, et combien l'année précédente ?",
     [["1 260 Chèques répit Orvanne attribués"], ["contre 710 en 2024"]], H, "number"),
    ("Sur l'année 2024, combien d'interventions l'EMPG a-t-elle réalisées au domicile des patients, et quelle "
     "part de son activité cela représente ?",
     [["Domicile 163 404 38,0 %"]], S, "number"),
    ("Quel budget a été voté pour 2026 pour le groupe de travail aînés et aidants du CLSM, et quelle somme "
     "apporte la ville ?",
     [["18 500 €", "budget de 18 500 euros"], ["ville de Castelrive (9 000 €)"]], "*", "number"),
    ("Combien coûte le séjour de répit aidant-aidé organisé par la plateforme, et il dure combien de jours ?",
     [["150 € par personne", "Participation de 150 €"], ["Cinq jours de vacances ensemble"]], G, "number"),
    # ---- date
    ("C'est quand la prochaine assemblée plénière du CLSM de Castelrive ?",
     [["mardi 16 juin 2026"]], "*", "date"),
    ("Jusqu'à quelle date les EHPAD du secteur peuvent-ils signer la charte de coopération avec l'équipe mobile ?",
     [["jusqu'au 31 mars 2026"]], C, "date"),
    ("À quelle date le premier groupe de veilleurs de Bellevue-Grand Pré a-t-il été formé ?",
     [["formé le 17 mars"]], N, "date"),
    # ---- fact
    ("Quel est le numéro de téléphone de la plateforme de répit de Sarlanges ?",
     [["05 99 00 72 66"]], H, "fact"),
    ("Le café des aidants des Hauts-de-Chaumes, ça se passe où et quel jour du mois ?",
     [["à la maison de quartier", "maison de quartier des Hauts-de-Chaumes"],
      ["le dernier vendredi du mois"]], "*", "fact"),
    ("Qui est l'infirmier arrivé en renfort à l'EMPG au printemps 2026, et d'où vient-il ?",
     [["Thomas Lagarrigue"], ["venu du CMP de Sarlanges"]], N, "fact"),
    # ---- definition
    ("Dans l'évaluation de l'axe 3, comment est définie la « file active » de l'équipe mobile ?",
     [["nombre de patients distincts"]], R, "definition"),
    ("C'est quoi exactement un veilleur de quartier à Castelrive ?",
     [["des habitants bénévoles", "réseau d'habitants bénévoles"],
      ["alerte le CCAS en cas d'inquiétude", "appellent un numéro unique au CCAS"]], "*", "definition"),
    # ---- acronym
    ("que veut dire DAC dans DAC Orvanne ?",
     [["dispositif d'appui à la coordination"]], "*", "acronym"),
    ("OTSO, c'est quoi le nom complet ?",
     [["Observatoire territorial de santé de l'Orvanne"]], "*", "acronym"),
    # ---- comparison
    ("Comment a évolué le délai entre la saisine de l'EMPG et sa première visite entre 2023 et 2025 ?",
     [["16 jours en 2023", "1re visite (jours) 16 12 9"],
      ["9 jours en 2025", "1re visite (jours) 16 12 9"]], R, "comparison"),
    ("Quelle est la différence entre la halte-répit et l'accueil de jour pour la personne aidée ?",
     [["un après-midi par semaine"], ["une à cinq journées par semaine"]], G, "comparison"),
    # ---- list
    ("Quelles sont les quatre fiches-actions de l'axe 3 du contrat local de santé ?",
     [["Repérer la souffrance psychique des aînés", "le repérage de la souffrance psychique"],
      ["l'équipe mobile de psychogériatrie à domicile", "le déploiement de l'équipe mobile"],
      ["Soutenir les aidants et développer le répit", "le soutien aux aidants"],
      ["Lutter contre l'isolement", "la lutte contre l'isolement"]], "*", "list"),
    ("Quelles questions sur le moral ont été ajoutées à la trame d'appel canicule du CCAS, d'après le webinaire ?",
     [["comment vous sentez-vous en ce moment"], ["quelqu'un est venu vous voir cette semaine"],
      ["la vie ne vaut plus la peine"]], W, "list"),
    ("Quels sont les signaux d'alerte de l'épuisement de l'aidant listés dans le guide Aider sans s'épuiser ?",
     [["fatigué dès le réveil"], ["Vous vous énervez pour des détails"],
      ["Vous ne voyez plus vos amis"]], G, "list"),
    # ---- howto
    ("Concrètement, comment un médecin fait une demande d'intervention à l'équipe mobile de psychogériatrie ?",
     [["remplit la fiche de saisine"], ["par messagerie sécurisée"]], S, "howto"),
    ("comment on fait pour demander le cheque repit orvane ?",
     [["auprès de la Maison départementale de l'autonomie"], ["formulaire téléchargeable sur cette page"]], H,
     "howto"),
    # ---- transcript
    ("Dans le webinaire, quelle situation a poussé le CLSM à créer son groupe de travail sur les personnes âgées ?",
     [["Un monsieur de 79 ans"], ["a fait une tentative de suicide"]], W, "transcript"),
    ("Selon le psychiatre de l'EMPG pendant le webinaire, est-ce risqué de demander au téléphone à une personne "
     "âgée si elle pense au suicide ?",
     [["et c'est faux"], ["n'augmente pas le risque"]], W, "transcript"),
    ("Au webinaire des jeudis des CLSM, combien d'aidants sont venus à la première séance du café des aidants "
     "aux Hauts-de-Chaumes ?",
     [["on avait neuf aidants"], ["sept qu'on n'avait jamais vus"]], W, "transcript"),
    ("selon le webinaire de Cités Ressources Atlantique, qui finance le poste de coordinatrice du CLSM de "
     "Castelrive ?",
     [["financé à 50 % par l'ARS"], ["50 % par la ville de Castelrive"]], W, "transcript"),
    # ---- document
    ("Dans le compte rendu de la plénière de décembre, quelle réserve a exprimée la directrice de l'EHPAD "
     "Saint-Éloi sur la charte ?",
     [["les nuits et les week-ends"], ["deux personnes pour 78 résidents"]], C, "document"),
    ("Que recommande le rapport de l'OTSO pour le registre canicule ?",
     [["Atteindre 2 000 inscrits au registre canicule"], ["fichiers du portage de repas"]], R, "document"),
    ("Dans la lettre n° 14 du CLSM, combien de trajets Roul'Entraide vers la halte-répit au premier trimestre ?",
     [["47 trajets ont été réalisés"]], N, "document"),
    # ---- crosslingual
    ("How many times did the complex-case coordination unit of the Castelrive CLSM meet in 2025, and how many of "
     "the situations involved people aged 65 or over?",
     [["s'est réunie 14 fois"], ["dont 19 concernaient des personnes"]], C, "crosslingual"),
    ("What is the yearly amount of the Chèque répit Orvanne and which caregivers are eligible?",
     [["300 € par an", "300 euros par an"], ["classée en GIR 1 à 4", "bénéficiaire de l'APA à domicile"]], "*",
     "crosslingual"),
    ("During the August 2025 heatwave in Castelrive, which days were on red alert?",
     [["les 13 et 14 août", "le 13 et le 14"]], "*", "crosslingual"),
    ("How many full-time equivalents will the psychogeriatric mobile team have once the extra nurse funded by "
     "the ARS arrives?",
     [["5,7 ETP", "5,7 équivalents temps plein"]], "*", "crosslingual"),
    # ---- paraphrase
    ("Les proches aidants, ils finissent par demander de l'aide au bout de combien de temps en moyenne ?",
     [["quatre ans après le début de l'aide", "4 ans après le début de l'aide"]], "*", "paraphrase"),
    ("Sur les trois premières années du CLS, combien de professionnels ont suivi la journée de sensibilisation "
     "au repérage de la souffrance psychique des aînés ?",
     [["soit 269 personnes en trois ans"]], R, "paraphrase"),
    # ---- yesno
    ("Est-ce que la famille doit payer quelque chose quand l'équipe mobile de psychogériatrie intervient ?",
     [["prises en charge par l'assurance maladie", "sans avance de frais"]], H, "yesno"),
    ("D'après le quiz de l'atelier, faut-il que la personne aidée touche l'APA pour que l'aidant aille à la "
     "plateforme de répit ?",
     [["Faux : la plateforme est ouverte", "sans condition de ressources ni d'APA"]], S, "yesno"),
    # ---- unanswerable (presque)
    ("Combien de patients l'équipe mobile de psychogériatrie des Tilleuls a-t-elle suivis en 2022 ?", [], None,
     "unanswerable"),
    ("combien d'appels le ccas de castelrive a passé pendant la canicule 2023", [], None, "unanswerable"),
    ("Que signifie le sigle PAERPA dans les documents du CLSM de Castelrive ?", [], None, "unanswerable"),
    ("Quel budget est prévu en 2027 pour le groupe de travail Aînés et aidants du CLSM ?", [], None,
     "unanswerable"),
    ("Combien de lits compte l'unité d'hospitalisation de psychogériatrie du CH Les Tilleuls ?", [], None,
     "unanswerable"),
    ("How many caregivers did the Répit'Orvanne Sud platform in Sarlanges support in 2025?", [], None,
     "unanswerable"),
    ("c'est quand le cafe des aidants de lusignac ?", [], None, "unanswerable"),
]


def main():
    cues = parse_vtt(os.path.join(CORPUS, W + ".vtt"))
    out = []
    for i, (q, ev, doc, kind) in enumerate(Q, 1):
        rec = {"id": "n28-%02d" % i, "question": q, "evidence": ev, "doc": doc, "kind": kind}
        if doc == W:
            first = norm(ev[0][0])
            starts = [s for s, _, t in cues if first in norm(t)]
            if not starts:
                raise SystemExit("preuve introuvable dans le VTT : %r" % ev[0][0])
            rec["at"] = round(starts[0], 1)
        out.append(rec)
    with open(QUESTIONS, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("écrit :", QUESTIONS, "|", len(out), "questions")


if __name__ == "__main__":
    main()
