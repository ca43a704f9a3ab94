# -*- coding: utf-8 -*-
"""Courriel texte brut : transfert du relevé de décisions du GT enfance-jeunesse (5 février 2026)."""
import os
import textwrap

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-02-05_clsm-lauvigny_releve-decisions-gt-enfance-jeunesse.txt")


def wrap(par, prefix="", indent=""):
    lines = textwrap.wrap(par, 72 - len(prefix), subsequent_indent=indent, break_on_hyphens=False) or [""]
    return [(prefix + ln).rstrip() for ln in lines]


def block(pars, prefix=""):
    out = []
    for p in pars:
        if p.startswith("- ") or p[:2] in ("1.", "2.", "3.", "4.", "5.", "6.", "7."):
            out += wrap(p, prefix, "   ")
        else:
            out += wrap(p, prefix)
        out.append(prefix.rstrip())
    return out


L = [
 "From: Manon Delattre <manon.delattre@lauvigny.example>",
 "To: gt-enfance-jeunesse@listes.lauvigny.example",
 "Cc: Nathalie Deroo <n.deroo@lauvigny.example>",
 "Date: Thu, 5 Feb 2026 09:42:17 +0100",
 "Subject: TR: Re: Releve de decisions GT enfance-jeunesse du 27/01",
 "Content-Type: text/plain; charset=utf-8",
 "",
]
L += block([
 "Bonjour à toutes et à tous,",
 "Je vous transfère ci-dessous le relevé de décisions de notre réunion du mardi 27 janvier, rédigé par le "
 "Dr Vasseur, avec la précision apportée hier par Sophie Lemaire pour l'Éducation nationale.",
 "Deux nouvelles depuis la plénière du 22 janvier, où le plan d'action 2026-2028 a été adopté :",
 "- l'ARS Hauts-de-France nous a notifié le 3 février une subvention FIR de 28 000 € pour 2026, et non les "
 "30 000 € demandés ; il faudra donc revoir un peu le budget de l'action 5 ;",
 "- le Conseil départemental confirme ses 12 000 € pour 2026.",
 "Merci à chaque pilote d'envoyer sa fiche action avant le vendredi 27 février. Je compile ensuite le "
 "tableau de suivi.",
 "Bien à vous,",
])
L += ["-- ", "Manon Delattre", "Coordinatrice du conseil local de santé mentale (CLSM)",
      "Ville de Lauvigny-sur-Selle - Direction de la santé publique", "03 99 00 63 40 | clsm@lauvigny.example", "",
      "---------- Message transféré ----------",
      "De : Sophie Lemaire <sophie.lemaire@dsden-haute-selle.example>",
      "Date : mer. 4 févr. 2026 à 17:05",
      "Objet : Re: Relevé de décisions GT enfance-jeunesse du 27/01",
      "À : Hélène Vasseur <h.vasseur@ch-lauvigny.example>",
      "Cc : Manon Delattre <manon.delattre@lauvigny.example>", ""]
L += block([
 "Bonjour Hélène,",
 "Merci pour ce relevé. Une correction importante sur le point 4 : la DSDEN confirme que l'infirmière du "
 "collège Louise-Michel passera à temps plein dès le lundi 2 mars 2026, et non à la rentrée de septembre. Le "
 "complément de poste est pris sur les moyens de l'éducation prioritaire.",
 "En revanche, le quatrième poste de PsyEN EDA demandé pour la circonscription n'est pas confirmé à ce jour ; "
 "nous aurons la réponse en juin.",
 "Bonne soirée,",
])
L += ["-- ", "Sophie Lemaire", "Conseillère technique infirmière", "DSDEN de la Haute-Selle", "03 99 00 77 12", "",
      "Le ven. 30 janv. 2026 à 11:20, Hélène Vasseur <h.vasseur@ch-lauvigny.example> a écrit :"]
Q = block([
 "Bonjour à tous,",
 "Voici le relevé de décisions de la réunion du GT enfance-jeunesse du mardi 27 janvier 2026 (14 h - 16 h 30, "
 "Maison des adolescents, 19 présents).",
 "1. Plan d'action : adopté par la plénière du 22 janvier. Chaque pilote rédige sa fiche action (objectifs, "
 "calendrier, indicateurs) et l'envoie à Manon avant le 27 février.",
 "2. Ateliers « En attendant » : passage à deux séances par mois au site des Tisserands à partir du mercredi "
 "4 mars 2026 ; ouverture au site Centre le mercredi 1er avril 2026, un mercredi par mois de 9 h 30 à 11 h 30. "
 "Animation : une psychologue du CMP-IJ et une éducatrice de la MDA.",
 "3. PSFP, cohorte 2 : démarrage le mardi 10 mars 2026 au centre social Arc-en-Ciel (La Briqueterie), de "
 "17 h 30 à 20 h, 12 familles au maximum. Les familles sont orientées par la PMI, les écoles et le CMP-IJ ; "
 "inscriptions auprès de Karima Benali (PRE) avant le 27 février.",
 "4. École : le GT soutient la demande d'un poste d'infirmière à temps plein au collège Louise-Michel à la "
 "rentrée de septembre 2026.",
 "5. PSSM jeunes : quatre sessions de deux jours en 2026, 15 places chacune, priorité aux professionnels qui "
 "travaillent dans les QPV : 12-13 mars, 11-12 juin, 8-9 octobre et 19-20 novembre.",
 "6. Fiche réflexe « Qui appeler ? » : la version 1 sera relue en séance le 21 avril, pour une diffusion en mai "
 "aux écoles, collèges, crèches et centres sociaux.",
 "7. Indicateur commun : le GT suivra en priorité le délai avant le premier rendez-vous de soins, par site et "
 "chaque trimestre, et non le délai avant l'entretien d'accueil, jugé trompeur pour les familles.",
 "Prochaine réunion : mardi 21 avril 2026 à 14 h, à la MDA.",
 "Bien cordialement,",
 "Dr Hélène Vasseur",
 "Cheffe du pôle de psychiatrie de l'enfant et de l'adolescent, CH de Lauvigny-sur-Selle",
], prefix="> ")
L += Q
L += ["", "_______________________________________________",
      "Liste gt-enfance-jeunesse - CLSM de Lauvigny-sur-Selle",
      "https://listes.lauvigny.example/gt-enfance-jeunesse", ""]
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(L))
print("écrit", OUT, len(L), "lignes")
