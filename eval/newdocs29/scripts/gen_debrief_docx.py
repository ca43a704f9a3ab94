# -*- coding: utf-8 -*-
"""Génère la transcription Teams (.docx, python-docx) de la réunion de débriefing de la cellule de veille
post-crue (CVPC) du CLSM de Verlaincourt après les journées « un an après », mardi 21 avril 2026 (document fictif).

Format « export de transcription Teams » : titre de la réunion, date et durée, « Transcription démarrée », puis pour
chaque tour de parole un paragraphe « Prénom Nom   0:03:12 » suivi d'un paragraphe de texte (langue orale,
hésitations, phrases inachevées), « Transcription arrêtée » à la fin. Durée : environ 25 minutes. Les horodatages
sont calculés à partir de la longueur des tours."""
import os
import random

import docx
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-04-21_clsm-verlaincourt_debrief-cellule-veille-transcription.docx")

NB, SK, AR, YF, PL, LG, GM, FM = ("Nadège Bellamy", "Sylvie Kieffer", "Amandine Roth", "Yanis Ferhat",
                                  "Patricia Lhuillier", "Laurent Gérardin", "Gérard Munier", "Farida Mansouri")

TURNS = [
    (NB, "Bon, je crois qu'on est au complet. Bonjour à tous, merci d'être là, même à distance pour certains. "
         "Hélène Stoltz est excusée, elle est à Nancy aujourd'hui, Yanis représente le CRP. L'idée c'est de faire "
         "un débrief à chaud des journées un an après, le temps de mémoire du 15 et la journée ressources du 18, et "
         "de prendre quelques décisions pour la suite. On a vingt-cinq minutes, pas plus, je sais que tout le monde "
         "a un agenda chargé. Je propose qu'on commence par le 15 au soir. Gérard, tu veux bien ouvrir ?"),
    (YF, "Pardon, Nadège, je… est-ce que vous m'entendez ? J'ai un souci de micro depuis tout à l'heure."),
    (NB, "Oui, on t'entend, un peu haché mais ça va. Coupe peut-être ta caméra. Gérard, vas-y."),
    (GM, "Oui. Alors euh, pour nous, à l'association, c'est une réussite. On a compté à peu près 430 personnes sur le "
         "quai de la Halle, c'est beaucoup plus que ce qu'on pensait. Les gens ont apprécié qu'il n'y ait pas de "
         "discours, vraiment, plusieurs sont venus me le dire. Le dévoilement du repère de crue, c'était très fort. "
         "Il y a des gens qui ont pleuré en voyant où l'eau était montée, sur la pile du pont. Le seul bémol, c'est "
         "la sono : au fond on n'entendait rien pendant la lecture des textes des collégiens, et c'est dommage "
         "parce que c'était le moment le plus émouvant."),
    (NB, "Oui, on me l'a dit aussi pour la sono. On le note. Amandine, côté psychologues sur place ?"),
    (AR, "Alors on était six, trois du CRP et trois de la CUMP, avec les gilets verts comme prévu. Et ça a très bien "
         "marché, les gilets, les gens venaient vers nous, ou on allait vers eux quand on voyait quelqu'un isolé "
         "ou en larmes. On a fait 23 entretiens dans la soirée, des entretiens courts pour la plupart. Il y a eu "
         "aussi une dame qui a fait un malaise vagal juste après la minute de silence, elle a été prise en charge "
         "par les pompiers, rien de grave, elle est rentrée chez elle. Et euh, ce que je retiens, c'est que beaucoup "
         "de gens qu'on avait vus au gymnase il y a un an sont venus nous dire bonjour. Ça, c'était touchant. Ils "
         "se souvenaient de nous."),
    (AR, "Et je voudrais ajouter un point d'organisation. On avait prévu deux points de rencontre, un près du "
         "pont et un devant la maison de quartier, et en fait tout le monde s'est concentré près du pont, autour "
         "du repère. Donc le deuxième point n'a pas servi. La prochaine fois je mettrais tout le monde au même "
         "endroit, mais avec un espace un peu en retrait, une tente ou quelque chose, parce que faire un entretien "
         "au milieu de la foule, ce n'est pas l'idéal. Et on a fait un temps de reprise entre nous à 21 heures, "
         "tous les six, ça c'est indispensable."),
    (NB, "D'accord. Et j'ai reçu un message de l'infirmière du collège Émile-Gallé, je vous le lis rapidement. Six "
         "élèves ont lu leurs textes le 15 au soir, ils étaient très fiers. Et le lendemain, trois élèves sont "
         "venus à l'infirmerie, pas forcément ceux qui avaient lu, pour parler de la crue. Elle dit que c'est plutôt "
         "bon signe, que ça a ouvert quelque chose, mais elle voulait qu'on le sache. Elle les a orientés vers la "
         "permanence de la psychologue de l'Éducation nationale."),
    (GM, "Il y a quand même un point qui m'a un peu fâché, je le dis. Le photographe de L'Écho de l'Ornelle a "
         "filmé une dame qui pleurait devant le repère, sans lui demander, et la vidéo était sur leur site le "
         "lendemain matin. La dame nous a appelés, elle était très mal. On a demandé au journal de la retirer, ils "
         "l'ont fait dans la journée, mais bon, le mal était fait."),
    (SK, "Je suis désolée, Gérard, je ne le savais pas. J'appelle le rédacteur en chef cet après-midi. Et pour le "
         "11 juin, et pour les prochaines fois, on fera une petite charte avec la presse, un espace où on ne "
         "filme pas, comme on fait pour les cérémonies avec des familles endeuillées."),
    (SK, "Je voudrais juste dire, au nom du maire, merci à tous. On avait un peu peur que ce soit trop lourd, ou "
         "au contraire que les gens ne viennent pas. Et le choix de l'association, un moment simple au bord de "
         "l'eau, c'était le bon choix. Le maire a été très sensible au fait qu'on ne lui demande pas de discours, "
         "honnêtement il était plutôt soulagé."),
    (NB, "Merci Sylvie. On passe au samedi, la journée ressources à la Halle aux Grains. Moi j'ai les chiffres "
         "d'entrée : on a eu 290 visiteurs sur la journée, avec un pic vers 11 heures pour la conférence d'Hélène, "
         "il y avait 85 personnes dans la salle, on a dû rajouter des chaises. Les neuf stands étaient tenus toute la "
         "journée. Yanis, pour les entretiens ?"),
    (YF, "Oui. Alors sur la journée on a fait 37 entretiens individuels sans rendez-vous, on était trois "
         "psychologues en rotation. Et ce qui est intéressant, c'est que sur ces 37, il y a 14 personnes qui ont "
         "demandé un rendez-vous au CRP. Dont pas mal de personnes qu'on n'avait jamais vues, qui n'étaient jamais "
         "venues, ni au PRIS ni à la consultation. Donc ça confirme ce qu'on disait : il y a encore des gens qui "
         "n'ont jamais demandé d'aide. L'atelier pour les enfants a bien marché aussi, les dessins de la rivière, "
         "certains étaient assez impressionnants d'ailleurs, on en a gardé quelques-uns avec l'accord des parents."),
    (NB, "Et qu'est-ce qui revenait dans ces entretiens, Yanis, sans entrer dans le détail ?"),
    (YF, "Trois choses, surtout. D'abord la colère contre les assurances, les expertises qui traînent, les "
         "indemnisations jugées trop faibles. Ensuite la peur de la prochaine crue, beaucoup de gens nous ont parlé "
         "de la digue, est-ce qu'elle tiendra, quand est-ce que les travaux commencent. Et puis la culpabilité, "
         "des gens qui se reprochent de ne pas avoir sauvé telle chose, ou de ne pas être allés chercher un voisin. "
         "Et ça, la culpabilité, c'est souvent ce qui entretient les symptômes."),
    (PL, "Pour les assurances, je confirme, au PRIS on a encore 12 dossiers en litige avec les assureurs. Et "
         "c'est des familles qui vont mal, parce que tant que le dossier n'est pas réglé, elles ne peuvent pas "
         "tourner la page. L'argent, la précarité, ça joue énormément sur le moral."),
    (NB, "Pour la digue, il y a la réunion publique du 28 avril. Je ne pense pas qu'il faille un psychologue à une "
         "réunion sur des travaux, ce serait bizarre, mais deux ou trois sentinelles dans la salle, oui. Gérard, "
         "tu pourras en parler à vos adhérents formés ?"),
    (GM, "Oui, sans problème, il y en aura."),
    (NB, "D'accord. Et ça me permet de faire la transition vers la question des délais, parce que 14 demandes en "
         "plus d'un coup…"),
    (YF, "Oui, c'est là que ça coince. Pour les adultes ça va, on est à 9 jours de délai en moyenne. Mais pour les "
         "enfants, on a aujourd'hui 24 mineurs en liste d'attente, alors qu'on en avait 19 fin mars, et le délai "
         "pour un premier rendez-vous enfant est de trois semaines. Léa est seule sur un mi-temps, elle ne peut pas "
         "faire plus. Je vais faire une note précise là-dessus, avec les chiffres, pour le 5 mai."),
    (SK, "Justement, j'ai une bonne nouvelle et une moins bonne. La bonne : l'ARS nous a notifié le 16 avril la "
         "prolongation de la consultation avancée jusqu'au 31 décembre 2026. 60 000 euros, c'est exactement ce que "
         "le CRP avait demandé pour sept mois. La moins bonne, c'est que l'ARS ne finance pas le mi-temps "
         "supplémentaire de psychologue pour les enfants, la recommandation R1 du rapport. Ils disent que ce n'est "
         "pas possible sur l'enveloppe de cette année."),
    (YF, "Ah. Bon, déjà la prolongation, c'est énorme, on avait peur de devoir arrêter de prendre des nouveaux "
         "patients. Mais pour les enfants, sans renfort, la liste d'attente va continuer à monter."),
    (SK, "Alors, j'en ai parlé avec le maire vendredi. La ville peut mettre 8 000 euros pour des vacations de "
         "psychologue pour enfants, jusqu'à fin août. Ça permet de passer l'été et d'aller chercher autre chose "
         "pour la rentrée, peut-être la CAF ou le Département. Il faut juste que le CRP nous fasse une proposition "
         "de vacations."),
    (YF, "Très bien, je transmets à Hélène dès ce soir. On a déjà une psychologue qui a fait des remplacements chez "
         "nous et qui serait d'accord."),
    (NB, "Parfait. Farida, la ligne d'écoute, la semaine de l'anniversaire ?"),
    (FM, "Oui, bonjour à tous. Alors la ligne était ouverte de 9 heures à 20 heures du 13 au 18 avril, comme prévu. "
         "On a reçu 41 appels sur la semaine, alors qu'on est plutôt autour de 25 une semaine normale en ce moment. "
         "Le pic, c'est le 16 avril, le lendemain du temps de mémoire, avec 17 appels dans la journée. Et surtout, "
         "sur les 41, il y en a 11 qui sont arrivés après 17 heures. Donc l'élargissement du soir, ça a vraiment "
         "servi, c'est des gens qui n'auraient pas appelé autrement, des gens qui travaillent, ou alors les "
         "angoisses du soir, comme disait Hélène au webinaire."),
    (NB, "Et qui appelait ?"),
    (FM, "Beaucoup de femmes, à peu près six appels sur dix, et surtout des personnes qui avaient déjà appelé dans "
         "l'année. Mais il y a eu 8 nouveaux appelants, des gens qui n'avaient jamais appelé. Et on a eu une "
         "situation préoccupante, le 16 au soir, une personne qui parlait de mettre fin à ses jours, l'écoutante "
         "l'a gardée en ligne et on a appelé le 15. La personne a été vue aux urgences, elle est suivie "
         "maintenant. L'écoutante a eu un temps de reprise avec notre psychologue d'astreinte le soir même."),
    (NB, "Merci Farida, et merci à l'écoutante. C'est exactement pour ça qu'on avait élargi les horaires."),
    (NB, "Et tu proposes quoi pour la suite ?"),
    (FM, "On propose de garder une ouverture jusqu'à 20 heures deux soirs par semaine, le mardi et le jeudi, "
         "jusqu'au 30 juin. Nos écoutants sont d'accord. Mais le problème c'est qu'après le 30 juin, on n'a plus de "
         "financement pour la ligne, le fonds d'urgence du Département s'arrête là. Donc on a besoin de savoir "
         "assez vite si on continue ou si on prépare la fermeture, parce qu'une fermeture, ça se prépare, il faut "
         "prévenir les appelants réguliers."),
    (SK, "J'ai rendez-vous avec le vice-président du Département le 5 mai, c'est le premier point que je mettrai "
         "sur la table. Je vous tiens au courant."),
    (PL, "Est-ce que je peux enchaîner sur le PRIS ? Parce que c'est un peu la même question. Alors on a reçu 52 "
         "personnes au PRIS la semaine de l'anniversaire, c'est trois fois plus qu'une semaine normale. Mais "
         "globalement la fréquentation baisse depuis janvier, et je n'ai plus les moyens de tenir trois "
         "demi-journées… enfin trois jours par semaine avec deux agents. Donc à partir du 1er juin, le PRIS ne "
         "sera ouvert que le mercredi, matin et après-midi, aux mêmes heures. Et en parallèle on va rappeler par "
         "téléphone les 120 ménages les plus fragiles du fichier des sinistrés, en mai, pour que personne ne soit "
         "surpris."),
    (NB, "D'accord, c'est noté. Il faudra l'annoncer clairement, sur le site de la ville et par les sentinelles. "
         "Laurent ?"),
    (LG, "Oui. Alors chez nous, il reste 9 ménages relogés temporairement. Les travaux devraient être finis en juin "
         "et ils pourront rentrer. Comme d'habitude on préviendra la cellule de veille avant chaque retour, parce "
         "qu'on a bien vu que c'est un moment délicat. Je vous envoie la liste des 9 ménages par messagerie "
         "sécurisée. Et sinon, nos gardiens ont été très sollicités la semaine de l'anniversaire, deux d'entre eux "
         "m'ont dit qu'ils avaient mal dormi eux-mêmes. Je pense qu'il faudrait leur proposer le temps d'échange "
         "des sentinelles plus tôt que prévu."),
    (GM, "D'ailleurs, Laurent, l'association avait demandé qu'on mette aussi un repère de crue dans les halls des "
         "immeubles des Prés-Bas. Vous en êtes où ?"),
    (LG, "Alors, honnêtement, on hésite. On a fait un petit sondage auprès des locataires de deux immeubles, et "
         "la majorité ne veut pas voir ça tous les jours en rentrant chez eux. Certains disent que c'est important "
         "de se souvenir, d'autres disent qu'ils veulent oublier. Donc pour l'instant, on ne le fait pas dans les "
         "halls. On préfère le repère public sur le pont, que chacun va voir s'il le souhaite."),
    (YF, "Je trouve que c'est une sage décision, pour ce que ça vaut. Un rappel imposé tous les jours, pour "
         "quelqu'un qui a un TSPT, ce n'est pas anodin."),
    (AR, "Ça, on peut le faire avec la CUMP, un temps de reprise d'une heure et demie, on le fait pour nos propres "
         "équipes. On peut le proposer aux gardiens et aux agents d'accueil, pourquoi pas début mai."),
    (NB, "Très bonne idée, merci Amandine. Alors Gérard, tu voulais parler des groupes de parole ?"),
    (GM, "Oui. Alors le troisième cycle démarre le 5 mai, les inscriptions marchent bien. Mais je remets le sujet "
         "sur la table : les hommes ne viennent pas. Sur les deux premiers cycles on avait 8 hommes sur 37 "
         "participants. Et pourtant je les vois, moi, les hommes, ils sont au café, ils sont en colère, ils boivent "
         "un peu plus qu'avant. Donc on propose un groupe le samedi matin, moins formel, autour d'un café, à la "
         "maison de quartier des Prés-Bas."),
    (YF, "On est partants côté CRP. Je peux l'animer avec Gérard. On dirait le samedi de 10 heures à 11 heures 30, à "
         "partir du samedi 16 mai, et on fait le point après quatre séances pour voir si ça prend."),
    (NB, "Et pour le livret, où en est la traduction ?"),
    (YF, "La version arabe est en ligne depuis le 2 avril. Pour le turc, on a enfin trouvé une traductrice par "
         "le service d'interprétariat, elle s'engage pour fin mai. Donc ce sera en retard par rapport au 30 avril "
         "qui était prévu, mais ce sera fait."),
    (NB, "Ça me va. Dernier point avant les décisions : les sentinelles. On est à 68 formées, la prochaine session est "
         "le 2 juin, il reste quatre places. Et je vous rappelle l'objectif de 100 d'ici la fin de l'année. J'ai "
         "besoin que chacun m'envoie des noms, notamment les aides à domicile, on en a très peu."),
    (SK, "Et pour le bilan à un an, je voudrais qu'on ne fasse pas seulement des chiffres. Qu'on entende des "
         "habitants, des témoignages, peut-être le petit film qui avait été montré au webinaire de janvier."),
    (GM, "L'association est d'accord pour présenter une partie du bilan, avec deux ou trois participants des "
         "groupes qui sont prêts à parler. On en a parlé en bureau la semaine dernière."),
    (PL, "Je peux en proposer trois ou quatre du service d'aide à domicile du CCAS."),
    (NB, "Super. Bon, je récapitule les décisions, et vous me dites si j'oublie quelque chose. Un : la ligne "
         "d'écoute reste ouverte jusqu'à 20 heures le mardi et le jeudi jusqu'au 30 juin, et Sylvie voit avec le "
         "Département le 5 mai pour la suite. Deux : la ville finance 8 000 euros de vacations de psychologue pour "
         "enfants jusqu'à fin août, le CRP fait une proposition. Trois : le PRIS passe au mercredi seulement à "
         "partir du 1er juin, le CCAS rappelle les 120 ménages les plus fragiles. Quatre : un groupe du samedi "
         "matin aux Prés-Bas à partir du 16 mai, animé par Yanis et Gérard. Cinq : un temps de reprise pour les "
         "gardiens et les agents d'accueil début mai, avec la CUMP. Six : le bilan à un an sera présenté à "
         "l'assemblée plénière du CLSM le jeudi 11 juin à 18 heures, salle du conseil, et on y proposera de "
         "transformer la CVPC en cellule de veille risques collectifs, permanente, comme le recommande le rapport "
         "du CRP."),
    (SK, "Et on réparera la sono pour le 11 juin."),
    (NB, "Voilà. Pour les actions : Farida, tu m'envoies les statistiques détaillées de la ligne pour le 30 avril ; "
         "Yanis, ta note sur la liste d'attente des enfants pour le 5 mai ; Laurent, la liste des neuf ménages ; "
         "Patricia, le texte sur les nouveaux horaires du PRIS pour le site ; et moi je fais le compte rendu et je "
         "prépare le bilan à un an. Prochaine réunion de la cellule le mardi 19 mai à 14 heures, ici en mairie et "
         "sur Teams. Merci à tous, vraiment, et bonne fin de journée."),
    (GM, "Merci Nadège, merci à tous."),
]

