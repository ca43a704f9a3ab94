# -*- coding: utf-8 -*-
"""Génère les actes PDF de la journée régionale périnatalité et santé mentale (Dolvanne, 12 juin 2025)."""
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
# Contenu des actes
# ---------------------------------------------------------------------------
import os
from reportlab.platypus import SimpleDocTemplate, PageBreak, KeepTogether

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus",
                   "2025-09-15_plateforme-clsm-bfc_actes-journee-perinatalite.pdf")
ACCENT = colors.HexColor("#7a2e5c")
BG = colors.HexColor("#f7eef3")
st = styles(ACCENT)


def P(t):
    return Paragraph(t, st["body"])


def Q(t, who):
    return Paragraph("« %s » <font name='DejaVu'>— %s</font>" % (t, who), st["quote"])


def H1(t):
    return Paragraph(t, st["h1"])


def H2(t):
    return Paragraph(t, st["h2"])


story = []

# ----------------------------- Page 1 --------------------------------------
story += [
    Paragraph("Actes de la journée régionale", st["subtitle"]),
    Paragraph("« Naître et grandir en bonne santé mentale : périnatalité, parcours et conseils locaux de santé mentale »", st["title"]),
    Paragraph("Jeudi 12 juin 2025 — Palais des congrès de Dolvanne (Jura)<br/>"
              "Organisée par la Plateforme régionale des CLSM de Bourgogne-Franche-Comté et le Réseau périnatal comtois, "
              "avec le soutien de l'Agence régionale de santé et de la Communauté d'agglomération du Grand Dolvanne.", st["subtitle"]),
    H2("Programme de la journée"),
    table([
        ["Horaire", "Séquence", "Intervenants"],
        ["8 h 45", "Accueil des participants", "—"],
        ["9 h 15", "Ouverture", "Sylvie Marchetti, vice-présidente du Grand Dolvanne chargée de la santé ; Dr Antoine Reverchon, délégué départemental du Jura, ARS Bourgogne-Franche-Comté"],
        ["9 h 45", "Conférence introductive : « Les mille premiers jours, un enjeu de santé mentale pour les parents »", "Pr Claire Lemonnier, pédopsychiatre, responsable de l'unité de psychiatrie périnatale du centre hospitalier régional de Dolvanne"],
        ["10 h 30", "Table ronde 1 : Repérer tôt, de l'entretien prénatal à l'entretien postnatal", "Anne-Laure Perrin, sage-femme coordinatrice de PMI ; Dr Youssef Benali, médecin généraliste, CPTS du Val de Loue ; Camille Girardot, association Après Bébé Comté"],
        ["12 h 15", "Déjeuner et forum des partenaires", "—"],
        ["13 h 30", "Table ronde 2 : Coordonner les parcours entre maternité, PMI, psychiatrie et ville", "Dr Hélène Vuillemin, cheffe de service de l'unité mère-bébé de Lure-les-Forges ; Patrice Bourgeois, cadre de santé de la maternité de Dolvanne ; Inès Haddad, coordinatrice du CLSM du Grand Dolvanne"],
        ["15 h 00", "Table ronde 3 : Les pères, les familles et les quartiers prioritaires", "Julien Moreau-Tissot, sociologue ; Samira Kaci, adulte-relais au quartier des Époisses ; Thierry Gauthier, directeur du centre social des Tilleuls (Chaumergy-sur-Loue)"],
        ["16 h 15", "Regard du grand témoin et clôture", "Françoise Jacquot, puéricultrice honoraire, grand témoin ; Léa Bouvier, chargée de mission de la Plateforme régionale des CLSM"],
    ], [2.0 * cm, 6.6 * cm, 8.0 * cm], st, ACCENT),
    Spacer(1, 8),
    Paragraph("La journée a réuni 186 participants : professionnels de PMI, sages-femmes libérales et hospitalières, "
              "équipes de psychiatrie adulte et infanto-juvénile, coordinateurs de CLSM et de contrats locaux de santé, "
              "travailleurs sociaux, élus et représentants d'associations de parents. Les présents actes ont été rédigés "
              "par l'équipe de la Plateforme régionale à partir des enregistrements et des notes des rapporteurs ; "
              "ils ont été relus par les intervenants.", st["small"]),
    PageBreak(),
]

