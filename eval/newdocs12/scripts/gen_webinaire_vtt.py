# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT (export Zoom, ~35 min) du webinaire de Quartiers Ressources Grand Est
« Logement d'abord et santé mentale : sortir de l'impasse des situations complexes » (25 novembre 2025).

Tout est fictif : villes, personnes, structures, chiffres. Le minutage est calculé à partir du nombre de mots
(débit oral d'environ 145 mots par minute), avec de courts silences aux changements d'orateur.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-11-25_quartiers-ressources-grand-est_webinaire-logement-d-abord-sante-mentale.vtt")

EM = "Élodie Marchal"
KH = "Karim Haddouche"
SK = "Sandrine Kieffer"
TW = "Thomas Weissenbach"
NG = "Nathalie Grosjean"

TURNS = [
    (EM, """Bonjour à toutes et à tous. Je vois que les participants continuent d'arriver, on va laisser encore une petite minute pour que tout le monde puisse se connecter.
Voilà, je pense qu'on peut commencer. Alors bonjour et bienvenue à ce webinaire du cycle « Santé mentale et politique de la ville » de Quartiers Ressources Grand Est.
Je suis Élodie Marchal, je suis chargée de mission santé et cohésion sociale au centre de ressources, et c'est moi qui vais animer cette séance.
Quelques mots d'organisation avant de commencer. Le webinaire est enregistré, le replay et le diaporama seront mis en ligne sur notre site dans la semaine qui suit.
Vos micros et vos caméras sont coupés, mais vous pouvez poser vos questions à tout moment dans le chat. Je les regrouperai, et on y répondra dans la dernière partie, vers quinze heures quinze.
Nous sommes aujourd'hui un peu plus de cent dix connectés, pour cent quarante-deux inscrits, ce qui est vraiment une belle mobilisation pour un mardi après-midi de novembre.
C'est la troisième séance de ce cycle. La première, en juin, portait sur la santé mentale des habitants dans les contrats de ville, la deuxième, en septembre, sur les médiateurs et les adultes-relais face à la souffrance psychique. Les replays sont toujours en ligne.
Un petit mot aussi pour celles et ceux qui nous rejoignent pour la première fois. Quartiers Ressources Grand Est est le centre de ressources politique de la ville de la région. Nous accompagnons les professionnels des contrats de ville, les délégués du préfet, les équipes des collectivités et les associations des quartiers prioritaires.
Depuis deux ans, la santé mentale est devenue l'un de nos trois axes de travail, à la demande du réseau, et ce cycle est organisé avec la coordination régionale des conseils locaux de santé mentale, que je remercie."""),
    (EM, """Le thème du jour, c'est le logement et la santé mentale, et plus précisément la question des situations dites complexes.
Ces personnes qui cumulent des troubles psychiques, des difficultés à se maintenir dans leur logement, parfois des conflits de voisinage, et pour lesquelles chaque acteur, de son côté, a le sentiment d'être arrivé au bout de ce qu'il peut faire.
C'est une question qui revient dans quasiment tous les diagnostics de contrats de ville que nous accompagnons. Et c'est aussi une des premières raisons pour lesquelles les élus nous sollicitent sur les conseils locaux de santé mentale.
Pour en parler, nous avons quatre intervenants. Le docteur Karim Haddouche, psychiatre, responsable de l'équipe mobile psychiatrie précarité du centre hospitalier de Rombach-les-Forges.
Sandrine Kieffer, coordinatrice du conseil local de santé mentale de Sarreval, qui va nous présenter la commission de cas complexes qu'ils ont mise en place.
Thomas Weissenbach, directeur de l'association Le Relais du Logis, qui porte un dispositif de logement d'abord.
Et Nathalie Grosjean, responsable du pôle cohésion sociale chez Vallée Habitat, bailleur social présent sur la plupart des quartiers prioritaires de la vallée.
Docteur Haddouche, je vous laisse la parole pour planter le décor."""),
    (KH, """Merci Élodie, bonjour à tous. Alors, planter le décor, je vais essayer de le faire en une dizaine de minutes, pas plus, promis.
Je voudrais partir de ce que l'on voit sur le terrain avec l'équipe mobile. L'équipe mobile psychiatrie précarité, pour ceux qui ne connaissent pas, c'est une petite équipe.
Chez nous, c'est trois infirmiers, une psychologue, une assistante sociale à mi-temps et moi-même à quarante pour cent.
C'est une équipe qui va à la rencontre des personnes en situation de précarité qui ne viennent pas, ou qui ne viennent plus, vers le soin.
On intervient dans les accueils de jour, dans les centres d'hébergement, à la demande des maraudes, et de plus en plus, à la demande des bailleurs sociaux, directement au domicile.
En 2024, notre file active était de trois cent dix-huit personnes. C'est un chiffre en hausse, on était à deux cent soixante-quinze l'année d'avant.
Et ce qui a changé, ce n'est pas seulement le nombre, c'est le profil. Il y a cinq ou six ans, on voyait essentiellement des personnes à la rue ou en hébergement d'urgence.
Aujourd'hui, près d'un tiers des personnes que l'on suit ont un logement, un logement social le plus souvent, mais sont en train de le perdre.
Impayés de loyer, logement qui se dégrade, encombrement, parfois ce qu'on appelle un syndrome de Diogène, troubles du voisinage, plaintes des voisins, et au bout, une procédure d'expulsion."""),
    (KH, """Et là on touche à quelque chose d'important. La perte du logement, c'est un facteur d'aggravation majeur des troubles psychiques.
Et inversement, des troubles psychiques non soignés, c'est un des premiers facteurs de perte du logement. On est dans un cercle vicieux, et chaque institution a tendance à attendre que l'autre ait fait sa part.
Le bailleur attend que la personne soit soignée. Le soin attend que la situation sociale soit stabilisée pour construire un suivi. Et pendant ce temps, la personne, elle, décroche.
C'est précisément ce que la logique du logement d'abord vient renverser. Je le rappelle en deux mots.
Le logement d'abord, c'est l'idée que le logement n'est pas une récompense au bout d'un parcours en escalier, hébergement d'urgence, puis stabilisation, puis insertion, puis enfin logement, mais un point de départ.
On donne accès directement à un logement ordinaire, sans condition préalable de soin ou d'abstinence, et on apporte autour de la personne un accompagnement pluridisciplinaire, intensif au début, qui va chercher la personne là où elle est. C'est ce qu'on appelle l'aller-vers.
Pour nous, soignants, ça change pas mal de choses. Ça veut dire accepter que le soin se construise dans la durée, au domicile, à partir de ce que la personne elle-même identifie comme prioritaire.
Et très souvent, ce qu'elle identifie comme prioritaire, ce n'est pas son traitement. C'est de garder son chez-soi, de pouvoir payer son électricité, de renouer avec sa fille.
C'est ce qu'on appelle une approche orientée rétablissement. Le rétablissement, ce n'est pas la disparition des symptômes. C'est la possibilité de mener une vie satisfaisante et choisie, avec ou malgré la maladie."""),
    (KH, """Je voudrais vous donner un exemple, anonymisé bien sûr. Un homme d'une cinquantaine d'années, que je vais appeler monsieur L., locataire depuis douze ans dans un quartier prioritaire.
Il a des troubles psychotiques anciens, il a arrêté son traitement après le décès de sa mère, et en quelques mois, le logement s'est dégradé, les voisins se sont plaints, le bailleur a engagé une procédure.
Quand nous avons été appelés, c'était par le gardien, trois semaines avant l'audience. Trois semaines. Tout le monde connaissait la situation depuis un an, mais chacun l'avait vue par un petit bout.
Le gardien voyait les odeurs, le service social voyait les impayés, le médecin traitant voyait qu'il ne venait plus, et personne n'avait mis ces trois morceaux ensemble.
Alors qu'est-ce qui s'est passé ? On a fait une première visite avec le gardien, qu'il connaissait et en qui il avait confiance. Il nous a ouvert la porte à la deuxième visite, pas à la première.
Le bailleur a accepté de demander un renvoi de l'audience, le CCAS a monté un dossier auprès du fonds de solidarité logement pour la dette, et le CMP l'a revu en moins de quinze jours.
Aujourd'hui, un an et demi plus tard, monsieur L. est toujours dans son logement. Il a une aide à domicile deux fois par semaine et il a repris un suivi. Ce n'est pas spectaculaire, mais c'est une expulsion évitée.
Et je suis convaincu que si tout le monde s'était parlé six mois plus tôt, on aurait pu éviter aussi la dette et l'audience.
Dernier point, et je m'arrêterai là. L'équipe mobile ne peut pas tout. On n'est pas une équipe de secteur, on ne fait pas de suivi au long cours.
Notre rôle est de faire le lien, de faire passer le relais vers le centre médico-psychologique, vers le médecin traitant. Et ce relais, c'est exactement là où les choses cassent.
C'est pour ça que des instances comme celle que va présenter Sandrine sont devenues, pour nous, indispensables."""),
    (EM, """Merci beaucoup docteur. Je vois déjà une question dans le chat sur la composition de l'équipe mobile, on y reviendra tout à l'heure.
Sandrine, justement, c'est à vous. Comment est-ce que ça fonctionne à Sarreval ?"""),
    (SK, """Merci Élodie, bonjour à tous. Alors je vais vous présenter la commission d'appui aux situations complexes, qu'on appelle entre nous la CASC. Je sais, encore un acronyme, désolée.
Un mot de contexte d'abord. Le conseil local de santé mentale de Sarreval a été créé en 2017, à l'initiative de la ville et du centre hospitalier.
Il couvre la ville de Sarreval, donc un peu plus de trente-huit mille habitants, et trois quartiers prioritaires de la politique de la ville : le Haut-Chêne, les Tilleuls et Bellevue-Sud.
Je suis coordinatrice à temps plein depuis 2020. Avant, c'était un mi-temps, partagé avec l'atelier santé ville.
La CASC, on l'a créée en 2021. Parce que dans toutes nos réunions de groupe de travail, on revenait sans cesse aux mêmes situations, aux mêmes personnes, et on n'avait pas de lieu pour en parler de manière structurée.
Chacun appelait chacun, ça marchait quand on se connaissait, et ça ne marchait plus du tout quand l'interlocuteur avait changé."""),
    (SK, """Concrètement, la commission se réunit une fois par mois, le deuxième mardi du mois, de neuf heures à midi, dans les locaux du CCAS.
Elle réunit un noyau de membres permanents. Le CCAS, l'équipe mobile psychiatrie précarité, le centre médico-psychologique adultes, le service social départemental, le SIAO, les deux principaux bailleurs sociaux, et un représentant de l'UNAFAM pour le regard des familles.
Et selon les situations, on invite d'autres partenaires : le service mandataire judiciaire, le médecin traitant, le service d'aide à domicile, parfois la police municipale quand il y a des troubles répétés sur la voie publique.
Comment on saisit la commission ? Tout membre du CLSM peut le faire, avec une fiche de saisine d'une page et demie, qu'il envoie à la coordination au moins dix jours avant la séance.
Dans la fiche, on décrit la situation, ce qui a déjà été tenté, et surtout la question qu'on pose à la commission. C'est très important. On ne vient pas juste déposer une situation lourde, on vient avec une question.
Et deuxième condition : la personne doit avoir été informée et avoir donné son accord. On l'a inscrit noir sur blanc dans notre charte de fonctionnement.
En séance, chaque situation est présentée en quinze à vingt minutes. On ne fait pas un exposé du dossier médical. D'ailleurs les soignants ne partagent que ce qui est strictement nécessaire à la compréhension de la situation.
À la fin, on formule des préconisations écrites, et on désigne systématiquement un référent de parcours. Une personne, une seule, qui est chargée de faire le lien et de revenir devant la commission trois mois plus tard pour dire où on en est."""),
    (SK, """Quelques chiffres maintenant. En 2022, la commission a examiné dix-neuf situations. En 2023, trente et une. En 2024, quarante-six.
Et sur ces quarante-six situations de 2024, il y en avait vingt-sept, donc presque six sur dix, où le logement était l'enjeu principal. Risque d'expulsion, logement insalubre ou très encombré, conflits de voisinage.
Le délai moyen entre la réception de la fiche de saisine et l'examen en commission était de dix-sept jours.
Et le résultat ? Nous faisons un point à six mois pour chaque situation. Pour vingt-huit des quarante-six situations de 2024, la situation était jugée stabilisée ou améliorée à six mois.
Pour onze, pas d'évolution notable. Pour les sept restantes, il y a eu une dégradation, dont deux expulsions que nous n'avons pas pu éviter.
Je préfère le dire, parce que ce n'est pas une baguette magique. Mais ce que disent les partenaires, dans l'évaluation qu'on a faite l'an dernier, c'est que la commission a changé leur façon de travailler ensemble, en dehors même des séances.
Ils se connaissent, ils s'appellent plus tôt, et beaucoup de situations se règlent maintenant avant même d'arriver en commission."""),
    (EM, """Merci Sandrine. Une question rapide avant de passer à Thomas, parce qu'elle revient deux fois dans le chat. Combien de temps ça vous prend, à vous, la coordination de cette commission ?"""),
    (SK, """Je dirais à peu près une journée et demie par mois, en comptant la préparation, la séance, le compte rendu et le suivi des référents.
C'est beaucoup, mais c'est aussi ce qui fait que ça tient dans la durée. Une commission sans secrétariat, ça s'essouffle en un an."""),
    (EM, """Thomas, à vous."""),
    (TW, """Merci, bonjour à tous. Je vais parler plutôt de l'autre bout de la chaîne, c'est-à-dire du logement lui-même.
Le Relais du Logis, c'est une association qui existe depuis 1994 dans la vallée. On a commencé par de l'hébergement d'urgence, et depuis 2019, on a pris le virage du logement d'abord.
Aujourd'hui on gère une centaine de logements en intermédiation locative. Et on porte depuis 2021 un dispositif qu'on a appelé Toit Partagé, qui est destiné spécifiquement à des personnes qui ont des troubles psychiques sévères et un long parcours de rue ou d'hébergement.
Toit Partagé, c'est trente-cinq places. Le principe, c'est que la personne accède à un logement diffus, dans le parc social ou dans le parc privé, en ville, pas dans une résidence dédiée.
Au départ, c'est l'association qui est locataire, et la personne est sous-locataire. C'est ce qu'on appelle le bail glissant.
Au bout d'un certain temps, quand la situation est stabilisée, le bail glisse au nom de la personne, qui devient locataire en titre, et nous, on se retire progressivement.
Et autour, il y a une équipe de six personnes. Des travailleurs sociaux, une infirmière mise à disposition par le centre hospitalier, et un médiateur de santé pair, c'est-à-dire quelqu'un qui a lui-même vécu des troubles psychiques et qui est formé pour accompagner.
Je tiens beaucoup à cette présence du médiateur de santé pair. C'est souvent lui qui obtient le premier rendez-vous, parce que la personne se dit : lui, il sait de quoi il parle."""),
    (TW, """Alors, ce qu'on mesure. Le taux de maintien dans le logement à douze mois est de quatre-vingt-quatre pour cent. À vingt-quatre mois, on est à soixante-dix-sept pour cent.
Pour des personnes dont beaucoup n'avaient jamais tenu plus de quelques semaines dans un hébergement, c'est considérable. On a eu quatorze glissements de bail depuis le début du dispositif.
On regarde aussi le recours aux urgences psychiatriques. Sur les personnes entrées en 2022 et 2023, le nombre de passages aux urgences a été divisé par deux entre l'année qui précède l'entrée et la première année dans le logement.
Mais je veux dire aussi honnêtement ce qui coince. Ce qui coince, c'est d'abord l'accès au parc social. Il faut des logements, et des logements petits, des T1, des T2, dans des quartiers qui ne soient pas trop enclavés.
Le deuxième point, c'est justement les situations où ça se dégrade, où l'équipe s'épuise, où le voisinage se plaint.
Et là, franchement, avant que la CASC existe, on était seuls. Aujourd'hui, on peut poser la situation sur la table avec le bailleur, le CMP, le CCAS, et repartir avec un plan. Ça ne règle pas tout, mais on n'est plus seuls."""),
    (EM, """Merci Thomas. Nathalie, du côté du bailleur, comment est-ce que vous vivez tout ça ?"""),
    (NG, """Bonjour à tous. Alors du côté du bailleur, je vais être un peu directe. Pendant longtemps, la santé mentale, chez nous, c'était un sujet qu'on découvrait au moment du contentieux.
Le gardien signalait un problème d'odeurs, de bruit, d'encombrement, et le dossier partait au service contentieux ou au service troubles de voisinage, avec une réponse essentiellement juridique.
Et on se retrouvait avec des expulsions de personnes qui, manifestement, avaient besoin de soins, et qui allaient se retrouver à la rue ou à l'hôpital.
Vallée Habitat, c'est environ douze mille logements, dont à peu près la moitié dans les quartiers prioritaires. Depuis 2022, on a fait trois choses.
D'abord, la formation. Nos gardiens et nos chargés de gestion de proximité sont en première ligne. On a formé, depuis 2022, soixante-douze salariés aux premiers secours en santé mentale, en douze sessions.
Ça ne fait pas d'eux des soignants, évidemment. Mais ça leur permet de repérer, d'engager une conversation, et surtout de savoir vers qui orienter."""),
    (NG, """Deuxième chose, on a créé en interne une cellule de veille sociale, qui se réunit toutes les deux semaines, et qui examine les situations de fragilité avant qu'elles n'arrivent au contentieux.
Un impayé qui démarre, une plainte de voisinage, un logement qui se dégrade. La cellule regarde, et décide si on active un accompagnement social, si on saisit un partenaire, ou si on porte la situation en CASC.
Et troisième chose, on a signé en 2023 une convention de partenariat avec le centre hospitalier de Rombach-les-Forges.
Cette convention prévoit notamment un interlocuteur identifié au CMP pour nos équipes, et la possibilité d'une visite à domicile conjointe, un professionnel de Vallée Habitat avec un infirmier, quand une situation nous inquiète et que la personne est d'accord.
La convention a été signée pour trois ans, elle arrive donc à échéance fin 2026, et on travaille déjà à son renouvellement, avec l'idée d'y associer le deuxième bailleur de la ville.
Le résultat, c'est que sur les dix-huit derniers mois, on a pu suspendre ou éviter onze procédures d'expulsion qui concernaient des personnes avec des troubles psychiques repérés.
Et ça, pour un bailleur, c'est aussi un gain économique. Une expulsion, c'est long, c'est coûteux, et ça se termine rarement bien, pour personne.
Et puis il y a un effet qu'on n'attendait pas : nos gardiens se sentent moins seuls. Le turn-over sur les postes de proximité dans les quartiers prioritaires a nettement baissé depuis qu'ils savent qu'il y a quelqu'un derrière eux."""),
    (EM, """Merci Nathalie. On a maintenant une vingtaine de minutes pour les questions. Il y en a beaucoup dans le chat, je vais essayer de les regrouper.
Première question, de Marion, qui est coordinatrice de CLSM à Longeville-sur-Meuse. Elle demande : comment vous gérez le secret professionnel dans la commission ? Est-ce que le bailleur peut entendre des informations médicales ?"""),
    (SK, """C'est la question qu'on nous pose le plus souvent, et c'est normal. Alors, la règle, chez nous, c'est celle du secret partagé, et du strict nécessaire.
Les soignants ne donnent jamais de diagnostic en séance. On parle de ce qu'on observe, des difficultés de la personne dans sa vie quotidienne, de ce qui est possible ou pas.
Tous les membres signent la charte de confidentialité, et les situations sont présentées sous forme anonymisée pour les partenaires qui ne sont pas directement impliqués.
Et encore une fois, la personne est informée et a donné son accord. D'ailleurs, parfois, la personne elle-même vient en commission, accompagnée.
Ça arrive deux ou trois fois par an, et ce sont souvent les séances les plus utiles."""),
    (KH, """Je complète juste. Pour nous, soignants, ce qui a rendu les choses possibles, c'est justement d'avoir un cadre écrit. Sans charte, honnêtement, beaucoup de psychiatres ne viendraient pas."""),
    (EM, """Deuxième question, qui est un peu liée. Et si la personne refuse ? Est-ce qu'on peut quand même porter sa situation en commission ?"""),
    (SK, """Non. Sauf une exception : quand la personne refuse mais que les professionnels ont besoin d'un avis pour savoir comment entrer en contact avec elle.
Là, on peut présenter la situation de manière totalement anonyme, sans aucun élément qui permette de l'identifier, pour une réflexion collective. Mais on ne prend aucune décision la concernant.
Et je précise, la commission n'est pas un dispositif d'urgence. Si quelqu'un est en danger, on ne remplit pas une fiche de saisine, on appelle le quinze."""),
    (EM, """Je vois qu'on a dans le chat une question de quelqu'un qui débute dans la fonction et qui demande, je cite, c'est quoi exactement le SIAO, qu'on a cité plusieurs fois. Thomas, vous voulez bien répondre ?"""),
    (TW, """Bien sûr, et c'est une très bonne question, on oublie toujours que nos acronymes ne sont pas universels. Le SIAO, c'est le service intégré d'accueil et d'orientation.
Il en existe un par département. C'est lui qui centralise les demandes d'hébergement et de logement accompagné, et qui oriente les personnes vers les places disponibles. C'est aussi lui qui gère le numéro d'urgence, le cent quinze.
Pour nous, c'est un partenaire incontournable. Toutes les entrées dans Toit Partagé passent par la commission d'orientation du SIAO."""),
    (EM, """Merci. Et une question complémentaire pour Sandrine. Vous avez parlé d'une évaluation de la commission l'an dernier. Comment vous l'avez menée ?"""),
    (SK, """On a fait quelque chose de simple. Un questionnaire en ligne envoyé aux cinquante-deux professionnels qui avaient participé au moins une fois à une séance, et on a eu trente-huit réponses.
Quatre-vingt-douze pour cent des répondants jugeaient la commission utile ou très utile. Ce qui ressortait le plus, c'était la meilleure connaissance des partenaires et le fait d'avoir un référent de parcours identifié.
Les points faibles, c'était le délai, jugé encore trop long quand une procédure d'expulsion est en cours, et le manque de retour aux professionnels qui avaient saisi la commission. On a corrigé ça cette année avec un compte rendu systématique au saisissant sous huit jours."""),
    (EM, """Question de Julien, chargé de mission politique de la ville dans les Ardennes : comment est financé le poste de coordination du CLSM ? C'est peut-être pour vous, Sandrine."""),
    (SK, """Oui. Mon poste est financé à cinquante pour cent par l'ARS, à trente pour cent par la ville, et les vingt pour cent restants sur les crédits politique de la ville, via le contrat de ville.
On a la chance que le nouveau contrat de ville, Engagements Quartiers 2030, ait inscrit la santé mentale comme un enjeu prioritaire, ce qui a sécurisé cette part-là jusqu'à la fin du contrat.
La CASC elle-même n'a pas de budget propre. Elle repose sur le temps que chaque institution accepte de mettre à disposition."""),
    (EM, """Une question pour Thomas. Est-ce que le dispositif Toit Partagé peut accueillir des personnes qui ne sont pas suivies en psychiatrie au moment de l'entrée ?"""),
    (TW, """Oui, tout à fait, et c'est même le cœur du logement d'abord. On ne demande pas un suivi psychiatrique comme condition d'entrée.
En revanche, il faut que la personne ait un besoin d'accompagnement lié à des troubles psychiques, ce qui est évalué par une commission d'orientation qui associe le SIAO et l'équipe mobile.
Et la personne doit être d'accord pour recevoir des visites de l'équipe, au moins une fois par semaine au début. C'est la seule condition réelle."""),
    (EM, """Il y a une question de Fatou, qui travaille dans un centre social, sur la composition de l'équipe mobile, justement. Est-ce que vous intervenez aussi auprès des familles avec enfants, docteur ?"""),
    (KH, """Oui, on peut intervenir auprès d'un parent, mais nous sommes une équipe de psychiatrie adulte. Pour les enfants, on fait le lien avec le centre médico-psychologique infanto-juvénile et avec la protection maternelle et infantile.
Et je rappelle que les équipes mobiles peuvent être sollicitées par n'importe quel professionnel, pas seulement par des soignants. Un centre social peut nous appeler, sans problème."""),
    (EM, """Et une dernière question, plutôt pour Nathalie, de la part d'un participant qui travaille dans un territoire rural. Est-ce qu'un petit bailleur, ou une commune sans CLSM, peut mettre en place ce type de cellule de veille ?"""),
    (NG, """Je pense que oui, à une échelle plus modeste. La cellule de veille, ça ne demande pas de gros moyens.
Il faut une personne qui l'anime, des critères clairs pour savoir quelles situations on y amène, et surtout des partenaires à appeler derrière.
Là où il n'y a pas de CLSM, je dirais qu'il faut aller chercher le conseil départemental et l'équipe de secteur psychiatrique, et commencer par deux ou trois situations. C'est comme ça qu'on a commencé, nous aussi."""),
    (KH, """Et je me permets d'ajouter qu'il existe des équipes mobiles psychiatrie précarité dans presque tous les départements de la région. N'hésitez pas à les solliciter, même pour un simple conseil téléphonique."""),
    (EM, """Il nous reste quelques minutes. Je vous propose un petit tour de table. Si un coordinateur ou une coordinatrice de CLSM qui nous écoute voulait se lancer demain sur le sujet du logement, quel serait votre conseil ? Docteur, on commence par vous ?"""),
    (KH, """Mon conseil, ce serait d'aller voir votre équipe de secteur et votre équipe mobile avant de créer quoi que ce soit. Demandez-leur quelles situations les mettent en difficulté. Vous partirez de leurs besoins, et vous aurez des soignants autour de la table dès le départ."""),
    (SK, """Pour moi, ce serait de commencer petit. Trois ou quatre partenaires, quelques situations, une charte rédigée ensemble. On a voulu faire trop grand la première année, avec quinze membres permanents, et c'était ingérable. Et surtout, écrivez la règle sur l'accord de la personne dès le début."""),
    (TW, """Moi je dirais : invitez les associations qui font du logement accompagné. On est souvent oubliés dans les CLSM parce qu'on n'est ni du soin ni des institutions, alors qu'on voit les personnes toutes les semaines, chez elles."""),
    (NG, """Et de mon côté, appelez les bailleurs, et pas seulement le directeur. Demandez à rencontrer les gardiens, les chargés de gestion de proximité. Ce sont eux qui savent. Et proposez-leur une formation, c'est souvent la meilleure porte d'entrée."""),
    (EM, """Merci à tous les quatre. On arrive à la fin, je vais vous proposer trois messages à retenir, de mon point de vue d'animatrice.
Premier message, le logement est un déterminant de santé mentale à part entière, et la santé mentale est un enjeu de maintien dans le logement. Les deux politiques doivent se parler.
Deuxième message, une commission de cas complexes ne fonctionne que si elle a un cadre écrit, une coordination dédiée et une règle claire sur l'accord de la personne.
Troisième message, les bailleurs sociaux sont des partenaires à part entière des conseils locaux de santé mentale, et pas seulement des interlocuteurs au moment du contentieux.
Je vous rappelle que le replay, le diaporama et une fiche de synthèse seront disponibles sur le site de Quartiers Ressources Grand Est d'ici une semaine.
Sandrine a également accepté de partager la fiche de saisine et la charte de la CASC, qui seront en ligne avec les autres documents.
Et je vous donne rendez-vous pour la prochaine séance du cycle, le jeudi vingt-deux janvier 2026, de quatorze heures à seize heures, sur la santé mentale des jeunes dans les quartiers prioritaires. Les inscriptions sont ouvertes sur notre site.
Merci à toutes et à tous, et très bonne fin de journée."""),
]

WORDS_PER_SEC = 2.42
MAX_WORDS = 15


def split_cues(text):
    """Découpe un tour de parole en repères de 15 mots au plus, aux fins de phrase ou aux virgules."""
    sentences = re.split(r"(?<=[.?!])\s+|\n+", text.strip())
    cues = []
    for s in sentences:
        s = s.strip()
        if not s:
            continue
        words = s.split()
        if len(words) <= MAX_WORDS:
            cues.append(s)
            continue
        # couper aux virgules si possible, sinon au nombre de mots
        parts, cur = [], []
        for w in words:
            cur.append(w)
            if (w.endswith(",") or w.endswith(":")) and len(cur) >= 6:
                parts.append(" ".join(cur))
                cur = []
            elif len(cur) >= MAX_WORDS:
                parts.append(" ".join(cur))
                cur = []
        if cur:
            if parts and len(cur) < 4:
                parts[-1] += " " + " ".join(cur)
            else:
                parts.append(" ".join(cur))
        cues.extend(parts)
    return cues


def fmt(t):
    h = int(t // 3600)
    m = int((t % 3600) // 60)
    s = t - h * 3600 - m * 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def main():
    t = 4.2
    out = ["WEBVTT", ""]
    n = 0
    prev = None
    total_words = 0
    for speaker, text in TURNS:
        if prev is not None and speaker != prev:
            t += 1.6
        elif prev is not None:
            t += 0.8
        for cue in split_cues(text):
            nw = len(cue.split())
            total_words += nw
            dur = max(1.4, nw / WORDS_PER_SEC)
            n += 1
            out.append(str(n))
            out.append("%s --> %s" % (fmt(t), fmt(t + dur)))
            out.append("%s: %s" % (speaker, cue))
            out.append("")
            t += dur + 0.25
        prev = speaker
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("%s : %d repères, %d mots, durée %s" % (os.path.basename(OUT), n, total_words, fmt(t)))


if __name__ == "__main__":
    main()
