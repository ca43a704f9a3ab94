# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT du webinaire « Logement d'abord et santé mentale : l'expérience de Vesonde »
(pôle ressources Quartiers en réseau BFC, mardi 23 septembre 2025), fichier .vtt d'environ 20 minutes.

Mise en page voulue : en-tête WEBVTT avec métadonnées Kind / Language, bloc NOTE, repères numérotés, horodatage
« hh:mm:ss.mmm --> hh:mm:ss.mmm », chaque repère porteur d'une balise de voix <v Prénom Nom> ; cinq voix ;
repères découpés au fil de la parole (coupures au milieu des phrases) ; une diapositive lue à voix haute ;
quatre questions du chat lues par l'animateur ; récit anonymisé d'une situation d'incurie.

Le minutage est calculé à partir du nombre de mots (environ 2,25 mots par seconde) avec une courte pause entre
deux prises de parole. Tout est inventé (ville, structures, personnes, chiffres, numéros, domaines .example).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-09-23_quartiers-en-reseau-bfc_webinaire-logement-dabord-sante-mentale.vtt")

R = "Romain Chevassus"
C = "Claire Montagnon"
Y = "Yannick Bourgeois"
S = "Sandrine Perrot"
L = "Lucie Fournier"

TURNS = [
    (R, "Bonjour à toutes et à tous, et bienvenue dans ce nouveau rendez-vous du réseau. Je suis Romain Chevassus, "
        "chargé de mission au pôle ressources Quartiers en réseau BFC, et je vais animer ce webinaire consacré au "
        "logement d'abord et à la santé mentale, avec l'expérience de la ville de Vesonde, en Haute-Loue. Quelques "
        "consignes avant de commencer : vos micros sont coupés, vous pouvez poser vos questions dans le chat à tout "
        "moment, je les lirai à voix haute dans la seconde partie. Le webinaire est enregistré et le replay sera en "
        "ligne sur notre site d'ici une semaine. Nous avons quatre intervenants aujourd'hui : Claire Montagnon, "
        "coordinatrice du conseil local de santé mentale de Vesonde ; le docteur Yannick Bourgeois, psychiatre, "
        "responsable de l'équipe mobile psychiatrie précarité du centre hospitalier ; Sandrine Perrot, chargée de "
        "gestion sociale chez le bailleur Habitat Loue-Vesonde ; et Lucie Fournier, qui coordonne le programme Un "
        "chez-soi d'abord de la Haute-Loue. Claire, je vous laisse la parole pour planter le décor."),
    (C, "Merci Romain, bonjour à tous. Alors Vesonde, c'est une ville de quarante-six mille trois cents habitants, "
        "avec deux quartiers prioritaires de la politique de la ville : les Grands Prés, un peu moins de cinq mille "
        "habitants, et Champ-Fleuri, un peu plus de trois mille. Le CLSM existe depuis 2017 et très vite, le sujet "
        "du logement est remonté de partout. Le déclic, ça a été l'hiver 2020, quand un locataire des Grands Prés a "
        "été retrouvé mort chez lui plusieurs semaines après son décès. Tout le monde le connaissait un peu : le "
        "gardien, le CMP, l'assistante sociale, le bailleur pour ses impayés. Mais personne n'avait tout le tableau. "
        "C'est de là qu'est née la cellule de veille logement et santé mentale, qui s'est réunie pour la première "
        "fois en janvier 2021. Le principe est simple : une fois par mois, le troisième jeudi, on se retrouve au CCAS "
        "avec le bailleur, l'équipe mobile, le CMP, le Département, l'UDAF, le SIAO, les associations, et on examine "
        "ensemble des situations de personnes qui risquent de perdre leur logement et chez qui on repère une "
        "souffrance psychique. Je vous partage une diapositive. Alors je vous la lis, pour ceux qui nous écoutent "
        "par téléphone. Titre : la cellule en chiffres au 31 août 2025. Premier point : 63 situations examinées "
        "depuis le 1er janvier, dont 41 nouvelles. Deuxième point : 14 situations d'incurie ou de syndrome de "
        "Diogène. Troisième point : 60 % des situations concernent les deux quartiers prioritaires. Quatrième point "
        ": 19 jours en moyenne entre la saisine et l'examen en séance. Pour comparer, sur toute l'année 2024, on "
        "avait examiné 79 situations. Donc on voit que ça monte encore, et ça ne veut pas dire que les choses vont "
        "plus mal, ça veut surtout dire que les partenaires nous saisissent plus tôt."),
    (R, "Claire, concrètement, comment se passe une séance ? Combien de situations vous voyez, et qui vous les "
        "amène ?"),
    (C, "Une séance dure deux heures, de neuf heures trente à onze heures trente, et on examine en général entre "
        "cinq et huit situations. Chaque situation arrive par une fiche de saisine, remplie par un professionnel "
        "d'une structure membre : qui est la personne, depuis quand le logement est menacé, ce qui a déjà été "
        "tenté, ce que la personne en dit. Celui qui saisit présente la situation en cinq minutes, puis chacun dit "
        "ce qu'il sait et ce qu'il peut faire, et on repart avec des décisions, un référent et une date de retour. "
        "Le premier pourvoyeur, c'est le bailleur social, et de loin, puis le CCAS, le Département et l'équipe "
        "mobile. Et quand il y a une urgence, par exemple une expulsion dans moins d'un mois, on peut réunir une "
        "cellule restreinte sous soixante-douze heures, avec seulement les partenaires concernés."),
    (R, "Merci Claire. Une question revient souvent quand on parle de ces cellules, c'est celle de la "
        "confidentialité. Comment vous faites, concrètement, pour que le bailleur et le soignant parlent de la même "
        "personne sans trahir le secret médical ?"),
    (C, "Oui, c'est vraiment le cœur du sujet, et on y a passé beaucoup de temps au début. On s'appuie sur le "
        "secret professionnel partagé : on ne partage que ce qui est strictement nécessaire pour trouver une "
        "solution. Concrètement, en séance, on ne dit jamais le nom de la personne : chaque situation a un numéro, "
        "par exemple S-2025-040, et on utilise seulement l'initiale. Le soignant ne donne pas de diagnostic, il dit "
        "par exemple : cette personne a besoin de soins, elle est suivie ou elle ne l'est plus. Chaque participant "
        "signe un engagement de confidentialité, y compris les invités d'un jour. Depuis le 1er avril, les fiches "
        "de saisine arrivent uniquement par messagerie sécurisée, MSSanté, plus jamais par mail classique. Et c'est "
        "moi seule qui tiens le registre qui fait le lien entre les numéros et les noms ; on le garde trois ans "
        "après la clôture, puis on le détruit. Et il y a une règle que le bailleur a acceptée dans la charte : ce "
        "qu'il apprend en cellule, il ne peut pas s'en servir devant le juge."),
    (R, "Docteur Bourgeois, l'équipe mobile psychiatrie précarité est un pilier de ce dispositif. Vous pouvez nous "
        "dire comment vous travaillez ?"),
    (Y, "Bonjour à tous. L'EMPP, chez nous elle s'appelle Passerelle, c'est une petite équipe rattachée au centre "
        "hospitalier : deux virgule six équivalents temps plein d'infirmiers, une psychologue à mi-temps, et moi pour "
        "zéro virgule trois. À l'origine, on est une équipe qui va vers les personnes à la rue : on fait des "
        "maraudes le mardi et le jeudi, on passe dans les accueils de jour, au 115. En 2024, on a rencontré 214 "
        "personnes. Avec la cellule, on a ajouté un autre métier : les visites à domicile chez des personnes qui ont "
        "encore un logement mais qui sont en train de le perdre. La charte nous engage à faire cette visite dans les "
        "quinze jours après la demande. En pratique, cette année, on est à neuf jours en moyenne, contre onze jours "
        "l'an dernier. Et on y va presque toujours à deux, un infirmier de l'équipe et le travailleur social qui "
        "connaît la personne."),
    (R, "On parle beaucoup du syndrome de Diogène dans les quartiers. Qu'est-ce que vous en dites, vous, en tant "
        "que psychiatre ?"),
    (Y, "Alors, je vais être un peu pénible : le syndrome de Diogène, ce n'est pas un diagnostic. C'est une façon "
        "de décrire une situation : un logement encombré, parfois jusqu'au plafond, une négligence de soi et de son "
        "logement, ce qu'on appelle l'incurie, un isolement, et surtout un refus de l'aide. L'accumulation "
        "compulsive d'objets, elle, a un nom, la syllogomanie, mais on peut avoir l'une sans l'autre. Derrière, on "
        "trouve des choses très différentes : une dépression, un début de démence, une psychose, parfois rien de "
        "psychiatrique du tout. Donc la première chose, c'est d'aller voir la personne, pas de décider d'un "
        "débarras. Je vous donne un exemple, anonymisé bien sûr. Appelons-le monsieur Georges, soixante-dix-huit "
        "ans, Champ-Fleuri. Le bailleur nous saisit pour des odeurs et des insectes chez les voisins. Première "
        "visite : il ne nous ouvre pas. Deuxième visite : pareil. À la troisième, on parle à travers la porte, et on "
        "entend un chat. L'infirmière lui parle du chat, du vétérinaire, et c'est comme ça qu'on est entrés, à la "
        "quatrième visite. Ensuite il a fallu six mois. Le débarras, on l'a fait en trois fois, avec son accord, "
        "pièce par pièce, en gardant ce qui comptait pour lui. Aujourd'hui il est toujours chez lui, il a une aide à "
        "domicile deux fois par semaine, et il vient au GEM le jeudi. S'il avait été expulsé, je ne suis pas sûr "
        "qu'il serait encore en vie."),
    (R, "Merci pour ce témoignage. Sandrine Perrot, côté bailleur, qu'est-ce que cette cellule a changé ?"),
    (S, "Bonjour à tous. Habitat Loue-Vesonde, c'est six mille huit cents logements sur Vesonde, dont deux mille "
        "neuf cents dans les deux quartiers prioritaires. Avant, je vais être honnête, quand un locataire ne payait "
        "plus et ne répondait plus, la procédure suivait son cours, et on découvrait parfois la souffrance psychique "
        "le jour de l'expulsion, avec l'huissier. Depuis la charte signée le 28 novembre 2024, on s'est engagés à "
        "saisir la cellule dès le deuxième mois d'impayé, quand on repère des signes de souffrance psychique, sans "
        "attendre le commandement de payer. Et pendant trois mois après la saisine, on suspend toute nouvelle "
        "démarche contentieuse. Ça a fait un peu peur à notre service contentieux au début, je ne vous le cache pas. "
        "Au 31 août, on a saisi la cellule de 23 situations au titre de la charte, et seulement deux ont abouti à "
        "une expulsion. On a aussi nommé un référent santé mentale dans chacune de nos deux agences. Et on forme nos "
        "gardiens aux premiers secours en santé mentale : quatorze sont formés au 31 août, l'objectif c'est vingt "
        "d'ici la fin de l'année. Parce que le gardien, c'est souvent le premier à voir que quelque chose ne va pas "
        ": le courrier qui déborde, les volets fermés, l'odeur dans la cage d'escalier."),
    (R, "Sandrine, pourquoi autant de situations dans les deux quartiers prioritaires ? C'est seulement parce "
        "que votre parc y est concentré ?"),
    (S, "En partie, oui : aux Grands Prés, presque huit logements sur dix sont des logements sociaux. Mais il n'y a "
        "pas que ça. Ce sont des quartiers où la pauvreté est beaucoup plus forte, où beaucoup de gens vivent seuls, "
        "et où il n'y a aucun psychiatre libéral installé. Quand le CMP a six mois d'attente, c'est le gardien et "
        "la chargée de gestion sociale qui voient arriver les difficultés en premier. Et il faut le dire aussi : "
        "dans ces quartiers, les équipes de proximité connaissent les habitants, donc on repère plus, et plus tôt."),
    (R, "Lucie Fournier, on a parlé de personnes qui risquent de perdre leur logement. Le programme Un chez-soi "
        "d'abord, lui, s'adresse à des personnes qui n'en ont pas du tout. Vous pouvez nous le présenter en deux "
        "mots ?"),
    (L, "Bonjour. Oui, Un chez-soi d'abord, c'est le logement d'abord appliqué aux personnes sans abri qui ont des "
        "troubles psychiques sévères, le plus souvent une schizophrénie ou un trouble bipolaire. On leur propose "
        "directement un logement ordinaire, dans le diffus, sans exiger qu'elles soient soignées ou abstinentes "
        "avant, et une équipe pluridisciplinaire vient les voir chez elles au moins une fois par semaine. Le site "
        "de la Haute-Loue a ouvert le 2 octobre 2023 avec quarante places, on est passés à cinquante-cinq places au "
        "1er janvier. Au 31 août, on accompagne 52 personnes, dont 49 sont logées. Dans l'équipe, on a deux "
        "travailleurs pairs, des personnes qui ont elles-mêmes connu la rue et la maladie, et franchement ça change "
        "tout dans la relation. Le lien avec la cellule est très fort : certaines personnes menacées d'expulsion "
        "ou déjà à la rue nous sont orientées après un examen en cellule."),
    (R, "Et est-ce que ça marche ? Les gens restent dans leur logement ?"),
    (L, "Oui, et c'est ce qui surprend toujours. Parmi les personnes logées depuis plus d'un an, 87 % sont toujours "
        "dans leur logement. Les journées d'hospitalisation en psychiatrie ont beaucoup baissé : en moyenne 41 jours "
        "par personne l'année avant l'entrée dans le programme, 17 jours l'année d'après. Il y a des échecs, bien "
        "sûr, des logements abîmés, des troubles de voisinage, mais quand ça se passe mal, on ne remet pas la "
        "personne à la rue : on cherche un autre logement avec elle. C'est ça, la différence avec un parcours en "
        "escalier où il faudrait mériter son logement étape par étape."),
    (Y, "Et je peux ajouter que, pour nous, à l'équipe mobile, ça a changé le travail avec les CMP. Une personne qui "
        "a une adresse, on peut lui envoyer un rendez-vous, on peut passer la voir. Une personne à la rue, on la "
        "perd tout le temps."),
    (R, "Merci. On passe aux questions du chat, il y en a beaucoup. Je commence par celle de Fabienne, qui "
        "coordonne un CLSM dans une ville voisine. Elle demande : est-ce que la personne doit donner son accord pour "
        "que sa situation soit examinée en cellule ?"),
    (C, "Merci Fabienne. Alors la règle chez nous, c'est que la personne est toujours informée avant, de la "
        "saisine et de son objet. On recherche son accord, mais ce n'est pas une condition absolue : si elle refuse "
        "tout contact, on peut quand même examiner la situation, dès lors qu'elle a été informée. La seule "
        "exception à l'information préalable, c'est l'urgence vitale. D'ailleurs, en mars, on a reporté une "
        "situation d'un mois parce que la personne n'avait pas été prévenue."),
    (R, "Deuxième question, de Mehdi, qui travaille chez un bailleur social : comment cette cellule est-elle "
        "financée ?"),
    (C, "Alors pour 2025, on a trois financements dédiés. L'ARS nous donne vingt mille euros sur le fonds "
        "d'intervention régional. La DDETS finance douze mille euros au titre de l'accompagnement vers et dans le "
        "logement. Et le contrat de ville apporte neuf mille euros pour le fonctionnement, plus une enveloppe de six "
        "mille euros pour les débarras et les nettoyages. À côté, la ville valorise mon temps de coordination et les "
        "locaux. Ce n'est pas énorme, mais c'est stable, et c'est ce qui nous permet d'exister."),
    (R, "Troisième question, anonyme : est-ce qu'on peut orienter directement quelqu'un vers Un chez-soi d'abord ?"),
    (L, "Non, et c'est important : toutes les orientations passent par le SIAO de la Haute-Loue, avec une fiche "
        "d'orientation et un certificat médical sous pli. La commission se réunit une fois par mois. Pour l'avenir, "
        "on a déposé une demande d'extension à soixante-dix places auprès de l'ARS, on attend la réponse cet "
        "automne."),
    (R, "Une question de Pierre, élu dans une commune de la région : est-ce que Vesonde est vraiment plus touchée "
        "qu'ailleurs par les expulsions ?"),
    (C, "Oui, malheureusement. Sur l'année 2024, on compte à Vesonde neuf virgule quatre assignations pour impayés "
        "de loyer pour mille ménages locataires. C'est six virgule un dans le département, et six virgule huit en "
        "moyenne en France. Donc on est nettement au-dessus. Ça tient au poids du parc social, à la précarité dans "
        "les quartiers, mais aussi au fait qu'à Vesonde, les bailleurs assignent assez vite. C'est justement ce "
        "que la charte essaie de changer."),
    (R, "Dernière question, de Nathalie, médiatrice santé dans un quartier prioritaire : est-ce qu'un habitant "
        "peut saisir la cellule lui-même, par exemple pour un voisin ?"),
    (C, "Pas directement, non, seuls les professionnels des structures membres peuvent rédiger une fiche de "
        "saisine. Mais un habitant qui s'inquiète pour un voisin peut appeler Allô Solidarités, le numéro du CCAS, "
        "et un travailleur social prendra le relais. Et son nom ne sera jamais donné à la personne concernée."),
    (R, "Il nous reste deux minutes. Je vous propose un conseil chacun pour les collègues qui voudraient monter une "
        "cellule comme la vôtre. Docteur Bourgeois ?"),
    (Y, "Aller voir les gens chez eux. On ne soigne pas une situation de logement sur dossier."),
    (S, "Signer quelque chose d'écrit avec le bailleur. Sans la charte, on n'aurait jamais obtenu la suspension des "
        "poursuites."),
    (L, "Travailler avec les travailleurs pairs, et croire au rétablissement."),
    (C, "Et commencer petit : deux ou trois partenaires motivés, une salle, une date fixe chaque mois. Le reste "
        "vient après."),
    (R, "Merci à tous les quatre. Le replay et le support de présentation seront en ligne d'ici une semaine. Notre "
        "prochain rendez-vous du réseau aura lieu le mardi 14 octobre 2025, sur l'aller-vers en santé dans les "
        "quartiers. Très bonne fin de journée à toutes et à tous."),
]

