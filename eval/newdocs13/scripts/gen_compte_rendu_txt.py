# -*- coding: utf-8 -*-
"""Génère le courriel en texte brut de la coordinatrice du CLSM de Sarcenay (22 octobre 2026) qui transmet le
compte rendu de l'assemblée plénière du 13 octobre 2026 : en-têtes de courriel, titres soulignés de « = » et « - »,
listes, relevé de décisions, budget 2027 en tableau aligné par espaces, calendrier 2027, coordonnées, signature et
mentions de bas de courriel. Lignes coupées à 76 colonnes, comme un client de messagerie. Tout est fictif.
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-10-22_clsm-sarcenay_compte-rendu-assemblee-pleniere-13-octobre-2026.txt")

HEAD = """De : Margaux Lefèvre <m.lefevre@sarcenay.example>
À : clsm-membres@listes.sarcenay.example
Cc : Didier Varenne <d.varenne@sarcenay.example>
Date : jeu. 22 oct. 2026 à 16:42
Objet : [CLSM Sarcenay] Compte rendu de l'assemblée plénière du 13 octobre 2026 + calendrier 2027
Pièces jointes : CR_pleniere_CLSM_2026-10-13.pdf (412 Ko) ; diaporama_pleniere_2026.pdf (3,1 Mo)
"""

BODY = """
Bonjour à toutes et à tous,

Vous trouverez ci-dessous le compte rendu de l'assemblée plénière du conseil
local de santé mentale (CLSM) de Sarcenay, qui s'est tenue le mardi 13 octobre
2026. La version PDF et le diaporama sont en pièces jointes. Merci de me faire
part de vos éventuelles corrections avant le vendredi 6 novembre ; passé ce
délai, le compte rendu sera considéré comme validé et mis en ligne sur la page
du CLSM.

Je vous remercie encore pour votre participation nombreuse.

Bien cordialement,
Margaux

