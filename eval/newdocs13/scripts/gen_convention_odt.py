# -*- coding: utf-8 -*-
"""Génère la convention de partenariat ODT du CLSM intercommunal du Pays de Lannévez (2026-2028), signée le
3 février 2026 : préambule en « Vu / Considérant », titres à niveaux (vrais titres ODF), articles numérotés,
sous-articles, listes, en-tête et pied de page avec numéro de page, tableaux budgétaires en annexe. Tout est fictif.
"""
import os

from odf.opendocument import OpenDocumentText
from odf.style import (FooterStyle, HeaderFooterProperties, MasterPage, PageLayout, PageLayoutProperties,
                       ParagraphProperties, Style, TableCellProperties, TableColumnProperties, TableProperties,
                       TextProperties, Footer, Header)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, List, ListItem, P, PageNumber, PageCount, Span

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-02-03_lannevez-communaute_convention-partenariat-clsm-2026-2028.odt")

doc = OpenDocumentText()

# ---- styles
pl = PageLayout(name="PL")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.6cm", marginbottom="1.6cm",
                                   marginleft="2.2cm", marginright="2.2cm"))
hs = Style(name="HeaderPara", family="paragraph")
hs.addElement(TextProperties(fontsize="8pt", color="#555555"))
hs.addElement(ParagraphProperties(textalign="center"))
doc.automaticstyles.addElement(hs)
doc.automaticstyles.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
hdr = Header()
hdr.addElement(P(stylename=hs, text="Convention de partenariat — Conseil local de santé mentale intercommunal du Pays de Lannévez — 2026-2028"))
mp.addElement(hdr)
ftr = Footer()
fp = P(stylename=hs, text="Lannévez Communauté · Direction de la cohésion sociale et de la santé · Page ")
fp.addElement(PageNumber(selectpage="current", text="1"))
fp.addText(" sur ")
fp.addElement(PageCount(text="6"))
ftr.addElement(fp)
mp.addElement(ftr)
doc.masterstyles.addElement(mp)

body_st = Style(name="Corps", family="paragraph")
body_st.addElement(TextProperties(fontsize="10.5pt", fontfamily="Liberation Serif"))
body_st.addElement(ParagraphProperties(textalign="justify", marginbottom="0.18cm"))
doc.styles.addElement(body_st)

h1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph", defaultoutlinelevel="1")
h1.addElement(TextProperties(fontsize="14pt", fontweight="bold", color="#123f6b"))
h1.addElement(ParagraphProperties(margintop="0.5cm", marginbottom="0.2cm", keepwithnext="always"))
doc.styles.addElement(h1)
h2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph", defaultoutlinelevel="2")
h2.addElement(TextProperties(fontsize="11.5pt", fontweight="bold", color="#123f6b"))
h2.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.15cm", keepwithnext="always"))
doc.styles.addElement(h2)
h3 = Style(name="Heading_20_3", displayname="Heading 3", family="paragraph", defaultoutlinelevel="3")
h3.addElement(TextProperties(fontsize="10.5pt", fontweight="bold", fontstyle="italic"))
h3.addElement(ParagraphProperties(margintop="0.25cm", marginbottom="0.1cm", keepwithnext="always"))
doc.styles.addElement(h3)
title_st = Style(name="Titre", family="paragraph")
title_st.addElement(TextProperties(fontsize="18pt", fontweight="bold", color="#123f6b"))
title_st.addElement(ParagraphProperties(textalign="center", marginbottom="0.3cm"))
doc.styles.addElement(title_st)
sub_st = Style(name="SousTitre", family="paragraph")
sub_st.addElement(TextProperties(fontsize="12pt", fontstyle="italic"))
sub_st.addElement(ParagraphProperties(textalign="center", marginbottom="0.6cm"))
doc.styles.addElement(sub_st)
bold = Style(name="Gras", family="text")
bold.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(bold)
cell_st = Style(name="Cellule", family="table-cell")
cell_st.addElement(TableCellProperties(border="0.5pt solid #777777", padding="0.08cm"))
doc.automaticstyles.addElement(cell_st)
headcell_st = Style(name="CelluleTete", family="table-cell")
headcell_st.addElement(TableCellProperties(border="0.5pt solid #777777", padding="0.08cm", backgroundcolor="#dde6ef"))
doc.automaticstyles.addElement(headcell_st)
tpara = Style(name="TablePara", family="paragraph")
tpara.addElement(TextProperties(fontsize="9.5pt"))
doc.automaticstyles.addElement(tpara)
tbl_st = Style(name="Tbl", family="table")
tbl_st.addElement(TableProperties(width="16.6cm", align="center"))
doc.automaticstyles.addElement(tbl_st)


