# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT (.vtt) façon Zoom du webinaire du CLSM d'Ardonville « Cyberharcèlement : que
faire quand un jeune se confie ? » (jeudi 12 février 2026, 12 h 30, environ 22 minutes).

Format Zoom : en-tête « WEBVTT », repères numérotés, horodatage « hh:mm:ss.mmm --> hh:mm:ss.mmm », texte sur
une ligne préfixé du nom de l'orateur sur chaque repère (« Prénom Nom: texte »). Quatre voix ; questions du
chat lues à voix haute par la modératrice ; chiffres dits en lettres (« trois cent douze », « quarante-sept »,
« soixante-douze heures », « sept semaines »). Les repères coupent les phrases longues (14 mots au plus) ;
durées calculées d'après le nombre de mots, de façon déterministe.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-12_clsm-ardonville_webinaire-cyberharcelement.vtt")

S = "Soizic Le Bihan"
N = "Nadia Belkacem"
P = "Sandrine Poirier"
J = "Julien Favreau"

TURNS = [
    (S, "Bonjour à toutes et à tous, je vois que vous arrivez encore, on va laisser une petite minute. "
        "Bon, il est midi trente-deux, on va commencer. Bienvenue à ce webinaire du conseil local de santé "
        "mentale d'Ardonville. Je suis Soizic Le Bihan, je coordonne le CLSM. Le thème du jour, c'est : "
        "cyberharcèlement, que faire quand un jeune se confie ? Quelques consignes avant de démarrer. "
        "Vos micros sont coupés, vous pouvez poser vos questions dans la conversation, le chat, et je les lirai "
        "à voix haute à la fin. Le webinaire est enregistré, le replay sera envoyé à tous les inscrits. "
        "Il fait suite à la première session de formation du 20 janvier, mais vous n'avez pas besoin d'y "
        "avoir participé. Je vois que nous sommes déjà cinquante-sept connectés, merci. Nous sommes trois "
        "intervenants avec moi. Je leur laisse la parole pour se présenter."),
    (P, "Bonjour à tous. Sandrine Poirier, je suis infirmière scolaire au collège Louise-Michel, aux Chaumes, "
        "depuis six ans. Avant j'étais en lycée professionnel."),
    (N, "Bonjour, Nadia Belkacem, je suis psychologue et je dirige le Point Accueil Écoute Jeunes Le Passage, "
        "le PAEJ, qui dépend de l'association Cap Jeunes Layon. On accueille les jeunes de onze à vingt-cinq ans "
        "et leurs parents, gratuitement et de façon anonyme s'ils le souhaitent."),
    (J, "Bonjour, Julien Favreau, psychologue à la Maison des adolescents, et plus particulièrement à la "
        "consultation Pause Manette, qui reçoit les jeunes qui ont des difficultés avec les jeux vidéo et les "
        "écrans, et leurs parents."),
    (S, "Merci. Alors on va commencer par le terrain. Sandrine, au collège, concrètement, le cyberharcèlement, "
        "ça ressemble à quoi ?"),
    (P, "Alors, la première chose que je voudrais dire, c'est que le cyberharcèlement ne reste jamais sur "
        "l'écran. Ce que je vois, moi, à l'infirmerie, ce sont des élèves qui viennent pour un mal de ventre, "
        "tous les matins à huit heures, ou qui demandent à rentrer chez eux. Et quand on prend le temps, on "
        "découvre qu'il y a un groupe de classe où ils se font insulter tous les soirs. Aujourd'hui, presque "
        "tout passe par les groupes de classe. Ce sont des groupes créés par les élèves eux-mêmes, sans aucun "
        "adulte dedans, avec parfois quatre-vingts membres. On y retrouve des moqueries, des photos prises en "
        "cachette dans les vestiaires, des sondages du genre « qui est le plus moche de la classe ». Et puis il "
        "y a l'exclusion : on retire quelqu'un du groupe, on crée un deuxième groupe sans lui. Ça paraît moins "
        "grave, mais pour un élève de cinquième c'est extrêmement violent."),
    (S, "Et est-ce que vous le voyez augmenter ?"),
    (P, "Je le vois beaucoup plus, oui, mais je pense qu'on le repère aussi mieux. Dans l'enquête que le CLSM "
        "a faite au printemps dernier, on avait onze pour cent des collégiens d'Ardonville qui disaient avoir "
        "été victimes de cyberharcèlement dans l'année. Aux Chaumes c'était quatorze pour cent. Ça veut dire, "
        "dans une classe de vingt-huit, trois ou quatre élèves. Ce qui m'a frappée le plus dans l'enquête, ce "
        "n'est pas ce chiffre-là, c'est que plus d'un tiers des victimes n'en avaient parlé à personne. "
        "Personne. Ni les parents, ni les copains."),
    (S, "Au collège, il y a aussi le programme du rectorat, PRISME. Ça change quoi, concrètement ?"),
    (P, "PRISME, c'est le programme de lutte contre le harcèlement du rectorat, et on l'applique au collège "
        "depuis la rentrée 2024. Concrètement, on a deux adultes référents, Aurélie Texier, qui est professeure "
        "de lettres, et Yann Cadiou, le CPE. Et on a douze élèves ambassadeurs formés, de la cinquième à la "
        "troisième. Les ambassadeurs ne règlent pas les situations eux-mêmes, ce n'est pas leur rôle. Leur rôle, "
        "c'est de repérer et de dire à l'élève isolé : tu peux aller voir tel adulte. Quand une situation est "
        "signalée, les référents reçoivent d'abord la victime, puis les témoins, puis les élèves auteurs, un par "
        "un, jamais ensemble. On ne fait jamais de confrontation. Et on suit la situation pendant plusieurs "
        "semaines. Si ça ne s'arrête pas, il y a des sanctions, qui peuvent aller jusqu'au conseil de "
        "discipline."),
    (S, "Nadia, au PAEJ, qu'est-ce que vous observez ?"),
    (N, "Au PAEJ, on a accueilli l'an dernier trois cent douze nouveaux jeunes. Parmi eux, on a repéré "
        "quarante-sept situations de cyberharcèlement, donc à peu près une sur sept. Mais c'est rarement le "
        "motif de la première venue. Les jeunes viennent pour des disputes avec leurs parents, pour du stress, "
        "pour le sommeil, et c'est au deuxième ou au troisième entretien que ça sort. Quand on leur demande "
        "depuis combien de temps ça dure, ils nous disent en moyenne sept semaines. Sept semaines avant d'en "
        "parler à un adulte. Et pourquoi ils attendent ? Ils ont trois peurs. La peur qu'on leur confisque le "
        "téléphone. La peur que ce soit pire, que l'adulte intervienne maladroitement et que tout le collège le "
        "sache. Et la honte, surtout quand il y a des images."),
    (N, "Je vais vous raconter une situation, anonymisée bien sûr. Une jeune fille de quatrième, je vais "
        "l'appeler Inès. Elle vient au PAEJ parce qu'elle ne dort plus, elle dit que c'est le stress des "
        "contrôles. Au troisième entretien, elle me montre son téléphone. Un faux compte a été créé à son nom, "
        "avec ses photos, et ce compte envoie des messages insultants à ses copines. Tout le monde croit que "
        "c'est elle. Elle a perdu ses amies en quinze jours. Elle n'avait rien dit à sa mère parce qu'elle avait "
        "peur qu'on lui retire son téléphone, et c'était son seul lien avec ses cousines restées au Maroc. On a "
        "fait ensemble les captures d'écran, avec les dates. On a appelé le 3018 ensemble, depuis mon bureau, et "
        "le faux compte a été supprimé en moins de vingt-quatre heures. Ensuite on a reçu sa mère. La fiche de "
        "signalement est partie à la cellule de veille et au collège, qui a retrouvé les auteurs, deux élèves "
        "de sa classe."),
    (S, "Justement, qu'est-ce qu'on fait, nous, adultes, au moment où un jeune se confie ? C'est vraiment la "
        "question du jour."),
    (N, "Le plus important, c'est la première réaction. Le jeune a pris un risque énorme en parlant. Donc on "
        "le croit, on le remercie, et on ne minimise pas. On évite les phrases du type « tu n'as qu'à pas aller "
        "sur ces réseaux » ou « bloque-les et c'est fini ». Ensuite, on ne lui demande pas de tout supprimer : "
        "ce sont des preuves. On ne promet pas le secret, mais on lui explique à qui on va en parler et "
        "pourquoi. Et on ne contacte jamais soi-même l'auteur ou ses parents, même avec les meilleures "
        "intentions du monde. Ça se termine presque toujours mal, et parfois par un règlement de comptes devant "
        "le collège."),
    (P, "Je peux ajouter quelque chose ? Il faut aussi évaluer si le jeune est en danger tout de suite. S'il "
        "a des idées de suicide, s'il y a des menaces physiques, ou s'il y a un chantage avec des photos "
        "intimes, on ne remet pas à plus tard. On ne laisse pas le jeune repartir seul, on appelle le quinze "
        "ou le dix-sept si nécessaire."),
    (S, "Merci. Julien, on vous a invité aussi parce que le harcèlement passe beaucoup par les jeux en ligne. "
        "Est-ce que c'est ce que vous voyez à Pause Manette ?"),
    (J, "Oui, de plus en plus. Les jeunes jouent en équipe, avec un micro, avec des inconnus et des copains "
        "de classe mélangés. Et les insultes dans les discussions vocales sont très fréquentes. Ce qui est "
        "difficile, c'est qu'il n'y a pas de trace : la discussion vocale n'est pas enregistrée. Donc le jeune "
        "n'a pas de preuve, et il a l'impression qu'on ne le croira pas. Je conseille de noter tout de suite le "
        "pseudo, le nom du jeu, le serveur, la date et l'heure. Les plateformes de jeu ont des outils de "
        "signalement, et ils fonctionnent mieux qu'on ne le croit."),
    (S, "Et puis il y a cette question qui revient tout le temps chez les parents : mon fils joue cinq heures "
        "par jour, est-ce qu'il est addict ?"),
    (J, "Oui, c'est la question numéro un. Et la réponse, c'est : le temps, à lui seul, ne suffit pas. On "
        "parle de trouble du jeu vidéo quand il y a une perte de contrôle, quand le jeu passe avant tout le "
        "reste, et quand le jeune continue malgré des conséquences nettes, à l'école, sur le sommeil, avec les "
        "copains. Et ça, sur une durée d'au moins douze mois en principe. La plupart des jeunes qui jouent "
        "beaucoup ne sont pas dans ce cas-là. Ils ont un usage intensif, ce qui mérite qu'on en parle en "
        "famille, mais pas forcément une consultation. Ce qui nous inquiète davantage, ce sont les jeunes qui "
        "jouent pour ne pas penser. Et parmi eux, il y a souvent des jeunes harcelés, qui se réfugient dans le "
        "jeu parce que c'est le seul endroit où ils sont quelqu'un."),
    (S, "Et le sommeil, dans tout ça ? On en parle beaucoup avec les parents."),
    (J, "Le sommeil, c'est souvent la première victime, avant même l'école. Dans l'enquête, plus d'un élève "
        "sur trois dort moins de huit heures avant une journée de classe, et en seconde c'est plus de la "
        "moitié. Et la différence est énorme selon que le téléphone reste dans la chambre ou non : "
        "quarante-neuf pour cent de ceux qui le gardent la nuit dorment moins de huit heures, contre douze "
        "pour cent de ceux qui le laissent dehors. Il y a les notifications qui réveillent, mais il y a aussi "
        "la peur de rater quelque chose. Un jeune harcelé, lui, il vérifie son téléphone la nuit pour savoir "
        "ce qu'on dit de lui. Donc quand un ado dort mal depuis quelques semaines, posez la question des "
        "écrans, mais aussi la question de ce qui s'y passe."),
    (S, "Comment on vous adresse un jeune, à Pause Manette ?"),
    (J, "C'est très simple : le jeune ou ses parents nous appellent au 03 99 00 52 70. Pas besoin de courrier "
        "du médecin, c'est gratuit. On reçoit les douze vingt et un ans. Et souvent, on reçoit d'abord les "
        "parents seuls, parce que le jeune ne veut pas venir, et ce n'est pas grave. Le délai est de cinq "
        "semaines en ce moment, on a eu du renfort depuis la rentrée."),
    (S, "Merci. Je fais maintenant un point rapide sur le protocole de signalement, parce que beaucoup "
        "d'entre vous l'ont reçu en janvier. Il y a sept étapes, je ne vais pas toutes les détailler, vous les "
        "avez dans le document. Ce que je veux que vous reteniez, c'est la fiche S1. Dès qu'un jeune vous "
        "révèle une situation de cyberharcèlement, vous remplissez la fiche S1 et vous l'envoyez à la cellule "
        "de veille jeunesse du CLSM, dans un délai de soixante-douze heures. Avant, dans la première version, "
        "c'était quarante-huit heures, et c'était intenable pour les clubs sportifs qui n'ont pas de salariés. "
        "Si c'est grave, images intimes ou idées suicidaires, vous n'attendez pas, vous appelez la cellule le "
        "jour même. Le numéro est le 06 99 00 23 58. Et la cellule vous rappellera à une semaine et à un mois "
        "pour savoir où on en est. Ça, c'est nouveau, et je crois que c'est important : vous ne restez pas "
        "seuls avec la situation."),
    (S, "On a déjà beaucoup de questions, je vais en lire quelques-unes. Kévin, animateur jeunesse, demande : "
        "« Est-ce qu'un jeune de quatorze ans peut aller au PAEJ sans que ses parents soient au courant ? »"),
    (N, "Oui. Le PAEJ peut recevoir un mineur sans autorisation de ses parents, c'est même sa raison d'être. "
        "L'accueil est gratuit, anonyme si le jeune le souhaite, et sans rendez-vous aux heures d'ouverture. "
        "On a aussi une permanence au collège Louise-Michel le jeudi entre midi et deux. Bien sûr, on travaille "
        "ensuite pour que les parents soient associés quand c'est possible, mais ce n'est pas une condition."),
    (S, "Autre question dans la conversation, de Mélanie, qui est animatrice à l'accueil de loisirs de Beaulieu-Gare. Elle écrit : « Si un "
        "jeune me supplie de ne rien dire à ses parents, qu'est-ce que je fais ? » Nadia ?"),
    (N, "C'est une très bonne question et c'est très fréquent. On ne promet pas le secret, je l'ai dit. Mais "
        "on peut négocier le comment. On peut lui proposer d'en parler ensemble à ses parents, ou de venir au "
        "PAEJ avec eux. La plupart du temps, les jeunes ont peur de la réaction, pas des parents eux-mêmes. Il "
        "y a une exception : si le jeune dit que c'est dangereux pour lui que ses parents sachent, parce qu'il "
        "y a des violences à la maison par exemple. Là, on ne prévient pas les parents, et on transmet une "
        "information préoccupante à la CRIP, la cellule départementale."),
    (S, "Deuxième question, de Romain, qui est éducateur sportif dans un club de foot : « Les faits se passent "
        "entre des jeunes du club, mais en dehors du club, le soir, sur un groupe. Est-ce que c'est à moi de "
        "faire quelque chose ? » Sandrine ?"),
    (P, "Oui. Ce n'est pas parce que ça se passe le soir ou le week-end que ça ne vous concerne pas. D'abord "
        "parce que le jeune vous l'a confié à vous, et ensuite parce que les jeunes se retrouvent le lendemain à "
        "l'entraînement. Vous faites la fiche S1 comme tout le monde. Et si ce sont des élèves du même "
        "établissement, la cellule de veille fera le lien avec le collège. C'est justement l'intérêt d'avoir un "
        "protocole commun pour toute la ville."),
    (S, "Une question anonyme maintenant, je la lis telle quelle : « Si on nous montre une photo intime d'une "
        "élève qui circule, est-ce qu'on doit faire une capture pour la transmettre ? »"),
    (N, "Non. Surtout pas. Jamais. Une image intime d'un mineur, on ne la copie pas, on ne la transfère pas, "
        "même pour la signaler, même à la police. Sinon, vous détenez vous-même une image à caractère "
        "pédopornographique. Ce que vous faites, c'est noter où elle circule, le nom du groupe ou du compte, "
        "l'adresse de la page, la date. Et vous appelez le 3018, qui peut faire retirer le contenu très vite. "
        "D'ailleurs, au niveau de la cellule de veille, on a eu deux fiches avec des images jointes. Il ne "
        "faut pas."),
    (S, "Merci Nadia. Question de Fatou, qui travaille à la médiathèque : « Les parents me demandent souvent à "
        "quel âge donner un téléphone à leur enfant. Qu'est-ce que je leur réponds ? »"),
    (J, "Il n'y a pas d'âge magique, et je me méfie des réponses toutes faites. Dans l'enquête d'Ardonville, "
        "l'âge moyen du premier smartphone, c'est dix ans et huit mois, donc avant l'entrée en sixième. Ce que "
        "je conseille aux parents, c'est moins l'âge que les règles qui vont avec. Un téléphone qui ne dort pas "
        "dans la chambre, ça c'est la règle qui a le plus d'effet sur le sommeil. Des moments sans écran pour "
        "toute la famille, les parents compris, par exemple pendant les repas. Et surtout, dire à l'enfant dès "
        "le départ : s'il t'arrive quelque chose de bizarre en ligne, tu peux m'en parler, et je ne te "
        "confisquerai pas ton téléphone pour autant. Ça, c'est la meilleure prévention du cyberharcèlement que "
        "je connaisse."),
    (S, "Une dernière question, de Théo : « Le 3018, c'est ouvert quand, et c'est aussi pour les adultes ? »"),
    (P, "Oui, c'est pour les jeunes, les parents et les professionnels. C'est gratuit, anonyme, ouvert tous "
        "les jours de neuf heures à vingt-trois heures. Il y a aussi une application et un tchat. Et je le "
        "redis : dans l'enquête, seulement vingt-deux pour cent des collégiens connaissaient ce numéro. Donc "
        "affichez-le partout."),
    (S, "Merci à tous les trois. Il est presque une heure, je vais conclure. Trois choses à retenir : on "
        "croit le jeune et on garde les preuves, on remplit la fiche S1 dans les soixante-douze heures, et on "
        "n'est pas seuls. La prochaine session de formation a lieu le mardi 17 mars au centre social des "
        "Chaumes, sur les réseaux sociaux et l'image de soi, elle est déjà presque complète. Et pour les "
        "parents, l'atelier du collège Louise-Michel sur le cyberharcèlement aura lieu en mars, la date vous "
        "sera confirmée. Le replay et les supports seront envoyés demain. Merci à toutes et à tous, et bon "
        "après-midi."),
]


