# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT (export Zoom) du webinaire du CLSM de Montferrange du jeudi 22 mai 2025
« Incurie, syndrome de Diogène et maintien dans le logement : regards croisés » (environ 25 minutes).

Mise en forme voulue (comme un export Zoom) : en-tête WEBVTT, repères numérotés, horodatage
« hh:mm:ss.mmm --> hh:mm:ss.mmm », nom de l'intervenant « Prénom Nom: » au début de CHAQUE repère, repères
coupés au milieu des phrases (découpage au nombre de mots), blocs NOTE (relecture, partage d'écran, coupure de
son, fin), une question du chat lue à voix haute par la modératrice.

Tout est inventé (ville, structures, personnes, chiffres).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-05-22_clsm-montferrange_webinaire-incurie-diogene.vtt")

MS = "Maëlle Schaller"
TG = "Thomas Grandjean"
NB = "Nadia Belkacem"
JH = "Julien Hoffmann"

# (intervenant, texte) ; ("NOTE", texte, pause en secondes) pour un bloc NOTE suivi d'un silence
TURNS = [
    ("NOTE", "Transcription automatique générée par Zoom, relue et corrigée par le secrétariat du CLSM de "
             "Montferrange le 26 mai 2025. Les hésitations ont été en partie supprimées.", 3),
    (MS, "Bonjour à toutes et à tous, je crois qu'on peut commencer, je vois que vous êtes déjà plus de quatre-vingts "
         "connectés, merci d'être là sur votre pause de midi. Je suis Maëlle Schaller, je coordonne le conseil local "
         "de santé mentale de Montferrange, et je vais animer ce webinaire consacré à l'incurie, au syndrome de "
         "Diogène et au maintien dans le logement. Quelques consignes pratiques : vos micros sont coupés, vous pouvez "
         "poser vos questions dans la conversation, je les lirai à voix haute, et l'enregistrement sera mis en ligne "
         "sur le site du CLSM d'ici une semaine."),
    (MS, "Pourquoi ce sujet ? Parce que c'est devenu le premier motif de saisine de notre cellule de veille, la "
         "commission des situations complexes, comme on l'appelle officiellement depuis 2023, mais tout le monde dit "
         "encore la cellule de veille. Pour vous donner un ordre de grandeur, en 2024 on a examiné quarante-sept "
         "situations nouvelles en six séances, puisqu'on se réunissait tous les deux mois. Depuis janvier, on se "
         "réunit tous les mois, le premier jeudi, et on a déjà vu trente situations nouvelles en cinq séances, dont "
         "à peu près une sur trois avec une problématique d'incurie."),
    (MS, "J'ai trois intervenants avec moi aujourd'hui. Le docteur Thomas Grandjean, psychiatre, responsable de "
         "l'équipe mobile psychiatrie précarité Passerelle de l'EPSM de Haute-Ornelle. Nadia Belkacem, conseillère "
         "sociale chez Ornelle Habitat, le principal bailleur social de Montferrange. Et Julien Hoffmann, qui "
         "coordonne le programme Un chez-soi d'abord à Valmoreau. Thomas, je vous laisse la parole pour commencer."),
    (TG, "Merci Maëlle, bonjour à tous. Alors je vais commencer par présenter rapidement l'équipe, parce qu'on nous "
         "confond souvent avec les urgences psychiatriques, et on n'est pas du tout ça. L'EMPP Passerelle existe "
         "depuis 2012. Nous sommes quatre virgule neuf équivalents temps plein : trois infirmiers, une psychologue, "
         "une assistante sociale à mi-temps, et moi-même à quatre dixièmes de temps. Notre mission, c'est d'aller "
         "vers des personnes en grande précarité qui ont des troubles psychiques et qui ne demandent rien, ou qui ne "
         "demandent plus rien."),
    (TG, "En 2024, notre file active était de trois cent dix-huit personnes, contre deux cent soixante-seize en "
         "2023. Quarante et un pour cent étaient sans logement au moment de la première rencontre, à la rue ou en "
         "hébergement d'urgence. Mais, et c'est ça qui a changé, vingt-deux pour cent vivaient dans un logement "
         "social des quartiers prioritaires. Depuis 2023, on intervient au domicile, à la demande des bailleurs, et "
         "c'est là qu'on rencontre l'incurie."),
    (TG, "Alors justement, un mot de vocabulaire, parce que ça crée beaucoup de malentendus. L'incurie, c'est "
         "l'incapacité ou le renoncement à prendre soin de soi et de son logement : des déchets qui s'accumulent, de "
         "la vaisselle jamais faite, des nuisibles, parfois une hygiène corporelle très dégradée. Le syndrome de "
         "Diogène, c'est une forme extrême, qui associe en plus l'accumulation d'objets, ce qu'on appelle la "
         "syllogomanie, un isolement social massif et surtout l'absence de demande, voire le refus de toute aide. "
         "La personne ne se plaint pas, ce sont les voisins qui se plaignent."),
    (TG, "Et j'insiste sur un point : le syndrome de Diogène n'est pas un diagnostic psychiatrique. C'est un "
         "tableau, une description. Derrière, on trouve des choses très différentes : des troubles cognitifs, "
         "notamment des démences fronto-temporales, des psychoses, des dépressions sévères, des problèmes d'alcool, "
         "et parfois aucun trouble psychiatrique identifiable. Dans les situations que nous avons suivies l'an "
         "dernier, à peu près un tiers avaient un trouble cognitif, et la grande majorité des personnes avaient plus "
         "de soixante ans."),
    (TG, "Ce que ça veut dire concrètement pour vous, les professionnels de terrain, c'est que la première visite "
         "n'est jamais une visite pour parler du ménage. On vient se présenter, on parle de la personne, de sa "
         "santé, de ce qui compte pour elle, de ses objets parfois, qui ont une histoire. En moyenne, il nous faut "
         "quatre visites avant que la personne accepte qu'on envisage quelque chose dans le logement. Et notre délai "
         "pour une première rencontre après une orientation, en 2024, c'était autour de douze jours."),
    (MS, "Avant de passer à Nadia, Thomas, quels sont les signes qui doivent alerter un gardien ou une aide à "
         "domicile, avant que la situation devienne très lourde ?"),
    (TG, "Il y en a plusieurs, et c'est souvent leur accumulation qui compte. Une boîte aux lettres qui déborde, du "
         "courrier qui n'est plus relevé. Des volets ou des fenêtres qui restent fermés en permanence, parfois "
         "occultés avec du papier journal. Des odeurs dans la cage d'escalier. Des cafards ou des punaises qui "
         "apparaissent chez les voisins. Une personne qui ne laisse plus entrer personne, même le plombier, même "
         "le releveur de compteur. Et puis les premiers impayés, chez quelqu'un qui payait toujours à l'heure. Si "
         "vous voyez deux ou trois de ces signes ensemble, parlez-en, ne restez pas seul avec ça."),
    (TG, "Et je voudrais dire un mot sur les soins sans consentement, parce que la question revient toujours. "
         "L'hospitalisation sous contrainte, ce n'est pas la réponse à l'incurie. C'est une réponse à un danger lié "
         "à un trouble psychiatrique, et c'est l'exception. Dans les situations que nous avons accompagnées l'an "
         "dernier, c'est arrivé très rarement. La plupart du temps, ce qui marche, c'est le temps, la régularité, "
         "et le fait que ce soit toujours les mêmes personnes qui viennent."),
    (MS, "Merci Thomas. Nadia, du côté du bailleur, comment est-ce que ces situations arrivent jusqu'à vous ?"),
    (NB, "Bonjour à tous. Alors chez Ornelle Habitat, on a neuf mille huit cents logements dans le département, dont "
         "quatre mille cent à Montferrange, et à peu près deux mille six cent cinquante dans les trois quartiers "
         "prioritaires, le Clos-Fleuri, les Tanneries et Roseraie-Gare. Nous sommes trois conseillères sociales, et "
         "moi je couvre le Clos-Fleuri et les Tanneries. Les situations arrivent de deux façons : soit par les "
         "impayés, soit par les plaintes de voisinage, les odeurs, les cafards, une fuite d'eau chez le voisin du "
         "dessous."),
    ("NOTE", "Partage d'écran : diaporama d'Ornelle Habitat « Prévenir les impayés » (quatre diapositives, non "
             "reproduites dans la transcription).", 4),
    (NB, "Je vous montre rapidement notre procédure pour les impayés. Dès le premier mois d'impayé, le locataire "
         "reçoit un courrier et un appel téléphonique, pas une mise en demeure, un appel. Au deuxième mois, je "
         "propose une visite à domicile. On essaie de construire un plan d'apurement et, si besoin, on monte avec la "
         "MDS un dossier de fonds de solidarité pour le logement, le FSL, pour le maintien dans les lieux. Et on "
         "saisit la CCAPEX au moins deux mois avant une assignation, c'est une obligation pour nous."),
    (NB, "Et notre règle interne, que je défends beaucoup, c'est qu'on ne saisit jamais le juge sans avoir essayé "
         "au moins une fois de rencontrer la personne chez elle. Parce que très souvent, quand on arrive enfin à "
         "entrer, on comprend pourquoi le loyer n'est plus payé : le courrier n'est plus ouvert depuis des mois, il "
         "est empilé dans l'entrée avec le reste."),
    (NB, "Pour l'incurie, en 2024 j'ai eu vingt-six signalements sur mes deux quartiers, et j'en ai présenté neuf à "
         "la cellule de veille, les plus lourds. Je vous donne un exemple, anonymisé bien sûr. Monsieur R., "
         "soixante-sept ans, aux Tanneries, seul depuis le décès de sa femme. Un logement encombré jusqu'au plafond "
         "dans deux pièces sur trois, des plaintes d'odeur, et une procédure pour impayé qui démarrait."),
    (NB, "On est allés le voir avec une infirmière de l'EMPP. Les deux premières fois, il n'a pas ouvert. La "
         "troisième fois, il a ouvert, on a parlé de sa femme, de son ancien travail à la fonderie. Il a fallu trois "
         "mois pour qu'il accepte un désencombrement, et on l'a fait en quatre étapes, pièce par pièce, avec lui, "
         "sans rien jeter qu'il n'ait vu. Le fonds d'intervention incurie a payé deux mille huit cents euros. La "
         "procédure pour impayé a été suspendue, le FSL a apuré la dette, et il est toujours chez lui."),
    (MS, "Nadia, est-ce que vous avez une idée de la part des impayés qui sont liés à des difficultés "
         "psychiques ?"),
    (NB, "On n'a pas de statistique officielle, mais on a fait le point l'an dernier sur mes deux quartiers : sur "
         "les ménages avec plus de trois mois d'impayé, à peu près trente et un pour cent avaient une difficulté "
         "de santé mentale connue d'un professionnel, un suivi au CMP, une hospitalisation récente, ou une mesure "
         "de protection. C'est proche de ce que dit le Département, un ménage sur trois. Et c'est sans compter "
         "tous ceux qui ne sont suivis par personne."),
    (MS, "Merci Nadia. Une précision pour ceux qui ne connaissent pas : ce fonds d'intervention incurie, c'est un "
         "fonds de trente mille euros par an créé par la convention que nous avons signée en janvier, et qui est "
         "alimenté par le Département, Ornelle Habitat et la Ville. Il est plafonné à trois mille cinq cents euros "
         "par logement. Et c'est toujours la commission qui décide de le mobiliser, avec l'accord de la personne."),
    (MS, "J'ai justement une question dans la conversation, je la lis. C'est Sandrine, infirmière au CCAS de "
         "Rombois, qui demande : « Est-ce qu'on peut présenter une situation à la cellule de veille sans l'accord de "
         "la personne, quand ce sont les voisins qui se plaignent et que la personne refuse de nous ouvrir ? » C'est "
         "une très bonne question, qu'on nous pose à chaque fois."),
    (MS, "Alors la réponse, c'est oui, mais de façon anonymisée. Sans l'accord de la personne, on peut en parler "
         "entre professionnels, mais sans son nom ni son adresse, et la commission ne peut donner que des conseils "
         "généraux. La seule exception, c'est le danger grave et imminent, par exemple un risque d'incendie avec "
         "des bouteilles de gaz au milieu des journaux : là, on peut examiner la situation de façon nominative, et "
         "la personne en est informée après coup, dans les quinze jours, par son référent."),
    (NB, "Et si je peux compléter : les voisins eux-mêmes ne peuvent pas saisir la commission. Ils nous écrivent, "
         "ou ils vont à la mairie, et c'est un professionnel qui fait la saisine. Sandrine, dans votre cas, c'est "
         "vous qui pouvez le faire, avec la fiche de saisine, dix jours avant la séance."),
    ("NOTE", "Coupure du son d'environ douze secondes côté intervenant ; passage non transcrit.", 12),
    (MS, "Julien, on vous retrouve, je crois que vous aviez un petit souci de connexion. On va parler maintenant "
         "de ce qui se passe quand il n'y a plus de logement du tout, ou quand la personne est à la rue avec des "
         "troubles sévères. Présentez-nous Un chez-soi d'abord."),
    (JH, "Oui, pardon, ma connexion a sauté. Bonjour à tous. Alors Un chez-soi d'abord, c'est un programme national "
         "de logement d'abord pour des personnes sans abri qui ont des troubles psychiatriques sévères, "
         "schizophrénie ou troubles bipolaires le plus souvent, avec des besoins élevés d'accompagnement. Le "
         "principe est simple : on propose tout de suite un logement ordinaire, sans condition de traitement ni "
         "d'abstinence, et l'accompagnement vient avec, au domicile."),
    (JH, "À Valmoreau, le site a ouvert en septembre 2019. Nous avons cent places. Concrètement, l'association loue "
         "des appartements dans le parc privé, dispersés dans toute la métropole, et les sous-loue aux personnes, "
         "qui paient un loyer résiduel selon leurs ressources. L'équipe fait une quinzaine de personnes, dont deux "
         "travailleurs pairs, des personnes qui ont elles-mêmes connu la rue ou la maladie. On rend visite à chaque "
         "locataire au moins une fois par semaine."),
    (JH, "Et les résultats sont bons : quatre-vingt-quatre pour cent des personnes sont toujours dans leur logement "
         "deux ans après leur entrée. On a aussi beaucoup moins de journées d'hospitalisation qu'avant l'entrée dans "
         "le programme. Notre difficulté, c'est l'attente : aujourd'hui trente-huit personnes sont sur liste "
         "d'attente, et nous avons demandé à l'ARS une extension à cent vingt places. On attend la réponse."),
    (MS, "Julien, une question qu'on me pose souvent : est-ce que la personne doit accepter un traitement pour "
         "entrer dans le programme ?"),
    (JH, "Non, et c'est vraiment le cœur du modèle. Les seules conditions, c'est d'accepter une visite par semaine "
         "de l'équipe et de payer son loyer résiduel, c'est tout. Le soin, on le propose, on l'accompagne, mais ce "
         "n'est pas une condition. Le programme a été expérimenté dans quatre villes à partir de 2011 avant d'être "
         "étendu, et c'est justement ce qui a été montré : quand on impose le traitement avant le logement, les "
         "personnes les plus malades n'y arrivent jamais. Quand le logement vient d'abord, beaucoup finissent par "
         "accepter les soins, à leur rythme."),
    (MS, "Et le voisinage, dans le parc privé, ça se passe comment ?"),
    (JH, "Plutôt bien, parce que les logements sont dispersés : jamais plus d'un ou deux appartements dans un même "
         "immeuble. Et le propriétaire a un interlocuteur joignable vingt-quatre heures sur vingt-quatre, c'est une "
         "garantie que nous donnons. Quand il y a un problème de voisinage, on intervient dans la journée."),
    (MS, "Et pour les professionnels de Montferrange qui nous écoutent, comment est-ce qu'on oriente quelqu'un vers "
         "vous ?"),
    (JH, "Toujours par le SIAO. On ne prend pas d'orientation directe. Le professionnel remplit la demande SIAO en "
         "cochant Un chez-soi d'abord, avec un certificat médical sous pli confidentiel, et la commission "
         "d'orientation se réunit une fois par mois. Mais attention, et je préfère être clair : notre zone "
         "d'intervention, c'est la métropole de Valmoreau. Montferrange est à trente-cinq kilomètres, elle n'est pas "
         "dans la zone. Une personne de Montferrange peut être orientée, mais seulement si elle accepte de venir "
         "habiter à Valmoreau."),
    (MS, "C'est important de le dire, parce qu'on a eu plusieurs déceptions l'an dernier. Thomas, vous vouliez "
         "réagir ?"),
    (TG, "Oui, juste pour dire que pour les personnes de Montferrange qui ne veulent pas quitter la ville, ce qui "
         "est fréquent, on travaille plutôt avec les pensions de famille et avec l'accompagnement vers et dans le "
         "logement. Et le SIAO reste la porte d'entrée, là aussi. Ce qui nous manque vraiment à Montferrange, c'est "
         "une pension de famille. Il y a un projet aux Tanneries, mais je laisse Maëlle en parler quand ce sera "
         "officiel."),
    (MS, "On en reparlera au comité de pilotage de l'automne, promis. Il nous reste quelques minutes. Je voudrais "
         "qu'on termine par les conseils pratiques. Nadia, si vous deviez donner trois conseils à un gardien "
         "d'immeuble ou à un travailleur social qui découvre une situation d'incurie ?"),
    (NB, "Premier conseil : ne jamais arriver avec une benne. Le nettoyage imposé, on l'a fait il y a dix ans, et "
         "six mois après le logement était dans le même état, et la personne ne nous faisait plus confiance. "
         "Deuxième conseil : toujours y aller à deux, et si possible avec quelqu'un du soin, l'EMPP ou le CMP. "
         "Troisième conseil : écrire ce qu'on voit, de façon factuelle, sans jugement, parce que c'est ce qui "
         "servira à la commission."),
    (TG, "J'ajouterais un quatrième conseil, si vous permettez : pensez au médecin traitant. Très souvent, il "
         "connaît la personne depuis vingt ans, il a un lien, et c'est lui qui peut repérer un début de démence. "
         "Et il peut saisir la commission, lui aussi, beaucoup l'ignorent."),
    (MS, "Sur ce point, je précise que depuis cette année, les médecins généralistes sont invités à la commission "
         "quand une situation concerne un de leurs patients. Sur les quarante-sept situations de 2024, vingt-sept "
         "personnes ont pu rester dans leur logement, et six expulsions n'ont pas pu être évitées. C'est six de "
         "trop, mais c'est beaucoup moins qu'avant la création de la cellule."),
    (MS, "Merci à tous les trois. Je rappelle que pour saisir la commission, il faut utiliser la fiche de saisine, "
         "que vous trouverez sur le site du CLSM, et l'envoyer par messagerie sécurisée au moins dix jours avant la "
         "séance. Notre prochain webinaire aura lieu le jeudi vingt-cinq septembre, sur les troubles du voisinage "
         "et la médiation. Le replay de celui-ci sera en ligne la semaine prochaine. Bon après-midi à toutes et à "
         "tous, et merci encore."),
    ("NOTE", "Fin de l'enregistrement.", 0),
]

WORDS_PER_CUE = 13
RATE = 1.82  # mots par seconde, débit lent de webinaire (pauses comprises)


def ts(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def main():
    out = ["WEBVTT", ""]
    t = 2.4
    n = 0
    for turn in TURNS:
        if turn[0] == "NOTE":
            out += ["NOTE " + turn[1], ""]
            t += turn[2]
            continue
        who, text = turn
        words = text.split()
        chunks = [words[i:i + WORDS_PER_CUE] for i in range(0, len(words), WORDS_PER_CUE)]
        if len(chunks) > 1 and len(chunks[-1]) < 4:
            last = chunks.pop()
            chunks[-1] = chunks[-1] + last
        for ch in chunks:
            n += 1
            dur = len(ch) / RATE
            out += [str(n), "%s --> %s" % (ts(t), ts(t + dur)), "%s: %s" % (who, " ".join(ch)), ""]
            t += dur + 0.12
        t += 1.1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("écrit", OUT, "repères", n, "durée %.0f s" % t)


if __name__ == "__main__":
    main()
