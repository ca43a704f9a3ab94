# -*- coding: utf-8 -*-
"""Génère l'article web (HTML) du centre de ressources Ressources & Territoires AURA
sur l'interprétariat professionnel en santé mentale à Brignieux (27 mars 2025)."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus",
                   "2025-03-27_ressources-territoires-aura_interpretariat-sante-mentale-exiles.html")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>À Brignieux, l'interprétariat professionnel ouvre la porte du soin psychique aux personnes exilées — Ressources &amp; Territoires AURA</title>
<meta name="description" content="Retour sur le dispositif d'interprétariat en santé mentale porté par le CLSM de Brignieux depuis 2022.">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<header class="site-header">
  <div class="brand"><a href="https://www.ressources-territoires-aura.example/">Ressources &amp; Territoires AURA</a>
  <span class="tagline">Centre de ressources politique de la ville et santé en Auvergne-Rhône-Alpes</span></div>
  <nav aria-label="Navigation principale">
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/actualites/">Actualités</a></li>
      <li><a href="/agenda/">Agenda</a></li>
      <li><a href="/thematiques/sante-mentale/">Santé mentale</a></li>
      <li><a href="/thematiques/politique-de-la-ville/">Politique de la ville</a></li>
      <li><a href="/ressources/">Centre de documentation</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
  <p class="breadcrumb"><a href="/">Accueil</a> › <a href="/actualites/">Actualités</a> › Santé mentale et exil</p>
</header>

<main>
<article>
  <h1>À Brignieux, l'interprétariat professionnel ouvre la porte du soin psychique aux personnes exilées</h1>
  <p class="dateline">Publié le 27 mars 2025 — mis à jour le 2 avril 2025 · Par Lucie Verdier, chargée de communication · Rubrique : Santé mentale</p>

  <p class="chapo"><strong>Depuis septembre 2022, le conseil local de santé mentale de Brignieux met à disposition des soignants un réseau d'interprètes
  professionnels formés à la santé mentale. En deux ans et demi, le nombre d'heures d'interprétariat a été multiplié par huit, et des consultations
  longtemps impossibles ont enfin pu avoir lieu. Retour sur une expérience que plusieurs territoires de la région souhaitent désormais reproduire.</strong></p>

  <h2>Un constat partagé au sein du CLSM</h2>
  <p>Brignieux, 52 000 habitants, compte trois quartiers prioritaires de la politique de la ville : Les Vernes, Montferrand-Haut et La Sarrazine.
  La commune accueille aussi un centre d'accueil pour demandeurs d'asile (CADA) de 180 places et un hébergement d'urgence pour demandeurs d'asile (HUDA)
  de 95 places, auxquels s'ajoutent plusieurs dizaines de personnes réfugiées logées dans le parc social. Au fil des réunions du conseil local de santé
  mentale, créé en 2017, une difficulté revenait sans cesse : l'impossibilité de soigner des personnes avec lesquelles on ne partage aucune langue.</p>
  <p>« Nous avions des patients orientés par les travailleurs sociaux du CADA, avec des tableaux de stress post-traumatique évidents, et nous faisions
  des consultations avec un cousin, une voisine, parfois un enfant de dix ans comme traducteur », raconte Hélène Castaing, coordinatrice du CLSM depuis 2019.
  « Tout le monde savait que ce n'était pas acceptable. Mais personne n'avait de budget pour faire autrement. » Les soignants décrivaient des consultations
  écourtées, des diagnostics incertains, des traitements mal compris et, souvent, des patients qui ne revenaient pas.</p>
  <p>Les données disponibles confirment l'ampleur du besoin. Les études menées auprès des personnes exilées en France estiment que la prévalence du
  trouble de stress post-traumatique y est plusieurs fois supérieure à celle de la population générale, du fait des violences subies dans le pays d'origine,
  pendant le parcours migratoire et parfois à l'arrivée. À Brignieux, l'équipe mobile psychiatrie précarité (EMPP) estimait en 2021 qu'environ
  quatre personnes sur dix qu'elle rencontrait ne parlaient ni le français ni l'anglais de manière suffisante pour un entretien clinique.</p>

  <h2>Le dispositif : un réseau d'interprètes formés à la santé mentale</h2>
  <p>En 2022, le CLSM a réuni l'EMPP, le centre médico-psychologique (CMP) adultes, le CMP infanto-juvénile, la permanence d'accès aux soins de santé (PASS)
  de l'hôpital, le centre de santé municipal et les gestionnaires du CADA et de l'HUDA. Le groupe de travail a rédigé un cahier des charges, puis retenu
  l'association Langues &amp; Liens, spécialisée dans l'interprétariat médical et social, pour constituer un réseau d'interprètes dédié.</p>
  <p>Le principe est simple : toute structure membre du CLSM peut réserver un interprète, par téléphone ou en présentiel, au moyen d'un formulaire en ligne,
  au plus tard quarante-huit heures avant la consultation. Le premier entretien d'un patient se fait obligatoirement en présentiel ; les suivants peuvent
  avoir lieu par téléphone, à la demande du soignant. Un même interprète est, autant que possible, affecté à un même patient pendant toute la durée du suivi,
  pour préserver la continuité de la relation.</p>
  <p>Le réseau compte aujourd'hui quatorze interprètes, couvrant onze langues. Tous ont suivi une formation spécifique de trois jours, conçue avec l'EMPP,
  portant sur les troubles psychiques les plus fréquents, le psychotraumatisme, le secret professionnel, la place de l'interprète dans la relation de soin et
  la protection de soi face aux récits de violence. Ils bénéficient d'une séance mensuelle d'analyse des pratiques, animée par une psychologue extérieure
  au dispositif, et signent une charte de déontologie commune.</p>
  <p>Le financement repose principalement sur l'agence régionale de santé, au titre du fonds d'intervention régional (FIR), à hauteur de 42 000 euros
  en 2024, complétés par 8 000 euros de la ville de Brignieux. Pour 2025, le budget prévisionnel atteint 55 000 euros, dont une participation nouvelle
  de la caisse primaire d'assurance maladie pour les consultations des psychologues libéraux.</p>

  <h2>Une montée en charge rapide</h2>
  <p>Démarré en septembre 2022 avec 210 heures d'interprétariat sur les quatre derniers mois de l'année, le dispositif a atteint 1 140 heures en 2023,
  puis 1 685 heures en 2024. Le tableau ci-dessous détaille la répartition des heures par structure utilisatrice.</p>

  <table class="data">
    <caption>Heures d'interprétariat en santé mentale réalisées par structure, CLSM de Brignieux</caption>
    <thead>
      <tr><th scope="col">Structure utilisatrice</th><th scope="col">2023</th><th scope="col">2024</th><th scope="col">Part en 2024</th></tr>
    </thead>
    <tbody>
      <tr><th scope="row">CMP adultes</th><td>420 h</td><td>590 h</td><td>35 %</td></tr>
      <tr><th scope="row">Équipe mobile psychiatrie précarité</th><td>310 h</td><td>402 h</td><td>24 %</td></tr>
      <tr><th scope="row">PASS de l'hôpital de Brignieux</th><td>165 h</td><td>248 h</td><td>15 %</td></tr>
      <tr><th scope="row">CMP infanto-juvénile</th><td>140 h</td><td>230 h</td><td>14 %</td></tr>
      <tr><th scope="row">Centre de santé municipal</th><td>70 h</td><td>135 h</td><td>8 %</td></tr>
      <tr><th scope="row">Psychologues libéraux conventionnés</th><td>35 h</td><td>80 h</td><td>5 %</td></tr>
      <tr class="total"><th scope="row">Total</th><td>1 140 h</td><td>1 685 h</td><td>100 %</td></tr>
    </tbody>
  </table>
  <p class="source">Source : bilan 2024 du dispositif, CLSM de Brignieux et association Langues &amp; Liens. Les pourcentages sont arrondis.</p>

  <p>En 2024, les langues les plus demandées ont été le dari (412 heures), le pachto (268 heures) et l'arabe (245 heures), suivis du tigrinya, du géorgien,
  de l'albanais, du russe et de l'ukrainien, et du somali. Environ 320 patients différents ont bénéficié d'au moins une consultation interprétée en 2024,
  contre 230 en 2023. La hausse des heures réalisées par le CMP infanto-juvénile traduit l'arrivée de familles avec enfants et de mineurs non accompagnés,
  pour lesquels la demande de soins psychiques a fortement augmenté.</p>

  <h2>Ce que change l'interprète dans la consultation</h2>
  <p>Pour Clémence Faure, psychologue à l'EMPP, le changement est d'abord clinique. « Avant, j'évaluais des personnes à travers un filtre dont je ne
  savais rien. Je ne savais pas ce que le cousin traduisait, ce qu'il taisait, ce qu'il ajoutait. Avec un interprète formé, je sais que chaque mot est
  rendu, y compris ceux qui sont difficiles à dire devant un membre de sa famille. » Elle souligne que nombre de patientes ont pu, pour la première fois,
  évoquer des violences sexuelles subies pendant leur parcours, ce qu'elles n'auraient jamais fait devant un proche.</p>

  <blockquote>
    <p>« L'interprète n'est pas un outil, c'est un tiers dans la relation. Quand le travail est bien fait, le patient ne parle plus à l'interprète,
    il me parle à moi, à travers lui. C'est ce moment-là que nous recherchons. »</p>
    <footer>— Dr Rachid Amrani, psychiatre au CMP adultes de Brignieux</footer>
  </blockquote>

  <p>Le Dr Rachid Amrani insiste sur la préparation de la consultation : un court échange avec l'interprète avant l'entretien, pour préciser le contexte
  et les sujets sensibles, et un temps de reprise après, lorsque le récit a été particulièrement éprouvant. « Au début, certains collègues trouvaient
  que cela prenait du temps. Aujourd'hui, plus personne ne voudrait revenir en arrière. La consultation dure plus longtemps, c'est vrai, mais on en fait
  moins pour rien. »</p>
  <p>Zahra Ahmadi, interprète en dari et en farsi depuis douze ans, confirme l'importance de la formation spécifique. « En interprétariat médical classique,
  on traduit des symptômes, des posologies. En santé mentale, on traduit des silences, des métaphores, des expressions qui n'ont pas d'équivalent. Quand un
  patient afghan dit que son cœur est serré comme une pierre, il faut savoir le rendre sans l'interpréter à la place du psychologue. » Elle évoque aussi
  la charge émotionnelle : « Nous entendons les mêmes récits que les soignants, mais nous les disons à la première personne. L'analyse des pratiques
  mensuelle est indispensable. »</p>

  <h2>« Pour la première fois, quelqu'un a compris ce que je disais »</h2>
  <p>Arrivé à Brignieux à l'automne 2022 après un parcours de près de deux ans par l'Iran, la Turquie et les Balkans, Farid (le prénom a été modifié),
  trente-quatre ans, a été orienté vers le CMP adultes par l'assistante sociale du CADA. Il dormait trois heures par nuit, revivait sans cesse certaines
  scènes de son voyage et ne sortait presque plus de sa chambre. Lors de ses deux premiers rendez-vous, faute d'interprète, c'est un autre résident du CADA
  qui traduisait. « Je ne pouvais pas tout dire devant lui. On se croise tous les jours dans la cuisine. Alors je disais que ça allait. »</p>
  <p>À partir de janvier 2023, ses consultations ont été interprétées par un professionnel du réseau, toujours le même. « La première fois, j'ai parlé
  pendant presque une heure. Pour la première fois, quelqu'un a compris ce que je disais, pas seulement les mots. » Farid est aujourd'hui suivi une fois
  par mois, a obtenu le statut de réfugié et suit une formation d'électricien. Il continue à voir sa psychologue, désormais en français pour une partie
  de l'entretien, l'interprète n'intervenant plus que pour les sujets les plus difficiles.</p>

  <h2>Comment un soignant mobilise-t-il le réseau ?</h2>
  <p>Le fonctionnement a été volontairement conçu pour rester simple. Les structures membres disposent d'un identifiant qui leur permet d'accéder au
  formulaire de réservation. La procédure se déroule en quatre temps :</p>
  <ol>
    <li>le soignant remplit le formulaire en ligne en indiquant la langue, le dialecte le cas échéant, le genre souhaité pour l'interprète, la date et la modalité (présentiel ou téléphone) ;</li>
    <li>l'association Langues &amp; Liens confirme la réservation sous vingt-quatre heures ouvrées et communique le nom de l'interprète ;</li>
    <li>le jour de la consultation, le soignant et l'interprète prennent cinq minutes avant l'entretien pour préparer la séance ;</li>
    <li>après la consultation, le soignant valide la durée réalisée sur la plateforme, ce qui déclenche la facturation au CLSM et non à la structure.</li>
  </ol>
  <p>La prise en charge centralisée par le CLSM est, selon les soignants, l'un des points forts du dispositif : aucune structure n'a à avancer de frais
  ni à signer de convention individuelle avec le prestataire. Le choix du genre de l'interprète, possible dans la grande majorité des cas, est jugé
  essentiel pour les femmes ayant subi des violences. Les annulations moins de vingt-quatre heures à l'avance sont facturées, ce qui a conduit
  le CLSM à mettre en place un rappel par SMS aux patients la veille du rendez-vous, dans leur langue, depuis mars 2024 : le taux de rendez-vous
  non honorés est passé, selon le bilan, de 22 % à 13 % en un an.</p>

  <h2>Interprétariat et médiation : deux métiers distincts</h2>
  <p>Le CLSM a tenu à distinguer clairement l'interprétariat professionnel de la médiation en santé. L'interprète restitue fidèlement les propos, dans les
  deux sens, sans prendre position ni conseiller. Le médiateur en santé, lui, accompagne la personne dans son parcours, facilite l'accès aux droits et
  peut expliquer les codes du système de soins. À Brignieux, les deux fonctions coexistent : deux médiatrices en santé, rattachées au centre de santé
  municipal, travaillent dans les quartiers prioritaires et orientent vers les soignants, qui font ensuite appel aux interprètes du réseau.</p>
  <p>Cette distinction, rappelle Hélène Castaing, n'est pas qu'une question de vocabulaire : « Si on demande à une médiatrice de traduire une consultation
  de psychiatrie, on la met en difficulté, et on fragilise la confiance qu'elle a construite avec les familles dans le quartier. »</p>

  <h2>Des obstacles qui demeurent</h2>
  <p>Le dispositif ne règle pas tout. Le coût reste un frein pour l'extension aux soignants libéraux : une heure d'interprétariat coûte 38 euros par téléphone
  et 56 euros en présentiel, hors frais de déplacement. Les langues rares, comme le pular, le soninké ou certaines langues kurdes, restent difficiles à couvrir,
  et le réseau doit alors faire appel à un service national d'interprétariat par téléphone, moins adapté aux entretiens longs.</p>
  <p>Les délais constituent un autre point de vigilance. Le délai de quarante-huit heures pour réserver un interprète n'est pas compatible avec les situations
  de crise, qui relèvent des urgences hospitalières, lesquelles disposent de leur propre convention avec un prestataire. Enfin, les professionnels de
  l'éducation et du social, qui ne relèvent pas du soin, n'ont pas accès au réseau, alors que leurs besoins sont réels : l'Éducation nationale, notamment,
  a sollicité le CLSM à plusieurs reprises pour des entretiens avec des familles d'élèves allophones.</p>

  <h2>Un modèle qui intéresse d'autres territoires</h2>
  <p>Depuis la présentation du dispositif lors de la rencontre régionale des coordinateurs de CLSM, à l'automne 2024, Ressources &amp; Territoires AURA
  a été sollicité par plusieurs territoires. Le CLSM de Saint-Aubrac-en-Forez, qui couvre une agglomération de 67 000 habitants accueillant
  un nombre important de familles ukrainiennes, a engagé un diagnostic de ses besoins en interprétariat. Le CLSM intercommunal des Vals-du-Drac,
  en zone plus rurale, réfléchit à une mutualisation avec deux contrats locaux de santé voisins, car le volume de consultations ne justifierait pas
  un réseau propre.</p>
  <p>Pour Hélène Castaing, trois conditions sont indispensables à la réussite d'un tel projet : « un diagnostic précis des besoins, structure par structure
  et langue par langue ; un prestataire qui accepte de former ses interprètes à la santé mentale et de les faire superviser ; et un pilotage partagé,
  avec un comité de suivi qui se réunit au moins deux fois par an ». À Brignieux, ce comité associe les structures utilisatrices, l'association
  Langues &amp; Liens, l'agence régionale de santé et deux représentants des interprètes. Il examine les indicateurs d'activité, les difficultés
  rencontrées et les demandes d'ouverture à de nouvelles langues.</p>

  <h2>Et maintenant ?</h2>
  <p>Fort de ces résultats, le CLSM prévoit plusieurs évolutions en 2025. Le CLSM de La Combe-d'Arly, commune voisine de 14 000 habitants, doit rejoindre
  le dispositif au second semestre, dans le cadre d'une convention intercommunale. Une session de formation « travailler avec un interprète en santé mentale »
  sera proposée aux soignants et aux travailleurs sociaux, co-animée par l'EMPP et l'association Langues &amp; Liens. Enfin, une évaluation externe,
  confiée à l'Observatoire régional santé mentale, précarité et exil (ORSPEX), doit mesurer l'effet du dispositif sur la continuité des soins, avec des
  résultats attendus début 2026.</p>
  <p>Pour Bertrand Lefort, adjoint au maire de Brignieux chargé de la santé et président délégué du CLSM, l'enjeu dépasse la seule commune : « Nous avons
  démontré qu'un CLSM pouvait porter un dispositif concret, utile et évalué. Il faut maintenant que ce type de réponse devienne un droit commun,
  et non une expérimentation qui dépend chaque année d'une subvention. »</p>
  <p>Ressources &amp; Territoires AURA accompagnera les territoires intéressés par une démarche similaire. Une fiche d'expérience détaillée, comprenant
  le cahier des charges, la charte des interprètes et le formulaire de réservation, est disponible dans notre centre de documentation.</p>

  <h2>Repères</h2>
  <ul class="reperes">
    <li><strong>EMPP</strong> : équipe mobile psychiatrie précarité, qui va au-devant des personnes en situation de précarité et d'exclusion pour faciliter leur accès aux soins psychiques.</li>
    <li><strong>PASS</strong> : permanence d'accès aux soins de santé, dispositif hospitalier de prise en charge des personnes sans couverture sociale ou en situation de précarité.</li>
    <li><strong>CADA</strong> et <strong>HUDA</strong> : structures d'hébergement des demandeurs d'asile pendant l'instruction de leur demande.</li>
    <li><strong>FIR</strong> : fonds d'intervention régional, géré par les agences régionales de santé.</li>
  </ul>

  <aside class="related">
    <h2>Sur le même sujet</h2>
    <ul>
      <li><a href="/actualites/2024-11-14-sante-mentale-mineurs-non-accompagnes/">Mineurs non accompagnés : les CLSM face à une demande croissante de soins psychiques (14 novembre 2024)</a></li>
      <li><a href="/ressources/fiche-experience-interpretariat-brignieux/">Fiche d'expérience : le réseau d'interprètes en santé mentale du CLSM de Brignieux</a></li>
      <li><a href="/agenda/">Agenda : formation « Travailler avec un interprète en santé mentale »</a></li>
      <li><a href="/actualites/2025-01-20-mediation-sante-qpv/">Médiation en santé dans les quartiers prioritaires : où en est-on ? (20 janvier 2025)</a></li>
      <li><a href="/ressources/webinaire-psychotraumatisme-exil/">Replay du webinaire « Psychotraumatisme et exil : repères pour les acteurs locaux »</a></li>
    </ul>
  </aside>
</article>
</main>

<footer class="site-footer">
  <p>Ressources &amp; Territoires AURA — 14 rue des Canuts, 69000 Lyon (adresse fictive) — contact@ressources-territoires-aura.example</p>
  <p>Centre de ressources soutenu par l'Agence nationale de la cohésion des territoires, la Région et l'agence régionale de santé.</p>
  <ul class="footer-links">
    <li><a href="/mentions-legales/">Mentions légales</a></li>
    <li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li>
    <li><a href="/newsletter/">Lettre d'information</a></li>
  </ul>
</footer>
</body>
</html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)
print("written", OUT)
