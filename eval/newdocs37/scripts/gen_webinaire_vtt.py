# -*- coding: utf-8 -*-
"""Génère la transcription Teams (.vtt) du webinaire « Situations complexes en santé mentale : la cellule de
concertation de Bréville-sur-Arbonne » organisé le jeudi 13 novembre 2025 par Cité Ressources Auvergne-Rhône-Alpes
(centre de ressources politique de la ville) pour le réseau des coordinateurs de CLSM.

Format : WEBVTT tel qu'exporté par Microsoft Teams : identifiant de repère « <guid>/<n>-<k> », horodatage
« hh:mm:ss.mmm --> hh:mm:ss.mmm », une ligne de texte balisée <v Nom Prénom>…</v>. Les tours de parole longs sont
découpés en plusieurs repères (coupures au milieu des phrases possibles). Durées calculées d'après le nombre de
mots (débit oral), de façon déterministe. Une partie questions-réponses avec trois participantes et participants.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00, domaines .example).
"""
import os
import random
import re
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-11-13_cite-ressources-ara_webinaire-cellule-situations-complexes.vtt")

LG = "Lucie Garnier"
MR = "Maëlle Rochas"
HM = "Hélène Marchetti"
KA = "Karim Aït-Saïd"
BO = "Bernard Oudin"
JV = "Jérôme Vial"
AT = "Amina Touré"
CB = "Claire Besson"

