# -*- coding: utf-8 -*-
"""Écrit les 45 questions du lot newdocs45 (38 avec réponse, 7 sans réponse).

Par défaut le fichier est écrit en brouillon (scripts/questions.draft.jsonl) ; il n'est copié en
../questions.jsonl qu'avec l'option --final, une fois que « python check.py --questions questions.draft.jsonl »
passe.

Champs : id, question, evidence (liste de groupes ; chaque groupe = une à trois chaînes alternatives de 2 à 8 mots
copiées du document, dont une au moins doit être retrouvée), doc (nom du fichier sans suffixe, « * » si la réponse
est dans plusieurs documents, null si la question est sans réponse), kind, et « at » (secondes) pour les questions
sur la transcription .vtt : début du repère où commence la première preuve (calculé ici en relisant le .vtt).
"""
import json
import os
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")
DRAFT = os.path.join(HERE, "questions.draft.jsonl")
FINAL = os.path.join(os.path.dirname(HERE), "questions.jsonl")

CHARTE = "2024-11-28_habitat-loue-vesonde_charte-partenariat-logement-sante-mentale"
CR = "2025-03-20_clsm-vesonde_compte-rendu-cellule-veille-logement-mars-2025"
DECK = "2025-06-12_chez-soi-haute-loue_presentation-un-chez-soi-dabord"
WEB = "2025-09-23_quartiers-en-reseau-bfc_webinaire-logement-dabord-sante-mentale"
XLSX = "2026-01-30_clsm-vesonde_tableau-de-bord-logement-2021-2025"
FAQ = "2026-02-05_ville-vesonde_faq-cellule-veille-logement"
RAPPORT = "2026-03-18_clsm-vesonde_rapport-annuel-cellule-veille-2025"

