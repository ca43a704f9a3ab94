# -*- coding: utf-8 -*-
"""Génère le protocole Markdown (.md) de signalement du cyberharcèlement du CLSM d'Ardonville (version 2.1).

Mise en page : front matter YAML (titre, version, dates, validation, auteurs, mots-clés), titres « # / ## »,
étapes numérotées « 1. » à « 7. » avec sous-puces, tableau à barres verticales « Qui contacter ? », liste de
contrôle « - [ ] » des preuves à conserver, citations « > » (mise en garde et rappel du délai), historique des
versions.

Tout est inventé (ville, structures, personnes, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-12_clsm-ardonville_protocole-signalement-cyberharcelement.md")

TEXT = """---
title: "Protocole commun de signalement et d'accompagnement des situations de cyberharcèlement — Ardonville"
version: "2.1"
date: 2026-01-12
valide_par: "Séance plénière du CLSM d'Ardonville du 11 décembre 2025"
remplace: "version 1.0 du 2 septembre 2025"
auteurs:
  - "Groupe de travail « Jeunes et numérique » du CLSM d'Ardonville"
  - "DSDEN de Layon-et-Sèvre (référente départementale PRISME)"
  - "PAEJ Le Passage"
public: "Écoles, collèges et lycées d'Ardonville, accueils de loisirs, centres sociaux, clubs sportifs, PAEJ, Maison des adolescents"
mots_cles: [cyberharcèlement, signalement, preuves, 3018, cellule de veille, PRISME]
---

# Protocole commun de signalement du cyberharcèlement

Ce protocole s'adresse à **tout adulte** (enseignant, CPE, infirmière scolaire, animateur, éducateur, entraîneur
sportif) à qui un jeune d'Ardonville confie subir des violences en ligne, ou qui en est témoin. Il complète, sans
les remplacer, les procédures internes de l'Éducation nationale (programme PRISME du rectorat) et la procédure
départementale de protection de l'enfance.

On parle de **cyberharcèlement** lorsqu'un jeune subit de façon répétée des propos ou des comportements hostiles
par voie numérique (messages, commentaires, publications, images, faux comptes), qu'ils viennent d'une seule
personne ou de plusieurs personnes agissant ensemble, même si chacune n'est intervenue qu'une fois.

> **À ne jamais faire** : demander au jeune de supprimer les messages, lui conseiller de répondre à l'auteur,
> contacter soi-même l'auteur ou sa famille, ou organiser une confrontation entre la victime et l'auteur.

## Les sept étapes

1. **Écouter et mettre en sécurité.**
   - Recevoir la parole du jeune dans un lieu calme, le croire, ne pas minimiser.
   - Évaluer le danger immédiat : propos suicidaires, menaces physiques, chantage à la diffusion d'images intimes.
   - En cas de danger immédiat : appeler le 15 ou le 17, ne pas laisser le jeune seul.
2. **Conserver les preuves** (voir la liste de contrôle ci-dessous), avec le jeune et sans transférer les images
   intimes : une image intime de mineur ne doit jamais être copiée ni envoyée, même pour la signaler.
3. **Informer.**
   - Les parents ou représentants légaux, sauf si cela met le jeune en danger.
   - Le chef d'établissement dès que des élèves d'un même établissement sont concernés, même si les faits ont
     lieu le soir ou le week-end.
   - Le responsable de la structure (accueil de loisirs, club, centre social).
4. **Signaler les contenus** aux plateformes (bouton « signaler ») et appeler le **3018** : gratuit, anonyme,
   7 jours sur 7 de 9 h à 23 h. Le 3018 peut obtenir la suppression d'un contenu ou d'un compte en quelques heures.
5. **Remplir la fiche de signalement S1** (annexe du protocole) et l'envoyer à la cellule de veille jeunesse du
   CLSM : veille.jeunes@clsm-ardonville.example. Dans un établissement scolaire, la fiche est remplie par le chef
   d'établissement ou le référent PRISME, qui en adresse une copie à la DSDEN.
