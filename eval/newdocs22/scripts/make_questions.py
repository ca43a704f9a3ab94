# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions). Pour les questions sur le .vtt, « at » est le début (arrondi à la seconde
inférieure) du repère où commence la première alternative du premier groupe de preuves."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402

R = "2026-03-20_crp-garonne-atlantique_rapport-activite-2025"
V = "2026-02-12_qrna_webinaire-enfants-exposes-violences-qpv"
B = "2026-02-26_crp-garonne-atlantique_formation-reperage-psychotrauma-enfants"
T = "2026-01-15_ch-montbazac_maison-olympe-accueil-femmes-victimes"
D = "2026-01-30_avvg_bilan-iscg-commissariat-montbazac-2025"
F = "2026-03-02_avvg_flyer-mise-a-l-abri-urgence"
N = "2026-03-10_qrna_lettre-sante-mentale-quartiers-18"
U = None

Q = [
    # number
    ("number", "Antenne psychotrauma de Montbazac en 2025 : combien de personnes suivies, et combien de mineurs parmi "
               "elles ?",
     [["quatre cent trente et une personnes", "Antenne de Montbazac 286 431"],
      ["168 mineurs ont été suivis", "cent soixante-huit mineurs", "168 mineurs suivis en 2025"]], "*"),
    ("number", "L'intervenante sociale du commissariat de Montbazac a traité combien de situations en 2025 ?",
     [["312 situations, contre 268 en 2024"]], D),
    ("number", "Combien de femmes sont passées par la Maison Olympe l'an dernier ?",
     [["486 femmes accueillies en 2025"]], T),
    ("number", "Toit Sûr, ça fait combien de places au total, et combien de personnes ont été hébergées en 2025 ?",
     [["soit 24 places"], ["41 femmes et 63 enfants"]], F),
    ("number", "Le programme Repères Psychotrauma a formé combien de professionnels en 2025 ?",
     [["236 professionnels formés"]], R),
    ("number", "AAP de l'ARS sur les enfants exposés aux violences : quel budget global et combien max par projet ?",
     [["420 000 €"], ["de 10 000 à 35 000 €"]], N),
    ("number", "Le collège des Tilleuls a fait combien d'informations préoccupantes sur l'année 2024-2025 ?",
     [["onze informations préoccupantes"]], V),
    # unanswerable
    ("unanswerable", "Combien de personnes l'antenne de Montbazac du centre psychotrauma a-t-elle suivies en 2023 ?",
     [], U),
    ("unanswerable", "Quel est le délai d'attente au centre régional du psychotraumatisme d'Occitanie ?", [], U),
    ("unanswerable", "Combien de bracelets anti-rapprochement ont été posés à Montbazac en 2025 ?", [], U),
    ("unanswerable", "Est-ce qu'il y a une UAPED pour auditionner les enfants au CH de Montbazac ?", [], U),
    ("unanswerable", "Qu'est-ce que le Grenelle des violences conjugales a changé pour les intervenants sociaux en "
                     "commissariat ?", [], U),
    ("unanswerable", "Combien y a-t-il d'ISCG en poste en Gironde ?", [], U),
    ("unanswerable", "Le CRP Garonne-Atlantique propose-t-il de l'hypnose aux enfants ?", [], U),
    # crosslingual
    ("crosslingual", "What are the Maison Olympe's opening hours, and is there a walk-in slot?",
     [["du lundi au vendredi, de 9 h à 17 h"], ["le mardi matin, de 9 h à 12 h"]], T),
    ("crosslingual", "How long can a woman stay in one of the Toit Sûr emergency flats?",
     [["Le séjour dure 3 mois, renouvelable une fois"]], F),
    ("crosslingual", "In 2025, what share of the children treated by the regional psychotrauma centre had been exposed "
                     "to violence between their parents?",
     [["71 % ont été exposés à des violences"]], R),
    # date
    ("date", "L'antenne de Saint-Aurel-sur-Dronne, elle a ouvert quand ?",
     [["a ouvert le 15 septembre 2025", "Antenne ouverte le 15 septembre 2025"]], R),
    ("date", "Depuis quand la Maison Olympe existe à l'hôpital de Montbazac ?", [["Ouverte le 4 mars 2024"]], T),
    ("date", "Jusqu'à quand on peut déposer un projet à l'AAP « enfants exposés » de l'ARS Nouvelle-Aquitaine ?",
     [["jeudi 30 avril 2026 à 17 h"]], N),
    # document
    ("document", "Le bilan 2025 de l'ISCG de Montbazac envoyé par l'AVVG fin janvier : qui l'a rédigé, et qui l'a visé ?",
     [["Rédigé par Sophie Lagarde, intervenante sociale"], ["directeur de l'AVVG, Bernard Lacoste"]], D),
    ("document", "Formation Repères Psychotrauma du 26 février 2026 à Montbazac : c'était quel module et qui animait ?",
     [["module 2 : enfants et adolescents"], ["Dr Nadia Berthomé, pédopsychiatre — Yanis Rahmani"]], B),
    ("document", "Dans la lettre n° 18 de QRNA (mars 2026), quel est le chiffre du mois ?",
     [["26 demandes de mise à l'abri"]], N),
    # fact
    ("fact", "C'est quoi l'adresse de l'antenne CRP à Montbazac ?", [["8 rue des Charmilles"]], "*"),
    ("fact", "Qui paie le poste d'intervenante sociale au commissariat de Montbazac ?",
     [["Fonds interministériel de prévention de la délinquance (FIPD)"],
      ["conseil départemental de Lot-et-Garonne"]], D),
    ("fact", "La psychologue du centre régional qui intervient au collège des Tilleuls, elle vient à quelle fréquence ?",
     [["un mardi matin par mois"]], N),
    # transcript
    ("transcript", "Webinaire QRNA du 12 février : résultat du sondage sur les groupes de travail VIF dans les CLSM ?",
     [["Quarante et un pour cent d'entre vous répondent oui"]], V),
    ("transcript", "D'après la pédopsychiatre du webinaire, une prise en charge ça dure combien de temps et combien de "
                   "séances ?", [["trois à six mois"], ["douze à quinze séances"]], V),
    ("transcript", "Pourquoi le CLSM de Lescarrère a monté son groupe violences et psychotrauma, selon sa coordinatrice ?",
     [["vue par cinq services différents en six mois"]], V),
    # who
    ("who", "Qui coordonne la Maison Olympe ?", [["Élise Fourcade, sage-femme coordinatrice"]], T),
    ("who", "Qui est à la tête du CRP Garonne-Atlantique côté médical ?",
     [["Pr Hélène Marsac, psychiatre, coordinatrice médicale"]], R),
    ("who", "Le groupe de travail VIF et psychotraumatisme du CLSM de Montbazac, c'est qui qui le coordonne ?",
     [["coordonné par Julien Peyrot"]], D),
    # acronym
    ("acronym", "CN2R, c'est l'abréviation de quoi ?", [["Centre national de ressources et de résilience"]], R),
    ("acronym", "Que veut dire CRIP ?", [["cellule de recueil des informations préoccupantes"]], B),
    # comparison
    ("comparison", "Maison Olympe ou antenne du centre psychotrauma : qu'est-ce qui les différencie ?",
     [["Accueil immédiat : soins, constat, plainte"], ["Soins psychiques spécialisés du trauma"]], T),
    ("comparison", "Information préoccupante et signalement, c'est quoi la différence ?",
     [["cellule de recueil des informations préoccupantes du département"],
      ["directement au procureur de la République"]], V),
    # definition
    ("definition", "TSPT : c'est quoi exactement ?", [["quatre groupes de symptômes qui durent plus d'un mois"]], B),
    ("definition", "Ordonnance de protection, ça consiste en quoi ?",
     [["décision du juge aux affaires familiales"]], F),
    # list
    ("list", "Quelles sont les trois priorités 2026 du groupe de travail du CLSM de Lescarrère ?",
     [["annuaire partagé des ressources"], ["formation des professionnels de première ligne"],
      ["réunion de concertation mensuelle"]], N),
    ("list", "Qu'est-ce qu'on conseille de mettre dans le sac de sécurité en cas de départ ?",
     [["le livret de famille"], ["la carte Vitale"], ["les ordonnances et les médicaments"]], F),
    # paraphrase
    ("paraphrase", "Un gamin qui entend les disputes depuis sa chambre, on le considère encore comme un simple témoin ?",
     [["un enfant n'est jamais un simple spectateur"]], V),
    ("paraphrase", "Entre le moment où les policiers passent la situation et le premier coup de fil de l'intervenante, il "
                   "se passe combien de temps ?", [["premier contact est de 1,6 jour"]], D),
    # yesno
    ("yesno", "Une victime peut voir l'ISCG sans avoir porté plainte ?", [["sans avoir porté plainte"]], D),
    ("yesno", "Est-ce qu'il faut passer par son médecin pour être reçue à la Maison Olympe ?",
     [["ne nécessite aucune ordonnance"]], T),
    # howto
    ("howto", "Une enseignante veut orienter un enfant exposé aux violences vers l'antenne CRP de Montbazac : comment "
              "elle s'y prend ?", [["05 53 78 22 40"], ["Fiche d'orientation d'une page"]], B),
]


def main():
    vtt = check.Doc(os.path.join(check.CORPUS, V + ".vtt"))
    rows = []
    for i, (kind, question, ev, doc) in enumerate(Q, 1):
        q = {"id": "n22-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
        if doc == V:
            starts, _ = vtt.cue_hits(ev[0][0])
            if not starts:
                raise SystemExit("introuvable dans le VTT : %s" % ev[0][0])
            q["at"] = int(starts[0])
        rows.append(q)
    with open(check.QUESTIONS, "w", encoding="utf-8") as f:
        for q in rows:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print("%d questions écrites" % len(rows))


if __name__ == "__main__":
    main()
