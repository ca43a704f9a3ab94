# -*- coding: utf-8 -*-
"""Sous-titres automatiques YouTube (WebVTT « karaoké ») du 9e « Jeudi de RQVL » (12 février 2026).

Forme imitée de l'export YouTube des sous-titres générés automatiquement :
- en-tête « Kind: captions / Language: fr » ;
- repères roulants sur deux lignes : la première reprend la ligne précédente, la seconde porte les mots nouveaux
  avec leur minutage mot à mot (<00:01:02.340><c> mot</c>) ; entre deux, un repère de 10 ms qui fige la ligne
  achevée suivie d'une ligne faite d'une espace ;
- réglages « align:start position:0% » ; aucun nom d'orateur ; une partie des paragraphes sans ponctuation
  ni majuscules ; chiffres et dates dits en toutes lettres.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-02-12_rqvl_jeudi-9-sante-mentale-emploi-job-coaching-ips.vtt")

# (pause avant le paragraphe en secondes, texte, ponctuation gardée ?)
PARAS = [
    (1.2, "Bonjour à toutes et à tous et bienvenue dans ce neuvième jeudi de RQVL, le rendez-vous mensuel de Ressources Quartiers Val de Loire. Je suis Claire Dumontet, chargée de mission santé au centre de ressources, et c'est moi qui anime cette séance consacrée à la santé mentale et à l'emploi dans les quartiers prioritaires.", True),
    (3.0, "Petit rappel pratique : la séance est enregistrée, le replay sera sur notre chaîne et le diaporama sera envoyé à toutes les personnes inscrites. Vous pouvez poser vos questions dans le chat, je les relaierai à la fin.", False),
    (2.5, "Nous accueillons deux invités de Montargeuil. Julien Castaing est job coach à l'association Élan Travail, qui porte le dispositif Tremplin, et Nadia Ferhat est coordinatrice du conseil local de santé mentale de Montargeuil. Julien, je vous laisse vous présenter.", True),
    (4.0, "Merci Claire, bonjour à tous. Alors je suis job coach depuis trois ans, avant j'étais conseiller en insertion dans un chantier d'insertion. Mon métier, c'est d'aider des personnes qui vivent avec un trouble psychique à trouver un emploi, et surtout à le garder.", False),
    (2.0, "On travaille avec la méthode IPS. IPS, c'est l'anglais individual placement and support, en français on dit soutien individuel à l'emploi, ou parfois emploi accompagné. C'est une méthode qui a été développée aux États-Unis dans les années quatre-vingt-dix et qui a été beaucoup évaluée.", True),
    (2.0, "L'idée centrale, c'est ce qu'on appelle place then train : d'abord on place, ensuite on forme. On ne fait pas des mois de remise à niveau ou de stages avant de chercher un emploi. On cherche tout de suite un emploi dans le milieu ordinaire, qui correspond à ce que la personne veut faire.", True),
    (3.5, "Il y a huit principes, je vais les dire rapidement. Premier principe, zéro exclusion : toute personne qui veut travailler peut entrer, on ne sélectionne pas sur le diagnostic ou sur la stabilité. Deuxième principe, l'objectif c'est l'emploi ordinaire, en entreprise, pas l'emploi protégé.", True),
    (1.5, "Troisième principe, la recherche d'emploi est rapide. Chez nous la règle c'est que le premier contact avec un employeur a lieu dans les trente jours qui suivent l'entrée dans le dispositif. Quatrième principe, on part des préférences de la personne, pas de ce qu'on pense être bon pour elle.", False),
    (1.5, "Cinquième principe, le soutien n'est pas limité dans le temps : on continue à accompagner la personne et l'employeur une fois que la personne est en poste, aussi longtemps que c'est utile. Sixième principe, le job coach est intégré à l'équipe de soins.", False),
    (2.0, "Septième principe, on donne un conseil personnalisé sur les prestations, par exemple sur le cumul entre l'allocation aux adultes handicapés et un salaire, parce que la peur de perdre ses droits bloque beaucoup de gens. Et huitième principe, le job coach développe un réseau d'employeurs : il va les voir, il les connaît.", True),
    (5.0, "Merci Julien. Et concrètement, à Montargeuil, comment ça s'organise ?", True),
    (2.0, "Alors le dispositif Tremplin a démarré le six janvier deux mille vingt-cinq. La première année on était deux job coachs. Chaque job coach suit au maximum vingt personnes en même temps, c'est une règle importante pour garder du temps pour chacun et pour aller voir les employeurs.", True),
    (1.5, "On travaille sur les deux quartiers prioritaires de Montargeuil, les Grands-Clos et Bel-Air des Sablons, mais en deux mille vingt-cinq la grande majorité des personnes venaient des Grands-Clos, parce que c'est là qu'est installé le centre médico-psychologique.", False),
    (1.5, "Justement, les orientations : pour moitié elles viennent du CMP, le centre médico-psychologique des Grands-Clos, pour un quart de la mission locale du Montargeois, et le reste de France Travail, du CCAS, et quelques personnes viennent d'elles-mêmes parce qu'un voisin leur en a parlé.", False),
    (3.0, "Pour les chiffres, en deux mille vingt-cinq, on a accompagné soixante-quatre personnes. Vingt-trois ont signé un contrat de travail en milieu ordinaire, ça fait à peu près trente-six pour cent. Et parmi ces vingt-trois contrats, neuf sont des CDI.", True),
    (2.0, "Le délai moyen entre l'entrée dans Tremplin et le premier jour de travail, c'est cent dix-huit jours. C'est plus long que ce qu'on voudrait, on vise moins de cent jours, mais c'est déjà beaucoup plus court que les parcours classiques.", True),
    (2.0, "Les métiers, c'est très varié : il y a de la logistique, de la restauration, de l'entretien des espaces verts, du commerce. Une personne travaille dans une médiathèque, une autre est aide-comptable. Donc ce n'est pas que des emplois peu qualifiés.", False),
    (6.0, "Merci. Nadia, quelle a été la place du conseil local de santé mentale dans tout ça ?", True),
    (2.5, "Bonjour à toutes et à tous. Alors le CLSM de Montargeuil existe depuis deux mille dix-neuf. En mars deux mille vingt-quatre, on a créé une commission santé mentale, emploi et insertion, parce que dans les réunions de quartier la question du travail revenait tout le temps.", True),
    (1.5, "La commission réunit quatorze partenaires : France Travail, la mission locale, le centre hospitalier des Ormeaux, le CCAS, Cap emploi, deux chantiers d'insertion, le GEM, des élus et des habitants. Elle se réunit tous les deux mois, en général le mardi après-midi.", False),
    (2.0, "Il faut être clair, le CLSM n'a pas financé le job coaching lui-même. Son rôle a été de réunir les partenaires, de faire le diagnostic et de monter le dossier pour l'appel à projets de l'agence régionale de santé. C'est Élan Travail qui porte le dispositif et qui emploie les job coachs.", True),
    (2.0, "Le deuxième chantier de la commission, c'est la formation. En deux mille vingt-cinq, trente-deux conseillers de France Travail et de la mission locale ont suivi la formation premiers secours en santé mentale. Ça change vraiment le regard des conseillers, et ça facilite les orientations.", True),
    (2.0, "Et puis le troisième chantier, c'est les employeurs. On a organisé le quatorze octobre deux mille vingt-cinq un forum santé mentale et travail à la salle des fêtes des Grands-Clos, avec des employeurs, des habitants, des soignants. Il y a eu à peu près deux cent dix visiteurs.", False),
    (2.5, "Ce qui a été difficile, honnêtement, c'est la mobilité. Beaucoup d'emplois sont dans la zone d'activités des Noues, et le bus ne la dessert pas avant sept heures du matin. Pour des postes en logistique qui commencent à six heures, c'est bloquant. On en a parlé avec l'agglomération.", True),
    (6.0, "Merci Nadia. On passe aux questions du chat. Première question, de Sophie : faut-il avoir une reconnaissance de la qualité de travailleur handicapé pour entrer dans Tremplin ?", True),
    (2.5, "Non, pas du tout. La RQTH n'est pas une condition d'entrée, c'est le principe zéro exclusion. À peu près un tiers des personnes qu'on accompagne l'ont, et si la personne le souhaite on peut l'aider à faire la demande, mais ce n'est jamais obligatoire.", False),
    (3.0, "Question suivante : est-ce que les employeurs savent que la personne a un trouble psychique ?", True),
    (2.0, "C'est la personne qui décide. On appelle ça la divulgation. Certaines personnes veulent que l'employeur sache, d'autres non. Si elle ne veut pas, je me présente simplement comme un conseiller emploi. On en parle avec elle avant chaque prise de contact, et elle peut changer d'avis.", True),
    (3.5, "Une question de Marc sur le coût : combien coûte un accompagnement ?", True),
    (2.0, "On estime le coût à environ trois mille deux cents euros par personne et par an. Ça comprend les salaires des job coachs, les déplacements et un peu de frais de fonctionnement. C'est à comparer au coût d'une personne qui reste durablement sans emploi.", False),
    (3.0, "Une autre question : est-ce qu'on perd l'allocation aux adultes handicapés quand on reprend un travail ?", True),
    (2.0, "Pas forcément, ça dépend du salaire et du nombre d'heures. Ce qu'on fait, c'est une simulation avec chaque personne avant la signature du contrat, pour qu'elle sache exactement combien elle touchera en tout. Souvent les gens sont surpris, ils pensaient tout perdre.", False),
    (4.0, "Et pour deux mille vingt-six, quelles perspectives ?", True),
    (2.0, "En deux mille vingt-six, on passe à trois virgule cinq équivalents temps plein de job coachs, et on veut vraiment s'implanter à Bel-Air des Sablons, avec une permanence chaque jeudi à la maison de quartier. L'objectif, c'est d'accompagner cent personnes dans l'année.", True),
    (1.5, "On voudrait aussi sortir un petit guide des ressources emploi et santé pour les habitants. Ça devait sortir en deux mille vingt-cinq, on a pris du retard, il sortira normalement au printemps deux mille vingt-six.", False),
    (4.0, "Merci beaucoup à tous les deux. Le prochain jeudi de RQVL aura lieu le jeudi douze mars, sur la santé mentale des aidants familiaux dans les quartiers. Le replay de cette séance sera en ligne dès demain. Bonne fin de journée à toutes et à tous.", True),
]

SEC_PER_WORD = 0.74
MAX_LINE = 38


def strip(text):
    t = text.lower()
    t = re.sub(r"[,.;:?!]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def ts(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def main():
    # mots minutés
    t = 0.0
    lines = []  # (start, end, [(t, word)])
    starts = []
    for pause, text, keep in PARAS:
        t += pause * 1.6
        starts.append((t, text[:60]))
        if not keep:
            text = strip(text)
        words = text.split()
        cur, length = [], 0
        for w in words:
            dur = SEC_PER_WORD * (0.6 + 0.08 * len(w)) / 1.0
            if cur and length + 1 + len(w) > MAX_LINE:
                lines.append(cur)
                cur, length = [], 0
            cur.append((t, w))
            length += len(w) + (1 if length else 0)
            t += dur
        lines.append(cur)
        t += 0.3
    end_total = t + 2.0
    out = ["WEBVTT", "Kind: captions", "Language: fr", ""]
    prev = " "
    for i, words in enumerate(lines):
        start = words[0][0]
        nxt = lines[i + 1][0][0] if i + 1 < len(lines) else end_total
        end = max(nxt - 0.01, words[-1][0] + 0.4)
        if i + 1 < len(lines):
            end = min(end, nxt - 0.01)
        karaoke = words[0][1] + "".join("<%s><c> %s</c>" % (ts(wt), w) for wt, w in words[1:])
        out.append("%s --> %s align:start position:0%%" % (ts(start), ts(end)))
        out.append(prev)
        out.append(karaoke)
        out.append("")
        plain = " ".join(w for _, w in words)
        out.append("%s --> %s align:start position:0%%" % (ts(end), ts(end + 0.01)))
        out.append(plain)
        out.append(" ")
        out.append("")
        prev = plain
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(OUT, "durée %.0f s" % end_total)
    for s, txt in starts:
        print("%7.1f %s" % (s, txt))


if __name__ == "__main__":
    main()
