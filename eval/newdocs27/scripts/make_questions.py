# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions, n27-01 à n27-45). Pour les questions dont « doc » est le SRT de l'entretien
radio, « at » est le début (en secondes, arrondi à l'entier inférieur) du repère où commence la première
alternative du premier groupe de preuves, lu par check.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402

P = "2025-11-18_clsm-pays-vernadou_pleniere-bilan-premiere-annee"
S = "2026-02-10_radio-vallees-sevrane_entretien-telepsychiatrie-monde-agricole"
R = "2026-03-05_msa-sevrane_rapport-cellule-prevention-2025"
H = "2025-10-29_echo-du-vernadou_bus-sante-premiere-saison"
C = "2025-06-20_cc-pays-vernadou_convention-bus-sante-telepsychiatrie"
T = "2026-01-30_clsm-pays-vernadou_indicateurs-communes-2024-2025"
M = "2026-01-15_clsm-pays-vernadou_cr-comite-pilotage"
U = None

Q = [
    # number
    ("number", "combien de passages dans le bus santé en 2025, et ça fait combien de personnes différentes ?",
     [["612 passages", "Passages au Bus Santé | – | 612"],
      ["388 personnes différentes", "Personnes différentes accueillies dans le bus | – | 388"]], "*"),
    ("number", "Combien de téléconsultations psychiatriques ont été faites en 2025 sur le Pays de Vernadou ?",
     [["on a fait 286 téléconsultations", "Téléconsultations psychiatriques | – | 286"]], "*"),
    ("number", "Varanhac : combien de téléconsultations psy en 2025 ?",
     [["Varanhac;2025;1402;27,0;16,7;63;92;48"]], T),
    ("number", "combien d'appels a recu la ligne terres a l'ecoute en 2025 ? et en 2024 ?",
     [["a reçu 1 036 appels en 2025", "Appels à Terres à l'écoute | 412 | 1 036"],
      ["Appels à Terres à l'écoute | 412", "Total Pays de Vernadou;2024;17934;;17,1;;412"]], "*"),
    ("number", "Quel est le budget de fonctionnement du Bus Santé sur une année complète, et quelle part paie l'ARS "
               "en 2026 ?",
     [["229 000 euros en année pleine"], ["ARS Occitanie (FIR) 69 000 € 92 000 €"]], C),
    ("number", "Combien de signalements la cellule de prévention de la MSA a-t-elle reçus en 2025, et combien "
               "venaient des sentinelles ?",
     [["La cellule a reçu 131 signalements", "Signalements reçus 96 131"],
      ["à l'origine de 52 signalements", "dont signalements par une sentinelle 29 52"]], R),
    ("number", "Prat-Cerbès est à combien de km du CMP de Montcabrel ?",
     [["Prat-Cerbès;2025;633;46,2", "Prat-Cerbès;2024;640;46,2"]], T),
    # unanswerable
    ("unanswerable", "Le Bus Santé s'arrête-t-il à Bournac ?", [], U),
    ("unanswerable", "combien d'appels terres a l'ecoute a recu en 2023", [], U),
    ("unanswerable", "Combien de pharmaciens ont été formés comme sentinelles dans la Sévrane ?", [], U),
    ("unanswerable", "Quel montant l'ARS versera-t-elle pour le Bus Santé en 2027 ?", [], U),
    ("unanswerable", "Est-ce qu'il existe une équipe mobile de gérontopsychiatrie qui va voir les personnes âgées "
                     "isolées chez elles ?", [], U),
    ("unanswerable", "La maison des adolescents tient-elle une permanence dans le Bus Santé ?", [], U),
    ("unanswerable", "Peut-on utiliser Mon soutien psy (les séances de psychologue remboursées) dans le bus ?", [], U),
    # crosslingual
    ("crosslingual", "What did the psychiatrist say on the radio about farmers during the lambing season?",
     [["en pleine période d'agnelage"]], S),
    ("crosslingual", "How many sentinels had been trained in Sévrane by the end of 2025, and what jobs do they do?",
     [["78 sentinelles", "78 dans toute la Sévrane"],
      ["Conseillers de la chambre d'agriculture 24",
       "Conseillers de la chambre d'agriculture, vétérinaires, conseillers bancaires"]], "*"),
    ("crosslingual", "When does the health bus go back on the road in 2026?",
     [["reprendra la route le 16 mars 2026", "le lundi 16 mars 2026", "On repart le 16 mars"]], "*"),
    ("crosslingual", "Who chairs the intercommunal local mental health council (CLSMi) and who is its coordinator?",
     [["Jean-Louis Calvignac, président du CLSMi"],
      ["Mathilde Rouquayrol, coordinatrice du CLSMi", "Mathilde Rouquayrol, coordinatrice"]], "*"),
    # date
    ("date", "La convention du bus santé et de la télépsychiatrie a été signée quand, et elle court jusqu'à quand ?",
     [["Fait à Montcabrel, le 20 juin 2025"],
      ["s'achève le 31 décembre 2026", "du 1er avril 2025 au 31 décembre 2026"]], C),
    ("date", "c'est quand le prochain copil du clsm ?", [["jeudi 9 avril 2026 à 14 h"]], M),
    ("date", "Depuis quand elle existe la ligne Terres à l'écoute ?",
     [["ouverte le 3 juin 2024", "la ligne ayant ouvert le 3 juin 2024"]], "*"),
    # document
    ("document", "Dans le rapport d'activité 2025 de la cellule de prévention de la MSA Sévrane, que recommande-t-on "
                 "pour les sentinelles et pour la ligne d'écoute ?",
     [["Former 40 nouvelles sentinelles en 2026"], ["Pérenniser le financement de la ligne Terres à l'écoute"]], R),
    ("document", "D'après l'article de l'Écho du Vernadou du 29 octobre 2025, combien a coûté le réaménagement du "
                 "bus ?",
     [["Le réaménagement du véhicule, 148 000 euros", "148 000 € pour réaménager le véhicule"]], H),
    ("document", "Diaporama de la plénière du CLSMi du 18 novembre 2025 : quelles sont les priorités pour 2026 ?",
     [["saison 2 avec 16 étapes au lieu de 14"], ["Former 12 nouvelles sentinelles"],
      ["transport à la demande pour les 16-25 ans"]], P),
    # fact
    ("fact", "le bus santé repasse tous les combien dans un même village ?",
     [["une fois tous les quinze jours", "chacun desservi tous les quinze jours"]], "*"),
    ("fact", "Où et quand se réunit la cellule pluridisciplinaire de la MSA ?",
     [["le deuxième mardi de chaque mois à Rodelle-sur-Sévrane"]], R),
    # transcript
    ("transcript", "Dans l'interview radio, l'infirmière du bus dit quoi sur le café ?",
     [["Le café, c'est notre meilleur outil"]], S),
    ("transcript", "A la radio le Dr Vialaret a raconté quel probleme de connexion a Saint-Genis-des-Combes, et "
                   "qu'est-ce qui a changé depuis ?",
     [["la connexion a coupé trois fois pendant une même consultation"], ["le bus a un kit satellite"]], S),
    ("transcript", "Qu'est-ce que le psychiatre invité de la matinale conseille aux proches qui s'inquiètent pour "
                   "quelqu'un ?",
     [["Poser la question directement"]], S),
    # who
    ("who", "Qui est le psychologue du Bus Santé ?",
     [["Baptiste Lherm, psychologue"]], "*"),
    ("who", "Qui a signé la convention pour la MSA ?",
     [["son directeur général, M. Thierry Ginestet", "Pour la MSA Sévrane Le directeur général Thierry Ginestet"]],
     C),
    ("who", "qui coordonne la cellule de prévention de la msa ?",
     [["coordonnée par Sylvie Arnal-Cabrol", "Sylvie Arnal-Cabrol, MSA Sévrane, coordinatrice"]], "*"),
    # acronym
    ("acronym", "FIR ça veut dire quoi dans la convention ?", [["fonds d'intervention régional"]], C),
    ("acronym", "La CPP de la MSA, c'est quoi ?",
     [["cellule pluridisciplinaire de prévention (CPP)", "CPP Cellule pluridisciplinaire de prévention"]], "*"),
    # comparison
    ("comparison", "Terres à l'écoute ou le 3114 : c'est quoi la différence, lequel appeler ?",
     [["n'est pas une ligne d'urgence", "comme une ligne d'urgence"],
      ["qui répond 24 heures sur 24 avec des professionnels", "Détresse ou idées suicidaires : 3114, 24 h/24"]], "*"),
    ("comparison", "Le délai pour avoir un premier rendez-vous au CMP : 2024 comparé à 2025 ?",
     [["74 jours en 2024", "attendre en moyenne 74 jours", "premier rendez-vous au CMP | 74 jours"],
      ["39 jours en 2025", "on est descendus à 39 jours", "74 jours | 39 jours"]], "*"),
    # definition
    ("definition", "C'est quoi une sentinelle, exactement ?",
     [["personne en contact régulier avec les agriculteurs", "une personne en contact régulier avec les exploitants",
       "des gens qui voient les agriculteurs tous les jours"]], "*"),
    ("definition", "l'aide au répit de la MSA c'est quoi ?",
     [["finance le remplacement de l'exploitant sur son exploitation"]], R),
    # list
    ("list", "Quels sont les signataires de la convention du Bus Santé ?",
     [["communauté de communes du Pays de Vernadou"], ["L'Agence régionale de santé (ARS) Occitanie"],
      ["La Mutualité sociale agricole (MSA) Sévrane"], ["Le Département de la Sévrane"],
      ["Le centre hospitalier de Montcabrel"]], C),
    ("list", "D'après le Dr Vialaret à la radio, à quels signes on voit qu'un agriculteur va mal ?",
     [["Il ne va plus au marché", "le courrier s'entasse sans être ouvert", "Je suis un poids pour ma famille"]], S),
    # paraphrase
    ("paraphrase", "Les jeunes qui n'ont pas de voiture, il y a quelque chose pour les emmener chez le psy ?",
     [["transport à la demande (TAD) gratuit", "transport à la demande gratuit pour les seize vingt-cinq"]], "*"),
    ("paraphrase", "Quel village compte la plus forte proportion de personnes très âgées ?",
     [["Le Mas-d'Aurel;2025;276;42,3;24,6", "Le Mas-d'Aurel;2024;281;42,3;24,2"]], T),
    # yesno
    ("yesno", "Pendant une téléconsultation, est-ce que le patient se retrouve tout seul face à l'écran ?",
     [["Le patient n'est jamais seul", "Non, jamais seul", "l'infirmière à ses côtés"]], "*"),
    ("yesno", "Les téléconsultations sont elles enregistrées ?", [["ne sont jamais enregistrées"]], C),
    # howto
    ("howto", "Comment un jeune fait pour réserver le transport gratuit vers un rdv santé ?",
     [["réserve la veille avant 17 h"], ["05 63 41 28 79"]], M),
]


def at_for(ev):
    d = check.Doc(os.path.join(check.CORPUS, S + ".srt"))
    starts, _ = d.cue_hits(ev)
    if not starts:
        raise SystemExit("preuve introuvable dans les repères : %s" % ev)
    return int(starts[0])


def main():
    out = []
    for i, (kind, question, ev, doc) in enumerate(Q, 1):
        q = {"id": "n27-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
        if doc == S:
            q["at"] = at_for(ev[0][0])
        out.append(q)
    with open(os.path.join(os.path.dirname(HERE), "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(out), "questions")


if __name__ == "__main__":
    main()
