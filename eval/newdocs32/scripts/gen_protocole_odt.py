# -*- coding: utf-8 -*-
"""Génère le protocole OpenDocument texte (odfpy) « continuité des soins le jour de la levée d'écrou »
(centre pénitentiaire d'Aurimont-Lestrac, signé le 12 juin 2025).

Mise en page : en-tête et pied de page (maître de page), titre, visas, articles numérotés 1 à 10 avec
sous-articles, tableau « Qui fait quoi ? » (étape / quand / qui / quoi), bloc de signatures en tableau sans
bordure, annexe 1 « Contacts utiles » (tableau).
"""
import os

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, PageLayout, PageLayoutProperties, MasterPage, Header, Footer)
from odf.text import H, P, Span, List, ListItem, ListStyle, ListLevelStyleBullet, PageNumber
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-06-12_clsm-aurimont_protocole-continuite-soins-levee-ecrou.odt")

doc = OpenDocumentText()
doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(
    text="Protocole relatif à la continuité des soins le jour de la levée d'écrou"))

# ------------------------------------------------------------------ styles
pl = PageLayout(name="PLA4")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.6cm", marginbottom="1.6cm",
                                   marginleft="2.2cm", marginright="2.2cm", printorientation="portrait"))
doc.automaticstyles.addElement(pl)


def pstyle(name, size="10.5pt", bold=False, italic=False, align=None, before="0cm", after="0.18cm",
           color=None, family="paragraph", auto=False, indent=None):
    s = Style(name=name, family=family)
    kw = dict(fontsize=size, fontfamily="Liberation Serif", fontname="Liberation Serif")
    if bold:
        kw["fontweight"] = "bold"
    if italic:
        kw["fontstyle"] = "italic"
    if color:
        kw["color"] = color
    s.addElement(TextProperties(**kw))
    pk = dict(margintop=before, marginbottom=after)
    if align:
        pk["textalign"] = align
    if indent:
        pk["marginleft"] = indent
    s.addElement(ParagraphProperties(**pk))
    (doc.automaticstyles if auto else doc.styles).addElement(s)
    return s


s_body = pstyle("Corps", align="justify")
s_title = pstyle("TitreProtocole", size="17pt", bold=True, align="center", after="0.25cm", color="#1f3a5f")
s_sub = pstyle("SousTitre", size="12pt", italic=True, align="center", after="0.5cm")
s_art = pstyle("Article", size="12pt", bold=True, before="0.4cm", after="0.15cm", color="#1f3a5f")
s_sart = pstyle("SousArticle", size="10.5pt", bold=True, before="0.2cm", after="0.1cm")
s_vu = pstyle("Visa", italic=True, align="justify", indent="0.6cm")
s_small = pstyle("Petit", size="8.5pt", color="#555555", align="center")
s_cell = pstyle("Cellule", size="9.5pt", after="0.05cm")
s_cellh = pstyle("CelluleTitre", size="9.5pt", bold=True, after="0.05cm", color="#ffffff")
s_sig = pstyle("Signature", size="10pt", align="center", after="0.05cm")
s_sigb = pstyle("SignatureNom", size="10pt", bold=True, align="center", after="0.6cm")
s_bold = Style(name="Gras", family="text")
s_bold.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(s_bold)

ls = ListStyle(name="Puces")
lb = ListLevelStyleBullet(level=1, bulletchar="–")
ls.addElement(lb)
doc.automaticstyles.addElement(ls)

tstyle = Style(name="TabQui", family="table")
tstyle.addElement(TableProperties(width="16.6cm", align="center"))
doc.automaticstyles.addElement(tstyle)
tsig = Style(name="TabSig", family="table")
tsig.addElement(TableProperties(width="16.6cm", align="center"))
doc.automaticstyles.addElement(tsig)

c_head = Style(name="CellHead", family="table-cell")
c_head.addElement(TableCellProperties(backgroundcolor="#1f3a5f", border="0.5pt solid #1f3a5f", padding="0.1cm"))
doc.automaticstyles.addElement(c_head)
c_norm = Style(name="CellNorm", family="table-cell")
c_norm.addElement(TableCellProperties(border="0.5pt solid #7f8c99", padding="0.1cm"))
doc.automaticstyles.addElement(c_norm)
c_none = Style(name="CellNone", family="table-cell")
c_none.addElement(TableCellProperties(border="none", padding="0.15cm"))
doc.automaticstyles.addElement(c_none)


