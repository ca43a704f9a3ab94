# -*- coding: utf-8 -*-
"""Sous-titres SRT d'un épisode de podcast exportés par Descript (Publier > Exporter > Sous-titres .srt, option
« étiquettes d'orateur ») : locuteurs non renommés (« Speaker 1: » … « Speaker 4: ») en tête du premier repère de
chaque prise de parole, repères longs (jusqu'à une trentaine de mots, une seule ligne), pas de ligne vide en fin de
fichier, chiffres et dates dits en toutes lettres, hésitations conservées. ~20 minutes."""
import os
import re

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-11-13_clsm-brevanec_podcast-parents-d-ici-episode-3.srt")

TURNS = [
    (1, "Bonjour et bienvenue dans Parents d'ici, le podcast qui parle de ce qu'on vit quand on devient parent dans "
        "nos quartiers de Brévanec. Je suis Léna Bescond, de l'association Les Voix du Moulin, et pour ce troisième "
        "épisode, on va parler d'un sujet qu'on met souvent sous le tapis : quand, après l'arrivée de bébé, ça ne va "
        "pas. Le baby blues, la dépression post-partum, la fatigue, l'isolement. Autour de la table, j'ai trois "
        "invités. Gwenaëlle Tanguy, vous êtes sage-femme à la PMI, la protection maternelle et infantile, au centre "
        "médico-social de Kerjaouen."),
    (2, "Bonjour Léna. Oui, je suis sage-femme de PMI depuis onze ans, dont les six dernières années ici, à "
        "Kerjaouen et au Moulin-Vert."),
    (1, "Le docteur Yann Le Bihan, vous êtes pédopsychiatre et vous êtes responsable de l'équipe Cocon au centre "
        "hospitalier de Brévanec."),
    (3, "Bonjour. Alors Cocon, c'est l'équipe mobile de psychiatrie périnatale de l'hôpital. On l'a créée en deux "
        "mille vingt et un, et l'idée de départ est très simple : c'est nous qui nous déplaçons là où sont les "
        "familles, et pas l'inverse."),
    (1, "Et Sabrina, qui habite à Kerjaouen, qui est maman de deux enfants, et qui a accepté de nous raconter ce "
        "qu'elle a traversé. Merci d'être là, Sabrina."),
    (4, "Merci à vous. Bon, je suis un peu stressée, c'est la première fois que je parle dans un micro."),
    (1, "Pas de souci, on est entre nous. Alors on commence par le début. Sabrina, c'était quand ?"),
    (4, "Alors mon deuxième, mon fils Ilyes, il est né en février deux mille vingt-quatre. Pour le premier, tout "
        "s'était bien passé, alors je ne m'attendais pas du tout à ça. Les premiers jours ça allait, j'étais "
        "fatiguée comme tout le monde. Et puis vers trois semaines, je pleurais tout le temps. Je n'arrivais plus "
        "à dormir, même quand le bébé dormait. Je me disais que j'étais une mauvaise mère, que mes enfants "
        "seraient mieux sans moi. Et surtout, je ne le disais à personne. Mon mari travaillait de nuit à "
        "l'entrepôt, ma mère est restée au pays, et je ne connaissais presque personne dans l'immeuble. Le "
        "médecin de la maternité m'avait demandé si ça allait, j'avais dit oui, bien sûr, tout le monde dit oui."),
    (1, "Gwenaëlle, ce que décrit Sabrina, c'est ce qu'on appelle le baby blues ?"),
    (2, "Non, et c'est justement important de faire la différence. Le baby blues, c'est très fréquent : on estime "
        "que cinquante à quatre-vingts pour cent des mères le vivent. Ça arrive entre le troisième et le "
        "cinquième jour après la naissance, on a les larmes faciles, on est à fleur de peau, et ça passe tout "
        "seul en quelques jours, au maximum deux semaines. La dépression post-partum, c'est autre chose. Elle "
        "touche dix à vingt pour cent des mères, elle peut commencer dans les semaines ou les mois qui suivent, "
        "jusqu'à un an après la naissance, et surtout elle dure plus de deux semaines et elle ne passe pas toute "
        "seule. Quand Sabrina dit qu'elle pensait que ses enfants seraient mieux sans elle, ça, c'est un signal "
        "d'alerte qu'on doit entendre tout de suite."),
    (1, "Et ça, ça concerne aussi les pères ?"),
    (3, "Oui, et on en parle beaucoup trop peu. Environ un père sur dix présente des symptômes dépressifs dans "
        "l'année qui suit la naissance. Chez les pères, ça se voit moins par la tristesse que par l'irritabilité, "
        "le repli, le fait de se réfugier dans le travail, ou dans l'alcool. Et quand la mère va mal, le risque "
        "pour le père augmente aussi, c'est toute la famille qui tangue."),
    (1, "Sabrina, qu'est-ce qui a fait que vous avez fini par en parler ?"),
    (4, "C'est la PMI. J'avais rendez-vous pour la pesée d'Ilyes, il avait sept semaines, et Gwenaëlle, enfin, la "
        "sage-femme, m'a demandé comment moi, j'allais. Pas le bébé, moi. Et là j'ai craqué, j'ai pleuré pendant "
        "dix minutes. Elle m'a fait remplir un petit questionnaire, une dizaine de questions."),
    (2, "C'est l'échelle EPDS, l'échelle d'Édimbourg, qu'on utilise dans le monde entier. Dix questions sur les "
        "sept derniers jours. Ce n'est pas un diagnostic, c'est un outil de repérage. À partir de douze, on "
        "s'inquiète et on oriente. Et il y a la question dix, celle sur l'idée de se faire du mal : si la "
        "personne coche autre chose que jamais, on ne la laisse pas repartir sans une solution le jour même."),
    (1, "Et c'est là qu'intervient l'équipe Cocon ?"),
    (3, "Voilà. Gwenaëlle nous a appelés le jour même, et on est allés voir Sabrina chez elle quatre jours après. "
        "C'est ça notre principe : on ne demande pas aux familles de venir à l'hôpital, c'est nous qui venons, à "
        "domicile, à la PMI, ou à la maternité avant la sortie. L'équipe, c'est un pédopsychiatre, donc moi, deux "
        "infirmières puéricultrices, une psychologue, et une assistante sociale à mi-temps. En deux mille "
        "vingt-quatre, on a suivi cent quarante-huit dyades, c'est-à-dire cent quarante-huit couples parent-bébé, "
        "et cette année on sera autour de cent soixante et onze. Et le délai moyen entre l'appel du professionnel "
        "et notre première visite, c'est neuf jours, alors qu'en CMP adulte, sur le territoire, on est plutôt à "
        "quarante-sept jours."),
    (1, "On peut appeler Cocon directement, si on est une maman qui ne va pas bien ?"),
    (3, "Non, et je sais que c'est frustrant. On intervient sur orientation d'un professionnel : la maternité, la "
        "PMI, le médecin traitant, une sage-femme libérale, le LAEP aussi. On n'a pas les moyens d'une ligne "
        "ouverte au public. Mais n'importe quel professionnel peut nous appeler, et on rappelle dans la journée."),
    (1, "Sabrina, comment ça s'est passé ensuite ?"),
    (4, "Elles sont venues à la maison toutes les semaines, l'infirmière et la psychologue, pendant quatre mois. "
        "Au début j'avais peur, honnêtement. J'avais peur qu'on me prenne mes enfants. Dans le quartier, quand on "
        "voit des gens de l'hôpital ou de la PMI qui viennent chez quelqu'un, les gens pensent tout de suite au "
        "placement. Je fermais les volets quand elles arrivaient."),
    (2, "C'est une peur qu'on entend énormément, surtout chez les familles qui ont eu affaire à l'aide sociale à "
        "l'enfance, ou qui arrivent d'autres pays. Et je veux le dire très clairement au micro : venir dire qu'on "
        "va mal, ce n'est pas un motif de placement. C'est l'inverse, c'est ce qui permet de protéger la famille."),
    (1, "Justement, le CLSM de Brévanec a fait un questionnaire auprès des parents cet automne. Qu'est-ce qui en "
        "ressort ?"),
    (2, "Oui, le conseil local de santé mentale a diffusé un questionnaire, en ligne et sur papier, entre la "
        "mi-septembre et la fin octobre, à Kerjaouen et au Moulin-Vert. Cent quatre-vingt-trois parents ont "
        "répondu, ce qui est énorme pour nous. Près d'un parent sur trois dit s'être senti souvent triste ou "
        "angoissé pendant plus de deux semaines depuis la naissance. Et parmi ceux qui ont ressenti ça, moins de "
        "la moitié en ont parlé à un professionnel. Autre chose qui m'a frappée : presque la moitié des parents "
        "ne connaissent pas du tout La Cabane aux Familles."),
    (1, "Alors La Cabane aux Familles, pour ceux qui ne connaissent pas, c'est le lieu d'accueil enfants-parents "
        "de Kerjaouen."),
    (2, "Oui, le LAEP. C'est un lieu où on vient avec son enfant de moins de six ans, sans rendez-vous, "
        "gratuitement, sans donner son nom. Il y a deux accueillantes, on joue, on boit un café, on parle si on "
        "veut. C'est au quatre rue de l'Aber, et c'est ouvert le lundi matin de neuf heures à midi et le mercredi "
        "après-midi de quatorze heures trente à dix-sept heures trente."),
    (4, "Moi c'est là que j'ai rencontré d'autres mamans. C'est Mathilde, l'animatrice, qui m'a parlé du groupe "
        "Mamans en Bulle au centre social du Moulin-Vert, le jeudi matin. Franchement, ça m'a sauvée. On était six "
        "ou sept, il y avait une psychologue, on pouvait venir avec les bébés, et personne ne jugeait. Il y avait "
        "une maman afghane, une maman qui venait de Guinée, une Bretonne de Brévanec depuis toujours, on avait "
        "toutes la même fatigue."),
    (1, "Qu'est-ce que les parents demandent, dans ce questionnaire ?"),
    (2, "En premier, un temps pour souffler, une garde ponctuelle : c'est plus de la moitié des réponses. Ensuite, "
        "parler à d'autres parents. Et en troisième, un rendez-vous rapide avec un psy. Il y a aussi des demandes "
        "qu'on n'attendait pas, comme des horaires de PMI le samedi, ou des informations dans sa langue."),
    (1, "Ça, la langue, c'est un vrai sujet dans vos quartiers ?"),
    (2, "C'est un sujet énorme. À Kerjaouen, on a des familles qui parlent dari, pachto, arabe, soninké, "
        "ukrainien. Comment voulez-vous passer une échelle sur l'humeur avec des mots comme « je me suis sentie "
        "coupable sans raison » quand la maman ne comprend pas la question ? Depuis cette année, on a accès à un "
        "service d'interprétariat par téléphone, et ça change tout. Mais il faut le réserver, et il n'existe pas "
        "encore pour les visites à domicile de l'équipe Cocon."),
    (3, "Et je rajoute une chose : l'interprète, ce doit être un professionnel. Pas le grand frère de douze ans, "
        "pas la voisine. On ne parle pas d'idées noires à travers son enfant."),
    (1, "Docteur Le Bihan, il y a un dispositif national dont on entend parler, l'entretien postnatal précoce. "
        "C'est quoi exactement ?"),
    (3, "Depuis juillet deux mille vingt-deux, toutes les femmes qui accouchent doivent se voir proposer un "
        "entretien postnatal précoce, entre la quatrième et la huitième semaine après l'accouchement, avec une "
        "sage-femme ou un médecin. Et éventuellement un deuxième entre la dixième et la quatorzième semaine. "
        "C'est le moment idéal pour repérer, parce que la fatigue des premiers jours est passée et qu'on voit ce "
        "qui s'installe. Le problème, c'est que dans les quartiers prioritaires bretons, il n'est réalisé que "
        "pour à peu près quatre mères sur dix, contre six sur dix ailleurs. Et dans le questionnaire du CLSM, "
        "près de la moitié des parents d'un bébé de moins d'un an disent ne pas l'avoir eu, et presque un sur "
        "cinq ne sait même pas s'il l'a eu."),
    (1, "Et les papas, dans tout ça ? Ils ont répondu au questionnaire ?"),
    (3, "Trente-neuf pères ont répondu, c'est plus que ce qu'on pensait. L'entretien postnatal est proposé à la "
        "mère, mais le co-parent peut y participer et on l'encourage vraiment. Et à Cocon, quand on va à "
        "domicile, on essaie de passer à une heure où le père est là. Chez Sabrina, on a fini par venir un "
        "vendredi en fin de journée pour que son mari soit présent."),
    (4, "Oui, et ça a changé beaucoup de choses. Lui aussi il était perdu, il pensait que c'était de sa faute, "
        "parce qu'il n'était jamais là la nuit. Il a demandé à passer en équipe de jour pendant deux mois."),
    (1, "On a reçu un message d'une auditrice après le premier épisode, je vous le lis : « Ma fille a accouché "
        "il y a un mois, elle ne sort plus de chez elle, elle dit qu'elle est juste fatiguée. Je ne sais pas si "
        "je dois m'inquiéter. » Qu'est-ce que vous lui répondez ?"),
    (2, "Je lui réponds que son inquiétude est légitime, et qu'elle a le droit de poser la question directement "
        "à sa fille : est-ce que tu es juste fatiguée, ou est-ce que tu te sens triste, vide, dépassée ? Un mois "
        "après l'accouchement, c'est exactement la période de l'entretien postnatal. Elle peut l'aider à prendre "
        "rendez-vous, l'accompagner à la PMI, garder le bébé pendant ce temps-là."),
    (3, "Et pour les proches en général : si vous voyez une jeune maman qui ne sort plus, qui ne dort plus, qui "
        "dit qu'elle n'y arrive pas, ne dites pas « ça va passer ». Posez la question. Demander à quelqu'un s'il "
        "pense au suicide ne lui donne pas l'idée, ça lui donne le droit d'en parler."),
    (1, "Concrètement, si quelqu'un nous écoute et se reconnaît, qu'est-ce qu'il doit faire ?"),
    (2, "Premièrement, en parler, à quelqu'un de confiance, le conjoint, une amie. Deuxièmement, prendre "
        "rendez-vous avec sa sage-femme, son médecin traitant, ou venir à la PMI : à Kerjaouen, il y a une "
        "permanence sans rendez-vous le mardi après-midi. Troisièmement, si vous avez eu votre bébé il y a moins "
        "de quatre mois, demandez l'entretien postnatal précoce, il est pris en charge à cent pour cent. Et si à "
        "un moment vous avez des idées de vous faire du mal, ou de faire du mal au bébé, vous appelez le quinze "
        "ou le trois un un quatre, jour et nuit."),
    (1, "Sabrina, aujourd'hui, comment ça va ?"),
    (4, "Ça va bien. Ilyes a presque deux ans, il court partout, il dit déjà non à tout. Je vais encore au groupe "
        "de temps en temps, mais maintenant c'est moi qui accueille les nouvelles. Et je me suis inscrite pour "
        "devenir parent-relais à La Cabane aux Familles. Ce que je voudrais dire aux mamans, c'est que ce n'est "
        "pas de votre faute, et que ça se soigne. Moi je ne le croyais pas, et pourtant."),
    (1, "Merci Sabrina. Un dernier mot, docteur ? Des projets pour l'année prochaine ?"),
    (3, "Oui, deux. En deux mille vingt-six, on voudrait ouvrir une consultation avancée de Cocon directement "
        "dans les locaux de la PMI de Kerjaouen, une demi-journée par semaine, à partir du mois de mars. Les "
        "familles n'auront même plus à attendre qu'on vienne chez elles, elles nous trouveront là où elles vont "
        "déjà. Et avec le CLSM, on va former au repérage les accueillantes des LAEP, les pharmaciens du quartier "
        "et les assistantes maternelles. On vise quarante professionnels formés avant l'été."),
    (2, "Et côté PMI, on teste une permanence le samedi matin une fois par mois, dès janvier, puisque les parents "
        "nous l'ont demandé."),
    (1, "Merci à tous les trois. Parents d'ici, c'est un podcast du CLSM de Brévanec, réalisé avec l'association "
        "Les Voix du Moulin. Les ressources et les numéros cités sont dans la description de l'épisode. Prenez "
        "soin de vous, et à bientôt."),
]

