# -*- coding: utf-8 -*-
"""Écrit questions.jsonl ; pour les questions sur la transcription, « at » = début du repère où commence la
première alternative du premier groupe (calculé avec check.py)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check

D = "2026-01-20_clsm-montreval_protocole-interpretariat-professionnel-sante-mentale"
R = "2026-06-18_ville-sante-ligerienne_etude-sante-mentale-personnes-exilees-qpv"
W = "2026-09-29_clsm-pays-erdre_page-sante-mentale-exil-ressources"
V = "2026-03-17_ville-sante-ligerienne_webinaire-interpretariat-sante-mentale"
C = "2026-11-24_clsm-montreval_compte-rendu-commission-sante-mentale-exil"
S = "2027-02-09_passerelles-langues-sante_bilan-2026-interpretariat-clsm"

Q = [
 ("Quel est le tarif horaire de l'interprétariat par téléphone et celui de l'interprétariat en présentiel dans le protocole de Montreval ?",
  [["36 € pour l'interprétariat par téléphone"], ["62 € pour l'interprétariat en présentiel"]], D, "number"),
 ("Combien d'heures d'interprétariat ont été réalisées de février à novembre 2026 d'après la commission santé mentale et exil ?",
  [["503 heures d'interprétariat réalisées"]], C, "number"),
 ("Quel est le délai moyen pour obtenir un premier rendez-vous au CMP adultes dans le Val de Montreval ?",
  [["CMP adultes atteint 27 jours", "27 jours délai moyen d'un premier rendez-vous"]], R, "number"),
 ("À combien s'élève le budget prévisionnel 2027 de la commission santé mentale et exil, et combien est demandé à l'ARS ?",
  [["budget prévisionnel 2027 de 52 400 €", "52 400 €"], ["24 000 €"]], C, "number"),
 ("Combien d'heures d'interprétariat les structures du CLSM de Montreval avaient-elles utilisées en 2025, d'après le webinaire ?",
  [["utilisé quatre cent douze heures", "quatre cent douze heures d'interprétariat"]], V, "number"),
 ("Combien d'heures de formation initiale suivent les interprètes de Passerelles Langues Santé qui interviennent en santé mentale, et à quel rythme sont-ils supervisés ?",
  [["suit trente heures de formation", "trente heures de formation initiale"], ["supervision collective une fois par mois"]], V, "number"),
 ("Combien d'heures d'interprétariat ont été réalisées en 2024 pour le CLSM de Montreval ?", [], None, "unanswerable"),
 ("Quel budget le CLSM de Laval consacre-t-il à l'interprétariat en 2026 ?", [], None, "unanswerable"),
 ("Combien de personnes exilées l'EMPP de Montreval a-t-elle suivies en 2023 ?", [], None, "unanswerable"),
 ("Que prévoit le CLSM pour les certificats médicaux destinés à l'OFPRA ?", [], None, "unanswerable"),
 ("Quels sont les horaires de la permanence d'écoute avec interprète de Nort-sur-Erdre ?", [], None, "unanswerable"),
 ("Combien coûte une heure de médiation en santé dans le protocole de Montreval ?", [], None, "unanswerable"),
 ("Which languages are most requested from interpreters in Montreval?",
  [["Les plus demandées à Montreval sont le dari", "le dari, le pachto, le tigrigna"]], V, "crosslingual"),
 ("What share of the mobile team's interviews used a professional interpreter in 2025, and how many professionals have already had a child translate?",
  [["43 % des entretiens de l'EMPP", "des entretiens menés avec un interprète professionnel"], ["31 % des professionnels"]], R, "crosslingual"),
 ("When will the Pays d'Erdre mental health council join the interpreting protocol?",
  [["1er avril 2027"]], "*", "crosslingual"),
 ("Jusqu'à quelle date court le protocole d'interprétariat signé par la Ville de Montreval-sur-Loire ?",
  [["au 31 janvier 2029"]], D, "date"),
 ("Quand le groupe de parole des femmes exilées a-t-il démarré, et quand aura lieu la prochaine réunion de la commission ?",
  [["a démarré le 14 avril 2026"], ["jeudi 18 mars 2027"]], C, "date"),
 ("À quelle date le comité de pilotage du Pays d'Erdre a-t-il voté le principe d'une adhésion au protocole ?",
  [["comité de pilotage du 16 septembre 2026", "Pays d'Erdre du 16 septembre 2026"]], "*", "date"),
 ("Dans l'étude 2026 de Ville & Santé Ligérienne, combien de professionnels ont répondu au questionnaire et combien d'entretiens ont été menés avec des personnes exilées ?",
  [["rempli par 64 professionnels"], ["22 entretiens ont été menés"]], R, "document"),
 ("Dans le bilan 2026 présenté par Passerelles Langues Santé au comité de suivi de février 2027, combien d'interventions ont eu lieu par téléphone en urgence et quel a été le coût total facturé au CLSM ?",
  [["212 ont eu lieu par téléphone"], ["31 870 euros"]], S, "document"),
 ("Sur la page « Santé mentale et exil » du CLSM du Pays d'Erdre, qui assure les permanences d'écoute ?",
  [["deux psychologues de l'association Escale Trauma"]], W, "document"),
 ("Quel délai de prévenance faut-il respecter pour avoir un interprète lors d'une consultation au CMP ?",
  [["Consultation au CMP ou à l'EMPP"], ["48 heures"]], D, "fact"),
 ("Où a lieu la permanence d'écoute avec interprète du mercredi dans le Pays d'Erdre, et dans quelles langues ?",
  [["Centre social La Boussole"], ["tigrigna, arabe, amharique"]], W, "fact"),
 ("À quelle fréquence les personnes exilées rencontrées dans l'étude changent-elles d'hébergement ?",
  [["tous les quatre mois"]], R, "fact"),
 ("Comment le docteur Rolland place-t-elle l'interprète pendant une consultation ?",
  [["On se met en triangle", "à côté de la personne, un peu en retrait"]], V, "transcript"),
 ("Dans le webinaire, que répond-on à la question du chat sur les applications de traduction automatique ?",
  [["Pour un entretien clinique, non"]], V, "transcript"),
 ("Combien de temps dure une consultation avec interprète par rapport à une consultation habituelle, selon la psychiatre du webinaire ?",
  [["une fois et demie le temps"]], V, "transcript"),
 ("Qui coordonne le CLSM intercommunal du Pays d'Erdre ?",
  [["Mathis Kervella, coordinateur du CLSM"]], "*", "who"),
 ("Qui a signé le protocole d'interprétariat pour la Ville de Montreval-sur-Loire ?",
  [["Solène Guérin, adjointe au maire"]], D, "who"),
 ("Que signifie EMPP ?", [["équipe mobile psychiatrie précarité"]], "*", "acronym"),
 ("Que veut dire FIR dans le financement du protocole d'interprétariat ?", [["Fonds d'intervention régional"]], "*", "acronym"),
 ("Quelle différence fait Passerelles Langues Santé entre un interprète et un médiateur en santé ?",
  [["L'interprète traduit tout, fidèlement"], ["Le médiateur en santé, lui, accompagne la personne"]], V, "comparison"),
 ("Comment a évolué la part des demandes d'interprète non satisfaites à Montreval entre 2025 et 2026 ?",
  [["Part des demandes non satisfaites : 8 %"], ["contre 33 % en 2025"]], C, "comparison"),
 ("Qu'est-ce que le traumatisme vicariant ?",
  [["absorbent à force d'entendre des récits de violence"]], V, "definition"),
 ("Qu'est-ce que le psychotraumatisme ?",
  [["l'ensemble des troubles psychiques qui peuvent apparaître"]], W, "definition"),
 ("Quels indicateurs le comité de suivi du protocole d'interprétariat suit-il ?",
  [["le nombre d'heures réalisées"], ["le délai de mise en relation"], ["la part des demandes non satisfaites"]], D, "list"),
 ("Quelles sont les recommandations de l'étude sur la santé mentale des personnes exilées du Val de Montreval ?",
  [["Généraliser l'interprétariat professionnel"], ["Former les agents d'accueil"], ["Ouvrir un groupe de parole pour les femmes"]], R, "list"),
 ("Un gamin peut-il servir de traducteur à ses parents chez le psy à Montreval ?",
  [["ne jamais solliciter un enfant mineur"]], D, "paraphrase"),
 ("Est-ce que des gosses font encore l'interprète dans les structures qui ont signé ?",
  [["Plus aucun enfant sollicité comme interprète"]], S, "paraphrase"),
 ("Faut-il avoir des papiers pour être reçu aux permanences d'écoute du Pays d'Erdre ?",
  [["L'accueil est inconditionnel"]], W, "yesno"),
]

def main():
    docs = check.load_docs()
    vdoc = check.Doc(docs[V])
    out = []
    for i, (q, ev, doc, kind) in enumerate(Q, 1):
        row = {"id": "n16-%02d" % i, "question": q, "evidence": ev, "doc": doc, "kind": kind}
        if doc == V:
            starts, _ = vdoc.cue_hits(ev[0][0])
            row["at"] = round(starts[0]) if starts else -1
        out.append(row)
    with open(check.QUESTIONS, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "questions")

if __name__ == "__main__":
    main()
