# -*- coding: utf-8 -*-
"""Génère le relevé de décisions (.txt) du comité de pilotage « Prévention du suicide » du CLSM de Pont-Vernel
du jeudi 5 février 2026.

Texte brut UTF-8 : en-tête encadré de signes « = », liste des présents et excusés, points d'information,
deux tableaux ASCII (bordures « +---+ », colonnes alignées : indicateurs 2024 / 2025 / objectif 2026, puis
financements réalisé 2025 / demandé 2026), décisions numérotées « D1. » à « D8. » et calendrier.

Tout est inventé (ville, département, structures, personnes, chiffres, numéros en 03 99 00 / 06 99 00,
domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-05_clsm-pont-vernel_releve-decisions-copil-prevention-suicide.txt")


def ascii_table(header, rows, align):
    cols = list(zip(*([header] + rows)))
    w = [max(len(x) for x in c) for c in cols]
    sep = "+" + "+".join("-" * (n + 2) for n in w) + "+"

    def line(r):
        cells = []
        for x, n, a in zip(r, w, align):
            cells.append(" " + (x.ljust(n) if a == "l" else x.rjust(n)) + " ")
        return "|" + "|".join(cells) + "|"
    out = [sep, line(header), sep.replace("-", "=")]
    for r in rows:
        if r[0].startswith("TOTAL"):
            out.append(sep)
        out.append(line(r))
    out.append(sep)
    return "\n".join(out)


INDIC = ascii_table(
    ["Indicateur", "2024", "2025", "Objectif 2026"],
    [["Sentinelles formées dans l'année", "41", "52", "60"],
     ["Sentinelles actives au 31/12", "71", "96", "110"],
     ["Professionnels formés (module éval.-orient.)", "16", "19", "24"],
     ["Personnes incluses VigilanS (CH Pont-Vernel)", "276", "301", "-"],
     ["Appels au 3114 depuis le Pays-de-Risle", "3 940", "4 580", "-"],
     ["Activations du protocole de postvention", "-", "2", "-"]],
    "lrrr")

FIN = ascii_table(
    ["Financeur", "Réalisé 2025", "Demandé 2026"],
    [["ARS Normandie (fonds d'intervention régional)", "38 000 €", "42 000 €"],
     ["Contrat de ville Engagements Quartiers 2030", "14 000 €", "16 000 €"],
     ["Ville de Pont-Vernel", "11 500 €", "12 500 €"],
     ["TOTAL", "63 500 €", "70 500 €"]],
    "lrr")

TEXT = """==============================================================================
RELEVÉ DE DÉCISIONS
Comité de pilotage « Prévention du suicide » du CLSM de Pont-Vernel
Séance du jeudi 5 février 2026, 14 h - 16 h 30
Salle du conseil, hôtel de ville de Pont-Vernel
==============================================================================
Rédaction : Inès Fleury, chargée de mission prévention du suicide (CLSM)
Relecture : Maëlle Guéroult, coordinatrice du CLSM
Diffusion : membres du comité de pilotage - document de travail, ne pas
mettre en ligne

PRÉSENTS
  - Thierry Lemarchand, adjoint au maire chargé de la santé et des
    solidarités, président du CLSM (présidence de séance)
  - Maëlle Guéroult, coordinatrice du CLSM
  - Inès Fleury, chargée de mission prévention du suicide, CLSM
  - Dr Sophie Delaunay, psychiatre, responsable de la cellule VigilanS
    Normandie, CHU d'Aubremont
  - Dr Marc Hamelin, chef du pôle de psychiatrie adulte, CH de Pont-Vernel
  - Hélène Morin, psychologue, CMP adultes de Pont-Vernel
  - Nadia Belkacem, délégation départementale du Pays-de-Risle, ARS
    Normandie
  - Julie Carpentier, cheffe de projet contrat de ville, Ville de
    Pont-Vernel
  - Sylvie Marescot, conseillère technique infirmière, DSDEN du
    Pays-de-Risle
  - Stéphane Duval, directeur de la proximité, Risle Habitat
  - Rachid Ouali, sentinelle, représentant du réseau

EXCUSÉS
  - Julien Lecanu, psychologue d'appui du CLSM
  - Anne-Laure Hébert, infirmière scolaire, collège des Tilleuls

