# -*- coding: utf-8 -*-
"""Génère la charte Markdown de la cellule de veille santé mentale du CLSM d'Ormeval (version 2, adoptée en
séance plénière le 16 janvier 2025) : front matter YAML, tableaux à barres verticales, encadrés en citation
(« > **Important** : … »), liste numérotée des étapes. Tout est inventé (Ormeval, Seine-Bocage, personnes,
numéros en 02 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-01-16_clsm-ormeval_charte-cellule-de-veille.md")

TEXT = """---
title: "Charte de fonctionnement de la cellule de veille santé mentale (situations complexes)"
organisme: "Conseil local de santé mentale (CLSM) d'Ormeval"
version: 2
adoptee_le: 2025-01-16
instance: "Séance plénière du CLSM"
remplace: "Charte version 1 du 9 mars 2021"
redaction: "Camille Le Goff, coordinatrice du CLSM"
contact: "cellule.veille@sante.ormeval.example"
territoire: "Ville d'Ormeval (Seine-Bocage), dont le quartier prioritaire Le Val-Fleuri"
mots_cles: [cellule de veille, situations complexes, secret partagé, consentement, anonymisation]
---

# Charte de fonctionnement de la cellule de veille santé mentale

*Conseil local de santé mentale d'Ormeval — version 2 adoptée en séance plénière le 16 janvier 2025*

## Préambule

La cellule de veille santé mentale, appelée aussi « cellule situations complexes » dans les échanges entre
partenaires, a été créée en 2019 au sein du conseil local de santé mentale (CLSM) d'Ormeval. Elle réunit des
professionnels de champs différents (sanitaire, social, médico-social, logement, sécurité publique) pour
examiner des situations individuelles qui mettent les intervenants en difficulté et pour lesquelles aucune
réponse n'a pu être trouvée par une seule institution.

Cette deuxième version de la charte tient compte du bilan 2024 (61 situations nouvelles examinées, dont 21
concernant des habitants du quartier Le Val-Fleuri) et de l'arrivée annoncée d'une équipe mobile de crise au
centre hospitalier du Val de Sèves (CHVS) au printemps 2025.

> **Important** : la cellule de veille n'est pas un dispositif d'urgence. Elle se réunit une fois par mois.
> En cas de danger immédiat pour la personne ou pour autrui, appeler le **15** (SAMU) ou le **17** (police).

## 1. Objet de la cellule

La cellule a pour objet :

- de croiser les regards sur une situation complexe et de construire une réponse coordonnée ;
- de désigner, pour chaque situation, un **référent de parcours** chargé de faire le lien entre les partenaires ;
- de prévenir les ruptures de soins, les expulsions locatives liées à des troubles psychiques et les
  hospitalisations sans consentement évitables ;
- de repérer les manques du territoire et de les faire remonter au comité de pilotage du CLSM.

