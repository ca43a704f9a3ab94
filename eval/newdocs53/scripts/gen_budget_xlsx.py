# -*- coding: utf-8 -*-
"""Génère le classeur budgétaire « pair-aidance, GEM et rétablissement » du CLSM de Ligneray (.xlsx, openpyxl).

Tout est inventé (ville, département Loire-Bocage, structures, personnes, montants).
Mise en forme voulue : deux années côte à côte (2024 réalisé, 2025 prévisionnel), cellules d'en-tête fusionnées
sur deux niveaux, pourcentages et totaux en formules AVEC valeurs en cache (openpyxl n'écrit pas de cache : les
valeurs sont calculées ici puis injectées dans le XML de la feuille), colonne « Notes » portant des faits qu'on ne
trouve nulle part ailleurs, bloc « Répartition par financeur » (SUMIF), bloc d'indicateurs d'activité, seconde
feuille « Sources ».
"""
import os
import re
import shutil
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-02-14_clsm-ligneray_budget-pair-aidance-gem-2024-2025.xlsx")

# (poste, financeur, 2024 réalisé, 2025 prévisionnel, note)
RECETTES = [
    ("GEM La Passerelle — subvention de fonctionnement", "CNSA (via ARS Pays de la Loire)", 82900, 84600,
     "Forfait GEM 2024 notifié. Hypothèse 2025 : +2 %, montant pas encore notifié par l'ARS."),
    ("GEM Le Phare — subvention de fonctionnement", "CNSA (via ARS Pays de la Loire)", 82900, 84600,
     "Même forfait que La Passerelle. À partir du 1er janvier 2025, l'association Le Phare gère elle-même sa "
     "subvention (fin de la gestion par Horizons Ligneray)."),
    ("Médiateur de santé pair, CMP des Tilleuls (0,8 ETP)", "ARS — FIR", 31700, 38000,
     "Poste pourvu le 4 mars 2024 : 2024 = 10 mois seulement. Montant annuel plein : 38 000 €."),
    ("Second poste de médiateur de santé pair, CMP Jean-Jaurès (0,6 ETP)", "ARS — FIR", 0, 4750,
     "Prise de poste prévue à l'automne 2025 : seuls novembre et décembre sont budgétés (28 500 € en année "
     "pleine)."),
    ("Coordination du CLSM (1 ETP)", "ARS — FIR", 30000, 30000,
     "Cofinancement à parité avec la ville (convention 2023-2025)."),
    ("Coordination du CLSM (1 ETP)", "Ville de Ligneray", 30000, 31500,
     "Ajustement de la masse salariale de la coordinatrice."),
    ("GEM Le Phare — loyer et charges, maison de quartier des Tilleuls", "Ville de Ligneray", 4500, 6000,
     "Passage à 6 000 € inscrit au budget primitif 2025 de la ville."),
    ("GEM Le Phare — ateliers ouverts aux habitants des Tilleuls", "Contrat de ville", 7500, 9000,
     "Montant demandé à l'appel à projets du contrat de ville ; décision attendue en avril 2025."),
    ("SISM dans les quartiers prioritaires (Tilleuls, Croix-Verte)", "Contrat de ville", 4000, 5000,
     "Actions de la programmation SISM organisées hors du centre-ville."),
    ("Étude de faisabilité du clubhouse", "Contrat de ville", 0, 12000,
     "Étude confiée au cabinet Trajectoires Conseil ; lancement prévu en mars 2025."),
    ("Étude de faisabilité du clubhouse", "Ville de Ligneray", 0, 8000,
     "Part communale de l'étude (coût total 20 000 €)."),
    ("Cotisations des adhérents des deux GEM", "Ressources propres", 1065, 1230,
     "2024 : 86 adhérents × 10 € à La Passerelle et 41 × 5 € au Phare. 2025 : hypothèse de 94 et 58 "
     "adhérents."),
]
FINANCEURS = ["CNSA (via ARS Pays de la Loire)", "ARS — FIR", "Ville de Ligneray", "Contrat de ville",
              "Ressources propres"]
