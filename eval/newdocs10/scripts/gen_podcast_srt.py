# -*- coding: utf-8 -*-
"""Sous-titres SRT d'un podcast radio (≈ 20 min) : « Santé en clair », Radio Côte d'Aveline,
pair-aidance et dispositif Passerelle du CLSM de Port-Aveline."""
import os
import random
import re

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "2026-04-07_radio-cote-d-aveline_podcast-pair-aidance-clsm-port-aveline.srt")

J = "JOURNALISTE"
T = "THOMAS ROUSSEL"
D = "DR DELAUNAY"

TURNS = [
    (J, "Bonjour à toutes et à tous, et bienvenue dans Santé en clair, le magazine santé de Radio Côte d'Aveline. "
        "Je suis Camille Hébert. Aujourd'hui, on va parler d'un métier encore peu connu, celui de médiateur de santé pair, "
        "et d'un dispositif lancé à Port-Aveline pour accompagner les personnes qui sortent d'une hospitalisation en psychiatrie. "
        "Pour en parler, j'ai deux invités en studio. Thomas Roussel, bonjour.", 4),
    (T, "Bonjour Camille.", 0.5),
    (J, "Vous êtes médiateur de santé pair au conseil local de santé mentale de Port-Aveline. "
        "Et à côté de vous, le docteur Agnès Delaunay, psychiatre, cheffe du pôle de psychiatrie adulte "
        "du centre hospitalier de Port-Aveline, et vice-présidente du CLSM. Bonjour docteur.", 0.5),
    (D, "Bonjour, merci de nous recevoir.", 0.5),
    (J, "Thomas, on commence par vous. Médiateur de santé pair, concrètement, qu'est-ce que c'est ?", 1),
    (T, "Alors, c'est quelqu'un qui a lui-même vécu un trouble psychique, qui a traversé la maladie, les hospitalisations, "
        "et qui s'est rétabli, ou qui est sur le chemin du rétablissement. Et qui a été formé pour mettre cette expérience "
        "au service des personnes qui vivent la même chose aujourd'hui. On parle de savoir expérientiel. "
        "Ce n'est pas un savoir de soignant, c'est un savoir de l'intérieur.", 1),
    (J, "Et vous, votre parcours, si vous acceptez d'en parler ?", 1),
    (T, "Oui, bien sûr, c'est même un peu le principe du métier. J'ai été hospitalisé pour la première fois à vingt-quatre ans. "
        "On m'a diagnostiqué un trouble bipolaire. Il m'a fallu à peu près six ans pour trouver un équilibre, "
        "avec des rechutes, des moments très durs. Ce qui m'a aidé, c'est un bon psychiatre, un traitement adapté, "
        "et aussi le groupe d'entraide mutuelle, le GEM, où j'ai rencontré des gens qui étaient passés par là.", 1),
    (T, "C'est au GEM que j'ai entendu parler de la pair-aidance professionnelle. J'ai suivi une formation universitaire "
        "d'un an, en alternance, une licence qui forme les médiateurs de santé pairs. "
        "Et j'ai été recruté en mars 2024.", 0.5),
    (J, "Recruté par qui exactement ?", 0.8),
    (T, "Je suis salarié du centre hospitalier. Je travaille à mi-temps dans l'équipe du CMP, et à mi-temps "
        "pour le CLSM, sur le dispositif Passerelle, dont on va parler.", 0.5),
    (J, "Docteur Delaunay, justement, pourquoi est-ce que le CLSM a souhaité travailler avec des médiateurs de santé pairs ?", 1),
    (D, "Parce qu'on avait un constat qui revenait sans cesse dans nos réunions. Le moment de la sortie d'hospitalisation "
        "est un moment à haut risque. La personne sort, elle est souvent fatiguée, parfois elle a perdu son travail, "
        "son logement est en désordre, elle a un rendez-vous au CMP dans trois semaines, et entre les deux, il n'y a rien. "
        "Et beaucoup de réhospitalisations, et malheureusement aussi de passages à l'acte suicidaire, ont lieu dans ces "
        "premières semaines.", 1),
    (D, "Au CLSM, on a réuni le centre hospitalier, la ville, les bailleurs, le GEM, l'UNAFAM, et on s'est demandé "
        "ce qu'on pouvait faire ensemble. L'idée de Passerelle est née de là, et l'idée d'y associer des pairs "
        "est venue des usagers eux-mêmes, qui nous disaient : ce qui nous aurait aidés, c'est de parler à quelqu'un "
        "qui était passé par là.", 0.5),
    (J, "Alors expliquez-nous Passerelle. Comment ça fonctionne ?", 1),
    (D, "Le dispositif a été lancé en janvier 2025. Avant la sortie, l'équipe du service propose à la personne "
        "d'en bénéficier. C'est toujours sur la base du volontariat. Si elle accepte, elle rencontre le médiateur pair "
        "pendant l'hospitalisation, c'est important, pour que ce ne soit pas un inconnu qui frappe à sa porte.", 1),
    (D, "Ensuite, il y a une visite à domicile dans les sept jours qui suivent la sortie, par un binôme : "
        "un médiateur de santé pair et un infirmier du CMP. Et puis un accompagnement pendant trois mois, "
        "avec des rencontres régulières, au domicile ou à l'extérieur.", 0.5),
    (T, "Et pendant ces trois mois, on fait des choses très concrètes. On va ensemble à la CAF, à la banque, "
        "on reprend contact avec l'employeur si la personne le souhaite, on l'accompagne au premier rendez-vous "
        "au CMP, on lui fait découvrir le GEM. Parfois, c'est juste aller boire un café, parce que la personne "
        "n'est pas sortie de chez elle depuis dix jours.", 1),
    (J, "Vous avez un exemple, sans dévoiler d'identité bien sûr ?", 1),
    (T, "Oui. Je pense à un homme d'une cinquantaine d'années, qui sortait après un mois d'hospitalisation "
        "pour une dépression très sévère. Sa femme était partie, il avait perdu son emploi de cariste. "
        "Quand on est arrivés chez lui, le jour de la visite, il n'avait rien mangé depuis deux jours, "
        "le frigo était vide, les volets fermés. On a commencé par faire les courses ensemble. "
        "Les semaines suivantes, on a refait son dossier de droits, on l'a accompagné à Pôle emploi, enfin France Travail "
        "maintenant, et au GEM. Aujourd'hui, il y va trois fois par semaine, il y anime même un atelier de cuisine. "
        "Ce n'est pas spectaculaire, mais pour lui, c'est énorme.", 1),
    (J, "Et qu'est-ce que vous apportez, vous, qu'un infirmier n'apporte pas ?", 1),
    (T, "Je crois que j'apporte surtout de l'espoir. Quand je dis à quelqu'un : moi aussi j'ai été hospitalisé, "
        "moi aussi j'ai pensé que ma vie était finie, et aujourd'hui je travaille, j'ai un appartement, "
        "j'ai des amis, ça a un effet que le soignant ne peut pas avoir. Je suis un peu la preuve que c'est possible.", 1),
    (T, "Mais attention, je ne suis pas là pour donner des conseils médicaux. Je ne parle jamais du traitement "
        "à la place du médecin. Si la personne me dit qu'elle veut arrêter ses médicaments, je l'écoute, "
        "je lui raconte éventuellement mon expérience, et je l'encourage à en parler avec son psychiatre.", 0.5),
    (J, "Docteur, est-ce que ça a été facile à faire accepter dans les équipes soignantes ?", 1),
    (D, "Honnêtement, non, pas au début. Il y a eu des réticences. Certains infirmiers se demandaient ce qu'un pair "
        "allait apporter de plus, d'autres s'inquiétaient du secret professionnel, ou de la fragilité du médiateur "
        "lui-même. On a beaucoup travaillé là-dessus. Les médiateurs ont une fiche de poste claire, ils participent "
        "aux réunions d'équipe, et ils ont une supervision une fois par mois avec une psychologue extérieure au service.", 1),
    (D, "Et aujourd'hui, je peux vous dire que les équipes les réclament. Les infirmiers ont vu la différence "
        "dans la manière dont les patients investissent leurs soins.", 0.5),
    (J, "Comment est-ce qu'on recrute un médiateur de santé pair ? Il faut quelles qualités ?", 1),
    (D, "Il faut d'abord avoir un recul suffisant sur sa propre histoire. Nous demandons au moins deux ans "
        "de rétablissement stabilisé, et surtout la capacité à parler de son parcours sans s'y enfermer. "
        "Il faut aussi la formation, évidemment, et des qualités d'écoute qui ne sont pas différentes de celles "
        "qu'on attend d'un soignant. Le jury de recrutement comprenait un représentant du GEM, ce qui était une première "
        "pour le centre hospitalier.", 1),
    (J, "Et une semaine type, Thomas, ça ressemble à quoi ?", 1),
    (T, "Le lundi matin, il y a la réunion d'équipe au CMP, où on fait le point sur les sorties prévues. "
        "Ensuite, je vais rencontrer les personnes qui vont sortir dans les jours qui viennent, dans le service. "
        "Le reste de la semaine, ce sont les visites et les accompagnements, en général quatre ou cinq par jour. "
        "Le mercredi après-midi, il y a la permanence, et le vendredi, je passe souvent au GEM. "
        "Chaque médiateur accompagne en même temps une quinzaine de personnes au maximum.", 1),
    (J, "Vous avez des résultats chiffrés ?", 1),
    (D, "Oui, avec toute la prudence nécessaire, parce que ce n'est pas une étude scientifique. En 2025, "
        "83 personnes ont été accompagnées par Passerelle. Le taux de réhospitalisation à trois mois, "
        "chez les personnes accompagnées, est de 19 %. Avant le dispositif, sur une population comparable, "
        "on était autour de 31 %.", 1),
    (J, "C'est une baisse importante.", 0.5),
    (D, "C'est une baisse importante, mais je le répète, il faut rester prudent : les personnes qui acceptent "
        "le dispositif sont peut-être aussi celles qui allaient un peu mieux. On a d'ailleurs demandé à l'université "
        "de nous aider à faire une évaluation plus rigoureuse en 2026.", 0.5),
    (J, "Et ça coûte combien, un dispositif comme celui-là ?", 1),
    (D, "Passerelle est financé par l'Agence régionale de santé de Normandie, dans le cadre du fonds d'intervention "
        "régional, à hauteur de 62 000 euros par an. Ça couvre essentiellement les temps de médiateurs pairs "
        "et les déplacements. La ville de Port-Aveline met à disposition un local, et le centre hospitalier "
        "le temps infirmier.", 1),
    (J, "Thomas, vous n'êtes plus seul aujourd'hui, je crois ?", 1),
    (T, "Non, depuis septembre 2025, on est deux. Ma collègue Inès Benamar nous a rejoints, elle aussi médiatrice "
        "de santé pair. Elle a un parcours différent du mien, elle a vécu une dépression sévère et des troubles anxieux, "
        "et c'est une richesse, parce que les personnes qu'on accompagne ne se reconnaissent pas toutes dans la même histoire.", 1),
    (J, "On a reçu un message d'un auditeur, Bernard, qui nous écoute depuis Bréville-sur-Mer. Il nous écrit : "
        "« Mon fils doit sortir de l'hôpital le mois prochain. Comment peut-il bénéficier de Passerelle ? »", 2),
    (D, "Merci pour ce message. D'abord, c'est l'équipe du service qui propose le dispositif avant la sortie, "
        "donc votre fils, ou vous-même avec son accord, pouvez en parler directement à l'équipe soignante. "
        "Il faut savoir que, pour l'instant, Passerelle concerne les personnes qui habitent les trois communes "
        "du CLSM, c'est-à-dire Port-Aveline, Saint-Loup-du-Havre et Montivon. Bréville-sur-Mer n'est pas encore couverte, "
        "malheureusement. Mais l'équipe pourra proposer d'autres solutions, et orienter vers le GEM.", 1),
    (T, "Et je rajoute que les familles peuvent aussi venir à la permanence du CLSM, le mercredi après-midi, "
        "à la maison des associations de Port-Aveline. On y est souvent, Inès ou moi.", 0.5),
    (J, "Un autre message, de Nadine, infirmière libérale : « Comment les libéraux peuvent-ils travailler avec Passerelle ? "
        "On découvre souvent la sortie d'hospitalisation de nos patients après coup. »", 2),
    (D, "C'est un vrai sujet, et elle a raison. Depuis l'automne dernier, quand la personne a un infirmier libéral, "
        "on lui envoie, avec l'accord du patient, une fiche de liaison le jour de la sortie, avec le nom du médiateur "
        "et de l'infirmier du CMP qui vont intervenir. Et on invite les libéraux à la première visite quand c'est possible. "
        "On a présenté le dispositif à la communauté professionnelle territoriale de santé en janvier.", 1),
    (T, "J'ajoute un outil qu'on utilise beaucoup : le plan de crise conjoint. C'est un document que la personne "
        "rédige avec son équipe de soins, quand elle va bien, pour dire ce qui l'aide, quels sont ses signes "
        "d'alerte, qui prévenir, et ce qu'elle souhaite en cas de nouvelle crise. Dans Passerelle, on propose "
        "à chaque personne d'en rédiger un pendant les trois mois, et à peu près la moitié l'ont fait.", 1),
    (J, "Parlons du GEM justement, le groupe d'entraide mutuelle. Vous l'avez cité plusieurs fois. "
        "Qu'est-ce que c'est, à Port-Aveline ?", 1),
    (T, "Le GEM de Port-Aveline s'appelle L'Escale. Il a été créé en 2021, et il compte aujourd'hui 54 adhérents. "
        "C'est une association gérée par ses membres, des personnes qui vivent avec des troubles psychiques. "
        "Ce n'est pas un lieu de soins. C'est un lieu où on se retrouve, on organise des activités, des sorties, "
        "des repas, on s'entraide. Il est ouvert cinq jours par semaine, et il est parrainé par l'UNAFAM.", 1),
    (T, "Pour beaucoup de personnes qu'on accompagne dans Passerelle, le GEM devient l'endroit où elles continuent "
        "à venir après les trois mois. C'est ce qui permet que l'accompagnement ne s'arrête pas brutalement.", 0.5),
    (J, "Docteur, le CLSM de Port-Aveline existe depuis longtemps ?", 1),
    (D, "Depuis 2016. Il couvre les trois communes dont je parlais, un peu plus de soixante mille habitants. "
        "Il est présidé par l'adjointe au maire chargée de la santé, et je suis vice-présidente. "
        "On a une coordinatrice, Sophie Lemarchand, qui fait un travail remarquable. Et la pair-aidance "
        "est devenue un axe prioritaire de notre feuille de route 2025-2027.", 1),
    (D, "Au-delà de Passerelle, le CLSM a aussi formé des gardiens d'immeuble et des agents d'accueil de la mairie, "
        "et chaque année on coordonne les Semaines d'information sur la santé mentale. L'an dernier, les médiateurs "
        "pairs sont intervenus dans deux lycées pour parler de leur parcours. Ça a été très fort.", 0.5),
    (J, "Thomas, quand vous intervenez devant des lycéens, qu'est-ce que vous leur dites ?", 1),
    (T, "Je leur dis que la santé mentale, ça concerne tout le monde, qu'on peut aller mal et aller mieux, "
        "et qu'il faut en parler tôt. Je leur raconte mes premiers symptômes, à leur âge, que personne n'a repérés, "
        "et moi le premier. Et je leur donne des numéros, le 3114 par exemple, pour la prévention du suicide. "
        "Les questions qu'ils posent après sont toujours très justes.", 1),
    (J, "Est-ce qu'il y a des limites à ce métier ? Des moments difficiles ?", 1),
    (T, "Oui, bien sûr. Il y a des accompagnements qui se passent mal, des personnes qu'on ne parvient pas à aider, "
        "et parfois ça renvoie à sa propre histoire. C'est pour ça que la supervision est indispensable. "
        "Et il faut aussi savoir prendre soin de soi. J'ai un plan de prévention de la rechute, comme beaucoup "
        "de personnes que j'accompagne, et mon employeur le connaît.", 1),
    (D, "Et je veux dire aussi qu'il reste un enjeu de reconnaissance. Le métier de médiateur de santé pair "
        "n'a pas encore de statut stable dans la fonction publique hospitalière. Les rémunérations sont modestes, "
        "et les contrats souvent précaires. Si on veut que ce métier se développe, il faudra le sécuriser.", 1),
    (J, "Quelles sont les perspectives pour Passerelle ?", 1),
    (D, "On aimerait étendre le dispositif aux communes voisines, et on espère recruter un troisième médiateur "
        "en 2027, plutôt orienté vers les jeunes de seize à vingt-cinq ans, parce que les premières hospitalisations "
        "surviennent souvent à cet âge-là. On travaille aussi avec la maison des adolescents sur ce projet.", 1),
    (J, "Un mot pour terminer, Thomas, pour quelqu'un qui nous écoute et qui sort peut-être d'une hospitalisation ?", 1),
    (T, "Je lui dirais que ce qu'il vit aujourd'hui n'est pas définitif. Que le rétablissement, ce n'est pas "
        "forcément la guérison, mais c'est retrouver une vie qui a du sens. Et qu'il n'est pas obligé de le faire seul.", 1),
    (J, "Merci à tous les deux. Thomas Roussel, médiateur de santé pair, et le docteur Agnès Delaunay, "
        "psychiatre au centre hospitalier de Port-Aveline. Vous retrouverez les coordonnées du CLSM et du GEM L'Escale "
        "sur le site de Radio Côte d'Aveline. Dans quinze jours, Santé en clair s'intéressera à la santé mentale "
        "des agriculteurs. D'ici là, prenez soin de vous.", 1),
]

