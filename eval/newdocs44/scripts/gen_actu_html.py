# -*- coding: utf-8 -*-
"""Génère l'article d'actualité (HTML) du site de la communauté de communes des Côtes de Vauclerc annonçant la
plateforme de prise de rendez-vous en ligne « Rendez-vous Santé Côtes » (7 octobre 2025).

Mise en forme voulue : balises meta Open Graph (og:title, og:description, og:image, og:type, og:url),
article:published_time, en-tête de site avec menu, fil d'Ariane, chapô, intertitres, liste numérotée des trois
façons de prendre rendez-vous, figure avec légende et crédit, encadré « À savoir », barre latérale « À lire
aussi » (articles liés, datés), pied de site ; script et style qui ne doivent pas être lus.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-07_cc-cotes-vauclerc_actu-rendez-vous-sante-en-ligne.html")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Rendez-vous Santé Côtes : prenez rendez-vous en ligne avec votre maison de santé | CC des Côtes de Vauclerc</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Depuis le 6 octobre 2025, la plateforme Rendez-vous Santé Côtes permet de réserver en ligne dans les quatre maisons de santé du territoire et de demander un premier contact au CMP.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Communauté de communes des Côtes de Vauclerc">
<meta property="og:title" content="Rendez-vous Santé Côtes : la prise de rendez-vous en ligne arrive dans les Côtes de Vauclerc">
<meta property="og:description" content="Quatre maisons de santé et le CMP de Vauclerc sur une seule plateforme, avec rappel par SMS. France Services vous accompagne.">
<meta property="og:image" content="https://www.cc-cotes-vauclerc.example/medias/2025/10/rdv-sante-cotes-france-services.jpg">
<meta property="og:url" content="https://www.cc-cotes-vauclerc.example/actualites/2025/10/rendez-vous-sante-cotes-en-ligne">
<meta property="article:published_time" content="2025-10-07T10:30:00+02:00">
<meta property="article:section" content="Santé">
<link rel="canonical" href="https://www.cc-cotes-vauclerc.example/actualites/2025/10/rendez-vous-sante-cotes-en-ligne">
<style>
body{font-family:Arial,sans-serif;margin:0;color:#222} header.site{background:#2b5f3a;color:#fff;padding:8px 24px}
nav.main a{color:#fff;margin-right:14px} main{display:flex;gap:32px;padding:24px} article{flex:3}
aside.related{flex:1;border-left:3px solid #2b5f3a;padding-left:16px} figure{margin:16px 0}
figcaption{font-size:.85em;color:#555} .a-savoir{background:#eef5ef;border:1px solid #2b5f3a;padding:12px}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
</head>
<body>
<header class="site">
  <a class="logo" href="/">Communauté de communes des Côtes de Vauclerc</a>
  <nav class="main" aria-label="Menu principal">
    <a href="/vivre-ici/">Vivre ici</a><a href="/sante/">Santé</a><a href="/services/">Services</a>
    <a href="/france-services/">France Services</a><a href="/actualites/">Actualités</a><a href="/contact/">Contact</a>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <a href="/">Accueil</a> › <a href="/actualites/">Actualités</a> › <a href="/actualites/sante/">Santé</a> ›
  <span>Rendez-vous Santé Côtes</span>
</nav>
<main>
<article>
  <p class="rubrique">Santé · Numérique</p>
  <h1>Rendez-vous Santé Côtes : vos rendez-vous santé en ligne, en trois clics</h1>
  <p class="meta">Publié le <time datetime="2025-10-07">7 octobre 2025</time> par le service communication ·
  Mis à jour le <time datetime="2025-10-09">9 octobre 2025</time></p>
  <p class="chapo"><strong>Depuis le lundi 6 octobre 2025, les habitants des 41 communes des Côtes de Vauclerc
  peuvent prendre rendez-vous en ligne dans les quatre maisons de santé du territoire et adresser une demande de
  premier contact au centre médico-psychologique (CMP) de Vauclerc. La plateforme, baptisée Rendez-vous Santé
  Côtes, a été conçue avec la CPTS du Pays de Vauclerc et le conseil local de santé mentale (CLSM).</strong></p>

  <h2>Pourquoi une plateforme commune ?</h2>
  <p>Jusqu'ici, chaque maison de santé avait son propre secrétariat téléphonique, souvent saturé le lundi matin.
  « Un patient sur cinq nous disait avoir renoncé à appeler parce que ça sonnait occupé », explique le
  Dr Pauline Jacquemin, médecin généraliste et coordinatrice de la maison de santé de Fontenoy-la-Côte.
  La plateforme réunit sur une seule adresse, <em>rdv.sante-cotes-vauclerc.example</em>, les agendas des
  maisons de santé de Fontenoy-la-Côte, de Brémoncourt et de Saint-Aubin-des-Bois, du pôle de santé du
  Champ-Fleury, ainsi que les demandes adressées au CMP.</p>
  <p>Un SMS de rappel est envoyé 48 heures avant chaque rendez-vous ; on peut annuler jusqu'à 24 heures avant,
  d'un simple clic, pour libérer le créneau. Pendant la phase de test, en septembre, les rendez-vous non
  honorés sont passés de 17 % à 10 % à la maison de santé de Brémoncourt.</p>

  <h2>Trois façons de prendre rendez-vous</h2>
  <ol>
    <li><strong>En ligne</strong>, 24 heures sur 24, sur rdv.sante-cotes-vauclerc.example ou depuis
    l'application mobile.</li>
    <li><strong>Par téléphone</strong>, au secrétariat commun des maisons de santé : 03 99 00 41 00, du lundi
    au vendredi de 8 h à 18 h 30.</li>
    <li><strong>À France Services</strong>, au 12 rue des Tilleuls à Vauclerc (quartier du Champ-Fleury) ou dans le
    bus France Services : une conseillère numérique prend le rendez-vous avec vous.</li>
  </ol>

  <figure>
    <img src="/medias/2025/10/rdv-sante-cotes-france-services.jpg" width="960" height="640"
         alt="Une conseillère numérique montre la plateforme de rendez-vous sur une tablette à une habitante">
    <figcaption>Inès Bouchard, conseillère numérique, présente Rendez-vous Santé Côtes à une habitante lors de
    la permanence e-santé de France Services au Champ-Fleury, le 6 octobre. En 2024, la permanence a réalisé
    356 accompagnements liés à la santé. <span class="credit">Photo : CC des Côtes de Vauclerc / S. Noël</span></figcaption>
  </figure>

  <h2>Et pour le CMP ?</h2>
  <p>Pour le CMP adultes de Vauclerc, la plateforme ne donne pas accès à l'agenda du psychiatre. On y remplit une
  <strong>demande de premier contact</strong> (une dizaine de questions simples) ; une infirmière du CMP
  rappelle la personne dans un délai de cinq jours ouvrés pour évaluer la demande et proposer un rendez-vous,
  sur place ou en téléconsultation depuis une maison de santé. Les patients déjà suivis continuent de
  s'adresser directement au CMP, au 03 99 00 41 60.</p>

  <div class="a-savoir" role="note">
    <h3>À savoir</h3>
    <ul>
      <li>La plateforme n'est <strong>pas faite pour les urgences</strong> : appelez le 15 ou rendez-vous aux
      urgences du centre hospitalier de Ravenel.</li>
      <li>Vos données sont hébergées en France chez un hébergeur certifié pour les données de santé (HDS) ; la
      communauté de communes n'a accès ni aux motifs de consultation ni aux dossiers.</li>
      <li>Le service est gratuit pour les patients. Son coût (18 400 € la première année) est financé par
      l'Agence régionale de santé Grand Est au titre du fonds d'intervention régional (FIR) et par la
      communauté de communes.</li>
    </ul>
  </div>

  <h2>Un projet né de l'enquête des habitants</h2>
  <p>Lors de l'enquête « Le numérique et votre santé » menée par le CLSM de novembre 2024 à janvier 2025,
  un tiers des 612 répondants s'étaient déclarés en difficulté avec les démarches en ligne. « C'est pour cela
  que nous avons tenu à garder le téléphone et l'accueil physique : le numérique doit s'ajouter, pas
  remplacer », souligne Martine Hocquard, vice-présidente chargée de la santé et des solidarités.</p>
  <p>Un premier bilan sera présenté au comité de pilotage e-santé mentale en janvier 2026.</p>
  <p class="contact">Contact : service santé de la communauté de communes, 03 99 00 41 10,
  sante@cc-cotes-vauclerc.example</p>
</article>

<aside class="related" aria-label="À lire aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/actualites/2025/09/boussole-jeunes">Boussole Jeunes : une application pour le bien-être des
    15-25 ans testée sur le territoire</a> <time datetime="2025-09-29">29 septembre 2025</time></li>
    <li><a href="/actualites/2025/03/enquete-numerique-sante">Numérique et santé : les résultats de l'enquête du
    CLSM</a> <time datetime="2025-03-20">20 mars 2025</time></li>
    <li><a href="/actualites/2024/04/teleconsultation-saint-aubin">Téléconsultation avec le CMP : la maison de
    santé de Saint-Aubin-des-Bois équipée à son tour</a> <time datetime="2024-04-15">15 avril 2024</time></li>
    <li><a href="/actualites/2024/03/permanence-e-sante">France Services ouvre une permanence e-santé au
    Champ-Fleury</a> <time datetime="2024-03-05">5 mars 2024</time></li>
  </ul>
</aside>
</main>
<footer class="site">
  <p>Communauté de communes des Côtes de Vauclerc — 2 place de l'Hôtel-de-Ville, Vauclerc — 03 99 00 41 00</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/donnees-personnelles/">Données personnelles</a>
  · <a href="/accessibilite/">Accessibilité : partiellement conforme</a></p>
</footer>
</body>
</html>
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
