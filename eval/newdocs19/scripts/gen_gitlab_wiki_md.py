# -*- coding: utf-8 -*-
"""Fiche protocole du wiki GitLab du CLSM de Montferville (fictif), telle qu'on la trouve dans le dépôt
« <projet>.wiki.git » : front matter YAML « title », balise [[_TOC_]] propre à GitLab, alertes GitLab
« > [!warning] » / « > [!note] », blocs HTML <details><summary> repliés, diagramme mermaid, tableaux à barres verticales,
références GitLab (#14, !7, @nferhat, ~"Vigie Aînés"), émojis en codes « :telephone_receiver: », liste de tâches,
notes de bas de page [^n], liens relatifs vers d'autres pages du wiki, historique des versions en tableau.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-12-02_clsm-montferville_protocole-reperage-orientation-crise-suicidaire-aine.md")

TEXT = r'''---
title: Protocole Vigie Aînés — repérer et orienter une personne âgée en crise suicidaire
---

| | |
|---|---|
| **Version** | 2.0 — validée par le comité de pilotage du 2 décembre 2025 |
| **Rédaction** | Nadia Ferhat (@nferhat), coordinatrice du CLSM de Montferville |
| **Relecture** | Dr Hélène Varin (@hvarin) et Sandrine Leprévost (@sleprevost), EMPSA « Pass'Âge » |
| **Étiquettes** | ~"Vigie Aînés" ~protocole ~"santé mentale des aînés" |
| **Remplace** | [Protocole v1 du 15 septembre 2025](protocole-vigie-aines-v1) |

[[_TOC_]]

## À qui s'adresse cette fiche

Aux **sentinelles** du réseau Vigie Aînés (gardiens d'immeuble, pharmaciens, aides à domicile, agents du CCAS,
facteurs, bénévoles des Fils d'Argent…) formées au cours d'une des sessions d'une journée, et aux professionnels du
CLSM qui reçoivent leurs alertes. Elle reprend ce qui a été vu en formation : gardez-la sur votre téléphone.

> [!warning]
> Cette fiche ne remplace pas les secours. :rotating_light: **Geste en cours, moyen létal à portée de main, personne
> qui dit qu'elle va passer à l'acte maintenant : appelez le 15 et restez avec elle.**

## En bref : les cinq étapes

1. **Repérer** les signes d'alerte chez une personne âgée que vous croisez.
2. **Entrer en contact** et oser poser la question du suicide.
3. **Estimer le niveau d'urgence** avec le feu tricolore (rouge, orange, vert).
4. **Orienter** vers le bon interlocuteur et envoyer la fiche d'alerte.
5. **Suivre** : vous recevez un retour, la situation est revue en cellule de veille.

```mermaid
flowchart LR
    A[Je repère] --> B[J'entre en contact]
    B --> C{Niveau ?}
    C -->|Rouge| D[15 — je reste avec la personne]
    C -->|Orange| E[3114 ou EMPSA le jour même + fiche d'alerte]
    C -->|Vert| F[Fiche d'alerte sous 48 h]
    D --> G[Coordination CLSM]
    E --> G
    F --> G
    G --> H[Retour à la sentinelle sous 7 jours]
```

## Étape 1 — Repérer

Chez la personne âgée, la crise suicidaire se dit rarement en clair. Ce qui doit alerter, c'est un **changement**
par rapport à d'habitude, et surtout l'**accumulation** de plusieurs signes, en particulier chez une personne isolée.

<details>
<summary>Liste complète des signes d'alerte vus en formation (cliquer pour déplier)</summary>

- **Ce que la personne dit** : « je suis un poids », « bientôt vous serez tranquilles », « à quoi bon », plaintes
  physiques répétées sans cause trouvée.
- **Ce qu'elle fait** : donne ses objets ou son animal, range ses papiers, cesse de s'alimenter ou de se soigner,
  arrête ses traitements, ne sort plus, n'ouvre plus sa porte.
- **Ce qu'elle vit** : deuil (surtout du conjoint), chute, perte d'autonomie ou du permis de conduire, entrée en
  établissement annoncée, déménagement, diagnostic d'une maladie grave.

</details>

## Étape 2 — Entrer en contact

Trouvez un moment calme, seul à seul. Partez de ce que vous avez remarqué (« je ne vous vois plus descendre, je
m'inquiète »), puis posez les questions de plus en plus directement, comme en jeu de rôle :

- « Comment vous sentez-vous en ce moment ? »
- « Vous arrive-t-il de penser que la vie ne vaut plus la peine ? »
- « Avez-vous pensé à mettre fin à vos jours ? »

> [!note]
> Parler du suicide ne le provoque pas. Ne promettez jamais le secret : dites « je vais en parler à quelqu'un qui
> peut vous aider ».

## Étape 3 — Estimer le niveau d'urgence : le feu tricolore

Le feu tricolore est une version simplifiée, pour les non-soignants, de la grille RUD (risque, urgence,
dangerosité) qu'utilisent les soignants[^1]. La sentinelle n'évalue pas le risque suicidaire : elle choisit le bon
canal selon ce qu'elle observe.

| Niveau | Ce que j'observe | Ce que je fais | Délai |
|---|---|---|---|
| :red_circle: **Rouge** | Projet précis (date, lieu, moyen), moyen à portée de main, geste en cours | Je ne laisse pas la personne seule, j'appelle le 15, puis j'envoie la fiche | Immédiat |
| :orange_circle: **Orange** | Idées de mort exprimées sans projet précis, isolement fort, refus de s'alimenter | J'appelle l'EMPSA (en semaine, 9 h-17 h) ou le 3114, et j'envoie la fiche | Le jour même |
| :green_circle: **Vert** | Repli, tristesse, perte d'intérêt, sans idées de mort exprimées | J'envoie la fiche d'alerte ; je propose un lien avec Les Fils d'Argent | Sous 48 h |

## Étape 4 — Orienter

### Contacts utiles :telephone_receiver:

| Qui | Quand | Numéro |
|---|---|---|
| SAMU | Danger immédiat, 24 h/24 | 15 ou 112 |
| Numéro national de prévention du suicide | Crise suicidaire, 24 h/24, 7 j/7 | 3114[^2] |
| EMPSA « Pass'Âge », CH Jean-Delacour | Lundi-vendredi, 9 h-17 h | 02 35 00 18 40 |
| Coordination du CLSM (Nadia Ferhat) | Lundi-vendredi, 9 h-17 h | 02 35 00 27 61 |
| Les Fils d'Argent (lien social) | Mardi et jeudi, 14 h-17 h | 02 35 00 41 27 |

### Envoyer la fiche d'alerte

Pour transmettre une fiche d'alerte, remplissez le formulaire en ligne
<https://formulaires.montferville.example/vigie-aines> depuis votre téléphone (lien aussi dans le QR code du kit
sentinelle), ou déposez la fiche papier du carnet sous enveloppe fermée « Confidentiel — Vigie Aînés » à l'accueil
du CCAS. La coordinatrice accuse réception **le jour même** (jours ouvrés). Le week-end, pour une situation orange,
appelez d'abord le 3114 : la fiche sera traitée le lundi.

<details>
<summary>Ce que contient la fiche d'alerte</summary>

1. Votre nom, votre structure, votre téléphone.
2. Nom, adresse et âge approximatif de la personne (ou, si vous ne les connaissez pas, l'immeuble et l'étage).
3. Ce que vous avez vu ou entendu, avec les mots de la personne si possible.
4. Le niveau choisi (rouge, orange, vert) et ce que vous avez déjà fait.
5. Si la personne est d'accord pour être contactée (oui / non / pas demandé).

</details>

## Étape 5 — Suivre

- L'EMPSA prend contact avec la personne dans les **72 heures ouvrées** (niveaux orange et vert orientés vers elle).
- La sentinelle reçoit un **retour sous 7 jours**, sans détail médical : « la personne a été vue », « un suivi est en
  place », « la personne a refusé, on reste attentifs ».
- Chaque situation est revue en **cellule de veille**. La cellule de veille Vigie Aînés est la réunion mensuelle, le
  premier jeudi du mois, où la coordinatrice du CLSM, l'EMPSA, le CCAS et Les Fils d'Argent examinent ensemble les
  situations signalées et décident de qui garde le lien avec chaque personne.

## Confidentialité

Seules les informations utiles sont partagées, avec l'accord de la personne chaque fois que c'est possible. Les
fiches papier sont détruites après saisie ; les données en ligne sont conservées deux ans. Voir la page
[Charte de confidentialité du réseau](charte-confidentialite-vigie-aines).

## Suivi du réseau (23 septembre – 30 novembre 2025)

| Indicateur | Valeur |
|---|---|
| Sessions de formation réalisées | 3 (23 septembre, 21 octobre, 18 novembre) |
| Sentinelles formées | 47 (17 + 15 + 15) |
| Fiches d'alerte reçues | 31 |
| dont niveau rouge | 6 |
| dont niveau orange | 14 |
| dont niveau vert | 11 |
| Délai médian de contact par l'EMPSA | 2 jours ouvrés |

Les gardiens d'immeuble sont à l'origine de 12 fiches, les pharmaciens de 7, les aides à domicile de 6, les bénévoles
des Fils d'Argent de 4 et les agents du CCAS de 2.

## Ce qui change dans la version 2

- Ajout du **niveau vert** (situation préoccupante sans idées de mort exprimées), demandé par les gardiens (#12).
- Délai de retour à la sentinelle ramené de 15 à **7 jours** (!7).
- Le **3114** devient le premier recours pour le niveau orange en dehors des heures de l'EMPSA.
- Fiche d'alerte **en ligne** en plus du carnet papier (#14).
- Création de la **cellule de veille** mensuelle.

## Historique des versions

| Version | Date | Auteur | Modifications |
|---|---|---|---|
| 1.0 | 15/09/2025 | @nferhat | Première version pour la session du 23 septembre |
| 1.1 | 07/10/2025 | @hvarin | Précisions sur les questions à poser |
| 2.0 | 02/12/2025 | @nferhat | Feu tricolore à trois niveaux, retour sous 7 jours, cellule de veille |

## Tâches en cours

- [x] Mettre en ligne la fiche d'alerte (#14)
- [x] Imprimer 500 carnets de fiches pour les sentinelles
- [ ] Traduire la fiche « signes d'alerte » en arabe et en portugais (#17)
- [ ] Intégrer les pharmacies du Clos-Saint-Marc au réseau (#19)
- [ ] Préparer avec l'ONSV les indicateurs de l'évaluation 2027

---

Pages liées : [Annuaire des partenaires](annuaire-des-partenaires) · [Kit sentinelle](kit-sentinelle) ·
[Délibération du 26 juin 2025](deliberation-2025-06-087)

[^1]: La grille RUD est présentée en détail dans la formation des professionnels de l'EMPSA ; elle n'est pas demandée
    aux sentinelles.
[^2]: Appel gratuit, accessible depuis toute la France ; les répondants sont des infirmiers et psychologues formés.
'''


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("écrit", OUT)
