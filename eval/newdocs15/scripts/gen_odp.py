# -*- coding: utf-8 -*-
"""Diaporama OpenDocument (.odp, odfpy) : bilan 2025 et feuille de route 2026 de la commission « Santé mentale,
emploi et insertion » du CLSM de Montargeuil, présenté au comité de pilotage du 26 mars 2026.

16 diapositives 16:9 : cadres de titre et de plan (presentation:class title / outline) avec puces à deux niveaux,
deux tableaux (actions 2025, budget 2026) dans des draw:frame, numéro de diapositive en champ text:page-number,
pied de page en zone de texte, notes de l'orateur (presentation:notes) sur la plupart des diapositives, dont
certaines donnent des chiffres absents des diapositives.
"""
import os

from odf.draw import Frame as _Frame, Page, TextBox
from odf.namespaces import PRESENTATIONNS
from odf.opendocument import OpenDocumentPresentation
from odf.presentation import Notes
from odf.style import (GraphicProperties, MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties, Style,
                       TableCellProperties, TextProperties)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import List, ListItem, P, PageNumber



def Frame(classname=None, **kw):
    fr = _Frame(**kw)
    if classname:
        fr.setAttrNS(PRESENTATIONNS, "class", classname)
    return fr


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-03-26_clsm-montargeuil_diaporama-commission-emploi-bilan-2025-feuille-de-route-2026.odp")

FOOTER = "CLSM de Montargeuil — Comité de pilotage du 26 mars 2026"

