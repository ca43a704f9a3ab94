# -*- coding: utf-8 -*-
"""Génère le rapport PDF A4 (reportlab/platypus) de l'Observatoire territorial de santé de l'Orvanne (OTSO) :
évaluation à mi-parcours de l'axe 3 « Santé mentale et bien vieillir » du contrat local de santé de Castelrive
Agglomération. Page de couverture, sommaire à points de conduite, sections numérotées, en-tête courant, pied
« Page n sur N », tableau d'indicateurs 2023 / 2024 / 2025, notes de bas de page, recommandations numérotées,
glossaire des sigles en annexe. Document fictif."""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as canvasmod
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-16_otso_evaluation-axe3-cls-castelrive.pdf")

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FD + "DejaVuSans-BoldOblique.ttf"))
from reportlab.lib.fonts import addMapping  # noqa: E402

addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVBI")

BLUE = colors.HexColor("#23507a")
body = ParagraphStyle("body", fontName="DV", fontSize=9.6, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3, bulletFontName="DV")
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=14, leading=18, textColor=BLUE, spaceBefore=10, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, textColor=BLUE, spaceBefore=8, spaceAfter=5)
small = ParagraphStyle("small", fontName="DV", fontSize=8, leading=10)
cell = ParagraphStyle("cell", fontName="DV", fontSize=8.3, leading=10.2)
cellb = ParagraphStyle("cellb", parent=cell, fontName="DVB")
reco = ParagraphStyle("reco", parent=body, leftIndent=26, firstLineIndent=-26, spaceAfter=7)

RUNNING = "OTSO · Évaluation à mi-parcours de l'axe 3 du contrat local de santé de Castelrive Agglomération · mars 2026"

PAGE_NOTES = []


class Note(Flowable):
    """Marque invisible : enregistre une note de bas de page pour la page où elle est dessinée."""

    def __init__(self, num, text):
        super().__init__()
        self.num, self.text = num, text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        PAGE_NOTES.append((self.num, self.text))


def draw_notes(canv, doc):
    if not PAGE_NOTES:
        return
    y = 2.0 * cm
    paras = []
    for num, text in PAGE_NOTES:
        p = Paragraph("<super>%d</super> %s" % (num, text), small)
        w, h = p.wrap(A4[0] - 5 * cm, 5 * cm)
        paras.append((p, h))
    total = sum(h for _, h in paras) + 6
    top = y + total
    canv.setStrokeColor(colors.grey)
    canv.line(2.5 * cm, top + 2, 7.5 * cm, top + 2)
    cur = top - 2
    for p, h in paras:
        cur -= h
        p.drawOn(canv, 2.5 * cm, cur)
        cur -= 1
    PAGE_NOTES.clear()


def on_page(canv, doc):
    canv.saveState()
    canv.setFont("DVI", 7.5)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(2.5 * cm, A4[1] - 1.3 * cm, RUNNING)
    canv.setStrokeColor(BLUE)
    canv.line(2.5 * cm, A4[1] - 1.45 * cm, A4[0] - 2.5 * cm, A4[1] - 1.45 * cm)
    canv.restoreState()


def on_page_end(canv, doc):
    draw_notes(canv, doc)


class NumberedCanvas(canvasmod.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            if self._pageNumber > 1:
                self.setFont("DV", 8)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawCentredString(A4[0] / 2, 1.1 * cm, "Page %d sur %d" % (self._pageNumber, n))
                self.drawString(2.5 * cm, 1.1 * cm, "OTSO")
            super().showPage()
        super().save()


class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.2 * cm,
                         bottomMargin=4.2 * cm, **kw)
        fr_cover = Frame(2.5 * cm, 2 * cm, A4[0] - 5 * cm, A4[1] - 4 * cm, id="cover")
        fr = Frame(2.5 * cm, 4.2 * cm, A4[0] - 5 * cm, A4[1] - 6.4 * cm, id="normal")
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[fr_cover], onPageEnd=on_page_end),
            PageTemplate(id="normal", frames=[fr], onPage=on_page, onPageEnd=on_page_end),
        ])

    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and f.style.name in ("h1", "h2"):
            lvl = 0 if f.style.name == "h1" else 1
            self.notify("TOCEntry", (lvl, f.getPlainText(), self.page))


