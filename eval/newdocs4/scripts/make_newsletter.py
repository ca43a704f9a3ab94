"""Doc 3: two-column PDF newsletter (La Lettre du CLSM de Port-Lormel n° 12)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                FrameBreak, NextPageTemplate, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = "/work/main/eval/newdocs4/corpus/2025-06-10_clsm-port-lormel_lettre-info-12.pdf"
F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", F + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", F + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", F + "DejaVuSerif-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

import sys
TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 2
TEAL = colors.HexColor("#0E6E73")
W, H = A4
M = 1.6 * cm
GAP = 0.7 * cm
COLW = (W - 2 * M - GAP) / 2
MAST_H = 4.2 * cm
FOOT = 1.4 * cm

body = ParagraphStyle("body", fontName="DV", fontSize=8.8, leading=11.6, alignment=TA_JUSTIFY, spaceAfter=4)
h = ParagraphStyle("h", fontName="DVSB", fontSize=12.5, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=4)
kicker = ParagraphStyle("k", fontName="DVB", fontSize=7.5, leading=9, textColor=colors.HexColor("#B5523B"),
                        spaceBefore=6)
sig = ParagraphStyle("sig", parent=body, fontName="DVI", alignment=0)
box_h = ParagraphStyle("bh", fontName="DVB", fontSize=11, leading=14, textColor=colors.white, alignment=TA_CENTER)
box_t = ParagraphStyle("bt", fontName="DV", fontSize=8.5, leading=11, textColor=colors.HexColor("#0B3B3E"))


def masthead(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, H - MAST_H, W, MAST_H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVSB", 26)
    c.drawString(M, H - 1.9 * cm, "La Lettre du CLSM")
    c.setFont("DV", 11)
    c.drawString(M, H - 2.7 * cm, "Conseil local de santé mentale de Port-Lormel")
    c.setFont("DVB", 10)
    c.drawRightString(W - M, H - 1.9 * cm, "N° 12 — juin 2025")
    c.setFont("DV", 8)
    c.drawRightString(W - M, H - 0.8 * cm, "Ville de Port-Lormel · EPSM de l'Estuaire · partenaires du CLSM")
    c.setFont("DVI", 8)
    c.drawString(M, H - 3.5 * cm, "Lettre semestrielle d'information à destination des partenaires et des habitants")
    c.restoreState()
    footer(c, doc)


def footer(c, doc):
    c.saveState()
    c.setStrokeColor(TEAL)
    c.line(M, FOOT, W - M, FOOT)
    c.setFont("DV", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(M, FOOT - 0.45 * cm, "La Lettre du CLSM de Port-Lormel — n° 12 — juin 2025")
    c.drawRightString(W - M, FOOT - 0.45 * cm, f"Page {doc.page} / {TOTAL}")
    c.restoreState()


top1 = H - MAST_H - 0.5 * cm
f1 = [Frame(M, FOOT + 0.3 * cm, COLW, top1 - FOOT - 0.3 * cm, id="c1", leftPadding=0, rightPadding=0),
      Frame(M + COLW + GAP, FOOT + 0.3 * cm, COLW, top1 - FOOT - 0.3 * cm, id="c2", leftPadding=0, rightPadding=0)]
top2 = H - 1.4 * cm
f2 = [Frame(M, FOOT + 0.3 * cm, COLW, top2 - FOOT - 0.3 * cm, id="d1", leftPadding=0, rightPadding=0),
      Frame(M + COLW + GAP, FOOT + 0.3 * cm, COLW, top2 - FOOT - 0.3 * cm, id="d2", leftPadding=0, rightPadding=0)]

doc = BaseDocTemplate(OUT, pagesize=A4, title="La Lettre du CLSM de Port-Lormel n° 12 — juin 2025",
                      author="CLSM de Port-Lormel", subject="Lettre d'information")
doc.addPageTemplates([PageTemplate("first", frames=f1, onPage=masthead),
                      PageTemplate("next", frames=f2, onPage=footer)])

S = []
P = lambda t, st=body: S.append(Paragraph(t, st))

S.append(NextPageTemplate("next"))
P("ÉDITO", kicker)
P("Dix ans d'entraide, et maintenant\u00a0?", h)
P("Il y a dix ans, une poignée d'habitants du Bois-Joli poussaient la porte d'un local prêté par la ville pour créer "
  "un lieu où l'on pourrait parler de ses troubles sans être jugé. Le groupe d'entraide mutuelle La Boussole fête "
  "cette année son anniversaire, et il dit beaucoup du chemin parcouru par notre Conseil local de santé mentale "
  "(CLSM). Depuis sa création en 2018, le CLSM a réuni autour de la même table les élus, l'Établissement public de "
  "santé mentale (EPSM) de l'Estuaire, les bailleurs, les associations et, de plus en plus, les personnes concernées "
  "elles-mêmes.")
P("Cette lettre rend compte d'une année dense : une cellule de veille logement qui a trouvé son rythme, des "
  "habitants formés aux premiers secours en santé mentale, un premier conseil de santé mentale de quartier. Elle "
  "annonce aussi les Semaines d'information sur la santé mentale (SISM) d'octobre. Bonne lecture à toutes et à tous.")
P("Nadège Rivallan, adjointe au maire déléguée à la santé et présidente du CLSM", sig)

P("ANNIVERSAIRE", kicker)
P("Le GEM La Boussole fête ses dix ans", h)
P("Créé en mars 2015 à l'initiative de l'Union nationale de familles et amis de personnes malades et/ou handicapées "
  "psychiques (Unafam) et de quelques habitants, le groupe d'entraide mutuelle (GEM) La Boussole compte aujourd'hui "
  "64 adhérents. Le GEM est une association d'usagers : ce sont ses adhérents qui décident des activités, avec "
  "l'appui de deux animatrices salariées.")
P("Le GEM est ouvert du mardi au samedi, de 13 h 30 à 18 h, et propose chaque semaine un atelier cuisine, une "
  "randonnée sur le sentier côtier et un groupe de parole. Depuis janvier 2025, il occupe un nouveau local de "
  "110 m² au rez-de-chaussée de la résidence Les Mouettes, au Bois-Joli, mis à disposition par le bailleur Estuaire "
  "Habitat. La fête des dix ans aura lieu le samedi 13 septembre 2025, sur la place du marché du Bois-Joli.")

P("LOGEMENT", kicker)
P("Cellule de veille : 38 situations examinées en 2024", h)
P("La cellule de veille santé mentale et logement réunit tous les deux mois le CCAS, les deux bailleurs sociaux "
  "(Estuaire Habitat et Atlantique Logis), le centre médico-psychologique (CMP) adultes de l'EPSM, le service "
  "d'accompagnement à la vie sociale (SAVS) et la coordinatrice du CLSM. Elle examine, avec l'accord des personnes "
  "ou dans le respect du secret partagé, les situations de locataires en difficulté : troubles de voisinage, "
  "impayés liés à une décompensation, logement très dégradé.")
P("En 2024, la cellule a examiné 38 situations, contre 25 en 2023. Pour 27 d'entre elles, la personne a pu se "
  "maintenir dans son logement ; 6 ont abouti à un relogement adapté, et 5 restaient en cours au 31 décembre. Le "
  "délai moyen entre le signalement et le premier passage en cellule est de trois semaines.")

P("PRÉVENTION", kicker)
P("Premiers secours en santé mentale : 96 secouristes en 2024", h)
P("Le programme des premiers secours en santé mentale (PSSM) apprend à repérer une personne en difficulté "
  "psychique, à lui parler et à l'orienter. En 2024, le CLSM a financé huit sessions de deux jours : 96 personnes "
  "ont été formées, dont 41 habitants des quartiers prioritaires, les autres étant des gardiens d'immeuble, des "
  "agents d'accueil de la mairie et des animateurs des centres sociaux.")
P("Les formations sont assurées par deux formateurs accrédités de l'EPSM de l'Estuaire. Pour 2025, dix sessions "
  "sont programmées, dont deux réservées aux jeunes de 16 à 25 ans (module PSSM Jeunes).")

box = Table([
    [Paragraph("Chiffres clés 2024", box_h)],
    [Paragraph("<b>3</b> quartiers prioritaires : Bois-Joli, Les Salines et Le Grand-Large", box_t)],
    [Paragraph("<b>52</b> structures membres du CLSM", box_t)],
    [Paragraph("<b>38</b> situations examinées par la cellule de veille logement", box_t)],
    [Paragraph("<b>96</b> secouristes PSSM formés", box_t)],
    [Paragraph("<b>64</b> adhérents au GEM La Boussole", box_t)],
    [Paragraph("<b>1 850</b> participants aux SISM 2024", box_t)],
], colWidths=[COLW])
box.setStyle(TableStyle([
    ("BACKGROUND", (0, 0), (-1, 0), TEAL),
    ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#E3F2F2")),
    ("BOX", (0, 0), (-1, -1), 1.2, TEAL),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ("LEFTPADDING", (0, 0), (-1, -1), 8),
]))
S.append(Spacer(1, 6))
S.append(KeepTogether([box]))
S.append(Spacer(1, 4))

P("PARTICIPATION", kicker)
P("Au Bois-Joli, un premier conseil de santé mentale de quartier", h)
P("Le 22 mai 2025, une trentaine d'habitants, de professionnels et de membres du conseil citoyen se sont retrouvés "
  "au centre social Les Embruns pour le premier conseil de santé mentale de quartier. L'idée : faire remonter "
  "directement du quartier les préoccupations des habitants, plutôt que d'attendre l'assemblée plénière annuelle du "
  "CLSM.")
P("Trois sujets sont ressortis : l'isolement des personnes âgées dans les tours, l'anxiété des jeunes face à "
  "l'orientation scolaire et le manque d'information sur les lieux d'écoute. Le conseil se réunira deux fois par an. "
  "Il devrait être étendu aux Salines en 2026.")

P("ÉVÉNEMENT", kicker)
P("SISM 2025 : à vos agendas", h)
P("Les Semaines d'information sur la santé mentale auront lieu du 6 au 19 octobre 2025. Le CLSM prépare avec ses "
  "partenaires quatorze rendez-vous : ciné-débat au cinéma Le Phare, portes ouvertes du GEM, marche solidaire sur la "
  "digue, exposition de photos réalisées par des patients de l'hôpital de jour et forum des associations. Le "
  "programme complet sera diffusé début septembre.")
P("Les structures qui souhaitent proposer une animation peuvent se faire connaître auprès de la coordinatrice avant "
  "le 4 juillet 2025.")

P("JEUNESSE", kicker)
P("Aux Salines, la Maison des adolescents tient permanence", h)
P("Depuis le 5 février 2025, la Maison des adolescents (MDA) de l'Estuaire tient une permanence chaque mercredi de "
  "14 h à 17 h à l'espace jeunes des Salines. Une psychologue et un éducateur y reçoivent, sans rendez-vous et "
  "gratuitement, les jeunes de 11 à 21 ans et leurs parents. En quatre mois, 27 jeunes y ont été reçus, dont un "
  "tiers est venu accompagné d'un ami.")
P("Cette permanence est née d'une demande formulée lors de l'assemblée plénière de novembre 2024 par les "
  "animateurs de l'espace jeunes, qui se sentaient démunis face à des adolescents en grande détresse. Elle est "
  "financée pour deux ans par l'appel à projets du contrat de ville.")

P("PORTRAIT", kicker)
P("Yvonne, pair-aidante au GEM", h)
P("Ancienne aide-soignante, Yvonne Kerdoncuff a connu plusieurs hospitalisations avant de pousser la porte de La "
  "Boussole en 2017. Aujourd'hui, elle est salariée du GEM à mi-temps comme pair-aidante : elle accueille les "
  "nouveaux adhérents, co-anime le groupe de parole et intervient dans les formations PSSM pour témoigner de son "
  "parcours de rétablissement.")
P("« Quand on arrive, on a souvent honte. Voir quelqu'un qui est passé par là et qui va bien, ça change "
  "tout », résume-t-elle. Elle a suivi en 2023 une formation de pair-aidance de 120 heures, financée par l'ARS.")

P("EN BREF", kicker)
P("Nouvelles têtes et dates à retenir", h)
P("<b>Arrivée.</b> Le docteur Malo Quéméner a pris ses fonctions de chef du pôle de psychiatrie adulte de l'EPSM de "
  "l'Estuaire le 1er mars 2025. Il siège désormais au comité de pilotage du CLSM.")
P("<b>Formation.</b> Une journée « santé mentale et travail social » est proposée aux agents du CCAS et du "
  "département le 25 septembre 2025.")
P("<b>Assemblée plénière.</b> La prochaine assemblée plénière du CLSM se tiendra le jeudi 27 novembre 2025 à "
  "l'hôtel de ville.")

P("CONTACT", kicker)
P("Coordination du CLSM", h)
P("Gwenaëlle Le Bihan, coordinatrice du CLSM — Hôtel de ville, place de la Marine, Port-Lormel — "
  "clsm@port-lormel.example. Pour recevoir la lettre par courriel, il suffit d'en faire la demande à la même adresse.")
P("<i>Directrice de la publication : Nadège Rivallan. Rédaction : coordination du CLSM. Imprimé par les services de "
  "la ville sur papier recyclé.</i>", sig)

doc.build(S)
print("ok", OUT)
