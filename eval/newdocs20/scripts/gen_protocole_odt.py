# -*- coding: utf-8 -*-
"""Protocole de travail enregistré par LibreOffice Writer (.odt) avec le suivi des modifications activé :
bloc <text:tracked-changes> en tête du corps (le texte supprimé n'y existe plus que dans les <text:deletion>),
insertions balisées <text:change-start>/<text:change-end> dans le texte, suppressions marquées par <text:change/>,
deux relecteurs, un commentaire (office:annotation) ; table des matières générée (index dont le contenu en cache
porte les numéros de chapitre et de page séparés par une tabulation), titres numérotés par la numérotation des
chapitres (les numéros n'existent pas dans le texte des titres), deux tableaux, une liste numérotée, un glossaire.
Le paquet est écrit à la main (mimetype non compressé en premier, manifest, meta avec le générateur LibreOffice)."""
import os
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-03_clsm-montgarel_protocole-sante-mentale-perinatale-v0-4.odt")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:officeooo="http://openoffice.org/2009/office" office:version="1.3"')

KM = ("Katell Morvan", "2026-01-21T16:02:11")
FM = ("Fañch Madec", "2026-01-28T09:47:35")
EB = ("Élodie Brard", "2026-02-02T18:20:04")

changes = []   # (id, type, (author, date), deleted_text)


def ins(text, who):
    cid = "ct%d" % (len(changes) + 1)
    changes.append((cid, "insertion", who, None))
    return '<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>' % (
        cid, escape(text), cid)


def dele(text, who):
    cid = "ct%d" % (len(changes) + 1)
    changes.append((cid, "deletion", who, text))
    return '<text:change text:change-id="%s"/>' % cid


def p(inner, style="Text_20_body"):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, inner)


def t(s):
    return escape(s)


def h(text, level):
    return '<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (level, level, text)


def cell(inner, style="Table_20_Contents"):
    return ('<table:table-cell table:style-name="Tab.A1" office:value-type="string">%s</table:table-cell>'
            % "".join(p(x, style) for x in (inner if isinstance(inner, list) else [inner])))


def tab(name, rows, ncols):
    head = "<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>" % "".join(
        cell(t(c), "Table_20_Heading") for c in rows[0])
    body = "".join("<table:table-row>%s</table:table-row>" % "".join(cell(c) for c in r) for r in rows[1:])
    return ('<table:table table:name="%s" table:style-name="Tab"><table:table-column table:number-columns-repeated='
            '"%d"/>%s%s</table:table>' % (name, ncols, head, body))


