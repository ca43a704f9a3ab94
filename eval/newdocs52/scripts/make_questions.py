# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs52 (38 avec réponse, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit figurer dans la réponse), doc (nom du fichier sans suffixe, « * » si
plusieurs documents répondent, null si la question est sans réponse), kind, et « at » (secondes) pour les
questions sur la transcription .sbv : début du premier repère où commence la première preuve, calculé ici à
partir du fichier de sous-titres.
"""
import json
import os
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")

CHARTE = "2025-01-16_clsm-ormeval_charte-cellule-de-veille"
PROC = "2025-04-01_chvs_procedure-soins-sans-consentement"
CONV = "2025-06-24_ville-ormeval_convention-police-psychiatrie-ville"
DEPT = "2025-09-10_seine-bocage_prevention-suicide-3114-vigilans"
WEB = "2025-11-27_ressources-ville-normandie_webinaire-crise-psychique"
ODS = "2026-01-20_clsm-ormeval_situations-complexes-2024-2025"
CR = "2026-03-12_clsm-ormeval_cr-copil-jitsi"

Q = [
    # ---------------------------------------------------------------- cellule de veille : chiffres
    ("Combien de situations la cellule de veille a examinées en 2025, et combien l'année d'avant ?",
     [["78 situations nouvelles examinées"], ["contre 61 en 2024", "61 situations nouvelles examinées"]],
     "*", "number"),
    ("Quelle part des situations de la cellule concernait le Val-Fleuri en 2024 et en 2025, alors que le quartier "
     "pèse combien dans la population ?",
     [["Val-Fleuri 21 34,4 % 31 39,7 %"], ["10,7 % des 47 850 habitants"]], ODS, "number"),
    ("Dans le tableur de suivi, le risque suicidaire a-t-il augmenté entre 2024 et 2025 ?",
     [["Risque suicidaire 6 9,8 % 11 14,1 %"]], ODS, "comparison"),
    ("Pourquoi le total 2024 du tableau de la cellule a été corrigé ?",
     [["61 situations au lieu de 59"], ["enregistrées en retard"]], ODS, "fact"),
    ("Quand se réunit la cellule situations complexes, d'après la charte ?",
     [["premier jeudi de chaque mois"], ["9 h 30 à 11 h 30"]], CHARTE, "date"),
    ("Dans le compte rendu de mars, la cellule change de rythme ? À partir de quand ?",
     [["deux fois par mois"], ["À partir d'avril 2026", "jeudi 2 avril"]], CR, "date"),
    ("Qui a le droit de saisir la cellule de veille ?",
     [["professionnel d'une structure membre"], ["signataire de la présente charte"],
      ["médecin généraliste exerçant à Ormeval"]], CHARTE, "list"),
    ("Un voisin inquiet peut saisir lui-même la cellule ?",
     [["ne saisissent pas directement", "non, pas directement"]], "*", "yesno"),
    ("Comment j'envoie une fiche de saisine à la cellule, et dans quel délai ?",
     [["messagerie sécurisée de santé (MSSanté)", "par MSSanté"],
      ["huit jours avant la séance", "au plus tard huit jours"]], CHARTE, "howto"),
    ("Si la personne dit non, on peut quand même parler de sa situation en cellule ?",
     [["la situation n'est pas présentée"], ["danger grave"], ["strictement anonymisée"]], CHARTE, "yesno"),
    ("Comment une situation est anonymisée en séance ?",
     [["sans nom ni adresse"], ["code de la forme CV-AAAA-NNN"]], CHARTE, "definition"),
    # ---------------------------------------------------------------- soins sans consentement
    ("SPPI, c'est quoi déjà ?", [["Soins en cas de péril imminent"]], PROC, "acronym"),
    ("Pour des soins à la demande d'un tiers classiques, il faut combien de certificats et qui les rédige ?",
     [["2 certificats circonstanciés de moins de 15 jours", "deux certificats médicaux circonstanciés"],
      ["premier par un médecin extérieur au CHVS", "premier est établi par un médecin n'exerçant pas"]],
     PROC, "howto"),
    ("Au CHVS, le péril imminent c'est quelle part des admissions sans consentement, comparé à la France ?",
     [["soit 38 %", "presque quatre admissions sans consentement sur dix"],
      ["26 % en France en 2023", "autour d'une sur quatre"]], "*", "number"),
    ("Taux de soins sans consentement : la Seine-Bocage est-elle au-dessus de la Normandie et de la France ?",
     [["Seine-Bocage 203 pour 100 000"], ["Normandie 189 pour 100 000"], ["176 pour 100 000"]], PROC,
     "comparison"),
    ("Le certificat de 72 heures, c'est le même psychiatre que celui de 24 heures ?",
     [["deux psychiatres distincts"], ["en urgence (SPDT-U)", "péril imminent (SPPI)"]], PROC, "who"),
    ("Le maire peut-il faire hospitaliser quelqu'un d'office, et combien de temps tient son arrêté ?",
     [["danger imminent pour la sûreté des personnes"], ["dans les 24 heures"],
      ["caduque au terme d'une durée de 48 heures"]], PROC, "who"),
    # ---------------------------------------------------------------- convention police – psychiatrie – ville
    ("Qui a signé la convention police-psy-ville d'Ormeval ?",
     [["Catherine Lemonnier"], ["Olivier Garnier"], ["Thomas Vasseur"], ["Hélène Favier"], ["Nadia Perrot"]],
     CONV, "who"),
    ("La convention police-psychiatrie est-elle reconduite automatiquement ?",
     [["durée de trois ans"], ["pas renouvelable par tacite reconduction"]], CONV, "yesno"),
    ("Combien d'agents de la ville doivent être formés aux PSSM, et pour quand ?",
     [["120 agents municipaux"], ["31 décembre 2026"]], "*", "number"),
    ("Est-ce que la police peut emmener la personne en crise à l'hôpital dans sa voiture ?",
     [["transport est assuré par une ambulance", "ambulance agréée", "c'est l'ambulance qui transporte"],
      ["sauf nécessité absolue de sécurité", "seulement en cas de danger", "sauf danger"]], "*", "yesno"),
    ("L'attente des policiers aux urgences a-t-elle baissé depuis la convention ?",
     [["1 h 15 (2 h 40)"]], CR, "comparison"),
    ("Combien d'arrêtés provisoires le maire a signés en 2025, par rapport à 2024 et 2023 ?",
     [["arrêtés provisoires signés par le maire : 34"], ["29 arrêtés provisoires en 2024", "34 (29)"],
      ["contre 22 en 2023"]], "*", "number"),
    # ---------------------------------------------------------------- équipe mobile de crise
    ("L'équipe mobile, combien d'interventions fin octobre 2025, et sur toute l'année 2025 ?",
     [["290 interventions"], ["356 interventions pour 212 personnes"]], "*", "comparison"),
    ("Combien l'ARS met en 2026 pour la coordination du CLSM et pour l'équipe mobile ?",
     [["35 000 euros (30 000 euros en 2025)"], ["465 000 euros"]], CR, "number"),
    ("Prochain copil du CLSM : quand et où ?",
     [["Jeudi 11 juin 2026"], ["salle Léopold-Senghor"]], CR, "date"),
    # ---------------------------------------------------------------- prévention du suicide, PSSM
    ("Taux de suicide en Seine-Bocage par rapport à la Normandie et à la France ?",
     [["19,8 décès pour 100 000 habitants"], ["17,9 en Normandie"], ["13,4 en France métropolitaine"]], DEPT,
     "comparison"),
    ("Combien de secouristes en santé mentale dans le département, et quel objectif ?",
     [["2 130 secouristes en santé mentale"], ["3 000 secouristes d'ici 2027"]], DEPT, "number"),
    ("VigilanS, concrètement, ça marche comment ?",
     [["carte ressource"], ["entre le 10e et le 21e jour", "entre le dixième et le vingt-et-unième jour"],
      ["cartes postales personnalisées"]], "*", "definition"),
    ("Le 3114, c'est le numéro à faire si quelqu'un est en train de passer à l'acte ?",
     [["pas un numéro d'urgence vitale"], ["le 15 ou le 112", "c'est le 15"]], "*", "yesno"),
    # ---------------------------------------------------------------- webinaire
    ("Dans le webinaire de novembre, depuis quand les familles peuvent appeler l'équipe mobile de crise ?",
     [["depuis le 1er septembre"], ["les proches peuvent nous appeler directement"]], WEB, "transcript"),
    ("Le gardien de Sèves Habitat, dans le webinaire, il a fait quoi avec le locataire qui ne payait plus ?",
     [["J'ai appelé l'équipe mobile"], ["suivi au CMP"], ["plan d'apurement pour le loyer"]], WEB, "transcript"),
    ("Selon la coordinatrice au webinaire, où en était la cellule fin octobre 2025 ?",
     [["soixante et une nouvelles situations"], ["autant que sur toute l'année dernière"]], WEB, "transcript"),
    ("D'après le webinaire, combien coûte l'équipe mobile de crise par an, et sur quels fonds ?",
     [["420 000 euros par an"], ["fonds d'intervention régional"]], WEB, "transcript"),
    # ---------------------------------------------------------------- anglais
    ("What are the mobile crisis team's opening hours, and how quickly do they commit to a home visit?",
     [["lundi au vendredi de 9 heures", "lundi–vendredi 9 h – 19 h"], ["sous 48 heures", "48 heures ouvrées"]],
     "*", "crosslingual"),
    ("How many people were enrolled in VigilanS in the département in 2024, compared with 2023?",
     [["812 personnes"], ["701 en 2023"]], DEPT, "crosslingual"),
    ("Under the police-psychiatry-town agreement, how often does the monitoring committee meet and who chairs it?",
     [["deux fois par an"], ["présidé par l'adjointe au maire"]], CONV, "crosslingual"),
    ("What is the maximum number of cases the review unit can look at in a single meeting?",
     [["au plus six situations"]], CHARTE, "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("Combien de situations la cellule de veille avait examinées en 2022 ?", [], None, "unanswerable"),
    ("Combien de secouristes PSSM ont été formés dans le Calvados ?", [], None, "unanswerable"),
    ("Le CISPD d'Ormeval fait-il partie des signataires de la convention police-psy ?", [], None, "unanswerable"),
    ("C'est quoi le numéro de la CUMP à appeler pour Ormeval ?", [], None, "unanswerable"),
    ("Une session PSSM Jeunes est-elle prévue pour les animateurs du Val-Fleuri ?", [], None, "unanswerable"),
    ("Combien de mesures de contention le CHVS a-t-il enregistrées en 2024 ?", [], None, "unanswerable"),
    ("Combien de situations de la cellule venaient du quartier des Coteaux en 2025 ?", [], None, "unanswerable"),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def sbv_at(alt):
    """Début du premier repère à partir duquel la preuve commence (repère + deux suivants)."""
    with open(os.path.join(CORPUS, WEB + ".sbv"), encoding="utf-8") as f:
        blocks = f.read().strip().split("\n\n")
    cues = []
    for b in blocks:
        ls = b.split("\n")
        h, m, s = ls[0].split(",")[0].split(":")
        cues.append((int(h) * 3600 + int(m) * 60 + float(s), " ".join(ls[1:])))
    a = norm(alt)
    for i, (t, _) in enumerate(cues):
        joined = norm(" ".join(c[1] for c in cues[i:i + 3]))
        if re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", joined):
            # le repère suivant contient-il déjà toute la preuve ? on garde le repère où elle commence
            nxt = norm(" ".join(c[1] for c in cues[i + 1:i + 4]))
            if not re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", nxt):
                return round(t, 1)
    raise SystemExit("preuve introuvable dans le SBV : %r" % alt)


def main():
    assert len(Q) == 45, len(Q)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for i, (question, ev, doc, kind) in enumerate(Q, 1):
            d = {"id": "n52-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
            if doc == WEB:
                d["at"] = sbv_at(ev[0][0])
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("écrit :", DRAFT)
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié :", FINAL)


if __name__ == "__main__":
    main()
