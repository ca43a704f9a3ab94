# -*- coding: utf-8 -*-
"""Transcription automatique Google Meet d'un webinaire court (« Les 20 minutes du Pôle »), enregistrée par Meet dans
un Google Docs du dossier « Meet Recordings » de l'organisatrice, puis téléchargée en Word (Fichier › Télécharger ›
Microsoft Word (.docx)).

Imitation de ce que Meet écrit dans le document, interface en français :
- titre « <nom de la réunion> (AAAA-MM-JJ HH:MM CET) - Transcription » en style Titre ;
- rubrique « Participants » : une seule ligne, les noms séparés par des virgules (participants connectés, pas
  seulement les orateurs) ;
- rubrique « Transcription » : un repère de temps « 00:00:00 » seul sur sa ligne (gris), puis des paragraphes
  « Prénom Nom: texte » (deux-points collé au nom, à l'anglaise) ; un nouveau repère « hh:mm:ss » n'apparaît qu'à
  un changement de paragraphe, toutes les quatre à cinq minutes environ — pas à chaque tour de parole ;
- une longue prise de parole est coupée en plusieurs paragraphes, chacun précédé du nom ;
- reconnaissance vocale : ponctuation automatique, chiffres en chiffres, quelques erreurs de reconnaissance
  (« la casque » pour la CASC, « Dauphiné foyer », « aérer » en minuscules pour le plan AÉRER) ;
- fin : « La réunion s'est terminée après hh:mm:ss 👋 » puis la mention en italique sur la transcription modifiable
  générée par ordinateur ;
- export Word de Google Docs : Arial 11, propriétés du document vides (ni auteur ni titre), pas d'en-tête ni de
  pied de page.

Le temps de chaque paragraphe est estimé à 2,3 mots par seconde plus une courte pause ; make_questions.py
relit TIMES (écrit dans scripts/meet_times.json) pour le champ « at » des questions sur ce document.
"""
import datetime
import json
import os

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-10_pole-habitat-sante-mentale-aura_webinaire-incurie-voisinage.docx")
TIMES = os.path.join(HERE, "meet_times.json")

AM, SB, JM, KD, LF, TG = ("Agathe Morel", "Sonia Bekhti", "Julien Marcadet", "Karima Dahmani", "Lucie Ferrand",
                          "Thomas Girel")

