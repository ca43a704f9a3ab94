# -*- coding: utf-8 -*-
"""Écrit le brouillon scripts/questions.draft.jsonl (lot newdocs43)."""
import json, os
P = "2024-06-27_cd-val-de-sevrine_protocole-sante-mentale-enfants-confies"
S = "2025-10-09_chs-la-sevrine_bilan-premiere-annee-emap"
V = "2025-11-20_clsm-montclavel_webinaire-assistants-familiaux"
H = "2025-12-03_cd-val-de-sevrine_sante-mentale-enfants-confies"
M = "2026-01-15_clsm-montclavel_releve-decisions-gt-enfance-protegee"
N = "2026-02-16_vqr-nouvelle-aquitaine_lettre-quartiers-sante-n14"
A = "*"
Q = [
 ("En 2024, c'est quoi la part des gamins placés suivis en CMP chez nous, en Nouvelle-Aquitaine et en France ?",
  [["Val-de-Sévrine 31 %"], ["Nouvelle-Aquitaine 26 %"], ["France 23 %"]], N, "number"),
 ("On avait combien d'enfants confiés dans le département fin 2023, au moment du protocole ?",
  [["1 248 enfants et jeunes majeurs"]], P, "number"),
 ("Pour 2025, quel pourcentage des enfants confiés de Montclavel est suivi en CMP, et aux Hauts-de-Borie ?",
  [["162 (39 %)", "39 % à Montclavel"], ["61 (45 %)", "45 % aux Hauts-de-Borie"]], A, "number"),
 ("Le délai du premier rdv CMP pour un enfant placé, il est passé de combien à combien avec l'équipe mobile ?",
  [["27 semaines 9 semaines", "de 27 semaines à 9 semaines"]], A, "comparison"),
 ("Sur l'année 2025, délai moyen CMP enfant confié vs tout public ?",
  [["8,5 semaines"], ["24 semaines"]], M, "comparison"),
 ("La nouvelle ligne d'appui des assistants familiaux, elle a eu combien d'appels au démarrage ?",
  [["23 appels reçus"], ["huit premiers jours"]], M, "number"),
 ("Combien d'enfants confiés au total dans le Val-de-Sévrine au 31 décembre 2025 ?",
  [["1 364 enfants confiés", "418 137 1 364"]], A, "number"),
 ("En 2024, l'ARS et le Département ont mis combien pour l'EMAP, vu qu'elle a démarré en septembre ?",
  [["144 000 € pour l'ARS"], ["60 000 € pour le Département"]], P, "number"),
 ("Le budget 2026 de l'équipe mobile, c'est combien et qui paie quoi ?",
  [["693 000 €"], ["498 000 €"], ["195 000 €"]], A, "number"),
 ("Pourquoi l'EMAP n'a pas consommé tout son budget la première année, et il reste combien ?",
  [["vacance du poste de pédopsychiatre"], ["37 200 €"]], S, "paraphrase"),
 ("Est-ce que les fins de placement en urgence ont baissé depuis l'arrivée de l'équipe mobile ?",
  [["passées de 23 à 9"]], S, "yesno"),
 ("Combien d'enfants l'EMAP a suivis sur sa première année, et sur l'année civile 2025 ?",
  [["193 enfants et jeunes", "193 enfants"], ["211 enfants", "84 33 211"]], A, "number"),
 ("Dans le bilan de la première année, combien d'enfants de Montclavel suivis par l'EMAP, dont combien du QPV ?",
  [["Montclavel : 78 enfants suivis"], ["dont 29 issus du quartier prioritaire"]], S, "number"),
 ("MECS, ça veut dire quoi déjà ?",
  [["maison d'enfants à caractère social"]], A, "acronym"),
 ("Un enfant suivi en mesure éducative mais qui vit chez ses parents, il rentre dans le dispositif ?",
  [["hors mesures éducatives exercées au domicile", "ne sont pas des enfants confiés",
    "l'équipe mobile n'intervient pas"]], A, "definition"),
 ("C'est quoi exactement un jeune en « double mesure » ?",
  [["par l'ASE et par la PJJ", "double mesure (ASE et protection judiciaire", "double mesure, ASE et PJJ"]],
  A, "definition"),
 ("Le référent santé mentale du CMP, c'est pas la même chose que le référent ASE ?",
  [["ne doit pas être confondu"], ["travailleur social qui suit sa situation"]], P, "comparison"),
 ("Quels indicateurs le comité de pilotage du protocole regarde ?",
  [["délai de premier rendez-vous en CMP", "délai du premier rendez-vous en CMP"], ["passages aux urgences"],
   ["fins de placement en urgence"], ["nombre d'assistants familiaux formés"]], A, "list"),
 ("Au webinaire du 20 novembre, on apprend quoi dans la formation de trois jours, jour par jour ?",
  [["le traumatisme et l'attachement"], ["c'est les crises"], ["travailler avec le soin"]], V, "list", 398.8),
 ("Dans le webinaire, d'après le pédopsy, comment savoir si une crise d'ado doit inquiéter ?",
  [["La durée : quand ça dure"], ["Le retentissement"], ["ne ressemble plus à lui-même"]], V, "transcript", 685.2),
 ("Au webinaire de novembre, le Dr Lazaar parlait de quel délai CMP pour un enfant placé, et pour les autres ?",
  [["à peu près à huit semaines"], ["autour de six mois"]], V, "transcript", 228.8),
 ("L'assistante familiale qui témoignait au webinaire, elle fait ça depuis combien de temps, et c'est qui ?",
  [["Depuis seize ans"], ["Martine Escoubès"]], V, "who", 258.6),
 ("Un assistant familial a un gamin en crise un samedi soir, il appelle qui ?",
  [["Appelez le 15", "c'est le quinze, le SAMU", "en cas d'urgence : le 15"],
   ["03 99 00 30 99", "l'astreinte de l'ASE"]], A, "howto"),
 ("Comment inscrire un assistant familial aux sessions de formation de 2026, et avant quelle date ?",
  [["Espace assistants familiaux de l'extranet"], ["vendredi 16 janvier 2026"]], H, "howto"),
 ("Le GT du CLSM va monter sa propre cellule pour étudier les cas complexes ?",
  [["ne crée pas de cellule"], ["commission départementale des situations complexes"]], M, "yesno"),
 ("L'antenne de Castelvieil, elle ouvre quand, avec combien de postes, et l'ARS ajoute combien ?",
  [["1er avril 2026"], ["1,5 équivalent temps plein", "+1,5 ETP"], ["66 000 €"]], A, "date"),
 ("Dans la lettre Quartiers & Santé de février, combien de parents fréquentent le groupe de parole ?",
  [["31 parents différents"], ["une douzaine viennent régulièrement"]], N, "document"),
 ("L'intervention de l'équipe mobile, ça coûte quelque chose à la famille d'accueil ?",
  [["Non, rien"], ["aucune avance de frais"]], H, "yesno"),
 ("Qui est le médecin référent protection de l'enfance au Département, et son numéro ?",
  [["Olivier Marsac"], ["03 99 00 30 18"]], H, "who"),
 ("L'équipe mobile du Pays-de-Lémance suit combien d'enfants, et où intervient-elle ?",
  [["environ 120 enfants par an"], ["n'intervient qu'en MECS"]], N, "number"),
 ("How many foster carers did the département employ in June 2024, and how many are left at the end of 2025?",
  [["443 assistants familiaux"], ["plus que 421 fin 2025", "sur 421 employés"]], A, "crosslingual"),
 ("Which phone number can foster carers call to reach the mobile team directly, and since when?",
  [["03 99 00 41 27"], ["5 janvier 2026"]], A, "crosslingual"),
 ("In the November webinar, does the mobile team see children who live at home with an educational measure?",
  [["l'équipe mobile n'intervient pas"]], V, "crosslingual", 858.5),
 ("Who signed the 2024 protocol on behalf of the psychiatric hospital and of the ARS?",
  [["Thierry Bouchaud"], ["Nathalie Guéret"]], P, "crosslingual"),
 ("C'était quoi le taux d'enfants confiés suivis en CMP dans le Val-de-Sévrine en 2019 ?", [], None, "unanswerable"),
 ("Combien d'enfants l'EMAP suit-elle à Saint-Aubrac ?", [], None, "unanswerable"),
 ("La maison des adolescents de Montclavel est-elle associée au protocole ?", [], None, "unanswerable"),
 ("Combien de lits d'hospitalisation en pédopsychiatrie au CHS La Sévrine ?", [], None, "unanswerable"),
 ("Combien de mineurs non accompagnés l'équipe mobile a-t-elle suivis ?", [], None, "unanswerable"),
]
Q.insert(9, ("Quel était le délai du premier rendez-vous CMP pour un enfant confié en 2022 ?", [], None, "unanswerable"))
# ordre mélangé mais stable : questions sans réponse et en anglais réparties dans le fichier
fr = [k for k, t in enumerate(Q) if t[3] not in ("crosslingual", "unanswerable")]
en = [k for k, t in enumerate(Q) if t[3] == "crosslingual"]
un = [k for k, t in enumerate(Q) if t[3] == "unanswerable"]
order = list(fr)
for pos, k in zip([3, 8, 14, 20, 27, 33], un):
    order.insert(pos, k)
for pos, k in zip([7, 18, 26, 31], en):
    order.insert(pos, k)
assert sorted(order) == list(range(40)) and len(Q) == 40
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.draft.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, k in enumerate(order, 1):
        t = Q[k]
        d = {"id": "n43-%02d" % i, "question": t[0], "evidence": t[1], "doc": t[2], "kind": t[3]}
        if len(t) > 4:
            d["at"] = t[4]
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(out)
