# -*- coding: utf-8 -*-
"""Génère la transcription SRT de la table ronde « Sortir de prison, et après ? » (Quinzaine de la santé mentale
d'Aurimont, médiathèque des Carmes, jeudi 19 mars 2026), enregistrée puis transcrite par le CLSM.

Mise en forme : repères numérotés de 2 à 6 secondes environ ; le nom de l'orateur (« ANIMATEUR : »,
« INTERVENANTE 1 : », « INTERVENANTE 2 : », « INTERVENANT 3 : », « INTERVENANT 4 : », « INTERVENANTE 5 : », « UNE PERSONNE DU PUBLIC : »)
n'apparaît qu'au changement d'orateur ; les présentations nominatives sont faites oralement par l'animateur ;
indications [applaudissements], [inaudible], [rires] ; silences sans repère ; durée d'environ 25 minutes.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-03-19_clsm-aurimont_table-ronde-sortir-de-prison-et-apres.srt")

A, I1, I2, I3, I4, I5, P = ("ANIMATEUR", "INTERVENANTE 1", "INTERVENANTE 2", "INTERVENANT 3", "INTERVENANT 4",
                            "INTERVENANTE 5", "UNE PERSONNE DU PUBLIC")

# (orateur, texte) ; « || » force une coupure de repère ; « ## n » = pause de n secondes sans repère
TURNS = [
    (A, "Bonsoir à toutes et à tous, merci d'être venus si nombreux à la médiathèque des Carmes. || "
        "On ouvre ce soir la deuxième semaine de la Quinzaine de la santé mentale d'Aurimont, || "
        "avec une table ronde qui s'intitule « Sortir de prison, et après ? ». || "
        "Je suis Thomas Réjou, journaliste au Courrier de la Garlande, et je vais animer nos échanges. || "
        "La soirée est enregistrée par le conseil local de santé mentale, la transcription sera mise en ligne. || "
        "Autour de la table, quatre invités. À ma droite, le docteur Anne-Laure Gasc, psychiatre, || "
        "responsable du SMPR, le service médico-psychologique régional, au centre pénitentiaire de Lestrac. || "
        "À côté d'elle, Inès Cabrol, référente justice à la mission locale d'Aurimont et de la Garlande. || "
        "Puis Damien Lacoste, travailleur pair à l'association Habitat Solidaire Garlande. || "
        "Et enfin Karim Benhaddou, conseiller pénitentiaire d'insertion et de probation au SPIP, à Aurimont. || "
        "Docteur Gasc, on commence par vous. Qui soignez-vous, concrètement, derrière les murs ?"),
    (I1, "Alors, euh, merci. Le centre pénitentiaire d'Aurimont-Lestrac, c'est à peu près 540 places, || "
         "avec une maison d'arrêt et un centre de détention. À l'intérieur, il y a l'USMP, || "
         "l'unité sanitaire, qui s'occupe des soins somatiques, et nous, le SMPR, pour la psychiatrie. || "
         "Sur une année, environ 40 % des personnes détenues voient au moins une fois un soignant du SMPR. || "
         "Ce sont des dépressions, des troubles anxieux, des psychoses aussi, et énormément d'addictions. || "
         "Et le problème, ce n'est pas tant la prise en charge dedans, c'est ce qui se passe le jour de la "
         "sortie. || "
         "Parce que pendant des années, on a vu des patients sortir avec, au mieux, une ordonnance pliée dans "
         "la poche, || "
         "et, euh, pas de rendez-vous, pas de médecin, parfois pas de logement. Les premiers jours, c'est là "
         "que tout se joue."),
    (A, "C'est pour ça qu'un protocole a été signé l'an dernier. Qu'est-ce qu'il a changé ?"),
    (I1, "Il a été signé en juin, il s'applique depuis le 1er juillet 2025. Le principe est simple : || "
         "personne ne sort sans son kit sortie. Dans ce kit, il y a sept jours de traitement, || "
         "une ordonnance qui couvre vingt-huit jours, la lettre pour le médecin, et une carte avec les "
         "numéros utiles. || "
         "Et surtout, on prend le rendez-vous au CMP avant la sortie, et pas après. || "
         "Sur le second semestre 2025, donc de juillet à décembre, 74 % des rendez-vous au CMP ont été honorés "
         "dans les dix jours ouvrés. || "
         "Avant le protocole, on n'avait même pas le chiffre, c'est dire. On visait 80 %, on n'y est pas "
         "encore. || "
         "Ce qui reste difficile, ce sont les sorties sèches, quand le tribunal libère quelqu'un un vendredi "
         "à 19 heures. || "
         "Pour ça, on prépare à l'avance une enveloppe scellée avec trois jours de traitement, qui attend au "
         "greffe."),
    (A, "Damien Lacoste, vous, vous êtes travailleur pair. Pour ceux qui ne connaissent pas, qu'est-ce que "
        "c'est ?"),
    (I3, "Un travailleur pair, c'est quelqu'un qui a vécu la même chose que les personnes qu'il accompagne, || "
         "et qui est formé et salarié pour ça. Moi, j'ai fait quatre ans à Lestrac, je suis sorti en 2019. || "
         "Le jour de ma sortie, j'avais un sac poubelle avec mes affaires et un ticket de bus. Voilà. || "
         "J'ai passé un diplôme universitaire de pair-aidance, et HSG m'a embauché en septembre 2024. || "
         "Mon travail, dans Cap Sortie, c'est de rencontrer la personne trois fois avant la sortie, || "
         "et le jour J, je suis devant la porte. En général à 9 heures. || "
         "On va d'abord à la pharmacie, ensuite on passe au logement, et le soir je l'appelle. || "
         "En 2025, j'ai fait 41 accompagnements le jour de la sortie."),
    (A, "Quarante et un. Et qu'est-ce qui se passe, concrètement, sur le trottoir, devant la porte ?"),
    (I3, "Le premier truc, et ça fait rire les gens, c'est le téléphone. [rires] || "
         "Mais c'est sérieux, hein. Quand tu sors, ton portable, il est mort. || "
         "La batterie est vide, la ligne a été coupée parce que t'as pas payé pendant deux ans. || "
         "Et sans téléphone, le CMP ne peut pas te rappeler, la mission locale non plus, personne. || "
         "Alors HSG donne un téléphone solidaire avec une carte prépayée. On en a distribué 35 l'an dernier. || "
         "Le deuxième truc, c'est de ne jamais laisser quelqu'un seul le premier soir. || "
         "Je ne suis pas soignant. Je ne remplace pas l'infirmière. Mais je sais ce que c'est, ce premier soir."),
    (A, "Karim Benhaddou, justement, Cap Sortie : comment on y entre, dans ce programme ?"),
    (I4, "Il y a quatre conditions. Être détenu à Lestrac, être suivi par le SMPR, || "
         "sortir vers Aurimont ou une commune de l'agglomération, et être volontaire, évidemment. || "
         "Le conseiller du SPIP ou le soignant du SMPR propose le programme, environ trois mois avant la "
         "sortie. || "
         "Le dossier passe en commission Cap Sortie, le deuxième lundi du mois, au centre pénitentiaire. || "
         "Et à partir de là on a quatre-vingt-dix jours pour préparer : logement, droits, rendez-vous, "
         "téléphone. || "
         "L'an dernier, en 2025, on a accompagné 64 personnes, contre 38 en 2024, la première année. || "
         "Et on les suit six mois après la sortie, avec un contact chaque semaine le premier mois."),
    (A, "Six mois, ça suffit ?"),
    (I4, "Non, pas toujours. Mais au bout de six mois, normalement, le relais est pris par le CMP, le "
         "médecin traitant, || "
         "et par le SPIP en milieu ouvert si la personne a encore une mesure. Le programme, c'est un pont, "
         "pas une maison."),
    (A, "Inès Cabrol, les plus jeunes, maintenant. Qui sont les jeunes que vous suivez ?"),
    (I2, "Alors, à la mission locale, on a le Parcours Tremplin 16-25, pour les jeunes sous main de justice. || "
         "Ça veut dire des jeunes qui sortent de détention, mais aussi des jeunes en sursis probatoire, || "
         "ou avec un travail d'intérêt général. En 2025, on a accompagné 67 jeunes, contre 52 l'année "
         "d'avant. || "
         "Un sur deux n'a aucun diplôme. Et beaucoup, beaucoup de souffrance psychique qui n'a jamais été "
         "soignée. || "
         "Un jeune de vingt ans ne va pas aller tout seul au CMP, il ne sait même pas ce que c'est. || "
         "Donc on fait le lien. On a une permanence au SPIP d'Aurimont tous les jeudis matin, || "
         "et à Saint-Amans-la-Tour c'est le premier mardi du mois, parce que là-bas on a moins de jeunes. || "
         "Et avec la Maison des adolescents on a monté un atelier qui s'appelle « Mon premier rendez-vous au "
         "CMP »."),
    (A, "Ça consiste en quoi, cet atelier ?"),
    (I2, "C'est deux heures. On explique ce qu'est un psychiatre, un psychologue, un infirmier, || "
         "que c'est gratuit, que ce n'est pas la police, que le juge ne lit pas le dossier. || "
         "Et ensuite on va ensemble visiter le CMP Aurimont-Nord, rue des Tanneurs. || "
         "Juste voir la salle d'attente, dire bonjour à la secrétaire. Ça paraît rien, mais ça débloque énormément."),
    (A, "Karim Benhaddou, au SPIP, vous êtes souvent vu comme celui qui contrôle. C'est compatible avec le "
        "soin ?"),
    (I4, "Oui, à condition que chacun reste à sa place. Le SPIP n'est pas un service de soins. || "
         "Je ne connais pas le diagnostic de la personne, et je ne dois pas le connaître. || "
         "Quand il y a une obligation de soins, c'est le juge qui la prononce. Nous, au SPIP, on vérifie || "
         "que la personne remet des attestations de suivi. C'est tout. On ne demande pas ce qui se dit en "
         "consultation. || "
         "À l'antenne d'Aurimont, on suit à peu près 1 150 personnes en milieu ouvert, || "
         "et environ 30 % ont une obligation de soins. Ça fait beaucoup de monde pour les CMP. || "
         "Mon rôle dans le protocole, c'est d'envoyer la date de sortie à l'USMP au moins quinze jours avant, || "
         "et de vérifier les droits, la carte Vitale, la complémentaire santé solidaire, avec la CPAM."),
    (A, "Et quand ça ne marche pas ? Quand la personne ne va pas à son rendez-vous ?"),
    (I4, "Alors, d'abord, un rendez-vous manqué, ce n'est pas une violation d'obligation. || "
         "On cherche à comprendre. Souvent c'est pratique : pas de bus depuis le quartier, pas de téléphone. || "
         "Depuis Moulin-Neuf par exemple, il faut deux bus pour aller au CMP Aurimont-Sud. || "
         "Et c'est là que le délai compte : au CMP Aurimont-Nord, le délai médian est de 9 jours, || "
         "mais à Saint-Amans-la-Tour on était à 23 jours l'an dernier. Trois semaines, c'est long quand on "
         "sort. || "
         "Et Cap Sortie n'est pas encore ouvert pour les sorties vers Saint-Amans, ça, c'est pour le second "
         "semestre 2026."),
    (A, "Docteur Gasc, vous voulez réagir ?"),
    (I1, "Oui, sur les délais. Le CMP Aurimont-Sud a perdu un psychiatre à l'automne, on le sait, on cherche. || "
         "Mais je voudrais dire que le protocole prévoit quelque chose d'important : l'appel à J+3. || "
         "Notre infirmière de liaison, Laure Fabre, appelle chaque personne trois jours après la sortie. || "
         "Est-ce que vous avez vos médicaments, est-ce que vous savez où est le CMP, est-ce que vous dormez. || "
         "Et si la personne ne vient pas au CMP, le CMP nous prévient, et on relance dans les 48 heures. || "
         "Pour les traitements de substitution, c'est le CSAPA L'Escale qui prend le relais, dans les 72 "
         "heures. || "
         "Et L'Escale ouvre le samedi matin, de 9 heures à midi, justement pour les sorties du vendredi."),
    (A, "On va prendre quelques questions dans la salle. Madame, au troisième rang. ## 6"),
    (P, "Bonsoir. Mon fils est à Lestrac, il sort en juin normalement. Moi, en tant que mère, je fais quoi ? || "
        "Personne ne me dit rien, on me répond que c'est le secret médical."),
    (I1, "Vous avez raison, le secret médical s'applique, même vis-à-vis des familles. || "
         "Mais rien n'empêche votre fils de vous autoriser à nous parler, et rien ne vous empêche, vous, de "
         "nous appeler pour nous donner des informations. || "
         "Et il y a des lieux pour les proches. Le groupe de parole des proches, le premier samedi du mois, || "
         "à la Maison des familles de Bellevue. Et la ligne Parenthèse Proches, au 03 99 00 62 18, || "
         "c'est une ligne d'écoute nationale pour les familles de personnes détenues, du lundi au vendredi."),
    (I3, "Et je peux ajouter un truc ? Si votre fils est suivi au SMPR, demandez-lui de parler de Cap Sortie || "
         "à son conseiller du SPIP. L'inscription se fait environ trois mois avant la sortie, pas la veille."),
    (A, "Une autre question. Oui, monsieur, au fond. ## 5"),
    (P, "Oui, bonsoir, je suis infirmier libéral à La Croix-Verte. Le logement d'abord, Toit d'Abord, ça "
        "marche comment ? || "
        "Il faut être soigné, abstinent, pour avoir une place ?"),
    (I3, "Non, justement, et c'est tout l'intérêt. Pas de condition d'abstinence, pas de condition de "
         "traitement. || "
         "On part du principe que le logement vient d'abord, et que le reste suit mieux quand on a une porte "
         "qui ferme. || "
         "Aujourd'hui on a 18 places à Aurimont, dont 6 pour des personnes qui sortent de détention. || "
         "L'objectif, c'est 24 places d'ici la fin de l'année. Et on veut recruter un deuxième travailleur "
         "pair, à Saint-Amans."),
    (A, "La coordinatrice du conseil local de santé mentale, Sandrine Vidalou, est dans la salle. || "
        "Sandrine, on vous passe le micro : le CLSM, au juste, ça sert à quoi dans tout ça ? ## 4"),
    (I5, "Merci. Le CLSM, c'est un lieu de concertation. On réunit les élus, les soignants, la justice, || "
         "les associations, les usagers et les familles, pour travailler ensemble sur un territoire. || "
         "Le CLSM ne soigne personne, il n'a pas de patients. Il fait en sorte que les gens se parlent. || "
         "Le groupe « Justice et santé mentale », on l'a installé en octobre 2023, il compte aujourd'hui "
         "vingt-quatre membres. || "
         "C'est là qu'est né le protocole du jour de la levée d'écrou. Et cette année, on va former || "
         "quarante professionnels aux premiers secours en santé mentale, conseillers du SPIP compris. || "
         "La première session a lieu les 14 et 15 avril, à la Maison des associations. || "
         "Les inscriptions se font auprès de moi, au CLSM, jusqu'au 3 avril."),
    (A, "Merci Sandrine. Vous avez parlé des quartiers tout à l'heure, Karim Benhaddou. Pourquoi ?"),
    (I4, "Parce que les chiffres sont parlants. Sur les trois quartiers prioritaires d'Aurimont, || "
         "Bellevue-Tilleuls, La Croix-Verte et Moulin-Neuf, on suit 328 personnes, presque un tiers de "
         "l'antenne. || "
         "Pour Bellevue-Tilleuls seul, c'est 163 personnes, pour un quartier de moins de sept mille "
         "habitants. || "
         "Et ce sont aussi les quartiers où il y a le moins de médecins généralistes. Donc le CMP, c'est "
         "souvent la seule porte."),
    (A, "Inès Cabrol, un mot sur ce qui vous manque, à vous ?"),
    (I2, "Des places en foyer de jeunes travailleurs, clairement. Et du temps de psychologue. || "
         "On a eu un financement pour une psychologue à mi-temps à la mission locale, elle arrive le 1er avril. "
         "|| Elle s'appelle Élodie Sarraute, elle recevra les jeunes du Parcours Tremplin sans rendez-vous le "
         "mardi après-midi."),
    (A, "Karim Benhaddou, un dernier mot ?"),
    (I4, "Juste une chose. Une sortie, ça se prépare comme un déménagement, pas comme une porte qu'on ouvre. || "
         "Si on commence à J-90, on a le temps de tout faire. Si on commence la veille, on court derrière. || "
         "Et pour les collègues dans la salle, la fiche navette Sortie-Santé, utilisez-la, même quand ce n'est "
         "pas Cap Sortie."),
    (A, "Docteur Gasc, pour conclure ?"),
    (I1, "Le comité de suivi du protocole se réunit en juin, on fera le bilan de la première année complète. || "
         "Et je voudrais remercier Damien, parce que les patients me parlent de lui bien plus que de moi. [rires] "
         "|| Vraiment. Ce qui soigne, parfois, c'est quelqu'un qui attend devant la porte."),
    (A, "Merci à nos quatre invités, merci à vous tous. La transcription sera en ligne sur le site du CLSM. || "
        "Prochain rendez-vous de la Quinzaine, mardi prochain, ciné-débat au cinéma Le Family. Bonne soirée. "
        "[applaudissements]"),
]

WPS = 1.72  # mots par seconde


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def split_cues(text, maxw=11):
    words = text.split()
    out, cur = [], []
    for w in words:
        cur.append(w)
        if len(cur) >= maxw or (len(cur) >= 6 and re.search(r"[.?!,;:]$", w) and len(cur) >= maxw - 4):
            out.append(" ".join(cur))
            cur = []
    if cur:
        if out and len(cur) <= 2:
            out[-1] += " " + " ".join(cur)
        else:
            out.append(" ".join(cur))
    return out


def build():
    cues = []
    t = 4.2
    prev = None
    for spk, text in TURNS:
        pause_after = 0
        m = re.search(r"## (\d+)$", text)
        if m:
            pause_after = int(m.group(1))
            text = text[:m.start()].strip()
        first = True
        for seg in [s.strip() for s in text.split("||") if s.strip()]:
            for cue in split_cues(seg):
                label = ""
                if first and spk != prev:
                    label = spk + " : "
                first = False
                dur = max(1.6, len(cue.split()) / WPS)
                cues.append((t, t + dur, label + cue))
                t += dur + 0.25
            t += 0.35
        prev = spk
        t += 0.9 + pause_after
    return cues


def main():
    cues = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (s, e, txt) in enumerate(cues, 1):
            # retour à la ligne au milieu des repères longs (deux lignes au plus)
            w = txt.split()
            if len(w) > 7:
                k = len(w) // 2
                txt = " ".join(w[:k]) + "\n" + " ".join(w[k:])
            f.write("%d\n%s --> %s\n%s\n\n" % (i, fmt(s), fmt(e), txt))
    print("écrit", OUT, len(cues), "repères, fin à %.0f s" % cues[-1][1])


if __name__ == "__main__":
    main()
