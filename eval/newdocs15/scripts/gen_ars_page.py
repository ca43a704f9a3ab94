# -*- coding: utf-8 -*-
"""Page HTML d'un site d'agence (gabarit de CMS public) : appel à projets 2027 « Travailler et aller mieux » de
l'ARS Centre-Val de Loire (publiée le 15 octobre 2026).

Ce qu'elle porte : lien d'évitement, en-tête avec Marianne et menu, fil d'Ariane, date de publication et de mise à
jour, encadré « En bref » (<aside> en <dl>), texte, tableau des montants avec rowspan et colspan (en-tête sur deux
lignes : « Montant maximal par projet » au-dessus de « En QPV » / « Hors QPV »), étapes en <ol>, FAQ en <h3> + <p>,
pièces jointes, liens connexes, partage, pied de page avec mentions légales et avertissements habituels.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-10-15_ars-cvl_appel-a-projets-2027-travailler-et-aller-mieux.html")

HTML = """<!DOCTYPE html>
<html lang="fr" data-fr-scheme="system">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Appel à projets 2027 « Travailler et aller mieux » : santé mentale et emploi dans les quartiers prioritaires | Agence régionale de santé Centre-Val de Loire</title>
<meta name="description" content="L'ARS Centre-Val de Loire lance un appel à projets de 600 000 € pour l'accompagnement vers et dans l'emploi des personnes vivant avec un trouble psychique, en priorité dans les quartiers prioritaires.">
<link rel="stylesheet" href="/themes/custom/ars/dsfr/dsfr.min.css">
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"page_type":"actualite","rubrique":"sante-mentale"});</script>
</head>
<body class="path-node page-node-type-appel-a-projets">
<div class="fr-skiplinks"><nav role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list">
<li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#header-navigation">Menu</a></li><li><a class="fr-link" href="#footer">Pied de page</a></li></ul></nav></div>
<header role="banner" class="fr-header">
 <div class="fr-header__brand"><p class="fr-logo">République<br>Française</p>
 <div class="fr-header__service"><a href="/" title="Accueil - Agence régionale de santé Centre-Val de Loire"><p class="fr-header__service-title">Agence régionale de santé<br>Centre-Val de Loire</p></a></div></div>
 <div class="fr-header__tools"><ul class="fr-btns-group"><li><a class="fr-btn" href="/espace-presse">Espace presse</a></li><li><a class="fr-btn" href="/contact">Nous contacter</a></li><li><a class="fr-btn" href="/recherche">Rechercher</a></li></ul></div>
 <nav class="fr-nav" id="header-navigation" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list">
 <li class="fr-nav__item"><a class="fr-nav__link" href="/votre-sante">Votre santé</a></li>
 <li class="fr-nav__item"><a class="fr-nav__link" href="/sante-et-prevention" aria-current="true">Santé et prévention</a></li>
 <li class="fr-nav__item"><a class="fr-nav__link" href="/offre-de-soins">Offre de soins</a></li>
 <li class="fr-nav__item"><a class="fr-nav__link" href="/appels-a-projets">Appels à projets et candidatures</a></li>
 <li class="fr-nav__item"><a class="fr-nav__link" href="/ars">L'ARS Centre-Val de Loire</a></li></ul></nav>
</header>
<main role="main" id="contenu">
<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><ol class="fr-breadcrumb__list">
<li><a class="fr-breadcrumb__link" href="/">Accueil</a></li>
<li><a class="fr-breadcrumb__link" href="/sante-et-prevention">Santé et prévention</a></li>
<li><a class="fr-breadcrumb__link" href="/sante-et-prevention/sante-mentale">Santé mentale</a></li>
<li><a class="fr-breadcrumb__link" href="/appels-a-projets">Appels à projets</a></li>
<li><a class="fr-breadcrumb__link" aria-current="page">Appel à projets 2027 « Travailler et aller mieux »</a></li></ol></nav>
<article class="node node--type-appel-a-projets">
<p class="fr-tag">Appel à projets</p> <p class="fr-tag">Santé mentale</p>
<h1>Appel à projets 2027 « Travailler et aller mieux » : santé mentale et emploi dans les quartiers prioritaires</h1>
<p class="date">Publié le 15 octobre 2026 — Mis à jour le 22 octobre 2026</p>
<p class="chapo">L'Agence régionale de santé Centre-Val de Loire lance la deuxième édition de son appel à projets pour
accompagner vers et dans l'emploi les personnes qui vivent avec un trouble psychique. Les projets menés dans les
quartiers prioritaires de la politique de la ville, ou portés avec un conseil local de santé mentale, sont prioritaires.</p>

