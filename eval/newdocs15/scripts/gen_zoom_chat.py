# -*- coding: utf-8 -*-
"""Export texte du chat Zoom (« meeting_saved_chat.txt ») du webinaire « Employeurs et santé mentale : accueillir et
maintenir en emploi » du 3 décembre 2026 (Club des entreprises inclusives du Montargeois et CLSM de Montargeuil).

Forme imitée de l'export de conversation du client Zoom en français : une ligne « HH:MM:SS De Nom à Tout le monde : »
par message, suites de messages sur plusieurs lignes indentées d'une tabulation, réponses en fil (« Réponse à … »),
réactions (« A réagi à … avec 👍 »), un message direct enregistré par l'hôte, liens collés, résultats de sondage
recopiés par l'animatrice. Pas de titre ni de date dans le fichier : Zoom ne les écrit pas.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-12-03_club-entreprises-inclusives_chat-zoom-webinaire-employeurs-sante-mentale.txt")

LP = "Lucie Perrin (Club entreprises inclusives)"
NF = "Nadia Ferhat - CLSM Montargeuil"
JC = "Julien Castaing | Élan Travail"
ML = "Dr Marc Lefebvre"
PL = "Patrick Lenoir - Transports Delorme"

MSGS = [
    ("09:58:41", LP, "Tout le monde", ["Bonjour à toutes et à tous ! Nous commençons dans 2 minutes. N'hésitez pas à vous présenter dans le chat : prénom, structure, commune."]),
    ("09:59:12", "Sandrine Martineau", "Tout le monde", ["Bonjour, Sandrine Martineau, DRH de la clinique du Val fleuri, Montargeuil"]),
    ("09:59:30", "Kévin Barbosa", "Tout le monde", ["Bonjour Kévin, gérant d'un restaurant à Bel-Air des Sablons"]),
    ("09:59:58", "Émilie Roche", "Tout le monde", ["Bonjour à tous, Émilie Roche, chargée de relations entreprises à la mission locale du Montargeois"]),
    ("10:00:20", "Yasmina Haddou", "Tout le monde", ["Bonjour ! Yasmina, conseillère France Travail, agence des Grands-Clos"]),
    ("10:02:05", LP, "Tout le monde", ["Pour celles et ceux qui découvrent le Club : nous sommes 37 entreprises adhérentes sur le bassin de Montargeuil, de 3 à 900 salariés.",
                                        "Le webinaire est enregistré, le replay sera envoyé à tous les inscrits."]),
    ("10:04:47", "Kévin Barbosa", "Tout le monde", ["Question : est-ce que l'adhésion au Club est payante ?"]),
    ("10:05:30", LP, "Tout le monde", ["Réponse à « Question : est-ce que l'adhésion au Club est payante ? » :",
                                        "L'adhésion est gratuite la première année, puis 150 € par an pour les entreprises de moins de 50 salariés et 400 € au-delà."]),
    ("10:05:41", "Kévin Barbosa", "Tout le monde", ["A réagi à « L'adhésion est gratuite la p… » avec 👍"]),
    ("10:09:16", NF, "Tout le monde", ["Le guide « Emploi et santé : où s'adresser ? » dont je viens de parler est paru en mai 2026, il est téléchargeable ici :",
                                        "https://www.montargeuil.example/clsm/guide-emploi-sante.pdf"]),
    ("10:11:52", LP, "Tout le monde", ["Résultats du sondage n° 1 « Avez-vous déjà accueilli, à votre connaissance, un salarié vivant avec un trouble psychique ? » :",
                                        "Oui : 62 %",
                                        "Non : 14 %",
                                        "Je ne sais pas : 24 %",
                                        "(42 votants)"]),
    ("10:13:40", "Sandrine Martineau", "Tout le monde", ["Le « je ne sais pas » est très parlant… c'est bien le sujet de la divulgation dont parlait Julien"]),
    ("10:15:03", "Thierry Gauthier", "Tout le monde", ["Si un salarié me dit qu'il a un trouble bipolaire, est-ce que je dois prévenir le médecin du travail ?"]),
    ("10:16:44", ML, "Tout le monde", ["Réponse à « Si un salarié me dit qu'il a un trouble bipolaire… » :",
                                        "Non, c'est au salarié de décider de ce qu'il partage. Il peut demander lui-même une visite à tout moment.",
                                        "Et dans l'autre sens, le médecin du travail ne transmet jamais le diagnostic à l'employeur : seulement l'avis d'aptitude et les préconisations d'aménagement du poste."]),
    ("10:17:02", "Thierry Gauthier", "Tout le monde", ["Merci, c'est très clair"]),
    ("10:19:25", JC, "Tout le monde", ["Quelques chiffres 2026 de Tremplin pour ceux qui les demandaient : au 30 novembre, 91 personnes accompagnées et 38 contrats de travail signés, dont 15 CDI.",
                                        "L'équipe compte maintenant 3,5 ETP de job coachs."]),
    ("10:21:10", "Émilie Roche", "Tout le monde", ["Bravo ! 👏"]),
    ("10:22:38", PL, "Tout le monde", ["Chez Transports Delorme on a embauché deux personnes accompagnées par Tremplin en 2026, toutes les deux en CDI, une au quai et une à l'exploitation.",
                                        "Le plus utile pour nous : pouvoir appeler le job coach quand quelque chose ne va pas, au lieu de laisser la situation se dégrader."]),
    ("10:24:05", "Sandrine Martineau", "Tout le monde", ["Qu'est-ce que la charte dont parlait Mme Brossard ? Comment la signer ?"]),
    ("10:25:47", NF, "Tout le monde", ["Réponse à « Qu'est-ce que la charte dont parlait Mme Brossard ? Comment la signer ? » :",
                                        "C'est la charte « Employeurs engagés pour la santé mentale » portée par le CLSM : 6 engagements (former les managers, désigner un interlocuteur, aménager les horaires, etc.).",
                                        "Elle a été signée par 21 entreprises et par la Ville depuis juin 2026. Pour la signer, il suffit d'écrire à clsm@montargeuil.example"]),
    ("10:28:13", "Yasmina Haddou", "Tout le monde", ["Pour info, dans l'agence nous avons deux conseillers référents santé mentale, vous pouvez nous solliciter pour une mise en relation avec des candidats."]),
    ("10:31:56", "Thierry Gauthier", "Tout le monde", ["Le référent handicap est-il obligatoire dans une PME de 80 salariés ?"]),
    ("10:33:20", LP, "Tout le monde", ["Réponse à « Le référent handicap est-il obligatoire dans une PME de 80 salariés ? » :",
                                        "Non, il est obligatoire à partir de 250 salariés. Mais rien n'empêche d'en désigner un, et beaucoup d'adhérents du Club l'ont fait."]),
    ("10:36:02", LP, "Tout le monde", ["Résultats du sondage n° 2 « Quel frein principal pour recruter une personne accompagnée par un job coach ? » :",
                                        "Manque d'information : 45 %",
                                        "Peur de ne pas savoir réagir en cas de crise : 33 %",
                                        "Réticences de l'équipe : 12 %",
                                        "Aucun frein : 10 %"]),
    ("10:41:07", "Sophie Marchetti", "Nadia Ferhat - CLSM Montargeuil (message direct)", ["Bonjour Nadia, pourriez-vous me transmettre les coordonnées de Julien ? Nous aurions un poste d'agent d'accueil à pourvoir en janvier."]),
    ("10:44:30", "Kévin Barbosa", "Tout le monde", ["Pour la restauration, les horaires coupés posent problème avec les traitements ? "]),
    ("10:46:12", JC, "Tout le monde", ["Réponse à « Pour la restauration, les horaires coupés posent problème avec les traitements ? » :",
                                        "Ça dépend vraiment des personnes. On en parle avant la prise de poste, et on peut proposer un démarrage à temps partiel puis augmenter progressivement les heures."]),
    ("10:52:30", LP, "Tout le monde", ["Merci à toutes et à tous ! Prochain petit-déjeuner du Club : jeudi 21 janvier 2027 à 8 h 30, à la CCI du Loiret (antenne de Montargeuil), sur le thème « Manager une équipe après un burn-out ».",
                                        "Inscriptions : https://www.entreprises-inclusives-montargeois.example/agenda"]),
    ("10:52:58", "Émilie Roche", "Tout le monde", ["Merci pour ce webinaire très concret !"]),
    ("10:53:10", "Yasmina Haddou", "Tout le monde", ["Merci beaucoup, bonne journée"]),
]


def main():
    out = []
    for t, who, to, lines in MSGS:
        out.append("%s De %s à %s : %s" % (t, who, to, lines[0]))
        for extra in lines[1:]:
            out.append("\t" + extra)
    with open(OUT, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(out) + "\n")
    print(OUT)


if __name__ == "__main__":
    main()
