# -*- coding: utf-8 -*-
"""Génère le guide d'orientation « Santé mentale et exil » du CLSM de Sarrelmont (OpenDocument texte, odfpy).

Tout est inventé : ville, département, structures, personnes, numéros en 03 99 00 / 06 99 00, domaines .example.
Mise en forme voulue : en-tête et pied de page (champ numéro de page), page de titre, champ table des matières
(avec son contenu pré-calculé), étapes numérotées en titres de niveau 1, sous-titres de niveau 2, listes,
encadré (cadre + zone de texte), notes de bas de page, tableau d'orientation et tableau des contacts.
"""
import os

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties, MasterPage,
                       Header, Footer, TableColumnProperties, TableCellProperties, TableProperties,
                       GraphicProperties)
from odf.text import (P, H, Span, Note, NoteCitation, NoteBody, PageNumber, TableOfContent,
                      TableOfContentSource, IndexBody, IndexTitle, IndexTitleTemplate,
                      TableOfContentEntryTemplate, IndexEntryText, IndexEntryPageNumber, IndexEntryTabStop,
                      IndexEntryChapter, List, ListItem, SoftPageBreak)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.draw import Frame, TextBox
from odf import teletype

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-05-20_clsm-sarrelmont_guide-orientation-sante-mentale-exil.odt")

doc = OpenDocumentText()

# ------------------------------------------------------------------ styles
def pstyle(name, size="10.5pt", bold=False, italic=False, color=None, align=None, mt="0cm", mb="0.2cm",
           family="paragraph", parent=None, keep=False, breakbefore=False):
    st = Style(name=name, family=family)
    if parent:
        st.setAttribute("parentstylename", parent)
    tp = {"fontsize": size, "fontname": "Liberation Sans"}
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


body = pstyle("Corps", "10.5pt")
small = pstyle("Petit", "8.5pt", italic=True, color="#555555")
title = pstyle("TitreGuide", "22pt", bold=True, color="#1F4E79", align="center", mt="3cm", mb="0.4cm")
subtitle = pstyle("SousTitreGuide", "13pt", italic=True, color="#1F4E79", align="center", mb="0.3cm")
cover_info = pstyle("InfoCouverture", "10pt", align="center", mb="0.15cm")
h1 = pstyle("Heading_20_1", "15pt", bold=True, color="#1F4E79", mt="0.5cm", mb="0.25cm", keep=True)
h1.setAttribute("displayname", "Heading 1")
h1.setAttribute("defaultoutlinelevel", "1")
h1_break = pstyle("Titre1Saut", "15pt", bold=True, color="#1F4E79", mt="0cm", mb="0.25cm", keep=True,
                  breakbefore=True)
h1_break.setAttribute("defaultoutlinelevel", "1")
h2 = pstyle("Heading_20_2", "12pt", bold=True, color="#2E75B6", mt="0.35cm", mb="0.15cm", keep=True)
h2.setAttribute("displayname", "Heading 2")
h2.setAttribute("defaultoutlinelevel", "2")
toc_title = pstyle("TitreSommaire", "14pt", bold=True, color="#1F4E79", mb="0.3cm", breakbefore=True)
toc1 = pstyle("Contents_20_1", "10.5pt", mb="0.1cm")
toc2 = pstyle("Contents_20_2", "10pt", mb="0.08cm")
hf = pstyle("EnTetePied", "8pt", color="#666666", align="center", mb="0cm")
cell_p = pstyle("Cellule", "9pt", mb="0.05cm")
cell_h = pstyle("CelluleEntete", "9pt", bold=True, color="#FFFFFF", mb="0.05cm")
box_title = pstyle("EncadreTitre", "11pt", bold=True, color="#833C0B", mb="0.15cm")
box_p = pstyle("EncadreTexte", "10pt", mb="0.12cm")
note_p = pstyle("Footnote", "8.5pt", mb="0.05cm")
bold_span = Style(name="Gras", family="text")
bold_span.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(bold_span)

