# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs49 (38 avec réponse, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit figurer dans la réponse), doc (nom du fichier sans suffixe, « * » si
la réponse est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour
les questions sur une transcription (.srt de la radio, .docx Teams) : début du repère ou du tour où commence la
première preuve.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")

GUIDE = "2025-09-01_clsm-kervallon_guide-orienter-un-jeune"
AGENDA = "2025-09-22_ville-kervallon_agenda-sism-2025-jeunes"
RADIO = "2025-10-08_radio-bro-kervallon_midi-rbk-sante-mentale-jeunes"
SUIVI = "2026-01-20_clsm-kervallon_suivi-frequentation-pssm-2025"
SLIDES = "2026-02-05_clsm-kervallon_bilan-gt-jeunesse-2025"
TEAMS = "2026-03-10_clsm-kervallon_transcription-gt-jeunesse-mars-2026"
RAPPORT = "2026-04-14_mda-aven-odet_rapport-activite-2025"

Q = [
    # ---------------------------------------------------------------- diaporama de la plénière (.pptx)
    ("les jeunes des QPV de Kervallon, ils déclarent plus souvent une dépression que la moyenne nationale ? "
     "donne-moi les chiffres quartier, ville et France",
     [["15-24 ans 27 % 22 %"], ["20 % 18 %"]], SLIDES, "comparison"),
    ("À la plénière de février, on a parlé du suicide des 15-24 ans en Bretagne : quel taux, comparé à la France ?",
     [["9,8 décès pour 100 000"], ["contre 6,9 en France"]], SLIDES, "number"),
    ("Chez les 15-17 ans, les filles ont-elles vraiment beaucoup plus de symptômes anxieux que les garçons ? "
     "De combien ?",
     [["15-17 ans 38 % 19 %"], ["19 points"]], SLIDES, "comparison"),
    ("Qui finance le programme jeunesse du CLSM en 2026, et ça fait combien au total ?",
     [["ARS Bretagne"], ["Contrat de ville"], ["CAF d'Aven-et-Odet"], ["Fondation de France"], ["146 500 €"]],
     SLIDES, "list"),
    # ---------------------------------------------------------------- rapport d'activité de la MDA (.odt)
    ("Dans le rapport 2025 de la MDA, combien de filles et de garçons de 15-17 ans ont été suivis ?",
     [["15-17 ans 441 214"]], RAPPORT, "number"),
    ("La « file active » de la MDA, ça compte qui exactement ? Les parents venus seuls sont dedans ?",
     [["jeunes distincts reçus au moins une fois"], ["parents reçus seuls ne sont pas comptés"]], RAPPORT,
     "definition"),
    ("Comment la MDA mesure-t-elle son délai avant premier accueil ? Les jeunes vus sans rendez-vous sont comptés ?",
     [["entre le premier appel"], ["sont exclus du calcul"]], RAPPORT, "definition"),
    ("Selon l'encadré du rapport d'activité MDA, quelle part des jeunes vient des quartiers prioritaires, et "
     "c'était combien avant ?",
     [["Un quart des jeunes accueillis", "de 17 % en 2023 à 26 %"], ["contre 17 % en 2023"]], RAPPORT, "fact"),
    ("Quel nouveau lycée doit rejoindre les ambassadeurs bien-être, et quand ?",
     [["lycée Saint-Gwenaël"], ["en septembre 2026"]], RAPPORT, "fact"),
    # ---------------------------------------------------------------- classeur de suivi (.xlsx)
    ("En octobre 2025, combien d'accueils au siège de la MDA et à l'antenne de Pen ar Roz ?",
     [["Octobre 569 110"]], SUIVI, "number"),
    ("La session PSSM au lycée de l'Odet : c'était quand, qui formait, et combien ont été formés ?",
     [["17 et 18 novembre 2025"], ["Maëlle Guillou, Thomas Kerjean"], ["vie scolaire 14 13"]], SUIVI, "who"),
    ("Sur toutes les sessions PSSM 2025 du tableau de suivi, combien d'inscrits et combien de formés au final ?",
     [["Total 2025 127 118"]], SUIVI, "number"),
    ("Les conseillers de la mission locale ont eu quel module PSSM, et à quelles dates ?",
     [["Standard Mission locale"], ["14 et 15 avril 2025"]], SUIVI, "fact"),
    # ---------------------------------------------------------------- agenda SISM (.html)
    ("Le ciné-débat des SISM, c'est quel jour, dans quel ciné, et c'est payant ?",
     [["Lundi 6 octobre 2025, 18 h 30"], ["Cinéma Le Celtic"], ["Entrée 4 €", "gratuite pour les moins de 18 ans"]],
     AGENDA, "date"),
    ("Il se joue où, le théâtre-forum sur le harcèlement pendant les SISM ?",
     [["Salle des fêtes de Pen ar Roz"], ["Vendredi 17 octobre 2025"]], AGENDA, "fact"),
    ("Est-ce qu'on peut encore s'inscrire à la formation PSSM de la médiathèque pendant les SISM ?",
     [["liste d'attente auprès du CLSM"]], AGENDA, "yesno"),
    ("During the mental health weeks, when and where is the session explaining to students how to see a "
     "psychologist for free?",
     [["Jeudi 16 octobre 2025, 12 h"], ["IUT de Kervallon, hall B"]], AGENDA, "crosslingual"),
    # ---------------------------------------------------------------- émission de radio (.srt)
    ("À la radio en octobre, la directrice de la MDA annonçait quel délai pour un premier accueil ?",
     [["17 jours en moyenne"], ["notre objectif c'est dix jours"]], RADIO, "transcript", 582.494),
    ("Selon la psy du PAEJ sur RBK, comment un parent sait si son ado traverse juste une mauvaise passe ?",
     [["la durée, l'intensité et le retentissement"], ["plus de deux semaines"]], RADIO, "howto", 422.941),
    ("Dans l'émission radio, combien de personnes avaient été formées aux PSSM depuis le début de l'année ?",
     [["nous avons formé 77 personnes"], ["sur six sessions"]], RADIO, "transcript", 526.421),
    ("Le PAEJ, c'est comme une Maison des ados ? Qu'est-ce qu'elle a répondu à la radio ?",
     [["un lieu d'écoute, pas un lieu de soin"], ["de façon anonyme"]], RADIO, "comparison", 198.195),
    ("On the RBK radio show, how many 15-17 year-olds were said to use their phone after midnight?",
     [["six lycéens sur dix"], ["après minuit au moins une fois"]], RADIO, "crosslingual", 783.098),
    # ---------------------------------------------------------------- réunion Teams (.docx)
    ("dans le compte rendu de mars, le délai à la MDA a bougé ? pourquoi ?",
     [["remontés à 16 jours"], ["en congé maternité"]], TEAMS, "transcript", 74),
    ("Pour un premier rendez-vous au CMP infanto-juvénile, on attend combien, pédopsy vs entretien infirmier ?",
     [["quatre mois et demi d'attente"], ["entretien infirmier d'évaluation"]], TEAMS, "comparison", 206),
    ("C'est quoi les Promeneurs du Net de la mission locale ? Qui les paie ?",
     [["deux Promeneurs du Net"], ["financés par la CAF"], ["Ce ne sont pas des psys"]], TEAMS, "definition", 295),
    ("Au GT de mars, combien le contrat de ville donne pour 2026 et comment c'est réparti ?",
     [["21 500 euros"], ["14 000 euros pour les permanences"], ["7 500 euros pour les ateliers"]], TEAMS,
     "transcript", 794),
    ("When and where is the youth working group meeting after the one on 10 March 2026?",
     [["mardi 12 mai"], ["14 heures, à la MDA"]], TEAMS, "crosslingual", 1168),
    # ---------------------------------------------------------------- guide « Orienter un jeune » (.md)
    ("Un ado me dit qu'il pense au suicide mais il n'est pas en danger tout de suite, je fais quoi ?",
     [["appeler le 3114"], ["le jour même sur le créneau"]], GUIDE, "howto"),
    ("Il ouvre quand, le PAEJ Point Virgule ?",
     [["Lundi 14 h-18 h, mercredi 10 h-18 h"], ["vendredi 14 h-19 h"]], GUIDE, "fact"),
    ("Comment on saisit la cellule des situations complexes jeunes ?",
     [["premier jeudi de chaque mois"], ["au moins dix jours avant"]], GUIDE, "howto"),
    ("Si un collégien va au PAEJ, ses parents sont-ils prévenus ?",
     [["sans information des parents"]], GUIDE, "yesno"),
    ("Le guide orienter un jeune de septembre 2025 annonce quel délai d'attente à la MDA ?",
     [["environ trois semaines"]], GUIDE, "number"),
    # ---------------------------------------------------------------- plusieurs documents
    ("Combien de jeunes différents la MDA a-t-elle suivis en 2025, et combien en 2024 ?",
     [["1 452 jeunes", "1 326 1 452"], ["1 326 en 2024", "1 184 1 326"]], "*", "number"),
    ("Finalement l'antenne de Pen ar Roz ouvre le vendredi à partir de quand ?",
     [["à partir du vendredi 15 mai", "vendredi à partir du 15 mai 2026"]], "*", "date"),
    ("Mon soutien psy et Santé Psy Étudiant, c'est quoi la différence ?",
     [["12 séances par an", "12 par an"], ["8 séances gratuites", "8 par année universitaire"],
      ["Étudiants uniquement", "réservé aux étudiants"]], "*", "comparison"),
    ("PAEJ, ça veut dire quoi ?", [["point accueil écoute jeunes"]], "*", "acronym"),
    ("Qui pilote le groupe de travail jeunesse du CLSM ?", [["Yann Morvan"], ["Sophie Tanguy"]], "*", "who"),
    ("How much did the regional health agency (ARS) give for the Pen ar Roz antenna in 2025, and how much in 2026?",
     [["ARS 78 000 €", "78 000 €"], ["92 000 €"]], "*", "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("La MDA, elle avait combien de jeunes en file active en 2022 ?", [], None, "unanswerable"),
    ("C'était quoi le programme des SISM 2024 à Kervallon ?", [], None, "unanswerable"),
    ("Quel est le délai d'attente à l'antenne MDA de Locmaria-Odet ?", [], None, "unanswerable"),
    ("Qu'est-ce que le PTSM prévoit pour la santé mentale des jeunes à Kervallon ?", [], None, "unanswerable"),
    ("Combien de NEET y a-t-il à Pen ar Roz ?", [], None, "unanswerable"),
    ("Quelle part des 15-24 ans du Morbihan déclare un épisode dépressif ?", [], None, "unanswerable"),
    ("Combien de jeunes de Kervallon ont appelé Fil Santé Jeunes en 2025 ?", [], None, "unanswerable"),
]


def main():
    out = []
    for i, q in enumerate(Q, 1):
        rec = {"id": "n49-%02d" % i, "question": q[0], "evidence": q[1], "doc": q[2], "kind": q[3]}
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
