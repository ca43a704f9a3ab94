# -*- coding: utf-8 -*-
"""Génère le fichier de sous-titres YouTube (.sbv) de l'épisode 9 du podcast « Quartiers en santé » de l'atelier
santé ville (ASV) de Sarrelmont : « Exil : soigner ce qui ne se voit pas » (enregistré le 14 octobre 2025).

Format SBV : blocs séparés par une ligne vide, horodatage « h:mm:ss.mmm,h:mm:ss.mmm », texte sur une ou deux
lignes. Deux voix (Léa Kieffer, animatrice ; Nora Haddad, psychologue à la consultation Escale) ; le nom de
l'oratrice n'apparaît qu'en introduction ; une partie des repères est en minuscules sans ponctuation, comme
un sous-titrage automatique retouché à moitié. Durées calculées d'après la longueur du texte (débit oral),
de façon déterministe.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00, domaines .example).
"""
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-14_asv-sarrelmont_podcast-quartiers-en-sante-ep9.sbv")

# (texte, pause avant en secondes) ; "§" marque un changement de voix (non écrit dans le fichier)
CUES = """[Musique]
LÉA KIEFFER : Bonjour à toutes et à tous, et bienvenue dans Quartiers en santé,
le podcast de l'atelier santé ville de Sarrelmont. Je suis Léa Kieffer, je coordonne l'atelier santé ville,
et pour ce neuvième épisode nous sommes à la maison de quartier de Bellevue.
On va parler d'un sujet qu'on aborde rarement : la santé mentale des personnes exilées.
Les demandeurs d'asile, les réfugiés, les personnes qui ont dû quitter leur pays.
Et pour en parler j'ai invité Nora Haddad. Bonjour Nora.
NORA HADDAD : Bonjour Léa, merci de m'accueillir.
§Vous êtes psychologue clinicienne, et vous travaillez à la consultation Escale de l'hôpital de Sarrelmont.
Est-ce que vous pouvez nous dire ce que c'est, Escale ?
§Alors Escale c'est une consultation transculturelle de psychotrauma.
Elle dépend du pôle de psychiatrie adulte du centre hospitalier, mais on est installés au CMP Saint-Éloi,
rue des Tanneurs, pas dans l'hôpital lui-même.
On reçoit des personnes exilées, à partir de 16 ans, qui souffrent de troubles
liés à ce qu'elles ont vécu : dans leur pays, sur la route, et parfois ici aussi.
et on travaille toujours avec des interprètes professionnels c'est vraiment la base
§Ça existe depuis quand ?
§La consultation a ouvert en septembre 2022. J'y suis depuis le début, donc ça fait trois ans.
Aujourd'hui on est une petite équipe : deux psychologues, un psychiatre à temps partiel,
une infirmière et une secrétaire, qui est un peu la cheffe d'orchestre des interprètes.
§Et qui sont les personnes que vous recevez ?
§au début c'était surtout des hommes jeunes afghans soudanais érythréens
et maintenant il y a de plus en plus de femmes des Géorgiennes des Congolaises
des familles aussi avec des adolescents
La plupart sont hébergés en CADA ou en HUDA, au Relais des Deux Rives, d'autres sont au 115, ou à la rue.
§Quand on pense traumatisme, on imagine quelqu'un qui va venir vous raconter ce qui lui est arrivé.
Ça se passe comme ça ?
§Pas du tout, et c'est important de le dire. Les gens ne viennent presque jamais en disant
« j'ai un traumatisme ». Ils viennent parce qu'ils ne dorment plus.
parce qu'ils ont mal à la tête tout le temps mal au dos mal partout
parce qu'ils n'arrivent plus à retenir les cours de français, ou qu'ils oublient leurs rendez-vous à la préfecture.
Beaucoup nous disent « ma tête est pleine », ou « j'ai trop pensé ».
C'est une façon de dire la détresse qu'il faut savoir entendre.
§Et les cauchemars ?
§Oui, énormément de cauchemars, des reviviscences, c'est-à-dire des moments où la personne revit la scène
comme si elle se reproduisait là, maintenant. Un bruit de moto, un uniforme, une odeur de fumée,
et tout revient. Certains ne supportent plus de s'asseoir dos à une porte.
§On va parler des interprètes, parce que je crois que c'est vraiment le cœur de votre travail.
Pourquoi ne pas simplement demander à un proche de traduire ? Ce serait plus simple, non ?
§Plus simple, peut-être, mais pas possible quand on parle de ce qu'on a subi.
Imaginez une femme qui doit raconter des violences sexuelles, et c'est son fils de douze ans qui traduit.
ou un cousin ou un compatriote qui connaît tout le monde dans la communauté
la personne ne dira rien ou elle dira ce qu'elle pense qu'on peut entendre
L'interprète professionnel, lui, est formé, il est neutre, et il est tenu au secret.
§Comment ça se passe concrètement dans le bureau ?
§On s'installe en triangle : le patient, l'interprète et moi. Je parle au patient, je le regarde lui,
et je parle à la première personne, je ne dis pas « demandez-lui s'il dort ».
Et quand c'est possible, on garde le même interprète du début à la fin du suivi.
La confiance se construit avec les deux, en fait, avec le psy et avec l'interprète.
§Et par téléphone, ça marche ?
§Pour un suivi, oui, ça dépanne, surtout dans les langues rares.
Mais le premier rendez-vous, chez nous, c'est toujours en présentiel, jamais au téléphone.
il faut voir la personne il faut que l'interprète voie aussi les gestes les silences
Et parfois le patient ne veut pas d'un interprète de la ville, parce qu'il a peur d'être reconnu.
Dans ce cas on fait appel à un interprète par téléphone qui est dans une autre région, et ça règle le problème.
§On imagine que ce n'est pas facile non plus pour les interprètes, d'entendre tout ça.
§Non, et on en parle trop peu. Ils entendent des récits très durs, parfois dans leur propre langue,
de gens qui viennent parfois de la même région qu'eux.
il y a ce qu'on appelle le traumatisme vicariant
c'est quand à force d'entendre des récits terribles on finit soi-même par avoir des symptômes
des cauchemars de l'irritabilité
Alors depuis cette année, il y a un groupe d'analyse de pratique pour les interprètes, une fois par mois,
animé par une psychologue extérieure et financé par le CLSM.
Et après un entretien difficile, on prend toujours cinq minutes avec l'interprète pour débriefer.
§Parlons des délais. Quand un travailleur social vous adresse quelqu'un, combien de temps faut-il attendre ?
§Alors ça, c'est le point noir, même si ça va mieux.
L'an dernier on dépassait les trois mois d'attente pour un premier rendez-vous.
aujourd'hui on est autour de deux mois à peu près huit semaines
§Qu'est-ce qui a changé ?
§Deux choses. D'abord on a eu un deuxième poste de psychologue au printemps, c'est ma collègue Julien,
pardon, mon collègue Julien Thiébaut, qui est arrivé en mars.
Et surtout on a créé un accueil collectif, le mardi matin.
On reçoit ensemble les personnes qui viennent d'être orientées, avec plusieurs interprètes,
on explique ce qu'est la consultation, ce qu'est un psychologue, parce que dans beaucoup de pays
aller voir un psy ça veut dire qu'on est fou, c'est très stigmatisant.
et on repère tout de suite les situations les plus urgentes qui passent devant
§Et quelqu'un qui n'a pas encore de couverture maladie, il peut venir chez vous ?
§Oui, chez nous il n'y a pas besoin de droits ouverts, ni de médecin traitant.
Mais pour quelqu'un qui n'a aucune couverture, qui a besoin d'un médicament ou d'un avis psychiatrique rapide,
il y a la PASS psy de l'hôpital, au rez-de-chaussée du bâtiment C.
C'est une permanence d'accès aux soins, version psychiatrie : on y voit un infirmier, un psychiatre,
une assistante sociale qui ouvre les droits, et les médicaments sont délivrés gratuitement.
Et depuis septembre, il y a une permanence de la PASS psy à la maison de santé du Haut-Fourneau,
le jeudi après-midi. C'est important : on va vers les gens, dans le quartier.
§Vous parliez de la peur d'aller voir un psy. Il y a un dispositif qui a démarré cette année,
les médiateurs pairs. Qu'est-ce que c'est ?
§C'est le programme Pairs & Passerelles, porté par le Relais des Deux Rives, qui a démarré en avril.
ce sont des personnes qui ont elles-mêmes connu l'exil qui sont installées ici depuis quelques années
et qui ont suivi une formation de soixante-dix heures à la médiation en santé
Aujourd'hui ils sont six, et ils parlent dari, pachto, tigrinya, arabe soudanais, géorgien et russe.
§Et concrètement, ils font quoi ?
§Ils accompagnent. Ils vont chercher la personne, ils prennent le bus avec elle jusqu'au CMP,
ils expliquent comment marche l'hôpital, ce qu'est une ordonnance, pourquoi on attend aux urgences.
Mais attention, ce ne sont pas des interprètes. Ils ne sont pas dans la consultation,
ils ne traduisent pas ce que je dis. Ça, c'est le rôle de l'interprète. Les deux sont complémentaires.
§Est-ce que vous voyez déjà une différence ?
§Oui, très nette, sur les rendez-vous manqués. Avant, chez nous, à peu près un rendez-vous sur quatre
n'était pas honoré. Pour les patients accompagnés par un médiateur pair, on est à un sur dix.
§C'est énorme.
§C'est énorme, oui. Et il y a quelque chose de plus difficile à mesurer : l'espoir.
Voir quelqu'un qui est passé par là, qui a un travail, qui parle français, ça redonne un horizon.
§Vous avez un exemple, une histoire que vous pouvez nous raconter, en la rendant anonyme bien sûr ?
§Oui. Je vais l'appeler Moussa. C'est un jeune homme soudanais, il avait vingt-deux ans quand je l'ai rencontré.
Il était hébergé à l'HUDA, et l'équipe nous l'a adressé parce qu'il ne dormait plus du tout.
il passait ses nuits assis dans le hall sur un canapé près de la porte d'entrée
il disait qu'il ne pouvait pas dormir dans une chambre fermée
Il avait traversé la Libye, il avait été enfermé plusieurs mois, puis il y avait eu la mer.
Au début il ne venait pas aux rendez-vous. Une fois sur deux, il n'était pas là.
Il ne voyait pas l'intérêt de parler à une psychologue, il disait : « je ne suis pas fou ».
Et là, Ahmad, un des médiateurs pairs, a commencé à passer le voir à l'HUDA.
ils buvaient un thé ils parlaient de foot de la ville du travail pas du tout de psychologie
et un jour Moussa a accepté qu'Ahmad l'accompagne jusqu'au CMP
Après, on a travaillé avec un interprète en arabe soudanais, toujours le même, pendant six mois.
on a commencé par le sommeil tout simplement par des techniques pour se calmer la nuit
On n'a pas parlé tout de suite de la Libye. Le récit, ça vient quand la personne est prête, ou pas du tout.
Aujourd'hui il dort cinq heures par nuit, dans une chambre, la porte fermée.
Il suit des cours de français, et il a eu sa protection subsidiaire au mois de juin.
§Merci pour cette histoire. Il y a peut-être des professionnels qui nous écoutent, des travailleurs sociaux,
des bénévoles d'associations, qui se disent : « moi aussi j'accompagne quelqu'un qui va mal ».
Qu'est-ce que vous leur diriez ?
§D'abord, de ne pas avoir peur de poser la question. Tout simplement : « comment vous dormez ? »
C'est une porte d'entrée qui ne fait peur à personne.
Ensuite, de ne pas demander à la personne de tout raconter.
ce n'est pas nécessaire pour l'orienter et raconter encore et encore ça peut faire du mal
et de passer par un interprète même par téléphone plutôt que par un enfant ou un voisin
Et pour nous orienter quelqu'un, il y a une fiche d'orientation d'une page, sur le site du CLSM,
à nous envoyer par mail. N'importe quel professionnel peut le faire, une association aussi.
§Le CLSM a d'ailleurs publié un guide sur tout ça.
§Oui, le guide « Santé mentale et exil », la deuxième version est sortie en mai,
avec toutes les étapes et tous les contacts. Je le recommande vraiment.
Et il y a la formation de deux jours pour les professionnels, « Accueillir et accompagner en contexte transculturel ».
la prochaine session c'est les 27 et 28 novembre à l'IRTS il reste quelques places
§Une dernière question, Nora. Qu'est-ce qui vous manque, aujourd'hui ?
§Des interprètes dans certaines langues, le tigrinya, le pachto, le somali : on attend parfois une semaine.
Du temps de psychologue à l'HUDA, où il n'y a rien aujourd'hui.
et des places en CMP pour passer le relais parce que les délais là-bas sont très longs
et puis du temps tout simplement du temps pour soigner
§Merci beaucoup Nora Haddad.
§Merci à vous, Léa.
§Si vous ou un proche avez besoin d'aide, vous pouvez joindre la consultation Escale au 03 99 00 27 40.
En cas d'urgence, les urgences psychiatriques de l'hôpital ou le 15.
Vous retrouverez le guide et la fiche d'orientation sur sante-mentale.sarrelmont.example.
Quartiers en santé, c'est un podcast de l'atelier santé ville de Sarrelmont, réalisé par Théo Marchetti.
Dans le prochain épisode, on parlera des aidants familiaux. À très vite !
[Musique]"""


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%d:%02d:%02d.%03d" % (h, m, s, ms)


