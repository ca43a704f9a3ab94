# -*- coding: utf-8 -*-
"""Génère le tableau de bord 2021-2025 de la cellule de veille logement et santé mentale (CLSM de Vesonde),
classeur .xlsx de deux feuilles (xlsxwriter).

Mise en page voulue : feuille « Chiffres » avec titre et sous-titre en cellules fusionnées, tableau A (situations
examinées par année et par territoire, 2025 provisoire), ligne de notes fusionnée sous le tableau, tableau B
(indicateurs par territoire : deux QPV, ville, département, région, France) avec sa ligne de notes ; feuille
« Partenaires » avec titre fusionné, liste des structures membres, contacts et téléphones, ligne de notes.

Piège : les chiffres 2025 y sont provisoires (91 situations, 21 à Champ-Fleuri, 20 d'incurie) alors que le rapport
annuel de mars 2026 donne les chiffres définitifs (92, 22, 21).

Tout est inventé (ville, département, structures, personnes, chiffres, numéros en 03 99 00 / 06 99 00,
domaines .example).
"""
import os

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-30_clsm-vesonde_tableau-de-bord-logement-2021-2025.xlsx")

PLUM = "#5B2A4E"
LIGHT = "#F4ECE4"

wb = xlsxwriter.Workbook(OUT)
F_TITLE = wb.add_format({"bold": True, "font_size": 15, "font_color": PLUM, "valign": "vcenter"})
F_T12 = wb.add_format({"bold": True, "font_size": 12, "font_color": PLUM, "valign": "vcenter"})
F_T14 = wb.add_format({"bold": True, "font_size": 14, "font_color": PLUM, "valign": "vcenter"})
F_SUB = wb.add_format({"italic": True, "font_size": 10, "font_color": "#5F6B73"})
F_HEAD = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": PLUM, "border": 1,
                        "border_color": "#CDB9A8", "text_wrap": True, "align": "center", "valign": "vcenter"})
F_CELL = wb.add_format({"border": 1, "border_color": "#CDB9A8", "text_wrap": True, "valign": "top"})
F_CELLF = wb.add_format({"border": 1, "border_color": "#CDB9A8", "text_wrap": True, "valign": "top",
                         "bg_color": LIGHT})
F_DEC = wb.add_format({"border": 1, "border_color": "#CDB9A8", "num_format": "0.0", "valign": "top"})
F_TOT = wb.add_format({"border": 1, "border_color": "#CDB9A8", "bold": True, "bg_color": LIGHT})
F_NOTE = wb.add_format({"italic": True, "font_size": 9, "font_color": "#5F6B73", "text_wrap": True,
                        "valign": "top"})
SIZES = {15: F_TITLE, 12: F_T12, 14: F_T14}
ws = wb.add_worksheet("Chiffres")


def title(ws, row, text, ncols, size=14, italic=False):
    ws.merge_range(row - 1, 0, row - 1, ncols - 1, text, F_SUB if italic else SIZES[size])


def header(ws, row, labels):
    for j, lab in enumerate(labels):
        ws.write_string(row - 1, j, lab, F_HEAD)
    ws.set_row(row - 1, 45)


def data_row(ws, row, values, bold=False, fill=None, totals=None):
    for j, v in enumerate(values):
        if bold:
            if isinstance(v, str) and v.startswith("="):
                ws.write_formula(row - 1, j, v, F_TOT, totals[j])
            else:
                ws.write(row - 1, j, v, F_TOT)
        elif isinstance(v, float):
            ws.write_number(row - 1, j, v, F_DEC)
        else:
            ws.write(row - 1, j, v, F_CELLF if fill else F_CELL)


def note(ws, row, text, ncols, height=60):
    ws.merge_range(row - 1, 0, row - 1, ncols - 1, text, F_NOTE)
    ws.set_row(row - 1, height)


# ------------------------------------------------------------------ feuille 1 : chiffres
NC = 9
title(ws, 1, "Cellule de veille logement et santé mentale de Vesonde — tableau de bord 2021-2025", NC, size=15)
title(ws, 2, "CLSM de Vesonde · mise à jour du 30 janvier 2026 · données 2025 provisoires (extraction du 15 janvier "
             "2026)", NC, size=10, italic=True)
title(ws, 4, "A. Situations examinées par la cellule, par année et par territoire", NC, size=12)
header(ws, 5, ["Année", "QPV Les Grands Prés", "QPV Champ-Fleuri", "Hors QPV", "Total Vesonde",
               "dont nouvelles saisines", "dont incurie / syndrome de Diogène", "Maintiens dans le logement",
               "Expulsions exécutées"])