def build_body():
    b = []
    b.append(p(t("Document de travail — version 0.4 — ne pas diffuser en dehors du groupe de travail"), "Header_20_note"))
    b.append(p(t("Protocole territorial de repérage et d'orientation en santé mentale périnatale"), "Title"))
    b.append(p(t("Quartier prioritaire des Courtils — Montgarel (Ille-et-Vilaine)"), "Subtitle"))
    b.append(p(t("Conseil local de santé mentale (CLSM) de Montgarel — rédaction : Katell Morvan, coordinatrice "
                 "du CLSM — relectures : Dr Fañch Madec, psychiatre, CMP adultes de Montgarel ; Élodie Brard, "
                 "cadre sage-femme, maternité du centre hospitalier de Montgarel — 3 février 2026")))
    # table des matières (contenu en cache, numéros et pages présents ici seulement)
    toc = [("1", "Objet du protocole", 2), ("2", "Public concerné", 2), ("3", "Le repérage", 2),
           ("3.1", "Les moments clés", 2), ("3.2", "L'outil : l'échelle EPDS", 3), ("4", "Les trois niveaux d'orientation", 3),
           ("5", "Les étapes de l'orientation", 4), ("6", "Interlocuteurs", 4), ("7", "Indicateurs de suivi", 5),
           ("8", "Glossaire", 5), ("Annexe 1", "Fiche de liaison périnatale", 6)]
    entries = "".join('<text:p text:style-name="Contents_20_%d">%s %s<text:tab/>%d</text:p>' % (
        2 if "." in n else 1, t(n + ("." if "." not in n and not n.startswith("A") else "")), t(title), pg)
        for n, title, pg in toc)
    b.append('<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Table des '
             'matières1"><text:table-of-content-source text:outline-level="2"><text:index-title-template '
             'text:style-name="Contents_20_Heading">Table des matières</text:index-title-template>'
             '</text:table-of-content-source><text:index-body><text:index-title text:style-name="Sect1" '
             'text:name="Table des matières1_Head"><text:p text:style-name="Contents_20_Heading">Table des '
             'matières</text:p></text:index-title>%s</text:index-body></text:table-of-content>' % entries)

    b.append(h(t("Objet du protocole"), 1))
    b.append(p(t("Ce protocole organise, pour les familles du quartier prioritaire des Courtils, le repérage des "
                 "troubles psychiques de la période périnatale, de la grossesse aux 12 mois de l'enfant, et "
                 "l'orientation vers le bon niveau de soins, dans des délais connus de tous. Il engage la maternité "
                 "du centre hospitalier de Montgarel, l'antenne de PMI des Courtils (Département d'Ille-et-Vilaine), "
                 "le CMP adultes de Montgarel, l'hôpital de jour parents-bébé Les Alizés, le LAEP Le Petit Phare et "
                 "les professionnels libéraux volontaires.")))
    b.append(p(t("En 2025, 187 enfants sont nés de mères domiciliées aux Courtils ; l'entretien postnatal précoce "
                 "n'a été réalisé que pour 44 % d'entre elles (sources : maternité du CH de Montgarel, PMI). Le staff "
                 "MPS de la maternité a examiné 31 situations de ces familles, dont 12 pour un motif psychique.")))
    b.append(h(t("Public concerné"), 1))
    b.append(p(t("Le protocole s'applique aux femmes enceintes, aux mères et aux pères ou co-parents d'un enfant de "
                 "moins de 12 mois résidant aux Courtils, quelle que soit leur couverture sociale. ")
               + ins("Il peut être appliqué, sur accord du CLSM, aux familles des quartiers limitrophes.", EB)))
    b.append(h(t("Le repérage"), 1))
    b.append(h(t("Les moments clés"), 2))
    b.append(p(t("Le repérage n'est pas l'affaire d'un seul professionnel. Il s'appuie sur cinq moments où la "
                 "famille rencontre déjà un professionnel : l'entretien prénatal précoce (4e mois de grossesse) ; le "
                 "séjour en maternité ; l'entretien postnatal précoce, entre la 4e et la 8e semaine ; les visites et "
                 "consultations de PMI ; l'accueil au LAEP Le Petit Phare.")))
    b.append(h(t("L'outil : l'échelle EPDS"), 2))
    b.append(p(t("L'EPDS est un autoquestionnaire de dix questions portant sur les sept derniers jours, proposé par "
                 "le professionnel et rempli par le parent, si besoin avec un interprète professionnel. Un score "
                 "supérieur ou égal à ") + dele("10", FM) + ins("12", FM) +
               t(" conduit à proposer une orientation de niveau 2. Toute réponse autre que « jamais » à la question "
                 "10 (idées de se faire du mal) déclenche le niveau 3, quel que soit le score total.")))
    b.append(p(t("Chez les pères et co-parents, l'EPDS peut être utilisée avec un seuil abaissé à 10.")
               + '<office:annotation><dc:creator>Élodie Brard</dc:creator><dc:date>2026-02-02T18:22:41</dc:date>'
               '<text:p>Seuil pères : à confirmer avec le Dr Madec avant validation en CLSM.</text:p>'
               '</office:annotation>'))
    b.append(p(dele("L'orientation vers le CMP est systématique dès le niveau 1.", EB)
               + ins("Le niveau 1 ne donne pas lieu à une orientation vers le CMP : le soutien de proximité "
                     "suffit, avec une nouvelle EPDS un mois plus tard.", EB)))

    b.append(h(t("Les trois niveaux d'orientation"), 1))
    rows = [["Niveau", "Situation", "Réponse", "Délai"],
            [t("Niveau 1"), t("Score EPDS inférieur au seuil, difficultés d'adaptation, isolement"),
             t("Soutien de proximité : LAEP Le Petit Phare, groupe de parents, visites de la puéricultrice de PMI"),
             t("Dans le mois")],
            [t("Niveau 2"), t("Score EPDS au-dessus du seuil, sans réponse positive à la question 10"),
             t("Consultation au CMP adultes (créneau périnatalité) ou à l'hôpital de jour parents-bébé Les Alizés"),
             dele("Sous 15 jours", FM) + ins("Sous 8 jours ouvrés", FM)],
            [t("Niveau 3"), t("Réponse positive à la question 10, idées suicidaires, confusion ou idées délirantes "
                              "après l'accouchement"),
             t("Urgences psychiatriques du CH de Montgarel ou appel au 15"), t("Le jour même")]]
    b.append(tab("Niveaux", rows, 4))
    b.append(p(t("Tableau 1 – Niveaux d'orientation et délais de réponse attendus"), "Caption"))

    b.append(h(t("Les étapes de l'orientation"), 1))
    steps = [t("Le professionnel qui repère en parle avec le parent et recueille son accord."),
             t("Il remplit la fiche de liaison périnatale (annexe 1)") + ins(" et l'adresse par messagerie "
                                                                              "sécurisée", KM) + t("."),
             t("Il appelle l'interlocuteur du niveau concerné (chapitre 6)."),
             t("Le service qui reçoit la fiche confirme la prise en charge au professionnel dans un délai de ")
             + dele("15 jours", FM) + ins("8 jours ouvrés", FM) + t("."),
             t("La situation est revue au staff MPS mensuel de la maternité, qui vérifie qu'aucune famille n'est "
               "perdue en route.")]
    b.append('<text:list text:style-name="Numbering_20_123">%s</text:list>' % "".join(
        '<text:list-item>%s</text:list-item>' % p(s, "List_20_Number") for s in steps))
    b.append(p(t("Le recours à un interprète professionnel (plateforme téléphonique du Département) est la règle dès "
                 "que le parent ne maîtrise pas le français ; un enfant, un voisin ou un membre de la famille ne doit "
                 "jamais servir d'interprète. Les informations portées sur la fiche de liaison se limitent à ce qui "
                 "est nécessaire à l'orientation et ne sont partagées qu'avec l'accord du parent.")))

    b.append(h(t("Interlocuteurs"), 1))
    rows = [["Structure", "Contact", "Quand"],
            [t("Maternité du CH de Montgarel"), t("Élodie Brard, cadre sage-femme — 02 61 91 35 10"),
             t("Tous les jours")],
            [t("Antenne de PMI des Courtils"), t("Puéricultrice de permanence — 02 61 91 35 20"),
             t("Du lundi au vendredi, 9 h – 17 h")],
            [t("CMP adultes de Montgarel"), t("Dr Fañch Madec — 02 61 91 35 30"),
             ins("Créneau périnatalité le mercredi matin", FM)],
            [t("Hôpital de jour parents-bébé Les Alizés"), t("Secrétariat — 02 61 91 35 40"),
             t("Du lundi au vendredi")],
            [t("LAEP Le Petit Phare"), t("Accueillantes — 02 61 91 35 50"), t("Mercredi et vendredi matin")],
            [t("Urgences"), t("SAMU : 15 — prévention du suicide : 3114"), t("24 h/24")]]
    b.append(tab("Interlocuteurs", rows, 3))
    b.append(p(t("Tableau 2 – Interlocuteurs du protocole"), "Caption"))

    b.append(h(t("Indicateurs de suivi"), 1))
    b.append(p(t("Le CLSM présente chaque année en assemblée plénière : le nombre d'EPDS passées ; le nombre "
                 "d'orientations par niveau ; le délai moyen entre l'envoi de la fiche de liaison et le premier "
                 "rendez-vous ; la part d'entretiens postnatals précoces réalisés aux Courtils, avec un objectif de ")
               + dele("55 %", KM) + ins("60 %", KM) + t(" en 2027.")))
    b.append(h(t("Glossaire"), 1))
    for term, d in [("CMP", "centre médico-psychologique, lieu de consultation publique en psychiatrie."),
                    ("EPDS", "Edinburgh Postnatal Depression Scale, échelle de dépression postnatale d'Édimbourg."),
                    ("EPNP", "entretien postnatal précoce, obligatoire depuis juillet 2022."),
                    ("LAEP", "lieu d'accueil enfants-parents."),
                    ("PMI", "protection maternelle et infantile, service du Département.")]:
        b.append(p('<text:span text:style-name="Strong">%s</text:span> : %s' % (t(term), t(d))))
    b.append('<text:h text:style-name="Heading_20_1" text:outline-level="1" text:is-list-header="true">%s</text:h>'
             % t("Annexe 1 – Fiche de liaison périnatale"))
    b.append(p(t("Identité du parent et de l'enfant — professionnel qui oriente — motif (score EPDS, réponse à la "
                 "question 10, observations) — accord du parent (oui / non) — besoin d'interprète (langue) — "
                 "niveau proposé (1, 2 ou 3) — réponse du service destinataire et date du premier rendez-vous.")))
    return "".join(b)


