# -*- coding: utf-8 -*-
"""SRT de sous-titres comme les livre un service de transcription humaine à la Rev.com :
nom de l'orateur en capitales suivi de « : » au début de chaque tour (pas sur les repères suivants),
repères de deux lignes de 32 caractères au plus, balises « [inaudible 00:07:41] » et « [crosstalk 00:12:10] »
portant l'horodatage entre crochets dans le texte, « [rires] », chiffres souvent dits en lettres."""
import os
import textwrap

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-03-20_prvsh_webinaire-empp-quartiers-prioritaires.srt")

TURNS = [
    ("ÉLODIE CARPENTIER", "Bonjour à toutes et à tous, bienvenue dans ce webinaire du Pôle ressources Ville et Santé des Hauts. "
     "Aujourd'hui on parle des équipes mobiles psychiatrie précarité, les EMPP, et de leur place dans les quartiers prioritaires. "
     "Je suis Élodie Carpentier, chargée de mission au pôle, et j'ai trois invités avec moi. "
     "Le docteur Karim Benslimane, psychiatre, qui coordonne l'équipe mobile Passerelles de l'EPSM de la Vallée de la Scarpe. "
     "Sandrine Lemaire, coordinatrice du conseil local de santé mentale de Marquenval. "
     "Et Mathieu Dufresne, chef de service de l'accueil de jour L'Escale à Courvières-les-Mines."),
    ("KARIM BENSLIMANE", "Merci Élodie. Alors pour commencer, une EMPP, c'est une équipe de psychiatrie publique qui sort de l'hôpital "
     "pour aller au-devant des personnes en situation de précarité qui ne demandent rien, ou qui ne demandent plus rien. "
     "Notre équipe Passerelles a été créée en deux mille neuf. "
     "Aujourd'hui on est cinq virgule cinq équivalents temps plein : un psychiatre à mi-temps, trois infirmiers, "
     "une psychologue et une assistante sociale. "
     "Et on n'est pas là pour remplacer le droit commun, on est là pour faire le pont vers le droit commun. "
     "C'est vraiment ça notre mission, c'est une mission d'interface."),
    ("ÉLODIE CARPENTIER", "Et concrètement, combien de personnes vous rencontrez ?"),
    ("KARIM BENSLIMANE", "Alors en deux mille vingt-quatre, notre file active, c'est quatre cent douze personnes. "
     "Dont à peu près un tiers de femmes, ce qui est beaucoup plus qu'il y a dix ans. "
     "Et un point important : on ne demande pas de diagnostic pour intervenir. "
     "Si un travailleur social nous dit, cette personne m'inquiète, ça suffit pour qu'on vienne la rencontrer. "
     "On fait des permanences, le mardi matin à l'accueil de jour L'Escale, et le jeudi après-midi au CHRS Les Tilleuls. "
     "Et puis on fait des maraudes communes avec le SAMU social, deux soirs par mois. [inaudible {T}] "
     "voilà, surtout l'hiver."),
    ("ÉLODIE CARPENTIER", "Sandrine, côté conseil local de santé mentale, comment vous travaillez avec l'équipe mobile ?"),
    ("SANDRINE LEMAIRE", "Alors nous au CLSM de Marquenval, on a monté en deux mille vingt-deux une cellule qu'on appelle Hors les murs. "
     "C'est une cellule de coordination des situations complexes, pour les personnes sans chez-soi ou mal logées du quartier du Haut-Pavé. "
     "Elle se réunit le premier lundi de chaque mois, à la maison de quartier. "
     "Autour de la table il y a l'EMPP, le CCAS, le bailleur, le SIAO, la police municipale parfois, et bien sûr l'accueil de jour. "
     "En deux mille vingt-quatre on a examiné vingt-sept situations. "
     "Et pour dix-neuf d'entre elles, on a trouvé une solution de soin ou d'hébergement dans l'année."),
    ("ÉLODIE CARPENTIER", "Et comment on fait pour présenter une situation à la cellule ?"),
    ("SANDRINE LEMAIRE", "On remplit une fiche de liaison, une page, et on l'envoie à la coordination au moins dix jours avant la réunion. "
     "Et la règle c'est que la personne est informée qu'on va parler de sa situation. On ne travaille pas dans son dos."),
    ("MATHIEU DUFRESNE", "Je peux rebondir ? [crosstalk {T}]"),
    ("ÉLODIE CARPENTIER", "Allez-y Mathieu."),
    ("MATHIEU DUFRESNE", "Alors chez nous à L'Escale, on accueille en moyenne quatre-vingt-cinq personnes par jour l'hiver, "
     "et plutôt soixante l'été. On est ouverts de huit heures trente à seize heures, du lundi au samedi. "
     "Il y a les douches, la laverie, un repas le midi, et la domiciliation : on a six cent quarante personnes domiciliées chez nous. "
     "Et ce qu'on voit depuis le Covid, c'est beaucoup plus de jeunes de moins de vingt-cinq ans, et beaucoup de souffrance psychique. "
     "Avant la permanence de l'EMPP, mes équipes étaient un peu seules avec ça. [rires] Enfin, très seules, même."),
    ("ÉLODIE CARPENTIER", "On a une question dans le chat, de Julie, qui est infirmière dans un centre social. "
     "Elle demande : est-ce qu'il faut l'accord de la personne pour la signaler à l'équipe mobile ?"),
    ("KARIM BENSLIMANE", "Bonne question. Il n'y a pas besoin d'un accord écrit, mais la personne doit être prévenue. "
     "Pas d'orientation sans que la personne soit prévenue, c'est notre règle. "
     "Ensuite c'est à nous d'aller la rencontrer, et parfois ça prend plusieurs semaines avant qu'elle accepte de parler avec nous."),
    ("ÉLODIE CARPENTIER", "Une dernière question : qu'est-ce qui vous manque aujourd'hui ?"),
    ("SANDRINE LEMAIRE", "Des places de lits halte soins santé, clairement. Sur l'arrondissement il y en a douze, pour tout le territoire, c'est trop peu. "
     "Et un psychiatre de plus, mais ça, tout le monde le dit."),
    ("MATHIEU DUFRESNE", "Et du temps de formation pour les équipes. On a formé huit salariés aux premiers secours en santé mentale l'an dernier, "
     "il en faudrait le double."),
    ("ÉLODIE CARPENTIER", "Merci à tous les trois. Le replay et les diapositives seront en ligne la semaine prochaine. "
     "Prochain webinaire le quinze mai, sur la santé mentale des femmes à la rue. Bonne fin de journée."),
]


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def main():
    t = 6.0
    cues = []
    for speaker, text in TURNS:
        words = text.split()
        lines = textwrap.wrap(speaker + ": " + text, 32, break_long_words=False)
        # repères de deux lignes
        for i in range(0, len(lines), 2):
            chunk = lines[i:i + 2]
            body = "\n".join(chunk)
            if "{T}" in body:
                body = body.replace("{T}", fmt(t)[:8])
            n = sum(len(x) for x in chunk)
            dur = max(1.6, n / 14.5)
            cues.append((t, t + dur - 0.08, body))
            t += dur
        t += 0.6
    # la balise {T} a pu être coupée entre deux lignes : on recolle
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, (a, b, body) in enumerate(cues, 1):
            f.write("%d\n%s --> %s\n%s\n\n" % (i, fmt(a), fmt(b), body))
    print(OUT, len(cues), "repères, fin", fmt(t))


if __name__ == "__main__":
    main()