story = []
P = lambda t, s=body: story.append(Paragraph(t, s))  # noqa: E731


def B(items):
    for it in items:
        story.append(Paragraph(it, bullet, bulletText="•"))


# ---- couverture
story += [Spacer(1, 2.2 * cm)]
story.append(Paragraph("OBSERVATOIRE TERRITORIAL DE SANTÉ DE L'ORVANNE", ParagraphStyle(
    "c0", fontName="DVB", fontSize=11, textColor=BLUE, alignment=TA_CENTER)))
story += [Spacer(1, 3 * cm)]
story.append(Paragraph("Évaluation à mi-parcours de l'axe 3<br/>« Santé mentale et bien vieillir »", ParagraphStyle(
    "c1", fontName="DVB", fontSize=22, leading=28, alignment=TA_CENTER, textColor=colors.black)))
story += [Spacer(1, 0.8 * cm)]
story.append(Paragraph("du contrat local de santé de Castelrive Agglomération 2023-2027", ParagraphStyle(
    "c2", fontName="DV", fontSize=14, leading=18, alignment=TA_CENTER)))
story += [Spacer(1, 0.6 * cm)]
story.append(Paragraph("Rapport final", ParagraphStyle("c3", fontName="DVI", fontSize=12, alignment=TA_CENTER)))
story += [Spacer(1, 4.5 * cm)]
for t in ["Commanditaires : Castelrive Agglomération, ARS Nouvelle-Aquitaine (délégation départementale de "
          "l'Orvanne), Département de l'Orvanne",
          "Réalisation : Dr Clémence Astruc-Rivière, médecin de santé publique, directrice de l'OTSO ; Julien "
          "Barthélemy-Noé, chargé d'études",
          "Période étudiée : 1er janvier 2023 – 31 décembre 2025",
          "Version du 16 mars 2026, présentée au comité de pilotage du CLS le 24 mars 2026",
          "Contact : OTSO, 5 allée des Platanes, Castelrive – contact@otso.example – www.otso.example"]:
    story.append(Paragraph(t, ParagraphStyle("c4", fontName="DV", fontSize=9.5, leading=13, alignment=TA_CENTER,
                                             spaceAfter=4)))
story.append(NextPageTemplate("normal"))
story.append(PageBreak())

# ---- sommaire
story.append(Paragraph("Sommaire", ParagraphStyle("toc_t", parent=h1)))
toc = TableOfContents(dotsMinLevel=0)
toc.levelStyles = [
    ParagraphStyle("toc0", fontName="DVB", fontSize=10, leading=15, leftIndent=0, firstLineIndent=0),
    ParagraphStyle("toc1", fontName="DV", fontSize=9.5, leading=13, leftIndent=16, firstLineIndent=0),
]
story.append(toc)
story.append(PageBreak())

# ---- synthèse
story.append(Paragraph("Synthèse", h1))
P("Le contrat local de santé (CLS) de Castelrive Agglomération, signé le 3 mars 2023 pour cinq ans, consacre son "
  "axe 3 à la santé mentale des personnes âgées et de leurs proches aidants. Copiloté par le conseil local de "
  "santé mentale (CLSM) de Castelrive et la direction de l'autonomie du Département, cet axe comprend quatre "
  "fiches-actions : le repérage de la souffrance psychique, le déploiement de l'équipe mobile de "
  "psychogériatrie (EMPG), le soutien aux aidants et la lutte contre l'isolement, y compris lors des épisodes "
  "de fortes chaleurs. À mi-parcours, l'évaluation conclut à une dynamique nettement positive : "
  "l'activité de l'EMPG a progressé de 47 % en file active entre 2023 et 2025, son délai de première visite a "
  "presque été divisé par deux, les passages aux urgences de résidents d'EHPAD pour troubles "
  "psycho-comportementaux ont reculé d'un tiers et le nombre d'aidants accompagnés a augmenté de 44 %.")
