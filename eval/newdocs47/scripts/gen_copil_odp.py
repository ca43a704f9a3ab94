# -*- coding: utf-8 -*-
"""Génère la présentation OpenDocument (.odp, odfpy) du bilan 2025 au comité de pilotage du CLSM de Montvalès
(jeudi 5 février 2026).

Mise en page : dix diapositives 16:9 ; chacune a un cadre titre et un cadre de contenu (puces) ou un tableau
(table:table dans un draw:frame) ; notes de l'orateur (presentation:notes) sur chaque diapositive, dont
certaines portent des faits absents des diapositives elles-mêmes.

Tout est inventé (ville, structures, personnes, chiffres).
"""
import os

from odf.opendocument import OpenDocumentPresentation
from odf.style import (DrawingPageProperties, GraphicProperties, MasterPage, PageLayout, PageLayoutProperties,
                       ParagraphProperties, Style, TableCellProperties, TableColumnProperties, TextProperties)
from odf.draw import Frame, Page, TextBox
from odf.presentation import Notes
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import List, ListItem, P
from odf.namespaces import PRESENTATIONNS


def pclass(el, cls):
    el.setAttrNS(PRESENTATIONNS, "class", cls)
    return el

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-05_clsm-montvales_copil-bilan-2025.odp")

doc = OpenDocumentPresentation()

PL = PageLayout(name="PL16x9")
PL.addElement(PageLayoutProperties(pagewidth="28cm", pageheight="15.75cm", printorientation="landscape",
                                   margin="0cm"))
doc.automaticstyles.addElement(PL)
NPL = PageLayout(name="PLnotes")
NPL.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait"))
doc.automaticstyles.addElement(NPL)
DP = Style(name="dp1", family="drawing-page")
DP.addElement(DrawingPageProperties(backgroundvisible="true", fill="solid", fillcolor="#FFFFFF"))
doc.automaticstyles.addElement(DP)
MP = MasterPage(name="Standard", pagelayoutname=PL)
doc.masterstyles.addElement(MP)


def gstyle(name, **kw):
    st = Style(name=name, family="graphic")
    st.addElement(GraphicProperties(**kw))
    doc.automaticstyles.addElement(st)
    return st


def pstyle(name, size, bold=False, color="#1F2937", align=None):
    st = Style(name=name, family="paragraph")
    tp = dict(fontsize=size, color=color, fontfamily="Liberation Sans")
    if bold:
        tp["fontweight"] = "bold"
    st.addElement(TextProperties(**tp))
    if align:
        st.addElement(ParagraphProperties(textalign=align))
    doc.automaticstyles.addElement(st)
    return st


G_TITLE = gstyle("gTitre", fill="solid", fillcolor="#0B6E4F", stroke="none")
G_BODY = gstyle("gCorps", fill="none", stroke="none")
G_NOTE = gstyle("gNote", fill="none", stroke="none")
P_TITLE = pstyle("pTitre", "26pt", bold=True, color="#FFFFFF")
P_BODY = pstyle("pCorps", "17pt")
P_SMALL = pstyle("pPetit", "11pt", color="#555555")
P_CELL = pstyle("pCellule", "13pt")
P_CELLH = pstyle("pCelluleTitre", "13pt", bold=True, color="#FFFFFF")
P_NOTE = pstyle("pNote", "12pt")
C_HEAD = Style(name="cTete", family="table-cell")
C_HEAD.addElement(TableCellProperties(backgroundcolor="#0B6E4F", border="0.03cm solid #FFFFFF", padding="0.1cm"))
doc.automaticstyles.addElement(C_HEAD)
C_CELL = Style(name="cCase", family="table-cell")
C_CELL.addElement(TableCellProperties(backgroundcolor="#E8F3EE", border="0.03cm solid #FFFFFF", padding="0.1cm"))
doc.automaticstyles.addElement(C_CELL)
C_TOT = Style(name="cTotal", family="table-cell")
C_TOT.addElement(TableCellProperties(backgroundcolor="#BFDCCD", border="0.03cm solid #FFFFFF", padding="0.1cm"))
doc.automaticstyles.addElement(C_TOT)

