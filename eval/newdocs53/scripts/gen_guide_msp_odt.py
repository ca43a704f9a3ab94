# -*- coding: utf-8 -*-
"""Génère le guide « Devenir médiateur de santé pair » du CLSM de Ligneray et du CH du Val-de-Lignon
(OpenDocument texte, odfpy), daté du 15 septembre 2025.

Mise en forme voulue : styles de titres « Heading 1 / Heading 2 » (niveaux de plan), pas-à-pas en liste à puces
(style de liste à puces), tableau des modules de la formation (heures, dates) avec ligne de total, encadré
« À retenir » (cadre + zone de texte), trois notes de bas de page, en-tête et pied de page avec numéro de page.
Des faits ne figurent que dans l'encadré, dans les notes ou dans les cellules du tableau.

Tout est inventé : ville, département Loire-Bocage, université, personnes, montants, numéros en 02 99 00 /
06 99 00, domaines .example.
"""
import os

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties, MasterPage,
                       Header, Footer, TableColumnProperties, TableCellProperties, TableProperties,
                       GraphicProperties, ListLevelProperties)
from odf.text import (P, H, Span, Note, NoteCitation, NoteBody, PageNumber, List, ListItem, ListStyle,
                      ListLevelStyleBullet)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.draw import Frame, TextBox

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-15_clsm-ligneray_guide-devenir-mediateur-sante-pair.odt")

doc = OpenDocumentText()


def pstyle(name, size="10.5pt", bold=False, italic=False, color=None, align=None, mt="0cm", mb="0.2cm",
           outline=None, display=None, breakbefore=False):
    st = Style(name=name, family="paragraph")
    if display:
        st.setAttribute("displayname", display)
    if outline:
        st.setAttribute("defaultoutlinelevel", str(outline))
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
    if breakbefore:
        pp["breakbefore"] = "page"
    st.addElement(ParagraphProperties(**pp))
    doc.styles.addElement(st)
    return st


body = pstyle("Text_20_body", "10.5pt", display="Text body")
title = pstyle("Title", "24pt", bold=True, color="#0B4F6C", align="center", mt="4cm", mb="0.4cm", display="Title")
subtitle = pstyle("Subtitle", "13pt", italic=True, color="#0B4F6C", align="center", mb="0.4cm", display="Subtitle")
cover = pstyle("Couverture", "10pt", align="center", mb="0.15cm")
h1 = pstyle("Heading_20_1", "16pt", bold=True, color="#0B4F6C", mt="0.6cm", mb="0.25cm", outline=1,
            display="Heading 1")
h1b = pstyle("Heading_20_1_saut", "16pt", bold=True, color="#0B4F6C", mb="0.25cm", outline=1,
             display="Heading 1 (nouvelle page)", breakbefore=True)
h2 = pstyle("Heading_20_2", "12.5pt", bold=True, color="#2A7F9E", mt="0.35cm", mb="0.15cm", outline=2,
            display="Heading 2")
li_p = pstyle("List_20_Contents", "10.5pt", mb="0.1cm", display="List Contents")
cell_p = pstyle("Table_20_Contents", "9pt", mb="0.03cm", display="Table Contents")
cell_h = pstyle("Table_20_Heading", "9pt", bold=True, color="#FFFFFF", mb="0.03cm", display="Table Heading")
box_t = pstyle("EncadreTitre", "12pt", bold=True, color="#9C4A00", mb="0.15cm")
box_p = pstyle("EncadreTexte", "10pt", mb="0.1cm")
note_p = pstyle("Footnote", "8.5pt", mb="0.03cm", display="Footnote")
hf = pstyle("EnTetePied", "8pt", color="#666666", align="center", mb="0cm")
bold = Style(name="Strong_20_Emphasis", family="text", displayname="Strong Emphasis")
bold.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(bold)

bl = ListStyle(name="Puces")
lvl = ListLevelStyleBullet(level=1, bulletchar="•")
lvl.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
bl.addElement(lvl)
doc.styles.addElement(bl)

for name, w in (("C1", "6.2cm"), ("C2", "2.0cm"), ("C3", "5.0cm"), ("C4", "3.8cm")):
    cs = Style(name=name, family="table-column")
    cs.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(cs)
