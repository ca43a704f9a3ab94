# -*- coding: utf-8 -*-
"""Génère la lettre d'information Markdown n° 52 (février 2027) de Villes au Cœur, centre de ressources
politique de la ville Centre-Val de Loire : édito, brèves datées, trois questions à un coordinateur, chiffre du mois,
tableau d'agenda, liens. Tout est fictif (villes, personnes, montants, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus", "2027-02-03_villes-au-coeur-cvl_lettre-info-52-fevrier-2027.md")

TEXT = """\
[Lire cette lettre dans votre navigateur](https://www.villes-au-coeur-cvl.example/lettre/52) · [Se désabonner](https://www.villes-au-coeur-cvl.example/lettre/desabonnement)

# La Lettre de Villes au Cœur — n° 52 — février 2027

*Centre de ressources politique de la ville Centre-Val de Loire — Dossier du mois : santé mentale et quartiers*

---

## Édito

Le mois de février est souvent celui des bilans et des dossiers de subvention. Il est aussi, cette année, celui de
bonnes nouvelles : un nouveau conseil local de santé mentale s'installe à Beaulieu-sur-Cher, l'ARS et la préfecture
de région lancent un appel à projets dédié à la santé mentale dans les quartiers, et vous avez été nombreux à la
rencontre régionale des coordinateurs de décembre. Merci à toutes celles et ceux qui font vivre ce réseau.

Bonne lecture,

**Olivier Marchais**, directeur de Villes au Cœur

---

## En bref

### Le CLSM de Beaulieu-sur-Cher officiellement installé
*Publié le 18 janvier 2027*

L'assemblée plénière constitutive du conseil local de santé mentale de Beaulieu-sur-Cher s'est tenue le
**14 janvier 2027** à la salle des fêtes, en présence de 52 partenaires. Le CLSM couvre la ville et ses deux quartiers
prioritaires, les Gâtines et le Clos-Moreau. Sa coordinatrice, Justine Morel, a pris ses fonctions le 4 janvier à
80 % d'un temps plein. La région compte désormais **15 CLSM**, dont 11 couvrent au moins un quartier prioritaire.

> « Nous voulons d'abord travailler sur l'isolement des personnes âgées et sur l'accès des jeunes à l'écoute »,
> a déclaré Martine Lefebvre, adjointe au maire chargée des solidarités, qui préside le CLSM.

### SISM 2027 : inscrivez vos actions avant le 20 février
*Publié le 25 janvier 2027*

Les Semaines d'information sur la santé mentale auront lieu **du 8 au 21 mars 2027**, sur le thème « Pouvoir d'agir
et santé mentale ». Les actions doivent être inscrites sur le site national des SISM avant le **20 février 2027** pour
figurer dans le programme imprimé. Villes au Cœur mettra à disposition des CLSM un kit de communication (affiches,
visuels pour les réseaux sociaux, modèle de communiqué) à partir du 10 février.

### Appel à projets « Santé mentale dans les quartiers » 2027
*Publié le 28 janvier 2027*

L'ARS Centre-Val de Loire et la préfecture de région lancent un appel à projets pour soutenir des actions de
promotion de la santé mentale dans les quartiers prioritaires. Points clés :

- enveloppe régionale : **180 000 euros** ;
- subvention plafonnée à **15 000 euros par projet**, avec un cofinancement d'au moins 20 % ;
- porteurs éligibles : associations, CCAS, collectivités et établissements de santé, en lien avec un CLSM ou un
  contrat local de santé ;
- actions réalisées entre le 1er juin 2027 et le 31 mai 2028 ;
- date limite de dépôt : **vendredi 26 mars 2027 à 12 h**, sur la plateforme de l'ARS.

Un webinaire d'information est organisé le **18 février 2027 de 11 h à 12 h** (inscription sur notre site). Les
projets co-construits avec des habitants ou des pairs-aidants seront prioritaires.

### Retour sur la rencontre régionale des coordinateurs
*Publié le 15 décembre 2026*

Trente-huit coordinatrices et coordinateurs de CLSM et de contrats locaux de santé se sont retrouvés le 9 décembre
2026 à Vierzac. Trois ateliers ont rythmé la journée : l'accueil des nouveaux coordinateurs, la place des usagers
dans les instances et le travail avec les bailleurs sociaux. Les participants ont demandé la création d'un groupe
d'analyse de pratiques ; il se réunira une fois par trimestre à partir d'avril 2027, en visio, animé par une
psychologue clinicienne.

### Nouveau guide : monter une cellule de situations complexes
*Publié le 22 janvier 2027*

Villes au Cœur publie « Monter une cellule de situations complexes en 8 étapes », un guide de 40 pages écrit avec
cinq CLSM de la région. On y trouve un modèle de fiche de saisine, une charte de confidentialité type et des
conseils pour associer la personne concernée. Téléchargement libre sur notre site.

---

## Trois questions à… Thomas Nguyen, coordinateur du CLSM de Vierzac

**Pourquoi une permanence dans une laverie ?**
Parce que c'est un lieu où les gens attendent quarante minutes sans rien faire ! Depuis septembre, une infirmière
du CMP et moi y tenons une permanence le premier samedi du mois, au cœur du quartier des Rives. On y parle de tout,
et parfois de ce qui ne va pas.

**Qu'est-ce que ça donne ?**
Une soixantaine de conversations en cinq samedis, et une dizaine de personnes orientées vers le CMP ou le GEM.
Surtout, on a rencontré des gens qu'aucun service ne voyait.

**Un conseil ?**
Demander l'avis des habitants avant de choisir le lieu. L'idée de la laverie vient d'une habitante du conseil
citoyen.

---

## Le chiffre du mois

**37 %**

des jeunes de 18 à 25 ans vivant en quartier prioritaire interrogés en 2026 déclarent avoir renoncé à consulter un
professionnel de la santé mentale, faute de place ou de moyens.
*Source : enquête « Jeunes et santé en quartiers », Villes au Cœur et ORS Centre-Val de Loire, 2026, 612 jeunes
interrogés.*

---

## Agenda

| Date | Événement | Lieu | Public / inscription |
|------|-----------|------|----------------------|
| 18 février 2027 | Webinaire d'information sur l'appel à projets « Santé mentale dans les quartiers » | En ligne | Porteurs de projets, sur inscription |
| 4 mars 2027 | Atelier « Travailler avec les bailleurs sociaux » | Saint-Avertin-le-Haut, maison des associations | Coordinateurs CLSM et CLS |
| du 8 au 21 mars 2027 | Semaines d'information sur la santé mentale (SISM) | Toute la région | Grand public |
| 25 et 26 mars 2027 | Formation aux premiers secours en santé mentale pour les adultes-relais | Vierzac, centre social des Rives | Adultes-relais, 12 places |
| 6 avril 2027 | Premier groupe d'analyse de pratiques des coordinateurs | En visio | Coordinateurs, sur inscription |
| 20 mai 2027 | Journée régionale « Quartiers et santé mentale » | Beaulieu-sur-Cher | Tous publics professionnels |

---

## À lire, à voir

- [Le replay de la rencontre régionale des coordinateurs du 9 décembre 2026](https://www.villes-au-coeur-cvl.example/replays/rencontre-coordinateurs-2026)
- [Le guide « Monter une cellule de situations complexes en 8 étapes » (PDF)](https://www.villes-au-coeur-cvl.example/ressources/guide-cellule-situations-complexes.pdf)
- [Le cahier des charges de l'appel à projets 2027](https://www.ars-centre-val-de-loire.example/aap-sante-mentale-quartiers-2027)
- [La carte des CLSM de la région](https://www.villes-au-coeur-cvl.example/carte-clsm)

---

*Villes au Cœur — centre de ressources politique de la ville Centre-Val de Loire — 9 rue du Mail, 37000 Tours-Rochepinard
— 02 47 00 63 19 — contact@villes-au-coeur-cvl.example*
*Vous recevez cette lettre parce que vous êtes inscrit·e à notre liste de diffusion. Conformément au RGPD, vous
pouvez vous désabonner à tout moment.*
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
