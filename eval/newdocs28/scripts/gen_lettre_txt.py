# -*- coding: utf-8 -*-
"""Génère la lettre d'information électronique n° 14 (avril 2026) du CLSM de Castelrive en texte brut : lignes
coupées vers 72 colonnes, séparateurs « ===== », agenda daté, liens. Document fictif."""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-04-02_clsm-castelrive_lettre-14.txt")

W = 72
SEP = "=" * W
SUB = "-" * W


def wrap(t, indent=""):
    return textwrap.fill(t, W, initial_indent=indent, subsequent_indent=indent if not indent.strip() else
                         " " * len(indent), break_on_hyphens=False, break_long_words=False)


def item(t):
    return textwrap.fill(t, W, initial_indent="  * ", subsequent_indent="    ", break_on_hyphens=False,
                         break_long_words=False)


out = []
A = out.append

A("De : CLSM de Castelrive <lettre@clsm.castelrive.example>")
A("À : abonnes-lettre@clsm.castelrive.example")
A("Date : jeu. 2 avr. 2026 à 10:04")
A("Objet : La Lettre du CLSM n° 14 - Évaluation de l'axe 3, renfort de")
A(" l'EMPG, agenda du printemps")
A("")
A("Si ce message ne s'affiche pas correctement, consultez la version en")
A("ligne : https://clsm.castelrive.example/lettre/14")
A("")
A(SEP)
A("         LA LETTRE DU CONSEIL LOCAL DE SANTÉ MENTALE DE CASTELRIVE")
A("                      N° 14 - AVRIL 2026")
A(SEP)
A("")
A("AU SOMMAIRE")
A("")
for s in ["1. Édito", "2. À la une : l'évaluation à mi-parcours de l'axe 3 du CLS",
          "3. Actualités du groupe « Aînés et aidants »", "4. Agenda du printemps",
          "5. Portrait : Martine, veilleuse aux Hauts-de-Chaumes", "6. Ressources",
          "7. Le coin des partenaires"]:
    A("   " + s)
A("")
A(SEP)
A("1. ÉDITO")
A(SEP)
A("")
for p in [
    "Chères partenaires, chers partenaires,",
    "Il y a un an, dans cette même lettre, nous écrivions que la santé mentale des personnes âgées était « le "
    "parent pauvre » de notre conseil local. Le rapport d'évaluation que l'Observatoire territorial de santé de "
    "l'Orvanne vient de remettre montre que beaucoup de chemin a été parcouru : une équipe mobile qui va "
    "davantage au domicile et qui intervient plus vite, des aidants mieux accompagnés, une veille canicule qui "
    "s'intéresse enfin au moral des personnes et pas seulement à leur hydratation.",
    "Le même rapport nous rappelle aussi nos angles morts : les habitants des quartiers prioritaires, les "
    "anciens travailleurs immigrés qui vieillissent seuls, les hommes âgés isolés. C'est vers eux que nous "
    "devons aller en 2026. Les premiers cafés des aidants aux Hauts-de-Chaumes et l'arrivée des Veilleurs à "
    "Bellevue-Grand Pré nous montrent que c'est possible.",
    "Bonne lecture, et à très bientôt lors de la plénière du 16 juin.",
]:
    A(wrap(p))
    A("")
A("Josiane Lacombe-Vidal")
A("Adjointe au maire chargée des solidarités et du bien vieillir,")
A("coprésidente du CLSM de Castelrive")
A("")
A(SEP)
A("2. À LA UNE : L'ÉVALUATION À MI-PARCOURS DE L'AXE 3 DU CLS")
A(SEP)
A("")
for p in [
    "Le rapport d'évaluation à mi-parcours de l'axe 3 « Santé mentale et bien vieillir » du contrat local de "
    "santé de Castelrive Agglomération a été présenté au comité de pilotage du CLS le 24 mars. Réalisé par "
    "l'OTSO à partir des données 2023-2025, de 24 entretiens, d'un questionnaire et de deux groupes de "
    "discussion avec des aidants, il dresse un bilan globalement positif.",
    "Ce qu'il faut retenir, en quelques chiffres :",
]:
    A(wrap(p))
    A("")
