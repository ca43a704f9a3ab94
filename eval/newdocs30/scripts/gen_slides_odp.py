# -*- coding: utf-8 -*-
"""Génère le diaporama OpenDocument (odfpy) de l'assemblée plénière du CLSM de Brévalec (16 octobre 2025).

12 diapositives : titre, puces sur deux niveaux, diapositive « Chiffres clés » (grands nombres au-dessus de leurs
libellés), tableau « Qui fait quoi ? », notes de l'orateur sur plusieurs diapositives (faits absents des
diapositives elles-mêmes), pied de page.
"""
import os

from odf.opendocument import OpenDocumentPresentation
from odf.style import (Style, MasterPage, PageLayout, PageLayoutProperties, TextProperties, GraphicProperties,
                       ParagraphProperties, DrawingPageProperties, TableColumnProperties, TableCellProperties)
from odf.text import P, Span, List, ListItem
from odf.draw import Page, Frame, TextBox
from odf.presentation import Notes
from odf.namespaces import PRESENTATIONNS
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-10-16_clsm-brevalec_pleniere-groupe-etudiants-diaporama.odp")

doc = OpenDocumentPresentation()
doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(
    text="Santé mentale des étudiants à Brévalec — bilan et feuille de route"))

# ------------------------------------------------------------------ styles
pl = PageLayout(name="PL16x9")
pl.addElement(PageLayoutProperties(pagewidth="28cm", pageheight="15.75cm", printorientation="landscape",
                                   margin="0cm"))
doc.automaticstyles.addElement(pl)

dp = Style(name="dp1", family="drawing-page")
dp.addElement(DrawingPageProperties(backgroundsize="full", fill="solid", fillcolor="#ffffff"))
doc.automaticstyles.addElement(dp)

master = MasterPage(name="Campus", pagelayoutname=pl)
doc.masterstyles.addElement(master)


def gstyle(name, fill=None, **tp):
    s = Style(name=name, family="presentation")
    if fill:
        s.addElement(GraphicProperties(fill="solid", fillcolor=fill, stroke="none"))
    else:
        s.addElement(GraphicProperties(fill="none", stroke="none"))
    if tp:
        s.addElement(TextProperties(**tp))
    doc.automaticstyles.addElement(s)
    return s


st_title = gstyle("pr-title", fill="#0b4f6c", fontsize="26pt", fontweight="bold", color="#ffffff",
                  fontfamily="Liberation Sans")
st_body = gstyle("pr-body", fontsize="17pt", color="#1d1d1d", fontfamily="Liberation Sans")
st_foot = gstyle("pr-foot", fontsize="9pt", color="#666666", fontfamily="Liberation Sans")
st_big = gstyle("pr-big", fontsize="34pt", fontweight="bold", color="#0b4f6c", fontfamily="Liberation Sans")
st_lab = gstyle("pr-lab", fontsize="13pt", color="#333333", fontfamily="Liberation Sans")
st_notes = gstyle("pr-notes", fontsize="12pt", fontfamily="Liberation Sans")
st_tab = Style(name="gr-table", family="graphic")
st_tab.addElement(GraphicProperties(fill="none", stroke="none"))
doc.automaticstyles.addElement(st_tab)

p_center = Style(name="P-center", family="paragraph")
p_center.addElement(ParagraphProperties(textalign="center"))
doc.automaticstyles.addElement(p_center)

t_bold = Style(name="T-bold", family="text")
t_bold.addElement(TextProperties(fontweight="bold"))
doc.automaticstyles.addElement(t_bold)

cell_head = Style(name="ce-head", family="table-cell")
cell_head.addElement(TableCellProperties(backgroundcolor="#0b4f6c", border="0.5pt solid #0b4f6c", padding="0.08cm"))
cell_head.addElement(TextProperties(fontsize="11pt", fontweight="bold", color="#ffffff"))
doc.automaticstyles.addElement(cell_head)
cell_body = Style(name="ce-body", family="table-cell")
cell_body.addElement(TableCellProperties(border="0.5pt solid #7a9eb0", padding="0.08cm"))
cell_body.addElement(TextProperties(fontsize="10.5pt"))
doc.automaticstyles.addElement(cell_body)
col_styles = []
for i, w in enumerate(["5.2cm", "6.4cm", "8.4cm", "5.6cm"]):
    cs = Style(name="co%d" % i, family="table-column")
    cs.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(cs)
    col_styles.append(cs)

FOOTER = "CLSM de Brévalec — groupe étudiants — assemblée plénière du 16 octobre 2025"
slide_no = [0]


