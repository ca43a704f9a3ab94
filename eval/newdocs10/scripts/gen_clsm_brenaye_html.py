# -*- coding: utf-8 -*-
"""Page web (HTML5) du site d'un CLSM local : le CLSM du Pays de Brenaye (Bretagne)."""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "2026-09-08_clsm-pays-de-brenaye_qui-sommes-nous-actions-contact.html")

HTML = """<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Le CLSM du Pays de Brenaye – Conseil local de santé mentale</title>
  <meta name="description" content="Le conseil local de santé mentale du Pays de Brenaye : qui sommes-nous, nos actions, l'agenda, les questions fréquentes et nos coordonnées.">
  <link rel="icon" href="/favicon.png">
  <style>
    body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#223}
    .topbar{background:#0d5c63;color:#fff;padding:.4rem 1rem;font-size:.85rem}
    header.site{display:flex;justify-content:space-between;align-items:center;padding:1rem 2rem;border-bottom:3px solid #f2a541}
    nav.tabs a{margin:0 .6rem;color:#0d5c63;text-decoration:none;font-weight:bold}
    main{max-width:980px;margin:auto;padding:1rem 2rem}
    .contact-card{border:1px solid #0d5c63;border-radius:8px;padding:1rem;background:#f3fafa}
    .event{border-left:4px solid #f2a541;padding:.3rem .8rem;margin:.8rem 0}
    footer{background:#223;color:#ddd;padding:1rem 2rem;font-size:.85rem}
    footer a{color:#fff}
  </style>
</head>
<body>
<div class="topbar">En cas d'urgence vitale, appelez le 15. Idées suicidaires, inquiétude pour un proche : 3114, numéro national de prévention du suicide, 24 h/24 et 7 j/7, gratuit.</div>
<header class="site">
  <a class="logo" href="https://www.clsm-brenaye.example/"><img src="/img/logo-clsm-brenaye.png" alt="CLSM du Pays de Brenaye"></a>
  <nav class="tabs" aria-label="Navigation principale">
    <a href="#qui-sommes-nous">Qui sommes-nous ?</a>
    <a href="#nos-actions">Nos actions</a>
    <a href="#agenda">Agenda</a>
    <a href="#faq">Questions fréquentes</a>
    <a href="#contact">Nous contacter</a>
  </nav>
</header>

<main>
  <p class="ariane"><a href="/">Accueil</a> &gt; Le CLSM</p>
  <h1>Le CLSM du Pays de Brenaye : qui sommes-nous, nos actions, nous contacter</h1>
  <p class="maj">Page mise à jour le 8 septembre 2026</p>
  <p class="intro">Le conseil local de santé mentale du Pays de Brenaye rassemble depuis 2019 les élus, les soignants, les professionnels du social et du logement, les associations, les personnes concernées et leurs proches pour améliorer la santé mentale de tous les habitants du territoire. Vous trouverez sur cette page tout ce qu'il faut savoir sur notre fonctionnement, nos actions, nos prochains rendez-vous et la manière de nous joindre.</p>

  <section id="qui-sommes-nous">
    <h2>Qui sommes-nous ?</h2>
    <h3>Un territoire</h3>
    <p>Le CLSM couvre les 14 communes de Brenaye Communauté, soit 38 400 habitants, entre le littoral et les premières collines de l'arrière-pays. La ville-centre, Brenaye, compte 11 200 habitants ; les autres communes sont rurales ou périurbaines, et certaines se trouvent à plus de trente minutes du centre médico-psychologique le plus proche. Cette configuration explique l'attention que nous portons aux permanences décentralisées et à la mobilité.</p>
    <h3>Notre histoire</h3>
    <p>Tout a commencé en 2018 par un diagnostic partagé, lancé à l'initiative des élus après plusieurs situations de crise difficiles à gérer en mairie. Ce diagnostic, réalisé avec l'appui de l'agence régionale de santé, a mis en évidence le manque de liens entre la psychiatrie, les services sociaux, les bailleurs et les communes. La convention constitutive du CLSM a été signée le 14 juin 2019 par Brenaye Communauté, l'établissement public de santé mentale (EPSM) de Kerlan, l'ARS Bretagne et le Département du Morbihan. Elle a été renouvelée en 2024 pour cinq ans.</p>
    <p>Le premier poste de coordination a été occupé de 2019 à 2022 par Gaëlle Morvan, qui a notamment mis en place la commission des situations complexes et le premier annuaire des ressources. Depuis septembre 2022, c'est Maëlle Le Gouic qui assure la coordination du CLSM.</p>
    <h3>Notre gouvernance</h3>
    <p>Le CLSM est co-présidé par Yannick Prigent, vice-président de Brenaye Communauté délégué à la santé, et par le Dr Soizic Kerbrat, psychiatre, cheffe du pôle de psychiatrie adulte de l'EPSM de Kerlan. Il s'organise autour de quatre instances :</p>
    <ul>
      <li>le <strong>comité de pilotage</strong>, composé de 12 membres, qui se réunit trois fois par an et arrête les orientations et le budget ;</li>
      <li>l'<strong>assemblée plénière</strong>, ouverte à tous les partenaires, qui se tient une fois par an ;</li>
      <li>les <strong>groupes de travail</strong> thématiques, au nombre de quatre ;</li>
      <li>la <strong>commission des situations individuelles complexes</strong>, qui se réunit chaque mois.</li>
    </ul>
    <h3>L'équipe</h3>
    <p>L'équipe du CLSM est composée d'une coordinatrice, Maëlle Le Gouic, à 0,8 équivalent temps plein, et d'une assistante administrative, Nolwenn Guyader, à 0,3 équivalent temps plein. Toutes deux sont salariées de Brenaye Communauté et travaillent à l'Espace Santé du Pays de Brenaye.</p>
    <h3>Nos financeurs</h3>
    <p>Le budget 2026 du CLSM s'élève à 58 300 euros. Il est financé par l'ARS Bretagne (26 000 euros), Brenaye Communauté (24 300 euros), le Département du Morbihan (5 000 euros) et la Mutualité sociale agricole (3 000 euros). L'EPSM de Kerlan met à disposition du temps de psychiatre et d'infirmier pour la commission des situations complexes et les actions de sensibilisation.</p>
  </section>

  <section id="nos-actions">
    <h2>Nos actions</h2>
    <h3>La commission des situations individuelles complexes</h3>
    <p>La commission des situations individuelles complexes (CSIC) réunit, le deuxième mardi de chaque mois, un psychiatre et un cadre de santé de l'EPSM de Kerlan, les travailleurs sociaux du Département, les CCAS des communes, les deux bailleurs sociaux du territoire, la gendarmerie lorsque c'est utile, et le service d'accompagnement médico-social pour adultes handicapés. Elle examine des situations de personnes en souffrance psychique pour lesquelles les professionnels se trouvent dans une impasse : refus de soins, risque d'expulsion, isolement extrême, troubles du voisinage.</p>
    <p>La CSIC a examiné 47 situations en 2025, contre 39 en 2024. Dans deux tiers des cas, une solution a pu être trouvée dans les trois mois qui ont suivi le premier passage en commission. La CSIC travaille dans le respect du secret professionnel : chaque participant a signé la charte de confidentialité, et la personne concernée est informée de la démarche et, autant que possible, associée.</p>
    <h3>Les groupes de travail</h3>
    <p>Quatre groupes de travail, ouverts aux professionnels, aux bénévoles et aux habitants, font vivre le CLSM tout au long de l'année :</p>
    <ul>
      <li><strong>Logement et habitat</strong>, piloté par Armor Habitat Sud : prévention des expulsions, formation des gardiens, accès au logement après une hospitalisation ;</li>
      <li><strong>Jeunesse et santé mentale</strong>, piloté par la Maison des adolescents du Morbihan : ateliers dans les collèges, formation des animateurs jeunesse ;</li>
      <li><strong>Parentalité et périnatalité</strong>, piloté par le service de protection maternelle et infantile : repérage de la dépression post-natale, groupes de parole de parents ;</li>
      <li><strong>Déstigmatisation et citoyenneté</strong>, co-piloté par le GEM Le Phare et la délégation du Morbihan de l'UNAFAM : programme des Semaines d'information sur la santé mentale, interventions de personnes concernées.</li>
    </ul>
    <h3>Les premiers secours en santé mentale</h3>
    <p>Depuis 2021, le CLSM organise des formations aux premiers secours en santé mentale. 214 personnes ont déjà été formées sur le territoire : agents des communes, gardiens d'immeuble, bénévoles d'associations sportives et caritatives, enseignants, commerçants. Deux formatrices accréditées, infirmières à l'EPSM de Kerlan, animent les sessions.</p>
    <h3>Le guide « Qui fait quoi en santé mentale ? »</h3>
    <p>Le CLSM édite un guide des ressources en santé mentale du Pays de Brenaye, qui présente les lieux de soin, d'écoute, d'accompagnement et d'entraide, avec leurs coordonnées et leurs conditions d'accès. La troisième édition, parue en janvier 2026, a été tirée à 2 000 exemplaires ; elle est disponible dans toutes les mairies, les pharmacies et les cabinets médicaux, et téléchargeable sur ce site.</p>
    <h3>Les permanences décentralisées</h3>
    <p>Pour être au plus près des habitants des communes rurales, la coordinatrice tient une permanence à la mairie de Locmaria-Brenaye le premier jeudi du mois, de 14 h à 16 h 30, et à la maison France services de Saint-Ivy le troisième jeudi du mois, aux mêmes horaires. Ces permanences permettent d'informer les habitants, les familles et les élus, et de les orienter vers les bonnes ressources.</p>
    <h3>Les Semaines d'information sur la santé mentale</h3>
    <p>Chaque année, le CLSM coordonne la programmation locale des Semaines d'information sur la santé mentale, en lien avec une vingtaine de partenaires. En 2025, 23 actions ont réuni plus de 1 300 participants sur le territoire, dont une exposition de photographies réalisée par les adhérents du GEM Le Phare qui a ensuite circulé dans sept communes.</p>
  </section>

  <section id="temoignages">
    <h2>Ils parlent du CLSM</h2>
    <blockquote>
      <p>« Avant, quand un locataire allait mal, on se sentait seuls et on finissait souvent par une procédure. Aujourd'hui, je sais qui appeler, et on trouve des solutions ensemble, avec le CMP et le CCAS. La formation aux premiers secours en santé mentale m'a aussi beaucoup aidé à engager la conversation. »</p>
      <footer>— Erwan, gardien d'immeuble à Brenaye</footer>
    </blockquote>
    <blockquote>
      <p>« Au GEM, on a longtemps eu l'impression que personne ne voulait entendre parler de nous. Avec le groupe déstigmatisation, on intervient dans les collèges et on a monté l'exposition photo. On n'est plus seulement des personnes dont on parle, on participe. »</p>
      <footer>— Sylvie, adhérente du GEM Le Phare</footer>
    </blockquote>
    <blockquote>
      <p>« Dans une petite commune, le maire est souvent appelé en premier quand quelqu'un est en crise. Le CLSM m'a donné des contacts, une procédure claire et, surtout, la possibilité d'en parler avec des professionnels sans attendre que la situation dégénère. »</p>
      <footer>— Le maire d'une commune de Brenaye Communauté</footer>
    </blockquote>
  </section>

  <section id="partenaires">
    <h2>Nos partenaires</h2>
    <p>Plus de soixante structures participent aux travaux du CLSM. Parmi elles :</p>
    <ul>
      <li>les 14 communes de Brenaye Communauté et leurs centres communaux d'action sociale ;</li>
      <li>l'EPSM de Kerlan, son centre médico-psychologique de Brenaye et son équipe mobile psychiatrie précarité ;</li>
      <li>le centre hospitalier de Brenaye, son service des urgences et son équipe de liaison en addictologie ;</li>
      <li>la communauté professionnelle territoriale de santé du Pays de Brenaye et la maison de santé pluriprofessionnelle de Saint-Ivy ;</li>
      <li>le Département du Morbihan (espace autonomie seniors, protection maternelle et infantile, action sociale) ;</li>
      <li>les bailleurs sociaux Armor Habitat Sud et Brenaye Logement ;</li>
      <li>l'Éducation nationale, la mission locale et la Maison des adolescents du Morbihan ;</li>
      <li>la gendarmerie et la police municipale de Brenaye ;</li>
      <li>le GEM Le Phare, la délégation du Morbihan de l'UNAFAM et plusieurs associations d'aide à domicile, d'insertion et de solidarité.</li>
    </ul>
  </section>

  <section id="numeros-utiles">
    <h2>Numéros utiles</h2>
    <ul>
      <li>Urgence vitale : le 15 (SAMU) ou le 112</li>
      <li>Prévention du suicide : le 3114, 24 h/24, gratuit</li>
      <li>Centre médico-psychologique adultes de Brenaye : 02 97 00 63 10, du lundi au vendredi</li>
      <li>Accueil des familles de l'UNAFAM du Morbihan : permanence le deuxième samedi du mois à l'Espace Santé</li>
      <li>GEM Le Phare : ouvert du mardi au samedi, 12 rue du Port, Brenaye</li>
    </ul>
  </section>

  <section id="agenda">
    <h2>Agenda : nos prochains rendez-vous</h2>
    <div class="event">
      <h3>Café-rencontre « Parlons santé mentale »</h3>
      <p><time datetime="2026-09-24">Jeudi 24 septembre 2026</time>, de 18 h à 20 h · Médiathèque Les Embruns, Brenaye · Entrée libre</p>
      <p>Un moment convivial pour échanger autour d'un café avec des professionnels, des personnes concernées et des proches. Sans inscription.</p>
    </div>
    <div class="event">
      <h3>Formation aux premiers secours en santé mentale (module standard)</h3>
      <p><time datetime="2026-10-01">Jeudi 1er et vendredi 2 octobre 2026</time>, de 9 h à 17 h · Espace Santé du Pays de Brenaye · Sur inscription, 16 places</p>
      <p>Formation gratuite pour les habitants et les professionnels du territoire. Inscription auprès de la coordination avant le 18 septembre 2026.</p>
    </div>
    <div class="event">
      <h3>Semaines d'information sur la santé mentale 2026</h3>
      <p><time datetime="2026-10-05">Du lundi 5 au dimanche 18 octobre 2026</time> · Dans tout le Pays de Brenaye</p>
      <p>Le programme complet des animations sera disponible en téléchargement sur ce site à partir du 15 septembre 2026.</p>
    </div>
    <div class="event">
      <h3>Ciné-débat</h3>
      <p><time datetime="2026-10-08">Jeudi 8 octobre 2026</time>, à 20 h 30 · Cinéma Le Korrigan, Brenaye · Tarif unique : 5 euros</p>
      <p>Projection suivie d'un échange avec le Dr Soizic Kerbrat et des adhérents du GEM Le Phare.</p>
    </div>
    <div class="event">
      <h3>Forum « Habiter et aller bien »</h3>
      <p><time datetime="2026-10-13">Mardi 13 octobre 2026</time>, de 14 h à 17 h · Salle polyvalente de Locmaria-Brenaye</p>
      <p>Stands des bailleurs, des services d'aide à domicile, de l'EPSM et des associations ; atelier sur le maintien dans le logement.</p>
    </div>
    <div class="event">
      <h3>Marche solidaire « Les pas de côté »</h3>
      <p><time datetime="2026-10-17">Samedi 17 octobre 2026</time>, départ à 10 h du port de Brenaye · Boucle de 6 km accessible à tous</p>
    </div>
    <div class="event">
      <h3>Assemblée plénière du CLSM</h3>
      <p><time datetime="2026-11-19">Jeudi 19 novembre 2026</time>, de 14 h à 17 h · Salle du conseil communautaire, Brenaye</p>
      <p>Bilan de l'année, présentation des travaux des groupes et adoption des orientations pour 2027. Ouverte à tous les partenaires, sur inscription.</p>
    </div>
    <div class="event">
      <h3>Réunion d'information des élus municipaux</h3>
      <p><time datetime="2026-12-01">Mardi 1er décembre 2026</time>, à 18 h · Mairie de Saint-Ivy</p>
      <p>Comment réagir face à une situation de crise ? Présentation des ressources du territoire et des procédures, avec l'EPSM de Kerlan et la gendarmerie.</p>
    </div>
  </section>

  <section id="faq">
    <h2>Questions fréquentes</h2>
    <h3>Le CLSM est-il un lieu de soins ?</h3>
    <p>Non. Le CLSM est une instance de concertation et de coordination : il ne reçoit pas de patients et ne délivre pas de soins. Si vous avez besoin d'un avis ou d'un suivi, adressez-vous à votre médecin traitant ou au centre médico-psychologique de Brenaye, qui vous orienteront. La coordinatrice peut en revanche vous aider à trouver le bon interlocuteur.</p>
    <h3>Mon proche refuse de se soigner : le CLSM peut-il intervenir ?</h3>
    <p>Le CLSM ne peut pas intervenir directement auprès d'une personne, mais il peut vous orienter. Vous pouvez contacter la coordinatrice, qui vous indiquera les ressources existantes, notamment l'accueil des familles de l'UNAFAM et le CMP. Si un professionnel suit déjà votre proche, il peut saisir la commission des situations individuelles complexes.</p>
    <h3>Qui peut saisir la commission des situations complexes ?</h3>
    <p>Tout professionnel intervenant sur le territoire de Brenaye Communauté peut saisir la CSIC, à l'aide du formulaire de saisine téléchargeable sur ce site, à renvoyer par messagerie sécurisée au moins dix jours avant la séance. La personne concernée doit avoir été informée de la démarche. Les particuliers ne peuvent pas saisir directement la commission.</p>
    <h3>Faut-il être professionnel pour participer aux groupes de travail ?</h3>
    <p>Non. Les groupes de travail sont ouverts aux habitants, aux personnes concernées par un trouble psychique, à leurs proches et aux bénévoles. Il suffit de contacter la coordination pour connaître les dates des prochaines réunions.</p>
    <h3>La formation aux premiers secours en santé mentale est-elle payante ?</h3>
    <p>Non, elle est gratuite pour les habitants et les professionnels du territoire, grâce au financement de l'ARS Bretagne et de Brenaye Communauté. Elle dure deux jours, soit 14 heures, et donne lieu à la délivrance d'un certificat de secouriste en santé mentale.</p>
    <h3>Mon association peut-elle demander une intervention du CLSM ?</h3>
    <p>Oui. Le CLSM propose aux associations, aux entreprises et aux services publics du territoire des séances de sensibilisation de deux heures, gratuites, sur la santé mentale et les ressources locales. Les demandes sont à adresser à la coordination au moins deux mois à l'avance.</p>
  <h3>Le CLSM peut-il aider une commune à organiser une action de prévention ?</h3>
    <p>Oui. La coordinatrice accompagne les communes qui souhaitent organiser une conférence, un ciné-débat ou une formation : choix des intervenants, recherche de financements, communication. Les communes rurales peuvent également accueillir une étape de l'exposition du GEM Le Phare ou un café-rencontre, sur simple demande auprès de la coordination.</p>
  </section>

  <section id="participer">
    <h2>Comment participer ?</h2>
    <p>Le CLSM n'est pas réservé aux institutions. Chacun peut y prendre part, selon ses envies et sa disponibilité : en rejoignant un groupe de travail, en proposant une animation pour les Semaines d'information sur la santé mentale, en se formant aux premiers secours en santé mentale, ou simplement en venant aux cafés-rencontres. Les personnes qui vivent ou ont vécu avec un trouble psychique, ainsi que leurs proches, sont particulièrement bienvenues : leur expérience est précieuse pour construire des actions utiles.</p>
    <p>Les structures qui souhaitent devenir partenaires du CLSM signent la charte des partenaires, qui les engage à participer à au moins une instance par an et à relayer les informations du CLSM auprès de leurs équipes. Une rencontre d'accueil des nouveaux partenaires est organisée chaque année en janvier.</p>
  </section>

  <section id="documents">
    <h2>Documents à télécharger</h2>
    <ul>
      <li><a href="/docs/guide-qui-fait-quoi-2026.pdf">Guide « Qui fait quoi en santé mentale ? », 3e édition, janvier 2026 (PDF, 4,2 Mo)</a></li>
      <li><a href="/docs/rapport-activite-2025.pdf">Rapport d'activité 2025 du CLSM (PDF, 2,1 Mo)</a></li>
      <li><a href="/docs/formulaire-saisine-csic.docx">Formulaire de saisine de la commission des situations individuelles complexes (Word)</a></li>
      <li><a href="/docs/charte-confidentialite-csic.pdf">Charte de confidentialité de la CSIC (PDF)</a></li>
      <li><a href="/docs/convention-clsm-2024-2029.pdf">Convention constitutive renouvelée 2024-2029 (PDF)</a></li>
    </ul>
  </section>

  <section id="contact">
    <h2>Nous contacter</h2>
    <div class="contact-card">
      <p><strong>Coordination du CLSM du Pays de Brenaye</strong><br>
      Espace Santé du Pays de Brenaye<br>
      7 rue des Tanneurs<br>
      56350 Brenaye</p>
      <p>Téléphone : 02 97 00 41 28<br>
      Courriel : <a href="mailto:clsm@brenaye-communaute.example">clsm@brenaye-communaute.example</a></p>
      <p><strong>Horaires d'accueil</strong> : du lundi au jeudi, de 9 h à 12 h 30 et de 13 h 30 à 17 h ; le vendredi, de 9 h à 12 h. Accueil sur rendez-vous de préférence.</p>
      <p><strong>Accès</strong> : ligne de bus 3, arrêt « Les Tanneurs » ; parking gratuit place du Marché ; locaux accessibles aux personnes à mobilité réduite.</p>
    </div>
    <p>Vous êtes un professionnel et souhaitez recevoir la lettre d'information trimestrielle du CLSM ? Écrivez-nous en précisant votre structure et votre fonction.</p>
  </section>
</main>

<footer>
  <p>Le CLSM du Pays de Brenaye est porté par Brenaye Communauté, en partenariat avec l'EPSM de Kerlan, l'ARS Bretagne et le Département du Morbihan.</p>
  <p><a href="/mentions-legales">Mentions légales</a> · <a href="/confidentialite">Données personnelles</a> · <a href="/accessibilite">Accessibilité</a> · <a href="/plan-du-site">Plan du site</a></p>
  <p>© Brenaye Communauté 2026</p>
</footer>
</body>
</html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)
print("ok")