def chunks(text, maxw=14):
    """Découpe un tour de parole en repères : fin de phrase ou 14 mots au plus."""
    words = text.split()
    out, cur = [], []
    for w in words:
        cur.append(w)
        end = w.endswith((".", "?", "!")) and not w.endswith("...")
        if (end and len(cur) >= 5) or len(cur) >= maxw:
            out.append(" ".join(cur))
            cur = []
    if cur:
        if out and len(cur) < 3:
            out[-1] += " " + " ".join(cur)
        else:
            out.append(" ".join(cur))
    return out


def ts(t):
    h, r = divmod(t, 3600)
    m, s = divmod(r, 60)
    return "%02d:%02d:%06.3f" % (h, m, s)


def build():
    cues = []
    t = 4.2
    total_words = sum(len(x.split()) for _, x in TURNS)
    rate = (1318.0 - 4.2 - 1.1 * len(TURNS)) / total_words  # ≈ 22 minutes au total
    for k, (spk, text) in enumerate(TURNS):
        if k:
            t += 1.1  # changement d'orateur
        for ch in chunks(text):
            d = len(ch.split()) * rate
            cues.append((t, t + d - 0.05, spk, ch))
            t += d
    lines = ["WEBVTT", ""]
    for i, (a, b, spk, ch) in enumerate(cues, 1):
        lines += [str(i), "%s --> %s" % (ts(a), ts(b)), "%s: %s" % (spk, ch), ""]
    return "\n".join(lines), cues


if __name__ == "__main__":
    body, cues = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(body)
    print("écrit :", OUT, "—", len(cues), "repères, fin à %.1f s" % cues[-1][1],
          "—", sum(len(x.split()) for _, x in TURNS), "mots")
