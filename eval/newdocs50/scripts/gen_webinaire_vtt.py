# -*- coding: utf-8 -*-
"""Génère la transcription Microsoft Teams (WebVTT) du webinaire du CLSM de Vernançay du mardi 24 juin 2025 :
« Avant l'été : repérer la souffrance psychique et le risque suicidaire chez les aînés isolés ».

Format Teams : en-tête « WEBVTT », identifiants de repères = GUID d'intervention suivi de « /n-k » (n = numéro de
l'intervention, k = morceau), horodatage « hh:mm:ss.mmm --> hh:mm:ss.mmm », texte dans une balise de voix
« <v Prénom Nom>…</v> ». Une modératrice (Sandrine Leroux, coordinatrice du CLSM) et trois intervenants
(Hélène Marchais, CLIC ; Dr Anne-Claire Fournier, EMPSA ; Karim Ouazzani, Sauldre Habitat). Les repères sont
coupés tous les 9 à 15 mots, donc souvent au milieu d'une phrase. Les durées sont proportionnelles au nombre de
mots (débit calé pour une durée totale d'environ 20 minutes), de façon déterministe.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os
import random
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-06-24_clsm-vernancay_webinaire-aines-crise-suicidaire.vtt")

SL = "Sandrine Leroux"
HM = "Hélène Marchais"
AF = "Anne-Claire Fournier"
KO = "Karim Ouazzani"

TURNS = [
    (SL, "Bon, je crois que tout le monde est là, ou presque. Je vois encore deux ou trois personnes qui arrivent "
         "dans la salle d'attente, je les fais entrer. Bonjour à toutes et à tous, merci d'être connectés. Je suis "
         "Sandrine Leroux, je coordonne le conseil local de santé mentale de Vernançay, et on a voulu organiser ce "
         "webinaire juste avant l'été, parce que l'été, pour les personnes âgées isolées, c'est une période à risque, "
         "pas seulement à cause de la chaleur. Je précise que la séance est enregistrée et que la transcription sera "
         "envoyée aux inscrits avec le support. Vous pouvez poser vos questions dans la conversation, je les garderai "
         "pour la fin. On a trois intervenants : Hélène Marchais, qui est responsable du CLIC du Pays de Vernançay, "
         "la docteure Anne-Claire Fournier, psychiatre, qui est médecin responsable de l'équipe mobile de psychiatrie "
         "du sujet âgé du centre hospitalier Les Tilleuls, l'EMPSA, et Karim Ouazzani, responsable de l'agence de "
         "proximité de Sauldre Habitat aux Grands-Champs. Hélène, je vous laisse commencer par le plan canicule."),
    (HM, "Merci Sandrine, bonjour à tous. Alors le plan canicule, tout le monde en a entendu parler, mais je voudrais "
         "surtout vous parler du registre, parce que c'est un outil qu'on sous-estime. Le registre canicule, c'est le "
         "registre nominatif des personnes vulnérables que tient le CCAS de la ville. Peuvent s'y inscrire les personnes "
         "de soixante-cinq ans et plus qui vivent à domicile, les personnes de plus de soixante ans reconnues inaptes au "
         "travail, et les adultes en situation de handicap. L'inscription est volontaire, on ne peut pas inscrire "
         "quelqu'un contre son avis. Un proche, un voisin, un professionnel peut faire la demande, mais avec l'accord "
         "de la personne. Ça se fait avec le formulaire du CCAS, ou simplement par téléphone au 03 99 00 41 00."),
    (SL, "Et où en est-on cette année ?"),
    (HM, "Alors à ce jour, on est à 930 inscrits. L'an dernier, au 31 août, on avait terminé à 784, donc on a déjà "
         "dépassé le chiffre de l'an dernier alors que l'été commence à peine. C'est en grande partie grâce au "
         "courrier que Sauldre Habitat a glissé dans les boîtes aux lettres en avril, Karim en parlera, et aussi au "
         "travail des aides à domicile. Aux Grands-Champs on partait de très bas, on était à 96 inscrits l'an dernier "
         "pour tout le quartier, ce qui est très peu quand on sait qu'un peu plus de la moitié des plus de 75 ans du "
         "quartier vivent seuls."),
    (SL, "Concrètement, qu'est-ce qui se passe quand l'alerte est déclenchée ?"),
    (HM, "Quand la préfecture déclenche le niveau orange, on appelle tous les inscrits au moins une fois par jour. Ce "
         "sont les agents du CCAS, et depuis l'an dernier aussi des bénévoles de l'équipe citoyenne Monalisa des "
         "Grands-Champs, qu'on a formés à tenir un petit questionnaire. Si la personne ne répond pas après trois "
         "tentatives dans la journée, on déclenche une visite à domicile. Et si personne n'ouvre, on alerte la police "
         "municipale. Mais ce que je voulais vraiment dire, c'est que le registre c'est aussi une porte d'entrée pour "
         "repérer des gens qui vont mal. Pendant ces appels, on entend des choses : quelqu'un qui dit qu'il ne mange "
         "plus, qu'il ne sort plus depuis la mort de sa femme, que de toute façon ça ne sert plus à rien. Ces "
         "situations-là, on ne les laisse pas dans le tableau, on les transmet au CLIC pour une évaluation à domicile."),
    (SL, "Justement, pour ceux qui nous écoutent et qui ne sont pas du secteur gérontologique, le CLIC et le DAC, "
         "c'est quoi la différence ? On me pose la question toutes les semaines."),
    (HM, "Oui, c'est normal, c'est un peu le maquis. Le CLIC, centre local d'information et de coordination, c'est le "
         "guichet de proximité pour les personnes de soixante ans et plus et pour leurs aidants : on informe, on évalue "
         "à domicile, on aide à monter un dossier, on coordonne les aides. Le DAC, le dispositif d'appui à la "
         "coordination, lui, est là pour les professionnels, quand une situation est complexe, qu'il y a plusieurs "
         "intervenants qui n'arrivent plus à se coordonner, et ça quel que soit l'âge de la personne. Pour faire "
         "simple, un particulier appelle le CLIC ; un médecin traitant débordé par une situation appelle le DAC. Et "
         "entre nous on se renvoie les situations, on se parle tous les jours."),
    (SL, "Merci. Docteure Fournier, à vous. La crise suicidaire chez les personnes âgées, est-ce que c'est vraiment "
         "différent de chez les plus jeunes ?"),
    (AF, "Bonjour à tous. Oui, c'est différent, et c'est pour ça qu'on la rate souvent. Le premier point, c'est la "
         "létalité. Chez les jeunes adultes, on compte à peu près un décès pour une vingtaine de tentatives. Après "
         "soixante-cinq ans, on est plutôt à un décès pour quatre tentatives. Les moyens utilisés sont plus radicaux, "
         "les personnes sont plus fragiles physiquement, et elles sont seules, donc personne n'intervient à temps. Le "
         "deuxième point, c'est que les personnes âgées annoncent moins leur geste. Elles ne vont pas forcément dire "
         "« je veux mourir ». Elles vont dire « je suis un poids pour mes enfants », « je ne sers plus à rien », "
         "« vivement que ça se termine »."),
    (SL, "Et dans notre département, la situation est comment ?"),
    (AF, "Elle n'est pas bonne. Chez les plus de soixante-cinq ans, on est autour de vingt-huit décès par suicide pour "
         "cent mille habitants dans le département, un peu plus que la moyenne régionale, qui tourne autour de "
         "vingt-cinq, et nettement plus que la moyenne nationale, autour de vingt et un. Et ce sont surtout les hommes "
         "très âgés, veufs, qui vivent seuls, souvent en milieu rural mais pas seulement. Aux Grands-Champs on a "
         "aussi des situations très difficiles."),
    (SL, "Alors quels sont les signes qui doivent alerter une aide à domicile, un gardien, un voisin ?"),
    (AF, "Je vais vous en donner une liste, et je vous la mettrai dans le support. D'abord le repli : la personne "
         "qui ne sort plus, qui ne répond plus au téléphone, qui annule les visites. Ensuite l'arrêt des soins : elle "
         "ne prend plus ses médicaments, elle ne mange plus, elle ne se lave plus, ce qu'on appelle parfois un "
         "syndrome de glissement. Le fait de mettre ses affaires en ordre, de donner des objets auxquels elle tenait, "
         "de faire ses adieux sans raison apparente. Les plaintes corporelles répétées derrière lesquelles il y a "
         "souvent une dépression qui ne dit pas son nom. Une consommation d'alcool qui augmente. Et puis il y a des "
         "moments à risque qu'il faut connaître : un veuvage récent, une annonce de maladie grave, des douleurs "
         "chroniques, une perte d'autonomie brutale, et les premiers mois après l'entrée en EHPAD."),
    (SL, "Et quand on a un doute, on fait quoi ? Beaucoup de professionnels ont peur de poser la question."),
    (AF, "Il faut poser la question, clairement : « est-ce que vous pensez au suicide ? », « est-ce que vous avez pensé "
         "à la façon de le faire ? ». Parler du suicide, ça ne donne pas l'idée. Au contraire, la personne se sent "
         "souvent soulagée que quelqu'un ose en parler. Ensuite, si le danger est immédiat, on ne reste pas seul : on "
         "appelle le 15. Si on a besoin d'un conseil, le numéro national de prévention du suicide, le 3114, répond jour "
         "et nuit, et il répond aussi aux professionnels. Et pour tout ce qui n'est pas de l'urgence, il y a nous, "
         "l'EMPSA."),
    (SL, "Vous parliez de l'été tout à l'heure. Pourquoi la chaleur est-elle aussi un sujet de santé mentale ?"),
    (AF, "Pour plusieurs raisons. D'abord parce que beaucoup de personnes âgées suivies pour une dépression ou une "
         "anxiété prennent des traitements, des antidépresseurs, des neuroleptiques parfois, des diurétiques aussi, "
         "qui augmentent le risque de déshydratation et de coup de chaleur. Ensuite parce que la canicule enferme : "
         "on ferme les volets, on ne sort plus, on ne voit plus personne, et l'isolement, qui était déjà là, devient "
         "total pendant une ou deux semaines. Enfin parce que l'été, les services tournent au ralenti : le médecin "
         "traitant est en congé, l'aide à domicile est remplacée par quelqu'un qui ne connaît pas la personne, les "
         "enfants partent en vacances. C'est souvent à ce moment-là que quelqu'un qui tenait à peu près bascule. "
         "Donc le coup de fil du registre, ce n'est pas seulement « buvez-vous assez d'eau ? », c'est aussi "
         "« comment ça va, vous, le moral ? »."),
    (HM, "Et c'est pour ça qu'on a ajouté cette année deux questions sur le moral dans le questionnaire d'appel. "
         "Les agents et les bénévoles ont une consigne : si la personne dit qu'elle n'a plus envie de rien ou qu'elle "
         "parle de mourir, ils ne raccrochent pas, ils passent l'appel à une infirmière du CCAS ou, si c'est "
         "grave, ils appellent le 15."),
    (SL, "Justement, présentez-nous l'EMPSA en deux mots."),
    (AF, "L'équipe mobile de psychiatrie du sujet âgé existe depuis novembre 2019. Elle intervient pour des personnes "
         "de soixante-cinq ans et plus, à domicile ou en EHPAD, sur tout le territoire du centre hospitalier. On est "
         "une petite équipe : un mi-temps de psychiatre, deux infirmiers, un mi-temps de psychologue. On fait des "
         "évaluations, on propose un projet de soins, on soutient les équipes d'EHPAD et les aidants, mais on ne fait "
         "pas d'urgence et on ne remplace pas le médecin traitant. L'an dernier, on a suivi 212 patients. En ce moment, "
         "le délai pour une première visite tourne autour de 8 jours, alors qu'on était plutôt à 11 jours en moyenne "
         "l'an dernier. Et on donne un avis téléphonique au médecin sous 48 heures."),
    (SL, "Comment on vous saisit ?"),
    (AF, "La demande passe par le médecin traitant ou, en EHPAD, par le médecin coordonnateur, avec une fiche de "
         "demande d'une page qu'on envoie par messagerie sécurisée. On ne prend pas de demande directe des familles, "
         "non pas parce qu'on ne veut pas les entendre, mais parce qu'on a besoin du médecin dans la boucle pour le "
         "suivi. Une famille inquiète, on lui conseille d'en parler au médecin traitant ou d'appeler le CLIC."),
    (SL, "Merci beaucoup. Karim, les gardiens vigilants, c'est vous. Racontez-nous."),
    (KO, "Bonjour à tous. Alors aux Grands-Champs, Sauldre Habitat a à peu près 1 850 logements, et beaucoup de nos "
         "locataires âgés vivent seuls depuis trente ou quarante ans dans le même appartement. Les gardiens les "
         "connaissent souvent mieux que n'importe qui. L'idée des gardiens vigilants, c'est de donner à ces gardiens "
         "une formation courte pour repérer une situation qui se dégrade, et surtout un circuit clair pour la "
         "signaler. En 2024, on a formé 8 gardiens, et 4 de plus seront formés en septembre."),
    (SL, "Qu'est-ce qu'ils repèrent, les gardiens ?"),
    (KO, "Des choses très concrètes. Une boîte aux lettres qui déborde. Des volets qui restent fermés plusieurs jours. "
         "Une odeur dans la cage d'escalier. Un monsieur qu'on voyait tous les matins partir acheter son journal et "
         "qu'on ne voit plus. Ou des impayés de loyer qui apparaissent d'un coup chez quelqu'un qui a toujours payé "
         "pile à l'heure depuis vingt ans : ça, souvent, c'est le signe que quelque chose ne va pas du tout."),
    (SL, "Et une fois que le gardien a repéré quelque chose, il fait quoi ?"),
    (KO, "Il ne joue pas à l'assistant social, c'est très important. Le gardien n'entre pas chez les gens, il ne pose "
         "pas de diagnostic. Il remplit une fiche de signalement, une demi-page, et il la transmet à notre référente "
         "sociale, Nadia Benali. C'est elle qui appelle la personne ou qui passe la voir, et si besoin elle transmet "
         "au CLIC sous 72 heures. Le CLIC fait ensuite l'évaluation et, s'il y a une souffrance psychique, il voit "
         "avec le médecin traitant pour saisir l'EMPSA. L'an dernier, on a eu 31 signalements. Et pendant la "
         "canicule, les gardiens passent frapper chez les locataires inscrits au registre qui ne décrochent pas."),
    (SL, "Et les locataires, ils le vivent comment ? Ils ne se sentent pas surveillés ?"),
    (KO, "C'était notre crainte au début, alors on a été très transparents. On a mis une affiche dans chaque hall "
         "pour expliquer la démarche, et dans le courrier d'avril on expliquait aussi comment s'inscrire au registre "
         "canicule. Les retours sont plutôt bons. Les gens nous disent « au moins quelqu'un fait attention ». Il y a "
         "eu deux ou trois personnes qui n'ont pas voulu, et on respecte, évidemment : le gardien continue à dire "
         "bonjour, il ne fait pas de fiche sur quelqu'un qui a refusé qu'on s'occupe de lui, sauf danger grave. "
         "Ce qui a le plus changé, je crois, c'est pour les gardiens eux-mêmes. Avant, ils voyaient des situations "
         "et ils ne savaient pas à qui le dire, ils rentraient chez eux avec ça. Maintenant ils savent que quelqu'un "
         "prendra le relais, et que ce n'est pas à eux de tout porter."),
    (SL, "Sur les 31 signalements, qu'est-ce que ça a donné ?"),
    (KO, "Je n'ai pas le détail exact sous les yeux, mais je dirais qu'à peu près la moitié a été réglée par notre "
         "référente sociale avec le CCAS, une aide pour un dossier, une visite, un portage de repas. Une bonne "
         "dizaine sont partis au CLIC. Et il y a eu quelques situations graves, dont une où le gardien a sans doute "
         "évité le pire : une dame qui ne répondait plus, on l'a trouvée au sol, déshydratée, elle était là depuis "
         "deux jours."),
    (SL, "Merci Karim. On a pas mal de questions dans la conversation, je vais les prendre dans l'ordre. Première "
         "question, de Mme Lopes, qui est aide à domicile dans un SAAD : est-ce qu'une aide à domicile peut appeler "
         "directement l'EMPSA quand elle est inquiète pour une personne ?"),
    (AF, "Je vais répondre. Non, pas directement, pour les raisons que j'ai dites : il faut passer par le médecin "
         "traitant. Mais votre inquiétude ne doit pas rester dans votre tête. Parlez-en à votre responsable de "
         "secteur, qui peut prévenir le médecin, ou envoyez une fiche au CLIC."),
    (HM, "Et je complète : on est en train de construire avec les deux SAAD de la ville une fiche de repérage de la "
         "fragilité, toute simple, que les aides à domicile pourront nous envoyer. Elle devrait être prête pour la "
         "rentrée."),
    (SL, "Deuxième question, de M. Girard, infirmier en EHPAD : est-ce qu'il y aura de nouvelles sessions de "
         "formation au repérage de la crise suicidaire ?"),
    (AF, "Oui. Il y a trois niveaux dans le programme régional : sentinelle, évaluation et intervention de crise. "
         "Le module sentinelle dure une journée et s'adresse à tous ceux qui sont au contact des personnes : agents, "
         "aides-soignants, animateurs, gardiens. Le module évaluation dure deux jours et s'adresse aux soignants, "
         "infirmiers, psychologues, médecins. Les prochaines sessions sentinelle auront lieu le jeudi 18 et le jeudi "
         "25 septembre, à l'EHPAD Les Glycines, aux Grands-Champs. L'inscription se fait auprès du CLSM."),
    (SL, "Je confirme, et je mettrai le lien d'inscription dans la conversation. Dernière question, qui est plutôt "
         "une remarque : une bénévole demande si les bénévoles Monalisa peuvent aussi être formés."),
    (HM, "Oui, on y travaille avec le centre social Jacques-Prévert, qui porte l'équipe citoyenne des Grands-Champs. "
         "Les bénévoles ne sont pas des soignants, mais ils rendent visite chaque semaine à des gens très seuls, donc "
         "ils sont aux premières loges. On réfléchit à une sensibilisation d'une demi-journée pour eux."),
    (SL, "On a encore une question qui vient d'arriver, de Mme Perrin, fille d'une personne âgée : ma mère ne "
         "veut pas s'inscrire au registre, elle dit qu'elle n'est pas vieille. Qu'est-ce que je peux faire ?"),
    (HM, "C'est une question qu'on entend très souvent, et la réponse est qu'on ne peut pas l'inscrire à sa place. "
         "Mais on peut l'aider à changer d'avis. Ce qui marche bien, c'est de présenter le registre non pas comme "
         "une liste de vieux, mais comme un service : quelqu'un vous appelle pendant les grosses chaleurs, c'est "
         "tout, et vous pouvez vous désinscrire quand vous voulez. Vous pouvez aussi lui proposer qu'on l'appelle "
         "nous-mêmes au CLIC pour lui expliquer, parfois ça passe mieux venant de quelqu'un d'extérieur. Et "
         "gardez à l'esprit que le registre n'est pas le seul filet : si vous êtes inquiète pendant l'été, vous "
         "pouvez nous appeler directement."),
    (AF, "Je rajoute juste une chose par rapport à la question de madame. Le refus d'aide, chez une personne âgée, "
         "ce n'est pas toujours de la fierté. Parfois c'est un signe de dépression : on ne se trouve plus digne "
         "qu'on s'occupe de soi. Si ce refus est nouveau, s'il s'accompagne d'un repli, c'est à signaler au médecin."),
    (SL, "Parfait. Je vous remercie tous les trois, et merci à vous tous d'avoir participé. Je récapitule trois "
         "choses. Un, faites inscrire les personnes fragiles au registre canicule, avec leur accord. Deux, en cas de "
         "doute, posez la question du suicide et ne restez pas seuls. Trois, pensez au circuit : le CLIC pour les "
         "personnes âgées et leurs proches, le médecin traitant pour saisir l'EMPSA, le 15 en cas d'urgence. Le "
         "support et la transcription vous seront envoyés d'ici la fin de la semaine. Bon été à tous, et prenez soin "
         "de vous et des autres."),
]

TARGET = 1203.0  # durée visée en secondes (environ 20 minutes)


def ts(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t - 3600 * h - 60 * m
    return "%02d:%02d:%06.3f" % (h, m, s)


def main():
    rnd = random.Random(50)
    total_words = sum(len(t.split()) for _, t in TURNS)
    gaps = 0.6 * (len(TURNS) - 1) + 2.0
    rate = (TARGET - gaps - 1.5) / total_words  # secondes par mot
    lines = ["WEBVTT", ""]
    t = 2.0
    for n, (spk, text) in enumerate(TURNS):
        guid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        words = text.split()
        pieces = []
        i = 0
        while i < len(words):
            k = rnd.randint(9, 15)
            if len(words) - (i + k) < 4:
                k = len(words) - i
            pieces.append(words[i:i + k])
            i += k
        for j, p in enumerate(pieces):
            dur = len(p) * rate * rnd.uniform(0.93, 1.07)
            lines.append("%s/%d-%d" % (guid, 10 + 3 * n, j))
            lines.append("%s --> %s" % (ts(t), ts(t + dur)))
            lines.append("<v %s>%s</v>" % (spk, " ".join(p)))
            lines.append("")
            t += dur + 0.04
        t += 0.6
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    print("écrit :", OUT, "durée %.1f s, %d mots" % (t, total_words))


if __name__ == "__main__":
    main()