def para(text, style=body_st):
    p = P(stylename=style)
    # **gras** minimal
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        if i % 2:
            p.addElement(Span(stylename=bold, text=part))
        else:
            p.addText(part)
    doc.text.addElement(p)


def head(text, level):
    doc.text.addElement(H(outlinelevel=level, stylename={1: h1, 2: h2, 3: h3}[level], text=text))


def items(lst):
    L = List()
    for it in lst:
        li = ListItem()
        li.addElement(P(stylename=body_st, text=it))
        L.addElement(li)
    doc.text.addElement(L)


def table(name, rows, widths):
    t = Table(name=name, stylename=tbl_st)
    for i, w in enumerate(widths):
        cs = Style(name="%s.C%d" % (name, i), family="table-column")
        cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    for r, row in enumerate(rows):
        tr = TableRow()
        for val in row:
            tc = TableCell(stylename=headcell_st if r == 0 else cell_st, valuetype="string")
            tc.addElement(P(stylename=tpara, text=val))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)


# ---- contenu
para("CONVENTION DE PARTENARIAT", title_st)
para("relative au Conseil local de santé mentale intercommunal du Pays de Lannévez — période 2026-2028", sub_st)

para("**Entre les soussignés :**")
items([
    "Lannévez Communauté, représentée par son président, M. Yann Le Bihan, dûment habilité par délibération du conseil communautaire du 11 décembre 2025, ci-après « Lannévez Communauté » ;",
    "la Ville de Lannévez, représentée par sa maire, Mme Gaëlle Morvan ;",
    "l'Établissement public de santé mentale (EPSM) du Ménez, représenté par sa directrice, Mme Sophie Quéré, et par le président de sa commission médicale d'établissement, le Dr Erwan Kerdraon ;",
    "l'Agence régionale de santé Bretagne, représentée par le délégué départemental, M. Hervé Le Gall ;",
    "l'État, représenté par le sous-préfet chargé de la politique de la ville ;",
    "l'association GEM Ar Skeul, groupe d'entraide mutuelle, représentée par sa présidente, Mme Annaïg Tanguy, au titre des usagers.",
])
para("Ci-après désignés ensemble « les parties ».")

head("Préambule", 1)
para("Vu le code de la santé publique, et notamment son article L. 3221-2 relatif aux projets territoriaux de santé mentale et aux conseils locaux de santé mentale ;")
para("Vu le projet territorial de santé mentale (PTSM) du département, arrêté le 30 juin 2025, dont l'action n° 7 prévoit le déploiement des CLSM sur l'ensemble du territoire départemental ;")
para("Vu le contrat de ville « Engagements Quartiers 2030 » de Lannévez Communauté, signé le 4 avril 2024, qui retient la santé mentale comme priorité du pilier « cohésion sociale » pour le quartier prioritaire de Kerhallet ;")
para("Vu la délibération du conseil communautaire de Lannévez Communauté du 11 décembre 2025 portant création du conseil local de santé mentale intercommunal ;")
para("Considérant que le diagnostic local de santé mentale réalisé en 2025 a mis en évidence l'isolement des personnes vivant avec des troubles psychiques, la difficulté d'accès au centre médico-psychologique pour les habitants des communes rurales et le besoin d'une instance de concertation pour les situations individuelles complexes ;")
para("Considérant que le conseil local de santé mentale de la Ville de Lannévez, créé en 2019, a démontré l'intérêt d'une telle instance et qu'il est désormais nécessaire d'en étendre l'action à l'ensemble du territoire communautaire ;")
para("Il est convenu ce qui suit.")

