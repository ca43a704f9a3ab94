"""Writes questions.jsonl (kept as a script so the set is easy to review and regenerate)."""
import json
from pathlib import Path

D1 = "2025-06-12_ireps-aura_webinaire-sante-mentale-contrat-de-ville-roche-sur-valliere"
D2 = "2024-11-21_clsm-valbrenne_table-ronde-pair-aidance-gem"
D3 = "2025-10-02_ots-val-de-sarne_tableau-de-bord-sante-mentale-qpv-2022-2024"
D4 = "2025-01-28_ars-normandie_installer-un-clsm-bocage-et-marais"
D5 = "2026-02-05_vsr-bfc_appel-a-projets-bien-etre-psychique-quartiers-2026"
D6 = "2026-03-12_clsm-pont-sainte-aure_compte-rendu-comite-pilotage"
D7 = "2025-04-08_reseau-clsm-paca_cafe-des-coordos-formation-agents-accueil"

Q = [
    # 1. Teams .docx transcript
    ("s01", "Que veut dire RESAD à Roche-sur-Vallière ?", [["réunion d'évaluation des situations d'adultes en difficulté"]], D1, "acronym", 501),
    ("s02", "Quelle élue préside le CLSM de Roche-sur-Vallière ?", [["Colette Vernay"]], D1, "who", 98),
    ("s03", "ASV et CLSM, c'est quoi la diff concrètement ?", [["l'outil santé de la politique de la ville", "uniquement pour les quartiers prioritaires"], ["couvre toute la commune", "instance de concertation sur la santé mentale"]], D1, "comparison", 310),
    ("s04", "Je suis cheffe de projet politique de la ville : comment faire une place à la santé mentale dans notre contrat de ville ?", [["dès le diagnostic partagé"], ["comité technique du contrat de ville"], ["venir avec des indicateurs"]], D1, "howto", 850),
    ("s05", "Can politique de la ville funding pay for mental health first aid training? What did Roche-sur-Vallière do?", [["deux sessions de premiers secours en santé mentale", "24 personnes formées"]], D1, "fact", 1049),
    ("s06", "Dans le webinaire de l'IREPS du 12 juin 2025, qu'a dit la psychiatre sur l'attente pour un premier rendez-vous au CMP ?", [["11 semaines en 2022"], ["6 semaines en 2024"]], D1, "transcript", 593),
    # 2. plain-text automatic transcript
    ("s07", "Un GEM, est-ce que c'est un lieu de soins avec des soignants ?", [["n'est pas un lieu de soin"]], D2, "definition", 62),
    ("s08", "Combien d'adhérents comptait le GEM La Boussole de Valbrenne en 2024 ?", [["64 adhérents"]], D2, "number", 196),
    ("s09", "Quelle différence entre un pair-aidant bénévole et un médiateur de santé pair ?", [["partage son expérience dans un cadre associatif"], ["professionnel salarié"]], D2, "comparison", 318),
    ("s10", "Quelles activités propose La Boussole à ses adhérents ?", [["atelier cuisine"], ["randonnée"], ["atelier théâtre"]], D2, "list", 196),
    ("s11", "Un élu d'une petite commune voudrait monter un groupe d'entraide mutuelle chez lui : par où commencer ?", [["cahier des charges national"], ["association marraine"], ["appel à candidatures de l'ARS"]], D2, "howto", 648),
    # 3. PDF dashboard report
    ("s12", "Combien de passages aux urgences pour motif psychiatrique chez les 15-24 ans des QPV du Val de Sarne en 2023 ?", [["238"]], D3, "number", None),
    ("s13", "Les hospitalisations sans consentement des habitants des quartiers prioritaires du Val de Sarne ont-elles baissé entre 2022 et 2024 ?", [["142"], ["126"]], D3, "number", None),
    ("s14", "Quelles recommandations l'Observatoire fait-il à la fin du tableau de bord santé mentale des QPV du Val de Sarne ?", [["consultation avancée du CMP adultes au Haut-Fourneau"], ["15-24 ans la priorité du prochain plan d'action"], ["gardiens d'immeuble"]], D3, "list", None),
    ("s15", "Dans quel quartier du Val de Sarne est-on le plus souvent hospitalisé sans son accord ?", [["Haut-Fourneau"], ["9,1 hospitalisations pour 1 000"]], D3, "fact", None),
    ("s16", "Dans le tableau de bord de l'OTS d'octobre 2025, pourquoi n'y a-t-il pas de chiffres avant 2022 ?", [["changement de logiciel de dossier patient"]], D3, "document", None),
    # 4. PowerPoint deck
    ("s17", "How many local mental health councils (CLSM) were active in Normandy at the end of 2021?", [["15"]], D4, "number", None),
    ("s18", "Pourquoi créer un CLSM dans une intercommunalité rurale ? Quels arguments présenter aux élus ?", [["maires sont en première ligne"], ["acteurs se connaissent mal"], ["prévention plutôt que dans l'urgence"]], D4, "list", None),
    ("s19", "Jusqu'à combien l'ARS Normandie cofinance-t-elle le poste de coordinateur d'un CLSM ?", [["jusqu'à 50 %"], ["30 000 € par an"]], D4, "number", None),
    ("s20", "PTSM et CLSM, c'est pareil ?", [["feuille de route départementale sur 5 ans"], ["instance locale de concertation sur la santé mentale"]], D4, "comparison", None),
    ("s21", "Quand est prévu le comité de pilotage constitutif du CLSM du Bocage et Marais ?", [["Septembre 2025"]], D4, "date", None),
    ("s22", "On veut lancer un CLSM : combien de temps faut-il prévoir pour le diagnostic partagé ?", [["3 à 6 mois"]], D4, "howto", None),
    # 5. HTML news page
    ("s23", "Jusqu'à quand peut-on déposer un dossier pour l'appel à projets « Bien-être psychique dans les quartiers » ?", [["3 avril 2026"]], D5, "date", None),
    ("s24", "Combien l'ARS et la préfecture mettent-elles chacune dans l'appel à projets bien-être psychique 2026 ?", [["250 000 euros"], ["170 000 euros"]], D5, "number", None),
    ("s25", "Est-ce que je peux faire financer des consultations de psychologue avec cet appel à projets ?", [["ne sont pas éligibles"]], D5, "fact", None),
    ("s26", "Sur quels axes doivent porter les projets de l'appel à projets 2026 en Bourgogne-Franche-Comté ?", [["Aller vers et repérer"], ["Jeunes de 12 à 25 ans"], ["Parentalité et périnatalité"]], D5, "list", None),
    ("s27", "Combien de projets ont été retenus lors de l'édition 2025, et dans combien de quartiers ?", [["27 projets lauréats dans 19 quartiers"]], D5, "number", None),
    # 6. Markdown minutes
    ("s28", "Dans le compte rendu du 12 mars 2026, qu'a-t-on décidé pour la cellule des situations complexes ?", [["une fois par mois"], ["à partir d'avril 2026"]], D6, "document", None),
    ("s29", "CPTS, ça veut dire quoi ?", [["communauté professionnelle territoriale de santé"]], D6, "acronym", None),
    ("s30", "Combien de situations la cellule de Pont-Sainte-Aure a-t-elle examinées en 2025, par rapport à 2024 ?", [["46 situations"], ["31 en 2024"]], D6, "number", None),
    ("s31", "Qui doit envoyer la convention logement au bailleur, et pour quelle date ?", [["Justine Roque"], ["30 avril 2026"]], D6, "who", None),
    # 7. Zoom automatic captions
    ("s32", "Combien d'agents d'accueil ont été formés à Castelvieil en 2024 ?", [["57 agents"]], D7, "number", 332),
    ("s33", "Quelle différence entre la PSSM et le module « accueillir une personne en souffrance psychique » de Castelvieil ?", [["formation certifiante", "standardisée au niveau national"], ["sept heures"]], D7, "comparison", 467),
    ("s34", "Quel numéro de prévention du suicide est donné sur la fiche réflexe des agents d'accueil ?", [["3114"]], D7, "fact", 286),
    ("s35", "Does asking a person whether they are thinking about suicide push them to act on it?", [["ne pousse pas au passage à l'acte"]], D7, "fact", 760),
    ("s36", "Au café des coordos du 8 avril 2025, comment était financée la formation des agents d'accueil ?", [["6000 euros"]], D7, "transcript", 367),
]