# ----------------------------- Ouverture ------------------------------------
story += [
    H1("Ouverture de la journée"),
    P("Sylvie Marchetti, vice-présidente de la Communauté d'agglomération du Grand Dolvanne chargée de la santé, a ouvert la journée "
      "en rappelant que le territoire avait enregistré 2 310 naissances en 2024, contre 2 455 en 2021, une baisse comparable à la tendance nationale. "
      "« Moins de naissances ne veut pas dire moins de besoins », a-t-elle souligné, en évoquant l'isolement croissant des jeunes parents, "
      "l'éloignement des familles et la fragilité de l'offre de soins en psychiatrie périnatale dans les zones rurales du département. "
      "Elle a rappelé que le Grand Dolvanne s'était doté d'un conseil local de santé mentale (CLSM) dès 2018 et que ce CLSM avait fait "
      "de la périnatalité l'un de ses trois axes prioritaires lors du renouvellement de son programme de travail en 2023."),
    Q("Nous avons longtemps pensé la santé mentale à partir de l'adolescence. Cette journée dit autre chose : tout commence bien avant, "
      "parfois avant même la naissance, et les élus locaux ont leur part à prendre.", "Sylvie Marchetti"),
    P("Le Dr Antoine Reverchon, délégué départemental du Jura de l'Agence régionale de santé (ARS) Bourgogne-Franche-Comté, a replacé la journée "
      "dans le cadre de la politique nationale des « 1000 premiers jours » et de la feuille de route régionale en santé mentale. "
      "Il a indiqué que l'ARS financerait en 2025 la création de deux postes de psychologues périnataux dans les centres de PMI du département "
      "et qu'un appel à projets régional « santé mentale périnatale et territoires » serait lancé à l'automne, ouvert notamment aux CLSM "
      "et aux communautés professionnelles territoriales de santé (CPTS). Il a insisté sur la nécessité d'articuler ces nouveaux moyens avec "
      "les projets territoriaux de santé mentale (PTSM) des quatre territoires de la région concernés par la journée."),
    H1("Conférence introductive : les mille premiers jours, un enjeu de santé mentale pour les parents"),
    P("Pour la Pr Claire Lemonnier, pédopsychiatre et responsable de l'unité de psychiatrie périnatale du centre hospitalier régional de Dolvanne, "
      "la période qui va du début de la grossesse aux deux ans de l'enfant est « une fenêtre de vulnérabilité, mais aussi une fenêtre d'opportunité ». "
      "Vulnérabilité, parce que les troubles psychiques y sont fréquents et souvent méconnus : selon l'Enquête nationale périnatale de 2021, "
      "16,7 % des femmes présentaient des symptômes évocateurs d'une dépression deux mois après l'accouchement. "
      "Elle a rappelé que, d'après la dernière Enquête nationale confidentielle sur les morts maternelles, le suicide constitue "
      "la première cause de décès maternel lorsqu'on considère la période allant de la grossesse à un an après la naissance."),
    P("Opportunité, parce que jamais les parents ne rencontrent autant de professionnels que pendant cette période : sages-femmes, gynécologues, "
      "médecins généralistes, puéricultrices de PMI, pédiatres, équipes de maternité. « Le problème n'est pas le manque de contacts, c'est le manque "
      "de liens entre ces contacts », a-t-elle résumé. La conférencière a distingué le baby blues, très fréquent et transitoire, qui touche plus "
      "d'une mère sur deux dans les jours qui suivent la naissance, de la dépression du post-partum, qui s'installe dans la durée, et de la psychose "
      "puerpérale, rare mais constituant une urgence psychiatrique."),
    P("Elle a également insisté sur les troubles anxieux, les troubles du stress post-traumatique consécutifs à un accouchement vécu comme violent, "
      "et sur la situation des femmes présentant un trouble psychique connu avant la grossesse, notamment un trouble bipolaire, pour lesquelles "
      "une consultation préconceptionnelle ou un suivi dès le premier trimestre devrait être systématiquement proposé. Enfin, elle a rappelé que "
      "la santé mentale du bébé, encore largement absente des politiques locales, se construit dans les interactions précoces : "
      "« un bébé ne peut pas aller bien tout seul ; il va bien avec quelqu'un »."),
    Q("Le repérage ne sert à rien s'il n'y a pas, derrière, une porte qui s'ouvre dans des délais compatibles avec le temps du bébé. "
      "Trois mois d'attente pour un premier rendez-vous, c'est un trimestre entier de la vie d'un nourrisson.", "Pr Claire Lemonnier"),
    PageBreak(),
]

