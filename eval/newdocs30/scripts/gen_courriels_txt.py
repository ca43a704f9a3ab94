# -*- coding: utf-8 -*-
"""Génère le fil de courriels (texte brut) sur l'organisation de la Journée Respire du 7 mai 2026.

Mise en forme : message le plus récent en tête, messages antérieurs cités avec « > » puis « >> » et « >>> »,
en-têtes « De : / Envoyé : / À : / Cc : / Objet : », un message transféré (« ---------- Message transféré
---------- »), signatures, mentions de confidentialité, lignes coupées vers 76 colonnes.
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-24_clsm-brevalec_courriels-journee-respire.txt")

SIG_GT = """--
Gaëlle Trémeur
Coordinatrice du conseil local de santé mentale (CLSM)
Direction de la santé publique - Ville de Brévalec
Hôtel de ville, place de la Résistance - 02 99 00 52 10
clsm@brevalec.example"""

SIG_MLD = """Marion Le Dantec
Infirmière - coordinatrice des étudiants relais santé
Service de santé étudiante (SSE) - Université de Brévalec
Pavillon Iroise, campus du Gwern - 02 99 00 18 47"""

SIG_KB = """Karim Benslimane
Responsable du pôle vie des résidences
CRVE Bretagne Ouest - site de Brévalec
02 99 00 33 70"""

SIG_TG = """Thomas Guéguen
Responsable de la Maison de l'étudiant - Université de Brévalec
02 99 00 10 64 / mde@univ-brevalec.example"""


def wrap(text, width=76):
    out = []
    for para in text.split("\n"):
        if not para.strip() or para.startswith(("--", "De :", "Envoyé :", "À :", "Cc :", "Objet :", "Date :")):
            out.append(para)
            continue
        indent = ""
        if para[:3] in ("1. ", "2. ", "3. ", "4. ", "5. ", "6. ", "7. ") or para.startswith("- "):
            indent = "   "
        out.extend(textwrap.wrap(para, width, subsequent_indent=indent, break_on_hyphens=False))
    return "\n".join(out)


def quote(text, level=1):
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.split("\n"))


MSG1 = wrap("""Bonjour à toutes et à tous,

Comme convenu lors de la réunion du groupe étudiants du 9 décembre, je vous propose d'organiser la Journée Respire le jeudi 7 mai 2026, de 11 h à 16 h, juste avant les partiels de mai (qui commencent le lundi 11 mai). Première idée de lieu : l'amphi Tabarly et son hall, sur le campus Rive-Ouest.

