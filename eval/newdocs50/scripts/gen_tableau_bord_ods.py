# -*- coding: utf-8 -*-
"""Génère le classeur OpenDocument (.ods, odfpy) « Tableau de bord santé mentale des aînés » du CLSM de Vernançay,
diffusé le mardi 20 janvier 2026.

Feuille 1 « Indicateurs » : DEUX tableaux l'un sous l'autre, chacun avec sa ligne de titre (cellule fusionnée sur
toute la largeur, table:number-columns-spanned) et sa ligne d'en-tête ; tableau 1 = population âgée et isolement
résidentiel par territoire (QPV / ville / département / région / France, tranches 60-74 ans et 75 ans et plus) ;
tableau 2 = activité des dispositifs 2023-2025 par tranche d'âge, le libellé d'indicateur fusionné verticalement
(table:number-rows-spanned) sur ses tranches d'âge ; notes de source sous chaque tableau ; ligne vide entre les deux.
Feuille 2 « Définitions » : glossaire à deux colonnes.
Les nombres sont des cellules float (office:value) avec un affichage français (espace des milliers, virgule).

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-20_clsm-vernancay_tableau-bord-sante-mentale-aines.ods")

doc = OpenDocumentSpreadsheet()
auto = doc.automaticstyles
title_st = Style(name="ceTitle", family="table-cell")
title_st.addElement(TextProperties(fontweight="bold", fontsize="13pt", color="#1f4e79"))
title_st.addElement(TableCellProperties(backgroundcolor="#dde7f0"))
auto.addElement(title_st)
head_st = Style(name="ceHead", family="table-cell")
head_st.addElement(TextProperties(fontweight="bold"))
head_st.addElement(TableCellProperties(border="0.5pt solid #7f7f7f", backgroundcolor="#f2f2f2", wrapoption="wrap"))
auto.addElement(head_st)
cell_st = Style(name="ceCell", family="table-cell")
cell_st.addElement(TableCellProperties(border="0.5pt solid #7f7f7f", verticalalign="middle", wrapoption="wrap"))
auto.addElement(cell_st)
note_st = Style(name="ceNote", family="table-cell")
note_st.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
auto.addElement(note_st)
for nm, w in (("coA", "6.2cm"), ("coB", "3.4cm"), ("coN", "2.8cm"), ("coDef", "14cm")):
    cs = Style(name=nm, family="table-column")
    cs.addElement(TableColumnProperties(columnwidth=w))
    auto.addElement(cs)

NCOL = 6


def fr(v):
    if isinstance(v, float):
        return ("%.1f" % v).replace(".", ",")
    s = "{:,}".format(v).replace(",", " ")
    return s


def tcell(v, style=cell_st, rows=None, cols=None):
    kw = {"stylename": style}
    if rows:
        kw["numberrowsspanned"] = rows
    if cols:
        kw["numbercolumnsspanned"] = cols
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        c = TableCell(valuetype="float", value=v, **kw)
        c.addElement(P(text=fr(v)))
    elif v is None or v == "":
        c = TableCell(**kw)
    else:
        c = TableCell(valuetype="string", **kw)
        c.addElement(P(text=v))
    return c


def row(cells):
    tr = TableRow()
    for c in cells:
        tr.addElement(c)
    return tr


def title_row(text):
    return row([tcell(text, title_st, cols=NCOL)] + [CoveredTableCell() for _ in range(NCOL - 1)])


def note_row(text):
    return row([tcell(text, note_st)] + [TableCell() for _ in range(NCOL - 1)])


def blank_row():
    return row([TableCell(numbercolumnsrepeated=NCOL)])


sh = Table(name="Indicateurs")
sh.addElement(TableColumn(stylename="coA"))
sh.addElement(TableColumn(stylename="coB"))
sh.addElement(TableColumn(stylename="coN", numbercolumnsrepeated=NCOL - 2))

# ---------------------------------------------------------------- tableau 1
sh.addElement(title_row("Tableau 1 — Population âgée et isolement résidentiel par territoire (Insee, RP 2021)"))
sh.addElement(row([tcell(h, head_st) for h in (
    "Territoire", "Habitants de 60 à 74 ans", "Habitants de 75 ans et plus", "Part des 60-74 ans vivant seuls (%)",
    "Part des 75 ans et plus vivant seuls (%)", "Taux de pauvreté des 60 ans et plus (%)")]))
T1 = [
    ("QPV Les Grands-Champs", 725, 395, 31, 52, 24.1),
    ("Ville de Vernançay", 6130, 4110, 26, 44, 11.2),
    ("Département du Cher-et-Sauldre", 62600, 42300, 24, 41, 9.6),
    ("Région Centre-Val de Loire", 434000, 286000, 24, 39, 9.8),
    ("France métropolitaine", 11540000, 6620000, 25, 38, 10.3),
]
for r in T1:
    sh.addElement(row([tcell(v) for v in r]))
sh.addElement(note_row("Source : Insee, recensement de la population 2021 (exploitation complémentaire) et Filosofi "
                       "2021 pour le taux de pauvreté. Les effectifs régionaux et nationaux sont arrondis au millier."))
sh.addElement(blank_row())
sh.addElement(blank_row())

# ---------------------------------------------------------------- tableau 2
sh.addElement(title_row("Tableau 2 — Activité des dispositifs à Vernançay, 2023-2025, par tranche d'âge"))
sh.addElement(row([tcell(h, head_st) for h in ("Indicateur", "Tranche d'âge", "2023", "2024", "2025", "Source")]))
T2 = [
    ("Inscrits au registre canicule (au 31 août)", [("60-74 ans", 121, 163, 198), ("75 ans et plus", 462, 585, 801),
                                                    ("Moins de 60 ans (handicap)", 29, 36, 47)], "CCAS"),
    ("File active de l'EMPSA (patients)", [("65-74 ans", 52, 71, 89), ("75 ans et plus", 112, 141, 179)],
     "CH Les Tilleuls"),
    ("Délai moyen avant la première intervention de l'EMPSA (jours)", [("Tous âges", 13, 11, 7)], "CH Les Tilleuls"),
    ("Personnes visitées par les équipes citoyennes Monalisa", [("60-74 ans", 9, 21, 37),
                                                               ("75 ans et plus", 38, 72, 111)],
     "Centre social Jacques-Prévert"),
    ("Bénévoles des équipes citoyennes Monalisa (au 31 décembre)", [("Tous âges", 18, 41, 64)],
     "Centre social Jacques-Prévert"),
    ("Signalements des gardiens vigilants", [("60 ans et plus", "", 31, 53)], "Sauldre Habitat"),
    ("Professionnels formés au repérage de la crise suicidaire", [("Sans objet", "", 62, 146)], "CLSM"),
]
for ind, lines, src in T2:
    for i, (age, a, b, c) in enumerate(lines):
        cells = []
        if i == 0:
            cells.append(tcell(ind, rows=len(lines) if len(lines) > 1 else None))
        else:
            cells.append(CoveredTableCell())
        cells += [tcell(age), tcell(a), tcell(b), tcell(c)]
        if i == 0:
            cells.append(tcell(src, rows=len(lines) if len(lines) > 1 else None))
        else:
            cells.append(CoveredTableCell())
        sh.addElement(row(cells))
sh.addElement(note_row("Registre canicule : effectifs arrêtés au 31 août de chaque année. EMPSA : l'équipe n'intervient "
                       "qu'à partir de 65 ans. Cellules vides : indicateur non suivi cette année-là."))
sh.addElement(note_row("Tableau de bord préparé par Sandrine Leroux (CLSM), version du 20 janvier 2026."))
doc.spreadsheet.addElement(sh)

# ---------------------------------------------------------------- feuille 2
d = Table(name="Définitions")
d.addElement(TableColumn(stylename="coA"))
d.addElement(TableColumn(stylename="coDef"))
d.addElement(row([tcell("Terme", head_st), tcell("Définition retenue dans ce tableau de bord", head_st)]))
DEFS = [
    ("Registre canicule", "Registre nominatif et confidentiel des personnes vulnérables tenu par le CCAS : personnes "
     "de 65 ans et plus, personnes de plus de 60 ans reconnues inaptes au travail et adultes handicapés vivant à "
     "domicile, inscrits à leur demande ou à celle d'un tiers avec leur accord. Il sert à les contacter en cas "
     "d'alerte canicule ou grand froid."),
    ("Isolement résidentiel", "Fait de vivre seul dans son logement (ménage d'une personne) au sens du recensement. "
     "Ne mesure pas l'isolement relationnel : une personne qui vit seule peut être très entourée."),
    ("Isolement relationnel", "Absence ou rareté des contacts avec la famille, les amis, les voisins ou les réseaux "
     "associatifs ; non mesuré par le recensement."),
    ("File active", "Nombre de patients distincts vus au moins une fois dans l'année par l'équipe, quel que soit le "
     "nombre d'interventions."),
    ("Délai moyen avant la première intervention", "Nombre moyen de jours entre la réception d'une demande complète "
     "(fiche signée du médecin) et la première intervention de l'équipe auprès de la personne."),
    ("EMPSA", "Équipe mobile de psychiatrie du sujet âgé du centre hospitalier Les Tilleuls : évaluation et soutien "
     "à domicile et en EHPAD pour les personnes de 65 ans et plus, sur demande du médecin traitant ou du médecin "
     "coordonnateur."),
    ("Sentinelle", "Personne formée (module d'une journée) à repérer les signes de crise suicidaire et à orienter vers "
     "un évaluateur ou un soignant ; elle n'évalue pas le risque elle-même."),
    ("Évaluateur", "Professionnel de santé formé (module de deux jours) à évaluer le risque suicidaire, son urgence et "
     "sa dangerosité."),
    ("Gardien vigilant", "Gardien d'immeuble de Sauldre Habitat formé au repérage des locataires âgés en difficulté, "
     "qui transmet une fiche de signalement à la référente sociale du bailleur."),
    ("Équipe citoyenne Monalisa", "Groupe de bénévoles engagés dans la mobilisation nationale contre l'isolement des "
     "âgés, qui rendent des visites de convivialité régulières."),
    ("CFPPA", "Conférence des financeurs de la prévention de la perte d'autonomie des personnes âgées, présidée par le "
     "président du conseil départemental, vice-présidée par le directeur général de l'ARS."),
    ("Taux de pauvreté", "Part des personnes vivant sous le seuil de pauvreté, fixé à 60 % du niveau de vie médian."),
    ("QPV", "Quartier prioritaire de la politique de la ville ; à Vernançay, le seul QPV est Les Grands-Champs "
     "(4 150 habitants)."),
]
for t, df in DEFS:
    d.addElement(row([tcell(t, cell_st), tcell(df, cell_st)]))
doc.spreadsheet.addElement(d)

doc.save(OUT)
print("écrit :", OUT)
