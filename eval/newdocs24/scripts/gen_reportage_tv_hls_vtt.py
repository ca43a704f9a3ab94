# -*- coding: utf-8 -*-
"""Sous-titres d'un reportage de télévision locale, tels que les sert le lecteur de replay en HLS et tels qu'un
outil de téléchargement les recolle en un seul fichier .vtt.

Imitation : en-tête « WEBVTT » suivi de « X-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000 » (alignement HLS),
sous-titrage pour sourds et malentendants selon la charte française : classes de couleur <c.cyan> pour le commentaire
du journaliste (voix off), texte sans classe (blanc) pour les personnes à l'image, <c.yellow> pour une voix hors
champ, <c.red> pour les indications sonores entre parenthèses, <c.magenta> pour la musique avec « ♪ » ; tiret au
changement de locuteur dans un même repère ; lignes de 37 caractères au plus, deux lignes par repère, réglages
« line:85% align:center » (et « line:10% » quand un bandeau occupe le bas de l'image) ; pas de noms d'orateurs (ils
sont incrustés à l'image) ; chiffres en chiffres, comme en sous-titrage télévisé. Artefact HLS : le flux est découpé
en segments de 10 s et un repère à cheval sur deux segments figure dans les deux ; le recollage les laisse en double,
l'un à la suite de l'autre. ~9 minutes.
"""
import os
import textwrap

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-17_canal-deux-vallees_vivre-ici-solitude-aines.vtt")

N, W, Y, R, M = "cyan", None, "yellow", "red", "magenta"
# (couleur, texte, pause avant en secondes, bandeau en bas ?)
TURNS = [
    (M, "♪ Générique ♪", 0.5, False),
    (N, "Vivre ici, le magazine de Canal Deux-Vallées. Aujourd'hui : vieillir seul dans les quartiers "
        "d'Escaudières.", 1.0, False),
    (N, "Il est 10 heures, quartier des Hauts-Prés. Comme chaque mardi, Martine et Youssef montent au 9e étage de "
        "la tour Rameau.", 1.5, False),
    (R, "(Sonnette)", 0.8, False),
    (W, "Entrez, entrez, c'est ouvert ! Je vous attendais, j'ai fait du café.", 0.5, True),
    (N, "Jeannine a 84 ans. Veuve depuis 6 ans, elle vit seule dans ce trois-pièces. Son fils habite à Lyon, il "
        "appelle le dimanche.", 0.8, False),
    (W, "Le mardi, c'est mon jour. Les autres jours, je vois personne. Des fois, je dis pas un mot de la "
        "journée.", 0.6, False),
    (N, "L'hiver dernier, l'ascenseur de la tour est resté en panne 3 semaines. Jeannine n'est pas descendue une "
        "seule fois.", 0.8, False),
    (W, "Neuf étages, avec mes genoux ? Non. C'est Youssef qui m'a monté les courses. Sinon je sais pas comment "
        "j'aurais fait.", 0.5, False),
    (W, "Je suis veilleur depuis un an et demi. Au début, je pensais qu'on venait pour discuter. En fait, on vient "
        "surtout pour écouter.", 1.0, True),
    (N, "Martine et Youssef font partie des Veilleurs du Quartier, une équipe citoyenne de 47 bénévoles. Ils ne "
        "sont ni soignants ni aides à domicile. Leur rôle : rendre visite, téléphoner, et repérer quand quelque "
        "chose ne va pas.", 0.8, False),
    (W, "Une fois, une dame nous a dit : « Vous savez, je suis un poids pour tout le monde. » Ça, on ne le laisse "
        "pas passer. On a rempli une fiche de vigilance le jour même.", 0.6, True),
    (N, "La fiche de vigilance, c'est l'outil du protocole « Vigilance aînés », adopté le 10 février par le "
        "conseil local de santé mentale. Manon Delattre le coordonne.", 1.0, False),
    (W, "Avant, chacun voyait des choses de son côté : l'aide à domicile, le pharmacien, le gardien, la voisine. "
        "Personne ne savait à qui le dire. Maintenant, il y a une fiche unique. Elle arrive au CCAS, qui rappelle "
        "la personne dans les 5 jours.", 0.6, True),
    (N, "Dans les deux quartiers prioritaires d'Escaudières, près d'une personne de 75 ans et plus sur deux vit "
        "seule. Lors de l'enquête menée à l'automne, 22 % des seniors interrogés n'avaient reçu ni visite ni "
        "appel dans la semaine.", 1.0, False),
    (N, "Quand la solitude se double d'une souffrance psychique, c'est une autre équipe qui intervient. Karima "
        "Benali est infirmière à l'équipe mobile de psychiatrie du sujet âgé.", 1.2, False),
    (R, "(Portière qui claque)", 0.6, False),
    (W, "On va chez Monsieur André, 79 ans. Il a perdu sa femme il y a un an. Il ne mangeait plus, il ne sortait "
        "plus, il disait qu'il attendait de la rejoindre.", 0.5, True),
    (N, "C'est son médecin traitant qui a appelé l'équipe mobile. Première visite 8 jours plus tard. Depuis, "
        "Karima vient tous les 15 jours.", 0.8, False),
    (W, "Au début, je voulais pas. Un psychiatre, moi ? Je suis pas fou. Et puis elle est revenue, elle a pas "
        "lâché.", 0.7, True),
    (W, "Aujourd'hui, il a repris le déjeuner du jeudi au club des aînés. C'est une petite victoire, mais c'est "
        "énorme pour lui.", 0.6, False),
    (N, "L'équipe mobile a suivi 412 patients l'an dernier et réalisé plus de 1 100 visites à domicile. Pour sa "
        "responsable, la dépression des personnes âgées reste largement méconnue.", 1.0, False),
    (W, "On la confond avec la vieillesse. On entend : « C'est normal à son âge d'être fatigué, de ne plus avoir "
        "envie. » Non, ce n'est pas normal. La dépression du sujet âgé se soigne, à 85 ans comme à 40.", 0.6,
     True),
    (W, "Et elle se présente souvent autrement : moins de tristesse exprimée, plus de plaintes physiques, des "
        "douleurs, de l'irritabilité, des troubles de la mémoire qui font penser à tort à une démence.", 0.5,
     False),
    (N, "Un enjeu vital : en Hauts-de-France comme ailleurs, ce sont les hommes âgés qui meurent le plus par "
        "suicide.", 0.8, False),
    (W, "Chez un homme âgé qui vit seul, qui vient de perdre son épouse et qui dit qu'il est de trop, il faut "
        "poser la question du suicide. Directement. Ça ne donne pas l'idée. Au contraire, ça soulage.", 0.5,
     False),
    (R, "(Bruits de vaisselle)", 1.0, False),
    (N, "Autre public fragile : les aidants. Gérard, 76 ans, s'occupe seul de son épouse, atteinte de la maladie "
        "d'Alzheimer.", 0.6, False),
    (W, "Je ne dors plus vraiment. Elle se lève la nuit, elle cherche la porte. Pendant 2 ans, j'ai rien dit à "
        "personne.", 0.6, True),
    (N, "Depuis l'automne, son épouse passe le mercredi après-midi à la halte-répit du Relais des Aidants. "
        "Gérard, lui, a repris la pétanque.", 0.8, False),
    (W, "(Il rit) 3 heures pour moi. Ça paraît rien. Ça m'a sauvé, je crois.", 0.5, False),
    (N, "Prochaine étape pour le conseil local de santé mentale : une permanence de l'équipe mobile au centre "
        "social des Hauts-Prés à partir d'avril, et un café des aînés à la Cité Saint-Éloi.", 1.2, False),
    ("DUO", ("On revient mardi prochain, Jeannine !", "Vous avez intérêt !"), 0.8, False),
    (N, "Si vous êtes en détresse ou inquiet pour un proche, le numéro national de prévention du suicide, le "
        "3114, répond 24 heures sur 24, gratuitement.", 1.0, False),
    (M, "♪ Musique de fin ♪", 0.5, False),
]

