# -*- coding: utf-8 -*-
"""Génère l'export CSV des résultats de l'enquête « Le numérique et votre santé » du CLSM des Côtes de Vauclerc
(enquête menée du 4 novembre 2024 au 17 janvier 2025 auprès des habitants, 612 réponses).

Mise en forme voulue : séparateur « ; », UTF-8 avec BOM, fins de ligne CRLF, une ligne de titre au-dessus de
l'en-tête, une ligne par secteur, pourcentages à virgule décimale calculés à partir d'effectifs entiers, ligne
« Total » (somme des répondants, pourcentages pondérés), puis notes, comparaisons départementale, régionale et
nationale, et source sous le tableau.

Tout est inventé (secteurs, effectifs, chiffres de comparaison, domaines .example).
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-03-14_clsm-cotes-vauclerc_enquete-numerique-sante-resultats.csv")

INDIC = [
    "Sans accès internet à domicile (%)",
    "Sans smartphone (%)",
    "Connexion insuffisante pour la vidéo (%)",
    "En difficulté pour les démarches en ligne (%)",
    "A déjà fait une téléconsultation (%)",
    "Accepterait une téléconsultation avec un professionnel de santé mentale (%)",
    "A activé Mon espace santé (%)",
    "Connaît le point France Services (%)",
]

# secteur, répondants, effectifs pour chaque indicateur (dans l'ordre d'INDIC)
ROWS = [
    ("QPV Le Champ-Fleury (Vauclerc)", 148, [35, 21, 9, 63, 22, 64, 30, 89]),
    ("Vauclerc hors QPV", 131, [12, 14, 8, 33, 31, 71, 45, 58]),
    ("Secteur de Fontenoy-la-Côte", 124, [15, 17, 27, 37, 36, 70, 41, 39]),
    ("Secteur de Brémoncourt", 109, [13, 16, 21, 31, 27, 58, 35, 31]),
    ("Secteur de Saint-Aubin-des-Bois", 100, [18, 22, 41, 38, 19, 47, 27, 26]),
]


def pct(k, n):
    return ("%.1f" % (100.0 * k / n)).replace(".", ",")


def main():
    width = 2 + len(INDIC)
    pad = lambda cells: cells + [""] * (width - len(cells))
    lines = [pad(["Enquête « Le numérique et votre santé » — CLSM des Côtes de Vauclerc — résultats par secteur "
                  "(4 novembre 2024 – 17 janvier 2025)"])]
    lines.append(["Secteur", "Répondants"] + INDIC)
    tot_n, tot_k = 0, [0] * len(INDIC)
    for name, n, ks in ROWS:
        lines.append([name, str(n)] + [pct(k, n) for k in ks])
        tot_n += n
        tot_k = [a + b for a, b in zip(tot_k, ks)]
    lines.append(["Total", str(tot_n)] + [pct(k, tot_n) for k in tot_k])
    lines.append(pad([]))
    for note in [
        "Note 1 : pourcentages calculés sur les répondants de chaque secteur ; ligne Total = ensemble des 612 "
        "répondants de la communauté de communes (non redressé).",
        "Note 2 : questionnaire papier (312 réponses, déposé en mairie, en maison de santé et à France Services) "
        "et en ligne (300 réponses) ; 15 ans et plus.",
        "Note 3 : « connexion insuffisante pour la vidéo » = le répondant déclare ne pas pouvoir tenir un appel "
        "vidéo de 30 minutes sans coupure à son domicile.",
        "Comparaison — part des foyers sans accès internet à domicile : Haute-Seille 10,8 % ; Grand Est 9,6 % ; "
        "France 8,4 % (Observatoire régional du numérique Grand Est, 2024).",
        "Comparaison — part des 15 ans et plus en difficulté pour les démarches en ligne : Haute-Seille 27,5 % ; "
        "France 24,0 %.",
        "Source : CLSM des Côtes de Vauclerc, traitement Mathilde Gérardin (coordinatrice) avec l'Observatoire "
        "territorial de santé de Haute-Seille ; export du 14 mars 2025 ; clsm@cc-cotes-vauclerc.example",
    ]:
        lines.append(pad([note]))
    with open(OUT, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for row in lines:
            w.writerow(row)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
