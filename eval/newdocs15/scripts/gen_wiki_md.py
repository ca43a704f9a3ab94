# -*- coding: utf-8 -*-
"""Page Markdown exportée du wiki du réseau des coordinateurs de CLSM du Centre-Val de Loire (MkDocs Material,
notes rédigées dans Obsidian) : fiche méthode « Monter une commission santé mentale et emploi dans un CLSM ».

Ce qu'elle porte : en-tête YAML (titre, tags, auteurs, dates), liens [[wikilinks]] (dont [[cible|libellé]] et
[[page#section]]), notes de bas de page [^1], avertissements MkDocs (!!! note, !!! warning, ??? tip repliable,
contenu indenté de quatre espaces), tableau à barres verticales, liste de contrôle, étiquettes #emploi.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-09-08_reseau-coordos-clsm-cvl_fiche-methode-commission-sante-mentale-emploi.md")

MD = """---
title: "Fiche méthode n° 7 — Monter une commission « santé mentale et emploi » dans un CLSM"
tags: [fiche-methode, emploi, insertion, commission, clsm]
auteurs:
  - Nadia Ferhat (CLSM de Montargeuil)
  - Romain Tessier (CLSM de Vierzelles)
relecture: Claire Dumontet (RQVL)
created: 2026-06-30
updated: 2026-09-08
statut: validée par le groupe « Coordos CVL » du 8 septembre 2026
---

# Monter une commission « santé mentale et emploi » dans un CLSM

> Fiche rédigée à partir de l'expérience de deux CLSM du réseau : [[CLSM de Montargeuil]] (commission créée en
> mars 2024) et [[CLSM de Vierzelles]] (commission créée en janvier 2025). Voir aussi [[Fiche méthode n° 4 - Le diagnostic partagé|la fiche sur le diagnostic partagé]].

!!! note "À qui s'adresse cette fiche ?"
    Aux coordinatrices et coordinateurs de CLSM qui veulent traiter la question du travail et de l'insertion
    professionnelle, sans forcément porter eux-mêmes un dispositif d'accompagnement. Une commission emploi ne
    remplace ni France Travail ni le [[Glossaire#DEA|dispositif d'emploi accompagné]] : elle les fait travailler ensemble.

## Pourquoi une commission dédiée ?

Dans les deux CLSM, la demande est venue des habitants et des professionnels de terrain : la question du travail
revenait à chaque réunion de quartier, et les conseillers emploi se disaient démunis face aux personnes en
souffrance psychique. Une commission dédiée permet de réunir des acteurs qui ne siègent pas habituellement au
CLSM (employeurs, structures d'insertion, service public de l'emploi)[^1].

## Les cinq étapes

1. **Faire un état des lieux** : qui accompagne qui, avec quels délais ? Combien de personnes suivies en
   psychiatrie sont sans emploi ? S'appuyer sur [[Fiche méthode n° 4 - Le diagnostic partagé]].
2. **Inviter largement** : voir le tableau ci-dessous. Prévoir au moins deux habitants ou membres d'un GEM.
3. **Adopter une feuille de route courte** : trois objectifs au plus pour la première année.
4. **Choisir un copilotage** : un acteur de l'emploi et un acteur du soin ou de l'entraide.
5. **Évaluer chaque année** devant l'assemblée plénière du CLSM, avec quelques indicateurs simples.

## Qui inviter ?

| Acteur | Pourquoi l'inviter | Exemple dans le réseau |
|---|---|---|
| France Travail | orientation, référents santé mentale | agence de Montargeuil-Grands-Clos |
| Mission locale | jeunes de 16 à 25 ans | mission locale du Montargeois |
| Psychiatrie de secteur (CMP) | lien avec les soins | CH des Ormeaux |
| Cap emploi | maintien en emploi, RQTH | Cap emploi 45 |
| Structure d'insertion (SIAE) | emploi de transition, tutorat | Ressourcerie La Navette |
| GEM | parole des personnes concernées | GEM L'Escale (Vierzelles) |
| Employeurs | offres, aménagements de poste | Club des entreprises inclusives du Montargeois |

!!! warning "Attention au secret professionnel"
    Une commission de CLSM n'est pas une instance d'étude de situations individuelles. Les situations
    nominatives relèvent d'une cellule dédiée, avec l'accord des personnes et une charte de confidentialité[^2].

## Deux organisations possibles

**Montargeuil** : une commission de quatorze partenaires, copilotée par France Travail et le centre hospitalier
des Ormeaux, qui se réunit tous les deux mois. Elle a préparé la réponse à l'appel à projets de l'ARS et a permis
la création du dispositif Tremplin ([[Méthode IPS]]), porté par l'association Élan Travail.

**Vierzelles** : une commission plus légère de neuf partenaires, copilotée par la mission locale et le GEM
L'Escale, qui se réunit chaque trimestre. Elle n'a pas créé de dispositif mais mène des actions communes : atelier
« Parler de sa santé au travail », visites d'entreprises, formation des conseillers.

??? tip "Astuce : commencer par une action visible"
    Un forum, une visite d'entreprise ou un petit-déjeuner employeurs mobilisent davantage qu'une série de
    réunions. À Montargeuil, le forum « Santé mentale et travail » du 14 octobre 2025 a réuni 210 visiteurs et
    17 employeurs, et plusieurs entreprises ont ensuite rejoint la commission.

## Indicateurs de suivi proposés

- [x] nombre de partenaires présents à chaque réunion
- [x] nombre de professionnels formés aux [[PSSM]]
- [ ] nombre de personnes orientées vers un accompagnement à l'emploi
- [ ] délai entre l'orientation et le premier rendez-vous
- [ ] nombre d'employeurs engagés (charte, accueil de stagiaires, recrutements)

!!! note "Temps de coordination"
    Compter environ 10 % d'un temps plein de coordination pour animer la commission (préparation, comptes rendus,
    relances). À Vierzelles, ce temps est partagé avec l'animatrice du GEM.

## Ressources

- [[Méthode IPS]] — principes et fidélité
- [[Glossaire]]
- Rapport régional 2026 de la PREA Centre-Val de Loire[^3]

#emploi #commission #fiche-methode

[^1]: Au CLSM de Vierzelles, aucun employeur ne siégeait à l'assemblée plénière avant la création de la commission.
[^2]: Voir la fiche méthode n° 5, « Cellule de concertation pour situations complexes ».
[^3]: « Emploi accompagné, santé psychique et quartiers prioritaires en Centre-Val de Loire », mai 2026.
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(MD)
    print(OUT)


if __name__ == "__main__":
    main()