SLIDES = [
    {"title": "Commission « Santé mentale, emploi et insertion »",
     "bullets": ["Bilan 2025 et feuille de route 2026",
                 "Comité de pilotage du Conseil local de santé mentale de Montargeuil",
                 "Jeudi 26 mars 2026 — Hôtel de ville, salle du Conseil",
                 "Présenté par Nadia Ferhat, coordinatrice du CLSM, et Julien Castaing (Élan Travail)"],
     "notes": "Accueillir les membres du comité de pilotage. Rappeler que le diaporama sera envoyé avec le compte rendu."},
    {"title": "Sommaire",
     "bullets": ["1. Le CLSM et sa commission emploi", "2. Le dispositif Tremplin : chiffres 2025",
                 "3. Bilan des actions 2025", "4. Feuille de route et budget 2026", "5. Calendrier et contacts"],
     "notes": None},
    {"title": "Le CLSM de Montargeuil en bref",
     "bullets": ["Créé en 2019, porté par la Ville et le centre hospitalier des Ormeaux",
                 ["46 membres en assemblée plénière", "1 coordinatrice à temps plein (1 ETP)"],
                 "Deux quartiers prioritaires : les Grands-Clos et Bel-Air des Sablons",
                 "Quatre commissions : logement, jeunesse, emploi et insertion, culture et lien social"],
     "notes": "La commission logement est la plus ancienne (2020). La commission emploi est la plus récente."},
    {"title": "Pourquoi une commission emploi ?",
     "bullets": ["Taux de chômage : 27 % aux Grands-Clos, 31 % à Bel-Air des Sablons",
                 ["contre 9 % pour l'ensemble de Montargeuil"],
                 "Le travail, sujet n° 1 des réunions de quartier de 2023",
                 "Des parcours longs : stages, remobilisation, puis… rien"],
     "notes": "Chiffres du diagnostic territorial du contrat de ville (source INSEE, 2023). "
              "Insister sur la phrase entendue en réunion de quartier : « on nous soigne, mais on ne nous fait pas travailler »."},
    {"title": "La commission en pratique",
     "bullets": ["Créée en mars 2024",
                 "14 partenaires : France Travail, mission locale du Montargeois, CH des Ormeaux, CCAS, Cap emploi, "
                 "deux chantiers d'insertion, GEM, élus, habitants…",
                 "Copilotage : France Travail et CH des Ormeaux",
                 "Réunion tous les deux mois (mardi, 14 h)"],
     "notes": "Le GEM est représenté par deux adhérents. Les habitants viennent du conseil citoyen des Grands-Clos."},
    {"title": "Le dispositif Tremplin",
     "bullets": ["Job coaching selon la méthode IPS (soutien individuel à l'emploi)",
                 "Porté par l'association Élan Travail depuis le 6 janvier 2025",
                 "2 job coachs en 2025, 20 personnes au plus par job coach",
                 "Premier contact employeur dans les 30 jours",
                 "Sans condition de RQTH ni de « stabilisation »"],
     "notes": "Le CLSM ne porte pas le dispositif : il a réuni les partenaires et monté la réponse à l'appel à projets ARS 2024."},
    {"title": "Tremplin : les chiffres 2025",
     "bullets": ["64 personnes accompagnées", "23 contrats de travail en milieu ordinaire (36 %)",
                 "118 jours : délai moyen jusqu'au premier emploi", "1 personne sur 3 a une RQTH"],
     "notes": "Parmi les 23 contrats : 9 CDI, 5 CDD de plus de six mois, 9 contrats plus courts ou en intérim. "
              "Durée moyenne de travail : 24 heures par semaine."},
    {"title": "Bilan des actions 2025", "table": "actions",
     "notes": "Le guide des ressources est reporté faute de temps de coordination ; sortie visée au printemps 2026."},
    {"title": "Ce qui a marché",
     "bullets": ["Des orientations rapides grâce aux conseillers formés aux PSSM",
                 "La présence des job coachs au CMP des Grands-Clos",
                 "Le forum « Santé mentale et travail » : 210 visiteurs, 17 employeurs présents",
                 "Une passerelle avec la Ressourcerie La Navette"],
     "notes": "Quatre salariés de La Navette ont rejoint un emploi en entreprise avec Tremplin."},
    {"title": "Les difficultés",
     "bullets": ["Mobilité : pas de bus vers la zone d'activités des Noues avant 7 h",
                 "Peur de perdre l'AAH en reprenant un emploi",
                 "Un seul job coach pendant deux mois (arrêt maladie)",
                 "Peu de personnes orientées depuis Bel-Air des Sablons (6 sur 64)"],
     "notes": "La demande de desserte matinale de la zone des Noues a été transmise à l'agglomération en novembre 2025."},
    {"title": "Feuille de route 2026",
     "bullets": ["Objectif : 100 personnes accompagnées",
                 "3,5 ETP de job coachs (recrutements en avril et en septembre)",
                 "Permanence hebdomadaire à la maison de quartier de Bel-Air des Sablons (le jeudi)",
                 "Publier le guide « Emploi et santé : où s'adresser ? »",
                 "Deuxième forum à l'automne 2026"],
     "notes": "Objectif de 40 contrats de travail en milieu ordinaire en 2026."},
    {"title": "Budget prévisionnel 2026", "table": "budget",
     "notes": "La participation de l'agglomération passe de 30 000 € en 2025 à 40 000 € en 2026. "
              "Le FSE+ est sollicité pour la première fois."},
    {"title": "Calendrier 2026",
     "bullets": ["Avril : recrutement du 3e job coach", "Mai : sortie du guide des ressources",
                 "9 juin : matinée régionale RQVL à Montargeuil",
                 "Septembre : recrutement d'un job coach à mi-temps", "Novembre : deuxième forum « Santé mentale et travail »"],
     "notes": None},
    {"title": "Idées reçues : vrai ou faux ?",
     "bullets": ["« Il faut être stabilisé pour travailler »",
                 "« Le job coach prévient toujours l'employeur »",
                 "« Reprendre un emploi fait perdre l'AAH »"],
     "notes": "Réponses : les trois sont fausses. 1) Principe zéro exclusion. 2) C'est la personne qui décide de "
              "dire ou non son trouble (divulgation). 3) Le cumul est possible ; une simulation est faite avant chaque contrat."},
    {"title": "Contacts",
     "bullets": ["Nadia Ferhat, coordinatrice du CLSM — clsm@montargeuil.example — 02 38 00 41 12",
                 "Élan Travail, dispositif Tremplin — tremplin@elan-travail.example",
                 "Permanence Tremplin : CMP des Grands-Clos, lundi et jeudi matin"],
     "notes": None},
    {"title": "Merci ! Questions et échanges",
     "bullets": ["Prochain comité de pilotage : septembre 2026"],
     "notes": "Ouvrir le débat sur la place des employeurs dans la commission."},
]

ACTIONS = [
    ("Action", "Pilote", "Réalisé en 2025", "Statut"),
    ("Formation PSSM des conseillers emploi", "CLSM", "32 conseillers formés", "Réalisé"),
    ("Job coaching Tremplin", "Élan Travail", "64 personnes accompagnées", "Réalisé"),
    ("Forum « Santé mentale et travail »", "CLSM / Ville", "14 octobre 2025, 210 visiteurs", "Réalisé"),
    ("Ateliers « Parler de sa santé au travail »", "GEM", "6 ateliers, 41 participants", "Réalisé"),
    ("Guide des ressources emploi-santé", "CLSM", "Rédaction à 60 %", "Reporté en 2026"),
]
BUDGET = [
    ("Financeur", "Montant 2026", "Part"),
    ("ARS Centre-Val de Loire", "90 000 €", "42 %"),
    ("État – crédits politique de la ville", "55 000 €", "26 %"),
    ("Montargeuil Agglomération", "40 000 €", "19 %"),
    ("FSE+", "27 000 €", "13 %"),
    ("Total", "212 000 €", "100 %"),
]


