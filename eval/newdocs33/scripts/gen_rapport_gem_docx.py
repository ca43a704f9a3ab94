# -*- coding: utf-8 -*-
"""Génère le rapport d'activité 2025 du groupe d'entraide mutuelle (GEM) Le Phare de Valmoreuil (.docx).

Mise en forme (python-docx, puis retouche du XML) : en-tête et pied de page, titre et sous-titre, titres de
niveau 1 numérotés, listes à puces, tableau de fréquentation par mois (12 mois + ligne de total, colonne
« dont antenne La Brèche » avec des tirets avant l'ouverture), une vraie note de bas de page Word
(word/footnotes.xml, appel en exposant) sur la définition d'un « passage », une zone de texte flottante
(wps:txbx) contenant une citation d'adhérent, un encadré grisé (tableau à une cellule) et un tableau budgétaire.
"""
import os
import re
import shutil
import tempfile
import zipfile
from decimal import Decimal, ROUND_HALF_UP

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-27_gem-le-phare_rapport-activite-2025.docx")

MONTHS = [  # mois, jours d'ouverture, passages, dont antenne La Brèche
    ("Janvier", 20, 512, None), ("Février", 19, 498, None), ("Mars", 21, 601, None), ("Avril", 20, 548, None),
    ("Mai", 18, 470, None), ("Juin", 20, 563, None), ("Juillet", 21, 502, None), ("Août", 11, 238, None),
    ("Septembre", 21, 566, None), ("Octobre", 22, 642, 58), ("Novembre", 19, 551, 71), ("Décembre", 20, 525, 64),
]


def fr(n):
    s = "{:,}".format(n).replace(",", "\u202f")
    return s


def avg(p, d):
    return str(Decimal(p / d).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)).replace(".", ",")


def shade(cell, color):
    cell._tc.get_or_add_tcPr().append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                                                % (nsdecls("w"), color)))


