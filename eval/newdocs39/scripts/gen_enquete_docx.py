# -*- coding: utf-8 -*-
"""Génère le rapport Word (.docx) de l'enquête « Écrans, sommeil et relations en ligne » menée au printemps 2025
auprès des élèves d'Ardonville (ville fictive du département imaginaire de Layon-et-Sèvre, Pays de la Loire).

Mise en page : page de couverture (suivie d'un saut de page), styles Word natifs « Heading 1 » / « Heading 2 »,
tableau des taux par niveau scolaire avec ligne « Ensemble », deux graphiques en image PNG (dessinés avec Pillow)
avec leurs légendes (style « Caption ») « Graphique 1 – » et « Graphique 2 – », deux vraies notes de bas de page
(partie word/footnotes.xml ajoutée au paquet, appels w:footnoteReference), un tableau en annexe, pied de page
avec champ PAGE.

Tout est inventé (ville, quartiers, organismes, personnes, chiffres, domaines .example).
"""
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-04_clsm-ardonville_enquete-ecrans-sommeil-eleves-2025.docx")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

FOOTNOTES = {
    1: "Est compté comme victime de cyberharcèlement l'élève qui déclare avoir subi, au moins deux fois depuis la "
       "rentrée de septembre 2024, des moqueries, insultes, menaces, rumeurs ou diffusions d'images le concernant "
       "sur internet, sur un réseau social ou par téléphone. Un épisode isolé n'est pas compté.",
    2: "Donnée départementale : enquête « Santé des collégiens » de la DSDEN de Layon-et-Sèvre, printemps 2024. "
       "Donnée nationale : enquête « Jeunes connectés » 2023, collégiens de la 6e à la 3e. Ces chiffres ne sont pas "
       "strictement comparables à ceux d'Ardonville (questions et années différentes).",
}


# ---------------------------------------------------------------- graphiques (Pillow)
def bar_chart(values, title, unit, colors, w=1400, h=760):
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 26)
    fb = ImageFont.truetype(FONTB, 30)
    d.text((40, 24), title, font=fb, fill="#1B3A4B")
    x0, y0, y1 = 120, 120, h - 120
    vmax = max(v for _, v in values) * 1.2
    d.line((x0, y1, w - 40, y1), fill="#333333", width=2)
    n = len(values)
    slot = (w - 40 - x0) / n
    for i, (lab, v) in enumerate(values):
        bx = x0 + i * slot + slot * 0.2
        bh = (y1 - y0) * v / vmax
        d.rectangle((bx, y1 - bh, bx + slot * 0.6, y1), fill=colors[i % len(colors)])
        val = ("%s" % v).replace(".", ",") + unit
        tw = d.textlength(val, font=fb)
        d.text((bx + slot * 0.3 - tw / 2, y1 - bh - 42), val, font=fb, fill="#222222")
        for k, part in enumerate(lab.split("\n")):
            tw = d.textlength(part, font=f)
            d.text((bx + slot * 0.3 - tw / 2, y1 + 14 + 32 * k), part, font=f, fill="#222222")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return buf


def footnote_ref(par, n):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    r.append(ref)
    par._p.append(r)


def add_page_field(par):
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        r = OxmlElement("w:r")
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r.append(it)
        par._p.append(r)


def shade(cell, color):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), color)
    tcpr.append(sh)


