# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs44 (38 avec réponse, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit être retrouvée), doc (nom du fichier sans suffixe, « * » si la réponse
est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour les questions
sur la transcription .srt : début du repère où commence la première preuve.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")

ENQ = "2025-03-14_clsm-cotes-vauclerc_enquete-numerique-sante-resultats"
COPIL = "2025-06-24_cc-cotes-vauclerc_copil-e-sante-mentale"
FIL = "2025-07-10_clsm-cotes-vauclerc_fil-pilote-boussole-jeunes"
ACTU = "2025-10-07_cc-cotes-vauclerc_actu-rendez-vous-sante-en-ligne"
RADIO = "2025-11-20_radio-cotes-fm_rendez-vous-sante-soigner-a-distance"
SLIDES = "2026-02-12_clsm-cotes-vauclerc_rencontres-regionales-numerique"
EVAL = "2026-03-20_ots-haute-seille_evaluation-teleconsultation-cmp-msp"

# (question, evidence, doc, kind[, at])
Q = [
    # ---------------------------------------------------------------- chiffres (lieu, année, population)
    ("Combien de téléconsultations à Saint-Aubin-des-Bois en 2024, et l'année d'après ?",
     [["Saint-Aubin-des-Bois — 58 119"]], EVAL, "number"),
    ("au copil de juin 2025 on en était à combien de téléconsultations depuis janvier ?",
     [["Total 486 291"]], COPIL, "number"),
    ("Foyers sans internet à la maison : on est à combien sur la com com, et ça donne quoi dans le département et "
     "en France ?",
     [["Total 612 15,2", "15,2 % CC des Côtes de Vauclerc"], ["Haute-Seille 10,8 %", "10,8 % Haute-Seille"],
      ["France 8,4 %", "8,4 % France"]], "*", "number"),
    ("D'après l'enquête habitants, quelle part des répondants du Champ-Fleury n'a pas internet chez elle ?",
     [["QPV Le Champ-Fleury (Vauclerc) 148 23,6"]], ENQ, "number"),
    ("Côté Saint-Aubin, combien de gens ont une connexion trop juste pour faire de la visio ?",
     [["41,0 % des répondants du secteur", "quatre habitants sur dix",
       "Saint-Aubin-des-Bois 100 18,0 22,0 41,0"]], "*", "number"),
    ("Il y a combien de psychiatres pour 100 000 habitants chez nous, dans la région et en France ?",
     [["9,1 psychiatres pour 100 000"], ["14,7 en Grand Est"], ["22,8 en France"]], EVAL, "number"),
    ("La permanence e-santé de France Services, ça représente combien d'accompagnements en 2025 par rapport à "
     "2024 ?",
     [["694 accompagnements santé en 2025"], ["356 en 2024", "356 accompagnements santé en 2024"]], "*", "number"),
    ("À la fin janvier 2026, Boussole Jeunes avait combien d'inscrits ?",
     [["57 jeunes inscrits"]], SLIDES, "number"),
    ("Bilan final de Boussole Jeunes : combien d'inscrits, combien du quartier, combien encore actifs à trois "
     "mois ?",
     [["63 jeunes inscrits"], ["22 habitant le Champ-Fleury"], ["37 encore actifs"]], EVAL, "number"),
    # ---------------------------------------------------------------- dates
    ("Finalement Boussole Jeunes a été lancé quel jour ?",
     [["lundi 29 septembre 2025", "du 29 septembre 2025", "depuis le 29 septembre"]], "*", "date"),
    ("C'est quand et où, la réunion d'info pour les référents de Boussole Jeunes ?",
     [["mardi 16 septembre 2025"], ["au lycée (salle polyvalente)"]], FIL, "date"),
    ("Jusqu'à quand fallait-il déposer la demande FIR pour 2026 ?",
     [["avant le 15 novembre 2025"]], COPIL, "date"),
    # ---------------------------------------------------------------- qui
    ("Qui est la déléguée à la protection des données sur ces projets ?",
     [["Hélène Vautrin"], ["Syndicat mixte Haute-Seille Numérique"]], "*", "who"),
    ("Qui était à l'antenne de Radio Côtes FM pour l'émission sur la santé mentale et le numérique ?",
     [["Julien Perrin"], ["Sonia Lefèvre"], ["Inès Bouchard"]], RADIO, "who", 17.7),
    # ---------------------------------------------------------------- sigles
    ("AIPD, ça veut dire quoi ?",
     [["analyse d'impact relative à la protection des données"]], "*", "acronym"),
    ("La DPO parle d'une notice en FALC, c'est quoi ?",
     [["facile à lire et à comprendre"]], FIL, "acronym"),
    ("Selon l'émission de radio, c'est quoi une IPA ?",
     [["deux années de master en plus"], ["mention psychiatrie et santé mentale"]], RADIO, "acronym", 83.3),
    # ---------------------------------------------------------------- définitions
    ("Téléconsultation assistée, téléexpertise, télésoin : c'est quoi la différence ?",
     [["accompagné, dans un lieu de soins"], ["avis demandé à distance par un professionnel"],
      ["soin à distance par un auxiliaire médical"]], EVAL, "definition"),
    ("Les 41 300 km évités, ils sont calculés comment ?",
     [["trajet aller-retour entre la commune de résidence"], ["moins le trajet aller-retour jusqu'à la maison"]],
     EVAL, "definition"),
    # ---------------------------------------------------------------- comparaisons
    ("Les absences aux téléconsultations ont-elles baissé entre 2024 et 2025 ?",
     [["de 14 % en 2024 à 9 %", "honorées en 2025 (14 % en 2024)"]], "*", "yesno"),
    ("Le délai pour un premier rendez-vous au CMP, il était de combien avant et il en est où ?",
     [["de 62 jours en 2023", "(62 en 2023)"], ["38 jours en 2025", "38 jours d'attente avant"]], "*",
     "comparison"),
    ("L'ARS met combien en 2026 sur le dispositif, comparé à 2024-2025 ?",
     [["48 000 € pour 2024-2025", "régional (FIR) 48 000 €"],
      ["subvention de 30 000 €", "30 000 € (coordination)"]], "*", "comparison"),
    # ---------------------------------------------------------------- listes
    ("Quelles règles la DPO a posées pour les données de l'appli jeunes ?",
     [["reste sur le téléphone"], ["aucune géolocalisation"], ["après 12 mois sans connexion"],
      ["pas de jeunes de moins de 15 ans"]], FIL, "list"),
    ("Que recommande en priorité le rapport d'évaluation de mars 2026 ?",
     [["Pérenniser le poste de coordination"], ["0,3 équivalent temps plein"],
      ["contrat local de santé 2026-2030"]], EVAL, "list"),
    # ---------------------------------------------------------------- comment faire
    ("Les différentes façons de prendre un rendez-vous santé, pour les gens pas à l'aise avec internet aussi ?",
     [["24 heures sur 24"], ["secrétariat commun des maisons de santé", "03 99 00 41 00"],
      ["À France Services"]], ACTU, "howto"),
    ("Comment on passe par la plateforme pour avoir un rendez-vous au CMP ?",
     [["demande de premier contact"], ["délai de cinq jours ouvrés"]], ACTU, "howto"),
    # ---------------------------------------------------------------- oui / non
    ("Dans le Rendez-vous santé de novembre, l'IPA dit-elle que les téléconsultations sont enregistrées ?",
     [["ne sont pas enregistrées"], ["ni le son ni l'image"]], RADIO, "yesno", 403.1),
    # ---------------------------------------------------------------- faits (notes de l'orateur, légendes)
    ("Combien de demi-journées par semaine le CMP garde pour les téléconsultations depuis l'été 2025 ?",
     [["trois demi-journées par semaine"], ["vendredi matin"]], COPIL, "fact"),
    ("Quelle boîte a été retenue pour la plateforme de rendez-vous ?",
     [["la société Agendo"]], COPIL, "fact"),
    ("Pendant le test à Brémoncourt, les rendez-vous non honorés sont passés de combien à combien ?",
     [["de 17 % à 10 %"]], ACTU, "paraphrase"),
    ("Dans l'enquête, combien de réponses papier et combien en ligne ?",
     [["questionnaire papier (312 réponses"], ["en ligne (300 réponses)"]], ENQ, "document"),
    ("Dans l'enquête du CLSM, à Brémoncourt, combien de répondants avaient déjà fait une téléconsultation ?",
     [["Brémoncourt 109 11,9 14,7 19,3 28,4 24,8"]], ENQ, "document"),
    ("Selon le diaporama des Rencontres régionales, quelle part des rendez-vous en ligne est prise le soir ou "
     "le week-end ?",
     [["29 % pris le soir après 19 h"]], SLIDES, "document"),
    ("Dans la présentation de février 2026, quelles leçons le CLSM tire-t-il de l'expérience ?",
     [["Le numérique s'ajoute, il ne remplace"], ["pas de téléconsultation en milieu rural"],
      ["la condition de survie du dispositif"]], SLIDES, "list"),
    # ---------------------------------------------------------------- en anglais
    ("How many teleconsultations were done at the Champ-Fleury health centre in 2025?",
     [["Champ-Fleury (QPV) 28 105 188", "188 Pôle de santé du Champ-Fleury"]], "*", "crosslingual"),
    ("What share of the survey respondents would accept a mental health teleconsultation?",
     [["50,7 % accepteraient une téléconsultation", "22,1 50,7 29,1"]], "*", "crosslingual"),
    ("Who pays for the Boussole Jeunes licences, and how much do they cost?",
     [["4 500 EUR sur l'enveloppe contrat de ville"], ["80 licences à 45 EUR"]], FIL, "crosslingual"),
    ("On the radio show, how soon does a CMP nurse call back after an online first-contact request?",
     [["dans les cinq jours ouvrés"]], RADIO, "crosslingual", 889.3),
    # ---------------------------------------------------------------- sans réponse
    ("Combien de téléconsultations CMP – maisons de santé ont eu lieu en 2021 ?", [], None, "unanswerable"),
    ("Et à la maison de santé de Gondrecourt, combien de téléconsultations en 2025 ?", [], None, "unanswerable"),
    ("Le CMP propose-t-il des séances en réalité virtuelle pour les phobies ?", [], None, "unanswerable"),
    ("Quel rôle joue le DAC de Haute-Seille dans le dispositif de téléconsultation ?", [], None, "unanswerable"),
    ("Combien coûte l'abonnement mensuel d'une maison de santé à Rendez-vous Santé Côtes ?", [], None,
     "unanswerable"),
    ("Combien de téléconsultations de pédopsychiatrie ont été faites en 2025 ?", [], None, "unanswerable"),
    ("Combien d'appels au 3114 sont venus des Côtes de Vauclerc en 2025 ?", [], None, "unanswerable"),
]


def main():
    out = []
    for i, q in enumerate(Q, 1):
        rec = {"id": "n44-%02d" % i, "question": q[0], "evidence": q[1], "doc": q[2], "kind": q[3]}
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
