# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions). Pour les questions sur le .vtt, « at » est le début (arrondi à la seconde
inférieure) du premier repère où commence la première alternative du premier groupe de preuves (un repère doublé par
le recollage HLS a deux fois le même début). La transcription Rev (.txt) n'a pas de repères : ses questions n'ont pas
de « at », comme celles des transcriptions en texte des lots précédents."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402

G = "2026-01-15_clsm-escaudieres_diagnostic-isolement-aines-qpv"
V = "2026-02-17_canal-deux-vallees_vivre-ici-solitude-aines"
T = "2026-03-19_relais-des-aidants_podcast-prevention-suicide-aines"
P = "2026-02-10_clsm-escaudieres_protocole-vigilance-aines"
S = "2026-02-03_epsm-deux-vallees_empsa-bilan-2025"
W = "2026-03-02_veilleurs-du-quartier_devenir-veilleur"
M = "2026-03-05_clsm-escaudieres_notes-gt-aines"
U = None

Q = [
    # number
    ("number", "EMPSA : combien de patients en file active en 2025, et c'était combien en 2024 ?",
     [["412 patients en file active", "suivi 412 patients l'an dernier"], ["la file active était de 356 patients"]],
     "*"),
    ("number", "Ils sont combien de bénévoles en tout chez les Veilleurs du Quartier ?",
     [["47 veilleurs et veilleuses actifs", "une équipe citoyenne de 47 bénévoles"]], "*"),
    ("number", "D'après le diag du CLSM, quelle proportion des 75 ans et + vit seule aux Hauts-Prés ?",
     [["près d'une personne de 75 ans et plus sur deux (46 %) vit seule"]], G),
    ("number", "Combien de fiches de vigilance le CCAS a reçu depuis l'adoption du protocole ?",
     [["14 fiches** reçues par le pôle seniors du CCAS"]], M),
    ("number", "Le Relais des Aidants a accompagné combien d'aidants l'an dernier ?",
     [["on a accompagné 238 aidants en 2025"]], T),
    ("number", "Dans le reportage de Canal Deux-Vallées, l'ascenseur de la tour de Jeannine est resté en panne "
               "combien de temps ?",
     [["l'ascenseur de la tour est resté en panne 3 semaines"]], V),
    ("number", "Quelle part des patients de l'équipe mobile habite en quartier prioritaire ?",
     [["27 % des patients vivent dans un quartier prioritaire"]], S),
    # unanswerable
    ("unanswerable", "Combien de visites les Veilleurs du Quartier ont-ils faites en 2022 ?", [], U),
    ("unanswerable", "Est-ce qu'il existe une équipe de veilleurs à Valenciennes ?", [], U),
    ("unanswerable", "En Normandie, quelle part des décès par suicide concerne les 65 ans et plus ?", [], U),
    ("unanswerable", "Le programme ICOPE est-il proposé par l'équipe mobile de psychiatrie du sujet âgé ?", [], U),
    ("unanswerable", "Combien de patients de l'EMPSA habitent à Marlière-sur-Escaut ?", [], U),
    ("unanswerable", "Est-ce que l'EMPSA fait des téléconsultations pour les personnes qui ne peuvent pas se "
                     "déplacer ?", [], U),
    ("unanswerable", "Combien de personnes étaient inscrites sur le registre des personnes vulnérables du CCAS "
                     "fin 2024 ?", [], U),
    # crosslingual
    ("crosslingual", "How do I become a volunteer visitor with Les Veilleurs du Quartier, and how much time does it "
                     "take?",
     [["Venir à une réunion d'information"], ["Une visite d'environ une heure par semaine"]], W),
    ("crosslingual", "What was the old-age mobile psychiatry team's average wait before a first visit in 2025, and "
                     "what is the target for 2026?",
     [["9 jours délai moyen avant la 1re visite"], ["Ramener le délai moyen avant la première visite à 7 jours"]], S),
    ("crosslingual", "In the TV report, who called the mobile team for Mr André?",
     [["C'est son médecin traitant qui a appelé l'équipe mobile"]], V),
    # date
    ("date", "C'est quand la prochaine réunion du GT aînés ?", [["Jeudi 7 mai 2026, 14 h"]], M),
    ("date", "Le protocole Vigilance aînés a été adopté quand, et le bilan est prévu pour quand ?",
     [["Adopté en assemblée plénière du CLSM le 10 février 2026"],
      ["présenté en assemblée plénière du CLSM en février 2027"]], P),
    ("date", "Prochaine réunion d'info pour devenir veilleur ?", [["jeudi 9 avril 2026 à 18 h"]], W),
    # document
    ("document", "Dans le diagnostic « Vieillir seul dans nos quartiers », l'enquête auprès des habitants s'est "
                 "déroulée quand ?",
     [["Entre le 15 septembre et le 31 octobre 2025"]], G),
    ("document", "Le bilan 2025 de l'EMPSA présenté au copil du CLSM : quels objectifs pour 2026 ?",
     [["Permanence mensuelle au centre social des Hauts-Prés"], ["Former 60 aides à domicile au repérage"],
      ["Recruter un 4e infirmier"]], S),
    ("document", "Épisode 12 du podcast Parole d'aidants : c'était quel psychiatre l'invité ?",
     [["Le docteur Hugo Lambrecht, psychiatre à l'EPSM des Deux-Vallées"]], T),
    # fact
    ("fact", "Elle est où la permanence des Veilleurs ?", [["Maison des associations, 12 place Roger-Salengro"]], W),
    ("fact", "Pourquoi c'est compliqué de sortir de la Cité Saint-Éloi le dimanche ?",
     [["la ligne 7 ne dessert plus la Cité Saint-Éloi le dimanche"]], G),
    ("fact", "Le café des aînés à Saint-Éloi, c'est quel jour et à quelle heure ?",
     [["Le dernier samedi du mois, de 14 h 30 à 17 h"]], M),
    # transcript
    ("transcript", "Reportage Vivre ici : qu'est-ce que la dame a dit aux veilleurs qui les a fait remplir une "
                   "fiche le jour même ?",
     [["je suis un poids pour tout le monde"]], V),
    ("transcript", "Dans le reportage télé, qu'est-ce qui a permis à Gérard, l'aidant, de souffler ?",
     [["la halte-répit du Relais des Aidants"]], V),
    ("transcript", "Dans le podcast des aidants, le psychiatre conseille quoi à l'auditrice dont la mère dit "
                   "qu'elle veut partir ?",
     [["parler du suicide ne donne pas l'idée"], ["poser la question directement à sa maman"]], T),
    # who
    ("who", "Qui est le médecin responsable de l'EMPSA ?",
     [["Dr Sophie Vandamme, psychiatre, médecin responsable"]], S),
    ("who", "Qui coordonne les Veilleurs du Quartier et qui préside l'asso ?",
     [["Élodie Marchand, coordinatrice"], ["Jean-Pierre Wattebled, président"]], W),
    ("who", "Qui a rédigé le diagnostic sur l'isolement des aînés d'Escaudières ?",
     [["Rédaction : Manon Delattre, coordinatrice du CLSM, et Thomas Caron"]], G),
    # acronym
    ("acronym", "EMPSA ça veut dire quoi ?", [["équipe mobile de psychiatrie du sujet âgé"]], "*"),
    ("acronym", "PFR, c'est quoi ce sigle ?", [["plateforme d'accompagnement et de répit"]], "*"),
    # comparison
    ("comparison", "Dans le protocole, niveau alerte ou niveau urgence : c'est quoi la différence ?",
     [["propos sur la mort sans projet précis"], ["Projet suicidaire, moyen à disposition ou danger immédiat"]], P),
    ("comparison", "Tristesse après un deuil ou vraie dépression chez une personne âgée, comment on fait la "
                   "différence ?",
     [["La tristesse du deuil vient par vagues"], ["Dans la dépression, tout est gris tout le temps"]], T),
    # definition
    ("definition", "C'est quoi une équipe citoyenne ?",
     [["un groupe de bénévoles qui agissent ensemble, dans leur quartier"]], W),
    ("definition", "Comment le diagnostic définit-il l'isolement social ?",
     [["mesuré par la rareté des contacts"]], G),
    # list
    ("list", "Quels signes doivent alerter chez une personne âgée d'après le protocole ?",
     [["un repli inhabituel"], ["une perte d'appétit ou de poids"], ["des propos de dévalorisation"]], P),
    ("list", "Quels obstacles les habitants âgés citent-ils dans le diagnostic ?",
     [["4 ascenseurs sur 11 ont connu une panne"], ["la ligne 7 ne dessert plus"],
      ["n'utilisent jamais internet"], ["La honte de demander"]], G),
    # paraphrase
    ("paraphrase", "Pourquoi la déprime des vieux passe souvent inaperçue, d'après la psychiatre du reportage ?",
     [["On la confond avec la vieillesse"]], V),
    ("paraphrase", "Ascenseurs en panne aux Hauts-Prés : le bailleur a dit oui à quoi et non à quoi ?",
     [["accepte** de signaler au CCAS toute panne de plus de 48 heures"],
      ["refuse** en revanche l'engagement d'un délai de réparation de 72 heures"]], M),
    # yesno
    ("yesno", "Les veilleurs peuvent faire les courses avec l'argent de la personne ?",
     [["ni courses avec l'argent des personnes"]], W),
    ("yesno", "Est-ce que l'équipe mobile peut venir voir quelqu'un en EHPAD ?", [["à domicile ou en EHPAD"]], S),
    # howto
    ("howto", "Je suis aide à domicile, une dame de 80 ans me dit qu'elle veut en finir, je fais quoi concrètement ?",
     [["posez la question directement"], ["restez avec elle et appelez le 15"],
      ["appelez le jour même son médecin traitant"]], P),
]


def main():
    vtt = check.Doc(os.path.join(check.CORPUS, V + ".vtt"))
    rows = []
    for i, (kind, question, ev, doc) in enumerate(Q, 1):
        q = {"id": "n24-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
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
