# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions). Pour les questions sur le .vtt, « at » est le début (arrondi à la seconde
inférieure) du repère où commence la première alternative du premier groupe de preuves."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402

R = "2026-03-18_ahal_rapport-activite-csapa-le-relais-2025"
V = "2026-02-10_vqge_webinaire-troubles-concomitants-qpv"
K = "2026-01-27_clsm-vervinval_crack-rdr-aller-vers-greves-basses"
J = "2026-01-08_ville-d-ostwihr_cjc-des-tanneurs-un-an-apres"
N = "2026-03-05_vqge_lettre-information-37-mars-2026"
M = "2026-01-20_clsm-sarrebach_cr-gt-addictions-sante-mentale"
F = "2026-02-02_caarud-l-escale_depliant-accueil-reduction-des-risques"
U = None

Q = [
    # number
    ("number", "CSAPA Le Relais en 2025 : file active et nombre de nouveaux patients ?",
     [["1 126 personnes (file active)"], ["412 étaient de nouveaux patients"]], R),
    ("number", "Aux Grèves-Basses, combien de fumeurs de crack dans la file active de L'Escale en 2022, et en 2025 ?",
     [["2022 : 61 personnes"], ["2025 : 214 personnes"]], K),
    ("number", "La CJC des Tanneurs a vu combien de jeunes et de parents sur sa première année ?",
     [["91 jeunes et 31 parents"]], J),
    ("number", "AAP Aller-vers en QPV 2026 : quelle enveloppe au total et quel montant par projet ?",
     [["enveloppe régionale est de 850 000 €"], ["de 15 000 à 60 000 €"]], N),
    ("number", "Combien de kits de naloxone L'Escale a remis l'an dernier d'après le coordinateur du CAARUD ?",
     [["cent trente-huit kits de naloxone"]], V),
    ("number", "Le bailleur a reçu combien de plaintes de locataires aux Hauts-de-Saint-Clair en 2025 ?",
     [["14 signalements de locataires en 2025"]], M),
    ("number", "Combien de kits de réduction des risques ont été distribués par le camping-car Trajectoires en 2025 ?",
     [["2 150 kits de réduction des risques"]], R),
    # unanswerable
    ("unanswerable", "Combien de jeunes la CJC des Tanneurs a-t-elle reçus en 2024 ?", [], U),
    ("unanswerable", "Est-ce qu'une halte soins addictions (HSA) est prévue à Vervinval ?", [], U),
    ("unanswerable", "Quelle part des patients des CSAPA d'Occitanie ont un trouble psychique associé ?", [], U),
    ("unanswerable", "Le dispositif TAPAJ pour les jeunes en errance existe-t-il à Ostwihr ?", [], U),
    ("unanswerable", "Quand a lieu le webinaire de VQGE consacré aux jeux d'argent en ligne ?", [], U),
    ("unanswerable", "Quel rôle joue le CeGIDD dans les maraudes de L'Escale ?", [], U),
    ("unanswerable", "Combien de situations complexes la cellule de coordination de Sarrebach a-t-elle examinées en "
                     "2025 ?", [], U),
    # crosslingual
    ("crosslingual", "What are the L'Escale drop-in hours on Wednesdays?", [["mercredi de 10 h à 17 h 30"]], F),
    ("crosslingual", "What share of people followed by CSAPA Le Relais in 2025 had a mental disorder?",
     [["46 % des personnes de la file active"]], R),
    ("crosslingual", "How does a teenager get an appointment at the Tanneurs youth substance-use clinic in Ostwihr?",
     [["03 89 52 47 10"], ["entre 14 h et 15 h 30, sans rendez-vous"]], J),
    # date
    ("date", "C'est quand la première réunion de la cellule situations complexes à Sarrebach ?",
     [["première séance le jeudi 5 février 2026"]], M),
    ("date", "La CJC des Tanneurs fonctionne depuis quand exactement ?", [["Depuis le 8 janvier 2025"]], J),
    ("date", "Date limite pour déposer un dossier à l'appel à projets aller-vers de l'ARS ?",
     [["mercredi 15 avril 2026 à midi"]], N),
    # document
    ("document", "Qui a présenté le diaporama sur le crack à la plénière du CLSM de Vervinval du 27 janvier 2026 ?",
     [["Karim Bensaïd, coordinateur du CAARUD L'Escale"], ["Anne-Sophie Lambert, coordinatrice du CLSM de Vervinval"]],
     K),
    ("document", "Dans la lettre n° 37 de VQGE (mars 2026), c'est quoi le chiffre du mois ?",
     [["31 %"], ["des CLSM du Grand Est déclarent un groupe de travail"]], N),
    ("document", "D'après le compte rendu du GT addictions de Sarrebach du 20 janvier, la prochaine réunion c'est "
                 "quand ?", [["mardi 17 mars 2026, 14 h"]], M),
    # fact
    ("fact", "Il est où exactement, le CSAPA Le Relais ?", [["14 rue des Forgerons"]], R),
    ("fact", "Les maraudes de L'Escale, c'est quels soirs et à quelle heure ?",
     [["mardi et le vendredi, de 19 h à 22 h"]], "*"),
    ("fact", "Qui finance la CJC des Tanneurs ?", [["l'ARS Grand Est et par le contrat de ville"]], J),
    # transcript
    ("transcript", "Au webinaire VQGE de février, qu'a donné le sondage sur les groupes de travail addictions dans "
                   "les CLSM ?", [["soixante-deux pour cent d'entre vous répondent non"]], V),
    ("transcript", "Dans son témoignage, qu'est-ce que Mathis Gerber raconte de son parcours (produit, durée, "
                   "diagnostic) ?", [["l'héroïne pendant douze ans"], ["trouble bipolaire"]], V),
    ("transcript", "Sevrage d'abord ou traitement psy d'abord ? Qu'a répondu la psychiatre pendant le webinaire ?",
     [["les deux en même temps"], ["l'approche intégrée"]], V),
    # who
    ("who", "Qui est le médecin coordinateur du Relais ?", [["Dr Bastien Hoffmann, médecin coordinateur"]], R),
    ("who", "Qui s'occupe d'écrire la lettre de soutien du CLSM de Sarrebach pour l'appel à projets ?",
     [["Léa Schmitt rédige la lettre de soutien"]], M),
    ("who", "Qui reçoit les jeunes à la CJC des Tanneurs ?",
     [["Lucie Braun, psychologue"], ["Yanis Meyer, éducateur spécialisé"]], J),
    # acronym
    ("acronym", "CAARUD, ça veut dire quoi ?",
     [["accompagnement à la réduction des risques pour usagers de drogues"]], F),
    ("acronym", "MILDECA, c'est le sigle de quoi ?", [["lutte contre les drogues et les conduites addictives"]], N),
    # definition
    ("definition", "C'est quoi au juste, des troubles concomitants ?",
     [["présence simultanée, chez une même personne"]], R),
    ("definition", "La réduction des risques et des dommages, ça consiste en quoi ?",
     [["sans faire de l'arrêt un préalable"]], K),
    # list
    ("list", "Quelles propositions L'Escale et le CLSM de Vervinval font-ils pour 2026 ?",
     [["espace de repos de jour"], ["deuxième médiateur pair"], ["distributeur automatique de matériel"]], K),
    ("list", "Qu'est-ce qu'on peut trouver comme services au CAARUD L'Escale ?",
     [["Matériel stérile"], ["Douche, machine à laver"], ["Dépistage rapide du VIH"]], F),
    # comparison
    ("comparison", "CSAPA et CJC : est-ce que c'est le même public ?",
     [["Toute personne en difficulté avec une addiction"], ["Jeunes de 12 à 25 ans et leurs parents"]], R),
    ("comparison", "Selon Karim Bensaïd, qu'est-ce qui distingue un CAARUD d'un CSAPA ?",
     [["Le CSAPA, c'est le soin"], ["le CAARUD, c'est la réduction des risques"]], V),
    # paraphrase
    ("paraphrase", "La fiche commune addicto / psy / CCAS de Sarrebach, elle a servi combien de fois l'an dernier ?",
     [["utilisée 83 fois en 2025"]], M),
    ("paraphrase", "Comment on appelle le fait que le CMP et le CSAPA se renvoient le patient l'un à l'autre ?",
     [["ce qu'on appelle le ping-pong"]], V),
    # yesno
    ("yesno", "Faut-il une ordonnance du médecin pour aller à la CJC des Tanneurs ?",
     [["ni carte Vitale, ni ordonnance"]], J),
    ("yesno", "Un jeune de 15 ans peut-il être accueilli à L'Escale ?", [["accueillis à partir de 16 ans"]], F),
    # howto
    ("howto", "Quelqu'un fait une overdose devant moi, qu'est-ce que je dois faire ?",
     [["Appelez le 15 et dites « surdose »"], ["une pulvérisation dans une narine"]], F),
]


def main():
    vtt = check.Doc(os.path.join(check.CORPUS, V + ".vtt"))
    rows = []
    for i, (kind, question, ev, doc) in enumerate(Q, 1):
        q = {"id": "n21-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
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
