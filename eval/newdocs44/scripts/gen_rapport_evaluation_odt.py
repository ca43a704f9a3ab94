# -*- coding: utf-8 -*-
"""Génère le rapport d'évaluation (OpenDocument texte, odfpy) du dispositif de téléconsultation en santé mentale
CMP – maisons de santé des Côtes de Vauclerc, 2023 – 2025, rédigé par l'Observatoire territorial de santé de
Haute-Seille pour le CLSM (20 mars 2026).

Mise en forme voulue : en-tête et pied de page (champ numéro de page), bloc de titre, titres numérotés de niveau 1
et 2, tableau des téléconsultations par site et par année (avec ligne Total), second tableau des outils
numériques, notes de bas de page (définitions, méthode de calcul, sources), encadré « Recommandation
prioritaire » (cadre + zone de texte), liste de recommandations.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties, MasterPage,
                       Header, Footer, TableColumnProperties, TableCellProperties, TableProperties,
                       GraphicProperties)
from odf.text import P, H, Span, Note, NoteCitation, NoteBody, PageNumber, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.draw import Frame, TextBox

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-03-20_ots-haute-seille_evaluation-teleconsultation-cmp-msp.odt")

doc = OpenDocumentText()


def pstyle(name, size="10.5pt", bold=False, italic=False, color=None, align=None, mt="0cm", mb="0.2cm",
           keep=False, breakbefore=False):
    st = Style(name=name, family="paragraph")
    tp = {"fontsize": size, "fontname": "Liberation Serif"}
    if bold:
        tp["fontweight"] = "bold"
    if italic:
        tp["fontstyle"] = "italic"
    if color:
        tp["color"] = color
    st.addElement(TextProperties(**tp))
    pp = {"margintop": mt, "marginbottom": mb}
    if align:
        pp["textalign"] = align
    if keep:
        pp["keepwithnext"] = "always"
    if breakbefore:
        pp["breakbefore"] = "page"
    st.addElement(ParagraphProperties(**pp))
    doc.styles.addElement(st)
    return st


body = pstyle("Corps", "10.5pt", align="justify")
small = pstyle("Petit", "8.5pt", italic=True, color="#555555")
title = pstyle("TitreRapport", "20pt", bold=True, color="#2B5F3A", align="center", mt="1.5cm", mb="0.3cm")
subtitle = pstyle("SousTitreRapport", "12pt", italic=True, color="#2B5F3A", align="center", mb="0.3cm")
cover = pstyle("InfoTitre", "10pt", align="center", mb="0.12cm")
h1 = pstyle("Heading_20_1", "14pt", bold=True, color="#2B5F3A", mt="0.5cm", mb="0.2cm", keep=True)
h1.setAttribute("displayname", "Heading 1")
h1.setAttribute("defaultoutlinelevel", "1")
h2 = pstyle("Heading_20_2", "11.5pt", bold=True, color="#3C7D4E", mt="0.3cm", mb="0.15cm", keep=True)
h2.setAttribute("displayname", "Heading 2")
h2.setAttribute("defaultoutlinelevel", "2")
hf = pstyle("EnTetePied", "8pt", color="#666666", align="center", mb="0cm")
cell_p = pstyle("Cellule", "9.5pt", mb="0.03cm")
cell_h = pstyle("CelluleEntete", "9.5pt", bold=True, color="#FFFFFF", mb="0.03cm")
box_title = pstyle("EncadreTitre", "11pt", bold=True, color="#7A3E00", mb="0.15cm")
box_p = pstyle("EncadreTexte", "10pt", mb="0.12cm")
note_p = pstyle("Footnote", "8.5pt", mb="0.05cm")
bold_span = Style(name="Gras", family="text")
bold_span.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(bold_span)

for name, w in (("ColSite", "6.2cm"), ("ColNum", "2.6cm"), ("ColOutil", "7.0cm"), ("ColVal", "5.0cm")):
    cs = Style(name=name, family="table-column")
    cs.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(cs)
tstyle = Style(name="Tableau", family="table")
tstyle.addElement(TableProperties(width="16.6cm", align="center"))
doc.automaticstyles.addElement(tstyle)
c_head = Style(name="CelEntete", family="table-cell")
c_head.addElement(TableCellProperties(backgroundcolor="#2B5F3A", border="0.5pt solid #2B5F3A", padding="0.08cm"))
doc.automaticstyles.addElement(c_head)
c_body = Style(name="CelCorps", family="table-cell")
c_body.addElement(TableCellProperties(border="0.5pt solid #9CC3A5", padding="0.08cm"))
doc.automaticstyles.addElement(c_body)
frame_st = Style(name="Encadre", family="graphic")
frame_st.addElement(GraphicProperties(border="1.5pt solid #B26B00", backgroundcolor="#FFF2D9", padding="0.3cm",
                                      wrap="none", verticalpos="top", horizontalpos="center",
                                      horizontalrel="paragraph"))
doc.automaticstyles.addElement(frame_st)

pl = PageLayout(name="A4")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.8cm", marginbottom="1.8cm",
                                   marginleft="2.2cm", marginright="2.2cm", printorientation="portrait"))
doc.automaticstyles.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header()
hd.addElement(P(stylename=hf, text="Observatoire territorial de santé de Haute-Seille — Évaluation de la "
                                   "téléconsultation CMP – maisons de santé (2023-2025)"))
mp.addElement(hd)
ft = Footer()
fp = P(stylename=hf, text="Rapport final — 20 mars 2026 — page ")
fp.addElement(PageNumber(selectpage="current", text="1"))
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

T = doc.text
note_counter = [0]


def para(text, style=body):
    p = P(stylename=style, text=text)
    T.addElement(p)
    return p


def rich(parts, style=body, parent=None):
    p = P(stylename=style)
    for part in parts:
        if isinstance(part, str):
            p.addText(part)
        elif part[0] == "b":
            p.addElement(Span(stylename=bold_span, text=part[1]))
        elif part[0] == "n":
            note_counter[0] += 1
            n = note_counter[0]
            note = Note(id="ftn%d" % n, noteclass="footnote")
            note.addElement(NoteCitation(text=str(n)))
            nb = NoteBody()
            nb.addElement(P(stylename=note_p, text=part[1]))
            note.addElement(nb)
            p.addElement(note)
    (parent or T).addElement(p)
    return p


def bullets(items):
    lst = List()
    for it in items:
        li = ListItem()
        if isinstance(it, str):
            li.addElement(P(stylename=body, text="• " + it))
        else:
            rich(["• "] + list(it), parent=li)
        lst.addElement(li)
    T.addElement(lst)


def heading(text, level=1):
    T.addElement(H(outlinelevel=level, stylename=h1 if level == 1 else h2, text=text))


def table(name, headers, rows, cols):
    t = Table(name=name, stylename=tstyle)
    for c in cols:
        t.addElement(TableColumn(stylename=c))
    tr = TableRow()
    for h in headers:
        tc = TableCell(stylename=c_head, valuetype="string")
        tc.addElement(P(stylename=cell_h, text=h))
        tr.addElement(tc)
    t.addElement(tr)
    for r in rows:
        tr = TableRow()
        for v in r:
            tc = TableCell(stylename=c_body, valuetype="string")
            tc.addElement(P(stylename=cell_p, text=v))
            tr.addElement(tc)
        t.addElement(tr)
    T.addElement(t)


# ------------------------------------------------------------------ titre
para("Observatoire territorial de santé de Haute-Seille (OTS)", cover)
para("Soigner à distance sans éloigner : évaluation du dispositif de téléconsultation en santé mentale entre le "
     "CMP de Vauclerc et les maisons de santé des Côtes de Vauclerc", title)
para("Rapport final — période évaluée : janvier 2023 – décembre 2025", subtitle)
para("Commanditaire : conseil local de santé mentale (CLSM) des Côtes de Vauclerc — rédaction : Clément Aubry, "
     "chargé d'études à l'OTS, avec Mathilde Gérardin, coordinatrice du CLSM", cover)
para("Présenté au comité de pilotage e-santé mentale du 20 janvier 2026 (version provisoire) ; version définitive "
     "du 20 mars 2026", cover)

# ------------------------------------------------------------------ synthèse
heading("Synthèse")
rich(["En trois ans, la téléconsultation entre le centre médico-psychologique (CMP) adultes de Vauclerc et les "
      "maisons de santé du territoire est passée d'une expérimentation à une activité régulière : ",
      ("b", "212 séances en 2023, 486 en 2024 et 731 en 2025"),
      ", pour 164 patients différents en 2025. Le dispositif a raccourci le délai d'accès au CMP, réduit les "
      "rendez-vous manqués et permis de suivre des patients qui avaient décroché faute de transport. Il reste "
      "fragile : il repose sur un temps de coordination financé jusqu'ici par des crédits non pérennes."])

# ------------------------------------------------------------------ 1
heading("1. Contexte et méthode")
heading("1.1 Un territoire rural éloigné des soins psychiatriques", 2)
rich(["La communauté de communes des Côtes de Vauclerc compte 28 300 habitants répartis dans 41 communes. Sa "
      "ville-centre, Vauclerc (6 480 habitants), comprend le quartier prioritaire de la politique de la ville "
      "(QPV) du Champ-Fleury, où vivent 1 420 habitants. Aucun psychiatre libéral n'exerce sur le territoire ; "
      "la Haute-Seille compte 9,1 psychiatres pour 100 000 habitants, contre 14,7 en Grand Est et 22,8 en "
      "France",
      ("n", "Densité de psychiatres (toutes spécialités de psychiatrie, tous modes d'exercice) au 1er janvier 2025 ; "
            "source : répertoire partagé des professionnels de santé, traitement OTS."),
      ". Le CMP adultes de Vauclerc, rattaché au Centre psychothérapique de Ravenel, est situé à 38 km de "
      "Saint-Aubin-des-Bois, la commune la plus éloignée."])
heading("1.2 Le dispositif évalué", 2)
rich(["Le patient est reçu dans une salle dédiée de sa maison de santé, où une infirmière l'accueille et "
      "l'installe ; le psychiatre ou l'infirmière en pratique avancée (IPA) du CMP conduit l'entretien par "
      "vidéo. Il s'agit donc d'une téléconsultation assistée",
      ("n", "Téléconsultation assistée : consultation à distance d'un médecin ou d'une IPA pendant laquelle le "
            "patient est accompagné, dans un lieu de soins, par un professionnel de santé. À distinguer de la "
            "téléexpertise (avis demandé à distance par un professionnel à un autre, sans le patient) et du "
            "télésoin (soin à distance par un auxiliaire médical, par exemple un infirmier ou un orthophoniste)."),
      ". Les deux premières salles (Fontenoy-la-Côte, Brémoncourt) ont ouvert en janvier 2023, celle du pôle de "
      "santé du Champ-Fleury en septembre 2023 et celle de Saint-Aubin-des-Bois en avril 2024."])
heading("1.3 Méthode", 2)
para("L'évaluation croise les données d'activité du CMP (2023-2025), un questionnaire rempli par 96 patients en "
     "novembre et décembre 2025, quatorze entretiens avec des professionnels (CMP, maisons de santé, France "
     "Services, Mission locale) et les résultats de l'enquête habitants du CLSM (612 répondants, hiver "
     "2024-2025).")

# ------------------------------------------------------------------ 2
heading("2. Activité 2023 – 2025")
rich(["Le tableau 1 détaille le nombre de téléconsultations réalisées par site et par année",
      ("n", "Une téléconsultation = une séance effectivement réalisée (patient présent, entretien conduit à son "
            "terme ou interrompu pour raison technique). Les rendez-vous non honorés ne sont pas comptés. Le "
            "site de Saint-Aubin-des-Bois n'était pas équipé en 2023 (ouverture en avril 2024)."),
      "."])
para("Tableau 1 — Téléconsultations CMP – maisons de santé par site et par année", small)
table("Tableau1", ["Site", "2023", "2024", "2025", "Évolution 2024-2025"], [
    ["MSP de Fontenoy-la-Côte", "121", "192", "248", "+29 %"],
    ["MSP de Brémoncourt", "63", "131", "176", "+34 %"],
    ["MSP de Saint-Aubin-des-Bois", "—", "58", "119", "+105 %"],
    ["Pôle de santé du Champ-Fleury (QPV)", "28", "105", "188", "+79 %"],
    ["Total", "212", "486", "731", "+50 %"],
], ["ColSite", "ColNum", "ColNum", "ColNum", "ColNum"])
heading("2.1 Patients et publics", 2)
para("Le nombre de patients différents suivis en téléconsultation est passé de 61 en 2023 à 118 en 2024 puis "
     "164 en 2025. En 2025, 38 d'entre eux habitent le Champ-Fleury, soit 23 % des patients, alors que le "
     "quartier ne représente que 5 % de la population intercommunale. Deux tiers des séances sont conduites par "
     "l'IPA, un tiers par le psychiatre. La téléconsultation représente 9 % des 8 120 entretiens médicaux et "
     "infirmiers du CMP en 2025.")
heading("2.2 Accès et continuité des soins", 2)
rich(["Le délai moyen entre la demande et le premier rendez-vous au CMP est passé de 62 jours en 2023 à 38 jours "
      "en 2025. La part des téléconsultations non honorées a reculé de 14 % en 2024 à 9 % en 2025. Les coupures "
      "techniques ont concerné 4,1 % des séances de 2025, principalement avant l'arrivée de la fibre à "
      "Saint-Aubin-des-Bois en septembre 2025. Enfin, les patients ont évité environ 41 300 km de trajet en "
      "2025",
      ("n", "Distance évitée = pour chaque séance, trajet aller-retour entre la commune de résidence du patient et "
            "le CMP, moins le trajet aller-retour jusqu'à la maison de santé, calculé au distancier routier "
            "sur les 731 séances de 2025."),
      ". Depuis octobre 2025, le CMP répond aussi à des demandes de téléexpertise des médecins traitants : 23 "
      "avis rendus au 31 décembre 2025."])

# ------------------------------------------------------------------ 3
heading("3. Ce qu'en disent les patients et les professionnels")
para("Sur les 96 patients interrogés, 87 % se disent satisfaits ou très satisfaits, 71 % souhaitent poursuivre "
     "leur suivi en téléconsultation et 12 % préféreraient revenir au présentiel. Les patients apprécient "
     "surtout de ne plus dépendre d'un proche pour le transport ; plusieurs regrettent l'attente dans la salle "
     "commune de la maison de santé, jugée peu discrète.")
para("« Au début j'avais peur que l'écran mette de la distance. En fait, certains patients parlent plus "
     "facilement quand ils sont dans leur maison de santé, avec une infirmière qu'ils connaissent », résume "
     "Sonia Lefèvre, IPA au CMP. Les infirmières des maisons de santé demandent une formation commune à "
     "l'accueil des personnes en crise.")

# ------------------------------------------------------------------ 4
heading("4. Les outils numériques associés")
para("Tableau 2 — Outils numériques mis en place autour du dispositif (données au 31 décembre 2025 sauf mention)",
     small)
table("Tableau2", ["Outil", "Résultat"], [
    ["Permanence e-santé de France Services (Champ-Fleury)", "694 accompagnements santé en 2025 (356 en 2024)"],
    ["Plateforme Rendez-vous Santé Côtes (ouverte le 6 octobre 2025)",
     "1 236 rendez-vous pris en ligne, dont 34 demandes de premier contact au CMP"],
    ["Rappel du CMP après une demande de premier contact", "3,2 jours ouvrés en moyenne (engagement : 5 jours)"],
    ["Rendez-vous non honorés dans les maisons de santé", "11 % au 4e trimestre 2025 contre 16 % un an plus tôt"],
    ["Application Boussole Jeunes (au 28 février 2026)",
     "63 jeunes inscrits (objectif 80), dont 22 habitant le Champ-Fleury ; 37 encore actifs à trois mois"],
], ["ColOutil", "ColVal"])
rich(["L'expérimentation Boussole Jeunes s'est achevée le 28 février 2026. L'écran « Besoin de parler ? » s'est "
      "affiché 9 fois ; 4 jeunes ont ensuite été reçus au point accueil écoute jeunes (PAEJ)",
      ("n", "Chiffres transmis par l'éditeur Kinapsy sous forme agrégée et anonyme ; ni le CLSM ni l'OTS n'ont eu "
            "accès aux journaux d'humeur, qui restent stockés sur le téléphone des jeunes."),
      "."])

# ------------------------------------------------------------------ 5
heading("5. Protection des données personnelles")
bullets([
    "Aucune téléconsultation n'est enregistrée ; la vidéo passe par l'outil régional de télémédecine, chiffré.",
    "L'analyse d'impact relative à la protection des données (AIPD) de Boussole Jeunes a été validée le "
    "12 septembre 2025 par la déléguée à la protection des données mutualisée.",
    "La plateforme de rendez-vous et l'application sont hébergées en France par des hébergeurs certifiés HDS.",
    "Les conseillères de France Services ne conservent aucun identifiant et utilisent le mandat Aidants Connect.",
    "Aucune violation de données n'a été notifiée à la CNIL sur la période évaluée.",
])

# ------------------------------------------------------------------ 6
heading("6. Coûts et financements")
rich(["De 2023 à 2025, le dispositif et les outils associés ont coûté 112 600 €. L'ARS Grand Est a apporté "
      "64 000 € du fonds d'intervention régional (FIR) — 16 000 € pour l'expérimentation de 2023 puis 48 000 € "
      "pour 2024-2025 —, le contrat de ville 12 500 € (3 000 € en 2024 et 9 500 € en 2025, pour les actions au "
      "Champ-Fleury) et la communauté de communes 36 100 €",
      ("n", "Hors temps médical et infirmier du CMP, financé par la dotation du Centre psychothérapique de "
            "Ravenel, et hors salaires des conseillères de France Services."),
      ". Pour 2026, l'ARS a notifié le 3 février 2026 une subvention de 30 000 € pour la seule coordination ; "
      "11 000 € ont été demandés au contrat de ville."])

# ------------------------------------------------------------------ 7
heading("7. Recommandations")
anchor = P(stylename=body)
fr = Frame(stylename=frame_st, width="16.4cm", anchortype="paragraph", name="Encadre1", zindex="0")
tb = TextBox(minheight="3.5cm")
tb.addElement(P(stylename=box_title, text="Recommandation prioritaire"))
tb.addElement(P(stylename=box_p, text="Pérenniser le poste de coordination (0,3 équivalent temps plein) en "
                                      "l'inscrivant au contrat local de santé 2026-2030, plutôt que de dépendre "
                                      "chaque année d'un appel à projets."))
tb.addElement(P(stylename=box_p, text="Sans coordinatrice, les plannings des quatre salles, la formation des "
                                      "infirmières d'accueil et le suivi des indicateurs ne seraient plus "
                                      "assurés : c'est la condition de survie du dispositif."))
fr.addElement(tb)
anchor.addElement(fr)
T.addElement(anchor)
para("Autres recommandations :")
bullets([
    "ouvrir une cinquième salle à la maison de santé de Lorry-sur-Seille avant la fin de 2026 ;",
    "former ensemble, en 2026, les infirmières d'accueil des maisons de santé à la gestion de la crise suicidaire ;",
    "aménager un accès discret aux salles de téléconsultation, à l'écart des salles d'attente communes ;",
    "reconduire Boussole Jeunes en l'élargissant aux collèges, après un bilan avec les jeunes eux-mêmes ;",
    "mesurer chaque année la part des patients habitant le Champ-Fleury.",
])
para("Contact : Clément Aubry, OTS de Haute-Seille, 03 99 00 58 30, etudes@ots-haute-seille.example — CLSM : "
     "Mathilde Gérardin, 03 99 00 41 20.", small)

doc.save(OUT)
print("écrit :", OUT)
