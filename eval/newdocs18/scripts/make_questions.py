# -*- coding: utf-8 -*-
"""Écrit ../questions.jsonl (45 questions rédigées à partir des seuls documents du corpus newdocs18)."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

S = "2025-03-20_prvsh_webinaire-empp-quartiers-prioritaires"
W = "2025-05-28_coordos-clsm-hauts-de-france_export-whatsapp-groupe-rue-et-sante-mentale"
O = "2025-06-12_clsm-courvieres-les-mines_journee-departementale-sante-mentale-et-rue"
R = "2025-09-30_observatoire-sante-precarite-hdf_barometre-sante-mentale-sans-chez-soi"
D = "2025-01-15_ville-de-marquenval_convention-partenariat-empp-accueil-de-jour"
H = "2025-11-03_ville-de-courvieres-les-mines_personnes-sans-domicile-accueil-domiciliation-soutien-psy"
N = "2026-01-20_clsm-marquenval_fiche-repere-orienter-personne-rue-souffrance-psychique"

Q = [
    # number (7)
    ("Combien de personnes ont répondu à l'enquête du baromètre 2025 de l'OSP-HDF, et dans combien d'accueils de jour ?",
     [["1 046 personnes ont répondu"], ["14 accueils de jour du Nord"]], R, "number"),
    ("baromètre 2025 : quel % des femmes ont un trouble psychique sévère probable ?",
     [["Trouble psychique sévère probable 27 % 38 % 31 %"]], R, "number"),
    ("Convention EMPP / Le Phare : ça coûte combien par an au total et quelle part paie l'ARS ?",
     [["estimé à 39 400 euros"], ["39 400 € 19 000 €"]], D, "number"),
    ("nombre de personnes domiciliées au CCAS de Courvières-les-Mines en 2024 ?",
     [["le CCAS a domicilié 578 personnes", "Domiciliations au CCAS de Courvières-les-Mines 512 578"]], "*", "number"),
    ("Combien de consultations la PASS psy a faites au premier trimestre 2025, par rapport à la même période l'an dernier ?",
     [["138 consultations au premier trimestre"], ["contre 96 l'an dernier"]], W, "number"),
    ("L'accueil de jour L'Escale reçoit combien de personnes par jour l'hiver ? et l'été ?",
     [["quatre-vingt-cinq personnes par jour"], ["plutôt soixante l'été"]], S, "number", 222.5),
    ("cellule Hors les murs : combien de situations examinées en 2025 et combien ont trouvé une solution ?",
     [["examiné 31 situations"], ["trouvée pour 22 d'entre elles"]], N, "number"),
    # unanswerable (7)
    ("Quelle était la file active de l'EMPP Passerelles en 2021 ?", [], None, "unanswerable"),
    ("Part des personnes sans chez-soi avec un trouble psychique sévère dans le Grand Est en 2025 ?", [], None, "unanswerable"),
    ("Quel montant la Fondation Abbé Pierre verse-t-elle à l'accueil de jour L'Escale ?", [], None, "unanswerable"),
    ("Le programme Un chez-soi d'abord est il déployé à Marquenval ?", [], None, "unanswerable"),
    ("Combien de personnes le CCAS de Marquenval a-t-il domiciliées en 2024 ?", [], None, "unanswerable"),
    ("Dans l'édition 2022 du baromètre, quelle était la part des moins de 25 ans ?", [], None, "unanswerable"),
    ("combien d'appels au 115 ont été reçus sur l'arrondissement en 2024 ?", [], None, "unanswerable"),
    # crosslingual (3)
    ("What services does the L'Escale day centre offer to homeless people?",
     [["prendre une douche, laver votre linge"]], H, "crosslingual"),
    ("How long does the partnership agreement between Marquenval, the EPSM and Le Fil d'Ariane last, and how much notice is needed to terminate it?",
     [["pour une durée de trois ans"], ["préavis de trois mois"]], D, "crosslingual"),
    ("In the webinar, how often does the mobile team do joint street outreach with the SAMU social?",
     [["deux soirs par mois"]], S, "crosslingual", 130.5),
    # date (3)
    ("c'est quand les réunions de la cellule Hors les murs ?",
     [["le premier lundi de chaque mois", "réunion du premier lundi du mois"]], "*", "date"),
    ("L'Escale ferme pour travaux cet été : quelles dates, et où on envoie les gens pour les douches ?",
     [["fermé pour travaux du 4 au 15 août"], ["gymnase Jean-Jaurès"]], W, "date"),
    ("La convention EMPP–accueil de jour Le Phare démarre quand et se finit quand ?",
     [["le 1er février 2025"], ["jusqu'au 31 janvier 2028"]], D, "date"),
    # document (3)
    ("Dans le baromètre de l'Observatoire Santé Précarité publié en septembre 2025, que recommande-t-on aux conseils locaux de santé mentale ?",
     [["Inscrire les personnes sans chez-soi dans le diagnostic"], ["instance de coordination des situations complexes"],
      ["annuaire partagé des dispositifs"]], R, "document"),
    ("Diaporama de la journée départementale du 12 juin 2025 à Courvières : qui anime l'atelier « Femmes à la rue » ?",
     [["C : CIDFF du Pas-de-Calais"]], O, "document"),
    ("la fiche repère du wiki CLSM Marquenval (janvier 2026) a été validée par quelle instance et à quelle date ?",
     [["Validée par le comité de pilotage du CLSM"], ["13 janvier 2026"]], N, "document"),
    # fact (3)
    ("le psychiatre de l'EMPP vient au Phare quand exactement ?",
     [["le dernier vendredi de chaque mois"]], D, "fact"),
    ("Quel outil a servi à repérer la souffrance psychique dans l'enquête de l'observatoire ?",
     [["questionnaire MINI", "Mini International Neuropsychiatric Interview"]], R, "fact"),
    ("fiche de liaison commune v3 : validée quand, et elle remplace quoi ?",
     [["validée par le comité de pilotage du 18/02"], ["Plus de fax"]], W, "fact"),
    # transcript (3)
    ("Dans le webinaire du PRVSH, que dit le Dr Benslimane sur le diagnostic avant d'intervenir ?",
     [["on ne demande pas de diagnostic pour intervenir"]], S, "transcript", 110.0),
    ("webinaire EMPP de mars 2025 : selon Sandrine Lemaire, qu'est-ce qui manque le plus ?",
     [["Des places de lits halte soins santé"], ["un psychiatre de plus"]], S, "transcript", 299.0),
    ("L'équipe Passerelles existe depuis quand et elle fait combien d'ETP ? (c'est dit dans le replay)",
     [["créée en deux mille neuf"], ["cinq virgule cinq équivalents temps plein"]], S, "transcript", 65.5),
    # who (3)
    ("Qui préside le comité de suivi de la convention EMPP / accueil de jour Le Phare ?",
     [["Mme Farida Bensaïd"]], D, "who"),
    ("c'est qui la psy du CCAS de Courvières et elle est à l'Escale quel jour ?",
     [["Laure Dewaele, psychologue du CCAS"], ["le jeudi de 9 h à 12 h à L'Escale"]], H, "who"),
    ("Qui a rédigé le baromètre 2025 de l'OSP-HDF ?",
     [["Clémence Vandamme et Olivier Maréchal"]], R, "who"),
    # acronym (2)
    ("LHSS = ?", [["lits halte soins santé"]], "*", "acronym"),
    ("SIAO signifie quoi ?", [["service intégré d'accueil et d'orientation"]], R, "acronym"),
    # comparison (2)
    ("Délai pour un premier rdv adulte : CMP de Courvières vs CMP de Marquenval ?",
     [["4 mois d'attente pour un premier rendez-vous adulte"], ["environ 3 mois d'attente"]], "*", "comparison"),
    ("Contact avec la psychiatrie dans l'année : accueils de jour avec permanence EMPP comparés à ceux sans permanence ?",
     [["atteint 49 %"], ["contre 29 % dans les trois accueils sans permanence"]], R, "comparison"),
    # definition (2)
    ("c'est quoi une PASS psy ?", [["permanence d'accès aux soins de santé en psychiatrie"]], "*", "definition"),
    ("La domiciliation au CCAS, c'est quoi et ça sert à quoi ?",
     [["donne une adresse administrative au CCAS"], ["recevoir votre courrier, d'ouvrir vos droits"]], H, "definition"),
    # list (2)
    ("Quelles sont les grandes familles de freins à l'accès aux soins repérés en 2024 ?",
     [["Freins liés à la personne"], ["Freins liés aux dispositifs"], ["Freins liés au territoire"]], O, "list"),
    ("quels indicateurs pour évaluer la convention de l'EMPP au Phare",
     [["nombre de personnes rencontrées par l'EMPP"], ["délai moyen entre la fiche de liaison et la première rencontre"],
      ["satisfaction des personnes accueillies"]], D, "list"),
    # paraphrase (2)
    ("Pourquoi les gens qui dorment dehors ne consultent pas en psychiatrie ? la 1ere raison d'après l'étude",
     [["ne pas savoir où aller"]], R, "paraphrase"),
    ("la personne dit non à l'équipe mobile, on laisse tomber ?",
     [["On respecte son refus et on garde le lien", "Garder le lien même en cas de refus"]], "*", "paraphrase"),
    # yesno (2)
    ("Faut il un accord écrit de la personne pour l'orienter vers l'EMPP ?",
     [["Son accord écrit n'est pas demandé", "Il n'y a pas besoin d'un accord écrit", "pas besoin d'un accord écrit"]], "*", "yesno"),
    ("Dans la convention du Phare, est-ce que des infos médicales sont transmises à la ville ?",
     [["Aucune information médicale n'est transmise"]], D, "yesno"),
    # howto (1)
    ("comment je signale qqn à l'EMPP Passerelles ?",
     [["Remplir la fiche de liaison commune v3"], ["empp.passerelles@epsm-scarpe.example"]], N, "howto"),
]


def main():
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, q in enumerate(Q, 1):
            row = {"id": "n18-%02d" % i, "question": q[0], "evidence": q[1], "doc": q[2], "kind": q[3]}
            if len(q) > 4:
                row["at"] = q[4]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(Q), "questions")


if __name__ == "__main__":
    main()