P("Trois fragilités demandent toutefois une attention particulière : la vacance d'un poste de psychiatre de la "
  "personne âgée depuis octobre 2024, qui rend l'EMPG dépendante d'un seul praticien ; la faible présence des "
  "habitants des quartiers prioritaires parmi les aidants accompagnés ; et le caractère déclaratif du "
  "registre canicule, qui laisse de côté les personnes les plus isolées. Le rapport formule neuf "
  "recommandations (partie 6).")

# ---- 1 contexte
story.append(Paragraph("1. Contexte et objectifs de l'évaluation", h1))
story.append(Paragraph("1.1 Le territoire", h2))
P("Castelrive Agglomération regroupe 14 communes et 68 900 habitants. La ville-centre, Castelrive, compte "
  "41 300 habitants, dont 27 % de 60 ans ou plus, une proportion inférieure à la moyenne départementale (31 %) "
  "mais en hausse rapide. Les 5 620 habitants de 75 ans ou plus de la ville vivent pour 46 % d'entre eux seuls "
  "à domicile. Les deux quartiers prioritaires de la politique de la ville, les Hauts-de-Chaumes et "
  "Bellevue-Grand Pré, connaissent un vieillissement marqué : aux Hauts-de-Chaumes, la part des 60 ans ou "
  "plus est passée de 17 % en 2013 à 24 % en 2021, en raison du vieillissement sur place des premiers "
  "locataires du parc social.")
P("Dans l'Orvanne, les personnes de 75 ans ou plus représentent 9 % de la population mais 21 % des décès par "
  "suicide sur la période 2019-2021.<super>1</super> L'agglomération compte 23 EHPAD (1 684 places), "
  "dont 9 à Castelrive, une résidence autonomie et un accueil de jour de 24 places.")
story.append(Note(1, "Source : Inserm-CépiDc, causes médicales de décès, exploitation OTSO. Les effectifs "
                     "annuels étant faibles à l'échelle de l'agglomération, seuls les chiffres départementaux "
                     "lissés sur trois ans sont présentés."))
story.append(Paragraph("1.2 L'axe 3 du contrat local de santé", h2))
P("L'axe 3 dispose d'un budget prévisionnel de 640 000 € sur la durée du contrat, hors financements de droit "
  "commun. Il s'appuie sur des dispositifs préexistants (la plateforme d'accompagnement et de répit Le Relais "
  "des Aidants, ouverte en 2016, et l'EMPG, créée en septembre 2021) et sur des actions nouvelles portées par "
  "le CLSM : le groupe de travail « Aînés et aidants » (GT3) créé en 2023, le réseau des Veilleurs de quartier "
  "lancé en mars 2024 et la refonte de la veille canicule du CCAS de Castelrive.")
story.append(Paragraph("1.3 Questions évaluatives", h2))
P("Le comité de pilotage du CLS a retenu quatre questions : (1) les actions prévues ont-elles été mises en "
  "œuvre ? (2) ont-elles atteint les personnes visées, notamment les plus isolées ? (3) ont-elles amélioré "
  "l'accès aux soins psychiques des personnes âgées ? (4) la gouvernance partagée entre CLS et CLSM est-elle "
  "efficace ?")

# ---- 2 méthode
story.append(Paragraph("2. Méthode", h1))
P("L'évaluation, conduite de septembre 2025 à février 2026, croise quatre sources :")
B(["les données d'activité 2023 à 2025 des porteurs d'actions (EMPG, plateforme de répit, CCAS, CLSM), "
   "transmises fin janvier 2026 ;",
   "24 entretiens semi-directifs avec des professionnels, des élus et des financeurs (liste en annexe 2) ;",
   "un questionnaire en ligne adressé à 212 professionnels du territoire (aides à domicile, infirmiers, "
   "médecins, personnels d'EHPAD, travailleurs sociaux), auquel 81 ont répondu, soit un taux de réponse de "
   "38 % ;",
   "deux groupes de discussion avec des aidants (14 participants au total), dont un organisé à la maison de "
   "quartier des Hauts-de-Chaumes."])
