# -*- coding: utf-8 -*-
"""Sous-titres WebVTT d'un webinaire exportés depuis Sonix.ai (Export > Subtitles > WebVTT, « Speaker names:
first caption of each turn », « 32 characters per line, 2 lines »).

Imitation : en-tête « WEBVTT » suivi de « Kind: captions » et « Language: fr-FR », bloc NOTE de l'outil, pas
d'identifiants de repère, horodatages hh:mm:ss.mmm, réglage « line:85% » sur chaque repère, lignes de 32 caractères
au plus, le nom de l'orateur suivi de deux-points à l'anglaise (« Claire Dubreuil: ») en tête du premier repère de
chaque prise de parole, balises [inaudible] et [rires], chiffres et dates dits en toutes lettres, sondage, questions
du chat lues par l'animatrice. ~18 minutes.
"""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-12_qrna_webinaire-enfants-exposes-violences-qpv.vtt")

CD, NB, SL, TE, ME = "Claire Dubreuil", "Nadia Berthomé", "Sophie Lagarde", "Thomas Eyraud", "Manon Etchart"
TURNS = [
    (CD, "Bonjour à toutes et à tous, bienvenue dans ce nouveau rendez-vous santé de Quartiers Ressources "
         "Nouvelle-Aquitaine. Je suis Claire Dubreuil, chargée de mission santé au centre de ressources. Nous sommes "
         "le jeudi douze février deux mille vingt-six et notre thème du jour, ce sont les enfants exposés aux "
         "violences conjugales dans les quartiers prioritaires : comment on les repère, comment on les oriente, "
         "comment on les soigne. Vous êtes déjà cent soixante-douze connectés, c'est un record pour nous, merci."),
    (CD, "Deux mots d'organisation. Les micros sont coupés, les questions se posent dans le chat et je les "
         "relaierai. Le webinaire est enregistré, le replay sera en ligne d'ici dix jours. J'ai quatre invités. "
         "Docteure Nadia Berthomé, vous êtes pédopsychiatre et vous êtes responsable de l'antenne de Montbazac du "
         "centre régional du psychotraumatisme Garonne-Atlantique, en Lot-et-Garonne."),
    (NB, "Bonjour à tous. Oui, l'antenne a ouvert en mars deux mille vingt-quatre, donc on a bientôt deux ans."),
    (CD, "Sophie Lagarde, vous êtes intervenante sociale au commissariat de Montbazac. Thomas Eyraud, vous êtes "
         "conseiller principal d'éducation au collège des Tilleuls, qui est en REP plus, dans le quartier des "
         "Acacias. Et Manon Etchart, vous coordonnez le conseil local de santé mentale de Lescarrère, dans les "
         "Landes. Avant de commencer, un petit sondage. Dans votre CLSM, est-ce qu'il existe un groupe de travail "
         "consacré aux violences intrafamiliales ? Je vous laisse trente secondes."),
    (CD, "Voilà les résultats. Quarante et un pour cent d'entre vous répondent oui, quarante-neuf pour cent non, et "
         "dix pour cent ne savent pas. C'est plus que ce qu'on imaginait, c'est une bonne nouvelle. Docteure "
         "Berthomé, pour poser le cadre : qu'est-ce que ça veut dire, pour un enfant, être exposé aux violences "
         "conjugales ?"),
    (NB, "Alors on a longtemps parlé d'enfants témoins. On ne dit plus ça, parce qu'un enfant n'est jamais un "
         "simple spectateur. Il entend les cris depuis sa chambre, il voit les traces le lendemain matin, il "
         "s'interpose parfois, il vit dans la peur permanente que ça recommence. Aujourd'hui on dit que c'est un "
         "enfant victime de violences, au même titre que le parent qui les subit. Et les conséquences sur son "
         "développement, sur son sommeil, sur ses apprentissages, sont comparables à celles d'une maltraitance "
         "directe."),
    (NB, "Ce qu'on voit en consultation, ce sont des tableaux de psychotraumatisme. Chez les petits, des troubles "
         "du sommeil, des régressions, un enfant propre qui se remet à faire pipi au lit. Chez les plus grands, de "
         "l'hypervigilance, des difficultés de concentration, de l'agressivité ou au contraire un enfant trop sage, "
         "qu'on ne remarque pas. Et à l'adolescence, des conduites à risque, des fugues, des idées suicidaires. Le "
         "piège, c'est que beaucoup de ces enfants arrivent chez nous étiquetés hyperactifs ou opposants, alors "
         "qu'il s'agit d'un trouble de stress post-traumatique."),
    (CD, "Vous avez des chiffres pour l'antenne de Montbazac ?"),
    (NB, "Oui. En deux mille vingt-cinq, l'antenne a suivi quatre cent trente et une personnes, contre deux cent "
         "quatre-vingt-six l'année d'avant. Parmi elles, cent soixante-huit mineurs. Et cinquante-huit pour cent "
         "des situations sont liées à des violences intrafamiliales, c'est beaucoup plus qu'au siège du centre "
         "régional. Notre délai moyen pour un premier rendez-vous est de vingt-quatre jours. Ce n'est pas parfait, "
         "mais pour un enfant, on essaie toujours de proposer un premier contact en moins d'un mois."),
    (CD, "Sophie Lagarde, vous êtes souvent la première personne que ces familles rencontrent. Est-ce que vous "
         "pouvez nous expliquer ce que fait une intervenante sociale en commissariat ?"),
    (SL, "Oui. Je suis travailleuse sociale, je ne suis pas policière. Je suis salariée de l'association Aide aux "
         "Victimes Val-de-Garonne, et mon bureau est dans les locaux du commissariat. Les policiers m'orientent "
         "toutes les situations à caractère social qu'ils rencontrent : une intervention à domicile pour des "
         "violences, un conflit familial, une personne âgée isolée. Moi, je rappelle les personnes dans les "
         "quarante-huit heures, je les reçois, et je fais le lien avec tous les partenaires : hébergement, aide "
         "aux victimes, soin, école. Je ne prends pas de plainte et je ne fais pas d'enquête, ça c'est le travail "
         "des policiers."),
    (SL, "Sur l'année deux mille vingt-cinq, j'ai accompagné trois cent douze situations, contre deux cent "
         "soixante-huit en deux mille vingt-quatre. Dans cent quatre-vingt-dix d'entre elles, il y avait au moins "
         "un enfant au domicile. Et deux situations sur trois concernent des familles qui habitent un quartier "
         "prioritaire, les Acacias ou le Pont-Vieux."),
    (CD, "Une question du chat, de Mélanie, assistante sociale de secteur : est-ce que l'intervenante sociale peut "
         "intervenir si la victime ne veut pas porter plainte ?"),
    (SL, "Oui, absolument, et c'est même tout l'intérêt du poste. Une femme peut venir me voir sans déposer "
         "plainte, et on travaille ensemble à son rythme. Je lui explique ses droits, je l'aide à préparer un "
         "départ si elle le souhaite, je lui parle de la Maison Olympe à l'hôpital, où elle peut faire constater "
         "les violences sans plainte. La plainte, c'est sa décision. Par contre, s'il y a des enfants en danger, "
         "là je ne peux pas me taire, et je le lui dis dès le début."),
    (CD, "Justement, Thomas Eyraud, à l'école, comment est-ce que ça se passe ? Qu'est-ce qui vous alerte ?"),
    (TE, "Souvent ce sont des petites choses. Un élève qui s'endort en cours, qui ne veut pas rentrer chez lui le "
         "vendredi soir, qui a des absences répétées les lundis. Un élève qui explose pour un rien dans la cour. "
         "Et parfois c'est l'élève qui parle, à l'infirmière, à un professeur en qui il a confiance. Au collège "
         "des Tilleuls, l'an dernier, sur l'année scolaire deux mille vingt-quatre deux mille vingt-cinq, on a "
         "transmis onze informations préoccupantes. Dont sept où les violences conjugales étaient au premier plan."),
    (CD, "Pour nos participants qui ne sont pas de l'Éducation nationale, est-ce que vous pouvez redire la "
         "différence entre une information préoccupante et un signalement ?"),
    (TE, "Oui, c'est important. L'information préoccupante, on l'envoie à la cellule de recueil des informations "
         "préoccupantes du département, la CRIP, quand on pense qu'un enfant est en danger ou risque de l'être. "
         "C'est le département qui évalue ensuite la situation, avec ses travailleurs sociaux. Le signalement, "
         "lui, on l'adresse directement au procureur de la République, quand le danger est grave et immédiat, par "
         "exemple un enfant qui nous dit qu'il a été frappé la veille, ou qui a peur de rentrer. Dans le doute, on "
         "ne reste jamais seul : on appelle la CRIP, qui conseille."),
    (TE, "Et ce qu'on a changé depuis la rentrée, c'est qu'on a une psychologue de l'antenne du centre régional qui "
         "vient au collège une demi-journée par mois, le mardi matin. Elle ne fait pas de consultations dans "
         "l'établissement, elle conseille l'équipe sur des situations, anonymement. Ça nous a beaucoup aidés à "
         "oser parler."),
    (CD, "Manon Etchart, à Lescarrère, le CLSM a créé un groupe de travail sur ces questions cet automne. "
         "Pourquoi, et qu'est-ce qu'il fait ?"),
    (ME, "Le point de départ, c'est une situation très dure à l'été deux mille vingt-cinq, une femme du quartier "
         "de la Pinède-Haute qui avait été vue par cinq services différents en six mois, et personne n'avait fait "
         "le lien. Donc en octobre, on a lancé au sein du CLSM un groupe de travail violences et psychotrauma. Il "
         "réunit dix-sept membres : la gendarmerie et son intervenant social, le centre hospitalier, l'antenne du "
         "centre régional du psychotraumatisme, le CMP, le CMPP, la PMI, l'aide sociale à l'enfance, l'aide aux "
         "victimes, le bailleur social, deux collèges et la ville."),
    (ME, "On s'est fixé trois priorités pour deux mille vingt-six. Un : construire un annuaire partagé des "
         "ressources violences et psychotrauma sur le territoire, parce que personne ne sait qui fait quoi. Deux : "
         "former les professionnels de première ligne au repérage, avec le centre régional. Et trois : mettre en "
         "place une réunion de concertation mensuelle pour les situations complexes, sur le modèle de ce qui existe "
         "déjà à Montbazac. La première réunion aura lieu le mardi dix mars."),
    (CD, "Une question du chat pour Docteure Berthomé, de Karim, éducateur spécialisé : est-ce qu'il faut l'accord "
         "des deux parents pour qu'un enfant soit soigné au centre régional ?"),
    (NB, "C'est la question qu'on nous pose le plus souvent. En principe, pour des soins psychiques réguliers chez "
         "un mineur, il faut l'accord des deux titulaires de l'autorité parentale. Mais quand l'un des parents est "
         "l'auteur présumé des violences, il existe des aménagements. Depuis la loi de deux mille vingt-quatre, "
         "l'autorité parentale peut être suspendue dans certaines situations. Et dans tous les cas, on peut "
         "toujours recevoir l'enfant pour une première évaluation avec le parent protecteur. Mon conseil, c'est de "
         "ne jamais attendre d'avoir tout réglé sur le plan juridique pour nous appeler."),
    (CD, "Et concrètement, comment est-ce qu'un professionnel oriente un enfant vers votre antenne ?"),
    (NB, "C'est simple. Le professionnel, ou le parent lui-même, appelle notre secrétariat au zéro cinq, cinquante-"
         "trois, soixante-dix-huit, vingt-deux, quarante, du lundi au vendredi. On lui envoie une fiche "
         "d'orientation d'une page, qu'il nous renvoie par messagerie sécurisée. Puis on propose un premier "
         "entretien d'évaluation, en général avec le parent protecteur seul d'abord, puis avec l'enfant. Et on "
         "décide ensemble de la suite : une thérapie chez nous, un relais vers le CMPP ou le CMP, ou simplement un "
         "conseil aux équipes qui suivent déjà la famille."),
    (CD, "Quels soins proposez-vous concrètement ?"),
    (NB, "Des thérapies centrées sur le trauma, validées pour les enfants : la thérapie cognitive et "
         "comportementale centrée sur le trauma, et l'EMDR à partir de six ans environ. Pour les tout-petits, des "
         "séances parent-enfant, parce que le parent protecteur est lui-même souvent traumatisé et que l'enfant se "
         "répare à travers lui. Une prise en charge dure en moyenne trois à six mois. Et ça marche : la plupart "
         "des enfants vont nettement mieux au bout de douze à quinze séances. [rires] Je sais, ça paraît peu, mais "
         "c'est ce que montrent les études."),
    (CD, "Sophie Lagarde, quand une femme doit partir en urgence avec ses enfants, un vendredi soir par exemple, "
         "qu'est-ce qui se passe ?"),
    (SL, "Alors là, il y a deux portes d'entrée. La nuit et le week-end, c'est le cent quinze, le numéro de "
         "l'hébergement d'urgence, ou directement la police. En journée, je peux solliciter le dispositif Toit Sûr "
         "de l'association, neuf appartements meublés, à Montbazac et à Lescarrère, réservés aux victimes de "
         "violences conjugales avec ou sans enfants. Le problème, c'est que ces appartements sont pleins les trois "
         "quarts du temps. En deux mille vingt-cinq, on a dû refuser faute de place vingt-six demandes. Et une "
         "mise à l'abri à l'hôtel avec trois enfants, pour le soin, c'est catastrophique."),
    (CD, "Une dernière question du chat, de la PMI de Saint-Aurel : est-ce qu'il y a une antenne du centre "
         "régional en Dordogne ?"),
    (NB, "Oui, depuis le quinze septembre deux mille vingt-cinq, il y a une antenne à Saint-Aurel-sur-Dronne. Elle "
         "est encore petite, avec une psychologue et une psychiatre à mi-temps, mais elle reçoit déjà des enfants. "
         "Ses coordonnées sont dans le rapport d'activité du centre régional, qui sort en mars."),
    (CD, "Pour conclure, je vais demander à chacun une phrase. Ce que vous voudriez que les professionnels retiennent "
         "aujourd'hui. Docteure Berthomé ?"),
    (NB, "Qu'un enfant exposé aux violences conjugales est un enfant victime, et que plus on le soigne tôt, mieux "
         "il s'en sort."),
    (SL, "Que personne ne doit rester seul avec une situation de violences. Appelez-moi, appelez les partenaires."),
    (TE, "Que l'école voit beaucoup de choses, mais qu'elle a besoin du soin et du social derrière elle pour agir."),
    (ME, "Que le CLSM, c'est justement l'endroit où tous ces acteurs peuvent apprendre à se connaître. [inaudible] "
         "Profitez-en."),
    (CD, "Merci à tous les quatre. Je rappelle que la journée régionale violences intrafamiliales et santé mentale "
         "aura lieu le jeudi neuf avril à Lescarrère, les inscriptions sont ouvertes sur notre site. Le replay, le "
         "diaporama et les ressources citées seront envoyés à tous les inscrits. Bonne fin de journée à toutes et "
         "à tous."),
]


def split_cues(text, maxc=32):
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
    out = ["WEBVTT", "Kind: captions", "Language: fr-FR", "",
           "NOTE", "Exported from Sonix.ai - https://sonix.ai", "Speaker names: first caption of each turn", ""]
    t, n = 3.6, 0
    for spk, text in TURNS:
        cues = split_cues("%s: %s" % (spk, text))
        for lines in cues:
            nwords = len(" ".join(lines).split())
            dur = max(1.4, nwords / 2.05)
            n += 1
            out += ["%s --> %s line:85%%" % (stamp(t), stamp(t + dur))] + lines + [""]
            t += dur + 0.06
        t += 1.6
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(OUT, n, "repères", "%.0f s" % t)


if __name__ == "__main__":
    main()
