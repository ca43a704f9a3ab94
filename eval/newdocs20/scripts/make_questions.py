# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions). Pour les questions sur le .srt, « at » est le début (arrondi à la seconde
inférieure) du repère où commence la première alternative du premier groupe de preuves."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402

D1 = "2025-11-20_rqb_sante-mentale-perinatale-qpv-bretons"
D2 = "2026-01-12_ville-de-lorvenn_guide-parents-bebes-2026"
D3 = "2025-11-13_clsm-brevanec_podcast-parents-d-ici-episode-3"
D4 = "2025-11-03_clsm-brevanec_questionnaire-etre-parent-resume-des-reponses"
D5 = "2026-01-15_clsm-tregonvel_recap-comite-suivi-premiers-pas-ensemble"
D6 = "2025-12-09_clsm-lorvenn_pad-gt-parentalite-sante-mentale"
D7 = "2026-02-03_clsm-montgarel_protocole-sante-mentale-perinatale-v0-4"
U = None

Q = [
    # number
    ("number", "EPDS ≥ 12 en 2024 : quel taux chez les mères des QPV de Brévanec, et combien hors QPV en Bretagne ?",
     [["Brévanec (Kerjaouen, Moulin-Vert) : 22 %"], ["Bretagne hors QPV : 12 %"]], D1),
    ("number", "Combien d'enfants sont passés par la Roulotte des Petits en 2025 ?",
     [["418 enfants accueillis"]], D2),
    ("number", "Nombre de pères ayant répondu au questionnaire parents de Kerjaouen / Moulin-Vert ?",
     [["Le père 39", "Trente-neuf pères ont répondu"]], "*"),
    ("number", "Premiers Pas Ensemble en 2025 : combien de familles incluses et combien de visites à domicile ?",
     [["64 familles incluses en 2025"], ["412 visites à domicile"]], D5),
    ("number", "Combien de bébés sont nés en 2025 de mamans habitant Les Courtils à Montgarel ?",
     [["187 enfants sont nés de mères domiciliées aux Courtils"]], D7),
    ("number", "Budget 2026 de la Roulotte des Petits : montant total et part de la CAF ?",
     [["68 400 € au total"], ["CAF (prestation de service LAEP) : 28 000 €"]], D6),
    ("number", "Dans le podcast, combien de dyades l'équipe Cocon pense-t-elle suivre cette année ?",
     [["cent soixante et onze"]], D3),
    # unanswerable
    ("unanswerable", "Combien de dyades mère-bébé l'équipe Cocon a-t-elle suivies en 2022 ?", [], U),
    ("unanswerable", "Quels sont les horaires d'ouverture du LAEP de Trégonvel ?", [], U),
    ("unanswerable", "Quelle part des mères des QPV de Normandie ont un score EPDS ≥ 12 ?", [], U),
    ("unanswerable", "Le programme PANJO est-il déployé dans les quartiers de Lorvenn ?", [], U),
    ("unanswerable", "Que veut dire UMB dans le protocole périnatal de Montgarel ?", [], U),
    ("unanswerable", "Quel est le budget prévu pour la Roulotte des Petits en 2027 ?", [], U),
    ("unanswerable", "Combien de pères ont répondu au questionnaire parents du CLSM de Trégonvel ?", [], U),
    # crosslingual
    ("crosslingual", "When is the L'Île aux Câlins parent-child drop-in centre in Lorvenn open?",
     [["lundi de 9 h à 11 h 30"], ["mercredi de 15 h à 18 h"]], D2),
    ("crosslingual", "In the Montgarel perinatal protocol, how quickly must a level 2 referral be seen?",
     [["Sous 8 jours ouvrés", "dans un délai de 8 jours ouvrés"]], D7),
    ("crosslingual", "In the Brévanec parents survey, how many respondents had never heard of La Cabane aux Familles?",
     [["49,7 %", "Non 91"]], D4),
    # date
    ("date", "La Roulotte des Petits tourne depuis quand ?", [["Depuis mars 2023"]], D2),
    ("date", "Jusqu'à quelle date pouvait-on répondre au questionnaire Être parent à Kerjaouen ?",
     [["clos depuis le 31 octobre 2025"]], D4),
    ("date", "Date de la première séance Pères & Bébés à La Madeleine-Haute ?",
     [["première séance le samedi 7 mars 2026"]], D5),
    # document
    ("document", "Qui a présenté le diaporama sur la périnatalité à la Rencontre régionale des CLSM bretons du 20 "
                 "novembre 2025 ?",
     [["Soizic Kervella, chargée de mission santé"], ["Dr Yann Le Bihan, pédopsychiatre"]], D1),
    ("document", "Le protocole santé mentale périnatale des Courtils : quelle version et qui l'a rédigé ?",
     [["version 0.4"], ["rédaction : Katell Morvan"]], D7),
    ("document", "Dans le pad du GT parentalité de Lorvenn du 9 décembre 2025, qu'est-ce qui a été décidé pour le "
                 "tirage du guide ?",
     [["DÉCISION : 2 500 exemplaires papier"]], D6),
    # fact
    ("fact", "À Trégonvel, quel délai pour un premier rendez-vous à la consultation de périnatalité psychique en 2025 "
             "pour les familles PPE ?",
     [["de 34 jours en 2024 à 16 jours en 2025"]], D5),
    ("fact", "La permanence sans rendez-vous de la puéricultrice à la PMI de Kervénic, c'est quand ?",
     [["lundi de 14 h à 16 h 30"]], D2),
    ("fact", "Protocole de Montgarel : à partir de quel score EPDS on oriente en niveau 2 ?",
     [["supérieur ou égal à 12"]], D7),
    # transcript
    ("transcript", "Dans l'épisode 3 de Parents d'ici, quand est né le fils de Sabrina ?",
     [["né en février deux mille vingt-quatre"]], D3),
    ("transcript", "Qu'est-ce que le Dr Le Bihan annonce pour Cocon en 2026 dans le podcast ?",
     [["consultation avancée de Cocon"], ["quarante professionnels formés"]], D3),
    ("transcript", "Dans le podcast, qu'est-ce qui a fait que Sabrina a fini par parler de son mal-être ?",
     [["m'a demandé comment moi, j'allais"]], D3),
    # who
    ("who", "Qui anime Papas en jeu à Lorvenn ?", [["Kévin Le Roux, éducateur de jeunes enfants"]], D2),
    ("who", "Qui doit confirmer le financement CAF de Premiers Pas Ensemble, et pour quelle date ?",
     [["Pierrick Jaouen"], ["27/02/2026"]], D5),
    ("who", "Qui contacter au CMP adultes de Montgarel pour une orientation périnatale ?",
     [["Dr Fañch Madec — 02 61 91 35 30"]], D7),
    # acronym
    ("acronym", "RQB, c'est quoi ?", [["Ressources Quartiers Bretagne (RQB)"]], D1),
    ("acronym", "Que signifie REAAP ?", [["réseau d'écoute, d'appui et d'accompagnement des parents"]], D5),
    # definition
    ("definition", "Un LAEP, c'est quoi exactement ?",
     [["espace de jeu et de parole"], ["sans rendez-vous et sans inscription"]], D2),
    ("definition", "Qu'est-ce que l'EPDS ?",
     [["Edinburgh Postnatal Depression Scale", "autoquestionnaire de dix questions"]], D7),
    # list
    ("list", "Quels sont les cinq leviers proposés aux CLSM bretons pour la santé mentale périnatale ?",
     [["Inscrire la périnatalité dans la feuille de route du CLSM"], ["Associer les pères et les co-parents"],
      ["Recourir à l'interprétariat professionnel"]], D1),
    ("list", "Guide de Lorvenn : quels signes doivent alerter après une naissance ?",
     [["tristesse ou pleurs qui durent plus de 15 jours"], ["ne plus arriver à dormir, même quand le bébé dort"]],
     D2),
    # comparison
    ("comparison", "EPP vs EPNP : ça se passe à quel moment l'un et l'autre ?",
     [["Proposé dès le 4e mois de grossesse"], ["Entre la 4e et la 8e semaine après l'accouchement"]], D1),
    ("comparison", "Baby blues ou vraie dépression post-partum, comment on fait la différence ?",
     [["cinquante à quatre-vingts pour cent des mères", "au maximum deux semaines"],
      ["elle dure plus de deux semaines", "dix à vingt pour cent des mères"]], D3),
    # paraphrase
    ("paraphrase", "Les familles de Kerjaouen, elles réclament quoi en premier pour tenir le coup ?",
     [["Un temps pour souffler (garde ponctuelle)"]], D4),
    ("paraphrase", "À Lorvenn, voir le psy de l'hosto quand on est jeune maman, faut patienter combien ?",
     [["38 jours en novembre"]], D6),
    # yesno
    ("yesno", "Une maman peut-elle appeler elle-même l'équipe Cocon ?",
     [["On intervient sur orientation d'un professionnel"]], D3),
    ("yesno", "La PMI est-elle payante quand on n'a pas de carte Vitale ?",
     [["tout est gratuit, même sans carte Vitale"]], D2),
    # howto
    ("howto", "Comment orienter une mère repérée aux Courtils, étape par étape ?",
     [["recueille son accord"], ["et l'adresse par messagerie sécurisée"]],
     D7),
]


def main():
    srt = check.Doc(os.path.join(check.CORPUS, D3 + ".srt"))
    rows = []
    for i, (kind, question, ev, doc) in enumerate(Q, 1):
        q = {"id": "n20-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
        if doc == D3:
            starts, _ = srt.cue_hits(ev[0][0])
            if not starts:
                raise SystemExit("introuvable dans le SRT : %s" % ev[0][0])
            q["at"] = int(starts[0])
        rows.append(q)
    with open(check.QUESTIONS, "w", encoding="utf-8") as f:
        for q in rows:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print("%d questions écrites" % len(rows))


if __name__ == "__main__":
    main()
