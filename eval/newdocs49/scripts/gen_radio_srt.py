# -*- coding: utf-8 -*-
"""Génère les sous-titres .srt de l'entretien radio « Le Midi de RBK » du mercredi 8 octobre 2025 (Radio Bro
Kervallon, 97,2 FM) consacré à la santé mentale des jeunes, pendant les Semaines d'information sur la santé mentale.

Format SRT : numéro, « hh:mm:ss,mmm --> hh:mm:ss,mmm », une ou deux lignes. Trois voix (un journaliste, deux
invitées) mais AUCUN nom d'orateur : chaque prise de parole commence par « - » en début de repère ; quand une
réplique est très courte, elle partage son repère avec le début de la réplique suivante (« - Oui.\\n- Et … »).
Durées calculées d'après la longueur du texte puis mises à l'échelle pour une émission d'environ 20 minutes.

Tout est inventé (ville de Kervallon, département d'Aven-et-Odet, personnes, chiffres, numéros en 03 99 00,
domaines .example).
"""
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-08_radio-bro-kervallon_midi-rbk-sante-mentale-jeunes.srt")

# J = journaliste, S = directrice de la MDA, N = psychologue du PAEJ (lettres jamais écrites dans le fichier)
TURNS = r"""
J|Il est midi et quart sur Radio Bro Kervallon, bienvenue dans le Midi de RBK. Cette semaine, la ville vit au rythme des Semaines d'information sur la santé mentale, et nous avons choisi de parler des jeunes, des 11-25 ans. Avec moi en studio, deux invitées. Sophie Tanguy, vous dirigez la Maison des adolescents d'Aven-et-Odet. Bonjour.
S|Bonjour Erwan.
J|Et Nadia Benali, vous êtes psychologue au point accueil écoute jeunes de Kerbrézel, le Point Virgule, et vous êtes aussi formatrice aux premiers secours en santé mentale. Bonjour.
N|Bonjour, merci de nous recevoir.
J|Sophie Tanguy, on commence par le plus simple. Une Maison des adolescents, concrètement, c'est quoi ?
S|C'est un lieu où un jeune de 11 à 25 ans peut venir parler de ce qui ne va pas, sans rendez-vous s'il le souhaite, gratuitement, et dans la confidentialité. On reçoit aussi les parents, et les professionnels qui se posent des questions sur un jeune. Dans l'équipe il y a des psychologues, des éducateurs, une infirmière, un médecin à temps partiel et une assistante sociale. L'idée, c'est qu'il n'y ait pas de mauvaise porte : on écoute, on évalue, et si besoin on oriente vers le soin.
J|Vous êtes installés en centre-ville, place de la Résistance.
S|Oui, c'est notre siège. Et depuis septembre de l'année dernière, le 2 septembre 2024 exactement, nous avons une antenne à Pen ar Roz, dans la maison de quartier du Roz. Parce qu'on s'est rendu compte que les jeunes des quartiers prioritaires ne prenaient pas le bus pour venir jusqu'au centre. C'est aussi bête que ça.
J|Et ça marche ?
S|Ça marche au-delà de ce qu'on espérait. Sur les quatre derniers mois de 2024, l'antenne a reçu 74 jeunes. Et cette année, au 30 septembre, on en est déjà à 168. La moitié n'étaient jamais venus à la MDA avant.
J|Nadia Benali, le Point Virgule, c'est la même chose qu'une Maison des ados ?
N|Non, et c'est une confusion fréquente. Le PAEJ, c'est un lieu d'écoute, pas un lieu de soin. On accueille les 12-25 ans, et leurs parents, de façon anonyme : on ne demande pas le nom, pas la carte vitale, rien. On est là pour une écoute, parfois un seul entretien, parfois quelques-uns, et quand il faut aller plus loin on passe le relais à la MDA ou au centre médico-psychologique. Et surtout on va vers les jeunes : on fait des permanences à la mission locale le jeudi matin, on est présents au pied des immeubles avec les animateurs, au gymnase, là où ils sont.
J|Combien de jeunes passent la porte du Point Virgule ?
N|L'an dernier, en 2024, on a accueilli 341 jeunes différents. Et cette année on sera plutôt autour de 380, 390. Plus de la moitié habitent Kerbrézel ou Pen ar Roz.
J|Qui sont-ils ? Des garçons, des filles ?
N|Chez nous c'est assez équilibré, un peu plus de garçons même, parce que le foot et le gymnase nous amènent des garçons qui ne seraient jamais venus dans un bureau. À la MDA c'est très différent.
S|Oui, à la MDA c'est environ deux tiers de filles. Les filles viennent plus facilement demander de l'aide, et elles expriment davantage leur mal-être par l'anxiété, la tristesse, parfois les scarifications. Les garçons, on les voit plus tard, et souvent par le biais d'un conflit, d'une exclusion, d'un passage à l'acte.
J|On entend beaucoup que la santé mentale des jeunes s'est dégradée depuis le Covid. C'est ce que vous constatez à Kervallon ?
S|C'est ce que disent toutes les enquêtes et c'est ce qu'on voit. Aux urgences du centre hospitalier de Kervallon, les passages de 11-17 ans pour un geste auto-infligé ont augmenté de 2023 à 2024, on est passé de 118 à 141. Et ce sont très majoritairement des filles. Mais attention, je voudrais dire aussi une chose positive : les jeunes en parlent beaucoup plus qu'avant. Le mot santé mentale n'est plus tabou pour eux. Il l'est parfois plus pour les adultes.
J|Justement, les adultes. Comment un parent peut-il savoir si son ado traverse juste une mauvaise passe ou s'il va vraiment mal ?
N|C'est la question qu'on nous pose le plus. Moi je dis souvent aux parents de regarder trois choses : la durée, l'intensité et le retentissement. Un ado qui est grognon trois jours après une dispute, c'est la vie. Un ado qui ne dort plus, qui ne voit plus ses copains, dont les notes chutent, et que ça dure plus de deux semaines, là il faut s'inquiéter et en parler.
- et il ne faut pas avoir peur de poser la question directement est-ce que tu as des idées de suicide poser la question ça ne donne pas l'idée au contraire ça soulage
J|C'est ce qu'on apprend dans les formations premiers secours en santé mentale ?
N|Exactement. Le module jeunes des premiers secours en santé mentale, c'est une formation de deux jours, quatorze heures, destinée aux adultes qui côtoient des jeunes de 11 à 18 ans : des parents, des enseignants, des animateurs, des entraîneurs sportifs. On apprend à repérer, à engager la conversation, et à orienter. C'est vraiment l'équivalent des gestes de premiers secours, mais pour la santé mentale.
J|Et combien de personnes ont été formées à Kervallon ?
N|Depuis janvier 2025, nous avons formé 77 personnes, sur six sessions. Et il y en a une la semaine prochaine, les 13 et 14 octobre à la médiathèque, pour les clubs sportifs, qui est déjà complète.
J|Complète, donc il faut s'inscrire vite pour les suivantes.
N|Oui, la prochaine session ouverte au public, c'est en novembre, au lycée de l'Odet. Les inscriptions se font auprès du conseil local de santé mentale.
J|Sophie Tanguy, quand un jeune appelle la MDA aujourd'hui, combien de temps attend-il pour être reçu ?
S|Pour un premier accueil, on est aujourd'hui à 17 jours en moyenne. Deux semaines et demie. C'est trop, je le dis franchement. Il y a un an on était à plus de trois semaines, donc ça s'améliore, mais notre objectif c'est dix jours.
J|Et s'il y a urgence ?
S|S'il y a urgence, on ne fait pas attendre. Tous les après-midi il y a un créneau d'accueil sans rendez-vous, le jeune est vu le jour même par un professionnel, qui évalue. Et si c'est une urgence vitale, c'est le 15, ou les urgences de l'hôpital. Et il y a le 3114, le numéro national de prévention du suicide, qui répond 24 heures sur 24.
J|On va parler de deux sujets qui inquiètent beaucoup les parents. Le harcèlement, d'abord.
N|Oui. On a fait passer au printemps une enquête sur le climat scolaire dans quatre collèges de la ville, avec le soutien des infirmières scolaires. Un peu plus d'un collégien sur dix dit avoir été harcelé dans l'année. Et ce qui a changé, c'est que le harcèlement ne s'arrête plus à la grille du collège. Il continue le soir, sur le téléphone, dans les groupes de messagerie.
J|Que doit faire un jeune qui est harcelé ?
N|En parler, à un adulte de confiance, et au collège : chaque établissement a désormais des référents harcèlement, avec le programme pHARe. Il y a aussi le 3018, qui est le numéro national pour le harcèlement et le cyberharcèlement, gratuit et anonyme. Et au PAEJ on reçoit les jeunes harcelés, mais aussi ceux qui harcèlent, ce qu'on dit moins.
- et les témoins les témoins c'est la clé souvent ils savent et ils ne disent rien parce qu'ils ont peur de devenir la prochaine cible
J|L'autre sujet, ce sont les écrans.
S|Oui, les écrans. Je voudrais être nuancée. Les écrans ne sont pas la cause de tout. Mais ce qu'on voit très clairement à la MDA, c'est l'effet sur le sommeil. Un ado qui se couche à deux heures du matin parce qu'il est sur son téléphone, qui dort cinq heures, au bout de trois semaines il est irritable, il décroche au collège, et son moral s'effondre. Dans notre enquête du printemps, six lycéens sur dix de 15 à 17 ans disent utiliser leur téléphone après minuit au moins une fois par semaine.
J|Vous conseillez quoi aux parents ?
S|De parler des écrans plutôt que de les interdire. De laisser les téléphones hors de la chambre la nuit, y compris celui des parents, parce que l'exemple compte. Et de venir en discuter : le jeudi 9 octobre, demain soir, il y a une conférence sur les écrans et le sommeil des ados à la médiathèque, et le samedi 11, un café des parents sur le harcèlement au centre social de Kerbrézel.
J|On a aussi des auditeurs étudiants. Il y a à Kervallon un IUT, presque deux mille étudiants. Où peut aller un étudiant qui ne va pas bien ?
N|D'abord au service de santé étudiante de l'IUT, qui a des consultations de psychologue deux demi-journées par semaine. Ensuite il y a deux dispositifs nationaux qu'on confond souvent. Santé Psy Étudiant, qui est réservé aux étudiants : huit séances gratuites chez un psychologue partenaire, sans avance de frais. Et Mon soutien psy, qui est ouvert à tout le monde dès trois ans, étudiants compris : jusqu'à douze séances par an chez un psychologue conventionné, remboursées par l'Assurance maladie et la mutuelle.
J|Mon soutien psy, c'est l'ancien MonPsy ?
N|C'est ça, MonPsy a été rebaptisé Mon soutien psy en juin 2024, et on est passé de huit à douze séances, et on peut maintenant y aller directement, sans passer par son médecin.
J|Et ça marche, à Kervallon ? Il y a des psychologues qui participent ?
N|Il y en a, mais pas assez. Sur la ville, on en compte sept pour Mon soutien psy et trois pour Santé Psy Étudiant. Donc il faut parfois aller à Pont-Kerlaz ou plus loin.
J|Sophie Tanguy, les moyens. On sait que la psychiatrie de l'enfant et de l'adolescent manque de bras. Qui finance ce que vous faites ?
S|La MDA est financée principalement par l'agence régionale de santé de Bretagne, et par le département. L'antenne de Pen ar Roz a été montée avec un financement spécifique de l'ARS, et avec le contrat de ville pour les actions dans les quartiers. La CAF nous aide pour tout ce qui concerne les parents, les groupes de parents notamment. Et la Fondation de France nous a soutenus cette année pour un projet d'ambassadeurs bien-être dans les lycées : des lycéens volontaires, formés, qui font le lien entre leurs camarades et les adultes.
J|Des pairs, en quelque sorte.
N|Oui, et c'est très efficace. Un jeune parlera plus facilement à un autre jeune qu'à un adulte.
J|Il nous reste quelques minutes. Le conseil local de santé mentale, le CLSM, vient de publier un guide pour orienter un jeune. À qui s'adresse-t-il ?
S|À tous les professionnels qui croisent des jeunes : enseignants, animateurs, conseillers de la mission locale, éducateurs, agents d'accueil de la mairie. Il tient en quelques pages, avec les étapes, et surtout un tableau de qui appeler pour quoi, avec les numéros et les horaires. Il a été rédigé par le groupe de travail jeunesse du CLSM, que je co-anime avec le docteur Yann Morvan, pédopsychiatre au centre hospitalier.
J|Il est disponible où ?
S|Sur le site du CLSM, sante-mentale.kervallon.example, et en version papier à la MDA, au PAEJ et à la mission locale.
J|Un mot pour finir, Nadia Benali. Si un jeune nous écoute et qu'il ne va pas bien ?
N|Je lui dirais qu'il n'a pas besoin d'aller très mal pour venir nous voir. Qu'on peut venir pour rien, pour parler, sans rendez-vous, sans donner son nom. Le Point Virgule est ouvert le lundi et le vendredi après-midi, et le mercredi toute la journée. On peut aussi nous envoyer un SMS au 06 99 00 63 41.
J|Sophie Tanguy ?
S|Et aux parents je dirais : n'attendez pas d'être à bout. La MDA reçoit aussi les parents seuls, même si l'ado ne veut pas venir. Le numéro, c'est le 03 99 00 52 10.
J|Merci à toutes les deux. Le programme complet des Semaines d'information sur la santé mentale est sur le site de la ville. Vous écoutiez le Midi de RBK, à demain.
"""


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def chunks(text, limit=80):
    """Découpe une réplique en morceaux d'au plus ~80 caractères, aux frontières de mots."""
    words, out, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out


