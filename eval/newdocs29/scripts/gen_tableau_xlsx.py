# -*- coding: utf-8 -*-
"""Génère le tableau de suivi .xlsx de la cellule de veille post-crue du CLSM de Verlaincourt, mis à jour au
31 mars 2026 (document fictif), avec xlsxwriter (openpyxl n'est pas installé).

Feuilles : « Indicateurs mensuels » (avril 2025 – mars 2026, ligne de totaux en formules avec leur valeur
calculée, colonne de commentaires, bloc « Dépistage PCL-5 » avec une part en pourcentage calculée),
« Plan d'actions » (n°, action, pilote, partenaires, échéance, statut, avancement en %), et une feuille masquée
« Brouillon budget 2026 » contenant des chiffres provisoires qui ne doivent pas servir de réponse."""
import datetime
import os

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-31_clsm-verlaincourt_tableau-suivi-post-crue.xlsx")

MONTHS = [
    # mois, appels LEPC, nouvelles personnes CRP, délai moyen (j), séances de groupes de parole, situations CVPC, commentaire
    ("avril 2025", 612, None, None, None, 6, "Ligne d'écoute ouverte le 17 avril ; PUMP de la CUMP du 15 au 26 avril"),
    ("mai 2025", 438, None, None, None, 12, "Appels sortants du CCAS vers 930 ménages sinistrés (mai-juin)"),
    ("juin 2025", 291, 48, 11, None, 9, "Ouverture de la consultation avancée du CRP le 2 juin"),
    ("juillet 2025", 174, 41, 9, None, 8, "Premières prises en charge EMDR"),
    ("août 2025", 96, 22, 8, None, 2, "Consultation CRP fermée du 4 au 22 août"),
    ("septembre 2025", 133, 37, 12, 4, 4, "Rebond des appels à la rentrée (parents) ; 1er cycle des groupes de parole le 16/09"),
    ("octobre 2025", 118, 34, 10, 8, 9, "CVPC mensuelle ; 1re session de formation des sentinelles le 14/10 (12 formées)"),
    ("novembre 2025", 87, 29, 7, 7, 7, "2e session sentinelles le 25/11 ; soirée de formation des médecins généralistes"),
    ("décembre 2025", 71, 21, 6, 5, 6, "Congé maternité d'une psychologue du CRP, non remplacée avant le 15 janvier"),
    ("janvier 2026", 64, 26, 8, 6, 8, "Webinaire Villes & Santé Grand Est le 22/01 ; 3e session sentinelles le 20/01"),
    ("février 2026", 58, 24, 9, 2, 6, "Fin du 2e cycle des groupes de parole le 5 février ; 4e session sentinelles le 17/02"),
    ("mars 2026", 102, 31, 14, 0, 9,
     "Pas de groupe (entre deux cycles) ; 5e session sentinelles le 24/03 ; hausse des appels avant la date anniversaire ; délai CRP remonté à 14 jours, liste d'attente de 19 mineurs"),
]

