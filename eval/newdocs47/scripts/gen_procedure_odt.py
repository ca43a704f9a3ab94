# -*- coding: utf-8 -*-
"""Génère la procédure OpenDocument texte (.odt, odfpy) de la ville de Montvalès et de son CCAS :
« Que faire après l'agression d'un agent ? » (version 2 du 1er décembre 2025).

Mise en page : titre, cartouche de version, paragraphes, liste numérotée de onze étapes (titre de l'étape en gras
puis explications, sous-puces), encadré d'avertissement (cadre + zone de texte bordée) « ATTENTION — délais »,
une note de bas de page, tableau des contacts (4 colonnes), en-tête et pied de page avec champ numéro de page.

Tout est inventé (ville, structures, personnes, numéros 03 99 00 / 06 99 00, domaines .example).
"""
import os

from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, GraphicProperties, Footer, Header, ListLevelProperties, MasterPage,
                       PageLayout, PageLayoutProperties, ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import (H, List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, Note,
                      NoteBody, NoteCitation, P, PageNumber, Span)
from odf.draw import Frame, TextBox

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-12-01_ville-montvales_procedure-apres-agression-agent.odt")

doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'",
                                      fontfamilygeneric="swiss", fontpitch="variable"))


def pstyle(name, size="10.5pt", bold=False, italic=False, color=None, before="0cm", after="0.18cm", align=None,
           auto=False, parent=None):
    st = Style(name=name, family="paragraph")
    if parent:
        st.setAttribute("parentstylename", parent)
    tp = dict(fontname="Liberation Sans", fontsize=size)
    if bold:
        tp["fontweight"] = "bold"
    if italic:
        tp["fontstyle"] = "italic"
    if color:
        tp["color"] = color
    st.addElement(TextProperties(**tp))
    pp = dict(margintop=before, marginbottom=after)
    if align:
        pp["textalign"] = align
    st.addElement(ParagraphProperties(**pp))
    (doc.automaticstyles if auto else doc.styles).addElement(st)
    return st


S_BODY = pstyle("Corps", align="justify")
S_TITLE = pstyle("Titre doc", size="18pt", bold=True, color="#8B1E2D", after="0.1cm")
S_SUB = pstyle("Sous-titre doc", size="12pt", italic=True, color="#444444", after="0.4cm")
S_H1 = Style(name="Heading 1", family="paragraph", defaultoutlinelevel="1")
S_H1.addElement(TextProperties(fontname="Liberation Sans", fontsize="13pt", fontweight="bold", color="#8B1E2D"))
S_H1.addElement(ParagraphProperties(margintop="0.45cm", marginbottom="0.2cm", keepwithnext="always"))
doc.styles.addElement(S_H1)
S_CART = pstyle("Cartouche", size="9pt", color="#333333", after="0.05cm")
S_CELL = pstyle("Cellule", size="9pt", after="0.05cm")
S_CELLH = pstyle("Cellule titre", size="9pt", bold=True, after="0.05cm")
S_BOXT = pstyle("Encadre titre", size="10.5pt", bold=True, color="#8B1E2D", after="0.1cm")
S_BOX = pstyle("Encadre texte", size="10pt", after="0.1cm")
S_NOTE = pstyle("Footnote", size="8.5pt", after="0cm")
S_HF = pstyle("Entete", size="8pt", color="#666666", align="center", after="0cm")

BOLD = Style(name="Gras", family="text")
BOLD.addElement(TextProperties(fontweight="bold"))
doc.automaticstyles.addElement(BOLD)

# listes
NUM = ListStyle(name="Etapes")
NUM.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix=".", stylename="Gras"))
NUM.getElementsByType(ListLevelStyleNumber)[0].addElement(
    ListLevelProperties(spacebefore="0cm", minlabelwidth="0.7cm"))
NUM.addElement(ListLevelStyleBullet(level=2, bulletchar="–"))
NUM.getElementsByType(ListLevelStyleBullet)[0].addElement(
    ListLevelProperties(spacebefore="0.9cm", minlabelwidth="0.5cm"))
doc.automaticstyles.addElement(NUM)
BUL = ListStyle(name="Puces")
BUL.addElement(ListLevelStyleBullet(level=1, bulletchar="•"))
BUL.getElementsByType(ListLevelStyleBullet)[0].addElement(ListLevelProperties(spacebefore="0.3cm",
                                                                              minlabelwidth="0.5cm"))
doc.automaticstyles.addElement(BUL)

# cadre de l'encadré
FR = Style(name="CadreAlerte", family="graphic")
FR.addElement(GraphicProperties(border="0.06cm solid #8B1E2D", backgroundcolor="#FBEDEE", padding="0.3cm",
                                wrap="none", verticalpos="top", horizontalpos="center", anchortype="paragraph"))
