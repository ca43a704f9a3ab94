# -*- coding: utf-8 -*-
"""Génère le compte rendu de la séance du 20 mars 2025 de la cellule de veille logement et santé mentale du CLSM de
Vesonde, fichier Markdown (.md).

Mise en page voulue : en-tête YAML (front matter), titre, encadré en citation (« > ») rappelant la confidentialité,
tableau des présents, tableau d'activité des trois séances de 2025, tableau des situations anonymisées (numéro
S-AAAA-NNN et initiale), sous-parties par situation, listes de décisions à puces et cases à cocher, prochaine
séance en fin de document.

Tout est inventé (ville, structures, personnes, situations, numéros en 03 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-03-20_clsm-vesonde_compte-rendu-cellule-veille-logement-mars-2025.md")

TEXT = """---
titre: "Cellule de veille logement et santé mentale — compte rendu de la séance du 20 mars 2025"
organisme: "Conseil local de santé mentale (CLSM) de Vesonde"
date: 2025-03-20
lieu: "Maison des solidarités (CCAS), 4 rue des Tanneurs, salle 2"
redaction: "Claire Montagnon, coordinatrice du CLSM"
diffusion: "membres titulaires et suppléants de la cellule — document confidentiel"
---

# Cellule de veille logement et santé mentale — séance du jeudi 20 mars 2025

> **Document confidentiel.** Ce compte rendu est réservé aux membres de la cellule. Les situations y sont
> désignées par leur numéro d'ordre et l'initiale du nom ; aucun diagnostic n'y figure. Il ne doit être ni
> transféré, ni imprimé en dehors des services membres. Le registre qui relie les numéros aux noms est tenu par
> la seule coordinatrice du CLSM.

Séance ouverte à 9 h 35 et levée à 11 h 40. Animation : Claire Montagnon (CLSM) et Mathieu Girardot (CCAS).

## Présents

| Nom | Structure | Fonction |
|---|---|---|
| Claire Montagnon | CLSM de Vesonde | Coordinatrice |
| Mathieu Girardot | CCAS de Vesonde | Responsable du pôle action sociale |
| Sandrine Perrot | Habitat Loue-Vesonde | Chargée de gestion sociale |
| Karine Vionnet | Habitat Loue-Vesonde, agence des Grands Prés | Référente santé mentale |
| Dr Yannick Bourgeois | CH de Vesonde, EMPP Passerelle | Psychiatre |
| Nadia Bensaïd | CH de Vesonde, EMPP Passerelle | Infirmière |
| Élise Jacquot | CH de Vesonde, CMP adultes Pasteur | Cadre de santé |
| Karima Belaïd | MDS Vesonde-Est | Assistante sociale |
| Pauline Roussel | Ville de Vesonde, SCHS | Inspectrice de salubrité |
| Lucie Fournier | Un chez-soi d'abord Haute-Loue | Coordinatrice |
| Amélie Cordier | CAF de la Haute-Loue | Conseillère en économie sociale et familiale |
| Olivier Brenet | Val de Loue Logement | Conseiller social (invité) |