for name, w in (("ColA", "4.2cm"), ("ColB", "5.0cm"), ("ColC", "4.0cm"), ("ColD", "3.8cm"),
                ("ColO1", "7.0cm"), ("ColO2", "10.0cm")):
    cs = Style(name=name, family="table-column")
    cs.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(cs)
tstyle = Style(name="Tableau", family="table")
tstyle.addElement(TableProperties(width="17cm", align="center"))
doc.automaticstyles.addElement(tstyle)
c_head = Style(name="CelEntete", family="table-cell")
c_head.addElement(TableCellProperties(backgroundcolor="#1F4E79", border="0.5pt solid #1F4E79", padding="0.1cm"))
doc.automaticstyles.addElement(c_head)
c_body = Style(name="CelCorps", family="table-cell")
c_body.addElement(TableCellProperties(border="0.5pt solid #9DC3E6", padding="0.1cm"))
doc.automaticstyles.addElement(c_body)
frame_st = Style(name="Encadre", family="graphic")
frame_st.addElement(GraphicProperties(border="1.5pt solid #C55A11", backgroundcolor="#FBE5D6", padding="0.3cm",
                                      wrap="none", verticalpos="top", horizontalpos="center",
                                      horizontalrel="paragraph"))
doc.automaticstyles.addElement(frame_st)

# page, en-tête, pied de page avec champ numéro de page
pl = PageLayout(name="A4")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.8cm", marginbottom="1.8cm",
                                   marginleft="2cm", marginright="2cm", printorientation="portrait"))
doc.automaticstyles.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header()
hd.addElement(P(stylename=hf, text="CLSM de Sarrelmont — Guide « Santé mentale et exil » — version 2, mai 2025"))
mp.addElement(hd)
ft = Footer()
fp = P(stylename=hf, text="Groupe de travail « Santé mentale et exil » du CLSM — document à diffuser librement — page ")
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
    """parts : liste de chaînes, ("b", texte) pour du gras, ("n", texte de note) pour une note de bas de page."""
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


def bullets(items, parent=None):
    lst = List()
    for it in items:
        li = ListItem()
        if isinstance(it, str):
            li.addElement(P(stylename=body, text="• " + it))
        else:
            rich(["• "] + list(it), parent=li)
        lst.addElement(li)
    (parent or T).addElement(lst)


def heading(text, level=1, style=None):
    T.addElement(H(outlinelevel=level, stylename=style or (h1 if level == 1 else h2), text=text))


def table(headers, rows, cols):
    t = Table(name="Tableau%d" % (len(doc.text.getElementsByType(Table)) + 1), stylename=tstyle)
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
            for line in v.split("\n"):
                tc.addElement(P(stylename=cell_p, text=line))
            tr.addElement(tc)
        t.addElement(tr)
    T.addElement(t)


# ------------------------------------------------------------------ page de titre
para("Conseil local de santé mentale de Sarrelmont", cover_info)
para("Santé mentale et exil : repérer, orienter, accompagner", title)
para("Guide pratique à l'usage des professionnels et des bénévoles qui accompagnent des personnes exilées, "
     "demandeuses d'asile ou réfugiées", subtitle)
para("Version 2 — mai 2025 (la version 1 datait de septembre 2024)", cover_info)
para("Rédigé par le groupe de travail « Santé mentale et exil » du CLSM, co-piloté par le Dr Karim Benslimane "
     "(psychiatre, CH de Sarrelmont) et Élodie Marchal (cheffe de service CADA, Le Relais des Deux Rives)",
     cover_info)
para("Sarrelmont — Argonne-Sarre (Grand Est)", cover_info)