doc.automaticstyles.addElement(FR)

# tableau
TS = Style(name="TabContacts", family="table")
TS.addElement(TableProperties(width="17cm", align="center"))
doc.automaticstyles.addElement(TS)
COLW = ["4.6cm", "4.6cm", "3cm", "4.8cm"]
COLS = []
for i, w in enumerate(COLW):
    cs = Style(name="TabContacts.%s" % "ABCD"[i], family="table-column")
    cs.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(cs)
    COLS.append(cs)
CELL = Style(name="TabContacts.cell", family="table-cell")
CELL.addElement(TableCellProperties(border="0.5pt solid #999999", padding="0.1cm"))
doc.automaticstyles.addElement(CELL)
CELLH = Style(name="TabContacts.head", family="table-cell")
CELLH.addElement(TableCellProperties(border="0.5pt solid #999999", padding="0.1cm", backgroundcolor="#EFD9DC"))
doc.automaticstyles.addElement(CELLH)

# page, en-tête, pied
PL = PageLayout(name="PageA4")
PL.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.6cm",
                                   marginbottom="1.6cm", marginleft="2cm", marginright="2cm",
                                   printorientation="portrait"))
doc.automaticstyles.addElement(PL)
MP = MasterPage(name="Standard", pagelayoutname=PL)
hd = Header()
hd.addElement(P(stylename=S_HF, text="Ville de Montvalès et CCAS — Direction des ressources humaines — "
                                    "procédure SQVT-07, version 2"))
MP.addElement(hd)
ft = Footer()
fp = P(stylename=S_HF, text="Procédure « Que faire après l'agression d'un agent ? » — page ")
fp.addElement(PageNumber(selectpage="current", text="1"))
ft.addElement(fp)
MP.addElement(ft)
doc.masterstyles.addElement(MP)

body = doc.text


def para(text, style=S_BODY):
    p = P(stylename=style, text=text)
    body.addElement(p)
    return p


def rich(parent_p, parts):
    """parts : liste de (texte, gras?)"""
    for t, b in parts:
        if b:
            parent_p.addElement(Span(stylename=BOLD, text=t))
        else:
            parent_p.addText(t)
    return parent_p


para("Que faire après l'agression d'un agent ?", S_TITLE)
para("Procédure à l'usage des agents et des encadrants de la ville de Montvalès et du CCAS", S_SUB)
for line in ["Référence : SQVT-07 — Direction des ressources humaines, service santé et qualité de vie au travail",
             "Version 2 du 1er décembre 2025 — remplace la version 1 du 15 mai 2024",
             "Présentée au comité social territorial du 25 novembre 2025",
             "Rédaction : Nadège Pellegrin (service SQVT) et Thierry Bouvier (conseiller de prévention), avec le "
             "conseil local de santé mentale (CLSM)"]:
    para(line, S_CART)

body.addElement(H(outlinelevel=1, stylename=S_H1, text="Pourquoi cette procédure ?"))
para("Les agents d'accueil de l'hôtel de ville, de la mairie annexe des Tamaris et du CCAS reçoivent chaque jour "
     "des personnes en difficulté, parfois en grande détresse. La très grande majorité des échanges se passent "
     "bien. Mais les incidents signalés augmentent depuis 2022, et une agression, même verbale, peut laisser des "
     "traces durables si l'agent reste seul avec ce qu'il a vécu. Cette procédure dit qui fait quoi, dans quel "
     "ordre et dans quels délais. Elle est affichée dans chaque bureau d'accueil et disponible sur l'intranet "
     "(rubrique « Ma santé au travail »).")
para("Est considérée comme une agression toute atteinte volontaire à la personne d'un agent dans l'exercice de "
     "ses fonctions : violence physique, menace, injure, outrage, intimidation, crachat, dégradation de son "
     "poste de travail, y compris par téléphone, par courriel ou sur les réseaux sociaux.")
p = para("")
rich(p, [("Qui est concerné ? ", True),
         ("Tous les agents de la ville et du CCAS, titulaires, contractuels, apprentis et stagiaires. Les gardiens "
          "d'immeuble d'Habitat Durance Méditerranée et les médiateurs de Médiance relèvent de la procédure de "
          "leur propre employeur ; ils peuvent néanmoins appeler la Ligne Écoute Agents (les gardiens depuis le "
          "1er septembre 2025, les médiateurs à compter du 1er janvier 2026).", False)])

body.addElement(H(outlinelevel=1, stylename=S_H1, text="Les étapes, dans l'ordre"))