P("Les données 2025 sont définitives. Certains indicateurs n'existaient pas en 2023 ; ils sont signalés par un "
  "tiret dans le tableau de bord (partie 4).")

# ---- 3 résultats
story.append(Paragraph("3. Résultats par fiche-action", h1))
story.append(Paragraph("3.1 Repérer la souffrance psychique des aînés (fiche-action 3.1)", h2))
P("La journée de sensibilisation au repérage de la souffrance psychique, coanimée par un infirmier de l'EMPG et "
  "une psychologue de la plateforme de répit, a été suivie par 42 professionnels en 2023, 96 en 2024 et 131 en "
  "2025, soit 269 personnes en trois ans, principalement des aides à domicile. Le questionnaire montre un "
  "effet net : 74 % des professionnels formés déclarent savoir à qui s'adresser face à une personne âgée qui "
  "exprime des idées suicidaires, contre 29 % des professionnels non formés.")
P("Les pharmaciens et les gardiens d'immeubles restent peu touchés. Les médecins généralistes, eux, ne sont "
  "pas la cible de cette formation ; la CPTS du Pays castelrivais a inscrit la santé mentale des aînés à son "
  "programme de formation de mars 2026.")
story.append(Paragraph("3.2 L'équipe mobile de psychogériatrie (fiche-action 3.2)", h2))
P("L'EMPG, rattachée au CH Les Tilleuls, dispose de 4,7 équivalents temps plein. Sa file "
  "active<super>2</super> est passée de 318 patients en 2023 à 468 en 2025, et le nombre d'interventions de "
  "874 à 1 203. La part des interventions réalisées à domicile a progressé de 31 % à 44 %, conformément à "
  "l'objectif du CLS de rééquilibrer une activité initialement concentrée en EHPAD.")
story.append(Note(2, "File active : nombre de patients distincts ayant bénéficié d'au moins une intervention "
                     "de l'équipe au cours de l'année civile."))
P("Le délai moyen entre la saisine et la première visite<super>3</super> est passé de 16 jours en 2023 à 9 "
  "jours en 2025. Cette amélioration tient au rappel téléphonique systématique de l'infirmière coordinatrice "
  "dans les 72 heures ouvrées, qui permet de hiérarchiser les demandes, et à la montée en charge des "
  "conventions avec les EHPAD (23 établissements conventionnés en 2025, soit la totalité du secteur). La "
  "charte de coopération adoptée par le CLSM en décembre 2025 avait recueilli 19 signatures à la mi-février "
  "2026.")
story.append(Note(3, "Délai calculé en jours calendaires entre la réception de la fiche de saisine et la "
                     "première visite, toutes situations confondues ; les situations jugées prioritaires au "
                     "rappel sont vues en 3 jours en moyenne."))
P("L'effet le plus net concerne les urgences : les passages de résidents d'EHPAD du secteur au service des "
  "urgences du centre hospitalier général de Castelrive pour troubles psycho-comportementaux sont passés de "
  "97 en 2023 à 64 en 2025 (–34 %).<super>4</super> Les entretiens avec les directions d'EHPAD confirment "
  "que l'EMPG a modifié les pratiques, en particulier pour l'agitation de fin de journée.")
story.append(Note(4, "Comptage réalisé par le service des urgences à partir du motif de recours ; les "
                     "passages suivis d'une hospitalisation en psychiatrie sont inclus."))
P("Le principal risque est humain : le poste de psychiatre de la personne âgée est vacant depuis octobre 2024 "
  "et l'activité médicale repose sur un seul psychiatre à 0,6 ETP et une gériatre à 0,3 ETP. L'ARS a accordé "
  "en février 2026 le financement d'un équivalent temps plein infirmier supplémentaire à compter du 1er avril "
  "2026, ce qui portera l'équipe à 5,7 ETP.")

