"""Generate doc 5: SRT of a ~8-minute radio interview, speaker tags in [CAPITALS], sound tags, multi-line cues."""
import os, textwrap
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
turns = [
("JOURNALISTE", "Bonjour et bienvenue dans La Matinale de Radio Marbeuil. [musique] Ce matin, on parle de la santé mentale des adolescents, un sujet qui inquiète beaucoup de familles du Val de Marbeuil."),
("JOURNALISTE", "Avec nous en studio, le docteur Paul Navarro, pédopsychiatre et chef du pôle de psychiatrie de l'enfant et de l'adolescent du centre hospitalier de Marbeuil. Bonjour docteur."),
("DR NAVARRO", "Bonjour, et merci de l'invitation."),
("JOURNALISTE", "Et Anaïs Leroy, coordinatrice du Conseil local de santé mentale, le CLSM de Marbeuil. Bonjour."),
("MME LEROY", "Bonjour à tous."),
("JOURNALISTE", "Docteur Navarro, on entend souvent que les délais pour obtenir un rendez-vous sont très longs. Qu'en est-il vraiment chez nous ?"),
("DR NAVARRO", "C'est malheureusement vrai. Au centre médico-psychologique pour enfants et adolescents, ce qu'on appelle le CMPEA, il faut aujourd'hui attendre en moyenne sept mois pour un premier rendez-vous. En 2022, c'était quatre mois."),
("DR NAVARRO", "Nous avons reçu 1 340 demandes l'an dernier, soit presque un tiers de plus qu'il y a trois ans. Et dans le même temps, deux postes de pédopsychiatre sont restés vacants."),
("JOURNALISTE", "Sept mois, c'est énorme pour un jeune qui va mal."),
("DR NAVARRO", "C'est énorme, oui. C'est pour ça qu'on a trié les demandes : une infirmière d'accueil rappelle chaque famille dans les dix jours pour évaluer l'urgence. Les situations graves, elles, sont vues en moins d'une semaine."),
("JOURNALISTE", "Anaïs Leroy, qu'est-ce que le CLSM peut faire face à ça ? Vous n'êtes pas un lieu de soins."),
("MME LEROY", "Non, justement. (rires) On me pose souvent la question ! Le CLSM, c'est un espace de concertation entre la ville, la psychiatrie, l'Éducation nationale, les associations, les familles."),
("MME LEROY", "Notre rôle, c'est de faire en sorte que tout le monde travaille ensemble, pour que les jeunes ne restent pas sans réponse pendant ces sept mois."),
("JOURNALISTE", "Concrètement ?"),
("MME LEROY", "Concrètement, la grande nouveauté de cette rentrée, c'est l'équipe mobile adolescents. Elle a démarré le 1er septembre 2025. C'est une équipe de 3,5 équivalents temps plein : une psychologue, deux infirmiers et une éducatrice spécialisée à mi-temps."),
("MME LEROY", "Elle va au-devant des jeunes, dans les collèges, dans les maisons de quartier, et même à domicile quand les parents le demandent."),
("JOURNALISTE", "Et elle est financée par qui, cette équipe ?"),
("MME LEROY", "Par l'ARS Hauts-de-France, pour 210 000 euros par an, et par la ville de Marbeuil qui met à disposition les locaux de l'ancienne école Jules-Ferry, dans le quartier du Plateau."),
("JOURNALISTE", "Le Plateau, c'est un quartier prioritaire de la politique de la ville."),
("MME LEROY", "Exactement, et ce n'est pas un hasard. Au Plateau, un jeune sur quatre a moins de quinze ans. [bruit] Pardon... On a voulu que l'équipe soit là où sont les besoins."),
("DR NAVARRO", "Et je voudrais ajouter que cette équipe ne remplace pas le CMPEA. Elle fait le lien, elle évalue, elle oriente. Parfois, quelques entretiens suffisent et le jeune n'a pas besoin d'un suivi long."),
("JOURNALISTE", "On a un message d'une auditrice, Corinne, qui nous écrit : « Mon fils de quinze ans ne sort plus de sa chambre depuis des mois, à qui je m'adresse ? »"),
("DR NAVARRO", "Alors, Corinne, d'abord votre médecin traitant, c'est la porte d'entrée. Ensuite la Maison des adolescents de Marbeuil, qui reçoit sans rendez-vous le mercredi après-midi, gratuitement et anonymement."),
("DR NAVARRO", "Et en cas d'idées suicidaires, il ne faut pas attendre : le 3114, le numéro national de prévention du suicide, répond vingt-quatre heures sur vingt-quatre."),
("JOURNALISTE", "Le 3114, on le rappelle. Anaïs Leroy, vous parliez aussi des parents. Qu'est-ce qui existe pour eux ?"),
("MME LEROY", "On lance en novembre un cycle de quatre soirées pour les parents, qu'on a appelé « Parents, parlons-en ». Ça aura lieu au centre social du Plateau, le premier jeudi de chaque mois, de novembre 2025 à février 2026."),
("MME LEROY", "Et puis on continue les formations aux premiers secours en santé mentale. Depuis 2023, on a formé 96 personnes à Marbeuil : des animateurs, des gardiens d'immeuble, des entraîneurs de club de foot. (rires) Oui, même les entraîneurs !"),
("JOURNALISTE", "Des entraîneurs de foot ?"),
("MME LEROY", "Oui, parce que ce sont eux qui voient les jeunes toutes les semaines. Ce sont souvent les premiers à remarquer qu'un gamin ne va pas bien."),
("JOURNALISTE", "Docteur, est-ce que les écrans et les réseaux sociaux sont responsables de tout ça ?"),
("DR NAVARRO", "(rires) On me la pose à chaque fois, celle-là. Je dirais que les écrans jouent un rôle, notamment sur le sommeil, mais ce n'est pas la seule cause. La précarité, l'isolement après le Covid, le harcèlement comptent beaucoup."),
("DR NAVARRO", "Ce qu'on observe surtout, c'est une hausse des troubles anxieux et des passages aux urgences pour gestes suicidaires chez les filles de douze à dix-sept ans."),
("JOURNALISTE", "Et qu'est-ce qui vous donne de l'espoir ?"),
("DR NAVARRO", "Le fait que les jeunes en parlent beaucoup plus qu'avant. La santé mentale n'est plus un tabou pour eux. Et le travail en réseau, vraiment, ça change les choses."),
("MME LEROY", "Je voudrais juste rappeler que les Semaines d'information sur la santé mentale auront lieu à Marbeuil du 6 au 19 octobre, avec un ciné-débat gratuit au cinéma Le Rex le 10 octobre."),
("JOURNALISTE", "Merci à tous les deux. C'était La Matinale de Radio Marbeuil. [musique] Tout de suite, la météo."),
]
def fmt(t):
    ms = int(round(t * 1000)); h, ms = divmod(ms, 3600000); m, ms = divmod(ms, 60000); s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"
