# -*- coding: utf-8 -*-
"""Génère la fiche action n° 7 du CLSM de Verlaincourt, « Soutien psychologique des habitants après la crue de
l'Ornelle », version 2 du 18 novembre 2025, en Markdown (document fictif).

Particularités : titres #/##/###, métadonnées en gras, tableau à barres verticales (partenaires), liste de tâches
« - [x] » / « - [ ] », citation « > », liste numérotée (circuit d'orientation), tableau d'indicateurs."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-11-18_clsm-verlaincourt_fiche-action-7-soutien-post-crue.md")

TEXT = """# Fiche action n° 7 — Soutien psychologique des habitants après la crue de l'Ornelle

**Conseil local de santé mentale (CLSM) de Verlaincourt** — programme d'actions 2025-2026
**Version 2 du 18 novembre 2025**, validée par le comité de pilotage du CLSM (la version 1 datait du 6 mai 2025)
**Pilote :** Nadège Bellamy, coordinatrice du CLSM — **Co-pilote :** Dr Hélène Stoltz, CRP Rhin-Meuse
**Axe du CLSM :** axe 2 « Prévenir et repérer la souffrance psychique »

---

## 1. Contexte

La crue de l'Ornelle des 14 et 15 avril 2025 a inondé 1 180 logements, dont 740 dans les deux quartiers
prioritaires de la politique de la ville (QPV) : les Prés-Bas et l'Écluse-Faubourg. Après la phase d'urgence
assurée par la cellule d'urgence médico-psychologique (CUMP) de l'Aubrette, le CLSM a créé le 24 avril 2025 une
**cellule de veille post-crue (CVPC)** chargée de repérer, d'orienter et de suivre les habitants en souffrance.

Les professionnels de terrain observent des réactions qui durent : troubles du sommeil, peur de la pluie,
irritabilité, consommation d'alcool en hausse, décrochage scolaire. Les habitants des QPV cumulent souvent
précarité, logement suroccupé et barrière de la langue, ce qui retarde le recours aux soins.

> « Quand il pleut la nuit, je me lève pour regarder la rivière. Je ne l'avais jamais dit à personne avant le
> groupe. »
> — une habitante des Prés-Bas, groupe de parole du mardi, octobre 2025

## 2. Objectifs

### Objectif général

Limiter l'installation de troubles psychotraumatiques durables chez les habitants touchés par la crue, en
particulier dans les QPV.

### Objectifs spécifiques

1. Repérer tôt les personnes en souffrance, y compris celles qui ne demandent rien (« aller vers »).
2. Garantir un accès rapide et gratuit à une prise en charge spécialisée du psychotraumatisme.
3. Offrir des espaces collectifs de parole entre pairs.
4. Outiller les professionnels et habitants relais (sentinelles).
5. Préparer la date anniversaire du 15 avril 2026.

## 3. Publics

