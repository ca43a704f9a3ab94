# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT (export Zoom) du webinaire de lancement du CLSM d'Ormeval (23 septembre 2025).

Format Zoom : « WEBVTT », repères numérotés, horodatage hh:mm:ss.mmm, nom d'affichage de l'orateur devant chaque
repère (« Nom affiché: texte »), noms d'affichage hétérogènes (majuscules, organisme, « Dr »). Les longues prises de
parole sont découpées en plusieurs repères ; les questions du chat sont lues à voix haute par l'animateur.
Document fictif.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-23_ville-ormeval_webinaire-lancement-clsm.vtt")

NAMES = {
    "JP": "Julien Péronnet",
    "IF": "Isabelle FROMENTIN",
    "HL": "Hugo Lefranc | Sillons Études",
    "KB": "Dr Karim Benaïssa",
    "MK": "KERBRAT Mathilde (ARS CVL)",
}

DIALOGUE = [
    ("JP", "Bon, je crois que l'enregistrement est lancé. Bonjour à toutes et à tous, et bienvenue à ce webinaire "
           "de lancement du conseil local de santé mentale d'Ormeval."),
    ("JP", "Je vois que vous êtes déjà une soixantaine connectés, on va laisser encore une petite minute pour que "
           "les retardataires nous rejoignent."),
    ("JP", "Quelques consignes pratiques en attendant : vos micros sont coupés, vous pouvez poser vos questions "
           "dans le chat à tout moment, je les relirai à voix haute dans la deuxième partie."),
    ("JP", "Le webinaire est enregistré et le replay vous sera envoyé dans la semaine avec le support de "
           "présentation. Voilà. Alors je me présente rapidement, Julien Péronnet, je suis chef de projet "
           "politique de la ville à la direction de la cohésion sociale de la Ville d'Ormeval."),
    ("JP", "Et c'est moi qui ai suivi le diagnostic de santé mentale depuis février. Avec moi aujourd'hui, quatre "
           "intervenants. Isabelle Fromentin, adjointe au maire déléguée à la santé et à la cohésion sociale."),
    ("JP", "Hugo Lefranc, du cabinet Sillons Études, qui a réalisé le diagnostic. Le docteur Karim Benaïssa, "
           "psychiatre, chef du pôle de psychiatrie adulte au centre hospitalier de la Vaudaine."),
    ("JP", "Et Mathilde Kerbrat, déléguée départementale de l'agence régionale de santé pour la Vaudaine. Madame "
           "Fromentin, je vous laisse la parole pour ouvrir ce webinaire."),
    ("IF", "Merci Julien. Bonjour à tous. Je suis très heureuse de voir autant de monde, et autant de profils "
           "différents : je vois des soignants, des travailleurs sociaux, des enseignants, des gardiens "
           "d'immeuble, des habitants."),
    ("IF", "C'est exactement ça, l'esprit d'un conseil local de santé mentale. Pourquoi on se lance ? Parce que "
           "depuis plusieurs années, on entend la même chose sur le terrain : les gens vont mal, et les "
           "professionnels ne savent plus vers qui se tourner."),
    ("IF", "Et puis il y a le contexte particulier de nos deux quartiers, les Grands-Prés et le Clos-Saint-Marc, "
           "qui sont en pleine rénovation urbaine dans le cadre du NPNRU."),
    ("IF", "Aux Grands-Prés, trois tours vont être démolies, Verlaine, Rimbaud et Apollinaire, et deux cent "
           "douze familles doivent être relogées d'ici 2027. La première démolition, celle de la tour Verlaine, "
           "est prévue en avril 2026."),
    ("IF", "Alors un relogement, c'est une chance pour beaucoup de familles, mais c'est aussi un arrachement. Des "
           "personnes âgées qui vivent là depuis quarante ans, des personnes isolées, des gens fragiles. On ne "
           "peut pas faire la rénovation urbaine sans s'occuper de la santé mentale des habitants."),
    ("IF", "Le calendrier, maintenant. Le conseil municipal délibérera en novembre sur la convention "
           "constitutive, pour une signature avec les partenaires avant la fin de l'année."),
    ("IF", "Nous allons recruter un coordinateur ou une coordinatrice à temps plein : la fiche de poste sera "
           "publiée début octobre, pour une prise de poste début janvier. Et la première assemblée plénière se "
           "tiendra au début de l'année 2026."),
    ("IF", "Sur le budget, on travaille encore avec nos partenaires, mais on table sur environ soixante-dix mille "
           "euros pour la première année, coordination comprise."),
    ("IF", "Et je tiens à ce que la présidence du CLSM soit assurée par un élu : c'est un engagement politique de "
           "la municipalité, pas seulement un dispositif technique. Voilà, je passe la parole à Hugo Lefranc."),
    ("HL", "Merci Madame l'adjointe. Bonjour à toutes et à tous. Je vais partager mon écran, vous me dites si vous "
           "voyez bien la présentation. C'est bon ? Parfait."),
    ("JP", "Oui, on voit bien."),
    ("HL", "Alors le diagnostic, en deux mots, c'est quatre sources. Une enquête auprès des habitants, menée du "
           "3 mars au 11 avril, avec six cent douze répondants, dont deux cent quatre-vingt-sept dans les deux "
           "quartiers prioritaires."),
    ("HL", "Une enquête en ligne auprès des professionnels, cent quarante-trois réponses. Vingt-quatre entretiens "
           "individuels, et trois groupes de parole. Et puis l'analyse des données sur l'offre de soins."),
    ("HL", "Premier résultat, et c'est celui qui a le plus marqué le comité de suivi : dans les quartiers "
           "prioritaires, près d'un habitant sur trois présente une détresse psychologique élevée. 31 %, contre "
           "21 % sur l'ensemble de la ville."),
    ("HL", "Et chez les jeunes de 15 à 24 ans qui vivent en QPV, on monte à 36 %. Plus d'un jeune sur trois. Ce "
           "sont des chiffres qu'on retrouve dans d'autres quartiers prioritaires en France, mais ça reste très "
           "élevé."),
    ("HL", "Deuxième résultat : le renoncement aux soins. 27 % des habitants des quartiers ont renoncé à des soins "
           "de santé mentale dans l'année. Pourquoi ? D'abord le coût, ensuite les délais."),
    ("HL", "Et les délais, justement, c'est le troisième point. Au CMP adultes, on vous propose un premier "
           "entretien infirmier en trois semaines, ce qui est plutôt bien, mais pour voir un psychiatre, il faut "
           "attendre onze semaines."),
    ("HL", "Pour les enfants, c'est beaucoup plus long : sept mois d'attente au CMP infanto-juvénile. Sept mois, "
           "dans la vie d'un enfant de huit ans, c'est énorme."),
    ("HL", "Côté professionnels, 58 % disent ne pas savoir à qui s'adresser face à une situation complexe, et "
           "82 % souhaitent une instance de concertation. Donc la demande est très claire."),
    ("HL", "Un dernier chiffre qui m'a frappé : les gardiens de Vaudaine Habitat ont fait remonter quarante-six "
           "situations de troubles du voisinage liés à une souffrance psychique, rien que sur l'année 2024."),
    ("HL", "D'où nos préconisations, cinq axes : l'accès aux soins, les situations complexes, les enfants et les "
           "jeunes, le logement et le renouvellement urbain, et enfin l'information et la lutte contre la "
           "stigmatisation. Le rapport complet est en ligne depuis fin juin. Je rends la main."),
    ("JP", "Merci Hugo, très clair. Docteur Benaïssa, du côté de la psychiatrie, qu'est-ce que vous attendez de ce "
           "CLSM ?"),
    ("KB", "Bonjour à tous. Alors d'abord, je voudrais dire ce que le CLSM n'est pas. Ce n'est pas une nouvelle "
           "consultation, ce n'est pas un service de soins en plus. Il n'y aura pas de psychiatre du CLSM qui "
           "recevra des patients."),
    ("KB", "C'est un endroit où on se met autour de la table, élus, psychiatrie, médecins de ville, bailleur, "
           "associations, familles, pour que chacun comprenne ce que fait l'autre, et pour construire des "
           "réponses ensemble."),
    ("KB", "Parce qu'aujourd'hui, ce qui se passe, c'est que la psychiatrie est appelée quand la situation a "
           "déjà dégénéré. Quand le voisin a appelé la police trois fois, quand l'expulsion est prononcée. Et là "
           "c'est trop tard."),
    ("KB", "Ce qu'on veut, c'est intervenir plus tôt. Et pour ça, il faut que le gardien, l'assistante sociale, le "
           "médecin généraliste sachent qui appeler, et qu'ils aient un endroit pour en parler."),
    ("KB", "Deuxième chose, ça s'inscrit dans quelque chose de plus large. Il y a le PTSM, le projet territorial "
           "de santé mentale de la Vaudaine, qui a été adopté en 2020. C'est un peu la feuille de route "
           "départementale de la santé mentale, construite avec tous les acteurs."),
    ("KB", "Il est en cours de révision, la nouvelle version est attendue courant 2026, et le CLSM d'Ormeval en "
           "sera en quelque sorte la déclinaison locale, à l'échelle de la ville."),
    ("KB", "Et puis il y a la CPTS, la communauté professionnelle territoriale de santé du Pays d'Ormeval, qui "
           "regroupe les médecins généralistes, les infirmiers, les pharmaciens. Avec eux, on a un projet très "
           "concret."),
    ("KB", "À partir du 3 novembre, on ouvre une ligne d'avis psychiatrique réservée aux médecins généralistes : "
           "du lundi au vendredi, de 13 h à 14 h, un psychiatre du pôle répond directement à leurs questions."),
    ("KB", "Le numéro sera diffusé par la CPTS à ses adhérents, c'est le 02 99 00 31 99. Ce n'est pas un numéro "
           "pour le public, j'insiste, c'est un numéro entre professionnels."),
    ("JP", "Merci docteur. Mathilde Kerbrat, pour l'ARS, comment est-ce que vous accompagnez la création d'un "
           "CLSM ?"),
    ("MK", "Bonjour à tous. Alors pour l'agence, les CLSM sont vraiment un outil prioritaire, et d'ailleurs le "
           "PTSM de la Vaudaine prévoit d'en créer dans toutes les communes de plus de vingt mille habitants."),
    ("MK", "Ormeval sera le troisième CLSM du département, après Brenay, créé en 2019, et Saint-Ours-la-Forêt, en "
           "2022. Donc vous pourrez vous appuyer sur leur expérience, et je vous encourage à aller les voir."),
    ("MK", "Concrètement, l'ARS finance sur le fonds d'intervention régional, le FIR. Notre règle, c'est de "
           "financer la moitié du poste de coordination, parce que sans coordinateur, un CLSM ne vit pas."),
    ("MK", "Pour Ormeval, on s'oriente vers une subvention d'environ trente mille euros en 2026, qui pourra aussi "
           "couvrir des formations. Les montants définitifs seront inscrits dans la convention."),
    ("MK", "Et je voudrais insister sur un point : les formations aux premiers secours en santé mentale. On "
           "souhaite que les professionnels de première ligne, les gardiens, les animateurs, les adultes-relais "
           "soient formés. C'est un axe que l'agence soutient fortement."),
    ("JP", "Merci. On passe aux questions, il y en a déjà beaucoup dans le chat. Première question, de Nadine, "
           "infirmière scolaire au collège des Tanneries."),
    ("JP", "Elle écrit : « Est-ce que l'Éducation nationale fera partie du CLSM ? Nous voyons beaucoup de mal-être "
           "chez les élèves, surtout depuis le Covid. » Madame Fromentin ?"),
    ("IF", "Oui, absolument. L'inspectrice de la circonscription d'Ormeval a déjà donné son accord pour siéger. Et "
           "il y aura un groupe de travail consacré à la santé mentale des enfants et des jeunes, dans lequel les "
           "infirmières scolaires auront toute leur place. Nadine, vous êtes la bienvenue."),
    ("JP", "Deuxième question, de Mamadou Keita, du conseil citoyen du Clos-Saint-Marc : « Est-ce que les "
           "habitants auront vraiment leur mot à dire, ou est-ce que ce sera encore une réunion de "
           "professionnels ? »"),
    ("IF", "C'est une très bonne question, et je la comprends. Il y aura un collège des habitants dans le CLSM. "
           "Chaque conseil citoyen, celui des Grands-Prés et celui du Clos-Saint-Marc, aura deux représentants."),
    ("IF", "Et l'assemblée plénière sera ouverte à tous les habitants. Je m'engage à ce qu'elle se tienne dans un "
           "des deux quartiers, et pas à l'hôtel de ville."),
    ("JP", "Question suivante, de Sandrine, gardienne chez Vaudaine Habitat aux Grands-Prés. Elle écrit : « J'ai "
           "un locataire qui ne sort plus de chez lui, qui accumule des objets, les voisins se plaignent de "
           "l'odeur. Qu'est-ce que je fais en attendant que le CLSM existe ? »"),
    ("KB", "Alors, Sandrine, d'abord, vous n'êtes pas seule. En attendant, le bon réflexe, c'est de le signaler à "
           "la référente sociale de Vaudaine Habitat, qui peut prendre contact avec le CMP adultes de la rue "
           "Pasteur."),
    ("KB", "S'il y a un danger immédiat, pour lui ou pour les autres, c'est le 15, sans hésiter. Et demain, ce "
           "type de situation pourra être présenté à une cellule qui réunira une fois par mois les "
           "professionnels concernés, avec l'accord de la personne autant que possible."),
    ("KB", "C'est ce qu'on appelle souvent une instance de concertation sur les situations complexes. C'est une "
           "des premières choses que le coordinateur devra mettre en place."),
    ("JP", "Une question anonyme maintenant : « Est-ce que le CLSM va ouvrir une consultation de psychologue "
           "gratuite dans les quartiers ? »"),
    ("KB", "Je vais répondre en partie. Non, le CLSM ne va pas ouvrir de consultation. Mais il existe déjà le "
           "dispositif Mon soutien psy, qui permet jusqu'à douze séances par an remboursées chez un psychologue "
           "partenaire."),
    ("IF", "Et j'ajoute que nous réfléchissons à des permanences d'écoute avec une psychologue, directement dans "
           "les centres sociaux des deux quartiers. Ce n'est pas encore arbitré, mais c'est dans les pistes du "
           "premier plan d'action."),
    ("JP", "Dernière question, de Fabrice, éducateur de prévention : « Le coordinateur sera rattaché à quel "
           "service, et où sera son bureau ? » Alors je peux répondre moi-même."),
    ("JP", "Le poste sera rattaché à la direction de la cohésion sociale, avec un bureau à la Maison de la "
           "cohésion sociale, rue des Tanneurs, donc à mi-chemin entre les deux quartiers."),
    ("JP", "La fiche de poste sera en ligne sur le site de la Ville début octobre, n'hésitez pas à la diffuser "
           "dans vos réseaux. Il nous faut quelqu'un qui connaisse à la fois la santé mentale et le travail en "
           "quartier."),
    ("MK", "Si je peux me permettre un complément : le coordinateur participera au réseau régional des "
           "coordinateurs de CLSM, qui se réunit trois fois par an à Orléans. C'est précieux quand on démarre."),
    ("JP", "Merci Mathilde. Bon, on arrive au bout du temps prévu. On a eu jusqu'à 94 participants connectés, merci "
           "beaucoup pour votre présence et pour toutes vos questions."),
    ("JP", "Les questions auxquelles on n'a pas eu le temps de répondre seront reprises dans un document envoyé "
           "avec le replay. Madame Fromentin, le mot de la fin ?"),
    ("IF", "Simplement merci. Le CLSM, ce sera ce que vous en ferez. Rendez-vous au début de l'année prochaine "
           "pour la première assemblée plénière. Et d'ici là, prenez soin de vous, et prenez soin les uns des "
           "autres."),
    ("JP", "Merci à tous, bonne fin de journée. J'arrête l'enregistrement."),
]


