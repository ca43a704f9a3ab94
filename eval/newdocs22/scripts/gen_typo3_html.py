# -*- coding: utf-8 -*-
"""Page du site d'un centre hospitalier réalisé avec TYPO3 (v12, thème « bootstrap_package »), enregistrée depuis
le navigateur.

Imitation : commentaire « This website is powered by TYPO3 » en tête, <meta name="generator" content="TYPO3 CMS">,
bandeau cookies (extension « cookieman ») en tête du <body>, barre de liens rapides, menu principal à sous-menus
(<nav class="navbar">), fil d'Ariane <ol class="breadcrumb">, éléments de contenu
<div id="c1234" class="frame frame-default frame-type-text …"> avec <header> et <div class="ce-bodytext">, élément
« textpic » avec image et légende, élément « bullets », tableau « ce-table » avec <thead>, accordéon FAQ du
bootstrap_package (<div class="accordion-item">, panneaux repliés), bloc « Chiffres clés » de type « card group »,
menu latéral des sous-pages, pied de page à colonnes, lien « Haut de page ».
"""
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-01-15_ch-montbazac_maison-olympe-accueil-femmes-victimes.html")

HTML = r"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2026 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<title>Maison Olympe : accueil des femmes victimes de violences - Centre hospitalier de Montbazac</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="description" content="La Maison Olympe du centre hospitalier de Montbazac accueille les femmes victimes de violences : soins, constat, plainte sur place, accompagnement social et juridique.">
<meta property="og:title" content="Maison Olympe">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3f1c0a9e8b-bootstrap.css?1736951203" media="all">
<script src="/typo3conf/ext/cookieman/Resources/Public/Js/cookieman.min.js?1736951203"></script>
</head>
<body id="p412" class="page-412 pagelevel-3 language-0 backendlayout-subnavigation_left layout-default">
<div id="cookieman-modal" class="modal" data-cookieman-showonce="1" role="dialog" aria-labelledby="cookieman-title">
  <div class="modal-dialog"><div class="modal-content">
    <h5 id="cookieman-title" class="modal-title">Protection des données</h5>
    <p>Nous utilisons des cookies pour mesurer l'audience du site et afficher des vidéos. Vous pouvez accepter ou refuser ces cookies.</p>
    <button class="btn btn-primary" data-cookieman-accept-all>Tout accepter</button>
    <button class="btn btn-secondary" data-cookieman-accept-none>Refuser</button>
    <a href="/mentions-legales/donnees-personnelles">Paramétrer</a>
  </div></div>
</div>
<a class="visually-hidden-focusable page-skip-link" href="#page-content">Aller au contenu principal</a>
<div class="body-bg">
<div class="topbar"><ul class="topbar-links">
  <li><a href="/urgences">Urgences : 15</a></li><li><a href="/prendre-rendez-vous">Prendre rendez-vous</a></li>
  <li><a href="/offres-emploi">Recrutement</a></li><li><a href="/espace-professionnels">Espace professionnels</a></li>
</ul></div>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
  <div class="container">
    <a class="navbar-brand navbar-brand-image" title="Centre hospitalier de Montbazac" href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/templates/logo-ch-montbazac.svg" alt="Centre hospitalier de Montbazac logo" height="52" width="180"></a>
    <button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
    <nav aria-label="Menu principal" id="mainnavigation" class="collapse navbar-collapse">
      <ul class="navbar-nav">
        <li class="nav-item dropdown dropdown-hover"><a href="/votre-sejour" class="nav-link dropdown-toggle" aria-haspopup="true" aria-expanded="false"><span class="nav-link-text">Votre séjour</span></a>
          <ul class="dropdown-menu"><li><a href="/votre-sejour/admission" class="dropdown-item">Admission</a></li><li><a href="/votre-sejour/tarifs" class="dropdown-item">Tarifs</a></li><li><a href="/votre-sejour/visites" class="dropdown-item">Visites</a></li></ul></li>
        <li class="nav-item dropdown dropdown-hover active"><a href="/offre-de-soins" class="nav-link dropdown-toggle"><span class="nav-link-text">Offre de soins</span></a>
          <ul class="dropdown-menu"><li><a href="/offre-de-soins/femme-mere-enfant" class="dropdown-item">Pôle femme-mère-enfant</a></li><li><a href="/offre-de-soins/psychiatrie" class="dropdown-item">Psychiatrie et santé mentale</a></li><li><a href="/offre-de-soins/urgences" class="dropdown-item">Urgences</a></li><li><a href="/offre-de-soins/medecine-legale" class="dropdown-item">Unité médico-judiciaire</a></li></ul></li>
        <li class="nav-item"><a href="/actualites" class="nav-link"><span class="nav-link-text">Actualités</span></a></li>
        <li class="nav-item"><a href="/hopital" class="nav-link"><span class="nav-link-text">L'hôpital</span></a></li>
        <li class="nav-item"><a href="/contact" class="nav-link"><span class="nav-link-text">Contact</span></a></li>
      </ul>
    </nav>
    <form class="searchbox" action="/recherche" method="get"><label for="tx-indexedsearch-searchbox-sword">Rechercher</label><input type="text" id="tx-indexedsearch-searchbox-sword" name="tx_indexedsearch_pi2[search][sword]"><button type="submit">OK</button></form>
  </div>
