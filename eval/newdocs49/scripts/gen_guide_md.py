# -*- coding: utf-8 -*-
"""Génère le guide Markdown « Orienter un jeune en souffrance psychique à Kervallon » (version 1, septembre
2025) du groupe de travail jeunesse du CLSM.

Mise en forme voulue : titre, encart de citation, six étapes numérotées (« 1. », « 2. »…) avec puces imbriquées
sur deux niveaux, sous-titres, tableau pipe « Qui appeler pour quoi ? » (besoin, structure, téléphone, horaires),
tableau des numéros nationaux, notes en fin de document.

Tout est inventé (ville, structures, personnes, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-01_clsm-kervallon_guide-orienter-un-jeune.md")

TEXT = """# Orienter un jeune en souffrance psychique à Kervallon

*Guide pratique à l'usage des professionnels — groupe de travail « jeunesse » du conseil local de santé mentale
(CLSM) de Kervallon — version 1, septembre 2025*

> Ce guide s'adresse à toute personne qui, dans son travail, croise des jeunes de 11 à 25 ans : enseignants,
> conseillers principaux d'éducation, animateurs, éducateurs, conseillers de la mission locale, entraîneurs
> sportifs, agents d'accueil. Il ne remplace pas une formation : pour aller plus loin, suivez le module Jeunes
> des premiers secours en santé mentale (PSSM), proposé gratuitement par le CLSM.

## Les six étapes

1. **Repérer les signaux d'alerte**
   - Ce qui doit alerter, c'est un *changement* par rapport à l'habitude du jeune, qui dure plus de deux
     semaines et qui retentit sur sa vie quotidienne :
     - troubles du sommeil (endormissement tardif, réveils nocturnes, somnolence en classe) ;
     - repli : le jeune ne voit plus ses amis, abandonne une activité qu'il aimait ;
     - chute des résultats, absentéisme, retards répétés ;
     - irritabilité, colères inhabituelles, conduites à risque, consommation d'alcool ou de cannabis ;
     - plaintes physiques répétées sans cause (maux de ventre, de tête) ;
     - blessures cachées, scarifications, propos sur la mort ou l'inutilité de vivre.
   - Un signe isolé ne suffit pas ; c'est l'accumulation et la durée qui comptent.

2. **Engager la conversation**
   - Choisir un moment et un lieu calmes, sans témoin.
   - Partir de ce que l'on a observé, sans juger :
     - « Je te trouve fatigué depuis quelques semaines, comment ça va en ce moment ? »
     - éviter le « qu'est-ce qui ne va pas chez toi ? ».
   - Écouter plus que parler ; ne pas minimiser (« ça va passer ») ni dramatiser.
   - Ne jamais promettre le secret absolu : expliquer que l'on pourra devoir en parler à d'autres adultes si le
     jeune est en danger.

3. **Évaluer l'urgence**
   - Oser poser la question directement : « Est-ce que tu penses au suicide ? ». Poser la question ne donne pas
     l'idée ; cela soulage souvent.
   - Trois niveaux :
     - **danger immédiat** (moyen à disposition, projet précis, jeune qui ne peut pas se protéger) : ne pas
       laisser le jeune seul, appeler le 15 ;
     - **idées suicidaires sans danger immédiat** : appeler le 3114 pour un conseil, et obtenir un rendez-vous à
       la MDA le jour même sur le créneau sans rendez-vous ;
     - **souffrance sans idées suicidaires** : orienter vers la MDA, le PAEJ ou le professionnel de santé de
       l'établissement (étape 4).

4. **Orienter selon l'âge et la situation**
   - Jeune scolarisé au collège ou au lycée :
     - l'infirmière scolaire ou le psychologue de l'Éducation nationale de l'établissement, en premier recours ;
     - la Maison des adolescents (MDA) si le jeune ou sa famille préfère un lieu extérieur.
   - Jeune de 16 à 25 ans sorti du système scolaire :
     - la mission locale, qui dispose d'une référente santé et d'une psychologue à mi-temps ;
     - le point accueil écoute jeunes (PAEJ) Point Virgule, sans rendez-vous et de façon anonyme.
   - Étudiant :
     - le service de santé étudiante de l'IUT ;
     - le dispositif Santé Psy Étudiant (8 séances gratuites chez un psychologue partenaire).
   - Harcèlement, y compris en ligne :
     - le chef d'établissement et les référents pHARe ;
     - le 3018, numéro national, gratuit et anonyme.
   - Troubles psychiatriques avérés ou suivi déjà en cours : le CMP infanto-juvénile (moins de 18 ans) ou le
     médecin traitant.

