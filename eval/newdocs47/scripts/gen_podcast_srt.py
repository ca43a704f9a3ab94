# -*- coding: utf-8 -*-
"""Génère la transcription .srt de l'épisode 14 de « Les Voix du quartier » (Radio Tamaris, Montvalès) :
« Tenir le guichet : la santé mentale de ceux qui accueillent » (enregistré le mardi 18 novembre 2025).

Format SRT : numéro de repère, « hh:mm:ss,mmm --> hh:mm:ss,mmm », une ou deux lignes de 42 caractères au plus,
ligne vide. Trois voix : Julien Arnaud (animateur), Claire Noyer (psychologue du travail au centre de gestion
de Durance-Alpilles), Karim Belhadj (gardien d'immeuble chez Habitat Durance Méditerranée, aux Tamaris).
Le nom de l'orateur est écrit « [Prénom Nom] » au début d'un repère seulement quand l'orateur change ; les
repères sont découpés au fil des mots, sans respecter la fin des phrases. Durées calculées d'après le nombre de
mots (débit constant ajusté pour une durée d'environ 20 minutes), de façon déterministe.

Tout est inventé (ville, département, structures, personnes, chiffres, numéros 03 99 00 / 06 99 00).
"""
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-11-18_radio-tamaris_podcast-voix-du-quartier-ep14.srt")

J, C, K = "Julien Arnaud", "Claire Noyer", "Karim Belhadj"

