# -*- coding: utf-8 -*-
"""Génère le classeur « Activité des services handicap psychique 2023-2025 » compilé par le CLSM de Montbrenay
(5 février 2026), en .xlsx (openpyxl).

Feuille « Activité 2023-2025 » : ligne de titre, ligne de source, puis DEUX lignes d'en-tête (ligne des années
fusionnée au-dessus de « Places / File active / Liste d'attente » pour 2023, 2024 et 2025), une colonne masquée
(code FINESS), volets figés sous les en-têtes et à droite du nom du service, une ligne « Total » et des lignes
de notes sous le tableau.
Feuille « Les Combes 2025 » : habitants du quartier prioritaire des Combes parmi la file active et la liste
d'attente 2025, avec la part dans le total.

Tout est inventé (structures, chiffres, codes).
"""
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-05_clsm-montbrenay_activite-services-2023-2025.xlsx")

# service, porteur, FINESS (colonne masquée), puis (places, file active, liste d'attente) pour 2023, 2024, 2025
ROWS = [
    ("SAMSAH Horizon", "Horizon Sâline", "990012347", (30, 41, 22), (30, 44, 31), (35, 52, 38)),
    ("SAVS Le Fil", "Solidarité Sâline", "990012461", (45, 58, 17), (45, 61, 24), (55, 70, 12)),
    ("Emploi accompagné (DEA)", "Tremplin Sâline", "990013055", (60, 71, 14), (75, 88, 20), (90, 104, 9)),
    ("ESAT Les Ateliers du Val (total)", "APEI du Val de Sâline", "990010218", (64, 66, 15), (64, 67, 19),
     (64, 69, 27)),
    ("dont section adaptée handicap psychique", "APEI du Val de Sâline", "990010218", (None, None, None),
     (12, 13, 8), (12, 14, 11)),
    ("GEM La Passerelle (adhérents)", "Santé mentale Sâline (parrain)", "—", (None, 44, None), (None, 51, None),
     (None, 58, None)),
    ("Habitat inclusif Maison Colibri", "Sâline Habitat / Horizon Sâline", "—", (None, None, None), (6, 6, 5),
     (6, 7, 8)),
    ("Résidence accueil Les Tilleuls", "Solidarité Sâline", "990014112", (18, 19, 7), (18, 20, 9), (18, 21, 11)),
]

COMBES = [
    ("SAMSAH Horizon", 52, 11, 38, 9),
    ("SAVS Le Fil", 70, 14, 12, 3),
    ("Emploi accompagné (DEA)", 104, 23, 9, 2),
    ("ESAT Les Ateliers du Val (total)", 69, 8, 27, 6),
    ("GEM La Passerelle (adhérents)", 58, 17, None, None),
    ("Habitat inclusif Maison Colibri", 7, 1, 8, 2),
    ("Résidence accueil Les Tilleuls", 21, 6, 11, 4),
]

