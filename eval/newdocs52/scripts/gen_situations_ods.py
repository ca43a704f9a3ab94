# -*- coding: utf-8 -*-
"""Génère le classeur OpenDocument (.ods, odfpy) du suivi anonymisé des situations de la cellule de veille santé
mentale du CLSM d'Ormeval, 2024 et 2025 (version du 20 janvier 2026).

Feuilles : « Lisez-moi » (définitions, source, règles d'anonymisation), « 2024 par mois » et « 2025 par mois »
(une ligne par mois de saisine, une colonne par type de situation, total, dont quartier prioritaire, ligne
Total), « Synthèse » (totaux 2024 et 2025 côte à côte avec pourcentages, origine des saisines, suites données,
part du quartier prioritaire), « Origine des saisines ». Cellules numériques typées (office:value-type="float"
ou "percentage"), une annotation (commentaire de cellule) sur le total 2024. Aucune donnée nominative.

Tout est inventé (Ormeval, Seine-Bocage, chiffres).
"""
import os
import random

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableRow, TableCell, TableColumn
from odf.text import P
from odf.office import Annotation
from odf.dc import Creator, Date as DcDate

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-20_clsm-ormeval_situations-complexes-2024-2025.ods")

TYPES = ["Incurie, syndrome de Diogène", "Troubles du voisinage", "Risque suicidaire",
         "Rupture ou refus de soins", "Danger pour autrui, violences", "Isolement de personne âgée", "Autre"]
TOTALS = {2024: [15, 14, 6, 12, 5, 6, 3], 2025: [17, 15, 11, 14, 8, 9, 4]}
QPV = {2024: 21, 2025: 31}
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
ORIGINES = [("Sèves Habitat et Logis Normand (bailleurs)", 14, 19), ("CCAS d'Ormeval", 12, 15),
            ("CMP adultes du CHVS", 9, 11), ("Médecins généralistes", 6, 9), ("CDAS de Seine-Bocage", 7, 8),
            ("Commissariat d'Ormeval", 5, 6), ("Police municipale", 4, 5), ("Autres (UDAF, SAAD, associations)", 4, 5)]
SUITES = [("Situations clôturées dans l'année", 38, 52),
          ("Situations encore suivies au 31 décembre", 23, 26),
          ("Interventions de l'équipe mobile de crise demandées par la cellule", None, 23),
          ("Hospitalisations sans consentement parmi les situations examinées", 6, 9),
          ("Dont arrêtés provisoires du maire", 2, 4),
          ("Personnes ayant refusé la présentation (examen anonymisé pour danger grave)", 3, 5),
          ("Délai moyen entre saisine et premier examen (jours)", 19, 14)]


def allocate(year):
    """Répartit les totaux de chaque type sur douze mois (août plus calme), de façon déterministe."""
    rnd = random.Random(year * 52)
    weights = [1.0, 1.0, 1.1, 1.0, 1.1, 1.0, 0.8, 0.35, 1.2, 1.2, 1.1, 0.9]
    grid = [[0] * len(TYPES) for _ in MONTHS]
    for j, tot in enumerate(TOTALS[year]):
        for _ in range(tot):
            m = rnd.choices(range(12), weights)[0]
            grid[m][j] += 1
    qpv = [0] * 12
    for _ in range(QPV[year]):
        cand = [m for m in range(12) if qpv[m] < sum(grid[m])]
        m = rnd.choice(cand)
        qpv[m] += 1
    return grid, qpv


