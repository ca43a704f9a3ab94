# -*- coding: utf-8 -*-
"""Génère le relevé de décisions Markdown du groupe de travail du CLSM de Montclavel (lot newdocs43)."""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-15_clsm-montclavel_releve-decisions-gt-enfance-protegee.md")

MD = """# Relevé de décisions — groupe de travail « Enfance protégée et santé mentale »

**Conseil local de santé mentale (CLSM) de Montclavel** — réunion n° 4
**Date :** jeudi 15 janvier 2026, 14 h – 16 h 30
**Lieu :** centre social La Passerelle, quartier des Hauts-de-Borie, Montclavel
**Rédaction :** Camille Doussinet, coordinatrice du CLSM — **Diffusion :** membres du groupe, comité de pilotage du CLSM

> Le groupe de travail, créé en mars 2025, est copiloté par Sabine Peyrat (directrice de l'enfance et de la
> famille, Conseil départemental) et le Dr Mehdi Lazaar (EMAP, CHS La Sévrine). Il se réunit une fois par
> trimestre.

## Présents

- Fatou Diallo-Bernard, adjointe au maire déléguée à la santé, présidente du CLSM
- Sabine Peyrat et Dr Mehdi Lazaar, copilotes
- Julie Ranoux, cadre de santé de l'EMAP
- Camille Doussinet, coordinatrice du CLSM
- Yanis Haddou, coordinateur de l'atelier santé ville (ASV) des Hauts-de-Borie
- Lucie Fabrègue, responsable de la maison de la solidarité départementale de Montclavel-Nord
- Stéphane Couderc, éducateur, UEMO de Montclavel (PJJ)
- Martine Escoubès, assistante familiale, association des assistants familiaux du Val-de-Sévrine (AAFVS)
- Hélène Barrère, directrice de la MECS Les Tilleuls
- Nadia Benkhelifa, directrice du centre social La Passerelle

**Excusés :** Dr Olivier Marsac (médecin référent protection de l'enfance) ; Nathalie Guéret (ARS, délégation
départementale).

## 1. Point d'étape chiffré (données 2025)

Les chiffres ci-dessous portent sur l'année civile 2025. Ils ne sont pas comparables à ceux du bilan de
première année de l'EMAP (septembre 2024 – août 2025).

| Indicateur (2025) | Montclavel | dont QPV Hauts-de-Borie | Val-de-Sévrine |
|---|---|---|---|
| Enfants confiés au 31/12/2025 | 418 | 137 | 1 364 |
| Enfants confiés suivis en CMP infanto-juvénile | 162 (39 %) | 61 (45 %) | 491 (36 %) |
| Enfants suivis par l'EMAP dans l'année | 84 | 33 | 211 |
| Délai moyen du 1er rendez-vous en CMP, enfants confiés | — | — | 8,5 semaines |
| Délai moyen du 1er rendez-vous en CMP, tout public | — | — | 24 semaines |

- En décembre 2025, le délai du premier rendez-vous en CMP pour les enfants confiés est descendu à
  **7 semaines** ; l'objectif du protocole reste de 6 semaines.
- Au 31 décembre 2025, **104 assistants familiaux** ont suivi le module de trois jours (8 sessions en 2025),
  sur 421 employés par le Département.
- La ligne d'appui aux assistants familiaux (03 99 00 41 27, mardi et jeudi de 14 h à 17 h) a ouvert le
  5 janvier 2026 : 23 appels reçus lors des huit premiers jours.
- L'ARS a confirmé par courrier du 18 décembre 2025 une hausse de sa dotation de 66 000 € pour l'antenne
  sud de l'EMAP à Castelvieil, dont l'ouverture est prévue le 1er avril 2026.

## 2. Décisions

1. **Fiche réflexe.** Le groupe adopte la version 3 de la fiche « Enfant confié en souffrance : qui
   appeler ? ». Elle intègre désormais la ligne d'appui et l'astreinte de l'ASE.
2. **Groupe de parole des parents.** Le groupe de parole pour les parents dont les enfants sont placés, animé
   à La Passerelle par une psychologue de l'EMAP et une médiatrice du centre social, est reconduit en 2026
   (un samedi matin par mois). Il reste financé par le contrat de ville à hauteur de 15 000 €.
3. **Nouvel indicateur.** Le groupe demande au comité de pilotage départemental d'ajouter un septième
   indicateur au protocole : la part des premiers rendez-vous en CMP réellement honorés (en 2025, un
   rendez-vous sur cinq n'a pas été honoré par les enfants confiés des Hauts-de-Borie).
4. **Situations complexes.** Le groupe ne crée pas de cellule d'étude de cas : les situations individuelles
   restent examinées par la commission départementale des situations complexes, qui se réunit le premier
   mardi du mois.
5. **SISM 2026.** Le CLSM participe aux Semaines d'information sur la santé mentale avec un ciné-débat sur le
   placement, le mardi 24 mars 2026 à 18 h 30 au centre social La Passerelle.

## 3. Points de vigilance

- Le turn-over des référents ASE reste élevé à la maison de la solidarité de Montclavel-Nord (5 postes sur
  14 renouvelés en 2025).
- Neuf assistants familiaux ont cessé leur activité en 2025 dans le secteur de Montclavel, dont six départs
  en retraite.
- Les collèges du quartier signalent des élèves confiés déscolarisés plusieurs semaines après un changement de
  lieu d'accueil.

## 4. Tableau des actions

| N° | Action | Pilote | Échéance | État |
|---|---|---|---|---|
| A1 | Diffuser la fiche réflexe v3 (maisons de la solidarité, MECS, écoles et collèges du QPV) | Camille Doussinet | 2 février 2026 | À faire |
| A2 | Former les équipes des trois MECS de Montclavel (module de deux jours sur site) | Julie Ranoux avec l'IFSA | 30 juin 2026 | Calendrier en cours |
| A3 | Organiser le ciné-débat des SISM aux Hauts-de-Borie | Yanis Haddou | 24 mars 2026 | En cours |
| A4 | Faire le bilan du premier trimestre de la ligne d'appui | Julie Ranoux | 9 avril 2026 | À faire |
| A5 | Présenter l'indicateur « rendez-vous honorés » au comité de pilotage | Sabine Peyrat | 19 mai 2026 | À faire |
| A6 | Déposer la demande de subvention 2026 au titre du contrat de ville | Nadia Benkhelifa | 31 janvier 2026 | Fait le 12 janvier |
| A7 | Organiser une rencontre entre l'UEMO et les assistants familiaux accueillant des jeunes en double mesure | Stéphane Couderc | 30 avril 2026 | À faire |

## 5. Prochaine réunion

Jeudi 16 avril 2026, de 14 h à 16 h 30, à la Maison de l'enfance (locaux de l'EMAP), 14 rue des Tanneurs,
Montclavel. Ordre du jour : bilan de la ligne d'appui, ouverture de l'antenne de Castelvieil, préparation du
comité de pilotage de mai.

*Contact : Camille Doussinet, coordinatrice du CLSM — 03 99 00 52 64 — clsm@montclavel.example*
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(MD)
print(OUT)
