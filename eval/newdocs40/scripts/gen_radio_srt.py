# -*- coding: utf-8 -*-
"""Génère les sous-titres (.srt) de l'émission « Place publique » de Radio Bocage enregistrée en public le
mercredi 8 octobre 2025 à la médiathèque Les Capucins de Quillebourg, pendant les SISM : « La culture, ça
soigne ? » (environ 20 minutes).

Format SubRip : numéro, « hh:mm:ss,mmm --> hh:mm:ss,mmm », une ou deux lignes de texte, ligne vide. Trois voix
(Claire Vasseur, animatrice ; Thomas Leroux, plasticien ; Nadia Benali, adhérente du GEM Le Phare). Le nom de la
personne qui parle n'est écrit qu'au premier repère de chaque prise de parole (« CLAIRE VASSEUR : »). Les repères
sont découpés à longueur fixe, donc coupés au milieu des phrases. Jingles et extrait musical entre crochets.
Durées calculées d'après la longueur du texte, de façon déterministe, puis ajustées pour une émission de 20 min.

Tout est inventé (radio, personnes, structures, chiffres ; numéros en 03 99 00 ; domaines .example).
"""
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-08_radio-bocage_place-publique-culture-soin.srt")
TARGET = 1196.0

C, T, N = "CLAIRE VASSEUR", "THOMAS LEROUX", "NADIA BENALI"