# ----------------------------- Table ronde 1 --------------------------------
story += [
    H1("Table ronde 1 — Repérer tôt : de l'entretien prénatal à l'entretien postnatal"),
    P("<b>Intervenants :</b> Anne-Laure Perrin, sage-femme coordinatrice de la protection maternelle et infantile (PMI) au Conseil départemental du Jura ; "
      "Dr Youssef Benali, médecin généraliste à Chaumergy-sur-Loue et président de la CPTS du Val de Loue ; Camille Girardot, mère de deux enfants, "
      "bénévole de l'association Après Bébé Comté. <b>Animation :</b> Léa Bouvier, Plateforme régionale des CLSM."),
    H2("L'entretien prénatal précoce, une porte d'entrée encore trop peu utilisée"),
    P("Anne-Laure Perrin a présenté l'entretien prénatal précoce (EPP), obligatoire depuis mai 2020 dans le sens où il doit être systématiquement proposé "
      "à toutes les femmes enceintes, idéalement dès le premier trimestre. Réalisé par une sage-femme ou un médecin, il ne s'agit pas d'un examen "
      "médical mais d'un temps d'échange sur le projet de naissance, les conditions de vie, le soutien dont dispose la future mère et ses éventuelles "
      "difficultés psychologiques. Pour la sage-femme, c'est « le seul moment du parcours où l'on prend explicitement le temps de parler d'autre chose "
      "que du corps »."),
    P("Les chiffres présentés montrent une progression réelle mais inégale selon les territoires. Le tableau ci-dessous, issu des données du Réseau "
      "périnatal comtois, compare la part de femmes ayant bénéficié d'un EPP parmi celles qui ont accouché dans l'année."),
    table([
        ["Territoire", "2022", "2023", "2024"],
        ["Grand Dolvanne (ensemble)", "41 %", "47 %", "55 %"],
        ["dont quartiers prioritaires du Grand Dolvanne", "22 %", "26 %", "31 %"],
        ["Pays de Lure-les-Forges", "33 %", "36 %", "42 %"],
        ["Val de Loue", "29 %", "35 %", "39 %"],
    ], [8.4 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm], st, ACCENT),
    Spacer(1, 6),
    P("L'écart entre les quartiers prioritaires de la politique de la ville (QPV) et le reste de l'agglomération a particulièrement retenu l'attention de la salle. "
      "Selon Anne-Laure Perrin, il s'explique par l'entrée tardive dans le suivi de grossesse, la barrière de la langue, la méconnaissance de l'entretien "
      "et, parfois, la crainte que ce temps d'échange ne débouche sur un signalement aux services de protection de l'enfance. Depuis 2024, la PMI du Jura "
      "propose l'EPP directement dans les locaux du centre social des Époisses, une demi-journée par semaine, avec un interprète professionnel sur rendez-vous."),
    Q("Quand une femme nous dit qu'elle a peur qu'on lui enlève son enfant si elle parle de sa tristesse, on mesure le chemin qu'il reste à faire "
      "pour que la PMI soit vue comme un lieu de soutien et non comme un lieu de contrôle.", "Anne-Laure Perrin"),
    H2("L'entretien postnatal précoce et le rôle du médecin généraliste"),
    P("Le Dr Youssef Benali a présenté l'entretien postnatal précoce (EPNP), obligatoire depuis le 1er juillet 2022 et réalisé entre la quatrième et la huitième "
      "semaine après l'accouchement, avec un second entretien possible entre la dixième et la quatorzième semaine pour les femmes présentant des facteurs de risque. "
      "Il a reconnu que les médecins généralistes s'en étaient encore peu saisis : sur le territoire de la CPTS du Val de Loue, qui compte vingt-trois médecins "
      "généralistes, seuls sept déclaraient réaliser régulièrement cet entretien au début de l'année 2025."),
    P("La CPTS a donc organisé deux soirées de formation, en mars et en mai 2025, à l'utilisation de l'échelle de dépression postnatale d'Édimbourg (EPDS), "
      "un auto-questionnaire de dix items validé en français, qui permet de repérer les symptômes dépressifs de façon simple. Le Dr Benali a insisté sur "
      "le fait que l'EPDS est un outil de repérage et non de diagnostic, et qu'un score élevé doit conduire à un entretien approfondi puis, si nécessaire, "
      "à une orientation. « L'outil ne remplace pas la question : comment allez-vous, vous, depuis que le bébé est là ? »"),
    P("Il a aussi évoqué la difficulté, pour un médecin de ville, de savoir vers qui orienter : le centre médico-psychologique (CMP) adulte du secteur "
      "affiche un délai de onze semaines pour un premier rendez-vous non urgent, et l'unité de psychiatrie périnatale du centre hospitalier régional est "
      "éloignée de plus de quarante minutes pour une partie des patientes. C'est pourquoi la CPTS a proposé au CLSM de co-construire un annuaire "
      "des ressources périnatales, diffusé en septembre 2025."),
    H2("La parole d'une mère"),
    P("Camille Girardot a livré un témoignage qui a profondément marqué l'assemblée. Après la naissance de son premier enfant, en 2019, elle a traversé "
      "une dépression du post-partum qui n'a été identifiée qu'au septième mois. « J'allais à tous les rendez-vous, le bébé était pesé, vacciné, tout allait bien. "
      "Personne ne me demandait comment j'allais, et je n'aurais de toute façon pas su répondre. » Elle a décrit la honte, le sentiment d'être une mauvaise mère "
      "et la peur d'en parler. Pour son second enfant, en 2023, un suivi coordonné entre sa sage-femme libérale, la PMI et une psychologue a été mis en place "
      "dès la grossesse. Aujourd'hui bénévole, elle anime chaque mois un groupe de parole pour mères dans une salle prêtée par la mairie de Dolvanne."),
    Q("Ce qui m'a sauvée la deuxième fois, ce n'est pas un médicament ni une hospitalisation. C'est que quelqu'un m'a posé la question au bon moment, "
      "et que cette personne savait à qui passer le relais.", "Camille Girardot"),
    H2("Échanges avec la salle"),
    P("Une puéricultrice de PMI a souligné que les visites à domicile après la naissance constituent un moment privilégié de repérage, mais qu'elles ont été "
      "réduites faute de personnel. Une coordinatrice de contrat local de santé a demandé si l'EPP pouvait être réalisé en téléconsultation : Anne-Laure Perrin "
      "a répondu que c'était possible mais déconseillé pour un premier contact, sauf situation d'isolement géographique extrême. Plusieurs participants ont enfin "
      "plaidé pour que les pères ou co-parents soient systématiquement invités à l'EPP, ce qui a fait la transition avec la troisième table ronde."),
] + box("Ce qu'il faut retenir — Table ronde 1", [
    "L'EPP progresse sur tous les territoires, mais reste nettement moins réalisé dans les quartiers prioritaires (31 % en 2024 contre 55 % sur l'ensemble du Grand Dolvanne).",
    "L'EPNP, obligatoire depuis juillet 2022, est encore peu réalisé par les médecins généralistes ; la formation à l'EPDS est un levier simple.",
    "Aller vers : la PMI réalise désormais l'EPP au centre social des Époisses, avec interprète sur rendez-vous.",
    "Le repérage n'a de sens que si les professionnels savent vers qui orienter : d'où l'annuaire périnatal co-construit par la CPTS et le CLSM.",
    "La parole des mères concernées doit être intégrée aux formations et aux instances de concertation.",
], st, ACCENT, BG) + [PageBreak()]

