# -*- coding: utf-8 -*-
"""Génère le compte rendu en texte brut (.txt) de la réunion du mardi 10 mars 2026 du groupe de travail
« Jeunes et numérique » du CLSM d'Ardonville.

Mise en page : aucun balisage ; titre en capitales souligné de « = », liste des présents / excusés avec
structure entre parenthèses, « ORDRE DU JOUR » avec points numérotés, reprise des points « 1. », « 2. »…
soulignés de « - », lignes « Décision : » en fin de point, tableau aligné en colonnes d'espaces pour la
fréquentation des ateliers, « Prochaine réunion : » et signature de la rédactrice en fin de document.
Lignes coupées à 100 colonnes au plus.

Tout est inventé (ville, structures, personnes, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-10_clsm-ardonville_cr-gt-jeunes-numerique.txt")


def wrap(t, indent=""):
    return textwrap.fill(t, width=96, initial_indent=indent, subsequent_indent=indent or "",
                         break_on_hyphens=False, break_long_words=False)


def section(title, paras):
    out = [title, "-" * len(title), ""]
    for p in paras:
        if p.startswith("TABLE:"):
            out.append(p[6:])
        else:
            out.append(wrap(p))
        out.append("")
    return "\n".join(out)


HEAD = """CONSEIL LOCAL DE SANTÉ MENTALE D'ARDONVILLE
GROUPE DE TRAVAIL « JEUNES ET NUMÉRIQUE »
COMPTE RENDU DE LA RÉUNION DU MARDI 10 MARS 2026
===============================================================

Lieu : Maison des associations, salle 3, 8 rue du Pressoir, Ardonville
Horaires : 14 h 00 – 16 h 35
Rédaction : Soizic Le Bihan (coordinatrice du CLSM)
Diffusion : membres du groupe de travail, comité de pilotage du CLSM

PRÉSENTS
- Dr Hugo Ménard, pédopsychiatre, Maison des adolescents de Layon-et-Sèvre (co-pilote du groupe)
- Nadia Belkacem, responsable du PAEJ Le Passage, association Cap Jeunes Layon (co-pilote du groupe)
- Soizic Le Bihan, coordinatrice du CLSM d'Ardonville
- Julien Favreau, psychologue, consultation Pause Manette (Maison des adolescents)
- Sandrine Poirier, infirmière scolaire, collège Louise-Michel
- Élise Guillou, référente départementale PRISME, DSDEN de Layon-et-Sèvre
- Yann Cadiou, CPE, collège Louise-Michel
- Karim Aït-Saïd, éducateur de prévention, Cap Jeunes Layon
- Claire Vasseur, chargée de mission observation, ville d'Ardonville
- Maryline Hervé, directrice du centre social des Chaumes
- Antoine Lebreton, chef de projet politique de la ville, ville d'Ardonville

EXCUSÉS
- Catherine Roux, principale du collège Louise-Michel
- Capitaine Lionel Férec, commissariat d'Ardonville (brigade de protection des familles)
- Mathilde Caradec, conseillère municipale déléguée à la jeunesse


ORDRE DU JOUR
1. Consultation Pause Manette : bilan 2025
2. Formation des professionnels de jeunesse : bilan de la session 1 et préparation de la session 2
3. Protocole de signalement : premiers mois de fonctionnement de la cellule de veille
4. Ateliers parents « Écrans en famille » : fréquentation et suite
5. Enquête auprès des élèves : préparation de l'édition 2027
6. Semaine sans écrans de mai 2026
7. Questions diverses

