# -*- coding: utf-8 -*-
"""Page d'article d'un site municipal sous Joomla 4 (gabarit Cassiopeia), enregistrée depuis le navigateur
(« Page web, HTML uniquement »).

Imitation : <meta name="generator" content="Joomla! - Open Source Content Management">, bandeau de consentement
tarteaucitron.js en tête du <body> (texte et boutons), en-tête avec menu « mod-menu » à sous-menus, fil d'Ariane
« Vous êtes ici : », article com_content avec bloc « Détails » (auteur, catégorie, date de publication, affichages),
étiquettes, colonne latérale de modules (« Numéros utiles », « Actualités santé »), pied de page ; contenu : présentation
d'une CJC avancée, démarche en étapes (<ol>), bilan chiffré dans un tableau, équipe, FAQ en <h3>.
"""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-08_ville-d-ostwihr_cjc-des-tanneurs-un-an-apres.html")

HTML = """<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>CJC des Tanneurs : un an après, une consultation pour les jeunes et leurs parents - Ville d'Ostwihr</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?5c0b8e" rel="stylesheet">
<script src="/media/vendor/tarteaucitron/tarteaucitron.js"></script>
<script>tarteaucitron.init({"privacyUrl": "/mentions-legales", "hashtag": "#tarteaucitron", "orientation": "top"});</script>
<script type="application/json" class="joomla-script-options new">{"system.paths":{"root":"","base":""}}</script>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-214 has-sidebar-right">
<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible">
 <div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigTop">
  <span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.</span>
  <button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">✓ Tout accepter</button>
  <button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">✗ Tout refuser</button>
  <button type="button" id="tarteaucitronCloseAlert" class="tarteaucitronCTAButton">Personnaliser</button>
 </div>
</div>
<header class="header container-header full-width">
 <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Ville d'Ostwihr">Ville d'Ostwihr</span></a>
 <div class="site-description">Haut-Rhin — Une ville solidaire</div></div></div>
 <div class="grid-child container-nav">
  <nav class="navbar navbar-expand-md" aria-label="Menu principal">
  <ul class="mod-menu mod-list nav ">
   <li class="nav-item item-101 default"><a href="/">Accueil</a></li>
   <li class="nav-item item-102 deeper parent"><a href="/mairie">Ma mairie</a><ul class="mod-menu__sub list-unstyled small"><li class="nav-item item-120"><a href="/mairie/conseil-municipal">Conseil municipal</a></li><li class="nav-item item-121"><a href="/mairie/deliberations">Délibérations</a></li></ul></li>
   <li class="nav-item item-103"><a href="/demarches">Démarches</a></li>
   <li class="nav-item item-104 active deeper parent"><a href="/solidarites-sante">Solidarités &amp; santé</a><ul class="mod-menu__sub list-unstyled small"><li class="nav-item item-130"><a href="/solidarites-sante/ccas">CCAS</a></li><li class="nav-item item-214 current active"><a href="/solidarites-sante/sante-mentale" aria-current="page">Santé mentale</a></li><li class="nav-item item-131"><a href="/solidarites-sante/contrat-de-ville">Contrat de ville</a></li></ul></li>
   <li class="nav-item item-105"><a href="/jeunesse">Jeunesse</a></li>
   <li class="nav-item item-106"><a href="/agenda">Agenda</a></li>
  </ul></nav>
  <div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/recherche" method="get" role="search"><label for="mod-finder-searchword" class="finder">Rechercher</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="Rechercher..."></form></div>
 </div>
</header>
<div class="site-grid">
 <div class="grid-child container-component">
  <nav class="mod-breadcrumbs__wrapper" aria-label="Fil d'ariane">
  <ol class="mod-breadcrumbs breadcrumb px-3 py-2">
   <li class="mod-breadcrumbs__here float-start">Vous êtes ici : &#160;</li>
   <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Accueil</span></a></li>
   <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/solidarites-sante" class="pathway"><span>Solidarités &amp; santé</span></a></li>
   <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/solidarites-sante/sante-mentale" class="pathway"><span>Santé mentale</span></a></li>
   <li class="mod-breadcrumbs__item breadcrumb-item active"><span>CJC des Tanneurs : un an après</span></li>
  </ol></nav>
  <main>
  <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
   <meta itemprop="inLanguage" content="fr-FR">
   <div class="page-header"><h1 itemprop="headline">CJC des Tanneurs : un an après, une consultation pour les jeunes et leurs parents</h1></div>
   <dl class="article-info text-muted">
    <dt class="article-info-term">Détails</dt>
    <dd class="createdby" itemprop="author"><span class="icon-user icon-fw" aria-hidden="true"></span>Écrit par : <span itemprop="name">Service communication</span></dd>
    <dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Catégorie : <a href="/solidarites-sante/sante-mentale" itemprop="genre">Santé mentale</a></dd>
    <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-01-08T10:12:00+01:00" itemprop="datePublished">Publication : 8 janvier 2026</time></dd>
    <dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1284">Affichages : 1284</dd>
   </dl>
   <ul class="tags list-inline">
    <li class="list-inline-item tag-12 tag-list0" itemprop="keywords"><a href="/tags/addictions" class="btn btn-sm btn-info">Addictions</a></li>
    <li class="list-inline-item tag-13 tag-list1" itemprop="keywords"><a href="/tags/jeunesse" class="btn btn-sm btn-info">Jeunesse</a></li>
    <li class="list-inline-item tag-14 tag-list2" itemprop="keywords"><a href="/tags/clsm" class="btn btn-sm btn-info">CLSM</a></li>
    <li class="list-inline-item tag-15 tag-list3" itemprop="keywords"><a href="/tags/qpv-les-tanneurs" class="btn btn-sm btn-info">QPV Les Tanneurs</a></li>
   </ul>
   <div itemprop="articleBody" class="com-content-article__body">
<p><strong>Depuis le 8 janvier 2025, le centre socioculturel des Tanneurs accueille chaque mercredi une consultation jeunes consommateurs (CJC). Née d'un travail du Conseil local de santé mentale (CLSM) d'Ostwihr, elle est assurée par le CSAPA Rhin-Sud Addictions de Colmarsheim. Un an après son ouverture, la Ville dresse un premier bilan.</strong></p>
<h2>Une CJC, c'est quoi ?</h2>
<p>Une consultation jeunes consommateurs est un lieu d'écoute et de conseil destiné aux jeunes de 12 à 25 ans qui se posent des questions sur leurs consommations (cannabis, alcool, tabac, protoxyde d'azote…) ou sur leurs usages des écrans et des jeux vidéo, ainsi qu'à leur entourage. L'objectif est de faire le point le plus tôt possible, sans jugement, avant que l'usage ne s'installe. Les consultations sont gratuites et confidentielles ; l'anonymat peut être respecté sur simple demande.</p>
<p>La CJC des Tanneurs accueille aussi les parents, seuls ou avec leur enfant : <em>« Beaucoup de parents viennent d'abord sans leur ado. C'est souvent la première porte d'entrée »</em>, explique Lucie Braun, psychologue de la CJC.</p>
<h2>Horaires et lieu</h2>
<p>Centre socioculturel des Tanneurs, 3 place des Tanneurs, Ostwihr (arrêt de bus « Tanneurs », lignes 4 et 7). Le mercredi de 14 h à 18 h : accueil sans rendez-vous de 14 h à 15 h 30, puis sur rendez-vous. Pendant les vacances scolaires d'été, la consultation est fermée du 14 juillet au 15 août ; les jeunes peuvent alors être reçus au CSAPA de Colmarsheim.</p>
<h2>Comment prendre rendez-vous ?</h2>
<ol>
 <li>Appelez le secrétariat du CSAPA Rhin-Sud Addictions au 03 89 52 47 10, du lundi au vendredi de 9 h à 17 h, ou envoyez un SMS au 06 48 21 90 33 en indiquant « CJC Tanneurs » et un prénom (même d'emprunt).</li>
 <li>Vous pouvez aussi passer directement le mercredi entre 14 h et 15 h 30, sans rendez-vous.</li>
 <li>Le premier entretien dure environ 45 minutes, avec la psychologue ou l'éducateur spécialisé. Aucun document n'est demandé, ni carte Vitale, ni ordonnance.</li>
 <li>Selon les besoins, deux à cinq rencontres sont proposées. Si un suivi plus long est nécessaire, l'équipe oriente vers le CSAPA, le CMP de l'enfant et de l'adolescent ou la maison des adolescents, en accompagnant le premier rendez-vous.</li>
</ol>
<p>Professionnels : la CJC recommande de prendre le premier rendez-vous <em>avec</em> le jeune, par téléphone, plutôt que de lui remettre un numéro.</p>
<h2>Le bilan de la première année</h2>
<p>En 2025, la CJC des Tanneurs a reçu 91 jeunes et 31 parents, pour 176 entretiens au total. L'âge moyen des jeunes est de 17 ans ; 58 % habitent le quartier prioritaire des Tanneurs.</p>
<table class="table table-striped">
 <caption>Motif principal de la venue des jeunes (2025, 91 jeunes)</caption>
 <thead><tr><th>Motif</th><th>Nombre de jeunes</th><th>Part</th></tr></thead>
 <tbody>
  <tr><td>Cannabis</td><td>45</td><td>49 %</td></tr>
  <tr><td>Écrans et jeux vidéo</td><td>20</td><td>22 %</td></tr>
  <tr><td>Alcool</td><td>11</td><td>12 %</td></tr>
  <tr><td>Protoxyde d'azote</td><td>8</td><td>9 %</td></tr>
  <tr><td>Autres (tabac, jeux d'argent, cocaïne)</td><td>7</td><td>8 %</td></tr>
 </tbody>
</table>
<p>Près de deux jeunes sur trois (64 %) ont été orientés par le collège Albert-Schweitzer, le lycée professionnel du Ried, la mission locale ou la protection judiciaire de la jeunesse. Les autres sont venus d'eux-mêmes ou poussés par leurs parents.</p>
<h2>L'équipe</h2>
<ul>
 <li>Lucie Braun, psychologue (CSAPA Rhin-Sud Addictions)</li>
 <li>Yanis Meyer, éducateur spécialisé (CSAPA Rhin-Sud Addictions)</li>
 <li>Coordination : Élodie Marchal, coordinatrice du CLSM d'Ostwihr</li>
</ul>
<p>La CJC est financée par l'ARS Grand Est et par le contrat de ville d'Ostwihr (8 500 € en 2025 pour la mise à disposition des locaux et la communication).</p>
<h2>Questions fréquentes</h2>
<h3>Mes parents seront-ils prévenus si je viens ?</h3>
<p>Non. Ce que tu dis à la CJC reste confidentiel, y compris vis-à-vis de tes parents, sauf danger grave et immédiat, dont on parlerait d'abord avec toi.</p>
<h3>Faut-il être « accro » pour venir ?</h3>
<p>Non, bien au contraire : la CJC est faite pour en parler tôt. Une question, une inquiétude, un usage qui commence à peser suffisent.</p>
<h3>CJC ou CSAPA, quelle différence ?</h3>
<p>La CJC est une consultation courte et précoce, réservée aux 12-25 ans et à leur entourage, pour faire le point. Le CSAPA est un centre de soins en addictologie pour tous les âges, qui propose des suivis au long cours, avec des médecins pouvant prescrire des traitements. La CJC des Tanneurs est d'ailleurs une antenne du CSAPA Rhin-Sud Addictions.</p>
<h3>Et pour les écrans ?</h3>
<p>Oui, la CJC reçoit les jeunes et les familles inquiets d'un usage excessif des écrans ou des jeux vidéo. C'est le deuxième motif de consultation.</p>
   </div>
   <ul class="pagenav"><li class="previous"><a class="hasTooltip" href="/solidarites-sante/sante-mentale/semaines-information-sante-mentale-2025" rel="prev"><span aria-hidden="true">&lt;</span> Précédent</a></li><li class="next"><a class="hasTooltip" href="/solidarites-sante/sante-mentale/premiers-secours-sante-mentale" rel="next">Suivant <span aria-hidden="true">&gt;</span></a></li></ul>
  </div>
  </main>
 </div>
 <div class="grid-child container-sidebar-right">
  <div class="sidebar-right card ">
   <h3 class="card-header ">Numéros utiles</h3>
   <div class="card-body"><div class="mod-custom custom">
    <p>CJC des Tanneurs : 03 89 52 47 10<br>CLSM d'Ostwihr : 03 89 52 10 64<br>Urgences : 15 ou 112</p>
   </div></div>
  </div>
  <div class="sidebar-right card ">
   <h3 class="card-header ">Actualités santé</h3>
   <div class="card-body"><ul class="mod-articleslatest latestnews mod-list">
    <li itemscope itemtype="https://schema.org/Article"><a href="/solidarites-sante/sante-mentale/premiers-secours-sante-mentale" itemprop="url"><span itemprop="name">Premiers secours en santé mentale : inscriptions ouvertes</span></a></li>
    <li itemscope itemtype="https://schema.org/Article"><a href="/solidarites-sante/contrat-de-ville/appel-a-projets-2026" itemprop="url"><span itemprop="name">Contrat de ville : appel à projets 2026</span></a></li>
   </ul></div>
  </div>
 </div>
</div>
<footer class="container-footer footer full-width">
 <div class="grid-child"><div class="mod-custom custom"><p>Mairie d'Ostwihr — 1 place de l'Hôtel-de-Ville — Tél. 03 89 52 10 00 — Ouverte du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h</p><p><a href="/mentions-legales">Mentions légales</a> | <a href="/accessibilite">Accessibilité : partiellement conforme</a> | <a href="/plan-du-site">Plan du site</a></p></div></div>
</footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Haut de page"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)
print(OUT)