WPS = 2.2


def chunks(text, maxc=80):
    words = text.split()
    out, cur = [], []
    for w in words:
        cand = " ".join(cur + [w])
        if len(cand) > maxc and cur:
            out.append(cur)
            cur = [w]
            continue
        cur.append(w)
        if len(" ".join(cur)) >= 45 and re.search(r"[,.?!:;»]$", w):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return [" ".join(c) for c in out]


def wrap(s, width=42):
    if len(s) <= width:
        return [s]
    words = s.split()
    best = None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        score = max(len(a), len(b))
        if best is None or score < best[0]:
            best = (score, a, b)
    return [best[1], best[2]]


def ts(t):
    h = int(t // 3600)
    m = int((t % 3600) // 60)
    s = t - h * 3600 - m * 60
    ms = int(round((s - int(s)) * 1000))
    if ms == 1000:
        ms = 999
    return "%02d:%02d:%02d,%03d" % (h, m, int(s), ms)


def main():
    rnd = random.Random(407)
    t = 6.0  # jingle
    out = []
    idx = 1
    for spk, text, pause in TURNS:
        t += pause + rnd.uniform(0.1, 0.5)
        first = True
        for c in chunks(text):
            label = (spk + " : ") if first else ""
            first = False
            n = len(c.split())
            d = max(1.8, min(6.5, n / WPS + rnd.uniform(-0.2, 0.3)))
            lines = wrap(label + c)
            out.append("%d\n%s --> %s\n%s\n" % (idx, ts(t), ts(t + d), "\n".join(lines)))
            idx += 1
            t += d + rnd.uniform(0.04, 0.25)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("cues:", idx - 1, "fin:", ts(t))


if __name__ == "__main__":
    main()
