# -*- coding: utf-8 -*-
"""Webinaire TVS BFC du 13 mars 2025 : sous-titres WebVTT tels que Vimeo les rend au téléchargement
quand ils ont été déposés par un prestataire de sous-titrage (style CEA-608) :
identifiants numériques, réglages « line:84% align:center », « >> » à chaque changement d'orateur
(les noms ne sont jamais écrits), [musique] / [applaudissements], deux lignes de 42 caractères au plus,
chiffres et dates dits en lettres."""
import os
import textwrap

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-03-13_trajectoires-ville-sante-bfc_webinaire-pssm-jeunes-quartiers.vtt")

WPS = 2.2  # mots par seconde (débit du replay, pauses comprises)

TURNS = [
    ("[musique]", 6.0),
    (">> Bonjour à toutes et à tous, bienvenue dans ce nouveau webinaire de Trajectoires Ville Santé "
     "Bourgogne-Franche-Comté. Je suis Claire Vautrin, chargée de mission santé au centre de ressources. "
     "Nous sommes le jeudi treize mars deux mille vingt-cinq et nous allons parler des premiers secours en "
     "santé mentale, qu'on appelle les PSSM, et plus précisément de la formation des adultes qui sont au "
     "contact des jeunes dans les quartiers prioritaires. Quelques consignes avant de commencer. Vos micros "
     "sont coupés, vous pouvez poser vos questions dans l'espace questions sous la vidéo, et le replay sera "
     "disponible sur notre chaîne Vimeo dans la semaine. Nous avons trois intervenants aujourd'hui. Hélène "
     "Bourdier, coordinatrice du conseil local de santé mentale de Vernaux-les-Forges. Yanis Belkacem, "
     "formateur accrédité PSSM à l'association Relais Santé Jeunes de Bourgogne. Et Sophie Gaillard, "
     "directrice de la maison des adolescents du Pays de Vernaux. Hélène, je vous laisse commencer.", 0),
    (">> Merci Claire, et bonjour à tous. Alors pour situer, Vernaux-les-Forges c'est une ville de "
     "vingt-six mille habitants avec deux quartiers prioritaires, les Hauts de Vernaux et la Combe-aux-Loups, "
     "où vit à peu près un habitant sur trois. Le CLSM existe depuis deux mille dix-neuf. Et en deux mille "
     "vingt-deux, le groupe de travail jeunesse nous a fait remonter quelque chose de très simple : les "
     "animateurs, les éducateurs, les agents d'accueil voyaient des jeunes aller mal, mais ne savaient pas "
     "quoi dire ni vers qui les orienter. C'est de là qu'est venue l'idée de former largement aux premiers "
     "secours en santé mentale. On a commencé en deux mille vingt-trois avec deux sessions tests. Et en deux "
     "mille vingt-quatre on est passé à la vitesse supérieure : onze sessions, et au total cent quarante-deux "
     "secouristes formés sur l'année. Parmi eux, cinquante-sept travaillent directement dans les deux "
     "quartiers prioritaires : des centres sociaux, le club de prévention, des médiateurs, et aussi des "
     "gardiens d'immeuble, ce qui a beaucoup surpris au départ. Côté financement, l'ARS a pris en charge les "
     "formations des structures des quartiers prioritaires, au titre du contrat local de santé, et la ville "
     "a mis les salles à disposition. Notre objectif pour deux mille vingt-cinq, c'est deux cents "
     "secouristes, avec une priorité sur les clubs sportifs et les associations de parents d'élèves. Ce "
     "qu'on a appris, j'en retiens trois choses. Un, il faut aller chercher les gens : l'inscription sur un "
     "formulaire en ligne ne suffit pas, c'est le bouche-à-oreille des premiers formés qui a rempli les "
     "sessions. Deux, il faut adapter les horaires : on a fait des sessions en quatre demi-journées pour les "
     "animateurs qui ne peuvent pas se libérer deux jours pleins. Trois, il faut un après : on organise une "
     "rencontre des secouristes tous les six mois, qu'on appelle le café des secouristes, pour échanger sur "
     "les situations rencontrées et ne pas rester seul avec ça.", 0),
    (">> Merci Hélène. Yanis, est-ce que vous pouvez nous rappeler ce qu'est concrètement une formation "
     "PSSM ?", 0),
    (">> Oui, bien sûr. Alors le principe est le même que pour les premiers secours physiques : on "
     "n'apprend pas à soigner, on apprend à porter assistance en attendant un professionnel, ou jusqu'à ce "
     "que la crise soit passée. Le programme vient d'Australie, il a été adapté en France, et il existe "
     "plusieurs modules. Le module standard s'adresse à tout adulte pour aider un autre adulte. Le module "
     "jeunes s'adresse aux adultes qui vivent ou travaillent avec des adolescents de onze à dix-huit ans : "
     "les parents, les enseignants, les animateurs, les éducateurs. Les deux durent quatorze heures, soit "
     "deux jours, ou quatre demi-journées. Au cœur de la formation, il y a un plan d'action qu'on résume par "
     "l'acronyme AERER. A pour approcher, évaluer et assister en cas de crise. E pour écouter activement et "
     "sans jugement. R pour réconforter et informer. E pour encourager à aller vers des professionnels. Et R "
     "pour renforcer les autres ressources, l'entourage, les amis, la famille. Dans le module jeunes, on "
     "travaille en plus les spécificités de l'adolescence : le harcèlement, l'usage des écrans, les "
     "automutilations, et bien sûr la crise suicidaire. Les groupes sont de douze à seize participants, pas "
     "plus, parce qu'il y a beaucoup de mises en situation.", 0),
    (">> Et qui peut animer ces formations ?", 0),
    (">> Il faut être formateur accrédité. À l'association, nous sommes quatre formateurs accrédités sur "
     "toute la Bourgogne-Franche-Comté pour le module jeunes. C'est clairement un goulot d'étranglement : on "
     "a aujourd'hui une liste d'attente d'environ trois mois pour les structures. Et une chose importante : "
     "le certificat de secouriste est valable trois ans, et on recommande une mise à jour d'une demi-journée "
     "avant l'échéance.", 0),
    (">> Sophie, côté maison des adolescents, qu'est-ce que ça change pour vous ?", 0),
    (">> Alors d'abord, pour ceux qui ne connaissent pas, une maison des adolescents c'est un lieu "
     "d'accueil, d'écoute et d'orientation pour les onze-vingt-cinq ans et pour leurs parents, gratuit, avec "
     "ou sans rendez-vous, avec une équipe pluridisciplinaire : des psychologues, une infirmière, des "
     "éducateurs, une médecin à temps partiel. Pour nous, les PSSM ont surtout changé la qualité des "
     "orientations. Avant, on recevait des jeunes qui arrivaient en disant on m'a dit de venir, sans savoir "
     "pourquoi. Aujourd'hui, les secouristes appellent souvent avant, et ils accompagnent parfois "
     "physiquement le jeune jusqu'à la porte. La maison des adolescents du Pays de Vernaux a accueilli l'an "
     "dernier mille trente-deux jeunes, et on estime qu'environ un sur cinq nous a été orienté par un adulte "
     "formé aux PSSM. Bon, c'est une estimation, on ne le notait pas systématiquement avant le mois de juin. "
     "L'autre changement, c'est qu'on a dû s'organiser pour répondre vite : on s'est fixé un premier "
     "entretien dans les huit jours pour toute orientation qui vient d'un secouriste. Et on prépare "
     "l'ouverture d'une antenne dans le quartier des Hauts de Vernaux pour la rentrée de septembre.", 0),
    (">> Merci Sophie. On a beaucoup de questions qui arrivent. Une première, de Mathilde, de "
     "Chalmont-sur-Saône : est-ce qu'on peut former directement les jeunes, par exemple les lycéens ?", 0),
    (">> Très bonne question. Il existe un module pour les adolescents eux-mêmes, destiné aux lycéens de "
     "quinze à dix-huit ans environ, pour qu'ils sachent aider un camarade. Il n'est pas encore déployé chez "
     "nous : on prévoit une expérimentation avec deux lycées à la rentrée deux mille vingt-cinq. Mais "
     "attention, le message aux jeunes, ce n'est pas de devenir le psy de leurs copains, c'est de savoir "
     "alerter un adulte.", 0),
    (">> Une question de Karim, médiateur : combien coûte une session ?", 0),
    (">> Pour une structure, il faut compter environ deux cent cinquante euros par stagiaire, supports et "
     "manuel compris. Mais dans les quartiers prioritaires, en Bourgogne-Franche-Comté, c'est très souvent "
     "pris en charge, par l'ARS ou par les crédits de la politique de la ville. Donc il ne faut pas que le "
     "coût soit un frein.", 0),
    (">> Et une dernière, de Léa : quels résultats concrets, est-ce qu'on a mesuré quelque chose ?", 0),
    (">> Alors on a fait un questionnaire à six mois auprès des secouristes formés en deux mille "
     "vingt-quatre. Sur les quatre-vingt-dix-huit qui ont répondu, soixante et onze disaient avoir utilisé "
     "au moins une fois le plan d'action, et à peu près la moitié avaient orienté un jeune vers un "
     "professionnel. Ce n'est pas une évaluation scientifique, mais ça nous montre que la formation ne reste "
     "pas dans un tiroir.", 0),
    (">> Et je voudrais ajouter quelque chose sur les limites. Former des secouristes, c'est bien, mais si "
     "derrière, le centre médico-psychologique a six mois d'attente pour un premier rendez-vous, on crée de "
     "la frustration, chez les jeunes comme chez les secouristes. Les PSSM ne remplacent pas l'offre de "
     "soins.", 0),
    (">> Merci pour ce mot de la fin. Merci à nos trois intervenants. Le prochain webinaire aura lieu le "
     "jeudi douze juin, sur les points d'accueil écoute jeunes. Bonne fin de journée à toutes et à tous.", 0),
    ("[applaudissements]", 4.0),
    ("[musique]", 5.0),
]


def fmt(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def chunks(text):
    """Coupe un tour de parole en repères de deux lignes de 42 caractères au plus."""
    lines = textwrap.wrap(text, 40)
    for i in range(0, len(lines), 2):
        yield lines[i:i + 2]


def main():
    out = ["WEBVTT", ""]
    t = 1.2
    n = 0
    for text, dur in TURNS:
        if dur:
            n += 1
            out += [str(n), "%s --> %s line:84%% align:center" % (fmt(t), fmt(t + dur)), text, ""]
            t += dur + 0.4
            continue
        for pair in chunks(text):
            words = sum(len(l.split()) for l in pair)
            d = max(1.6, words / WPS)
            n += 1
            out += [str(n), "%s --> %s line:84%% align:center" % (fmt(t), fmt(t + d - 0.05))] + pair + [""]
            t += d
        t += 1.1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(OUT, n, "repères", fmt(t))


if __name__ == "__main__":
    main()