# split turns into cues of at most ~2 lines of 42 chars, at sentence boundaries when possible
import re
cues = []
for spk, text in turns:
    sents = []
    for snt in re.split(r"(?<=[.?!»])\s+", text):
        while len(snt) > 96 and ", " in snt[30:-20]:
            k = snt.find(", ", len(snt) // 2 - 25)
            if k < 0 or k > len(snt) - 20:
                k = snt.rfind(", ", 0, len(snt) // 2 + 25)
            if k < 20: break
            sents.append(snt[:k + 1]); snt = snt[k + 2:]
        sents.append(snt)
    chunks, cur = [], ""
    for snt in sents:
        if cur and len(cur) + 1 + len(snt) > 84:
            chunks.append(cur); cur = snt
        else:
            cur = (cur + " " + snt).strip()
    chunks.append(cur)
    for i, ch in enumerate(chunks):
        if i == 0:
            ch = f"[{spk}] " + ch
        cues.append(ch)
total_chars = sum(len(c) for c in cues)
rate = total_chars / 470.0   # about 8 minutes
t = 2.0; out = []
for n, c in enumerate(cues, 1):
    dur = max(1.2, len(c) / rate)
    lines = textwrap.wrap(c, 48)
    out.append(f"{n}\n{fmt(t)} --> {fmt(t + dur - 0.1)}\n" + "\n".join(lines) + "\n")
    t += dur
open(os.path.join(OUT, "2025-10-09_radio-marbeuil_matinale-sante-mentale-ados.srt"), "w", encoding="utf-8").write("\n".join(out))
print(len(cues), "cues, end", round(t), "s, chars/s", round(rate, 1), "words", sum(len(c.split()) for c in cues))
