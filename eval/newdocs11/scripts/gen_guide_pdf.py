# -*- coding: utf-8 -*-
"""Génère le guide pratique PDF « Troubles psychiques et accès aux droits (MDPH) » (février 2026)."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-BoldOblique", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold",
                              italic="DejaVu-Oblique", boldItalic="DejaVu-BoldOblique")


def styles(accent):
    s = {}
    s["title"] = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=18, leading=23,
                                textColor=accent, spaceAfter=8)
    s["subtitle"] = ParagraphStyle("subtitle", fontName="DejaVu", fontSize=11.5, leading=15,
                                   textColor=colors.HexColor("#333333"), spaceAfter=10)
    s["h1"] = ParagraphStyle("h1", fontName="DejaVu-Bold", fontSize=14.5, leading=19,
                             textColor=accent, spaceBefore=10, spaceAfter=6)
    s["h2"] = ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=11.5, leading=15,
                             textColor=colors.HexColor("#222222"), spaceBefore=8, spaceAfter=4)
    s["body"] = ParagraphStyle("body", fontName="DejaVu", fontSize=9.6, leading=13.6,
                               spaceAfter=5, alignment=4)
    s["quote"] = ParagraphStyle("quote", fontName="DejaVu-Oblique", fontSize=9.8, leading=14,
                                leftIndent=18, rightIndent=18, spaceBefore=3, spaceAfter=7,
                                textColor=colors.HexColor("#3a3a3a"))
    s["small"] = ParagraphStyle("small", fontName="DejaVu", fontSize=8.2, leading=11)
    s["cell"] = ParagraphStyle("cell", fontName="DejaVu", fontSize=8.6, leading=11.2)
    s["cellb"] = ParagraphStyle("cellb", fontName="DejaVu-Bold", fontSize=8.6, leading=11.2,
                                textColor=colors.white)
    s["bullet"] = ParagraphStyle("bullet", fontName="DejaVu", fontSize=9.6, leading=13.4,
                                 leftIndent=14, bulletIndent=4, spaceAfter=2)
    s["num"] = ParagraphStyle("num", fontName="DejaVu", fontSize=9.6, leading=13.4,
                              leftIndent=20, bulletIndent=2, spaceAfter=3)
    s["boxtitle"] = ParagraphStyle("boxtitle", fontName="DejaVu-Bold", fontSize=10.5,
                                   leading=14, textColor=accent, spaceAfter=3)
    s["center"] = ParagraphStyle("center", fontName="DejaVu", fontSize=9, leading=12,
                                 alignment=TA_CENTER)
    return s


def box(title, items, st, accent, bg):
    """Encadré « Ce qu'il faut retenir » : un tableau d'une cellule."""
    flow = [Paragraph(title, st["boxtitle"])]
    for it in items:
        flow.append(Paragraph(it, st["bullet"], bulletText="•"))
    t = Table([[flow]], colWidths=[16.4 * cm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 1.2, accent),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 8)]


def table(rows, widths, st, accent, zebra=colors.HexColor("#f3f3f3")):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), st["cellb"] if i == 0 else st["cell"]) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), accent),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(style))
    return t


def footer_factory(text):
    def _footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVu", 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(2 * cm, 1.2 * cm, text)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
        canvas.restoreState()
    return _footer


# ---------------------------------------------------------------------------
# Contenu du guide
# ---------------------------------------------------------------------------
import os
from reportlab.platypus import SimpleDocTemplate, PageBreak

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus",
                   "2026-02-10_reseau-clsm-nouvelle-aquitaine_guide-acces-droits-mdph.pdf")
ACCENT = colors.HexColor("#1f5f8b")
BG = colors.HexColor("#eaf2f8")
st = styles(ACCENT)


def P(t):
    return Paragraph(t, st["body"])


def H1(t):
    return Paragraph(t, st["h1"])


def H2(t):
    return Paragraph(t, st["h2"])


def steps(items):
    return [Paragraph(t, st["num"], bulletText="%d." % (i + 1)) for i, t in enumerate(items)]


def bullets(items):
    return [Paragraph(t, st["bullet"], bulletText="•") for t in items]


def faq(q, a):
    return [Paragraph("<b>%s</b>" % q, st["body"]), P(a)]


story = []

# --------------------------- Couverture / sommaire --------------------------
story += [
    Spacer(1, 40),
    Paragraph("Guide pratique", st["subtitle"]),
    Paragraph("Troubles psychiques et accès aux droits : accompagner une demande auprès de la MDPH", st["title"]),
    Paragraph("À l'usage des coordinateurs de conseils locaux de santé mentale, des travailleurs sociaux, des agents d'accueil "
              "et des bénévoles — Édition février 2026", st["subtitle"]),
    Spacer(1, 10),
    Paragraph("Réseau régional des CLSM de Nouvelle-Aquitaine, en partenariat avec l'association Passerelles Psy Aquitaine", st["subtitle"]),
    Spacer(1, 20),
    H2("Sommaire"),
] + bullets([
    "Chapitre 1 — Pourquoi ce guide ?",
    "Chapitre 2 — Le handicap psychique : de quoi parle-t-on ?",
    "Chapitre 3 — La MDPH et ses instances",
    "Chapitre 4 — Les droits et prestations mobilisables",
    "Chapitre 5 — Constituer le dossier, étape par étape",
    "Chapitre 6 — Le certificat médical : le point décisif",
    "Chapitre 7 — Délais, décisions et recours",
    "Chapitre 8 — Le rôle des CLSM et des partenaires locaux",
    "Chapitre 9 — Contacts et ressources par département",
    "Chapitre 10 — Questions fréquentes",
    "Chapitre 11 — Glossaire",
]) + [
    Spacer(1, 16),
    P("Ce guide a été rédigé par un groupe de travail réunissant des coordinateurs de CLSM, des assistantes sociales de secteur psychiatrique, "
      "des représentants de familles et de personnes concernées, ainsi que deux agents de maisons départementales des personnes handicapées. "
      "Il ne remplace ni les informations officielles ni le conseil personnalisé des professionnels ; les montants et délais indiqués "
      "sont ceux connus au 1er janvier 2026 et peuvent évoluer."),
    PageBreak(),
]

# --------------------------- Chapitre 1 -------------------------------------
story += [
    H1("Chapitre 1 — Pourquoi ce guide ?"),
    P("Dans les conseils locaux de santé mentale de la région, la question de l'accès aux droits revient à chaque séance des cellules de situations complexes. "
      "Une personne sort d'hospitalisation sans ressources ; une autre a perdu son emploi après plusieurs arrêts de travail et ne sait pas qu'elle pourrait "
      "bénéficier d'une reconnaissance de sa situation ; une troisième a déposé un dossier il y a huit mois et n'a jamais reçu de réponse, ou a reçu un refus "
      "qu'elle n'a pas compris. Derrière ces situations, on retrouve presque toujours les mêmes obstacles : un dossier incomplet, un certificat médical trop "
      "succinct, un projet de vie non rédigé, une notification mal lue, un délai de recours dépassé."),
    P("Les personnes vivant avec des troubles psychiques rencontrent des difficultés spécifiques face aux démarches administratives. Les troubles eux-mêmes "
      "peuvent affecter la concentration, l'organisation, la motivation ou la capacité à se projeter. Beaucoup ne se reconnaissent pas comme « handicapées » "
      "et refusent d'entreprendre une démarche qu'elles vivent comme stigmatisante. Enfin, le caractère fluctuant des troubles rend l'évaluation délicate : "
      "une personne rencontrée un bon jour peut sembler autonome, alors que sa vie quotidienne est profondément entravée."),
    P("En 2024, un recensement mené auprès des dix-neuf CLSM de la région ayant répondu a montré que l'accès aux droits MDPH figurait parmi les trois motifs "
      "les plus fréquents de saisine des cellules de situations complexes dans quatorze d'entre eux. C'est ce constat qui a conduit le Réseau régional des CLSM "
      "de Nouvelle-Aquitaine à élaborer ce guide, avec l'appui de l'association Passerelles Psy Aquitaine, qui accompagne chaque année plusieurs centaines "
      "de familles dans leurs démarches."),
    H2("Comment utiliser ce guide"),
    P("Les chapitres 2 à 4 donnent les repères indispensables sur le handicap psychique et les droits existants. Les chapitres 5 à 7 décrivent les démarches "
      "sous forme de procédures numérotées que vous pouvez suivre avec la personne accompagnée. Le chapitre 8 présente des pratiques inspirantes de CLSM. "
      "Le chapitre 9 rassemble les contacts utiles par département. Une foire aux questions et un glossaire complètent l'ensemble : chaque sigle y est "
      "développé, car ce domaine en est particulièrement riche."),
    H1("Chapitre 2 — Le handicap psychique : de quoi parle-t-on ?"),
    P("La loi du 11 février 2005 pour l'égalité des droits et des chances, la participation et la citoyenneté des personnes handicapées a, pour la première fois, "
      "reconnu explicitement l'altération des fonctions psychiques comme pouvant être à l'origine d'une situation de handicap. On parle de <b>handicap psychique</b> "
      "pour désigner les conséquences, dans la vie quotidienne et sociale, de troubles psychiques durables : schizophrénie, troubles bipolaires, troubles "
      "dépressifs sévères et récurrents, troubles anxieux invalidants, troubles graves de la personnalité, troubles obsessionnels compulsifs sévères."),
    P("Le handicap psychique se distingue du <b>handicap mental</b>, qui résulte d'une déficience intellectuelle, généralement présente dès l'enfance. "
      "Dans le handicap psychique, les capacités intellectuelles sont le plus souvent préservées ; ce sont la capacité à les mobiliser, la régulation des émotions, "
      "les relations sociales, l'initiative et l'organisation qui sont affectées. Le handicap psychique est également marqué par sa variabilité dans le temps : "
      "des périodes de stabilité alternent avec des périodes de crise."),
    P("Ce n'est pas le diagnostic qui ouvre des droits, mais le retentissement des troubles sur la vie de la personne : se laver, se nourrir, gérer son budget, "
      "entretenir son logement, se déplacer, travailler, entretenir des relations. C'est pourquoi tout le dossier doit être construit autour de la description "
      "concrète de ces difficultés."),
    H2("Quelques idées reçues à déconstruire"),
] + bullets([
    "<b>« Il faut être reconnu handicapé à vie. »</b> Non : la plupart des droits sont attribués pour une durée déterminée, puis réexaminés. "
    "Une reconnaissance n'enferme pas la personne dans un statut définitif.",
    "<b>« Une demande MDPH, c'est forcément pour ne plus travailler. »</b> Au contraire, de nombreuses démarches visent à préserver ou à retrouver un emploi "
    "(RQTH, emploi accompagné, aménagement de poste).",
    "<b>« Si la personne va mieux aujourd'hui, ce n'est pas la peine. »</b> La stabilité est souvent obtenue grâce à des soins et à des aides qu'il faut "
    "justement maintenir ; l'évaluation doit porter sur la durée.",
    "<b>« Le dossier est trop compliqué, c'est à la MDPH de faire. »</b> La MDPH évalue ce qu'on lui transmet : un accompagnement à la constitution du "
    "dossier change souvent l'issue de la demande.",
]) + [
    H2("Ce que vivent les personnes"),
    P("Lors des rencontres organisées pour préparer ce guide, les personnes concernées ont souvent décrit un parcours fait d'allers-retours : un premier dossier "
      "abandonné, faute d'énergie ; un formulaire rempli « en se forçant à aller bien » et qui a conduit à un refus ; une notification reçue pendant une "
      "hospitalisation et ouverte trop tard pour contester. Plusieurs ont insisté sur l'importance d'être accompagnées par une personne qui ne juge pas et "
      "qui explique les mots de l'administration. D'autres ont rappelé que demander une aide n'est pas renoncer à son autonomie : c'est souvent la condition "
      "pour la conserver."),
    PageBreak(),
]

# --------------------------- Chapitre 3 -------------------------------------
story += [
    H1("Chapitre 3 — La MDPH et ses instances"),
    P("La <b>maison départementale des personnes handicapées (MDPH)</b> est le guichet unique d'accès aux droits et prestations pour les personnes handicapées, "
      "enfants et adultes. Il en existe une dans chaque département, placée sous la tutelle administrative et financière du conseil départemental. "
      "Dans certains départements, la MDPH a fusionné avec les services chargés des personnes âgées pour former une maison départementale de l'autonomie (MDA)."),
    P("Au sein de la MDPH, deux instances jouent un rôle central. L'<b>équipe pluridisciplinaire d'évaluation</b> (EPE) réunit des professionnels de différentes "
      "disciplines (médecin, infirmier, psychologue, travailleur social, ergothérapeute, conseiller en insertion professionnelle) qui évaluent les besoins de "
      "compensation de la personne et élaborent le plan personnalisé de compensation (PPC). Pour les situations de handicap psychique, plusieurs MDPH de la région "
      "ont constitué une équipe ou un référent spécialisé."),
    P("La <b>commission des droits et de l'autonomie des personnes handicapées (CDAPH)</b> prend les décisions, sur la base des propositions de l'équipe "
      "pluridisciplinaire. Elle est composée de représentants du département, de l'État, des organismes de protection sociale, des associations de personnes "
      "handicapées et de leurs familles. La personne peut demander à être entendue par la CDAPH, seule ou accompagnée : c'est un droit trop peu utilisé, "
      "qui peut être décisif lorsque le dossier écrit ne rend pas compte de la situation."),
    H2("La réponse accompagnée pour tous"),
    P("Lorsque les décisions de la CDAPH ne peuvent pas être mises en œuvre faute de place disponible, ou lorsque la situation est particulièrement complexe, "
      "la démarche « réponse accompagnée pour tous » permet d'élaborer un plan d'accompagnement global (PAG), construit avec la personne et l'ensemble des "
      "partenaires, qui s'engagent sur des solutions concrètes, même transitoires. Les CLSM peuvent être associés à ces groupes opérationnels de synthèse."),
    H1("Chapitre 4 — Les droits et prestations mobilisables"),
    H2("4.1 L'allocation aux adultes handicapés (AAH)"),
    P("L'AAH est un revenu minimum versé par la caisse d'allocations familiales ou la mutualité sociale agricole, sur décision de la CDAPH. Elle peut être "
      "attribuée dans deux cas : lorsque le taux d'incapacité est d'au moins 80 % ; ou lorsqu'il est compris entre 50 % et 79 % et que la personne présente une "
      "restriction substantielle et durable pour l'accès à l'emploi (RSDAE), reconnue pour une durée d'un à cinq ans. Pour les troubles psychiques, c'est très "
      "souvent la seconde voie qui est mobilisée."),
    P("Le montant maximal de l'AAH pour une personne sans autres ressources était de 1 016,05 € par mois au 1er avril 2024 ; il a été porté à 1 033,32 € par mois "
      "au 1er avril 2025. Depuis le 1er octobre 2023, les revenus du conjoint ne sont plus pris en compte dans le calcul (déconjugalisation). Depuis 2019, "
      "l'AAH peut être attribuée sans limitation de durée lorsque le taux d'incapacité est d'au moins 80 % et que les limitations d'activité ne sont pas "
      "susceptibles d'évolution favorable."),
    H2("4.2 La reconnaissance de la qualité de travailleur handicapé (RQTH)"),
    P("La RQTH permet d'accéder à des aides à l'insertion et au maintien dans l'emploi : accompagnement par un organisme spécialisé, aménagement de poste, "
      "obligation d'emploi des employeurs de vingt salariés et plus, accès aux concours de la fonction publique par voie contractuelle. Pour une personne vivant "
      "avec des troubles psychiques, la RQTH est souvent la clé d'un maintien dans l'emploi après une période d'arrêt. Elle peut être attribuée à vie depuis 2020 "
      "lorsque le handicap est irréversible. La personne reste libre de ne pas informer son employeur de sa RQTH."),
    H2("4.3 La prestation de compensation du handicap (PCH)"),
    P("La PCH finance des aides humaines, techniques, l'aménagement du logement ou des charges spécifiques. Longtemps difficilement accessible aux personnes "
      "présentant un handicap psychique, elle a été élargie le 1er janvier 2023 : un nouveau besoin de « soutien à l'autonomie » peut désormais être reconnu, "
      "ouvrant droit à une aide humaine pouvant aller jusqu'à trois heures par jour pour accompagner la personne dans l'organisation de sa vie quotidienne, "
      "la gestion de ses rendez-vous ou ses relations sociales."),
    H2("4.4 La carte mobilité inclusion (CMI)"),
    P("La CMI comporte trois mentions possibles : « invalidité » (taux d'au moins 80 %), « priorité » (station debout pénible) et « stationnement ». "
      "La mention invalidité ouvre droit à certains avantages fiscaux et tarifaires. La mention « priorité » peut être utile à des personnes présentant "
      "des troubles anxieux sévères, sous réserve que la pénibilité soit décrite précisément."),
    H2("4.5 Les orientations vers des services et établissements"),
    P("La CDAPH peut orienter la personne vers des services d'accompagnement en milieu ordinaire : le <b>service d'accompagnement à la vie sociale (SAVS)</b>, "
      "qui propose un accompagnement social, et le <b>service d'accompagnement médico-social pour adultes handicapés (SAMSAH)</b>, qui associe une dimension "
      "de soins coordonnés. Pour les troubles psychiques, des SAMSAH spécialisés existent dans la plupart des départements de la région. La CDAPH peut aussi "
      "orienter vers un établissement et service d'accompagnement par le travail (ESAT), un foyer de vie ou un foyer d'accueil médicalisé."),
    P("Il n'est pas nécessaire de passer par la MDPH pour participer à un <b>groupe d'entraide mutuelle (GEM)</b>, association de personnes concernées "
      "soutenue par l'agence régionale de santé : l'accès y est libre. De même, l'emploi accompagné et certaines aides de droit commun ne supposent pas "
      "toutes une décision de la CDAPH."),
    PageBreak(),
]

# --------------------------- Chapitre 5 -------------------------------------
story += [
    H1("Chapitre 5 — Constituer le dossier, étape par étape"),
    P("La procédure ci-dessous est celle que recommandent les professionnels du groupe de travail. Elle suppose un accompagnement de la personne sur "
      "plusieurs rendez-vous : comptez au minimum deux à trois rencontres avant le dépôt pour un premier dossier."),
    H2("Procédure 1 — Préparer et déposer une première demande"),
] + steps([
    "<b>Recueillir l'accord de la personne.</b> Expliquez ce qu'est la MDPH, ce que la demande peut apporter et ce qu'elle implique. La demande est toujours "
    "faite au nom de la personne, ou de son représentant légal si elle bénéficie d'une mesure de protection avec représentation.",
    "<b>Faire le point sur les besoins.</b> Partez de la vie quotidienne plutôt que du diagnostic : une journée type, les difficultés rencontrées, les aides "
    "déjà reçues (famille, aide à domicile, service de soins), les projets. Notez les exemples concrets.",
    "<b>Se procurer le formulaire de demande.</b> Il s'agit du formulaire Cerfa n° 15692*01, disponible sur le site de chaque MDPH, à l'accueil de la MDPH "
    "ou du CCAS. Plusieurs MDPH de la région proposent un téléservice de dépôt en ligne.",
    "<b>Remplir le formulaire avec la personne.</b> Ne cochez que les rubriques nécessaires, mais remplissez soigneusement la partie consacrée à la vie "
    "quotidienne et celle consacrée à l'expression des attentes et des besoins, souvent appelée « projet de vie ». Utilisez les mots de la personne.",
    "<b>Faire établir le certificat médical.</b> Le certificat (Cerfa n° 15695*01) doit dater de moins d'un an au moment du dépôt. Voir le chapitre 6.",
    "<b>Rassembler les pièces justificatives.</b> Copie d'une pièce d'identité, justificatif de domicile, le cas échéant copie du jugement de protection, "
    "comptes rendus d'hospitalisation ou bilans utiles.",
    "<b>Déposer le dossier et conserver une preuve.</b> Déposez contre récépissé ou envoyez en recommandé avec accusé de réception ; gardez une copie "
    "complète du dossier.",
    "<b>Surveiller l'accusé de réception de la MDPH.</b> La MDPH envoie un accusé de réception ou une demande de pièces complémentaires. Si le dossier est "
    "incomplet, le délai d'instruction ne court pas : réagissez vite.",
    "<b>Préparer l'évaluation.</b> La MDPH peut convoquer la personne ou effectuer une visite. Préparez le rendez-vous avec elle et proposez-lui d'être "
    "accompagnée.",
    "<b>Lire la notification avec la personne.</b> Vérifiez chaque décision, sa durée, sa date de fin et les voies de recours indiquées. Notez dans un "
    "agenda partagé la date de fin des droits.",
]) + [
    Spacer(1, 4),
    H2("Procédure 2 — Demander le renouvellement d'un droit"),
] + steps([
    "<b>Repérer l'échéance.</b> Identifiez la date de fin de chaque droit figurant sur la dernière notification.",
    "<b>Anticiper de six mois.</b> Déposez la demande de renouvellement au moins six mois avant l'échéance pour éviter une interruption de droits, "
    "en particulier pour l'AAH.",
    "<b>Actualiser le certificat médical et le projet de vie.</b> Ne recopiez pas l'ancien dossier : décrivez la situation actuelle, y compris les "
    "améliorations éventuelles et leur fragilité.",
    "<b>Signaler tout changement de situation.</b> Nouvelle adresse, hospitalisation, mesure de protection, reprise d'activité.",
    "<b>Suivre la demande jusqu'à la notification</b> comme pour une première demande.",
]) + [
    Spacer(1, 4),
    P("<b>Conseil du groupe de travail :</b> pour une personne qui refuse toute démarche, ne forcez pas. Il est souvent plus efficace de commencer par une "
      "démarche perçue comme moins stigmatisante (par exemple une RQTH pour préserver un emploi) que par une demande d'AAH. La relation de confiance "
      "construite à cette occasion permettra, le cas échéant, d'aller plus loin."),
    H1("Chapitre 6 — Le certificat médical : le point décisif"),
    P("Dans les situations de handicap psychique, la qualité du certificat médical est déterminante. Les médecins de l'équipe pluridisciplinaire ne rencontrent "
      "pas toujours la personne : ils se fondent sur ce qui est écrit. Un certificat qui se limite à un diagnostic et à un traitement ne permet pas d'évaluer "
      "le retentissement fonctionnel des troubles."),
    P("Le certificat peut être rempli par le psychiatre qui suit la personne ou par son médecin traitant. Lorsque c'est le médecin traitant qui le rédige, "
      "il est vivement recommandé de joindre un compte rendu du psychiatre ou du centre médico-psychologique (CMP). Le certificat comporte une rubrique "
      "consacrée aux fonctions mentales, psychiques et cognitives, dans laquelle le médecin peut décrire le retentissement des troubles sur la vie quotidienne."),
    H2("Procédure 3 — Préparer la consultation pour le certificat"),
] + steps([
    "<b>Prendre un rendez-vous dédié</b>, de préférence une consultation spécifique plutôt qu'un renouvellement d'ordonnance.",
    "<b>Préparer une note d'une page</b> avec la personne, décrivant ses difficultés concrètes : hygiène, alimentation, sommeil, gestion du budget, "
    "démarches, déplacements, relations, travail.",
    "<b>Transmettre cette note au médecin</b> avant ou pendant la consultation, avec l'accord de la personne.",
    "<b>Signaler le caractère fluctuant des troubles</b> : le médecin doit décrire la situation sur la durée, et non seulement l'état du jour.",
    "<b>Vérifier le certificat avant le dépôt</b> : toutes les pages sont-elles remplies, datées et signées ?",
]) + [
    Spacer(1, 4),
    H2("Fiche mémo — Vérifications avant le dépôt"),
    table([
        ["Élément", "À vérifier", "Fait"],
        ["Formulaire Cerfa n° 15692*01", "Toutes les pages signées ; rubriques vie quotidienne et attentes remplies", "☐"],
        ["Certificat médical Cerfa n° 15695*01", "Daté de moins d'un an ; rubrique psychique renseignée ; signé", "☐"],
        ["Compte rendu complémentaire", "Joint si le certificat est rédigé par le médecin traitant", "☐"],
        ["Pièce d'identité et justificatif de domicile", "Copies lisibles, en cours de validité", "☐"],
        ["Jugement de protection", "Joint si la personne bénéficie d'une mesure", "☐"],
        ["Copie du dossier complet", "Conservée par la personne (et, avec son accord, par l'accompagnant)", "☐"],
    ], [5.2 * cm, 9.8 * cm, 1.6 * cm], st, ACCENT),
    Spacer(1, 6),
    P("Le groupe de travail a élaboré, avec des psychiatres de secteur, un modèle de compte rendu complémentaire disponible sur le site du Réseau régional. "
      "Dans les territoires où il a été expérimenté, les demandes de pièces complémentaires liées au volet médical ont sensiblement diminué."),
    PageBreak(),
]

# --------------------------- Chapitre 7 -------------------------------------
story += [
    H1("Chapitre 7 — Délais, décisions et recours"),
    H2("7.1 Les délais"),
    P("La MDPH dispose en principe de quatre mois à compter du dépôt d'un dossier complet pour statuer. Le silence gardé pendant ce délai vaut décision "
      "de rejet, ce qui ouvre les voies de recours. Dans les faits, les délais moyens de traitement varient fortement d'un département à l'autre "
      "(voir le tableau du chapitre 9) et selon la nature des demandes. Les demandes d'AAH et d'orientation en établissement sont souvent les plus longues."),
    P("En cas de situation urgente (sortie d'hospitalisation sans ressources, risque de rupture de logement), la MDPH peut être sollicitée pour un "
      "traitement prioritaire. Il faut alors le mentionner explicitement, de préférence dans un courrier d'accompagnement signé d'un professionnel."),
    H2("7.2 Comprendre la notification"),
    P("La notification précise, pour chaque demande, la décision (accord, accord partiel, rejet), sa durée, la date d'effet et, en cas de rejet, ses motifs. "
      "Elle mentionne aussi les voies et délais de recours. Prenez le temps de la lire avec la personne : un « accord » d'orientation en SAMSAH ne signifie pas "
      "qu'une place est disponible, et un taux d'incapacité « compris entre 50 et 79 % » n'ouvre droit à l'AAH que si la RSDAE est également reconnue."),
    H2("7.3 Les recours"),
    P("Toute décision de la CDAPH peut être contestée. Le <b>recours administratif préalable obligatoire (RAPO)</b> est la première étape : il est adressé "
      "à la MDPH dans un délai de deux mois à compter de la notification. Ce n'est qu'après la réponse au RAPO, ou en l'absence de réponse pendant deux mois, "
      "qu'un recours contentieux peut être engagé devant le tribunal compétent, indiqué sur la notification. La personne peut aussi solliciter une "
      "<b>conciliation</b> par une personne qualifiée, ou une <b>médiation</b>, démarches amiables qui suspendent le délai de recours."),
    H2("Procédure 4 — Former un recours administratif préalable obligatoire"),
] + steps([
    "<b>Noter la date de réception de la notification</b> : le délai de deux mois court à partir de cette date.",
    "<b>Identifier précisément la décision contestée</b> (par exemple : refus de l'AAH, durée d'attribution trop courte, taux d'incapacité).",
    "<b>Rédiger un courrier simple et daté</b>, signé par la personne, indiquant qu'elle forme un RAPO, la décision contestée et les raisons du désaccord.",
    "<b>Joindre des éléments nouveaux</b> : certificat médical complémentaire, attestation d'un service de soins, note détaillée sur la vie quotidienne.",
    "<b>Envoyer le recours en recommandé avec accusé de réception</b> à la MDPH et en conserver une copie.",
    "<b>Demander à être entendu</b> : la personne peut demander à être reçue, accompagnée de la personne de son choix.",
    "<b>Surveiller le délai de réponse</b> : sans réponse au bout de deux mois, le recours est implicitement rejeté et le recours contentieux devient possible.",
]) + [
    Spacer(1, 4),
    P("En 2024, selon les données transmises par les MDPH au groupe de travail, environ un recours administratif sur trois concernant des personnes présentant "
      "des troubles psychiques a abouti à une modification, au moins partielle, de la décision initiale. Ce chiffre montre qu'un refus n'est pas une fatalité, "
      "en particulier lorsque le dossier initial était incomplet."),
    H1("Chapitre 8 — Le rôle des CLSM et des partenaires locaux"),
    P("Le CLSM n'instruit pas de dossiers et ne se substitue pas aux services sociaux. Mais il peut agir à trois niveaux : faire connaître les droits, "
      "organiser les coopérations, et faire remonter les difficultés récurrentes. Les exemples ci-dessous sont issus de CLSM de la région."),
    H2("Une permanence d'accès aux droits en quartier prioritaire"),
    P("Le CLSM de Bastide-Lanave (Lot-et-Garonne) a créé en 2023 une permanence mensuelle d'accès aux droits au sein de la maison France services du quartier "
      "des Capucins, animée conjointement par une assistante sociale du secteur psychiatrique et une bénévole de Passerelles Psy Aquitaine. La permanence a "
      "accompagné 118 dossiers en 2024 et 143 dossiers en 2025, dont environ la moitié de premières demandes."),
    H2("Une convention entre une MDPH et un CLSM"),
    P("Le CLSM intercommunal du Pays de Courbiac (Dordogne) a signé en 2024 une convention avec la MDPH départementale, qui prévoit un référent « handicap "
      "psychique » identifié au sein de l'équipe pluridisciplinaire, une réunion trimestrielle d'échanges sur les situations bloquées et une formation annuelle "
      "des agents d'accueil des CCAS du territoire. Le délai de traitement des dossiers signalés par le CLSM a été ramené de sept à quatre mois en moyenne."),
    H2("Des ateliers collectifs pour les familles"),
    P("À Marsac-en-Gironde, le CLSM organise deux fois par an, avec l'association de familles locale, un atelier collectif « remplir son dossier MDPH », "
      "ouvert aux familles et aux personnes concernées. Chaque atelier accueille une quinzaine de participants et associe un agent de la MDPH."),
    H2("Les leviers du coordinateur"),
] + bullets([
    "Inscrire l'accès aux droits à l'ordre du jour de l'assemblée plénière du CLSM au moins une fois par an.",
    "Identifier, dans chaque structure partenaire, une personne ressource formée aux démarches MDPH.",
    "Diffuser ce guide et organiser une demi-journée de présentation avec la MDPH du département.",
    "Recenser les situations de rupture de droits repérées en cellule de situations complexes et les transmettre à la MDPH de manière anonymisée.",
    "Associer les GEM et les représentants des familles à la réflexion.",
]) + [PageBreak()]

# --------------------------- Chapitre 9 -------------------------------------
DEPTS = [
    ["Département", "MDPH (ville)", "Téléphone", "Délai moyen 2025", "Ressource santé mentale"],
    ["Charente (16)", "Angoulême", "05 00 16 10 20", "3,8 mois", "GEM Le Fil d'Ariane, Angoulême"],
    ["Charente-Maritime (17)", "La Rochelle", "05 00 17 22 40", "5,2 mois", "Point Écoute Psy Saintonge"],
    ["Corrèze (19)", "Tulle", "05 00 19 31 12", "4,1 mois", "SAMSAH psychique de Corrèze"],
    ["Creuse (23)", "Guéret", "05 00 23 45 00", "3,2 mois", "GEM L'Escale, Guéret"],
    ["Dordogne (24)", "Périgueux", "05 00 24 60 60", "4,9 mois", "CLSM du Pays de Courbiac"],
    ["Gironde (33)", "Bordeaux", "05 00 33 70 70", "6,4 mois", "Passerelles Psy Aquitaine (siège)"],
    ["Landes (40)", "Mont-de-Marsan", "05 00 40 12 34", "4,4 mois", "Maison des familles des Landes"],
    ["Lot-et-Garonne (47)", "Agen", "05 00 47 50 50", "5,0 mois", "Permanence du CLSM de Bastide-Lanave"],
    ["Pyrénées-Atlantiques (64)", "Pau", "05 00 64 80 00", "4,7 mois", "SAMSAH Béarn Santé psychique"],
    ["Deux-Sèvres (79)", "Niort", "05 00 79 20 20", "3,9 mois", "GEM La Passerelle, Niort"],
    ["Vienne (86)", "Poitiers", "05 00 86 44 44", "5,6 mois", "Point Accueil Familles Vienne"],
    ["Haute-Vienne (87)", "Limoges", "05 00 87 90 90", "4,3 mois", "Réseau Santé mentale Limousin"],
]
story += [
    H1("Chapitre 9 — Contacts et ressources par département"),
    P("Le tableau ci-dessous indique, pour chaque département de la région, la ville où se situe la MDPH, un numéro d'accueil téléphonique, le délai moyen "
      "de traitement des demandes constaté en 2025 (toutes demandes adultes confondues) et une ressource locale identifiée par le groupe de travail. "
      "Les délais sont ceux communiqués par les MDPH ; ils sont donnés à titre indicatif."),
    table(DEPTS, [3.6 * cm, 2.6 * cm, 2.8 * cm, 2.4 * cm, 5.2 * cm], st, ACCENT),
    Spacer(1, 8),
    P("Chaque MDPH dispose d'une adresse électronique de contact sur le modèle accueil@mdph-[numéro du département].example, ainsi que d'un site internet. "
      "Le délai moyen régional, pondéré par le nombre de demandes, s'établissait à 4,9 mois en 2025, contre 5,3 mois en 2024."),
    H2("Ressources régionales"),
] + bullets([
    "Réseau régional des CLSM de Nouvelle-Aquitaine : contact@clsm-nouvelle-aquitaine.example — annuaire des CLSM et de leurs coordinateurs.",
    "Passerelles Psy Aquitaine : permanence téléphonique d'information des familles, du lundi au jeudi de 14 h à 17 h, 05 00 33 00 33.",
    "Numéro national de prévention du suicide : 31 14, gratuit, 24 h/24.",
    "Services d'information juridique : points-justice et maisons de justice et du droit de chaque département.",
]) + [PageBreak()]

# --------------------------- Chapitre 10 : FAQ ------------------------------
story += [H1("Chapitre 10 — Questions fréquentes")]
for q, a in [
    ("Une personne hospitalisée en psychiatrie peut-elle déposer une demande pendant son hospitalisation ?",
     "Oui. C'est même souvent le bon moment, car l'équipe soignante peut rédiger un certificat détaillé et l'assistante sociale du service peut accompagner "
     "la démarche. Il faut toutefois veiller à ce que la personne soit associée et consentante, et anticiper la sortie."),
    ("La personne refuse que son employeur sache qu'elle a une RQTH. Est-ce possible ?",
     "Oui. La RQTH est une décision personnelle : la personne choisit de la faire valoir ou non auprès de son employeur. Elle ne peut toutefois bénéficier "
     "des aménagements liés à la RQTH que si elle la communique."),
    ("Faut-il un diagnostic précis pour déposer un dossier ?",
     "Non. Ce qui compte est la description du retentissement des troubles dans la vie quotidienne. Un diagnostic en cours d'élaboration n'empêche pas "
     "la demande, mais le certificat doit décrire précisément les limitations observées et leur durée prévisible."),
    ("Combien de temps un certificat médical reste-t-il valable ?",
     "Le certificat médical doit dater de moins d'un an au moment du dépôt du dossier. Au-delà, la MDPH demandera un nouveau certificat, ce qui retardera "
     "l'instruction."),
    ("La personne est sous curatelle : qui signe la demande ?",
     "En curatelle, la personne signe elle-même la demande, avec l'assistance de son curateur. En tutelle ou en habilitation familiale avec représentation, "
     "c'est le représentant qui signe. En cas de doute, consultez le jugement."),
    ("Peut-on toucher l'AAH et travailler ?",
     "Oui, l'AAH est cumulable, dans certaines limites, avec des revenus d'activité, y compris en ESAT. Le montant de l'AAH est alors réduit selon des règles "
     "de calcul qu'il est préférable de faire vérifier par la caisse d'allocations familiales."),
    ("Que faire si le dossier est bloqué depuis plus de quatre mois ?",
     "Le silence de la MDPH au-delà de quatre mois vaut rejet et permet un recours. En pratique, commencez par contacter la MDPH pour vérifier que le dossier "
     "est complet ; si la situation est urgente, demandez un traitement prioritaire ; si cela ne suffit pas, le CLSM peut relayer la situation auprès de son "
     "interlocuteur à la MDPH lorsqu'une convention existe."),
    ("Les GEM sont-ils réservés aux personnes reconnues handicapées par la MDPH ?",
     "Non. L'adhésion à un groupe d'entraide mutuelle est libre et ne nécessite aucune décision de la MDPH."),
    ("Qui peut aider une personne à rédiger son projet de vie ?",
     "Toute personne de confiance : un travailleur social, un proche, un bénévole associatif, un pair. L'essentiel est que le texte reflète les mots et "
     "les souhaits de la personne elle-même."),
]:
    story += faq(q, a)
story += [PageBreak()]

# --------------------------- Chapitre 11 : Glossaire ------------------------
story += [H1("Chapitre 11 — Glossaire")]
GLOSS = [
    ["Terme", "Définition"],
    ["AAH", "Allocation aux adultes handicapés : revenu minimum versé par la CAF ou la MSA sur décision de la CDAPH."],
    ["CDAPH", "Commission des droits et de l'autonomie des personnes handicapées : instance de la MDPH qui prend les décisions d'attribution des droits et d'orientation."],
    ["CLSM", "Conseil local de santé mentale : espace de concertation et de coordination entre élus, psychiatrie, usagers, aidants et acteurs locaux."],
    ["CMI", "Carte mobilité inclusion, avec les mentions invalidité, priorité ou stationnement."],
    ["CMP", "Centre médico-psychologique : lieu de consultation et de soins ambulatoires du secteur psychiatrique."],
    ["EPE", "Équipe pluridisciplinaire d'évaluation de la MDPH."],
    ["ESAT", "Établissement et service d'accompagnement par le travail, qui permet une activité professionnelle en milieu protégé."],
    ["GEM", "Groupe d'entraide mutuelle : association de personnes concernées par des troubles psychiques, en accès libre."],
    ["MDPH", "Maison départementale des personnes handicapées : guichet unique d'accès aux droits des personnes handicapées."],
    ["PAG", "Plan d'accompagnement global, élaboré dans le cadre de la réponse accompagnée pour tous."],
    ["PCH", "Prestation de compensation du handicap : finance des aides humaines, techniques, d'aménagement du logement ou des charges spécifiques."],
    ["PPC", "Plan personnalisé de compensation, proposé par l'équipe pluridisciplinaire."],
    ["RAPO", "Recours administratif préalable obligatoire : première étape, obligatoire, de contestation d'une décision de la CDAPH, à former dans les deux mois."],
    ["RQTH", "Reconnaissance de la qualité de travailleur handicapé."],
    ["RSDAE", "Restriction substantielle et durable pour l'accès à l'emploi : condition d'attribution de l'AAH lorsque le taux d'incapacité est compris entre 50 et 79 %."],
    ["SAMSAH", "Service d'accompagnement médico-social pour adultes handicapés : accompagnement en milieu ordinaire incluant une coordination des soins."],
    ["SAVS", "Service d'accompagnement à la vie sociale : accompagnement social en milieu ordinaire, sans dimension de soins."],
]
story += [table(GLOSS, [2.6 * cm, 14.0 * cm], st, ACCENT), Spacer(1, 12),
          Paragraph("Guide publié le 10 février 2026 par le Réseau régional des CLSM de Nouvelle-Aquitaine, avec l'association Passerelles Psy Aquitaine. "
                    "Rédaction : groupe de travail régional « accès aux droits » coordonné par Gaëlle Darrieux, chargée de mission du Réseau régional. "
                    "Téléchargement : https://www.clsm-nouvelle-aquitaine.example/guides/acces-droits-mdph.pdf", st["small"])]


def main():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm,
                            title="Guide pratique - Troubles psychiques et accès aux droits (MDPH)",
                            author="Réseau régional des CLSM de Nouvelle-Aquitaine")
    foot = footer_factory("Guide pratique « Troubles psychiques et accès aux droits » — Réseau régional des CLSM de Nouvelle-Aquitaine — février 2026")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    print("written", OUT)


if __name__ == "__main__":
    main()
