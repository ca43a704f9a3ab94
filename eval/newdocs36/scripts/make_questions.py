# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs36 (38 avec réponse, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = chaînes alternatives de 2 à 8 mots copiées du
document, dont une au moins doit être retrouvée), doc (nom du fichier sans suffixe, « * » si la réponse est dans
plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour les questions sur la
transcription .sbv : début du repère où commence la première preuve.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")

GUIDE = "2025-05-20_clsm-sarrelmont_guide-orientation-sante-mentale-exil"
PODCAST = "2025-10-14_asv-sarrelmont_podcast-quartiers-en-sante-ep9"
RELAIS = "2025-11-18_relais-deux-rives_pole-asile-sante"
CSV = "2026-01-23_clsm-sarrelmont_indicateurs-trimestriels-2025"
SLIDES = "2026-01-29_clsm-sarrelmont_bilan-gt-sante-mentale-exil"
MAIL = "2026-02-10_clsm-sarrelmont_info-gt-exil-n5"
RAPPORT = "2026-03-05_ch-sarrelmont_rapport-activite-escale-2025"

Q = [
    # ---------------------------------------------------------------- chiffres (lieu, année, population)
    ("Combien de patients la consultation Escale a-t-elle suivis en 2025, et combien l'année d'avant ?",
     [["342 patients en file active", "a suivi 342 patients"], ["286 en 2024", "286 l'année précédente"]],
     "*", "number"),
    ("Au troisième trimestre 2025, combien de nouveaux patients sont arrivés à Escale, et combien d'entre eux "
     "habitaient un quartier prioritaire ?",
     [["T3 2025 41 14"]], CSV, "number"),
    ("Combien de places d'hébergement pour demandeurs d'asile y a-t-il à Sarrelmont même, et combien dans tout le "
     "département ?",
     [["275 places d'hébergement pour demandeurs d'asile"], ["1 140 places dans le département"]], SLIDES, "number"),
    ("Parmi les patients d'Escale, combien vivent au Haut-Fourneau, à Bellevue et aux Forges ?",
     [["63 au Haut-Fourneau"], ["44 à Bellevue"], ["24 aux Forges"]], RAPPORT, "number"),
    ("Combien d'accompagnements les médiateurs pairs ont-ils réalisés au dernier trimestre 2025, et combien pour "
     "des habitants des QPV ?",
     [["121 87 52 42"]], CSV, "number"),
    # ---------------------------------------------------------------- dates
    ("À partir de quand la PASS psy tiendra-t-elle une permanence à Bellevue, et à quel rythme ?",
     [["à partir du jeudi 2 avril 2026", "jeudi 2 avril 2026 : première permanence"], ["un jeudi sur deux"]],
     MAIL, "date"),
    ("Quand se réunit la cellule de coordination des situations complexes du CLSM ?",
     [["le deuxième mardi de chaque mois"], ["de 14 h à 16 h"]], GUIDE, "date"),
    # ---------------------------------------------------------------- qui
    ("Qui a présenté le bilan 2025 du groupe santé mentale et exil devant la plénière du CLSM ?",
     [["Dr Karim Benslimane"], ["Élodie Marchal"]], SLIDES, "who"),
    ("Qui sont les médiateurs pairs arrivés début février 2026, et quelles langues parlent-ils ?",
     [["Abdi (somali)"], ["Arben (albanais)"]], MAIL, "who"),
    # ---------------------------------------------------------------- sigles
    ("c'est quoi la SPADA", [["Structure du premier accueil des demandeurs d'asile"]], "*", "acronym"),
    ("Que veut dire BPI quand on parle d'une personne exilée ?",
     [["Bénéficiaire de la protection internationale"], ["statut de réfugié ou la protection subsidiaire"]],
     RELAIS, "acronym"),
    # ---------------------------------------------------------------- définitions
    ("Dans le podcast Quartiers en santé, qu'est-ce que le traumatisme vicariant ?",
     [["à force d'entendre des récits terribles"], ["finit soi-même par avoir des symptômes"]], PODCAST,
     "definition", 408.9),
    ("C'est quoi, un médiateur pair ?",
     [["ayant elle-même vécu l'exil", "ayant elles-mêmes connu l'exil", "ont elles-mêmes connu l'exil"],
      ["accompagne ses pairs vers les soins", "accompagner leurs pairs vers le soin", "Ils accompagnent"]],
     "*", "definition"),
    ("Comment Escale calcule-t-elle son délai d'attente ? La séance d'accueil collective compte-t-elle comme "
     "premier rendez-vous ?",
     [["réception de la fiche d'orientation"], ["premier entretien individuel"],
      ["l'accueil collectif n'est pas compté"]], RAPPORT, "definition"),
    # ---------------------------------------------------------------- comparaisons
    ("En matière d'encadrement, qu'est-ce qui distingue un CADA d'un HUDA ?",
     [["un équivalent temps plein pour 15"], ["un équivalent temps plein pour 25"]], RELAIS, "comparison"),
    ("Fin 2025, combien de temps attend-on un premier rendez-vous à Escale, par rapport à un CMP adultes de "
     "secteur ?",
     [["5,5 semaines au 4e trimestre", "5,5 au quatrième", "5,5 semaines au dernier trimestre"],
      ["16 semaines en moyenne"]], "*", "comparison"),
    ("Le délai pour un premier rendez-vous à Escale a-t-il vraiment baissé entre le début et la fin de 2025 ?",
     [["12,5 semaines au premier trimestre", "T1 2025 44 17 668 471 12,5"],
      ["5,5 au quatrième", "T4 2025 52 22 833 593 5,5"]], "*", "comparison"),
    ("Médiateur pair et interprète, c'est le même rôle ?",
     [["ne remplacent pas l'interprète", "ne remplacent pas un interprète", "ne sont pas des interprètes",
       "n'est pas un interprète"],
      ["n'assistent pas aux consultations", "n'assiste pas aux consultations", "pas dans la consultation"]],
     "*", "comparison"),
    # ---------------------------------------------------------------- listes
    ("Quels signes doivent faire penser qu'une personne exilée va mal psychiquement ?",
     [["cauchemars répétés"], ["reviviscences (« flash-backs »)"], ["hypervigilance : sursauts"],
      ["plaintes corporelles répétées"], ["évitement de certains lieux"]], GUIDE, "list"),
    ("Quels objectifs le groupe de travail s'est-il fixés pour 2026 ?",
     [["ramené à 4 semaines"], ["10 médiateurs pairs d'ici fin 2026"], ["150 professionnels formés"],
      ["groupe de parole pour femmes exilées"]], SLIDES, "list"),
    ("Quelles langues parlaient les six premiers médiateurs pairs de Pairs & Passerelles ?",
     [["dari, pachto, tigrinya"], ["arabe soudanais, géorgien"], ["géorgien, russe", "géorgien et russe"]],
     "*", "list"),
    # ---------------------------------------------------------------- marche à suivre
    ("Comment je réserve un interprète pour un entretien en face à face ?",
     [["au moins 48 heures à l'avance"], ["formulaire en ligne", "03 99 00 84 60"]], GUIDE, "howto"),
    ("Comment on adresse quelqu'un à la consultation Escale ?",
     [["fiche d'orientation d'une page"], ["envoyer à escale@ch-sarrelmont.example", "à nous envoyer par mail"]],
     "*", "howto"),
    # ---------------------------------------------------------------- fait (tableau seulement)
    ("Quels créneaux pour la permanence santé sans rendez-vous du Relais des Deux Rives ?",
     [["sans rendez-vous — 9 h – 12 h"]], RELAIS, "fact"),
    # ---------------------------------------------------------------- oui / non
    ("Est-ce que je peux demander au fils de la personne de traduire pendant l'entretien ?",
     [["Jamais d'enfant interprète"]], GUIDE, "yesno"),
    ("En 2026, chaque structure a-t-elle toujours droit à 40 heures d'interprétariat sur le fonds mutualisé ?",
     [["passe de 40 à 50 heures"]], MAIL, "yesno"),
    # ---------------------------------------------------------------- paraphrases
    ("Combien de gens sont passés par les séances d'accueil de groupe du mardi à Escale ?",
     [["163 personnes en 42 séances"]], RAPPORT, "paraphrase"),
    ("À la PASS psy, quelle part des patients arrivent sans aucune assurance maladie ?",
     [["64 % sans couverture maladie"]], SLIDES, "paraphrase"),
    # ---------------------------------------------------------------- transcription
    ("Selon la psychologue d'Escale interviewée en octobre 2025, combien de temps fallait-il alors attendre pour "
     "un premier rendez-vous ?",
     [["autour de deux mois"], ["à peu près huit semaines"]], PODCAST, "transcript", 464.8),
    ("Dans le podcast, comment l'équipe s'y est-elle prise avec Moussa, le jeune Soudanais qui ne dormait plus ?",
     [["Ahmad, un des médiateurs pairs"], ["toujours le même, pendant six mois"], ["on a commencé par le sommeil"]],
     PODCAST, "transcript", 771.1),
    ("D'après Nora Haddad, qu'est-ce que les médiateurs pairs ont changé pour les rendez-vous manqués ?",
     [["un rendez-vous sur quatre"], ["on est à un sur dix"]], PODCAST, "transcript", 678.7),
    # ---------------------------------------------------------------- questions qui nomment un document
    ("D'après le rapport d'activité 2025 d'Escale, combien a coûté l'interprétariat et qui l'a payé ?",
     [["78 264 € TTC"], ["ARS Grand Est (60 000 €"], ["contrat de ville (12 000"], ["solde de 6 264 €"]],
     RAPPORT, "document"),
    ("Dans le tableau de bord trimestriel 2025 du CLSM, combien d'entretiens Escale a-t-elle réalisés sur l'année, "
     "et combien avec interprète ?",
     [["Total 2025 189 74 2874 2041"]], CSV, "document"),
    ("Dans l'Info n° 5 du GT Exil de février 2026, quand et où démarre le groupe de parole pour femmes exilées ?",
     [["jeudi 16 avril 2026"], ["au CADA Les Deux Rives"]], MAIL, "document"),
    # ---------------------------------------------------------------- en anglais
    ("How many hours of professional interpreting did the Escale clinic use in 2025, and how many of them were by "
     "phone?",
     [["1 646 heures", "1 646 h"], ["458 heures", "458 h"]], "*", "crosslingual"),
    ("When is the Pairs & Passerelles peer-mediator drop-in open, and what number should I call?",
     [["Permanence le mercredi 14 h–17 h", "permanence du mercredi après-midi"], ["06 99 00 73 28"]],
     "*", "crosslingual"),
    ("Since when has the PASS psy held an outreach session in Haut-Fourneau, and on which day?",
     [["Depuis septembre 2025 : permanence avancée", "Permanence PASS psy au Haut-Fourneau"],
      ["le jeudi de 14 h à 17 h", "le jeudi après-midi"]], "*", "crosslingual"),
    ("In the podcast, why is the first appointment at Escale never held with a phone interpreter?",
     [["toujours en présentiel, jamais au téléphone"], ["les gestes les silences"]], PODCAST, "crosslingual",
     351.7),
    # ---------------------------------------------------------------- sans réponse (quasi-pièges)
    ("Combien d'heures d'interprétariat la consultation Escale a-t-elle utilisées en 2021 ?", [], None,
     "unanswerable"),
    ("Combien de places d'HUDA compte la ville de Rombach-les-Mines ?", [], None, "unanswerable"),
    ("Combien de personnes l'EMPP (équipe mobile psychiatrie précarité) de Sarrelmont a-t-elle rencontrées en "
     "2025 ?", [], None, "unanswerable"),
    ("Quel salaire touchent les médiateurs pairs de Pairs & Passerelles ?", [], None, "unanswerable"),
    ("Combien de mineurs non accompagnés la consultation Escale a-t-elle suivis en 2025 ?", [], None,
     "unanswerable"),
    ("Quel est le taux d'accord de l'OFPRA pour les demandeurs d'asile hébergés au Relais des Deux Rives ?", [],
     None, "unanswerable"),
    ("Quel était le délai d'attente pour un premier rendez-vous à Escale au premier trimestre 2026 ?", [], None,
     "unanswerable"),
]


def main():
    out = []
    for i, q in enumerate(Q, 1):
        rec = {"id": "n36-%02d" % i, "question": q[0], "evidence": q[1], "doc": q[2], "kind": q[3]}
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