tstyle = Style(name="TabModules", family="table")
tstyle.addElement(TableProperties(width="17cm", align="center"))
doc.automaticstyles.addElement(tstyle)
c_head = Style(name="CelEntete", family="table-cell")
c_head.addElement(TableCellProperties(backgroundcolor="#0B4F6C", border="0.5pt solid #0B4F6C", padding="0.08cm"))
doc.automaticstyles.addElement(c_head)
c_body = Style(name="CelCorps", family="table-cell")
c_body.addElement(TableCellProperties(border="0.5pt solid #8FBFD1", padding="0.08cm"))
doc.automaticstyles.addElement(c_body)
frame_st = Style(name="CadreARetenir", family="graphic")
frame_st.addElement(GraphicProperties(border="1.5pt solid #E08A00", backgroundcolor="#FFF3DC", padding="0.3cm",
                                      wrap="none", verticalpos="top", horizontalpos="center",
                                      horizontalrel="paragraph"))
doc.automaticstyles.addElement(frame_st)

pl = PageLayout(name="A4")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.8cm", marginbottom="1.8cm",
                                   marginleft="2cm", marginright="2cm", printorientation="portrait"))
doc.automaticstyles.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header()
hd.addElement(P(stylename=hf, text="CLSM de Ligneray · CH du Val-de-Lignon — « Devenir médiateur de santé pair » — "
                                   "septembre 2025"))
mp.addElement(hd)
ft = Footer()
fp = P(stylename=hf, text="Groupe de travail Rétablissement du CLSM — page ")
fp.addElement(PageNumber(selectpage="current", text="1"))
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

T = doc.text
notes = [0]


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
            p.addElement(Span(stylename=bold, text=part[1]))
        elif part[0] == "n":
            notes[0] += 1
            n = Note(id="ftn%d" % notes[0], noteclass="footnote")
            n.addElement(NoteCitation(text=str(notes[0])))
            nb = NoteBody()
            nb.addElement(P(stylename=note_p, text=part[1]))
            n.addElement(nb)
            p.addElement(n)
    (parent or T).addElement(p)
    return p


def bullets(items):
    lst = List(stylename=bl)
    for it in items:
        li = ListItem()
        if isinstance(it, str):
            li.addElement(P(stylename=li_p, text=it))
        else:
            rich(list(it), style=li_p, parent=li)
        lst.addElement(li)
    T.addElement(lst)


def heading(text, level=1, style=None):
    T.addElement(H(outlinelevel=level, stylename=style or (h1 if level == 1 else h2), text=text))


# ------------------------------------------------------------------ couverture
para("Conseil local de santé mentale de Ligneray · Centre hospitalier du Val-de-Lignon", cover)
para("Devenir médiateur de santé pair", title)
para("Guide pratique pour les personnes qui envisagent de faire de leur vécu des troubles psychiques un métier",
     subtitle)
para("Septembre 2025 — rédigé par le groupe de travail Rétablissement du CLSM (co-pilotes : Yannick Le Goff, "
     "médiateur de santé pair, et Claire Jouan, psychologue à Horizons Ligneray)", cover)
para("Ligneray — Loire-Bocage (Pays de la Loire)", cover)

# ------------------------------------------------------------------ 1
heading("1. Un métier à part entière", 1, h1b)
para("Le médiateur de santé pair (MSP) est un professionnel salarié qui a lui-même vécu des troubles psychiques, qui "
     "est engagé dans son propre rétablissement et qui a été formé pour mettre ce savoir expérientiel au service des "
     "personnes accompagnées. Il travaille au sein d'une équipe de psychiatrie ou d'accompagnement, avec une fiche "
     "de poste, un encadrement et des temps d'analyse de pratique.")
heading("Pair-aidant, médiateur, patient partenaire : ne pas confondre", 2)
bullets([
    (("b", "Pair-aidant bénévole : "), "une personne qui s'appuie sur son vécu pour soutenir ses pairs, sans être "
                                      "rémunérée, par exemple un adhérent de GEM qui accueille les nouveaux."),
    (("b", "Médiateur de santé pair : "), "un salarié formé (diplôme universitaire), membre d'une équipe de soin ou "
                                         "d'accompagnement."),
    (("b", "Patient partenaire : "), "une personne qui apporte son expérience à la formation des soignants, à la "
                                    "recherche ou à la gouvernance d'un établissement, le plus souvent de façon "
                                    "ponctuelle."),
])
heading("Ce que fait un MSP au quotidien", 2)
bullets([
    "Entretiens d'accueil en binôme avec un infirmier, pour les nouveaux patients.",
    "Entretiens individuels centrés sur le rétablissement, les projets et la vie quotidienne.",
    "Co-animation de groupes (groupe Rétablissement du jeudi au CMP des Tilleuls).",
    "Accompagnement dans la cité : démarches, premiers pas au GEM, transports.",
    "Aide à la rédaction du plan de crise conjoint et des directives anticipées en psychiatrie (DAP).",
    "Participation aux réunions d'équipe et aux transmissions écrites dans le dossier patient.",
])