for it in [
    "l'équipe mobile de psychogériatrie a suivi 468 patients en 2025, contre 318 en 2023 ;",
    "le délai moyen avant la première visite de l'EMPG est passé de 16 à 9 jours ;",
    "les passages aux urgences de résidents d'EHPAD pour troubles du comportement ont baissé d'un tiers "
    "(97 en 2023, 64 en 2025) ;",
    "286 aidants ont été accompagnés par Le Relais des Aidants en 2025 ;",
    "1 517 personnes étaient inscrites au registre canicule au 1er août 2025 ;",
    "380 000 euros engagés sur les 640 000 prévus pour l'axe 3, soit 59 %.",
]:
    A(item(it))
A("")
for p in [
    "L'OTSO formule neuf recommandations. Les trois jugées urgentes portent sur les ressources médicales de "
    "l'EMPG (le poste de psychiatre de la personne âgée est toujours vacant), sur l'objectif de 50 % "
    "d'interventions à domicile et sur le financement durable des Veilleurs de quartier. Le comité de pilotage "
    "du CLS a demandé que ces trois recommandations soient intégrées à l'avenant au contrat qui sera signé à "
    "l'automne.",
    "Le rapport complet (9 pages) et sa synthèse sont en ligne :",
]:
    A(wrap(p))
    A("")
A("  https://www.otso.example/publications/evaluation-axe3-cls-castelrive-2026.pdf")
A("")
A(SEP)
A("3. ACTUALITÉS DU GROUPE « AÎNÉS ET AIDANTS »")
A(SEP)
A("")
news = [
    ("L'EMPG renforcée depuis le 1er avril",
     "Comme annoncé lors du webinaire de Cités Ressources Atlantique en février, l'ARS finance un poste "
     "d'infirmier supplémentaire à l'équipe mobile de psychogériatrie. Thomas Lagarrigue, infirmier en "
     "psychiatrie venu du CMP de Sarlanges, a rejoint l'équipe le 1er avril : l'EMPG compte désormais 5,7 "
     "équivalents temps plein. Rappel : la permanence téléphonique d'avis réservée aux professionnels non "
     "médicaux (CCAS, plateforme de répit, services d'aide à domicile) fonctionne le mardi de 9 h à 12 h au "
     "05 99 00 52 18. Les familles, elles, passent toujours par le médecin traitant."),
    ("Une permanence de l'EMPG à la résidence sociale du Grand Pré",
     "À partir du 21 avril, une infirmière de l'EMPG tiendra une permanence à la résidence sociale du Grand "
     "Pré le troisième mardi de chaque mois, de 14 h à 17 h, en lien avec le gestionnaire de la résidence et la "
     "médiatrice santé. Près de soixante-dix résidents de plus de 60 ans y vivent, souvent seuls et éloignés "
     "des soins."),
    ("Café des aidants des Hauts-de-Chaumes : une belle affluence",
     "Trois séances ont déjà eu lieu à la maison de quartier, les 30 janvier, 27 février et 27 mars, avec "
     "respectivement 9, 12 et 14 participants. La coanimation avec Samira Belkacem, médiatrice santé, permet "
     "d'accueillir des aidants arabophones et turcophones. Prochaine séance le vendredi 24 avril."),
    ("Charte EHPAD-EMPG : 21 signatures sur 23",
     "Au 31 mars, date de clôture de la première vague de signatures, 21 des 23 EHPAD du secteur avaient "
     "signé la charte de coopération avec l'équipe mobile de psychogériatrie. Les deux établissements "
     "restants, qui changent de direction, devraient signer avant l'été."),
    ("Veilleurs : Bellevue-Grand Pré a ses douze premiers veilleurs",
     "Le premier groupe de veilleurs de Bellevue-Grand Pré a été formé le 17 mars dans un local prêté par "
     "Orvanne Habitat : douze habitants, dont deux gardiens d'immeubles, un pharmacien et trois résidents de "
     "la résidence sociale du Grand Pré. La formation comportait, pour la première fois, un module sur la "
     "déstigmatisation des troubles psychiques. Le réseau compte désormais 86 veilleurs sur les deux "
     "quartiers."),
    ("Le guide « Aider sans s'épuiser » se diffuse",
     "Publié en janvier, le guide pratique coécrit avec des aidants a déjà été distribué à 1 400 exemplaires "
     "(sur 3 000 imprimés) et téléchargé 620 fois. Il est disponible gratuitement à la plateforme de répit, au "
     "CCAS, dans les pharmacies et les maisons de quartier."),
    ("Transport solidaire vers la halte-répit",
     "Depuis la signature de la convention avec l'association Roul'Entraide, 47 trajets ont été réalisés au "
     "premier trimestre pour conduire des personnes aidées à la halte-répit du jeudi. Réservation 48 heures à "
     "l'avance auprès de la plateforme, 2 euros le trajet."),
]
for title, txt in news:
    A(">> " + title)
    A("")
    A(wrap(txt))
    A("")