def main():
    rnd = random.Random(49)
    turns = []
    for line in TURNS.strip().split("\n"):
        if line.startswith("- "):  # suite sans ponctuation de la réplique précédente (même voix)
            turns[-1] = (turns[-1][0], turns[-1][1] + " " + line[2:])
            continue
        who, text = line.split("|", 1)
        turns.append((who, text))
    # repères : liste de (lignes, nombre de caractères)
    cues = []
    i = 0
    while i < len(turns):
        pieces = chunks(turns[i][1])
        if len(pieces) == 1 and len(pieces[0]) <= 40 and i + 1 < len(turns):
            # réplique courte : partage son repère avec le début de la suivante
            nxt = chunks(turns[i + 1][1], 38)
            first = nxt[0]
            rest = chunks(" ".join(nxt[1:]))
            cues.append((["- " + pieces[0], "- " + first], len(pieces[0]) + len(first), True))
            for r in rest:
                lines = textwrap.wrap(r, 42)
                if len(lines) > 2:
                    lines = [" ".join(lines[:-1]), lines[-1]]
                cues.append((lines, len(r), False))
            i += 2
            continue
        for k, p in enumerate(pieces):
            lines = textwrap.wrap(p, 42)
            if len(lines) > 2:
                lines = [" ".join(lines[:-1]), lines[-1]]
            if k == 0:
                lines[0] = "- " + lines[0]
            cues.append((lines, len(p), k == 0))
        i += 1
    # durées brutes puis mise à l'échelle vers ~1 200 s
    raw = []
    for lines, n, turn in cues:
        gap = rnd.uniform(0.6, 1.2) if turn else rnd.uniform(0.05, 0.3)
        raw.append((gap, max(1.5, n / rnd.uniform(12.5, 14.5))))
    total = 6.0 + sum(g + d for g, d in raw)
    scale = 1195.0 / total
    t = 6.0  # générique
    blocks = []
    for n, ((lines, _, _), (gap, dur)) in enumerate(zip(cues, raw), 1):
        t += gap * scale
        start, end = t, t + dur * scale
        blocks.append("%d\n%s --> %s\n%s" % (n, fmt(start), fmt(end), "\n".join(lines)))
        t = end
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")
    print("écrit :", OUT, "—", len(blocks), "repères, fin %.0f s" % t)


if __name__ == "__main__":
    main()
