# -*- coding: utf-8 -*-
"""Génère l'export CSV (séparateur point-virgule, tableur français) du tableau de bord trimestriel 2025
« Santé mentale et exil » du CLSM de Sarrelmont.

Particularités voulues : encodage UTF-8 avec BOM et fins de ligne CRLF (export Excel), une ligne de titre et une
ligne d'unités au-dessus de l'en-tête, virgule décimale, colonne vide en fin de chaque ligne (point-virgule
final), deux colonnes homonymes « dont résidents QPV », cellule vide pour un trimestre sans activité, une ligne
« Total 2025 » (sommes, sauf le délai : moyenne annuelle), des notes et la source sous le tableau.

Tout est inventé.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-23_clsm-sarrelmont_indicateurs-trimestriels-2025.csv")

HEADER = ["Période", "Escale : nouveaux patients", "dont résidents QPV", "Escale : entretiens",
          "dont avec interprète", "Délai moyen 1er RDV Escale (semaines) (1)", "Heures d'interprétariat en présentiel",
          "Heures d'interprétariat par téléphone", "Coût de l'interprétariat (€ TTC) (2)", "PASS psy : nouveaux patients",
          "PASS psy : consultations", "Médiations par les pairs (3)", "dont résidents QPV",
          "Professionnels formés (transculturel)"]

# période, nouveaux, dont QPV, entretiens, dont interprète, délai, h présentiel, h téléphone,
# PASS nouveaux, PASS consultations, médiations, dont QPV, formés
ROWS = [
    ("T1 2025", 44, 17, 668, 471, 12.5, 271.5, 104.5, 38, 92, None, None, 28),
    ("T2 2025", 52, 21, 731, 522, 10.0, 302.0, 117.5, 45, 104, 38, 21, 36),
    ("T3 2025", 41, 14, 642, 455, 8.0, 268.5, 109.0, 39, 101, 61, 35, 18),
    ("T4 2025", 52, 22, 833, 593, 5.5, 346.0, 127.0, 45, 121, 87, 52, 42),
]
TARIF_PRESENTIEL, TARIF_TELEPHONE = 52, 36


def dec(x, n=1):
    return ("%.*f" % (n, x)).replace(".", ",")


def cells(r):
    per, nv, nvq, ent, inter, delai, hp, ht, pn, pc, med, medq, form = r
    cout = hp * TARIF_PRESENTIEL + ht * TARIF_TELEPHONE
    return [per, str(nv), str(nvq), str(ent), str(inter), dec(delai), dec(hp), dec(ht), dec(cout, 2), str(pn),
            str(pc), "" if med is None else str(med), "" if medq is None else str(medq), str(form)]


def main():
    ncol = len(HEADER) + 1  # + colonne vide finale
    lines = []

    def emit(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        buf = io.StringIO()
        csv.writer(buf, delimiter=";", lineterminator="").writerow(vals)  # guillemets si « ; » dans une cellule
        lines.append(buf.getvalue())

    emit(["Tableau de bord trimestriel 2025 — Santé mentale et exil — CLSM de Sarrelmont (extraction du 15/01/2026)"])
    emit(["Unités : nombre de personnes ou d'actes, sauf délai en semaines, heures en heures et coût en euros TTC"])
    emit(HEADER)
    tot = [0] * 13
    for r in ROWS:
        emit(cells(r))
        for i in (1, 2, 3, 4, 6, 7, 8, 9, 12):
            tot[i] += r[i]
        for i in (10, 11):
            tot[i] += r[i] or 0
    tot[0] = "Total 2025"
    tot[5] = sum(r[5] for r in ROWS) / len(ROWS)
    emit(cells(tuple(tot)))
    emit([])
    emit(["Notes"])
    emit(["(1) Délai moyen entre la réception de la fiche d'orientation et le premier entretien individuel ; la ligne "
          "Total 2025 donne la moyenne annuelle des quatre trimestres."])
    emit(["(2) Tarifs 2025 d'Interlangues Grand Est : 52 € de l'heure en présentiel et 36 € de l'heure par téléphone."])
    emit(["(3) Programme Pairs & Passerelles lancé en avril 2025 : pas d'activité au premier trimestre."])
    emit(["Source : CH de Sarrelmont (Escale et PASS psy) ; Le Relais des Deux Rives (médiations) ; CLSM (formations)"])
    with open(OUT, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    print("écrit :", OUT)
    print("\n".join(lines[2:8]))


if __name__ == "__main__":
    main()
