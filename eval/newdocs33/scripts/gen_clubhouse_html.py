# -*- coding: utf-8 -*-
"""Génère la page « Qui sommes-nous ? » du site du clubhouse La Fabrique de Valmoreuil (HTML de CMS).

Mise en forme : doctype, <head> avec métadonnées et styles, bandeau cookies (div.cookie-consent avec boutons),
lien d'évitement, en-tête avec logo et menu de navigation (<nav class="main-nav">, sous-menu), fil d'Ariane
(<nav aria-label="Fil d'Ariane"> en liste ordonnée), <main> avec h1, chapeau, sections h2, liste de définitions
(<dl>) pour les unités de travail, chiffres en <strong>, citation <blockquote>, FAQ en <details>/<summary> (8
questions), bloc contact (<aside class="contact">, <address>, tableau des horaires), bouton « partager », pied de
page multi-colonnes (<footer>), scripts de statistiques en fin de page.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-12-01_clubhouse-la-fabrique_page-qui-sommes-nous.html")

FAQ = [
    ("Faut-il payer pour être membre ?",
     "<p>Non. L'adhésion au clubhouse est gratuite et le reste : il n'y a pas de cotisation. Seul le repas de midi, "
     "préparé par l'unité cuisine-accueil, est payant : <strong>3 euros</strong> le repas complet.</p>"),
    ("Faut-il avoir un diagnostic ou un suivi psychiatrique pour venir ?",
     "<p>Aucun certificat ni diagnostic n'est demandé. Le clubhouse accueille des adultes de 18 ans et plus qui "
     "vivent avec un trouble psychique. Nous recommandons d'avoir un suivi médical, mais ce n'est pas une "
     "condition d'entrée et nous ne contactons jamais votre médecin sans votre accord.</p>"),
    ("Comment devenir membre ?",
     "<ol><li>Appelez-nous ou passez pendant les heures d'ouverture pour fixer une visite.</li>"
     "<li>Lors de la visite (environ une heure), un membre et un salarié vous font découvrir les unités.</li>"
     "<li>Si vous le souhaitez, vous revenez pour deux demi-journées d'essai.</li>"
     "<li>Vous signez ensuite la fiche d'adhésion : vous êtes membre.</li></ol>"
     "<p>Nous proposons une visite dans les quinze jours qui suivent votre appel.</p>"),
    ("Combien de temps peut-on rester membre ?",
     "<p>Aussi longtemps que vous le souhaitez : l'adhésion est sans limite de durée. On peut s'éloigner du "
     "clubhouse, par exemple quand on a trouvé un emploi, et revenir quand on veut.</p>"),
    ("Quelle différence avec un GEM ?",
     "<p>Un groupe d'entraide mutuelle (GEM) est une association gérée par ses adhérents, centrée sur l'entraide et "
     "les loisirs, où l'on vient librement. Au clubhouse, membres et salariés font tourner ensemble le lieu pendant "
     "une journée de travail structurée, et tout est tourné vers l'emploi, la formation et les études. Les deux "
     "sont complémentaires : plusieurs de nos membres fréquentent aussi le GEM Le Phare.</p>"),
    ("Qu'est-ce qu'un emploi de transition ?",
     "<p>C'est un vrai emploi, rémunéré, chez un employeur partenaire du clubhouse, à temps partiel "
     "(<strong>environ 15 heures par semaine</strong>) et pour une durée de <strong>6 à 9 mois</strong>. Le poste "
     "appartient au clubhouse, qui forme le membre et garantit le remplacement en cas d'absence. En 2025, sept "
     "emplois de transition ont été occupés chez cinq employeurs partenaires.</p>"),
    ("Puis-je venir avec un proche ?",
     "<p>Oui, pour la première visite, vous pouvez venir accompagné d'un proche ou d'un professionnel. Ensuite, le "
     "clubhouse est un lieu réservé à ses membres.</p>"),
    ("Les locaux sont-ils accessibles ?",
     "<p>Oui, tous nos locaux sont de plain-pied et accessibles aux personnes en fauteuil roulant. Le clubhouse est "
     "desservi par la ligne 4 du bus (arrêt Moulin-Foulon).</p>"),
]

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Qui sommes-nous ? | Clubhouse La Fabrique – Valmoreuil</title>
<meta name="description" content="Le clubhouse La Fabrique accueille à Valmoreuil des adultes vivant avec un trouble psychique : travail en commun, emploi de transition, entraide.">
<meta name="generator" content="Plume CMS 4.2">
<link rel="canonical" href="https://clubhouse-lafabrique.example/le-clubhouse/qui-sommes-nous">
<style>
 body{{font-family:Arial,sans-serif;margin:0;color:#222}} .cookie-consent{{background:#222;color:#fff;padding:12px}}
 .main-nav ul{{list-style:none;display:flex;gap:18px}} .breadcrumb ol{{list-style:none;display:flex;gap:6px}}
 main{{max-width:860px;margin:auto}} details{{border-bottom:1px solid #ddd;padding:8px 0}}
 aside.contact{{background:#f3efe6;padding:16px}} footer{{background:#3b3b3b;color:#eee;padding:20px}}
</style>
</head>
<body>
<div class="cookie-consent" id="cookie-consent" role="dialog" aria-label="Gestion des cookies">
  <p>Nous utilisons des cookies de mesure d'audience pour améliorer ce site. Vous pouvez accepter ou refuser ces cookies à tout moment.</p>
  <button type="button" data-consent="accept">Tout accepter</button>
  <button type="button" data-consent="refuse">Tout refuser</button>
  <a href="/politique-cookies">Personnaliser</a>
</div>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/media/logo-la-fabrique.svg" alt="Clubhouse La Fabrique – Valmoreuil"></a>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/">Accueil</a></li>
      <li class="has-sub"><a href="/le-clubhouse" aria-current="true">Le clubhouse</a>
        <ul class="sub">
          <li><a href="/le-clubhouse/qui-sommes-nous">Qui sommes-nous ?</a></li>
          <li><a href="/le-clubhouse/equipe">L'équipe</a></li>
          <li><a href="/le-clubhouse/partenaires">Nos partenaires</a></li>
        </ul>
      </li>
      <li><a href="/devenir-membre">Devenir membre</a></li>
      <li><a href="/emploi">Emploi et formation</a></li>
      <li><a href="/actualites">Actualités</a></li>
      <li><a href="/contact">Contact</a></li>
      <li><a class="btn-don" href="/soutenir">Nous soutenir</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a> ›</li>
    <li><a href="/le-clubhouse">Le clubhouse</a> ›</li>
    <li aria-current="page">Qui sommes-nous ?</li>
  </ol>
</nav>
<main id="contenu">
  <h1>Qui sommes-nous ?</h1>
  <p class="chapo">Ouvert le 12 septembre 2022 à Valmoreuil, le clubhouse La Fabrique est un lieu de jour où des adultes qui vivent avec un trouble psychique reprennent confiance, en travaillant ensemble et en avançant vers l'emploi.</p>
  <p class="meta">Publié le 1<sup>er</sup> décembre 2025 · Rubrique : Le clubhouse</p>

  <h2>Un lieu géré ensemble, membres et salariés</h2>
  <p>Le clubhouse n'est ni un hôpital ni un centre de soins. Ici, on ne parle pas de patients mais de <strong>membres</strong>. Membres et salariés travaillent côte à côte pour faire fonctionner le lieu, selon le modèle international des clubhouses : chacun choisit ce qu'il veut faire, à son rythme, et tout le monde est attendu.</p>
  <p>Aujourd'hui, plus de 80 membres sont inscrits et une vingtaine viennent chaque jour. L'équipe compte quatre salariés (3,5 équivalents temps plein), dont notre directrice, Hélène Morvan.</p>

  <h2>La journée de travail structurée</h2>
  <p>Du lundi au vendredi, la journée commence à 9 h par la réunion d'unité, où l'on répartit les tâches. Trois unités font vivre le clubhouse :</p>
  <dl class="unites">
    <dt>Cuisine-accueil</dt><dd>courses, préparation du repas de midi, accueil des visiteurs, tenue de la caisse.</dd>
    <dt>Bureau-communication</dt><dd>journal interne « Le Fil », site internet, statistiques de présence, standard téléphonique.</dd>
    <dt>Jardin-entretien</dt><dd>potager partagé, petits travaux, entretien des locaux.</dd>
  </dl>
  <blockquote><p>« Le matin où on m'a confié les clés pour ouvrir, j'ai compris qu'on me faisait confiance. »</p><footer>— Nathalie, membre depuis 2023</footer></blockquote>

  <h2>Vers l'emploi</h2>
  <p>Le clubhouse propose trois voies vers le travail : l'<strong>emploi de transition</strong>, l'emploi accompagné, en lien avec l'association Trajectoires Normandie, et l'emploi indépendant, avec le soutien des membres qui travaillent déjà. Le clubhouse est signataire de la convention de partenariat pour des parcours vers l'emploi signée en novembre 2025 avec la Ville de Valmoreuil, le centre hospitalier du Bois-Guérin et le GEM Le Phare.</p>

  <h2>Questions fréquentes</h2>
  <div class="faq">
{faq}
  </div>

  <aside class="contact" aria-labelledby="contact-titre">
    <h2 id="contact-titre">Nous trouver</h2>
    <address>
      Clubhouse La Fabrique<br>
      12 rue du Moulin-Foulon<br>
      99410 Valmoreuil<br>
      Tél. : <a href="tel:+33299004127">02 99 00 41 27</a><br>
      Courriel : <a href="mailto:bonjour@clubhouse-lafabrique.example">bonjour@clubhouse-lafabrique.example</a>
    </address>
    <table class="horaires">
      <caption>Horaires d'ouverture</caption>
      <tbody>
        <tr><th scope="row">Lundi, mardi, mercredi, vendredi</th><td>9 h – 17 h</td></tr>
        <tr><th scope="row">Jeudi</th><td>9 h – 19 h (soirée des membres qui travaillent)</td></tr>
        <tr><th scope="row">Samedi</th><td>10 h – 14 h, le premier samedi du mois</td></tr>
        <tr><th scope="row">Dimanche et jours fériés</th><td>fermé</td></tr>
      </tbody>
    </table>
    <p class="note">Fermeture annuelle : les deux dernières semaines d'août.</p>
  </aside>
  <p class="share"><button type="button" class="btn-share">Partager cette page</button></p>
</main>
<footer class="site-footer">
  <div class="col">
    <p><strong>Clubhouse La Fabrique</strong><br>Association loi 1901 — membre du réseau des clubhouses</p>
  </div>
  <div class="col">
    <ul>
      <li><a href="/mentions-legales">Mentions légales</a></li>
      <li><a href="/donnees-personnelles">Données personnelles</a></li>
      <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
      <li><a href="/plan-du-site">Plan du site</a></li>
    </ul>
  </div>
  <div class="col">
    <p>Avec le soutien de la Ville de Valmoreuil et de l'agence régionale de santé.</p>
    <p>© 2025 Clubhouse La Fabrique</p>
  </div>
</footer>
<script src="/assets/js/cookie-consent.min.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</body>
</html>
"""


def main():
    faq = "\n".join('    <details>\n      <summary>%s</summary>\n      %s\n    </details>' % (q, a) for q, a in FAQ)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML.format(faq=faq))
    print("écrit", OUT)


if __name__ == "__main__":
    main()
