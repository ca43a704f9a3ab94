# -*- coding: utf-8 -*-
"""Génère les sous-titres SRT (~17 min) de l'émission « Ici et maintenant » de Radio Estuaire FM du 9 octobre 2025 :
entretien avec une médiatrice de santé pair et le coordinateur du CLSM de Pornéac, pendant les SISM.

Tout est fictif : radio, personnes, ville, structures, chiffres. Pas de nom d'orateur dans les sous-titres
(comme dans un sous-titrage de diffusion) : un tiret marque le changement de voix.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-10-09_radio-estuaire-fm_entretien-mediatrice-sante-pair-clsm-porneac.srt")

# (voix, texte) ; voix : H = animateur, L = Lucie Garnier, P = Patrick Rouault, X = bruitage
TURNS = [
    ("X", "[Générique musical]"),
    ("H", """Bonjour à toutes et à tous, et bienvenue dans « Ici et maintenant », l'émission qui donne la parole à celles et ceux qui font vivre le territoire. Je suis Mathieu Le Goff.
On est jeudi neuf octobre, et depuis lundi, ce sont les Semaines d'information sur la santé mentale, les SISM, qui se tiennent partout en France jusqu'au dix-neuf octobre.
À Pornéac, le conseil local de santé mentale a concocté tout un programme, et on va en parler avec mes deux invités du jour.
Lucie Garnier, bonjour.""" ),
    ("L", "Bonjour Mathieu."),
    ("H", """Vous êtes médiatrice de santé pair au centre hospitalier de Pornéac. On va expliquer ce que ça veut dire, parce que je pense que beaucoup d'auditeurs ne connaissent pas ce métier.
Et à côté de vous, Patrick Rouault, coordinateur du conseil local de santé mentale de Pornéac. Bonjour Patrick."""),
    ("P", "Bonjour, et merci de nous recevoir."),
    ("H", """Lucie, on commence par vous. Médiatrice de santé pair, concrètement, qu'est-ce que c'est ?"""),
    ("L", """Alors, c'est un métier qui est encore assez récent en France. Un médiateur de santé pair, c'est une personne qui a elle-même vécu des troubles psychiques, qui est rétablie ou en voie de rétablissement, et qui a été formée pour utiliser cette expérience au service des personnes qui vivent la même chose.
