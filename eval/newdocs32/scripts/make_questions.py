# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions n32-01 à n32-45). Pour les questions portant sur la transcription SRT,
« at » = début (en secondes) du repère où commence la première alternative du premier groupe de preuves."""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ODT = "2025-06-12_clsm-aurimont_protocole-continuite-soins-levee-ecrou"
SLI = "2025-11-20_clsm-aurimont_bilan-groupe-justice-sante-mentale-diaporama"
SRT = "2026-03-19_clsm-aurimont_table-ronde-sortir-de-prison-et-apres"
XLS = "2026-02-10_clsm-aurimont_tableau-de-bord-justice-sante-mentale"
MD = "2025-09-30_spip-haute-garlande_fiche-pratique-cap-sortie"
HTM = "2026-01-15_cresmj-garlande_faq-soins-apres-detention"
REP = "2026-03-05_habitat-solidaire-garlande_rapport-activite-2025"

Q = [
    # --- chiffres
    ("Combien de personnes ont été accompagnées par Cap Sortie en 2025, et combien en 2024 ?",
     [["64 personnes en 2025", "accompagné 64 personnes", "Cap Sortie 38 64"],
      ["contre 38 en 2024", "Total 2024 : 38 personnes", "Cap Sortie 38 64"]], "*", "number"),
    ("Combien de places compte Toit d'Abord fin 2025, et combien sont réservées aux personnes qui sortent de "
     "prison ?",
     [["18 places"], ["Six places sont désormais réservées", "dont 6 places réservées", "dont 6 pour des personnes"]],
     "*", "number"),
    ("Dans le tableau de bord du CLSM, combien de personnes suivies par le SPIP habitaient à La Croix-Verte au 31 "
     "décembre 2025 ?", [["La Croix-Verte 97 104 99"]], XLS, "number"),
    ("D'après le protocole, pour combien de jours de traitement la personne repart-elle, et combien de temps "
     "couvre l'ordonnance ?",
     [["un traitement pour 7 jours", "7 jours de traitement"], ["ordonnance couvrant 28 jours", "ordonnance de 28 jours"]],
     ODT, "number"),
    # --- dates
    ("Le protocole du jour de la levée d'écrou s'applique à partir de quand et jusqu'à quand ?",
     [["le 1er juillet 2025"], ["30 juin 2028"]], ODT, "date"),
    ("C'est quand la réunion du groupe justice et santé mentale qui suit la plénière de novembre ?",
     [["mardi 13 janvier 2026"]], SLI, "date"),
    ("À la table ronde, quelles dates ont été annoncées pour la première session de formation aux premiers "
     "secours en santé mentale, et jusqu'à quand peut-on s'inscrire ?",
     [["les 14 et 15 avril"], ["jusqu'au 3 avril"]], SRT, "date"),
    # --- qui / où
    ("Qui est l'infirmière de liaison du SMPR qui appelle les patients après leur sortie ?",
     [["Laure Fabre"]], "*", "who"),
    ("Qui a rédigé la fiche pratique Cap Sortie du SPIP, et qui l'a validée ?",
     [["Karim Benhaddou"], ["Hélène Marsac"]], MD, "who"),
    ("Où et quand se réunit la commission d'admission de Cap Sortie ?",
     [["le deuxième lundi du mois"], ["au centre pénitentiaire"]], MD, "fact"),
    # --- définitions, sigles
    ("Qu'appelle-t-on une « sortie sèche » dans le protocole ?",
     [["sans aménagement de peine"], ["accompagnement préparé", "le jour même par une juridiction"]], ODT,
     "definition"),
    ("Comment Damien Lacoste explique-t-il ce qu'est un travailleur pair pendant la table ronde ?",
     [["a vécu la même chose"], ["formé et salarié pour ça"]], SRT, "definition"),
    ("Obligation de soins, injonction de soins : c'est quoi la différence ?",
     [["est décidée par le juge", "choisit librement son médecin"],
      ["expertise médicale préalable", "médecin coordonnateur"]], HTM, "definition"),
    ("Que signifie le sigle USMP ?", [["unité sanitaire en milieu pénitentiaire"]], "*", "acronym"),
    ("SMPR, ça veut dire quoi ?", [["service médico-psychologique régional"]], "*", "acronym"),
    ("c'est quoi un CSAPA exactement, le nom en entier ?",
     [["centre de soins, d'accompagnement"], ["prévention en addictologie"]], "*", "acronym"),
    # --- comparaisons
    ("En 2025, quel CMP avait le délai médian de premier rendez-vous le plus court, et lequel le plus long ?",
     [["CMP Aurimont-Nord : 9 jours", "9 jours au CMP Aurimont-Nord", "délai médian est de 9 jours"],
      ["CMP de Saint-Amans-la-Tour : 23 jours", "23 jours au CMP de Saint-Amans-la-Tour"]], "*", "comparison"),
    ("Le délai pour un premier rendez-vous au CMP Aurimont-Sud s'est-il amélioré entre 2024 et 2025 ?",
     [["Aurimont-Sud (jours) 17 12 14"]], XLS, "comparison"),
    # --- listes
    ("Quelles actions figurent dans la feuille de route 2026 du groupe Justice et santé mentale ?",
     [["Étendre Cap Sortie"], ["Passer de 18 à 24 places"], ["Former 40 professionnels"],
      ["permanence du CSAPA à Saint-Amans-la-Tour"], ["table ronde publique en mars 2026"]], SLI, "list"),
    ("Quels indicateurs le comité de suivi du protocole doit-il examiner ?",
     [["ayant reçu un kit sortie"], ["honorés dans les 10 jours ouvrés"], ["nombre de sorties sèches"],
      ["premier rendez-vous au CSAPA"]], ODT, "list"),
    ("Quelles sont les conditions pour entrer dans Cap Sortie selon la fiche pratique du SPIP ?",
     [["détenu au centre pénitentiaire d'Aurimont-Lestrac"], ["suivi par le SMPR"],
      ["vers Aurimont ou une commune de l'agglomération"], ["être volontaire"]], MD, "list"),
    # --- comment faire
    ("Je suis sous traitement de substitution et je sors un samedi : comment j'ai mon traitement ?",
     [["le samedi de 9 h à 12 h", "samedi de 9 h à 12 h"], ["dans les 72 heures"]], HTM, "howto"),
    ("Concrètement, comment un CPIP oriente quelqu'un vers Cap Sortie ?",
     [["la fiche d'orientation est envoyée"], ["deuxième lundi du mois à 14 h"]], MD, "howto"),
    ("En cas de sortie sèche alors que l'USMP est fermée, que doit faire le greffe ?",
     [["enveloppe scellée nominative"], ["3 jours de traitement"]], ODT, "howto"),
    # --- paraphrases, oui / non
    ("Selon la psychiatre du SMPR, quelle part des détenus rencontre au moins une fois dans l'année un soignant "
     "en psychiatrie ?", [["environ 40 % des personnes détenues"]], SRT, "paraphrase"),
    ("Combien de locataires sont encore dans leur logement un an après y être entrés ?",
     [["92 %"], ["23 personnes sur 25"]], REP, "paraphrase"),
    ("Mon conseiller SPIP peut-il lire mon dossier médical ?",
     [["Non. Le CPIP ne connaît", "ne connaît ni le diagnostic"]], HTM, "yesno"),
    ("faut il etre abstinant pour avoir un appart toit d'abord ?",
     [["sans condition d'abstinence", "Pas de condition d'abstinence"]], "*", "yesno"),
    ("Quelqu'un qui sort de Lestrac pour aller vivre à Saint-Amans-la-Tour peut-il bénéficier de Cap Sortie ?",
     [["ne sont pas encore couvertes", "pas encore ouvert aux sorties"], ["second semestre 2026"]], "*", "yesno"),
    # --- questions nommant un document
    ("Dans le diaporama de la plénière du 20 novembre 2025, quelle part des rendez-vous CMP a été honorée dans "
     "les 10 jours ouvrés, et sur quelle période ?",
     [["68 %"], ["1er juillet au 31 octobre 2025"]], SLI, "document"),
    ("D'après le rapport d'activité 2025 de Habitat Solidaire Garlande, quel est le budget de l'association et "
     "quelle part vient de l'ARS ?",
     [["684 500 euros"], ["agence régionale de santé (18 %)", "santé (18 %)"]], REP, "document"),
    ("Dans le tableau de bord de février 2026, combien de jeunes ont suivi le Parcours Tremplin 16-25 en 2023, "
     "2024 et 2025 ?", [["Parcours Tremplin 16-25 31 52 67"]], XLS, "document"),
    # --- transcription
    ("Pendant la table ronde, comment se passe le jour de la sortie avec le travailleur pair ?",
     [["je suis devant la porte"], ["d'abord à la pharmacie"], ["le soir je l'appelle"]], SRT, "transcript"),
    ("À la table ronde, combien de jeunes la mission locale a-t-elle suivis en 2025 dans le Parcours Tremplin, "
     "et où tient-elle ses permanences ?",
     [["67 jeunes, contre 52"], ["tous les jeudis matin"], ["premier mardi du mois"]], SRT, "transcript"),
    # --- anglais
    ("How many people supervised by the SPIP lived in Aurimont's three priority neighbourhoods at the end of "
     "2025?", [["Ensemble des QPV 290 313 328", "on suit 328 personnes"]], "*", "crosslingual"),
    ("At the round table, which phone number was given to the mother of a prisoner looking for support?",
     [["03 99 00 62 18"]], SRT, "crosslingual"),
    ("When was the peer worker at Habitat Solidaire Garlande hired, and when did he switch to full time?",
     [["recruté le 2 septembre", "le 2 septembre 2024"], ["le 1er janvier 2026"]], REP, "crosslingual"),
    ("Who signed the release-day care protocol on behalf of the City of Aurimont, and in how many original copies "
     "was it signed?", [["Martine Roques"], ["en sept exemplaires originaux"]], ODT, "crosslingual"),
    # --- sans réponse
    ("Combien de personnes le programme Cap Sortie a-t-il accompagnées en 2022 ?", [], None, "unanswerable"),
    ("Que veut dire le sigle UHSA dans le protocole de levée d'écrou ?", [], None, "unanswerable"),
    ("Combien de places Toit d'Abord y a-t-il à Montclar ?", [], None, "unanswerable"),
    ("ya combien de personnes sous bracelet électronique suivies par le spip d'aurimont", [], None,
     "unanswerable"),
    ("Le centre pénitentiaire de Lestrac a-t-il un quartier pour mineurs, et de combien de places ?", [], None,
     "unanswerable"),
    ("Quel rôle joue la PJJ dans le Parcours Tremplin 16-25 de la mission locale ?", [], None, "unanswerable"),
    ("Quel budget est prévu pour le programme Cap Sortie en 2027 ?", [], None, "unanswerable"),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def srt_cues():
    with open(os.path.join(ROOT, "corpus", SRT + ".srt"), encoding="utf-8") as f:
        blocks = f.read().strip().split("\n\n")
    out = []
    for b in blocks:
        lines = b.split("\n")
        h, m, s, ms = map(int, re.match(r"(\d\d):(\d\d):(\d\d),(\d{3})", lines[1]).groups())
        out.append((h * 3600 + m * 60 + s + ms / 1000, norm(" ".join(lines[2:]))))
    return out


def locate(cues, phrase):
    """début du repère où commence la phrase (la phrase peut déborder sur les repères suivants)."""
    a = norm(phrase)
    for i in range(len(cues)):
        joined = " ".join(c[1] for c in cues[i:i + 3])
        m = re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", joined)
        if m and m.start() < len(cues[i][1]):
            return round(cues[i][0], 1)
    raise SystemExit("introuvable dans le SRT : %r" % phrase)


def main():
    assert len(Q) == 45
    cues = srt_cues()
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, ev, doc, kind) in enumerate(Q, 1):
            d = {"id": "n32-%02d" % i, "question": q, "evidence": ev, "doc": doc, "kind": kind}
            if doc == SRT:
                d["at"] = locate(cues, ev[0][0])
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("écrit questions.jsonl")


if __name__ == "__main__":
    main()
