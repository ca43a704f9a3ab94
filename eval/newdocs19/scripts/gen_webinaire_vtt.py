# -*- coding: utf-8 -*-
"""Sous-titres WebVTT d'un webinaire du Pôle Ville Solidaire Normandie (fictif), tels que les livre un service de
vélotypie (sous-titrage en direct par un opérateur humain) après reprise : texte libre après « WEBVTT » sur la ligne
d'en-tête, bloc NOTE qui donne la légende des locuteurs, chaque repère porte une voix WebVTT désignée par les
INITIALES du locuteur (<v CR>, <v HV>…) et non par son nom, blocs NOTE de chapitrage au fil du fichier, repères de
deux lignes de 42 caractères au plus, chiffres et dates dits en lettres, questions du chat lues par l'animatrice et
une question orale d'un participant.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-14_pvsn_webinaire-isolement-aines-crise-suicidaire.vtt")

LEGEND = """NOTE
Locuteurs (initiales utilisées dans les voix) :
CR = Camille Ravenel, chargée de mission, Pôle Ville Solidaire Normandie (animation)
HV = Dr Hélène Varin, psychiatre, EMPSA « Pass'Âge », CH Jean-Delacour (Montferville)
NF = Nadia Ferhat, coordinatrice du CLSM de Montferville
JC = Julien Costentin, coordinateur du CLSM de Cambrevast
MV = Marc Vasseur, participant (CCAS d'Évrecourt)
Sous-titrage en direct : Vélotypie Ouest — fichier repris après diffusion."""

# (voix, texte) ; une ligne « # ... » ouvre un chapitre (bloc NOTE)
SCRIPT = r"""
# Chapitre 1 — Ouverture
CR|Bonjour à toutes et à tous, et bienvenue à ce webinaire du Pôle Ville Solidaire Normandie. Je suis Camille Ravenel, chargée de mission santé au PVSN, le centre de ressources politique de la ville de notre région. Je vois que vous êtes déjà quatre-vingt-sept connectés, c'est un très beau chiffre pour un mardi matin.
CR|Notre sujet aujourd'hui, c'est l'isolement des aînés et la crise suicidaire dans les quartiers prioritaires. C'est un sujet dont on parle peu, parce que quand on pense santé mentale et politique de la ville, on pense souvent aux jeunes. Or les quartiers vieillissent, et les coordinateurs de CLSM nous le disent depuis plusieurs années.
CR|Nous avons trois intervenants. Le docteur Hélène Varin, psychiatre, qui dirige l'équipe mobile de psychiatrie du sujet âgé Pass'Âge au centre hospitalier Jean-Delacour de Montferville. Nadia Ferhat, coordinatrice du conseil local de santé mentale de Montferville. Et Julien Costentin, coordinateur du CLSM de Cambrevast, dans le Calvados.
CR|Un petit mot sur l'organisation : vous pouvez poser vos questions dans le chat à tout moment, je les lirai à la fin. Le webinaire est enregistré, et le replay sera en ligne sur notre site dans la semaine, avec les supports. Docteur Varin, je vous laisse la parole.
# Chapitre 2 — La crise suicidaire chez la personne âgée (Dr Varin)
HV|Merci Camille, bonjour à tous. Je vais commencer par vous présenter rapidement notre équipe, puis je vous dirai ce qui fait la particularité de la crise suicidaire chez la personne âgée, parce que c'est ça qui justifie qu'on forme des gens à la repérer.
HV|Pass'Âge, c'est une équipe mobile de psychiatrie du sujet âgé qui a été créée en deux mille dix-neuf. On est deux psychiatres à temps partiel, trois infirmières, une psychologue et une assistante sociale, ce qui fait en tout quatre virgule deux équivalents temps plein. On intervient à domicile, sur toute la ville de Montferville et les communes autour, pour des personnes de plus de soixante-cinq ans.
HV|En deux mille vingt-quatre, notre file active était de trois cent quarante-huit patients. Un peu plus d'un quart d'entre eux habitent les deux quartiers prioritaires, les Hauts-Cailly et le Clos-Saint-Marc, alors que ces quartiers pèsent beaucoup moins que ça dans la population âgée de la ville. Et le délai moyen avant la première visite à domicile, c'est neuf jours.
HV|Qui nous appelle ? Dans soixante pour cent des cas, c'est le médecin généraliste. Mais dans les quartiers prioritaires, c'est différent : les demandes viennent beaucoup plus souvent du CCAS, d'un gardien d'immeuble, d'une aide à domicile, parfois d'une voisine. Et ça, c'est important, parce que ça veut dire que ce sont les gens de proximité qui voient les choses en premier.
HV|Alors, qu'est-ce qui est particulier chez la personne âgée ? D'abord, la souffrance est moins souvent dite. Les personnes de cette génération ont appris à ne pas se plaindre. Elles vont parler de leur dos, de leur sommeil, de leur appétit, rarement de leur moral. Et l'entourage, et parfois même les soignants, vont se dire : c'est normal à son âge. Ce n'est pas normal. La dépression n'est pas une conséquence du vieillissement, elle se soigne très bien chez la personne âgée.
HV|Deuxième particularité : les personnes âgées font moins de tentatives de suicide que les jeunes, mais leurs gestes sont beaucoup plus souvent mortels. Il y a plus de détermination, des moyens plus létaux, et moins de chances d'être trouvé à temps quand on vit seul. Ce qui veut dire qu'on a moins de deuxième chance, et qu'il faut repérer avant.
HV|Troisième point, l'isolement. L'enquête Vieillir dans mon quartier de l'ONSV, à laquelle j'ai participé, a montré que six virgule neuf pour cent des soixante-cinq ans et plus des quartiers enquêtés avaient pensé au suicide dans l'année, presque deux fois plus que hors quartier prioritaire. Et la moitié d'entre eux n'en avait parlé à personne. Personne. Nous, on a été les premiers à qui ils l'ont dit, parce que les enquêteurs ont posé la question.
HV|Je vous donne un exemple, anonymisé bien sûr. Madame L., quatre-vingt-un ans, veuve depuis un an, vit seule au quatrième étage sans ascenseur qui marche. Sa gardienne remarque qu'elle ne descend plus ses poubelles, qu'elle a donné ses plantes à la voisine. Elle ne se plaint de rien. Quand l'aide à domicile lui demande comment elle va, elle répond : je ne vais pas vous embêter longtemps.
HV|Isolément, chacun de ces signes peut paraître banal. Mis bout à bout, c'est un tableau de crise suicidaire. Et ce sont la gardienne et l'aide à domicile qui ont les pièces du puzzle, pas le médecin, qu'elle n'a pas vu depuis huit mois. C'est exactement pour ça qu'on a besoin de sentinelles.
HV|En formation, on apprend à regarder trois choses : ce que la personne dit, ce qu'elle fait, et ce qu'elle vit. Ce qu'elle dit, ce sont ces phrases comme je suis un poids, ou bientôt vous serez tranquilles. Ce qu'elle fait, c'est donner ses affaires, arrêter de manger, arrêter ses traitements. Et ce qu'elle vit, ce sont les pertes : un deuil, une chute, la perte du permis de conduire, une entrée en établissement annoncée.
HV|C'est pour ça que je défends l'idée qu'il faut oser poser la question. On a encore beaucoup de professionnels qui ont peur de donner des idées en parlant du suicide. C'est l'inverse : poser la question soulage, et ça ouvre une porte.
CR|Merci docteur. On reviendra sur ces questions pratiques dans les échanges. Nadia, à Montferville, vous avez justement décidé de former des gens de proximité. Racontez-nous.
# Chapitre 3 — Le réseau Vigie Aînés à Montferville (Nadia Ferhat)
NF|Oui, merci Camille. Alors, le point de départ, c'est le diagnostic partagé de notre CLSM en deux mille vingt-trois, où l'isolement des aînés est sorti en priorité numéro un. Puis l'enquête de l'ONSV est venue mettre des chiffres sur ce qu'on sentait. Et on s'est dit : les personnes que personne ne voit, il y a quand même quelqu'un qui les croise. La gardienne, le pharmacien, l'aide à domicile, le facteur.
NF|Donc on a monté le réseau Vigie Aînés. Le conseil municipal l'a créé par une délibération du vingt-six juin dernier. Le budget sur deux ans, deux mille vingt-cinq et deux mille vingt-six, c'est quatre-vingt-six mille quatre cents euros, avec l'ARS comme premier financeur. Et l'objectif, c'est cent vingt sentinelles formées d'ici la fin de deux mille vingt-six.
NF|Une sentinelle, ce n'est pas un soignant. Son rôle tient en trois verbes : repérer, écouter, orienter. Elle ne fait pas d'évaluation du risque, elle ne soigne pas, et surtout elle n'est jamais seule : elle est rattachée à la coordination du CLSM, et elle peut appeler l'équipe du docteur Varin pour un avis.
NF|La première session de formation a eu lieu le vingt-trois septembre, à la maison de quartier des Hauts-Cailly. On avait dix-sept participants : six gardiens d'immeuble, quatre agents du CCAS, trois aides à domicile, deux pharmaciennes et deux bénévoles de l'association Les Fils d'Argent, qui fait des visites de convivialité.
NF|C'est une journée complète. Le matin, les chiffres, les idées reçues, les signes d'alerte. L'après-midi, des jeux de rôle en trinômes, animés par Sandrine Leprévost, infirmière de Pass'Âge, pour s'entraîner à poser la question. Et on termine par le circuit d'alerte. Chaque sentinelle repart avec un kit : une carte avec les numéros utiles, le carnet de fiches d'alerte, et un badge si elle le souhaite.
NF|Comment on a trouvé les sentinelles ? On est passés par les employeurs. On a présenté le projet au bailleur, au CCAS, aux services d'aide à domicile, aux pharmacies du quartier, et à l'association Les Fils d'Argent. Chaque structure a désigné des volontaires. On ne voulait pas de gens formés contre leur gré : une sentinelle, ça doit avoir envie d'être là.
NF|La fiche d'alerte, on l'a voulue très courte. Qui vous êtes, qui est la personne, ce que vous avez vu ou entendu, si possible avec ses mots, et si la personne est d'accord pour être contactée. Pour l'instant c'est un carnet papier, mais on va mettre en ligne un formulaire, parce que les gardiens nous l'ont demandé.
NF|Le circuit est simple. La sentinelle remplit une fiche d'alerte, qui arrive chez moi. J'accuse réception le jour même. L'EMPSA contacte la personne dans les soixante-douze heures ouvrées. Et la sentinelle a un retour, sans détail médical, pour qu'elle ne reste pas avec son inquiétude.
NF|Et on a déjà des retours. En trois semaines, on a reçu quatre fiches d'alerte. Dont une situation vraiment urgente : un monsieur de quatre-vingt-trois ans, repéré par sa pharmacienne, qui lui avait dit qu'il n'aurait bientôt plus besoin de ses médicaments. Elle a appelé Pass'Âge le jour même, il a été vu le lendemain et il est aujourd'hui suivi.
NF|Les prochaines sessions sont le vingt et un octobre et le dix-huit novembre. Et je voudrais dire une chose : le bailleur, Logéo Caux Habitat, a décidé de former l'ensemble de ses gardiens des deux quartiers, sur leur temps de travail. Ça, c'est un vrai engagement.
CR|Merci Nadia. Julien, à Cambrevast, vous avez pris le problème par un autre bout, si j'ai bien compris.
# Chapitre 4 — Allô Voisins Seniors à Cambrevast (Julien Costentin)
JC|Oui, exactement. Nous, on est partis de l'isolement lui-même. Le quartier de La Pépinière, c'est quatre mille cent habitants, et c'est là que l'enquête de l'ONSV a trouvé le plus fort taux d'isolement des quatre quartiers, un peu plus de quarante pour cent des seniors.
JC|On a lancé en avril deux mille vingt-quatre Allô Voisins Seniors. Le principe : des bénévoles appellent chaque semaine des personnes âgées isolées, repérées par le CCAS, le bailleur ou les soignants. Juste pour prendre des nouvelles, parler, garder un lien. Fin deux mille vingt-quatre, on avait quarante-six bénévoles et cent quatre-vingt-sept personnes appelées régulièrement.
JC|Aujourd'hui, en octobre deux mille vingt-cinq, on est à cinquante-deux bénévoles et deux cent six personnes appelées. Ce qui fait tenir le dispositif, c'est notre médiateur santé, Karim Oubella, qui est adulte-relais au centre social. C'est lui que les bénévoles appellent quand quelque chose les inquiète, et c'est lui qui fait le lien avec l'équipe mobile de gérontopsychiatrie du centre hospitalier.
JC|Ce qu'on a appris, c'est que ce dispositif agit bien en amont, sur la solitude, mais qu'il a deux limites. La première, c'est qu'il repère mal les personnes qui ne décrochent pas. La deuxième, c'est les hommes. Les hommes âgés isolés, on ne les touche pas : ils ne représentaient que vingt-deux pour cent des personnes appelées.
JC|Donc depuis mai, Karim tient une permanence une fois par mois aux jardins familiaux et au club de pétanque. Il a déjà rencontré dix-neuf hommes, dont plusieurs qui n'avaient pas vu de médecin depuis des années. Ce n'est pas énorme, mais c'est un début.
JC|Et on a commencé à faire ce que fait Montferville, à notre échelle : on forme nos bénévoles appelants comme sentinelles. Deux sessions ont eu lieu, en mars et en juin, et quatorze bénévoles sont formés. La troisième session est prévue fin octobre. Je crois que les deux approches sont complémentaires : l'une agit sur l'isolement, l'autre sur la détresse.
CR|Merci Julien. C'est d'ailleurs exactement ce que recommandait l'ONSV : combiner les deux sur un même territoire. On passe aux questions, il y en a beaucoup dans le chat.
# Chapitre 5 — Questions du chat et de la salle
CR|Première question, de Sophie, infirmière libérale : que fait-on quand la personne refuse toute aide ? Docteur Varin ?
HV|C'est la question la plus fréquente, et elle est très juste. D'abord, on ne force pas, sauf danger immédiat, où là on appelle le quinze. Ensuite, on garde le lien. Le refus d'aujourd'hui n'est pas celui de demain. Très souvent, la personne refuse la psychiatre, mais accepte l'infirmière, ou accepte qu'on repasse. Et la sentinelle peut toujours nous appeler pour un avis, même si la personne ne veut pas nous voir.
CR|Deuxième question, d'un gardien d'immeuble : est-ce que les sentinelles sont rémunérées pour ça ? Nadia ?
NF|Non, il n'y a pas de rémunération. La formation est gratuite. Pour les professionnels, elle se fait sur le temps de travail, avec l'accord de l'employeur, c'est pour ça qu'on a signé une convention avec les partenaires. Pour les bénévoles, c'est du bénévolat. En revanche, on offre aux sentinelles une séance d'analyse des pratiques par trimestre, parce que ce qu'elles entendent peut être lourd.
CR|Question suivante, sur le secret : qu'est-ce que la sentinelle a le droit de savoir après une orientation ?
HV|La sentinelle reçoit un retour, mais sans information médicale. On lui dit que la personne a été vue, ou qu'un suivi est en place, ou qu'elle a refusé et qu'on reste attentifs. Le reste relève du secret médical. Et chaque fois que c'est possible, on partage les informations avec l'accord de la personne.
CR|On a une question à l'oral, je crois. Monsieur Vasseur, vous pouvez activer votre micro.
MV|Oui, bonjour, Marc Vasseur, du CCAS d'Évrecourt. Chez nous il n'y a pas d'équipe mobile de psychiatrie du sujet âgé. Est-ce qu'on peut quand même monter un réseau de sentinelles, ou est-ce que c'est prématuré ?
JC|Je peux répondre, parce qu'à Cambrevast on est un peu dans cette situation, l'équipe mobile couvre un territoire très large. Je pense qu'on peut, à condition d'avoir un recours identifié avant de former qui que ce soit. Ça peut être le CMP, le DAC, les médecins de la CPTS. Ce qu'il ne faut surtout pas faire, c'est former des sentinelles qui repèrent et qui ne savent pas à qui passer le relais.
HV|Je suis entièrement d'accord. Former sans recours, c'est mettre les sentinelles en difficulté. Et le trois mille cent quatorze est là vingt-quatre heures sur vingt-quatre, partout.
CR|Une question de Leïla, médiatrice santé : comment fait-on avec les personnes âgées qui parlent mal le français ? Nadia ?
NF|C'est un vrai sujet aux Hauts-Cailly, où beaucoup d'aînés sont arrivés du Maghreb ou du Portugal dans les années soixante-dix. On est en train de faire traduire la fiche sur les signes d'alerte en arabe et en portugais. Et quand c'est nécessaire, l'équipe mobile fait appel à un interprète professionnel, pas à la famille, surtout quand on parle de suicide.
CR|Et une dernière question du chat : comment allez-vous évaluer tout ça ?
NF|L'évaluation est confiée à l'ONSV, elle est prévue dans le budget. On suit des indicateurs tous les trimestres : le nombre de sentinelles formées, le nombre de fiches, les délais de contact, ce que deviennent les personnes. Et en deux mille vingt-sept, l'ONSV refera l'enquête Vieillir dans mon quartier avec le même protocole, pour voir si quelque chose a bougé.
JC|Et on participera aussi à cette nouvelle enquête à Cambrevast, ce qui permettra de comparer les deux approches sur des bases solides.
# Chapitre 6 — Clôture
CR|Merci beaucoup à tous les trois. Pour conclure, je retiens trois choses. Un, l'isolement est le premier facteur de risque, et les quartiers vieillissent. Deux, ceux qui croisent les aînés au quotidien peuvent repérer, si on les forme et si on leur donne un recours. Trois, les deux approches, les appels réguliers et les sentinelles, se complètent.
CR|Le replay et les supports seront en ligne sur le site du PVSN d'ici lundi prochain. Vous recevrez un questionnaire de satisfaction par mail, merci d'y répondre, ça nous aide beaucoup. Et je vous donne rendez-vous pour notre prochain webinaire, le mardi neuf décembre, sur le deuil et l'isolement des aînés. Bonne journée à tous, et merci encore.
"""

MAXLINE = 42
WPS = 2.35  # mots par seconde


def wrap(words):
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) + (1 if cur else 0) <= MAXLINE:
            cur = (cur + " " + w) if cur else w
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def chunks(text):
    """Découpe un tour de parole en repères de deux lignes au plus, de préférence à la ponctuation."""
    words = text.split()
    out, cur = [], []
    for w in words:
        trial = cur + [w]
        if len(wrap(trial)) > 2:
            out.append(cur)
            cur = [w]
        else:
            cur = trial
            if re.search(r"[.?!]$", w) and len(" ".join(cur)) > 55:
                out.append(cur)
                cur = []
    if cur:
        out.append(cur)
    return out


def fmt(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def build():
    t = 4.0
    blocks = ["WEBVTT - PVSN - Isolement des aînés et crise suicidaire : retours de terrain (14/10/2025)", LEGEND]
    prev = None
    for line in SCRIPT.strip().splitlines():
        if line.startswith("#"):
            blocks.append("NOTE " + line[1:].strip())
            t += 1.5
            continue
        voice, text = line.split("|", 1)
        if prev is not None and voice != prev:
            t += 1.2
        prev = voice
        for ch in chunks(text):
            dur = max(1.6, len(ch) / WPS)
            body = "\n".join(wrap(ch))
            blocks.append("%s --> %s\n<v %s>%s</v>" % (fmt(t), fmt(t + dur - 0.08), voice, body))
            t += dur
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")
    print("écrit", OUT, "durée %.0f s" % t)


if __name__ == "__main__":
    build()