5. **Informer les parents (jeunes mineurs)**
   - En règle générale, les parents sont informés et associés, avec l'accord du jeune.
   - Exceptions :
     - le PAEJ reçoit les jeunes de façon anonyme, sans information des parents ;
     - à la MDA, les premiers entretiens peuvent avoir lieu sans l'accord des parents ; l'équipe travaille
       ensuite avec le jeune à les associer ;
     - en cas de danger dans la famille, appeler le 119 (enfance en danger) ou transmettre une information
       préoccupante à la cellule départementale (CRIP).

6. **Passer le relais et suivre**
   - Remplir la fiche de liaison du CLSM avec le jeune (ou sa famille) et l'envoyer à la structure choisie.
   - Reprendre contact avec le jeune quinze jours plus tard : est-il allé au rendez-vous ?
   - Pour une situation qui bloque, saisir la cellule des situations complexes jeunes :
     - elle se réunit le premier jeudi de chaque mois au centre hospitalier ;
     - la demande est envoyée à la coordinatrice du CLSM au moins dix jours avant.

## Qui appeler pour quoi ?

| Pour… | Structure | Téléphone | Horaires |
|---|---|---|---|
| Écoute, évaluation, orientation des 11-25 ans et des parents | Maison des adolescents (MDA), 8 place de la Résistance | 03 99 00 52 10 | Mardi au vendredi 13 h-19 h, samedi 10 h-13 h ; sans rendez-vous du mardi au vendredi 16 h-18 h |
| Même chose, au plus près du quartier | Antenne MDA de Pen ar Roz, maison de quartier du Roz | 03 99 00 52 18 | Mercredi 14 h-18 h, jeudi 16 h-19 h |
| Parler anonymement, sans rendez-vous | PAEJ Point Virgule, 3 rue Nominoë (Kerbrézel) | 03 99 00 63 40 (SMS : 06 99 00 63 41) | Lundi 14 h-18 h, mercredi 10 h-18 h, vendredi 14 h-19 h |
| Jeune de 16-25 ans sans emploi ni formation | Mission locale du Pays de Kervallon (référente santé : Léna Caradec) | 03 99 00 70 15 | Lundi au vendredi 9 h-12 h 30 et 13 h 30-17 h 30 |
| Soins psychiatriques d'un mineur | CMP infanto-juvénile du CH de Kervallon | 03 99 00 58 30 | Lundi au vendredi 9 h-17 h |
| Psychologue de l'Éducation nationale, hors établissement | CIO de Kervallon | 03 99 00 66 05 | Lundi au vendredi 9 h-12 h et 13 h 30-17 h |
| Étudiant en difficulté | Service de santé étudiante de l'IUT | 03 99 00 81 22 | Lundi au vendredi 8 h 30-17 h |
| Situation complexe, conseil entre professionnels | Coordination du CLSM (Gwenaëlle Le Bihan) | 03 99 00 41 20 | Lundi au vendredi 9 h-17 h |

## Numéros nationaux

| Numéro | Pour quoi | Quand |
|---|---|---|
| 15 | Urgence médicale, danger immédiat | 24 h/24 |
| 3114 | Prévention du suicide (pour soi ou pour un proche, et pour les professionnels) | 24 h/24, gratuit |
| 3018 | Harcèlement et cyberharcèlement | 7 j/7, 9 h-23 h, gratuit et anonyme |
| 119 | Enfance en danger | 24 h/24, gratuit |

## À savoir

- **Délai** : à la MDA, le délai moyen pour un premier accueil sur rendez-vous est d'environ trois semaines
  (septembre 2025). Le créneau sans rendez-vous permet d'être reçu le jour même.
- **Gratuité** : la MDA, l'antenne, le PAEJ et le CMP sont gratuits pour les jeunes et les familles.
- **Mon soutien psy** : ouvert à tous dès 3 ans, jusqu'à 12 séances par an chez un psychologue conventionné,
  sans prescription médicale ; à ne pas confondre avec Santé Psy Étudiant, réservé aux étudiants.
- **PSSM** : prochaines sessions du module Jeunes les 22 et 23 septembre (IUT) et les 13 et 14 octobre 2025
  (médiathèque). Inscriptions auprès de la coordination du CLSM.

---

*Guide rédigé par le groupe de travail jeunesse du CLSM (co-pilotes : Dr Yann Morvan, pédopsychiatre, CH de
Kervallon, et Sophie Tanguy, directrice de la MDA d'Aven-et-Odet). Version en ligne :
https://sante-mentale.kervallon.example/jeunes/guide-orienter-un-jeune. Prochaine mise à jour prévue en 2026.*
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
