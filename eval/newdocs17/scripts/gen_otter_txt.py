# -*- coding: utf-8 -*-
"""Réunion d'équipe du PAEJ « La Passerelle » (5 juin 2025) : export texte d'Otter.ai.
Particularités : en-tête et pied en anglais (« Thu, Jun 05, 2025 9:32AM • 8:26 », SUMMARY KEYWORDS,
SPEAKERS, « Transcribed by https://otter.ai »), chaque tour sous une ligne « Nom  m:ss » (deux espaces),
orateurs non identifiés restés « Speaker 2 » / « Speaker 4 », mots d'hésitation, chiffres en chiffres,
aucune date ni titre lisible hors de l'en-tête."""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-06-05_paej-la-passerelle_transcription-reunion-equipe-ete.txt")

HEAD = """Réunion équipe PAEJ - préparation été
Thu, Jun 05, 2025 9:32AM • 8:26

SUMMARY KEYWORDS
jeunes, permanence, pré-brûlé, centre social, été, lycée, rendez-vous, délai, pssm, théo, mercredi, août, instagram, ars

SPEAKERS
Nadia Ferhat, Speaker 2, Théo Marchal, Speaker 4
"""

TURNS = [
    ("Nadia Ferhat", "0:04",
     "Bon, on va commencer, il est la demie passée. Donc ordre du jour, euh, trois points : le point "
     "chiffres, l'été au Pré-Brûlé, et la rentrée avec le lycée. Et je rajoute les formations PSSM à la fin "
     "si on a le temps. Alors les chiffres. Au 31 mai on est à 168 jeunes reçus depuis janvier. L'an "
     "dernier à la même date on était à 151, donc ça continue de monter, et ça monte surtout chez les "
     "11-14 ans, ce qui est nouveau pour nous."),
    ("Speaker 2", "0:51",
     "Oui, et c'est ce que je voulais dire sur les délais. Moi je vois bien que ça se tend. Sur mai, le "
     "délai moyen pour un premier rendez-vous avec moi, il est monté à 6 jours. On s'était dit 5 jours "
     "maximum. Je suis à 0,8 ETP, je peux pas faire plus de créneaux, c'est mathématique."),
    ("Nadia Ferhat", "1:27",
     "Oui. Alors ce qu'on peut faire, c'est que le premier accueil soit fait par Théo ou par Inès quand c'est "
     "pas urgent, et que toi tu gardes tes créneaux pour les situations où il faut une évaluation. On fait "
     "comme ça jusqu'à l'été et on regarde en septembre ?"),
    ("Speaker 2", "1:49",
     "Ça me va, à condition qu'on se fasse un point le vendredi sur les premiers accueils de la semaine."),
    ("Nadia Ferhat", "1:58",
     "D'accord, point du vendredi, 30 minutes, à 13 heures avant l'ouverture. Bon. L'été au Pré-Brûlé. "
     "Théo, tu as vu le centre social ?"),
    ("Théo Marchal", "2:09",
     "Oui, j'ai vu Farid mardi. Donc c'est calé : on aura une permanence hors les murs tous les mercredis "
     "de 14 heures à 18 heures au centre social du Pré-Brûlé, du 2 juillet au 27 août. Ils nous prêtent la "
     "petite salle du fond, celle qui a une porte qui ferme, c'est important pour la confidentialité. Et en "
     "plus, en juillet, je ferai deux soirées au city-stade avec les éducateurs du club de prévention, les "
     "jeudis 10 et 24 juillet, de 18 heures à 21 heures. Là c'est vraiment de l'aller-vers, on vient avec "
     "le barbecue et on discute."),
    ("Speaker 4", "3:02",
     "Et le local ici, il reste ouvert l'été ?"),
    ("Nadia Ferhat", "3:06",
     "Oui, horaires d'été, 14 heures 18 heures. Sauf la semaine du 15 août : le local est fermé du 11 au "
     "15 août, et du coup pas de permanence le mercredi 13 au Pré-Brûlé non plus. Je mettrai un message sur "
     "le répondeur avec les numéros d'écoute nationaux."),
    ("Speaker 4", "3:31",
     "Et pour communiquer sur le Pré-Brûlé ? Parce que les jeunes du quartier, ils viennent pas forcément "
     "lire les affiches."),
    ("Théo Marchal", "3:40",
     "Alors on a le compte Instagram qu'on a ouvert en avril, on est à 412 abonnés, c'est pas énorme mais "
     "c'est surtout des jeunes du coin. Et le centre social relaie sur son groupe WhatsApp des familles. Et "
     "on a les flyers Tu veux en parler, il en reste à peu près 300."),
    ("Nadia Ferhat", "4:05",
     "Très bien. Point trois, la rentrée. Donc le lycée professionnel Gustave-Eiffel. J'ai vu la proviseure "
     "et l'infirmière scolaire la semaine dernière. Elles sont d'accord pour une permanence du PAEJ dans le "
     "lycée, une fois par semaine, le mardi entre 12 heures et 14 heures, à partir de la rentrée de "
     "septembre. Il faut qu'on signe une convention, elle passe au conseil d'administration du lycée le 19 "
     "juin."),
    ("Speaker 2", "4:38",
     "Et c'est qui qui y va ? Parce que le mardi midi moi je suis au CMP."),
    ("Nadia Ferhat", "4:44",
     "Théo et moi en alternance. L'idée c'est pas de faire des consultations au lycée, c'est de se faire "
     "connaître, d'écouter, et de faire venir au local ceux qui ont besoin d'un suivi. Le lycée accueille "
     "beaucoup d'élèves du Pré-Brûlé et de Saint-Exupéry, donc c'est cohérent avec notre public."),
    ("Speaker 4", "5:12",
     "Euh, juste une question, moi je suis nouvelle, donc la convention elle est avec qui exactement, avec "
     "le lycée ou avec la région ?"),
    ("Nadia Ferhat", "5:20",
     "Avec le lycée directement, c'est l'établissement qui signe. La région est propriétaire des murs mais "
     "c'est tout. Bon. Dernier point, les PSSM. Alors Théo et Camille, vous avez fait le module jeunes en "
     "avril, c'était comment ?"),
    ("Speaker 2", "5:37",
     "Franchement bien. Les mises en situation sur la crise suicidaire, c'était dur mais très utile. Le plan "
     "d'action, AERER, on l'a déjà utilisé, enfin moi je l'ai en tête maintenant en premier accueil. Par "
     "contre pour nous c'était un peu basique sur certains points, c'est fait pour des non-professionnels."),
    ("Théo Marchal", "6:02",
     "Moi je trouve que c'est surtout utile pour qu'on parle tous le même langage avec les partenaires. "
     "Quand l'animateur du centre social me dit j'ai appliqué le plan, je sais exactement ce qu'il a fait."),
    ("Nadia Ferhat", "6:18",
     "Justement. J'ai eu Relais Santé Jeunes de Bourgogne, ils nous réservent une session PSSM jeunes pour "
     "les animateurs du centre social du Pré-Brûlé, les 15 et 16 octobre, 14 places. Le CLSM prend en "
     "charge, c'est financé par l'ARS. Et l'objectif, c'est que toute l'équipe du PAEJ soit formée d'ici la "
     "fin de l'année, donc Inès et moi on s'inscrit sur la session de novembre."),
    ("Speaker 4", "6:49",
     "Et moi aussi je peux ?"),
    ("Nadia Ferhat", "6:52",
     "Toi tu es en stage jusqu'en août, donc non, mais je te mets sur la liste d'attente si tu restes. Bon, "
     "un dernier truc, le financement. L'ARS a confirmé la subvention 2025, 62 000 euros, même montant que "
     "l'an dernier. Par contre la ville nous demande pour le bilan d'activité la part des jeunes qui "
     "viennent des quartiers prioritaires, donc pensez bien à remplir le champ quartier dans la fiche "
     "d'accueil, même quand le jeune donne juste sa rue."),
    ("Théo Marchal", "7:31",
     "Ça marche. On le met aussi dans la fiche des permanences d'été ?"),
    ("Nadia Ferhat", "7:36",
     "Oui, même fiche partout. Bon, je récapitule les décisions. Un, premier accueil par Théo ou Inès hors "
     "urgence, point du vendredi à 13 heures. Deux, permanence du mercredi au Pré-Brûlé du 2 juillet au 27 "
     "août, sauf le 13. Trois, convention avec le lycée Gustave-Eiffel, permanence le mardi midi à la "
     "rentrée. Quatre, session PSSM pour le centre social les 15 et 16 octobre. Prochaine réunion d'équipe "
     "le jeudi 3 juillet. Merci à tous."),
]

FOOT = "\nTranscribed by https://otter.ai\n"


def main():
    parts = [HEAD]
    for who, t, text in TURNS:
        parts.append("%s  %s\n%s\n" % (who, t, text))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + FOOT)
    print(OUT)


if __name__ == "__main__":
    main()
