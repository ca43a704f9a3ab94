import json
H="2025-04-10_quartiers-ressources-centre-est_replay-sante-mentale-contrats-de-ville"
P="2025-11-20_ptsm-haut-lizon_bilan-pssm-2023-2025-pages-de-notes"
T="2025-03-05_clsm-saint-jaume-les-pins_fil-courriels-sism-2025"
D="2025-06-30_agglo-pays-de-verance_tableau-de-bord-sante-mentale-2022-2024"
O="2025-12-09_clsm-sainte-orelle-sur-leze_pv-assemblee-pleniere"
N="2026-02-16_clsm-lorsanges_espace-gt-logement-sante-mentale"
V="2026-01-22_antenne-val-de-sarre_parlons-sante-ou-s-adresser"
Q=[
# --- H: webinar replay page with YouTube transcript
dict(question="Aux Grands Champs, à Vauzelles-les-Forges, quelle part des habitants interrogés disait ressentir un mal-être fréquent, et combien sur l'ensemble de la commune ?",
     evidence=[["31 % des habitants interrogés déclaraient un mal-être fréquent"],["contre 19 % sur l'ensemble de la commune"]], doc=H, kind="number", at=103),
dict(question="Atelier santé ville et CLSM, c'est pareil ? Quelle différence fait la coordinatrice de Vauzelles ?",
     evidence=[["c'est un dispositif de la politique de la ville"],["centré sur la santé en général dans les quartiers"],["le CLSM c'est une instance de concertation"],["uniquement sur la santé mentale"]], doc=H, kind="comparison", at=141),
dict(question="Quels conseils le chef de projet de Brévannes donne-t-il aux coordinateurs de CLSM pour peser dans le contrat de ville ?",
     evidence=[["allez voir le délégué du préfet"],["siéger au comité technique du contrat de ville"],["n'arrivez pas avec un projet tout ficelé"],["pensez au PTSM"]], doc=H, kind="howto", at=452),
dict(question="Qui paie le salaire de la coordinatrice du CLSM de Vauzelles-les-Forges, et dans quelles proportions ?",
     evidence=[["financé à 50 % par l'ARS"],["à 30 % par la ville"],["20 % par les crédits politique de la ville"]], doc=H, kind="paraphrase", at=518),
dict(question="How many of the projects funded by the Brévannes city contract in 2025 dealt with mental health, compared with 2023?",
     evidence=[["dont 14 qui portent directement sur la santé mentale"],["en 2023 il y en avait 6"]], doc=H, kind="crosslingual", at=363),
dict(question="Est-ce qu'on peut financer de la psychothérapie avec les crédits politique de la ville ?",
     evidence=[["les crédits politique de la ville ne financent pas le soin"]], doc=H, kind="yesno", at=590),
# --- P: PDF notes pages
dict(question="Que veut dire AERER dans la formation aux premiers secours en santé mentale ?",
     evidence=[["Approcher, évaluer et assister en cas de crise"],["Écouter activement et sans jugement"],["Réconforter et informer"],["Encourager à aller vers des professionnels"],["Renseigner sur les autres ressources disponibles"]], doc=P, kind="acronym"),
dict(question="Combien de secouristes en santé mentale ont été formés dans le Haut-Lizon en 2024, par rapport à 2023 ?",
     evidence=[["2024 : 342 secouristes formés"],["2023 : 186 secouristes formés"]], doc=P, kind="comparison"),
dict(question="Qu'est-ce qui a permis à des mères isolées des quartiers de Lizonne de suivre la formation PSSM ?",
     evidence=[["Garde d'enfants assurée pendant les deux jours","La garde d'enfants a été décisive"]], doc=P, kind="paraphrase"),
dict(question="Quels sont les objectifs fixés pour 2026 dans la feuille de route PSSM du Haut-Lizon ?",
     evidence=[["500 nouveaux secouristes en 2026"],["Former 4 nouveaux formateurs"],["Déployer le module Jeunes"],["Créer un réseau des secouristes"],["module de mise à jour"]], doc=P, kind="list"),
dict(question="D'après les notes du comité de suivi du PTSM du 20 novembre 2025, combien coûte en moyenne un stagiaire PSSM et qu'est-ce que ce coût comprend ?",
     evidence=[["Coût moyen : 250 € par stagiaire"],["la rémunération des deux formateurs"],["le manuel remis à chaque stagiaire"]], doc=P, kind="document"),
# --- T: e-mail thread
dict(question="Dans le mail du 4 mars, quelle date Julien propose-t-il pour le ciné-débat, et pourquoi pas le 14 ?",
     evidence=[["Je te propose le jeudi 16 octobre"],["réservée le mardi 14 au soir"]], doc=T, kind="document"),
dict(question="C'est quoi le FPH dont parle Julien Abadie, et jusqu'à combien il peut financer ?",
     evidence=[["fonds de participation des habitants"],["jusqu'à 800 € par projet"]], doc=T, kind="acronym"),
dict(question="Quel est le budget prévisionnel du ciné-débat de la Bastide-Haute, et combien coûtent les droits de projection ?",
     evidence=[["Budget prévisionnel : 1 250 €"],["droits de projection : 350 €"]], doc=T, kind="number"),
dict(question="Qui représente l'UNAFAM pour la soirée SISM de Saint-Jaume-les-Pins, et quel est son numéro ?",
     evidence=[["Martine Lebrun"],["Déléguée départementale UNAFAM Var"],["06 12 48 90 33"]], doc=T, kind="who"),
dict(question="Pourquoi la soirée SISM de Saint-Jaume-les-Pins ne peut-elle plus obtenir d'argent par la voie habituelle du contrat de ville ?",
     evidence=[["est clos depuis le 15 décembre 2024"]], doc=T, kind="paraphrase"),
# --- D: Word report with long table
dict(question="Combien de personnes ont été formées aux premiers secours en santé mentale à Saint-Aubin-la-Plaine en 2024 ?",
     evidence=[["57"]], doc=D, kind="number"),
dict(question="Passages aux urgences pour motif psychiatrique à Vérance : combien en 2022 et combien en 2024 ?",
     evidence=[["412"],["538"]], doc=D, kind="comparison"),
dict(question="Dans le tableau de bord du Pays de Vérance, que désigne la file active du CMP ?",
     evidence=[["nombre de personnes différentes vues au moins une fois dans l'année"]], doc=D, kind="definition"),
dict(question="Quelles recommandations le tableau de bord 2022-2024 fait-il pour Les Essarts-Bocage ?",
     evidence=[["Ouvrir une consultation avancée du CMP adultes aux Essarts-Bocage"],["deux sessions de formation PSSM par an aux Essarts-Bocage"]], doc=D, kind="list"),
dict(question="What was the average wait, in days, for a first CMP appointment for Montclar-sur-Vérance residents in 2024?",
     evidence=[["Délai moyen avant un premier rendez-vous au CMP (jours)"],["52"]], doc=D, kind="crosslingual"),
# --- O: ODT plenary record
dict(question="La délibération n° 2025-03 du CLSM de Sainte-Orelle-sur-Lèze a-t-elle été adoptée à l'unanimité ?",
     evidence=[["adoptée par 24 voix pour et 2 abstentions"]], doc=O, kind="yesno"),
dict(question="What is the 2026 budget of the Sainte-Orelle-sur-Lèze CLSM, and how much of it comes from the ARS?",
     evidence=[["84 600 euros"],["36 000 euros"]], doc=O, kind="crosslingual"),
dict(question="Quand se tiendra la prochaine assemblée plénière du CLSM de Sainte-Orelle-sur-Lèze ?",
     evidence=[["mardi 16 juin 2026 à 14 heures"]], doc=O, kind="date"),
dict(question="Comment va fonctionner la cellule de concertation des situations complexes votée en décembre 2025 à Sainte-Orelle ?",
     evidence=[["une réunion mensuelle, le premier mardi du mois"],["présentée de façon anonymisée par le professionnel référent"],["charte de confidentialité"]], doc=O, kind="howto"),
dict(question="Qu'est-ce qui explique que le CLSM de Sainte-Orelle-sur-Lèze dépense davantage en 2026 qu'en 2025 ?",
     evidence=[["passage de la coordination de 0,8 à 1 ETP"]], doc=O, kind="paraphrase"),
# --- N: Notion markdown
dict(question="Où en est la permanence infirmière du CMP au centre social des Crêts, et pourquoi ?",
     evidence=[["Bloqué"],["tant que le poste d'infirmier vacant au CMP n'est pas pourvu"]], doc=N, kind="fact"),
dict(question="Comment saisir la commission situations complexes logement du CLSM de Lorsanges ?",
     evidence=[["fiche de saisine"],["Recueillir l'accord de la personne"],["au moins 10 jours avant"],["présente lui-même la situation"]], doc=N, kind="howto"),
dict(question="Que signifie CCAPEX ?",
     evidence=[["commission de coordination des actions de prévention des expulsions locatives"]], doc=N, kind="acronym"),
dict(question="Qu'est-ce qui reste à faire pour préparer la réunion du GT logement du 12 mars 2026 ?",
     evidence=[["Relancer Alpes Logis pour les dates de formation PSSM"],["Préparer la présentation du bilan 2025"],["Inviter la sous-préfecture"],["recrutement infirmier avec le Dr Lenoir"]], doc=N, kind="list"),
dict(question="À Lorsanges, combien de locataires examinés par la commission ont quand même perdu leur logement en 2025, et qu'avaient-ils en commun ?",
     evidence=[["2 expulsions, toutes deux sans contact préalable avec le CMP"]], doc=N, kind="paraphrase"),
# --- V: TV WebVTT
dict(question="CMP et CMPP, quelle différence ?",
     evidence=[["Le CMP infanto-juvénile fait partie de"],["général géré par une association"],["d'apprentissage ou de comportement"]], doc=V, kind="comparison", at=220),
dict(question="Mon frère parle d'en finir, j'appelle qui ?",
     evidence=[["Il y a le 3114"],["numéro national de prévention du suicide"]], doc=V, kind="fact", at=295),
dict(question="À quel moment de l'émission « Parlons santé » la psychiatre parle-t-elle des délais au CMP de Sarreval, et combien faut-il attendre aujourd'hui ?",
     evidence=[["infirmier dans les dix jours"],["aujourd'hui en six semaines environ"]], doc=V, kind="transcript", at=182),
dict(question="What is a GEM, and how many members does the one in Sarreval have?",
     evidence=[["un groupe d'entraide mutuelle"],["45 adhérents"]], doc=V, kind="crosslingual", at=499),
dict(question="Si je n'ai pas de complémentaire santé, est-ce que je dois payer pour consulter au centre médico-psychologique de Sarreval ?",
     evidence=[["Même sans mutuelle."],["sans avance de frais"]], doc=V, kind="paraphrase", at=136),
# --- unanswerable near misses
dict(question="Combien de personnes ont été formées aux PSSM aux Essarts-Bocage en 2021 ?", evidence=[], doc=None, kind="unanswerable", answerable=False),
dict(question="Quel est le budget prévisionnel 2026 du CLSM de Saint-Jaume-les-Pins ?", evidence=[], doc=None, kind="unanswerable", answerable=False),
dict(question="Comment fonctionne le dispositif VigilanS de recontact des personnes après une tentative de suicide ?", evidence=[], doc=None, kind="unanswerable", answerable=False),
dict(question="Combien de secouristes PSSM ont été formés dans le Haut-Lizon en décembre 2025 ?", evidence=[], doc=None, kind="unanswerable", answerable=False),
dict(question="How many people attended the SISM film screening and debate at the Bastide-Haute in October 2025?", evidence=[], doc=None, kind="unanswerable", answerable=False),
dict(question="Quel était le délai pour un premier rendez-vous au CMP à Vauzelles-les-Forges en 2025 ?", evidence=[], doc=None, kind="unanswerable", answerable=False),
]
import random
random.seed(8)
order=list(range(len(Q)))
random.shuffle(order)
with open(__import__("pathlib").Path(__file__).resolve().parent.parent / "questions.jsonl","w") as f:
    for n,i in enumerate(order,1):
        q=Q[i]
        out={"id":f"t{n:02d}","question":q["question"],"evidence":q["evidence"],"doc":q["doc"],"kind":q["kind"]}
        if "at" in q: out["at"]=q["at"]
        if q.get("answerable") is False: out["answerable"]=False
        f.write(json.dumps(out,ensure_ascii=False)+"\n")
print(len(Q))
