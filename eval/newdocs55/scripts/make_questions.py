# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs55 (38 avec réponse dont 4 en anglais, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit être retrouvée), doc (nom du fichier sans suffixe, « * » si la réponse
est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour les questions
sur la transcription .vtt : début de la ligne de sous-titres où commence la première preuve.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")

ODT = "2025-03-18_clsm-montbrenay_annuaire-ressources-handicap-psychique"
VTT = "2025-06-12_clsm-montbrenay_webinaire-emploi-accompagne"
PDF = "2025-09-22_mdph-haute-saline_courrier-delais-traitement"
HTML = "2025-11-04_departement-haute-saline_faq-handicap-psychique"
TXT = "2026-01-14_samsah-horizon_echanges-places-liste-attente"
XLSX = "2026-02-05_clsm-montbrenay_activite-services-2023-2025"
PPTX = "2026-03-12_clsm-montbrenay_gt-handicap-psychique-bilan-2025"

Q = [
    # ---------------------------------------------------------------- chiffres (lieu, année, population)
    ("Le SAMSAH Horizon, il a combien de places fin 2025 et combien après l'extension de 2026 ?",
     [["de 35 à 45 places", "45 places au 1er mars 2026"]], "*", "number"),
    ("Part des allocataires de l'AAH aux Combes, comparé à Montbrenay et à la France ?",
     [["Les Combes : 9,2"], ["Montbrenay : 4,6"], ["France : 3,4"]], PPTX, "number"),
    ("Combien de places de SAMSAH en tout dans le département, pas seulement à Montbrenay ?",
     [["SAMSAH 3 95 places"]], HTML, "number"),
    ("Le courrier de la MDPH de septembre : quel délai moyen de traitement en 2024, et la moyenne nationale ?",
     [["5,8 mois en 2024"], ["moyenne nationale de 4,4 mois"]], PDF, "number"),
    ("Dans le tableur du CLSM, combien de personnes attendaient une place à l'ESAT fin 2024 et fin 2025 ?",
     [["64 67 19 64 69 27"]], XLSX, "number"),
    ("En 2025, combien d'habitants des Combes étaient suivis par le SAVS Le Fil ?",
     [["SAVS Le Fil 70 14 20 %"]], XLSX, "number"),
    ("D'après l'annuaire de mars 2025, combien de places et combien de personnes en attente au SAMSAH ?",
     [["Horizon Sâline 30 33 personnes"]], ODT, "number"),
    ("Au forum emploi de novembre 2025, combien d'employeurs sont finalement venus ?",
     [["34 employeurs présents"]], PPTX, "number"),
    ("Au webinaire de juin, la directrice adjointe de l'ESAT parlait de combien de personnes sur liste d'attente ?",
     [["24 personnes en liste d'attente"]], VTT, "number", 810.4),
    # ---------------------------------------------------------------- dates
    ("La permanence de la MDPH aux Combes, c'est quand et depuis quand ?",
     [["deuxième mardi de chaque mois", "deuxième mardi du mois", "2e mardi du mois"],
      ["à partir du 14 octobre 2025", "depuis octobre 2025"]], "*", "date"),
    ("La section adaptée de l'ESAT Les Ateliers du Val a ouvert quand exactement ?",
     [["a ouvert le 6 mai 2024"]], XLSX, "date"),
    ("Quand se réunit la cellule de coordination du CLSM pour les situations complexes ?",
     [["premier lundi du mois"]], ODT, "date"),
    # ---------------------------------------------------------------- qui
    ("Qui a signé la réponse de la MDPH au CLSM sur les délais ?",
     [["Bertrand Lacombe"]], PDF, "who"),
    ("À la MDPH, qui est la référente pour le handicap psychique, et son numéro ?",
     [["Claire Dufay"], ["03 99 00 52 16"]], "*", "who"),
    ("C'est qui la médiatrice santé du quartier des Combes et comment la joindre ?",
     [["Inès Berrada"], ["06 99 00 26 51"]], TXT, "who"),
    # ---------------------------------------------------------------- sigles
    ("SAMSAH, ça veut dire quoi déjà ?",
     [["service d'accompagnement médico-social pour adultes handicapés"]], "*", "acronym"),
    ("Dans le webinaire sur l'emploi accompagné, c'est quoi les PMSMP ?",
     [["périodes de mise en situation en milieu professionnel"], ["d'un mois maximum"]], VTT, "acronym", 538.9),
    ("CDAPH, c'est quoi le nom complet ?",
     [["commission des droits et de l'autonomie"]], ODT, "acronym"),
    # ---------------------------------------------------------------- définitions
    ("Pour la psychiatre du webinaire de juin 2025, le rétablissement c'est quoi ?",
     [["le rétablissement ce n'est pas la guérison"], ["retrouver une vie qui a du sens"]], VTT, "definition",
     203.7),
    ("Le job coach de Tremplin, il explique comment leur méthode d'emploi accompagné ?",
     [["on place d'abord et on forme ensuite"], ["sans limite de durée"]], VTT, "definition", 375.4),
    ("Dans le tableau d'activité, la « liste d'attente » compte qui exactement ?",
     [["ayant une notification de la CDAPH"], ["en attente d'admission"]], XLSX, "definition"),
    # ---------------------------------------------------------------- comparaisons
    ("Handicap psychique et handicap mental, c'est quoi la différence ?",
     [["capacités intellectuelles sont en général préservées", "capacités intellectuelles sont le plus souvent"],
      ["déficience intellectuelle", "différence du handicap mental"]], "*", "comparison"),
    ("SAVS ou SAMSAH : qui paie l'un et l'autre ?",
     [["financé par le seul Département"], ["cofinancé par le Département et par l'assurance maladie"]], HTML,
     "comparison"),
    ("L'emploi accompagné, combien de gens en emploi fin 2024 par rapport à fin 2025 ?",
     [["52 en emploi dont 31 en CDI"], ["58 en emploi au 31 décembre 2025"]], "*", "comparison"),
    ("Au SAMSAH, le délai d'attente avant admission s'est allongé entre 2024 et 2025 ?",
     [["14 mois en 2025 (11 mois en 2024)"]], TXT, "comparison"),
    # ---------------------------------------------------------------- listes
    ("Les objectifs 2026 du groupe handicap psychique, c'est quoi ?",
     [["sous 20 personnes fin 2026"], ["habitat inclusif des Combes (5 logements)"],
      ["60 professionnels aux premiers secours"], ["permanence du SAMSAH aux Combes"]], PPTX, "list"),
    ("Qu'est-ce qu'il faut mettre dans un dossier MDPH selon l'annuaire du CLSM ?",
     [["Cerfa n° 15692"], ["dater de moins d'un an"], ["justificatif de domicile"]], ODT, "list"),
    ("Qui finance le dispositif d'emploi accompagné ?",
     [["l'ARS, l'AGEFIPH et le FIPHFP", "ARS, AGEFIPH et FIPHFP", "financé par l'ARS et par l'AGEFIPH"]], "*",
     "list"),
    # ---------------------------------------------------------------- comment faire
    ("Une personne n'est pas d'accord avec la décision de la MDPH, elle fait comment ?",
     [["recours administratif préalable obligatoire"], ["dans les deux mois"]], "*", "howto"),
    ("Un employeur veut des infos sur l'emploi accompagné, il appelle quel numéro ?",
     [["03 99 00 71 08"]], "*", "howto"),
    # ---------------------------------------------------------------- oui / non
    ("Est-ce qu'on est obligé de dire son diagnostic à son employeur ?",
     [["non jamais d'obligation"], ["secret médical"]], VTT, "yesno", 911.3),
    ("Pour entrer dans un habitat inclusif, il faut une orientation de la CDAPH ?",
     [["aucune orientation de la CDAPH", "Pas d'orientation CDAPH nécessaire"]], "*", "yesno"),
    # ---------------------------------------------------------------- documents
    ("Dans le mail transféré de l'ARS, combien d'argent pour les 10 places de SAMSAH ?",
     [["185 000 euros en année pleine"], ["154 200 euros"], ["92 000 euros en année pleine"]], TXT, "document"),
    ("Le diaporama de mars 2026 : le contrat de ville va donner autant pour Premiers pas vers l'emploi, et sinon ?",
     [["16 000 € (14 500 € en 2025)"], ["un jeudi sur deux"]], PPTX, "document"),
    # ---------------------------------------------------------------- anglais
    ("When and where does Tremplin Sâline hold its drop-in session in Les Combes?",
     [["tous les jeudis matin", "le jeudi de 9 h à 12 h", "permanence du jeudi matin"],
      ["centre social Jean-Macé", "centre social Jean Macé"]], "*", "crosslingual"),
    ("What is the maximum monthly AAH amount since April 2025?",
     [["1 033,32 € par mois"]], HTML, "crosslingual"),
    ("How many job coaches did Tremplin Sâline have in 2025, and what changed in February 2026?",
     [["6 job coachs"], ["recruté le 2 février 2026"]], "*", "crosslingual"),
    ("According to the MDPH letter, what share of first AAH applications in 2024 involved a psychiatric disorder?",
     [["31 % des premières demandes"]], PDF, "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("Combien de places avait le SAMSAH Horizon en 2022 ?", [], None, "unanswerable"),
    ("Quel est le délai moyen de traitement à la MDPH du Jura ?", [], None, "unanswerable"),
    ("Y a-t-il un PCPE à Montbrenay, et avec combien de places ?", [], None, "unanswerable"),
    ("Le GEM La Passerelle demande une cotisation de combien par an ?", [], None, "unanswerable"),
    ("Combien de places en FAM (foyer d'accueil médicalisé) en Haute-Sâline ?", [], None, "unanswerable"),
    ("Combien gagne un travailleur de l'ESAT Les Ateliers du Val, c'est quel salaire ?", [], None,
     "unanswerable"),
    ("Combien de familles touchent l'AEEH dans le département ?", [], None, "unanswerable"),
]


def main():
    out = []
    for i, item in enumerate(Q, 1):
        question, evidence, doc, kind = item[:4]
        rec = {"id": "n55-%02d" % i, "question": question, "evidence": evidence, "doc": doc, "kind": kind}
        if len(item) > 4:
            rec["at"] = item[4]
        out.append(rec)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(DRAFT, len(out), "questions")
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié vers", FINAL)


if __name__ == "__main__":
    main()
