# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT (~30 min) du webinaire de Réseau Cités Sud du 5 mars 2026
« Santé mentale des 16-25 ans dans les quartiers : repérer, orienter, accompagner ».

Le nom de l'orateur est écrit « Prénom Nom : » au début du premier repère de chaque prise de parole (pas de
balises <v>) ; les repères suivants de la même prise de parole n'ont pas de nom. Les questions du public sont lues
par l'animatrice ; chiffres et dates souvent dits en toutes lettres ; hésitations conservées.
Rythme : environ 2,3 mots par seconde, pauses entre les prises de parole. Tout est fictif.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus",
                   "2026-03-05_reseau-cites-sud_webinaire-sante-mentale-jeunes-16-25-ans.vtt")

WPS = 2.1          # mots par seconde
MAX_WORDS = 15     # mots par repère au plus

SA = "Sandrine Albertini"
MB = "Mehdi Benhamou"
IM = "Inès Moretti"
FR = "Fabien Rouvier"
LC = "Laure Castellan"

TURNS = [
    (SA, "Bon, je crois que... je vois que le compteur se stabilise, donc on va pouvoir commencer. Bonjour à toutes et à tous, bienvenue à ce webinaire de Réseau Cités Sud, le centre de ressources politique de la ville de Provence-Alpes-Côte d'Azur."),
    (SA, "Je suis Sandrine Albertini, je suis chargée de mission santé au centre de ressources, et c'est la troisième séance de notre cycle consacré à la santé mentale dans les quartiers. Aujourd'hui on parle des jeunes, des seize-vingt-cinq ans plus précisément, avec un titre un peu long : repérer, orienter, accompagner."),
    (SA, "Quelques mots d'organisation. Vous êtes, euh, deux cent dix inscrits et à peu près cent quarante connectés en ce moment. Les micros sont coupés. Vous pouvez poser vos questions dans le chat, je les garde et je les lirai après les interventions. Le webinaire est enregistré, et la vidéo et le support vous seront envoyés par mail dans la semaine."),
    (SA, "Avant de commencer, je lance un petit sondage, ça vous prendra dix secondes. La question : dans votre territoire, existe-t-il un lieu d'écoute gratuit et sans rendez-vous pour les jeunes ? Oui, non, je ne sais pas. Je vous laisse répondre... Voilà, je ferme le sondage. Alors, on a soixante et un pour cent de oui, vingt-huit pour cent de non, et onze pour cent qui ne savent pas. C'est intéressant, parce que ça veut dire qu'un sur dix, même parmi les professionnels, ne sait pas ce qui existe. On y reviendra sûrement."),
    (SA, "Nous avons quatre intervenants, tous de Port-Saint-Ange, dans le Var, ce qui permet de voir comment un même territoire s'organise. Mehdi Benhamou, coordinateur du conseil local de santé mentale de Port-Saint-Ange. Inès Moretti, conseillère à la mission locale des Maures. Fabien Rouvier, éducateur spécialisé au club de prévention Horizon Jeunes. Et le docteur Laure Castellan, pédopsychiatre, qui dirige la Maison des adolescents Var-Littoral. Mehdi, je te laisse la parole."),
    (MB, "Merci Sandrine. Bonjour à tous. Alors euh, Port-Saint-Ange, pour ceux qui ne connaissent pas, c'est une ville de trente-huit mille habitants, avec trois quartiers prioritaires : le Grand Vallon, les Tamaris et la Calade. Ça représente à peu près neuf mille habitants, et c'est une population jeune, un habitant sur trois a moins de vingt-cinq ans."),
    (MB, "Le CLSM a été créé en deux mille dix-sept. Au début on travaillait surtout sur le logement et sur les situations complexes d'adultes, comme beaucoup de CLSM. Et puis, après le Covid, on a eu, on a eu énormément de remontées de la part des partenaires jeunesse : des jeunes qui décrochent, qui ne sortent plus de chez eux, des crises d'angoisse en plein rendez-vous à la mission locale, des choses qu'on ne voyait pas avant, ou en tout cas pas autant."),
    (MB, "Donc en deux mille vingt-trois, on a lancé un diagnostic santé mentale des jeunes. On a fait passer un questionnaire, avec l'aide des animateurs et des éducateurs, et on a eu quatre cent douze réponses de jeunes de seize à vingt-cinq ans des trois quartiers."),
    (MB, "Les résultats nous ont un peu secoués, je dois dire. Un jeune sur trois disait s'être senti triste ou déprimé la plupart du temps au cours du dernier mois. Et surtout, plus de la moitié, cinquante-quatre pour cent exactement, ne savaient pas à qui s'adresser s'ils n'allaient pas bien. Pas le CMP, pas la Maison des ados, rien. Le seul nom qui revenait, c'était le médecin généraliste, et encore."),
    (MB, "Alors je précise comment on a fait, parce qu'on me pose souvent la question. Le questionnaire tenait sur une page recto verso, vingt questions, et il a été rempli soit sur papier, soit sur téléphone avec un QR code. Ce sont les jeunes du service civique de la ville qui sont allés le faire passer au pied des immeubles, au lycée, à la mission locale, au club de foot. Ça a pris trois mois, d'avril à juin deux mille vingt-trois. Et on a complété avec deux rencontres, des sortes de groupes de discussion, une avec des filles et une avec des garçons, parce qu'en mixte les filles ne parlaient pas, tout simplement."),
    (MB, "Une autre chose qui ressortait, c'est l'écart entre filles et garçons. Les filles disaient plus souvent qu'elles allaient mal, presque deux fois plus que les garçons, mais les garçons étaient ceux qui avaient le moins de solutions, ceux qui disaient « je gère tout seul ». Et ça, on l'a retrouvé ensuite sur le terrain."),
    (MB, "À partir de là, le groupe de travail jeunesse du CLSM s'est fixé trois objectifs. Un, que les jeunes sachent où aller. Deux, que les professionnels qui les côtoient tous les jours sachent repérer et orienter. Et trois, raccourcir les délais, parce que quand un jeune se décide enfin à demander de l'aide et qu'on lui répond rendez-vous dans trois mois, eh ben on l'a perdu."),
    (MB, "La réponse la plus visible, c'est le Point écoute jeunes, qu'on a ouvert en janvier deux mille vingt-quatre dans les locaux de la mission locale. C'est une psychologue, présente deux demi-journées par semaine, le mardi après-midi et le vendredi matin. C'est gratuit, c'est confidentiel, avec ou sans rendez-vous, et un jeune peut avoir jusqu'à six entretiens avant, si besoin, d'être orienté vers le soin."),
    (MB, "En deux mille vingt-cinq, la psychologue a reçu trois cent quarante jeunes. Trois cent quarante, c'est, c'est beaucoup plus que ce qu'on imaginait. Et voilà, je crois qu'Inès peut vous dire comment ça se passe concrètement côté mission locale."),
    (SA, "Merci Mehdi. Inès, à vous."),
    (IM, "Oui, bonjour. Alors moi je suis conseillère à la mission locale des Maures, sur l'antenne de Port-Saint-Ange, qui accompagne à peu près mille cinq cents jeunes par an. Et, euh, ce qu'il faut comprendre, c'est que les jeunes ne viennent pas nous voir pour parler de santé mentale. Ils viennent pour un emploi, une formation, le permis, une aide financière."),
    (IM, "Mais en entretien, très souvent, au bout de vingt minutes, ça sort. Le jeune ne dort plus, il a arrêté sa formation parce qu'il n'arrivait plus à se lever, il a des idées noires. Et avant le Point écoute, on était un peu démunis. On donnait le numéro du CMP, et on savait très bien que le jeune n'appellerait pas."),
    (IM, "Maintenant, la psychologue est à deux portes de mon bureau. Ce qu'on fait, c'est ce qu'on appelle l'orientation accompagnée : je propose au jeune de l'emmener, là, tout de suite, si elle est présente, ou de prendre le rendez-vous avec lui. Et franchement, ça change tout. Sur les trois cent quarante jeunes reçus l'an dernier, quarante-deux pour cent avaient été orientés par un conseiller de la mission locale. Les autres sont venus d'eux-mêmes, ou par des copains, ou par les éducateurs de Fabien."),
    (IM, "Et quand un suivi plus long est nécessaire, on a plusieurs portes. La Maison des ados, le CMP, et aussi le dispositif Mon soutien psy, qui permet d'avoir des séances chez un psychologue libéral remboursées par l'Assurance maladie. Mais, euh, il faut être lucide : à Port-Saint-Ange il n'y a que trois psychologues conventionnés, et ils sont saturés. Donc ce n'est pas une solution miracle."),
    (IM, "Autre chose qui a compté : on a tous été formés. Toute l'équipe de l'antenne, onze conseillers, a suivi la formation premiers secours en santé mentale, module jeunes. Ça ne fait pas de nous des psys, hein, mais ça nous donne des mots, et surtout ça nous a appris à poser la question directement, y compris la question du suicide, sans avoir peur que ça donne des idées. Parce que non, ça ne donne pas d'idées."),
    (SA, "Merci Inès. Fabien, vous êtes, vous, dans la rue, au pied des immeubles. Comment est-ce que vous repérez ces jeunes-là ?"),
    (FR, "Oui, bonjour à tous. Alors euh, au club de prévention Horizon Jeunes, on est quatre éducateurs pour les trois quartiers. On fait ce qu'on appelle du travail de rue : on est présents en fin d'après-midi et en soirée, on va vers les jeunes là où ils sont, au city stade, devant le snack, en bas des tours. Et on suit des jeunes qui, pour la plupart, ne mettront jamais les pieds dans une mission locale, en tout cas pas tout de suite."),
    (FR, "Ce que je voudrais dire, c'est que les jeunes ne disent jamais « j'ai un problème de santé mentale ». Jamais. Ils disent « j'ai la tête qui tourne », « je dors pas », « je pète les plombs », « j'ai le seum ». Ou ils ne disent rien, et c'est le copain qui vient nous voir en disant « Fabien, il faudrait que tu parles à untel, il est pas bien en ce moment ». Notre boulot, c'est d'entendre ça."),
    (FR, "Avec le CLSM, on a monté le réseau des sentinelles. Ce sont des adultes qui voient les jeunes tous les jours : des animateurs de centres sociaux, des entraîneurs du club de foot, des CPE du lycée, des agents de la médiathèque, nous aussi. Vingt-cinq professionnels ont été formés pour le moment, et ils se retrouvent une fois par trimestre pour échanger sur des situations, de façon anonyme, avec la psychologue du Point écoute."),
    (FR, "Je vais vous donner un exemple. L'an dernier, l'entraîneur des moins de dix-huit ans a remarqué qu'un joueur, un gamin très assidu, ne venait plus aux entraînements depuis trois semaines et ne répondait plus aux messages. Avant, il se serait dit, bon, il a lâché le foot. Là, il m'a appelé, on est passés chez lui avec son accord à lui, et euh, on a pu l'accompagner au Point écoute. Aujourd'hui il est suivi à la Maison des ados et il a repris le foot. Voilà. C'est pas spectaculaire, mais c'est exactement pour ça qu'on a fait le réseau."),
    (SA, "Merci Fabien. Docteur Castellan, la Maison des adolescents, c'est souvent là que tout le monde veut orienter. Est-ce que vous arrivez à suivre ?"),
    (LC, "Bonjour. Alors, pour être honnête, non, pas toujours. La Maison des adolescents Var-Littoral accueille les jeunes de onze à vingt-cinq ans et leurs parents, sur tout l'est du département. Et depuis deux mille vingt et un, les demandes ont augmenté d'à peu près quarante pour cent. Avec les mêmes équipes, ou presque."),
    (LC, "Ce que le partenariat avec le CLSM a permis, c'est de travailler autrement. On a signé en deux mille vingt-quatre une convention avec le CLSM de Port-Saint-Ange, et on réserve chaque semaine deux créneaux de premier rendez-vous aux jeunes orientés par le Point écoute. Résultat : pour ces jeunes-là, le délai d'attente est passé de trois mois à cinq semaines. Ce n'est pas encore parfait, mais, euh, c'est une vraie différence."),
    (LC, "L'autre chose importante, c'est que la psychologue du Point écoute fait un premier travail, elle évalue, elle prépare l'orientation. Donc quand le jeune arrive chez nous, on ne part pas de zéro, et on sait aussi que certains jeunes n'ont pas besoin de nous : six entretiens avec elle leur suffisent. Ça, c'est un filtre, au bon sens du terme, qui nous aide beaucoup."),
    (LC, "Et puis je voudrais redire quelques repères pour les professionnels qui nous écoutent. Ce qui doit alerter, ce n'est pas un jour de tristesse, c'est un changement qui dure, en gros plus de deux semaines : un jeune qui s'isole, qui ne dort plus ou dort tout le temps, dont les résultats chutent brutalement, qui consomme davantage, du cannabis, de l'alcool. Et bien sûr, tout propos sur la mort ou le suicide doit être pris au sérieux. Dans ce cas, il y a le 3114, le numéro national de prévention du suicide, joignable vingt-quatre heures sur vingt-quatre, et pour les professionnels aussi, pas seulement pour les personnes en crise."),
    (SA, "Merci docteur. Avant de passer aux questions du chat, j'aimerais faire un petit tour de table. On me signale d'ailleurs que le son de Fabien coupait un peu tout à l'heure, Fabien, si tu peux te rapprocher du micro... Voilà. Ma question à chacun, c'est : qu'est-ce qui a été le plus difficile à mettre en place ? Mehdi ?"),
    (MB, "Le plus difficile, honnêtement, ça a été de faire travailler ensemble des gens qui ne se connaissaient pas. Le soin, l'insertion, la prévention spécialisée, le sport, l'éducation nationale, chacun a sa culture, son vocabulaire, ses règles de confidentialité. Au début, en réunion, les éducateurs ne voulaient rien dire sur les jeunes, les soignants non plus, et les animateurs se demandaient ce qu'ils faisaient là. Il a fallu, euh, il a fallu à peu près un an pour que la confiance s'installe."),
    (MB, "Ce qui nous a aidés, c'est d'écrire ensemble une petite charte, deux pages, pas plus, qui dit ce qu'on partage et ce qu'on ne partage pas. Par exemple : on peut dire qu'un jeune va mal et qu'on s'inquiète, on ne raconte pas sa vie. Et on travaille toujours avec l'accord du jeune, sauf danger. Cette charte a été validée par le comité de pilotage du CLSM en juin deux mille vingt-quatre."),
    (IM, "Pour moi, à la mission locale, le plus dur ça a été le temps. Un entretien où un jeune se met à pleurer, ça ne dure pas quarante-cinq minutes, ça dure une heure et demie, et derrière vous avez trois jeunes qui attendent. Donc on a dû, avec la direction, accepter que certains entretiens débordent, et que ça fasse partie de notre travail. Ce n'était pas évident, parce qu'on est aussi évalués sur le nombre de jeunes accompagnés vers l'emploi."),
    (FR, "Pour nous, c'est la question des horaires. Les jeunes qu'on suit, ils vivent la nuit, en gros. Nous on les croise à vingt-deux heures au city stade, et le Point écoute ouvre le mardi après-midi et le vendredi matin. Donc il y a, euh, il y a un décalage. On a demandé une permanence en soirée, une fois par mois, au local du club de prévention. Ça devrait démarrer à la rentrée de septembre, si le financement suit."),
    (LC, "De mon côté, le plus difficile reste le manque de pédopsychiatres. On a deux postes vacants depuis plus d'un an à la Maison des ados. Donc je ne vais pas vous raconter que tout va bien. Les conventions, les créneaux réservés, c'est utile, mais ça ne remplace pas des soignants. Et je crois que c'est important que les élus l'entendent aussi."),
    (SA, "Merci pour cette franchise. Et, euh, dans le même esprit, si vous deviez donner un seul conseil à un CLSM qui veut se lancer sur la santé mentale des jeunes, ce serait quoi ? En une phrase, si possible."),
    (MB, "Commencez par écouter les jeunes. Notre diagnostic de deux mille vingt-trois, avec les quatre cent douze questionnaires, c'est ce qui a tout débloqué, parce que les élus ont vu les chiffres."),
    (IM, "Formez les équipes de première ligne, et pas seulement les chefs : ce sont les conseillers, les animateurs, les gardiens qui voient les jeunes."),
    (FR, "Allez là où sont les jeunes, ne les attendez pas dans un bureau."),
    (LC, "Et prévoyez un circuit vers le soin avant d'ouvrir les vannes, sinon vous allez repérer des jeunes que personne ne pourra recevoir."),
    (SA, "Merci, c'est noté, et je pense que ces quatre phrases vont se retrouver dans notre lettre d'information. Je voudrais juste ajouter un mot sur le contexte régional. Dans notre dernière enquête auprès des CLSM de la région, on compte aujourd'hui vingt-neuf CLSM en Provence-Alpes-Côte d'Azur, et quatorze d'entre eux ont un groupe de travail sur la jeunesse. Donc Port-Saint-Ange n'est pas seul, et c'est aussi pour ça qu'on a voulu ce cycle."),
    (SA, "Merci beaucoup. Alors, les questions arrivent, il y en a beaucoup, je vais essayer de les regrouper. Première question, de Nadia, coordinatrice d'un CLSM dans les Alpes-de-Haute-Provence : comment est-ce que vous financez le poste de psychologue du Point écoute ? Mehdi, peut-être ?"),
    (MB, "Oui. Alors le Point écoute coûte trente-sept mille euros par an, en comptant la psychologue à quatre dixièmes de temps et un peu de communication. Vingt-deux mille euros viennent de l'ARS, dans le cadre du projet territorial de santé mentale, et quinze mille euros des crédits de la politique de la ville, via le contrat de ville. Et la mission locale met les locaux à disposition gratuitement, ce qui n'est pas rien. Le financement est, euh, garanti jusqu'à fin deux mille vingt-six ; après, c'est toujours la même histoire, il faudra redemander."),
    (SA, "Deuxième question, de Julien, chef de projet contrat de ville : comment est-ce que vous impliquez les jeunes eux-mêmes ? Est-ce qu'ils ont été associés ?"),
    (FR, "Oui, et c'est peut-être ce dont on est le plus fiers. Il y a un groupe de douze jeunes ambassadeurs, des jeunes des trois quartiers, qui se réunissent une fois par mois avec Mehdi et moi. C'est eux qui ont choisi le nom, au départ on voulait appeler ça « consultation jeunes », ils nous ont dit que personne ne viendrait. Et ils ont réalisé un podcast, qui s'appelle « Dans ma tête », six épisodes où ils interviewent d'autres jeunes et des professionnels. C'est sur les réseaux de la ville, et euh, ça tourne pas mal."),
    (SA, "Super. Question suivante, de quelqu'un qui n'a pas donné son nom : pour les mineurs, est-ce qu'il faut l'accord des parents pour venir au Point écoute ou à la Maison des ados ?"),
    (LC, "Alors, à la Maison des adolescents, un jeune mineur peut venir seul, sans ses parents, pour un premier accueil qui est gratuit et qui peut être anonyme. Ensuite, si un suivi se met en place, on travaille avec lui pour associer ses parents, parce que c'est presque toujours dans son intérêt, mais on prend le temps. Le Point écoute, lui, est réservé aux seize-vingt-cinq ans, donc pour les seize-dix-sept ans c'est la même logique : premier accueil sans les parents possible."),
    (SA, "Merci. Une question d'Élodie, infirmière scolaire : est-ce que le lycée fait partie du réseau ?"),
    (MB, "Oui, le lycée professionnel Paul-Arène est dans le réseau des sentinelles, avec la CPE et l'infirmière scolaire justement, et le collège du Grand Vallon nous a rejoints en septembre. L'éducation nationale siège aussi au groupe jeunesse du CLSM. On aimerait, euh, on aimerait l'an prochain que la psychologue puisse faire une permanence mensuelle au lycée, c'est en discussion."),
    (SA, "On a aussi une question à l'oral, je crois. Monsieur, je vous donne la parole, vous pouvez activer votre micro... Ah, il a préféré écrire, je lis : Gérard, élu à la jeunesse dans une commune des Hautes-Alpes, demande ce qu'il en est des parents. Est-ce que les parents sont associés, est-ce qu'il y a quelque chose pour eux ?"),
    (LC, "C'est une très bonne question. À la Maison des ados, on reçoit beaucoup de parents seuls, qui viennent parce qu'ils ne savent plus comment parler à leur enfant. Et à Port-Saint-Ange, avec le CLSM et le centre social des Tamaris, on a lancé un groupe de parole pour les parents, un jeudi soir par mois, animé par une de nos psychologues et par une médiatrice. Une quinzaine de familles y sont venues au moins une fois depuis l'automne."),
    (MB, "Et j'ajoute que ce sera le thème de notre prochain groupe de travail, parce que les parents nous disent souvent qu'ils se sentent jugés quand ils osent parler de la souffrance de leur enfant. Dans les quartiers, il y a aussi la barrière de la langue pour certaines familles, donc on travaille avec les médiatrices adultes-relais."),
    (SA, "Merci. Je vois aussi passer dans le chat plusieurs demandes pour obtenir la charte de partage d'informations dont parlait Mehdi. Mehdi, c'est d'accord pour la diffuser ?"),
    (MB, "Oui, bien sûr, pas de souci, on l'enverra avec le support. Elle n'est pas parfaite, hein, n'hésitez pas à l'adapter."),
    (SA, "Et une dernière, parce que le temps file : est-ce que vous avez évalué tout ça ? Est-ce que vous avez des résultats autres que le nombre de jeunes reçus ?"),
    (MB, "Un peu, oui. On a fait un questionnaire de satisfaction anonyme en fin de parcours au Point écoute : quatre-vingt-onze pour cent des jeunes disent qu'ils recommanderaient le Point écoute à un ami. Et un jeune sur cinq a ensuite été orienté vers un soin, Maison des ados, CMP ou psychologue en ville avec le dispositif Mon soutien psy. Mais on voudrait une évaluation plus solide, et on a demandé à l'observatoire régional de santé de nous accompagner en deux mille vingt-six."),
    (SA, "Merci à tous les quatre, c'était vraiment très concret. Je rappelle que la prochaine séance du cycle aura lieu le jeudi onze juin, à dix heures, sur le thème santé mentale et parentalité. Vous recevrez le replay, le diaporama et la fiche de présentation du Point écoute jeunes par mail. Merci à toutes et à tous, et bonne fin de journée."),
]


