# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT façon Zoom du webinaire « Être sentinelle » de la MSA Orsane-Cévenne
(jeudi 9 octobre 2025, 18 h, environ 25 minutes) : repères numérotés, nom de l'orateur en tête de chaque repère
(« Prénom Nom: »), français parlé (hésitations, « euh », reprises), questions du tchat lues à voix haute par
l'animatrice, coupure pendant la diffusion d'une vidéo de témoignage (pas de repère)."""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-09_msa-orsane-cevenne_webinaire-sentinelles.vtt")

FA = "Florence Audouard"
CB = "Claire Bessière"
TR = "Thomas Rigal"
SM = "Sandrine Moulin"

TURNS = [
    (FA, "Bon. Est-ce que vous m'entendez bien ? Je vois des pouces dans le tchat, super. On attend encore une petite minute que tout le monde arrive."),
    (FA, "Allez, on va y aller. Bonsoir à toutes et à tous, merci d'être là à dix-huit heures, je sais que pour certains c'est l'heure de la traite, donc doublement merci."),
    (FA, "Je suis Florence Audouard, je suis responsable de la cellule pluridisciplinaire de prévention du mal-être agricole à la MSA Orsane-Cévenne, la cellule comme on dit, c'est plus court."),
    (FA, "Ce soir on a soixante-douze inscrits, ce qui est un record pour un webinaire sentinelles, et beaucoup d'entre vous ont été formés cette année."),
    (FA, "Pour vous situer, on est à 201 sentinelles formées depuis 2023 dans le département, et l'idée de ce soir c'est pas de refaire la formation, hein, c'est de partager des situations concrètes."),
    (FA, "Avec moi il y a Claire Bessière, psychologue de la cellule, le docteur Thomas Rigal, vétérinaire à Mourèze-les-Bois, et Sandrine Moulin, chargée d'affaires agricoles à la Banque Rurale d'Orsane."),
    (FA, "On parle vingt minutes à peu près, et après on prend vos questions du tchat, je les lirai à voix haute. Claire, je te laisse commencer."),
    (CB, "Merci Florence, bonsoir à tous. Alors je vais commencer par un petit rappel, parce qu'on me pose souvent la question : c'est quoi, au fond, une sentinelle ?"),
    (CB, "Une sentinelle, c'est quelqu'un qui est au contact des agriculteurs dans son travail, et qui a trois missions, je les dis toujours dans cet ordre : repérer, dialoguer, orienter."),
    (CB, "Repérer, c'est voir que quelque chose a changé. Dialoguer, c'est oser en parler avec la personne. Et orienter, c'est passer le relais, à la cellule, au médecin, à Terre d'Écoute."),
    (CB, "Et ce que je veux vraiment que vous reteniez, c'est qu'on ne vous demande pas d'être psy. Vous ne posez pas de diagnostic, vous ne soignez pas, vous n'êtes pas tout seul avec ça."),
    (CB, "Les signes, vous les connaissez, on les a vus en formation. La fatigue tout le temps, le gars qui ne va plus aux réunions, qui ne passe plus à la coop."),
    (CB, "Les papiers qui s'empilent sur la table de la cuisine, les courriers pas ouverts. Celui qui parle de tout vendre, ou pire qui dit que de toute façon ça servira plus à rien."),
    (CB, "Et là, le point le plus difficile, c'est de poser la question directement. Est-ce que tu penses au suicide, est-ce que tu penses à te faire du mal ?"),
    (CB, "Je sais que ça fait peur. Mais poser la question ne donne pas l'idée, c'est prouvé. Au contraire, la plupart du temps la personne est soulagée qu'on lui demande."),
    (CB, "Et puis il y a ce qu'il vaut mieux éviter de dire. Les « allez, secoue-toi », les « t'as pas le droit de te plaindre, t'as des terres ». Ça part d'un bon sentiment, mais ça ferme la porte."),
    (CB, "Ce qui marche mieux, c'est de partir de ce que vous avez vu, sans juger. Genre : je trouve que t'as l'air épuisé en ce moment, je me fais du souci pour toi. Et après, on écoute. On laisse des silences."),
    (CB, "Beaucoup d'agriculteurs vont vous répondre que ça va, que c'est la saison, que c'est la fatigue. Vous avez le droit d'insister un petit peu, gentiment, ou de revenir la semaine d'après."),
    (FA, "Claire, je me permets, il y a déjà une question dans le tchat qui va dans ce sens. Quelqu'un demande : et si la personne se met en colère quand on lui en parle ?"),
    (CB, "Ça arrive, et ce n'est pas grave. La colère, souvent, c'est de la honte. Vous ne forcez pas, vous dites que vous restez disponible, et vous laissez les numéros. La graine est plantée, comme on dit."),
    (CB, "Voilà, je m'arrête là pour l'instant, Thomas tu veux peut-être enchaîner avec ton expérience de terrain ?"),
    (TR, "Oui, bonsoir tout le monde. Alors moi je suis véto rural depuis dix-neuf ans à la clinique des Trois Vallées, à Mourèze, et j'ai fait la formation sentinelle en février dernier."),
    (TR, "Ce que je dis souvent à mes confrères, c'est que les animaux le disent avant lui. Quand l'éleveur va mal, ça se voit dans le troupeau avant que ça se voie sur sa figure."),
    (TR, "Concrètement, c'est des bêtes moins bien soignées, la litière qui n'est plus faite, les vaches pas traites à l'heure, la mortalité qui monte chez les agneaux ou les veaux."),
    (TR, "Ou alors c'est l'éleveur qui m'appelait pour un rien et qui ne m'appelle plus du tout. Ça, pour moi, c'est presque le signe le plus inquiétant."),
    (TR, "Je vous raconte un cas, anonymisé bien sûr. Au printemps, j'arrive dans une ferme pour une césarienne, et je trouve le gars assis dans la salle de traite, il avait pas dormi, il pleurait."),
    (TR, "Avant la formation, honnêtement, j'aurais fait la césarienne et je serais reparti. Là, on a pris un café, on a parlé vingt minutes, et je lui ai dit : je peux appeler quelqu'un pour toi ?"),
    (TR, "Il a dit oui. J'ai appelé la cellule devant lui, ça m'a pris deux minutes au téléphone. Et la travailleuse sociale l'a rappelé le lendemain matin."),
    (TR, "Aujourd'hui il va mieux, il a eu du remplacement, il a été suivi par l'équipe mobile. Voilà, je voulais juste dire que ça marche, et que ça ne prend pas tant de temps que ça."),
    (FA, "Merci Thomas, c'est exactement pour ce genre de témoignage qu'on fait ces soirées. Sandrine, de ton côté, à la banque, c'est différent j'imagine ?"),
    (SM, "Oui, bonsoir. Alors nous, forcément, on voit les choses par les chiffres, on voit pas le troupeau. Mais les comptes parlent aussi, en fait, beaucoup."),
    (SM, "Les signaux qui m'alertent, moi, c'est d'abord des prélèvements rejetés, plusieurs mois de suite. C'est les demandes de découvert à répétition, en urgence, le vendredi soir."),
    (SM, "Et puis surtout c'est le client qui ne répond plus aux courriers, qui ne rappelle plus, alors qu'avant il passait à l'agence de Chanteloube tous les mois."),
    (SM, "Nous on est tenus par le secret bancaire, donc on ne peut pas signaler quelqu'un comme ça. Dans notre agence, on a une procédure : on demande l'accord écrit du client avant de contacter la cellule."),
    (SM, "Et souvent je commence par orienter vers Cap Rebond, à la chambre d'agriculture, parce que le problème d'argent c'est souvent la porte d'entrée, c'est moins tabou que de dire je vais mal."),
    (SM, "Ils font un audit gratuit de l'exploitation, et parfois le conseiller de Cap Rebond c'est lui qui fait le lien avec la cellule. Donc voilà, on travaille vraiment en chaîne."),
    (FA, "Merci Sandrine. Je vous donne juste deux ou trois repères sur l'activité de la cellule, pour que vous voyiez que vos signalements ne tombent pas dans le vide."),
    (FA, "L'an dernier, en 2024, on avait reçu 118 signalements sur toute l'année. Cette année on en est déjà à 121 au 30 septembre, donc on va dépasser largement."),
    (FA, "Et ce qui a changé, c'est qui signale. Il y a trois ans, c'était surtout les familles. Maintenant, vous, les sentinelles, vous êtes la première source de signalements, et de loin."),
    (FA, "On a aussi l'équipe mobile de psychiatrie rurale qui tourne maintenant sur tout le canton de Mourèze-les-Bois depuis mars, ce qui change beaucoup de choses pour les gens qui ne veulent pas aller au CMP."),
    (FA, "Merci Sandrine. Avant de passer aux questions, je vous propose une petite vidéo de deux minutes, c'est le témoignage de Martine, éleveuse de chèvres, qui a accepté qu'on la diffuse. Je partage mon écran."),
    (FA, "Voilà. Merci à Martine, vraiment, ce n'est pas facile de témoigner à visage découvert. Bon, on passe aux questions, le tchat s'est bien rempli pendant la vidéo."),
    (FA, "Première question, de Karine, je la lis : est-ce qu'on doit forcément avoir l'accord de l'agriculteur pour faire un signalement à la cellule ? Claire ?"),
    (CB, "Oui, c'est une très bonne question, Karine. En principe, c'est toujours avec son accord. On en parle avec lui, on lui explique qui va l'appeler, et on fait le signalement ensemble si possible."),
    (CB, "La seule exception, c'est le danger grave et immédiat. Si la personne vous dit qu'elle va passer à l'acte, ou qu'elle a préparé quelque chose, là vous n'attendez pas la cellule : vous appelez le 15."),
    (FA, "Merci. Question de Didier, technicien de coopérative, je lis : qu'est-ce qui se passe concrètement après le signalement, qui rappelle la personne ?"),
    (CB, "Alors, après le signalement, c'est une travailleuse sociale de la MSA qui rappelle la personne, dans les 48 heures en général. Elle propose un rendez-vous, très souvent à la ferme, parce que c'est plus simple pour eux."),
    (CB, "Et pour les situations plus complexes, quand il faut du soin, du remplacement, un point sur les finances, c'est la cellule qui se réunit, tous les quinze jours, le mardi matin à Vérignac."),
    (FA, "Question de Jérôme, qui demande : est-ce que nous, les sentinelles, on est informés de ce qui se passe ensuite pour la personne ?"),
    (CB, "Alors non, pas du détail. Il y a le secret professionnel, et puis c'est la personne qui décide ce qu'elle veut raconter. On vous dit juste que la personne a été contactée, pour que vous ne restiez pas dans le flou."),
    (TR, "Je peux ajouter un truc là-dessus ? Moi au début ça me frustrait un peu, de pas savoir. Et puis en fait, souvent, c'est l'éleveur lui-même qui me raconte, à la visite d'après."),
    (FA, "Merci Thomas. Question de Nathalie : combien ça coûte le répit pour un agriculteur, parce qu'on m'a dit que c'était cher le remplacement ?"),
    (FA, "Alors je réponds moi-même, c'est mon domaine. Le vrai coût d'une journée de remplacement, c'est autour de 176 euros, mais avec l'aide au répit de la MSA, l'exploitant paie 15 euros par jour, jusqu'à dix jours par an."),
    (FA, "Et c'est le Service de remplacement de la Haute-Orsane, le SRHO, qui envoie l'agent. On essaie d'aller vite, mais en période d'agnelage il faut parfois compter une bonne semaine."),
    (FA, "Une autre question, de Paul, sur les salariés agricoles : est-ce que la cellule s'occupe aussi des salariés, pas seulement des exploitants ?"),
    (CB, "Oui, tout à fait. La cellule suit les exploitants, les conjoints, les salariés agricoles, les retraités aussi. Par contre l'aide au répit, elle, c'est réservé aux exploitants, puisque c'est du remplacement sur l'exploitation."),
    (FA, "Question de Sophie : la ligne Terre d'Écoute, elle marche vraiment la nuit ? Oui Sophie, elle est ouverte 24 heures sur 24. La nuit et le week-end, ce sont des psychologues de la plateforme Écoute Grand Ouest qui décrochent."),
    (FA, "Et pour vous donner un ordre d'idée, la ligne reçoit en ce moment six à sept appels par jour, avec un pic depuis la fin de l'été, la sécheresse a fait beaucoup de dégâts."),
    (SM, "Florence, il y a une question pour moi je crois, de Bernard, qui est aussi à la banque ?"),
    (FA, "Oui pardon, je la lis : comment on aborde le sujet avec un client sans qu'il se sente jugé ou qu'il ait peur qu'on lui coupe les crédits ?"),
    (SM, "Alors moi je le dis très franchement au client : ce que vous me dites là, ça ne change rien à votre dossier de crédit. Et je parle d'abord de lui, pas de l'argent. Comment vous allez, vous, pas l'exploitation."),
    (SM, "Et je lui laisse toujours la carte ressource avec les numéros, même s'il dit non sur le moment. Deux fois, des clients m'ont rappelée trois semaines après."),
    (FA, "Question d'Éric, qui est conseiller à la chambre d'agriculture : est-ce que moi, sentinelle, je peux appeler Terre d'Écoute pour moi-même, quand une situation m'a secoué ?"),
    (CB, "Bien sûr, Éric. La ligne est ouverte aux proches et aux professionnels aussi. Et vous pouvez m'appeler directement à la cellule, c'est aussi mon rôle de soutenir les sentinelles après une situation difficile."),
    (TR, "Et franchement, entre vétos, on en parle de plus en plus. On a monté un petit groupe d'échange entre cliniques du secteur, on se voit une fois par trimestre, ça fait du bien."),
    (FA, "Question de Marc : la formation sentinelle, elle est payante pour les structures ? Non Marc, la formation coûte 95 euros par sentinelle mais c'est entièrement pris en charge par la MSA. La prochaine dans votre secteur, c'est le 14 octobre à Chanteloube."),
    (FA, "Et on cherche encore des vétérinaires, Thomas pourra en témoigner, sur les 201 sentinelles on n'a pas tant de vétos que ça. Donc n'hésitez pas à en parler autour de vous."),
    (FA, "Merci Sandrine. Dernière question, de Lucie : est-ce qu'il y a une suite prévue pour les sentinelles, une formation continue ?"),
    (FA, "Oui, on a prévu une journée de retour d'expérience pour toutes les sentinelles le mardi 27 janvier, à Vérignac, dans les locaux de la MSA. L'invitation part en décembre."),
    (CB, "Et je rappelle qu'après, il y a une journée de retour d'expérience tous les deux ans pour chaque sentinelle, c'est important de pas rester seul avec des situations lourdes."),
    (FA, "Voilà, on arrive au bout. Le support de ce soir vous sera envoyé par mail demain avec l'enregistrement. Le numéro de la cellule, c'est le 04 99 00 52 10, je le remets dans le tchat."),
    (FA, "Merci à Claire, à Thomas, à Sandrine, et merci à vous tous. Bonne soirée, et prenez soin de vous aussi, hein, c'est pas rien ce qu'on vous demande."),
]

WPS = 1.9      # mots par seconde
GAP_IN = 0.25   # entre deux repères d'un même tour de parole
GAP_TURN = 1.1  # entre deux tours
VIDEO = 138.0   # durée de la vidéo de témoignage (non transcrite)


def split_cues(text, maxw=15):
    """Coupe un tour de parole en repères de 15 mots au plus, en privilégiant les fins de phrase et les virgules."""
    parts = re.split(r"(?<=[.?!:,])\s+", text)
    cues, cur = [], []
    for p in parts:
        w = p.split()
        if cur and len(cur) + len(w) > maxw:
            cues.append(" ".join(cur))
            cur = []
        while len(w) > maxw:
            cues.append(" ".join(w[:maxw]))
            w = w[maxw:]
        cur += w
    if cur:
        cues.append(" ".join(cur))
    return cues


def ts(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


t = 4.32
out = ["WEBVTT", ""]
n = 0
for i, (spk, text) in enumerate(TURNS):
    if i == 1:
        t += 41.0  # attente des participants
    if text.startswith("Voilà. Merci à Martine"):
        t += VIDEO
    for c in split_cues(text):
        n += 1
        d = max(1.6, len(c.split()) / WPS)
        out += [str(n), "%s --> %s" % (ts(t), ts(t + d)), "%s: %s" % (spk, c), ""]
        t += d + GAP_IN
    t += GAP_TURN
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(out))
print("écrit", OUT, "%d repères, fin %.0f s" % (n, t))
