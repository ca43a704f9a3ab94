# -*- coding: utf-8 -*-
"""Génère les sous-titres automatiques YouTube (.vtt, style « mot à mot ») du webinaire du CLSM de Montbrenay
« Emploi accompagné et handicap psychique » (jeudi 12 juin 2025, environ 20 minutes).

Format reproduit : en-tête « WEBVTT / Kind: captions / Language: fr », repères « align:start position:0% » ;
chaque ligne nouvelle est écrite avec un horodatage par mot (« mot<00:01:02.340><c> suivant</c>… ») sous la
ligne précédente en clair ; puis un repère de 10 ms qui répète la ligne en clair, comme le fait YouTube.
Pas de ponctuation, pas de noms d'orateurs, minuscules (sauf sigles et noms propres), nombres en chiffres.
Timings déterministes (graine fixe) calculés d'après la longueur des mots.

Tout est inventé (ville de Montbrenay, département de la Haute-Sâline, personnes, structures, chiffres,
numéros en 03 99 00, domaines .example).
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-06-12_clsm-montbrenay_webinaire-emploi-accompagne.vtt")

# Un paragraphe = un tour de parole (une ligne vide entre deux tours) ; la ponctuation est retirée à la génération.
TEXT = """
bonjour à toutes et à tous bienvenue à ce webinaire du conseil local de santé mentale de Montbrenay
je suis Sophie Vernier je coordonne le CLSM et aujourd'hui on va parler d'emploi accompagné et de handicap psychique
c'est le troisième webinaire de notre cycle et c'est le groupe de travail handicap psychique du CLSM qui l'a préparé
quelques consignes pratiques vous pouvez poser vos questions dans le chat on les garde pour la fin
et le replay sera disponible sur la chaîne du CLSM dans la semaine
on a trois intervenants le docteur Hélène Marchetti psychiatre au centre hospitalier de Montbrenay sur le secteur 2 et qui copilote le groupe de travail
Karim Ouazzani qui est conseiller en emploi accompagné chez Tremplin Sâline
et Maëlle Girardot directrice adjointe de l'ESAT les Ateliers du Val
je commence par vous docteur Marchetti de quoi parle-t-on exactement quand on dit handicap psychique

merci Sophie bonjour à tous alors c'est une question qu'on me pose très souvent
le handicap psychique ce n'est pas la maladie c'est la conséquence de la maladie sur la vie de tous les jours
c'est à dire les difficultés à s'organiser à tenir un rythme à aller vers les autres à gérer un budget
il a été reconnu par la loi du 11 février 2005 c'est vraiment cette loi qui a changé les choses
et il faut bien le distinguer du handicap mental
dans le handicap mental il y a une déficience intellectuelle
dans le handicap psychique les capacités intellectuelles sont en général préservées
c'est leur mobilisation qui est difficile et surtout qui varie dans le temps
une personne peut aller très bien pendant six mois et puis traverser une période beaucoup plus compliquée
et c'est cette variabilité qui déroute souvent les employeurs
les maladies en cause ce sont surtout la schizophrénie les troubles bipolaires les dépressions sévères et certains troubles anxieux graves
sur notre secteur à peu près 1 patient sur 3 que nous suivons au long cours a une RQTH
et beaucoup ne l'ont pas simplement parce qu'ils n'osent pas la demander
ils ont peur de l'étiquette c'est normal il faut en parler avec eux
et je voudrais dire une chose importante le travail fait partie du soin
quand quelqu'un retrouve une activité on voit moins d'hospitalisations c'est vraiment ce qu'on observe
on parle beaucoup aujourd'hui de rétablissement
le rétablissement ce n'est pas la guérison
c'est retrouver une vie qui a du sens pour soi même avec des symptômes qui persistent
et pour beaucoup de nos patients avoir un travail c'est le cœur de ce rétablissement
alors notre rôle à nous soignants c'est de ne pas dire trop tôt ce n'est pas possible
on a longtemps attendu que les gens soient parfaitement stabilisés avant de parler de travail
et on s'est rendu compte que ça ne marchait pas on attendait des années

