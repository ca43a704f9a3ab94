"""Writes ../questions.jsonl. Questions and evidence were written by reading the seven documents;
"at" is filled in from the VTT cue (start of the cue holding the first evidence group) and from the HTML
transcript paragraph start times computed by gen_html_replay.py."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from check_evidence import CORPUS, html_units, norm, vtt_cues  # noqa: E402

LET = "2025-02-11_ars-grand-est_lettre-financement-clsm-ferrancourt"
DECK = "2025-01-28_cites-sante-nouvelle-aquitaine_pssm-quartiers-lormiac"
WEB = "2025-03-20_ressources-villes-auvergne_webinaire-mda-clsm-jeunes"
VTT = "2025-11-13_villes-quartiers-bretagne_cafe-ressources-gem-qpv"
CR = "2025-06-24_ville-merignol_cr-copil-clsm"
NL = "2026-02-03_passerelles-ville-sante_lettre-info-27"
GUIDE = "2024-10-15_pole-ville-sante-idf_guide-diagnostic-sante-mentale-qpv"

Q = [
    # --- scanned letter (ARS Grand Est -> Ferrancourt)
    ("Combien l'ARS Grand Est donne-t-elle au CCAS de Ferrancourt pour le poste de coordination du CLSM en 2025 ?",
     [["27 500 euros", "subvention de 27 500"]], LET, "fact"),
    ("Que signifie FIR dans le courrier de l'ARS sur le financement du CLSM de Ferrancourt ?",
     [["Fonds d'intervention régional", "intervention régional (FIR)"]], LET, "acronym"),
    ("Ferrancourt : participation de l'ARS au poste de coordinateur CLSM, 2024 vs 2025 ?",
     [["27 500 euros", "subvention de 27 500"], ["22 000 euros", "s'élevait à 22 000"]], LET, "comparison"),
    ("Quels engagements la ville de Ferrancourt doit-elle tenir en contrepartie de la subvention de l'ARS ?",
     [["au moins un ETP", "temps de coordination d'au moins un"], ["assemblée plénière du CLSM", "réunir l'assemblée plénière"],
      ["transmettre un bilan d'activité", "bilan d'activité à la délégation"]], LET, "list"),
    ("Qui a signé la lettre de l'ARS du 11 février 2025 adressée à la maire de Ferrancourt ?",
     [["Agnès Morvillier", "Morvillier"]], LET, "document"),
    # --- PDF slide deck (PSSM Lormiac)
    ("Combien de secouristes en santé mentale ont été formés à Lormiac entre 2022 et 2024 ?",
     [["612 secouristes"]], DECK, "fact"),
    ("PSSM : que veut dire le plan d'action AERER ?",
     [["Approcher, évaluer, assister en cas de crise"], ["Écouter sans jugement"],
      ["Renseigner sur les autres ressources"]], DECK, "acronym"),
    ("Quelle différence de public entre le module PSSM Standard et le module PSSM Jeunes ?",
     [["Pour tout adulte"], ["jeunes de 11 à 18 ans"]], DECK, "comparison"),
    ("Qui a financé le déploiement des formations PSSM dans les quartiers de Lormiac, et pour quels montants ?",
     [["52 000 €"], ["46 000 €"], ["20 000 €"]], DECK, "fact"),
    ("What limits did Lormiac run into when rolling out mental health first aid training?",
     [["hommes difficiles à mobiliser"], ["Aucun module de rappel"]], DECK, "crosslingual"),
    # --- HTML webinar replay (MDA / CLSM Rochebrune-sur-Allier)
    ("Selon le webinaire de mars 2025 de Ressources Villes Auvergne, combien de jeunes la Maison des adolescents a-t-elle accueillis en 2024 ?",
     [["1 460 jeunes"]], WEB, "document"),
    ("Maison des adolescents vs CMP : c'est quoi la différence ?",
     [["accueil généraliste et de l'évaluation"], ["soins psychiatriques dans la durée"]], WEB, "comparison"),
    ("Combien coûte l'équipe mobile Pass'Ados chaque année et qui la finance ?",
     [["102 000 euros"], ["64 000 euros viennent de l'Agence régionale de santé"],
      ["38 000 euros des crédits du contrat de ville"]], WEB, "fact"),
    ("Un père ou une mère inquiet peut-il se présenter tout seul, sans son ado, à la MDA de Rochebrune ?",
     [["31 % des premières demandes venaient des parents", "venaient des parents"]], WEB, "paraphrase"),
    ("Quels rôles le CLSM de Rochebrune-sur-Allier a-t-il joués dans le projet Pass'Ados ?",
     [["inscrire dans le contrat de ville"], ["ouvrir des portes"], ["Troisième rôle : former"]], WEB, "list"),
    ("When did the Pass'Ados mobile team start working in the priority neighbourhoods?",
     [["septembre 2023"]], WEB, "crosslingual"),
    # --- Teams VTT (GEM Bréhançon)
    ("C'est quoi un GEM ?",
     [["groupe d'entraide mutuelle"], ["rompre l'isolement"]], VTT, "acronym"),
    ("Dans un GEM, quelle différence entre le parrain et le gestionnaire ?",
     [["association qui soutient le GEM"], ["gestion administrative et financière"]], VTT, "comparison"),
    ("Faut-il une notification MDPH ou un certificat médical pour adhérer au GEM L'Escale ?",
     [["pas besoin de certificat médical"]], VTT, "fact"),
    ("Quelles ont été les étapes pour créer le GEM de Kerlann ?",
     [["constituer un noyau de futurs adhérents"], ["trouver un parrain"],
      ["répondre à l'appel à candidatures de l'ARS"], ["trouver un local"]], VTT, "list"),
    ("Ça coûte combien de loyer, le local du GEM à Kerlann ?",
     [["450 euros par mois"]], VTT, "paraphrase"),
    # --- docx compte rendu with tracked changes (CLSM Mérignol)
    ("Combien de situations la cellule d'appui aux situations complexes de Mérignol a-t-elle examinées en 2024 ?",
     [["a examiné 41 situations"]], CR, "fact"),
    ("Que veut dire CASC dans le compte rendu du copil du CLSM de Mérignol ?",
     [["cellule d'appui aux situations complexes"]], CR, "acronym"),
    ("What is the 2025 budget of the Mérignol local mental health council, and how much does the city contribute?",
     [["s'élève à 64 500 euros"], ["24 500 euros de la Ville"]], CR, "crosslingual"),
    ("Qui doit recruter le médiateur santé mentale à Mérignol, et pour quand ?",
     [["Nathalie Combes (CCAS)"], ["30 septembre 2025"]], CR, "fact"),
    ("À Mérignol, les proches d'une personne en difficulté pourront-ils solliciter eux-mêmes la cellule, et à partir de quand ?",
     [["Ouvrir la saisine de la CASC aux familles"], ["1er janvier 2026"]], CR, "paraphrase"),
    # --- plain-text newsletter (Passerelles Ville Santé n° 27)
    ("Dans la lettre d'info n° 27 de Passerelles Ville Santé, quelle est la date limite de l'appel à projets « Santé mentale dans les quartiers » ?",
     [["16 mars 2026"]], NL, "document"),
    ("Combien peut-on demander par projet à l'appel à projets Santé mentale dans les quartiers 2026 ?",
     [["de 5 000 à 25 000 euros"]], NL, "fact"),
    ("Quelles sont les priorités du PTSM de la Ternelle 2026-2030 ?",
     [["repérage précoce de la souffrance psychique"], ["maintien dans le logement"],
      ["prévention du suicide"], ["lutte contre la stigmatisation"]], NL, "list"),
    ("Ambassadeur santé mentale ou médiateur en santé : quelle différence à Vauclerc-sur-Ternelle ?",
     [["Ils sont bénévoles"], ["salariés formés et intégrés à une équipe"]], NL, "comparison"),
    ("Les habitants-relais des Hauts de Vauclerc, ils ont discuté avec combien de gens l'an dernier, et combien en ont-ils envoyé vers un pro ?",
     [["520 conversations"], ["réalisé 87"]], NL, "paraphrase"),
    # --- ODT methodological guide (diagnostic santé mentale QPV)
    ("Quelles sont les étapes d'un diagnostic local de santé mentale dans un quartier prioritaire ?",
     [["Constituer le groupe projet"], ["Recueillir la parole des habitants"],
      ["Restituer et faire valider"]], GUIDE, "list"),
    ("Que signifie IRIS dans les données statistiques infracommunales ?",
     [["îlots regroupés pour l'information statistique"]], GUIDE, "acronym"),
    ("Combien coûte un diagnostic santé mentale de quartier confié à un prestataire ?",
     [["entre 15 000 et 30 000 euros"]], GUIDE, "fact"),
    ("Combien d'habitants de la Ferme-Rouge ont répondu à l'enquête du diagnostic de Montgarin ?",
     [["212 questionnaires"]], GUIDE, "paraphrase"),
    ("Avec combien de professionnels de terrain faut-il s'entretenir individuellement pendant le diagnostic ?",
     [["entre 15 et 25 entretiens"]], GUIDE, "paraphrase"),
    # --- unanswerable near misses
    ("Combien de jeunes la Maison des adolescents de Bréhançon a-t-elle accueillis en 2024 ?", [], None, "unanswerable"),
    ("Combien de situations la cellule d'appui aux situations complexes de Mérignol a-t-elle examinées en 2022 ?", [], None, "unanswerable"),
    ("Que signifie EMPP et quel est le rôle de cette équipe dans les quartiers prioritaires ?", [], None, "unanswerable"),
    ("How does the « Un chez-soi d'abord » programme work in Vauclerc-sur-Ternelle?", [], None, "unanswerable"),
    ("Combien de pair-aidants salariés compte le CLSM de Lormiac ?", [], None, "unanswerable"),
    ("Quel est le taux de pauvreté dans le quartier de Kerlann à Bréhançon ?", [], None, "unanswerable"),
]


def main():
    cues = vtt_cues(CORPUS / f"{VTT}.vtt")
    times = json.loads(Path("/tmp/newdocs5_html_times.json").read_text())["paragraph_starts"]
    paras = [u for u in html_units(CORPUS / f"{WEB}.html")
             if u.startswith(("Laure Piquemal :", "Thomas Arnaudet :", "Samia Benali :"))]
    lines = []
    ans = [q for q in Q if q[3] != "unanswerable"]
    una = [q for q in Q if q[3] == "unanswerable"]
    for i, (question, ev, doc, kind) in enumerate(ans + una, 1):
        obj = {"id": f"p{i:02d}", "question": question, "evidence": ev, "doc": doc, "kind": kind}
        if doc == VTT:
            first = norm(ev[0][0])
            obj["at"] = next(int(s) for s, t in cues if first in norm(t))
        if doc == WEB:
            first = norm(ev[0][0])
            idx = [k for k, u in enumerate(paras) if first in norm(u)]
            if idx:
                obj["at"] = times[idx[0]]
        lines.append(json.dumps(obj, ensure_ascii=False))
    (CORPUS.parent / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "questions written")


if __name__ == "__main__":
    main()