<aside class="fr-callout en-bref" aria-labelledby="en-bref-titre">
<h2 id="en-bref-titre" class="fr-callout__title">En bref</h2>
<dl>
<dt>Enveloppe totale</dt><dd>600 000 € sur deux ans (2027-2028)</dd>
<dt>Ouverture</dt><dd>15 octobre 2026</dd>
<dt>Date limite de dépôt</dt><dd>15 janvier 2027 à 12 h</dd>
<dt>Annonce des résultats</dt><dd>fin mars 2027</dd>
<dt>Porteurs éligibles</dt><dd>associations, collectivités territoriales et leurs groupements, établissements de santé, structures d'insertion par l'activité économique</dd>
<dt>Nombre de projets visés</dt><dd>entre 8 et 12</dd>
</dl>
</aside>

<h2>Contexte</h2>
<p>La première édition, lancée en 2024, a permis de financer neuf projets, dont le dispositif Tremplin à
Montargeuil. Ces projets ont montré qu'un accompagnement intensif vers l'emploi ordinaire, sans sélection préalable,
donne des résultats, à condition d'être articulé avec les soins.</p>
<p>Dans les quartiers prioritaires de la région, le taux de chômage est près de trois fois supérieur à la moyenne
régionale, et les professionnels de l'insertion signalent une part croissante de personnes en souffrance psychique.</p>

<h2>Ce qui peut être financé</h2>
<p>Trois axes sont ouverts. Les montants maximaux dépendent du lieu de réalisation du projet.</p>
<div class="fr-table"><table>
<caption>Montants maximaux par type d'action (en euros, sur la durée du projet)</caption>
<thead>
<tr><th rowspan="2" scope="col">Axe</th><th rowspan="2" scope="col">Actions éligibles</th><th colspan="2" scope="colgroup">Montant maximal par projet</th><th rowspan="2" scope="col">Durée maximale</th></tr>
<tr><th scope="col">En QPV</th><th scope="col">Hors QPV</th></tr>
</thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">Axe 1 — Accompagner vers et dans l'emploi</th><td>Job coaching selon la méthode IPS</td><td>80 000 €</td><td>60 000 €</td><td>24 mois</td></tr>
<tr><td>Ateliers de remobilisation et de préparation à l'emploi</td><td>25 000 €</td><td>15 000 €</td><td>12 mois</td></tr>
<tr><th rowspan="2" scope="rowgroup">Axe 2 — Former et sensibiliser</th><td>Formation aux premiers secours en santé mentale des professionnels de l'insertion</td><td>15 000 €</td><td>10 000 €</td><td>12 mois</td></tr>
<tr><td>Sensibilisation des employeurs et des collectifs de travail</td><td>20 000 €</td><td>12 000 €</td><td>12 mois</td></tr>
<tr><th scope="row">Axe 3 — Coordonner</th><td>Animation d'une commission emploi au sein d'un CLSM</td><td>30 000 €</td><td>20 000 €</td><td>24 mois</td></tr>
</tbody>
</table></div>
<p>Un même porteur peut présenter au plus deux projets. Les dépenses d'investissement ne sont pas éligibles.</p>

<h2>Comment candidater</h2>
<ol>
<li>Télécharger le cahier des charges et le dossier de candidature (ci-dessous).</li>
<li>Prendre contact avec le CLSM du territoire, s'il existe : une lettre de soutien du CLSM apporte des points supplémentaires.</li>
<li>Déposer le dossier complet sur la plateforme Démarches simplifiées avant le 15 janvier 2027 à 12 h.</li>
<li>Les porteurs dont le dossier est recevable seront invités à une audition en février 2027.</li>
</ol>