def bullets(doc, items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        if isinstance(it, tuple):
            r = p.add_run(it[0])
            r.bold = True
            p.add_run(it[1])
        else:
            p.add_run(it)


def main():
    days = sum(m[1] for m in MONTHS)
    passages = sum(m[2] for m in MONTHS)
    antenne = sum(m[3] or 0 for m in MONTHS)
    assert days == 232 and passages == 6216 and antenne == 193

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    hp = sec.header.paragraphs[0]
    hp.text = "GEM Le Phare — Rapport d'activité 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.text = ("Association Le Phare – 14 rue des Tanneurs, 99410 Valmoreuil – 02 99 00 31 56 – "
               "gem-lephare.example")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Groupe d'entraide mutuelle Le Phare")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x0B, 0x4F, 0x6C)
    t = doc.add_paragraph()
    r = t.add_run("Rapport d'activité 2025")
    r.font.size = Pt(16)
    t = doc.add_paragraph()
    r = t.add_run("Présenté à l'assemblée générale du vendredi 27 février 2026 — Valmoreuil (Risle-et-Vère)")
    r.italic = True

    doc.add_heading("1. Le mot du président", level=1)
    doc.add_paragraph(
        "2025 restera pour nous l'année de l'antenne de La Brèche. Pendant des années, des habitants du quartier "
        "nous disaient que le centre-ville, c'était loin, pas seulement en bus. Alors on est allés chez eux. "
        "Je veux remercier les adhérents qui ont tenu les permanences d'accueil, les animateurs, et tous nos "
        "partenaires du conseil local de santé mentale (CLSM). Au GEM, on ne vient pas se faire soigner : on vient "
        "parce qu'on a envie d'être ensemble, et c'est déjà beaucoup.")
    p = doc.add_paragraph()
    p.add_run("Gilles Fouquet, président de l'association Le Phare").italic = True

    doc.add_heading("2. Qui sommes-nous ?", level=1)
    doc.add_paragraph(
        "Le GEM Le Phare a été créé en 2009. C'est une association loi 1901 d'usagers en santé mentale : ce sont "
        "les adhérents qui élisent le bureau, décident du programme et votent le budget. Le GEM est parrainé par "
        "l'association Les Amis de la Vère, qui veille au respect de la charte des GEM, et sa gestion "
        "administrative et financière est confiée par convention à l'association Solidarité Psy Risle "
        "(organisme gestionnaire). Il est financé principalement par l'agence régionale de santé (ARS).")
    doc.add_paragraph(
        "Le GEM s'adresse aux adultes qui vivent avec des troubles psychiques et qui souhaitent rompre "
        "l'isolement. Le GEM n'est pas un lieu de soins : il n'y a ni soignant ni dossier médical, et aucun "
        "justificatif de diagnostic n'est demandé. Pour adhérer, il suffit de venir deux ou trois fois découvrir "
        "le lieu, puis de remplir le bulletin d'adhésion et de régler la cotisation annuelle de 10 euros.")
    doc.add_paragraph(
        "Le local principal se trouve au 14 rue des Tanneurs, en centre-ville (rez-de-chaussée de 180 m², "
        "accessible en fauteuil). Il est ouvert du lundi au vendredi de 10 h à 17 h. Depuis le mardi 7 octobre "
        "2025, une antenne fonctionne au centre social Le Trait d'Union, place des Érables, dans le quartier de "
        "La Brèche : elle est ouverte le mardi et le jeudi de 14 h à 17 h.")

    doc.add_heading("3. Les adhérents", level=1)
    doc.add_paragraph(
        "Au 31 décembre 2025, le GEM comptait 91 adhérents, contre 74 fin 2024 : 27 nouvelles adhésions et "
        "10 adhésions non renouvelées. Les adhérents sont 38 femmes et 53 hommes, âgés de 44 ans en moyenne "
        "(de 19 à 77 ans).")
    doc.add_paragraph(
        "23 adhérents habitent l'un des trois quartiers prioritaires de la politique de la ville (QPV) de "
        "Valmoreuil : 11 aux Hauts-de-Valmoreuil, 9 à La Brèche et 3 au Clos-Fleuri. Ils n'étaient que 12 fin "
        "2024.")
    doc.add_paragraph("Comment les nouveaux adhérents de 2025 ont-ils connu le GEM ?")
    bullets(doc, [
        "orientés par un centre médico-psychologique (CMP) : 37 % ;",
        "par le bouche-à-oreille : 26 % ;",
        "orientés par le centre de réhabilitation psychosociale (CRPS) : 15 % ;",
        "par un autre partenaire (clubhouse, centre social, mission locale, famille) : 22 %.",
    ])

    # zone de texte flottante (citation)
    p = doc.add_paragraph()
    p.add_run("[[TB1]]")

    doc.add_heading("4. La fréquentation", level=1)
    p = doc.add_paragraph()
    p.add_run("En 2025, le GEM a été ouvert %d jours et a enregistré %s passages" % (days, fr(passages)))
    p.add_run("[[FN1]]")
    p.add_run(", soit %s personnes en moyenne par jour d'ouverture (5\u202f402 passages sur 229 jours en 2024). "
              "Le GEM a fermé du 4 au 15 août pour congés et travaux." % avg(passages, days))
    cap = doc.add_paragraph()
    cap.add_run("Tableau 1 — Fréquentation mensuelle du GEM en 2025 (local principal et antenne)").bold = True

    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    hdr = ["Mois", "Jours d'ouverture", "Passages", "dont antenne La Brèche", "Moyenne par jour"]
    for i, h in enumerate(hdr):
        c = tbl.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E7EE")
    for m, d, pa, an in MONTHS:
        cells = tbl.add_row().cells
        vals = [m, str(d), fr(pa), "—" if an is None else str(an), avg(pa, d)]
        for i, v in enumerate(vals):
            cells[i].text = v
            if i:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cells = tbl.add_row().cells
    for i, v in enumerate(["Total 2025", str(days), fr(passages), str(antenne), avg(passages, days)]):
        cells[i].text = ""
        cells[i].paragraphs[0].add_run(v).bold = True
        shade(cells[i], "EEEEEE")
    doc.add_paragraph(
        "Le mois le plus fréquenté a été octobre (642 passages, 29,2 par jour), grâce à l'ouverture de l'antenne "
        "et au forum des associations. En mars, la pièce de théâtre jouée pendant les Semaines d'information sur "
        "la santé mentale (SISM) a, elle aussi, attiré beaucoup de monde.")

    doc.add_heading("5. Les activités", level=1)
    doc.add_paragraph("Le programme est décidé chaque mois en réunion des adhérents. Les activités régulières :")
    bullets(doc, [
        ("Atelier cuisine", " : le mardi midi, repas partagé préparé par les adhérents (participation de 2 euros) ;"),
        ("Marche du jeudi", " : le jeudi matin, sur les bords de la Vère ;"),
        ("Atelier théâtre", " : la troupe « Les Lucioles du Phare » a joué deux fois en 2025 ;"),
        ("Groupe de parole « Entre nous »", " : tous les quinze jours, animé par deux adhérents formés ;"),
        ("Sorties", " : musée, cinéma, marché de Noël, et un séjour de trois jours à la mer en juin "
                    "(12 adhérents)."),
    ])
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.rows[0].cells[0]
    shade(c, "FFF4D6")
    c.text = ""
    c.paragraphs[0].add_run("Zoom : la pair-aidance au GEM").bold = True
    c.add_paragraph(
        "En 2025, quatre adhérents ont suivi la formation « pair écoutant » de cinq jours proposée par Solidarité "
        "Psy Risle. Ils assurent l'accueil des nouveaux venus et co-animent le groupe « Entre nous ». Une fois par "
        "mois, Sonia Lecarpentier, médiatrice de santé pair au centre hospitalier du Bois-Guérin, vient échanger "
        "avec eux.")

    doc.add_heading("6. Le GEM dans la ville et au CLSM", level=1)
    bullets(doc, [
        "Le GEM siège à l'assemblée plénière du CLSM de Valmoreuil et participe au groupe de travail "
        "« Rétablissement et inclusion ».",
        "Une fois par trimestre, deux adhérents présentent le GEM aux patients du CRPS.",
        "Une sortie commune et un repas partagé ont été organisés avec le clubhouse La Fabrique.",
        "Pendant les SISM, la troupe a joué à la médiathèque devant 85 spectateurs.",
    ])

    doc.add_heading("7. L'équipe et la vie associative", level=1)
    doc.add_paragraph(
        "Deux animateurs salariés accompagnent les adhérents : Julie Bréard, animatrice-coordinatrice (1 ETP), et "
        "Mehdi Saidani, animateur (0,8 ETP), arrivé le 1er mars 2025. Une volontaire en service civique a "
        "rejoint l'équipe pour huit mois. Le bureau élu à l'assemblée générale de 2025 : Gilles Fouquet, "
        "président ; Nadia Ferrand, trésorière ; Étienne Vauquelin, secrétaire. Le conseil d'administration "
        "s'est réuni six fois.")

    doc.add_heading("8. Le budget 2025", level=1)
    bt = doc.add_table(rows=1, cols=2)
    bt.style = "Table Grid"
    bt.rows[0].cells[0].text = "Produits"
    bt.rows[0].cells[1].text = "Montant"
    for k, v in [("Subvention ARS (forfait GEM)", "84 600 €"),
                 ("Ville de Valmoreuil (antenne La Brèche, contrat de ville)", "6 000 €"),
                 ("Cotisations des adhérents", "910 €"),
                 ("Participations aux activités et aux sorties", "6 940 €"),
                 ("Total des produits", "98 450 €"),
                 ("Total des charges", "96 120 €"),
                 ("Résultat", "+ 2 330 €")]:
        cells = bt.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("9. Perspectives 2026", level=1)
    bullets(doc, [
        "ouvrir le local principal un samedi par mois à partir d'avril 2026 ;",
        "ajouter une demi-journée d'ouverture à l'antenne de La Brèche, le vendredi matin ;",
        "former quatre nouveaux pairs écoutants ;",
        "créer un atelier numérique (démarches en ligne, téléphone) ;",
        "renouveler la convention de parrainage, qui arrive à échéance le 30 juin 2026.",
    ])

    tmp = tempfile.mkdtemp()
    raw = os.path.join(tmp, "raw.docx")
    doc.save(raw)
    patch(raw, OUT)
    shutil.rmtree(tmp)
    print("écrit", OUT)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FOOTNOTES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:footnotes xmlns:w="%s">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
             '</w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
             '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
             '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> Un passage correspond à une '
             'personne présente au moins une demi-heure au cours d\'une journée d\'ouverture ; une personne venue '
             'le matin puis l\'après-midi compte pour un seul passage. Les passages sont relevés chaque jour sur '
             'le cahier d\'accueil.</w:t></w:r></w:p></w:footnote>'
             '</w:footnotes>') % W