</header>
<nav class="breadcrumb-section" aria-label="Fil d'Ariane"><div class="container"><p class="visually-hidden" id="breadcrumb">Vous êtes ici :</p>
  <ol class="breadcrumb"><li class="breadcrumb-item"><a href="/" title="Accueil"><span class="breadcrumb-link-title">Accueil</span></a></li><li class="breadcrumb-item"><a href="/offre-de-soins"><span class="breadcrumb-link-title">Offre de soins</span></a></li><li class="breadcrumb-item"><a href="/offre-de-soins/femme-mere-enfant"><span class="breadcrumb-link-title">Pôle femme-mère-enfant</span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Maison Olympe</span></li></ol>
</div></nav>
<div id="page-content" class="bp-page-content main-section">
<div class="container"><div class="section-row">
<aside class="section section-small">
  <nav class="frame frame-type-subnavigation" aria-label="Sous-navigation"><ul class="subnav-nav">
    <li class="subnav-item"><a href="/offre-de-soins/femme-mere-enfant/maternite" class="subnav-link">Maternité</a></li>
    <li class="subnav-item"><a href="/offre-de-soins/femme-mere-enfant/gynecologie" class="subnav-link">Gynécologie</a></li>
    <li class="subnav-item"><a href="/offre-de-soins/femme-mere-enfant/pediatrie" class="subnav-link">Pédiatrie</a></li>
    <li class="subnav-item active"><a href="/offre-de-soins/femme-mere-enfant/maison-olympe" class="subnav-link" aria-current="page">Maison Olympe</a></li>
    <li class="subnav-item"><a href="/offre-de-soins/femme-mere-enfant/centre-perinatal" class="subnav-link">Centre périnatal de proximité</a></li>
  </ul></nav>
</aside>
<main class="section section-default">
<!--TYPO3SEARCH_begin-->
<div id="c2841" class="frame frame-default frame-type-header frame-layout-0 frame-background-none frame-space-before-none frame-space-after-none">
  <div class="frame-container"><div class="frame-inner"><header class="frame-header"><h1 class="element-header"><span>Maison Olympe : accueil des femmes victimes de violences</span></h1>
  <p class="element-subheader"><span>Un lieu unique au centre hospitalier de Montbazac pour être soignée, écoutée, protégée et accompagnée</span></p></header></div></div>