<h2>Questions fréquentes</h2>
<h3>Un projet qui n'est pas lié à un CLSM peut-il être retenu ?</h3>
<p>Oui. Le lien avec un CLSM n'est pas obligatoire, mais il est valorisé dans la grille d'analyse : il compte pour
15 points sur 100.</p>
<h3>Peut-on cumuler ce financement avec le FSE+ ou les crédits de la politique de la ville ?</h3>
<p>Oui, le cumul est possible, dans la limite de 80 % de financements publics sur le coût total du projet.</p>
<h3>Les personnes accompagnées doivent-elles avoir une RQTH ?</h3>
<p>Non. Aucune reconnaissance administrative du handicap ne peut être exigée à l'entrée : les projets doivent
respecter le principe de « zéro exclusion ».</p>
<h3>Un projet déjà financé en 2024 peut-il candidater de nouveau ?</h3>
<p>Oui, s'il présente un bilan de la première période et une évolution (nouveau quartier, nouveau public, hausse du
nombre de personnes accompagnées). Le financement ne peut pas couvrir plus de quatre ans au total.</p>
<h3>Qui contacter pour une question sur l'appel à projets ?</h3>
<p>La direction de la santé publique et environnementale, pôle santé mentale : Aurélie Cabanel, chargée de mission
santé mentale, à l'adresse ars-cvl-aap-sante-mentale@ars-cvl.example.</p>

<section class="fr-downloads-group"><h2>Documents à télécharger</h2><ul>
<li><a href="/media/aap-2027-travailler-et-aller-mieux-cahier-des-charges.pdf" download>Cahier des charges — PDF, 412 Ko</a></li>
<li><a href="/media/aap-2027-dossier-candidature.docx" download>Dossier de candidature — DOCX, 96 Ko</a></li>
<li><a href="/media/aap-2027-budget-previsionnel.xlsx" download>Modèle de budget prévisionnel — XLSX, 38 Ko</a></li></ul></section>
</article>

<section class="fr-share"><p>Partager la page</p><ul><li><a href="#" title="Partager sur LinkedIn">LinkedIn</a></li><li><a href="#" title="Partager par courriel">Courriel</a></li><li><a href="#" onclick="navigator.clipboard.writeText(location.href)">Copier le lien</a></li></ul></section>

<aside class="related" aria-labelledby="voir-aussi">
<h2 id="voir-aussi">Sur le même sujet</h2>
<ul>
<li><a href="/sante-et-prevention/sante-mentale/projet-territorial-de-sante-mentale">Les projets territoriaux de santé mentale en Centre-Val de Loire</a></li>
<li><a href="/sante-et-prevention/sante-mentale/clsm">Les conseils locaux de santé mentale : carte régionale</a></li>
<li><a href="/appels-a-projets/2024-sante-mentale-emploi-resultats">Résultats de l'appel à projets 2024 « Santé mentale et emploi »</a></li>
<li><a href="https://www.prea-cvl.example/rapport-2026">Rapport régional 2026 de la Plateforme régionale de l'emploi accompagné</a></li>
</ul>
</aside>
</main>
<footer class="fr-footer" role="contentinfo" id="footer">
<div class="fr-footer__body"><p class="fr-footer__content-desc">L'Agence régionale de santé Centre-Val de Loire est un établissement public administratif de l'État chargé de la mise en œuvre de la politique de santé dans la région.</p>
<ul class="fr-footer__content-list"><li><a href="https://www.legifrance.gouv.fr">legifrance.gouv.fr</a></li><li><a href="https://www.gouvernement.fr">gouvernement.fr</a></li><li><a href="https://www.service-public.fr">service-public.fr</a></li><li><a href="https://www.data.gouv.fr">data.gouv.fr</a></li></ul></div>
<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list">
<li><a href="/plan-du-site">Plan du site</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/donnees-personnelles">Données personnelles</a></li><li><a href="/gestion-des-cookies">Gestion des cookies</a></li></ul>
<p class="fr-footer__bottom-copy">Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous licence etalab-2.0. Les informations publiées sur ce site le sont à titre indicatif et n'engagent pas la responsabilité de l'Agence ; seuls les textes publiés au Journal officiel font foi.</p></div>
</footer>
<script src="/themes/custom/ars/dsfr/dsfr.module.min.js" type="module"></script>
</body>
</html>
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML)
    print(OUT)


if __name__ == "__main__":
    main()
