# -*- coding: utf-8 -*-
"""Génère le compte rendu en texte brut (.txt) de la réunion du comité de pilotage du CLSM d'Ormeval tenue en
visioconférence Jitsi le jeudi 12 mars 2026, tel que collé par la secrétaire : listes « Présents » / « Excusés »,
ordre du jour, rubriques numérotées, décisions marquées « → », extrait du tchat Jitsi collé tel quel, tableau
d'actions « Qui / Quoi / Pour quand » aligné avec des espaces, date de la prochaine réunion.

Tout est inventé (Ormeval, Seine-Bocage, personnes, chiffres, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-12_clsm-ormeval_cr-copil-jitsi.txt")

TEXT = """COMPTE RENDU – COMITÉ DE PILOTAGE DU CLSM D'ORMEVAL
Réunion en visio (Jitsi) du jeudi 12 mars 2026, 14 h 00 – 16 h 10
Lien utilisé : https://visio.ormeval.example/CopilCLSM-Ormeval
Rédaction : Sandrine Hamel (service santé publique) – relecture : Camille Le Goff
Diffusion : membres du COPIL + cellule de veille

PRÉSENTS
- Sylvie Marchand-Duval, adjointe au maire chargée de la santé, coprésidente du CLSM
- Dr Hugo Lemarchand, chef du pôle de psychiatrie adulte du CHVS, coprésident du CLSM
- Camille Le Goff, coordinatrice du CLSM
- Dr Inès Boukhari, psychiatre, responsable de l'équipe mobile de crise (EMC) du CHVS
- Capitaine Élodie Varin, officier référent, commissariat d'Ormeval
- Franck Delaunay, chef de service de la police municipale
- Karim Haddou, chargé de proximité, Sèves Habitat
- Aurélie Penven, directrice du CCAS
- Lucas Morel, chef de projet politique de la ville (contrat de ville)
- Agnès Thiboult, délégation départementale de Seine-Bocage, ARS Normandie
- Bernard Lecoq, UNAFAM Seine-Bocage (représentant des familles)
- Sandrine Hamel, secrétariat

EXCUSÉS
- Mathilde Roussel, cadre supérieure de santé, CHVS (représentée par le Dr Boukhari)
- Virginie Quéré, responsable du CDAS d'Ormeval, Département de Seine-Bocage
- Jean-Paul Anquetil, GEM « Le Phare » (problème de connexion, contribution envoyée par mail)

ORDRE DU JOUR
1. Bilan 2025 de la cellule de veille
2. Équipe mobile de crise : première année de fonctionnement
3. Convention police – psychiatrie – ville : retour du comité de suivi
4. Premiers secours en santé mentale (PSSM) : bilan 2025, plan 2026
5. Prévention du suicide : 3114 et VigilanS
6. Financements 2026
7. Questions diverses

(début de la réunion à 14 h 07, le temps que tout le monde se connecte – M. Lecoq a dû se reconnecter deux fois)

1. BILAN 2025 DE LA CELLULE DE VEILLE
Camille présente le tableau de suivi anonymisé (version du 20 janvier 2026, envoyé avec la convocation).
En 2025 : 78 situations nouvelles examinées, contre 61 en 2024, soit +28 %. 31 concernent des habitants du Val-Fleuri, soit 40 % (34 % en 2024), alors que le quartier représente 11 % de la population d'Ormeval.
Le risque suicidaire progresse le plus : 11 situations contre 6. Les bailleurs restent les premiers à saisir la cellule (19 saisines sur 78).
Le délai moyen entre la saisine et le premier examen est passé de 19 à 14 jours.
Depuis le 1er janvier 2026, 17 nouvelles saisines en deux mois : l'ordre du jour est saturé (six situations maximum par séance selon la charte), deux situations ont dû être reportées en février.
M. Lecoq (UNAFAM) redemande que les familles puissent saisir directement la cellule. Le Dr Lemarchand et Mme Penven y sont opposés (risque d'engorgement, la cellule n'est pas un guichet) ; compromis : les familles passent par l'EMC ou par le CCAS, qui saisissent la cellule.
→ À partir d'avril 2026, la cellule se réunira deux fois par mois, les 1er et 3e jeudis, de 9 h 30 à 11 h 30 (première séance à ce rythme : jeudi 2 avril).
→ La charte sera révisée (version 3) : l'EMC devient membre permanent, et la saisine par les familles via l'EMC ou le CCAS est écrite noir sur blanc. Adoption prévue à la plénière de juin.

