# -*- coding: utf-8 -*-
"""Bilan 2024 et plan d'actions 2025 du groupe « Aînés, isolement et santé mentale » du CLSM de Cambrevast (fictif),
document Word tel qu'un coordinateur l'écrit : page de titre sans en-tête (première page différente), table des
matières en champ TOC dont le résultat mis en cache (entrées « TOC 1 » / « TOC 2 » avec points de conduite et numéros
de page) répète les titres, en-têtes différents sur les pages paires et impaires (w:evenAndOddHeaders), pied de page
avec champ PAGE, titres de styles « Heading 1 / 2 », commentaires de relecture (commentaires Word, ancrés sur des
passages), tableaux dont les montants en « k€ » sont alignés à droite avec une ligne « Total », liste numérotée de
priorités tapée à la main, tableau de suivi des indicateurs.
"""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-02-10_clsm-cambrevast_bilan-2024-plan-actions-2025-aines-isolement.docx")


def fld_simple(paragraph, instr, cached):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r2._r.append(it)
    r3 = paragraph.add_run()
    sp = OxmlElement("w:fldChar"); sp.set(qn("w:fldCharType"), "separate"); r3._r.append(sp)
    paragraph.add_run(cached)
    r5 = paragraph.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, right=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return run


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for name, size, color in (("Heading 1", 15, "1F4E79"), ("Heading 2", 12, "2E75B6")):
        hs = doc.styles[name]
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor.from_string(color)
    for lvl, ind in (("TOC 1", 0), ("TOC 2", 0.6)):
        try:
            ts = doc.styles[lvl]
        except KeyError:
            from docx.enum.style import WD_STYLE_TYPE
            ts = doc.styles.add_style(lvl, WD_STYLE_TYPE.PARAGRAPH)
            ts.base_style = doc.styles["Normal"]
        ts.paragraph_format.left_indent = Cm(ind)
        ts.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        ts.paragraph_format.space_after = Pt(2)

    doc.core_properties.author = "Julien Costentin"
    doc.core_properties.title = "Groupe Aînés, isolement et santé mentale — bilan 2024 et plan d'actions 2025"
    doc.core_properties.last_modified_by = "Marie-Laure Hamelin"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.different_first_page_header_footer = True
    doc.settings.odd_and_even_pages_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "CLSM de Cambrevast · Groupe « Aînés, isolement et santé mentale »"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ep = sec.even_page_header.paragraphs[0]
    ep.text = "Bilan 2024 et plan d'actions 2025 — version 3 du 10/02/2025"
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for footer in (sec.footer, sec.even_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("Page ")
        fld_simple(fp, "PAGE", "2")

    # Page de titre
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Conseil local de santé mentale de Cambrevast"); r.font.size = Pt(13); r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Groupe de travail « Aînés, isolement et santé mentale »"); r.font.size = Pt(18); r.bold = True
    r.font.color.rgb = RGBColor.from_string("1F4E79")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Bilan 2024 et plan d'actions 2025"); r.font.size = Pt(16)
    doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Document présenté au comité de pilotage du CLSM le 10 février 2025\n"
              "Rédaction : Julien Costentin, coordinateur du CLSM\n"
              "Relecture : Marie-Laure Hamelin (CCAS), Dr François Lecoeur (EMGP)\n"
              "Version 3 — validée")
    doc.add_page_break()

    # Table des matières (champ TOC avec résultat en cache)
    doc.add_paragraph("Sommaire", style="Title")
    toc = [
        (1, "1. Contexte et mandat du groupe", 3),
        (1, "2. Composition du groupe", 3),
        (1, "3. Bilan des actions 2024", 4),
        (2, "3.1 Allô Voisins Seniors", 4),
        (2, "3.2 Formation de sentinelles", 4),
        (2, "3.3 Ateliers et transport solidaire", 5),
        (2, "3.4 Ce qui a marché, ce qui a coincé", 5),
        (1, "4. Budget 2024 réalisé et 2025 prévisionnel", 6),
        (1, "5. Plan d'actions 2025", 6),
        (1, "6. Suivi des indicateurs", 7),
    ]
    first = True
    for i, (lvl, text, page) in enumerate(toc):
        p = doc.add_paragraph(style="TOC %d" % lvl)
        if first:
            r = p.add_run(); b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
            r = p.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-2" \\h \\z \\u '; r._r.append(it)
            r = p.add_run(); sp = OxmlElement("w:fldChar"); sp.set(qn("w:fldCharType"), "separate"); r._r.append(sp)
            first = False
        p.add_run(text + "\t" + str(page))
        if i == len(toc) - 1:
            r = p.add_run(); e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
    doc.add_page_break()

    H1 = lambda t: doc.add_heading(t, level=1)
    H2 = lambda t: doc.add_heading(t, level=2)
    P = lambda t: doc.add_paragraph(t)

    H1("1. Contexte et mandat du groupe")
    P("Le groupe de travail « Aînés, isolement et santé mentale » a été créé par l'assemblée plénière du CLSM le "
      "14 décembre 2023. Son mandat : réduire l'isolement des habitants de 65 ans et plus du quartier de La "
      "Pépinière et améliorer le repérage de la crise suicidaire chez les seniors, en lien avec l'équipe mobile de "
      "gérontopsychiatrie (EMGP) du centre hospitalier de Cambrevast-Bessin.")
    P("La Pépinière compte 4 100 habitants, dont 690 âgés de 65 ans et plus, sur les 23 600 habitants de la commune. "
      "Les premiers résultats de l'enquête VMQ 2024 de l'ONSV, transmis au groupe en janvier 2025, confirment ce que "
      "les acteurs observaient : 40,9 % des seniors du quartier sont socialement isolés et 26,4 % présentent des "
      "symptômes dépressifs, soit les taux les plus élevés des quatre quartiers normands enquêtés.")
    P("Le groupe s'est réuni six fois en 2024 (janvier, mars, mai, juin, septembre et novembre), au centre social "
      "de La Pépinière. Il rend compte au comité de pilotage du CLSM et à l'assemblée plénière annuelle.")

    H1("2. Composition du groupe")
    members = [
        ("Structure", "Représentant(e)", "Rôle dans le groupe"),
        ("CLSM de Cambrevast", "Julien Costentin, coordinateur", "Animation, secrétariat, lien avec le comité de pilotage"),
        ("CCAS de Cambrevast", "Marie-Laure Hamelin, directrice", "Registre des personnes vulnérables, aides sociales"),
        ("EMGP — CH de Cambrevast-Bessin", "Dr François Lecoeur, gérontopsychiatre", "Avis clinique, formations, recours"),
        ("Centre social La Pépinière", "Karim Oubella, médiateur santé (adulte-relais)", "Allô Voisins Seniors, aller-vers"),
        ("CPTS du Bessin-Cambrevast", "Anne-Sophie Letellier, infirmière libérale", "Lien avec les soignants de ville"),
        ("Calvados Logis Nord (bailleur)", "Sébastien Hue, responsable de secteur", "Gardiens, signalements, halls"),
        ("Club de l'Amitié de la Pépinière", "Germaine Leroux, présidente", "Voix des habitants âgés, bénévoles"),
        ("Pharmacie du Marché", "Pierre-Yves Gosselin, pharmacien", "Repérage au comptoir, sentinelle"),
    ]
    t = doc.add_table(rows=len(members), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(members):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), "DEEAF6")

    doc.add_page_break()
    H1("3. Bilan des actions 2024")
    H2("3.1 Allô Voisins Seniors")
    p = doc.add_paragraph("Lancé le 2 avril 2024, le dispositif Allô Voisins Seniors organise des appels de "
                          "convivialité réguliers, au moins une fois par semaine, passés par des bénévoles formés à "
                          "des personnes âgées isolées repérées par le CCAS, le bailleur et les soignants. Au 31 "
                          "décembre 2024, ")
    anchor = p.add_run("46 bénévoles appelaient 187 seniors")
    p.add_run(" ; 2 950 appels ont été passés d'avril à décembre, d'une durée moyenne de 14 minutes.")
    doc.add_comment(anchor, text="Chiffre CCAS au 31/12 : 187, c'est bien ça, dont 12 nouvelles personnes inscrites en "
                    "décembre après la réunion au club.", author="Marie-Laure Hamelin", initials="MLH")
    P("Le médiateur santé, Karim Oubella, reçoit les inquiétudes des bénévoles. En 2024, 23 situations lui ont été "
      "signalées : 8 ont été orientées vers l'EMGP, 6 vers le médecin traitant et 9 vers le CCAS pour une aide "
      "matérielle ou une aide à domicile. Aucun décès par suicide n'a été porté à la connaissance du groupe parmi les "
      "personnes appelées.")
    H2("3.2 Formation de sentinelles")
    P("Deux sessions de formation au repérage de la crise suicidaire, animées par le Dr Lecoeur et une infirmière de "
      "l'EMGP, ont eu lieu le 13 juin et le 21 novembre 2024. Elles ont formé 24 sentinelles : 7 gardiens "
      "d'immeuble, 5 aides à domicile, 4 pharmaciens et préparateurs, 3 agents du CCAS, 3 animateurs du centre "
      "social et 2 infirmières libérales. Les sentinelles disposent d'une fiche de liaison et du numéro direct de "
      "l'EMGP, joignable du lundi au vendredi.")
    H2("3.3 Ateliers et transport solidaire")
    P("Neuf ateliers « Bien dans sa tête, bien dans son quartier » ont réuni 74 participants au total, autour du "
      "sommeil, du deuil, de la mémoire et de l'estime de soi ; ils sont animés par une psychologue du centre "
      "social. Le transport solidaire, assuré par les bénévoles du Club de l'Amitié avec le véhicule du centre "
      "social, a permis 41 trajets vers des consultations (centre médico-psychologique, médecin traitant, "
      "ophtalmologie).")
    H2("3.4 Ce qui a marché, ce qui a coincé")
    P("Points forts :")
    for t_ in ("l'ancrage du médiateur santé dans le quartier, qui connaît la plupart des personnes appelées ;",
               "la réactivité de l'EMGP, qui a rappelé les sentinelles dans la journée pour 7 situations sur 8 ;",
               "la mobilisation du bailleur, dont tous les gardiens de La Pépinière ont été formés."):
        doc.add_paragraph(t_, style="List Bullet")
    P("Difficultés :")
    for t_ in ("les hommes âgés isolés restent difficiles à joindre : ils représentent 22 % des personnes appelées, "
               "alors qu'ils sont 39 % des seniors du quartier ;",
               "9 bénévoles sur 46 ont arrêté en cours d'année, faute d'accompagnement suffisant face à des appels "
               "parfois lourds ;",
               "le refus de soins de certaines personnes, que les bénévoles vivent comme un échec ;",
               "l'absence de retour systématique vers la sentinelle après une orientation."):
        doc.add_paragraph(t_, style="List Bullet")

    H1("4. Budget 2024 réalisé et 2025 prévisionnel")
    P("Le tableau ci-dessous présente les dépenses du groupe par action, en milliers d'euros.")
    bud = [
        ("Action", "Réalisé 2024", "Prévu 2025"),
        ("Coordination d'Allô Voisins Seniors (0,3 ETP de médiateur)", "14,2 k€", "15,0 k€"),
        ("Formation de sentinelles (2 sessions en 2024, 3 en 2025)", "4,8 k€", "7,2 k€"),
        ("Ateliers « Bien dans sa tête, bien dans son quartier »", "3,1 k€", "4,5 k€"),
        ("Transport solidaire vers les consultations", "2,6 k€", "3,8 k€"),
        ("Communication (guide, affiches, cartes d'appel)", "1,9 k€", "1,5 k€"),
        ("Total", "26,6 k€", "32,0 k€"),
    ]
    t = doc.add_table(rows=len(bud), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(bud):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i in (0, len(bud) - 1)), right=(j > 0))
        if i in (0, len(bud) - 1):
            for j in range(3):
                shade(t.cell(i, j), "DEEAF6")
    for row in t.rows:
        row.cells[0].width = Cm(10.5)
        row.cells[1].width = Cm(3)
        row.cells[2].width = Cm(3)
    doc.add_paragraph()
    P("Le financement prévisionnel 2025 se répartit ainsi :")
    fin = [
        ("Financeur", "Montant 2025"),
        ("Agence régionale de santé (ARS) de Normandie", "12,0 k€"),
        ("Ville de Cambrevast", "10,5 k€"),
        ("CARSAT Normandie", "6,0 k€"),
        ("Conférence des financeurs (CFPPA) du Calvados", "3,5 k€"),
        ("Total", "32,0 k€"),
    ]
    t2 = doc.add_table(rows=len(fin), cols=2)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    carsat_run = None
    for i, row in enumerate(fin):
        for j, v in enumerate(row):
            r_ = set_cell(t2.cell(i, j), v, bold=(i in (0, len(fin) - 1)), right=(j > 0))
            if v == "6,0 k€":
                carsat_run = r_
    doc.add_comment(carsat_run, text="Notification attendue en mars : montant non confirmé à ce jour, on garde 6,0 en "
                    "hypothèse.", author="Julien Costentin", initials="JC")
    P("Par rapport à 2024, la hausse de 5,4 k€ s'explique surtout par la troisième session de formation de sentinelles "
      "et par l'extension des ateliers.")

    H1("5. Plan d'actions 2025")
    P("Le comité de pilotage a retenu cinq priorités pour 2025, par ordre d'importance :")
    prios = [
        "1) Former 20 bénévoles d'Allô Voisins Seniors au repérage de la crise suicidaire, au cours de trois sessions "
        "(mars, juin et octobre 2025), pour que les appelants deviennent aussi des sentinelles. Pilote : EMGP et CLSM.",
        "2) Aller vers les hommes âgés isolés : une permanence mensuelle du médiateur santé aux jardins familiaux et au "
        "club de pétanque, avec l'objectif de contacter 30 hommes d'ici décembre. Pilote : centre social.",
        "3) Formaliser le protocole d'orientation avec l'EMGP : fiche de liaison unique, rappel de la sentinelle par le "
        "médiateur sous 48 heures, retour systématique à la sentinelle après l'orientation. Pilote : CLSM.",
        "4) Porter les ateliers « Bien dans sa tête, bien dans son quartier » à douze séances et en ouvrir deux au "
        "Club de l'Amitié. Pilote : centre social.",
        "5) Évaluer : suivi trimestriel des indicateurs et participation de La Pépinière à la nouvelle édition de "
        "l'enquête VMQ prévue en 2027. Pilote : CLSM avec l'ONSV.",
    ]
    for i, t_ in enumerate(prios):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        run = p.add_run(t_)
        if i == 1:
            doc.add_comment(run, text="L'EMGP peut venir à une permanence par trimestre, à caler avec Karim.",
                            author="François Lecoeur", initials="FL")
    P("Une rencontre d'échange avec le CLSM de Montferville, qui lance son réseau de sentinelles « Vigie Aînés », est "
      "envisagée au second semestre 2025 pour comparer les deux approches : Montferville mise sur des sentinelles "
      "professionnelles, Cambrevast sur des appels réguliers de bénévoles.")

    H1("6. Suivi des indicateurs")
    ind = [
        ("Indicateur", "2024", "Cible 2025"),
        ("Seniors appelés régulièrement par Allô Voisins Seniors", "187", "220"),
        ("Bénévoles actifs", "46", "50"),
        ("Sentinelles formées (cumul)", "24", "44"),
        ("Situations signalées au médiateur santé", "23", "—"),
        ("Part des hommes parmi les personnes appelées", "22 %", "30 %"),
        ("Participants aux ateliers", "74", "100"),
    ]
    t3 = doc.add_table(rows=len(ind), cols=3)
    t3.style = "Table Grid"
    for i, row in enumerate(ind):
        for j, v in enumerate(row):
            set_cell(t3.cell(i, j), v, bold=(i == 0), right=(j > 0))
            if i == 0:
                shade(t3.cell(i, j), "DEEAF6")
    doc.add_paragraph()
    P("Prochaine réunion du groupe : jeudi 13 mars 2025, 14 h, centre social de La Pépinière.")
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print("écrit", OUT)
