# -*- coding: utf-8 -*-
"""Génère la transcription automatique (format YouTube .sbv) du webinaire « Les rendez-vous santé mentale et
quartiers » du centre de ressources Villes & Santé Grand Est, jeudi 22 janvier 2026 (document fictif).

Format : repères « h:mm:ss.mmm,h:mm:ss.mmm » puis le texte, ligne vide entre les repères ; sous-titres automatiques
en minuscules, presque sans ponctuation, nombres en chiffres ; « >> » ouvre la parole d'un nouvel orateur (les
noms ne sont pas indiqués : les intervenants se présentent oralement). Dans le texte source ci-dessous, « / »
sépare deux repères. Durée visée : environ 35 minutes."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-01-22_villes-sante-grand-est_webinaire-crue-ornelle-soutien-psy.sbv")

# (nouvel orateur ?, texte découpé en repères par « / »)
TURNS = [
    (True, "[musique] / bonjour à toutes et à tous et bienvenue / dans ce nouveau rendez-vous santé mentale et quartiers / "
     "je suis caroline wendling chargée de mission / au centre de ressources villes et santé grand est / "
     "on est en ce moment 142 participants connectés / ce qui est un record pour nous / merci beaucoup / "
     "pour celles et ceux qui nous découvrent / le centre de ressources accompagne les professionnels / "
     "de la politique de la ville dans toute la région / les chefs de projet les coordinateurs d'ateliers santé ville / "
     "et bien sûr les coordonnateurs de clsm / et ces rendez-vous c'est un jeudi tous les deux mois / "
     "de 12h30 à 13h05 / aujourd'hui on parle d'un sujet un peu particulier / comment on accompagne une ville / "
     "après un événement traumatique collectif / et on va le faire à partir d'une expérience concrète / "
     "celle de verlaincourt dans l'aubrette / qui a été touchée par la crue de l'ornelle / au mois d'avril dernier / "
     "quelques consignes avant de commencer / vos micros sont coupés / vous pouvez poser vos questions dans le chat / "
     "je les garde pour la dernière partie / et le replay sera en ligne la semaine prochaine / "
     "avant de donner la parole je vous propose un petit sondage / il s'affiche en ce moment sur votre écran / "
     "la question c'est / votre territoire a-t-il déjà connu un événement traumatique collectif / "
     "inondation incendie accident attentat / je vous laisse quelques secondes / [musique] / "
     "alors les résultats / 38 % d'entre vous répondent oui / 51 % non / et 11 % ne savent pas / "
     "ce qui veut dire que plus d'un tiers des territoires représentés aujourd'hui / "
     "ont déjà été concernés / donc le sujet n'est pas si exceptionnel / "
     "j'ai avec moi quatre intervenants / je vais leur laisser le soin de se présenter / nadège c'est à vous"),
    (True, "oui bonjour à tous / nadège bellamy je suis coordinatrice / du conseil local de santé mentale de verlaincourt / "
     "depuis 2019 / alors pour ceux qui ne connaissent pas verlaincourt / c'est une ville de 38600 habitants / "
     "sous-préfecture de l'aubrette / traversée par l'ornelle / et on a deux quartiers prioritaires / "
     "les prés-bas et l'écluse-faubourg / qui sont tous les deux en bord de rivière / "
     "et dans la nuit du 14 au 15 avril / l'ornelle est montée à 6 mètres 12 au pont de la halle / "
     "on a eu 1180 logements inondés / dont 740 dans les deux quartiers prioritaires / "
     "plus de 2300 personnes évacuées / et un décès un monsieur de 74 ans / donc un choc très fort pour la ville / "
     "moi je dois vous avouer une chose / le clsm n'était pas du tout prévu dans le plan communal de sauvegarde / "
     "personne n'avait pensé à la santé mentale dans ce plan / donc les premiers jours on a un peu improvisé / "
     "le lundi suivant on a réuni en mairie tous les partenaires du clsm / "
     "et on a ouvert avec le ccas un guichet unique pour les sinistrés / le point ressources et information des sinistrés / "
     "le pris place de la filature / qui a ouvert le 22 avril / et où les gens trouvaient au même endroit / "
     "les assurances les aides d'urgence le relogement / et une permanence de soutien psychologique / "
     "et ça c'est un point clé / les gens ne viennent pas pour voir un psy / ils viennent pour leur dossier d'assurance / "
     "et c'est en parlant du dossier qu'ils craquent / je passe la parole à amandine qui était là dès le premier matin"),
    (True, "merci nadège / avant d'aller plus loin je vous propose de regarder un petit film de 4 minutes / "
     "réalisé avec l'association des sinistrés de l'ornelle / pour entendre directement des habitants / [musique]"),
    (True, "moi c'est l'odeur / l'odeur de la boue dans l'appartement / six mois après je la sens encore / "
     "on est montés chez la voisine du troisième à 4 heures du matin / et on a regardé l'eau monter dans le parking / "
     "les voitures qui flottaient / et mon fils il m'a demandé si on allait mourir"),
    (True, "au collège ils nous ont dit qu'on pouvait aller voir l'infirmière / j'y suis allé parce que je dormais "
     "plus / maintenant ça va mieux mais quand il pleut fort / je regarde par la fenêtre toute la nuit"),
    (True, "j'ai 71 ans j'ai toujours habité aux prés-bas / l'eau j'en avais vu mais pas comme ça / "
     "ce qui m'a sauvé c'est le groupe du mardi / on est une dizaine on se connaissait pas / "
     "et maintenant on se téléphone / au début je voulais pas y aller je disais c'est pour les fous / "
     "et puis le gardien m'a dit viens une fois et tu verras"),
    (True, "moi je suis gardien depuis 19 ans / la nuit de la crue j'ai frappé à toutes les portes de ma tour / "
     "et après pendant des semaines les gens venaient me voir pour tout / les assurances les papiers le moral / "
     "la formation sentinelle ça m'a appris à pas tout porter tout seul / à savoir à qui passer le relais / [musique]"),
    (True, "merci à eux pour ces témoignages très forts / amandine on vous écoute"),
    (True, "merci bonjour à tous / amandine roth je suis infirmière coordinatrice / "
     "de la cump de l'aubrette la cellule d'urgence médico-psychologique / "
     "alors nous on a été déclenchés par le samu / le 15 avril à 7h30 / et on a ouvert un poste d'urgence "
     "médico-psychologique / au gymnase des tanneurs / là où les gens avaient été hébergés / "
     "le premier soir il y avait 640 personnes dans ce gymnase / des familles entières avec des enfants / "
     "des personnes âgées qui avaient tout perdu / des gens en pyjama / "
     "on est restés 12 jours jusqu'au 26 avril / on a mobilisé 38 intervenants / "
     "avec le renfort des cump voisines / et on a reçu 1046 personnes / "
     "dont à peu près un quart d'enfants et d'adolescents / "
     "on travaillait en binômes par vacations de 6 heures / et pour les enfants on avait un coin dessin / "
     "parce qu'un enfant de 5 ans ne va pas vous dire j'ai peur / il va dessiner la maison sous l'eau / "
     "alors ce qu'on fait dans ces moments-là / ce n'est pas de la thérapie / "
     "c'est ce qu'on appelle du defusing / le defusing c'est un entretien court / "
     "qu'on fait dans les heures qui suivent l'événement / pour accueillir l'émotion / "
     "donner des repères et repérer les personnes les plus en difficulté / "
     "et je le dis parce qu'on me pose souvent la question / on ne fait plus de débriefing systématique / "
     "on ne force personne à raconter / ça peut même être délétère / "
     "on remettait aussi à chaque famille une fiche conseils / avec les réactions normales attendues / "
     "les troubles du sommeil l'irritabilité les sursauts / et les signes qui doivent amener à consulter"),
    (True, "et qu'est-ce qui vous a le plus aidés / sur le terrain amandine"),
    (True, "alors honnêtement les gardiens d'immeuble / les gardiens d'ornelle habitat / "
     "parce qu'ils connaissaient tout le monde / ils savaient qui vivait seul / "
     "qui n'était pas descendu au gymnase / qui avait un enfant handicapé / "
     "et ça on ne peut pas l'inventer quand on arrive de l'extérieur / "
     "l'autre point important c'est la fin de notre intervention / la cump c'est de l'urgence on ne reste pas / "
     "donc à la fermeture du poste / on a proposé à chaque personne d'être recontactée / "
     "et 178 personnes ont accepté / cette liste on l'a transmise au centre régional du psychotrauma / "
     "et le crp les a toutes rappelées dans les trois semaines / c'est vraiment ça le passage de relais / "
     "parce que le pire pour une personne traumatisée / c'est qu'on lui dise on vous rappellera / "
     "et que personne ne rappelle"),
    (True, "merci c'est une bonne transition / docteur stoltz vous êtes justement au centre régional du psychotrauma"),
    (True, "oui bonjour hélène stoltz je suis psychiatre / coordinatrice médicale du centre régional du psychotrauma "
     "rhin-meuse / alors on a été sollicités par l'ars fin avril / et on a ouvert une consultation avancée / "
     "le 2 juin à verlaincourt / dans la maison de santé des prés-bas / donc au cœur du quartier / "
     "et c'est un choix qu'on a fait exprès / parce que les gens ne viennent pas à strasbourg ou à nancy / "
     "pour voir un psy / déjà aller voir un psy c'est compliqué / alors faire une heure de route / "
     "on est là le mardi et le jeudi / avec un psychologue pour adultes et une psychologue pour les enfants / "
     "et moi je viens une demi-journée par mois pour les situations complexes / "
     "à fin décembre on avait vu 232 nouvelles personnes / dont à peu près un tiers de mineurs / "
     "et le délai pour un premier rendez-vous / tourne autour de 8 à 10 jours / "
     "sauf en décembre où on a eu un départ en congé maternité / et là ça a été plus compliqué"),
    (True, "et qu'est-ce que vous observez chez ces personnes"),
    (True, "alors il faut distinguer / les réactions normales à un événement anormal / "
     "qui sont très fréquentes dans les premières semaines / et le trouble de stress post-traumatique / "
     "le tspt qu'on appelle ptsd en anglais / on parle de tspt quand les symptômes durent plus d'un mois / "
     "les reviviscences les cauchemars les flashs / l'évitement on ne passe plus par le quai / "
     "et l'hypervigilance on sursaute au moindre bruit d'eau / "
     "on dépiste avec un questionnaire qui s'appelle la pcl-5 / "
     "et à fin décembre 318 adultes l'avaient remplie / "
     "et un peu moins d'un tiers dépassaient le seuil de 33 / ce qui est beaucoup / "
     "et on voit nettement plus de scores élevés / chez les habitants des quartiers prioritaires / "
     "des gens qui avaient déjà des fragilités / la précarité le logement suroccupé / "
     "et pour qui la crue a tout remis en cause / pour ceux-là on propose de l'emdr / "
     "ou une thérapie cognitive et comportementale centrée sur le trauma / "
     "ce sont les deux traitements recommandés / "
     "chez les enfants c'est différent / les petits régressent ils refont pipi au lit / "
     "ils ne veulent plus dormir seuls / ils rejouent la crue avec leurs jouets dans le bain / "
     "et les adolescents eux s'isolent / ou au contraire prennent des risques / "
     "et un point qu'on oublie souvent / l'enfant va comme va son parent / "
     "donc soigner la mère ou le père c'est aussi soigner l'enfant / "
     "c'est pour ça qu'on fait beaucoup de consultations parents-enfants / l'emdr pour ceux qui ne connaissent pas / "
     "c'est une thérapie qui utilise des mouvements des yeux / ou des stimulations alternées / "
     "pendant que la personne se remémore l'événement / et ça permet au cerveau de retraiter le souvenir / "
     "qui reste sinon comme figé / et on a une difficulté supplémentaire / c'est la langue / "
     "on a beaucoup de familles turcophones et arabophones aux prés-bas / "
     "et on ne fait pas de thérapie du trauma avec un enfant comme interprète / "
     "donc on a recours à l'interprétariat professionnel par téléphone / "
     "et ça il faut le budgéter dès le début"),
    (True, "merci on va y revenir je pense dans les questions / laurent gérardin vous êtes chez le bailleur"),
    (True, "oui bonjour laurent gérardin je suis chargé de développement social / à ornelle habitat / "
     "qui est le principal bailleur social de verlaincourt / alors nous on a eu 412 logements sociaux sinistrés / "
     "et il a fallu reloger temporairement 96 ménages / aujourd'hui il en reste 23 / "
     "qui ne sont toujours pas rentrés chez eux / parce que les travaux d'assèchement sont très longs / "
     "et on s'est rendu compte que le retour dans le logement / "
     "c'est un deuxième moment difficile / on pensait que les gens seraient soulagés / "
     "et en fait certains revivent tout en rentrant / donc maintenant on prévient la cellule de veille / "
     "avant chaque retour / "
     "et ce qu'on a découvert c'est que la souffrance psychique / elle arrive chez nous / "
     "par l'agence par le gardien par les réclamations / les gens nous disaient / "
     "quand il pleut je ne dors plus / ou je n'arrive plus à descendre à la cave / "
     "on a eu des locataires très en colère à l'accueil / et derrière la colère il y avait souvent de l'angoisse / "
     "donc on a monté avec le ccas / des visites à domicile en binôme / un gardien et un travailleur social / "
     "on en a fait 260 / avec une petite grille de repérage en cinq questions / qu'on a construite avec la cump / "
     "le sommeil la peur de l'eau l'isolement l'alcool et les idées noires / "
     "et si on a un doute on fait une fiche à la cellule de veille / "
     "et on a formé nos gardiens comme sentinelles / on en a 14 aujourd'hui / "
     "et je voudrais dire aussi que deux de nos gardiens / étaient eux-mêmes inondés / "
     "et ils ont continué à travailler / on a mis du temps à s'en rendre compte"),
    (True, "alors justement nadège cette notion de sentinelle / est-ce que vous pouvez nous expliquer"),
    (True, "oui alors une sentinelle / c'est un habitant ou un professionnel de proximité / "
     "un gardien un animateur un commerçant une aide à domicile / qu'on forme à repérer une souffrance / "
     "à engager la conversation et à orienter / mais sans jamais se substituer aux soignants / "
     "c'est important ce n'est pas un mini psy / la formation c'est une journée de 7 heures / "
     "coanimée par le crp et par moi / le matin on travaille sur les réactions après un traumatisme / "
     "et l'après-midi sur des mises en situation / comment je pose la question du moral / "
     "comment j'oriente sans faire peur / on a commencé le 14 octobre / et à ce jour on a formé 41 sentinelles / "
     "et l'objectif c'est d'arriver à 100 fin 2026"),
    (True, "et comment tout ça se coordonne / parce que ça fait beaucoup d'acteurs"),
    (True, "c'est le rôle de la cellule de veille post-crue / qu'on a créée au sein du clsm le 24 avril / "
     "on l'appelle la cvpc / autour de la table il y a le ccas la cump le crp / le cmp l'éducation nationale / "
     "ornelle habitat l'association d'aide aux victimes / et l'association des sinistrés / "
     "c'est très important que les habitants soient là / et on y examine des situations préoccupantes / "
     "de façon anonymisée / on en a examiné 63 depuis avril / et le principe c'est que n'importe quel membre "
     "peut signaler / avec une fiche de signalement unique / et on s'engage à faire un retour / "
     "à celui qui a signalé sous 72 heures / parce que sinon les gens arrêtent de signaler / "
     "au début on se réunissait tous les quinze jours / et depuis octobre c'est une fois par mois / "
     "et à côté il y a les groupes de parole / qui ont démarré le 16 septembre / un aux prés-bas le mardi soir / "
     "et un à l'écluse-faubourg le jeudi après-midi / chaque groupe est animé par un psychologue du crp / "
     "avec un membre de l'association des sinistrés / et ça c'est très fort / parce que les gens se disent / "
     "si lui il s'en est sorti moi aussi je peux / "
     "et moi je voudrais insister sur un point / le vrai risque c'est le décrochage à trois mois / "
     "quand les caméras sont parties / quand les élus sont passés à autre chose / "
     "c'est là que les gens se retrouvent seuls / avec leurs murs qui sèchent et leurs cauchemars / "
     "c'est pour ça qu'il faut une cellule qui dure"),
    (True, "merci beaucoup on a déjà beaucoup de questions dans le chat / je vais les prendre dans l'ordre / "
     "première question de mélanie qui est coordinatrice de clsm / elle demande comment on finance / "
     "tout ça et notamment du temps de psychologue / quand l'ars ne suit pas tout de suite"),
    (True, "alors je vais répondre / chez nous l'ars a financé la consultation du crp / "
     "85000 euros pour 12 mois / mais ça a pris presque deux mois / donc au départ c'est la ville qui a avancé / "
     "la ville a mis 25000 euros / et le département a débloqué 40000 euros de son fonds d'urgence / "
     "pour la ligne d'écoute / et on a eu 12000 euros de crédits politique de la ville / "
     "pour les sentinelles et les maisons de quartier / mon conseil c'est d'aller voir tout de suite / "
     "le délégué du préfet et la délégation départementale de l'ars / n'attendez pas d'avoir le projet parfait / "
     "et le financement de l'ars s'arrête fin mai / donc on prépare déjà la demande de prolongation"),
    (True, "deuxième question / est-ce que les sentinelles sont rémunérées"),
    (True, "non / pour les habitants c'est du bénévolat / et pour les gardiens ou les agents du ccas / "
     "c'est intégré dans leur temps de travail avec l'accord de leur employeur / "
     "par contre on leur offre un temps d'échange tous les trimestres / pour qu'ils ne restent pas seuls "
     "avec ce qu'ils entendent"),
    (True, "question de karim / est-ce que la ligne d'écoute est toujours ouverte / et qui répond au téléphone"),
    (True, "oui elle est toujours ouverte / c'est le 03 99 00 41 41 / du lundi au vendredi de 9 heures à 17 heures / "
     "ce sont les écoutants de l'association a2v aubrette aide aux victimes / avec un psychologue d'astreinte / "
     "elle a reçu un peu plus de 2000 appels depuis avril / et on l'a vue remonter en septembre avec la rentrée / "
     "beaucoup de parents qui appelaient parce que leur enfant / ne voulait plus aller à l'école quand il pleuvait"),
    (True, "une question qui revient plusieurs fois dans le chat / sur la confidentialité de la cellule de veille / "
     "est-ce que les habitants savent qu'on parle d'eux"),
    (True, "oui c'est une vraie question éthique / on a rédigé une charte de fonctionnement dès mai / "
     "on ne présente une situation nominative / qu'avec l'accord de la personne / "
     "sinon on en parle de façon anonymisée / pour savoir qui est le mieux placé pour aller vers elle / "
     "et seuls les professionnels soumis au secret / ont accès aux éléments de santé"),
    (True, "une question pour le docteur stoltz / que faut-il prévoir pour la date anniversaire / "
     "puisque on arrive au mois d'avril bientôt"),
    (True, "oui c'est une très bonne question / à l'approche de la date anniversaire / "
     "on s'attend à une réactivation des symptômes / chez des gens qui allaient mieux / "
     "et il faut le dire aux habitants c'est normal / ça ne veut pas dire qu'on rechute / "
     "mes recommandations c'est d'abord / de ne pas faire un événement uniquement commémoratif / "
     "avec des discours officiels / il faut prévoir des psychologues sur place / "
     "identifiables et qui vont vers les gens / et deuxièmement renforcer la ligne d'écoute / "
     "la semaine de l'anniversaire / y compris en soirée / parce que c'est le soir que les angoisses montent / "
     "et troisièmement associer les sinistrés à la préparation / à verlaincourt c'est l'association des "
     "sinistrés qui a demandé / un moment simple au bord de l'eau / et pas une cérémonie avec des discours"),
    (True, "question d'un participant qui travaille en éducation nationale / qu'est-ce qui a été fait dans les écoles"),
    (True, "alors je peux dire un mot / dans les deux collèges des quartiers / il y a eu des cellules d'écoute "
     "dès le 28 avril / avec l'infirmière scolaire et une psychologue de l'éducation nationale / "
     "212 élèves ont été reçus avant l'été / et 37 ont été orientés vers le crp / "
     "par contre on a un angle mort / c'est les écoles élémentaires / les petits de 6 à 10 ans / "
     "ils ne parlent pas ils dessinent ils régressent / et les enseignants ne sont pas formés à le repérer / "
     "c'est un chantier pour 2026"),
    (True, "une question de sophie qui travaille dans un ccas / est-ce que vous avez vu une hausse des consommations "
     "d'alcool"),
    (True, "oui clairement chez les hommes en particulier / et c'est d'ailleurs un public qu'on touche mal / "
     "les hommes viennent très peu aux groupes de parole / ils viennent à l'accueil du bailleur en colère / "
     "ou on les voit quand ça va très mal / donc on réfléchit à des formats différents / "
     "peut-être un groupe le samedi matin / ou autour d'une activité plutôt qu'autour de la parole"),
    (True, "question de julien qui est médecin généraliste / comment avez-vous associé les médecins traitants"),
    (True, "alors on a envoyé en juin un courrier / à tous les médecins généralistes du secteur / "
     "avec un circuit d'adressage très simple / un numéro dédié au secrétariat de la maison de santé / "
     "le 03 99 00 41 20 / et un courrier d'adressage d'une demi-page / "
     "et aujourd'hui les médecins généralistes c'est à peu près un adressage sur cinq / "
     "on a aussi fait une soirée de formation avec eux en novembre / sur le repérage du psychotraumatisme / "
     "ils étaient 17 ce qui est bien pour un mardi soir"),
    (True, "et les personnes âgées / demande catherine / est-ce qu'elles ont été repérées"),
    (True, "oui en partie grâce au ccas / qui a appelé 930 ménages sinistrés en mai et en juin / "
     "avec une attention particulière pour les plus de 75 ans qui vivaient seuls / "
     "mais c'est vrai que les personnes âgées ne se plaignent pas / elles disent ça va j'ai connu pire / "
     "et puis trois mois après on apprend qu'elles ne sortent plus / donc on a demandé aux aides à domicile "
     "de devenir sentinelles elles aussi"),
    (True, "dernière question et après on termine / quel conseil vous donneriez à un clsm / "
     "qui n'a jamais vécu de crise de ce type"),
    (True, "je dirais préparez-vous avant / ayez un annuaire à jour / savez qui appeler à la cump / "
     "faites inscrire le clsm dans le plan communal de sauvegarde / "
     "et mettez dans votre clsm un groupe sur les risques collectifs / nous on va proposer que la cvpc devienne "
     "permanente / et puis une chose simple / allez voir les gens / n'attendez pas qu'ils viennent"),
    (True, "et moi j'ajouterais prenez soin des professionnels / les gardiens les agents d'accueil "
     "les écoutants / ils ont pris beaucoup / et certains sont eux-mêmes sinistrés / "
     "à la cump on a un temps de reprise après chaque mission / et je pense que tous les services devraient "
     "en prévoir un"),
    (True, "merci / avant de nous quitter un tout dernier sondage / est-ce que votre clsm a un groupe de travail "
     "ou une procédure / prévue pour les situations de crise / [musique] / alors 17 % oui / 64 % non / "
     "et 19 % c'est en projet / donc il y a du travail / et on vous proposera une fiche repère sur ce sujet "
     "au printemps"),
    (True, "merci à tous les quatre / merci nadège amandine hélène et laurent / "
     "je rappelle que le replay et le support seront envoyés à tous les inscrits / "
     "et notre prochain rendez-vous c'est le jeudi 19 mars / sur la santé mentale des jeunes dans les quartiers / "
     "bon après-midi à tous / [musique]"),
]

TARGET = 35 * 60 + 6.0


def fmt(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t - h * 3600 - m * 60
    return "%d:%02d:%06.3f" % (h, m, s)


def main():
    rnd = random.Random(29)
    cues = []  # (text, words, new_turn)
    for new, text in TURNS:
        parts = [p.strip() for p in text.split(" / ") if p.strip()]
        for i, p in enumerate(parts):
            cues.append(((">> " if (new and i == 0 and cues) else "") + p, len(p.split()), i == 0))
    n_words = sum(w for _, w, _ in cues)
    gaps = [(rnd.uniform(1.2, 2.4) if new else rnd.uniform(0.05, 0.5)) for _, _, new in cues]
    speech = TARGET - 1.6 - sum(gaps)
    rate = n_words / speech
    t = 1.599
    out = []
    for (text, w, new), g in zip(cues, gaps):
        if out:
            t += g
        dur = max(1.2, w / rate * rnd.uniform(0.93, 1.07))
        out.append("%s,%s\n%s\n" % (fmt(t), fmt(t + dur), text))
        t += dur
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("écrit :", OUT, "| repères :", len(out), "| mots :", n_words, "| fin : %.1f s" % t,
          "| débit : %.2f mots/s" % rate)


if __name__ == "__main__":
    main()