def new_slide(title, notes=None):
    slide_no[0] += 1
    page = Page(name="Diapositive %d" % slide_no[0], masterpagename=master, stylename=dp)
    doc.presentation.addElement(page)
    fr = Frame(stylename=st_title, width="28cm", height="2.2cm", x="0cm", y="0cm")
    fr.setAttrNS(PRESENTATIONNS, "class", "title")
    tb = TextBox()
    tb.addElement(P(text=title))
    fr.addElement(tb)
    page.addElement(fr)
    ff = Frame(stylename=st_foot, width="26cm", height="0.8cm", x="1cm", y="14.8cm")
    tbf = TextBox()
    tbf.addElement(P(text="%s — %d / 12" % (FOOTER, slide_no[0])))
    ff.addElement(tbf)
    page.addElement(ff)
    if notes:
        n = Notes()
        nf = Frame(stylename=st_notes, width="16cm", height="12cm", x="2cm", y="14cm")
        nf.setAttrNS(PRESENTATIONNS, "class", "notes")
        ntb = TextBox()
        for para in notes:
            ntb.addElement(P(text=para))
        nf.addElement(ntb)
        n.addElement(nf)
        page.addElement(n)
    return page


def bullets(page, items, y="2.8cm", h="11.5cm"):
    """items : liste de (texte, [sous-puces])."""
    fr = Frame(stylename=st_body, width="25.5cm", height=h, x="1.2cm", y=y)
    fr.setAttrNS(PRESENTATIONNS, "class", "outline")
    tb = TextBox()
    lst = List()
    for text, subs in items:
        li = ListItem()
        li.addElement(P(text=text))
        if subs:
            sl = List()
            for s in subs:
                sli = ListItem()
                sli.addElement(P(text=s))
                sl.addElement(sli)
            li.addElement(sl)
        lst.addElement(li)
    tb.addElement(lst)
    fr.addElement(tb)
    page.addElement(fr)


def text_frame(page, lines, style, x, y, w, h, center=False):
    fr = Frame(stylename=style, width=w, height=h, x=x, y=y)
    tb = TextBox()
    for ln in lines:
        tb.addElement(P(text=ln, stylename=p_center if center else None))
    fr.addElement(tb)
    page.addElement(fr)


# ------------------------------------------------------------------ 1. titre
s = new_slide("Santé mentale des étudiants à Brévalec : bilan 2024-2025 et feuille de route 2025-2026", notes=[
    "Accueil par Hélène Pérennou, adjointe au maire déléguée à la santé et présidente du CLSM.",
    "Prévoir 25 minutes de présentation puis 20 minutes d'échanges avec la salle.",
])
text_frame(s, ["Groupe de travail n° 4 « Santé mentale des étudiants » (le « groupe étudiants »)",
               "Assemblée plénière du conseil local de santé mentale de Brévalec",
               "Jeudi 16 octobre 2025 — salle du conseil municipal, hôtel de ville",
               "",
               "Gaëlle Trémeur, coordinatrice du CLSM (Ville de Brévalec)",
               "Dr Nolwenn Kerhervé, médecin directrice du service de santé étudiante (SSE)"],
           st_body, "2cm", "4cm", "24cm", "9cm", center=True)

# ------------------------------------------------------------------ 2. le groupe
s = new_slide("Le groupe étudiants en bref", notes=[
    "En 2025, le groupe s'est réuni cinq fois au lieu de quatre : une réunion supplémentaire, en juin, a été "
    "consacrée à la préparation du protocole PASSERELLE avec l'EPSM de Kerbellec.",
])
bullets(s, [
    ("Créé en 2021, à la sortie de la crise sanitaire", [
        "co-animé par la Ville (coordinatrice du CLSM) et le service de santé étudiante",
        "19 structures membres : université, CRVE Bretagne Ouest, EPSM de Kerbellec, CPTS du Pays de Brévalec, "
        "associations étudiantes…"]),
    ("Se réunit quatre fois par an", [
        "prochaine réunion : mardi 9 décembre 2025, 14 h, Maison de l'étudiant"]),
    ("Un public de 21 400 étudiants à Brévalec (rentrée 2025)", [
        "dont 17 900 inscrits à l'Université de Brévalec",
        "et 2 350 étudiants internationaux de 71 nationalités"]),
])

# ------------------------------------------------------------------ 3. chiffres clés
s = new_slide("Chiffres clés", notes=[
    "Les résultats de l'enquête sont encore provisoires : la publication complète par l'Observatoire de la vie "
    "étudiante est prévue le 11 novembre 2025. Taux de réponse : 19,1 %.",
    "Le délai de 17 jours est une moyenne sur l'année 2024 ; il est tombé sous les 12 jours à la rentrée 2025.",
])
big = [("3 412", "répondants à l'enquête Bien-être étudiant (mars 2025)"),
       ("31,4 %", "des étudiants présentent des symptômes dépressifs modérés à sévères"),
       ("14,2 %", "ont eu des idées suicidaires au cours des 12 derniers mois"),
       ("612", "étudiants accompagnés par Pass'Psy Campus en 2024"),
       ("17 jours", "d'attente moyenne pour un premier rendez-vous avec un psychologue du SSE (2024)"),
       ("1 140", "étudiants inscrits à l'épicerie solidaire L'Épi'Sol en 2024-2025")]