</div>
<div id="c2842" class="frame frame-default frame-type-textpic frame-layout-0 frame-background-none">
  <div class="frame-container"><div class="frame-inner">
  <div class="textpic textpic-right"><div class="textpic-item textpic-gallery"><div class="gallery-row"><div class="gallery-item gallery-item-size-1"><figure class="image"><img class="image-embed-item" title="Maison Olympe" alt="Le hall d'accueil de la Maison Olympe, pavillon Garonne" src="/fileadmin/_processed_/a/3/csm_maison-olympe-accueil_8c1e2f4d7a.jpg" width="400" height="267" loading="lazy"><figcaption class="caption">L'espace d'accueil de la Maison Olympe, au rez-de-chaussée du pavillon Garonne. © CH Montbazac</figcaption></figure></div></div></div>
  <div class="textpic-item textpic-text">
  <p>Ouverte le 4 mars 2024, la Maison Olympe accueille toute femme à partir de 15 ans victime de violences : violences conjugales, violences intrafamiliales, violences sexuelles, mutilations sexuelles ou mariage forcé. Elle réunit dans un même lieu, au rez-de-chaussée du pavillon Garonne du centre hospitalier de Montbazac (12 avenue du Docteur-Roux), les professionnels dont une victime peut avoir besoin : soins médicaux, constat des blessures, soutien psychologique, accompagnement social, conseil juridique et dépôt de plainte.</p>
  <p>L'accueil est <strong>gratuit</strong>, confidentiel et ne nécessite <strong>aucune ordonnance</strong> ni orientation préalable par un médecin. La Maison Olympe est financée par l'ARS Nouvelle-Aquitaine, la délégation départementale aux droits des femmes et la Ville de Montbazac, dans le cadre du contrat de ville.</p>
  </div></div></div></div>
</div>
<div id="c2843" class="frame frame-default frame-type-bullets frame-layout-0">
  <div class="frame-container"><div class="frame-inner"><header class="frame-header"><h2 class="element-header"><span>Une équipe pluridisciplinaire</span></h2></header>
  <ul class="ce-bullets">
    <li>Élise Fourcade, sage-femme coordinatrice de la Maison Olympe</li>
    <li>Dr Paul Sarrazin, médecin légiste de l'unité médico-judiciaire (UMJ)</li>
    <li>Inès Morel, psychologue clinicienne</li>
    <li>Une assistante sociale hospitalière, présente tous les jours</li>
    <li>Une juriste de l'association Aide aux Victimes Val-de-Garonne (AVVG), en permanence le jeudi de 9 h à 12 h</li>
    <li>Une policière du commissariat de Montbazac, en permanence le mardi de 14 h à 17 h, pour prendre les plaintes sur place</li>
  </ul></div></div>
</div>
<div id="c2844" class="frame frame-default frame-type-text frame-layout-0">
  <div class="frame-container"><div class="frame-inner"><header class="frame-header"><h2 class="element-header"><span>Horaires et contact</span></h2></header>
  <div class="ce-bodytext"><p>La Maison Olympe est ouverte du lundi au vendredi, de 9 h à 17 h. Un <strong>accueil sans rendez-vous</strong> est assuré le mardi matin, de 9 h à 12 h. En dehors de ces horaires, les urgences du centre hospitalier vous accueillent 24 h/24 et peuvent faire appel à l'équipe le jour ouvré suivant.</p>
  <p>Téléphone du secrétariat : 05 53 00 41 77 — courriel : maison.olympe@ch-montbazac.example</p></div></div></div>
</div>
<div id="c2845" class="frame frame-default frame-type-text frame-layout-0">
  <div class="frame-container"><div class="frame-inner"><header class="frame-header"><h2 class="element-header"><span>Comment être reçue à la Maison Olympe ?</span></h2></header>
  <div class="ce-bodytext"><ol>
    <li>Appelez le secrétariat au 05 53 00 41 77, ou présentez-vous le mardi matin sans rendez-vous. Un professionnel (médecin, ISCG, assistante sociale, enseignant) peut aussi appeler pour vous, avec votre accord.</li>
    <li>Lors du premier accueil, la sage-femme coordinatrice ou l'assistante sociale fait le point avec vous sur votre situation et sur vos besoins, en toute confidentialité.</li>
    <li>Si vous le souhaitez, un examen médical et un constat des blessures sont réalisés le jour même ou dans les 48 heures.</li>
    <li>Un plan d'accompagnement vous est proposé : rendez-vous avec la psychologue, la juriste, l'assistante sociale, dépôt de plainte sur place si vous le décidez.</li>
    <li>Si vos enfants ont été exposés aux violences, l'équipe vous propose une orientation vers l'antenne de Montbazac du centre régional du psychotraumatisme.</li>
  </ol></div></div></div>
