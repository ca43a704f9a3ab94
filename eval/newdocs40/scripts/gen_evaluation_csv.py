# -*- coding: utf-8 -*-
"""Génère l'export CSV de l'évaluation 2025 des ateliers « Culture et santé mentale » (CHS du Bocage / CLSM de
Quillebourg), extrait le 26 janvier 2026.

Mise en page : séparateur point-virgule, UTF-8 avec BOM, fins de ligne CRLF, virgule décimale ; une ligne de
titre et une ligne de périmètre au-dessus de l'en-tête ; une ligne par atelier puis une ligne « Total » (sommes
pour les comptes ; taux d'assiduité = présences cumulées / inscrits ; scores = moyennes pondérées par le nombre
de répondants) ; notes et source sous le tableau (dont des informations qui ne figurent que là).

Tout est inventé (ateliers, intervenants, chiffres).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-26_chs-bocage_evaluation-ateliers-2025.csv")

HEADER = ["Atelier", "Lieu", "Intervenant·e", "Séances prévues", "Séances réalisées", "Inscrits",
          "Présence moyenne par séance", "Taux d'assiduité (%)", "Répondants avant/après",
          "WEMWBS moyen avant", "WEMWBS moyen après", "Évolution (points)", "Satisfaction moyenne (/10)"]

# atelier, lieu, intervenant, prévues, réalisées, inscrits, présence moyenne, répondants, avant, après, satisfaction
ROWS = [
    ("Arts plastiques", "Hôpital de jour Les Tilleuls", "Thomas Leroux", 40, 38, 14, 10.2, 12, 37.8, 44.9, 8.6),
    ("Écriture", "Hôpital de jour Les Tilleuls", "Inès Marchetti", 20, 19, 10, 6.8, 8, 39.1, 44.0, 8.1),
    ("Percussions", "Hôpital de jour Les Tilleuls", "Bastien Hamel", 20, 20, 9, 7.4, 9, 36.2, 43.7, 9.0),
    ("Photographie", "Hôpital de jour Les Tilleuls et musée Jacques-Lenormand", "Lucie Fontaine", 12, 11, 8, 5.9,
     7, 38.5, 43.1, 8.4),
    ("Chœur Val'Voix", "Centre social Le Trait d'Union (QPV Val-Fleuri)", "Armelle Toutain", 36, 34, 34, 24.5, 26,
     40.2, 46.3, 9.2),
    ("Création théâtrale GEM Le Phare", "Théâtre de l'Arsenal", "Yann Le Goff (Cie L'Estran)", 30, 29, 12, 9.6, 11,
     38.9, 45.8, 8.8),
]


def fr(x, n=1):
    return ("%.*f" % (n, x)).replace(".", ",")


def main():
    lines = [["Évaluation 2025 des ateliers « Culture et santé mentale » — CHS du Bocage / CLSM de Quillebourg "
              "(extraction du 26/01/2026)"] + [""] * (len(HEADER) - 1),
             ["Période : 1er janvier – 31 décembre 2025 ; questionnaires WEMWBS recueillis à la première et à la "
              "dernière séance (score de 14 à 70)"] + [""] * (len(HEADER) - 1),
             HEADER]
    tot = dict(prev=0, real=0, ins=0, pres=0.0, rep=0, av=0.0, ap=0.0, sat=0.0)
    for (name, lieu, who, prev, real, ins, pres, rep, av, ap, sat) in ROWS:
        rate = round(100 * pres / ins, 1)
        lines.append([name, lieu, who, str(prev), str(real), str(ins), fr(pres), fr(rate), str(rep), fr(av), fr(ap),
                      fr(round(ap - av, 1)), fr(sat)])
        tot["prev"] += prev
        tot["real"] += real
        tot["ins"] += ins
        tot["pres"] += pres
        tot["rep"] += rep
        tot["av"] += av * rep
        tot["ap"] += ap * rep
        tot["sat"] += sat * rep
    av, ap = round(tot["av"] / tot["rep"], 1), round(tot["ap"] / tot["rep"], 1)
    lines.append(["Total", "6 ateliers", "", str(tot["prev"]), str(tot["real"]), str(tot["ins"]), fr(tot["pres"]),
                  fr(round(100 * tot["pres"] / tot["ins"], 1)), str(tot["rep"]), fr(av), fr(ap), fr(round(ap - av, 1)),
                  fr(round(tot["sat"] / tot["rep"], 1))])
    notes = [
        "Notes :",
        "(1) Taux d'assiduité = présence moyenne par séance / inscrits. Ligne Total : présences cumulées / inscrits.",
        "(2) Une même personne peut être inscrite à plusieurs ateliers : les 87 inscriptions correspondent à 61 "
        "personnes différentes, dont 23 habitants du QPV Val-Fleuri.",
        "(3) Scores WEMWBS : seuls les participants ayant rempli les deux questionnaires sont comptés ; moyennes "
        "de la ligne Total pondérées par le nombre de répondants.",
        "(4) La prescription muséale fait l'objet d'un suivi distinct par le musée Jacques-Lenormand (112 "
        "bénéficiaires et 341 visites en 2025) ; elle n'est pas incluse dans ce tableau.",
        "(5) Atelier écriture : une séance annulée le 12 juin 2025 (intervenante malade), non remplacée.",
        "Source : CHS du Bocage, cellule qualité — traitement Solène Lemarchand (CLSM) ; données anonymisées.",
    ]
    for n in notes:
        lines.append([n] + [""] * (len(HEADER) - 1))
    with open(OUT, "w", encoding="utf-8-sig", newline="") as f:
        for row in lines:
            f.write(";".join('"%s"' % c if (";" in c or '"' in c) else c for c in row) + "\r\n")
    print("écrit :", OUT, "— total :", lines[-len(notes) - 1])


if __name__ == "__main__":
    main()