def split_utterance(text, max_words=17):
    """Découpe une prise de parole en morceaux de longueur de repère Zoom (coupures aux ponctuations)."""
    words = text.split()
    chunks, cur = [], []
    for w in words:
        cur.append(w)
        if len(cur) >= max_words or (len(cur) >= 9 and re.search(r"[.?!:,;»]$", w)):
            chunks.append(" ".join(cur))
            cur = []
    if cur:
        if chunks and len(cur) <= 3:
            chunks[-1] += " " + " ".join(cur)
        else:
            chunks.append(" ".join(cur))
    return chunks


def fmt(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def build():
    rnd = random.Random(35)
    t = 3.12
    cues = []
    prev = None
    for spk, text in DIALOGUE:
        if prev is not None and spk != prev:
            t += rnd.uniform(0.7, 1.6)
        if spk == "HL" and prev == "IF":
            t += 6.0        # partage d'écran
        for chunk in split_utterance(text):
            n = len(chunk.split())
            dur = n / rnd.uniform(2.25, 2.6) + 0.4
            cues.append((t, t + dur, NAMES[spk], chunk))
            t += dur + rnd.uniform(0.05, 0.45)
        prev = spk
    return cues


def main():
    cues = build()
    out = ["WEBVTT", ""]
    for i, (a, b, name, txt) in enumerate(cues, 1):
        out += [str(i), "%s --> %s" % (fmt(a), fmt(b)), "%s: %s" % (name, txt), ""]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("écrit :", OUT, "—", len(cues), "repères, %.0f s" % cues[-1][1])


if __name__ == "__main__":
    main()
