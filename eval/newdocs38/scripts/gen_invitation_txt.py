# -*- coding: utf-8 -*-
"""Génère le courriel d'invitation du CLSM de Belcombe au cycle d'ateliers pour les aidants (12 février 2026),
archivé en texte brut (.txt) tel qu'il sort d'une liste de diffusion.

Mise en page voulue : en-têtes de courriel ; corps coupé à 72 colonnes ; liste numérotée des ateliers à retrait
suspendu ; rubriques soulignées de tirets ; signature après « -- » ; message transféré de l'association
Répit'Sâline (dates des séjours 2026, nouvelle participation) avec sa propre liste et sa signature ; pied de liste
de diffusion.

Tout est inventé (ville, organismes, personnes, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-12_clsm-belcombe_invitation-ateliers-aidants.txt")
WIDTH = 72


def para(t, indent="", sub=None):
    return textwrap.fill(t, WIDTH, initial_indent=indent, subsequent_indent=sub if sub is not None else indent,
                         break_on_hyphens=False, break_long_words=False)


def item(head, t, hang=4):
    return textwrap.fill(t, WIDTH, initial_indent=head.ljust(hang), subsequent_indent=" " * hang,
                         break_on_hyphens=False, break_long_words=False)


def rubric(t):
    return t + "\n" + "-" * len(t)


def quoted(block):
    return "\n".join(("> " + ln) if ln else ">" for ln in block.split("\n"))


ATELIERS = [
    ("1.", "« Comprendre pour mieux aider » — samedi 7 mars 2026, 10 h – 12 h, médiathèque Louise-Michel "
           "(1 place du Marché). Les troubles psychiques, les traitements, ce que l'on peut attendre des soins. "
           "Avec le Dr Hélène Marchetti, psychiatre au CHS du Val-de-Sâline."),
    ("2.", "« Dire non sans culpabiliser » — mardi 17 mars 2026, 18 h 30 – 20 h 30, centre social de la Combe "
           "(12 rue des Vergers). Poser des limites, refuser sans rompre le lien. Avec Julien Perrault, "
           "psychologue, co-animateur de Cap Familles."),
    ("3.", "« Retrouver le sommeil » — samedi 28 mars 2026, 10 h – 12 h, salle Rameau, Maison des "
           "associations. Initiation à la sophrologie et conseils pratiques. Avec Inès Garnier, sophrologue de "
           "Répit'Sâline. Venir en tenue confortable."),
    ("4.", "« Mes droits d'aidant » — jeudi 9 avril 2026, 14 h – 16 h, CCAS, 9 rue Carnot. Mesures de "
           "protection juridique, aides financières, démarches. Avec Thomas Girardot (CCAS) et une mandataire "
           "de l'ATHS, l'association tutélaire de Haute-Sâline."),
    ("5.", "« Parler de la maladie aux enfants de la famille » — mercredi 15 avril 2026, 14 h – 16 h, centre "
           "social de la Combe. Avec Sophie Lambert, infirmière du collège Gustave-Courbet, et une psychologue "
           "de la maison des adolescents. Garde des enfants assurée sur place pendant l'atelier."),
]

SEJOURS = [
    "- du vendredi 24 au dimanche 26 avril 2026 ;",
    "- du vendredi 12 au dimanche 14 juin 2026 ;",
    "- du vendredi 18 au dimanche 20 septembre 2026 (séjour en duo) ;",
    "- du vendredi 20 au dimanche 22 novembre 2026.",
]


def build():
    out = []
    out += ["From: Camille Roussel <camille.roussel@belcombe.example>",
            "To: gt-aidants@listes.belcombe.example",
            "Date: Thu, 12 Feb 2026 10:14:32 +0100",
            "Subject: [GT Aidants] Invitation : ateliers « Prendre soin de soi",
            " quand on aide un proche » (mars-avril 2026)",
            "Message-ID: <20260212101432.4471@belcombe.example>",
            "Content-Type: text/plain; charset=UTF-8; format=flowed",
            "List-Id: GT Aidants du CLSM <gt-aidants.listes.belcombe.example>",
            ""]
    out.append("Bonjour à toutes et à tous,")
    out.append("")
    out.append(para("Comme annoncé lors de la séance plénière du CLSM du 11 décembre 2025, qui a validé la feuille "
                    "de route 2026 du groupe « Aidants », nous avons le plaisir de vous inviter, et surtout "
                    "d'inviter les familles que vous accompagnez, au premier cycle d'ateliers « Prendre soin de "
                    "soi quand on aide un proche ». Il est organisé par le CLSM avec le CCAS, la délégation AFAMP "
                    "de Haute-Sâline, le CHS du Val-de-Sâline et Répit'Sâline."))
    out.append("")
    out.append(para("Les ateliers sont gratuits, ouverts à tous les proches (parents, conjoints, frères et "
                    "sœurs, enfants majeurs, amis), qu'ils habitent Belcombe ou non. Chaque atelier dure deux "
                    "heures et accueille 15 personnes au plus. On peut s'inscrire à un seul atelier ou à "
                    "plusieurs."))
    out.append("")
    out.append(rubric("LES CINQ ATELIERS"))
    out.append("")
    for h, t in ATELIERS:
        out.append(item(h, t))
        out.append("")
    out.append(rubric("COMMENT S'INSCRIRE"))
    out.append("")
    out.append(para("Inscription obligatoire, au plus tard trois jours avant chaque atelier : par le formulaire "
                    "en ligne sur sante-mentale.belcombe.example/ateliers-aidants, ou par téléphone au secrétariat "
                    "du CLSM, 03 99 00 27 15 (du lundi au vendredi, 9 h – 12 h). Merci d'indiquer si vous avez "
                    "besoin d'une garde d'enfants pour l'atelier 5, ou d'un transport depuis La Combe-aux-Loups "
                    "(navette gratuite du CCAS, sur demande)."))
    out.append("")
    out.append(rubric("LES AUTRES NOUVELLES DU GROUPE"))
    out.append("")
    for h, t in [
        ("*", "Cap Familles : le second groupe, le jeudi de 18 h à 21 h, a démarré le jeudi 5 février 2026 au "
              "CMP Pasteur avec 12 familles, dont 5 de La Combe-aux-Loups. Le groupe du mardi poursuit son "
              "cycle jusqu'en avril. Liste d'attente au 10 février : 26 familles."),
        ("*", "Café Boussole : depuis janvier, il a lieu le deuxième samedi du mois, de 10 h à 12 h, à la "
              "médiathèque Louise-Michel, et non plus le jeudi au centre social. Prochain café : samedi 14 "
              "mars 2026."),
        ("*", "Écoute Familles : à partir du lundi 2 mars 2026, la ligne de l'AFAMP (03 99 00 41 70) répondra "
              "aussi le samedi de 9 h à 12 h."),
        ("*", "Pair-aidance familiale : depuis son ouverture le 4 novembre, la permanence des pair-aidants "
              "familiaux au CMP Pasteur (le mardi, 14 h – 17 h) a reçu 31 familles."),
        ("*", "Prochaine réunion du groupe de travail : jeudi 26 mars 2026, 9 h 30, salle du CCAS. Ordre du "
              "jour : kit famille, bilan de la Journée des aidants, préparation de la rentrée scolaire."),
    ]:
        out.append(item(h, t, hang=2))
        out.append("")
    out.append(para("Enfin, je vous transfère ci-dessous le message de Répit'Sâline sur les séjours Parenthèse "
                    "2026 : attention, la participation demandée aux aidants change cette année."))
    out.append("")
    out.append("Bien cordialement,")
    out.append("Camille")
    out.append("")
    out.append("-- ")
    out += ["Camille Roussel",
            "Coordinatrice du conseil local de santé mentale (CLSM) de Belcombe",
            "Direction de la santé publique — Hôtel de ville, place Lamartine",
            "Tél. 03 99 00 27 15 · Port. 06 99 00 35 81",
            "sante-mentale.belcombe.example",
            ""]
    out.append("-------- Message transféré --------")
    out.append("Sujet : Séjours Parenthèse 2026 : dates et participation")
    out.append("Date : Mon, 9 Feb 2026 16:02:11 +0100")
    out.append("De : Aurélie Jacquot <contact@repit-saline.example>")
    out.append("Pour : Camille Roussel <camille.roussel@belcombe.example>")
    out.append("")
    fw = []
    fw.append("Bonjour Camille,")
    fw.append("")
    fw.append(para("Peux-tu relayer auprès du groupe Aidants les dates de nos séjours de répit Parenthèse pour "
                   "2026 ? Comme prévu dans la feuille de route, nous passons à quatre séjours, tous au gîte des "
                   "Hérons, au bord du lac de Chalonne :", sub=""))
    fw.append("")
    fw += SEJOURS
    fw.append("")
    fw.append(para("Nouveauté : le séjour de septembre sera un séjour en duo. L'aidant vient avec son proche, "
                   "qui a son propre programme d'activités encadré par deux éducateurs ; les aidants gardent "
                   "leurs temps à eux, et les deux se retrouvent pour les repas du soir."))
    fw.append("")
    fw.append(para("Autre changement, moins agréable : la participation demandée passe de 60 € à 75 € par séjour "
                   "à partir du 1er avril 2026 (hausse des tarifs du gîte). La prise en charge par le CCAS pour "
                   "les aidants aux revenus modestes ne change pas. Pour le séjour en duo, la participation est "
                   "de 110 € pour les deux personnes."))
    fw.append("")
    fw.append(para("Pour mémoire, en 2025, nos trois séjours ont accueilli 29 aidants (21 au printemps et en "
                   "septembre, 8 en novembre). Inscriptions au 03 99 00 73 40 ; priorité aux personnes qui ne "
                   "sont jamais parties."))
    fw.append("")
    fw.append("Merci beaucoup, et à bientôt,")
    fw.append("Aurélie")
    fw.append("")
    fw.append("-- ")
    fw += ["Aurélie Jacquot — coordinatrice",
           "Répit'Sâline, 18 rue des Tilleuls, Belcombe",
           "03 99 00 73 40 · www.repit-saline.example"]
    out += fw
    out.append("")
    out.append("_" * 64)
    out.append("Liste gt-aidants@listes.belcombe.example — groupe de travail Aidants")
    out.append("Se désinscrire : https://listes.belcombe.example/gt-aidants/quitter")
    return "\n".join(out) + "\n"


def main():
    txt = build()
    for ln in txt.split("\n"):
        assert len(ln) <= WIDTH, ln
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(txt)
    print("écrit :", OUT, len(txt.split("\n")), "lignes")


if __name__ == "__main__":
    main()