ACTIONS = [
    ("A1", "Maintenir la ligne d'écoute post-crue (LEPC)", "A2V (Farida Mansouri)", "CCAS, Département de l'Aubrette",
     "30 juin 2026", "En cours — financement du fonds d'urgence jusqu'au 30 juin", 0.75),
    ("A2", "Prolonger la consultation avancée du CRP aux Prés-Bas", "CRP Rhin-Meuse (Dr H. Stoltz)",
     "ARS Grand Est, MSP des Prés-Bas", "31 mai 2026 (fin du financement actuel)",
     "Demande de prolongation déposée le 3 mars 2026", 0.5),
    ("A3", "Former 100 sentinelles", "CLSM (N. Bellamy)", "CRP, Ornelle Habitat, ASO, CCAS", "31 décembre 2026",
     "En cours : 68 formées en 5 sessions", 0.68),
    ("A4", "Lancer le 3e cycle des groupes de parole", "CRP / ASO", "Maison de quartier des Prés-Bas, centre social de l'Écluse",
     "5 mai 2026", "À lancer — inscriptions ouvertes le 13 avril", 0.1),
    ("A5", "Temps de mémoire du 15 avril 2026, quai de la Halle", "Ville (cabinet du maire)", "ASO, CLSM, CUMP, CRP",
     "15 avril 2026", "En cours — repère de crue commandé", 0.8),
    ("A6", "Journée ressources du 18 avril 2026 à la Halle aux Grains", "CLSM (N. Bellamy)",
     "PRIS, CRP, CCAS, Ornelle Habitat, A2V, ASO", "18 avril 2026", "En cours — 9 stands confirmés", 0.7),
    ("A7", "Élargir les horaires de la LEPC autour de la date anniversaire (9 h – 20 h)", "A2V", "CLSM, Ville",
     "du 13 au 18 avril 2026", "Validé", 1.0),
    ("A8", "Traduire le livret « Après la crue, prendre soin de soi » en turc et en arabe", "CLSM (N. Bellamy)",
     "CRP, centres sociaux", "30 avril 2026", "En retard : version arabe prête, traductrice turque à trouver", 0.4),
    ("A9", "Présenter le bilan à un an en assemblée plénière du CLSM", "CLSM (N. Bellamy)", "Tous les membres de la CVPC",
     "11 juin 2026", "À lancer", 0.0),
    ("A10", "Former les enseignants des écoles élémentaires au repérage des enfants", "Éducation nationale (PsyEN)",
     "CRP, CLSM", "30 juin 2026", "En cours : 2 écoles sur 6 formées", 0.3),
    ("A11", "Évaluer la consultation avancée (rapport d'activité)", "CRP Rhin-Meuse", "CLSM, ARS Grand Est",
     "5 mars 2026", "Terminé — rapport remis le 5 mars 2026", 1.0),
]

DRAFT = [
    ("Brouillon — hypothèses budget 2026 (v0 du 12/02, non validé)", None),
    ("Appels LEPC prévus avril-juin 2026", 410),
    ("Nouvelles personnes CRP prévues en 2026", 296),
    ("Sentinelles formées fin juin 2026 (prévision)", 75),
    ("Demande ARS 2026 (hypothèse haute, €)", 95000),
    ("Fonds d'urgence Département 2026 (€)", 30000),
    ("Participation Ville 2026 (€)", 18000),
    ("Total hypothèse 2026 (€)", 143000),
]


