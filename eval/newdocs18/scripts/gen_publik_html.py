# -*- coding: utf-8 -*-
"""Page d'un portail municipal Publik (Combo, Entr'ouvert) : gabarit à « cellules » (div.cell.text-cell,
link-list-cell, wcs-forms-of-category-cell), bandeau tarteaucitron, lien d'évitement, en-tête avec « Mon compte »
(connexion citoyenne), menu, fil d'Ariane, cellules « repliables » (div.cell.foldable.folded, titre h2 cliquable,
contenu masqué par la feuille de style) pour la liste « Démarches », encadré d'horaires en <table>, boutons de
partage, « À voir aussi », pied de page avec adresse et horaires de la mairie, script de statistiques."""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2025-11-03_ville-de-courvieres-les-mines_personnes-sans-domicile-accueil-domiciliation-soutien-psy.html")

HTML = """<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<title>Personnes sans domicile : accueil de jour, domiciliation et soutien psychologique | Ville de Courvières-les-Mines</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Où trouver un accueil de jour, comment se domicilier au CCAS, à qui parler quand on ne va pas bien.">
<link rel="stylesheet" href="/static/publik-courvieres/style.css?v=2025.11">
<style>.cell.foldable.folded > div { display: none; } #tarteaucitronRoot { position: fixed; bottom: 0; }</style>
<script>document.documentElement.className = 'js';</script>
</head>
<body class="page-template-standard section-solidarite">
<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig" role="dialog" aria-label="Gestion des cookies">
<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies pour mesurer l'audience et vous proposer des vidéos. Vous pouvez accepter ou personnaliser vos choix.</span>
<button type="button" id="tarteaucitronPersonalize2">✓ Tout accepter</button>
<button type="button" id="tarteaucitronAllDenied2">✗ Tout refuser</button>
<button type="button" id="tarteaucitronCloseAlert">Personnaliser</button>
</div></div>
<a class="skip-link" href="#content">Aller au contenu</a>
<div id="page">
<header id="header">
  <a id="logo" href="https://www.courvieres-les-mines.example/"><img src="/static/publik-courvieres/logo.svg" alt="Ville de Courvières-les-Mines"></a>
  <div id="top-links"><a href="/login/" class="login">Mon compte</a> · <a href="/contact/">Contact</a> · <a href="/recherche/">Rechercher</a></div>
  <nav id="nav" aria-label="Menu principal"><ul>
    <li><a href="/ma-ville/">Ma ville</a></li>
    <li class="selected"><a href="/solidarite/">Solidarité &amp; santé</a></li>
    <li><a href="/cadre-de-vie/">Cadre de vie</a></li>
    <li><a href="/demarches/">Démarches en ligne</a></li>
    <li><a href="/agenda/">Agenda</a></li>
  </ul></nav>
</header>
<nav id="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> › <a href="/solidarite/">Solidarité &amp; santé</a> › <a href="/solidarite/ccas/">CCAS</a> › <span>Personnes sans domicile</span></nav>
<main id="content">
<div class="combo-page">
<div class="cell text-cell title-cell"><div><h1>Personnes sans domicile : accueil de jour, domiciliation et soutien psychologique</h1>
<p class="page-date">Mis à jour le 3 novembre 2025</p></div></div>

<div class="cell text-cell chapo"><div>
<p>Vous dormez dehors, chez des proches, dans votre voiture ou en foyer ? Le centre communal d'action sociale (CCAS) de Courvières-les-Mines et ses partenaires peuvent vous accueillir, vous donner une adresse pour recevoir votre courrier et vous aider quand le moral ne va pas. Tous ces services sont gratuits.</p>
</div></div>

<div class="cell text-cell"><div>
<h2>L'accueil de jour L'Escale</h2>
<p>L'accueil de jour L'Escale, géré par l'association Solidarité Terrils, vous reçoit sans condition au 12 rue des Corons, à cinq minutes à pied de la gare. Vous pouvez y prendre une douche, laver votre linge, prendre un café et le repas du midi, recharger votre téléphone et rencontrer un travailleur social.</p>
<table class="horaires"><caption>Horaires de L'Escale</caption>
<tr><th scope="row">Du lundi au samedi</th><td>8 h 30 – 16 h</td></tr>
<tr><th scope="row">Dimanche</th><td>fermé (halte de nuit de la Croix-Rouge, avenue Salengro)</td></tr>
<tr><th scope="row">Plan grand froid</th><td>7 h 30 – 18 h, y compris les jours fériés</td></tr>
</table>
<p>Le mardi matin, une infirmière ou un infirmier de l'équipe mobile psychiatrie précarité « Passerelles » tient une permanence à L'Escale : vous pouvez lui parler sans rendez-vous, de ce qui vous inquiète, de votre sommeil, de vos traitements.</p>
</div></div>

<div class="cell text-cell"><div>
<h2>Se domicilier au CCAS</h2>
<p>La domiciliation vous donne une adresse administrative au CCAS, 4 rue Jules-Guesde. Elle permet de recevoir votre courrier, d'ouvrir vos droits (assurance maladie, RSA, carte d'identité…) et de vous inscrire sur les listes électorales. En 2024, le CCAS a domicilié 578 personnes.</p>
<p>Pour être domicilié, il faut avoir un lien avec la commune : y vivre, y travailler, y suivre une formation ou y avoir de la famille. Le CCAS vous répond dans un délai de deux mois au plus. L'élection de domicile est valable un an et se renouvelle. Pensez à venir chercher votre courrier au moins une fois tous les trois mois, sinon la domiciliation peut être retirée.</p>
</div></div>

<div class="cell text-cell"><div>
<h2>Parler à quelqu'un quand ça ne va pas</h2>
<p>Laure Dewaele, psychologue du CCAS, tient un « point écoute » gratuit et confidentiel : le lundi de 14 h à 17 h au CCAS, sur rendez-vous, et le jeudi de 9 h à 12 h à L'Escale, sans rendez-vous. Elle peut vous orienter ensuite vers le centre médico-psychologique (CMP) ou vers la PASS psy de l'hôpital de Marquenval si vous n'avez pas de droits ouverts.</p>
<p><strong>En cas d'urgence vitale, appelez le 15.</strong> Si vous avez des idées suicidaires, appelez le 3114, numéro national de prévention du suicide, gratuit, 24 h/24.</p>
</div></div>

<div class="cell text-cell"><div>
<h2>Vous êtes inquiet pour une personne à la rue ?</h2>
<p>Appelez le 115 (SAMU social), gratuit et joignable jour et nuit, qui peut envoyer une maraude. Si la personne semble en grande souffrance psychique mais sans danger immédiat, vous pouvez aussi écrire à la coordination du conseil local de santé mentale (CLSM), qui fera le lien avec l'équipe mobile psychiatrie précarité : <a href="mailto:clsm@courvieres-les-mines.example">clsm@courvieres-les-mines.example</a>.</p>
</div></div>

<div class="cell wcs-forms-of-category-cell foldable folded" id="demarches"><h2 role="button" aria-expanded="false" tabindex="0">Démarches en ligne</h2>
<div><ul class="wcs-forms">
<li><a href="https://demarches.courvieres-les-mines.example/solidarite/domiciliation/">Demander une domiciliation administrative</a>
<p class="description">Formulaire en ligne ou sur place au CCAS. Un entretien avec un travailleur social est ensuite proposé sous quinze jours.</p></li>
<li><a href="https://demarches.courvieres-les-mines.example/solidarite/rdv-psychologue/">Prendre rendez-vous avec la psychologue du CCAS</a>
<p class="description">Pour le lundi après-midi. Le jeudi matin à L'Escale, venez sans rendez-vous.</p></li>
<li><a href="https://demarches.courvieres-les-mines.example/solidarite/aide-urgence/">Demander une aide d'urgence</a>
<p class="description">Colis alimentaire, chèque d'accompagnement personnalisé ou titre de transport ; réponse sous 48 heures.</p></li>
<li><a href="https://demarches.courvieres-les-mines.example/solidarite/signalement-sans-abri/">Signaler une personne sans abri en difficulté</a>
<p class="description">Ce formulaire ne remplace pas le 115 ; il est lu par le CCAS les jours ouvrés.</p></li>
</ul></div></div>

<div class="cell link-list-cell share"><h2>Partager cette page</h2><ul>
<li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.courvieres-les-mines.example%2Fsolidarite%2Fsans-domicile%2F">Facebook</a></li>
<li><a href="https://x.com/intent/tweet?url=https%3A%2F%2Fwww.courvieres-les-mines.example%2Fsolidarite%2Fsans-domicile%2F">X</a></li>
<li><a href="mailto:?subject=Personnes%20sans%20domicile">Courriel</a></li>
<li><a href="javascript:window.print()">Imprimer</a></li>
</ul></div>

<div class="cell link-list-cell related"><h2>À voir aussi</h2><ul>
<li><a href="/solidarite/plan-grand-froid/">Plan grand froid 2025-2026</a></li>
<li><a href="/solidarite/sante/clsm/">Le conseil local de santé mentale</a></li>
<li><a href="/solidarite/epicerie-solidaire/">L'épicerie solidaire du Haut des Aubépines</a></li>
</ul></div>
</div>
</main>
<footer id="footer">
<div class="cell text-cell"><div><p><strong>Mairie de Courvières-les-Mines</strong><br>Place Émile-Zola — 62000 Courvières-les-Mines (adresse fictive)<br>Du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h 30</p></div></div>
<ul class="footer-links"><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li><li><a href="/donnees-personnelles/">Données personnelles</a></li><li><a href="#" onclick="tarteaucitron.userInterface.openPanel();">Gestion des cookies</a></li></ul>
<p class="powered">Propulsé par Publik</p>
</footer>
</div>
<script src="/static/js/combo.public.js"></script>
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']); (function(){ var u="https://stats.courvieres-les-mines.example/"; _paq.push(['setSiteId', '3']); })();</script>
</body>
</html>
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML)
    print(OUT)


if __name__ == "__main__":
    main()
