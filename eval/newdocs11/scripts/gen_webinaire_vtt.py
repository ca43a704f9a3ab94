# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT du webinaire régional
« Prévenir le suicide à l'échelle locale : VigilanS, sentinelles et CLSM » (20 novembre 2025)."""
import os
import re

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "2025-11-20_villes-sante-occitanie_webinaire-prevention-suicide.vtt")

M = "Mathilde Rouquette"
F = "Bastien Farge"
N = "Nadia Bensalem"
H = "Hervé Cazalis"

TURNS = [
    (M, "Bonjour à toutes et à tous, et bienvenue à ce webinaire régional. Je vois que vous êtes déjà nombreux à vous connecter, on va laisser encore une petite minute pour que tout le monde arrive. "
        "Je me présente rapidement : je suis Mathilde Rouquette, chargée de mission santé au Centre de ressources Villes et Santé Occitanie. "
        "Pour celles et ceux qui nous découvrent, notre centre de ressources accompagne les professionnels de la politique de la ville et les coordinateurs de conseils locaux de santé mentale, les CLSM, sur l'ensemble de la région. "
        "Quelques consignes pratiques avant de commencer. Vos micros sont coupés, vous pouvez poser vos questions à tout moment dans la fenêtre de discussion, et je les relaierai aux intervenants dans la dernière partie. "
        "Le webinaire est enregistré, le replay et les supports seront envoyés à tous les inscrits d'ici une semaine. "
        "Et je vous précise dès maintenant, parce que le sujet est sensible, que si l'un ou l'une d'entre vous se sent touché personnellement par ce que nous allons évoquer, le numéro national de prévention du suicide, le 31 14, est joignable gratuitement, vingt-quatre heures sur vingt-quatre."),
    (M, "Alors, pourquoi ce webinaire aujourd'hui ? Depuis deux ans, nous recevons beaucoup de demandes de coordinateurs qui veulent savoir comment articuler ce qui se fait à l'hôpital, après une tentative de suicide, et ce qui se fait dans la ville, dans les quartiers. "
        "On entend souvent parler de VigilanS, on entend parler des sentinelles, mais les liens entre ces dispositifs et le CLSM ne sont pas toujours clairs. "
        "Nous avons donc invité trois intervenants. Le docteur Bastien Farge, psychiatre, qui coordonne le dispositif VigilanS Garonne-Causses au centre hospitalier de Castelvieil. "
        "Nadia Bensalem, coordinatrice du CLSM de Montarlet, qui a monté un réseau de sentinelles dans deux quartiers prioritaires. "
        "Et Hervé Cazalis, infirmier de formation et formateur régional pour le module sentinelle au sein du Groupe régional de prévention du suicide, que nous appellerons le GRPS dans la suite. "
        "Chacun aura une dizaine de minutes, puis nous passerons aux questions. Docteur Farge, je vous laisse la parole."),
    (F, "Merci Mathilde, et bonjour à tous. Je vais essayer d'être concret et de ne pas trop parler comme un hospitalier. "
        "VigilanS, pour commencer par la base, c'est un dispositif de veille des personnes qui ont fait une tentative de suicide. Il est né dans le Nord en 2015, et il a été progressivement étendu à toutes les régions. "
        "L'idée est très simple : on sait que la période qui suit la sortie des urgences ou de l'hospitalisation est une période de très grand risque, et que le risque de récidive est particulièrement élevé dans les six premiers mois. "
        "Or, c'est précisément le moment où les personnes se retrouvent souvent seules, sans rendez-vous, sans lien. VigilanS vient combler ce creux."),
    (F, "Concrètement, comment ça marche ? Il y a trois briques. La première, c'est une carte ressource, une petite carte de la taille d'une carte bancaire, remise à la sortie des urgences, avec un numéro d'appel gratuit. "
        "La deuxième brique, c'est un appel téléphonique systématique, passé entre le dixième et le vingt-et-unième jour après la sortie, par un membre de notre équipe. On les appelle les vigilanseurs, ce sont des infirmiers et des psychologues formés spécifiquement. "
        "La troisième brique, ce sont des cartes postales personnalisées, envoyées pendant six mois, à un rythme dégressif. Ça peut paraître dérisoire, une carte postale, mais les patients nous disent très souvent qu'ils les ont gardées, qu'elles sont sur le frigo. "
        "Et enfin, à l'issue des six mois, on fait un dernier point téléphonique et on décide de clore la veille ou de la prolonger."),
    (F, "Quelques chiffres sur notre territoire. Le dispositif VigilanS Garonne-Causses couvre trois départements et travaille avec quatorze services d'urgences. "
        "En 2023, nous avons inclus mille deux cent quarante personnes. En 2024, nous sommes passés à mille quatre cent quinze personnes incluses. "
        "Et sur les neuf premiers mois de 2025, nous en sommes déjà à mille cent quatre-vingts inclusions, donc on sera vraisemblablement au-dessus de l'année dernière. "
        "L'équipe, c'est quatre virgule six équivalents temps plein d'infirmiers, plus un demi-poste de psychologue et un secrétariat. "
        "Le taux de joignabilité lors du premier appel, c'est-à-dire la proportion de personnes qu'on arrive effectivement à avoir au téléphone, tourne autour de sept sur dix. Ce qui veut dire aussi que trois personnes sur dix, on ne les joint pas du premier coup, et c'est là que les partenaires de proximité peuvent nous aider."),
    (F, "Et c'est là que j'en viens aux CLSM. Nous, à l'hôpital, on voit la personne pendant quelques heures, parfois quelques jours. Ensuite, elle rentre chez elle, dans son quartier, et elle retrouve son médecin traitant, quand elle en a un, son bailleur, son travail ou pas, sa famille ou pas. "
        "Depuis 2024, nous envoyons systématiquement un courrier au médecin traitant au moment de l'inclusion, avec l'accord du patient. Mais un tiers environ de nos patients des quartiers prioritaires n'ont pas de médecin traitant déclaré. "
        "Donc notre question aux CLSM, c'est : qui, dans la ville, peut être un relais ? Qui peut aller frapper à une porte quand le téléphone ne répond pas ? Qui peut accompagner quelqu'un au centre médico-psychologique, au CMP, quand le délai de rendez-vous est de six semaines ? "
        "Nous avons commencé à signer des conventions de partenariat avec deux CLSM, dont celui de Montarlet, pour organiser ces relais. C'est encore expérimental, mais les premiers retours sont encourageants."),
    (F, "Dernier point, pour bien distinguer les choses : VigilanS n'est pas le 31 14. Le 31 14, c'est le numéro national de prévention du suicide, ouvert depuis octobre 2021, qui répond à toute personne en détresse, à ses proches et aux professionnels. "
        "VigilanS, c'est une veille après un geste suicidaire. Les deux travaillent ensemble : chez nous, les appels de nuit vers le numéro de la carte ressource sont d'ailleurs basculés vers le centre répondant 31 14 de la région. Voilà, je m'arrête là."),
    (M, "Merci beaucoup, c'est très clair. Je note déjà une question dans le chat sur les adolescents, on y reviendra tout à l'heure. Nadia, à vous. Vous êtes coordinatrice du CLSM de Montarlet depuis combien de temps ?"),
    (N, "Bonjour à tous. Je coordonne le CLSM de Montarlet depuis cinq ans maintenant, depuis le printemps 2020, ce qui n'était pas forcément le meilleur moment pour démarrer. "
        "Pour situer, Montarlet, c'est une ville d'environ trente-huit mille habitants, avec deux quartiers prioritaires : le quartier du Puech, qui est un grand ensemble des années soixante-dix sur les hauteurs, et le quartier de la Gravette, plus petit, en centre ancien. "
        "Le CLSM est porté par la ville, co-présidé par le maire adjoint à la santé et par le directeur du centre hospitalier, et il fonctionne avec trois groupes de travail : un sur le logement, un sur les jeunes, et un sur la prévention du suicide, qui est celui dont je vais vous parler."),
    (N, "Le groupe prévention du suicide est né d'une situation douloureuse. Fin 2021, il y a eu dans le quartier du Puech plusieurs décès par suicide en quelques mois, et les professionnels de terrain, notamment les gardiens d'immeuble et l'équipe du centre social, nous ont dit : on a vu des signes, on ne savait pas quoi en faire, on ne savait pas à qui le dire. "
        "C'est de là qu'est partie l'idée d'un réseau de sentinelles. Mais on a fait une erreur au début, et je préfère vous la dire : on a voulu former des sentinelles très vite, avant d'avoir organisé derrière le réseau de professionnels capables de recevoir les situations. "
        "Hervé en parlera sûrement, mais une sentinelle sans évaluateur derrière, ça ne fonctionne pas, et ça met les gens en difficulté. Donc en 2022, on a d'abord passé une année à construire le circuit, avec le CMP adultes, le CMP infanto-juvénile, les urgences, le CCAS et les médecins généralistes volontaires."),
    (N, "Aujourd'hui, qui sont nos sentinelles ? Ce sont des gardiens d'immeuble du bailleur Montarlet Habitat, des agents d'accueil du CCAS et de la mairie annexe du Puech, des animateurs du centre social, des conseillers de la mission locale, trois pharmaciens, deux coiffeuses, et des bénévoles d'associations, notamment d'une association de locataires et du Secours populaire. "
        "En chiffres, nous avons formé quarante-six sentinelles en 2023, soixante-deux en 2024, et trente-huit depuis janvier 2025, avec une dernière session prévue en décembre. "
        "Toutes ne restent pas actives, il y a du turnover, des gens qui changent de poste, donc on estime avoir aujourd'hui à peu près quatre-vingt-dix sentinelles réellement mobilisables sur la ville."),
    (N, "Comment ça fonctionne au quotidien ? Quand une sentinelle repère une personne qui lui semble en souffrance, elle a d'abord un rôle d'écoute et de lien, pas d'évaluation. Ensuite, avec l'accord de la personne chaque fois que c'est possible, elle remplit une fiche de liaison très courte et appelle un des évaluateurs du réseau. "
        "Chez nous, les évaluateurs, ce sont les infirmiers du CMP, deux psychologues du CCAS et quatre médecins généralistes. En cas d'urgence, évidemment, c'est le 15. "
        "En 2024, le réseau a permis vingt-neuf orientations vers le CMP ou les urgences. Ça peut paraître peu, mais chacune de ces situations, c'est quelqu'un qui, peut-être, serait passé entre les mailles. "
        "Nous réunissons l'ensemble du réseau une fois par trimestre, et les sentinelles qui le souhaitent participent à un groupe d'échanges animé par une psychologue du CMP, tous les deux mois."),
    (N, "Sur le financement, le CLSM reçoit de l'agence régionale de santé dix-huit mille euros par an au titre du fonds d'intervention régional pour cette action, ce qui couvre une partie de mon temps, la logistique des formations et les supports. "
        "Et depuis cette année, nous avons la convention avec l'équipe VigilanS du docteur Farge. Concrètement, quand l'équipe VigilanS n'arrive pas à joindre une personne qui habite à Montarlet, et si la personne a donné son accord lors de l'inclusion, elle peut solliciter notre référente de parcours, qui est infirmière au CCAS, pour une visite à domicile. "
        "Nous avons fait onze visites de ce type depuis mars. C'est modeste, mais c'est exactement le chaînon qui manquait."),
    (M, "Merci Nadia. Juste une précision, parce que la question arrive dans le chat : la référente de parcours, elle est financée par qui ?"),
    (N, "Elle est salariée du CCAS, à mi-temps sur cette mission, et le poste est cofinancé par la ville et par le contrat local de santé. Ce n'est pas un financement VigilanS."),
    (M, "Parfait. Hervé, c'est à vous. On a beaucoup parlé de sentinelles, vous allez pouvoir nous dire ce que recouvre exactement la formation."),
    (H, "Bonjour à toutes et à tous. Alors effectivement, je suis infirmier de formation, j'ai travaillé quinze ans aux urgences psychiatriques, et depuis 2021 je suis formateur régional au sein du GRPS. "
        "Pour resituer, depuis 2019 il existe en France un programme national de formation en prévention du suicide, qui a été rénové et qui comprend trois modules, pour trois publics différents. "
        "Le premier module, c'est le module sentinelle, sur une journée, pour des citoyens, des bénévoles, des professionnels non soignants, qui sont en contact avec des personnes potentiellement en souffrance. "
        "Le deuxième, c'est le module évaluation et orientation, sur deux jours, pour des professionnels de santé et des psychologues, qui vont évaluer le risque suicidaire et orienter. "
        "Et le troisième, c'est le module intervention de crise, sur deux jours également, réservé aux professionnels de la santé mentale qui prennent en charge la crise suicidaire."),
    (H, "Ce que je veux souligner, et Nadia l'a très bien dit, c'est que ces trois modules forment un tout. On ne forme pas de sentinelles là où il n'y a pas de réseau d'évaluateurs. C'est même une condition que nous posons avant d'ouvrir une session sur un territoire. "
        "Quand un CLSM nous sollicite, la première chose que nous demandons, c'est la liste des évaluateurs formés ou à former, et la façon dont ils seront joignables. "
        "Une sentinelle ne travaille jamais seule. Elle n'est pas là pour faire le travail d'un soignant. Elle est là pour repérer, aller vers, et orienter. Et elle doit savoir vers qui."),
    (H, "Que contient la journée sentinelle ? Il y a un temps sur les représentations, parce que tout le monde arrive avec des idées reçues, du type : en parler, ça donne des idées. Ce qui est faux, et c'est important de le dire. "
        "Il y a un temps sur les signes d'alerte, les facteurs de risque et les facteurs de protection. Un temps de mise en situation, avec des jeux de rôle, pour apprendre à poser la question directement, avec des mots simples. "
        "Et un temps sur le réseau local, où l'on présente les évaluateurs, les numéros, la fiche de liaison. Ce dernier temps est co-animé avec le coordinateur du CLSM quand il y en a un, et c'est souvent le moment que les participants trouvent le plus utile. "
        "Les groupes sont de douze à seize personnes maximum, avec deux formateurs."),
    (H, "Quelques chiffres régionaux. En 2024, le GRPS a formé en Occitanie huit cent soixante sentinelles, deux cent dix évaluateurs et soixante-quinze intervenants de crise. "
        "Nous avons aujourd'hui trente-deux formateurs actifs dans la région, ce qui n'est pas suffisant pour répondre à toutes les demandes, il faut le dire. "
        "Les délais pour obtenir une session sur un territoire sont d'environ quatre à six mois. La formation elle-même est gratuite pour les structures, elle est financée par l'agence régionale de santé. "
        "Et nous demandons que chaque territoire prévoie au moins deux temps d'analyse de pratiques par an pour ses sentinelles, ce que Montarlet fait d'ailleurs bien au-delà."),
    (H, "Un dernier mot sur la postvention, parce que c'est un sujet qui monte. La postvention, ce sont toutes les actions menées après un suicide, auprès de l'entourage, des collègues, d'un établissement scolaire, d'un quartier, pour limiter les effets de contagion et soutenir les endeuillés. "
        "Nous travaillons en ce moment avec deux CLSM pilotes sur un protocole local de postvention, qui précise qui est alerté, qui coordonne, et quels messages sont diffusés. J'espère que nous pourrons vous le présenter l'année prochaine."),
    (M, "Merci Hervé. On a une vingtaine de minutes pour les questions, et le chat est très actif, donc je vais essayer de regrouper. "
        "Première question, d'Élodie, de la CPTS des Coteaux de Saint-Florac, pour le docteur Farge : est-ce que VigilanS inclut aussi les adolescents ?"),
    (F, "Oui, bonne question. Au démarrage, le dispositif était réservé aux adultes. Depuis le 1er janvier 2024, chez nous, nous incluons les jeunes à partir de treize ans, avec un protocole spécifique construit avec la pédopsychiatrie. "
        "La différence principale, c'est que les parents ou les titulaires de l'autorité parentale sont associés dès l'inclusion, et que les appels sont passés par des vigilanseurs qui ont une expérience en pédopsychiatrie. "
        "En 2024, les moins de dix-huit ans ont représenté environ un cinquième de nos inclusions, ce qui est beaucoup, et c'est majoritairement des jeunes filles."),
    (M, "Deuxième question, de Julien, chef de projet politique de la ville à Castelvieil, pour Nadia ou Hervé : comment finance-t-on la formation des sentinelles quand on n'a pas de budget ?"),
    (H, "Je réponds sur la partie formation : la formation est gratuite pour les participants et pour les structures, elle est prise en charge par l'agence régionale de santé dans le cadre du programme régional. "
        "Ce qui coûte, en revanche, c'est le temps des agents, parce qu'une journée de formation, c'est une journée où le gardien d'immeuble ou l'agent d'accueil n'est pas à son poste. Donc il faut l'accord des employeurs, et c'est là que le CLSM est précieux."),
    (N, "Et j'ajoute que chez nous, la salle et le repas sont pris en charge par la ville, et nous avons négocié avec Montarlet Habitat que la journée de formation de ses gardiens soit inscrite dans leur plan de formation. Ça a été un vrai levier. "
        "Pour un chef de projet politique de la ville, je conseillerais aussi de regarder du côté des crédits du contrat de ville, sur le volet santé, pour financer la logistique ou les temps de regroupement."),
    (M, "Troisième question, qui revient plusieurs fois sous des formes différentes : est-ce que les sentinelles sont tenues au secret professionnel ? Et qu'est-ce qu'elles ont le droit de transmettre ?"),
    (H, "Alors, les sentinelles ne sont pas, en tant que telles, soumises au secret professionnel au sens du code pénal, sauf si elles le sont déjà par leur métier. Mais nous leur demandons une obligation de discrétion, qui est formalisée dans une charte que chacune signe à l'issue de la formation. "
        "Le principe, c'est de transmettre le minimum nécessaire, à un évaluateur identifié, et avec l'accord de la personne. Et s'il y a un danger immédiat, on n'attend pas l'accord : on appelle le 15."),
    (N, "Je confirme, et notre fiche de liaison ne comporte que quatre rubriques : qui, comment le joindre, ce que j'ai observé, ce que la personne a accepté. Pas de diagnostic, pas d'antécédents, rien de tout ça."),
    (M, "Une question très concrète maintenant, de Karine, infirmière scolaire : quand on forme des sentinelles, est-ce qu'il y a un risque qu'elles s'épuisent, qu'elles portent des situations trop lourdes ?"),
    (N, "Oui, le risque existe, et c'est pour ça que le groupe d'échanges tous les deux mois est essentiel. Il y a eu des moments difficiles, notamment en 2024, quand une sentinelle, une gardienne, a été confrontée à un décès dans son immeuble. "
        "On a mis en place pour elle un soutien individuel avec la psychologue du CMP, et on a revu à ce moment-là la façon dont on informe les sentinelles du devenir des situations qu'elles ont orientées. Aujourd'hui, avec l'accord des personnes, l'évaluateur fait un retour simple à la sentinelle : la personne a été vue, elle est suivie."),
    (H, "Et dans la formation, on insiste beaucoup sur le fait que la sentinelle n'est pas responsable de la vie de l'autre. Elle fait sa part, qui est essentielle, mais elle n'est pas seule responsable."),
    (M, "Une question pour le docteur Farge, de Sébastien, médecin généraliste : est-ce que les médecins traitants peuvent eux-mêmes inclure un patient dans VigilanS, en dehors des urgences ?"),
    (F, "Alors chez nous, pour l'instant, l'inclusion se fait à partir des services d'urgences, des services d'hospitalisation et de quelques CMP. Un médecin généraliste qui voit un patient après une tentative de suicide qui n'est pas passée par l'hôpital peut nous appeler, et nous examinons la situation au cas par cas. "
        "Nous avons eu une quarantaine d'inclusions de ce type en 2024. L'objectif, dans le prochain projet territorial de santé mentale, le PTSM, est d'ouvrir plus largement l'inclusion aux médecins de ville."),
    (M, "Une question de Fatima, adulte-relais à Castelvieil, qui rejoint une préoccupation que nous entendons beaucoup dans les quartiers : comment faites-vous avec les personnes qui ne parlent pas ou peu le français, que ce soit pour l'appel VigilanS ou pour les sentinelles ?"),
    (F, "C'est une vraie difficulté, je ne vais pas vous dire le contraire. Pour l'appel VigilanS, nous avons depuis 2025 un accès à un service d'interprétariat par téléphone, financé par l'hôpital, que nous mobilisons quand la langue est repérée dès les urgences. "
        "Nous l'avons utilisé une cinquantaine de fois depuis janvier, surtout en arabe, en turc et en géorgien. Le problème, c'est quand la barrière de la langue n'a pas été notée dans le dossier : le vigilanseur découvre la situation au moment de l'appel, et il faut rappeler. "
        "Et les cartes postales, pour l'instant, sont uniquement en français, c'est un chantier pour 2026."),
    (N, "Côté sentinelles, c'est justement un des intérêts d'avoir des adultes-relais et des bénévoles d'associations dans le réseau : plusieurs de nos sentinelles parlent arabe, berbère, comorien ou turc. "
        "Elles ne traduisent pas pour les soignants, ce n'est pas leur rôle, mais elles peuvent créer le premier lien. Ensuite, pour l'évaluation, le CMP fait appel à un interprète professionnel."),
    (M, "Merci. Autre question, de Pierre-Yves, élu à Bellegarde-sur-Agout, qui est plutôt une question d'évaluation : est-ce qu'on sait si tout cela marche ? Est-ce qu'on a des preuves que VigilanS ou les sentinelles réduisent le nombre de suicides ?"),
    (F, "Pour VigilanS, il y a eu plusieurs évaluations nationales, et elles montrent une diminution de la récidive suicidaire chez les personnes incluses par rapport aux personnes qui ne le sont pas. Je ne vais pas vous donner de chiffre précis de mémoire, je préfère vous renvoyer à la synthèse que nous joindrons au replay. "
        "Sur notre territoire, nous suivons surtout des indicateurs de processus : le nombre d'inclusions, le taux de joignabilité, le nombre de réorientations vers le soin. Mesurer un effet sur la mortalité à l'échelle de trois départements, c'est statistiquement très compliqué, les effectifs sont trop petits."),
    (H, "Pour les sentinelles, c'est encore plus difficile à mesurer, parce qu'on parle de situations qui, par définition, n'arrivent pas. Ce qu'on évalue, c'est l'évolution des connaissances et des attitudes avant et après la formation, avec un questionnaire, et le nombre d'orientations réalisées. "
        "Les résultats du questionnaire sont très nets sur un point : après la journée, la proportion de participants qui se disent capables de poser directement la question du suicide passe d'environ un tiers à plus de quatre sur cinq."),
    (N, "Et à Montarlet, nous avons fait en 2024 une petite enquête qualitative auprès des sentinelles et des évaluateurs, avec une étudiante en master de santé publique. Le résultat principal, c'est que les professionnels de terrain se sentent moins seuls. "
        "Ça peut paraître un résultat mou, mais quand on connaît l'usure des gardiens ou des agents d'accueil dans les quartiers, ce n'est pas rien."),
    (M, "Avant la dernière question, je me permets de résumer en trois points ce que j'ai entendu. Un : VigilanS s'arrête là où commence la vie dans la ville, et c'est là que les CLSM ont un rôle de relais. "
        "Deux : pas de sentinelles sans évaluateurs, le réseau doit être construit avant la formation. Trois : il faut prendre soin de celles et ceux qui repèrent, avec de l'analyse de pratiques et des retours sur les situations."),
    (M, "Et une dernière question, peut-être pour tout le monde : par où commencer, quand on est un CLSM qui n'a encore rien fait sur la prévention du suicide ?"),
    (N, "Moi je dirais : commencer par réunir les acteurs qui voient les situations, et leur demander ce dont ils ont besoin. Pas par la formation. La formation vient après le diagnostic partagé."),
    (H, "Je suis d'accord. Et prendre contact avec le GRPS très tôt, pour qu'on puisse vous aider à construire le réseau d'évaluateurs avant la première session sentinelle."),
    (F, "Et de notre côté, nous sommes tout à fait prêts à venir présenter VigilanS en assemblée plénière de CLSM. On l'a fait six fois en 2025. C'est souvent le point de départ des partenariats."),
    (M, "Merci à tous les trois. Il y a encore des questions dans le chat auxquelles nous n'avons pas pu répondre, nous les transmettrons aux intervenants et nous publierons les réponses avec le replay. "
        "Je vous rappelle que le prochain webinaire du cycle santé mentale aura lieu le jeudi 22 janvier 2026, de quatorze heures à quinze heures, sur le thème santé mentale et précarité énergétique, avec le CLSM de Saint-Florac. "
        "Un questionnaire de satisfaction va s'afficher à la fermeture de la fenêtre, merci de prendre deux minutes pour y répondre. Très bonne fin de journée à toutes et à tous."),
]