TURNS = [
    (AM, "Bon, je crois qu'on peut commencer, il est midi et demi passé. Bonjour à toutes et à tous, bienvenue dans "
         "ce septième rendez-vous des 20 minutes du Pôle, le format court du Pôle régional Habitat et Santé mentale "
         "Auvergne-Rhône-Alpes. Je suis Agathe Morel, chargée de mission au Pôle. Le principe, vous le connaissez : "
         "20 minutes, un territoire, une pratique. Petit rappel, la réunion est enregistrée et la transcription "
         "automatique est activée, elle sera envoyée avec le replay. Vous pouvez poser vos questions dans le chat, "
         "je les relaierai à la fin."),
    (AM, "Aujourd'hui on parle d'incurie et de troubles du voisinage dans le logement social, et de ce que change "
         "le fait de travailler en cellule, avec l'exemple de Varèze Agglomération, en Isère. J'ai avec moi trois "
         "invités : Sonia Bekhti, coordinatrice du conseil local de santé mentale de Varèze Agglomération, Julien "
         "Marcadet, référent santé mentale chez le bailleur Varèze Habitat, et Karima Dahmani, gardienne "
         "d'immeuble aux Aubépins, un des quartiers prioritaires de Pont-de-Varèze. Sonia, on commence par vous. "
         "Cette cellule, c'est quoi ?"),
    (SB, "Bonjour à tous. Alors la cellule, chez nous, elle s'appelle la cellule d'appui aux situations complexes, "
         "on dit la CASC. Elle a été créée en septembre 2023 dans le cadre du CLSM. L'idée de départ, c'est un "
         "constat qu'on faisait tous : chaque partenaire avait dans ses dossiers deux ou trois locataires pour "
         "lesquels plus rien ne marchait, des situations d'incurie, des conflits de voisinage qui duraient depuis "
         "des années, et chacun essayait de son côté, le bailleur envoyait des courriers, le CCAS faisait une "
         "visite, le CMP ne connaissait pas la personne ou l'avait perdue de vue. Donc on s'est dit, on met tout "
         "le monde autour de la table une fois par mois."),
    (SB, "Autour de la table, il y a les deux bailleurs, Varèze Habitat et Dauphiné Foyers, le CMP et l'équipe "
         "mobile psychiatrie précarité du centre hospitalier, les deux CCAS, le service communal d'hygiène et de "
         "santé de Pont-de-Varèze, la Maison du Département, et moi qui coordonne. Et la règle d'or, c'est que "
         "personne ne repart seul avec la situation : à la fin de chaque examen, on désigne un référent de "
         "parcours et une date de retour."),
    (AM, "Et en chiffres, ça donne quoi l'an dernier ?"),
    (SB, "En 2025, on a examiné 38 situations, contre 27 en 2024. La première cause, de loin, c'est l'incurie, 15 "
         "situations sur 38, ensuite les troubles du voisinage, 11, puis le risque d'expulsion et l'isolement avec "
         "refus de soins. Ce qui a beaucoup bougé, c'est le délai : on est passé à 19 jours en moyenne entre la "
         "saisine et l'examen en cellule, alors qu'on était à un mois en 2024. Et fin décembre, 24 personnes "
         "étaient toujours dans leur logement, c'était vraiment notre objectif premier."),
    (AM, "Et une séance de la cellule, comment ça se passe concrètement ?"),
    (SB, "On se réunit le deuxième mardi de chaque mois, le matin, de 9 h 30 à midi. J'envoie l'ordre du jour une "
         "semaine avant, avec les fiches de saisine, qui doivent m'arriver au moins 10 jours avant la séance. On "
         "examine en général quatre situations par séance, une vingtaine de minutes chacune, et on garde la "
         "dernière demi-heure pour les points d'étape sur les situations déjà vues, à trois mois et à six mois. "
         "Celui qui a fait la saisine présente la situation, sans diagnostic, avec juste ce qui est utile, et à "
         "la fin on repart avec un plan : qui fait quoi, et pour quand."),
    (AM, "Julien, vous, vous êtes côté bailleur. Votre poste est assez récent, je crois ?"),
    (JM, "Oui, le poste de référent santé mentale a été créé chez Varèze Habitat le 1er mars 2025. Avant, les "
         "gardiens faisaient remonter les situations à leur responsable d'agence, qui les transmettait au "
         "contentieux ou au service social, et souvent ça se perdait. Maintenant, il y a une porte d'entrée "
         "unique : le gardien remplit une fiche d'alerte, et elle arrive chez moi. En 2025, de mars à décembre, "
         "j'ai reçu 63 fiches d'alerte. Et une chose qu'on a vue très nettement, c'est que les gardiens formés "
         "aux premiers secours en santé mentale font plus de fiches, et surtout des fiches plus tôt, avant que "
         "la situation ne soit dégradée."),
    (AM, "Concrètement, quand une fiche arrive chez vous, qu'est-ce qui se passe ?"),
    (JM, "Je rappelle d'abord le gardien, parce que c'est lui qui connaît la personne. Ensuite j'essaie d'avoir "
         "un premier contact avec le locataire, un courrier, un appel, et je propose une visite. Pour la visite, "
         "je viens si possible avec une infirmière du CMP, et on ne vient jamais à plus de deux la première fois. "
         "Arriver à quatre, avec le bailleur, l'hygiène, le social, pour quelqu'un qui vit dans un logement "
         "encombré, c'est vécu comme une inspection, et la porte se referme pour six mois."),
    (JM, "Je peux vous donner un exemple, anonymisé évidemment. Monsieur R., 61 ans, seul, locataire depuis vingt "
         "ans. La gardienne signale des odeurs sur le palier et des cafards chez les voisins. Quand on arrive, "
         "le logement est à 7 sur l'échelle d'encombrement qu'on utilise, l'échelle CIR, avec des photos de 1 à 9. "
         "Il refuse d'abord le nettoyage. On est revenus trois fois avant qu'il accepte. Et le nettoyage s'est "
         "fait en quatre fois sur six semaines, pièce par pièce, avec lui, pas à sa place. L'infirmière du CMP "
         "passait chaque semaine. Aujourd'hui il est toujours dans son logement, il a repris un suivi au CMP, "
         "et le logement tient."),
    (AM, "Et le lien avec les procédures d'expulsion, comment vous l'articulez ?"),
    (JM, "C'est un point important, parce que chez beaucoup de locataires qu'on suit, les troubles arrivent avec "
         "un impayé. Quelqu'un qui ne va pas bien n'ouvre plus son courrier, ne répond plus à la CAF, et la dette "
         "monte. Depuis novembre, la commission territoriale de la CCAPEX peut orienter vers la cellule les "
         "dossiers où il y a une dimension de santé mentale, avec l'accord du ménage, et on lui fait un retour "
         "dans les deux mois. Et de notre côté, chez Varèze Habitat, on a pris l'engagement de ne pas lancer de "
         "procédure pour troubles de jouissance sans que la situation soit passée en cellule, sauf danger pour "
         "les personnes."),
    (AM, "Merci Julien. Karima, vous êtes gardienne aux Aubépins. Depuis combien de temps ?"),
    (KD, "Ça fait 14 ans. Quatorze ans aux Aubépins, sur quatre bâtiments, à peu près 180 logements."),
    (AM, "Et vous avez suivi la formation premiers secours en santé mentale. Qu'est-ce que ça a changé pour vous ?"),
    (KD, "Alors je l'ai faite en mars 2025, dans la première session qu'ils ont organisée pour les gardiens, deux "
         "jours. Franchement, au début j'y allais un peu à reculons, je me disais, je ne suis pas psychologue. Mais "
         "ce que ça a changé, c'est que maintenant j'ose aller parler à la personne. Avant, quand il y avait un "
         "problème, je faisais un rapport et c'était le siège qui envoyait un courrier. Maintenant je frappe à la "
         "porte, je dis bonjour, je demande comment ça va, vraiment. Et je sais quoi dire si la personne va très "
         "mal."),
    (KD, "Dans la formation, on apprend le plan d'action, le plan aérer, A, E, R, E, R. Approcher la personne, "
         "évaluer et assister en cas de crise, écouter sans jugement, réconforter et informer, encourager à aller "
         "vers des professionnels, et renseigner sur les autres ressources. Moi, ce qui m'a le plus servi, c'est "
         "écouter sans jugement. Parce qu'on a tous des jugements, surtout quand les voisins viennent se plaindre "
         "tous les jours dans la loge."),
    (AM, "Vous avez un exemple de trouble du voisinage où ça a joué ?"),
    (KD, "Oui. Une dame au troisième, qui criait la nuit, qui tapait sur les murs. Les voisins avaient fait une "
         "pétition, il y avait 22 signatures. Avant, j'aurais transmis la pétition et voilà. Là, je suis montée la "
         "voir un matin, elle m'a parlé des voix qu'elle entendait dans le mur, elle ne dormait plus depuis des "
         "semaines. J'ai fait la fiche d'alerte le jour même, Julien est venu avec l'infirmière la semaine "
         "suivante, et elle a été prise en charge. Les voisins, je leur ai juste dit qu'on s'en occupait, sans "
         "rien dire de sa santé, et ça s'est calmé."),
    (AM, "Et est-ce qu'il y a des limites, des choses qui restent difficiles pour vous ?"),
    (KD, "Oui, bien sûr. Je ne suis pas soignante, et parfois on porte des choses lourdes. La formation nous dit "
         "de ne pas rester seul, et c'est vrai, mais quand une situation se passe mal, un vendredi soir, on "
         "rentre chez soi avec. Ce qui aide, c'est qu'on peut appeler Julien pour débriefer, et on a demandé "
         "des temps d'analyse de pratiques entre gardiens. Et l'autre limite, c'est le temps : on a aussi les "
         "sorties de poubelles, les états des lieux, les réclamations. Parler avec quelqu'un qui va mal, ça prend "
         "une heure, pas cinq minutes."),
    (AM, "Merci beaucoup Karima. Sonia, il y a déjà pas mal de questions dans le chat. La première : est-ce qu'un "
         "voisin ou une famille peut saisir directement la cellule ?"),
    (SB, "Non, pas directement. La saisine de la casque est réservée aux membres de la cellule, c'est-à-dire aux "
         "professionnels des structures qui la composent. Un voisin, une famille, ils passent par la mairie, par "
         "le bailleur ou par le CCAS, et c'est le professionnel qui remplit la fiche de saisine. Et dans tous les "
         "cas, la personne concernée est informée qu'on va parler de sa situation, sauf s'il y a un danger "
         "immédiat. C'est écrit dans notre charte de confidentialité, que chaque membre signe."),
    (AM, "Deuxième question, qui revient souvent : qu'est-ce que vous faites quand la personne refuse tout ?"),
    (SB, "C'est le cœur du sujet, en fait. Le refus, c'est presque la règle dans l'incurie. Notre position, c'est "
         "qu'on ne force pas, mais qu'on ne lâche pas. On garde un lien, le gardien continue de passer, le référent "
         "revient, on passe par le médecin traitant s'il y en a un. On ne recourt à la contrainte que s'il y a un "
         "danger réel, pour la personne ou pour les voisins, risque d'incendie, insalubrité grave, là le service "
         "d'hygiène peut intervenir, et si la personne est en danger du fait de ses troubles, on peut aller "
         "jusqu'aux soins sans consentement. En 2025, sur les 38 situations, il y a eu 3 hospitalisations, dont "
         "une seule sur décision du représentant de l'État."),
    (AM, "Une question dans le chat de Mehdi : comment vous faites avec le secret professionnel, vis-à-vis du "
         "bailleur notamment ?"),
    (SB, "Le bailleur n'est pas soumis au secret médical, donc on fait très attention. En cellule, on partage "
         "uniquement ce qui est nécessaire pour agir, et jamais de diagnostic. Le soignant peut dire « la "
         "personne est suivie » ou « elle n'a plus de suivi », pas plus. Et côté bailleur, Julien pourra vous le "
         "dire, rien de médical n'est écrit dans le dossier locataire."),
    (JM, "Exactement, les fiches d'alerte sont rangées dans un espace à part, avec un accès restreint, et rien "
         "n'apparaît dans le logiciel de gestion locative."),
    (AM, "On a une question à l'oral, je crois. Lucie, vous voulez y aller ?"),
    (LF, "Oui, bonjour, Lucie Ferrand, je suis conseillère sociale chez un bailleur dans la Drôme. Ma question "
         "c'est sur le nettoyage : qui paie ? Parce que chez nous c'est toujours là que ça bloque, les devis sont "
         "énormes et personne ne veut payer."),
    (JM, "Chez nous, c'est un fonds incurie qu'on a monté en 2025 dans le cadre du CLSM. Il était de 30 000 euros "
         "l'an dernier : Varèze Habitat a mis 12 000 euros, le fonds de solidarité logement du Département 8 000, "
         "et l'ARS 10 000. Ça a financé 9 interventions de nettoyage et de désencombrement, avec un coût moyen "
         "d'environ 2 350 euros par logement. Et à partir de 2026, Dauphiné foyer va abonder aussi, à hauteur de "
         "5 000 euros par an. Le point important, c'est qu'on ne finance pas un grand nettoyage d'un coup : on "
         "finance un nettoyage préparé, accompagné, et suivi ensuite."),
    (LF, "Merci, c'est très clair."),
    (AM, "Et une dernière question à l'oral. Thomas ?"),
    (TG, "Bonjour, Thomas Girel, je suis adjoint à la santé dans une commune de Savoie, on n'a pas de CLSM. Est-ce "
         "qu'on peut monter une cellule comme la vôtre sans CLSM, et par où on commence ?"),
    (SB, "Oui, on peut, même si le CLSM aide beaucoup parce qu'il donne un cadre et un coordinateur. Mes trois "
         "conseils : d'abord, commencez petit, avec un noyau de cinq partenaires, les bailleurs, le CMP, le CCAS. "
         "Ensuite, écrivez tout de suite une charte de confidentialité, avant même la première situation, sinon "
         "personne n'ose parler. Et enfin, il faut quelqu'un dont c'est le travail de coordonner, d'envoyer "
         "l'ordre du jour, de relancer, même si c'est une demi-journée par semaine. Sans coordinateur, la cellule "
         "s'arrête au bout de trois réunions."),
    (AM, "Merci. On arrive au bout de nos 20 minutes. Sonia, un mot sur la suite pour Varèze ?"),
    (SB, "Oui, deux nouvelles. Le protocole Habiter et soigner a été signé le 15 janvier 2026 par nos neuf "
         "partenaires, et il crée une équipe mobile santé-logement portée par le centre hospitalier, qui "
         "démarrera le 2 mars 2026 : un infirmier, un mi-temps de psychologue, et un temps de psychiatre, qui "
         "iront au domicile des locataires avec le référent du bailleur. Et l'objectif, c'est que tous les "
         "gardiens des deux bailleurs soient formés aux premiers secours en santé mentale d'ici fin 2026."),
    (AM, "Merci à tous les trois. Pendant qu'on parlait, j'ai lancé un petit sondage : 64 % d'entre vous disent "
         "qu'il n'existe pas de cellule de ce type sur leur territoire, donc il y a du travail. Le prochain rendez-"
         "vous des 20 minutes du Pôle, c'est le mardi 10 mars, même heure, sur la médiation dans les conflits de "
         "voisinage quand un trouble psychique est en jeu. Le replay et la transcription vous seront envoyés "
         "dans la semaine. Bon appétit et à bientôt."),
    (SB, "Merci, au revoir."),
    (KD, "Au revoir."),
]