Le principe : un village de stands où chaque dispositif se présente (SSE, ERS, La Veilleuse, L'Épi'Sol, CRVE, CPTS, infirmier de liaison de l'EPSM, Welcome Desk), et des ateliers courts pour souffler (sophrologie, sommeil et révisions).

Budget prévisionnel : 2 400 €, dont 1 600 € sur la ligne prévention du CLSM et 800 € apportés par le SSE.

Pouvez-vous me dire d'ici le vendredi 20 mars si votre structure participe, et avec combien de personnes ?

Belle journée,

""") + SIG_GT

MSG2 = wrap("""Bonjour Gaëlle,

Super idée, les ERS sont partants ! Mauvaise nouvelle en revanche pour l'amphi Tabarly : il est réservé toute la journée du 7 mai pour le concours blanc de la PASS. J'ai posé une option sur le hall de la Maison de l'étudiant et sur deux salles à l'étage, je te transfère la réponse de Thomas Guéguen dès que je l'ai.

Côté ERS : 10 étudiants relais santé seront présents par roulement. Ils tiendront le stand « Thé & Pause » et animeront un quiz sur le sommeil. Il nous faudrait 800 flyers récapitulant tous les contacts utiles.

Bien à toi,

""") + SIG_MLD

MSG_FWD = wrap("""Bonjour Marion,

Je vous confirme la réservation n° MDE-2026-118 pour le jeudi 7 mai 2026, de 9 h à 17 h 30 (installation et rangement compris) :
- le hall du rez-de-chaussée : 20 tables de 1,80 m au maximum, seulement 2 stands avec une prise électrique ;
- la salle B12 (30 places assises) ;
- la salle B14 (18 places, tapis de sol disponibles sur demande).

Attention : aucune cuisson n'est autorisée dans le hall. Les boissons chaudes en thermos sont acceptées.

Cordialement,

""") + SIG_TG

MSG3 = wrap("""Bonjour à tous,

Le CRVE sera présent avec 3 référents de résidence et une assistante sociale. Nous pouvons prêter 6 tables supplémentaires si besoin.

J'ai aussi vu avec la FEB : L'Épi'Sol offrira un goûter de 300 portions (sans cuisson, promis !) et présentera les paniers du vendredi.

Inès m'a demandé de vous transmettre que La Veilleuse viendra avec 4 écoutants et 200 cartes portant le numéro de la ligne. Elle aimerait un coin un peu calme pour les échanges.

Karim

""") + SIG_KB

MSG4 = wrap("""Bonjour à toutes et à tous,

Merci pour vos retours rapides. Voici le relevé des décisions pour la Journée Respire, validé ce matin avec le Dr Kerhervé :

1. Date et lieu : jeudi 7 mai 2026, de 11 h à 16 h, au rez-de-chaussée de la Maison de l'étudiant (campus Rive-Ouest) et non plus dans l'amphi Tabarly. Installation à partir de 9 h 30.
2. Ateliers : la salle B12 accueille les ateliers « Sommeil et révisions » (12 h et 14 h) ; la salle B14 accueille trois séances de sophrologie (11 h 30, 13 h 30 et 15 h) de 15 places chacune, sur inscription dans l'ENT. Elles seront animées par Claire Menou, sophrologue.
3. Stands : 9 stands dans le hall (SSE, ERS « Thé & Pause », La Veilleuse, L'Épi'Sol, CRVE, CPTS, infirmier de liaison de l'EPSM, Welcome Desk, CLSM). Les 2 prises électriques sont attribuées au SSE et au stand Thé & Pause. La Veilleuse sera installée au fond du hall, près de l'escalier, l'endroit le plus calme.
4. Budget révisé : 2 650 €, soit 1 650 € pour le CLSM, 800 € pour le SSE et 200 € pour la FEB. Principaux postes : sophrologue 450 €, impression de 800 flyers et 40 affiches 520 €, goûter 380 €.
5. Communication : l'affiche doit être validée par le service communication de l'université avant le vendredi 10 avril ; diffusion sur l'ENT et les réseaux sociaux à partir du mardi 14 avril.
6. Chaque structure confirme la liste de ses participants avant le vendredi 17 avril, dernier délai.
7. Le bilan de la journée sera fait à la réunion du groupe étudiants du mardi 16 juin.

N'hésitez pas à me signaler toute erreur.

Bien cordialement,

""") + SIG_GT

DISCLAIMER = ("Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
              "destinataires.\nAvant d'imprimer ce courriel, pensez à l'environnement.")

header4 = """De : Gaëlle Trémeur <clsm@brevalec.example>
Envoyé : mardi 24 mars 2026 10:42
À : Marion Le Dantec <marion.ledantec@univ-brevalec.example>; Karim Benslimane <k.benslimane@crve-bretagne-ouest.example>; Inès Bourhis <presidence@laveilleuse-brevalec.example>
Cc : Nolwenn Kerhervé <sse-direction@univ-brevalec.example>; Julie Madec <coordination@cpts-pays-brevalec.example>
Objet : RE: Journée Respire - jeudi 7 mai - relevé de décisions"""

header3 = """De : Karim Benslimane <k.benslimane@crve-bretagne-ouest.example>
Envoyé : jeudi 19 mars 2026 16:05
À : Gaëlle Trémeur <clsm@brevalec.example>; Marion Le Dantec <marion.ledantec@univ-brevalec.example>
Cc : Inès Bourhis <presidence@laveilleuse-brevalec.example>
Objet : RE: TR: Journée Respire - jeudi 7 mai - première organisation"""

header_fwd_outer = """De : Marion Le Dantec <marion.ledantec@univ-brevalec.example>
Envoyé : mardi 17 mars 2026 08:51
À : Gaëlle Trémeur <clsm@brevalec.example>
Cc : Karim Benslimane <k.benslimane@crve-bretagne-ouest.example>; Inès Bourhis <presidence@laveilleuse-brevalec.example>
Objet : TR: Journée Respire - jeudi 7 mai - première organisation"""

FWD_NOTE = wrap("""Gaëlle, voici la confirmation de Thomas pour les salles. Le hall est à nous.

Marion""")

header_fwd_inner = """---------- Message transféré ----------
De : Thomas Guéguen <mde@univ-brevalec.example>
Date : lundi 16 mars 2026 à 17:20
Objet : Réservation Maison de l'étudiant - 7 mai 2026
À : Marion Le Dantec <marion.ledantec@univ-brevalec.example>"""

header2 = """De : Marion Le Dantec <marion.ledantec@univ-brevalec.example>
Envoyé : jeudi 12 mars 2026 13:37
À : Gaëlle Trémeur <clsm@brevalec.example>
Cc : Karim Benslimane <k.benslimane@crve-bretagne-ouest.example>; Inès Bourhis <presidence@laveilleuse-brevalec.example>
Objet : RE: Journée Respire - jeudi 7 mai - première organisation"""

header1 = """De : Gaëlle Trémeur <clsm@brevalec.example>
Envoyé : mardi 10 mars 2026 09:12
À : Marion Le Dantec <marion.ledantec@univ-brevalec.example>; Karim Benslimane <k.benslimane@crve-bretagne-ouest.example>; Inès Bourhis <presidence@laveilleuse-brevalec.example>
Cc : Nolwenn Kerhervé <sse-direction@univ-brevalec.example>
Objet : Journée Respire - jeudi 7 mai - première organisation"""

# message 2 cite le message 1 ; le transfert cite le message 2 ; le message 3 cite le transfert ; le message 4
# cite le message 3
m2_full = MSG2 + "\n\n" + header1 + "\n\n" + quote(MSG1)
fwd_full = FWD_NOTE + "\n\n" + header_fwd_inner + "\n\n" + MSG_FWD + "\n\n" + header2 + "\n\n" + quote(m2_full)
m3_full = MSG3 + "\n\n" + header_fwd_outer + "\n\n" + quote(fwd_full)

BODY = "\n\n".join([
    header4,
    MSG4,
    DISCLAIMER,
    "-----Message d'origine-----\n" + header3,
    quote(m3_full),
])


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(BODY + "\n")
    print("écrit", OUT)


if __name__ == "__main__":
    main()
