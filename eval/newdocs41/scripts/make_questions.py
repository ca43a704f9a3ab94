# -*- coding: utf-8 -*-
"""Écrit scripts/questions.draft.jsonl (n41-01 à n41-40) ; « at » calculé sur le .vtt (début du repère)."""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")
XLSX = "2026-02-02_ch-lauvigny_delais-attente-cmp-ij-2023-2025"
HTML = "2026-01-20_ch-lauvigny_cmp-infanto-juvenile"
PDF = "2026-01-22_clsm-lauvigny_pleniere-gt-enfance-jeunesse"
DOCX = "2026-03-12_mda-haute-selle_rapport-activite-2025"
VTT = "2025-11-20_ressources-territoires-nord_webinaire-sante-mentale-enfants-qpv"
TXT = "2026-02-05_clsm-lauvigny_releve-decisions-gt-enfance-jeunesse"

Q = [
 ("T'as le délai d'attente pour un premier rdv de soins au CMP des Tisserands en 2025 ?",
  [["Site des Tisserands 271 16 27"]], XLSX, "number"),
 ("Là, en janvier 2026, on attend combien de temps à Fressain avant que les soins commencent au CMP ?",
  [["15 semaines"]], HTML, "number"),
 ("Fin 2024, combien de gamins en liste d'attente au CMP-IJ tous sites confondus, et combien venant des QPV ?",
  [["Ensemble des sites 824 20 29 324 127"]], XLSX, "number"),
 ("Le délai pour l'entretien d'accueil au CMP, il s'est amélioré entre 2024 et 2025 ?",
  [["15 jours en moyenne en 2025", "Ensemble des sites 844 15"],
   ["contre 20 jours en 2024", "Ensemble des sites 824 20"]], "*", "comparison"),
 ("Fin 2025, quelle part des enfants en attente au CMP habitent en quartier prioritaire ?",
  [["100 d'entre eux habitent un QPV (39 %)", "Ensemble des sites 844 15 24 256 100"]], "*", "number"),
 ("Bilans PMI en maternelle : quel taux à la Briqueterie sur 2024-2025 ?",
  [["76 % à La Briqueterie"]], PDF, "number"),
 ("Qui bosse dans l'équipe Cap'Ados ?",
  [["Thomas Wauquier (éducateur spécialisé)"], ["Inès Boukhalfa (psychologue)"], ["Camille Lefebvre (infirmière)"]],
  DOCX, "who"),
 ("Qui pilote le groupe enfance-jeunesse du CLSM ?",
  [["Hélène Vasseur"], ["Karima Benali"]], "*", "who"),
 ("PsyEN EDO, ça veut dire quoi déjà ?",
  [["éducation, développement et conseil en orientation"]], VTT, "acronym"),
 ("Le PSFP dont parlait Manon au webinaire, c'est quoi le sigle ?",
  [["soutien aux familles et à la parentalité"]], VTT, "acronym"),
 ("Dans le tableau des délais du CMP, la liste d'attente au 31/12, ça compte quels enfants exactement ?",
  [["ayant eu leur entretien d'accueil"],
   ["pas encore leur premier rendez-vous de soins", "pas encore de rendez-vous de soins"]], "*", "definition"),
 ("Les ateliers En attendant au site Centre, ça commence quand ?",
  [["le mercredi 1er avril 2026"]], TXT, "date"),
 ("C'est quand la prochaine réunion du GT enfance-jeunesse ?",
  [["mardi 21 avril 2026 à 14 h"]], TXT, "date"),
 ("L'infirmière de Louise-Michel passe à temps plein seulement à la rentrée de septembre, c'est ça ?",
  [["dès le lundi 2 mars 2026"], ["et non à la rentrée de septembre"]], TXT, "yesno"),
 ("Au final l'ARS nous donne combien de FIR pour 2026 ?",
  [["subvention FIR de 28 000 €"]], TXT, "number"),
 ("Mon soutien psy : combien de psys prennent des enfants à Lauvigny ? J'ai entendu deux chiffres différents.",
  [["dont trois seulement qui reçoivent des enfants"], ["dont 4 reçoivent des enfants"]], "*", "comparison"),
 ("C'est quoi les cinq actions du plan 2026-2028 ?",
  [["Accueillir plus vite"], ["Ne pas laisser attendre seul"], ["Aller vers — Cap'Ados au lycée"],
   ["Soutenir les parents"], ["Former et outiller"]], PDF, "list"),
 ("Une maman veut un rdv au CMP pour son fils, elle fait comment ? Il lui faut une ordonnance ?",
  [["Aucune ordonnance n'est nécessaire"], ["téléphone au secrétariat du site le plus proche"]], HTML, "howto"),
 ("Je suis infirmière scolaire : je peux prendre moi-même le rendez-vous CMP pour un élève ?",
  [["c'est le parent qui doit appeler"], ["l'appel accompagné"]], VTT, "howto"),
 ("Le CMP-IJ prend les jeunes jusqu'à quel âge ?",
  [["de la naissance à 16 ans révolus", "de 0 à 16 ans"], ["jusqu'à 18 ans"]], "*", "fact"),
 ("Délai avant premier accueil à la MDA : ça donnait quoi en 2024 et en 2025 ?",
  [["11 jours 13 jours 8 jours"]], DOCX, "number"),
 ("Combien le Département a mis dans le budget 2025 de la MDA, et ça représente quelle part ?",
  [["151 000 €"], ["26,8 %"]], DOCX, "number"),
 ("Combien de jeunes la MDA a orientés vers le CMP-IJ en 2025 ?",
  [["112 vers le centre médico-psychologique", "112 jeunes orientés par la MDA"]], "*", "number"),
 ("Au webinaire de novembre, elle disait combien d'attente aux Tisserands, la pédopsy ?",
  [["autour de six mois au site des Tisserands"]], VTT, "transcript"),
 ("D'après le Dr Vasseur, pourquoi l'attente est plus longue aux Tisserands ?",
  [["situations plus lourdes"], ["deux postes de psychologue vacants"]], VTT, "transcript"),
 ("Cap'Ados, ils vont aussi dans les écoles primaires ?",
  [["on démarre à la sixième"], ["à partir de onze ans"]], VTT, "yesno"),
 ("Dans le rapport d'activité 2025 de la MDA, qu'est-ce qui est prévu pour l'antenne de Fressain ?",
  [["un troisième jour, le mercredi"]], DOCX, "document"),
 ("Dans le diapo de la plénière du 22 janvier, combien on demande en tout sur les trois ans ?",
  [["Total sollicité sur 2026-2028 : 171 000 €"]], PDF, "document"),
 ("Sur la page web du CMP, c'est quoi le numéro du secrétariat des Tisserands ?",
  [["03 99 00 41 35"]], HTML, "document"),
 ("Pourquoi les chiffres 2024 des Tisserands sont bizarres dans le classeur des délais ? Il y a eu une fermeture ?",
  [["a fermé du 1er juillet au 23 août"]], XLSX, "fact"),
 ("What was the average wait for a first treatment appointment at the Tisserands CMP site in 2024?",
  [["Site des Tisserands 259 24 34"]], XLSX, "crosslingual"),
 ("How many young people did the Maison des adolescents see in 2025, and how many lived in priority areas?",
  [["806 jeunes accueillis en 2025"], ["dont 274 habitant un quartier prioritaire"]], DOCX, "crosslingual"),
 ("Who pays for the Cap'Ados outreach team?",
  [["financé par l'Agence régionale de santé", "65 000 € pour Cap'Ados"],
   ["par le contrat de ville", "Contrat de ville (Cap'Ados)"]], "*", "crosslingual"),
 ("When and where does the second PSFP parenting group start?",
  [["démarrage le mardi 10 mars 2026"], ["centre social Arc-en-Ciel (La Briqueterie)"]], TXT, "crosslingual"),
 ("C'était combien, l'attente au CMP des Tisserands en 2021 ?", [], None, "unanswerable"),
 ("Et sur le site de la Briqueterie du CMP, on attend combien ?", [], None, "unanswerable"),
 ("Combien d'enfants sont suivis au CATTP de Lauvigny ?", [], None, "unanswerable"),
 ("Le PAEJ de Lauvigny, il ouvre à quelles heures ?", [], None, "unanswerable"),
 ("Quel salaire pour un éducateur de Cap'Ados ?", [], None, "unanswerable"),
 ("Combien de temps pour avoir un orthophoniste à Lauvigny pour un enfant ?", [], None, "unanswerable"),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def vtt_cues():
    raw = open(os.path.join(CORPUS, VTT + ".vtt"), encoding="utf-8").read()
    cues = []
    for b in raw.strip().split("\n\n")[1:]:
        _, tline, text = b.split("\n")
        h, m, s = tline.split(" --> ")[0].split(":")
        cues.append((int(h) * 3600 + int(m) * 60 + float(s), re.sub(r"</?v[^>]*>", "", text)))
    return cues


cues = vtt_cues()
out = []
for i, (q, ev, doc, kind) in enumerate(Q, 1):
    d = {"id": "n41-%02d" % i, "question": q, "evidence": ev, "doc": doc, "kind": kind}
    if doc == VTT:
        a = norm(ev[0][0])
        own = [s for s, t in cues if a in norm(t)]
        hits = own or [s for j, (s, t) in enumerate(cues)
                if a in norm(t + " " + (cues[j + 1][1] if j + 1 < len(cues) else ""))]
        d["at"] = round(hits[0], 1)
    out.append(d)
with open(os.path.join(HERE, "questions.draft.jsonl"), "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "questions écrites")