story.append(Paragraph("3.3 Soutenir les aidants et développer le répit (fiche-action 3.3)", h2))
P("La plateforme Le Relais des Aidants a accompagné 198 aidants en 2023, 241 en 2024 et 286 en 2025. Les "
  "heures de répit à domicile ont progressé de 2 180 à 3 450. Au premier entretien, 58 % des aidants reçus en "
  "2025 présentaient un fardeau élevé ou sévère à l'échelle de Zarit<super>5</super>, une proportion stable "
  "depuis 2023 (61 %). Les aidants arrivent en moyenne quatre ans après le début de l'aide.")
story.append(Note(5, "Échelle de Zarit : questionnaire de 22 items rempli par l'aidant, score de 0 à 88. "
                     "Fardeau élevé : score de 41 à 60 ; fardeau sévère : score supérieur à 60."))
P("Les groupes de discussion font ressortir la valeur du soutien psychologique individuel (jusqu'à huit "
  "entretiens gratuits) et du café des aidants, mais aussi un angle mort : les aidants des quartiers "
  "prioritaires ne représentaient en 2025 que 4 % des aidants suivis, alors que ces quartiers regroupent "
  "environ 12 % des habitants de 75 ans ou plus de la ville. Le second café des aidants ouvert le 30 janvier "
  "2026 à la maison de quartier des Hauts-de-Chaumes, coanimé par une médiatrice santé, constitue une "
  "première réponse prometteuse (neuf aidants à la première séance, dont sept inconnus de la plateforme). "
  "La convention signée en janvier 2026 avec l'association de transport solidaire Roul'Entraide lève par "
  "ailleurs l'un des freins d'accès à la halte-répit.")

story.append(Paragraph("3.4 Lutter contre l'isolement et préparer les fortes chaleurs (fiche-action 3.4)", h2))
P("Le registre des personnes vulnérables du CCAS de Castelrive est passé de 1 184 inscrits en 2023 à 1 517 en "
  "2025.<super>6</super> Lors de l'épisode de canicule du 11 au 18 août 2025, l'équipe de veille a passé 4 870 "
  "appels et réalisé 63 visites à domicile ; onze personnes ont été orientées vers l'EMPG ou le CMP. Le "
  "retour d'expérience a mis en évidence l'absence de questions sur le moral dans la trame d'appel, "
  "désormais corrigée.")
story.append(Note(6, "Effectifs au 1er août de chaque année. Le registre est tenu par le CCAS en application "
                     "du code de l'action sociale et des familles ; l'inscription est volontaire."))
P("Le réseau des Veilleurs de quartier comptait 38 bénévoles fin 2024 et 74 fin 2025, en lien avec 96 puis 212 "
  "personnes âgées. Les 41 alertes transmises au CCAS en 2025 ont débouché sur 9 orientations vers un "
  "médecin. Les personnes rencontrées soulignent la valeur du dispositif, mais aussi sa fragilité : il "
  "repose sur une seule chargée de développement social du CCAS et n'a pas encore de budget propre au-delà "
  "de 2026.")

story.append(Paragraph("3.5 Exécution budgétaire", h2))
P("Sur les 640 000 € prévus pour l'axe 3 sur la durée du contrat, 380 000 € ont été engagés entre 2023 et 2025, "
  "soit un taux d'engagement de 59 % à mi-parcours, cohérent avec le calendrier (trois années sur cinq). La "
  "fiche-action 3.1 est la moins consommée, la formation ayant démarré lentement en 2023.")
brows = [
    ["Fiche-action", "Prévu 2023-2027", "Engagé 2023-2025", "Taux"],
    ["3.1 Repérage de la souffrance psychique", "90 000 €", "41 500 €", "46 %"],
    ["3.2 Équipe mobile de psychogériatrie", "260 000 €", "176 000 €", "68 %"],
    ["3.3 Soutien aux aidants et répit", "180 000 €", "104 300 €", "58 %"],
    ["3.4 Isolement et fortes chaleurs", "110 000 €", "58 200 €", "53 %"],
    ["Total axe 3", "640 000 €", "380 000 €", "59 %"],
]
bt = Table([[Paragraph(c, cellb if i in (0, len(brows) - 1) else cell) for c in r] for i, r in enumerate(brows)],
           colWidths=[7.2 * cm, 2.9 * cm, 2.9 * cm, 2.0 * cm])