# ----------------------------- Table ronde 2 --------------------------------
story += [
    H1("Table ronde 2 — Coordonner les parcours entre maternité, PMI, psychiatrie et ville"),
    P("<b>Intervenants :</b> Dr Hélène Vuillemin, psychiatre, cheffe de service de l'unité mère-bébé du centre hospitalier de Lure-les-Forges ; "
      "Patrice Bourgeois, cadre de santé de la maternité du centre hospitalier régional de Dolvanne ; Inès Haddad, coordinatrice du CLSM du Grand Dolvanne. "
      "<b>Animation :</b> Dr Marion Terrier, présidente du Réseau périnatal comtois."),
    H2("L'unité mère-bébé : soigner la mère sans séparer la dyade"),
    P("Le Dr Hélène Vuillemin a présenté l'unité mère-bébé (UMB) de Lure-les-Forges, ouverte en 2019, seule unité d'hospitalisation conjointe de ce type "
      "dans le nord de la région. Elle dispose de huit lits d'hospitalisation à temps plein et de six places d'hôpital de jour, et accueille des mères "
      "présentant des troubles psychiques sévères avec leur bébé de moins de douze mois. L'équipe associe psychiatres, pédopsychiatre, infirmières, "
      "puéricultrices, psychomotricienne et assistante sociale."),
    P("En 2024, l'UMB a accueilli 96 dyades mère-bébé en hospitalisation complète, contre 81 en 2023 et 74 en 2022, pour une durée moyenne de séjour "
      "de cinq semaines. L'hôpital de jour a suivi 58 dyades en 2024. Le délai d'admission pour une hospitalisation programmée est d'environ trois semaines, "
      "ce que le Dr Vuillemin juge « trop long pour des situations qui se dégradent vite ». Environ un quart des mères accueillies résident dans un quartier "
      "prioritaire, et près d'une sur cinq est suivie par l'aide sociale à l'enfance au moment de l'admission."),
    Q("Séparer une mère de son bébé pour la soigner, c'est parfois ajouter un traumatisme à la maladie. L'hospitalisation conjointe permet de soigner "
      "la mère, le bébé et le lien entre les deux.", "Dr Hélène Vuillemin"),
    P("La psychiatre a insisté sur la préparation de la sortie, moment critique où les relais doivent être en place : PMI, CMP, médecin traitant, "
      "techniciennes de l'intervention sociale et familiale (TISF) pour l'aide à domicile. Elle a regretté que les CLSM soient encore rarement "
      "identifiés par les équipes hospitalières comme des partenaires possibles pour organiser ce retour dans la ville."),
    H2("La maternité, lieu de repérage et de coordination"),
    P("Patrice Bourgeois a décrit le staff médico-psycho-social de la maternité de Dolvanne, qui réunit chaque mois sages-femmes, obstétriciens, pédiatres, "
      "psychologue de maternité, assistante sociale, PMI et, depuis 2023, un infirmier du secteur de psychiatrie adulte. Ce staff examine les situations "
      "de vulnérabilité repérées pendant la grossesse ou en suites de couches. En 2024, 134 situations y ont été présentées, dont 61 pour un motif "
      "principalement psychique, contre 112 situations en 2023."),
    P("Le cadre de santé a présenté un outil récemment mis en place : la fiche de liaison périnatale, transmise avec l'accord de la patiente à la PMI "
      "et au médecin traitant à la sortie de la maternité. Elle résume les éléments utiles au suivi (vulnérabilités repérées, professionnels déjà impliqués, "
      "rendez-vous programmés) sans reprendre le détail du dossier médical. Il a souligné les progrès obtenus sur les sorties du vendredi, longtemps "
      "« le trou noir de la semaine », grâce à un accord avec la PMI permettant une prise de contact dès le lundi suivant."),
    H2("Le CLSM, un espace pour faire se rencontrer les acteurs"),
    P("Inès Haddad, coordinatrice du CLSM du Grand Dolvanne, a présenté le groupe de travail « santé mentale et périnatalité », créé en 2023. "
      "Il réunit une vingtaine de structures : maternité, UMB, PMI, CMP adulte et infanto-juvénile, CPTS, centres sociaux, caisse d'allocations familiales, "
      "associations de parents et service logement de la ville. Le CLSM n'a pas vocation à prendre en charge des situations, a-t-elle rappelé, mais à faire "
      "en sorte que les acteurs se connaissent, partagent un diagnostic et construisent des outils communs."),
    P("Trois réalisations ont été présentées : l'annuaire des ressources périnatales, co-construit avec la CPTS et diffusé à 1 200 exemplaires ; "
      "une formation commune « repérer et orienter en périnatalité », suivie par 74 professionnels en 2024 ; et la mise en place d'une cellule de concertation "
      "pour les situations complexes, réunie à la demande, qui a examiné 17 situations depuis sa création en septembre 2024. Inès Haddad a également évoqué "
      "le travail engagé avec le bailleur social Jura Habitat pour faciliter les mutations de logement des familles dont la situation de surpeuplement aggrave "
      "les difficultés psychiques d'un parent."),
    Q("Le CLSM, c'est l'endroit où la sage-femme de PMI découvre que le bailleur a un conseiller social, et où le psychiatre découvre que le centre social "
      "fait des ateliers parents-bébés tous les mardis.", "Inès Haddad"),
    H2("Échanges avec la salle"),
    P("Plusieurs participants ont interrogé la question du partage d'informations. Le Dr Vuillemin a rappelé le cadre du secret partagé entre professionnels "
      "participant à la prise en charge, avec l'information et l'accord de la personne, et a mis en garde contre les circuits informels. Une assistante sociale "
      "de secteur a souligné la difficulté d'obtenir des places de TISF dans des délais utiles : la caisse d'allocations familiales a indiqué que de nouveaux "
      "crédits seraient fléchés vers l'aide à domicile après une naissance à partir de 2026."),
] + box("Ce qu'il faut retenir — Table ronde 2", [
    "L'UMB de Lure-les-Forges (8 lits, 6 places de jour) a accueilli 96 dyades en hospitalisation complète en 2024, avec un délai d'admission d'environ trois semaines.",
    "Le staff médico-psycho-social de la maternité de Dolvanne a examiné 134 situations en 2024 ; la fiche de liaison périnatale assure le relais vers la PMI et le médecin traitant.",
    "Le CLSM du Grand Dolvanne ne prend pas en charge de situations : il outille et met en relation (annuaire, formation commune, cellule de concertation).",
    "La sortie d'hospitalisation et la sortie de maternité du vendredi sont les deux moments les plus fragiles du parcours.",
], st, ACCENT, BG) + [PageBreak()]