# ------------------------------------------------------------------ 2
heading("2. Qui peut devenir médiateur de santé pair ?", 1)
para("Il n'existe pas de « profil type ». Le jury de sélection de la formation regarde surtout trois choses : "
     "avoir vécu des troubles psychiques (une hospitalisation n'est pas exigée), avoir pris du recul sur son "
     "parcours, et être capable de le partager de façon utile pour l'autre. Le baccalauréat est conseillé mais "
     "n'est pas obligatoire : une validation des acquis permet d'entrer en formation sans le bac.")
para("En France, on estime à environ 250 le nombre de médiateurs de santé pairs salariés en 2025. Dans les Pays de la "
     "Loire, on en comptait 27 au 1er juillet 2025 dans les établissements de psychiatrie, dont 4 en Loire-Bocage.")

# ------------------------------------------------------------------ 3
heading("3. La formation : le DU Pair-aidance en santé mentale et rétablissement", 1)
rich(["Le diplôme universitaire (DU) est porté par l'UFR Santé de l'université de Loire-Bocage. La promotion "
      "2025-2026 est la cinquième", ("n", "Le DU a ouvert en 2021. Jusqu'à la quatrième promotion (2024-2025), il "
                                         "comptait 140 heures de cours et 50 heures de stage."),
      " : elle accueille 16 stagiaires, pour ", ("b", "168 heures de cours et un stage de 70 heures"),
      ". La responsable pédagogique est le Pr Anne-Laure Kerjean ; Yannick Le Goff y intervient comme formateur."])
rich(["Coût : 2 400 € en formation continue (prise en charge par l'employeur ou un OPCO) ; 900 € en financement "
      "personnel. Candidatures jusqu'au vendredi 26 septembre 2025 ; entretiens de sélection du 1er au 3 octobre "
      "2025."])
heading("Les modules de la promotion 2025-2026", 2)

ROWS = [
    ("M1 — Rétablissement et savoirs expérientiels", "28 h", "13 au 16 octobre 2025", "Université, bât. B"),
    ("M2 — Troubles psychiques, soins et parcours", "35 h", "17 au 21 novembre 2025", "Université, bât. B"),
    ("M3 — Posture, écoute et relation d'aide", "28 h", "8 au 11 décembre 2025", "CH du Val-de-Lignon"),
    ("M4 — Droits des usagers, institutions et réseau", "21 h", "14 au 16 janvier 2026", "Université, bât. B"),
    ("M5 — Outils : plan de crise conjoint, DAP, WRAP", "28 h", "9 au 12 février 2026", "GEM La Passerelle"),
    ("M6 — Travail en équipe, analyse de pratique, mémoire", "28 h", "16 au 19 mars 2026", "Université, bât. B"),
    ("Stage pratique en équipe de soin ou d'accompagnement", "70 h", "avril et mai 2026", "Lieu au choix"),
    ("Soutenance du mémoire", "—", "vendredi 12 juin 2026", "Université, amphi 2"),
    ("Total des cours (hors stage)", "168 h", "13 octobre 2025 – 12 juin 2026", ""),
]
t = Table(name="Modules", stylename=tstyle)
for c in ("C1", "C2", "C3", "C4"):
    t.addElement(TableColumn(stylename=c))
tr = TableRow()
for h in ("Module", "Durée", "Dates", "Lieu"):
    tc = TableCell(stylename=c_head, valuetype="string")
    tc.addElement(P(stylename=cell_h, text=h))
    tr.addElement(tc)
t.addElement(tr)
for r in ROWS:
    tr = TableRow()
    for v in r:
        tc = TableCell(stylename=c_body, valuetype="string")
        tc.addElement(P(stylename=cell_p, text=v))
        tr.addElement(tc)
    t.addElement(tr)
