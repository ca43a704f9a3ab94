# -*- coding: utf-8 -*-
"""Génère la transcription texte (.txt) de l'entretien avec la DRH de Marbeuf-sur-Scarpe
sur la santé mentale des agents municipaux (Pôle Ville & Cohésion Hauts-de-France, 6 octobre 2025)."""
import os
import textwrap

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus",
                   "2025-10-06_pole-ville-cohesion-hdf_entretien-sante-mentale-agents-municipaux.txt")

HEADER = """PÔLE VILLE & COHÉSION HAUTS-DE-FRANCE
Série « Paroles d'acteurs » — Entretien n° 14

« Les agents d'accueil ne sont pas des éponges » : prendre soin de la santé mentale des agents municipaux en première ligne

Entretien avec Florence Delattre, directrice des ressources humaines de la ville de Marbeuf-sur-Scarpe (Nord)
Propos recueillis par Antoine Lemaire, chargé de mission santé au Pôle Ville & Cohésion Hauts-de-France, le 18 septembre 2025 à Marbeuf-sur-Scarpe.
Transcription relue et validée par l'interviewée. Publiée le 6 octobre 2025.

Contexte : Marbeuf-sur-Scarpe compte environ 41 000 habitants et deux quartiers prioritaires de la politique de la ville, le Pont-Rouge et les Hautes-Bruyères. La ville emploie près de 1 150 agents. Elle s'est dotée d'un conseil local de santé mentale (CLSM) en 2019, qui a ouvert en 2023 un groupe de travail consacré à la santé mentale des professionnels de première ligne.

------------------------------------------------------------
"""