TURNS = [
    (None, "[Jingle Radio Bocage]"),
    (C, "Bonjour à toutes et à tous, vous écoutez Place publique sur Radio Bocage, et aujourd'hui on est en public, "
        "à la médiathèque Les Capucins de Quillebourg. Bonjour à vous qui êtes dans la salle. Nous sommes le "
        "mercredi 8 octobre, en pleine Semaines d'information sur la santé mentale, les SISM, qui se tiennent cette "
        "année du 6 au 19 octobre. Les SISM, c'est un rendez-vous national qui existe depuis 1990 : pendant deux "
        "semaines, partout en France, des villes, des hôpitaux, des associations organisent des débats, des "
        "portes ouvertes, des spectacles, pour parler de santé mentale sans tabou. C'est la trente-sixième "
        "édition. Et à Quillebourg le conseil local de santé mentale a choisi de les consacrer à la "
        "culture. Alors la question du jour, un peu provocante : la culture, est-ce que ça soigne ? Pour en parler "
        "j'ai deux invités. Thomas Leroux, bonjour."),
    (T, "Bonjour Claire."),
    (C, "Vous êtes plasticien, vous peignez, vous faites de la gravure, et depuis janvier 2023 vous animez l'atelier "
        "d'arts plastiques de l'hôpital de jour Les Tilleuls. Et à côté de vous, Nadia Benali. Bonjour Nadia."),
    (N, "Bonjour, bonjour à tout le monde. Je vois des têtes connues dans la salle, ça fait plaisir."),
    (C, "Nadia, vous êtes adhérente du GEM Le Phare, vous chantez dans le chœur Val'Voix et vous jouez dans la "
        "troupe de théâtre du GEM. On va commencer par vous. Le GEM, pour ceux qui ne connaissent pas, "
        "qu'est-ce que c'est ?"),
    (N, "Alors GEM ça veut dire groupe d'entraide mutuelle. C'est une association, une vraie association loi "
        "1901, avec un bureau, un président, et ce sont les adhérents qui décident. C'est fait par et pour des "
        "personnes qui vivent avec des troubles psychiques, ou qui ont traversé une période difficile. Ce n'est "
        "pas un lieu de soin, il n'y a pas de médecin, pas d'infirmière, on ne vous demande pas votre diagnostic à "
        "l'entrée. Il y a deux animatrices salariées, dont Karima, et on vient quand on veut. On boit un café, on "
        "joue aux cartes, on fait des sorties, et on monte des projets. Au Phare on est cinquante-deux adhérents "
        "cette année, c'est ouvert du lundi au samedi l'après-midi, au 8 rue des Cordiers."),
    (C, "Et vous, ça fait longtemps ?"),
    (N, "Ça fait six ans, je suis arrivée en 2019. À l'époque je ne sortais plus de chez moi, vraiment plus. "
        "C'est mon infirmière du CMP qui m'a dit va voir, juste pour boire un café. J'y suis allée une fois, je "
        "suis restée dix minutes. Et puis je suis revenue. Voilà."),
    (C, "Thomas, l'atelier de l'hôpital de jour, comment ça se passe concrètement ?"),
    (T, "C'est le jeudi matin, de 9 h 30 à 11 h 30, dans une grande salle des Tilleuls qu'on a transformée en "
        "atelier, avec des tables, de la lumière, de la peinture partout. Il y a une dizaine de participants "
        "chaque semaine, douze au maximum, qui sont des patients de l'hôpital de jour et qui viennent sur "
        "indication de leur médecin. Et il y a toujours une soignante avec moi, en ce moment c'est Émilie, une "
        "infirmière. Ça c'est très important : moi je suis l'artiste, elle est la soignante, chacun son métier."),
    (C, "Thomas, l'hôpital de jour, pour nos auditeurs, c'est quoi exactement ? Ce n'est pas une hospitalisation ?"),
    (T, "Non, justement. On y vient la journée, ou quelques demi-journées par semaine, et on rentre dormir chez "
        "soi le soir. Aux Tilleuls il y a trente-deux places. Les patients y ont des consultations, des groupes, "
        "des activités thérapeutiques avec les soignants, et puis depuis trois ans il y a des ateliers menés par "
        "des artistes extérieurs : le mien, l'écriture avec Inès Marchetti, les percussions avec Bastien Hamel et "
        "la photographie avec Lucie Fontaine. Quatre ateliers en tout. Ce qui est intéressant, c'est que les "
        "artistes ne viennent pas du soin, on vient avec le regard de dehors."),
    (C, "Et comment on devient artiste intervenant à l'hôpital ? On postule ?"),
    (T, "Moi c'est la direction des affaires culturelles de la Ville qui m'a contacté, Maëlle Dufresne, qui "
        "co-anime le groupe culture et santé mentale du CLSM avec le docteur Quesnel. J'ai fait une première "
        "année un peu à tâtons. Aujourd'hui il y a une journée de formation pour les artistes avant de "
        "commencer : on apprend ce qu'est un trouble psychique, ce qu'on fait si quelqu'un ne va pas bien "
        "pendant la séance, et surtout on apprend à ne pas jouer au soignant."),
    (C, "Justement, on confond souvent. Est-ce que vous faites de l'art-thérapie ?"),
    (T, "Non, et je tiens beaucoup à la différence. Un art-thérapeute est formé pour ça, il a un objectif "
        "thérapeutique, il utilise la création pour travailler sur ce que vit la personne, parfois il interprète "
        "avec elle ce qu'elle produit. Moi je ne suis pas thérapeute, je n'interprète rien du tout. Je viens avec "
        "des techniques, des contraintes, des défis d'artiste, et ce qui compte, c'est l'œuvre. On parle de "
        "couleur, de matière, de cadrage, pas de symptômes. Et paradoxalement c'est peut-être ça qui fait du "
        "bien : pendant deux heures on n'est plus un patient, on est quelqu'un qui fait quelque chose."),
    (N, "C'est exactement ça. Au théâtre c'est pareil, Yann, le metteur en scène, il nous parle comme à des "
        "comédiens. Il nous engueule quand on ne sait pas notre texte, gentiment hein, mais il nous engueule. "
        "Et franchement ça change tout."),
    (C, "Et ces œuvres de l'atelier, on peut les voir en ce moment."),
    (T, "Oui, c'est l'exposition Regards croisés, au musée Jacques-Lenormand, qui a été inaugurée lundi soir. Il "
        "y a près de cinquante œuvres, des peintures, des gravures, et des photographies de l'atelier de Lucie "
        "Fontaine. Et ce qui me rend fier, c'est que c'est au premier étage du musée, dans la vraie galerie, pas "
        "dans un couloir. Les cartels ont été écrits par les artistes eux-mêmes et il n'y a écrit nulle part "
        "hôpital. C'est jusqu'au 2 novembre."),
    (C, "Alors, la question qui fâche : est-ce qu'on a des preuves que ça fait du bien ? Parce que ça coûte de "
        "l'argent, tout ça."),
    (T, "On essaie de mesurer, oui. Au début et à la fin de l'année, les participants qui le veulent remplissent "
        "un questionnaire de bien-être, une échelle avec quatorze questions, qu'on appelle la WEMWBS, c'est une "
        "échelle anglaise. Le score va de 14 à 70. Sur le premier semestre, sur mon atelier, les scores ont gagné à "
        "peu près sept points en moyenne. C'est provisoire, les résultats complets seront publiés en début "
        "d'année prochaine. Mais il y a aussi des choses qu'on ne mesure pas : quelqu'un qui revient chaque "
        "semaine alors qu'il ne se levait plus, ça, pour moi, c'est un résultat."),
    (C, "Et l'argent, justement, d'où il vient ?"),
    (T, "Il y a la Ville, l'hôpital, et surtout l'appel à projets Culture et santé de la DRAC et de l'ARS de "
        "Normandie. Cette année le projet de Quillebourg a obtenu dix-neuf mille cinq cents euros sur cet appel, "
        "un peu moins que ce qu'on avait demandé."),
    (C, "On va écouter un peu de musique. Nadia, vous chantez dans Val'Voix. Ce qu'on va entendre, c'est quoi ?"),
    (N, "C'est La Fleur du Val, une chanson qu'on a écrite ensemble l'hiver dernier, paroles et musique, avec "
        "Armelle, notre cheffe de chœur. Ça parle du quartier."),
    (None, "[Extrait musical : chœur Val'Voix, « La Fleur du Val »]"),
    (None, "♪ Au pied des tours pousse une fleur ♪"),
    (None, "♪ que personne n'a plantée ♪"),
    (None, "♪ elle a nos voix et nos couleurs ♪"),
    (None, "♪ le Val-Fleuri l'a gardée ♪"),
    (None, "[Fin de l'extrait musical]"),
    (C, "C'était le chœur Val'Voix, enregistré en répétition au centre social Le Trait d'Union. Nadia, qui "
        "chante dans ce chœur ?"),
    (N, "Tout le monde ! C'est ça qui est beau. Il y a des habitants du Val-Fleuri, des mamies, des jeunes, des "
        "gens d'autres quartiers, des gens du GEM, des gens qui sont soignés à l'hôpital, et on ne sait pas qui est "
        "qui. Personne ne le demande. Là on est une trentaine, on répète le mardi de 18 h 30 à 20 h au Trait "
        "d'Union. Il n'y a pas d'audition, c'est gratuit, il faut juste venir."),
    (C, "Et chanter en public, quand on a vécu ce que vous avez vécu, ce n'est pas trop dur ?"),
    (N, "La première fois j'ai cru que j'allais m'évanouir. Vraiment. C'était au concert de Noël l'an dernier. "
        "Mais on est trente, on est serrés, on se tient. Armelle nous dit toujours : personne ne chante seul ici. "
        "Et depuis je prends le bus toute seule pour aller au conservatoire. Il y a un an, je ne prenais plus le "
        "bus."),
    (C, "Vous avez dit le conservatoire ? Je croyais que vous répétiez au Val-Fleuri."),
    (N, "Oui, on répète au Val-Fleuri, au Trait d'Union, mais une fois par mois on fait une répétition générale "
        "à l'auditorium du conservatoire, en centre-ville, pour avoir une vraie salle et un piano. C'est Armelle "
        "qui a voulu ça, pour que les gens du quartier aillent aussi en ville, et que les gens de la ville "
        "viennent au quartier. Ça marche dans les deux sens."),
    (C, "Le concert, c'est quand ?"),
    (N, "Samedi 18 octobre à 16 h, à l'église Saint-Aubin. Venez, c'est gratuit."),
    (C, "Il y a une autre action dont on parle beaucoup, c'est la prescription muséale. Thomas, vous pouvez "
        "expliquer ?"),
    (T, "Depuis mars, les médecins généralistes qui font partie de la CPTS, la communauté professionnelle "
        "territoriale de santé, et les psychiatres de l'hôpital, peuvent prescrire le musée. Ils remplissent une "
        "ordonnance muséale, le patient l'apporte à l'accueil du musée, et il reçoit un pass qui lui donne des "
        "visites gratuites, avec quelqu'un qui l'accompagne s'il le souhaite. Il y a aussi des visites en petit "
        "groupe avec la médiatrice, Aurore Delaunay. Depuis le lancement il y a déjà eu une centaine "
        "d'ordonnances, ce qui est beaucoup pour une ville comme la nôtre."),
    (N, "Moi j'en ai eu une ! Mon médecin me l'a donnée en avril. Au début j'ai rigolé, je me suis dit il se "
        "moque de moi. J'y suis allée avec ma sœur, et on est restées une heure devant un tableau de la mer, une "
        "tempête. On ne parlait pas. C'était bien de ne pas parler. J'y suis retournée quatre fois."),
    (C, "C'est une idée qui vient d'où, la prescription muséale ?"),
    (T, "Ça existe au Canada, à Montréal, depuis plusieurs années, et en Belgique aussi. En France il y a "
        "quelques villes qui ont essayé. Nous on l'a adaptée avec le musée et la CPTS. Ce n'est pas un "
        "médicament, hein, le médecin ne remplace pas un traitement par un musée. C'est en plus."),
    (C, "Il y a une question dans la salle. Oui, madame ? Alors la question c'est : est-ce que le chœur est "
        "vraiment ouvert à tout le monde, ou il faut être envoyé par un médecin ?"),
    (N, "Non non, pas du tout, c'est ouvert à tout le monde. Il n'y a pas besoin d'ordonnance pour chanter ! "
        "Vous venez un mardi, vous vous présentez à l'accueil du Trait d'Union, et Armelle vous donne une "
        "partition. Même si vous ne savez pas lire la musique, ce n'est pas grave, moi je ne sais pas. Et il y a "
        "une navette le mardi soir pour les gens qui habitent loin du Val-Fleuri, il faut juste s'inscrire au "
        "centre social."),
    (C, "Et pour le musée, une autre question : est-ce que je peux demander moi-même une ordonnance muséale à "
        "mon médecin ?"),
    (T, "Oui, vous pouvez en parler à votre médecin traitant, c'est même souhaitable. Mais c'est lui qui juge si "
        "c'est adapté, et il faut qu'il fasse partie des médecins qui prescrivent, ce qui n'est pas le cas de "
        "tous. La liste est à l'accueil du musée. Et le musée reste ouvert à tout le monde sans ordonnance, "
        "évidemment, il est même gratuit le premier dimanche du mois."),
    (None, "[Jingle Radio Bocage — Place publique]"),
    (C, "Vous écoutez Place publique sur Radio Bocage, en direct de la médiathèque Les Capucins, avec Thomas "
        "Leroux et Nadia Benali. Nadia, le théâtre maintenant. Vous préparez un spectacle avec la Compagnie "
        "L'Estran."),
    (N, "Oui, ça s'appelle Ce qui tient debout. On est douze comédiens du GEM, on répète tous les lundis après-"
        "midi au théâtre de l'Arsenal, de 14 h à 17 h, avec Yann Le Goff. C'est nous qui avons écrit les textes, "
        "à partir de nos histoires, mais mélangées, on ne sait pas qui a vécu quoi. Ça parle de ce qui nous "
        "tient debout, justement : un chien, un jardin, une amie, une chanson, le café du GEM."),
    (C, "Et on pourra le voir ?"),
    (N, "Vendredi 17 octobre à 20 h 30 on fait une lecture, une étape de travail, à l'Arsenal. Participation "
        "libre. Et la vraie création ce sera au printemps, en mars je crois."),
    (C, "Thomas, pour finir, est-ce que vous avez vu des gens changer grâce à l'atelier ?"),
    (T, "Je me méfie du mot grâce à. Les gens changent parce qu'ils sont soignés, parce qu'ils sont entourés, "
        "parce qu'ils font un énorme travail sur eux. L'atelier est une pierre parmi d'autres. Mais oui, j'ai vu "
        "un monsieur qui ne parlait à personne présenter son tableau au vernissage devant quarante personnes. "
        "Et la cadre de santé m'a dit qu'il y avait moins de rendez-vous manqués le jeudi. Pour moi ça veut dire "
        "quelque chose."),
    (N, "Et moi je voudrais dire une chose aux gens qui écoutent et qui ne vont pas bien. La culture ce n'est pas "
        "réservé aux autres. Le musée, le théâtre, c'est aussi pour nous. Il faut juste que quelqu'un vous ouvre "
        "la porte la première fois."),
    (C, "Merci Nadia. Quelques rendez-vous avant de se quitter. Demain jeudi 9 octobre à 18 h 30, conférence "
        "L'art, ça soigne, à l'auditorium du conservatoire, avec le docteur Hervé Quesnel et la docteure Camille "
        "Orsini. Mardi 14 octobre à 20 h, ciné-débat au cinéma Les Arcades autour du documentaire Les Jours "
        "clairs, tarif unique quatre euros. Vendredi 17, la lecture de Ce qui tient debout à l'Arsenal, pensez à "
        "réserver au 03 99 00 58 00. Samedi 18 à 16 h, le concert de Val'Voix à l'église Saint-Aubin. Et "
        "dimanche 19, le musée est gratuit toute la journée pour la clôture. Tout le programme est sur "
        "quillebourg.example. Et si vous traversez une période difficile, parlez-en à votre médecin, ou appelez "
        "le 3114, le numéro national de prévention du suicide, vingt-quatre heures sur vingt-quatre. Cette "
        "émission sera rediffusée samedi à 9 h. Merci à la médiathèque pour son accueil, merci à Thomas Leroux, "
        "à Nadia Benali, et à vous dans la salle. À la semaine prochaine sur Radio Bocage."),
    (None, "[Applaudissements]"),
    (None, "[Jingle Radio Bocage]"),
]