A(SEP)
A("4. AGENDA DU PRINTEMPS")
A(SEP)
A("")
agenda = [
    ("Jeudi 9 avril 2026, 11 h", "Webinaire « Les jeudis des CLSM » de Cités Ressources Atlantique : les "
     "jeunes, les écrans et la santé mentale. Inscription : https://cites-ressources-atlantique.example/agenda"),
    ("Mardi 14 avril 2026, 14 h 30 - 16 h 30", "Café des aidants du centre-ville, café associatif La "
     "Fabrique, 3 place du Marché. Thème : « Dire non sans culpabiliser »."),
    ("Jeudi 16 avril 2026, 9 h - 17 h", "Journée de sensibilisation au repérage de la souffrance psychique "
     "des aînés, pour les aides à domicile, les gardiens et les agents d'accueil. Salle des Tanneurs. "
     "Gratuit, inscription obligatoire avant le 9 avril auprès de la coordination du CLSM."),
    ("Mardi 21 avril 2026, 14 h - 17 h", "Première permanence de l'EMPG à la résidence sociale du Grand Pré."),
    ("Vendredi 24 avril 2026, 14 h - 16 h", "Café des aidants des Hauts-de-Chaumes, maison de quartier, "
     "12 allée des Chaumes."),
    ("Du lundi 4 mai au vendredi 12 juin 2026", "Campagne d'inscription au registre canicule du CCAS. "
     "Objectif : 1 800 inscrits. Inscription par téléphone au 05 99 00 37 12, à l'accueil du CCAS ou en "
     "ligne : https://ccas.castelrive.example/registre-canicule"),
    ("Mercredi 13, mardi 19 et jeudi 28 mai 2026, 9 h - 12 h", "Formation des appelants de la veille "
     "canicule par l'EMPG (agents du CCAS et saisonniers). Trois sessions de trois heures."),
    ("Mercredi 20 mai 2026, 10 h", "Réunion du groupe de travail « Aînés et aidants » (GT3), CCAS, salle 2. "
     "Ordre du jour : suites de l'évaluation, préparation de l'été."),
    ("Fin mai 2026", "Distribution de la fiche « canicule et psychotropes » dans les 31 officines de "
     "l'agglomération."),
    ("Samedi 6 juin 2026, 10 h - 17 h", "Forum « Aidants, vous n'êtes pas seuls », halle du marché couvert : "
     "stands des partenaires, ateliers, permanence de la psychologue de la plateforme."),
    ("Mardi 16 juin 2026, 14 h", "Assemblée plénière du CLSM, hôtel de ville de Castelrive, salle du conseil "
     "municipal."),
]
for when, what in agenda:
    A("[" + when + "]")
    A(wrap(what, "    "))
    A("")
