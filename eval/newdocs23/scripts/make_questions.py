# -*- coding: utf-8 -*-
"""Écrit questions.jsonl (45 questions). Pour les questions sur le .srt, « at » est le début (arrondi à la seconde
inférieure) du repère où commence la première alternative du premier groupe de preuves."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402

R = "2026-02-05_mss-durance-littoral_rapport-activite-2025"
S = "2026-03-12_rqs_webinaire-bouger-jardiner-sante-mentale"
W = "2026-01-20_mss-durance-littoral_sport-sur-ordonnance"
C = "2026-02-24_clsm-castelverane_cr-groupe-sport-nature"
H = "2026-03-03_gem-l-envolee_inscription-randos-sante-printemps"
P = "2026-03-18_ville-castelverane_cp-ordonnances-vertes"
D = "2026-01-27_hdj-micocouliers_bilan-corps-en-mouvement-2025"
U = None

Q = [
    # number
    ("number", "MSS Durance-Littoral : combien de personnes accompagnées en 2025, et c'était combien l'année d'avant ?",
     [["la MSS a accompagné 612 personnes"], ["contre 447 en 2024"]], R),
    ("number", "Combien de prescriptions d'APA la maison sport-santé avait reçues en 2023 ?",
     [["96 en 2023, 181 en 2024"]], R),
    ("number", "Antenne des Oliviers-Hauts, 2025 : nb de bénéficiaires et part de résidents QPV ?",
     [["Antenne des Oliviers-Hauts 128 201 64 %"]], R),
    ("number", "Combien de patients sont allés jusqu'au bout de Corps en mouvement l'an dernier ?",
     [["Patients ayant terminé le cycle 20 34", "trente-quatre l'ont terminé", "dont 34 sont allés au bout"]], "*"),
    ("number", "Ordonnances vertes : quel budget pour la 1re année, et combien vient de l'ARS ?",
     [["86 000 € sont mobilisés"], ["30 000 € par l'agence régionale de santé"]], P),
    ("number", "Le jardin partagé des Cigales, il a combien de parcelles dont combien pour le jardinage adapté ?",
     [["32 parcelles, dont 6 réservées", "six des trente-deux parcelles du Jardin", "Jardin partagé de 32 parcelles"]],
     "*"),
    ("number", "Randos-santé du GEM : on peut être combien par sortie au maximum ?",
     [["un groupe de 14 marcheurs au maximum"]], H),
    # unanswerable
    ("unanswerable", "Combien de personnes la maison sport-santé Durance-Littoral a-t-elle accompagnées en 2022 ?", [], U),
    ("unanswerable", "Le Pass'Sport peut-il financer une licence pour les jeunes des QPV de Castelvérane ?", [], U),
    ("unanswerable", "Est-ce que l'hôpital de jour Les Micocouliers propose de la balnéothérapie ?", [], U),
    ("unanswerable", "Le dispositif Prescri'mouv est-il déployé à Castelvérane ?", [], U),
    ("unanswerable", "Quelles maisons sport-santé sont reconnues en Occitanie ?", [], U),
    ("unanswerable", "Combien de kilos de légumes ont été récoltés au Jardin des Cigales en 2025 ?", [], U),
    ("unanswerable", "Le GEM de Sainte-Luce-du-Var organise-t-il aussi des randonnées ?", [], U),
    # crosslingual
    ("crosslingual", "How much does the 12-week adapted physical activity programme cost at the sport-health house, "
                     "and who gets it for free?",
     [["le programme de 12 semaines coûte 30 €"], ["gratuit pour les bénéficiaires de la complémentaire santé"]], W),
    ("crosslingual", "What time do the GEM's Thursday health walks start and end, and where do they leave from?",
     [["de 9 h 30 à 12 h 30"], ["place du Marché des Oliviers-Hauts"]], H),
    ("crosslingual", "How much do mutual insurers usually pay towards prescribed exercise, according to the webinar?",
     [["entre cinquante et cent cinquante euros par an"]], S),
    # date
    ("date", "C'est quand le lancement des ordonnances vertes ?", [["samedi 4 avril 2026 de 10 h à 16 h"]], P),
    ("date", "La prochaine réu du groupe sport-nature du CLSM, c'est quand ?", [["mardi 21 avril 2026 à 14 h"]], C),
    ("date", "L'antenne de la MSS au centre social La Bastide existe depuis quand ?", [["depuis le 2 mai 2023"]], R),
    # document
    ("document", "Dans le CR du 24 février du groupe sport-nature, qu'a-t-on décidé pour le CMP et pour le jardin ?",
     [["les infirmiers du CMP sont autorisés à remettre"], ["quatre bacs surélevés pour le Jardin des Cigales"]], C),
    ("document", "Le diaporama de l'hôpital de jour présenté à la plénière du CLSM fin janvier : qui le portait ?",
     [["Dr Hélène Gaubert, psychiatre, responsable de l'hôpital de jour"], ["Olivier Brémond, cadre de santé"]], D),
    ("document", "Communiqué de la ville du 18 mars sur les ordonnances vertes : à qui s'adresser pour la presse ?",
     [["Camille Roux, attachée de presse"]], P),
    # fact
    ("fact", "Le parcours santé de la colline Saint-Jean, il fait quelle longueur et il y a combien d'agrès ?",
     [["deux kilomètres quatre cents et dix agrès"]], S),
    ("fact", "L'antenne de la MSS aux Oliviers-Hauts, c'est à quelle adresse ?",
     [["Centre social La Bastide, 3 allée des Genêts"]], W),
    ("fact", "Qu'est-ce qu'il faut apporter au bilan initial à la MSS ?",
     [["Apportez votre ordonnance, votre carte Vitale"]], W),
    # transcript
    ("transcript", "Webinaire RQS : résultat du sondage sur les actions sport ou nature associant le CLSM ?",
     [["Trente-quatre pour cent oui, cinquante-deux pour cent non"]], S),
    ("transcript", "Pourquoi au GEM L'Envolée on évite de parler de sport, d'après l'animateur au webinaire ?",
     [["Le mot sport fait peur à beaucoup d'adhérents"]], S),
    ("transcript", "Selon la psychiatre invitée au webinaire, de quoi meurent d'abord les patients psy, si ce n'est "
                   "pas le suicide ?",
     [["la première cause, ce n'est pas le suicide"], ["ce sont les maladies cardio-vasculaires"]], S),
    # who
    ("who", "Qui dirige le service des sports de Castelvérane ?",
     [["Fabrice Ollivier Directeur du service municipal des sports"]], C),
    ("who", "Qui est président de l'asso qui gère le Jardin des Cigales ?",
     [["Thierry Vial Président de l'association Terres en Partage"]], C),
    ("who", "Les randos du jeudi, qui les encadre côté pairs ?",
     [["deux pairs accompagnateurs formés (Sylvie et Mourad)"]], H),
    # acronym
    ("acronym", "DRAJES, ça veut dire quoi ?", [["délégation régionale académique à la jeunesse"]], "*"),
    ("acronym", "FFSA c'est quoi comme sigle ?", [["Fédération française du sport adapté"]], D),
    # comparison
    ("comparison", "Venir à la MSS avec une ordonnance ou sans, qu'est-ce que ça change concrètement ?",
     [["accédez au programme complet de 12 semaines"], ["entretien d'orientation de 30 minutes"]], W),
    ("comparison", "Ordonnance verte et prescription d'activité physique adaptée, en quoi c'est différent ?",
     [["n'a pas de valeur réglementaire"], ["après un bilan de la condition physique"]], P),
    # definition
    ("definition", "Une maison sport-santé, ça fait quoi exactement ?",
     [["accueille, conseille et oriente toute personne"]], R),
    ("definition", "L'ordonnance verte, c'est quoi au juste ?",
     [["carnet remis par un médecin ou un soignant de CMP", "ne prescrit pas un médicament mais une activité"]], "*"),
    # list
    ("list", "Quelles priorités la MSS s'est fixées pour 2026 ?",
     [["deuxième créneau du soir à l'antenne"], ["former 40 professionnels du territoire"],
      ["lancer avec la ville les « ordonnances vertes »"]], R),
    ("list", "Qu'est-ce que je dois prendre pour les randos du GEM ?",
     [["de bonnes chaussures fermées"], ["une gourde d'un litre, un chapeau"]], H),
    # paraphrase
    ("paraphrase", "Ceux qui ont lâché le programme de l'HDJ en cours de route en 2025, ils sont partis pourquoi ?",
     [["3 réhospitalisations, 2 reprises d'emploi"]], D),
    ("paraphrase", "Une fois le cycle fini, est-ce que les gens continuent à bouger ou ils décrochent ?",
     [["la moitié des gens pratiquent encore une activité régulière"]], S),
    # yesno
    ("yesno", "La sécu rembourse le sport sur ordonnance ?",
     [["n'est pas remboursée par l'Assurance maladie"]], W),
    ("yesno", "Faut-il être adhérent du GEM pour s'inscrire aux randos-santé ?",
     [["Pas besoin d'être adhérent pour s'inscrire"]], H),
    # howto
    ("howto", "Un patient a une prescription d'APA : comment il démarre à la maison sport-santé ?",
     [["Appelez-nous au 04 42 17 63 90"], ["Un enseignant en APA fait le point avec vous"]], W),
]


def main():
    srt = check.Doc(os.path.join(check.CORPUS, S + ".srt"))
    rows = []
    for i, (kind, question, ev, doc) in enumerate(Q, 1):
        q = {"id": "n23-%02d" % i, "question": question, "evidence": ev, "doc": doc, "kind": kind}
        if doc == S:
            starts, _ = srt.cue_hits(ev[0][0])
            if not starts:
                raise SystemExit("introuvable dans le SRT : %s" % ev[0][0])
            q["at"] = int(starts[0])
        rows.append(q)
    with open(check.QUESTIONS, "w", encoding="utf-8") as f:
        for q in rows:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print("%d questions écrites" % len(rows))


if __name__ == "__main__":
    main()
