# -*- coding: utf-8 -*-
"""Génère le compte rendu Word (python-docx) de l'assemblée plénière du CLSM de Castelrive du 9 décembre 2025 :
en-tête et pied de page (avec numéro de page en champ PAGE / NUMPAGES), bloc d'informations, tableau des
participants, ordre du jour, débats avec noms des intervenants, tableau budgétaire, décisions numérotées, tableau
des actions (qui / quoi / échéance). Document fictif."""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-12-09_clsm-castelrive_cr-pleniere.docx")

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.0)

st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
doc.core_properties.title = "Compte rendu de l'assemblée plénière du CLSM de Castelrive – 9 décembre 2025"
doc.core_properties.author = "Mathilde Ferrandou"


def add_field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    par.add_run("1")
    r4 = par.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)


# en-tête
hp = sec.header.paragraphs[0]
hp.text = "Conseil local de santé mentale de Castelrive\tCompte rendu – assemblée plénière du 9 décembre 2025"
hp.runs[0].font.size = Pt(8.5)
hp.runs[0].font.color.rgb = RGBColor(0x1F, 0x6F, 0x78)
# pied
fp = sec.footer.paragraphs[0]
r = fp.add_run("Compte rendu validé par le bureau du CLSM le 16 décembre 2025 – Diffusion : membres du CLSM et "
               "partenaires du CLS – Page ")
