# -*- coding: utf-8 -*-
"""Génère la transcription Microsoft Teams (WebVTT) du webinaire « Santé mentale des 6-12 ans dans les
quartiers : repérer, orienter, agir ensemble » du 20 novembre 2025 (Ressources Villes & Quartiers AuRA et CLSM
de Montbrisac), environ 25 minutes.

Format Teams : en-tête WEBVTT, identifiant de repère « uuid/n-0 », horodatage « hh:mm:ss.mmm --> hh:mm:ss.mmm »,
texte dans une balise de voix « <v Prénom Nom>…</v> ». Sous-titrage automatique : la plupart des interventions
sont en minuscules et sans ponctuation (nombres souvent en lettres) ; quelques-unes (marquées « = ») ont été
corrigées à la main et gardent majuscules et ponctuation. Découpage en repères de 12 mots au plus ; durées
calculées d'après le nombre de mots puis mises à l'échelle pour une durée totale de 25 minutes environ,
de façon déterministe.

Tout est inventé (ville, structures, personnes, chiffres, numéros en 04 99 00, domaines .example).
"""
import os
import random
import re
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-20_clsm-montbrisac_webinaire-sante-mentale-6-12-ans.vtt")
TARGET = 1512.0

CR, HF, YB, SM, AN = "Clémence Royer", "Hélène Fabre", "Yanis Belkacem", "Sophie Marchetti", "Audrey Nguyen"