</div>
<div id="c2846" class="frame frame-default frame-type-text frame-layout-0">
  <div class="frame-container"><div class="frame-inner"><header class="frame-header"><h2 class="element-header"><span>Le recueil de preuves sans plainte</span></h2></header>
  <div class="ce-bodytext"><p>Vous n'êtes pas prête à porter plainte ? Le <strong>recueil de preuves sans plainte</strong> consiste à faire constater vos blessures par le médecin légiste et à conserver les éléments de preuve (certificat, photographies, prélèvements) à l'hôpital pendant trois ans. Si vous décidez plus tard de porter plainte, ces preuves pourront être transmises aux enquêteurs sur réquisition.</p></div></div></div>
</div>
<div id="c2847" class="frame frame-default frame-type-card_group frame-layout-0 frame-background-light">
  <div class="frame-container"><div class="frame-inner"><header class="frame-header"><h2 class="element-header"><span>Chiffres clés 2025</span></h2></header>
  <div class="card-group-element card-group-element-columns-4">
    <div class="card-group-element-item"><div class="card"><div class="card-body"><h3 class="card-title">486</h3><div class="card-text"><p>femmes accueillies en 2025 (352 en 2024)</p></div></div></div></div>
    <div class="card-group-element-item"><div class="card"><div class="card-body"><h3 class="card-title">97</h3><div class="card-text"><p>plaintes déposées sur place</p></div></div></div></div>
    <div class="card-group-element-item"><div class="card"><div class="card-body"><h3 class="card-title">63 %</h3><div class="card-text"><p>des femmes accueillies résident dans un quartier prioritaire</p></div></div></div></div>
    <div class="card-group-element-item"><div class="card"><div class="card-body"><h3 class="card-title">74</h3><div class="card-text"><p>orientations vers le centre régional du psychotraumatisme</p></div></div></div></div>
  </div></div></div>
</div>
<div id="c2848" class="frame frame-default frame-type-table frame-layout-0">
  <div class="frame-container"><div class="frame-inner"><header class="frame-header"><h2 class="element-header"><span>Maison Olympe ou antenne du centre régional du psychotraumatisme : quelle différence ?</span></h2></header>
  <div class="table-responsive"><table class="ce-table table">
  <thead><tr><th scope="col"></th><th scope="col">Maison Olympe</th><th scope="col">Antenne de Montbazac du CRP Garonne-Atlantique</th></tr></thead>
  <tbody>
  <tr><th scope="row">Pour qui ?</th><td>Femmes à partir de 15 ans victimes de violences</td><td>Enfants, adolescents et adultes souffrant d'un psychotraumatisme</td></tr>
  <tr><th scope="row">Quelle aide ?</th><td>Accueil immédiat : soins, constat, plainte, accompagnement social et juridique</td><td>Soins psychiques spécialisés du trauma (thérapies centrées sur le trauma)</td></tr>
  <tr><th scope="row">Comment y accéder ?</th><td>Par téléphone ou sans rendez-vous le mardi matin</td><td>Sur rendez-vous, après une fiche d'orientation et une évaluation</td></tr>
  <tr><th scope="row">Où ?</th><td>Pavillon Garonne, CH de Montbazac</td><td>8 rue des Charmilles, quartier des Acacias</td></tr>
  </tbody></table></div>
  <div class="ce-bodytext"><p>En résumé, la Maison Olympe est la porte d'entrée pour une femme qui vient de subir des violences ; l'antenne du centre régional prend le relais pour soigner durablement le traumatisme, chez la mère comme chez les enfants.</p></div>
  </div></div>
