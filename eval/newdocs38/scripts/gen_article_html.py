# -*- coding: utf-8 -*-
"""Génère l'article d'actualité du site de la ville de Belcombe (10 mars 2026) sur le second groupe Cap Familles,
le kit famille et les chiffres 2025 des dispositifs pour les aidants (.html).

Mise en page voulue : en-tête et menu du site, fil d'Ariane, article avec <time datetime> (publication et mise à
jour), chapô, intertitres, figure avec <figcaption>, vidéo intégrée (<iframe>), encadré pratique, aside
« À lire aussi » avec trois liens datés, section de commentaires (commentaires datés et réponses du modérateur),
pied de site. Certains faits ne sont que dans la légende, l'encadré ou les réponses aux commentaires.

Tout est inventé (ville, organismes, personnes, chiffres, numéros en 03 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-03-10_ville-belcombe_actu-second-groupe-cap-familles.html")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aidants en santé mentale : un second groupe Cap Familles et un kit pour les familles — Ville de Belcombe</title>
<meta name="description" content="Le programme Cap Familles ouvre un second groupe le jeudi soir ; la liste d'attente recule.">
<link rel="canonical" href="https://www.belcombe.example/actualites/2026/03/aidants-second-groupe-cap-familles">
<link rel="stylesheet" href="/assets/css/site.css">
<script>window.dataLayer = window.dataLayer || []; function consent(){ /* bandeau */ }</script>
<style>
  .article figure { margin: 1.5em 0; } .article figcaption { font-size: .85em; color: #555; }
  .pratique { background: #f3e9f1; border-left: 4px solid #b85c8a; padding: .8em 1em; }
  aside.lire-aussi { border-top: 2px solid #5b2c6f; }
</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Ville de Belcombe</a>
  <nav aria-label="Menu principal">
    <ul>
      <li><a href="/mairie/">Mairie</a></li>
      <li><a href="/solidarites/">Solidarités et santé</a></li>
      <li><a href="/quartiers/">Quartiers</a></li>
      <li><a href="/culture/">Culture</a></li>
      <li><a href="/actualites/">Actualités</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <a href="/">Accueil</a> › <a href="/actualites/">Actualités</a> › <a href="/solidarites/sante/">Santé</a> ›
  <span>Aidants en santé mentale</span>
</nav>
<main>
<article class="article">
  <header>
    <p class="rubrique">Santé · Solidarités</p>
    <h1>Aidants en santé mentale : un second groupe Cap Familles et un kit pour les familles</h1>
    <p class="meta">Publié le <time datetime="2026-03-10T09:00:00+01:00">10 mars 2026</time>
       · mis à jour le <time datetime="2026-03-12T16:40:00+01:00">12 mars 2026</time> · Direction de la communication</p>
  </header>
  <p class="chapo">Depuis le 5 février, le programme de psychoéducation Cap Familles accueille un second groupe de
  familles, le jeudi soir, au CMP Pasteur. Résultat : la liste d'attente, qui comptait 41 familles au 31 décembre,
  est redescendue à 22 familles au 1er mars 2026. Et depuis le 2 mars, chaque famille dont un proche est hospitalisé
  pour la première fois reçoit un « kit famille ».</p>

  <h2>Deux groupes au lieu d'un</h2>
  <p>Lancé à Belcombe en janvier 2024 par le centre hospitalier spécialisé du Val-de-Sâline et la délégation
  départementale de l'AFAMP, Cap Familles aide les proches d'une personne vivant avec une schizophrénie ou un trouble
  bipolaire à mieux comprendre la maladie et à mieux communiquer. Jusqu'ici, un seul groupe de douze familles se
  réunissait le mardi soir. Depuis le jeudi 5 février 2026, un second groupe de douze familles se retrouve le
  jeudi, de 18 h à 21 h, dont cinq familles habitant le quartier de La Combe-aux-Loups, pour lesquelles des places
  avaient été réservées.</p>
  <p>Ce second groupe est financé pour 2026 par le contrat de ville (9 000 €) et par l'agence régionale de santé
  Bourgogne-Franche-Comté (14 000 €). « Quand nous avons vu, dans l'enquête de l'automne, que seules 14 % des familles
  du quartier connaissaient le programme, nous avons voulu aller les chercher », explique Pascal Brenot, adjoint au
  maire chargé de la santé. Depuis 2024, 23 familles ont suivi le cycle complet de quatorze séances ; 24 autres sont
  en cours de cycle.</p>

  <figure>
    <img src="/medias/2026/03/cap-familles-groupe-jeudi.jpg" alt="Des parents assis en cercle dans une salle du CMP" width="960" height="640">
    <figcaption>Première séance du groupe du jeudi, le 5 février 2026, au CMP Pasteur. À droite, Julien Perrault,
    psychologue, et Nadia Benali, pair-aidante familiale, qui co-animent ce nouveau groupe. © Ville de Belcombe /
    L. Faivre</figcaption>
  </figure>

  <h2>Un kit remis dès la première hospitalisation</h2>
  <p>C'était l'une des recommandations de l'enquête menée en 2025 par l'Observatoire de la santé de Haute-Sâline :
  informer les familles tout de suite, et non des années plus tard. Depuis le lundi 2 mars 2026, les unités
  d'hospitalisation du pôle de psychiatrie adulte remettent à chaque famille, lors d'une première hospitalisation,
  un kit composé d'un livret de 24 pages, d'une carte de contacts et d'une proposition de rendez-vous à la
  consultation des familles dans les sept jours. « On ne peut plus laisser un parent repartir des urgences sans
  savoir à qui parler », souligne le Dr Hélène Marchetti, psychiatre, responsable de la consultation des familles
  du secteur.</p>

  <h2>Des dispositifs de plus en plus sollicités</h2>
  <p>Les chiffres 2025 confirment que les familles se saisissent des ressources. La ligne Écoute Familles de l'AFAMP
  a reçu 1 392 appels en 2025, contre 1 148 en 2024. La consultation des familles du secteur a reçu 176 familles sur
  l'année. Les séjours de répit Parenthèse ont accueilli 29 aidants. Et l'équipe de pair-aidants familiaux compte
  désormais neuf bénévoles, deux nouveaux ayant terminé leur formation en janvier.</p>

  <div class="video">
    <iframe width="640" height="360" src="https://video.belcombe.example/embed/cap-familles-une-soiree-avec-les-familles"
      title="Reportage : une soirée avec les familles de Cap Familles (3 min 40)" frameborder="0"
      allow="autoplay; encrypted-media; picture-in-picture" allowfullscreen loading="lazy"></iframe>
    <p class="video-legende">Reportage : une soirée avec les familles de Cap Familles (3 min 40), tourné avec
    l'accord des participants.</p>
  </div>

  <section class="pratique">
    <h2>En pratique</h2>
    <ul>
      <li>Cap Familles : gratuit ; inscription après un entretien avec le psychologue, secrétariat du CMP Pasteur,
      03 99 00 61 25.</li>
      <li>Consultation des familles : sur rendez-vous au 03 99 00 61 20, avec ou sans votre proche.</li>
      <li>Écoute Familles (AFAMP) : 03 99 00 41 70, du lundi au vendredi de 9 h à 12 h, le mercredi de 17 h à 20 h
      et, depuis le 2 mars, le samedi de 9 h à 12 h.</li>
      <li>Café Boussole : le deuxième samedi du mois, de 10 h à 12 h, médiathèque Louise-Michel.</li>
    </ul>
  </section>
</article>

<aside class="lire-aussi" aria-labelledby="lire-aussi-titre">
  <h2 id="lire-aussi-titre">À lire aussi</h2>
  <ul>
    <li><a href="/actualites/2026/01/cafe-boussole-nouveau-jour">Café Boussole : nouveau jour, nouveau lieu</a>
      <time datetime="2026-01-08">8 janvier 2026</time></li>
    <li><a href="/actualites/2025/10/journee-des-aidants-espace-lumiere">Journée des aidants : plus de 150 participants
      à l'Espace Lumière</a> <time datetime="2025-10-06">6 octobre 2025</time></li>
    <li><a href="/actualites/2025/09/enquete-aidants-resultats">Enquête Aidants : un aidant sur deux épuisé en
      Haute-Sâline</a> <time datetime="2025-09-25">25 septembre 2025</time></li>
  </ul>
</aside>

<section class="commentaires" id="commentaires">
  <h2>Commentaires (6)</h2>
  <article class="commentaire" id="c1">
    <p class="auteur">Sylvie M. · <time datetime="2026-03-10T12:41">10 mars 2026 à 12 h 41</time></p>
    <p>Est-ce que c'est payant ? Mon mari est bipolaire et je suis à bout.</p>
    <article class="commentaire reponse" id="c1r">
      <p class="auteur">Ville de Belcombe (modérateur) · <time datetime="2026-03-10T15:02">10 mars 2026 à 15 h 02</time></p>
      <p>Bonjour Sylvie, le programme est entièrement gratuit et il est ouvert aux conjoints. Appelez le secrétariat
      du CMP Pasteur au 03 99 00 61 25 : un entretien avec le psychologue vous sera proposé. En attendant, la ligne
      Écoute Familles peut vous aider dès aujourd'hui.</p>
    </article>
  </article>
  <article class="commentaire" id="c2">
    <p class="auteur">Gérard L. · <time datetime="2026-03-11T08:15">11 mars 2026 à 8 h 15</time></p>
    <p>22 familles qui attendent, c'est encore beaucoup. Et pour ceux qui travaillent en équipe de nuit, il n'y a
    rien le week-end ?</p>
    <article class="commentaire reponse" id="c2r">
      <p class="auteur">Ville de Belcombe (modérateur) · <time datetime="2026-03-11T11:30">11 mars 2026 à 11 h 30</time></p>
      <p>Bonjour Gérard, un groupe Cap Familles le samedi n'est pas prévu pour l'instant. En revanche, plusieurs
      ateliers pour les aidants ont lieu le samedi matin en mars, et le Café Boussole se tient désormais le samedi.</p>
    </article>
  </article>
  <article class="commentaire" id="c3">
    <p class="auteur">Amina B. · <time datetime="2026-03-12T14:05">12 mars 2026 à 14 h 05</time></p>
    <p>Mon fils de 13 ans s'occupe beaucoup de mon frère qui vit chez nous. Le groupe Ricochet, c'est seulement pour
    le collège Courbet ?</p>
    <article class="commentaire reponse" id="c3r">
      <p class="auteur">Ville de Belcombe (modérateur) · <time datetime="2026-03-12T16:38">12 mars 2026 à 16 h 38</time></p>
      <p>Bonjour Amina, pour l'instant Ricochet est réservé aux élèves du collège Gustave-Courbet. Son extension aux
      collèges Victor-Hugo et Les Tilleuls est à l'étude pour la rentrée de septembre 2026. En attendant, vous
      pouvez en parler à l'infirmière scolaire de l'établissement de votre fils.</p>
    </article>
  </article>
</section>
</main>
<footer class="site-footer">
  <p>Ville de Belcombe · Hôtel de ville, place Lamartine · 03 99 00 27 00 ·
  <a href="/mentions-legales">Mentions légales</a> · <a href="/accessibilite">Accessibilité : partiellement conforme</a></p>
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
