# -*- coding: utf-8 -*-
"""Génère l'export CSV (tableur, séparateur « ; », Windows-1252, CRLF, virgule décimale) du suivi mensuel 2025
de la commission des situations complexes du CLSM de Montferrange : une ligne de titre, une ligne vide, l'en-tête,
une ligne par mois (août : pas de séance), une ligne « Total » et deux lignes de notes.

Tout est inventé (ville, quartiers, structures, chiffres).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-01-15_clsm-montferrange_suivi-mensuel-commission-2025.csv")

HEADER = ["Mois", "Date de séance", "Situations examinées (passages)", "dont premières présentations",
          "dont résidents QPV", "dont incurie / Diogène", "Accord écrit de la personne",
          "Issue : maintien dans le logement", "Issue : relogement / mutation", "Issue : soins / hospitalisation",
          "Issue : orientation EMPP", "Issue : hébergement via SIAO", "Issue : expulsion non évitée",
          "Issue : ajournée / à revoir", "Délai moyen saisine-examen (jours)", "Part QPV (%)"]

# mois, date, passages, nouvelles, QPV, incurie, accord écrit, M, R, S, E, H, X, A, délai
ROWS = [
    ("janvier 2025", "09/01/2025", 7, 6, 4, 2, 5, 3, 1, 0, 1, 0, 0, 2, 18.5),
    ("février 2025", "06/02/2025", 6, 5, 4, 1, 4, 2, 0, 1, 1, 1, 0, 1, 21.0),
    ("mars 2025", "06/03/2025", 8, 7, 5, 2, 6, 3, 1, 1, 1, 0, 1, 1, 16.5),
    ("avril 2025", "03/04/2025", 7, 5, 4, 2, 4, 2, 1, 1, 2, 0, 0, 1, 19.0),
    ("mai 2025", "15/05/2025", 9, 7, 6, 3, 6, 3, 1, 1, 1, 1, 0, 2, 14.5),
    ("juin 2025", "05/06/2025", 8, 6, 5, 2, 5, 3, 1, 0, 1, 1, 0, 2, 15.0),
    ("juillet 2025", "03/07/2025", 5, 4, 3, 1, 3, 2, 0, 1, 1, 0, 0, 1, 22.5),
    ("août 2025", "pas de séance", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, None),
    ("septembre 2025", "04/09/2025", 7, 6, 5, 2, 5, 3, 1, 1, 1, 0, 0, 1, 24.0),
    ("octobre 2025", "02/10/2025", 8, 7, 5, 3, 6, 3, 1, 0, 1, 1, 1, 1, 13.5),
    ("novembre 2025", "06/11/2025", 6, 5, 4, 1, 4, 2, 0, 1, 1, 0, 1, 1, 12.0),
    ("décembre 2025", "04/12/2025", 7, 6, 4, 2, 5, 3, 1, 0, 1, 1, 0, 1, 12.5),
]


def fr(x, nd=1):
    return ("%.*f" % (nd, x)).replace(".", ",")


def main():
    lines = [["Commission des situations complexes « santé mentale et logement » — CLSM de Montferrange — "
              "suivi mensuel 2025"] + [""] * (len(HEADER) - 1),
             [""] * len(HEADER),
             HEADER]
    for r in ROWS:
        mois, date, p = r[0], r[1], r[2]
        assert sum(r[7:14]) == p, mois
        delai = "" if r[14] is None else fr(r[14])
        part = "" if p == 0 else fr(100.0 * r[4] / p)
        lines.append([mois, date] + [str(v) for v in r[2:14]] + [delai, part])
    tot = [sum(r[j] for r in ROWS) for j in range(2, 14)]
    delais = [r[14] for r in ROWS if r[14] is not None]
    lines.append(["Total", "11 séances"] + [str(v) for v in tot] +
                 [fr(sum(delais) / len(delais)), fr(100.0 * tot[2] / tot[0])])
    lines.append([""] * len(HEADER))
    lines.append(["Note : une même situation peut passer plusieurs fois en commission ; les « premières "
                  "présentations » correspondent aux situations nouvelles de l'année. Délai total = moyenne des "
                  "mois avec séance ; séance de janvier reportée au 9 (2 janvier), séance de mai reportée au 15 "
                  "(1er et 8 mai fériés)."] + [""] * (len(HEADER) - 1))
    lines.append(["Source : secrétariat du CLSM de Montferrange, extraction du 12/01/2026 (tableur "
                  "commission_2025.xlsx, onglet Synthèse)."] + [""] * (len(HEADER) - 1))
    out = "\r\n".join(";".join(c if ";" not in c else '"%s"' % c for c in ln) for ln in lines) + "\r\n"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(out.encode("cp1252"))
    print("écrit", OUT)


if __name__ == "__main__":
    main()
