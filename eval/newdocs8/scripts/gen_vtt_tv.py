"""Doc 7: WebVTT subtitles of a local TV health magazine: two speakers, each new turn starting
with "- ", some cues holding two speakers ("- Bonsoir docteur." / "- Bonsoir."), punctuated."""
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2026-01-22_antenne-val-de-sarre_parlons-sante-ou-s-adresser.vtt"

J, M = "J", "M"
TURNS = [
    (J, "Bonsoir à tous et bienvenue dans « Parlons santé », le magazine santé d'Antenne Val-de-Sarre."),
    (J, "Ce soir, nous parlons de santé mentale : où s'adresser quand on va mal, à Sarreval et dans les environs ?"),
    (J, "Mon invitée est psychiatre, cheffe du pôle de psychiatrie adulte du centre hospitalier de Sarreval : le docteur Élodie Marchetti."),
    (J, "Bonsoir docteur."),
    (M, "Bonsoir."),
    (J, "Merci d'être avec nous. Première question : une personne sur cinq sera touchée un jour par un trouble psychique, c'est bien ça ?"),
    (M, "Oui, c'est le chiffre qu'on cite habituellement. Une personne sur cinq au cours de sa vie. Ça veut dire que chacun, dans sa famille, à son travail, dans son immeuble, connaît quelqu'un qui est concerné. Et pourtant on en parle encore très peu, parce que la honte reste forte."),
    (J, "Alors concrètement, quelqu'un nous regarde ce soir, il ne dort plus, il n'a plus envie de rien depuis des semaines. Qui doit-il aller voir en premier ?"),
    (M, "Le premier interlocuteur, c'est le médecin généraliste. C'est lui qui connaît la personne, qui peut faire un premier bilan, prescrire si besoin et orienter. Mais on peut aussi s'adresser directement au CMP, le centre médico-psychologique, sans passer par son médecin."),
    (J, "Justement, le CMP, beaucoup de gens ne savent pas ce que c'est."),
    (M, "Le CMP, c'est la porte d'entrée de la psychiatrie publique. C'est un lieu de consultation, pas un hôpital : on vient pour un rendez-vous et on repart chez soi. On y trouve des psychiatres, des psychologues, des infirmiers, des assistantes sociales. Et surtout, c'est gratuit : les consultations sont prises en charge à cent pour cent, sans avance de frais."),
    (J, "Gratuit, même sans mutuelle ?"),
    (M, "Même sans mutuelle."),
    (M, "Il faut simplement habiter le secteur, puisque chaque CMP couvre un territoire. À Sarreval, le CMP adultes est situé 14 rue des Tanneurs. Il est ouvert du lundi au vendredi, de 9 heures à 17 heures 30."),
    (J, "On entend souvent parler de délais interminables. Il faut attendre combien de temps ?"),
    (M, "C'était notre grande difficulté. En 2023, il fallait attendre près de quatre mois pour un premier rendez-vous avec un psychiatre. Depuis septembre 2025, nous avons mis en place un accueil infirmier : toute personne qui appelle est reçue par un infirmier dans les dix jours. Il évalue la situation, l'urgence, et oriente vers le bon professionnel. Le rendez-vous avec le médecin arrive aujourd'hui en six semaines environ."),
    (J, "Dix jours pour un premier entretien, c'est nouveau."),
    (M, "Oui, et ça change tout, parce que les gens ne restent plus seuls avec leur demande."),
    (J, "Et pour les enfants ? On confond souvent le CMP et le CMPP."),
    (M, "Oui, ce n'est pas la même chose. Le CMP infanto-juvénile fait partie de l'hôpital, comme le CMP adultes, et il accueille les enfants et les adolescents pour des troubles psychiques. Le CMPP, le centre médico-psycho-pédagogique, est en général géré par une association. Il accueille les jeunes jusqu'à vingt ans, souvent pour des difficultés d'apprentissage ou de comportement, avec des orthophonistes, des psychomotriciens. À Sarreval, le CMPP est géré par l'association Les Tilleuls. Les deux sont gratuits."),
    (J, "Autre confusion fréquente : psychiatre, psychologue, quelle différence ?"),
    (M, "Le psychiatre est un médecin. Il pose un diagnostic médical, il peut prescrire des médicaments et des arrêts de travail. Le psychologue n'est pas médecin : il ne prescrit pas, il propose des entretiens, des psychothérapies, des bilans. En libéral, les séances chez un psychologue partenaire peuvent être remboursées avec le dispositif Mon soutien psy, jusqu'à douze séances par an."),
    (J, "Parlons des situations d'urgence. Si un proche parle de mettre fin à ses jours, on fait quoi ?"),
    (M, "On ne reste pas seul. Il y a le 3114, le numéro national de prévention du suicide. Il est gratuit et joignable vingt-quatre heures sur vingt-quatre, sept jours sur sept. Il s'adresse aux personnes en détresse, mais aussi à leur entourage. Et s'il y a un danger immédiat, c'est le 15. Il ne faut pas avoir peur de poser la question directement : parler du suicide n'augmente pas le risque, au contraire."),
    (J, "C'est une idée reçue ?"),
    (M, "Absolument."),
    (M, "Poser la question, c'est souvent un soulagement pour la personne."),
    (J, "Il arrive aussi qu'une personne soit hospitalisée contre son gré. Comment ça se passe ?"),
    (M, "C'est une mesure exceptionnelle, très encadrée. Il y a deux cas : les soins à la demande d'un tiers, souvent un proche, quand la personne ne peut pas consentir et que son état impose des soins immédiats. Et les soins sur décision du représentant de l'État, c'est-à-dire du préfet, quand la sûreté des personnes est en jeu. Dans les deux cas, le juge contrôle la mesure avant le douzième jour d'hospitalisation."),
    (J, "Ce soir, on veut aussi parler de ce qui se passe en dehors de l'hôpital. À Sarreval, il existe un conseil local de santé mentale. À quoi ça sert ?"),
    (M, "Le CLSM de Sarreval a été créé en 2021. C'est un lieu où la mairie, l'hôpital, les bailleurs, les associations, les usagers et les familles travaillent ensemble. Par exemple, quand un locataire en grande souffrance risque l'expulsion, le CLSM permet de réunir tout le monde autour de la table avant qu'il soit trop tard. Il a aussi édité un guide des ressources locales, distribué à 2 000 exemplaires, et une nouvelle édition sortira en mars 2026."),
    (J, "Et les habitants des quartiers, au Wiesberg par exemple, ils sont concernés ?"),
    (M, "Très concernés. Le Wiesberg est un quartier prioritaire, et les habitants cumulent souvent les difficultés : précarité, isolement, parfois l'exil. Le contrat de ville finance une médiatrice santé qui va à leur rencontre. Et depuis le 4 février, la Maison des adolescents ouvre une antenne au Wiesberg, tous les mercredis après-midi, dans les locaux de la maison de quartier."),
    (J, "La Maison des adolescents, c'est pour qui exactement ?"),
    (M, "Pour les jeunes de onze à vingt-cinq ans et pour leurs parents. On peut y venir sans rendez-vous, gratuitement, anonymement, pour parler de tout : le mal-être, l'école, le harcèlement, les écrans. Ce n'est pas un lieu de soins au sens strict, mais les professionnels orientent vers le CMP si besoin."),
    (J, "On parle aussi beaucoup des GEM. Qu'est-ce que c'est ?"),
    (M, "Un GEM, un groupe d'entraide mutuelle, c'est une association de personnes qui vivent avec des troubles psychiques et qui se retrouvent pour rompre l'isolement. Il n'y a pas de soignants. Ce sont les adhérents eux-mêmes qui décident des activités, avec l'aide d'un ou deux animateurs. À Sarreval, le GEM L'Escale compte 45 adhérents et il est ouvert cinq après-midi par semaine."),
    (J, "Il faut une ordonnance pour y aller ?"),
    (M, "Non, aucune."),
    (M, "On pousse la porte librement."),
    (J, "Et les familles ? Quand un fils, une sœur est malade, l'entourage s'épuise."),
    (M, "C'est vrai, les proches sont souvent les grands oubliés. Je pense à l'UNAFAM, l'association des familles, qui tient une permanence à Sarreval le premier samedi du mois, à la Maison des associations. Les familles y trouvent de l'écoute, des informations sur leurs droits et des formations pour mieux comprendre la maladie."),
    (J, "À l'hôpital, vous employez aussi des médiateurs de santé pairs. De quoi s'agit-il ?"),
    (M, "Ce sont des personnes qui ont elles-mêmes vécu un trouble psychique, qui sont aujourd'hui rétablies, et qui ont suivi une formation universitaire pour travailler dans les équipes. Nous en avons deux depuis 2024. Leur expérience est précieuse : quand un patient entend quelqu'un lui dire « moi aussi je suis passé par là », ça redonne de l'espoir."),
    (J, "Docteur, on parle beaucoup de stigmatisation. Les mots qu'on emploie ont de l'importance ?"),
    (M, "Énormément. On ne dit pas « un schizophrène », on dit « une personne qui vit avec une schizophrénie ». La personne n'est pas sa maladie. Et on évite d'employer « schizophrène » ou « bipolaire » comme des insultes, ce qu'on entend pourtant tous les jours."),
    (J, "Dernière question : avec le manque de psychiatres, est-ce que la situation peut s'améliorer dans le Val-de-Sarre ?"),
    (M, "Je reste optimiste. Le projet territorial de santé mentale, le PTSM, a fixé des priorités claires pour le département jusqu'en 2027 : l'accès aux soins, la prévention chez les jeunes et le logement. Nous avons recruté deux psychiatres et trois infirmiers en pratique avancée en 2025. Et surtout, tout le monde travaille beaucoup plus ensemble qu'il y a cinq ans."),
    (J, "Merci, docteur Marchetti."),
    (M, "Merci à vous."),
    (J, "Vous retrouverez tous les numéros utiles sur notre site : le 3114, le 15, et le CMP de Sarreval au 03 87 28 40 10. À la semaine prochaine pour un nouveau numéro de « Parlons santé »."),
]

