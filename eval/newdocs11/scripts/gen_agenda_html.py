# -*- coding: utf-8 -*-
"""Génère la page agenda (HTML) de Ressources & Territoires AURA : formations et webinaires
santé mentale du premier semestre 2026 (page publiée le 12 janvier 2026)."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus",
                   "2026-01-12_ressources-territoires-aura_agenda-formations-sante-mentale-2026.html")

BASE = "https://www.ressources-territoires-aura.example/inscription/"

EVENTS = [
    {
        "id": "webinaire-addictions-qpv",
        "type": "Webinaire",
        "title": "Addictions et santé mentale dans les quartiers prioritaires : construire des coopérations locales",
        "date": "Mardi 3 février 2026",
        "time": "10 h 00 – 11 h 30",
        "place": "En ligne (le lien de connexion est envoyé la veille aux inscrits)",
        "public": "Coordinateurs de CLSM et de contrats locaux de santé, chefs de projet politique de la ville, professionnels des CSAPA et des CAARUD, équipes de prévention spécialisée",
        "deadline": "vendredi 30 janvier 2026",
        "cost": "Gratuit",
        "body": [
            "Dans de nombreux quartiers prioritaires, les professionnels de terrain décrivent des situations où troubles psychiques et consommations de substances "
            "s'entremêlent : usage de cannabis chez des jeunes en rupture, consommation d'alcool chez des personnes isolées, recours à des médicaments détournés. "
            "Les réponses restent pourtant très cloisonnées entre la psychiatrie, l'addictologie et l'intervention sociale.",
            "Ce webinaire présentera deux expériences de coopération. Le Dr Olivier Perrotin, addictologue au centre de soins, d'accompagnement et de prévention "
            "en addictologie (CSAPA) Les Platanes de Saint-Aubrac-en-Forez, présentera les consultations avancées que son équipe tient depuis 2024 dans deux "
            "centres sociaux de quartiers prioritaires. Aïcha Brahimi, coordinatrice du CLSM de Vénissac, expliquera comment le CLSM a créé un groupe de travail "
            "commun avec le centre d'accueil et d'accompagnement à la réduction des risques pour usagers de drogues (CAARUD) du territoire et l'équipe de prévention spécialisée.",
            "Un temps d'échange d'une demi-heure permettra aux participants de poser leurs questions. Le replay sera disponible pour les inscrits pendant trois mois.",
        ],
    },
    {
        "id": "pssm-venissac-fevrier",
        "type": "Formation",
        "title": "Premiers secours en santé mentale (PSSM) — module standard",
        "date": "Jeudi 19 et vendredi 20 février 2026",
        "time": "9 h 00 – 17 h 00 (les deux jours)",
        "place": "Vénissac — Maison des associations, 12 rue Jean-Moulin, salle Lumière",
        "public": "Agents des collectivités, professionnels de la politique de la ville, adultes-relais, bénévoles associatifs. Groupe limité à 16 participants.",
        "deadline": "vendredi 6 février 2026",
        "cost": "Gratuit pour les structures intervenant en quartier prioritaire ; 120 euros par personne pour les autres structures",
        "body": [
            "Les premiers secours en santé mentale (PSSM) forment le grand public et les professionnels non soignants à repérer les signes d'un trouble psychique "
            "ou d'une crise, à adopter un comportement adapté et à orienter vers l'aide appropriée. Le module standard dure quatorze heures réparties sur deux jours.",
            "Au programme : les troubles dépressifs, les troubles anxieux, les troubles psychotiques et les troubles liés à l'usage de substances ; le plan d'action "
            "en cinq étapes ; les crises suicidaires, les attaques de panique, les réactions à un événement traumatique et les états de crise psychotique ; "
            "mises en situation. Les participants reçoivent un manuel et une attestation de secouriste en santé mentale.",
            "La session est animée par deux formateurs accrédités et organisée avec le CLSM de Vénissac, qui présentera en fin de seconde journée les ressources "
            "locales d'écoute et de soins. La présence aux deux journées complètes est obligatoire pour obtenir l'attestation.",
        ],
    },
    {
        "id": "interprete-sante-mentale-brignieux",
        "type": "Formation",
        "title": "Travailler avec un interprète en santé mentale",
        "date": "Jeudi 12 mars 2026",
        "time": "9 h 30 – 16 h 30",
        "place": "Brignieux — Centre de santé municipal, salle Arc-en-ciel, 3 place des Vernes",
        "public": "Soignants (psychiatres, psychologues, infirmiers, médecins généralistes), travailleurs sociaux, coordinateurs de CLSM. Groupe limité à 20 participants.",
        "deadline": "vendredi 27 février 2026",
        "cost": "Gratuit",
        "body": [
            "Après une première session complète en octobre 2025, le CLSM de Brignieux, l'équipe mobile psychiatrie précarité (EMPP) et l'association Langues &amp; Liens "
            "proposent une nouvelle journée consacrée à la consultation avec interprète. Elle s'appuie sur l'expérience du réseau d'interprètes en santé mentale "
            "mis en place à Brignieux depuis 2022.",
            "La matinée portera sur les principes de l'interprétariat professionnel (fidélité, neutralité, confidentialité), la place de chacun dans la relation "
            "triangulaire et les erreurs à éviter, notamment le recours aux proches et aux enfants. L'après-midi sera consacré à des mises en situation filmées, "
            "avec des interprètes du réseau, et à la préparation et à la reprise des entretiens difficiles.",
            "Intervenantes : Clémence Faure, psychologue à l'EMPP de Brignieux, et Zahra Ahmadi, interprète en dari et en farsi. Les participants extérieurs "
            "au territoire de Brignieux sont les bienvenus ; la journée ne donne toutefois pas accès au réseau d'interprètes, réservé aux structures membres du CLSM.",
        ],
    },
    {
        "id": "journee-clsm-education-nationale",
        "type": "Journée d'échanges",
        "title": "CLSM et Éducation nationale : climat scolaire, harcèlement et santé mentale des élèves",
        "date": "Mardi 24 mars 2026",
        "time": "9 h 00 – 16 h 30",
        "place": "Saint-Aubrac-en-Forez — Auditorium de la médiathèque Louise-Labé",
        "public": "Coordinateurs de CLSM, personnels de l'Éducation nationale (psychologues, infirmiers et médecins scolaires, CPE, chefs d'établissement), professionnels des maisons des adolescents et du soin pédopsychiatrique",
        "deadline": "mardi 10 mars 2026",
        "cost": "Gratuit, déjeuner offert sur inscription",
        "body": [
            "Les liens entre les conseils locaux de santé mentale et l'Éducation nationale restent très inégaux selon les territoires. Cette journée, coorganisée "
            "avec les services académiques de santé scolaire, vise à faire connaître les dispositifs existants et à partager des pratiques de coopération.",
            "Le matin, une table ronde réunira un proviseur, une psychologue de l'Éducation nationale, une infirmière scolaire et une coordinatrice de CLSM "
            "autour de la prise en charge des situations de harcèlement et de leurs conséquences psychiques. Le programme de lutte contre le harcèlement pHARe "
            "et les protocoles de repérage des élèves en souffrance psychique seront présentés.",
            "L'après-midi, trois ateliers au choix : organiser une cellule de concertation autour d'un élève en difficulté ; développer les compétences "
            "psychosociales à l'école et au collège ; préparer le retour en classe après une hospitalisation. Le nombre de places par atelier est limité, "
            "le choix se fait à l'inscription.",
        ],
    },
    {
        "id": "sentinelles-vals-du-drac",
        "type": "Formation",
        "title": "Prévention du suicide — module sentinelle",
        "date": "Jeudi 9 avril 2026",
        "time": "9 h 00 – 17 h 00",
        "place": "Mens-sur-Drac — Maison France services, salle du conseil",
        "public": "Professionnels non soignants et bénévoles du territoire du CLSM intercommunal des Vals-du-Drac (agents d'accueil, secrétaires de mairie, animateurs, bénévoles, commerçants). Groupe limité à 14 participants.",
        "deadline": "vendredi 20 mars 2026",
        "cost": "Gratuit (formation financée par l'agence régionale de santé)",
        "body": [
            "Cette journée s'inscrit dans le programme national de formation en prévention du suicide, qui comprend trois modules : sentinelle, évaluation et "
            "orientation, intervention de crise. Le module sentinelle s'adresse aux personnes qui, sans être soignantes, sont en contact avec des personnes "
            "susceptibles d'être en souffrance et peuvent les repérer, aller vers elles et les orienter.",
            "La session est organisée par le Centre régional de prévention du suicide d'Auvergne-Rhône-Alpes avec le CLSM intercommunal des Vals-du-Drac, qui a "
            "préalablement constitué son réseau d'évaluateurs, condition indispensable à l'ouverture d'une session. Elle est réservée aux personnes exerçant "
            "ou résidant sur le territoire du CLSM.",
            "Les participants s'engagent à signer la charte des sentinelles et à participer à au moins un temps d'analyse de pratiques dans l'année qui suit "
            "la formation. Attention : l'inscription doit être validée par l'employeur ou la structure de rattachement.",
        ],
    },
    {
        "id": "webinaire-sante-mentale-agents",
        "type": "Webinaire",
        "title": "Prendre soin de la santé mentale des agents des collectivités en première ligne",
        "date": "Jeudi 23 avril 2026",
        "time": "14 h 00 – 15 h 30",
        "place": "En ligne",
        "public": "Élus, directeurs généraux des services, responsables des ressources humaines, conseillers de prévention, coordinateurs de CLSM",
        "deadline": "lundi 20 avril 2026",
        "cost": "Gratuit",
        "body": [
            "Agents d'accueil, médiateurs, agents de police municipale, animateurs, personnels des écoles : dans les quartiers prioritaires, les agents des "
            "collectivités sont exposés à des situations de tension, d'agressivité et de détresse qui pèsent sur leur propre santé mentale.",
            "Ce webinaire croisera le regard d'une directrice des ressources humaines d'une ville de 45 000 habitants, d'une psychologue du travail du centre de "
            "gestion de la fonction publique territoriale du Forez et d'un coordinateur de CLSM. Seront abordés : l'évaluation des risques psychosociaux, "
            "le soutien après une agression, la formation des agents au repérage et le rôle que peut jouer le CLSM dans la sensibilisation des services municipaux.",
            "Le webinaire fait suite aux nombreuses demandes reçues après la publication de notre dossier « Santé mentale des professionnels de première ligne ».",
        ],
    },
    {
        "id": "atelier-sism-2026",
        "type": "Atelier",
        "title": "Préparer les Semaines d'information sur la santé mentale (SISM) 2026",
        "date": "Mardi 19 mai 2026",
        "time": "14 h 00 – 16 h 30",
        "place": "Lyon — locaux de Ressources &amp; Territoires AURA, et à distance (format hybride)",
        "public": "Coordinateurs de CLSM, chargés de prévention des collectivités, associations d'usagers et de familles, groupes d'entraide mutuelle",
        "deadline": "mardi 12 mai 2026",
        "cost": "Gratuit",
        "body": [
            "Les Semaines d'information sur la santé mentale (SISM) ont lieu chaque année au mois d'octobre. Cet atelier collectif permet de préparer la programmation "
            "locale en amont, d'échanger des idées d'actions et de mutualiser des supports.",
            "Au programme : présentation du thème national de l'édition 2026 et des outils mis à disposition par le collectif national, retours d'expérience de "
            "trois CLSM sur des actions menées en 2025 (ciné-débat, exposition itinérante, marche solidaire), conseils pour associer les habitants des quartiers "
            "prioritaires et les personnes concernées à la programmation.",
            "Les participants en présentiel sont invités à apporter les supports de communication qu'ils ont réalisés les années précédentes. "
            "Une table de partage sera installée pour permettre à chacun de repartir avec des idées et des contacts. Pour les participants à distance, "
            "un espace collaboratif en ligne sera ouvert une semaine avant l'atelier afin de déposer affiches, programmes et bilans des éditions passées, "
            "et restera accessible jusqu'à la fin de l'édition 2026.",
        ],
    },
    {
        "id": "rencontre-regionale-coordinateurs-clsm",
        "type": "Rencontre régionale",
        "title": "Rencontre régionale des coordinateurs de CLSM d'Auvergne-Rhône-Alpes",
        "date": "Jeudi 11 juin 2026",
        "time": "9 h 30 – 16 h 30",
        "place": "Vénissac — Centre de congrès, salle Confluence",
        "public": "Réservée aux coordinateurs et coordinatrices de CLSM en poste ou en cours de recrutement dans la région",
        "deadline": "vendredi 22 mai 2026",
        "cost": "Gratuit, déjeuner offert",
        "body": [
            "Rendez-vous annuel du réseau régional, la rencontre des coordinateurs est consacrée cette année à l'évaluation des CLSM : comment rendre compte de "
            "l'activité d'un conseil local de santé mentale, au-delà du nombre de réunions ? Quels indicateurs pour les financeurs, quels indicateurs pour les membres ?",
            "Le matin, une conférence d'une chercheuse en santé publique sera suivie de la présentation des résultats de l'évaluation externe du réseau d'interprètes "
            "en santé mentale de Brignieux, menée par l'Observatoire régional santé mentale, précarité et exil (ORSPEX). L'après-midi sera consacré à des ateliers "
            "entre pairs et à un temps d'accueil des nouveaux coordinateurs.",
            "Les frais de déplacement restent à la charge des structures employeuses. Un covoiturage est organisé depuis Clermont-Ferrand, Grenoble et Saint-Étienne.",
        ],
    },
]


OBJECTIFS = {'webinaire-addictions-qpv': ["identifier les acteurs de l'addictologie et de la réduction des risques présents sur son territoire", "comprendre les conditions d'une consultation avancée en centre social", "repérer les leviers d'un groupe de travail commun au sein du CLSM"], 'pssm-venissac-fevrier': ['acquérir des connaissances de base sur les troubles psychiques', "savoir appliquer le plan d'action face à une personne en difficulté", "connaître les ressources locales d'aide et de soins"], 'interprete-sante-mentale-brignieux': ["connaître les règles déontologiques de l'interprétariat professionnel", 'savoir préparer, conduire et reprendre une consultation avec interprète', 'distinguer interprétariat professionnel et médiation en santé'], 'journee-clsm-education-nationale': ["connaître les dispositifs de l'Éducation nationale en matière de climat scolaire et de harcèlement", 'identifier les interlocuteurs de santé scolaire de son territoire', 'construire des coopérations durables entre établissements scolaires et CLSM'], 'sentinelles-vals-du-drac': ['repérer les signes de souffrance et de crise suicidaire', 'oser aborder directement la question du suicide', 'orienter vers un évaluateur du réseau local'], 'webinaire-sante-mentale-agents': ["connaître les obligations de l'employeur public en matière de risques psychosociaux", 'découvrir des dispositifs de soutien aux agents exposés', 'identifier le rôle possible du CLSM auprès des services municipaux'], 'atelier-sism-2026': ["s'approprier le thème national et les outils de l'édition 2026", 'construire une programmation locale partenariale', 'associer les habitants et les personnes concernées'], 'rencontre-regionale-coordinateurs-clsm': ["partager des méthodes et des indicateurs d'évaluation de l'activité des CLSM", "découvrir les résultats d'une évaluation externe", 'renforcer les liens entre coordinateurs de la région']}


def event_html(e):
    body = "\n".join("      <p>%s</p>" % p for p in e["body"])
    body += "\n      <p class=\"objectifs-titre\">Objectifs :</p>\n      <ul class=\"objectifs\">\n" + \
        "\n".join("        <li>%s</li>" % o for o in OBJECTIFS[e["id"]]) + "\n      </ul>"
    return """  <section class="event" id="%(id)s">
    <p class="event-type">%(type)s</p>
    <h2>%(title)s</h2>
    <dl class="event-infos">
      <dt>Date</dt><dd>%(date)s</dd>
      <dt>Horaires</dt><dd>%(time)s</dd>
      <dt>Lieu</dt><dd>%(place)s</dd>
      <dt>Public</dt><dd>%(public)s</dd>
      <dt>Tarif</dt><dd>%(cost)s</dd>
      <dt>Date limite d'inscription</dt><dd>%(deadline)s</dd>
    </dl>
    <div class="event-description">
