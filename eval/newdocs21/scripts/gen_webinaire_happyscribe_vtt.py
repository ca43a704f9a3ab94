# -*- coding: utf-8 -*-
"""Sous-titres WebVTT d'un webinaire exportés depuis Happy Scribe (Export > WebVTT, « Inclure les noms des
orateurs », « Max. 42 caractères par ligne, 2 lignes par sous-titre »).

Imitation : en-tête « WEBVTT » seul, identifiants de repère numériques, horodatages hh:mm:ss.mmm, deux lignes d'au plus
42 caractères coupées sur les espaces, le nom de l'orateur entre parenthèses en tête du premier repère de chaque prise
de parole (« (Julie Ancel) Bonjour… »), entités HTML (&amp;) et titres en <i>, chiffres et dates dits en toutes
lettres, question du chat lue par l'animatrice, sondage. ~17 minutes.
"""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-10_vqge_webinaire-troubles-concomitants-qpv.vtt")

JA, IF, KB, EM, MG = "Julie Ancel", "Inès Ferhat", "Karim Bensaïd", "Élodie Marchal", "Mathis Gerber"
TURNS = [
    (JA, "Bonjour à toutes et à tous, et bienvenue dans ce nouveau webinaire des Mardis de Villes &amp; Quartiers "
         "Grand Est. Je suis Julie Ancel, chargée de mission santé au centre de ressources. Aujourd'hui, mardi dix "
         "février deux mille vingt-six, on parle d'un sujet qui revient dans presque tous les CLSM de la région : "
         "les personnes qui ont à la fois une addiction et un trouble psychique, ce qu'on appelle les troubles "
         "concomitants, dans nos quartiers prioritaires. Vous êtes déjà cent quarante-huit connectés, merci."),
    (JA, "Quelques règles : les micros sont coupés, vous pouvez poser vos questions dans le chat, je les relaierai. "
         "Le webinaire est enregistré et le replay sera en ligne sur notre site d'ici une semaine. J'ai quatre "
         "invités. Docteure Inès Ferhat, vous êtes psychiatre au CMP adultes de Sarrebach-les-Forges, en Moselle, "
         "et vous consultez aussi au CSAPA Le Relais."),
    (IF, "Bonjour. Oui, j'ai un pied dans chaque maison, c'est un peu le sujet du jour."),
    (JA, "Karim Bensaïd, vous coordonnez le CAARUD L'Escale à Vervinval, dans la Marne. Élodie Marchal, vous êtes "
         "coordinatrice du CLSM d'Ostwihr, dans le Haut-Rhin. Et Mathis Gerber, vous êtes médiateur pair à "
         "L'Escale. Avant de commencer, un petit sondage : est-ce que votre CLSM a un groupe de travail sur les "
         "addictions ? Je vous laisse trente secondes pour répondre."),
    (JA, "Alors les résultats : soixante-deux pour cent d'entre vous répondent non, vingt-sept pour cent oui, et "
         "onze pour cent ne savent pas. Ça confirme ce qu'on pressentait. Docteure Ferhat, pour commencer, de quoi "
         "parle-t-on exactement quand on dit troubles concomitants ?"),
    (IF, "On parle d'une personne qui présente en même temps un trouble lié à l'usage d'une substance, l'alcool, le "
         "cannabis, la cocaïne, ou une addiction sans produit, et un trouble psychique : une dépression, un trouble "
         "anxieux, un psychotraumatisme, une schizophrénie. Ce n'est pas l'exception, c'est presque la règle. Au "
         "CSAPA Le Relais, l'an dernier, près d'une personne sur deux avait un trouble psychique diagnostiqué ou "
         "suivi, quarante-six pour cent exactement."),
    (IF, "Et le problème historique, c'est ce qu'on appelle le ping-pong. Le CMP dit : revenez quand vous aurez "
         "arrêté de boire. Le CSAPA dit : on ne peut pas avancer tant que la dépression n'est pas soignée. Et la "
         "personne, au milieu, décroche. Dans les quartiers prioritaires, avec la précarité, les difficultés de "
         "transport, la méfiance envers les institutions, ce décrochage est encore plus fréquent."),
    (JA, "Qu'est-ce que vous avez mis en place à Sarrebach pour sortir de ce ping-pong ?"),
    (IF, "Depuis avril deux mille vingt-quatre, je tiens une consultation partagée au CSAPA, un mardi sur deux. "
         "Je vois la personne avec son infirmière référente du CSAPA, dans des locaux qu'elle connaît. On fait le "
         "point ensemble sur les deux problèmes, et si un suivi au CMP est nécessaire, on fixe le rendez-vous avant "
         "qu'elle reparte. Résultat : pour ces personnes, le délai d'accès au CMP est tombé à vingt-trois jours, "
         "alors que la moyenne pour une demande classique est de soixante-quatre jours. On a divisé le délai par "
         "près de trois."),
    (IF, "L'autre chose qui a tout changé, c'est un outil très simple : une fiche de liaison commune entre le CSAPA, "
         "le CMP et le CCAS, qu'on a construite dans le groupe de travail du CLSM. Une page, avec l'accord de la "
         "personne, ce qu'elle consomme, ce qu'elle prend comme traitement, et qui est son référent. Ça évite de "
         "lui faire raconter son histoire quatre fois."),
    (JA, "Karim, à L'Escale, vous êtes sur un autre métier. Est-ce que vous pouvez nous rappeler la différence entre "
         "un CAARUD et un CSAPA ? Dans le chat, plusieurs personnes demandent."),
    (KB, "Oui, c'est la question qu'on me pose le plus. Le CSAPA, c'est le soin : on y va pour être accompagné, "
         "pour réduire ou arrêter, il y a des médecins qui peuvent prescrire un traitement de substitution. Le "
         "CAARUD, c'est la réduction des risques : on accueille les gens tels qu'ils sont, sans leur demander "
         "d'arrêter. On donne du matériel stérile, on propose une douche, un café, un test de dépistage, un "
         "accompagnement vers les droits. L'idée, c'est de garder les gens en vie et en lien, et quand ils sont "
         "prêts, de les accompagner vers le soin, donc souvent vers le CSAPA."),
    (KB, "À L'Escale, en deux mille vingt-cinq, on a eu une file active de six cent douze personnes. Et ce qui a "
         "vraiment bougé ces deux dernières années, c'est le crack. Sur ces six cent douze personnes, deux cent "
         "quatorze fument du crack, principalement dans le quartier des Grèves-Basses. Il y a trois ans, on en "
         "voyait une soixantaine."),
    (JA, "Et beaucoup d'entre elles ont aussi des troubles psychiques ?"),
    (KB, "Énormément. Le crack, c'est des nuits sans dormir, de la paranoïa, des moments de grande agitation. On a "
         "des personnes qui arrivent avec un trouble psychotique qui n'est plus suivi depuis des années. C'est pour "
         "ça qu'on a demandé au CLSM de Vervinval de nous aider à faire venir la psychiatrie chez nous. Depuis "
         "septembre deux mille vingt-cinq, une infirmière de l'équipe mobile psychiatrie précarité tient une "
         "permanence à L'Escale le mercredi après-midi."),
    (JA, "Et vous faites aussi de l'aller-vers ?"),
    (KB, "Oui, on fait des maraudes deux soirs par semaine, le mardi et le vendredi, aux Grèves-Basses et à "
         "Bellevue-Sud. On va vers les gens qui ne viendront jamais au CAARUD. On distribue des kits base, donc des "
         "pipes à crack en verre avec des embouts, et de la naloxone, l'antidote des surdoses aux opioïdes. En "
         "deux mille vingt-cinq, on a remis cent trente-huit kits de naloxone, et on a eu connaissance de quatre "
         "surdoses où la naloxone a été utilisée par un proche avant l'arrivée des secours."),
    (JA, "Mathis, vous êtes médiateur pair à L'Escale. Qu'est-ce que ça veut dire, concrètement ?"),
    (MG, "Ça veut dire que je suis payé pour mettre mon expérience au service des autres. J'ai consommé de "
         "l'héroïne pendant douze ans, j'ai eu un diagnostic de trouble bipolaire à trente ans, je suis passé par la "
         "rue. Aujourd'hui je suis stabilisé, sous traitement, et je travaille à mi-temps à L'Escale depuis deux "
         "mille vingt-trois. Je ne suis pas éducateur, je ne suis pas soignant. Mon rôle, c'est d'être la preuve "
         "vivante qu'on peut s'en sortir, et de faire le pont."),
    (MG, "En maraude, quand j'arrive, les gens ne voient pas l'institution. Ils voient quelqu'un qui a connu les "
         "mêmes galères. Il y a des personnes qui n'ont accepté de venir au CAARUD que parce que je leur ai dit : "
         "moi aussi j'y suis allé, et personne ne m'a jugé. J'ai suivi la formation de médiateur pair du programme "
         "<i>Pairs en Quartiers</i>, porté par l'ARS Grand Est, qui finance aujourd'hui sept postes de médiateurs "
         "pairs dans la région."),
    (JA, "Est-ce qu'il y a des limites à ce rôle ?"),
    (MG, "Bien sûr. Je ne suis pas là pour remplacer le psychiatre ou l'infirmier. Et il faut se protéger : j'ai une "
         "supervision avec une psychologue une fois par mois, et l'équipe sait que certains jours, je ne fais pas "
         "les maraudes dans mon ancien quartier. Le plus important, c'est que l'équipe ne me considère pas comme "
         "un alibi. Je participe aux réunions d'équipe, mon avis compte."),
    (JA, "Merci Mathis. Élodie, à Ostwihr, le CLSM a pris le sujet par un autre bout, celui des jeunes."),
    (EM, "Oui. Quand on a fait le diagnostic du CLSM en deux mille vingt-trois, les professionnels de la jeunesse du "
         "quartier des Tanneurs nous ont dit : on voit des jeunes qui fument beaucoup de cannabis pour dormir, pour "
         "calmer l'angoisse, et personne ne sait où les orienter. Il n'y avait pas de consultation jeunes "
         "consommateurs à Ostwihr, la plus proche était à quarante minutes de bus."),
    (EM, "Donc le CLSM a réuni le CSAPA de Colmarsheim, la maison des adolescents et la ville, et on a ouvert en "
         "janvier deux mille vingt-cinq une CJC avancée au centre socioculturel des Tanneurs, le mercredi de "
         "quatorze heures à dix-huit heures. La première année, quatre-vingt-onze jeunes y sont venus, et trente "
         "et un parents. Et ça, pour nous, c'est un point clé : la CJC reçoit aussi les parents, même quand le jeune "
         "ne veut pas venir."),
    (JA, "Il y a une question dans le chat, de Sophie, qui travaille dans un collège : est-ce qu'on peut orienter "
         "un jeune directement vers une CJC, ou est-ce qu'il faut passer par le médecin traitant ?"),
    (EM, "Pas besoin de médecin, pas besoin d'ordonnance. Le jeune peut venir seul, c'est gratuit et confidentiel, "
         "et il peut même garder l'anonymat. Ce qu'on conseille aux professionnels, c'est d'appeler avec le jeune, "
         "devant lui, pour prendre le premier rendez-vous. Ça marche beaucoup mieux que de donner un numéro sur un "
         "papier."),
    (JA, "Et les écrans ? On a plusieurs questions sur les écrans."),
    (EM, "Les écrans représentent à peu près un motif sur cinq à la CJC. Le plus souvent ce sont des parents "
         "inquiets pour un ado qui joue la nuit et ne va plus au collège. Et derrière, assez souvent, il y a une "
         "anxiété, un harcèlement, une phobie scolaire. C'est là que le lien avec le CLSM est précieux : on a "
         "une cellule de concertation mensuelle où on peut discuter des situations complexes, avec l'accord des "
         "familles."),
    (JA, "Docteure Ferhat, une question pour vous, de Marc, infirmier : par quoi commencer quand une personne a les "
         "deux problèmes ? Le sevrage d'abord, ou le traitement psychiatrique d'abord ?"),
    (IF, "Ni l'un ni l'autre d'abord : les deux en même temps. C'est ce qu'on appelle l'approche intégrée, et c'est "
         "ce que recommandent toutes les études. On n'attend pas l'abstinence pour traiter une dépression, et on "
         "n'attend pas que la dépression soit guérie pour travailler sur l'alcool. Concrètement, ça veut dire un "
         "seul plan de soins, partagé entre les équipes, avec un référent identifié."),
    (JA, "On arrive bientôt à la fin. Je vous demande à chacun une recommandation pour les coordinateurs de CLSM qui "
         "nous écoutent. Docteure Ferhat ?"),
    (IF, "Créez un groupe de travail addictions et santé mentale dans votre CLSM, avec le CSAPA et le CMP autour de "
         "la table. C'est là que tout commence."),
    (KB, "Invitez le CAARUD. On est souvent oubliés, alors qu'on voit les personnes que personne d'autre ne voit."),
    (EM, "Allez chercher les parents, et pensez aux jeunes avant qu'ils deviennent des patients."),
    (MG, "Et embauchez des pairs. Pas des bénévoles : des pairs formés et payés."),
    (JA, "Merci à tous les quatre. Le prochain webinaire des Mardis aura lieu le mardi quatorze avril deux mille "
         "vingt-six, sur les écrans et la santé mentale des enfants. Le replay, le diaporama et les ressources "
         "citées seront envoyés à tous les inscrits. Bonne fin de journée à toutes et à tous."),
]


def split_cues(text, maxc=42):
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
    return "%02d:%02d:%06.3f" % (h, m, s)


def main():
    out = ["WEBVTT", ""]
    t, n = 4.2, 0
    for spk, text in TURNS:
        cues = split_cues("(%s) %s" % (spk, text))
        for ci, lines in enumerate(cues):
            nwords = len(" ".join(lines).split())
            dur = max(1.6, nwords / 2.1)
            n += 1
            out += [str(n), "%s --> %s" % (stamp(t), stamp(t + dur))] + lines + [""]
            t += dur + 0.08
        t += 1.4
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(OUT, n, "repères", "%.0f s" % t)


if __name__ == "__main__":
    main()
