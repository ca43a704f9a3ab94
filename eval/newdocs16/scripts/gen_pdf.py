# -*- coding: utf-8 -*-
"""PDF (reportlab) : étude de Ville & Santé Ligérienne. Pages 1-2 en deux colonnes avec, en page 1, un bandeau
latéral « Chiffres clés » (grands nombres au-dessus de leur libellé) ; en-tête et pied de page courants ;
puis un tableau pleine largeur qui continue sur la page suivante, sa légende « (suite) » et sa ligne d'en-tête
répétées."""
import os
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-06-18_ville-sante-ligerienne_etude-sante-mentale-personnes-exilees-qpv.pdf")
W, H = A4
body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.2, leading=12, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=4,
                    textColor=colors.HexColor("#1d4e6b"))
title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=6)
big = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=20, leading=23, textColor=colors.HexColor("#c0392b"))
lab = ParagraphStyle("lab", fontName="Helvetica", fontSize=8.3, leading=10, spaceAfter=9)
side_h = ParagraphStyle("sh", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=8)
cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.3, leading=10)
cap = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceAfter=4)


class SuiteTable(Table):
    """Tableau qui, coupé en bas de page, reprend sur la page suivante sous une légende « (suite) »."""
    def __init__(self, data, caption=None, **kw):
        self._caption = caption
        Table.__init__(self, data, **kw)

    def split(self, aW, aH):
        parts = Table.split(self, aW, aH)
        if len(parts) == 2 and self._caption:
            return [parts[0], Paragraph(self._caption + " (suite)", cap), parts[1]]
        return parts


def deco(c, d):
    c.saveState()
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.grey)
    c.drawString(1.6 * cm, H - 1.1 * cm, "Ville & Santé Ligérienne — Santé mentale des personnes exilées — étude 2026")
    c.drawRightString(W - 1.6 * cm, 1.0 * cm, "Page %d" % d.page)
    c.restoreState()