def colstyle(name, width):
    s = Style(name=name, family="table-column")
    s.addElement(TableColumnProperties(columnwidth=width))
    doc.automaticstyles.addElement(s)
    return s


# maître de page avec en-tête / pied
mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header()
hd.addElement(P(stylename=s_small, text="CLSM d'Aurimont — Groupe de travail « Justice et santé mentale » — "
                                        "Protocole levée d'écrou — version signée"))
mp.addElement(hd)
ft = Footer()
fp = P(stylename=s_small, text="Protocole continuité des soins — centre pénitentiaire d'Aurimont-Lestrac — page ")
fp.addElement(PageNumber(selectpage="current", text="1"))
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

body = doc.text


def para(t, style=s_body):
    body.addElement(P(stylename=style, text=t))


def rich(parts, style=s_body):
    """parts : liste de (texte, gras?)"""
    p = P(stylename=style)
    for t, b in parts:
        if b:
            p.addElement(Span(stylename=s_bold, text=t))
        else:
            p.addText(t)
    body.addElement(p)


def bullets(items):
    lst = List(stylename=ls)
    for it in items:
        li = ListItem()
        li.addElement(P(stylename=s_body, text=it))
        lst.addElement(li)
    body.addElement(lst)


def table(rows, widths, name, header=True, style=tstyle, cellstyle=c_norm):
    t = Table(name=name, stylename=style)
    for i, w in enumerate(widths):
        t.addElement(TableColumn(stylename=colstyle("%s.C%d" % (name, i), w)))
    for r_i, row in enumerate(rows):
        tr = TableRow()
        for cell in row:
            head = header and r_i == 0
            tc = TableCell(stylename=c_head if head else cellstyle, valuetype="string")
            for line in cell.split("\n"):
                tc.addElement(P(stylename=s_cellh if head else s_cell, text=line))
            tr.addElement(tc)
        t.addElement(tr)
    body.addElement(t)


# ------------------------------------------------------------------ contenu
para("PRÉFECTURE DE LA HAUTE-GARLANDE — VILLE D'AURIMONT — DIRECTION INTERRÉGIONALE DES SERVICES PÉNITENTIAIRES",
     s_small)
para("Protocole relatif à la continuité des soins le jour de la levée d'écrou", s_title)
para("Centre pénitentiaire d'Aurimont-Lestrac — protocole n° 2025-03 du conseil local de santé mentale d'Aurimont",
     s_sub)

para("Entre les soussignés :")
bullets([
    "le centre pénitentiaire d'Aurimont-Lestrac, représenté par son directeur, M. Frédéric Maurel ;",
    "le service pénitentiaire d'insertion et de probation (SPIP) de la Haute-Garlande, représenté par sa "
    "directrice, Mme Hélène Marsac ;",
    "le centre hospitalier d'Aurimont, qui gère l'unité sanitaire en milieu pénitentiaire (USMP) du centre "
    "pénitentiaire, représenté par son directeur, M. Bertrand Delpech ;",
    "le centre hospitalier spécialisé (CHS) du Pech-Lauzun, qui gère le service médico-psychologique régional "
    "(SMPR) et les centres médico-psychologiques (CMP) du secteur, représenté par sa directrice, Mme Claire Authier ;",
    "l'association Addictions Garlande, gestionnaire du centre de soins, d'accompagnement et de prévention en "
    "addictologie (CSAPA) L'Escale, représentée par son président, M. Gilles Fournié ;",
    "l'association Habitat Solidaire Garlande (HSG), représentée par sa présidente, Mme Odile Carrère ;",
    "la Ville d'Aurimont, qui porte le conseil local de santé mentale (CLSM), représentée par Mme Martine Roques, "
    "adjointe au maire déléguée à la santé et présidente du CLSM.",
])

para("Vu la délibération de l'assemblée plénière du CLSM d'Aurimont du 6 mars 2025 ;", s_vu)
para("Vu les travaux du groupe de travail « Justice et santé mentale » du CLSM, installé en octobre 2023 ;", s_vu)
para("Vu la convention de fonctionnement de l'USMP du centre pénitentiaire d'Aurimont-Lestrac ;", s_vu)
para("Considérant qu'en 2024, 214 des 689 personnes libérées du centre pénitentiaire d'Aurimont-Lestrac étaient "
     "suivies par le SMPR, et qu'une sur trois n'avait aucun rendez-vous de soins fixé à la date de sa sortie ;", s_vu)
