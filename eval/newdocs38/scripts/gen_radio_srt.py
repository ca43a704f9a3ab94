# -*- coding: utf-8 -*-
"""Génère le fichier de sous-titres .srt de l'émission « Santé en commun » de Radio Sâline du mardi 18 novembre
2025 : « Aidants : qui prend soin de ceux qui aident ? » (environ 25 minutes).

Format SRT : blocs numérotés séparés par une ligne vide, horodatage « hh:mm:ss,mmm --> hh:mm:ss,mmm », une ou
deux lignes de texte de 42 caractères au plus. Trois voix (le journaliste Lucas Mercier, Marie-Claude Verdier,
déléguée départementale de l'AFAMP, et le Dr Hélène Marchetti, psychiatre) : le nom de la personne qui parle
n'apparaît qu'aux changements de tour de parole, sous la forme « - JOURNALISTE : » ; les repères sont découpés
par longueur, donc souvent au milieu d'une phrase ; plusieurs chiffres sont dits en lettres. Les durées sont
calculées d'après la longueur du texte, de façon déterministe, puis mises à l'échelle pour une émission de
25 minutes.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00, domaines .example).
"""
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-18_radio-saline_sante-en-commun-aidants.srt")
TARGET_END = 1496.0

J, V, M = "JOURNALISTE", "MARIE-CLAUDE VERDIER", "HÉLÈNE MARCHETTI"

