# -*- coding: utf-8 -*-
"""Génère les sous-titres SRT (~15 min) de l'épisode 14 du podcast « Les Voix du Quartier »
(Centre de ressources Ville & Cohésion Hauts-de-France, avec Radio Ferrière), publié le 6 mai 2026 :
« Le GEM La Boussole, une porte ouverte au cœur de la Ferrière ».

Tout est fictif. Pas de noms d'orateurs : un tiret marque chaque changement de voix ; quand deux répliques courtes se
suivent, elles partagent un repère, une par ligne, chacune précédée d'un tiret. Minutage calculé sur le nombre de mots.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-05-06_ville-cohesion-hdf_podcast-voix-du-quartier-gem-la-boussole.srt")

J = "journaliste"
S = "animatrice"
R = "adherent"
E = "coordinatrice"

TURNS = [
    (J, """Vous écoutez Les Voix du Quartier, le podcast du centre de ressources Ville et Cohésion Hauts-de-France, réalisé avec Radio Ferrière.
Épisode quatorze. Aujourd'hui, on pousse la porte d'un lieu un peu particulier, rue des Tanneurs, en plein cœur du quartier de la Ferrière, à Vernolles.
De l'extérieur, on dirait une ancienne boulangerie. D'ailleurs c'en était une. Sur la vitrine, il y a écrit : La Boussole, groupe d'entraide mutuelle. Entrez, c'est ouvert.
Avec moi autour de la table, trois invités. Sylvie Lemaire, vous êtes animatrice du GEM La Boussole."""),
    (S, """Oui, bonjour. Animatrice depuis l'ouverture, donc depuis, euh, bientôt sept ans."""),
    (J, """Rachid Benali, vous êtes adhérent du GEM, et trésorier de l'association."""),
    (R, """C'est ça. Bonjour."""),
    (J, """Et Émilie Carpentier, coordinatrice du conseil local de santé mentale de Vernolles. Bonjour."""),
    (E, """Bonjour."""),
    (J, """Sylvie, on commence par la base. Un GEM, un groupe d'entraide mutuelle, qu'est-ce que c'est ?"""),
    (S, """Alors un GEM, c'est une association de personnes qui vivent avec des troubles psychiques, ou qui en ont vécu, et qui se retrouvent pour s'entraider, rompre l'isolement, faire des choses ensemble.
Le plus important, c'est que c'est géré par et pour les adhérents. Ce n'est pas un lieu de soin. Il n'y a pas de médecin, il n'y a pas de dossier, on ne demande pas de diagnostic.
Moi je suis salariée, on est deux animateurs, mais les décisions, c'est le bureau et l'assemblée générale des adhérents qui les prennent. Nous on est là en appui."""),
    (J, """Et il faut une ordonnance, un papier, pour venir ?"""),
    (S, """Non, justement. Pas besoin d'ordonnance, pas besoin de passer par un médecin. On pousse la porte, on prend un café, on regarde. Si on a envie de revenir, on revient. Et si on veut adhérer, l'adhésion c'est cinq euros par an."""),
    (J, """Le GEM a ouvert en deux mille dix-neuf. Aujourd'hui, vous êtes combien ?"""),
    (S, """On a cinquante-deux adhérents à jour de cotisation. Et à peu près une vingtaine de personnes qui passent chaque jour. On est ouverts du lundi au vendredi, de dix heures à dix-sept heures, et un samedi par mois pour une sortie."""),
    (J, """Rachid, vous, comment vous êtes arrivé à la Boussole ?"""),
    (R, """Moi, euh, c'était en deux mille vingt. Je sortais d'une hospitalisation de trois mois. J'avais plus de travail, j'avais plus trop d'amis, je restais chez moi toute la journée, devant la télé. C'est l'infirmière du CMP qui m'a parlé du GEM.
Au début, j'ai dit non. Je pensais que c'était, comment dire, un endroit pour les malades, et moi je voulais pas être vu comme ça. Surtout dans le quartier, où tout le monde se connaît.
Et puis un jour, je suis passé devant, j'ai vu des gens qui rigolaient en faisant la cuisine. Je suis entré. Et voilà, ça fait six ans."""),
    (J, """Et aujourd'hui vous êtes trésorier."""),
    (R, """Oui. Élu par l'assemblée générale. Je fais les comptes avec Sylvie, je signe les chèques avec la présidente. C'est une responsabilité. Pour moi, ça a beaucoup compté, qu'on me fasse confiance comme ça, après l'hôpital."""),
    (J, """Sylvie, concrètement, qu'est-ce qu'on fait à la Boussole dans une semaine ?"""),
    (S, """Il y a un atelier cuisine le mardi, où on prépare le repas qu'on mange ensemble. Un atelier écriture le mercredi. Le jeudi après-midi, on va au jardin partagé du centre social, on a deux parcelles.
Et le vendredi, c'est le café-rencontre, qui est ouvert à tous les habitants du quartier, pas seulement aux adhérents. Ça, c'est important pour nous, parce que c'est là que les voisins découvrent le GEM.
Et puis il y a tout ce qui n'est pas programmé. Quelqu'un qui vient parce qu'il a reçu un courrier qu'il ne comprend pas, quelqu'un qui a juste besoin de parler. L'entraide, elle est là aussi."""),
    (J, """On a passé une matinée à la Boussole, un mardi, jour de l'atelier cuisine. Écoutez."""),
    (S, """Alors aujourd'hui c'est qui, le chef ? C'est Fabrice ? Fabrice, qu'est-ce qu'on mange ?"""),
    ("a2", """Un couscous de légumes. On a acheté les légumes ce matin au marché, on était trois. On a dépensé vingt-six euros pour douze personnes."""),
    (J, """Vous venez souvent, Fabrice ?"""),
    ("a2", """Tous les jours, presque. Avant, je ne sortais plus de chez moi. Ici, on ne me regarde pas comme un malade. On me demande de faire le couscous, c'est tout."""),
    ("a3", """Moi c'est Nadège. Je viens surtout pour l'atelier écriture, le mercredi. On a fait un petit recueil, l'an dernier, avec les textes des adhérents. On l'a vendu aux portes ouvertes, deux cents exemplaires."""),
    (J, """Retour en studio. Sylvie, il y a des règles, à la Boussole ?"""),
    (S, """Oui, quelques-unes, et ce sont les adhérents qui les ont écrites. Il y a une charte de fonctionnement, affichée à l'entrée. Pas d'alcool, pas de violence, le respect de la confidentialité, ce qui se dit au GEM reste au GEM.
Et une règle à laquelle on tient beaucoup : personne n'est obligé de participer à quoi que ce soit. On peut venir et ne rien faire, juste être là. Pour beaucoup de gens, c'est déjà énorme.
Quand il y a un souci, un conflit, on en parle au conseil de la maison, qui se réunit une fois par mois et où tous les adhérents peuvent venir."""),
    (J, """Et si quelqu'un va mal, vraiment mal, pendant qu'il est au GEM ?"""),
    (S, """On n'est pas soignants, donc on ne soigne pas. Mais on connaît bien les soignants. On a un accord avec le CMP de Vernolles : si on est inquiets pour quelqu'un, avec son accord, on peut appeler l'infirmière référente, et elle essaie de le recevoir dans la journée ou le lendemain.
Et on a tous été formés aux premiers secours en santé mentale, les animateurs et six adhérents volontaires. Ça, c'est le CLSM qui l'a financé."""),
    (J, """Et le financement, comment ça marche ?"""),
    (S, """Le GEM est financé par l'ARS, l'agence régionale de santé, à hauteur de quatre-vingt-deux mille euros par an. Ça paie les deux postes d'animateurs, à un virgule huit équivalent temps plein au total, le loyer, et une partie des activités.
On a aussi une petite subvention de la ville pour le jardin. Et comme tous les GEM, on a un parrain, qui est l'association Entraide Psy Nord, et un organisme gestionnaire qui s'occupe des fiches de paie, de la comptabilité."""),
    (J, """Émilie Carpentier, on est dans un quartier prioritaire de la politique de la ville. Quel lien entre le GEM et le conseil local de santé mentale ?"""),
    (E, """Un lien très fort. Le GEM est membre de l'assemblée plénière du CLSM depuis sa création, et Rachid y représente les adhérents. Les usagers, c'est une des trois composantes d'un CLSM, avec les élus et la psychiatrie, et ce n'est pas toujours simple de les faire venir. Ici, grâce au GEM, ils sont là.
Et surtout, chaque année, on organise ensemble les semaines d'information sur la santé mentale, les SISM, en octobre. L'an dernier, le GEM a fait des portes ouvertes pendant les SISM, et on a eu cent quarante visiteurs en une journée. Des habitants, des professionnels, des élus, des collégiens."""),
    (J, """Cent quarante, dans une ancienne boulangerie ?"""),
    (E, """On était un peu serrés. Il y avait du monde jusque sur le trottoir."""),
    (J, """Émilie, le CLSM de Vernolles, lui, il existe depuis quand ?"""),
    (E, """Depuis deux mille vingt et un. Il est porté par la ville, par le centre communal d'action sociale, et co-présidé par l'adjointe à la santé et par le chef de pôle de psychiatrie adulte du centre hospitalier.
On a trois axes de travail : l'accès aux soins, le logement, et la lutte contre la stigmatisation. Et le GEM est vraiment au cœur de ce troisième axe.
On a aussi une cellule de concertation, qui se réunit une fois par mois, pour les situations individuelles difficiles, avec l'accord des personnes. Mais ça, c'est un autre sujet, on pourrait en faire un épisode entier."""),
    (J, """Avec plaisir. On note."""),
    (J, """Rachid, comment le quartier a accueilli le GEM, au début ?"""),
    (R, """Au début, pas très bien, faut le dire. Il y a eu des remarques. Les fous de la rue des Tanneurs, des choses comme ça. Des parents qui disaient à leurs enfants de changer de trottoir.
Et puis, petit à petit, avec le café-rencontre, avec le jardin, les gens ont vu qu'on était des voisins comme les autres. Aujourd'hui, la boulangère d'en face, la nouvelle, elle nous garde le pain invendu le soir. C'est un détail, mais pour moi ça dit beaucoup."""),
    (S, """Et il y a eu le travail avec le conseil citoyen de la Ferrière. Rachid en fait partie maintenant d'ailleurs."""),
    (R, """Oui, depuis l'an dernier. Je suis au conseil citoyen au titre des associations du quartier."""),
    (J, """Émilie, est-ce que ce genre de lieu, ça manque, dans les quartiers ?"""),
    (E, """Oui. Dans notre diagnostic du CLSM, ce qui ressort, c'est l'isolement. Beaucoup de personnes avec des troubles psychiques vivent seules dans les quartiers prioritaires, dans le parc social, et n'ont pas de lieu où aller en dehors des rendez-vous médicaux.
Un GEM, ça ne remplace pas le soin, mais c'est un lieu de vie. Et pour le territoire, c'est aussi une ressource : quand un bailleur ou un travailleur social repère une personne isolée, il peut lui parler du GEM.
Le problème, c'est qu'il n'y en a qu'un sur l'agglomération, et qu'il est à la Ferrière. Pour quelqu'un qui habite à l'autre bout, c'est quarante minutes de bus. Le CLSM porte l'idée d'une antenne dans un deuxième quartier, mais c'est aux adhérents du GEM d'en décider, pas à nous."""),
    (J, """C'est-à-dire ?"""),
    (E, """C'est le principe même d'un GEM. Ce n'est pas un service qu'on ouvre là où l'institution en a besoin. Ça part des adhérents. Le CLSM peut aider, trouver un local, faire le lien avec l'ARS, mais le projet doit être le leur."""),
    (S, """Et on en discute. L'assemblée générale de juin va voter là-dessus."""),
    (J, """Rachid, un dernier mot, pour quelqu'un qui nous écoute, qui est seul chez lui, qui hésite ?"""),
    (R, """Je lui dirais : venez juste prendre un café. Personne ne vous demandera rien. Moi j'ai mis trois mois à passer la porte. Aujourd'hui, je regrette juste de ne pas être venu avant."""),
    (J, """Merci à tous les trois. La Boussole, c'est au douze rue des Tanneurs, à Vernolles, ouvert du lundi au vendredi de dix heures à dix-sept heures.
Vous retrouverez toutes les infos, et les coordonnées du CLSM de Vernolles, sur le site du centre de ressources. C'était Les Voix du Quartier, épisode quatorze. Dans le prochain épisode, on parlera des médiateurs de nuit. À bientôt."""),
]