para("Il est convenu ce qui suit.")

para("Article 1 — Objet", s_art)
para("Le présent protocole organise la continuité des soins somatiques, psychiatriques et addictologiques des "
     "personnes libérées du centre pénitentiaire d'Aurimont-Lestrac, le jour de leur levée d'écrou et pendant les "
     "30 jours qui suivent. Il précise le rôle de chaque signataire, les délais à respecter et les documents remis à "
     "la personne.")

para("Article 2 — Définitions", s_art)
para("Pour l'application du présent protocole, on entend par :")
rich([("Levée d'écrou : ", True), ("l'acte par lequel le greffe de l'établissement constate la fin de la "
                                     "détention et remet la personne en liberté.", False)])
rich([("Sortie sèche : ", True), ("une libération sans aménagement de peine ni accompagnement préparé, "
                                   "notamment une remise en liberté décidée le jour même par une juridiction.", False)])
rich([("Fiche navette « Sortie-Santé » : ", True), ("le document commun, rempli par le SPIP et l'USMP, qui suit "
                                                    "la personne de la préparation de la sortie jusqu'à son premier "
                                                    "rendez-vous de soins.", False)])
rich([("Kit sortie : ", True), ("la pochette nominative remise le jour de la sortie, qui contient le traitement, "
                                 "l'ordonnance, la lettre de liaison et la carte « Contacts santé ».", False)])
rich([("TSO : ", True), ("traitement de substitution aux opiacés.", False)])

para("Article 3 — Personnes concernées", s_art)
para("Le protocole s'applique à toute personne détenue au centre pénitentiaire d'Aurimont-Lestrac qui a bénéficié "
     "d'au moins une consultation de l'USMP ou du SMPR au cours des six derniers mois de détention, quelle que soit "
     "sa commune de résidence après la sortie. La personne est informée du protocole lors de la consultation de "
     "sortie ; elle peut refuser tout ou partie des démarches.")

para("Article 4 — Préparation de la sortie", s_art)
para("4.1 Signalement de la date de sortie", s_sart)
para("Le SPIP communique à l'USMP la date prévisible de libération au moins 15 jours avant la sortie (J-15), au "
     "moyen de la fiche navette « Sortie-Santé ».")
para("4.2 Consultation de sortie", s_sart)
para("L'USMP organise une consultation de sortie entre J-15 et J-3. Le médecin fait le bilan, rédige l'ordonnance "
     "et la lettre de liaison destinée au médecin traitant ou, à défaut, au CMP.")
para("4.3 Rendez-vous au centre médico-psychologique", s_sart)
para("Pour les personnes suivies par le SMPR, l'infirmière de liaison du SMPR fixe avant la sortie un rendez-vous "
     "au CMP du secteur du domicile, dans un délai de 10 jours ouvrés après la sortie. Lorsque la personne n'a pas "
     "de domicile stable, le rendez-vous est pris au CMP Aurimont-Nord.")
para("4.4 Relais des traitements de substitution", s_sart)
para("Pour les personnes sous TSO, l'USMP contacte le CSAPA L'Escale, qui fixe un rendez-vous dans les 72 heures "
     "suivant la sortie. La dernière dose délivrée par l'USMP couvre au minimum la période qui précède ce "
     "rendez-vous.")
para("4.5 Ouverture des droits", s_sart)
para("Dès J-30, le SPIP vérifie avec la permanence de la caisse primaire d'assurance maladie (CPAM) de la "
     "Haute-Garlande, présente au centre pénitentiaire un lundi sur deux, que la personne dispose de sa carte "
     "Vitale et d'une complémentaire santé solidaire.")

para("Article 5 — Le jour de la levée d'écrou", s_art)
para("5.1 Remise du kit sortie", s_sart)
para("Au moment de la levée d'écrou, le greffe remet à la personne le kit sortie préparé par l'USMP : un traitement "
     "pour 7 jours, une ordonnance couvrant 28 jours, la lettre de liaison et la carte « Contacts santé ».")
