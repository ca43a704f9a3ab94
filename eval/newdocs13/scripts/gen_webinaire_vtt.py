# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT (~35 min) du webinaire de Ressources Quartiers Occitanie
« CLSM et aller-vers : rencontrer les habitants des quartiers prioritaires là où ils sont » (jeudi 12 mars 2026).

Tout est fictif : villes, personnes, structures, chiffres. Orateurs en balises de voix <v Nom>, sans « Nom : ».
Le minutage est calculé à partir du nombre de mots (environ 135 mots par minute, hésitations comprises), avec de
courts silences aux changements d'orateur. Quelques chiffres et dates sont dits en toutes lettres, comme à l'oral.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-03-12_ressources-quartiers-occitanie_webinaire-clsm-aller-vers-qpv.vtt")

HC = "Hélène Castagné"
SB = "Samia Boukhris"
BF = "Bastien Ferrandou"
NV = "Nadia Vidal"
JR = "Jean-Marc Rieutort"
LD = "Loïc Darnaud"

TURNS = [
    (HC, """Bonjour à toutes et à tous. On attend encore, euh, une petite minute, je vois que ça continue de se connecter.
Voilà. Alors je pense qu'on peut y aller. Bonjour et bienvenue à ce webinaire de Ressources Quartiers Occitanie, le centre de ressources politique de la ville de la région.
Je suis Hélène Castagné, chargée de mission santé et prévention au centre de ressources, et je vais animer cette séance qui, normalement, doit durer une heure, on va essayer de tenir.
Deux ou trois points pratiques. Le webinaire est enregistré. Le replay, la transcription et le diaporama seront en ligne sur notre site d'ici une semaine, dans la rubrique santé mentale.
Les micros sont coupés. Vous pouvez écrire vos questions dans la conversation, le chat, et je les lirai dans la deuxième partie. Il y aura aussi un temps où ceux qui le souhaitent pourront prendre la parole.
On est ce matin, je regarde, quatre-vingt-dix-sept connectés. Pour cent trente inscrits. Donc merci d'être là, c'est une belle mobilisation pour un jeudi matin.
Ce webinaire, on l'organise avec la coordination régionale des conseils locaux de santé mentale, et je remercie d'ailleurs l'équipe pour son aide à la préparation."""),
    (HC, """Le thème, vous l'avez vu dans l'invitation, c'est l'aller-vers. Aller à la rencontre des habitants des quartiers prioritaires qui sont en souffrance psychique mais qui ne poussent pas la porte des services.
C'est une demande qui est remontée très fort de notre réseau, notamment lors de la journée régionale de l'automne dernier, où, euh, sur les ateliers, presque un tiers des questions portaient là-dessus.
Et on a choisi de partir d'une expérience concrète, celle de Montravel, une ville de quarante-huit mille habitants, avec deux quartiers prioritaires, les Cigalières et le Haut-Ruisseau.
Pour la présenter, nous avons quatre intervenants. Samia Boukhris, coordinatrice du conseil local de santé mentale de Montravel.
Le docteur Bastien Ferrandou, psychiatre, qui est responsable de l'équipe mobile Passerelle au centre hospitalier de Saint-Vérane.
Nadia Vidal, médiatrice santé à l'association Trait d'Union Quartiers. Et Jean-Marc Rieutort, adjoint au maire de Montravel délégué à la santé et à la solidarité, qui préside le CLSM.
Samia, je te laisse commencer par le contexte."""),
    (SB, """Merci Hélène. Bonjour à tous. Alors je vais faire, euh, je vais faire simple. Le CLSM de Montravel existe depuis deux mille seize.
Il a été créé à l'époque à partir de l'atelier santé ville, et c'est pour ça qu'il a dès le départ été très tourné vers les quartiers.
J'ai un poste de coordinatrice à temps plein, financé à moitié par l'agence régionale de santé et à moitié par la ville.
Le CLSM, c'est une assemblée plénière d'à peu près soixante-dix membres, un comité de pilotage, et trois groupes de travail : un sur le logement, un sur les jeunes, et depuis deux ans un sur l'accès aux soins dans les quartiers.
Et c'est justement ce groupe accès aux soins qui est à l'origine du projet dont on va parler."""),
    (SB, """En deux mille vingt-trois, on a fait un petit diagnostic. Rien de très scientifique, hein, on n'avait pas les moyens d'un observatoire. Des questionnaires auprès des habitants sur le marché, des entretiens avec les partenaires, et les données du CMP.
Et ce qui est ressorti, c'est que sur les personnes qui disaient avoir traversé une période de souffrance psychique importante dans l'année, seulement une sur cinq avait consulté quelqu'un. Un médecin, un psy, n'importe qui.
Une sur cinq. Et quand on demandait pourquoi, les réponses c'était : je ne savais pas où aller, c'est trop loin, c'est pour les fous, ou j'ai appelé et on m'a donné un rendez-vous dans quatre mois.
Au CMP adultes à l'époque, le délai pour un premier rendez-vous, c'était à peu près trois mois et demi. Donc, voilà, on avait à la fois un problème de distance, géographique mais surtout symbolique, et un problème de délai.
C'est de là qu'est née l'idée d'aller vers les habitants plutôt que d'attendre qu'ils viennent."""),
    (SB, """Le dispositif s'appelle « Santé mentale en bas de chez vous ». On l'a lancé le quatorze octobre deux mille vingt-quatre, après presque un an de préparation.
Concrètement, c'est un camion aménagé, enfin un petit fourgon, que les habitants ont baptisé la Caravelle. Ce n'est pas nous qui avons choisi le nom, c'est issu d'un vote au centre social, et je trouve que c'est plutôt bien trouvé.
La Caravelle est présente deux demi-journées par semaine : le mardi matin aux Cigalières, sur la place du marché, et le jeudi après-midi au Haut-Ruisseau, devant la maison de quartier.
À bord, il y a toujours un binôme : une infirmière ou un infirmier de l'équipe mobile Passerelle, et une médiatrice santé de Trait d'Union Quartiers. Le docteur Ferrandou et Nadia vont vous en parler.
Il y a un café, il y a des flyers, il y a des jeux pour les enfants. Et on s'est rendu compte que le café, franchement, c'est peut-être l'outil le plus important du dispositif."""),
    (HC, """Merci Samia. Docteur Ferrandou, peut-être, avant d'entrer dans le concret, qu'est-ce que vous mettez derrière ce mot, aller-vers, qu'on entend partout en ce moment ?"""),
    (BF, """Oui. Bonjour à tous. Alors c'est vrai que le mot est un peu, euh, un peu galvaudé. Tout le monde fait de l'aller-vers aujourd'hui.
Pour moi, l'aller-vers, c'est sortir d'une logique de guichet. Une logique où le service attend que la personne formule une demande, dans les bonnes formes, au bon endroit, aux bonnes heures.
C'est se déplacer physiquement, mais c'est surtout se déplacer dans sa posture : accepter que la demande ne soit pas formulée, qu'elle arrive de biais, parfois au bout de plusieurs rencontres.
Quelqu'un vient chercher un café, demande un renseignement sur la CAF, et au troisième passage, il vous dit : en fait, mon fils ne sort plus de sa chambre depuis six mois.
Et ça, aucun guichet ne le recueille."""),
    (BF, """Deuxième chose importante : l'aller-vers, ce n'est pas faire de la psychiatrie sur le trottoir. On ne fait pas de diagnostic dans la rue. On ne fait pas de consultation dans le camion.
Le rôle de l'infirmier de la Caravelle, c'est d'écouter, d'évaluer un peu le niveau d'urgence, et de faire le lien. Un pont, si vous voulez, vers le droit commun. D'où le nom de l'équipe, d'ailleurs, Passerelle.
L'équipe mobile Passerelle, pour vous situer, c'est quatre infirmiers, une psychologue, une secrétaire à mi-temps, et moi à, euh, trente pour cent de mon temps. Elle existait avant la Caravelle, elle intervenait déjà dans les centres d'hébergement et les accueils de jour.
Ce que la Caravelle a changé, c'est qu'on intervient maintenant aussi, de façon régulière, dans l'espace public des quartiers. Sans attendre un signalement."""),
    (BF, """Et pour que le pont fonctionne, il faut qu'il y ait quelque chose de l'autre côté. C'est là qu'on a négocié, au sein du CLSM, quelque chose qui a été décisif.
Le CMP adultes Jean-Moulin réserve deux créneaux de premier rendez-vous par semaine pour les personnes orientées par le binôme de la Caravelle.
Deux créneaux, ça paraît peu. Mais résultat, pour ces personnes-là, le délai d'accès à un premier rendez-vous est d'environ dix jours, au lieu de trois mois et demi.
Alors je sais ce que certains vont dire : c'est un coupe-file, c'est injuste pour les autres. On en a beaucoup discuté avec l'équipe du CMP. Notre position, c'est que ces personnes-là, si on leur donne rendez-vous dans trois mois, elles ne viennent pas. Ce n'est pas un coupe-file, c'est la condition pour qu'il y ait un accès tout court."""),
    (BF, """Il y a aussi la question des situations urgentes, parce qu'on nous la pose souvent. Qu'est-ce qui se passe si, sur la place, quelqu'un est en crise, ou parle de se suicider ?
Là, on a un protocole, écrit, validé par le comité de pilotage du CLSM. L'infirmier évalue le risque. Si le risque est élevé, on ne laisse pas la personne repartir seule : on appelle le psychiatre de garde des urgences de Saint-Vérane, et si besoin le quinze.
Et on a, euh, on a aussi systématiquement le réflexe du trois mille cent quatorze, le numéro national de prévention du suicide, qu'on donne aux personnes et aux proches. On a des petites cartes avec le numéro, qu'on laisse sur la table.
En un an et demi, on a eu, je crois, cinq situations de ce type. Cinq. C'est peu, mais chacune de ces situations, sans la Caravelle, on ne l'aurait sans doute pas vue à temps."""),
    (HC, """Samia, pardon, je crois qu'on a perdu ton son. Samia ? Ah, voilà, c'est revenu. Tu voulais compléter sur le lien avec les partenaires ?"""),
    (SB, """Oui, pardon, j'étais en sourdine, classique. Je voulais juste dire que tout ça ne tient que parce qu'il y a un comité de suivi de la Caravelle, qui est une émanation du groupe accès aux soins du CLSM.
On y retrouve l'équipe mobile, le CMP Jean-Moulin, Trait d'Union Quartiers, le centre social des Cigalières, la maison de quartier du Haut-Ruisseau, Occitalys Habitat, et depuis l'an dernier le centre communal d'action sociale.
On a aussi construit ensemble une fiche de liaison, une seule page, que le binôme remplit quand il oriente quelqu'un. Avec l'accord de la personne, bien sûr. Comme ça le CMP sait d'où vient la personne et pourquoi, et elle n'a pas à tout raconter trois fois."""),
    (HC, """Merci. Nadia, toi tu es de l'autre côté du binôme. Médiatrice santé. Comment ça se passe, concrètement, une demi-journée sur la Caravelle ?"""),
    (NV, """Bonjour tout le monde. Alors, euh, une matinée type. On arrive vers neuf heures sur la place, on installe le barnum, la petite tente, les chaises, le café. Vers neuf heures et demie, les premières personnes arrivent, souvent ce sont des mamans qui ont déposé les enfants à l'école.
Moi je suis médiatrice santé depuis six ans à Trait d'Union Quartiers, avant j'étais adulte-relais. J'habite aux Cigalières depuis toujours. Donc les gens me connaissent, ils connaissent ma mère, voilà, ça aide beaucoup, ça peut aussi gêner parfois, on en reparlera peut-être.
Mon rôle, c'est d'accueillir, de discuter, de faire le lien avec l'infirmier quand je sens qu'il y a quelque chose. Et aussi d'accompagner physiquement : si la personne a rendez-vous au CMP et qu'elle a peur d'y aller seule, je peux l'accompagner la première fois.
Ce qu'on a appris, c'est que la confiance, ça ne se décrète pas. Il faut en moyenne trois ou quatre passages avant que quelqu'un parle vraiment de ce qui ne va pas. Au début, on parle de la pluie, du beau temps, des papiers."""),
    (NV, """Je peux vous donner un exemple. Une dame, je vais l'appeler madame K., qui venait tous les mardis prendre un café, pendant, je dirais, un mois et demi. Elle parlait de ses enfants, de ses problèmes avec la CAF.
Et un matin elle est restée après que tout le monde soit parti, et elle m'a dit qu'elle ne dormait plus depuis la mort de son mari, qu'elle avait des idées noires. Là, j'ai appelé l'infirmier, on s'est mis un peu à l'écart.
Elle a eu un rendez-vous au CMP la semaine d'après, je l'ai accompagnée. Aujourd'hui elle est suivie, et elle vient toujours au café le mardi. Elle amène même des voisines.
C'est ça, pour moi, l'aller-vers. C'est être là, régulièrement, au même endroit, à la même heure. La régularité, c'est le plus important. Si on annule, si on change d'horaire, on perd tout."""),
    (HC, """Merci Nadia, c'est très parlant. Samia, est-ce que tu peux nous donner quelques chiffres, puisqu'on a maintenant un peu de recul ?"""),
    (SB, """Oui. Alors les chiffres que je vous donne, ce sont ceux de l'année deux mille vingt-cinq, qui est la première année complète. Pour les trois mois de deux mille vingt-quatre, on avait encore des outils de recueil pas stabilisés, donc je préfère ne pas les donner.
Sur deux mille vingt-cinq, on a eu quatre cent vingt-sept contacts. Un contact, c'est une conversation d'au moins quelques minutes, pas juste quelqu'un qui prend un flyer.
Ces quatre cent vingt-sept contacts correspondent à deux cent soixante-huit personnes différentes. Cinquante-huit pour cent de femmes. Et un tiers de moins de vingt-cinq ans, ce qui nous a surpris, on ne s'attendait pas à toucher autant de jeunes.
On a fait quatre-vingt-quatorze orientations. Dont soixante et une vers le CMP, dix-sept vers un médecin généraliste, neuf vers le GEM, le groupe d'entraide mutuelle, et sept vers d'autres structures, la maison des adolescents principalement.
Et le chiffre dont on est le plus fiers, c'est que soixante-douze pour cent des personnes orientées ont effectivement eu un premier rendez-vous. Alors que d'habitude, sur les orientations classiques, on estimait que moins de la moitié allaient au bout."""),
    (SB, """Côté budget, puisque c'est toujours la question, le fonctionnement de la Caravelle coûte soixante-quatorze mille cinq cents euros par an.
Ça comprend le temps infirmier, le temps de médiation, le carburant, l'assurance, le café, les petites fournitures.
C'est financé à quarante mille euros par l'ARS sur le fonds d'intervention régional, vingt-deux mille par les crédits politique de la ville de l'État au titre du contrat de ville, et douze mille cinq cents par la ville.
Le fourgon lui-même, l'investissement, c'était trente et un mille euros, et il a été payé par le bailleur Occitalys Habitat et par une fondation d'entreprise. On n'a pas eu à le financer sur les crédits du CLSM."""),
    (HC, """Merci. Monsieur Rieutort, vous êtes l'élu qui préside le CLSM. Comment un élu s'empare d'un projet comme ça, et, euh, comment vous l'avez défendu ?"""),
    (JR, """Bonjour à tous. Écoutez, je vais être franc. Quand Samia et le groupe de travail sont venus me voir avec ce projet, ma première réaction ça a été : un camion de psychiatrie sur la place du marché, les gens vont se moquer, personne ne va venir.
Et puis on a fait une visite à, euh, à une ville qui avait un dispositif un peu comparable, et j'ai changé d'avis. Ce que j'ai compris, c'est que le rôle de l'élu, ce n'est pas de concevoir le dispositif. C'est de le porter.
Le porter au conseil municipal, où il a fallu faire voter la participation de la ville. Le porter auprès de l'ARS et de la préfecture. Et le porter auprès des habitants, parce que le maire et les adjoints, on est sur le marché aussi, on nous pose des questions.
Il y a une chose sur laquelle j'ai été très vigilant, et je le dis aux élus qui nous écoutent. La Caravelle n'est pas un outil de tranquillité publique. Il y a eu des demandes, je ne vous le cache pas, pour qu'elle intervienne sur des situations de troubles du voisinage, ou pour faire remonter des informations.
J'ai refusé. Si les habitants pensent que la médiatrice et l'infirmier sont là pour surveiller, c'est fini, plus personne ne parlera. Le secret, la confidentialité, c'est la condition de tout le reste."""),
    (JR, """Et je voudrais ajouter une chose. Le conseil municipal a voté, le douze décembre dernier, la pérennisation de la participation de la ville pour trois ans, deux mille vingt-six à deux mille vingt-huit. À l'unanimité. Ça, c'est important, parce que ça veut dire que ce n'est plus le projet d'un adjoint, c'est le projet de la ville, quelle que soit la majorité."""),
    (HC, """Et comment vous faites le lien avec le projet territorial de santé mentale, le PTSM du département ?"""),
    (JR, """Alors le PTSM, c'est un peu la feuille de route départementale, et l'aller-vers dans les quartiers prioritaires y est inscrit comme une action prioritaire, l'action douze je crois. C'est d'ailleurs ce qui nous a permis d'obtenir le financement de l'ARS.
Le CLSM, lui, c'est la déclinaison locale. Moi je siège au comité de suivi du PTSM au titre des élus, avec deux autres maires du département. Et je dis toujours que le CLSM, c'est l'endroit où le PTSM devient concret pour les habitants. Sinon, ça reste un document."""),
    (HC, """Merci beaucoup. On va passer aux questions, il y en a beaucoup dans le chat. Je commence par une question de Claire, qui est coordinatrice d'un contrat de ville. Elle demande : comment vous gérez la confidentialité dans l'espace public ? Parce que sur une place de marché, tout le monde voit qui vient parler à qui."""),
    (NV, """Oui, c'est une vraie question. Alors d'abord, tout le monde vient au camion. Il y a des gens qui viennent juste pour le café, pour les enfants, pour un renseignement. Donc venir au camion, ça ne dit rien sur vous. C'est pour ça que le café est si important, je le redis.
Ensuite, on a un petit espace à l'arrière du fourgon, avec un rideau, où on peut parler à deux ou trois sans être entendus. Et on ne note jamais le nom d'une personne sans son accord. Sur nos fiches, c'est un prénom ou des initiales, c'est tout."""),
    (HC, """Une autre question, de Mathieu, dans le chat : quel temps de coordination ça représente pour la coordinatrice du CLSM ?"""),
    (SB, """Alors, la première année, beaucoup trop. Honnêtement la première année, la préparation, c'était la moitié de mon temps. Aujourd'hui, que ça tourne, je dirais à peu près un tiers de mon temps, donc zéro virgule trois ETP, un peu plus.
C'est surtout le comité de suivi, qui se réunit tous les deux mois, avec le CMP, l'équipe mobile, Trait d'Union, le centre social et le bailleur. Et le travail sur les chiffres, le bilan, les demandes de subvention."""),
    (HC, """Je vois qu'il y a une main levée. Loïc, je vous donne la parole, vous pouvez activer votre micro."""),
    (LD, """Oui, bonjour, merci. Loïc Darnaud, je suis coordinateur du CLSM de Florac-les-Vignes. Nous, on est en zone rurale, on n'a pas de quartier prioritaire, on a des villages et des hameaux. Est-ce que vous pensez que ce genre de dispositif est transposable chez nous ?"""),
    (BF, """Je vais répondre, si vous permettez. Je pense que le principe est transposable, la régularité, le binôme soin et médiation, l'accroche par le café. Ce qui change, c'est la logistique.
En rural, le camion ne peut pas être deux fois par semaine au même endroit, il va faire une tournée. Je connais des équipes qui passent tous les quinze jours dans chaque bourg, le jour du marché. Et il faut trouver un équivalent de la médiatrice, quelqu'un du territoire, connu. Ça peut être une secrétaire de mairie, un animateur de la MSA. L'essentiel, c'est que ce soit quelqu'un de confiance, d'ici."""),
    (LD, """D'accord, merci, c'est très clair."""),
    (HC, """Une question d'Amina : est-ce que vous avez des besoins d'interprétariat, et comment vous faites ?"""),
    (NV, """Oui, beaucoup. Aux Cigalières, il y a beaucoup de familles qui parlent arabe, turc, et depuis deux ans aussi dari, des familles afghanes. Moi je parle arabe, ça aide, mais pour le reste on utilise une plateforme d'interprétariat par téléphone.
Le CLSM a prévu une ligne de trois mille euros par an pour ça, sur le budget de la Caravelle. On ne l'a pas toute consommée l'an dernier, mais ça monte."""),
    (HC, """Une question de Karim, qui travaille dans une mission locale : vous dites qu'un tiers des personnes ont moins de vingt-cinq ans. Qu'est-ce que vous faites pour les jeunes ?"""),
    (NV, """Oui, ça, ça nous a surpris. Beaucoup de jeunes viennent au camion, souvent en groupe, au début pour rigoler, pour le café, et puis il y en a un qui revient seul.
On travaille avec la maison des adolescents, qui a accepté de venir une fois par mois sur la Caravelle, le jeudi au Haut-Ruisseau. Et avec la mission locale, justement, qui oriente des jeunes vers nous.
Ce qu'on entend beaucoup chez les jeunes, c'est l'anxiété, le sommeil, les écrans, et, euh, la pression autour de l'argent. Et beaucoup ne savent pas qu'un psychologue peut être remboursé. Alors on explique le dispositif, on donne la liste des psychologues du secteur."""),
    (HC, """Une dernière question, de Françoise : est-ce que vous formez aussi les autres professionnels du quartier, les gardiens, les animateurs ?"""),
    (SB, """Oui, c'est le deuxième volet du projet, on n'en a pas beaucoup parlé. On a organisé des formations aux premiers secours en santé mentale, le PSSM. Une formation de deux jours, quatorze heures.
En deux mille vingt-cinq, on a formé dix-huit gardiens d'immeuble d'Occitalys Habitat et onze agents du centre social. Et l'idée, c'est que ces personnes-là, qui voient les habitants tous les jours, sachent repérer une situation et orienter vers la Caravelle. Et ça marche : une partie des personnes qui viennent au camion nous ont été envoyées par un gardien."""),
    (HC, """Merci. Il nous reste quelques minutes. Samia, peut-être, les suites, les projets ?"""),
    (SB, """Oui. Alors on a deux projets. Le premier, c'est d'étendre la Caravelle à un troisième quartier, les Aubépines, qui n'est pas un quartier prioritaire mais qui est un quartier de veille active, à partir de septembre deux mille vingt-six. Le financement n'est pas encore bouclé, on attend la réponse de l'ARS.
Le deuxième, c'est l'évaluation. On a une étudiante en master de santé publique qui fait son stage chez nous, et qui va interroger à la fois les habitants et les partenaires. Les résultats devraient être présentés à l'assemblée plénière du CLSM en juin."""),
    (HC, """Avant de conclure, je voudrais juste reprendre, euh, trois ou quatre choses que je retiens, et que je vois d'ailleurs revenir dans le chat.
La première, c'est que l'aller-vers ne marche que s'il y a un accès réel au soin derrière, et ici ça passe par les créneaux réservés au CMP. La deuxième, c'est le binôme, un soignant et une personne du quartier, chacun avec sa légitimité.
La troisième, c'est la régularité, même lieu, même heure, chaque semaine. Et la quatrième, c'est le portage politique, avec un vote en conseil municipal qui sécurise le financement.
Je signale aussi, pour ceux qui veulent aller plus loin, que nous publierons avec le replay une fiche expérience sur la Caravelle, et la liste des ressources citées aujourd'hui, notamment le guide régional de l'aller-vers en santé mentale, qui est paru en janvier."""),
    (HC, """Et une toute dernière question, rapide, de Sophie : est-ce que des pairs-aidants sont associés au dispositif ?"""),
    (SB, """Pas encore, c'est une vraie lacune. On en parle avec le GEM, le groupe d'entraide mutuelle de Montravel, qui s'appelle l'Escale. Deux adhérents seraient d'accord pour venir sur la Caravelle. Il faut qu'on trouve comment les défrayer correctement, et comment les former. C'est un chantier pour cette année."""),
    (HC, """Merci. Pour conclure, je vais demander à chacun une phrase, un conseil pour quelqu'un qui voudrait se lancer. Docteur Ferrandou ?"""),
    (BF, """Commencez par négocier l'accès au soin derrière. Sans les créneaux réservés au CMP, on aurait juste créé de la frustration."""),
    (NV, """La régularité. Soyez là chaque semaine, même quand il pleut, même quand personne ne vient."""),
    (JR, """Impliquez les élus dès le début, et faites voter le projet en conseil municipal. Ce qui est voté reste."""),
    (SB, """Et moi je dirais : partez des habitants. Le diagnostic, le nom du camion, les horaires, tout ça on l'a construit avec eux. Et, euh, et avec le café."""),
    (HC, """Merci à tous les quatre. Merci à vous tous d'avoir participé. Je rappelle que le replay et la transcription seront en ligne d'ici une semaine, avec le diaporama.
Et je vous donne rendez-vous pour le prochain webinaire du cycle, le jeudi vingt et un mai, même heure, sur la santé mentale des jeunes et les réseaux sociaux. Les inscriptions sont ouvertes sur notre site.
Bonne fin de matinée à tous, au revoir."""),
]


