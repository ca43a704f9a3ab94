# -*- coding: utf-8 -*-
"""Transcription WebVTT (style Microsoft Teams) du webinaire du 20 novembre 2025."""
import os
import uuid
import random

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-11-20_ressources-territoires-nord_webinaire-sante-mentale-enfants-qpv.vtt")
AM, MD, HV, TW = "Aurélie Marchand", "Manon Delattre", "Hélène Vasseur", "Thomas Wauquier"
T = [
 (AM, "Bonjour à toutes et à tous, bienvenue dans ce nouveau jeudi du réseau. Je suis Aurélie Marchand, chargée "
      "de mission à Ressources et Territoires Nord. Aujourd'hui on parle de la santé mentale des enfants et des "
      "ados dans les quartiers, avec l'exemple de Lauvigny-sur-Selle. Le format est court, un quart d'heure, "
      "et vous pouvez poser vos questions dans la conversation, je les lirai à voix haute. Le webinaire est "
      "enregistré. Manon, je vous laisse vous présenter."),
 (MD, "Merci Aurélie. Manon Delattre, je coordonne le conseil local de santé mentale de Lauvigny depuis sa "
      "création en 2018. Il y a deux ans, le diagnostic local nous a montré que les délais pour les enfants "
      "étaient devenus le premier sujet d'inquiétude des partenaires. Donc en janvier 2024 on a créé un groupe de "
      "travail enfance-jeunesse. Il réunit à peu près vingt-cinq personnes : le CMP infanto-juvénile, la Maison "
      "des adolescents, la PMI, les infirmières scolaires, les psychologues de l'Éducation nationale, le programme "
      "de réussite éducative, les centres sociaux et la CAF. Il se réunit tous les deux mois, et il est co-piloté "
      "par le docteur Vasseur, qui est avec nous, et par Karima Benali, du programme de réussite éducative."),
 (AM, "Docteur Vasseur, la question que tout le monde se pose : combien de temps attend-on au CMP aujourd'hui ?"),
 (HV, "Alors il faut distinguer deux choses. Le premier contact, l'entretien d'accueil avec une infirmière, on "
      "arrive à le proposer en deux semaines environ sur les trois sites. Ce n'est pas un soin, c'est une "
      "évaluation. Ensuite il y a l'attente avant le premier rendez-vous de soins, avec un psychologue ou un "
      "pédopsychiatre. Et là, honnêtement, ce mois-ci on est autour de six mois au site des Tisserands, un peu "
      "moins de cinq mois au site Centre, et à Fressain à peu près quatre mois. C'est trop long, surtout pour les "
      "tout-petits, qui restent prioritaires."),
 (AM, "Et pourquoi c'est plus long aux Tisserands ?"),
 (HV, "Deux raisons. D'abord la demande : le site des Tisserands reçoit proportionnellement beaucoup plus de "
      "familles, et des situations plus lourdes, avec souvent de la précarité, des séparations, parfois des "
      "violences. Ensuite les postes : on a deux postes de psychologue vacants là-bas depuis le printemps, et "
      "recruter dans un quartier prioritaire reste difficile. Pour vous donner un ordre de grandeur, on a reçu "
      "huit cent vingt-quatre demandes en 2024 sur l'ensemble du CMP, et on sera autour de huit cent cinquante "
      "cette année."),
 (HV, "Pour que les familles ne restent pas seules, on a lancé en septembre 2025 les ateliers En attendant, avec "
      "la Maison des adolescents. C'est un mercredi matin par mois, au site des Tisserands. Les parents y "
      "rencontrent une psychologue et une éducatrice, on donne des repères sur le sommeil, les écrans, les "
      "colères. À la dernière séance, il y avait quatorze parents."),
 (AM, "Première question dans la conversation, de Sabrina, infirmière scolaire : est-ce qu'on peut, nous, "
      "infirmières scolaires, prendre directement le rendez-vous au CMP à la place des parents ?"),
 (HV, "Non, c'est le parent qui doit appeler, c'est lui qui porte la demande. Mais vous pouvez appeler avec lui, "
      "depuis votre bureau, en haut-parleur. On appelle ça l'appel accompagné, et ça marche très bien : les "
      "familles qui appellent accompagnées viennent beaucoup plus souvent au premier rendez-vous."),
 (AM, "Thomas, vous, vous travaillez dans l'équipe mobile de la Maison des adolescents. Racontez-nous."),
 (TW, "Oui, Cap'Ados. On est trois, un éducateur, c'est moi, une psychologue et une infirmière. On a démarré en "
      "mars 2024. L'idée c'est d'aller là où sont les jeunes : les collèges Jules-Ferry et Louise-Michel, le "
      "centre social, le city-stade, parfois le hall d'immeuble. Depuis janvier, on a fait un peu plus de cent "
      "trente interventions. Beaucoup de jeunes nous parlent de harcèlement, de sommeil, de la pression des "
      "réseaux. Et l'été, pendant les trois premières semaines de juillet, on tient un stand aux quartiers d'été."),
 (AM, "Question de Karim, animateur dans un centre social : Cap'Ados, vous intervenez aussi en primaire ?"),
 (TW, "Non, on démarre à la sixième, à partir de onze ans, comme la Maison des adolescents. Pour les plus petits, "
      "les interlocuteurs, c'est la PMI et les psychologues de l'Éducation nationale du premier degré."),
 (AM, "Une question d'Élodie, éducatrice de prévention : l'entretien d'accueil, il peut se faire en visio ?"),
 (HV, "Non, il se fait toujours sur place, parce qu'on a besoin de voir l'enfant et de le voir avec ses parents. "
      "En revanche, quand une famille ne peut pas se déplacer, l'infirmière peut faire un premier point par "
      "téléphone pour vérifier qu'il n'y a pas d'urgence."),
 (TW, "Je peux donner un exemple ? Un garçon de quatrième, qu'on va appeler Yanis, qu'on a croisé au city-stade "
      "au printemps. Il ne dormait plus, il ne voulait plus aller au collège, il était harcelé sur son téléphone. "
      "On l'a revu trois fois à la permanence du collège, puis on l'a accompagné physiquement à la Maison des "
      "adolescents. Là, la psychologue a vu qu'il fallait des soins, et c'est la MDA qui l'a suivi en attendant "
      "sa place au CMP. Le lien n'a jamais été rompu, c'est ça notre rôle."),
 (MD, "Justement, un mot sur l'école. Les psychologues de l'Éducation nationale, on dit les PsyEN, ont deux "
      "spécialités. Les PsyEN EDA, éducation, développement et apprentissages, travaillent dans le premier degré, "
      "dans les écoles. Les PsyEN EDO, éducation, développement et conseil en orientation, sont dans le second "
      "degré, au collège et au lycée, rattachés au CIO. Sur Lauvigny, on a trois PsyEN EDA pour environ quatre "
      "mille deux cents écoliers, c'est très peu. Et au collège Louise-Michel, l'infirmière n'est là que trois "
      "jours par semaine."),
 (MD, "Côté petite enfance, la PMI du Conseil départemental fait les bilans de santé en école maternelle, vers "
      "trois, quatre ans. L'an dernier, en 2024-2025, aux Tisserands à peu près sept enfants sur dix ont eu leur "
      "bilan, contre près de neuf sur dix dans le reste de la ville. C'est souvent là qu'on repère les premiers "
      "troubles du langage ou du comportement."),
 (AM, "Question de Julie : Mon soutien psy, ça marche pour les enfants ? À partir de quel âge ?"),
 (HV, "Oui, c'est ouvert dès trois ans, avec jusqu'à douze séances par an chez un psychologue conventionné, "
      "remboursées par l'Assurance maladie, et depuis l'an dernier on n'a plus besoin de passer par le médecin. "
      "Le problème, c'est l'offre. À Lauvigny on a dix psychologues conventionnés, dont trois seulement qui "
      "reçoivent des enfants, et aucun installé dans les quartiers prioritaires pour l'instant. Donc ça dépanne, "
      "mais ça ne remplace pas le CMP pour les situations complexes."),
 (MD, "Et on travaille aussi avec les parents. Depuis le 16 septembre 2025, on a une première cohorte du "
      "programme de soutien aux familles et à la parentalité, le PSFP, au centre social Les Navettes, aux "
      "Tisserands. Ce sont quatorze séances, une par semaine, pour des familles qui ont des enfants de six à onze "
      "ans. Onze familles se sont inscrites. On garde les petits, on partage un repas, et les parents et les "
      "enfants font une partie des séances ensemble."),
 (AM, "Question de Nathalie, directrice d'école : les ateliers En attendant, c'est aussi pour les parents de "
      "Fressain ?"),
 (HV, "Oui, c'est ouvert à tous les parents dont l'enfant est sur liste d'attente, quel que soit le site. Il "
      "suffit de s'inscrire auprès du secrétariat. Pour Fressain, le centre social organise du covoiturage."),
 (MD, "Et pour outiller les professionnels, on prépare une fiche réflexe qui s'appellera Qui appeler, avec tous "
      "les contacts selon l'âge de l'enfant et le degré d'urgence. On a aussi formé une vingtaine de "
      "professionnels aux premiers secours en santé mentale, le module jeunes, et on veut aller beaucoup plus loin "
      "l'an prochain."),
 (AM, "Question de Pierre, chef de projet politique de la ville : comment vous financez tout ça ?"),
 (MD, "Cap'Ados est financé par l'Agence régionale de santé et par le contrat de ville. Le PSFP par le Conseil "
      "départemental et le contrat de ville. Pour la suite, le groupe de travail prépare un plan d'action sur "
      "trois ans, qu'on présentera à la plénière du CLSM en janvier, et on va demander à l'ARS des crédits du "
      "fonds d'intervention régional, le FIR."),
 (AM, "Dernière question, d'Amina, médiatrice santé : et les parents qui parlent mal le français ?"),
 (HV, "On fait appel à l'interprétariat professionnel par téléphone, c'est pris en charge par l'hôpital. Jamais "
      "un grand frère ou une grande sœur pour traduire, c'est une règle chez nous. Et les médiatrices santé "
      "comme vous sont précieuses pour le premier appel."),
 (AM, "Merci à tous les trois. Le replay et le support seront en ligne demain sur notre site. Prochain jeudi du "
      "réseau le 18 décembre 2025, sur la santé mentale des jeunes majeurs. Bonne fin de journée à toutes et à "
      "tous."),
]

random.seed(41)
RATE = 1.8  # mots par seconde


def ts(s):
    h, r = divmod(s, 3600)
    m, r = divmod(r, 60)
    return "%02d:%02d:%06.3f" % (h, m, r)


def chunks(text):
    words = text.split()
    out, cur = [], []
    for w in words:
        cur.append(w)
        if (len(cur) >= 9 and w[-1] in ".,?:") or len(cur) >= 14:
            out.append(" ".join(cur)); cur = []
    if cur:
        if len(cur) < 3 and out:
            out[-1] += " " + " ".join(cur)
        else:
            out.append(" ".join(cur))
    return out


base = str(uuid.UUID(int=random.getrandbits(128)))
t = 2.4
lines = ["WEBVTT", ""]
n = 0
for spk, txt in T:
    for c in chunks(txt):
        dur = len(c.split()) / RATE + random.uniform(0.1, 0.6)
        lines += ["%s/%d-0" % (base, n + 14), "%s --> %s" % (ts(t), ts(t + dur)), "<v %s>%s</v>" % (spk, c), ""]
        t += dur + random.uniform(0.05, 0.4)
        n += 1
    t += random.uniform(0.8, 2.0)
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print("écrit", OUT, n, "repères, %.0f s" % t)