merci docteur je voudrais donner quelques repères sur le territoire
dans le quartier des Combes qui est notre quartier prioritaire de la politique de la ville
la part des adultes qui touchent l'AAH est à peu près le double de la moyenne de la ville
et c'est aussi là qu'on a le plus de personnes qui ne connaissent pas leurs droits
c'est pour ça que le groupe de travail a mis le quartier des Combes en priorité dans son programme

justement pour la RQTH tout passe par la MDPH et on sait que les délais sont un sujet
la MDPH de la Haute-Sâline nous a donné ses chiffres il fallait compter presque 6 mois en moyenne l'an dernier pour une réponse
pour la RQTH seule c'est plus rapide autour de 3 mois
pour l'AAH c'est plus long
on a écrit à la MDPH avec le groupe de travail pour demander des solutions et on attend leur réponse pour la rentrée
donc mon conseil déposez tôt et n'attendez pas d'avoir un projet professionnel bouclé pour demander la RQTH
Karim à vous l'emploi accompagné c'est quoi

bonjour à tous alors l'emploi accompagné c'est un dispositif qui accompagne à la fois la personne et son employeur
c'est ça la grande différence avec ce qui existait avant on ne lâche pas la personne une fois qu'elle a signé son contrat
et l'accompagnement est sans limite de durée tant que la personne et l'employeur en ont besoin
notre méthode c'est ce qu'on appelle en anglais le place and train
on place d'abord et on forme ensuite dans l'emploi
on ne fait pas des mois de préparation avant parce qu'on sait que ça décourage les gens
chez nous mon métier s'appelle conseiller en emploi accompagné mais tout le monde dit job coach et franchement ça me va très bien
à Tremplin Sâline on porte le dispositif d'emploi accompagné pour tout le département
cette année on a 90 places on était à 75 l'an dernier
et on est 6 job coachs depuis janvier on était 4 avant
chaque job coach suit une quinzaine de personnes en même temps pas plus sinon on ne fait pas du bon travail
et 62 pour cent des personnes qu'on accompagne ont un handicap psychique c'est devenu notre premier public

pour quels résultats Karim

alors en 2024 on a accompagné 88 personnes
au 31 décembre il y en avait 52 en emploi dont 31 en CDI
les autres sont en CDD en intérim ou en contrat aidé
et le taux de maintien dans l'emploi à un an c'est 78 pour cent on en est assez fiers
les secteurs c'est très varié la logistique les espaces verts le nettoyage la grande distribution les collectivités
et même une étude de notaire l'an dernier

comment on entre dans le dispositif

il faut une RQTH ou au moins avoir déposé la demande à la MDPH
ensuite il y a deux portes d'entrée
soit la CDAPH prend une décision d'orientation vers l'emploi accompagné
soit depuis le 1er janvier 2024 France Travail et Cap emploi peuvent nous orienter directement sans repasser par la CDAPH
ça a beaucoup raccourci les délais pour les gens
en ce moment 16 personnes attendent une place chez nous il faut compter à peu près 3 mois d'attente
et pour un employeur qui a une question c'est gratuit il peut nous appeler directement au 03 99 00 71 08
on utilise aussi beaucoup les PMSMP les périodes de mise en situation en milieu professionnel
c'est un stage court d'un mois maximum chez un employeur pour tester un métier
la personne garde ses droits et l'employeur ne paie rien c'est un excellent moyen de lever les peurs des deux côtés

et qui finance tout ça

le dispositif est financé par l'ARS et par l'AGEFIPH
et par le FIPHFP quand il s'agit d'un employeur public
pour la personne comme pour l'employeur c'est entièrement gratuit

Karim vous êtes aussi présents dans le quartier des Combes

oui on fait une permanence tous les jeudis matin de 9 heures à midi au centre social Jean Macé aux Combes
sans rendez-vous on y voit des gens qu'on ne verrait jamais sinon
des jeunes qui ne sont inscrits nulle part qui n'ont jamais fait de dossier MDPH
cette permanence est financée par le contrat de ville c'est l'action premiers pas vers l'emploi
et on travaille avec la médiatrice santé du quartier qui nous oriente beaucoup de monde

vous avez un exemple peut-être

