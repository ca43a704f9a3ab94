# -*- coding: utf-8 -*-
"""Page web (HTML5) d'un centre de ressources politique de la ville :
fiche repère n° 14 « Intégrer la santé mentale dans les contrats de ville Engagements Quartiers 2030 »."""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "2025-03-12_cite-ressources-occitanie_fiche-repere-sante-mentale-contrats-de-ville.html")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fiche repère n° 14 – Santé mentale et contrats de ville | Cité Ressources Occitanie</title>
<meta name="description" content="Repères pour intégrer la santé mentale dans les contrats de ville Engagements Quartiers 2030 : leviers, financements, exemple de Montbrézac, étapes.">
<meta property="og:title" content="Intégrer la santé mentale dans les contrats de ville">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-12">
<meta property="article:modified_time" content="2025-06-03">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <div class="brand">
    <a href="https://www.citeressources-occitanie.example/"><img src="/assets/img/logo-cro.svg" alt="Cité Ressources Occitanie"></a>
    <p class="tagline">Centre de ressources politique de la ville en Occitanie</p>
  </div>
  <form class="search" role="search" action="/recherche"><label for="q">Rechercher</label><input id="q" name="q" type="search"><button>OK</button></form>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/le-centre">Le centre de ressources</a></li>
      <li><a href="/thematiques">Thématiques</a>
        <ul>
          <li><a href="/thematiques/sante">Santé</a></li>
          <li><a href="/thematiques/education">Éducation et réussite éducative</a></li>
          <li><a href="/thematiques/emploi">Emploi et développement économique</a></li>
          <li><a href="/thematiques/cadre-de-vie">Cadre de vie et renouvellement urbain</a></li>
        </ul>
      </li>
      <li><a href="/publications">Publications</a></li>
      <li><a href="/agenda">Agenda</a></li>
      <li><a href="/qualification">Qualification des acteurs</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/thematiques">Thématiques</a></li>
    <li><a href="/thematiques/sante">Santé</a></li>
    <li><a href="/thematiques/sante/fiches-reperes">Fiches repères</a></li>
    <li aria-current="page">Santé mentale et contrats de ville</li>
  </ol>
</nav>

