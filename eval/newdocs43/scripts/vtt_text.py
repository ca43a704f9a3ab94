# -*- coding: utf-8 -*-
"""Texte du webinaire du 20 novembre 2025 (tours de parole), utilisé par gen_vtt.py."""
CD, ML, ME, AV = "Camille Doussinet", "Mehdi Lazaar", "Martine Escoubès", "Aurélie Vigneau"

TURNS = [
    (CD, "Bonjour à toutes et à tous, je vois que vous arrivez encore, on va laisser une petite minute. "
         "Bienvenue à ce webinaire du conseil local de santé mentale de Montclavel. Je suis Camille Doussinet, "
         "coordinatrice du CLSM. Le thème aujourd'hui : accueillir un enfant qui va mal, les assistants familiaux "
         "face à la souffrance psychique. Nous avons un quart d'heure, c'est court, donc on va droit au but. "
         "Vos questions, vous les mettez dans le chat, je les lirai à voix haute."),
    (CD, "Avec moi, le docteur Mehdi Lazaar, pédopsychiatre, qui coordonne l'équipe mobile ASE-pédopsychiatrie "
         "du CHS La Sévrine, Martine Escoubès, assistante familiale à Montclavel, et Aurélie Vigneau, "
         "psychologue et formatrice à l'IFSA."),
    (CD, "Un mot de contexte d'abord. Tout cela s'inscrit dans le protocole départemental signé en juin 2024 "
         "entre le Département, le CHS La Sévrine, la protection judiciaire de la jeunesse et l'ARS. Le CLSM, "
         "lui, n'est pas signataire, mais il suit la mise en œuvre à Montclavel et dans le quartier des "
         "Hauts-de-Borie. Docteur Lazaar, en deux mots, l'équipe mobile, c'est quoi ?"),
    (ML, "Bonjour à tous. Alors l'EMAP, c'est une petite équipe, sept personnes environ, qui existe depuis "
         "septembre 2024. Notre particularité, c'est qu'on se déplace. On va là où vit l'enfant : chez "
         "l'assistant familial, en maison d'enfants, parfois au collège. On évalue, on soigne quelques mois, "
         "et surtout on fait le lien avec le CMP qui prendra le relais."),
    (ML, "On ne remplace pas le CMP, on ne remplace pas le référent ASE. On est un pont entre les deux. Sur la "
         "première année, on a suivi un peu moins de deux cents enfants, et en ce moment, on rencontre l'enfant "
         "en une dizaine de jours après la demande."),
    (CD, "Qui peut faire appel à vous ? Un assistant familial peut-il vous appeler lui-même ?"),
    (ML, "La demande, on dit la saisine, vient du référent ASE de l'enfant, c'est le cas huit fois sur dix. "
         "Elle peut venir aussi de l'éducateur de la PJJ quand le jeune a une double mesure, ou du médecin "
         "référent protection de l'enfance du Département. L'assistant familial, lui, alerte son référent, "
         "qui remplit une fiche de saisine. On rappelle le référent sous trois jours."),
    (CD, "Et les parents de l'enfant, ils sont au courant ?"),
    (ML, "Oui, toujours. Les parents, quand ils ont l'autorité parentale, sont informés par le référent, et "
         "l'enfant aussi, avec des mots adaptés à son âge. Quelques familles refusent, ça arrive, six fois sur "
         "la première année. Dans ce cas, on travaille avec les professionnels autour de l'enfant, sans le "
         "rencontrer, et on réessaie plus tard."),
    (CD, "Et pour le CMP, justement, où en est-on des délais ? C'était le gros point noir."),
    (ML, "Ça s'est nettement amélioré grâce à la filière prioritaire du protocole. Avant, pour un premier "
         "rendez-vous, on parlait de six ou sept mois. Aujourd'hui, pour un enfant confié, on est à peu près "
         "à huit semaines. L'objectif du protocole, c'est six semaines, donc on n'y est pas encore. Et pour "
         "les autres enfants du département, ceux qui ne sont pas placés, c'est toujours autour de six mois, "
         "il faut le dire honnêtement."),
    (CD, "Merci. Martine, vous êtes assistante familiale depuis combien de temps ?"),
    (ME, "Depuis seize ans. J'accueille trois enfants en ce moment, de six, neuf et quatorze ans. Et je vais "
         "vous parler d'un garçon, que j'appellerai Théo, arrivé chez moi à neuf ans. Les premières semaines, "
         "des crises tous les soirs, il cassait, il hurlait, il se cognait la tête contre les murs."),
    (ME, "Honnêtement, j'ai failli demander la fin du placement. J'étais épuisée, mon mari aussi. Le référent "
         "a saisi l'équipe mobile, et l'infirmière est venue à la maison au bout de six jours. Elle est venue "
         "le soir, à l'heure des crises, pour voir comment ça se passait vraiment."),
    (ME, "Ce qu'elle m'a appris, c'est de ne pas prendre la crise pour moi. Théo ne m'attaquait pas, il avait "
         "peur. On a changé le rituel du coucher, on a mis des mots sur ce qu'il ressentait. Six mois plus tard, "
         "les crises étaient devenues rares, et il a commencé au CMP avec une psychologue."),
    (ME, "J'ajoute une chose. La formation, je l'ai faite dans la toute première session, en janvier 2025, "
         "à Montclavel. Et depuis, je vais au groupe d'analyse de la pratique, un jeudi soir par mois. On est "
         "huit assistantes familiales, on parle de nos situations avec une psychologue de l'équipe mobile. "
         "Ça m'a évité de craquer, tout simplement."),
    (ME, "Et ce qui a changé au quotidien, c'est que je ne suis plus seule à trois heures du matin avec mes "
         "questions. Je sais qui appeler le lendemain, je sais que quelqu'un viendra. Avant, on nous disait "
         "d'attendre le rendez-vous au CMP, et on attendait des mois, avec l'enfant qui allait de plus en plus "
         "mal et nous qui perdions pied."),
    (CD, "Merci Martine. Aurélie, vous animez la formation de trois jours proposée par le Département. "
         "Qu'est-ce qu'on y apprend concrètement ?"),
    (AV, "Alors le premier jour, on travaille sur le traumatisme et l'attachement : pourquoi un enfant qui a "
         "été maltraité peut rejeter justement l'adulte qui prend soin de lui. Le deuxième jour, c'est les "
         "crises : comprendre, désamorcer, et se protéger soi-même. Le troisième jour, c'est travailler avec le "
         "soin : qui fait quoi entre le CMP, l'EMAP et le référent ASE."),
    (AV, "Et six mois après, on se retrouve pour une demi-journée de retour d'expérience, avec des situations "
         "réelles. Les sessions ont lieu à Montclavel et à Castelvieil, en groupes de quinze au maximum."),
    (AV, "On insiste aussi beaucoup sur les petits. Chez un enfant de deux ou trois ans, la souffrance ne se "
         "voit pas forcément par des crises. C'est plutôt l'enfant trop sage : il ne joue plus, il ne pleure "
         "plus, il ne réclame rien. Ces enfants-là, on les oublie, parce qu'ils ne dérangent personne."),
    (CD, "Une question arrive dans le chat, de Nadia, puéricultrice : est-ce que chaque enfant placé a un "
         "bilan psychologique à son arrivée ?"),
    (ML, "Le protocole prévoit un bilan de santé dans les deux mois qui suivent le placement, avec un volet "
         "psychique. C'est le médecin référent protection de l'enfance du Département qui y veille. Ce n'est "
         "pas encore fait pour tous les enfants, mais quand le bilan repère quelque chose, il peut nous saisir "
         "directement."),
    (CD, "Combien d'assistants familiaux ont déjà suivi la formation ?"),
    (AV, "Au 15 novembre, quatre-vingt-dix-sept assistants familiaux ont suivi les trois jours. Sur quatre cent "
         "vingt et un employés par le Département aujourd'hui, ça fait à peu près un sur quatre. Il y a encore "
         "du chemin, mais les sessions de 2026 sont déjà presque pleines."),
    (CD, "Et pour situer les choses, dans le département, à peu près un enfant confié sur trois est suivi "
         "par un CMP. À Montclavel, c'est plus : près de quatre sur dix. Ce n'est pas forcément une mauvaise "
         "nouvelle, ça veut dire aussi que les enfants sont mieux repérés."),
    (CD, "Je passe au chat, il y a beaucoup de questions. Sandrine, assistante familiale à Castelvieil, "
         "demande : est-ce qu'on peut appeler l'équipe mobile directement, et la nuit ?"),
    (ML, "Aujourd'hui, non, la demande passe par le référent ASE. Et l'équipe fonctionne en journée, du lundi "
         "au vendredi, de neuf heures à dix-huit heures. La nuit ou le week-end, en cas d'urgence, c'est le "
         "quinze, le SAMU, et les urgences pédiatriques de Montclavel."),
    (ML, "Mais bonne nouvelle : une ligne d'appui réservée aux assistants familiaux va ouvrir début janvier. "
         "Vous pourrez nous appeler directement, sans passer par le référent, deux après-midi par semaine. "
         "Le numéro vous sera communiqué par le Département."),
    (CD, "Deuxième question, de Karim, éducateur dans une maison d'enfants : la formation est-elle ouverte "
         "aux éducateurs de MECS ?"),
    (AV, "Pas ce module-là, qui est réservé aux assistants familiaux. Mais en 2026, on lance une version en "
         "deux jours pour les équipes des maisons d'enfants, directement sur site. Les directeurs de MECS "
         "recevront le calendrier en janvier."),
    (CD, "Une question anonyme, et je trouve qu'elle est importante : est-ce qu'on est payé pendant la "
         "formation, et qui garde les enfants ?"),
    (ME, "Je peux répondre, je l'ai vécu. Oui, les journées sont rémunérées, c'est du temps de travail. Et "
         "les enfants sont accueillis par une collègue assistante familiale relais. Pour moi, ça s'est très "
         "bien passé, les enfants la connaissaient déjà."),
    (CD, "Autre question du chat, de Léa, référente ASE : comment faire la différence entre une crise "
         "d'adolescence normale et quelque chose qui doit inquiéter ?"),
    (ML, "Bonne question, et il n'y a pas de recette. Je regarde trois choses. La durée : quand ça dure plus "
         "de deux ou trois semaines. Le retentissement : le sommeil, l'alimentation, l'école qui décroche. Et "
         "la rupture : quand le jeune ne ressemble plus à lui-même."),
    (ML, "Et une règle absolue : au moindre propos suicidaire, on n'attend pas, on en parle le jour même au "
         "référent ou à l'équipe mobile, et si c'est la nuit, on appelle le quinze."),
    (CD, "Merci. Je voudrais dire un mot du quartier des Hauts-de-Borie. Beaucoup d'enfants confiés de "
         "Montclavel en sont originaires, et leurs parents sont souvent très seuls face au placement."),
    (CD, "Avec le centre social La Passerelle, le groupe de travail du CLSM, qui existe depuis mars 2025, a "
         "lancé un groupe de parole pour les parents dont les enfants sont placés. Il se réunit un samedi matin "
         "par mois, et il est financé par le contrat de ville."),
    (CD, "Dernière question du chat, de Thomas : qu'est-ce qui change pour les jeunes suivis par la PJJ ?"),
    (ML, "Pour les jeunes en double mesure, ASE et PJJ, on organise une synthèse commune avec l'éducateur de la "
         "PJJ, le référent ASE et le soin, au moins une fois par trimestre. Ça évite que chacun travaille dans "
         "son coin. On en a eu une trentaine la première année."),
    (CD, "Une question de Julien, dans le sud du département : à Castelvieil, c'est loin de Montclavel, "
         "est-ce que l'équipe mobile vient quand même ?"),
    (ML, "Oui, on vient partout, mais c'est vrai que c'est jusqu'à une heure et quart de route, et ça nous "
         "coûte du temps. C'est pour ça qu'on a demandé une antenne à Castelvieil. Si le financement de l'ARS "
         "est confirmé, elle ouvrira au printemps 2026, avec une infirmière et une psychologue sur place."),
    (CD, "Et une précision demandée par plusieurs personnes : l'équipe mobile ne suit pas les enfants qui "
         "vivent chez leurs parents avec une mesure éducative à domicile, c'est bien ça ?"),
    (ML, "C'est bien ça. Le protocole concerne les enfants confiés, c'est-à-dire placés, et les jeunes majeurs "
         "jusqu'à vingt et un ans. Pour un enfant qui vit chez ses parents, on oriente vers le CMP ou vers son "
         "médecin traitant, mais l'équipe mobile n'intervient pas."),
    (CD, "Il nous reste une minute. Un dernier mot, chacun, en une phrase ?"),
    (ME, "Ne restez pas seuls. Demander de l'aide, ce n'est pas un échec."),
    (AV, "Formez-vous, et parlez entre vous : les groupes d'analyse de la pratique, c'est précieux."),
    (ML, "Appelez-nous tôt. Une saisine précoce, c'est souvent une crise évitée."),
    (CD, "Merci à tous les trois, et merci à vous. Le replay et le support seront en ligne sur le site du CLSM "
         "d'ici une semaine. Bonne fin de journée à toutes et à tous."),
]
