# -*- coding: utf-8 -*-
"""Génère la charte de confidentialité (version 2, 20 mars 2025) de la cellule de concertation des situations
complexes du CLSM de Bréville-sur-Arbonne, au format Word (.docx) écrit à la main (zip de parties XML).

Mise en page voulue : en-tête avec le « logo » en texte (CLSM · Bréville-sur-Arbonne), pied de page avec champs
PAGE et NUMPAGES (« Page n sur N »), titre, préambule, dix articles tapés en texte « Art. 1. — … » (pas de
numérotation automatique), listes à puces, deux vraies notes de bas de page (word/footnotes.xml) dont le contenu
n'est écrit nulle part ailleurs, tableau des signatures.

Tout est inventé (ville, département, organismes, personnes, numéros en 03 99 00, domaines .example).
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-03-20_clsm-breville_charte-confidentialite-cellule.docx")

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def run(text, b=False, i=False, sz=None, color=None, sup=False):
    rpr = ""
    if b:
        rpr += "<w:b/>"
    if i:
        rpr += "<w:i/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    if sz:
        rpr += '<w:sz w:val="%d"/>' % sz
    if sup:
        rpr += '<w:vertAlign w:val="superscript"/>'
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "",
                                                             escape(text))


def para(runs, style=None, align=None, before=None, after=None, keep=False):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if keep:
        ppr += "<w:keepNext/>"
    if before is not None or after is not None:
        ppr += '<w:spacing w:before="%d" w:after="%d"/>' % (before or 0, after if after is not None else 120)
    if align:
        ppr += '<w:jc w:val="%s"/>' % align
    if not runs.startswith("<w:r"):
        runs = run(runs)
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", runs)


def fnref(n):
    return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % n)


def bullet(text):
    return ('<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:ind w:left="567" w:hanging="283"/></w:pPr>%s%s</w:p>'
            % (run("•\t"), run(text)))


def article(num, title, paras):
    out = [para(run("Art. %d. — %s" % (num, title), b=True, color="1F4E5F"), style="ArticleTitle", keep=True)]
    for p in paras:
        if isinstance(p, tuple) and p[0] == "ul":
            out += [bullet(t) for t in p[1]]
        elif isinstance(p, tuple) and p[0] == "raw":
            out.append(p[1])
        else:
            out.append(para(p, align="both"))
    return out


body = []
body.append(para(run("CONSEIL LOCAL DE SANTÉ MENTALE DE BRÉVILLE-SUR-ARBONNE", b=True, sz=20, color="2E7D86"),
                 align="center", after=60))
body.append(para(run("Charte de confidentialité et de partage d'informations", b=True, sz=36, color="1F4E5F"),
                 style="Title", align="center", after=60))
body.append(para(run("Cellule de concertation des situations complexes", sz=28, color="1F4E5F"), align="center",
                 after=60))
body.append(para(run("Version 2 — adoptée en séance plénière du CLSM le 20 mars 2025", i=True), align="center",
                 after=240))

body.append(para(run("Préambule", b=True, sz=24, color="1F4E5F"), style="Heading1"))
body.append(para("Depuis septembre 2022, le conseil local de santé mentale (CLSM) de Bréville-sur-Arbonne réunit "
                 "chaque mois une cellule de concertation des situations complexes. Elle permet à des professionnels "
                 "d'institutions différentes d'examiner ensemble la situation d'habitants en grande difficulté "
                 "psychique et sociale — incurie dans le logement, troubles de voisinage répétés, rupture de soins, "
                 "risque d'expulsion — lorsque aucune institution ne peut, seule, trouver une réponse.", align="both"))
body.append(para("Travailler ensemble suppose de partager des informations sur des personnes qui ne sont pas "
                 "présentes à la réunion. Ce partage n'est légitime que s'il est utile à la personne, limité et "
                 "encadré. La présente charte en fixe les règles. Chaque institution membre la signe ; chaque "
                 "professionnel qui siège à la cellule en reçoit un exemplaire et s'engage à la respecter.",
                 align="both"))

body += article(1, "Objet", [
    "La présente charte définit les conditions dans lesquelles les membres de la cellule de concertation des "
    "situations complexes (ci-après « la cellule ») échangent des informations à caractère personnel. Elle "
    "remplace la charte du 15 septembre 2022 (version 1). La version 2 élargit la cellule à un second bailleur "
    "social et au mandataire judiciaire, et précise la place de la police municipale.",
])
body += article(2, "Composition de la cellule", [
    "La cellule est animée par la coordinatrice du CLSM, qui en assure le secrétariat. Ses membres permanents sont :",
    ("ul", ["le centre communal d'action sociale (CCAS) de Bréville-sur-Arbonne ;",
            "le service communal d'hygiène et de santé (SCHS) de la ville ;",
            "la police municipale ;",
            "les bailleurs sociaux Arbonne Habitat et Logivie Alpes ;",
            "le secteur de psychiatrie adulte Bréville-Nord du centre hospitalier Les Ormeaux (CMP Les Glycines) ;",
            "la maison départementale des solidarités (MDS) de Bréville, pour le Département du Val-d'Arbonne ;",
            "l'Association tutélaire du Val-d'Arbonne (ATVA), mandataire judiciaire à la protection des majeurs ;",
            "la maison de santé pluriprofessionnelle (MSP) des Tilleuls."]),
    "D'autres professionnels peuvent être invités pour une situation donnée (service d'aide à domicile, "
    "médecin traitant, équipe de prévention spécialisée…). Ils signent alors une attestation d'engagement "
    "annexée à la présente charte. La cellule n'est pas une instance de décision : chaque membre reste seul "
    "responsable des décisions qui relèvent de sa compétence.",
])
body += article(3, "Le secret partagé", [
    ("raw", para(run("Chaque participant reste tenu au secret professionnel ou à l'obligation de discrétion qui "
                     "s'applique à sa profession. Par exception, les membres de la cellule peuvent échanger les "
                     "informations strictement nécessaires à la coordination de l'accompagnement d'une même "
                     "personne") + fnref(1) + run("."), align="both")),
    "Sont seules partagées les informations utiles à la compréhension de la situation et à la construction d'un "
    "plan d'action. Le secteur psychiatrique indique uniquement si la personne est connue du secteur et quelle "
    "orientation il propose : le diagnostic et le contenu des soins ne sont jamais communiqués en séance. Il en "
    "va de même pour les informations médicales détenues par la MSP.",
    "Le principe est simple : on partage ce qui sert à agir, pas ce qui sert à comprendre la vie privée de la "
    "personne.",
])
body += article(4, "Information et consentement de la personne", [
    "La personne concernée est informée, avant l'examen de sa situation, que celle-ci sera présentée à la cellule, "
    "de la liste des institutions qui y siègent et de son droit de s'y opposer. L'information est donnée par le "
    "professionnel qui saisit la cellule, de préférence lors d'un entretien, et mentionnée sur la fiche de saisine.",
    "Lorsque la personne refuse, ou ne peut pas être jointe malgré deux tentatives, la situation peut être "
    "présentée sans aucun élément permettant de l'identifier (« examen sans nom ») : seules des pistes générales "
    "sont alors discutées. Cette règle ne s'applique pas lorsqu'il existe un danger grave et imminent pour la "
    "personne ou pour autrui, qui relève des services d'urgence et non de la cellule.",
])
body += article(5, "Saisine de la cellule", [
    "Tout membre permanent peut saisir la cellule au moyen de la fiche de saisine, adressée à la coordinatrice du "
    "CLSM par messagerie sécurisée (cellule.situations@clsm-breville.example) au plus tard dix jours avant la "
    "séance. La fiche ne contient que les informations nécessaires ; elle ne doit jamais être transmise par "
    "messagerie ordinaire ni en pièce jointe non chiffrée.",
    "La cellule ne traite pas les urgences. En cas de danger immédiat, il convient d'appeler le 15 ou le 17.",
])
body += article(6, "Déroulement des séances", [
    "La cellule se réunit le troisième jeudi de chaque mois, de 9 h 30 à 12 h, à la maison des solidarités des "
    "Tilleuls, sauf au mois d'août. Une séance ne peut se tenir qu'en présence d'au moins quatre institutions "
    "membres.",
    "Chaque situation est désignée par un numéro d'ordre (par exemple 2025-014) et les initiales de la personne. "
    "Le nom complet n'est donné oralement qu'en cas de besoin. Les enregistrements audio ou vidéo, les photos et "
    "la prise de notes nominatives sur ordinateur personnel sont interdits.",
])
body += article(7, "Traces écrites et conservation", [
    ("raw", para(run("Pour chaque situation, la coordinatrice rédige un relevé de conclusions qui indique "
                     "uniquement qui fait quoi et dans quel délai. Il ne comporte aucune information médicale. Il "
                     "est adressé dans les cinq jours ouvrés aux seuls membres engagés dans le plan d'action, puis "
                     "conservé dans un répertoire sécurisé de la ville et détruit deux ans après la clôture de la "
                     "situation") + fnref(2) + run("."), align="both")),
    "Les fiches de saisine papier sont détruites dès l'enregistrement de la situation. Aucun membre ne conserve "
    "de copie du relevé au-delà de la clôture.",
])
body += article(8, "Dispositions propres à certains membres", [
    ("ul", ["Police municipale : ses agents n'assistent qu'à l'examen des situations qu'ils ont signalées ou qui "
            "comportent un risque pour la sécurité publique ; ils quittent la salle pour les autres situations.",
            "Mandataire judiciaire : l'ATVA n'intervient que pour les personnes dont elle exerce la mesure de "
            "protection, ou à la demande de la cellule pour éclairer une demande d'ouverture de mesure.",
            "Élus : aucun élu ne siège à la cellule. L'adjoint au maire chargé de la santé est informé uniquement des "
            "situations pouvant conduire à une mesure provisoire prise par le maire en matière de soins "
            "psychiatriques."]),
])
body += article(9, "Manquements", [
    "Tout manquement à la présente charte est signalé à la coordinatrice. Après audition du membre concerné, le "
    "comité de pilotage du CLSM peut suspendre sa participation à la cellule, sans préjudice des poursuites "
    "prévues par la loi en cas de violation du secret professionnel.",
])
body += article(10, "Durée et révision", [
    "La charte est conclue pour trois ans. Elle fait l'objet d'un bilan annuel en comité de pilotage et est "
    "révisée au plus tard en mars 2028. Toute nouvelle institution membre y adhère par la signature d'un avenant.",
])

body.append(para(run("Signatures", b=True, sz=24, color="1F4E5F"), style="Heading1", before=240))
SIGN = [("Institution", "Représentant·e", "Fonction", "Date de signature"),
        ("Ville de Bréville-sur-Arbonne", "Nadia Fontanel", "Maire", "20/03/2025"),
        ("CCAS de Bréville-sur-Arbonne", "Sandrine Belkacem", "Directrice", "20/03/2025"),
        ("Centre hospitalier Les Ormeaux", "Dr Hélène Marchetti", "Cheffe du pôle de psychiatrie adulte",
         "20/03/2025"),
        ("Arbonne Habitat", "Karim Aït-Saïd", "Responsable de la cohésion sociale", "24/03/2025"),
        ("Logivie Alpes", "Émilie Chassagne", "Conseillère sociale", "27/03/2025"),
        ("Département du Val-d'Arbonne", "François Lemaire", "Responsable de la MDS de Bréville", "20/03/2025"),
        ("ATVA", "Corinne Delorme", "Cheffe de service, mandataire judiciaire", "02/04/2025"),
        ("MSP des Tilleuls", "Dr Julien Perrichon", "Médecin généraliste, coordonnateur", "20/03/2025"),
        ("Police municipale", "Thierry Gaudin", "Chef de service", "20/03/2025"),
        ("CLSM de Bréville-sur-Arbonne", "Maëlle Rochas", "Coordinatrice", "20/03/2025")]
widths = [2600, 2100, 2700, 1600]


def cell(text, w, head=False):
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="1F4E5F"/>' if head else ""
    return ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
            % (w, shade, para(run(text, b=head, color="FFFFFF" if head else None, sz=18), after=0)))


rows = []
for i, r in enumerate(SIGN):
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
    rows.append("<w:tr>%s%s</w:tr>" % (trpr, "".join(cell(t, w, i == 0) for t, w in zip(r, widths))))
border = ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="8FB3BA"/>' % s
                 for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
            '<w:tblBorders>%s</w:tblBorders></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
            % (border, "".join('<w:gridCol w:w="%d"/>' % w for w in widths), "".join(rows)))
body.append(para(run("Fait à Bréville-sur-Arbonne, en onze exemplaires originaux. Contact : Maëlle Rochas, "
                     "coordinatrice du CLSM, 03 99 00 41 27.", i=True, sz=18), before=200))

sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>'
        '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
        '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1247" w:bottom="1247" w:left="1247" w:header="567" w:footer="567" '
        'w:gutter="0"/></w:sectPr>')
DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body>'
            '</w:document>' % (W_NS, "".join(body), sect))

HEADER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>' % W_NS
          + para(run("CLSM", b=True, sz=28, color="2E7D86") + run(" · Bréville-sur-Arbonne", b=True, sz=20,
                                                                  color="1F4E5F")
                 + run("\u2003Conseil local de santé mentale — santé mentale & citoyenneté", i=True, sz=16,
                       color="5F6B73"), after=0)
          + "</w:hdr>")


def field(instr):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText>'
            '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>' % instr)


FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>' % W_NS
          + para(run("Charte de confidentialité de la cellule — version 2 du 20 mars 2025 — Page ", sz=16)
                 + field("PAGE") + run(" sur ", sz=16) + field("NUMPAGES"), align="center", after=0)
          + "</w:ftr>")

NOTES = [
    "Articles L. 1110-4 du code de la santé publique et L. 121-6-2 du code de l'action sociale et des familles. "
    "Le partage entre professionnels qui n'appartiennent pas à la même équipe de soins suppose le consentement "
    "préalable de la personne, recueilli par tout moyen.",
    "Durée fixée sur avis du délégué à la protection des données de la ville du 4 février 2025. Le répertoire "
    "sécurisé est hébergé sur le serveur de la mairie, accès réservé à la coordinatrice et à son suppléant.",
]
fn_xml = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
          '</w:footnote>']
for n, t in enumerate(NOTES, 1):
    fn_xml.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                  '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>%s</w:p>'
                  '</w:footnote>' % (n, run(" " + t, sz=16)))
FOOTNOTES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
             % (W_NS, "".join(fn_xml)))

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
          '<w:sz w:val="21"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
          '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
          '</w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ArticleTitle"><w:name w:val="Article"/>'
          '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="200" w:after="80"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
          '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
          '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr>'
          '</w:style>'
          '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
          '</w:styles>' % W_NS)

SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>'
            '<w:defaultTabStop w:val="708"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
            '</w:footnotePr><w:compat/></w:settings>' % W_NS)

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/settings.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/header1.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
      '<Override PartName="/word/footer1.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/word/footnotes.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
      '<Override PartName="/docProps/core.xml" '
      'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'extended-properties" Target="docProps/app.xml"/></Relationships>')
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdStyles" Type="%sstyles" Target="styles.xml"/>'
            '<Relationship Id="rIdSettings" Type="%ssettings" Target="settings.xml"/>'
            '<Relationship Id="rIdHeader1" Type="%sheader" Target="header1.xml"/>'
            '<Relationship Id="rIdFooter1" Type="%sfooter" Target="footer1.xml"/>'
            '<Relationship Id="rIdFootnotes" Type="%sfootnotes" Target="footnotes.xml"/>'
            '</Relationships>' % (R, R, R, R, R))
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>Charte de confidentialité de la cellule de concertation des situations complexes (v2)</dc:title>'
        '<dc:creator>Maëlle Rochas</dc:creator><cp:lastModifiedBy>Maëlle Rochas</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-04T09:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-20T16:40:00Z</dcterms:modified>'
        '</cp:coreProperties>')
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Microsoft Office Word</Application><Pages>4</Pages></Properties>')

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
    z.writestr("word/document.xml", DOCUMENT)
    z.writestr("word/_rels/document.xml.rels", DOC_RELS)
    z.writestr("word/styles.xml", STYLES)
    z.writestr("word/settings.xml", SETTINGS)
    z.writestr("word/header1.xml", HEADER)
    z.writestr("word/footer1.xml", FOOTER)
    z.writestr("word/footnotes.xml", FOOTNOTES)
    z.writestr("docProps/core.xml", CORE)
    z.writestr("docProps/app.xml", APP)
print("écrit :", OUT)
