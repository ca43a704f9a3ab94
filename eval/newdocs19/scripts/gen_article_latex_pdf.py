# -*- coding: utf-8 -*-
"""Document de travail de l'ONSV mis en page comme un article LaTeX (classe article, mathptmx, booktabs, babel french).

reportlab imite la sortie de pdflatex : bloc de titre centré avec auteurs et affiliations en exposant, résumé en
retrait, sections numérotées « 1 » / « 2.1 », paragraphes justifiés avec alinéa, ligatures « ﬁ » / « ﬂ » dans la
couche texte, tableaux « booktabs » (filets épais en haut et en bas, \\cmidrule sous les en-têtes de groupe) dont le
premier a un en-tête à deux niveaux, notes de bas de page numérotées sous un filet court, numéro de page centré en
bas, bibliographie « [n] » en fin de document. Tout est fictif (villes, personnes, chiffres, domaines .example).
"""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-03-18_onsv-normandie_isolement-sante-mentale-seniors-qpv.pdf")

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Tm", FD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("TmB", FD + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("TmI", FD + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("TmBI", FD + "LiberationSerif-BoldItalic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Tm", normal="Tm", bold="TmB", italic="TmI", boldItalic="TmBI")


def lig(s):
    """Ligatures de pdflatex dans la couche texte (hors balises)."""
    out, inside = [], False
    i = 0
    while i < len(s):
        c = s[i]
        if c == "<":
            inside = True
        elif c == ">":
            inside = False
        if not inside and s.startswith("fi", i):
            out.append("\ufb01"); i += 2; continue
        if not inside and s.startswith("fl", i):
            out.append("\ufb02"); i += 2; continue
        out.append(c); i += 1
    return "".join(out)


