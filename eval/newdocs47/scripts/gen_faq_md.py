# -*- coding: utf-8 -*-
"""Génère la FAQ Markdown du CLSM de Montvalès pour les encadrants (version du 9 mars 2026).

Mise en page : titre « # », chapeau, rubriques « ## », questions en titres « ### », réponses en listes à puces
(avec gras et liens), un tableau « qui fait quoi » en syntaxe pipe, une citation (« > ») et un pied de page.

Tout est inventé (ville, structures, personnes, numéros 03 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-09_clsm-montvales_faq-encadrants.md")

MD = """# Santé mentale au travail : la FAQ des encadrants

*Conseil local de santé mentale (CLSM) de Montvalès — version du 9 mars 2026*

Cette foire aux questions s'adresse aux responsables d'équipes en contact avec le public : chefs de service
accueil de la ville et du CCAS, responsables d'agence d'Habitat Durance Méditerranée (HDM), coordinateurs de
Médiance, responsables de la maison départementale des solidarités (MDS). Elle complète la procédure
« Que faire après l'agression d'un agent ? » (version 2 du 1er décembre 2025) sans la remplacer.

## Former son équipe

### Qu'est-ce que la formation « Accueillir une personne en souffrance psychique » ?

- Une formation de **deux jours (14 heures)**, suivie trois mois plus tard d'une **demi-journée de retour sur
  les pratiques**.
- Elle apprend à repérer les signes d'une souffrance psychique, à accueillir sans se mettre en danger et à
  passer le relais vers les bons interlocuteurs.
- Une **version courte d'une journée (7 heures)** existe pour les gardiens d'immeuble depuis 2025.
- Elle ne fait pas des agents des soignants : on n'y apprend ni à poser un diagnostic ni à « gérer » une crise
  seul.

### Quelles sont les prochaines sessions ?

