# -*- coding: utf-8 -*-
"""Génère le diaporama (.pptx, python-pptx) de la formation « module sentinelle » du CLSM de Pont-Vernel,
session du jeudi 2 octobre 2025.

Douze diapositives : titre, programme (tableau), chiffres par territoire (tableau), idées reçues, signes
d'alerte, comparaison des deux modules (tableau), oser poser la question, qui appeler (tableau), quiz des sigles
(les réponses ne sont QUE dans les notes de l'oratrice), VigilanS et 3114, prendre soin de soi, évaluation.
Plusieurs faits ne figurent que dans les notes de l'oratrice.

Tout est inventé (ville, département, structures, personnes, chiffres, numéros en 03 99 00 / 06 99 00,
domaines .example).
"""
import os

from pptx import Presentation
from pptx.util import Inches, Pt
from pptx.dml.color import RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-02_clsm-pont-vernel_formation-module-sentinelle.pptx")

SLIDES = [
    {"title": "Module sentinelle — repérer, aller vers, orienter",
     "subtitle": "Réseau de sentinelles de Pont-Vernel — session du jeudi 2 octobre 2025\nCentre social de "
                 "Beauséjour — formatrices : Hélène Morin (psychologue, CMP adultes) et Maëlle Guéroult "
                 "(coordinatrice du CLSM)",
     "notes": "Accueil à 8 h 45. 11 inscrits pour cette session : 4 agents de Risle Habitat, 3 animateurs, "
              "2 pharmaciens, 2 habitantes du Clos-Moulin. Rappeler la règle du groupe : ce qui se dit ici reste "
              "ici, et chacun peut sortir de la salle s'il en a besoin."},
    {"title": "Programme de la journée",
     "table": [["Horaire", "Séquence"],
               ["9 h 00 – 9 h 30", "Accueil, tour de table, nos représentations du suicide"],
               ["9 h 30 – 10 h 30", "Le suicide : chiffres et idées reçues"],
               ["10 h 45 – 12 h 15", "Reconnaître la crise suicidaire"],
               ["13 h 30 – 15 h 00", "Oser en parler : mises en situation"],
               ["15 h 15 – 16 h 15", "Orienter : le réseau local, VigilanS, le 3114"],
               ["16 h 15 – 17 h 00", "Prendre soin de soi, évaluation de la journée"]],
     "notes": "Le déjeuner est pris sur place ; il est offert par le contrat de ville. Les horaires de pause "
              "sont indicatifs, on s'adapte au groupe."},
    {"title": "Quelques chiffres : décès par suicide",
     "table": [["Territoire", "Décès par suicide par an (moyenne 2019-2023)", "Taux pour 100 000 habitants"],
               ["France", "environ 9 000", "13,4"],
               ["Normandie", "560", "16,9"],
               ["Pays-de-Risle", "71", "18,2"],
               ["Pont-Vernel", "8", "non calculé (effectifs trop faibles)"]],
     "notes": "Taux standardisés sur l'âge, source : observatoire régional de santé de Normandie. Insister sur "
              "le fait que la Normandie est au-dessus de la moyenne nationale, et le Pays-de-Risle au-dessus de la "
              "moyenne régionale. Trois décès sur quatre concernent des hommes, mais les tentatives de suicide "
              "sont plus fréquentes chez les femmes, en particulier chez les adolescentes de 15 à 19 ans."},
    {"title": "Vrai ou faux ? Les idées reçues",
     "bullets": ["Parler du suicide à quelqu'un peut lui en donner l'idée.",
                 "Ceux qui en parlent ne passent pas à l'acte.",
                 "Une personne qui va soudain mieux est hors de danger.",
                 "Le suicide est imprévisible.",
                 "Après une tentative, le risque est passé."],
     "notes": "Toutes les affirmations sont fausses. Parler du suicide ne pousse pas au suicide : cela soulage "
              "et ouvre la porte à l'aide. Une amélioration soudaine peut correspondre à une décision prise : "
              "c'est un signe d'alerte. Le risque de récidive est maximal dans l'année qui suit une tentative, "
              "surtout les six premiers mois."},
    {"title": "Reconnaître la crise suicidaire : les signes d'alerte",
     "bullets": ["Ce que la personne dit : « je suis un fardeau », « bientôt vous serez tranquilles »",
                 "Ce qu'elle fait : donner ses affaires, mettre ses papiers en ordre, s'isoler",
                 "Changements : sommeil, appétit, consommation d'alcool, négligence de soi",
                 "Contexte : rupture, deuil, perte d'emploi, expulsion, harcèlement",
                 "Antécédent de tentative de suicide, dans la famille ou chez la personne"],
     "notes": "Un signe isolé ne suffit pas ; c'est l'accumulation et le changement par rapport à l'habitude "
              "qui doivent alerter. La crise suicidaire dure en général six à huit semaines : c'est une fenêtre "
              "pendant laquelle on peut agir."},
    {"title": "Deux modules, deux rôles",
     "table": [["", "Module sentinelle", "Module évaluation-orientation"],
               ["Public", "Habitants, bénévoles, professionnels au contact du public",
                "Professionnels de santé, psychologues, travailleurs sociaux"],
               ["Durée", "1 jour (7 heures)", "2 jours (14 heures)"],
               ["Objectif", "Repérer, aller vers, orienter", "Évaluer le risque, l'urgence et la dangerosité, "
                                                               "orienter vers le bon niveau de soins"],
               ["Après la formation", "Membre du réseau, rattaché à un référent", "Référent des sentinelles"]],
     "notes": "La grille RUD n'est pas enseignée dans le module sentinelle : elle relève du module "
              "évaluation-orientation. Les sentinelles n'évaluent pas, elles passent le relais."},
    {"title": "Oser poser la question",
     "bullets": ["Choisir un moment et un endroit calmes",
                 "Nommer ce que l'on observe : « je te trouve différent ces temps-ci »",
                 "Poser la question directement : « est-ce que tu penses au suicide ? »",
                 "Écouter sans juger, sans minimiser, sans promettre le secret",
                 "Ne pas laisser la personne seule si le danger est immédiat"],
     "notes": "Mises en situation par trois : la voisine qui ne sort plus, le collégien harcelé, le locataire "
              "menacé d'expulsion. Une personne joue la sentinelle, une la personne en crise, une observe. "
              "On ne promet jamais de garder le secret quand une vie est en danger."},
    {"title": "Orienter : qui appeler ?",
     "table": [["Situation", "Qui contacter", "Numéro"],
               ["Danger immédiat", "SAMU", "15 ou 112"],
               ["Crise, besoin de parler, doute", "Numéro national de prévention du suicide", "3114"],
               ["Inquiétude sans urgence", "Coordinatrice du CLSM", "06 99 00 41 27"],
               ["Jeune de 11 à 25 ans", "Maison des adolescents", "03 99 00 58 70"],
               ["Adulte déjà suivi en psychiatrie", "CMP adultes de Pont-Vernel", "03 99 00 52 30"]],
     "notes": "On ne contacte pas VigilanS pour signaler quelqu'un : l'inclusion se fait à l'hôpital, par "
              "l'équipe soignante, après une tentative. Le CMP adultes réserve chaque jour deux créneaux "
              "d'accueil rapide pour les personnes adressées par une sentinelle via la coordinatrice."},
    {"title": "Petit quiz des sigles",
     "bullets": ["CLSM", "CMP", "MDA", "QPV", "DSDEN", "ARS", "CCAS", "PTSM", "RUD"],
     "notes": "Réponses : CLSM, conseil local de santé mentale. CMP, centre médico-psychologique. MDA, maison "
              "des adolescents. QPV, quartier prioritaire de la politique de la ville. DSDEN, direction des "
              "services départementaux de l'Éducation nationale. ARS, agence régionale de santé. CCAS, centre "
              "communal d'action sociale. PTSM, projet territorial de santé mentale. RUD, risque, urgence, "
              "dangerosité."},
    {"title": "Après une tentative : VigilanS — en détresse : le 3114",
     "bullets": ["VigilanS : à la sortie de l'hôpital, une carte ressource, puis un appel entre J10 et J21",
                 "Des cartes postales pendant six mois si la personne n'est pas jointe ou reste fragile",
                 "3114 : gratuit, 24 h/24, 7 j/7, pour soi, pour un proche ou pour un professionnel",
                 "Répondants : infirmiers et psychologues formés à la crise suicidaire"],
     "notes": "La cellule VigilanS Normandie est installée au CHU d'Aubremont depuis 2019 ; elle compte cinq "
              "vigilanseurs, soit 3,8 équivalents temps plein. Le centre répondant 3114 de Normandie est lui "
              "aussi au CHU d'Aubremont, ouvert de 8 h à 20 h ; la nuit, les appels sont pris par un centre de "
              "débordement national."},
    {"title": "Prendre soin de soi",
     "bullets": ["Une sentinelle n'est jamais seule : un référent du CLSM joignable en semaine",
                 "Une réunion du réseau tous les deux mois, avec une psychologue du CMP",
                 "Après une situation difficile : en parler, ne pas rester avec"],
     "notes": "Prochaine réunion du réseau : mardi 18 novembre 2025 à 18 h, maison de quartier du Clos-Moulin. "
              "Après une situation lourde, les sentinelles peuvent appeler le psychologue d'appui du CLSM, "
              "Julien Lecanu, au 06 99 00 41 35, du lundi au vendredi."},
    {"title": "Évaluation et attestation",
     "bullets": ["Questionnaire de fin de journée (anonyme)", "Remise de l'attestation de formation",
                 "Signature de la charte de la sentinelle"],
     "notes": "Pour rester sentinelle active, il faut participer à au moins deux réunions du réseau par an. "
              "Une journée de recyclage est proposée deux ans après la formation initiale."},
]


