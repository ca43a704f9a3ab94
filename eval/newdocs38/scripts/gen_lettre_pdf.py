# -*- coding: utf-8 -*-
"""Génère « La Lettre du CLSM de Belcombe » n° 9 (juin 2025), dossier « Aidants », PDF de 3 pages sur deux
colonnes (reportlab platypus, BaseDocTemplate à deux cadres).

Mise en page voulue : bandeau de titre ; panneau de quatre chiffres clés (quatre cases, grand nombre au-dessus
du libellé) en pleine largeur ; articles sur deux colonnes ; encadré citation ; emplacement de photo avec sa
légende ; encadré « Écoute Familles » ; agenda de dates en dernière page ; astérisque de note en bas de page.

Tout est inventé (ville, département, organismes, personnes, chiffres, numéros en 03 99 00, domaines .example).
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                FrameBreak, NextPageTemplate, PageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-06-10_clsm-belcombe_lettre-clsm-n9-aidants.pdf")

FD = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Serif", os.path.join(FD, "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SerifI", os.path.join(FD, "LiberationSerif-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FD, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("SansB", os.path.join(FD, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFontFamily("Serif", normal="Serif", italic="SerifI", bold="SansB", boldItalic="SansB")

GREEN = HexColor("#1F6E5A")
ORANGE = HexColor("#D9822B")
LIGHT = HexColor("#EAF4F0")
SAND = HexColor("#FBF1E4")
GREY = HexColor("#5F6B73")
W, H = A4
M = 1.6 * cm
GAP = 0.7 * cm
COLW = (W - 2 * M - GAP) / 2
N_PAGES = 3

st_body = ParagraphStyle("body", fontName="Serif", fontSize=9.8, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=5)
st_h = ParagraphStyle("h", fontName="SansB", fontSize=12.5, leading=15, textColor=GREEN, spaceBefore=6,
                      spaceAfter=4)
st_kick = ParagraphStyle("kick", fontName="SansB", fontSize=8, leading=10, textColor=ORANGE, spaceBefore=4)
st_big = ParagraphStyle("big", fontName="SansB", fontSize=22, leading=25, textColor=GREEN, alignment=TA_CENTER)
st_lab = ParagraphStyle("lab", fontName="Sans", fontSize=8.2, leading=10, alignment=TA_CENTER)
st_quote = ParagraphStyle("quote", fontName="SerifI", fontSize=11.5, leading=15, textColor=GREEN)
st_qs = ParagraphStyle("qs", fontName="Sans", fontSize=8.5, leading=10.5, textColor=GREY, spaceBefore=4)
st_cap = ParagraphStyle("cap", fontName="SerifI", fontSize=8.5, leading=10.5, textColor=GREY, spaceAfter=6)
st_box = ParagraphStyle("box", fontName="Sans", fontSize=8.8, leading=11.2, spaceAfter=2)
st_boxh = ParagraphStyle("boxh", fontName="SansB", fontSize=9.8, leading=12, textColor=ORANGE, spaceAfter=3)
st_ag = ParagraphStyle("ag", fontName="Sans", fontSize=8.9, leading=11.2, leftIndent=0, spaceAfter=4)
st_fn = ParagraphStyle("fn", fontName="Serif", fontSize=7.6, leading=9.4, textColor=GREY)


def P(t, s=st_body):
    return Paragraph(t, s)


def decor(canv, doc):
    n = canv.getPageNumber()
    canv.saveState()
    if n == 1:
        canv.setFillColor(GREEN)
        canv.rect(0, H - 3.3 * cm, W, 3.3 * cm, stroke=0, fill=1)
        canv.setFillColor(white)
        canv.setFont("SansB", 24)
        canv.drawString(M, H - 1.75 * cm, "La Lettre du CLSM")
        canv.setFont("Sans", 11)
        canv.drawString(M, H - 2.45 * cm, "Conseil local de santé mentale de Belcombe · n° 9 · juin 2025")
        canv.setFont("SansB", 11)
        canv.drawRightString(W - M, H - 1.75 * cm, "DOSSIER")
        canv.drawRightString(W - M, H - 2.45 * cm, "Les aidants")
    else:
        canv.setFont("Sans", 8)
        canv.setFillColor(GREY)
        canv.drawString(M, H - 1.1 * cm, "La Lettre du CLSM de Belcombe — n° 9 — juin 2025")
        canv.setStrokeColor(GREEN)
        canv.line(M, H - 1.25 * cm, W - M, H - 1.25 * cm)
    canv.setFont("Sans", 7.8)
    canv.setFillColor(GREY)
    canv.drawString(M, 0.9 * cm, "CLSM de Belcombe · Hôtel de ville, place Lamartine · 03 99 00 27 15 · "
                                 "sante-mentale.belcombe.example")
    canv.drawRightString(W - M, 0.9 * cm, "%d / %d" % (n, N_PAGES))
    canv.restoreState()


def templates():
    top1 = H - 3.3 * cm - 0.4 * cm
    panel_h = 3.1 * cm
    col_top1 = top1 - panel_h - 0.3 * cm
    bottom = 1.5 * cm
    first = PageTemplate("first", [
        Frame(M, top1 - panel_h, W - 2 * M, panel_h, id="panel", leftPadding=0, rightPadding=0),
        Frame(M, bottom, COLW, col_top1 - bottom, id="l1", leftPadding=0, rightPadding=0),
        Frame(M + COLW + GAP, bottom, COLW, col_top1 - bottom, id="r1", leftPadding=0, rightPadding=0),
    ], onPage=decor)
    top = H - 1.6 * cm
    two = PageTemplate("two", [
        Frame(M, bottom, COLW, top - bottom, id="l", leftPadding=0, rightPadding=0),
        Frame(M + COLW + GAP, bottom, COLW, top - bottom, id="r", leftPadding=0, rightPadding=0),
    ], onPage=decor)
    return [first, two]


def panel():
    figs = [("27", "familles en liste d'attente pour Cap Familles au 1er juin 2025"),
            ("1 148", "appels reçus en 2024 par la ligne Écoute Familles de l'AFAMP"),
            ("11 sur 12", "familles ont suivi le cycle Cap Familles 2024 jusqu'au bout"),
            ("198*", "réponses en ligne à l'enquête Aidants, clôturée le 30 avril")]
    cells = [[P(a, st_big), P(b, st_lab)] for a, b in figs]
    t = Table([cells], colWidths=[(W - 2 * M) / 4] * 4, rowHeights=[2.9 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                           ("INNERGRID", (0, 0), (-1, -1), 0.8, white), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def boxed(flow, bg=SAND, border=ORANGE, w=COLW):
    t = Table([[flow]], colWidths=[w])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("LINEBEFORE", (0, 0), (0, -1), 3, border),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def photo():
    d = Drawing(COLW, 4.2 * cm)
    d.add(Rect(0, 0, COLW, 4.2 * cm, fillColor=HexColor("#C9D6D1"), strokeColor=None))
    d.add(String(COLW / 2, 2.0 * cm, "[photo]", fontName="Sans", fontSize=9, fillColor=GREY, textAnchor="middle"))
    return d


def story():
    s = [NextPageTemplate("two"), panel(), FrameBreak()]
    s.append(P("ÉDITO", st_kick))
    s.append(P("Ils sont parents, conjoints, frères ou sœurs, parfois enfants. Ils accompagnent au quotidien un proche "
               "qui vit avec une schizophrénie, un trouble bipolaire ou une dépression sévère, souvent pendant des "
               "années, souvent seuls. Ce numéro de la Lettre leur est consacré. Depuis juin 2023, le groupe de "
               "travail « Aidants » de notre conseil local de santé mentale réunit les familles, la psychiatrie, le "
               "CCAS, l'Éducation nationale et les associations pour que plus aucun aidant ne reste sans réponse. "
               "Vous découvrirez dans ces pages ce qui existe déjà à Belcombe, et ce qui manque encore."))
    s.append(P("<i>Pascal Brenot, adjoint au maire chargé de la santé, président du CLSM</i>", st_body))
    s.append(P("Cap Familles : le cycle bellecombois affiche complet", st_h))
    s.append(P("Depuis janvier 2024, le programme de psychoéducation Cap Familles, jusque-là proposé seulement à "
               "Larrey-sur-Sâline, est aussi organisé à Belcombe, au CMP Pasteur. Il s'adresse aux proches d'une "
               "personne vivant avec une schizophrénie, un trouble schizo-affectif ou un trouble bipolaire. Le "
               "cycle compte 14 séances de trois heures, le mardi de 18 h à 21 h, tous les quinze jours, en groupe "
               "de douze familles au plus. On y apprend ce qu'est la maladie, comment agissent les traitements, "
               "mais surtout comment communiquer avec son proche, poser des limites et prendre soin de soi."))
    s.append(P("Le premier cycle, en 2024, a réuni douze familles ; onze l'ont suivi jusqu'au bout. Le deuxième a "
               "commencé le 14 janvier 2025 et s'achève le 17 juin. Mais la demande dépasse largement l'offre : au "
               "1er juin 2025, 27 familles attendaient une place, soit plus de deux cycles complets. « Certaines "
               "familles attendront plus d'un an », regrette Julien Perrault, psychologue au CHS du Val-de-Sâline, "
               "qui co-anime le groupe avec une bénévole de l'AFAMP."))
    s.append(P("Pour s'inscrire, il faut d'abord un entretien individuel avec le psychologue, qui vérifie que le "
               "programme correspond à la situation de la famille : appeler le secrétariat du CMP Pasteur au "
               "03 99 00 61 25. Le prochain cycle débutera le mardi 16 septembre 2025."))
    s.append(boxed([P("« Pendant des années, j'ai cru que j'étais la seule à vivre ça. Au café, j'ai compris que "
                      "non. Et pour la première fois, j'ai ri en parlant de mon fils. »", st_quote),
                    P("Monique, 67 ans, mère d'un homme de 39 ans qui vit avec une schizophrénie", st_qs)],
                   bg=LIGHT, border=GREEN))
    s.append(Spacer(1, 6))
    s.append(P("Le Café Boussole, un rendez-vous sans inscription", st_h))
    s.append(P("Chaque deuxième jeudi du mois, de 14 h 30 à 16 h 30, le Café Boussole accueille au centre social de "
               "la Combe (12 rue des Vergers) les proches qui veulent simplement parler, écouter, poser des "
               "questions. Il est animé par des bénévoles de l'AFAMP et par Nadia Benali, pair-aidante familiale. "
               "Pas besoin de s'inscrire ni d'être adhérent : on vient quand on veut, on repart quand on veut. En "
               "2024, dix cafés ont rassemblé 87 participations. En mai, le café a exceptionnellement eu lieu le "
               "jeudi 15, le 8 mai étant férié."))
    s.append(photo())
    s.append(P("Le Café Boussole du 15 mai 2025 au centre social de la Combe. De gauche à droite : Nadia Benali, "
               "pair-aidante familiale, Marie-Claude Verdier, déléguée départementale de l'AFAMP, et Aurélie "
               "Jacquot, coordinatrice de l'association Répit'Sâline. Photo CLSM.", st_cap))
    s.append(P("Enquête Aidants : les premiers chiffres", st_h))
    s.append(P("Lancée le 3 mars avec l'Observatoire de la santé de Haute-Sâline, l'enquête sur le fardeau et les "
               "besoins des aidants a été clôturée le 30 avril. 198 personnes ont répondu en ligne*. Les premiers "
               "résultats confirment ce que disent les associations : un aidant sur deux se dit épuisé, et la "
               "première demande est de comprendre la maladie. Le rapport complet sera présenté en septembre, puis "
               "lors de la Journée des aidants."))
    s.append(P("Pair-aidance familiale : des familles au service des familles", st_h))
    s.append(P("Une pair-aidante ou un pair-aidant familial est un parent, un conjoint, un frère ou une sœur qui a "
               "traversé les mêmes épreuves et qui, après une formation, accueille et soutient d'autres familles. "
               "L'AFAMP a formé quatre pair-aidants familiaux en 2024 (formation de 35 heures sur cinq journées) ; "
               "trois autres sont en formation ce printemps. Ils animent le Café Boussole, tiennent un stand lors "
               "des journées d'information et proposeront, dès l'automne, un accueil des familles au CMP Pasteur. "
               "Ce ne sont ni des soignants ni des médiateurs de santé pairs : ils ne donnent aucun avis médical."))
    s.append(P("Jeunes aidants : le collège Gustave-Courbet se lance", st_h))
    s.append(P("Au collège Gustave-Courbet, situé dans le quartier de La Combe-aux-Loups, l'infirmière scolaire "
               "Sophie Lambert a interrogé en mai les 186 élèves de 4e et de 3e. 14 % disent aider régulièrement un "
               "proche malade ou handicapé, et 5 % un proche qui a un trouble psychique. « Ces élèves arrivent "
               "fatigués, rendent leurs devoirs en retard, et personne ne sait pourquoi », explique-t-elle. À la "
               "rentrée 2025, le collège ouvrira Ricochet, un groupe de parole mensuel pour les jeunes aidants, "
               "animé par l'infirmière et une psychologue de la maison des adolescents."))
    s.append(P("La consultation des familles du secteur", st_h))
    s.append(P("Beaucoup l'ignorent : le secteur de psychiatrie adulte de Belcombe propose une consultation réservée "
               "aux familles, au CMP Pasteur, même quand le patient n'y participe pas. Le Dr Hélène Marchetti, "
               "psychiatre, et Karine Bourgeois, infirmière, y reçoivent les proches pour les informer, les "
               "conseiller et préparer avec eux la conduite à tenir en cas de crise. En 2024, 143 familles y ont "
               "été reçues. Le rendez-vous se prend au 03 99 00 61 20."))
    s.append(boxed([P("Écoute Familles", st_boxh),
                    P("La ligne d'écoute de la délégation AFAMP de Haute-Sâline répond aux proches au "
                      "<b>03 99 00 41 70</b>, du lundi au vendredi de 9 h à 12 h, et le mercredi de 17 h à 20 h. "
                      "Appel anonyme, au prix d'une communication locale. Les écoutants sont des bénévoles formés, "
                      "eux-mêmes proches d'une personne malade.", st_box)]))
    s.append(Spacer(1, 6))
    s.append(P("Le groupe de travail « Aidants » du CLSM", st_h))
    s.append(P("Créé en juin 2023, il réunit dix-huit structures et se retrouve tous les deux mois. Il est co-piloté "
               "par Marie-Claude Verdier, déléguée départementale de l'AFAMP, et Thomas Girardot, responsable du "
               "pôle seniors et aidants du CCAS. Ses priorités pour 2025 : l'enquête Aidants, la Journée des aidants "
               "du 4 octobre et la recherche de financements pour un second groupe Cap Familles. Toute structure "
               "intéressée peut rejoindre le groupe en écrivant à la coordinatrice du CLSM, Camille Roussel "
               "(camille.roussel@belcombe.example)."))
    s.append(P("Souffler quelques jours : les séjours Parenthèse", st_h))
    s.append(P("L'association Répit'Sâline organise des séjours de répit de trois jours et deux nuits réservés aux "
               "aidants de proches vivant avec un trouble psychique, au gîte des Hérons, au bord du lac de "
               "Chalonne : balades, sophrologie, ateliers et temps d'échange, sans le proche. En 2024, deux séjours "
               "ont accueilli 17 aidants. La participation demandée est de 60 € par séjour, hébergement et repas "
               "compris ; le CCAS peut la prendre en charge pour les personnes aux revenus modestes."))
    s.append(P("Agenda", st_h))
    for d, t in [
        ("Jeudi 12 juin 2025, 14 h 30", "Café Boussole, centre social de la Combe"),
        ("Mardi 17 juin 2025", "Dernière séance du cycle Cap Familles 2025, CMP Pasteur"),
        ("Jeudi 3 juillet 2025, 9 h 30", "Réunion du groupe de travail « Aidants », salle du CCAS"),
        ("Jeudi 10 juillet 2025, 14 h 30", "Dernier Café Boussole avant l'été (pas de café en août)"),
        ("Mardi 16 septembre 2025", "Début du nouveau cycle Cap Familles"),
        ("Du vendredi 19 au dimanche 21 septembre 2025", "Séjour Parenthèse au gîte des Hérons (12 places)"),
        ("Samedi 4 octobre 2025, 9 h – 17 h", "Journée des aidants en santé mentale, Espace Lumière"),
    ]:
        s.append(P("<b>%s</b> — %s" % (d, t), st_ag))
    s.append(Spacer(1, 10))
    s.append(P("* Chiffre provisoire : les questionnaires remplis sur papier sont en cours de saisie par les "
               "bénévoles de l'AFAMP.", st_fn))
    s.append(P("Directeur de la publication : Pascal Brenot. Rédaction : Camille Roussel, coordinatrice du CLSM. "
               "Tirage : 1 200 exemplaires. Imprimé par la ville de Belcombe.", st_fn))
    return s


def main():
    doc = BaseDocTemplate(OUT, pagesize=A4, pageTemplates=templates(), title="La Lettre du CLSM n° 9 — Aidants",
                          author="CLSM de Belcombe")
    doc.build(story())
    from pypdf import PdfReader
    n = len(PdfReader(OUT).pages)
    print("écrit :", OUT, n, "pages")
    assert n == N_PAGES, n


if __name__ == "__main__":
    main()