# ----------------------------- Table ronde 3 --------------------------------
story += [
    H1("Table ronde 3 — Les pères, les familles et les quartiers prioritaires"),
    P("<b>Intervenants :</b> Julien Moreau-Tissot, sociologue, maître de conférences à l'université de Franche-Comté ; Samira Kaci, adulte-relais au quartier "
      "des Époisses à Dolvanne ; Thierry Gauthier, directeur du centre social des Tilleuls à Chaumergy-sur-Loue. <b>Animation :</b> Inès Haddad, CLSM du Grand Dolvanne."),
    H2("Les pères, grands oubliés de la périnatalité ?"),
    P("Julien Moreau-Tissot a présenté les premiers résultats d'une enquête qualitative menée en 2024 auprès de trente-deux pères d'enfants de moins de deux ans, "
      "dont douze résidant en quartier prioritaire. Il rappelle que la littérature internationale estime qu'environ 8 à 10 % des pères présentent des "
      "symptômes dépressifs pendant la période périnatale, souvent exprimés de manière atypique : irritabilité, surinvestissement du travail, consommation "
      "d'alcool, retrait. Ces troubles sont rarement repérés, car les pères sont peu présents dans les consultations et peu interrogés lorsqu'ils le sont."),
    P("L'enquête met en évidence le sentiment, chez de nombreux pères, d'être « à côté » : présents physiquement mais non interpellés par les professionnels. "
      "L'allongement du congé de paternité et d'accueil de l'enfant à vingt-cinq jours en 2021 a été unanimement salué, mais les pères en emploi précaire "
      "ou en intérim déclarent souvent ne pas l'avoir pris entièrement, par crainte pour leur emploi."),
    Q("Les pères ne sont pas absents ; ils sont souvent là, dans la salle d'attente, avec le sac à langer. C'est nous qui ne les voyons pas.",
      "Julien Moreau-Tissot"),
    H2("Aller vers les familles dans les quartiers"),
    P("Samira Kaci, adulte-relais au quartier des Époisses depuis 2017, a décrit le « café des parents » qu'elle anime chaque jeudi matin au centre social, "
      "avec l'appui d'une puéricultrice de PMI une semaine sur deux. En 2024, 47 séances ont eu lieu, réunissant 212 parents différents, dont une trentaine de pères. "
      "Elle a insisté sur le rôle de médiation linguistique et culturelle qu'elle joue auprès des mères arrivées récemment en France, souvent isolées, sans famille "
      "à proximité, et pour lesquelles la dépression du post-partum est parfois un concept inconnu ou tabou."),
    P("Elle a également évoqué les conditions de vie qui pèsent sur la santé mentale des parents : logements suroccupés, bruit, humidité, difficultés financières, "
      "démarches administratives complexes. « Quand une maman me dit qu'elle ne dort plus, ce n'est pas toujours le bébé. C'est parfois le courrier de la CAF "
      "qu'elle ne comprend pas, ou le voisin du dessus. » Depuis 2024, elle oriente directement vers la sage-femme de PMI présente au centre social, ce qui a "
      "permis, selon elle, de raccourcir considérablement le délai entre le premier signe d'alerte et la première rencontre avec un professionnel."),
    Q("Mon rôle, c'est d'être la personne à qui on ose dire les choses avant de les dire à un professionnel.", "Samira Kaci"),
    H2("Un groupe de pères en milieu rural"),
    P("Thierry Gauthier, directeur du centre social des Tilleuls à Chaumergy-sur-Loue, commune rurale de 4 800 habitants, a présenté le « groupe papas » "
      "créé en 2023. Il se réunit un samedi matin par mois autour d'activités concrètes (atelier portage, bricolage de jouets, sortie nature) qui servent "
      "de support à la parole. Dix-huit pères y ont participé au moins une fois en 2024, et un noyau d'une dizaine de pères vient régulièrement. "
      "Un psychologue de la PMI y intervient trois fois par an."),
    P("Le directeur a souligné que le groupe ne se présente jamais comme un groupe de santé mentale : « si on l'avait appelé groupe de soutien psychologique, "
      "personne ne serait venu ». Le centre social a obtenu en 2025 un financement de la caisse d'allocations familiales dans le cadre du soutien à la parentalité, "
      "pour un montant de 6 500 euros, qui permet de rémunérer l'animateur et de financer les sorties."),
    H2("Échanges avec la salle"),
    P("La salle a débattu de la meilleure manière d'associer les pères sans stigmatiser les mères ni transformer chaque rencontre en dépistage. "
      "Un coordinateur de CLSM du Doubs a proposé que les futurs pères soient systématiquement invités à l'EPP par un courrier nominatif, pratique testée "
      "dans son territoire. La question des familles monoparentales, très nombreuses dans les quartiers prioritaires, a également été soulevée : "
      "pour Samira Kaci, « le soutien doit aller à la personne qui élève l'enfant, quelle qu'elle soit »."),
] + box("Ce qu'il faut retenir — Table ronde 3", [
    "Environ 8 à 10 % des pères présentent des symptômes dépressifs en période périnatale, souvent sous des formes atypiques et peu repérées.",
    "Les adultes-relais jouent un rôle de premier lien, notamment auprès des mères nouvellement arrivées en France.",
    "Le café des parents des Époisses a réuni 212 parents différents sur 47 séances en 2024.",
    "Les actions qui fonctionnent auprès des pères ne s'affichent pas comme des actions de santé mentale : elles partent d'activités concrètes.",
], st, ACCENT, BG) + [PageBreak()]