bt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe6f1")),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899aa"))]))
story.append(bt)
story.append(Spacer(1, 8))
P("Ces montants n'incluent pas les financements de droit commun : le fonctionnement de l'EMPG (financé par "
  "l'ARS au titre de la psychiatrie), celui de la plateforme de répit et le budget propre du CCAS pour la veille "
  "canicule. Le renfort infirmier de l'EMPG accordé en 2026 relève également du droit commun.")
story.append(Paragraph("3.6 Paroles d'aidants", h2))
P("Les deux groupes de discussion ont réuni 14 aidants, dont 10 femmes, âgés de 44 à 86 ans. Quelques "
  "verbatims illustrent les constats de l'évaluation :")
B(["« Pendant trois ans, je ne savais même pas que le mot aidant existait. C'est la pharmacienne qui m'a "
   "donné le numéro. » (aidante de son mari, 74 ans)",
   "« La psychologue, c'est la première personne qui m'a demandé comment moi j'allais. » (aidante de sa "
   "mère, 58 ans)",
   "« Le jeudi, c'est mon après-midi. Je vais chez le coiffeur, je dors, je ne fais rien. Et je ne culpabilise "
   "plus. » (aidant de son épouse, 81 ans)",
   "« Au quartier, on s'occupe des parents, c'est normal, on ne va pas demander de l'aide à des inconnus. Le "
   "café à la maison de quartier, ce n'est pas des inconnus. » (aidante de sa belle-mère, 47 ans, "
   "Hauts-de-Chaumes)",
   "« L'été dernier, la dame du CCAS m'a demandé si j'avais le moral. Personne ne m'avait posé la question "
   "depuis la mort de ma femme. » (homme de 88 ans vivant seul, rencontré lors d'un entretien)"])

# ---- 4 tableau de bord
story.append(Paragraph("4. Tableau de bord des indicateurs 2023-2025", h1))
P("Le tableau ci-dessous rassemble les indicateurs de suivi de l'axe 3. La colonne « Cible 2027 » reprend les "
  "valeurs inscrites dans les fiches-actions du CLS ou, à défaut, proposées par l'OTSO.")
rows = [
    ["Indicateur", "2023", "2024", "2025", "Cible 2027"],
    ["Professionnels formés au repérage (dans l'année)", "42", "96", "131", "150 par an"],
    ["EMPG : patients en file active", "318", "412", "468", "–"],
    ["EMPG : nombre d'interventions", "874", "1 062", "1 203", "–"],
    ["EMPG : part des interventions à domicile", "31 %", "38 %", "44 %", "50 %"],
    ["EMPG : délai moyen saisine – 1re visite (jours)", "16", "12", "9", "7"],
    ["EHPAD conventionnés avec l'EMPG", "17", "21", "23", "23"],
    ["Passages aux urgences de résidents d'EHPAD pour troubles psycho-comportementaux", "97", "81", "64",
     "moins de 50"],
    ["Aidants accompagnés par la plateforme de répit", "198", "241", "286", "350"],
    ["Heures de répit à domicile", "2 180", "2 760", "3 450", "4 000"],
    ["Aidants au fardeau élevé ou sévère au 1er entretien (Zarit)", "61 %", "60 %", "58 %", "–"],
    ["Inscrits au registre canicule (au 1er août)", "1 184", "1 342", "1 517", "2 000"],
    ["Veilleurs de quartier actifs (au 31 décembre)", "–", "38", "74", "120"],
    ["Personnes âgées en lien avec un veilleur", "–", "96", "212", "–"],
    ["Situations de personnes de 65 ans ou plus examinées en cellule de situations complexes", "5", "8", "19",
     "–"],
]
data = [[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)]
tbl = Table(data, colWidths=[7.6 * cm, 1.7 * cm, 1.7 * cm, 1.7 * cm, 2.6 * cm], repeatRows=1)
tbl.setStyle(TableStyle([
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe6f1")),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899aa")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f4f7fa")]),
]))
story.append(tbl)
story.append(Spacer(1, 4))
P("Sources : EMPG du CH Les Tilleuls, Le Relais des Aidants, CCAS de Castelrive, CLSM de Castelrive, service "
  "des urgences du centre hospitalier général de Castelrive. Un tiret signale un indicateur non disponible ou "
  "sans cible.", small)

