# -*- coding: utf-8 -*-
"""Génère l'annuaire « Handicap psychique : qui fait quoi à Montbrenay » du groupe de travail du CLSM
(version du 18 mars 2025) en OpenDocument texte (.odt, odfpy), exporté « à la Google Docs » :
aucun style de titre (pas de <text:h>, pas de style Heading) ; les titres sont des paragraphes ordinaires dont
le texte est dans un span gras de grande taille (styles automatiques P1…, T1…) ; listes numérotées
(<text:list> avec style de numérotation « 1. ») ; tableau des services (porteur, places, liste d'attente,
téléphone) ; notes en fin de document appelées par des astérisques ; glossaire des sigles.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from odf.opendocument import OpenDocumentText
from odf.style import (ListLevelProperties, ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import List, ListItem, ListLevelStyleNumber, ListStyle, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-03-18_clsm-montbrenay_annuaire-ressources-handicap-psychique.odt")

doc = OpenDocumentText()
A = doc.automaticstyles
_std = Style(name="Standard", family="paragraph")
_std.addElement(TextProperties(fontfamily="Arial", fontsize="11pt"))
doc.styles.addElement(_std)


def pstyle(name, **pp):
    s = Style(name=name, family="paragraph", parentstylename="Standard")
    s.addElement(ParagraphProperties(**pp))
    A.addElement(s)
    return s


def tstyle(name, **tp):
    s = Style(name=name, family="text")
    s.addElement(TextProperties(**tp))
    A.addElement(s)
    return s


P1 = pstyle("P1", margintop="0.42cm", marginbottom="0.21cm")            # paragraphe de titre
P2 = pstyle("P2", marginbottom="0.18cm", lineheight="115%")             # corps
P3 = pstyle("P3", marginbottom="0.05cm")                                # cellule
P4 = pstyle("P4", textalign="center", marginbottom="0.3cm")             # titre du document
T1 = tstyle("T1", fontweight="bold", fontsize="20pt", fontfamily="Arial")
T2 = tstyle("T2", fontweight="bold", fontsize="15pt", fontfamily="Arial", color="#1c4587")
T3 = tstyle("T3", fontweight="bold", fontsize="12.5pt", fontfamily="Arial")
T4 = tstyle("T4", fontweight="bold")
T5 = tstyle("T5", fontstyle="italic", fontsize="9pt")
T6 = tstyle("T6", fontsize="11pt", fontfamily="Arial")

L1 = ListStyle(name="L1")
for lvl in (1, 2):
    ls = ListLevelStyleNumber(level=lvl, numformat="1" if lvl == 1 else "a", numsuffix=".")
    ls.addElement(ListLevelProperties(spacebefore="%.2fcm" % (0.63 * lvl), minlabelwidth="0.63cm"))
    L1.addElement(ls)
A.addElement(L1)

TBL = Style(name="Table1", family="table")
TBL.addElement(TableProperties(width="17cm", align="left"))
A.addElement(TBL)
COLW = ["4.2cm", "3.6cm", "2.2cm", "2.6cm", "4.4cm"]
for i, w in enumerate(COLW):
    cs = Style(name="Table1.%s" % chr(65 + i), family="table-column")
    cs.addElement(TableColumnProperties(columnwidth=w))
    A.addElement(cs)
CELL = Style(name="Table1.A1", family="table-cell")
CELL.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
A.addElement(CELL)
CELLH = Style(name="Table1.A0", family="table-cell")
CELLH.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm", backgroundcolor="#d9e2f3"))
A.addElement(CELLH)

body = doc.text


def para(text, style=P2, span=None):
    p = P(stylename=style)
    if span is None:
        p.addText(text)
    else:
        p.addElement(Span(stylename=span, text=text))
    body.addElement(p)
    return p


def rich(parts, style=P2):
    """parts : liste de (texte, gras?)"""
    p = P(stylename=style)
    for text, bold in parts:
        if bold:
            p.addElement(Span(stylename=T4, text=text))
        else:
            p.addText(text)
    body.addElement(p)


def title(text, level=2):
    para(text, P1, {1: T1, 2: T2, 3: T3}[level])


def numbered(items, sub=None):
    lst = List(stylename=L1)
    for i, it in enumerate(items):
        li = ListItem()
        li.addElement(P(stylename=P2, text=it))
        if sub and i in sub:
            inner = List()
            for s in sub[i]:
                li2 = ListItem()
                li2.addElement(P(stylename=P2, text=s))
                inner.addElement(li2)
            li.addElement(inner)
        lst.addElement(li)
    body.addElement(lst)


SERVICES = [
    ["Service", "Porteur", "Places", "Liste d'attente*", "Téléphone"],
    ["SAMSAH Horizon", "Association Horizon Sâline", "30", "33 personnes", "03 99 00 63 40"],
    ["SAVS Le Fil", "Association Solidarité Sâline", "45", "26 personnes", "03 99 00 63 55"],
    ["Dispositif d'emploi accompagné (DEA)", "Tremplin Sâline", "90", "11 personnes", "03 99 00 71 08"],
    ["ESAT Les Ateliers du Val", "APEI du Val de Sâline", "64 (dont 12 en section adaptée)", "21 personnes",
     "03 99 00 58 30"],
    ["GEM La Passerelle", "Association des adhérents, parrainée par Santé mentale Sâline", "accès libre",
     "aucune", "03 99 00 47 62"],
    ["Habitat inclusif Maison Colibri", "Sâline Habitat et Horizon Sâline", "6 habitants",
     "6 personnes", "06 99 00 35 14"],
    ["Résidence accueil Les Tilleuls", "Association Solidarité Sâline", "18 logements", "10 personnes",
     "03 99 00 29 87"],
]


def services_table():
    t = Table(name="Services", stylename=TBL)
    for i in range(len(COLW)):
        t.addElement(TableColumn(stylename="Table1.%s" % chr(65 + i)))
    for r, row in enumerate(SERVICES):
        tr = TableRow()
        for val in row:
            tc = TableCell(stylename=CELLH if r == 0 else CELL, valuetype="string")
            p = P(stylename=P3)
            if r == 0:
                p.addElement(Span(stylename=T4, text=val))
            else:
                p.addText(val)
            tc.addElement(p)
            tr.addElement(tc)
        t.addElement(tr)
    body.addElement(t)


def main():
    para("Handicap psychique : qui fait quoi à Montbrenay ?", P4, T1)
    para("Annuaire des ressources du groupe de travail « handicap psychique » du CLSM de Montbrenay - "
         "version du 18 mars 2025", P4, T5)
    rich([("À qui s'adresse ce document ? ", True),
          ("Aux professionnels de Montbrenay (travailleurs sociaux, soignants, bailleurs, agents d'accueil, "
           "conseillers emploi) qui rencontrent une personne dont les troubles psychiques pèsent sur la vie "
           "quotidienne, le logement ou le travail. Il a été rédigé à plusieurs mains par les membres du groupe "
           "de travail, coordonné par Sophie Vernier (CLSM) et copiloté par le Dr Hélène Marchetti (centre "
           "hospitalier de Montbrenay) et Julien Roussel (SAMSAH Horizon). Il sera mis à jour chaque année.", False)])
    rich([("Le handicap psychique en une phrase : ", True),
          ("ce n'est pas la maladie elle-même, mais ses conséquences durables sur la vie de tous les jours "
           "(s'organiser, tenir un rythme, aller vers les autres), reconnues comme un handicap par la loi du "
           "11 février 2005. Les capacités intellectuelles sont en général préservées, à la différence du "
           "handicap mental.", False)])

    title("1. Ouvrir des droits : la MDPH pas à pas")
    para("La maison départementale des personnes handicapées (MDPH) de la Haute-Sâline instruit toutes les "
         "demandes ; c'est sa commission, la CDAPH, qui décide. Une seule demande peut porter sur plusieurs "
         "droits à la fois (RQTH, AAH, orientation vers un service). Les étapes :")
    numbered([
        "Remplir le formulaire de demande (Cerfa n° 15692) en ligne sur mdph-en-ligne.haute-saline.example ou "
        "sur papier, avec le « projet de vie » rédigé par la personne, même en quelques lignes.",
        "Faire remplir le certificat médical par le psychiatre ou le médecin traitant : il doit dater de moins "
        "d'un an au moment du dépôt. Joindre si possible le volet psychique (compte rendu du CMP).",
        "Joindre une pièce d'identité et un justificatif de domicile de moins de trois mois.",
        "Déposer le dossier complet : la MDPH envoie un accusé de réception ; c'est la date du dossier complet "
        "qui fait courir le délai.",
        "Attendre la décision de la CDAPH, notifiée par courrier. Compter en moyenne 5,8 mois en 2024 "
        "(toutes demandes confondues) ; la RQTH va plus vite.",
        "En cas de désaccord : recours administratif préalable obligatoire (RAPO) dans les deux mois suivant "
        "la notification.",
    ], sub={1: ["Le GT a mis au point avec le CMP un modèle de compte rendu « retentissement fonctionnel » "
                "que les médecins peuvent joindre au certificat.",
                "Pour une personne qui ne consulte plus, passer par le médecin traitant."]})
    rich([("Bon à savoir : ", True),
          ("l'accueil téléphonique de la MDPH (03 99 00 50 00) répond du lundi au vendredi de 8 h 30 à 12 h. "
           "Les dossiers incomplets sont la première cause de retard.", False)])

    title("2. Les services qui accompagnent")
    para("Le tableau ci-dessous présente les services de Montbrenay pour les adultes vivant avec un handicap "
         "psychique. Sauf le GEM, tous demandent une décision d'orientation de la CDAPH.")
    services_table()
    para("* Liste d'attente au 1er mars 2025, déclarée par chaque service au GT. Les places sont les places "
         "installées à cette date.", P2, T5)
    title("Qui fait quoi ?", 3)
    numbered([
        "Le SAVS (service d'accompagnement à la vie sociale) aide à la vie quotidienne : logement, budget, "
        "démarches, loisirs. Il est financé par le Département.",
        "Le SAMSAH (service d'accompagnement médico-social pour adultes handicapés) fait la même chose avec, en "
        "plus, une équipe soignante (infirmiers, psychiatre vacataire). Il est financé par le Département et "
        "par l'assurance maladie via l'ARS.",
        "Le dispositif d'emploi accompagné de Tremplin Sâline aide à trouver et garder un emploi ordinaire, en "
        "accompagnant aussi l'employeur. Il couvre tout le département.",
        "L'ESAT Les Ateliers du Val propose un travail en milieu protégé ; sa section adaptée est réservée "
        "au handicap psychique.",
        "Le GEM La Passerelle (groupe d'entraide mutuelle) est une association d'usagers : entrée libre, sans "
        "notification, 12 rue Victor-Hugo.",
    ])

    title("3. Se loger")
    numbered([
        "Résidence accueil Les Tilleuls : 18 logements autonomes (T1 bis) avec des hôtes présents en journée, "
        "pour des personnes isolées ; c'est une forme de pension de famille. Demande via le SIAO.",
        "Habitat inclusif Maison Colibri (rue des Glycines) : six habitants partagent une grande maison, "
        "chacun a son bail ; une animatrice financée par l'aide à la vie partagée (AVP) organise la vie "
        "commune. Ouverte le 15 octobre 2024. Pas d'orientation CDAPH nécessaire.",
        "Projet : un deuxième habitat inclusif de cinq logements aux Combes avec Sâline Habitat, "
        "à l'étude pour 2026.",
    ])

    title("4. Qui appeler selon la situation ?")
    numbered([
        "Une personne sans suivi qui va mal : le CMP adultes du secteur 2, 8 rue Pasteur, 03 99 00 44 10 ; "
        "en urgence, le 15.",
        "Une question sur un dossier MDPH : l'accueil de la MDPH au 03 99 00 50 00.",
        "Un projet d'emploi : la permanence de Tremplin Sâline au centre social Jean-Macé des Combes, le jeudi "
        "de 9 h à 12 h, sans rendez-vous.",
        "Une situation complexe qui bloque : la cellule de coordination du CLSM, saisie par la fiche de "
        "liaison (sante-mentale.montbrenay.example), se réunit le premier lundi du mois.",
        "Une famille qui a besoin de soutien : la permanence des proches aidants, 06 99 00 18 42.",
    ])

    title("5. Sigles")
    for sig, txt in [
        ("AAH", "allocation aux adultes handicapés, versée par la CAF après décision de la CDAPH"),
        ("AVP", "aide à la vie partagée, qui finance l'animation d'un habitat inclusif"),
        ("CDAPH", "commission des droits et de l'autonomie des personnes handicapées"),
        ("DEA", "dispositif d'emploi accompagné"),
        ("ESAT", "établissement et service d'accompagnement par le travail"),
        ("GEM", "groupe d'entraide mutuelle"),
        ("RQTH", "reconnaissance de la qualité de travailleur handicapé"),
        ("SAMSAH", "service d'accompagnement médico-social pour adultes handicapés"),
        ("SAVS", "service d'accompagnement à la vie sociale"),
        ("SIAO", "service intégré d'accueil et d'orientation"),
    ]:
        rich([(sig + " : ", True), (txt + ".", False)])
    para("Contact du groupe de travail : Sophie Vernier, coordinatrice du CLSM, 03 99 00 41 20, "
         "clsm@montbrenay.example. Prochaine réunion du GT : jeudi 10 avril 2025, 14 h, salle Pasteur du centre "
         "hospitalier.", P2, T6)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
