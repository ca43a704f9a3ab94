# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions n33-01 à n33-45). Pour les questions portant sur la transcription WebVTT,
« at » = début (en secondes, arrondi au dixième) du repère où commence la première alternative du premier groupe
de preuves.

Usage : python make_questions.py [FICHIER]   (par défaut ../questions.jsonl)
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

GEM = "2026-02-27_gem-le-phare_rapport-activite-2025"
PPT = "2026-03-12_clsm-valmoreuil_webinaire-pair-aidance-diaporama"
VTT = "2026-03-12_clsm-valmoreuil_webinaire-pair-aidance-transcription"
PDF = "2026-01-20_ch-bois-guerin_evaluation-mediateurs-sante-pairs"
HTM = "2025-12-01_clubhouse-la-fabrique_page-qui-sommes-nous"
CSV = "2026-02-05_clsm-valmoreuil_indicateurs-rehabilitation-2022-2025"
ODT = "2025-11-18_clsm-valmoreuil_convention-parcours-emploi"

Q = [
    # --- chiffres
    ("Combien d'adhérents le GEM Le Phare comptait-il fin 2025, et combien fin 2024 ?",
     [["comptait 91 adhérents", "91 adhérents au 31 décembre 2025", "personnes 58 66 74 91",
       "quatre-vingt-onze adhérents fin 2025"],
      ["contre 74 fin 2024", "adhérents au 31 décembre 74 91", "personnes 58 66 74 91"]], "*", "number"),
    ("Au début du webinaire du CLSM de mars 2026, combien de personnes étaient connectées et combien s'étaient "
     "inscrites ?",
     [["quatre-vingt-quatorze connectés"], ["cent trente-sept inscrits"]], VTT, "number"),
    ("Dans le fichier d'indicateurs du CLSM, combien de membres inscrits le clubhouse La Fabrique avait-il en 2023 ?",
     [["La Fabrique personnes 19 48 71 86"]], CSV, "number"),
    ("D'après l'export des indicateurs 2022-2025, quel était le délai moyen avant le premier bilan au CRPS en 2023 ?",
     [["semaines nd 13 11 7"]], CSV, "number"),
    ("Combien de postes en équivalent temps plein compte l'équipe du centre de réhabilitation psychosociale ?",
     [["soit 9,4 ETP"]], PPT, "number"),
    ("Combien de temps dure un emploi de transition au clubhouse, et pour combien d'heures par semaine ?",
     [["de 6 à 9 mois"], ["environ 15 heures par semaine"]], HTM, "number"),
    # --- dates
    ("Depuis quand l'antenne du GEM à La Brèche est-elle ouverte, et quels jours ?",
     [["mardi 7 octobre 2025", "antenne ouverte le 7 octobre 2025", "ouverte le 7 octobre 2025"],
      ["le mardi et le jeudi"]], "*", "date"),
    ("La convention « Parcours vers l'emploi » s'applique à partir de quand et jusqu'à quand ?",
     [["le 1er janvier 2026"], ["jusqu'au 31 décembre 2028"]], ODT, "date"),
    ("Pendant le webinaire, combien de temps la conseillère de Trajectoires dit-elle qu'il faut en ce moment à la "
     "MDPH pour rendre une décision ?",
     [["le délai est d'environ quatre mois"]], VTT, "paraphrase"),
    # --- sigles
    ("Que veut dire PSI dans le parcours du CRPS ?", [["plan de suivi individualisé"]], "*", "acronym"),
    ("RQTH, c'est quoi déjà ?", [["reconnaissance de la qualité de travailleur handicapé"]], "*", "acronym"),
    ("Dans la liste des programmes du CRPS présentée au webinaire, que signifie le sigle ETP ?",
     [["éducation thérapeutique du patient"]], PPT, "acronym"),
    # --- comparaisons
    ("Le délai d'attente avant le premier bilan au CRPS a-t-il baissé entre 2024 et 2025 ?",
     [["onze semaines en 2024", "11 semaines en 2024", "semaines nd 13 11 7"],
      ["sept semaines en moyenne en 2025", "7 semaines de délai moyen", "semaines nd 13 11 7"]], "*", "comparison"),
    ("Quelle est la différence entre un GEM et un clubhouse ?",
     [["gérée par ses adhérents", "c'est une association d'usagers"], ["journée de travail structurée"]],
     "*", "comparison"),
    # --- listes
    ("Quelles sont les étapes du parcours au CRPS, de la demande au relais ?",
     [["Demande du psychiatre ou du médecin traitant"], ["Entretien d'accueil"], ["Bilan d'évaluation en 3 séances"],
      ["Restitution et plan de suivi individualisé"], ["Programmes de soins de réhabilitation"],
      ["Relais : CMP, GEM, clubhouse"]], PPT, "list"),
    ("Dans le diaporama du webinaire de mars 2026, quelles actions composent la feuille de route 2026 ?",
     [["troisième médiateur de santé pair"], ["Former 30 professionnels au rétablissement"],
      ["Ouvrir le GEM un samedi par mois"], ["délai d'accès au CRPS à 5 semaines"],
      ["Se rétablir, c'est possible"]], PPT, "list"),
    ("Quelles recommandations le cabinet Ardoise formule-t-il sur le programme des médiateurs de santé pairs ?",
     [["créer un troisième poste au CMP"], ["intervision régionale des médiateurs"], ["fiche de poste commune"],
      ["Former l'ensemble des équipes du pôle"], ["Stabiliser cinq indicateurs de suivi"],
      ["Formaliser les liens avec le GEM"]], PDF, "list"),
    # --- comment faire
    ("Comment devient-on membre du clubhouse La Fabrique ?",
     [["pour fixer une visite"], ["deux demi-journées d'essai"], ["signez ensuite la fiche d'adhésion"]],
     HTM, "howto"),
    ("Concrètement, comment un infirmier de CMP peut-il orienter un patient vers le parcours emploi prévu par la "
     "convention ?",
     [["fiche d'orientation commune"], ["premier mardi de chaque mois"]], ODT, "howto"),
    # --- qui
    ("Qui est la médiatrice de santé pair du CRPS, et depuis quand est-elle en poste ?",
     [["Sonia Lecarpentier"], ["3 avril 2023"]], "*", "who"),
    ("Et pour le clubhouse, qui a signé la convention « Parcours vers l'emploi » ?",
     [["Hervé Letellier"]], ODT, "who"),
    ("Qui a réalisé l'évaluation du programme de médiateurs de santé pairs du Bois-Guérin ?",
     [["cabinet Ardoise"], ["Mathilde Rioult et Benoît Lagadec"]], PDF, "who"),
    # --- transcription
    ("D'après le webinaire, où et quand se tient la permanence d'emploi accompagné dans les quartiers ?",
     [["le mercredi matin"], ["de neuf heures à midi"], ["à l'espace Simone-Veil"]], VTT, "transcript"),
    ("Et le GEM, il avait combien d'adhérents le jour du webinaire de mars ?",
     [["quatre-vingt-seize aujourd'hui"]], VTT, "transcript"),
    # --- oui / non
    ("Faut-il avoir un diagnostic pour s'inscrire au clubhouse ?", [["Aucun certificat ni diagnostic"]], HTM, "yesno"),
    ("Mon fils n'a pas encore sa RQTH : peut-il quand même commencer avec l'emploi accompagné ?",
     [["La réponse courte, c'est oui"], ["On peut se rencontrer avant"],
      ["on démarre tout de suite l'accompagnement", "on ne repart pas de zéro"]], VTT, "yesno"),
    ("La médiatrice de santé pair a-t-elle accès au dossier des patients ?",
     [["j'ai accès au dossier patient", "accordé en lecture en juin 2024"]], "*", "yesno"),
    # --- familier
    ("c combien le repas du midi au clubhouse ?", [["3 euros le repas complet"]], HTM, "fact"),
    # --- document nommé
    ("Selon le rapport d'évaluation du cabinet Ardoise, combien de personnes accompagnées par les médiateurs "
     "habitaient un QPV en 2025, et quelle part cela représente-t-il ?",
     [["54 (34 %)"]], PDF, "document"),
    ("Dans le rapport d'activité 2025 du GEM Le Phare, quel a été le mois le plus fréquenté, avec combien de "
     "passages ?",
     [["le plus fréquenté a été octobre"], ["642 passages", "Octobre 22 642"]], GEM, "document"),
    ("Dans le fichier d'indicateurs du groupe Rétablissement et inclusion, quel total de personnes accompagnées "
     "est donné pour 2022, et avec quelle réserve ?",
     [["personnes 286 443 588 693"], ["doublons possibles"]], CSV, "document"),
    # --- définitions
    ("Qu'est-ce qu'on compte comme un « passage » au GEM Le Phare ?",
     [["au moins une demi-heure"], ["compte pour un seul passage"]], GEM, "definition"),
    ("Comment le rapport d'évaluation définit-il le médiateur de santé pair ?",
     [["l'expérience vécue d'un trouble psychique"], ["mobiliser ce savoir expérientiel"]], PDF, "definition"),
    ("Dans le rapport du GEM, que dit Marc, l'adhérent de l'antenne de La Brèche cité en exergue ?",
     [["personne ne me demande mon diagnostic"], ["si je veux un café"]], GEM, "fact"),
    # --- anglais
    ("How many people supported by the supported-employment scheme in Valmoreuil were in work at the end of 2025?",
     [["29 en emploi au 31 décembre", "vingt-neuf étaient en emploi", "personnes 12 17 21 29"]], "*", "crosslingual"),
    ("What are the clubhouse's opening hours on Thursdays?",
     [["9 h – 19 h"], ["soirée des membres qui travaillent"]], HTM, "crosslingual"),
    ("How much does the City of Valmoreuil pay each year under the employment partnership agreement, and for what?",
     [["12 000 euros par an"], ["permanence hebdomadaire d'emploi accompagné"]], ODT, "crosslingual"),
    ("How many days was the GEM Le Phare open in 2025, and how many visits did it record?",
     [["ouvert 232 jours", "232 jours d'ouverture"], ["6 216 passages"]], "*", "crosslingual"),
    # --- sans réponse (quasi-réponses : autre année, autre ville, notion jamais donnée)
    ("Combien d'adhérents le GEM Le Phare avait-il en 2021 ?", [], None, "unanswerable"),
    ("Y a-t-il un clubhouse à Saint-Lubin-la-Forêt, et combien a-t-il de membres ?", [], None, "unanswerable"),
    ("Quel est le salaire mensuel d'un médiateur de santé pair au centre hospitalier du Bois-Guérin ?", [], None,
     "unanswerable"),
    ("Combien de places en ESAT la commission Parcours emploi peut-elle proposer à Valmoreuil ?", [], None,
     "unanswerable"),
    ("L'équipe mobile psychiatrie-précarité (EMPP) participe-t-elle au groupe Rétablissement et inclusion du CLSM ?",
     [], None, "unanswerable"),
    ("Quel est le taux de chômage dans le quartier de La Brèche ?", [], None, "unanswerable"),
    ("combien de personnes sont sur liste d'attente pour entrer au clubhouse la fabrique", [], None, "unanswerable"),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def vtt_cues():
    path = os.path.join(ROOT, "corpus", VTT + ".vtt")
    with open(path, encoding="utf-8") as f:
        blocks = f.read().strip().split("\n\n")[1:]
    cues = []
    for b in blocks:
        lines = b.split("\n")
        h, m, s = lines[1].split(" --> ")[0].split(":")
        text = re.sub(r"<[^>]+>", "", " ".join(lines[2:]))
        cues.append((int(h) * 3600 + int(m) * 60 + float(s), norm(text)))
    return cues


def locate(cues, phrase):
    p = re.compile(r"(?<![a-z0-9])" + re.escape(norm(phrase)) + r"(?![a-z0-9])")
    for start, t in cues:            # d'abord un repère qui contient toute la phrase
        if p.search(t):
            return round(start, 1)
    for i, (start, t) in enumerate(cues):   # sinon, phrase à cheval sur deux repères : début du premier
        if i + 1 < len(cues) and p.search(t + " " + cues[i + 1][1]):
            return round(start, 1)
    raise SystemExit("introuvable dans la transcription : %r" % phrase)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "questions.jsonl")
    assert len(Q) == 45, len(Q)
    cues = vtt_cues()
    with open(out, "w", encoding="utf-8") as f:
        for i, (q, ev, doc, kind) in enumerate(Q, 1):
            rec = {"id": "n33-%02d" % i, "question": q, "evidence": ev, "doc": doc, "kind": kind}
            if doc == VTT:
                rec["at"] = locate(cues, ev[0][0])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("écrit", out)


if __name__ == "__main__":
    main()