Le mot pair, il est important. Ça veut dire qu'on est à égalité. Je ne suis pas soignante au sens classique, je ne fais pas de diagnostic, je ne prescris pas. Mais j'ai une expertise que les autres professionnels n'ont pas : je sais ce que c'est, de l'intérieur."""),
    ("H", """Et vous, justement, votre parcours, vous acceptez d'en parler ?"""),
    ("L", """Oui, bien sûr, ça fait partie du métier. J'ai trente-quatre ans. On m'a diagnostiqué un trouble bipolaire à vingt-deux ans, pendant mes études.
J'ai été hospitalisée trois fois en quatre ans. Il y a eu des années très compliquées, j'ai arrêté mes études, j'ai perdu beaucoup d'amis.
Et puis petit à petit, avec un traitement qui me convenait, une psychiatre en qui j'avais confiance, et beaucoup de soutien de ma sœur, je me suis rétablie.
Le rétablissement, ce n'est pas la guérison au sens où la maladie aurait disparu. C'est reprendre le pouvoir sur sa vie. J'ai toujours un traitement, je fais attention à mon sommeil, mais je vis la vie que j'ai choisie."""),
    ("H", """Et comment on devient médiatrice de santé pair ? Il y a une formation ?"""),
    ("L", """Oui. Moi j'ai suivi un diplôme universitaire de pair-aidance en santé mentale, en 2021 et 2022. C'est une année de formation, avec des cours théoriques et des stages.
On y apprend à raconter son histoire de manière utile, sans s'exposer inutilement, à écouter, à connaître le système de soins et les droits des personnes. Et on apprend aussi à se protéger, parce que ce n'est pas toujours facile d'entendre des histoires qui ressemblent à la sienne.
Ensuite j'ai été recrutée par le centre hospitalier en mars 2023. Je travaille à quatre-vingts pour cent, dans l'équipe de réhabilitation psychosociale."""),
    ("H", """Patrick, comment est-ce que ce poste est arrivé à Pornéac ? C'est le conseil local de santé mentale qui l'a voulu ?"""),
    ("P", """Alors, c'est une histoire collective. Le conseil local de santé mentale de Pornéac existe depuis 2018. Il réunit la ville, le centre hospitalier, les associations, les bailleurs, le département, les représentants des usagers et des familles.
Et très tôt, dans nos groupes de travail, les usagers nous ont dit : on a besoin de gens qui nous ressemblent dans les équipes. Le GEM, le groupe d'entraide mutuelle, nous le répétait à chaque réunion.
Donc le CLSM a porté cette idée auprès du centre hospitalier, et on a obtenu un financement de l'agence régionale de santé pour un premier poste. Lucie est la première médiatrice de santé pair du territoire."""),
    ("H", """Et c'est quoi la différence avec un pair-aidant bénévole, dans un GEM par exemple ?"""),
    ("L", """C'est une très bonne question, on me la pose souvent. La pair-aidance, elle existe depuis longtemps, de manière bénévole, dans les GEM, dans les associations. Et elle est précieuse.
La différence, c'est que le médiateur de santé pair est salarié, qu'il a suivi une formation qualifiante, et qu'il est intégré à une équipe de soin. Je participe aux réunions d'équipe, j'ai accès aux informations dont j'ai besoin, et je suis tenue au secret professionnel comme mes collègues infirmiers ou psychologues.
Ce n'est pas mieux ou moins bien, c'est complémentaire. D'ailleurs, j'oriente souvent les personnes que j'accompagne vers le GEM."""),
    ("H", """Concrètement, une journée de Lucie Garnier, ça ressemble à quoi ?"""),
    ("L", """Il n'y a pas vraiment de journée type. Une bonne partie de mon temps, ce sont des accompagnements individuels. Par exemple, je vais avec quelqu'un à son premier rendez-vous au centre médico-psychologique, parce qu'il a peur d'y aller seul. Ou je rencontre une personne qui sort d'hospitalisation, pour parler avec elle de ce qui l'aide à tenir.
J'anime aussi un groupe, tous les quinze jours, sur le rétablissement. On parle des plans de crise, de ce qu'on appelle les directives anticipées, des signes d'alerte qu'on a appris à reconnaître.
Et depuis un an, je tiens une permanence dans un quartier, à la maison de quartier de la Bergerie, tous les jeudis après-midi. Sans rendez-vous. Les gens viennent, parfois juste pour parler, parfois pour un proche."""),
    ("H", """Pourquoi dans un quartier, et pas à l'hôpital ?"""),
    ("P", """Parce que beaucoup de gens ne viendront jamais à l'hôpital. La Bergerie, c'est un quartier prioritaire de la politique de la ville, avec une population jeune, beaucoup de familles monoparentales, et une grande méfiance envers tout ce qui ressemble à la psychiatrie.
Quand on a fait le diagnostic du contrat de ville, les habitants nous ont dit qu'ils ne savaient pas à qui s'adresser, et qu'ils avaient peur d'être étiquetés.
La maison de quartier, c'est un lieu où ils viennent déjà, pour l'aide aux devoirs, pour l'épicerie solidaire. Lucie y est devenue une figure familière. C'est l'aller-vers, tout simplement."""),
    ("H", """Lucie, quand vous êtes arrivée à l'hôpital, comment vos collègues soignants vous ont-ils accueillie ? Ce n'est pas évident, j'imagine."""),
    ("L", """Honnêtement, c'était mitigé au début. Certains étaient très enthousiastes. D'autres se demandaient à quoi j'allais servir, ou avaient peur que je prenne une partie de leur travail.
Et puis il y avait une inquiétude, qui était souvent bienveillante d'ailleurs : est-ce qu'elle va tenir le coup ? Est-ce que ce n'est pas trop lourd pour elle ?
Ce qui m'a aidée, c'est que le cadre avait été bien préparé. J'ai une fiche de poste claire, je travaille en binôme avec une infirmière, et j'ai une supervision une fois par mois avec une psychologue extérieure à l'équipe.
Aujourd'hui, au bout de deux ans et demi, je crois que la question ne se pose plus. On m'appelle quand une personne refuse tout contact, parce qu'on sait que je vais peut-être réussir à créer un lien."""),
    ("H", """Patrick, le conseil local de santé mentale, ce n'est pas que la médiation de santé pair. Qu'est-ce que vous faites d'autre, au quotidien ?"""),
    ("P", """Non, effectivement. Le CLSM, c'est d'abord un lieu où tous ceux qui s'occupent de santé mentale sur la commune se parlent. On a quatre groupes de travail : l'accès aux soins, le logement, la jeunesse, et la lutte contre la stigmatisation.
On organise aussi des formations aux premiers secours en santé mentale. Depuis 2022, on a formé cent quarante personnes sur le territoire, des agents de la mairie, des animateurs, des commerçants, des gardiens d'immeuble.
Et puis on a une cellule qui se réunit tous les mois pour étudier des situations individuelles compliquées, avec l'accord des personnes, quand plusieurs professionnels s'inquiètent et n'arrivent pas à trouver une solution chacun de leur côté."""),
    ("H", """Et ça marche ? Vous avez des chiffres, Lucie, pour votre activité ?"""),
    ("L", """En 2024, j'ai accompagné soixante-trois personnes, toutes activités confondues. Cette année, au trente septembre, on en est déjà à cinquante et une.
Et à la permanence de la Bergerie, on a eu à peu près une personne sur trois qui n'avait jamais eu aucun contact avec la psychiatrie. Pour nous, c'est ça l'indicateur le plus important. Ce sont des gens qu'on ne voyait pas."""),
    ("P", """Et je voudrais ajouter que le poste a aussi changé les équipes. Les soignants qui travaillent avec Lucie le disent : ça change leur regard, leur façon de parler des patients, de parler aux patients.
C'est pour ça que le comité de pilotage du CLSM a décidé de demander un deuxième poste de médiateur de santé pair pour 2026, cette fois rattaché au centre médico-psychologique de Saint-Gildas-des-Prés."""),
    ("X", "[Virgule musicale]"),
    ("H", """Vous écoutez « Ici et maintenant » sur Radio Estuaire FM, on parle santé mentale avec Lucie Garnier et Patrick Rouault. Patrick, les SISM, cette année, qu'est-ce qu'il y a au programme à Pornéac ?"""),
    ("P", """Alors on a une dizaine de rendez-vous, je ne vais pas tout citer, le programme complet est sur le site de la ville.
Il y a eu samedi dernier, le onze octobre, non pardon, c'est ce samedi, le onze octobre, une balade des émotions, une marche de cinq kilomètres le long de l'estuaire, avec des pauses animées par des psychologues et des membres du GEM. Départ à dix heures du port.
Mardi quatorze octobre, à vingt heures, un ciné-débat au cinéma Le Lutetia, avec la projection d'un documentaire sur des jeunes qui vivent avec des troubles psychiques, suivi d'un échange avec Lucie et un psychiatre du centre hospitalier. L'entrée est à trois euros.
Et le temps fort, c'est le samedi dix-huit octobre, le forum santé mentale, à la halle des Salines, de dix heures à dix-sept heures. Il y aura vingt-cinq stands, des associations, des services de soins, des ateliers, un espace enfants, et une scène ouverte l'après-midi."""),
    ("H", """Un forum, c'est pour qui ? Pour les professionnels ou pour le grand public ?"""),
    ("P", """C'est vraiment pour tout le monde. L'an dernier, on a eu à peu près huit cents visiteurs. Il y a des gens qui viennent pour eux-mêmes, beaucoup de proches, des parents inquiets pour un ado, des enseignants.
L'idée, c'est qu'on puisse repartir en sachant à quelle porte frapper. Et qu'on puisse en parler sans honte. C'est d'ailleurs le sens des SISM : faire de la santé mentale un sujet dont on parle comme on parle du diabète ou du mal de dos."""),
    ("H", """On a un auditeur en ligne. Bonjour, vous êtes Gérard, vous nous appelez de Trévenac ?"""),
    ("X", "[Voix au téléphone]"),
    ("H", """Gérard nous demande, je résume parce que la ligne n'est pas très bonne : son fils de vingt-huit ans refuse de se soigner, il ne sort plus de chez lui, et Gérard ne sait plus quoi faire. Lucie ?"""),
    ("L", """D'abord, Gérard, je voudrais vous dire que ce que vous vivez est très dur, et que vous n'êtes pas seul. Beaucoup de familles vivent ça.
La première chose, c'est de ne pas rester seul vous-même. L'UNAFAM, l'association des familles, a une délégation dans le département et organise des groupes de parole pour les proches. Ça aide énormément.
Ensuite, on peut se rapprocher du centre médico-psychologique de votre secteur, même si votre fils ne veut pas y aller. Les professionnels peuvent vous recevoir, vous conseiller, et parfois organiser une visite à domicile.
Et si un jour vous êtes inquiet pour sa vie, il ne faut pas hésiter, il faut appeler le 3114, le numéro national de prévention du suicide, ou le quinze en cas d'urgence."""),
    ("P", """Et je précise que le CLSM a édité un petit guide, « Qui contacter ? », avec tous les numéros utiles du territoire. Il est disponible gratuitement en mairie, dans les pharmacies et sur le site de la ville."""),
    ("H", """Merci. Lucie, une dernière question. Qu'est-ce que vous diriez à quelqu'un qui nous écoute et qui ne va pas bien en ce moment ?"""),
    ("L", """Je lui dirais qu'on peut aller mieux. Vraiment. Il y a quelques années, je n'y croyais pas du tout, et pourtant je suis là, à la radio, à parler de ma maladie.
Ça prend du temps, ce n'est pas linéaire, il y a des rechutes. Mais le rétablissement est possible. Et la première étape, c'est souvent d'en parler à quelqu'un. Un proche, un médecin, ou venir me voir le jeudi à la Bergerie."""),
    ("H", """Merci beaucoup Lucie Garnier, merci Patrick Rouault. Je rappelle le grand rendez-vous : samedi dix-huit octobre, forum santé mentale à la halle des Salines, entrée libre.
Et je rappelle aussi le numéro, le 3114, vingt-quatre heures sur vingt-quatre, sept jours sur sept. Vous écoutez Radio Estuaire FM, on se retrouve après les informations."""),
    ("X", "[Générique de fin]"),
]

