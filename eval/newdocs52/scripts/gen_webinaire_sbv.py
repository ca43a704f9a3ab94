# -*- coding: utf-8 -*-
"""Génère les sous-titres YouTube (.sbv) du webinaire « Crise psychique dans les quartiers : qui fait quoi ? »
(cycle « Santé mentale et politique de la ville » de Ressources Ville Normandie, jeudi 27 novembre 2025).

Format SBV : blocs séparés par une ligne vide, horodatage « h:mm:ss.mmm,h:mm:ss.mmm », une ou deux lignes de texte.
Les repères sont découpés au fil des mots (coupures au milieu des phrases), sans étiquette d'orateur, sauf
quand l'animateur présente quelqu'un (« NOM PRÉNOM : » au premier repère de la personne présentée).
Balises [Musique] et [Applaudissements]. Durées calculées d'après le nombre de mots, de façon déterministe.

Tout est inventé : ville d'Ormeval, département de Seine-Bocage, personnes, chiffres, numéros en 02 99 00.
"""
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-11-27_ressources-ville-normandie_webinaire-crise-psychique.sbv")

# Un paragraphe = une prise de parole. « @NOM : » = étiquette écrite dans le premier repère (présentation).
TURNS = """[Musique]
@JULIEN MERCIER : Bonjour à toutes et à tous, bienvenue dans ce webinaire de Ressources Ville Normandie, le quatrième de notre cycle santé mentale et politique de la ville. Je suis Julien Mercier, chargé de mission au centre de ressources, et je vais animer cette heure, enfin ces vingt minutes plutôt, on a choisi un format court. Le thème aujourd'hui c'est la crise psychique dans les quartiers, et surtout la question que tout le monde nous pose : quand ça déborde, qui fait quoi ? Vous pouvez poser vos questions dans le tchat, on les reprendra à la fin. On a trois invités qui viennent tous d'Ormeval, une ville d'un peu moins de quarante-huit mille habitants en Seine-Bocage, avec un quartier prioritaire, le Val-Fleuri, à peu près cinq mille habitants. Je commence par Camille Le Goff, qui coordonne le conseil local de santé mentale d'Ormeval depuis 2021. Bonjour Camille.
@CAMILLE LE GOFF : Bonjour Julien, bonjour à tous.
Camille, pour ceux qui ne connaissent pas, le CLSM d'Ormeval, c'est quoi concrètement, et c'est quoi cette cellule de veille dont on entend beaucoup parler ?
Alors le CLSM c'est une instance de concertation, coprésidée par l'adjointe au maire chargée de la santé et par le chef de pôle de psychiatrie du centre hospitalier du Val de Sèves. On réunit la ville, l'hôpital, le département, les bailleurs, la police, les associations, les usagers et les familles. Et à l'intérieur du CLSM il y a la cellule de veille, qu'on appelle aussi la cellule situations complexes, ça veut dire la même chose. Elle existe depuis 2019. C'est un temps où des professionnels apportent une situation qui les inquiète et sur laquelle ils sont bloqués : une personne qui ne sort plus de chez elle, un logement encombré, des voisins qui appellent tous les jours, quelqu'un qui a arrêté son traitement. On se réunit une fois par mois, le premier jeudi matin, sauf en août.
Et ça représente combien de situations par an ?
Ça augmente beaucoup. Depuis janvier on en est à soixante et une nouvelles situations, fin octobre, donc déjà autant que sur toute l'année dernière, et l'année n'est pas finie. Et ce qui nous frappe c'est le quartier : à peu près quatre situations sur dix viennent du Val-Fleuri, alors que le quartier c'est à peine plus d'un habitant sur dix à Ormeval.
Et la personne concernée, elle est au courant qu'on parle d'elle ?
Oui, c'est un point sur lequel on est très attentifs. La règle c'est qu'on informe toujours la personne et qu'on recherche son accord avant de présenter sa situation. Si elle refuse, on ne la présente pas, sauf s'il y a un danger grave pour elle ou pour quelqu'un d'autre, et dans ce cas on en discute de façon anonymisée. De toute façon en séance on ne donne jamais le nom, chaque situation a un code, et tout le monde a signé une charte de confidentialité. On ne partage que ce qui est strictement utile.
Merci Camille. Je vais maintenant présenter notre deuxième invitée, le docteur Inès Boukhari, psychiatre, qui dirige l'équipe mobile de crise du centre hospitalier du Val de Sèves. Bonjour docteur.
[Applaudissements]
@INÈS BOUKHARI : Bonjour, et merci pour les applaudissements virtuels, je les vois dans le tchat.
Docteur, l'équipe mobile de crise, c'est récent ?
Oui, elle a démarré le 3 mars 2025, donc on a huit mois de recul. L'idée c'est d'aller vers les personnes en crise qui ne sont pas suivies ou qui ont décroché des soins, au domicile, avant que ça se termine aux urgences ou avec la police. On est deux infirmiers, une psychologue à mi-temps et moi, avec un temps de psychiatre. On intervient du lundi au vendredi de 9 heures à 19 heures, et le samedi matin. En semaine, on s'engage à voir la personne sous 48 heures après l'appel.
Et qui peut vous appeler ?
Au départ, uniquement les professionnels : le médecin traitant, le CMP, le CCAS, les bailleurs, la police, les services du département. Et depuis le 1er septembre, on a ouvert la ligne aux familles, les proches peuvent nous appeler directement, ça c'est nouveau. Par contre ce n'est pas un numéro d'urgence, s'il y a un danger immédiat c'est le 15.
Vous avez déjà des chiffres ?
À fin octobre on en était à 290 interventions pour un peu moins de 180 personnes. Et ce dont on est assez fiers, c'est que dans six cas sur dix on a pu éviter une hospitalisation. Pas toujours, évidemment. Quand on arrive et que la personne est vraiment en danger, on organise une hospitalisation, et parfois sans son consentement.
Justement, on a beaucoup de questions là-dessus dans le tchat. Qui décide d'une hospitalisation sans consentement ? Les gens confondent tout.
C'est normal, c'est compliqué. Il y a deux grandes portes. La première, ce sont les soins à la demande d'un tiers : un membre de la famille, un proche, parfois un tuteur, écrit une demande, et il faut deux certificats médicaux. Quand c'est urgent, on peut se contenter d'un seul certificat. Et puis il y a le péril imminent, quand il n'y a aucun tiers joignable mais que la santé de la personne est gravement en danger. Là c'est le directeur de l'hôpital qui prononce l'admission sur un seul certificat d'un médecin extérieur à l'établissement. Et je vous donne un chiffre qui nous interroge : chez nous au centre hospitalier du Val de Sèves, c'est presque quatre admissions sans consentement sur dix en péril imminent, alors qu'au niveau national on tourne autour d'une sur quatre. Ça veut dire qu'on a beaucoup de personnes isolées, sans entourage.
Et la deuxième porte ?
C'est la décision du représentant de l'État, donc le préfet, quand les troubles compromettent la sûreté des personnes ou portent atteinte gravement à l'ordre public. Et en cas de danger imminent, le maire peut prendre un arrêté provisoire, sur un avis médical. Il doit prévenir le préfet dans les 24 heures, et si le préfet ne confirme pas dans les 48 heures, la mesure tombe. À Ormeval c'est le maire ou l'adjoint d'astreinte qui signe, et ça a été précisé dans la convention qu'on a signée avec la police et la ville en juin.
Camille, cette convention avec la police, elle change quoi sur le terrain ?
Avant, chacun faisait un peu comme il pouvait. Les policiers se retrouvaient à attendre des heures aux urgences avec une personne agitée, et les soignants ne savaient pas ce qui s'était passé avant. Maintenant il y a une fiche de liaison commune, qui suit la personne, il y a un référent dans chaque institution, et un psychiatre d'astreinte que les policiers peuvent appeler jour et nuit pour avoir un avis. Et on a écrit noir sur blanc que la personne n'est pas transportée dans un véhicule de police, sauf danger, c'est l'ambulance qui transporte. La police accompagne quand il y a un risque. On fait le point deux fois par an en comité de suivi.
Et une fois la personne hospitalisée ?
Il y a une période d'observation de 72 heures au maximum. Un psychiatre fait un certificat dans les 24 heures, un autre certificat à 72 heures, et c'est à ce moment qu'on décide si les soins sans consentement continuent, et sous quelle forme. Et puis le juge des libertés contrôle la mesure avant le douzième jour. Ce que je dis toujours aux partenaires, c'est que l'hospitalisation sans consentement ça doit rester l'exception, et que le meilleur moyen de l'éviter c'est d'intervenir plus tôt.
Merci. Je vais maintenant présenter notre troisième invité, qui n'est pas un soignant, et c'est voulu : Karim Haddou, chargé de proximité chez Sèves Habitat, le principal bailleur social du Val-Fleuri. Bonjour Karim.
@KARIM HADDOU : Bonjour à tous. Oui moi je ne suis pas du tout du médical, je suis sur le terrain, je gère trois résidences au Val-Fleuri, à peu près quatre cents logements.
Karim, vous avez suivi la formation aux premiers secours en santé mentale, les PSSM. Ça vous a servi ?
Énormément. C'est une formation de deux jours, quatorze heures, je l'ai faite en mars. Avant, quand un locataire allait mal, je ne savais pas quoi dire, j'avais peur de faire pire. Là on apprend à repérer les signes, à engager la conversation, à demander directement à quelqu'un s'il pense au suicide, et à l'orienter. Il y a une méthode, avec des étapes, on approche, on écoute sans jugement, on oriente vers l'aide. Et ça marche.
Vous avez un exemple ?
Oui, sans donner de détail. Un monsieur, une cinquantaine d'années, qui ne payait plus son loyer, qui ne répondait plus, les voisins disaient qu'il criait la nuit. Avant, on aurait lancé une procédure pour impayés, point. Là je suis allé le voir avec ma collègue, on a parlé, il a fini par dire qu'il n'en pouvait plus, qu'il pensait à en finir. J'ai appelé l'équipe mobile, ils sont venus le lendemain. Aujourd'hui il est suivi au CMP et on a fait un plan d'apurement pour le loyer.
Combien de personnes ont été formées chez Sèves Habitat ?
En 2025 on a formé 22 gardiens et chargés de proximité, et c'est le contrat de ville qui a financé la formation, dans le cadre du programme du Val-Fleuri. L'an prochain on voudrait former aussi les agents d'accueil.
Camille, et côté ville ?
Côté ville, on a formé 64 agents cette année : l'accueil de la mairie, le CCAS, la police municipale, les médiateurs, les animateurs des maisons de quartier. L'objectif c'est d'arriver à 150 secouristes en santé mentale d'ici fin 2026, tous employeurs confondus sur Ormeval. Et attention, le chiffre que vous verrez dans la presse, plus de deux mille secouristes, c'est pour tout le département, pas pour Ormeval.
Parlons prévention du suicide. On entend parler du 3114 et de VigilanS. C'est quoi la différence ? Docteur ?
Le 3114, c'est le numéro national de prévention du suicide, ouvert depuis octobre 2021. Il est gratuit, il répond 24 heures sur 24 et 7 jours sur 7, et on peut appeler pour soi, pour un proche, ou quand on est professionnel et qu'on s'inquiète pour quelqu'un. Ce sont des infirmiers et des psychologues formés qui répondent, et en Normandie les appels arrivent au centre répondant régional. Mais ce n'est pas un numéro d'urgence vitale, s'il y a un passage à l'acte en cours, c'est le 15.
Et VigilanS ?
VigilanS, c'est un dispositif de recontact après une tentative de suicide. Quand la personne sort des urgences ou d'hospitalisation, on lui remet une carte ressource avec un numéro, et l'équipe VigilanS la rappelle entre le dixième et le vingt-et-unième jour. Ensuite, si besoin, elle reçoit des cartes postales personnalisées pendant six mois. Ça paraît simple, mais on sait que la période après une tentative est celle où le risque de récidive est le plus élevé. Le médecin traitant et le psychiatre sont informés, avec l'accord de la personne.
On a une question dans le tchat, de Sophie, qui travaille dans un centre social : est-ce qu'un voisin ou un habitant peut saisir directement la cellule de veille ?
Non, pas directement. La cellule est saisie par un professionnel d'une structure membre, qui remplit la fiche de saisine. Un voisin inquiet peut s'adresser au CCAS, à la mairie ou au bailleur, qui jugeront s'il faut saisir la cellule. Et si c'est urgent il ne faut pas attendre la cellule, qui se réunit une fois par mois : on appelle le 15, ou l'équipe mobile de crise en journée.
Une question de Nadia, qui est infirmière scolaire : la formation PSSM, elle coûte combien, et est-ce qu'on peut s'inscrire individuellement ?
Pour les agents de la ville et les bailleurs du quartier, c'est pris en charge, ils n'ont rien à payer, on organise des sessions de douze personnes maximum avec deux formateurs accrédités. Pour les autres professionnels, il y a des sessions ouvertes organisées dans le département, le mieux est de regarder sur le site du département, il y a une page dédiée. Je mettrai le lien dans le tchat.
Autre question, de Mathieu : comment c'est financé tout ça ?
Il y a plusieurs financeurs. L'équipe mobile de crise est financée par l'ARS Normandie sur le fonds d'intervention régional, c'est à peu près 420 000 euros par an pour l'équipe. Mon poste de coordinatrice est cofinancé par l'ARS et par la ville. Et les actions dans le quartier, comme la formation des gardiens ou les ateliers d'habitants, passent par le contrat de ville.
Dernière question, docteur, un message pour les partenaires ?
Appelez-nous tôt. Ce qu'on voit trop souvent, c'est des situations qui traînent depuis des mois et qu'on découvre au moment où il faut la police et une hospitalisation sans consentement. Une crise, ça se prépare souvent des semaines avant, et il y a presque toujours quelqu'un, un gardien, une aide à domicile, un pharmacien, qui a vu quelque chose.
Merci à tous les trois. Le replay et le support seront en ligne sur le site de Ressources Ville Normandie d'ici une semaine. Le prochain webinaire du cycle aura lieu le jeudi 29 janvier 2026 et portera sur la santé mentale des jeunes. Bonne fin de journée à toutes et à tous.
[Applaudissements]
[Musique]"""


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%d:%02d:%02d.%03d" % (h, m, s, ms)