WIDTH = 37
CPS = 12.0  # caractères par seconde (rythme du sous-titrage télévisé)


def fmt(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def chunks(text):
    lines = textwrap.wrap(text, WIDTH, break_on_hyphens=False)
    return [lines[i:i + 2] for i in range(0, len(lines), 2)]


def paint(colour, line):
    return line if colour is None else "<c.%s>%s</c>" % (colour, line)


def main():
    cues = []
    t = 2.0
    for colour, text, pause, banner in TURNS:
        t += pause
        setting = "line:10% align:center" if banner else "line:85% align:center"
        if colour == "DUO":
            a, b = text
            lines = ["<c.yellow>- %s</c>" % a, "- %s" % b]
            dur = max(2.0, (len(a) + len(b)) / CPS)
            cues.append((t, t + dur, setting, lines))
            t += dur
            continue
        for block in chunks(text):
            n = sum(len(x) for x in block)
            dur = max(1.6, n / CPS)
            cues.append((t, t + dur, setting, [paint(colour, x) for x in block]))
            t += dur + 0.08
            banner = False
            setting = "line:85% align:center"
    out = ["WEBVTT", "X-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000", ""]
    seg = 10.0
    for start, end, setting, lines in cues:
        copies = 2 if int(start // seg) != int((end - 0.001) // seg) else 1
        for _ in range(copies):
            out.append("%s --> %s %s" % (fmt(start), fmt(end), setting))
            out.extend(lines)
            out.append("")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(OUT, len(cues), "repères, fin à", fmt(cues[-1][1]))


if __name__ == "__main__":
    main()
