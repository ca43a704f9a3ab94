# -*- coding: utf-8 -*-
"""Sous-titres SRT d'un webinaire, sous-titrés par des bénévoles dans l'éditeur Amara (amara.org) et téléchargés au
format SRT.

Imitation : repères numérotés, horodatages « hh:mm:ss,mmm », deux lignes de 42 caractères au plus, l'orateur désigné
par son seul PRÉNOM EN CAPITALES suivi de « : » au premier repère de chaque prise de parole (convention Amara), les
voix lues ou hors champ en <i>italique</i>, l'indicatif musical « ♪ », les bruits entre parenthèses, chiffres, dates et
heures dits en toutes lettres, sondage, question du chat lue par l'animatrice. ~15 minutes, 5 orateurs.
"""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-12_rqs_webinaire-bouger-jardiner-sante-mentale.srt")

SA, HE, JU, KA, LA = "SANDRINE", "HÉLÈNE", "JULIEN", "KARIM", "LAURE"
TURNS = [
    (None, "♪ ♪"),
    (SA, "Bonjour à toutes et à tous et bienvenue à ce webinaire de Ressources Quartiers Sud, le centre de "
         "ressources politique de la ville de Provence-Alpes-Côte d'Azur. Je suis Sandrine Mattei, chargée de "
         "mission santé. Nous sommes le jeudi douze mars deux mille vingt-six, il est quatorze heures, et on va "
         "parler pendant une heure de sport, de marche et de jardins au service de la santé mentale dans les "
         "quartiers prioritaires. Vous êtes cent trente-huit connectés, merci d'être là."),
    (SA, "Quatre invités aujourd'hui. Docteure Hélène Gaubert, psychiatre, responsable de l'hôpital de jour Les "
         "Micocouliers au centre hospitalier de Castelvérane. Julien Roustan, enseignant en activité physique "
         "adaptée à la Maison Sport-Santé Durance-Littoral. Karim Benaïssa, animateur du groupe d'entraide "
         "mutuelle L'Envolée. Et Laure Ferracci, coordinatrice du conseil local de santé mentale de Castelvérane. "
         "On commence par un sondage : dans votre territoire, est-ce qu'une action sport ou nature associe le "
         "CLSM ?"),
    (SA, "Les résultats s'affichent. Trente-quatre pour cent oui, cinquante-deux pour cent non, et quatorze pour "
         "cent je ne sais pas. Donc une majorité n'a encore rien. Docteure Gaubert, pourquoi un psychiatre "
         "s'intéresse-t-il au sport ?"),
    (HE, "Parce que nos patients meurent trop tôt. Les personnes qui vivent avec un trouble psychique sévère ont "
         "une espérance de vie réduite de quinze à vingt ans, et la première cause, ce n'est pas le suicide, ce "
         "sont les maladies cardio-vasculaires. Les traitements font prendre du poids, la maladie isole, on sort "
         "moins, on bouge moins. Et puis il y a l'autre versant : l'activité physique a un effet propre sur "
         "l'humeur, sur l'anxiété, sur le sommeil. Pour une dépression légère à modérée, elle fait partie des "
         "recommandations au même titre qu'une psychothérapie."),
    (HE, "À l'hôpital de jour, on a donc monté il y a trois ans le programme Corps en mouvement. Concrètement, "
         "deux séances par semaine pendant douze semaines, encadrées par un enseignant en activité physique "
         "adaptée mis à disposition par la Maison Sport-Santé. En deux mille vingt-cinq, quarante et un patients "
         "l'ont commencé et trente-quatre l'ont terminé. Pour des patients qu'on a parfois du mal à faire venir "
         "une fois par semaine, c'est énorme."),
    (SA, "Julien, vous êtes cet enseignant. C'est quoi, la différence entre ce que vous faites et un cours de "
         "sport classique ?"),
    (JU, "La différence, c'est qu'on part de la personne et pas de la discipline. Un éducateur sportif, il "
         "enseigne le foot ou la natation, il vise la performance ou le plaisir du jeu. Moi je fais d'abord un "
         "bilan : les capacités, les traitements, les freins, ce que la personne a envie de faire. Et le premier "
         "objectif, c'est souvent juste de sortir de chez soi. Je me souviens d'un monsieur qui, à la première "
         "séance, est resté sur le banc pendant quarante minutes. À la douzième semaine, il faisait la marche "
         "nordique avec le groupe."),
    (JU, "Sur l'ensemble de la Maison Sport-Santé, on a accompagné six cent douze personnes l'an dernier. Et "
         "cent soixante-seize avaient un trouble psychique déclaré, c'est presque trois sur dix. Notre programme "
         "spécifique, Bouger pour aller mieux, a un taux de complétion de soixante et onze pour cent. Ce qui "
         "marche, c'est le groupe. Les gens reviennent pour les autres autant que pour l'exercice."),
    (SA, "On a une question dans le chat, de Nadège, infirmière en CMP à Sainte-Luce-du-Var. Je la lis : <i>est-ce "
         "que le sport sur ordonnance est remboursé pour nos patients en ALD ?</i> Julien ?"),
    (JU, "Non, et c'est la question qu'on nous pose le plus. L'activité physique adaptée prescrite n'est pas "
         "remboursée par l'Assurance maladie. Certaines mutuelles participent, en général entre cinquante et cent "
         "cinquante euros par an. Chez nous, le bilan est gratuit et le cycle de douze semaines coûte trente "
         "euros, et il est gratuit pour les personnes qui ont la complémentaire santé solidaire. Donc l'argent ne "
         "doit pas être un frein, il faut juste le dire aux patients."),
    (SA, "Karim, au GEM, vous avez une approche un peu différente, vous ne parlez pas de sport."),
    (KA, "Non, on parle de sorties. (rires) Le mot sport fait peur à beaucoup d'adhérents, il y a des souvenirs "
         "d'école, d'échec, d'humiliation parfois. Alors au GEM on a les randos du jeudi. On part à neuf heures "
         "trente de la place du marché des Oliviers-Hauts, on prend le minibus de la ville et on marche deux "
         "heures dans le massif, à un rythme où tout le monde peut parler. L'an dernier on a fait trente et une "
         "sorties. Ce sont les adhérents qui choisissent les parcours en assemblée, et deux adhérents sont "
         "devenus pairs accompagnateurs, ils ont suivi la formation d'animateur de randonnée de proximité."),
    (KA, "Et il y a le jardin. Au Jardin des Cigales, à La Tourrache, on a deux parcelles pour le GEM. Jardiner, "
         "c'est une activité physique qui ne dit pas son nom. On se baisse, on porte, on bêche. Et surtout il y a "
         "quelque chose qui pousse, quelque chose dont on s'occupe, pour des gens qui ont souvent l'impression "
         "qu'on s'occupe d'eux. Ça change beaucoup de choses."),
    (SA, "Laure Ferracci, comment le CLSM a-t-il mis tout ça en musique ?"),
    (LA, "Au départ, chacun faisait dans son coin. L'hôpital de jour avait son programme, le GEM ses randos, la "
         "Maison Sport-Santé ses cycles, et le service des sports de la ville ne savait même pas que tout ça "
         "existait. En deux mille vingt-quatre, l'assemblée plénière du CLSM a créé un groupe de travail sport, "
         "nature et santé mentale, animé par la Maison Sport-Santé. Il se réunit tous les deux mois. La première "
         "chose qu'on a faite, c'est une cartographie : on a recensé vingt-trois lieux et créneaux accessibles "
         "dans les trois quartiers prioritaires."),
    (LA, "La deuxième chose, ce sont les ordonnances vertes, qu'on lance en avril avec la ville. Le principe, "
         "c'est qu'un médecin ou un soignant du CMP peut remettre à son patient une ordonnance verte, qui "
         "prescrit non pas un médicament mais une activité en nature : un atelier au jardin partagé, une marche "
         "accompagnée, une sortie au parcours santé de la colline Saint-Jean. Le patient l'apporte à la Maison "
         "Sport-Santé, qui l'oriente vers le bon groupe. On vise quarante médecins signataires la première "
         "année."),
    (SA, "Et les quartiers, justement, ça change quoi d'être en QPV ?"),
    (LA, "Tout. Dans les quartiers prioritaires de Castelvérane, un adulte sur quatre n'a pas de médecin traitant. "
         "Donc si on attend l'ordonnance, on rate les gens. C'est pour ça que la Maison Sport-Santé accueille "
         "aussi sans ordonnance, et que le GEM va chercher les gens au pied des immeubles. Il y a aussi la "
         "question des femmes : au Plan-Fleuri, les femmes ne vont pas au gymnase si le groupe est mixte et si "
         "l'horaire tombe à la sortie de l'école. On a appris à demander aux habitantes avant de décider."),
    (SA, "Et la ville, le service des sports, il est entré comment dans la boucle ?"),
    (LA, "Par le parcours santé. Le service municipal des sports a rénové l'an dernier le parcours de la colline "
         "Saint-Jean, deux kilomètres quatre cents et dix agrès, à dix minutes à pied des Oliviers-Hauts. On lui a "
         "demandé d'ajouter des bancs tous les trois cents mètres et une signalétique en pictogrammes, pour les "
         "personnes qui lisent difficilement. Et le directeur des sports, Fabrice Ollivier, a ouvert le gymnase "
         "Paul-Rigaud et le stade des Pins aux groupes de la Maison Sport-Santé gratuitement, le lundi et le "
         "mercredi de dix heures à midi. Ça paraît simple, mais c'est ce genre de choses qui fait qu'un groupe "
         "tient ou ne tient pas."),
    (SA, "On me demande dans le chat combien tout cela coûte, et qui paie."),
    (LA, "Pour les ordonnances vertes, le budget de la première année est de quatre-vingt-six mille euros. La "
         "ville en apporte trente-six mille, l'agence régionale de santé trente mille et la DRAJES vingt mille. Le "
         "reste, les randos du GEM, le jardin, ça tient avec très peu d'argent, beaucoup de bénévoles et des "
         "conventions de mise à disposition. Le vrai coût, c'est le temps de coordination, et c'est là que le "
         "CLSM sert à quelque chose."),
    (SA, "Une question de Malik, éducateur sportif à la ville : <i>comment on accueille quelqu'un qui a un "
         "trouble psychique dans un club ordinaire sans le mettre en difficulté ?</i> Docteure Gaubert ?"),
    (HE, "D'abord, en n'en faisant pas un cas à part. Il n'y a pas besoin de connaître le diagnostic. Il faut "
         "surtout trois choses : un interlocuteur identifié dans le club, un contact avec un soignant ou la "
         "Maison Sport-Santé si ça se passe mal, et de la souplesse sur l'assiduité, parce qu'il y aura des "
         "semaines sans. C'est pour ça que le CLSM organise cette année une formation d'une journée pour "
         "quarante éducateurs et animateurs, la première session est prévue le mardi douze mai."),
    (SA, "Julien, si vous deviez donner un chiffre qui vous a marqué ?"),
    (JU, "Le score de bien-être. On fait passer l'échelle de Warwick-Edinburgh au début et à la fin du cycle, et "
         "on passe en moyenne de quarante et un à quarante-sept points. Et la distance au test de marche de six "
         "minutes augmente de quarante-huit mètres. Mais ce qui me marque le plus, c'est qu'à six mois, à peu près "
         "la moitié des gens pratiquent encore une activité régulière. L'autre moitié, on la perd, et c'est là "
         "qu'on doit progresser."),
    (SA, "Karim, un mot pour finir ?"),
    (KA, "Oui. Je voudrais dire aux professionnels : venez marcher avec nous. Le jeudi, il n'y a pas de "
         "soignants et de soignés, il y a des marcheurs. Les inscriptions pour le cycle de printemps sont ouvertes "
         "en ligne, c'est dix sorties du neuf avril au dix-huit juin."),
    (SA, "Merci à tous les quatre. Le replay et le diaporama seront envoyés aux inscrits d'ici une semaine, et "
         "notre prochain rendez-vous, sur la santé mentale des jeunes et les écrans, aura lieu le jeudi seize "
         "avril. Bonne fin de journée. (applaudissements)"),
    (None, "♪ ♪"),
]


def wrap(text, maxc=42):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if len(t) <= maxc:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return [lines[i:i + 2] for i in range(0, len(lines), 2)]


def stamp(t):
    h, r = divmod(t, 3600)
    m, s = divmod(r, 60)
    ms = int(round((s - int(s)) * 1000))
    if ms == 1000:
        ms = 999
    return "%02d:%02d:%02d,%03d" % (h, m, int(s), ms)


def main():
    out, t, n = [], 1.0, 0
    for spk, text in TURNS:
        body = text if spk is None else "%s: %s" % (spk, text)
        for lines in wrap(body):
            nwords = len(" ".join(lines).split())
            dur = max(1.5, nwords / 2.05) if spk else 4.0
            n += 1
            out += [str(n), "%s --> %s" % (stamp(t), stamp(t + dur))] + lines + [""]
            t += dur + 0.08
        t += 1.2
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(OUT, n, "repères", "%.0f s" % t)


if __name__ == "__main__":
    main()