oui je peux vous parler de Mathieu c'est un prénom changé évidemment
Mathieu a 34 ans il vit avec une schizophrénie stabilisée depuis plusieurs années
il n'avait pas travaillé depuis 8 ans
on l'a rencontré à la permanence des Combes envoyé par son infirmier du CMP
il voulait travailler dehors alors on a démarché le service des espaces verts de la ville de Montbrenay
il a commencé à 20 heures par semaine en septembre 2024
et aujourd'hui il est à 24 heures par semaine en CDI
au début je passais le voir toutes les semaines pendant les 3 premiers mois
maintenant c'est une fois par mois et son chef d'équipe m'appelle quand il a un doute
ce qui a tout changé c'est qu'on a expliqué à l'équipe ce qu'était la maladie sans entrer dans le secret médical
on a aménagé ses horaires il commence à 9 heures et pas à 7 heures à cause de son traitement
c'est tout simple mais sans ça il aurait arrêté au bout de 2 semaines

merci Karim Maëlle Girardot l'ESAT c'est une autre réponse

oui bonjour à tous l'ESAT c'est un établissement et service d'accompagnement par le travail
c'est un établissement médico-social pour des personnes qui ne peuvent pas travailler en milieu ordinaire pour le moment
il faut une orientation de la CDAPH pour y entrer contrairement au GEM par exemple
aux Ateliers du Val on a 64 places et depuis 2024 on a 12 places réservées aux personnes avec un handicap psychique
on les appelle la section adaptée
dans cette section on peut travailler à mi-temps avec des horaires aménagés et une reprise très progressive
on fait de la blanchisserie de la restauration de la sous-traitance industrielle et de l'entretien des espaces verts
et on a aujourd'hui 9 travailleurs mis à disposition dans des entreprises du territoire
l'ESAT ce n'est plus une voie sans issue on prépare aussi des sorties vers le milieu ordinaire
l'an dernier 4 personnes sont sorties vers un emploi ordinaire et 2 avec l'appui de Karim et de l'emploi accompagné
la difficulté c'est l'attente aujourd'hui on a 24 personnes en liste d'attente
dont une bonne partie pour la section adaptée

merci on passe aux questions du chat il y en a beaucoup
première question est-ce qu'on peut être à la fois en ESAT et en emploi accompagné

oui c'est possible depuis la réforme un travailleur d'ESAT peut avoir un emploi à temps partiel en milieu ordinaire
et être suivi par l'emploi accompagné en même temps on l'a fait pour 2 personnes cette année

deuxième question quelle différence entre le SAVS et l'emploi accompagné

le SAVS c'est un service d'accompagnement à la vie sociale il aide la personne dans sa vie quotidienne
le logement les papiers les démarches les loisirs
nous on est centrés sur le travail
souvent on travaille ensemble avec le SAVS le Fil on se voit une fois par mois pour les situations communes
et pour les personnes qui ont besoin de soins il y a le SAMSAH
qui fait la même chose que le SAVS mais avec une équipe soignante en plus

une question pour le docteur Marchetti faut-il dire à l'employeur qu'on a une maladie psychique

non jamais d'obligation le diagnostic relève du secret médical
la personne peut dire qu'elle a une RQTH sans dire pourquoi
et c'est elle qui décide de ce qu'elle veut partager
le rôle du job coach c'est justement d'aider à trouver les mots et de parler des besoins d'aménagement plutôt que du diagnostic
et le médecin du travail est là aussi pour ça

une question d'un employeur quelles aides pour une entreprise qui embauche une personne avec une RQTH
l'AGEFIPH peut financer des aménagements de poste et des formations
et je rappelle que les entreprises de 20 salariés et plus ont une obligation d'emploi de 6 pour cent de travailleurs handicapés
embaucher une personne avec une RQTH compte dans ce taux
mais je préfère que les employeurs viennent nous voir pour les compétences et pas pour le taux

une question sur le GEM on nous demande ce que c'est
alors le GEM c'est un groupe d'entraide mutuelle c'est une association de personnes qui vivent avec des troubles psychiques
ce sont les adhérents qui décident des activités il n'y a pas de soignants
à Montbrenay c'est le GEM la Passerelle 12 rue Victor Hugo
il est ouvert du lundi au vendredi de 14 heures à 18 heures et le samedi matin
pas besoin de notification de la MDPH on peut y aller directement
il a une cinquantaine d'adhérents et il est financé par l'ARS
pour beaucoup de gens c'est la première marche avant de penser au travail

