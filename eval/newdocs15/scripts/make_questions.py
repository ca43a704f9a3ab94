import json
V="2026-02-12_rqvl_jeudi-9-sante-mentale-emploi-job-coaching-ips"
S="2026-06-09_rqvl_matinee-regionale-emploi-sante-mentale-quartiers"
O="2026-03-26_clsm-montargeuil_diaporama-commission-emploi-bilan-2025-feuille-de-route-2026"
P="2026-05-20_prea-cvl_rapport-emploi-accompagne-sante-psychique-qpv-2026"
H="2026-10-15_ars-cvl_appel-a-projets-2027-travailler-et-aller-mieux"
M="2026-09-08_reseau-coordos-clsm-cvl_fiche-methode-commission-sante-mentale-emploi"
Z="2026-12-03_club-entreprises-inclusives_chat-zoom-webinaire-employeurs-sante-mentale"
Q=[]
def q(kind, question, evidence, doc, at=None):
    d={"id":"n15-%02d"%(len(Q)+1),"question":question,"evidence":evidence,"doc":doc,"kind":kind}
    if at is not None: d["at"]=at
    Q.append(d)
# number
q("number","Combien de personnes le dispositif Tremplin a-t-il accompagnées en 2025, et combien ont signé un contrat de travail ?",
  [["soixante-quatre personnes"],["vingt-trois ont signé un contrat"]],V,515)
q("number","En 2025, quelle part des personnes accompagnées par le DEA du Loiret vivaient avec un trouble psychique ?",
  [["41,9 %"]],P)
q("number","Dans l'appel à projets de l'ARS, quel est le montant maximal d'un projet de job coaching IPS en QPV, et hors QPV ?",
  [["80 000 €"],["60 000 €"]],H)
q("number","Combien de salariés en insertion compte la Ressourcerie La Navette, et quel a été son taux de sorties dynamiques en 2025 ?",
  [["dix-huit salariés en insertion"],["cinquante-huit pour cent"]],S,478)
q("number","Quel est le budget prévisionnel 2026 présenté au comité de pilotage du CLSM de Montargeuil, et combien apporte l'ARS ?",
  [["212 000 €"],["90 000 €"]],O)
q("number","Où en était Tremplin au 30 novembre 2026 : combien de personnes accompagnées et combien de contrats signés ?",
  [["91 personnes accompagnées"],["38 contrats de travail signés"]],Z)
q("number","Combien de conseillers emploi de Montargeuil ont été formés aux premiers secours en santé mentale en 2025 ?",
  [["32 conseillers formés","trente-deux conseillers"]],"*")
# unanswerable
for text in [
  "Combien de personnes le dispositif Tremplin a-t-il accompagnées en 2024 ?",
  "En 2025, quelle part des personnes accompagnées par le DEA de la Sarthe vivaient avec un trouble psychique ?",
  "Quel est le montant maximal d'un projet de job coaching dans l'appel à projets santé mentale et emploi de l'ARS Bretagne ?",
  "Quel est le taux de chômage dans le quartier prioritaire de Vierzelles ?",
  "Combien de jeunes ont signé un contrat d'engagement jeune à la mission locale du Montargeois ?",
  "Combien de visiteurs le deuxième forum « Santé mentale et travail » de l'automne 2026 a-t-il réunis ?",
  "Combien d'entreprises d'Orléans ont signé la charte « Employeurs engagés pour la santé mentale » ?",
]:
    q("unanswerable",text,[],None)
# crosslingual
q("crosslingual","How many people with a mental health condition were supported by the supported employment schemes of Centre-Val de Loire in 2025?",
  [["412 personnes vivant avec un trouble psychique","Parmi ces 412 personnes"]],P)
q("crosslingual","What is the deadline to apply to the ARS call for projects on mental health and employment?",
  [["15 janvier 2027 à 12 h"]],H)
q("crosslingual","In the job coaching webinar, within how many days must the first contact with an employer take place?",
  [["dans les trente jours"]],V,281)
# date
q("date","Quand le dispositif Tremplin a-t-il démarré ?",[["six janvier deux mille vingt-cinq"]],V,404)
q("date","À partir de quand la ligne 12 desservira-t-elle la zone d'activités des Noues, et à quelle heure partira-t-elle ?",
  [["1er septembre 2026"],["partira à 5 h 40"]],S,885)
q("date","Quand aura lieu le prochain petit-déjeuner du Club des entreprises inclusives du Montargeois ?",
  [["jeudi 21 janvier 2027 à 8 h 30"]],Z)
# document
q("document","Qui a publié le rapport régional 2026 sur l'emploi accompagné et la santé psychique en Centre-Val de Loire, et qui l'a réalisé ?",
  [["Plateforme régionale de l'emploi accompagné Centre-Val de Loire"],["Léa Marchand et Thomas Guérin"]],P)
