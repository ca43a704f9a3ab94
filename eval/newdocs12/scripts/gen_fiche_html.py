# -*- coding: utf-8 -*-
"""Génère la page web (fiche pratique) de Ressources Ville Provence, centre de ressources politique de la ville :
« Monter une action de déstigmatisation en santé mentale dans un quartier prioritaire ».

Tout est fictif : structures, personnes, villes, montants, adresses .example.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-05-20_ressources-ville-provence_fiche-pratique-destigmatisation-sante-mentale-qpv.html")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fiche pratique n° 12 — Monter une action de déstigmatisation en santé mentale dans un quartier prioritaire | Ressources Ville Provence</title>
<meta name="description" content="Étapes, formats, budgets indicatifs, financements et questions fréquentes pour organiser une action de lutte contre la stigmatisation des troubles psychiques dans un quartier prioritaire de la politique de la ville.">
<link rel="stylesheet" href="/assets/css/rvp-2024.min.css">
<link rel="canonical" href="https://www.ressources-ville-provence.example/fiches-pratiques/destigmatisation-sante-mentale-qpv/">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('consent', 'default', {'analytics_storage': 'denied'});</script>
<style>
  .cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#1d2b36;color:#fff;padding:1rem;z-index:99}
  .fiche-meta{font-size:.85rem;color:#555}
  table.formats td, table.formats th{border:1px solid #ccc;padding:.4rem .6rem;vertical-align:top}
</style>
</head>
<body class="page-fiche">

<div class="cookie-banner" id="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Nous utilisons des cookies de mesure d'audience pour améliorer notre site. Vous pouvez les accepter, les refuser ou personnaliser vos choix. <a href="/donnees-personnelles/">En savoir plus</a></p>
  <button type="button" class="btn-accept">Tout accepter</button>
  <button type="button" class="btn-refuse">Tout refuser</button>
  <button type="button" class="btn-custom">Personnaliser</button>
</div>

<a class="skip-link" href="#contenu">Aller au contenu</a>

<header class="site-header">
  <div class="brand">
    <a href="/"><img src="/assets/img/logo-rvp.svg" alt="Ressources Ville Provence — centre de ressources politique de la ville"></a>
  </div>
  <nav class="main-nav" aria-label="Navigation principale">
    <ul>
      <li><a href="/le-centre/">Le centre de ressources</a></li>
      <li><a href="/thematiques/">Thématiques</a>
        <ul>
          <li><a href="/thematiques/sante/">Santé et santé mentale</a></li>
          <li><a href="/thematiques/education/">Éducation et réussite éducative</a></li>
          <li><a href="/thematiques/emploi/">Emploi et insertion</a></li>
          <li><a href="/thematiques/tranquillite/">Tranquillité publique</a></li>
          <li><a href="/thematiques/participation/">Participation des habitants</a></li>
        </ul>
      </li>
      <li><a href="/qualification/">Formations et cycles</a></li>
      <li><a href="/fiches-pratiques/">Fiches pratiques</a></li>
      <li><a href="/agenda/">Agenda</a></li>
      <li><a href="/actualites/">Actualités</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
  <form class="search" action="/recherche/" role="search"><label for="q">Rechercher</label><input id="q" name="q" type="search"><button>OK</button></form>
</header>

<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <a href="/">Accueil</a> › <a href="/fiches-pratiques/">Fiches pratiques</a> › <a href="/thematiques/sante/">Santé et santé mentale</a> › Déstigmatisation en santé mentale
</nav>

<main id="contenu">
<article class="fiche">
  <p class="kicker">Fiche pratique n° 12 · Santé mentale</p>
  <h1>Monter une action de déstigmatisation en santé mentale dans un quartier prioritaire</h1>
  <p class="fiche-meta">Publiée le 20 mai 2025 · Mise à jour le 2 septembre 2025 · Rédaction : Inès Carbonel, chargée de mission santé, avec le groupe de travail « santé mentale » du réseau des coordinateurs santé de la région · Temps de lecture : 9 minutes</p>

  <div class="chapo">
    <p>« Fou », « dangereux », « il n'a qu'à se secouer » : les préjugés sur les troubles psychiques restent tenaces, et ils retardent l'accès aux soins. Dans les quartiers prioritaires, où les habitants cumulent souvent difficultés sociales et méfiance envers les institutions, changer le regard sur la santé mentale est une condition pour que les personnes osent demander de l'aide. Cette fiche propose une méthode en cinq étapes, des repères de budget et des réponses aux questions que nous posent le plus souvent les équipes des contrats de ville.</p>
  </div>

  <aside class="encadre">
    <h2>En bref</h2>
    <ul>
      <li><strong>Pour qui ?</strong> Chefs de projet contrat de ville, coordinateurs d'ateliers santé ville et de conseils locaux de santé mentale (CLSM), centres sociaux, associations de quartier.</li>
      <li><strong>Combien de temps ?</strong> Comptez quatre à six mois de préparation pour une première action.</li>
      <li><strong>Le conseil clé :</strong> construire l'action <em>avec</em> des personnes concernées par les troubles psychiques, et pas seulement <em>pour</em> elles.</li>
    </ul>
  </aside>

  <h2 id="pourquoi">Pourquoi agir sur la stigmatisation ?</h2>
  <p>La stigmatisation désigne l'ensemble des stéréotypes, des préjugés et des discriminations qui visent les personnes vivant avec un trouble psychique. Elle a des effets très concrets : honte, isolement, renoncement aux soins, difficultés d'accès à l'emploi ou au logement. Les personnes concernées parlent aussi d'<strong>autostigmatisation</strong>, lorsqu'elles finissent par intégrer ces préjugés et par se dévaloriser elles-mêmes.</p>
  <p>Les actions de déstigmatisation les plus efficaces, selon la littérature, reposent sur le <strong>contact direct</strong> avec des personnes concernées qui témoignent de leur parcours, plutôt que sur la seule diffusion d'informations. C'est pourquoi la présence d'un groupe d'entraide mutuelle (GEM), de médiateurs de santé pairs ou d'associations d'usagers est un atout décisif.</p>

  <h2 id="etapes">Les cinq étapes</h2>
  <ol class="etapes">
    <li><strong>Constituer un petit collectif porteur.</strong> Trois à six partenaires suffisent : un centre social ou une maison de quartier, le GEM ou une association d'usagers, le CLSM s'il existe, un service de soins (centre médico-psychologique), et si possible un ou deux habitants relais. Désignez une structure porteuse, qui gérera le budget.</li>
    <li><strong>Partir des représentations des habitants.</strong> Avant de choisir un format, organisez un temps d'échange informel (café-discussion, micro-trottoir au marché) pour recueillir les mots et les idées reçues du quartier. Ce matériau servira ensuite pour l'animation et pour l'évaluation.</li>
    <li><strong>Choisir un format adapté</strong> (voir le tableau ci-dessous) et un lieu familier des habitants : la place du marché, le hall du centre social, la médiathèque, la cour de l'école un samedi matin. Évitez les lieux de soin pour une première action.</li>
    <li><strong>Préparer et communiquer.</strong> Prévoyez au moins trois mois avant la date : réservation, préparation des témoins, supports simples et traduits si nécessaire, bouche-à-oreille par les adultes-relais et les associations. Les affiches seules mobilisent peu.</li>
    <li><strong>Évaluer, même simplement.</strong> Un questionnaire de trois questions avant et après, le nombre de participants, les demandes d'information recueillies le jour même et, quelques semaines plus tard, un temps de bilan avec le collectif.</li>
  </ol>

  <h2 id="formats">Quel format choisir ?</h2>
  <p>Le tableau suivant compare les formats les plus utilisés dans la région. Les budgets sont indicatifs et hors valorisation du temps des professionnels.</p>
  <table class="formats">
    <caption>Formats d'action de déstigmatisation : publics, budgets indicatifs et points de vigilance</caption>
    <thead>
      <tr><th scope="col">Format</th><th scope="col">Public touché</th><th scope="col">Budget indicatif</th><th scope="col">Points de vigilance</th></tr>
    </thead>
    <tbody>
      <tr><td>Ciné-débat</td><td>Adultes, jeunes à partir de 14 ans</td><td>800 à 1 500 €</td><td>Droits de diffusion à prévoir ; le débat doit être animé par un binôme professionnel et personne concernée.</td></tr>
      <tr><td>Bibliothèque vivante</td><td>Tout public, y compris des habitants peu familiers des actions de santé</td><td>300 à 600 €</td><td>Préparer et accompagner les « livres vivants » ; prévoir un temps de débriefing après la séance.</td></tr>
      <tr><td>Exposition participative</td><td>Scolaires, familles</td><td>1 500 à 3 000 €</td><td>Long à construire (ateliers en amont) ; penser à la faire circuler dans plusieurs lieux.</td></tr>
      <tr><td>Théâtre-forum</td><td>Adolescents, professionnels</td><td>2 000 à 4 000 €</td><td>Compagnie formée au sujet indispensable ; limiter la jauge à une soixantaine de personnes.</td></tr>
      <tr><td>Balade ou marche santé mentale</td><td>Habitants, familles</td><td>100 à 300 €</td><td>Dépend de la météo ; prévoir des points d'arrêt avec des stands d'information.</td></tr>
    </tbody>
  </table>

  <h2 id="retour">Retour d'expérience : une bibliothèque vivante aux Aubépines</h2>
  <figure class="photo">
    <img src="/media/fiches/bibliotheque-vivante-aubepines.jpg" alt="Une habitante discute avec une « livre vivant » dans le hall du centre social">
    <figcaption>Bibliothèque vivante au centre social La Maison Bleue, Martigueval, octobre 2024. © Ressources Ville Provence</figcaption>
  </figure>
  <p>Dans le quartier des Aubépines, à Martigueval, le centre social La Maison Bleue et le GEM Le Phare ont organisé en octobre 2024, pendant les Semaines d'information sur la santé mentale, une bibliothèque vivante. Le principe : les visiteurs « empruntent » pour vingt minutes un « livre vivant », c'est-à-dire une personne qui raconte son expérience, par exemple « J'entends des voix », « J'ai fait une dépression après mon accouchement » ou « Mon frère est schizophrène ».</p>
  <p>Quatorze livres vivants, dont neuf membres du GEM, deux proches et trois professionnels, ont accueilli environ 120 visiteurs sur une journée. Le coût total s'est élevé à 540 €, principalement pour la restauration, la communication et le défraiement des participants. « Beaucoup d'habitants sont venus pour le couscous et sont restés deux heures », résume la directrice du centre social, Samia Ouertani. Dans le questionnaire de sortie, 78 % des répondants déclaraient avoir « changé d'avis sur au moins une idée reçue ». L'action sera reconduite en octobre 2025, cette fois à la médiathèque.</p>

  <h2 id="financer">Comment financer l'action ?</h2>
  <ul>
    <li><strong>Les crédits de la politique de la ville</strong> (programme 147), via l'appel à projets annuel du contrat de ville. Rapprochez-vous du chef de projet et du délégué du préfet dès l'automne précédent.</li>
    <li><strong>L'agence régionale de santé</strong>, au titre de la prévention et de la promotion de la santé mentale, souvent par l'intermédiaire du CLSM ou du contrat local de santé.</li>
    <li><strong>Les collectivités</strong> : ville, agglomération, département (au titre de l'action sociale ou de la jeunesse).</li>
    <li><strong>Les fondations et mutuelles</strong>, qui lancent régulièrement des appels à projets sur la santé mentale et l'inclusion.</li>
  </ul>
  <p>Pour une première action, un budget de quelques centaines d'euros suffit souvent : beaucoup de partenaires mettent à disposition des salles, du matériel et du temps de personnel.</p>

  <h2 id="faq">Questions fréquentes</h2>
  <section class="faq">
    <details>
      <summary>Faut-il obligatoirement un conseil local de santé mentale pour monter une action ?</summary>
      <p>Non. Un CLSM facilite beaucoup la mobilisation des services de soins et des associations d'usagers, mais un centre social, un atelier santé ville ou une association de quartier peuvent tout à fait porter l'action. Dans les territoires sans CLSM, contactez le centre médico-psychologique de secteur et l'UNAFAM, qui ont l'habitude de ces sollicitations.</p>
    </details>
    <details>
      <summary>Quand ont lieu les Semaines d'information sur la santé mentale ?</summary>
      <p>Les SISM ont lieu chaque année en octobre, pendant deux semaines, autour d'un thème national choisi par le collectif national des SISM et annoncé au printemps. Rien n'empêche d'organiser une action à un autre moment de l'année : l'avantage des SISM est de bénéficier d'une communication nationale et d'outils gratuits.</p>
    </details>
    <details>
      <summary>Peut-on rémunérer les personnes concernées qui témoignent ?</summary>
      <p>Oui, et c'est recommandé : leur expertise d'expérience est un apport à part entière. Selon leur situation, il peut s'agir d'un défraiement, de bons d'achat, ou d'une prestation facturée par l'association qui les accompagne. Attention aux personnes bénéficiaires de minima sociaux ou de l'allocation aux adultes handicapés : renseignez-vous sur les règles de cumul avant de proposer une rémunération.</p>
    </details>
    <details>
      <summary>Comment éviter de renforcer les préjugés sans le vouloir ?</summary>
      <p>Bannissez les images de camisoles, de têtes coupées en deux ou de personnes prostrées ; évitez les termes « schizophrène » ou « bipolaire » employés comme adjectifs ; ne faites pas témoigner des personnes en crise. Faites relire vos supports par des personnes concernées. Psycom et les associations d'usagers proposent des guides gratuits sur la manière de parler de santé mentale.</p>
    </details>
    <details>
      <summary>Notre quartier a déjà eu une action l'an dernier. Faut-il la refaire à l'identique ?</summary>
      <p>Pas forcément. La répétition aide à installer le sujet dans la durée, mais il est utile de changer de public cible (les jeunes, les parents, les commerçants) ou de lieu. Les bilans montrent que la deuxième édition mobilise en général davantage d'habitants que la première, grâce au bouche-à-oreille.</p>
    </details>
  </section>

  <aside class="ressources">
    <h2>Pour aller plus loin</h2>
    <ul>
      <li><a href="/fiches-pratiques/creer-un-clsm/">Fiche pratique n° 9 — Créer un conseil local de santé mentale : les étapes clés</a></li>
      <li><a href="/fiches-pratiques/adultes-relais-souffrance-psychique/">Fiche pratique n° 11 — Adultes-relais et souffrance psychique : repères pour agir</a></li>
      <li><a href="/agenda/2025-10-07-cycle-sante-mentale/">Cycle de qualification « Santé mentale dans les quartiers » — session du 7 octobre 2025 à Martigueval</a></li>
    </ul>
  </aside>

  <div class="share">Partager : <a href="#">LinkedIn</a> · <a href="#">Courriel</a> · <a href="javascript:window.print()">Imprimer</a></div>
</article>
</main>

<footer class="site-footer">
  <div class="footer-cols">
    <div>
      <p><strong>Ressources Ville Provence</strong><br>Centre de ressources politique de la ville<br>14, cours des Arceaux — 13000 Marseille<br>04 91 00 27 40 · contact@ressources-ville-provence.example</p>
    </div>
    <div>
      <p>Avec le soutien de l'Agence nationale de la cohésion des territoires, de la préfecture de région et du conseil régional.</p>
    </div>
    <div>
      <form class="newsletter"><label for="nl">Recevoir notre lettre d'information</label><input id="nl" type="email" placeholder="Votre adresse électronique"><button>Je m'abonne</button></form>
    </div>
  </div>
  <ul class="footer-links">
    <li><a href="/mentions-legales/">Mentions légales</a></li>
    <li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li>
    <li><a href="/donnees-personnelles/">Données personnelles</a></li>
    <li><a href="/plan-du-site/">Plan du site</a></li>
  </ul>
  <p class="copyright">© 2025 Ressources Ville Provence</p>
</footer>
<script src="/assets/js/rvp-2024.min.js" defer></script>
</body>
</html>
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML)
    print(os.path.basename(OUT))


if __name__ == "__main__":
    main()
