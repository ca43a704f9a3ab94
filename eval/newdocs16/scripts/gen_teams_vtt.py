# -*- coding: utf-8 -*-
"""WebVTT Microsoft Stream/Teams (~20 min) : voix <v Nom>, identifiants de repères uuid/n-i, blocs NOTE,
chiffres dits en lettres. Webinaire « Travailler à trois : interprétariat et santé mentale dans les CLSM »."""
import os, re, uuid

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-17_ville-sante-ligerienne_webinaire-interpretariat-sante-mentale.vtt")

T, E, K, A = "Thomas Le Goff", "Élodie Marchand", "Karim Benslimane", "Agnès Rolland"
TURNS = [
    ("NOTE", "Enregistrement Microsoft Teams — transcription générée automatiquement puis relue par Ville & Santé Ligérienne."),
    (T, "Bonjour à toutes et à tous, on va commencer, il est quatorze heures deux. Bienvenue à ce nouveau rendez-vous de Ville et Santé Ligérienne, le centre de ressources politique de la ville des Pays de la Loire. Je suis Thomas Le Goff, chargé de mission santé, et j'anime cette séance."),
    (T, "Le thème du jour, c'est l'interprétariat en santé mentale, ce qu'on appelle le travail à trois. Nous sommes un peu plus de quatre-vingt-dix connectés, ce qui est beaucoup pour un mardi après-midi, merci. J'ai avec moi trois intervenants."),
    (T, "Élodie Marchand, coordinatrice du conseil local de santé mentale de Montreval-sur-Loire. Karim Benslimane, directeur de l'association Passerelles Langues Santé. Et le docteur Agnès Rolland, psychiatre à l'équipe mobile psychiatrie précarité du centre hospitalier de Montreval. Élodie, on commence avec vous."),
    (E, "Merci Thomas. Alors, le CLSM de Montreval existe depuis deux mille dix-neuf, et la commission santé mentale et exil a été créée en deux mille vingt-trois, à la demande des équipes du CMP qui se retrouvaient seules face à des patients avec qui elles ne partageaient aucune langue."),
    (E, "On a commencé par un état des lieux très simple : on a compté. En deux mille vingt-cinq, les structures du CLSM ont utilisé quatre cent douze heures d'interprétariat, payées chacune sur son propre budget, avec des tarifs différents et sans aucune règle commune."),
    (E, "Et surtout, à peu près un tiers des demandes d'interprète n'étaient pas satisfaites. Un tiers. Concrètement, ça voulait dire qu'on annulait le rendez-vous, ou qu'on faisait traduire par le fils de douze ans, ce qui est exactement ce qu'il ne faut pas faire."),
    (E, "D'où le protocole que nous avons signé en janvier avec Passerelles Langues Santé. Il fixe un tarif unique, des délais, et une enveloppe commune. Il est entré en vigueur le premier février, donc on a six semaines de recul, c'est très peu."),
    (T, "Karim, du côté de l'association, qu'est-ce qui change avec ce protocole ?"),
    (K, "Ce qui change d'abord, c'est la prévisibilité. Avant, on recevait des demandes la veille pour le lendemain matin, et on ne pouvait pas toujours trouver quelqu'un en tigrigna ou en pachto dans ce délai. Maintenant il y a des délais de prévenance connus de tous."),
    (K, "Je voudrais aussi dire un mot sur le métier. Un interprète n'est pas un médiateur. L'interprète traduit tout, fidèlement, à la première personne, et il ne prend pas parti. Le médiateur en santé, lui, accompagne la personne, explique le système de soins, fait le lien avec les institutions."),
    (K, "Ce sont deux métiers utiles, mais si on les mélange, on met l'interprète dans une position intenable, et la personne ne sait plus qui parle. Dans une consultation en psychiatrie, c'est encore plus important."),
    (K, "Chez nous, chaque interprète qui intervient en santé mentale suit trente heures de formation initiale, sur le psychotraumatisme, le secret professionnel, la posture. Et ensuite il y a une supervision collective une fois par mois, avec une psychologue extérieure à l'association."),
    ("NOTE", "Chapitre 2 — La consultation à trois, point de vue du soignant"),
    (T, "Docteur Rolland, vous travaillez avec des interprètes depuis longtemps. Concrètement, comment se passe une consultation à trois ?"),
    (A, "Depuis une douzaine d'années, oui. La première chose, c'est le placement. On se met en triangle : la personne, moi, et l'interprète à côté de la personne, un peu en retrait. Je parle à la personne, je la regarde elle, pas l'interprète."),
    (A, "La deuxième chose, c'est le temps. Une consultation avec interprète dure au moins une fois et demie le temps d'une consultation habituelle. Si on ne prévoit pas ce temps-là, on bâcle, et en psychiatrie bâcler, ça se voit tout de suite."),
    (A, "Et la troisième chose, c'est ce qu'on appelle le pré-briefing : cinq minutes avant d'entrer, je dis à l'interprète de quoi on va parler, s'il risque d'y avoir des récits de violence, et je lui demande s'il connaît la personne. Dans une petite communauté, ça arrive souvent."),
    (T, "Et si l'interprète connaît la personne ?"),
    (A, "Alors on change d'interprète, ou on passe par le téléphone avec quelqu'un d'une autre ville. La personne doit pouvoir parler sans craindre que ce qu'elle dit circule. C'est une question de confiance, et c'est prévu dans le protocole."),
    (A, "Je voudrais aussi parler du traumatisme vicariant. C'est ce que les professionnels, et les interprètes encore plus, absorbent à force d'entendre des récits de violence. L'interprète, lui, doit dire ces récits avec sa propre voix, à la première personne. C'est très lourd."),
    (A, "C'est pour cela qu'après un entretien difficile, on prend dix minutes de débriefing à deux, soignant et interprète. Ce n'est pas du luxe, c'est une condition pour que les interprètes tiennent dans la durée."),
    ("NOTE", "Question du chat lue par l'animateur"),
    (T, "Une question arrive dans le chat, de Lucas, infirmier en CMP : peut-on utiliser une application de traduction automatique sur son téléphone, quand il n'y a pas d'interprète ?"),
    (A, "Pour fixer un rendez-vous, donner une adresse, dire à quelle heure revenir, oui, ça dépanne. Pour un entretien clinique, non. Une application ne repère pas une hésitation, un mot qui a deux sens, une expression de la détresse propre à une culture."),
    (K, "Et j'ajoute que les données partent sur des serveurs dont on ne sait rien. Pour des personnes qui ont parfois fui une police politique, ce n'est pas un détail."),
    (T, "Merci. Élodie, les chiffres du protocole : combien ça coûte, qui paie ?"),
    (E, "Le tarif est de trente-six euros de l'heure par téléphone et de soixante-deux euros de l'heure en présentiel. L'enveloppe pour deux mille vingt-six est de vingt-huit mille cinq cents euros."),
    (E, "L'agence régionale de santé en finance dix-huit mille, par le fonds d'intervention régional, et la ville dix mille cinq cents, au titre du contrat de ville, puisque six des quartiers concernés sont des quartiers prioritaires."),
    (E, "Ce qui est nouveau, c'est que l'enveloppe est commune : le CMP, l'équipe mobile, le centre d'accueil de demandeurs d'asile, les centres sociaux tirent sur le même budget. Le CLSM fait le suivi, et on fera un bilan au comité de suivi, qui se réunit deux fois par an."),
    ("NOTE", "Coupure technique d'environ quarante secondes : le son de Karim Benslimane est perdu puis rétabli."),
    (T, "Karim, on vous a perdu quelques secondes, vous nous entendez ? Oui. Vous parliez des langues."),
    (K, "Oui, pardon. Aujourd'hui le réseau compte quarante et un interprètes, qui couvrent vingt-trois langues. Les plus demandées à Montreval sont le dari, le pachto, le tigrigna, l'arabe soudanais et le géorgien. Pour les langues rares on passe par une plateforme partenaire, à distance."),
    (K, "Ce qui nous manque le plus, ce sont des interprètes hommes en tigrigna et des interprètes femmes en pachto. Et c'est important, parce que pour parler de violences sexuelles, une femme afghane ne parlera pas devant un homme, même professionnel."),
    (T, "Docteur Rolland, un mot sur les enfants, puisqu'Élodie en a parlé."),
    (A, "Faire traduire un enfant, c'est lui faire porter la maladie de son parent, les mots de la psychiatrie, parfois le récit de ce qui est arrivé à la famille. On inverse les places. Le protocole l'interdit pour les mineurs, et c'est une des choses dont je suis le plus contente."),
    (T, "Il nous reste quelques minutes. Élodie, la suite pour le CLSM ?"),
    (E, "Trois choses. D'abord, une formation Travailler avec un interprète pour les professionnels du CLSM, trois sessions d'une journée à l'automne. Ensuite, un groupe de parole pour des femmes exilées, avec une interprète dédiée au groupe, qui démarre en avril au centre social des Tilleuls."),
    (E, "Et enfin, le CLSM intercommunal du Pays d'Erdre, nos voisins de Chantenay-sur-Erdre, nous a demandé s'il pouvait rejoindre le protocole. On en discute, ce sera peut-être pour deux mille vingt-sept."),
    (T, "Merci à tous les trois. Le support et le replay seront en ligne sur notre site d'ici une semaine. Le prochain rendez-vous aura lieu le jeudi quatorze mai, sur la santé mentale des mineurs non accompagnés. Bonne fin de journée à toutes et à tous."),
    ("NOTE", "Fin de l'enregistrement."),
]

def fmt(t):
    h = int(t // 3600); m = int(t % 3600 // 60); s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)

def cues_of(text):
    sents = re.split(r"(?<=[.?!])\s+", text)
    out = []
    for s in sents:
        words = s.split()
        while len(words) > 18:
            cut = 14
            out.append(" ".join(words[:cut])); words = words[cut:]
        if words:
            out.append(" ".join(words))
    return out

def main():
    lines = ["WEBVTT", ""]
    t = 3.2
    base = str(uuid.UUID(int=0x5a1e16b4c3d24e0f9a8b7c6d5e4f3a2b))
    n = 0
    for who, text in TURNS:
        if who == "NOTE":
            lines += ["NOTE " + text, ""]
            if "Coupure" in text:
                t += 40
            continue
        for i, c in enumerate(cues_of(text)):
            dur = max(1.8, len(c) / 7.4)
            lines += ["%s/%d-%d" % (base, n, i), "%s --> %s" % (fmt(t), fmt(t + dur)), "<v %s>%s</v>" % (who, c), ""]
            t += dur + 0.35
        n += 1
        t += 1.4
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(OUT, "durée %.0f s" % t)

if __name__ == "__main__":
    main()