def split_long(text, limit=84):
    """Les repères trop longs sont coupés en deux repères, comme le fait l'outil de sous-titrage."""
    if len(text) <= limit:
        return [text]
    words = text.split()
    half, acc = len(text) / 2, 0
    for i, w in enumerate(words):
        acc += len(w) + 1
        if acc >= half:
            while i + 1 < len(words) - 1 and words[i + 1] in (":", ";", "?", "!", "»"):
                i += 1
            if words[i] == "«":
                i -= 1
            return split_long(" ".join(words[:i + 1]), limit) + split_long(" ".join(words[i + 1:]), limit)
    return [text]


def main():
    rnd = random.Random(36)
    t = 0.4
    blocks = []
    for raw in CUES.split("\n"):
        turn = raw.startswith("§")
        raw = raw.lstrip("§")
        if turn:
            t += rnd.uniform(0.5, 1.1)  # changement de voix : petit silence
        pieces = [raw] if raw == "[Musique]" else split_long(raw)
        for piece in pieces:
            if piece == "[Musique]":
                dur = 9.0 if not blocks else 12.0
            else:
                dur = max(1.8, len(piece) / rnd.uniform(11.0, 13.0))
            start, end = t, t + dur
            lines = textwrap.wrap(piece, 44, break_on_hyphens=False) if len(piece) > 44 else [piece]
            if len(lines) > 2:
                lines = [" ".join(lines[:-1]), lines[-1]]
            blocks.append("%s,%s\n%s" % (fmt(start), fmt(end), "\n".join(lines)))
            t = end + rnd.uniform(0.05, 0.35)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")
    print("écrit :", OUT, "—", len(blocks), "repères, %.0f s" % t)


if __name__ == "__main__":
    main()
