# -*- coding: utf-8 -*-
"""Page « Incurie et syndrome de Diogène » du graphe Logseq (0.10.x) de la coordinatrice du CLSM, fichier
pages/Incurie et syndrome de Diogène.md copié tel quel dans le corpus et renommé.

Imitation de ce que Logseq écrit sur le disque :
- propriétés de page en tête, « clé:: valeur » (title, alias, tags, type, auteur, date-maj), sans front matter YAML ;
- chaque bloc est une puce « - », l'imbrication en tabulations ; les titres sont des blocs (« - ## … ») ;
- les lignes de suite d'un bloc sont indentées de deux espaces après la tabulation du bloc ;
- propriétés de bloc « collapsed:: true » et « id:: <uuid> » (bloc référencé ailleurs par « ((uuid)) ») ;
- liens de page [[…]] et étiquettes #tag / #[[…]], dates liées au format par défaut de Logseq en anglais
  (« [[Jan 8th, 2026]] ») ;
- surlignage ^^…^^, gras **…** ;
- tâches TODO / DONE / LATER, « SCHEDULED: <2026-01-20 Tue> », « DEADLINE: <…> », tiroir :LOGBOOK: avec CLOCK ;
- requête {{query …}} et inclusion {{embed ((uuid))}} qui n'ont de sens que dans l'application ;
- pas de ligne vide entre les blocs, fin de fichier sans saut de ligne final.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-08_clsm-vareze_notes-incurie-logseq.md")

UUID = "6779f0a2-3c1e-4b8a-9d2f-5e0c7a1b2c3d"
UUID2 = "677e2b51-8a40-4d7c-b1f3-90e4c2d6a8f1"

TEXT = f"""title:: Incurie et syndrome de Diogène
alias:: Diogène, incurie dans le logement
tags:: [[CLSM Varèze]], [[CASC]], [[logement]], [[fiche-repère]]
type:: [[fiche-repère]]
auteur:: [[Sonia Bekhti]]
date-maj:: [[Jan 8th, 2026]]

- ## C'est quoi ?
	- **Incurie** : incapacité à prendre soin de soi et de son logement (hygiène, entretien, alimentation). On parle d'#incurie dans le logement quand l'état du logement met en danger la personne ou ses voisins.
	- **Syndrome de Diogène** : forme extrême de l'incurie, décrite en 1975 par Clark, Mankikar et Gray. Il associe négligence extrême de soi et de l'habitat, accumulation d'objets ou de déchets, isolement social et **absence de demande d'aide** : la personne ne se plaint pas et refuse souvent l'aide proposée.
	  Ce n'est pas un diagnostic psychiatrique en soi : on le retrouve avec des troubles très différents (dépression, démence, psychose, alcool, trouble d'accumulation).
	- Différence avec la #[[syllogomanie]] (trouble d'accumulation compulsive, « hoarding disorder » du DSM-5) : dans la syllogomanie, l'accumulation peut exister sans incurie, le logement est souvent encombré mais propre, et la personne peut demander de l'aide pour trier.
	  collapsed:: true
		- source : cours du DIU santé mentale et précarité, Lyon, [[Nov 21st, 2024]]
		- ^^Diogène = négligence + accumulation + isolement + pas de demande^^ / syllogomanie = accumulation, avec une souffrance souvent exprimée
- ## Repérer / évaluer
	- Échelle [[CIR]] (Clutter Image Rating) : 9 photos par pièce (salon, cuisine, chambre), de 1 (pièce dégagée) à 9 (pièce saturée). **À partir de 4 : l'encombrement gêne l'usage normal de la pièce ; à 6 et plus : risque incendie et risque de chute, prévenir le SCHS.**
	- Grille habitat de la [[CASC]] = CIR + odeurs + nuisibles + état des équipements (gaz, électricité, eau) + animaux.
	- Les gardiens voient souvent les signes avant tout le monde : odeurs sur le palier, volets fermés en permanence, courrier qui déborde de la boîte, refus de laisser entrer pour l'entretien de la chaudière.
- ## Circuit à Varèze (depuis 2025)
	- Le circuit d'une situation d'incurie :
	  id:: {UUID}
	  1. gardien → fiche d'alerte → référent santé mentale du bailleur ([[Julien Marcadet]] pour Varèze Habitat ; Dauphiné Foyers n'a pas encore de référent : passer par la conseillère sociale, [[Nathalie Sordet]])
	  2. visite à domicile en binôme (référent + infirmier du CMP, puis de l'EMSL à partir de mars 2026) : **ne jamais venir à plus de deux la première fois**
	  3. si la situation reste bloquée → fiche de saisine [[CASC]], au moins 10 jours avant la séance
	  4. SCHS seulement s'il y a danger (insalubrité, risque incendie) : le maire peut prendre un arrêté, mais la mise en demeure seule aggrave souvent la situation
	- Saint-Clair-du-Mont n'a pas de SCHS : pour les Charmettes, c'est la délégation départementale de l'ARS qui est compétente pour l'insalubrité. #[[à vérifier]]
	- Nettoyage : jamais de « grand nettoyage » imposé sans préparation, la personne le vit comme une violence et la rechute dans l'année est fréquente. Trier **avec** la personne, pièce par pièce, en plusieurs fois, et garder ce à quoi elle tient.
- ## Financement du nettoyage
	- [[Fonds incurie]] 2025 = 30 000 € (Varèze Habitat 12 000 € + FSL 8 000 € + ARS 10 000 €) → 9 interventions, reliquat de 8 850 € reporté sur 2026
	- 2026 : Dauphiné Foyers abonde le fonds de 5 000 € par an (engagement du protocole [[Habiter et soigner]])
	- Entreprise conventionnée : [[Net'Alpes Services]] (entreprise d'insertion de Pont-de-Varèze), devis sous 72 h, environ 65 € HT par m3 évacué, désinsectisation en plus
	  collapsed:: true
		- contact : Rachid Benali, 04 65 71 44 90
		- penser à demander le bon pour accord signé par le locataire avant l'intervention
- ## Chiffres
	- CASC 2025 : 15 situations d'incurie sur 38 situations examinées ; 2 récidives à six mois sur les 9 logements nettoyés
	- Circuit rappelé ici : {{{{embed (({UUID}))}}}}
- ## À faire
	- DONE Présenter le circuit incurie en CCAPEX territoriale
	  :LOGBOOK:
	  CLOCK: [2025-11-13 Thu 14:02:11]--[2025-11-13 Thu 14:40:37] =>  00:38:26
	  :END:
	- TODO Convention avec l'ARS pour l'insalubrité aux Charmettes (pas de SCHS à Saint-Clair-du-Mont)
	  SCHEDULED: <2026-01-20 Tue>
	- TODO Bilan des récidives à six et douze mois pour le copil
	  DEADLINE: <2026-03-31 Tue>
	- LATER Demander à [[Dr Claire Vannier]] une formation « incurie » pour les aides à domicile du CCAS
	- LATER Lister les associations qui acceptent les objets triés (dons) #[[Net'Alpes Services]]
	  id:: {UUID2}
	- {{{{query (and (task TODO LATER) [[incurie]])}}}}"""


def main():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(TEXT)
    print(OUT, len(TEXT))


if __name__ == "__main__":
    main()
