# -*- coding: utf-8 -*-
"""Génère le rapport d'activité 2025 de la Maison des adolescents (MDA) d'Aven-et-Odet (OpenDocument texte,
odfpy), daté du 14 avril 2026.

Mise en forme voulue : page de titre, en-tête et pied de page (champ numéro de page), titres de niveau 1 et 2,
listes à puces, deux tableaux (file active par âge et par sexe avec ligne Total ; financements 2025 avec ligne
Total), un encadré « À retenir » (cadre + zone de texte), cinq notes de bas de page portant des faits absents du
corps du texte.

Tout est inventé (ville, département, association, personnes, chiffres, numéros en 03 99 00, domaines .example).
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
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-04-14_mda-aven-odet_rapport-activite-2025.odt")

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


body = pstyle("Corps", "11pt", align="justify")
title = pstyle("TitreRapport", "24pt", bold=True, color="#6A1B9A", align="center", mt="4cm", mb="0.5cm")
subtitle = pstyle("SousTitre", "14pt", italic=True, color="#6A1B9A", align="center", mb="0.4cm")
cover = pstyle("Couverture", "10.5pt", align="center", mb="0.15cm")
h1 = pstyle("Heading_20_1", "16pt", bold=True, color="#6A1B9A", mt="0.6cm", mb="0.25cm", keep=True)
h1.setAttribute("defaultoutlinelevel", "1")
h1b = pstyle("Titre1Saut", "16pt", bold=True, color="#6A1B9A", mb="0.25cm", keep=True, breakbefore=True)
h1b.setAttribute("defaultoutlinelevel", "1")
h2 = pstyle("Heading_20_2", "12.5pt", bold=True, color="#8E24AA", mt="0.35cm", mb="0.15cm", keep=True)
h2.setAttribute("defaultoutlinelevel", "2")
hf = pstyle("EnTetePied", "8pt", color="#666666", align="center", mb="0cm")
cell_p = pstyle("Cellule", "9.5pt", mb="0.05cm")
cell_h = pstyle("CelluleEntete", "9.5pt", bold=True, color="#FFFFFF", mb="0.05cm")
caption = pstyle("Legende", "9pt", italic=True, color="#444444", mb="0.3cm")
box_title = pstyle("EncadreTitre", "12pt", bold=True, color="#6A1B9A", mb="0.15cm")
box_p = pstyle("EncadreTexte", "10.5pt", mb="0.1cm")
note_p = pstyle("Footnote", "8.5pt", mb="0.05cm")
bold_span = Style(name="Gras", family="text")
bold_span.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(bold_span)

for name, w in (("C1", "5.6cm"), ("C2", "2.8cm"), ("F1", "6.5cm"), ("F2", "6.0cm"), ("F3", "3.5cm")):
    cs = Style(name=name, family="table-column")
    cs.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(cs)
tstyle = Style(name="Tableau", family="table")
tstyle.addElement(TableProperties(width="16.5cm", align="center"))
doc.automaticstyles.addElement(tstyle)
c_head = Style(name="CelEntete", family="table-cell")
c_head.addElement(TableCellProperties(backgroundcolor="#6A1B9A", border="0.5pt solid #6A1B9A", padding="0.1cm"))
doc.automaticstyles.addElement(c_head)
c_body = Style(name="CelCorps", family="table-cell")
c_body.addElement(TableCellProperties(border="0.5pt solid #CE93D8", padding="0.1cm"))
doc.automaticstyles.addElement(c_body)
frame_st = Style(name="Encadre", family="graphic")
frame_st.addElement(GraphicProperties(border="1.5pt solid #6A1B9A", backgroundcolor="#F3E5F5", padding="0.35cm",
                                      wrap="none", verticalpos="top", horizontalpos="center",
                                      horizontalrel="paragraph"))
doc.automaticstyles.addElement(frame_st)

pl = PageLayout(name="A4")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="2cm", marginbottom="2cm",
                                   marginleft="2.2cm", marginright="2.2cm", printorientation="portrait"))
doc.automaticstyles.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header()
hd.addElement(P(stylename=hf, text="Maison des adolescents d'Aven-et-Odet — Rapport d'activité 2025"))
mp.addElement(hd)
ft = Footer()
fp = P(stylename=hf, text="MDA d'Aven-et-Odet, 8 place de la Résistance, Kervallon — 03 99 00 52 10 — page ")
fp.addElement(PageNumber(selectpage="current", text="1"))
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

T = doc.text
nc = [0]


def para(text, style=body, parent=None):
    p = P(stylename=style, text=text)
    (parent or T).addElement(p)
    return p


def rich(parts, style=body, parent=None):
    p = P(stylename=style)
    for part in parts:
        if isinstance(part, str):
            p.addText(part)
        elif part[0] == "b":
            p.addElement(Span(stylename=bold_span, text=part[1]))
        elif part[0] == "n":
            nc[0] += 1
            note = Note(id="ftn%d" % nc[0], noteclass="footnote")
            note.addElement(NoteCitation(text=str(nc[0])))
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
        li.addElement(P(stylename=body, text="• " + it))
        lst.addElement(li)
    T.addElement(lst)


def heading(text, level=1, style=None):
    T.addElement(H(outlinelevel=level, stylename=style or (h1 if level == 1 else h2), text=text))


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


# ------------------------------------------------------------------------------------------ couverture
para("Association Maison des adolescents d'Aven-et-Odet", cover)
para("Rapport d'activité 2025", title)
para("Accueillir, écouter, orienter les 11-25 ans et leurs familles", subtitle)
para("Siège : Kervallon (centre-ville) — Antenne : Pen ar Roz", cover)
para("Approuvé par l'assemblée générale du 14 avril 2026", cover)

# ------------------------------------------------------------------------------------------ éditorial
heading("Éditorial", style=h1b)
para("2025 aura été l'année de la confirmation. Confirmation d'abord que les besoins sont là : jamais la Maison "
     "des adolescents n'avait accueilli autant de jeunes. Confirmation ensuite que l'« aller-vers » fonctionne : "
     "en seize mois, l'antenne de Pen ar Roz est devenue une porte d'entrée à part entière, pour des jeunes qui "
     "ne seraient jamais venus au centre-ville. Confirmation enfin qu'on ne travaille bien qu'à plusieurs : avec "
     "le PAEJ Point Virgule, la mission locale, l'Éducation nationale, le CMP infanto-juvénile et l'ensemble des "
     "partenaires du conseil local de santé mentale.")
para("Nous avons aussi réduit de moitié, en deux ans, le délai d'attente avant un premier accueil. Il reste "
     "pourtant trop long au siège, et le début de 2026 nous a rappelé combien notre équilibre est fragile : une "
     "absence non remplacée suffit à le faire remonter. — Sophie Tanguy, directrice ; Jean-Yves Quéré, président.")

# ------------------------------------------------------------------------------------------ 1. activité
heading("1. L'activité en 2025")
heading("1.1 Les jeunes accueillis", 2)
rich(["En 2025, la MDA a accueilli ", ("b", "1 452 jeunes différents"), " (file active",
      ("n", "File active : nombre de jeunes distincts reçus au moins une fois dans l'année en entretien "
            "individuel ou familial, au siège ou à l'antenne. Les parents reçus seuls ne sont pas comptés."),
      "), contre 1 326 en 2024, soit une hausse de 9,5 %. Parmi eux, 968 venaient pour la première fois. "
      "L'équipe a réalisé 6 870 entretiens : 5 912 au siège et 958 à l'antenne de Pen ar Roz. Elle a en outre "
      "reçu 312 parents venus seuls, sans leur enfant."])
rich(["Le délai moyen entre la première demande et le premier accueil est passé de 19 jours en 2024 à ",
      ("b", "12 jours en 2025"),
      ("n", "Délai mesuré entre le premier appel (ou le premier passage) et le premier entretien sur rendez-vous. "
            "Les jeunes reçus sur le créneau sans rendez-vous, le jour même, sont exclus du calcul ; ils ont été "
            "417 en 2025."),
      " : 14 jours au siège et 6 jours à l'antenne. Il était de 26 jours en 2023."])
heading("1.2 Âge et sexe", 2)
para("Les filles représentent près des deux tiers des jeunes accueillis (63 %). Les 15-17 ans forment la tranche "
     "d'âge la plus nombreuse (46 %), devant les 11-14 ans (29 %).")
table("Tableau1", ["Âge", "Filles", "Garçons", "Autre / non précisé", "Total"], [
    ["11-14 ans", "248", "165", "8", "421"],
    ["15-17 ans", "441", "214", "13", "668"],
    ["18-21 ans", "172", "98", "6", "276"],
    ["22-25 ans", "54", "31", "2", "87"],
    ["Total", "915", "508", "29", "1 452"],
], ["C1", "C2", "C2", "C2", "C2"])
rich(["Tableau 1 — File active 2025 par âge et par sexe", ("n", "« Autre / non précisé » : jeunes se déclarant "
      "non binaires ou ne souhaitant pas répondre.")], caption)
heading("1.3 Pourquoi les jeunes viennent-ils ?", 2)
para("Motif principal de la première demande, en 2025 :")
bullets(["anxiété, mal-être, tristesse : 38 % ;", "conflits familiaux : 21 % ;",
         "difficultés scolaires, décrochage : 14 % ;", "harcèlement, y compris en ligne : 9 % ;",
         "usages des écrans et des réseaux sociaux : 7 % ;", "idées suicidaires ou geste auto-infligé : 6 % ;",
         "autres motifs (addictions, questions de genre, deuil…) : 5 %."])
para("Le harcèlement arrive au premier rang des motifs chez les 11-14 ans, à égalité avec les conflits familiaux. "
     "Les demandes liées aux écrans sont presque toujours formulées par les parents.")
heading("1.4 D'où viennent-ils ?", 2)
para("41 % des jeunes habitent Kervallon hors quartiers prioritaires, 12 % le quartier de Kerbrézel, 14 % celui "
     "de Pen ar Roz et 33 % le reste du département. La part des jeunes des deux quartiers prioritaires est passée "
     "de 17 % en 2023 à 26 % en 2025.")

# ------------------------------------------------------------------------------------------ 2. antenne
heading("2. L'antenne de Pen ar Roz")
para("Ouverte le 2 septembre 2024 dans la maison de quartier du Roz, l'antenne a reçu 231 jeunes en 2025 et "
     "réalisé 958 entretiens. 52 % de ces jeunes n'étaient jamais venus à la MDA. L'équipe se compose d'une "
     "psychologue à temps plein et d'un éducateur à mi-temps ; elle accueille le mercredi de 14 h à 18 h et le "
     "jeudi de 16 h à 19 h.")
para("L'ouverture le vendredi après-midi, initialement annoncée pour le 1er avril 2026, aura lieu le 15 mai "
     "2026, après le recrutement d'un second éducateur à mi-temps.")

# ------------------------------------------------------------------------------------------ 3. partenariats
heading("3. Partenariats et actions collectives")
heading("3.1 Premiers secours en santé mentale", 2)
para("La MDA a accueilli deux des neuf sessions organisées à Kervallon en 2025 et Thomas Kerjean, éducateur de "
     "l'équipe, est l'un des trois formateurs accrédités du territoire. Sur la ville, 118 personnes ont été "
     "formées en 2025.")
heading("3.2 Ambassadeurs bien-être", 2)
rich(["Financé par la Fondation de France pour 2025 et 2026, le projet « Ambassadeurs bien-être » a formé 24 "
      "lycéens volontaires dans trois lycées : le lycée de l'Odet, le lycée Anjela-Duval et le lycée "
      "professionnel de Kerlann",
      ("n", "Chaque ambassadeur suit une formation de 12 heures animée par la MDA, puis une séance de supervision "
            "par mois. Un quatrième établissement, le lycée Saint-Gwenaël, rejoindra le projet en septembre 2026."),
      ". Les ambassadeurs ont orienté 37 camarades vers un adulte en 2025."])
heading("3.3 Parents d'ados, parlons-en", 2)
para("Soutenu par la CAF d'Aven-et-Odet, le groupe de parents s'est réuni neuf fois en 2025 et a accueilli 71 "
     "parents différents. À partir de 2026, il se réunit le premier mardi de chaque mois à 18 h 30 au centre "
     "social de Kerbrézel.")
heading("3.4 Coordination", 2)
para("La MDA co-anime avec le CH de Kervallon le groupe de travail jeunesse du CLSM et participe à la cellule des "
     "situations complexes jeunes, qui a examiné 38 situations en 2025, dont 15 présentées par la MDA.")

# ------------------------------------------------------------------------------------------ encadré
anchor = P(stylename=body)
fr = Frame(stylename=frame_st, width="16cm", anchortype="paragraph", name="ARetenir", zindex="0")
tb = TextBox(minheight="3.5cm")
para("À retenir", box_title, tb)
for line in ["1 452 jeunes accueillis en 2025 (+9,5 %), dont 968 nouveaux.",
             "Délai moyen avant premier accueil : 12 jours (26 jours en 2023).",
             "63 % de filles ; les 15-17 ans sont la tranche d'âge la plus représentée.",
             "Un quart des jeunes accueillis habitent un quartier prioritaire, contre 17 % en 2023.",
             "Objectif 2026 : un premier accueil en 10 jours au siège."]:
    para("• " + line, box_p, tb)
fr.addElement(tb)
anchor.addElement(fr)
T.addElement(anchor)

# ------------------------------------------------------------------------------------------ 4. équipe
heading("4. L'équipe")
para("Au 31 décembre 2025, l'équipe compte 14 salariés pour 11,3 équivalents temps plein : quatre psychologues, "
     "trois éducateurs, une infirmière, un médecin psychiatre à 0,3 ETP, une assistante sociale, deux secrétaires, "
     "une comptable à mi-temps et la directrice.")

# ------------------------------------------------------------------------------------------ 5. financements
heading("5. Les financements 2025", style=h1b)
table("Tableau2", ["Financeur", "Objet", "Montant 2025"], [
    ["ARS Bretagne", "Fonctionnement de la MDA", "412 000 €"],
    ["ARS Bretagne", "Antenne de Pen ar Roz (crédits spécifiques)", "78 000 €"],
    ["Conseil départemental d'Aven-et-Odet", "Fonctionnement de la MDA", "165 000 €"],
    ["Ville de Kervallon", "Mise à disposition et subvention", "30 000 €"],
    ["Contrat de ville", "Actions de l'antenne en quartier prioritaire", "9 500 €"],
    ["CAF d'Aven-et-Odet", "Groupe de parents", "12 500 €"],
    ["Fondation de France", "Ambassadeurs bien-être (1re tranche)", "18 000 €"],
    ["Total", "", "725 000 €"],
], ["F1", "F2", "F3"])
rich(["Tableau 2 — Produits 2025 par financeur",
      ("n", "Sur les 24 000 € du contrat de ville consacrés en 2025 à la santé mentale des jeunes, 9 500 € sont "
            "revenus à la MDA et 14 500 € au PAEJ Point Virgule.")], caption)
para("Pour 2026, l'ARS a porté à 92 000 € les crédits de l'antenne, en y incluant le financement des sessions PSSM.")

# ------------------------------------------------------------------------------------------ 6. perspectives
heading("6. Perspectives 2026")
bullets(["ramener le délai de premier accueil au siège à 10 jours, après un début d'année à 16 jours lié à une "
         "absence non remplacée ;",
         "ouvrir l'antenne de Pen ar Roz le vendredi à partir du 15 mai 2026 ;",
         "ouvrir un point écoute de la MDA à l'IUT à la rentrée de septembre 2026, le mardi midi ;",
         "étendre les ambassadeurs bien-être à un quatrième lycée ;",
         "contribuer au Baromètre jeunesse 2026 du CLSM."])

doc.save(OUT)
print("écrit :", OUT)
