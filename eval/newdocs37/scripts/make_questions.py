# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs37 (38 avec réponse dont 4 en anglais, 7 sans réponse).

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

CHARTE = "2025-03-20_clsm-breville_charte-confidentialite-cellule"
PROC = "2025-06-02_clsm-breville_procedure-saisine-cellule"
CCAS = "2025-10-06_ccas-breville_sante-mentale-situations-complexes"
WEBI = "2025-11-13_cite-ressources-ara_webinaire-cellule-situations-complexes"
XLSX = "2026-01-15_clsm-breville_tableau-de-bord-cellule-2025"
DECK = "2026-02-05_ville-breville_seminaire-elus-sante-mentale"
RAPPORT = "2026-03-12_clsm-breville_rapport-activite-cellule-2025"

Q = [
    # ---------------------------------------------------------------- chiffres (année, lieu, population)
    ("La cellule, elle a reçu combien de situations sur toute l'année 2025 ? Et l'année d'avant ?",
     [["61 situations présentées en 2025", "61 nouvelles situations en 2025"], ["contre 52 en 2024", "52 en 2024"]],
     "*", "number"),
    ("Au webinaire de novembre, la cellule en était à combien de situations depuis janvier ?",
     [["on en est à 51 situations"]], WEBI, "number", 231.7),
    ("En 2025, combien de situations aux Tilleuls et combien à Champ-Fleuri ?",
     [["23 aux Tilleuls et 12 à Champ-Fleuri"]], RAPPORT, "number"),
    ("Combien d'arrêtés provisoires de maires dans tout le Val-d'Arbonne en 2024 ?",
     [["62 arrêtés municipaux provisoires"], ["dont 24 à Vaurenne"]], DECK, "number"),
    ("Au moment du webinaire, combien d'arrêtés provisoires l'adjoint à la santé avait-il signés depuis le début "
     "de l'année ?",
     [["six arrêtés provisoires depuis janvier"], ["neuf sur toute l'année 2024"]], WEBI, "number", 837.1),
    ("Les 61 situations de 2025, ça représente combien de personnes en tout ?",
     [["concernent 68 personnes"]], "*", "number"),
    ("Le taux de SDRE chez nous dans le Val-d'Arbonne, il est plus haut que dans la région et qu'en France ?",
     [["41 admissions en SDRE pour 100 000", "41 SDRE pour 100 000 habitants"], ["33 en Auvergne-Rhône-Alpes"],
      ["36 en France"]], "*", "comparison"),
    # ---------------------------------------------------------------- dates
    ("À partir de quand la cellule change-t-elle de jour de réunion, et pour quel créneau ?",
     [["le premier mardi du mois"], ["de 14 h à 16 h 30"], ["mardi 3 mars 2026", "À partir de mars 2026"]],
     "*", "date"),
    ("Dans la charte, de quand date l'avis du DPO sur la durée de conservation des relevés ?",
     [["avis du délégué à la protection des données"], ["4 février 2025"]], CHARTE, "date"),
    ("La fiche de saisine, je dois l'envoyer combien de jours avant la séance maintenant ?",
     [["au plus tard sept jours avant", "passe de dix à sept jours"]], PROC, "date"),
    ("C'est quand, la prochaine session de formation des gardiens annoncée sur le site du CCAS ?",
     [["jeudi 27 et vendredi 28 novembre"], ["centre social de Champ-Fleuri"]], CCAS, "date"),
    # ---------------------------------------------------------------- qui
    ("Qui a signé la charte pour Logivie Alpes, et quel jour ?",
     [["Émilie Chassagne"], ["Conseillère sociale 27/03/2025"]], CHARTE, "who"),
    ("Qui représente la psychiatrie à la cellule tous les mois ? La cheffe de pôle vient à chaque séance ?",
     [["Yanis Ferrand"], ["une fois par trimestre"]], "*", "who"),
    # ---------------------------------------------------------------- sigles
    ("SCHS, ça veut dire quoi déjà ?",
     [["service communal d'hygiène et de santé"]], "*", "acronym"),
    ("SPI, c'est quoi exactement, et qui décide de l'admission dans ce cas ?",
     [["soins en cas de péril imminent"], ["le directeur de l'établissement"]], DECK, "acronym"),
    # ---------------------------------------------------------------- définitions
    ("Dans le diapo pour les élus, c'est quoi la différence entre un Diogène et un Noé ?",
     [["accumulation d'objets ou de déchets"], ["accumulation d'animaux en grand nombre"]], DECK, "definition"),
    ("C'est quoi un « examen sans nom » à la cellule ?",
     [["examen sans nom"], ["sans aucun élément permettant de l'identifier", "sans aucun élément qui permette",
                            "sans rien qui permette d'identifier"]], "*", "definition"),
    # ---------------------------------------------------------------- comparaisons
    ("Le délai entre la fiche de saisine et le premier passage en cellule, il a vraiment baissé depuis 2024 ?",
     [["18 jours en 2024", "dix-huit jours en moyenne"], ["10,9 jours", "ramené à 11 jours",
                                                        "autour d'une dizaine de jours"]], "*", "comparison"),
    ("Pour voir un psychiatre au CMP Les Glycines, le délai s'est-il amélioré entre novembre 2025 et janvier 2026 ?",
     [["on est à neuf semaines"], ["10 semaines en janvier 2026"]], "*", "comparison"),
    ("Dans le tableau de bord, la police municipale a présenté combien de situations en 2025, par rapport à 2024 ?",
     [["Saisines 2025 15 7 9 3 4"], ["Saisines 2024 17 0 10 2 5"]], XLSX, "comparison"),
    # ---------------------------------------------------------------- listes
    ("Il y a quoi comme rubriques dans la fiche de saisine ?",
     [["le professionnel qui saisit"], ["ce qui a déjà été tenté"], ["une seule question posée à la cellule"],
      ["l'information de la personne"]], PROC, "list"),
    ("Dans quels cas on clôture une situation ?",
     [["service de droit commun a pris le relais"], ["la personne a quitté la commune"],
      ["refuse toujours toute aide après trois", "refuse toute aide après trois examens"]], "*", "list"),
    # ---------------------------------------------------------------- comment faire
    ("Un locataire a des dizaines d'animaux chez lui : qui prévient les services de l'État, et la cellule peut-elle "
     "faire quelque chose pour les bêtes ?",
     [["le SCHS prévient la direction départementale"], ["la cellule n'a aucun pouvoir"]], PROC, "howto"),
    ("Au webinaire, qu'est-ce que M. Oudin conseille à l'élue d'une petite commune sans CLSM pour une crise la "
     "nuit ?",
     [["D'abord vous appelez le 15"], ["Sans avis médical, pas d'arrêté"], ["demandez à la préfecture le modèle"]],
     WEBI, "howto", 1021.0),
    # ---------------------------------------------------------------- oui / non
    ("D'après la charte, les policiers municipaux restent-ils pendant l'examen de toutes les situations ?",
     [["n'assistent qu'à l'examen des situations"], ["quittent la salle pour les autres"]], CHARTE, "yesno"),
    ("Le CCAS peut-il payer le nettoyage d'un logement encombré ?",
     [["aide exceptionnelle de 800 €"], ["uniquement si un accompagnement est mis"]], CCAS, "yesno"),
    ("Un voisin inquiet peut-il saisir lui-même la cellule ?",
     [["Un habitant ne peut pas saisir"], ["vous adresser à l'accueil du CCAS"]], CCAS, "yesno"),
    # ---------------------------------------------------------------- faits
    ("On garde les relevés de conclusions combien de temps ?",
     [["détruit deux ans après la clôture"]], CHARTE, "fact"),
    ("Le poste de coordination du CLSM, ça coûte combien et qui le finance ?",
     [["50 % par l'ARS Auvergne-Rhône-Alpes"], ["48 000 € par an"]], DECK, "fact"),
    ("Au départ, pourquoi la ville a-t-elle monté cette cellule ? Il s'est passé quoi ?",
     [["un incendie s'est déclaré"], ["appartement très encombré aux Tilleuls"]], WEBI, "transcript", 117.2),
    # ---------------------------------------------------------------- documents (tableaux, notes)
    ("Dans le tableau de bord 2025, en septembre : combien de nouvelles situations, et combien venant d'un QPV ?",
     [["Septembre 18/09/2025 8 5"]], XLSX, "document"),
    ("Onglet Outcomes : les troubles de voisinage clôturés en 2025, combien se sont terminés par un relogement ou "
     "une mutation ?",
     [["Troubles de voisinage 3 1 2 3"]], XLSX, "document"),
    ("Dans le rapport 2025, il s'est passé quoi de notable à la séance de mars ?",
     [["Charte version 2 adoptée le jour même"], ["arrivée de Logivie Alpes et de l'ATVA"]], RAPPORT, "document"),
    ("Le questionnaire de satisfaction de la formation 2025, combien de stagiaires l'ont rempli ?",
     [["rempli par 25 des 26 stagiaires"]], RAPPORT, "document"),
    # ---------------------------------------------------------------- en anglais
    ("How many situations did the Bréville unit close in 2025, and how many were still open at year end?",
     [["47 situations ont été clôturées", "47 situations clôturées dans l'année"],
      ["36 situations restaient en cours", "36 situations en cours au 31"]], "*", "crosslingual"),
    ("Within how many hours must the mayor refer a provisional order to the prefect, and when does it lapse?",
     [["dans les 24 heures", "dans les vingt-quatre heures"], ["au bout de 48 heures", "bout de quarante-huit heures"]],
     "*", "crosslingual"),
    ("Who pays for the two-day training of landlord staff, and how much per year?",
     [["financée par le contrat de ville", "Financement : contrat de ville"], ["6 400 € par an",
                                                                             "6 400 euros par an"]],
     "*", "crosslingual"),
    ("In the webinar, what did the team do about the tenant with all the cats and dogs?",
     [["quatorze chats et deux chiens"], ["visite conjointe avec le service d'hygiène"],
      ["confier la plupart des animaux"]], WEBI, "crosslingual", 475.2),
    # ---------------------------------------------------------------- sans réponse (quasi-ratés)
    ("Combien de situations la cellule avait-elle examinées en 2021 ?", [], None, "unanswerable"),
    ("Et à Montarnaud-le-Haut, le maire prend combien d'arrêtés provisoires par an ?", [], None, "unanswerable"),
    ("La cellule est-elle inscrite dans le PTSM du Val-d'Arbonne ?", [], None, "unanswerable"),
    ("Dans quels cas la cellule conseille-t-elle une habilitation familiale plutôt qu'une curatelle ?", [], None,
     "unanswerable"),
    ("Quel est l'objectif de formation des gardiens pour 2027 ?", [], None, "unanswerable"),
    ("La ville participe-t-elle aux SISM, et avec quel programme ?", [], None, "unanswerable"),
    ("Quel est le taux de SDRE pour 100 000 adultes en Bourgogne-Franche-Comté ?", [], None, "unanswerable"),
]


def main():
    out = []
    for i, q in enumerate(Q, 1):
        d = {"id": "n37-%02d" % i, "question": q[0], "evidence": q[1], "doc": q[2], "kind": q[3]}
        if len(q) > 4:
            d["at"] = q[4]
        out.append(d)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("écrit :", DRAFT, len(out), "questions")
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié vers :", FINAL)


if __name__ == "__main__":
    main()
