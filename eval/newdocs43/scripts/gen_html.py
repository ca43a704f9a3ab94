# -*- coding: utf-8 -*-
"""Génère la page web du Conseil départemental du Val-de-Sévrine (lot newdocs43)."""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-12-03_cd-val-de-sevrine_sante-mentale-enfants-confies.html")

FAQ = [
    ("Je suis assistant familial : puis-je contacter directement l'équipe mobile ?",
     "<p>Jusqu'au 31 décembre 2025, non : c'est votre référent ASE qui saisit l'équipe mobile. À partir du "
     "<strong>lundi 5 janvier 2026</strong>, une ligne d'appui réservée aux assistants familiaux est ouverte "
     "le mardi et le jeudi de 14 h à 17 h, au <a href=\"tel:+33399004127\">03 99 00 41 27</a>. Elle permet "
     "d'obtenir un conseil d'un infirmier ou d'un psychologue de l'EMAP ; elle ne remplace pas la saisine par "
     "le référent.</p>"),
    ("Les parents de l'enfant sont-ils prévenus ?",
     "<p>Oui. Les titulaires de l'autorité parentale sont informés par le référent ASE de toute demande "
     "d'intervention de l'équipe mobile. L'enfant est lui aussi informé, avec des mots adaptés à son âge.</p>"),
    ("L'enfant que j'accueille est aussi suivi par la PJJ : l'équipe mobile peut-elle intervenir ?",
     "<p>Oui. Les jeunes en double mesure (ASE et protection judiciaire de la jeunesse) relèvent du "
     "protocole. L'éducateur de la PJJ peut lui-même saisir l'équipe mobile, et une synthèse commune est "
     "organisée chaque trimestre.</p>"),
    ("Que faire en cas d'urgence la nuit ou le week-end ?",
     "<p>Appelez le 15 (SAMU) ; les urgences pédiatriques du centre hospitalier de Montclavel accueillent "
     "les mineurs jour et nuit. Prévenez ensuite l'astreinte de l'ASE au 03 99 00 30 99. En cas de fugue, "
     "contactez aussi la police ou la gendarmerie (17).</p>"),
    ("La formation de trois jours est-elle obligatoire ?",
     "<p>Non, elle n'est pas obligatoire, mais elle est vivement recommandée. Elle s'ajoute à la formation "
     "obligatoire des assistants familiaux et elle est comptée comme temps de travail : les journées sont "
     "rémunérées et un accueil relais est organisé pour les enfants.</p>"),
    ("Le suivi par l'équipe mobile coûte-t-il quelque chose à la famille d'accueil ?",
     "<p>Non, rien. L'équipe mobile est financée par l'ARS Nouvelle-Aquitaine et par le Département ; il n'y "
     "a aucune avance de frais, ni pour la famille d'accueil ni pour les parents.</p>"),
    ("Qu'appelle-t-on un enfant confié ?",
     "<p>Un enfant confié est un mineur (ou un jeune majeur de moins de 21 ans) dont la prise en charge a "
     "été confiée au Département par un juge des enfants ou avec l'accord de ses parents, et qui vit hors de "
     "chez eux : chez un assistant familial, en maison d'enfants à caractère social (MECS) ou dans un lieu de "
     "vie. Les enfants qui bénéficient d'une mesure éducative en restant chez leurs parents ne sont pas des "
     "enfants confiés.</p>"),
]

