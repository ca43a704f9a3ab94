# -*- coding: utf-8 -*-
"""Génère l'export en texte brut d'un fil de trois courriels (le plus récent en premier) entre la coordinatrice
du CLSM de Montbrenay et le directeur du SAMSAH Horizon (8-14 janvier 2026) : en-têtes From / To / Cc / Date /
Subject, réponses citées avec « > » (et « > > » pour une citation de citation), signatures après « -- »,
et, dans le deuxième message, un message transféré de l'ARS (« ---------- Forwarded message --------- ») avec
ses propres en-têtes et sa signature. Les messages sont séparés par une ligne de signes « = ».

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-14_samsah-horizon_echanges-places-liste-attente.txt")

SEP = "=" * 70

SIG_SOPHIE = """-- 
Sophie Vernier
Coordinatrice du conseil local de santé mentale (CLSM)
Ville de Montbrenay - Direction de la santé publique
03 99 00 41 20 / 06 99 00 41 21
clsm@montbrenay.example"""

SIG_JULIEN = """-- 
Julien Roussel
Directeur du SAMSAH Horizon - association Horizon Sâline
7 allée des Érables, 99 100 Montbrenay
03 99 00 63 40"""

MSG3 = """From: Sophie Vernier <clsm@montbrenay.example>
To: Julien Roussel <j.roussel@horizon-saline.example>
Date: Thu, 8 Jan 2026 10:31:12 +0100
Subject: Bilan du GT handicap psychique : chiffres SAMSAH 2025 ?

Bonjour Julien,

Meilleurs voeux pour 2026 !

Je prépare le bilan 2025 du groupe de travail « handicap psychique »
pour la plénière du CLSM de mars. Pourrais-tu m'envoyer pour le SAMSAH :
- la liste d'attente au 31 décembre 2025, et combien de personnes
  habitent aux Combes ;
- le délai moyen d'attente entre la notification MDPH et l'admission ;
- des nouvelles de la demande d'extension déposée auprès de l'ARS
  en juin.

Je centralise les tableaux des autres services pour le 5 février.

Merci et à bientôt,
Sophie

""" + SIG_SOPHIE

MSG2_BODY = """Bonjour Sophie,

Merci, très bonne année à toi aussi. Voici nos chiffres :

- liste d'attente au 31/12/2025 : 38 personnes (31 fin 2024), dont
  9 habitants des Combes ;
- délai moyen d'attente entre la notification et l'admission :
  14 mois en 2025 (11 mois en 2024) ;
- file active 2025 : 52 personnes pour 35 places.

Et la bonne nouvelle est ci-dessous : l'ARS confirme l'extension de
10 places au 1er mars 2026. Nous passerons donc de 35 à 45 places.
Nous prévoyons d'admettre les dix premières personnes de la liste
entre mars et mai, en commençant par celles qui n'ont aucun suivi.
Nous recrutons une infirmière, un éducateur spécialisé et un
mi-temps de psychologue.

Bien à toi,
Julien

""" + SIG_JULIEN + """

---------- Forwarded message ---------
De : Nadia Berthier <nadia.berthier@ars-bfc.example>
Date: lun. 12 janv. 2026 à 17:42
Subject: Notification crédits SAMSAH Horizon - extension 10 places
To: Julien Roussel <j.roussel@horizon-saline.example>
Cc: Direction de l'autonomie <autonomie@haute-saline.example>

Monsieur le directeur,

J'ai le plaisir de vous confirmer l'attribution de crédits
d'assurance maladie pour l'extension de 10 places du SAMSAH Horizon,
avec une date d'effet au 1er mars 2026 :
- forfait soins : 185 000 euros en année pleine, soit 154 200 euros
  pour 2026 compte tenu de la date d'effet ;
- le Département de la Haute-Sâline m'a confirmé sa participation au
  titre du volet accompagnement : 92 000 euros en année pleine.

L'arrêté conjoint d'autorisation vous parviendra d'ici la fin du
mois de janvier. Ces places sont ouvertes en priorité aux personnes
en situation de handicap psychique sans solution d'accompagnement.

Bien cordialement,

Nadia Berthier
Inspectrice, pôle médico-social
Délégation départementale de la Haute-Sâline
ARS Bourgogne-Franche-Comté
03 99 00 90 14

Le jeu. 8 janv. 2026 à 10:31, Sophie Vernier <clsm@montbrenay.example>
a écrit :
> Bonjour Julien,
>
> Je prépare le bilan 2025 du groupe de travail « handicap psychique »
> pour la plénière du CLSM de mars. Pourrais-tu m'envoyer pour le
> SAMSAH :
> - la liste d'attente au 31 décembre 2025, et combien de personnes
>   habitent aux Combes ;
> - le délai moyen d'attente entre la notification MDPH et l'admission ;
> - des nouvelles de la demande d'extension déposée auprès de l'ARS
>   en juin."""

MSG2 = """From: Julien Roussel <j.roussel@horizon-saline.example>
To: Sophie Vernier <clsm@montbrenay.example>
Date: Tue, 13 Jan 2026 18:05:47 +0100
Subject: Re: Bilan du GT handicap psychique : chiffres SAMSAH 2025 ?

""" + MSG2_BODY

MSG1 = """From: Sophie Vernier <clsm@montbrenay.example>
To: Julien Roussel <j.roussel@horizon-saline.example>
Cc: Claire Dufay <c.dufay@mdph-haute-saline.example>
Date: Wed, 14 Jan 2026 09:12:03 +0100
Subject: Re: Bilan du GT handicap psychique : chiffres SAMSAH 2025 ?

Merci Julien, c'est une excellente nouvelle pour tout le monde !

Peux-tu présenter l'extension au prochain GT, le jeudi 29 janvier à
14 h (salle Pasteur du centre hospitalier) ? Dix minutes suffiront.

Je mets Claire Dufay en copie : elle me signale que le circuit court
RQTH de la MDPH a déjà traité 212 dossiers depuis le 1er octobre,
avec un délai moyen de 5 semaines. Je l'ajoute au bilan.

Pour les 9 personnes des Combes, pense à faire le lien avec Inès
Berrada, la médiatrice santé du quartier (06 99 00 26 51) : plusieurs
d'entre elles n'ont plus de contact avec personne.

Sophie

""" + SIG_SOPHIE + """

Le mar. 13 janv. 2026 à 18:05, Julien Roussel
<j.roussel@horizon-saline.example> a écrit :
> Bonjour Sophie,
>
> Merci, très bonne année à toi aussi. Voici nos chiffres :
>
> - liste d'attente au 31/12/2025 : 38 personnes (31 fin 2024), dont
>   9 habitants des Combes ;
> - délai moyen d'attente entre la notification et l'admission :
>   14 mois en 2025 (11 mois en 2024) ;
> - file active 2025 : 52 personnes pour 35 places.
>
> Et la bonne nouvelle est ci-dessous : l'ARS confirme l'extension de
> 10 places au 1er mars 2026. Nous passerons donc de 35 à 45 places.
>
> [...]
>
> > Je prépare le bilan 2025 du groupe de travail « handicap
> > psychique » pour la plénière du CLSM de mars."""


def main():
    header = ("Fil de discussion : Bilan du GT handicap psychique : chiffres SAMSAH 2025 ?\n"
              "3 messages - exporté le 14/01/2026 à 09:20\n")
    text = header + "\n" + SEP + "\n" + ("\n\n" + SEP + "\n").join([MSG1, MSG2, MSG3]) + "\n"
    for ln in text.split("\n"):
        assert len(ln) <= 76, ln
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(OUT)


if __name__ == "__main__":
    main()
