# -*- coding: utf-8 -*-
"""Génère la lettre d'information PDF sur deux colonnes (reportlab) du lot newdocs43."""
import os
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                FrameBreak)

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-16_vqr-nouvelle-aquitaine_lettre-quartiers-sante-n14.pdf")
W, H = A4
NPAGES = int(os.environ.get("NPAGES", "3"))
M, G = 1.6 * cm, 0.8 * cm
CW = (W - 2 * M - G) / 2

body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.2, leading=12.2, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=17, spaceAfter=6,
                    textColor=colors.HexColor("#1d5c4d"))
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4,
                    textColor=colors.HexColor("#1d5c4d"))
box = ParagraphStyle("box", parent=body, fontSize=8.8, leading=11.5, spaceAfter=3)
boxh = ParagraphStyle("boxh", parent=box, fontName="Helvetica-Bold", fontSize=10, leading=13)


def masthead(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#1d5c4d"))
    c.rect(0, H - 3.2 * cm, W, 3.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(M, H - 1.7 * cm, "Quartiers & Santé")
    c.setFont("Helvetica", 9.5)
    c.drawString(M, H - 2.4 * cm, "La lettre de Villes & Quartiers Ressources Nouvelle-Aquitaine (VQR-NA), "
                 "centre de ressources politique de la ville")
    c.drawRightString(W - M, H - 1.7 * cm, "N° 14 — février 2026")
    footer(c, doc)
    c.restoreState()


def footer(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(M, 1.0 * cm, "Quartiers & Santé n° 14 — VQR-NA — www.vqr-nouvelle-aquitaine.example")
    c.drawRightString(W - M, 1.0 * cm, "%d / %d" % (doc.page, NPAGES))
    c.restoreState()


def boxed(flow, bg):
    t = Table([[flow]], colWidths=[CW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1d5c4d")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=1.6 * cm,
                      title="Quartiers & Santé n° 14 — février 2026", author="VQR-NA")
top1 = H - 3.6 * cm
f1 = [Frame(M, 1.6 * cm, CW, top1 - 1.6 * cm, id="c1"), Frame(M + CW + G, 1.6 * cm, CW, top1 - 1.6 * cm, id="c2")]
f2 = [Frame(M, 1.6 * cm, CW, H - M - 1.6 * cm, id="d1"), Frame(M + CW + G, 1.6 * cm, CW, H - M - 1.6 * cm, id="d2")]
doc.addPageTemplates([PageTemplate("first", f1, onPage=masthead, autoNextPageTemplate="next"),
                      PageTemplate("next", f2, onPage=footer)])
P = lambda t, s=body: Paragraph(t, s)
S = []
S += [P("Val-de-Sévrine : soigner les enfants confiés là où ils vivent", h1),
      P("<i>Dans ce département du nord de la région, le Conseil départemental, l'hôpital spécialisé, la "
        "protection judiciaire de la jeunesse et l'ARS ont signé en juin 2024 un protocole sur la santé mentale "
        "des enfants placés. À Montclavel, le conseil local de santé mentale le décline jusque dans le quartier "
        "prioritaire des Hauts-de-Borie.</i>"),
      P("Tout est parti d'un constat partagé : des enfants confiés à l'aide sociale à l'enfance qui attendaient "
        "plus de six mois un premier rendez-vous en centre médico-psychologique, des familles d'accueil "
        "épuisées et des placements qui se terminaient dans l'urgence. Le protocole a créé une filière d'accès "
        "prioritaire aux CMP et une équipe mobile ASE-pédopsychiatrie, l'EMAP, qui se rend au domicile des "
        "assistants familiaux et dans les maisons d'enfants."),
      P("Dix-huit mois plus tard, les résultats sont nets. Pour les enfants confiés, le délai du premier "
        "rendez-vous en CMP est tombé à 7 semaines en décembre 2025. L'EMAP a suivi 211 enfants au cours de "
        "l'année 2025. Les passages aux urgences pédiatriques ont reculé d'un tiers sur la première année de "
        "fonctionnement. Reste un écart qui interroge : pour les enfants qui ne sont pas placés, le délai d'un "
        "premier rendez-vous en CMP atteint toujours 24 semaines."),
      P("Le quartier, maillon souvent oublié", h2),
      P("À Montclavel, 137 des 418 enfants confiés originaires de la ville viennent des Hauts-de-Borie. Le "
        "groupe de travail « Enfance protégée et santé mentale » du CLSM, copiloté par le Département et l'EMAP, "
        "a choisi de travailler avec ceux que l'on oublie souvent : les parents. Depuis le 13 septembre 2025, "
        "un groupe de parole se réunit un samedi matin par mois au centre social La Passerelle, financé par le "
        "contrat de ville à hauteur de 15 000 €."),
      P("Le groupe a aussi obtenu que la fiche réflexe « Enfant confié en souffrance : qui appeler ? » soit "
        "diffusée dans les écoles et les collèges du quartier, où les enseignants ignoraient souvent qu'un élève "
        "était placé.")]

fig = [P("Chiffres clés", boxh),
       P("<b>Enfants confiés suivis en CMP infanto-juvénile (2024)</b> : Val-de-Sévrine 31 % ; "
         "Nouvelle-Aquitaine 26 % ; France 23 %.", box),
       P("<b>En 2025</b> : 36 % dans le Val-de-Sévrine, 39 % à Montclavel, 45 % aux Hauts-de-Borie.", box),
       P("<b>1 364</b> enfants confiés dans le département au 31 décembre 2025.", box),
       P("<b>7 semaines</b> : délai du 1er rendez-vous en CMP pour un enfant confié (décembre 2025).", box),
       P("<b>104</b> assistants familiaux formés en 2025.", box),
       P("<b>693 000 €</b> : budget 2026 de l'EMAP (ARS Nouvelle-Aquitaine 498 000 €, Département 195 000 €).",
         box),
       P("<i>Sources : ODPE du Val-de-Sévrine ; estimations régionales et nationales de l'observatoire "
         "régional de la santé pour 2024.</i>", box)]
S += [Spacer(1, 4), boxed(fig, colors.HexColor("#e3f0ea")), Spacer(1, 8)]

S += [P("Assistants familiaux : une profession sous tension", h2),
      P("Le Département employait 443 assistants familiaux en juin 2024 ; ils ne sont plus que 421 fin 2025. "
        "Leur âge moyen dépasse 55 ans et près de quatre sur dix partiront à la retraite d'ici dix ans. Une "
        "campagne « Devenir assistant familial » a été lancée en janvier 2026, avec des réunions d'information "
        "mensuelles."),
      P("La formation « Repérer et accompagner la souffrance psychique de l'enfant accueilli » (trois jours) "
        "est l'un des arguments mis en avant. En 2026, seize sessions sont prévues, et une version de deux jours "
        "sera proposée sur site aux équipes des maisons d'enfants à caractère social. Depuis le 5 janvier 2026, "
        "les assistants familiaux disposent aussi d'une ligne d'appui directe auprès de l'EMAP, deux après-midi "
        "par semaine."),
      P("Une antenne pour le sud du département", h2),
      P("L'EMAP ouvrira le 1er avril 2026 une antenne à Castelvieil, à plus d'une heure de route de Montclavel, "
        "avec une infirmière et une psychologue (1,5 équivalent temps plein). L'ARS a relevé sa dotation de "
        "66 000 € pour la financer ; le Département a porté sa participation de 180 000 € à 195 000 € pour "
        "la ligne d'appui. Le budget total de l'équipe passe ainsi de 612 000 € à 693 000 € en année pleine.")]

itw = [P("Trois questions à… Yanis Haddou, coordinateur de l'atelier santé ville des Hauts-de-Borie", boxh),
       P("<b>Pourquoi un groupe pour les parents ?</b> Quand un enfant est placé, les parents disparaissent "
         "des radars. Or l'enfant va mieux quand ses parents comprennent ce qu'il vit. Beaucoup nous ont dit "
         "qu'ils n'avaient jamais entendu le mot pédopsychiatre avant le placement.", box),
       P("<b>Qui vient ?</b> Depuis septembre, 31 parents différents sont venus au moins une fois, et une "
         "douzaine viennent régulièrement. Ce sont surtout des mères, mais trois pères viennent chaque mois.",
         box),
       P("<b>Le plus difficile ?</b> La honte. Il a fallu du temps pour que certains osent dire, devant "
         "d'autres habitants du quartier, que leur enfant est placé. La médiatrice du centre social, qui parle "
         "arabe et turc, a beaucoup aidé. Ce qui marche, c'est que le groupe ne juge pas.", box)]
S += [Spacer(1, 4), boxed(itw, colors.HexColor("#fdf1dc")), Spacer(1, 8)]

S += [P("Ailleurs en région", h2),
      P("Dans le département voisin du Pays-de-Lémance, une équipe mobile comparable fonctionne depuis 2023 "
        "avec 4 équivalents temps plein ; elle suit environ 120 enfants par an, mais n'intervient qu'en MECS. "
        "VQR-NA organisera en avril un temps d'échange entre les deux équipes.")]

agenda = [["Date", "Rendez-vous"],
          ["Jeu. 5 mars 2026, 18 h", "Réunion d'information « Devenir assistant familial », Hôtel du Département, Montclavel"],
          ["Mar. 24 mars 2026, 18 h 30", "Ciné-débat des SISM sur le placement, centre social La Passerelle"],
          ["Mer. 1er avril 2026", "Ouverture de l'antenne de l'EMAP à Castelvieil"],
          ["Jeu. 9 avril 2026, 11 h", "Webinaire VQR-NA « Protection de l'enfance et politique de la ville »"],
          ["Mar. 19 mai 2026", "Comité de pilotage du protocole départemental, Montclavel"],
          ["Jeu. 11 juin 2026", "Journée régionale des CLSM de Nouvelle-Aquitaine, Montclavel"]]
rows = [[P(a, box), P(b, box)] for a, b in agenda]
at = Table(rows, colWidths=[3.0 * cm, CW - 3.0 * cm])
at.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d5c4d")),
                        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey)]))