%(body)s
    </div>
    <p class="event-register"><a class="button" href="%(link)s">S'inscrire</a> <span class="link-text">%(link)s</span></p>
  </section>
""" % dict(e, body=body, link=BASE + e["id"])


PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Agenda — Formations et webinaires santé mentale, premier semestre 2026 — Ressources &amp; Territoires AURA</title>
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
      <li><a href="/agenda/" aria-current="page">Agenda</a></li>
      <li><a href="/thematiques/sante-mentale/">Santé mentale</a></li>
      <li><a href="/thematiques/politique-de-la-ville/">Politique de la ville</a></li>
      <li><a href="/ressources/">Centre de documentation</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<main>
  <h1>Agenda : formations, webinaires et rencontres santé mentale — premier semestre 2026</h1>
  <p class="dateline">Page publiée le 12 janvier 2026 · Mise à jour régulièrement</p>
  <div class="intro">
    <p>Ressources &amp; Territoires AURA propose chaque semestre un programme de formations et de temps d'échanges destinés aux acteurs de la politique
    de la ville et de la santé mentale : coordinateurs de conseils locaux de santé mentale (CLSM), chefs de projet, professionnels du social, du soin
    et de l'éducation, élus et bénévoles. Ce programme est construit à partir des besoins exprimés lors de la rencontre régionale des coordinateurs
    et des sollicitations reçues tout au long de l'année.</p>
    <p>Nouveauté 2026 : les coordinateurs de CLSM nouvellement recrutés peuvent suivre un parcours d'intégration composé de trois actions de ce programme
    (la rencontre régionale des coordinateurs, l'atelier de préparation des SISM et une formation thématique au choix), complété par un entretien
    individuel avec l'équipe du centre de ressources. Ce parcours est proposé en partenariat avec l'agence régionale de santé, qui finance la majorité
    des actions présentées ci-dessous. Les personnes intéressées sont invitées à le signaler dans le champ « commentaire » du formulaire d'inscription.</p>
    <p>Les webinaires sont enregistrés, sauf mention contraire, et les replays sont mis en ligne dans notre centre de documentation dans un délai de deux
    semaines. Les supports des intervenants sont envoyés aux inscrits, qu'ils aient pu assister ou non à la séance.</p>
    <p>Sauf mention contraire, les actions sont gratuites pour les participants. Le nombre de places étant limité, les inscriptions sont traitées par ordre
    d'arrivée, dans la limite de deux personnes par structure pour les formations en présentiel. Une confirmation est envoyée par courriel au plus tard
    une semaine avant la date de l'action.</p>
  </div>

%(events)s
  <section class="infos-pratiques">
    <h2>Informations pratiques</h2>
    <ul>
      <li>En cas d'empêchement, merci de prévenir au moins 72 heures à l'avance afin de libérer votre place pour une personne en liste d'attente.</li>
      <li>Tous les lieux de formation en présentiel sont accessibles aux personnes à mobilité réduite. Pour tout besoin d'adaptation (interprétariat en langue
      des signes, sous-titrage, supports adaptés), signalez-le lors de l'inscription.</li>
      <li>Une attestation de présence est délivrée à l'issue de chaque formation ; les webinaires donnent lieu à une attestation sur demande.</li>
      <li>Les formations en présentiel commencent par un accueil café un quart d'heure avant l'horaire indiqué. Le déjeuner n'est pris en charge que lorsque
      cela est précisé dans la fiche de l'événement ; à défaut, une liste de restaurants proches est envoyée avec la confirmation.</li>
      <li>Les inscriptions se font exclusivement en ligne, par le lien indiqué pour chaque action. Après la date limite, les demandes sont placées sur liste
      d'attente et recontactées en cas de désistement.</li>
      <li>Vous organisez vous-même une formation ou un webinaire en santé mentale dans la région ? Signalez-le-nous au moins un mois à l'avance pour qu'il
      figure dans cet agenda, en précisant le public visé, les modalités d'inscription et la gratuité ou non de l'action.</li>
      <li>Contact : Yannick Berthier, chargé de mission formation — formations@ressources-territoires-aura.example — 04 00 00 12 34.</li>
    </ul>
  </section>

  <section class="past-events">
    <h2>Événements passés</h2>
    <ul>
      <li>9 octobre 2025 — Formation « Travailler avec un interprète en santé mentale » (Brignieux) — complète, 20 participants</li>
      <li>18 novembre 2025 — Webinaire « Psychotraumatisme et exil : repères pour les acteurs locaux » — replay disponible</li>
      <li>4 décembre 2025 — Journée « Santé mentale et habitat dans les quartiers prioritaires » (Saint-Aubrac-en-Forez) — actes en préparation</li>
    </ul>
  </section>
</main>
<footer class="site-footer">
  <p>Ressources &amp; Territoires AURA — 14 rue des Canuts, 69000 Lyon (adresse fictive) — contact@ressources-territoires-aura.example</p>
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
    f.write(PAGE % {"events": "\n".join(event_html(e) for e in EVENTS)})
print("written", OUT)
