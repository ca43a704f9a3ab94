# -*- coding: utf-8 -*-
"""Brochure municipale mise en page sous InDesign et exportée « en planches » (Exporter > PDF Adobe (impression),
option « Planches ») : la couverture et la 4e de couverture sont des pages A5 isolées, les pages intérieures sont des
planches A4 paysage contenant deux pages A5 côte à côte (2-3, 4-5, …, 10-11). Folios aux deux coins extérieurs du
bas de chaque planche (page paire en bas à gauche, page impaire en bas à droite), titre courant en haut des pages,
texte justifié sur deux colonnes par page, encadrés, tableaux. Producteur « Adobe PDF Library 17.0 »."""
import os

from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, KeepInFrame, Paragraph, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-12_ville-de-lorvenn_guide-parents-bebes-2026.pdf")
LIB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("MinionPro-Regular", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("MinionPro-It", LIB + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("MinionPro-Bold", LIB + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("MyriadPro-BoldCond", DJ + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("MyriadPro-Cond", DJ + "DejaVuSansCondensed.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402
registerFontFamily("MinionPro-Regular", normal="MinionPro-Regular", bold="MinionPro-Bold",
                   italic="MinionPro-It", boldItalic="MinionPro-Bold")

A5W, A5H = 419.53, 595.28
SW = 2 * A5W
MARGIN_IN, MARGIN_OUT, MARGIN_TOP, MARGIN_BOT = 36, 30, 48, 46
BLUE = HexColor("#1F4E79")
ORANGE = HexColor("#EE8A2F")
LIGHT = HexColor("#FDF1E4")
INK = HexColor("#222222")

body = ParagraphStyle("body", fontName="MinionPro-Regular", fontSize=9.6, leading=12.4, alignment=TA_JUSTIFY,
                      textColor=INK, spaceAfter=4)
bodyl = ParagraphStyle("bodyl", parent=body, alignment=TA_LEFT)
h1 = ParagraphStyle("h1", fontName="MyriadPro-BoldCond", fontSize=19, leading=22, textColor=BLUE, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="MyriadPro-BoldCond", fontSize=12, leading=14.5, textColor=ORANGE,
                    spaceBefore=6, spaceAfter=3)
small = ParagraphStyle("small", fontName="MyriadPro-Cond", fontSize=8, leading=10, textColor=INK)
boxst = ParagraphStyle("box", parent=body, fontName="MyriadPro-Cond", fontSize=9, leading=11.5,
                       alignment=TA_LEFT)
cell = ParagraphStyle("cell", fontName="MyriadPro-Cond", fontSize=8.2, leading=10, textColor=INK)
cellb = ParagraphStyle("cellb", parent=cell, fontName="MyriadPro-BoldCond", textColor=white)


def P(t, st=body):
    return Paragraph(t, st)


def boxed(flows, bg=LIGHT):
    t = Table([[flows]], colWidths=[None])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("LEFTPADDING", (0, 0), (-1, -1), 7),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def table(rows, widths):
    data = [[Paragraph(c, cellb) for c in rows[0]]] + [[Paragraph(c, cell) for c in r] for r in rows[1:]]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, HexColor("#BBBBBB")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, LIGHT]),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    return t


def page_frames(x0, cols):
    """Cadres de texte d'une page A5 dont le bord gauche est à x0 (colonnes de largeur égale)."""
    inner_w = A5W - MARGIN_IN - MARGIN_OUT
    gutter = 12
    frames = []
    colw = (inner_w - gutter * (cols - 1)) / cols
    for i in range(cols):
        frames.append(Frame(x0 + MARGIN_OUT + i * (colw + gutter), MARGIN_BOT, colw, A5H - MARGIN_TOP - MARGIN_BOT,
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0))
    return frames


def flow(c, frames, story):
    story = list(story)
    for fr in frames:
        fr.addFromList(story, c)
    if story:
        raise SystemExit("texte en excès : %r" % story[0])


def spread(c, left_no, right_no, left_story, right_story, left_cols=2, right_cols=2, left_run="", right_run=""):
    c.setPageSize((SW, A5H))
    # page paire à gauche : marge extérieure à gauche
    fl = page_frames(0, left_cols)
    fr = page_frames(A5W, right_cols)
    # titres courants
    c.setFont("MyriadPro-Cond", 7.5)
    c.setFillColor(BLUE)
    c.drawString(MARGIN_OUT, A5H - 26, "Guide Parents & Bébés 2026 · Lorvenn")
    c.drawRightString(SW - MARGIN_OUT, A5H - 26, right_run)
    # trait de pli (repère discret)
    c.setStrokeColor(HexColor("#EEEEEE"))
    c.setLineWidth(0.3)
    c.line(A5W, 10, A5W, 20)
    flow(c, fl, left_story)
    flow(c, fr, right_story)
    # folios aux coins extérieurs
    c.setFillColor(ORANGE)
    c.rect(0, 0, 34, 30, fill=1, stroke=0)
    c.rect(SW - 34, 0, 34, 30, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("MyriadPro-BoldCond", 11)
    c.drawCentredString(17, 11, str(left_no))
    c.drawCentredString(SW - 17, 11, str(right_no))
    c.setFillColor(BLUE)
    c.setFont("MyriadPro-Cond", 7.5)
    c.drawString(40, 12, left_run)
    c.drawRightString(SW - 40, 12, "Ville de Lorvenn · CCAS · CLSM")
    c.showPage()


def main():
    c = canvas.Canvas(OUT, pagesize=(A5W, A5H))
    c.setTitle("LORV_GuideParentsBebes_2026_BAT3_planches")
    c.setCreator("Adobe InDesign 19.0 (Macintosh)")
    c.setProducer("Adobe PDF Library 17.0")
    c.setAuthor("Service communication - Ville de Lorvenn")

    # ---- page 1 : couverture isolée
    c.setFillColor(BLUE)
    c.rect(0, 0, A5W, A5H, fill=1, stroke=0)
    c.setFillColor(ORANGE)
    c.circle(A5W - 60, 120, 110, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("MyriadPro-BoldCond", 40)
    c.drawString(34, A5H - 120, "Guide")
    c.drawString(34, A5H - 165, "Parents & Bébés")
    c.setFont("MyriadPro-BoldCond", 56)
    c.drawString(34, A5H - 230, "2026")
    c.setFont("MyriadPro-Cond", 14)
    c.drawString(34, A5H - 275, "Lieux d'accueil, soutien à la parentalité")
    c.drawString(34, A5H - 293, "et bien-être après la naissance")
    c.setFont("MyriadPro-Cond", 11)
    c.drawString(34, A5H - 330, "Quartiers de Kervénic et du Bois-du-Chêne")
    c.setFont("MyriadPro-BoldCond", 12)
    c.drawString(34, 60, "Ville de Lorvenn · CCAS · CLSM de Lorvenn")
    c.setFont("MyriadPro-Cond", 9)
    c.drawString(34, 44, "Gratuit — ne peut être vendu")
    c.showPage()

    # ---- planche 2-3 : édito / sommaire
    p2 = [P("Édito", h1),
          P("Devenir parent est un bouleversement. Pour beaucoup de familles de Kervénic et du Bois-du-Chêne, il "
            "arrive loin des grands-parents, dans un logement trop petit, parfois dans une langue qui n'est pas "
            "encore la sienne. On nous dit souvent : « je ne savais pas que ça existait ». Ce guide est fait pour "
            "que plus aucun parent ne puisse le dire."),
          P("Il rassemble, quartier par quartier, les lieux où l'on peut venir avec son tout-petit sans rendez-vous, "
            "les consultations de la PMI, les groupes de parents et les numéros à connaître quand, après la "
            "naissance, le moral n'est pas au rendez-vous. Car oui, cela arrive, aux mères comme aux pères, et "
            "cela se soigne."),
          P("Ce guide a été écrit avec les professionnels du groupe de travail « Parentalité et santé mentale » du "
            "conseil local de santé mentale (CLSM) et relu par des parents du centre social Ti an Holl. Qu'ils en "
            "soient remerciés."),
          Spacer(1, 8),
          P("<i>Claire Jégou</i><br/>Adjointe au maire de Lorvenn chargée de la petite enfance et de la famille",
            bodyl)]
    p3 = [P("Sommaire", h1)]
    toc = [("Les lieux d'accueil enfants-parents", "4"), ("La Roulotte des Petits", "5"),
           ("La PMI près de chez vous", "6"), ("Après la naissance, ça ne va pas ?", "7"),
           ("Papas, vous aussi", "8"), ("Ateliers et groupes 2026", "9"), ("Contacts utiles", "10"),
           ("Vos questions", "11")]
    tt = Table([[Paragraph(a, body), Paragraph("<b>%s</b>" % b, body)] for a, b in toc], colWidths=[300, 30])
    tt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, HexColor("#CCCCCC"))]))
    p3 += [tt, Spacer(1, 14),
           boxed([P("<b>En cas d'urgence</b>", boxst),
                  P("SAMU : 15 — Numéro national de prévention du suicide : 3114 (24 h/24, 7 j/7, gratuit)",
                    boxst)])]
    spread(c, 2, 3, p2, p3, 1, 1, left_run="Édito", right_run="Sommaire")

    # ---- planche 4-5 : LAEP / Roulotte
    p4 = [P("Les lieux d'accueil enfants-parents", h1),
          P("Un lieu d'accueil enfants-parents (LAEP) est un espace de jeu et de parole où l'on vient avec son "
            "enfant de moins de 6 ans, sans rendez-vous et sans inscription. L'accueil est gratuit et anonyme : "
            "on ne vous demandera ni votre nom ni votre adresse. Deux accueillants formés à l'écoute sont "
            "présents à chaque séance. L'enfant joue et rencontre d'autres enfants ; le parent souffle, échange "
            "avec d'autres parents, pose ses questions s'il le souhaite. Un LAEP n'est ni une garderie ni une "
            "consultation : l'enfant reste toujours avec l'adulte qui l'accompagne."),
          P("L'Île aux Câlins", h2),
          P("LAEP de la Maison des familles, 12 rue des Goélands, quartier de Kervénic. Ouvert le lundi de 9 h à "
            "11 h 30, le mercredi de 15 h à 18 h et les 1er et 3e samedis du mois de 9 h 30 à 12 h (hors "
            "vacances d'été). Accueillantes : Nadège Le Moal et Fatou Sarr. Futurs parents bienvenus."),
          P("Bon à savoir", h2),
          P("Les grands-parents, les assistantes maternelles qui accompagnent un enfant et les futurs parents "
            "peuvent aussi venir. Il n'y a pas de durée minimale : on reste dix minutes ou toute la matinée."),
          ]
    rows = [["Jour", "Horaires", "Lieu"],
            ["Mardi", "9 h 30 – 12 h", "Parking de la place des Tilleuls (Kervénic)"],
            ["Jeudi", "9 h 30 – 12 h", "Square des Hortensias (Bois-du-Chêne)"],
            ["Vendredi", "14 h – 17 h", "Devant l'école maternelle Les Mouettes (Bois-du-Chêne)"]]
    p5 = [P("La Roulotte des Petits", h1),
          P("Depuis mars 2023, un bus aménagé sillonne les quartiers : c'est le LAEP itinérant porté par le "
            "centre social Ti an Holl, avec le soutien de la CAF du Morbihan et de la Ville. Même principe "
            "qu'à L'Île aux Câlins, mais c'est le lieu qui vient à vous, au pied des immeubles."),
          table(rows, [50, 62, 220]), Spacer(1, 8),
          boxed([P("<b>La Roulotte en 2025</b>", boxst),
                 P("96 demi-journées d'ouverture · 418 enfants accueillis · 337 adultes, dont 58 pères · des "
                   "familles de 19 nationalités", boxst)]),
          Spacer(1, 6),
          P("En 2026, la Roulotte ajoute un arrêt le samedi matin une fois par mois au Bois-du-Chêne, à partir "
            "du 7 février, pour les parents qui travaillent en semaine."),
          P("<i>« Je suis venue la première fois parce qu'il pleuvait et que le bus était chauffé. Maintenant je "
            "viens tous les mardis. » — une maman de Kervénic</i>")]
    spread(c, 4, 5, p4, p5, 1, 1, left_run="Les lieux d'accueil enfants-parents", right_run="La Roulotte des Petits")

    # ---- planche 6-7 : PMI / après la naissance
    p6 = [P("La PMI près de chez vous", h1),
          P("La protection maternelle et infantile (PMI) est un service gratuit du Département du Morbihan, "
            "ouvert à toutes les familles, avec ou sans couverture sociale. On y suit la grossesse, la santé "
            "et le développement de l'enfant jusqu'à 6 ans."),
          P("Centre médico-social de Kervénic", h2),
          P("3 rue des Ajoncs, Lorvenn — tél. 02 61 91 20 56"),
          P("• Consultations de nourrissons avec un médecin : mardi et jeudi matin, sur rendez-vous.<br/>"
            "• Permanence de la puéricultrice, sans rendez-vous : lundi de 14 h à 16 h 30 (pesée, allaitement, "
            "sommeil, pleurs).<br/>"
            "• Sage-femme de PMI, Morgane Le Du : suivi de grossesse, entretien prénatal précoce, entretien "
            "postnatal précoce et visites à domicile.", bodyl),
          P("L'entretien postnatal précoce", h2),
          P("Entre la 4e et la 8e semaine après la naissance, toutes les mères se voient proposer un entretien "
            "avec une sage-femme ou un médecin, remboursé à 100 %. On y parle de vous, pas seulement du bébé : "
            "sommeil, moral, couple, soutiens. Le second parent peut y participer. À Lorvenn, la sage-femme de "
            "PMI peut le réaliser à domicile.")]
    p7 = [P("Après la naissance, ça ne va pas ?", h1),
          P("Dans les jours qui suivent l'accouchement, beaucoup de mères ont « le baby blues » : larmes, "
            "fatigue, émotions en montagnes russes. Il passe en général en quelques jours. Si cela dure plus de "
            "15 jours, ou si cela commence plus tard, il peut s'agir d'une dépression post-partum. Elle touche "
            "aussi des pères. Elle n'a rien à voir avec l'amour que vous portez à votre enfant, et elle se "
            "soigne."),
          P("Les signes qui doivent alerter", h2),
          P("• tristesse ou pleurs qui durent plus de 15 jours ;<br/>• ne plus arriver à dormir, même quand "
            "le bébé dort ;<br/>• se sentir incapable, coupable, « mauvaise mère » ou « mauvais père » ;<br/>"
            "• ne plus avoir envie de sortir ni de voir personne ;<br/>• avoir peur de faire du mal au bébé ou "
            "penser à disparaître.", bodyl),
          P("Que faire ? Quatre étapes", h2),
          P("<b>1.</b> En parler à quelqu'un de confiance : conjoint, amie, voisine.<br/>"
            "<b>2.</b> Prendre rendez-vous avec votre sage-femme, votre médecin traitant ou la PMI "
            "(permanence sans rendez-vous le lundi après-midi).<br/>"
            "<b>3.</b> Si besoin, le professionnel vous oriente vers la consultation de psychiatrie périnatale du "
            "centre hospitalier de Lorvenn (Dr Hélène Quéré), qui reçoit les parents avec leur bébé.<br/>"
            "<b>4.</b> Si vous pensez à vous faire du mal ou à faire du mal au bébé : appelez le 15 ou le 3114, "
            "de jour comme de nuit.", bodyl)]
    spread(c, 6, 7, p6, p7, 1, 1, left_run="La PMI près de chez vous", right_run="Après la naissance")

    # ---- planche 8-9 : papas / ateliers
    p8 = [P("Papas, vous aussi", h1),
          P("Environ un père sur dix traverse une période de déprime dans l'année qui suit la naissance. Elle se "
            "montre souvent autrement : irritabilité, fatigue, repli, heures supplémentaires pour éviter la "
            "maison. En parler n'est pas un aveu de faiblesse."),
          P("Papas en jeu", h2),
          P("Un samedi matin par mois, de 10 h à 11 h 30, à L'Île aux Câlins : un temps réservé aux pères (et "
            "aux grands-pères) avec leurs enfants de 0 à 6 ans, animé par Kévin Le Roux, éducateur de jeunes "
            "enfants. Jeux, motricité, café. Sans inscription."),
          P("Café des parents", h2),
          P("Le premier samedi du mois de 10 h à 12 h au centre social Ti an Holl, 5 allée des Embruns : un "
            "thème, un intervenant, et surtout du temps entre parents. Garde des enfants assurée sur place.")]
    rows9 = [["Atelier", "Lieu", "Quand", "Public"],
             ["Massage bébé (4 séances)", "Centre médico-social de Kervénic", "Mercredi 10 h, cycles en février, "
              "mai et octobre", "Parents de bébés de 1 à 6 mois, sur inscription"],
             ["Cercle des jeunes mamans", "CCAS, salle du 1er étage", "Jeudi 14 h – 15 h 30", "Mères d'un "
              "enfant de moins d'un an, avec bébé"],
             ["Papas en jeu", "L'Île aux Câlins", "Un samedi par mois, 10 h", "Pères et grands-pères"],
             ["Café des parents", "Centre social Ti an Holl", "1er samedi du mois, 10 h", "Tous parents"],
             ["Portage et sommeil", "La Roulotte des Petits", "Jeudi, un mois sur deux", "Futurs et jeunes parents"]]
    p9 = [P("Ateliers et groupes 2026", h1),
          P("Le Cercle des jeunes mamans est animé par une psychologue de l'association Brin d'Éveil, "
            "financée par le CLSM. On y vient avec son bébé ; on parle, ou on écoute."),
          table(rows9, [78, 80, 82, 92])]
    spread(c, 8, 9, p8, p9, 1, 1, left_run="Papas, vous aussi", right_run="Ateliers et groupes 2026")

    # ---- planche 10-11 : contacts / FAQ
    rows10 = [["Structure", "Adresse", "Contact"],
              ["CLSM de Lorvenn — Erwan Cadiou, coordinateur", "Hôtel de ville, place de la Mairie",
               "02 61 91 20 40 · clsm@lorvenn.example"],
              ["Maison des familles — L'Île aux Câlins", "12 rue des Goélands", "02 61 91 20 47"],
              ["Centre social Ti an Holl — La Roulotte des Petits", "5 allée des Embruns",
               "02 61 91 20 52 · roulotte@tianholl.example"],
              ["PMI — Centre médico-social de Kervénic", "3 rue des Ajoncs", "02 61 91 20 56"],
              ["CCAS de Lorvenn", "Hôtel de ville", "02 61 91 20 30"],
              ["Consultation de psychiatrie périnatale — CH de Lorvenn", "Pavillon des Tamaris, avenue "
               "de l'Océan", "Sur orientation d'un professionnel"],
              ["Association Brin d'Éveil", "CCAS, 1er étage", "brindeveil@asso.example"]]
    p10 = [P("Contacts utiles", h1), table(rows10, [120, 100, 112])]
    p11 = [P("Vos questions", h1),
           P("Faut-il s'inscrire pour aller au LAEP ?", h2),
           P("Non. On entre et on sort quand on veut, pendant les heures d'ouverture."),
           P("La PMI, c'est payant ?", h2),
           P("Non, tout est gratuit, même sans carte Vitale."),
           P("Je ne parle pas bien français. Comment faire ?", h2),
           P("La PMI peut faire appel à un interprète par téléphone. Une fiche résumé de ce guide existe en "
             "arabe, en turc, en dari et en ukrainien : demandez-la à l'accueil de la mairie ou dans la Roulotte."),
           P("Si je dis que je vais mal, va-t-on me retirer mon enfant ?", h2),
           P("Non. Dire que l'on ne va pas bien, c'est protéger son enfant. Les professionnels sont là pour vous "
             "aider à aller mieux."),
           P("Mon bébé a plus de 6 ans / je n'habite pas le quartier, puis-je venir ?", h2),
           P("Les LAEP sont réservés aux enfants de moins de 6 ans, mais ils sont ouverts à toutes les familles "
             "de Lorvenn et des communes voisines.")]
    spread(c, 10, 11, p10, p11, 1, 1, left_run="Contacts utiles", right_run="Vos questions")

    # ---- page 12 : 4e de couverture isolée
    c.setPageSize((A5W, A5H))
    c.setFillColor(ORANGE)
    c.rect(0, 0, A5W, A5H, fill=1, stroke=0)
    fr = Frame(34, 60, A5W - 68, A5H - 140, showBoundary=0)
    wst = ParagraphStyle("w", parent=boxst, textColor=white, fontSize=11, leading=15)
    wh = ParagraphStyle("wh", parent=h1, textColor=white)
    fr.addFromList([P("Vous n'êtes pas seul·e", wh),
                    P("Un doute, une question, un coup de fatigue ? Poussez la porte d'un LAEP, de la PMI ou du "
                      "centre social. En cas d'urgence : 15. Idées suicidaires : 3114.", wst), Spacer(1, 30),
                    P("Ce guide a été réalisé par la Ville de Lorvenn, le CCAS et le CLSM de Lorvenn, avec le "
                      "Département du Morbihan (PMI), la CAF du Morbihan, le centre social Ti an Holl, "
                      "l'association Brin d'Éveil et le centre hospitalier de Lorvenn.", wst), Spacer(1, 30),
                    P("Conception et mise en page : service communication de la Ville de Lorvenn. Impression : "
                      "Imprimerie Ar Mor, sur papier recyclé. Tirage : 2 500 exemplaires. Dépôt légal : janvier "
                      "2026.", wst)], c)
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