# ------------------------------------------------------------------ table des matières (champ)
TOC_ENTRIES = [
    (1, "Pourquoi ce guide ?", "2"),
    (1, "Étape 1 — Repérer les signes de souffrance psychique", "2"),
    (1, "Étape 2 — Faire appel à un interprète professionnel", "3"),
    (2, "Réserver un interprète", "3"),
    (2, "Conduire l'entretien à trois", "3"),
    (1, "Étape 3 — Orienter selon la situation", "4"),
    (1, "Étape 4 — Préparer le premier rendez-vous", "5"),
    (1, "Étape 5 — Suivre et passer le relais", "5"),
    (1, "Contacts utiles", "6"),
]
toc = TableOfContent(name="Table des matières1", protected="true")
src = TableOfContentSource(outlinelevel=2)
itt = IndexTitleTemplate(stylename=toc_title)
itt.addText("Sommaire")
src.addElement(itt)
for lvl, st in ((1, toc1), (2, toc2)):
    tpl = TableOfContentEntryTemplate(outlinelevel=lvl, stylename=st)
    tpl.addElement(IndexEntryChapter())
    tpl.addElement(IndexEntryText())
    tpl.addElement(IndexEntryTabStop(type="right", leaderchar="."))
    tpl.addElement(IndexEntryPageNumber())
    src.addElement(tpl)
toc.addElement(src)
ib = IndexBody()
it = IndexTitle(name="Table des matières1_Head")
it.addElement(P(stylename=toc_title, text="Sommaire"))
ib.addElement(it)
for lvl, txt, pg in TOC_ENTRIES:
    tp = P(stylename=toc1 if lvl == 1 else toc2)
    teletype.addTextToElement(tp, "%s\t%s" % (txt, pg))
    ib.addElement(tp)
toc.addElement(ib)
T.addElement(toc)

# ------------------------------------------------------------------ introduction
heading("Pourquoi ce guide ?", 1, h1_break)
rich(["Les personnes exilées — demandeuses d'asile, réfugiées ou sans titre de séjour — ont souvent traversé "
      "des violences avant le départ, pendant le parcours migratoire et parfois après l'arrivée. Beaucoup "
      "présentent des troubles psychiques liés à ces événements, ce que l'on appelle le psychotraumatisme",
      ("n", "Le psychotraumatisme désigne l'ensemble des troubles psychiques qui suivent un ou plusieurs "
            "événements traumatiques (violences, torture, naufrage, enfermement). Le plus connu est le trouble "
            "de stress post-traumatique (TSPT), mais la dépression, l'anxiété et les plaintes corporelles sans "
            "cause médicale retrouvée sont fréquentes."),
      ". À Sarrelmont, la consultation Escale du centre hospitalier a suivi 286 personnes en 2024, et ses "
      "demandes ne cessent d'augmenter."])
para("Les professionnels de première ligne — travailleurs sociaux des CADA et de l'HUDA, agents d'accueil, "
     "infirmières scolaires, bénévoles des permanences associatives, médecins généralistes des maisons de santé "
     "des quartiers — sont souvent les premiers à percevoir cette souffrance. Ils nous ont dit se sentir démunis : "
     "à qui s'adresser, comment parler sans interprète, que faire quand la personne n'a pas encore de couverture "
     "maladie ?")
para("Ce guide propose cinq étapes simples. Il ne remplace ni l'avis d'un médecin ni la formation « Accueillir "
     "et accompagner en contexte transculturel » proposée par le CLSM (deux jours, gratuite pour les structures "
     "membres). Il sera mis à jour chaque année ; vos remarques sont bienvenues à l'adresse "
     "clsm@sarrelmont.example.")

# ------------------------------------------------------------------ étape 1
heading("Étape 1 — Repérer les signes de souffrance psychique")
para("Aucun de ces signes ne constitue à lui seul un diagnostic. C'est leur accumulation, leur durée (plus de "
     "quelques semaines) et leur retentissement sur la vie quotidienne qui doivent alerter.")
