# -*- coding: utf-8 -*-
"""Génère le fil de courriels (texte brut) sur l'expérimentation de l'application « Boussole Jeunes » du CLSM des
Côtes de Vauclerc (juillet 2025), tel qu'archivé : dernier message en haut, messages précédents cités avec des
lignes « > », « > > », etc., chacun avec son en-tête « Le …, X a écrit : » et sa signature après « -- ».

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-07-10_clsm-cotes-vauclerc_fil-pilote-boussole-jeunes.txt")

WIDTH = 72

# Chaque message : (ligne d'attribution, paragraphes, signature). Un paragraphe commençant par « - » est une puce.
MSGS = [
    ("Le jeu. 10 juil. 2025 à 09:12, Mathilde Gérardin a écrit :",
     ["Bonjour à toutes et à tous,",
      "Merci pour vos retours rapides. Je récapitule ce que nous retenons pour l'expérimentation Boussole "
      "Jeunes, après l'avis d'Hélène et l'accord de Mme Hocquard ce matin :",
      "- lancement repoussé au lundi 29 septembre 2025 (au lieu du 15 septembre annoncé au COPIL du 24 juin), "
      "le temps de finaliser l'AIPD ;",
      "- objectif porté de 60 à 80 jeunes inscrits, dont au moins 20 habitant le Champ-Fleury ;",
      "- inclusion par la Mission locale, le lycée des métiers Les Côtes, la Maison des adolescents et le PAEJ, "
      "avec un code d'activation propre à chaque structure ;",
      "- réunion d'information pour les référents le mardi 16 septembre 2025 à 17 h 30, au lycée (salle "
      "polyvalente) ;",
      "- questionnaire à l'inscription puis à trois mois ; bilan de l'expérimentation fin février 2026 ;",
      "- financement : 4 500 EUR sur l'enveloppe contrat de ville 2025 (80 licences à 45 EUR, soit 3 600 EUR, "
      "et 900 EUR de formation des référents).",
      "Hélène, peux-tu nous envoyer la trame d'AIPD pour que Lucas la complète d'ici le 1er septembre ?",
      "Bonne journée,"],
     ["Mathilde Gérardin", "Coordinatrice du conseil local de santé mentale (CLSM)",
      "Communauté de communes des Côtes de Vauclerc", "03 99 00 41 20 - mathilde.gerardin@cc-cotes-vauclerc.example"]),
    ("Le mer. 9 juil. 2025 à 18:40, Hélène Vautrin a écrit :",
     ["Bonsoir Mathilde, bonsoir à tous,",
      "Quelques points RGPD avant de fixer la date, car nous traitons des données de santé de jeunes, donc des "
      "données sensibles au sens de l'article 9 du RGPD :",
      "- la communauté de communes est responsable de traitement ; Kinapsy est sous-traitant et doit signer la "
      "clause de sous-traitance (article 28) ;",
      "- une AIPD (analyse d'impact relative à la protection des données) est obligatoire ici, et je ne pourrai pas "
      "la valider avant le 15 septembre ;",
      "- l'hébergement doit être certifié HDS (hébergeur de données de santé) et situé en France ;",
      "- pas de jeunes de moins de 15 ans : au-dessous, il faudrait l'accord des parents ;",
      "- le journal d'humeur reste sur le téléphone ; seules des statistiques anonymes (nombre de connexions, "
      "modules utilisés) remontent au serveur ;",
      "- aucune géolocalisation, aucun accès aux contacts du téléphone ;",
      "- suppression du compte et des données après 12 mois sans connexion ;",
      "- une notice d'information en FALC (facile à lire et à comprendre), remise à l'inscription.",
      "Je recommande donc de décaler le lancement de deux semaines au moins.",
      "Bien à vous,"],
     ["Hélène Vautrin", "Déléguée à la protection des données (DPO) mutualisée",
      "Syndicat mixte Haute-Seille Numérique", "dpo@haute-seille-numerique.example - 03 99 00 57 02"]),
    ("Le mar. 8 juil. 2025 à 16:05, Dr Olivier Thiébaut a écrit :",
     ["Bonjour,",
      "Pour le CMP, deux remarques. D'abord, l'application n'est pas un outil de soin et personne au CMP ne lira "
      "les journaux d'humeur : il faut que ce soit écrit noir sur blanc dans la notice.",
      "Ensuite, l'annuaire doit renvoyer vers la demande de premier contact du CMP et vers la Maison des "
      "adolescents, pas seulement vers des numéros nationaux. Je valide le protocole de Lucas pour les "
      "humeurs très basses.",
      "Cordialement,"],
     ["Dr Olivier Thiébaut", "Psychiatre, responsable du CMP adultes de Vauclerc",
      "Centre psychothérapique de Ravenel", "03 99 00 41 60"]),
    ("Le mar. 8 juil. 2025 à 11:27, Lucas Henry a écrit :",
     ["Bonjour Mathilde,",
      "Côté Kinapsy, l'application Boussole Jeunes sera prête pour la rentrée : Android, iOS et une version web "
      "pour les jeunes sans smartphone.",
      "Les notifications restent neutres (« Boussole a du nouveau pour toi »), sans aucun contenu sur la santé. "
      "Si un jeune indique une humeur très basse trois jours de suite, l'application affiche l'écran « Besoin "
      "de parler ? » avec le PAEJ de Vauclerc (03 99 00 41 75), le 15 et le 112.",
      "Nous pouvons facturer 45 EUR par licence pour la durée de l'expérimentation, formation des référents en "
      "plus (une demi-journée, 900 EUR).",
      "Bien cordialement,"],
     ["Lucas Henry", "Chef de projet, Kinapsy SAS (éditeur de Boussole Jeunes)",
      "06 99 00 52 17 - lucas.henry@kinapsy.example"]),
    ("Le lun. 7 juil. 2025 à 14:50, Nadia Ferhat a écrit :",
     ["Bonjour Mathilde,",
      "Bonne nouvelle : la Mission locale peut inclure 35 jeunes, et le lycée des métiers Les Côtes en "
      "voudrait 25 de plus pour ses classes de terminale bac pro. Avec la MDA et le PAEJ, on dépasserait "
      "largement les 60 prévus. Pourquoi ne pas viser 80 ?",
      "À bientôt,"],
     ["Nadia Ferhat", "Conseillère, Mission locale du Pays de Vauclerc", "06 99 00 63 48"]),
]


def block(attr, paras, sig, depth):
    pre = "> " * depth
    w = WIDTH - len(pre)
    out = []
    if attr:
        out += [(("> " * (depth - 1)) + ln).rstrip() for ln in textwrap.wrap(attr, WIDTH - 2 * (depth - 1))]
    for p in paras:
        if p.startswith("- "):
            lines = textwrap.wrap(p, w, subsequent_indent="  ", break_on_hyphens=False)
        else:
            lines = textwrap.wrap(p, w, break_on_hyphens=False)
        out += [(pre + ln).rstrip() for ln in lines]
        nxt = paras[paras.index(p) + 1] if paras.index(p) + 1 < len(paras) else ""
        if not (p.startswith("- ") and nxt.startswith("- ")):
            out.append(pre.rstrip())
    out.append(pre + "-- ")
    out += [pre + ln for ln in sig]
    out.append(pre.rstrip())
    return out


def main():
    head = [
        "From: Mathilde Gérardin <mathilde.gerardin@cc-cotes-vauclerc.example>",
        "To: Hélène Vautrin <dpo@haute-seille-numerique.example>,",
        " Lucas Henry <lucas.henry@kinapsy.example>,",
        " Nadia Ferhat <n.ferhat@missionlocale-vauclerc.example>,",
        " Olivier Thiébaut <o.thiebaut@cp-ravenel.example>",
        "Cc: Aurélie Mangin <a.mangin@cc-cotes-vauclerc.example>",
        "Subject: Re: [CLSM] Pilote Boussole Jeunes : date de lancement et RGPD",
        "Date: Thu, 10 Jul 2025 09:12:44 +0200",
        "",
    ]
    lines = list(head)
    for depth, (attr, paras, sig) in enumerate(MSGS):
        lines += block(attr if depth else None, paras, sig, depth)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip() + "\n")
    print("écrit :", OUT, len(lines), "lignes")


if __name__ == "__main__":
    main()
