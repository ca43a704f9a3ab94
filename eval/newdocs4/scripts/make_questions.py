import json, re, sys
sys.path.insert(0, "/work/main/eval/newdocs4/scripts")
A="2025-01-14_agglo-val-dorbiere_fiche-poste-coordinateur-clsm"
B="2025-03-18_ressources-ville-provence-alpes_webinaire-jeunes-qpv-sante-mentale"
C="2025-06-10_clsm-port-lormel_lettre-info-12"
D="2025-10-07_pole-ressources-ville-bfc_webinaire-logement-sante-mentale"
E="2024-11-05_crpv-hauts-vallons_faq-sante-mentale-contrat-de-ville"
F="2025-09-23_ressources-quartiers-normandie_mediation-sante-mentale-bellegreve"
G="2026-01-20_cc-vallee-arvene_evaluation-clsm-2021-2025"
Q = [
 # --- A: Word fiche de poste
 ("Combien d'habitants vivent dans les quartiers prioritaires de Val d'Orbière Agglomération ?", [["15 900 habitants"]], A, "fact"),
 ("Que signifie CCSC dans la fiche de poste du coordinateur du CLSM de Val d'Orbière ?", [["cellule de concertation des situations complexes"]], A, "acronym"),
 ("Qui finance le poste de coordination du CLSM de Val d'Orbière, et pour quelle part chacun ?", [["ARS Centre-Val de Loire : 50 %"], ["Agglomération : 35 %"], ["Les Tilleuls : 15 %"]], A, "list"),
 ("Jusqu'à quelle date peut-on candidater au poste de coordinateur du CLSM de Val d'Orbière ?", [["28 février 2025"]], A, "fact"),
 ("Le nouveau coordo du CLSM de Val d'Orbière, il doit présenter quoi à la fin de sa période d'arrivée, et à quelle réunion ?", [["feuille de route 2025-2026"], ["comité de pilotage du 24 juin 2025"]], A, "paraphrase"),
 # --- B: PowerPoint webinar
 ("Selon le webinaire de mars 2025 de Ressources Ville Provence-Alpes, combien de jeunes Passerelle Jeunes a-t-il accueillis pendant ses six premiers mois ?", [["186 jeunes accueillis"]], B, "document"),
 ("À Saint-Ambrun, les jeunes des QPV déclarent-ils plus de symptômes dépressifs que les autres jeunes de la commune ?", [["31 % des 15-25 ans"], ["19 % hors QPV"]], B, "comparison"),
 ("Quand le dispositif Passerelle Jeunes a-t-il ouvert à Saint-Ambrun ?", [["2 septembre 2024"]], B, "fact"),
 ("Quelles sont les étapes du parcours d'un jeune accueilli par Passerelle Jeunes ?", [["Repérage ou venue spontanée"], ["Premier entretien sous 10 jours"], ["Orientation : CMP-IJ, MDA"], ["Suivi pendant trois mois"]], B, "list"),
 ("How long do young people wait for a first appointment at the child and adolescent mental health centre in Saint-Ambrun?", [["7 mois pour un premier rendez-vous"]], B, "crosslingual"),
 # --- C: PDF newsletter
 ("Dans la lettre d'info n° 12 du CLSM de Port-Lormel, combien de situations la cellule de veille logement a-t-elle examinées en 2024 ?", [["38 situations"]], C, "document"),
 ("Combien d'habitants des quartiers prioritaires ont été formés aux premiers secours en santé mentale à Port-Lormel en 2024 ?", [["dont 41 habitants des quartiers"]], C, "fact"),
 ("Que veut dire EPSM ?", [["Établissement public de santé mentale"]], C, "acronym"),
 ("Le GEM de Port-Lormel, il est ouvert le samedi ?", [["du mardi au samedi"]], C, "paraphrase"),
 ("Depuis quand la Maison des adolescents tient-elle une permanence aux Salines, et quel jour ?", [["5 février 2025"], ["mercredi de 14 h à 17 h"]], C, "fact"),
 # --- D: WebVTT auto-captions
 ("Qui coordonne le CLSM de Chaumerac ?", [["karim haddad"]], D, "fact"),
 ("Combien de situations la cellule de veille santé mentale et logement de Chaumerac a-t-elle examinées en 2024 ?", [["47 situations"]], D, "fact"),
 ("Quand la charte de la cellule de veille logement de Chaumerac a-t-elle été signée ?", [["signée le 12 décembre 2022"]], D, "fact"),
 ("Quels conseils Karim Haddad donne-t-il à un coordinateur qui veut lancer une cellule de veille logement ?", [["commencer avec un seul bailleur volontaire"], ["charte de confidentialité avant la première réunion"], ["toujours faire un retour au bailleur"]], D, "list"),
 ("How many building caretakers have been trained in mental health first aid in Chaumerac?", [["58 gardiens formés aux PSSM"]], D, "crosslingual"),
 ("À Chaumerac, combien de temps après la réunion l'infirmier et la conseillère sociale du bailleur vont-ils voir le locataire chez lui ?", [["sous quinze jours après la réunion"]], D, "paraphrase"),
 # --- E: Markdown FAQ
 ("CLSM vs PTSM : à quelle échelle travaille chacun ?", [["échelle départementale"], ["Commune ou intercommunalité", "échelle de la commune ou de l'intercommunalité"]], E, "comparison"),
 ("Que signifie REAAP ?", [["Réseau d'écoute, d'appui et d'accompagnement des parents"]], E, "acronym"),
 ("Quelle est la date limite de dépôt des dossiers pour l'appel à projets 2025 du contrat de ville dans les Hauts-Vallons ?", [["10 janvier 2025"]], E, "fact"),
 ("On peut monter un CLSM dans une commune qui n'a pas de QPV ?", [["n'est pas réservé aux communes"]], E, "paraphrase"),
 ("Combien d'actions santé mentale les contrats de ville des Hauts-Vallons ont-ils financées en 2024, et pour quel montant ?", [["23 actions"], ["212 000 €"]], E, "fact"),
 # --- F: HTML page
 ("À Bellegrève, quel était le délai pour un premier rendez-vous au CMP avant et après l'arrivée des médiateurs en santé ?", [["84 jours"], ["37 jours"]], F, "comparison"),
 ("Qu'est-ce qu'un poste d'adulte-relais et qui peut être recruté ?", [["personnes d'au moins 26 ans"]], F, "fact"),
 ("Qui emploie les médiateurs en santé de Bellegrève ?", [["centre communal d'action sociale (CCAS) de Bellegrève", "CCAS) de Bellegrève"]], F, "fact"),
 ("Quelles conditions de réussite ressortent de l'expérience des médiateurs santé de Bellegrève ?", [["formation solide avant la prise de poste"], ["ancrage dans le quartier"], ["lien formalisé avec la psychiatrie"], ["supervision régulière"]], F, "list"),
 ("How many people did the Bellegrève health mediators support between 2023 and 2025?", [["1 420 personnes"]], F, "crosslingual"),
 # --- G: PDF evaluation report
 ("Que veut dire CPTS ?", [["Communauté professionnelle territoriale de santé"]], G, "acronym"),
 ("Quelles sont les recommandations de l'évaluation du CLSM de la Vallée de l'Arvène ?", [["convention pluriannuelle de financement"], ["collège des usagers et des aidants"], ["permanences itinérantes dans les communes rurales"]], G, "list"),
 ("D'où vient le chiffre du taux de pauvreté donné pour le quartier du Foirail ?", [["Filosofi 2021"]], G, "paraphrase"),
 ("Taux de pauvreté : le Foirail par rapport à l'ensemble de la communauté de communes de l'Arvène ?", [["38 % au Foirail"], ["contre 16 % pour"]], G, "comparison"),
 ("D'après le rapport d'évaluation de janvier 2026 sur le CLSM de la Vallée de l'Arvène, combien d'entretiens individuels ont été menés ?", [["32 entretiens individuels"]], G, "document"),
 # --- unanswerable near misses
 ("Combien de situations la cellule de veille logement de Port-Lormel a-t-elle examinées en 2022 ?", [], None, "unanswerable"),
 ("Quel est le délai d'attente pour un premier rendez-vous au CMP infanto-juvénile de Port-Lormel ?", [], None, "unanswerable"),
 ("Que signifie DAC dans le champ de la santé mentale ?", [], None, "unanswerable"),
 ("Comment les habitants des QPV peuvent-ils bénéficier du dispositif Mon soutien psy ?", [], None, "unanswerable"),
 ("Quelle est la procédure de soins psychiatriques sans consentement à la demande du représentant de l'État ?", [], None, "unanswerable"),
 ("Quel est le budget annuel du CLSM de Port-Lormel ?", [], None, "unanswerable"),
]
import check_helpers as H
out = []
for i, (q, ev, d, k) in enumerate(Q, 1):
    o = {"id": f"m{i:02d}", "question": q, "evidence": ev, "doc": d, "kind": k}
    if d == D:
        o["at"] = H.first_second(ev)
    out.append(o)
open("/work/main/eval/newdocs4/questions.jsonl", "w").write("\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n")
print(len(out))
