# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs39 (38 avec réponse, 7 sans réponse).

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

ENQ = "2025-11-04_clsm-ardonville_enquete-ecrans-sommeil-eleves-2025"
PROTO = "2026-01-12_clsm-ardonville_protocole-signalement-cyberharcelement"
PAEJ = "2026-01-16_paej-le-passage_activite-mensuelle-2025"
SLIDES = "2026-01-20_clsm-ardonville_formation-jeunes-ecrans-session1"
WEB = "2026-02-12_clsm-ardonville_webinaire-cyberharcelement"
HTML = "2026-02-24_college-louise-michel_ateliers-parents-ecrans"
CR = "2026-03-10_clsm-ardonville_cr-gt-jeunes-numerique"

Q = [
    # ---------------------------------------------------------------- chiffres (lieu, année, population)
    ("Le cyberharcèlement chez les collégiens, ça donne quoi aux Chaumes par rapport à toute la ville et au "
     "département ?",
     [["14 % aux Chaumes"], ["11 % à Ardonville"], ["9 % dans le département"]], ENQ, "number"),
    ("Dans l'enquête écrans, le chiffre national de cyberharcèlement auquel on se compare, il date de quand ?",
     [["7 % en France"], ["« Jeunes connectés » 2023"]], ENQ, "number"),
    ("Le PAEJ a vu combien de nouveaux jeunes sur l'année 2025, et combien habitaient Les Chaumes ou "
     "Beaulieu-Gare ?",
     [["Total 2025 312 101 64"]], PAEJ, "number"),
    ("Pause Manette, au final, ça fait combien de nouveaux jeunes reçus en 2025 ?",
     [["66 nouveaux jeunes en 2025"]], CR, "number"),
    ("Le compte rendu de mars parle de combien de fiches de signalement reçues par la cellule de veille, et "
     "pour quels élèves surtout ?",
     [["reçu 19 fiches S1"], ["12 concernent des collégiens"]], CR, "number"),
    # ---------------------------------------------------------------- dates
    ("Finalement, l'atelier parents sur le cyberharcèlement au collège, il a lieu quel jour ?",
     [["reporté au jeudi 19 mars 2026", "du 12 au 19 mars 2026"]], "*", "date"),
    ("La prochaine réu du groupe jeunes et numérique, c'est quand ?",
     [["mardi 12 mai 2026"]], CR, "date"),
    ("La semaine sans écrans de ce printemps, c'est quelles dates exactement ?",
     [["du lundi 18 au dimanche 24 mai 2026"]], CR, "date"),
    ("On refait l'enquête auprès des élèves quand ?",
     [["du 8 mars au 2 avril 2027"]], CR, "date"),
    ("Pause Manette va tenir une permanence aux Chaumes : à partir de quand et à quel rythme ?",
     [["à partir du 1er avril 2026"], ["un mercredi après-midi sur deux"]], CR, "date"),
    # ---------------------------------------------------------------- qui
    ("Qui intervient à l'atelier parents sur les jeux vidéo ?",
     [["Julien Favreau, psychologue, consultation Pause Manette"]], HTML, "who"),
    ("Qui est la référente harcèlement côté DSDEN, et comment la joindre ?",
     [["Élise Guillou, référente départementale PRISME"], ["03 99 00 36 14"]], PROTO, "who"),
    ("Au collège Louise-Michel, qui sont les deux adultes référents du programme anti-harcèlement ?",
     [["Aurélie Texier (professeure de lettres)", "Aurélie Texier, qui est professeure"],
      ["Yann Cadiou (CPE)", "Yann Cadiou, le CPE"]], "*", "who"),
    # ---------------------------------------------------------------- sigles
    ("PRISME, ça veut dire quoi ?",
     [["Prévenir, Repérer, Intervenir, Soutenir, Mobiliser"]], HTML, "acronym"),
    ("c'est quoi la CRIP dans le protocole",
     [["cellule de recueil des informations préoccupantes"]], PROTO, "acronym"),
    ("PAEJ ça signifie quoi, et ça accueille quel âge ?",
     [["Point Accueil Écoute Jeunes"], ["onze à vingt-cinq ans", "11 – 25 ans"]], "*", "acronym"),
    # ---------------------------------------------------------------- définitions
    ("Dans l'enquête 2025, à partir de quand un élève est-il compté comme victime de cyberharcèlement ?",
     [["au moins deux fois depuis la rentrée"], ["Un épisode isolé n'est pas compté"]], ENQ, "definition"),
    ("Dans le tableau du PAEJ, un « premier accueil », ça correspond à quoi ?",
     [["jamais reçu au PAEJ depuis"], ["qu'une fois dans l'année"]], PAEJ, "definition"),
    ("D'après le psy de Pause Manette au webinaire, à partir de quand on parle vraiment de trouble du jeu "
     "vidéo ?",
     [["trouble du jeu vidéo quand"], ["perte de contrôle"], ["au moins douze mois"]], WEB, "definition", 656.4),
    # ---------------------------------------------------------------- comparaisons
    ("Les ados qui gardent leur portable dans la chambre la nuit dorment-ils vraiment moins que les autres ?",
     [["49 % des élèves qui gardent", "quarante-neuf pour cent"], ["contre 12 % de ceux", "contre douze pour cent"]],
     "*", "comparison"),
    ("Sur le diapo de la formation, comment on distingue un usage intensif d'un usage problématique ?",
     [["arrête quand on le lui demande"], ["Perte de contrôle"], ["Le jeu passe avant tout"]], SLIDES,
     "comparison"),
    ("En annexe de l'enquête, les collégiens des Chaumes dorment-ils moins que ceux des quartiers hors QPV ?",
     [["Les Chaumes (QPV) 164 52 49"], ["Autres quartiers 1 109 39 35"]], ENQ, "comparison"),
    # ---------------------------------------------------------------- faits
    ("La fiche S1, on a 48 ou 72 heures pour l'envoyer ?",
     [["dans les 72 heures"], ["porté de 48 à 72 heures"]], PROTO, "fact"),
    ("Pourquoi le chiffre 2025 de Pause Manette sur le diaporama de janvier a une étoile ?",
     [["chiffre provisoire au 30 novembre"]], SLIDES, "fact"),
    ("Dans le classeur du PAEJ, pourquoi août 2025 est-il si bas ?",
     [["Août 5 1 1 14"], ["Fermeture d'été du 4 au 22 août"]], PAEJ, "document"),
    # ---------------------------------------------------------------- listes
    ("Quelles preuves faut-il garder quand un jeune est cyberharcelé ?",
     [["Date et heure visibles"], ["Pseudonyme et identifiant"], ["Adresse (URL) de la page"],
      ["Noms des témoins éventuels"]], PROTO, "list"),
    ("Quels signes chez un jeune doivent faire penser à du cyberharcèlement, d'après la formation ?",
     [["Changement brutal d'humeur"], ["Refus d'aller au collège"], ["il se tient à l'écart du groupe"]],
     SLIDES, "list"),
    # ---------------------------------------------------------------- comment faire
    ("Je suis parent, comment je m'inscris aux ateliers écrans du collège, et on peut faire garder les petits ?",
     [["par Pronote, à la vie scolaire", "03 99 00 28 40"], ["Garde des enfants de 3 à 10 ans"]], HTML,
     "howto"),
    ("Concrètement, je fais comment pour signaler une situation de cyberharcèlement au CLSM ?",
     [["fiche de signalement S1"], ["l'envoyer à la cellule de veille"]], PROTO, "howto"),
    # ---------------------------------------------------------------- oui / non
    ("Un élève me montre une photo intime d'une copine qui tourne : je fais une capture pour la transmettre ?",
     [["on ne la copie pas", "ne doit jamais être copiée"]], "*", "yesno"),
    ("Un gamin de 14 ans peut aller au PAEJ sans que ses parents soient au courant ?",
     [["sans autorisation de ses parents"]], WEB, "yesno", 929.1),
    # ---------------------------------------------------------------- transcription
    ("Au webinaire, combien de situations de cyberharcèlement le PAEJ dit avoir repérées l'an dernier ?",
     [["quarante-sept situations de cyberharcèlement"]], WEB, "transcript", 335.7),
    ("Selon la responsable du PAEJ au webinaire, combien de temps un jeune met-il avant de se confier ?",
     [["sept semaines"]], WEB, "transcript", 365.3),
    ("Dans le webinaire, comment a-t-on réglé le faux compte créé au nom d'Inès ?",
     [["appelé le 3018 ensemble"], ["moins de vingt-quatre heures"]], WEB, "transcript", 448.4),
    # ---------------------------------------------------------------- anglais
    ("How many new young people did Pause Manette see in 2024, and how long was the wait for a first "
     "appointment that year?",
     [["contre 43 en 2024"], ["9 semaines en 2024"]], "*", "crosslingual"),
    ("According to the webinar, what three fears stop young people from telling an adult?",
     [["qu'on leur confisque le téléphone"], ["que ce soit pire"], ["Et la honte"]], WEB, "crosslingual", 377.0),
    ("When does the PAEJ hold its drop-in session at the Louise-Michel middle school?",
     [["le jeudi de 12 h à 14 h", "le jeudi entre midi et deux"]], "*", "crosslingual"),
    ("What share of middle-school pupils in Ardonville knew the 3018 helpline number?",
     [["22 % des collégiens", "vingt-deux pour cent des collégiens"]], "*", "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("C'était combien, le taux de cyberharcèlement chez les collégiens d'Ardonville en 2019 ?",
     [], None, "unanswerable"),
    ("Combien de nouveaux jeunes le PAEJ de Montrevault-les-Bois a-t-il reçus en 2025 ?",
     [], None, "unanswerable"),
    ("Est-ce que l'enquête donne un taux de nomophobie chez les ados d'Ardonville ?",
     [], None, "unanswerable"),
    ("Quel rôle joue le CESC du collège Louise-Michel dans les ateliers parents ?",
     [], None, "unanswerable"),
    ("Combien de temps d'écran par jour pour les enfants de maternelle à Ardonville ?",
     [], None, "unanswerable"),
    ("Pause Manette a reçu combien de nouveaux jeunes au premier trimestre 2026 ?",
     [], None, "unanswerable"),
    ("Quel budget le contrat de ville met-il sur le futur poste de promeneur du net ?",
     [], None, "unanswerable"),
]


def main():
    rows = []
    for i, item in enumerate(Q, 1):
        q, ev, doc, kind = item[:4]
        row = {"id": "n39-%02d" % i, "question": q, "evidence": ev, "doc": doc, "kind": kind}
        if len(item) > 4:
            row["at"] = item[4]
        rows.append(row)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("brouillon :", DRAFT, len(rows), "questions")
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié vers :", FINAL)


if __name__ == "__main__":
    main()