WORDS_PER_SEC = 2.35
MAX_WORDS = 14


def split_cues(text):
    sentences = re.split(r"(?<=[.?!])\s+|\n+", text.strip())
    cues = []
    for s in sentences:
        s = s.strip()
        if not s:
            continue
        words = s.split()
        if len(words) <= MAX_WORDS:
            cues.append(s)
            continue
        parts, cur = [], []
        for w in words:
            cur.append(w)
            if (w.endswith(",") or w.endswith(":")) and len(cur) >= 6:
                parts.append(" ".join(cur))
                cur = []
            elif len(cur) >= MAX_WORDS:
                parts.append(" ".join(cur))
                cur = []
        if cur:
            if parts and len(cur) < 4:
                parts[-1] += " " + " ".join(cur)
            else:
                parts.append(" ".join(cur))
        cues.extend(parts)
    return cues


def fmt(t):
    h = int(t // 3600)
    m = int((t % 3600) // 60)
    s = int(t % 60)
    ms = int(round((t - int(t)) * 1000))
    if ms == 1000:
        ms = 999
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def wrap_two_lines(text):
    """Un sous-titre de diffusion tient sur deux lignes de 42 caractères environ."""
    if len(text) <= 42:
        return text
    words = text.split()
    best = None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        score = max(len(a), len(b))
        if best is None or score < best[0]:
            best = (score, a, b)
    return best[1] + "\n" + best[2]


def main():
    t = 0.5
    out = []
    n = 0
    prev = None
    words_total = 0
    for voice, text in TURNS:
        if voice == "X":
            n += 1
            dur = 6.0 if "Générique" in text else 3.0
            out += [str(n), "%s --> %s" % (fmt(t), fmt(t + dur)), text, ""]
            t += dur + 0.3
            prev = voice
            continue
        if prev is not None and voice != prev:
            t += 0.9
        first = True
        for cue in split_cues(text):
            nw = len(cue.split())
            words_total += nw
            dur = max(1.2, nw / WORDS_PER_SEC)
            n += 1
            body = wrap_two_lines(cue)
            if first and prev not in (None, "X") and voice != prev:
                body = "- " + body
            out += [str(n), "%s --> %s" % (fmt(t), fmt(t + dur)), body, ""]
            t += dur + 0.15
            first = False
        prev = voice
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("%s : %d sous-titres, %d mots, durée %s" % (os.path.basename(OUT), n, words_total, fmt(t)))


if __name__ == "__main__":
    main()