TURNS = [
    ("", "[Jingle de l'émission]"),
    (J, "Bonjour à toutes et à tous, il est midi et demi, vous écoutez Santé en commun sur Radio Sâline, "
        "l'émission qui parle de notre santé, ici, en Haute-Sâline. Je suis Lucas Mercier, et aujourd'hui nous "
        "parlons de celles et ceux qu'on oublie souvent : les proches des personnes qui vivent avec un trouble "
        "psychique. Les parents, les conjoints, les frères et sœurs, ceux qu'on appelle les aidants. Avec moi en "
        "studio, deux invitées. Marie-Claude Verdier, bonjour."),
    (V, "Bonjour Lucas."),
    (J, "Vous êtes la déléguée départementale de l'AFAMP, l'Association des familles et amis de personnes malades "
        "psychiques, pour la Haute-Sâline. Et vous êtes vous-même maman d'un fils malade. Et à côté de vous, le "
        "docteur Hélène Marchetti, bonjour."),
    (M, "Bonjour."),
    (J, "Vous êtes psychiatre au centre hospitalier spécialisé du Val-de-Sâline, et vous êtes responsable de la "
        "consultation des familles du secteur de Belcombe. On va y revenir. Marie-Claude Verdier, d'abord, "
        "est-ce que vous pouvez nous raconter comment vous êtes devenue aidante, même si le mot ne vous plaît "
        "peut-être pas ?"),
    (V, "Non, le mot ne me gêne pas, mais on ne se réveille pas un matin en se disant je suis aidante. Mon fils, "
        "Antoine, a aujourd'hui trente-quatre ans. Les premiers troubles sont apparus quand il avait dix-neuf "
        "ans, il était en première année de fac à Larrey. Il ne dormait plus, il s'enfermait, il entendait des "
        "choses. Au début on a pensé au cannabis, à une déprime, à une crise d'adolescence qui durait. Et il a "
        "fallu presque deux ans avant qu'on pose un mot, schizophrénie. Deux ans pendant lesquels on a erré, on "
        "ne savait pas à qui s'adresser, et on culpabilisait énormément. Je me disais : qu'est-ce que j'ai raté "
        "comme mère ?"),
    (J, "Et ce sentiment de culpabilité, il est fréquent chez les familles que vous rencontrez ?"),
    (V, "Il est presque toujours là. La culpabilité, la honte aussi, parce que la maladie psychique fait encore "
        "peur. Beaucoup de familles n'en parlent à personne, ni aux voisins, ni au travail, parfois même pas au "
        "reste de la famille. Dans l'enquête qu'on a faite cette année, plus de quatre aidants sur dix disaient "
        "n'en parler à personne en dehors de la famille. C'est énorme."),
    (J, "Justement, parlons de cette enquête. L'Observatoire de la santé de Haute-Sâline a interrogé les aidants "
        "au printemps, et les résultats ont été publiés en septembre. Le chiffre qui frappe, c'est celui du "
        "fardeau : un aidant sur deux dans le département porte un fardeau modéré à sévère. Et à Belcombe c'est "
        "encore plus : cinquante-deux pour cent. Docteur Marchetti, qu'est-ce qu'on mesure quand on parle de "
        "fardeau ?"),
    (M, "Le mot est un peu dur, mais il est juste. On utilise une échelle, la mini-Zarit, sept questions très "
        "simples : est-ce que vous vous sentez épuisé, est-ce que votre santé en a souffert, est-ce que vous "
        "avez le sentiment de ne plus avoir de vie à vous. Et au-dessus d'un certain score, on considère que la "
        "charge devient lourde. Ce qui me frappe dans l'enquête, ce n'est pas tant le chiffre global, c'est la "
        "différence selon les quartiers. À la Combe-aux-Loups, on est à soixante-deux pour cent. Ce sont des "
        "familles qui cumulent : un logement petit, des revenus faibles, parfois un parent seul. Quand le fils "
        "ou la fille est en crise dans un trois-pièces, il n'y a nulle part où se mettre à l'abri."),
    (J, "Et les conjoints sont les plus touchés, d'après l'enquête."),
    (M, "Oui, c'est classique. Le conjoint vit avec la maladie jour et nuit, et il perd en même temps son "
        "partenaire, au sens où la relation change complètement. Et souvent il continue de travailler, "
        "d'élever les enfants. On a des conjoints qui déclarent plus de trente heures d'aide par semaine, c'est "
        "un deuxième travail."),
    (J, "Alors qu'est-ce qui existe pour eux, concrètement ? Vous dirigez une consultation des familles. C'est "
        "quoi ?"),
    (M, "C'est une consultation au CMP Pasteur où l'on reçoit les proches pour eux-mêmes. Pas le patient, les "
        "proches. On peut venir avec le patient si on le souhaite, mais on peut aussi venir seul, et c'est "
        "souvent le cas. On explique la maladie, on répond aux questions, on prépare ensemble ce qu'on fera si "
        "ça ne va pas, ce qu'on appelle un plan de crise. Et on oriente vers les autres ressources, l'AFAMP, "
        "Cap Familles, le répit."),
    (J, "Mais il y a le secret médical. Beaucoup de parents nous disent : on ne me dit rien."),
    (M, "C'est la phrase qu'on entend le plus, et je la comprends. Le secret médical existe, il protège le "
        "patient, et c'est important : c'est un adulte. Mais le secret n'interdit pas d'écouter la famille. Il "
        "n'interdit pas de donner des informations générales sur la maladie, sur les traitements, sur les "
        "signes qui doivent alerter. Et très souvent, quand on prend le temps, le patient accepte que sa "
        "famille soit informée. Il faut simplement le lui demander."),
    (J, "Combien de familles recevez-vous ?"),
    (M, "L'an dernier, cent quarante-trois familles. Cette année, au trente et un octobre, on en était à cent "
        "quarante et une, donc on va largement dépasser. Le délai pour un premier rendez-vous, c'était trois "
        "semaines en moyenne, mais en ce moment c'est plutôt quatre semaines, on est un peu débordés, je ne "
        "vais pas vous mentir."),
    (J, "Et quand le proche est hospitalisé, est-ce que la famille a sa place ?"),
    (M, "Elle devrait l'avoir davantage, je le reconnais. Une hospitalisation, surtout la première, c'est un "
        "choc pour toute la famille. Les parents arrivent souvent après une nuit aux urgences, ils n'ont pas "
        "dormi, ils ont parfois dû appeler les pompiers. Et ils repartent sans savoir quand ils pourront revoir "
        "leur enfant, ni à qui téléphoner. Aujourd'hui, chaque unité a un infirmier référent pour les familles, "
        "et nous essayons d'organiser un premier entretien avec les proches pendant le séjour. Mais ce n'est "
        "pas encore systématique, et c'est justement ce que nous voulons changer."),
    (J, "Marie-Claude Verdier, l'AFAMP, concrètement, en Haute-Sâline, c'est combien de familles ?"),
    (V, "Nous avons cent soixante-treize familles adhérentes dans le département, dont soixante-huit à "
        "Belcombe, et vingt-deux bénévoles actifs. C'est peu, au regard du nombre de familles concernées. On "
        "estime qu'il y a environ quatorze mille proches aidants en santé mentale en Haute-Sâline. Donc la "
        "grande majorité des familles ne nous connaissent pas, ou pas encore. Ce qui compte, ce n'est pas "
        "qu'elles adhèrent, c'est qu'elles sachent qu'elles peuvent appeler."),
    (J, "Marie-Claude Verdier, l'autre dispositif dont on entend beaucoup parler, c'est Cap Familles. Qu'est-ce "
        "que c'est ?"),
    (V, "C'est un programme de psychoéducation pour les familles. Le mot fait un peu peur, mais c'est très "
        "concret. Ce sont quatorze séances de trois heures, le mardi soir, en groupe d'une douzaine de familles, "
        "animées par un psychologue de l'hôpital et une bénévole de l'association. On apprend ce qu'est la "
        "maladie, mais surtout on apprend à communiquer autrement avec son proche, à poser des limites sans "
        "crier, à ne plus tout prendre sur soi. Moi je l'ai fait il y a des années, à Larrey, et je peux vous "
        "dire que ça a changé ma vie. Avant, chaque dispute avec Antoine finissait en catastrophe. Après, j'ai "
        "appris à baisser d'un ton, à choisir mes combats."),
    (J, "Le problème, c'est qu'il faut attendre."),
    (V, "Le problème, c'est la liste d'attente, oui. Aujourd'hui on a trente-huit familles qui attendent une "
        "place à Belcombe. Trente-huit. Avec un groupe de douze familles par cycle, vous voyez le calcul : "
        "certaines attendent plus d'un an. Et quand une famille appelle, c'est qu'elle est souvent au bout du "
        "rouleau."),
    (M, "Mais il y a une bonne nouvelle, on peut l'annoncer."),
    (V, "Oui, allez-y."),
    (M, "On a appris il y a une dizaine de jours que le financement d'un second groupe est accordé, par le "
        "contrat de ville et par l'agence régionale de santé. Ce deuxième groupe aura lieu le jeudi soir, et il "
        "démarrera en février. Ça va permettre d'accueillir douze familles de plus, et on réservera une partie "
        "des places aux familles de la Combe-aux-Loups, qui connaissent beaucoup moins le programme."),
    (J, "C'est gratuit ?"),
    (V, "C'est entièrement gratuit pour les familles. Il faut juste passer un entretien avec le psychologue "
        "avant, pour vérifier que le programme correspond à la situation."),
    (J, "On va marquer une courte pause musicale, et on revient avec la question du répit, des jeunes aidants, "
        "et vos questions, puisque vous êtes nombreux à nous avoir écrit par SMS."),
    ("", "[Musique]"),
    (J, "Vous êtes bien sur Radio Sâline, dans Santé en commun, on parle des proches aidants en santé mentale "
        "avec Marie-Claude Verdier de l'AFAMP et le docteur Hélène Marchetti. Marie-Claude Verdier, tout à "
        "l'heure vous parliez de familles au bout du rouleau. Quand on est épuisé, on peut souffler ?"),
    (V, "On devrait pouvoir. Le répit, c'est le parent pauvre. Pour les personnes âgées, il existe beaucoup de "
        "choses, mais pour les proches d'une personne qui a un trouble psychique, presque rien. À Belcombe, il "
        "y a les séjours Parenthèse de l'association Répit'Sâline. Ce sont trois jours au gîte des Hérons, au "
        "bord du lac, entre aidants, sans le proche. On marche, on fait de la sophrologie, on dort, surtout. "
        "D'ailleurs il y a un séjour ce week-end, du vendredi vingt et un au dimanche vingt-trois novembre, et "
        "il reste deux places."),
    (J, "Et combien ça coûte ?"),
    (V, "Soixante euros le séjour, tout compris, et le CCAS peut le prendre en charge pour ceux qui ont de "
        "petits revenus. Mais le vrai frein, ce n'est pas l'argent. Le vrai frein c'est : qui va s'occuper de "
        "mon fils pendant trois jours ? Beaucoup de parents n'osent pas partir. Ils ont peur qu'il arrive "
        "quelque chose."),
    (M, "Et c'est là que le lien avec l'équipe soignante compte. Quand un parent nous dit je pars trois jours, "
        "on peut prévoir un contact avec l'infirmier du CMP, un rendez-vous calé juste avant. Ça rassure tout "
        "le monde."),
    (J, "On a beaucoup parlé des parents. Il y a aussi les enfants, les jeunes aidants, et c'est un sujet qui "
        "commence à émerger dans les écoles."),
    (V, "Oui, et ça me tient à cœur. Ce sont des enfants qui s'occupent d'une mère ou d'un père malade, qui "
        "font les courses, qui surveillent les médicaments, qui restent à la maison les jours de crise. Au "
        "collège Gustave-Courbet, l'infirmière a fait une petite enquête au printemps et elle a trouvé que "
        "quatorze pour cent des élèves de quatrième et de troisième aidaient un proche. Depuis septembre, il y "
        "a un groupe de parole pour eux, Ricochet, une fois par mois. Au départ ils étaient six, aujourd'hui "
        "ils sont huit élèves."),
    (M, "Ce qu'il faut dire aux enseignants, c'est que ces enfants ne se plaignent pas. Ils arrivent fatigués, "
        "ils ne rendent pas leurs devoirs, on les prend pour des élèves désinvoltes. Alors qu'ils ont passé la "
        "nuit à calmer leur mère. Il faut poser la question, simplement : est-ce que quelqu'un est malade à la "
        "maison ?"),
    (J, "On passe à vos questions. Sophie, qui nous écrit de Belcombe : mon frère a une schizophrénie, il "
        "refuse tout soin, il ne sort plus de son appartement. Qu'est-ce qu'on peut faire ? Docteur Marchetti."),
    (M, "C'est une des situations les plus difficiles. D'abord, ne pas rester seule : appeler le CMP du "
        "secteur, même si votre frère n'y est pas suivi, pour en parler. On peut parfois organiser une visite "
        "à domicile. Ensuite, il faut savoir que des soins sans consentement existent, notamment les soins à "
        "la demande d'un tiers, qu'on appelle les SDT. C'est un proche qui en fait la demande, avec des "
        "certificats médicaux, quand la personne ne peut pas consentir et que son état impose des soins "
        "immédiats. Mais c'est un dernier recours, c'est lourd pour tout le monde, et pour la relation "
        "familiale aussi. Et s'il y a un danger immédiat, on appelle le quinze, sans hésiter."),
    (J, "Une question de Nathalie, qui hésite à s'inscrire à Cap Familles : mon fils a un trouble bipolaire, "
        "pas une schizophrénie, est-ce que le programme est fait pour moi ?"),
    (V, "Oui, tout à fait, Nathalie. Le programme s'adresse aux proches d'une personne qui vit avec une "
        "schizophrénie, un trouble schizo-affectif ou un trouble bipolaire. Pour une dépression seule, ce "
        "n'est pas le bon outil, mais il y a d'autres réponses, la consultation des familles, le café, la "
        "ligne d'écoute. Dans tous les cas, appelez, on vous orientera."),
    (J, "Une autre question, de Bernard : à qui parler le soir, quand ça ne va pas et que tout est fermé ?"),
    (V, "Il y a notre ligne Écoute Familles, au zéro trois, quatre-vingt-dix-neuf, zéro zéro, quarante et un, "
        "soixante-dix. Elle est ouverte du lundi au vendredi le matin, et le mercredi soir de dix-sept heures à "
        "vingt heures. Ce sont des bénévoles formés, qui sont eux-mêmes des proches. On a reçu mille cent "
        "quarante-huit appels l'an dernier, et cette année on va dépasser les mille trois cents. Et la nuit, "
        "s'il y a des idées suicidaires, il y a le trois mille cent quatorze, le numéro national de prévention "
        "du suicide, qui répond vingt-quatre heures sur vingt-quatre."),
    (J, "Marie-Claude Verdier, vous parlez de bénévoles qui sont eux-mêmes des proches. C'est ce qu'on appelle "
        "la pair-aidance ?"),
    (V, "La pair-aidance familiale, oui. Ce sont des parents, des frères et sœurs, des conjoints qui ont "
        "traversé la tempête et qui, après une formation, accueillent les familles qui arrivent. On en a sept "
        "aujourd'hui, formés par l'association. Et depuis le quatre novembre, ils tiennent une permanence au "
        "CMP Pasteur, le mardi après-midi. En deux semaines, neuf familles sont déjà venues. Neuf familles qui "
        "ne seraient peut-être jamais venues nous voir à l'association."),
    (J, "Et ce n'est pas la même chose qu'un médiateur de santé pair ?"),
    (M, "Non, et la confusion est fréquente. Le médiateur de santé pair, c'est un professionnel, salarié de "
        "l'hôpital, qui a lui-même vécu un trouble psychique et qui travaille avec les patients. Nous en avons "
        "deux au CHS. Le pair-aidant familial, lui, est un proche, bénévole, et il s'adresse aux familles. Les "
        "deux sont précieux, mais ce ne sont pas les mêmes rôles."),
    (J, "Et pour la suite, quand les parents vieillissent ? C'est une angoisse qui revient souvent dans "
        "l'enquête, ce qu'on appelle l'après-nous."),
    (V, "C'est la question qui empêche beaucoup de parents de dormir. J'ai soixante-huit ans, mon mari en a "
        "soixante-douze. Qui s'occupera d'Antoine quand nous ne serons plus là ? Il faut s'y prendre tôt : "
        "parler d'une mesure de protection, une curatelle par exemple, avant qu'il y ait une urgence, chercher "
        "un logement accompagné, et surtout construire un réseau autour de la personne, pour qu'elle ne dépende "
        "pas seulement de ses parents. Le groupe d'entraide mutuelle de Belcombe, le GEM La Passerelle, fait "
        "beaucoup pour ça : c'est un lieu géré par les personnes elles-mêmes, où elles se retrouvent, "
        "organisent des activités, se font des amis."),
    (J, "Le conseil local de santé mentale de Belcombe a aussi un groupe de travail sur les aidants. Il a "
        "organisé début octobre une grande Journée des aidants. Ça a marché ?"),
    (V, "Au-delà de nos espérances. On avait cent trente-deux inscrits, et finalement il est venu plus de cent "
        "cinquante personnes, des familles surtout, mais aussi des professionnels, des enseignants, des "
        "pharmaciens. Et ce qui m'a le plus marquée, c'est qu'on a vu des familles de la Combe-aux-Loups "
        "qu'on ne voyait jamais. Le groupe de travail prépare maintenant sa feuille de route pour l'an "
        "prochain."),
    (J, "Il nous reste quelques minutes. Le Café Boussole, on en a parlé plusieurs fois dans cette émission. "
        "Il continue ?"),
    (V, "Il continue, et il marche très bien : on a parfois quinze personnes autour de la table. Aujourd'hui "
        "c'est le deuxième jeudi du mois, l'après-midi, au centre social de la Combe. Le prochain, c'est le "
        "jeudi onze décembre. Mais on réfléchit à le déplacer le samedi matin, parce que beaucoup d'aidants "
        "travaillent et ne peuvent pas venir un jeudi à quatorze heures trente."),
    (J, "Docteur Marchetti, un dernier mot. Si vous aviez un souhait pour les familles ?"),
    (M, "Que chaque famille soit reçue dès la première hospitalisation de son proche. Pas au bout de cinq ans, "
        "pas quand elle est épuisée : tout de suite. C'est l'objectif qu'on s'est fixé pour l'an prochain, "
        "avec le conseil local de santé mentale : proposer un entretien aux proches dans les sept jours qui "
        "suivent une première hospitalisation. Et leur remettre un kit famille avec toutes les adresses."),
    (J, "Marie-Claude Verdier, le mot de la fin ?"),
    (V, "Aux familles qui nous écoutent : vous n'êtes pas seules, et vous n'êtes pas coupables. Prendre soin de "
        "vous, ce n'est pas abandonner votre proche, c'est lui permettre de garder quelqu'un debout à côté de "
        "lui."),
    (J, "Merci à toutes les deux. Merci Marie-Claude Verdier, merci docteur Hélène Marchetti. Retrouvez tous "
        "les contacts cités dans l'émission sur le site de Radio Sâline, radiosaline.example. Santé en commun, "
        "c'est chaque mardi à midi et demi. La semaine prochaine, on parlera du sommeil des adolescents. Belle "
        "journée à tous."),
    ("", "[Jingle de fin]"),
]


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def fits(words, limit):
    t = " ".join(words)
    return len(t) <= limit and len(textwrap.wrap(t, 42, break_on_hyphens=False)) <= 2


