# -*- coding: utf-8 -*-
"""Génère l'export CSV des résultats de l'enquête Bien-être étudiant 2025 (Observatoire de la vie étudiante de
l'Université de Brévalec, résultats publiés le 11 novembre 2025).

Format : séparateur « ; », encodage Windows-1252, fins de ligne CRLF, décimales à virgule (« 31,4 »), deux lignes
de titre avant l'en-tête, une ligne par indicateur et une colonne par sous-population, code « nd » pour les valeurs
non disponibles, colonne de note, lignes de source en fin de fichier.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-11-11_ove-universite-brevalec_enquete-bien-etre-etudiant-2025.csv")

HEADER = ["code", "indicateur", "ensemble", "femmes", "hommes", "L1", "L2-L3", "master", "doctorat",
          "logement CRVE", "chez les parents", "locatif privé", "étudiants internationaux", "note"]

ROWS = [
    ("SM01", "Symptômes dépressifs modérés à sévères",
     "31,4 36,2 24,1 34,0 31,8 28,7 22,5 35,6 24,3 32,1 38,9", "PHQ-9, score de 10 ou plus"),
    ("SM02", "Anxiété modérée à sévère",
     "29,8 35,7 21,0 33,1 30,2 26,4 24,0 32,9 23,8 30,4 36,2", "GAD-7, score de 10 ou plus"),
    ("SM03", "Idées suicidaires au cours des 12 derniers mois",
     "14,2 15,9 11,6 16,8 14,0 12,3 9,7 17,4 10,1 14,6 18,8", ""),
    ("SM04", "Tentative de suicide au cours de la vie",
     "6,1 7,4 4,2 6,9 6,0 5,5 4,8 7,8 4,3 6,2 6,7", "déclarative"),
    ("SM05", "Sentiment de solitude fréquent",
     "38,5 41,2 34,0 44,6 37,3 33,0 30,2 46,1 27,4 39,8 55,3", "souvent ou toujours"),
    ("SM06", "Troubles du sommeil plusieurs nuits par semaine",
     "52,3 56,8 45,9 55,0 53,1 49,2 47,4 57,6 44,0 54,7 58,1", ""),
    ("SM07", "Stress élevé lié aux examens",
     "64,0 71,3 53,2 69,8 65,1 59,4 41,7 66,2 61,9 64,8 67,5", "note de 8 ou plus sur 10"),
    ("SM08", "Score moyen de bien-être mental (WEMWBS)",
     "43,6 42,1 45,9 42,4 43,5 44,8 45,3 42,0 45,1 43,4 40,7", "échelle de Warwick-Edinburgh, de 14 à 70 ; "
                                                                 "valeur moyenne et non pourcentage"),
    ("PR01", "Saute des repas faute d'argent chaque semaine",
     "19,7 21,3 17,2 18,4 20,1 20,8 12,6 27,9 8,2 22,6 33,4", "au moins une fois par semaine"),
    ("PR02", "Renoncement à des soins pour raisons financières",
     "24,6 28,1 19,3 20,5 25,2 27,0 21,8 30,4 14,9 27,3 35,1", "au cours des 12 derniers mois"),
    ("PR03", "Boursier sur critères sociaux",
     "38,0 40,1 34,9 43,7 39,5 33,2 nd 52,4 31,0 36,8 nd", "nd : non demandé aux doctorants et aux étudiants "
                                                           "internationaux hors Union européenne"),
    ("RE01", "A consulté un professionnel de santé mentale dans l'année",
     "27,3 32,5 19,4 22,1 27,9 30,6 29,8 28,4 24,0 28,6 18,2", "psychologue, psychiatre ou médecin pour ce motif"),
    ("RE02", "Connaît le service de santé étudiante (SSE)",
     "71,5 75,2 65,8 58,3 72,4 80,1 76,9 78,8 66,0 71,9 54,6", ""),
    ("RE03", "Connaît Pass'Psy Campus",
     "46,8 52,0 39,1 35,2 48,7 53,6 44,3 51,2 42,5 47,3 27,9", ""),
    ("RE04", "Connaît La Veilleuse",
     "39,2 43,5 32,8 41,0 42,6 35,1 22,4 48,5 33,7 38,6 21,3", "ligne d'écoute de nuit"),
    ("N", "Nombre de répondants",
     "3412 2087 1198 962 1141 1003 306 701 1045 1666 389", "effectifs non pondérés ; 127 répondants ont déclaré "
                                                           "un autre genre ou n'ont pas répondu"),
]


def line(cells):
    return ";".join(cells)


def main():
    ncol = len(HEADER)
    lines = [
        line(["Enquête Bien-être étudiant 2025 - Université de Brévalec - Observatoire de la vie étudiante (OVE)"]
             + [""] * (ncol - 1)),
        line(["Questionnaire en ligne du 3 au 28 mars 2025 - 3 412 répondants - taux de réponse 19,1 % - résultats "
              "en % des répondants sauf mention contraire - données pondérées"] + [""] * (ncol - 1)),
        line(HEADER),
    ]
    for code, label, vals, note in ROWS:
        v = vals.split()
        assert len(v) == 11, code
        lines.append(line([code, label] + v + [note]))
    lines.append(line(["Source : OVE Université de Brévalec, en partenariat avec le CLSM de Brévalec - "
                       "export du 11/11/2025"] + [""] * (ncol - 1)))
    lines.append(line(["Les effectifs par année d'étude incluent les étudiants de l'IUT de Lanhélen."]
                      + [""] * (ncol - 1)))
    with open(OUT, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    print("écrit", OUT)


if __name__ == "__main__":
    main()