Q = [
    # ---------------------------------------------------------------- chiffres (lieu, année, population)
    ("Au final, la cellule a vu combien de situations sur toute l'année 2025 ? Je veux le chiffre définitif.",
     [["92 situations examinées", "Total Vesonde 2025** 92"]], RAPPORT, "number"),
    ("Dans le tableau de bord de janvier 2026, combien de situations à Champ-Fleuri pour 2025 ?",
     [["2025 (provisoire) 36 21 34 91"]], XLSX, "number"),
    ("Les assignations pour impayés en 2024 : Vesonde, le département et la France, ça donne quoi ?",
     [["9,4 à Vesonde", "neuf virgule quatre assignations"], ["6,1 en Haute-Loue", "six virgule un dans le département"],
      ["6,8 en France", "six virgule huit en moyenne"]], "*", "comparison"),
    ("D'après le rapport annuel, la cellule c'est combien de situations pour 1 000 habitants à Champ-Fleuri en 2025 ?",
     [["7,0 à Champ-Fleuri"]], RAPPORT, "number"),
    ("Dans le bilan de la cellule, quelle part des personnes examinées en 2025 avait 60 ans ou plus ?",
     [["24 personnes, 26 %"]], RAPPORT, "number"),
    ("Combien d'expulsions ont quand même été exécutées en 2025, et combien en 2024 ?",
     [["9 à une expulsion exécutée", "9 expulsions exécutées"], ["11 expulsions"]], RAPPORT, "comparison"),
    ("Le contrat de ville, il apporte combien à la cellule en 2025 ?",
     [["neuf mille euros pour le fonctionnement", "7 500 € 15 000 €"],
      ["six mille euros pour les débarras", "enveloppe débarras-nettoyage de 6 000 €"]], "*", "number"),
    ("Le tableau de bord donne combien de psychiatres libéraux pour 100 000 habitants à Vesonde, en Haute-Loue, dans "
     "la région et en France ?",
     [["8,6 5,2 9,8 11,4"]], XLSX, "comparison"),
    ("Au webinaire de septembre, Un chez-soi d'abord suivait combien de personnes, et combien étaient logées ?",
     [["on accompagne 52 personnes"], ["dont 49 sont logées"]], WEB, "transcript"),
    ("Au 30 avril 2025, le programme Un chez-soi d'abord avait combien de places et de personnes logées ?",
     [["30 avril 2025 55 48 44"]], DECK, "number"),
    ("Selon la diapo lue pendant le webinaire, combien de situations d'incurie ou Diogène au 31 août 2025 ?",
     [["14 situations d'incurie"]], WEB, "transcript"),
    ("Côté bailleur, combien de gardiens étaient formés aux premiers secours en santé mentale fin août, et c'est "
     "quoi l'objectif ?",
     [["quatorze sont formés au 31 août"], ["vingt d'ici la fin de l'année"]], WEB, "transcript"),
    # ---------------------------------------------------------------- dates
    ("Après la séance du 20 mars, c'est quand la suivante ?", [["Jeudi 17 avril 2025"]], CR, "date"),
    ("Le premier comité de suivi de la charte, il était prévu quand ?", [["jeudi 10 avril 2025 à 14 h"]], CR,
     "date"),
    ("La charte avec le bailleur, signée quand et pour combien de temps ?",
     [["28 novembre 2024"], ["pour trois ans"]], CHARTE, "date"),
    ("Le COPIL Un chez-soi d'abord d'après juin 2025, il tombe quand ?", [["jeudi 9 octobre 2025"]], DECK, "date"),
    # ---------------------------------------------------------------- qui
    ("Pour une situation d'incurie, qui je contacte au service d'hygiène de la ville, et à quel numéro ?",
     [["Pauline Roussel"], ["03 99 00 41 60"]], XLSX, "who"),
    ("C'est qui les travailleurs pairs du programme Un chez-soi d'abord ?",
     [["Kévin Lambert"], ["Saïda Meziane"]], DECK, "who"),
    # ---------------------------------------------------------------- sigles
    ("CCAPEX, ça veut dire quoi déjà ?", [["commission de coordination des actions de prévention"]], RAPPORT,
     "acronym"),
    ("c'est quoi le SCHS", [["service communal d'hygiène et de santé"]], "*", "acronym"),
    # ---------------------------------------------------------------- définitions, comparaisons
    ("Syndrome de Diogène et syllogomanie, c'est la même chose ?",
     [["accumulation compulsive d'objets"], ["pas un diagnostic", "ne constitue pas en soi un diagnostic"]],
     "*", "comparison"),
    ("Logement d'abord et Un chez-soi d'abord, il y a une différence ?",
     [["politique publique nationale"], ["réservé aux personnes sans abri"]], DECK, "comparison"),
    ("c'est quoi un travailleur pair",
     [["ont eux-mêmes connu la rue", "ont elles-mêmes connu la rue"]], "*", "definition"),
    ("Visite à domicile de l'EMPP : quel délai en 2024, en 2025, et qu'est-ce que la charte impose ?",
     [["neuf jours en moyenne", "délai moyen de 9 jours"], ["onze jours l'an dernier", "(11 jours en 2024)"],
      ["dans les quinze jours"]], "*", "comparison"),
    # ---------------------------------------------------------------- comment faire, listes, oui / non
    ("Comment on fait entrer quelqu'un dans Un chez-soi d'abord ?",
     [["uniquement par le SIAO", "passent par le SIAO", "exclusivement par le SIAO"],
      ["certificat médical sous pli"]], "*", "howto"),
    ("Qu'est-ce que le bailleur s'est engagé à faire dans la charte ?",
     [["dès le deuxième mois d'impayé"], ["suspend pendant trois mois"], ["six logements au programme"],
      ["référent santé mentale"]], CHARTE, "list"),
    ("Le bailleur peut-il se servir de ce qu'il apprend en cellule pour aller au tribunal ?",
     [["à l'appui d'une procédure contentieuse", "Clause de non-utilisation"]], CHARTE, "yesno"),
    ("La suspension des poursuites, elle marche aussi pour les locataires de Val de Loue Logement ?",
     [["la suspension des poursuites ne s'applique pas", "pas encore engagés par cette charte"]], "*", "yesno"),
    ("On peut passer en cellule la situation de quelqu'un qui n'a pas été prévenu ?",
     [["n'avait pas été informée", "n'avait pas été prévenue"], ["urgence vitale"]], "*", "yesno"),
    ("La trêve hivernale, c'est quand, et est-ce que la procédure s'arrête pendant ce temps ?",
     [["du 1er novembre au 31 mars"], ["La procédure, elle, peut continuer"]], FAQ, "yesno"),
    ("Sur la page de la mairie, combien de situations annoncées pour 2025 ?",
     [["91 situations (chiffre provisoire)"]], FAQ, "number"),
    ("Une personne logée par Un chez-soi d'abord, elle paie combien de loyer ?",
     [["plafonnée à 30 % de ses ressources"]], DECK, "fact"),
    ("Dans le compte rendu de mars, combien d'examens au premier trimestre, et sur combien de situations ?",
     [["19 examens du premier trimestre"], ["17 situations distinctes"]], CR, "number"),
    ("Dans le webinaire, comment l'équipe a fini par entrer chez monsieur Georges ?",
     [["on entend un chat"], ["à la quatrième visite"]], WEB, "transcript"),
    # ---------------------------------------------------------------- en anglais
    ("How many places does the Housing First programme in Haute-Loue have, and when does the extension to 70 "
     "take effect?",
     [["compte 55 places"], ["effective au 1er septembre 2026"]], FAQ, "crosslingual"),
    ("In the September 2025 webinar, what was the average delay between referral and case review?",
     [["19 jours en moyenne"]], WEB, "crosslingual"),
    ("Can a diagnosis be written in the minutes of the housing watch group?",
     [["aucun diagnostic n'est inscrit", "aucun diagnostic n'y figure"]], "*", "crosslingual"),
    ("Who sent apologies for the March 2025 meeting of the housing cell?",
     [["Thierry Mougin (UDAF)"], ["Nicolas Faivre (SIAO)"]], CR, "crosslingual"),
    # ---------------------------------------------------------------- sans réponse
    ("Combien de situations la cellule a-t-elle examinées au premier semestre 2026 ?", [], None, "unanswerable"),
    ("Combien de situations la cellule de veille de Saint-Loup-sur-Loue a-t-elle vues en 2025 ?", [], None,
     "unanswerable"),
    ("Vesonde compte combien de places en ACT (appartements de coordination thérapeutique) ?", [], None,
     "unanswerable"),
    ("Quel est le salaire des travailleurs pairs d'Un chez-soi d'abord ?", [], None, "unanswerable"),
    ("Est-ce que le programme propose des baux glissants ?", [], None, "unanswerable"),
    ("Combien de logements vacants Habitat Loue-Vesonde a-t-il aux Grands Prés ?", [], None, "unanswerable"),
    ("Combien de jeunes de moins de 25 ans parmi les situations examinées en 2025 ?", [], None, "unanswerable"),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def vtt_cues():
    with open(os.path.join(CORPUS, WEB + ".vtt"), encoding="utf-8") as f:
        blocks = f.read().strip().split("\n\n")
    cues = []
    for b in blocks:
        lines = b.split("\n")
        if len(lines) >= 3 and "-->" in lines[1]:
            h, m, s = lines[1].split(" --> ")[0].split(":")
            cues.append((int(h) * 3600 + int(m) * 60 + float(s), re.sub(r"<[^>]+>", "", " ".join(lines[2:]))))
    return cues


def at_of(alt, cues):
    a = norm(alt)
    for i, (s, t) in enumerate(cues):
        joined = norm(t + " " + (cues[i + 1][1] if i + 1 < len(cues) else ""))
        if re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", joined):
            return round(s, 1)
    raise SystemExit("preuve introuvable dans le VTT : %r" % alt)


def main():
    cues = vtt_cues()
    out = []
    for i, (q, ev, doc, kind) in enumerate(Q, 1):
        rec = {"id": "n45-%02d" % i, "question": q, "evidence": ev, "doc": doc, "kind": kind}
        if doc == WEB:
            rec["at"] = at_of(ev[0][0], cues)
        out.append(rec)
    assert len(out) == 45, len(out)
    with open(DRAFT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("écrit :", DRAFT, len(out), "questions")
    if "--final" in sys.argv:
        shutil.copyfile(DRAFT, FINAL)
        print("copié :", FINAL)


if __name__ == "__main__":
    main()
