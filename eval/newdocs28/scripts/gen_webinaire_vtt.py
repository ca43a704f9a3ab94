# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT (style Zoom : « Prénom Nom: texte » sur chaque repère) du webinaire
« Les jeudis des CLSM » du 12 février 2026 consacré aux aînés et aux aidants à Castelrive. Document fictif.

Les tours de parole sont découpés en repères de 6 à 20 mots aux frontières de phrase ou de virgule ; la durée d'un
repère dépend de son nombre de mots (débit propre à chaque orateur) ; des silences séparent les tours. Le tout
tient en un peu plus de 40 minutes."""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-02-12_cites-ressources-atlantique_webinaire-aines-aidants-clsm.vtt")

LP = "Lucie Perrochon"
MF = "Mathilde Ferrandou"
EC = "Étienne Carrasset"
SM = "Sophie Marchetti"
RD = "Rémi Dauphas"

# mots par seconde de chaque orateur
RATE = {LP: 2.55, MF: 2.6, EC: 2.3, SM: 2.45, RD: 2.5}

TURNS = [
    (LP, "Alors, euh, je crois qu'on peut commencer, je vois que les participants continuent d'arriver mais on est "
         "déjà, attendez, cent douze connectés, donc c'est très bien. Bonjour à toutes et à tous, bienvenue à ce "
         "nouveau jeudi des CLSM. Je suis Lucie Perrochon, je suis chargée de mission santé à Cités Ressources "
         "Atlantique, le centre de ressources politique de la ville, et c'est moi qui vais animer ce webinaire. "
         "Quelques petites consignes avant de démarrer : vos micros sont coupés, vous pouvez poser vos questions "
         "dans la conversation, le chat, je les lirai à voix haute au fil de l'eau ou à la fin. Le webinaire est "
         "enregistré, le replay et la transcription seront en ligne sur notre site d'ici une semaine environ. "
         "Voilà. Le thème aujourd'hui, c'est la santé mentale des personnes âgées et de leurs aidants, et plus "
         "précisément comment un conseil local de santé mentale peut jouer un rôle, euh, de chef d'orchestre "
         "entre des acteurs qui, souvent, ne se parlent pas beaucoup : la psychiatrie, la gériatrie, les EHPAD, "
         "le CCAS, les associations d'aidants. Et pour ça on a choisi l'exemple de Castelrive, dans l'Orvanne, "
         "une ville moyenne d'un peu plus de quarante mille habitants. J'ai avec moi quatre intervenants, je vais "
         "les laisser se présenter. Mathilde, tu veux commencer ?"),
    (MF, "Oui, bonjour à tous. Mathilde Ferrandou, je suis la coordinatrice du CLSM de Castelrive depuis 2021. "
         "Le CLSM lui-même existe depuis 2018, la convention constitutive a été signée le 14 juin 2018, donc on "
         "a, euh, presque huit ans maintenant. Et je suis à temps plein sur la coordination, ce qui n'est pas "
         "le cas partout, je sais."),
    (EC, "Bonjour, Étienne Carrasset, je suis psychiatre au centre hospitalier Les Tilleuls, à Castelrive, et "
         "je suis le médecin responsable de l'équipe mobile de psychogériatrie, l'EMPG, qu'on a montée en 2021."),
    (SM, "Bonjour à toutes et à tous, Sophie Marchetti, je suis psychologue et je coordonne la plateforme "
         "d'accompagnement et de répit Le Relais des Aidants, qui est portée par l'EHPAD public Les Glycines."),
    (RD, "Bonjour, Rémi Dauphas, je dirige le CCAS de Castelrive, le centre communal d'action sociale, et "
         "notamment le pôle seniors, qui gère entre autres le registre canicule."),
    (LP, "Merci à vous quatre. Avant de commencer, on vous avait posé une petite question de sondage à "
         "l'inscription, euh, je partage l'écran, voilà. Vous êtes 61 % à être coordinateurs ou coordinatrices "
         "de CLSM, 17 % à travailler dans un CCAS, et le reste, ce sont des professionnels de santé, des "
         "établissements, quelques élus et, je le note, plusieurs aidants. Et à la question : votre CLSM a-t-il "
         "un groupe de travail consacré aux personnes âgées, vous êtes seulement 23 % à répondre oui. Donc on "
         "est en plein dans le sujet. Je retire le partage."),
    (LP, "Alors, Mathilde, première question, un peu large : pourquoi est-ce qu'un CLSM, "
         "qui travaille souvent sur la psychiatrie adulte, le logement, les jeunes, s'est emparé de la question "
         "des personnes âgées ? Ce n'est pas forcément évident."),
    (MF, "Non, c'est vrai, ce n'est pas évident. Alors, euh, historiquement notre CLSM avait trois groupes de "
         "travail : logement et santé mentale, jeunes, et tout ce qui est déstigmatisation, les Semaines "
         "d'information sur la santé mentale. Et les personnes âgées, honnêtement, on n'en parlait presque pas, "
         "on se disait que c'était le champ du Département, de la gérontologie. Et puis il y a eu, fin 2022, "
         "une situation qui nous a beaucoup marqués. Un monsieur de 79 ans, qui s'occupait seul de son épouse "
         "atteinte de la maladie d'Alzheimer, dans le quartier des Hauts-de-Chaumes, et qui a fait une tentative "
         "de suicide. Et quand on a reconstitué son parcours, en réunion de concertation, on s'est aperçu que "
         "cinq ou six professionnels le connaissaient. L'aide à domicile, le pharmacien, le médecin traitant, "
         "la gardienne de l'immeuble. Tout le monde voyait qu'il n'allait pas bien, et personne ne savait à qui "
         "le dire. Et c'est là qu'on a créé, en 2023, le quatrième groupe de travail, le GT3, enfin on l'a "
         "appelé GT3 aînés et aidants, c'est un peu bizarre comme numérotation, c'est une longue histoire."),
    (LP, "D'accord. Et ça s'est articulé comment avec le contrat local de santé ?"),
    (MF, "Alors ça tombait bien, parce que le contrat local de santé de l'agglomération était en cours de "
         "rédaction. Il a été signé en mars 2023. Et on a obtenu qu'il y ait un axe entier, l'axe 3, santé "
         "mentale et bien vieillir, dont le CLSM est co-pilote avec la direction de l'autonomie du Département. "
         "Donc en fait le CLSM, c'est l'instance où on se parle, et le CLS, c'est, entre guillemets, le "
         "tiroir-caisse et le cadre d'engagement des signataires. Il y a quatre fiches-actions dans cet axe : "
         "le repérage, l'équipe mobile, le soutien aux aidants, et l'isolement avec la canicule."),
    (LP, "Très bien. Docteur Carrasset, l'équipe mobile de psychogériatrie, concrètement, qu'est-ce que c'est, "
         "et qu'est-ce que ça change pour une personne âgée qui va mal ?"),
    (EC, "Alors, euh, concrètement, c'est une petite équipe, on est quatre virgule sept équivalents temps plein "
         "au total, avec, euh, moi à 0,6, une collègue gériatre, des infirmiers, une psychologue, une assistante "
         "sociale à temps partiel et un secrétariat. Et le principe, c'est qu'on se déplace. La personne âgée "
         "déprimée, ou qui délire, ou qui a des troubles du comportement dans le cadre d'une démence, elle ne "
         "viendra pas au CMP. Elle ne viendra pas. Donc c'est nous qui allons chez elle, ou à l'EHPAD. On "
         "évalue, on propose un ajustement du traitement au médecin traitant, on soutient l'équipe de l'EHPAD, "
         "on parle avec la famille. Et l'objectif principal, c'est d'éviter les passages aux urgences et les "
         "hospitalisations qui sont souvent, euh, catastrophiques pour une personne de 88 ans désorientée."),
    (LP, "Et vous avez des chiffres sur l'activité ?"),
    (EC, "Oui. Sur 2025, on a suivi 468 patients, en file active, contre 412 l'année d'avant. Et ce qui a "
         "beaucoup changé, c'est la part du domicile. Au début, on était presque uniquement en EHPAD, parce que "
         "c'est là qu'on nous appelait. En 2025, c'est 44 % de nos interventions qui se font au domicile. Et le "
         "délai, qui était notre gros point noir, on est descendu à 9 jours en moyenne entre la saisine et la "
         "première visite. On était à 16 jours en 2023. Neuf jours c'est encore trop pour certaines situations, "
         "mais c'est beaucoup mieux."),
    (LP, "Qu'est-ce qui a permis de gagner ce temps ?"),
    (EC, "Plusieurs choses. D'abord on a mis en place un premier rappel téléphonique systématique par "
         "l'infirmière coordinatrice, Nadia Boukhelifa, dans les 72 heures ouvrées, ce qui permet de trier : "
         "il y a des situations où un conseil téléphonique suffit, et d'autres où il faut y aller vite. Ensuite "
         "la charte avec les EHPAD, je pense que Mathilde en parlera. Et puis, bonne nouvelle, je peux le dire "
         "maintenant que c'est officiel : l'ARS finance un poste infirmier supplémentaire, un équivalent temps "
         "plein, à partir du 1er avril 2026. Donc on va passer à 5,7 ETP."),
    (LP, "Ah, c'est une belle nouvelle. Et est-ce que vous voyez déjà un effet sur les urgences, puisque c'était "
         "l'objectif principal ?"),
    (EC, "Alors, euh, il faut être prudent avec les chiffres, parce que beaucoup de choses jouent. Mais on suit "
         "un indicateur avec le service des urgences : les passages aux urgences de résidents d'EHPAD du secteur "
         "pour des troubles psycho-comportementaux, donc agitation, agressivité, cris, ce genre de choses. On "
         "était à 97 passages en 2023, et on est à 64 en 2025. Donc ça baisse nettement. Et derrière chaque "
         "passage évité, il y a une nuit sur un brancard en moins pour une personne très âgée, et, euh, souvent "
         "un syndrome confusionnel en moins. Donc pour nous c'est vraiment l'indicateur qui compte."),
    (LP, "Justement, Mathilde, la charte ?"),
    (MF, "Oui. Alors la charte de coopération entre les EHPAD et l'EMPG, c'est une des décisions de notre "
         "assemblée plénière du 9 décembre dernier. L'idée est simple : chaque EHPAD désigne un référent, "
         "souvent l'infirmière coordinatrice ou le médecin coordonnateur, l'EMPG s'engage sur un délai de rappel, "
         "et l'EHPAD s'engage à ne pas envoyer un résident aux urgences pour un trouble du comportement sans avoir "
         "au moins appelé l'EMPG, sauf danger immédiat évidemment. Et on a un retour d'information "
         "systématique. Là, à mi-février, euh, 19 EHPAD sur les 23 du secteur l'ont signée."),
    (LP, "Et les quatre autres ?"),
    (MF, "Les quatre autres, euh, il y en a deux qui changent de direction, donc ça attend un peu, et deux qui "
         "sont un peu, comment dire, réservés. Mais on ne lâche pas."),
    (LP, "Et la première fiche-action, le repérage, ça consiste en quoi ? Parce que c'est souvent le parent "
         "pauvre."),
    (MF, "Oui, c'est vrai. Alors le repérage, c'est l'idée que la souffrance psychique d'une personne âgée, ce "
         "n'est pas le psychiatre qui la voit en premier. C'est l'aide à domicile, le pharmacien, le facteur, "
         "la gardienne. Donc on forme ces gens-là. On a une journée de sensibilisation, animée par un infirmier "
         "de l'EMPG et une psychologue de la plateforme, sur les signes de la dépression du sujet âgé, la crise "
         "suicidaire, et surtout à qui on passe le relais. En 2025, on a formé 131 professionnels, "
         "principalement des aides à domicile des trois services de l'agglomération. Et l'objectif voté pour "
         "la suite, c'est 150 de plus d'ici fin 2026. Ce qui ressort des évaluations, c'est que les aides à "
         "domicile se sentaient très seules face aux idées suicidaires. Une aide à domicile m'a dit : "
         "la dame me dit qu'elle veut mourir, et moi j'ai vingt minutes pour faire la toilette et repartir."),
    (LP, "C'est terrible, et c'est tellement juste. Une question dans le chat, de Nathalie, qui travaille dans "
         "un CCAS d'une commune rurale : nous n'avons pas d'équipe mobile, qu'est-ce qu'on peut faire ?"),
    (EC, "Alors, euh, d'abord vérifier, parce qu'il y a des équipes mobiles de psychogériatrie dans beaucoup de "
         "départements, mais elles sont mal connues, parfois même des médecins. Le dispositif d'appui à la "
         "coordination, le DAC, connaît en général toute l'offre du département, c'est le premier réflexe. "
         "Ensuite il y a la télé-expertise, qui se développe : un médecin traitant peut demander un avis à un "
         "psychiatre de la personne âgée sans que le patient se déplace. Nous, on en fait pour les communes du "
         "nord de l'Orvanne qui sont hors de notre secteur de déplacement. Et puis il y a le CMP de secteur, qui "
         "reste compétent pour les personnes âgées, on l'oublie trop souvent."),
    (LP, "J'ai une première question dans le chat, qui vient de Karim, coordinateur d'un CLSM en Charente, si "
         "j'ai bien lu. Il demande : est-ce qu'un aidant ou une famille peut appeler directement l'équipe "
         "mobile ? Docteur Carrasset ?"),
    (EC, "Alors non, et c'est une vraie question, on nous la pose souvent. La saisine de l'EMPG passe par un "
         "médecin : le médecin traitant, ou le médecin coordonnateur en EHPAD. Parce qu'on travaille en appui "
         "du médecin traitant, on ne le remplace pas. Mais, euh, ce qu'on a ouvert depuis janvier, c'est une "
         "permanence téléphonique d'avis pour les professionnels non médicaux : le CCAS, la plateforme de "
         "répit, les services d'aide à domicile peuvent nous appeler le mardi matin, de 9 heures à midi, pour "
         "parler d'une situation. Et on les aide à mobiliser le médecin traitant. Une famille inquiète, elle, "
         "passe par le médecin traitant, ou par Sophie, ou par le CCAS."),
    (LP, "Merci. Sophie, on va parler des aidants. Qui sont les aidants que vous accompagnez, et qu'est-ce "
         "qu'ils viennent chercher ?"),
    (SM, "Alors, euh, en 2025, on a accompagné 286 aidants. C'est surtout des femmes, des épouses et des filles, "
         "mais on a de plus en plus d'hommes, des maris qui s'occupent de leur femme. L'âge moyen, c'est autour "
         "de 67 ans, donc ce sont souvent des personnes âgées elles-mêmes. Et, euh, ce qui me frappe toujours, "
         "c'est qu'ils arrivent tard. En moyenne, quatre ans après le début de l'aide. Souvent au moment d'une "
         "crise, une chute, une hospitalisation, ou quand eux-mêmes craquent. Et beaucoup ne se reconnaissent "
         "pas comme aidants. Une dame m'a dit : mais je ne suis pas aidante, je suis sa femme."),
    (LP, "Et sur le plan de la santé mentale des aidants, qu'est-ce que vous observez ?"),
    (SM, "On fait passer, au premier entretien, une échelle de fardeau, l'échelle de Zarit, qui mesure en gros "
         "le poids ressenti de l'aide. Et en 2025, 58 % des aidants reçus avaient un score élevé ou sévère. "
         "Donc plus d'un sur deux. Avec des troubles du sommeil, de l'anxiété, des symptômes dépressifs, parfois "
         "des idées noires. Et c'est là que le lien avec l'EMPG et avec le CMP est précieux, parce qu'on n'est "
         "pas un lieu de soin, nous. On écoute, on soulage, on oriente."),
    (LP, "Sophie, je vous interromps, il y a une question dans le chat sur l'échelle de Zarit : est-ce que "
         "vous pouvez expliquer comment elle se présente, et si un CCAS peut l'utiliser ?"),
    (SM, "Oui, alors, euh, c'est un questionnaire de vingt-deux questions, auxquelles l'aidant répond "
         "lui-même, du genre : sentez-vous que votre parent vous demande plus d'aide qu'il n'en a besoin, "
         "vous sentez-vous tiraillé entre vos responsabilités, ce genre de choses. Chaque réponse est notée de "
         "zéro à quatre, donc on a un score sur 88. Au-delà de 40, on considère que le fardeau est élevé, "
         "au-delà de 60, sévère. Un CCAS peut tout à fait l'utiliser, c'est un outil simple, mais, euh, "
         "attention : il ne faut jamais faire passer un questionnaire sans avoir quelque chose à proposer "
         "derrière. Sinon, on dit à quelqu'un qu'il va mal, et on le laisse repartir."),
    (LP, "C'est un très bon conseil. Alors, qu'est-ce que vous proposez concrètement aux aidants ?"),
    (SM, "Alors on a plusieurs choses. Le soutien psychologique individuel, jusqu'à huit entretiens gratuits "
         "avec une psychologue. Le café des aidants, une fois par mois. Les formations des aidants, un cycle de "
         "cinq séances. La halte-répit, le jeudi après-midi, où la personne aidée est accueillie pendant que "
         "l'aidant souffle. Et le répit à domicile, où un professionnel vient prendre le relais quelques heures. "
         "On a fait 3 450 heures de répit à domicile en 2025. Et, euh, la nouveauté de cette année, c'est le "
         "deuxième café des aidants, dans le quartier des Hauts-de-Chaumes."),
    (LP, "Oui, racontez-nous, parce que c'est un quartier prioritaire, c'est ça ?"),
    (SM, "Oui, c'est un quartier prioritaire de la politique de la ville. Et on avait remarqué que les aidants "
         "de ce quartier ne venaient pas au café des aidants du centre-ville. Pour plein de raisons : le bus, "
         "la distance, le sentiment que ce n'est pas pour eux, la langue parfois. Donc on a décidé, c'est aussi "
         "une décision de la plénière, d'aller chez eux. Le café a lieu à la maison de quartier des "
         "Hauts-de-Chaumes, le dernier vendredi du mois, de 14 heures à 16 heures. La première séance, c'était "
         "le 30 janvier, et on avait neuf aidants, dont sept qu'on n'avait jamais vus. Pour une première, "
         "franchement, on était ravis. Et on a une médiatrice santé du quartier qui co-anime avec nous, et qui "
         "parle arabe et turc, ce qui change tout."),
    (LP, "Il y a une question qui rebondit là-dessus, de Yacine, qui est adulte-relais dans un quartier "
         "prioritaire. Il demande si vous avez une approche particulière pour les anciens travailleurs immigrés "
         "qui vieillissent seuls, souvent en foyer."),
    (MF, "Oui, alors c'est un sujet qu'on a découvert un peu tard, je le reconnais. À Bellevue-Grand Pré, il y "
         "a une résidence sociale, la résidence du Grand Pré, avec 68 résidents de plus de 60 ans, presque tous "
         "des hommes, dont beaucoup n'ont jamais fait venir leur famille. Ils cumulent tout : l'isolement, des "
         "problèmes de santé, parfois l'alcool, la barrière administrative. Et ils n'apparaissent dans aucun "
         "registre. Donc l'extension des Veilleurs de quartier à Bellevue-Grand Pré, c'est aussi pour eux. Et on "
         "travaille avec le gestionnaire de la résidence pour qu'une infirmière de l'EMPG puisse y faire une "
         "permanence, a priori une demi-journée par mois à partir du printemps."),
    (LP, "Et sur le transport, Sophie, puisque c'était un des points qui coinçaient pour la halte-répit ?"),
    (SM, "Alors, on a avancé. Depuis janvier, on a un partenariat avec une association de transport solidaire, "
         "Roul'Entraide, dont les chauffeurs bénévoles emmènent les personnes aidées à la halte-répit le jeudi "
         "et les ramènent. Ça coûte deux euros le trajet pour la famille. Ce n'est pas parfait, il faut "
         "réserver 48 heures à l'avance, et ils n'ont pas de véhicule adapté aux fauteuils roulants. Mais pour "
         "beaucoup de familles, c'est ce qui a débloqué la situation."),
    (LP, "Super. Rémi, on passe à la canicule. L'été dernier, vous avez eu un épisode assez sévère, je crois ?"),
    (RD, "Oui, euh, on a eu une vigilance orange du 11 au 18 août, avec deux jours en rouge, le 13 et le 14. "
         "C'était, pour nous, le premier épisode en vigilance rouge. Et le registre, donc le registre des "
         "personnes vulnérables que tient le CCAS, comptait 1 517 inscrits. L'équipe de veille a passé 4 870 "
         "appels sur la période, soit à peu près, euh, trois appels par personne en moyenne, et on a fait 63 "
         "visites à domicile."),
    (LP, "Et qu'est-ce que la santé mentale vient faire là-dedans ? Parce que la canicule, on pense "
         "déshydratation, coup de chaleur..."),
    (RD, "C'est exactement la question qu'on s'est posée. Et en fait, euh, pendant les appels, nos agents, qui "
         "sont des agents du CCAS et des étudiants recrutés pour l'été, entendaient des choses. Des gens qui "
         "disaient je ne sors plus depuis dix jours, plus personne ne vient me voir, à quoi bon. Et nos agents "
         "n'étaient pas préparés à ça. Ils avaient une trame d'appel avec : est-ce que vous buvez, est-ce que "
         "vous avez un ventilateur, est-ce que vous avez vos médicaments. Et rien sur le moral. Donc on a fait "
         "onze orientations vers l'EMPG ou le CMP, mais on pense qu'on est passés à côté d'autres situations."),
    (LP, "Et qu'est-ce que vous avez changé pour cet été ?"),
    (RD, "Deux choses. D'abord, la trame d'appel. On a ajouté trois questions sur le moral et l'isolement, "
         "qu'on a écrites avec l'équipe de Dr Carrasset. La première, c'est : comment vous sentez-vous en ce "
         "moment, pas physiquement, dans votre tête ? La deuxième : est-ce que quelqu'un est venu vous voir cette "
         "semaine ? Et la troisième, qui nous faisait un peu peur au début : est-ce qu'il vous arrive de penser "
         "que la vie ne vaut plus la peine d'être vécue ? Et ensuite, deuxième chose, tous les appelants, "
         "agents et saisonniers, suivront une formation de trois heures avec l'EMPG avant le 1er juin, pour "
         "savoir quoi faire de la réponse."),
    (LP, "Alors justement, j'ai une question dans le chat là-dessus, qui est anonyme : est-ce que ce n'est pas "
         "dangereux de poser la question du suicide au téléphone, est-ce que ça ne peut pas donner l'idée ?"),
    (EC, "Alors c'est une idée reçue très répandue, et c'est faux. Toutes les études montrent que parler du "
         "suicide, poser la question directement, avec tact, n'augmente pas le risque. Au contraire, souvent la "
         "personne est soulagée qu'on lui pose la question. Ce qui est important, c'est de savoir quoi faire "
         "ensuite. Et là la consigne est claire : si la personne dit oui, l'appelant ne raccroche pas, il reste "
         "en ligne, il prévient son responsable, et on appelle soit le médecin traitant, soit le 3114, qui est "
         "le numéro national de prévention du suicide, soit le 15 s'il y a un danger immédiat. C'est ce qu'on "
         "va travailler pendant la formation."),
    (LP, "Merci. Rémi, vous parliez de deux choses..."),
    (RD, "Oui, la deuxième c'est le registre lui-même. Le problème du registre, c'est qu'il repose sur "
         "l'inscription volontaire. Et les plus isolés, par définition, ne s'inscrivent pas. Donc cette année, "
         "on fait une campagne d'inscription du 4 mai au 12 juin, et on va chercher les gens : avec les "
         "bénéficiaires du portage de repas, avec les pharmacies, avec les gardiens d'Orvanne Habitat, le "
         "bailleur social, et avec les Veilleurs de quartier. L'objectif, c'est d'arriver à 1 800 inscrits."),
    (LP, "Et pendant l'épisode lui-même, en dehors des appels, qu'est-ce que vous aviez mis en place ?"),
    (RD, "On avait ouvert quatre lieux rafraîchis, des îlots de fraîcheur : la salle climatisée de la résidence "
         "autonomie Les Capucines, la médiathèque des Tanneurs, et deux salles municipales. Avec une navette "
         "gratuite le matin. On a accueilli 146 personnes sur la semaine. Et ce qui est intéressant, c'est que "
         "beaucoup sont venues pour le frais, et sont restées pour la compagnie. On a eu des parties de cartes "
         "qui ont duré tout l'après-midi. Donc on réfléchit à garder certains de ces lieux ouverts l'été, même "
         "hors canicule, comme lieux de convivialité."),
    (LP, "Les Veilleurs de quartier, justement, c'est quoi exactement ?"),
    (RD, "Alors c'est un réseau d'habitants bénévoles qu'on a lancé en mars 2024 avec le CLSM, d'abord aux "
         "Hauts-de-Chaumes. Ce sont des commerçants, des gardiens, des voisins, des retraités aussi, qui suivent "
         "une demi-journée de sensibilisation au repérage de l'isolement et de la souffrance psychique. Ils ne "
         "soignent pas, ils ne remplacent pas un aidant. Ils gardent un œil, ils passent dire bonjour, et s'ils "
         "sont inquiets, ils appellent un numéro unique au CCAS. Fin 2025, on avait 74 veilleurs et 212 personnes "
         "âgées suivies. Et, euh, depuis la plénière, on étend le réseau au quartier Bellevue-Grand Pré, le "
         "premier groupe de douze veilleurs sera formé en mars."),
    (LP, "Mathilde, est-ce qu'il y a des difficultés à faire travailler ensemble tous ces acteurs ? On a "
         "l'impression, à vous entendre, que tout roule."),
    (MF, "Ah non, non, tout ne roule pas. Euh, je vais être honnête. Il y a un poste de psychiatre de la "
         "personne âgée qui est vacant depuis plus d'un an aux Tilleuls, et ça pèse. L'accueil de jour est "
         "saturé, on avait 37 personnes sur liste d'attente à l'automne. Le transport, c'est un vrai sujet : "
         "une halte-répit, c'est bien, mais si l'aidé ne peut pas s'y rendre, ça ne sert à rien. Et puis il y a "
         "des cultures professionnelles différentes. La psychiatrie et la gériatrie, historiquement, ne se "
         "parlent pas toujours très bien. Le rôle du CLSM, c'est d'être un lieu neutre, où personne n'est chez "
         "soi, et où on peut mettre les problèmes sur la table sans que ce soit, euh, une mise en accusation."),
    (LP, "Il y a une question de Françoise, qui se présente comme aidante de sa mère. Elle demande : quand on "
         "est épuisée, qu'est-ce qu'on fait en premier ? Sophie ?"),
    (SM, "Alors, Françoise, d'abord, bravo d'être là et de poser la question, parce que c'est déjà une "
         "démarche. Euh, le premier réflexe, c'est d'en parler à son propre médecin traitant, pas seulement à "
         "celui de sa maman. Parce que l'épuisement, c'est un problème de santé. Et le deuxième, c'est d'appeler "
         "une plateforme de répit. Il y en a dans tous les départements maintenant. Nous, à Castelrive, on a "
         "aussi sorti en janvier un petit guide, Aider sans s'épuiser, qu'on a écrit avec des aidants, et qui "
         "explique étape par étape quoi faire. Il est téléchargeable gratuitement, je mets le lien dans le chat."),
    (LP, "Je vois dans le chat que plusieurs personnes demandent le lien. Sophie, euh, tu es en muet je "
         "crois. Sophie ? On ne t'entend plus."),
    (SM, "Pardon, pardon, c'est bon ? Oui. Je disais que le lien est dans le chat, c'est sur le site de la "
         "plateforme, relais-aidants-castelrive.example, rubrique guide. Et on a aussi des exemplaires papier à "
         "la plateforme, au CCAS et dans les pharmacies, parce que beaucoup d'aidants n'ont pas internet, ou "
         "n'ont pas le réflexe."),
    (LP, "Merci Sophie. Une autre question, d'Élodie, qui est infirmière en EHPAD. Elle dit : nous avons une "
         "résidente qui refuse tous les soins et qui devient agressive le soir, l'équipe est épuisée, est-ce que "
         "l'EMPG peut intervenir même si la résidente refuse de vous voir ?"),
    (EC, "Oui, euh, c'est une situation très fréquente. Le refus de soins chez une personne qui a des troubles "
         "cognitifs, ce n'est pas la même chose qu'un refus éclairé, et on peut tout à fait intervenir. Souvent "
         "d'ailleurs, on ne voit pas la résidente en premier. On fait d'abord ce qu'on appelle une analyse de la "
         "situation avec l'équipe : à quel moment ça arrive, avec qui, qu'est-ce qui déclenche. Le fameux "
         "syndrome du coucher du soleil, l'agitation de fin de journée. Et très souvent, les solutions sont "
         "d'abord non médicamenteuses : l'organisation de la toilette, le changement d'équipe à 19 heures, la "
         "lumière. Donc oui, demandez à votre médecin coordonnateur de nous saisir, et si votre EHPAD a signé "
         "la charte, votre référent nous appelle directement."),
    (LP, "On a une question sur la chaleur et les médicaments, qui revient deux fois, donc je la pose : "
         "est-ce que certains médicaments psychiatriques sont à risque en période de canicule ?"),
    (EC, "Oui, tout à fait. C'est un point qu'on a, euh, vraiment découvert ensemble l'été dernier avec les "
         "pharmaciens. Le lithium, d'abord, parce que la déshydratation augmente sa concentration dans le sang, "
         "avec un risque de surdosage. Les neuroleptiques, qui perturbent la régulation de la température. "
         "Certains antidépresseurs, et les diurétiques aussi, même si ce n'est pas de la psychiatrie. Il ne "
         "faut surtout pas arrêter son traitement de soi-même. Mais il faut en parler au médecin avant l'été. "
         "Et avec l'ordre des pharmaciens, on a fait une fiche, une fiche pharmacie canicule et psychotropes, qui "
         "sera distribuée dans les 31 officines de l'agglomération en mai."),
    (LP, "Mathilde, tu as cité plusieurs fois la plénière de décembre. Qu'est-ce qui en est sorti, en "
         "résumé ? Et comment les élus sont impliqués ?"),
    (MF, "Alors la plénière, on la fait deux fois par an, en juin et en décembre, et elle est coprésidée par "
         "Josiane Lacombe-Vidal, l'adjointe au maire chargée des solidarités et du bien vieillir, et par la "
         "cheffe de pôle de psychiatrie adulte des Tilleuls. En décembre, on a pris six décisions. Je vais les "
         "résumer vite : la charte EHPAD-EMPG, le deuxième café des aidants aux Hauts-de-Chaumes, l'extension "
         "des Veilleurs à Bellevue-Grand Pré, la nouvelle trame d'appel canicule, la publication du guide pour "
         "les aidants, et le budget 2026 du groupe aînés et aidants. Et ce qui est important, c'est qu'il y a "
         "un tableau de suivi, avec un nom et une échéance pour chaque action, qu'on revoit en comité de "
         "pilotage. Sinon, euh, les décisions de plénière, on sait ce que ça devient."),
    (LP, "Très bien. On arrive, euh, sur la fin. Mathilde, un mot sur les moyens : comment est financé tout ça, "
         "et notamment ton poste ? C'est une question de Karim encore, qui revient."),
    (MF, "Oui, alors mon poste, la coordination du CLSM, il est financé à 50 % par l'ARS et à 50 % par la ville "
         "de Castelrive. L'axe 3 du CLS, lui, a un budget prévisionnel de 640 000 euros sur toute la durée du "
         "contrat, hors droit commun, donc hors financement de l'EMPG par l'assurance maladie par exemple. Et "
         "pour le groupe de travail aînés et aidants, on a voté un budget de 18 500 euros pour 2026, qui sert "
         "surtout aux formations, au guide, et au café des aidants des Hauts-de-Chaumes."),
    (LP, "Dix-huit mille cinq cents euros, ce n'est pas énorme pour tout ce que vous faites."),
    (MF, "Non, ce n'est pas énorme, mais c'est un budget de fonctionnement pour le groupe, les gros postes sont "
         "ailleurs. L'EMPG est financée par l'ARS, la plateforme de répit aussi, pour l'essentiel, le registre "
         "canicule c'est le budget du CCAS. Et, euh, je crois que c'est ça qu'il faut retenir : un CLSM n'a pas "
         "besoin d'un gros budget pour jouer son rôle. Il a besoin d'un poste de coordination stable, et de "
         "partenaires qui acceptent de venir autour de la table. Le reste, c'est de la mise en cohérence de ce "
         "qui existe déjà."),
    (LP, "Et il y a une évaluation de tout ça ?"),
    (MF, "Oui, l'évaluation à mi-parcours de l'axe 3 est en cours, elle est faite par l'Observatoire territorial "
         "de santé de l'Orvanne, l'OTSO. Le rapport est attendu pour mars. On le présentera sans doute lors d'un "
         "prochain webinaire, si tu nous réinvites."),
    (LP, "Avec plaisir. Alors, pour conclure, je vais demander à chacun une phrase, un conseil pour un CLSM qui "
         "voudrait se lancer sur les aînés et les aidants. Rémi ?"),
    (RD, "Commencez par la canicule. C'est concret, tout le monde est mobilisé, et ça ouvre la porte au reste."),
    (SM, "Allez chercher les aidants là où ils sont, pas là où vous êtes."),
    (EC, "Faites se rencontrer la psychiatrie et la gériatrie autour de situations concrètes, pas autour de "
         "principes."),
    (MF, "Et moi je dirais : partez d'une situation vécue, écoutez ce qu'elle vous apprend sur les trous dans "
         "la raquette, et ne cherchez pas à tout faire en même temps."),
    (LP, "Merci beaucoup à tous les quatre. Je rappelle que le replay sera disponible sur "
         "cites-ressources-atlantique.example, rubrique replays, avec la transcription et le diaporama. Le "
         "prochain jeudi des CLSM aura lieu le jeudi 9 avril, à 11 heures, et portera sur les jeunes, les écrans "
         "et la santé mentale. Merci à tous les participants, on était jusqu'à cent quarante-sept connectés, "
         "c'est un record. Très bonne fin de journée, au revoir."),
]

MAX_WORDS = 18


def split_cues(text):
    # découpe en phrases, puis en morceaux aux virgules si la phrase est longue
    sents = re.split(r"(?<=[.?!:])\s+", text)
    chunks = []
    for s in sents:
        words = s.split()
        if len(words) <= MAX_WORDS:
            chunks.append(s)
            continue
        parts = re.split(r"(?<=,)\s+", s)
        cur = []
        for p in parts:
            pw = p.split()
            if cur and len(cur) + len(pw) > MAX_WORDS:
                chunks.append(" ".join(cur))
                cur = []
            cur.extend(pw)
            while len(cur) > MAX_WORDS + 6:
                chunks.append(" ".join(cur[:MAX_WORDS]))
                cur = cur[MAX_WORDS:]
        if cur:
            chunks.append(" ".join(cur))
    # regroupe les morceaux trop courts avec le suivant
    out = []
    for ch in chunks:
        if out and len(out[-1].split()) < 6 and len(out[-1].split()) + len(ch.split()) <= MAX_WORDS + 4:
            out[-1] = out[-1] + " " + ch
        else:
            out.append(ch)
    return out


def ts(sec):
    h = int(sec // 3600)
    m = int(sec % 3600 // 60)
    s = sec - h * 3600 - m * 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def build(scale):
    cues = []
    t = 4.2
    for i, (spk, text) in enumerate(TURNS):
        for ch in split_cues(text):
            n = len(ch.split())
            dur = max(1.6, n / RATE[spk] * scale)
            cues.append((t, t + dur, spk, ch))
            t += dur + 0.12
        t += 0.9 + (i * 7 % 5) * 0.35  # silence entre deux tours
    return cues


def main():
    total_words = sum(len(t.split()) for _, t in TURNS)
    # ajuste le débit pour finir vers 40 min 25 s
    scale = 1.0
    for _ in range(30):
        cues = build(scale)
        end = cues[-1][1]
        scale *= 2425.0 / end
    cues = build(scale)
    lines = ["WEBVTT", ""]
    for k, (a, b, spk, txt) in enumerate(cues, 1):
        lines += [str(k), "%s --> %s" % (ts(a), ts(b)), "%s: %s" % (spk, txt), ""]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("écrit :", OUT, "| mots :", total_words, "| repères :", len(cues), "| fin :", ts(cues[-1][1]),
          "| échelle :", round(scale, 3))


if __name__ == "__main__":
    main()