TURNS = [
    (J, "Bonjour à toutes et à tous et bienvenue dans Les Voix du quartier, l'émission de Radio Tamaris qui donne "
        "la parole à celles et ceux qui font vivre Montvalès. Je suis Julien Arnaud, et aujourd'hui, pour ce "
        "quatorzième épisode, on va parler d'un sujet dont on parle très peu : la santé mentale de celles et ceux "
        "qui sont en première ligne. Les agents d'accueil de la mairie et du CCAS, les gardiens d'immeuble, les "
        "travailleurs sociaux, les médiateurs. Ceux qui prennent les colères, les détresses, et parfois les coups. "
        "Avec moi en studio, deux invités. Claire Noyer, bonjour."),
    (C, "Bonjour Julien."),
    (J, "Vous êtes psychologue du travail au centre de gestion de la fonction publique territoriale de "
        "Durance-Alpilles, et depuis le début de l'année vous tenez une permanence à l'hôtel de ville. Et à côté "
        "de vous, Karim Belhadj. Bonjour Karim."),
    (K, "Bonjour, bonjour à tous."),
    (J, "Vous êtes gardien d'immeuble chez Habitat Durance Méditerranée, le bailleur social, ici aux Tamaris."),
    (K, "Voilà, ça fait dix-sept ans que je suis gardien, dont onze ans aux Tamaris. J'ai un secteur de trois cent "
        "vingt logements, les bâtiments A, B et C, et ma loge est au pied du bâtiment C. Les gens me connaissent, "
        "les enfants m'ont vu grandir avec eux, quelque part."),
    (J, "Claire, on commence par une question toute simple. Une psychologue du travail, ça fait quoi exactement ? "
        "Parce que les gens connaissent le psy, mais le psy du travail, moins."),
    (C, "Alors c'est vrai qu'on nous confond souvent. Moi je ne fais pas de psychothérapie au long cours. Mon "
        "métier c'est de m'intéresser à la relation entre la personne et son travail : ce qui, dans "
        "l'organisation, dans les conditions d'accueil, dans la charge, peut abîmer la santé psychique, et ce qui "
        "au contraire la protège. Je reçois des agents en individuel, pour quelques entretiens, et j'interviens "
        "aussi auprès des équipes, par exemple après un incident grave. Et quand quelqu'un a besoin d'un vrai "
        "suivi, je l'oriente, vers le CMP ou vers un psychologue en libéral. Et je ne suis pas médecin : "
        "l'aptitude, les aménagements de poste, les restrictions, tout ça c'est le médecin du travail."),
    (J, "La permanence à l'hôtel de ville, elle fonctionne comment ?"),
    (C, "C'est tous les mardis, au bureau 114, au premier étage. Les agents de la ville et du CCAS peuvent prendre "
        "rendez-vous directement, sans passer par leur chef, et on s'engage à donner un rendez-vous sous dix jours "
        "ouvrés. Après une agression, c'est plus rapide, on trouve toujours un créneau dans la semaine."),
    (J, "Karim, on va parler de ce qui vous est arrivé. Vous avez accepté d'en parler à l'antenne, merci. "
        "C'était quand ?"),
    (K, "C'était un samedi matin, en mars 2024. Un locataire, que je connaissais, qui avait un problème de "
        "chauffage depuis des semaines. Il est arrivé à la loge, il criait, il disait que personne ne l'écoutait, "
        "et à un moment il a pris l'extincteur et il a cassé la vitre de la loge. Moi j'étais derrière. Il ne m'a "
        "pas touché, mais je l'ai vu lever l'extincteur et j'ai cru que c'était pour moi. Après il est reparti "
        "comme si de rien n'était."),
    (J, "Et après ?"),
    (K, "Après, sur le moment, rien. J'ai balayé, j'ai appelé l'agence, j'ai fini ma journée. C'est le soir que "
        "ça m'est tombé dessus. Je ne dormais plus, je refaisais la scène dans ma tête. Le lundi je suis revenu, "
        "mais chaque fois que quelqu'un frappait à la vitre je sursautais. Et je ne voulais plus ouvrir la loge "
        "le samedi."),
    (J, "Vous avez pu appeler la ligne d'écoute dont on parle beaucoup à Montvalès ?"),
    (K, "Non, justement. À l'époque la ligne, elle n'était que pour les agents de la ville et du CCAS. Nous, les "
        "gardiens, on n'y avait pas droit, on n'est pas employés par la mairie. Ce qui m'a aidé, c'est mon "
        "responsable d'agence, qui m'a appelé le soir même, et qui m'a envoyé voir la médecin du travail."),
    (J, "Claire, cette ligne d'écoute, où en est-elle aujourd'hui ?"),
    (C, "La Ligne Écoute Agents a ouvert au printemps 2024, d'abord pour les agents de la ville et du CCAS. Depuis "
        "le mois de septembre, les gardiens d'Habitat Durance Méditerranée y ont accès aussi, et ce sera le tour "
        "des médiateurs de Médiance en janvier. Ce sont des psychologues d'un cabinet extérieur qui répondent, "
        "c'est anonyme et gratuit pour l'agent. Aujourd'hui c'est du lundi au vendredi de huit heures à vingt "
        "heures, et à partir de janvier ce sera tous les jours, jusqu'à vingt-deux heures. Depuis le début de "
        "l'année on a eu une soixantaine d'appels, et à peu près un sur trois fait suite à une agression."),
    (J, "Une soixantaine d'appels, c'est beaucoup ou c'est peu ?"),
    (C, "C'est plutôt encourageant, parce que le plus dur c'est de décrocher son téléphone. Dans ces métiers-là, "
        "on a la culture du on tient, on ne se plaint pas, c'est le métier. Et justement, ce n'est pas le métier "
        "de se faire insulter ou menacer."),
    (J, "Karim, la médecin du travail, qu'est-ce qu'elle vous a proposé ?"),
    (K, "La docteure Vidal, au service de santé au travail, elle m'a reçu trois jours après. Elle m'a fait un "
        "arrêt de deux semaines, que je ne voulais pas au début, et surtout elle a demandé à HDM de revoir la "
        "loge. Maintenant il y a une deuxième sortie par le local vélos, un interphone pour que je voie qui "
        "sonne, et un bouton d'alerte relié à l'astreinte. Et ça ce n'est pas que chez moi : les dix loges "
        "d'HDM à Montvalès ont maintenant le bouton d'alerte."),
    (J, "Claire, qu'est-ce qui doit se passer dans les heures qui suivent une agression ? Il y a des mots un peu "
        "techniques, le defusing, le débriefing."),
    (C, "Oui, et on les mélange souvent. Le defusing, c'est à chaud, dans les premières heures : on met la "
        "personne à l'abri, on ne la laisse pas seule, on l'écoute si elle veut parler, sans la forcer à tout "
        "raconter, on lui explique que ce qu'elle ressent est normal. Ça peut être fait par un collègue formé ou "
        "par le responsable. Le débriefing, c'est plus tard, en général entre deux et dix jours après, c'est "
        "plus structuré et c'est fait par un psychologue, avec l'équipe ou en individuel. Et surtout, le premier "
        "réflexe du responsable, c'est d'appeler l'agent le soir même. Ça paraît bête, mais ça change tout."),
    (J, "Karim, c'est ce qui s'est passé pour vous finalement."),
    (K, "Oui. Le coup de fil du soir, je m'en souviens encore. Il m'a dit : tu as bien fait de te mettre à l'abri, "
        "tu n'y es pour rien. Ça a l'air de rien mais j'avais honte, en fait, honte de ne pas avoir géré."),
    (J, "Parlons de la formation du conseil local de santé mentale, Accueillir une personne en souffrance "
        "psychique. Karim, vous l'avez suivie ?"),
    (K, "Oui, en mai 2025, la version courte pour les gardiens, une journée. Au début j'y allais un peu à "
        "reculons, je me disais encore une formation. Et en fait j'ai appris des choses très concrètes. Par "
        "exemple que quelqu'un qui crie n'est pas forcément agressif, il peut être complètement perdu, "
        "angoissé. Qu'il vaut mieux parler doucement, faire des phrases courtes, proposer de s'asseoir. Et "
        "qu'on n'est pas là pour faire un diagnostic."),
    (C, "C'est exactement l'esprit. La formation longue, celle des agents d'accueil, c'est deux jours, plus une "
        "demi-journée de retour sur les pratiques trois mois après. On apprend à repérer les signes d'une "
        "souffrance psychique, à accueillir sans se mettre en danger, et surtout à passer le relais : qui "
        "appeler, le CMP, l'équipe de la cellule de coordination du CLSM, le 15 si c'est urgent. On ne demande "
        "pas aux agents de devenir soignants. On leur demande de ne pas rester seuls avec la situation."),
    (J, "Combien de personnes ont été formées à Montvalès ?"),
    (C, "Depuis 2023, plus de 170 personnes, si je me souviens bien des chiffres de la coordinatrice du CLSM, "
        "Sabrina Ferracci. Des agents d'accueil, des travailleurs sociaux du CCAS et de la maison départementale "
        "des solidarités, des médiateurs, et depuis l'an dernier des gardiens."),
    (J, "Il y a aussi ces groupes dont le nom est un peu barbare, les GAPP."),
    (C, "Les groupes d'analyse des pratiques professionnelles. Le nom fait peur mais l'idée est simple. Six à dix "
        "professionnels qui font le même métier se retrouvent régulièrement, avec un animateur extérieur, un "
        "psychologue ou un psychosociologue. Quelqu'un apporte une situation qui l'a mis en difficulté, et le "
        "groupe l'analyse ensemble : qu'est-ce qui s'est joué, qu'est-ce qu'on aurait pu faire autrement. Ce "
        "n'est pas un groupe de parole où l'on vide son sac, et ce n'est pas une thérapie. Et c'est sans la "
        "hiérarchie : le chef n'est pas dans le groupe de ses agents. Sinon personne ne parle."),
    (K, "Moi je suis dans le groupe des gardiens. On se voit le premier mardi du mois, de neuf heures et demie à "
        "midi, au local d'HDM aux Tamaris. C'est Yannick Delorme qui anime. Au début on était trois à parler et "
        "les autres regardaient leurs chaussures. Maintenant on a du mal à s'arrêter à midi."),
    (J, "Et tout ça, la formation, les groupes, la ligne, qui est-ce qui paie ?"),
    (C, "Il y a plusieurs financeurs, et c'est un peu un jeu de construction. La formation est financée "
        "surtout par l'Agence régionale de santé, l'ARS, dans le cadre du conseil local de santé mentale. Les "
        "groupes d'analyse des pratiques sont financés par le contrat de ville, parce qu'ils concernent des "
        "professionnels qui travaillent dans les deux quartiers prioritaires, les Tamaris et La Capelière. Et "
        "le FIPHFP, le fonds pour l'insertion des personnes handicapées dans la fonction publique, participe "
        "pour les agents qui ont une reconnaissance de handicap, par exemple un handicap psychique, pour les "
        "aider à rester en poste. Ce qu'on oublie souvent, c'est qu'un agent qui a vécu une agression et qui "
        "développe un trouble durable peut aussi avoir droit à ces aides."),
    (J, "Et la métropole, elle, elle a aussi sa ligne d'écoute ?"),
    (C, "Elle a son propre dispositif, oui, mais attention, ce n'est pas le même. La métropole Val-de-Durance a "
        "une cellule de soutien pour ses agents à elle, les agents de la collecte, de l'eau, des pôles de "
        "proximité. Ce n'est pas la Ligne Écoute Agents de Montvalès, ce n'est pas le même numéro et ce ne sont "
        "pas les mêmes psychologues. On a régulièrement des agents qui se trompent, donc je le redis."),
    (J, "Karim, est-ce que la formation vous a servi depuis, en dehors de votre propre histoire ?"),
    (K, "Oui, cet été. Il y a une dame âgée au bâtiment B, qui descendait tous les jours à la loge. Elle me "
        "disait que les voisins envoyaient des ondes dans son appartement, qu'elle entendait des voix la nuit. "
        "Avant, je crois que je lui aurais dit gentiment de rentrer chez elle. Là, j'ai pris le temps, je l'ai "
        "fait asseoir, je ne l'ai pas contredite, je ne lui ai pas dit non plus qu'elle avait raison. Et j'ai "
        "appelé la cellule de coordination du CLSM, comme on l'avait vu en formation. Une infirmière du CMP est "
        "passée la voir la semaine d'après avec son accord. Aujourd'hui elle est suivie, et elle descend "
        "toujours à la loge, mais pour me dire bonjour."),
    (C, "Et c'est exactement ce qu'on attend : Karim n'a pas soigné cette dame, il a passé le relais, et il "
        "l'a fait sans se mettre en difficulté. C'est ça, le rôle des professionnels de première ligne. Ce "
        "sont des sentinelles, pas des soignants."),
    (J, "Les sentinelles, c'est joli. Mais les sentinelles, elles aussi, elles fatiguent."),
    (C, "Bien sûr. C'est pour ça qu'on insiste autant sur le collectif. Une sentinelle seule, au bout d'un "
        "moment, elle craque. Une équipe qui se parle, qui a un endroit pour déposer ce qu'elle vit, elle tient "
        "beaucoup plus longtemps."),
    (J, "Qu'est-ce que ça vous apporte concrètement ?"),
    (K, "On se rend compte qu'on n'est pas tout seul. Un collègue de La Capelière a vécu presque la même chose "
        "que moi. Et on trouve des astuces ensemble. Par exemple, les visites du soir pour les troubles de "
        "voisinage, on ne les fait plus seul, on les fait en binôme. Ça, c'est sorti du groupe, et l'agence l'a "
        "validé."),
    (J, "Claire, on entend souvent parler d'usure. C'est quoi, l'usure compassionnelle ?"),
    (C, "C'est la fatigue qui vient à force de porter la détresse des autres. Au guichet du CCAS, par exemple, "
        "vous recevez toute la journée des gens qui n'ont plus rien, qui ont peur d'être expulsés, qui pleurent. "
        "Au bout d'un moment on devient moins disponible, plus irritable, on se blinde, on se sent coupable de "
        "ne pas pouvoir aider. Ce n'est pas une faiblesse, c'est un risque du métier, et ça se prévient, "
        "justement avec les groupes d'analyse des pratiques, avec des temps de pause, avec un accueil à deux "
        "quand c'est possible."),
    (J, "Est-ce que les choses ont vraiment augmenté, les incidents à l'accueil ? On a l'impression que oui."),
    (C, "Les signalements augmentent, c'est sûr. Mais attention, ça ne veut pas dire seulement qu'il y a plus "
        "d'agressivité. Ça veut dire aussi que les agents signalent davantage, parce qu'ils savent que ça sert à "
        "quelque chose. Avant, une insulte au guichet, personne ne l'écrivait. Aujourd'hui, avec la fiche de "
        "signalement, on la voit passer, et on peut agir sur l'organisation de l'accueil."),
    (J, "Karim, vous vous sentez mieux protégé aujourd'hui qu'en 2024 ?"),
    (K, "Oui, clairement. Il y a la loge, le bouton, le binôme, le groupe. Et maintenant la ligne. Ce qui manque "
        "encore, à mon avis, c'est que les locataires sachent qu'il existe des endroits où on peut les aider "
        "quand ça va mal dans leur tête. Parce que le monsieur de l'extincteur, en fait, il allait très mal, on "
        "l'a su après. Il est suivi maintenant, et il est venu s'excuser."),
    (J, "Il est venu s'excuser ?"),
    (K, "Oui, six mois après, avec un paquet de café. On a parlé. Ça ne s'oublie pas, mais ça apaise."),
    (J, "Claire, un conseil pour les encadrants qui nous écoutent, un seul ?"),
    (C, "Un seul, alors : ne jamais laisser un agent seul après une agression, ni sur le moment, ni dans les "
        "semaines qui suivent. Appeler le soir même, proposer la ligne, proposer la psychologue du travail, "
        "rappeler qu'il faut déclarer l'accident de service dans les quinze jours, même quand il n'y a pas de "
        "blessure. Et le faire revenir progressivement, pas directement au guichet le plus exposé."),
    (J, "Et pour les agents eux-mêmes ?"),
    (C, "S'autoriser à dire que ça ne va pas. Et connaître le numéro de la ligne, le 03 99 00 58 58. Il est "
        "affiché dans tous les vestiaires et sur l'intranet."),
    (J, "Karim, le mot de la fin ?"),
    (K, "Je dirais aux collègues gardiens : allez à la formation, allez au groupe. Ce n'est pas du temps perdu, "
        "c'est du temps pour tenir. Moi je suis toujours là, aux Tamaris, et je compte bien y rester."),
    (J, "Merci à tous les deux. Claire Noyer, psychologue du travail, Karim Belhadj, gardien d'immeuble aux "
        "Tamaris. Vous pouvez retrouver cet épisode et les précédents sur le site de Radio Tamaris, avec les "
        "contacts utiles en description. La semaine prochaine, on parlera des jardins partagés de La Capelière. "
        "Prenez soin de vous, et prenez soin de ceux qui vous accueillent. À bientôt."),
]

