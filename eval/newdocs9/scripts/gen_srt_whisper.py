"""Automatic transcript of an information meeting for mayors, as produced by Whisper and saved as .srt: no
speaker names, long cues of one to four sentences on a single line, digits for most numbers, a few
recognition slips and repeated words, and the usual hallucinated credit line at the very end.
"""
import pathlib
import random

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2025-06-19_clsm-deux-marais_reunion-elus-role-du-maire-whisper.srt"

WPS = 2.45  # words per second

SEG = [
    "Bon, je crois qu'on peut commencer. Est-ce que le micro marche ? Oui. Bonsoir à toutes et à tous, merci d'être venus si nombreux un jeudi soir, je sais que vous avez tous des conseils municipaux, des réunions de commission, donc merci vraiment.",
    "Je suis Bernard Lefebvre, président de la communauté de communes des Deux-Marais et maire de Hautmarais, et je suis très content de vous accueillir ici dans la salle du conseil pour cette réunion d'information sur la santé mentale et sur le rôle du maire.",
    "Pourquoi cette réunion ? Parce que depuis deux ou trois ans, on est de plus en plus souvent appelés, nous les maires, pour des situations difficiles. Un voisin qui crie toute la nuit, une personne âgée qui ne sort plus de chez elle et dont la maison est dans un état, je vous passe les détails. Et parfois, une personne en crise qui met en danger les autres ou elle-même.",
    "Et on est souvent démunis, on ne sait pas ce qu'on a le droit de faire, ce qu'on doit faire, qui appeler. Donc ce soir, on a voulu vous donner des repères très concrets avec la coordinatrice de notre conseil local de santé mentale et avec le docteur Desmet de l'EPSM. Je leur laisse la parole.",
    "Merci monsieur le président. Bonsoir à tous. Je suis Mathilde Caron, je suis la coordinatrice du conseil local de santé mentale des Deux-Marais, le CLSM, depuis sa création en 2020. Je vais vous présenter rapidement ce qu'est le CLSM, parce que je sais que pour beaucoup d'entre vous c'est encore un peu flou, et c'est normal.",
    "Le CLSM, c'est un espace de concertation entre les élus, la psychiatrie publique, les usagers, les familles et tous les acteurs du territoire, les bailleurs, les services sociaux, la gendarmerie, les associations. Il couvre les 23 communes de la communauté de communes, c'est-à-dire à peu près 41 000 habitants.",
    "Il est présidé par le président de la communauté de communes, et le vice-président c'est le docteur Desmet, qui représente la psychiatrie. Et concrètement, le CLSM, ça sert à trois choses. La première, c'est de travailler ensemble sur des situations individuelles complexes. La deuxième, c'est de mener des actions de prévention et de déstigmatisation. Et la troisième, c'est d'améliorer l'accès aux soins et le parcours des personnes.",
    "Pour les situations individuelles, on a ce qu'on appelle la RESAD, la réunion d'évaluation des situations d'adultes en difficulté. C'est une réunion mensuelle, confidentielle, où on examine avec les professionnels concernés les situations qui nous sont signalées, notamment par vous, les mairies. Et je vous le dis tout de suite, c'est l'outil que je vous conseille en premier quand il n'y a pas d'urgence.",
    "Pour vous donner un ordre d'idée, en 2024 la RESAD a examiné 36 situations, contre 28 en 2023. Et sur ces 36 situations, 15 avaient été signalées par une mairie. Donc vous êtes vraiment les premiers à nous alerter, ce qui montre bien que vous êtes en première ligne.",
    "Comment on saisit la RESAD ? C'est très simple. Vous m'appelez ou vous m'envoyez un mail, je vous envoie une fiche de signalement, vous la remplissez avec ce que vous savez, sans porter de diagnostic bien sûr, et on la met à l'ordre du jour de la réunion suivante. La RESAD se réunit le premier mardi de chaque mois, à la maison de santé de Hautmarais.",
    "Voilà pour le CLSM. Maintenant je laisse la parole au docteur Desmet pour la partie la plus technique, qui est celle qui vous inquiète le plus je pense, les soins sans consentement.",
    "Merci Mathilde. Bonsoir. Patrick Desmet, je suis psychiatre, chef du pôle de psychiatrie adulte à l'EPSM des Flandres-Marais, l'établissement public de santé mentale, qui couvre votre territoire. Alors je vais essayer de ne pas être trop juridique mais il y a quand même quelques notions à connaître.",
    "En France, le principe, c'est le soin libre. Une personne qui a des troubles psychiques se soigne comme tout le monde, avec son accord. Et c'est seulement par exception qu'on peut la soigner sans son consentement. Il y a trois grandes modalités de soins sans consentement et il faut bien les distinguer.",
    "La première, c'est les soins à la demande d'un tiers, on dit SDT. C'est un membre de la famille ou un proche qui fait la demande, avec deux certificats médicaux. La deuxième, c'est les soins en cas de péril imminent, le SPI, quand il n'y a pas de tiers et qu'il y a un danger immédiat pour la santé de la personne, avec un seul certificat médical.",
    "Et la troisième, celle qui vous concerne directement, c'est les soins sur décision du représentant de l'État, les SDRE, qu'on appelle aussi parfois SPDRE, soins psychiatriques sur décision du représentant de l'État. C'est le préfet qui décide, quand les troubles mentaux compromettent la sûreté des personnes ou portent atteinte de façon grave à l'ordre public.",
    "Et le maire dans tout ça ? Le maire a un pouvoir particulier, c'est la mesure provisoire. C'est l'article L. 3213-2 du code de la santé publique. En cas de danger imminent pour la sûreté des personnes, attesté par un avis médical, le maire peut prendre un arrêté de mesure provisoire pour faire hospitaliser la personne. Et à Paris, c'est les commissaires de police, mais ça ne vous concerne pas.",
    "Attention, il y a deux conditions cumulatives. Un danger imminent pour la sûreté des personnes, pas simplement une personne bizarre ou qui dérange, un vrai danger. Et un avis médical, un certificat d'un médecin qui a vu la personne, qui ne peut pas être un psychiatre de l'établissement d'accueil d'ailleurs. Sans avis médical, pas de mesure provisoire.",
    "Ensuite, le maire doit en référer dans les 24 heures au préfet, qui statue. Et si le préfet ne prend pas d'arrêté, la mesure provisoire devient caduque au bout de 48 heures. Donc 24 heures pour transmettre au préfet, 48 heures au maximum pour la durée de la mesure provisoire. Ce sont deux chiffres à retenir.",
    "Alors je vous donne les chiffres, parce que je sais que vous aimez bien les chiffres. Sur le territoire des Deux-Marais, en 2023, il y a eu 11 mesures provisoires prises par des maires, dont 6 à Hautmarais. En 2024, il y en a eu 17, dont 9 à Hautmarais. Donc ça augmente, et ça concerne aussi des petites communes, puisque 8 mesures en 2024 ont été prises hors de Hautmarais.",
    "Et sur ces 17 mesures de 2024, le préfet a pris un arrêté d'admission en soins dans 14 cas. Dans les 3 autres cas la mesure est tombée, soit parce que la personne a finalement accepté les soins libres, soit parce que le psychiatre a estimé que les conditions n'étaient pas réunies.",
    "Ce qui pose problème, et je le dis franchement, c'est la qualité des arrêtés. Beaucoup d'arrêtés sont mal motivés. Il faut décrire les faits précisément, le comportement de la personne, en quoi il y a danger, joindre l'avis médical. Parce que derrière il y a le contrôle du juge, le juge des libertés, euh, maintenant c'est le magistrat du siège, qui contrôle toutes les hospitalisations sans consentement au bout de 12 jours. Et si l'arrêté est mal rédigé, la procédure peut être annulée.",
    "C'est pour ça qu'avec Mathilde on a préparé une fiche réflexe et un modèle d'arrêté, que vous trouverez dans la pochette qu'on vous a remise à l'entrée. Mathilde, tu veux présenter la fiche ?",
    "Oui. Alors la fiche réflexe, elle tient sur une page recto verso. Elle décrit la conduite à tenir en 6 étapes. Première étape, sécuriser la situation : vous appelez le 17 ou la gendarmerie, et le 15 si la personne est blessée ou en danger médical. Vous ne vous déplacez jamais seul au domicile d'une personne en crise.",
    "Deuxième étape, obtenir l'avis médical : le médecin traitant, le médecin de garde, ou le médecin du SMUR s'il est sur place. Troisième étape, prendre l'arrêté de mesure provisoire, motivé, avec le modèle qui est dans la pochette. Quatrième étape, transmettre l'arrêté et l'avis médical à la préfecture, au bureau des soins sans consentement, dans les 24 heures, par mail à l'adresse qui figure sur la fiche.",
    "Cinquième étape, informer la famille de la personne, si vous la connaissez, et c'est souvent le cas dans les petites communes. Et sixième étape, prévenir le CLSM, donc moi, dans les jours qui suivent, pour qu'on prépare la suite, parce que la personne va sortir de l'hôpital un jour et qu'il faut anticiper le retour à domicile. C'est là que la RESAD peut être utile.",
    "Voilà. Et je rappelle que la fiche réflexe ne remplace pas le bon sens. Si vous avez un doute, vous appelez. Le docteur Desmet a accepté que l'EPSM mette en place une ligne d'appui pour les maires, c'est nouveau depuis le 1er mai, en semaine de 9 heures à 17 heures, vous avez le numéro sur la fiche. Et en dehors de ces horaires, c'est le 15.",
    "Merci. Est-ce que vous avez des questions ? Oui, monsieur, au fond. Attendez, on vous apporte le micro.",
    "Oui, bonsoir, je suis maire de Saint-Rémy-du-Marais, on est 480 habitants, je suis tout seul, je n'ai pas de police municipale, pas de secrétaire le soir. Concrètement, si j'ai un problème à 2 heures du matin un samedi, je fais quoi ? Parce que le médecin de garde, chez nous, il est à 40 kilomètres.",
    "C'est la vraie question, et je vous remercie de la poser. La nuit et le week-end, vous appelez le 15. C'est le médecin régulateur du SAMU qui va décider s'il envoie une équipe, et c'est souvent le médecin du SMUR qui fera l'avis médical. Et en parallèle vous appelez la gendarmerie, le 17, pour la sécurité. Vous n'êtes pas seul, vous ne devez pas gérer ça seul. Et l'arrêté, vous pouvez le rédiger après, mais dans le délai, avec le modèle.",
    "Et je rajoute que la gendarmerie a participé à l'élaboration de la fiche, le commandant de la compagnie était d'accord avec toutes les étapes. Donc vous pouvez vous appuyer sur eux.",
    "Merci. Une autre question ? Madame, oui.",
    "Bonsoir, adjointe aux affaires sociales à Marchiennes-le-Vieux. Moi, ma question, c'est plutôt pour les situations où il n'y a pas de danger. On a un monsieur, tout le village le connaît, il parle tout seul, il crie la nuit parfois, les voisins se plaignent, ils viennent en mairie. Mais il n'est pas dangereux. Qu'est-ce qu'on peut faire ? Parce que là, la mesure provisoire, ce n'est pas possible si je comprends bien.",
    "Non, effectivement, ce n'est pas possible, et ce n'est pas souhaitable d'ailleurs. S'il n'y a pas de danger imminent, on n'est pas dans la contrainte. Et c'est exactement le type de situation pour la RESAD. Vous nous faites un signalement, on regarde s'il est connu du CMP, s'il a un médecin traitant, une mesure de protection, une famille, et on essaie de trouver quelqu'un qui peut aller vers lui. Souvent, c'est l'infirmier du CMP qui fait une visite à domicile.",
    "Et pour les voisins, n'hésitez pas à nous solliciter aussi. On peut organiser une médiation, expliquer, sans trahir le secret médical évidemment. Parfois les voisins ont surtout peur parce qu'ils ne comprennent pas, et quand on leur explique qu'il y a quelqu'un qui s'occupe de la situation, ça se calme.",
    "Une question sur le coût. Qui paie l'ambulance quand on fait hospitaliser quelqu'un ? Parce qu'on m'a dit que c'était la commune.",
    "Alors non, c'est une idée reçue. Le transport vers l'établissement dans le cadre des soins sans consentement est pris en charge par l'établissement d'accueil, et ensuite par l'assurance maladie, ce n'est pas à la commune de payer. Si on vous envoie une facture, envoyez-la moi, on regardera.",
    "Une question sur les formations. Est-ce qu'il y a des formations pour les élus ? Parce que là c'est très intéressant mais en une soirée on ne peut pas tout retenir.",
    "Oui, très bonne question. Alors on organise une formation aux premiers secours en santé mentale, les PSSM, spécialement pour les élus et les secrétaires de mairie. C'est 2 jours, les 3 et 10 octobre 2025, ici, à la salle des fêtes de Hautmarais. Il y a 12 places. La formation est gratuite, elle est financée par le CLSM. Il faut s'inscrire avant le 15 septembre auprès de moi. Les premiers inscrits seront les premiers servis.",
    "Et les PSSM c'est quoi exactement ? C'est pour soigner ?",
    "Non, non, pas du tout. C'est comme les premiers secours classiques, mais pour la santé mentale. On apprend à repérer les signes, à engager la conversation avec une personne qui ne va pas bien, à l'écouter sans jugement, et à l'orienter vers les bonnes ressources. On n'apprend pas à soigner ni à faire un diagnostic. Et on apprend aussi quoi faire en cas de crise, notamment en cas de crise suicidaire.",
    "Et à ce propos, je voudrais rappeler un numéro à tous, c'est le 3114, le numéro national de prévention du suicide. C'est gratuit, 24 heures sur 24, 7 jours sur 7, et vous pouvez l'appeler pour vous-même, pour un proche, ou en tant que maire si vous êtes inquiet pour un administré. Ce sont des infirmiers et des psychologues formés qui répondent.",
    "Autre question ? Oui, monsieur le maire.",
    "Oui, une question un peu, euh, un peu différente. On parle beaucoup des personnes en crise, mais on a aussi des personnes qui sortent de l'hôpital et qui reviennent dans la commune sans que personne ne soit prévenu. Et après, on se retrouve avec des situations qui se dégradent. Est-ce qu'il y a quelque chose de prévu ?",
    "Vous avez complètement raison, c'est un point faible. Le secret médical fait qu'on ne peut pas prévenir systématiquement la mairie de la sortie d'un patient, ce n'est pas possible. Par contre, quand le maire a pris une mesure provisoire, la loi prévoit que le maire est informé de la levée de la mesure de soins. Et puis, surtout, on travaille sur les sorties avec le CMP. Depuis janvier, on a une infirmière de liaison qui prépare les sorties des patients qui ont été hospitalisés sous contrainte, et qui peut, avec l'accord du patient, prendre contact avec le CCAS.",
    "Et c'est aussi une des priorités du projet territorial de santé mentale du département, le PTSM, qui a été renouvelé cette année pour la période 2025-2030. Il y a une fiche action sur les sorties d'hospitalisation et le lien avec les communes.",
    "Bon, je crois qu'on a une dernière question, oui madame, rapidement.",
    "Merci. Je voulais savoir si le CLSM pouvait venir présenter tout ça en conseil municipal, parce que mes collègues ne sont pas tous là ce soir.",
    "Bien sûr, avec plaisir. Je me déplace dans les conseils municipaux, il suffit de m'appeler. J'en ai déjà fait 9 depuis le début de l'année. Et je vous enverrai aussi le diaporama de ce soir avec la fiche réflexe et le modèle d'arrêté en version modifiable, par mail, d'ici la fin de la semaine prochaine.",
    "Bien, merci à tous, merci au docteur Desmet, merci à Mathilde. Je crois que c'était très utile. Je vous propose de continuer la discussion autour du pot de l'amitié qui vous attend au fond de la salle. Et n'oubliez pas de vous inscrire aux formations. Bonne soirée à tous.",
    "Merci.",
    "Sous-titres réalisés par la communauté d'Amara.org",
]


