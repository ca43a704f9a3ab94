# -*- coding: utf-8 -*-
"""Génère le diaporama OpenDocument (.odp, odfpy) de la Journée des aidants en santé mentale de Belcombe
(samedi 4 octobre 2025), 14 diapositives.

Mise en page voulue : page 16:9 ; sur chaque diapositive un cadre titre, un ou plusieurs cadres de texte et un
pied imprimé « Journée des aidants · Belcombe · 4 octobre 2025 » avec le numéro « n/14 » écrit en texte (pas un
champ) ; notes de l'orateur sur la plupart des diapositives (certains faits ne figurent que dans les notes) ;
un tableau (table:table dans un cadre) ; une diapositive à deux colonnes « Avant / Après ».

Tout est inventé (ville, département, organismes, personnes, chiffres, numéros en 03 99 00, domaines .example).
"""
import os

from odf.opendocument import OpenDocumentPresentation
from odf.style import (Style, MasterPage, PageLayout, PageLayoutProperties, GraphicProperties, TextProperties,
                       ParagraphProperties, DrawingPageProperties, TableColumnProperties, TableCellProperties)
from odf.draw import Page, Frame, TextBox
from odf.presentation import Notes
from odf.text import P, List, ListItem
from odf.namespaces import PRESENTATIONNS
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-04_clsm-belcombe_journee-aidants-diaporama.odp")
N = 14
FOOT = "Journée des aidants · Belcombe · 4 octobre 2025"

doc = OpenDocumentPresentation()
pl = PageLayout(name="PL16x9")
pl.addElement(PageLayoutProperties(pagewidth="28cm", pageheight="15.75cm", printorientation="landscape",
                                   margin="0cm"))
doc.automaticstyles.addElement(pl)
dp = Style(name="dp1", family="drawing-page")
dp.addElement(DrawingPageProperties(backgroundvisible="true"))
doc.automaticstyles.addElement(dp)
mp = MasterPage(name="Aidants", pagelayoutname=pl)
doc.masterstyles.addElement(mp)


def gstyle(name, size, bold=False, color="#1F2A44", fill=None, align=None):
    st = Style(name=name, family="presentation")
    gp = {"stroke": "none"}
    gp["fill"] = "solid" if fill else "none"
    if fill:
        gp["fillcolor"] = fill
    st.addElement(GraphicProperties(**gp))
    tp = {"fontsize": size, "color": color, "fontfamily": "Liberation Sans"}
    if bold:
        tp["fontweight"] = "bold"
    st.addElement(TextProperties(**tp))
    if align:
        st.addElement(ParagraphProperties(textalign=align))
    doc.automaticstyles.addElement(st)
    return st


S_TITLE = gstyle("pr_title", "28pt", True, "#5B2C6F")
S_BODY = gstyle("pr_body", "17pt")
S_SMALL = gstyle("pr_small", "13pt")
S_FOOT = gstyle("pr_foot", "10pt", False, "#6B6B6B")
S_NUM = gstyle("pr_num", "10pt", True, "#6B6B6B", align="end")
S_COLH = gstyle("pr_colh", "20pt", True, "#FFFFFF", fill="#B85C8A", align="center")
S_BIG = gstyle("pr_big", "30pt", True, "#B85C8A", align="center")
S_NOTES = gstyle("pr_notes", "12pt")
tc_head = Style(name="tc_head", family="table-cell")
tc_head.addElement(TableCellProperties(backgroundcolor="#F3E9F1", border="0.5pt solid #888888"))
tc_head.addElement(TextProperties(fontweight="bold", fontsize="11pt"))
tc_cell = Style(name="tc_cell", family="table-cell")
tc_cell.addElement(TableCellProperties(border="0.5pt solid #888888"))
tc_cell.addElement(TextProperties(fontsize="11pt"))
doc.automaticstyles.addElement(tc_head)
doc.automaticstyles.addElement(tc_cell)


def frame(style, x, y, w, h, paras, cls=None, bullets=False):
    f = Frame(stylename=style, x=x, y=y, width=w, height=h)
    if cls:
        f.setAttrNS(PRESENTATIONNS, "class", cls)
    tb = TextBox()
    if bullets:
        lst = List()
        for t in paras:
            li = ListItem()
            li.addElement(P(text=t))
            lst.addElement(li)
        tb.addElement(lst)
    else:
        for t in paras:
            tb.addElement(P(text=t))
    f.addElement(tb)
    return f