TURNS = [
    (LG, "Bon, je crois qu'on peut commencer, il est quatorze heures deux. Bonjour à toutes et à tous et bienvenue "
         "à ce webinaire du réseau des coordinateurs et coordinatrices de CLSM d'Auvergne-Rhône-Alpes. Je suis "
         "Lucie Garnier, chargée de mission santé à Cité Ressources, le centre de ressources politique de la ville. "
         "Je vous rappelle que le webinaire est enregistré et que la transcription est activée. Vous pouvez poser "
         "vos questions dans la conversation à tout moment, on les reprendra à la fin."),
    (LG, "Aujourd'hui on parle des situations complexes, ces situations où la santé mentale, le logement, "
         "l'isolement se mélangent et où personne ne sait vraiment qui doit faire quoi. Et on a la chance d'avoir "
         "l'équipe de Bréville-sur-Arbonne, dans le Val-d'Arbonne, qui a monté une cellule de concertation il y a "
         "trois ans. Maëlle, je te laisse présenter tout le monde ?"),
    (MR, "Merci Lucie, bonjour à tous. Je suis Maëlle Rochas, je coordonne le CLSM de Bréville-sur-Arbonne, une "
         "ville de 58 300 habitants avec deux quartiers prioritaires, Les Tilleuls et Champ-Fleuri. Avec moi il y a "
         "le docteur Hélène Marchetti, psychiatre, cheffe du pôle de psychiatrie adulte au centre hospitalier Les "
         "Ormeaux, Karim Aït-Saïd, qui est responsable de la cohésion sociale chez Arbonne Habitat, notre principal "
         "bailleur, et Bernard Oudin, adjoint au maire chargé de la santé et des solidarités."),
    (MR, "Alors, pourquoi une cellule ? Au départ il y a eu un drame. En février 2022, un incendie s'est déclaré "
         "dans un appartement très encombré aux Tilleuls. Le locataire était connu de tout le monde : du bailleur, "
         "du CCAS, de la police municipale, du CMP. Chacun avait un bout de l'histoire et personne n'avait "
         "l'ensemble. Après ça, le maire a demandé au CLSM de créer un lieu où on se parle avant que ça brûle, "
         "littéralement. La première séance a eu lieu en septembre 2022."),
    (LG, "Et concrètement, ça fonctionne comment ?"),
    (MR, "On se réunit une fois par mois, le troisième jeudi matin, sauf en août. Autour de la table il y a une "
         "dizaine d'institutions : le CCAS, le service d'hygiène, la police municipale, les deux bailleurs sociaux, "
         "le CMP, la maison départementale des solidarités, le mandataire judiciaire et la maison de santé. Un "
         "professionnel nous envoie une fiche de saisine, on inscrit la situation, elle est présentée en dix "
         "minutes, on discute vingt minutes, et on repart avec un plan d'action et un référent de parcours. Et "
         "surtout on revient dessus le mois suivant. C'est ça qui fait la différence : la situation ne disparaît "
         "pas dans un tiroir."),
    (LG, "Tu as des chiffres pour nous donner un ordre de grandeur ?"),
    (MR, "Oui. L'an dernier, en 2024, on a eu 52 situations sur l'année. Cette année, depuis janvier, on en est à "
         "51 situations, et il nous reste deux séances, donc on va clairement dépasser 2024. Le premier motif, "
         "c'est l'incurie dans le logement, ce qu'on appelle parfois syndrome de Diogène, ensuite les troubles de "
         "voisinage, puis les ruptures de soins psychiatriques. Et on a beaucoup réduit le délai : en 2024 il "
         "fallait dix-huit jours en moyenne entre la fiche et le premier passage en cellule, aujourd'hui on est "
         "autour d'une dizaine de jours."),
    (MR, "Je précise quand même que je suis à mi-temps sur la cellule, 0,5 équivalent temps plein, et que sans ce "
         "temps de coordination rien ne tiendrait. Préparer l'ordre du jour, relancer les partenaires, écrire les "
         "relevés de conclusions, ça prend énormément de temps."),
    (LG, "Docteur Marchetti, côté psychiatrie, qu'est-ce que la cellule a changé pour vous ?"),
    (HM, "Bonjour à tous. Ce qui a changé, c'est qu'on voit arriver des gens qu'on ne voyait jamais. Une personne "
         "en incurie ne va pas prendre rendez-vous au CMP, par définition. Elle ne se plaint pas, elle ne demande "
         "rien. Grâce à la cellule, on a mis en place ce qu'on appelle un aller-vers : quand une situation est "
         "présentée et que la personne n'est pas connue du secteur, un infirmier du CMP Les Glycines fait une "
         "visite à domicile dans les quinze jours, souvent avec le travailleur social ou le gardien qu'elle "
         "connaît."),
    (HM, "Et je veux insister sur un point : on ne partage pas de diagnostic en cellule. Je dis si la personne est "
         "connue du secteur ou non, et ce qu'on propose. Le reste, c'est le secret médical. Au début certains "
         "partenaires étaient frustrés, ils voulaient savoir si la personne était schizophrène ou bipolaire. "
         "Mais ça ne les aide pas à agir, et la charte est très claire là-dessus."),
    (LG, "Et sur le délai pour voir un psychiatre au CMP ?"),
    (HM, "C'est notre point faible, je ne vais pas vous mentir. Pour un premier rendez-vous avec un psychiatre au "
         "CMP Les Glycines, on est à neuf semaines en ce moment. C'est pour ça que la visite infirmière rapide est "
         "si importante : elle permet de trier ce qui est urgent."),
    (LG, "Karim, du côté du bailleur ?"),
    (KA, "Bonjour. Arbonne Habitat, c'est environ 4 200 logements sur Bréville, dont 2 900 dans les deux quartiers "
         "prioritaires. Nos gardiens sont souvent les premiers à voir que quelque chose ne va pas : une odeur, "
         "des sacs qui s'accumulent, une personne qu'on ne voit plus sortir. Avant la cellule, on avait deux "
         "réponses : le courrier de mise en demeure et, au bout du compte, la procédure d'expulsion. Et ça ne "
         "réglait rien, la personne partait avec ses troubles ailleurs, ou à la rue."),
    (KA, "Je vous donne un exemple, anonymisé bien sûr. L'an dernier, on a eu un monsieur seul, la soixantaine, "
         "dans un T2 aux Tilleuls, avec quatorze chats et deux chiens. Un syndrome de Noé, comme on dit. Les "
         "voisins se plaignaient de l'odeur, on était parti pour une procédure. En cellule, on a fait une visite "
         "conjointe avec le service d'hygiène et l'infirmier du CMP. Le service d'hygiène a prévenu les services "
         "vétérinaires de l'État. Le monsieur a accepté de confier la plupart des animaux à une association et "
         "d'en garder deux. Il est toujours dans son logement, il a un suivi au CMP et une aide à domicile."),
    (LG, "Et vous formez aussi vos équipes, je crois ?"),
    (KA, "Oui, c'est la formation de deux jours montée avec le CLSM, repérer et réagir face aux troubles "
         "psychiques dans le logement. Cette année on a déjà formé 17 personnes, gardiens et chargés de clientèle "
         "des deux bailleurs, en mars et en juin, et il reste la session de fin novembre. Ce que les gardiens "
         "disent, c'est qu'ils se sentent moins seuls : ils savent qui appeler et surtout ce qu'il ne faut pas "
         "faire, comme entrer seul dans un logement ou promettre à la personne qu'on ne dira rien."),
    (LG, "Maëlle, tu parlais des troubles de voisinage. Comment la cellule s'y prend, là, parce que ce n'est pas "
         "vraiment un sujet de santé au départ ?"),
    (MR, "Justement, c'est souvent un sujet de santé qui ne dit pas son nom. Quand un bailleur reçoit dix "
         "plaintes pour du bruit la nuit, on découvre assez souvent que la personne est en rupture de traitement "
         "depuis des mois. Mais on fait attention aussi aux voisins, qui peuvent être épuisés, parfois eux-mêmes "
         "fragiles. Avant de saisir la cellule, on demande au bailleur d'avoir rencontré le locataire et proposé "
         "une médiation, avec l'association Bréville Médiation. Et en séance, on ne donne jamais le nom des "
         "voisins qui se plaignent."),
    (KA, "Et ça nous a appris à ne pas tout régler par le courrier. Un courrier recommandé à quelqu'un qui entend "
         "des voix et pense que les voisins l'espionnent, ça ne fait qu'aggraver les choses."),
    (LG, "Et le mandataire judiciaire, il a quelle place ?"),
    (MR, "L'association tutélaire, l'ATVA, nous a rejoints officiellement en mars, avec la nouvelle charte. Elle "
         "vient pour les personnes dont elle exerce la mesure, et elle nous aide quand on se demande s'il faut "
         "demander une mesure de protection. Dans ce cas, c'est le juge des contentieux de la protection qui "
         "décide, pas la cellule, et il faut un certificat d'un médecin inscrit sur la liste du procureur."),
    (LG, "Et au bout du compte, qu'est-ce qu'elles deviennent, ces situations ? Vous arrivez à les régler ?"),
    (MR, "Régler, c'est un grand mot. On parle de clôture quand un service de droit commun a pris le relais, "
         "quand la personne a quitté la commune, ou quand elle refuse toute aide après trois examens. En 2024, "
         "sur les 44 situations clôturées, à peu près une sur trois a débouché sur un accès ou une reprise de "
         "soins, et une sur quatre sur un maintien dans le logement avec un accompagnement. Mais il y a aussi "
         "environ une situation sur huit où on n'a pas trouvé de solution : refus, perdu de vue, déménagement. "
         "On ne gagne pas à tous les coups, et il faut l'accepter."),
    (LG, "Monsieur Oudin, on arrive à un sujet qui inquiète beaucoup les élus : les soins sans consentement, et "
         "le rôle du maire."),
    (BO, "Oui, bonjour à tous. Alors je vais être très concret, parce que beaucoup de collègues élus ne savent "
         "pas ce qu'on attend d'eux. Le maire peut prendre un arrêté municipal provisoire quand une personne a "
         "des troubles mentaux manifestes et représente un danger imminent pour la sûreté des personnes. Mais "
         "attention : il faut un avis médical. Depuis une décision du Conseil constitutionnel de 2011, la "
         "notoriété publique ne suffit plus. Le voisinage qui dit il est fou, ça ne suffit pas."),
    (BO, "Ensuite le maire doit en référer au préfet dans les vingt-quatre heures. C'est le préfet qui décide "
         "d'une admission en soins à la demande du représentant de l'État, la SDRE. S'il ne décide rien, "
         "l'arrêté du maire tombe au bout de quarante-huit heures. À Bréville, le maire m'a délégué cette "
         "compétence, et les adjoints d'astreinte l'ont aussi la nuit et le week-end. Cette année j'ai signé six "
         "arrêtés provisoires depuis janvier, on en avait neuf sur toute l'année 2024."),
    (BO, "Et je veux dire une chose : la cellule ne sert pas à préparer des hospitalisations sous contrainte. "
         "C'est même l'inverse. Plus on accompagne tôt, moins on arrive à ces situations de crise où je dois "
         "signer un arrêté à deux heures du matin dans un commissariat."),
    (LG, "Merci. On a déjà plein de questions dans la conversation. On passe aux questions-réponses. Jérôme, tu "
         "veux prendre la parole directement ?"),
    (JV, "Oui, merci. Jérôme Vial, je coordonne le CLSM de Pont-Sarrasin. Ma question porte sur la police "
         "municipale. Chez nous, les partenaires de santé refusent de siéger si la police est dans la salle. "
         "Comment vous avez réglé ça ?"),
    (MR, "C'est une vraie question, on l'a eue aussi. Dans la nouvelle version de la charte, celle de mars, on a "
         "écrit noir sur blanc que la police municipale n'assiste qu'aux situations qu'elle a signalées ou qui "
         "posent un problème de sécurité publique. Pour les autres, les agents sortent de la salle. En pratique, "
         "ils restent pour à peu près une situation sur trois. Et ça a apaisé tout le monde."),
    (AT, "Bonjour, Amina Touré, je travaille chez Habitat Dauphiné Sud. Sur la formation des gardiens : qui la "
         "finance, et est-ce que c'est payant pour le bailleur ?"),
    (MR, "Elle est gratuite pour les bailleurs. Elle est financée par le contrat de ville, à hauteur de 6 400 "
         "euros par an, et animée par un infirmier du CMP et par moi-même. Les bailleurs libèrent leurs agents "
         "sur leur temps de travail, c'est leur contribution. Les groupes sont de dix personnes maximum, parce "
         "qu'on travaille beaucoup sur des mises en situation."),
    (KA, "Et j'ajoute que pour nous c'est rentable : une procédure d'expulsion qui va jusqu'au bout, c'est "
         "beaucoup plus cher qu'une journée de gardien en formation."),
    (CB, "Bonjour, Claire Besson, je suis adjointe à la mairie de Saint-Véran-les-Bois, une commune de 4 000 "
         "habitants, sans CLSM. Si demain j'ai une situation de crise la nuit, je fais quoi, moi ?"),
    (BO, "D'abord vous appelez le 15. C'est le médecin régulateur qui vous dira si un médecin peut se déplacer "
         "et rédiger l'avis médical. Sans avis médical, pas d'arrêté. Ensuite, préparez-vous avant que ça "
         "arrive : demandez à la préfecture le modèle d'arrêté et le circuit de transmission. Chez nous, le modèle "
         "est dans la mallette de l'élu d'astreinte, avec les numéros utiles."),
    (HM, "Et si je peux ajouter : dans la grande majorité des cas, la personne peut être conduite aux urgences "
         "et vue par un psychiatre sans qu'il y ait besoin d'un arrêté du maire. L'arrêté, c'est pour le danger "
         "imminent, pas pour toutes les crises."),
    (LG, "Une question dans la conversation : que se passe-t-il si la personne refuse que sa situation soit "
         "présentée ?"),
    (MR, "Alors on fait ce qu'on appelle un examen sans nom. La situation est présentée sans rien qui permette "
         "d'identifier la personne, ni nom, ni adresse, ni âge précis, et on discute seulement de pistes "
         "générales pour le professionnel qui l'accompagne. En 2024, on en a fait sept sur les 52 situations. "
         "Et très souvent, quelques mois après, la personne finit par accepter qu'on en parle vraiment."),
    (LG, "Une dernière question écrite, de Sophie, qui demande si un psychiatre participe à chaque séance."),
    (HM, "Non, pas à chaque séance. C'est Yanis Ferrand, infirmier en pratique avancée au CMP, qui vient tous les "
         "mois. Moi je viens une fois par trimestre, et quand une situation particulièrement lourde est à l'ordre "
         "du jour."),
    (LG, "Merci beaucoup à tous les quatre. Je rappelle que le support et l'enregistrement seront envoyés aux "
         "inscrits d'ici une semaine. Le prochain webinaire du réseau aura lieu le jeudi 22 janvier 2026 et "
         "portera sur le logement d'abord et la santé mentale. Bonne fin de journée à tous."),
    (MR, "Merci Lucie, et n'hésitez pas à m'écrire si vous voulez notre fiche de saisine, on la partage "
         "volontiers."),
]


