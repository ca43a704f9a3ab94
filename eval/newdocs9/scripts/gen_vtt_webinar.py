"""A 45-minute webinar captioned by a human captioner in the French "SME" style (sous-titrage pour sourds et
malentendants): no speaker names on the cues, one colour class per speaker (<c.jaune>...</c>) explained once
in a NOTE legend, sound descriptions in <c.rouge>, a STYLE block, no cue ids, cue settings, numbers partly
spelled out as they were said. Five speakers plus participants who unmute, questions read from the chat,
digressions and a dropped connection.
"""
import pathlib
import re
import textwrap

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2025-10-14_territoires-cohesion-ouest_webinaire-sante-mentale-jeunes-qpv.vtt"

CPS = 11.9  # characters per second of speech

# speaker colour classes
M, E, A, S, K, P = "blanc", "jaune", "cyan", "vert", "magenta", "bleu"
SND, PAUSE = "SND", "PAUSE"

T = [
    ("SND", "Musique d'attente"),
    ("PAUSE", 38),
    (M, "Bonjour à toutes et à tous ! Je vois que les participants continuent d'arriver, on va laisser encore "
        "une petite minute… Voilà. Bienvenue à ce septième rendez-vous de la cohésion. Je suis Morgane Le Gall, "
        "chargée de mission santé et cohésion sociale à Territoires et Cohésion Ouest, le centre de ressources "
        "politique de la ville de Bretagne, et j'aurai le plaisir d'animer cette matinée."),
    (M, "Aujourd'hui on parle de santé mentale des jeunes dans les quartiers prioritaires, et plus précisément de ce "
        "que peuvent faire les conseils locaux de santé mentale, les CLSM. Vous êtes nombreux : on a cent soixante-huit "
        "inscrits, ce qui est un record pour nos webinaires, ça montre bien que le sujet vous préoccupe."),
    (M, "Quelques consignes avant de commencer. Vos micros et caméras sont coupés. Posez vos questions dans la "
        "conversation, le chat, tout au long de la séance, je les regrouperai pour le temps d'échange de la fin. Le "
        "webinaire est enregistré et sous-titré ; le replay et le diaporama seront en ligne sous huit jours sur notre "
        "site, et vous recevrez le lien par courriel."),
    (M, "Avant d'entrer dans le vif du sujet, un petit sondage pour savoir qui est là. Je lance la question… Vous "
        "avez trente secondes pour répondre."),
    (PAUSE, 22),
    (M, "Alors, les résultats : vous êtes 41 % de coordinateurs ou coordinatrices de CLSM, 23 % de professionnels de la "
        "politique de la ville, chefs de projet, délégués du préfet, 18 % de professionnels de la jeunesse, 11 % "
        "d'élus, et 7 % d'autres profils, dont des soignants. Merci ! C'est un public très mélangé, et c'est tant "
        "mieux, parce que c'est justement l'esprit des CLSM."),
    (M, "Pour ceux qui nous découvrent, Territoires et Cohésion Ouest accompagne les acteurs de la politique de la "
        "ville de la région : on organise des formations, des cycles de qualification, des webinaires comme "
        "celui-ci, et on diffuse une lettre d'information mensuelle. Sur la santé mentale, on travaille depuis 2023 "
        "avec l'ARS Bretagne et avec le Centre national de ressources et d'appui aux CLSM."),
    (M, "Pourquoi ce sujet ? Parce que, vous le savez, les indicateurs sont préoccupants. L'enquête de "
        "l'observatoire régional de la santé publiée l'an dernier montre que 29 % des habitants des quartiers "
        "prioritaires bretons déclarent un état de santé mentale dégradé, contre 19 % hors quartiers prioritaires. Et "
        "chez les jeunes, on sait que depuis le Covid les passages aux urgences pour gestes suicidaires ont fortement "
        "augmenté, en particulier chez les jeunes filles."),
    (M, "Pour en parler, j'ai le plaisir d'accueillir quatre intervenants. Erwan Guillou, coordinateur du CLSM de "
        "Kerhoren. Le docteur Anaïs Rohou, pédopsychiatre, médecin responsable de la Maison des adolescents du Pays "
        "de l'Ellé. Sylvie Marrec, adjointe au maire de Landivic, chargée de la santé et de la politique de la ville. "
        "Et Karim Benslimane, éducateur spécialisé, qui dirige le Point accueil écoute jeunes de Landivic, "
        "« L'Escale »."),
    (M, "Le déroulé : Erwan va nous présenter dix minutes d'expérience de Kerhoren, puis le docteur Rohou nous aidera "
        "à y voir plus clair dans qui fait quoi, et ensuite Sylvie et Karim nous parleront de Landivic en duo, l'élue "
        "et le terrain. On garde au moins vingt minutes pour vos questions. Erwan, la parole est à vous."),
    (E, "Merci Morgane, bonjour à tous. Alors je vais partager mon écran… Est-ce que vous voyez bien le diaporama ?"),
    (M, "Oui, c'est parfait."),
    (E, "Super. Alors Kerhoren, pour ceux qui ne connaissent pas, c'est une commune de vingt et un mille habitants, "
        "avec un quartier prioritaire, le Moulin-Vert, qui compte à peu près trois mille quatre cents habitants. Et "
        "c'est un quartier très jeune : 38 % des habitants du Moulin-Vert ont moins de vingt-cinq ans."),
    (E, "Notre CLSM a été créé en 2019. Au départ, comme beaucoup de CLSM, on travaillait surtout sur les adultes, sur "
        "les situations complexes, le logement, l'incurie. Et en 2021, les partenaires de l'éducation, les collèges, "
        "le centre social, nous ont alertés : ils voyaient arriver des jeunes en grande souffrance, avec des "
        "phobies scolaires, des scarifications, et ils ne savaient pas vers qui les orienter."),
    (E, "Donc en 2022 on a créé un groupe de travail « santé mentale des jeunes ». On a commencé par un petit "
        "diagnostic, on a fait quarante-six entretiens avec des professionnels, des parents et des jeunes eux-mêmes. "
        "Et le premier constat, c'était le délai d'accès au CMP infanto-juvénile : en 2023 il fallait attendre neuf "
        "mois pour un premier rendez-vous. Neuf mois. Pour un ado de quatorze ans, neuf mois c'est une éternité."),
    (E, "Ce diagnostic a aussi montré autre chose, qui nous a surpris : les professionnels ne se connaissaient pas. "
        "L'infirmière scolaire du collège Jean-Jaurès ne connaissait pas l'éducateur de prévention qui travaillait "
        "dans la rue d'à côté. Donc avant même de lancer des actions, on a organisé des rencontres, des petits "
        "déjeuners, tout bêtement, pour que les gens se rencontrent. Ça a l'air de rien, mais c'est souvent ça, le "
        "premier apport d'un CLSM."),
    (E, "Alors qu'est-ce qu'on a fait ? Première action, et c'est celle dont on est le plus fiers : la consultation "
        "avancée. Depuis septembre 2023, une psychologue et une infirmière du CMP infanto-juvénile viennent un "
        "mercredi sur deux au centre social du Moulin-Vert. Les familles n'ont plus à traverser la ville, et surtout "
        "ça permet un premier contact rapide. Résultat : en 2025, le délai pour un premier rendez-vous est descendu "
        "à cinq mois. C'est encore trop, on est d'accord, mais on a gagné quatre mois."),
    (E, "Deuxième action : la cellule de veille dans les deux collèges. Une fois par mois, le CPE, l'infirmière "
        "scolaire, l'assistante sociale du collège et l'éducateur de prévention se réunissent pour parler des élèves "
        "qui les inquiètent. En 2024, cette cellule a permis d'orienter trente-sept jeunes vers le CMP ou vers la "
        "Maison des adolescents."),
    (E, "Et là je vois venir la question, parce qu'on me la pose à chaque fois : et le secret ? Alors, la cellule de "
        "veille fonctionne avec une charte, signée par chaque participant. On ne partage que ce qui est nécessaire, "
        "les familles sont informées, et quand c'est possible on demande l'accord du jeune et de ses parents avant "
        "d'en parler. La charte, on l'a construite avec l'aide du Centre national de ressources, et on la met à "
        "disposition de ceux qui la veulent."),
    (E, "Troisième action : la formation. On a formé aux premiers secours en santé mentale, le module jeunes, "
        "quarante-six professionnels en 2024 à Kerhoren : des animateurs, des entraîneurs sportifs, des agents "
        "d'accueil, des assistantes maternelles aussi. Et d'ailleurs, petite parenthèse, c'est le club de foot du "
        "quartier, l'US Moulin-Vert, qui a été le plus demandeur. Le président du club m'a dit : « Mes éducateurs "
        "voient les gamins trois fois par semaine, ils voient bien quand ça ne va pas, mais ils ne savent pas quoi "
        "dire. » Et aujourd'hui tous ses éducateurs sont formés. Bon, ça ne les a pas fait monter de division, "
        "malheureusement…"),
    (SND, "Rires"),
    (E, "Et la quatrième action, plus récente, c'est un groupe de parole pour les parents, animé par une "
        "psychologue et une médiatrice, huit séances en 2025, au centre social. Ça marche bien, surtout avec les "
        "mamans, on a du mal à faire venir les papas, je vous le dis honnêtement."),
    (E, "Ce que je retiendrais, si je devais donner des conseils. Un : partir des constats des professionnels de "
        "terrain, pas d'un plan tout fait. Deux : la coordination, ça ne se fait pas sur un coin de table. Chez nous "
        "le poste de coordinateur, c'est zéro virgule huit équivalent temps plein, et honnêtement ce n'est pas de "
        "trop. Trois : le plus dur, ce n'est pas de créer une action, c'est de la faire durer. Voilà, j'ai été un peu "
        "long, je rends la parole."),
    (M, "Merci beaucoup Erwan. Il y a déjà des questions dans le chat, notamment sur le financement, on y reviendra "
        "à la fin. Docteur Rohou, vous avez entendu Erwan parler du CMP, de la Maison des adolescents… Pour beaucoup "
        "de participants, ce n'est pas toujours clair, qui fait quoi. Est-ce que vous pouvez nous aider ?"),
    (A, "Oui, bonjour à tous. Alors je vais essayer d'être claire, parce que c'est vrai que c'est un millefeuille. "
        "Je vais commencer par nous, la Maison des adolescents du Pays de l'Ellé. Une maison des adolescents, c'est "
        "un lieu d'accueil, d'écoute et d'évaluation pour les jeunes de douze à vingt-cinq ans, leurs familles et "
        "les professionnels qui les accompagnent. On n'est pas sectorisés, c'est-à-dire que n'importe quel jeune "
        "du territoire peut venir, sans rendez-vous pour le premier accueil, et c'est gratuit."),
    (A, "En 2024, on a accueilli mille deux cent soixante jeunes. Et parmi eux, 18 % habitent un quartier "
        "prioritaire. Alors ça peut paraître beaucoup, mais les quartiers prioritaires représentent à peu près 9 % "
        "des douze-vingt-cinq ans du territoire, donc on les touche plutôt bien… en proportion. Mais on sait aussi "
        "que ceux qui viennent ne sont pas forcément ceux qui en ont le plus besoin."),
    (A, "C'est pour ça qu'on a lancé en janvier 2025 ce qu'on appelle la MDA mobile : c'est un camion aménagé, un "
        "ancien camping-car en fait, qui va deux fois par mois dans chaque quartier prioritaire du territoire, avec "
        "une psychologue et une éducatrice. Les jeunes l'ont rebaptisé « le Kamion », avec un K, je ne sais pas "
        "pourquoi, mais c'est resté."),
    (A, "Et en neuf mois, le Kamion a fait soixante-huit sorties et a rencontré à peu près cinq cent quarante "
        "jeunes. Alors évidemment, rencontrer, ça ne veut pas dire suivre : beaucoup viennent pour discuter, prendre "
        "un chocolat chaud, et c'est très bien comme ça. Mais sur ces cinq cent quarante, une soixantaine sont "
        "ensuite venus à la Maison des adolescents, et ça, ce sont des jeunes qu'on n'aurait jamais vus autrement."),
    (SND, "Rires"),
    (A, "Alors, qui fait quoi. Le CMP, le centre médico-psychologique infanto-juvénile, c'est le soin. C'est "
        "l'hôpital, c'est sectorisé, il y a des médecins, des psychologues, des orthophonistes, et c'est là qu'on "
        "fait un suivi au long cours quand il y a un trouble. La Maison des adolescents, c'est plutôt la porte "
        "d'entrée : on accueille, on évalue avec une équipe pluridisciplinaire, on peut faire quelques consultations, "
        "un suivi court, et on oriente. Et le PAEJ, le point accueil écoute jeunes, Karim en parlera mieux que moi, "
        "c'est de l'écoute et de la prévention, non médicalisé, anonyme si le jeune le souhaite, sans condition. "
        "C'est vraiment le premier pas, le plus accessible."),
    (A, "Je le dis souvent comme ça : le PAEJ écoute, la Maison des adolescents évalue et oriente, le CMP soigne. "
        "C'est un peu caricatural, mais ça aide."),
    (A, "Et puis il y a les dispositifs nationaux. Mon soutien psy, depuis 2024, permet d'avoir jusqu'à douze séances "
        "par an chez un psychologue conventionné, remboursées, et c'est accessible dès trois ans, sans passer "
        "obligatoirement par le médecin. Le problème, c'est qu'il n'y a pas assez de psychologues conventionnés, "
        "en tout cas chez nous."),
    (A, "Ce que j'aimerais dire aux professionnels qui ne sont pas du soin, les animateurs, les éducateurs sportifs : "
        "on ne vous demande pas de faire un diagnostic. On vous demande de repérer un changement. Un jeune qui ne dort "
        "plus, qui s'isole, qui décroche scolairement, qui change brutalement de comportement, qui se scarifie. Et "
        "de ne pas rester seul avec ça. Et s'il y a un risque suicidaire, le 3114, le numéro national de prévention "
        "du suicide, est joignable vingt-quatre heures sur vingt-quatre, pour le jeune comme pour vous. Il y a aussi "
        "Fil Santé Jeunes, au 0 800 235 236, anonyme et gratuit."),
    (A, "Et j'insiste sur un point : parler du suicide avec un jeune ne lui donne pas l'idée de passer à l'acte. "
        "C'est une idée reçue qui a la vie dure. Au contraire, poser la question directement, « est-ce que tu as "
        "pensé à mourir ? », ça soulage souvent le jeune, et ça permet d'agir. C'est d'ailleurs ce qu'on apprend "
        "dans la formation aux premiers secours en santé mentale."),
    (M, "Merci docteur, c'est très clair, et je vois dans le chat que votre formule plaît beaucoup, « le PAEJ écoute, "
        "la MDA évalue et oriente, le CMP soigne ». Je passe maintenant la parole au duo de Landivic. Sylvie Marrec, "
        "vous êtes élue, pourquoi une commune s'engage sur ce sujet qui, en principe, relève de l'État et de l'ARS ?"),
    (S, "Bonjour à tous. Alors, c'est vrai, la santé, ce n'est pas une compétence obligatoire de la commune. Mais "
        "quand vous êtes maire ou adjointe, c'est à vous qu'on vient parler. Les parents qui ne trouvent pas de "
        "pédopsychiatre, ils viennent à la permanence de l'élue. Donc on ne peut pas dire « ce n'est pas notre "
        "problème »."),
    (S, "Landivic, c'est quinze mille huit cents habitants, avec un quartier prioritaire, les Hauts de Landivic, "
        "qui compte environ deux mille cent habitants. Notre CLSM est tout jeune : il a été installé en mars 2023. "
        "Et dès le départ, on a voulu que la santé mentale des jeunes soit une priorité."),
    (S, "Le conseil municipal a voté la création du CLSM par une délibération du 13 décembre 2022, et la première "
        "assemblée plénière a eu lieu en mars 2023, avec une cinquantaine de partenaires. On a choisi trois groupes de "
        "travail : les jeunes, évidemment, l'accès aux soins des adultes, et les situations complexes."),
    (S, "Pour ça, on s'est appuyés sur le conseil municipal des jeunes. Ce sont eux qui ont proposé de faire une "
        "enquête auprès des collégiens. On a eu quatre cent douze réponses de jeunes de onze à dix-sept ans. Et les "
        "résultats nous ont vraiment secoués : 31 % disent se sentir souvent tristes ou déprimés, et un jeune sur "
        "cinq dit qu'il ne sait pas à qui parler quand ça ne va pas."),
    (S, "Ensuite, le contrat de ville. Notre contrat de ville « Engagements Quartiers 2030 » a été signé le 2 avril "
        "2024, et on a obtenu qu'il y ait un objectif spécifique sur la santé mentale des jeunes, avec une enveloppe "
        "de vingt-cinq mille euros par an pour les actions dans le quartier des Hauts. Ça a été un vrai travail de "
        "conviction avec les services de l'État, il faut le dire."),
    (S, "Concrètement, ces vingt-cinq mille euros, en 2025, on les a répartis comme ça : huit mille euros pour la "
        "permanence du PAEJ dans le quartier, neuf mille euros pour les séances « boxe et parole » et les activités "
        "avec les jeunes, cinq mille euros pour les formations aux premiers secours en santé mentale, et trois mille "
        "euros pour l'enquête et la communication. Ce n'est pas énorme, mais c'est un levier, et ça nous permet "
        "d'aller chercher d'autres financeurs."),
    (S, "Le rôle de l'élue, pour moi, c'est trois choses. Porter le sujet politiquement, en conseil municipal, au "
        "budget. Mettre les gens autour de la table, l'hôpital, l'Éducation nationale, les associations, parce "
        "qu'une invitation du maire, on y vient. Et ne pas promettre ce qu'on ne peut pas tenir : on ne va pas créer "
        "un CMP, ce n'est pas notre rôle. Et puis, bonne nouvelle, on a enfin recruté notre coordinatrice de CLSM, "
        "elle arrive début novembre. Jusque-là, c'est le service santé qui faisait la coordination en plus du reste."),
    (M, "Merci Sylvie. Karim, à vous, et on vous entend un peu moins bien, je crois ?"),
    (K, "Oui, pardon, je suis dans la voiture… non, je plaisante, je suis au PAEJ, mais la connexion n'est pas "
        "terrible. Est-ce que c'est mieux là ?"),
    (M, "C'est mieux, oui."),
    (K, "Alors le PAEJ L'Escale, on a ouvert en 2021. On est trois, deux éducateurs et une psychologue à mi-temps. "
        "On accueille les jeunes de douze à vingt-cinq ans, sans rendez-vous, gratuitement, anonymement s'ils le "
        "veulent. En 2024, on a reçu cent soixante-trois jeunes, dont 58 % de filles, et l'âge moyen c'est dix-sept "
        "ans."),
    (K, "Ce qui a changé la donne pour nous, c'est l'aller-vers. Au début, on attendait que les jeunes viennent au "
        "local, en centre-ville, et les jeunes des Hauts ne venaient pas. Donc depuis 2023 on tient une permanence "
        "dans le quartier, tous les mercredis de quatorze heures à dix-huit heures, à la Maison de quartier des "
        "Hauts. Et on fait des tournées avec les éducateurs de rue de la prévention spécialisée, le soir, en bas des "
        "immeubles."),
    (K, "Je vais vous donner un exemple, anonymisé bien sûr. Une jeune fille de quinze ans, on va l'appeler Inès, "
        "qui passait tous les mercredis devant la Maison de quartier sans jamais entrer. Un jour il pleuvait, elle "
        "est entrée pour s'abriter, on a parlé de tout et de rien. Elle est revenue la semaine suivante. Au bout de "
        "trois semaines, elle nous a dit qu'elle ne dormait plus et qu'elle avait des idées noires. On l'a "
        "accompagnée, avec son accord, vers la Maison des adolescents, et aujourd'hui elle est suivie. Si on était "
        "restés dans notre local du centre-ville, on ne l'aurait jamais rencontrée."),
    (K, "Et un truc qui marche très bien, c'est le partenariat avec le club de boxe, Landivic Boxe. On fait des "
        "séances « boxe et parole » : une heure de boxe, une demi-heure de discussion. Les garçons, qui ne "
        "viendraient jamais dans un bureau parler de leurs émotions, ils parlent après la boxe. Et d'ailleurs le coach "
        "m'a dit l'autre jour que le…"),
    (SND, "Coupure du son"),
    (PAUSE, 14),
    (M, "Karim, on ne vous entend plus… Je crois qu'on a perdu Karim. Ce n'est pas grave, il va sûrement se "
        "reconnecter. En attendant, je vous propose de prendre une première question du chat. Fabienne, qui est "
        "conseillère à la caisse d'allocations familiales, demande : « Comment est financé un PAEJ ? » Sylvie, "
        "vous voulez peut-être commencer ?"),
    (S, "Oui, je peux commencer, et Karim complétera s'il revient. Depuis 2021, le financement des PAEJ passe par la "
        "branche famille, donc par la CAF. Pour L'Escale, la CAF apporte quarante-deux mille euros par an, la ville "
        "dix-huit mille, et il y a huit mille euros de crédits politique de la ville pour la permanence dans le "
        "quartier. Mais ce sont des financements annuels, il faut refaire des dossiers chaque année, et c'est "
        "épuisant pour les équipes."),
    (K, "Je suis revenu ! Désolé. Oui, c'est exactement ça. Et j'ajoute que la CAF nous demande un bilan d'activité "
        "très précis, ce qui est normal, mais pour un petit PAEJ c'est beaucoup de temps."),
    (M, "Bienvenue de retour, Karim. Vous nous parliez de la boxe ?"),
    (K, "Oui, je voulais juste dire que le coach de Landivic Boxe a fait la formation PSSM jeunes, et que maintenant "
        "c'est lui qui nous envoie des jeunes. Quand on gagne la confiance d'un coach, on gagne celle des jeunes du "
        "club. Voilà."),
    (M, "Merci. On passe au temps d'échange. On a beaucoup de questions, je vais essayer de les regrouper. J'ai "
        "aussi une main levée : Thierry, je vous donne la parole, vous pouvez activer votre micro."),
    (P, "Oui, bonjour, Thierry Quéré, je suis délégué du préfet pour les quartiers de Kerhoren et de Landivic, "
        "justement. Ma question, c'est : est-ce que les crédits de la politique de la ville peuvent financer un poste "
        "de coordinateur de CLSM ? On me pose souvent la question et je voudrais avoir l'avis des collègues."),
    (M, "Merci Thierry. Erwan, comment c'est financé chez vous ?"),
    (E, "Alors chez nous, le poste de coordinateur est financé à 50 % par l'ARS, à 35 % par la ville, et à 15 % par "
        "le contrat de ville. Donc oui, les crédits de la politique de la ville peuvent y contribuer, en "
        "cofinancement, au titre de l'ingénierie, mais à mon avis ça ne doit pas être le seul financeur, sinon le "
        "poste est trop fragile."),
    (P, "D'accord, c'est ce que je pensais, c'est cohérent avec ce qu'on pratique. Merci."),
    (M, "Question suivante, de Lucie, infirmière scolaire : « Que fait-on quand un jeune refuse que ses parents "
        "soient informés ? » Docteur Rohou ?"),
    (A, "C'est une question qu'on a tout le temps. Alors à la Maison des adolescents, un jeune peut être reçu seul, "
        "les premières fois, sans ses parents. On respecte ça, parce que sinon il ne reviendrait pas. Et ensuite on "
        "travaille avec lui pour associer ses parents, parce qu'en général, pour un suivi, on a besoin d'eux. Mais "
        "s'il y a un danger, si on pense qu'un mineur est en danger ou en risque de l'être, il y a l'information "
        "préoccupante, qu'on adresse à la CRIP, la cellule de recueil des informations préoccupantes du "
        "département. Et là on n'a pas besoin de l'accord du jeune, on le lui dit, mais on le fait."),
    (M, "Merci. Une question de Yann, animateur jeunesse à Kerhoren d'ailleurs : « Où peut-on se former aux PSSM "
        "jeunes ? » Erwan ?"),
    (E, "Ah, Yann, je te reconnais ! Alors le module jeunes des premiers secours en santé mentale, c'est deux jours, "
        "quatorze heures, pour les adultes qui sont en contact avec des jeunes de onze à dix-huit ans. Au CLSM de "
        "Kerhoren on organise quatre sessions par an, gratuites pour les professionnels du territoire, et la "
        "prochaine, c'est les 20 et 21 novembre, il reste quelques places. Sinon il y a tout le calendrier sur le "
        "site de PSSM France."),
    (M, "Une question qui revient plusieurs fois : « Comment faire venir les jeunes garçons ? » Karim, vous en avez "
        "parlé avec la boxe, mais peut-être d'autres idées ?"),
    (K, "Oui, alors, la règle d'or c'est : on ne dit pas « santé mentale ». On dit « on va parler de ce qui te "
        "prend la tête ». Et on va là où ils sont : le foot, la boxe, les jeux vidéo. On a fait un tournoi de jeux "
        "vidéo au PAEJ l'an dernier, trente-deux jeunes sont venus, dont vingt-sept garçons, et plusieurs sont "
        "revenus ensuite pour un entretien. Il faut accepter que ça prenne du temps."),
    (E, "Je peux ajouter un mot ? Chez nous aussi, ce sont les pairs qui font venir les pairs. On a formé trois "
        "jeunes ambassadeurs au Moulin-Vert, des jeunes de dix-neuf, vingt ans, qui font le lien. Ils sont payés, "
        "c'est important, ils ont un contrat d'engagement jeune avec la mission locale."),
    (M, "Merci. Autre question, de Gaëlle, qui travaille dans un centre social : « Est-ce qu'un CLSM peut "
        "intervenir dans un quartier prioritaire qui est à cheval sur deux communes ? »"),
    (S, "Je peux répondre, parce qu'on a un peu ce cas avec la commune voisine. Oui, bien sûr, il faut juste que "
        "les deux communes se mettent d'accord. Soit le CLSM devient intercommunal, soit on signe une convention "
        "entre les deux communes. Chez nous on est en train de discuter avec la communauté de communes pour un "
        "CLSM intercommunal, mais ça prendra du temps, il faut être honnête."),
    (M, "Et je précise que plusieurs CLSM en Bretagne sont déjà intercommunaux, on pourra vous mettre en lien. "
        "Autre question, anonyme celle-ci : « Comment mesurer les effets de tout ça ? On a des chiffres d'activité, "
        "mais est-ce que la santé mentale des jeunes s'améliore ? »"),
    (A, "C'est la question la plus difficile. Honnêtement, à l'échelle d'une commune, on ne peut pas mesurer "
        "l'évolution de la santé mentale des jeunes, les effectifs sont trop petits et il y a trop de facteurs. Ce "
        "qu'on peut mesurer, ce sont des délais d'accès, le nombre de jeunes repérés et orientés, le nombre de "
        "professionnels formés, et la satisfaction des jeunes. Et puis on peut refaire la même enquête tous les "
        "deux ou trois ans, comme Landivic avec son conseil des jeunes."),
    (S, "On a prévu de refaire l'enquête en 2026, justement, avec les mêmes questions, pour comparer."),
    (M, "Question de Nathalie, coordinatrice de CLSM en Ille-et-Vilaine : « Comment faites-vous avec les parents "
        "qui ne parlent pas ou peu le français ? » C'est une vraie question dans beaucoup de quartiers."),
    (E, "Alors chez nous on fait appel à l'interprétariat professionnel, par téléphone ou sur place. Le CMP a une "
        "convention avec un service d'interprétariat, financée par l'ARS, et on a obtenu qu'elle soit aussi utilisée "
        "pour la consultation avancée au centre social. En 2024, il y a eu quatre-vingt-dix heures d'interprétariat "
        "rien que pour le CMP infanto-juvénile. Et on évite absolument de faire traduire par les enfants, ça c'est "
        "une règle."),
    (K, "Et de notre côté, on s'appuie beaucoup sur les adultes-relais, les médiateurs du quartier, qui parlent "
        "plusieurs langues et qui connaissent les familles. Ils ne font pas de l'interprétariat médical, mais ils "
        "font le lien, ils rassurent."),
    (P, "Bonjour, excusez-moi, je peux intervenir ? Hélène, je suis médiatrice santé à… oh, pardon, c'est mon "
        "chien…"),
    (SND, "Aboiements"),
    (P, "Pardon ! Je voulais juste dire que chez nous, à Quimperlé, on a fait traduire le guide des ressources en "
        "santé mentale en quatre langues, arabe, turc, tamoul et ukrainien, et que les familles l'apprécient "
        "beaucoup. Je peux le partager."),
    (M, "Merci Hélène, et bonjour à votre chien ! Oui, partagez-le volontiers dans le chat, ou envoyez-le-nous et "
        "on le diffusera dans la lettre."),
    (M, "Je prends une question que plusieurs personnes posent sous des formes différentes : « Quelle différence entre "
        "un CLSM et un PTSM ? » Je vais y répondre rapidement moi-même. Le projet territorial de santé mentale, le "
        "PTSM, c'est à l'échelle du département en général : c'est un diagnostic et un plan d'actions sur cinq ans, "
        "élaboré par l'ensemble des acteurs de la santé mentale, et arrêté par le directeur général de l'ARS. Le "
        "CLSM, c'est à l'échelle d'une commune ou d'une intercommunalité : c'est une instance de concertation, "
        "présidée par le maire ou un élu, avec la psychiatrie publique, les usagers et les aidants. Les deux se "
        "complètent : le CLSM peut mettre en œuvre localement des actions du PTSM."),
    (A, "Et je me permets d'ajouter que les Maisons des adolescents sont souvent inscrites dans les PTSM, c'est le "
        "cas chez nous, le renforcement de la MDA mobile figure dans la feuille de route du PTSM."),
    (M, "Question d'Aurélie, cheffe de projet politique de la ville : « Erwan, combien de temps a-t-il fallu pour "
        "mettre en place la consultation avancée au centre social ? Nous aimerions faire la même chose. »"),
    (E, "Alors il faut être patient. Il nous a fallu à peu près un an. La première discussion avec le chef de pôle de "
        "pédopsychiatrie, c'était à l'automne 2022. Ensuite il a fallu trouver un local adapté au centre social, "
        "avec une salle d'attente un minimum discrète, régler les questions d'assurance, de dossier patient, "
        "d'informatique. La convention entre le centre hospitalier, la ville et le centre social a été signée le 4 "
        "juillet 2023, et la première consultation a eu lieu en septembre. Mon conseil : associez tout de suite la "
        "direction de l'hôpital, pas seulement les soignants, parce que ce sont des questions d'organisation."),
    (A, "Je confirme, du côté de l'hôpital : ce qui bloque, ce n'est presque jamais la bonne volonté des équipes, "
        "c'est le temps médical. Une consultation avancée, c'est du temps de psychologue en moins au CMP, donc il "
        "faut que l'ARS et la direction l'acceptent."),
    (M, "Question de Pierre, principal de collège : « La cellule de veille de Kerhoren, est-ce que c'est le même "
        "dispositif que le groupe de prévention du décrochage scolaire ? »"),
    (E, "Non, c'est différent, même si ce sont souvent les mêmes personnes autour de la table, c'est vrai. Le groupe "
        "de prévention du décrochage, c'est un dispositif de l'Éducation nationale, centré sur l'assiduité et la "
        "scolarité. La cellule de veille du CLSM, elle, est centrée sur la souffrance psychique, et surtout elle "
        "associe des partenaires extérieurs au collège : l'éducateur de prévention, le centre social, et le CMP "
        "quand il le faut. Dans un des deux collèges, on a fini par fusionner les deux réunions pour gagner du "
        "temps, avec deux temps distincts dans l'ordre du jour."),
    (M, "Très bien. Petite parenthèse, je vois que certains d'entre vous nous écrivent qu'il y a une tempête en "
        "Finistère ce matin et que la connexion est difficile, donc courage à vous, et merci d'être là malgré "
        "tout ! Le replay vous permettra de rattraper ce que vous avez manqué."),
    (M, "Encore une question, de Marc, coordinateur de contrat de ville : « Quel est le premier pas pour une commune "
        "qui n'a pas de CLSM et qui veut agir sur la santé mentale des jeunes ? » Je propose que chacun réponde en "
        "une phrase."),
    (E, "Réunir les acteurs jeunesse et le CMP autour d'une table, et leur demander ce qui coince."),
    (A, "Identifier vos ressources : où est la Maison des adolescents la plus proche, y a-t-il un PAEJ, et "
        "l'afficher partout où vont les jeunes."),
    (S, "Un portage politique clair : une délibération, un élu référent, et un peu de budget, même modeste."),
    (K, "Aller voir les jeunes, tout simplement, et les écouter avant de construire quoi que ce soit pour eux."),
    (S, "Et si je peux me permettre un dernier mot aux élus qui nous écoutent : n'ayez pas peur du sujet. On croit "
        "que la santé mentale, c'est réservé aux spécialistes, mais les habitants attendent surtout qu'on les "
        "écoute et qu'on les oriente. Et rejoignez les réseaux d'élus : l'association Élus, santé publique et "
        "territoires, par exemple, organise des formations pour les élus sur la santé mentale, j'en ai suivi une "
        "en 2024 et ça m'a beaucoup aidée."),
    (M, "Merci Sylvie. Je vois que le temps file, il nous reste quelques minutes. Je regarde s'il y a encore une "
        "question urgente dans le chat… Beaucoup de remerciements, beaucoup de demandes de diaporama : je vous "
        "rassure, tout sera envoyé. Et plusieurs personnes demandent les coordonnées des intervenants : avec leur "
        "accord, elles figureront sur la dernière diapositive du support."),
    (M, "Merci à tous les quatre pour ces réponses. Une dernière information pratique avant de conclure : le Centre "
        "national de ressources et d'appui aux CLSM propose une fiche repère sur la santé mentale des jeunes, je "
        "mets le lien dans le chat. Et je rappelle que notre appel à projets régional « santé mentale et quartiers » "
        "sera publié en novembre, on en reparlera dans notre lettre d'information."),
    (M, "Pour conclure, je retiens trois idées. Un, la santé mentale des jeunes des quartiers, c'est d'abord une "
        "question d'accès : aller vers eux, raccourcir les délais. Deux, personne ne peut agir seul, et le CLSM est "
        "justement l'outil pour faire travailler ensemble l'hôpital, l'école, la ville, les associations. Trois, "
        "ça prend du temps, et il faut des financements qui durent."),
    (M, "Notre prochain rendez-vous de la cohésion aura lieu le mardi 9 décembre 2025, de dix heures à midi, sur le "
        "thème logement et santé mentale, avec notamment des bailleurs sociaux. Les inscriptions sont ouvertes sur "
        "notre site. Un questionnaire de satisfaction va s'ouvrir à la fermeture de la réunion, ça prend deux "
        "minutes, merci d'y répondre, ça nous aide beaucoup."),
    (M, "Merci encore à Erwan Guillou, au docteur Anaïs Rohou, à Sylvie Marrec et à Karim Benslimane, merci à "
        "notre sous-titreuse, et merci à vous tous. Bonne fin de journée, et prenez soin de vous !"),
    (SND, "Musique de fin"),
]


