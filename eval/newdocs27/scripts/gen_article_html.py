# -*- coding: utf-8 -*-
"""Page d'article d'un journal local en ligne (« L'Écho du Vernadou ») sur la fin de la première saison du Bus
Santé, 29 octobre 2025.

Tout est fictif. Forme : bandeau de cookies en tête, en-tête avec logo et date du jour, menu <nav> de rubriques,
fil d'Ariane, <article> avec surtitre, titre, chapeau, signature et <time>, intertitres <h2>, citations en
<blockquote>, encadré « Les chiffres clés » (<aside class="chiffres"> dans l'article, <ul> de chiffres en <strong>),
encadré pratique, mots-clés ; barre latérale (« Les plus lus », agenda, lettre d'information) ; pied de page ;
scripts de mesure d'audience.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-10-29_echo-du-vernadou_bus-sante-premiere-saison.html")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Le Bus Santé boucle sa première saison : « Ici, on parle aussi du moral » - L'Écho du Vernadou</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Après sept mois sur les routes du Pays de Vernadou, le Bus Santé a accueilli 388 personnes.">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/assets/css/echo.min.css?v=3.2.1">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body class="single single-article rubrique-vallees">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>L'Écho du Vernadou et ses partenaires utilisent des cookies pour mesurer l'audience et vous proposer des
  contenus adaptés. Vous pouvez accepter, refuser ou personnaliser vos choix à tout moment.</p>
  <button class="btn-accept">Tout accepter</button> <button class="btn-refuse">Continuer sans accepter</button>
  <a href="/confidentialite/">Personnaliser</a>
</div>
<header class="site-header">
  <div class="topbar"><span class="today">Mercredi 29 octobre 2025</span> · <a href="/abonnement/">S'abonner</a> · <a href="/connexion/">Se connecter</a></div>
  <a class="logo" href="/"><img src="/assets/img/logo-echo.svg" alt="L'Écho du Vernadou"></a>
  <p class="baseline">L'hebdomadaire des vallées du Vernadou depuis 1952</p>
</header>
<nav class="main-nav" aria-label="Rubriques">
  <ul>
    <li><a href="/actualite/">Actualité</a></li>
    <li><a href="/vallees/">Nos vallées</a></li>
    <li><a href="/agriculture/">Agriculture</a></li>
    <li><a href="/sante-social/">Santé &amp; social</a></li>
    <li><a href="/sports/">Sports</a></li>
    <li><a href="/sorties/">Sorties</a></li>
    <li><a href="/necrologie/">Avis d'obsèques</a></li>
  </ul>
</nav>
<div class="wrap">
<main class="content">
<p class="breadcrumb"><a href="/">Accueil</a> › <a href="/sante-social/">Santé &amp; social</a> › Bus Santé</p>
<article class="post">
  <p class="kicker">Pays de Vernadou · Santé</p>
  <h1>Le Bus Santé boucle sa première saison : « Ici, on parle aussi du moral »</h1>
  <p class="chapo">Depuis le 2 avril, une infirmière et un psychologue sillonnaient les routes du Pays de Vernadou à
  bord d'un ancien bibliobus. Bilan d'une saison qui a surpris jusqu'à ses promoteurs, avant la pause d'hiver.</p>
  <p class="byline">Par <span class="author">Léa Castanier</span> · Publié le <time datetime="2025-10-29T07:30">29 octobre 2025 à 7 h 30</time> · Lecture 4 min</p>

  <p>Vendredi 24 octobre, sur la place de Rieumajou, le Bus Santé a fait sa dernière halte de l'année. Devant la
  porte, une file de six personnes, un thermos de café posé sur une table pliante, et Coralie Fabrègue, l'infirmière,
  qui appelle chacun par son prénom. « Au début, on nous regardait de loin, sourit-elle. Maintenant, certains nous
  attendent avec des gâteaux. »</p>

  <p>Le principe est simple : le bus, un ancien bibliobus du Département réaménagé avec un cabinet de consultation
  fermé, fait étape dans quatorze villages du Pays de Vernadou, deux étapes par jour, du mardi au vendredi. Chaque
  village le voit passer une fois tous les quinze jours, de 9 h 30 à 16 h 30. On y monte sans rendez-vous, pour
  une prise de tension, une glycémie, un pansement, un conseil… ou simplement pour parler.</p>

  <aside class="chiffres" aria-label="Les chiffres clés">
    <h3>Les chiffres clés de la saison 2025</h3>
    <ul>
      <li><strong>612</strong> passages dans le bus</li>
      <li><strong>388</strong> personnes différentes accueillies</li>
      <li><strong>14</strong> villages-étapes</li>
      <li><strong>41 %</strong> des personnes reçues avaient plus de 70 ans</li>
      <li><strong>52</strong> personnes orientées vers le CMP de Montcabrel</li>
      <li><strong>148 000 €</strong> pour réaménager le véhicule</li>
    </ul>
  </aside>

  <h2>« La troisième fois, ils parlent »</h2>
  <p>À bord, Baptiste Lherm, psychologue mis à disposition par le centre hospitalier de Montcabrel, reçoit dans le
  petit cabinet du fond. « Je ne suis pas là pour faire une thérapie en vingt minutes, mais pour ouvrir une porte »,
  explique-t-il. Les gens viennent rarement pour lui au premier passage. « Ils viennent pour la tension. La deuxième
  fois, ils restent boire le café. La troisième fois, ils parlent. »</p>

  <p>Les sujets ? La solitude, d'abord, chez les plus âgés. La fatigue et les soucis d'argent chez les agriculteurs,
  nombreux à s'arrêter les jours de marché. Et, plus inattendu, des adolescents venus accompagner une grand-mère et
  qui reviennent seuls. Quand il le faut, le bus sert aussi de salle de téléconsultation : le patient y parle sur
  écran avec un psychiatre du CMP de Montcabrel, l'infirmière à ses côtés.</p>

  <blockquote><p>« Le bus est sur la place, au milieu de tout le monde. Personne ne sait si vous montez pour votre
  tension ou pour votre moral. C'est ça qui fait tomber la honte. »</p>
  <footer>— Jean-Louis Calvignac, maire de Fontclaire et président du conseil local de santé mentale intercommunal</footer></blockquote>

  <h2>Une pause jusqu'au 16 mars</h2>
  <p>Le bus passe l'hiver au garage de la communauté de communes, à Montcabrel : les routes verglacées des hauts du
  Vernadou et le froid dans l'habitacle rendent les tournées trop risquées de décembre à février. Il reprendra la
  route le 16 mars 2026, avec un calendrier revu. D'ici là, les habitants peuvent appeler la ligne d'écoute
  Terres à l'écoute au 0 800 47 26 15, tous les jours de 8 h à 22 h, ou le CMP de Montcabrel.</p>

  <p>Le fonctionnement du bus, lui, est financé jusqu'à fin 2026 par une convention signée le 20 juin entre la
  communauté de communes, l'Agence régionale de santé, la MSA, le Département et l'hôpital de Montcabrel. Le
  réaménagement du véhicule, 148 000 euros, avait été payé par le Département et la communauté de communes.</p>

  <div class="encadre-pratique">
    <h3>Pratique</h3>
    <p>Le calendrier 2026 des étapes sera publié en mars sur le site de la communauté de communes et affiché en
    mairie. Renseignements : CIAS du Pays de Vernadou, 05 63 41 28 74.</p>
  </div>

  <p class="tags">Mots-clés : <a href="/tag/bus-sante/">Bus Santé</a> <a href="/tag/sante-mentale/">santé mentale</a> <a href="/tag/montcabrel/">Montcabrel</a> <a href="/tag/rieumajou/">Rieumajou</a></p>
  <div class="share">Partager : <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-mail</a></div>
</article>
<section class="comments"><h2>Commentaires (3)</h2>
  <div class="comment"><p class="who">Martine C.</p><p>Ma mère l'attend chaque quinzaine, merci à toute l'équipe !</p></div>
  <div class="comment"><p class="who">Fred82</p><p>Dommage que le bus ne passe pas le samedi, pour ceux qui travaillent.</p></div>
  <div class="comment"><p class="who">Un agriculteur de Sauvanès</p><p>Je suis monté pour la tension, je suis redescendu plus léger. Vivement mars.</p></div>
</section>
</main>
<aside class="sidebar">
  <section class="most-read"><h2>Les plus lus</h2>
    <ol>
      <li><a href="/agriculture/foire-agneaux-varanhac/">Foire aux agneaux de Varanhac : des cours en légère hausse</a></li>
      <li><a href="/vallees/fontclaire-tresorerie/">Fontclaire : la trésorerie fermera ses portes en décembre</a></li>
      <li><a href="/sports/rugby-montcabrel/">Rugby : Montcabrel s'impose dans le derby</a></li>
      <li><a href="/vallees/prat-cerbes-fibre/">Prat-Cerbès attend toujours la fibre</a></li>
    </ol>
  </section>
  <section class="agenda"><h2>Agenda</h2>
    <ul>
      <li><strong>8 novembre</strong> — Loto du comité des fêtes, Sauvanès</li>
      <li><strong>18 novembre</strong> — Assemblée plénière du conseil local de santé mentale, salle des fêtes de Montcabrel</li>
      <li><strong>22 novembre</strong> — Marché de Noël des producteurs, Labastide-Orvelle</li>
    </ul>
  </section>
  <section class="newsletter"><h2>La lettre de l'Écho</h2>
    <form action="/newsletter/" method="post"><label for="nl">Votre e-mail</label> <input id="nl" type="email"> <button>Je m'inscris</button></form>
  </section>
</aside>
</div>
<footer class="site-footer">
  <p>L'Écho du Vernadou — 7, place de la Halle, Montcabrel · <a href="/mentions-legales/">Mentions légales</a> · <a href="/confidentialite/">Données personnelles</a> · <a href="/contact/">Contact</a></p>
  <p>© 2025 L'Écho du Vernadou. Tous droits réservés. Reproduction interdite sans autorisation.</p>
</footer>
<script src="/assets/js/echo.min.js?v=3.2.1"></script>
<script>(function(){var s=document.createElement('script');s.src='https://stats.echo-vernadou.example/m.js';document.body.appendChild(s);})();</script>
</body>
</html>
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML)
    print(OUT)


if __name__ == "__main__":
    main()
