# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs47 (38 avec réponse, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit être retrouvée), doc (nom du fichier sans suffixe, « * » si la
réponse est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour les
questions sur la transcription .srt : début du repère où commence la première preuve (calculé ci-dessous en
relisant le .srt).
"""
import json
import os
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")

HTML = "2025-09-15_metropole-val-durance_sante-securite-agents-proximite"
SRT = "2025-11-18_radio-tamaris_podcast-voix-du-quartier-ep14"
ODT = "2025-12-01_ville-montvales_procedure-apres-agression-agent"
XLSX = "2026-01-20_clsm-montvales_incidents-et-seances-gapp"
ODP = "2026-02-05_clsm-montvales_copil-bilan-2025"
PDF = "2026-02-16_clsm-montvales_rapport-sante-travail-premiere-ligne-2025"
MD = "2026-03-09_clsm-montvales_faq-encadrants"

Q = [
    # ---------------------------------------------------------------- chiffres (lieu, année, population)
    ("Combien d'incidents ont été signalés à Montvalès en 2025, et combien l'année d'avant ?",
     [["de 118 en 2024 à 131 en 2025", "Total Montvalès 118 131", "Total Montvalès 73 94 118 131"]],
     "*", "number"),
    ("Et à l'échelle de toute la métropole, combien de signalements d'incidents en 2025 ?",
     [["1 182 incidents ont été signalés", "1 182 signalements en 2025", "968 1046 1182"]], "*", "number"),
    ("Sur la page RH de la métropole, combien de signalements d'incidents pour 2024 ?",
     [["1 046 signalements d'incidents"]], HTML, "number"),
    ("Combien de travailleurs sociaux des MDS du département ont déclaré un incident en 2025 ?",
     [["maisons départementales des solidarités 214 236 251 268"]], XLSX, "number"),
    ("Quelle proportion d'agents d'accueil se sont fait agresser verbalement à Montvalès, et c'est comment "
     "dans la région et en France ?",
     [["142 répondants 2025 61 %"], ["conditions de travail 2024 44 %"], ["accueil du public 2023 39 %"]],
     PDF, "comparison"),
    ("Dans le diapo du copil, on est à combien de personnes formées en cumulé fin janvier 2026 ?",
     [["Total 42 68 87 6 203"]], ODP, "number"),
    ("La ligne d'écoute, combien d'appels en 2025, et combien après une agression ?",
     [["74 appels en 2025", "74 appels à la Ligne", "Total 2025 74 29"],
      ["dont 29 à la suite", "dont 29 après une agression", "Total 2025 74 29"]], "*", "number"),
    ("Dans l'émission de Radio Tamaris, combien de loges HDM ont été équipées d'un bouton d'alerte ?",
     [["les dix loges d'HDM"]], SRT, "transcript"),
    # ---------------------------------------------------------------- dates
    ("Les gardiens d'HDM ont accès à la ligne d'écoute depuis quand ?",
     [["depuis le 1er septembre 2025", "gardiens d'HDM le 1er septembre 2025",
       "ouverture aux gardiens d'HDM le 1er septembre"]], "*", "date"),
    ("Elle a ouvert quand exactement, la Ligne Écoute Agents ?",
     [["Ouverte le 2 avril 2024"]], PDF, "date"),
    ("C'est quand la prochaine session courte de la formation pour les gardiens ?",
     [["mardi 14 avril 2026"]], MD, "date"),
    ("Le GAPP des médiateurs en mars 2026, c'est quel jour, à quelle heure et où ?",
     [["jeudi 19 mars 2026 14 h"], ["centre social La Capelière"]], XLSX, "date"),
    ("La séance GAPP des gardiens prévue le 4 novembre 2025 a bien eu lieu ce jour-là ?",
     [["reportée au mercredi 12 novembre 2025"]], XLSX, "yesno"),
    ("C'est quand le prochain comité de pilotage ?",
     [["jeudi 10 septembre 2026"]], ODP, "date"),
    ("Dans le podcast, quand est-ce que Karim s'est fait agresser dans sa loge ?",
     [["un samedi matin, en mars 2024"]], SRT, "transcript"),
    # ---------------------------------------------------------------- qui
    ("Who runs the practice-analysis group (GAPP) for the building caretakers?",
     [["Yannick Delorme"]], "*", "crosslingual"),
    ("Qui est le médecin du travail des gardiens d'immeuble d'HDM ?",
     [["Dr Agnès Vidal", "La docteure Vidal"]], "*", "who"),
    ("Et le médecin du travail pour les agents de la métropole, c'est qui ?",
     [["Dr Sylvie Marchand"]], HTML, "who"),
    # ---------------------------------------------------------------- sigles
    ("FIPHFP, ça veut dire quoi déjà ?",
     [["Fonds pour l'insertion des personnes handicapées"]], "*", "acronym"),
    ("Sur le site de la métropole, c'est quoi une FEI ?",
     [["fiche d'événement indésirable"]], HTML, "acronym"),
    # ---------------------------------------------------------------- définitions
    ("Un GAPP, concrètement, c'est quoi ? C'est un groupe de parole ?",
     [["6 à 10 professionnels du même métier", "six à dix professionnels exerçant le même",
       "Six à dix professionnels qui font"],
      ["ni une thérapie ni un groupe", "ni une supervision clinique ni un groupe",
       "n'est pas un groupe de parole"]], "*", "definition"),
    ("In the Radio Tamaris podcast, what is the difference between defusing and debriefing?",
     [["c'est à chaud, dans les premières heures"], ["entre deux et dix jours après"]], SRT, "crosslingual"),
    ("Selon la psy du travail dans le podcast, l'usure compassionnelle, c'est quoi ?",
     [["porter la détresse des autres"], ["on devient moins disponible"]], SRT, "definition"),
    # ---------------------------------------------------------------- comparaisons
    ("Nos agents peuvent appeler Allô Soutien Métropole, c'est la même chose que la ligne de la ville ?",
     [["ne relèvent pas de cette cellule", "ce n'est pas le même numéro", "ont leur propre cellule"],
      ["24 h/24 et 7 j/7", "03 99 00 76 10"]], "*", "comparison"),
    ("Le contrat de ville donne combien en 2026 par rapport à 2025 ?",
     [["18 500 € 16 000 €"]], ODP, "comparison"),
    ("Quelle structure a vu ses incidents baisser entre 2024 et 2025, et pourquoi d'après le copil ?",
     [["CCAS 27 25"], ["accueil social sur rendez-vous"]], ODP, "comparison"),
    # ---------------------------------------------------------------- listes
    ("Qui finance le programme en 2025 ?",
     [["ARS Provence-Alpes-Côte d'Azur"], ["Contrat de ville (crédits politique de la ville)"],
      ["FIPHFP 11 200 €", "FIPHFP Accompagnement et maintien"],
      ["Ville de Montvalès 9 800 €", "Ligne Écoute Agents (part ville)"]], "*", "list"),
    ("Quels groupes d'analyse des pratiques tournent en 2026 ?",
     [["Accueil (agents d'accueil"], ["gardiens d'immeuble (HDM)"], ["travailleurs sociaux (CCAS et MDS)"],
      ["médiateurs sociaux (Médiance)"]], "*", "list"),
    # ---------------------------------------------------------------- comment faire
    ("Comment j'inscris un de mes agents à la formation souffrance psychique ?",
     [["au plus tard un mois avant"], ["formulaire de l'intranet", "courriel à clsm@montvales.example"]], MD, "howto"),
    ("Un agent vient de se faire agresser au guichet : je fais quoi dans les premières heures ?",
     [["Se mettre en sécurité"], ["Ne jamais laisser l'agent seul"],
      ["signalement d'incident (FSI) dans les 24 heures"]], ODT, "howto"),
    ("Comment un agent demande-t-il la protection fonctionnelle ?",
     [["un courrier adressé au maire"], ["présidente du CCAS pour les agents"]], ODT, "howto"),
    # ---------------------------------------------------------------- faits (encadré, note, etc.)
    ("How long does an employee have to report an assault as a workplace accident (accident de service)?",
     [["dans les 15 jours", "dans les quinze jours"]], "*", "crosslingual"),
    ("D'après la procédure, sous combien de temps la psychologue du travail reçoit un agent agressé ?",
     [["dans les 5 jours ouvrés"]], ODT, "fact"),
    ("En moyenne, la ville met combien de temps à répondre à une demande de protection fonctionnelle ?",
     [["en moyenne en 12 jours"]], ODT, "fact"),
    # ---------------------------------------------------------------- oui / non
    ("Je suis cheffe de service : est-ce que je peux venir au GAPP de mon équipe ?",
     [["ne participe pas au groupe de ses", "se tiennent sans la hiérarchie"]], MD, "yesno"),
    ("Is the staff listening line (Ligne Écoute Agents) open at weekends now?",
     [["répond 7 jours sur 7", "jours de 8 h à 22 h", "7 j/7 de 8 h à 22 h"]], "*", "crosslingual"),
    ("Est-ce que la psychologue du travail va aussi venir aux Tamaris ?",
     [["premier jeudi du mois"], ["À partir d'avril 2026"]], ODP, "yesno"),
    ("Le rapport 2025 compte-t-il les agents formés à la session de janvier 2026 ?",
     [["ne sont pas comptés ici"]], PDF, "yesno"),
    # ---------------------------------------------------------------- sans réponse
    ("Combien d'incidents avaient été signalés à Montvalès en 2021 ?", [], None, "unanswerable"),
    ("Combien d'agents la ville de Roquebrune-d'Aygues a-t-elle formés à l'accueil des personnes en souffrance "
     "psychique ?", [], None, "unanswerable"),
    ("Le CHSCT a-t-il rendu un avis sur la procédure après agression ?", [], None, "unanswerable"),
    ("Combien d'agents de Montvalès ont suivi la formation PSSM (premiers secours en santé mentale) en 2025 ?",
     [], None, "unanswerable"),
    ("Quel est le taux d'absentéisme des agents d'accueil de l'hôtel de ville ?", [], None, "unanswerable"),
    ("Combien d'appels la Ligne Écoute Agents a-t-elle reçus au premier trimestre 2026 ?", [], None,
     "unanswerable"),
    ("Le FNP de la CNRACL a-t-il cofinancé les groupes d'analyse des pratiques ?", [], None, "unanswerable"),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def srt_starts():
    with open(os.path.join(CORPUS, SRT + ".srt"), encoding="utf-8") as f:
        blocks = f.read().strip().split("\n\n")
    cues = []
    for b in blocks:
        lines = b.split("\n")
        h, m, rest = lines[1].split(" --> ")[0].split(":")
        s, ms = rest.split(",")
        cues.append((int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000, " ".join(lines[2:])))
    return cues


def at_for(alt, cues):
    a = norm(alt)
    for i, (s, t) in enumerate(cues):
        nxt = cues[i + 1][1] if i + 1 < len(cues) else ""
        if re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", norm(t + " " + nxt)):
            return round(s, 1)
    raise SystemExit("preuve introuvable dans le SRT : %r" % alt)


def build():
    assert len(Q) == 45, len(Q)
    cues = srt_starts()
    out = []
    for i, (question, ev, doc, kind) in enumerate(Q, 1):
        q = {"id": "n47-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
        if doc == SRT:
            q["at"] = at_for(ev[0][0], cues)
        out.append(q)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print("brouillon écrit :", DRAFT, len(out))
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié vers", FINAL)


if __name__ == "__main__":
    build()
