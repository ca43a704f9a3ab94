# -*- coding: utf-8 -*-
"""Génère le fil de courriels en texte brut (.txt) transféré par la coordinatrice du CLSM de Vernançay à la liste
du comité de pilotage « aînés » le jeudi 6 novembre 2025 : bilan canicule 2025, sessions de formation sentinelle /
évaluation, appel à projets CARSAT 2026.

Mise en page : en-têtes français d'Outlook (De / Envoyé / À / Objet), message de tête avec signature après « -- »,
bloc « ---------- Message transféré --------- » (réponse de l'EMPSA du 5 novembre), ligne
« Le mar. 4 nov. 2025 à 10:12, Hélène Marchais <…> a écrit : » suivie du message cité en « > », lui-même contenant
un message transféré de la CARSAT (cité en « > »), signatures avec numéros de téléphone, texte coupé vers
72 colonnes, pied de confidentialité.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-06_clsm-vernancay_fil-courriels-canicule-formations-aap-carsat.txt")


def block(text, prefix=""):
    """Texte déjà coupé à la main vers 72 colonnes : lignes recopiées telles quelles, avec le préfixe de citation."""
    return [(prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.strip("\n").split("\n")]


SANDRINE = """
Bonjour à toutes et à tous,

Je vous fais suivre l'échange de cette semaine avec Hélène (CLIC) et le
Dr Fournier (EMPSA). Vous y trouverez le bilan définitif du plan canicule
2025, les dates des prochaines sessions de formation au repérage de la
crise suicidaire et l'appel à projets 2026 de la CARSAT.

Trois points pour le comité de pilotage :

- Appel à projets CARSAT « Bien vieillir et lien social » : je propose que
  le CLSM dépose un dossier commun avec le centre social Jacques-Prévert et
  le CLIC (ateliers collectifs aux Grands-Champs + groupe de parole pour
  les aidants). Réunion de montage en visio le mardi 25 novembre à 10 h ;
  le lien suivra.
- Formations : merci de faire circuler les dates auprès de vos équipes et
  de respecter la date limite d'inscription du vendredi 28 novembre.
- Le prochain comité de pilotage aura lieu le mardi 9 décembre à 14 h 30,
  salle Loire du CCAS (et non le 2 décembre comme annoncé en octobre).

Bonne journée,
Sandrine
"""

SIG_SANDRINE = """--
Sandrine Leroux
Coordinatrice du conseil local de santé mentale (CLSM)
Direction de la santé publique — Ville de Vernançay
12 rue des Mariniers — Vernançay
Tél. 03 99 00 27 14 — Port. 06 99 00 31 72
https://sante-mentale.vernancay.example"""

FOURNIER = """
Bonjour Hélène, bonjour Sandrine,

Merci pour ce bilan très complet. De notre côté, les 4 demandes issues des
appels canicule ont toutes été vues par l'équipe dans la semaine qui a
suivi, et deux de ces personnes sont toujours suivies par l'EMPSA.

Voici les dates des prochaines sessions de formation au repérage de la
crise suicidaire, à diffuser largement :

- Module sentinelle (1 journée) réservé aux aides à domicile des deux
  SAAD : mardi 9 décembre 2025, de 9 h à 17 h, salle Loire du CCAS.
  12 places, 8 déjà prises.
- Module évaluation (2 jours) pour les infirmiers, psychologues et
  médecins d'EHPAD : jeudi 22 et vendredi 23 janvier 2026, au CH Les
  Tilleuls, salle Cassin. 14 places.
- Inscriptions avant le vendredi 28 novembre par courriel à
  formation-empsa@ch-lestilleuls.example (nom, fonction, structure).

Pour le poste infirmier, l'ARS nous a indiqué oralement que le renfort
serait financé en 2026 ; nous attendons la confirmation écrite.

Enfin, pour l'appel à projets CARSAT, Clémence Aubry, notre psychologue,
est d'accord pour co-animer un groupe de parole pour les aidants si le
projet est retenu. Attention toutefois : la CARSAT ne finance pas les
actions de soins, il faudra bien présenter ce groupe comme une action de
prévention et de lien social.

Bien à vous,
Anne-Claire
"""

SIG_FOURNIER = """--
Dr Anne-Claire Fournier
Psychiatre, médecin responsable de l'EMPSA
Équipe mobile de psychiatrie du sujet âgé — CH Les Tilleuls
Secrétariat : 03 99 00 66 80 (médecins uniquement)
Ligne directe : 03 99 00 66 84"""

