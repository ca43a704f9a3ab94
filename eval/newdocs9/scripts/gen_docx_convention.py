"""Multi-party agreement for a CLSM, as a Word file built from a template with content controls.

Articles headed "Article 1 – Objet", parties listed with "ci-après", "Vu"/"Considérant" recitals, numbered
sub-articles, amounts, names and dates typed into content controls (w:sdt: inline ones inside paragraphs and a
block-level date control for the place and date of signature), a signatures block laid out as a borderless
table, a header and a footer with a page field, and three annexes (budget table 2025-2027, indicators table,
confidentiality charter).
"""
import copy
import pathlib

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2025-02-03_ville-montclair-sur-orge_convention-clsm-2025-2027.docx"

_sdt_id = [4100]


def sdt_inline(p, alias, text, bold=False, date=None):
    """Append an inline plain-text (or date) content control holding `text` to paragraph p."""
    _sdt_id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), alias.lower().replace(" ", "_")); pr.append(tg)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(_sdt_id[0])); pr.append(i)
    if date:
        d = OxmlElement("w:date"); d.set(qn("w:fullDate"), date + "T00:00:00Z")
        f = OxmlElement("w:dateFormat"); f.set(qn("w:val"), "d MMMM yyyy"); d.append(f)
        l = OxmlElement("w:lid"); l.set(qn("w:val"), "fr-FR"); d.append(l)
        pr.append(d)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); rpr.append(OxmlElement("w:b")); r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)


def para(doc, parts, style=None, align=None, space_after=6):
    p = doc.add_paragraph(style=style)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    if isinstance(parts, str):
        parts = [parts]
    for x in parts:
        if isinstance(x, str):
            p.add_run(x)
        elif x[0] == "b":
            p.add_run(x[1]).bold = True
        elif x[0] == "i":
            p.add_run(x[1]).italic = True
        elif x[0] == "sdt":
            sdt_inline(p, x[1], x[2], bold=len(x) > 3 and x[3] == "b")
        elif x[0] == "date":
            sdt_inline(p, x[1], x[2], date=x[3])
    return p


def article(doc, num, title):
    h = doc.add_paragraph(style="Heading 2")
    h.add_run(f"Article {num} – {title}")
    return h


def block_sdt_date(doc, alias, text, iso):
    """Block-level content control (date picker) wrapping a whole paragraph."""
    p = doc.add_paragraph()
    p.add_run(text)
    p.paragraph_format.space_before = Pt(12)
    body = p._p.getparent()
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    i = OxmlElement("w:id"); i.set(qn("w:val"), "4999"); pr.append(i)
    d = OxmlElement("w:date"); d.set(qn("w:fullDate"), iso + "T00:00:00Z")
    f = OxmlElement("w:dateFormat"); f.set(qn("w:val"), "d MMMM yyyy"); d.append(f)
    pr.append(d)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    body.replace(p._p, sdt)
    content.append(p._p)


def page_field(p):
    r = p.add_run()
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r._r.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r._r.append(it)
        else:
            t = OxmlElement("w:t"); t.text = txt; r._r.append(t)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
    tcPr.append(s)


