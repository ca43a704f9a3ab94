# -*- coding: utf-8 -*-
"""Génère la convention de partenariat « Parcours vers l'emploi » du CLSM de Valmoreuil (signée le 18 novembre 2025)
au format OpenDocument texte (.odt, odfpy).

Mise en page : maître de page avec en-tête (intitulé court) et pied de page (« Page n » et paraphes), titre et
sous-titre, liste des parties en paragraphes « ENTRE » / « ET », préambule, articles numérotés 1 à 11 (titres en
gras) avec sous-articles 4.1 à 4.6, définitions à libellé en gras, liste numérotée des étapes du parcours, tableau
des indicateurs (indicateur / valeur 2025 / cible 2028), bloc de six signatures en tableau sans bordure (qualité,
nom, mention « Lu et approuvé »), annexe « Contacts des référents ».
"""
import os

from odf.opendocument import OpenDocumentText
from odf.style import (Footer, Header, MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties, Style,
                       TableCellProperties, TableColumnProperties, TableProperties, TextProperties)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P, PageNumber, Span

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-18_clsm-valmoreuil_convention-parcours-emploi.odt")

doc = OpenDocumentText()
doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(
    text="Convention de partenariat « Parcours vers l'emploi » — CLSM de Valmoreuil"))

pl = PageLayout(name="PL1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm", marginbottom="1.5cm",
                                   marginleft="2.4cm", marginright="2.4cm"))
doc.automaticstyles.addElement(pl)


def pstyle(name, size="10.5pt", bold=False, italic=False, align=None, before="0cm", after="0.2cm", color=None,
           indent=None):
    s = Style(name=name, family="paragraph")
    kw = dict(fontsize=size, fontfamily="Liberation Sans", fontname="Liberation Sans")
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
    doc.styles.addElement(s)
    return s


S_BODY = pstyle("Corps", align="justify")
S_TITLE = pstyle("Titre", size="16pt", bold=True, align="center", after="0.2cm", color="#23475e")
S_SUB = pstyle("SousTitre", size="11.5pt", italic=True, align="center", after="0.5cm")
S_PART = pstyle("Partie", indent="0.8cm")
S_ENTRE = pstyle("Entre", bold=True, before="0.2cm")
S_SMALL = pstyle("Petit", size="8pt", color="#555555", align="center")
S_CELL = pstyle("Cellule", size="9.5pt", after="0.05cm")
S_CELLH = pstyle("CelluleTitre", size="9.5pt", bold=True, after="0.05cm")
S_SIG = pstyle("Signature", size="9.5pt", align="center", after="0.05cm")
S_SIGB = pstyle("SignatureNom", size="9.5pt", bold=True, align="center", after="0.9cm")
S_ART = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph")
S_ART.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#23475e", fontfamily="Liberation Sans"))
S_ART.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.15cm"))
doc.styles.addElement(S_ART)
S_SART = Style(name="Heading_20_3", displayname="Heading 3", family="paragraph")
S_SART.addElement(TextProperties(fontsize="10.5pt", fontweight="bold", fontfamily="Liberation Sans"))
S_SART.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.1cm"))
doc.styles.addElement(S_SART)
BOLD = Style(name="Gras", family="text")
BOLD.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(BOLD)

LB = ListStyle(name="Puces")
LB.addElement(ListLevelStyleBullet(level=1, bulletchar="•"))
doc.automaticstyles.addElement(LB)
LN = ListStyle(name="Numeros")
LN.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
doc.automaticstyles.addElement(LN)

T_STYLE = Style(name="Tab", family="table")
T_STYLE.addElement(TableProperties(width="16.2cm", align="center"))
doc.automaticstyles.addElement(T_STYLE)
C_GRID = Style(name="CGrid", family="table-cell")
C_GRID.addElement(TableCellProperties(border="0.5pt solid #6b7c88", padding="0.1cm"))
doc.automaticstyles.addElement(C_GRID)
C_HEAD = Style(name="CHead", family="table-cell")
C_HEAD.addElement(TableCellProperties(border="0.5pt solid #6b7c88", padding="0.1cm", backgroundcolor="#dde8ef"))
doc.automaticstyles.addElement(C_HEAD)
C_NONE = Style(name="CNone", family="table-cell")
C_NONE.addElement(TableCellProperties(border="none", padding="0.15cm"))
doc.automaticstyles.addElement(C_NONE)

mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header()
hd.addElement(P(stylename=S_SMALL, text="CLSM de Valmoreuil — Convention de partenariat « Parcours vers l'emploi » "
                                        "— 2026-2028"))
mp.addElement(hd)
ft = Footer()
fp = P(stylename=S_SMALL, text="Page ")
fp.addElement(PageNumber(selectpage="current"))
fp.addText(" — Paraphes des parties : ........")
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

body = doc.text


def para(text, style=S_BODY, label=None):
    p = P(stylename=style)
    if label:
        p.addElement(Span(stylename=BOLD, text=label))
    p.addText(text)
    body.addElement(p)


def article(title):
    body.addElement(H(outlinelevel=2, stylename=S_ART, text=title))


def subarticle(title):
    body.addElement(H(outlinelevel=3, stylename=S_SART, text=title))


def lst(items, style=LB):
    L = List(stylename=style)
    for it in items:
        li = ListItem()
        li.addElement(P(stylename=S_BODY, text=it))
        L.addElement(li)
    body.addElement(L)


def table(rows, widths, head=True, cell_style=None, styles=(S_CELLH, S_CELL)):
    t = Table(name="T%d" % id(rows), stylename=T_STYLE)
    for i, w in enumerate(widths):
        cs = Style(name="col%d_%d" % (id(rows), i), family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    for r_i, row in enumerate(rows):
        tr = TableRow()
        for v in row:
            st = cell_style or (C_HEAD if head and r_i == 0 else C_GRID)
            tc = TableCell(stylename=st, valuetype="string")
            for line in v.split("\n"):
                tc.addElement(P(stylename=styles[0] if head and r_i == 0 else styles[1], text=line))
            tr.addElement(tc)
        t.addElement(tr)
    body.addElement(t)


para("Convention de partenariat « Parcours vers l'emploi »", S_TITLE)
para("pour l'accès et le maintien dans l'emploi des personnes vivant avec des troubles psychiques à Valmoreuil — "
     "convention n° CLSM-2025-07", S_SUB)

para("ENTRE", S_ENTRE)
para("La Ville de Valmoreuil, représentée par sa maire, Mme Françoise Leterrier, agissant au nom du conseil local de "
     "santé mentale (CLSM) de Valmoreuil, ci-après « la Ville » ;", S_PART)
para("ET", S_ENTRE)
for t in ["Le centre hospitalier du Bois-Guérin, représenté par son directeur, M. Laurent Cauvin, pour son centre de "
          "réhabilitation psychosociale (CRPS), ci-après « le CH » ;",
          "L'association Trajectoires Normandie, porteuse du dispositif d'emploi accompagné de Risle-et-Vère, "
          "représentée par sa présidente, Mme Anne Duval-Hébert, ci-après « Trajectoires » ;",
          "L'association Clubhouse La Fabrique, représentée par son président, M. Hervé Letellier, ci-après « le "
          "clubhouse » ;",
          "L'association Le Phare, gestionnaire du groupe d'entraide mutuelle (GEM) Le Phare, représentée par son "
          "président, M. Gilles Fouquet, ci-après « le GEM » ;",
          "La maison départementale des personnes handicapées (MDPH) de Risle-et-Vère, représentée par sa "
          "directrice, Mme Sylvie Marais, ci-après « la MDPH »."]:
    para(t, S_PART)

para("Préambule", S_ENTRE)
para("Le travail est, pour beaucoup de personnes vivant avec des troubles psychiques, un levier essentiel de "
     "rétablissement. À Valmoreuil, les acteurs du soin, de l'entraide et de l'emploi travaillent ensemble depuis la "
     "création du CLSM en 2017, mais les parcours restent fragmentés : orientations tardives, ruptures entre le soin "
     "et l'emploi, faible présence des dispositifs dans les quartiers prioritaires de la politique de la ville "
     "(QPV). La présente convention vise à organiser un parcours lisible, du premier projet professionnel au "
     "maintien dans l'emploi.")

article("Article 1 — Objet")
para("La présente convention définit les engagements des parties pour repérer, orienter et accompagner vers "
     "l'emploi en milieu ordinaire les personnes vivant avec des troubles psychiques résidant à Valmoreuil, et pour "
     "soutenir leur maintien dans l'emploi.")

article("Article 2 — Définitions")
para(" accompagnement médico-social et professionnel durable de la personne, et appui à son employeur, pour "
     "accéder à un emploi en milieu ordinaire et s'y maintenir ; il nécessite une décision d'orientation de la "
     "commission des droits et de l'autonomie des personnes handicapées (CDAPH).", label="Emploi accompagné :")
para(" emploi rémunéré à temps partiel, d'une durée de six à neuf mois, occupé par un membre du clubhouse chez un "
     "employeur partenaire, le clubhouse garantissant la formation et le remplacement en cas d'absence.",
     label="Emploi de transition :")
para(" professionnel de Trajectoires qui accompagne la personne et l'employeur ; il suit au maximum dix-huit "
     "personnes.", label="Conseiller en emploi accompagné (job coach) :")
para(" reconnaissance de la qualité de travailleur handicapé, décidée par la CDAPH.", label="RQTH :")

article("Article 3 — Personnes concernées")
para("Sont concernées les personnes âgées de 18 ans et plus, résidant à Valmoreuil, vivant avec des troubles "
     "psychiques et ayant un projet d'emploi en milieu ordinaire. Au moins un tiers des nouvelles entrées dans le "
     "parcours est réservé aux habitants des QPV des Hauts-de-Valmoreuil, de La Brèche et du Clos-Fleuri.")

article("Article 4 — Engagements des parties")
subarticle("4.1 La Ville")
para("La Ville assure, par la coordinatrice du CLSM, l'animation du partenariat et le secrétariat du comité de "
     "pilotage. Elle verse à Trajectoires une subvention de 12 000 euros par an pour la tenue d'une permanence "
     "hebdomadaire d'emploi accompagné dans le quartier des Hauts-de-Valmoreuil, et met gratuitement à disposition "
     "une salle de l'espace Simone-Veil.")
subarticle("4.2 Le CH (CRPS)")
para("Le CRPS repère les patients ayant un projet professionnel, réalise les bilans cognitifs et fonctionnels utiles "
     "à l'orientation, accueille la commission Parcours emploi et désigne un référent emploi au sein de son équipe.")
subarticle("4.3 Trajectoires")
para("Trajectoires reçoit toute personne orientée dans un délai de trois semaines, l'aide à constituer son dossier "
     "auprès de la MDPH, met en œuvre l'accompagnement vers et dans l'emploi et assure l'appui aux employeurs.")
subarticle("4.4 Le clubhouse")
lst(["proposer une visite à toute personne orientée dans les quinze jours suivant la demande ;",
     "mettre à disposition ses emplois de transition pour les personnes du parcours ;",
     "accueillir, pendant l'instruction de leur dossier MDPH, les personnes en attente d'une orientation vers "
     "l'emploi accompagné ;",
     "participer à la commission Parcours emploi."])
subarticle("4.5 Le GEM")
para("Le GEM informe ses adhérents du parcours, accueille les personnes qui le souhaitent dans ses ateliers et "
     "propose, une fois par trimestre, un temps d'échange entre adhérents en emploi et adhérents qui en cherchent un.")
subarticle("4.6 La MDPH")
para("La MDPH désigne un référent insertion professionnelle pour les partenaires et organise deux réunions "
     "d'information par an à leur intention.")

article("Article 5 — Le parcours")
para("Le parcours comporte les étapes suivantes :")
lst(["Repérage : tout partenaire peut repérer une personne et remplir avec elle la fiche d'orientation commune.",
     "Commission Parcours emploi : la fiche est examinée par la commission, qui se réunit le premier mardi de chaque "
     "mois à 14 h au CRPS.",
     "Bilan : si nécessaire, bilan au CRPS et constitution du dossier MDPH.",
     "Orientation : vers le clubhouse, l'emploi accompagné, ou les deux.",
     "Accompagnement vers l'emploi puis dans l'emploi, avec l'appui du job coach.",
     "Maintien : suivi sans limite de durée tant que la personne et l'employeur le souhaitent."], LN)

article("Article 6 — Échange d'informations")
para("Les informations partagées entre les parties se limitent à ce qui est strictement nécessaire au parcours, avec "
     "l'accord écrit de la personne. Aucune information médicale n'est transmise en commission.")

article("Article 7 — Comité de pilotage et indicateurs")
para("Un comité de pilotage réunissant les signataires se tient deux fois par an, en juin et en décembre. Il suit "
     "notamment les indicateurs suivants :")
table([["Indicateur", "Valeur au 30 septembre 2025", "Cible 2028"],
       ["Personnes accompagnées en emploi accompagné (Valmoreuil)", "44", "70"],
       ["Personnes en emploi", "27", "45"],
       ["Part des nouvelles entrées habitant un QPV", "24 %", "au moins 33 %"],
       ["Emplois de transition occupés depuis le 1er janvier", "6", "10"]], ["9.6cm", "3.3cm", "3.3cm"])

article("Article 8 — Dispositions financières")
para("En dehors de la subvention prévue à l'article 4.1, la convention n'entraîne aucun flux financier entre les "
     "parties ; chacune supporte les coûts de sa participation.")

article("Article 9 — Durée")
para("La convention prend effet le 1er janvier 2026 pour une durée de trois ans, soit jusqu'au 31 décembre 2028. "
     "Elle peut être renouvelée par avenant après évaluation.")

article("Article 10 — Résiliation")
para("Chaque partie peut se retirer de la convention par lettre recommandée adressée aux autres signataires, avec un "
     "préavis de trois mois.")

article("Article 11 — Litiges")
para("Les parties s'engagent à rechercher une solution amiable à tout différend avant toute action devant le "
     "tribunal administratif compétent.")

para("Fait à Valmoreuil, le 18 novembre 2025, en six exemplaires originaux.", S_ENTRE)
sig = [("Pour la Ville de Valmoreuil\nLa maire", "Françoise Leterrier"),
       ("Pour le centre hospitalier du Bois-Guérin\nLe directeur", "Laurent Cauvin"),
       ("Pour Trajectoires Normandie\nLa présidente", "Anne Duval-Hébert"),
       ("Pour le clubhouse La Fabrique\nLe président", "Hervé Letellier"),
       ("Pour l'association Le Phare (GEM)\nLe président", "Gilles Fouquet"),
       ("Pour la MDPH de Risle-et-Vère\nLa directrice", "Sylvie Marais")]
t = Table(name="Signatures", stylename=T_STYLE)
for i in range(2):
    cs = Style(name="sigcol%d" % i, family="table-column")
    cs.addElement(TableColumnProperties(columnwidth="8.1cm"))
    doc.automaticstyles.addElement(cs)
    t.addElement(TableColumn(stylename=cs))
for r in range(3):
    tr = TableRow()
    for c in range(2):
        q, name = sig[r * 2 + c]
        tc = TableCell(stylename=C_NONE, valuetype="string")
        for line in q.split("\n"):
            tc.addElement(P(stylename=S_SIG, text=line))
        tc.addElement(P(stylename=S_SIG, text="Lu et approuvé"))
        tc.addElement(P(stylename=S_SIGB, text=name))
        tr.addElement(tc)
    t.addElement(tr)
body.addElement(t)

article("Annexe — Contacts des référents")
table([["Partenaire", "Référent", "Téléphone"],
       ["CLSM de Valmoreuil", "Claire Lemonnier, coordinatrice", "02 99 00 12 40"],
       ["CRPS, CH du Bois-Guérin", "Dr Antoine Delaunay", "02 99 00 27 15"],
       ["Trajectoires Normandie", "Karine Osmont, conseillère en emploi accompagné", "02 99 00 58 40"],
       ["Clubhouse La Fabrique", "Hélène Morvan, directrice", "02 99 00 41 27"],
       ["GEM Le Phare", "Julie Bréard, animatrice-coordinatrice", "02 99 00 31 56"],
       ["MDPH de Risle-et-Vère", "Référent insertion professionnelle", "02 99 00 70 02"]],
      ["5.2cm", "7.4cm", "3.6cm"])

doc.save(OUT)
print("écrit", OUT)