FIN_NOTES = {
    "CNSA (via ARS Pays de la Loire)": "En Loire-Bocage, 9 GEM financés par la CNSA en 2024, soit 746 100 €.",
    "ARS — FIR": "FIR = fonds d'intervention régional de l'ARS Pays de la Loire.",
    "Ville de Ligneray": "Hors valorisation des locaux prêtés au GEM La Passerelle (12 rue des Mariniers).",
    "Contrat de ville": "Contrat de ville de Ligneray 2024-2030, pilier « cohésion sociale ».",
    "Ressources propres": "",
}
# (indicateur, 2024, 2025 prévisionnel, note)
INDICATEURS = [
    ("Adhérents du GEM La Passerelle (au 31 décembre)", 86, 94, ""),
    ("Adhérents du GEM Le Phare (au 31 décembre)", 41, 58,
     "Dont 24 habitants des Tilleuls ou de la Croix-Verte en 2024."),
    ("Jours d'ouverture par an — GEM La Passerelle", 196, 200, ""),
    ("Jours d'ouverture par an — GEM Le Phare", 188, 190, "Fermeture de deux semaines en août."),
    ("Personnes accompagnées par un médiateur de santé pair", 117, 160, "2024 : de mars à décembre."),
    ("Événements des SISM à Ligneray", 11, 12, ""),
    ("Participants aux SISM à Ligneray", 1150, 1300, "Comptage aux entrées, estimation pour le village."),
]