def chunks(text, rnd, label=""):
    """Découpe un tour de parole en repères de 55 à 82 caractères (deux lignes de 42 au plus), sans tenir
    compte des phrases ; l'étiquette de l'orateur éventuelle est placée en tête du premier repère."""
    words = text.split()
    out, cur = [], label.split()
    limit = rnd.randint(55, 82)
    for w in words:
        if cur and not fits(cur + [w], limit):
            out.append(" ".join(cur))
            cur = []
            limit = rnd.randint(55, 82)
        cur.append(w)
    if cur:
        out.append(" ".join(cur))
    return out


def main():
    rnd = random.Random(38)
    cues = []  # (texte, durée, pause avant)
    prev = None
    for spk, text in TURNS:
        if not spk:
            cues.append((text, 8.0 if "Jingle" in text else 40.0, 0.6, True))
            prev = None
            continue
        label = "- %s :" % spk if spk != prev else ""
        for i, c in enumerate(chunks(text, rnd, label)):
            t = c
            spoken = c[len(label):] if i == 0 else c
            cues.append((t, len(spoken) / rnd.uniform(12.5, 14.5), rnd.uniform(0.5, 1.0) if i == 0 else
                         rnd.uniform(0.04, 0.25), False))
        prev = spk
    fixed = sum(d for _, d, _, f in cues if f) + sum(p for _, _, p, _ in cues)
    speech = sum(d for _, d, _, f in cues if not f)
    k = (TARGET_END - 0.5 - fixed) / speech
    t = 0.5
    blocks = []
    for n, (text, d, pause, f) in enumerate(cues, 1):
        if n > 1:
            t += pause
        dur = d if f else d * k
        lines = textwrap.wrap(text, 42, break_on_hyphens=False)
        assert len(lines) <= 2, text
        blocks.append("%d\n%s --> %s\n%s" % (n, fmt(t), fmt(t + dur), "\n".join(lines)))
        t += dur
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")
    print("écrit :", OUT, "—", len(blocks), "repères, fin à %.0f s, facteur %.2f" % (t, k))


if __name__ == "__main__":
    main()