MARCHAIS = """
Bonjour Anne-Claire, bonjour Sandrine,

Comme promis, voici le bilan définitif du plan canicule 2025 pour
Vernançay, arrêté au 31 août :

- 1 046 inscrits au registre (784 l'an dernier), dont 801 personnes de
  75 ans et plus et 173 habitants des Grands-Champs ;
- alerte orange du lundi 30 juin au vendredi 4 juillet : 2 870 appels
  passés, dont 410 par les bénévoles Monalisa ;
- 64 visites à domicile par les agents du CCAS, auxquelles s'ajoutent 38
  passages des gardiens vigilants chez des locataires injoignables ;
- 11 situations de souffrance psychique transmises au CLIC, dont 4
  orientées vers l'EMPSA par le médecin traitant.

Les deux questions sur le moral ajoutées au questionnaire ont bien
fonctionné : c'est grâce à elles que la plupart des 11 situations ont
été repérées. Je propose de les garder pour l'hiver (plan grand froid).

Autre nouvelle : la fiche de repérage de la fragilité des SAAD est en
service depuis le 1er septembre. Nous en avons reçu 22 à ce jour, dont
15 de l'ADVS et 7 du SAAD Les Bruyères.

Je vous transfère aussi ci-dessous l'appel à projets de la CARSAT,
reçu hier. Je pense qu'il y a matière à un dossier commun.

Pour info, je serai absente du 17 au 21 novembre ; Sophie Carrel, mon
adjointe, assure l'intérim (03 99 00 41 22).

Hélène
"""

SIG_MARCHAIS = """--
Hélène Marchais
Responsable du CLIC du Pays de Vernançay
4 place du Marché — Vernançay
Accueil : 03 99 00 41 20 — Port. 06 99 00 45 08
clic@vernancay.example"""

CARSAT_HDR = """---------- Message transféré ---------
De : Émilie Roussel <emilie.roussel@carsat-centre-val-de-loire.example>
Date : lun. 3 nov. 2025 à 16:30
Subject: Appel à projets 2026 « Bien vieillir et lien social »
To: <clic@vernancay.example>"""

CARSAT = """
Madame, Monsieur,

La CARSAT Centre-Val de Loire lance son appel à projets 2026 « Bien
vieillir et lien social ». Il vise à soutenir des actions collectives de
prévention de l'isolement en faveur des retraités du régime général
vivant à domicile, relevant des GIR 5 et 6.

- Porteurs éligibles : associations, CCAS, centres sociaux, résidences
  autonomie, collectivités.
- Actions éligibles : ateliers collectifs, actions intergénérationnelles,
  repérage et accompagnement vers les activités de lien social. Les
  actions de soins ne sont pas éligibles.
- Subvention plafonnée à 25 000 € par projet, avec un cofinancement d'au
  moins 20 % du budget.
- Dépôt des dossiers sur la plateforme
  https://aap.carsat-centre-val-de-loire.example avant le 15 janvier 2026
  à 23 h 59. Réponse du comité d'attribution fin mars 2026.

Une réunion d'information en visioconférence aura lieu le jeudi 27
novembre 2025 à 14 h.

Bien cordialement,
"""

SIG_CARSAT = """Émilie Roussel
Chargée de développement, action sociale retraite
CARSAT Centre-Val de Loire
Tél. 03 99 00 63 15"""

FOOT = """---
Ce message et ses pièces jointes peuvent contenir des informations
confidentielles. Si vous l'avez reçu par erreur, merci de le signaler à
son expéditeur et de le supprimer."""


def main():
    L = []
    L += ["De : Sandrine Leroux <s.leroux@vernancay.example>",
          "Envoyé : jeudi 6 novembre 2025 09:05",
          "À : copil-aines@listes.vernancay.example",
          "Cc : Hélène Marchais <clic@vernancay.example>",
          "Objet : TR: Re: Bilan canicule 2025 + sessions sentinelle / évaluation",
          "  (et AAP CARSAT 2026)",
          ""]
    L += block(SANDRINE)
    L += [""]
    L += SIG_SANDRINE.replace("--\n", "-- \n").split("\n")
    L += ["", "", "---------- Message transféré ---------",
          "De : Anne-Claire Fournier <ac.fournier@ch-lestilleuls.example>",
          "Date : mer. 5 nov. 2025 à 17:48",
          "Subject: Re: Bilan canicule 2025 + sessions sentinelle / évaluation",
          "To: Hélène Marchais <clic@vernancay.example>",
          "Cc: Sandrine Leroux <s.leroux@vernancay.example>",
          ""]
    L += block(FOURNIER)
    L += [""]
    L += SIG_FOURNIER.replace("--\n", "-- \n").split("\n")
    L += ["", "Le mar. 4 nov. 2025 à 10:12, Hélène Marchais <clic@vernancay.example> a écrit :", ""]
    L += block(MARCHAIS, "> ")
    L += [">"]
    L += ["> " + ln if ln else ">" for ln in SIG_MARCHAIS.replace("--\n", "-- \n").split("\n")]
    L += [">", ">"]
    L += ["> " + ln for ln in CARSAT_HDR.split("\n")]
    L += [">"]
    L += block(CARSAT, "> ")
    L += [">"]
    L += ["> " + ln for ln in SIG_CARSAT.split("\n")]
    L += [""]
    L += FOOT.split("\n")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
