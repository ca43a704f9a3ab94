# -*- coding: utf-8 -*-
"""Génère l'annuaire du réseau précarité du CLSM de Vireval (.csv) : UTF-8 sans BOM, séparateur virgule, une
ligne d'en-tête puis une ligne par structure ; les champs qui contiennent des virgules sont entre guillemets
(« "Centre, hébergement et réinsertion sociale" »), guillemets doublés à l'intérieur d'un champ.

Tout est inventé (ville, personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-01_clsm-vireval_annuaire-reseau-precarite.csv")

HEADER = ["Structure", "Type", "Porteur", "Adresse", "Quartier", "Téléphone", "Horaires", "Public", "Accès",
          "Courriel", "Mise à jour"]
MAJ = "01/10/2025"
ROWS = [
    ["115 — veille sociale", "Urgence, hébergement, mise à l'abri", "SIAO Scarpe-Sensée (association Cap Logis)",
     "", "Département", "115", "24 h/24, 7 j/7",
     "Personnes sans abri ou menacées de l'être, et tiers qui signalent une personne", "Appel gratuit", "", MAJ],
    ["SIAO Scarpe-Sensée — plateforme professionnels", "Orientation, hébergement, logement accompagné",
     "Association Cap Logis", "8 avenue Foch, Vireval", "Centre-ville", "03 99 00 52 10",
     "lundi au vendredi, 9 h–12 h 30 et 13 h 30–17 h", "Professionnels uniquement",
     "Demande par le logiciel SI-SIAO ; commission des situations prioritaires le mardi", "siao@caplogis.example",
     MAJ],
    ["SAMU social de Vireval — ligne de signalement", "Maraudes de nuit, aller-vers", "Association Le Phare",
     "12 rue des Bateliers, Vireval", "Centre-ville", "03 99 00 27 15",
     "Ligne : lundi au vendredi, 9 h–18 h ; maraudes à partir de 21 h",
     "Personnes à la rue ; habitants et professionnels qui signalent",
     "Signalement par téléphone ; pas d'accueil au local", "samusocial@lephare.example", MAJ],
    ["CHRS Le Phare", "Centre, hébergement et réinsertion sociale (72 places)", "Association Le Phare",
     "12 rue des Bateliers, Vireval", "Centre-ville", "03 99 00 27 00", "Accueil administratif 9 h–17 h",
     "Adultes isolés, couples", "Admission uniquement par le SIAO", "chrs@lephare.example", MAJ],
    ["Maison Olympe", "Hébergement d'urgence, femmes (16 places)", "Association Le Phare", "Adresse confidentielle",
     "", "Par le 115", "24 h/24", "Femmes seules ou avec enfants, dont femmes victimes de violences",
     "Orientation par le 115 uniquement", "", MAJ],
    ["Centre d'hébergement d'urgence Saint-Vaast", "Hébergement d'urgence, hommes (38 places)",
     "Association Cap Logis", "41 rue Saint-Vaast, Vireval", "Centre-ville", "03 99 00 52 40",
     "Ouverture 18 h–9 h ; accueil de jour le week-end en période hivernale", "Hommes seuls, majeurs",
     "Orientation par le 115", "", MAJ],
    ["Accueil de jour La Halte", "Accueil de jour, hygiène, domiciliation", "Association Solidarité Vireval",
     "3 place des Glacis, Vireval", "Les Glacis", "03 99 00 33 70", "lundi au samedi, 8 h 30–16 h",
     "Personnes sans domicile ou en grande précarité, sans condition",
     "Sans rendez-vous ; douches, laverie, bagagerie, café", "lahalte@solidarite-vireval.example", MAJ],
    ["Restaurant social Le Pain partagé", "Repas, lien social", "Association Solidarité Vireval",
     "27 rue de la Scarpe, Vireval", "Centre-ville", "03 99 00 33 75", "lundi au vendredi, 11 h 45–13 h 30",
     "Personnes orientées par un travailleur social", "Carte de repas délivrée par le CCAS ou La Halte",
     "", MAJ],
    ["PASS psy — site principal", "Soins, psychiatrie, accès aux droits", "Centre hospitalier de Vireval",
     "CMP Les Tilleuls, 14 rue de l'Abbaye, Vireval", "Centre-ville", "03 99 00 41 20",
     "lundi au vendredi, 9 h–17 h ; sans rendez-vous 9 h–12 h",
     "Personnes en précarité avec une souffrance psychique, avec ou sans droits ouverts",
     "Sans rendez-vous le matin ; sur rendez-vous l'après-midi", "pass-psy@ch-vireval.example", MAJ],
    ["PASS psy — permanence Les Glacis", "Soins, psychiatrie", "Centre hospitalier de Vireval",
     "Accueil de jour La Halte, 3 place des Glacis", "Les Glacis", "03 99 00 41 20", "mardi, 9 h–12 h",
     "Usagers de La Halte", "Sans rendez-vous", "pass-psy@ch-vireval.example", MAJ],
    ["PASS psy — permanence Moulin-Blanc", "Soins, psychiatrie", "Centre hospitalier de Vireval",
     "Espace Jacques-Brel, 5 allée des Peupliers", "Moulin-Blanc", "03 99 00 41 20", "jeudi, 14 h–16 h 30",
     "Habitants du quartier, femmes isolées, personnes hébergées chez des tiers",
     "Sans rendez-vous", "pass-psy@ch-vireval.example", MAJ],
    ["PASS — hôpital général", "Soins somatiques, accès aux droits", "Centre hospitalier de Vireval",
     "Hall B, 2 boulevard Pasteur, Vireval", "Centre-ville", "03 99 00 40 00",
     "lundi au vendredi, 8 h 30–16 h 30", "Personnes sans couverture maladie ou avec des droits incomplets",
     "Sans rendez-vous", "pass@ch-vireval.example", MAJ],
    ["Équipe mobile psychiatrie précarité (EMPP)", "Équipe mobile, psychiatrie, aller-vers",
     "Centre hospitalier de Vireval", "", "Toute la ville", "03 99 00 41 35",
     "lundi au vendredi, 9 h–17 h 30", "Professionnels du réseau (pas de demande directe du public)",
     "Sollicitation par téléphone ou fiche de liaison", "empp@ch-vireval.example", MAJ],
    ["CMP adultes Vireval-Nord", "Consultations, psychiatrie adulte", "Centre hospitalier de Vireval",
     "19 rue Jean-Jaurès, Vireval", "Moulin-Blanc", "03 99 00 42 10", "lundi au vendredi, 9 h–18 h",
     "Adultes du secteur Nord, dont le Moulin-Blanc", "Sur rendez-vous ; accueil infirmier sans rendez-vous le lundi",
     "cmp.nord@ch-vireval.example", MAJ],
    ["CMP adultes Vireval-Sud", "Consultations, psychiatrie adulte", "Centre hospitalier de Vireval",
     "CMP Les Tilleuls, 14 rue de l'Abbaye, Vireval", "Centre-ville", "03 99 00 42 20", "lundi au vendredi, 9 h–18 h",
     "Adultes du secteur Sud, dont Les Glacis et le centre-ville", "Sur rendez-vous",
     "cmp.sud@ch-vireval.example", MAJ],
    ["Urgences psychiatriques — centre d'accueil permanent", "Urgences, psychiatrie", "Centre hospitalier de Vireval",
     "2 boulevard Pasteur, Vireval", "Centre-ville", "03 99 00 40 15", "24 h/24, 7 j/7", "Adultes en crise",
     "Sans rendez-vous ; en cas de danger vital, appeler le 15", "", MAJ],
    ["CSAPA Le Gué", "Addictologie, soins, réduction des risques", "Association Le Gué",
     "6 rue des Tanneurs, Vireval", "Centre-ville", "03 99 00 36 60",
     "lundi au vendredi, 9 h–17 h ; jeudi jusqu'à 19 h", "Personnes ayant une addiction et leur entourage",
     "Avec ou sans rendez-vous ; gratuit et anonyme", "contact@csapa-legue.example", MAJ],
    ["CCAS de Vireval — domiciliation", "Domiciliation, aides, accès aux droits", "Ville de Vireval",
     "Hôtel de ville, guichet 4, 2 place de l'Hôtel-de-Ville", "Centre-ville", "03 99 00 18 20",
     "lundi et mercredi, 8 h 30–12 h (sans rendez-vous) ; autres jours sur rendez-vous",
     "Personnes sans domicile stable ayant un lien avec Vireval", "Sans rendez-vous aux heures indiquées",
     "ccas@vireval.example", MAJ],
    ["CCAS — antenne Les Glacis", "Domiciliation, accès aux droits, France services", "Ville de Vireval",
     "Maison France services, 10 rue du Bastion", "Les Glacis", "03 99 00 18 30", "jeudi, 13 h 30–17 h",
     "Habitants des Glacis et personnes sans domicile", "Sans rendez-vous", "ccas@vireval.example", MAJ],
    ["Espace Jacques-Brel", "Centre social, accès aux droits", "Ville de Vireval",
     "5 allée des Peupliers, Vireval", "Moulin-Blanc", "03 99 00 19 50", "lundi au vendredi, 9 h–12 h et 14 h–18 h",
     "Habitants du Moulin-Blanc", "Accueil libre ; écrivain public le mardi", "jacquesbrel@vireval.example", MAJ],
    ["Langues en Partage", "Interprétariat, médical, social", "Association Langues en Partage",
     "4 rue du Marché, Vireval", "Centre-ville", "03 99 00 63 10",
     "Réservations : lundi au vendredi, 8 h–18 h ; téléphone : 7 j/7, 8 h–20 h",
     "Professionnels du soin et du social (pas de demande directe du public)",
     "Présentiel : réserver au moins 48 h à l'avance ; téléphone : sans réservation",
     "reservation@languesenpartage.example", MAJ],
    ["CPAM de Scarpe-Sensée — mission accompagnement santé", "Accès aux droits, PUMa, CSS, AME",
     "Caisse primaire d'assurance maladie", "1 rue de la Gare, Vireval", "Centre-ville", "03 99 00 70 70",
     "sur rendez-vous, lundi au vendredi", "Assurés et personnes sans droits, orientées par un professionnel",
     "Fiche de signalement « PFIDASS » envoyée par le partenaire", "", MAJ],
    ["GEM La Passerelle", "Groupe d'entraide mutuelle, pair-aidance", "Association La Passerelle",
     "15 rue du Bastion, Vireval", "Les Glacis", "06 99 00 58 12", "mardi au samedi, 13 h 30–18 h",
     "Adultes vivant avec des troubles psychiques, y compris sans logement", "Adhésion libre et gratuite",
     "gem.lapasserelle@example.org".replace(".org", ".example"), MAJ],
    ["Conseil local de santé mentale (CLSM) — coordination", "Coordination, cellule de situations complexes",
     "Ville de Vireval — direction de la santé publique", "2 place de l'Hôtel-de-Ville, Vireval", "Centre-ville",
     "03 99 00 18 46", "lundi au vendredi, 9 h–17 h",
     "Professionnels, élus, usagers, familles",
     "Saisine de la cellule par fiche, avec l'accord écrit de la personne", "clsm@vireval.example", MAJ],
]

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(HEADER)
        for r in ROWS:
            assert len(r) == len(HEADER), r[0]
            w.writerow(r)
    print(OUT, len(ROWS), "structures")
