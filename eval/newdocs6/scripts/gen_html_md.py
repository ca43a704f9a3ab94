"""Generate doc 1 (Google Docs HTML export) and doc 4 (Markdown with YAML front matter)."""
import os, html
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")

# ---------- 1. Google Docs HTML ----------
def p(text, cls="c2", span="c0"):
    return f'<p class="{cls}"><span class="{span}">{html.escape(text)}</span></p>'
def h(text, level=1):
    return f'<p class="c7"><span class="{"c3" if level==1 else "c11"}">{html.escape(text)}</span></p>'
def ul(items, lst="lst-kix_7fq2m1x4hd0a-0"):
    lis = "".join(f'<li class="c1 li-bullet-0"><span class="c0">{html.escape(a)}</span><span class="c6">{html.escape(b)}</span></li>' for a, b in items)
    return f'<ul class="c10 {lst} start">{lis}</ul>'
def td(t, head=False):
    return f'<td class="c8" colspan="1" rowspan="1"><p class="c4"><span class="{"c13" if head else "c0"}">{html.escape(t)}</span></p></td>'

style = """<style type="text/css">@import url('https://themes.googleusercontent.com/fonts/css?kit=abc');ul.lst-kix_7fq2m1x4hd0a-0{list-style-type:none}ul.lst-kix_q9w3e8r1t0y2-0{list-style-type:none}.lst-kix_7fq2m1x4hd0a-0>li:before{content:"\\0025cf   "}.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}.c6{color:#000000;font-weight:400;font-size:11pt;font-family:"Arial"}.c3{color:#1f3864;font-weight:700;font-size:20pt;font-family:"Arial"}.c11{color:#2e74b5;font-weight:700;font-size:14pt;font-family:"Arial"}.c13{font-weight:700;font-size:10pt;font-family:"Arial"}.c7{padding-top:18pt;padding-bottom:6pt;line-height:1.15;text-align:left}.c2{padding-top:0pt;padding-bottom:8pt;line-height:1.15;text-align:justify}.c1{margin-left:36pt;padding-left:0pt;line-height:1.15}.c4{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}.c8{border:1px solid #000000;vertical-align:top;padding:5pt 5pt 5pt 5pt;width:150pt}.c9{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.c10{padding:0;margin:0}.c12{border-spacing:0;border-collapse:collapse;margin-right:auto}.c5{height:0pt}.c14{font-style:italic;font-size:9pt}</style>"""

body = [
    h("Conseil local de santé mentale de Villeneuve-sur-Auzère — Rapport d'activité 2024"),
    p("Document présenté en assemblée plénière du 26 novembre 2024 puis mis à jour en mars 2025. Rédaction : Hélène Vasseur, coordinatrice du CLSM, avec la relecture de Christine Marsal, adjointe au maire déléguée à la santé et à la prévention.", span="c14"),
    h("Le CLSM en quelques mots", 2),
    p("Le Conseil local de santé mentale (CLSM) de Villeneuve-sur-Auzère a été créé en juin 2019 par une convention entre la Ville, le centre hospitalier Jean-Baptiste Pussin et l'Agence régionale de santé (ARS) Occitanie. Il réunit les élus, la psychiatrie publique, les usagers et leurs familles, les bailleurs sociaux, le CCAS et les associations autour d'un objectif commun : améliorer la santé mentale de la population et l'accès aux soins."),
    p("La commune compte 41 200 habitants, dont 9 800 vivent dans les trois quartiers prioritaires de la politique de la ville (QPV) : Les Terrasses, La Prairie-Basse et Le Moulin-Neuf. Le taux de pauvreté y atteint 38 %, contre 14 % pour l'ensemble de la commune."),
    h("Les temps forts de l'année 2024", 2),
    ul([
        ("Assemblée plénière : ", "87 participants réunis le 26 novembre 2024 à la salle Jean-Moulin."),
        ("Semaines d'information sur la santé mentale (SISM) : ", "14 événements en octobre 2024, 620 participants au total."),
        ("Formation : ", "48 personnes formées aux Premiers secours en santé mentale (PSSM), dont 19 habitants des QPV."),
        ("Cellule de situations complexes : ", "112 situations examinées en 2024, contre 84 en 2023."),
        ("Guide ressources : ", "édition de 3 000 exemplaires du guide « Qui fait quoi en santé mentale ? »."),
    ]),
    p("La cellule de situations complexes s'appuie sur le Réseau d'évaluation des situations d'adultes en difficulté (RESAD), qui se réunit chaque deuxième jeudi du mois au CCAS. Les situations sont présentées de façon anonymisée par le professionnel qui les signale ; un référent de parcours est désigné à l'issue de chaque séance."),
    h("Indicateurs d'activité", 2),
    '<table class="c12"><tbody><tr class="c5">' + td("Indicateur", True) + td("2023", True) + td("2024", True) + "</tr>"
    + "".join("<tr class=\"c5\">" + td(a) + td(b) + td(c) + "</tr>" for a, b, c in [
        ("Situations examinées en cellule", "84", "112"),
        ("Personnes formées PSSM", "31", "48"),
        ("Participants aux SISM", "450", "620"),
        ("Réunions du comité de pilotage", "3", "4"),
        ("Partenaires signataires de la charte", "22", "27"),
    ]) + "</tbody></table>",
    h("Budget 2024", 2),
    p("Le budget 2024 du CLSM s'élève à 86 500 €. Il est financé par l'ARS Occitanie à hauteur de 40 000 €, par la Ville pour 30 500 € et par les crédits du contrat de ville pour 16 000 €. Le poste de coordination représente 0,8 équivalent temps plein (ETP)."),
    h("Priorités pour 2025", 2),
    p("Le comité de pilotage du 10 décembre 2024 a retenu trois priorités pour l'année 2025 :"),
    ul([
        ("Priorité 1 — ", "le maintien dans le logement des personnes en souffrance psychique ;"),
        ("Priorité 2 — ", "la santé mentale des jeunes de 16 à 25 ans ;"),
        ("Priorité 3 — ", "le soutien aux aidants familiaux."),
    ], lst="lst-kix_q9w3e8r1t0y2-0"),
    p("Un groupe de travail « logement » sera animé avec Auzère Habitat, principal bailleur social de la commune, qui gère 2 650 logements dans les QPV. Pour les jeunes, un partenariat avec la Mission locale doit aboutir à une permanence d'écoute hebdomadaire au quartier des Terrasses à partir de septembre 2025."),
    p("Contact : Hélène Vasseur, coordinatrice du CLSM, CCAS de Villeneuve-sur-Auzère, 4 place de la Halle."),
]
doc = f'<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">{style}</head><body class="c9 doc-content">' + "".join(body) + "</body></html>"
open(os.path.join(OUT, "2025-03-14_ville-villeneuve-sur-auzere_rapport-activite-clsm-2024.html"), "w", encoding="utf-8").write(doc)

