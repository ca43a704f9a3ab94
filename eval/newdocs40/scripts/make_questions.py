# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs40 (38 avec réponse dont 4 en anglais, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = 1 à 3 chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit figurer dans la réponse), doc (nom du fichier sans suffixe, « * » si
la réponse est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour
les questions sur la transcription .srt : début du premier repère où commence la première preuve (calculé ici
en relisant le fichier .srt).
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

CONV = "2025-01-20_ville-quillebourg_convention-culture-sante-mentale"
SISM = "2025-09-15_clsm-quillebourg_programme-sism-2025"
RADIO = "2025-10-08_radio-bocage_place-publique-culture-soin"
VILLE = "2025-12-02_ville-quillebourg_culture-et-sante-mentale"
EVAL = "2026-01-26_chs-bocage_evaluation-ateliers-2025"
MUSEE = "2026-02-03_musee-lenormand_prescription-museale"
LETTRE = "2026-03-10_clsm-quillebourg_lettre-culture-sante-mentale-n4"

Q = [
    # ---------------------------------------------------------------- chiffres (lieu, année, population)
    ("On avait prévu combien sur l'appel Culture et santé pour 2025, et on a eu combien au final ?",
     [["en dessous des 22 000 € demandés"], ["10 500 € 19 500 €", "est de 19 500 €"]], "*", "comparison"),
    ("L'appel Culture et santé 2025, ça a fait combien de lauréats en Normandie et combien dans notre département ?",
     [["retenu 43 projets en Normandie"], ["six de ces projets"]], LETTRE, "number"),
    ("taux de pauvreté au Val-Fleuri vs la ville vs le département ?",
     [["Val-Fleuri 4 830 46 %"], ["Quillebourg 48 600 17 %"], ["Seine-Bocage 436 000 13 %"]], VILLE, "comparison"),
    ("Au copil de septembre 2025, on en était à combien de choristes dans Val'Voix, et combien du quartier ?",
     [["31 choristes sont inscrits"], ["dont 12 habitants du Val-Fleuri"]], SISM, "number"),
    ("D'après la lettre n° 4 de mars 2026, Val'Voix compte combien de choristes maintenant ?",
     [["38 choristes, dont 15 habitants"]], LETTRE, "number"),
    ("Dans l'export d'évaluation 2025, le score WEMWBS moyen tous ateliers confondus, il passe de combien à combien ?",
     [["73 38,8 45,1 6,3"]], EVAL, "number"),
    ("Au total, combien de personnes (pas d'inscriptions) sont venues dans les ateliers en 2025 ?",
     [["61 personnes différentes"]], "*", "number"),
    ("Dans le tableau d'évaluation 2025, combien de participants aux ateliers habitent le QPV ?",
     [["dont 23 habitants du QPV Val-Fleuri"]], EVAL, "number"),
    ("Fin janvier 2026, la prescription muséale en est à combien d'ordonnances, et combien de médecins prescrivent ?",
     [["187 ordonnances muséales ont été délivrées"], ["31 médecins prescripteurs"]], MUSEE, "number"),
    ("Combien d'ordonnances muséales délivrées sur l'année 2025 ?",
     [["168 ordonnances muséales"]], LETTRE, "number"),
    ("Selon l'émission de Radio Bocage, on en était à combien d'ordonnances muséales depuis le lancement ?",
     [["une centaine d'ordonnances"]], RADIO, "transcript"),
    # ---------------------------------------------------------------- dates
    ("C'est quand la première de Ce qui tient debout à l'Arsenal ?",
     [["Sam. 14 mars 2026, 20 h 30", "les 14 et 15 mars"]], LETTRE, "date"),
    ("La prescription muséale a démarré quel jour exactement ?",
     [["le 3 mars 2025"]], "*", "date"),
    ("Les SISM 2025 à Quillebourg, c'était de quand à quand ?",
     [["Du 6 au 19 octobre 2025"]], SISM, "date"),
    ("La convention culture et santé mentale court jusqu'à quand ?",
     [["s'achève le 31 décembre 2027"]], CONV, "date"),
    ("Un artiste a jusqu'à quand pour candidater à la résidence Culture et santé 2026 ?",
     [["avant le 31 janvier 2026", "jusqu'au 31 janvier 2026"]], VILLE, "date"),
    # ---------------------------------------------------------------- qui
    ("Qui a signé la convention pour l'hôpital ?",
     [["Anne-Sophie Berthelot"]], CONV, "who"),
    ("Au musée, c'est qui le contact pour réserver une Pause regard, et à quel numéro ?",
     [["Aurore Delaunay, médiatrice culturelle"], ["03 99 00 27 45"]], MUSEE, "who"),
    # ---------------------------------------------------------------- sigles et définitions
    ("GEM, ça veut dire quoi déjà ?",
     [["groupe d'entraide mutuelle"]], "*", "acronym"),
    ("WEMWBS, c'est quoi comme échelle et ça va de combien à combien ?",
     [["Warwick-Edinburgh Mental Well-being Scale", "bien-être mental de Warwick-Edinburgh"],
      ["de 14 à 70"]], "*", "acronym"),
    ("C'est quoi au juste une visite « Pause regard » ?",
     [["une ou deux œuvres seulement"], ["pendant 45 minutes"], ["huit personnes au plus"]], MUSEE, "definition"),
    ("Pour le Dr Quesnel, dans la lettre de mars, c'est quoi le rétablissement ?",
     [["pas la disparition de tous les symptômes"], ["mener une vie qui a du sens"]], LETTRE, "definition"),
    # ---------------------------------------------------------------- comparaisons
    ("Dans le tableau d'évaluation 2025, quel atelier a la meilleure assiduité ?",
     [["Bastien Hamel 20 20 9 7,4 82,2"]], EVAL, "comparison"),
    ("À la radio, quelle différence Thomas Leroux fait entre son atelier et de l'art-thérapie ?",
     [["Un art-thérapeute est formé pour ça"], ["je n'interprète rien du tout"]], RADIO, "transcript"),
    # ---------------------------------------------------------------- listes
    ("Qui sont les signataires de la convention 2025-2027 ?",
     [["La Ville de Quillebourg"], ["centre hospitalier spécialisé du Bocage"], ["L'association GEM Le Phare"],
      ["La Compagnie L'Estran"], ["CPTS) du Bocage quillebourgeois"]], CONV, "list"),
    ("Dans le podcast radio, Nadia cite quoi comme choses qui « tiennent debout » ?",
     [["un chien, un jardin, une amie"], ["le café du GEM"]], RADIO, "list"),
    # ---------------------------------------------------------------- mode d'emploi
    ("Comment on s'inscrit au chœur Val'Voix ?",
     [["présentez-vous un mardi à 18 h 15"], ["03 99 00 33 70"]], VILLE, "howto"),
    ("Un patient a reçu une ordonnance muséale, il fait quoi concrètement ?",
     [["dans les trois mois qui suivent"], ["avec une pièce d'identité"], ["cinq entrées gratuites"]], MUSEE,
     "howto"),
    # ---------------------------------------------------------------- oui / non
    ("Un habitant du quartier peut-il s'inscrire à l'atelier peinture de l'hôpital de jour ?",
     [["réservés aux patients de l'hôpital de jour"]], VILLE, "yesno"),
    ("Est-ce qu'on peut dire dans un communiqué que des choristes sont des patients du CHS ?",
     [["jamais mentionné dans la communication"]], CONV, "yesno"),
    # ---------------------------------------------------------------- faits logés dans des notes ou une diapositive masquée
    ("Pour la lecture du GEM à l'Arsenal pendant les SISM, il y avait combien de places ?",
     [["jauge de la lecture est limitée à 180"], ["compte 220 places"]], SISM, "fact"),
    ("Dans le diaporama du copil SISM, combien coûte le programme d'après le budget détaillé, et combien était prévu ?",
     [["Total estimé 4 860 €"], ["prévue dans la convention : 4 500 €"]], SISM, "document"),
    ("Dans l'export d'évaluation, pourquoi l'atelier écriture n'a fait que 19 séances ?",
     [["Inès Marchetti 20 19"], ["une séance annulée le 12 juin 2025"]], EVAL, "document"),
    ("Dans l'émission du 8 octobre, c'est quel jour et à quelle heure l'atelier de Thomas ?",
     [["C'est le jeudi matin"], ["de 9 h 30 à 11 h 30"]], RADIO, "transcript"),
    # ---------------------------------------------------------------- en anglais
    ("How much did the DRAC and ARS Culture et santé call grant Quillebourg for 2026, and how much had been requested?",
     [["12 500 € 22 500 €"], ["pour 24 000 € demandés"]], LETTRE, "crosslingual"),
    ("What are the museum's opening hours on weekdays in summer?",
     [["Haute saison (1er avril – 30 septembre)"], ["10 h – 18 h"]], MUSEE, "crosslingual"),
    ("In the radio show, when and where does the Val'Voix choir rehearse?",
     [["on répète le mardi de 18 h 30"], ["à 20 h au Trait d'Union"]], RADIO, "crosslingual"),
    ("How many people actually used a museum prescription in 2025, and how many visits did that make?",
     [["112 bénéficiaires et 341 visites", "112 personnes ont utilisé leur pass"],
      ["341 visites en 2025", "pour 341 visites"]], "*", "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("Combien la DRAC avait-elle donné au projet en 2022 ?", [], None, "unanswerable"),
    ("Combien d'ordonnances muséales ont été prescrites à Bréauté-sur-Risle ?", [], None, "unanswerable"),
    ("Les choristes de Val'Voix ont-ils suivi la formation PSSM (premiers secours en santé mentale) ?", [], None,
     "unanswerable"),
    ("Quel est le score HADS moyen des participants aux ateliers ?", [], None, "unanswerable"),
    ("Combien sont payés les comédiens du GEM pour jouer Ce qui tient debout ?", [], None, "unanswerable"),
    ("Combien de spectateurs avait fait le programme des SISM 2024 à Quillebourg ?", [], None, "unanswerable"),
    ("Combien le conseil régional de Normandie verse-t-il au chœur Val'Voix ?", [], None, "unanswerable"),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def srt_cues():
    path = os.path.join(CORPUS, RADIO + ".srt")
    with open(path, encoding="utf-8") as f:
        blocks = f.read().replace("\r\n", "\n").strip().split("\n\n")
    cues = []
    for b in blocks:
        lines = b.split("\n")
        h, m, s = lines[1].split(" --> ")[0].replace(",", ".").split(":")
        cues.append((int(h) * 3600 + int(m) * 60 + float(s), " ".join(lines[2:])))
    return cues


def at_for(alt, cues):
    a = norm(alt)

    def hit(i):
        nxt = cues[i + 1][1] if i + 1 < len(cues) else ""
        return re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", norm(cues[i][1] + " " + nxt))
    for i in range(len(cues)):
        if hit(i):
            # si la preuve tient entière dans le repère suivant, c'est lui qui la commence
            if i + 1 < len(cues) and hit(i + 1):
                i += 1
            return round(cues[i][0], 1)
    raise SystemExit("preuve introuvable dans le .srt : %r" % alt)


def main():
    assert len(Q) == 45, len(Q)
    cues = srt_cues()
    out = []
    for i, (question, ev, doc, kind) in enumerate(Q, 1):
        q = {"id": "n40-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
        if doc == RADIO:
            q["at"] = at_for(ev[0][0], cues)
        out.append(q)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print("écrit :", DRAFT, len(out), "questions")
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié vers :", FINAL)


if __name__ == "__main__":
    main()