NAVY = "1F3864"
thin = Side(style="thin", color="8EA9DB")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
EUR = '#,##0 "€"'
PCT = "0.0%"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget 2024-2025"
    cache = {}  # coordonnée -> valeur en cache

    ws["A1"] = "CLSM de Ligneray — Budget consolidé pair-aidance, GEM et rétablissement"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = ("Document de travail — comité de pilotage du 14 février 2025 — montants en euros — "
                "rédaction : Solène Guérin, coordinatrice du CLSM")
    ws.merge_cells("A2:H2")
    ws["A2"].font = Font(italic=True, size=9, color="555555")

    hdr_fill = PatternFill("solid", fgColor=NAVY)
    hdr_font = Font(bold=True, color="FFFFFF")
    ws["A3"], ws["B3"] = "Poste", "Financeur"
    ws["C3"], ws["E3"] = "2024 — réalisé", "2025 — prévisionnel"
    ws["G3"], ws["H3"] = "Évolution 2025 / 2024", "Notes"
    ws["C4"], ws["D4"], ws["E4"], ws["F4"] = "Montant", "% du total", "Montant", "% du total"
    for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4", "H3:H4"):
        ws.merge_cells(rng)
    for row in ws["A3:H4"]:
        for c in row:
            c.fill, c.font, c.border = hdr_fill, hdr_font, BORDER
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def section(r, label):
        ws.cell(r, 1, label).font = Font(bold=True, color=NAVY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")

    section(5, "RECETTES PAR POSTE")
    first = 6
    last = first + len(RECETTES) - 1
    total_row = last + 1
    tot24 = sum(x[2] for x in RECETTES)
    tot25 = sum(x[3] for x in RECETTES)

    def money_row(r, label, fin, v24, v25, note, total24, total25, bold=False):
        ws.cell(r, 1, label)
        ws.cell(r, 2, fin)
        for col, v, tot in ((3, v24, total24), (5, v25, total25)):
            c = ws.cell(r, col)
            if isinstance(v, str):
                c.value = v
                cache[c.coordinate] = None  # remplacé plus bas
            else:
                c.value = v
            c.number_format = EUR
            p = ws.cell(r, col + 1, "=%s%d/%s$%d" % (get_column_letter(col), r, get_column_letter(col), total_row))
            p.number_format = PCT
        g = ws.cell(r, 7, '=IF(C%d=0,"nouveau",(E%d-C%d)/C%d)' % (r, r, r, r))
        g.number_format = PCT
        ws.cell(r, 8, note)
        for col in range(1, 9):
            ws.cell(r, col).border = BORDER
            ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
            if bold:
                ws.cell(r, col).font = Font(bold=True)

    def pct_cache(r, v24, v25, t24, t25):
        cache["D%d" % r] = v24 / t24
        cache["F%d" % r] = v25 / t25
        cache["G%d" % r] = "nouveau" if v24 == 0 else (v25 - v24) / v24

    for i, (label, fin, v24, v25, note) in enumerate(RECETTES):
        r = first + i
        money_row(r, label, fin, v24, v25, note, tot24, tot25)
        pct_cache(r, v24, v25, tot24, tot25)
    # total
    money_row(total_row, "TOTAL DES RECETTES", "", "=SUM(C%d:C%d)" % (first, last),
              "=SUM(E%d:E%d)" % (first, last), "Budget équilibré : les dépenses suivent les recettes poste à poste.",
              tot24, tot25, bold=True)
    cache["C%d" % total_row], cache["E%d" % total_row] = tot24, tot25
    pct_cache(total_row, tot24, tot25, tot24, tot25)

    # répartition par financeur
    r0 = total_row + 2
    section(r0, "RÉPARTITION PAR FINANCEUR")
    for i, fin in enumerate(FINANCEURS):
        r = r0 + 1 + i
        v24 = sum(x[2] for x in RECETTES if x[1] == fin)
        v25 = sum(x[3] for x in RECETTES if x[1] == fin)
        ws.cell(r, 1, fin)
        ws.cell(r, 2, "tous postes")
        for col in (3, 5):
            L = get_column_letter(col)
            c = ws.cell(r, col, '=SUMIF($B$%d:$B$%d,$A%d,%s$%d:%s$%d)' % (first, last, r, L, first, L, last))
            c.number_format = EUR
            p = ws.cell(r, col + 1, "=%s%d/%s$%d" % (L, r, L, total_row))
            p.number_format = PCT
        ws.cell(r, 7, '=IF(C%d=0,"nouveau",(E%d-C%d)/C%d)' % (r, r, r, r)).number_format = PCT
        ws.cell(r, 8, FIN_NOTES[fin])
        cache["C%d" % r], cache["E%d" % r] = v24, v25
        pct_cache(r, v24, v25, tot24, tot25)
        for col in range(1, 9):
            ws.cell(r, col).border = BORDER

    # indicateurs d'activité
    r1 = r0 + len(FINANCEURS) + 2
    section(r1, "INDICATEURS D'ACTIVITÉ (2024 réalisé / 2025 objectif)")
    for i, (lab, v24, v25, note) in enumerate(INDICATEURS):
        r = r1 + 1 + i
        ws.cell(r, 1, lab)
        ws.cell(r, 2, "—")
        ws.cell(r, 3, v24).number_format = "#,##0"
        ws.cell(r, 5, v25).number_format = "#,##0"
        ws.cell(r, 7, "=(E%d-C%d)/C%d" % (r, r, r)).number_format = PCT
        cache["G%d" % r] = (v25 - v24) / v24
        ws.cell(r, 8, note)
        for col in range(1, 9):
            ws.cell(r, col).border = BORDER
    r2 = r1 + len(INDICATEURS) + 2
    ws.cell(r2, 1, "FIR : fonds d'intervention régional. CNSA : Caisse nationale de solidarité pour l'autonomie. "
                   "ETP : équivalent temps plein. Les pourcentages sont calculés par formule.").font = Font(
        italic=True, size=9)
    ws.merge_cells(start_row=r2, start_column=1, end_row=r2, end_column=8)

    for col, w in zip("ABCDEFGH", (52, 30, 13, 10, 13, 10, 14, 70)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    ws2 = wb.create_sheet("Sources")
    rows = [
        ("Sources et conventions",),
        ("Montants 2024 : comptes administratifs et bilans financiers des GEM, arrêtés au 31 janvier 2025.",),
        ("Montants 2025 : hypothèses du comité de pilotage du 14 février 2025, à actualiser après notification.",),
        ("Contact : Solène Guérin, coordinatrice du CLSM — 02 99 00 41 20 — clsm@ligneray.example",),
    ]
    for r in rows:
        ws2.append(r)
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.column_dimensions["A"].width = 100

    tmp = tempfile.mktemp(suffix=".xlsx")
    wb.save(tmp)
    inject_cache(tmp, OUT, cache)
    os.remove(tmp)
    print("écrit :", OUT, "| total 2024 =", tot24, "| total 2025 =", tot25)


def inject_cache(src, dst, cache):
    """Ajoute les valeurs en cache (<v>) des cellules à formule de la première feuille."""
    with zipfile.ZipFile(src) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    out = []
    for info, data in items:
        if info.filename == "xl/worksheets/sheet1.xml":
            xml = data.decode("utf-8")

            def repl(m):
                ref, attrs, formula = m.group(1), m.group(2), m.group(3)
                v = cache.get(ref)
                if v is None:
                    raise SystemExit("valeur en cache manquante pour %s" % ref)
                attrs = re.sub(r'\s+t="[^"]*"', "", attrs)
                if isinstance(v, str):
                    return '<c r="%s"%s t="str"><f>%s</f><v>%s</v></c>' % (ref, attrs, formula, v)
                return '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, attrs, formula, repr(float(v)) if
                                                              not float(v).is_integer() else int(v))

            xml, n = re.subn(r'<c r="([A-Z]+\d+)"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>', repl, xml)
            assert n == len(cache), (n, len(cache))
            data = xml.encode("utf-8")
        out.append((info, data))
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in out:
            zout.writestr(info, data)


if __name__ == "__main__":
    main()