def wrap(text):
    """Split a turn into cues of at most two lines of 42 characters."""
    lines = textwrap.wrap(text, 42)
    cues = []
    i = 0
    while i < len(lines):
        cues.append(lines[i:i + 2])
        i += 2
    return cues


def ts(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t % 60
    return f"{h:02d}:{m:02d}:{s:06.3f}"


def main():
    out = ["WEBVTT - Sous-titrage SME réalisé en direct par Ouest Sous-Titrage pour Territoires et Cohésion Ouest", "",
           "STYLE",
           "::cue(.blanc) { color: white; }",
           "::cue(.jaune) { color: yellow; }",
           "::cue(.cyan) { color: cyan; }",
           "::cue(.vert) { color: lime; }",
           "::cue(.magenta) { color: magenta; }",
           "::cue(.bleu) { color: #6cf; }",
           "::cue(.rouge) { color: red; }", "",
           "NOTE",
           "Légende des couleurs : blanc = animatrice ; jaune = intervenant 1 ; cyan = intervenante 2 ;",
           "vert = intervenante 3 ; magenta = intervenant 4 ; bleu = participants ; rouge = indications sonores.",
           ""]
    t = 4.0
    prev = None
    for who, text in T:
        if who == "PAUSE":
            t += text
            continue
        if who == "SND":
            out += [f"{ts(t)} --> {ts(t + 3)} line:10% align:center", f"<c.rouge>({text})</c>", ""]
            t += 3.4
            continue
        if prev is not None and prev != who:
            t += 1.1
        prev = who
        for cue in wrap(text):
            n = sum(len(x) for x in cue)
            d = max(1.4, n / CPS)
            body = "\n".join(f"<c.{who}>{x}</c>" for x in cue)
            out += [f"{ts(t)} --> {ts(t + d - 0.08)} line:85% align:center", body, ""]
            t += d
    OUT.write_text("\n".join(out), encoding="utf-8")
    words = sum(len(x.split()) for w, x in T if w not in ("PAUSE",) and isinstance(x, str))
    print(OUT.name, f"{t / 60:.1f} min", words, "words", OUT.stat().st_size // 1024, "KB")


if __name__ == "__main__":
    main()