TARGET_SECONDS = 1185.0


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def chunks(words, rng, prefix=""):
    i = 0
    while i < len(words):
        pre = prefix if i == 0 else ""
        n = rng.randint(8, 13)
        part = words[i:i + n]
        # ne pas laisser un reliquat d'un ou deux mots
        if 0 < len(words) - (i + n) < 3:
            part = words[i:]
        while len(textwrap.wrap(pre + " ".join(part), 42)) > 2:
            part = part[:-1]
        yield part
        i += len(part)


def build():
    rng = random.Random(47)
    raw = []  # (speaker or None, text, nwords)
    prev = None
    for spk, text in TURNS:
        first = True
        for part in chunks(text.split(), rng, "[%s] " % spk if spk != prev else ""):
            label = spk if (first and spk != prev) else None
            raw.append((label, " ".join(part), len(part), first))
            first = False
        prev = spk
    total_words = sum(n for _, _, n, _ in raw)
    intro = 6.0
    turn_pauses = sum(0.6 for r in raw if r[3])
    rate = total_words / (TARGET_SECONDS - intro - turn_pauses - 0.05 * len(raw))
    t = intro
    out = []
    for i, (label, text, n, first) in enumerate(raw, 1):
        if first and i > 1:
            t += 0.6
        dur = n / rate
        txt = ("[%s] " % label if label else "") + text
        lines = textwrap.wrap(txt, 42)
        assert len(lines) <= 2, txt
        out.append("%d\n%s --> %s\n%s\n" % (i, fmt(t), fmt(t + dur), "\n".join(lines)))
        t += dur + 0.05
    # générique de début (musique)
    out.insert(0, "0\n00:00:00,500 --> 00:00:05,500\n[Musique]\n")
    # renumérotation à partir de 1
    final = []
    for k, block in enumerate(out, 1):
        final.append(str(k) + block[block.index("\n"):])
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(final))
    print(OUT, len(final), "repères, fin %.0f s, %.2f mots/s" % (t, rate))


if __name__ == "__main__":
    build()