bullets([
    "troubles du sommeil : difficultés d'endormissement, réveils nocturnes, cauchemars répétés ;",
    "reviviscences (« flash-backs ») : la personne revit la scène, comme si elle se reproduisait ;",
    "hypervigilance : sursauts, méfiance, besoin de s'asseoir face à la porte ;",
    "évitement de certains lieux, bruits ou uniformes, repli sur soi ;",
    "plaintes corporelles répétées : maux de tête, douleurs diffuses, fatigue intense ;",
    "difficultés de concentration et de mémoire, rendez-vous oubliés, documents égarés ;",
    "irritabilité, colères soudaines, ou au contraire apathie.",
])
rich(["La détresse ne s'exprime pas partout avec les mêmes mots. Des expressions comme « j'ai trop pensé », « ma "
      "tête est pleine » ou « mon cœur est fatigué » reviennent souvent dans les entretiens et doivent être "
      "entendues comme des ", ("b", "expressions culturelles de la détresse"),
      ", pas comme des formules anodines."])
para("En cas d'idées suicidaires exprimées, d'agitation importante ou de mise en danger, ne passez pas par les "
     "étapes suivantes : appelez les urgences psychiatriques du CH de Sarrelmont ou le 15.")

# ------------------------------------------------------------------ étape 2
heading("Étape 2 — Faire appel à un interprète professionnel")
para("Parler de sa souffrance dans une langue que l'on maîtrise mal est presque impossible. L'interprétariat "
     "professionnel garantit la fidélité de ce qui est dit, la confidentialité et la neutralité. À Sarrelmont, "
     "les structures du CLSM travaillent avec l'association Interlangues Grand Est.")
heading("Réserver un interprète", 2)
bullets([
    ("pour un entretien sur place, réservez ", ("b", "au moins 48 heures à l'avance"),
     " avec le formulaire en ligne (interlangues-ge.example/reservation) ou au 03 99 00 84 60 ;"),
    ("pour un entretien par téléphone, l'interprète est joignable ", ("b", "sans réservation"),
     " du lundi au vendredi de 8 h à 19 h : composez le numéro d'accès et donnez le code de votre structure ;"),
    ("précisez la langue et, si possible, le dialecte",
     ("n", "Le dari, parlé en Afghanistan, et le farsi (persan d'Iran) sont proches mais ne sont pas "
           "interchangeables pour un entretien clinique. De même, l'arabe soudanais n'est pas l'arabe du Maghreb."),
     ", ainsi que le genre souhaité de l'interprète (certaines femmes ne pourront pas parler devant un homme) ;"),
    ("les tarifs facturés aux structures figurent dans la convention signée avec Interlangues",
     ("n", "Tarifs 2025 : 52 € de l'heure en présentiel, 36 € de l'heure par téléphone. La première heure en "
           "présentiel est due même si l'entretien est plus court."),
     "."),
])

# encadré (cadre + zone de texte)
anchor = P(stylename=body)
fr = Frame(stylename=frame_st, width="16cm", anchortype="paragraph", name="Encadre1", zindex="0")
tb = TextBox(minheight="4cm")
tb.addElement(P(stylename=box_title, text="Le réflexe interprète"))
tb.addElement(P(stylename=box_p, text="Jamais d'enfant interprète : un enfant ne doit en aucun cas traduire pour "
                                      "ses parents, même pour un simple rendez-vous administratif."))
tb.addElement(P(stylename=box_p, text="Évitez aussi les proches et les compatriotes rencontrés sur place : ils "
                                      "connaissent la communauté, ce qui freine la parole."))
tb.addElement(P(stylename=box_p, text="Le recours à l'interprète est toujours gratuit pour la personne. Pour les "
                                      "structures membres du CLSM, il est pris en charge par le fonds mutualisé "
                                      "d'interprétariat, financé par l'ARS Grand Est : chaque structure "
                                      "signataire dispose d'un droit de tirage de 40 heures par an."))
tb.addElement(P(stylename=box_p, text="Au-delà de ce droit de tirage, les heures restent à la charge de la "
                                      "structure."))
fr.addElement(tb)
anchor.addElement(fr)
T.addElement(anchor)

