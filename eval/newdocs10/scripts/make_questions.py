# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (42 questions) pour le jeu newdocs10."""
import json
import os

W = "2025-11-18_crtsm_webinaire-sante-mentale-personnes-agees-isolees"
S = "2025-11-18_crtsm_diaporama-sante-mentale-personnes-agees-isolees"
R = "2025-06-24_orss-bfc_etat-des-lieux-clsm-2025"
F = "2025-03-12_cite-ressources-occitanie_fiche-repere-sante-mentale-contrats-de-ville"
C = "2026-09-08_clsm-pays-de-brenaye_qui-sommes-nous-actions-contact"
P = "2026-04-07_radio-cote-d-aveline_podcast-pair-aidance-clsm-port-aveline"
D = "2025-10-28_clsm-haute-merlande_compte-rendu-assemblee-pleniere"

Q = [
    # --- fact / number / date
    dict(id="u01", kind="fact", doc=C,
         question="c'est quoi le budget 2026 du CLSM du Pays de Brenaye et qui met le plus d'argent ?",
         evidence=[["58 300 euros"], ["financé par l'ARS Bretagne", "ARS Bretagne (26 000 euros)"]]),
    dict(id="u02", kind="fact", doc=R,
         question="En Bourgogne-Franche-Comté, combien de CLSM ont une convention de financement pluriannuelle avec l'ARS, et sur combien d'années en général ?",
         evidence=[["Seuls sept CLSM bénéficient"], ["d'une durée de trois ans"]]),
    dict(id="u03", kind="number", doc=R,
         question="combien de gens formés aux premiers secours en santé mentale grâce aux CLSM de BFC depuis 2021 ?",
         evidence=[["1 385 personnes formées", "1 385 personnes ont été formées"]]),
    dict(id="u04", kind="number", doc=S,
         question="c'était quoi le taux de réponse au questionnaire flash envoyé aux CLSM par le CRTSM avant le webinaire sur les aînés isolés ?",
         evidence=[["taux de réponse : 68 %"]]),
    dict(id="u05", kind="date", doc=C,
         question="Quand a lieu la prochaine assemblée plénière du CLSM de Brenaye ?",
         evidence=[["Jeudi 19 novembre 2026", "19 novembre 2026"]]),
    dict(id="u06", kind="date", doc=D,
         question="a partir de quand la navette solidaire vers le CMP de Rouvrange doit-elle demarrer ?",
         evidence=[["5 janvier 2026"]]),
    # --- acronym / definition
    dict(id="u07", kind="acronym", doc=W, at=179,
         question="EMPPA ça veut dire quoi ? (c'est l'équipe du Dr Lacombe à Saint-Gilvert)",
         evidence=[["équipe mobile de psychiatrie de la personne âgée"]]),
    dict(id="u08", kind="acronym", doc=D,
         question="c koi la CVO dans le CLSM de Haute-Merlande",
         evidence=[["cellule de veille et d'orientation"]]),
    dict(id="u09", kind="definition", doc=F,
         question="quest ce qu'un atelier sante ville exactement ?",
         evidence=[["démarche de coordination locale", "réduire les inégalités sociales et territoriales"]]),
    dict(id="u10", kind="definition", doc=P, at=862,
         question="Dans le podcast sur la pair-aidance à Port-Aveline, Thomas Roussel parle d'un « plan de crise conjoint » : c'est quoi ?",
         evidence=[["rédige avec son équipe de soins", "document que la personne rédige"]]),
    # --- comparison
    dict(id="u11", kind="comparison", doc=F,
         question="différence entre CLSM et ASV côté périmètre géographique ?",
         evidence=[["centré sur les quartiers prioritaires"], ["couvre l'ensemble de la commune"]]),
    dict(id="u12", kind="comparison", doc=R,
         question="Budget moyen d'un CLSM en Bourgogne-Franche-Comté : combien en 2022 et combien en 2024 ?",
         evidence=[["41 200 euros en 2022"], ["48 500 euros en 2024"]]),
    dict(id="u13", kind="comparison", doc=S,
         question="L'EMPPA de Saint-Gilvert a-t-elle raccourci son délai entre la demande et la première visite entre 2022 et 2024 ? Passé de combien à combien ?",
         evidence=[["14 jours"], ["9 jours"]]),
    # --- list / howto
    dict(id="u14", kind="list", doc=W, at=708,
         question="quels signes doivent alerter un voisin ou un gardien chez une personne âgée qui vit seule, d'après le psychiatre du webinaire ?",
         evidence=[["volets qui restent fermés en journée"], ["courrier qui s'accumule"], ["perte d'appétit"]]),
    dict(id="u15", kind="list", doc=C,
         question="Quels sont les groupes de travail du CLSM du Pays de Brenaye ?",
         evidence=[["Logement et habitat"], ["Jeunesse et santé mentale"], ["Parentalité et périnatalité"],
                   ["Déstigmatisation et citoyenneté"]]),
    dict(id="u16", kind="howto", doc=C,
         question="Je suis assistante sociale sur Brenaye Communauté, comment je fais pour présenter une situation à la commission des situations complexes ?",
         evidence=[["formulaire de saisine téléchargeable"], ["au moins dix jours avant la séance"]]),
    dict(id="u17", kind="howto", doc=F,
         question="On renégocie notre contrat de ville : quelles sont les étapes conseillées pour y intégrer la santé mentale ?",
         evidence=[["Objectiver les besoins"], ["Identifier les acteurs"], ["Inscrire un objectif opérationnel"]]),
    # --- who
    dict(id="u18", kind="who", doc=C,
         question="qui est la coordinatrice actuelle du CLSM de Brenaye ?",
         evidence=[["Maëlle Le Gouic"]]),
    dict(id="u19", kind="who", doc=D,
         question="Qui va piloter le nouveau groupe sur le mal-être des agriculteurs à Haute-Merlande ?",
         evidence=[["piloté par Gérard Muller", "Gérard Muller (MSA)"]]),
    dict(id="u20", kind="who", doc=W, at=195,
         question="Dans le webinaire du CRTSM sur les personnes âgées isolées, qui représentait le CCAS de Ternay-sur-Drôme et quelle est sa fonction ?",
         evidence=[["Bruno Kessler, responsable du pôle seniors"]]),
    # --- document
    dict(id="u21", kind="document", doc=R,
         question="L'état des lieux des CLSM de l'ORSS Bourgogne-Franche-Comté, il a été commandé par qui et il est sorti quand ?",
         evidence=[["à la demande de l'Agence régionale de santé"], ["24 juin 2025", "Juin 2025"]]),
    dict(id="u22", kind="document", doc=S,
         question="Dans le diaporama du webinaire CRTSM du 18 novembre 2025, quelle adresse est donnée pour télécharger le kit sentinelles de Val-d'Orbelle ?",
         evidence=[["clsm-valdorbelle.example/visa/kit-sentinelles"]]),
    dict(id="u23", kind="document", doc=F,
         question="la fiche repère n°14 de Cité Ressources Occitanie sur santé mentale et contrats de ville : qui l'a rédigée et quand a-t-elle été mise à jour ?",
         evidence=[["Laure Benhamou, chargée de mission santé"], ["Mis à jour le 3 juin 2025"]]),
    dict(id="u24", kind="document", doc=P, at=57,
         question="Dans l'émission Santé en clair de Radio Côte d'Aveline d'avril 2026, le Dr Delaunay est présentée avec quelle fonction ?",
         evidence=[["cheffe du pôle de psychiatrie adulte", "vice-présidente du CLSM"]]),
    # --- transcript
    dict(id="u25", kind="transcript", doc=W, at=948,
         question="Dans le webinaire, Nadia Ferhat dit combien de sentinelles ont été formées à Val-d'Orbelle, et combien de temps dure leur formation ?",
         evidence=[["cent quarante sentinelles formées"], ["trois heures trente"]]),
    dict(id="u26", kind="transcript", doc=W, at=58,
         question="combien d'inscrits au webinaire des Mardis des CLSM sur les personnes âgées isolées ?",
         evidence=[["trois cent quarante inscrits"]]),
    dict(id="u27", kind="transcript", doc=W, at=1639,
         question="Une coordo bretonne demandait dans le chat comment faire venir les médecins généralistes : qu'a répondu le Dr Lacombe ?",
         evidence=[["passe par la CPTS"], ["ligne téléphonique dédiée aux médecins traitants"]]),
    dict(id="u28", kind="transcript", doc=P, at=623,
         question="Passerelle à Port-Aveline : combien de personnes accompagnées en 2025 et quel taux de réhospitalisation à 3 mois ?",
         evidence=[["83 personnes ont été accompagnées"], ["accompagnées, est de 19 %"]]),
    dict(id="u29", kind="transcript", doc=P, at=682,
         question="Le dispositif Passerelle, il coûte combien par an et qui paie ?",
         evidence=[["62 000 euros par an"], ["Agence régionale de santé de Normandie"]]),
    # --- yes/no
    dict(id="u30", kind="yesno", doc=W, at=1237,
         question="Est-ce que Ternay-sur-Drôme a déjà un CLSM en fonctionnement ?",
         evidence=[["pas encore de CLSM à Ternay-sur-Drôme", "installation est prévue au printemps 2026"]]),
    dict(id="u31", kind="yesno", doc=C,
         question="la formation PSSM du CLSM de Brenaye est-elle payante pour les habitants ?",
         evidence=[["gratuite pour les habitants et les professionnels"]]),
    # --- crosslingual
    dict(id="u32", kind="crosslingual", doc=R,
         question="How many local mental health councils were operating in Bourgogne-Franche-Comté at the end of 2024, compared with 2019?",
         evidence=[["26 conseils locaux de santé mentale"], ["contre 11 en 2019"]]),
    dict(id="u33", kind="crosslingual", doc=F,
         question="How many people did the Point Écoute Cazelle listening service in Montbrézac see in 2024?",
         evidence=[["reçu 187 personnes"]]),
    dict(id="u34", kind="crosslingual", doc=D,
         question="What is the planned 2026 budget of the Haute-Merlande local mental health council?",
         evidence=[["71 400 euros"]]),
    # --- paraphrase
    dict(id="u35", kind="paraphrase", doc=R,
         question="D'après l'enquête bourguignonne et franc-comtoise, quelle proportion de la semaine des coordos part dans l'organisation de l'instance qui étudie les cas individuels difficiles ?",
         evidence=[["entre un quart et un tiers"]]),
    dict(id="u36", kind="paraphrase", doc=P, at=536,
         question="Pour embaucher un pair-aidant professionnel à l'hôpital de Port-Aveline, combien de temps d'équilibre retrouvé exige-t-on au minimum ?",
         evidence=[["au moins deux ans"]]),
    # --- unanswerable (near misses)
    dict(id="u37", kind="unanswerable", doc=None, evidence=[],
         question="Combien de CLSM fonctionnaient en Bourgogne-Franche-Comté en 2018 ?"),
    dict(id="u38", kind="unanswerable", doc=None, evidence=[],
         question="combien de patients l'EMPPA de Saint-Gilvert a suivi en 2021 ?"),
    dict(id="u39", kind="unanswerable", doc=None, evidence=[],
         question="Quel est le budget total 2026 du CLSM de Port-Aveline ?"),
    dict(id="u40", kind="unanswerable", doc=None, evidence=[],
         question="Comment fonctionne la cellule VIGIE du CLSM du Pays de Brenaye ?"),
    dict(id="u41", kind="unanswerable", doc=None, evidence=[],
         question="Comment s'appelle la coordinatrice du CLSM de Montbrézac ?"),
    dict(id="u42", kind="unanswerable", doc=None, evidence=[],
         question="Combien de personnes le CLSM de Haute-Merlande a-t-il formées aux PSSM en 2023 ?"),
]

KEYS = ["id", "question", "evidence", "doc", "kind", "at"]
out = os.path.join(os.path.dirname(__file__), "..", "questions.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps({k: q[k] for k in KEYS if k in q}, ensure_ascii=False) + "\n")
print(len(Q), "questions")
