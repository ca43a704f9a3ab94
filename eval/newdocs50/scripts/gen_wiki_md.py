# -*- coding: utf-8 -*-
"""Génère la page Markdown exportée du wiki des partenaires du DAC Cher-et-Sauldre (export Wiki.js, dernière
modification le mardi 30 septembre 2025) : « Personne âgée en souffrance psychique : qui fait quoi à Vernançay ? ».

Mise en page : front matter YAML (title, description, published, date, tags, editor, dateCreated), titres « # » et
« ## », liste à puces imbriquée sur trois niveaux (« - » puis deux et quatre espaces), liste numérotée, tableau
Markdown, bloc de citation « > **Attention** », six notes de bas de page [^1]…[^6] définies en fin de page (des faits
ne figurent que dans les notes), lien interne de wiki, commentaire HTML de l'export.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-30_dac-cher-et-sauldre_wiki-orientation-aines-souffrance-psychique.md")

MD = """---
title: Personne âgée en souffrance psychique — qui fait quoi à Vernançay ?
description: Fiche d'orientation pour les professionnels du territoire de Vernançay (CLIC, DAC, EMPSA, CCAS, SAAD, bailleurs)
published: true
date: 2025-09-30T14:12:08.411Z
tags: personnes-agees, sante-mentale, orientation, clic, dac, empsa, canicule, vernancay
editor: markdown
dateCreated: 2024-11-18T09:40:51.102Z
---

<!-- Export Wiki.js — wiki des partenaires du DAC Cher-et-Sauldre — https://wiki.dac-cher-et-sauldre.example/fr/fiches/aines-souffrance-psychique -->

# Personne âgée en souffrance psychique : qui fait quoi à Vernançay ?

Cette fiche s'adresse aux professionnels (aides à domicile, infirmiers libéraux, travailleurs sociaux, gardiens,
équipes d'EHPAD, bénévoles encadrés) qui s'inquiètent pour une personne âgée vivant à Vernançay. Elle a été rédigée
par le DAC avec le CLIC du Pays de Vernançay et l'EMPSA, et validée par le comité de pilotage « aînés » du CLSM le
17 juin 2025. Dernière relecture : Julien Barreau, coordinateur de parcours au DAC.

> **Attention** — En cas de danger immédiat (propos suicidaires avec un projet précis, moyen à disposition,
> personne seule), on ne remplit pas de fiche : on appelle le **15**. Le **3114**, numéro national de prévention du
> suicide, répond 24 h/24 aux personnes en détresse, à leurs proches et aux professionnels.

## Repérer : les signes qui doivent alerter

- **Changements de comportement**
  - repli : ne sort plus, ne répond plus au téléphone, annule les visites
  - négligence de soi
    - arrêt de l'alimentation ou des médicaments
    - hygiène qui se dégrade, logement qui se dégrade
  - irritabilité nouvelle, refus d'aide inhabituel
- **Propos à prendre au sérieux**
  - « je suis un poids », « je ne sers plus à rien », « vivement que ça finisse »
  - mise en ordre de ses affaires, dons d'objets, adieux
- **Moments à risque**
  - veuvage ou deuil récent
  - annonce d'une maladie grave, douleurs chroniques
  - perte d'autonomie brutale, chute
  - premiers mois après l'entrée en EHPAD[^1]

Un seul signe ne suffit pas à conclure, mais plusieurs signes ensemble, ou un changement rapide, justifient d'en
parler à un professionnel de santé. N'hésitez pas à poser la question du suicide directement : en parler ne
donne pas l'idée.

## Orienter : qui fait quoi

| Structure | Pour qui | Qui peut saisir | Contact |
|---|---|---|---|
| CLIC du Pays de Vernançay | 60 ans et plus et leurs aidants | tout le monde, y compris la personne ou sa famille | 03 99 00 41 20 |
| DAC Cher-et-Sauldre | tout âge, situation complexe[^2] | un professionnel | 03 99 00 52 52 |
| EMPSA (CH Les Tilleuls) | 65 ans et plus[^3] | médecin traitant ou médecin coordonnateur d'EHPAD | 03 99 00 66 80 |
| CCAS — registre canicule | 65 ans et plus, ou plus de 60 ans inaptes au travail, adultes handicapés[^4] | la personne ou un tiers avec son accord | 03 99 00 41 00 |

- **Le CLIC** (centre local d'information et de coordination) est la porte d'entrée pour une personne âgée et son
  entourage.
  - il informe, évalue la situation à domicile et coordonne les aides
  - il tient une permanence sans rendez-vous aux Grands-Champs, le mardi de 9 h à 12 h, au centre social
    Jacques-Prévert
- **Le DAC** (dispositif d'appui à la coordination des parcours de santé complexes) appuie les professionnels.
  - il est saisi par un professionnel, pas par une famille
  - il ne se substitue pas au médecin traitant ni au CLIC : il aide à coordonner quand les intervenants n'y
    arrivent plus[^5]
- **L'EMPSA** (équipe mobile de psychiatrie du sujet âgé) évalue et soigne au domicile ou en EHPAD.
  - elle ne fait pas d'urgence
  - elle donne un avis téléphonique au médecin sous 48 heures

## Le circuit d'un signalement

1. Le professionnel de terrain repère (aide à domicile, gardien vigilant, bénévole Monalisa, voisin).
2. Il transmet à son relais : responsable de secteur du SAAD, référente sociale de Sauldre Habitat, animatrice de
   l'équipe citoyenne.
3. Le relais envoie la fiche de repérage de la fragilité au CLIC (clic@vernancay.example), dans un délai de
   72 heures pour les signalements des gardiens.
4. Le CLIC évalue à domicile et, en cas de souffrance psychique, contacte le médecin traitant.
5. Le médecin traitant adresse la demande à l'EMPSA avec la fiche de demande d'une page, par messagerie sécurisée.
6. Si la situation reste bloquée malgré tout, le CLIC ou le médecin saisit le DAC[^6].

## Pour aller plus loin

- [[Registre canicule : mode d'emploi pour les partenaires]]
- [[Formations sentinelle et évaluateur : calendrier]]
- Page du CLSM : https://sante-mentale.vernancay.example/aines

[^1]: Selon l'EMPSA, près d'un tiers des demandes venant des EHPAD concernent des résidents entrés depuis moins de six mois.
[^2]: Au sens de la loi du 24 juillet 2019 relative à l'organisation et à la transformation du système de santé : une situation est complexe lorsque l'état de santé, le handicap ou la situation sociale de la personne rend nécessaire l'intervention de plusieurs catégories de professionnels et que le professionnel qui la suit estime ne pas pouvoir coordonner seul.
[^3]: À titre dérogatoire, l'EMPSA peut intervenir dès 60 ans lorsque les troubles psychiques sont apparus après 60 ans et sont associés à une perte d'autonomie ; la demande est alors discutée en réunion d'équipe le lundi.
[^4]: Article L. 121-6-1 du code de l'action sociale et des familles. L'inscription est facultative et les données sont confidentielles : elles ne servent qu'à l'intervention des services sociaux et sanitaires en cas de déclenchement du plan d'alerte.
[^5]: Le DAC Cher-et-Sauldre est né le 1er septembre 2021 de la fusion de la MAIA, de la plateforme territoriale d'appui et du réseau de soins palliatifs du département.
[^6]: Délai de réponse du DAC : premier contact avec le professionnel qui saisit dans les 2 jours ouvrés.
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(MD)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