head("Titre I — Dispositions générales", 1)
head("Article 1 – Objet", 2)
para("La présente convention a pour objet de définir les modalités de fonctionnement, de coordination et de financement du conseil local de santé mentale (CLSM) intercommunal du Pays de Lannévez, ainsi que les engagements respectifs des parties. Le CLSM intercommunal se substitue, à compter du 1er janvier 2026, au CLSM de la Ville de Lannévez, dont il reprend les travaux en cours.")

head("Article 2 – Territoire", 2)
para("Le CLSM couvre les trois communes membres de Lannévez Communauté : Lannévez, Plomarhec et Saint-Guirec-des-Landes, soit 41 200 habitants. Il porte une attention particulière au quartier prioritaire de Kerhallet, à Lannévez, qui compte 3 100 habitants. Son territoire correspond au secteur de psychiatrie adulte n° 4 de l'EPSM du Ménez.")

head("Article 3 – Missions", 2)
para("Le CLSM est un espace de concertation et de coordination entre les élus, la psychiatrie publique, les usagers, les aidants et l'ensemble des acteurs locaux concernés. Il a pour missions :")
items([
    "d'établir et d'actualiser un diagnostic partagé des besoins et des ressources en santé mentale du territoire ;",
    "de favoriser l'accès aux soins et la continuité des parcours, notamment pour les habitants du quartier de Kerhallet et des communes rurales ;",
    "de contribuer à l'inclusion sociale des personnes vivant avec des troubles psychiques, en particulier par l'accès et le maintien dans le logement ;",
    "de mener des actions de prévention, d'information et de lutte contre la stigmatisation, notamment dans le cadre des Semaines d'information sur la santé mentale ;",
    "d'apporter un appui à la résolution des situations individuelles complexes, dans le respect des règles de confidentialité définies à l'article 8.",
])

head("Titre II — Organisation", 1)
head("Article 4 – Instances", 2)
head("4.1 L'assemblée plénière", 3)
para("L'assemblée plénière réunit l'ensemble des membres du CLSM, dont la liste figure en annexe 3. Elle se réunit au moins une fois par an, sous la présidence du président de Lannévez Communauté ou de l'élu qu'il désigne. Elle prend connaissance du rapport d'activité, débat des orientations et valide le programme d'actions de l'année suivante.")
head("4.2 Le comité de pilotage", 3)
para("Le comité de pilotage est l'instance de décision du CLSM. Il est composé d'un représentant de chacune des parties signataires, ainsi que d'un représentant de l'Union nationale de familles et amis de personnes malades et/ou handicapées psychiques (Unafam) et d'un représentant des bailleurs sociaux. Il se réunit au moins trois fois par an. Il est coprésidé par l'élu en charge de la santé de Lannévez Communauté et par le président de la commission médicale de l'EPSM du Ménez ou son représentant.")
head("4.3 Les groupes de travail", 3)
para("Quatre groupes de travail thématiques sont constitués pour la durée de la convention :")
items([
    "accès aux soins et parcours, piloté par l'EPSM du Ménez ;",
    "logement et santé mentale, piloté par Lannévez Communauté avec les bailleurs sociaux ;",
    "jeunesse, piloté par la Maison des adolescents ;",
    "déstigmatisation et participation des usagers, piloté par le GEM Ar Skeul.",
])
para("Le comité de pilotage peut créer, modifier ou supprimer des groupes de travail en cours de convention.")
head("4.4 La cellule de concertation des situations complexes", 3)
para("La cellule de concertation examine des situations individuelles complexes pour lesquelles les professionnels ne trouvent pas seuls de réponse adaptée. Elle se réunit le deuxième mardi de chaque mois. Elle est saisie par tout professionnel membre du CLSM au moyen d'une fiche de saisine adressée au coordinateur, au moins dix jours avant la séance. La personne concernée est informée de la saisine et son accord est recherché. Les participants signent la charte de confidentialité de la cellule.")