# ----------------------------- Ateliers -------------------------------------
story += [
    H1("Forum des partenaires et ateliers de l'après-midi"),
    P("Pendant la pause méridienne, quatorze structures ont tenu un stand dans le hall du palais des congrès. Parallèlement aux tables rondes de l'après-midi, "
      "trois ateliers en petits groupes ont été proposés aux participants qui le souhaitaient. Leurs conclusions, restituées en séance plénière, sont résumées ci-dessous."),
    H2("Atelier A — Construire une fiche de liaison commune"),
    P("Animé par Patrice Bourgeois, l'atelier a comparé les fiches de liaison utilisées par trois maternités de la région. Les participants ont convenu qu'une "
      "fiche efficace tient sur une page, mentionne explicitement le consentement de la patiente, identifie un professionnel référent joignable et ne contient "
      "aucun élément diagnostique non nécessaire au suivi. Le Réseau périnatal comtois s'est engagé à proposer un modèle régional d'ici la fin de l'année 2025."),
    H2("Atelier B — Interprétariat et périnatalité"),
    P("Animé par une interprète professionnelle de l'association Paroles Partagées Comté, l'atelier a rappelé que le recours à un proche, et surtout à un enfant, "
      "comme interprète est à proscrire dans les entretiens touchant à l'intime et à la santé mentale. Les participants ont partagé leurs difficultés d'accès "
      "à l'interprétariat en ville, en dehors de l'hôpital. Le coût moyen d'une heure d'interprétariat par téléphone a été estimé à environ 40 euros, "
      "et celui d'une heure en présentiel à environ 65 euros, hors frais de déplacement."),
    H2("Atelier C — Les écrans, le sommeil et la santé mentale des jeunes parents"),
    P("Animé par une puéricultrice de PMI et une psychologue du CMP infanto-juvénile, l'atelier a abordé l'impact du manque de sommeil sur la santé mentale "
      "des parents et les recommandations relatives aux écrans chez les tout-petits. Les participants ont souligné la nécessité de messages non culpabilisants, "
      "et l'intérêt des ateliers collectifs en centre social plutôt que des brochures."),
    H1("Regard du grand témoin"),
    P("Françoise Jacquot, puéricultrice honoraire ayant exercé trente-cinq ans en PMI dans le Jura, a accepté le rôle de grand témoin de la journée. "
      "Elle a d'abord salué « une journée où l'on a entendu les mères, les pères, les soignants et les élus dans la même salle, ce qui n'arrive presque jamais ». "
      "Elle a relevé trois fils rouges dans les échanges : la question du délai, omniprésente, qui oppose le temps des institutions au temps du bébé ; "
      "la question du lien, qui fait que le repérage ne vaut que s'il débouche sur une orientation effective ; et la question de la confiance, sans laquelle "
      "les familles les plus vulnérables ne se confient pas."),
    Q("J'ai vu passer beaucoup de plans et de dispositifs en trente-cinq ans. Ce qui change la vie des familles, ce ne sont pas les sigles, ce sont les personnes "
      "qui se connaissent et qui s'appellent.", "Françoise Jacquot"),
    P("Elle a enfin invité les CLSM à ne pas s'arrêter à la période de la naissance, en rappelant que les mille premiers jours se prolongent jusqu'aux deux ans "
      "de l'enfant et que l'entrée en crèche ou chez l'assistante maternelle constitue un autre moment de vulnérabilité, souvent oublié."),
    PageBreak(),
]

