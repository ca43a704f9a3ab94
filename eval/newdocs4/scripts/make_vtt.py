"""Doc 4: YouTube-style rolling auto-captions (WebVTT) of a ~12-minute webinar.

Text is written as segments; segments marked raw=True are turned into auto-caption style
(lowercase, no punctuation except apostrophes and hyphens). {braces} keep a phrase on one caption line.
"""
import random
import re

OUT = "/work/main/eval/newdocs4/corpus/2025-10-07_pole-ressources-ville-bfc_webinaire-logement-sante-mentale.vtt"
random.seed(7)

SEGMENTS = [
    (True, "[Musique]"),
    (True, "Bonjour à toutes et à tous, bienvenue à ce nouveau webinaire du cycle santé mentale et politique de la "
           "ville. Je vous laisse encore une petite minute pour vous connecter, je vois que les participants "
           "arrivent. Voilà, on va pouvoir commencer. Je me présente, {je m'appelle Sophie Rameau}, je suis "
           "{chargée de mission santé} au {Pôle Ressources Ville Bourgogne-Franche-Comté}, le centre de ressources "
           "politique de la ville de la région. Aujourd'hui on va parler d'un sujet qui revient dans toutes vos "
           "demandes, c'est le lien entre santé mentale et logement social, et plus précisément la façon dont un "
           "conseil local de santé mentale peut travailler avec les bailleurs. Pour ça j'ai invité quelqu'un qui a "
           "une expérience très concrète, je lui laisse la parole pour qu'il se présente."),
    (True, "Merci Sophie, bonjour à tous. Alors {je suis Karim Haddad}, {je coordonne le CLSM de Chaumerac} depuis "
           "{mars 2021}. Chaumerac c'est une ville de 34 000 habitants avec deux quartiers prioritaires, Les "
           "Tanneries et Champ-Fleury, qui rassemblent à peu près {6 200 habitants}. Le CLSM existe depuis 2016, il "
           "est porté par la ville et co-animé avec le centre hospitalier de Chaumerac qui gère la psychiatrie de "
           "secteur. Et avant d'être coordinateur j'ai travaillé huit ans comme conseiller social chez un bailleur, "
           "donc le logement c'est un peu mon premier métier."),
    (True, "Super, alors Karim pour commencer est-ce que tu peux nous dire pourquoi vous avez créé une cellule de "
           "veille santé mentale et logement à Chaumerac, qu'est-ce qui a déclenché tout ça ?"),
    (True, "Oui alors ce qui a déclenché c'est assez simple, en 2021 on avait des bailleurs qui nous appelaient "
           "quasiment chaque semaine pour des situations qu'ils ne savaient plus gérer. Des troubles de voisinage, "
           "des gens qui ne sortaient plus de chez eux, des logements très dégradés, parfois de l'incurie, des "
           "impayés qui s'accumulaient parce que la personne était en pleine décompensation. Et chacun travaillait "
           "dans son coin, le bailleur envoyait des courriers, le voisinage appelait la mairie, et le CMP n'était "
           "au courant de rien. Parfois on arrivait à une procédure d'expulsion alors que la personne aurait pu être "
           "accompagnée bien plus tôt. Donc on s'est dit qu'il fallait un lieu où ces situations soient regardées "
           "ensemble, avec le soin, le social et le bailleur autour de la table."),
    (True, "Et concrètement, qui est autour de la table ?"),
    (True, "Alors on a trois bailleurs qui ont signé la charte, {Chaumerac Habitat}, {Saône Logis} et {Domicile "
           "Bourgogne}. Il y a aussi le CCAS, le centre médico-psychologique adulte, le service d'accompagnement à "
           "la vie sociale, le SAVS, et puis la coordination du CLSM qui anime. La charte a été {signée le 12 "
           "décembre 2022} et la première réunion a eu lieu en janvier 2023. La cellule se réunit {une fois par "
           "mois le premier jeudi}, c'est une réunion de deux heures à peu près et on examine en général quatre ou "
           "cinq situations."),
    (True, "D'accord, et comment une situation arrive jusqu'à la cellule ?"),
    (True, "Le plus souvent c'est le bailleur qui repère, soit le gardien, soit la conseillère sociale. Ils "
           "remplissent {une fiche de signalement d'une page}, on l'a voulue très courte, avec la description de la "
           "situation, ce qui a déjà été tenté, et surtout est-ce que la personne a été informée. On essaie toujours "
           "d'avoir l'accord de la personne, et dans les faits c'est le cas {dans huit situations sur dix}. Quand ce "
           "n'est pas possible, on travaille de façon anonyme au départ, et c'est le soignant qui décide s'il peut "
           "aller plus loin."),
    (False, "Et ensuite, qu'est-ce qui se passe une fois que la situation a été discutée ?"),
    (False, "Alors la grande nouveauté qu'on a mise en place, c'est la visite à domicile conjointe. Quand la cellule "
            "estime que c'est nécessaire, la conseillère sociale du bailleur et un infirmier du CMP vont voir la "
            "personne ensemble, {sous quinze jours} après la réunion. Ça change tout parce que la personne voit "
            "qu'on ne vient pas seulement pour l'impayé ou pour la plainte des voisins, on vient aussi pour elle. Et "
            "l'infirmier peut évaluer tout de suite s'il y a besoin de soins, proposer un rendez-vous au CMP, "
            "recontacter le médecin traitant."),
    (False, "Tu as des chiffres sur l'activité de la cellule ?"),
    (False, "Oui, alors en 2024 la cellule a examiné {47 situations}. Sur ces 47, il y en a {33 qui ont abouti à "
            "un maintien dans le logement}, 6 relogements dans un logement plus adapté, par exemple un rez-de-chaussée "
            "ou une pension de famille, et 8 situations qui étaient encore en cours au 31 décembre. Et le chiffre dont "
            "on est le plus fiers, c'est qu'on n'a eu {aucune expulsion locative} parmi les situations suivies par la "
            "cellule en 2024. Alors ça ne veut pas dire qu'il n'y en a pas eu du tout sur la ville, mais pas pour "
            "les personnes qu'on accompagnait."),
    (False, "Comment est-ce que vous avez convaincu les bailleurs de s'engager ? Parce que j'imagine que ce n'était "
            "pas gagné d'avance."),
    (False, "Non, ce n'était pas gagné. Le premier argument, ça a été l'argent, très franchement. Entre les frais de "
            "justice, les loyers impayés et la remise en état du logement, une expulsion coûte facilement {10 000 "
            "euros au bailleur}. Et souvent, six mois après, le même ménage se retrouve chez un autre bailleur avec les "
            "mêmes difficultés. Le deuxième argument, c'est l'épuisement des équipes de proximité. Les gardiens et les "
            "chargés de gestion locative se sentaient seuls face à des situations qui les dépassaient. Et le "
            "troisième argument, c'est que la cellule est inscrite dans le contrat de ville Engagements Quartiers "
            "2030 de Chaumerac, qui a été signé en 2024, donc les bailleurs pouvaient la valoriser dans leurs "
            "engagements au titre de l'abattement de la taxe foncière sur les propriétés bâties, la TFPB."),
    (False, "Justement, tu peux rappeler ce qu'est l'abattement de TFPB pour ceux qui ne connaissent pas ?"),
    (False, "Oui bien sûr. Les bailleurs bénéficient {d'un abattement de 30 %} sur la taxe foncière pour leurs "
            "logements situés en quartier prioritaire. En contrepartie, ils doivent financer des actions qui "
            "améliorent la qualité de vie dans ces quartiers : renfort de gardiennage, petits travaux, animation, "
            "et aussi formation du personnel de proximité. Donc la formation des gardiens en santé mentale rentre "
            "tout à fait dans ce cadre."),
    (False, "C'est impressionnant. Et les gardiens d'immeuble, tu en parlais tout à l'heure, quel rôle ils jouent ?"),
    (False, "Les gardiens, c'est vraiment la première ligne. Ce sont eux qui voient la boîte aux lettres qui déborde, "
            "le locataire qui ne sort plus, ou au contraire celui qui crie la nuit. Donc depuis 2023 on forme les "
            "gardiens aux premiers secours en santé mentale. À ce jour on a {58 gardiens formés aux PSSM}, sur les "
            "trois bailleurs. Les bailleurs participent au financement de ces formations, ils apportent {6 000 euros "
            "par an} à eux trois, et le reste est financé par l'ARS dans le cadre du contrat local de santé."),
    (False, "Est-ce que ça représente beaucoup de temps pour toi, pour la coordination ?"),
    (False, "Honnêtement, la cellule me prend à peu près {un jour par semaine}, en comptant la préparation, les "
            "comptes rendus et les relances. C'est un vrai investissement, mais c'est aussi ce qui donne le plus de "
            "visibilité au CLSM auprès des élus, parce que le logement c'est un sujet qui remonte directement dans "
            "les permanences des élus."),
    (False, "On a une question dans le chat, de Laure, coordinatrice d'un CLSM en milieu rural : est-ce que ce "
            "modèle peut marcher dans un territoire rural où il y a peu de logements sociaux ?"),
    (False, "Oui je pense, mais {à condition de mutualiser} à l'échelle de l'intercommunalité. Avec peu de "
            "situations par commune, une cellule communale se réunirait à vide. Par contre à l'échelle d'une "
            "communauté de communes, avec les bailleurs présents et le CMP de secteur, ça peut tout à fait "
            "fonctionner, quitte à se réunir tous les deux mois au lieu de tous les mois."),
    (False, "Une question de Mathieu, chargé de mission chez un bailleur : est-ce que vous travaillez aussi avec les "
            "personnes concernées, les usagers, dans ce dispositif ?"),
    (False, "Oui, et c'est quelque chose qu'on a développé en 2025. Le groupe d'entraide mutuelle de Chaumerac, {le GEM "
            "Le Fil d'Ariane}, accueille des personnes qui viennent d'être relogées et qui sont souvent très isolées. "
            "Il y a aussi une {médiatrice de santé paire} qui a été recrutée par le centre hospitalier en septembre "
            "2025, et qui peut accompagner certaines visites à domicile quand la personne le souhaite. Ça aide "
            "énormément, parce qu'elle peut dire : moi aussi je suis passée par là."),
    (False, "Et sur l'évaluation, comment vous mesurez les effets de la cellule ?"),
    (False, "On suit quelques indicateurs simples chaque année : le nombre de situations, leur issue, le délai entre "
            "le signalement et la première visite, et le nombre de personnes qui ont gardé un suivi au CMP six mois "
            "après. En 2024, c'était le cas de {29 personnes sur les 47}. On a aussi fait un questionnaire auprès des "
            "professionnels des bailleurs, et {neuf sur dix} disent qu'ils se sentent moins seuls face à ces "
            "situations. Ce n'est pas une évaluation scientifique, mais ça parle aux élus et aux financeurs."),
    (False, "Une autre question, sur le secret professionnel. Comment vous gérez le partage d'informations entre un "
            "bailleur et des soignants ?"),
    (False, "C'est la question la plus importante. On a écrit une charte de confidentialité que chaque participant "
            "signe. Le principe, c'est que les soignants ne donnent {aucune information médicale} au bailleur. Ils "
            "disent seulement si la personne est connue, si un accompagnement est possible, et ils s'engagent à "
            "recontacter la personne. Le bailleur, lui, partage ce qu'il sait de la situation locative. Et les "
            "comptes rendus ne mentionnent que des initiales."),
    (False, "Pour terminer, Karim, si un coordinateur veut se lancer demain, quels seraient tes conseils ?"),
    (False, "J'en donnerais trois. Premier conseil, {commencer avec un seul bailleur volontaire}, plutôt que "
            "d'attendre que tout le monde soit prêt. Deuxième conseil, {écrire la charte de confidentialité avant "
            "la première réunion}, pas après, sinon on perd la confiance des soignants. Et troisième conseil, {toujours "
            "faire un retour au bailleur qui a signalé}, même en deux lignes, parce que c'est ce qui fait qu'il "
            "continue à signaler."),
    (False, "Merci beaucoup Karim pour ce témoignage très concret. Je rappelle que le replay et le modèle de fiche "
            "de signalement seront disponibles sur notre site dans la semaine. Notre prochain webinaire aura lieu "
            "{le 18 novembre 2025}, il portera sur la santé mentale des personnes âgées dans les quartiers "
            "prioritaires. Merci à toutes et à tous et à bientôt."),
]