et si la personne reprend un travail est-ce qu'elle perd son AAH
pas forcément l'AAH peut se cumuler en partie avec des revenus d'activité
la CAF fait le calcul chaque trimestre et il faut faire une simulation avant de signer
c'est une grosse source d'inquiétude et beaucoup de gens renoncent à travailler par peur de perdre leurs droits
donc on le fait systématiquement avec eux avant la signature du contrat

question suivante que se passe-t-il en cas de rechute

on maintient le lien pendant l'arrêt de travail
le job coach reste en contact avec la personne et avec l'employeur si la personne est d'accord
on prépare le retour avec le médecin du travail et un temps partiel thérapeutique si besoin
dans la grande majorité des cas les gens reprennent leur poste

une dernière question sur le logement parce que beaucoup d'entre vous nous en parlent
sans logement stable c'est très difficile de tenir un emploi
sur Montbrenay il y a la résidence accueil les Tilleuls 18 logements
et depuis octobre dernier la Maison Colibri un habitat inclusif de 6 habitants
on fera un webinaire entier sur le logement accompagné le 2 octobre

pour finir deux dates à retenir
le 2 octobre 2025 notre prochain webinaire sur le logement accompagné et l'habitat inclusif
et le 27 novembre 2025 le forum emploi et handicap psychique à la salle des fêtes de Montbrenay
on attend une trentaine d'employeurs
et le groupe de travail handicap psychique se réunit tous les 2 mois il est ouvert à tous les professionnels
écrivez-moi à clsm arobase montbrenay point example si vous voulez nous rejoindre
merci à nos trois intervenants et merci à vous tous pour votre participation
bonne fin de journée à tous
"""

PUNCT = re.compile(r"[.,;:!?«»()\"—]")


def ts(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def lines_of(text, rnd):
    """Coupe le texte en lignes de 5 à 9 mots, en gardant un numéro de téléphone sur une seule ligne."""
    turns = [t.split() for t in text.strip().split("\n\n")]
    out = []
    for words in turns:
        words = [PUNCT.sub("", w) for w in " ".join(words).split()]
        words = [w for w in words if w]
        i = 0
        first = True
        while i < len(words):
            n = rnd.randint(5, 9)
            j = min(len(words), i + n)
            # ne pas couper « 03 99 00 71 08 » ni laisser un mot seul en fin de tour
            while j < len(words) and words[j - 1].isdigit() and words[j].isdigit():
                j += 1
            if len(words) - j in (1, 2):
                j = len(words)
            out.append((words[i:j], first))
            first = False
            i = j
    return out


def main():
    rnd = random.Random(55)
    lines = lines_of(TEXT, rnd)
    t = 0.03
    timed = []  # (start, end, [(word, t_word)])
    for words, turn in lines:
        if turn and timed:
            t += rnd.uniform(0.8, 1.6)
        start = t
        wt = []
        for w in words:
            wt.append((w, t))
            t += 0.17 + 0.056 * len(w) + rnd.uniform(0.0, 0.1)
        t += rnd.uniform(0.05, 0.3)
        timed.append((start, t, wt))
    out = ["WEBVTT", "Kind: captions", "Language: fr", ""]
    prev_plain = " "
    for k, (start, end, wt) in enumerate(timed):
        nxt = timed[k + 1][0] if k + 1 < len(timed) else end + 1.0
        cue_end = nxt - 0.01
        first_w = wt[0][0]
        rest = "".join("<%s><c> %s</c>" % (ts(tw), w) for w, tw in wt[1:])
        out.append("%s --> %s align:start position:0%%" % (ts(start), ts(cue_end)))
        out.append(prev_plain)
        out.append(first_w + rest)
        out.append("")
        plain = " ".join(w for w, _ in wt)
        out.append("%s --> %s align:start position:0%%" % (ts(cue_end), ts(nxt)))
        out.append(plain)
        out.append(" ")
        out.append("")
        prev_plain = plain
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(OUT, len(timed), "lignes, durée %.0f s" % timed[-1][1])


if __name__ == "__main__":
    main()