for i, (num, lab) in enumerate(big):
    col, row = i % 3, i // 3
    x = "%.1fcm" % (1.0 + col * 8.8)
    y = 3.0 + row * 5.6
    text_frame(s, [num], st_big, x, "%.1fcm" % y, "8.2cm", "1.9cm", center=True)
    text_frame(s, [lab], st_lab, x, "%.1fcm" % (y + 2.0), "8.2cm", "2.6cm", center=True)

# ------------------------------------------------------------------ 4. enquête
s = new_slide("Ce que dit l'enquête Bien-être étudiant 2025 (premiers résultats)", notes=[
    "Questionnaire en ligne ouvert du 3 au 28 mars 2025, diffusé par l'ENT et les listes de l'OVE.",
    "Échelles PHQ-9 (dépression) et GAD-7 (anxiété), seuil retenu : score supérieur ou égal à 10.",
])
bullets(s, [
    ("Les étudiantes plus touchées que les étudiants", [
        "symptômes dépressifs : 36,2 % des femmes contre 24,1 % des hommes"]),
    ("Les L1 et les résidents du CRVE en première ligne", [
        "solitude fréquente : 44,6 % en L1 et 46,1 % en résidence CRVE"]),
    ("Les étudiants internationaux cumulent les difficultés", [
        "55,3 % se sentent souvent seuls",
        "33,4 % sautent des repas faute d'argent chaque semaine"]),
    ("Des dispositifs encore mal connus", [
        "seuls 46,8 % des étudiants connaissent Pass'Psy Campus"]),
])

# ------------------------------------------------------------------ 5. tableau qui fait quoi
s = new_slide("Qui fait quoi ? Les dispositifs en un coup d'œil")
rows = [
    ("Dispositif", "Porteur", "Pour qui, quand", "Contact"),
    ("Consultations psychologiques", "SSE (4 psychologues, 3,2 ETP)", "tous les étudiants, du lundi au vendredi, "
     "8 h 30 – 17 h 30", "02 99 00 18 40"),
    ("Pass'Psy Campus", "Université, CPTS, CLSM", "jusqu'à 8 séances gratuites chez un psychologue conventionné",
     "sur lettre d'orientation"),
    ("La Veilleuse", "Écoute Étudiante Brévalec (EEB)", "écoute de nuit, 21 h – 2 h, du jeudi au dimanche",
     "02 99 00 47 31"),
    ("Référents de résidence", "CRVE Bretagne Ouest", "résidents de Ker Avel, des Embruns et de la résidence du Port",
     "accueil de la résidence"),
    ("L'Épi'Sol", "Fédération des étudiants de Brévalec (FEB)", "mardi et jeudi, 12 h – 18 h 30",
     "Maison de l'étudiant"),
    ("CAP 24", "CH de Brévalec (urgences psychiatriques)", "nuits, week-ends, situations d'urgence",
     "02 99 00 36 24"),
]
fr = Frame(stylename=st_tab, width="25.6cm", height="10.5cm", x="1.2cm", y="2.8cm")
tbl = Table(name="dispositifs")
for cs in col_styles:
    tbl.addElement(TableColumn(stylename=cs))
for r_i, r in enumerate(rows):
    tr = TableRow()
    for c in r:
        tc = TableCell(stylename=cell_head if r_i == 0 else cell_body)
        tc.addElement(P(text=c))
        tr.addElement(tc)
    tbl.addElement(tr)
fr.addElement(tbl)
s.addElement(fr)

# ------------------------------------------------------------------ 6. Pass'Psy Campus
s = new_slide("Pass'Psy Campus : bilan de la première année", notes=[
    "Le psychologue est payé 50 € par séance, directement par l'université : l'étudiant n'avance rien.",
    "Point d'attention : 7 % des séances de 2024 n'ont pas été honorées, sans que l'étudiant prévienne.",
])
bullets(s, [
    ("Lancé le 8 janvier 2024, financé par la CVEC et l'ARS", [
        "612 étudiants accompagnés et 3 105 séances en 2024",
        "29 psychologues libéraux conventionnés fin 2024"]),
    ("Le parcours en trois étapes", [
        "1. lettre d'orientation d'un médecin ou psychologue du SSE, du médecin traitant ou d'un médecin de la CPTS",
        "2. choix du psychologue sur la liste publiée dans l'ENT",
        "3. jusqu'à 8 séances de 45 minutes, sans avance de frais"]),
])