NOTES = [
    "Notes :",
    "(1) Places installées au 31 décembre de chaque année. File active = personnes accompagnées au moins une fois "
    "dans l'année. Liste d'attente = personnes ayant une notification de la CDAPH et en attente d'admission au "
    "31 décembre.",
    "(2) SAMSAH Horizon : 5 places supplémentaires installées le 1er juillet 2025 ; extension de 10 places "
    "notifiée par l'ARS pour le 1er mars 2026 (45 places).",
    "(3) SAVS Le Fil : 10 places supplémentaires installées le 1er septembre 2025, financées par le Département.",
    "(4) ESAT : la section adaptée (12 places) a ouvert le 6 mai 2024 ; ses chiffres sont compris dans la ligne "
    "« total » et ne doivent pas être ajoutés.",
    "(5) GEM : accès libre, sans places ni liste d'attente ; la file active correspond au nombre d'adhérents.",
    "(6) Maison Colibri : ouverte le 15 octobre 2024 ; la liste d'attente recense les candidatures en cours.",
    "Source : déclarations des services au groupe de travail « handicap psychique » du CLSM de Montbrenay ; "
    "compilation Sophie Vernier, 5 février 2026.",
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="DCE6F1")
YEARF = PatternFill("solid", fgColor="B8CCE4")


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "Activité 2023-2025"
    ws["A1"] = "Services pour adultes en situation de handicap psychique - Montbrenay - activité 2023-2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "CLSM de Montbrenay - groupe de travail « handicap psychique » - mise à jour du 5 février 2026"
    ws["A2"].font = Font(italic=True, size=9)
    # en-têtes : ligne 4 (années fusionnées), ligne 5 (sous-en-têtes)
    ws["A4"], ws["B4"], ws["C4"] = "Service", "Porteur", "Code FINESS"
    for col in "ABC":
        ws.merge_cells("%s4:%s5" % (col, col))
    years = ["2023", "2024", "2025"]
    for k, y in enumerate(years):
        c0 = 4 + 3 * k
        ws.cell(row=4, column=c0, value=y)
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 2)
        for j, lab in enumerate(["Places", "File active", "Liste d'attente"]):
            ws.cell(row=5, column=c0 + j, value=lab)
    for r in (4, 5):
        for c in range(1, 13):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True)
            cell.fill = YEARF if r == 4 and c >= 4 else HEAD
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BOX
    r = 6
    for name, porteur, finess, *vals in ROWS:
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=porteur)
        ws.cell(row=r, column=3, value=finess)
        for k, triple in enumerate(vals):
            for j, v in enumerate(triple):
                ws.cell(row=r, column=4 + 3 * k + j, value=v if v is not None else "—")
        for c in range(1, 13):
            ws.cell(row=r, column=c).border = BOX
            if c >= 4:
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center")
        if name.startswith("dont"):
            ws.cell(row=r, column=1).font = Font(italic=True)
        r += 1
    # ligne Total : services avec places (hors « dont » et hors GEM)
    ws.cell(row=r, column=1, value="Total (hors GEM, hors « dont »)").font = Font(bold=True)
    for k in range(3):
        for j in range(3):
            s = 0
            for name, _, _, *vals in ROWS:
                if name.startswith("dont") or name.startswith("GEM"):
                    continue
                v = vals[k][j]
                s += v or 0
            c = ws.cell(row=r, column=4 + 3 * k + j, value=s)
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center")
    for c in range(1, 13):
        ws.cell(row=r, column=c).border = BOX
    r += 2
    for n in NOTES:
        ws.cell(row=r, column=1, value=n).font = Font(size=9, italic=not n.startswith("Notes"))
        r += 1
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 13
    ws.column_dimensions["C"].hidden = True
    for c in "DEFGHIJKL":
        ws.column_dimensions[c].width = 11
    ws.freeze_panes = "B6"

    ws2 = wb.create_sheet("Les Combes 2025")
    ws2["A1"] = "Habitants du quartier prioritaire des Combes (QPV) parmi les personnes accompagnées - 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr = ["Service", "File active 2025 (tous)", "dont habitants des Combes", "Part des Combes",
           "Liste d'attente au 31/12/2025 (tous)", "dont habitants des Combes"]
    for j, h in enumerate(hdr, 1):
        c = ws2.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = HEAD
        c.alignment = Alignment(wrap_text=True, horizontal="center")
        c.border = BOX
    for i, (name, fa, fq, la, lq) in enumerate(COMBES, 4):
        vals = [name, fa, fq, "%d %%" % round(100 * fq / fa), la if la is not None else "—",
                lq if lq is not None else "—"]
        for j, v in enumerate(vals, 1):
            c = ws2.cell(row=i, column=j, value=v)
            c.border = BOX
    i += 2
    ws2.cell(row=i, column=1, value="Le quartier des Combes compte 5 120 habitants, soit 11 % de la population "
             "de Montbrenay (46 300 habitants).").font = Font(size=9, italic=True)
    ws2.column_dimensions["A"].width = 38
    for c in "BCDEF":
        ws2.column_dimensions[c].width = 16
    ws2.freeze_panes = "A4"
    wb.properties.creator = "Sophie Vernier - CLSM de Montbrenay"
    wb.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