def chunks(words, rnd):
    """Découpe une prise de parole en repères de 5 à 10 mots, sans respecter les phrases."""
    out, i = [], 0
    while i < len(words):
        n = rnd.randint(5, 10)
        if len(words) - i - n < 3:
            n = len(words) - i
        out.append(words[i:i + n])
        i += n
    return out


def main():
    rnd = random.Random(52)
    t = 0.5
    blocks = []
    for para in TURNS.split("\n"):
        t += rnd.uniform(0.4, 1.0)  # petit silence entre deux prises de parole
        if para.startswith("["):
            dur = 6.0 if para == "[Musique]" else 3.5
            blocks.append((t, t + dur, [para]))
            t += dur + 0.3
            continue
        label = None
        if para.startswith("@"):
            label, para = para[1:].split(" : ", 1)
        for k, ws in enumerate(chunks(para.split(), rnd)):
            text = " ".join(ws)
            if label and k == 0:
                text = "%s : %s" % (label, text)
            dur = len(ws) * rnd.uniform(0.42, 0.48) + 0.35
            lines = textwrap.wrap(text, 42, break_on_hyphens=False)
            if len(lines) > 2:
                lines = [" ".join(lines[:-1]), lines[-1]]
            blocks.append((t, t + dur, lines))
            t += dur + rnd.uniform(0.02, 0.25)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n\n".join("%s,%s\n%s" % (fmt(a), fmt(b), "\n".join(ls)) for a, b, ls in blocks) + "\n")
    print("écrit :", OUT, "—", len(blocks), "repères, %.0f s" % t)


if __name__ == "__main__":
    main()