Habitants sinistrés de Verlaincourt, en priorité ceux des Prés-Bas et de l'Écluse-Faubourg ; enfants et
adolescents scolarisés dans les deux collèges des quartiers ; professionnels et bénévoles intervenus pendant la
crise (gardiens, agents d'accueil, écoutants), eux-mêmes parfois sinistrés.

## 4. Partenaires

| Partenaire | Rôle dans l'action | Référent | Contact |
|---|---|---|---|
| CRP Rhin-Meuse | Consultation avancée psychotrauma à la MSP des Prés-Bas, animation des groupes de parole | Yanis Ferhat, psychologue | 03 99 00 41 20 |
| CUMP de l'Aubrette | Urgence, transmission de la liste des personnes à recontacter, appui à la formation | Amandine Roth, infirmière coordinatrice | 03 99 00 41 60 |
| A2V (Aubrette Aide aux Victimes) | Ligne d'écoute post-crue, accompagnement juridique des victimes | Farida Mansouri, responsable de la ligne | 03 99 00 41 41 |
| CCAS de Verlaincourt | PRIS, appels sortants, aides d'urgence | Patricia Lhuillier, directrice | 03 99 00 41 00 |
| Ornelle Habitat | Visites en binôme, repérage par les gardiens, relogements | Laurent Gérardin, développement social | 03 99 00 42 15 |
| Éducation nationale | Cellules d'écoute des collèges de l'Ornelle et Émile-Gallé | Infirmières scolaires et PsyEN | via les collèges |
| Association des sinistrés de l'Ornelle (ASO) | Co-animation des groupes, relais auprès des habitants, préparation du temps de mémoire | Gérard Munier, président | aso.verlaincourt@asso.example |

## 5. Circuit d'orientation

Tout membre de la CVPC (ou toute sentinelle, par l'intermédiaire de son référent) peut signaler une situation :

1. Remplir la **fiche de signalement unique** (modèle en annexe de la charte de la CVPC).
2. L'envoyer par messagerie sécurisée à la coordinatrice du CLSM, jamais par courriel ordinaire.
3. La coordinatrice désigne l'intervenant le mieux placé et **fait un retour à la personne qui a signalé sous
   72 heures**.
4. Les situations complexes sont présentées, anonymisées sauf accord de la personne, à la réunion suivante de la
   CVPC.

**Critères d'orientation vers la consultation du CRP :** symptômes qui persistent plus de quatre semaines après
l'événement, score PCL-5 supérieur ou égal à 33, ou retentissement important sur la vie quotidienne (travail,
scolarité, sommeil). **En cas d'idées suicidaires ou de danger immédiat : appeler le 15**, sans passer par la CVPC.

**Définition retenue :** une *sentinelle* est un habitant ou un professionnel de proximité formé à repérer une
souffrance psychique, à engager la conversation et à orienter vers les bonnes ressources, sans se substituer aux
soignants. La formation dure une journée (7 heures) et est suivie d'un temps d'échange trimestriel.

**Points de vigilance :** ne pas médicaliser les réactions normales des premières semaines ; ne jamais
obliger quelqu'un à raconter ; penser aux intervenants eux-mêmes sinistrés ; prévoir l'interprétariat
professionnel (turc, arabe) plutôt que de faire traduire par un enfant.

## 6. Calendrier et état d'avancement (au 18 novembre 2025)

- [x] Ouvrir la ligne d'écoute post-crue (17 avril 2025)
- [x] Créer la cellule de veille post-crue (24 avril 2025)
- [x] Ouvrir la consultation avancée du CRP à la MSP des Prés-Bas (2 juin 2025)
- [x] Lancer le premier cycle des groupes de parole (16 septembre 2025)
- [x] Former la première promotion de sentinelles (14 octobre 2025)
- [ ] Rédiger la charte de fonctionnement de la CVPC en version définitive (décembre 2025)
- [ ] Traduire le livret « Après la crue, prendre soin de soi » en turc et en arabe
- [ ] Déposer la demande de prolongation du financement ARS (avant le 15 mars 2026)
- [ ] Préparer le temps de mémoire du 15 avril 2026 avec l'ASO
- [ ] Organiser une formation aux premiers secours psychologiques pour les agents d'accueil de la mairie

## 7. Indicateurs de suivi

| Indicateur | Valeur au 31 octobre 2025 | Cible |
|---|---|---|
| Délai moyen avant le premier rendez-vous au CRP | 10 jours | 15 jours au plus |
| Sentinelles formées | 12 | 100 fin 2026 |
| Part des signalements avec retour sous 72 heures | 88 % | 80 % au moins |
| Participants différents aux groupes de parole | 21 | 40 sur l'année |
| Appels à la ligne d'écoute | 1 862 depuis avril | sans objet |

## 8. Moyens

Financements mobilisés pour 2025-2026 : **162 000 €** au total (ARS Grand Est 85 000 € ; fonds d'urgence du
Département de l'Aubrette 40 000 € ; Ville de Verlaincourt 25 000 € ; crédits politique de la ville 12 000 €).
Temps de coordination : 0,3 ETP de la coordinatrice du CLSM consacré à l'action jusqu'en juin 2026.

## 9. Évaluation

Bilan intermédiaire par le CRP début mars 2026 ; bilan à un an présenté à l'assemblée plénière du CLSM au
printemps 2026. Les habitants (ASO) sont associés à l'évaluation.

*Fiche rédigée par Nadège Bellamy — contact : clsm@verlaincourt.example — 03 99 00 40 12*
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