MAXLINE = 42
RATE = 2.2  # words per second


NB = "\u00a0"


def glue(text):
    # French typography: keep « » : ? ! and "- " attached to their word when wrapping
    for a, b in (("« ", "«" + NB), (" »", NB + "»"), (" :", NB + ":"), (" ?", NB + "?"),
                 (" !", NB + "!"), ("- ", "-" + NB)):
        text = text.replace(a, b)
    return text


def _greedy(words, width):
    lines, cur = [], ""
    for w in words:
        if len(cur) + 1 + len(w) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def wrap(text):
    """Balanced wrap: as few lines as a 42-character limit allows, of similar lengths."""
    import math
    words = glue(text).split(" ")
    n = max(1, math.ceil(len(text) / MAXLINE))
    width = math.ceil(len(text) / n) + 2
    lines = _greedy(words, width)
    while len(lines) > n and width < MAXLINE + 4:
        width += 1
        lines = _greedy(words, width)
    return lines


def sentences(text):
    out, cur = [], ""
    for tok in text.split(" "):
        cur = f"{cur} {tok}" if cur else tok
        if tok.endswith((".", "?", "!")) and len(cur) > 25:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def cues():
    """Each cue: list of lines. A new turn starts with '- '. A short turn following
    a short turn shares its cue (two speakers in one cue)."""
    result = []
    i = 0
    while i < len(TURNS):
        spk, text = TURNS[i]
        nxt = TURNS[i + 1] if i + 1 < len(TURNS) else None
        # two short turns -> one cue with two dashes
        if nxt and nxt[0] != spk and len(text) <= 40 and len(nxt[1]) <= 40:
            result.append(["- " + text, "- " + nxt[1]])
            i += 2
            continue
        prev = TURNS[i - 1][0] if i > 0 else None
        first = prev != spk
        for sent in sentences(text):
            lines = wrap(("- " if first else "") + sent)
            for k in range(0, len(lines), 2):
                result.append(lines[k:k + 2])
            first = False
        i += 1
    return result


def ts(t):
    h, r = divmod(t, 3600)
    m, s = divmod(r, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


def main():
    t = 4.0
    out = ["WEBVTT", "Kind: captions", "Language: fr", ""]
    log = []
    prev_spk_line = None
    for c in cues():
        words = sum(len(l.split()) for l in c)
        dur = max(1.6, words / RATE)
        if c[0].startswith("- ") and prev_spk_line is not None:
            t += 0.6  # turn change pause
        out.append(f"{ts(t)} --> {ts(t + dur)}")
        out.extend(l.replace(NB, " ") for l in c)
        out.append("")
        log.append((int(t), " / ".join(c).replace(NB, " ")))
        prev_spk_line = c
        t += dur + 0.15
    OUT.write_text("\n".join(out), encoding="utf-8")
    for s, c in log:
        print(s, c)
    print("END", t)


if __name__ == "__main__":
    main()
