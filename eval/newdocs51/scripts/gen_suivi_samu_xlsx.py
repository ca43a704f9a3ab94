# -*- coding: utf-8 -*-
"""Génère le classeur de suivi d'activité 2025 du SAMU social de Vireval (association Le Phare) (.xlsx, openpyxl).

Feuille 1 « Activité 2025 » : lignes de titre au-dessus de l'en-tête, une ligne par mois, une ligne
« Sous-total T1 » … « Sous-total T4 » après chaque trimestre (valeurs, pas de formules), une ligne « Total 2025 »,
des notes sous le tableau, deux commentaires de cellule (août / orientations EMPP ; total des demandes non
pourvues). Les colonnes de maraude sont recalculées à partir de la feuille 2.
Feuille 2 « Maraudes par nuit » : une ligne par nuit de maraude 2025 (dates réelles au format jj/mm/aaaa),
personnes rencontrées, dont femmes, dont nouvelles, secteurs, binôme, présence de l'EMPP, horaires, température,
observations.

Tout est inventé (ville, personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import datetime as dt
import os
import random

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-16_samu-social-vireval_suivi-activite-2025.xlsx")

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WINTER = {1, 2, 3, 11, 12}
GRAND_FROID = {dt.date(2025, 1, 11), dt.date(2025, 1, 12), dt.date(2025, 12, 13), dt.date(2025, 12, 14)}
BINOMES = ["S. Belkacem / J. Merlin", "A. Petit / M. Caron", "L. Fontaine / R. Haddou", "J. Merlin / B. Vasseur",
           "R. Haddou / C. Leroy", "B. Vasseur / A. Petit"]
SECTEURS = ["Gare – centre-ville", "Gare – centre-ville, berges de la Scarpe", "Centre-ville, Les Glacis",
            "Berges de la Scarpe, Moulin-Blanc", "Gare – centre-ville, Moulin-Blanc", "Les Glacis, Moulin-Blanc"]

# nuits particulières : date -> (personnes, femmes, nouvelles, secteurs, température, observations)
SPECIAL = {
    dt.date(2025, 1, 10): (34, 7, 5, "Gare – centre-ville, berges de la Scarpe", -7,
                           "Plan grand froid niveau 2 ; 3 mises à l'abri au gymnase Jules-Ferry"),
    dt.date(2025, 2, 19): (22, 4, 1, "Berges de la Scarpe, Moulin-Blanc", 1,
                           "Pont de la Scarpe : M. D. accepte pour la première fois un entretien avec l'infirmier EMPP"),
    dt.date(2025, 7, 4): (9, 1, 2, "Gare – centre-ville", 24,
                          "Canicule : distribution de 60 bouteilles d'eau ; pas de refus de soins"),
    dt.date(2025, 11, 21): (27, 6, 3, "Gare – centre-ville, Moulin-Blanc", 3,
                            "Moulin-Blanc : jeune femme signalée par une habitante via le 115, rencontrée dans le "
                            "hall de la tour Cézanne ; mise à l'abri acceptée, orientation EMPP"),
    dt.date(2025, 12, 12): (31, 6, 4, "Gare – centre-ville, berges de la Scarpe", -5,
                            "Plan grand froid : ouverture de 20 places au gymnase Jules-Ferry"),
}

# colonnes données au mois : orientations EMPP, orientations PASS psy, demandes 115, dont non pourvues, nuitées
MONTHLY = {
    1: (14, 3, 612, 281, 2140), 2: (12, 2, 548, 236, 1975), 3: (11, 3, 571, 262, 2088), 4: (8, 2, 433, 268, 1712),
    5: (9, 2, 410, 262, 1655), 6: (7, 3, 398, 251, 1590), 7: (8, 2, 421, 278, 1634), 8: (0, 6, 447, 294, 1702),
    9: (9, 2, 489, 318, 1811), 10: (11, 3, 536, 356, 1893), 11: (15, 2, 583, 321, 2164), 12: (16, 4, 629, 308, 2297),
}


def nights():
    rnd = random.Random(51)
    d = dt.date(2025, 1, 1)
    out = []
    wed = 0
    while d.year == 2025:
        wd = d.weekday()
        sortie = wd in (0, 2, 4) or (d.month in WINTER and wd < 5) or d in GRAND_FROID
        if sortie:
            winter = d.month in WINTER
            empp = False
            if wd == 2:
                wed += 1
                empp = wed % 2 == 0  # un mercredi sur deux (pas le 1er janvier)
            if d in SPECIAL:
                p, f, n, sect, temp, obs = SPECIAL[d]
            else:
                p = rnd.randint(17, 27) if winter else rnd.randint(10, 19)
                f = max(0, round(p * rnd.uniform(0.13, 0.25)))
                n = rnd.randint(1, 4)
                sect = rnd.choice(SECTEURS)
                base = {1: 2, 2: 3, 3: 7, 4: 11, 5: 14, 6: 18, 7: 20, 8: 20, 9: 16, 10: 11, 11: 6, 12: 3}[d.month]
                temp = base + rnd.randint(-4, 4)
                obs = ""
                if d in GRAND_FROID:
                    obs = "Sortie supplémentaire (plan grand froid, week-end)"
            retour = rnd.choice(["00:45", "01:00", "01:15", "01:30", "01:30", "01:45"])
            out.append([d, JOURS[wd], p, f, n, sect, BINOMES[rnd.randrange(len(BINOMES))],
                        "oui" if empp else "non", "21:00", retour, temp, obs])
        d += dt.timedelta(days=1)
    return out


def build():
    rows2 = nights()
    wb = Workbook()
    ws = wb.active
    ws.title = "Activité 2025"
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="D9E1F2")
    ws["A1"] = "SAMU social de Vireval — association Le Phare — suivi d'activité 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Maraudes de nuit (feuille « Maraudes par nuit »), orientations santé mentale, demandes 115 des "
                "personnes de Vireval (extraction SIAO Cap Logis) et nuitées d'hôtel. Mise à jour : 16/01/2026.")
    header = ["Mois", "Nuits de maraude", "Personnes rencontrées (rencontres)", "dont femmes",
              "dont nouvelles personnes", "Orientations vers l'EMPP", "Orientations vers la PASS psy",
              "Demandes 115 (personnes de Vireval)", "dont demandes non pourvues", "Nuitées d'hôtel (Vireval)"]
    ws.append([])
    ws.append(header)
    for c in ws[4]:
        c.font = bold
        c.fill = grey
        c.alignment = Alignment(wrap_text=True, vertical="top")
    total = [0] * 9
    r = 5
    aug_row = None
    for q in range(4):
        sub = [0] * 9
        for m in range(3 * q + 1, 3 * q + 4):
            mr = [x for x in rows2 if x[0].month == m]
            vals = [len(mr), sum(x[2] for x in mr), sum(x[3] for x in mr), sum(x[4] for x in mr)] + list(MONTHLY[m])
            ws.append([MOIS[m - 1]] + vals)
            if m == 8:
                aug_row = r
            sub = [a + b for a, b in zip(sub, vals)]
            r += 1
        ws.append(["Sous-total T%d" % (q + 1)] + sub)
        for c in ws[r]:
            c.font = bold
        total = [a + b for a, b in zip(total, sub)]
        r += 1
    ws.append(["Total 2025"] + total)
    for c in ws[r]:
        c.font = bold
        c.fill = grey
    total_row = r
    ws.cell(aug_row, 6).comment = Comment(
        "EMPP fermée du 4 au 22 août 2025 (congés) : les situations repérées en maraude ont été orientées vers la "
        "PASS psy.", "Samia Belkacem")
    ws.cell(total_row, 9).comment = Comment(
        "Vireval seulement. Pour tout le département de Scarpe-Sensée, le SIAO compte 58 % de demandes non "
        "pourvues en 2025 (bilan SIAO Cap Logis du 12 janvier 2026).", "Samia Belkacem")
    ws.append([])
    notes = [
        "Notes :",
        "Personnes rencontrées = nombre de rencontres ; une même personne vue plusieurs nuits est comptée à chaque fois.",
        "Personnes différentes rencontrées en 2025 : 634, dont 118 femmes (571 personnes différentes en 2024).",
        "Rythme des maraudes : lundi, mercredi et vendredi toute l'année ; du lundi au vendredi du 1er novembre au "
        "31 mars ; tous les soirs en plan grand froid.",
        "Un infirmier de l'EMPP participe à la maraude un mercredi sur deux.",
        "Financement des maraudes : DDETS de Scarpe-Sensée (236 000 € en 2025) et Ville de Vireval (18 500 €).",
        "Contact : Samia Belkacem, directrice adjointe, 06 99 00 27 81 — ligne de signalement 03 99 00 27 15.",
    ]
    for n in notes:
        ws.append([n])
    ws.column_dimensions["A"].width = 16
    for col in "BCDEFGHIJ":
        ws.column_dimensions[col].width = 15

    ws2 = wb.create_sheet("Maraudes par nuit")
    ws2.append(["Date", "Jour", "Personnes rencontrées", "dont femmes", "dont nouvelles", "Secteurs", "Binôme",
                "EMPP présente", "Départ", "Retour", "T° (°C)", "Observations"])
    for c in ws2[1]:
        c.font = bold
        c.fill = grey
    for row in rows2:
        ws2.append(row)
        ws2.cell(ws2.max_row, 1).number_format = "dd/mm/yyyy"
    ws2.freeze_panes = "A2"
    ws2.column_dimensions["A"].width = 12
    ws2.column_dimensions["F"].width = 36
    ws2.column_dimensions["G"].width = 26
    ws2.column_dimensions["L"].width = 70
    wb.save(OUT)
    print(OUT, len(rows2), "nuits ; EMPP présente :", sum(1 for x in rows2 if x[7] == "oui"),
          "; total :", total)


if __name__ == "__main__":
    build()
