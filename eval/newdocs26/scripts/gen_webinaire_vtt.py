# -*- coding: utf-8 -*-
"""WebVTT d'un webinaire de 15 minutes (« Les Jeudis du Centre ressource ») avec balises de voix <v Nom>.

Tout est fictif : territoire de Terre-Aurore, villes, personnes, chiffres.
Forme : en-tête « WEBVTT » avec une ligne Kind/Language, un bloc NOTE, identifiants de repères numériques,
balises <v Prénom Nom> sans balise fermante (comme Teams ou un outil de sous-titrage), un repère par une ou deux
phrases, chiffres en chiffres sauf quelques-uns dits en lettres. Le temps de chaque repère est estimé à 1,95 mot
par seconde plus une pause de 0,9 s.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-03-12_crsm-terre-aurore_webinaire-crise-soins-sans-consentement.vtt")

L, H, N, S, Y, F = ("Laura Desvignes", "Hélène Cabrisseau", "Nadège Florimond", "Sandrine Oudinot",
                    "Yannick Bellerose", "Fabrice Anglio")

CUES = [
    (L, "Bonjour à toutes et à tous, bienvenue dans ce nouveau Jeudi du Centre ressource. On a quinze minutes, "
        "pas une de plus, c'est la règle de la maison."),
    (L, "Le thème du jour : la crise psychique et les soins sans consentement à Terre-Aurore. Comment éviter la "
        "contrainte quand c'est possible, et bien la faire quand elle est nécessaire."),
    (L, "Avec moi, le docteur Hélène Cabrisseau, psychiatre, cheffe du pôle Centre du CHS de Morne-Vigie, et "
        "Nadège Florimond, coordinatrice du CLSM de Cap Aurore."),
    (L, "Mais aussi la capitaine Sandrine Oudinot, de la compagnie de gendarmerie de Saint-Lucien, Yannick "
        "Bellerose, infirmier de l'équipe mobile psychiatrie précarité, et Fabrice Anglio, adhérent du GEM Les "
        "Alizés."),
    (L, "Les questions se posent dans la discussion, je les lirai à la fin. Docteur Cabrisseau, on commence par "
        "les chiffres ?"),
    (H, "Oui. En 2025, on a eu 538 admissions en soins sans consentement au CHS de Morne-Vigie. C'était 486 en "
        "2024, donc une hausse d'environ 11 %."),
    (H, "Derrière ces admissions, il y a 412 personnes différentes, parce que certaines personnes ont été admises "
        "plusieurs fois dans l'année."),
    (H, "Ce qui me préoccupe le plus, c'est le péril imminent. 109 admissions l'an dernier, un peu plus d'une sur "
        "cinq."),
    (H, "Le péril imminent, c'est la procédure prévue quand on ne trouve pas de tiers. Un seul certificat, d'un "
        "médecin extérieur à l'établissement, et le directeur prononce l'admission."),
    (H, "Le problème, c'est qu'aux urgences, à trois heures du matin, on ne cherche pas toujours le tiers très "
        "longtemps. Un cousin, une voisine, un ami peuvent être tiers."),
    (L, "Et les programmes de soins, ça progresse ?"),
    (H, "Oui. Au 31 décembre, 164 personnes étaient en programme de soins, contre 139 un an plus tôt."),
    (H, "Le programme de soins, c'est une mesure de soins sans consentement, mais hors de l'hôpital : la personne "
        "vit chez elle et s'engage à venir à ses consultations, à son traitement, parfois à l'hôpital de jour."),
    (H, "Ce n'est pas une sanction. Bien utilisé, c'est un pont entre l'hospitalisation complète et la liberté "
        "totale. Mal utilisé, ça peut durer des années sans qu'on se pose la question."),
    (L, "Nadège, le CLSM a monté une cellule de crise. Elle sert à quoi, concrètement ?"),
    (N, "La cellule de veille et de gestion des situations de crise, on dit la cellule de crise, existe depuis "
        "septembre 2024. Elle se réunit chaque jeudi à 8 h 30, en visio."),
    (N, "Autour de la table, le secteur de psychiatrie, l'équipe mobile, les CCAS, la police municipale, la police "
        "nationale, la gendarmerie, et les bailleurs quand c'est leur locataire."),
    (N, "On y parle de situations qui se dégradent : une personne qui ne sort plus, des voisins qui appellent tous "
        "les jours, une famille épuisée. L'idée, c'est d'agir avant l'urgence."),
    (N, "En 2025, la cellule a examiné 47 situations. Dans 18 d'entre elles, on estime qu'une hospitalisation sans "
        "consentement a pu être évitée."),
    (N, "Je dis bien on estime : on n'a pas de groupe témoin. Mais dans ces situations, la personne a accepté un "
        "soin librement, ou la crise s'est apaisée autrement."),
    (L, "Dans la discussion, Josiane demande : est-ce qu'une famille peut saisir directement la cellule ?"),
    (N, "Pas directement. La saisine est réservée aux membres de la cellule. Une famille passe par le CCAS de sa "
        "commune, par le médecin traitant ou par le CMP."),
    (N, "Et on ne présente jamais une situation sans l'avoir anonymisée au départ. Les noms ne sont donnés qu'aux "
        "professionnels qui vont agir, c'est écrit dans notre charte."),
    (L, "Capitaine Oudinot, côté gendarmerie, comment ça se passe quand on vous appelle pour une personne en "
        "crise ?"),
    (S, "D'abord, je le dis souvent : nous ne sommes pas des soignants. Notre rôle, c'est la sécurité des "
        "personnes, y compris celle de la personne en crise."),
    (S, "Depuis la convention signée en avril 2025 avec le préfet, le procureur, le CHS et les pompiers, chacune "
        "des onze brigades du territoire a un référent santé mentale."),
    (S, "Ce référent connaît les procédures, il a la fiche réflexe, et il a le numéro de la ligne de liaison du "
        "CHS, qui répond vingt-quatre heures sur vingt-quatre."),
    (S, "En 2025, 86 policiers et gendarmes ont suivi le module de formation sur la crise psychique. Une journée, "
        "avec un psychiatre et un infirmier du CHS."),
    (L, "Et le transport ? C'est souvent là que ça coince."),
    (S, "Le principe, c'est l'ambulance. Nous, on accompagne l'ambulance si c'est nécessaire, on ne transporte pas "
        "la personne dans un véhicule de gendarmerie, sauf danger immédiat."),
    (S, "Et le menottage doit rester exceptionnel. Une personne malade n'est pas une personne interpellée. On l'a "
        "réécrit noir sur blanc dans la fiche réflexe."),
    (S, "Ce qui reste difficile, ce sont les délais la nuit dans les hauts. Attendre une ambulance deux heures sur "
        "un parking avec une personne très agitée, c'est long pour tout le monde."),
    (L, "Yannick, l'équipe mobile psychiatrie précarité, elle intervient où dans ce schéma ?"),
    (Y, "Avant, autant que possible. L'équipe s'appelle Lakou Mobile. Le lakou, en créole, c'est la cour commune, "
        "là où on se retrouve."),
    (Y, "On va vers les personnes à la rue ou très isolées, qui ne viendront jamais au CMP d'elles-mêmes. En 2025, "
        "notre file active, c'était 236 personnes."),
    (Y, "On est trois infirmiers, une psychologue à mi-temps et un temps de psychiatre. On couvre Port-Aurore et "
        "Anse-Coralie."),
    (Y, "Un exemple. Monsieur T. dormait sous la halle du marché de Port-Aurore. Les commerçants appelaient la "
        "police municipale presque chaque semaine."),
    (Y, "On est passés le voir pendant trois semaines, d'abord juste pour un café. Il a fini par accepter de venir "
        "en consultation libre au CMP."),
    (Y, "Sans ce temps-là, ça se serait sans doute terminé par un péril imminent aux urgences. Le temps, c'est "
        "notre outil principal, et c'est aussi ce qui manque le plus."),
    (L, "Fabrice, vous avez vécu vous-même une hospitalisation sans consentement. Qu'est-ce que vous en "
        "retenez ?"),
    (F, "C'était en 2019, à la demande de ma sœur. Sur le moment, je lui en ai voulu. Aujourd'hui, je pense "
        "qu'elle m'a sauvé, mais la manière aurait pu être différente."),
    (F, "Ce qui m'a le plus manqué, c'est qu'on m'explique mes droits. On m'a donné un papier, je n'étais pas en "
        "état de le lire. Personne n'est revenu me l'expliquer."),
    (F, "Je ne savais même pas que j'allais voir un juge. Quand je suis passé devant le juge des libertés, au bout "
        "de dix jours, je croyais que j'avais fait quelque chose de mal."),
    (F, "Maintenant, au GEM, on a préparé avec le CHS un livret, Vos droits en soins sans consentement, écrit par "
        "des adhérents, avec des mots simples."),
    (F, "Et on parle beaucoup du plan de crise conjoint. C'est un document qu'on écrit à froid avec son "
        "psychiatre : les signes qui montrent que ça ne va pas, qui appeler, ce qui m'apaise."),
    (L, "Vous êtes combien au GEM aujourd'hui ?"),
    (F, "On est 58 adhérents. Le local est rue des Flamboyants, à Port-Aurore, il est ouvert du lundi au vendredi."),
    (F, "Et au GEM, on ne parle pas de maladie, on parle de ce qu'on fait ensemble."),
    (L, "Merci. Docteur Cabrisseau, une réaction sur les droits et sur le juge ?"),
    (H, "Fabrice a raison. Le contrôle du juge des libertés et de la détention est obligatoire avant le douzième "
        "jour d'hospitalisation complète. C'est une garantie, pas une accusation."),
    (H, "En 2025, le juge a statué sur 447 mesures et a prononcé 19 mainlevées, en général pour des irrégularités "
        "de procédure : un certificat en retard, une décision mal motivée."),
    (H, "Chaque mainlevée, c'est un signal pour nous. On a revu nos circuits de certificats en fin d'année, "
        "surtout le week-end."),
    (L, "On passe aux questions de la discussion. Marc, élu à Anse-Coralie, demande : est-ce qu'un maire peut "
        "faire hospitaliser quelqu'un ?"),
    (S, "Je laisse Nadège répondre, mais en deux mots : oui, avec une mesure provisoire, et il faut un avis "
        "médical."),
    (N, "Oui. En cas de danger imminent pour la sûreté des personnes, attesté par un avis médical, le maire peut "
        "prendre une mesure provisoire. Le préfet doit statuer dans les 48 heures."),
    (N, "Sans décision du préfet dans ce délai, la mesure tombe. En 2025, les maires du territoire ont pris 31 "
        "mesures provisoires."),
    (N, "On a fait un mémento pour les communes avec la préfecture, il est en ligne sur le site du CLSM."),
    (L, "Deuxième question, de Sylvie : est-ce qu'un membre de la famille peut refuser d'être tiers ?"),
    (H, "Bien sûr. Personne n'est obligé d'être tiers. Certaines familles ont peur que la personne leur en veuille, "
        "c'est légitime."),
    (H, "Dans ce cas, si la personne est en danger et qu'aucun tiers ne peut être trouvé, on passe par le péril "
        "imminent. Mais il faut vraiment avoir cherché."),
    (L, "Dernière question, de Kévin, de l'association Lanmou Kaz : et les pairs-aidants aux urgences, c'est pour "
        "quand ?"),
    (H, "C'est dans nos pistes pour 2026 : un pair-aidant présent aux urgences du CHU trois demi-journées par "
        "semaine, en lien avec le GEM. Le financement n'est pas encore acquis."),
    (L, "Un mot de conclusion chacun, très court. Nadège ?"),
    (N, "Parlez-nous des situations tôt. Une cellule de crise qui ne voit que des urgences, c'est une cellule qui "
        "arrive trop tard."),
    (S, "Appelez la ligne de liaison avant d'intervenir, même à deux heures du matin. Elle est faite pour ça."),
    (Y, "Donnez-nous du temps. L'aller-vers, ça ne se mesure pas en nombre d'actes."),
    (F, "Parlez aux gens comme à des personnes, même en pleine crise. On se souvient de tout."),
    (H, "Et cherchez le tiers. Le péril imminent doit rester l'exception."),
    (L, "Merci à tous. Le prochain Jeudi du Centre ressource aura lieu le 9 avril : il portera sur les directives "
        "anticipées en psychiatrie. Bonne fin de journée."),
]


def stamp(t):
    h = int(t // 3600)
    m = int(t % 3600 // 60)
    s = t - h * 3600 - m * 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def main():
    lines = ["WEBVTT", "Kind: captions", "Language: fr", "",
             "NOTE", "Les Jeudis du Centre ressource n° 14 - 12 mars 2026 - transcription relue par le CRSM-TA", ""]
    t = 4.0
    for i, (who, text) in enumerate(CUES, 1):
        dur = max(2.5, len(text.split()) / 1.95)
        lines += [str(i), "%s --> %s" % (stamp(t), stamp(t + dur)), "<v %s>%s" % (who, text), ""]
        t += dur + 0.9
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(OUT, len(CUES), "repères, fin à", stamp(t))


if __name__ == "__main__":
    main()
