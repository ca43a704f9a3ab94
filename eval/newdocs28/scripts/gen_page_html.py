# -*- coding: utf-8 -*-
"""Génère la page HTML du site (fictif) du Département de l'Orvanne « Santé mentale des seniors et soutien aux
proches aidants » : bandeau cookies, en-tête, <nav>, fil d'Ariane, <main> avec h2/h3, FAQ en accordéon
(<button aria-expanded> + panneaux hidden), tableau d'annuaire, barre latérale « À lire aussi », pied de page."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-01-08_departement-orvanne_sante-mentale-seniors-aidants.html")

FAQ = [
    ("Mon père refuse de voir un psychiatre. Que puis-je faire ?",
     "<p>C'est une situation très fréquente : beaucoup de personnes âgées associent la psychiatrie à la "
     "« folie » et refusent toute consultation. Ne forcez pas : parlez-en d'abord à son médecin traitant, qui "
     "le connaît et en qui il a souvent confiance. Le médecin traitant peut solliciter l'équipe mobile de "
     "psychogériatrie de votre secteur, qui se déplace à domicile et peut rencontrer votre père sans "
     "l'étiqueter comme « patient psychiatrique ». Vous pouvez aussi être reçu seul, en tant que proche, par "
     "la psychologue d'une plateforme de répit.</p>"),
    ("Le Chèque répit Orvanne est-il cumulable avec le droit au répit de l'APA ?",
     "<p>Oui. Le Chèque répit Orvanne, créé par le Département en 2024, vient en complément du droit au répit "
     "prévu dans le cadre de l'APA. Il s'adresse aux proches aidants d'une personne bénéficiaire de l'APA à "
     "domicile classée en GIR 1 à 4. Son montant est de 300 € par an et par personne aidée. Il peut être "
     "utilisé en accueil de jour, en hébergement temporaire, en halte-répit ou pour du répit à domicile. La "
     "demande se fait auprès de la Maison départementale de l'autonomie, avec le formulaire téléchargeable "
     "sur cette page.</p>"),
    ("Qui peut s'inscrire sur le registre canicule de sa commune ?",
     "<p>Le registre nominatif est tenu par la mairie ou le CCAS de chaque commune. Peuvent s'y inscrire les "
     "personnes de 65 ans et plus, les personnes de plus de 60 ans reconnues inaptes au travail et les "
     "personnes adultes en situation de handicap, vivant à domicile. L'inscription est volontaire et peut être "
     "demandée par un tiers (proche, voisin, médecin, service d'aide à domicile), à condition que la personne "
     "concernée ne s'y oppose pas. Les données sont confidentielles et servent uniquement à contacter les "
     "personnes inscrites en cas de déclenchement du plan canicule.</p>"),
    ("Combien coûte une intervention de l'équipe mobile de psychogériatrie ?",
     "<p>Rien. Les interventions des trois équipes mobiles de psychogériatrie de l'Orvanne sont prises en "
     "charge par l'assurance maladie, sans avance de frais ni dépassement d'honoraires, à domicile comme en "
     "établissement.</p>"),
    ("Je suis aidant et je travaille : ai-je droit à un congé ?",
     "<p>Oui. Le congé de proche aidant permet de suspendre ou de réduire son activité professionnelle pour "
     "accompagner un proche en perte d'autonomie. Sa durée est de trois mois, renouvelable, dans la limite "
     "d'un an sur l'ensemble de la carrière. Pendant ce congé, vous pouvez percevoir l'allocation journalière "
     "du proche aidant (AJPA), versée par votre CAF ou votre caisse de MSA. Renseignez-vous auprès de votre "
     "employeur et de votre caisse.</p>"),
    ("Un EHPAD peut-il accueillir mon proche seulement quelques semaines ?",
     "<p>Oui, c'est l'hébergement temporaire. Il permet un séjour en EHPAD, dans la limite de 90 jours par an, "
     "par exemple pendant une hospitalisation de l'aidant, pour des vacances ou simplement pour souffler. "
     "L'Orvanne compte 58 places d'hébergement temporaire réparties dans 19 établissements. Une partie du "
     "coût peut être prise en charge par l'APA ou par le Chèque répit Orvanne.</p>"),
    ("Je pense qu'un voisin âgé est en danger. Qui dois-je appeler ?",
     "<p>En cas d'urgence vitale (malaise, chute, propos suicidaires avec un danger immédiat), appelez le 15. "
     "Si vous êtes inquiet sans qu'il y ait urgence (votre voisin ne sort plus, ne répond plus, semble "
     "négliger ses soins), prévenez la mairie ou le CCAS de votre commune, qui peut organiser une visite. Pour "
     "une suspicion de maltraitance, vous pouvez appeler le 3977, numéro national gratuit. Et si vous êtes "
     "vous-même en détresse, ou inquiet pour un proche qui pense au suicide, le 3114 répond 24 heures sur 24, "
     "7 jours sur 7.</p>"),
    ("Les entretiens avec la psychologue d'une plateforme de répit sont-ils payants ?",
     "<p>Non. Les entretiens de soutien psychologique proposés aux aidants par les quatre plateformes "
     "d'accompagnement et de répit de l'Orvanne sont gratuits, dans la limite de six à huit entretiens selon "
     "les plateformes. Au-delà, la psychologue peut vous orienter vers un suivi, par exemple dans le cadre du "
     "dispositif national Mon soutien psy, qui permet jusqu'à 12 séances par an chez un psychologue "
     "partenaire, remboursées par l'assurance maladie.</p>"),
    ("Mon proche vit en EHPAD : la plateforme de répit peut-elle encore m'aider ?",
     "<p>Oui. L'entrée en établissement ne met pas fin au rôle d'aidant, et elle s'accompagne souvent d'un "
     "sentiment de culpabilité. Les plateformes accueillent les aidants dont le proche vit en EHPAD, "
     "notamment pour du soutien psychologique et les groupes de parole.</p>"),
]

ANNUAIRE = [
    ("Équipe mobile de psychogériatrie Nord – CH Les Tilleuls", "Castelrive Agglomération et nord de l'Orvanne",
     "4 avenue des Tilleuls, Castelrive", "05 99 00 52 18", "lun.-ven. 9 h-17 h"),
    ("Équipe mobile de psychogériatrie Sud – CH de Sarlanges", "Pays de Sarlanges et vallée de la Mérande",
     "21 rue de l'Hôpital, Sarlanges", "05 99 00 71 30", "lun.-ven. 9 h-16 h 30"),
    ("Équipe mobile de psychogériatrie Est – CHI Vaudrecourt-Montbrézac", "Est de l'Orvanne",
     "Route de Montbrézac, Vaudrecourt", "05 99 00 84 05", "lun.-ven. 8 h 30-17 h"),
    ("Le Relais des Aidants (plateforme de répit)", "Castelrive Agglomération",
     "12 rue des Tanneurs, Castelrive", "05 99 00 41 20", "lun.-ven. 9 h-17 h 30"),
    ("Répit'Orvanne Sud (plateforme de répit)", "Pays de Sarlanges",
     "3 place du Foirail, Sarlanges", "05 99 00 72 66", "lun., mar., jeu. 9 h-17 h"),
    ("Plateforme de répit du Haut-Pays", "Montbrézac et Haut-Pays",
     "8 rue du Château, Montbrézac", "05 99 00 88 14", "mar.-ven. 9 h-12 h 30"),
    ("Entr'Aidants Vaudrecourt (plateforme de répit)", "Vaudrecourt et communes voisines",
     "45 boulevard de la Mérande, Vaudrecourt", "05 99 00 84 90", "lun.-ven. 9 h-17 h"),
    ("DAC Orvanne – dispositif d'appui à la coordination", "Tout le département",
     "17 rue du Docteur-Lamarque, Castelrive", "05 99 00 60 00", "lun.-ven. 8 h 30-18 h"),
    ("Maison départementale de l'autonomie (MDA)", "Tout le département",
     "2 place de l'Hôtel-du-Département, Castelrive", "05 99 00 20 20", "lun.-ven. 8 h 45-17 h"),
]


def faq_html():
    out = []
    for i, (q, a) in enumerate(FAQ, 1):
        out.append(
            '      <div class="accordion__item">\n'
            '        <h3 class="accordion__title"><button type="button" class="accordion__trigger" '
            'aria-expanded="false" aria-controls="faq-panel-%d" id="faq-btn-%d">%s<span class="icon-plus" '
            'aria-hidden="true"></span></button></h3>\n'
            '        <div class="accordion__panel" id="faq-panel-%d" role="region" aria-labelledby="faq-btn-%d" '
            'hidden>\n          %s\n        </div>\n      </div>' % (i, i, q, i, i, a))
    return "\n".join(out)


def annuaire_html():
    rows = []
    for r in ANNUAIRE:
        rows.append("          <tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td><td><a href=\"tel:+33%s\">%s</a>"
                    "</td><td>%s</td></tr>" % (r[0], r[1], r[2], r[3].replace(" ", "")[1:], r[3], r[4]))
    return "\n".join(rows)


HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Santé mentale des seniors et soutien aux proches aidants | Département de l'Orvanne</title>
  <meta name="description" content="Dépression, isolement, épuisement des aidants : les équipes mobiles de psychogériatrie, les plateformes de répit, le Chèque répit Orvanne et les bons réflexes en cas de canicule.">
  <link rel="canonical" href="https://www.orvanne.example/solidarites/autonomie/sante-mentale-seniors-aidants">
  <link rel="stylesheet" href="/assets/css/main.min.css?v=4.12.0">
  <script async src="https://stats.orvanne.example/matomo.js"></script>
  <script>window.dataLayer = window.dataLayer || []; function tac(){dataLayer.push(arguments);} tac('consent','default',{analytics:'denied'});</script>
  <style>.accordion__panel[hidden]{display:none}.skip-link{position:absolute;left:-999px}</style>
</head>
<body class="page-template-thematique">
<a class="skip-link" href="#contenu">Aller au contenu</a>

<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite" aria-label="Gestion des cookies">
  <p>Le Département de l'Orvanne utilise des cookies pour mesurer l'audience du site et améliorer votre expérience de navigation. Vous pouvez accepter, refuser ou personnaliser vos choix à tout moment depuis la rubrique « Gestion des cookies » en bas de page.</p>
  <div class="cookie-banner__actions">
    <button type="button" class="btn btn--primary" data-consent="accept">Tout accepter</button>
    <button type="button" class="btn" data-consent="refuse">Tout refuser</button>
    <button type="button" class="btn btn--link" data-consent="custom">Personnaliser</button>
  </div>
</div>

<header class="site-header">
  <div class="site-header__top">
    <ul class="quick-links">
      <li><a href="/espace-presse">Espace presse</a></li>
      <li><a href="/marches-publics">Marchés publics</a></li>
      <li><a href="/recrutement">Le Département recrute</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </div>
  <div class="site-header__main">
    <a href="/" class="logo"><img src="/assets/img/logo-orvanne.svg" alt="Département de l'Orvanne – accueil" width="180" height="64"></a>
    <form class="search" role="search" action="/recherche">
      <label for="q" class="sr-only">Rechercher sur le site</label>
      <input type="search" id="q" name="q" placeholder="Rechercher une aide, un service…">
      <button type="submit">Rechercher</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/le-departement">Le Département</a></li>
      <li class="is-active"><a href="/solidarites" aria-current="true">Solidarités</a></li>
      <li><a href="/routes-mobilites">Routes &amp; mobilités</a></li>
      <li><a href="/colleges">Collèges</a></li>
      <li><a href="/environnement">Environnement</a></li>
      <li><a href="/culture-sport">Culture &amp; sport</a></li>
      <li><a href="/demarches">Démarches en ligne</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/solidarites">Solidarités</a></li>
    <li><a href="/solidarites/autonomie">Autonomie et grand âge</a></li>
    <li aria-current="page">Santé mentale des seniors et soutien aux proches aidants</li>
  </ol>
</nav>

<div class="layout layout--with-sidebar">
<main id="contenu" class="content">
  <h1>Santé mentale des seniors et soutien aux proches aidants</h1>
  <p class="meta">Publié le 2 juin 2025 – Mis à jour le 8 janvier 2026 · Temps de lecture : 12 minutes · <a href="javascript:window.print()">Imprimer</a> · <a href="#partager">Partager</a></p>

  <p class="chapo">Dépression, anxiété, isolement, épuisement de ceux qui accompagnent un proche : la santé mentale des personnes âgées reste un sujet tabou. Pourtant, des solutions existent dans l'Orvanne, souvent gratuites et trop peu connues. Cette page rassemble les dispositifs du territoire, les aides du Département et les bons réflexes, notamment en période de fortes chaleurs.</p>

  <h2 id="de-quoi-parle-t-on">Vieillir n'est pas déprimer : de quoi parle-t-on ?</h2>
  <p>Contrairement à une idée reçue, la tristesse durable, le repli sur soi ou la perte d'envie ne sont pas des conséquences « normales » de l'âge. La dépression du sujet âgé est une maladie fréquente, qui se soigne, mais qui passe souvent inaperçue : elle s'exprime moins par la tristesse que par des plaintes physiques (fatigue, douleurs, troubles digestifs), une perte d'appétit, des troubles de la mémoire ou de l'irritabilité. Elle est parfois confondue avec un début de maladie d'Alzheimer.</p>
  <p>Ses conséquences peuvent être graves. Dans l'Orvanne, les personnes de 75 ans et plus représentent 9 % de la population mais 21 % des décès par suicide (moyenne 2019-2021, source Inserm-CépiDc, exploitation de l'Observatoire territorial de santé de l'Orvanne). Les hommes très âgés, veufs ou isolés, sont les plus exposés.</p>

  <h3>Les signes qui doivent alerter</h3>
  <ul>
    <li>une tristesse ou une irritabilité qui dure plus de deux semaines ;</li>
    <li>un désintérêt pour ce qui faisait plaisir (jardin, petits-enfants, sorties, télévision) ;</li>
    <li>un amaigrissement, un refus de s'alimenter ou de prendre ses médicaments ;</li>
    <li>des troubles du sommeil, des réveils très matinaux ;</li>
    <li>des propos comme « je suis un poids », « à quoi bon », « je ne serai plus là pour Noël » ;</li>
    <li>un repli : la personne ne répond plus au téléphone, n'ouvre plus sa porte, renonce à ses rendez-vous ;</li>
    <li>une consommation d'alcool ou de somnifères en hausse.</li>
  </ul>
  <p>Si vous observez plusieurs de ces signes chez un proche, parlez-en avec lui, sans le juger, et encouragez-le à consulter son médecin traitant. Vous pouvez vous-même en parler au médecin, dans le respect du secret médical.</p>

  <h3>Les proches aidants, une population à risque</h3>
  <p>On estime à 34 000 le nombre de proches aidants dans l'Orvanne, dont environ 12 000 accompagnent une personne âgée de 75 ans ou plus. Conjoints, enfants, voisins : ils assurent au quotidien les courses, les repas, la toilette, la surveillance des traitements, parfois la nuit. Près d'un aidant sur deux présente des signes d'épuisement, et le risque de dépression est nettement accru chez ceux qui accompagnent une personne atteinte d'une maladie neuro-évolutive.</p>
  <p>Beaucoup d'aidants ne se reconnaissent pas comme tels et ne demandent de l'aide qu'au moment d'une crise. Se reconnaître aidant, c'est pourtant la première étape pour accéder aux solutions de répit.</p>

  <h2 id="dispositifs">Les dispositifs près de chez vous</h2>

  <h3>Les équipes mobiles de psychogériatrie (EMPG)</h3>
  <p>Trois équipes mobiles de psychogériatrie couvrent l'Orvanne : l'EMPG Nord, rattachée au centre hospitalier Les Tilleuls à Castelrive (créée en 2021), l'EMPG Sud, rattachée au centre hospitalier de Sarlanges (créée en 2024), et l'EMPG Est, portée par le centre hospitalier intercommunal de Vaudrecourt-Montbrézac, la plus ancienne, créée en 2019. Composées de psychiatres, de gériatres, d'infirmiers et de psychologues, elles se déplacent à domicile, en résidence autonomie et en EHPAD pour évaluer une personne de 65 ans ou plus présentant des troubles psychiques ou du comportement, conseiller le médecin traitant et soutenir les équipes et les familles.</p>
  <p>Les EMPG sont sollicitées par le médecin traitant ou par le médecin coordonnateur de l'EHPAD. Elles n'interviennent pas en urgence : en cas de danger immédiat, appelez le 15.</p>

  <h3>Les plateformes d'accompagnement et de répit (PFR)</h3>
  <p>Les plateformes d'accompagnement et de répit s'adressent aux proches aidants d'une personne âgée en perte d'autonomie ou atteinte d'une maladie neuro-évolutive. Elles informent, écoutent, proposent un soutien psychologique, des groupes de parole, des formations, des activités partagées aidant-aidé et des solutions de répit (halte-répit, répit à domicile, séjours). Quatre plateformes sont implantées dans le département : à Castelrive (Le Relais des Aidants), à Sarlanges (Répit'Orvanne Sud), à Montbrézac (plateforme du Haut-Pays) et à Vaudrecourt (Entr'Aidants). En 2025, elles ont accompagné ensemble 812 aidants.</p>

  <h3>Le dispositif d'appui à la coordination (DAC Orvanne)</h3>
  <p>Vous êtes un professionnel et une situation vous semble complexe (cumul de problèmes de santé, d'isolement, de refus d'aide) ? Le DAC Orvanne, guichet unique pour les professionnels, vous aide à trouver la bonne réponse et peut coordonner le parcours de la personne. Il connaît l'ensemble de l'offre du département, y compris les équipes mobiles. Les particuliers peuvent aussi l'appeler pour être orientés.</p>

  <h3>Les conseils locaux de santé mentale (CLSM)</h3>
  <p>Trois conseils locaux de santé mentale réunissent élus, psychiatrie, professionnels du social et usagers : le CLSM de Castelrive (créé en 2018), le CLSM de Sarlanges (2021) et le CLSM intercommunal du Val de Mérande (2024). Le CLSM de Castelrive dispose depuis 2023 d'un groupe de travail « Aînés et aidants », à l'origine notamment du réseau des Veilleurs de quartier et d'un guide pratique pour les aidants publié en janvier 2026.</p>

  <h3>La Maison départementale de l'autonomie (MDA) et les aides financières</h3>
  <p>La MDA instruit les demandes d'allocation personnalisée d'autonomie (APA), qui peut financer une aide à domicile, un accueil de jour ou un hébergement temporaire. Dans le cadre de l'APA, le droit au répit permet de financer des solutions de relais pour l'aidant. Depuis 2024, le Département complète ce dispositif par le <strong>Chèque répit Orvanne</strong> (voir la question fréquente ci-dessous).</p>
  <div class="callout callout--info">
    <p class="callout__title">Chiffres 2025 dans l'Orvanne</p>
    <ul>
      <li>8 940 bénéficiaires de l'APA à domicile</li>
      <li>1 260 Chèques répit Orvanne attribués (contre 710 en 2024)</li>
      <li>58 places d'hébergement temporaire et 214 places d'accueil de jour</li>
    </ul>
  </div>

  <h2 id="canicule">Canicule : protéger les personnes âgées isolées</h2>
  <p>Les épisodes de fortes chaleurs sont particulièrement dangereux pour les personnes âgées, et plus encore pour celles qui vivent seules. La chaleur aggrave l'isolement : on ne sort plus, on ne reçoit plus de visites. Elle peut aussi déstabiliser une personne souffrant de troubles psychiques. Certains médicaments, notamment le lithium, les neuroleptiques et certains antidépresseurs, augmentent les risques liés à la chaleur : ne les arrêtez jamais sans avis médical, mais parlez-en à votre médecin ou à votre pharmacien avant l'été.</p>
  <h3>Les bons réflexes</h3>
  <ul>
    <li>Inscrivez-vous, ou inscrivez un proche avec son accord, sur le registre canicule de votre mairie ou de votre CCAS.</li>
    <li>Abonnez-vous gratuitement à Alerte Chaleur Orvanne, le service de SMS du Département, pour être prévenu du déclenchement de la vigilance orange ou rouge : 6 200 personnes y sont abonnées.</li>
    <li>Buvez régulièrement sans attendre d'avoir soif, mouillez-vous le corps, fermez les volets en journée.</li>
    <li>Prenez des nouvelles de vos voisins âgés, au moins une fois par jour pendant l'épisode.</li>
    <li>Repérez les lieux rafraîchis ouverts par votre commune.</li>
  </ul>
  <p>Pendant l'épisode du 11 au 18 août 2025, le premier à atteindre la vigilance rouge dans l'Orvanne, les CCAS du département ont contacté plus de 9 000 personnes inscrites sur les registres communaux.</p>

  <h2 id="faq">Questions fréquentes</h2>
  <div class="accordion" data-accordion>
@@FAQ@@
  </div>

  <h2 id="annuaire">Annuaire : qui contacter ?</h2>
  <div class="table-wrapper" tabindex="0">
    <table class="table table--striped">
      <caption>Équipes mobiles, plateformes de répit et services départementaux (mise à jour : janvier 2026)</caption>
      <thead>
        <tr><th scope="col">Structure</th><th scope="col">Secteur</th><th scope="col">Adresse</th><th scope="col">Téléphone</th><th scope="col">Horaires</th></tr>
      </thead>
      <tbody>
@@ANNUAIRE@@
      </tbody>
    </table>
  </div>
  <p class="note">Numéros nationaux : 15 (urgence médicale) · 3114 (prévention du suicide, 24 h/24) · 3977 (maltraitance des personnes âgées et des adultes en situation de handicap).</p>

  <h2 id="documents">Documents à télécharger</h2>
  <ul class="downloads">
    <li><a href="/medias/autonomie/formulaire-cheque-repit-orvanne.pdf">Formulaire de demande du Chèque répit Orvanne</a> (PDF, 412 Ko)</li>
    <li><a href="/medias/autonomie/guide-aidants-orvanne-2025.pdf">Guide départemental des proches aidants, édition 2025</a> (PDF, 3,1 Mo)</li>
    <li><a href="/medias/autonomie/plan-canicule-orvanne-2025.pdf">Plan départemental de gestion des fortes chaleurs</a> (PDF, 1,4 Mo)</li>
  </ul>

  <div class="feedback" id="partager">
    <p>Cette page vous a-t-elle été utile ?</p>
    <button type="button" data-vote="yes">Oui</button> <button type="button" data-vote="no">Non</button>
  </div>
</main>

<aside class="sidebar" aria-label="À lire aussi">
  <h2 class="sidebar__title">À lire aussi</h2>
  <ul class="sidebar__list">
    <li><a href="/solidarites/autonomie/apa-domicile">APA à domicile : comment faire une demande ?</a></li>
    <li><a href="/solidarites/autonomie/hebergement-temporaire">Hébergement temporaire et accueil de jour : la carte des places</a></li>
    <li><a href="/actualites/2025-06-plan-canicule">Plan canicule : le Département mobilise ses agents</a></li>
    <li><a href="/solidarites/autonomie/schema-autonomie-2024-2028">Schéma départemental de l'autonomie 2024-2028</a></li>
    <li><a href="/solidarites/aidants/journee-nationale-aidants">Journée nationale des aidants : le programme dans l'Orvanne</a></li>
  </ul>
  <div class="sidebar__box">
    <p class="sidebar__box-title">Besoin d'un conseil ?</p>
    <p>Maison départementale de l'autonomie<br>05 99 00 20 20<br>du lundi au vendredi, 8 h 45 – 17 h</p>
  </div>
</aside>
</div>

<footer class="site-footer">
  <div class="site-footer__address">
    <p><strong>Département de l'Orvanne</strong><br>Hôtel du Département – 2 place de l'Hôtel-du-Département – CS 70010 – Castelrive Cedex<br>Standard : 05 99 00 10 00</p>
  </div>
  <ul class="site-footer__links">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="#" data-open-cookies>Gestion des cookies</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
  </ul>
  <p class="site-footer__social">Suivez-nous : <a href="https://social.example/@orvanne">Mastodon</a> · <a href="https://video.example/orvanne">Vidéos</a> · <a href="/lettre-information">Lettre d'information</a></p>
  <p class="copyright">© 2026 Département de l'Orvanne</p>
</footer>
<script src="/assets/js/accordion.min.js" defer></script>
<script src="/assets/js/cookies.min.js" defer></script>
</body>
</html>
"""


def main():
    html = HTML.replace("@@FAQ@@", faq_html()).replace("@@ANNUAIRE@@", annuaire_html())
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(html)
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(html, "html.parser")
    for t in soup(["script", "style", "head"]):
        t.decompose()
    print("écrit :", OUT, "| mots (texte visible) :", len(soup.get_text(" ").split()))


if __name__ == "__main__":
    main()
