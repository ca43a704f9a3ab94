"""Doc 7: PDF evaluation report (CLSM intercommunal de la Vallée de l'Arvène)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                NextPageTemplate, PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

OUT = "/work/main/eval/newdocs4/corpus/2026-01-20_cc-vallee-arvene_evaluation-clsm-2021-2025.pdf"
F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", F + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSBI", F + "LiberationSans-BoldItalic.ttf"))
registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

NAVY = colors.HexColor("#23395B")
W, H = A4
M = 2.3 * cm
NOTE_ZONE = 3.2 * cm
FOOT_Y = 1.5 * cm

body = ParagraphStyle("body", fontName="LS", fontSize=10.2, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="LSB", fontSize=15, leading=19, textColor=NAVY, spaceBefore=10, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="LSB", fontSize=11.5, leading=15, textColor=NAVY, spaceBefore=8, spaceAfter=4)
item = ParagraphStyle("item", parent=body, leftIndent=18, bulletIndent=4, spaceAfter=3, bulletFontName="LS")
note_st = ParagraphStyle("note", fontName="LS", fontSize=7.8, leading=9.6, alignment=TA_LEFT)
cell = ParagraphStyle("cell", fontName="LS", fontSize=8.8, leading=11)
cellh = ParagraphStyle("cellh", fontName="LSB", fontSize=8.8, leading=11, textColor=colors.white)
gl = ParagraphStyle("gl", parent=body, spaceAfter=3, alignment=TA_LEFT)

PENDING = []


class NotePara(Paragraph):
    """A paragraph whose footnotes are printed at the foot of the page where it is drawn."""

    def __init__(self, text, style, notes=()):
        super().__init__(text, style)
        self.notes = list(notes)

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if parts:
            # attach the notes to the fragment that holds the call
            for p in parts:
                p.notes = []
            for n, txt in self.notes:
                for p in parts:
                    if f">{n}</super>" in p.getPlainText() or True:
                        pass
            parts[0].notes = self.notes
        return [NotePara._wrap(p) for p in parts]

    @staticmethod
    def _wrap(p):
        return p

    def draw(self):
        PENDING.extend(getattr(self, "notes", []))
        super().draw()


def page_end(c, doc):
    if not PENDING:
        return
    c.saveState()
    y = FOOT_Y + NOTE_ZONE - 0.3 * cm
    c.setStrokeColor(colors.grey)
    c.line(M, y, M + 5 * cm, y)
    y -= 0.15 * cm
    for n, txt in PENDING:
        p = Paragraph(f"<super>{n}</super> {txt}", note_st)
        w, hh = p.wrap(W - 2 * M, 5 * cm)
        y -= hh
        p.drawOn(c, M, y)
        y -= 0.08 * cm
    c.restoreState()
    PENDING.clear()


def running(c, doc):
    c.saveState()
    c.setFont("LSI", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(M, H - 1.3 * cm, "Évaluation du CLSM intercommunal de la Vallée de l'Arvène (2021-2025) — rapport final")
    c.setStrokeColor(NAVY)
    c.line(M, H - 1.45 * cm, W - M, H - 1.45 * cm)
    c.setFont("LS", 8.5)
    c.drawCentredString(W / 2, FOOT_Y - 0.6 * cm, f"{doc.page}")
    c.drawRightString(W - M, FOOT_Y - 0.6 * cm, "Territoires & Santé Conseil — janvier 2026")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, H - 11 * cm, W, 11 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LS", 12)
    c.drawString(M, H - 3 * cm, "Communauté de communes de la Vallée de l'Arvène")
    c.setFont("LSB", 26)
    c.drawString(M, H - 5.2 * cm, "Évaluation du Conseil local")
    c.drawString(M, H - 6.3 * cm, "de santé mentale intercommunal")
    c.setFont("LS", 16)
    c.drawString(M, H - 7.6 * cm, "Bilan 2021-2025 et recommandations")
    c.setFont("LSB", 13)
    c.drawString(M, H - 9.4 * cm, "RAPPORT FINAL")
    c.setFillColor(colors.black)
    c.setFont("LS", 11)
    lines = [
        "Commanditaire : Communauté de communes de la Vallée de l'Arvène,",
        "avec le soutien de l'Agence régionale de santé Occitanie",
        "",
        "Réalisation : Territoires & Santé Conseil",
        "Équipe d'évaluation : une consultante senior et un chargé d'études",
        "",
        "Rapport présenté au comité de pilotage du CLSM le 20 janvier 2026",
    ]
    y = H - 13.5 * cm
    for ln in lines:
        c.drawString(M, y, ln)
        y -= 0.6 * cm
    c.setFont("LSI", 9)
    c.drawString(M, 2.5 * cm, "Document public — diffusion libre avec mention de la source")
    c.restoreState()


cover_frame = Frame(M, 2 * cm, W - 2 * M, 1 * cm, id="cover")
main_frame = Frame(M, FOOT_Y + NOTE_ZONE, W - 2 * M, H - 2 * cm - (FOOT_Y + NOTE_ZONE), id="main")
doc = BaseDocTemplate(OUT, pagesize=A4, title="Évaluation du CLSM intercommunal de la Vallée de l'Arvène (2021-2025)",
                      author="Territoires & Santé Conseil", subject="Rapport final d'évaluation")
doc.addPageTemplates([PageTemplate("cover", frames=[cover_frame], onPage=cover),
                      PageTemplate("main", frames=[main_frame], onPage=running, onPageEnd=page_end)])

S = []


def P(t, st=body, notes=()):
    S.append(NotePara(t, st, notes) if notes else Paragraph(t, st))


def items(lst, numbered=False):
    for i, t in enumerate(lst, 1):
        S.append(Paragraph(t, item, bulletText=f"{i}." if numbered else "•"))


S.append(NextPageTemplate("main"))
S.append(PageBreak())

# ---- Sommaire
P("Sommaire", h1)
for ln in ["Synthèse", "1. Objet et méthode de l'évaluation", "2. Le territoire de la Vallée de l'Arvène",
           "3. Gouvernance et moyens du CLSM", "4. Les réalisations 2021-2025", "5. Les effets observés",
           "6. Points de vigilance", "7. Recommandations", "Annexe A. Glossaire des sigles",
           "Annexe B. Structures rencontrées"]:
    P(ln, ParagraphStyle("toc", parent=body, spaceAfter=2))

P("Synthèse", h1)
P("Créé en avril 2021, le Conseil local de santé mentale (CLSM) intercommunal de la Vallée de l'Arvène est "
  "aujourd'hui identifié par la grande majorité des partenaires comme le lieu de coordination de la santé mentale "
  "sur le territoire. En quatre ans et demi, il a permis de former plus de deux cents personnes aux premiers secours "
  "en santé mentale, de créer une cellule d'examen des situations complexes et de réduire sensiblement le délai "
  "d'accès au centre médico-psychologique adultes. Ses faiblesses tiennent à une implication encore inégale des "
  "communes rurales, à une place limitée des usagers et des aidants dans la gouvernance et à une forte dépendance à "
  "la personne du coordinateur. L'évaluation formule huit recommandations pour la période 2026-2028.")

# ---- 1
P("1. Objet et méthode de l'évaluation", h1)
P("L'évaluation a été décidée par le comité de pilotage du CLSM du 12 mars 2025, à l'approche de la fin de la "
  "première convention de financement. Elle porte sur la période d'avril 2021 à septembre 2025 et répond à trois "
  "questions évaluatives :")
items(["Le CLSM a-t-il amélioré la coordination entre les acteurs sanitaires, sociaux et municipaux ?",
       "A-t-il contribué à faciliter l'accès aux soins et à l'accompagnement des habitants, en particulier dans le "
       "quartier prioritaire du Foirail et dans les communes rurales ?",
       "Sa gouvernance et ses moyens sont-ils adaptés aux ambitions fixées pour 2026-2028 ?"], numbered=True)
P("Le travail de terrain s'est déroulé de mai à octobre 2025. Il a combiné une analyse documentaire (comptes "
  "rendus, bilans d'activité, conventions), 32 entretiens individuels avec des élus, des soignants, des "
  "travailleurs sociaux et des représentants associatifs, un questionnaire en ligne adressé aux 47 structures "
  "membres, qui a recueilli 146 réponses individuelles<super>1</super>, et trois groupes de discussion : avec des habitants du "
  "Foirail, avec les adhérents du groupe d'entraide mutuelle (GEM) Le Rocher, et avec des professionnels de "
  "première ligne.", notes=[(1, "Le questionnaire pouvait être rempli par plusieurs professionnels d'une même "
                              "structure ; les 146 réponses proviennent de 39 des 47 structures membres.")])
P("Cette méthode comporte des limites : les personnes interrogées sont d'abord celles qui connaissent le CLSM, et "
  "les habitants rencontrés l'ont été par l'intermédiaire de structures partenaires. Les résultats doivent donc être "
  "lus comme une appréciation qualitative étayée de quelques indicateurs, et non comme une mesure d'impact.")

# ---- 2
P("2. Le territoire de la Vallée de l'Arvène", h1)
P("La communauté de communes de la Vallée de l'Arvène regroupe 27 communes et 41 300 habitants. Sa ville-centre, "
  "Saint-Oriol, compte 11 900 habitants ; la deuxième commune, Lanvaux, en compte 5 400. Le reste du territoire est "
  "rural et montagneux, avec vingt communes de moins de 1 000 habitants.")
P("Le quartier du Foirail, à Saint-Oriol, est le seul quartier prioritaire de la politique de la ville (QPV) du "
  "territoire. Il accueille 2 300 habitants. Le taux de pauvreté y atteint 38 % au Foirail, contre 16 % pour "
  "l'ensemble de la communauté de communes<super>2</super>. Un habitant sur cinq y vit seul, et la part des plus de "
  "75 ans y progresse.", notes=[(2, "Insee, dispositif Filosofi 2021. Le taux de pauvreté est calculé au seuil de "
                                   "60 % du revenu médian.")])
P("L'offre de soins en santé mentale est concentrée à Lanvaux, où le centre hospitalier de Lanvaux (CHL) gère le "
  "secteur de psychiatrie adulte et le centre médico-psychologique (CMP) adultes, ouvert quatre jours par semaine. "
  "Le territoire ne compte que deux psychiatres libéraux. Pour les habitants des communes les plus éloignées, le "
  "CMP se trouve à 48 kilomètres<super>3</super>, sans transport en commun direct.",
  notes=[(3, "Distance routière calculée depuis la mairie de Pradelles-d'Arvène, commune la plus éloignée de Lanvaux.")])

# ---- 3
P("3. Gouvernance et moyens du CLSM", h1)
P("3.1 Les instances", h2)
P("Le CLSM a été créé par une convention signée le 15 avril 2021 entre la communauté de communes, le centre "
  "hospitalier de Lanvaux et l'ARS Occitanie. Il est présidé par le président de la communauté de communes ; la "
  "vice-présidence est assurée par le directeur du centre hospitalier. Il fonctionne avec :")
items(["une assemblée plénière annuelle, ouverte à toutes les structures membres (47 en 2025) ;",
       "un comité de pilotage réuni trois fois par an ;",
       "quatre groupes de travail : accès aux soins, logement, jeunesse, lutte contre la stigmatisation ;",
       "une cellule d'examen des situations complexes, créée en septembre 2022, qui se réunit chaque mois."])
P("3.2 La coordination", h2)
P("La coordination a d'abord été assurée à 0,6 équivalent temps plein (ETP) par une chargée de mission de la "
  "communauté de communes, qui partageait son temps avec le contrat local de santé (CLS). Depuis le 1er septembre "
  "2023, un coordinateur à temps plein est dédié au CLSM. Presque tous les partenaires rencontrés considèrent ce "
  "passage à temps plein comme le tournant du CLSM.")
P("3.3 Le budget", h2)
P("Le budget du CLSM s'élève à 78 000 € en 2025. Il est financé par l'ARS Occitanie (35 000 €), par la "
  "communauté de communes (28 000 €) et par le centre hospitalier de Lanvaux (15 000 €)<super>4</super>. Le "
  "budget 2021 était de 41 000 €.", notes=[(4, "La participation du centre hospitalier est en partie valorisée "
                                            "sous forme de temps médical mis à disposition (0,1 ETP de psychiatre).")])

# ---- 4
P("4. Les réalisations 2021-2025", h1)
P("Le tableau suivant rassemble les principaux indicateurs de réalisation. Les valeurs 2025 sont arrêtées au 30 "
  "septembre 2025, sauf mention contraire.")
rows = [["Axe", "Indicateur", "Situation 2021", "Situation 2025"],
        ["Gouvernance", "Structures membres du CLSM", "18 structures", "47 structures"],
        ["Formation", "Personnes formées aux PSSM (cumul)", "aucune", "214 personnes formées"],
        ["Situations complexes", "Situations examinées par la cellule (cumul)", "cellule inexistante",
         "61 situations examinées"],
        ["Accès aux soins", "Délai d'un premier rendez-vous au CMP adultes", "4 mois", "7 semaines"],
        ["Information", "Participants aux SISM", "150 participants", "620 participants"],
        ["Quartier prioritaire", "Permanence d'écoute au Foirail", "aucune", "2 demi-journées par semaine"]]
t = Table([[Paragraph(c, cellh if i == 0 else cell) for c in r] for i, r in enumerate(rows)],
          colWidths=[3.2 * cm, 6 * cm, 3.3 * cm, 3.9 * cm], repeatRows=1)
t.setStyle(TableStyle([
    ("BACKGROUND", (0, 0), (-1, 0), NAVY),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF2F7")]),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899AA")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]))
S.append(KeepTogether([t, Spacer(1, 4),
                       Paragraph("<i>Tableau 1 — Principaux indicateurs de réalisation du CLSM, 2021 et 2025</i>",
                                 ParagraphStyle("cap", parent=body, fontSize=8.5, alignment=TA_CENTER))]))
P("La formation aux premiers secours en santé mentale (PSSM) est la réalisation la plus visible : 214 personnes "
  "ont été formées depuis 2022, dont 58 habitants du Foirail et 31 secrétaires de mairie des communes rurales. La "
  "cellule d'examen des situations complexes a examiné 61 situations depuis sa création ; dans deux cas sur trois, "
  "une solution d'accompagnement a été trouvée dans les trois mois.")
P("La baisse du délai d'accès au CMP adultes, de 4 mois à 7 semaines, ne peut pas être attribuée au seul CLSM : "
  "elle résulte aussi du recrutement de deux infirmiers supplémentaires par le centre hospitalier en 2023. Les "
  "soignants rencontrés estiment toutefois que le travail de tri et d'orientation mené avec les partenaires du CLSM "
  "a réduit les demandes inadaptées.")

# ---- 5
P("5. Les effets observés", h1)
P("5.1 Une meilleure interconnaissance", h2)
P("C'est l'effet le plus cité. Parmi les répondants au questionnaire, 87 % déclarent savoir à qui s'adresser face à "
  "une personne en souffrance psychique<super>5</super>, alors qu'ils n'étaient que 52 % à le dire dans l'enquête "
  "réalisée lors de la création du CLSM. Les secrétaires de mairie et les gendarmes mentionnent en particulier la "
  "ligne directe avec l'infirmière de coordination du CMP.",
  notes=[(5, "Question : « Savez-vous à qui vous adresser lorsqu'une personne que vous accompagnez présente des signes "
             "de souffrance psychique ? » ; 127 réponses positives sur 146.")])
P("5.2 Un début de changement de regard", h2)
P("Les SISM sont passées de 150 à 620 participants, et les actions de sensibilisation dans les collèges ont touché "
  "environ 900 élèves. Les adhérents du GEM Le Rocher disent se sentir davantage reconnus, notamment depuis leur "
  "participation à l'organisation des SISM 2024.")
P("5.3 Des effets plus timides au Foirail", h2)
P("La permanence d'écoute au Foirail, ouverte en 2023 au centre social, est fréquentée par une quarantaine de "
  "personnes par an. Les habitants rencontrés la connaissent mal : seuls quatre des onze participants au groupe de "
  "discussion en avaient entendu parler. La santé mentale figure pourtant parmi les priorités du contrat de ville "
  "« Engagements Quartiers 2030 » du Foirail.")

# ---- 6
P("6. Points de vigilance", h1)
items(["<b>Les communes rurales restent en retrait</b> : seules 9 des 27 communes ont participé à au moins une "
       "instance du CLSM depuis 2021.",
       "<b>La parole des usagers et des aidants est peu présente</b> : ni le GEM ni l'Union nationale de familles et "
       "amis de personnes malades et/ou handicapées psychiques (Unafam) ne siègent au comité de pilotage.",
       "<b>Le CLSM dépend fortement de son coordinateur</b> : la plupart des partenaires associent le CLSM à sa "
       "personne, ce qui fragilise la continuité en cas de départ.",
       "<b>Les données sont dispersées</b> : il n'existe pas de tableau de bord partagé, et plusieurs indicateurs "
       "ont dû être reconstitués pour cette évaluation."])

# ---- 7
P("7. Recommandations", h1)
P("L'équipe d'évaluation formule huit recommandations, présentées par ordre de priorité :")
items(["Consolider le poste de coordination par une convention pluriannuelle de financement 2026-2028.",
       "Créer un collège des usagers et des aidants au sein de l'assemblée plénière, et ouvrir le comité de pilotage "
       "au GEM et à l'Unafam.",
       "Organiser des permanences itinérantes dans les communes rurales, en lien avec les maisons France services.",
       "Articuler le CLSM avec la communauté professionnelle territoriale de santé (CPTS) de l'Arvène, créée en 2024.",
       "Renforcer le volet santé mentale du contrat de ville du Foirail, en associant le conseil citoyen.",
       "Mettre en place un tableau de bord partagé, alimenté chaque semestre par les partenaires.",
       "Étendre la cellule d'examen des situations complexes aux mineurs, avec l'aide sociale à l'enfance (ASE).",
       "Former les élus municipaux, avec l'objectif d'un élu référent santé mentale par commune."], numbered=True)
P("Ces recommandations ont été présentées au comité de pilotage du 20 janvier 2026, qui a retenu les "
  "recommandations 1, 2, 3 et 6 pour l'année 2026.")

# ---- Annexes
S.append(PageBreak())
P("Annexe A. Glossaire des sigles", h1)
for sig, d in [
    ("ARS", "Agence régionale de santé"),
    ("ASE", "Aide sociale à l'enfance"),
    ("CHL", "Centre hospitalier de Lanvaux"),
    ("CLS", "Contrat local de santé"),
    ("CLSM", "Conseil local de santé mentale"),
    ("CMP", "Centre médico-psychologique"),
    ("CPTS", "Communauté professionnelle territoriale de santé"),
    ("EPCI", "Établissement public de coopération intercommunale"),
    ("ETP", "Équivalent temps plein"),
    ("GEM", "Groupe d'entraide mutuelle"),
    ("PSSM", "Premiers secours en santé mentale"),
    ("PTSM", "Projet territorial de santé mentale"),
    ("QPV", "Quartier prioritaire de la politique de la ville"),
    ("SISM", "Semaines d'information sur la santé mentale"),
    ("Unafam", "Union nationale de familles et amis de personnes malades et/ou handicapées psychiques"),
]:
    P(f"<b>{sig}</b> : {d}", gl)

P("Annexe B. Structures rencontrées", h1)
P("Communauté de communes de la Vallée de l'Arvène (président, vice-présidente chargée de la santé, direction des "
  "solidarités) ; centre hospitalier de Lanvaux (direction, chef de pôle de psychiatrie adulte, CMP adultes, "
  "infirmière de coordination) ; ARS Occitanie (délégation départementale) ; mairies de Saint-Oriol, Lanvaux, "
  "Pradelles-d'Arvène et Mercœur-le-Haut ; centre communal d'action sociale de Saint-Oriol ; centre social du "
  "Foirail ; GEM Le Rocher ; Unafam (délégation départementale) ; bailleur social Arvène Habitat ; gendarmerie "
  "(brigade de Saint-Oriol) ; deux collèges ; CPTS de l'Arvène ; délégué du préfet.")

doc.build(S)
print("ok", OUT)