S += [P("Mode d'emploi : qui appeler pour un enfant confié qui va mal ?", h2),
      P("1. En journée, le référent ASE de l'enfant : c'est lui qui saisit l'EMAP, par une fiche de saisine. "
        "L'équipe le rappelle sous 72 heures et rencontre l'enfant sous 15 jours (sous 48 heures en cas de crise)."),
      P("2. Pour un simple conseil, l'assistant familial peut appeler lui-même la ligne d'appui de l'EMAP, "
        "le mardi et le jeudi de 14 h à 17 h."),
      P("3. Le soir et le week-end, en cas d'urgence : le 15, puis l'astreinte de l'ASE."),
      P("4. Pour un jeune également suivi par la PJJ, prévenir aussi l'éducateur de l'UEMO : une synthèse "
        "commune ASE-PJJ-soin a lieu chaque trimestre."),
      P("Indicateurs suivis par le comité de pilotage", h2),
      P("Le protocole suit six indicateurs : délai du premier rendez-vous en CMP, nombre d'enfants suivis par "
        "l'EMAP, part des enfants confiés suivis en CMP, passages aux urgences, fins de placement en urgence et "
        "nombre d'assistants familiaux formés. Le CLSM de Montclavel propose d'en ajouter un septième : la part "
        "des premiers rendez-vous réellement honorés. Aux Hauts-de-Borie, un rendez-vous sur cinq n'a pas été "
        "honoré en 2025, souvent faute d'accompagnement physique de l'enfant jusqu'au CMP."),
      P("À lire, à voir", h2),
      P("Le replay du webinaire du CLSM de Montclavel « Accueillir un enfant qui va mal » (20 novembre 2025) et "
        "le bilan de première année de l'EMAP présenté au comité de pilotage du 9 octobre 2025 sont disponibles "
        "dans la rubrique Ressources du site de VQR-NA."),
      P("Agenda", h2), at, Spacer(1, 8),
      P("<i>Quartiers &amp; Santé est édité par Villes &amp; Quartiers Ressources Nouvelle-Aquitaine. "
        "Directrice de la publication : Odile Carrère. Rédaction : Paul Verdier. Contact : 03 99 00 18 40 — "
        "lettre@vqr-nouvelle-aquitaine.example</i>", box)]
doc.build(S)
n = len(__import__("pypdf").PdfReader(OUT).pages)
if n != NPAGES and "NPAGES" not in os.environ:
    os.environ["NPAGES"] = str(n)
    os.execv(__import__("sys").executable, [__import__("sys").executable, __file__])
print(OUT, n, "pages")
