# -*- coding: utf-8 -*-
"""Génère les sous-titres (.srt) de l'émission « Le Rendez-vous santé » de Radio Côtes FM du 20 novembre 2025 :
« Soigner à distance : la santé mentale à l'heure du numérique dans les Côtes de Vauclerc ».

Format SRT : numéro de repère, horodatage « HH:MM:SS,mmm --> HH:MM:SS,mmm », une ou deux lignes de texte, ligne
vide. Un animateur (Julien Perrin) et deux invitées (Sonia Lefèvre, infirmière en pratique avancée au CMP de
Vauclerc ; Inès Bouchard, conseillère numérique à France Services du Champ-Fleury). Le nom de la personne qui
parle n'est écrit qu'au premier repère de chaque prise de parole (changement de voix) ; les repères longs sont
coupés au milieu des phrases ; une pause musicale d'environ deux minutes au milieu. Durées calculées d'après la
longueur du texte (débit oral), de façon déterministe.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-20_radio-cotes-fm_rendez-vous-sante-soigner-a-distance.srt")

NAMES = {"J": "JULIEN PERRIN", "S": "SONIA LEFÈVRE", "I": "INÈS BOUCHARD"}

# « @X » en début de ligne : changement de voix (X = J, S ou I) ; le nom n'est écrit que sur ce repère.
TEXT = """[Indicatif de l'émission]
@J Bonjour à toutes et à tous, il est midi dix, vous écoutez Radio Côtes FM et c'est l'heure du Rendez-vous santé.
Aujourd'hui on parle de santé mentale et de numérique, ici, dans les Côtes de Vauclerc, un territoire où le psychiatre le plus proche est parfois à quarante minutes de route.
Avec moi en studio, deux invitées. Sonia Lefèvre, bonjour.
@S Bonjour Julien.
@J Vous êtes infirmière en pratique avancée au centre médico-psychologique de Vauclerc, le CMP. Qu'est-ce que ça veut dire, infirmière en pratique avancée ?
@S Alors, IPA, infirmière en pratique avancée, c'est une infirmière qui a fait deux années de master en plus de son diplôme.
Moi j'ai la mention psychiatrie et santé mentale. Concrètement je peux suivre des patients stabilisés, renouveler certains traitements, prescrire des examens,
toujours en lien avec le psychiatre, qui au CMP est le docteur Olivier Thiébaut.
@J Et à côté de vous, Inès Bouchard. Bonjour Inès.
@I Bonjour !
@J Vous êtes conseillère numérique à France Services, au Champ-Fleury, à Vauclerc.
@I Oui, c'est ça. France Services, c'est le guichet où on aide les gens pour toutes leurs démarches : la CAF, les impôts, la retraite, la carte grise.
Et depuis mars 2024 on a ouvert un point d'aide numérique consacré à la santé. On l'appelle la permanence e-santé.
@J On va y revenir. Sonia, commençons par la téléconsultation. Depuis 2023, des patients du CMP sont suivis à distance depuis les maisons de santé du territoire. Comment ça marche ?
@S Le principe est simple. Le patient ne se connecte pas de chez lui : il vient dans sa maison de santé, à Fontenoy-la-Côte, à Brémoncourt, à Saint-Aubin-des-Bois ou au pôle de santé du Champ-Fleury.
Il y a une petite salle équipée, avec un grand écran, une caméra et un bon micro. Une infirmière de la maison de santé l'accueille, l'installe, reste avec lui au début si besoin.
Et nous, au CMP, le psychiatre ou moi, on est de l'autre côté de l'écran. C'est ce qu'on appelle une téléconsultation assistée.
@J Pourquoi ne pas faire ça directement de chez soi, avec son téléphone ? Ce serait plus simple.
@S Plus simple en ville, peut-être. Mais ici, beaucoup de gens n'ont pas une connexion qui tient la vidéo pendant quarante-cinq minutes.
L'enquête du CLSM l'a bien montré : dans le secteur de Saint-Aubin, quatre habitants sur dix disent que leur connexion est insuffisante pour la vidéo.
Et puis chez soi on n'est pas toujours tranquille, il y a la famille, les enfants, on ne parle pas librement de ce qui ne va pas.
À la maison de santé, on a un lieu neutre, confidentiel, et quelqu'un à côté si ça ne va pas.
@J Et ça marche ? Les patients viennent ?
@S Oui, de plus en plus. On a fait deux cent douze téléconsultations la première année, en 2023, quatre cent quatre-vingt-six l'an dernier, et cette année on devrait dépasser les sept cents.
Ce qui a beaucoup changé, c'est l'arrivée de Saint-Aubin-des-Bois en avril 2024. Saint-Aubin, c'est à trente-huit kilomètres du CMP, sans transport en commun le matin.
Avant, ces patients-là, on les perdait de vue : ils annulaient, ils ne venaient plus.
@J Est-ce qu'on peut tout faire à distance ? Le premier rendez-vous, par exemple ?
@S Le premier contact, l'évaluation, c'est souvent moi qui la fais en téléconsultation. Mais le patient voit le psychiatre en vrai, au CMP, au moins une fois par an. C'est une règle qu'on s'est donnée.
Et quand la personne va très mal, quand il y a un risque suicidaire par exemple, on ne reste pas derrière un écran : on organise une consultation sur place le jour même ou on passe par les urgences de Ravenel.
@J Il y a une question que beaucoup d'auditeurs se posent, je pense : est-ce que c'est enregistré ? Est-ce que quelqu'un peut regarder la séance ?
@S Non, jamais. Les téléconsultations ne sont pas enregistrées, ni le son ni l'image. On utilise l'outil régional de télémédecine, qui est sécurisé, la vidéo est chiffrée de bout en bout.
L'infirmière de la maison de santé sort de la salle dès que le patient le souhaite. Et ce qu'on note, on le note dans le dossier du CMP, comme pour une consultation classique.
@J Inès, parlons de votre permanence e-santé. Qui vient vous voir ?
@I Un peu tout le monde ! Beaucoup de personnes âgées, des gens qui n'ont pas d'ordinateur, des parents qui ne s'en sortent pas avec les démarches en ligne.
Au Champ-Fleury, un habitant sur quatre n'a pas internet à la maison. Près d'un sur quatre, en fait, c'est ce que disait l'enquête.
Alors on aide à créer Mon espace santé, à télécharger une ordonnance, à prendre un rendez-vous. On explique aussi comment se passe une téléconsultation, ça rassure.
@J Et ça représente combien de personnes ?
@I Depuis le début de l'année, on en est à six cent douze accompagnements santé. L'an dernier, sur toute l'année, on en avait fait trois cent cinquante-six. Donc ça a quasiment doublé.
@J La permanence, c'est quand ?
@I Le mardi matin de neuf heures à midi et le jeudi après-midi de quatorze à dix-sept heures, au 12 rue des Tilleuls. Sans rendez-vous.
Et pour ceux qui habitent loin, il y a le bus France Services, qui passe dans douze communes. À Saint-Aubin, par exemple, c'est un mercredi sur deux sur la place de la mairie.
@J Une question délicate : quand vous aidez quelqu'un à se connecter, vous voyez ses données de santé. Vous les gardez ?
@I Jamais. Je ne garde aucun mot de passe, je ne note rien sur papier. Quand je dois faire une démarche à la place de quelqu'un, on passe par Aidants Connect : c'est un mandat officiel, signé, limité dans le temps.
Et je n'ouvre pas les documents médicaux. Si la personne veut me montrer son ordonnance, c'est elle qui décide, mais moi je ne vais pas la chercher.
@J On marque une pause, on se retrouve dans deux minutes avec la nouvelle plateforme de rendez-vous en ligne et une application pour les jeunes. Restez avec nous.
[PAUSE MUSICALE]
@J Retour au Rendez-vous santé sur Radio Côtes FM, on parle de santé mentale et de numérique avec Sonia Lefèvre et Inès Bouchard.
Depuis le 6 octobre, on peut prendre rendez-vous en ligne avec sa maison de santé et même avec le CMP. Inès, c'est vous qui avez formé les habitants ?
@I On a surtout fait beaucoup de démonstrations ! La plateforme s'appelle Rendez-vous Santé Côtes. On y trouve les quatre maisons de santé et le CMP.
Pour les maisons de santé, on choisit un créneau directement, avec un SMS de rappel quarante-huit heures avant. En six semaines il y a déjà eu plus de six cents rendez-vous pris en ligne.
@S Pour le CMP c'est un peu différent, et c'est important de le préciser. On ne prend pas un rendez-vous avec le psychiatre en ligne.
On remplit une demande de premier contact, et une infirmière du CMP rappelle la personne dans les cinq jours ouvrés pour faire le point. C'est elle qui oriente ensuite.
@J Et si c'est urgent ?
@S Alors surtout pas la plateforme. En cas d'urgence, c'est le 15, ou les urgences du centre hospitalier de Ravenel. C'est écrit en gros sur la page d'accueil d'ailleurs.
@J Et ceux qui ne sont pas à l'aise avec internet ?
@I Ils peuvent toujours appeler le secrétariat commun au 03 99 00 41 00, ou venir nous voir à France Services : on prend le rendez-vous avec eux. Personne ne doit être obligé de passer par internet.
@J Sonia, autre nouveauté : une application de santé mentale pour les jeunes. Elle s'appelle Boussole Jeunes. De quoi s'agit-il ?
@S C'est une expérimentation que le CLSM mène depuis le 29 septembre avec la Mission locale, le lycée des métiers Les Côtes et la Maison des adolescents.
L'application est pour les quinze à vingt-cinq ans. Il y a un journal d'humeur, des exercices de respiration, et surtout un annuaire des ressources locales : le point accueil écoute jeunes, le CMP, la Maison des adolescents.
À ce jour on a une quarantaine de jeunes inscrits. L'objectif, c'est quatre-vingts d'ici la fin de l'expérimentation, en février.
@J Une appli pour aller mieux, ça remplace un psy ?
@S Non, et on le dit clairement aux jeunes. Ce n'est pas un soin. C'est une porte d'entrée. Si un jeune indique une humeur très basse trois jours de suite, l'application lui propose d'appeler le point accueil écoute jeunes, et affiche les numéros d'urgence.
Mais personne ne surveille son journal. Ni le CLSM, ni la communauté de communes, ni nous au CMP. Le journal reste sur le téléphone du jeune.
@J Qui finance tout ça ?
@S L'Agence régionale de santé, l'ARS, finance la téléconsultation, le matériel et une partie de la coordination. Le contrat de ville finance ce qui se passe au Champ-Fleury, la permanence d'Inès et l'appli pour les jeunes du quartier. Et la communauté de communes met le reste.
@J Un dernier mot, Inès : si je suis auditeur et que je veux me lancer, je fais quoi ?
@I Vous venez nous voir avec votre carte Vitale et votre téléphone si vous en avez un. On s'occupe du reste. Et si vous ne pouvez pas vous déplacer, appelez France Services au 03 99 00 41 80.
@J Sonia ?
@S Et pour le CMP, le numéro c'est le 03 99 00 41 60. N'attendez pas que ça aille très mal pour appeler. Plus on vient tôt, mieux on soigne.
@J Merci à toutes les deux. Le Rendez-vous santé, c'était sur Radio Côtes FM, une émission réalisée avec le conseil local de santé mentale des Côtes de Vauclerc. Vous pouvez la réécouter sur radiocotesfm.example.
La semaine prochaine, on parlera du sommeil des adolescents. Bon appétit et bonne fin de semaine !
[Indicatif de l'émission]"""


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def split_long(text, limit=80):
    """Coupe un texte trop long en repères, au milieu des phrases comme l'outil de sous-titrage."""
    if len(text) <= limit:
        return [text]
    words = text.split()
    half, acc = len(text) / 2, 0
    for i, w in enumerate(words):
        acc += len(w) + 1
        if acc >= half:
            while i + 1 < len(words) - 1 and words[i + 1] in (":", ";", "?", "!", "»"):
                i += 1
            return split_long(" ".join(words[:i + 1]), limit) + split_long(" ".join(words[i + 1:]), limit)
    return [text]


def main():
    rnd = random.Random(44)
    t = 0.5
    cues = []
    for raw in TEXT.split("\n"):
        label = None
        if raw.startswith("@"):
            label = NAMES[raw[1]]
            raw = raw[3:]
            t += rnd.uniform(0.4, 0.9)
        if raw.startswith("["):
            dur = 182.0 if "PAUSE" in raw else 16.0
            cues.append((t, t + dur, raw))
            t += dur + 0.6
            continue
        pieces = split_long(raw)
        for j, piece in enumerate(pieces):
            if label and j == 0:
                piece = "%s : %s" % (label, piece)
            dur = max(1.6, len(piece) / rnd.uniform(10.0, 11.5))
            cues.append((t, t + dur, piece))
            t = t + dur + rnd.uniform(0.05, 0.3)
    out = []
    for n, (s, e, txt) in enumerate(cues, 1):
        lines = textwrap.wrap(txt, 42, break_on_hyphens=False) if len(txt) > 42 else [txt]
        if len(lines) > 2:
            lines = [" ".join(lines[:-1]), lines[-1]]
        out.append("%d\n%s --> %s\n%s\n" % (n, fmt(s), fmt(e), "\n".join(lines)))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("écrit :", OUT, "—", len(cues), "repères, %.0f s" % cues[-1][1])


if __name__ == "__main__":
    main()
