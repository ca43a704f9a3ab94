# -*- coding: utf-8 -*-
"""Génère la page web du CCAS de Bréville-sur-Arbonne « Santé mentale : la cellule de concertation des situations
complexes » (mise à jour du 6 octobre 2025), en HTML5.

Mise en page voulue : bandeau cookies (div#cookie-banner avec boutons), en-tête de site et menu, fil d'Ariane
(nav aria-label="Fil d'Ariane"), contenu principal <main> avec h1, h2 et h3, encadré « chiffres 2024 » en liste de
définitions, FAQ en éléments <details>/<summary>, carte de contact en <aside> (adresse, horaires, téléphone,
courriel), pied de page avec liens (mentions légales, accessibilité, cookies…), script d'analyse d'audience.

Tout est inventé (ville, département, organismes, personnes, numéros en 03 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-06_ccas-breville_sante-mentale-situations-complexes.html")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Santé mentale : la cellule de concertation des situations complexes — CCAS de Bréville-sur-Arbonne</title>
<meta name="description" content="Incurie, troubles de voisinage, rupture de soins : comment le CCAS et ses partenaires accompagnent les situations complexes.">
<link rel="canonical" href="https://www.ccas-breville.example/solidarites/sante/sante-mentale/cellule-situations-complexes">
<link rel="stylesheet" href="/assets/css/site.min.css?v=4.2.1">
<style>
  #cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#1f4e5f;color:#fff;padding:1rem;z-index:99}
  .contact-card{border:1px solid #8fb3ba;border-radius:6px;padding:1rem;background:#f2f8f9}
  details{margin:.5rem 0;border-bottom:1px solid #ddd}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('consent','default',{'analytics_storage':'denied'});</script>
</head>
<body class="page-article">
<div id="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies de mesure d'audience anonymes pour améliorer nos services. Vous pouvez les accepter,
  les refuser ou personnaliser vos choix à tout moment.</p>
  <button type="button" id="cookies-accept">Tout accepter</button>
  <button type="button" id="cookies-refuse">Tout refuser</button>
  <a href="/cookies">Personnaliser</a>
</div>

<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/logo-ccas.svg" alt="CCAS de Bréville-sur-Arbonne — accueil"></a>
  <nav class="main-menu" aria-label="Menu principal">
    <ul>
      <li><a href="/aides">Aides et démarches</a></li>
      <li><a href="/seniors">Seniors</a></li>
      <li><a href="/solidarites">Solidarités</a></li>
      <li><a href="/logement">Logement</a></li>
      <li><a href="/contact">Nous contacter</a></li>
    </ul>
  </nav>
  <form class="search" action="/recherche" role="search"><input type="search" name="q" placeholder="Rechercher"></form>
</header>

<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/solidarites">Solidarités</a></li>
    <li><a href="/solidarites/sante">Santé</a></li>
    <li><a href="/solidarites/sante/sante-mentale">Santé mentale</a></li>
    <li aria-current="page">Cellule de concertation des situations complexes</li>
  </ol>
</nav>

<div class="layout">
<main id="contenu">
  <h1>Santé mentale : la cellule de concertation des situations complexes</h1>
  <p class="meta">Publié le 14 février 2023 — <time datetime="2025-10-06">mis à jour le 6 octobre 2025</time></p>

  <p class="chapo">Un voisin qui ne sort plus de chez lui et dont le logement se remplit de déchets, une locataire
  qui ne prend plus son traitement et inquiète tout l'immeuble, des conflits de voisinage qui s'enveniment depuis
  des mois… Certaines situations dépassent les possibilités d'une seule institution. Pour y répondre, le CCAS
  participe avec ses partenaires à la cellule de concertation des situations complexes du conseil local de santé
  mentale (CLSM).</p>

  <h2>Qu'est-ce que la cellule de concertation ?</h2>
  <p>C'est une réunion mensuelle de professionnels qui examinent ensemble, dans le respect du secret partagé, la
  situation d'habitants en grande difficulté psychique et sociale, pour construire un plan d'action et désigner un
  référent de parcours. La cellule a été créée en septembre 2022 ; elle est animée par la coordinatrice du CLSM.</p>

  <h3>Qui y participe ?</h3>
  <p>Le CCAS, le service communal d'hygiène et de santé (SCHS), la police municipale, les bailleurs sociaux Arbonne
  Habitat et Logivie Alpes, le centre médico-psychologique (CMP) Les Glycines du centre hospitalier Les Ormeaux, la
  maison départementale des solidarités, l'association tutélaire ATVA et la maison de santé des Tilleuls. Chacun a
  signé la charte de confidentialité de la cellule.</p>

  <h3>Quand se réunit-elle ?</h3>
  <p>Une fois par mois, le troisième jeudi matin, sauf en août. Les situations sont présentées par les
  professionnels ; les habitants n'assistent pas aux séances.</p>

  <h2>Les chiffres de l'année 2024</h2>
  <dl class="chiffres">
    <dt>52</dt><dd>situations présentées à la cellule en 2024 (38 en 2023)</dd>
    <dt>44</dt><dd>situations clôturées dans l'année</dd>
    <dt>18 jours</dt><dd>en moyenne entre la réception de la fiche de saisine et le premier examen</dd>
    <dt>13</dt><dd>situations d'incurie dans le logement, premier motif de saisine</dd>
    <dt>18</dt><dd>gardiens et chargés de gestion locative formés au repérage des troubles psychiques</dd>
  </dl>
  <p>En 2024, 56 % des situations concernaient des habitants des quartiers des Tilleuls et de Champ-Fleuri.</p>

  <h2>Vous êtes un habitant, un proche, un voisin ?</h2>
  <p>Un habitant ne peut pas saisir directement la cellule : ce sont les professionnels qui le font. Mais vous
  pouvez vous adresser à l'accueil du CCAS, qui évaluera la situation avec vous et, si besoin, la présentera à la
  cellule. Si la personne concernée est déjà suivie par un travailleur social, un bailleur ou un médecin, parlez-en
  aussi à ce professionnel.</p>
  <p><strong>En cas de danger immédiat, appelez le 15 (SAMU) ou le 17 (police).</strong> Pour une personne en
  détresse psychique, le numéro national de prévention du suicide, le 3114, répond 24 h sur 24.</p>

  <h2>Soins psychiatriques sans consentement : quel rôle pour le maire ?</h2>
  <p>Lorsqu'une personne présente des troubles mentaux manifestes et un danger imminent pour la sûreté des
  personnes, attesté par un avis médical, le maire peut prendre un arrêté municipal provisoire. Il doit en référer
  dans les 24 heures au préfet, qui décide ou non d'une admission en soins psychiatriques sur décision du
  représentant de l'État (SDRE). Faute de décision du préfet, la mesure tombe au bout de 48 heures. À Bréville,
  9 arrêtés municipaux provisoires ont été pris en 2024. La cellule de concertation, elle, ne décide jamais d'une
  hospitalisation.</p>

  <h2>Former les gardiens d'immeuble</h2>
  <p>Depuis 2024, le CLSM propose aux personnels de proximité des bailleurs sociaux une formation de deux jours,
  « Repérer et réagir face aux troubles psychiques dans le logement », animée par un infirmier du CMP et la
  coordinatrice du CLSM. Prochaine session : <time datetime="2025-11-27">jeudi 27</time> et vendredi 28 novembre
  2025, au centre social de Champ-Fleuri. Inscriptions auprès de votre bailleur.</p>

  <section class="faq">
    <h2>Questions fréquentes</h2>
    <details>
      <summary>Puis-je signaler la situation d'un voisin sans donner mon nom ?</summary>
      <p>Oui. Lorsque vous contactez le CCAS, votre nom n'est jamais communiqué à la personne concernée ni
      mentionné en séance. Nous vous demandons seulement un moyen de vous recontacter si besoin.</p>
    </details>
    <details>
      <summary>Qu'appelle-t-on « syndrome de Diogène » ?</summary>
      <p>On désigne ainsi une forme grave d'incurie : la personne accumule des objets ou des déchets, néglige son
      hygiène et celle de son logement, et refuse l'aide qu'on lui propose, souvent sans percevoir le problème.
      Lorsqu'il s'agit d'animaux gardés en grand nombre sans pouvoir s'en occuper, on parle de « syndrome de
      Noé ».</p>
    </details>
    <details>
      <summary>Le CCAS peut-il payer le nettoyage d'un logement ?</summary>
      <p>Oui, sous conditions de ressources : une aide exceptionnelle de 800 € au maximum peut être accordée une
      fois par an par la commission permanente du CCAS, uniquement si un accompagnement est mis en place après le
      nettoyage (aide à domicile, suivi social ou soins).</p>
    </details>
    <details>
      <summary>La cellule peut-elle décider d'une hospitalisation ?</summary>
      <p>Non. La cellule propose des pistes et coordonne les partenaires ; les décisions de soins relèvent des
      médecins, et une hospitalisation sans consentement relève du directeur de l'hôpital ou du préfet.</p>
    </details>
    <details>
      <summary>Ma mère est sous curatelle : qui dois-je prévenir ?</summary>
      <p>Le mandataire qui exerce la mesure, en priorité. Pour l'ATVA, la permanence téléphonique est ouverte le
      mardi et le jeudi après-midi.</p>
    </details>
  </section>
</main>

<aside class="contact-card" aria-labelledby="contact-titre">
  <h2 id="contact-titre">Contact</h2>
  <p><strong>CCAS de Bréville-sur-Arbonne</strong><br>
  Pôle accompagnement social<br>
  9 place des Halles<br>
  Bréville-sur-Arbonne</p>
  <p>Accueil du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h (fermé le jeudi après-midi)</p>
  <p>Téléphone : <a href="tel:+33399004110">03 99 00 41 10</a><br>
  Courriel : <a href="mailto:accueil@ccas-breville.example">accueil@ccas-breville.example</a></p>
  <p>Directrice : Sandrine Belkacem</p>
  <p>Bus lignes 3 et 7, arrêt Halles</p>
</aside>
</div>

<footer class="site-footer">
  <ul>
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/cookies">Gestion des cookies</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="https://www.breville-sur-arbonne.example">Ville de Bréville-sur-Arbonne</a></li>
  </ul>
  <p>© 2025 CCAS de Bréville-sur-Arbonne</p>
</footer>
<script src="/assets/js/site.min.js?v=4.2.1" defer></script>
<script>document.getElementById('cookies-accept').addEventListener('click',function(){gtag('consent','update',{'analytics_storage':'granted'});document.getElementById('cookie-banner').remove();});</script>
</body>
</html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)
print("écrit :", OUT)
