# -*- coding: utf-8 -*-
"""Génère le compte rendu OpenDocument texte (.odt, odfpy) du comité de pilotage « Santé mentale des aînés » du
CLSM de Vernançay du mardi 11 mars 2025.

Mise en page : titre, bloc « Date / Lieu / Rédaction », listes des présents et excusés, cinq points d'ordre du
jour en titres de niveau 2, un tableau des financements 2025 avec cellules fusionnées verticalement
(table:number-rows-spanned + table:covered-table-cell) pour le financeur, ligne de total, un tableau de suivi des
actions (responsable fusionné sur deux lignes), une liste numérotée des décisions (text:list avec style de
numérotation) et la ligne « Prochaine réunion : … » en fin de document ; pied de page avec numéro de page.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, ListLevelProperties, MasterPage, PageLayout, PageLayoutProperties, Footer)
from odf.text import H, P, Span, List, ListItem, ListStyle, ListLevelStyleNumber, PageNumber
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-03-11_clsm-vernancay_cr-copil-sante-mentale-aines.odt")

doc = OpenDocumentText()
st = doc.styles
auto = doc.automaticstyles

h1 = Style(name="Heading 1", family="paragraph")
h1.addElement(TextProperties(fontsize="16pt", fontweight="bold", color="#1f4e79"))
h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
st.addElement(h1)
h2 = Style(name="Heading 2", family="paragraph")
h2.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#1f4e79"))
h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.15cm"))
st.addElement(h2)
body = Style(name="Text body", family="paragraph")
body.addElement(TextProperties(fontsize="10.5pt", fontfamily="Liberation Sans"))
body.addElement(ParagraphProperties(marginbottom="0.15cm"))
st.addElement(body)
small = Style(name="Small", family="paragraph", parentstylename="Text body")
small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
st.addElement(small)
next_style = Style(name="Prochaine", family="paragraph", parentstylename="Text body")
next_style.addElement(TextProperties(fontweight="bold"))
next_style.addElement(ParagraphProperties(margintop="0.5cm", borderlinewidth="0.05cm", padding="0.15cm",
                                          border="0.06pt solid #1f4e79"))
st.addElement(next_style)
bold = Style(name="Bold", family="text")
bold.addElement(TextProperties(fontweight="bold"))
st.addElement(bold)

tstyle = Style(name="Tbl", family="table")
tstyle.addElement(TableProperties(width="16.5cm", align="margins"))
auto.addElement(tstyle)
cstyle = Style(name="Cell", family="table-cell")
cstyle.addElement(TableCellProperties(border="0.5pt solid #7f7f7f", padding="0.1cm", verticalalign="middle"))
auto.addElement(cstyle)
hcell = Style(name="HCell", family="table-cell")
hcell.addElement(TableCellProperties(border="0.5pt solid #7f7f7f", padding="0.1cm", backgroundcolor="#dde7f0"))
auto.addElement(hcell)
for nm, w in (("ColA", "4.5cm"), ("ColB", "8cm"), ("ColC", "4cm")):
    cs = Style(name=nm, family="table-column")
    cs.addElement(TableColumnProperties(columnwidth=w))
    auto.addElement(cs)

numlist = ListStyle(name="Decisions")
lvl = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".", stylename="Numbering_20_Symbols")
lvl.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.6cm"))
numlist.addElement(lvl)
auto.addElement(numlist)

pl = PageLayout(name="PL")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="2cm", marginbottom="1.5cm",
                                   marginleft="2cm", marginright="2cm"))
auto.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
ft = Footer()
fp = P(stylename=small, text="CLSM de Vernançay — CR copil « Santé mentale des aînés » du 11/03/2025 — page ")
fp.addElement(PageNumber(selectpage="current", text="1"))
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

T = doc.text


def para(text, style=body):
    T.addElement(P(stylename=style, text=text))


def labelled(label, text):
    p = P(stylename=body)
    p.addElement(Span(stylename=bold, text=label))
    p.addText(text)
    T.addElement(p)


def cell(text, style=cstyle, rows=None):
    c = TableCell(stylename=style, valuetype="string", numberrowsspanned=rows) if rows else \
        TableCell(stylename=style, valuetype="string")
    for ln in text.split("\n"):
        c.addElement(P(stylename=body, text=ln))
    return c


T.addElement(H(outlinelevel=1, stylename=h1, text="Compte rendu — comité de pilotage « Santé mentale des aînés »"))
para("Conseil local de santé mentale (CLSM) de Vernançay", small)
labelled("Date : ", "mardi 11 mars 2025, de 14 h 30 à 16 h 45")
labelled("Lieu : ", "CCAS de Vernançay, salle Loire, 12 rue des Mariniers")
labelled("Rédaction : ", "Sandrine Leroux, coordinatrice du CLSM — relu par Hélène Marchais et le Dr Anne-Claire Fournier")
labelled("Présents : ", "Sandrine Leroux (CLSM) ; Véronique Daudin, adjointe au maire chargée des solidarités et du "
         "grand âge (présidente de séance) ; Hélène Marchais, responsable du CLIC du Pays de Vernançay ; Dr Anne-Claire "
         "Fournier et Yannick Pelletier, EMPSA du CH Les Tilleuls ; Julien Barreau, DAC Cher-et-Sauldre ; Karim "
         "Ouazzani et Nadia Benali, Sauldre Habitat ; Martine Chauvin, directrice de l'EHPAD Les Glycines ; Fabrice "
         "Royer, association Aide à Domicile Vernançay et Sologne (ADVS) ; Léonie Marquet, centre social Jacques-Prévert ; "
         "Pauline Grosjean, délégation départementale de l'ARS Centre-Val de Loire.")
labelled("Excusés : ", "Corinne Vasseur (référente Monalisa, conseil départemental) ; Dr Thierry Blanchard, médecin "
         "généraliste, maison de santé des Grands-Champs ; SAAD Les Bruyères.")

T.addElement(H(outlinelevel=2, stylename=h2, text="1. Bilan du plan canicule 2024 et du registre"))
para("Hélène Marchais présente le bilan de l'été 2024. Le registre des personnes vulnérables du CCAS (« registre "
     "canicule ») comptait 784 inscrits au 31 août 2024, contre 612 un an plus tôt. La progression reste faible aux "
     "Grands-Champs : 96 inscrits seulement, alors que le quartier compte 395 habitants de 75 ans et plus. Pendant "
     "l'épisode d'alerte orange du mois d'août, 1 940 appels ont été passés et 37 visites à domicile ont été "
     "organisées ; 6 situations de détresse psychique ont été transmises au CLIC.")
para("Le comité relève que les appels servent aussi à repérer l'isolement et la souffrance psychique, et souhaite "
     "que le questionnaire d'appel comporte désormais des questions sur le moral.")

T.addElement(H(outlinelevel=2, stylename=h2, text="2. Activité de l'EMPSA en 2024"))
para("Le Dr Fournier présente l'activité de l'équipe mobile de psychiatrie du sujet âgé (EMPSA) : file active de 212 "
     "patients en 2024 (164 en 2023), dont 141 de 75 ans et plus. Le délai moyen entre la réception d'une demande "
     "complète et la première intervention est de 11 jours (13 jours en 2023). L'équipe signale qu'elle arrive au "
     "bout de ses capacités avec deux infirmiers ; une demande de renfort d'un poste infirmier sera présentée à l'ARS.")

T.addElement(H(outlinelevel=2, stylename=h2, text="3. Formation au repérage de la crise suicidaire"))
para("62 professionnels ont été formés en 2024 (module sentinelle), dans 5 EHPAD. Martine Chauvin souligne l'effet "
     "de la formation sur les équipes de nuit, « qui étaient les plus seules face aux idées noires des résidents ». "
     "Pour 2025, l'objectif est de couvrir tous les EHPAD du territoire et d'ouvrir le module évaluation aux "
     "infirmiers et psychologues.")

T.addElement(H(outlinelevel=2, stylename=h2, text="4. Équipes citoyennes Monalisa et gardiens vigilants"))
para("Léonie Marquet présente l'équipe citoyenne Monalisa des Grands-Champs, lancée en octobre 2024 au centre social "
     "Jacques-Prévert : 11 bénévoles, 19 personnes visitées chaque semaine. À l'échelle de la ville, on compte 3 "
     "équipes citoyennes et 41 bénévoles. Karim Ouazzani rappelle que 8 gardiens de Sauldre Habitat ont été formés "
     "en 2024 et ont fait 31 signalements. Nadia Benali demande que le CLIC lui confirme systématiquement la prise "
     "en charge des situations transmises, ce qui est accepté.")

T.addElement(H(outlinelevel=2, stylename=h2, text="5. Financements 2025"))
para("Le tableau ci-dessous récapitule les financements notifiés ou attendus pour le volet « aînés » du CLSM en "
     "2025. L'ARS Centre-Val de Loire reste le premier financeur, avec 55 000 € au total.")

tbl = Table(name="Financements2025", stylename=tstyle)
tbl.addElement(TableColumn(stylename="ColA"))
tbl.addElement(TableColumn(stylename="ColB"))
tbl.addElement(TableColumn(stylename="ColC"))
tr = TableRow()
for h in ("Financeur", "Action financée", "Montant 2025"):
    tr.addElement(cell(h, hcell))
tbl.addElement(tr)
ROWS = [
    ("ARS Centre-Val de Loire", ["Formation au repérage de la crise suicidaire", "Coordination du CLSM, volet aînés "
                                 "(0,4 ETP)"], ["24 000 €", "31 000 €"]),
    ("Conférence des financeurs de la prévention de la perte d'autonomie", [
        "Équipes citoyennes Monalisa (animation, formation des bénévoles)",
        "Actions de prévention en résidence autonomie"], ["29 000 €", "12 000 €"]),
    ("CARSAT Centre-Val de Loire", ["Ateliers collectifs « lien social »"], ["19 200 €"]),
    ("Conseil départemental", ["Permanence avancée du CLIC aux Grands-Champs", "Outil de gestion du registre canicule"],
     ["22 000 €", "8 000 €"]),
    ("Ville de Vernançay (contrat de ville)", ["Gardiens vigilants (formation, coordination)"], ["13 000 €"]),
]
for fin, acts, amts in ROWS:
    for i, (a, m) in enumerate(zip(acts, amts)):
        tr = TableRow()
        if i == 0:
            tr.addElement(cell(fin, rows=len(acts) if len(acts) > 1 else None))
        else:
            tr.addElement(CoveredTableCell())
        tr.addElement(cell(a))
        tr.addElement(cell(m))
        tbl.addElement(tr)
tr = TableRow()
tc = TableCell(stylename=hcell, valuetype="string", numbercolumnsspanned=2)
tc.addElement(P(stylename=body, text="Total 2025"))
tr.addElement(tc)
tr.addElement(CoveredTableCell())
tr.addElement(cell("158 200 €", hcell))
tbl.addElement(tr)
T.addElement(tbl)
para("Pauline Grosjean (ARS) précise que la reconduction en 2026 dépendra du bilan des formations ; la demande de "
     "poste infirmier pour l'EMPSA relève d'un autre circuit (mesures nouvelles de psychiatrie).", small)

T.addElement(H(outlinelevel=2, stylename=h2, text="Suivi des actions"))
tbl2 = Table(name="Suivi", stylename=tstyle)
tbl2.addElement(TableColumn(stylename="ColA"))
tbl2.addElement(TableColumn(stylename="ColB"))
tbl2.addElement(TableColumn(stylename="ColC"))
tr = TableRow()
for h in ("Responsable", "Action", "Échéance"):
    tr.addElement(cell(h, hcell))
tbl2.addElement(tr)
SUIVI = [
    ("Hélène Marchais (CLIC)", [("Fiche de repérage de la fragilité pour les aides à domicile (SAAD → CLIC)",
                                 "fin mai 2025"), ("Deux questions sur le moral dans le questionnaire d'appel canicule",
                                                   "1er juin 2025")]),
    ("Karim Ouazzani (Sauldre Habitat)", [("Courrier aux locataires de 70 ans et plus sur le registre canicule",
                                           "avril 2025"), ("Formation de 4 gardiens supplémentaires", "septembre 2025")]),
    ("Sandrine Leroux (CLSM)", [("Webinaire « avant l'été » sur la crise suicidaire chez les aînés", "mardi 24 juin 2025")]),
    ("Dr Anne-Claire Fournier (EMPSA)", [("Dossier de demande d'un poste infirmier supplémentaire à l'ARS",
                                          "30 avril 2025")]),
]
for who, acts in SUIVI:
    for i, (a, d) in enumerate(acts):
        tr = TableRow()
        if i == 0:
            tr.addElement(cell(who, rows=len(acts) if len(acts) > 1 else None))
        else:
            tr.addElement(CoveredTableCell())
        tr.addElement(cell(a))
        tr.addElement(cell(d))
        tbl2.addElement(tr)
T.addElement(tbl2)

T.addElement(H(outlinelevel=2, stylename=h2, text="Décisions"))
lst = List(stylename=numlist)
for d in [
    "Le questionnaire d'appel du registre canicule comportera deux questions sur le moral dès l'été 2025.",
    "Sauldre Habitat adressera en avril un courrier à tous ses locataires de 70 ans et plus des Grands-Champs pour "
    "les inviter à s'inscrire au registre.",
    "Le dispositif des gardiens vigilants est étendu à 4 gardiens supplémentaires ; le CLIC confirmera à la référente "
    "sociale du bailleur la prise en charge de chaque situation transmise.",
    "Un webinaire ouvert à tous les partenaires sera organisé avant l'été sur le repérage de la crise suicidaire chez "
    "les aînés.",
    "Les bénévoles des équipes citoyennes Monalisa seront associés aux appels du plan canicule, après une formation "
    "au questionnaire.",
    "Le CLSM soutiendra auprès de l'ARS la demande de renfort infirmier de l'EMPSA.",
]:
    li = ListItem()
    li.addElement(P(stylename=body, text=d))
    lst.addElement(li)
T.addElement(lst)

p = P(stylename=next_style)
p.addText("Prochaine réunion : mardi 17 juin 2025 à 14 h 30, CCAS de Vernançay, salle Loire (ordre du jour : bilan "
          "de la fiche de repérage SAAD, préparation du plan canicule 2025).")
T.addElement(p)
para("Contact : Sandrine Leroux, coordinatrice du CLSM — 03 99 00 27 14 — clsm@vernancay.example", small)

doc.save(OUT)
print("écrit :", OUT)
