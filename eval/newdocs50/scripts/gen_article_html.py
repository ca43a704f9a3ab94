# -*- coding: utf-8 -*-
"""Génère l'article d'actualité HTML du site du département (fictif) du Cher-et-Sauldre, publié le mardi 9 décembre
2025 : « Isolement des aînés : le Cher-et-Sauldre mise sur les équipes citoyennes ».

Mise en page : bandeau cookies (div#cookie-banner) en tête du <body>, en-tête et menu, fil d'Ariane, <article> avec
<time datetime>, chapeau, intertitres, une <figure> d'infographie dont les chiffres ne figurent QUE dans l'attribut
alt de l'image et dans la <figcaption>, une citation mise en exergue (<blockquote> + <cite>), un encadré « Pratique »,
une liste « À lire aussi » (liens connexes), pied de site. Scripts et JSON-LD en tête.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00 / 06 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-12-09_departement-cher-et-sauldre_actu-isolement-aines.html")

ALT = ("Infographie « Rompre l'isolement des aînés dans le Cher-et-Sauldre ». En 2025 : 37 équipes citoyennes "
       "Monalisa (24 en 2023) et 412 bénévoles engagés (268 en 2023) ; 1 730 personnes âgées visitées "
       "régulièrement ; dans le département, 41 % des personnes de 75 ans et plus vivent seules ; 610 000 euros "
       "consacrés par la conférence des financeurs à la lutte contre l'isolement en 2025.")
CAPTION = ("Une personne âgée sur quatre (26 %) déclare n'avoir eu aucune conversation au cours de la semaine "
           "précédente (enquête départementale « Bien vieillir » 2024, 1 200 répondants de 65 ans et plus). Sources : "
           "Département du Cher-et-Sauldre, bilan Monalisa 2025 ; Insee, recensement 2021.")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Isolement des aînés : le Cher-et-Sauldre mise sur les équipes citoyennes | Département du Cher-et-Sauldre</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Bénévoles, centres sociaux, CLIC et bailleurs : le Département renforce la lutte contre l'isolement des personnes âgées.">
<link rel="stylesheet" href="/assets/css/site.min.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Isolement des aînés : le Cher-et-Sauldre mise sur les équipes citoyennes","datePublished":"2025-12-09T08:30:00+01:00","publisher":{{"@type":"GovernmentOrganization","name":"Département du Cher-et-Sauldre"}}}}</script>
<script src="/assets/js/tarteaucitron.js"></script>
</head>
<body class="page-actualite">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies de mesure d'audience et des contenus tiers (vidéos). Vous pouvez accepter, refuser
  ou personnaliser vos choix. <a href="/donnees-personnelles">En savoir plus</a></p>
  <button type="button" id="cookie-accept">Tout accepter</button>
  <button type="button" id="cookie-deny">Tout refuser</button>
  <button type="button" id="cookie-custom">Personnaliser</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/logo-cher-et-sauldre.svg" alt="Département du Cher-et-Sauldre — accueil"></a>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/solidarites">Solidarités</a></li>
      <li><a href="/autonomie">Autonomie</a></li>
      <li><a href="/colleges">Collèges</a></li>
      <li><a href="/routes">Routes et mobilités</a></li>
      <li><a href="/actualites">Actualités</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <a href="/">Accueil</a> › <a href="/actualites">Actualités</a> › <a href="/autonomie">Autonomie</a> › Isolement des aînés
</nav>
<main id="contenu">
<article class="news">
  <p class="kicker">Autonomie — Bien vieillir</p>
  <h1>Isolement des aînés : le Cher-et-Sauldre mise sur les équipes citoyennes</h1>
  <p class="meta">Publié le <time datetime="2025-12-09">9 décembre 2025</time> — mis à jour le <time datetime="2025-12-10">10 décembre 2025</time> — Direction de l'autonomie</p>
  <p class="chapo">Visites de convivialité, appels réguliers, repérage des situations de détresse : le Département
  renforce son soutien aux équipes de bénévoles qui rompent la solitude des personnes âgées, et signe une convention
  avec la CARSAT et la conférence des financeurs pour les trois prochaines années.</p>

  <h2>Des bénévoles formés, des visites régulières</h2>
  <p>Dans le cadre de la mobilisation nationale contre l'isolement des âgés (Monalisa), des équipes citoyennes se sont
  constituées dans la plupart des bassins de vie du département : centres sociaux, associations de quartier, clubs
  d'aînés, paroisses, collectifs d'habitants. Chaque bénévole suit une formation initiale d'une journée, puis rend
  visite une fois par semaine à une ou deux personnes qui le souhaitent. Les équipes sont accompagnées par la
  référente Monalisa du Département, Corinne Vasseur, et par les CLIC, qui orientent vers elles les personnes qu'ils
  repèrent.</p>

  <figure class="infographie">
    <img src="/medias/2025/12/infographie-isolement-aines-2025.png" width="1200" height="900" loading="lazy"
         alt="{alt}">
    <figcaption>{caption}</figcaption>
  </figure>

  <h2>À Vernançay, un quartier pilote</h2>
  <p>Aux Grands-Champs, quartier prioritaire de Vernançay, l'équipe citoyenne portée par le centre social
  Jacques-Prévert s'est associée cet été aux appels du plan canicule du CCAS, aux côtés des gardiens du bailleur
  Sauldre Habitat. « Pendant les appels, on ne parle pas que de la chaleur, on demande aussi comment va le moral »,
  explique Léonie Marquet, qui anime l'équipe. Les situations préoccupantes sont transmises au CLIC du Pays de
  Vernançay, qui peut organiser une évaluation à domicile et, avec le médecin traitant, faire appel à l'équipe mobile
  de psychiatrie du sujet âgé du centre hospitalier Les Tilleuls.</p>

  <blockquote class="pull-quote">
    <p>« Personne, dans ce département, ne devrait passer une semaine entière sans avoir parlé à quelqu'un. »</p>
    <cite>Brigitte Sauvageot, vice-présidente du Département chargée de l'autonomie et des solidarités</cite>
  </blockquote>

  <h2>« Il venait le mardi, et le mardi je me rasais »</h2>
  <p>Marcel, 83 ans, ancien cheminot, vit seul depuis le décès de son épouse dans un appartement des Grands-Champs.
  Pendant un an, il n'est presque plus sorti. « Mes enfants sont loin, mes copains sont morts, je ne voyais pas
  l'intérêt de descendre les escaliers », raconte-t-il. C'est le gardien de son immeuble qui a alerté le bailleur,
  puis le CLIC. Depuis le printemps, un bénévole de l'équipe citoyenne lui rend visite chaque semaine. « Il venait
  le mardi, et le mardi je me rasais. Au début c'était pour lui faire plaisir. Maintenant on va ensemble au marché. »
  Un récit qui résume l'esprit de la démarche : la visite ne remplace ni le soin ni l'aide à domicile, mais elle
  redonne une raison de se lever.</p>

  <h2>Repérer la détresse, pas seulement la solitude</h2>
  <p>Les bénévoles ne sont pas des soignants, mais ils voient souvent avant tout le monde qu'une personne « ne va
  pas bien ». C'est pourquoi le Département propose désormais aux équipes citoyennes, en lien avec l'agence régionale
  de santé, une sensibilisation au repérage de la souffrance psychique et du risque suicidaire, assurée par des
  formateurs habilités. Chaque équipe dispose aussi d'un contact au CLIC de son secteur pour transmettre une
  inquiétude, et les bénévoles savent qu'en cas de danger immédiat on appelle le 15.</p>

  <h2>Une convention de trois ans avec la CARSAT</h2>
  <p>Le 2 décembre, le Département, la CARSAT Centre-Val de Loire et la conférence des financeurs de la prévention de
  la perte d'autonomie ont signé une convention pour les années 2026 à 2028. Elle prévoit un appel à projets commun
  chaque année, la formation des bénévoles à la prévention du suicide (module sentinelle) et un outil partagé de
  suivi des visites. Les CLIC verront aussi leurs moyens renforcés pour tenir des permanences dans les quartiers
  prioritaires.</p>

  <h2>Et pendant l'été ?</h2>
  <p>Le registre des personnes vulnérables reste tenu par chaque commune, le plus souvent par le CCAS. Le Département
  invite les familles, les voisins et les professionnels à y faire inscrire, avec leur accord, les personnes âgées
  seules de leur entourage avant l'été prochain.</p>

  <aside class="encadre">
    <h3>Pratique : devenir bénévole</h3>
    <ul>
      <li>Inscription en ligne sur <a href="https://benevoles.cher-et-sauldre.example">benevoles.cher-et-sauldre.example</a></li>
      <li>Ou par téléphone auprès de la mission Bien vieillir : 03 99 00 18 40 (du lundi au vendredi, 9 h - 12 h)</li>
      <li>Aucune compétence particulière requise ; une formation initiale d'une journée est offerte</li>
    </ul>
  </aside>

  <section class="related" aria-labelledby="related-title">
    <h2 id="related-title">À lire aussi</h2>
    <ul>
      <li><a href="/actualites/2025/11/aidants-journee-nationale">Journée nationale des aidants : le programme dans le département</a></li>
      <li><a href="/actualites/2025/09/apa-domicile-revalorisation">APA à domicile : ce qui change au 1er janvier</a></li>
      <li><a href="/actualites/2025/06/canicule-registre-communes">Canicule : pensez au registre de votre commune</a></li>
      <li><a href="/autonomie/clic">Trouver le CLIC le plus proche de chez vous</a></li>
    </ul>
  </section>
  <p class="share">Partager : <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">Courriel</a></p>
</article>
</main>
<footer class="site-footer">
  <p>Département du Cher-et-Sauldre — Hôtel du Département, 1 place de la Préfecture — 03 99 00 10 00</p>
  <ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/plan-du-site">Plan du site</a></li></ul>
</footer>
</body>
</html>
"""


def main():
    html = HTML.format(alt=ALT.replace('"', "&quot;"), caption=CAPTION)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(html)
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