2. ÉQUIPE MOBILE DE CRISE : PREMIÈRE ANNÉE
Le Dr Boukhari présente le bilan de la première année (3 mars 2025 – 28 février 2026) :
- 402 interventions pour 241 personnes (sur l'année civile 2025, de mars à décembre : 356 interventions pour 212 personnes) ;
- hospitalisation évitée dans 63 % des situations ;
- délai moyen entre l'appel et la première visite : 31 heures (engagement de la convention : 48 heures ouvrées) ;
- 27 % des personnes vues habitent le Val-Fleuri ;
- depuis l'ouverture aux familles le 1er septembre 2025, 18 % des demandes viennent des proches.
Mme Thiboult confirme pour 2026 une dotation ARS de 465 000 euros pour l'EMC (420 000 euros en 2025), qui finance un troisième poste d'infirmier.
→ L'EMC interviendra le samedi toute la journée (10 h – 18 h) à partir du lundi 4 mai 2026 (au lieu du samedi matin seulement), sous réserve de l'arrivée du troisième infirmier.

3. CONVENTION POLICE – PSYCHIATRIE – VILLE
Premier comité de suivi tenu le 15 janvier 2026. La capitaine Varin présente les indicateurs 2025 (référence 2024 entre parenthèses) :
- arrêtés provisoires signés par le maire : 34 (29) ;
- interventions conjointes police – santé : 96 (87) ;
- temps moyen d'attente des policiers aux urgences : 1 h 15 (2 h 40) ;
- transports réalisés en ambulance : 81 % (58 %).
La formation croisée du 16 octobre 2025 a réuni 38 participants. Point de vigilance : la fiche de liaison n'est remplie que dans deux interventions sur trois, surtout la nuit.
→ Deuxième journée de formation croisée le jeudi 15 octobre 2026 ; la police municipale en assure l'organisation matérielle.
→ La fiche de liaison est simplifiée (une page au lieu de deux) avant l'été.

4. PSSM : BILAN 2025, PLAN 2026
Ville : 64 agents formés en 2025, soit 110 depuis le début du programme (46 en 2024). L'objectif de la convention est de 120 agents municipaux au 31 décembre 2026 : il en reste 10 à former, ce sera fait au premier semestre.
Sèves Habitat : 22 gardiens et chargés de proximité formés en 2025 ; Karim Haddou propose de former les agents d'accueil en 2026 (8 personnes).
Lucas Morel : le contrat de ville finance en 2026 deux sessions PSSM réservées aux habitants-relais et aux animateurs du centre social du Val-Fleuri.
→ Deux sessions « habitants-relais » (12 places chacune) en septembre et novembre 2026.

5. PRÉVENTION DU SUICIDE : 3114 ET VIGILANS
Le Dr Lemarchand indique que 67 habitants d'Ormeval ont été inclus dans VigilanS en 2025 après une tentative de suicide, dont 19 habitants du Val-Fleuri. Pour le 3114, Mme Thiboult précise que les appels ne sont pas ventilés par commune dans les données transmises à l'ARS : on ne dispose que du chiffre départemental.
→ Les cartes 3114 seront disponibles à l'accueil de la mairie, de la mairie de quartier du Val-Fleuri et du CCAS à partir d'avril.

6. FINANCEMENTS 2026 (coordination et actions du CLSM, hors EMC)
- ARS Normandie (fonds d'intervention régional) : 35 000 euros (30 000 euros en 2025) ;
- Ville d'Ormeval : 32 000 euros, montant inchangé, plus la mise à disposition des locaux ;
- contrat de ville : 9 000 euros (8 500 euros en 2025) ;
- Département (appel à projets santé mentale) : 6 000 euros obtenus en 2025 pour les ateliers d'habitants ; renouvellement demandé pour 2026, réponse attendue en mai.
Budget prévisionnel 2026 : 82 000 euros si le Département renouvelle sa participation.
→ Camille envoie le budget prévisionnel aux financeurs avant le 31 mars.

7. QUESTIONS DIVERSES
Semaines d'information sur la santé mentale (SISM) : programme au Val-Fleuri du 6 au 19 octobre 2026, réunion de préparation à caler.

--- extrait du tchat Jitsi (collé tel quel) ---
[14:22] Bernard Lecoq : je n'ai plus le son, je relis le CR après
[14:41] Karim Haddou : pour info les 22 formés c'est gardiens + chargés de proximité, pas les agents d'accueil
[15:03] Agnès Thiboult : confirmation écrite ARS pour l'EMC d'ici fin mars
[15:58] Aurélie Penven : je dois partir, je laisse la parole au CCAS par écrit pour le point 7
--- fin de l'extrait ---

ACTIONS
Qui                         | Quoi                                                        | Pour quand
----------------------------|-------------------------------------------------------------|----------------
Sandrine Hamel              | Nouveau calendrier des séances de la cellule (1er/3e jeudi) | 27 mars 2026
Camille Le Goff             | Budget prévisionnel 2026 aux financeurs                     | 31 mars 2026
Dr Inès Boukhari            | Recrutement du 3e infirmier de l'EMC                        | 30 avril 2026
Lucas Morel                 | Dossier contrat de ville « PSSM habitants-relais »          | 10 avril 2026
Karim Haddou                | Planning de formation des agents d'accueil de Sèves Habitat | 30 avril 2026
Capitaine Varin / F. Delaunay | Fiche de liaison simplifiée (une page)                    | 30 juin 2026
Camille Le Goff             | Projet de charte version 3 de la cellule de veille          | 15 mai 2026
Agnès Thiboult              | Notification écrite de la dotation ARS 2026                 | 31 mars 2026

PROCHAINE RÉUNION
Jeudi 11 juin 2026, 14 h – 16 h, salle Léopold-Senghor de l'hôtel de ville (lien Jitsi maintenu pour les personnes à distance).

Fin de la réunion à 16 h 10.
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
