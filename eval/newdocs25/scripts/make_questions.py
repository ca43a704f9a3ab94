# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions). La transcription Google Meet (.docx) n'a de repères de temps que toutes les
quatre à cinq minutes ; pour ses questions, « at » est la seconde estimée où commence la première alternative du
premier groupe de preuves : début du paragraphe (scripts/meet_times.json, écrit par le générateur) plus les mots qui
la précèdent dans le paragraphe, à 2,3 mots par seconde. check.py vérifie que cette seconde tombe entre le repère
« hh:mm:ss » qui précède le paragraphe et le suivant."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402

R = "2026-01-29_clsm-vareze_bilan-casc-2025"
P = "2025-10-06_clsm-vareze_protocole-habiter-et-soigner-v4"
C = "2025-11-13_ccapex-isere_releve-decisions-commission-vareze"
M = "2026-02-10_pole-habitat-sante-mentale-aura_webinaire-incurie-voisinage"
F = "2025-12-02_vareze-habitat_referent-sante-mentale-confluence"
X = "2026-01-12_vareze-habitat_tableau-suivi-pssm-gardiens"
L = "2026-01-08_clsm-vareze_notes-incurie-logseq"
U = None

Q = [
    # number
    ("number", "combien de situations la CASC a examiné en 2025 ? et en 2024 c'était combien ?",
     [["Elle a examiné 38 situations", "on a examiné 38 situations"],
      ["contre 27 situations en 2024", "contre 27 en 2024"]], "*"),
    ("number", "Sur les 70 gardiens des deux bailleurs, combien ont fait la formation PSSM en 2025 ?",
     [["Total 70 43 61%", "43 gardiens formés sur 70"]], "*"),
    ("number", "Le fonds incurie était doté de combien en 2025, et ça a payé combien d'interventions ?",
     [["était doté de 30 000 €", "[[Fonds incurie]] 2025 = 30 000 €", "Il était de 30 000 euros"],
      ["9 interventions de nettoyage et de désencombrement", "9 interventions, reliquat"]], "*"),
    ("number", "Nombre total de fiches d'alerte reçues par le référent santé mentale de Varèze Habitat en 2025 ?",
     [["j'ai reçu 63 fiches d'alerte", "63 fiches d'alerte reçues de mars à décembre 2025",
       "Total 2025 26 14 15 8 63 41"]], "*"),
    ("number", "Combien d'assignations pour impayés de loyer sur le territoire de la commission de Varèze au 31 "
               "octobre 2025 ?",
     [["186 assignations pour impayés de loyer"]], C),
    ("number", "L'équipe mobile santé-logement, c'est quel budget par an et qui la finance ?",
     [["148 000 € par an"], ["au titre du fonds d'intervention régional"]], P),
    ("number", "Le référent santé mentale de Varèze Habitat couvre combien de logements ?",
     [["soit 5 240 logements"]], F),
    # unanswerable
    ("unanswerable", "Combien de situations la cellule avait-elle examinées en 2023, l'année de sa création ?", [], U),
    ("unanswerable", "Est-ce qu'il existe une cellule de situations complexes à Chambéry ?", [], U),
    ("unanswerable", "Dans le Grand Est, combien de bailleurs sociaux ont un référent santé mentale ?", [], U),
    ("unanswerable", "Le protocole Habiter et soigner prévoit-il des places Un chez-soi d'abord ?", [], U),
    ("unanswerable", "Combien de conflits de voisinage ont été confiés à un conciliateur de justice en 2025 ?", [], U),
    ("unanswerable", "Combien d'expulsions avec le concours de la force publique à Saint-Clair-du-Mont en 2025 ?", [],
     U),
    ("unanswerable", "Combien de gardiens de Dauphiné Foyers avaient été formés aux PSSM en 2024 ?", [], U),
    # crosslingual
    ("crosslingual", "What are the main tasks of Varèze Habitat's mental health liaison officer?",
     [["Recevoir et analyser les fiches d'alerte", "Aller à la rencontre du locataire",
       "Présenter les situations bloquées à la CASC"]], F),
    ("crosslingual", "How long does a caretaker have to send the alert form, and within how many days should the "
                     "home visit take place?",
     [["dans un délai de 48 heures", "transmet la fiche dans les 48 heures"],
      ["dans un délai de 15 jours", "15 jours Grille d'évaluation habitat"]], "*"),
    ("crosslingual", "In the webinar, what changed for the caretaker after her mental health first aid course?",
     [["maintenant j'ose aller parler à la personne"]], M),
    # date
    ("date", "Le protocole Habiter et soigner a été signé quand ?",
     [["signé le 15 janvier 2026", "comité de pilotage du 15 janvier 2026"]], "*"),
    ("date", "c'est quand la prochaine CCAPEX territoriale de Varèze après celle du 13 novembre ?",
     [["Prochaine séance : jeudi 11 décembre 2025"]], C),
    ("date", "Prochaine session de formation PSSM prévue pour les gardiens en 2026, c'est quelles dates ?",
     [["S5 12-13/02/2026"]], X),
    # document
    ("document", "Dans le relevé de décisions de la CCAPEX du 13 novembre 2025, qu'est-ce qui a été décidé sur le "
                 "lien avec la CASC ?",
     [["orienté vers la CASC, avec l'accord du ménage"]], C),
    ("document", "Bilan 2025 de la CASC publié par le CLSM de Varèze en janvier 2026 : quelles orientations pour "
                 "2026 ?",
     [["Ramener le délai moyen entre saisine et examen"], ["Ouvrir la saisine aux syndics"],
      ["Installer l'équipe mobile santé-logement"]], R),
    ("document", "Au webinaire des 20 minutes du Pôle du 10 février 2026, le prochain rendez-vous portera sur "
                 "quoi ?",
     [["la médiation dans les conflits de voisinage"]], M),
    # fact
    ("fact", "La cellule CASC se réunit quand, et où ?",
     [["le deuxième mardi de chaque mois"], ["Maison des services publics des Aubépins"]], R),
    ("fact", "Chez Varèze Habitat, les fiches d'alerte sont rangées où ?",
     [["espace SharePoint « Santé mentale » à accès restreint"]], F),
    ("fact", "Quelle entreprise fait les nettoyages d'incurie, et à quel tarif ?",
     [["Net'Alpes Services]] (entreprise d'insertion"], ["environ 65 € HT par m3 évacué"]], L),
    # transcript
    ("transcript", "Dans le webinaire, comment s'est déroulé le nettoyage chez Monsieur R. ?",
     [["en quatre fois sur six semaines"]], M),
    ("transcript", "pendant le webinaire, ils ont dit si un voisin peut saisir directement la cellule ?",
     [["réservée aux membres de la cellule",
       "ils passent par la mairie, par le bailleur"]], M),
    ("transcript", "Quels conseils Sonia Bekhti a donnés pour monter une cellule quand on n'a pas de CLSM ?",
     [["commencez petit, avec un noyau de cinq partenaires"],
      ["écrivez tout de suite une charte de confidentialité"],
      ["quelqu'un dont c'est le travail de coordonner"]], M),
    # who
    ("who", "Qui anime les formations PSSM des gardiens ?", [["Hélène Gaudry et Marc Leroux"]], "*"),
    ("who", "Qui présidait la séance de la CCAPEX du 13 novembre 2025 ?",
     [["Régis Fauconnet, DDETS de l'Isère, représentant le préfet"]], C),
    ("who", "Qui copréside le comité de pilotage du protocole Habiter et soigner ?",
     [["vice-président chargé de la santé de Varèze Agglomération"],
      ["directeur de la délégation départementale de l'ARS"]], P),
    # acronym
    ("acronym", "CASC ça veut dire quoi ?", [["cellule d'appui aux situations complexes"]], "*"),
    ("acronym", "Le plan AERER de la formation PSSM, ça veut dire quoi ?",
     [["Approcher la personne, évaluer et assister en cas de crise"]], M),
    # comparison
    ("comparison", "Syndrome de Diogène ou syllogomanie : c'est quoi la différence ?",
     [["absence de demande d'aide"], ["l'accumulation peut exister sans incurie"]], L),
    ("comparison", "Le délai entre la saisine et le passage en cellule, 2024 vs 2025 ?",
     [["ramené à 19 jours"], ["31 jours en 2024"]], R),
    # definition
    ("definition", "C'est quoi une « situation complexe » pour la cellule ?",
     [["aucun acteur ne peut à lui seul"]], R),
    ("definition", "L'EMSL, c'est quoi exactement ?",
     [["composée d'un infirmier (1 ETP)"]], P),
    # list
    ("list", "Quels sont les signataires du protocole Habiter et soigner ?",
     [["Varèze Agglomération, au titre du conseil local de santé mentale"],
      ["le centre hospitalier du Val de Varèze (CHVV)"], ["Dauphiné Foyers, entreprise sociale pour l'habitat"]],
     P),
    ("list", "Quels signes doivent pousser un gardien à remplir une fiche d'alerte ?",
     [["logement encombré, odeurs sur le palier", "volets toujours fermés, courrier qui s'accumule",
       "plaintes répétées de voisins liées au comportement"]], F),
    # paraphrase
    ("paraphrase", "Un bailleur signataire peut-il attaquer en justice un locataire qui dérange ses voisins sans "
                   "passer d'abord par la cellule ?",
     [["ne pas engager de procédure contentieuse pour trouble de jouissance"]], P),
    ("paraphrase", "Les appartements vidés et nettoyés, ils se remplissent à nouveau après ?",
     [["2 présentaient à nouveau un encombrement important à six mois"]], R),
    # yesno
    ("yesno", "Est-ce qu'il y a un service communal d'hygiène et de santé à Saint-Clair-du-Mont ?",
     [["Saint-Clair-du-Mont n'a pas de SCHS"]], L),
    ("yesno", "On peut appeler le référent santé mentale du bailleur en cas d'urgence ?",
     [["n'est pas un dispositif d'urgence"]], F),
    # howto
    ("howto", "Comment je fais pour présenter une situation à la CASC ?",
     [["au moins 10 jours avant la séance"]], "*"),
]


def at_for(ev):
    """Seconde estimée où commence ev dans la transcription Meet."""
    with open(os.path.join(HERE, "meet_times.json"), encoding="utf-8") as f:
        paras = json.load(f)["paragraphs"]
    target = check.norm(ev)
    for p in paras:
        txt = check.norm(p["text"])
        k = txt.find(target)
        if k >= 0:
            before = len(txt[:k].split())
            return int(p["start"] + before / 2.3)
    raise SystemExit("preuve introuvable dans la transcription : %s" % ev)


def main():
    out = []
    for i, (kind, question, ev, doc) in enumerate(Q, 1):
        q = {"id": "n25-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
        if doc == M:
            q["at"] = at_for(ev[0][0])
        out.append(q)
    with open(os.path.join(os.path.dirname(HERE), "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(out), "questions")


if __name__ == "__main__":
    main()