------------------------------------------------------------------------------
1. POINTS D'INFORMATION
------------------------------------------------------------------------------
a) Bilan 2025 du réseau de sentinelles (M. Guéroult). 52 sentinelles ont
   été formées en 2025, en sept sessions, ce qui porte le total à 145
   depuis 2022. Sont comptées comme actives les sentinelles qui ont
   participé à au moins deux réunions du réseau dans l'année.

{indic}

b) VigilanS (Dr Delaunay). En 2025, 675 personnes ont été incluses dans le
   Pays-de-Risle et 6 940 en Normandie. Le taux de joignabilité au premier
   appel passe de 71 % à 74 %. Les personnes domiciliées en QPV restent
   les plus difficiles à joindre (61 % seulement).

c) 3114 (Dr Delaunay). Le centre répondant normand a traité 41 200 appels
   en 2025. Il élargit ses horaires : ouverture de 8 h à minuit à compter
   du 2 mars 2026 (au lieu de 8 h - 20 h).

d) Postvention (S. Marescot). Le protocole a été activé deux fois en
   2025, au collège des Tilleuls en mai et au lycée Jules-Verne en
   novembre. Dans les deux cas, la cellule s'est réunie dans les deux
   heures. Point faible relevé : le courrier aux familles est parti avec
   un jour de retard au lycée.

e) Financements (J. Carpentier, N. Belkacem).

{fin}

------------------------------------------------------------------------------
2. DÉCISIONS
------------------------------------------------------------------------------
D1. Le bilan 2025 est validé à l'unanimité.

D2. Objectif 2026 : 60 nouvelles sentinelles formées, dont au moins la
    moitié habitant ou travaillant au Clos-Moulin ou à Beauséjour-Les
    Tilleuls. Cinq sessions du module sentinelle sont programmées.

D3. Le réseau reste réservé aux personnes majeures. La demande du lycée
    Jules-Verne de former des élèves délégués comme sentinelles est
    refusée ; le CLSM proposera à la place une sensibilisation d'une
    demi-journée des élèves délégués, animée par la Maison des
    adolescents.

D4. Recontact de proximité : une convention entre le CHU d'Aubremont, le
    CH de Pont-Vernel et le CLSM sera signée avant le 31 mars 2026. Quand
    une personne domiciliée dans un QPV de Pont-Vernel n'a pas pu être
    jointe après deux appels VigilanS, la cellule pourra demander, avec
    l'accord de la personne, une visite à domicile d'un infirmier du CMP.
    Démarrage le 1er avril 2026, pour une expérimentation d'un an.

D5. Le protocole de postvention sera révisé : la version 2 sera
    présentée au comité de pilotage de juin 2026. Elle intégrera les
    établissements privés sous contrat (accord de principe de leur
    direction diocésaine) et fixera l'envoi du courrier aux familles au
    plus tard à 17 h le jour de l'annonce.

D6. Demandes de financement 2026 : dossier ARS à déposer avant le
    15 mars 2026 ; réponse à l'appel à projets du contrat de ville avant
    le 28 février 2026. Le montant demandé à la Ville (12 500 €) sera
    inscrit au budget primitif.

D7. Campagne 3114 : affichage dans les abribus et les bus du réseau
    urbain pendant les Semaines d'information sur la santé mentale 2026,
    financé sur l'enveloppe contrat de ville.

D8. Prochain comité de pilotage : jeudi 11 juin 2026, 14 h, hôtel de
    ville.

------------------------------------------------------------------------------
3. CALENDRIER 2026 DU MODULE SENTINELLE
------------------------------------------------------------------------------
  - jeudi 15 janvier 2026 (réalisée, 12 participants)
  - jeudi 12 mars 2026
  - jeudi 21 mai 2026
  - jeudi 1er octobre 2026
  - jeudi 26 novembre 2026
Module évaluation-orientation : mardi 9 et mercredi 10 juin 2026.

Contact : clsm@pont-vernel.example - 03 99 00 41 20
==============================================================================
"""


def main():
    text = TEXT.format(indic=ASCII_INDENT(INDIC), fin=ASCII_INDENT(FIN))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("écrit :", OUT, max(len(x) for x in text.split("\n")), "colonnes au plus")


def ASCII_INDENT(t):
    return "\n".join("   " + ln for ln in t.split("\n"))


if __name__ == "__main__":
    main()