WPS = 2.25  # mots par seconde
PAUSE = 0.8


def fmt(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def chunks(text):
    """Découpe un tour de parole en repères de 7 à 14 mots, en coupant si possible après une ponctuation."""
    words = text.split()
    out, cur = [], []
    for w in words:
        cur.append(w)
        n = len(cur)
        if (n >= 9 and re.search(r"[,.;:?!]$", w)) or n >= 13:
            out.append(cur)
            cur = []
    if cur:
        if len(cur) < 4 and out:
            out[-1] += cur
        else:
            out.append(cur)
    return [" ".join(c) for c in out]


def build():
    lines = ["WEBVTT", "Kind: captions", "Language: fr", "",
             "NOTE",
             "Webinaire « Logement d'abord et santé mentale : l'expérience de Vesonde » — Quartiers en réseau BFC,",
             "mardi 23 septembre 2025. Transcription relue par l'équipe du pôle ressources.", ""]
    t = 1.2
    n = 0
    for speaker, text in TURNS:
        for c in chunks(text):
            n += 1
            d = max(1.6, len(c.split()) / WPS)
            lines += [str(n), "%s --> %s" % (fmt(t), fmt(t + d)), "<v %s>%s" % (speaker, c), ""]
            t += d + 0.05
        t += PAUSE
    return "\n".join(lines), t, n


if __name__ == "__main__":
    text, end, n = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("écrit :", OUT, "%d repères, %.0f s" % (n, end))
