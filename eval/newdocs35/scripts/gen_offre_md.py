# -*- coding: utf-8 -*-
"""Génère l'offre d'emploi Markdown du coordinateur / de la coordinatrice du CLSM d'Ormeval (6 octobre 2025).

Front matter YAML, titres, listes à puces et numérotées, tableau à barres verticales (grille de rémunération
indicative, montants calculés à partir de la valeur du point d'indice), liste de liens. Document fictif.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-06_ville-ormeval_offre-emploi-coordinateur-clsm.md")

POINT = 4.92278          # valeur mensuelle du point d'indice (€)
GRID = [(1, 390, 420), (2, 412, 420), (3, 430, 420), (4, 452, 450), (5, 478, 450), (6, 500, 480)]


def euros(x):
    s = "%.2f" % x
    ent, dec = s.split(".")
    ent = "{:,}".format(int(ent)).replace(",", " ")
    return "%s,%s €" % (ent, dec)


def grid():
    rows = ["| Échelon | Indice majoré | Traitement brut mensuel | IFSE mensuelle | Total brut mensuel indicatif |",
            "|:-------:|:-------------:|------------------------:|---------------:|-----------------------------:|"]
    for ech, im, ifse in GRID:
        t = im * POINT
        rows.append("| %d | %d | %s | %s | %s |" % (ech, im, euros(t), euros(ifse), euros(t + ifse)))
    return "\n".join(rows)


TEXT = """---
title: "Coordinateur / coordinatrice du conseil local de santé mentale (CLSM) — H/F"
reference: OFF-2025-118
employeur: Ville d'Ormeval
direction: Direction de la cohésion sociale
lieu_de_travail: "Maison de la cohésion sociale, 14 rue des Tanneurs, Ormeval"
categorie: A
filiere: administrative
cadre_emplois: Attachés territoriaux
statut: "Titulaire ou contractuel (CDD de 3 ans renouvelable)"
temps_de_travail: "Temps complet, 37 h 30 hebdomadaires"
date_publication: 2025-10-06
date_limite_candidature: 2025-11-07
date_jury: 2025-11-20
prise_de_poste: 2026-01-05
financement: "Poste cofinancé par l'ARS Centre-Val de Loire (fonds d'intervention régional)"
tags: [santé mentale, CLSM, politique de la ville, coordination, renouvellement urbain]
---

# Coordinateur / coordinatrice du conseil local de santé mentale (H/F)

> **Référence : OFF-2025-118** — Date limite de candidature : **vendredi 7 novembre 2025** — Poste à pourvoir
> le **5 janvier 2026**

## La collectivité

Ormeval (46 200 habitants), deuxième ville du département de la Vaudaine, en région Centre-Val de Loire, compte
deux quartiers prioritaires de la politique de la ville, **les Grands-Prés** et **le Clos-Saint-Marc**, engagés
dans le nouveau programme national de renouvellement urbain (NPNRU). La Ville emploie 780 agents.

## Le contexte du poste

À la suite du diagnostic local de santé mentale réalisé en 2025, la Ville d'Ormeval, le centre hospitalier de la
Vaudaine, l'agence régionale de santé, l'État et leurs partenaires créent un **conseil local de santé mentale
(CLSM)**. La convention constitutive sera soumise au conseil municipal en novembre 2025.

Le CLSM est un espace de concertation et de coordination entre les élus, la psychiatrie publique, les usagers,
les aidants et les acteurs locaux. Sa présidence sera assurée par un élu municipal.

Placé(e) sous l'autorité hiérarchique de la directrice de la cohésion sociale, Hélène Dubreuil, et sous
l'autorité fonctionnelle de la présidence du CLSM, vous serez le ou la premier(e) coordinateur(trice) du CLSM.

## Vos missions

1. **Animer la gouvernance du CLSM** : préparer et animer l'assemblée plénière, le comité de pilotage et les
   groupes de travail ; assurer le secrétariat des instances (ordres du jour, comptes rendus, relevés de
   décisions).
2. **Élaborer et mettre en œuvre le plan d'action** annuel à partir des cinq axes du diagnostic.
3. **Mettre en place et animer une instance de concertation sur les situations individuelles complexes**, dans le
   respect du secret professionnel et des droits des personnes.
4. **Développer les partenariats** avec la psychiatrie, la CPTS du Pays d'Ormeval, l'Éducation nationale, le
   bailleur Vaudaine Habitat, les associations d'usagers et de familles, les conseils citoyens ; inscrire
   l'action du CLSM dans le projet territorial de santé mentale (PTSM) de la Vaudaine et dans le projet de
   renouvellement urbain.
