# -*- coding: utf-8 -*-
"""Compte rendu en Markdown du comité de pilotage du CLSM intercommunal du Pays de Vernadou, 15 janvier 2026.

Tout est fictif. Forme : titre #, bloc « **Clé :** valeur », présents et excusés en listes, ordre du jour
numéroté, points en titres ###, tableau pipe des indicateurs 2024 / 2025 (tiret pour « sans objet »), citation
« > », décisions D1 à D5 en gras, tableau pipe des actions avec échéances, prochaine réunion.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-15_clsm-pays-vernadou_cr-comite-pilotage.md")

TEXT = """# Comité de pilotage du CLSMi du Pays de Vernadou — compte rendu

**Date :** jeudi 15 janvier 2026, 14 h – 16 h 30
**Lieu :** siège de la communauté de communes, 2, avenue du Foirail, Montcabrel
**Rédaction :** Mathilde Rouquayrol, coordinatrice du CLSMi
**Diffusion :** membres du comité de pilotage, mise en ligne sur le site de la communauté de communes

## Participants

Présents :

- Jean-Louis Calvignac, président du CLSMi, vice-président de la communauté de communes chargé de la santé (président de séance)
- Annie Bartassot, présidente de la communauté de communes du Pays de Vernadou
- Dr Hugues Vialaret, psychiatre, responsable du CMP de Montcabrel
- Sylvie Arnal-Cabrol, MSA Sévrane, coordinatrice de la cellule pluridisciplinaire de prévention
- Karine Desprats, déléguée départementale de l'ARS
- Nathalie Vergnes, directrice de la Mission locale de Montcabrel
- Francis Ambert, directeur du CIAS du Pays de Vernadou
- Coralie Fabrègue, infirmière, et Baptiste Lherm, psychologue, équipe du Bus Santé
- Mathilde Rouquayrol, coordinatrice du CLSMi

Excusés : Bernard Cassagnes (Département de la Sévrane), Olivier Pradalié (centre hospitalier de Montcabrel, représenté par le Dr Vialaret).

## Ordre du jour

1. Bilan chiffré 2025
2. Bus Santé : préparation de la saison 2
3. Transport à la demande pour les jeunes
4. Télépsychiatrie et recrutement
5. Groupe de parole pour les aidants
6. Questions diverses

### 1. Bilan chiffré 2025

Mathilde Rouquayrol présente les indicateurs consolidés de l'année. Le détail par commune est publié dans le tableau
« indicateurs par commune 2024-2025 ».

| Indicateur | 2024 | 2025 |
|---|---|---|
| Passages au Bus Santé | – | 612 |
| Personnes différentes accueillies dans le bus | – | 388 |
| Téléconsultations psychiatriques | – | 286 |
| Délai moyen d'un premier rendez-vous au CMP | 74 jours | 39 jours |
| Appels à Terres à l'écoute | 412 | 1 036 |
| Personnes âgées isolées repérées | 160 | 249 |
| Signalements du Pays de Vernadou à la cellule de la MSA | 22 | 35 |
| Sentinelles formées sur le Pays de Vernadou (cumul) | 11 | 19 |

Le Dr Vialaret souligne que le délai d'accès au CMP a été presque divisé par deux sans recrutement, grâce aux
téléconsultations. Les appels à Terres à l'écoute de 2024 ne portent que sur sept mois, la ligne ayant ouvert le
3 juin 2024.

> « Les chiffres montent parce que les gens osent enfin demander, pas parce que le territoire va plus mal. »
> — Sylvie Arnal-Cabrol

### 2. Bus Santé : préparation de la saison 2

Le bus reprendra la route le lundi 16 mars 2026 : journée de remise en route et de formation de l'équipe, premières
étapes le mardi 17 mars. La saison 2 comptera 16 étapes au lieu de 14, avec deux nouveaux villages :
Lacombe-Vieille et Puech-Mourgues. Le kit satellite installé sur le toit du bus en décembre 2025 (4 200 euros) a
supprimé les coupures pendant les téléconsultations.

Coralie Fabrègue demande une étape le samedi matin une fois par mois, pour les actifs ; la demande sera étudiée
au comité de suivi de la convention.

### 3. Transport à la demande pour les jeunes

Nathalie Vergnes présente le « Pass Mobilité Santé Jeunes » : un transport à la demande (TAD) gratuit pour les
16-25 ans du Pays de Vernadou, qui les conduit de leur domicile à un rendez-vous de santé (CMP, Bus Santé, médecin,
psychologue, Mission locale) et les ramène. Le jeune réserve la veille avant 17 h au 05 63 41 28 79 ; le trajet est
assuré par un taxi conventionné ou par le minibus de la communauté de communes.

L'expérimentation démarre le 1er mars 2026 pour un an, avec un budget de 18 000 euros (12 000 euros de la
communauté de communes, 6 000 euros de la Mission locale). Objectif : 150 trajets en 2026.

### 4. Télépsychiatrie et recrutement

Le poste de psychiatre vacant au CMP depuis l'été 2024 n'est toujours pas pourvu. Une candidature est attendue
pour septembre 2026. En attendant, le temps de psychiatre consacré aux téléconsultations est maintenu à 0,2 ETP.
Le taux de rendez-vous non honorés en téléconsultation est de 6 %, contre 14 % au CMP.

### 5. Groupe de parole pour les aidants

Un groupe de parole pour les aidants de personnes souffrant de troubles psychiques ouvrira à la maison de santé
de Varanhac. Première séance le jeudi 5 février 2026 à 18 h, puis une fois par mois, animée par Baptiste Lherm.
Entrée libre et gratuite.

### 6. Questions diverses

Francis Ambert signale que 12 des 31 bénévoles d'« Un coup de fil, un sourire » souhaitent être formés au repérage
de la crise suicidaire. Le CIAS cherchera une session de formation au printemps.

## Décisions

- **D1** — La saison 2 du Bus Santé compte 16 étapes, dont Lacombe-Vieille et Puech-Mourgues.
- **D2** — Le Pass Mobilité Santé Jeunes est lancé le 1er mars 2026 pour un an.
- **D3** — Le groupe de parole des aidants ouvre le 5 février 2026 à Varanhac.
- **D4** — Objectif 2026 : 12 nouvelles sentinelles formées sur le Pays de Vernadou.
- **D5** — La demande d'une étape du samedi est renvoyée au comité de suivi de la convention.

## Actions

| Action | Responsable | Échéance |
|---|---|---|
| Publier le calendrier des 16 étapes | Mathilde Rouquayrol | 2 mars 2026 |
| Diffuser l'affiche du Pass Mobilité Santé Jeunes dans les lycées et mairies | Nathalie Vergnes | 20 février 2026 |
| Organiser une formation au repérage pour les bénévoles du CIAS | Francis Ambert | 30 avril 2026 |
| Relancer le recrutement du psychiatre | Dr Hugues Vialaret | 31 mars 2026 |

Prochaine réunion du comité de pilotage : jeudi 9 avril 2026 à 14 h, à la maison de santé de Varanhac.
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print(OUT)


if __name__ == "__main__":
    main()