def tracked_block():
    regs = []
    for cid, kind, (who, when), deleted in changes:
        info = ('<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>'
                % (escape(who), when))
        if kind == "insertion":
            regs.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s</text:insertion>'
                        '</text:changed-region>' % (cid, cid, info))
        else:
            regs.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s<text:p text:style-name='
                        '"Text_20_body">%s</text:p></text:deletion></text:changed-region>' % (
                            cid, cid, info, escape(deleted)))
    return '<text:tracked-changes text:track-changes="true">%s</text:tracked-changes>' % "".join(regs)


def main():
    body = build_body()
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:automatic-styles>'
               '<style:style style:name="Tab" style:family="table"><style:table-properties style:width="17cm" '
               'table:align="margins"/></style:style><style:style style:name="Tab.A1" style:family="table-cell">'
               '<style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
               '<style:style style:name="Sect1" style:family="section"/></office:automatic-styles><office:body>'
               '<office:text>%s%s</office:text></office:body></office:document-content>' % (
                   NS, tracked_block(), body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
              'style:parent-style-name="Standard"/>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="20pt" '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Subtitle" style:family="paragraph"><style:text-properties '
              'fo:font-size="14pt"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
              'style:default-outline-level="1"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>'
              '</style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
              'style:default-outline-level="2"><style:text-properties fo:font-size="12.5pt" fo:font-weight="bold"/>'
              '</style:style>'
              '<style:style style:name="Caption" style:family="paragraph"><style:text-properties '
              'fo:font-style="italic" fo:font-size="9pt"/></style:style>'
              '<style:style style:name="Header_20_note" style:display-name="Header note" style:family="paragraph">'
              '<style:text-properties fo:color="#c9211e" fo:font-size="9pt"/></style:style>'
              '<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" '
              'style:family="paragraph"/><style:style style:name="Contents_20_1" style:display-name="Contents 1" '
              'style:family="paragraph"/><style:style style:name="Contents_20_2" style:display-name="Contents 2" '
              'style:family="paragraph"/><style:style style:name="Table_20_Contents" style:display-name="Table '
              'Contents" style:family="paragraph"/><style:style style:name="Table_20_Heading" style:display-name='
              '"Table Heading" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="List_20_Number" style:display-name="List Number" style:family="paragraph"/>'
              '<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/>'
              '</style:style>'
              '<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" '
              'style:num-format="1" style:num-suffix="."><style:list-level-properties/></text:outline-level-style>'
              '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2">'
              '<style:list-level-properties/></text:outline-level-style></text:outline-style>'
              '<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">'
              '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
              '<style:list-level-properties/></text:list-level-style-number></text:list-style>'
              '</office:styles><office:master-styles><style:master-page style:name="Standard" '
              'style:page-layout-name="pm1"><style:footer><text:p>CLSM de Montgarel — protocole périnatalité — '
              'v0.4 de travail — page <text:page-number text:select-page="current">1</text:page-number>'
              '</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>' % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:generator>LibreOffice/24.8.4.2$Linux_X86_64 LibreOffice_project/480$Build-2</meta:generator>'
            '<dc:title>Protocole périnatalité Les Courtils v0.4</dc:title><meta:initial-creator>Katell Morvan'
            '</meta:initial-creator><dc:creator>Élodie Brard</dc:creator><meta:creation-date>2025-11-18T10:05:00'
            '</meta:creation-date><dc:date>2026-02-03T08:41:12</dc:date><meta:editing-cycles>27</meta:editing-cycles>'
            '<dc:language>fr-FR</dc:language></office:meta></office:document-meta>' % NS)
    settings = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings %s xmlns:config="urn:oasis:'
                'names:tc:opendocument:xmlns:config:1.0"><office:settings><config:config-item-set config:name='
                '"ooo:configuration-settings"><config:config-item config:name="RecordChanges" config:type="boolean">'
                'true</config:config-item></config:config-item-set></office:settings></office:document-settings>' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/"'
                ' manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(OUT, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("settings.xml", settings), ("META-INF/manifest.xml", manifest)):
            z.writestr(name, data.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main()