para("5.2 Horaires des libérations", s_sart)
para("Dans la mesure du possible, les levées d'écrou ont lieu entre 9 h et 11 h 30, afin que la personne puisse "
     "se rendre le jour même en pharmacie et au CMP.")
para("5.3 Sorties de fin de semaine", s_sart)
para("Pour une sortie le vendredi après 14 h, la veille d'un jour férié ou le week-end, le traitement remis couvre "
     "10 jours au lieu de 7.")
para("5.4 Sorties sèches", s_sart)
para("En cas de sortie sèche, le greffe prévient l'USMP par téléphone au 05 99 00 31 20. Lorsque l'USMP est "
     "fermée, le greffe remet l'enveloppe scellée nominative que l'USMP tient prête pour chaque personne sous "
     "traitement : elle contient 3 jours de traitement et une ordonnance.")
para("5.5 Accompagnement physique", s_sart)
para("Lorsque la personne est inscrite dans le programme de sortie accompagnée « Cap Sortie », un accompagnant — "
     "le travailleur pair de l'association HSG ou un infirmier du SMPR — l'attend devant la porte du centre "
     "pénitentiaire et l'accompagne à la pharmacie puis à son lieu d'hébergement.")

para("Article 6 — Après la sortie", s_art)
para("L'infirmière de liaison du SMPR appelle la personne trois jours après sa sortie (J+3) pour vérifier qu'elle "
     "dispose de son traitement et connaît ses rendez-vous. Le CMP informe le SMPR lorsque la personne ne se "
     "présente pas au premier rendez-vous ; une relance est faite dans les 48 heures.")

para("Article 7 — Secret médical et consentement", s_art)
para("Les informations médicales ne circulent qu'entre soignants. Avec l'accord écrit de la personne, le SPIP est "
     "seulement informé qu'un rendez-vous a été honoré ou non, sans aucune information sur le diagnostic ou le "
     "traitement.")

para("Article 8 — Tableau récapitulatif : qui fait quoi ?", s_art)
table([
    ["Étape", "Quand", "Qui", "Quoi"],
    ["Ouverture des droits", "dès J-30", "SPIP et CPAM", "Carte Vitale, complémentaire santé solidaire"],
    ["Signalement de la date de sortie", "J-15 au plus tard", "SPIP (CPIP référent)",
     "Fiche navette transmise à l'USMP"],
    ["Consultation de sortie", "entre J-15 et J-3", "USMP (médecin), SMPR", "Bilan, ordonnance, lettre de liaison"],
    ["Rendez-vous au CMP", "avant la sortie", "SMPR (infirmière de liaison)", "Rendez-vous sous 10 jours ouvrés"],
    ["Relais TSO", "avant la sortie", "USMP et CSAPA L'Escale", "Rendez-vous au CSAPA sous 72 heures"],
    ["Remise du kit sortie", "jour J", "Greffe, pour le compte de l'USMP",
     "7 jours de traitement et ordonnance de 28 jours"],
    ["Accompagnement physique", "jour J", "HSG (travailleur pair) ou SMPR", "Réservé aux inscrits de Cap Sortie"],
    ["Appel de suivi", "J+3", "SMPR (infirmière de liaison)", "Vérifier traitement et rendez-vous"],
], ["3.9cm", "2.9cm", "4.3cm", "5.5cm"], "QuiFaitQuoi")

para("Article 9 — Pilotage et évaluation", s_art)
para("Le groupe de travail « Justice et santé mentale » du CLSM, coanimé par la coordinatrice du CLSM et par la "
     "psychiatre responsable du SMPR, anime le protocole. Un comité de suivi réunit les signataires deux fois par "
     "an, en janvier et en juin. Il examine au moins les indicateurs suivants :")
bullets([
    "la part des personnes libérées suivies par l'USMP ou le SMPR ayant reçu un kit sortie ;",
    "la part des rendez-vous au CMP honorés dans les 10 jours ouvrés ;",
    "le nombre de sorties sèches et la part de celles pour lesquelles une enveloppe scellée a été remise ;",
    "le délai entre la sortie et le premier rendez-vous au CSAPA pour les personnes sous TSO.",
])

para("Article 10 — Durée", s_art)
para("Le présent protocole entre en vigueur le 1er juillet 2025 pour une durée de trois ans, soit jusqu'au "
     "30 juin 2028. Il peut être modifié par avenant à la demande de l'un des signataires.")