r.font.size = Pt(8)
add_field(fp, "PAGE")
fp.add_run(" / ").font.size = Pt(8)
add_field(fp, "NUMPAGES")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(rows, header=True, widths=None, style="Light Grid Accent 1"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            for p in cell.paragraphs:
                for rr in p.runs:
                    rr.font.size = Pt(9.5)
                    if header and i == 0:
                        rr.bold = True
            if widths:
                cell.width = Cm(widths[j])
    doc.add_paragraph()
    return t


def para(text, bold_prefix=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    p.add_run(text)
    return p


def speaker(name, text):
    p = doc.add_paragraph()
    p.add_run(name + " : ").bold = True
    p.add_run(text)
    return p


t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = t.add_run("CONSEIL LOCAL DE SANTÉ MENTALE DE CASTELRIVE")
rr.bold = True
rr.font.size = Pt(12)
rr.font.color.rgb = RGBColor(0x1F, 0x6F, 0x78)
doc.add_heading("Compte rendu de l'assemblée plénière du 9 décembre 2025", level=0)

para("mardi 9 décembre 2025, de 14 h 00 à 17 h 10", "Date : ")
para("Hôtel de ville de Castelrive, salle du conseil municipal", "Lieu : ")
para("Josiane Lacombe-Vidal, adjointe au maire chargée des solidarités et du bien vieillir, et Dr Hélène "
     "Vasseur-Pradier, cheffe du pôle de psychiatrie adulte du centre hospitalier Les Tilleuls", "Coprésidence : ")
para("Mathilde Ferrandou, coordinatrice du CLSM", "Rédaction : ")
para("41 personnes présentes, 9 excusées. Quorum atteint (24 des 31 membres de droit présents ou représentés).",
     "Participation : ")
para("assemblée plénière thématique consacrée à la santé mentale des aînés et de leurs aidants (axe 3 du contrat "
     "local de santé de Castelrive Agglomération).", "Objet : ")

doc.add_heading("Participants", level=1)
table([
    ["Nom", "Structure", "Fonction"],
    ["Josiane Lacombe-Vidal", "Ville de Castelrive", "Adjointe au maire, solidarités et bien vieillir (coprésidente)"],
    ["Dr Hélène Vasseur-Pradier", "CH Les Tilleuls", "Cheffe du pôle de psychiatrie adulte (coprésidente)"],
    ["Mathilde Ferrandou", "CLSM de Castelrive", "Coordinatrice"],
    ["Dr Étienne Carrasset", "CH Les Tilleuls – EMPG", "Psychiatre, médecin responsable de l'EMPG"],
    ["Nadia Boukhelifa", "CH Les Tilleuls – EMPG", "Infirmière coordinatrice"],
    ["Dr Anne-Laure Mesplède", "CH Les Tilleuls – EMPG", "Gériatre"],
    ["Sophie Marchetti", "Le Relais des Aidants (EHPAD Les Glycines)", "Psychologue, coordinatrice de la plateforme de répit"],
    ["Rémi Dauphas", "CCAS de Castelrive", "Directeur"],
    ["Claire Ndiaye", "CCAS de Castelrive", "Chargée de développement social, pôle seniors"],
    ["Bertrand Oliveau", "ARS Nouvelle-Aquitaine, délégation de l'Orvanne", "Chargé de mission santé mentale"],
    ["Laurence Thibaudeau", "Département de l'Orvanne", "Direction de l'autonomie, cheffe de service"],
    ["Frédéric Massol", "Castelrive Agglomération", "Coordinateur du contrat local de santé"],
    ["Colette Brunerie", "EHPAD Résidence Saint-Éloi (Lusignac)", "Directrice"],
    ["Dr Marc Aujoulat", "EHPAD Les Glycines", "Médecin coordonnateur"],
    ["Karine Vidalenc", "Orvanne Habitat", "Responsable de l'agence Nord"],
    ["Dr Pascale Rougier", "Officines de Castelrive", "Pharmacienne, représentante des officines"],
    ["Dr Yannick Terrasson", "CPTS du Pays castelrivais", "Médecin généraliste, président de la CPTS"],
    ["Samira Belkacem", "Maison de quartier des Hauts-de-Chaumes", "Médiatrice santé"],
    ["Gilles Aubertin", "Association Roul'Entraide", "Président"],
    ["Odile Farjas", "Comité de relecture du guide aidants", "Aidante"],
    ["Jean-Paul Lestrade", "UNAFAM Orvanne", "Délégué départemental"],
    ["Hugo Sanchez-Rouvier", "DAC Orvanne", "Coordinateur de parcours"],
    ["Agnès Pelletier", "Service d'aide à domicile Orvanne Services", "Responsable de secteur"],
])
para("Et 17 autres participants (habitants, veilleurs de quartier, bénévoles associatifs, étudiants en soins "
     "infirmiers). La liste d'émargement est disponible auprès de la coordination.")
para("Dr Jean Roussillon (conseil départemental de l'ordre des médecins), Mme Christine Faure (CAF de "
     "l'Orvanne), M. Patrick Delmas (Police municipale), Mme Inès Carvalho (mission locale), M. Didier Fontan "
     "(conseiller municipal délégué aux quartiers), Dr Sylvie Marcadier (CMP adultes Castelrive-Nord), "
     "Mme Aurélie Boissonnet (EHPAD du Val d'Orvanne), M. Paul Renaudie (Croix-Rouge, unité locale), "
     "Mme Nathalie Guerrier (GEM Le Phare).", "Excusés : ")

doc.add_heading("Ordre du jour", level=1)
for i, item in enumerate([
    "Ouverture de la séance et adoption du compte rendu de la plénière du 17 juin 2025",
    "Retour d'expérience de l'épisode de canicule d'août 2025",
    "Équipe mobile de psychogériatrie : activité 2025 et projet de charte avec les EHPAD",
    "Plateforme de répit : les aidants qui ne viennent pas",
    "Veilleurs de quartier : bilan et extension",
    "Guide pratique pour les aidants",
    "Programme et budget 2026 du groupe de travail « Aînés et aidants »",
    "Questions diverses et calendrier",
], 1):
    doc.add_paragraph("%d. %s" % (i, item))

doc.add_heading("1. Ouverture de la séance", level=1)
speaker("Josiane Lacombe-Vidal", "ouvre la séance à 14 h 05 et remercie les participants, particulièrement "
        "nombreux pour une plénière thématique. Elle rappelle que cette séance est la première entièrement "
        "consacrée aux personnes âgées depuis la création du CLSM en 2018, et qu'elle fait suite à la demande "
        "formulée lors de la plénière de juin par le groupe de travail « Aînés et aidants » (GT3). Elle souligne "
        "que la ville compte 5 620 habitants de 75 ans ou plus, dont près d'un sur deux vit seul.")
speaker("Dr Hélène Vasseur-Pradier", "rappelle l'activité générale du CLSM en 2025 : la cellule de "
        "coordination des situations complexes s'est réunie 14 fois et a examiné 57 situations, dont 19 "
        "concernaient des personnes de 65 ans ou plus, contre 8 en 2024. « Ce chiffre dit à lui seul pourquoi "
        "nous sommes réunis aujourd'hui. »")
para("Le compte rendu de la plénière du 17 juin 2025 est adopté sans modification.")

doc.add_heading("2. Retour d'expérience de l'épisode de canicule d'août 2025", level=1)
speaker("Rémi Dauphas", "présente le bilan de la veille saisonnière. La vigilance orange canicule a été "
        "déclenchée du 11 au 18 août 2025, avec deux jours de vigilance rouge les 13 et 14 août, une première "
        "dans l'Orvanne. Le registre des personnes vulnérables comptait 1 517 inscrits au 1er août (1 342 un an "
        "plus tôt). L'équipe de veille, composée de six agents du CCAS et de quatre étudiants recrutés pour "
        "l'été, a passé 4 870 appels. 63 visites à domicile ont été réalisées, dont 27 auprès de personnes "
        "restées injoignables après trois appels, toutes retrouvées. Quatre lieux rafraîchis ont accueilli 146 "
        "personnes sur la semaine.")
speaker("Rémi Dauphas", "insiste sur un constat partagé par les appelants : de nombreuses personnes ont exprimé "
        "au téléphone une grande solitude, voire un découragement (« je ne sors plus depuis dix jours », « à "
        "quoi bon »). Onze personnes ont été orientées vers l'EMPG ou le CMP, mais les agents se sont sentis "
        "démunis, la trame d'appel ne comportant aucune question sur le moral.")
speaker("Dr Étienne Carrasset", "propose que l'EMPG aide à réécrire la trame d'appel et forme les appelants. "
        "Il souligne qu'interroger directement une personne sur des idées suicidaires n'augmente pas le risque "
        "suicidaire, à condition que l'appelant sache quoi faire de la réponse.")
speaker("Dr Pascale Rougier", "signale que plusieurs patients traités par lithium ou par neuroleptiques se sont "
        "présentés en officine avec des signes de déshydratation. Elle propose une fiche d'information "
        "« canicule et psychotropes » à destination des pharmacies et des patients, ce qui est accueilli "
        "favorablement.")
para("Le registre repose sur une inscription volontaire. Plusieurs participants relèvent que les personnes "
     "les plus isolées ne s'y inscrivent pas. Le CCAS prévoit une campagne d'inscription au printemps 2026 "
     "en lien avec le portage de repas, les pharmacies et les gardiens d'immeubles.")

doc.add_heading("3. Équipe mobile de psychogériatrie : activité 2025 et projet de charte avec les EHPAD", level=1)
speaker("Dr Étienne Carrasset", "présente les données provisoires au 30 novembre 2025 : 441 patients en file "
        "active (412 sur toute l'année 2024), une part croissante d'interventions à domicile, et un délai moyen "
        "entre la saisine et la première visite ramené sous la barre des dix jours. Les passages aux urgences "
        "de résidents d'EHPAD pour troubles psycho-comportementaux poursuivent leur baisse. Il rappelle que le "
        "poste de psychiatre de la personne âgée est vacant depuis le mois d'octobre 2024.")
speaker("Nadia Boukhelifa", "présente le projet de charte de coopération entre les EHPAD et l'EMPG, travaillé "
        "avec cinq médecins coordonnateurs. La charte prévoit : la désignation d'un référent EMPG dans chaque "
        "EHPAD ; un rappel de l'EMPG dans les 72 heures ouvrées suivant toute saisine ; l'engagement de "
        "l'EHPAD à contacter l'EMPG avant tout transfert aux urgences pour un trouble du comportement, hors "
        "danger immédiat ; un retour écrit systématique après chaque intervention ; une réunion annuelle de "
        "bilan par établissement.")
speaker("Colette Brunerie", "soutient le projet mais s'interroge sur les nuits et les week-ends, quand l'EMPG "
        "n'est pas joignable et que les équipes de nuit sont réduites à deux personnes pour 78 résidents. "
        "« La charte ne doit pas culpabiliser les équipes de nuit qui appellent le 15. »")
speaker("Dr Anne-Laure Mesplède", "répond que la charte vise les situations prévisibles, qui sont la majorité : "
        "une agitation qui s'aggrave depuis plusieurs jours doit donner lieu à une saisine en journée. Elle "
        "propose d'ajouter à la charte une fiche réflexe pour les équipes de nuit.")
speaker("Dr Marc Aujoulat", "indique que l'EHPAD Les Glycines applique déjà ce fonctionnement depuis un an et "
        "n'a eu recours aux urgences que deux fois pour ce motif en 2025.")
para("La fiche réflexe pour les équipes de nuit sera annexée à la charte. Deux participants s'abstiennent lors "
     "du vote, estimant que les moyens humains des EHPAD ne permettent pas de garantir les engagements.")

doc.add_heading("4. Plateforme de répit : les aidants qui ne viennent pas", level=1)
speaker("Sophie Marchetti", "indique que la plateforme Le Relais des Aidants accompagnera environ 280 aidants "
        "en 2025. 58 % des aidants reçus en premier entretien présentent un fardeau élevé ou sévère à "
        "l'échelle de Zarit. Les aidants arrivent en moyenne quatre ans après le début de l'aide. Surtout, la "
        "cartographie des aidants suivis montre que les quartiers prioritaires sont quasiment absents : 6 "
        "aidants seulement résident aux Hauts-de-Chaumes, alors que le quartier concentre une part importante "
        "des personnes âgées isolées de la ville.")
speaker("Samira Belkacem", "confirme que de nombreuses familles du quartier s'occupent d'un parent âgé sans "
        "jamais avoir entendu parler de la plateforme. Les freins sont la distance, le transport, la langue et "
        "le sentiment que « ce n'est pas pour nous ». Elle propose d'accueillir un café des aidants à la maison "
        "de quartier et de le coanimer.")
speaker("Gilles Aubertin", "présente l'association Roul'Entraide (32 chauffeurs bénévoles) et se dit prêt à "
        "assurer les trajets des personnes aidées vers la halte-répit du jeudi, moyennant une participation de "
        "2 € par trajet, sur réservation 48 heures à l'avance.")
para("L'assemblée retient le principe d'un second café des aidants aux Hauts-de-Chaumes, le dernier vendredi du "
     "mois de 14 h à 16 h, à partir de janvier 2026, et d'une convention avec Roul'Entraide.")

doc.add_heading("5. Veilleurs de quartier : bilan et extension", level=1)
speaker("Claire Ndiaye", "rappelle que le réseau a été lancé en mars 2024 aux Hauts-de-Chaumes. Il compte 74 "
        "veilleurs fin novembre 2025 (38 fin 2024), qui gardent le lien avec plus de 200 personnes âgées. Les "
        "veilleurs ont déclenché 41 alertes auprès du CCAS en 2025, dont 9 ont conduit à une orientation vers "
        "le médecin traitant ou l'EMPG. Elle propose d'étendre le réseau au quartier Bellevue-Grand Pré, où se "
        "trouve la résidence sociale du Grand Pré (68 résidents de plus de 60 ans).")
speaker("Karine Vidalenc", "indique qu'Orvanne Habitat est prêt à mobiliser les quatre gardiens du quartier "
        "Bellevue-Grand Pré et à mettre un local à disposition pour les formations.")
speaker("Jean-Paul Lestrade", "salue le dispositif et demande que la formation des veilleurs comporte un temps "
        "sur la déstigmatisation des troubles psychiques, pour que les veilleurs ne s'adressent pas qu'aux "
        "personnes âgées « sans problème ». Proposition retenue.")

doc.add_heading("6. Guide pratique pour les aidants", level=1)
speaker("Sophie Marchetti", "présente la maquette du guide « Aider sans s'épuiser », rédigé par la plateforme, "
        "le CLSM et le CCAS, et relu par un comité de six aidants. Le guide est organisé en huit étapes, de "
        "« se reconnaître aidant » à « savoir qui appeler en cas de crise ».")
speaker("Odile Farjas", "témoigne de sa participation au comité de relecture : « On a fait enlever tous les "
        "sigles. Quand on est aidant, on n'a pas le temps d'apprendre un dictionnaire. » Elle insiste pour que "
        "le guide existe en version papier, beaucoup d'aidants âgés n'utilisant pas internet.")
para("Le guide sera imprimé à 3 000 exemplaires et diffusé par la plateforme, le CCAS, les pharmacies, les "
     "cabinets médicaux de la CPTS et les maisons de quartier, ainsi qu'en ligne.")

doc.add_heading("7. Programme et budget 2026 du groupe de travail « Aînés et aidants »", level=1)
speaker("Mathilde Ferrandou", "présente le programme 2026 du GT3, qui reprend les propositions des points "
        "précédents, et le budget de fonctionnement associé. Elle rappelle que l'évaluation à mi-parcours de "
        "l'axe 3 du contrat local de santé, confiée à l'Observatoire territorial de santé de l'Orvanne, sera "
        "rendue en mars 2026.")
table([
    ["Poste de dépense", "Montant 2026"],
    ["Formations (repérage de la souffrance psychique, appelants canicule, veilleurs)", "7 000 €"],
    ["Impression et diffusion du guide « Aider sans s'épuiser »", "4 200 €"],
    ["Café des aidants des Hauts-de-Chaumes (coanimation, salle, collation)", "3 800 €"],
    ["Veilleurs de quartier à Bellevue-Grand Pré (formation, kit du veilleur)", "2 500 €"],
    ["Communication et divers", "1 000 €"],
    ["Total", "18 500 €"],
])
para("Le financement est assuré par la ville de Castelrive (9 000 €), l'ARS au titre des crédits du contrat "
     "local de santé (6 500 €) et le Département de l'Orvanne (3 000 €).")
speaker("Bertrand Oliveau", "confirme la participation de l'ARS et indique que la demande de renfort infirmier "
        "de l'EMPG est en cours d'instruction ; une réponse est attendue début 2026.")
speaker("Dr Yannick Terrasson", "propose que la CPTS relaie la fiche de saisine de l'EMPG auprès des 54 médecins "
        "généralistes du territoire et inscrive la santé mentale des aînés au programme de sa soirée de "
        "formation de mars.")

doc.add_heading("Décisions", level=1)
para("Les décisions suivantes sont adoptées à l'unanimité des membres présents, à l'exception de la décision "
     "n° 1, adoptée avec deux abstentions.")
decisions = [
    "Adoption de la charte de coopération entre les EHPAD et l'équipe mobile de psychogériatrie, complétée "
    "d'une fiche réflexe pour les équipes de nuit ; la signature est ouverte aux EHPAD du secteur jusqu'au "
    "31 mars 2026.",
    "Création d'un second café des aidants à la maison de quartier des Hauts-de-Chaumes, le dernier vendredi du "
    "mois de 14 h à 16 h, à partir du 30 janvier 2026, coanimé par la plateforme de répit et la médiatrice santé.",
    "Extension du réseau des Veilleurs de quartier au quartier Bellevue-Grand Pré en 2026, avec un premier "
    "groupe formé au premier trimestre ; la formation des veilleurs intégrera un module de déstigmatisation.",
    "Intégration de trois questions sur le moral et l'isolement dans la trame d'appel canicule du CCAS, et "
    "formation de tous les appelants par l'EMPG avant le 1er juin 2026.",
    "Publication du guide « Aider sans s'épuiser » en janvier 2026, à 3 000 exemplaires et en ligne.",
    "Adoption du budget 2026 du groupe de travail « Aînés et aidants », d'un montant de 18 500 €.",
]
for i, d in enumerate(decisions, 1):
    p = doc.add_paragraph()
    p.add_run("Décision n° %d – " % i).bold = True
    p.add_run(d)

doc.add_heading("Tableau de suivi des actions", level=1)
table([
    ["Qui", "Quoi", "Échéance"],
    ["Nadia Boukhelifa (EMPG)", "Envoyer la charte aux 23 EHPAD du secteur et recueillir les signatures", "31 mars 2026"],
    ["Dr Anne-Laure Mesplède (EMPG)", "Rédiger la fiche réflexe pour les équipes de nuit des EHPAD", "31 janvier 2026"],
    ["Sophie Marchetti et Samira Belkacem", "Organiser le premier café des aidants aux Hauts-de-Chaumes", "30 janvier 2026"],
    ["Sophie Marchetti et Gilles Aubertin", "Signer la convention de transport solidaire pour la halte-répit", "15 janvier 2026"],
    ["Rémi Dauphas (CCAS)", "Réviser la trame d'appel canicule avec l'EMPG", "31 mars 2026"],
    ["Dr Étienne Carrasset (EMPG)", "Former les appelants du CCAS (trois sessions de trois heures)", "1er juin 2026"],
    ["Dr Pascale Rougier", "Élaborer la fiche « canicule et psychotropes » pour les officines", "30 avril 2026"],
    ["Claire Ndiaye et Karine Vidalenc", "Recruter et former le premier groupe de veilleurs à Bellevue-Grand Pré", "31 mars 2026"],
    ["Mathilde Ferrandou (CLSM)", "Faire imprimer et diffuser le guide « Aider sans s'épuiser »", "20 janvier 2026"],
    ["Mathilde Ferrandou (CLSM)", "Transmettre les données 2025 à l'OTSO pour l'évaluation à mi-parcours", "31 janvier 2026"],
    ["Dr Yannick Terrasson (CPTS)", "Diffuser la fiche de saisine de l'EMPG aux médecins généralistes", "28 février 2026"],
])

doc.add_heading("8. Questions diverses et calendrier", level=1)
para("La programmation locale des Semaines d'information sur la santé mentale d'octobre 2026 comportera une "
     "journée consacrée aux aînés, sous le titre « Vieillir, c'est encore vivre ». Le comité de pilotage du "
     "CLSM se réunira le mardi 3 février 2026 pour le suivi des actions.")
para("Prochaine assemblée plénière : mardi 16 juin 2026 à 14 h, hôtel de ville de Castelrive.", "Calendrier : ")
para("La séance est levée à 17 h 10.")
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("Pour les coprésidentes,\nMathilde Ferrandou, coordinatrice du CLSM de Castelrive\n"
          "clsm@castelrive.example – 05 99 00 37 40").italic = True

doc.save(OUT)
words = sum(len(p.text.split()) for p in doc.paragraphs)
words += sum(len(c.text.split()) for t in doc.tables for r in t.rows for c in r.cells)
print("écrit :", OUT, "| mots :", words)