# ----------------------------- Clôture --------------------------------------
story += [
    H1("Clôture et perspectives régionales"),
    P("Léa Bouvier, chargée de mission de la Plateforme régionale des CLSM de Bourgogne-Franche-Comté, a clos la journée en rappelant que la région compte "
      "aujourd'hui vingt-six CLSM en fonctionnement, dont neuf ont inscrit la périnatalité dans leur programme de travail, contre quatre seulement en 2022. "
      "Elle a annoncé plusieurs engagements, élaborés avec le Réseau périnatal comtois et l'ARS, qui constituent la feuille de route commune pour 2025-2027."),
    table([
        ["Engagement", "Porteur", "Échéance"],
        ["Diffuser un modèle régional de fiche de liaison périnatale", "Réseau périnatal comtois", "Décembre 2025"],
        ["Organiser quatre sessions de la formation commune « repérer et orienter en périnatalité » hors Grand Dolvanne", "Plateforme régionale des CLSM", "Année 2026"],
        ["Recenser les ressources d'interprétariat accessibles en ville", "Plateforme régionale des CLSM et ARS", "Juin 2026"],
        ["Étudier l'ouverture d'une seconde unité mère-bébé dans le sud de la région", "ARS Bourgogne-Franche-Comté", "Étude rendue fin 2026"],
        ["Créer un groupe régional d'échanges des CLSM investis en périnatalité (deux réunions par an)", "Plateforme régionale des CLSM", "Première réunion en novembre 2025"],
    ], [8.8 * cm, 4.6 * cm, 3.2 * cm], st, ACCENT),
    Spacer(1, 8),
    P("Elle a rappelé que l'appel à projets régional annoncé par l'ARS en ouverture serait publié à l'automne 2025, et que la Plateforme proposerait "
      "un accompagnement méthodologique aux CLSM souhaitant y répondre. Elle a enfin remercié les intervenants, les équipes techniques du palais des congrès "
      "et la Communauté d'agglomération du Grand Dolvanne pour son accueil, en annonçant que la prochaine journée régionale de la Plateforme, consacrée "
      "à la santé mentale des enfants en protection de l'enfance, se tiendrait au printemps 2026 à Chalvigny-le-Duc."),
    H2("Évaluation de la journée"),
    P("Le questionnaire d'évaluation, complété par 121 participants, fait apparaître un taux de satisfaction globale de 93 %. La table ronde la plus appréciée "
      "est la première, notamment en raison du témoignage de Camille Girardot. Les participants ont exprimé le souhait de disposer de davantage de temps "
      "d'échange en petits groupes et d'une journée similaire consacrée aux professionnels de la petite enfance (crèches, assistantes maternelles)."),
    H2("Sigles utilisés dans ces actes"),
    table([
        ["Sigle", "Signification"],
        ["ARS", "Agence régionale de santé"],
        ["CLSM", "Conseil local de santé mentale"],
        ["CMP", "Centre médico-psychologique"],
        ["CPTS", "Communauté professionnelle territoriale de santé"],
        ["EPDS", "Edinburgh Postnatal Depression Scale (échelle de dépression postnatale d'Édimbourg)"],
        ["EPNP", "Entretien postnatal précoce"],
        ["EPP", "Entretien prénatal précoce"],
        ["PMI", "Protection maternelle et infantile"],
        ["PTSM", "Projet territorial de santé mentale"],
        ["QPV", "Quartier prioritaire de la politique de la ville"],
        ["TISF", "Technicien(ne) de l'intervention sociale et familiale"],
        ["UMB", "Unité mère-bébé"],
    ], [3.0 * cm, 13.6 * cm], st, ACCENT),
    Spacer(1, 10),
    Paragraph("Actes publiés le 15 septembre 2025 par la Plateforme régionale des CLSM de Bourgogne-Franche-Comté. "
              "Coordination éditoriale : Léa Bouvier. Contact : plateforme@clsm-bfc.example — Les actes et les supports des intervenants sont "
              "téléchargeables sur https://www.clsm-bfc.example/ressources/journee-perinatalite-2025", st["small"]),
]


def main():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm,
                            title="Actes de la journée régionale périnatalité et santé mentale - 12 juin 2025",
                            author="Plateforme régionale des CLSM de Bourgogne-Franche-Comté")
    foot = footer_factory("Actes — Journée régionale « Naître et grandir en bonne santé mentale » — Dolvanne, 12 juin 2025")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    print("written", OUT)


if __name__ == "__main__":
    main()