ATTENDEES = [AM, "Pôle Habitat Santé mentale AuRA", SB, JM, KD, LF, TG, "Élodie Brun", "Mehdi Saadi",
             "Caroline Vidal", "Patrick Roussel", "Inès Boukhari", "Fabienne Colomb", "Romain Tessier",
             "Nadia Cherif", "Jean-Marc Aubert", "Sophie Lanthelme", "Hugo Perret", "Claire Gimenez",
             "Aurélie Fayolle", "Yannick Morel", "Samia Ould-Ali", "Benoît Charvet", "Laure Dumont"]

WPS = 2.3       # mots par seconde
PAUSE = 1.6     # secondes entre deux paragraphes
MARKER_GAP = 270  # un repère au premier paragraphe qui commence 4 min 30 au moins après le précédent
MAX_WORDS = 110   # au-delà, Meet coupe la prise de parole en plusieurs paragraphes


def fmt(sec):
    sec = int(sec)
    return "%02d:%02d:%02d" % (sec // 3600, sec % 3600 // 60, sec % 60)


def split_turn(text):
    """Coupe un long tour en paragraphes de MAX_WORDS mots environ, à une fin de phrase."""
    sentences, cur, out = [], [], []
    for part in text.replace(". ", ".\x00").replace("? ", "?\x00").split("\x00"):
        sentences.append(part)
    for s in sentences:
        cur.append(s)
        if len(" ".join(cur).split()) >= MAX_WORDS * 0.8:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def build():
    paras = []  # (start, speaker, text)
    t = 3.0
    for spk, text in TURNS:
        for chunk in split_turn(text):
            paras.append((t, spk, chunk))
            t += len(chunk.split()) / WPS + PAUSE
    end = t + 4
    return paras, end


def main():
    paras, end = build()
    d = docx.Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    cp.revision = 1
    cp.created = datetime.datetime(2026, 2, 10, 11, 52, 0)
    cp.modified = datetime.datetime(2026, 2, 10, 11, 52, 0)
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    for sty in ("Title", "Heading 1"):
        d.styles[sty].font.name = "Arial"
        d.styles[sty].font.color.rgb = RGBColor(0, 0, 0)
    d.styles["Title"].font.size = Pt(20)
    d.styles["Heading 1"].font.size = Pt(16)
    if "Timestamp" not in [s.name for s in d.styles]:
        ts = d.styles.add_style("Timestamp", WD_STYLE_TYPE.PARAGRAPH)
        ts.base_style = normal
        ts.font.color.rgb = RGBColor(0x5F, 0x63, 0x68)
        ts.font.size = Pt(10)

    d.add_paragraph("Les 20 minutes du Pôle #7 – Incurie et troubles du voisinage : ce que change le travail en "
                    "cellule (2026-02-10 12:29 CET) - Transcription", style="Title")
    d.add_paragraph("Participants", style="Heading 1")
    d.add_paragraph(", ".join(ATTENDEES))
    d.add_paragraph("")
    d.add_paragraph("Transcription", style="Heading 1")
    times = []
    last_marker = None
    for start, spk, text in paras:
        if last_marker is None or start - last_marker >= MARKER_GAP:
            marker = 0 if last_marker is None else int(start)
            d.add_paragraph(fmt(marker), style="Timestamp")
            d.add_paragraph("")
            last_marker = start if last_marker is not None else 0
        p = d.add_paragraph()
        r = p.add_run(spk + ":")
        p.add_run(" " + text)
        times.append({"start": round(start, 1), "speaker": spk, "text": text})
    d.add_paragraph("")
    d.add_paragraph("La réunion s'est terminée après %s 👋" % fmt(end))
    p = d.add_paragraph()
    r = p.add_run("Cette transcription modifiable a été générée par ordinateur et peut contenir des erreurs. Les "
                  "participants peuvent également modifier le texte après sa création.")
    r.italic = True
    d.save(OUT)
    with open(TIMES, "w", encoding="utf-8") as f:
        json.dump({"end": round(end, 1), "paragraphs": times}, f, ensure_ascii=False, indent=1)
    print(OUT, "durée estimée %s, %d paragraphes" % (fmt(end), len(paras)))


if __name__ == "__main__":
    main()
