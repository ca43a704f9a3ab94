# -*- coding: utf-8 -*-
"""SRT d'un entretien radio d'environ 12 minutes (« L'invité de la matinale », Radio Vallées de Sévrane).

Tout est fictif : département de la Sévrane, communauté de communes du Pays de Vernadou, communes, personnes,
chiffres. Forme : sous-titres SRT numérotés, « hh:mm:ss,mmm --> hh:mm:ss,mmm », texte coupé sur deux lignes au
plus ; le nom de l'orateur (« JOURNALISTE : », « Dr Vialaret : », « Coralie Fabrègue : ») écrit au début du
premier repère de chaque tour de parole seulement ; style parlé (« euh », « bon », reprises), quelques nombres dits
en lettres. Chaque tour est découpé en repères de 16 mots au plus, de préférence après une ponctuation ; la durée
d'un repère est estimée à 2,35 mots par seconde plus une pause de 0,25 s.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-02-10_radio-vallees-sevrane_entretien-telepsychiatrie-monde-agricole.srt")

J, V, C = "JOURNALISTE", "Dr Vialaret", "Coralie Fabrègue"

TURNS = [
    (J, "Il est 7 h 50 sur Radio Vallées de Sévrane, c'est l'heure de l'invité de la matinale. Ce matin, on parle "
        "de santé mentale à la campagne, et notamment du mal-être chez les agriculteurs."),
    (J, "Mon invité est le docteur Hugues Vialaret, psychiatre, responsable du centre médico-psychologique de "
        "Montcabrel, au centre hospitalier de Montcabrel. Bonjour docteur."),
    (V, "Bonjour, merci de m'inviter."),
    (J, "Alors, on va commencer simplement. Le CMP, c'est quoi, pour ceux qui ne connaissent pas ?"),
    (V, "Alors le CMP, c'est, euh, c'est la porte d'entrée de la psychiatrie publique. C'est gratuit, c'est sans "
        "dépassement d'honoraires, on y reçoit les adultes du secteur pour des consultations, avec des "
        "psychiatres, des infirmiers, une psychologue, une assistante sociale."),
    (V, "Le problème, chez nous, c'est la distance. Le secteur, c'est vingt-quatre communes, et certains villages "
        "sont à plus de quarante minutes de route."),
    (J, "Et il y a aussi le problème des délais, on l'entend souvent."),
    (V, "Oui, c'était notre point noir. En 2024, il fallait attendre en moyenne 74 jours pour un premier "
        "rendez-vous au CMP. Soixante-quatorze jours, quand on va mal, c'est une éternité."),
    (V, "En 2025, on est descendus à 39 jours. C'est encore trop, hein, mais on a presque divisé par deux."),
    (J, "Comment vous avez fait ? Vous avez recruté ?"),
    (V, "Justement non, ou pas assez. On a un poste de psychiatre vacant depuis l'été 2024. On est deux "
        "psychiatres et demi pour tout le secteur."),
    (V, "Ce qui a changé, c'est la télépsychiatrie. Depuis janvier 2025, on fait des téléconsultations depuis le "
        "Bus Santé et depuis les maisons de santé de Varanhac et de Prat-Cerbès."),
    (J, "Concrètement, comment ça se passe ? Le patient est seul devant un écran ?"),
    (V, "Non, jamais seul, c'est très important. Le patient est dans le bus ou à la maison de santé, avec "
        "l'infirmière ou la psychologue à côté de lui, et moi je suis à Montcabrel, sur l'écran."),
    (V, "L'infirmière prend la tension, elle regarde le traitement avec lui, et s'il faut, elle reste pendant la "
        "consultation. Après, on fait un point toutes les deux, enfin tous les deux, toutes les trois, bref."),
    (J, "Et ça marche ? Les gens acceptent de parler de leur moral à un écran ?"),
    (V, "Beaucoup mieux que je ne le pensais, franchement. L'an dernier on a fait 286 téléconsultations. Mais il y "
        "a une règle : la première fois, on se voit en vrai."),
    (V, "Le premier rendez-vous, il se fait au CMP ou dans le bus, avec moi ou avec la psychologue. La "
        "télépsychiatrie, ce n'est pas de la psychiatrie au rabais, c'est de la psychiatrie qui fait la route à "
        "la place du patient."),
    (J, "Vous parliez des agriculteurs. Pourquoi c'est si difficile pour eux de venir consulter ?"),
    (V, "Il y a le temps, d'abord. Un éleveur, en pleine période d'agnelage, il ne va pas prendre une "
        "demi-journée pour venir à Montcabrel. Ce n'est pas possible, les bêtes n'attendent pas."),
    (V, "Et puis il y a le regard des autres. Au village, tout le monde reconnaît votre voiture garée devant le "
        "CMP. Le bus, lui, il est sur la place, on y va pour la tension, personne ne sait pourquoi vous montez."),
    (J, "On a justement au téléphone Coralie Fabrègue, infirmière du Bus Santé. Bonjour Coralie."),
    (C, "Bonjour Julien, bonjour docteur."),
    (J, "Vous êtes où, ce matin ?"),
    (C, "Alors ce matin on n'est pas sur la route, le bus est en pause d'hiver, il est au garage à Montcabrel. On "
        "repart le 16 mars, avec deux étapes de plus que l'an dernier."),
    (J, "Qui monte dans votre bus ?"),
    (C, "Beaucoup de personnes âgées, des agriculteurs, des jeunes aussi, de plus en plus. Et vous savez, les "
        "gens ne viennent pas pour parler du moral."),
    (C, "Ils viennent pour la tension, pour un pansement, pour la glycémie. Et puis la troisième fois, avec le "
        "café, ils parlent. Le café, c'est notre meilleur outil, je le dis souvent."),
    (J, "Vous avez un souvenir qui vous a marquée ?"),
    (C, "Oui, un monsieur, éleveur de brebis, qui venait chaque quinzaine pour sa tension. Un jour il m'a dit : "
        "je ne dors plus depuis que j'ai vendu le troupeau de mon père."),
    (C, "On a parlé une heure. Le lendemain, il voyait la psychologue, et dix jours après il avait sa première "
        "téléconsultation avec le docteur Vialaret. Aujourd'hui il va mieux, il m'a autorisée à le raconter."),
    (J, "Et les jeunes, Coralie, qu'est-ce qu'ils viennent chercher dans le bus ?"),
    (C, "Souvent ils viennent accompagner leur grand-mère, et puis ils restent. Il y a eu une jeune fille de seize "
        "ans, à Sauvanès, qui est revenue seule la fois suivante. Elle n'avait personne à qui parler."),
    (C, "Le bus, c'est un endroit neutre. Ce n'est pas l'hôpital, ce n'est pas le lycée, ce n'est pas la maison. "
        "Et la psychologue, Baptiste Lherm, il a un vrai talent pour ça, pour les ados."),
    (J, "Merci Coralie. Docteur, on entend souvent parler des sentinelles. C'est qui, ces sentinelles ?"),
    (V, "Ce sont des gens qui voient les agriculteurs tous les jours, sans être soignants : des conseillers de "
        "la chambre d'agriculture, des vétérinaires, des conseillers bancaires, des techniciens de coopérative."),
    (V, "La MSA les forme pendant une journée à repérer les signes de souffrance et à orienter la personne. Ils "
        "ne soignent pas, ils ne font pas de diagnostic. Ils osent poser la question, et ils passent le relais."),
    (J, "Et le relais, c'est qui ?"),
    (V, "C'est la cellule pluridisciplinaire de prévention de la MSA. Une sentinelle qui s'inquiète pour un "
        "éleveur appelle la cellule, et un travailleur social rappelle l'agriculteur en quelques jours."),
    (V, "Sur le Pays de Vernadou, on a dix-neuf sentinelles formées. Le vétérinaire, c'est souvent le premier à "
        "voir que ça ne va pas : les bêtes mal soignées, c'est parfois un éleveur qui s'effondre."),
    (J, "À quoi on voit qu'un agriculteur ne va pas bien ? Quels sont les signes ?"),
    (V, "Il y a des signes qui ne trompent pas. Il ne va plus au marché, il ne répond plus au téléphone, le courrier "
        "s'entasse sans être ouvert. Il parle de vendre, d'arrêter, ou au contraire il ne parle plus du tout."),
    (V, "Et puis il y a les phrases. Je suis un poids pour ma famille. De toute façon, ça ne sert plus à rien. Ces "
        "phrases-là, il ne faut jamais les laisser passer."),
    (J, "Qui finance tout ça, le bus, la télépsychiatrie ? Parce que ça a un coût."),
    (V, "Il y a une convention, signée en juin dernier, entre la communauté de communes, l'ARS, la MSA, le "
        "Département et notre hôpital. Chacun met sa part, l'ARS la plus grosse."),
    (V, "Et tout ça est coordonné par le conseil local de santé mentale, le CLSM intercommunal, qui réunit les élus, "
        "les soignants, les associations. Sans lui, chacun serait resté dans son coin, honnêtement."),
    (J, "Il y a aussi une ligne d'écoute sur le territoire, Terres à l'écoute. C'est un numéro d'urgence ?"),
    (V, "Non, et je tiens à le dire clairement : Terres à l'écoute n'est pas une ligne d'urgence. Ce sont des "
        "bénévoles formés, de l'association Les Lucioles du Vernadou, qui écoutent, tous les jours de 8 h à 22 h."),
    (V, "C'est fait pour quelqu'un qui a besoin de parler, qui se sent seul, qui est fatigué. Le numéro est "
        "gratuit, c'est le 0 800 47 26 15."),
    (V, "Si quelqu'un pense au suicide ou est en danger, il faut appeler le 3114, le numéro national de "
        "prévention du suicide, qui répond 24 heures sur 24 avec des professionnels. Ou le 15 en cas d'urgence "
        "vitale."),
    (J, "Et pour les proches ? Quelqu'un qui nous écoute et qui s'inquiète pour son voisin, son frère, qu'est-ce "
        "qu'il peut faire ?"),
    (V, "Poser la question directement. Est-ce que tu penses au suicide ? On a peur de donner l'idée, mais c'est "
        "faux : poser la question ne donne pas l'idée, ça soulage, ça ouvre la porte."),
    (V, "Ensuite ne pas rester seul avec ça : en parler au médecin traitant, au CMP, à la MSA si c'est un "
        "agriculteur."),
    (J, "Il reste des difficultés, j'imagine. Le réseau, par exemple, pour la télépsychiatrie, dans nos vallées ?"),
    (V, "Ah, le réseau ! À Saint-Génis-des-Combes, la connexion a coupé trois fois pendant une même consultation, "
        "l'été dernier. Le patient parlait de choses très intimes, et l'image se figeait. C'était terrible."),
    (V, "Depuis décembre, le bus a un kit satellite, une petite antenne sur le toit. Ça ne règle pas tout, mais on "
        "n'a plus eu de coupure."),
    (J, "Et les jeunes ? Vous disiez qu'il y en a de plus en plus."),
    (V, "Oui. Le problème des jeunes ici, c'est le transport. Un jeune de dix-sept ans à Prat-Cerbès, sans "
        "permis, sans bus de ligne, comment il vient au CMP ? Il ne vient pas."),
    (V, "La communauté de communes va lancer un transport à la demande gratuit pour les seize vingt-cinq ans, pour "
        "aller à leurs rendez-vous de santé. Ça démarre le 1er mars, je crois."),
    (J, "Un dernier mot, docteur ? On arrive à la fin."),
    (V, "Oui : le mal-être, ce n'est pas une faiblesse, et ce n'est pas réservé à la ville. Parler, c'est déjà "
        "se soigner un peu. Et le bus revient le 16 mars, montez-y, même juste pour un café."),
    (J, "Merci docteur Hugues Vialaret, merci Coralie Fabrègue. Le numéro de Terres à l'écoute, encore une fois, "
        "0 800 47 26 15. Et en cas de détresse, le 3114. Il est 8 h 02, place au journal."),
]

RATE = 2.35
GAP = 0.25
MAX_WORDS = 16


def split_turn(text):
    """Découpe un tour en repères de MAX_WORDS mots au plus, de préférence après une ponctuation."""
    words = text.split()
    cues, cur = [], []
    for w in words:
        cur.append(w)
        if len(cur) >= MAX_WORDS:
            # revenir à la dernière ponctuation si elle laisse au moins 6 mots
            cut = None
            for i in range(len(cur) - 1, 5, -1):
                if re.search(r"[.,:;?!]$", cur[i]):
                    cut = i + 1
                    break
            if cut is None or cut == len(cur):
                cues.append(cur)
                cur = []
            else:
                cues.append(cur[:cut])
                cur = cur[cut:]
        elif re.search(r"[.?!]$", w) and len(cur) >= 9:
            cues.append(cur)
            cur = []
    if cur:
        cues.append(cur)
    return [" ".join(c) for c in cues]


def two_lines(text):
    """Coupe le texte d'un repère en deux lignes au plus, à l'espace la plus proche du milieu."""
    if len(text) <= 42:
        return [text]
    mid = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - mid))
    return [text[:cut], text[cut + 1:]]


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def main():
    t = 1.0
    blocks = []
    n = 0
    for speaker, text in TURNS:
        for i, cue in enumerate(split_turn(text)):
            words = len(cue.split())
            dur = words / RATE
            label = "%s : %s" % (speaker, cue) if i == 0 else cue
            lines = two_lines(label)
            n += 1
            blocks.append("%d\n%s --> %s\n%s\n" % (n, fmt(t), fmt(t + dur), "\n".join(lines)))
            t += dur + GAP
        t += 0.5
    with open(OUT, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(blocks))
    print(OUT, n, "repères, fin à %.0f s" % t)


if __name__ == "__main__":
    main()
