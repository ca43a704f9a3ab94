# -*- coding: utf-8 -*-
"""Génère la transcription WebVTT du webinaire « Les jeudis du CLSM » du 12 mars 2026 (CLSM de Valmoreuil) :
« Pair-aidance et réhabilitation psychosociale : des parcours pour se rétablir à Valmoreuil ».

Mise en forme imitant l'export d'un outil de visioconférence : en-tête WEBVTT, identifiant de repère de la forme
« <guid>/<n>-<k> », horodatage hh:mm:ss.mmm, chaque repère balisé <v Prénom Nom>…</v> ; repères de 1 à 7 secondes
environ découpés aux pauses ; quatre orateurs (Claire Lemonnier, Antoine Delaunay, Sonia Lecarpentier, Karine
Osmont) ; oral retranscrit avec hésitations (euh, ben, bon), reprises, nombres tantôt en lettres tantôt en chiffres ;
questions du chat lues par l'animatrice ; une réponse longue sur plusieurs repères ; silences sans repère.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-03-12_clsm-valmoreuil_webinaire-pair-aidance-transcription.vtt")

C, A, S, K = "Claire Lemonnier", "Antoine Delaunay", "Sonia Lecarpentier", "Karine Osmont"

# (orateur, texte) ; « || » force une coupure de repère ; « ## n » = silence de n secondes sans repère
TURNS = [
    (C, "Bon, euh... je crois qu'on peut commencer. || Bonjour à toutes et à tous, et bienvenue à ce nouveau jeudi "
        "du CLSM. || Je vois que les gens continuent d'arriver, on est... attendez, je regarde... || on est "
        "quatre-vingt-quatorze connectés, pour cent trente-sept inscrits, donc c'est très bien. || "
        "Je suis Claire Lemonnier, je coordonne le conseil local de santé mentale de Valmoreuil. || "
        "Aujourd'hui on parle de pair-aidance et de réhabilitation psychosociale. || "
        "Quelques petites règles : les micros sont coupés, vous posez vos questions dans le chat, || "
        "et moi je les relaie aux intervenants à la fin de chaque partie. || "
        "Le webinaire est enregistré, la rediffusion et le diaporama seront en ligne sur le site du CLSM d'ici "
        "une semaine. || "
        "Alors, j'ai avec moi trois intervenants. Le docteur Antoine Delaunay, psychiatre, || "
        "qui est responsable du centre de réhabilitation psychosociale du Bois-Guérin, le CRPS. || "
        "Sonia Lecarpentier, médiatrice de santé pair au CRPS. || "
        "Et Karine Osmont, qui est conseillère en emploi accompagné à l'association Trajectoires Normandie. || "
        "Antoine, je te laisse la parole."),
    (A, "Merci Claire. Bonjour à tous. ## 1.5 Alors, euh, avant de parler chiffres, || "
        "je voudrais juste redire deux mots sur ce qu'on entend par réhabilitation psychosociale, || "
        "parce que le mot fait un peu peur, hein, on pense à... à la rééducation, un peu comme après une "
        "fracture. || "
        "En fait l'idée c'est de partir de ce que la personne veut, elle, pour sa vie : || "
        "un logement, un travail, reprendre des études, renouer avec sa famille, || "
        "et de l'aider à développer ou à retrouver les compétences pour y arriver. || "
        "Le soin, les médicaments, c'est important, mais c'est pas le but en soi. || "
        "Le but c'est le rétablissement, c'est-à-dire mener une vie satisfaisante, avec ou sans symptômes "
        "d'ailleurs. || "
        "Le CRPS a ouvert en janvier 2019, on est installés rue des Charmilles, derrière la gare. || "
        "L'an dernier, en 2025, on a eu trois cent douze personnes en file active. || "
        "C'était deux cent soixante-quatorze en 2024, donc ça continue de monter, à peu près plus quatorze pour "
        "cent. || "
        "Et, euh, la bonne nouvelle, c'est qu'on a réduit le délai d'attente. || "
        "Le délai entre la demande et le premier bilan, il était de onze semaines en 2024, || "
        "et on est à sept semaines en moyenne en 2025. || "
        "L'objectif pour cette année c'est cinq semaines. Bon. On verra. [rires] || "
        "Comment ça se passe concrètement ? La demande est faite par le psychiatre ou le médecin traitant, || "
        "avec une fiche de liaison. Ensuite il y a un entretien d'accueil, souvent avec Sonia d'ailleurs, || "
        "puis un bilan d'évaluation en trois séances : on regarde la cognition, l'autonomie au quotidien, || "
        "les habiletés sociales, et surtout, surtout, les projets de la personne. || "
        "On fait une restitution, et on construit ensemble le plan de suivi individualisé, ce qu'on appelle le "
        "PSI. || "
        "Et là on propose des programmes : remédiation cognitive, éducation thérapeutique, || "
        "entraînement aux habiletés sociales, et un programme pour les proches, pour les familles. || "
        "Le suivi dure en moyenne un an, un an et demi, || "
        "puis on passe le relais au CMP et aux partenaires : le GEM, le clubhouse, l'emploi accompagné."),
    (C, "Merci Antoine. J'ai déjà une question dans le chat, de Mathieu, qui est infirmier en CMP : || "
        "« Est-ce qu'il faut être stabilisé pour être adressé au CRPS ? »"),
    (A, "Alors, euh, oui et non. Il faut que la personne ne soit pas en pleine crise, c'est sûr, || "
        "on n'est pas un service d'urgence. || "
        "Mais on n'attend pas qu'elle soit, entre guillemets, parfaitement stabilisée, ça ne veut pas dire "
        "grand-chose. || "
        "Ce qui compte, c'est qu'elle ait envie de venir et qu'elle ait un projet, même petit. || "
        "Et il faut un suivi psychiatrique en parallèle, ça oui, c'est une condition."),
    (C, "Très bien. Sonia, à toi."),
    (S, "Oui, bonjour. ## 1.2 Alors moi je suis médiatrice de santé pair, ça fait presque trois ans. || "
        "J'ai été recrutée le 3 avril 2023, j'étais la première au Bois-Guérin. || "
        "Médiatrice de santé pair, ça veut dire que... que j'ai moi-même vécu des troubles psychiques, || "
        "j'ai été hospitalisée plusieurs fois quand j'avais une vingtaine d'années, et que je me suis "
        "rétablie. || "
        "Et ce savoir-là, le savoir expérientiel comme on dit, je l'ai travaillé pendant ma formation, || "
        "j'ai fait la licence de médiateur de santé pair, et maintenant je le mets au service des personnes. || "
        "Je ne suis pas là pour raconter ma vie, hein. Je choisis ce que je partage, || "
        "et quand je le partage, c'est parce que ça peut servir à la personne. || "
        "Souvent les gens me disent : « Ah mais vous, vous savez ce que c'est. » Et ça, ça change tout. || "
        "Ça donne de l'espoir, tout simplement. ## 1.4 "
        "Concrètement, qu'est-ce que je fais ? Je fais des entretiens individuels, || "
        "j'accompagne des gens dans leurs démarches, à la CAF, à la banque, à la MDPH... || "
        "La semaine dernière j'ai accompagné un monsieur à la banque, il n'y avait pas mis les pieds depuis "
        "six ans. || "
        "Il avait peur, vraiment peur. Et on y est allés ensemble, et il est ressorti avec sa carte. || "
        "Je coanime aussi des groupes, par exemple le groupe « Parlons rétablissement », le lundi après-midi au "
        "CRPS. || "
        "Et je participe aux réunions d'équipe, là où je porte un peu, euh, le point de vue des usagers. || "
        "Depuis septembre 2024 on est deux, avec Yannick Tessier, qui est au CMP des Hauts-de-Valmoreuil. || "
        "À nous deux on a accompagné cent cinquante-huit personnes l'an dernier. || "
        "Et Yannick, lui, il voit beaucoup de gens des quartiers, ce qui est... ce qui est vraiment une bonne "
        "chose, || "
        "parce que ce sont des personnes qui venaient peu vers le soin."),
    (C, "Merci Sonia. Il y a deux questions pour toi dans le chat. || "
        "La première : « Est-ce que la médiatrice de santé pair a accès au dossier médical ? »"),
    (S, "Oui. Alors oui, j'ai accès au dossier patient, en lecture, depuis juin 2024, comme les autres "
        "soignants de l'équipe. || "
        "Et je suis tenue au secret professionnel, exactement comme eux. || "
        "Au début ça a fait débat, hein, je ne vais pas vous mentir. Mais aujourd'hui c'est acquis."),
    (C, "Et la deuxième, sur la supervision : « Comment vous êtes soutenues, vous, dans ce travail ? »"),
    (S, "Alors, on a une analyse de pratiques une fois par mois, depuis janvier 2025, || "
        "avec une psychologue extérieure à l'hôpital. || "
        "Et on participe aussi à une intervision avec d'autres médiateurs de la région, quatre fois par an. || "
        "C'est important parce que... parce que c'est un métier où on est très exposé, émotionnellement. || "
        "Il faut prendre soin de soi, sinon ça ne marche pas."),
    (C, "Merci beaucoup. Avant de passer à l'emploi, je dis juste un mot des lieux d'entraide, || "
        "parce que les équipes du GEM et du clubhouse ne pouvaient pas être là aujourd'hui. || "
        "Le GEM Le Phare, c'est quatre-vingt-onze adhérents fin 2025, || "
        "et j'ai eu Julie Bréard ce matin au téléphone : ils sont à quatre-vingt-seize aujourd'hui. || "
        "Depuis octobre il y a une antenne à La Brèche, au centre social Le Trait d'Union, le mardi et le jeudi "
        "après-midi. || "
        "Et le clubhouse La Fabrique, rue du Moulin-Foulon, c'est quatre-vingt-six membres, || "
        "avec en moyenne vingt et un membres présents chaque jour. || "
        "Le clubhouse a proposé sept emplois de transition l'an dernier. || Karine, c'est à toi."),
    (K, "Merci Claire, bonjour à tous. ## 1.0 Alors l'emploi accompagné, c'est un dispositif qui existe depuis "
        "la loi de 2016, || "
        "et qui permet à une personne en situation de handicap d'avoir un accompagnement dans la durée, || "
        "à la fois pour trouver un emploi en milieu ordinaire et pour s'y maintenir. || "
        "Et il y a aussi un appui à l'employeur, ça, c'est très important. || "
        "Chez Trajectoires on est trois conseillers sur Risle-et-Vère, on dit parfois job coach, || "
        "et chacun suit au maximum dix-huit personnes. || "
        "Notre méthode, c'est « d'abord placer, ensuite former ». || "
        "C'est-à-dire qu'on ne fait pas des mois et des mois de préparation, || "
        "on cherche assez vite un emploi qui correspond à ce que la personne veut, et on l'accompagne dans le "
        "poste. || "
        "En chiffres : en 2025, on a accompagné quarante-six personnes du territoire de Valmoreuil, || "
        "et vingt-neuf étaient en emploi au 31 décembre, donc à peu près soixante-trois pour cent. || "
        "En 2024 c'était vingt et un sur trente-huit. || "
        "Les emplois, c'est très varié : de la logistique, de la restauration, des espaces verts, || "
        "un peu d'administratif, et même une personne en bibliothèque. || "
        "La plupart du temps c'est du temps partiel au début, vingt heures, vingt-quatre heures par semaine, || "
        "et puis ça évolue. ## 1.3 "
        "Et une nouveauté : depuis le 7 janvier, on tient une permanence dans le quartier des "
        "Hauts-de-Valmoreuil, || "
        "le mercredi matin, de neuf heures à midi, à l'espace Simone-Veil. C'est sans rendez-vous. || "
        "C'est financé par la Ville dans le cadre de la convention qu'on a signée en novembre avec le CLSM et "
        "les partenaires."),
    (C, "Merci Karine. Alors il y a une question qui revient plusieurs fois dans le chat, je la lis : || "
        "« Est-ce qu'il faut obligatoirement avoir la RQTH pour entrer dans l'emploi accompagné ? || "
        "Mon fils n'a pas encore fait les démarches. »"),
    (K, "Oui, alors c'est une très bonne question, et c'est, euh... c'est la question qu'on nous pose le plus. || "
        "La réponse courte, c'est oui. || "
        "Il faut une reconnaissance de la qualité de travailleur handicapé, la RQTH, || "
        "et surtout une décision d'orientation vers l'emploi accompagné, || "
        "qui est prise par la CDAPH, la commission des droits et de l'autonomie, à la MDPH. || "
        "Mais, et c'est ça que je veux dire à la maman de ce jeune homme, ça ne doit pas bloquer. || "
        "On peut se rencontrer avant. On fait un premier entretien, || "
        "on l'aide à remplir le dossier MDPH, avec le formulaire et le certificat médical, || "
        "et en ce moment, à la MDPH de Risle-et-Vère, le délai est d'environ quatre mois. || "
        "Pendant ce temps-là, il peut venir au clubhouse ou au GEM, il peut travailler son projet. || "
        "Et le jour où la décision arrive, on démarre tout de suite l'accompagnement, on ne repart pas de "
        "zéro. || "
        "Donc n'hésitez pas à nous appeler, au 02 99 00 58 40."),
    (C, "Super, merci. Une autre question, d'une élue, je crois : || "
        "« Quelle est la différence entre le GEM et le clubhouse ? » Antoine, tu veux répondre ?"),
    (A, "Euh, je vais essayer, mais c'est plutôt à eux de le dire. [rires] || "
        "Le GEM, c'est une association d'usagers : ce sont les adhérents qui décident, qui gèrent, || "
        "avec des animateurs salariés. C'est un lieu d'entraide et de lien social, on y vient quand on veut. || "
        "Le clubhouse, c'est un modèle international, où les membres et les salariés travaillent côte à côte || "
        "pour faire tourner le lieu, avec une journée de travail structurée, || "
        "et tout est orienté vers le retour à l'emploi et aux études. || "
        "Les deux sont complémentaires, et il y a des gens qui vont aux deux, d'ailleurs."),
    (C, "Merci. On arrive à la dernière partie : ce qui marche, ce qui coince. Sonia ?"),
    (S, "Ce qui coince, euh... ## 1.5 Je dirais la reconnaissance du métier. || "
        "On est encore souvent vus comme des... comme des patients qui travaillent, pas comme des collègues. || "
        "Ça a beaucoup changé en trois ans, mais ça reste. || "
        "Et puis on n'est que deux, pour tout le pôle de psychiatrie adulte. || "
        "L'évaluation qui a été faite par le cabinet Ardoise recommande de créer un troisième poste, au CMP de "
        "La Brèche, || "
        "et on espère vraiment que ça va se faire."),
    (A, "Et de mon côté, ce qui coince, c'est le logement. || "
        "On a des personnes qui sont prêtes, qui ont un emploi, mais qui n'ont pas de logement adapté. || "
        "C'est pour ça que le prochain jeudi du CLSM portera sur logement et santé mentale."),
    (C, "Exactement. Alors pour la feuille de route 2026, je résume ce qu'on s'est donné. || "
        "Recruter un troisième médiateur de santé pair en septembre, si le financement de l'ARS est confirmé. || "
        "Former trente professionnels au rétablissement, en deux sessions. || "
        "Ouvrir le GEM un samedi par mois à partir d'avril. || "
        "Et ramener le délai du CRPS à cinq semaines. || "
        "Et puis les Semaines d'information sur la santé mentale : || "
        "on a un forum « Se rétablir, c'est possible » le samedi 21 mars, de dix heures à dix-sept heures, à la "
        "halle aux Toiles. || "
        "Venez nombreux. ## 1.0 "
        "Le prochain jeudi du CLSM, c'est le 11 juin, à quatorze heures, sur logement et santé mentale. || "
        "Merci à Antoine, Sonia et Karine, merci à vous tous, et bonne fin de journée."),
]

GUID = "5b1e9c47-3d2a-4f8e-9a61-7c0d2e8b4f13"
MAX_WORDS = 15


def split_long(seg):
    """Découpe un segment trop long aux virgules, puis en morceaux de MAX_WORDS mots."""
    words = seg.split()
    if len(words) <= MAX_WORDS:
        return [seg]
    parts, cur = [], []
    for w in words:
        cur.append(w)
        if len(cur) >= 7 and (w.endswith(",") or w.endswith(":")) or len(cur) >= MAX_WORDS:
            parts.append(" ".join(cur))
            cur = []
    if cur:
        if len(cur) <= 3 and parts:
            parts[-1] += " " + " ".join(cur)
        else:
            parts.append(" ".join(cur))
    return parts


def ts(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t - h * 3600 - m * 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def main():
    rnd = random.Random(33)
    t = 2.84
    out = ["WEBVTT", ""]
    n = 0
    for speaker, text in TURNS:
        # silences « ## n » : découpe le texte en blocs séparés par des pauses
        chunks = re.split(r"##\s*([0-9.]+)", text)
        for ci in range(0, len(chunks), 2):
            block = chunks[ci]
            for seg in [s.strip() for s in block.split("||") if s.strip()]:
                for piece in split_long(seg):
                    nw = len(piece.split())
                    dur = max(1.2, nw / 2.65 + rnd.uniform(0.1, 0.5))
                    n += 1
                    out.append("%s/%d-0" % (GUID, n))
                    out.append("%s --> %s" % (ts(t), ts(t + dur)))
                    out.append("<v %s>%s</v>" % (speaker, piece))
                    out.append("")
                    t += dur + rnd.uniform(0.05, 0.35)
            if ci + 1 < len(chunks):
                t += float(chunks[ci + 1])
        t += rnd.uniform(0.7, 1.6)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("écrit", OUT, n, "repères, %.0f s" % t)


if __name__ == "__main__":
    main()