def ts(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t % 60
    ms = int(round((s - int(s)) * 1000))
    return f"{h:02d}:{m:02d}:{int(s):02d},{ms:03d}"


def split_long(segs):
    """Whisper never emits a segment longer than its 30-second window: cut at a sentence end."""
    out = []
    for seg in segs:
        if len(seg.split()) / WPS <= 29:
            out.append(seg)
            continue
        parts = seg.replace(". ", ".|").replace("? ", "?|").split("|")
        cur = ""
        for p in parts:
            if cur and len((cur + " " + p).split()) / WPS > 29 * 0.62:
                out.append(cur)
                cur = p
            else:
                cur = (cur + " " + p).strip()
        out.append(cur)
    return out


def main():
    rnd = random.Random(19)
    segs = split_long(SEG)
    out = []
    t = 2.16
    for i, seg in enumerate(segs, 1):
        n = len(seg.split())
        d = n / WPS
        if seg.startswith("Sous-titres"):
            t += 1.0
            d = 3.0
        out += [str(i), f"{ts(t)} --> {ts(t + d)}", " " + seg, ""]
        # pauses: longer when the floor changes (a question from the room, a new speaker)
        gap = rnd.uniform(0.2, 1.4)
        if seg.endswith("?") or "micro" in seg or "laisse la parole" in seg:
            gap += rnd.uniform(3, 8)
        t += d + gap
    OUT.write_text("\n".join(out), encoding="utf-8")
    words = sum(len(x.split()) for x in SEG)
    print(OUT.name, f"{t / 60:.1f} min", words, "words", len(segs), "cues", OUT.stat().st_size // 1024, "KB")


if __name__ == "__main__":
    main()
