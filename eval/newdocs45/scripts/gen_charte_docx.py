# -*- coding: utf-8 -*-
"""Génère la charte de partenariat « logement et santé mentale » entre Habitat Loue-Vesonde, la ville, le CCAS, le
centre hospitalier, le CLSM et l'association L'Escalier, document Word .docx (python-docx).

Mise en page voulue : page de titre (titre, sous-titre, liste des parties), préambule, dix articles numérotés en
style « Heading 1 » (« Article n — … ») dont certains avec des sous-titres en « Heading 2 », listes à puces et
numérotées, clause de confidentialité (article 7) avec encadré grisé (tableau d'une cellule), tableau des
indicateurs de suivi, tableau des signatures (six signataires, trois colonnes), en-tête et pied de page.

Tout est inventé (ville, département, structures, personnes, numéros en 03 99 00, domaines .example).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2024-11-28_habitat-loue-vesonde_charte-partenariat-logement-sante-mentale.docx")

doc = Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
for name, size, color in (("Heading 1", 14, "5B2A4E"), ("Heading 2", 12, "B9822C")):
    s = doc.styles[name]
    s.font.size = Pt(size)
    s.font.color.rgb = RGBColor.from_string(color)

sec.header.paragraphs[0].text = "Charte de partenariat logement et santé mentale — Vesonde"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "Habitat Loue-Vesonde · 12 avenue du Général-Leclerc, Vesonde · 03 99 00 52 00 · www.habitat-loue.example"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def para(text, bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def bullets(items, style="List Bullet"):
    for t in items:
        doc.add_paragraph(t, style=style)


# ------------------------------------------------------------------ page de titre
para("CHARTE DE PARTENARIAT", bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Logement et santé mentale à Vesonde", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Prévenir les expulsions, accompagner les locataires en souffrance psychique, favoriser le logement d'abord",
     italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("")
para("Entre les soussignés :", bold=True)
bullets([
    "Habitat Loue-Vesonde, office public de l'habitat, représenté par son directeur général, M. Bertrand Cuenot ;",
    "la Ville de Vesonde, représentée par Mme Hélène Vuillemin, adjointe au maire déléguée à la santé et aux "
    "solidarités, présidente du conseil local de santé mentale (CLSM) ;",
    "le centre communal d'action sociale (CCAS) de Vesonde, représenté par son vice-président, M. Gérard Poinsot ;",
    "le centre hospitalier de Vesonde, représenté par sa directrice, Mme Anne-Sophie Delacroix ;",
    "l'association L'Escalier, représentée par son président, M. Jean-Marc Vernier ;",
    "le groupement de coopération sociale et médico-sociale (GCSMS) Un chez-soi d'abord Haute-Loue, représenté par "
    "son administrateur, le Dr Maëlle Ternant.",
])
para("Avec le soutien de l'agence régionale de santé (ARS) Bourgogne-Franche-Comté et de la direction "
     "départementale de l'emploi, du travail et des solidarités (DDETS) de la Haute-Loue.", italic=True)
para("Signée à Vesonde le 28 novembre 2024, à l'hôtel de ville.", italic=True)

doc.add_heading("Préambule", level=1)
para("Habitat Loue-Vesonde gère 6 800 logements sur la commune de Vesonde, dont 2 900 dans les quartiers prioritaires "
     "de la politique de la ville des Grands Prés (1 750 logements) et de Champ-Fleuri (1 150 logements). Ses équipes "
     "de proximité sont de plus en plus souvent confrontées à des locataires en grande souffrance psychique : "
     "impayés qui s'accumulent sans réponse aux courriers, troubles de voisinage, logements encombrés ou insalubres, "
     "isolement extrême.")
para("Depuis janvier 2021, la cellule de veille logement et santé mentale du CLSM permet d'examiner ces situations "
     "à plusieurs. La présente charte formalise les engagements de chacun et s'inscrit dans la démarche nationale "
     "« Logement d'abord », selon laquelle l'accès direct à un logement ordinaire, assorti d'un accompagnement adapté, "
     "est la condition du rétablissement et non sa récompense.")

# ------------------------------------------------------------------ articles
doc.add_heading("Article 1 — Objet", level=1)
para("La présente charte a pour objet d'organiser la coopération entre les signataires afin de :")
bullets([
    "repérer le plus tôt possible les locataires dont le maintien dans le logement est menacé et qui présentent des "
    "troubles psychiques connus ou suspectés ;",
    "éviter les expulsions locatives sans solution et les ruptures de soins ;",
    "faciliter l'accès au logement des personnes accompagnées par le programme Un chez-soi d'abord ;",
    "adapter les réponses aux situations d'incurie et de syndrome de Diogène.",
])

doc.add_heading("Article 2 — Publics concernés", level=1)
para("La charte concerne les locataires et occupants du parc d'Habitat Loue-Vesonde situé sur la commune de Vesonde, "
     "ainsi que les personnes orientées vers le bailleur par le programme Un chez-soi d'abord. Elle ne se substitue ni "
     "aux dispositifs de droit commun (FSL, CCAPEX, mesures de protection) ni au consentement des personnes.")

doc.add_heading("Article 3 — La cellule de veille logement et santé mentale", level=1)
para("La cellule, animée par le CLSM et le CCAS, est l'instance d'examen partagé des situations relevant de la "
     "présente charte. Elle se réunit une fois par mois, le troisième jeudi, et peut tenir une réunion restreinte "
     "sous 72 heures en cas d'urgence. Chaque signataire y désigne un représentant titulaire et un suppléant.")

doc.add_heading("Article 4 — Engagements d'Habitat Loue-Vesonde", level=1)
doc.add_heading("4.1 Repérage et signalement précoces", level=2)
para("Le bailleur s'engage à saisir la cellule dès le deuxième mois d'impayé lorsque le locataire ne répond pas aux "
     "sollicitations et que des signes de souffrance psychique sont repérés, sans attendre le commandement de payer. "
     "Il en va de même pour les troubles de voisinage répétés et les signes d'incurie constatés par le personnel de "
     "proximité.")
doc.add_heading("4.2 Suspension des poursuites", level=2)
para("À compter de la saisine de la cellule, le bailleur suspend pendant trois mois toute nouvelle démarche "
     "contentieuse (commandement de payer, assignation), sauf danger grave et immédiat pour les occupants ou le "
     "voisinage. Cette suspension peut être renouvelée une fois, sur décision de la cellule.")
doc.add_heading("4.3 Référents et formation", level=2)
para("Un référent santé mentale est désigné dans chacune des deux agences (agence des Grands Prés, agence "
     "Centre–Champ-Fleuri). Le bailleur s'engage à former aux premiers secours en santé mentale (PSSM) au moins "
     "vingt gardiens et chargés de proximité d'ici le 31 décembre 2025.")
doc.add_heading("4.4 Logement d'abord", level=2)
para("Le bailleur réserve chaque année six logements au programme Un chez-soi d'abord, attribués en commission "
     "d'attribution des logements sur proposition du programme, et étudie en priorité les demandes de mutation "
     "lorsque le logement occupé est devenu inadapté à l'état de santé du locataire.")

doc.add_heading("Article 5 — Engagements du centre hospitalier de Vesonde", level=1)
para("Le centre hospitalier s'engage, par son équipe mobile psychiatrie précarité (EMPP) Passerelle et ses centres "
     "médico-psychologiques (CMP) :")
bullets([
    "à effectuer une visite à domicile, le cas échéant avec le travailleur social référent, dans les quinze jours "
    "suivant la demande de la cellule, ramenés à huit jours en cas d'urgence ;",
    "à donner un avis sur l'opportunité d'un soin et sur l'orientation vers le CMP de secteur ;",
    "à faciliter la reprise de contact avec l'équipe de secteur lorsque la personne est déjà suivie ;",
    "à ne pas recourir aux soins sans consentement comme réponse à un trouble de voisinage, en dehors des "
    "critères prévus par la loi.",
])

doc.add_heading("Article 6 — Engagements de la Ville, du CCAS et des associations", level=1)
para("La Ville et le CCAS assurent l'animation de la cellule, le secrétariat et la tenue du registre des situations. "
     "Le service communal d'hygiène et de santé (SCHS) intervient dans les situations d'incurie dans un délai de dix "
     "jours ouvrés. La Ville mobilise les crédits du contrat de ville pour une enveloppe annuelle de débarras et de "
     "nettoyage, utilisée avec l'accord de l'occupant.")
para("L'association L'Escalier met à disposition son service d'accompagnement vers et dans le logement (AVDL). Le "
     "GCSMS Un chez-soi d'abord Haute-Loue assure l'accompagnement des personnes logées dans le cadre du programme et "
     "la gestion locative adaptée (sous-location) lorsque le bail n'est pas signé directement par la personne.")

doc.add_heading("Article 7 — Confidentialité et secret partagé", level=1)
para("Les échanges au sein de la cellule et entre signataires s'effectuent dans le respect du secret professionnel "
     "et du secret partagé tel que prévu par l'article L. 1110-4 du code de la santé publique. Les signataires "
     "s'engagent notamment à :")
bullets([
    "ne partager que les informations strictement nécessaires à la recherche d'une solution ;",
    "informer la personne de la saisine de la cellule et de son objet, et rechercher son accord, sauf urgence "
    "vitale ;",
    "présenter les situations sous un numéro d'ordre, sans nom ni diagnostic dans les écrits ;",
    "ne transmettre aucune fiche de saisine par courriel ordinaire ;",
    "faire signer l'engagement de confidentialité à toute personne invitée ponctuellement.",
], style="List Number")
box = doc.add_table(rows=1, cols=1)
box.alignment = WD_TABLE_ALIGNMENT.CENTER
c = box.cell(0, 0)
shade(c, "F4ECE4")
c.paragraphs[0].add_run("Clause de non-utilisation. ").bold = True
c.paragraphs[0].add_run("Les informations portées à la connaissance du bailleur au sein de la cellule ne peuvent en "
                        "aucun cas être utilisées à l'appui d'une procédure contentieuse, d'un refus de mutation ou "
                        "d'une décision d'attribution. Tout manquement à la présente clause entraîne l'exclusion de "
                        "son auteur de la cellule et peut motiver la résiliation de la charte.")
para("")

doc.add_heading("Article 8 — Gouvernance, suivi et évaluation", level=1)
para("Un comité de suivi réunit les signataires une fois par an, au cours du premier trimestre, sous la présidence "
     "de l'adjointe au maire déléguée à la santé. Il examine le bilan annuel de la cellule établi à partir des "
     "indicateurs suivants :")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = t.rows[0].cells
for cell, txt in zip(hdr, ("Indicateur", "Source", "Cible")):
    cell.text = ""
    cell.paragraphs[0].add_run(txt).bold = True
    shade(cell, "E8D9CF")
for row in [("Nombre de situations signalées par le bailleur au titre de la charte", "Registre de la cellule",
             "Suivi, sans cible"),
            ("Part des situations examinées dans le mois suivant la saisine", "Registre de la cellule", "80 %"),
            ("Délai de la visite à domicile de l'EMPP", "EMPP Passerelle", "15 jours au plus"),
            ("Maintiens dans le logement à six mois", "Bailleur et cellule", "Deux situations sur trois"),
            ("Logements attribués au programme Un chez-soi d'abord", "Bailleur", "6 par an"),
            ("Gardiens et chargés de proximité formés aux PSSM", "Bailleur", "20 au 31 décembre 2025")]:
    cells = t.add_row().cells
    for cell, txt in zip(cells, row):
        cell.text = txt

doc.add_heading("Article 9 — Durée", level=1)
para("La charte est conclue pour trois ans à compter de sa signature. Elle peut être modifiée par avenant et "
     "étendue à d'autres bailleurs sociaux intervenant à Vesonde, qui y adhèrent par simple lettre au président du "
     "CLSM après avis du comité de suivi.")

doc.add_heading("Article 10 — Résiliation", level=1)
para("Chaque signataire peut se retirer de la charte par lettre adressée à la présidente du CLSM, moyennant un "
     "préavis de trois mois. Le retrait d'un signataire n'affecte pas les engagements des autres.")

para("")
para("Fait à Vesonde, le 28 novembre 2024, en six exemplaires originaux.", italic=True)
sig = doc.add_table(rows=3, cols=3)
sig.style = "Table Grid"
SIGN = [("Pour Habitat Loue-Vesonde", "Bertrand Cuenot", "Directeur général"),
        ("Pour la Ville de Vesonde", "Hélène Vuillemin", "Adjointe au maire, présidente du CLSM"),
        ("Pour le CCAS de Vesonde", "Gérard Poinsot", "Vice-président"),
        ("Pour le centre hospitalier de Vesonde", "Anne-Sophie Delacroix", "Directrice"),
        ("Pour l'association L'Escalier", "Jean-Marc Vernier", "Président"),
        ("Pour le GCSMS Un chez-soi d'abord Haute-Loue", "Dr Maëlle Ternant", "Administratrice")]
for i, (org, name, role) in enumerate(SIGN):
    cell = sig.cell(i // 3, i % 3)
    cell.text = ""
    cell.paragraphs[0].add_run(org).bold = True
    cell.add_paragraph(name)
    cell.add_paragraph(role)
    cell.add_paragraph("Signature :")
sig.cell(2, 0).merge(sig.cell(2, 2))
sig.cell(2, 0).text = ("Contact pour l'application de la charte : Claire Montagnon, coordinatrice du CLSM, "
                       "03 99 00 41 20, clsm@vesonde.example")

doc.core_properties.author = "Habitat Loue-Vesonde — direction de la gestion locative"
doc.core_properties.title = "Charte de partenariat logement et santé mentale — Vesonde"
doc.save(OUT)
print("écrit :", OUT)
