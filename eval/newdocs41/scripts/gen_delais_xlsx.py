# -*- coding: utf-8 -*-
"""Classeur des délais d'attente du CMP infanto-juvénile 2023-2025 (.xlsx, xlsxwriter)."""
import os
import xlsxwriter

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-02_ch-lauvigny_delais-attente-cmp-ij-2023-2025.xlsx")

HDR = ["Site", "Demandes reçues", "Délai moyen 1er entretien d'accueil (jours)",
       "Délai moyen 1er rendez-vous de soins (semaines)", "Enfants en liste d'attente au 31/12",
       "dont résidents QPV", "dont moins de 6 ans"]
DATA = {
    2023: [("Site Centre (rue Jean-Jaurès)", 412, 18, 26, 148, 39, 31),
           ("Site des Tisserands", 236, 21, 31, 97, 71, 22),
           ("Antenne de Fressain-le-Bois", 118, 12, 19, 34, 0, 9)],
    2024: [("Site Centre (rue Jean-Jaurès)", 438, 20, 29, 171, 44, 36),
           ("Site des Tisserands", 259, 24, 34, 112, 83, 27),
           ("Antenne de Fressain-le-Bois", 127, 14, 22, 41, 0, 10)],
    2025: [("Site Centre (rue Jean-Jaurès)", 451, 15, 24, 139, 36, 28),
           ("Site des Tisserands", 271, 16, 27, 88, 64, 19),
           ("Antenne de Fressain-le-Bois", 122, 10, 18, 29, 0, 7)],
}

wb = xlsxwriter.Workbook(OUT)
title = wb.add_format({"bold": True, "font_size": 13, "align": "center"})
center = wb.add_format({"align": "center"})
hdr = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "text_wrap": True, "border": 1})
bold = wb.add_format({"bold": True, "top": 1})
for year, rows in DATA.items():
    ws = wb.add_worksheet(str(year))
    ws.merge_range("A1:G1", "CMP infanto-juvénile du CH de Lauvigny-sur-Selle — délais d'attente %d" % year, title)
    ws.merge_range("A2:G2", "Année civile %d (1er janvier – 31 décembre) — enfants et adolescents de 0 à 16 ans"
                   % year, center)
    ws.write_row(3, 0, HDR, hdr)
    for i, r in enumerate(rows, 4):
        ws.write_row(i, 0, r)
    dem = sum(r[1] for r in rows)
    tot = ["Ensemble des sites", dem,
           round(sum(r[1] * r[2] for r in rows) / dem), round(sum(r[1] * r[3] for r in rows) / dem),
           sum(r[4] for r in rows), sum(r[5] for r in rows), sum(r[6] for r in rows)]
    ws.write_row(7, 0, tot, bold)
    ws.write(9, 0, "Délais de l'ensemble : moyennes pondérées par le nombre de demandes. Voir l'onglet Notes.")
    ws.set_column("A:A", 32)
    ws.set_column("B:G", 18)
    print(year, tot)

ws = wb.add_worksheet("Notes")
ws.merge_range("A1:D1", "Notes et définitions", wb.add_format({"bold": True, "font_size": 13}))
notes = [
    "1. Demande : premier appel d'un parent ou d'un professionnel enregistré par le secrétariat, quel que soit le site.",
    "2. Délai moyen 1er entretien d'accueil : nombre de jours entre la demande et l'entretien d'accueil mené par "
    "une infirmière ou une assistante sociale du CMP. Cet entretien n'est pas un soin.",
    "3. Délai moyen 1er rendez-vous de soins : nombre de semaines entre la demande et le premier rendez-vous avec un "
    "pédopsychiatre, un psychologue ou un psychomotricien du CMP.",
    "4. Les situations jugées urgentes à l'accueil sont vues sous 72 heures et sont exclues du calcul des délais "
    "(38 situations en 2025, 41 en 2024).",
    "5. En 2024, le site des Tisserands a fermé du 1er juillet au 23 août pour travaux ; les demandes de l'été "
    "ont été enregistrées au site Centre.",
    "6. L'antenne de Fressain-le-Bois ne dessert aucun quartier prioritaire : la colonne « dont résidents QPV » y "
    "est toujours à zéro.",
    "7. Liste d'attente au 31/12 : enfants ayant eu leur entretien d'accueil mais pas encore leur premier "
    "rendez-vous de soins.",
    "Source : département d'information médicale (DIM) du CH de Lauvigny-sur-Selle, extraction du 30 janvier 2026. "
    "Contact : Dr Hélène Vasseur, cheffe du pôle de psychiatrie de l'enfant et de l'adolescent.",
]
for i, n in enumerate(notes, 2):
    ws.write(i, 0, n)
ws.set_column("A:A", 120)
wb.close()
print("écrit", OUT)