SLIDES = [
    {
        "title": "Santé mentale au travail des professionnels de première ligne",
        "bullets": ["Bilan 2025 et perspectives 2026",
                    "Comité de pilotage du conseil local de santé mentale (CLSM) de Montvalès",
                    "Jeudi 5 février 2026 — hôtel de ville, salle Mistral",
                    "Présenté par Sabrina Ferracci, coordinatrice du CLSM, et Dr Lucie Marchetti, psychiatre, "
                    "co-présidente du CLSM"],
        "notes": ["Ouverture par Anne-Laure Fabre, adjointe au maire déléguée à la santé.",
                  "Excusé : Éric Lombard, responsable de l'agence HDM des Tamaris, représenté par Sonia Chabert, "
                  "chargée de la gestion locative."],
    },
    {
        "title": "2025 en quelques chiffres",
        "bullets": ["87 professionnels formés en 2025 (8 sessions, dont 2 en version courte pour les gardiens)",
                    "24 séances de GAPP pour 3 groupes, 31 participants",
                    "74 appels à la Ligne Écoute Agents, dont 29 après une agression",
                    "131 incidents signalés à Montvalès, soit + 11 % par rapport à 2024",
                    "Budget de l'action : 69 500 €"],
        "notes": ["Taux de satisfaction de la formation en 2025 : 92 % de participants satisfaits ou très "
                  "satisfaits (81 questionnaires).",
                  "Bien préciser que les 87 formés de 2025 n'incluent pas la session des 22 et 23 janvier 2026."],
    },
    {
        "title": "Agents formés « Accueillir une personne en souffrance psychique »",
        "table": [["Structure", "2023", "2024", "2025", "Janv. 2026", "Cumul au 31/01/2026"],
                  ["Ville (accueils)", "14", "18", "16", "2", "50"],
                  ["CCAS", "9", "12", "11", "1", "33"],
                  ["HDM (gardiens)", "0", "9", "12", "0", "21"],
                  ["Médiance (médiateurs)", "6", "7", "9", "3", "25"],
                  ["MDS (travailleurs sociaux)", "8", "13", "18", "0", "39"],
                  ["Autres (centres sociaux, médiathèques)", "5", "9", "21", "0", "35"],
                  ["Total", "42", "68", "87", "6", "203"]],
        "notes": ["L'objectif de 250 agents formés fin 2026 suppose six sessions longues et deux sessions "
                  "courtes en 2026.",
                  "Les formateurs restent Marc Estève, infirmier au CMP adultes des Tamaris, et Dr Lucie "
                  "Marchetti ; Sabrina Ferracci co-anime la demi-journée de retour sur les pratiques."],
    },
    {
        "title": "Incidents signalés à Montvalès, 2024-2025",
        "table": [["Structure", "2024", "2025", "Évolution"],
                  ["Hôtel de ville — accueil", "44", "47", "+ 7 %"],
                  ["Mairie annexe des Tamaris", "19", "23", "+ 21 %"],
                  ["CCAS", "27", "25", "− 7 %"],
                  ["HDM — gardiens", "21", "26", "+ 24 %"],
                  ["Médiance — médiateurs", "7", "10", "+ 43 %"],
                  ["Total Montvalès", "118", "131", "+ 11 %"]],
        "notes": ["Seule structure en baisse : le CCAS, effet probable du passage de l'accueil social sur "
                  "rendez-vous depuis avril 2025.",
                  "L'incident le plus grave de l'année a eu lieu le 14 octobre 2025 à la mairie annexe des Tamaris "
                  "(agent blessé, 21 jours d'arrêt).",
                  "Ne pas comparer directement avec la métropole (1 182 signalements en 2025) : ce ne sont pas les "
                  "mêmes métiers."],
    },
    {
        "title": "Ligne Écoute Agents — activité 2025",
        "table": [["Trimestre", "Appels", "dont après une agression"],
                  ["T1 2025", "14", "5"],
                  ["T2 2025", "16", "6"],
                  ["T3 2025", "18", "7"],
                  ["T4 2025", "26", "11"],
                  ["Total 2025", "74", "29"]],
        "notes": ["Pic du quatrième trimestre : ouverture aux gardiens d'HDM le 1er septembre (9 appels de "
                  "gardiens au T4) et agression du 14 octobre.",
                  "Coût du marché en 2025 : 21 600 € TTC. Le marché avec Écoute & Travail Provence est reconduit "
                  "jusqu'au 31 mars 2027."],
    },
    {
        "title": "Groupes d'analyse des pratiques professionnelles (GAPP)",
        "bullets": ["2025 : 3 groupes (accueil, gardiens, travailleurs sociaux), 8 séances de 2 h 30 chacun",
                    "31 participants différents, présence moyenne de 78 %",
                    "Animation : Mathilde Roux (psychologue clinicienne) et Yannick Delorme (psychosociologue)",
                    "2026 : 4e groupe pour les médiateurs de Médiance, première séance le 15 janvier 2026"],
        "notes": ["En janvier, Mathilde Roux a été remplacée par Inès Carbonel pour le groupe accueil.",
                  "Le groupe des gardiens a demandé des séances de 3 heures : demande non retenue pour 2026, à "
                  "réexaminer au comité de septembre."],
    },
    {
        "title": "Médecine du travail et psychologue du travail",
        "bullets": ["Psychologue du travail (centre de gestion) : permanence chaque mardi à l'hôtel de ville",
                    "2025 : 58 entretiens individuels et 3 interventions collectives après incident",
                    "Médecin de prévention (Dr Olivier Rambaud) : 23 visites à la demande liées à la santé "
                    "psychique (ville et CCAS)",
                    "Gardiens et médiateurs : service de santé au travail interentreprises (Dr Agnès Vidal)"],
        "notes": ["À partir d'avril 2026, la permanence du mardi sera complétée par une permanence mensuelle de "
                  "Claire Noyer à la mairie annexe des Tamaris, le premier jeudi du mois.",
                  "Délai moyen d'obtention d'un rendez-vous avec la psychologue du travail en 2025 : 6 jours "
                  "ouvrés."],
    },
    {
        "title": "Financement 2025 et 2026",
        "table": [["Financeur", "2025 (réalisé)", "2026 (notifié ou demandé)"],
                  ["ARS Provence-Alpes-Côte d'Azur", "24 000 €", "26 000 €"],
                  ["Contrat de ville (crédits politique de la ville)", "18 500 €", "16 000 €"],
                  ["FIPHFP", "11 200 €", "11 200 €"],
                  ["Ville de Montvalès", "9 800 €", "12 000 €"],
                  ["Habitat Durance Méditerranée", "6 000 €", "7 500 €"],
                  ["Total", "69 500 €", "72 700 €"]],
        "notes": ["Baisse du contrat de ville : l'enveloppe de l'appel à projets 2026 a été réduite de 15 % ; "
                  "la ville compense en partie.",
                  "FIPHFP : la convention triennale 2026-2028 a été confirmée par courrier du 12 janvier 2026."],
    },
    {
        "title": "Perspectives 2026",
        "bullets": ["Ligne Écoute Agents 7 j/7 de 8 h à 22 h depuis le 1er janvier 2026, ouverte aux médiateurs",
                    "Objectif : 250 agents formés (cumul) fin 2026",
                    "Formation ouverte aux policiers municipaux : première session les 4 et 5 juin 2026",
                    "Nouvelle enquête auprès des agents d'accueil en novembre 2026",
                    "À l'étude : un GAPP pour les encadrants de proximité"],
        "notes": ["Demande de la présidente du CCAS : une session réservée aux agents du CCAS en septembre 2026.",
                  "L'enquête de novembre 2025 avait obtenu 142 réponses ; viser 180 en 2026."],
    },
    {
        "title": "Décisions du comité",
        "bullets": ["Budget 2026 de 72 700 € validé",
                    "Ouverture de la formation aux policiers municipaux validée",
                    "Rapport annuel 2025 à publier mi-février",
                    "Prochain comité de pilotage : jeudi 10 septembre 2026"],
        "notes": ["Relevé de décisions envoyé par Sabrina Ferracci aux membres sous quinze jours.",
                  "Contact : clsm@montvales.example — 03 99 00 41 20."],
    },
]