# ---- 5 analyse transversale
story.append(Paragraph("5. Analyse transversale", h1))
story.append(Paragraph("5.1 Une gouvernance qui fonctionne grâce au CLSM", h2))
P("La quasi-totalité des personnes interrogées attribue la dynamique de l'axe 3 au CLSM, décrit comme « un "
  "lieu neutre où psychiatrie et gériatrie ont appris à se parler ». Le poste de coordination à temps plein, "
  "financé à parts égales par l'ARS et la ville, est jugé décisif. L'assemblée plénière thématique du "
  "9 décembre 2025, qui a adopté six décisions assorties d'un tableau de suivi nominatif, est citée comme un "
  "modèle. En revanche, l'articulation avec les instances du CLS reste formelle : le comité de pilotage du CLS "
  "ne consacre en moyenne qu'une vingtaine de minutes par an à l'axe 3.")
story.append(Paragraph("5.2 Des résultats inégaux selon les publics", h2))
P("Les actions touchent bien les personnes âgées déjà repérées par le système de santé ou par le CCAS. Elles "
  "atteignent plus difficilement trois publics : les habitants des quartiers prioritaires, les anciens "
  "travailleurs immigrés vieillissant seuls (notamment les 68 résidents de plus de 60 ans de la résidence "
  "sociale du Grand Pré) et les hommes âgés isolés, pourtant les plus exposés au risque suicidaire. Les "
  "démarches d'« aller vers » engagées depuis 2025 (café des aidants délocalisé, veilleurs, permanence de "
  "l'EMPG en résidence sociale à partir du printemps 2026) vont dans le bon sens mais restent à consolider.")
story.append(Paragraph("5.3 Points de vigilance", h2))
B(["la dépendance de l'EMPG à un seul psychiatre ;",
   "l'accueil de jour saturé (37 personnes en attente en octobre 2025), qui limite le répit des aidants ;",
   "le financement des Veilleurs de quartier, non garanti au-delà de 2026 ;",
   "l'absence d'indicateur sur l'évolution de la santé mentale des aidants après leur accompagnement."])

# ---- 6 recommandations
story.append(Paragraph("6. Recommandations", h1))
P("Les recommandations sont classées par ordre de priorité. Les trois premières sont jugées urgentes par l'OTSO.")
recos = [
    "Sécuriser les ressources médicales de l'EMPG : pourvoir le poste de psychiatre de la personne âgée vacant "
    "depuis octobre 2024, au besoin par un poste partagé avec l'EMPG Sud du CH de Sarlanges, et pérenniser au-delà "
    "de 2027 le renfort infirmier accordé en 2026.",
    "Porter à 50 % la part des interventions de l'EMPG à domicile d'ici 2027 et ramener le délai moyen de "
    "première visite à 7 jours.",
    "Consolider le financement du réseau des Veilleurs de quartier dans le cadre de l'avenant au CLS prévu en "
    "2026, en y affectant au moins un mi-temps de coordination.",
    "Étendre la charte de coopération EHPAD–EMPG à la résidence autonomie Les Capucines et aux services d'aide "
    "à domicile.",
    "Faire du repérage des aidants une mission partagée : proposer aux médecins généralistes de la CPTS "
    "d'inscrire la question « êtes-vous aidant ? » dans leurs consultations des patients de plus de 60 ans.",
    "Pérenniser le café des aidants des Hauts-de-Chaumes et en ouvrir un à Bellevue-Grand Pré en 2027.",
    "Atteindre 2 000 inscrits au registre canicule en croisant, avec le consentement des personnes, les "
    "fichiers du portage de repas et de l'APA à domicile.",
    "Maintenir ouverts pendant l'été, hors épisodes de canicule, deux lieux rafraîchis conçus comme lieux de "
    "convivialité.",
    "Mesurer l'effet de l'accompagnement sur la santé mentale des aidants par un second score de Zarit six mois "
    "après le premier entretien, et réunir chaque année un comité de suivi commun au CLSM et au CLS ouvert aux "
    "aidants.",
]
for i, r in enumerate(recos, 1):
    story.append(Paragraph("<b>R%d.</b>  %s" % (i, r), reco))