def autocap(t):
    t = t.lower()
    t = re.sub(r"[,.;:?!«»]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def tokens(text):
    """Split into tokens; a {braced phrase} is one token."""
    out = []
    for m in re.finditer(r"\{([^}]*)\}(\S*)|(\S+)", text):
        if m.group(1) is not None:
            out.append(m.group(1) + m.group(2))
        else:
            out.append(m.group(3))
    return out


lines = []
for raw, text in SEGMENTS:
    if raw:
        # protect braces while lowering/punct-stripping
        parts = re.split(r"(\{[^}]*\})", text)
        text = " ".join(("{" + autocap(p[1:-1]) + "}") if p.startswith("{") else autocap(p) for p in parts)
    text = re.sub(r" ([?:!;])", r"\1", text)
    toks = tokens(text)
    cur, n = [], 0
    for tk in toks:
        w = len(tk.split())
        target = random.choice([6, 7, 7, 8, 8, 9])
        if cur and n + w > target:
            lines.append(" ".join(cur))
            cur, n = [], 0
        cur.append(tk)
        n += w
    if cur:
        lines.append(" ".join(cur))


def ts(x):
    h = int(x // 3600)
    m = int(x % 3600 // 60)
    s = x % 60
    return f"{h:02d}:{m:02d}:{s:06.3f}"


# timing: ~150 words per minute = 2.5 words/s, with small pauses at speaker turns
t = 0.0
starts = []
for ln in lines:
    starts.append(t)
    words = len(ln.split())
    t += words / 2.5 * random.uniform(0.9, 1.1)
    if ln == "[musique]":
        t += 3.0
total = t

out = ["WEBVTT", "Kind: captions", "Language: fr", ""]
for i, ln in enumerate(lines):
    start = starts[i]
    end = starts[i + 1] if i + 1 < len(lines) else total + 1.5
    out.append(f"{ts(start)} --> {ts(end)} align:start position:0%")
    if i > 0:
        out.append(lines[i - 1])
    out.append(ln)
    out.append("")
open(OUT, "w", encoding="utf-8").write("\n".join(out))
wc = sum(len(l.split()) for l in lines)
print("lines", len(lines), "words", wc, "duration", round(total), "s")
