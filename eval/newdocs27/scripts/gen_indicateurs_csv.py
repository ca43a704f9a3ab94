# -*- coding: utf-8 -*-
"""Tableau CSV des indicateurs du CLSM intercommunal du Pays de Vernadou par commune, 2024 et 2025.

Tout est fictif. Forme : export « CSV UTF-8 » d'un tableur français (BOM, séparateur point-virgule, fins de ligne
CRLF, virgule décimale), une ligne d'en-tête aux libellés accentués, une ligne par commune et par année (dix
communes), une ligne « Autres communes (14) » et une ligne « Total Pays de Vernadou » par année ; cellules vides
quand le dispositif n'existait pas (Bus Santé et téléconsultations en 2024).
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-30_clsm-pays-vernadou_indicateurs-communes-2024-2025.csv")

HEADER = ["Commune", "Année", "Habitants", "Distance au CMP de Montcabrel (km)", "Part des 75 ans et plus (%)",
          "Passages au Bus Santé", "Appels à Terres à l'écoute", "Téléconsultations psychiatriques",
          "Personnes âgées isolées repérées"]

# commune, distance, (habitants, part 75+, passages, appels, téléconsultations, isolés) pour 2024 puis 2025
DATA = [
    ("Montcabrel", "0,0", (4238, "13,7", None, 96, None, 38), (4212, "13,9", 0, 231, 12, 52)),
    ("Fontclaire", "11,4", (1191, "15,0", None, 31, None, 12), (1184, "15,2", 58, 78, 19, 19)),
    ("Sauvanès", "23,5", (751, "19,5", None, 22, None, 9), (742, "19,8", 96, 61, 34, 16)),
    ("Rieumajou", "31,2", (526, "21,1", None, 14, None, 11), (518, "21,4", 71, 47, 27, 15)),
    ("Labastide-Orvelle", "17,8", (975, "14,4", None, 25, None, 8), (967, "14,6", 44, 58, 15, 13)),
    ("Saint-Génis-des-Combes", "38,6", (394, "22,8", None, 9, None, 6), (389, "23,1", 39, 26, 18, 11)),
    ("Varanhac", "27,0", (1409, "16,5", None, 38, None, 14), (1402, "16,7", 63, 92, 48, 22)),
    ("Le Mas-d'Aurel", "42,3", (281, "24,2", None, 6, None, 5), (276, "24,6", 27, 19, 9, 9)),
    ("Cazeneuve-Haute", "35,1", (462, "20,0", None, 11, None, 7), (455, "20,3", 41, 33, 14, 12)),
    ("Prat-Cerbès", "46,2", (640, "22,5", None, 13, None, 9), (633, "22,8", 52, 41, 41, 17)),
]
TOTALS = {2024: (17934, "17,1", None, 412, None, 160), 2025: (17850, "17,4", 612, 1036, 286, 249)}


def cell(v):
    return "" if v is None else str(v)


def main():
    rows = []
    for year, idx in ((2024, 2), (2025, 3)):
        sums = [0] * 6
        for rec in DATA:
            vals = rec[idx]
            rows.append([rec[0], str(year), cell(vals[0]), rec[1], vals[1]] + [cell(v) for v in vals[2:]])
            for i in (0, 2, 3, 4, 5):
                if vals[i] is not None:
                    sums[i] += vals[i]
        tot = TOTALS[year]
        other = [None if (tot[i] is None or i == 1) else tot[i] - sums[i] for i in range(6)]
        rows.append(["Autres communes (14)", str(year), cell(other[0]), "", ""] + [cell(v) for v in other[2:]])
        rows.append(["Total Pays de Vernadou", str(year), cell(tot[0]), "", tot[1]] + [cell(v) for v in tot[2:]])
    with open(OUT, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(HEADER)
        w.writerows(rows)
    print(OUT, len(rows), "lignes")


if __name__ == "__main__":
    main()