# ---- annexes
story.append(PageBreak())
story.append(Paragraph("Annexe 1. Glossaire des sigles", h1))
gloss = [
    ("AJPA", "Allocation journalière du proche aidant"),
    ("APA", "Allocation personnalisée d'autonomie"),
    ("ARS", "Agence régionale de santé"),
    ("CCAS", "Centre communal d'action sociale"),
    ("CH", "Centre hospitalier"),
    ("CLS", "Contrat local de santé"),
    ("CLSM", "Conseil local de santé mentale"),
    ("CMP", "Centre médico-psychologique"),
    ("CPTS", "Communauté professionnelle territoriale de santé"),
    ("DAC", "Dispositif d'appui à la coordination"),
    ("EHPAD", "Établissement d'hébergement pour personnes âgées dépendantes"),
    ("EMPG", "Équipe mobile de psychogériatrie"),
    ("ETP", "Équivalent temps plein"),
    ("GIR", "Groupe iso-ressources (degré de perte d'autonomie, de 1 à 6)"),
    ("GT3", "Groupe de travail « Aînés et aidants » du CLSM"),
    ("MDA", "Maison départementale de l'autonomie"),
    ("OTSO", "Observatoire territorial de santé de l'Orvanne"),
    ("PFR", "Plateforme d'accompagnement et de répit"),
    ("QPV", "Quartier prioritaire de la politique de la ville"),
    ("SISM", "Semaines d'information sur la santé mentale"),
]
gt = Table([[Paragraph("<b>%s</b>" % a, cell), Paragraph(b, cell)] for a, b in gloss],
           colWidths=[2.6 * cm, 12.4 * cm])
gt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(gt)
story.append(Paragraph("Annexe 2. Personnes rencontrées", h1))
P("Entretiens réalisés entre octobre 2025 et janvier 2026 :")
B(["Josiane Lacombe-Vidal, adjointe au maire de Castelrive chargée des solidarités et du bien vieillir ;",
   "Mathilde Ferrandou, coordinatrice du CLSM de Castelrive ;",
   "Dr Étienne Carrasset, psychiatre, et Nadia Boukhelifa, infirmière coordinatrice, EMPG du CH Les Tilleuls ;",
   "Dr Hélène Vasseur-Pradier, cheffe du pôle de psychiatrie adulte, CH Les Tilleuls ;",
   "Sophie Marchetti, coordinatrice de la plateforme Le Relais des Aidants ;",
   "Rémi Dauphas, directeur, et Claire Ndiaye, chargée de développement social, CCAS de Castelrive ;",
   "Frédéric Massol, coordinateur du CLS, Castelrive Agglomération ;",
   "Bertrand Oliveau, ARS Nouvelle-Aquitaine, délégation départementale de l'Orvanne ;",
   "Laurence Thibaudeau, direction de l'autonomie, Département de l'Orvanne ;",
   "les directions de six EHPAD, deux services d'aide à domicile et la CPTS du Pays castelrivais ;",
   "Samira Belkacem, médiatrice santé, maison de quartier des Hauts-de-Chaumes."])


def main():
    doc = Doc(OUT, title="Évaluation à mi-parcours de l'axe 3 du CLS de Castelrive Agglomération",
              author="Observatoire territorial de santé de l'Orvanne")
    doc.multiBuild(story, canvasmaker=NumberedCanvas)
    import pypdf
    r = pypdf.PdfReader(OUT)
    print("écrit :", OUT, "| pages :", len(r.pages), "| mots :",
          sum(len((p.extract_text() or "").split()) for p in r.pages))


if __name__ == "__main__":
    main()
