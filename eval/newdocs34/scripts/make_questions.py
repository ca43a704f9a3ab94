# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions n34-01 à n34-45). Pour les questions portant sur la transcription SRT,
« at » = début (en secondes) du repère où commence la première alternative du premier groupe de preuves.
À lancer en dernier, une fois le corpus généré (l'évaluation prend le lot dès que questions.jsonl existe)."""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PPT = "2025-09-15_clsm-port-ardelle_programme-sism-2025"
SRT = "2025-10-09_radio-estran_emission-parlons-en-sism"
DOC = "2025-10-10_clsm-port-ardelle_charte-medias-sante-mentale"
LET = "2025-12-10_clsm-port-ardelle_lettre-info-n7"
ODS = "2026-01-12_clsm-port-ardelle_evaluation-campagne-parlons-en"
HTM = "2026-01-20_ville-port-ardelle_actu-premiers-secours-sante-mentale"
REL = "2026-02-12_clsm-port-ardelle_releve-decisions-copil"

Q = [
    # --- chiffres
    ("Combien de personnes avaient été formées aux premiers secours en santé mentale à Port-Ardelle fin 2025, "
     "et combien l'avaient été en 2024 ?",
     [["96 personnes ont été formées", "96 secouristes ont été formés"], ["31 en 2024"]], "*", "number"),
    ("Combien de spectateurs le théâtre-forum a-t-il réunis aux Salines, et combien à la Vigie ?",
     [["74 spectateurs aux Salines"], ["52 à la Vigie"]], LET, "number"),
    ("Combien de participations les SISM de Port-Ardelle ont-elles comptées en 2025, et combien l'année "
     "d'avant ?", [["2 140 participations"], ["1 520 en 2024"]], "*", "number"),
    ("À la radio, pendant les SISM, combien de secouristes en santé mentale Yacine Belkacem disait-il formés "
     "à Port-Ardelle ?", [["64 secouristes formés"]], SRT, "number"),
    # --- dates
    ("C'est quand, le ciné-débat des SISM, et à quelle heure ?",
     [["Jeudi 16 octobre 2025, 20 h 30", "Jeu. 16 oct. 20 h 30"]], PPT, "date"),
    ("Jusqu'à quelle date la charte médias et santé mentale est-elle valable ?", [["au 9 octobre 2028"]], DOC,
     "date"),
    ("Quelles dates ont été retenues pour les SISM 2026 à Port-Ardelle ?",
     [["du lundi 5 au dimanche 18 octobre 2026"]], REL, "date"),
    # --- qui
    ("Qui joue le théâtre-forum « Dans ma tête », et qui y tient le rôle du joker ?",
     [["Compagnie du Ressac"], ["Romain Cazaubon"]], PPT, "who"),
    ("Qui est chargé d'étendre Esprit Large au lycée professionnel du Chenal, et pour quand ?",
     [["Claire Autissier"], ["1er septembre 2026"]], REL, "who"),
    # --- définitions, sigles
    ("Un théâtre-forum, comment ça marche pour le public ?",
     [["peut crier « Stop ! »"], ["remplacer un personnage"]], PPT, "definition"),
    ("Qu'est-ce que l'effet Papageno ?",
     [["effet protecteur d'un traitement médiatique"], ["ayant surmonté une crise suicidaire"]], DOC, "definition"),
    ("Dans l'émission de Radio Estran, comment Nadia Ferrandon explique-t-elle ce qu'est un conseil local de "
     "santé mentale ?",
     [["se met autour de la table"], ["pas un service de soins"], ["faire travailler ensemble"]], SRT,
     "definition"),
    ("Que veut dire SISM ?", [["Semaines d'information sur la santé mentale"]], "*", "acronym"),
    ("GEM, ça veut dire quoi ?", [["groupe d'entraide mutuelle"]], "*", "acronym"),
    ("c'est quoi le nom complet de QPV ?", [["quartiers prioritaires de la politique de la ville"]], "*",
     "acronym"),
    # --- comparaisons
    ("Quelle est la différence entre l'atelier découverte des premiers secours en santé mentale et la formation "
     "de secouriste ?",
     [["Trois heures pour découvrir", "atelier découverte de trois heures"],
      ["ne remplace pas la formation complète"], ["qui dure deux jours", "deux jours, soit 14 heures"]], "*",
     "comparison"),
    ("Entre septembre et novembre 2025, l'idée qu'une personne avec un trouble psychique est dangereuse a-t-elle "
     "plus reculé dans les QPV que dans l'ensemble de la ville ?",
     [["dangereuse 41 % 46 % 33 % 37"], ["37 % -8 -9"]], ODS, "comparison"),
    ("Quel quartier a été le moins touché par la campagne Parlons-en sans détour, et lequel l'a été le plus ?",
     [["Le Grand-Chenal 65 63 57 %", "Grand-Chenal reste le quartier le moins touché"],
      ["Les Salines 72 70 71 %", "contre 71 % aux Salines"]], "*", "comparison"),
    # --- listes
    ("Quelles sont les étapes du plan d'action qu'on apprend en formation aux premiers secours en santé "
     "mentale ?",
     [["Approcher, évaluer et assister"], ["Écouter activement et sans jugement"], ["Réconforter et informer"],
      ["Encourager à aller vers des professionnels"], ["Renseigner sur les autres ressources"]], HTM, "list"),
    ("Selon la charte, quelles précautions un journaliste doit-il prendre quand il parle d'un suicide ?",
     [["Ne pas décrire la méthode"], ["le mot « suicide » dans le titre"],
      ["indiquer en fin d'article les ressources"]], DOC, "list"),
    ("Sur quoi portent les quatre séances d'Esprit Large en classe ?",
     [["mettre des mots sur ses émotions"], ["le stress, les écrans et le sommeil"],
      ["harcèlement et réseaux sociaux"], ["demander de l'aide, pour soi"]], LET, "list"),
    # --- comment faire
    ("Comment s'inscrire à une session de formation aux premiers secours en santé mentale en 2026 ?",
     [["remplir le formulaire en ligne"], ["05 99 00 41 20"], ["au moins 18 ans"]], HTM, "howto"),
    ("Je dois illustrer un article sur la santé mentale : quelles images privilégier, et lesquelles éviter ?",
     [["scènes de vie quotidienne", "une scène de vie quotidienne"],
      ["silhouettes prostrées dans l'obscurité", "silhouette prostrée ou une camisole"]], DOC, "howto"),
    ("Mon fils de 15 ans ne sort plus de sa chambre et refuse de voir un psy : vers qui je peux me tourner ?",
     [["la Maison des adolescents"], ["y aller seuls, sans leur enfant"], ["sans rendez-vous le mercredi"]], SRT,
     "howto"),
    # --- oui / non
    ("Le ciné-débat des SISM, c'est payant ?", [["Tarif unique : 4 €", "sauf le ciné-débat"]], PPT, "yesno"),
    ("Le comité de pilotage a-t-il décidé de recruter un médiateur en santé mentale pour les quartiers ?",
     [["décision ajournée"], ["vote du budget du contrat de ville"]], REL, "yesno"),
    ("J'habite Saint-Vivien-sur-Mer : est-ce que je peux m'inscrire aux sessions PSSM de Port-Ardelle ?",
     [["réservées aux personnes qui habitent"],
      ["bénévole dans une association de la ville", "sessions payantes ouvertes à tous"]], HTM, "yesno"),
    # --- paraphrases
    ("Après la campagne, quelle part des habitants sauraient à qui adresser un proche qui va mal ?",
     [["souffrance psychique 34 % 27 % 51 %", "de 34 % à 51 %"]], "*", "paraphrase"),
    ("L'atelier d'initiation aux premiers secours psychiques a-t-il dû refouler du monde ?",
     [["a dû refuser 22 personnes"]], LET, "paraphrase"),
    # --- questions nommant un document
    ("D'après la Lettre du CLSM n° 7, quel est le budget 2025 du CLSM et qui le finance ?",
     [["95 000 euros"], ["la Ville (48 000 €)"], ["l'agence régionale de santé (35 000 €)"],
      ["contrat de ville (12 000 €)"]], LET, "document"),
    ("Dans le relevé de décisions du comité de pilotage de février 2026, quel budget est prévu pour la campagne "
     "2026 et quel objectif de secouristes est fixé ?",
     [["budget porté à 21 000 €"], ["150 secouristes en santé mentale"]], REL, "document"),
    ("Dans le fichier d'évaluation de la campagne, combien de personnes ont été interrogées à chaque vague, et "
     "à quelles dates ?",
     [["412 personnes interrogées"], ["398 personnes interrogées"], ["du 1er au 20 septembre 2025"],
      ["du 3 au 21 novembre 2025"]], ODS, "document"),
    # --- transcription
    ("Dans l'émission de Radio Estran, comment Yacine Belkacem s'y est-il pris avec le jeune qu'il croisait "
     "dans la cage d'escalier ?",
     [["je me suis assis à côté de lui"], ["tu penses à te faire du mal"],
      ["appelle ensemble le CMP des Salines"], ["rendez-vous avec une infirmière le jour même"]], SRT,
     "transcript"),
    ("Selon la coordinatrice du CLSM à la radio, combien de visiteurs le village santé mentale avait-il "
     "attirés l'année précédente ?", [["à peu près trois cents visiteurs"]], SRT, "transcript"),
    # --- anglais
    ("How much does the mental health first aid training cost per participant, and who pays for it?",
     [["250 euros par participant"], ["60 % par le contrat de ville"], ["40 % par le CLSM"]], HTM,
     "crosslingual"),
    ("During the SISM, when and where is the Esprit Large students' forum held, and can the public attend?",
     [["Vendredi 17 octobre 2025, 9 h 00"], ["Collège des Salines, gymnase"], ["Fermé au public"]], PPT,
     "crosslingual"),
    ("On the Radio Estran show, which phone number was given for the Maison des adolescents, and when can "
     "parents drop in without an appointment?",
     [["05 99 00 63 15"], ["de 13 h 30 à 18 h 30"]], SRT, "crosslingual"),
    ("What share of residents knew about the CLSM's listening line before and after the campaign?",
     [["CLSM 9 % 7 % 24 % 29"]], ODS, "crosslingual"),
    # --- sans réponse
    ("Combien de personnes ont participé aux SISM 2023 à Port-Ardelle ?", [], None, "unanswerable"),
    ("Combien de secouristes en santé mentale ont été formés à Lussac-Océan ?", [], None, "unanswerable"),
    ("Quel est le taux de suicide à Port-Ardelle ?", [], None, "unanswerable"),
    ("Combien de lits d'hospitalisation psychiatrique compte le centre hospitalier de Port-Ardelle ?", [], None,
     "unanswerable"),
    ("Quelle note de satisfaction les spectateurs ont-ils donnée au théâtre-forum ?", [], None, "unanswerable"),
    ("Quel est le thème national des SISM 2026 ?", [], None, "unanswerable"),
    ("Quels sont les résultats de la troisième vague de l'enquête, au printemps 2026 ?", [], None,
     "unanswerable"),
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
    assert len(Q) == 45, len(Q)
    cues = srt_cues()
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, ev, doc, kind) in enumerate(Q, 1):
            d = {"id": "n34-%02d" % i, "question": q, "evidence": ev, "doc": doc, "kind": kind}
            if doc == SRT:
                d["at"] = locate(cues, ev[0][0])
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("écrit questions.jsonl")


if __name__ == "__main__":
    main()
