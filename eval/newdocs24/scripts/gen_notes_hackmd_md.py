# -*- coding: utf-8 -*-
"""Notes de réunion du groupe de travail « Aînés et santé mentale » du CLSM d'Escaudières, prises à plusieurs dans un
pad HackMD / CodiMD et téléchargées en Markdown (menu « … › Télécharger › Markdown »).

Imitation de la syntaxe propre à HackMD : pas de front matter YAML mais une ligne « ###### tags: `…` » sous le titre,
« [TOC] », conteneurs « :::info », « :::success », « :::warning » et « :::spoiler » (replié à l'affichage), texte
surligné « ==…== », signatures « [name=…] » et « [time=…] » dans les commentaires en citation, cases à cocher
« - [x] » / « - [ ] », tableaux pipe, émojis en code court (« :pushpin: »), liste de présence en tableau, lignes
« > » de commentaires ajoutés par les participants, fin de pad avec un lien de partage.
"""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-05_clsm-escaudieres_notes-gt-aines.md")

TEXT = """# GT « Aînés et santé mentale » — CLSM d'Escaudières — réunion du 5 mars 2026

###### tags: `CLSM` `GT-aînés` `compte-rendu` `2026`

[TOC]

:::info
**Date** : jeudi 5 mars 2026, 14 h – 16 h 30
**Lieu** : centre social des Hauts-Prés, salle 2 (et en visio)
**Animation** : Manon Delattre, coordinatrice du CLSM
**Prise de notes** : collaborative, chacun complète sa partie :pray:
:::

## Présents

| Nom | Structure |
| --- | --- |
| Manon Delattre | CLSM d'Escaudières (coordination) |
| Véronique Carpentier | CCAS, responsable du pôle seniors (copilote du GT) |
| Dr Sophie Vandamme | EMPSA, EPSM des Deux-Vallées (copilote du GT) |
| Karima Benali | EMPSA, infirmière |
| Élodie Marchand | Les Veilleurs du Quartier |
| Nathalie Vasseur | Relais des Aidants de l'Escaut |
| Samir Haddou | Centre social des Hauts-Prés, directeur |
| Laurence Dufour | Escaut Habitat, chargée de la proximité |
| Pauline Roussel | Escaut Services (aide à domicile) |
| Dr Marc Legrand | CPTS du Val d'Escaut (visio) |

Excusés : Françoise Lesage (élue, adjointe à la santé et aux solidarités), pharmacie des Hauts-Prés.

## 1. Retour sur la plénière du 10 février

- Protocole « Vigilance aînés » **adopté à l'unanimité** des 31 membres présents.
- Mme Lesage a annoncé que la Ville prendra en charge l'impression des fiches de vigilance et du dépliant (800 €).
- La presse locale (Canal Deux-Vallées) a tourné un reportage avec les veilleurs et l'EMPSA, diffusé le 17 février.

## 2. Premières fiches de vigilance

:::success
:pushpin: **14 fiches** reçues par le pôle seniors du CCAS entre le 10 février et le 4 mars.
:::

- Origine : 6 aides à domicile, 4 veilleurs, 2 pharmacies, 1 gardien d'immeuble, 1 médecin.
- 9 aux Hauts-Prés, 3 à la Cité Saint-Éloi, 2 hors QPV.
- Suites : 3 orientations vers l'EMPSA (dont 1 hospitalisation en urgence), 5 vers le médecin traitant, 4 inscriptions aux visites des Veilleurs, 2 sans suite (personne déjà suivie).
- Délai moyen entre la réception de la fiche et le premier contact du CCAS : **3,5 jours ouvrés** (objectif du protocole : 5 jours).
- ==Point de vigilance== : 2 fiches envoyées sans l'accord de la personne, alors qu'il n'y avait pas de danger. Rappeler la règle dans le dépliant.

> Les fiches des pharmacies arrivent par fax, ce n'est pas sécurisé, il faut passer à la messagerie sécurisée. [name=Véronique Carpentier]

## 3. Café des aînés de la Cité Saint-Éloi

- Préconisation n° 6 du diagnostic. Co-animation centre social + Relais des Aidants.
- **Le dernier samedi du mois, de 14 h 30 à 17 h**, au centre social Saint-Éloi (salle du rez-de-chaussée, accessible).
- Première séance : **samedi 28 mars 2026**. Thème : « Le quartier d'hier et d'aujourd'hui », avec des photos anciennes prêtées par les habitants.
- Transport : les veilleurs accompagnent à pied les personnes qui le souhaitent ; le CCAS mobilise son minibus pour 8 places.
- Budget : 1 800 € demandés à l'appel à projets du contrat de ville 2026 (goûters, animation, minibus).

:::spoiler Idées de thèmes pour les séances suivantes (à trier)
- jeux de mémoire et de société
- atelier « mon téléphone sans stress » avec le conseiller numérique
- rencontre avec l'EMPSA : « le moral, parlons-en »
- chorale des chansons d'avant
:::

## 4. Formation au repérage

- Objectif : 80 professionnels de première ligne formés d'ici fin 2026 (préconisation n° 2). Les 60 aides à domicile visées par l'EMPSA sont **comprises** dans ces 80.
- Format : 4 sessions d'une journée, animées par Dr Vandamme et Karima Benali, avec un module sur le protocole.
- Session 1 : **mardi 14 avril 2026**, salle du conseil du CCAS, 20 places (aides à domicile d'Escaut Services et d'Aide et Présence 59).
- Session 2 : juin, gardiens et pharmaciens.

:::warning
Le financement des sessions 3 et 4 n'est pas acquis : devis de 2 400 € pour les repas et le remplacement des aides à domicile. Demande à faire à la Conférence des financeurs.
:::

## 5. Ascenseurs des Hauts-Prés

- Escaut Habitat **accepte** de signaler au CCAS toute panne de plus de 48 heures dans un immeuble où vit une personne inscrite au registre des personnes vulnérables.
- Escaut Habitat **refuse** en revanche l'engagement d'un délai de réparation de 72 heures (préconisation n° 5) : le contrat avec l'ascensoriste ne le permet pas avant son renouvellement en 2027.
- En attendant : en cas de panne longue, les veilleurs et le centre social organisent le portage des courses.

> Le registre compte 1 032 personnes inscrites fin 2025, dont 287 dans les deux QPV. On peut croiser avec les adresses des tours. [name=Véronique Carpentier]

## Décisions

- [x] Le café des aînés démarre le 28 mars 2026 à la Cité Saint-Éloi.
- [x] Les fiches de vigilance des pharmacies passent par la messagerie sécurisée dès le 1er avril.
- [x] Le GT écrit à la Conférence des financeurs pour les sessions de formation 3 et 4.
- [ ] Préconisation n° 5 (délai de 72 heures) : reportée au renouvellement du contrat d'ascenseurs.

## À faire

- [ ] Manon : courrier à la Conférence des financeurs — avant le 20 mars
- [ ] Véronique : liste des inscrits au registre par immeuble pour Escaut Habitat — avant le 31 mars
- [ ] Élodie et Samir : affiche du café des aînés — avant le 13 mars
- [ ] Karima : programme de la session de formation du 14 avril — avant le 31 mars

## Prochaine réunion

:::info
**Jeudi 7 mai 2026, 14 h**, CCAS d'Escaudières, salle du conseil. Ordre du jour : bilan des fiches à trois mois, premier café des aînés, permanence de l'EMPSA aux Hauts-Prés.
:::

> Merci à tous, relisez vos parties avant vendredi midi :slightly_smiling_face: [name=Manon Delattre] [time=Thu, Mar 5, 2026 4:52 PM]

---
Lien du pad (lecture seule) : https://pad.clsm-escaudieres.example/s/gt-aines-2026-03-05
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print(OUT)


if __name__ == "__main__":
    main()