STEPS = [
    ("Se mettre en sécurité. ",
     "L'agent interrompt l'échange, quitte le guichet et rejoint le local de repli (bureau arrière). Il déclenche "
     "le bouton d'alerte du poste d'accueil ou appelle la police municipale.",
     ["Police municipale : 03 99 00 17 40, tous les jours de 8 h à 19 h.",
      "En dehors de ces horaires ou en cas de danger immédiat : le 17 (police) ou le 112."]),
    ("Prévenir immédiatement le responsable hiérarchique. ",
     "Le responsable se rend sur place ou envoie un remplaçant. Il peut décider de fermer l'accueil "
     "temporairement ; l'agent n'a pas à justifier sa décision de quitter le guichet.", []),
    ("Ne jamais laisser l'agent seul. ",
     "Un collègue reste avec lui. Dans les premières heures, un soutien « à chaud » (defusing) est proposé par le "
     "responsable ou par un collègue formé : écouter sans forcer à raconter, rassurer, expliquer que les réactions "
     "ressenties sont normales.",
     ["La liste des agents formés « Accueillir une personne en souffrance psychique » est affichée dans chaque "
      "local de repli."]),
    ("Faire constater les blessures, y compris psychiques. ",
     "En cas de blessure ou de malaise : le 15. Dans tous les cas, l'agent consulte son médecin traitant ou les "
     "urgences pour obtenir un certificat médical initial (CMI) décrivant les lésions, y compris le choc "
     "psychologique.", []),
    ("Remplir la fiche de signalement d'incident (FSI) dans les 24 heures. ",
     "La fiche se remplit sur l'intranet (formulaire « Signal'Agent ») ou sur papier. Elle est transmise "
     "automatiquement au conseiller de prévention et au service SQVT. Le responsable la complète s'il a été "
     "témoin.", []),
    ("Déclarer l'accident de service. ",
     "L'agent (ou son responsable s'il n'est pas en état de le faire) adresse à la DRH le formulaire de "
     "déclaration, accompagné du certificat médical initial. Voir l'encadré ci-dessous pour les délais.", []),
    ("Porter plainte et demander la protection fonctionnelle. ",
     "L'agent peut porter plainte au commissariat de Montvalès ; son responsable ou un membre du service SQVT "
     "peut l'accompagner. La collectivité peut aussi porter plainte de son côté. La demande de protection "
     "fonctionnelle se fait par un courrier adressé au maire (ou à la présidente du CCAS pour les agents du "
     "CCAS).",
     ["La protection fonctionnelle peut couvrir les frais d'avocat et la réparation du préjudice."]),
    ("Proposer un soutien psychologique. ",
     "Le responsable donne à l'agent les coordonnées de la Ligne Écoute Agents et de la psychologue du travail. "
     "Après une agression, la psychologue du travail propose un rendez-vous dans les 5 jours ouvrés (10 jours "
     "ouvrés pour les autres demandes).",
     ["Ligne Écoute Agents : 03 99 00 58 58, anonyme et gratuite, jusqu'à cinq entretiens par agent et par an.",
      "Un débriefing collectif de l'équipe peut être organisé entre deux et dix jours après les faits."]),
    ("Rappeler l'agent le soir même, puis une semaine après. ",
     "Ce double appel du responsable n'est pas une formalité : c'est l'un des facteurs qui protègent le mieux "
     "contre l'installation d'un traumatisme.", []),
    ("Organiser un retour d'expérience (RETEX) dans le mois. ",
     "Le conseiller de prévention réunit l'équipe pour analyser les faits (sans rechercher de coupable) et "
     "proposer des mesures : aménagement du poste, accueil en binôme, affichage. Le document unique d'évaluation "
     "des risques professionnels (DUERP) est mis à jour.", []),
    ("Préparer la reprise. ",
     "L'agent peut demander une visite auprès du médecin de prévention, qui peut proposer un aménagement de poste "
     "ou une reprise progressive. Si l'agent le souhaite, il ne reprend pas au même guichet pendant la première "
     "semaine.", []),
]

lst = List(stylename=NUM)
for title, text, subs in STEPS:
    li = ListItem()
    p = P(stylename=S_BODY)
    rich(p, [(title, True), (text, False)])
    if title.startswith("Porter plainte"):
        note = Note(id="ftn1", noteclass="footnote")
        note.addElement(NoteCitation(text="1"))
        nb = NoteBody()
        nb.addElement(P(stylename=S_NOTE, text="Articles L134-1 et suivants du code général de la fonction "
                                               "publique. La protection est accordée par l'autorité territoriale ; "
                                               "un refus doit être motivé. À Montvalès, la réponse est donnée en "
                                               "moyenne en 12 jours (2025)."))
        note.addElement(nb)
        p.addElement(note)
    li.addElement(p)
    if subs:
        sl = List()
        for s in subs:
            sli = ListItem()
            sli.addElement(P(stylename=S_BODY, text=s))
            sl.addElement(sli)
        li.addElement(sl)
    lst.addElement(li)
    if title.startswith("Déclarer"):
        pass
