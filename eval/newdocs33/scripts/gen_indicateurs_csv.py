# -*- coding: utf-8 -*-
"""Génère le fichier d'indicateurs 2022-2025 du groupe « Rétablissement et inclusion » du CLSM de Valmoreuil (.csv).

Mise en forme d'un export de tableur : UTF-8 avec BOM, séparateur point-virgule, fins de ligne CRLF, champs entre
guillemets quand ils contiennent un point-virgule ; deux lignes de titre et de source avant l'en-tête ; colonnes
Indicateur / Porteur / Unité / 2022 / 2023 / 2024 / 2025 / Note ; cinq lignes de dispositifs, une ligne « Total »
calculée ; une ligne vide, puis un second bloc « Indicateurs complémentaires » (délais, taux avec virgule
décimale, cellules « nd » non disponibles) ; ligne finale de mise à jour.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-05_clsm-valmoreuil_indicateurs-rehabilitation-2022-2025.csv")

YEARS = ["2022", "2023", "2024", "2025"]
MAIN = [
    ("GEM Le Phare – adhérents au 31 décembre", "Association Le Phare", "personnes", [58, 66, 74, 91],
     "dont 23 habitants des QPV en 2025 ; antenne de La Brèche ouverte le 7 octobre 2025"),
    ("Clubhouse La Fabrique – membres inscrits", "Association Clubhouse La Fabrique", "personnes", [19, 48, 71, 86],
     "ouvert le 12 septembre 2022 (année 2022 incomplète)"),
    ("CRPS – file active", "CH du Bois-Guérin", "personnes", [188, 236, 274, 312],
     "centre de réhabilitation psychosociale ouvert en janvier 2019"),
    ("Emploi accompagné – personnes accompagnées (territoire de Valmoreuil)", "Trajectoires Normandie", "personnes",
     [21, 29, 38, 46], "orientation par la CDAPH ; permanence aux Hauts-de-Valmoreuil depuis janvier 2026"),
    ("Médiateurs de santé pairs – personnes accompagnées", "CH du Bois-Guérin", "personnes", [0, 64, 131, 158],
     "premier poste le 3 avril 2023 ; second poste le 2 septembre 2024"),
]
EXTRA = [
    ("CRPS – délai moyen avant le premier bilan", "CH du Bois-Guérin", "semaines", ["nd", "13", "11", "7"],
     "objectif 2026 : 5 semaines"),
    ("Emploi accompagné – personnes en emploi au 31 décembre", "Trajectoires Normandie", "personnes",
     ["12", "17", "21", "29"], "emploi en milieu ordinaire"),
    ("Emploi accompagné – taux d'emploi", "Trajectoires Normandie", "%", ["57,1", "58,6", "55,3", "63,0"],
     "personnes en emploi / personnes accompagnées"),
    ("GEM Le Phare – jours d'ouverture", "Association Le Phare", "jours", ["221", "226", "229", "232"], ""),
    ("Clubhouse La Fabrique – emplois de transition occupés", "Association Clubhouse La Fabrique", "postes",
     ["0", "3", "5", "7"], "chez cinq employeurs partenaires en 2025"),
    ("Médiateurs de santé pairs – postes en équivalent temps plein", "CH du Bois-Guérin", "ETP",
     ["0", "0,7", "1,3", "2,0"], "voir rapport d'évaluation du cabinet Ardoise (janvier 2026)"),
]


def main():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Indicateurs du groupe « Rétablissement et inclusion » – CLSM de Valmoreuil – 2022 à 2025"])
    w.writerow(["Source : porteurs des dispositifs ; compilation CLSM (Claire Lemonnier), février 2026"])
    w.writerow(["Indicateur", "Porteur", "Unité"] + YEARS + ["Note"])
    totals = [0, 0, 0, 0]
    for name, who, unit, vals, note in MAIN:
        w.writerow([name, who, unit] + [str(v) if v else "–" for v in vals] + [note])
        totals = [a + b for a, b in zip(totals, vals)]
    assert totals == [286, 443, 588, 693], totals
    w.writerow(["Total des personnes accompagnées (doublons possibles)", "", "personnes"] + [str(t) for t in totals]
               + ["une même personne peut fréquenter plusieurs dispositifs"])
    w.writerow([])
    w.writerow(["Indicateurs complémentaires"])
    for name, who, unit, vals, note in EXTRA:
        w.writerow([name, who, unit] + vals + [note])
    w.writerow([])
    w.writerow(["nd : non disponible ; – : dispositif inexistant cette année-là. Mise à jour : 5 février 2026."])
    with open(OUT, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    print("écrit", OUT)


if __name__ == "__main__":
    main()