heading("Conduire l'entretien à trois", 2)
bullets([
    "prenez cinq minutes avec l'interprète avant l'entretien pour lui expliquer le contexte et le but ;",
    "placez-vous en triangle, de façon à pouvoir regarder la personne et non l'interprète ;",
    "parlez directement à la personne, à la première personne (« comment dormez-vous ? » et non « demandez-lui "
    "comment elle dort ») ;",
    "faites des phrases courtes et laissez le temps de la traduction ;",
    "après un entretien difficile, proposez à l'interprète un court temps d'échange.",
])

# ------------------------------------------------------------------ étape 3
heading("Étape 3 — Orienter selon la situation")
para("Le tableau ci-dessous résume les orientations les plus fréquentes. En cas de doute, la coordinatrice du "
     "CLSM peut vous aider à trouver le bon interlocuteur.")
table(["Situation", "Orientation"], [
    ("Idées suicidaires, agitation, danger immédiat", "Urgences psychiatriques du CH de Sarrelmont (24 h/24) ou 15"),
    ("Souffrance psychique, pas de couverture maladie ouverte",
     "PASS psy du CH de Sarrelmont : consultation sans condition de droits"),
    ("Suspicion de psychotraumatisme, personne de 16 ans ou plus résidant dans l'agglomération",
     "Consultation Escale (fiche d'orientation à envoyer par courriel)"),
    ("Trouble psychiatrique sévère déjà connu, droits ouverts", "CMP de secteur (adresse selon le domicile)"),
    ("Besoin d'être accompagné physiquement, de comprendre le système de soins",
     "Médiateurs pairs du programme Pairs & Passerelles"),
], ["ColO1", "ColO2"])
heading("La PASS psy", 2)
rich(["La PASS psy", ("n", "Permanence d'accès aux soins de santé (PASS) à orientation psychiatrique, ouverte au "
                            "CH de Sarrelmont en janvier 2024, avec un psychiatre, un infirmier et une "
                            "assistante sociale."),
      " reçoit les personnes qui n'ont pas (ou pas encore) de couverture maladie",
      ("n", "Les demandeurs d'asile relèvent de la protection universelle maladie (PUMa) après un délai de "
            "carence de trois mois ; les personnes sans titre de séjour peuvent demander l'aide médicale de "
            "l'État (AME) après trois mois de résidence. Pendant ces délais, la PASS psy et les urgences restent "
            "accessibles."),
      ". Elle offre un premier entretien infirmier, un avis psychiatrique si nécessaire, la délivrance gratuite "
      "des médicaments prescrits et l'ouverture des droits avec l'assistante sociale. L'accueil se fait au "
      "rez-de-chaussée du bâtiment C, du lundi au vendredi de 9 h à 17 h."])
heading("La consultation Escale", 2)
para("Escale est la consultation transculturelle de psychotrauma du pôle de psychiatrie adulte. Elle accueille, "
     "avec des interprètes professionnels, les personnes exilées de 16 ans et plus présentant des troubles liés "
     "à des événements traumatiques. Elle n'exige ni médecin traitant ni droits ouverts. L'orientation se fait "
     "par une fiche d'orientation d'une page, téléchargeable sur le site du CLSM, à envoyer à "
     "escale@ch-sarrelmont.example. Le délai pour un premier rendez-vous est d'environ 12 semaines (avril 2025) ; "
     "une séance d'accueil collective, organisée chaque mardi matin depuis mars 2025, permet de rencontrer "
     "l'équipe plus rapidement.")
heading("Les médiateurs pairs", 2)
para("Depuis avril 2025, le programme Pairs & Passerelles du Relais des Deux Rives forme des personnes ayant "
     "elles-mêmes connu l'exil pour accompagner leurs pairs vers le soin : prise de rendez-vous, accompagnement "
     "physique, explication du fonctionnement de l'hôpital. Les médiateurs pairs ne sont pas des interprètes : "
     "ils n'assistent pas aux consultations et ne traduisent pas les entretiens médicaux.")

