# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs50 (38 avec réponse dont 4 en anglais, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit être retrouvée), doc (nom du fichier sans suffixe, « * » si la réponse
est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour les questions
sur la transcription .vtt : début du repère où commence la première preuve.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")

CR = "2025-03-11_clsm-vernancay_cr-copil-sante-mentale-aines"
WEB = "2025-06-24_clsm-vernancay_webinaire-aines-crise-suicidaire"
WIKI = "2025-09-30_dac-cher-et-sauldre_wiki-orientation-aines-souffrance-psychique"
MAIL = "2025-11-06_clsm-vernancay_fil-courriels-canicule-formations-aap-carsat"
ACTU = "2025-12-09_departement-cher-et-sauldre_actu-isolement-aines"
TDB = "2026-01-20_clsm-vernancay_tableau-bord-sante-mentale-aines"
PLEN = "2026-02-05_clsm-vernancay_bilan-2025-plan-2026-aines"

Q = [
    # ---------------------------------------------------------------- chiffres (lieu, année, population)
    ("Registre canicule à Vernançay : on a fini à combien d'inscrits l'été dernier (fin août 2025), et c'était "
     "combien en 2024 ?",
     [["1 046 inscrits"], ["784 l'an dernier", "784 inscrits au 31 août", "par rapport à 2024 (784)"]],
     "*", "number"),
    ("Et rien qu'aux Grands-Champs, ça donne quoi le registre canicule, 2025 par rapport à 2024 ?",
     [["173 inscrits aux Grands-Champs", "173 habitants des Grands-Champs"], ["96 en 2024", "96 inscrits seulement"]],
     "*", "number"),
    ("Dans le tableau de bord du CLSM, combien de 75 ans et plus étaient sur le registre canicule en 2024 ?",
     [["75 ans et plus 462 585 801"]], TDB, "number"),
    ("Les plus de 75 ans qui vivent seuls : c'est quelle proportion aux Grands-Champs, dans la ville et en France ?",
     [["395 31 52", "atteint 52 %"], ["4 110 26 44", "contre 44 % pour la ville"],
      ["6 620 000 25 38", "38 % en France"]], "*", "comparison"),
    ("Dans le tableau de bord, combien de patients de 65 à 74 ans l'équipe mobile psy du sujet âgé a-t-elle suivis "
     "en 2025 ?",
     [["65-74 ans 52 71 89"]], TDB, "number"),
    ("Suicide des 65 ans et plus : le Cher-et-Sauldre est à combien, par rapport à la région et à la moyenne "
     "nationale ?",
     [["Cher-et-Sauldre 27,6"], ["Centre-Val de Loire 24,9"], ["France métropolitaine 21,4"]], PLEN, "comparison"),
    ("Dans le diaporama de la plénière de février 2026, combien de professionnels ont été formés au repérage du "
     "risque suicidaire en 2025, et à quels niveaux ?",
     [["146 professionnels formés en 2025"], ["118 sentinelles (1 jour)"], ["28 évaluateurs (2 jours)"]], PLEN,
     "document"),
    ("L'ARS met combien sur le volet aînés du CLSM en 2026, et c'était combien en 2025 ?",
     [["62 000 €"], ["55 000 €"]], "*", "comparison"),
    ("Le renfort infirmier de l'équipe mobile psy du sujet âgé, il arrive quand et c'est financé comment ?",
     [["à partir du 1er mars 2026"], ["mesures nouvelles de psychiatrie", "58 000 € par an"]], PLEN, "fact"),
    ("Monalisa à Vernançay : combien d'équipes et de bénévoles aujourd'hui, début février 2026 ?",
     [["6 équipes et 81 bénévoles"]], PLEN, "fact"),
    ("Qui a présenté la partie sur l'EMPSA à la plénière du CLSM de février 2026 ?",
     [["Yannick Pelletier"]], PLEN, "who"),
    # ---------------------------------------------------------------- article du département
    ("Le nombre de bénévoles Monalisa dans le département a-t-il augmenté depuis 2023 ?",
     [["268 en 2023"], ["412 bénévoles engagés"]], ACTU, "comparison"),
    ("D'après l'enquête du département, quelle part des personnes âgées n'a parlé à personne de toute une semaine ?",
     [["sur quatre (26 %)", "Une personne âgée sur quatre"]], ACTU, "paraphrase"),
    ("Combien la conférence des financeurs a-t-elle mis contre l'isolement des aînés dans le département en 2025 ?",
     [["610 000 euros"]], ACTU, "number"),
    ("La convention entre le département, la CARSAT et la conférence des financeurs, elle a été signée quand et "
     "pour quelle période ?",
     [["Le 2 décembre"], ["années 2026 à 2028"]], ACTU, "date"),
    ("Une voisine retraitée voudrait devenir bénévole pour rendre visite à des personnes âgées seules : comment "
     "elle fait ?",
     [["Inscription en ligne sur"], ["03 99 00 18 40"]], ACTU, "howto"),
    # ---------------------------------------------------------------- compte rendu du copil de mars 2025
    ("Dans le compte rendu du copil aînés de mars 2025, c'est quand la réunion suivante ?",
     [["mardi 17 juin 2025 à 14 h 30"]], CR, "date"),
    ("Qu'est-ce qui a été décidé au copil aînés du 11 mars 2025 ?",
     [["deux questions sur le moral"], ["courrier à tous ses locataires"], ["étendu à 4 gardiens supplémentaires"],
      ["organisé avant l'été"]], CR, "list"),
    ("Pendant l'alerte canicule d'août 2024, il y a eu combien d'appels et de visites à domicile ?",
     [["1 940 appels"], ["37 visites à domicile"]], CR, "number"),
    ("Qui s'était chargé de la fiche de repérage de la fragilité pour les aides à domicile, et pour quand ?",
     [["Hélène Marchais (CLIC)"], ["fin mai 2025"]], CR, "who"),
    # ---------------------------------------------------------------- webinaire Teams de juin 2025
    ("Au webinaire de juin 2025, on en était à combien d'inscrits sur le registre canicule ?",
     [["on est à 930 inscrits"]], WEB, "transcript", 134.5),
    ("Une aide à domicile inquiète pour quelqu'un peut-elle appeler elle-même l'EMPSA ?",
     [["Non, pas directement"], ["passer par le médecin traitant"]], WEB, "yesno", 968.9),
    ("Concrètement, qu'est-ce que fait un gardien de Sauldre Habitat quand un locataire âgé l'inquiète ?",
     [["remplit une fiche de signalement"], ["Nadia Benali"], ["au CLIC sous 72 heures"]], WEB, "howto", 804.4),
    ("C'était quand et où, les sessions sentinelle de la rentrée 2025 annoncées au webinaire ?",
     [["le jeudi 18 et le jeudi"], ["EHPAD Les Glycines"]], WEB, "date", 1038.7),
    # ---------------------------------------------------------------- wiki du DAC
    ("Le DAC, ça veut dire quoi, et une famille peut-elle le saisir elle-même ?",
     [["dispositif d'appui à la coordination des parcours"], ["saisi par un professionnel, pas par une famille"]],
     WIKI, "acronym"),
    ("L'équipe mobile psy du sujet âgé peut-elle voir un monsieur de 62 ans ?",
     [["dès 60 ans lorsque les troubles psychiques"], ["apparus après 60 ans"]], WIKI, "yesno"),
    ("Le registre canicule, c'est prévu par quel texte ?",
     [["Article L. 121-6-1"]], WIKI, "fact"),
    ("Le DAC du Cher-et-Sauldre existe depuis quand, et il vient de quoi ?",
     [["1er septembre 2021"], ["fusion de la MAIA"]], WIKI, "date"),
    # ---------------------------------------------------------------- fil de courriels de novembre 2025
    ("Les deux jours de formation évaluation de janvier, c'est quelles dates et où ?",
     [["jeudi 22 et vendredi 23 janvier 2026"], ["salle Cassin"]], MAIL, "date"),
    ("Qui remplace Hélène Marchais au CLIC pendant son absence de novembre ?",
     [["Sophie Carrel"], ["03 99 00 41 22"]], MAIL, "who"),
    ("La CARSAT peut-elle financer un groupe de parole pour les aidants animé par la psychologue de l'EMPSA ?",
     [["ne finance pas les actions de soins"], ["action de prévention et de lien social"]], MAIL, "yesno"),
    # ---------------------------------------------------------------- tableau de bord, plusieurs documents
    ("Dans le tableau de bord, l'isolement résidentiel, ça veut dire quoi exactement ?",
     [["vivre seul dans son logement"], ["Ne mesure pas l'isolement relationnel"]], TDB, "definition"),
    ("CLIC ou DAC : c'est quoi la différence, qui s'adresse à qui ?",
     [["60 ans et plus et leurs aidants", "soixante ans et plus et pour leurs aidants"],
      ["quel que soit l'âge", "tout âge, situation complexe"]], "*", "comparison"),
    ("c'est quoi la CFPPA",
     [["Conférence des financeurs de la prévention"]], "*", "acronym"),
    # ---------------------------------------------------------------- en anglais
    ("How many patients did the old-age psychiatry mobile team (EMPSA) follow in 2025, compared with 2024?",
     [["268 patients en file active"], ["212 en 2024", "file active de 212 patients", "on a suivi 212 patients"]],
     "*", "crosslingual"),
    ("Who is quoted in the département's article saying nobody should go a whole week without talking to someone?",
     [["Brigitte Sauvageot"]], ACTU, "crosslingual"),
    ("In the June 2025 Teams webinar, which warning signs of a suicidal crisis in older people did the "
     "psychiatrist list?",
     [["D'abord le repli"], ["l'arrêt des soins", "syndrome de glissement"], ["mettre ses affaires en ordre"],
      ["plaintes corporelles répétées"]], WEB, "crosslingual", 420.9),
    ("What's the deadline for the CARSAT 2026 call for projects, and what's the maximum grant per project?",
     [["avant le 15 janvier 2026"], ["plafonnée à 25 000 €"]], MAIL, "crosslingual"),
    # ---------------------------------------------------------------- sans réponse (quasi-pièges)
    ("Combien de personnes étaient inscrites au registre canicule de Vernançay en 2022 ?", [], None, "unanswerable"),
    ("Combien d'équipes citoyennes Monalisa y a-t-il à Saint-Florentin-sur-Sauldre ?", [], None, "unanswerable"),
    ("L'ESA, l'équipe spécialisée Alzheimer, intervient-elle aux Grands-Champs et avec quel délai ?", [], None,
     "unanswerable"),
    ("Combien de personnes âgées de Vernançay ont une téléassistance à domicile ?", [], None, "unanswerable"),
    ("Combien la MSA met-elle dans le plan aînés du CLSM en 2026 ?", [], None, "unanswerable"),
    ("Quel était le délai moyen d'intervention de l'EMPSA au premier trimestre 2026 ?", [], None, "unanswerable"),
    ("Combien de places d'UHR (unité d'hébergement renforcée) y a-t-il dans les EHPAD de Vernançay ?", [], None,
     "unanswerable"),
]


def main():
    out = []
    for i, q in enumerate(Q, 1):
        rec = {"id": "n50-%02d" % i, "question": q[0], "evidence": q[1], "doc": q[2], "kind": q[3]}
        if len(q) > 4:
            rec["at"] = q[4]
        out.append(rec)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("écrit :", DRAFT, len(out), "questions")
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié :", FINAL)


if __name__ == "__main__":
    main()