BODY = ParagraphStyle("body", fontName="Tm", fontSize=10.5, leading=13, alignment=TA_JUSTIFY, firstLineIndent=15)
BODY0 = ParagraphStyle("body0", parent=BODY, firstLineIndent=0)
SEC = ParagraphStyle("sec", fontName="TmB", fontSize=13, leading=16, spaceBefore=12, spaceAfter=5, keepWithNext=1)
SUB = ParagraphStyle("sub", fontName="TmB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3, keepWithNext=1)
TITLE = ParagraphStyle("title", fontName="Tm", fontSize=16, leading=20, alignment=TA_CENTER, spaceAfter=10)
AUTH = ParagraphStyle("auth", fontName="Tm", fontSize=11.5, leading=15, alignment=TA_CENTER)
AFF = ParagraphStyle("aff", fontName="Tm", fontSize=9, leading=11, alignment=TA_CENTER)
ABS_T = ParagraphStyle("abst", fontName="TmB", fontSize=9.5, leading=12, alignment=TA_CENTER, spaceBefore=10)
ABS = ParagraphStyle("abs", fontName="Tm", fontSize=9.5, leading=11.5, alignment=TA_JUSTIFY, leftIndent=36,
                     rightIndent=36, firstLineIndent=12)
CAP = ParagraphStyle("cap", fontName="Tm", fontSize=9.5, leading=11.5, alignment=TA_JUSTIFY, leftIndent=20,
                     rightIndent=20, spaceBefore=6, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="Tm", fontSize=9, leading=10.5)
CELLC = ParagraphStyle("cellc", parent=CELL, alignment=TA_CENTER)
NOTE = ParagraphStyle("note", fontName="Tm", fontSize=8, leading=9.5, alignment=TA_JUSTIFY, firstLineIndent=10)
BIB = ParagraphStyle("bib", fontName="Tm", fontSize=9.5, leading=11.5, alignment=TA_JUSTIFY, leftIndent=22,
                     firstLineIndent=-22, spaceAfter=3)
ITEM = ParagraphStyle("item", parent=BODY0, leftIndent=22, firstLineIndent=0, bulletIndent=8, spaceAfter=2)

FOOTNOTES = {}  # page -> [(n, text)]


class FootMark(Flowable):
    """Flowable de taille nulle : enregistre la note pour la page où il est dessiné."""

    def __init__(self, n, text):
        super().__init__()
        self.n, self.text = n, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        page = self.canv.getPageNumber()
        FOOTNOTES.setdefault(page, []).append((self.n, self.text))


def page_end(canv, doc):
    canv.saveState()
    canv.setFont("Tm", 10)
    canv.drawCentredString(A4[0] / 2, 1.6 * cm, str(canv.getPageNumber()))
    notes = FOOTNOTES.get(canv.getPageNumber(), [])
    if notes:
        y = 2.4 * cm
        paras = []
        for n, t in notes:
            p = Paragraph(lig("<super>%d</super> %s" % (n, t)), NOTE)
            w, h = p.wrap(A4[0] - 5.4 * cm, 10 * cm)
            paras.append((p, h))
        total = sum(h for _, h in paras) + 2
        top = y + total
        canv.setLineWidth(0.4)
        canv.line(2.7 * cm, top + 4, 2.7 * cm + 5 * cm, top + 4)
        cur = top
        for p, h in paras:
            cur -= h
            p.drawOn(canv, 2.7 * cm, cur)
    canv.restoreState()


_fn = [0]


def P(text, style=BODY, notes=()):
    """Paragraphe ; notes = textes des notes appelées (appel « ¹ » déjà placé dans le texte via {n})."""
    items = []
    nums = []
    for _ in notes:
        _fn[0] += 1
        nums.append(_fn[0])
    t = text
    for n in nums:
        t = t.replace("{n}", "<super>%d</super>" % n, 1)
    items.append(Paragraph(lig(t), style))
    for n, nt in zip(nums, notes):
        items.append(FootMark(n, nt))
    return items


def booktabs(data, colw, group_row=None, cmid=(), heads=1, total_row=False):
    t = Table(data, colWidths=colw, hAlign="CENTER")
    st = [
        ("FONT", (0, 0), (-1, -1), "Tm", 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, "black"),
        ("LINEBELOW", (0, heads - 1), (-1, heads - 1), 0.5, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 1.0, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for (c0, c1) in cmid:
        st.append(("LINEBELOW", (c0, 0), (c1, 0), 0.4, "black"))
    if group_row:
        for (c0, c1) in group_row:
            st.append(("SPAN", (c0, 0), (c1, 0)))
    if heads == 2:
        st.append(("SPAN", (0, 0), (0, 1)))
    if total_row:
        st.append(("LINEABOVE", (0, -1), (-1, -1), 0.5, "black"))
    t.setStyle(TableStyle(st))
    return t


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=2.7 * cm, rightMargin=2.7 * cm, topMargin=2.5 * cm,
                          bottomMargin=2.5 * cm, title="Isolement social, symptômes dépressifs et idées suicidaires "
                          "des 65 ans et plus dans les quartiers prioritaires normands",
                          author="C. Quesnel, A. Delamare, H. Varin", creator="LaTeX with hyperref",
                          producer="pdfTeX-1.40.25")
    frame = Frame(2.7 * cm, 4.6 * cm, A4[0] - 5.4 * cm, A4[1] - 2.5 * cm - 4.6 * cm, id="f", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=page_end)])

    s = []
    s += [Spacer(1, 10)]
    s += P("Isolement social, symptômes dépressifs et idées suicidaires chez les 65 ans et plus des quartiers "
           "prioritaires normands : premiers résultats de l'enquête VMQ 2024", TITLE)
    s += [Paragraph("Claire Quesnel<super>1</super>, Antoine Delamare<super>2</super> et Hélène Varin<super>3</super>",
                    AUTH), Spacer(1, 4)]
    s += [Paragraph("<super>1</super>Observatoire normand de la santé et du vieillissement (ONSV), Rouen — "
                    "c.quesnel@onsv-normandie.example", AFF),
          Paragraph("<super>2</super>Institut universitaire du vieillissement de Basse-Seine, Caudebourg", AFF),
          Paragraph("<super>3</super>Équipe mobile de psychiatrie du sujet âgé « Pass'Âge », CH Jean-Delacour, "
                    "Montferville", AFF), Spacer(1, 6),
          Paragraph("Document de travail ONSV n<super>o</super> 2025-02 — 18 mars 2025", AUTH)]
    s += [Paragraph("Résumé", ABS_T), Spacer(1, 3)]
    s += P("<i>Contexte.</i> Les personnes âgées qui vieillissent dans les quartiers prioritaires de la politique "
           "de la ville (QPV) cumulent faibles revenus, logement peu adapté et éloignement des soins, mais leur santé "
           "mentale est mal connue. <i>Méthode.</i> L'enquête « Vieillir dans mon quartier » (VMQ 2024) a interrogé "
           "en face à face, du 7 octobre au 13 décembre 2024, 612 personnes de 65 ans et plus résidant dans quatre QPV "
           "de Normandie, et 540 personnes du même âge résidant hors QPV dans les mêmes communes. <i>Résultats.</i> "
           "38,4 % des répondants des QPV sont socialement isolés, contre 27,1 % hors QPV ; 24,3 % présentent des "
           "symptômes dépressifs et 6,9 % déclarent des idées suicidaires au cours des douze derniers mois. Plus de la "
           "moitié des personnes concernées n'en avaient parlé à personne. <i>Conclusion.</i> Les résultats plaident "
           "pour des dispositifs de repérage de proximité, articulés avec la psychiatrie du sujet âgé.", ABS)
    s += [Spacer(1, 4), Paragraph("<b>Mots-clés :</b> personnes âgées ; isolement social ; dépression ; crise "
                                  "suicidaire ; quartiers prioritaires ; Normandie ; sentinelles.", ABS), Spacer(1, 8)]

    s += P("1  Introduction", SEC)
    s += P("Le vieillissement de la population des quartiers prioritaires est plus rapide qu'on ne le pense "
           "souvent : dans les quatre quartiers étudiés, la part des 65 ans et plus est passée de 12,9 % en 2013 à "
           "17,2 % en 2021{n}. Ces habitants ont souvent emménagé lors de la construction des grands ensembles, y ont "
           "élevé leurs enfants et y restent après le départ de ceux-ci, parfois seuls dans des logements devenus "
           "trop grands ou mal desservis par les ascenseurs.",
           BODY0, notes=("Recensements de la population 2013 et 2021, exploitation ONSV. Les contours retenus sont ceux "
                         "de la géographie prioritaire entrée en vigueur le 1er janvier 2024.",))
    s += P("Les travaux sur la santé mentale des habitants des QPV se sont surtout intéressés aux adultes d'âge actif "
           "et aux jeunes. Or la crise suicidaire chez la personne âgée présente des traits propres : elle est moins "
           "souvent exprimée, plus souvent confondue avec les effets du vieillissement ou d'une maladie somatique, et "
           "les passages à l'acte y sont plus souvent létaux. Le diagnostic partagé du conseil local de santé mentale "
           "(CLSM) de Montferville, en 2023, avait placé l'isolement des aînés au premier rang de ses priorités, sans "
           "pouvoir le chiffrer.")
    s += P("Cet article présente les premiers résultats de l'enquête VMQ 2024, conduite par l'ONSV à la demande des "
           "CLSM de Montferville (Seine-Maritime) et de Cambrevast (Calvados), avec l'appui de l'Agence régionale de "
           "santé (ARS) de Normandie. Il vise trois objectifs : (i) mesurer l'isolement social, la solitude ressentie, "
           "les symptômes dépressifs et les idées suicidaires des 65 ans et plus des QPV ; (ii) les comparer à ceux "
           "des habitants du même âge hors QPV ; (iii) éclairer le choix des dispositifs de repérage que les deux "
           "CLSM mettent en place.")

    s += P("2  Matériel et méthodes", SEC)
    s += P("2.1  Territoires", SUB)
    s += P("L'enquête porte sur quatre QPV : Les Hauts-Cailly (6 300 habitants) et Le Clos-Saint-Marc (3 550 "
           "habitants) à Montferville, La Pépinière (4 100 habitants) à Cambrevast et Les Acacias (2 900 habitants) à "
           "Évrecourt (Eure). Montferville compte 41 200 habitants, Cambrevast 23 600 et Évrecourt 15 900. Les deux "
           "quartiers de Montferville réunissent 1 730 habitants de 65 ans et plus, dont 780 de 75 ans et plus.", BODY0)
    s += P("2.2  Échantillon et recueil", SUB)
    s += P("Les répondants ont été tirés au sort dans les fichiers des bailleurs sociaux, complétés par le registre "
           "des personnes vulnérables tenu par les centres communaux d'action sociale (CCAS) au titre du plan "
           "canicule. Les entretiens, d'une durée médiane de 38 minutes, ont été menés à domicile par 14 enquêteurs "
           "formés, dont 5 adultes-relais des quartiers concernés. Le taux de participation atteint 61 % en QPV et "
           "54 % hors QPV. Les résultats sont redressés sur l'âge et le sexe{n}.",
           BODY0, notes=("Redressement par calage sur marges (âge en trois classes, sexe) à partir du recensement 2021 ; "
                         "les effectifs présentés sont bruts, les pourcentages redressés.",))
    s += P("2.3  Mesures", SUB)
    s += P("L'isolement social est mesuré par l'échelle de réseau social de Lubben à six items (LSNS-6), un score "
           "inférieur à 12 définissant l'isolement{n}. La solitude ressentie est approchée par la question « À quelle "
           "fréquence vous sentez-vous seul(e) ? », les réponses « souvent » et « tout le temps » étant regroupées. "
           "Les symptômes dépressifs sont repérés par l'échelle gériatrique de dépression à quinze items (GDS-15), "
           "avec un seuil de 6{n}. Les idées suicidaires sont recueillies par la question « Au cours des douze derniers "
           "mois, avez-vous pensé à vous donner la mort ? », posée en fin d'entretien, après une formation spécifique "
           "des enquêteurs et avec un protocole d'orientation immédiate vers l'équipe mobile de psychiatrie du sujet "
           "âgé (EMPSA) en cas de réponse positive.",
           BODY0, notes=("La LSNS-6 va de 0 à 30 ; elle compte trois items sur la famille et trois sur les amis et "
                         "voisins. Le seuil de 12 est celui de la version originale.",
                         "Un score de 6 ou plus à la GDS-15 oriente vers une évaluation clinique ; il ne vaut pas "
                         "diagnostic de dépression."))
    s += P("2.4  Analyses", SUB)
    s += P("Les proportions sont comparées par le test du khi-deux. Les facteurs associés aux symptômes dépressifs "
           "sont étudiés par régression logistique, ajustée sur l'âge, le sexe, le niveau de revenu et le nombre de "
           "maladies chroniques déclarées. Les analyses ont été réalisées avec R 4.4.", BODY0)

    s += P("3  Résultats", SEC)
    s += P("3.1  Description des répondants", SUB)
    s += P("Les 612 répondants des QPV se répartissent ainsi : 214 aux Hauts-Cailly, 131 au Clos-Saint-Marc, 163 à "
           "La Pépinière et 104 aux Acacias. Leur âge moyen est de 76,4 ans ; 61 % sont des femmes, 47 % vivent seuls "
           "et 36 % déclarent des revenus mensuels inférieurs à 1 100 euros. Hors QPV, l'âge moyen est de 75,8 ans, "
           "58 % sont des femmes et 39 % vivent seuls.", BODY0)
    s += P("3.2  Isolement, solitude et détresse psychique", SUB)
    s += P("Le tableau 1 rapproche les quatre indicateurs principaux selon le lieu de résidence et le sexe. Tous "
           "sont plus élevés en QPV ; l'écart est le plus marqué pour les idées suicidaires, presque deux fois plus "
           "fréquentes en QPV (6,9 %) que hors QPV (3,6 %).", BODY0)

    hdr1 = ["Indicateur (%)", "Quartiers prioritaires (n = 612)", "", "", "Hors QPV (n = 540)", "", ""]
    hdr2 = ["", "Femmes", "Hommes", "Ensemble", "Femmes", "Hommes", "Ensemble"]
    rows = [
        ["Isolement social (LSNS-6 < 12)", "41,2", "34,0", "38,4", "29,5", "23,9", "27,1"],
        ["Solitude ressentie souvent ou tout le temps", "33,8", "25,1", "30,4", "21,7", "16,2", "19,4"],
        ["Symptômes dépressifs (GDS-15 ≥ 6)", "27,5", "19,3", "24,3", "17,9", "13,0", "15,8"],
        ["Idées suicidaires dans les 12 derniers mois", "7,4", "6,1", "6,9", "4,0", "3,1", "3,6"],
        ["Aucune consultation de médecin généraliste en 12 mois", "9,8", "14,6", "11,7", "6,2", "8,9", "7,3"],
    ]
    data = [[Paragraph(hdr1[0], CELL)] + [Paragraph(h, CELLC) if h else "" for h in hdr1[1:]],
            [""] + hdr2[1:]] + [[Paragraph(r[0], CELL)] + r[1:] for r in rows]
    t1 = booktabs(data, [5.6 * cm] + [1.55 * cm] * 6, group_row=[(1, 3), (4, 6)], cmid=[(1, 3), (4, 6)], heads=2)
    s += [KeepTogether(P("<b>Tableau 1</b> – Isolement, solitude et détresse psychique des 65 ans et plus selon le "
                         "lieu de résidence et le sexe, enquête VMQ 2024 (pourcentages redressés).", CAP) + [t1])]
    s += [Spacer(1, 8)]
    s += P("Chez les femmes des QPV, plus de quatre sur dix sont isolées. Les hommes des QPV sont en revanche les plus "
           "nombreux à n'avoir vu aucun médecin généraliste dans l'année (14,6 %), ce qui réduit d'autant les "
           "occasions de repérage par le soin. Parmi les 42 répondants des QPV déclarant des idées suicidaires, "
           "52 % n'en avaient parlé à personne avant l'entretien, et 71 % vivaient seuls{n}.",
           BODY0, notes=("Ces 42 personnes ont toutes été orientées, avec leur accord, vers l'EMPSA « Pass'Âge » ou "
                         "vers leur médecin traitant ; 9 ont accepté une visite à domicile dans la semaine.",))
    s += P("3.3  Différences entre quartiers", SUB)
    s += P("L'isolement varie sensiblement d'un quartier à l'autre (tableau 2). Il est le plus fréquent à La "
           "Pépinière, où la part des 80 ans et plus est la plus forte, et le moins fréquent aux Acacias, quartier "
           "plus petit où subsiste un tissu de commerces de proximité.", BODY0)
    data2 = [["Quartier (commune)", "Répondants", "Isolement social (%)", "Symptômes dépressifs (%)"],
             ["Les Hauts-Cailly (Montferville)", "214", "40,2", "25,1"],
             ["Le Clos-Saint-Marc (Montferville)", "131", "35,9", "22,8"],
             ["La Pépinière (Cambrevast)", "163", "40,9", "26,4"],
             ["Les Acacias (Évrecourt)", "104", "33,7", "20,9"],
             ["Ensemble des QPV", "612", "38,4", "24,3"]]
    t2 = booktabs(data2, [5.4 * cm, 2.2 * cm, 3.2 * cm, 3.6 * cm], total_row=True)
    t2.setStyle(TableStyle([("ALIGN", (0, 0), (0, -1), "LEFT")]))
    s += [KeepTogether(P("<b>Tableau 2</b> – Isolement social et symptômes dépressifs par quartier, 65 ans et plus, "
                         "enquête VMQ 2024.", CAP) + [t2]), Spacer(1, 8)]
    s += P("3.4  Facteurs associés aux symptômes dépressifs", SUB)
    s += P("Toutes choses égales par ailleurs, l'isolement social multiplie par 2,3 le risque de présenter des "
           "symptômes dépressifs (odds ratio 2,3 ; IC 95 % : 1,5–3,6). Le fait de vivre seul n'est plus associé "
           "significativement aux symptômes dépressifs une fois l'isolement pris en compte : c'est moins la solitude "
           "résidentielle que la pauvreté du réseau qui pèse. Les difficultés à monter les escaliers ou à sortir du "
           "logement (OR 1,8) et un deuil dans les deux dernières années (OR 1,9) sont les autres facteurs associés.",
           BODY0)

    s += P("4  Discussion", SEC)
    s += P("4.1  Deux façons d'aller vers les aînés isolés", SUB)
    s += P("Les deux CLSM commanditaires ont fait des choix différents, qui répondent à des besoins complémentaires. "
           "À Montferville, le réseau « Vigie Aînés » forme des sentinelles — gardiens d'immeuble, pharmaciens, "
           "aides à domicile, bénévoles associatifs — au repérage de la crise suicidaire ; il s'appuie sur l'EMPSA "
           "« Pass'Âge » pour les situations repérées. À Cambrevast, le dispositif « Allô Voisins Seniors » repose sur "
           "des appels de convivialité réguliers passés par des bénévoles à des personnes isolées, avec un médiateur "
           "santé qui fait le lien avec les soignants.", BODY0)
    s += P("Le premier dispositif cible la détresse déjà présente et mise sur la vigilance de ceux qui croisent les "
           "aînés au quotidien ; le second agit en amont sur l'isolement lui-même, mais repère moins bien les crises "
           "chez les personnes qui ne décrochent pas le téléphone. Nos résultats, qui montrent que l'isolement est le "
           "facteur le plus fortement associé aux symptômes dépressifs, suggèrent que les deux approches gagneraient à "
           "être combinées sur un même territoire{n}.",
           notes=("Le groupe de travail « Aînés, isolement et santé mentale » du CLSM de Cambrevast a prévu, dans son "
                  "plan d'actions 2025, de former des sentinelles parmi les bénévoles d'Allô Voisins Seniors.",))
    s += P("4.2  Limites", SUB)
    s += P("L'enquête ne touche pas les personnes les plus fragiles, hospitalisées ou en établissement d'hébergement "
           "pour personnes âgées dépendantes (EHPAD), ni celles qui ont refusé d'ouvrir leur porte : l'isolement y est "
           "probablement sous-estimé. La question sur les idées suicidaires, unique, ne permet pas d'en apprécier la "
           "gravité. Enfin, les effectifs par quartier restent modestes et les écarts entre quartiers doivent être lus "
           "avec prudence.", BODY0)

    s += P("5  Recommandations", SEC)
    s += P("Au vu de ces résultats, les auteurs formulent cinq recommandations à l'intention des CLSM et de leurs "
           "partenaires :", BODY0)
    recs = [
        "inscrire la santé mentale des aînés comme axe à part entière des contrats de ville et des projets "
        "territoriaux de santé mentale (PTSM) normands ;",
        "former des sentinelles dans chaque QPV, en priorité parmi les professionnels de proximité qui entrent dans "
        "les logements (gardiens, aides à domicile, infirmiers libéraux, pharmaciens) ;",
        "garantir à chaque sentinelle un recours identifié : une EMPSA joignable en journée et une fiche d'alerte "
        "transmise à la coordination du CLSM ;",
        "aller au-devant des hommes âgés isolés qui consultent peu, par exemple dans les lieux qu'ils fréquentent "
        "(jardins familiaux, bars-tabacs, associations d'anciens travailleurs) ;",
        "répéter l'enquête en 2027 avec le même protocole, afin d'évaluer les effets des dispositifs mis en place.",
    ]
    for i, r in enumerate(recs, 1):
        s += [Paragraph(lig(r), ITEM, bulletText="%d." % i)]

    s += P("Remerciements", SEC)
    s += P("Les auteurs remercient les 1 152 personnes qui ont accepté de répondre, les enquêteurs, les bailleurs "
           "sociaux, les CCAS de Montferville, Cambrevast et Évrecourt, ainsi que Nadia Ferhat et Julien Costentin, "
           "coordinateurs des CLSM de Montferville et de Cambrevast. L'enquête a été financée par l'ARS de Normandie "
           "(45 000 euros) et par la Conférence des financeurs de la prévention de la perte d'autonomie de la "
           "Seine-Maritime (8 000 euros).", BODY0)

    s += P("Références", SEC)
    refs = [
        "[1] Anquetil M., Lecanu P. (2022). <i>Vieillir seul dans les grands ensembles : enquête ethnographique à "
        "Montferville.</i> Rouen : Presses de l'Institut universitaire du vieillissement de Basse-Seine, 184 p.",
        "[2] Delamare A., Quesnel C. (2023). « Mesurer l'isolement social des personnes âgées : validation française "
        "abrégée de la LSNS-6 en population générale ». <i>Revue normande d'épidémiologie</i>, 41(2), 77–89.",
        "[3] Hamelin M.-L. (2024). <i>Registres canicule et repérage des personnes vulnérables : pratiques de huit "
        "CCAS normands.</i> Caen : Cahiers de l'action sociale locale, n<super>o</super> 12.",
        "[4] Observatoire normand de la santé et du vieillissement (2023). <i>Suicide et tentatives de suicide des 65 "
        "ans et plus en Normandie, 2015-2021.</i> Document de travail ONSV n<super>o</super> 2023-05.",
        "[5] Pôle Ville Solidaire Normandie (2024). <i>Santé mentale et politique de la ville : fiches repères pour "
        "les CLSM.</i> Rouen : PVSN, 36 p.",
        "[6] Varin H., Leprévost S. (2021). « Une équipe mobile de psychiatrie du sujet âgé en territoire urbain "
        "prioritaire : bilan de deux années d'activité ». <i>Cahiers de gérontopsychiatrie</i>, 18, 203–215.",
        "[7] Yesavage J. A., Sheikh J. I. (1986). « Geriatric Depression Scale (GDS): recent evidence and development "
        "of a shorter version ». <i>Clinical Gerontologist</i>, 5(1-2), 165–173.",
    ]
    for r in refs:
        s += [Paragraph(lig(r), BIB)]

    FOOTNOTES.clear()
    doc.build(s)


if __name__ == "__main__":
    build()
    print("écrit", OUT)