# (oratrice ou orateur, texte) ; un texte qui commence par « = » garde sa casse et sa ponctuation
TURNS = [
    (CR, "= Bonjour à toutes et à tous, bienvenue dans ce webinaire de Ressources Villes & Quartiers AuRA et du "
         "conseil local de santé mentale de Montbrisac. Je suis Clémence Royer, coordinatrice du CLSM."),
    (CR, "on attend encore quelques personnes je vois que ça se connecte on est déjà quatre-vingt-sept "
         "connectés c'est super merci d'être là sur votre pause de midi"),
    (CR, "alors quelques règles le webinaire est enregistré le replay sera en ligne la semaine prochaine vos "
         "micros sont coupés et vous pouvez poser vos questions dans la conversation on y répondra à la fin"),
    (CR, "le sujet aujourd'hui c'est la santé mentale des enfants de six à douze ans dans nos quartiers et "
         "comment on travaille ensemble entre le soin l'école et le social à Montbrisac"),
    (CR, "un mot sur Ressources Villes & Quartiers AuRA c'est le centre de ressources politique de la ville "
         "de la région il accompagne les professionnels des quartiers et il organise ces webinaires du jeudi "
         "midi une fois par mois"),
    (CR, "et le conseil local de santé mentale pour ceux qui débutent c'est un lieu de concertation entre "
         "les élus la psychiatrie les usagers les familles et tous les acteurs du territoire présidé par le "
         "maire ou son adjointe à la santé"),
    (CR, "pour celles et ceux qui ne connaissent pas Montbrisac on est une ville de quarante-huit mille six "
         "cents habitants dans l'Orsange avec deux quartiers prioritaires les Tilleuls et Champ-Rollin"),
    (CR, "et depuis octobre deux mille vingt-quatre le CLSM a un groupe de travail enfance qui réunit à peu "
         "près quinze structures il est co-piloté par Hélène Fabre et par Yanis Belkacem qui sont avec nous"),
    (CR, "avec nous aussi Sophie Marchetti infirmière de l'éducation nationale et Audrey Nguyen psychologue "
         "de l'éducation nationale je donne tout de suite la parole à Hélène"),
    (HF, "merci Clémence bonjour à tous alors je suis pédopsychiatre au CMP enfants les Capucines qui "
         "dépend du centre hospitalier de Montbrisac on reçoit les enfants de trois à seize ans du secteur"),
    (HF, "je voudrais commencer par une chose simple la souffrance psychique d'un enfant de huit ans elle "
         "ne ressemble pas à celle d'un adulte les enfants le disent rarement avec des mots"),
    (HF, "ils le disent avec le corps mal au ventre mal à la tête le matin avant l'école avec le sommeil "
         "des cauchemars des réveils la nuit ou avec le comportement l'agitation les colères"),
    (HF, "et il y a un tableau qu'on voit de plus en plus depuis le covid c'est le refus scolaire anxieux"),
    (HF, "et je veux insister sur un point un enfant qui va mal à l'école il va souvent mal à la maison "
         "aussi et l'inverse est vrai donc l'école et les parents doivent se parler"),
    (HF, "= Le refus scolaire anxieux, c'est un enfant qui veut aller à l'école mais qui n'y arrive pas : "
         "la peur est plus forte que lui. Ce n'est ni de la paresse ni un caprice."),
    (HF, "souvent ça commence par des absences le lundi des maux de ventre et si on attend trop ça peut "
         "durer des mois donc il faut en parler tôt à l'infirmière ou à la psychologue de l'école"),
    (HF, "quand est-ce qu'il faut s'inquiéter je donne toujours le même repère si ça dure plus de deux ou "
         "trois semaines et que ça empêche l'enfant de vivre sa vie d'enfant d'aller à l'école de jouer de "
         "voir ses copains il faut en parler"),
    (HF, "et s'il y a des idées de mort ou de se faire du mal même chez un petit de sept ou huit ans on "
         "prend toujours au sérieux et là c'est sans attendre les urgences ou le quinze"),
    (HF, "ce que les parents peuvent faire en attendant c'est beaucoup de choses simples des horaires de "
         "sommeil réguliers pas d'écran dans la chambre et un temps chaque jour pour parler avec l'enfant"),
    (HF, "sur les écrans je ne suis pas là pour culpabiliser les parents mais on voit des enfants de huit "
         "ans qui dorment six heures par nuit parce que la tablette reste dans la chambre et un enfant qui "
         "dort mal c'est un enfant irritable anxieux qui n'apprend pas"),
    (HF, "donc le premier conseil c'est souvent le sommeil avant même de parler de soin et parfois ça "
         "suffit à faire baisser beaucoup l'agitation"),
    (CR, "Hélène tout le monde nous pose la question des délais combien de temps faut-il attendre au CMP"),
    (HF, "alors je vais être honnête aujourd'hui quand une famille appelle on fait un premier entretien "
         "avec une infirmière en moins de trois semaines ça on y tient"),
    (HF, "par contre pour voir un médecin on est autour de quatre mois et demi en ce moment c'est trop "
         "long on a un poste de pédopsychiatre qui n'est toujours pas pourvu"),
    (HF, "et je rappelle la différence parce qu'on la confond souvent le CMP c'est l'hôpital public c'est "
         "sectorisé le CMPP c'est une association les Sources d'Orsange et ils ont aussi de l'orthophonie et "
         "de la psychomotricité"),
    (HF, "depuis septembre on a une commission commune avec le CMPP pour regarder ensemble les demandes et "
         "éviter qu'une famille soit inscrite deux fois sur deux listes d'attente"),
    (HF, "= Et je vous annonce une nouveauté : à partir du 6 janvier, le CMP ouvrira un accueil sans "
         "rendez-vous, le mardi de 16 h 30 à 18 h 30, pour les parents inquiets."),
    (HF, "ce n'est pas une consultation médicale c'est une infirmière et une psychologue qui reçoivent les "
         "parents qui écoutent qui orientent pour qu'aucune famille ne reste sans réponse"),
    (CR, "et côté CMPP je donne les chiffres du docteur Lacombe qui ne pouvait pas être là fin deux mille "
         "vingt-quatre il y avait cent trente-neuf enfants en liste d'attente et le délai moyen c'était cent "
         "quatre-vingt-sept jours"),
    (CR, "c'est mieux que l'année d'avant mais ça reste plus de six mois pour une famille c'est énorme"),
    (CR, "merci Hélène Yanis à toi tu coordonnes le programme de réussite éducative"),
    (YB, "oui bonjour à tous alors le PRE pour ceux qui ne connaissent pas c'est un dispositif de la "
         "politique de la ville financé par l'état dans le cadre du contrat de ville avec la ville et la CAF"),
    (YB, "on accompagne des enfants de deux à seize ans qui habitent les quartiers prioritaires ou qui y "
         "sont scolarisés avec un parcours individuel et toujours avec l'accord des parents"),
    (YB, "cette année au moment où je vous parle on en est à cent cinquante-neuf enfants accompagnés on "
         "était à cent quarante-huit sur toute l'année dernière donc ça monte"),
    (YB, "les situations arrivent en équipe pluridisciplinaire de soutien l'EPS qui se réunit toutes les "
         "trois semaines avec l'école le centre social la PMI et maintenant le CMPP"),
    (YB, "= Et ce qui a changé cette année, c'est la fiche de liaison commune. On l'a testée aux Tilleuls à "
         "partir de mai, puis à Champ-Rollin depuis septembre."),
    (YB, "l'idée c'est que la famille ne raconte pas quatre fois son histoire la fiche part avec l'accord "
         "des parents vers le CMPP ou le CMP et on a une réponse"),
    (YB, "et surtout pour les enfants des deux quartiers la fiche donne accès à l'accueil prioritaire du "
         "CMPP en deux mille vingt-quatre c'était quarante-cinq jours de délai au lieu de six mois"),
    (CR, "tu as combien de fiches à peu près"),
    (YB, "on doit être à une cinquantaine de fiches depuis mai je n'ai pas le chiffre exact mais c'est "
         "autour de cinquante"),
    (YB, "je vous donne un exemple anonymisé bien sûr une petite fille de neuf ans que je vais appeler "
         "Inès qui ne venait plus à l'école depuis un mois maux de ventre tous les matins"),
    (YB, "l'école l'a signalée en EPS la référente de parcours a rencontré la maman on a fait la fiche de "
         "liaison Inès a eu un premier rendez-vous au CMPP en cinq semaines"),
    (YB, "et pendant ce temps la référente l'a inscrite à un atelier théâtre le mercredi et l'infirmière "
         "a organisé un retour à l'école progressif d'abord les matinées"),
    (YB, "aujourd'hui elle est en classe tous les jours elle est suivie une fois par semaine et la maman "
         "vient au café des parents c'est ça la coordination"),
    (CR, "merci Yanis Sophie à toi tu es infirmière scolaire sur les quartiers"),
    (SM, "oui bonjour alors je suis infirmière de l'éducation nationale on est deux infirmières pour les "
         "douze écoles élémentaires de la ville en plus de nos collèges"),
    (SM, "moi je couvre les quatre écoles des Tilleuls et de Champ-Rollin ça fait dix-neuf heures par "
         "semaine sur les écoles le reste du temps je suis au collège Jean-Rostand"),
    (SM, "dans les écoles ce que je vois le plus ce sont des maux de ventre des enfants fatigués qui "
         "dorment mal souvent à cause des écrans le soir et des enfants très inquiets"),
    (SM, "il y a aussi des enfants qui portent beaucoup de choses à la maison des parents malades des "
         "séparations des situations d'exil"),
    (SM, "= Au collège, on fait le bilan infirmier de la douzième année en sixième : c'est souvent là que "
         "je repère des difficultés qui n'avaient pas été vues à l'école."),
    (SM, "et ce que je voudrais dire aux collègues c'est qu'on n'est pas là que pour les poux et les "
         "vaccins on peut recevoir un enfant qui ne va pas bien et ses parents"),
    (SM, "pour me joindre les parents passent par l'école ou m'appellent directement au collège et je "
         "rappelle dans la semaine je suis à l'école Jules-Ferry le lundi et le jeudi matin"),
    (SM, "et je travaille beaucoup avec la PMI parce que la PMI a vu ces enfants petits en maternelle au "
         "bilan de quatre ans donc elle connaît déjà souvent les familles"),
    (CR, "merci Sophie Audrey à toi psychologue de l'éducation nationale et tu es très impliquée dans le "
         "programme CPS"),
    (AN, "oui bonjour alors d'abord je rappelle que les familles peuvent nous demander un rendez-vous "
         "directement elles n'ont pas besoin de passer par l'enseignant c'est gratuit et confidentiel"),
    (AN, "on est trois psychologues pour la circonscription ça fait à peu près une psychologue pour treize "
         "cent soixante-dix élèves c'est un peu mieux que la moyenne du département"),
    (AN, "nous on intervient surtout quand un enfant est en difficulté à l'école on observe en classe on "
         "fait des bilans on rencontre les parents et on oriente vers le soin quand c'est nécessaire"),
    (AN, "et on participe aux équipes éducatives avec l'enseignant la direction l'infirmière et les parents "
         "pour construire un projet pour l'enfant"),
    (AN, "alors sur le programme cps c'est quoi les compétences psychosociales ce sont les compétences qui "
         "permettent de bien vivre avec soi et avec les autres"),
    (AN, "savoir reconnaître une émotion la nommer savoir se calmer gérer un conflit sans taper savoir "
         "dire non demander de l'aide avoir confiance en soi"),
    (AN, "alors on a mis en place le programme cps dans six écoles à la rentrée deux mille vingt-trois "
         "d'abord les écoles des quartiers prioritaires et trois écoles volontaires"),
    (AN, "aujourd'hui on est à neuf écoles et trente et une classes avec l'arrivée cette année de "
         "Victor-Hugo et Saint-Exupéry qui sont hors quartiers prioritaires"),
    (AN, "concrètement c'est une séance de quarante-cinq minutes tous les quinze jours animée par "
         "l'enseignant qui a été formé pendant deux jours par Promotion Santé Orsange"),
    (AN, "et il y a des petits rituels tous les jours par exemple la météo des émotions le matin chaque "
         "enfant vient placer son prénom sur le soleil le nuage ou l'orage"),
    (AN, "= Et ce qui marche bien, c'est le « coin calme » : un endroit de la classe où l'enfant peut aller "
         "quelques minutes quand il sent la colère monter."),
    (AN, "les premiers retours des enseignants sont très positifs sur le climat de classe l'évaluation "
         "complète sera présentée à la plénière du CLSM en janvier"),
    (AN, "on a fait un questionnaire avant après auprès des CM1 CM2 avec l'observatoire régional de la "
         "santé et les enfants qui disent savoir à qui parler quand ils ont un problème ça a nettement augmenté"),
    (AN, "je ne vous donne pas les chiffres aujourd'hui parce que l'analyse n'est pas finie mais c'est "
         "encourageant et les enseignants disent qu'il y a moins de conflits en récréation"),
    (CR, "merci Audrey et qui finance tout ça parce que c'est une question qui revient dans la conversation"),
    (AN, "pour le programme cps c'est l'ARS pour trente-six mille euros cette année le contrat de ville "
         "quatorze mille et la ville six mille et l'ARS a annoncé quarante-deux mille pour l'an prochain"),
    (YB, "et pour le PRE c'est l'état via les crédits politique de la ville la ville et la CAF la CAF "
         "finance aussi les groupes de parents"),
    (YB, "pour vous donner un ordre de grandeur le budget du PRE c'est un peu moins de deux cent quarante "
         "mille euros par an avec deux référentes de parcours et un coordinateur"),
    (YB, "et on finance directement des choses concrètes des séances d'orthophonie en libéral quand il y a "
         "trop d'attente une activité sportive du soutien scolaire le transport vers un rendez-vous"),
    (CR, "justement les groupes de parents un mot là-dessus il y a le café des parents aux Tilleuls le "
         "jeudi matin après l'école et parents en chemin à Champ-Rollin"),
    (CR, "= Ce sont des groupes gratuits, sans inscription. Les parents viennent avec leurs questions, sur "
         "le sommeil, les écrans, les colères, l'école."),
    (CR, "et on organise une conférence pour les parents le vingt-sept janvier à Champ-Rollin sur les "
         "écrans le sommeil et les émotions avec Hélène et avec la PMI"),
    (CR, "on passe aux questions il y en a beaucoup dans la conversation première question de Mélanie "
         "éducatrice spécialisée est-ce que la maison des adolescents peut recevoir un enfant de dix ans"),
    (HF, "alors non la maison des adolescents de l'Orsange reçoit à partir de onze ans jusqu'à vingt et "
         "un ans pour un enfant de dix ans c'est le CMP enfants ou le CMPP"),
    (HF, "mais pour les plus grands ceux qui entrent en sixième la maison des ados c'est vraiment une "
         "bonne porte d'entrée parce que ce n'est pas étiqueté psy"),
    (CR, "deuxième question de Karim directeur d'école comment une école qui n'est pas dans un quartier "
         "prioritaire peut rejoindre le programme cps"),
    (AN, "= Il faut envoyer une candidature au conseiller pédagogique, Laurent Giraud, avant le 31 mars. "
         "L'équipe s'engage sur deux ans, et au moins deux enseignants suivent la formation."),
    (AN, "attention pour les écoles hors quartiers prioritaires ce n'est pas le contrat de ville qui "
         "finance c'est l'ARS et la ville donc le nombre de places dépend du budget"),
    (CR, "troisième question est-ce que ça coûte quelque chose aux familles d'aller au CMPP"),
    (HF, "non rien du tout le CMPP comme le CMP c'est pris en charge à cent pour cent par l'assurance "
         "maladie il n'y a pas d'avance de frais"),
    (CR, "une question de Julie du centre social est-ce qu'il y a quelque chose pour les pères parce que "
         "dans les groupes de parents on voit surtout des mamans"),
    (CR, "oui c'est une vraie question on a un projet de samedi des papas un samedi matin par mois on "
         "espère le lancer au printemps et un groupe de parents en langue arabe aussi"),
    (CR, "une question sur la maison des adolescents est-ce qu'ils vont dans les collèges"),
    (SM, "oui à partir de janvier la maison des ados tiendra une permanence au collège Jean-Rostand le "
         "jeudi de midi à quatorze heures pour les sixièmes et les cinquièmes"),
    (CR, "dernière question de Fatou qui travaille à la PMI qu'est-ce qu'on fait pour les enfants repérés "
         "avant six ans"),
    (HF, "alors on travaille avec la PMI sur une passerelle vers le CMPP pour les enfants repérés au bilan "
         "de quatre ans en moyenne section elle devrait ouvrir avant la fin de l'année"),
    (CR, "merci beaucoup à tous les quatre pour finir je rappelle qu'une FAQ pour les parents est "
         "disponible sur le site du CLSM depuis octobre vous pouvez la diffuser"),
    (CR, "et pour la suite le groupe de travail va présenter son bilan complet à la plénière du CLSM fin "
         "janvier avec les chiffres deux mille vingt-cinq des délais du PRE et du programme cps"),
    (CR, "nos priorités pour l'an prochain c'est de continuer à faire baisser les délais d'étendre le "
         "programme cps à d'autres écoles et de mieux toucher les pères"),
    (CR, "= Le replay et les supports seront en ligne sur le site de Ressources Villes & Quartiers AuRA. "
         "Prochain webinaire en mars 2026, sur la santé mentale des adolescents. Merci à tous, bon "
         "après-midi !"),
]


