# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs35 (n35-01 à n35-45).

Par défaut, écrit le brouillon scripts/questions.draft.jsonl (à contrôler avec
`python check.py --questions scripts/questions.draft.jsonl`) ; avec --final, écrit ../questions.jsonl
(à ne faire qu'une fois le brouillon validé : un autre processus prend en charge tout questions.jsonl présent).

Chaque preuve est un groupe d'alternatives ; chaque alternative est un extrait de 2 à 8 mots copié du document
(après normalisation). « at » : début (en secondes) du repère de la transcription WebVTT qui contient la première
alternative du premier groupe.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

R = "2025-06-20_ville-ormeval_diagnostic-local-sante-mentale"
V = "2025-09-23_ville-ormeval_webinaire-lancement-clsm"
M = "2025-10-06_ville-ormeval_offre-emploi-coordinateur-clsm"
C = "2025-12-04_clsm-ormeval_convention-constitutive"
X = "2026-01-15_ville-ormeval_budget-previsionnel-clsm-2026-2028"
H = "2026-01-26_ville-ormeval_page-clsm"
P = "2026-02-12_clsm-ormeval_assemblee-pleniere"

Q = [
    # ---- nombres : lieu, date, population
    ("Quelle proportion des habitants des quartiers prioritaires d'Ormeval est en détresse psychologique élevée, "
     "et quelle est la proportion pour toute la ville ?",
     [["31 % présente une détresse psychologique élevée", "31 %, contre 21 %"],
      ["21 % pour l'ensemble de la ville", "21 % sur l'ensemble de la ville", "21 % dans toute la ville"]],
     "*", "number"),
    ("Combien la Vaudaine compte-t-elle de psychiatres pour 100 000 habitants, et quelle est la moyenne "
     "nationale ?",
     [["9,4 psychiatres pour 100 000"], ["23,0 psychiatres pour 100 000 habitants"]], R, "number"),
    ("Le taux de pauvreté aux Grands-Prés est-il très au-dessus de celui du département ?",
     [["41 % aux Grands-Prés"], ["13 % pour le département"]], R, "comparison"),
    ("Quel est le délai le plus récent pour obtenir un rendez-vous avec un psychiatre au CMP adultes "
     "d'Ormeval ?",
     [["passé de 11 à 9 semaines"]], P, "number"),
    ("À combien s'élève le budget total du CLSM prévu pour 2027 ?",
     [["TOTAL DES CHARGES 78000 82500", "TOTAL DES PRODUITS 78000 82500"]], X, "number"),
    ("Sur la subvention de l'ARS, quel montant est consacré au poste de coordination en 2028 ?",
     [["27 200 € en 2028"]], X, "number"),
    # ---- dates
    ("Quand la convention constitutive du CLSM a-t-elle été signée, et pour quelle durée ?",
     [["le 4 décembre 2025"], ["durée de trois ans"]], C, "date"),
    ("Jusqu'à quand peut-on envoyer sa candidature pour le poste de coordinateur du CLSM ?",
     [["avant le 7 novembre 2025", "vendredi 7 novembre 2025"]], M, "date"),
    ("c'est quand et où, le forum santé mentale et quartiers ?",
     [["Jeudi 4 juin, 14 h - 18 h", "4 juin : forum"],
      ["Place centrale des Grands-Prés", "quartiers » aux Grands-Prés"]], "*", "date"),
    # ---- sigles
    ("Que signifie CASC ?",
     [["cellule d'appui aux situations complexes"]], "*", "acronym"),
    ("que veut dire CMPP ?",
     [["centre médico-psycho-pédagogique"]], R, "acronym"),
    # ---- définitions
    ("Avec quel outil le diagnostic a-t-il mesuré la détresse psychologique élevée, et à partir de quel seuil ?",
     [["Échelle K6 de Kessler"], ["à partir d'un score de 13", "élevée à partir d'un score"]], R, "definition"),
    ("Au webinaire de lancement, comment le psychiatre du centre hospitalier a-t-il expliqué ce que le CLSM "
     "n'est pas ?",
     [["ce n'est pas un service de soins"], ["pas de psychiatre du CLSM"]], V, "definition", 446.7),
    # ---- comparaisons
    ("Les jeunes de 15 à 24 ans des QPV sont-ils plus souvent en détresse psychologique que l'ensemble des "
     "habitants des QPV ?",
     [["36 % des 15-24 ans"], ["31 % présente une détresse psychologique élevée", "31 %, contre 21 %"]],
     "*", "comparison"),
    ("La part de la Ville dans le financement du CLSM augmente-t-elle entre 2026 et 2028 ?",
     [["43,6 % en 2026, 44,8 % en 2028"]], X, "comparison"),
    ("Pour la première année du CLSM, quel budget annonçait-on au webinaire de septembre 2025, et quel montant "
     "a finalement été retenu ?",
     [["environ soixante-dix mille euros"], ["s'élève à 78 000 €", "TOTAL DES PRODUITS 78000"]], "*",
     "comparison"),
    # ---- listes
    ("Quels sont les trois groupes de travail créés par la convention ?",
     [["accès aux soins et situations complexes"], ["santé mentale des enfants et des jeunes"],
      ["cadre de vie et renouvellement urbain"]], C, "list"),
    ("Pour quelles raisons les habitants des quartiers renoncent-ils à des soins en santé mentale ?",
     [["Coût, avance de frais"], ["Délais d'attente trop longs"], ["Ne sait pas à qui s'adresser"]], R,
     "list"),
    # ---- comment faire
    ("Je suis assistante sociale : comment je fais pour présenter une situation compliquée au CLSM ?",
     [["Téléchargez la fiche de saisine", "au moyen d'une fiche de saisine", "par une fiche de saisine"],
      ["au moins huit jours avant", "envoyée 8 jours avant"]], "*", "howto"),
    ("Comment un habitant peut-il prendre part au CLSM ?",
     [["venir à l'assemblée plénière"], ["rejoindre un groupe de travail"], ["conseil citoyen de votre quartier"]],
     H, "howto"),
    ("Quand puis-je voir la psychologue sans rendez-vous au Clos-Saint-Marc ?",
     [["les 2e et 4e jeudis du mois"], ["de 9 h 30 à 11 h 30"]], H, "howto"),
    ("Comment postuler au poste de coordinateur du CLSM d'Ormeval ?",
     [["courriel à recrutement@ormeval.example"], ["rappelant la référence OFF-2025-118"],
      ["CV et lettre de motivation"]], M, "howto"),
    # ---- qui
    ("Qui a été élu à la présidence du CLSM, et avec quel résultat ?",
     [["Isabelle Fromentin est élue présidente"], ["unanimité moins deux abstentions"]], P, "who"),
    # ---- oui / non
    ("les permanences de la psy dans les quartiers, c'est payant ?",
     [["entièrement gratuites et anonymes", "Gratuites, anonymes et sans rendez-vous"]], H, "yesno"),
    ("Le CLSM d'Ormeval a-t-il la personnalité morale ?",
     [["n'a pas de personnalité morale"]], C, "yesno"),
    ("À qui le coordinateur du CLSM doit-il rendre des comptes ?",
     [["directrice de la cohésion sociale, Hélène Dubreuil", "Hélène Dubreuil"],
      ["autorité fonctionnelle de la présidence du CLSM"]], M, "who"),
    # ---- reformulations
    ("Le temps de psychiatre que l'hôpital met à disposition est-il compté dans le budget du CLSM ?",
     [["non comprises dans le total"], ["valorisé pour mémoire à 11 000 €"]], X, "paraphrase"),
    ("Combien de familles des Grands-Prés avaient déjà déménagé dans le cadre du relogement fin 2025 ?",
     [["64 ménages des Grands-Prés relogés"]], P, "paraphrase"),
    # ---- questions qui nomment le document
    ("Dans le diagnostic réalisé par Sillons Études en juin 2025, combien d'habitants et de professionnels ont "
     "répondu, et à quelles dates l'enquête a-t-elle eu lieu ?",
     [["612 répondants", "612 habitants"], ["143 répondants", "143 professionnels"],
      ["du 3 mars au 11 avril 2025"]], R, "document"),
    ("Dans la convention constitutive du CLSM, que prévoit l'article 11 ?",
     [["cellule d'appui aux situations complexes"], ["se réunit une fois par mois"],
      ["charte de confidentialité"]], C, "document"),
    ("D'après le support de l'assemblée plénière du 12 février 2026, combien de candidatures ont été reçues "
     "pour le poste de coordinatrice, et combien de candidats ont été reçus en entretien ?",
     [["38 candidatures reçues"], ["6 candidats auditionnés"]], P, "document"),
    # ---- transcription
    ("Pendant le webinaire de lancement, quel numéro a été annoncé pour les médecins généralistes qui ont "
     "besoin d'un avis psychiatrique, et à quelles heures ?",
     [["ligne d'avis psychiatrique réservée aux médecins"], ["de 13 h à 14 h"], ["02 99 00 31 99"]], V,
     "transcript", 558.0),
    ("Au webinaire, qu'a conseillé le psychiatre à la gardienne dont le locataire accumulait des objets ?",
     [["signaler à la référente sociale"], ["c'est le 15, sans hésiter"]], V, "transcript", 797.6),
    ("Combien de personnes au maximum étaient connectées au webinaire de lancement ?",
     [["jusqu'à 94 participants connectés"]], V, "transcript", 957.6),
    # ---- anglais
    ("How much will the town of Ormeval put into the CLSM budget in 2026, 2027 and 2028?",
     [["Ville d'Ormeval (budget principal) 34000 36500 38500"]], X, "crosslingual"),
    ("What is the indicative gross monthly pay at step 1 of the salary grid for the CLSM coordinator job, "
     "before and after the IFSE allowance?",
     [["1 919,88 €"], ["2 339,88 €"]], M, "crosslingual"),
    ("In the launch webinar, how much funding did the ARS representative expect to grant in 2026?",
     [["environ trente mille euros en 2026"]], V, "crosslingual", 644.1),
    ("Who can I call in Ormeval about a teenager who is struggling, and when can we drop in without an "
     "appointment?",
     [["02 99 00 58 20"], ["accueil sans rendez-vous le mercredi"], ["de 13 h 30 à 18 h"]], H,
     "crosslingual"),
    # ---- sans réponse (quasi-voisins)
    ("Quel budget est prévu pour le CLSM d'Ormeval en 2029 ?", [], None, "unanswerable"),
    ("Combien d'habitants compte le quartier des Bruyères à Ormeval ?", [], None, "unanswerable"),
    ("Le CLSM d'Ormeval reçoit-il des crédits européens du FSE+ ?", [], None, "unanswerable"),
    ("Quel est le taux de suicide chez les jeunes d'Ormeval ?", [], None, "unanswerable"),
    ("Que montrait le précédent diagnostic de santé mentale d'Ormeval, réalisé en 2018 ?", [], None,
     "unanswerable"),
    ("Combien de places compte l'hôpital de jour du centre hospitalier de la Vaudaine ?", [], None,
     "unanswerable"),
    ("Quel montant l'ANRU consacre-t-elle au relogement des ménages des Grands-Prés ?", [], None,
     "unanswerable"),
]


def main():
    final = "--final" in sys.argv
    out = os.path.join(os.path.dirname(HERE), "questions.jsonl") if final else \
        os.path.join(HERE, "questions.draft.jsonl")
    assert len(Q) == 45, len(Q)
    with open(out, "w", encoding="utf-8") as f:
        for i, q in enumerate(Q, 1):
            d = {"id": "n35-%02d" % i, "question": q[0], "evidence": q[1], "doc": q[2], "kind": q[3]}
            if len(q) > 4:
                d["at"] = q[4]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("écrit :", out)


if __name__ == "__main__":
    main()
