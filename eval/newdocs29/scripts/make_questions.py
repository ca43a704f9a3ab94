# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions) pour le lot newdocs29. Pour les questions dont « doc » est une
transcription (sous-titres .sbv du webinaire ou transcription Teams .docx), « at » est calculé : début (en secondes,
arrondi au dixième) du repère ou du tour de parole où figure, pour la première fois, la première alternative du
premier groupe de preuves."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import QUESTIONS, TRANSCRIPT_EXTS, find_in, load_corpus  # noqa: E402

S = "2025-10-09_clsm-verlaincourt_bilan-six-mois-post-crue"
W = "2026-01-22_villes-sante-grand-est_webinaire-crue-ornelle-soutien-psy"
H = "2026-04-08_ville-verlaincourt_crue-un-an-apres"
X = "2026-03-31_clsm-verlaincourt_tableau-suivi-post-crue"
F = "2025-11-18_clsm-verlaincourt_fiche-action-7-soutien-post-crue"
R = "2026-03-05_crp-rhin-meuse_rapport-consultation-avancee-verlaincourt"
T = "2026-04-21_clsm-verlaincourt_debrief-cellule-veille-transcription"

Q = [
    # ---- number
    ("Combien de logements la crue de l'Ornelle a-t-elle inondés à Verlaincourt, et combien dans les quartiers "
     "prioritaires ?",
     [["1 180 logements inondés", "1180 logements inondés"],
      ["740 dans les deux QPV", "740 dans les deux quartiers prioritaires"]], "*", "number"),
    ("combien de nouvelles personnes ont été vues par la consultation avancée du CRP entre juin 2025 et fevrier "
     "2026, et parmi elles combien de mineurs ?",
     [["282 nouvelles personnes"], ["dont 87 mineurs", "87 sur 282"]], R, "number"),
    ("D'après le bilan présenté à la plénière du CLSM en octobre 2025, quelle proportion des gens accueillis au "
     "poste d'urgence médico-psychologique du gymnase étaient des enfants ou des ados ?",
     [["27 % des personnes reçues"]], S, "number"),
    ("Combien d'appels la ligne d'écoute post-crue a-t-elle reçus en juillet 2025, et en août ?",
     [["Juillet 174", "juillet 2025 174"], ["Août 96", "août 2025 96"]], "*", "number"),
    # ---- date
    ("C'est quand la prochaine réunion de la cellule de veille, celle d'après le débrief des journées un an après ?",
     [["mardi 19 mai à 14 heures"]], T, "date"),
    ("La journée ressources pour l'anniversaire de la crue, c'est quel jour et à quelle heure ?",
     [["Samedi 18 avril"], ["De 10 h à 17 h"]], H, "date"),
    ("D'après la fiche action du CLSM sur le soutien post-crue, il fallait déposer la demande de prolongation du "
     "financement ARS avant quelle date ?",
     [["avant le 15 mars 2026"]], F, "date"),
    # ---- fact
    ("quel est le numéro de téléphone du PRIS de Verlaincourt et quels jours il est ouvert ?",
     [["03 99 00 41 00"], ["Lundi, mercredi et vendredi"]], H, "fact"),
    ("Où se trouve exactement le guichet unique des sinistrés et comment y aller en bus ?",
     [["4 place de la Filature"], ["bus ligne 3, arrêt Filature", "arrêt Filature"]], H, "fact"),
    ("Combien facture le prestataire d'interprétariat par téléphone auquel fait appel le CRP ?",
     [["38 € la demi-heure"]], R, "fact"),
    ("selon le tableau de suivi, ou en est la formation des instits des écoles élémentaires au repérage des "
     "enfants ?",
     [["2 écoles sur 6 formées"]], X, "fact"),
    # ---- definition
    ("C'est quoi une sentinelle dans le dispositif post-crue de Verlaincourt ?",
     [["habitant ou un professionnel de proximité"],
      ["sans se substituer aux soignants", "sans jamais se substituer aux soignants"]], "*", "definition"),
    ("Dans le webinaire, comment l'infirmière de la CUMP explique ce qu'est le defusing ?",
     [["c'est un entretien court"]], W, "definition"),
    # ---- acronym
    ("PRIS, ça veut dire quoi ?",
     [["point ressources et information des sinistrés"]], "*", "acronym"),
    ("Que signifie le sigle EMDR utilisé par le centre du psychotrauma ?",
     [["Eye Movement Desensitization and Reprocessing",
       "retraitement par les mouvements oculaires"]], R, "acronym"),
    # ---- comparison
    ("Selon le dépistage PCL-5, les habitants des QPV ont-ils plus souvent un score élevé que les autres ? Donnez "
     "les deux pourcentages.",
     [["atteint 34 %"], ["contre 21 %"]], R, "comparison"),
    ("Combien de sentinelles étaient formées fin février 2026, et combien un mois plus tard ?",
     [["55 sentinelles"], ["68 formées", "68 sentinelles formées"]], "*", "comparison"),
    ("ornelle habitat : combien de ménages étaient encore relogés ailleurs en janvier 2026 et combien en avril ?",
     [["il en reste 23"], ["il reste 9 ménages"]], "*", "comparison"),
    # ---- list
    ("Dans la fiche action n° 7 du CLSM, quelles tâches restaient à faire à la mi-novembre 2025 ?",
     [["Rédiger la charte de fonctionnement"], ["Traduire le livret"], ["Déposer la demande de prolongation"],
      ["Préparer le temps de mémoire"], ["premiers secours psychologiques"]], F, "list"),
    ("Quelles sont les cinq questions de la grille de repérage utilisée par le gardien et le travailleur social "
     "lors des visites à domicile ?",
     [["sommeil, peur de l'eau", "le sommeil la peur de l'eau"],
      ["isolement, consommation d'alcool", "l'isolement l'alcool"], ["idées noires"]], "*", "list"),
    ("Au webinaire de janvier, quels conseils le docteur Stoltz donne-t-elle pour préparer la date anniversaire ?",
     [["pas faire un événement uniquement commémoratif"], ["prévoir des psychologues sur place"],
      ["renforcer la ligne d'écoute"], ["associer les sinistrés à la préparation"]], W, "list"),
    # ---- howto
    ("Comment un pro fait pour signaler une situation inquiétante à la cellule de veille post-crue ?",
     [["fiche de signalement unique"], ["messagerie sécurisée"], ["sous 72 heures"]], "*", "howto"),
    ("Dans quels cas faut-il orienter un habitant vers la consultation du CRP, et que faire s'il a des idées "
     "suicidaires ?",
     [["plus de quatre semaines"], ["supérieur ou égal à 33"], ["appeler le 15"]], F, "howto"),
    # ---- transcript
    ("Dans le webinaire de Villes & Santé Grand Est, combien de personnes avaient accepté d'être rappelées à la "
     "fermeture du poste de la CUMP, et en combien de temps le CRP les a-t-il recontactées ?",
     [["178 personnes ont accepté"], ["dans les trois semaines"]], W, "transcript"),
    ("dans le petit film du webinaire, qu'est ce que le gardien d'immeuble dit avoir appris avec la formation "
     "sentinelle ?",
     [["pas tout porter tout seul"]], W, "transcript"),
    ("Au débrief du 21 avril, qu'est-ce qui a fâché l'association des sinistrés pendant le temps de mémoire ?",
     [["filmé une dame qui pleurait"]], T, "transcript"),
    # ---- document
    ("Selon le tableau de suivi à fin mars 2026, quand la demande de prolongation à l'ARS a-t-elle été déposée, et "
     "qu'est-ce qui bloque la traduction du livret ?",
     [["déposée le 3 mars 2026"], ["traductrice turque à trouver"]], X, "document"),
    ("Que recommande le rapport du CRP Rhin-Meuse de mars 2026 au sujet de l'interprétariat et des écoles ?",
     [["6 000 € par an"], ["étendre le repérage aux écoles élémentaires"]], R, "document"),
    ("Dans le tableau de suivi post-crue, qu'est-ce qui explique la hausse du délai au CRP en mars 2026 ?",
     [["délai CRP remonté à 14 jours"], ["liste d'attente de 19 mineurs"]], X, "document"),
    ("Dans le diaporama de la plénière d'octobre 2025, quels financements sont listés et pour quel total ?",
     [["85 000 €"], ["40 000 €"], ["25 000 €"], ["12 000 €"], ["162 000 €"]], S, "document"),
    # ---- crosslingual
    ("According to the six-month review slides, how many households had received a home visit from the "
     "caretaker and social worker pairs?",
     [["260 ménages"]], S, "crosslingual"),
    ("What did the regional health agency decide about extending the trauma consultation in Verlaincourt, and "
     "with how much money?",
     [["jusqu'au 31 décembre 2026"], ["60 000 euros"]], T, "crosslingual"),
    ("When does the third cycle of support groups start, and what new format was agreed to reach men?",
     [["démarre le 5 mai"], ["le samedi matin"]], "*", "crosslingual"),
    ("What share of the adults who filled in the PCL-5 scored 33 or above?",
     [["soit 29 %", "28,9 %"]], "*", "crosslingual"),
    # ---- paraphrase
    ("En moyenne, ça revient à combien par personne suivie, la consultation psychotrauma des Prés-Bas ?",
     [["226 € par personne"]], R, "paraphrase"),
    ("Selon la coordinatrice du CLSM au webinaire, à quel moment les sinistrés risquent-ils le plus d'être "
     "laissés seuls ?",
     [["le décrochage à trois mois"]], W, "paraphrase"),
    # ---- yesno
    ("Est-ce que les habitants doivent payer pour consulter au CRP aux Prés-Bas ?",
     [["sans avance de frais", "elle est gratuite", "consultations sont gratuites"]], "*", "yesno"),
    ("Ornelle Habitat va t il poser des repères de crue dans les halls de ses immeubles ?",
     [["on ne le fait pas dans les halls"]], T, "yesno"),
    # ---- unanswerable
    ("Combien de personnes la CUMP de l'Aubrette a-t-elle prises en charge lors de la crue de 2021 ?",
     [], None, "unanswerable"),
    ("numero de la ligne d'ecoute post crue de Sarreval ?", [], None, "unanswerable"),
    ("Le CRP propose-t-il des séances d'hypnose aux sinistrés de la crue ?", [], None, "unanswerable"),
    ("Combien de demandes de reconnaissance de l'état de catastrophe naturelle ont été déposées par les habitants "
     "des Prés-Bas ?", [], None, "unanswerable"),
    ("combien de bénévoles de la Croix-Rouge étaient au gymnase des Tanneurs pendant la crue ?",
     [], None, "unanswerable"),
    ("What budget is planned for the post-flood psychological support scheme in 2027?", [], None, "unanswerable"),
    ("Quel est le taux de suicide observé aux Prés-Bas depuis la crue ?", [], None, "unanswerable"),
]


def main():
    docs = load_corpus()
    out = []
    for i, (q, ev, doc, kind) in enumerate(Q, 1):
        rec = {"id": "n29-%02d" % i, "question": q, "evidence": ev, "doc": doc, "kind": kind}
        if doc in docs and docs[doc]["ext"] in TRANSCRIPT_EXTS:
            hits = find_in(docs[doc], ev[0][0])
            if not hits:
                raise SystemExit("%s : première preuve introuvable : %r" % (rec["id"], ev[0][0]))
            rec["at"] = round(float(hits[0]), 1)
        out.append(rec)
    with open(QUESTIONS, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("écrit :", QUESTIONS, "|", len(out), "questions")


if __name__ == "__main__":
    main()
