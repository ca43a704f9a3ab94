"""OpenDocument text guide (odfpy): headings, numbered steps "Étape 1"..., a table, an "À retenir" box
(draw:frame + draw:text-box) and footnotes (text:note)."""
from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.style import (GraphicProperties, ParagraphProperties, Style, TableColumnProperties,
                       TableCellProperties, TextProperties)
from odf.draw import Frame, TextBox
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, List, ListItem, Note, NoteBody, NoteCitation, P, Span

OUT = Path(__file__).resolve().parents[1] / "corpus" / "2024-10-15_pole-ville-sante-idf_guide-diagnostic-sante-mentale-qpv.odt"

doc = OpenDocumentText()

# styles
h1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph")
h1.addElement(TextProperties(fontsize="16pt", fontweight="bold", color="#1f4e79"))
h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
h2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph")
h2.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#2e75b6"))
h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
title_st = Style(name="Title", family="paragraph")
title_st.addElement(TextProperties(fontsize="22pt", fontweight="bold", color="#1f4e79"))
sub_st = Style(name="Subtitle", family="paragraph")
sub_st.addElement(TextProperties(fontsize="13pt", fontstyle="italic"))
body = Style(name="Text_20_body", displayname="Text body", family="paragraph")
body.addElement(ParagraphProperties(marginbottom="0.2cm"))
note_st = Style(name="Footnote", family="paragraph")
note_st.addElement(TextProperties(fontsize="9pt"))
boxtitle = Style(name="BoxTitle", family="paragraph")
boxtitle.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#c55a11"))
for s in (h1, h2, title_st, sub_st, body, note_st, boxtitle):
    doc.styles.addElement(s)

bold = Style(name="Bold", family="text")
bold.addElement(TextProperties(fontweight="bold"))
frame_st = Style(name="BoxFrame", family="graphic")
frame_st.addElement(GraphicProperties(border="0.06cm solid #c55a11", backgroundcolor="#fbe5d6",
                                      padding="0.3cm", wrap="none", verticalpos="top",
                                      horizontalpos="center", horizontalrel="paragraph"))
tbl_st = Style(name="Tbl", family="table")
col_st = Style(name="TblCol", family="table-column")
col_st.addElement(TableColumnProperties(columnwidth="5.5cm"))
cell_st = Style(name="TblCell", family="table-cell")
cell_st.addElement(TableCellProperties(border="0.03cm solid #808080", padding="0.1cm"))
head_cell = Style(name="TblHead", family="table-cell")
head_cell.addElement(TableCellProperties(border="0.03cm solid #808080", padding="0.1cm",
                                         backgroundcolor="#deeaf6"))
for s in (bold, frame_st, tbl_st, col_st, cell_st, head_cell):
    doc.automaticstyles.addElement(s)

_note = [0]


def note(text):
    _note[0] += 1
    n = Note(id=f"ftn{_note[0]}", noteclass="footnote")
    n.addElement(NoteCitation(text=str(_note[0])))
    nb = NoteBody()
    nb.addElement(P(stylename=note_st, text=text))
    n.addElement(nb)
    return n


def para(*parts):
    """parts: str or ("note", text) or ("b", text)."""
    p = P(stylename=body)
    for part in parts:
        if isinstance(part, str):
            p.addText(part)
        elif part[0] == "note":
            p.addElement(note(part[1]))
        elif part[0] == "b":
            p.addElement(Span(stylename=bold, text=part[1]))
    doc.text.addElement(p)
    return p


def heading(text, level):
    doc.text.addElement(H(outlinelevel=level, stylename=h1 if level == 1 else h2, text=text))


def bullets(items):
    lst = List()
    for it in items:
        li = ListItem()
        li.addElement(P(stylename=body, text=it))
        lst.addElement(li)
    doc.text.addElement(lst)


doc.text.addElement(P(stylename=title_st, text="Réaliser un diagnostic local de santé mentale dans un quartier prioritaire"))
doc.text.addElement(P(stylename=sub_st, text="Guide méthodologique à l'usage des coordinateurs de CLSM et des équipes "
                                            "de la politique de la ville"))
doc.text.addElement(P(stylename=body, text="Pôle Ville & Santé Île-de-France – octobre 2024 – rédaction : Agathe "
                                          "Lemonnier et Karim Oudjani, avec la relecture du groupe régional des "
                                          "coordinateurs de CLSM"))

heading("Introduction", 1)
para("Le diagnostic local de santé mentale est le point de départ de tout Conseil local de santé mentale "
     "(CLSM) : il permet de partager une lecture commune des besoins, des ressources et des manques d'un "
     "territoire, puis de choisir des priorités d'action. Dans un quartier prioritaire de la politique de la "
     "ville (QPV), cet exercice demande des précautions particulières : les données statistiques sont rares "
     "à l'échelle du quartier, les habitants sont souvent sollicités par des enquêtes dont ils ne voient pas "
     "les suites, et la santé mentale reste un sujet difficile à aborder.")
