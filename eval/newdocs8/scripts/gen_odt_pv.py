"""Doc 5: OpenDocument record of a CLSM plenary assembly: attendance, agenda, numbered
resolutions with votes, a budget paragraph."""
import pathlib

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, List, ListItem, Span

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2025-12-09_clsm-sainte-orelle-sur-leze_pv-assemblee-pleniere.odt"

doc = OpenDocumentText()
s = doc.styles
h1 = Style(name="Heading 1", family="paragraph")
h1.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
s.addElement(h1)
h2 = Style(name="Heading 2", family="paragraph")
h2.addElement(TextProperties(fontsize="12.5pt", fontweight="bold"))
h2.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.15cm"))
s.addElement(h2)
title = Style(name="Title", family="paragraph")
title.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
title.addElement(ParagraphProperties(textalign="center"))
s.addElement(title)
center = Style(name="Centre", family="paragraph")
center.addElement(ParagraphProperties(textalign="center"))
s.addElement(center)
delib = Style(name="Deliberation", family="paragraph")
delib.addElement(TextProperties(fontweight="bold"))
delib.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #000000"))
s.addElement(delib)
vote = Style(name="Vote", family="paragraph")
vote.addElement(TextProperties(fontstyle="italic"))
vote.addElement(ParagraphProperties(marginleft="1cm"))
s.addElement(vote)
bold = Style(name="Gras", family="text")
bold.addElement(TextProperties(fontweight="bold"))
s.addElement(bold)


def p(text, style=None):
    el = P(stylename=style, text=text) if style else P(text=text)
    doc.text.addElement(el)


def lp(label, text):
    el = P()
    el.addElement(Span(stylename=bold, text=label))
    el.addText(text)
    doc.text.addElement(el)


def h(text, level=1):
    doc.text.addElement(H(outlinelevel=level, stylename=h1 if level == 1 else h2, text=text))


def ul(items):
    lst = List()
    for it in items:
        li = ListItem()
        li.addElement(P(text=it))
        lst.addElement(li)
    doc.text.addElement(lst)


p("Conseil local de santé mentale de Sainte-Orelle-sur-Lèze", center)
p("Procès-verbal de l'assemblée plénière du 9 décembre 2025", title)
p("Salle du conseil municipal, hôtel de ville de Sainte-Orelle-sur-Lèze – séance ouverte à 14 h 05, levée à 17 h 10", center)

h("1. Présences")
lp("Présidence : ", "Mme Françoise Delmas, adjointe au maire déléguée à la santé et aux solidarités, présidente du CLSM, "
   "et Dr Antoine Rivière, psychiatre, chef du pôle de psychiatrie adulte du centre hospitalier du Lauragais, coprésident.")
lp("Secrétaire de séance : ", "Mme Léa Fournier, coordinatrice du CLSM.")
lp("Membres présents (23 sur 31) : ", "")
ul([
    "Collège des élus (5) : Françoise Delmas ; Jean-Marc Soulié, adjoint à la jeunesse ; Nadine Bories, conseillère municipale déléguée au logement ; Patrick Azéma, adjoint à la sécurité ; Christine Roumégoux, conseillère départementale.",
    "Collège des professionnels du soin et du médico-social (7) : Dr Antoine Rivière ; Dr Sylvie Marty, pédopsychiatre au CMP infanto-juvénile ; Gilles Carrère, cadre de santé du CMP adultes ; Dr Paul Escande, médecin généraliste, CPTS du Lauragais ; Maëlle Tournier, infirmière en pratique avancée ; Karima Benali, directrice du SAMSAH Lèze-Ariège ; Thierry Gay, directeur de l'ESAT Les Coteaux.",
    "Collège des usagers et des aidants (4) : Simone Pujol, UNAFAM ; Hervé Lacombe et Julie Sarrat, GEM « Le Tournesol » ; Marc Estrade, médiateur de santé pair.",
    "Collège des partenaires (7) : Anne Ferrer, directrice du CCAS ; Olivier Daran, Lèze Habitat ; Sandrine Vidal, Garonne Logis ; Cédric Lafon, police municipale ; Nathalie Cassagne, principale du collège Pierre-Paul-Riquet ; Rachid Ouali, centre social du Barry ; Laure Sentenac, mission locale.",
])
lp("Membres excusés ayant donné pouvoir (3) : ", "Mme Annie Castex (pouvoir à Mme Delmas), Dr Benoît Puech (pouvoir au Dr Rivière), M. Jacques Alibert (pouvoir à Mme Pujol).")
lp("Membres excusés (5) : ", "M. le maire, Mme la sous-préfète, M. Daniel Roques, Mme Agnès Faure, M. Kévin Bousquet.")
lp("Invitées : ", "Mme Sophie Castan, délégation départementale de l'ARS Occitanie ; Mme Inès Brunet, déléguée du préfet pour le quartier du Barry.")
p("Le quorum (16 membres) étant atteint, avec 23 membres présents et 3 pouvoirs, soit 26 votants, l'assemblée peut valablement délibérer.")

h("2. Ordre du jour")
ol_items = [
    "Approbation du procès-verbal de la plénière du 17 juin 2025",
    "Rapport d'activité 2025 du CLSM",
    "Révision du règlement intérieur",
    "Création d'une cellule de concertation des situations complexes",
    "Programme d'actions 2026",
    "Convention de partenariat avec le GEM « Le Tournesol »",
    "Budget prévisionnel 2026",
    "Questions diverses",
]
lst = List()
for i, it in enumerate(ol_items, 1):
    li = ListItem()
    li.addElement(P(text=f"{i}. {it}"))
    lst.addElement(li)
doc.text.addElement(lst)

h("3. Déroulé de la séance et délibérations")