</div>
<div id="c2849" class="frame frame-default frame-type-accordion frame-layout-0">
  <div class="frame-container"><div class="frame-inner"><header class="frame-header"><h2 class="element-header"><span>Questions fréquentes</span></h2></header>
  <div class="accordion" id="accordion-2849">
    <div class="accordion-item"><div class="accordion-header" id="accordion-heading-2849-1"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#accordion-2849-1" aria-expanded="false" aria-controls="accordion-2849-1"><span class="accordion-title-link-text">Puis-je venir avec mes enfants ?</span></button></div>
      <div id="accordion-2849-1" class="accordion-collapse collapse" aria-labelledby="accordion-heading-2849-1" data-bs-parent="#accordion-2849"><div class="accordion-body"><div class="accordion-content-item accordion-content-text"><p>Oui. Un coin enfants est aménagé dans la salle d'attente et une auxiliaire de puériculture peut s'occuper d'eux pendant vos rendez-vous.</p></div></div></div></div>
    <div class="accordion-item"><div class="accordion-header" id="accordion-heading-2849-2"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#accordion-2849-2" aria-expanded="false" aria-controls="accordion-2849-2"><span class="accordion-title-link-text">Dois-je obligatoirement porter plainte ?</span></button></div>
      <div id="accordion-2849-2" class="accordion-collapse collapse" data-bs-parent="#accordion-2849"><div class="accordion-body"><div class="accordion-content-item accordion-content-text"><p>Non. Vous êtes accueillie et soignée que vous portiez plainte ou non. La décision vous appartient ; l'équipe vous informe de vos droits et du recueil de preuves sans plainte.</p></div></div></div></div>
    <div class="accordion-item"><div class="accordion-header" id="accordion-heading-2849-3"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#accordion-2849-3" aria-expanded="false" aria-controls="accordion-2849-3"><span class="accordion-title-link-text">Et si je dois quitter mon domicile en urgence ?</span></button></div>
      <div id="accordion-2849-3" class="accordion-collapse collapse" data-bs-parent="#accordion-2849"><div class="accordion-body"><div class="accordion-content-item accordion-content-text"><p>L'assistante sociale peut solliciter le dispositif Toit Sûr de l'association AVVG ou le 115. En cas de danger immédiat, appelez le 17.</p></div></div></div></div>
    <div class="accordion-item"><div class="accordion-header" id="accordion-heading-2849-4"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#accordion-2849-4" aria-expanded="false" aria-controls="accordion-2849-4"><span class="accordion-title-link-text">Ma consultation sera-t-elle visible par mon conjoint ?</span></button></div>
      <div id="accordion-2849-4" class="accordion-collapse collapse" data-bs-parent="#accordion-2849"><div class="accordion-body"><div class="accordion-content-item accordion-content-text"><p>Les consultations de la Maison Olympe ne génèrent aucun reste à charge et aucun courrier n'est envoyé à votre domicile sans votre accord. Vous pouvez indiquer une adresse ou un téléphone de confiance.</p></div></div></div></div>
  </div></div></div>
</div>
<div id="c2850" class="frame frame-default frame-type-text frame-layout-0"><div class="frame-container"><div class="frame-inner"><div class="ce-bodytext"><p class="text-muted"><small>Page mise à jour le 15 janvier 2026 par la direction de la communication.</small></p></div></div></div></div>
<!--TYPO3SEARCH_end-->
</main>
</div></div></div>
<footer id="page-footer" class="bp-page-footer">
  <section class="section footer-section footer-section-content"><div class="container"><div class="section-row">
    <div class="section-column footer-section-content-column footer-section-content-column-left"><h4>Centre hospitalier de Montbazac</h4><p>12 avenue du Docteur-Roux<br>47400 Montbazac<br>Standard : 05 53 00 40 00</p></div>
    <div class="section-column footer-section-content-column footer-section-content-column-middle"><h4>Accès rapides</h4><ul><li><a href="/plan-acces">Plan d'accès</a></li><li><a href="/annuaire">Annuaire des services</a></li><li><a href="/usagers/plaintes-reclamations">Réclamations</a></li></ul></div>
    <div class="section-column footer-section-content-column footer-section-content-column-right"><h4>Suivez-nous</h4><ul class="social"><li><a href="https://www.linkedin.example/company/ch-montbazac">LinkedIn</a></li></ul></div>
  </div></div></section>
  <section class="section footer-section footer-section-meta"><div class="container"><div class="frame frame-default frame-type-menu_pages"><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : non conforme</a></li><li><a href="/plan-du-site">Plan du site</a></li></ul></div>
  <p class="footer-copyright">© 2026 Centre hospitalier de Montbazac</p></div></section>
</footer>
<a class="scroll-top" title="Haut de page" href="#top"><span class="scroll-top-icon"></span><span class="scroll-top-text">Haut de page</span></a>
</div>
<script src="/typo3temp/assets/compressed/merged-9ab04c2c71-bootstrap.bundle.js?1736951203"></script>
</body>
</html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)
print(OUT)
