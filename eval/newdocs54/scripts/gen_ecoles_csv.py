# -*- coding: utf-8 -*-
"""Génère l'export CSV (Latin-1 / iso-8859-1, séparateur « ; », CRLF) de la liste des écoles élémentaires de
Montbrisac à la rentrée 2025 : une ligne par école (nom, quartier, élèves, classes inscrites au programme de
compétences psychosociales « Graines de compétences », année d'entrée dans le programme, heures d'infirmière
scolaire par semaine) et une dernière ligne « Total ».

Tout est inventé (ville, écoles, chiffres).
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-08_ville-montbrisac_ecoles-programme-cps-2025-2026.csv")

HEADER = ["École", "Quartier", "Élèves (rentrée 2025)", "Classes dans le programme CPS",
          "Année d'entrée dans le programme", "Heures d'infirmière scolaire par semaine"]
ROWS = [
    ("École élémentaire Jules-Ferry", "Les Tilleuls (QPV)", 286, 6, "2023", 6),
    ("École élémentaire Louise-Michel", "Les Tilleuls (QPV)", 241, 5, "2023", 5),
    ("École élémentaire Jean-Macé", "Champ-Rollin (QPV)", 198, 4, "2023", 4),
    ("École élémentaire Marie-Curie", "Champ-Rollin (QPV)", 173, 3, "2024", 4),
    ("École élémentaire Les Capucins", "Centre-ville", 312, 3, "2023", 3),
    ("École élémentaire Victor-Hugo", "Centre-ville", 264, 2, "2025", 2),
    ("École élémentaire Pasteur", "Le Plateau", 225, 3, "2023", 2),
    ("École élémentaire Saint-Exupéry", "Le Plateau", 207, 2, "2025", 2),
    ("École élémentaire Les Vergers", "Bel-Air", 189, 3, "2023", 2),
    ("École élémentaire Jacques-Prévert", "Bel-Air", 176, 0, "non inscrite", 2),
    ("École élémentaire du Moulin", "Le Plateau", 154, 0, "non inscrite", 1),
    ("École primaire du Clos-Fleuri (classes élémentaires)", "Bel-Air", 132, 0, "non inscrite", 1),
]


def main():
    n_in = sum(1 for r in ROWS if r[3] > 0)
    total = ("Total", "%d écoles" % len(ROWS), sum(r[2] for r in ROWS), sum(r[3] for r in ROWS),
             "%d écoles inscrites" % n_in, sum(r[5] for r in ROWS))
    with open(OUT, "w", encoding="iso-8859-1", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(HEADER)
        for r in ROWS + [total]:
            w.writerow(r)
    print("écrit :", OUT, total)


if __name__ == "__main__":
    main()