def clean(t):
    t = t.lower()
    t = re.sub(r"[«».,;:!?]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def chunks(words, limit=12):
    out = []
    while words:
        n = min(limit, len(words))
        if len(words) - n < 3 and len(words) > limit:
            n = (len(words) + 1) // 2
        out.append(words[:n])
        words = words[n:]
    return out


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def main():
    rnd = random.Random(54)
    cues, t = [], 41.5  # salle d'attente : la transcription démarre après l'ouverture
    prev = None
    for who, txt in TURNS:
        keep = txt.startswith("= ")
        txt = txt[2:] if keep else clean(txt)
        t += rnd.uniform(0.9, 1.8) if who != prev else rnd.uniform(0.3, 0.8)
        prev = who
        for ws in chunks(txt.split()):
            dur = len(ws) / rnd.uniform(2.2, 2.6) + 0.3
            cues.append([t, t + dur, who, " ".join(ws)])
            t += dur + rnd.uniform(0.05, 0.25)
    k = TARGET / cues[-1][1]
    base = uuid.UUID(int=rnd.getrandbits(128))
    out = ["WEBVTT", ""]
    for i, (s, e, who, txt) in enumerate(cues, 1):
        out += ["%s/%d-0" % (base, i + 10), "%s --> %s" % (fmt(s * k), fmt(e * k)), "<v %s>%s</v>" % (who, txt), ""]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("écrit :", OUT, len(cues), "repères, facteur %.2f, %.0f s" % (k, cues[-1][1] * k))


if __name__ == "__main__":
    main()
