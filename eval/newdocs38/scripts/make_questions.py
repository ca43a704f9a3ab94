# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs38 (38 avec réponse, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = une à trois chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit être retrouvée), doc (nom du fichier sans suffixe, « * » si la réponse
est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour les questions
sur la transcription .srt : début du repère où commence la première preuve (calculé ici en relisant le .srt).
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

LET = "2025-06-10_clsm-belcombe_lettre-clsm-n9-aidants"
ENQ = "2025-09-23_oshs_enquete-fardeau-besoins-aidants-2025"
ODP = "2025-10-04_clsm-belcombe_journee-aidants-diaporama"
RAD = "2025-11-18_radio-saline_sante-en-commun-aidants"
ODS = "2026-01-12_chs-val-de-saline_suivi-seances-cap-familles"
MAIL = "2026-02-12_clsm-belcombe_invitation-ateliers-aidants"
WEB = "2026-03-10_ville-belcombe_actu-second-groupe-cap-familles"

Q = [
    # ---------------------------------------------------------------- chiffres (lieu, date, population)
    ("Dans l'enquête aidants, c'est quoi la part d'aidants en fardeau modéré à sévère à Belcombe, et à la "
     "Combe-aux-Loups ?",
     [["52 % à Belcombe", "cinquante-deux pour cent"],
      ["62 % à La Combe-aux-Loups", "62 % dans le quartier", "soixante-deux pour cent"]], "*", "number"),
    ("Le fardeau des aidants en Haute-Sâline, on est au-dessus ou en dessous de la région et de la France ?",
     [["49 % en Haute-Sâline", "La Haute-Sâline (49 %)"],
      ["46 % pour la Bourgogne-Franche-Comté", "46 % en Bourgogne-Franche-Comté"],
      ["44 % en France", "national, 44 % des aidants"]], "*", "comparison"),
    ("Fin décembre 2025, combien de familles étaient sur liste d'attente pour Cap Familles ?",
     [["au 31/12/2025 : 41 familles", "41 familles au 31 décembre"]], "*", "number"),
    ("Au moment de la journée des aidants d'octobre, combien de familles attendaient Cap Familles, et combien "
     "venaient du quartier prioritaire ?",
     [["34 familles en liste d'attente"], ["8 habitent La Combe-aux-Loups"]], ODP, "number"),
    ("Selon l'émission de Radio Sâline de novembre, combien de familles attendent une place à Cap Familles ?",
     [["trente-huit familles qui attendent"]], RAD, "transcript"),
    ("Début mars 2026, elle en est où la liste d'attente de Cap Familles ?",
     [["redescendue à 22 familles"]], WEB, "number"),
    ("L'enquête de l'observatoire : combien de questionnaires reçus en tout, et combien gardés pour l'analyse ?",
     [["212 questionnaires reçus"], ["187 questionnaires exploitables"]], ENQ, "number"),
    ("Le baromètre national de l'AFAMP qui sert de comparaison, il portait sur combien d'aidants ?",
     [["3 412 aidants", "n = 3 412"]], ENQ, "number"),
    ("Dans la lettre du CLSM de juin 2025, combien de réponses à l'enquête aidants, et pourquoi c'était pas "
     "définitif ?",
     [["198 personnes ont répondu en ligne"], ["questionnaires remplis sur papier"]], LET, "number"),
    ("D'après l'enquête, les conjoints y passent combien d'heures par semaine ?",
     [["les conjoints, 32 heures", "32 heures d'aide par semaine"]], ENQ, "number"),
    ("Dans le tableau de suivi Cap Familles, ça fait combien de familles et de personnes présentes au total sur "
     "les séances 2024 ?",
     [["Total 2024 14 168 155 208"]], ODS, "document"),
    ("Combien d'inscrits à la journée des aidants, et combien sont finalement venus ?",
     [["132 personnes étaient inscrites", "cent trente-deux inscrits"],
      ["plus de cent cinquante personnes", "plus de 150 participants"]], "*", "comparison"),
    ("À la radio, la psychiatre donne quel nombre de familles reçues en consultation des familles cette année, "
     "et quel délai ?",
     [["cent quarante et une"], ["plutôt quatre semaines"]], RAD, "transcript"),
    # ---------------------------------------------------------------- dates et lieux
    ("Fin 2025, les séances Cap Familles de novembre-décembre, elles avaient lieu où, et pourquoi ?",
     [["Travaux au CMP Pasteur"], ["Centre social de la Combe"]], ODS, "fact"),
    ("Le Café Boussole, c'est toujours le jeudi après-midi au centre social ?",
     [["deuxième samedi du mois"], ["médiathèque Louise-Michel"]], "*", "yesno"),
    ("C'est quoi les dates des séjours Parenthèse prévus en 2026 ?",
     [["24 au dimanche 26 avril"], ["12 au dimanche 14 juin"], ["18 au dimanche 20 septembre"],
      ["20 au dimanche 22 novembre"]], MAIL, "list"),
    ("D'après la lettre de juin 2025, le cycle Cap Familles de la rentrée commençait quand ?",
     [["mardi 16 septembre 2025"]], LET, "date"),
    # ---------------------------------------------------------------- qui
    ("Qui co-pilote le groupe de travail aidants du CLSM ?",
     [["Marie-Claude Verdier"], ["Thomas Girardot"]], LET, "who"),
    ("Qui anime le nouveau groupe Cap Familles du jeudi ?",
     [["Julien Perrault"], ["Nadia Benali, pair-aidante familiale"]], WEB, "who"),
    ("Sur la photo du Café Boussole dans la lettre de juin, c'est qui ?",
     [["Nadia Benali"], ["Marie-Claude Verdier"], ["Aurélie Jacquot"]], LET, "who"),
    # ---------------------------------------------------------------- sigles et définitions
    ("Les SDT dont parle la psychiatre à la radio, c'est quoi exactement ?",
     [["soins à la demande d'un tiers"]], RAD, "acronym"),
    ("Dans l'émission, c'est quoi un GEM ?",
     [["groupe d'entraide mutuelle"], ["géré par les personnes elles-mêmes"]], RAD, "acronym"),
    ("Pair-aidant familial et médiateur de santé pair, c'est pareil ?",
     [["professionnel salarié", "professionnels salariés", "un professionnel, salarié de l'hôpital"],
      ["pair-aidants familiaux sont bénévoles", "un proche, bénévole", "ni des médiateurs de santé pairs"]],
     "*", "comparison"),
    ("La mini-Zarit, c'est quoi, et à partir de quel score on parle de fardeau modéré à sévère ?",
     [["7 questions, score de 0 à 7", "sept questions très simples"], ["score de 4 ou plus", "seuil de 4"]],
     "*", "definition"),
    ("Comment l'enquête définit-elle un jeune aidant ?",
     [["moins de 18 ans"], ["aide régulière à un membre"]], ENQ, "definition"),
    # ---------------------------------------------------------------- comment faire
    ("Comment on fait pour inscrire une famille à Cap Familles ?",
     [["entretien individuel avec le psychologue", "entretien avec le psychologue",
       "entretien préalable avec le psychologue"], ["03 99 00 61 25"]], "*", "howto"),
    ("Pour les ateliers aidants de mars-avril, comment on s'inscrit ?",
     [["au plus tard trois jours avant"], ["formulaire en ligne", "03 99 00 27 15"]], MAIL, "howto"),
    ("Le Chèque Souffle du CCAS, c'est combien et où on le demande ?",
     [["jusqu'à 150 € par an"], ["accueil du CCAS, 9 rue Carnot"]], ODP, "howto"),
    # ---------------------------------------------------------------- listes
    ("D'après le diapo de la journée des aidants, qu'est-ce qui s'améliore après le cycle Cap Familles ?",
     [["Score moyen au mini-Zarit : 3,1"], ["faire face à une crise : 70 %"],
      ["traitement de leur proche : 96 %"]], ODP, "list"),
    ("C'est quoi la feuille de route 2026 du groupe aidants présentée en octobre ?",
     [["second groupe Cap Familles"], ["kit famille"], ["permanence d'information mensuelle"],
      ["40 personnels de l'Éducation nationale"], ["4 séjours Parenthèse par an"]], ODP, "list"),
    # ---------------------------------------------------------------- oui / non
    ("La séance de révision de décembre 2024, elle fait partie des 14 séances ?",
     [["Non comptée dans les 14 séances"]], ODS, "yesno"),
    ("À la radio, une auditrice dont le fils est bipolaire demande si Cap Familles est pour elle : la réponse "
     "c'est oui ?",
     [["Oui, tout à fait"], ["ou un trouble bipolaire"]], RAD, "transcript"),
    ("Le séjour Parenthèse, c'est toujours 60 € ?",
     [["passe de 60 € à 75 €"], ["à partir du 1er avril 2026"]], MAIL, "yesno"),
    ("Le groupe Ricochet, un enfant d'un autre collège peut y aller ?",
     [["réservé aux élèves du collège Gustave-Courbet"], ["à l'étude pour la rentrée"]], WEB, "yesno"),
    # ---------------------------------------------------------------- en anglais
    ("How many sessions are there in the Cap Familles programme, and how long does each one last?",
     [["14 séances de trois heures", "14 séances de 3 heures", "quatorze séances de trois heures"]], "*",
     "crosslingual"),
    ("Since when has the family peer-support drop-in at CMP Pasteur been running, and how many families has it "
     "seen?",
     [["depuis son ouverture le 4 novembre"], ["a reçu 31 familles"]], MAIL, "crosslingual"),
    ("What share of pupils at the Gustave-Courbet middle school help a relative who has a mental disorder?",
     [["5 % un proche"]], "*", "crosslingual"),
    ("How is the second Cap Familles group funded in 2026, and for how much?",
     [["contrat de ville (9 000 €)"], ["Bourgogne-Franche-Comté (14 000 €)"]], WEB, "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("Combien d'appels la ligne Écoute Familles a-t-elle reçus en 2022 ?", [], None, "unanswerable"),
    ("Le CLSM de Dolmont a-t-il aussi lancé un groupe Cap Familles ?", [], None, "unanswerable"),
    ("Que veut dire SISM, et qu'est-ce que le CLSM prévoit pour les SISM ?", [], None, "unanswerable"),
    ("Un aidant peut-il toucher l'AJPA pour les jours où il accompagne son proche ?", [], None, "unanswerable"),
    ("Est-ce que la consultation des familles propose de la thérapie familiale systémique ?", [], None,
     "unanswerable"),
    ("Quelles sont les dates des séjours Parenthèse en 2027 ?", [], None, "unanswerable"),
    ("Y a-t-il un groupe de soutien pour les parents d'enfants autistes à Belcombe ?", [], None, "unanswerable"),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def srt_at(alt):
    path = os.path.join(os.path.dirname(HERE), "corpus", RAD + ".srt")
    with open(path, encoding="utf-8") as f:
        blocks = f.read().strip().split("\n\n")
    cues = []
    for b in blocks:
        lines = b.split("\n")
        h, m, s = lines[1].split(" --> ")[0].split(":")
        cues.append((int(h) * 3600 + int(m) * 60 + float(s.replace(",", ".")), " ".join(lines[2:])))
    a = norm(alt)
    for i, (start, t) in enumerate(cues):
        nxt = cues[i + 1][1] if i + 1 < len(cues) else ""
        if re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", norm(t + " " + nxt)):
            return round(start, 1)
    raise SystemExit("preuve introuvable dans le .srt : %r" % alt)


def main():
    assert len(Q) == 45, len(Q)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for i, (question, ev, doc, kind) in enumerate(Q, 1):
            rec = {"id": "n38-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
            if doc == RAD:
                rec["at"] = srt_at(ev[0][0])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("écrit :", DRAFT)
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié :", FINAL)


if __name__ == "__main__":
    main()