WORDS_PER_SEC = 2.15
MAX_WORDS = 13


def split_cues(text):
    cues = []
    for line in text.split("\n"):
        for sent in re.split(r"(?<=[.?!])\s+", line.strip()):
            if not sent:
                continue
            words = sent.split()
            if len(words) <= MAX_WORDS:
                cues.append(sent)
                continue
            parts, cur = [], []
            for w in words:
                cur.append(w)
                if len(cur) >= 6 and (w.endswith(",") or len(cur) >= MAX_WORDS):
                    parts.append(" ".join(cur))
                    cur = []
            if cur:
                if len(cur) < 4 and parts:
                    parts[-1] += " " + " ".join(cur)
                else:
                    parts.append(" ".join(cur))
            cues.extend(parts)
    return cues


def wrap(text, width=42):
    """Coupe un sous-titre en deux lignes au plus, comme un logiciel de sous-titrage."""
    if len(text) <= width:
        return text
    words = text.split()
    best = None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        score = abs(len(a) - len(b))
        if best is None or score < best[0]:
            best = (score, a, b)
    return best[1] + "\n" + best[2]


def fmt(t):
    h = int(t // 3600)
    m = int((t % 3600) // 60)
    s = t - h * 3600 - m * 60
    ms = int(round((s - int(s)) * 1000))
    if ms == 1000:
        ms = 999
    return "%02d:%02d:%02d,%03d" % (h, m, int(s), ms)


def main():
    # liste de (texte du repère, nombre de mots)
    blocks = []
    prev = None
    for speaker, text in TURNS:
        cues = split_cues(text)
        if prev is not None and speaker != prev:
            last_text, last_nw, last_dash = blocks[-1]
            first = cues[0]
            if last_nw <= 7 and len(first.split()) <= 7 and "\n" not in last_text:
                head = last_text if last_dash else "- " + last_text
                blocks[-1] = (head + "\n- " + first, last_nw + len(first.split()), True)
                cues = cues[1:]
            elif cues:
                blocks.append(("- " + first, len(first.split()), True))
                cues = cues[1:]
        for c in cues:
            blocks.append((c, len(c.split()), False))
        prev = speaker
    t = 3.0
    out = []
    total = 0
    for i, (text, nw, dashed) in enumerate(blocks, 1):
        dur = max(1.3, nw / WORDS_PER_SEC)
        body = text if "\n" in text else wrap(text)
        out.append("%d\n%s --> %s\n%s\n" % (i, fmt(t), fmt(t + dur), body))
        t += dur + 0.35
        total += nw
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("%s : %d repères, %d mots, durée %s" % (os.path.basename(OUT), len(blocks), total, fmt(t)))


if __name__ == "__main__":
    main()
