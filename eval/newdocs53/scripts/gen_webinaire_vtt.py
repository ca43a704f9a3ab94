# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT (.vtt) du webinaire Webex « Les midis du CLSM n° 4 — La pair-aidance au CMP :
un an de médiateur de santé pair au CMP des Tilleuls » (CLSM de Ligneray, mardi 18 mars 2025, 12 h 30 – 13 h).

Format : en-tête « WEBVTT » avec ligne de titre, blocs « NOTE » (transcription automatique, coupure de son,
partage d'écran), identifiants de repère numériques, horodatage « hh:mm:ss.mmm --> hh:mm:ss.mmm », nom de
l'orateur écrit DANS le texte du repère sous la forme « Prénom Nom: … » seulement quand l'orateur change, une
question du chat lue par l'animatrice. Durées calculées d'après la longueur du texte, de façon déterministe.

Tout est inventé (personnes, structures, chiffres, numéros en 02 99 00, domaines .example).
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-03-18_clsm-ligneray_webinaire-pair-aidance-cmp.vtt")

SPEAKERS = {"SG": "Solène Guérin", "HM": "Hélène Morvan", "YL": "Yannick Le Goff", "NF": "Nadia Ferrand"}

# Une ligne = un repère. « XX| » = changement d'orateur. « NOTE … » = bloc NOTE. « GAP n » = silence de n s.
SCRIPT = """GAP 118
NOTE Transcription générée automatiquement par Webex, relue par le secrétariat du CLSM. Les 118 premières secondes (attente des participants) ne sont pas transcrites.
SG|Bon, je crois qu'on peut commencer, il est midi trente-deux.
Bonjour à toutes et à tous, bienvenue dans ce quatrième midi du CLSM de Ligneray.
Je suis Solène Guérin, je coordonne le conseil local de santé mentale de la ville.
On a soixante-trois inscrits et je vois qu'on est déjà quarante et un connectés, merci d'être là.
Le thème aujourd'hui : la pair-aidance au CMP, un an après l'arrivée de notre premier médiateur de santé pair.
Petit rappel pratique : vos micros sont coupés, vous pouvez poser vos questions dans le chat,
je les lirai à la fin de chaque partie. Le webinaire est enregistré, le replay sera sur le site du CLSM.
Avec moi trois intervenants. Le docteur Hélène Morvan, psychiatre, cheffe du pôle de psychiatrie adulte
du centre hospitalier du Val-de-Lignon. Yannick Le Goff, médiateur de santé pair au CMP des Tilleuls.
Et Nadia Ferrand, chargée de mission santé mentale à la délégation territoriale Loire-Bocage de l'ARS Pays de la Loire.
Docteur Morvan, on commence avec vous : pourquoi avoir voulu un médiateur de santé pair au CMP ?
HM|Merci Solène, bonjour à tous. Alors, l'idée ne vient pas de nulle part.
Depuis 2022, le projet médical du pôle s'appuie sur le rétablissement, et on avait un constat un peu dur :
beaucoup de patients des Tilleuls venaient une fois au CMP et ne revenaient pas.
Le CMP des Tilleuls est au cœur du quartier prioritaire, c'est notre CMP le plus sollicité,
et c'est là qu'on avait le plus de rendez-vous non honorés, près d'un sur trois en 2023.
On s'est dit qu'il manquait quelqu'un dans l'équipe qui puisse dire aux patients : moi aussi je suis passé par là.
Donc on a monté le poste avec l'ARS, et Yannick a pris ses fonctions le 4 mars 2024, à 0,8 équivalent temps plein.
Il travaille quatre jours par semaine, du mardi au vendredi. Le lundi, il ne travaille pas.
SG|Et concrètement, sur quel statut est-il recruté ? C'est une question qui revient beaucoup.
HM|Oui. À l'hôpital, le métier de médiateur de santé pair n'a pas encore de corps de la fonction publique.
Yannick est donc contractuel, en CDD d'un an renouvelé, et on prévoit de passer en CDI à la fin de cette année.
On l'a positionné sur une grille proche de celle des techniciens hospitaliers.
Concrètement, ça représente 2 010 euros bruts par mois pour un temps plein en début de contrat.
Le poste est financé par l'ARS sur le fonds d'intervention régional, 38 000 euros par an.
Je veux être claire : ce n'est pas un bénévole, ce n'est pas un stagiaire, c'est un collègue, il est membre de l'équipe.
SG|Merci. Yannick, à vous. Est-ce que vous pouvez nous dire qui vous êtes et comment vous êtes arrivé là ?
YL|Bonjour tout le monde. Alors moi j'ai quarante et un ans, et j'ai un trouble bipolaire, diagnostiqué à vingt-sept ans.
J'ai été hospitalisé trois fois, la dernière fois en 2014. Ça, je le dis facilement maintenant, ça fait partie de mon métier.
Après ma dernière hospitalisation, j'ai poussé la porte du GEM La Passerelle, rue des Mariniers.
J'y suis resté de 2015 à 2021, j'ai même été vice-président de l'association pendant trois ans.
C'est au GEM que j'ai découvert que ce que j'avais vécu pouvait servir à d'autres.
Ensuite j'ai fait le DU pair-aidance de l'université de Loire-Bocage, la deuxième promotion, en 2022-2023.
À l'époque c'était cent quarante heures de cours et un stage de cinquante heures. Mon stage, je l'ai fait au CMP Jean-Jaurès.
SG|Et une journée type au CMP des Tilleuls, ça ressemble à quoi ?
YL|Il n'y a pas vraiment de journée type, mais il y a des choses qui reviennent.
D'abord, je fais les entretiens d'accueil en binôme avec une infirmière, pour les nouveaux patients.
Moi je ne pose pas de questions sur les symptômes, je parle de ce que la personne attend, de ce qui l'aide déjà.
Ensuite il y a les entretiens individuels, sur le rétablissement, sur les projets, le logement, le travail.
Le jeudi matin, de 10 h à 11 h 30, je co-anime avec une psychologue le groupe Rétablissement,
huit séances par cycle, huit à dix participants. On en est au quatrième cycle.
Et puis j'accompagne dans la cité : aller à la CPAM, au GEM, à la mission locale, parfois juste prendre le bus ensemble.
Je travaille aussi beaucoup sur les plans de crise conjoints, avec le patient et son psychiatre.
NOTE Coupure du son côté intervenant pendant environ 20 secondes ; la phrase suivante est reprise par l'intervenant.
GAP 20
YL|Pardon, je disais : le plan de crise conjoint, c'est un document que la personne écrit quand elle va bien,
avec ses signes d'alerte, ce qui l'aide, les personnes à prévenir, et ses souhaits si elle doit être hospitalisée.
Depuis mon arrivée, on en a rédigé vingt-huit.
SG|Vous avez des chiffres sur votre première année ?
YL|Oui, de mars 2024 à fin février 2025, j'ai rencontré 142 personnes au total.
Parmi elles, 96 ont eu un suivi régulier avec moi, au moins trois rencontres.
Et ça fait à peu près 540 entretiens individuels sur l'année, sans compter le groupe.
Les deux tiers des personnes que j'ai suivies habitent aux Tilleuls ou à la Croix-Verte.
HM|Et je me permets d'ajouter un chiffre, Solène, parce que c'est ce qui a convaincu la direction.
Au CMP des Tilleuls, les rendez-vous non honorés sont passés de 31 % en 2023 à 22 % en 2024.
On ne peut pas tout attribuer à Yannick, on a aussi changé les rappels par SMS, mais l'effet est là.
SG|Merci. J'ai une première question dans le chat, je la lis.
C'est Perrine, infirmière au CMP Jean-Jaurès, qui demande : « Est-ce que le médiateur a accès au dossier patient ? »
HM|Oui, et c'était un vrai débat au début.
Yannick a accès au dossier patient informatisé, en lecture, et il écrit ses propres transmissions, comme tout le monde.
Il est soumis au secret professionnel, et il partage les informations utiles avec l'équipe, dans le cadre du secret partagé.
YL|Et j'ajoute que je dis toujours aux patients ce que j'écris. C'est une question de confiance.
SG|Autre question, de Marc, adhérent du GEM La Passerelle : « Faut-il avoir été hospitalisé pour devenir médiateur ? »
YL|Non, pas du tout. Ce qui compte, c'est d'avoir vécu des troubles psychiques,
d'avoir fait un bout de chemin dans son rétablissement, et d'avoir pris du recul sur son parcours.
Et surtout d'être formé. Le vécu, c'est la matière première, mais ce n'est pas un métier tout seul.
SG|Nadia Ferrand, à vous. Quelle est la place des médiateurs de santé pairs dans la politique de l'ARS ?
NF|Bonjour à toutes et à tous. Je vais donner quelques repères, parce que les chiffres varient beaucoup selon l'échelle.
Fin 2024, on recensait 24 médiateurs de santé pairs en poste dans les établissements de psychiatrie des Pays de la Loire.
Dans le département de Loire-Bocage, ils sont trois : Yannick au Val-de-Lignon, et deux à l'EPSM de Bréval.
Au niveau national, on parle d'un peu plus de 200 médiateurs de santé pairs salariés, mais le recensement est imparfait.
L'objectif régional, inscrit dans le projet territorial de santé mentale, c'est un médiateur par secteur de psychiatrie adulte,
soit environ 45 postes d'ici 2028.
Pour ça l'ARS finance les postes sur le FIR, le fonds d'intervention régional, en amorçage, sur trois ans.
SG|Et pour les GEM, c'est aussi l'ARS ?
NF|Alors pour les GEM, c'est un peu différent. L'argent vient de la CNSA, la Caisse nationale de solidarité pour l'autonomie,
et l'ARS le délègue aux GEM selon le cahier des charges national.
En 2024, chaque GEM a reçu un forfait de 82 900 euros.
On a 63 GEM dans la région, dont 9 en Loire-Bocage, et deux à Ligneray, La Passerelle et Le Phare.
Le GEM, ce n'est pas un lieu de soin, c'est une association de personnes concernées, qui se gère elle-même.
SG|Justement, quel lien entre le GEM et le CMP ? Yannick, vous êtes un peu entre les deux.
YL|Oui. Une fois par mois, le premier mercredi après-midi, je tiens une permanence au GEM Le Phare.
C'est hors les murs de l'hôpital, les gens viennent boire un café, poser des questions sur le CMP, sur les traitements.
Certains ne mettraient jamais les pieds au CMP sans ça.
Et dans l'autre sens, j'oriente vers les GEM des patients qui sont très isolés.
Mais attention, le GEM ne doit pas devenir une annexe du CMP. Les adhérents y tiennent beaucoup.
SG|Merci Nadia. Avant d'aller plus loin, je vous propose une petite vidéo.
Elle a été tournée l'automne dernier par les adhérents du GEM La Passerelle, elle s'appelle « Pairs ».
NOTE Diffusion de la vidéo « Pairs » (3 min 10 s) réalisée par le GEM La Passerelle ; la bande-son n'est pas transcrite.
GAP 190
SG|Voilà. Merci aux adhérents de La Passerelle et à Amélie Texier, leur animatrice, qui a coordonné le tournage.
Nadia, une question qu'on me pose souvent : quelle différence entre un pair-aidant et un médiateur de santé pair ?
NF|C'est une vraie question, parce que les mots se mélangent.
Le pair-aidant, au sens large, c'est toute personne qui s'appuie sur son vécu pour aider d'autres personnes, souvent bénévolement,
par exemple un adhérent de GEM qui accueille un nouveau.
Le médiateur de santé pair, lui, est salarié, formé, et il travaille dans une équipe de soin ou d'accompagnement.
Et puis il y a le patient partenaire, qui intervient plutôt dans la formation des soignants ou dans la recherche.
Pour nos financements, c'est bien le médiateur de santé pair salarié qui est visé.
SG|Je voudrais aussi dire un mot du groupe de travail Rétablissement du CLSM, puisque beaucoup d'entre vous en font partie.
Il a été créé en octobre 2023, il est co-piloté par Yannick et par Claire Jouan, psychologue à Horizons Ligneray.
On est vingt-trois membres, dont neuf personnes concernées, et c'est une règle qu'on s'est fixée :
au moins un tiers de personnes concernées dans le groupe.
Le groupe travaille sur trois chantiers : un annuaire des ressources du rétablissement,
une formation commune au rétablissement pour les professionnels de la ville, et le projet de clubhouse.
YL|Et je précise, pour ceux qui ne connaissent pas : un clubhouse, c'est un lieu de jour géré ensemble par ses membres
et une petite équipe de salariés, organisé autour d'une journée de travail, avec l'objectif de retrouver un emploi ou une formation.
SG|Exactement. L'étude de faisabilité démarre ce mois-ci, elle est confiée au cabinet Trajectoires Conseil,
pour un coût de 20 000 euros, partagé entre la ville et le contrat de ville.
Les résultats seront présentés à la séance plénière du CLSM en juin.
J'ai justement une question dans le chat, de Karim, éducateur au centre social des Tilleuls :
« Quelle différence entre un GEM et un clubhouse ? »
YL|Le GEM, c'est d'abord l'entraide, les loisirs, rompre l'isolement, et ce sont les adhérents qui décident de tout.
Il n'y a pas d'objectif d'emploi. Au clubhouse, la journée est organisée comme une journée de travail,
les membres font tourner le lieu avec les salariés, la cuisine, l'accueil, le journal,
et on accompagne vers l'emploi. Les deux sont complémentaires, on n'opposera pas l'un à l'autre.
HM|Et du côté des familles, je voudrais citer Solidarité Psy Loire-Bocage, l'association de familles,
qui est la marraine du GEM La Passerelle depuis sa création, et qui soutient beaucoup le projet de clubhouse.
NOTE Partage d'écran de Solène Guérin : diapositive « Calendrier 2025 » (non transcrite, environ 60 secondes).
GAP 60
SG|Vous voyez à l'écran les prochaines étapes.
Le groupe de travail Rétablissement du CLSM se réunit le 10 avril 2025, à l'hôtel de ville.
Le deuxième poste de médiateur de santé pair, au CMP Jean-Jaurès, est prévu pour l'automne, à 0,6 équivalent temps plein.
Et les Semaines d'information sur la santé mentale auront lieu du 6 au 19 octobre 2025.
HM|Je précise pour le deuxième poste : le financement n'est pas encore confirmé par l'ARS, on attend la campagne budgétaire.
NF|Je confirme, la décision sera connue en juin.
SG|Yannick, une dernière question du chat, d'une assistante sociale de la Croix-Verte :
« Qu'est-ce qui a été le plus difficile, cette première année ? »
YL|Honnêtement, trouver ma place. Au début, certains collègues ne savaient pas quoi me confier.
Une fois, à l'accueil, on m'a demandé si j'avais rendez-vous. Ça fait rire maintenant.
Ce qui m'a aidé, c'est l'analyse de pratique, une fois par mois, avec les deux médiateurs de Bréval.
Et l'équipe a fait une journée de formation sur le rétablissement, tout le CMP, secrétaires comprises.
HM|C'est un point important : on ne peut pas recruter un médiateur sans préparer l'équipe. Nous, on a mis six mois.
SG|Il nous reste quelques minutes, je prends une question très pratique, de Julie, médecin généraliste à la Croix-Verte :
« Comment est-ce que j'adresse un patient à Yannick ? Il faut une ordonnance ? »
YL|Non, pas d'ordonnance. La personne doit être suivie au CMP des Tilleuls, ou en cours d'admission.
Le plus simple, c'est d'appeler le secrétariat du CMP au 02 99 00 43 10, ou d'en parler à l'infirmière d'accueil,
et on me transmet la demande. Je rappelle la personne dans la semaine.
Et si la personne n'est pas suivie au CMP, elle peut venir me voir à la permanence du GEM Le Phare, sans rendez-vous.
HM|J'ajoute qu'on réfléchit à ouvrir une antenne du CMP Jean-Jaurès à la Croix-Verte, à l'espace Croix-Verte,
deux demi-journées par semaine. Le deuxième médiateur y interviendrait. Mais rien n'est décidé avant l'été.
SG|Une remarque enfin dans le chat, de Gérard Lucas, le président du GEM La Passerelle, qui rappelle
que le GEM fête ses dix-sept ans cette année, et que tout le monde est invité à la journée portes ouvertes en octobre.
Merci Gérard, on l'intégrera au programme des SISM.
NOTE Interruption de la connexion de Nadia Ferrand (environ 40 secondes), elle rejoint à nouveau la réunion.
GAP 40
NF|Excusez-moi, j'ai perdu la connexion. Juste un mot pour conclure du côté de l'ARS :
l'appel à projets régional pour les postes de médiateurs de santé pairs 2025 sera publié en avril,
et les établissements du département qui n'en ont pas encore sont prioritaires.
SG|Merci beaucoup à tous les trois. On arrive à la fin, il est presque treize heures.
Le replay et le diaporama seront en ligne sur clsm.ligneray.example dans la semaine.
Le prochain midi du CLSM aura lieu le mardi 20 mai, sur le logement et la santé mentale.
Pour toute question, vous pouvez m'écrire à clsm@ligneray.example ou m'appeler au 02 99 00 41 20.
Bon appétit à tous et à bientôt.
NOTE Fin de l'enregistrement."""


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def main():
    rnd = random.Random(53)
    t = 0.0
    out = ["WEBVTT - Les midis du CLSM n° 4 — La pair-aidance au CMP (Webex, 18 mars 2025)", ""]
    n = 0
    current = None
    for line in SCRIPT.split("\n"):
        if line.startswith("GAP "):
            t += float(line.split()[1])
            continue
        if line.startswith("NOTE "):
            out += [line, ""]
            continue
        label = ""
        if len(line) > 3 and line[2] == "|":
            code, line = line[:2], line[3:]
            if code != current:
                label = SPEAKERS[code] + ": "
                current = code
            t += 0.6 + rnd.random() * 0.8
        words = len(line.split())
        dur = words / 2.15 + 0.5
        n += 1
        out += [str(n), "%s --> %s" % (fmt(t), fmt(t + dur)), label + line, ""]
        t += dur + 0.15 + rnd.random() * 0.35
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("écrit :", OUT, "| repères :", n, "| durée : %.0f s" % t)


if __name__ == "__main__":
    main()
