# -*- coding: utf-8 -*-
"""Billet du blog du CLSM de Chalmont-sur-Saône (10 octobre 2025) : page HTML générée par Hugo avec le thème
PaperMod. Particularités : en-tête avec menu et bouton de thème, fil d'Ariane, méta « date · 7 min · auteur »,
table des matières repliable (<details class="toc">) qui répète tous les titres, titres h2/h3 suivis d'une ancre
« # » cachée, notes de bas de page Goldmark (<sup><a class="footnote-ref">), section .footnotes avec liens retour
« ↩︎ », tableau Markdown, liste numérotée, mots-clés, navigation « précédent / suivant », boutons de partage,
« Articles similaires », bannière de consentement, pied « Propulsé par Hugo & PaperMod », script JSON-LD."""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-10-10_clsm-chalmont-sur-saone_blog-a-qui-s-adresser-11-25-ans.html")

HTML = """<!DOCTYPE html>
<html lang="fr" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>Santé mentale des 11-25 ans à Chalmont : à qui s'adresser ? | CLSM de Chalmont-sur-Saône</title>
<meta name="keywords" content="jeunes, PAEJ, maison des adolescents, CMP, PSSM">
<meta name="description" content="PAEJ, maison des adolescents, CMP infanto-juvénile : qui fait quoi pour les 11-25 ans à Chalmont-sur-Saône, et comment se former aux premiers secours en santé mentale.">
<meta name="author" content="Bastien Roux">
<link rel="canonical" href="https://www.clsm-chalmont.example/posts/2025/10/sante-mentale-11-25-ans-a-qui-s-adresser/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.3f1c2d.css" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.139.4">
<meta property="og:title" content="Santé mentale des 11-25 ans à Chalmont : à qui s'adresser ?">
<meta property="article:published_time" content="2025-10-10T09:00:00+02:00">
<meta property="article:modified_time" content="2025-10-14T17:21:08+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Santé mentale des 11-25 ans à Chalmont : à qui s'adresser ?","datePublished":"2025-10-10T09:00:00+02:00","author":[{"@type":"Person","name":"Bastien Roux"}],"publisher":{"@type":"Organization","name":"CLSM de Chalmont-sur-Saône"}}</script>
<style>.cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#1d1e20;color:#fff;padding:12px}</style>
</head>
<body class="" id="top">
<script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header">
  <nav class="nav">
    <div class="logo"><a href="https://www.clsm-chalmont.example/" accesskey="h" title="CLSM de Chalmont-sur-Saône (Alt + H)">CLSM de Chalmont-sur-Saône</a>
      <div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Changer de thème"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div>
    </div>
    <ul id="menu">
      <li><a href="https://www.clsm-chalmont.example/le-clsm/" title="Le CLSM"><span>Le CLSM</span></a></li>
      <li><a href="https://www.clsm-chalmont.example/posts/" title="Actualités"><span>Actualités</span></a></li>
      <li><a href="https://www.clsm-chalmont.example/ressources/" title="Ressources"><span>Ressources</span></a></li>
      <li><a href="https://www.clsm-chalmont.example/agenda/" title="Agenda"><span>Agenda</span></a></li>
      <li><a href="https://www.clsm-chalmont.example/search/" title="Rechercher (Alt + /)" accesskey="/"><span>Rechercher</span></a></li>
    </ul>
  </nav>
</header>
<main class="main">
<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="https://www.clsm-chalmont.example/">Accueil</a>&nbsp;»&nbsp;<a href="https://www.clsm-chalmont.example/posts/">Actualités</a></div>
    <h1 class="post-title entry-hint-parent">Santé mentale des 11-25 ans à Chalmont : à qui s'adresser ?</h1>
    <div class="post-description">PAEJ, maison des adolescents, CMP : qui fait quoi, et comment se former aux premiers secours en santé mentale.</div>
    <div class="post-meta"><span title='2025-10-10 09:00:00 +0200 CEST'>10 octobre 2025</span>&nbsp;·&nbsp;7 min&nbsp;·&nbsp;Bastien Roux&nbsp;|&nbsp;<a href="https://git.clsm-chalmont.example/site/content/posts/2025/sante-mentale-11-25-ans.md" rel="noopener noreferrer" target="_blank">Proposer une modification</a></div>
  </header>
  <div class="toc">
    <details open>
      <summary accesskey="c" title="(Alt + C)"><span class="details">Table des matières</span></summary>
      <div class="inner"><ul>
        <li><a href="#le-point-accueil-écoute-jeunes-la-passerelle" aria-label="Le Point Accueil Écoute Jeunes « La Passerelle »">Le Point Accueil Écoute Jeunes « La Passerelle »</a></li>
        <li><a href="#la-maison-des-adolescents-du-pays-de-vernaux" aria-label="La maison des adolescents du Pays de Vernaux">La maison des adolescents du Pays de Vernaux</a></li>
        <li><a href="#le-cmp-infanto-juvénile" aria-label="Le CMP infanto-juvénile">Le CMP infanto-juvénile</a></li>
        <li><a href="#en-cas-durgence" aria-label="En cas d'urgence">En cas d'urgence</a></li>
        <li><a href="#en-résumé" aria-label="En résumé">En résumé</a></li>
        <li><a href="#se-former-aux-premiers-secours-en-santé-mentale" aria-label="Se former aux premiers secours en santé mentale">Se former aux premiers secours en santé mentale</a><ul>
          <li><a href="#comment-sinscrire" aria-label="Comment s'inscrire ?">Comment s'inscrire ?</a></li>
          <li><a href="#prochaine-session" aria-label="Prochaine session">Prochaine session</a></li></ul></li>
      </ul></div>
    </details>
  </div>
  <div class="post-content"><p>Le 10 octobre, c'est la Journée mondiale de la santé mentale. L'occasion de faire le point sur une question qu'on nous pose très souvent, parents comme professionnels : <strong>quand un jeune ne va pas bien, à qui s'adresser à Chalmont ?</strong> Au printemps, notre enquête auprès des collégiens et lycéens de la ville<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup> montrait que 29 % d'entre eux ne savaient pas à qui parler quand ça ne va pas. Ce billet est là pour ça.</p>
<h2 id="le-point-accueil-écoute-jeunes-la-passerelle">Le Point Accueil Écoute Jeunes « La Passerelle »<a hidden class="anchor" aria-hidden="true" href="#le-point-accueil-écoute-jeunes-la-passerelle">#</a></h2>
<p>Un point accueil écoute jeunes (PAEJ) est un lieu d'écoute et de première évaluation, ouvert aux 11-25 ans et à leurs parents : on y est reçu gratuitement, de façon anonyme et sans rendez-vous. Ce n'est pas un lieu de soin, mais un premier lieu où déposer ce qui ne va pas, et d'où l'équipe oriente si besoin.</p>
<p>À Chalmont, le PAEJ « La Passerelle » se trouve 12 rue des Tanneurs. Il est ouvert du lundi au vendredi de 13 h à 19 h, et dès 10 h le mercredi. Depuis la rentrée, l'équipe tient aussi une permanence au lycée professionnel Gustave-Eiffel le mardi midi.</p>
<h2 id="la-maison-des-adolescents-du-pays-de-vernaux">La maison des adolescents du Pays de Vernaux<a hidden class="anchor" aria-hidden="true" href="#la-maison-des-adolescents-du-pays-de-vernaux">#</a></h2>
<p>La maison des adolescents (MDA) est installée à Vernaux-les-Forges, à une vingtaine de kilomètres (ligne de bus 7). Elle accueille elle aussi les 11-25 ans et leurs parents, avec une équipe plus large : psychologues, éducateurs, infirmière, médecin. C'est le bon relais pour les situations qui demandent un accompagnement plus long ou pluridisciplinaire. Bonne nouvelle : depuis le 15 septembre, elle a une antenne dans le quartier des Hauts de Vernaux. Il n'y a pas d'antenne de la MDA à Chalmont, mais le PAEJ et la MDA travaillent ensemble.</p>
<h2 id="le-cmp-infanto-juvénile">Le CMP infanto-juvénile<a hidden class="anchor" aria-hidden="true" href="#le-cmp-infanto-juvénile">#</a></h2>
<p>Le centre médico-psychologique (CMP) infanto-juvénile est un lieu de soin public, rattaché à l'hôpital, pour les enfants et les adolescents jusqu'à 16 ans. Les consultations sont prises en charge par l'Assurance maladie et la famille peut demander un rendez-vous directement, sans courrier du médecin. Le revers : il faut compter environ 5 mois d'attente pour une première consultation non urgente<sup id="fnref:2"><a href="#fn:2" class="footnote-ref" role="doc-noteref">2</a></sup>. À partir de 16 ans, c'est le CMP adultes qui prend le relais.</p>
<h2 id="en-cas-durgence">En cas d'urgence<a hidden class="anchor" aria-hidden="true" href="#en-cas-durgence">#</a></h2>
<p>Si un jeune est en danger immédiat, on appelle le 15. Le 3114, numéro national de prévention du suicide, répond jour et nuit, aux jeunes comme aux adultes qui s'inquiètent pour eux. Les urgences pédiatriques du centre hospitalier de Chalmont reçoivent les moins de 16 ans.</p>
<h2 id="en-résumé">En résumé<a hidden class="anchor" aria-hidden="true" href="#en-résumé">#</a></h2>
<table>
<thead><tr><th>Structure</th><th>Âge</th><th>Rendez-vous</th><th>Coût</th><th>Délai habituel</th></tr></thead>
<tbody>
<tr><td>PAEJ « La Passerelle »</td><td>11-25 ans</td><td>Sans rendez-vous</td><td>Gratuit</td><td>Le jour même ou sous 5 jours</td></tr>
<tr><td>Maison des adolescents</td><td>11-25 ans</td><td>Avec ou sans</td><td>Gratuit</td><td>Moins de 8 jours</td></tr>
<tr><td>CMP infanto-juvénile</td><td>Jusqu'à 16 ans</td><td>Sur rendez-vous</td><td>Pris en charge</td><td>Environ 5 mois</td></tr>
</tbody></table>
<h2 id="se-former-aux-premiers-secours-en-santé-mentale">Se former aux premiers secours en santé mentale<a hidden class="anchor" aria-hidden="true" href="#se-former-aux-premiers-secours-en-santé-mentale">#</a></h2>
<p>Vous êtes animateur, éducateur, gardien, bénévole, parent ? Les premiers secours en santé mentale (PSSM) apprennent à repérer un jeune qui va mal, à engager la conversation et à l'orienter. En 2024, 51 secouristes ont été formés à Chalmont.</p>
<h3 id="comment-sinscrire">Comment s'inscrire ?<a hidden class="anchor" aria-hidden="true" href="#comment-sinscrire">#</a></h3>
<ol>
<li>Remplissez le formulaire de pré-inscription de la page <a href="https://www.clsm-chalmont.example/ressources/pssm/">Ressources › PSSM</a>.</li>
<li>Le CLSM valide votre inscription sous 10 jours, en donnant la priorité aux professionnels et aux bénévoles qui interviennent au Pré-Brûlé et à Saint-Exupéry.</li>
<li>Vous recevez ensuite une convocation de Relais Santé Jeunes de Bourgogne, qui anime les sessions.</li>
<li>La formation est gratuite pour les participants : elle est financée par l'ARS et le contrat de ville. En échange, on vous demande de suivre les deux jours en entier.</li>
</ol>
<h3 id="prochaine-session">Prochaine session<a hidden class="anchor" aria-hidden="true" href="#prochaine-session">#</a></h3>
<p>Les 15 et 16 octobre 2025, au centre social du Pré-Brûlé (complet). Les inscriptions sont ouvertes pour la session des 20 et 21 novembre 2025 à la mairie annexe de Saint-Exupéry.</p>
<div class="footnotes" role="doc-endnotes">
<hr>
<ol>
<li id="fn:1">
<p>Enquête « Ça va ? » du CLSM, mars-avril 2025 : 438 répondants dans deux collèges et un lycée de Chalmont.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>
</li>
<li id="fn:2">
<p>Délai constaté en septembre 2025 pour une première consultation non urgente.&#160;<a href="#fnref:2" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>
</li>
</ol>
</div>
  </div>
  <footer class="post-footer">
    <ul class="post-tags">
      <li><a href="https://www.clsm-chalmont.example/tags/jeunes/">Jeunes</a></li>
      <li><a href="https://www.clsm-chalmont.example/tags/pssm/">PSSM</a></li>
      <li><a href="https://www.clsm-chalmont.example/tags/orientation/">Orientation</a></li>
    </ul>
    <nav class="paginav">
      <a class="prev" href="https://www.clsm-chalmont.example/posts/2025/09/rentree-permanence-lycee-gustave-eiffel/"><span class="title">« Page précédente</span><br><span>Le PAEJ ouvre une permanence au lycée Gustave-Eiffel</span></a>
      <a class="next" href="https://www.clsm-chalmont.example/posts/2025/06/cafe-des-secouristes-juin/"><span class="title">Page suivante »</span><br><span>Retour sur le café des secouristes de juin</span></a>
    </nav>
    <ul class="share-buttons">
      <li><a target="_blank" rel="noopener noreferrer" aria-label="partager Santé mentale des 11-25 ans à Chalmont sur x" href="https://x.com/intent/tweet/?text=Sant%c3%a9%20mentale"><svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M512 62.554"></path></svg></a></li>
      <li><a target="_blank" rel="noopener noreferrer" aria-label="partager Santé mentale des 11-25 ans à Chalmont sur linkedin" href="https://www.linkedin.com/shareArticle?mini=true"><svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M449.446 0"></path></svg></a></li>
      <li><a target="_blank" rel="noopener noreferrer" aria-label="partager Santé mentale des 11-25 ans à Chalmont sur facebook" href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2fwww.clsm-chalmont.example"><svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M449.446"></path></svg></a></li>
      <li><a target="_blank" rel="noopener noreferrer" aria-label="partager Santé mentale des 11-25 ans à Chalmont sur whatsapp" href="https://api.whatsapp.com/send?text=Sant%c3%a9"><svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M449.446"></path></svg></a></li>
    </ul>
    <section class="related-posts">
      <h2>Articles similaires</h2>
      <ul>
        <li><a href="https://www.clsm-chalmont.example/posts/2025/02/pssm-51-secouristes-2024/">PSSM : 51 secouristes formés à Chalmont en 2024</a> <time>12 février 2025</time></li>
        <li><a href="https://www.clsm-chalmont.example/posts/2025/06/cafe-des-secouristes-juin/">Retour sur le café des secouristes de juin</a> <time>27 juin 2025</time></li>
        <li><a href="https://www.clsm-chalmont.example/posts/2025/05/enquete-ca-va-resultats/">Enquête « Ça va ? » : les premiers résultats</a> <time>22 mai 2025</time></li>
      </ul>
    </section>
  </footer>
</article>
</main>
<footer class="footer">
  <span>&copy; 2025 <a href="https://www.clsm-chalmont.example/">CLSM de Chalmont-sur-Saône</a></span> ·
  <span><a href="https://www.clsm-chalmont.example/mentions-legales/">Mentions légales</a></span> ·
  <span>Propulsé par <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span>
</footer>
<a href="#top" aria-label="go to top" title="Remonter (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<div class="cookie-consent" id="cookie-consent" role="dialog" aria-label="Consentement">
  <p>Ce site utilise Matomo pour mesurer son audience, sans cookie publicitaire. Vous pouvez accepter ou refuser la mesure d'audience à tout moment.</p>
  <button id="cookie-accept">Accepter</button> <button id="cookie-refuse">Refuser</button> <a href="https://www.clsm-chalmont.example/mentions-legales/#cookies">En savoir plus</a>
</div>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.classList.toggle("dark")});
document.getElementById("cookie-accept").onclick=()=>{document.getElementById("cookie-consent").remove()};</script>
</body>
</html>
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML)
    print(OUT)


if __name__ == "__main__":
    main()
