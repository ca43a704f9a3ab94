# -*- coding: utf-8 -*-
"""Génère la procédure de saisine (version 3, 2 juin 2025) de la cellule de concertation des situations complexes
du CLSM de Bréville-sur-Arbonne, en Markdown.

Mise en page voulue : front matter YAML (titre, version, dates, auteur, validation, mots-clés), titres #/##/###,
avertissement en citation (blockquote), étapes numérotées dont certaines portent une liste imbriquée, tableau
« qui appeler » en tableau à barres verticales, encadré de changement de délai en italique, liens relatifs.

Tout est inventé (ville, département, organismes, personnes, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-06-02_clsm-breville_procedure-saisine-cellule.md")

TEXT = """---
title: "Procédure de saisine de la cellule de concertation des situations complexes"
organisme: "Conseil local de santé mentale (CLSM) de Bréville-sur-Arbonne"
version: 3
date: 2025-06-02
entree_en_vigueur: 2025-07-01
remplace: "version 2 du 9 janvier 2024"
auteur: "Maëlle Rochas, coordinatrice du CLSM"
validation: "comité de pilotage du CLSM, 22 mai 2025"
public: "professionnels des institutions membres de la cellule"
mots_cles: [situations complexes, fiche de saisine, incurie, troubles de voisinage, secret partagé]
---

# Saisir la cellule de concertation des situations complexes

Cette fiche explique, étape par étape, comment présenter la situation d'un habitant de Bréville-sur-Arbonne à la
cellule de concertation des situations complexes du CLSM. Elle complète la
[charte de confidentialité (version 2 du 20 mars 2025)](charte-confidentialite-v2.docx), que tout professionnel
qui siège à la cellule doit avoir lue.

Une situation est dite « complexe » lorsqu'elle réunit **au moins deux** des critères suivants :

- des troubles psychiques supposés ou connus (repli, comportement inhabituel, propos incohérents, rupture de
  traitement) ;
- une difficulté liée au logement : incurie, dette locative, troubles de voisinage, menace d'expulsion ;
- un isolement important ou un refus répété des aides proposées ;
- au moins deux institutions déjà mobilisées sans résultat depuis trois mois ou plus.

