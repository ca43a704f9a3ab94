# -*- coding: utf-8 -*-
"""Génère la fiche pratique Markdown du SPIP de la Haute-Garlande « Préparer une sortie avec Cap Sortie »
(version 2 du 30 septembre 2025) : titres, encadré en citation, libellés en gras, listes imbriquées
numérotées et à puces, tableau à barres verticales (permanences par antenne), liens, note de bas de page Markdown.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-30_spip-haute-garlande_fiche-pratique-cap-sortie.md")

TEXT = """# Fiche pratique n° 4 — Préparer une sortie avec Cap Sortie

*Service pénitentiaire d'insertion et de probation (SPIP) de la Haute-Garlande — à l'usage des CPIP, des
soignants de l'USMP et du SMPR et des partenaires du CLSM d'Aurimont*

**Version :** 2 (30 septembre 2025) — remplace la version 1 du 4 mars 2024
**Rédaction :** Karim Benhaddou, CPIP référent santé mentale, antenne d'Aurimont
**Validation :** Hélène Marsac, directrice du SPIP

> **En bref.** Cap Sortie est le programme de sortie accompagnée du centre pénitentiaire d'Aurimont-Lestrac,
> porté depuis le 4 mars 2024 par le SPIP, le SMPR du CHS du Pech-Lauzun et l'association Habitat Solidaire
> Garlande (HSG). Il prépare la sortie pendant 90 jours et accompagne la personne pendant 6 mois après.
> En 2024, 38 personnes en ont bénéficié.

---

## 1. Qui peut entrer dans Cap Sortie ?

Les **quatre conditions** suivantes doivent être réunies :

- être détenu au centre pénitentiaire d'Aurimont-Lestrac ;
- être suivi par le SMPR (au moins une consultation dans les six derniers mois) ;
- sortir vers Aurimont ou une commune de l'agglomération :
  - les sorties vers **Saint-Amans-la-Tour** ne sont pas encore couvertes ;
  - l'extension à l'antenne de Saint-Amans-la-Tour est prévue au second semestre 2026 ;
- être volontaire et signer la charte d'engagement.

**Ne font pas obstacle à l'entrée :** l'absence de logement, une addiction en cours, l'absence de titre
d'identité valide, une obligation de soins.

## 2. Les étapes, de J-120 à M+6

1. **Repérage (de J-120 à J-90)**
   - le CPIP du milieu fermé ou un soignant du SMPR propose le programme ;
   - la fiche d'orientation est envoyée à [capsortie@spip-garlande.example](mailto:capsortie@spip-garlande.example).
2. **Commission d'admission**
   - la commission Cap Sortie se réunit **le deuxième lundi du mois à 14 h**, au centre pénitentiaire ;
   - elle réunit le SPIP, le SMPR, HSG et, pour les moins de 26 ans, la mission locale ;
   - la réponse est donnée à la personne dans les 8 jours.
3. **Préparation (de J-90 à J-1)**
   - trois entretiens avec le travailleur pair de HSG, en salle d'activités ;
   - demande de logement : Toit d'Abord, ou à défaut le service intégré d'accueil et d'orientation (SIAO) ;
   - ouverture des droits avec la permanence CPAM (carte Vitale, complémentaire santé solidaire) ;
   - rendez-vous au CMP pris par l'infirmière de liaison du SMPR ;
   - pièce d'identité : demande de carte d'identité lancée au plus tard à J-60.
4. **Jour J**
   - accueil devant la porte du centre pénitentiaire par le travailleur pair (ou un infirmier du SMPR) ;
   - pharmacie, puis installation dans le logement ;
   - appel du soir par l'accompagnant.
5. **Après la sortie (jusqu'à M+6)**
   - premier rendez-vous au SPIP milieu ouvert dans les 5 jours ouvrés ;
   - un contact par semaine le premier mois, puis un contact par mois ;
   - bilan de fin de programme à 6 mois, avec passage de relais au CMP et au médecin traitant.

## 3. Qui contacter ?

| Structure | Antenne / lieu | Jours de permanence | Téléphone |
|---|---|---|---|
| SPIP milieu ouvert | Aurimont, 27 cours Victor-Dal | du lundi au vendredi | 05 99 00 60 00 |
| SPIP milieu ouvert | Saint-Amans-la-Tour, 5 rue du Pont-Vieux | mardi et jeudi | 05 99 00 60 40 |
| Mission locale (Parcours Tremplin 16-25) | au SPIP d'Aurimont | jeudi matin | 05 99 00 58 20 |
| Mission locale (Parcours Tremplin 16-25) | au SPIP de Saint-Amans-la-Tour | premier mardi du mois | 05 99 00 58 20 |
| CSAPA L'Escale | Aurimont, 9 rue de la Fonderie | du lundi au samedi (samedi 9 h – 12 h) | 05 99 00 52 80 |
| CSAPA L'Escale, antenne | Saint-Amans-la-Tour, maison de santé du Foirail | mercredi uniquement | 05 99 00 52 88 |
| HSG — Toit d'Abord, travailleur pair | Aurimont, 41 rue des Cordiers | du lundi au vendredi | 05 99 00 71 15 |
| SMPR — infirmière de liaison | centre pénitentiaire | du lundi au vendredi | 05 99 00 31 27 |

## 4. Bon à savoir

- **Téléphone :** HSG remet un téléphone solidaire avec une carte prépayée aux personnes qui n'ont plus de
  ligne active. Le signaler dès la commission.
- **Pharmacie :** la pharmacie la plus proche du centre pénitentiaire est la pharmacie de la place du Marché, à
  Lestrac ; elle ferme à 12 h 30 le samedi.
- **Transports :** la ligne 7 relie Lestrac à la gare routière d'Aurimont ; premier départ à 6 h 50, dernier à
  19 h 10. Prévoir un ticket dans le kit sortie.
- **Fin de semaine :** une sortie le vendredi après 14 h donne droit à 10 jours de traitement au lieu de 7
  (protocole du 12 juin 2025, article 5.3)[^1].
- **Moins de 26 ans :** orienter systématiquement vers la référente justice de la mission locale, Inès Cabrol.

## 5. Documents et liens utiles

- [Protocole de continuité des soins le jour de la levée d'écrou](https://clsm.aurimont.example/documents/protocole-levee-ecrou-2025.odt)
- [Fiche d'orientation Cap Sortie (formulaire)](https://spip-garlande.example/cap-sortie/fiche-orientation.pdf)
- [Annuaire santé mentale du CLSM d'Aurimont](https://clsm.aurimont.example/annuaire)
- [FAQ du centre ressource Santé mentale et Justice](https://cresmj-garlande.example/faq)

[^1]: Le protocole est entré en vigueur le 1er juillet 2025 ; il s'applique à toutes les personnes suivies par
l'USMP ou le SMPR, inscrites ou non dans Cap Sortie.

---

*Fiche relue par le groupe de travail « Justice et santé mentale » du CLSM d'Aurimont le 23 septembre 2025.*
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
