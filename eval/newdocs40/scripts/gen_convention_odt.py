# -*- coding: utf-8 -*-
"""Génère la convention de partenariat « Culture et santé mentale » 2025-2027 de Quillebourg (OpenDocument texte).

Mise en page : page de titre, préambule, onze « Article n — » en titres de niveau 1, sous-articles en titres de
niveau 2, listes à puces, deux notes de bas de page (dont une qui porte seule une information), un tableau de
budget prévisionnel 2025 (dépenses / recettes avec totaux), un tableau des signatures, en-tête et pied de page
avec champ numéro de page. Le fichier .odt est écrit à la main (zip + XML) pour maîtriser sa structure.

Tout est inventé (ville, département, organismes, personnes, montants ; numéros en 03 99 00 ; domaines .example).
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-01-20_ville-quillebourg_convention-culture-sante-mentale.odt")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')

_note = [0]


def inline(s):
    """Texte avec notes : [[note:...]] devient une note de bas de page, **x** du gras."""
    out, rest = [], s
    while "[[note:" in rest:
        a, b = rest.split("[[note:", 1)
        body, rest = b.split("]]", 1)
        out.append(_bold(a))
        _note[0] += 1
        n = _note[0]
        out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                   '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                   % (n, n, _bold(body)))
    out.append(_bold(rest))
    return "".join(out)


def _bold(s):
    parts = s.split("**")
    return "".join(escape(p) if i % 2 == 0 else '<text:span text:style-name="Gras">%s</text:span>' % escape(p)
                   for i, p in enumerate(parts))


def P(s, style="Corps"):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, inline(s))


def H(s, level=1):
    return '<text:h text:style-name="Titre%d" text:outline-level="%d">%s</text:h>' % (level, level, inline(s))


def UL(items):
    return '<text:list text:style-name="Puces">%s</text:list>' % "".join(
        '<text:list-item>%s</text:list-item>' % P(i, "Liste") for i in items)


def TABLE(name, rows, widths, header=1, bold_rows=()):
    cols = "".join('<table:table-column table:style-name="%s.C%d"/>' % (name, i) for i in range(len(widths)))
    body = []
    for r_i, row in enumerate(rows):
        cells = []
        for c in row:
            st = "EnTeteCellule" if r_i < header else ("CelluleGras" if r_i in bold_rows else "Cellule")
            cells.append('<table:table-cell table:style-name="Bord" office:value-type="string">%s</table:table-cell>'
                         % "".join(P(x, st) for x in c.split("\n")))
        tag = "table:table-header-rows" if r_i < header else None
        row_xml = "<table:table-row>%s</table:table-row>" % "".join(cells)
        body.append("<%s>%s</%s>" % (tag, row_xml, tag) if tag else row_xml)
    return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (name, name, cols, "".join(body))


def table_styles(name, widths):
    total = sum(widths)
    s = ('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" '
         'table:align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>' % (name, total))
    for i, w in enumerate(widths):
        s += ('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
              'style:column-width="%.2fcm"/></style:style>' % (name, i, w))
    return s


BUDGET_W = [6.2, 2.3, 6.2, 2.3]
SIGN_W = [5.6, 5.6, 5.8]


def body():
    x = []
    x.append(P("RÉPUBLIQUE FRANÇAISE — DÉPARTEMENT DE LA SEINE-BOCAGE", "Petit"))
    x.append(P("VILLE DE QUILLEBOURG", "Petit"))
    x.append(P("Convention de partenariat « Culture et santé mentale » 2025-2027", "TitreDoc"))
    x.append(P("entre la Ville de Quillebourg, le centre hospitalier spécialisé du Bocage, le groupe d'entraide "
               "mutuelle Le Phare, la Compagnie L'Estran et la communauté professionnelle territoriale de santé du "
               "Bocage quillebourgeois", "SousTitre"))
    x.append(P("Convention n° 2025-CULT-007 — approuvée par délibération du conseil municipal n° 2024-212 du "
               "16 décembre 2024", "Petit"))
    x.append(H("Entre les soussignés", 1))
    x.append(P("**La Ville de Quillebourg**, représentée par son maire, M. Bertrand Lecœur, agissant en vertu de la "
               "délibération susvisée, ci-après dénommée « la Ville », pour elle-même et pour ses services : la "
               "direction des affaires culturelles (DAC), le musée d'art et d'histoire Jacques-Lenormand, le "
               "conservatoire à rayonnement communal et le centre social Le Trait d'Union ;"))
    x.append(P("**Le centre hospitalier spécialisé du Bocage**, établissement public de santé, représenté par sa "
               "directrice, Mme Anne-Sophie Berthelot, ci-après dénommé « le CHS » ;"))
    x.append(P("**L'association GEM Le Phare**, groupe d'entraide mutuelle régi par la loi du 1er juillet 1901, "
               "représentée par son président, M. Marc Duval, ci-après dénommée « le GEM » ;"))
    x.append(P("**La Compagnie L'Estran**, compagnie de théâtre professionnelle, représentée par son directeur "
               "artistique, M. Yann Le Goff, ci-après dénommée « la Compagnie » ;"))
    x.append(P("**La communauté professionnelle territoriale de santé (CPTS) du Bocage quillebourgeois**, "
               "représentée par son président, le Dr Julien Marais, médecin généraliste, ci-après dénommée "
               "« la CPTS »."))
    x.append(H("Préambule", 1))
    x.append(P("Le conseil local de santé mentale (CLSM) de Quillebourg, créé en 2019 et coordonné par "
               "Mme Solène Lemarchand, réunit les élus, la psychiatrie publique, les professionnels du soin de "
               "premier recours, les associations d'usagers et de familles et les acteurs de la cité. En janvier "
               "2023, il s'est doté d'un groupe de travail « Culture et santé mentale », co-animé par la "
               "directrice des affaires culturelles de la Ville, Mme Maëlle Dufresne, et par le chef du pôle de "
               "psychiatrie adulte du CHS, le Dr Hervé Quesnel."))
    x.append(P("Les partenaires partagent la conviction que la pratique artistique et la fréquentation des lieux "
               "de culture contribuent au rétablissement des personnes vivant avec un trouble psychique, à la "
               "lutte contre la stigmatisation et à la rencontre entre habitants. Ils souhaitent en particulier "
               "que le quartier prioritaire de la politique de la ville (QPV) du Val-Fleuri, qui compte "
               "4 830 habitants[[note:Population municipale du QPV Val-Fleuri au recensement de 2020, soit "
               "près d'un habitant de Quillebourg sur dix (48 600 habitants). Le taux de pauvreté y atteint 46 %, "
               "contre 17 % pour l'ensemble de la ville.]], bénéficie pleinement des actions."))
    x.append(P("Depuis 2023, les actions du groupe sont soutenues par l'appel à projets « Culture et santé » "
               "conduit conjointement par la direction régionale des affaires culturelles (DRAC) de Normandie et "
               "l'agence régionale de santé (ARS) de Normandie. La présente convention formalise les engagements "
               "de chacun pour les trois prochaines années. Elle s'inscrit dans le projet territorial de santé "
               "mentale (PTSM) de la Seine-Bocage et dans le contrat de ville « Quillebourg 2030 »."))
    x.append(P("Il a été convenu ce qui suit."))

    x.append(H("Article 1 — Objet de la convention", 1))
    x.append(P("La présente convention a pour objet de définir les modalités de mise en œuvre, de gouvernance, de "
               "financement et d'évaluation du programme « Culture et santé mentale » de Quillebourg, qui "
               "comprend cinq actions décrites à l'article 4. Elle ne se substitue pas aux conventions "
               "particulières que chaque partenaire peut conclure avec les financeurs."))

    x.append(H("Article 2 — Engagements des parties", 1))
    x.append(H("2.1 La Ville", 2))
    x.append(UL(["met à disposition gratuitement les lieux municipaux nécessaires : musée Jacques-Lenormand, "
                 "théâtre de l'Arsenal, salle polyvalente du centre social Le Trait d'Union au Val-Fleuri ;",
                 "assure, par la DAC, le secrétariat du comité de pilotage et le portage administratif des "
                 "demandes de subvention « Culture et santé » ;",
                 "mobilise la médiatrice culturelle du musée, Mme Aurore Delaunay, à hauteur de 0,4 équivalent "
                 "temps plein pour la prescription muséale ;",
                 "confie au conservatoire la direction musicale du chœur Val'Voix."]))
    x.append(H("2.2 Le CHS", 2))
    x.append(UL(["accueille les ateliers artistiques dans les locaux de l'hôpital de jour Les Tilleuls ;",
                 "désigne un soignant référent par atelier, présent à chaque séance ;",
                 "oriente les patients vers les ateliers sur indication médicale, et vers le chœur et la "
                 "prescription muséale lorsque c'est pertinent ;",
                 "réalise le recueil des questionnaires d'évaluation prévu à l'article 7."]))
    x.append(H("2.3 Le GEM", 2))
    x.append(P("Le GEM associe ses adhérents à la création théâtrale conduite avec la Compagnie, participe au "
               "groupe de travail et relaie les actions auprès des personnes qui ne sont pas ou plus suivies par "
               "la psychiatrie."))
    x.append(H("2.4 La Compagnie", 2))
    x.append(P("La Compagnie conduit l'atelier de création théâtrale avec les adhérents du GEM, à raison d'une "
               "séance hebdomadaire hors vacances scolaires, et présente chaque saison au moins une création au "
               "théâtre de l'Arsenal."))
    x.append(H("2.5 La CPTS", 2))
    x.append(P("La CPTS informe les médecins généralistes de son territoire de la prescription muséale, fournit "
               "les carnets d'ordonnances muséales et recueille, une fois par an, l'avis des médecins "
               "prescripteurs. Elle vise au moins 20 médecins prescripteurs à l'issue de la première année."))

    x.append(H("Article 3 — Gouvernance", 1))
    x.append(P("Un **comité de pilotage** réunit deux fois par an, au printemps et à l'automne, les signataires et "
               "les financeurs. Il est coprésidé par l'adjointe au maire chargée de la culture, Mme Hélène "
               "Roussel, et par la directrice du CHS. Il arrête le programme annuel et le budget."))
    x.append(P("Le **groupe de travail « Culture et santé mentale »** du CLSM assure le suivi opérationnel. Il se "
               "réunit le premier lundi de chaque mois, de 14 h à 16 h, à la maison des associations. Il est "
               "ouvert aux usagers, aux familles et aux artistes intervenants."))

    x.append(H("Article 4 — Actions du programme", 1))
    x.append(H("4.1 Ateliers artistiques de l'hôpital de jour Les Tilleuls", 2))
    x.append(P("Quatre ateliers hebdomadaires sont animés par des artistes professionnels en binôme avec un "
               "soignant : arts plastiques, écriture, percussions et photographie. Chaque atelier accueille au "
               "plus douze patients. Les productions font l'objet d'une exposition annuelle au musée."))
    x.append(H("4.2 Prescription muséale", 2))
    x.append(P("À partir de mars 2025, les médecins généralistes de la CPTS et les psychiatres du CHS peuvent "
               "remettre à leurs patients une ordonnance muséale. Celle-ci donne droit à un pass nominatif "
               "ouvrant des visites gratuites au musée Jacques-Lenormand, pour le patient et un accompagnant, "
               "et à des visites accompagnées par la médiatrice culturelle."))
    x.append(H("4.3 Chœur Val'Voix", 2))
    x.append(P("Le chœur Val'Voix, créé en septembre 2024, réunit des habitants du Val-Fleuri, d'autres "
               "Quillebourgeois et des personnes suivies en psychiatrie, sans que rien ne distingue les uns des "
               "autres. La participation est gratuite. L'objectif est d'atteindre 40 choristes, dont au moins un "
               "tiers d'habitants du quartier prioritaire."))
    x.append(H("4.4 Création théâtrale avec le GEM Le Phare", 2))
    x.append(P("La Compagnie L'Estran et les adhérents du GEM écrivent et montent ensemble un spectacle par "
               "saison, présenté au théâtre de l'Arsenal avec une participation libre du public."))
    x.append(H("4.5 Programme culturel des Semaines d'information sur la santé mentale (SISM)", 2))
    x.append(P("Chaque année, en octobre, le groupe de travail construit avec les partenaires un programme "
               "culturel ouvert à tous : exposition, concert, lecture, ciné-débat, visites."))

    x.append(H("Article 5 — Dispositions financières", 1))
    x.append(P("Le budget prévisionnel du programme pour l'année 2025 s'établit comme suit. Les montants sont "
               "exprimés en euros TTC ; les recettes « Culture et santé » correspondent aux sommes demandées et "
               "restent soumises à la décision des financeurs."))
    rows = [["Dépenses", "Montant (€)", "Recettes", "Montant (€)"],
            ["Ateliers artistiques de l'hôpital de jour", "15 600", "DRAC Normandie (appel « Culture et santé »)",
             "10 000"],
            ["Prescription muséale (médiation, pass)", "7 200", "ARS Normandie (appel « Culture et santé »)",
             "12 000"],
            ["Chœur Val'Voix", "6 400", "Ville de Quillebourg (DAC)", "12 000"],
            ["Création théâtrale GEM – Compagnie", "10 800", "CHS du Bocage", "8 000"],
            ["Programme culturel des SISM", "4 500", "État — crédits politique de la ville (contrat de ville)",
             "5 000"],
            ["Évaluation (questionnaires, analyse)", "3 000", "Conseil départemental de la Seine-Bocage", "3 000"],
            ["Coordination et communication", "2 500", "", ""],
            ["Total des dépenses", "50 000", "Total des recettes", "50 000"]]
    x.append(TABLE("Budget", rows, BUDGET_W, bold_rows=(8,)))
    x.append(P("Tableau 1 — Budget prévisionnel 2025 du programme « Culture et santé mentale »", "Legende"))
    x.append(P("Pour 2026 et 2027, le budget est estimé à titre indicatif à 52 000 € puis 54 000 € par an. Les "
               "parties s'engagent à maintenir leur contribution au moins au niveau de 2025, sous réserve du "
               "vote de leurs budgets. La Ville reverse aux partenaires les subventions perçues pour leur compte "
               "dans un délai de deux mois après leur encaissement[[note:Les frais d'intervention des artistes des "
               "ateliers de l'hôpital de jour sont réglés directement par le CHS, qui reçoit à cet effet de la "
               "Ville un reversement plafonné à 15 600 € pour 2025.]]."))

    x.append(H("Article 6 — Confidentialité et droit à l'image", 1))
    x.append(P("La participation d'une personne à une action du programme ne doit jamais révéler qu'elle est "
               "suivie en psychiatrie. En particulier, le statut de patient des choristes et des comédiens n'est "
               "jamais mentionné dans la communication. Toute photographie ou captation fait l'objet d'une "
               "autorisation écrite, révocable à tout moment. Les données recueillies pour l'évaluation sont "
               "anonymisées par le CHS avant toute transmission."))

    x.append(H("Article 7 — Évaluation", 1))
    x.append(P("Chaque action fait l'objet d'un suivi de la fréquentation (séances prévues et réalisées, "
               "inscrits, présence moyenne, taux d'assiduité). Pour les ateliers, le chœur et la création "
               "théâtrale, les participants volontaires remplissent l'échelle de bien-être mental WEMWBS[[note:"
               "Warwick-Edinburgh Mental Well-being Scale : quatorze affirmations notées de 1 à 5, soit un score "
               "total de 14 à 70 ; plus le score est élevé, meilleur est le bien-être mental.]] lors de la "
               "première et de la dernière séance de l'année. Un bilan est présenté au comité de pilotage "
               "d'automne et publié dans la lettre du groupe de travail."))

    x.append(H("Article 8 — Communication", 1))
    x.append(P("Les supports de communication portent les logos de la Ville, du CHS, de la DRAC et de l'ARS de "
               "Normandie, ainsi que la mention « Programme soutenu dans le cadre de l'appel à projets Culture et "
               "santé ». Les partenaires se tiennent mutuellement informés de toute sollicitation de la presse."))

    x.append(H("Article 9 — Durée", 1))
    x.append(P("La convention prend effet le 1er janvier 2025 et s'achève le 31 décembre 2027. Elle pourra être "
               "renouvelée par avenant, après un bilan présenté au comité de pilotage d'automne 2027."))

    x.append(H("Article 10 — Modification et résiliation", 1))
    x.append(P("Toute modification fait l'objet d'un avenant signé par l'ensemble des parties. Chaque partie peut "
               "se retirer de la convention par lettre recommandée avec accusé de réception, moyennant un préavis "
               "de trois mois ; la convention continue alors de produire ses effets entre les autres parties."))

    x.append(H("Article 11 — Litiges", 1))
    x.append(P("Les parties s'efforcent de régler à l'amiable tout différend. À défaut, le litige est porté devant "
               "le tribunal administratif territorialement compétent."))

    x.append(H("Signatures", 1))
    x.append(P("Fait à Quillebourg, le 20 janvier 2025, en cinq exemplaires originaux."))
    sign = [["Pour la Ville de Quillebourg", "Pour le CHS du Bocage", "Pour le GEM Le Phare"],
            ["Bertrand Lecœur\nMaire de Quillebourg", "Anne-Sophie Berthelot\nDirectrice",
             "Marc Duval\nPrésident"],
            ["Pour la Compagnie L'Estran", "Pour la CPTS du Bocage quillebourgeois", "Visa du CLSM"],
            ["Yann Le Goff\nDirecteur artistique", "Dr Julien Marais\nPrésident",
             "Solène Lemarchand\nCoordinatrice du CLSM"]]
    x.append(TABLE("Signatures", sign, SIGN_W, header=0))
    x.append(P("Annexe : liste des contacts opérationnels — DAC : Maëlle Dufresne, 03 99 00 41 20, "
               "culture@quillebourg.example ; CLSM : Solène Lemarchand, 03 99 00 41 35, "
               "clsm@quillebourg.example ; hôpital de jour Les Tilleuls : Patrick Vautier, cadre de santé, "
               "03 99 00 62 10 ; musée : Aurore Delaunay, 03 99 00 27 45.", "Petit"))
    return "".join(x)


AUTO_STYLES = (table_styles("Budget", BUDGET_W) + table_styles("Signatures", SIGN_W) +
               '<style:style style:name="Bord" style:family="table-cell"><style:table-cell-properties '
               'fo:padding="0.1cm" fo:border="0.5pt solid #555555"/></style:style>')

STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles %s>
<office:font-face-decls/>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="fr" fo:country="FR"/></style:default-style>
<style:style style:name="Corps" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="Liste" style:family="paragraph" style:parent-style-name="Corps"/>
<style:style style:name="Petit" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Legende" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="TitreDoc" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="3cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
<style:style style:name="SousTitre" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="2cm"/><style:text-properties fo:font-size="13pt" fo:font-style="italic"/></style:style>
<style:style style:name="Titre1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#1f4e79"/></style:style>
<style:style style:name="Titre2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Cellule" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="CelluleGras" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="EnTeteCellule" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="EnTete" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:color="#666666"/></style:style>
<style:style style:name="Gras" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="Puces"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:space-before="0.4cm" text:min-label-width="0.5cm"/></text:list-level-style-bullet></text:list-style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="A4">
<style:header><text:p text:style-name="EnTete">Convention « Culture et santé mentale » 2025-2027 — Ville de Quillebourg / CHS du Bocage / GEM Le Phare / Compagnie L'Estran / CPTS</text:p></style:header>
<style:footer><text:p text:style-name="EnTete">Convention n° 2025-CULT-007 — page <text:page-number text:select-page="current">1</text:page-number> / <text:page-count>5</text:page-count></text:p></style:footer>
</style:master-page>
</office:master-styles>
</office:document-styles>""" % NS

META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta %s><office:meta><meta:generator>LibreOffice/7.6</meta:generator><dc:title>Convention de partenariat Culture et santé mentale 2025-2027</dc:title><dc:creator>Direction des affaires culturelles — Ville de Quillebourg</dc:creator><meta:creation-date>2025-01-08T10:12:00</meta:creation-date><dc:date>2025-01-20T09:30:00</dc:date><dc:language>fr-FR</dc:language></office:meta></office:document-meta>""" % NS

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def main():
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:automatic-styles>%s'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>' % (NS, AUTO_STYLES, body()))
    with zipfile.ZipFile(OUT, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", STYLES), ("meta.xml", META),
                           ("META-INF/manifest.xml", MANIFEST)):
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