def add_table(frame, rows):
    ncol = len(rows[0])
    t = Table(name="Tableau")
    for _ in range(ncol):
        t.addElement(TableColumn())
    for i, r in enumerate(rows):
        tr = TableRow()
        total = r[0].startswith("Total")
        for v in r:
            tc = TableCell(stylename=C_HEAD if i == 0 else (C_TOT if total else C_CELL), valuetype="string")
            tc.addElement(P(stylename=P_CELLH if i == 0 else P_CELL, text=v))
            tr.addElement(tc)
        t.addElement(tr)
    frame.addElement(t)


for n, s in enumerate(SLIDES, 1):
    page = Page(name="page%d" % n, masterpagename=MP, stylename=DP)
    tf = pclass(Frame(stylename=G_TITLE, width="28cm", height="2.6cm", x="0cm", y="0cm"), "title")
    tb = TextBox()
    tb.addElement(P(stylename=P_TITLE, text=s["title"]))
    tf.addElement(tb)
    page.addElement(tf)
    if "table" in s:
        rows = s["table"]
        fr = Frame(stylename=G_BODY, width="25cm", height="%.1fcm" % (0.9 * len(rows)), x="1.5cm", y="3.4cm")
        add_table(fr, rows)
        page.addElement(fr)
    else:
        bf = pclass(Frame(stylename=G_BODY, width="25cm", height="11cm", x="1.5cm", y="3.4cm"), "outline")
        tb = TextBox()
        lst = List()
        for b in s["bullets"]:
            li = ListItem()
            li.addElement(P(stylename=P_BODY, text=b))
            lst.addElement(li)
        tb.addElement(lst)
        bf.addElement(tb)
        page.addElement(bf)
    ff = Frame(stylename=G_BODY, width="26cm", height="0.8cm", x="1cm", y="14.8cm")
    tb = TextBox()
    tb.addElement(P(stylename=P_SMALL, text="CLSM de Montvalès — comité de pilotage du 5 février 2026 — %d/%d"
                                           % (n, len(SLIDES))))
    ff.addElement(tb)
    page.addElement(ff)
    notes = Notes()
    nf = pclass(Frame(stylename=G_NOTE, width="17cm", height="12cm", x="2cm", y="14cm"), "notes")
    tb = TextBox()
    for line in s["notes"]:
        tb.addElement(P(stylename=P_NOTE, text=line))
    nf.addElement(tb)
    notes.addElement(nf)
    page.addElement(notes)
    doc.presentation.addElement(page)

doc.save(OUT)
print(OUT)