<main id="contenu">
<article>
  <header class="article-header">
    <p class="kicker">Fiche repère n° 14 · Santé</p>
    <h1>Intégrer la santé mentale dans les contrats de ville « Engagements Quartiers 2030 »</h1>
    <p class="meta">Publié le <time datetime="2025-03-12">12 mars 2025</time> · Mis à jour le <time datetime="2025-06-03">3 juin 2025</time> · Par Laure Benhamou, chargée de mission santé · Temps de lecture : 12 minutes</p>
    <p class="chapo">La santé mentale figure désormais parmi les premières préoccupations remontées par les habitants des quartiers prioritaires et par les professionnels qui y travaillent. La nouvelle génération de contrats de ville, signée en 2024, offre l'occasion de mieux l'intégrer aux projets de territoire. Cette fiche propose des repères aux chefs de projet politique de la ville, aux délégués du préfet et aux coordinateurs santé pour passer de la préoccupation à l'action.</p>
  </header>

  <section>
    <h2>Pourquoi la santé mentale est un enjeu pour les quartiers prioritaires</h2>
    <p>Les habitants des quartiers prioritaires de la politique de la ville cumulent des facteurs de risque bien identifiés : précarité économique, chômage, logements suroccupés ou dégradés, isolement des familles monoparentales, exposition aux violences et aux trafics, parcours migratoires parfois traumatiques. Ces déterminants pèsent sur la santé mentale des adultes comme des enfants, alors même que l'accès aux soins y est plus difficile qu'ailleurs : délais d'attente importants dans les centres médico-psychologiques, faible présence de psychologues et de psychiatres libéraux, coût des consultations non remboursées, barrière de la langue.</p>
    <p>Les équipes de terrain en témoignent. Dans l'enquête conduite par Cité Ressources Occitanie à l'automne 2024 auprès des équipes projets des 39 contrats de ville de la région, 33 équipes ont répondu. Parmi elles, 28 citent la santé mentale parmi les trois problématiques de santé les plus fréquemment remontées par les habitants et les partenaires, loin devant l'obésité ou les addictions. Les situations décrites sont très variées : adolescents en décrochage, parents épuisés, personnes âgées isolées, troubles du voisinage liés à des pathologies non soignées, souffrance des professionnels eux-mêmes.</p>
    <p>Les enfants et les adolescents sont particulièrement concernés. Les équipes de réussite éducative signalent une hausse des situations d'anxiété, de phobie scolaire et de repli, que les services de pédopsychiatrie ne peuvent absorber rapidement. Dans plusieurs villes de la région, le délai pour une première consultation dans un centre médico-psychologique pour enfants et adolescents dépasse un an. Les associations de quartier, les clubs de prévention et les centres sociaux se retrouvent ainsi à accompagner, faute de mieux, des jeunes dont la situation relèverait d'un suivi spécialisé. Cette réalité plaide pour des actions de repérage précoce, de soutien à la parentalité et de formation des professionnels de l'enfance, autant que pour un renforcement de l'offre de soins.</p>
    <p>La santé mentale n'est pourtant pas un domaine où la politique de la ville peut agir seule. Les soins relèvent de la psychiatrie de secteur et de la médecine de ville ; la politique de la ville intervient en complément, pour faciliter l'accès aux droits et aux soins, développer la prévention, soutenir la médiation et favoriser la coordination entre acteurs. C'est tout l'enjeu d'une bonne articulation avec les dispositifs de droit commun.</p>
  </section>

  <section>
    <h2>Ce que prévoient les contrats de ville 2024-2030</h2>
    <p>Les contrats de ville « Engagements Quartiers 2030 », signés au cours de l'année 2024 pour la période 2024-2030, succèdent aux contrats de la génération 2015-2023. Ils sont construits autour d'un nombre resserré d'enjeux prioritaires choisis localement, à partir d'une concertation avec les habitants, et non plus autour de piliers thématiques obligatoires. La santé n'y est donc pas imposée : c'est aux signataires de décider d'en faire, ou non, une priorité.</p>
    <p>En Occitanie, l'analyse des 39 contrats signés montre que 24 comportent un objectif explicite consacré à la santé mentale, contre 11 dans les contrats de la génération précédente. Dans la majorité des cas, cet objectif est formulé de manière générale (« favoriser le bien-être psychique des habitants ») et n'est pas décliné en actions. Seuls neuf contrats identifient un pilote, un calendrier et des indicateurs. C'est sur ce passage de l'intention à la programmation que les équipes projets peuvent le plus utilement travailler.</p>
    <p>Les contrats sont accompagnés d'une programmation annuelle, financée notamment par les crédits de l'État au titre du programme 147 « Politique de la ville », mobilisés par appel à projets. Ces crédits, par nature, interviennent en complément des politiques de droit commun : ils ne financent pas de soins, mais peuvent financer de la prévention, de la médiation, de l'écoute, de la formation et de la coordination.</p>
  </section>

  <section>
    <h2>Les leviers à mobiliser</h2>
    <h3>Le conseil local de santé mentale</h3>
    <p>Le conseil local de santé mentale (CLSM) est une instance de concertation présidée par un élu local et co-animée avec la psychiatrie publique. Il réunit l'ensemble des acteurs concernés par la santé mentale sur un territoire communal ou intercommunal : soignants, travailleurs sociaux, bailleurs, éducation nationale, police municipale, associations d'usagers et de familles. Il n'est pas spécifique aux quartiers prioritaires, mais il constitue, là où il existe, l'interlocuteur naturel de l'équipe projet pour tout ce qui touche à la santé mentale. La région compte aujourd'hui 31 CLSM en fonctionnement, dont 19 couvrent au moins un quartier prioritaire.</p>
    <h3>L'atelier santé ville</h3>
    <p>L'atelier santé ville (ASV), créé au début des années 2000 dans le cadre de la politique de la ville, est une démarche de coordination locale visant à réduire les inégalités sociales et territoriales de santé dans les quartiers prioritaires. Il repose sur un diagnostic partagé, une programmation d'actions et un coordinateur, souvent rattaché à la commune. L'ASV aborde la santé dans toutes ses dimensions : nutrition, accès aux droits, dépistages, santé des femmes, et bien sûr santé mentale. En Occitanie, 17 ASV sont encore actifs ; certains ont été intégrés au fil du temps dans un contrat local de santé.</p>
    <h3>Les adultes-relais médiateurs en santé</h3>
    <p>Les postes d'adultes-relais, cofinancés par l'État, permettent de recruter des médiateurs issus ou proches des quartiers. Spécialisés en santé, ils accompagnent les habitants vers les droits et les soins, font le lien avec les professionnels et repèrent les situations de souffrance. Ils ne sont ni soignants ni travailleurs sociaux, et doivent être formés et encadrés pour aborder la santé mentale sans se mettre en difficulté. La formation aux premiers secours en santé mentale leur est particulièrement recommandée.</p>
    <h3>Les premiers secours en santé mentale</h3>
    <p>Les premiers secours en santé mentale (PSSM) sont une formation citoyenne de deux jours qui apprend à repérer les troubles psychiques, à adopter un comportement adapté et à orienter vers les ressources. De nombreux contrats de ville financent des sessions pour les acteurs de proximité : gardiens, animateurs, agents d'accueil, bénévoles associatifs. Le module « jeunes » s'adresse aux adultes qui côtoient des adolescents.</p>
    <h3>Le contrat local de santé</h3>
    <p>Le contrat local de santé (CLS) est signé entre l'agence régionale de santé et une collectivité pour mettre en œuvre une stratégie de santé sur un territoire. Lorsqu'un CLS existe, il est recommandé que le contrat de ville renvoie à son axe santé mentale plutôt que de créer une programmation parallèle. L'articulation CLS – contrat de ville – CLSM gagne à être formalisée dans une annexe commune.</p>
  </section>

  <section>
    <h2>CLSM et ASV : quelles différences ?</h2>
    <p>Les deux démarches sont souvent confondues, d'autant qu'un même coordinateur porte parfois les deux. Elles répondent pourtant à des logiques distinctes :</p>
    <ul>
      <li><strong>Le périmètre</strong> : l'ASV est centré sur les quartiers prioritaires, alors que le CLSM couvre l'ensemble de la commune ou de l'intercommunalité.</li>
      <li><strong>Le champ</strong> : l'ASV traite de la santé globale, le CLSM se concentre sur la santé mentale.</li>
      <li><strong>La gouvernance</strong> : l'ASV est piloté par la collectivité dans le cadre du contrat de ville ; le CLSM est co-présidé par un élu et la psychiatrie de secteur, avec les usagers et les aidants.</li>
      <li><strong>Les outils</strong> : l'ASV programme des actions de prévention et d'accès aux droits ; le CLSM y ajoute souvent une cellule d'examen de situations individuelles complexes.</li>
      <li><strong>Le financement</strong> : l'ASV relève historiquement des crédits de la politique de la ville ; le CLSM est principalement financé par l'ARS et les collectivités.</li>
    </ul>
    <p>Ces différences plaident pour une complémentarité : l'ASV, ou l'équipe projet, fait remonter les besoins des quartiers ; le CLSM mobilise la psychiatrie et les partenaires de droit commun pour y répondre.</p>
  </section>

  <aside class="encadre" aria-labelledby="a-retenir">
    <h2 id="a-retenir">À retenir</h2>
    <ul>
      <li>La santé mentale n'est pas obligatoire dans les contrats de ville 2024-2030 : elle doit être choisie comme enjeu prioritaire.</li>
      <li>Les crédits du programme 147 ne financent jamais de soins, mais la prévention, la médiation, l'écoute et la coordination.</li>
      <li>Le CLSM est l'interlocuteur de référence ; en son absence, l'équipe projet peut s'appuyer sur l'ASV ou le CLS.</li>
      <li>Une action sans pilote, calendrier et indicateurs reste une intention.</li>
    </ul>
  </aside>

  <section>
    <h2>Financer les actions</h2>
    <p>Une action de santé mentale dans un quartier prioritaire mobilise en général plusieurs financeurs. Les crédits spécifiques de la politique de la ville, attribués dans le cadre de l'appel à projets annuel du contrat de ville, peuvent financer le fonctionnement d'un lieu d'écoute, des actions collectives, des formations ou un temps de médiation. L'agence régionale de santé intervient au titre du fonds d'intervention régional, en particulier pour la coordination des CLSM et les actions de prévention. Les caisses d'allocations familiales soutiennent les actions de parentalité, et les départements celles relevant de la protection de l'enfance et de l'insertion.</p>
    <p>Les équipes projets recommandent de présenter des plans de financement équilibrés, dans lesquels les crédits de la politique de la ville ne représentent pas plus de la moitié du budget, afin de garantir la pérennité de l'action au-delà d'une année. Le cofinancement par le droit commun est d'ailleurs un critère d'appréciation explicite dans la plupart des appels à projets de la région.</p>
  </section>

  <section>
    <h2>Exemple : le Point Écoute Cazelle à Montbrézac</h2>
    <p>À Montbrézac, le quartier prioritaire des Hauts de Cazelle compte environ 4 800 habitants. Le diagnostic du contrat de ville y a mis en évidence une forte demande d'écoute de la part des habitants, notamment des mères de famille seules, et un délai de plus de six mois pour un premier rendez-vous adulte au centre médico-psychologique. Le CLSM de Montbrézac, créé en 2022, a proposé d'ouvrir un lieu d'écoute de proximité, sans rendez-vous ni condition.</p>
    <p>Le Point Écoute Cazelle a ouvert en septembre 2023 dans les locaux de la maison France services du quartier. Une psychologue de l'association Écoute &amp; Liens y assure deux permanences par semaine, le mardi après-midi et le jeudi matin. Les entretiens sont gratuits et anonymes ; la psychologue peut recevoir une même personne jusqu'à cinq fois avant d'orienter, si nécessaire, vers le CMP, un médecin généraliste ou une consultation spécialisée.</p>
    <p>En 2024, le Point Écoute a reçu 187 personnes et réalisé 612 entretiens. Les femmes représentent 64 % du public. Près de quatre personnes sur dix ont été orientées vers un professionnel du soin. Le budget annuel de 21 000 euros est financé à hauteur de 12 000 euros par les crédits de la politique de la ville, 6 000 euros par l'ARS et 3 000 euros par la ville de Montbrézac, qui met en outre les locaux à disposition.</p>
    <blockquote>
      <p>« Le Point Écoute a changé notre manière de travailler : quand un adulte-relais ou une animatrice repère une personne en souffrance, il y a désormais une porte où frapper le jour même. Et le CLSM nous a permis d'obtenir des créneaux réservés au CMP pour les situations qui le nécessitent. »</p>
      <footer>— Samir Oualdi, chef de projet politique de la ville, Montbrézac</footer>
    </blockquote>
  </section>

  <section>
    <h2>Et dans les quartiers sans CLSM ?</h2>
    <p>Près d'un quart des quartiers prioritaires de la région ne sont couverts par aucun CLSM. Dans ce cas, l'équipe projet peut s'appuyer sur l'ASV lorsqu'il existe, ou sur l'axe santé mentale du CLS. Elle peut aussi inscrire dans le contrat de ville un objectif de préfiguration d'un CLSM, en lien avec la commune et l'ARS : plusieurs CLSM de la région sont nés de cette manière, à partir d'un groupe de travail santé mentale du contrat de ville.</p>
    <p>À Castelvieil, par exemple, en l'absence de CLSM, le contrat de ville a financé en 2024 une permanence mensuelle de l'équipe mobile psychiatrie précarité au sein du centre social du quartier des Tilleuls, ainsi qu'une journée de sensibilisation des gardiens d'immeuble. Le comité de pilotage du contrat a ensuite voté, en janvier 2025, le lancement d'un diagnostic en vue de la création d'un CLSM intercommunal.</p>
  </section>

  <section>
    <h2>Points de vigilance</h2>
    <h3>Ne pas « psychiatriser » les difficultés sociales</h3>
    <p>Toute souffrance n'est pas un trouble psychique. Une mère isolée épuisée, un jeune sans emploi découragé ont d'abord besoin d'écoute, de soutien et de réponses sociales. Les actions financées doivent éviter d'étiqueter les habitants et privilégier des approches de promotion de la santé mentale, centrées sur le lien social et le pouvoir d'agir.</p>
    <h3>Protéger les professionnels de proximité</h3>
    <p>Les médiateurs, animateurs et gardiens sont en première ligne face à des situations parfois lourdes. Ils doivent pouvoir compter sur une supervision, un interlocuteur identifié au CLSM ou au CMP, et des temps d'analyse de la pratique. Sans ce cadre, le risque d'épuisement est réel.</p>
    <h3>Respecter la confidentialité</h3>
    <p>Les échanges sur des situations individuelles relèvent des règles du secret professionnel et du partage d'informations. Ils ne doivent pas se tenir dans les instances de pilotage du contrat de ville, mais dans les cellules prévues à cet effet, avec l'accord des personnes concernées.</p>
  </section>

  <section>
    <h2>Six étapes pour intégrer la santé mentale dans votre contrat de ville</h2>
    <ol>
      <li><strong>Objectiver les besoins</strong> : s'appuyer sur le diagnostic du contrat de ville, les données de l'observatoire régional de la santé et les remontées des professionnels de terrain.</li>
      <li><strong>Identifier les acteurs</strong> : repérer le CLSM, l'ASV, le CLS, le secteur de psychiatrie, les associations d'usagers et les groupes d'entraide mutuelle du territoire.</li>
      <li><strong>Inscrire un objectif opérationnel</strong> dans le contrat ou dans son avenant, avec un pilote, un calendrier et deux ou trois indicateurs.</li>
      <li><strong>Programmer des actions</strong> dans l'appel à projets annuel, en privilégiant l'écoute de proximité, la médiation et la formation des acteurs.</li>
      <li><strong>Associer les habitants</strong>, via les conseils citoyens et les associations, à la conception et à l'évaluation des actions, pour lutter contre la stigmatisation.</li>
      <li><strong>Évaluer chaque année</strong> lors de la revue de programmation, et ajuster avec le CLSM et l'ARS.</li>
    </ol>
    <p>Les équipes qui souhaitent être accompagnées dans cette démarche peuvent solliciter Cité Ressources Occitanie, qui propose un appui méthodologique gratuit et un cycle de qualification « Santé mentale et quartiers » de trois journées, dont la prochaine session débute le 16 octobre 2025 à Toulouse.</p>
  </section>

  <section class="ressources">
    <h2>Ressources</h2>
    <ul>
      <li><a href="https://www.citeressources-occitanie.example/publications/enquete-sante-contrats-de-ville-2024">Enquête « Santé et contrats de ville en Occitanie », Cité Ressources Occitanie, décembre 2024</a></li>
      <li><a href="https://www.crtsm.example/ressources/guide-clsm">Guide « Créer et faire vivre un CLSM », Centre de ressources Territoires et Santé mentale</a></li>
      <li><a href="https://www.montbrezac.example/sante/point-ecoute-cazelle">Le Point Écoute Cazelle, ville de Montbrézac</a></li>
      <li><a href="https://www.ars-occitanie.example/appels-a-projets/prevention-sante-mentale-2025">Appel à projets « Prévention en santé mentale » 2025, ARS Occitanie</a></li>
      <li><a href="https://www.pssm.example/formations/standard">Présentation de la formation PSSM standard</a></li>
      <li><a href="https://www.citeressources-occitanie.example/fiches-reperes/12-adultes-relais">Fiche repère n° 12 – Les adultes-relais médiateurs en santé</a></li>
    </ul>
  </section>

  <section class="meme-serie">
    <h2>Dans la même série</h2>
    <ul>
      <li><a href="/fiches-reperes/12-adultes-relais">Fiche repère n° 12 – Les adultes-relais médiateurs en santé (novembre 2024)</a></li>
      <li><a href="/fiches-reperes/13-gestion-urbaine-proximite">Fiche repère n° 13 – Gestion urbaine et sociale de proximité (janvier 2025)</a></li>
      <li><a href="/fiches-reperes/15-prevention-specialisee">Fiche repère n° 15 – Prévention spécialisée et quartiers (mai 2025)</a></li>
    </ul>
  </section>
  <p class="tags">Mots-clés : <a href="/tag/sante-mentale">santé mentale</a>, <a href="/tag/contrat-de-ville">contrat de ville</a>, <a href="/tag/clsm">CLSM</a>, <a href="/tag/asv">atelier santé ville</a></p>
  <p class="share">Partager : <a href="#">Courriel</a> · <a href="#">LinkedIn</a> · <a href="#">Imprimer</a></p>
</article>
</main>

<footer class="site-footer">
  <div class="footer-contact">
    <p><strong>Cité Ressources Occitanie</strong><br>Centre de ressources politique de la ville<br>27 allée des Platanes, 31400 Toulouse<br>05 61 00 27 14 · contact@citeressources-occitanie.example</p>
  </div>
  <div class="footer-newsletter">
    <p>Recevez notre lettre d'information mensuelle</p>
    <form action="/newsletter"><label for="nl">Votre adresse électronique</label><input id="nl" type="email"><button>S'abonner</button></form>
  </div>
  <p class="partners">Cité Ressources Occitanie est soutenu par l'Agence nationale de la cohésion des territoires, la préfecture de région et la Région Occitanie.</p>
  <nav class="legal" aria-label="Liens légaux">
    <ul>
      <li><a href="/mentions-legales">Mentions légales</a></li>
      <li><a href="/donnees-personnelles">Politique de confidentialité</a></li>
      <li><a href="/cookies">Gestion des cookies</a></li>
      <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
      <li><a href="/plan-du-site">Plan du site</a></li>
    </ul>
  </nav>
  <p class="copyright">© 2025 Cité Ressources Occitanie</p>
</footer>
</body>
</html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)
print("ok")