WORDS_PER_SEC = 2.15


def fmt(t):
    h = int(t // 3600)
    m = int((t % 3600) // 60)
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def split_cues(text, max_words=26):
    sentences = re.split(r"(?<=[.?!])\s+", text.strip())
    cues, cur = [], []
    for s in sentences:
        w = s.split()
        if cur and len(cur) + len(w) > max_words:
            cues.append(" ".join(cur))
            cur = []
        if len(w) > max_words:
            # couper une phrase longue sur une virgule proche du milieu
            parts = re.split(r"(?<=,)\s+", s)
            for p in parts:
                pw = p.split()
                if cur and len(cur) + len(pw) > max_words:
                    cues.append(" ".join(cur))
                    cur = []
                cur.extend(pw)
        else:
            cur.extend(w)
    if cur:
        cues.append(" ".join(cur))
    return cues


def main():
    t = 4.0
    lines = ["WEBVTT", "Kind: captions", "Language: fr", "",
             "NOTE", "Webinaire régional du Centre de ressources Villes et Santé Occitanie",
             "« Prévenir le suicide à l'échelle locale : VigilanS, sentinelles et CLSM »",
             "Jeudi 20 novembre 2025, 14h00 - transcription automatique relue", ""]
    n = 0
    for speaker, text in TURNS:
        for cue in split_cues(text):
            n += 1
            dur = max(1.6, len(cue.split()) / WORDS_PER_SEC)
            start, end = t, t + dur
            lines.append(str(n))
            lines.append("%s --> %s" % (fmt(start), fmt(end)))
            lines.append("<v %s>%s</v>" % (speaker, cue))
            lines.append("")
            t = end + 0.35
        t += 1.2  # changement de locuteur
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    words = sum(len(tx.split()) for _, tx in TURNS)
    print("cues", n, "words", words, "duration %.1f min" % (t / 60))


if __name__ == "__main__":
    main()
