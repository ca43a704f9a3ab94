# -*- coding: utf-8 -*-
"""Compte rendu en Markdown de la réunion du comité de suivi de la convention santé mentale / forces de l'ordre
(14 janvier 2026), tel qu'une coordinatrice de CLSM l'écrit dans un éditeur de texte puis le dépose sur le site.

Tout est fictif. Forme : titre, bloc d'informations en liste « **Clé :** valeur », participants et excusés en
listes, ordre du jour numéroté, points numérotés en titres ###, chiffres dans le texte et dans un petit tableau pipe,
citations en bloc « > », liste de décisions « D1 » à « D6 » en gras, tableau des actions (qui / quoi / quand),
prochaine réunion, signature.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-14_clsm-cap-aurore_cr-comite-liaison-forces-ordre.md")

TEXT = """# Comité de suivi de la convention santé mentale – forces de l'ordre

## Compte rendu de la réunion du 14 janvier 2026

- **Date :** mercredi 14 janvier 2026, 9 h 30 – 11 h 45
- **Lieu :** sous-préfecture de Saint-Lucien, salle du conseil
- **Présidence :** Gilles Amadieu, directeur de cabinet du préfet de Terre-Aurore
- **Secrétariat :** Nadège Florimond, coordinatrice du CLSM de Cap Aurore
- **Diffusion :** membres du comité ; publication sur le site du CLSM après validation (validé le 21 janvier 2026)

### Présents

- Gilles Amadieu, directeur de cabinet du préfet
- Odile Rabaté, substitute du procureur de la République près le tribunal judiciaire de Port-Aurore
- Dr Hélène Cabrisseau, cheffe du pôle Centre, CHS de Morne-Vigie
- Olivier Tessereau, directeur des soins, CHS de Morne-Vigie
- Capitaine Sandrine Oudinot, commandante de la compagnie de gendarmerie de Saint-Lucien
- Commandant Éric Lauvergnat, chef du service de voie publique, commissariat de Port-Aurore
- Lieutenant Hugo Ferrant, SDIS de Terre-Aurore
- Patrick Viranin, président de l'association des transporteurs sanitaires urgentistes (ATSU) de Terre-Aurore
- Yannick Bellerose, infirmier, EMPP Lakou Mobile
- Nadège Florimond, coordinatrice du CLSM de Cap Aurore

### Excusés

- Dr Armelle Jovial, SAMU de Terre-Aurore (représentée par le CHS pour le point 2)
- Délégation territoriale de l'ARS

## Ordre du jour

1. Bilan 2025 de la convention du 4 avril 2025
2. Transports sanitaires et délais la nuit
3. Fiche réflexe « personne en crise psychique », version 2
4. Formation des policiers et des gendarmes en 2026
5. Projet de binôme infirmier-gendarme à Saint-Lucien
6. Questions diverses

## Échanges

### 1. Bilan 2025 de la convention

M. Amadieu rappelle que la convention de coordination a été signée le 4 avril 2025 par le préfet, le procureur de la
République, le CHS de Morne-Vigie, le SDIS, la police nationale et la gendarmerie. Elle a créé la ligne de liaison du
CHS, joignable 24 h/24, et un référent santé mentale dans chaque brigade de gendarmerie et au commissariat.

Le commandant Lauvergnat et la capitaine Oudinot présentent les chiffres de l'année :

| Indicateur 2025 | Police nationale | Gendarmerie | Total |
|---|---|---|---|
| Interventions pour crise psychique | 188 | 141 | 329 |
| Appels à la ligne de liaison du CHS | 402 | 292 | 694 |
| Transports en véhicule de police ou de gendarmerie | 3 | 4 | 7 |
| Agents formés (module crise psychique) | 47 | 39 | 86 |

Les transports en véhicule de police ou de gendarmerie sont passés de 19 en 2024 à 7 en 2025. Quatre cas de
menottage ont été signalés, tous lors d'interventions de nuit.