RATE = 2.0   # mots par seconde (débit de réunion, pauses comprises)


def ts(t):
    t = int(t)
    return "%d:%02d:%02d" % (t // 3600, t % 3600 // 60, t % 60)


def main():
    rnd = random.Random(2904)
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Segoe UI"
    st.font.size = Pt(10.5)
    p = d.add_paragraph()
    r = p.add_run("Débrief CVPC — journées « Un an après la crue »")
    r.bold = True
    r.font.size = Pt(14)
    t = 4.0
    stamps = []
    for who, text in TURNS:
        stamps.append(t)
        t += len(text.split()) / RATE + rnd.uniform(1.0, 3.5)
    total = t
    d.add_paragraph("21 avril 2026, 14:03")
    d.add_paragraph("%d min %d s" % (total // 60, total % 60))
    d.add_paragraph("Nadège Bellamy a démarré la transcription")
    for (who, text), s in zip(TURNS, stamps):
        p = d.add_paragraph()
        r = p.add_run("%s   %s" % (who, ts(s)))
        r.font.color.rgb = RGBColor(0x61, 0x61, 0x61)
        r.font.size = Pt(9.5)
        d.add_paragraph(text)
    d.add_paragraph("Nadège Bellamy a arrêté la transcription")
    d.core_properties.title = "Débrief CVPC — journées « Un an après la crue » (transcription)"
    d.core_properties.author = "Nadège Bellamy"
    d.save(OUT)
    print("écrit :", OUT, "| tours :", len(TURNS), "| durée : %d min %d s" % (total // 60, total % 60),
          "| mots :", sum(len(x.split()) for _, x in TURNS))


if __name__ == "__main__":
    main()