para("Ce guide propose une démarche en six étapes, testée entre 2022 et 2024 dans neuf quartiers "
     "prioritaires franciliens. Il s'appuie en particulier sur l'expérience de la ville de Montgarin, "
     "présentée en dernière partie.")

heading("Pourquoi un diagnostic propre au quartier ?", 1)
para("Les diagnostics réalisés à l'échelle d'une commune ou d'un secteur de psychiatrie masquent souvent "
     "les écarts entre quartiers. À Montgarin, 24 % des habitants de la Ferme-Rouge interrogés en 2023 "
     "déclaraient s'être sentis « souvent ou très souvent » déprimés au cours du dernier mois, contre 15 % "
     "dans l'enquête menée à l'échelle de toute la commune. Un diagnostic de quartier permet aussi "
     "d'identifier les ressources informelles (associations, commerçants, gardiens, lieux de culte) qui "
     "jouent un rôle de premier recours.")

heading("La démarche en six étapes", 1)

heading("Étape 1 – Constituer le groupe projet", 2)
para("Réunissez un groupe de 8 à 12 personnes qui suivra le diagnostic du début à la fin : la coordinatrice "
     "ou le coordinateur du CLSM, le chef de projet du contrat de ville, un représentant du centre "
     "médico-psychologique (CMP), le centre communal d'action sociale (CCAS), un bailleur social, le centre "
     "social, au moins deux habitants membres du conseil citoyen", ("note",
     "Instance de participation des habitants créée par la loi du 21 février 2014 de programmation pour la "
     "ville et la cohésion urbaine."), " et, si possible, un groupe d'entraide mutuelle (GEM). Fixez dès la "
     "première réunion le calendrier, le périmètre exact du quartier et le mode de validation.")

heading("Étape 2 – Rassembler les données existantes", 2)
para("Avant d'interroger qui que ce soit, rassemblez ce qui existe déjà. Le tableau ci-dessous indique les "
     "principales sources et l'échelle la plus fine à laquelle elles sont disponibles. La plupart des "
     "données infracommunales sont diffusées à l'échelle de l'IRIS", ("note",
     "IRIS : îlots regroupés pour l'information statistique, découpage de l'INSEE comptant en général "
     "autour de 2 000 habitants."), "; il faut donc souvent reconstituer le quartier en additionnant "
     "plusieurs IRIS.")

tbl = Table(name="Sources", stylename=tbl_st)
tbl.addElement(TableColumn(numbercolumnsrepeated=3, stylename=col_st))
rows = [
    ("Indicateur", "Source", "Échelle la plus fine"),
    ("Taux de pauvreté", "INSEE, dispositif Filosofi", "Quartier prioritaire"),
    ("Bénéficiaires de l'allocation aux adultes handicapés (AAH)", "Caisse d'allocations familiales (CAF)", "IRIS"),
    ("Patients en affection de longue durée pour trouble psychiatrique", "Assurance maladie", "Commune"),
    ("Délivrance d'antidépresseurs et d'anxiolytiques", "Assurance maladie", "Commune"),
    ("File active du centre médico-psychologique", "Établissement de santé du secteur", "Secteur de psychiatrie"),
    ("Passages aux urgences pour motif psychiatrique", "Établissement de santé", "Établissement"),
]
for i, r in enumerate(rows):
    tr = TableRow()
    for v in r:
        tc = TableCell(stylename=head_cell if i == 0 else cell_st, valuetype="string")
        p = P(stylename=body)
        if i == 0:
            p.addElement(Span(stylename=bold, text=v))
        else:
            p.addText(v)
        tc.addElement(p)
        tr.addElement(tc)
    tbl.addElement(tr)
doc.text.addElement(tbl)
para("Les données de l'Assurance maladie sur les affections de longue durée (ALD) peuvent être obtenues "
     "auprès de la délégation départementale de l'ARS", ("note",
     "Une convention de mise à disposition est nécessaire ; comptez un délai de deux à trois mois."),
     ". Complétez-les par les données d'activité des partenaires : signalements des bailleurs, situations "
     "examinées par le CCAS, demandes reçues par le point d'accueil et d'écoute jeunes.")

