# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs46 (38 avec réponse dont 4 en anglais, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit être retrouvée), doc (nom du fichier sans suffixe, « * » si la
réponse est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour les
questions sur la transcription .sbv : début du premier repère où se trouve la première preuve (relevé ici par
une lecture simple du .sbv ; check.py le vérifie avec son propre lecteur).
"""
import json
import os
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")

PROTO = "2025-03-18_dsden-pays-de-risle_protocole-postvention-etablissements-scolaires"
LETTRE = "2025-06-16_clsm-pont-vernel_lettre-clsm-n9"
WEBI = "2025-09-10_clsm-pont-vernel_webinaire-sentinelles-vigilans"
FORM = "2025-10-02_clsm-pont-vernel_formation-module-sentinelle"
PAGE = "2025-11-24_ville-pont-vernel_reseau-sentinelles"
ODS = "2026-01-20_clsm-pont-vernel_indicateurs-prevention-suicide-2022-2025"
COPIL = "2026-02-05_clsm-pont-vernel_releve-decisions-copil-prevention-suicide"

Q = [
    # ---------------------------------------------------------------- chiffres (lieu, année, population)
    ("Dans le tableur des indicateurs, combien de personnes ont été incluses dans VigilanS en 2025 au CH de "
     "Pont-Vernel, et pour tout le Pays-de-Risle ?",
     [["2025 301 190 126 58 675"]], ODS, "document"),
    ("Combien de sentinelles formées en 2024 au total, et combien de gardiens ou agents de bailleurs dans le lot ?",
     [["2024 10 6 11 7 3 4 41"]], ODS, "number"),
    ("Combien d'habitants de Pont-Vernel sont passés par VigilanS en 2025, et combien vivent dans un quartier "
     "prioritaire ?",
     [["inclus en 2025, tous établissements : 142"], ["dont 39 domiciliés en quartier prioritaire"]], ODS, "number"),
    ("On en est à combien de sentinelles formées dans tout le département, et dans toute la Normandie ?",
     [["468 dans le département du Pays-de-Risle"], ["3 150 en Normandie"]], ODS, "number"),
    ("Combien d'appels au 3114 sont partis du Pays-de-Risle en 2025 ?",
     [["3114 depuis le Pays-de-Risle 3 940 4 580"]], COPIL, "number"),
    ("Au webinaire de septembre, on disait combien de sentinelles formées sur la commune, et combien liées aux "
     "deux QPV ?",
     [["on a formé 131 sentinelles"], ["46 habitent ou travaillent"]], WEBI, "transcript"),
    ("Le taux de suicide, on est à combien en Normandie et dans le Pays-de-Risle par rapport à la France ?",
     [["Normandie 560 16,9"], ["Pays-de-Risle 71 18,2"], ["France environ 9 000 13,4"]], FORM, "comparison"),
    ("C'était quoi le budget 2025 de l'action prévention du suicide, et combien venait de l'ARS ?",
     [["s'élève à 63 500 €", "TOTAL 63 500 €"],
      ["38 000 € de l'ARS Normandie", "fonds d'intervention régional) 38 000 €"]], "*", "number"),
    ("Dans la lettre de juin 2025, combien de sentinelles ont été formées entre janvier et mai, et en combien de "
     "sessions ?",
     [["quatre sessions du module sentinelle"], ["réuni 34 participants"]], LETTRE, "document"),
    ("D'après la lettre du CLSM, combien de personnes suivies par VigilanS refont une tentative dans les six mois ?",
     [["a été de 8,6"], ["12,4 % dans l'étude de référence"]], LETTRE, "number"),
    ("Combien de personnels de l'Éducation nationale ont été formés au protocole de postvention en juin 2025 ?",
     [["Le 3 juin 2025, 32 chefs"]], LETTRE, "number"),
    # ---------------------------------------------------------------- dates
    ("Sur le site de la ville, c'est quand les prochaines sessions du module sentinelle ?",
     [["jeudi 15 janvier 2026"], ["jeudi 12 mars 2026"]], PAGE, "date"),
    ("Le 3114 normand va répondre plus tard le soir ? À partir de quand ?",
     [["du 2 mars 2026"], ["de 8 h à minuit"]], COPIL, "date"),
    ("Quand démarre le recontact de proximité pour les gens des QPV injoignables par VigilanS ?",
     [["Démarrage le 1er avril 2026"], ["expérimentation d'un an"]], COPIL, "date"),
    # ---------------------------------------------------------------- qui
    ("Qui a signé le protocole de postvention pour l'Éducation nationale ?",
     [["Philippe Ravenel"]], PROTO, "who"),
    ("Qui anime les réunions du réseau des sentinelles ?",
     [["Animée par Hélène Morin"]], LETTRE, "who"),
    ("Dans le webinaire du 10 septembre, c'est qui Rachid Ouali ?",
     [["gardien d'immeuble chez Risle Habitat"], ["sentinelle depuis 2023"]], WEBI, "who"),
    # ---------------------------------------------------------------- sigles
    ("PTSM, ça veut dire quoi déjà ?",
     [["projet territorial de santé mentale"]], FORM, "acronym"),
    ("Dans la formation sentinelle, le sigle RUD désigne quoi ?",
     [["risque, urgence, dangerosité"]], FORM, "acronym"),
    # ---------------------------------------------------------------- définitions
    ("C'est quoi la postvention, en deux mots ?",
     [["l'ensemble des actions menées après un suicide"],
      ["prévenir un effet de contagion", "éviter un effet de contagion"]], "*", "definition"),
    ("Une sentinelle « active », ça correspond à quoi exactement ?",
     [["au moins deux réunions du réseau"]], "*", "definition"),
    ("Selon la diapo lue pendant le webinaire, c'est quoi une sentinelle ?",
     [["formée pour repérer les personnes en souffrance"], ["repérer, aller vers, orienter"]], WEBI, "definition"),
    # ---------------------------------------------------------------- comparaisons
    ("Module sentinelle et module évaluation-orientation : quelle différence de durée et de public ?",
     [["1 jour (7 heures)"], ["2 jours (14 heures)"], ["Professionnels de santé, psychologues, travailleurs sociaux"]],
     FORM, "comparison"),
    ("Combien de sentinelles actives fin 2025, comparé à fin 2024 ?",
     [["Sentinelles actives au 31/12 71 96"]], COPIL, "comparison"),
    ("En Normandie, combien d'inclusions VigilanS en 2024, et en 2025 ?",
     [["6 410 inclusions en 2024"], ["6 940 personnes incluses en 2025", "et 6 940 en Normandie"]], "*",
     "comparison"),
    # ---------------------------------------------------------------- listes
    ("Qui compose la cellule de postvention dans un établissement ?",
     [["le conseiller principal d'éducation"], ["l'infirmière scolaire"], ["la psychologue de l'Éducation nationale"],
      ["l'assistante sociale scolaire"]], PROTO, "list"),
    ("Quels signes doivent alerter une sentinelle ?",
     [["donner ses affaires"], ["mettre ses papiers en ordre"], ["je suis un fardeau"]], FORM, "list"),
    ("Qui finance le réseau de sentinelles ?",
     [["Agence régionale de santé (ARS) de Normandie"], ["contrat de ville"], ["qui y consacre 11 500 €"]],
     PAGE, "list"),
    # ---------------------------------------------------------------- comment faire
    ("Je voudrais devenir sentinelle, comment je fais ?",
     [["court entretien de présentation"], ["une journée de 9 h à 17 h"], ["Signez la charte de la sentinelle"]],
     PAGE, "howto"),
    ("Je suis principale de collège, on m'annonce le suicide d'un élève : je fais quoi dans les premières heures ?",
     [["vérifie auprès de la famille"], ["03 99 00 77 10"], ["se réunit dans les deux heures"]], PROTO, "howto"),
    # ---------------------------------------------------------------- oui / non
    ("Un lycéen de 17 ans peut-il devenir sentinelle ?",
     [["réservé aux personnes majeures", "avoir 18 ans révolus"]], "*", "yesno"),
    ("Une sentinelle peut-elle appeler VigilanS pour signaler quelqu'un qui l'inquiète ?",
     [["la réponse est non"], ["numéro d'urgence ni un numéro de signalement"]], WEBI, "yesno"),
    ("Les sentinelles sont payées ou c'est du bénévolat ?",
     [["c'est un engagement bénévole"]], WEBI, "yesno"),
    # ---------------------------------------------------------------- transcription
    ("Dans le webinaire, qu'a fait Rachid avec la dame du bâtiment C qui donnait ses affaires ?",
     [["est-ce que vous pensez à vous tuer"], ["J'ai appelé Maëlle"], ["rendez-vous au CMP"]], WEBI, "transcript"),
    # ---------------------------------------------------------------- anglais
    ("How many sentinels were trained in Pont-Vernel in 2025, and how many in total since 2022?",
     [["52 sentinelles ont été formées en 2025", "2025 14 7 12 10 4 5 52"],
      ["le total à 145", "Total 36 21 38 26 10 14 145"]], "*", "crosslingual"),
    ("When does the VigilanS team call a patient after they leave hospital?",
     [["entre le 10e et le 21e jour", "entre J10 et J21", "le dixième et le vingt-et-unième jour"]], "*",
     "crosslingual"),
    ("What's the phone number of the Maison des adolescents?",
     [["03 99 00 58 70"]], "*", "crosslingual"),
    ("Within how many hours must a school's crisis cell meet after a suicide is reported?",
     [["dans les deux heures", "Dans les 2 heures"]], "*", "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("Combien de personnes le CH de Pont-Vernel a-t-il incluses dans VigilanS en 2020 ?", [], None, "unanswerable"),
    ("Combien de sentinelles ont été formées dans le quartier du Val-Fleuri ?", [], None, "unanswerable"),
    ("Combien d'adhérents compte le GEM de Pont-Vernel ?", [], None, "unanswerable"),
    ("Le CLSM organise-t-il aussi des formations PSSM ?", [], None, "unanswerable"),
    ("Combien le conseil départemental verse-t-il pour le réseau de sentinelles ?", [], None, "unanswerable"),
    ("Que prévoit le protocole de postvention pour les universités ?", [], None, "unanswerable"),
    ("Quel est le taux de suicide chez les agriculteurs du Pays-de-Risle ?", [], None, "unanswerable"),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def sbv_at(alt):
    """Début du premier repère qui, joint au suivant, contient alt."""
    with open(os.path.join(CORPUS, WEBI + ".sbv"), encoding="utf-8") as f:
        blocks = f.read().strip().split("\n\n")
    cues = []
    for b in blocks:
        lines = b.split("\n")
        h, m, s = lines[0].split(",")[0].split(":")
        cues.append((int(h) * 3600 + int(m) * 60 + float(s), " ".join(lines[1:])))
    a = " " + norm(alt) + " "
    for i, (t, txt) in enumerate(cues):
        nxt = cues[i + 1][1] if i + 1 < len(cues) else ""
        if a in " " + norm(txt + " " + nxt) + " ":
            return round(t, 1)
    raise SystemExit("preuve introuvable dans le .sbv : %r" % alt)


def main():
    assert len(Q) == 45, len(Q)
    out = []
    for i, (question, ev, doc, kind) in enumerate(Q, 1):
        q = {"id": "n46-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
        if doc == WEBI:
            q["at"] = sbv_at(ev[0][0])
        out.append(q)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print("écrit :", DRAFT, len(out), "questions")
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié :", FINAL)


if __name__ == "__main__":
    main()