T.addElement(t)
para("WRAP : Wellness Recovery Action Plan, ou plan d'action pour le bien-être et le rétablissement. DAP : "
     "directives anticipées en psychiatrie.", note_p)

# ------------------------------------------------------------------ 4
heading("4. Se lancer, pas à pas", 1, h1b)
bullets([
    (("b", "Faire le point sur son parcours"), ", si possible avec son psychiatre, son infirmier ou un proche : "
                                               "suis-je prêt à parler de mon vécu au travail ?"),
    (("b", "Rencontrer un médiateur en poste"), " : Yannick Le Goff tient une permanence au GEM Le Phare le premier "
                                                "mercredi du mois, de 14 h à 16 h, sans rendez-vous."),
    (("b", "Préparer son dossier"), " : CV, lettre de motivation et récit de parcours de deux pages au maximum."),
    (("b", "Chercher un financement"), " : compte personnel de formation (CPF), aide individuelle à la formation de "
                                       "France Travail, Transitions Pro Pays de la Loire, ou employeur."),
    (("b", "Déposer sa candidature"), " en ligne sur du-pairaidance.univ-loirebocage.example avant la date limite."),
    (("b", "Passer l'entretien"), " devant un jury de trois personnes, dont un médiateur de santé pair."),
])

# ------------------------------------------------------------------ 5
heading("5. Être recruté", 1)
rich(["Au centre hospitalier du Val-de-Lignon, les médiateurs de santé pairs sont recrutés comme contractuels, sur "
      "une grille proche de celle des techniciens hospitaliers : ", ("b", "2 080 € bruts par mois"),
      " pour un temps plein en début de contrat", ("n", "Montant en vigueur depuis la revalorisation du 1er juillet "
                                                       "2025 (délibération du 26 juin 2025) ; il était de 2 010 € "
                                                       "auparavant."),
      ". Les postes sont financés par l'ARS Pays de la Loire sur le fonds d'intervention régional (FIR), en "
      "amorçage sur trois ans."])
para("Le CH compte un médiateur au CMP des Tilleuls depuis mars 2024. Un second poste, à 0,6 équivalent temps plein, "
     "est en cours de recrutement pour le CMP Jean-Jaurès et sa future antenne de la Croix-Verte ; la prise de poste "
     "est prévue en novembre 2025.")
heading("L'intégration dans l'équipe", 2)
bullets([
    "Une journée de formation au rétablissement pour toute l'équipe avant l'arrivée du médiateur.",
    "Un tutorat de trois mois par un cadre de santé.",
    "Une analyse de pratique mensuelle avec des médiateurs d'autres établissements.",
    "Une intervision régionale des médiateurs tous les deux mois.",
])

# encadré « À retenir »
anchor = P(stylename=body)
fr = Frame(stylename=frame_st, width="16cm", anchortype="paragraph", name="ARetenir", zindex="0")
tb = TextBox(minheight="4cm")
tb.addElement(P(stylename=box_t, text="À retenir"))
for line in (
    "Le médiateur de santé pair est un salarié, membre à part entière de l'équipe — ni un bénévole, ni un stagiaire.",
    "Il ne pose pas de diagnostic et ne prescrit aucun traitement.",
    "Il est tenu au secret professionnel et partage les informations utiles dans le cadre du secret partagé.",
    "Dévoiler son parcours reste un choix : le médiateur décide de ce qu'il partage, et quand.",
    "Période d'essai de deux mois, puis contrat d'un an renouvelable avant un CDI.",
):
    tb.addElement(P(stylename=box_p, text="→ " + line))
fr.addElement(tb)
anchor.addElement(fr)
T.addElement(anchor)

heading("Contacts", 2)
rich(["CLSM de Ligneray — Solène Guérin, coordinatrice : 02 99 00 41 20, clsm@ligneray.example", ("n",
      "Le CLSM tient à jour la liste des structures qui accueillent des stagiaires du DU.")])
para("Secrétariat du DU — université de Loire-Bocage : 02 99 00 62 35, du-pairaidance@univ-loirebocage.example")
para("Yannick Le Goff, médiateur de santé pair, CMP des Tilleuls : 06 99 00 43 18")

doc.save(OUT)
print("écrit :", OUT)
