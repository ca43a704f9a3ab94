"""Zoom automatic captions as WebVTT: numbered cues of 2-5 s, no speaker names, all lower case, no punctuation.
The speech is written with punctuation below, then flattened the way the caption engine outputs it."""
import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "corpus" / "2025-04-08_reseau-clsm-paca_cafe-des-coordos-formation-agents-accueil.vtt"

# one string per speaking turn; a few recognition slips are left on purpose ("pss m", "c l s m", "sel sm")
TURNS = [
    "Bon, je crois que tout le monde est là, on va pouvoir commencer. Bonjour à toutes et à tous et bienvenue à ce nouveau café des coordos du réseau des CLSM de la région Sud. Comme d'habitude, c'est un format court, une petite demi-heure au maximum : une présentation d'une dizaine de minutes et ensuite on discute. Je vous rappelle que la séance est enregistrée et que les sous-titres automatiques sont activés. Aujourd'hui on accueille Mathieu Roussel, qui coordonne le CLSM de Castelvieil et qui va nous parler de la formation des agents d'accueil. Mathieu, je te laisse la parole.",
    "Merci beaucoup. Bonjour à tous. Alors oui, je vais vous présenter un petit projet qu'on a monté à Castelvieil et qui marche plutôt bien : c'est une formation pour les agents d'accueil. Pour vous situer, Castelvieil c'est une commune de 18000 habitants dans l'arrière-pays, avec un quartier prioritaire, la Bastide-Haute, et le c l s m existe depuis 2021. Le point de départ est assez simple. Dans les réunions du CLSM, on avait tout le temps le même retour des agents d'accueil : de la mairie, du CCAS, de la maison France services, des bailleurs, de la médiathèque aussi. Ils nous disaient : on reçoit des personnes qui vont très mal, qui crient, qui pleurent, qui parlent de mourir parfois, et on ne sait pas quoi faire, on est seuls au guichet. Et certains agents étaient vraiment épuisés. Il y a eu deux arrêts maladie à l'accueil du CCAS en 2023 après des situations difficiles, et là les directions ont commencé à nous écouter.",
    "Alors au début on s'est dit : on va les envoyer en formation premiers secours en santé mentale, la PSSM, puisque c'est la formation de référence. Et on l'a fait pour une partie des agents. Mais on s'est heurtés à deux problèmes. Le premier, c'est la durée. La PSSM standard, c'est deux jours, quatorze heures, et pour un service d'accueil qui a trois agents, libérer quelqu'un deux jours, c'est très compliqué. Le deuxième problème, c'est que la pss m c'est très bien mais c'est une formation générale, pour tout citoyen, et nos agents avaient des questions très spécifiques à l'accueil : qu'est-ce que je fais quand quelqu'un menace au guichet, comment je passe le relais, à qui je téléphone, est-ce que je peux laisser la personne repartir.",
    "Donc on a construit notre propre module. Il s'appelle accueillir une personne en souffrance psychique. Il dure sept heures, en deux demi-journées séparées de trois semaines. Et c'est important, les trois semaines, parce que entre les deux les agents reviennent avec des situations vécues, et on travaille dessus. On l'a construit avec le CMP et le GEM. Le CMP, c'est une infirmière et une psychologue qui co-animent. Et le GEM, c'est deux adhérents qui viennent témoigner : ils racontent comment ils ont été accueillis, bien ou mal, dans les services publics. Et honnêtement c'est le moment le plus fort de la formation, les agents en parlent encore des mois après.",
    "Le contenu maintenant. Première demi-journée : comprendre. Les troubles psychiques les plus fréquents, sans faire de cours de psychiatrie, repérer les signes d'alerte, les idées suicidaires, et un travail sur ses propres représentations, ce qu'on imagine quand on entend le mot schizophrénie par exemple. Deuxième demi-journée : agir. Avec des mises en situation, des jeux de rôle, la posture à l'accueil, comment désamorcer une situation de tension, et surtout comment passer le relais. Et on termine par la fiche réflexe.",
    "La fiche réflexe, c'est une feuille recto verso plastifiée qu'on laisse à chaque poste d'accueil. Il y a dessus les numéros utiles : le 3114, qui est le numéro national de prévention du suicide, le 15 pour l'urgence, le numéro direct du CMP de Castelvieil et celui de la cellule du CLSM. Et au dos il y a trois questions à se poser : est-ce que la personne est en danger, est-ce que je suis en danger, à qui je passe le relais. C'est tout simple, mais les agents nous disent que c'est ce qu'ils utilisent le plus.",
    "Quelques chiffres. On a lancé la première session en février 2024. En 2024 on a formé 57 agents, sur six sessions, venant de onze structures différentes : la mairie, le CCAS, la maison France services, deux bailleurs, la médiathèque, la police municipale, la caisse d'allocations familiales, deux centres sociaux et l'office de tourisme. Pour 2025 on a déjà programmé quatre sessions, et on a une liste d'attente.",
    "Le coût. La formation est gratuite pour les structures. On a eu un financement de l'ARS dans le cadre du PTSM du département, de 6000 euros, qui paie le temps des intervenantes du CMP et un défraiement pour les adhérents du GEM. Parce que pour nous c'était non négociable : les pairs qui témoignent sont défrayés, comme n'importe quel intervenant. Les structures, elles, donnent le temps de leurs agents.",
    "Et l'évaluation. On fait un questionnaire à la fin de la formation et un autre trois mois après. Trois mois après, 82 pour cent des agents disent se sentir plus à l'aise face à une personne en crise. Et ils nous ont fait remonter 23 situations orientées vers le CMP ou vers la cellule du sel sm grâce à la fiche réflexe. Voilà, je m'arrête là, j'ai été un peu long.",
    "Merci Mathieu, c'est très clair. On a déjà des mains levées. Je donne la parole à Sandrine, qui est coordinatrice à Saint-Julien-les-Pins.",
    "Oui, bonjour, merci pour cette présentation. Moi ma question c'est : est-ce que vous n'avez pas peur que ça fasse concurrence à la PSSM ? Parce que chez nous l'ARS pousse beaucoup la PSSM, et on nous demande des chiffres de personnes formées PSSM.",
    "Non, vraiment, on le présente comme complémentaire. Pour moi la différence, c'est que la PSSM est une formation certifiante, standardisée au niveau national, deux jours, pour apprendre à aider n'importe qui dans n'importe quelle situation, au travail, dans la famille, dans la rue. Notre module c'est sept heures, c'est local, c'est centré sur le poste d'accueil et sur le réseau de Castelvieil : les agents repartent en connaissant le visage de l'infirmière du CMP. D'ailleurs on encourage ceux qui ont suivi notre module à faire ensuite la PSSM, et une dizaine l'ont fait. Donc pour l'ARS, au final, ça fait plutôt plus de personnes formées PSSM que moins.",
    "D'accord, merci.",
    "Karine, tu voulais poser une question aussi ?",
    "Oui, bonjour à tous, Karine, du CLSM intercommunal du Haut-Verdon. Est-ce que vous avez formalisé quelque chose pour que d'autres puissent reprendre le module ? Un kit, un déroulé ? Parce que chez nous on a exactement le même problème avec les secrétaires de mairie dans les petites communes.",
    "Oui, on a fait un livret de l'animateur, avec le déroulé minute par minute, les jeux de rôle et le modèle de fiche réflexe. On peut tout à fait le partager, je le mettrai dans l'espace partagé du réseau après le café. La seule chose que je demande, c'est de l'adapter : mettre vos numéros, vos partenaires, et surtout garder le témoignage des pairs du GEM, parce que sans ça ce n'est plus la même formation.",
    "Merci. Il y a une question dans le chat, de Julie, qui travaille au CCAS d'Aubagnac : est-ce que les agents de la police municipale ont vraiment suivi la même formation que les autres, et est-ce que ça n'a pas posé de problème ?",
    "Oui, ils l'ont suivie, deux policiers municipaux en 2024. On a hésité, je ne vais pas vous mentir. Certains adhérents du GEM avaient des appréhensions, des souvenirs d'interpellations qui s'étaient mal passées. On en a parlé avec eux avant, longuement, et ils ont accepté de venir. Finalement ça a été une des sessions les plus riches. Les deux policiers ont dit qu'ils n'avaient jamais eu de formation sur ce sujet en quinze ans de carrière. Mais on a fait attention à une chose : les sessions mélangent toujours les structures, il n'y a jamais une session réservée à la police, pour que chacun voie le métier des autres.",
    "Et une autre question du chat, de Paul : est-ce que vous avez eu des crédits de la politique de la ville, puisque vous avez un quartier prioritaire ?",
    "Pas pour la première année. Pour 2025, on a déposé une demande dans le cadre du contrat de ville pour former les agents des structures de la Bastide-Haute : le centre social, l'épicerie solidaire, les gardiens du bailleur et les adultes relais. On attend la réponse, c'est une demande de 3500 euros à peu près. Et on voudrait ajouter une troisième demi-journée consacrée aux jeunes, parce que les agents de la maison France services voient arriver de plus en plus de jeunes en détresse, souvent pour des démarches d'emploi ou de logement, et ils ne savent pas vers qui les orienter.",
    "Tu peux dire un mot de la posture, justement ? Concrètement, qu'est-ce que vous apprenez aux agents ?",
    "Trois choses, en gros. D'abord ralentir : parler plus lentement, proposer de s'asseoir, un verre d'eau, un endroit un peu à l'écart si c'est possible. Ensuite, poser la question directement. Si on pense que la personne a des idées suicidaires, on lui demande, avec des mots simples : est-ce que vous pensez au suicide ? Beaucoup d'agents avaient peur de lui donner l'idée. On leur explique que non, poser la question ne pousse pas au passage à l'acte, au contraire ça soulage souvent la personne. Et enfin, ne jamais rester seul : on prévient un collègue, et on appelle le relais prévu sur la fiche réflexe.",
    "Très bien. Il nous reste quelques minutes. Une dernière question de mon côté, Mathieu : comment vous avez convaincu les directions de libérer les agents ? Parce que c'est souvent là que ça bloque.",
    "Alors ça, c'est le nerf de la guerre. Ce qui a marché, c'est de passer par le comité de pilotage du CLSM, où il y a les élus et les directeurs. Le maire a envoyé un courrier à toutes les structures pour présenter la formation. Et on a fait les sessions le matin, de 8h30 à 12h, parce que beaucoup de services n'ouvrent au public que l'après-midi. Et puis les deux arrêts maladie de 2023 ont fait réfléchir tout le monde, il faut le dire.",
    "Merci beaucoup Mathieu, merci à tous. Le prochain café des coordos aura lieu le 13 mai, et il portera sur l'organisation des SISM dans les petites communes. Le livret de Mathieu sera dans l'espace partagé d'ici la fin de la semaine. Bonne journée à toutes et à tous.",
]