head("Article 5 – Coordination", 2)
para("La coordination du CLSM est assurée par un coordinateur ou une coordinatrice à temps plein, recruté et employé par Lannévez Communauté et placé au sein de la direction de la cohésion sociale et de la santé. Il ou elle anime les instances, prépare et suit le programme d'actions, assure le secrétariat de la cellule de concertation, rédige le rapport d'activité annuel et représente le CLSM auprès des partenaires. La fiche de poste est validée par le comité de pilotage.")

head("Titre III — Engagements et financement", 1)
head("Article 6 – Engagements des parties", 2)
para("**Lannévez Communauté** s'engage à porter le poste de coordination, à mettre à disposition un bureau et les moyens matériels nécessaires, et à inscrire chaque année à son budget la participation prévue à l'annexe 1.")
para("**La Ville de Lannévez** s'engage à mobiliser son centre communal d'action sociale et les équipes du contrat de ville, et à cofinancer les actions menées dans le quartier prioritaire de Kerhallet.")
para("**L'EPSM du Ménez** s'engage à désigner un psychiatre référent du CLSM, pour un temps équivalent à 0,1 ETP, à participer aux instances et à la cellule de concertation, et à faciliter l'accès au centre médico-psychologique pour les personnes orientées par le CLSM.")
para("**L'ARS Bretagne** s'engage à cofinancer le poste de coordination dans les conditions prévues à l'article 7, et à apporter son appui méthodologique.")
para("**L'État** s'engage, au titre de la politique de la ville, à soutenir les actions du CLSM conduites au bénéfice des habitants du quartier prioritaire, dans la limite des crédits disponibles.")
para("**Le GEM Ar Skeul** s'engage à représenter les usagers dans les instances et à animer le groupe de travail déstigmatisation et participation des usagers.")

head("Article 7 – Dispositions financières", 2)
para("Le budget prévisionnel du CLSM pour l'année 2026 s'élève à 69 000 euros. Sa répartition figure à l'annexe 1, et la programmation pluriannuelle à l'annexe 2. La participation de l'ARS Bretagne, imputée sur le fonds d'intervention régional, est fixée à 27 500 euros par an, sous réserve du vote annuel des crédits. Elle est versée en une fois, avant le 30 juin de chaque année, sur présentation du rapport d'activité de l'année précédente.")
para("Les participations de l'État au titre de la politique de la ville font l'objet d'un dépôt annuel dans le cadre de l'appel à projets du contrat de ville. Les contributions en nature, notamment le temps de psychiatre mis à disposition par l'EPSM, ne sont pas valorisées dans le budget.")

head("Titre IV — Confidentialité, évaluation et durée", 1)
head("Article 8 – Confidentialité et secret professionnel", 2)
para("Les échanges au sein de la cellule de concertation sont soumis au secret professionnel partagé dans les conditions prévues par le code de l'action sociale et des familles et le code de la santé publique. Seules les informations strictement nécessaires sont partagées. Aucun compte rendu nominatif n'est diffusé en dehors des participants ; les relevés de décisions sont anonymisés. Le CLSM ne constitue en aucun cas une instance de décision en matière de soins sans consentement.")

head("Article 9 – Suivi et évaluation", 2)
para("Le coordinateur présente chaque année au comité de pilotage, avant le 31 mai, un rapport d'activité comprenant au minimum les indicateurs suivants :")
items([
    "le nombre de réunions de chaque instance et le taux de participation des membres ;",
    "le nombre de situations examinées par la cellule de concertation et leur suite ;",
    "le nombre de personnes formées aux premiers secours en santé mentale ;",
    "le nombre d'actions menées pendant les Semaines d'information sur la santé mentale et leur fréquentation ;",
    "le nombre d'actions conduites dans le quartier prioritaire de Kerhallet.",
])
para("Une évaluation finale de la convention sera conduite au cours du second semestre 2028, par un prestataire extérieur, afin de préparer son renouvellement.")

head("Article 10 – Durée", 2)
para("La présente convention est conclue pour une durée de trois ans, du 1er janvier 2026 au 31 décembre 2028. Elle pourra être renouvelée par voie d'avenant, après évaluation.")

head("Article 11 – Modification", 2)
para("Toute modification de la présente convention fait l'objet d'un avenant approuvé par l'ensemble des parties. L'adhésion d'une nouvelle commune ou d'un nouveau partenaire se fait également par avenant.")