def main():
    doc = OpenDocumentPresentation()
    pl = PageLayout(name="PL16x9")
    pl.addElement(PageLayoutProperties(margin="0cm", pagewidth="28cm", pageheight="15.75cm",
                                       printorientation="landscape"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Montargeuil", pagelayoutname=pl)
    doc.masterstyles.addElement(mp)

    title_style = Style(name="TitleFrame", family="presentation")
    title_style.addElement(GraphicProperties(fill="none", stroke="none"))
    title_style.addElement(TextProperties(fontsize="30pt", fontweight="bold", color="#1b4f72"))
    doc.automaticstyles.addElement(title_style)
    body_style = Style(name="BodyFrame", family="presentation")
    body_style.addElement(GraphicProperties(fill="none", stroke="none"))
    body_style.addElement(TextProperties(fontsize="20pt"))
    doc.automaticstyles.addElement(body_style)
    small = Style(name="Small", family="graphic")
    small.addElement(GraphicProperties(fill="none", stroke="none"))
    small.addElement(TextProperties(fontsize="10pt", color="#666666"))
    doc.automaticstyles.addElement(small)
    cell_style = Style(name="Cell", family="table-cell")
    cell_style.addElement(TableCellProperties(border="0.5pt solid #999999", padding="0.1cm"))
    doc.automaticstyles.addElement(cell_style)
    para_right = Style(name="Right", family="paragraph")
    para_right.addElement(ParagraphProperties(textalign="end"))
    doc.automaticstyles.addElement(para_right)

    def add_list(box, items):
        lst = List()
        for it in items:
            if isinstance(it, list):
                sub = List()
                for s in it:
                    li = ListItem()
                    li.addElement(P(text=s))
                    sub.addElement(li)
                li_wrap = ListItem()
                li_wrap.addElement(sub)
                lst.addElement(li_wrap)
            else:
                li = ListItem()
                li.addElement(P(text=it))
                lst.addElement(li)
        box.addElement(lst)

    def add_table(page, rows):
        fr = Frame(stylename=small, width="24cm", height="8cm", x="2cm", y="3.6cm")
        tb = Table(name="Tableau%d" % id(rows))
        for _ in rows[0]:
            tb.addElement(TableColumn())
        for r in rows:
            tr = TableRow()
            for c in r:
                tc = TableCell(stylename=cell_style)
                tc.addElement(P(text=c))
                tr.addElement(tc)
            tb.addElement(tr)
        fr.addElement(tb)
        page.addElement(fr)

    for n, s in enumerate(SLIDES, 1):
        page = Page(masterpagename=mp, name="page%d" % n)
        doc.presentation.addElement(page)
        tf = Frame(stylename=title_style, width="25cm", height="2.2cm", x="1.5cm", y="0.8cm", classname="title")
        tbx = TextBox()
        tbx.addElement(P(text=s["title"]))
        tf.addElement(tbx)
        page.addElement(tf)
        if "bullets" in s:
            of = Frame(stylename=body_style, width="25cm", height="10cm", x="1.5cm", y="3.4cm", classname="outline")
            obx = TextBox()
            add_list(obx, s["bullets"])
            of.addElement(obx)
            page.addElement(of)
        if s.get("table") == "actions":
            add_table(page, ACTIONS)
        elif s.get("table") == "budget":
            add_table(page, BUDGET)
        # pied de page et numéro
        ff = Frame(stylename=small, width="16cm", height="0.8cm", x="1.5cm", y="14.6cm")
        fbx = TextBox()
        fbx.addElement(P(text=FOOTER))
        ff.addElement(fbx)
        page.addElement(ff)
        nf = Frame(stylename=small, width="3cm", height="0.8cm", x="24cm", y="14.6cm")
        nbx = TextBox()
        p = P(stylename=para_right)
        pn = PageNumber(selectpage="current")
        pn.addText(str(n))
        p.addElement(pn)
        p.addText(" / %d" % len(SLIDES))
        nbx.addElement(p)
        nf.addElement(nbx)
        page.addElement(nf)
        if s.get("notes"):
            notes = Notes()
            nfr = Frame(width="16cm", height="10cm", x="2cm", y="14cm", classname="notes")
            nb = TextBox()
            nb.addElement(P(text=s["notes"]))
            nfr.addElement(nb)
            notes.addElement(nfr)
            page.addElement(notes)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