faq_html = "\n".join('      <details%s>\n        <summary>%s</summary>\n        %s\n      </details>'
                     % (" open" if i == 0 else "", q, a) for i, (q, a) in enumerate(FAQ))

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Santé mentale des enfants confiés — Département du Val-de-Sévrine</title>
  <meta name="description" content="Équipe mobile ASE-pédopsychiatrie, formation des assistants familiaux, FAQ.">
  <style>
    body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
    .wrap {{ display: flex; gap: 2rem; max-width: 1100px; margin: auto; }}
    main {{ flex: 3; }} aside {{ flex: 1; background: #eef4f1; padding: 1rem; }}
    nav.breadcrumb ol {{ list-style: none; display: flex; gap: .4rem; padding: 0; }}
    nav.breadcrumb li + li::before {{ content: "›"; margin-right: .4rem; }}
    details {{ border-bottom: 1px solid #ccc; padding: .5rem 0; }} summary {{ font-weight: bold; cursor: pointer; }}
  </style>
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<header>
  <a href="/" class="logo">Département du Val-de-Sévrine</a>
  <nav class="menu"><ul>
    <li><a href="/solidarites/">Solidarités</a></li><li><a href="/routes/">Routes et mobilités</a></li>
    <li><a href="/colleges/">Collèges</a></li><li><a href="/departement/">Le Département</a></li>
  </ul></nav>
</header>
<div class="wrap">
<main>
  <nav class="breadcrumb" aria-label="Fil d'Ariane"><ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/solidarites/">Solidarités</a></li>
    <li><a href="/solidarites/enfance-famille/">Enfance et famille</a></li>
    <li><a href="/solidarites/enfance-famille/protection-enfance/">Protection de l'enfance</a></li>
    <li aria-current="page">Santé mentale des enfants confiés</li>
  </ol></nav>
  <h1>Santé mentale des enfants confiés : un accompagnement renforcé</h1>
  <p class="maj">Mis à jour le <time datetime="2025-12-03">3 décembre 2025</time></p>
  <p class="chapo">Au 31 décembre 2024, le Département accompagnait 1 317 enfants et jeunes majeurs confiés à
  l'aide sociale à l'enfance. Près d'un sur trois (31 %) est suivi par un centre médico-psychologique (CMP)
  infanto-juvénile. Depuis la signature du protocole départemental de juin 2024, le Département, le CHS La
  Sévrine, la protection judiciaire de la jeunesse et l'ARS unissent leurs forces pour que ces enfants
  accèdent plus vite aux soins.</p>

  <h2>Une équipe mobile qui se déplace</h2>
  <p>Depuis le 2 septembre 2024, l'équipe mobile ASE-pédopsychiatrie (EMAP) du CHS La Sévrine se rend sur le
  lieu de vie de l'enfant : au domicile de l'assistant familial, en MECS ou en lieu de vie. Lors de sa première
  année de fonctionnement, elle a accompagné 193 enfants et jeunes. Elle rencontre l'enfant en 11 jours en
  moyenne après la demande du référent ASE.</p>
  <p>Pour les enfants confiés, le délai d'attente d'un premier rendez-vous en CMP est passé de 27 semaines à
  9 semaines en un an grâce à la filière prioritaire.</p>

  <h2>Des assistants familiaux mieux formés</h2>
  <p>Le Département emploie 421 assistants familiaux. Il leur propose un module de trois jours, « Repérer et
  accompagner la souffrance psychique de l'enfant accueilli », animé par l'EMAP et l'IFSA. Près de
  100 assistants familiaux l'ont déjà suivi. Huit sessions sont programmées au premier semestre 2026, à
  Montclavel et à Castelvieil.</p>
  <p><strong>Inscriptions :</strong> depuis l'Espace assistants familiaux de l'extranet, avant le
  <time datetime="2026-01-16">vendredi 16 janvier 2026</time> pour les sessions de février à juin 2026.</p>

  <h2>Ce que finance le Département</h2>
  <ul>
    <li>180 000 € par an pour le fonctionnement de l'équipe mobile, aux côtés de l'ARS Nouvelle-Aquitaine ;</li>
    <li>48 000 € en 2025 pour la formation des assistants familiaux ;</li>
    <li>en 2026, une participation portée à 195 000 € pour financer la ligne d'appui aux assistants
    familiaux (proposition soumise au vote de l'assemblée départementale du 15 décembre 2025).</li>
  </ul>

  <h2>Questions fréquentes</h2>
  <section class="faq accordion">
{faq}
  </section>
</main>
<aside class="contact" aria-label="Contacts">
  <h2>Contacts</h2>
  <h3>Direction de l'enfance et de la famille</h3>
  <p>Hôtel du Département, 1 cours Gambetta, Montclavel<br>
  Tél. 03 99 00 30 10<br>
  <a href="mailto:enfance-famille@valdesevrine.example">enfance-famille@valdesevrine.example</a></p>
  <h3>Médecin référent protection de l'enfance</h3>
  <p>Dr Olivier Marsac — 03 99 00 30 18</p>
  <h3>Équipe mobile ASE-pédopsychiatrie (EMAP)</h3>
  <p>CHS La Sévrine — 03 99 00 41 20<br>du lundi au vendredi, 9 h – 18 h</p>
  <h3>Astreinte ASE (soirs et week-ends)</h3>
  <p>03 99 00 30 99</p>
  <h3>Signaler un enfant en danger</h3>
  <p>Cellule départementale de recueil des informations préoccupantes (CRIP) : 03 99 00 30 33<br>
  Allô enfance en danger : 119 (gratuit, 24 h/24)</p>
</aside>
</div>
<footer>
  <p>© Département du Val-de-Sévrine — <a href="/mentions-legales/">Mentions légales</a> —
  <a href="/accessibilite/">Accessibilité : partiellement conforme</a></p>
</footer>
</body>
</html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML.format(faq=faq_html))
print(OUT)