La substitute du procureur note que les réquisitions judiciaires pour des personnes en crise ont diminué et que la
ligne de liaison a évité plusieurs gardes à vue inutiles.

### 2. Transports sanitaires et délais la nuit

Entre 22 h et 6 h, le délai moyen d'arrivée d'une ambulance est de 1 h 52 sur le territoire, et il a atteint 3 h 05
au maximum dans les hauts de Saint-Lucien. M. Viranin explique que deux entreprises seulement assurent la garde la
nuit pour tout le territoire.

> « Quand l'ambulance met trois heures, ce sont mes gendarmes qui gardent la personne sur un parking. Ce n'est bon
> pour personne. » (Capitaine Oudinot)

Le Dr Cabrisseau rappelle qu'un transport en véhicule de gendarmerie ne doit rester qu'une exception, en cas de danger
immédiat, et que le menottage ne doit jamais être systématique.

### 3. Fiche réflexe, version 2

La version 2 de la fiche réflexe est présentée par Nadège Florimond. Les changements : le numéro de la ligne de liaison
en tête de fiche ; un encadré sur la recherche du tiers ; la règle « pas de menottage systématique, une personne
malade n'est pas une personne interpellée » ; la liste des pièces à remettre à l'ambulancier (arrêté ou certificat,
copie de la pièce d'identité si possible).

### 4. Formation en 2026

Le module d'une journée (un psychiatre et un infirmier du CHS) a formé 86 agents en 2025. Le comité souhaite former
60 agents de plus en 2026, en quatre sessions, en priorité les équipes de nuit.

### 5. Binôme infirmier-gendarme à Saint-Lucien

La capitaine Oudinot et Yannick Bellerose présentent le projet : un infirmier du CHS de garde avec la patrouille de
gendarmerie les nuits du vendredi et du samedi, pour évaluer sur place et éviter des passages aux urgences. Le CHS
met un infirmier à disposition pour six mois. La substitute du procureur demande que le secret médical soit
préservé : l'infirmier ne transmet aux gendarmes que ce qui est nécessaire à la sécurité.

### 6. Questions diverses

Le commandant Lauvergnat signale que la police municipale de Port-Aurore souhaite être associée au comité. Accord de
principe, à confirmer par le préfet.

## Décisions

- **D1.** La fiche réflexe version 2 est adoptée ; elle sera diffusée à toutes les brigades et au commissariat avant
  le 15 février 2026.
- **D2.** L'expérimentation du binôme infirmier-gendarme débutera le 1er mars 2026 à Saint-Lucien, pour six mois,
  les nuits du vendredi et du samedi.
- **D3.** 60 policiers et gendarmes supplémentaires seront formés en 2026, en quatre sessions.
- **D4.** Le CHS et l'ATSU rédigent ensemble une demande à l'ARS pour une ambulance de garde dédiée la nuit dans les
  hauts.
- **D5.** Chaque usage de menottes lors d'un transport vers le CHS sera recensé et transmis chaque trimestre au
  comité.
- **D6.** La police municipale de Port-Aurore sera invitée à la prochaine réunion, sous réserve de l'accord du préfet.

## Actions

| Action | Responsable | Échéance |
|---|---|---|
| Diffuser la fiche réflexe v2 | Nadège Florimond | 15 février 2026 |
| Convention de mise à disposition de l'infirmier | Olivier Tessereau | 20 février 2026 |
| Calendrier des quatre sessions de formation | Dr Hélène Cabrisseau | 31 janvier 2026 |
| Demande à l'ARS (ambulance de nuit) | Patrick Viranin et Olivier Tessereau | 31 mars 2026 |

**Prochaine réunion :** mercredi 15 avril 2026 à 9 h 30, à la préfecture de Port-Aurore.

*Compte rendu rédigé par Nadège Florimond, validé par Gilles Amadieu le 21 janvier 2026.*
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print(OUT)


if __name__ == "__main__":
    main()