def main():
    wb = xlsxwriter.Workbook(OUT)
    wb.set_properties({"title": "Tableau de suivi post-crue — CLSM de Verlaincourt", "author": "Nadège Bellamy",
                       "company": "Ville de Verlaincourt", "created": datetime.datetime(2026, 3, 31, 17, 5)})
    head = wb.add_format({"bold": True, "bg_color": "#1F4E79", "font_color": "#FFFFFF", "text_wrap": True,
                          "valign": "top", "border": 1})
    cell = wb.add_format({"border": 1, "valign": "top"})
    wrap = wb.add_format({"border": 1, "valign": "top", "text_wrap": True})
    tot = wb.add_format({"bold": True, "border": 1, "bg_color": "#E2EFDA"})
    tot1 = wb.add_format({"bold": True, "border": 1, "bg_color": "#E2EFDA", "num_format": "0.0"})
    pct = wb.add_format({"border": 1, "num_format": "0%"})
    pct1 = wb.add_format({"border": 1, "num_format": "0.0%"})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "italic": True})
    title = wb.add_format({"bold": True, "font_size": 14})

    # ---- feuille 1
    ws = wb.add_worksheet("Indicateurs mensuels")
    ws.write(0, 0, "Suivi post-crue — indicateurs mensuels (CLSM de Verlaincourt)", title)
    ws.write(1, 0, "Mise à jour :")
    ws.write_datetime(1, 1, datetime.datetime(2026, 3, 31), date)
    hdr = ["Mois", "Appels ligne d'écoute (LEPC)", "Nouvelles personnes vues (CRP)", "Délai moyen 1er RDV CRP (jours)",
           "Séances de groupes de parole", "Situations examinées (CVPC)", "Commentaire"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, head)
    r0 = 4
    for i, row in enumerate(MONTHS):
        for c, v in enumerate(row):
            if v is None:
                ws.write_blank(r0 + i, c, None, cell)
            elif c == 6:
                ws.write_string(r0 + i, c, v, wrap)
            elif c == 0:
                ws.write_string(r0 + i, c, v, cell)
            else:
                ws.write_number(r0 + i, c, v, cell)
    rt = r0 + len(MONTHS)
    last = rt  # 1-based row number of the last data row
    ws.write(rt, 0, "Total avril 2025 – mars 2026", tot)
    for c, col in ((1, "B"), (2, "C"), (4, "E"), (5, "F")):
        vals = [m[c] for m in MONTHS if m[c] is not None]
        ws.write_formula(rt, c, "=SUM(%s%d:%s%d)" % (col, r0 + 1, col, last), tot, sum(vals))
    dl = [m[3] for m in MONTHS if m[3] is not None]
    ws.write_formula(rt, 3, "=ROUND(AVERAGE(D%d:D%d),1)" % (r0 + 1, last), tot1, round(sum(dl) / len(dl), 1))
    ws.write(rt, 6, "Délai : moyenne des mois renseignés (juin 2025 – mars 2026)", tot)

    rp = rt + 3
    ws.write(rp, 0, "Dépistage du TSPT (PCL-5), adultes, cumul juin 2025 – février 2026", title)
    ws.write(rp + 1, 0, "Adultes ayant rempli la PCL-5", cell)
    ws.write_number(rp + 1, 1, 412, cell)
    ws.write(rp + 2, 0, "Score supérieur ou égal à 33", cell)
    ws.write_number(rp + 2, 1, 119, cell)
    ws.write(rp + 3, 0, "Part des dépistages positifs", cell)
    ws.write_formula(rp + 3, 1, "=B%d/B%d" % (rp + 3, rp + 2), pct1, 119 / 412)
    ws.write(rp + 4, 0, "Source : rapport d'activité du CRP Rhin-Meuse (5 mars 2026)", cell)
    ws.set_column(0, 0, 30)
    ws.set_column(1, 5, 16)
    ws.set_column(6, 6, 70)
    ws.freeze_panes(4, 1)

    # ---- feuille 2
    wa = wb.add_worksheet("Plan d'actions")
    wa.write(0, 0, "Plan d'actions post-crue 2026 — qui fait quoi", title)
    for c, h in enumerate(["N°", "Action", "Pilote", "Partenaires", "Échéance", "Statut", "Avancement"]):
        wa.write(2, c, h, head)
    for i, row in enumerate(ACTIONS):
        for c, v in enumerate(row):
            if c == 6:
                wa.write_number(3 + i, c, v, pct)
            else:
                wa.write_string(3 + i, c, v, wrap)
    wa.write(4 + len(ACTIONS), 0, "Légende des statuts : À lancer / En cours / En retard / Validé / Terminé")
    wa.set_column(0, 0, 6)
    wa.set_column(1, 1, 48)
    wa.set_column(2, 3, 28)
    wa.set_column(4, 4, 22)
    wa.set_column(5, 5, 44)
    wa.set_column(6, 6, 12)
    wa.autofilter(2, 0, 2 + len(ACTIONS), 6)

    # ---- feuille masquée
    wd = wb.add_worksheet("Brouillon budget 2026")
    for i, (lab, v) in enumerate(DRAFT):
        wd.write_string(i, 0, lab)
        if v is not None:
            wd.write_number(i, 1, v)
    wd.set_column(0, 0, 52)
    wd.hide()

    ws.activate()
    wb.close()
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
