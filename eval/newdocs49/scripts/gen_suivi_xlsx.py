# -*- coding: utf-8 -*-
"""Génère le classeur Excel (.xlsx, openpyxl) de suivi 2025 du groupe de travail « jeunesse » du CLSM de
Kervallon, arrêté au 20 janvier 2026.

Trois feuilles :
- « Fréquentation 2025 » : accueils par mois (lignes) et par site (colonnes : MDA siège, antenne MDA de Pen ar
  Roz, PAEJ Point Virgule, permanence PAEJ à la mission locale), colonne Total, ligne « Total », ligne « Part du
  total » en pourcentages (format 0,0 %), ligne « Total 2024 » pour comparaison, notes sous le tableau ;
- « Formations PSSM » : sessions 2025 et 2026 (dates en texte + date de début en vraie date Excel, module, lieu,
  formateurs, public, inscrits, formés, statut), ligne « Total 2025 » ;
- « Brouillon nov. 2025 » : feuille MASQUÉE de projections provisoires (chiffres périmés).

Tout est inventé (ville, personnes, chiffres).
"""
import datetime as dt
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-20_clsm-kervallon_suivi-frequentation-pssm-2025.xlsx")

MONTHS = ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre",
          "Novembre", "Décembre"]
WEIGHTS = [1.0, 0.95, 1.1, 0.9, 1.0, 0.95, 0.6, 0.35, 1.0, 1.15, 1.1, 0.8]
SITES = ["MDA – siège (centre-ville)", "MDA – antenne Pen ar Roz", "PAEJ Point Virgule (Kerbrézel)",
         "PAEJ – permanence mission locale"]
TOTALS = [5912, 958, 1146, 214]
TOTALS_2024 = [5310, 262, 1012, 168]
HEAD = Font(bold=True, color="FFFFFF")
FILL = PatternFill("solid", fgColor="0B4F6C")
BOLD = Font(bold=True)


def monthly(total, rnd, ml=False):
    w = [x * rnd.uniform(0.9, 1.1) for x in WEIGHTS]
    if ml:  # pas de permanence en août
        w[7] = 0
    s = sum(w)
    vals = [round(total * x / s) for x in w]
    vals[11] += total - sum(vals)
    return vals