# ------------------------------------------------------------------ étape 4
heading("Étape 4 — Préparer le premier rendez-vous")
bullets([
    "expliquez à la personne pourquoi vous l'orientez, avec l'interprète, et vérifiez qu'elle est d'accord ;",
    "remettez-lui la convocation écrite dans sa langue quand c'est possible (modèles traduits en 12 langues sur "
    "le site du CLSM) ;",
    "vérifiez le trajet et le titre de transport : la tarification solidaire du réseau Sarrelmobil s'applique aux "
    "demandeurs d'asile ;",
    "indiquez sur la fiche d'orientation la langue, le dialecte et le genre souhaité de l'interprète ;",
    "proposez l'accompagnement d'un médiateur pair pour le premier rendez-vous si la personne le souhaite.",
])
rich([("b", "Ne demandez pas à la personne de raconter son parcours en détail"),
      " pour remplir la fiche : le récit des violences subies n'est pas un préalable à l'orientation, et le "
      "répéter à chaque interlocuteur peut aggraver les symptômes."])

# ------------------------------------------------------------------ étape 5
heading("Étape 5 — Suivre et passer le relais")
para("Avec l'accord de la personne, l'équipe soignante et le professionnel qui a orienté peuvent échanger les "
     "informations strictement nécessaires à l'accompagnement (secret partagé). Un transfert de CADA, une "
     "décision de l'OFPRA ou de la CNDA, une fin de prise en charge en hébergement sont des moments de grande "
     "fragilité : prévenez l'équipe qui suit la personne.")
para("Les situations complexes qui mettent les équipes en difficulté peuvent être présentées à la cellule de "
     "coordination des situations complexes du CLSM, qui se réunit le deuxième mardi de chaque mois, de 14 h à "
     "16 h, à la direction de la santé publique (inscription auprès de la coordinatrice au plus tard le jeudi "
     "précédent).")

# ------------------------------------------------------------------ contacts
heading("Contacts utiles")
table(["Structure", "Pour quoi ?", "Contact", "Horaires"], [
    ("Urgences psychiatriques — CH de Sarrelmont", "Crise, danger immédiat", "03 99 00 27 00", "24 h/24"),
    ("PASS psy — CH de Sarrelmont, bâtiment C", "Personnes sans couverture maladie",
     "03 99 00 27 55\npass-psy@ch-sarrelmont.example", "Lun.–ven. 9 h–17 h"),
    ("Consultation Escale — CMP Saint-Éloi, 12 rue des Tanneurs", "Psychotrauma, personnes exilées de 16 ans et plus",
     "03 99 00 27 40\nescale@ch-sarrelmont.example", "Lun.–ven. 9 h–18 h\naccueil collectif le mardi à 9 h 30"),
    ("Le Relais des Deux Rives — CADA et HUDA", "Hébergement et accompagnement des demandeurs d'asile",
     "03 99 00 51 10", "Lun.–ven. 9 h–12 h 30 et 13 h 30–17 h"),
    ("Pairs & Passerelles (médiateurs pairs)", "Accompagnement vers le soin", "06 99 00 73 28",
     "Permanence le mercredi 14 h–17 h"),
    ("Interlangues Grand Est", "Réservation d'interprètes", "03 99 00 84 60\ninterlangues-ge.example",
     "Lun.–ven. 8 h–19 h"),
    ("Coordination du CLSM — Amandine Wetzel", "Conseils, cellule des situations complexes, formations",
     "03 99 00 12 35\nclsm@sarrelmont.example", "Lun.–ven. 9 h–17 h"),
], ["ColA", "ColB", "ColC", "ColD"])
para("Ce guide a été relu par les membres du groupe de travail et par deux médiateurs pairs. Il peut être "
     "reproduit et diffusé librement, sans modification.", small)

doc.save(OUT)
print("écrit :", OUT)