A = [("2021", 14, 9, 15, 38, 7, 21, 6),
     ("2022", 19, 12, 20, 40, 9, 29, 8),
     ("2023", 25, 15, 24, 45, 12, 35, 10),
     ("2024", 31, 19, 29, 52, 17, 38, 11),
     ("2025 (provisoire)", 36, 21, 34, 60, 20, 43, 9)]
r = 6
rows_a = []
for y, gp, cf, hq, new, inc, mt, ex in A:
    rows_a.append([y, gp, cf, hq, gp + cf + hq, new, inc, mt, ex])
    data_row(ws, r, rows_a[-1])
    r += 1
tot = [None] + [sum(row[j] for row in rows_a) for j in range(1, 9)]
data_row(ws, r, ["Total 2021-2025", "=SUM(B6:B10)", "=SUM(C6:C10)", "=SUM(D6:D10)", "=SUM(E6:E10)",
                 "=SUM(F6:F10)", "=SUM(G6:G10)", "=SUM(H6:H10)", "=SUM(I6:I10)"], bold=True, totals=tot)
r += 1
note(ws, r, "Notes : une même personne peut être examinée plusieurs années de suite (situation reprise) ; les "
            "totaux sur cinq ans comptent donc des situations, non des personnes. Données 2025 provisoires : les "
            "chiffres définitifs figureront dans le rapport annuel 2025 (mars 2026). « Hors QPV » : reste de la "
            "commune de Vesonde. Les expulsions exécutées sont celles réalisées avec le concours de la force "
            "publique.", NC, height=62)
r += 2
title(ws, r, "B. Indicateurs de contexte par territoire", NC, size=12)
r += 1
header(ws, r, ["Indicateur", "Année", "QPV Les Grands Prés", "QPV Champ-Fleuri", "Vesonde", "Haute-Loue",
               "Bourgogne-Franche-Comté", "France", "Source"])
r += 1
B = [("Population municipale (habitants)", "2021", 4820, 3150, 46300, 231400, 2800000, 68000000, "Insee"),
     ("Taux de pauvreté (%)", "2021", 48.0, 42.0, 20.0, 13.0, 13.0, 14.9, "Insee, Filosofi"),
     ("Part des logements sociaux dans les résidences principales (%)", "2022", 78.0, 71.0, 33.0, 14.0, 14.0,
      16.0, "RPLS"),
     ("Assignations pour impayés de loyer pour 1 000 ménages locataires", "2023", "n.d.", "n.d.", 8.7, 5.8,
      5.1, 6.5, "Préfecture, ministère de l'Intérieur"),
     ("Assignations pour impayés de loyer pour 1 000 ménages locataires", "2024", "n.d.", "n.d.", 9.4, 6.1,
      5.3, 6.8, "Préfecture, ministère de l'Intérieur"),
     ("Expulsions avec concours de la force publique pour 10 000 ménages locataires", "2024", "n.d.", "n.d.",
      19.4, 12.6, 11.9, 15.8, "Préfecture, ministère de l'Intérieur"),
     ("Psychiatres libéraux et mixtes pour 100 000 habitants", "2024", 0.0, 0.0, 8.6, 5.2, 9.8, 11.4,
      "RPPS"),
     ("Situations examinées par la cellule pour 1 000 habitants", "2025 (provisoire)", 7.5, 6.7, 2.0, "—", "—",
      "—", "CLSM de Vesonde")]
b0 = r
for row in B:
    data_row(ws, r, list(row))
    ws.set_row(r - 1, 30)
    r += 1
note(ws, r, "Notes : n.d. = non disponible à l'échelle du quartier. Aucun psychiatre libéral n'est installé dans "
            "les deux QPV. Taux de pauvreté au seuil de 60 % du revenu médian. Le taux de situations pour 1 000 "
            "habitants est calculé sur la population municipale 2021. Les données départementales concernent la "
            "Haute-Loue ; la région est la Bourgogne-Franche-Comté.", NC, height=55)
for j, w in enumerate((36, 12, 14, 14, 12, 13, 15, 13, 16)):
    ws.set_column(j, j, w)
ws.freeze_panes(5, 0)

# ------------------------------------------------------------------ feuille 2 : partenaires
wp = wb.add_worksheet("Partenaires")
NP = 7
title(wp, 1, "Cellule de veille logement et santé mentale — structures membres et contacts (janvier 2026)", NP,
      size=14)
header(wp, 3, ["Structure", "Service / dispositif", "Rôle dans la cellule", "Contact", "Fonction", "Téléphone",
               "Courriel"])