def split_turn(text):
    """Découpe une prise de parole en repères de MAX_WORDS mots au plus, en coupant de préférence après une ponctuation."""
    words = text.split()
    cues, cur = [], []
    for w in words:
        cur.append(w)
        if len(cur) >= MAX_WORDS or (len(cur) >= 8 and re.search(r"[.?!:,]$", w)):
            cues.append(" ".join(cur))
            cur = []
    if cur:
        if cues and len(cur) < 4:
            cues[-1] += " " + " ".join(cur)
        else:
            cues.append(" ".join(cur))
    return cues


def fmt(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def main():
    t = 4.0
    out = ["WEBVTT", "Kind: captions", "Language: fr", ""]
    prev = None
    n = 0
    for who, text in TURNS:
        if prev is not None:
            t += 1.4 if who != prev else 0.8
        pieces = split_turn(text)
        for i, piece in enumerate(pieces):
            dur = max(1.6, len(piece.split()) / WPS)
            label = (who + " : ") if (i == 0 and who != prev) else ""
            n += 1
            out.append("%s --> %s" % (fmt(t), fmt(t + dur)))
            out.append(label + piece)
            out.append("")
            t += dur + 0.12
        prev = who
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("écrit", OUT, n, "repères, fin à", fmt(t))


if __name__ == "__main__":
    main()