"""

CR = [
    ("=", "COMPTE RENDU — ASSEMBLÉE PLÉNIÈRE DU CLSM DE SARCENAY"),
    ("p", "Mardi 13 octobre 2026, de 14 h à 17 h, salle Jean-Vilar, centre culturel des Bruyères-Hautes, Sarcenay."),
    ("p", "Présidence : M. Didier Varenne, adjoint au maire chargé de la santé et du handicap, président du CLSM."),
    ("p", "Participants : 68 personnes présentes (liste d'émargement en annexe du PDF), dont 9 élus, 7 représentants des usagers et des familles, 14 professionnels du soin, 21 professionnels du social et du logement, et 17 autres partenaires (Éducation nationale, police municipale, associations, conseil citoyen)."),
    ("p", "Excusés : la déléguée départementale de l'ARS (représentée par M. Karim Sefraoui), le directeur de l'hôpital Les Coudraies."),
    ("-", "Ordre du jour"),
    ("l", ["1. Ouverture et mot du président",
           "2. Bilan d'activité du CLSM (septembre 2025 – septembre 2026)",
           "3. Présentation : le nouveau centre médico-psychologique adultes",
           "4. Budget prévisionnel 2027",
           "5. Échanges avec la salle et questions diverses"]),
    ("-", "1. Ouverture"),
    ("p", "M. Varenne ouvre la séance en rappelant que le CLSM fête cette année ses dix ans : il a été installé le 4 octobre 2016 à la suite d'une délibération du conseil municipal. Il souligne la hausse de la fréquentation de l'assemblée plénière (41 participants en 2024, 68 cette année) et remercie en particulier les représentants des usagers et des familles, « sans lesquels un CLSM n'est qu'une réunion de professionnels »."),
    ("p", "Il annonce que la ville a décidé de porter le poste de coordination de 0,8 à 1 équivalent temps plein à compter du 1er janvier 2027."),
    ("-", "2. Bilan d'activité"),
    ("p", "Margaux Lefèvre, coordinatrice, présente le bilan de l'année écoulée (voir diaporama, diapositives 4 à 12). Les principaux points :"),
    ("l", ["- Groupe d'appui aux situations individuelles (GASI) : 29 situations examinées entre septembre 2025 et juin 2026 en onze séances, dont 21 ont trouvé une issue jugée favorable (maintien dans le logement, entrée dans les soins, mise en place d'une mesure de protection). Les bailleurs sont à l'origine de 12 saisines sur 29.",
           "- Premiers secours en santé mentale : 4 sessions organisées, 47 personnes formées (gardiens, agents d'accueil de la mairie, animateurs jeunesse, policiers municipaux). Liste d'attente de 22 personnes pour 2027.",
           "- Semaines d'information sur la santé mentale 2026 : 11 actions, environ 620 participants, dont un ciné-débat au cinéma Le Lumière qui a réuni 140 personnes et une journée portes ouvertes au GEM Les Passants.",
           "- Groupe de travail logement : rédaction d'un protocole de prévention des expulsions locatives pour les locataires en souffrance psychique, signé le 2 juillet 2026 avec les deux bailleurs sociaux de la ville.",
           "- Groupe de travail jeunesse : création d'un annuaire des ressources pour les 11-25 ans, diffusé à 3 000 exemplaires dans les collèges et le lycée."]),
    ("p", "Mme Lefèvre note deux difficultés : la faible participation des médecins généralistes (2 sur 31 installés sur la commune) et l'absence de solution pour les situations de crise la nuit et le week-end, hors passage aux urgences."),
    ("-", "3. Le nouveau CMP adultes"),
    ("p", "Le Dr Fatou Ndiaye, cheffe du pôle de psychiatrie adulte de l'hôpital Les Coudraies, présente le déménagement du centre médico-psychologique adultes. À compter du lundi 4 janvier 2027, le CMP quittera ses locaux de la rue Gambetta pour s'installer au 5, avenue de la Libération, au rez-de-chaussée de la nouvelle maison de santé pluriprofessionnelle, à proximité immédiate du quartier des Bruyères-Hautes et de l'arrêt de tramway « Libération »."),
    ("p", "Le CMP sera ouvert du lundi au vendredi de 9 h à 18 h, avec une ouverture prolongée jusqu'à 19 h le mardi. Un accueil infirmier sans rendez-vous sera mis en place le mercredi matin de 9 h à 12 h, pour évaluer les demandes et orienter. Le délai moyen pour un premier rendez-vous avec un psychiatre est actuellement de sept semaines ; l'objectif annoncé est de le ramener à quatre semaines d'ici fin 2027."),
    ("p", "À une question de Mme Sandrine Picot (Unafam), le Dr Ndiaye précise que les dossiers et les suivis en cours seront transférés sans changement de soignant, et qu'un courrier sera adressé à chaque patient en décembre."),
    ("-", "4. Budget prévisionnel 2027"),
    ("p", "La coordinatrice présente le budget prévisionnel 2027, qui tient compte du passage du poste de coordination à temps plein :"),
    ("t", ["    Dépenses                                    Montant",
           "    ------------------------------------------  --------",
           "    Coordination (1 ETP, salaire chargé)        48 000 €",
           "    Formations PSSM (4 sessions)                 7 600 €",
           "    SISM 2027                                    3 800 €",
           "    Fonctionnement et communication              2 000 €",
           "    TOTAL                                       61 400 €",
           "",
           "    Recettes                                    Montant",
           "    ------------------------------------------  --------",
           "    ARS Île-de-France (FIR)                     24 000 €",
           "    Ville de Sarcenay                           30 400 €",
           "    Contrat de ville (crédits de l'État)         7 000 €",
           "    TOTAL                                       61 400 €"]),
    ("p", "Le budget prévisionnel 2027 est approuvé à l'unanimité moins deux abstentions. La participation de l'ARS reste à confirmer ; elle était de 22 000 € en 2026."),
    ("-", "5. Échanges avec la salle"),
    ("p", "Plusieurs participants reviennent sur les situations de crise la nuit et le week-end. Le commissaire de police rappelle que ses équipes sont souvent les premières appelées, sans formation spécifique. Le Dr Ndiaye indique qu'une équipe mobile de crise est à l'étude à l'échelle du département dans le cadre du PTSM, sans calendrier arrêté à ce jour."),
    ("p", "Mme Odette Ramos, du conseil citoyen des Bruyères-Hautes, demande que le CLSM s'intéresse davantage aux personnes âgées isolées, de plus en plus nombreuses dans le quartier. Après échange, l'assemblée propose la création d'un groupe de travail « santé mentale des seniors », copiloté par le CCAS et l'équipe de psychiatrie de la personne âgée."),
    ("p", "M. Julien Brossard, représentant du GEM Les Passants, souhaite que les usagers soient associés à la préparation des prochaines SISM dès le mois de mars. Accord de la coordinatrice."),
    ("-", "Relevé des décisions"),
    ("l", ["D1. Le compte rendu de l'assemblée plénière du 14 octobre 2025 est approuvé sans modification.",
           "D2. Le budget prévisionnel 2027, d'un montant de 61 400 €, est approuvé (unanimité moins deux abstentions).",
           "D3. Un groupe de travail « santé mentale des seniors » est créé, copiloté par le CCAS et l'équipe de psychiatrie de la personne âgée ; première réunion au premier trimestre 2027.",
           "D4. Les usagers et les familles seront associés à la préparation des SISM 2027 dès le mois de mars.",
           "D5. Le thème de la prochaine assemblée plénière sera la santé mentale au travail et l'insertion professionnelle."]),
    ("-", "Calendrier 2027"),
    ("t", ["    Instance                                Date                       Lieu",
           "    --------------------------------------  -------------------------  ---------------------",
           "    Comité de pilotage n° 1                 mardi 19 janvier, 14 h     Hôtel de ville, salle 2",
           "    Groupe de travail logement              jeudi 4 février, 9 h 30    CCAS",
           "    Groupe de travail jeunesse              jeudi 11 février, 14 h     Maison des adolescents",
           "    Groupe de travail seniors (lancement)   mardi 16 mars, 10 h        CCAS",
           "    Comité de pilotage n° 2                 mardi 8 juin, 14 h         Hôtel de ville, salle 2",
           "    SISM 2027                               du 4 au 17 octobre         toute la ville",
           "    Assemblée plénière                      mardi 12 octobre, 14 h     Salle Jean-Vilar"]),
    ("p", "Le GASI continue de se réunir le premier jeudi de chaque mois, de 9 h 30 à 11 h 30, au CCAS (hors août)."),
    ("-", "Contact"),
    ("l", ["Margaux Lefèvre, coordinatrice du CLSM de Sarcenay",
           "Direction de la santé publique — 12, rue de la République, 91400 Sarcenay (adresse fictive)",
           "Tél. : 01 00 00 47 21 (permanence téléphonique le lundi et le jeudi, de 9 h à 12 h)",
           "Courriel : m.lefevre@sarcenay.example",
           "Saisine du GASI : fiche à télécharger sur www.sarcenay.example/clsm, à renvoyer à gasi.clsm@sarcenay.example"]),
]

SIGN = """
--
Margaux Lefèvre
Coordinatrice du Conseil local de santé mentale
Direction de la santé publique — Ville de Sarcenay
01 00 00 47 21 | m.lefevre@sarcenay.example
www.sarcenay.example/clsm

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement
à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer
l'expéditeur et de le supprimer.
Pensez à l'environnement avant d'imprimer ce courriel.
"""


def render():
    out = [HEAD, BODY]
    for kind, val in CR:
        if kind in ("=", "-"):
            out.append("")
            out.append(val)
            out.append(kind * len(val))
            out.append("")
        elif kind == "p":
            out.append(textwrap.fill(val, 76))
            out.append("")
        elif kind == "l":
            for it in val:
                ind = "  " if it[:2] == "- " else ("    " if it[:1] == "D" else "   ")
                out.append(textwrap.fill(it, 76, subsequent_indent=ind))
            out.append("")
        elif kind == "t":
            out.extend(val)
            out.append("")
    out.append(SIGN)
    return "\n".join(out)


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(render())
    print(os.path.basename(OUT))


if __name__ == "__main__":
    main()