QA = [
    ("Florence Delattre, vous êtes DRH de Marbeuf-sur-Scarpe depuis 2020. Pourquoi une direction des ressources humaines s'intéresse-t-elle à la santé mentale, au-delà des obligations réglementaires ?",
     "Parce que nous n'avions pas le choix, pour être très franche. Quand je suis arrivée, en septembre 2020, en pleine crise sanitaire, j'ai découvert une maison épuisée. Les agents d'accueil avaient tenu les guichets pendant le confinement, les agents des écoles avaient appliqué des protocoles qui changeaient toutes les semaines, et les équipes des quartiers prioritaires faisaient face à des habitants eux-mêmes à bout. "
     "Le taux d'absentéisme était élevé, les arrêts longs se multipliaient, et dans les entretiens, le mot qui revenait, c'était fatigue. Pas fatigue physique : fatigue de tout absorber. "
     "Et puis il y a eu un déclic, en 2022, avec un agent d'accueil de la mairie annexe du Pont-Rouge qui a été agressé verbalement, très violemment, par un usager. Il est rentré chez lui, il n'est pas revenu pendant cinq mois. Quand je l'ai revu, il m'a dit : « Personne ne m'a appelé le lendemain. » Cette phrase, je l'ai gardée. C'est à partir de là que nous avons commencé à construire une démarche plus structurée."),
    ("De quels agents parle-t-on, quand vous dites « première ligne » ?",
     "De tous ceux qui sont en contact direct et régulier avec le public, et en particulier avec un public en difficulté. Il y a bien sûr les agents d'accueil de l'hôtel de ville et des deux mairies annexes, les agents du centre communal d'action sociale, les médiateurs de nuit, la police municipale. "
     "Mais il y a aussi des métiers auxquels on pense moins : les agents territoriaux spécialisés des écoles maternelles, les ATSEM, qui reçoivent les confidences des parents le matin ; les animateurs périscolaires ; les agents des bibliothèques, qui accueillent beaucoup de personnes isolées, parfois en grande souffrance psychique ; les gardiens de gymnase ; les agents de propreté, qui sont les premiers à voir les situations d'incurie dans les halls. "
     "Au total, nous avons estimé qu'environ 430 agents sur nos 1 150 sont en situation de première ligne au sens où nous l'entendons."),
    ("Qu'est-ce que vous disent les chiffres ?",
     "Les chiffres disent une partie de la réalité, pas toute. Notre taux d'absentéisme global était de 9,8 % en 2022, il est monté à 10,4 % en 2023, et il est redescendu à 9,1 % en 2024. Je ne veux pas surinterpréter cette baisse, il y a beaucoup de facteurs, mais elle coïncide avec la mise en place de la plupart de nos actions. "
     "Sur les incidents avec le public, nous tenons un registre depuis 2021. Nous avons enregistré 71 agressions verbales ou physiques déclarées en 2022, 87 en 2023 et 64 en 2024. Pour le premier semestre 2025, nous en sommes à 29. Là encore, prudence : une baisse des déclarations peut aussi vouloir dire que les agents déclarent moins, et non qu'il y a moins d'incidents. "
     "Et puis il y a ce que nous a appris notre baromètre social de 2024. Nous avons eu 612 répondants, soit un taux de participation de 53 %. Parmi les agents d'accueil, 38 % déclaraient ressentir fréquemment une fatigue émotionnelle, contre 21 % pour l'ensemble des agents de la ville. C'est cet écart qui nous a convaincus de cibler nos actions."),
    ("Concrètement, qu'avez-vous mis en place ?",
     "Je dirais que nous avons travaillé sur quatre axes. Le premier, c'est l'évaluation. Nous avons refondu en 2024 notre document unique d'évaluation des risques professionnels, le DUERP, pour y intégrer réellement les risques psychosociaux, les RPS, service par service, et pas seulement en une ligne générique. Cela a été fait avec la conseillère de prévention, Sabrina Dufour, et avec des groupes d'agents de chaque service. "
     "Le deuxième axe, c'est le soutien. Depuis avril 2023, tous les agents ont accès à une cellule d'écoute psychologique externe, anonyme et gratuite, joignable vingt-quatre heures sur vingt-quatre, assurée par un prestataire, Prévia Écoute. Elle a reçu 96 appels entre avril et décembre 2023, et 143 appels en 2024. Cela coûte à la ville 14 500 euros par an. "
     "Le troisième axe, c'est la formation, j'y reviendrai sans doute. Et le quatrième, c'est le protocole après agression, qui est né directement de l'histoire que je vous racontais."),
    ("Parlons de ce protocole après agression. Comment fonctionne-t-il ?",
     "Le principe, c'est qu'aucun agent victime d'une agression ne doit rentrer chez lui sans que quelqu'un s'en soit soucié, et qu'aucun ne doit attendre le lendemain sans nouvelles. "
     "Le protocole tient en quelques étapes. D'abord, le jour même, l'encadrant direct s'entretient avec l'agent, le met à l'abri si nécessaire, et fait remonter l'incident à la direction des ressources humaines. Dans les quarante-huit heures, l'agent se voit proposer un entretien avec la psychologue du travail, et on lui rappelle l'existence de la cellule d'écoute. "
     "Ensuite, on l'informe de ses droits : la déclaration d'accident de service si l'agression a eu des conséquences sur sa santé, la protection fonctionnelle que lui doit la collectivité, et l'accompagnement au dépôt de plainte s'il le souhaite. Un élu ou un membre de la direction générale l'appelle personnellement. Enfin, un point est fait avec l'équipe, parce qu'une agression au guichet, ce sont aussi les collègues qui l'ont vue et entendue. "
     "Depuis 2023, le protocole a été déclenché 58 fois. Et je peux vous dire que la phrase « personne ne m'a appelé », je ne l'ai plus entendue."),
    ("Vous parlez d'une psychologue du travail. Est-elle salariée de la ville ?",
     "Non. Nous n'avons pas la taille pour un poste à temps plein. Nous passons par le centre de gestion de la fonction publique territoriale, qui met à notre disposition une psychologue du travail, à raison de deux jours par mois, dans le cadre d'une convention. Elle assure des entretiens individuels, des interventions après des événements graves et un appui aux encadrants. "
     "Son regard extérieur est précieux. Elle a par exemple identifié, dans le service d'accueil de l'hôtel de ville, un problème d'organisation qui pesait beaucoup plus lourd que les incivilités : des agents seuls au guichet pendant la pause méridienne, sans possibilité d'appeler un collègue. La réponse a été organisationnelle, pas psychologique."),
    ("Venons-en à la formation. Les premiers secours en santé mentale sont souvent cités. Est-ce votre choix ?",
     "Oui, en partie. Nous avons fait former nos agents aux premiers secours en santé mentale, les PSSM, à partir de 2023 : 24 agents formés en 2023, 41 en 2024, et 30 depuis le début de 2025, avec une dernière session prévue en novembre. Le centre national de la fonction publique territoriale prend en charge une partie des sessions, le reste est sur notre budget formation. "
     "Mais je veux être claire sur un point : nous n'avons pas formé nos agents aux PSSM d'abord pour qu'ils aident les usagers. Nous les avons formés aussi pour qu'ils comprennent ce qu'ils vivent, et pour qu'ils repèrent un collègue qui ne va pas bien. Dans les retours de formation, c'est ce qui ressort le plus : « J'ai compris ce qui m'était arrivé l'an dernier. » "
     "En parallèle, nous avons constitué un réseau de douze référents bien-être au travail, des agents volontaires de différents services, formés pendant deux jours, qui sont des relais de proximité. Ils ne sont pas des psychologues, ils ne font pas de suivi. Ils écoutent, ils orientent vers la cellule d'écoute ou vers la psychologue, et ils font remonter les difficultés collectives."),
    ("Quel rôle joue le CLSM de Marbeuf-sur-Scarpe dans cette démarche ?",
     "Un rôle que je n'avais pas anticipé, et qui s'est révélé très important. Le CLSM a été créé en 2019, il est coordonné par Noémie Vandamme. En 2023, il a ouvert un groupe de travail sur la santé mentale des professionnels de première ligne, qui réunit la ville, le CCAS, les bailleurs sociaux, la caisse d'allocations familiales, la mission locale et le centre social. Parce que ce que vivent nos agents d'accueil, les agents du bailleur ou de la CAF le vivent aussi. "
     "Le CLSM a d'abord permis à nos agents de mieux connaître le réseau de santé mentale du territoire. Un agent d'accueil qui reçoit quelqu'un en crise, s'il sait qu'il existe un centre médico-psychologique à trois rues, qu'il connaît le nom de l'infirmière d'accueil, il n'est plus seul. En 2024, le CLSM a organisé des sensibilisations de trois heures, avec des infirmiers du secteur psychiatrique, pour 180 agents de la ville. "
     "Ensuite, le CLSM a fait remonter un problème que nous ne voyions pas à l'échelle de la ville : les situations de personnes qui passent d'un guichet à l'autre, de la mairie au CCAS, du CCAS à la CAF, sans que personne ne fasse le lien. Une cellule de coordination a été créée pour ces situations, et pour les agents, savoir qu'une situation lourde sera reprise collectivement, c'est un vrai soulagement."),
    ("N'y a-t-il pas un risque de confusion entre la santé mentale des usagers, qui est l'objet premier du CLSM, et celle des agents, qui relève de l'employeur ?",
     "C'est une très bonne question, et nous nous la sommes posée. Il y a une frontière à respecter. Le CLSM ne s'occupe pas de la santé au travail des agents de la ville : ça, c'est ma responsabilité d'employeur, avec la médecine préventive, la conseillère de prévention et la formation spécialisée en santé, sécurité et conditions de travail, la F3SCT, qui a remplacé l'ancien CHSCT. "
     "En revanche, le CLSM agit sur ce qui se passe dans la relation avec le public : mieux outiller les professionnels, créer du lien avec le soin, organiser la coordination autour des situations complexes. Et ça, indirectement, c'est un facteur de protection très fort pour nos agents. "
     "Pour éviter les confusions, nous avons clarifié les rôles dans une note partagée en 2024. La F3SCT, qui se réunit quatre fois par an, suit les indicateurs de santé au travail. Le groupe de travail du CLSM, lui, se réunit tous les deux mois et ne traite jamais de situations individuelles d'agents."),
    ("Les arrêts longs pour motif psychique, l'épuisement professionnel : comment les gérez-vous ?",
     "C'est probablement là que nous avons le plus de progrès à faire. En 2024, six accidents de service ont été reconnus pour un motif principalement psychique, après une agression ou un événement traumatique, dans le cadre du congé pour invalidité temporaire imputable au service, le CITIS. Et nous avons eu plusieurs arrêts longs liés à un épuisement professionnel, qui ne sont pas toujours reconnus comme imputables au service. "
     "Ce que nous avons mis en place, c'est d'abord un entretien de retour systématique après toute absence de plus de trois mois, avec le responsable et la DRH, pour préparer la reprise : horaires, missions, éventuellement changement de poste. Nous utilisons aussi beaucoup le temps partiel thérapeutique. "
     "Et quand le retour au même poste n'est pas possible, nous mobilisons la période de préparation au reclassement, la PPR, qui permet à l'agent, pendant un an au maximum, de se former et de découvrir d'autres métiers tout en restant rémunéré. Nous en avons accompagné trois depuis 2023, dont deux agents d'accueil qui travaillent aujourd'hui, l'un aux archives, l'autre au service des espaces verts."),
    ("Les encadrants ont-ils été associés ? On dit souvent qu'ils sont eux-mêmes pris en étau.",
     "Ils sont au cœur du sujet. Un encadrant de proximité, chef d'équipe d'accueil ou responsable d'école, porte à la fois la pression des usagers, celle de sa hiérarchie et celle de ses agents. Nous avons organisé pour eux, en 2024 et 2025, un cycle de quatre demi-journées sur le management et les risques psychosociaux, suivi par 46 encadrants. "
     "Nous avons aussi mis en place, pour les encadrants des services les plus exposés, des groupes d'analyse de pratiques, animés par un intervenant extérieur, cinq fois par an. Au début, certains trouvaient ça superflu. Aujourd'hui, ce sont les premiers à défendre ces temps."),
    ("Et les élus ? Quel a été leur rôle ?",
     "Décisif sur un point : la reconnaissance. Quand le maire ou l'adjoint au personnel appelle un agent agressé, quand ils viennent dire en réunion de service que la ville ne tolérera pas les violences contre ses agents, cela compte énormément. L'adjointe chargée des ressources humaines participe d'ailleurs à la F3SCT et suit les indicateurs. "
     "Les élus ont aussi accepté des arbitrages budgétaires qui n'allaient pas de soi, comme la cellule d'écoute ou les travaux de réaménagement de l'accueil de la mairie annexe des Hautes-Bruyères, avec une banque d'accueil plus large, un bouton d'alerte et un espace de confidentialité. Ces travaux ont coûté 62 000 euros et ont été réalisés au printemps 2025."),
    ("Que diriez-vous à une collectivité qui voudrait se lancer ?",
     "Trois choses. D'abord, commencer par écouter les agents, vraiment, service par service, avant d'acheter une solution clé en main. Les besoins d'une ATSEM ne sont pas ceux d'un policier municipal. "
     "Ensuite, ne pas tout faire reposer sur la psychologie individuelle. Une grande partie de la souffrance au travail vient de l'organisation : des agents seuls, des consignes contradictoires, des outils inadaptés. Réorganiser un planning, c'est parfois plus efficace que dix séances d'écoute. "
     "Enfin, s'appuyer sur le CLSM quand il existe. Les agents ont besoin de savoir qu'ils font partie d'un réseau, qu'il y a des soignants derrière eux. Le CLSM, c'est ce qui transforme un agent isolé face à une personne en détresse en un maillon d'une chaîne."),
    ("Quelles sont vos prochaines étapes ?",
     "Pour 2026, nous travaillons sur trois chantiers. Le premier, c'est un espace de décompression dans chacune des deux mairies annexes : une petite pièce où un agent peut s'isoler quelques minutes après un accueil difficile. Cela paraît anodin, mais aujourd'hui, après une altercation, un agent d'accueil n'a nulle part où aller. "
     "Le deuxième, c'est l'extension des groupes d'analyse de pratiques aux ATSEM et aux animateurs périscolaires, qui nous ont fait remonter des situations très lourdes, notamment d'enfants exposés à des violences intrafamiliales. "
     "Et le troisième, c'est une nouvelle édition du baromètre social, fin 2026, pour mesurer si l'écart entre les agents d'accueil et les autres agents s'est réduit. C'est cet indicateur-là que je regarderai en premier."),
    ("Un dernier mot ?",
     "Peut-être celui-ci : les agents d'accueil ne sont pas des éponges. On leur demande d'absorber la colère, la détresse, parfois la folie, sans jamais rien laisser paraître. Ce n'est pas tenable. Prendre soin de leur santé mentale, ce n'est pas du confort, c'est la condition pour que le service public reste ouvert, dans les quartiers où on en a le plus besoin."),
]


def main():
    lines = [HEADER]
    for q, a in QA:
        lines.append(textwrap.fill("Question : " + q, width=100, break_on_hyphens=False))
        lines.append("")
        lines.append(textwrap.fill("Réponse : " + a, width=100, break_on_hyphens=False))
        lines.append("")
    lines.append("------------------------------------------------------------")
    lines.append("Pour aller plus loin : le dossier « Santé mentale des professionnels de première ligne » du Pôle Ville & Cohésion Hauts-de-France,")
    lines.append("disponible sur https://www.pole-ville-cohesion-hdf.example/ressources/sante-mentale-premiere-ligne")
    lines.append("Contact : Antoine Lemaire — a.lemaire@pole-ville-cohesion-hdf.example")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    words = sum(len((q + " " + a).split()) for q, a in QA)
    print("written", OUT, "words", words)


if __name__ == "__main__":
    main()