FN_RUN = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'

TB_RUN = (
    '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
    'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    '<wp:extent cx="2286000" cy="1188720"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
    '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="10" name="Zone de texte 10"/><wp:cNvGraphicFramePr/>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="1188720"/>'
    '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E8F1F5"/></a:solidFill>'
    '<a:ln w="9525"><a:solidFill><a:srgbClr val="0B4F6C"/></a:solidFill></a:ln></wps:spPr>'
    '<wps:txbx><w:txbxContent>'
    '<w:p><w:r><w:rPr><w:i/><w:color w:val="0B4F6C"/></w:rPr><w:t xml:space="preserve">« Ici, personne ne me '
    'demande mon diagnostic. On me demande si je veux un café, et si je viens jeudi pour la marche. »</w:t></w:r></w:p>'
    '<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>— Marc, 52 ans, adhérent de l\'antenne de La Brèche</w:t>'
    '</w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
    'rIns="91440" bIns="45720" anchor="t"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def patch(src, dst):
    with zipfile.ZipFile(src) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    xml = items["word/document.xml"].decode("utf-8")
    xml, n1 = re.subn(r"<w:r>(?:(?!<w:r>).)*?<w:t>\[\[FN1\]\]</w:t></w:r>", FN_RUN, xml, flags=re.S)
    xml, n2 = re.subn(r"<w:r>(?:(?!<w:r>).)*?<w:t>\[\[TB1\]\]</w:t></w:r>", TB_RUN, xml, flags=re.S)
    assert n1 == 1 and n2 == 1, (n1, n2)
    items["word/document.xml"] = xml.encode("utf-8")
    items["word/footnotes.xml"] = FOOTNOTES.encode("utf-8")
    rels = items["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>",
                        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    items["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    ct = items["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                                'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    items["[Content_Types].xml"] = ct.encode("utf-8")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for n, data in items.items():
            zout.writestr(n, data)


if __name__ == "__main__":
    main()