A(SEP)
A("5. PORTRAIT : MARTINE, VEILLEUSE AUX HAUTS-DE-CHAUMES")
A(SEP)
A("")
for p in [
    "Martine Coustal, 67 ans, ancienne agente de la Poste, habite aux Hauts-de-Chaumes depuis 1983. Elle fait "
    "partie des tout premiers Veilleurs de quartier formés en mars 2024.",
    "« Je connais tout le monde dans les trois tours, alors quand le CCAS a cherché des volontaires, je me suis "
    "dit que je le faisais déjà sans le savoir. La formation m'a appris une chose : ne pas avoir peur de "
    "demander à quelqu'un comment il va vraiment. La première fois que j'ai appelé le numéro du CCAS, c'était "
    "pour un monsieur du septième qui ne descendait plus chercher son pain. On a découvert qu'il ne mangeait "
    "presque plus depuis la mort de son chien. Aujourd'hui il vient au club le mercredi. »",
    "Martine suit aujourd'hui cinq voisins. Elle insiste : « Je ne suis pas assistante sociale, ni "
    "infirmière. Je suis une voisine qui fait attention. C'est tout, mais c'est beaucoup. »",
]:
    A(wrap(p))
    A("")
A(SEP)
A("6. RESSOURCES")
A(SEP)
A("")
res = [
    ("Replay et transcription du webinaire du 12 février « Aînés, aidants, canicule : le CLSM comme chef "
     "d'orchestre ? »", "https://cites-ressources-atlantique.example/replays/2026-02-12-aines-aidants"),
    ("Guide « Aider sans s'épuiser » (PDF et ODT accessibles)",
     "https://relais-aidants-castelrive.example/guide"),
    ("Rapport d'évaluation à mi-parcours de l'axe 3 du CLS (OTSO)",
     "https://www.otso.example/publications/evaluation-axe3-cls-castelrive-2026.pdf"),
    ("Page du Département : santé mentale des seniors et soutien aux proches aidants",
     "https://www.orvanne.example/solidarites/autonomie/sante-mentale-seniors-aidants"),
    ("Compte rendu de la plénière du 9 décembre 2025",
     "https://clsm.castelrive.example/documents/cr-pleniere-2025-12-09.docx"),
]
for t, u in res:
    A(item(t))
    A("    " + u)
    A("")
A(SEP)
A("7. LE COIN DES PARTENAIRES")
A(SEP)
A("")
for p in [
    "La CPTS du Pays castelrivais a consacré sa soirée de formation du 17 mars à la santé mentale des aînés : "
    "38 médecins généralistes et pharmaciens y ont participé. La fiche de saisine de l'EMPG a été envoyée aux "
    "54 médecins généralistes du territoire.",
    "L'UNAFAM Orvanne propose un groupe de parole pour les proches de personnes âgées souffrant de troubles "
    "psychiques, le premier lundi du mois à 18 h, à la maison des associations.",
    "Orvanne Habitat recrute des gardiens volontaires pour rejoindre les Veilleurs de quartier à "
    "Bellevue-Grand Pré.",
]:
    A(wrap(p))
    A("")
A(SEP)
A("")
A("Conseil local de santé mentale de Castelrive")
A("Coordination : Mathilde Ferrandou")
A("clsm@castelrive.example - 05 99 00 37 40")
A("Hôtel de ville, 2 place de la Halle, Castelrive")
A("")
A("Vous recevez cette lettre parce que vous êtes membre ou partenaire du")
A("CLSM de Castelrive. Pour vous désinscrire :")
A("https://clsm.castelrive.example/lettre/desinscription?u=7f3a91c2")
A("Pour proposer une information pour la prochaine lettre (n° 15, juillet")
A("2026), écrivez avant le 15 juin à lettre@clsm.castelrive.example")
A("")
A("En cas de détresse ou d'idées suicidaires, vous pouvez appeler le 3114,")
A("24 h/24 et 7 j/7. En cas d'urgence vitale, appelez le 15.")
A("")

text = "\n".join(out) + "\n"
with open(OUT, "w", encoding="utf-8") as f:
    f.write(text)
long = [ln for ln in text.splitlines() if len(ln) > W and not ln.strip().startswith("http")]
print("écrit :", OUT, "| mots :", len(text.split()), "| lignes > 72 (hors liens) :", len(long))
for ln in long:
    print("  ", len(ln), ln)