WORDS_PER_SEC = 2.15
MAX_WORDS = 16


def split_cues(text):
    """Découpe un tour de parole en repères : par phrase, puis par virgule si la phrase est longue."""
    cues = []
    for line in text.split("\n"):
        for sent in re.split(r"(?<=[.?!:])\s+", line.strip()):
            if not sent:
                continue
            words = sent.split()
            if len(words) <= MAX_WORDS:
                cues.append(sent)
                continue
            parts, cur = [], []
            for w in words:
                cur.append(w)
                if len(cur) >= 7 and (w.endswith(",") or len(cur) >= MAX_WORDS):
                    parts.append(" ".join(cur))
                    cur = []
            if cur:
                if len(cur) < 4 and parts:
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
    t = 6.5
    out = ["WEBVTT", "Kind: captions", "Language: fr", "",
           "NOTE Transcription du webinaire du 12 mars 2026, relue par Ressources Quartiers Occitanie.", ""]
    n = 0
    prev = None
    total_words = 0
    for speaker, text in TURNS:
        if prev is not None and speaker != prev:
            t += 2.1
        elif prev is not None:
            t += 1.0
        for cue in split_cues(text):
            nw = len(cue.split())
            total_words += nw
            dur = max(1.5, nw / WORDS_PER_SEC)
            n += 1
            out.append(str(n))
            out.append("%s --> %s" % (fmt(t), fmt(t + dur)))
            out.append("<v %s>%s</v>" % (speaker, cue))
            out.append("")
            t += dur + 0.3
        prev = speaker
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("%s : %d repères, %d mots, durée %s" % (os.path.basename(OUT), n, total_words, fmt(t)))


if __name__ == "__main__":
    main()
