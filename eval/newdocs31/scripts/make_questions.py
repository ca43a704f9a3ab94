# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions n31-01 à n31-45). Pour les questions portant sur la transcription WebVTT,
« at » = début (en secondes) du repère qui contient la première alternative du premier groupe de preuves ; il est
calculé ici à partir du fichier .vtt et revérifié par check.py."""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

ODS = "2026-01-20_msa-orsane-cevenne_tableau-de-bord-mal-etre-agricole-2023-2025"
PPTX = "2025-11-13_clsm-monts-de-lauziere_pleniere-sante-mentale-agricole"
VTT = "2025-10-09_msa-orsane-cevenne_webinaire-sentinelles"
PDF = "2026-03-05_msa-orsane-cevenne_rapport-activite-cellule-prevention-2025"
HTML = "2026-02-18_echo-de-la-lauziere_paysans-debout-moureze"
DOCX = "2025-06-24_clsm-monts-de-lauziere_compte-rendu-groupe-agricole"
TXT = "2026-04-02_radio-val-dorsane_journal-des-champs-dr-delpeuch"
ANY = "*"

Q = [
    ("Selon le tableau de bord de la MSA, combien de signalements la cellule a-t-elle reçus pour le canton de "
     "Mourèze-les-Bois en 2024, puis en 2025 ?",
     [["Mourèze-les-Bois 12 19 33"]], ODS, "number"),
    ("Combien de signalements la cellule de prévention de la MSA a-t-elle reçus sur toute l'année 2025, et "
     "combien l'année précédente ?",
     [["163 signalements", "88 118 163"], ["contre 118 en 2024", "88 118 163", "118 signalements sur toute l'année"]],
     ANY, "number"),
    ("Dans le diaporama de la plénière du CLSM du 13 novembre 2025, combien de signalements la cellule avait-elle "
     "reçus au 31 octobre ?",
     [["137 signalements reçus"]], PPTX, "document"),
    ("Dans le webinaire sentinelles de la MSA, comment la psychologue résume-t-elle le rôle d'une sentinelle ?",
     [["repérer, dialoguer, orienter"], ["pas d'être psy", "vous ne posez pas de diagnostic"]], VTT, "definition"),
    ("tableau de bord MSA : combien de journées de répit financées dans le canton de Mourèze-les-Bois en 2024 et en "
     "2025, et de combien ça a augmenté ?",
     [["Mourèze-les-Bois 221 352"], ["+59 %"]], ODS, "number"),
    ("Où et quand se réunit le groupe Paysans Debout de Mourèze-les-Bois ?",
     [["troisième jeudi du mois"], ["salle de l'ancienne coopérative"], ["20 h 30"]], HTML, "fact"),
    ("Lors de la réunion du 24 juin 2025, qui a été désigné pilote pour recruter la psychologue de la permanence "
     "MSP, et avec quelle échéance ?",
     [["Dr Simon Delpeuch", "Simon Delpeuch"], ["2 octobre 2025"]], DOCX, "who"),
    ("Quelle part des patients de la maison de santé de Chanteloube vient du monde agricole ?",
     [["environ 18 %", "18 % de gens"]], TXT, "paraphrase"),
    ("CPPMA, ça veut dire quoi ?",
     [["cellule pluridisciplinaire de prévention du mal-être agricole"]], ANY, "acronym"),
    ("faut il forcement l'acord de l'agriculteur pour faire un signalment a la cellule ?",
     [["toujours avec son accord"], ["vous appelez le 15"]], VTT, "yesno"),
    ("Quand et où a eu lieu la dernière session de formation des sentinelles de 2025, et pour quel public ?",
     [["4 décembre 2025"], ["ferme-auberge du Pradel"], ["Élus et secrétaires de mairie"]], PDF, "date"),
    ("Combien coûte l'équipe mobile de psychiatrie rurale par an, et qui la finance ?",
     [["412 000 € par an"], ["financés par l'ARS"]], PPTX, "number"),
    ("Quel budget a été voté pour le forum Tenir debout, et qui paie quoi ?",
     [["4 800 €"], ["CLSM 2 800 €"], ["MSA 2 000 €"]], DOCX, "number"),
    ("Le délai avant la première visite de l'équipe mobile s'est-il amélioré entre 2024 et 2025 ?",
     [["9 jours en 2024"], ["5 jours en 2025", "cinq jours en moyenne"]], ANY, "comparison"),
    ("Dans le webinaire, quels signes doivent alerter un vétérinaire d'après le Dr Rigal ?",
     [["les animaux le disent avant lui"],
      ["la mortalité qui monte", "vaches pas traites à l'heure", "la litière qui n'est plus faite"]], VTT,
     "transcript"),
    ("Pourquoi le canton du Val d'Arbonne n'a formé que 6 sentinelles en 2025 ?",
     [["formation de novembre 2025 reportée", "reportée au 5 février 2026"]], ODS, "fact"),
    ("Quelles sont les étapes du parcours d'accompagnement présenté à la plénière du CLSM ?",
     [["signalement à la cellule MSA"], ["contact sous 48 h"], ["plan d'accompagnement"]], PPTX, "list"),
    ("Qui anime les séances du groupe de parole de Mourèze, et combien coûte son intervention ?",
     [["Marion Astruc"], ["3 600 € par an"]], HTML, "who"),
    ("Comment un médecin généraliste fait-il intervenir l'équipe mobile de psychiatrie rurale ?",
     [["ligne directe réservée aux médecins"], ["04 99 00 66 15"]], TXT, "howto"),
    ("En 2026, combien de jours d'aide au répit un exploitant peut-il obtenir par an ?",
     [["jusqu'à 12 jours par an", "12 jours par an"]], ANY, "number"),
    ("Si je signale un agriculteur à la cellule, est-ce qu'on me dira ce qui lui arrive ensuite ?",
     [["pas du détail"], ["la personne a été contactée"]], VTT, "yesno"),
    ("Qu'est-ce que la cellule compte exactement comme un « signalement » dans son rapport d'activité ?",
     [["toute situation nouvelle transmise à la cellule"], ["n'est compté qu'une fois"]], PDF, "definition"),
    ("Dans l'article de L'Écho de la Lauzière du 18 février 2026, combien de brebis élève Jean-Marc Roussilhe, et "
     "où ?",
     [["320 brebis laitières"], ["à Laubarède"]], HTML, "document"),
    ("Quelles décisions le groupe de travail agricole du CLSM a-t-il prises en juin 2025 ?",
     [["second groupe Paysans Debout"], ["forum « Tenir debout »"], ["de 10 à 12 jours"],
      ["permanence de psychologue"]], DOCX, "list"),
    ("La psychologue de la MSP consulte-t-elle aussi à Mourèze-les-Bois ? Quel jour et où ?",
     [["le mardi matin"], ["maison France services"]], TXT, "fact"),
    ("Combien de dossiers Cap Rebond ont été ouverts en 2025, et combien d'échéanciers de cotisations la MSA "
     "a-t-elle accordés ?",
     [["47 dossiers Cap Rebond"], ["212 échéanciers de paiement"]], PDF, "number"),
    ("D'après le tableau de bord, combien la MSA a-t-elle versé au total au titre de l'aide au répit en 2025 ?",
     [["282 072"]], ODS, "number"),
    ("Au webinaire, quels signaux d'alerte la conseillère de la Banque Rurale d'Orsane repère-t-elle chez ses "
     "clients ?",
     [["des prélèvements rejetés", "prélèvements rejetés"], ["ne répond plus aux courriers"]], VTT, "transcript"),
    ("mon voisin éleveur sort plus de chez lui depuis l'hiver, je fais quoi ?",
     [["Allez le voir"], ["04 99 00 31 31", "Terre d'Écoute"]], TXT, "howto"),
    ("Et le groupe Paysans Debout de Saint-Privat, il se réuni quand et où ?",
     [["premier mardi du mois"], ["ferme-auberge du Pradel"]], HTML, "fact"),
    ("Sur les signalements comptés fin octobre 2025, combien concernaient des exploitants de la CC des Monts de "
     "Lauzière ?",
     [["58 concernent des exploitants"]], PPTX, "number"),
    ("Après la réunion de juin 2025, c'était quand et où la réunion suivante du groupe de travail ?",
     [["mardi 30 septembre 2025"], ["MSP du Haut-Lauzière"]], DOCX, "date"),
    ("Combien de médecins reste-t-il dans le canton de Mourèze-les-Bois d'après le Dr Delpeuch, et pourquoi ?",
     [["plus qu'un seul médecin"], ["départ à la retraite du docteur Pagès"]], TXT, "fact"),
    ("Au webinaire d'octobre 2025, c'est quand la journée de retour d'expérience pour les sentinelles, et où ?",
     [["mardi 27 janvier"], ["à Vérignac"]], VTT, "date"),
    ("How many sentinels have been trained in Haute-Orsane since 2023, and how many of them in 2025?",
     [["231 sentinelles"], ["89 en 2025", "64 78 89"]], ANY, "crosslingual"),
    ("What does a farmer pay per day when using the MSA respite replacement scheme?",
     [["15 € par jour", "15 euros par jour"]], ANY, "crosslingual"),
    ("When and where was the Tenir debout forum held, and how many visitors came?",
     [["vendredi 21 novembre 2025"], ["halle de Chanteloube"], ["240 visiteurs"]], ANY, "crosslingual"),
    ("How many farmers did the rural mobile psychiatry team follow in 2025, and how many home visits did it make?",
     [["74 agriculteurs"], ["236 visites à domicile"]], PDF, "crosslingual"),
    ("Combien de signalements la cellule MSA avait-elle reçus en 2022 ?", [], None, "unanswerable"),
    ("Que signifie le sigle CUMA dans le rapport de la cellule ?", [], None, "unanswerable"),
    ("Combien de sentinelles ont été formées dans le canton de Lorvanne en 2025 ?", [], None, "unanswerable"),
    ("Quelles aides propose le programme « Agri-Soutien Plus » de la MSA Orsane-Cévenne ?", [], None,
     "unanswerable"),
    ("Combien de jours d'aide au répit seront accordés aux exploitants en 2027 ?", [], None, "unanswerable"),
    ("La formation PSSM proposée aux élus des Monts de Lauzière dure combien d'heures ?", [], None, "unanswerable"),
    ("c'est quoi le salaire d'un agent du service de remplacement ?", [], None, "unanswerable"),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def vtt_cues():
    with open(os.path.join(CORPUS, VTT + ".vtt"), encoding="utf-8") as f:
        blocks = f.read().split("\n\n")[1:]
    cues = []
    for b in blocks:
        lines = b.strip().split("\n")
        h, m, s = lines[1].split(" --> ")[0].split(":")
        text = " ".join(lines[2:]).split(": ", 1)[1]
        cues.append((int(h) * 3600 + int(m) * 60 + float(s), text))
    return cues


def at_for(alt):
    a = " " + norm(alt) + " "
    cues = vtt_cues()
    for i, (st, t) in enumerate(cues):
        if a in " " + norm(t) + " ":
            return round(st, 1)
    for i, (st, t) in enumerate(cues[:-1]):
        if a in " " + norm(t + " " + cues[i + 1][1]) + " ":
            return round(st, 1)
    raise SystemExit("introuvable dans le VTT : %r" % alt)


assert len(Q) == 45
with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, (q, ev, doc, kind) in enumerate(Q, 1):
        rec = {"id": "n31-%02d" % i, "question": q, "evidence": ev, "doc": doc, "kind": kind}
        if doc == VTT:
            rec["at"] = at_for(ev[0][0])
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("écrit questions.jsonl")
