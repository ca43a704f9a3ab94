# -*- coding: utf-8 -*-
"""Compte rendu en texte brut : titres en MAJUSCULES soulignés de signes =, puces « - », sous-puces « * »,
budget en colonnes alignées par des espaces, relevé de décisions numérotées."""
import os
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-11-24_clsm-montreval_compte-rendu-commission-sante-mentale-exil.txt")

def table(rows):
    w = [max(len(r[i]) for r in rows) for i in range(3)]
    out = []
    for k, r in enumerate(rows):
        out.append("  " + r[0].ljust(w[0]) + "   " + r[1].rjust(w[1]) + "   " + r[2].rjust(w[2]))
        if k == 0 or k == len(rows) - 2:
            out.append("  " + "-" * (w[0] + w[1] + w[2] + 6))
    return "\n".join(out)

def H(t):
    return "\n%s\n%s\n" % (t, "=" * len(t))

budget = [("Poste", "Réalisé 2026 (au 31/10)", "Prévisionnel 2027"),
          ("Interprétariat (PLS)", "27 390 €", "41 000 €"),
          ("Formation des professionnels", "2 400 €", "4 500 €"),
          ("Supervision des interprètes", "1 200 €", "2 400 €"),
          ("Groupe de parole femmes exilées", "2 100 €", "3 000 €"),
          ("Traduction du livret d'accueil", "850 €", "1 500 €"),
          ("TOTAL", "33 940 €", "52 400 €")]
fin = [("Financeur", "2026", "2027 (demandé)"),
       ("ARS Pays de la Loire (FIR)", "18 000 €", "24 000 €"),
       ("Ville de Montreval-sur-Loire", "15 940 €", "13 400 €"),
       ("Communauté de communes du Pays d'Erdre", "-", "9 000 €"),
       ("Conseil départemental", "-", "6 000 €"),
       ("TOTAL", "33 940 €", "52 400 €")]

TXT = """CONSEIL LOCAL DE SANTE MENTALE DE MONTREVAL-SUR-LOIRE
COMMISSION « SANTE MENTALE ET EXIL »
COMPTE RENDU DE LA REUNION DU MARDI 24 NOVEMBRE 2026
Salle du conseil, centre social des Tilleuls, 14 h - 16 h 30
""" + H("PRESENTS") + """- Élodie Marchand, coordinatrice du CLSM (animation et rédaction)
- Dr Agnès Rolland, psychiatre, EMPP du centre hospitalier de Montreval
- Karim Benslimane, directeur de Passerelles Langues Santé (PLS)
- Fatou Diallo, interprète PLS, représentante des interprètes
- Julie Ferrand, cadre de santé du CMP adultes Émile-Zola
- Yacine Haddad, directeur du CADA Les Peupliers
- Mathis Kervella, coordinateur du CLSM intercommunal du Pays d'Erdre (invité)
""" + H("EXCUSES") + """- Solène Guérin, adjointe au maire déléguée à la santé
- Inès Carvalho, Ville & Santé Ligérienne
""" + H("ORDRE DU JOUR") + """- Bilan du protocole d'interprétariat après dix mois
- Groupe de parole des femmes exilées
- Budget 2027
- Adhésion du CLSM du Pays d'Erdre au protocole
- Questions diverses
""" + H("1. BILAN DU PROTOCOLE D'INTERPRETARIAT APRES DIX MOIS") + """Élodie Marchand présente les indicateurs de février à novembre 2026 :
- 503 heures d'interprétariat réalisées, dont 71 % en présentiel et 29 % par téléphone.
- Délai moyen de mise en relation par téléphone : 9 minutes (objectif du protocole : moins de 15 minutes).
- Part des demandes non satisfaites : 8 %, contre 33 % en 2025 avant le protocole.
- Langue la plus demandée : le dari (29 % des heures), devant le pachto et le tigrigna.
- Structure la plus utilisatrice : le CMP adultes Émile-Zola, avec 41 % des heures.
Points de vigilance :
- Les demandes non satisfaites concernent surtout des interprètes femmes en pachto.
  * PLS recrute deux interprètes en pachto d'ici mars 2027.
- L'enveloppe de 28 500 € sera presque entièrement consommée au 31 décembre ; la Ville a accepté une rallonge.
- Fatou Diallo rappelle que les débriefings après les entretiens difficiles ne sont pas toujours proposés.
""" + H("2. GROUPE DE PAROLE DES FEMMES EXILEES") + """- Le groupe « Paroles de femmes » a démarré le 14 avril 2026 au centre social des Tilleuls.
- 11 séances ont eu lieu, avec en moyenne 7 participantes, animées par une psychologue et une interprète en dari.
- Les participantes demandent une garde d'enfants pendant les séances : la halte-garderie du quartier est sollicitée.
""" + H("3. BUDGET 2027") + """Dépenses (en euros) :

""" + table(budget) + """

Financements :

""" + table(fin) + """

- La hausse de l'interprétariat en 2027 tient à l'arrivée des structures du Pays d'Erdre.
- La Ville de Montreval-sur-Loire a complété son apport en 2026 (rallonge de 5 440 €).
""" + H("4. ADHESION DU CLSM DU PAYS D'ERDRE AU PROTOCOLE") + """- Mathis Kervella confirme le vote de principe du comité de pilotage du Pays d'Erdre du 16 septembre 2026.
- L'adhésion prendra la forme d'un avenant au protocole, avec la même grille de tarifs.
- Date d'effet envisagée : 1er avril 2027.
""" + H("RELEVE DE DECISIONS") + """1. La commission valide le bilan à dix mois, qui sera présenté au comité de suivi de février 2027.
2. Le budget prévisionnel 2027 de 52 400 € est adopté et transmis à l'ARS avant le 15 décembre 2026.
3. Un débriefing de dix minutes est proposé systématiquement après tout entretien signalé comme difficile.
4. Trois sessions de la formation « Travailler avec un interprète » sont programmées au premier semestre 2027.
""" + H("QUESTIONS DIVERSES") + """- Yacine Haddad signale que le CADA Les Peupliers passera de 90 à 120 places en mars 2027.
- Prochaine réunion : jeudi 18 mars 2027, 14 h, CADA Les Peupliers.

Compte rendu rédigé par Élodie Marchand, relu par Dr Agnès Rolland.
"""
with open(OUT, "w", encoding="utf-8") as f:
    f.write(TXT)
print(OUT)
