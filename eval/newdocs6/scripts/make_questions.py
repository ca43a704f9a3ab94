"""Write questions.jsonl; the "at" of transcript questions is the start of the cue holding the first evidence group."""
import json, os, extract
H = "2025-03-14_ville-villeneuve-sur-auzere_rapport-activite-clsm-2024"
P = "2025-09-18_ars-bfc_ptsm-haut-sorlin-point-etape"
D = "2024-11-05_ccas-saint-oradoux_protocole-habiter-se-soigner"
M = "2025-05-22_clsm-lanvezec_note-cadrage-gem-pen-ar-run"
S = "2025-10-09_radio-marbeuil_matinale-sante-mentale-ados"
A = "2026-01-15_revue-sante-territoires_pssm-habitants-auberive"
F = "2025-02-27_contrat-ville-cressac_fiche-action-point-ecoute-jeunes"
Q = [
 (H, "fact", "Combien de situations la cellule de situations complexes du CLSM de Villeneuve-sur-Auzère a-t-elle examinées en 2024 ?", [["112 situations examinées en 2024"]]),
 (H, "acronym", "Que signifie RESAD ?", [["évaluation des situations d'adultes en difficulté"]]),
 (H, "list", "Quelles sont les trois priorités retenues pour 2025 par le CLSM de Villeneuve-sur-Auzère ?", [["maintien dans le logement"], ["jeunes de 16 à 25 ans"], ["soutien aux aidants familiaux"]]),
 (H, "comparison", "Le taux de pauvreté dans les quartiers prioritaires de Villeneuve-sur-Auzère est-il beaucoup plus élevé que dans le reste de la commune ?", [["taux de pauvreté y atteint 38 %"], ["contre 14 % pour l'ensemble"]]),
 (P, "list", "Quelles sont les six priorités du projet territorial de santé mentale du Haut-Sorlin ?", [["Repérage précoce"], ["Accès aux soins"], ["Situations de crise"], ["logement accompagné"], ["insertion sociale et professionnelle"], ["Droits des usagers"]]),
 (P, "paraphrase", "Pourquoi faut-il attendre aussi longtemps pour voir un psy au CMP de Val-de-Roye ?", [["départ de deux psychiatres en 2023"]]),
 (P, "acronym", "Que veut dire EMPP dans le calendrier du PTSM du Haut-Sorlin ?", [["équipe mobile psychiatrie-précarité"]]),
 (P, "crosslingual", "How much FIOP money did the Haut-Sorlin mental health plan get between 2021 and 2025?", [["2,4 M€"], ["Fonds d'innovation organisationnelle en psychiatrie"]]),
 (D, "fact", "Qui préside la commission de veille logement et santé mentale de Saint-Oradoux, et quand se réunit-elle ?", [["présidence de Martine Royer"], ["premier mardi de chaque mois"]]),
 (D, "acronym", "Que signifie le sigle CCAPEX ?", [["coordination des actions de prévention des expulsions"]]),
 (D, "list", "Par quelles étapes passe une situation signalée dans le protocole de Saint-Oradoux ?", [["Signalement par le bailleur ou le CCAS"], ["Évaluation à domicile"], ["Examen en commission"], ["Bilan de la situation à trois mois"]]),
 (D, "fact", "Combien de temps infirmier le CMP consacre-t-il aux visites à domicile dans le cadre du protocole de Saint-Oradoux ?", [["4 demi-journées par mois"]]),
 (D, "document", "Dans le protocole « Habiter et se soigner » signé le 5 novembre 2024, à quoi s'engagent les bailleurs sociaux ?", [["Suspendre pendant 3 mois toute nouvelle poursuite"]]),
 (M, "fact", "Quel est le budget de fonctionnement annuel prévu pour le GEM de Pen-ar-Run ?", [["81 000 €"]]),
 (M, "list", "Quelles sont les étapes prévues pour créer le GEM de Lanvézec ?", [["Constituer un groupe projet"], ["Rédiger les statuts et la charte"], ["Déposer le dossier de candidature"], ["Aménager le local"], ["Ouvrir le GEM au public"], ["premier bilan avec les adhérents"]]),
 (M, "paraphrase", "Faut-il avoir un diagnostic psy pour pouvoir aller au GEM de Pen-ar-Run ?", [["L'adhésion est libre"]]),
 (M, "paraphrase", "Les habitants de Pen-ar-Run ont-ils un groupe d'entraide près de chez eux aujourd'hui ?", [["à 34 kilomètres"]]),
 (S, "comparison", "Comment a évolué le délai d'attente pour un premier rendez-vous au CMPEA de Marbeuil depuis 2022 ?", [["en moyenne sept mois"], ["En 2022, c'était quatre mois"]]),
 (S, "acronym", "Que veut dire CMPEA ?", [["centre médico-psychologique pour enfants"]]),
 (S, "fact", "Qui finance l'équipe mobile adolescents de Marbeuil ?", [["Par l'ARS Hauts-de-France"], ["met à disposition les locaux"]]),
 (S, "crosslingual", "When did the mobile team for teenagers start in Marbeuil, and how many full-time equivalents does it have?", [["1er septembre 2025"], ["3,5 équivalents temps plein"]]),
 (S, "document", "Dans La Matinale de Radio Marbeuil d'octobre 2025, quand ont lieu les soirées « Parents, parlons-en » ?", [["premier jeudi de chaque mois"]]),
 (A, "fact", "Combien de personnes ont été formées aux premiers secours en santé mentale à Auberive-sur-Lisse entre 2022 et 2025 ?", [["214 personnes ont été formées"]]),
 (A, "list", "Quelles conditions de réussite l'étude d'Auberive-sur-Lisse identifie-t-elle pour former les habitants aux PSSM ?", [["recrutement par les pairs"], ["garde d'enfants"], ["cafés secouristes"]]),
 (A, "fact", "Quel est le coût moyen d'une formation PSSM par stagiaire à Auberive-sur-Lisse ?", [["coût moyen d'une formation est de 245"]]),
 (A, "paraphrase", "Est-ce que les habitants formés se servent vraiment de ce qu'ils ont appris, quelques mois plus tard ?", [["72 % des répondants"]]),
 (F, "fact", "Qui porte l'action Point écoute jeunes des Grands-Champs à Cressac-la-Rivière ?", [["Association Relais Jeunesse Cressac"]]),
 (F, "list", "Quels sont les indicateurs d'évaluation de la fiche action 3.2 du contrat de ville de Cressac-la-Rivière ?", [["Nombre de jeunes reçus"], ["Part des jeunes résidant en QPV"], ["Délai moyen d'orientation"], ["Nombre de parents ayant participé"], ["Taux de satisfaction des jeunes"], ["Nombre d'interventions au collège"]]),
 (F, "fact", "Quel est le budget prévisionnel annuel du point écoute jeunes de Cressac-la-Rivière, et combien apporte l'ARS ?", [["Montant total annuel : 58 400 €"], ["ARS Pays de la Loire : 18 000 €"]]),
 (F, "paraphrase", "C'est pour quel âge, le point écoute des Grands-Champs ?", [["Jeunes de 12 à 25 ans"]]),
]
# unanswerable near misses, with the key notions that must be absent from every document
U = [
 ("Combien de situations la cellule de situations complexes de Villeneuve-sur-Auzère a-t-elle examinées en 2021 ?", ["examinees en 2021", "en 2021"]),
 ("Quel est le délai de premier rendez-vous au CMP adultes de Montbéliard ?", ["montbeliard"]),
 ("Que signifie le sigle CRSA dans le projet territorial de santé mentale ?", ["crsa", "conference regionale de la sante"]),
 ("Le dispositif Mon soutien psy est-il proposé aux jeunes de Cressac-la-Rivière ?", ["mon soutien psy", "monpsy", "mon psy"]),
 ("What was the suicide rate among teenagers in Marbeuil in 2024?", ["taux de suicide", "suicide rate", "taux de mortalite"]),
 ("Combien de logements le bailleur Sauldre Habitat gère-t-il dans les quartiers prioritaires de Saint-Oradoux ?", ["sauldre habitat gere", "logements dans les qpv de saint oradoux"]),
]
if __name__ == "__main__":
    docs = extract.docs()
    rows = []
    for i, (d, kind, q, ev) in enumerate(Q, 1):
        r = {"id": f"r{i:02d}", "question": q, "evidence": ev, "doc": d, "kind": kind}
        if d == S:
            cues = extract.srt_cues(docs[d])
            first = extract.norm(ev[0][0])
            r["at"] = next(t for t, ls in cues if first in extract.norm(" ".join(ls)))
        rows.append(r)
    for j, (q, keys) in enumerate(U, len(Q) + 1):
        rows.append({"id": f"r{j:02d}", "question": q, "evidence": [], "doc": None, "kind": "unanswerable"})
    # interleave unanswerable ones so they are not all at the end
    ans, un = rows[:len(Q)], rows[len(Q):]
    out = []
    for k, r in enumerate(ans):
        out.append(r)
        if k % 5 == 4 and un:
            out.append(un.pop(0))
    out += un
    for n, r in enumerate(out, 1):
        r["id"] = f"r{n:02d}"
    with open(os.path.join(os.path.dirname(__file__), "..", "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "questions")
