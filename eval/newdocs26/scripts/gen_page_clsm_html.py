# -*- coding: utf-8 -*-
"""Page web du CLSM de Cap Aurore sur sa cellule de crise (HTML autonome, comme l'enregistre un navigateur).

Tout est fictif. Forme : bandeau de cookies en tête de <body> (texte et trois boutons), en-tête avec menu de
navigation <nav> et sous-menu, fil d'Ariane, <main> avec <article>, date de mise à jour en <time>, tableau des
membres (<table> avec <caption> et <thead>), chiffres clés dans une liste <ul class="kpi"> où le nombre est dans un
<strong> avant son libellé, encadré « Ce que la cellule ne fait pas », tableau « Qui appeler ? », FAQ en
<details>/<summary> fermés, aside « À lire aussi », pied de page avec adresse et mentions, script d'analyse.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-16_clsm-cap-aurore_cellule-de-crise.html")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>La cellule de crise du CLSM | Conseil local de santé mentale de Cap Aurore</title>
<meta name="description" content="Cellule de veille et de gestion des situations de crise psychique du CLSM de Cap Aurore : fonctionnement, membres, saisine, FAQ.">
<link rel="stylesheet" href="/assets/css/site.min.css?v=3.2.1">
<style>.kpi{display:flex;gap:2rem;list-style:none}.kpi strong{display:block;font-size:2.4rem}#cookie-banner{position:fixed;bottom:0}</style>
</head>
<body class="page-template-default page-id-214">
<div id="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Nous utilisons des cookies de mesure d'audience pour améliorer ce site. Vous pouvez les accepter, les refuser ou choisir finement.</p>
  <button type="button" class="btn-accept">Tout accepter</button>
  <button type="button" class="btn-refuse">Tout refuser</button>
  <button type="button" class="btn-custom">Personnaliser</button>
</div>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <div class="brand"><a href="/"><img src="/assets/img/logo-clsm.svg" alt="CLSM Cap Aurore"> Conseil local de santé mentale de Cap Aurore</a></div>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/le-clsm/">Le CLSM</a>
        <ul class="sub-menu">
          <li><a href="/le-clsm/gouvernance/">Gouvernance</a></li>
          <li><a href="/le-clsm/groupes-de-travail/">Groupes de travail</a></li>
        </ul>
      </li>
      <li class="current"><a href="/cellule-de-crise/" aria-current="page">Cellule de crise</a></li>
      <li><a href="/agenda/">Agenda</a></li>
      <li><a href="/ressources/">Ressources</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> › <a href="/le-clsm/">Le CLSM</a> › Cellule de crise</nav>
<main id="contenu">
<article>
  <h1>La cellule de crise du CLSM : agir avant l'urgence</h1>
  <p class="updated">Mis à jour le <time datetime="2026-02-16">16 février 2026</time></p>

  <p class="chapo">La cellule de veille et de gestion des situations de crise psychique (CVGC), que tout le monde appelle
  « la cellule de crise », a été créée en septembre 2024 par le conseil local de santé mentale de Cap Aurore. Elle
  réunit les professionnels du soin, du social et de la sécurité autour de personnes dont la situation psychique se
  dégrade et pour lesquelles aucun acteur ne parvient, seul, à trouver une réponse.</p>

  <p>Elle intervient sur les trois communes du CLSM : Port-Aurore, Anse-Coralie et Morne-Vigie, soit environ
  142 000 habitants.</p>

  <h2>Comment fonctionne-t-elle ?</h2>
  <ol>
    <li>Un membre de la cellule remplit la fiche de saisine anonymisée et l'envoie à
    <a href="mailto:cellule-crise@cap-aurore.example">cellule-crise@cap-aurore.example</a> au plus tard le mardi à 12 h.</li>
    <li>La situation est présentée le jeudi suivant, lors de la réunion hebdomadaire (chaque jeudi à 8 h 30, en visioconférence).</li>
    <li>La cellule désigne un référent de situation, qui coordonne les actions décidées.</li>
    <li>Le référent fait un point à la cellule un mois plus tard ; la situation est close ou suivie à nouveau.</li>
  </ol>
  <p>Si une situation s'aggrave brusquement, la coordinatrice peut réunir une cellule extraordinaire sous 24 heures.</p>

  <h2>Qui siège à la cellule ?</h2>
  <table class="members">
    <caption>Membres permanents de la cellule de crise (février 2026)</caption>
    <thead><tr><th>Membre</th><th>Structure</th><th>Rôle dans la cellule</th></tr></thead>
    <tbody>
      <tr><td>Psychiatre du secteur</td><td>CHS de Morne-Vigie, pôle Centre</td><td>Avis clinique, lien avec le CMP</td></tr>
      <tr><td>Infirmier de l'EMPP</td><td>Équipe mobile psychiatrie précarité Lakou Mobile</td><td>Aller-vers, visites à domicile ou dans la rue</td></tr>
      <tr><td>Travailleurs sociaux</td><td>CCAS de Port-Aurore, Anse-Coralie et Morne-Vigie</td><td>Accès aux droits, lien avec la famille</td></tr>
      <tr><td>Police municipale</td><td>Ville de Port-Aurore</td><td>Signalements de voie publique</td></tr>
      <tr><td>Référent santé mentale</td><td>Commissariat de police de Port-Aurore</td><td>Interventions de police, liaison avec le CHS</td></tr>
      <tr><td>Référent santé mentale</td><td>Brigade de gendarmerie de Morne-Vigie</td><td>Interventions en zone gendarmerie</td></tr>
      <tr><td>Chargés de gestion sociale</td><td>Aurore Habitat et SEM Kazanou</td><td>Situations de locataires (sur invitation)</td></tr>
      <tr><td>Coordinatrice du CLSM</td><td>Cap Aurore Agglomération</td><td>Animation, ordre du jour, suivi des décisions</td></tr>
    </tbody>
  </table>

  <h2>L'année 2025 en chiffres</h2>
  <ul class="kpi">
    <li><strong>47</strong> situations examinées</li>
    <li><strong>18</strong> hospitalisations sans consentement évitées, selon l'estimation des membres</li>
    <li><strong>41 ans</strong> âge médian des personnes concernées</li>
  </ul>
  <p>Les situations ont été présentées par les CCAS (15), les bailleurs (11), la police et la gendarmerie (9), les CMP (8)
  et l'équipe mobile (4).</p>

  <div class="encadre" role="note">
    <h3>Ce que la cellule ne fait pas</h3>
    <p>La cellule ne décide d'aucune mesure de soins sans consentement : seuls le directeur du CHS et le préfet, ou à
    titre provisoire le maire, peuvent en prononcer. Elle ne remplace ni le 15 ni le 17 : en cas de danger immédiat,
    appelez les secours.</p>
  </div>

  <h2>Qui appeler ?</h2>
  <table class="contacts">
    <caption>Numéros utiles selon la situation</caption>
    <thead><tr><th>Situation</th><th>Qui appeler</th><th>Horaires</th></tr></thead>
    <tbody>
      <tr><td>Danger immédiat pour la personne ou pour autrui</td><td>15 (SAMU), 17 (police, gendarmerie), 18 ou 112</td><td>24 h/24</td></tr>
      <tr><td>Idées suicidaires, pour soi ou un proche</td><td>3114, numéro national de prévention du suicide</td><td>24 h/24</td></tr>
      <tr><td>Professionnel qui prépare une intervention</td><td>Ligne de liaison du CHS de Morne-Vigie</td><td>24 h/24</td></tr>
      <tr><td>Personne à la rue qui inquiète</td><td>EMPP Lakou Mobile</td><td>du lundi au vendredi, 8 h - 17 h</td></tr>
      <tr><td>Situation qui se dégrade depuis des semaines</td><td>CCAS de votre commune, qui saisira la cellule</td><td>heures d'ouverture du CCAS</td></tr>
    </tbody>
  </table>

  <h2>Questions fréquentes</h2>
  <details>
    <summary>Je suis un proche : puis-je saisir la cellule moi-même ?</summary>
    <p>Non, pas directement : la saisine est réservée aux membres de la cellule. Adressez-vous au CCAS de votre
    commune, à votre médecin traitant ou au CMP, qui présenteront la situation.</p>
  </details>
  <details>
    <summary>Qu'est-ce qu'un « tiers » ?</summary>
    <p>Le tiers est la personne qui demande des soins pour le malade, dans son intérêt : un membre de la famille, un
    proche qui le connaissait avant la crise, ou son tuteur ou curateur. Personne n'est obligé d'accepter d'être
    tiers.</p>
  </details>
  <details>
    <summary>Mes informations sont-elles partagées avec tout le monde ?</summary>
    <p>Non. Tous les membres ont signé le 12 septembre 2024 une charte de partage d'informations. Les situations
    sont présentées de façon anonymisée ; les noms ne sont communiqués qu'aux professionnels chargés d'agir.</p>
  </details>
  <details>
    <summary>La cellule peut-elle intervenir à Saint-Lucien ?</summary>
    <p>Pas encore : Saint-Lucien ne fait pas partie du CLSM. Une extension de la cellule est à l'étude pour 2026,
    comme l'a recommandé la commission départementale des soins psychiatriques.</p>
  </details>
  <details>
    <summary>Qu'est-ce qu'un plan de crise conjoint ?</summary>
    <p>C'est un document rédigé à froid par la personne avec son équipe soignante et, si elle le souhaite, un proche :
    les signes d'alerte, les personnes à prévenir, ce qui l'aide, ce qu'il faut éviter et les traitements qu'elle
    accepte. Le GEM Les Alizés propose des ateliers pour le préparer.</p>
  </details>
</article>
<aside class="related">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/ressources/memento-maires-sdre.docx">Mémento pour les maires : la mesure provisoire et les SDRE</a></li>
    <li><a href="/ressources/cr-comite-liaison-2026-01-14.md">Compte rendu du comité de liaison avec les forces de l'ordre</a></li>
    <li><a href="/agenda/">Agenda du CLSM</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <p>CLSM de Cap Aurore — Hôtel communautaire, 4 boulevard des Filaos, 97990 Port-Aurore.
  Coordinatrice : Nadège Florimond. Le CLSM est présidé par Joël Matignon, vice-président de Cap Aurore Agglomération
  chargé de la santé.</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/accessibilite/">Accessibilité : partiellement conforme</a> · <a href="/plan-du-site/">Plan du site</a></p>
</footer>
<script src="/assets/js/site.min.js"></script>
<script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);</script>
</body>
</html>
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML)
    print(OUT)


if __name__ == "__main__":
    main()