"""

POINTS = [
    ("1. Consultation Pause Manette : bilan 2025", [
        "Julien Favreau présente le bilan définitif 2025. La consultation a reçu 66 nouveaux jeunes en 2025 (le "
        "chiffre de 58 présenté lors de la formation du 20 janvier était arrêté au 30 novembre), contre 43 en "
        "2024. Les deux tiers sont des garçons ; l'âge moyen est de 15 ans et 2 mois. 21 des 66 jeunes habitent "
        "un quartier prioritaire (14 aux Chaumes, 7 à Beaulieu-Gare). Dans 38 % des cas, ce sont les parents "
        "qui ont pris contact seuls, sans le jeune.",
        "Grâce au renfort d'une infirmière à mi-temps depuis septembre 2025, le délai moyen avant le premier "
        "rendez-vous est passé de 9 semaines en 2024 à 5 semaines au second semestre 2025. Le Dr Ménard "
        "rappelle que la consultation reste gratuite et qu'aucun courrier médical n'est nécessaire.",
        "Décision : une consultation avancée de Pause Manette sera ouverte au centre social des Chaumes un "
        "mercredi après-midi sur deux à partir du 1er avril 2026.",
    ]),
    ("2. Formation des professionnels de jeunesse", [
        "La session 1 du 20 janvier 2026 a réuni 34 professionnels (animateurs, éducateurs, entraîneurs, deux "
        "agents de médiathèque). Note moyenne de satisfaction : 8,6 sur 10. Les participants demandent plus de "
        "mises en situation et un temps sur les jeux en ligne avec discussion vocale.",
        "Le webinaire du 12 février 2026 a été suivi en direct par 57 personnes ; le replay a été vu 140 fois "
        "au 6 mars.",
        "La session 2 prévue le mardi 17 mars 2026 est complète (30 inscrits et 11 personnes en liste "
        "d'attente). Karim Aït-Saïd propose d'ouvrir une session 3 en juin.",
        "Décision : une session 3 est programmée le mardi 16 juin 2026 au centre social Beaulieu-Gare. Avec les "
        "trois sessions, l'objectif de 60 professionnels formés en 2026 devrait être dépassé.",
    ]),
    ("3. Protocole de signalement et cellule de veille", [
        "Depuis la mise en place du protocole (version 1.0 du 2 septembre 2025), la cellule de veille jeunesse a "
        "reçu 19 fiches S1 : 12 concernent des collégiens, 4 des lycéens et 3 des élèves d'école élémentaire. "
        "Dans 11 cas, les faits se sont produits dans un groupe de discussion de classe. Le délai médian entre "
        "la révélation des faits et la réception de la fiche est de 2 jours.",
        "Élise Guillou signale que deux fiches ont été envoyées avec des captures d'images intimes en pièce "
        "jointe, ce que le protocole interdit. Un rappel sera fait à tous les établissements.",
        "Deux situations ont donné lieu à une information préoccupante et trois à un dépôt de plainte.",
        "Décision : la cellule de veille passera d'une réunion mensuelle à une réunion tous les quinze jours "
        "(premier et troisième mardis du mois) à partir d'avril 2026.",
    ]),
    ("4. Ateliers parents « Écrans en famille »", [
        "Fréquentation des trois premiers ateliers du collège Louise-Michel :",
        "TABLE:    13 novembre 2025   Écrans et sommeil            41 parents\n"
        "    11 décembre 2025   Réseaux sociaux              27 parents\n"
        "    22 janvier 2026    Jeux vidéo (aux Chaumes)     52 parents",
        "La forte participation du 22 janvier s'explique par le lieu (centre social des Chaumes) et la garde "
        "d'enfants. Yann Cadiou confirme le report de l'atelier « Cyberharcèlement » du 12 au 19 mars 2026 en "
        "raison des conseils de classe.",
        "Maryline Hervé propose d'organiser les ateliers de l'an prochain en alternance entre le collège et les "
        "deux centres sociaux.",
        "Décision : pour 2026-2027, quatre ateliers sur six auront lieu dans les centres sociaux des Chaumes et "
        "de Beaulieu-Gare.",
    ]),
    ("5. Enquête auprès des élèves : édition 2027", [
        "Claire Vasseur rappelle les principaux résultats de l'enquête de 2025 (10 % de victimes de "
        "cyberharcèlement sur l'ensemble des élèves, 11 % chez les collégiens, 14 % chez les collégiens des "
        "Chaumes). Elle propose d'ajouter à l'édition 2027 des questions sur les jeux d'argent en ligne et sur "
        "l'exposition à des contenus violents.",
        "Le Dr Ménard souhaite que le questionnaire reste identique à 80 % au moins pour garder des évolutions "
        "comparables.",
        "Décision : l'enquête sera reconduite du 8 mars au 2 avril 2027, avec les mêmes niveaux (CM2 à seconde) "
        "et un module supplémentaire de 6 questions.",
    ]),
    ("6. Semaine sans écrans", [
        "Le défi « Une semaine sans écrans » aura lieu du lundi 18 au dimanche 24 mai 2026 dans les écoles du "
        "secteur du collège et au collège Louise-Michel. Les centres sociaux proposent des activités tous les "
        "soirs de 17 h à 19 h. Il ne s'agit pas d'une interdiction mais d'un défi familial : chaque famille "
        "choisit ses propres objectifs.",
        "Décision : le CLSM finance l'impression de 900 carnets de défi ; Karim Aït-Saïd coordonne le programme "
        "des soirées.",
    ]),
    ("7. Questions diverses", [
        "Antoine Lebreton indique que le contrat de ville d'Ardonville financera en 2026 un deuxième poste "
        "d'éducateur de prévention intervenant le soir et en ligne (« promeneur du net ») aux Chaumes et à "
        "Beaulieu-Gare. Recrutement prévu en mai.",
        "Nadia Belkacem signale que le PAEJ a accueilli 312 nouveaux jeunes en 2025 et repéré 47 situations de "
        "cyberharcèlement ; le bilan détaillé est disponible auprès du PAEJ.",
    ]),
]

TAIL = """Prochaine réunion : mardi 12 mai 2026, de 14 h à 16 h 30, au PAEJ Le Passage, 3 place de la Halle,
Ardonville. Ordre du jour : préparation de la semaine sans écrans, bilan de la session 2 de formation.

Compte rendu rédigé par Soizic Le Bihan, coordinatrice du CLSM, le 12 mars 2026.
Contact : clsm@ardonville.example — 06 99 00 17 45
"""

if __name__ == "__main__":
    body = HEAD + "\n".join(section(t, ps) for t, ps in POINTS) + "\n" + TAIL
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(body)
    print("écrit :", OUT)