WPS = 2.25      # mots par seconde
MAX_WORDS = 30


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def split_turn(text):
    """Découpe une prise de parole en repères longs, de préférence après un point, sinon après une virgule."""
    words = text.split()
    cues, cur = [], []
    for w in words:
        cur.append(w)
        n = len(cur)
        end_sentence = re.search(r"[.?!]$", w) is not None
        end_clause = w.endswith(",") or w.endswith(":")
        if (end_sentence and n >= 14) or (end_clause and n >= 24) or n >= MAX_WORDS:
            cues.append(" ".join(cur))
            cur = []
    if cur:
        if cues and len(cur) < 5:
            cues[-1] += " " + " ".join(cur)
        else:
            cues.append(" ".join(cur))
    return cues


def main():
    t = 6.2   # générique musical
    out, n = [], 0
    for spk, text in TURNS:
        first = True
        for cue in split_turn(text):
            dur = len(cue.split()) / WPS
            n += 1
            label = ("Speaker %d: " % spk) if first else ""
            out.append("%d\n%s --> %s\n%s%s" % (n, fmt(t), fmt(t + dur), label, cue))
            t += dur + 0.12
            first = False
        t += 0.7
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(out))
    print("%d repères, %.1f min" % (n, t / 60))


if __name__ == "__main__":
    main()
