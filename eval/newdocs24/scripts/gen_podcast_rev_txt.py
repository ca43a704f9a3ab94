# -*- coding: utf-8 -*-
"""Transcription d'un épisode de podcast commandée au service de transcription humaine Rev (rev.com) et téléchargée au
format texte (« Download › Text file », sans en-tête).

Imitation : pas de titre ni de date (seule la parole situe l'épisode), chaque prise de parole précédée de
« Prénom Nom (hh:mm:ss): » sur sa propre ligne (deux-points collé, convention de l'export Rev, même en français), puis
le texte en un paragraphe, une ligne vide entre les tours ; un intervenant non identifié (message vocal d'une
auditrice) noté « Speaker 4 » ; balises Rev entre crochets avec horodatage (« [crosstalk {T}] ») et sans
(« [rires] ») ; transcription « nettoyée » (pas d'euh), chiffres et numéros de téléphone en chiffres comme Rev les
écrit. ~9 minutes, 4 voix.
"""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-19_relais-des-aidants_podcast-prevention-suicide-aines.txt")

CL, HL, NV, S4 = "Claire Lemaire", "Hugo Lambrecht", "Nathalie Vasseur", "Speaker 4"
TURNS = [
    (CL, "Bonjour et bienvenue dans Parole d'aidants, le podcast du Relais des Aidants de l'Escaut. Je suis Claire "
         "Lemaire et pour ce douzième épisode, on aborde un sujet difficile, qu'on a longtemps hésité à traiter : "
         "le suicide des personnes âgées, et la souffrance des proches qui les accompagnent. Avec moi, deux "
         "invités. Le docteur Hugo Lambrecht, psychiatre à l'EPSM des Deux-Vallées et référent prévention du "
         "suicide pour le territoire. Bonjour."),
    (HL, "Bonjour Claire."),
    (CL, "Et Nathalie Vasseur, psychologue ici, au Relais des Aidants. Bonjour Nathalie."),
    (NV, "Bonjour."),
    (CL, "Docteur Lambrecht, on pense souvent que le suicide, c'est une question qui concerne les jeunes. Qu'est-ce "
         "que disent les chiffres ?"),
    (HL, "Ils disent exactement l'inverse. Le taux de suicide augmente avec l'âge, et il est le plus élevé chez les "
         "hommes de plus de 85 ans. Dans notre région, les plus de 65 ans, c'est environ un tiers des décès par "
         "suicide. Et il y a une autre différence importante : chez les jeunes, il y a beaucoup de tentatives pour "
         "un décès. Chez les personnes âgées, on compte à peu près une tentative pour un décès, parfois moins. Le "
         "geste est plus déterminé, le corps est plus fragile, et la personne est souvent seule quand ça arrive, "
         "donc personne n'intervient à temps."),
    (CL, "Pourquoi est-ce qu'on ne le voit pas venir ?"),
    (HL, "Parce que la personne âgée dit rarement « je suis déprimé ». Elle dit « j'ai mal au dos », « je ne dors "
         "plus », « je suis fatiguée », ou elle devient irritable. Et surtout, elle dit des phrases comme « je suis "
         "un poids », « je ne sers plus à rien », « vivement que ça se termine ». On les met sur le compte de l'âge. "
         "Le deuxième piège, c'est le médecin qui voit la personne dix minutes par trimestre, pour le "
         "renouvellement. Beaucoup de personnes âgées qui se suicident avaient vu leur médecin dans le mois "
         "précédent."),
    (CL, "Comment on fait la différence entre une dépression et la tristesse normale, par exemple après un "
         "deuil ?"),
    (HL, "C'est la question que les familles posent le plus. La tristesse du deuil vient par vagues : la personne a "
         "des moments très durs, mais elle peut encore rire, parler du défunt avec tendresse, s'intéresser à ses "
         "petits-enfants. Dans la dépression, tout est gris tout le temps, plus rien ne fait plaisir, et surtout la "
         "personne se dévalorise, elle se sent coupable, inutile. Si au bout de quelques semaines, elle ne "
         "s'alimente plus, ne sort plus, ne fait plus rien de ce qu'elle aimait, il faut consulter. Ce n'est pas "
         "le deuil qui continue, c'est autre chose."),
    (CL, "Nathalie, vous, vous accompagnez surtout les aidants. Est-ce qu'ils sont concernés aussi ?"),
    (NV, "Oui, très directement. Au Relais, on a accompagné 238 aidants en 2025. Dans notre questionnaire d'accueil, "
         "il y a une question sur le moral, et 21 % des aidants nous disent avoir déjà eu des idées noires depuis "
         "qu'ils s'occupent de leur proche. Ce sont souvent des conjoints qui ont eux-mêmes 75 ou 80 ans, qui ne "
         "dorment plus, qui ont arrêté de voir leurs amis, et qui se sentent coupables dès qu'ils pensent à eux."),
    (CL, "Qu'est-ce que vous leur proposez concrètement ?"),
    (NV, "D'abord un entretien, chez eux ou au Relais, pour faire le point. Ensuite, selon les besoins : le café "
         "des aidants, le premier samedi de chaque mois, pour rencontrer d'autres personnes dans la même "
         "situation ; la halte-répit du mercredi après-midi, où on accueille leur proche malade pendant trois "
         "heures ; une formation des aidants en six séances. Et pour ceux qui vont mal, un soutien psychologique "
         "individuel, jusqu'à dix séances gratuites avec moi ou ma collègue. Tout ça est gratuit."),
    (CL, "On a reçu un message d'une auditrice, qu'on a choisi de diffuser avec son accord. On l'écoute."),
    (S4, "Bonjour. Je m'occupe de ma maman, elle a 88 ans, elle vit chez elle à Marlière. Depuis la mort de mon "
         "père, elle répète qu'elle veut partir, qu'elle a fait son temps. Je ne sais jamais quoi répondre. Est-ce "
         "que je dois en parler, ou est-ce que je risque de lui donner des idées ? Merci."),
    (HL, "C'est une très bonne question, et la réponse est claire : parler du suicide ne donne pas l'idée. Au "
         "contraire, ça soulage. Je conseillerais à cette dame de poser la question directement à sa maman : "
         "« Quand tu dis que tu veux partir, est-ce que tu penses à te donner la mort ? » Si la réponse est oui, il "
         "faut demander si elle a pensé à comment, et quand. Si elle a un projet précis ou des médicaments stockés, "
         "on ne la laisse pas seule et on appelle le 15. Sinon, on en parle au médecin traitant dans la semaine, "
         "et on peut appeler le 3114 pour être conseillé."),
    (CL, "Le 3114, c'est quoi exactement ?"),
    (HL, "C'est le numéro national de prévention du suicide. Il est gratuit, il répond 24 heures sur 24 et 7 "
         "jours sur 7, et on peut l'appeler pour soi, mais aussi quand on est inquiet pour quelqu'un. Au bout du "
         "fil, ce sont des infirmiers et des psychologues formés. Pour notre région, les appels arrivent au centre "
         "répondant de Lille."),
    (NV, "Et je voudrais ajouter une chose pour les aidants, parce que [crosstalk {T}]"),
    (HL, "Oui, allez-y."),
    (NV, "Pardon. Souvent les aidants nous disent : « Je n'ai pas le droit de craquer, elle a besoin de moi. » Mais "
         "un aidant épuisé, c'est un aidant en danger, et c'est aussi un risque pour la personne aidée. Demander de "
         "l'aide, ce n'est pas abandonner son proche."),
    (CL, "Docteur, sur le territoire, qu'est-ce qui existe pour repérer plus tôt ces situations ?"),
    (HL, "À Escaudières, le conseil local de santé mentale a adopté en février un protocole qui s'appelle Vigilance "
         "aînés. L'idée est simple : une aide à domicile, un pharmacien, un bénévole qui voit des signes "
         "inquiétants remplit une fiche de vigilance, qui part au CCAS, et le CCAS oriente, si besoin vers l'équipe "
         "mobile de psychiatrie du sujet âgé. Et après une tentative de suicide, il y a le dispositif VigilanS : la "
         "personne qui sort de l'hôpital est recontactée par téléphone dans les semaines qui suivent, et elle a "
         "un numéro à appeler. Chez les plus âgés, on a adapté les appels : on prévient aussi le médecin traitant "
         "et, avec l'accord de la personne, un proche."),
    (CL, "Est-ce qu'on peut vraiment prévenir, à cet âge-là ?"),
    (HL, "Oui, et c'est le message le plus important. La dépression du sujet âgé se soigne aussi bien qu'à 40 ans. "
         "Les traitements marchent, la psychothérapie marche, et le lien social marche. On a des patients de 90 "
         "ans qui vont mieux. Ce qui tue, c'est de se dire que c'est normal d'être triste quand on est vieux. [rires] "
         "Pardon, je m'énerve toujours un peu sur ce point."),
    (CL, "[rires] On vous comprend. Nathalie, un dernier mot pour les aidants qui nous écoutent ?"),
    (NV, "Appelez-nous avant d'être à bout. Le Relais des Aidants de l'Escaut, c'est le 03 27 22 09 74, du lundi au "
         "vendredi de 9 heures à 17 heures, et on peut venir chez vous."),
    (CL, "Merci à tous les deux. Dans le prochain épisode, le treizième, on parlera du droit au répit et de "
         "l'accueil temporaire en EHPAD. Parole d'aidants est produit par le Relais des Aidants de l'Escaut, avec "
         "le soutien de la Conférence des financeurs du Nord. Prenez soin de vous, et à bientôt."),
]

CPS = 13.0


def stamp(t):
    t = int(t)
    return "%02d:%02d:%02d" % (t // 3600, t % 3600 // 60, t % 60)


def main():
    t = 3.0
    out = []
    for who, text in TURNS:
        out.append("%s (%s):" % (who, stamp(t)))
        if "{T}" in text:
            text = text.replace("{T}", stamp(t + len(text) / CPS))
        out.append(text)
        out.append("")
        t += len(text) / CPS + 0.8
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip("\n") + "\n")
    print(OUT, "fin vers", stamp(t))


if __name__ == "__main__":
    main()
