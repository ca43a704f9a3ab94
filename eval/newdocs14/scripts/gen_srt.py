# -*- coding: utf-8 -*-
"""Génère les sous-titres SRT (~12 min) du reportage « Le Kiosque, l'écoute qui roule » du magazine local
« Ici chez nous » de Canal Abers (télévision locale), diffusé le 14 octobre 2026.

Sous-titres de télévision : pas de noms d'orateurs, deux lignes au plus par repère, changements de voix non
signalés. Tout est fictif (chaîne, villes, personnes, chiffres).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus", "2026-10-14_canal-abers-tv_reportage-kiosque-ecoute-kervenec.srt")

WPS = 2.15
MAX_WORDS = 13

# Chaque élément est une prise de parole (la voix change entre deux éléments) ; rien n'indique qui parle.
TURNS = [
    # plateau
    "Bonsoir et bienvenue dans Ici chez nous, le magazine de Canal Abers. Samedi dernier, le 10 octobre, c'était la Journée mondiale de la santé mentale. Une santé mentale dont on parle de plus en plus, mais pas toujours là où les gens vivent.",
    "À Kervénec, depuis un an, c'est l'écoute qui vient aux habitants, à bord d'un camping-car. On l'appelle le Kiosque. Reportage d'Erwan Cadiou et Lénaïg Prigent.",
    # reportage, voix off
    "Mardi, huit heures et demie, place du marché de Kerlann. Entre le fromager et le poissonnier, un camping-car blanc et vert déplie son auvent. Deux tables, quelques chaises, un thermos de café.",
    "Ici, pas de blouse blanche ni de salle d'attente. Juste deux professionnelles et une pancarte : « Envie de parler ? On a le temps. »",
    "On propose un café, on dit bonjour, on parle de la pluie et du beau temps. Et puis, des fois, au bout de dix minutes, la personne revient et elle dit : en fait, ça ne va pas très bien en ce moment.",
    "Aujourd'hui je suis avec une psychologue. On travaille toujours en binôme, une infirmière du CMP et une psychologue de l'association Parenthèse. On ne fait pas de consultation ici, on écoute, et si besoin on oriente.",
    "Lancé en septembre 2025 par le conseil local de santé mentale de Kervénec Agglomération, le Kiosque fait halte dans cinq quartiers de la ville, le mardi et le jeudi. Le mardi matin à Kerlann, le mardi après-midi à Kerhallet, le jeudi matin au Bois-Joli, le jeudi après-midi à Pen-Hir et à la Croix-Rouge, un jeudi sur deux.",
    "Ce matin-là, Maryvonne, soixante-dix ans, est venue pour le café. Elle est restée trois quarts d'heure.",
    "Mon mari est parti il y a deux ans. Les enfants sont loin, à Rennes et à Nantes. Des fois je passe trois jours sans parler à personne, à part la caissière. Alors le mardi, je viens ici. Ça me fait une raison de sortir.",
    "Elles m'ont parlé du club du quartier, de l'accueil de jour, je ne savais même pas que ça existait. J'y suis allée la semaine dernière. Voilà.",
    "Isolement, deuil, difficultés avec un adolescent, fatigue, idées noires parfois. En un an, l'équipe du Kiosque a eu plus de neuf cents conversations. Cent dix personnes ont été orientées vers un médecin, le CMP, le CCAS ou le groupe d'entraide mutuelle.",
    "Qui vient au Kiosque ? Surtout des femmes, six visiteurs sur dix, et des personnes de plus de cinquante ans. Mais l'équipe voit arriver de plus en plus de jeunes parents et de travailleurs précaires, qui passent entre deux missions d'intérim.",
    "Les sujets, c'est vraiment de tout. Beaucoup de solitude, des soucis d'argent qui empêchent de dormir, des conflits de voisinage, des parents inquiets pour leurs enfants. Et puis des personnes qui ont déjà un suivi psychiatrique et qui l'ont interrompu, qu'on aide à reprendre contact avec leur CMP.",
    "Ce qui me frappe, c'est le nombre de gens qui nous disent : c'est la première fois que j'en parle. Première fois, à cinquante ou soixante ans. Ça dit beaucoup du tabou qui entoure encore la santé mentale.",
    "Sur le marché, les commerçants sont devenus des relais. Le fromager connaît l'équipe par son prénom.",
    "Au début on se demandait ce que c'était, ce camping-car. Maintenant quand je vois un client qui n'a pas le moral, qui me raconte ses misères, je lui dis : va donc boire un café au Kiosque, elles sont gentilles. Et il y va. Enfin, pas toujours, mais souvent.",
    "La pharmacienne du quartier, elle aussi, oriente régulièrement des habitants vers le Kiosque. Le CLSM a d'ailleurs formé, au printemps, une vingtaine de commerçants, de pharmaciens et de gardiens d'immeuble aux premiers secours en santé mentale.",
    # coordinatrice
    "Au départ du projet, il y a un constat fait par le conseil local de santé mentale, que coordonne Morgane Le Goff.",
    "Quand on a fait le diagnostic en 2024, on a vu que les habitants des quartiers prioritaires venaient très peu au CMP, et souvent très tard, en situation de crise. Les gens ne savaient pas où aller, ou n'osaient pas. Donc on s'est dit : puisque les gens ne viennent pas, c'est à nous d'y aller.",
    "L'idée du camping-car est venue des habitants eux-mêmes, lors d'un atelier du conseil citoyen. Ils voulaient quelque chose de visible, de convivial, qui ne fasse pas peur. Pas un bureau de plus.",
    "L'achat et l'aménagement du véhicule ont coûté cinquante-deux mille euros, financés pour moitié par l'agglomération et pour moitié par une fondation. Le fonctionnement, c'est-à-dire les deux mi-temps d'infirmière et de psychologue, est pris en charge par l'Agence régionale de santé.",
    # psychiatre
    "Au centre hospitalier, le chef du pôle de psychiatrie a soutenu le projet dès le début.",
    "On sait qu'une personne sur cinq sera concernée un jour par un trouble psychique. Et on sait aussi que plus on attend, plus c'est difficile à soigner. Le Kiosque, c'est une porte d'entrée. Ce n'est pas le soin, mais ça permet d'arriver au soin plus tôt, et parfois d'éviter une hospitalisation.",
    "Ce que je trouve intéressant, c'est que les gens qui viennent au Kiosque ne se définissent pas comme malades. Ils viennent parce qu'ils ont un souci, et c'est très bien comme ça. Ça fait reculer la stigmatisation.",
    # GEM
    "Parmi les partenaires du Kiosque, il y a aussi le GEM Ty Kalon, un groupe d'entraide mutuelle géré par et pour des personnes qui vivent avec un trouble psychique. Une fois par mois, un de ses adhérents accompagne l'équipe.",
    "Moi je suis passé par là, l'hôpital, les médicaments, la honte. Alors quand je dis aux gens, moi aussi j'ai été mal et aujourd'hui ça va, ils m'écoutent autrement. Je ne suis pas un soignant, je suis un pair. Ça ne remplace pas le psy, mais ça donne de l'espoir.",
    "Au GEM, on est ouverts du lundi au vendredi, on fait des sorties, de la cuisine, on joue aux cartes. C'est simple. Mais pour beaucoup, c'est la première fois depuis longtemps qu'ils ont un endroit où aller.",
    # Kerhallet l'après-midi
    "Quatorze heures, le Kiosque a déménagé à Kerhallet, au pied des tours. Ici, le public est plus jeune. Des mères avec des poussettes, des ados qui sortent du collège.",
    "Les jeunes, ils ne viennent pas tout de suite. Ils tournent autour, ils regardent. La première semaine, ils ont demandé si on vendait des glaces. Maintenant certains viennent nous dire bonjour, et deux ou trois ont accepté de revenir parler.",
    "Ma fille ne dort plus, elle ne veut plus aller au lycée, je ne savais pas à qui en parler. Le médecin, il faut deux mois pour avoir un rendez-vous. Ici on m'a donné le numéro de la Maison des ados et elles ont appelé avec moi. On a un rendez-vous jeudi.",
    "Le Kiosque n'a pas fait disparaître les difficultés. Les délais restent longs au CMP, trois mois pour un premier rendez-vous avec un psychiatre. L'équipe ne s'en cache pas.",
    "On ne va pas raconter qu'on règle tout avec un café. Quand on oriente quelqu'un vers le CMP, on sait qu'il va attendre. Alors on garde le lien pendant ce temps-là : la personne peut revenir nous voir chaque semaine, on l'appelle si elle est d'accord. C'est ça aussi, notre rôle : que personne ne reste seul pendant l'attente.",
    # élu
    "Pour les élus de l'agglomération, l'expérience est concluante. Elle devrait s'étendre l'an prochain.",
    "Nous allons ajouter un sixième arrêt en 2027, dans le quartier de Keranroux, et nous réfléchissons à une sortie le samedi matin, pour toucher les personnes qui travaillent en semaine. C'est un investissement modeste au regard de ce que coûtent les crises qu'on n'a pas vues venir.",
    "La santé mentale, ce n'est pas seulement l'affaire de l'hôpital. C'est aussi celle de la commune, des associations, des voisins. Le conseil local de santé mentale, c'est exactement ça : mettre tout le monde autour de la table.",
    # retour plateau
    "Seize heures trente, l'auvent se replie. Prochaine halte jeudi matin, au Bois-Joli.",
    "Un reportage d'Erwan Cadiou et Lénaïg Prigent. Et pour ceux qui voudraient passer au Kiosque, toutes les informations sont sur le site de Kervénec Agglomération, rubrique santé.",
    "Je vous rappelle aussi que le forum santé mentale de l'agglomération aura lieu le samedi 21 novembre, de 10 heures à 17 heures, à la salle Glenmor, avec des stands, des ateliers et une conférence sur le sommeil des adolescents.",
    "Et si vous-même ou l'un de vos proches traversez une période difficile, vous pouvez appeler le 3114, le numéro national de prévention du suicide, gratuit, vingt-quatre heures sur vingt-quatre.",
    "C'est la fin de ce numéro d'Ici chez nous. La semaine prochaine, on partira à la rencontre des bénévoles de la banque alimentaire de Plouzévet. Bonne soirée sur Canal Abers.",
]


def split_turn(text):
    words = text.split()
    cues, cur = [], []
    for w in words:
        cur.append(w)
        if len(cur) >= MAX_WORDS or (len(cur) >= 7 and re.search(r"[.?!:,]$", w)):
            cues.append(cur)
            cur = []
    if cur:
        if cues and len(cur) < 4:
            cues[-1] += cur
        else:
            cues.append(cur)
    out = []
    for c in cues:
        if len(c) > 7:   # deux lignes
            k = (len(c) + 1) // 2
            out.append(" ".join(c[:k]) + "\n" + " ".join(c[k:]))
        else:
            out.append(" ".join(c))
    return out


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def main():
    t = 2.0
    blocks = []
    n = 0
    for i, turn in enumerate(TURNS):
        if i:
            t += 1.2
        for piece in split_turn(turn):
            dur = max(1.5, len(piece.split()) / WPS)
            n += 1
            blocks.append("%d\n%s --> %s\n%s\n" % (n, fmt(t), fmt(t + dur), piece))
            t += dur + 0.1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(blocks))
    print("écrit", OUT, n, "repères, fin à", fmt(t))


if __name__ == "__main__":
    main()