5. **Informer, communiquer, évaluer** : organiser les Semaines d'information sur la santé mentale (SISM), tenir
   à jour un annuaire des ressources, rédiger le rapport d'activité annuel et suivre le budget du CLSM.

## Activités principales

- Recenser les besoins et les ressources du territoire et les mettre à jour
- Organiser des formations de professionnels de première ligne (premiers secours en santé mentale)
- Monter des dossiers de financement (ARS, contrat de ville) et en assurer le suivi
- Participer au réseau régional des coordinateurs de CLSM
- Représenter le CLSM dans les instances partenariales (comités de pilotage du contrat de ville et du NPNRU,
  conseil territorial de santé)

## Profil recherché

### Savoirs

- Formation supérieure (bac + 5) en santé publique, sciences sociales, psychologie ou ingénierie de projets
- Connaissance de l'organisation de la psychiatrie et des politiques de santé mentale (secteur, PTSM, CLSM, CPTS)
- Connaissance de la politique de la ville et des acteurs des quartiers prioritaires

### Savoir-faire

- Expérience d'au moins trois ans en coordination de projets partenariaux
- Animation de réunions et de groupes de travail pluri-professionnels
- Capacités rédactionnelles, conduite de projet et évaluation

### Savoir-être

- Sens de la diplomatie et de l'écoute, posture de neutralité entre les partenaires
- Discrétion professionnelle
- Autonomie et sens de l'initiative

## Conditions d'exercice

- Réunions ponctuelles en soirée (environ une par mois) et quelques samedis (événements)
- Déplacements sur le territoire : permis B indispensable, véhicule de service disponible
- Télétravail possible un jour par semaine après six mois d'ancienneté
- 25 jours de congés annuels et 15 jours de RTT

## Rémunération

Rémunération statutaire selon la grille des attachés territoriaux, régime indemnitaire (IFSE) et nouvelle
bonification indiciaire de 15 points au titre des fonctions exercées en quartier prioritaire. Pour les candidats
contractuels, la rémunération est fixée selon l'expérience, sur la base de la même grille.

{grid}

*Grille indicative au 1er octobre 2025, valeur du point d'indice : 4,92278 € par mois ; hors NBI et hors
complément indemnitaire annuel (CIA), plafonné à 600 € par an.*

Avantages : adhésion au CNAS, participation employeur à la mutuelle de 25 € par mois, prime annuelle de
1 100 € brut versée en novembre, restaurant administratif.

## Candidater

Adressez votre candidature (CV et lettre de motivation, et pour les fonctionnaires le dernier arrêté de situation
administrative) **avant le 7 novembre 2025**, en rappelant la référence **OFF-2025-118** :

- par le formulaire en ligne du portail emploi de la Ville ;
- ou par courriel à recrutement@ormeval.example.

Les entretiens auront lieu le **jeudi 20 novembre 2025** devant un jury associant la Ville, le centre hospitalier
de la Vaudaine, l'ARS et la CPTS.

Renseignements sur le poste : Julien Péronnet, chef de projet politique de la ville, 02 99 00 47 30.
Renseignements administratifs : service des ressources humaines, 02 99 00 40 25.

## Liens utiles

- [Diagnostic local de santé mentale d'Ormeval (juin 2025)](https://www.ormeval.example/files/clsm/diagnostic-sante-mentale-2025.pdf)
- [Replay du webinaire de lancement du CLSM (23 septembre 2025)](https://www.ormeval.example/clsm/webinaire-lancement/)
- [Contrat de ville « Engagements Quartiers 2030 » d'Ormeval](https://www.ormeval.example/quartiers/contrat-de-ville/)
- [Projet territorial de santé mentale de la Vaudaine](https://sante-vaudaine.example/ptsm/)
- [Centre de ressources sur les conseils locaux de santé mentale](https://ressources-clsm.example/)
- [Portail emploi de la Ville d'Ormeval — offre OFF-2025-118](https://recrutement.ormeval.example/offres/OFF-2025-118)

---

*Ville d'Ormeval — Direction des ressources humaines — offre publiée le 6 octobre 2025. La Ville d'Ormeval
s'engage en faveur de l'égalité professionnelle et de l'emploi des personnes en situation de handicap.*
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT.replace("{grid}", grid()))
    print("écrit :", OUT)
    print(grid())


if __name__ == "__main__":
    main()