h("3.1 Approbation du procès-verbal du 17 juin 2025", 2)
p("Aucune observation n'est formulée sur le procès-verbal de la précédente plénière.")
p("Délibération n° 2025-01 – Approbation du procès-verbal de l'assemblée plénière du 17 juin 2025", delib)
p("Vote : adoptée à l'unanimité des 26 votants.", vote)

h("3.2 Rapport d'activité 2025", 2)
p("Mme Fournier présente le rapport d'activité. En 2025, le CLSM a réuni son bureau quatre fois et ses trois groupes de "
  "travail (jeunes, logement, lutte contre la stigmatisation) à dix-sept reprises. Les Semaines d'information sur la santé "
  "mentale ont compté 12 actions et 640 participants, dont une marche solidaire au départ du quartier du Barry. 52 personnes "
  "ont été formées aux premiers secours en santé mentale, dont 14 habitants du quartier prioritaire. La troisième édition "
  "du guide des ressources a été imprimée à 1 500 exemplaires.")
p("Le Dr Rivière souligne que le délai d'attente pour un premier rendez-vous au CMP adultes reste de dix semaines, en "
  "raison d'un poste de psychiatre vacant depuis mars 2025. Le rapport d'activité ne fait pas l'objet d'un vote.")

h("3.3 Révision du règlement intérieur", 2)
p("Le projet de règlement révisé prévoit un siège au bureau pour un représentant du GEM, la tenue de deux assemblées "
  "plénières par an au lieu d'une, et la possibilité de participer aux groupes de travail en visioconférence. M. Azéma "
  "exprime des réserves sur la visioconférence, qu'il juge peu propice aux échanges.")
p("Délibération n° 2025-02 – Adoption du règlement intérieur révisé du CLSM", delib)
p("Vote : adoptée par 21 voix pour, 3 voix contre et 2 abstentions.", vote)

h("3.4 Cellule de concertation des situations complexes", 2)
p("Le coprésident présente le projet de cellule : une réunion mensuelle, le premier mardi du mois, réunissant le CMP, le "
  "CCAS, les bailleurs sociaux, le SAMSAH et, selon les situations, la police municipale ou l'Éducation nationale. Chaque "
  "situation est présentée de façon anonymisée par le professionnel référent, avec l'accord de la personne ou, à défaut, "
  "après information de celle-ci. Une charte de confidentialité sera signée par chaque participant. Mme Pujol demande que "
  "les familles puissent être entendues ; il est convenu qu'elles pourront être invitées à la demande de la personne.")
p("Délibération n° 2025-03 – Création d'une cellule de concertation des situations complexes", delib)
p("Vote : adoptée par 24 voix pour et 2 abstentions.", vote)

h("3.5 Programme d'actions 2026", 2)
p("Le programme d'actions 2026 s'organise en quatre axes : prévention et promotion de la santé mentale des jeunes ; "
  "logement et maintien dans le logement ; lutte contre la stigmatisation ; accès aux soins et coordination des parcours. "
  "Il prévoit notamment une permanence du CMP au centre social du Barry un après-midi par semaine à partir d'avril 2026.")
p("Délibération n° 2025-04 – Adoption du programme d'actions 2026", delib)
p("Vote : adoptée à l'unanimité.", vote)

h("3.6 Convention avec le GEM « Le Tournesol »", 2)
p("La convention prévoit la mise à disposition par la commune d'un local situé 4 rue du Moulin, trois demi-journées par "
  "semaine, et une participation du CLSM de 2 500 euros par an aux frais d'animation. Les membres du collège des usagers "
  "et des aidants, dont deux représentent le GEM, ainsi que les pouvoirs qui leur ont été confiés, ne prennent pas part au "
  "vote.")
p("Délibération n° 2025-05 – Approbation de la convention de partenariat 2026-2028 avec le GEM « Le Tournesol »", delib)
p("Vote : adoptée par 19 voix pour et 2 abstentions.", vote)

h("3.7 Budget prévisionnel 2026", 2)
p("Le budget prévisionnel 2026 du CLSM s'élève à 84 600 euros, contre 79 200 euros en 2025. Les recettes proviennent de "
  "l'ARS Occitanie au titre du fonds d'intervention régional (36 000 euros), de la commune (30 600 euros), du contrat de "
  "ville pour les actions menées au Barry (10 000 euros) et du conseil départemental (8 000 euros). Les dépenses se "
  "répartissent entre le poste de coordination, porté à un équivalent temps plein (56 300 euros), les actions, dont les "
  "SISM, les formations et la convention avec le GEM (21 800 euros), et la communication et le fonctionnement (6 500 "
  "euros). La hausse s'explique par le passage de la coordination de 0,8 à 1 ETP.")
p("Délibération n° 2025-06 – Adoption du budget prévisionnel 2026", delib)
p("Vote : adoptée par 25 voix pour et 1 abstention.", vote)

h("4. Questions diverses")
p("Mme Cassagne signale une hausse des situations de phobie scolaire au collège et demande qu'un temps d'échange soit "
  "organisé avec le CMP infanto-juvénile. Le Dr Marty propose une rencontre au collège en février 2026.")
p("Mme Brunet, déléguée du préfet, rappelle que l'appel à projets 2026 du contrat de ville est ouvert jusqu'au 31 janvier "
  "2026 et encourage les partenaires du CLSM à y répondre pour des actions au Barry.")
p("La prochaine assemblée plénière aura lieu le mardi 16 juin 2026 à 14 heures.")
p("L'ordre du jour étant épuisé, la présidente lève la séance à 17 h 10.")
p("La présidente, Françoise Delmas – La secrétaire de séance, Léa Fournier")

doc.save(str(OUT))
