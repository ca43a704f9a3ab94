# -*- coding: utf-8 -*-
"""Génère la FAQ Markdown pour les parents « La santé mentale de mon enfant (6-12 ans) » du CLSM de Montbrisac
(7 octobre 2025) : questions en « ## Mon enfant… », réponses courtes, listes, une citation, un tableau « Qui
appeler ? » et des liens.

Tout est inventé (ville, structures, personnes, chiffres, numéros en 04 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-07_clsm-montbrisac_faq-parents-sante-mentale-enfants.md")

TEXT = """---
titre: "La santé mentale de mon enfant (6-12 ans) : vos questions, nos réponses"
auteur: "Conseil local de santé mentale de Montbrisac — groupe de travail Enfance"
date: 2025-10-07
version: 1.1
---

# La santé mentale de mon enfant (6-12 ans) : vos questions, nos réponses

*Une FAQ écrite par le groupe de travail « Enfance » du conseil local de santé mentale (CLSM) de Montbrisac, avec
des parents du Café des parents des Tilleuls. Version 1.1 du 7 octobre 2025.*

> Vous n'êtes pas seul·e. Demander de l'aide pour son enfant, ce n'est pas un échec : c'est le premier pas.

Sommaire : [Repérer](#repérer) · [À qui parler](#à-qui-parler) · [Les lieux de soin](#les-lieux-de-soin) ·
[À l'école](#à-lécole) · [Qui appeler ?](#qui-appeler)

## Mon enfant est souvent triste, en colère ou très inquiet : à partir de quand faut-il s'inquiéter ?

Tous les enfants traversent des moments difficiles. Parlez-en à un professionnel si **les difficultés durent plus
de deux ou trois semaines** ou si elles l'empêchent de vivre sa vie d'enfant :

- il dort mal, fait des cauchemars presque toutes les nuits ;
- il se plaint souvent de maux de ventre ou de tête le matin avant l'école ;
- il ne veut plus aller à l'école, ou ne veut plus voir ses copains ;
- il a des colères très fréquentes, qu'il ne peut pas calmer ;
- ses résultats scolaires chutent brutalement.

## Mon enfant a des difficultés à l'école : à qui en parler en premier ?

Commencez par **son enseignant ou sa directrice d'école**. Vous pouvez aussi demander vous-même un rendez-vous avec
la **psychologue de l'Éducation nationale** de l'école : c'est gratuit, confidentiel, et vous n'avez pas besoin de
passer par l'enseignant. Les coordonnées sont affichées à l'entrée de chaque école et dans le carnet de
liaison.

L'**infirmière scolaire** peut aussi vous recevoir : elle passe dans chaque école un nombre d'heures fixé à la
rentrée (plus d'heures dans les écoles des Tilleuls et de Champ-Rollin).

## Mon enfant doit voir un « psy » : CMP ou CMPP, quelle différence ?

Les deux soignent les enfants et les adolescents, **gratuitement et sans avance de frais** :

- le **CMP enfants Les Capucines** (centre médico-psychologique) dépend du centre hospitalier de Montbrisac
  (service public de psychiatrie de l'enfant). Il reçoit les enfants de 3 à 16 ans du secteur ;
- le **CMPP** (centre médico-psycho-pédagogique) est géré par l'association Les Sources d'Orsange. Il reçoit
  les enfants et les jeunes de 0 à 20 ans et propose aussi des bilans et des rééducations (orthophonie,
  psychomotricité).

Dans les deux cas, c'est vous qui appelez, avec ou sans courrier d'un médecin.

## Mon enfant est sur liste d'attente au CMPP : combien de temps faut-il attendre ?

Il faut malheureusement être patient : en 2024, il fallait attendre **en moyenne 187 jours (un peu plus de six
mois)** entre l'appel des parents et le premier rendez-vous au CMPP. Pendant l'attente, le secrétariat vous
rappelle tous les trois mois pour faire le point.

Si votre enfant habite aux Tilleuls ou à Champ-Rollin et qu'il est suivi par le programme de réussite
éducative, la PMI ou la psychologue de l'école, ce professionnel peut remplir une **fiche de liaison** : la
demande passe alors en *accueil prioritaire* (délai moyen de 45 jours en 2024).

Au CMP enfants, un premier **entretien avec une infirmière** a lieu en général dans les trois semaines ; le
rendez-vous avec un médecin peut prendre plusieurs mois.

## Mon enfant participe au programme CPS à l'école : qu'est-ce que c'est ?

Les **compétences psychosociales** (CPS), ce sont les capacités qui aident à bien vivre avec soi et avec les
autres : reconnaître et nommer ses émotions, gérer son stress, résoudre un conflit sans violence, savoir dire
non, demander de l'aide. Avec le programme « Graines de compétences », des enseignants formés animent **une
séance de 45 minutes tous les quinze jours**, du CP au CM2. Les parents sont invités à une réunion de
présentation en début d'année.

Le programme est financé par l'Agence régionale de santé (ARS), le contrat de ville et la Ville. Il n'y a rien à
payer et aucune note n'est donnée.

## Mon enfant est accompagné par le programme de réussite éducative (PRE) : qu'est-ce que ça change ?

Le **programme de réussite éducative** propose un accompagnement individuel et gratuit aux enfants de 2 à 16 ans
qui habitent les quartiers prioritaires (Les Tilleuls, Champ-Rollin) ou y sont scolarisés. Une **référente de
parcours** vous rencontre, construit avec vous un parcours (soutien scolaire, activité sportive, orthophonie,
aide pour un rendez-vous de soin…) et fait le lien avec l'école. Rien ne se fait sans **l'accord écrit des
parents**.

## Mon enfant a 11 ans et entre au collège : la Maison des adolescents peut-elle le recevoir ?

Oui. La **Maison des adolescents de l'Orsange** accueille les jeunes **de 11 à 21 ans** et leurs parents,
gratuitement, avec ou sans rendez-vous (accueil libre le mercredi de 13 h 30 à 18 h). Pour un enfant de moins
de 11 ans, adressez-vous plutôt au CMP enfants ou au CMPP.

## Mon enfant a moins de 6 ans : à qui m'adresser ?

Au **centre de PMI** (protection maternelle et infantile) de votre quartier : puéricultrices et médecins de PMI
suivent les enfants jusqu'à 6 ans et peuvent vous orienter. Le centre de PMI des Tilleuls est ouvert du lundi
au vendredi, 8 h 30 – 17 h.

## Mon enfant dit qu'il veut mourir ou se faire du mal : que faire tout de suite ?

Prenez-le **toujours au sérieux**, même s'il est petit. Restez avec lui, parlez-en calmement et **appelez le
15** (SAMU) en cas de danger immédiat. En journée, vous pouvez aussi appeler le CMP enfants, qui garde des
créneaux d'urgence.

## Mon enfant a besoin d'aide, mais moi aussi : existe-t-il des groupes pour les parents ?

Oui, deux groupes gratuits, sans inscription :

1. le **Café des parents** au centre social Les Tilleuls, le jeudi de 8 h 45 à 10 h 15 (après l'école) ;
2. le groupe **Parents en chemin** à la maison de quartier de Champ-Rollin, un mardi sur deux à 14 h.

## Qui appeler ?

| Pour… | Qui | Téléphone | Quand |
|---|---|---|---|
| Une inquiétude liée à l'école | Psychologue de l'Éducation nationale (via l'école) | 04 99 00 52 14 | Jours d'école |
| Un premier avis médical | Votre médecin traitant ou pédiatre | — | Sur rendez-vous |
| Des soins psychologiques (3-16 ans) | CMP enfants Les Capucines | 04 99 00 41 80 | Lundi-vendredi 9 h – 17 h 30 |
| Des soins, bilans, rééducations (0-20 ans) | CMPP Les Sources d'Orsange | 04 99 00 31 20 | Lundi-vendredi 8 h 30 – 18 h 30 |
| Un accompagnement du PRE | Programme de réussite éducative | 04 99 00 63 05 | Lundi-vendredi |
| Un jeune de 11 ans et plus | Maison des adolescents de l'Orsange | 04 99 00 47 10 | Mercredi 13 h 30 – 18 h sans rendez-vous |
| Un enfant de moins de 6 ans | Centre de PMI des Tilleuls | 04 99 00 58 33 | Lundi-vendredi 8 h 30 – 17 h |
| Une question sur cette FAQ | Coordination du CLSM | 04 99 00 25 60 | Du lundi au jeudi |

## Pour aller plus loin

- [Le CMPP Les Sources d'Orsange](https://www.sources-orsange.example/cmpp)
- [Le CMP enfants Les Capucines](https://www.ch-montbrisac.example/pedopsychiatrie/cmp-capucines)
- [Le programme de réussite éducative](https://www.montbrisac.example/education/reussite-educative)
- [La Maison des adolescents de l'Orsange](https://www.mda-orsange.example)
- [Le CLSM de Montbrisac](https://sante-mentale.montbrisac.example/enfance)

*Cette FAQ ne remplace pas l'avis d'un professionnel. Vos remarques : [clsm@montbrisac.example](mailto:clsm@montbrisac.example).*
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