head("Article 12 – Résiliation", 2)
para("Chacune des parties peut se retirer de la convention par lettre recommandée avec accusé de réception adressée aux autres parties, moyennant un préavis de trois mois. Le retrait d'une partie n'entraîne pas la résiliation de la convention à l'égard des autres parties, sauf s'il s'agit de Lannévez Communauté ou de l'EPSM du Ménez.")

head("Article 13 – Litiges", 2)
para("En cas de différend sur l'interprétation ou l'exécution de la présente convention, les parties s'engagent à rechercher une solution amiable. À défaut, le litige sera porté devant le tribunal administratif de Rennes.")

para("Fait à Lannévez, le 3 février 2026, en six exemplaires originaux.")
table("Signatures", [
    ["Pour Lannévez Communauté", "Pour la Ville de Lannévez", "Pour l'EPSM du Ménez"],
    ["Le président, Yann Le Bihan", "La maire, Gaëlle Morvan", "La directrice, Sophie Quéré — Le président de la CME, Dr Erwan Kerdraon"],
    ["Pour l'ARS Bretagne", "Pour l'État", "Pour le GEM Ar Skeul"],
    ["Le délégué départemental, Hervé Le Gall", "Le sous-préfet chargé de la politique de la ville", "La présidente, Annaïg Tanguy"],
], [5.5, 5.5, 5.6])

head("Annexe 1 – Budget prévisionnel 2026", 1)
para("Montants en euros. Le budget est présenté à l'équilibre ; les montants des partenaires autres que l'ARS et Lannévez Communauté sont prévisionnels.")
table("Budget2026", [
    ["Dépenses", "Montant", "Recettes", "Montant"],
    ["Poste de coordination (1 ETP, salaire chargé)", "52 000", "ARS Bretagne (fonds d'intervention régional)", "27 500"],
    ["Frais de fonctionnement (déplacements, téléphonie, bureautique)", "3 500", "Lannévez Communauté", "22 000"],
    ["Semaines d'information sur la santé mentale", "4 000", "Ville de Lannévez (contrat de ville)", "8 500"],
    ["Formations aux premiers secours en santé mentale (3 sessions)", "7 200", "État – crédits politique de la ville", "6 000"],
    ["Supervision de la cellule de concertation et interprétariat", "2 300", "EPSM du Ménez", "5 000"],
    ["Total des dépenses", "69 000", "Total des recettes", "69 000"],
], [5.6, 2.4, 6.2, 2.4])

head("Annexe 2 – Programmation pluriannuelle des participations", 1)
para("Montants en euros, sous réserve du vote annuel des budgets de chaque partenaire.")
table("Pluriannuel", [
    ["Financeur", "2026", "2027", "2028"],
    ["ARS Bretagne", "27 500", "27 500", "27 500"],
    ["Lannévez Communauté", "22 000", "22 500", "23 000"],
    ["Ville de Lannévez", "8 500", "8 500", "8 500"],
    ["État – politique de la ville", "6 000", "à déterminer", "à déterminer"],
    ["EPSM du Ménez", "5 000", "5 000", "5 000"],
], [6.6, 3.3, 3.3, 3.4])

head("Annexe 3 – Composition de l'assemblée plénière", 1)
para("L'assemblée plénière est organisée en cinq collèges :")
items([
    "collège des élus : les maires des trois communes ou leurs représentants, et les élus communautaires chargés de la santé, de la cohésion sociale et de l'habitat ;",
    "collège de la psychiatrie et du soin : EPSM du Ménez, centre hospitalier de Lannévez, communauté professionnelle territoriale de santé, médecins généralistes et pharmaciens volontaires ;",
    "collège des usagers et des aidants : GEM Ar Skeul, Unafam, représentants des usagers de l'EPSM ;",
    "collège de l'action sociale et du logement : CCAS, conseil départemental, bailleurs sociaux, associations d'hébergement, mission locale ;",
    "collège des autres acteurs : Éducation nationale, Maison des adolescents, gendarmerie, police municipale, services de l'État, conseil citoyen de Kerhallet.",
])

doc.save(OUT)
print(os.path.basename(OUT))
