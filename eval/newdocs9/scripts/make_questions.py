"""Write ../questions.jsonl. For transcript questions, "at" is the start (in whole seconds) of the cue where the
first alternative of the first evidence group begins, found in the transcript file itself."""
import json
import pathlib

import check

R = "2025-04-15_clsm-vallee-de-l-aurence_rapport-activite-2024"
V = "2025-10-14_territoires-cohesion-ouest_webinaire-sante-mentale-jeunes-qpv"
S = "2025-06-19_clsm-deux-marais_reunion-elus-role-du-maire-whisper"
T = "2026-01-08_normandie-quartiers-ressources_dispositifs-sante-mentale-onglets"
C = "2025-02-03_ville-montclair-sur-orge_convention-clsm-2025-2027"
P = "2025-03-18_clsm-roannay_daml-bilan-2024-procedure-2025"
N = "2025-11-18_territoires-cohesion-ouest_lettre-38-novembre-2025"

Q = [
    # --- long PDF report (three towns, 2022-2024)
    ("Combien de situations la cellule de coordination des situations complexes a-t-elle examinées pour des "
     "habitants de Bréville-sur-Aurence en 2023 ?",
     [["Bréville-sur-Aurence 17 23 31"]], R, "fact"),
    ("Dans le rapport du CLSM de la Vallée de l'Aurence, que veut dire CCSC ?",
     [["cellule de coordination des situations complexes"]], R, "acronym"),
    ("On est partenaire du CLSM de l'Aurence : comment fait-on pour présenter une situation à la cellule ?",
     [["remplir la fiche de saisine"], ["recueillir son accord"], ["au plus tard dix jours avant la réunion"]],
     R, "howto"),
    ("Les SISM 2024 ont-elles attiré plus de monde que celles de 2023 dans la Vallée de l'Aurence ?",
     [["réuni 1 140 participants"], ["860 participants"]], R, "yesno"),
    ("Entre le moment où on envoie un dossier et celui où la cellule s'en occupe, il faut patienter combien de "
     "temps en moyenne dans l'Aurence, d'après le bilan 2024 ?",
     [["16 jours en 2024"]], R, "paraphrase"),
    ("Dans le rapport d'activité 2024 d'Aurence Agglo sur son CLSM, quel est le budget total et combien l'ARS "
     "a-t-elle apporté ?",
     [["118 500 €"], ["dont 40 000 € de l'ARS", "régional, FIR) 40 000 €"]], R, "document"),
    ("How many young people did the Montaurel youth drop-in listening centre see in 2024, and what share of them "
     "lived in a priority neighbourhood?",
     [["Jeunes accueillis 71 214"], ["dont habitants d'un QPV 58 % 61 %"]], R,
     "crosslingual"),
    # --- 43-minute webinar (SME captions)
    ("À Kerhoren, il fallait attendre combien de temps pour un premier rendez-vous au CMP infanto-juvénile en 2023, "
     "et où en est-on en 2025 ?",
     [["il fallait attendre neuf mois"], ["descendu à cinq mois"]], V, "fact"),
    ("C'est quoi la CRIP dont a parlé la pédopsychiatre pendant le webinaire ?",
     [["cellule de recueil des informations préoccupantes"]], V, "acronym"),
    ("Selon la Dre Rohou, quelle différence entre une Maison des adolescents et un point accueil écoute jeunes ?",
     [["la Maison des adolescents évalue et oriente", "on évalue avec une équipe pluridisciplinaire"],
      ["le PAEJ écoute", "c'est de l'écoute et de la prévention, non médicalisé"]], V, "comparison"),
    ("Dans le webinaire de Territoires et Cohésion Ouest du 14 octobre 2025, quand a lieu le rendez-vous suivant et "
     "sur quel sujet ?",
     [["le mardi 9 décembre 2025"], ["thème logement et santé mentale"]], V, "document"),
    ("How is the coordinator post of the Kerhoren local mental health council funded?",
     [["financé à 50 % par l'ARS"], ["à 35 % par la ville"], ["15 % par le contrat de ville"]], V, "crosslingual"),
    ("Qui met de l'argent dans L'Escale, le point écoute jeunes de Landivic, et combien ?",
     [["la CAF apporte quarante-deux mille euros par an"], ["la ville dix-huit mille"],
      ["huit mille euros de crédits politique de la ville"]], V, "paraphrase"),
    # --- Whisper SRT, meeting for mayors
    ("Mesure provisoire du maire : combien de temps pour prévenir le préfet, et au bout de combien de temps elle "
     "tombe si le préfet ne fait rien ?",
     [["dans les 24 heures au préfet", "24 heures pour transmettre au préfet"], ["caduque au bout de 48 heures"]],
     S, "fact"),
    ("Soins à la demande d'un tiers ou soins sur décision du représentant de l'État : qu'est-ce qui les distingue ?",
     [["un membre de la famille ou un proche qui fait la demande"], ["C'est le préfet qui décide"]], S, "comparison"),
    ("Combien de mesures provisoires ont été prises à Hautmarais en 2024 ?",
     [["il y en a eu 17, dont 9 à Hautmarais"]], S, "fact"),
    ("Quelles sont les étapes de la fiche réflexe remise aux maires des Deux-Marais face à une personne en crise ?",
     [["sécuriser la situation"], ["obtenir l'avis médical"], ["prendre l'arrêté de mesure provisoire"],
      ["transmettre l'arrêté et l'avis médical à la préfecture"], ["informer la famille de la personne"],
      ["prévenir le CLSM"]], S, "list"),
    # --- web page with tabs and carousel
    ("Quelle différence entre un CLSM et un contrat local de santé ?",
     [["plateforme de concertation et de coordination", "le conseil réunit durablement les acteurs"],
      ["signé entre l'ARS et une collectivité territoriale", "le contrat fixe des engagements"]], T, "comparison"),
    ("Quelles sont les six priorités des projets territoriaux de santé mentale ?",
     [["repérage précoce des troubles psychiques"], ["parcours de santé et de vie de qualité et sans rupture"],
      ["accès des personnes aux soins somatiques"], ["situations de crise et d'urgence"],
      ["respect et la promotion des droits des personnes"],
      ["déterminants sociaux, environnementaux et territoriaux"]], T, "list"),
    ("EMPP, ça veut dire quoi, et qui la finance ?",
     [["équipe mobile psychiatrie-précarité"], ["dotation de l'ARS à l'établissement de santé"]], T, "acronym"),
    ("Combien d'habitants les adultes-relais de Val-de-Risle ont-ils accompagnés en 2024 ?",
     [["ils ont accompagné 212 habitants"]], T, "fact"),
    ("Un ado peut-il être soigné directement au point écoute jeunes ?",
     [["Le PAEJ n'est pas un lieu de soins"]], T, "yesno"),
    ("Par où commencer pour monter un conseil local de santé mentale dans sa commune ?",
     [["rencontre entre le maire et le chef de pôle de psychiatrie"],
      ["diagnostic partagé des besoins et des ressources"], ["délibération du conseil municipal ou communautaire"],
      ["le recrutement d'un coordinateur"], ["installation de l'assemblée plénière"]], T, "howto"),
    # --- Word agreement with content controls
    ("Quel montant l'ARS verse-t-elle chaque année pour le CLSM de Montclair-sur-Orge, et comment est-il versé ?",
     [["subvention annuelle de 35 000 €"], ["70 % au cours du premier trimestre"]], C, "fact"),
    ("La convention CLSM signée à Montclair-sur-Orge le 3 février 2025 court jusqu'à quand, et peut-elle être "
     "reconduite tacitement ?",
     [["31 décembre 2027"], ["ne peut pas être reconduite tacitement"]], C, "document"),
    ("Comment un signataire peut-il sortir de la convention du CLSM de Montclair-sur-Orge ?",
     [["lettre recommandée avec accusé de réception"], ["préavis de trois mois"]], C, "howto"),
    ("Combien la Ville de Montclair-sur-Orge prévoit-elle de mettre dans le budget du CLSM en 2026 ?",
     [["Ville de Montclair-sur-Orge 27 000 28 600 30 200"]], C, "fact"),
    ("Qui co-préside le comité de pilotage du CLSM de Montclair-sur-Orge ?",
     [["co-présidé par la maire"], ["Dr Marc-Antoine Ferry"]], C, "who"),
    # --- PowerPoint with SmartArt
    ("Que signifie DAML ?",
     [["Dispositif d'alerte et de maintien dans le logement"]], P, "acronym"),
    ("Quelles sont les étapes de la procédure du DAML à Roannay, du repérage à la clôture ?",
     [["remplit la fiche d'alerte"], ["coordinatrice du CLSM sous 5 jours ouvrés"],
      ["En binôme infirmier du CMP et conseiller social du bailleur"], ["le deuxième mardi du mois"],
      ["Un référent de parcours est désigné"], ["Bilan à 3 mois"]], P, "list"),
    ("Combien de fiches d'alerte le DAML a-t-il reçues en 2024, et quel était le délai moyen avant la visite à "
     "domicile ?",
     [["Fiches d'alerte reçues 34 47"], ["l'alerte et la visite 24 jours 13 jours"]], P, "fact"),
    ("What is changing in 2025 for Roannay's housing alert scheme?",
     [["Fiche d'alerte dématérialisée"], ["Extension au parc privé"], ["20 gardiens formés d'ici juin 2025"],
      ["une séance par trimestre pour les binômes"]], P, "crosslingual"),
    # --- newsletter .htm
    ("Appel à projets santé mentale et quartiers en Bretagne : date limite de dépôt et plateforme ?",
     [["avant le 16 janvier 2026 à 12 h"], ["plateforme Dauphin"]], N, "date"),
    ("Combien peut-on obtenir au maximum par projet avec l'appel à projets « Santé mentale et quartiers » 2026 ?",
     [["de 5 000 à 15 000 € par projet"]], N, "fact"),
    ("D'après la Lettre n° 38 de Territoires & Cohésion Ouest, qui est la nouvelle coordinatrice du CLSM de "
     "Landivic et depuis quand est-elle en poste ?",
     [["Pauline Jaouen"], ["le 3 novembre 2025"]], N, "document"),
    # --- across documents
    ("Depuis quand les PAEJ sont-ils financés par la CAF ?",
     [["Depuis 2021, le financement des PAEJ passe par la branche famille",
       "depuis 2021, la branche Famille de la sécurité sociale",
       "Depuis 2021, les points accueil écoute jeunes (PAEJ) sont financés par la branche Famille"]], "*", "fact"),
    # --- unanswerable near misses
    ("Combien de mesures provisoires d'hospitalisation le maire de Montaurel a-t-il prises en 2024 ?", [], None,
     "unanswerable"),
    ("Quel était en 2024 le délai d'attente pour un premier rendez-vous au CMP infanto-juvénile de Landivic ?", [],
     None, "unanswerable"),
    ("Que propose le dispositif Santé Psy Étudiant aux étudiants qui habitent en quartier prioritaire ?", [], None,
     "unanswerable"),
    ("Quel est le montant de l'appel à projets santé mentale et quartiers 2026 en Normandie ?", [], None,
     "unanswerable"),
    ("Combien de fiches d'alerte le DAML de Roannay a-t-il reçues en 2022 ?", [], None, "unanswerable"),
    ("Comment s'appelle la personne recrutée comme coordinatrice ou coordinateur du CLSM de Montclair-sur-Orge ?",
     [], None, "unanswerable"),
]


def main():
    docs = check.load()
    out = []
    for i, (question, ev, doc, kind) in enumerate(Q, 1):
        q = {"id": f"t{i:02d}", "question": question, "evidence": ev, "doc": doc, "kind": kind}
        if doc in docs and docs[doc]["times"] is not None:
            ts = check.cue_time(docs[doc], ev[0][0])
            assert ts, (q["id"], ev[0][0])
            q["at"] = int(ts[0])
        out.append(q)
    path = pathlib.Path(__file__).resolve().parent.parent / "questions.jsonl"
    path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in out), encoding="utf-8")
    print(len(out), "questions written")


if __name__ == "__main__":
    main()