def main():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    for i, sd in enumerate(SLIDES):
        if i == 0:
            s = prs.slides.add_slide(prs.slide_layouts[0])
            s.shapes.title.text = sd["title"]
            s.placeholders[1].text = sd["subtitle"]
        elif "table" in sd:
            s = prs.slides.add_slide(prs.slide_layouts[5])
            s.shapes.title.text = sd["title"]
            rows, cols = len(sd["table"]), len(sd["table"][0])
            shape = s.shapes.add_table(rows, cols, Inches(0.7), Inches(1.7), Inches(11.9), Inches(0.6) * rows)
            tbl = shape.table
            for r, row in enumerate(sd["table"]):
                for c, v in enumerate(row):
                    cell = tbl.cell(r, c)
                    cell.text = v
                    for p in cell.text_frame.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(15 if r else 16)
        else:
            s = prs.slides.add_slide(prs.slide_layouts[1])
            s.shapes.title.text = sd["title"]
            tf = s.placeholders[1].text_frame
            tf.text = sd["bullets"][0]
            for b in sd["bullets"][1:]:
                tf.add_paragraph().text = b
            if sd["title"].startswith("Petit quiz"):
                for p in tf.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(28)
                        run.font.bold = True
                        run.font.color.rgb = RGBColor(0x7a, 0x1f, 0x3d)
        s.notes_slide.notes_text_frame.text = sd["notes"]
    prs.core_properties.title = "Module sentinelle — session du 2 octobre 2025"
    prs.core_properties.author = "CLSM de Pont-Vernel"
    prs.save(OUT)
    print("écrit :", OUT, len(SLIDES), "diapositives")


if __name__ == "__main__":
    main()