def flatten(text: str) -> list[str]:
    t = text.lower()
    t = t.replace("’", "'")
    t = re.sub(r"(?<=\w)-(?=\w)", " ", t)          # the engine writes compounds apart
    t = re.sub(r"[.,;:!?«»()\"]", " ", t)
    return t.split()


def ts(x: float) -> str:
    h, r = divmod(x, 3600)
    m, s = divmod(r, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


def build():
    rng = random.Random(7)
    cues = []  # (start, end, text)
    t = 1.2
    for turn in TURNS:
        words = flatten(turn)
        i = 0
        while i < len(words):
            k = rng.randint(5, 11)
            chunk = words[i:i + k]
            i += k
            dur = min(5.0, max(2.0, len(chunk) * 0.44 + rng.uniform(-0.2, 0.3)))
            cues.append((t, t + dur, " ".join(chunk)))
            t += dur + rng.uniform(0.0, 0.25)
        t += rng.uniform(0.8, 1.8)
    return cues


def main():
    cues = build()
    lines = ["WEBVTT", ""]
    for n, (a, b, txt) in enumerate(cues, 1):
        lines += [str(n), f"{ts(a)} --> {ts(b)}", txt, ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    words = sum(len(c[2].split()) for c in cues)
    print(OUT.name, len(cues), "cues", words, "words", f"ends at {cues[-1][1]:.0f} s")


if __name__ == "__main__":
    main()