def main():
    doc = BaseDocTemplate(OUT, pagesize=A4, title="Santé mentale des personnes exilées dans les quartiers prioritaires "
                          "du Val de Montreval — étude 2026", author="Ville & Santé Ligérienne")
    m, top, bot = 1.6 * cm, 1.6 * cm, 1.6 * cm
    side_w, gap = 4.6 * cm, 0.6 * cm
    col_w1 = (W - 2 * m - side_w - 2 * gap) / 2
    f_side = Frame(m, bot, side_w, H - top - bot, id="side", showBoundary=0)
    f_a = Frame(m + side_w + gap, bot, col_w1, H - top - bot, id="a")
    f_b = Frame(m + side_w + 2 * gap + col_w1, bot, col_w1, H - top - bot, id="b")
    col_w2 = (W - 2 * m - gap) / 2
    f_c = Frame(m, bot, col_w2, H - top - bot, id="c")
    f_d = Frame(m + col_w2 + gap, bot, col_w2, H - top - bot, id="d")
    f_full = Frame(m, bot, W - 2 * m, H - top - bot, id="full")
    doc.addPageTemplates([PageTemplate("p1", [f_side, f_a, f_b], onPage=deco),
                          PageTemplate("p2", [f_c, f_d], onPage=deco),
                          PageTemplate("full", [f_full], onPage=deco)])
    S = []
    S.append(Paragraph("Chiffres clés 2025", side_h))
    for n, l in (("1 180", "personnes exilées suivies par l'équipe mobile psychiatrie précarité (EMPP)"),
                 ("43 %", "des entretiens menés avec un interprète professionnel"),
                 ("27 jours", "délai moyen d'un premier rendez-vous au CMP adultes"),
                 ("6", "quartiers prioritaires couverts par l'étude"),
                 ("19", "langues parlées par les personnes rencontrées"),
                 ("31 %", "des professionnels ont déjà fait traduire un enfant")):
        S += [Paragraph(n, big), Paragraph(l, lab)]
    S.append(FrameBreak())
    S.append(Paragraph("Santé mentale des personnes exilées dans les quartiers prioritaires du Val de Montreval", title))
    S.append(Paragraph("Étude 2026 — Inès Carvalho, chargée d'études, Ville &amp; Santé Ligérienne, centre de ressources "
                       "politique de la ville des Pays de la Loire. Publiée le 18 juin 2026.", body))
    P = lambda t: S.append(Paragraph(t, body))
    S.append(Paragraph("1. Contexte", h1))
    P("Les six quartiers prioritaires du Val de Montreval (Montreval-sur-Loire et Saint-Avre) accueillent une part "
      "croissante de personnes exilées : demandeurs d'asile hébergés en CADA ou à l'hôtel, réfugiés statutaires, "
      "personnes déboutées. Le Conseil local de santé mentale de Montreval a demandé au centre de ressources une étude "
      "de leurs besoins en santé mentale et des obstacles à leur prise en charge.")
    P("Cette étude accompagne la mise en place du protocole d'interprétariat professionnel signé en janvier 2026 par la "
      "Ville et l'association Passerelles Langues Santé.")
    S.append(Paragraph("2. Méthode", h1))
    P("Entre janvier et avril 2026, un questionnaire en ligne a été rempli par 64 professionnels (soignants, travailleurs "
      "sociaux, intervenants en CADA, agents d'accueil) et 22 entretiens ont été menés avec des personnes exilées, "
      "dont 14 avec un interprète. Les données d'activité 2025 de l'EMPP et du CMP adultes complètent l'enquête.")
    S.append(Paragraph("3. Principaux constats", h1))
    P("<b>Des souffrances liées au parcours.</b> Six personnes interrogées sur dix décrivent des symptômes évocateurs "
      "d'un psychotraumatisme : cauchemars, reviviscences, hypervigilance. Les violences subies pendant le trajet "
      "migratoire, notamment en Libye, reviennent dans la plupart des récits.")
    P("<b>Une précarité qui entretient la souffrance.</b> Les personnes rencontrées changent d'hébergement en moyenne "
      "tous les quatre mois, ce qui interrompt les suivis. L'attente d'une décision sur la demande d'asile est citée "
      "comme la première source d'angoisse.")
    P("<b>La langue, premier obstacle aux soins.</b> 43 % des entretiens de l'EMPP ont été menés avec un interprète "
      "professionnel en 2025 ; les autres l'ont été en français approximatif, en anglais ou avec l'aide d'un proche. "
      "31 % des professionnels disent avoir déjà fait traduire un enfant, faute d'autre solution.")
    P("<b>Des délais qui découragent.</b> Le délai moyen d'un premier rendez-vous au CMP adultes atteint 27 jours ; "
      "près d'une personne orientée sur trois ne se présente pas au premier rendez-vous.")
    P("<b>Des professionnels exposés.</b> Plus de la moitié des professionnels interrogés (54 %) disent ressentir une "
      "fatigue liée à l'écoute répétée de récits de violence, et seuls 12 % bénéficient d'une supervision.")
    S.append(Paragraph("4. Recommandations", h1))
    for i, r in enumerate((
        "Généraliser l'interprétariat professionnel dans toutes les structures du CLSM, par une enveloppe commune.",
        "Réserver au CMP adultes deux créneaux hebdomadaires de premier rendez-vous pour les personnes orientées par l'EMPP.",
        "Former les agents d'accueil au repérage de la souffrance psychique et à l'orientation.",
        "Proposer une supervision aux professionnels et aux interprètes exposés aux récits de violence.",
        "Ouvrir un groupe de parole pour les femmes exilées, avec une interprète dédiée."), 1):
        P("<b>Recommandation %d.</b> %s" % (i, r))
    S.append(NextPageTemplate("full"))
    S.append(PageBreak())
    S.append(Paragraph("5. Lieux d'écoute et de soins recensés", h1))
    P("Le tableau 2 recense les lieux d'écoute et de soins accessibles aux personnes exilées du Val de Montreval, avec "
      "le recours à l'interprétariat observé lors de l'enquête. Les structures sont listées sans ordre particulier.")
    S.append(Spacer(1, 12 * cm))
    caption = "Tableau 2 — Lieux d'écoute et de soins accessibles aux personnes exilées"
    S.append(Paragraph(caption, cap))
    hdr = ["Structure", "Quartier", "Public", "Interprétariat", "Jours d'ouverture"]
    data = [
        ("CMP adultes Émile-Zola", "Les Tilleuls", "Adultes", "Professionnel (PLS)", "Lundi au vendredi"),
        ("Équipe mobile psychiatrie précarité", "Tous quartiers", "Adultes sans domicile ou hébergés", "Professionnel (PLS)", "Lundi au vendredi"),
        ("Permanence d'accès aux soins de santé (PASS)", "Centre hospitalier", "Sans couverture maladie", "Téléphone", "Du lundi au samedi"),
        ("CADA Les Peupliers — psychologue", "La Grande Noue", "Demandeurs d'asile hébergés", "Professionnel (PLS)", "Mardi et jeudi"),
        ("Centre social des Tilleuls — point écoute", "Les Tilleuls", "Tout public", "Bénévole ou proche", "Mercredi après-midi"),
        ("Maison des adolescents", "Centre-ville", "11-21 ans", "Téléphone", "Lundi au samedi"),
        ("Centre médico-psychologique infanto-juvénile", "La Grande Noue", "Moins de 16 ans", "Professionnel (PLS)", "Lundi au vendredi"),
        ("Escale Trauma — antenne de Saint-Avre", "Bellevue", "Victimes de violences", "Professionnel (PLS)", "Jeudi"),
        ("Maison de santé pluriprofessionnelle du Clos-Fleuri", "Le Clos-Fleuri", "Tout public", "Aucun", "Lundi au vendredi"),
        ("Point santé de la Croix-Rouge", "Gare", "Personnes à la rue", "Bénévole ou proche", "Mardi matin"),
        ("Association Femmes Debout", "Bellevue", "Femmes victimes de violences", "Bénévole ou proche", "Lundi et vendredi"),
        ("Consultation transculturelle du CHU", "Hors quartier", "Familles", "Professionnel (PLS)", "Deuxième mardi du mois"),
        ("Groupe d'entraide mutuelle Le Phare", "Les Tilleuls", "Adultes", "Aucun", "Du mardi au samedi"),
        ("Accueil de jour Le Relais", "Gare", "Personnes sans abri", "Bénévole ou proche", "Tous les jours"),
        ("Service de santé universitaire", "Campus de Saint-Avre", "Étudiants", "Téléphone", "Lundi au vendredi"),
        ("Mission locale — psychologue", "Centre-ville", "16-25 ans", "Aucun", "Mercredi"),
        ("Espace de vie sociale La Passerelle", "Le Clos-Fleuri", "Tout public", "Bénévole ou proche", "Jeudi et samedi"),
        ("Centre de santé sexuelle", "Centre-ville", "Tout public", "Téléphone", "Lundi, mercredi et vendredi"),
    ]
    rows = [[Paragraph(h, cell) for h in hdr]] + [[Paragraph(v, cell) for v in r] for r in data]
    t = SuiteTable(rows, caption, colWidths=[5.6 * cm, 3.0 * cm, 3.6 * cm, 3.2 * cm, 2.4 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe8f0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(t)
    S.append(Spacer(1, 8))
    P("Lecture : « Professionnel (PLS) » signifie que la structure fait appel aux interprètes de l'association "
      "Passerelles Langues Santé ; « Bénévole ou proche » que la traduction repose sur l'entourage ou des bénévoles.")
    P("Source : enquête Ville &amp; Santé Ligérienne auprès de 64 professionnels, janvier-avril 2026.")
    doc.build(S)
    print(OUT)

if __name__ == "__main__":
    main()