U = [
    ("s37", "Combien d'habitants des QPV du Val de Sarne avaient été formés aux PSSM en 2021 ?"),
    ("s38", "Le CLSM de Castelvieil s'appuie-t-il sur le dispositif VigilanS pour recontacter les personnes après une tentative de suicide ?"),
    ("s39", "Combien de CLSM étaient actifs en Bretagne fin 2024 ?"),
    ("s40", "Que veut dire DAC, et quel rôle joue-t-il dans les cellules de situations complexes ?"),
    ("s41", "Quelle était la date limite de dépôt des dossiers pour l'appel à projets « Bien-être psychique dans les quartiers » 2025 ?"),
    ("s42", "Quel est le budget prévisionnel 2026 du CLSM de Roche-sur-Vallière ?"),
]


def main():
    out = Path(__file__).resolve().parents[1] / "questions.jsonl"
    lines = []
    for qid, q, ev, doc, kind, at in Q:
        o = {"id": qid, "question": q, "evidence": ev, "doc": doc, "kind": kind}
        if at is not None:
            o["at"] = at
        lines.append(json.dumps(o, ensure_ascii=False))
    for qid, q in U:
        lines.append(json.dumps({"id": qid, "question": q, "evidence": [], "doc": None, "kind": "unanswerable",
                                 "answerable": False}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "questions")


if __name__ == "__main__":
    main()