para("Fait à Aurimont, le 12 juin 2025, en sept exemplaires originaux.", s_sub)

sig = [
    ("Pour le centre pénitentiaire d'Aurimont-Lestrac,\nle directeur", "Frédéric Maurel"),
    ("Pour le SPIP de la Haute-Garlande,\nla directrice", "Hélène Marsac"),
    ("Pour le centre hospitalier d'Aurimont (USMP),\nle directeur", "Bertrand Delpech"),
    ("Pour le CHS du Pech-Lauzun (SMPR et CMP),\nla directrice", "Claire Authier"),
    ("Pour l'association Addictions Garlande (CSAPA L'Escale),\nle président", "Gilles Fournié"),
    ("Pour l'association Habitat Solidaire Garlande,\nla présidente", "Odile Carrère"),
    ("Pour la Ville d'Aurimont,\nl'adjointe au maire, présidente du CLSM", "Martine Roques"),
]
t = Table(name="Signatures", stylename=tsig)
t.addElement(TableColumn(stylename=colstyle("Signatures.C0", "8.3cm")))
t.addElement(TableColumn(stylename=colstyle("Signatures.C1", "8.3cm")))
for i in range(0, len(sig), 2):
    tr = TableRow()
    for who in sig[i:i + 2]:
        tc = TableCell(stylename=c_none, valuetype="string")
        for line in who[0].split("\n"):
            tc.addElement(P(stylename=s_sig, text=line))
        tc.addElement(P(stylename=s_sig, text="(signature et cachet)"))
        tc.addElement(P(stylename=s_sigb, text=who[1]))
        tr.addElement(tc)
    if len(sig[i:i + 2]) == 1:
        tc = TableCell(stylename=c_none, valuetype="string")
        tc.addElement(P(stylename=s_sig, text=""))
        tr.addElement(tc)
    t.addElement(tr)
body.addElement(t)

para("Annexe 1 — Contacts utiles", s_art)
para("Les numéros ci-dessous figurent aussi sur la carte « Contacts santé » glissée dans le kit sortie.")
table([
    ["Structure", "Adresse", "Téléphone", "Horaires / remarques"],
    ["USMP du centre pénitentiaire", "Centre pénitentiaire, route de Lestrac", "05 99 00 31 20",
     "du lundi au vendredi, 8 h 30 – 18 h"],
    ["SMPR — infirmière de liaison (Laure Fabre)", "Centre pénitentiaire, route de Lestrac", "05 99 00 31 27",
     "appels de suivi J+3"],
    ["CMP Aurimont-Nord", "14 rue des Tanneurs, Aurimont", "05 99 00 44 10",
     "secteur Bellevue-Tilleuls et Moulin-Neuf ; CMP par défaut sans domicile stable"],
    ["CMP Aurimont-Sud", "2 allée des Micocouliers, Aurimont", "05 99 00 44 30", "secteur La Croix-Verte et sud"],
    ["CMP de Saint-Amans-la-Tour", "5 place du Foirail, Saint-Amans-la-Tour", "05 99 00 46 50",
     "communes de l'est du département"],
    ["CSAPA L'Escale", "9 rue de la Fonderie, Aurimont", "05 99 00 52 80",
     "relais TSO ; ouvert le samedi de 9 h à 12 h"],
    ["SPIP — antenne d'Aurimont", "27 cours Victor-Dal, Aurimont", "05 99 00 60 00", "milieu ouvert"],
    ["SPIP — antenne de Saint-Amans-la-Tour", "5 rue du Pont-Vieux, Saint-Amans-la-Tour", "05 99 00 60 40",
     "milieu ouvert"],
    ["HSG — Toit d'Abord et travailleur pair (Damien Lacoste)", "41 rue des Cordiers, Aurimont",
     "05 99 00 71 15", "accompagnements Cap Sortie"],
    ["Coordination du CLSM (Sandrine Vidalou)", "Hôtel de ville, place du Mail, Aurimont", "05 99 00 10 85",
     "clsm@aurimont.example"],
], ["4.4cm", "4.4cm", "2.6cm", "5.2cm"], "Contacts")

doc.save(OUT)
print("écrit", OUT)
