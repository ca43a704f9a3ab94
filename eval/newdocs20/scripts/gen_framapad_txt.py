# -*- coding: utf-8 -*-
"""Export « Texte brut » d'un Framapad (Etherpad) de compte rendu collaboratif : couleurs d'auteur perdues, titres
devenus de simples lignes, puces Etherpad exportées en « * » précédées d'autant de tabulations que de niveaux,
listes numérotées « 1. », flèches « -> », initiales entre crochets, commentaires en ligne, émojis, reste du texte
d'accueil par défaut du pad en bas, fins de ligne LF."""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-12-09_clsm-lorvenn_pad-gt-parentalite-sante-mentale.txt")

PAD = """GT « Parentalité & santé mentale » — CLSM de Lorvenn
Réunion du mardi 9 décembre 2025 — 9h30-12h — salle du CCAS (1er étage) + visio
(pad ouvert par Erwan, chacun complète, on nettoie à la fin svp !!)

Présent·es :
* Erwan Cadiou (coordo CLSM)
* Claire Jégou (adjointe petite enfance) — arrivée 10h15
* Morgane Le Du (sage-femme PMI, CMS Kervénic)
* Nadège Le Moal (accueillante LAEP L'Île aux Câlins)
* Yoann Guéguen (directeur centre social Ti an Holl)
* Dr Hélène Quéré (psychiatre, consultation de psy périnatale du CH) — en visio
* Kévin Le Roux (EJE, Papas en jeu)
* Inès Benali (médiatrice santé, ASV)
* Sophie Marrec (psychologue, asso Brin d'Éveil)
Excusé·es : Mme Lozac'h (CAF du Morbihan), Julie (service com)

ODJ
1. Guide Parents & Bébés 2026 : BAT et diffusion
2. Roulotte des Petits : bilan 2025 + budget 2026
3. Psy périnatale : délais et circuit d'orientation
4. Groupe pères
5. Formation au repérage (RQB)
6. Divers

---------------------------------------------------------------

1. GUIDE PARENTS & BÉBÉS 2026
* BAT n°2 reçu le 5/12 du service com -> corrections à faire :
	* p.7 : écrire « plus de 15 jours » et pas « plus de 2 semaines » (harmoniser avec les affiches PMI) [Morgane]
	* p.10 : ajouter le tél de l'Île aux Câlins 02 61 91 20 47 [Nadège]
	* p.9 : ajouter « Portage et sommeil » dans le tableau des ateliers (Roulotte, un jeudi sur deux ?? -> non : un mois sur deux)
	* sommaire : revérifier les numéros de pages après ajout
	* couverture : on garde « Parents & Bébés » (et pas « Parents & Enfants », vote à main levée 7 contre 2)
* Tirage : débat 2 500 vs 3 000 exemplaires
	* Yoann : 3 000 pour couvrir aussi les communes voisines
	* Claire : devis Imprimerie Ar Mor = 2 900 € pour 2 500 ex. / 3 350 € pour 3 000 ex.
	* -> DÉCISION : 2 500 exemplaires papier + PDF sur le site de la ville + une fiche résumé A4 recto-verso en 4 langues (arabe, turc, dari, ukrainien)
* Traductions de la fiche résumé : Inès demande un devis à l'asso Lien & Langues (ordre de grandeur 640 €)
* Diffusion :
	* maternité du CH de Lorvenn (dans le sac de sortie ?) -> Dr Quéré demande à la cadre
	* PMI, CCAS, mairie, les 6 pharmacies des deux quartiers
	* crèches, écoles maternelles, la Roulotte
	* médecins généralistes et sages-femmes libérales via la CPTS
* Lancement public : au Café des parents du samedi 7 février 2026 (même jour que le 1er arrêt du samedi de la Roulotte au Bois-du-Chêne) 🎉

2. ROULOTTE DES PETITS
* Bilan 2025 (Yoann) : 96 demi-journées, 418 enfants accueillis, 337 adultes dont 58 pères
	* en hausse nette : en 2024 c'était 71 demi-journées et 301 enfants
	* familles de 19 nationalités
	* le mardi matin place des Tilleuls (Kervénic) = le plus fréquenté, 14 enfants en moyenne par matinée
	* le vendredi après-midi devant Les Mouettes marche moins bien (6 enfants en moyenne) -> on garde jusqu'en juin et on refait le point
* Budget 2026 : 68 400 € au total
	* CAF (prestation de service LAEP) : 28 000 €
	* Ville (crédits contrat de ville) : 18 000 €
	* Département : 9 400 €
	* Fondation : 13 000 € -> pas encore acquis, dossier à déposer
* Arrêt du samedi : validé, 1 samedi par mois au Bois-du-Chêne à partir du 7 février
* Besoin d'un·e 2e accueillant·e formé·e pour le samedi (formation LAEP de 3 jours, Yoann cherche)

3. PSY PÉRINATALE — DÉLAIS / CIRCUIT
* Dr Quéré : délai moyen pour un 1er rdv à la consultation de psychiatrie périnatale = 38 jours en novembre (« trop, on le sait »)
	* pas d'équipe mobile périnatale à Lorvenn, contrairement à Brévanec (Cocon)
	* proposition : 1 créneau réservé par semaine pour les orientations PMI / LAEP, le jeudi matin, à tester à partir de janvier
		* Morgane : super, c'est ce qu'ils font à Trégonvel le mardi
* EPNP à domicile par la PMI : 37 réalisés en 2025 à Kervénic (21 en 2024) [Morgane]
* Circuit à formaliser : fiche de liaison PMI -> CH
	* Katell Morvan (CLSM de Montgarel) nous a envoyé leur protocole (version 0.3) -> on s'en inspire, pas de copier-coller
* Le week-end ?? -> 15 / 3114 / urgences du CH, à écrire noir sur blanc dans le guide (c'est fait p.7)

4. GROUPE PÈRES
* Papas en jeu : 1 samedi par mois depuis septembre 2025, 6 à 9 pères par séance (Kévin)
	* les pères parlent plus facilement « en faisant » qu'assis en rond
* Idée : un groupe de parole pères animé par un psychologue homme -> Sophie voit avec Brin d'Éveil
* Affiche spéciale pères : club de foot de Kervénic, salle de sport, boulangerie, barbier de la place des Tilleuls

5. FORMATION AU REPÉRAGE
* RQB (Soizic Kervella) organise des sessions régionales en juin 2026 : EPDS, question 10, orientation
	* Lorvenn demande 8 places : PMI 2, LAEP 2, Ti an Holl 2, pharmacies 2
* Retour sur la Rencontre régionale des CLSM du 20/11 à Lorvenn : très bons retours, environ 110 participants, diapos envoyées par RQB le 24/11

6. DIVERS
* Inès : des mamans ont créé un groupe WhatsApp « Mamans Kervénic » (≈ 80 membres) -> on peut y poster les infos du guide, mais attention à la modération / pas de conseils médicaux
* Claire : la Ville candidate au label « Ville amie des enfants »? -> à voir au prochain GT

PROCHAINE RÉUNION : mardi 3 mars 2026, 9h30, centre social Ti an Holl

TODO
1. Erwan : renvoyer les corrections du BAT au service com avant le 12/12
2. Inès : devis traduction de la fiche résumé -> 19/12
3. Yoann : dossier Fondation pour la Roulotte avant le 15/01
4. Dr Quéré : confirmer le créneau du jeudi matin -> 9/01
5. Sophie : proposition de groupe de parole pères -> 3/03
6. Erwan : envoyer les 8 inscriptions à la formation RQB -> 31/01




Bienvenue sur Framapad !
Ce pad est un texte collaboratif en temps réel. Attention, il sera supprimé automatiquement après un an d'inactivité.
"""


def main():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(PAD)


if __name__ == "__main__":
    main()