q("document","Lors de quelle réunion le bilan 2025 de la commission emploi du CLSM de Montargeuil a-t-il été présenté ?",
  [["Comité de pilotage du 26 mars 2026","Jeudi 26 mars 2026"]],O)
q("document","Quelle fiche méthode explique comment monter une commission santé mentale et emploi dans un CLSM, et qui l'a rédigée ?",
  [["Fiche méthode n° 7"],["Nadia Ferhat","Romain Tessier"]],M)
# fact
q("fact","Quand a lieu la réunion de synthèse entre l'équipe de soins du CMP et les job coachs ?",
  [["tous les mardis matin"]],S,337)
q("fact","En cas de cumul avec le FSE+, quelle part de financements publics l'appel à projets de l'ARS autorise-t-il ?",
  [["80 % de financements publics"]],H)
q("fact","Combien de temps de coordination faut-il prévoir pour animer une commission emploi de CLSM ?",
  [["10 % d'un temps plein"]],M)
# transcript
q("transcript","Dans le webinaire sur le job coaching, quelle difficulté de transport la coordinatrice du CLSM décrit-elle ?",
  [["ne la dessert pas avant sept heures"]],V,834)
q("transcript","Où Yannick Roux a-t-il repris un travail en 2021 ?",[["à mi-temps dans une librairie"]],S,691)
q("transcript","Les conseillers référents santé mentale existent-ils dans toutes les agences France Travail de la région ?",
  [["expérimentation dans trois agences du Loiret"]],S,1033)
# who
q("who","Qui est la psychiatre cheffe du pôle de psychiatrie adulte du centre hospitalier des Ormeaux ?",[["Hélène Vasseur"]],S,257)
q("who","Qui contacter à l'ARS pour une question sur l'appel à projets « Travailler et aller mieux » ?",[["Aurélie Cabanel"]],H)
q("who","Qui a répondu dans le chat à la question sur le médecin du travail et le trouble bipolaire ?",[["Dr Marc Lefebvre"]],Z)
# acronym
q("acronym","Que signifie DEA ?",[["dispositif d'emploi accompagné","dispositifs d'emploi accompagné"]],P)
q("acronym","Que veut dire IPS dans le job coaching ?",[["individual placement and support","soutien individuel à l'emploi"]],V,159)
# comparison
q("comparison","Commissions emploi de Montargeuil et de Vierzelles : combien de partenaires chacune réunit-elle ?",
  [["quatorze partenaires"],["neuf partenaires"]],M)
q("comparison","Taux d'emploi en milieu ordinaire à douze mois : personnes avec trouble psychique vs ensemble des personnes accompagnées ?",
  [["44 % des personnes avec trouble psychique"],["contre 51 %"]],P)
# definition
q("definition","Qu'entend le rapport régional par « personne avec trouble psychique » ?",[["handicap principal déclaré"]],P)
q("definition","Qu'appelle-t-on la divulgation dans l'accompagnement vers l'emploi ?",[["la personne qui décide"]],V,939)
# list
q("list","Quels sont les principaux freins à l'emploi cités par les CLSM du Centre-Val de Loire ?",
  [["transports aux horaires décalés"],["Crainte de perdre l'AAH"],["stigmatisation"]],P)
q("list","Quelles actions sont éligibles à l'axe 2 « Former et sensibiliser » de l'appel à projets ?",
  [["Formation aux premiers secours en santé mentale"],["Sensibilisation des employeurs"]],H)
# paraphrase
q("paraphrase","Pourquoi la Ressourcerie fait-elle commencer ses salariés plus tard le matin ?",
  [["les traitements rendent les matins difficiles"]],S,534)
q("paraphrase","Si ce n'est pas en commission du CLSM, où faut-il parler des cas individuels nommément désignés ?",
  [["relèvent d'une cellule dédiée"]],M)
# yesno
q("yesno","Faut-il une RQTH pour être accompagné dans un projet financé par l'appel à projets de l'ARS ?",
  [["Aucune reconnaissance administrative du handicap"]],H)
q("yesno","Le CLSM de Montargeuil porte-t-il lui-même le dispositif Tremplin ?",[["Le CLSM ne porte pas le dispositif"]],O)
# howto
q("howto","Comment candidater à l'appel à projets 2027 « Travailler et aller mieux » ?",
  [["Démarches simplifiées"],["lettre de soutien du CLSM"]],H)
with open("/work/main/eval/newdocs15/questions.jsonl","w",encoding="utf-8") as f:
    for d in Q: f.write(json.dumps(d,ensure_ascii=False)+"\n")
print(len(Q))
