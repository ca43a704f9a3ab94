# -*- coding: utf-8 -*-
"""Écrit ../questions.jsonl (45 questions, écrites d'après les seuls documents du corpus newdocs17)."""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "questions.jsonl")

V = "2025-03-13_trajectoires-ville-sante-bfc_webinaire-pssm-jeunes-quartiers"
O = "2025-06-05_paej-la-passerelle_transcription-reunion-equipe-ete"
P = "2025-09-23_relais-sante-jeunes-bourgogne_bilan-pssm-quartiers-prioritaires"
F = "2025-01-28_ville-bellerive-la-cote_fiche-action-sante-mentale-jeunes"
H = "2025-10-10_clsm-chalmont-sur-saone_blog-a-qui-s-adresser-11-25-ans"
N = "2025-11-20_mda-pays-de-vernaux_lettre-information-n12"
R = "2026-02-16_horizons-jeunes-saone_rapport-activite-paej-2025"

Q = [
    # number (7)
    ("number", R, "Combien de premiers contacts au total au PAEJ La Passerelle en 2025, et combien chez les 15-17 ans ?",
     [["Total 263 296 326"], ["15-17 ans 96 104 118"]]),
    ("number", V, "Vernaux-les-Forges : combien de secouristes PSSM formés en 2024 et en combien de sessions ?",
     [["cent quarante-deux secouristes formés"], ["onze sessions"]], 135.0),
    ("number", F, "Budget total de la fiche action 3.2 de Bellerive-la-Côte et montant demandé à l'État ?",
     [["48 500 €"], ["18 000 €"]]),
    ("number", "*", "combien de jeunes accueillis par la maison des ados du Pays de Vernaux en 2024",
     [["1 032 jeunes accueillis", "mille trente-deux jeunes"]]),
    ("number", P, "Selon le bilan RSJB, combien de personnes ont été formées aux PSSM en 2024-2025 et quelle part sont des parents ?",
     [["2024-2025, 388 personnes"], ["9 % parents"]]),
    ("number", R, "Quel a été le délai moyen avant le premier entretien au PAEJ de Chalmont en 2025, et quel était l'objectif ?",
     [["4,2 jours en moyenne sur l'année"], ["l'objectif de 5 jours"]]),
    ("number", O, "Fin mai 2025 la Passerelle en était à combien de jeunes reçus depuis janvier ? et l'an dernier à la même date ?",
     [["168 jeunes reçus depuis janvier"], ["on était à 151"]]),
    # unanswerable (7)
    ("unanswerable", None, "Combien de secouristes PSSM ont été formés à Vernaux-les-Forges en 2022 ?", []),
    ("unanswerable", None, "Quel est le budget de la fiche action santé mentale des jeunes du contrat de ville de Chalmont-sur-Saône ?", []),
    ("unanswerable", None, "Combien de jeunes ont été accueillis par les PAEJ de Normandie en 2025 ?", []),
    ("unanswerable", None, "Quel est le taux de satisfaction des parents reçus au Point écoute parents de la MDA ?", []),
    ("unanswerable", None, "Les étudiants de Vernaux peuvent-ils passer par le dispositif Santé Psy Étudiant à la maison des adolescents ?", []),
    ("unanswerable", None, "Combien de premiers contacts le PAEJ La Passerelle a-t-il enregistrés en 2022 ?", []),
    ("unanswerable", None, "Combien de jeunes ont été reçus en 2025 à la permanence mobile de la MDA à Champ-Fleuri ?", []),
    # crosslingual (3)
    ("crosslingual", "*", "How long does the PSSM youth module last, and how many people per training group?",
     [["14 h (2 jours ou 4 demi-journées)", "durent quatorze heures"], ["12 à 16 participants", "douze à seize participants"]]),
    ("crosslingual", R, "What share of young people at the Chalmont youth listening point were referred elsewhere in 2025, and which service received the most referrals?",
     [["41 % des jeunes accueillis ont été orientés"], ["centre médico-psychologique (37 % des orientations)"]]),
    ("crosslingual", F, "Who is in charge of the Bellerive-la-Côte youth mental health action sheet, and over what period does it run?",
     [["Référente : Marion Lefèvre"], ["Janvier 2025 – décembre 2026"]]),
    # date (3)
    ("date", N, "Quand l'antenne de la MDA aux Hauts de Vernaux a-t-elle ouvert ?",
     [["ouvert ses portes le 15 septembre 2025"]]),
    ("date", O, "la permanence d'été du PAEJ au Pré-Brûlé c'est de quand à quand, et à quelle heure ?",
     [["du 2 juillet au 27 août"], ["de 14 heures à 18 heures"]]),
    ("date", H, "Prochaine session PSSM à Saint-Exupéry, c'est quand ?",
     [["20 et 21 novembre 2025"]]),
    # document (3)
    ("document", N, "Dans la Lettre de la MDA n° 12 (automne 2025), combien de personnels de collège ont été formés aux premiers secours en santé mentale, et en combien de sessions ?",
     [["60 personnels de quatre collèges"], ["en cinq sessions"]]),
    ("document", R, "D'après le compte rendu d'activité 2025 de l'association Horizons Jeunes Saône, à combien s'élève le total des financements ?",
     [["214 600"]]),
    ("document", P, "Dans le bilan présenté au comité départemental du 23 septembre 2025, quels sont les objectifs fixés pour 2026 ?",
     [["Accréditer 2 nouveaux formateurs"], ["250 secouristes formés sur les trois villes"]]),
    # fact (3)
    ("fact", F, "À Bellerive, la permanence mobile de la maison des adolescents a lieu où et quel jour ?",
     [["chaque mercredi de 14 h à 18 h"], ["centre social de Champ-Fleuri"]]),
    ("fact", N, "Le Café des ados de la MDA, c'est quand et qui le co-anime ?",
     [["le dernier vendredi de chaque mois"], ["Lucas a 22 ans"]]),
    ("fact", H, "Le CMP infanto-juvénile de Chalmont prend les jeunes jusqu'à quel âge ? Et après ?",
     [["jusqu'à 16 ans"], ["CMP adultes qui prend le relais"]]),
    # transcript (3)
    ("transcript", V, "Dans le webinaire de mars sur les PSSM, combien coûte la formation par stagiaire ?",
     [["deux cent cinquante euros par stagiaire"]], 512.0),
    ("transcript", V, "Au webinaire, qu'a répondu le formateur quand on lui a demandé si on peut former directement les lycéens ?",
     [["destiné aux lycéens de quinze à dix-huit ans"], ["expérimentation avec deux lycées"]], 478.0),
    ("transcript", V, "Quels résultats a donnés le questionnaire à six mois auprès des secouristes formés à Vernaux ?",
     [["soixante et onze disaient avoir utilisé"], ["quatre-vingt-dix-huit qui ont répondu"]], 558.0),
    # who (3)
    ("who", N, "Qui dirige la maison des adolescents du Pays de Vernaux ?",
     [["Sophie Gaillard, directrice", "Directrice de la publication : Sophie Gaillard"]]),
    ("who", R, "Qui préside l'association gestionnaire du PAEJ La Passerelle ?",
     [["présidente de l'association, Odile Perrin"]]),
    ("who", O, "Qui va assurer la permanence du mardi midi au lycée Gustave-Eiffel ?",
     [["Théo et moi en alternance"]]),
    # acronym (2)
    ("acronym", "*", "AERER, ça veut dire quoi ?",
     [["A pour approcher, évaluer et assister", "approcher, évaluer et assister ; écouter sans jugement"],
      ["renforcer les autres ressources"]]),
    ("acronym", H, "PAEJ ?",
     [["point accueil écoute jeunes (PAEJ)"]]),
    # comparison (2)
    ("comparison", P, "PSSM Standard vs PSSM Jeunes : quelle différence de public ?",
     [["Public : tout adulte"], ["adultes au contact de jeunes de 11 à 18 ans"]]),
    ("comparison", H, "PAEJ ou CMP infanto-juvénile à Chalmont : lequel permet d'être reçu le plus vite ?",
     [["Le jour même ou sous 5 jours"], ["Environ 5 mois"]]),
    # definition (2)
    ("definition", V, "C'est quoi une maison des adolescents ?",
     [["lieu d'accueil, d'écoute et d'orientation"]], 377.0),
    ("definition", N, "Le refus scolaire anxieux, c'est quoi au juste ?",
     [["il ne s'agit ni de paresse ni de caprice"], ["l'angoisse est réelle"]]),
    # list (2)
    ("list", F, "Quels sont les partenaires de la fiche action 3.2 de Bellerive-la-Côte ?",
     [["Mission locale du Val de Côte"], ["Centre médico-psychologique infanto-juvénile de Bellerive"],
      ["Maison des adolescents du Pays de Vernaux (permanence mobile)"]]),
    ("list", R, "Pour quels motifs principaux les jeunes viennent-ils au PAEJ La Passerelle ?",
     [["Mal-être, anxiété, tristesse"], ["Conflits familiaux"], ["Scolarité, décrochage"]]),
    # paraphrase (2)
    ("paraphrase", V, "À Vernaux, parmi les gens formés dans les quartiers, quel métier inattendu a étonné tout le monde ?",
     [["aussi des gardiens d'immeuble"]], 149.0),
    ("paraphrase", O, "Qu'est-ce qui empêche la psychologue de la Passerelle de recevoir davantage de jeunes ?",
     [["Je suis à 0,8 ETP"]]),
    # yesno (2)
    ("yesno", H, "La formation PSSM est-elle payante pour les participants à Chalmont ?",
     [["La formation est gratuite pour les participants"]]),
    ("yesno", H, "Faut-il un courrier du médecin pour obtenir un rendez-vous au CMP infanto-juvénile ?",
     [["sans courrier du médecin"]]),
    # howto (1)
    ("howto", H, "Comment je m'inscris à une formation premiers secours en santé mentale à Chalmont ?",
     [["formulaire de pré-inscription"], ["Le CLSM valide votre inscription sous 10 jours"]]),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for i, row in enumerate(Q, start=1):
            kind, doc, question, evidence = row[:4]
            q = {"id": "n17-%02d" % i, "question": question, "evidence": evidence, "doc": doc, "kind": kind}
            if len(row) > 4:
                q["at"] = row[4]
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(OUT, len(Q))


if __name__ == "__main__":
    main()