# ------------------------------------------------------------------ 7. La Veilleuse
s = new_slide("La Veilleuse, la ligne d'écoute de nuit par et pour les étudiants", notes=[
    "Projet 2026 : ouvrir un tchat pour les étudiants qui n'osent pas téléphoner, en particulier les étudiants "
    "internationaux. Coût estimé : 6 500 € (logiciel et formation des écoutants).",
])
bullets(s, [
    ("Ouverte depuis octobre 2023 par l'association Écoute Étudiante Brévalec", [
        "de 21 h à 2 h, du jeudi au dimanche",
        "tous les soirs pendant les deux périodes de partiels"]),
    ("Des écoutants bénévoles formés et supervisés", [
        "30 heures de formation, écoute toujours en binôme",
        "supervision mensuelle par un psychologue du SSE"]),
    ("830 appels en 2024", [
        "un appel sur cinq évoque des idées suicidaires"]),
])

# ------------------------------------------------------------------ 8. référents
s = new_slide("Référents de résidence et premiers secours en santé mentale", notes=[
    "La formation PSSM standard dure deux jours, soit 14 heures. Les sessions des référents sont animées par les "
    "trois formateurs accrédités de l'université.",
])
bullets(s, [
    ("CRVE Bretagne Ouest : 1 040 logements à Brévalec", [
        "Ker Avel (540), Les Embruns (320), résidence du Port (180)"]),
    ("14 référents de résidence formés aux PSSM en 2024", [
        "objectif : 30 référents formés d'ici juin 2026"]),
    ("Le rôle du référent : repérer, écouter, orienter", [
        "il ne remplace jamais un soignant"]),
])

# ------------------------------------------------------------------ 9. PASSERELLE
s = new_slide("Protocole PASSERELLE : que faire face à un étudiant en crise suicidaire ?", notes=[
    "Le protocole est intégré à la convention Campus Bien-Être signée le 15 septembre 2025.",
    "Une fiche de liaison PASSERELLE sera remise à tous les référents et étudiants relais santé avant le "
    "1er décembre 2025.",
])
bullets(s, [
    ("En journée, du lundi au vendredi : appeler le SSE", ["évaluation par un psychologue ou un médecin le jour même"]),
    ("La nuit et le week-end : CAP 24", ["centre d'accueil psychiatrique du CH de Brévalec, 02 99 00 36 24"]),
    ("Danger immédiat : appeler le 15", []),
    ("Ensuite", [
        "CMP Brévalec-Centre : rendez-vous d'évaluation sous 72 heures pour tout étudiant orienté par le SSE",
        "après un passage aux urgences, le SSE recontacte l'étudiant dans les 7 jours"]),
])

# ------------------------------------------------------------------ 10. précarité et examens
s = new_slide("Précarité et période d'examens", notes=[
    "En janvier 2025, les demandes adressées au SSE ont augmenté de 38 % pendant les deux semaines de partiels, "
    "par rapport à la moyenne du semestre.",
])
bullets(s, [
    ("L'Épi'Sol, épicerie solidaire de la Maison de l'étudiant", [
        "accès sur avis d'une assistante sociale",
        "condition : un reste à vivre inférieur à 7 € par jour"]),
    ("Plan Partiels Sereins, en janvier et en mai", [
        "permanences sans rendez-vous au SSE de 12 h à 14 h",
        "salle Respire à la BU du Gwern",
        "pauses « Thé & Pause » animées par les étudiants relais santé"]),
])

# ------------------------------------------------------------------ 11. feuille de route
s = new_slide("Feuille de route 2025-2026", notes=[
    "Budget annuel de la convention Campus Bien-Être : 381 000 €, dont 285 000 € issus de la CVEC.",
])
bullets(s, [
    ("Former 30 référents de résidence aux PSSM d'ici juin 2026", []),
    ("Passer de 29 à 50 psychologues conventionnés Pass'Psy Campus", []),
    ("Traduire les supports d'information en 7 langues", ["pour les étudiants internationaux"]),
    ("Organiser une Journée Respire avant les partiels de mai 2026", []),
    ("Publier les résultats complets de l'enquête le 11 novembre 2025", []),
])

# ------------------------------------------------------------------ 12. contacts
s = new_slide("Contacts")
bullets(s, [
    ("Gaëlle Trémeur, coordinatrice du CLSM", ["clsm@brevalec.example — 02 99 00 52 10"]),
    ("Dr Nolwenn Kerhervé, service de santé étudiante", ["sse@univ-brevalec.example — 02 99 00 18 40"]),
    ("La Veilleuse (21 h – 2 h) : 02 99 00 47 31", []),
    ("CAP 24 (24 h/24) : 02 99 00 36 24", []),
])

doc.save(OUT)
print("écrit", OUT)