# ---------- 4. Markdown ----------
md = """---
title: "Note de cadrage : créer un groupe d'entraide mutuelle au quartier de Pen-ar-Run"
date: 2025-05-22
auteurs:
  - Gwenola Tanguy, coordinatrice du CLSM de Lanvézec
  - Yannick Le Bihan, président de l'association Les Ailes du Trieux
lieu: Lanvézec (Côtes-d'Armor)
---

# Créer un GEM au quartier de Pen-ar-Run

Cette note de cadrage a été validée par le comité de pilotage du Conseil local de santé mentale (CLSM) de Lanvézec le 22 mai 2025. Elle décrit le projet de création d'un groupe d'entraide mutuelle (GEM) dans le quartier prioritaire de Pen-ar-Run, qui compte 3 400 habitants.

## Pourquoi un GEM ?

Un GEM est une association d'usagers, organisée par et pour des personnes qui vivent avec des troubles psychiques, afin de rompre l'isolement et de favoriser l'entraide entre pairs. Ce n'est pas une structure de soins : on y vient librement, sans prescription médicale.

Le diagnostic local réalisé en 2024 a montré que le GEM le plus proche se trouve à Guingamp-Vallée, à 34 kilomètres, sans liaison directe en transport en commun. Sur les 212 personnes suivies par le centre médico-psychologique (CMP) de Lanvézec, 64 habitent Pen-ar-Run.

## Le montage retenu

Le futur GEM sera parrainé par l'association Les Ailes du Trieux et géré, pour la partie administrative, par l'Association départementale d'accompagnement social (ADAS 22). Les adhérents éliront leur propre bureau dès la première année.

<table>
  <caption>Budget de fonctionnement prévisionnel (année pleine)</caption>
  <thead>
    <tr><th>Poste de dépense</th><th>Montant</th></tr>
  </thead>
  <tbody>
    <tr><td>Deux animateurs (1,5 ETP)</td><td>58 000 €</td></tr>
    <tr><td>Loyer et charges du local</td><td>9 600 €</td></tr>
    <tr><td>Activités et sorties</td><td>7 400 €</td></tr>
    <tr><td>Frais de gestion ADAS 22</td><td>6 000 €</td></tr>
    <tr><td>Total</td><td>81 000 €</td></tr>
  </tbody>
</table>

Le financement attendu est celui de l'ARS Bretagne, qui verse aux GEM une subvention annuelle de 81 000 € dans le cadre du cahier des charges national. Le bailleur Armor Côte Habitat met à disposition un local de 120 m² en rez-de-chaussée, rue des Goélands, pour un loyer modéré.

## Les étapes du projet

1. Constituer un groupe projet d'au moins six futurs adhérents (juin 2025).
2. Rédiger les statuts et la charte du GEM avec l'appui de l'association marraine (septembre 2025).
3. Déposer le dossier de candidature auprès de l'ARS Bretagne avant le 15 octobre 2025.
4. Aménager le local de la rue des Goélands (janvier 2026).
5. Ouvrir le GEM au public et recruter les deux animateurs (mars 2026).
6. Réaliser un premier bilan avec les adhérents après un an de fonctionnement.

## Ce que le GEM proposera

Les premiers échanges avec les habitants ont fait émerger des envies d'ateliers cuisine, de sorties en bord de mer, d'un jardin partagé et de temps d'accueil informels autour d'un café. Le GEM sera ouvert cinq après-midi par semaine, du lundi au vendredi, de 13 h 30 à 18 h, et un samedi par mois.

<details>
<summary>Questions fréquentes</summary>

<p><strong>Faut-il un diagnostic pour adhérer ?</strong> Non. L'adhésion est libre et la cotisation annuelle est fixée à 5 €.</p>

<p><strong>Les familles peuvent-elles venir ?</strong> Les proches sont les bienvenus lors des portes ouvertes, mais le GEM reste d'abord un lieu pour les personnes concernées elles-mêmes.</p>

<p><strong>Qui décide des activités ?</strong> Les adhérents, réunis en assemblée une fois par mois. Les animateurs les accompagnent mais ne décident pas à leur place.</p>

</details>

## Suivi

Le suivi du projet est assuré par Gwenola Tanguy, coordinatrice du CLSM, qui présentera un point d'étape à chaque comité de pilotage. Un comité de suivi réunira l'association marraine, l'ADAS 22, le CMP, Armor Côte Habitat et deux représentants des adhérents.
"""
open(os.path.join(OUT, "2025-05-22_clsm-lanvezec_note-cadrage-gem-pen-ar-run.md"), "w", encoding="utf-8").write(md)
print("ok")
