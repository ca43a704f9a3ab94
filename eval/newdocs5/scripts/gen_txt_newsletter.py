"""Plain-text e-mail newsletter: ===== / ----- separators, CAPITAL section titles, "*" bullets, URLs in
angle brackets, signature block, lines wrapped at 72 characters."""
import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "corpus" / "2026-02-03_passerelles-ville-sante_lettre-info-27.txt"
W = 72
EQ = "=" * W
DASH = "-" * W


def nb(text):
    return text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def para(text):
    text = nb(text)
    return textwrap.fill(text, W, break_on_hyphens=False, break_long_words=False)


def bullet(text):
    text = nb(text)
    return textwrap.fill(text, W, initial_indent="* ", subsequent_indent="  ",
                         break_on_hyphens=False, break_long_words=False)


def section(title):
    return [DASH, title, DASH, ""]


def main():
    L = []
    L += [EQ,
          "PASSERELLES VILLE SANTE - LA LETTRE D'INFORMATION".center(W).rstrip(),
          "Centre de ressources politique de la ville et sante".center(W).rstrip(),
          "Hauts-de-France".center(W).rstrip(),
          "N° 27 - février 2026".center(W).rstrip(),
          EQ, ""]
    L += [para("Vous recevez cette lettre parce que vous êtes inscrit(e) à la liste de diffusion de "
               "Passerelles Ville Santé. Si ce message ne s'affiche pas correctement, consultez la "
               "version en ligne : <https://www.passerelles-ville-sante.example/lettre/27>"), ""]
    L += ["SOMMAIRE", "", "  1. Édito", "  2. Actualités",
          "  3. Zoom sur : les ambassadeurs santé mentale des Hauts de Vauclerc",
          "  4. Agenda", "  5. Ressources", "  6. En bref", ""]

    L += section("1. EDITO")
    L += [para("Par Mathilde Caron-Lesage, directrice de Passerelles Ville Santé"), ""]
    L += [para("2026 s'ouvre sur une bonne nouvelle : la santé mentale figure désormais parmi les "
               "priorités de 19 des 24 contrats de ville « Engagements Quartiers 2030 » de la région, "
               "contre 9 seulement dans la génération précédente des contrats. C'est le fruit du travail "
               "patient des coordinateurs et coordinatrices de Conseils locaux de santé mentale (CLSM), "
               "qui ont porté la parole des habitants dans les instances de pilotage."), ""]
    L += [para("Mais les moyens ne suivent pas toujours : seuls 11 de ces 19 territoires disposent d'un "
               "CLSM coordonné par un professionnel à temps plein. Ailleurs, la coordination repose sur "
               "un mi-temps, voire sur quelques heures prises sur un autre poste. Notre enquête régionale, "
               "présentée dans la rubrique Ressources, le confirme. Nous continuerons cette année à "
               "défendre, avec vous, un financement pérenne de la coordination."), ""]

    L += section("2. ACTUALITES")
    L += [nb("APPEL A PROJETS « SANTE MENTALE DANS LES QUARTIERS 2026 »"), ""]
    L += [para("L'Agence régionale de santé (ARS) Hauts-de-France et la préfecture de région lancent la "
               "troisième édition de l'appel à projets « Santé mentale dans les quartiers ». Les "
               "principaux éléments :"), ""]
    for b in ["enveloppe totale : 180 000 euros ;",
              "montant par projet : de 5 000 à 25 000 euros, pour une durée de 12 à 24 mois ;",
              "porteurs éligibles : associations, centres communaux d'action sociale (CCAS), "
              "collectivités, bailleurs sociaux et centres sociaux ;",
              "actions menées au bénéfice des habitants d'un quartier prioritaire de la politique de la "
              "ville (QPV) ;",
              "priorité aux projets construits avec un CLSM ou inscrits dans le projet territorial de "
              "santé mentale (PTSM) ;",
              "date limite de dépôt : le lundi 16 mars 2026 à midi."]:
        L.append(bullet(b))
    L += ["", para("Le cahier des charges et le formulaire sont en ligne : "
                   "<https://www.passerelles-ville-sante.example/aap-sante-mentale-quartiers-2026>"), ""]
    L += [para("Nous proposons un temps d'échange en visioconférence le 19 février 2026 de 14 h à 15 h "
               "pour aider les porteurs à préparer leur dossier."), ""]

    L += ["UN NOUVEAU PTSM POUR LA TERNELLE", ""]
    L += [para("Le projet territorial de santé mentale (PTSM) de la Ternelle pour 2026-2030 a été adopté "
               "le 12 décembre 2025 par l'assemblée des partenaires. Il retient quatre priorités :"), ""]
    for b in ["1. le repérage précoce de la souffrance psychique chez les 12-25 ans ;",
              "2. l'accès au logement et le maintien dans le logement des personnes vivant avec un "
              "trouble psychique ;",
              "3. la prévention du suicide, avec le déploiement du dispositif de recontact VigilanS ;",
              "4. la lutte contre la stigmatisation et la participation des personnes concernées."]:
        L.append(textwrap.fill(b, W, initial_indent="  ", subsequent_indent="     ",
                               break_on_hyphens=False))
    L += ["", para("Les six CLSM du territoire sont chargés d'animer localement les actions de la deuxième "
                   "priorité, avec les bailleurs sociaux."), ""]

    L += section("3. ZOOM SUR : LES AMBASSADEURS SANTE MENTALE DES HAUTS DE VAUCLERC")
    L += [para("Dans le quartier prioritaire des Hauts de Vauclerc, à Vauclerc-sur-Ternelle (4 700 "
               "habitants), quatorze habitants jouent depuis octobre 2024 le rôle d'« ambassadeurs santé "
               "mentale ». L'idée est née d'un constat du CLSM : beaucoup d'habitants n'osent pas parler "
               "de leur mal-être à un professionnel, mais le feraient volontiers à un voisin de "
               "confiance."), ""]
    L += [para("Les ambassadeurs ont suivi une formation de 35 heures, réparties sur cinq journées, "
               "assurée par le CLSM et l'association Entr'Aide Ternelle. Ils sont bénévoles et sont "
               "défrayés de leurs frais de transport et de repas. Leur rôle : écouter, informer sur les "
               "ressources du quartier et accompagner, si la personne le souhaite, vers un "
               "professionnel. Ils tiennent un stand au marché chaque samedi matin et animent deux "
               "« cafés bien-être » par mois au centre social Matisse."), ""]
    L += [para("En 2025, ils ont eu 520 conversations avec des habitants et réalisé 87 orientations, "
               "principalement vers le centre médico-psychologique (CMP), les médecins généralistes de la "
               "maison de santé et le Point écoute jeunes."), ""]
    L += [para("« Les ambassadeurs ne remplacent pas les médiateurs en santé, qui sont des salariés "
               "formés et intégrés à une équipe. Ce sont des habitants qui ouvrent une porte », précise "
               "Romain Delattre, coordinateur du CLSM de Vauclerc-sur-Ternelle."), ""]
    L += [para("Le projet coûte 31 000 euros par an : 18 000 euros du contrat de ville, 9 000 euros de "
               "l'ARS et 4 000 euros de la Fondation Solidarités Nord. Une deuxième promotion de douze "
               "ambassadeurs sera formée au printemps 2026."), ""]

    L += section("4. AGENDA")
    for b in ["12 février 2026, 10 h - 11 h 30 : webinaire « Santé mentale et insertion professionnelle "
              "des jeunes des QPV », avec la mission locale de la Ternelle. Inscription : "
              "<https://www.passerelles-ville-sante.example/agenda/webinaire-jeunes-emploi>",
              "19 février 2026, 14 h - 15 h : temps d'échange sur l'appel à projets « Santé mentale "
              "dans les quartiers 2026 » (en visioconférence).",
              "5 mars 2026 : rencontre régionale des coordinateurs de CLSM, à la maison des "
              "associations de Vauclerc-sur-Ternelle. Inscription avant le 20 février 2026.",
              "16 mars 2026, midi : date limite de dépôt des dossiers de l'appel à projets.",
              "du 5 au 18 octobre 2026 : Semaines d'information sur la santé mentale (SISM). Pensez dès "
              "maintenant à réserver vos salles !"]:
        L.append(bullet(b))
    L.append("")

    L += section("5. RESSOURCES")
    for b in ["Enquête régionale 2025 sur les CLSM : la région compte 38 CLSM, dont 29 disposent d'un "
              "coordinateur ; le temps moyen de coordination est de 0,7 équivalent temps plein (ETP). "
              "Synthèse de 12 pages : <https://www.passerelles-ville-sante.example/ressources/enquete-clsm-2025.pdf>",
              "Fiche repère « Inscrire la santé mentale dans le contrat de ville » (8 pages) : "
              "<https://www.passerelles-ville-sante.example/ressources/fiche-sante-mentale-contrat-de-ville.pdf>",
              "Podcast « Voix des quartiers », épisode 6 : trois ambassadeurs des Hauts de Vauclerc "
              "racontent leur engagement (24 minutes). <https://www.passerelles-ville-sante.example/podcast/6>"]:
        L.append(bullet(b))
    L.append("")

    L += section("6. EN BREF")
    for b in ["Léa Hammoudi a rejoint l'équipe le 5 janvier 2026 comme chargée de mission santé "
              "mentale. Vous pouvez la joindre à l'adresse <l.hammoudi@passerelles-ville-sante.example>.",
              "Le cycle de formation « Coordonner un CLSM » (trois journées, 14 places) reprend en avril "
              "2026 ; il reste 5 places.",
              "Notre centre de documentation est ouvert au public le mardi et le jeudi, de 9 h 30 à 17 h."]:
        L.append(bullet(b))
    L.append("")

    L += [EQ, "",
          "--",
          "L'équipe de Passerelles Ville Santé",
          "Centre de ressources politique de la ville et santé des Hauts-de-France",
          "8, rue des Tisserands - 59990 Vauclerc-sur-Ternelle",
          "Tél. 03 20 00 27 27",
          "<https://www.passerelles-ville-sante.example>",
          "",
          para("Pour vous désinscrire de cette lettre : "
               "<https://www.passerelles-ville-sante.example/desinscription>"),
          ""]
    text = "\n".join(L)
    for ln in text.splitlines():
        if len(ln) > W and "<http" not in ln:
            raise SystemExit(f"line too long: {ln!r}")
    OUT.write_text(text, encoding="utf-8")
    print("wrote", OUT, len(text.split()), "words")


if __name__ == "__main__":
    main()