PARTNERS = [
    ("CLSM de Vesonde", "Coordination du conseil local de santé mentale", "Co-animation, tenue du registre",
     "Claire Montagnon", "Coordinatrice", "03 99 00 41 20", "clsm@vesonde.example"),
    ("CCAS de Vesonde", "Pôle action sociale, Maison des solidarités", "Co-animation, secrétariat",
     "Mathieu Girardot", "Responsable du pôle action sociale", "03 99 00 41 00", "action.sociale@ccas-vesonde.example"),
    ("Ville de Vesonde", "Service communal d'hygiène et de santé (SCHS)", "Visites d'insalubrité, incurie",
     "Pauline Roussel", "Inspectrice de salubrité", "03 99 00 41 60", "schs@vesonde.example"),
    ("Habitat Loue-Vesonde (OPH)", "Gestion sociale et locative", "Bailleur signataire de la charte",
     "Sandrine Perrot", "Chargée de gestion sociale", "03 99 00 52 14", "s.perrot@habitat-loue.example"),
    ("Val de Loue Logement (SA HLM)", "Service accompagnement social", "Membre invité (charte non signée)",
     "Olivier Brenet", "Conseiller social", "03 99 00 52 60", "accompagnement@valdeloue-logement.example"),
    ("Centre hospitalier de Vesonde", "Équipe mobile psychiatrie précarité (EMPP) Passerelle",
     "Visites à domicile, avis psychiatrique", "Dr Yannick Bourgeois", "Psychiatre responsable de l'EMPP",
     "03 99 00 63 30", "empp.passerelle@ch-vesonde.example"),
    ("Centre hospitalier de Vesonde", "EMPP Passerelle — ligne infirmière", "Demandes de visite, urgences",
     "Nadia Bensaïd", "Infirmière", "06 99 00 63 31", "empp.passerelle@ch-vesonde.example"),
    ("Centre hospitalier de Vesonde", "CMP adultes Pasteur", "Suivi psychiatrique de secteur", "Élise Jacquot",
     "Cadre de santé", "03 99 00 63 10", "cmp.pasteur@ch-vesonde.example"),
    ("Un chez-soi d'abord Haute-Loue (GCSMS)", "Programme de logement d'abord", "Orientations vers le programme",
     "Lucie Fournier", "Coordinatrice", "03 99 00 58 40", "contact@chezsoi-hauteloue.example"),
    ("Association L'Escalier", "Service AVDL", "Accompagnement vers et dans le logement", "Bruno Tissot",
     "Chef de service", "03 99 00 58 00", "avdl@lescalier.example"),
    ("Conseil départemental de la Haute-Loue", "MDS Vesonde-Est", "Travailleurs sociaux de secteur, FSL",
     "Karima Belaïd", "Assistante sociale référente", "03 99 00 47 25", "mds.vesonde-est@hauteloue.example"),
    ("UDAF de la Haute-Loue", "Service des mandataires judiciaires", "Personnes sous protection",
     "Thierry Mougin", "Mandataire judiciaire", "03 99 00 49 80", "mjpm@udaf-hauteloue.example"),
    ("SIAO de la Haute-Loue", "Service intégré d'accueil et d'orientation", "Hébergement, orientations",
     "Nicolas Faivre", "Coordinateur", "03 99 00 55 15", "siao@hauteloue.example"),
    ("CAF de la Haute-Loue", "Service social", "Aides au logement, impayés", "Amélie Cordier",
     "Conseillère en économie sociale et familiale", "03 99 00 46 30", "social@caf-hauteloue.example"),
    ("GEM Le Trait d'Union", "Groupe d'entraide mutuelle", "Voix des personnes concernées", "Rémi Jeannin",
     "Animateur", "03 99 00 44 70", "gem.traitdunion@lescalier.example"),
]
r = 4
for i, p in enumerate(PARTNERS):
    data_row(wp, r, list(p), fill=LIGHT if i % 2 else None)
    r += 1
note(wp, r, "Notes : 14 structures membres (l'EMPP et le CMP adultes du centre hospitalier comptent chacun pour une structure). Ligne d'urgence de "
            "l'EMPP du lundi au vendredi de 9 h à 17 h ; en dehors de ces horaires, appeler le 15. Les fiches de "
            "saisine sont à adresser à la coordinatrice du CLSM par MSSanté uniquement "
            "(clsm.vesonde@mssante.example).", NP, height=48)
for j, w in enumerate((30, 32, 28, 20, 28, 15, 36)):
    wp.set_column(j, j, w)

wb.set_properties({"author": "Claire Montagnon",
                   "title": "Tableau de bord 2021-2025 — cellule de veille logement et santé mentale"})
wb.close()
print("écrit :", OUT)