def main():
    doc = OpenDocumentSpreadsheet()
    doc.meta.addElement(Creator(text="Camille Le Goff — CLSM d'Ormeval"))
    doc.meta.addElement(DcDate(text="2026-01-20T10:12:00"))
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(backgroundcolor="#dde8f0"))
    wide = Style(name="wide", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="7cm"))
    narrow = Style(name="narrow", family="table-column")
    narrow.addElement(TableColumnProperties(columnwidth="2.6cm"))
    for s in (bold,):
        doc.automaticstyles.addElement(s)
    for s in (wide, narrow):
        doc.automaticstyles.addElement(s)

    def row(table, cells, style=None, note=None):
        tr = TableRow()
        for k, v in enumerate(cells):
            kw = {"stylename": style} if style else {}
            if v is None or v == "":
                tc = TableCell(**kw)
            elif isinstance(v, tuple) and v[0] == "pct":
                tc = TableCell(valuetype="percentage", value="%.4f" % v[1], **kw)
                tc.addElement(P(text=("%.1f %%" % (v[1] * 100)).replace(".", ",")))
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=str(v), **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                tc.addElement(P(text=str(v)))
            if note and k == note[0]:
                a = Annotation()
                a.addElement(P(text=note[1]))
                tc.insertBefore(a, tc.firstChild) if tc.firstChild else tc.addElement(a)
            tr.addElement(tc)
        table.addElement(tr)

    def new_table(name, ncols):
        t = Table(name=name)
        t.addElement(TableColumn(stylename=wide))
        t.addElement(TableColumn(stylename=narrow, numbercolumnsrepeated=ncols - 1))
        return t

    # ------------------------------------------------------------ Lisez-moi
    t = new_table("Lisez-moi", 2)
    for line in [
        ["Suivi anonymisé des situations — cellule de veille santé mentale du CLSM d'Ormeval"],
        ["Version", "20 janvier 2026 (données 2024 définitives, données 2025 arrêtées au 31 décembre 2025)"],
        ["Source", "Fiches de saisine et relevés de décisions de la cellule ; traitement : coordination du CLSM"],
        ["Unité", "Une situation = une personne dont la situation est examinée pour la première fois dans l'année "
                  "(mois de la saisine). Les revues de situations déjà connues ne sont pas recomptées."],
        ["Type de situation", "Motif principal retenu en séance ; un seul type par situation."],
        ["Quartier prioritaire", "Le Val-Fleuri (5 120 habitants, soit 10,7 % des 47 850 habitants d'Ormeval)."],
        ["Anonymisation", "Aucune donnée nominative ; pas de date de naissance ni d'adresse ; effectifs mensuels "
                          "non diffusés hors du comité de pilotage du CLSM."],
        ["Pas de séance", "La cellule ne se réunit pas en août ; les saisines d'août sont examinées en septembre."],
    ]:
        row(t, line, style=bold if len(line) == 1 else None)
    doc.spreadsheet.addElement(t)

    header = ["Mois de saisine"] + TYPES + ["Total", "dont Val-Fleuri (QPV)"]
    grids = {}
    for year in (2024, 2025):
        grid, qpv = allocate(year)
        grids[year] = (grid, qpv)
        t = new_table("%d par mois" % year, len(header))
        row(t, ["Situations nouvelles examinées par mois et par type — %d" % year], style=bold)
        row(t, header, style=bold)
        for m, name in enumerate(MONTHS):
            row(t, ["%s %d" % (name, year)] + grid[m] + [sum(grid[m]), qpv[m]])
        tot = [sum(grid[m][j] for m in range(12)) for j in range(len(TYPES))]
        note = None
        if year == 2024:
            note = (len(TYPES) + 1, "Total 2024 corrigé le 15 janvier 2026 : 61 situations au lieu de 59 (deux "
                                    "saisines de décembre 2024 enregistrées en retard).")
        row(t, ["Total %d" % year] + tot + [sum(tot), sum(qpv)], style=bold, note=note)
        doc.spreadsheet.addElement(t)

    # ------------------------------------------------------------ Synthèse
    t = new_table("Synthèse", 6)
    row(t, ["Synthèse 2024 – 2025 : situations nouvelles par type"], style=bold)
    row(t, ["Type de situation", "2024", "% 2024", "2025", "% 2025", "Évolution"], style=bold)
    n24, n25 = sum(TOTALS[2024]), sum(TOTALS[2025])
    for j, name in enumerate(TYPES):
        a, b = TOTALS[2024][j], TOTALS[2025][j]
        row(t, [name, a, ("pct", a / n24), b, ("pct", b / n25), "%+d" % (b - a)])
    row(t, ["Total des situations", n24, ("pct", 1.0), n25, ("pct", 1.0), "%+d" % (n25 - n24)], style=bold)
    row(t, ["dont habitants du QPV Le Val-Fleuri", QPV[2024], ("pct", QPV[2024] / n24), QPV[2025],
            ("pct", QPV[2025] / n25), "%+d" % (QPV[2025] - QPV[2024])])
    row(t, ["Poids du Val-Fleuri dans la population d'Ormeval", "", ("pct", 5120 / 47850), "",
            ("pct", 5120 / 47850), ""])
    row(t, [""])
    row(t, ["Suites données", "2024", "", "2025", "", ""], style=bold)
    for name, a, b in SUITES:
        row(t, [name, "non applicable" if a is None else a, "", b, "", ""])
    doc.spreadsheet.addElement(t)

    # ------------------------------------------------------------ Origine des saisines
    t = new_table("Origine des saisines", 5)
    row(t, ["Qui a saisi la cellule ?", "2024", "% 2024", "2025", "% 2025"], style=bold)
    for name, a, b in ORIGINES:
        row(t, [name, a, ("pct", a / n24), b, ("pct", b / n25)])
    row(t, ["Total", sum(o[1] for o in ORIGINES), ("pct", 1.0), sum(o[2] for o in ORIGINES), ("pct", 1.0)],
        style=bold)
    doc.spreadsheet.addElement(t)
    assert sum(o[1] for o in ORIGINES) == n24 and sum(o[2] for o in ORIGINES) == n25
    doc.save(OUT)
    print("écrit :", OUT, {y: sum(TOTALS[y]) for y in TOTALS})


if __name__ == "__main__":
    main()