- Session longue : **jeudi 19 et vendredi 20 mars 2026** (complète, liste d'attente ouverte).
- Session courte pour les gardiens : **mardi 14 avril 2026**.
- Session réservée aux policiers municipaux : **jeudi 4 et vendredi 5 juin 2026**.
- Session longue : **jeudi 8 et vendredi 9 octobre 2026**.
- Toutes les sessions ont lieu à la maison de quartier des Tamaris, 12 participants au maximum.

### Comment inscrire un agent ?

- Par le formulaire de l'intranet ou par courriel à [clsm@montvales.example](mailto:clsm@montvales.example),
  **au plus tard un mois avant la session**.
- Priorité est donnée aux agents qui travaillent dans les quartiers prioritaires (Les Tamaris, La Capelière)
  ou qui reçoivent majoritairement des habitants de ces quartiers.
- Les agents contractuels, les apprentis et les agents à temps partiel peuvent s'inscrire.

### Combien ça coûte à mon service ?

- Rien : la formation est financée par l'ARS Provence-Alpes-Côte d'Azur dans le cadre du CLSM.
- Le remplacement de l'agent pendant la formation reste à la charge du service.

### Combien d'agents ont déjà été formés ?

- Plus de 200 professionnels depuis 2023, toutes structures confondues.
- L'objectif est d'atteindre 250 agents formés fin 2026.

## Les groupes d'analyse des pratiques (GAPP)

### À quoi sert un GAPP, et en quoi est-ce différent d'un groupe de parole ?

- Un GAPP réunit **6 à 10 professionnels du même métier**, avec un animateur extérieur (psychologue ou
  psychosociologue), à raison de **8 séances de 2 h 30 par an**.
- Un participant apporte une situation professionnelle qui l'a mis en difficulté ; le groupe l'analyse pour
  comprendre ce qui s'est joué et chercher d'autres façons de faire.
- Ce n'est **ni une thérapie ni un groupe de parole** : on y travaille sur des situations de travail, pas sur
  la vie personnelle.

### Puis-je participer au GAPP de mon équipe ?

- Non. Les GAPP se tiennent **sans la hiérarchie** : un encadrant ne participe pas au groupe de ses propres
  agents.
- Un GAPP réservé aux encadrants de proximité est à l'étude pour 2026-2027.

### Les séances sont-elles sur le temps de travail ?

- Oui, séances et trajets sont comptés comme du temps de travail.
- La participation est volontaire, mais l'agent qui s'inscrit s'engage pour l'année (8 séances).
- Ce qui se dit dans le groupe est confidentiel : l'animateur ne fait aucun compte rendu nominatif à
  l'employeur.

### Quels groupes existent en 2026 ?

- Accueil (agents d'accueil de la ville et du CCAS) ; gardiens d'immeuble (HDM) ; travailleurs sociaux
  (CCAS et MDS) ; médiateurs sociaux (Médiance), ce dernier depuis janvier 2026.
- Le calendrier complet des séances est tenu par la coordinatrice du CLSM.

## Après une agression

### Quelle est la première chose à faire pour mon agent ?

- **Ne pas le laisser seul**, ni sur le moment ni dans les jours qui suivent.
- L'appeler le soir même, puis une semaine après.
- Lui rappeler de déclarer l'accident de service dans les **15 jours**, même sans blessure visible.
- Suivre pas à pas la procédure « Que faire après l'agression d'un agent ? ».

### La Ligne Écoute Agents est-elle vraiment confidentielle ?

- Oui. L'agent n'a pas à donner son nom ; l'employeur ne reçoit qu'un **bilan trimestriel anonyme** (nombre
  d'appels, motifs généraux).
- Numéro : **03 99 00 58 58**, tous les jours de 8 h à 22 h depuis le 1er janvier 2026.
- Chaque agent peut bénéficier de **cinq entretiens** avec un psychologue par an.
- Ouverte aux agents de la ville et du CCAS, aux gardiens d'HDM et, depuis le 1er janvier 2026, aux
  médiateurs de Médiance. Les agents de la métropole ont leur propre cellule.

### Médecin du travail ou psychologue du travail : qui appeler ?

| Situation | Interlocuteur | Comment |
|---|---|---|
| L'agent a besoin de parler tout de suite, le soir ou le week-end | Ligne Écoute Agents | 03 99 00 58 58 |
| L'agent reste marqué quelques jours après un incident | Claire Noyer, psychologue du travail (centre de gestion) | 06 99 00 23 71, permanence le mardi |
| Reprise après un arrêt, aménagement de poste, inaptitude | Dr Olivier Rambaud, médecin du travail (ville et CCAS) | 03 99 00 62 10 |
| Gardien d'immeuble ou médiateur | Dr Agnès Vidal, service de santé au travail interentreprises | 03 99 00 64 80 |
| Un usager semble en grande souffrance psychique | Coordinatrice du CLSM (cellule de coordination) | 03 99 00 41 20 |
| Danger immédiat | Secours | 15, 17 ou 112 |

### Un agent fragilisé a une reconnaissance de travailleur handicapé (RQTH) : existe-t-il des aides ?

- Oui. Le FIPHFP (Fonds pour l'insertion des personnes handicapées dans la fonction publique) peut financer
  un accompagnement psychologique, des aménagements de poste ou une formation de reconversion.
- La demande passe par la référente handicap de la ville, Laurence Gimenez (03 99 00 41 58), en lien avec le
  médecin du travail.
- Le CLSM bénéficie d'une convention avec le FIPHFP pour 2026-2028.

## Orienter un usager

### Un usager semble très mal à l'accueil, mais il n'y a pas de danger immédiat. Que faire ?

- Le recevoir dans un espace calme, à deux si possible, sans le contredire ni promettre ce qu'on ne peut pas
  tenir.
- Proposer une orientation vers le CMP adultes des Tamaris ou vers son médecin traitant.
- Si la situation est complexe ou se répète, la signaler à la **cellule de coordination des situations
  complexes** du CLSM, qui se réunit **le deuxième jeudi de chaque mois**, avec l'accord de la personne quand
  c'est possible.

> « Vous n'êtes pas seuls avec ces situations : passer le relais, c'est déjà agir. »
> — Dr Lucie Marchetti, co-présidente du CLSM

---

Contact : Sabrina Ferracci, coordinatrice du CLSM — 03 99 00 41 20 —
[clsm@montvales.example](mailto:clsm@montvales.example) — hôtel de ville de Montvalès, bureau 108.
"""


def build():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(MD)
    print(OUT)


if __name__ == "__main__":
    build()
