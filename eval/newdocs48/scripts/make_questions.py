# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs48 (38 avec réponse dont 4 en anglais, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit figurer dans la réponse), doc (nom du fichier sans suffixe, « * » si
plusieurs documents répondent, null si la question est sans réponse), kind, et « at » (secondes) pour les
questions sur une transcription (.vtt : début du repère où commence la première preuve ; .txt Google Meet :
horodatage de la section qui la contient).
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")

CONV = "2025-01-30_ville-montferrange_convention-commission-situations-complexes"
WEB = "2025-05-22_clsm-montferrange_webinaire-incurie-diogene"
CD = "2025-06-12_departement-haute-ornelle_logement-sante-mentale-expulsions"
ORS = "2025-09-18_ors-grand-est_etude-logement-sante-mentale-qpv-montferrange"
COPIL = "2025-11-20_clsm-montferrange_copil-logement-sante-mentale-transcription"
CSV = "2026-01-15_clsm-montferrange_suivi-mensuel-commission-2025"
SLIDES = "2026-02-05_clsm-montferrange_bilan-2025-commission-situations-complexes"

Q = [
    # ---------------------------------------------------------------- chiffres (lieu, année, unité)
    ("La commission des situations complexes, elle a vu combien de nouvelles situations en 2025 ? et l'année "
     "d'avant ?",
     [["64 situations nouvelles"], ["Contre 47 situations nouvelles"]], SLIDES, "number"),
    ("Le taux d'ALD psy dans nos QPV, ça donne quoi par rapport à la ville, au département et à la France ?",
     [["31,4 pour 1 000"], ["24,8 à Montferrange"], ["21,6 en Haute-Ornelle"], ["20,1 en France"]], ORS, "number"),
    ("Combien d'expulsions effectives à Montferrange en 2024, et combien sur tout le département ?",
     [["37 expulsions ont été réalisées", "37 expulsions effectives"],
      ["148 expulsions", "le département en a compté 148"]], "*", "number"),
    ("Le FSL a donné combien d'aides en Haute-Ornelle en 2024, pour quel montant total ?",
     [["3 412 aides"], ["2,87 millions d'euros"]], CD, "number"),
    ("Dans le tableau de suivi mensuel, la séance de mai 2025 : combien de situations vues, dont combien de "
     "nouvelles et combien d'habitants des QPV ?",
     [["mai 2025 15/05/2025 9 7 6"]], CSV, "number"),
    ("Dans le suivi mensuel 2025, combien de passages au total sur l'année, dont combien de premières "
     "présentations et combien d'habitants des QPV ?",
     [["Total 11 séances 78 64 49"]], CSV, "number"),
    ("Le délai entre la saisine et le passage en commission, il était de combien en moyenne sur 2025, et en "
     "février ?",
     [["17,2 jours en moyenne", "17,2 j délai saisine-examen"], ["21 jours en février"]], "*", "comparison"),
    # ---------------------------------------------------------------- dates
    ("Elle se réunit quand exactement, la commission des situations complexes ?",
     [["premier jeudi de chaque mois"], ["de 9 h 30 à 12 h"], ["sauf au mois d'août"]], CONV, "date"),
    ("Début 2026, quelle date d'ouverture annonce-t-on pour la pension de famille Les Glycines ?",
     [["ouverture reportée à avril 2026"]], SLIDES, "date"),
    ("C'est quand, la formation des gardiens d'immeuble au repérage de l'incurie ?",
     [["10, 17 et 24 mars 2026"]], "*", "date"),
    ("Au copil de novembre, l'ARS a annoncé un infirmier en plus pour l'EMPP : à partir de quand et pour quel "
     "montant ?",
     [["à partir du 1er février 2026"], ["58 000 euros par an"]], COPIL, "date", 511),
    # ---------------------------------------------------------------- qui
    ("Qui a signé la convention de la commission pour l'ARS ?",
     [["Hélène Mercier"], ["déléguée territoriale"]], CONV, "who"),
    ("Qui envoie le plus de situations à la commission, et combien en 2024 et 2025 ?",
     [["Ornelle Habitat (conseillère sociale) 16 21"]], SLIDES, "who"),
    # ---------------------------------------------------------------- sigles
    ("CCAPEX, ça veut dire quoi déjà ?",
     [["coordination des actions de prévention des expulsions"]], CD, "acronym"),
    ("c'est quoi le PDALHPD",
     [["Plan départemental d'action pour le logement"]], CD, "acronym"),
    # ---------------------------------------------------------------- définitions
    ("Pour la convention, qu'est-ce qui fait qu'une situation est « complexe » ?",
     [["compromettent le maintien dans le logement"], ["au moins deux partenaires sont déjà intervenus"]], CONV,
     "definition"),
    ("Incurie et syndrome de Diogène, c'est pareil ?",
     [["forme sévère d'incurie", "c'est une forme extrême", "Forme extrême d'incurie"],
      ["refus de toute aide", "refus d'aide"]], "*", "comparison"),
    # ---------------------------------------------------------------- comparaisons
    ("Dans le webinaire, la file active de l'EMPP en 2024, et en 2023 ?",
     [["trois cent dix-huit personnes"], ["deux cent soixante-seize"]], WEB, "comparison", 197.1),
    ("Selon l'étude de l'ORS, les symptômes dépressifs sont-ils plus fréquents chez les ménages en impayé de "
     "loyer ?",
     [["27 % des répondants"], ["atteint 44 %"]], ORS, "comparison"),
    ("Part des locataires HLM au Clos-Fleuri comparée à toute la ville ?",
     [["82 % des ménages"], ["29 % dans l'ensemble de la ville"]], ORS, "comparison"),
    # ---------------------------------------------------------------- listes
    ("Qui a le droit de saisir la commission ?",
     [["tout professionnel d'une structure signataire"], ["médecins traitants"], ["mandataires judiciaires"]],
     CONV, "list"),
    ("Quels signes doivent alerter un gardien sur une situation d'incurie ?",
     [["boîte aux lettres qui déborde"], ["volets ou des fenêtres"], ["odeurs dans la cage d'escalier"],
      ["premiers impayés"]], WEB, "list", 410.5),
    ("Quelles sont les recommandations de l'étude ORS sur Montferrange ?",
     [["Créer une pension de famille"], ["Renforcer l'EMPP"], ["Former les gardiens d'immeuble"],
      ["Pérenniser le fonds d'intervention incurie"]], ORS, "list"),
    ("Dans la convention, combien mettent chaque année l'ARS et le contrat de ville, et quel est le total ?",
     [["supervision des professionnels 45 000 €"], ["interprétariat, aller-vers 18 000 €"], ["Total 105 000 €"]],
     CONV, "list"),
    # ---------------------------------------------------------------- comment faire
    ("Comment on fait une demande d'aide au FSL ?",
     [["avec un travailleur social"], ["directement en ligne"], ["dernier avis d'imposition"]], CD, "howto"),
    ("Comment orienter quelqu'un vers Un chez-soi d'abord ?",
     [["Toujours par le SIAO"], ["certificat médical sous pli confidentiel"]], WEB, "howto", 1235.0),
    # ---------------------------------------------------------------- oui / non
    ("Un voisin qui se plaint peut-il saisir lui-même la commission ?",
     [["ne saisissent pas directement", "ne peuvent pas saisir la commission"]], "*", "yesno"),
    ("Le plafond du fonds incurie reste-t-il à 3 500 € en 2026 ?",
     [["4 000 euros par logement"], ["à partir du 1er janvier 2026"]], COPIL, "yesno", 980),
    # ---------------------------------------------------------------- encadré, notes, cellules
    ("D'après l'ORS, quelle part des ménages interrogés a renoncé à des soins psy dans l'année ?",
     [["Un ménage enquêté sur cinq (19 %)"]], ORS, "fact"),
    ("Depuis quand existe la cellule de veille, et quand a-t-elle changé de nom ?",
     [["14 mars 2019"], ["21 septembre 2023"]], CONV, "fact"),
    ("Pourquoi il n'y a rien en août dans le tableau de suivi 2025 ?",
     [["pas de séance"]], CSV, "fact"),
    # ---------------------------------------------------------------- transcriptions
    ("Dans le webinaire, qu'a-t-on répondu à la question du chat sur les voisins qui se plaignent ?",
     [["oui, mais de façon anonymisée"], ["danger grave et imminent"]], WEB, "transcript", 885.5),
    ("Au copil de novembre, on en était à combien de situations nouvelles depuis janvier ?",
     [["58 situations nouvelles"], ["71 passages en commission"]], COPIL, "transcript", 178),
    ("Le SIAO a donné quels chiffres du 115 pour 2024 au comité de pilotage ?",
     [["11 240 demandes"], ["38 % n'ont pas pu être pourvues"]], COPIL, "transcript", 675),
    # ---------------------------------------------------------------- anglais
    ("How many places does the Housing First programme in Valmoreau have, and how many tenants are still housed "
     "after two years?",
     [["Nous avons cent places"], ["quatre-vingt-quatre pour cent"]], WEB, "crosslingual", 1043.3),
    ("When does the FSL cap for keeping a tenancy go up to 2,500 euros?",
     [["2 500 € au 1er janvier 2026", "vigueur au 1er janvier 2026"]], "*", "crosslingual"),
    ("Who pays for coordinating the complex-cases committee, and how much will it get in 2026?",
     [["ARS Grand Est", "financement de la coordination"], ["passe de 45 000 à 52 000", "2026 : 52 000 €"]], "*", "crosslingual"),
    ("Which neighbourhood had the most new cases at the committee in 2025?",
     [["Clos-Fleuri (QPV) 4 860 17 22"]], SLIDES, "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("Combien de situations la cellule de veille avait-elle examinées en 2020 ?", [], None, "unanswerable"),
    ("Combien de places compte le programme Un chez-soi d'abord à Nancy ?", [], None, "unanswerable"),
    ("Y a-t-il des ACT (appartements de coordination thérapeutique) à Montferrange ?", [], None, "unanswerable"),
    ("La commission peut-elle demander une MASP pour un locataire en impayé ?", [], None, "unanswerable"),
    ("Quel est le salaire de la conseillère sociale d'Ornelle Habitat ?", [], None, "unanswerable"),
    ("Combien de situations la commission a-t-elle examinées au premier trimestre 2026 ?", [], None,
     "unanswerable"),
    ("Montferrange a-t-elle mis en place le permis de louer dans ses quartiers prioritaires ?", [], None,
     "unanswerable"),
]


def main():
    out = []
    for i, q in enumerate(Q, 1):
        d = {"id": "n48-%02d" % i, "question": q[0], "evidence": q[1], "doc": q[2], "kind": q[3]}
        if len(q) > 4:
            d["at"] = q[4]
        out.append(d)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("écrit", DRAFT, len(out), "questions")
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié vers", FINAL)


if __name__ == "__main__":
    main()
