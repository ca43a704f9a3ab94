# -*- coding: utf-8 -*-
"""Génère la convention constitutive du CLSM d'Ormeval (.docx, python-docx, document fictif).

Particularités voulues : titres d'articles en « Titre 1 » numérotés automatiquement par Word (liste à plusieurs
niveaux liée au style, texte de niveau « Article %1 – ») : le mot « Article n » n'est donc pas écrit dans le
texte des titres ; visas, parties, tableau des membres par collège, tableau de signatures à deux colonnes sans
bordure, en-tête, pied de page avec champs PAGE / NUMPAGES.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-12-04_clsm-ormeval_convention-constitutive.docx")

ABSTRACT_ID = "30"
NUM_ID = "31"


def add_article_numbering(doc):
    numbering = doc.part.numbering_part.element
    used = {e.get(qn("w:numId")) for e in numbering.findall(qn("w:num"))}
    used_abs = {e.get(qn("w:abstractNumId")) for e in numbering.findall(qn("w:abstractNum"))}
    assert NUM_ID not in used and ABSTRACT_ID not in used_abs, "identifiants de numérotation déjà pris"
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), ABSTRACT_ID)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:pStyle", "Heading1"), ("w:suff", "space"),
                     ("w:lvlText", "Article %1 –"), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), NUM_ID)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), ABSTRACT_ID)
    num.append(ref)
    numbering.append(num)
    # liaison du style Titre 1 à la liste
    st = doc.styles["Heading 1"]
    ppr = st.element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), NUM_ID)
    numpr.append(nid)
    before = [qn("w:" + t) for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
                                      "widowControl")]
    pos = 0
    for i, ch in enumerate(ppr):
        if ch.tag in before:
            pos = i + 1
    ppr.insert(pos, numpr)
    st.font.size = Pt(12.5)
    st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    st.paragraph_format.space_before = Pt(12)
    st.paragraph_format.space_after = Pt(4)


def add_field(run, instr):
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " %s " % text
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def set_cell_bg(cell, color):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcpr.append(shd)


def no_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + b)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def para(doc, text, bold=False, italic=False, align=None, size=None, after=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def bullets(doc, items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def article(doc, title, paragraphs):
    doc.add_paragraph(title, style="Heading 1")
    for t in paragraphs:
        if isinstance(t, list):
            bullets(doc, t)
        else:
            p = doc.add_paragraph(t)
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


MEMBERS = [
    ("Collège 1 — Élus", "Ville d'Ormeval", "Isabelle Fromentin, adjointe au maire déléguée à la santé et à la "
                                           "cohésion sociale"),
    ("", "Conseil départemental de la Vaudaine", "Patrice Gallois, conseiller départemental du canton "
                                                 "d'Ormeval-1"),
    ("Collège 2 — Psychiatrie et santé", "Centre hospitalier de la Vaudaine (CHV), pôle de psychiatrie adulte",
     "Dr Karim Benaïssa, psychiatre, chef de pôle"),
    ("", "CHV, intersecteur de psychiatrie de l'enfant et de l'adolescent", "Dr Anne Roussel-Tessier, "
                                                                             "pédopsychiatre"),
    ("", "CPTS du Pays d'Ormeval", "Dr Élodie Ravier, médecin généraliste, présidente"),
    ("", "Agence régionale de santé, délégation départementale de la Vaudaine (membre associé)",
     "Mathilde Kerbrat, déléguée départementale"),
    ("Collège 3 — Usagers et aidants", "GEM La Passerelle", "Thierry Vallon, président"),
    ("", "Unafam, délégation de la Vaudaine", "Monique Chaumeil, déléguée départementale"),
    ("Collège 4 — Acteurs sociaux, éducatifs et du logement", "CCAS d'Ormeval", "Nadège Ferry, directrice"),
    ("", "Vaudaine Habitat", "Samir Haddad, directeur de la proximité"),
    ("", "Éducation nationale, circonscription d'Ormeval", "Claire Bouvier, inspectrice de l'éducation "
                                                          "nationale"),
    ("", "Mission locale du Pays d'Ormeval", "Julie Carrasco, directrice"),
    ("", "Maison des adolescents de la Vaudaine", "Romain Lestrade, coordinateur"),
    ("Collège 5 — État et tranquillité publique", "Préfecture de la Vaudaine", "Yannick Morel, délégué du "
                                                                               "préfet pour les quartiers"),
    ("", "Commissariat de police d'Ormeval", "Commandant Éric Sabatier"),
    ("Collège 6 — Habitants", "Conseil citoyen des Grands-Prés", "Deux représentants élus par l'assemblée "
                                                                 "plénière"),
    ("", "Conseil citoyen du Clos-Saint-Marc", "Deux représentants élus par l'assemblée plénière"),
]

SIGNATURES = [
    ("Pour la Ville d'Ormeval,\nLe maire,\n\n\nPatrick Lemarquis",
     "Pour l'agence régionale de santé Centre-Val de Loire,\npar délégation, la déléguée départementale de la "
     "Vaudaine,\n\n\nMathilde Kerbrat"),
    ("Pour l'État,\nla sous-préfète chargée de la politique de la ville,\n\n\nAnne-Laure Desforges",
     "Pour le centre hospitalier de la Vaudaine,\nle directeur,\n\n\nBruno Castaing"),
    ("Pour la CPTS du Pays d'Ormeval,\nla présidente,\n\n\nDr Élodie Ravier",
     "Pour le conseil départemental de la Vaudaine,\nle président,\n\n\nHervé Lagrange"),
    ("Pour Vaudaine Habitat,\nle directeur général,\n\n\nOlivier Brunet", ""),
]


def main():
    doc = Document()
    add_article_numbering(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)

    hp = sec.header.paragraphs[0]
    hp.text = "Ville d'Ormeval — Conseil local de santé mentale\tConvention constitutive"
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Convention constitutive du CLSM d'Ormeval — version signée du 4 décembre 2025 — page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    r3 = fp.add_run(" sur ")
    r3.font.size = Pt(8)
    r4 = fp.add_run()
    r4.font.size = Pt(8)
    add_field(r4, "NUMPAGES")

    para(doc, "VILLE D'ORMEVAL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11, after=0)
    para(doc, "Direction de la cohésion sociale", align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    t = doc.add_paragraph("Convention constitutive du conseil local de santé mentale (CLSM) d'Ormeval",
                          style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "Approuvée par délibération n° 2025-11-087 du conseil municipal du 17 novembre 2025",
         italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9.5)

    para(doc, "Préambule", bold=True, size=12)
    for v in ("Vu le code de la santé publique, notamment ses articles L. 1110-4 et L. 3221-2 ;",
              "Vu le projet territorial de santé mentale (PTSM) de la Vaudaine adopté le 9 octobre 2020 ;",
              "Vu le contrat de ville « Engagements Quartiers 2030 » d'Ormeval signé le 22 mars 2024 ;",
              "Vu le diagnostic local de santé mentale d'Ormeval remis en juin 2025 par le cabinet Sillons "
              "Études ;",
              "Vu la délibération n° 2025-11-087 du conseil municipal d'Ormeval du 17 novembre 2025 ;"):
        para(doc, v, size=10, after=2)
    p = doc.add_paragraph(
        "Considérant que le diagnostic local a mis en évidence une détresse psychologique plus fréquente dans les "
        "quartiers prioritaires des Grands-Prés et du Clos-Saint-Marc, des délais d'accès aux soins élevés et le "
        "besoin, exprimé par 82 % des professionnels interrogés, d'une instance locale de concertation ;")
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_paragraph("Considérant que les opérations de renouvellement urbain engagées dans ces deux quartiers "
                      "rendent nécessaire une attention particulière à la santé mentale des ménages relogés ;")
    para(doc, "Il est convenu ce qui suit entre les signataires de la présente convention.", italic=True)

    article(doc, "Objet", [
        "La présente convention crée le conseil local de santé mentale (CLSM) d'Ormeval et en fixe les objectifs, "
        "la composition, les instances et les modalités de fonctionnement et de financement.",
        "Le CLSM est un espace de concertation et de coordination entre les élus, la psychiatrie publique, les "
        "représentants des usagers et des aidants, les professionnels de santé de ville et l'ensemble des acteurs "
        "sociaux, éducatifs, du logement et de la tranquillité publique. Il n'a pas de personnalité morale et ne "
        "délivre pas de soins."])
    article(doc, "Territoire", [
        "Le CLSM couvre le territoire de la commune d'Ormeval. Une attention prioritaire est portée aux quartiers "
        "prioritaires de la politique de la ville des Grands-Prés et du Clos-Saint-Marc, inscrits au nouveau "
        "programme national de renouvellement urbain.",
        "Ses actions s'articulent avec le projet territorial de santé mentale de la Vaudaine, dont il constitue "
        "la déclinaison locale, et avec le projet de santé de la communauté professionnelle territoriale de santé "
        "(CPTS) du Pays d'Ormeval."])
    article(doc, "Objectifs", [
        "Le CLSM poursuit les objectifs suivants, issus des cinq axes du diagnostic local :",
        ["améliorer l'accès aux soins psychiatriques et psychologiques et réduire les ruptures de parcours ;",
         "mieux prévenir et accompagner les situations individuelles complexes ;",
         "promouvoir la santé mentale des enfants, des adolescents et des jeunes adultes ;",
         "favoriser l'accès et le maintien dans le logement, notamment dans le cadre du relogement lié au "
         "renouvellement urbain ;",
         "informer le grand public, former les professionnels de première ligne et lutter contre la "
         "stigmatisation des personnes vivant avec un trouble psychique."]])
    doc.add_paragraph("Membres", style="Heading 1")
    doc.add_paragraph("Le CLSM réunit les membres suivants, répartis en six collèges. Toute nouvelle structure "
                      "peut demander à adhérer ; l'adhésion est prononcée par le comité de pilotage et "
                      "communiquée à l'assemblée plénière suivante.")
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(tbl.rows[0].cells, ("Collège", "Membre", "Représentant(e) désigné(e)")):
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        rr.font.size = Pt(9.5)
        set_cell_bg(c, "D9E2F3")
    for col, mem, rep in MEMBERS:
        cells = tbl.add_row().cells
        for c, v in zip(cells, (col, mem, rep)):
            c.text = ""
            rr = c.paragraphs[0].add_run(v)
            rr.font.size = Pt(9)
            if v is col:
                rr.bold = True
    for row in tbl.rows:
        for c, w in zip(row.cells, (Cm(4.2), Cm(6.6), Cm(5.6))):
            c.width = w
    doc.add_paragraph("Chaque membre désigne un représentant titulaire et un suppléant. Les représentants du "
                      "collège 6 sont élus par l'assemblée plénière pour trois ans.")

    article(doc, "Assemblée plénière", [
        "L'assemblée plénière réunit l'ensemble des membres du CLSM. Elle est ouverte aux habitants, aux "
        "personnes concernées et à leurs proches, qui y participent avec voix consultative.",
        "Elle se réunit au moins une fois par an, sur convocation de la présidente ou du président adressée au "
        "moins trois semaines à l'avance. Elle élit la présidence du CLSM dans les conditions prévues à "
        "l'article 8, valide le plan d'action annuel et prend connaissance du rapport d'activité et du bilan "
        "financier de l'année écoulée."])
    article(doc, "Comité de pilotage", [
        "Le comité de pilotage est l'instance de décision et de suivi du CLSM. Il comprend onze membres :",
        ["la présidente ou le président du CLSM, qui le préside ;",
         "le vice-président, chef du pôle de psychiatrie adulte du centre hospitalier de la Vaudaine ;",
         "le ou la responsable de l'intersecteur de pédopsychiatrie ;",
         "la déléguée départementale de l'ARS ou son représentant ;",
         "le délégué du préfet pour les quartiers ;",
         "la présidente de la CPTS du Pays d'Ormeval ;",
         "un représentant de l'Unafam et un représentant du GEM La Passerelle ;",
         "un représentant de Vaudaine Habitat ;",
         "la directrice du CCAS ;",
         "un représentant des habitants désigné parmi les élus du collège 6."],
        "Il se réunit au moins trois fois par an. Il délibère valablement lorsque la moitié au moins de ses "
        "membres sont présents ou représentés ; ses décisions sont prises par consensus ou, à défaut, à la "
        "majorité des membres présents. La coordinatrice ou le coordinateur en assure le secrétariat, sans voix "
        "délibérative."])
    article(doc, "Groupes de travail", [
        "Trois groupes de travail thématiques sont constitués dès la signature de la présente convention :",
        ["groupe 1 : accès aux soins et situations complexes ;",
         "groupe 2 : santé mentale des enfants et des jeunes ;",
         "groupe 3 : logement, cadre de vie et renouvellement urbain."],
        "Chaque groupe est animé par deux copilotes issus de collèges différents, désignés par le comité de "
        "pilotage. Les groupes sont ouverts à tout professionnel ou habitant intéressé. Le comité de pilotage "
        "peut créer ou dissoudre un groupe de travail."])
    article(doc, "Présidence", [
        "Le CLSM est présidé par un élu ou une élue du conseil municipal d'Ormeval, élu(e) par l'assemblée "
        "plénière lors de sa première réunion, sur proposition du maire, pour la durée de la convention.",
        "La vice-présidence est assurée de droit par le chef du pôle de psychiatrie adulte du centre hospitalier "
        "de la Vaudaine, qui supplée la présidence en cas d'empêchement. La présidence représente le CLSM, "
        "convoque l'assemblée plénière et le comité de pilotage et signe le rapport d'activité."])
    article(doc, "Coordination", [
        "La coordination du CLSM est assurée par une coordinatrice ou un coordinateur à temps plein, recruté(e) "
        "et employé(e) par la Ville d'Ormeval, rattaché(e) à la direction de la cohésion sociale et installé(e) "
        "à la Maison de la cohésion sociale, 14 rue des Tanneurs.",
        "La coordination prépare et anime les instances, accompagne les groupes de travail, met en œuvre le plan "
        "d'action, anime la cellule prévue à l'article 11 et rédige le rapport d'activité annuel. Elle participe "
        "au réseau régional des coordinateurs de CLSM."])
    article(doc, "Financement", [
        "Pour l'année 2026, le budget prévisionnel du CLSM s'élève à 78 000 €, répartis comme suit :",
        ["agence régionale de santé Centre-Val de Loire, au titre du fonds d'intervention régional : 32 000 €, "
         "dont 50 % du coût du poste de coordination ;",
         "Ville d'Ormeval : 34 000 €, auxquels s'ajoute la mise à disposition gratuite de locaux ;",
         "contrat de ville, crédits de la politique de la ville de l'État : 12 000 €, sous réserve de l'appel à "
         "projets annuel."],
        "Pour les années suivantes, la participation de chaque financeur est arrêtée chaque année, après avis du "
        "comité de pilotage, dans la limite des crédits votés. Un bilan financier est transmis aux financeurs "
        "avant le 30 avril de l'année suivante."])
    article(doc, "Situations individuelles et confidentialité", [
        "Il est créé une cellule d'appui aux situations complexes (CASC), instance restreinte chargée d'examiner "
        "les situations individuelles de personnes en souffrance psychique pour lesquelles les professionnels "
        "sont en difficulté : refus de soins, incurie, troubles du voisinage, risque d'expulsion.",
        "La CASC se réunit une fois par mois. Elle est saisie par un professionnel membre du CLSM au moyen d'une "
        "fiche de saisine adressée à la coordination au moins huit jours avant la réunion. La personne concernée "
        "est informée de la démarche et son accord est recherché ; à défaut, la situation est présentée de "
        "manière anonymisée.",
        "Les participants sont tenus au secret professionnel et signent une charte de confidentialité ; seules "
        "les informations strictement nécessaires sont partagées. La CASC ne se substitue ni aux dispositifs "
        "d'urgence ni aux décisions de soins sans consentement."])
    article(doc, "Durée, évaluation et résiliation", [
        "La présente convention est conclue pour une durée de trois ans à compter de sa signature. Son "
        "renouvellement fait l'objet d'un avenant, après évaluation présentée à l'assemblée plénière.",
        "Toute modification fait l'objet d'un avenant signé par l'ensemble des parties. Chaque signataire peut "
        "se retirer de la convention par lettre recommandée adressée à la présidence, moyennant un préavis de "
        "trois mois. Les litiges sont réglés à l'amiable ou, à défaut, portés devant le tribunal administratif "
        "d'Orléans."])

    para(doc, "Fait à Ormeval, le 4 décembre 2025, en sept exemplaires originaux.", italic=True)
    doc.add_paragraph("Signatures", style="Heading 2")
    st = doc.add_table(rows=0, cols=2)
    no_borders(st)
    for left, right in SIGNATURES:
        cells = st.add_row().cells
        for c, txt in zip(cells, (left, right)):
            c.text = ""
            lines = txt.split("\n")
            p = c.paragraphs[0]
            for i, line in enumerate(lines):
                rr = p.add_run(line)
                rr.font.size = Pt(9.5)
                if i == len(lines) - 1 and line:
                    rr.bold = True
                if i < len(lines) - 1:
                    rr.add_break()
    core = doc.core_properties
    core.title = "Convention constitutive du CLSM d'Ormeval"
    core.author = "Ville d'Ormeval — direction de la cohésion sociale"
    core.subject = "Conseil local de santé mentale"
    doc.save(OUT)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
