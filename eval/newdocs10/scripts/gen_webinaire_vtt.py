# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT du webinaire CRTSM du 18 novembre 2025
« Santé mentale des personnes âgées isolées : quelle place pour les CLSM ? »."""
import os
import random
import re

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "2025-11-18_crtsm_webinaire-sante-mentale-personnes-agees-isolees.vtt")

E = "Élodie Marchand"
L = "Henri Lacombe"
N = "Nadia Ferhat"
B = "Bruno Kessler"

# (locuteur, texte, pause avant en secondes)
TURNS = [
    (E, "Bonjour à toutes et à tous, et bienvenue dans ce nouveau webinaire des Mardis des CLSM. "
        "Je suis Élodie Marchand, chargée de mission au Centre de ressources Territoires et Santé mentale, le CRTSM. "
        "Je vois que les participants continuent d'arriver, on va laisser encore quelques secondes.", 18),
    (E, "Voilà, je pense qu'on peut commencer. Alors aujourd'hui, nous sommes très nombreux : "
        "nous avons eu trois cent quarante inscrits, ce qui est un record pour notre cycle, "
        "et je pense que ça dit quelque chose de l'intérêt du sujet. "
        "Le thème du jour, c'est la santé mentale des personnes âgées isolées, et plus précisément "
        "la question de savoir quelle place peuvent prendre les conseils locaux de santé mentale sur ce sujet qui, "
        "on va le voir, n'est pas toujours leur cœur de métier.", 9),
    (E, "Quelques règles pratiques avant de commencer. Vos micros et vos caméras sont coupés. "
        "Vous pouvez poser vos questions à tout moment dans la conversation, le chat, "
        "et je les relirai à nos intervenants dans la dernière partie. "
        "Le webinaire est enregistré, et le replay, ainsi que le diaporama, seront mis en ligne sur notre site "
        "d'ici une dizaine de jours.", 1),
    (E, "Le déroulé est le suivant : après une courte introduction avec quelques chiffres, le docteur Lacombe "
        "nous parlera du repérage et de l'intervention à domicile, puis nous verrons l'exemple d'un CLSM, "
        "puis celui d'un CCAS, et nous garderons un bon quart d'heure pour vos questions. "
        "Je partage mon écran, voilà, vous devriez voir la première diapositive.", 3),
    (E, "J'ai le plaisir d'accueillir trois intervenants. Le docteur Henri Lacombe, psychiatre, "
        "qui dirige l'équipe mobile de psychiatrie de la personne âgée du centre hospitalier de Saint-Gilvert. "
        "Nadia Ferhat, coordinatrice du conseil local de santé mentale de Val-d'Orbelle depuis sa création. "
        "Et Bruno Kessler, responsable du pôle seniors du centre communal d'action sociale de Ternay-sur-Drôme. "
        "Merci à tous les trois d'être avec nous.", 1),
    (E, "Avant de leur donner la parole, je voudrais partager avec vous quelques résultats du questionnaire flash "
        "que nous avons envoyé au réseau au mois de septembre. Trente-deux CLSM nous ont répondu, "
        "sur les quarante-sept que nous avions sollicités, donc un bon taux de réponse. "
        "Ce qui ressort, c'est que l'isolement des personnes âgées est cité comme une préoccupation par presque tous, "
        "mais seulement neuf d'entre eux ont un groupe de travail qui y est spécifiquement consacré. "
        "En revanche, une grande majorité des cellules de situations complexes voient arriver des situations "
        "de personnes âgées, souvent tardivement, souvent en situation de crise. "
        "Et c'est un peu le point de départ de notre réflexion aujourd'hui : comment repérer plus tôt ? "
        "Docteur Lacombe, je vous laisse la parole.", 1),
    (L, "Merci beaucoup, bonjour à tous. Alors je vais commencer par présenter rapidement l'équipe, "
        "parce que c'est un dispositif qui est encore mal connu. "
        "L'EMPPA, l'équipe mobile de psychiatrie de la personne âgée, a été créée en 2017 au centre hospitalier de Saint-Gilvert. "
        "Nous intervenons sur un territoire de quarante-trois communes, à la fois urbain et très rural, "
        "et nous nous déplaçons là où vivent les personnes : à domicile, évidemment, mais aussi en résidence autonomie, "
        "en EHPAD, parfois même à la mairie quand c'est le seul endroit où la personne accepte de nous rencontrer.", 2),
    (L, "L'équipe est petite : deux infirmières, une psychologue, un psychiatre à mi-temps, c'est moi, "
        "et une assistante sociale. Nous sommes saisis par les médecins traitants, par les services d'aide à domicile, "
        "par les CCAS, et, de plus en plus, par les cellules des CLSM. "
        "L'an dernier, en 2024, nous avons suivi quatre cent douze patients, et, euh, le délai moyen entre la demande "
        "et la première visite est descendu à neuf jours.", 1),
    (L, "Comment se passe une intervention ? En général, la première visite se fait en binôme, une infirmière et "
        "la psychologue, ou une infirmière et moi-même. On prévient toujours la personne, on ne débarque jamais "
        "sans qu'elle le sache, sauf urgence. On fait une évaluation globale : l'humeur, la mémoire, "
        "l'autonomie, l'entourage, le logement. Et à l'issue, on propose soit un suivi par l'équipe pendant "
        "quelques semaines, soit un relais vers le CMP, soit, et c'est très fréquent, un simple retour au médecin "
        "traitant avec des préconisations.", 1),
    (L, "Ce que je voudrais vous dire d'abord, c'est que l'isolement n'est pas une maladie. "
        "Beaucoup de personnes âgées vivent seules et vont très bien. Ce qui nous intéresse, "
        "c'est le moment où l'isolement devient un facteur de risque, ou au contraire un symptôme. "
        "Une dépression chez la personne âgée, ça ne ressemble pas forcément à une dépression chez l'adulte jeune. "
        "Ça peut se présenter comme une fatigue, des plaintes douloureuses, des troubles de la mémoire, "
        "un désintérêt pour la maison. Et l'entourage, et même parfois les professionnels, vont dire : c'est l'âge.", 1),
    (L, "Dans notre file active, six patients sur dix vivent seuls. Et une part importante d'entre eux "
        "n'avaient jamais eu de contact avec la psychiatrie avant soixante-dix ans. "
        "Donc on parle d'une population qui ne va pas venir frapper à la porte du CMP. Il faut aller vers elle.", 1),
    (L, "Je veux aussi dire un mot du risque suicidaire, parce que c'est un sujet qu'on évoque peu. "
        "Les taux de suicide les plus élevés, en France, concernent les hommes très âgés, au-delà de quatre-vingt-cinq ans. "
        "Et ce sont souvent des hommes veufs, isolés, qui avaient vu leur médecin dans le mois précédent. "
        "Ça veut dire que le repérage est possible, mais qu'il faut que les personnes autour sachent quoi regarder.", 1),
    (E, "Merci docteur. Avant d'aller plus loin, je lance un petit sondage, vous le voyez apparaître à l'écran : "
        "est-ce que votre CLSM a aujourd'hui au moins une action spécifique pour les personnes âgées isolées ? "
        "Je vous laisse une trentaine de secondes pour répondre.", 2),
    (E, "Alors, les résultats s'affichent. Un peu plus de la moitié d'entre vous, cinquante-quatre pour cent, "
        "répondent que leur CLSM n'a aucune action spécifique. Vingt-neuf pour cent ont une ou deux actions ponctuelles, "
        "souvent pendant les Semaines d'information sur la santé mentale, et seulement dix-sept pour cent "
        "déclarent une action structurée et pérenne. Ça confirme bien ce qu'on voyait dans le questionnaire flash.", 32),
    (L, "Je peux ajouter un point sur les troubles sensoriels ? On oublie souvent que beaucoup de personnes âgées "
        "sont isolées parce qu'elles entendent mal. La baisse d'audition non appareillée, c'est un facteur d'isolement "
        "majeur, et un facteur de risque de dépression. Donc quand on parle de repérage, il faut aussi penser "
        "à l'audition et à la vue, et orienter vers un bilan, ce n'est pas de la psychiatrie, mais ça compte beaucoup.", 2),
    (E, "Justement, docteur, qu'est-ce qu'on regarde ? Quels sont les signaux qui doivent alerter quelqu'un "
        "qui n'est pas soignant, un voisin, un gardien d'immeuble ?", 2),
    (L, "Alors, on a construit avec les partenaires une petite liste, qu'on essaie de garder très simple. "
        "Les volets qui restent fermés en journée. Le courrier qui s'accumule dans la boîte aux lettres. "
        "Une personne qui arrête ses sorties habituelles, le marché, la messe, le club. "
        "Une perte d'appétit ou un amaigrissement visible. Un changement d'apparence, une négligence de l'hygiène. "
        "Et puis les phrases, les phrases qu'il ne faut jamais banaliser, du type « je suis un poids », « à quoi bon ». "
        "Quand une personne vous dit ça, ce n'est pas de la coquetterie, c'est un signal.", 1),
    (L, "Et ce qu'on dit toujours aux partenaires, c'est : vous n'avez pas à faire un diagnostic. "
        "Vous avez juste à ne pas rester seul avec votre inquiétude, et à savoir à qui la transmettre. "
        "C'est là que le CLSM devient vraiment précieux, parce qu'il a déjà construit ce réseau.", 1),
    (E, "Merci. On va justement voir comment ça se passe concrètement dans un CLSM. "
        "Nadia Ferhat, à Val-d'Orbelle, vous avez mis en place une cellule dédiée. Est-ce que vous pouvez nous la présenter ?", 2),
    (N, "Oui, bonjour à toutes et à tous. Alors juste pour situer, le CLSM de Val-d'Orbelle a été créé en 2018, "
        "il couvre quatre communes, à peu près cinquante-deux mille habitants, avec deux quartiers prioritaires "
        "de la politique de la ville. Et comme beaucoup d'entre vous, on avait une cellule de situations complexes "
        "généraliste, qui traitait des situations d'adultes, toutes problématiques confondues.", 2),
    (N, "Et on s'est rendu compte, en faisant le bilan en 2021, que les situations de personnes âgées arrivaient "
        "dans la cellule beaucoup trop tard. Quand elles arrivaient, c'était l'incurie, le logement dégradé, "
        "l'hospitalisation sous contrainte, parfois le décès. Donc on s'est dit qu'il fallait un espace plus en amont.", 1),
    (N, "C'est comme ça qu'est née la cellule VISA, pour Veille Isolement Seniors Accompagnés. "
        "Elle a démarré en mars 2022. Elle se réunit tous les quinze jours, le jeudi matin, pendant une heure et demie. "
        "Autour de la table, il y a le CMP, le CCAS de la ville centre, le SSIAD, le service autonomie du Département, "
        "les deux bailleurs sociaux, et la plateforme d'accompagnement et de répit des aidants.", 1),
    (E, "Et comment les situations arrivent-elles jusqu'à la cellule ?", 2),
    (N, "Alors c'est là qu'est vraiment l'originalité, je crois. On a formé ce qu'on appelle des sentinelles. "
        "Ce sont des personnes qui, dans leur métier, croisent des personnes âgées tous les jours : "
        "les gardiens d'immeuble, les facteurs, les pharmaciens, les commerçants de proximité, les aides à domicile, "
        "et aussi quelques bénévoles associatifs. Aujourd'hui, on a cent quarante sentinelles formées sur le territoire.", 1),
    (N, "La formation dure une demi-journée, trois heures trente exactement. Elle est coanimée par une infirmière "
        "du CMP et par moi-même. On travaille sur les signaux d'alerte, un peu ceux que vient de citer le docteur Lacombe, "
        "sur les idées reçues autour du vieillissement, et sur la conduite à tenir. "
        "Et surtout, on leur donne un outil très simple : une fiche de signalement d'une page, "
        "qu'ils peuvent remplir sur papier ou en ligne.", 1),
    (N, "Ensuite, le fonctionnement se fait en quatre étapes. Un : le repérage par la sentinelle. "
        "Deux : le signalement, avec la fiche, qui arrive chez moi. "
        "Trois : l'analyse en cellule, où on décide qui va aller vers la personne, et c'est souvent le CCAS "
        "ou le SSIAD qui fait la première visite, parce qu'ils sont moins stigmatisants que la psychiatrie. "
        "Et quatre : l'orientation et le suivi, avec un point systématique à trois mois.", 1),
    (N, "Je vous donne un exemple, anonymisé bien sûr. Une dame de quatre-vingt-deux ans, veuve depuis peu, "
        "que la pharmacienne ne voyait plus venir chercher son traitement. La pharmacienne, qui avait été formée, "
        "a rempli la fiche. En cellule, on a vu que la dame était connue du SSIAD pour son mari décédé. "
        "C'est l'infirmière du SSIAD qu'elle connaissait qui est passée la voir. Elle a trouvé une personne très "
        "amaigrie, très triste, qui ne sortait plus. Le médecin traitant a été prévenu, un suivi a été mis en place, "
        "et aujourd'hui cette dame participe à un atelier mémoire au centre social deux fois par semaine.", 1),
    (E, "Vous avez des chiffres sur l'activité ?", 2),
    (N, "Oui. En 2023, la cellule a examiné cinquante-sept situations. En 2024, on est monté à soixante-huit situations. "
        "Et ce qui nous semble le plus intéressant, ce n'est pas tant le nombre, c'est le profil : "
        "l'âge moyen a un peu baissé, ce qui veut dire qu'on repère plus tôt. "
        "Et à peu près une situation sur deux a débouché sur la mise en place d'une aide à domicile, "
        "ou sur une inscription à une activité collective, sans qu'il y ait besoin de soins psychiatriques.", 1),
    (N, "Il y a aussi eu des situations, évidemment, où l'équipe mobile du secteur est intervenue, "
        "et quelques hospitalisations. Mais le fait d'arriver plus tôt change beaucoup de choses.", 1),
    (E, "Et comment ça a été financé ?", 2),
    (N, "Alors on a répondu à l'appel à projets de la conférence des financeurs de la prévention de la perte d'autonomie. "
        "On a obtenu dix-huit mille euros sur deux ans, ce qui nous a permis de financer les formations, "
        "la communication, et un temps de secrétariat. La coordination de la cellule, elle, est assurée "
        "sur mon temps de coordinatrice du CLSM, qui est financé par l'ARS et par l'agglomération.", 1),
    (E, "Merci Nadia. Bruno Kessler, à Ternay-sur-Drôme, vous partez d'une autre porte d'entrée, celle du CCAS.", 2),
    (B, "Oui, tout à fait, bonjour à tous. Alors nous, on n'a pas encore de CLSM à Ternay-sur-Drôme, je le dis tout de suite. "
        "Il est en préfiguration, le diagnostic est en cours, et l'installation est prévue au printemps 2026. "
        "Donc je viens plutôt témoigner de ce qu'un CCAS peut faire, et de ce qu'il attend d'un CLSM.", 2),
    (B, "Notre point de départ, c'est le premier confinement. En avril 2020, on s'est retrouvé avec des centaines "
        "de personnes âgées seules, qu'on ne voyait plus. Et on a lancé, un peu dans l'urgence, un dispositif "
        "d'appels téléphoniques qu'on a appelé Allô Voisins. À l'époque, c'étaient surtout les agents du CCAS qui appelaient. "
        "Et puis on a pérennisé le dispositif avec des bénévoles.", 1),
    (B, "Aujourd'hui, Allô Voisins, c'est quatre-vingt-seize bénévoles, qui appellent régulièrement trois cent dix personnes. "
        "Sur l'année 2024, ça représente un peu plus de onze mille appels. Les bénévoles sont formés, ils ont une charte, "
        "et ils sont accompagnés par deux travailleurs sociaux du CCAS, qu'ils peuvent joindre quand un appel les inquiète.", 1),
    (B, "Et ce qu'on a constaté, c'est que les bénévoles repèrent énormément de choses. Une voix qui change, "
        "une personne qui ne sort plus, qui ne mange plus. Mais nous, CCAS, on ne savait pas toujours quoi faire "
        "de ces inquiétudes, surtout quand ça touchait à la santé mentale. Il nous manquait le lien avec la psychiatrie. "
        "Et c'est exactement ce qu'on attend du futur CLSM.", 1),
    (B, "L'autre outil qu'on utilise, c'est le registre des personnes vulnérables, celui du plan canicule. "
        "À Ternay, en 2025, deux mille trois cent dix personnes y étaient inscrites. Et on s'en sert maintenant toute l'année, "
        "pas seulement l'été, pour les vagues de froid, pour les épidémies, et comme une base pour proposer Allô Voisins.", 1),
    (B, "On a aussi, euh, depuis l'an dernier, des visites de convivialité à domicile, qu'on appelle les "
        "Mercredis du lien, assurées par des jeunes en service civique. Ils sont six cette année. "
        "Ça crée un lien entre générations, et ça complète le téléphone, parce qu'il y a des choses qu'on ne voit "
        "qu'en entrant chez les gens : le réfrigérateur vide, les médicaments qui s'entassent.", 1),
    (B, "Et puis il y a la question du numérique. On demande de plus en plus aux personnes âgées de faire leurs démarches "
        "en ligne, et pour beaucoup c'est une source d'angoisse, de sentiment d'inutilité. Avec la médiathèque, "
        "on a ouvert un atelier numérique hebdomadaire, le vendredi après-midi, animé par un conseiller numérique. "
        "Et on s'est rendu compte que c'était aussi un lieu de lien social, les gens restent prendre un café après. "
        "Les bénévoles d'Allô Voisins, eux, suivent une formation de deux jours à l'écoute téléphonique, "
        "assurée par une association locale, avant de commencer à appeler.", 1),
    (E, "C'est très intéressant, parce que ça pose la question de l'articulation entre ces dispositifs. "
        "Docteur Lacombe, quand un bénévole ou une sentinelle s'inquiète, comment éviter que tout remonte à la psychiatrie ?", 2),
    (L, "C'est une vraie question, et je crois que la réponse, c'est la gradation. La psychiatrie ne doit pas être "
        "le premier interlocuteur, sinon on sature, et surtout on fait peur aux personnes. "
        "Le premier niveau, c'est le lien social, c'est ce que fait Allô Voisins. Le deuxième niveau, "
        "c'est l'évaluation médico-sociale, par le CCAS, le SSIAD, le médecin traitant. "
        "Et le troisième niveau, c'est nous, l'équipe mobile, quand il y a une suspicion de trouble psychique. "
        "Le CLSM, c'est l'endroit où ces trois niveaux se parlent.", 2),
    (L, "Et je veux insister : chez nous, la part des demandes qui viennent des CLSM et des CCAS a beaucoup augmenté. "
        "C'est une bonne nouvelle, parce que ce sont souvent des demandes mieux préparées, "
        "où la personne a déjà été informée de notre venue.", 1),
    (E, "Merci. On passe maintenant aux questions du chat, il y en a beaucoup. Première question, "
        "de Claire, coordinatrice d'un CLSM en Bretagne : « Comment associer les médecins généralistes, "
        "qui ne viennent jamais aux réunions ? » Docteur Lacombe ?", 4),
    (L, "Ah, la question éternelle. Je crois qu'il faut arrêter de leur demander de venir aux réunions. "
        "Ce qu'on a fait, nous, c'est deux choses. D'abord, on passe par la CPTS, la communauté professionnelle "
        "territoriale de santé, qui a un référent personnes âgées, et on fait une présentation en soirée une fois par an. "
        "Et ensuite, on a ouvert une ligne téléphonique dédiée aux médecins traitants, ouverte de 9 heures à 17 heures, "
        "du lundi au vendredi, où ils ont un soignant de l'équipe au bout du fil. C'est ça qui a vraiment changé les choses. "
        "Un médecin généraliste, ce qu'il veut, c'est une réponse rapide.", 2),
    (E, "Deuxième question, d'Antoine, qui travaille chez un bailleur social : « Comment gérez-vous le secret professionnel "
        "dans la cellule VISA ? Est-ce qu'on peut parler d'une personne sans son accord ? » Nadia ?", 2),
    (N, "C'est une question qu'on s'est posée dès le départ, et on a travaillé avec le référent éthique du centre hospitalier. "
        "On a une charte de fonctionnement, signée par chaque membre de la cellule. Le principe, c'est qu'on recherche "
        "systématiquement l'accord de la personne, et dans la grande majorité des cas on l'obtient, parce que la première "
        "visite est faite par quelqu'un de connu. Quand on ne l'a pas, on ne partage que les informations strictement "
        "nécessaires, et la situation est présentée de manière anonymisée tant qu'on n'a pas décidé d'une action. "
        "Et on ne garde aucune trace écrite nominative en dehors du dossier du professionnel qui suit la personne.", 2),
    (E, "Troisième question, de Martine, élue dans une commune rurale : « Nous n'avons pas de quartier prioritaire "
        "ni de grand CCAS. Est-ce que ce type de dispositif est possible en milieu rural ? » Bruno ?", 2),
    (B, "Je pense que oui, et même que c'est plus facile sur certains points, parce que tout le monde se connaît. "
        "Le secrétaire de mairie, l'infirmière libérale, le facteur, ce sont des sentinelles naturelles. "
        "Ce qui est plus difficile, c'est la distance, et l'accès aux soins. Là, l'équipe mobile est indispensable. "
        "Et pour le financement, il y a la conférence des financeurs, comme le disait Nadia, mais aussi les caisses "
        "de retraite, qui financent des actions collectives de prévention, et parfois des fondations.", 2),
    (E, "Une question sur le financement justement, de Hugo : « Est-ce que les crédits de la politique de la ville "
        "peuvent financer ce type d'action ? »", 2),
    (N, "Oui, à condition que l'action bénéficie aux habitants des quartiers prioritaires. Chez nous, une partie "
        "des formations des sentinelles a été financée par le contrat de ville, parce qu'on a formé en priorité "
        "les gardiens des deux bailleurs présents dans les quartiers. Mais ça ne peut pas être la source principale, "
        "c'est un complément.", 2),
    (E, "Une question de Samia, médiatrice santé dans un quartier prioritaire : « Quid des personnes âgées immigrées, "
        "les chibanis, qui vivent souvent seuls en foyer ? »", 2),
    (N, "Merci pour cette question, parce que c'est un public qu'on a longtemps oublié. Chez nous, il y a une résidence "
        "sociale, un ancien foyer de travailleurs migrants, où vivent cent vingt résidents de plus de soixante ans. "
        "On a signé un partenariat avec le gestionnaire, et c'est le responsable de la résidence qui est devenu sentinelle. "
        "On a aussi fait appel à une médiatrice qui parle arabe et berbère, parce que la barrière de la langue "
        "et la honte autour de la santé mentale sont très fortes. Et on a organisé des permanences sur place, "
        "plutôt que de demander aux résidents de venir au CMP.", 2),
    (E, "Une question de Paul, psychologue en EHPAD : « L'isolement existe aussi en établissement, est-ce que "
        "vous intervenez en EHPAD ? »", 2),
    (L, "Oui, tout à fait, et vous avez raison de le rappeler, on peut être entouré en permanence et profondément seul. "
        "Nous intervenons dans les onze EHPAD du territoire, à la demande des équipes. Et on a mis en place "
        "un temps d'échange mensuel avec les équipes soignantes, une sorte d'analyse de situations, "
        "qui leur permet de repérer plus tôt les résidents qui se replient.", 2),
    (E, "Et une question d'Hélène, qui travaille dans un DAC : « Pourquoi une cellule spécifique au CLSM, "
        "alors que le dispositif d'appui à la coordination existe pour les parcours complexes ? »", 2),
    (N, "Alors, c'est une bonne question, et on en a beaucoup discuté avec le DAC de notre territoire. Le DAC, "
        "lui, intervient sur des parcours de santé complexes, quand il y a déjà des professionnels autour de la personne "
        "et qu'il faut les coordonner. La cellule VISA, elle, se situe plus en amont : ce sont souvent des personnes "
        "qui ne sont suivies par personne. On a donc signé une convention avec le DAC en 2024, et le DAC participe "
        "à la cellule une fois par mois. Quand une situation devient complexe, on la lui transmet.", 2),
    (E, "Une question de Jérôme, qui est coordinateur de PTSM : « Quels indicateurs suivez-vous pour évaluer ces actions ? »", 2),
    (L, "Pour nous, à l'équipe mobile, on suit trois choses : le délai d'intervention, la part des demandes qui aboutissent "
        "à un suivi, et le nombre de passages aux urgences évités, enfin, estimés, parce que c'est difficile à mesurer. "
        "Honnêtement, le plus parlant pour les financeurs, c'est le délai.", 2),
    (N, "Et de notre côté, au CLSM, on regarde le nombre de signalements, l'origine des signalements, c'est-à-dire "
        "quelle catégorie de sentinelles signale, et ce que devient la situation à trois mois. "
        "On a aussi fait un questionnaire auprès des sentinelles, pour savoir si elles se sentaient plus à l'aise.", 1),
    (E, "Il nous reste quelques minutes. Une dernière question, de Fatou, infirmière en CMP : "
        "« Combien de temps faut-il pour mettre en place une cellule comme VISA ? »", 3),
    (N, "Je dirais un an, honnêtement. Il nous a fallu à peu près six mois pour réunir les partenaires, écrire la charte, "
        "construire la fiche de signalement. Et ensuite six mois pour former les premières sentinelles et que les "
        "signalements commencent vraiment à arriver. La première année, on avait très peu de situations, et c'est normal. "
        "Il ne faut pas se décourager.", 2),
    (E, "Merci beaucoup. Pour conclure, je vais demander à chacun de nos intervenants un conseil, en une phrase, "
        "pour un coordinateur qui voudrait se lancer. Docteur Lacombe ?", 2),
    (L, "Allez voir votre équipe de psychiatrie de la personne âgée, si elle existe, avant même d'écrire votre projet.", 2),
    (N, "Commencez petit, avec les partenaires qui sont déjà motivés, et formez des sentinelles.", 2),
    (B, "Ne créez pas un dispositif de plus : partez de ce que le CCAS fait déjà, et donnez-lui un lien avec le soin.", 2),
    (E, "Merci à tous les trois. Je rappelle que le replay et le diaporama seront disponibles sur le site du CRTSM. "
        "Notre prochain webinaire aura lieu le mardi 16 décembre 2025, et il portera sur la santé mentale des aidants. "
        "Et je vous remercie de bien vouloir remplir le questionnaire de satisfaction qui va s'ouvrir "
        "à la fermeture de cette fenêtre. Très bonne fin de journée à toutes et à tous.", 2),
]

WPS = 1.85  # mots par seconde


def chunks(text):
    words = text.split()
    out, cur = [], []
    for w in words:
        cur.append(w)
        n = len(cur)
        if (n >= 7 and re.search(r"[,.?!:;»]$", w)) or n >= 15:
            out.append(cur)
            cur = []
    if cur:
        if len(cur) < 4 and out:
            out[-1].extend(cur)
        else:
            out.append(cur)
    return [" ".join(c) for c in out]


def wrap(s, width=44):
    if len(s) <= width:
        return [s]
    words = s.split()
    best = None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        score = max(len(a), len(b))
        if best is None or score < best[0]:
            best = (score, a, b)
    return [best[1], best[2]]


def ts(t):
    h = int(t // 3600)
    m = int((t % 3600) // 60)
    s = t - h * 3600 - m * 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def main():
    rnd = random.Random(1118)
    t = 0.0
    lines = ["WEBVTT", "Kind: captions", "Language: fr", "",
             "NOTE",
             "Transcription : Sténo-Services Atlantique (service de transcription professionnelle).",
             "Webinaire « Les Mardis des CLSM » n° 7 du 18 novembre 2025, Centre de ressources Territoires et Santé mentale.",
             ""]
    idx = 1
    for spk, text, pause in TURNS:
        t += pause + rnd.uniform(0.0, 0.6)
        for c in chunks(text):
            n = len(c.split())
            d = max(3.0, min(8.0, n / WPS + rnd.uniform(-0.3, 0.4)))
            start, end = t, t + d
            ls = wrap(c)
            lines.append(str(idx))
            lines.append("%s --> %s" % (ts(start), ts(end)))
            lines.append("<v %s>%s" % (spk, ls[0]))
            for extra in ls[1:]:
                lines.append(extra)
            lines.append("")
            idx += 1
            t = end + rnd.uniform(0.05, 0.35)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("cues:", idx - 1, "durée:", ts(t))


if __name__ == "__main__":
    main()