body.addElement(lst)

# encadré d'avertissement
anchor = P(stylename=S_BODY)
frame = Frame(stylename=FR, width="17cm", anchortype="paragraph", name="Attention délais")
tb = TextBox()
tb.addElement(P(stylename=S_BOXT, text="ATTENTION — délais à respecter"))
tb.addElement(P(stylename=S_BOX, text="La déclaration d'accident de service doit parvenir à la DRH dans les 15 "
                                      "jours qui suivent l'agression, même sans arrêt de travail et même si "
                                      "l'agent ne se sent pas blessé sur le moment."))
tb.addElement(P(stylename=S_BOX, text="En cas d'arrêt de travail, celui-ci est transmis à la DRH dans les 48 "
                                      "heures."))
tb.addElement(P(stylename=S_BOX, text="Un agent ne reprend jamais seul le guichet le jour même d'une agression."))
frame.addElement(tb)
anchor.addElement(frame)
body.addElement(anchor)

body.addElement(H(outlinelevel=1, stylename=S_H1, text="Et pour les encadrants ?"))
bl = List(stylename=BUL)
for t in ["Ne pas minimiser (« ce n'est rien, il est comme ça ») ni chercher la faute de l'agent.",
          "Ne pas demander à l'agent de raconter les faits plusieurs fois : une seule fiche, un seul récit.",
          "Prévenir le service SQVT le jour même au 03 99 00 41 50.",
          "Penser aux collègues témoins : ils peuvent aussi appeler la Ligne Écoute Agents.",
          "Inscrire l'équipe à la formation du CLSM et, si elle le souhaite, à un groupe d'analyse des pratiques "
          "professionnelles (GAPP)."]:
    li = ListItem()
    li.addElement(P(stylename=S_BODY, text=t))
    bl.addElement(li)
body.addElement(bl)

body.addElement(H(outlinelevel=1, stylename=S_H1, text="Contacts utiles"))
tab = Table(name="Contacts", stylename=TS)
for cs in COLS:
    tab.addElement(TableColumn(stylename=cs))
ROWS = [
    ("Interlocuteur", "Pour quoi ?", "Téléphone", "Quand ?"),
    ("Police municipale", "Intervention sur site", "03 99 00 17 40", "7 j/7, de 8 h à 19 h"),
    ("Thierry Bouvier, conseiller de prévention", "Fiche de signalement, RETEX, aménagement des accueils",
     "03 99 00 41 36", "Lundi au vendredi, 8 h 30 – 17 h"),
    ("Nadège Pellegrin, service SQVT (DRH)", "Accident de service, protection fonctionnelle", "03 99 00 41 50",
     "Lundi au vendredi, 8 h 30 – 17 h"),
    ("Ligne Écoute Agents (cabinet Écoute & Travail Provence)", "Soutien psychologique anonyme et gratuit",
     "03 99 00 58 58", "Lundi au vendredi, 8 h – 20 h ; 7 j/7 de 8 h à 22 h à partir du 1er janvier 2026"),
    ("Claire Noyer, psychologue du travail (centre de gestion)", "Entretiens individuels, interventions "
     "collectives après un incident", "06 99 00 23 71", "Permanence le mardi, hôtel de ville, bureau 114"),
    ("Dr Olivier Rambaud, médecin de prévention (service de médecine préventive du centre de gestion)",
     "Visite à la demande, aménagement de poste, reprise", "03 99 00 62 10", "Sur rendez-vous"),
    ("Sabrina Ferracci, coordinatrice du CLSM", "Formation, groupes d'analyse des pratiques, orientation d'un "
     "usager vers le soin", "03 99 00 41 20", "Lundi au jeudi"),
]
for i, row in enumerate(ROWS):
    tr = TableRow()
    for v in row:
        tc = TableCell(stylename=CELLH if i == 0 else CELL, valuetype="string")
        tc.addElement(P(stylename=S_CELLH if i == 0 else S_CELL, text=v))
        tr.addElement(tc)
    tab.addElement(tr)
body.addElement(tab)
para("")
para("Procédure révisée chaque année par le service SQVT ; prochaine révision prévue en décembre 2026.", S_CART)

doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(text="Que faire après l'agression d'un agent ?"))
doc.save(OUT)
print(OUT)
