# -*- coding: utf-8 -*-
"""Génère les sous-titres .srt de l'émission « Place publique » de Radio Vireval Sensée (RVS 95.4) du jeudi
20 novembre 2025 : « Dormir dehors, aller mal : qui tend la main ? » — débat de 25 minutes.

Format SRT : numéro, horodatage « hh:mm:ss,mmm --> hh:mm:ss,mmm », une ou deux lignes de texte, ligne vide.
Une animatrice (Marie Lefebvre) et trois invités (Dr Thomas Vandamme, Samia Belkacem, Claire Dumoulin), plus une
auditrice au téléphone. Le nom de l'orateur, en capitales, n'apparaît qu'au début d'une prise de parole
(« MARIE LEFEBVRE : »). Les prises de parole marquées « ~ » chevauchent la précédente (le repère commence avant
la fin du repère précédent), comme dans un sous-titrage de débat. Durées calculées d'après la longueur du texte,
de façon déterministe.

Tout est inventé (ville, personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-11-20_radio-vireval-sensee_debat-place-publique-precarite.srt")

# Chaque paragraphe : « ORATEUR|texte » ; « ~ORATEUR|texte » = chevauchement ; « [..] » seul = repère sans orateur.
TURNS = """
[Jingle de l'émission]
MARIE LEFEBVRE|Bonjour à toutes et à tous, il est midi dix, vous écoutez Place publique sur RVS, Radio Vireval Sensée, 95.4. Aujourd'hui, jeudi 20 novembre, on parle d'un sujet qui revient chaque hiver mais qui dure toute l'année : la rue, la grande précarité, et la santé mentale. Dormir dehors, aller mal : qui tend la main ? Trois invités autour de la table. Le docteur Thomas Vandamme, bonjour.
THOMAS VANDAMME|Bonjour Marie.
MARIE LEFEBVRE|Vous êtes psychiatre au centre hospitalier de Vireval et vous êtes responsable de l'équipe mobile psychiatrie précarité, l'EMPP. Samia Belkacem, bonjour.
SAMIA BELKACEM|Bonjour.
MARIE LEFEBVRE|Vous êtes directrice adjointe de l'association Le Phare, qui porte le SAMU social de Vireval, et donc les maraudes de nuit. Et Claire Dumoulin, bonjour, vous coordonnez le conseil local de santé mentale, le CLSM, à la Ville.
CLAIRE DUMOULIN|Bonjour à tous.
MARIE LEFEBVRE|Samia Belkacem, on commence avec vous, puisque depuis le 1er novembre on est entrés dans la période hivernale. Concrètement, qu'est-ce qui change pour les maraudes ?
SAMIA BELKACEM|Alors ce qui change, c'est le rythme. Toute l'année, nos équipes sortent trois nuits par semaine, le lundi, le mercredi et le vendredi. Pendant la période hivernale, du 1er novembre au 31 mars, on passe à cinq nuits, du lundi au vendredi. Et quand la préfecture déclenche le plan grand froid, on sort tous les soirs, sept nuits sur sept, week-end compris.
MARIE LEFEBVRE|Et une maraude, ça se passe comment ? Vous partez à quelle heure ?
SAMIA BELKACEM|On part à 21 heures de notre local, rue des Bateliers, en camion, toujours en binôme, un travailleur social et un bénévole ou un infirmier. On fait la gare et le centre-ville, les berges de la Scarpe, et on monte aux Glacis et au Moulin-Blanc selon les signalements. On rentre en général vers une heure, une heure et demie du matin. On apporte du café, de la soupe, des couvertures, mais surtout du temps. Le café, c'est un prétexte pour parler.
MARIE LEFEBVRE|Vous rencontrez combien de personnes ?
SAMIA BELKACEM|L'an dernier, en 2024, on a rencontré 571 personnes différentes. Cette année, au 31 octobre, on en est déjà à un peu plus de 520, donc on va dépasser largement l'an dernier. Et ce qui me frappe, c'est la part des femmes. Il y a cinq ans, c'était à peu près 15 % des personnes qu'on voyait. Aujourd'hui, c'est presque une personne sur cinq.
~MARIE LEFEBVRE|Une sur cinq —
~SAMIA BELKACEM|— oui, et des femmes seules, parfois avec des enfants, parfois enceintes. Des femmes qui se cachent, aussi, parce que dormir dehors quand on est une femme, c'est dangereux.
MARIE LEFEBVRE|Docteur Vandamme, parmi toutes ces personnes, combien vont mal psychiquement ?
THOMAS VANDAMME|C'est difficile de donner un chiffre précis, mais les études sont assez claires : chez les personnes sans domicile, on retrouve beaucoup plus de troubles psychiques que dans la population générale. Dépression, troubles anxieux, stress post-traumatique, addictions, et aussi des troubles psychotiques. Et le problème, c'est que la souffrance psychique et la rue s'entretiennent l'une l'autre. On perd son logement parce qu'on va mal, et on va encore plus mal parce qu'on est à la rue.
MARIE LEFEBVRE|Alors l'équipe mobile psychiatrie précarité, qu'est-ce que c'est exactement ?
THOMAS VANDAMME|L'EMPP, c'est une équipe de l'hôpital qui sort de l'hôpital. On va au-devant des personnes en situation de précarité qui ont une souffrance psychique, là où elles sont : dans la rue, à l'accueil de jour, dans les centres d'hébergement, à l'hôtel. Et notre travail, c'est de faire le lien avec les soins de droit commun. On ne remplace pas le CMP, on ne remplace pas les urgences : on fait le pont. Et on soutient aussi les équipes sociales, qui sont souvent seules face à des situations très lourdes.
MARIE LEFEBVRE|Vous êtes combien ?
THOMAS VANDAMME|On est cinq personnes sur le terrain, des infirmiers surtout, une psychologue, et moi à mi-temps. L'équipe existe depuis 2019. L'an dernier on a rencontré quatre cent soixante-huit personnes, et cette année on sera au-dessus de cinq cents.
~SAMIA BELKACEM|Et ils viennent avec nous en maraude, le mercredi.
THOMAS VANDAMME|Oui, c'est important de le dire, un mercredi soir sur deux, un infirmier de l'EMPP est dans le camion du SAMU social. Ça change tout, parce que la personne qu'on a vue la nuit, on peut la revoir le lendemain à l'accueil de jour.
MARIE LEFEBVRE|On entend aussi parler de la PASS psy. C'est autre chose ?
THOMAS VANDAMME|Oui, et c'est souvent confondu. La PASS, c'est la permanence d'accès aux soins de santé. Il y en a une à l'hôpital général pour les soins somatiques. La PASS psy, c'est la même logique en psychiatrie : une consultation où l'on peut être reçu même si l'on n'a pas de droits ouverts, pas de carte Vitale, pas de mutuelle. Elle est au CMP Les Tilleuls, rue de l'Abbaye, et le matin on peut y aller sans rendez-vous, de 9 heures à midi.
~MARIE LEFEBVRE|Sans rendez-vous, vraiment ?
THOMAS VANDAMME|Vraiment, le matin. Et il y a des permanences dans les quartiers : le mardi matin à l'accueil de jour La Halte, aux Glacis, et depuis avril le jeudi après-midi au Moulin-Blanc, à l'espace Jacques-Brel. La PASS psy a reçu un peu plus de trois cents personnes depuis le début de l'année.
MARIE LEFEBVRE|Claire Dumoulin, quand on n'a pas d'adresse, comment on fait pour avoir des droits, une carte Vitale justement ?
CLAIRE DUMOULIN|C'est la question de la domiciliation, et c'est vraiment la porte d'entrée. La domiciliation, c'est une adresse administrative où la personne peut recevoir son courrier et qui lui permet d'ouvrir ses droits : l'assurance maladie, le RSA, une demande de logement, une carte d'identité. On peut la demander au CCAS, le centre communal d'action sociale, ou à une association agréée par la préfecture, comme La Halte ou Le Phare. Il faut avoir un lien avec la commune, et l'attestation est valable un an, renouvelable.
MARIE LEFEBVRE|Et ça concerne beaucoup de monde, à Vireval ?
CLAIRE DUMOULIN|Au CCAS, on est autour de 1 200 personnes domiciliées. C'est beaucoup pour une ville de notre taille. Et c'est pour ça que le CLSM a voulu travailler là-dessus : sans domiciliation, pas de droits, et sans droits, les soins deviennent compliqués.
MARIE LEFEBVRE|On parle beaucoup du centre-ville et de la gare, mais les quartiers, Les Glacis, le Moulin-Blanc, ils sont concernés ?
CLAIRE DUMOULIN|Très concernés, même si la précarité y est moins visible. Ce sont les deux quartiers prioritaires de la politique de la ville. Aux Glacis, presque un habitant sur deux vit sous le seuil de pauvreté, 47 %, et au Moulin-Blanc c'est 41 %, alors que c'est 24 % pour l'ensemble de Vireval. Ce qu'on voit là-bas, ce sont moins des gens à la rue que des gens hébergés chez un cousin, chez un ami, sur un canapé, et qui peuvent basculer du jour au lendemain.
~SAMIA BELKACEM|Et qui, souvent, ne savent même pas qu'ils ont droit à quelque chose.
CLAIRE DUMOULIN|C'est pour ça que les permanences dans les quartiers sont si importantes. On ne peut pas attendre que les gens viennent jusqu'à l'hôpital ou jusqu'à la mairie.
MARIE LEFEBVRE|Justement, le CLSM, à quoi ça sert dans cette histoire ?
CLAIRE DUMOULIN|Le conseil local de santé mentale, c'est un lieu de concertation entre la Ville, la psychiatrie, les associations, les usagers et les familles. On a créé en juin 2023 un groupe de travail « précarité et santé mentale », que co-pilotent d'ailleurs mes deux voisins, le docteur Vandamme et Samia Belkacem. Il réunit une vingtaine de structures tous les deux mois. Et on a mis en place une cellule de situations complexes, qui se réunit le premier jeudi de chaque mois, pour les personnes pour qui plus personne ne sait quoi faire.
~THOMAS VANDAMME|Les fameuses situations où tout le monde se renvoie la balle.
CLAIRE DUMOULIN|Voilà. L'idée, c'est qu'on se mette autour d'une table, avec l'accord de la personne, et qu'on décide qui fait quoi.
MARIE LEFEBVRE|On va marquer une courte pause et on revient avec une question d'auditrice. Vous écoutez Place publique sur RVS.
[Jingle — pause musicale]
MARIE LEFEBVRE|De retour sur RVS, Place publique, on parle de santé mentale et de précarité. On a une auditrice en ligne, Sylvie, qui nous appelle du Moulin-Blanc. Bonjour Sylvie.
SYLVIE, AUDITRICE|Oui bonjour. Voilà, moi j'habite au Moulin-Blanc, dans une tour, et depuis une semaine il y a une jeune femme qui dort dans le hall, sous les boîtes aux lettres. Elle ne parle pas beaucoup, elle a l'air perdue. Je ne sais pas quoi faire. J'ai pas envie d'appeler la police, mais je ne peux pas la laisser comme ça, avec le froid qui arrive.
MARIE LEFEBVRE|Samia Belkacem ?
SAMIA BELKACEM|Merci Sylvie, vous avez bien fait d'appeler. Le premier réflexe, c'est le 115. C'est gratuit, ça marche vingt-quatre heures sur vingt-quatre, et vous pouvez appeler pour quelqu'un d'autre : vous dites où elle se trouve, à quelle heure, comment elle est. Vous pouvez aussi appeler directement notre ligne de signalement du SAMU social, au 03 99 00 27 15, en journée, de 9 heures à 18 heures, et on passera la voir à la prochaine maraude.
~SYLVIE, AUDITRICE|Même si elle ne demande rien ?
SAMIA BELKACEM|Même si elle ne demande rien. On ne force personne, mais on vient, on se présente, on revient. Et si vous voyez qu'elle est en danger, qu'elle ne répond plus, qu'elle a l'air malade, là c'est le 15, le SAMU, sans hésiter.
THOMAS VANDAMME|Je voudrais ajouter une chose, Sylvie. Vous pouvez lui parler, lui proposer une boisson chaude, lui dire qu'il existe un accueil de jour aux Glacis. Ce lien-là compte beaucoup. En revanche, et je le précise parce qu'on nous le demande souvent, l'EMPP ne peut pas être appelée directement par les habitants : c'est le SAMU social ou un autre professionnel qui nous sollicite.
SYLVIE, AUDITRICE|D'accord. Merci beaucoup, je vais appeler le 115 ce soir.
MARIE LEFEBVRE|Merci Sylvie. Une question qui revient beaucoup aussi sur notre page : beaucoup de personnes à la rue ne parlent pas français. Comment on soigne quelqu'un qu'on ne comprend pas ?
THOMAS VANDAMME|On ne peut pas, tout simplement. En psychiatrie, la langue, c'est l'outil de travail. Donc on travaille avec des interprètes professionnels, jamais avec un enfant ou un voisin pour traduire quand on parle de santé. Pour ça, on fait appel à l'association Langues en Partage.
CLAIRE DUMOULIN|Et c'est un bon exemple de ce que permet le contrat de ville. Depuis 2025, le contrat de ville Engagements Quartiers 2030 finance l'interprétariat par téléphone pour les permanences dans les deux quartiers prioritaires, 22 000 euros cette année. Pour l'arabe ou le dari, on a un interprète au téléphone en moins de dix minutes.
~MARIE LEFEBVRE|En moins de dix minutes ?
CLAIRE DUMOULIN|Pour les langues les plus demandées, oui. Pour le tigrinya ou le géorgien, il vaut mieux réserver la veille.
MARIE LEFEBVRE|Samia Belkacem, et l'hébergement ? Tout le monde dit que le 115 est saturé.
SAMIA BELKACEM|Il est saturé, c'est une réalité. Le 115, c'est le numéro de la veille sociale, géré dans le département par le SIAO, le service intégré de l'accueil et de l'orientation. Le SIAO recense les demandes et les places. Et en octobre, dans le département, on était à deux demandes sur trois qui n'ont pas trouvé de place. Deux sur trois. Ça veut dire des gens qui appellent, qui attendent une heure au téléphone, et à qui on dit qu'il n'y a rien ce soir.
~THOMAS VANDAMME|Et ce sont souvent les plus fragiles qui décrochent.
SAMIA BELKACEM|Exactement, ceux qui ont des troubles psychiques n'arrivent plus à rappeler tous les jours. Donc ils disparaissent des statistiques du 115, mais pas de la rue.
MARIE LEFEBVRE|Qu'est-ce qui vous aide, financièrement ? Qui paie tout ça ?
SAMIA BELKACEM|Les maraudes du SAMU social sont financées par l'État, par la DDETS, la direction départementale de l'emploi, du travail et des solidarités. La Ville nous soutient aussi. Et pour l'accueil de jour La Halte, l'espace hygiène, les douches et la laverie, il y a un soutien de la Fondation Abbé Pierre, qui s'appelle maintenant la Fondation pour le logement des défavorisés, 18 000 euros cette année.
THOMAS VANDAMME|Et côté santé, c'est l'ARS, l'agence régionale de santé. La PASS psy est financée par le fonds d'intervention régional, le FIR.
MARIE LEFEBVRE|Docteur Vandamme, on parle beaucoup de la rue, mais il y a aussi les familles à l'hôtel.
THOMAS VANDAMME|Oui, et c'est une précarité qu'on voit moins. Des familles qui vivent à quatre ou cinq dans une chambre d'hôtel, pendant des mois, parfois plus d'un an, avec une plaque chauffante et sans pouvoir cuisiner. Les enfants font leurs devoirs sur le lit. On intervient dans trois hôtels de la ville, à la demande du SIAO, et on y voit beaucoup de mères épuisées, déprimées, qui ne dorment plus.
~SAMIA BELKACEM|Et qui ne se plaignent jamais, parce qu'elles ont peur de perdre la chambre.
THOMAS VANDAMME|C'est exactement ça. Elles ont peur que demander de l'aide se retourne contre elles.
MARIE LEFEBVRE|Et quand quelqu'un sort de l'hôpital psychiatrique sans logement, qu'est-ce qui se passe ?
THOMAS VANDAMME|C'est un de nos points noirs. En 2024, on a compté quatorze personnes qui sont sorties d'une hospitalisation en psychiatrie directement vers la rue ou vers le 115. Quatorze, c'est quatorze de trop. Avec le SIAO, on a mis en place une fiche de liaison : dès l'entrée à l'hôpital, si la personne n'a pas de solution de logement, l'assistante sociale du service prévient le SIAO, pour qu'on ne découvre pas le problème la veille de la sortie.
MARIE LEFEBVRE|Et ça marche ?
THOMAS VANDAMME|Ça commence à marcher. Il faut du temps. Et il faut surtout des places.
MARIE LEFEBVRE|Vous avez aussi recruté quelqu'un d'un peu particulier à l'EMPP, je crois.
THOMAS VANDAMME|Oui, depuis septembre 2025 on a un travailleur pair, Rachid. C'est quelqu'un qui a lui-même connu la rue pendant plusieurs années, et qui s'est rétabli. Il a été formé, il est salarié de l'hôpital, et il fait partie de l'équipe à part entière. Son poste est financé par l'ARS, sur le FIR, 35 000 euros par an.
~MARIE LEFEBVRE|Qu'est-ce qu'il apporte que vous n'apportez pas ?
THOMAS VANDAMME|La crédibilité. Quand Rachid dit à quelqu'un « moi aussi j'ai dormi sous le pont de la Scarpe, et j'en suis sorti », ça pèse plus lourd que tout ce que je peux dire avec ma blouse.
MARIE LEFEBVRE|Claire Dumoulin, et les professionnels de première ligne, les agents d'accueil, les travailleurs sociaux, ils sont formés à tout ça ?
CLAIRE DUMOULIN|De plus en plus. Le CLSM finance des formations aux premiers secours en santé mentale, sur deux jours. En 2025, 48 professionnels du réseau précarité ont été formés : des agents du CCAS, des équipes de La Halte, des veilleurs de nuit des centres d'hébergement. L'objectif, ce n'est pas d'en faire des soignants, c'est qu'ils sachent repérer, parler, et orienter.
MARIE LEFEBVRE|Il nous reste quelques minutes. Claire Dumoulin, si vous aviez une priorité pour l'an prochain ?
CLAIRE DUMOULIN|Que chaque professionnel du réseau sache où orienter. On va sortir un annuaire du réseau précarité, avec les horaires, les téléphones, le public accueilli. Et on prépare pour le printemps une feuille de route sur trois ans pour le groupe de travail.
MARIE LEFEBVRE|Docteur Vandamme ?
THOMAS VANDAMME|Que l'EMPP puisse sortir aussi le week-end. Aujourd'hui on travaille du lundi au vendredi, et le samedi et le dimanche, les gens vont mal aussi.
MARIE LEFEBVRE|Samia Belkacem ?
SAMIA BELKACEM|Des places d'hébergement pour les femmes seules. Et qu'on arrête de considérer la santé mentale des gens à la rue comme un supplément. C'est le cœur du sujet.
MARIE LEFEBVRE|Merci à tous les trois. Et pour vous, chers auditeurs, si vous voyez quelqu'un en difficulté dehors : le 115, vingt-quatre heures sur vingt-quatre, et le 15 en cas d'urgence vitale. L'émission est à réécouter sur le site de RVS. Bonne fin de journée sur Radio Vireval Sensée.
[Jingle de fin]
"""


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def chunks(text, width=80):
    """Coupe une prise de parole en morceaux de 80 caractères au plus, de préférence après une ponctuation."""
    words = text.split()
    out, cur = [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if len(cand) > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = cand
            if len(cur) > 45 and cur[-1] in ".?!" and not cur.endswith("M."):
                out.append(cur)
                cur = ""
    if cur:
        out.append(cur)
    return out


CPS = 11.2  # caractères par seconde (débit oral de débat, pauses comprises)


def build():
    cues = []  # (start, end, text)
    t = 0.0
    for para in [p for p in TURNS.strip().split("\n") if p.strip()]:
        if para.startswith("["):
            dur = {"[Jingle de l'émission]": 14.0, "[Jingle — pause musicale]": 125.0}.get(para, 12.0)
            cues.append((t, t + dur, para))
            t += dur + 0.4
            continue
        overlap = para.startswith("~")
        who, text = para.lstrip("~").split("|", 1)
        parts = chunks(text)
        if overlap and cues:
            # le repère commence avant la fin du précédent (parole superposée)
            t = max(cues[-1][0] + 0.5, cues[-1][1] - 0.9)
        for i, part in enumerate(parts):
            label = who + " : " if i == 0 else ""
            dur = max(1.4, len(part) / CPS)
            cues.append((t, t + dur, label + part))
            t += dur + 0.12
        t += 0.35
    return cues


def write():
    cues = build()
    blocks = []
    for n, (s, e, txt) in enumerate(cues, 1):
        lines = [txt]
        if len(txt) > 44:
            words = txt.split()
            best = min(range(1, len(words)),
                       key=lambda k: abs(len(" ".join(words[:k])) - len(" ".join(words[k:]))))
            lines = [" ".join(words[:best]), " ".join(words[best:])]
        blocks.append("%d\n%s --> %s\n%s\n" % (n, fmt(s), fmt(e), "\n".join(lines)))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(blocks))
    print(OUT, len(cues), "repères, fin à %.0f s" % cues[-1][1])


if __name__ == "__main__":
    write()
