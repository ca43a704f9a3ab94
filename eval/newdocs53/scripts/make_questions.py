# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs53 (38 avec réponse dont 4 en anglais, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit figurer dans la réponse), doc (nom du fichier sans suffixe, « * » si
la réponse est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour
les questions sur une transcription (.vtt, .srt) : début du repère où commence la première preuve.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")

XLSX = "2025-02-14_clsm-ligneray_budget-pair-aidance-gem-2024-2025"
VTT = "2025-03-18_clsm-ligneray_webinaire-pair-aidance-cmp"
PPTX = "2025-06-26_clsm-ligneray_gt-retablissement-bilan-clubhouse"
ODT = "2025-09-15_clsm-ligneray_guide-devenir-mediateur-sante-pair"
PDF = "2025-09-22_ville-ligneray_programme-sism-2025"
HTM = "2025-11-04_gem-le-phare_qui-sommes-nous"
SRT = "2026-01-20_radio-lignon_podcast-voix-du-lignon-pair-aidante"

# (question, evidence, doc, kind[, at])
Q = [
    # ---------------------------------------------------------------- chiffres (date, lieu, population)
    ("Dans le tableau budget de février 2025, la CNSA a mis combien en tout sur les deux GEM en 2024, et ça pèse "
     "quelle part du budget ?",
     [["165 800"], ["60,4 %"]], XLSX, "number"),
    ("Le 2e poste de médiateur pair, il était budgété à combien pour 2025 dans le classeur du copil ? ça paraît "
     "très peu",
     [["4 750"], ["seuls novembre et décembre sont budgétés"], ["28 500 € en année pleine"]], XLSX, "number"),
    ("Combien de GEM la CNSA finançait-elle dans tout le département en 2024, pour quel montant global ?",
     [["9 GEM financés par la CNSA"], ["746 100"]], XLSX, "number"),
    ("Au webinaire de mars, l'ARS a donné combien de médiateurs de santé pairs en poste dans la région fin 2024 ? "
     "et dans le département ?",
     [["24 médiateurs de santé pairs"], ["ils sont trois"]], VTT, "number", 730.5),
    ("Yannick, il a vu combien de personnes sur sa première année au CMP des Tilleuls ?",
     [["142 personnes au total"], ["96 ont eu un suivi régulier"]], VTT, "number", 560.2),
    ("Combien d'adhérents avaient les deux GEM en 2022 d'après le graphique de la plénière ?",
     [["La Passerelle 75"], ["Le Phare 23"]], PPTX, "number"),
    ("Le guide MSP de septembre 2025 donne combien de médiateurs pairs dans la région, et dans le département ?",
     [["on en comptait 27"], ["dont 4 en Loire-Bocage"]], ODT, "number"),
    ("Il y a combien d'événements au programme des SISM 2025 à Ligneray, et combien dans les QPV ?",
     [["15 rendez-vous"], ["dont 6 dans les quartiers prioritaires"]], PDF, "number"),
    ("Le Phare, on en est à combien d'adhérents cet automne ?",
     [["compte 57 adhérents"]], HTM, "number"),
    ("Finalement la subvention CNSA 2025 d'un GEM, c'est combien ?",
     [["86 400"], ["hausse de 4,2 %"]], HTM, "number"),
    ("Les SISM ont attiré combien de monde en 2024 et en 2025 ?",
     [["1 150 participants"], ["environ 1 420"]], "*", "number"),
    # ---------------------------------------------------------------- dates
    ("Date limite pour postuler au DU pair-aidance de la promo 2025-2026 ? et les entretiens c'est quand ?",
     [["vendredi 26 septembre 2025"], ["du 1er au 3 octobre"]], ODT, "date"),
    ("Selon le podcast de Radio Lignon, le clubhouse ouvrira quand ?",
     [["repoussée au printemps 2027"]], SRT, "transcript", 793.1),
    ("Depuis quand Le Phare se passe-t-il d'un gestionnaire ?",
     [["Depuis le 1er janvier 2025", "À partir du 1er janvier 2025"]], "*", "date"),
    # ---------------------------------------------------------------- qui
    ("Qui parraine le GEM La Passerelle, et qui en assure la gestion ?",
     [["parrainé par Solidarité Psy", "Solidarité Psy Loire-Bocage (familles)"],
      ["reste géré par Horizons Ligneray", "Horizons Ligneray (gestionnaire)"]], "*", "who"),
    # ---------------------------------------------------------------- sigles
    ("CHIME, dans les slides du GT rétablissement, ça correspond à quoi ?",
     [["Connexion aux autres"], ["Espoir (« Hope »)"], ["Identité : se définir autrement"], ["Sens (« Meaning »)"],
      ["Pouvoir d'agir (« Empowerment »)"]], PPTX, "acronym"),
    ("c'est quoi le FIR qui paie les postes de MSP",
     [["fonds d'intervention régional"]], "*", "acronym"),
    ("WRAP dans le module 5 du DU, ça veut dire quoi ?",
     [["Wellness Recovery Action Plan"], ["plan d'action pour le bien-être"]], ODT, "acronym"),
    ("Dans le podcast, Sandrine parle des DAP : c'est quoi ?",
     [["directives anticipées en psychiatrie"], ["ce qu'elle souhaite si elle est en crise"]], SRT, "acronym",
     662.8),
    # ---------------------------------------------------------------- définitions
    ("Pour un GEM, quelle différence entre le parrain et le gestionnaire ?",
     [["sans décider à sa place"], ["tient sa comptabilité et porte ses contrats"]], HTM, "definition"),
    ("La pair-aidante interviewée par Radio Lignon, elle définit comment le rétablissement ?",
     [["ce n'est pas guérir"], ["reprendre le pouvoir sur sa vie"]], SRT, "transcript", 472.2),
    ("Dans le podcast de janvier, qu'est-ce que Sandrine dit apporter de plus que les soignants ?",
     [["pas un savoir qu'on trouve dans les livres"], ["assise de l'autre côté du bureau"],
      ["savoir expérientiel"]], SRT, "transcript", 279.4),
    # ---------------------------------------------------------------- comparaisons
    ("Personnes en ALD psy : les Tilleuls par rapport à la ville et à la France, ça donne quoi ?",
     [["Les Tilleuls (QPV) 41"], ["Ligneray (ville) 29"], ["France 28"]], PPTX, "comparison"),
    ("GEM ou clubhouse, c'est quoi la différence ?",
     [["pas d'objectif d'emploi", "sans objectif d'emploi"], ["journée de travail", "journée orientée travail"]],
     "*", "comparison"),
    ("Le salaire de départ d'un médiateur pair au CH a bougé en 2025 ?",
     [["2 010 euros bruts", "2 010 € auparavant"], ["2 080 € bruts", "2 080 euros bruts"],
      ["revalorisation du 1er juillet 2025"]], "*", "comparison"),
    # ---------------------------------------------------------------- listes
    ("Aux SISM, quels rendez-vous demandent de s'inscrire ?",
     [["Sensibilisation aux premiers secours"], ["Atelier d'écriture"], ["Et si c'était moi"], ["Midi du clubhouse"]],
     PDF, "list"),
    # ---------------------------------------------------------------- comment faire
    ("Comment on adhère au GEM Le Phare ? ça coûte combien ?",
     [["Venez nous rencontrer deux fois"], ["5 € par an"], ["gratuite la première année"]], HTM, "howto"),
    ("Je veux inscrire un groupe à un atelier des SISM, je fais comment et à partir de quand ?",
     [["par courriel à sism@ligneray.example", "téléphone au 02 99 00 41 22"], ["le lundi 29 septembre 2025"]],
     PDF, "howto"),
    ("Un généraliste veut orienter un patient vers le médiateur pair des Tilleuls : il faut une ordonnance ?",
     [["pas d'ordonnance"], ["02 99 00 43 10"]], VTT, "howto", 1510.2),
    ("Par où commencer quand on veut devenir médiateur de santé pair ?",
     [["Faire le point sur son parcours"], ["Rencontrer un médiateur en poste"], ["récit de parcours de deux pages"]],
     ODT, "howto"),
    # ---------------------------------------------------------------- oui / non
    ("Faut-il forcément être passé par l'hôpital psy pour devenir MSP ?",
     [["une hospitalisation n'est pas exigée", "d'avoir vécu des troubles psychiques"]], "*", "yesno"),
    ("Le médiateur du CMP a-t-il accès au dossier des patients ?",
     [["accès au dossier patient informatisé"], ["il écrit ses propres transmissions"]], VTT, "yesno", 642.9),
    ("S'il pleut le 11 octobre, le village du lien est annulé ?",
     [["En cas de pluie"], ["repli à la salle des fêtes"]], PDF, "yesno"),
    # ---------------------------------------------------------------- faits isolés (notes, cellules)
    ("Combien de membres au groupe rétablissement depuis la réunion d'avril ?",
     [["25 membres, dont 10 personnes concernées"]], PPTX, "fact"),
    # ---------------------------------------------------------------- anglais
    ("How much is a full-time peer support worker paid at the Val-de-Lignon hospital when starting, since July "
     "2025?",
     [["2 080 € bruts par mois"]], ODT, "crosslingual"),
    ("When is GEM Le Phare open on Thursdays?",
     [["Soirée du jeudi"], ["17 h – 20 h"]], HTM, "crosslingual"),
    ("In the March 2025 webinar, how much does the ARS pay each year for the peer worker post?",
     [["38 000 euros par an"]], VTT, "crosslingual", 330.6),
    ("When and where is the clubhouse lunch during the 2025 mental health weeks?",
     [["Jeudi 16 octobre — 12 h"], ["Espace Croix-Verte"]], PDF, "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("Combien d'adhérents comptait Le Phare en 2020 ?", [], None, "unanswerable"),
    ("Combien de médiateurs de santé pairs sont en poste en Bretagne ?", [], None, "unanswerable"),
    ("Combien le conseil départemental verse-t-il au GEM La Passerelle ?", [], None, "unanswerable"),
    ("Ligneray a-t-elle un programme Un chez-soi d'abord pour les personnes sans logement ?", [], None,
     "unanswerable"),
    ("Les SISM 2026 à Ligneray, c'est à quelles dates ?", [], None, "unanswerable"),
    ("Le CMP des Tilleuls propose-t-il un programme d'éducation thérapeutique du patient ?", [], None,
     "unanswerable"),
    ("Combien de places en ESAT sont réservées aux futurs membres du clubhouse ?", [], None, "unanswerable"),
]


def main():
    out = []
    for i, q in enumerate(Q, 1):
        rec = {"id": "n53-%02d" % i, "question": q[0], "evidence": q[1], "doc": q[2], "kind": q[3]}
        if len(q) > 4:
            rec["at"] = q[4]
        out.append(rec)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("écrit :", DRAFT, "(%d questions)" % len(out))
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié vers :", FINAL)


if __name__ == "__main__":
    main()