6. **Orienter et, si besoin, alerter.**
   - Orienter le jeune vers un lieu d'écoute : PAEJ Le Passage, infirmière scolaire, Maison des adolescents.
   - Si le jeune est en danger ou risque de l'être : transmettre une information préoccupante à la CRIP
     (cellule de recueil des informations préoccupantes) du département.
   - Si les faits constituent une infraction : accompagner la famille pour déposer plainte au commissariat
     d'Ardonville ; la plainte n'empêche pas les autres démarches.
7. **Suivre la situation** : le référent de la cellule de veille rappelle l'adulte qui a signalé à **J+7** et
   à **J+30** pour vérifier que les violences ont cessé et que le jeune est accompagné.

> Délai : la fiche S1 doit parvenir à la cellule de veille **dans les 72 heures** suivant la révélation des
> faits. En cas de diffusion d'images intimes ou de propos suicidaires, on n'attend pas : appel le jour même au
> 06 99 00 23 58 (téléphone de la cellule de veille, du lundi au vendredi de 9 h à 18 h).

## Liste de contrôle : les preuves à conserver

- [ ] Captures d'écran des messages, commentaires ou publications, en entier
- [ ] Date et heure visibles sur chaque capture
- [ ] Pseudonyme **et** identifiant ou adresse du profil de l'auteur
- [ ] Adresse (URL) de la page ou nom du groupe de discussion
- [ ] Noms des témoins éventuels (élèves du groupe, camarades)
- [ ] Copie des captures sur un support conservé par l'adulte référent (jamais d'image intime)
- [ ] Date à laquelle le jeune a révélé les faits et à qui

## Qui contacter ?

| Situation | Qui contacter | Téléphone | Quand |
|---|---|---|---|
| Un jeune veut parler, avec ou sans ses parents | PAEJ Le Passage (Nadia Belkacem) | 03 99 00 41 20 | lun., mar., ven. 14 h – 18 h 30 ; mer. 10 h – 18 h 30 |
| Élève d'un collège ou d'un lycée | Infirmière scolaire ou référent PRISME de l'établissement | standard de l'établissement | temps scolaire |
| Appui aux établissements, copie des fiches S1 | Élise Guillou, référente départementale PRISME (DSDEN) | 03 99 00 36 14 | lundi au vendredi |
| Usage excessif des jeux vidéo ou des écrans associé | Consultation Pause Manette, Maison des adolescents | 03 99 00 52 70 | sur rendez-vous |
| Suppression de contenus, conseil | 3018 (national) | 3018 | 7 j / 7, 9 h – 23 h |
| Jeune en danger, information préoccupante | CRIP de Layon-et-Sèvre | 03 99 00 60 60 | lundi au vendredi |
| Fiche S1, suivi, situations complexes | Cellule de veille jeunesse du CLSM (Soizic Le Bihan) | 06 99 00 23 58 | lun. – ven. 9 h – 18 h |

## La cellule de veille jeunesse

La cellule de veille réunit une fois par mois (le premier mardi, de 9 h 30 à 11 h 30) la coordinatrice du CLSM,
la responsable du PAEJ, un psychologue de la Maison des adolescents, une infirmière scolaire désignée par la DSDEN
et un éducateur de prévention. Elle examine les fiches S1 reçues, s'assure que chaque jeune a un adulte référent
et peut proposer une réunion de concertation avec l'accord de la famille. Les informations échangées sont
limitées à ce qui est nécessaire à l'accompagnement (secret partagé).

## Historique des versions

- Version 1.0 (2 septembre 2025) : première version, limitée aux collèges.
- Version 2.0 (11 décembre 2025) : ouverture aux écoles, lycées et structures de jeunesse ; suivi à J+7 et J+30.
- Version 2.1 (12 janvier 2026) : délai de transmission de la fiche S1 porté de 48 à 72 heures ; ajout de la
  ligne téléphonique de la cellule de veille.

*Contact : Soizic Le Bihan, coordinatrice du CLSM d'Ardonville — clsm@ardonville.example*
"""

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("écrit :", OUT)