heading("Étape 3 – Recueillir la parole des habitants", 2)
para("C'est l'étape la plus importante et la plus souvent négligée. Combinez plusieurs méthodes :")
bullets([
    "un questionnaire court (15 questions au maximum), passé en face à face sur les lieux de vie : marché, "
    "sortie d'école, pied d'immeuble, centre social ;",
    "des groupes de discussion", 
    "des marches exploratoires avec des habitants, pour repérer les lieux ressources et les lieux "
    "évités ;",
    "des entretiens avec des personnes concernées par des troubles psychiques, recrutées par le GEM ou "
    "l'association d'usagers.",
])
# the second bullet gets its footnote (rebuild it with a note inside)
lst = doc.text.childNodes[-1]
second = lst.childNodes[1].childNodes[0]
second.addElement(note("Groupe de 6 à 10 personnes, animé par deux professionnels, d'une durée de 1 h 30 "
                       "à 2 heures."))
second.addText(" réunissant des publics qui s'expriment peu dans les enquêtes : mères seules, jeunes "
               "adultes, personnes âgées isolées ;")
para("Prévoyez un interprète ou un habitant relais pour les personnes qui ne maîtrisent pas le français, et "
     "annoncez dès le départ comment les résultats seront restitués.")

heading("Étape 4 – Interroger les professionnels", 2)
para("Menez entre 15 et 25 entretiens semi-directifs avec des professionnels de premier recours : "
     "médecins généralistes, pharmaciens, infirmiers scolaires, travailleurs sociaux, gardiens d'immeuble, "
     "éducateurs de prévention spécialisée, policiers municipaux. Interrogez-les sur les situations qu'ils "
     "rencontrent, sur les orientations qu'ils font et sur les obstacles qu'ils observent.")

heading("Étape 5 – Analyser et hiérarchiser les besoins", 2)
para("Croisez les trois sources (données, habitants, professionnels) dans une grille commune. Pour chaque "
     "besoin repéré, le groupe projet attribue une note de 1 à 3 selon trois critères : la fréquence du "
     "problème, sa gravité et la capacité des acteurs locaux à agir. Retenez au final trois à cinq priorités, "
     "pas davantage : un diagnostic qui débouche sur quinze priorités n'en a aucune.")

heading("Étape 6 – Restituer et faire valider", 2)
para("Organisez une restitution publique dans le quartier, ouverte aux habitants qui ont participé, avant "
     "la validation formelle par le comité de pilotage du CLSM. Les priorités retenues doivent ensuite être "
     "inscrites dans le contrat de ville et transmises au projet territorial de santé mentale (PTSM) du "
     "département.")

# "À retenir" box: a frame holding a text box, anchored to its own paragraph
anchor = P(stylename=body)
fr = Frame(stylename=frame_st, width="15cm", height="6cm", anchortype="paragraph", name="A_retenir")
tb = TextBox()
tb.addElement(P(stylename=boxtitle, text="À retenir"))
for t in [
    "Comptez six à neuf mois entre la constitution du groupe projet et la restitution.",
    "Le budget d'un diagnostic confié à un prestataire se situe entre 15 000 et 30 000 euros ; il peut "
    "être financé par les crédits de la politique de la ville.",
    "Interrogez directement au moins 20 habitants, dont des personnes concernées par des troubles "
    "psychiques.",
    "Un diagnostic n'est pas une fin en soi : il doit déboucher sur un plan d'action daté et chiffré.",
]:
    tb.addElement(P(stylename=body, text="• " + t))
fr.addElement(tb)
anchor.addElement(fr)
doc.text.addElement(anchor)

heading("L'exemple de Montgarin", 1)
para("À Montgarin, le CLSM a conduit le diagnostic du quartier de la Ferme-Rouge (6 100 habitants) entre "
     "janvier et septembre 2023. L'équipe a recueilli 212 questionnaires, animé 7 groupes de discussion et "
     "réalisé 18 entretiens avec des professionnels. Le diagnostic a coûté 22 000 euros, financés à hauteur "
     "de 12 000 euros par le contrat de ville et de 10 000 euros par l'ARS Île-de-France.")
para("Quatre priorités ont été retenues par le comité de pilotage du 14 novembre 2023 :")
bullets([
    "l'isolement des personnes âgées vivant seules dans les tours du secteur Nord ;",
    "la souffrance psychique des mères élevant seules leurs enfants ;",
    "l'accès au CMP, où le délai pour un premier rendez-vous atteignait cinq mois ;",
    "la formation des gardiens d'immeuble et des agents d'accueil au repérage.",
])
para("« Le plus utile a été la restitution au centre social : 80 habitants sont venus, et certains ont "
     "rejoint ensuite le groupe de travail du CLSM », témoigne Aurélie Ndiaye, coordinatrice du CLSM de "
     "Montgarin.")

heading("Pour aller plus loin", 1)
para("Le Pôle Ville & Santé Île-de-France met à disposition sur demande un modèle de questionnaire, une "
     "trame d'entretien et la grille de hiérarchisation utilisée à l'étape 5. Contact : "
     "diagnostic@pole-ville-sante-idf.example.")

doc.save(str(OUT))
print("wrote", OUT)
