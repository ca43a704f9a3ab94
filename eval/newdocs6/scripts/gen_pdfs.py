"""Generate doc 6 (two-column article PDF with Frames, résumé, footnotes, références) and doc 7 (fiche action form on canvas)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.pdfgen import canvas
from reportlab.lib import colors
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
W, H = A4

# ---------- 6. two-column article ----------
FOOTNOTES = {1: ["1. Programme australien Mental Health First Aid, adapté en France depuis 2019 par l'association PSSM France.",
                 "2. Le questionnaire a été envoyé par SMS et par courrier ; 23 réponses ont été recueillies par téléphone.",
                 "3. Coût pédagogique et frais de salle inclus, hors temps de coordination du CLSM."]}
def on_page(c, doc):
    c.setFont("Helvetica", 7.5)
    c.drawString(2 * cm, H - 1.2 * cm, "Revue Santé & Territoires, n° 14, janvier 2026, p. 31-38")
    c.drawRightString(W - 2 * cm, 1.0 * cm, str(doc.page))
    notes = FOOTNOTES.get(doc.page, [])
    if notes:
        c.line(2 * cm, 2.6 * cm, 7 * cm, 2.6 * cm)
        y = 2.25 * cm
        for n in notes:
            c.drawString(2 * cm, y, n); y -= 0.4 * cm
body = ParagraphStyle("b", fontName="Times-Roman", fontSize=9.5, leading=12, alignment=TA_JUSTIFY, spaceAfter=5)
sec = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=4)
title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20, alignment=TA_CENTER, spaceAfter=6)
auth = ParagraphStyle("a", fontName="Helvetica", fontSize=9.5, leading=12, alignment=TA_CENTER, spaceAfter=8)
abst = ParagraphStyle("r", fontName="Times-Italic", fontSize=9, leading=11.5, alignment=TA_JUSTIFY, leftIndent=1 * cm, rightIndent=1 * cm)
ref = ParagraphStyle("ref", parent=body, fontSize=8.5, leading=10.5, leftIndent=10, firstLineIndent=-10)

doc = BaseDocTemplate(os.path.join(OUT, "2026-01-15_revue-sante-territoires_pssm-habitants-auberive.pdf"), pagesize=A4,
                      title="Former les habitants aux premiers secours en santé mentale", author="J. Carpentier, O. Mendès")
colw = (W - 4 * cm - 0.8 * cm) / 2
top = H - 2 * cm; bottom = 3 * cm
first = [Frame(2 * cm, H - 9.3 * cm, W - 4 * cm, 7.3 * cm, id="title"),
         Frame(2 * cm, bottom, colw, H - 9.5 * cm - bottom, id="l1"),
         Frame(2 * cm + colw + 0.8 * cm, bottom, colw, H - 9.5 * cm - bottom, id="r1")]
later = [Frame(2 * cm, bottom, colw, top - bottom, id="l"), Frame(2 * cm + colw + 0.8 * cm, bottom, colw, top - bottom, id="r")]
doc.addPageTemplates([PageTemplate("first", first, onPage=on_page), PageTemplate("later", later, onPage=on_page)])
P = lambda t, s=body: Paragraph(t, s)
story = [
    P("Former les habitants aux premiers secours en santé mentale dans les quartiers prioritaires : le retour d'expérience d'Auberive-sur-Lisse (2022-2025)", title),
    P("Julie Carpentier, coordinatrice du CLSM d'Auberive-sur-Lisse — Olivier Mendès, sociologue, Université Normandie-Ouest", auth),
    P("<b>Résumé.</b> Entre 2022 et 2025, le Conseil local de santé mentale (CLSM) d'Auberive-sur-Lisse a proposé la formation aux Premiers secours en santé mentale (PSSM) à des habitants et à des professionnels de proximité de ses deux quartiers prioritaires. 214 personnes ont été formées au cours de 17 sessions. Une enquête menée six mois après la formation montre que 72 % des répondants ont utilisé au moins un geste appris. L'article discute les conditions de réussite de ce déploiement : recrutement par les pairs, horaires adaptés, garde d'enfants et suivi après la formation.", abst),
    NextPageTemplate("later"), FrameBreak(),
    P("1. Introduction", sec),
    P("Les habitants des quartiers prioritaires de la politique de la ville (QPV) cumulent des facteurs de risque pour leur santé mentale : précarité, isolement, exposition aux violences. Ils accèdent pourtant moins souvent aux soins que le reste de la population. La formation PSSM<super>1</super>, d'une durée de deux jours, apprend à repérer une personne en difficulté psychique, à engager le dialogue et à l'orienter vers une aide adaptée."),
    P("À Auberive-sur-Lisse, ville normande de 28 500 habitants, les quartiers du Val-Fleuri et des Hauts-de-Lisse réunissent 7 200 habitants. Le CLSM, créé en 2018, a inscrit la formation des habitants dans le volet santé du contrat de ville dès 2022."),
    P("2. Méthode", sec),
    P("Les sessions ont été organisées au centre social du Val-Fleuri et à la médiathèque des Hauts-de-Lisse, le samedi ou en soirée. Une garde d'enfants gratuite était proposée. Le recrutement s'est appuyé sur les adultes-relais, les associations de locataires et le conseil citoyen."),
    P("L'évaluation combine un questionnaire administré six mois après la formation<super>2</super> (138 répondants sur 214, soit 64 %) et douze entretiens semi-directifs conduits par Olivier Mendès en 2025 avec des stagiaires, des formateurs et des partenaires."),
    P("3. Résultats", sec),
    P("Sur les 214 personnes formées, 131 (61 %) résident dans un QPV ; les autres sont des professionnels de proximité : gardiens d'immeuble, animateurs, agents d'accueil de la mairie et de la Caisse d'allocations familiales (CAF). Les femmes représentent 74 % des stagiaires. L'âge moyen est de 41 ans."),
    P("Six mois après la formation, 72 % des répondants déclarent avoir utilisé au moins un geste appris, le plus souvent l'écoute sans jugement (58 %) et l'orientation vers un professionnel (41 %). 19 répondants disent avoir accompagné une personne jusqu'à un rendez-vous au centre médico-psychologique (CMP)."),
    P("Le coût moyen d'une formation est de 245 € par stagiaire<super>3</super>. Le programme a été financé par l'ARS Normandie (52 000 € sur quatre ans) et par les crédits politique de la ville (18 000 €)."),
    P("4. Discussion", sec),
    P("Les entretiens font ressortir trois conditions de réussite. D'abord, le recrutement par les pairs : les stagiaires venus sur le conseil d'un voisin sont ceux qui terminent le plus souvent la formation. Ensuite, l'adaptation des horaires et la garde d'enfants, sans lesquelles de nombreuses mères de famille n'auraient pu participer. Enfin, le suivi après la formation : des « cafés secouristes » trimestriels permettent d'échanger sur les situations rencontrées."),
    P("Deux limites doivent être soulignées. Le taux d'abandon atteint 11 % lorsque les deux journées sont espacées de plus d'une semaine. Par ailleurs, les hommes de moins de 30 ans restent très peu représentés, alors qu'ils sont particulièrement exposés au risque suicidaire."),
    P("5. Conclusion", sec),
    P("L'expérience d'Auberive-sur-Lisse montre que la formation PSSM peut toucher des habitants éloignés du soin, à condition d'en adapter l'organisation. Le CLSM prévoit de former 80 personnes supplémentaires en 2026, en ciblant les jeunes hommes par l'intermédiaire des clubs sportifs et de la Mission locale."),
    P("Références", sec),
    P("Kitchener B., Jorm A. (2002). Mental health first aid training for the public. <i>BMC Psychiatry</i>, 2(10).", ref),
    P("Fabre C., Aubin L. (2023). Santé mentale et quartiers prioritaires : état des lieux. <i>Cahiers de la politique de la ville</i>, 8, 45-62.", ref),
    P("Mendès O. (2024). Les adultes-relais, passeurs de santé ? Rapport de recherche, Université Normandie-Ouest.", ref),
    P("Observatoire régional de la santé de Normandie (2024). <i>Santé mentale dans les QPV normands</i>. Caen, ORS.", ref),
]
doc.build(story)

# ---------- 7. fiche action ----------
fn = os.path.join(OUT, "2025-02-27_contrat-ville-cressac_fiche-action-point-ecoute-jeunes.pdf")
c = canvas.Canvas(fn, pagesize=A4)
c.setTitle("Fiche action 3.2 - Point écoute jeunes des Grands-Champs")
def header(page):
    c.setFillColor(colors.HexColor("#0b5394")); c.rect(0, H - 2.6 * cm, W, 2.6 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 20); c.drawString(1.5 * cm, H - 1.5 * cm, "CRESSAC")
    c.setFont("Helvetica", 8); c.drawString(1.5 * cm, H - 2.0 * cm, "la-Rivière · Ville & Agglo")
    c.setFont("Helvetica-Bold", 12); c.drawRightString(W - 1.5 * cm, H - 1.3 * cm, "Contrat de ville « Engagements Quartiers 2030 »")
    c.setFont("Helvetica", 10); c.drawRightString(W - 1.5 * cm, H - 1.9 * cm, f"Fiche action n° 3.2 — Pilier Santé et bien-être — page {page}/2")
    c.setFillColor(colors.black)
def box(y, h, label, lines, bullets=False):
    c.setStrokeColor(colors.HexColor("#999999")); c.rect(1.5 * cm, y - h, W - 3 * cm, h, stroke=1, fill=0)
    c.setFillColor(colors.HexColor("#e8eef7")); c.rect(1.5 * cm, y - h, 5 * cm, h, stroke=0, fill=1); c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9.5); c.drawString(1.7 * cm, y - 0.55 * cm, label)
    c.setFont("Helvetica", 9.5); yy = y - 0.55 * cm
    for ln in lines:
        if bullets: c.drawString(6.8 * cm, yy, "•"); c.drawString(7.2 * cm, yy, ln)
        else: c.drawString(6.8 * cm, yy, ln)
        yy -= 0.48 * cm
    return y - h - 0.25 * cm
header(1)
y = H - 3.2 * cm
y = box(y, 1.0 * cm, "Intitulé de l'action :", ["Point écoute jeunes des Grands-Champs"])
y = box(y, 1.5 * cm, "Porteur :", ["Association Relais Jeunesse Cressac (RJC)", "Référente : Laëtitia Morvan, directrice"])
y = box(y, 1.5 * cm, "Partenaires :", ["CLSM de Cressac-la-Rivière, Maison des adolescents de Loire-Atlantique,", "CMP enfants-adolescents, collège Aristide-Briand, Mission locale"])
y = box(y, 1.5 * cm, "Public cible :", ["Jeunes de 12 à 25 ans des quartiers prioritaires des Grands-Champs", "et de Bellevue-Sud, et leurs parents ; environ 150 jeunes par an"])
y = box(y, 2.9 * cm, "Objectifs :", ["Offrir un accueil anonyme et gratuit aux jeunes en mal-être", "Repérer précocement la souffrance psychique et le risque suicidaire",
                                       "Orienter vers les soins en moins d'un mois", "Soutenir les parents dans leur rôle éducatif", "Réduire les ruptures de scolarité liées au mal-être"], bullets=True)
y = box(y, 2.5 * cm, "Description :", ["Permanences d'écoute assurées par deux psychologues à mi-temps,", "le mardi et le jeudi de 16 h à 19 h et le samedi matin,",
                                          "au 12 rue des Tilleuls. Interventions mensuelles au collège", "Aristide-Briand. Groupe de parole pour les parents un soir par mois."])
y = box(y, 1.0 * cm, "Calendrier :", ["Du 1er avril 2025 au 31 décembre 2027 (trois ans)"])
y = box(y, 3.0 * cm, "Budget prévisionnel :", ["Montant total annuel : 58 400 €", "État (crédits politique de la ville) : 22 000 €", "ARS Pays de la Loire : 18 000 €",
                                                   "Ville de Cressac-la-Rivière : 12 400 €", "Caisse d'allocations familiales : 6 000 €"])
c.showPage()
header(2)
y = H - 3.2 * cm
y = box(y, 3.5 * cm, "Indicateurs d'évaluation :", ["Nombre de jeunes reçus (cible : 150 par an)", "Part des jeunes résidant en QPV (cible : 70 %)",
                                                        "Délai moyen d'orientation vers un CMP ou la MDA", "Nombre de parents ayant participé au groupe de parole",
                                                        "Taux de satisfaction des jeunes (questionnaire anonyme)", "Nombre d'interventions au collège"], bullets=True)
y = box(y, 1.5 * cm, "Modalités de suivi :", ["Bilan semestriel présenté au comité technique santé du contrat de ville", "et bilan annuel en comité de pilotage du CLSM"])
y = box(y, 1.5 * cm, "Lien avec le CLSM :", ["Action inscrite dans l'axe 2 du CLSM « Santé mentale des jeunes »", "Coordinatrice : Nadège Fouquet"])
y = box(y, 2.5 * cm, "Moyens humains :", ["Deux psychologues à mi-temps (1 ETP au total), recrutées par l'association", "Une animatrice jeunesse à 0,3 ETP pour l'accueil et les ateliers collectifs",
                                             "Supervision clinique mensuelle par un psychiatre du CMP enfants-adolescents", "Appui de la coordinatrice du CLSM pour l'animation du réseau"])
y = box(y, 2.5 * cm, "Résultats attendus :", ["Réduire le nombre de jeunes sans solution après un premier repérage", "Mieux faire connaître les ressources en santé mentale aux familles des QPV",
                                                 "Renforcer les liens entre le collège, la Mission locale et les soignants", "Faciliter le recours précoce à la Maison des adolescents"])
y = box(y, 1.0 * cm, "Date de validation :", ["Comité de pilotage du contrat de ville du 27 février 2025"])
c.setFont("Helvetica-Oblique", 8); c.drawString(1.5 * cm, 1.5 * cm, "Document de travail — ne pas diffuser sans accord du service politique de la ville de Cressac-la-Rivière")
c.save()
print("ok")
