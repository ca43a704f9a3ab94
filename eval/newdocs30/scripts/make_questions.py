# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions n30-01 à n30-45) pour le lot newdocs30.

Chaque preuve est une liste de groupes ; chaque groupe, une liste d'alternatives verbatim (2 à 8 mots) tirées du
document ; la réponse doit contenir une alternative de chaque groupe. « at » (secondes) : début du repère SRT ou de
la légende de la transcription HTML qui contient la première preuve.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "questions.jsonl")

ODP = "2025-10-16_clsm-brevalec_pleniere-groupe-etudiants-diaporama"
SRT = "2025-12-04_radio-goeland_fabrique-du-jeudi-sante-mentale-etudiants"
SCAN = "2025-09-15_universite-brevalec_convention-campus-bien-etre"
HTML = "2026-02-05_universite-brevalec_webinaire-etudiants-internationaux"
CSV = "2025-11-11_ove-universite-brevalec_enquete-bien-etre-etudiant-2025"
DOCX = "2026-03-12_clsm-brevalec_rapport-activite-groupe-etudiants-2025"
TXT = "2026-03-24_clsm-brevalec_courriels-journee-respire"

Q = [
    # ---------------------------------------------------------------- nombres
    ("Combien d'appels La Veilleuse a-t-elle reçus en 2025, et combien l'année d'avant ?",
     [["1 276 appels en 2025", "reçu 1 276 appels"], ["contre 830 en 2024", "830 appels en 2024",
                                                      "830 appels sur l'année"]], "*", "number"),
    ("Dans l'enquête bien-être, quel pourcentage des étudiants logés en résidence CRVE disent avoir eu des idées "
     "suicidaires dans l'année, et combien sur l'ensemble des répondants ?",
     [["17,4 %"], ["14,2 %"]], CSV, "number"),
    ("Combien l'ARS apporte-t-elle chaque année dans la convention Campus Bien-Être, et à combien s'élève le total "
     "des contributions ?",
     [["45 000 €"], ["381 000 €"]], SCAN, "number"),
    ("Combien de séances Pass'Psy Campus ont été faites en 2025, et pour combien d'étudiants ?",
     [["4 730 séances"], ["884 étudiants"]], DOCX, "number"),
    ("journée respire : le budget a finalement été fixé à combien et quelle part paie le CLSM ?",
     [["2 650 €"], ["1 650 € pour le CLSM"]], TXT, "number"),
    # ---------------------------------------------------------------- dates
    ("jusqu'a quand les structures ont elles pour confirmer la liste de leurs participants a la journee respire",
     [["avant le vendredi 17 avril"]], TXT, "date"),
    ("La convention Campus Bien-Être s'applique de quelle date à quelle date ?",
     [["le 1er septembre 2025"], ["31 août 2027"]], SCAN, "date"),
    ("Après la plénière d'octobre, c'était quand la réunion suivante du groupe étudiants ?",
     [["mardi 9 décembre 2025"]], ODP, "date"),
    # ---------------------------------------------------------------- faits
    ("Quel psychologue du SSE reçoit les étudiants en anglais, et quels jours ?",
     [["le mardi après-midi et le jeudi matin"], ["Samuel Nédélec"]], HTML, "fact", 605),
    ("Pour la journée Respire, les séances de sophro ont lieu dans quelle salle ?",
     [["la salle B14"]], TXT, "fact"),
    # ---------------------------------------------------------------- qui
    ("Qui encadre les étudiants relais santé à la fac ?",
     [["Marion Le Dantec"]], DOCX, "who"),
    ("Qui a signé la convention Campus Bien-Être au nom de l'EPSM de Kerbellec ?",
     [["Sylvie Jaouen"]], SCAN, "who"),
    # ---------------------------------------------------------------- listes
    ("A quoi s'engage l'EPSM de Kerbellec dans la convention Campus Bien-Être ?",
     [["infirmier de liaison"], ["deux créneaux d'évaluation par semaine"]], SCAN, "list"),
    ("Le flyer Pass'Psy Campus est traduit dans quelles langues ?",
     [["français, anglais, espagnol"], ["arabe, chinois, portugais et ukrainien"]], HTML, "list", 1375),
    ("Quels sont les objectifs fixés dans la feuille de route 2025-2026 du groupe étudiants ?",
     [["30 référents de résidence"], ["de 29 à 50 psychologues"],
      ["Traduire les supports d'information", "en 7 langues"], ["Organiser une Journée Respire"]], ODP, "list"),
    # ---------------------------------------------------------------- définitions / sigles
    ("dans l'émission de radio étudiante, comment la coordinatrice explique ce qu'est un conseil local de santé "
     "mentale ?",
     [["un lieu de concertation"], ["le clsm ne soigne personne", "on n'est pas un service de soins"]], SRT,
     "definition", 171.6),
    ("C'est quoi exactement les « paniers du vendredi » ?",
     [["fruits et légumes"], ["épicerie solidaire"]], DOCX, "definition"),
    ("Que veut dire le sigle CRVE ?",
     [["Centre régional de la vie étudiante"]], "*", "acronym"),
    ("EEB, c'est quoi le nom complet ?",
     [["Écoute Étudiante Brévalec"]], "*", "acronym"),
    # ---------------------------------------------------------------- comparaisons
    ("Est-ce que les étudiantes sont plus anxieuses que les étudiants dans l'enquête ? donne les pourcentages",
     [["35,7 %"], ["21,0 %", "21 %"]], CSV, "comparison"),
    ("Comment a évolué le délai pour obtenir un premier rdv avec un psy du SSE depuis 2023 ?",
     [["24 jours en 2023", "24 17 11"], ["11 jours en 2025", "24 17 11"]], DOCX, "comparison"),
    # ---------------------------------------------------------------- mode d'emploi
    ("Concrètement, comment un étudiant fait pour avoir droit aux séances gratuites de Pass'Psy Campus ?",
     [["lettre d'orientation"], ["choix du psychologue sur la liste", "liste publiée dans l'ENT"]], ODP, "howto"),
    ("La nuit, un référent de résidence tombe sur un étudiant qui parle de se suicider : vers qui doit-il "
     "l'orienter d'après la convention ?",
     [["vers CAP 24"], ["elle appelle le 15"]], SCAN, "howto"),
    # ---------------------------------------------------------------- reformulations / oui-non
    ("Parmi les jeunes reçus par les psychologues de l'université, quelle part n'avait encore jamais vu de psy ?",
     [["42 % n'avaient jamais consulté", "42 %", "4 étudiants sur 10"]], "*", "paraphrase"),
    ("Pour être admis à l'épicerie solidaire, il faut avoir moins de combien par jour une fois les charges payées ?",
     [["inférieur à 7 € par jour", "7 € par jour", "moins de 7 euros par jour"]], "*", "paraphrase"),
    ("Un étudiant étranger qui va voir un psy au SSE, ça peut poser problème pour son titre de séjour ?",
     [["aucune incidence sur le titre de séjour", "Non, aucun"]], HTML, "yesno"),
    ("J'ai 19 ans, est-ce qu'il me faut l'accord de mes parents pour consulter un psychologue au sse ?",
     [["dès 18 ans vous consultez librement"]], SRT, "yesno", 1270.5),
    # ---------------------------------------------------------------- documents
    ("Dans le diaporama de la plénière du CLSM d'octobre 2025, combien coûterait le projet de tchat de La "
     "Veilleuse ?",
     [["6 500 €"]], ODP, "document"),
    ("Selon l'export de l'enquête Bien-être étudiant 2025, quel a été le taux de réponse ?",
     [["taux de réponse 19,1 %"]], CSV, "document"),
    ("Dans les courriels d'organisation de la Journée Respire, pourquoi l'amphi Tabarly n'a pas pu être utilisé ?",
     [["concours blanc de la PASS"]], TXT, "document"),
    # ---------------------------------------------------------------- transcriptions
    ("Dans l'émission de Radio Goéland, combien de temps dure en moyenne un appel à La Veilleuse, et à quelle heure "
     "les appels sont-ils les plus nombreux ?",
     [["en moyenne 22 minutes"], ["entre minuit et 1h"]], SRT, "transcript", 730.1),
    ("sur radio goeland, qu'est ce que le psy conseille a lea dont le coloc ne sort plus de sa chambre ?",
     [["sans juger"], ["l'accompagner au sse", "aller ensemble jusqu'à la porte"]], SRT, "transcript", 973.7),
    ("D'après l'émission de radio de décembre, comment devient-on écoutant à La Veilleuse : date limite de "
     "candidature et formation ?",
     [["jusqu'au 15 février"], ["trois week-ends en mars"]], SRT, "transcript", 1593.7),
    ("Pendant le webinaire sur les étudiants internationaux, pourquoi le psychologue déconseille-t-il de faire "
     "traduire la consultation par un ami ?",
     [["on ne dit pas tout"], ["il adoucit, il résume"]], HTML, "transcript", 825),
    # ---------------------------------------------------------------- anglais
    ("How many international students does the University of Brévalec have, and from how many countries?",
     [["2 350 étudiants internationaux"], ["71 nationalités"]], "*", "crosslingual"),
    ("Within how many hours must the CMP see a student referred by the student health service under the "
     "PASSERELLE protocol?",
     [["72 heures"]], "*", "crosslingual"),
    ("What does the acronym CVEC stand for, and what share of it does the University of Brévalec spend on health?",
     [["contribution de vie étudiante et de campus"], ["30 % à la santé"]], DOCX, "crosslingual"),
    ("When and where will the Journée Respire take place, and at what time?",
     [["jeudi 7 mai 2026"], ["de 11 h à 16 h"], ["Maison de l'étudiant"]], TXT, "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("Combien d'appels La Veilleuse avait-elle reçus en 2022 ?", [], None, "unanswerable"),
    ("Que signifie le sigle BAPU dans les documents du groupe étudiants ?", [], None, "unanswerable"),
    ("Quelle part des étudiants de Brévalec consomme du cannabis d'après l'enquête bien-être ?", [], None,
     "unanswerable"),
    ("combien coute un repas au restaurant universitaire pour un boursier a brevalec", [], None, "unanswerable"),
    ("C'est quand la journée Respire organisée à Plouvenec ?", [], None, "unanswerable"),
    ("What will the ARS contribute to the Campus Bien-Être agreement in 2028?", [], None, "unanswerable"),
    ("Combien de places d'hébergement d'urgence le CRVE réserve-t-il aux étudiants en crise ?", [], None,
     "unanswerable"),
]


def main():
    assert len(Q) == 45, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, item in enumerate(Q, 1):
            question, evidence, doc, kind = item[:4]
            q = {"id": "n30-%02d" % i, "question": question, "evidence": evidence, "doc": doc, "kind": kind}
            if len(item) > 4:
                q["at"] = item[4]
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print("écrit", OUT)


if __name__ == "__main__":
    main()