def slide(n, title, body=None, notes=None, extra=(), bullets=True, body_style=None):
    pg = Page(name="diapo%d" % n, masterpagename=mp, stylename=dp)
    pg.addElement(frame(S_TITLE, "1.2cm", "0.7cm", "25.6cm", "2.2cm", [title], cls="title"))
    if body:
        pg.addElement(frame(body_style or S_BODY, "1.4cm", "3.2cm", "25.2cm", "10.5cm", body, cls="outline",
                            bullets=bullets))
    for e in extra:
        pg.addElement(e)
    pg.addElement(frame(S_FOOT, "1.2cm", "14.6cm", "18cm", "0.8cm", [FOOT]))
    pg.addElement(frame(S_NUM, "23.8cm", "14.6cm", "3cm", "0.8cm", ["%d/%d" % (n, N)]))
    if notes:
        nt = Notes()
        nt.addElement(frame(S_NOTES, "2cm", "14cm", "17cm", "11cm", notes, cls="notes"))
        pg.addElement(nt)
    doc.presentation.addElement(pg)


def table_frame(rows, widths, x="1.2cm", y="3.0cm", w="25.6cm", h="10.8cm"):
    f = Frame(x=x, y=y, width=w, height=h)
    t = Table(name="offre")
    for i, wd in enumerate(widths):
        cs = Style(name="tcol%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wd))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    for r_i, r in enumerate(rows):
        tr = TableRow()
        for c in r:
            tc = TableCell(stylename=tc_head if r_i == 0 else tc_cell, valuetype="string")
            tc.addElement(P(text=c))
            tr.addElement(tc)
        t.addElement(tr)
    f.addElement(t)
    return f


# 1
slide(1, "Aider sans s'oublier — Journée des aidants en santé mentale",
      ["Samedi 4 octobre 2025, 9 h – 17 h", "Espace Lumière, 2 avenue Jean-Jaurès, Belcombe",
       "Conseil local de santé mentale de Belcombe · Délégation AFAMP de Haute-Sâline · CCAS de Belcombe · "
       "CHS du Val-de-Sâline · Répit'Sâline"], bullets=False,
      notes=["Accueil à partir de 9 h : café offert par le centre social de la Combe.",
             "Au 1er octobre, 132 personnes étaient inscrites, dont une quarantaine de professionnels.",
             "Rappeler que la journée est gratuite et qu'un espace calme est prévu en salle 3 pour qui en a besoin."])
# 2
slide(2, "Programme de la journée",
      ["9 h 30 — Ouverture par Pascal Brenot, adjoint au maire chargé de la santé",
       "10 h — Enquête Aidants 2025 : les résultats (Élise Fournier, OSHS)",
       "11 h — Table ronde « Vivre avec, vivre à côté » : familles, psychiatrie, CCAS",
       "12 h 30 — Déjeuner partagé",
       "14 h — Quatre ateliers au choix",
       "16 h 15 — Pair-aidance familiale et jeunes aidants",
       "16 h 45 — Clôture et feuille de route 2026 du groupe « Aidants »"],
      notes=["Ateliers de 14 h : A « Communiquer sans s'épuiser » (salle 1), B « Préparer un plan de crise » (salle 2, "
             "animé par le Dr Marchetti), C « Sophrologie et gestion du stress » (salle 4), D « Droits et protection "
             "juridique » (salle 5).",
             "L'atelier B est limité à 20 personnes : il était complet dès le 25 septembre."])
# 3
slide(3, "Les proches aidants en santé mentale : combien sont-ils ?", None, extra=[
    frame(S_BIG, "1.2cm", "3.4cm", "6.2cm", "2cm", ["4,5 millions"]),
    frame(S_SMALL, "1.2cm", "5.5cm", "6.2cm", "2.5cm", ["en France"]),
    frame(S_BIG, "7.6cm", "3.4cm", "6.2cm", "2cm", ["190 000"]),
    frame(S_SMALL, "7.6cm", "5.5cm", "6.2cm", "2.5cm", ["en Bourgogne-Franche-Comté"]),
    frame(S_BIG, "14.0cm", "3.4cm", "6.2cm", "2cm", ["14 000"]),
    frame(S_SMALL, "14.0cm", "5.5cm", "6.2cm", "2.5cm", ["en Haute-Sâline"]),
    frame(S_BIG, "20.4cm", "3.4cm", "6.2cm", "2cm", ["2 600"]),
    frame(S_SMALL, "20.4cm", "5.5cm", "6.2cm", "2.5cm", ["à Belcombe"]),
    frame(S_SMALL, "1.2cm", "9cm", "25cm", "3cm",
          ["Proches (parents, conjoints, frères et sœurs, enfants) qui accompagnent une personne vivant avec un "
           "trouble psychique sévère. Ordres de grandeur, arrondis."]),
], notes=["Ces chiffres sont des estimations : l'OSHS a appliqué aux populations de la région, du département et "
          "de la ville le ratio national avancé par l'AFAMP, soit environ un habitant sur quinze.",
          "Il n'existe pas de recensement des aidants : ne pas présenter ces chiffres comme des comptages."])
# 4
slide(4, "Enquête Aidants 2025 : un fardeau lourd",
      ["187 aidants ont répondu (questionnaires exploitables)",
       "Fardeau modéré à sévère : 49 % en Haute-Sâline",
       "52 % à Belcombe, 62 % à La Combe-aux-Loups",
       "Pour comparaison : 46 % en Bourgogne-Franche-Comté, 44 % en France",
       "Les conjoints et les femmes sont les plus touchés"],
      notes=["Le score moyen au mini-Zarit est de 3,8 sur 7.",
             "Insister sur les limites : échantillon de convenance, recruté surtout par les associations et les "
             "CMP ; les aidants les plus isolés n'ont probablement pas répondu.",
             "Le rapport complet (rapport d'étude n° 2025-04) est téléchargeable sur www.oshs.example."])
# 5
slide(5, "Ce que demandent les aidants",
      ["Comprendre la maladie et les traitements : 78 %",
       "Savoir quoi faire en cas de crise : 71 %",
       "Pouvoir souffler : 64 %",
       "Être associés aux soins par l'équipe : 55 %"],
      notes=["Verbatim à lire : « À chaque hospitalisation, on me répond secret médical. Je suis sa mère, c'est moi "
             "qui le récupère à la sortie. »",
             "Le secret médical n'empêche pas d'écouter la famille ni de lui donner des informations générales : "
             "c'est l'objet de la consultation des familles."])
# 6
slide(6, "Cap Familles : 14 séances pour reprendre pied",
      ["Programme de psychoéducation pour les proches (schizophrénie, trouble schizo-affectif, trouble bipolaire)",
       "14 séances de 3 heures, le mardi soir, tous les quinze jours",
       "12 familles par groupe, entretien préalable avec le psychologue",
       "3 cycles lancés à Belcombe depuis janvier 2024",
       "34 familles en liste d'attente au 1er octobre 2025"],
      notes=["Sur les 34 familles en attente, 8 habitent La Combe-aux-Loups.",
             "Annonce possible : le CLSM a déposé une demande de financement au contrat de ville et à l'ARS pour un "
             "second groupe, le jeudi soir ; réponse attendue en novembre.",
             "Le programme est gratuit pour les familles."])
# 7 Avant / Après
slide(7, "Ce que le cycle change : avant / après", None, extra=[
    frame(S_COLH, "1.2cm", "3.0cm", "12.4cm", "1.3cm", ["Avant"]),
    frame(S_COLH, "14.4cm", "3.0cm", "12.4cm", "1.3cm", ["Après"]),
    frame(S_BODY, "1.2cm", "4.6cm", "12.4cm", "8.5cm",
          ["Score moyen au mini-Zarit : 4,6", "Se sentent capables de faire face à une crise : 22 %",
           "Connaissent le traitement de leur proche : 48 %", "Conflit grave avec le proche dans le mois : 61 %"],
          bullets=True),
    frame(S_BODY, "14.4cm", "4.6cm", "12.4cm", "8.5cm",
          ["Score moyen au mini-Zarit : 3,1", "Se sentent capables de faire face à une crise : 70 %",
           "Connaissent le traitement de leur proche : 96 %", "Conflit grave avec le proche dans le mois : 26 %"],
          bullets=True),
    frame(S_SMALL, "1.2cm", "13.3cm", "25cm", "1cm",
          ["Questionnaire rempli avant la séance 1 et après la séance 14 par les familles des cycles 2024 et 2025-A."]),
], notes=["Les familles évaluées sont au nombre de 23 : 11 du cycle 2024 et 12 du cycle 2025-A.",
          "Le cycle 2025-B, commencé le 16 septembre, n'est pas encore évalué."])
# 8 tableau
slide(8, "Qui fait quoi ? L'offre de soutien aux aidants à Belcombe", None, extra=[table_frame([
    ["Dispositif", "Porteur", "Pour qui", "Quand", "Contact"],
    ["Écoute Familles", "AFAMP Haute-Sâline", "Tous les proches", "Lun.–ven. 9 h–12 h ; mer. 17 h–20 h",
     "03 99 00 41 70"],
    ["Café Boussole", "AFAMP et CLSM", "Tous les proches, sans inscription", "2e jeudi du mois, 14 h 30–16 h 30",
     "Centre social de la Combe"],
    ["Cap Familles", "CHS du Val-de-Sâline et AFAMP", "Proches (schizophrénie, bipolarité)", "Mardi 18 h–21 h",
     "03 99 00 61 25"],
    ["Consultation des familles", "CHS, secteur 2", "Proches d'un patient du secteur", "Sur rendez-vous",
     "03 99 00 61 20"],
    ["Séjours Parenthèse", "Répit'Sâline", "Aidants (troubles psychiques)", "3 séjours par an",
     "03 99 00 73 40"],
    ["Ricochet", "Collège Gustave-Courbet", "Jeunes aidants de 11 à 15 ans", "Un mardi par mois, 12 h 15",
     "Infirmerie du collège"],
], ["4.6cm", "5cm", "5.6cm", "5.8cm", "4.6cm"])])
# 9
slide(9, "Souffler : le répit, un droit pour les aidants",
      ["Séjours Parenthèse (3 jours, 2 nuits, sans le proche) au gîte des Hérons",
       "2024 : 2 séjours, 17 aidants",
       "2025 : 2 séjours réalisés (mai, septembre), 21 aidants ; 3e séjour du 21 au 23 novembre",
       "Chèque Souffle du CCAS : jusqu'à 150 € par an pour une activité de répit"],
      notes=["Participation demandée : 60 € par séjour en 2025, hébergement et repas compris ; prise en charge "
             "possible par le CCAS.",
             "Le Chèque Souffle est réservé aux habitants de Belcombe ; il se demande à l'accueil du CCAS, "
             "9 rue Carnot."])
# 10
slide(10, "Pair-aidance familiale : des familles pour les familles",
      ["7 pair-aidants familiaux formés par l'AFAMP (4 en 2024, 3 en 2025)",
       "Accueil et écoute au Café Boussole, témoignages dans Cap Familles",
       "Nouveau : permanence familles au CMP Pasteur, le mardi de 14 h à 17 h, à partir du 4 novembre 2025",
       "Un vécu partagé, pas un avis médical"],
      notes=["Ne pas confondre avec les médiateurs de santé pairs : le CHS en emploie deux depuis 2023 ; ce sont des "
             "professionnels salariés qui ont eux-mêmes vécu un trouble psychique.",
             "Les pair-aidants familiaux sont bénévoles ; formation de 35 heures sur cinq journées."])
# 11
slide(11, "Jeunes aidants : les repérer à l'école",
      ["Collège Gustave-Courbet (La Combe-aux-Loups) : 186 élèves de 4e et 3e interrogés en mai 2025",
       "14 % aident régulièrement un proche malade ou handicapé",
       "5 % un proche qui vit avec un trouble psychique",
       "Ricochet : groupe de parole mensuel depuis septembre 2025"],
      notes=["Première séance de Ricochet le 23 septembre 2025 avec 6 élèves.",
             "Signes d'alerte : fatigue, retards répétés, devoirs non rendus, absentéisme les jours de crise à la "
             "maison."])
# 12
slide(12, "La consultation des familles du secteur 2",
      ["Au CMP Pasteur, pour les proches, avec ou sans le patient",
       "Information, conseils, plan de crise partagé",
       "143 familles reçues en 2024 ; délai moyen d'un premier rendez-vous : 3 semaines",
       "Objectif 2026 : proposer un entretien aux proches dans les 7 jours suivant une première hospitalisation"],
      notes=["Depuis janvier 2025, 128 familles ont déjà été reçues (chiffre au 30 septembre 2025).",
             "L'équipe : Dr Hélène Marchetti (psychiatre), Karine Bourgeois (infirmière), Julien Perrault "
             "(psychologue)."])
# 13
slide(13, "Feuille de route 2026 du groupe de travail « Aidants »",
      ["Ouvrir un second groupe Cap Familles le jeudi soir",
       "Créer un « kit famille » remis dès la première hospitalisation",
       "Tenir une permanence d'information mensuelle au centre social de la Combe",
       "Sensibiliser 40 personnels de l'Éducation nationale au repérage des jeunes aidants",
       "Passer à 4 séjours Parenthèse par an"],
      notes=["Feuille de route à valider en séance plénière du CLSM le jeudi 11 décembre 2025."])
# 14
slide(14, "Merci ! Contacts",
      ["CLSM de Belcombe — Camille Roussel, coordinatrice : 03 99 00 27 15",
       "AFAMP Haute-Sâline — Marie-Claude Verdier, déléguée départementale : 06 99 00 18 42",
       "Écoute Familles : 03 99 00 41 70",
       "sante-mentale.belcombe.example/aidants"], bullets=False)

doc.save(OUT)
print("écrit :", OUT)