Elle ne se substitue ni au soin, ni à la décision des autorités compétentes (maire, préfet, directeur
d'établissement), ni aux dispositifs de protection de l'enfance et des majeurs vulnérables.

## 2. Composition

| Collège | Membres permanents | Représentés par |
|---|---|---|
| Sanitaire | CHVS — CMP adultes d'Ormeval, équipe mobile de crise (à partir de 2025) | un infirmier et un psychiatre ou psychologue |
| Social | CCAS d'Ormeval ; centre départemental d'action sociale (CDAS) de Seine-Bocage | une assistante sociale de chaque structure |
| Logement | Sèves Habitat ; Logis Normand | le chargé de proximité ou le conseiller social |
| Sécurité publique | commissariat d'Ormeval ; police municipale | un officier ou gradé référent |
| Ville | service santé publique (coordination du CLSM) | la coordinatrice, qui anime |
| Protection juridique | UDAF de Seine-Bocage | un mandataire judiciaire |

Peuvent être **invités**, pour une situation donnée et avec l'accord de la coordinatrice : le médecin
traitant, le service d'aide à domicile, le pharmacien, l'association d'usagers, le service de tutelle privé
ou tout professionnel qui connaît la personne.

> **Attention** : les élus ne siègent pas en cellule de veille. Ils sont informés des suites données, de
> façon globale et anonymisée, par le bilan annuel présenté au comité de pilotage.

## 3. Qui peut saisir la cellule ?

Peut saisir la cellule tout professionnel d'une structure **membre** (tableau ci-dessus) ou **signataire de
la présente charte**, ainsi que tout médecin généraliste exerçant à Ormeval. La saisine se fait par la
**fiche de saisine** (modèle en annexe), envoyée par messagerie sécurisée de santé (MSSanté) à la
coordinatrice, au plus tard **huit jours** avant la séance.

Les habitants, les voisins et les familles **ne saisissent pas directement** la cellule : ils s'adressent à un
professionnel (CCAS, bailleur, médecin, mairie de quartier), qui apprécie l'opportunité de la saisine. La
personne concernée peut elle-même demander que sa situation soit étudiée.

## 4. Consentement et information de la personne

La personne dont la situation est présentée est **informée** par le professionnel qui saisit la cellule, et
son **accord est recherché**. L'information et la réponse de la personne sont notées sur la fiche de saisine
(case « accord recueilli le … »).

> **Important** : en cas de refus, la situation n'est pas présentée, **sauf** si la personne est exposée à un
> danger grave ou si elle expose autrui à un danger grave. La situation est alors examinée de façon
> strictement anonymisée et le refus est mentionné au relevé de décisions.

Lorsque la personne fait l'objet d'une mesure de protection juridique (curatelle, tutelle), le mandataire est
informé et associé. La personne est informée des suites données par le référent de parcours.

## 5. Déroulement d'une séance et examen anonymisé

La cellule se réunit **le premier jeudi de chaque mois, de 9 h 30 à 11 h 30**, à la maison des solidarités
(2 rue des Tisserands, Ormeval), sauf en août. Chaque séance examine au plus **six situations** : les
nouvelles saisines, puis les situations déjà connues qui doivent être revues.

Les situations sont présentées **sans nom ni adresse** : chacune reçoit un code de la forme
`CV-AAAA-NNN` (année de saisine, numéro d'ordre), avec le sexe, la tranche d'âge et le secteur (« quartier
prioritaire » ou « hors quartier prioritaire »). Seul le professionnel qui saisit et le référent de parcours
connaissent l'identité de la personne.

### Les étapes d'une situation

1. Le professionnel informe la personne et recherche son accord.
2. Il remplit la fiche de saisine et l'envoie à la coordinatrice par MSSanté, au plus tard huit jours avant la séance.
3. La coordinatrice vérifie que la situation relève de la cellule, lui attribue un code et l'inscrit à l'ordre du jour.
4. En séance, le professionnel présente la situation de façon anonymisée ; les membres posent leurs questions.
5. La cellule décide des actions, désigne un référent de parcours et fixe une date de revue.
6. La coordinatrice envoie le relevé de décisions anonymisé aux membres présents dans les cinq jours ouvrés.
7. La situation est revue à la date prévue ; elle est clôturée quand le parcours est stabilisé ou que la personne est suivie par un service de droit commun.

## 6. Secret professionnel et confidentialité

Les échanges relèvent du **secret partagé** : seules les informations strictement nécessaires à la
coordination sont partagées. Chaque participant, permanent ou invité, signe la **charte de confidentialité**
avant sa première séance. Aucune information médicale détaillée (diagnostic, traitement) n'est communiquée
en séance ; les soignants indiquent seulement si la personne est connue du service et si un suivi est en cours.

| Document | Qui le conserve | Durée de conservation |
|---|---|---|
| Fiche de saisine | coordinatrice du CLSM | 2 ans après la clôture |
| Relevé de décisions anonymisé | coordinatrice et membres présents | 5 ans |
| Tableau de suivi statistique | coordinatrice du CLSM | sans limite (données anonymes) |
| Notes personnelles de séance | chaque participant | à détruire après la séance |

> **Rappel** : l'envoi d'une fiche de saisine par messagerie ordinaire est interdit. Une fiche reçue par
> courriel non sécurisé est détruite et la saisine doit être refaite.

## 7. Délais et suivi

| Étape | Délai cible |
|---|---|
| Réception de la fiche → inscription à l'ordre du jour | séance suivante (envoi au moins 8 jours avant) |
| Relevé de décisions | 5 jours ouvrés après la séance |
| Première revue de la situation | 3 mois au plus |
| Délai moyen saisine → premier examen constaté en 2024 | 19 jours |

Le tableau de suivi anonymisé (nombre de situations par mois, par type et par secteur) est tenu par la
coordinatrice et présenté chaque année au comité de pilotage du CLSM.

## 8. Évaluation et révision

La charte est évaluée chaque année à partir du bilan d'activité. Elle peut être révisée à la demande d'un
collège ou de la coordinatrice ; la révision est adoptée en séance plénière du CLSM.

## Contacts

| Rôle | Nom | Coordonnées |
|---|---|---|
| Coordinatrice du CLSM | Camille Le Goff | 02 99 00 27 40 — cellule.veille@sante.ormeval.example |
| Assistante (ordre du jour, convocations) | Sandrine Hamel | 02 99 00 27 41 |
| Coprésidente du CLSM, adjointe au maire chargée de la santé | Sylvie Marchand-Duval | via le cabinet du maire, 02 99 00 20 00 |
| Coprésident du CLSM, chef du pôle de psychiatrie adulte du CHVS | Dr Hugo Lemarchand | secrétariat du pôle, 02 99 00 31 00 |
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
