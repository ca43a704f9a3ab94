# -*- coding: utf-8 -*-
"""Génère la transcription SRT de l'émission « Parlons-en » de Radio Estran (94.2 FM), en direct le jeudi
9 octobre 2025 de 12 h à 13 h, pendant les SISM de Port-Ardelle (partie plateau, sans les pauses musicales).

Mise en forme : repères numérotés de 1,6 à 7 secondes, deux lignes au plus ; trois voix : l'animatrice
Maëlle Dufour, Nadia Ferrandon (coordinatrice du CLSM) et Yacine Belkacem (Vigie Solidaire) ; le nom de
l'orateur, en capitales suivi de « : », n'apparaît qu'au changement d'orateur ; les invités sont aussi présentés
oralement ; indications [jingle], [rires], [musique] ; un long récit de Yacine Belkacem sur de nombreux
repères ; un nombre dit en lettres (« trois cents ») ; message d'auditrice lu à l'antenne.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-09_radio-estran_emission-parlons-en-sism.srt")

MD, NF, YB = "MAËLLE DUFOUR", "NADIA FERRANDON", "YACINE BELKACEM"

# (orateur, texte) ; « || » force une coupure de repère ; « ## n » en fin de texte = silence de n secondes
TURNS = [
    (MD, "[jingle] Midi sur Radio Estran, 94.2, bonjour à toutes et à tous, vous écoutez « Parlons-en ». || "
         "Je suis Maëlle Dufour, et aujourd'hui on est en plein dans les Semaines d'information sur la santé "
         "mentale, les SISM. || "
         "Avec moi en studio, deux invités. Nadia Ferrandon, bonjour. || "
         "Vous êtes coordinatrice du conseil local de santé mentale de Port-Ardelle. || "
         "Et Yacine Belkacem, bonjour, vous présidez l'association Vigie Solidaire, dans le quartier de la "
         "Vigie. || "
         "Nadia Ferrandon, on commence par la base : un conseil local de santé mentale, c'est quoi ?"),
    (NF, "Bonjour. Alors, c'est la question qu'on me pose tout le temps. [rires] || "
         "Un CLSM, c'est un lieu où tout le monde se met autour de la table : les élus, la psychiatrie, || "
         "les personnes concernées, les familles, les bailleurs, la police municipale, les associations de "
         "quartier. || "
         "On n'est pas un service de soins, hein, on ne reçoit pas de patients. || "
         "Notre rôle, c'est de faire travailler ensemble des gens qui, sinon, ne se parleraient pas. || "
         "Celui de Port-Ardelle existe depuis 2018, et depuis 2021 c'est lui qui coordonne les SISM dans la "
         "ville."),
    (MD, "Cette année, le slogan, c'est « Parlons-en sans détour ». Pourquoi sans détour ?"),
    (NF, "Parce que le premier obstacle, ce n'est pas le manque de psychiatres. Enfin, pas seulement. || "
         "C'est la honte. On a fait une enquête en septembre, dans la rue et au téléphone, auprès de 412 "
         "habitants. || "
         "Et 38 % disent qu'ils auraient honte d'aller consulter un psychiatre ou un psychologue. || "
         "Dans les quartiers prioritaires, c'est encore plus : 44 %. || "
         "Donc les gens attendent, attendent, et ils arrivent aux urgences quand ça ne va vraiment plus. || "
         "Alors on a lancé une campagne d'affichage, des spots ici même sur Radio Estran, || "
         "et on refera l'enquête en novembre pour voir si ça bouge."),
    (MD, "Et qu'est-ce qui marche, pour faire bouger ça ?"),
    (NF, "Ce qui marche, c'est d'aller là où sont les gens. Samedi, on sera au marché de la Vigie, avec le "
         "village santé mentale. || "
         "L'an dernier, au village, on a eu à peu près trois cents visiteurs, sur une seule matinée. || "
         "Des gens qui ne seraient jamais entrés dans un CMP, qui viennent faire le quiz avec leurs enfants, || "
         "et puis au bout de dix minutes, ils vous parlent de leur frère, de leur voisine. Voilà. || "
         "Et mercredi, aux Salines, il y avait le théâtre-forum : la salle était pleine, et des ados sont montés "
         "sur scène."),
    (MD, "Yacine Belkacem, vous, vous êtes ce qu'on appelle un secouriste en santé mentale. Ça veut dire quoi ?"),
    (YB, "Ça veut dire que j'ai suivi la formation aux premiers secours en santé mentale, en mars, avec d'autres "
         "bénévoles du quartier. || "
         "C'est deux jours. On apprend à repérer quand quelqu'un ne va pas bien, à aller lui parler, || "
         "et surtout à ne pas rester seul avec ça. || "
         "Attention, on n'est pas des psys, hein. On est un peu comme ceux qui font le massage cardiaque en "
         "attendant les pompiers. || "
         "À Port-Ardelle, depuis 2024, on est 64 secouristes formés, dans les associations, les centres "
         "sociaux, chez les gardiens d'immeuble."),
    (MD, "Vous pouvez nous raconter une situation, concrètement ?"),
    (YB, "Oui. Alors, c'était en juin. Il y a un jeune du quartier, je vais l'appeler Samir, ce n'est pas son "
         "prénom. || "
         "Il venait à l'aide aux devoirs quand il était petit, donc je le connais depuis des années. || "
         "Et là, je le croise trois soirs de suite, assis dans la cage d'escalier du bâtiment C, || "
         "le capuchon sur la tête. || "
         "Avant la formation, honnêtement, je me serais dit : il est fatigué, ça lui passera. || "
         "Là, je me suis assis à côté de lui, sur la marche. Je n'ai rien dit pendant un moment. || "
         "Et puis je lui ai demandé, franchement, sans détour justement : est-ce que tu penses à te faire du "
         "mal ? || "
         "Ça, c'est ce qu'on apprend en formation : poser la question directement, ça ne donne pas l'idée. || "
         "Au contraire, ça soulage. || "
         "Il m'a dit qu'il ne dormait plus depuis des semaines, qu'il avait raté son BTS, || "
         "et qu'il n'osait pas le dire à son père. || "
         "Je l'ai écouté, longtemps, peut-être une heure. Sans lui faire la morale. || "
         "Et à la fin, je lui ai proposé qu'on appelle ensemble le CMP des Salines le lendemain matin. || "
         "On a appelé à 9 heures, de mon téléphone, et il a eu un rendez-vous avec une infirmière le jour "
         "même. || "
         "Aujourd'hui, il va mieux, il a repris une formation. Et il est venu me dire merci, avec son père. || "
         "Voilà. Moi, je n'ai rien soigné du tout. J'ai juste été là, et j'ai su vers qui l'envoyer. ## 2"),
    (MD, "C'est très fort. On a justement un message d'une auditrice, Sylvie, qui nous écoute au "
         "Grand-Chenal. || "
         "Elle écrit : mon fils de quinze ans ne sort plus de sa chambre depuis la rentrée, || "
         "il ne veut pas voir de psy, je fais quoi ? Nadia Ferrandon ?"),
    (NF, "Merci Sylvie. D'abord, vous avez raison de vous inquiéter et de ne pas attendre. || "
         "Pour les 11-21 ans, il y a la Maison des adolescents, rue des Cordiers. || "
         "Les parents peuvent y aller seuls, sans leur enfant, pour en parler. C'est gratuit et anonyme. || "
         "L'accueil est sans rendez-vous le mercredi de 13 h 30 à 18 h 30, || "
         "et sinon on appelle le 05 99 00 63 15. || "
         "Et si un jour vous sentez un danger immédiat, vous n'attendez pas : vous appelez les urgences."),
    (MD, "Et au collège, on en parle, de tout ça ?"),
    (NF, "De plus en plus. Il y a le programme Esprit Large, depuis janvier au collège des Salines, || "
         "et depuis la rentrée au collège Aliénor-d'Aquitaine. || "
         "L'infirmière scolaire et une psychologue de la Maison des adolescents viennent dans les classes, || "
         "on parle des émotions, du harcèlement, du sommeil. || "
         "Et vendredi 17, il y a le forum des collégiens, ce sont les élèves ambassadeurs qui tiennent les "
         "stands."),
    (MD, "Yacine, vous disiez que tout le monde peut se former. Il y a des sessions prévues ?"),
    (YB, "Oui, la prochaine, c'est au centre social des Salines, les 13 et 20 novembre. || "
         "Il reste quelques places. C'est gratuit pour les bénévoles, c'est le contrat de ville et le CLSM qui "
         "paient. || "
         "Et mardi, il y a un atelier découverte de trois heures à la Maison des associations, || "
         "pour ceux qui veulent d'abord voir à quoi ça ressemble."),
    (MD, "Et demain, Nadia Ferrandon, il se passe quelque chose qui concerne directement les journalistes, dont "
         "moi. [rires]"),
    (NF, "Oui ! Demain, 10 octobre, c'est la Journée mondiale de la santé mentale, || "
         "et quatre médias de Port-Ardelle signent une charte pour parler de santé mentale sans stigmatiser. || "
         "Radio Estran en fait partie, d'ailleurs. || "
         "L'idée, c'est par exemple d'arrêter d'écrire « un déséquilibré » dans les faits divers, || "
         "ou de dire « schizophrène » pour un club de foot qui joue bien une mi-temps et mal l'autre. [rires] || "
         "Les personnes qui vivent avec un trouble psychique sont bien plus souvent victimes de violences "
         "qu'auteures. || "
         "Ça, on ne le dit jamais."),
    (MD, "Promis, on fera attention. Un dernier mot, Yacine Belkacem ?"),
    (YB, "Oui. Si vous voyez quelqu'un qui ne va pas, allez lui parler. Vous n'avez pas besoin d'avoir les bons "
         "mots. || "
         "Juste de vous asseoir à côté."),
    (MD, "Merci à tous les deux. Et si vous, qui nous écoutez, vous avez besoin de parler, || "
         "la ligne d'écoute du CLSM, c'est le 05 99 00 41 41, du lundi au vendredi, de 9 heures à 19 heures. || "
         "Samedi matin, rendez-vous au marché de la Vigie, et jeudi prochain, ciné-débat au cinéma L'Estran. || "
         "Vous écoutiez « Parlons-en », sur Radio Estran. Bon appétit, et à demain. [musique]"),
]

WPS = 2.35  # débit radio, mots par seconde


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def split_cues(text, maxw=12):
    words = text.split()
    out, cur = [], []
    for w in words:
        cur.append(w)
        if len(cur) >= maxw or (re.search(r"[.?!,;:]$", w) and len(cur) >= maxw - 4):
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
    t = 6.5  # générique de début
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
                dur = min(7.0, max(1.6, len(cue.split()) / WPS))
                cues.append((t, t + dur, label + cue))
                t += dur + 0.2
            t += 0.3
        prev = spk
        t += 0.7 + pause_after
    return cues


def main():
    cues = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (s, e, txt) in enumerate(cues, 1):
            w = txt.split()
            if len(w) > 7:
                k = (len(w) + 1) // 2
                txt = " ".join(w[:k]) + "\n" + " ".join(w[k:])
            f.write("%d\n%s --> %s\n%s\n\n" % (i, fmt(s), fmt(e), txt))
    print("écrit", OUT, len(cues), "repères, fin à %.0f s" % cues[-1][1])


if __name__ == "__main__":
    main()