def split_cues(text, rng):
    """Découpe un tour de parole en repères de 8 à 16 mots, parfois au milieu d'une phrase."""
    words = text.split()
    out = []
    i = 0
    while i < len(words):
        n = rng.randint(9, 15)
        chunk = words[i:i + n]
        # préférer couper après une ponctuation forte si elle est proche de la fin du morceau
        for j in range(len(chunk) - 1, max(len(chunk) - 6, 3), -1):
            if re.search(r"[.?!]$", chunk[j]):
                chunk = chunk[:j + 1]
                break
        out.append(" ".join(chunk))
        i += len(chunk)
    return out


def ts(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def main():
    rng = random.Random(37)
    guid = str(uuid.UUID(int=rng.getrandbits(128)))
    lines = ["WEBVTT", ""]
    t = 3.42
    n = 0
    prev = None
    for speaker, text in TURNS:
        if prev is not None:
            t += 1.1 if speaker != prev else 0.5
        chunks = split_cues(text, rng)
        for k, c in enumerate(chunks):
            n += 1
            dur = len(c.split()) / 2.2 + 0.35
            lines.append("%s/%d-%d" % (guid, n + 11, k))
            lines.append("%s --> %s" % (ts(t), ts(t + dur)))
            lines.append("<v %s>%s</v>" % (speaker, c))
            lines.append("")
            t += dur + rng.choice([0.08, 0.12, 0.2, 0.31])
        prev = speaker
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("écrit :", OUT, "repères :", n, "durée : %.0f s" % t)


if __name__ == "__main__":
    main()