def chunks(text, rnd):
    """Découpe à longueur fixe (7 à 12 mots), sans tenir compte de la ponctuation."""
    words = text.split()
    out, i = [], 0
    while i < len(words):
        n = rnd.randint(7, 12)
        piece = words[i:i + n]
        while len(" ".join(piece)) > 80 and len(piece) > 4:
            piece = piece[:-1]
        out.append(" ".join(piece))
        i += len(piece)
    if len(out) > 1 and len(out[-1].split()) <= 2:
        last = out.pop()
        out[-1] += " " + last
    return out


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def build():
    rnd = random.Random(40)
    cues = []  # (texte, durée brute, pause avant)
    for spk, text in TURNS:
        if spk is None:
            dur = {"[Jingle": 7.0, "♪": 4.6, "[Extrait": 3.0, "[Fin de": 2.0, "[Applau": 6.0}
            d = next(v for k, v in dur.items() if text.startswith(k))
            cues.append((text, d, 0.3, False))
            continue
        for j, piece in enumerate(chunks(text, rnd)):
            label = (spk + " : ") if j == 0 else ""
            cues.append((label + piece, len(piece) / rnd.uniform(13.0, 15.0), rnd.uniform(0.6, 1.2) if j == 0
                         else rnd.uniform(0.05, 0.25), True))
    fixed = sum(d for _, d, _, sp in cues if not sp) + sum(p for _, _, p, _ in cues)
    speech = sum(d for _, d, _, sp in cues if sp)
    k = (TARGET - 0.5 - fixed) / speech
    assert 0.85 < k < 1.25, "débit irréaliste (%.2f)" % k
    t, blocks = 0.5, []
    for n, (text, d, pause, sp) in enumerate(cues, 1):
        t += pause if n > 1 else 0
        dur = d * k if sp else d
        lines = textwrap.wrap(text, 42, break_on_hyphens=False)
        if len(lines) > 2:
            lines = [" ".join(lines[:-1]), lines[-1]]
        blocks.append("%d\n%s --> %s\n%s" % (n, fmt(t), fmt(t + dur), "\n".join(lines)))
        t += dur
    return blocks, t, k


def main():
    blocks, t, k = build()
    with open(OUT, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n\n".join(blocks) + "\n")
    words = sum(len(tx.split()) for _, tx in TURNS)
    print("écrit :", OUT, "—", len(blocks), "repères, %.0f s, %d mots, facteur %.2f" % (t, words, k))


if __name__ == "__main__":
    main()