def table(doc, rows, widths, head=True, bold_rows=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.width = widths[c]
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            run.font.size = Pt(9.5)
            if (head and r == 0) or r in bold_rows:
                run.bold = True
            if head and r == 0:
                shade(cell, "D9E2F3")
            if c > 0 and r > 0 and val[:1].isdigit():
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()
    return t


def bullets(doc, items, style="List Bullet"):
    for it in items:
        para(doc, it, style=style, space_after=2)


def main():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        doc.styles[name].font.size = Pt(size)
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Convention de partenariat CLSM 2025-2027 — Ville de Montclair-sur-Orge"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Paraphes : ______   —   page ").font.size = Pt(8.5)
    page_field(fp)

    t = para(doc, [("b", "CONVENTION PLURIANNUELLE DE PARTENARIAT 2025-2027")], align=WD_ALIGN_PARAGRAPH.CENTER)
    t.runs[0].font.size = Pt(15)
    para(doc, [("b", "relative au fonctionnement du Conseil local de santé mentale (CLSM) de Montclair-sur-Orge")],
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=18)

    para(doc, [("b", "ENTRE LES SOUSSIGNÉS :")])
    para(doc, ["La Ville de Montclair-sur-Orge, représentée par sa maire, ", ("sdt", "Nom du maire", "Mme Catherine Aubry"),
               ", dûment habilitée par délibération du conseil municipal n° ",
               ("sdt", "Numéro de délibération", "2024-118"), " du ",
               ("date", "Date de délibération", "16 décembre 2024", "2024-12-16"), ", ci-après « la Ville » ;"])
    para(doc, ["L'Établissement public de santé mentale (EPSM) du Val d'Orge, représenté par son directeur, ",
               ("sdt", "Nom du directeur EPSM", "M. Laurent Pichon"), ", ci-après « l'EPSM » ;"])
    para(doc, ["L'Agence régionale de santé (ARS) d'Île-de-France, représentée par la directrice de la délégation "
               "départementale de l'Essonne, ", ("sdt", "Nom DD ARS", "Mme Hélène Vidal"), ", ci-après « l'ARS » ;"])
    para(doc, ["L'État, représenté par le préfet de l'Essonne et, par délégation, par la sous-préfète chargée de la "
               "politique de la ville, ", ("sdt", "Nom sous-préfète", "Mme Sarah Benali"), ", ci-après « l'État » ;"])
    para(doc, ["Orge Habitat, office public de l'habitat, représenté par sa directrice générale, ",
               ("sdt", "Nom DG bailleur", "Mme Nathalie Royer"), ", ci-après « le bailleur » ;"])
    para(doc, ["Le Centre communal d'action sociale (CCAS) de Montclair-sur-Orge, représenté par sa vice-présidente, ",
               ("sdt", "Nom VP CCAS", "Mme Josiane Lambert"), ", ci-après « le CCAS » ;"])
    para(doc, "ci-après désignés ensemble « les parties ».", space_after=12)

    para(doc, [("b", "Vu")], space_after=2)
    bullets(doc, ["le code de la santé publique, notamment ses articles L. 1110-4, L. 1434-10 et L. 3221-2 ;",
                  "l'instruction du 30 septembre 2016 relative à la consolidation et à la généralisation des conseils "
                  "locaux de santé mentale en particulier dans le cadre des contrats de ville ;",
                  "le contrat de ville « Engagements Quartiers 2030 » de la communauté d'agglomération Cœur d'Orge, "
                  "signé le 18 avril 2024 ;",
                  "le contrat local de santé de Montclair-sur-Orge 2023-2027 ;",
                  "le projet territorial de santé mentale de l'Essonne ;",
                  "la délibération du conseil municipal n° 2024-118 du 16 décembre 2024."])
    para(doc, [("b", "Considérant")], space_after=2)
    bullets(doc, ["que le CLSM de Montclair-sur-Orge a été créé en 2018 et a fait l'objet de deux conventions "
                  "successives, pour les périodes 2018-2020 et 2021-2024 ;",
                  "que la commune compte 32 500 habitants, dont environ 8 100 résident dans les deux quartiers "
                  "prioritaires de la politique de la ville, Les Aulnettes (5 200 habitants) et Le Plateau (2 900 "
                  "habitants) ;",
                  "que l'évaluation de la convention 2021-2024, présentée au comité de pilotage du 7 novembre 2024, a "
                  "recommandé de renforcer la cellule de veille, d'associer davantage le bailleur social et de "
                  "sécuriser le financement du poste de coordination ;"])
    para(doc, [("b", "IL EST CONVENU CE QUI SUIT :")], space_after=10)

    article(doc, 1, "Objet")
    para(doc, "La présente convention a pour objet de définir les modalités d'organisation, de fonctionnement et de "
              "financement du Conseil local de santé mentale de Montclair-sur-Orge, ainsi que les engagements "
              "respectifs des parties, pour la période 2025-2027.")

    article(doc, 2, "Durée")
    para(doc, ["La présente convention prend effet le ", ("date", "Date de début", "1er janvier 2025", "2025-01-01"),
               " et s'achève le ", ("date", "Date de fin", "31 décembre 2027", "2027-12-31"),
               ". Elle ne peut pas être reconduite tacitement. Un bilan de la convention est présenté au comité de "
               "pilotage au plus tard le 30 septembre 2027, afin de préparer, le cas échéant, une nouvelle convention."])

    article(doc, 3, "Missions du CLSM")
    para(doc, "Le CLSM est un espace de concertation et de coordination entre les élus, la psychiatrie publique, les "
              "usagers, les aidants et les acteurs du territoire. Il a pour missions :", space_after=2)
    bullets(doc, ["a) d'observer les besoins en santé mentale de la population et de les porter à la connaissance des "
                  "décideurs ;",
                  "b) de favoriser l'accès aux soins et la continuité des parcours, en particulier des habitants des "
                  "quartiers prioritaires ;",
                  "c) de contribuer à l'inclusion sociale, au maintien dans le logement et à l'autonomie des personnes ;",
                  "d) de mener des actions de prévention, de promotion de la santé mentale et de lutte contre la "
                  "stigmatisation, notamment lors des Semaines d'information sur la santé mentale ;",
                  "e) de coordonner l'examen des situations individuelles complexes dans le cadre fixé à l'article 13 ;",
                  "f) de développer la formation des acteurs, notamment aux premiers secours en santé mentale."],
            style="List Paragraph")

    article(doc, 4, "Territoire et publics")
    para(doc, "Le CLSM intervient sur l'ensemble du territoire communal. Une attention prioritaire est portée aux "
              "quartiers des Aulnettes et du Plateau, où au moins la moitié des actions collectives du CLSM doivent "
              "être réalisées. Les actions s'adressent aux habitants de tous âges, à leurs proches et aux "
              "professionnels qui les accompagnent.")

    article(doc, 5, "Gouvernance")
    para(doc, [("b", "5.1. Le comité de pilotage. "),
               "Il est co-présidé par la maire et par le chef du pôle de psychiatrie adulte de l'EPSM, ",
               ("sdt", "Nom du chef de pôle", "le Dr Marc-Antoine Ferry"),
               ". Il réunit les signataires de la présente convention, un représentant de l'UNAFAM et un représentant du "
               "groupe d'entraide mutuelle « Les Ailes de l'Orge ». Il se réunit au moins deux fois par an. Il arrête "
               "le programme d'actions annuel, valide le budget et le rapport d'activité."])
    para(doc, [("b", "5.2. L'assemblée plénière. "),
               "Ouverte à l'ensemble des partenaires, aux usagers et aux habitants, elle se réunit au moins une fois par "
               "an. Elle débat des orientations du CLSM et du bilan de l'année écoulée."])
    para(doc, [("b", "5.3. Le comité technique. "),
               "Réunissant chaque mois la coordinatrice ou le coordinateur et les référents techniques désignés par "
               "chaque partie, il prépare les travaux du comité de pilotage et suit la mise en œuvre des actions."])
    para(doc, [("b", "5.4. Les groupes de travail. "),
               "Le comité de pilotage crée les groupes de travail thématiques nécessaires. Pour la période 2025-2027, "
               "trois groupes sont constitués : « Logement et habitat », « Jeunesse et parentalité », « Accès aux soins et "
               "aux droits »."])

    article(doc, 6, "Coordination")
    para(doc, ["La Ville recrute et emploie un coordinateur ou une coordinatrice du CLSM à ",
               ("sdt", "Quotité ETP", "temps plein (1 ETP)"),
               ", de catégorie A, placé au sein de la direction de la santé et des solidarités. Le coordinateur dispose "
               "d'un bureau au centre municipal de santé et d'un accès, une demi-journée par semaine, à un bureau du "
               "centre médico-psychologique (CMP) adultes de Montclair-sur-Orge. Ses missions sont détaillées dans la "
               "fiche de poste validée par le comité de pilotage : animation des instances, préparation et animation de "
               "la cellule de veille, conduite de projets, mobilisation des partenaires, suivi budgétaire et "
               "évaluation."])

    article(doc, 7, "Engagements de la Ville")
    para(doc, ["La Ville s'engage à employer le coordinateur, à mettre à disposition les locaux et les moyens "
               "logistiques nécessaires, et à contribuer au budget du CLSM selon l'annexe 1, soit ",
               ("sdt", "Contribution Ville 2025", "27 000 €", "b"),
               " en 2025. Elle assure le secrétariat des instances et la diffusion des travaux du CLSM."])

    article(doc, 8, "Engagements de l'EPSM")
    para(doc, "L'EPSM désigne un psychiatre référent du CLSM, à hauteur de 0,1 équivalent temps plein, et un cadre de "
              "santé du CMP adultes, qui participent à la cellule de veille et au comité technique. Il met à disposition "
              "ses formateurs accrédités aux premiers secours en santé mentale. Cette contribution en nature est "
              "valorisée à 12 000 € par an dans le budget du CLSM.")

    article(doc, 9, "Engagements de l'ARS")
    para(doc, ["L'ARS attribue à la Ville, pour le fonctionnement du CLSM, une subvention annuelle de ",
               ("sdt", "Montant ARS", "35 000 €", "b"),
               " au titre du fonds d'intervention régional (FIR), sous réserve de la disponibilité des crédits et de la "
               "transmission du rapport d'activité prévu à l'article 14. La subvention est versée en deux fois : 70 % au "
               "cours du premier trimestre de chaque année, le solde de 30 % après réception du rapport d'activité de "
               "l'année précédente."])

    article(doc, 10, "Engagements de l'État au titre de la politique de la ville")
    para(doc, ["L'État mobilise, au titre du programme 147 « Politique de la ville », des crédits d'un montant indicatif de ",
               ("sdt", "Montant P147", "15 000 €", "b"),
               " par an pour les actions du CLSM menées au bénéfice des habitants des quartiers prioritaires, dans le "
               "cadre de l'appel à projets annuel du contrat de ville. Le délégué du préfet participe au comité de "
               "pilotage."])

    article(doc, 11, "Engagements du bailleur")
    para(doc, ["Orge Habitat désigne un référent santé mentale, participe à la cellule de veille pour les situations de "
               "ses locataires, forme ses gardiens au repérage des situations de souffrance psychique et contribue au "
               "budget du CLSM à hauteur de ", ("sdt", "Montant bailleur", "5 000 €", "b"), " par an."])

    article(doc, 12, "Engagements du CCAS")
    para(doc, "Le CCAS participe à la cellule de veille et aux groupes de travail, facilite l'accès aux droits des "
              "personnes accompagnées et met gracieusement à disposition la salle du conseil d'administration pour les "
              "réunions de la cellule.")

    article(doc, 13, "Cellule de veille et de concertation")
    para(doc, "La cellule de veille et de concertation examine les situations individuelles complexes de personnes en "
              "souffrance psychique pour lesquelles les réponses habituelles n'ont pas suffi. Elle se réunit une fois "
              "par mois, hors juillet et août. Son fonctionnement obéit aux règles suivantes :", space_after=2)
    bullets(doc, ["la personne concernée est informée de l'examen de sa situation et son accord est recherché, sauf "
                  "urgence ou danger ;",
                  "seules les informations strictement nécessaires à la coordination sont échangées, dans le respect "
                  "du secret professionnel et du partage d'informations prévu à l'article L. 1110-4 du code de la "
                  "santé publique ;",
                  "chaque participant signe la charte de confidentialité figurant en annexe 3 ;",
                  "les forces de l'ordre ne participent pas à l'examen nominatif des situations ;",
                  "les comptes rendus sont anonymisés et conservés par le coordinateur pendant trois ans."])

    article(doc, 14, "Évaluation")
    para(doc, "Les parties évaluent chaque année la mise en œuvre de la convention à partir des indicateurs de "
              "l'annexe 2. Le coordinateur établit un rapport d'activité annuel, transmis à l'ensemble des signataires "
              "avant le 31 mars de l'année suivante.")

    article(doc, 15, "Communication")
    para(doc, "Tout document de communication relatif au CLSM mentionne le soutien des signataires et comporte leurs "
              "logos. Les parties s'informent mutuellement de toute communication publique portant sur le CLSM.")

    article(doc, 16, "Modification")
    para(doc, "Toute modification de la présente convention fait l'objet d'un avenant signé par l'ensemble des parties. "
              "L'adhésion d'un nouveau partenaire se fait par avenant.")

    article(doc, 17, "Résiliation")
    para(doc, "Chaque partie peut se retirer de la présente convention par lettre recommandée avec accusé de réception "
              "adressée aux autres parties, moyennant un préavis de trois mois. En cas de non-respect de ses engagements "
              "par l'une des parties, la convention peut être résiliée à son égard après une mise en demeure restée "
              "sans effet pendant un mois.")

    article(doc, 18, "Règlement des litiges")
    para(doc, "Les parties s'efforcent de régler à l'amiable tout différend relatif à l'interprétation ou à "
              "l'exécution de la présente convention. À défaut d'accord dans un délai de deux mois, le litige est porté "
              "devant le tribunal administratif de Versailles.")

    block_sdt_date(doc, "Lieu et date de signature",
                   "Fait à Montclair-sur-Orge, le 3 février 2025, en six exemplaires originaux.", "2025-02-03")

    sig = doc.add_table(rows=3, cols=2)
    sig.alignment = WD_TABLE_ALIGNMENT.CENTER
    names = [("Pour la Ville de Montclair-sur-Orge,\nLa maire,\n\n\n\nCatherine Aubry",
              "Pour l'EPSM du Val d'Orge,\nLe directeur,\n\n\n\nLaurent Pichon"),
             ("Pour l'ARS Île-de-France,\nLa directrice de la délégation départementale de l'Essonne,\n\n\n\nHélène Vidal",
              "Pour l'État,\nLa sous-préfète chargée de la politique de la ville,\n\n\n\nSarah Benali"),
             ("Pour Orge Habitat,\nLa directrice générale,\n\n\n\nNathalie Royer",
              "Pour le CCAS de Montclair-sur-Orge,\nLa vice-présidente,\n\n\n\nJosiane Lambert")]
    for r, row in enumerate(names):
        for c, txt in enumerate(row):
            cell = sig.cell(r, c)
            cell.text = txt
            for pp in cell.paragraphs:
                pp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # annexes
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Annexe 1 – Budget prévisionnel 2025-2027", level=1)
    para(doc, "Montants en euros. La mise à disposition de personnel par l'EPSM est valorisée en charges et en produits.")
    table(doc, [["Charges", "2025", "2026", "2027"],
                ["Poste de coordination (rémunération chargée)", "54 000", "55 100", "56 200"],
                ["Actions de prévention et SISM", "9 000", "9 500", "10 000"],
                ["Formations aux premiers secours en santé mentale", "8 000", "8 000", "8 000"],
                ["Supervision de la cellule de veille", "4 000", "4 000", "4 000"],
                ["Communication", "3 000", "3 000", "3 000"],
                ["Frais de fonctionnement", "4 000", "4 000", "4 000"],
                ["Mise à disposition de personnel par l'EPSM (valorisation)", "12 000", "12 000", "12 000"],
                ["Total des charges", "94 000", "95 600", "97 200"]],
          [Cm(8.6), Cm(2.4), Cm(2.4), Cm(2.4)], bold_rows=(8,))
    table(doc, [["Produits", "2025", "2026", "2027"],
                ["ARS Île-de-France (FIR)", "35 000", "35 000", "35 000"],
                ["Ville de Montclair-sur-Orge", "27 000", "28 600", "30 200"],
                ["État – programme 147 « Politique de la ville »", "15 000", "15 000", "15 000"],
                ["Orge Habitat", "5 000", "5 000", "5 000"],
                ["EPSM du Val d'Orge (valorisation)", "12 000", "12 000", "12 000"],
                ["Total des produits", "94 000", "95 600", "97 200"]],
          [Cm(8.6), Cm(2.4), Cm(2.4), Cm(2.4)], bold_rows=(6,))
    para(doc, "Le budget total de la convention sur trois ans s'élève à 286 800 €.")

    doc.add_heading("Annexe 2 – Indicateurs d'évaluation", level=1)
    table(doc, [["Indicateur", "Valeur 2024", "Cible 2027"],
                ["Nombre de situations examinées par la cellule de veille", "42", "60"],
                ["Part des situations concernant des habitants des quartiers prioritaires", "45 %", "au moins 50 %"],
                ["Délai moyen entre le signalement et le premier examen", "28 jours", "moins de 15 jours"],
                ["Personnes formées aux premiers secours en santé mentale (cumul)", "74", "200"],
                ["Gardiens d'Orge Habitat formés au repérage", "6", "30"],
                ["Participants aux Semaines d'information sur la santé mentale", "390", "600"],
                ["Structures membres de l'assemblée plénière", "38", "50"]],
          [Cm(9.6), Cm(3), Cm(3)])

    doc.add_heading("Annexe 3 – Charte de confidentialité de la cellule de veille", level=1)
    para(doc, "Je soussigné(e), participant(e) à la cellule de veille et de concertation du CLSM de Montclair-sur-Orge, "
              "m'engage à :", space_after=2)
    bullets(doc, ["ne partager que les informations strictement nécessaires à la compréhension de la situation et à la "
                  "coordination des interventions ;",
                  "ne divulguer à quiconque, en dehors de la cellule, les informations nominatives échangées en séance ;",
                  "ne conserver aucune note nominative à l'issue de la séance ;",
                  "informer la personne concernée, chaque fois que possible, de l'examen de sa situation et de ses suites ;",
                  "signaler au coordinateur toute difficulté relative au respect de la présente charte."])
    para(doc, "Nom, prénom, structure : ……………………………………   Date et signature : ……………………")
    doc.core_properties.title = "Convention pluriannuelle de partenariat 2025-2027 — CLSM de Montclair-sur-Orge"
    doc.core_properties.author = "Direction de la santé et des solidarités — Ville de Montclair-sur-Orge"
    doc.save(OUT)
    print(OUT.name, OUT.stat().st_size // 1024, "KB")


if __name__ == "__main__":
    main()