> **Attention — la cellule n'est pas un dispositif d'urgence.**
> En cas de danger grave et immédiat (menace suicidaire, violence, mise en danger d'autrui ou de soi-même),
> appelez le **15** (SAMU) ou le **17** (police). N'envoyez pas de fiche de saisine : elle ne serait lue qu'à la
> séance suivante. La nuit, le week-end et les jours fériés, seule la police municipale peut joindre l'élu
> d'astreinte, qui est le seul habilité à prendre un arrêté municipal provisoire en matière de soins
> psychiatriques.

## Les étapes

1. **Vérifier que la situation relève de la cellule.** Relisez les critères ci-dessus. En cas de doute,
   appelez la coordinatrice avant de remplir quoi que ce soit : un appel de cinq minutes évite souvent une
   saisine inutile.
2. **Informer la personne.** La personne doit savoir que sa situation sera présentée, devant quelles
   institutions, et qu'elle peut s'y opposer.
   - Idéalement lors d'un entretien ou d'une visite à domicile, en lui remettant le dépliant « La cellule, c'est
     quoi ? ».
   - Si elle refuse : la situation peut être présentée en **examen sans nom**, sans aucun élément qui permette
     de l'identifier.
   - Si elle reste injoignable après deux tentatives (appel, courrier ou passage) : notez les dates des
     tentatives sur la fiche.
3. **Remplir la fiche de saisine** (modèle FS-3, deux pages). Elle comporte cinq rubriques :
   - Rubrique A — le professionnel qui saisit et son institution ;
   - Rubrique B — la situation : initiales, année de naissance, quartier, type de logement et bailleur ;
   - Rubrique C — ce qui a déjà été tenté, par qui et avec quel résultat ;
   - Rubrique D — **une seule question** posée à la cellule, la plus précise possible ;
   - Rubrique E — l'information de la personne :
     - informée et d'accord ;
     - informée et opposée (examen sans nom) ;
     - injoignable (dates des deux tentatives).
4. **Envoyer la fiche** par messagerie sécurisée à `cellule.situations@clsm-breville.example`, **au plus tard
   sept jours avant la séance**, c'est-à-dire le jeudi précédent.
   *Changement : à compter du 1er juillet 2025, ce délai passe de dix à sept jours.* Une fiche arrivée hors
   délai est inscrite à la séance suivante.
5. **Attendre l'accusé de réception.** La coordinatrice répond sous deux jours ouvrés et inscrit la situation à
   l'ordre du jour. Une séance examine au plus six nouvelles situations ; au-delà, les saisines les plus
   anciennes passent en priorité.
6. **Présenter la situation en séance.** Comptez dix minutes de présentation et vingt minutes d'échanges. La
   situation est désignée par son numéro d'ordre (par exemple 2025-031) et les initiales de la personne.
7. **Recevoir le relevé de conclusions.** Il est envoyé dans les cinq jours ouvrés aux seuls membres engagés
   dans le plan d'action. Il désigne un **référent de parcours**, qui n'est pas forcément le professionnel qui a
   saisi la cellule.
8. **Faire le point aux séances suivantes.** Chaque situation revient en séance un mois après son premier
   examen, puis tous les trois mois tant qu'elle n'est pas clôturée.
9. **Clôturer.** Une situation est clôturée lorsque :
   - le plan d'action est réalisé et un service de droit commun a pris le relais ;
   - la personne a quitté la commune ;
   - ou la personne refuse toujours toute aide après trois examens successifs (la situation peut être
     présentée à nouveau plus tard).

## Qui appeler ?

| Besoin | Interlocuteur | Téléphone | Quand |
|---|---|---|---|
| Question sur la saisine, doute sur les critères | Maëlle Rochas, coordinatrice du CLSM | 03 99 00 41 27 | du lundi au vendredi, 9 h – 17 h |
| Savoir si la personne est suivie, avis sur une orientation | CMP Les Glycines (secteur Bréville-Nord), infirmier d'accueil | 03 99 00 63 40 | du lundi au vendredi, 9 h – 18 h |
| Incurie, insalubrité, nuisibles, animaux en nombre | SCHS — Nicolas Brunet, inspecteur de salubrité | 03 99 00 41 55 | du lundi au vendredi, 8 h 30 – 12 h |
| Locataire d'Arbonne Habitat | Karim Aït-Saïd, responsable de la cohésion sociale | 03 99 00 72 14 | jours ouvrés |
| Locataire de Logivie Alpes | Émilie Chassagne, conseillère sociale | 06 99 00 35 82 | mardi, jeudi et vendredi |
| Personne sous curatelle ou tutelle, demande de mesure | ATVA, permanence des mandataires | 03 99 00 58 90 | mardi et jeudi, 14 h – 17 h |
| Médecin traitant, MSP | MSP des Tilleuls, Dr Julien Perrichon | 03 99 00 66 12 | du lundi au samedi midi |
| Élu d'astreinte (arrêté municipal provisoire) | par la police municipale | 03 99 00 41 00 | 24 h / 24 |
| Danger immédiat | SAMU / police | 15 / 17 | 24 h / 24 |

## Cas particuliers

### Incurie (syndrome de Diogène) et animaux en nombre (syndrome de Noé)

Avant la séance, le SCHS, le bailleur et l'infirmier du CMP organisent si possible une **visite conjointe** du
logement dans les quinze jours. Les photos du logement ne sont prises qu'avec l'accord de l'occupant et restent
dans le dossier du SCHS ; elles ne sont jamais projetées en séance.

Un nettoyage imposé ne règle rien s'il n'est pas accompagné : dans notre expérience, sept logements sur dix
nettoyés sans suivi se retrouvent encombrés dans l'année. Lorsqu'il y a des animaux en nombre, le SCHS
prévient la direction départementale de la protection des populations (DDPP) du Val-d'Arbonne, qui évalue leur
état ; la cellule n'a aucun pouvoir sur les animaux.

### Troubles de voisinage

Avant de saisir la cellule, le bailleur a rencontré le locataire mis en cause et, si possible, proposé une
médiation (association Bréville Médiation, 03 99 00 47 30). Joignez à la fiche le nombre de plaintes ou de mains
courantes des douze derniers mois, sans le nom des voisins plaignants.

### Personne sous mesure de protection

Prévenez d'abord le mandataire : il est souvent le mieux placé pour présenter la situation, et sa présence à la
séance est alors demandée.

## Documents utiles

- Fiche de saisine FS-3 (modèle Word) : intranet des partenaires, rubrique « CLSM / cellule ».
- Dépliant « La cellule, c'est quoi ? » à remettre à la personne (en français et en « facile à lire et à
  comprendre »).
- Charte de confidentialité, version 2 du 20 mars 2025.

*Dernière mise à jour : 2 juin 2025 — prochaine révision prévue en juin 2026.*
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(TEXT)
print("écrit :", OUT)