def table(doc, rows, widths=None, total=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            run.font.size = Pt(9.5)
            if i == 0 or (total and i == len(rows) - 1):
                run.bold = True
            if j > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 0:
                shade(cell, "D9E7EE")
            elif total and i == len(rows) - 1:
                shade(cell, "F2F2F2")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def P(doc, text, style=None, bold_lead=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.text = "CLSM d'Ardonville — Enquête « Écrans, sommeil et relations en ligne » 2025 — page "
    add_page_field(fp)
    sec.different_first_page_header_footer = True

    # ---------------------------------------------------------------- couverture
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Écrans, sommeil et relations en ligne")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(28), RGBColor(0x1B, 0x3A, 0x4B)
    p = doc.add_paragraph()
    r = p.add_run("Enquête auprès des élèves d'Ardonville, du CM2 à la seconde — printemps 2025")
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Rapport de résultats")
    r.italic, r.font.size = True, Pt(14)
    doc.add_paragraph()
    P(doc, "Conseil local de santé mentale (CLSM) d'Ardonville — groupe de travail « Jeunes et numérique »")
    P(doc, "Avec la Maison des adolescents de Layon-et-Sèvre et la direction des services départementaux de "
           "l'Éducation nationale (DSDEN) de Layon-et-Sèvre")
    doc.add_paragraph()
    P(doc, "Rédaction : Claire Vasseur, chargée de mission observation (ville d'Ardonville), Dr Hugo Ménard, "
           "pédopsychiatre (Maison des adolescents), Soizic Le Bihan, coordinatrice du CLSM")
    P(doc, "Version du 4 novembre 2025 — diffusion : membres du CLSM, établissements scolaires participants")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------------------------------------------------------- synthèse
    doc.add_heading("Synthèse", level=1)
    P(doc, "Entre le 10 mars et le 4 avril 2025, 2 146 élèves de 14 établissements d'Ardonville (écoles, collèges, "
           "lycées) ont répondu à un questionnaire anonyme sur leurs écrans, leur sommeil et leurs relations en "
           "ligne, soit un taux de participation de 71 %. Les principaux résultats :")
    for t in [
        "les élèves passent en moyenne 3,9 heures par jour devant un écran un jour de semaine, hors travail "
        "scolaire, et 5,7 heures un jour de week-end ;",
        "36 % dorment moins de 8 heures les nuits précédant un jour d'école ; c'est le cas de 58 % des élèves de "
        "seconde ;",
        "68 % gardent leur téléphone dans leur chambre la nuit, et 29 % disent être réveillés au moins une fois "
        "par semaine par une notification ;",
        "un élève sur dix (10 %) déclare avoir été victime de cyberharcèlement pendant l'année scolaire ; chez les "
        "collégiens, le taux atteint 11 % à Ardonville et 14 % dans le quartier des Chaumes ;",
        "38 % des victimes n'en ont parlé à personne.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    # ---------------------------------------------------------------- méthode
    doc.add_heading("1. Méthode", level=1)
    doc.add_heading("1.1 Population et passation", level=2)
    P(doc, "L'enquête a été proposée à toutes les classes de CM2, de collège et de seconde générale et "
           "technologique de la ville, soit 3 022 élèves inscrits. Le questionnaire était rempli en classe, sur "
           "tablette, en 20 minutes environ, en présence d'un enseignant et sans que celui-ci voie les réponses. "
           "Les familles avaient été informées par courrier et pouvaient refuser la participation de leur enfant "
           "(47 refus). Les élèves des deux quartiers prioritaires de la politique de la ville (QPV), Les Chaumes "
           "(4 870 habitants) et Beaulieu-Gare (3 120 habitants), sont identifiés grâce à la question sur le "
           "quartier de résidence.")
    doc.add_heading("1.2 Questionnaire et indicateurs", level=2)
    p = P(doc, "Le questionnaire comprend 46 questions, reprises pour la plupart de l'enquête départementale de "
               "2024 afin de permettre des comparaisons. Le temps d'écran est le temps déclaré hors travail "
               "scolaire, tous écrans confondus (téléphone, console, ordinateur, télévision). Le sommeil est la "
               "durée entre l'heure d'endormissement déclarée et l'heure du réveil, un soir de semaine. La notion "
               "de cyberharcèlement repose sur une définition stricte")
    footnote_ref(p, 1)
    p.add_run(", plus exigeante que celle de certaines enquêtes nationales.")

    # ---------------------------------------------------------------- écrans et sommeil
    doc.add_heading("2. Temps d'écran et sommeil", level=1)
    doc.add_heading("2.1 Le temps d'écran augmente fortement avec l'âge", level=2)
    P(doc, "Le temps d'écran quotidien double presque entre le CM2 et la seconde. L'écart le plus marqué se "
           "situe au passage en 4e, au moment où presque tous les élèves disposent de leur propre smartphone "
           "(âge moyen du premier smartphone : 10 ans et 8 mois). Le tableau 1 présente les principaux "
           "indicateurs par niveau scolaire.")
    cap = doc.add_paragraph("Tableau 1 – Principaux indicateurs selon le niveau scolaire (élèves d'Ardonville, "
                            "printemps 2025)", style="Caption")
    rows = [
        ["Niveau scolaire", "Répondants", "Écran, jour de semaine (h/jour)", "Écran, week-end (h/jour)",
         "Moins de 8 h de sommeil (%)", "Téléphone dans la chambre la nuit (%)", "Victimes de cyberharcèlement (%)"],
        ["CM2", "412", "2,6", "4,1", "14", "38", "4"],
        ["6e – 5e", "689", "3,4", "5,2", "27", "61", "9"],
        ["4e – 3e", "702", "4,5", "6,4", "46", "82", "13"],
        ["Seconde", "343", "5,1", "6,9", "58", "91", "11"],
        ["Ensemble", "2 146", "3,9", "5,7", "36", "68", "10"],
    ]
    table(doc, rows, widths=[2.6, 2.0, 2.4, 2.4, 2.4, 2.6, 2.6])
    P(doc, "Lecture : en 4e – 3e, les élèves passent en moyenne 4,5 heures par jour devant un écran un jour de "
           "semaine ; 46 % dorment moins de 8 heures.", style=None).runs[0].italic = True
    doc.add_paragraph()
    doc.add_picture(bar_chart([("CM2", 2.6), ("6e – 5e", 3.4), ("4e – 3e", 4.5), ("Seconde", 5.1)],
                              "Temps d'écran un jour de semaine (heures par jour)", " h",
                              ["#7FB3C8", "#4F8FA8", "#2E6B85", "#1B3A4B"]), width=Cm(14))
    doc.add_paragraph("Graphique 1 – Temps d'écran moyen un jour de semaine, selon le niveau scolaire (heures par "
                      "jour, hors travail scolaire)", style="Caption")
    doc.add_heading("2.2 Des nuits trop courtes, surtout au lycée", level=2)
    P(doc, "Les recommandations habituelles sont de 9 à 11 heures de sommeil entre 6 et 13 ans et de 8 à "
           "10 heures à l'adolescence. Plus d'un élève sur trois est en dessous de 8 heures. Le téléphone dans la "
           "chambre est fortement associé aux nuits courtes : 49 % des élèves qui gardent leur téléphone la nuit "
           "dorment moins de 8 heures, contre 12 % de ceux qui le laissent hors de la chambre. Les élèves se "
           "couchent en moyenne à 22 h 40 en 4e – 3e et à 23 h 15 en seconde.")
    P(doc, "Au collège, 41 % des élèves dépassent 4 heures d'écran un jour de semaine ; ils sont 52 % aux Chaumes "
           "et 47 % à Beaulieu-Gare (voir l'annexe).")

    # ---------------------------------------------------------------- cyberharcèlement
    doc.add_heading("3. Réseaux sociaux et cyberharcèlement", level=1)
    doc.add_heading("3.1 Des réseaux sociaux avant l'âge autorisé", level=2)
    P(doc, "63 % des élèves de CM2 ont au moins un compte sur un réseau social ou une messagerie, alors que la "
           "plupart des plateformes exigent 13 ans. En 6e – 5e, les usages les plus cités sont les messageries de "
           "groupe de classe (78 %), les vidéos courtes (74 %) et les jeux en ligne avec discussion (52 %). Les "
           "groupes de classe sont aussi le lieu le plus souvent cité des violences en ligne.")
    doc.add_heading("3.2 Un collégien sur neuf victime de cyberharcèlement", level=2)
    p = P(doc, "Sur l'ensemble des répondants, 10 % ont été victimes de cyberharcèlement pendant l'année scolaire. "
               "Chez les collégiens, le taux est de 11 % à Ardonville, de 14 % aux Chaumes et de 12 % à "
               "Beaulieu-Gare, contre 9 % dans le département et 7 % en France")
    footnote_ref(p, 2)
    p.add_run(". Les filles sont plus touchées que les garçons à partir de la 4e (16 % contre 10 %). Les formes "
              "les plus fréquentes sont les insultes dans un groupe de classe, la création d'un faux compte et la "
              "diffusion de photos sans accord.")
    doc.add_picture(bar_chart([("Les Chaumes\n(QPV)", 14), ("Beaulieu-Gare\n(QPV)", 12), ("Ardonville", 11),
                               ("Layon-et-Sèvre\n(département)", 9), ("Pays de\nla Loire", 8), ("France", 7)],
                              "Collégiens victimes de cyberharcèlement pendant l'année (%)", " %",
                              ["#E07A5F", "#E9A38F", "#2E6B85", "#7FB3C8", "#A9C7D3", "#C9D9E0"]), width=Cm(15))
    doc.add_paragraph("Graphique 2 – Part des collégiens victimes de cyberharcèlement au cours de l'année "
                      "scolaire, selon le territoire (%)", style="Caption")
    P(doc, "À qui les victimes se sont-elles confiées ? 31 % en ont parlé à un parent, 19 % à un ami, 7 % à un "
           "adulte de l'établissement (professeur, CPE, infirmière scolaire) et 5 % à un autre adulte ; 38 % n'en "
           "ont parlé à personne. Seuls 22 % des collégiens connaissent le numéro national 3018.")

    # ---------------------------------------------------------------- recommandations
    doc.add_heading("4. Recommandations du groupe de travail", level=1)
    for t in [
        "Faire connaître le 3018 et le Point Accueil Écoute Jeunes (PAEJ) Le Passage dans tous les collèges, "
        "avec une affiche dans chaque carnet de correspondance.",
        "Adopter un protocole commun de signalement du cyberharcèlement pour les écoles, collèges, lycées et "
        "structures de jeunesse de la ville.",
        "Développer les ateliers parents sur les écrans et le sommeil, en priorité aux Chaumes et à Beaulieu-Gare.",
        "Former les animateurs et éducateurs de jeunesse au repérage (objectif : 60 professionnels formés en "
        "2026).",
        "Renouveler l'enquête au printemps 2027 avec le même questionnaire.",
    ]:
        doc.add_paragraph(t, style="List Number")

    # ---------------------------------------------------------------- annexe
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Annexe – Résultats des collégiens selon le quartier de résidence", level=1)
    doc.add_paragraph("Tableau A1 – Collégiens (6e à 3e) d'Ardonville selon le quartier de résidence, printemps "
                      "2025", style="Caption")
    rows = [
        ["Quartier de résidence", "Répondants", "Plus de 4 h d'écran en semaine (%)", "Moins de 8 h de sommeil (%)",
         "Téléphone dans la chambre (%)", "Victimes de cyberharcèlement (%)"],
        ["Les Chaumes (QPV)", "164", "52", "49", "84", "14"],
        ["Beaulieu-Gare (QPV)", "118", "47", "44", "80", "12"],
        ["Autres quartiers", "1 109", "39", "35", "69", "10"],
        ["Ensemble des collégiens", "1 391", "41", "37", "72", "11"],
    ]
    table(doc, rows, widths=[4.0, 2.2, 2.8, 2.8, 2.8, 2.8])
    P(doc, "Source : enquête « Écrans, sommeil et relations en ligne », CLSM d'Ardonville, printemps 2025. "
           "Effectifs non pondérés. Contact : observation@ardonville.example").runs[0].italic = True
    doc.core_properties.title = "Écrans, sommeil et relations en ligne — enquête 2025"
    doc.core_properties.author = "Claire Vasseur"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


FN_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
          '</w:footnote>%s</w:footnotes>')
FN_ONE = ('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:vertAlign '
          'w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
          '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>')


def add_footnotes(data):
    from xml.sax.saxutils import escape
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            b = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                b = b.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                              b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                b = b.replace(b"</Relationships>", b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats'
                              b'.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                              b'</Relationships>')
            zout.writestr(item, b)
        body = "".join(FN_ONE % (k, escape(v)) for k, v in sorted(FOOTNOTES.items()))
        zout.writestr("word/footnotes.xml", (FN_XML % body).encode("utf-8"))
    return out.getvalue()


if __name__ == "__main__":
    with open(OUT, "wb") as f:
        f.write(add_footnotes(build()))
    print("écrit :", OUT)