**Excusés :** Thierry Mougin (UDAF), Nicolas Faivre (SIAO), Bruno Tissot (L'Escalier), Rémi Jeannin (GEM Le
Trait d'Union).

Olivier Brenet, invité pour la situation S-2025-016, a signé l'engagement de confidentialité en début de séance.

## 1. Point d'étape chiffré

| Séance | Situations examinées | dont nouvelles | dont reprises | dont saisies par le bailleur |
|---|---:|---:|---:|---:|
| Jeudi 16 janvier 2025 | 7 | 4 | 3 | 2 |
| Jeudi 20 février 2025 | 6 | 4 | 2 | 3 |
| Mardi 4 mars 2025 (réunion restreinte) | 1 | 0 | 1 | 1 |
| Jeudi 20 mars 2025 | 5 | 3 | 2 | 3 |
| **Cumul 2025** | **19** | **11** | **8** | **9** |

Les 19 examens du premier trimestre portent sur 17 situations distinctes : S-2025-012 et S-2025-003 ont été
examinées deux fois. Pour mémoire, la cellule avait examiné 79 situations sur l'ensemble de l'année 2024.

## 2. Situations examinées

| N° | Quartier | Motif principal de la saisine | Saisie par | Suite |
|---|---|---|---|---|
| S-2025-012 | Les Grands Prés | Expulsion avec concours de la force publique à la fin de la trêve hivernale | Habitat Loue-Vesonde | Reprise |
| S-2024-031 | Champ-Fleuri | Impayés, suivi du plan d'apurement | CCAS | Clôture |
| S-2025-014 | Les Grands Prés | Impayés de cinq mois, courriers sans réponse | Habitat Loue-Vesonde | Nouvelle |
| S-2025-015 | Champ-Fleuri | Incurie, suspicion de syndrome de Diogène | Habitat Loue-Vesonde | Nouvelle |
| S-2025-016 | Centre-ville (hors QPV) | Troubles de voisinage répétés | Val de Loue Logement | Nouvelle |
| S-2025-017 | Les Grands Prés | Impayés et dette d'énergie | CAF | Reportée |

### S-2025-012 — Mme K., 45 ans, Les Grands Prés (reprise)

Examinée en réunion restreinte le 4 mars. Le concours de la force publique a été accordé ; l'expulsion peut
intervenir dès la fin de la trêve hivernale, le 31 mars. Mme K. a accepté l'orientation vers le programme Un
chez-soi d'abord : sa candidature sera présentée à la commission d'orientation du 8 avril 2025. Dans l'attente,
le SIAO propose une place en résidence sociale.

### S-2024-031 — M. B., 52 ans, Champ-Fleuri (reprise)

Le plan d'apurement est respecté depuis huit mois, le suivi au CMP Pasteur est régulier. La cellule décide la
**clôture** de la situation (maintien dans le logement).

### S-2025-014 — Mme R., 58 ans, Les Grands Prés

Dette locative de 2 140 € (cinq mois), aucune réponse aux courriers ni aux visites du gardien. Un suivi au CMP a
été interrompu en 2022. Première saisine au titre de la charte signée le 28 novembre 2024 : les poursuites sont
suspendues jusqu'au 20 juin 2025.

### S-2025-015 — M. D., 71 ans, Champ-Fleuri

Odeurs signalées par les voisins, encombrement visible depuis la porte, refus d'ouvrir au gardien. La référente
de l'agence évoque un syndrome de Diogène. Le Dr Bourgeois rappelle qu'il s'agit d'une description de la situation
(incurie, accumulation, isolement, refus d'aide) et non d'un diagnostic : il faut d'abord rencontrer M. D. Aucun
débarras ne sera engagé sans son accord, sauf danger constaté par le SCHS.

### S-2025-016 — M. H., 34 ans, centre-ville (hors QPV)

Cris nocturnes et altercations avec les voisins ; M. H. est suivi au CMP Pasteur. Val de Loue Logement n'étant
pas signataire de la charte, la suspension des poursuites ne s'applique pas ; Olivier Brenet indique que son
organisme n'engagera pas de procédure avant la séance d'avril.

### S-2025-017 — Mme L., 39 ans, Les Grands Prés

**Situation non examinée** : Mme L. n'avait pas été informée de la saisine. Conformément au règlement de la
cellule, la CAF l'informera de la démarche et de son objet ; la situation sera présentée le 17 avril.

## 3. Décisions

- **S-2025-012** : présentation de la candidature à la commission d'orientation Un chez-soi d'abord du 8 avril
  (Lucie Fournier) ; demande de place en résidence sociale au SIAO (Karima Belaïd).
- **S-2024-031** : clôture, maintien dans le logement.
- **S-2025-014** : visite à domicile conjointe EMPP et MDS avant le 3 avril (Nadia Bensaïd, Karima Belaïd) ;
  dossier FSL maintien ; suspension des poursuites jusqu'au 20 juin 2025 (article 4.2 de la charte).
- **S-2025-015** : visite conjointe SCHS et EMPP le jeudi 27 mars à 10 h (Pauline Roussel, Dr Bourgeois) ;
  recherche d'un proche (un neveu est connu du CCAS) ; point en séance restreinte si danger.
- **S-2025-016** : contact du CMP Pasteur avec M. H. (Élise Jacquot) ; rencontre de médiation proposée par Val
  de Loue Logement ; retour le 17 avril.
- **S-2025-017** : report à la séance d'avril après information de Mme L. (Amélie Cordier).

## 4. Suivi de la charte avec Habitat Loue-Vesonde

Depuis la signature de la charte, Habitat Loue-Vesonde a saisi la cellule de **10 situations** (2 en décembre 2024, 8 depuis
janvier) ; la suspension des poursuites a été appliquée à 8 d'entre elles (les deux autres ne faisaient
pas l'objet d'une procédure).
Les deux référents santé mentale sont désignés : Karine Vionnet (agence des Grands Prés) et Julien Cretin
(agence Centre–Champ-Fleuri). La première session de formation aux premiers secours en santé mentale pour les
gardiens aura lieu les 12 et 13 mai 2025 (8 gardiens inscrits).

- [x] désignation des référents santé mentale
- [x] première utilisation de la suspension des poursuites
- [ ] premier comité de suivi de la charte : **jeudi 10 avril 2025 à 14 h**, hôtel de ville, salle des mariages
- [ ] adhésion de Val de Loue Logement (à l'étude par son conseil d'administration)

## 5. Rappel des règles de confidentialité

- À partir du **1er avril 2025**, les fiches de saisine ne seront acceptées que par messagerie sécurisée MSSanté
  (clsm.vesonde@mssante.example). L'adresse clsm@vesonde.example ne doit plus être utilisée pour les saisines.
- En février, deux fiches sont arrivées par courriel ordinaire avec le nom complet et un diagnostic : elles ont
  été retournées à l'expéditeur puis supprimées.
- Les photos de logements prises par le SCHS peuvent être montrées en séance mais ne sont jamais envoyées.
- Les notes manuscrites prises en séance sont laissées à la coordinatrice, qui les détruit.
- Le registre des situations est conservé trois ans après la clôture d'une situation.

## 6. Questions diverses

- **Un chez-soi d'abord** : Lucie Fournier indique que le programme dispose de 55 places depuis le 1er janvier
  2025 (40 à l'ouverture) et accompagne 46 personnes au 28 février, dont 41 logées.
- **Webinaire régional** : le pôle ressources Quartiers en réseau BFC propose de présenter la cellule lors d'un
  webinaire en septembre ; date pressentie : mardi 23 septembre 2025, de 11 h à 11 h 30.
- **Rapport annuel 2024** : 79 situations examinées, dont 17 d'incurie ; il sera présenté au comité de pilotage du
  CLSM le 15 mai 2025.

## Prochaine séance

**Jeudi 17 avril 2025, 9 h 30 – 11 h 30**, Maison des solidarités, salle 2. Contact : Claire Montagnon,
03 99 00 41 20.
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(TEXT)
print("écrit :", OUT)