def main():
    rnd = random.Random(2025)
    cols = [monthly(t, rnd, ml=(i == 3)) for i, t in enumerate(TOTALS)]
    wb = Workbook()
    ws = wb.active
    ws.title = "Fréquentation 2025"
    ws["A1"] = "Fréquentation des lieux d'accueil jeunes — Kervallon — année 2025 (nombre d'accueils)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Source : MDA d'Aven-et-Odet, PAEJ Point Virgule (Horizons Jeunes). Mise à jour : 20/01/2026."
    hdr = ["Mois"] + SITES + ["Total"]
    ws.append([])
    ws.append(hdr)
    for j in range(1, len(hdr) + 1):
        c = ws.cell(row=4, column=j)
        c.font, c.fill = HEAD, FILL
        c.alignment = Alignment(wrap_text=True)
    for m in range(12):
        row = [cols[k][m] for k in range(4)]
        ws.append([MONTHS[m]] + row + [sum(row)])
    ws.append(["Total"] + TOTALS + [sum(TOTALS)])
    for c in ws[ws.max_row]:
        c.font = BOLD
    grand = sum(TOTALS)
    ws.append(["Part du total"] + [round(t / grand, 3) for t in TOTALS] + [1])
    for c in ws[ws.max_row][1:]:
        c.number_format = "0.0%"
    ws.append(["Total 2024"] + TOTALS_2024 + [sum(TOTALS_2024)])
    ws.append([])
    ws.append(["Notes :"])
    ws.append(["Un accueil = un entretien individuel ou familial ; les ateliers collectifs ne sont pas comptés."])
    ws.append(["L'antenne de Pen ar Roz a ouvert le 2 septembre 2024 : le total 2024 ne porte que sur quatre mois."])
    ws.append(["Pas de permanence du PAEJ à la mission locale en août (fermeture estivale)."])
    ws.column_dimensions["A"].width = 16
    for col in "BCDEF":
        ws.column_dimensions[col].width = 22

    # ------------------------------------------------------------------------------------------ PSSM
    ps = wb.create_sheet("Formations PSSM")
    ps["A1"] = "Sessions de premiers secours en santé mentale (PSSM) organisées à Kervallon"
    ps["A1"].font = Font(bold=True, size=13)
    ps.append([])
    hdr = ["N°", "Dates", "Début", "Module", "Lieu", "Formateurs", "Public", "Inscrits", "Formés", "Statut"]
    ps.append(hdr)
    for j in range(1, len(hdr) + 1):
        c = ps.cell(row=3, column=j)
        c.font, c.fill = HEAD, FILL
    S = [
        ("20 et 21 janvier 2025", dt.date(2025, 1, 20), "Jeunes", "MDA, centre-ville", "Maëlle Guillou, Thomas Kerjean",
         "Infirmières scolaires, CPE", 14, 13, "réalisée"),
        ("10 et 11 mars 2025", dt.date(2025, 3, 10), "Jeunes", "Maison de quartier du Roz", "Nadia Benali, Thomas Kerjean",
         "Animateurs jeunesse, éducateurs", 16, 15, "réalisée"),
        ("14 et 15 avril 2025", dt.date(2025, 4, 14), "Standard", "Mission locale", "Maëlle Guillou, Nadia Benali",
         "Conseillers de la mission locale", 12, 12, "réalisée"),
        ("19 et 20 mai 2025", dt.date(2025, 5, 19), "Jeunes", "Collège Yves-Kerguélen", "Maëlle Guillou, Thomas Kerjean",
         "Enseignants, assistants d'éducation", 15, 14, "réalisée"),
        ("16 et 17 juin 2025", dt.date(2025, 6, 16), "Jeunes", "Centre social de Kerbrézel", "Nadia Benali, Thomas Kerjean",
         "Parents, bénévoles associatifs", 13, 11, "réalisée"),
        ("22 et 23 septembre 2025", dt.date(2025, 9, 22), "Jeunes", "IUT de Kervallon", "Maëlle Guillou, Nadia Benali",
         "Personnels de l'IUT", 12, 12, "réalisée"),
        ("13 et 14 octobre 2025", dt.date(2025, 10, 13), "Jeunes", "Médiathèque Youenn-Drezen", "Thomas Kerjean, Nadia Benali",
         "Éducateurs des clubs sportifs", 16, 16, "réalisée"),
        ("17 et 18 novembre 2025", dt.date(2025, 11, 17), "Jeunes", "Lycée de l'Odet", "Maëlle Guillou, Thomas Kerjean",
         "Enseignants, personnels de vie scolaire", 14, 13, "réalisée"),
        ("8 et 9 décembre 2025", dt.date(2025, 12, 8), "Jeunes", "Mairie annexe de Kerbrézel", "Nadia Benali, Maëlle Guillou",
         "Agents municipaux, police municipale", 15, 12, "réalisée"),
    ]
    for i, s in enumerate(S, 1):
        ps.append([i, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8]])
        ps.cell(row=ps.max_row, column=3).number_format = "dd/mm/yyyy"
    ps.append(["", "Total 2025", "", "", "", "", "", sum(s[6] for s in S), sum(s[7] for s in S), ""])
    for c in ps[ps.max_row]:
        c.font = BOLD
    for i, s in enumerate([
        ("26 et 27 janvier 2026", dt.date(2026, 1, 26), "Jeunes", "MDA, centre-ville", "Thomas Kerjean, Maëlle Guillou",
         "Professionnels de la protection de l'enfance", 15, None, "prévue"),
        ("16 et 17 mars 2026", dt.date(2026, 3, 16), "Jeunes", "Centre social de Kerbrézel", "Nadia Benali, Thomas Kerjean",
         "Habitants et associations des QPV", 11, None, "prévue"),
    ], len(S) + 1):
        ps.append([i, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8]])
        ps.cell(row=ps.max_row, column=3).number_format = "dd/mm/yyyy"
    ps.append([])
    ps.append(["", "Module Jeunes : 14 h sur deux jours, adultes au contact de jeunes de 11 à 18 ans. "
                   "Module Standard : 14 h, tout public adulte."])
    ps.append(["", "« Formés » = participants ayant suivi les deux journées et reçu l'attestation PSSM France."])
    for col, w in zip("ABCDEFGHIJ", (5, 24, 12, 10, 28, 30, 38, 9, 8, 10)):
        ps.column_dimensions[col].width = w

    # ------------------------------------------------------------------------------------------ brouillon masqué
    br = wb.create_sheet("Brouillon nov. 2025")
    br["A1"] = "PROJECTIONS PROVISOIRES au 15/11/2025 — ne pas diffuser"
    br.append([])
    br.append(["Site", "Accueils 2025 (projection)"])
    for site, v in zip(SITES, (5750, 905, 1120, 205)):
        br.append([site, v])
    br.append(["Total", 7980])
    br.append([])
    br.append(["PSSM 2025 : personnes formées attendues", 112])
    br.append(["Délai moyen MDA (jours), estimation", 15])
    br.sheet_state = "hidden"

    wb.properties.creator = "CLSM de Kervallon"
    wb.properties.title = "Suivi 2025 du GT jeunesse : fréquentation et PSSM"
    wb.save(OUT)
    print("écrit :", OUT)
    for m in range(12):
        print(MONTHS[m], [cols[k][m] for k in range(4)], sum(cols[k][m] for k in range(4)))


if __name__ == "__main__":
    main()
