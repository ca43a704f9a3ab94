# -*- coding: utf-8 -*-
"""Génère la transcription SRT (style Whisper) de l'émission « La Fabrique du jeudi » de Radio Goéland
(jeudi 4 décembre 2025) consacrée à la santé mentale des étudiants de Brévalec.

Style : repères numérotés, horodatage 00:00:01,000 --> 00:00:04,500, aucun nom d'orateur, minuscules, peu de
ponctuation, nombres en chiffres, repères coupés au milieu d'une phrase (et parfois d'un nombre : « | » force une
coupure). Animateur : Maxence Riou ; invités : Gaëlle Trémeur (CLSM), Yann Morvézen (psychologue du SSE),
Inès Bourhis (présidente d'Écoute Étudiante Brévalec, ligne La Veilleuse).
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-12-04_radio-goeland_fabrique-du-jeudi-sante-mentale-etudiants.srt")

random.seed(30)

# Chaque élément : texte d'un tour de parole, ou ("PAUSE", secondes) pour un jingle / une musique.
TURNS = [
    ("PAUSE", 12.0),
    "bonsoir à toutes et à tous et bienvenue dans la fabrique du jeudi sur radio goéland 94.7 la radio des étudiants "
    "de brévalec il est 18h et ce soir on parle d'un sujet qu'on a trop longtemps laissé de côté la santé mentale des "
    "étudiants, partiels qui approchent, solitude, fins de mois difficiles on va essayer de comprendre ce qui se passe "
    "et surtout de savoir vers qui se tourner quand ça ne va pas. autour de la table j'ai trois invités gaëlle trémeur "
    "bonsoir",
    "bonsoir maxence",
    "vous êtes coordinatrice du conseil local de santé mentale de la ville de brévalec, à côté de vous yann morvézen "
    "psychologue au service de santé étudiante de l'université bonsoir",
    "bonsoir",
    "et inès bourhis étudiante en master 2 de psychologie et présidente de l'association écoute étudiante brévalec qui "
    "fait tourner la veilleuse la ligne d'écoute de nuit, bonsoir inès",
    "bonsoir merci de nous recevoir",
    "avant de rentrer dans le vif du sujet je rappelle que si vous nous écoutez et que vous traversez une période "
    "difficile vous trouverez tous les numéros utiles sur notre site et on les redonnera en fin d'émission, et vous "
    "pouvez nous envoyer vos questions pendant toute l'émission, yann vous êtes psychologue au sse depuis combien de "
    "temps",
    "depuis 9 ans maintenant, j'ai commencé quand on était 2 psychologues pour toute l'université, autant dire qu'on "
    "ne voyait que les situations les plus graves et qu'on avait des listes d'attente interminables, aujourd'hui "
    "c'est une autre histoire même si ce n'est pas parfait",
    "et inès comment on se retrouve présidente d'une ligne d'écoute à 23 ans",
    "un peu par hasard, j'étais en l3 quand l'association s'est créée, une amie m'a parlé de la formation des "
    "écoutants, j'y suis allée par curiosité et je ne suis jamais repartie, j'ai fait mes premières nuits d'écoute "
    "en novembre 2023 et je suis présidente depuis septembre",
    "alors gaëlle on commence par le plus compliqué pour nos auditeurs un conseil local de santé mentale c'est quoi "
    "concrètement",
    "alors c'est vrai que le nom ne fait pas rêver, le clsm c'est un lieu de concertation, autour de la table on met "
    "la ville les élus la psychiatrie publique donc ici l'epsm de kerbellec, les médecins de ville, les associations "
    "d'usagers et de familles, les bailleurs et depuis 2021 on a un groupe qui ne s'occupe que des étudiants, l'idée "
    "c'est que chacun arrête de travailler dans son coin et qu'on construise des réponses ensemble, le clsm ne soigne "
    "personne on n'est pas un service de soins on est là pour que les gens se parlent et que les parcours soient plus "
    "simples",
    "et pourquoi un groupe spécial étudiants",
    "parce qu'à brévalec les étudiants c'est un habitant sur trois quasiment, on a 21400 étudiants pour 63800 "
    "habitants, et après le covid on a vu arriver des situations très lourdes, des étudiants isolés dans leur studio "
    "qui ne sortaient plus, donc en 2021 on a monté ce groupe avec le service de santé étudiante et aujourd'hui il y "
    "a une vingtaine de structures autour de la table",
    "et justement il y a eu une grosse enquête cette année dont les résultats sont sortis le 11 novembre, qu'est-ce "
    "qu'elle dit",
    "alors c'est l'observatoire de la vie étudiante de l'université qui l'a menée en mars, on a eu 3|412 répondants ce "
    "qui est énorme pour ce type d'enquête, et les résultats sont assez durs, à peu près un étudiant sur 3 présente "
    "des symptômes dépressifs modérés à sévères, c'est 31 % exactement, et 14 % disent avoir eu des idées suicidaires "
    "dans l'année",
    "14 % c'est énorme",
    "c'est énorme oui, et ce qui nous a frappés c'est les écarts les étudiantes vont nettement moins bien que les "
    "étudiants, les premières années aussi et les étudiants internationaux plus de la moitié d'entre eux disent "
    "se sentir souvent seuls",
    "pourquoi les premières années",
    "parce que c'est l'année de toutes les ruptures, on quitte la famille, souvent on arrive d'une petite commune "
    "du penhoët ou d'ailleurs, on ne connaît personne, les cours en amphi de 400 places c'est très anonyme, et si "
    "on ajoute un studio de 18 mètres carrés en résidence on a tous les ingrédients de l'isolement, d'ailleurs dans "
    "l'enquête les étudiants qui vivent en résidence sont parmi ceux qui vont le moins bien, ceux qui vivent chez "
    "leurs parents vont nettement mieux",
    "il y a autre chose qui ressort",
    "le sommeil, plus d'un étudiant sur deux dit mal dormir plusieurs nuits par semaine, et le stress des examens "
    "évidemment, et puis un chiffre qui nous a un peu vexés je l'avoue, moins d'un étudiant sur deux connaît pass'psy "
    "campus alors qu'on communique dessus depuis presque deux ans, donc on a encore du boulot",
    "yann vous qui êtes en première ligne au service de santé étudiante est-ce que ça correspond à ce que vous voyez "
    "dans votre bureau",
    "oui complètement, on est 4 psychologues au sse et on a beaucoup plus de demandes qu'avant, le premier motif "
    "c'est l'anxiété très loin devant, ensuite la solitude, les difficultés familiales, les ruptures amoureuses et "
    "bien sûr la pression des examens, et il y a un chiffre qui me marque c'est que 4 étudiants sur 10 qu'on reçoit "
    "n'ont jamais vu un psy de leur vie avant de venir chez nous",
    "et c'est gratuit",
    "c'est gratuit oui c'est important de le redire, les consultations au sse sont entièrement gratuites, il n'y a "
    "pas besoin de carte vitale ni de mutuelle, on prend rendez-vous sur l'ent dans la rubrique santé ou par "
    "téléphone au 02 99 00|18 40",
    "il y a quelques années on entendait parler de délais de plusieurs semaines pour voir un psy à la fac c'est "
    "toujours le cas",
    "ça s'est beaucoup amélioré, il y a deux ans on était à plus de 3 semaines d'attente pour un premier rendez-vous, "
    "grâce aux postes supplémentaires on est descendu autour de 11 jours en moyenne depuis la rentrée, et bien sûr "
    "une urgence on la voit le jour même, ça c'est non négociable",
    "et si je ne veux pas aller à la fac pour ça, si je préfère un psy en ville",
    "c'est là qu'intervient pass'psy campus, c'est un dispositif qu'on a lancé en janvier 2024 avec la ville et la "
    "cpts, vous avez droit à 8 séances gratuites chez un psychologue libéral conventionné, il faut juste une lettre "
    "d'orientation, soit de nous au sse soit de votre médecin traitant, et aujourd'hui on a 41 psychologues "
    "conventionnés sur le territoire, l'étudiant n'avance rien c'est l'université qui paie directement le psychologue",
    "donc on peut aller voir un psy en ville sans payer",
    "exactement, et on essaie d'avoir des psychologues dans tous les quartiers et certains consultent en anglais",
    "une question qui revient beaucoup chez les étudiants c'est la confidentialité, est-ce que les parents ou les "
    "profs peuvent savoir qu'on est venu vous voir",
    "non, on est tenus au secret professionnel comme tous les soignants, rien ne remonte ni à la scolarité ni aux "
    "enseignants ni aux parents, même pour un étudiant boursier ou un étudiant étranger il n'y a aucune "
    "transmission, la seule exception c'est un danger grave et immédiat et même là on en parle d'abord avec "
    "l'étudiant",
    "et pour les étudiants étrangers justement, si on ne parle pas bien français",
    "on a un collègue samuel nédélec qui consulte en anglais et en espagnol, et pour les autres langues on fait "
    "appel à un interprète professionnel par téléphone, c'est gratuit pour l'étudiant, il faut juste le signaler "
    "en prenant rendez-vous pour qu'on réserve l'interprète, l'an dernier on a fait 38 consultations "
    "comme ça et cette année on va en faire presque 3 fois plus",
    "inès on va parler de la veilleuse, c'est une ligne tenue par des étudiants pour des étudiants, d'abord pourquoi "
    "ce nom",
    "alors la veilleuse c'est la petite lumière qu'on laisse allumée la nuit dans la chambre des enfants pour qu'ils "
    "n'aient pas peur, et nous c'est un peu ça on est allumés quand tout le reste est fermé, le sse ferme à 17h30 et "
    "c'est souvent la nuit que les idées noires arrivent, on a ouvert en octobre 2023",
    "et ça marche comment concrètement",
    "on est ouverts de 21h à 2h du matin du jeudi au dimanche, et pendant les partiels tous les soirs, on est des "
    "étudiants bénévoles cette année on est 38 écoutants, on répond toujours à deux, en binôme, jamais seul, et "
    "l'appel est anonyme on ne voit pas le numéro de la personne qui appelle",
    "et une nuit à la veilleuse ça se passe comment",
    "on arrive vers 20h45 dans notre local, je ne dirai pas où pour que ça reste tranquille, il y a deux téléphones "
    "et un cahier de liaison, on lit ce qu'a noté le binôme de la veille, on se met d'accord sur qui décroche en "
    "premier, et à 21h on ouvre la ligne, parfois le premier appel arrive tout de suite parfois il faut attendre "
    "une heure, et à 2h on ferme, on fait le débrief et on rentre, on a une convention avec une compagnie de taxis "
    "pour rentrer en sécurité",
    "vous avez beaucoup d'appels",
    "de plus en plus, en 2024 on avait eu 830 appels sur l'année, et là depuis janvier on a déjà dépassé les 1100, "
    "un appel dure en moyenne 22 minutes et le pic c'est clairement entre minuit et 1h du matin",
    "et les gens appellent pour quoi",
    "pour plein de choses, beaucoup de solitude, des gens qui ont juste besoin de parler à quelqu'un avant de dormir, "
    "du stress avant les examens, des ruptures, et puis à peu près un appel sur 5 où la personne évoque des idées "
    "suicidaires",
    "et là qu'est-ce que vous faites vous n'êtes pas psychologues",
    "non et on le dit clairement on n'est pas des psys et on n'est pas un service d'urgence, on écoute, on ne juge "
    "pas, et si on sent que la personne est en danger on l'oriente vers cap 24 le centre d'accueil psychiatrique de "
    "l'hôpital ou on appelle le 15 avec elle, on a été formés pour ça, on a 30 heures de formation avant de prendre "
    "la première nuit",
    "et vous vous tenez le coup, parce que ça doit être lourd",
    "c'est lourd parfois, c'est pour ça qu'après chaque nuit on fait un débrief entre nous, et une fois par mois on a "
    "une supervision avec un psychologue du sse",
    "c'est moi d'ailleurs",
    "c'est yann oui",
    "et c'est quelque chose d'essentiel, on ne peut pas demander à des jeunes de 20 ans d'entendre des choses très "
    "dures la nuit et de rentrer se coucher comme si de rien n'était, la supervision c'est un espace où ils peuvent "
    "déposer ça",
    "inès sans trahir de secret est-ce qu'il y a un appel qui vous a marquée",
    "il y en a plein mais je pense à un garçon qui a appelé un dimanche vers 1h30, il venait de rater son "
    "rattrapage et il disait qu'il n'y avait plus aucune issue, on est restés presque une heure avec lui, à la fin "
    "il a accepté qu'on l'aide à appeler cap 24, et 3 semaines plus tard il a rappelé juste pour nous dire qu'il "
    "était suivi et qu'il allait mieux, ce genre d'appel on ne l'oublie pas",
    "on fait une petite pause musicale et on revient avec vos questions, vous pouvez nous écrire par sms au 02 99 00 "
    "61 94, à tout de suite sur radio goéland",
    ("PAUSE", 38.0),
    "de retour dans la fabrique du jeudi on parle santé mentale des étudiants avec gaëlle trémeur, yann morvézen et "
    "inès bourhis, et on a déjà pas mal de messages, j'en prends un de léa en l2 de droit qui nous écrit mon coloc ne "
    "sort plus de sa chambre depuis 3 semaines il ne va plus en cours je ne sais pas quoi faire, yann",
    "merci léa c'est une très bonne question et c'est une situation qu'on rencontre souvent, d'abord je dirais de lui "
    "parler simplement de ce que tu observes, sans juger, du genre je vois que tu ne sors plus je m'inquiète pour "
    "toi, tu n'as pas besoin d'avoir les bons mots, ensuite tu peux lui proposer de l'accompagner au sse, "
    "physiquement, aller ensemble jusqu'à la porte ça change tout, et surtout tu n'as pas à porter ça toute seule, "
    "tu peux toi aussi venir en parler à un psychologue ou appeler la veilleuse",
    "et s'il dit qu'il a envie de mourir",
    "alors là on ne reste pas seul avec ça, il faut en parler tout de suite, en journée au sse, la nuit à cap 24 et "
    "s'il y a un danger immédiat on appelle le 15, et je voudrais dire un truc important, poser la question du "
    "suicide à quelqu'un ne lui donne pas l'idée, au contraire ça le soulage souvent qu'on ose en parler",
    "gaëlle justement il y a un protocole qui a été signé à la rentrée entre la fac, la ville et l'hôpital",
    "oui le protocole passerelle, il fait partie de la convention campus bien-être qu'on a signée le 15 septembre "
    "avec l'université, le crve, l'epsm et l'ars, l'idée c'est que quand un étudiant va mal tout le monde sache qui "
    "appeler et que personne ne tombe dans un trou, par exemple le cmp de brévalec-centre s'engage à recevoir sous "
    "72 heures un étudiant que le sse lui envoie, avant il fallait parfois attendre 2 mois, et quand un étudiant "
    "sort des urgences le sse le rappelle dans la semaine",
    "et ça coûte combien tout ça",
    "la convention c'est 381000 euros par an, la plus grosse part vient de la cvec, la contribution que chaque "
    "étudiant paie à l'inscription, ensuite il y a l'ars, la ville et le crve",
    "et les résidences justement le crve c'est quoi son rôle",
    "dans les résidences il y a des référents, ce sont des étudiants salariés qui vivent sur place, et on les forme "
    "aux premiers secours en santé mentale, la formation pssm, c'est 2 jours, aujourd'hui il y en a 22 de formés et "
    "on vise 30 pour juin, ils ne sont pas là pour soigner, ils sont là pour repérer quelqu'un qui ne va pas bien et "
    "l'orienter",
    "un autre message, c'est tom en master qui demande est-ce que les étudiants relais santé c'est pareil que les "
    "écoutants de la veilleuse",
    "non c'est différent, les étudiants relais santé sont recrutés et payés par l'université, ils sont 24 cette année "
    "et ils font de la prévention sur les campus, des stands, des ateliers sommeil, les pauses thé pendant les "
    "partiels, nous à la veilleuse on est une association de bénévoles et on fait de l'écoute la nuit, après il y "
    "a des gens qui font les deux",
    "et ces étudiants relais santé ils sont formés aussi",
    "oui ils ont la formation pssm comme les référents et 3 jours de formation en plus avec l'équipe du sse sur la "
    "prévention, le sommeil, l'alcool, la vie affective, ils sont encadrés par marion le dantec qui est infirmière "
    "au sse, et franchement ils touchent des étudiants que nous on ne verrait jamais dans nos bureaux",
    "on parle beaucoup de santé mentale mais il y a aussi la question de l'argent non",
    "oui et ça va ensemble, quand on saute des repas parce qu'on n'a plus rien sur son compte, on dort mal on "
    "stresse on s'isole, dans l'enquête à peu près un étudiant sur 5 dit sauter des repas chaque semaine faute "
    "d'argent, l'épicerie solidaire l'épi'sol à la maison de l'étudiant est ouverte le mardi et le jeudi, il faut "
    "passer par une assistante sociale, le critère c'est un reste à vivre de moins de 7 euros par jour",
    "petit jeu avant d'aller plus loin, vrai ou faux, je dois avoir l'accord de mes parents pour consulter un psy au "
    "sse quand je suis majeur",
    "faux, dès 18 ans vous consultez librement et sans rien demander à personne",
    "vrai ou faux, la veilleuse peut voir mon numéro de téléphone",
    "faux, les appels sont anonymes, le numéro ne s'affiche pas chez nous",
    "dernier, vrai ou faux les 8 séances de pass'psy campus c'est une fois dans toute sa scolarité",
    "faux, c'est jusqu'à 8 séances par année universitaire, donc si on en a besoin l'année suivante on peut "
    "redemander une lettre d'orientation",
    "bravo à nos invités qui ont tout bon, on reprend les messages, j'en ai un de sarah qui demande si les "
    "étudiants de l'iut de lanhélen ont accès à tout ça ou seulement ceux de brévalec",
    "bonne question sarah, l'iut fait partie de l'université donc vous avez accès au sse, avec des permanences de "
    "psychologue sur place le mercredi, et pass'psy campus marche aussi chez les psychologues conventionnés autour "
    "de lanhélen, pour la veilleuse aucun problème c'est un numéro de téléphone donc on répond à tout le monde",
    ("PAUSE", 34.0),
    "on est toujours dans la fabrique du jeudi sur radio goéland 94.7, on continue avec nos trois invités, "
    "gaëlle on a parlé des dispositifs mais qu'est-ce qui manque encore aujourd'hui à brévalec",
    "ce qui manque d'abord c'est des psychiatres, comme partout, et des places en cmp, le protocole passerelle aide "
    "pour les situations aiguës mais pour un suivi au long cours c'est encore difficile, ensuite il nous manque des "
    "choses pour les étudiants qui ne sont pas à l'université, les écoles privées, les bts, ils n'ont pas de service "
    "de santé étudiante et ils passent souvent entre les mailles, c'est un chantier pour le groupe étudiants en 2026",
    "yann une question que beaucoup d'auditeurs se posent, psychologue psychiatre c'est quoi la différence",
    "le psychiatre est un médecin, il peut poser un diagnostic médical et prescrire des médicaments, le psychologue "
    "n'est pas médecin, il ne prescrit pas, il accompagne par la parole, par des entretiens, au sse on travaille "
    "avec nos médecins, et quand une situation le demande on oriente vers le cmp où il y a des psychiatres, l'un "
    "n'est pas plus grave que l'autre, c'est juste des métiers différents",
    "et on peut aller directement chez un psychiatre",
    "en ville oui mais les délais sont très longs, c'est pour ça que le plus simple c'est souvent de commencer par le "
    "sse ou par son médecin traitant qui fera le lien",
    "et vous avez un rendez-vous important au printemps",
    "oui on prépare une journée respire avant les partiels de mai, avec des stands, des ateliers, l'idée c'est de "
    "faire connaître tout ce qu'on a présenté ce soir avant la période la plus stressante de l'année, la date "
    "sera annoncée en début d'année",
    "les partiels c'est dans un mois, qu'est-ce qui est prévu",
    "on reconduit le plan partiels sereins, au sse il y aura des permanences sans rendez-vous tous les jours de 12h "
    "à 14h pendant les examens, à la bu du gwern il y a la salle respire où on peut juste venir souffler, et les "
    "étudiants relais santé passeront avec du thé",
    "et de notre côté la veilleuse sera ouverte tous les soirs du lundi 5 au samedi 24 janvier, de 21h à 2h",
    "un conseil de psy avant les examens yann",
    "dormir, vraiment, la nuit blanche la veille d'un partiel c'est la pire idée, le cerveau consolide la mémoire "
    "pendant le sommeil, et s'accorder des pauses sans écran, aller marcher 20 minutes ça fait plus pour vos révisions "
    "qu'une heure de plus devant les fiches",
    "inès la veilleuse cherche des bénévoles je crois",
    "oui on recrute chaque année en février, il faut être étudiant dans un établissement de brévalec et avoir envie "
    "d'écouter, les candidatures sont ouvertes jusqu'au 15 février et la formation de 30 heures se fait sur trois "
    "week-ends en mars, et on a un projet de tchat pour septembre 2026 parce que beaucoup d'étudiants n'osent pas "
    "téléphoner",
    "un dernier mot gaëlle",
    "juste que demander de l'aide ce n'est pas un échec, et que vous n'avez pas besoin d'être au bout du rouleau "
    "pour pousser la porte du sse ou appeler la veilleuse",
    "merci à tous les trois, je rappelle le numéro de la veilleuse 02 99 00 47 31 de 21h à 2h, et en cas d'urgence "
    "cap 24 au 02 99 00|36 24 ou le 15, c'était la fabrique du jeudi on se retrouve la semaine prochaine, bonne "
    "soirée sur radio goéland",
    ("PAUSE", 6.0),
]

RATE = 2.45  # mots par seconde


def chunks(text):
    """Découpe un tour en repères de 6 à 13 mots ; « | » force une coupure (au milieu d'un nombre)."""
    out = []
    for part_i, part in enumerate(text.split("|")):
        words = part.split()
        i = 0
        while i < len(words):
            n = random.randint(6, 13)
            # préférer couper après une virgule si elle tombe dans la fenêtre
            for j in range(i + n, i + 4, -1):
                if j - 1 < len(words) and words[j - 1].endswith(",") and random.random() < 0.6:
                    n = j - i
                    break
            seg = words[i:i + n]
            if len(words) - (i + n) in (1, 2):  # éviter les miettes
                seg = words[i:]
            out.append(" ".join(seg))
            i += len(seg)
    # la coupure forcée « | » colle le nombre coupé à la fin / au début des repères voisins
    return out


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def main():
    t = 0.0
    cues = []
    for turn in TURNS:
        if isinstance(turn, tuple):
            t += turn[1]
            continue
        t += random.uniform(0.4, 1.1)  # changement d'orateur
        for c in chunks(turn):
            d = max(1.4, len(c.split()) / RATE + random.uniform(-0.3, 0.5))
            cues.append((t, t + d, c.rstrip(",")))
            t += d + random.uniform(0.05, 0.35)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (a, b, c) in enumerate(cues, 1):
            f.write("%d\n%s --> %s\n%s\n\n" % (i, fmt(a), fmt(b), c))
    print("écrit", OUT, len(cues), "repères, durée", fmt(t))


if __name__ == "__main__":
    main()
