# -*- coding: utf-8 -*-
"""Génère les sous-titres SubRip (.srt) du podcast « Les Voix du Lignon » (Radio Lignon FM), épisode 14 :
« Pair-aidante, c'est un métier » — entretien de Sandrine Hamon, médiatrice de santé pair, par le journaliste
Thomas Bellec (diffusé le mardi 20 janvier 2026).

Format SRT : numéro, horodatage « hh:mm:ss,mmm --> hh:mm:ss,mmm », une ou deux lignes de texte, ligne vide.
Les noms des deux voix n'apparaissent que dans le premier repère ; ensuite les voix alternent sans étiquette
(« § » marque un changement de voix dans le script, non écrit dans le fichier). Quelques « euh » ; une phrase
coupée sur trois repères. Durées calculées d'après la longueur du texte, de façon déterministe.

Tout est inventé (personnes, structures, chiffres, numéros en 02 99 00, domaines .example).
"""
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-20_radio-lignon_podcast-voix-du-lignon-pair-aidante.srt")

SCRIPT = """[Jingle] THOMAS BELLEC : Bonjour et bienvenue dans Les Voix du Lignon. Avec moi aujourd'hui, SANDRINE HAMON.
Sandrine, vous êtes médiatrice de santé pair, un métier que peu de gens connaissent.
On va essayer de comprendre ce que c'est. Bonjour.
§Bonjour Thomas, merci de m'inviter.
§Alors d'abord, médiatrice de santé pair, ça veut dire quoi ?
§Ça veut dire que je travaille dans une équipe de psychiatrie, au CMP,
et que j'utilise mon propre vécu des troubles psychiques pour accompagner les patients.
Le mot « pair », c'est ça : je suis passée par là, comme eux.
§Et vous êtes en poste depuis quand ?
§Depuis le 3 novembre 2025. Je suis au CMP Jean-Jaurès, au centre-ville,
et à l'antenne de la Croix-Verte, qui a ouvert en même temps que mon arrivée.
§Vous y êtes à temps plein ?
§Non, je suis à 60 %. Le lundi et le mercredi à Jean-Jaurès,
et le jeudi à la Croix-Verte, à l'espace Croix-Verte, toute la journée.
§Vous avez un collègue qui fait le même métier, je crois.
§Oui, Yannick Le Goff, au CMP des Tilleuls. Il a été le premier, en mars 2024.
C'est un peu grâce à lui que j'ai osé, euh, postuler.
§Parlons de vous, si vous le voulez bien. Qu'est-ce qui vous a amenée là ?
§Alors, euh… J'ai fait une première dépression sévère à vingt-deux ans.
Ensuite il y a eu des troubles anxieux, deux hospitalisations, des années compliquées.
J'étais secrétaire médicale, et j'ai dû arrêter de travailler pendant presque cinq ans.
§Et comment on sort de ça ?
§On n'en sort pas d'un coup. Pour moi le tournant, ça a été le GEM La Passerelle, en 2017.
Une amie m'y a emmenée, je n'avais pas envie, je suis restée dans un coin tout l'après-midi.
Et puis je suis revenue. Au bout de deux ans, j'étais trésorière de l'association.
§Qu'est-ce qui se passe dans un GEM, concrètement ?
§C'est un lieu d'entraide, géré par ses adhérents. On boit un café, on fait des ateliers,
cuisine, écriture, sorties, mais surtout on n'est plus seul. Personne ne vous demande votre diagnostic.
§Et puis vous vous êtes formée.
§Oui, j'ai fait le DU pair-aidance de l'université de Loire-Bocage, promotion 2023-2024.
Cent quarante heures de cours, un stage de cinquante heures. Aujourd'hui c'est plus long, euh,
depuis la rentrée 2025 c'est cent soixante-huit heures et soixante-dix heures de stage.
§Et ça se finance comment, une formation comme ça ?
§Moi, c'est France Travail qui l'a payée, avec une aide individuelle à la formation.
D'autres passent par leur CPF, ou par leur employeur quand ils sont déjà en poste.
§Qu'est-ce que vous apportez, vous, qu'un infirmier ou un psychiatre n'apporte pas ?
§Ce que j'apporte, moi, ce n'est pas un savoir qu'on trouve dans les livres,
c'est d'avoir été assise de l'autre côté du bureau, d'avoir attendu des heures
en salle d'attente sans savoir ce qui allait m'arriver.
On appelle ça le savoir expérientiel. Ça ne remplace pas le savoir des soignants, ça le complète.
§Vous avez un exemple ?
§Oui. Une dame, que je vais appeler Louise, qui refusait son traitement depuis des mois.
Avec l'équipe, tout le monde lui expliquait pourquoi c'était important.
Moi je lui ai juste raconté que j'avais arrêté mes médicaments trois fois, et ce que ça m'avait coûté.
Elle m'a regardée et elle m'a dit : « Vous, au moins, vous savez de quoi vous parlez. »
Elle ne fait pas tout ce qu'on lui dit, mais elle revient, et ça c'est déjà énorme.
§Ça fait deux mois et demi que vous êtes là. Vous avez un premier bilan ?
§Depuis novembre, j'ai rencontré trente-huit personnes, dont quinze à la Croix-Verte.
Yannick, lui, sur toute l'année 2025, il en a accompagné cent soixante-quatre.
Je démarre, hein.
§Et le salaire, on peut en parler ? C'est un vrai métier, c'est payé correctement ?
§On peut en parler, oui. Je suis contractuelle de l'hôpital. À 60 %, je touche un peu plus de 1 250 euros bruts par mois.
Pour un temps plein, en début de contrat, c'est 2 080 euros bruts. Ce n'est pas énorme, mais c'est un vrai salaire.
§Certains disent que c'est risqué, d'employer quelqu'un qui a été malade. Qu'est-ce que vous leur répondez ?
§Euh… Je leur réponds que tout le monde peut aller mal, les soignants aussi.
Moi j'ai un plan de crise conjoint, comme ceux que j'aide les patients à écrire.
Mon équipe sait quels sont mes signes d'alerte, et ce que je souhaite si ça ne va pas.
§C'est quoi, le rétablissement, pour vous ? C'est un mot qu'on entend partout.
§Le rétablissement, ce n'est pas guérir. C'est reprendre le pouvoir sur sa vie,
avec ou sans symptômes, en ayant des projets, des liens, une place.
On peut être rétabli et avoir encore des hauts et des bas.
§Et à la Croix-Verte, qu'est-ce que vous faites le jeudi ?
§Le matin, il y a la consultation infirmière et un psychiatre une semaine sur deux.
Moi je fais l'accueil, je prends le temps avec les gens qui arrivent pour la première fois.
L'après-midi, on a lancé un atelier qui s'appelle « Parlons-en », ouvert à tous les habitants,
même ceux qui ne sont pas suivis. On parle du sommeil, du stress, de comment on demande de l'aide.
§Dans un quartier comme la Croix-Verte, la psychiatrie, ça fait peur ?
§Oui, beaucoup. Il y a la honte, la peur qu'on sache, la peur qu'on vous enlève vos enfants parfois.
Les gens disent « je ne suis pas fou ». Quand je leur dis que moi j'ai été hospitalisée deux fois,
et que maintenant je travaille à l'hôpital, ça change quelque chose dans le regard.
§Et vos collègues soignants, comment ils vous ont accueillie ?
§Très bien, euh, franchement. L'équipe de Jean-Jaurès avait préparé mon arrivée,
ils avaient eu une journée de formation sur le rétablissement avant que j'arrive.
Il y a eu des questions, bien sûr : est-ce que je lis le dossier, est-ce que je participe aux réunions.
La réponse est oui aux deux, je suis une professionnelle de l'équipe.
§On entend parfois parler de pair-aidants bénévoles. C'est la même chose que vous ?
§Non, et c'est important. Au GEM, quand j'accueillais les nouveaux, j'étais pair-aidante bénévole.
Aujourd'hui je suis salariée, formée, avec une fiche de poste, un encadrement, une analyse de pratique.
Les deux sont précieux, mais ce n'est pas le même engagement.
§Vous parliez de plan de crise. Il y a aussi les directives anticipées, c'est ça ?
§Oui, les directives anticipées en psychiatrie, les DAP. C'est un document où la personne écrit à l'avance
ce qu'elle souhaite si elle est en crise et qu'elle ne peut plus le dire : les traitements qu'elle accepte,
les personnes à prévenir, qui s'occupe du chat ou des enfants. Ce n'est pas encore très connu.
Au CLSM, le groupe de travail Rétablissement prépare un modèle commun pour toute la ville, pour le printemps.
§Et les familles, elles ont une place là-dedans ?
§Oui, bien sûr. Solidarité Psy Loire-Bocage fait un travail formidable avec les proches.
Ma mère y est allée pendant des années, ça l'a beaucoup aidée à comprendre ce qui m'arrivait.
§Parlons des GEM de Ligneray. Ça marche bien ?
§Oui. Le Phare, aux Tilleuls, il a passé les soixante adhérents juste avant Noël, il en est à soixante et un.
Quand il a ouvert en 2021, ils étaient quatorze. Et La Passerelle reste le plus gros, avec une petite centaine.
§Il y a aussi ce fameux projet de clubhouse dont on parle depuis un moment.
§Oui, et il avance. L'ARS a confirmé en décembre une aide au démarrage de 90 000 euros.
Les locaux seront dans l'ancienne école Jules-Ferry, à la Croix-Verte, mais il y a des travaux.
Donc l'ouverture, qui était prévue en septembre 2026, est repoussée au printemps 2027.
§Et les Semaines d'information sur la santé mentale, en octobre, vous y étiez ?
§Oui, j'ai animé la balade des pairs. Il y a eu environ 1 420 participants sur les deux semaines,
c'est beaucoup plus qu'en 2024. Le village du lien, au parc du Lignon, a fait le plein malgré la pluie.
§Une dernière question. Quelqu'un nous écoute, il a un parcours comme le vôtre, il se dit : « pourquoi pas moi ».
Qu'est-ce qu'il doit faire ?
§D'abord, aller au GEM, rencontrer des gens. Ensuite, venir parler avec Yannick ou avec moi.
La prochaine promotion du DU démarre en octobre 2026, les candidatures sont ouvertes au printemps.
Et il peut appeler le CLSM, au 02 99 00 41 20, Solène Guérin l'orientera.
§Merci Sandrine Hamon. Vous écoutiez Les Voix du Lignon, sur Radio Lignon FM.
Retrouvez tous nos épisodes sur radiolignon.example. À bientôt.
[Jingle de fin]"""


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def split_cue(text, limit=84):
    """Coupe une ligne trop longue en plusieurs repères au plus près du milieu."""
    if len(text) <= limit:
        return [text]
    words = text.split()
    n = -(-len(text) // limit)
    per = -(-len(words) // n)
    return [" ".join(words[i:i + per]) for i in range(0, len(words), per)]


def main():
    rnd = random.Random(5320)
    t = 2.5
    blocks = []
    for raw in SCRIPT.split("\n"):
        change = raw.startswith("§")
        line = raw.lstrip("§")
        if change:
            t += 0.5 + rnd.random() * 0.9
        parts = [line] if line.startswith("[Jingle]") else split_cue(line)
        for part in parts:
            words = len(part.split())
            dur = 4.0 if part.startswith("[Jingle") and words < 4 else words / 2.05 + 0.6
            text = "\n".join(textwrap.wrap(part, 48 if not blocks else 48))
            blocks.append("%d\n%s --> %s\n%s\n" % (len(blocks) + 1, fmt(t), fmt(t + dur), text))
            t += dur + 0.1 + rnd.random() * 0.3
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(blocks))
    print("écrit :", OUT, "| repères :", len(blocks), "| durée : %.0f s" % t)


if __name__ == "__main__":
    main()
