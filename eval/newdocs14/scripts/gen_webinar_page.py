# -*- coding: utf-8 -*-
"""Génère la page HTML du webinaire « Habiter et aller mieux » de Cité Ressources Pays de la Loire.

Page de site de centre de ressources : bandeau cookies, menu, fil d'Ariane, informations pratiques, intervenants,
chapitres horodatés, transcription intégrale insérée dans la page (intertitres horodatés, noms des orateurs en gras),
ressources liées, pied de page. Tout est fictif (personnes, villes, chiffres, domaines .example).
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus",
                   "2026-05-21_cite-ressources-pdl_webinaire-clsm-bailleurs-maintien-logement.html")

CHAPTERS = [
    ("00:00:00", "Accueil et présentation du webinaire"),
    ("00:04:12", "Présentation du CLSM de Saint-Aignan-de-Loire"),
    ("00:13:48", "Le point de vue du bailleur : Ligérim Habitat"),
    ("00:24:30", "L'équipe mobile psychiatrie-précarité"),
    ("00:33:05", "Le protocole « Habiter sans rupture »"),
    ("00:42:20", "Questions des participants"),
    ("00:55:10", "Le mot de l'élu et conclusion"),
]

# (chapitre, orateur, texte) ; orateur None = suite du même orateur
TRANSCRIPT = [
    (0, "Camille Royer", "Bonjour à toutes et à tous, et bienvenue à ce webinaire de Cité Ressources Pays de la Loire. Je suis Camille Royer, chargée de mission santé au centre de ressources, et c'est moi qui vais animer cette heure d'échanges. Vous êtes un peu plus de cent vingt connectés ce matin, ce qui montre que le sujet du logement et de la santé mentale vous parle."),
    (0, None, "Quelques consignes pratiques : vos micros sont coupés, vous pouvez poser vos questions par écrit dans la fenêtre de questions-réponses, et je les relaierai dans la deuxième partie. Le webinaire est enregistré ; le replay, la transcription et le diaporama seront en ligne sur notre site d'ici une dizaine de jours."),
    (0, None, "Pourquoi ce thème ? Parce que dans toutes les rencontres de coordinateurs que nous organisons, la même question revient : que faire quand un locataire en souffrance psychique est menacé de perdre son logement, parce qu'il ne paie plus, parce que son appartement se dégrade ou parce que les voisins se plaignent ? Le CLSM de Saint-Aignan-de-Loire a construit une réponse avec les bailleurs et la psychiatrie, et nous avons voulu la partager."),
    (0, None, "J'ai le plaisir d'accueillir Gaëlle Le Bihan, coordinatrice du CLSM de Saint-Aignan-de-Loire ; Karim Haddad, responsable du pôle accompagnement social de Ligérim Habitat ; le docteur Pauline Mercier, psychiatre, responsable de l'équipe mobile psychiatrie-précarité de l'EPSM Les Ajoncs ; et Bernard Guillou, adjoint au maire de Saint-Aignan-de-Loire chargé de la santé et des solidarités, qui nous rejoindra pour la conclusion."),
    (1, "Gaëlle Le Bihan", "Merci Camille, bonjour à tous. Saint-Aignan-de-Loire, c'est une ville de 28 000 habitants, en bord de Loire, avec deux quartiers prioritaires, la Noé-Verte et les Rochettes, où vivent à peu près 4 600 personnes. Le parc social y est très majoritaire : plus de huit logements sur dix sont des logements sociaux."),
    (1, None, "Le CLSM a été créé en 2018, à l'initiative du maire et du chef de pôle de psychiatrie adulte de l'EPSM. Au départ, la coordination était assurée à mi-temps par une agente du CCAS. Depuis 2021, j'occupe le poste à temps plein, financé pour moitié par l'ARS et pour moitié par la ville, avec un petit complément des crédits du contrat de ville pour les actions."),
    (1, None, "Notre CLSM fonctionne avec une assemblée plénière une fois par an, un comité de pilotage qui se réunit trois fois par an, et quatre groupes de travail : jeunesse, prévention du suicide, déstigmatisation, et logement. C'est ce dernier groupe qui nous intéresse aujourd'hui."),
    (1, None, "Très vite, le groupe logement a fait un constat simple : les bailleurs nous parlaient de situations qu'ils découvraient trop tard, au moment de l'assignation au tribunal, et la psychiatrie découvrait ces personnes encore plus tard, parfois au moment d'une hospitalisation sans consentement. Entre les deux, il y avait des mois pendant lesquels tout le monde voyait que ça n'allait pas, mais personne ne savait qui appeler."),
    (1, None, "En 2022, nous avons donc créé la commission « Habitat et santé mentale ». Elle se réunit le deuxième mardi de chaque mois, de 9 h 30 à 12 h, à la mairie annexe des Rochettes. Autour de la table : les trois bailleurs du territoire, c'est-à-dire Ligérim Habitat, Atlantique Logis et Harmonie Toits, le CCAS, le service logement de la ville, l'équipe mobile psychiatrie-précarité, le CMP adultes, le service social départemental et l'UDAF pour les mesures de protection."),
    (1, None, "Je voudrais insister sur un point : la commission n'est pas un tribunal et ce n'est pas non plus une instance de soins. C'est un lieu où l'on croise les regards pour trouver, pour chaque personne, la bonne porte d'entrée. Parfois c'est le soin, parfois c'est un accompagnement social, parfois c'est juste un voisin ou un gardien qui va passer plus souvent."),
    (2, "Karim Haddad", "Bonjour à tous. Ligérim Habitat, c'est environ 11 000 logements sur le département, dont un peu plus de 2 300 à Saint-Aignan-de-Loire. Et je vais être franc : il y a quelques années, la santé mentale, pour un bailleur, c'était surtout des dossiers de troubles du voisinage et des impayés qui finissaient en contentieux."),
    (2, None, "Nos gardiens et nos chargés de clientèle sont en première ligne. Ce sont eux qui voient l'appartement qui se dégrade, les courriers qui s'accumulent, le locataire qui ne sort plus. Mais ils n'étaient pas formés, et surtout ils ne savaient pas à qui transmettre leurs inquiétudes."),
    (2, None, "Nous avons fait deux choses. D'abord, entre 2023 et 2025, nous avons formé 140 gardiens et chargés de clientèle aux premiers secours en santé mentale, deux jours de formation à chaque fois, en partie financés par le CLSM. Ensuite, nous avons nommé deux référents santé mentale dans nos agences, des conseillers sociaux qui sont l'interlocuteur unique de la coordinatrice du CLSM et qui portent les situations en commission."),
    (2, None, "Ce que ça a changé pour nous ? Les signalements arrivent plus tôt. Avant, on découvrait la situation au troisième ou quatrième mois d'impayés ; maintenant, on en parle souvent dès le premier mois, parfois avant tout impayé, quand un gardien remarque quelque chose. Et nos équipes se sentent moins seules face à des situations qui les mettaient en difficulté, voire en danger."),
    (2, None, "Il faut aussi dire ce qui reste difficile. Les délais de la justice ne sont pas les nôtres, et quand une procédure d'expulsion est engagée, ce n'est pas simple de la suspendre. Et puis il y a les situations d'incurie, d'accumulation, où le logement devient dangereux pour la personne et pour l'immeuble ; là, on a besoin de la psychiatrie, mais aussi d'entreprises spécialisées pour le nettoyage, et ça coûte cher."),
    (3, "Pauline Mercier", "Bonjour. L'équipe mobile psychiatrie-précarité de l'EPSM Les Ajoncs intervient sur tout le sud du département. Nous sommes six : deux infirmiers, une psychologue, une assistante sociale, une secrétaire, et moi-même comme psychiatre, à trois dixièmes de temps. Notre mission, c'est d'aller vers les personnes en situation de précarité qui ont des troubles psychiques et qui ne demandent rien, ou plus rien."),
    (3, None, "Ce que la commission nous apporte, c'est une porte d'entrée. Quand le bailleur nous signale quelqu'un, nous ne débarquons pas chez lui. La règle, c'est : on ne vient jamais seul, toujours en binôme, et pour la première visite, avec le référent du bailleur ou le gardien, quelqu'un que la personne connaît déjà. Parfois il faut trois, quatre, cinq passages avant qu'on nous ouvre la porte."),
    (3, None, "Je voudrais dire aussi que beaucoup de ces personnes ne relèvent pas d'une hospitalisation. Elles ont besoin d'un lien, d'un médecin traitant, d'un suivi au CMP, parfois d'une mesure de protection. L'hospitalisation sans consentement, c'est vraiment le dernier recours, et depuis la création de la commission nous en avons nettement moins dans ce type de situations."),
    (3, None, "En 2025, l'équipe mobile a rencontré 38 personnes orientées par la commission. Une vingtaine sont aujourd'hui suivies par le CMP ou par un médecin généraliste, ce qui, pour des personnes qui étaient complètement en dehors des soins, est un vrai résultat."),
    (4, "Gaëlle Le Bihan", "Après deux ans de fonctionnement, nous avons voulu formaliser les choses. Le protocole « Habiter sans rupture » a été signé le 12 octobre 2024 par sept partenaires : la ville, le CCAS, les trois bailleurs, l'EPSM Les Ajoncs et la préfecture, au titre de la prévention des expulsions."),
    (4, None, "Le protocole fixe trois choses. Un : un circuit de saisine unique. N'importe quel signataire peut saisir la commission avec une fiche de saisine d'une page, envoyée par mail à la coordinatrice. On recherche l'accord de la personne dans la mesure du possible, et on l'informe dans tous les cas. Deux : des délais. Toute situation est examinée dans les trois semaines, et en cas d'urgence, une cellule restreinte de trois membres peut se réunir sous 72 heures. Trois : un engagement des bailleurs à suspendre, tant que la commission suit la situation, toute nouvelle étape de la procédure contentieuse, sauf danger grave."),
    (4, None, "Les résultats de 2025 : 64 situations examinées. 46 personnes ont pu être maintenues dans leur logement, soit 72 %. Neuf ont été relogées dans un logement plus adapté, par exemple plus petit ou en rez-de-chaussée. Quatre expulsions n'ont pas pu être évitées, et cinq situations étaient encore en cours au 31 décembre."),
    (4, None, "Ce qui a fait la différence, selon nous, ce sont les référents des bailleurs et la régularité : une réunion chaque mois, quoi qu'il arrive, avec un compte rendu où les personnes ne sont désignées que par leurs initiales."),
    (5, "Camille Royer", "Merci beaucoup. Les questions arrivent nombreuses. Je commence par celle de Sandrine, coordinatrice d'un CLSM en Vendée : comment gérez-vous le secret professionnel autour de la table, avec des bailleurs qui ne sont pas des professionnels de santé ?"),
    (5, "Gaëlle Le Bihan", "C'est la question qu'on nous pose le plus. Chaque membre signe une charte de confidentialité. On ne partage que les informations strictement nécessaires pour trouver une solution, jamais le diagnostic, et les comptes rendus sont anonymisés. Les soignants ne disent pas ce qu'ils savent du dossier médical : ils disent ce qu'ils peuvent faire."),
    (5, "Camille Royer", "Question de Thomas, chargé de mission politique de la ville : est-ce que le bailleur participe au financement ?"),
    (5, "Karim Haddad", "Oui. Ligérim Habitat verse 8 000 euros par an au CLSM pour le fonctionnement de la commission, et les deux autres bailleurs participent à hauteur de 3 000 euros chacun. On considère que c'est un investissement : une expulsion, c'est aussi un coût pour nous, un logement vacant, des travaux de remise en état."),
    (5, "Camille Royer", "Une question plus difficile, de Leïla, infirmière en CMP : que faites-vous quand la personne refuse tout contact ?"),
    (5, "Pauline Mercier", "On ne lâche pas, mais on ne force pas non plus. On revient, on laisse un mot, on passe par la famille quand il y en a une, par le médecin traitant. Parfois, la demande de mesure de protection auprès du juge est la bonne réponse. Et s'il y a un danger grave et immédiat, il existe les soins sans consentement, mais je le répète, c'est vraiment le dernier recours."),
    (5, "Camille Royer", "Dernière question, de Marc, élu dans une commune de Mayenne : combien de temps vous a-t-il fallu pour mettre tout ça en place ?"),
    (5, "Gaëlle Le Bihan", "Il faut être honnête : il s'est passé dix-huit mois entre la première réunion du groupe logement et la signature du protocole. Mais la commission, elle, a commencé à fonctionner au bout de six mois. Mon conseil : commencez par réunir les gens autour de situations concrètes, le protocole viendra après."),
    (6, "Bernard Guillou", "Merci à tous. Je voudrais simplement dire, en tant qu'élu, que ce travail a changé notre regard. La santé mentale n'est plus seulement l'affaire de l'hôpital : c'est une question de logement, de voisinage, de tranquillité publique aussi. En 2027, nous étendrons le protocole aux deux communes voisines de l'agglomération, Couëron-sur-Loire et Le Pellerin-Bas, et nous travaillons avec les bailleurs à une formation commune pour leurs nouveaux gardiens."),
    (6, "Camille Royer", "Merci Bernard Guillou, merci à nos trois intervenants. Vous trouverez sous la vidéo le protocole « Habiter sans rupture », le modèle de fiche de saisine et la charte de confidentialité. Notre prochain webinaire aura lieu le 18 juin, sur la santé mentale des jeunes dans les missions locales. Bonne fin de journée à tous."),
]


def main():
    e = html.escape
    chap_list = "\n".join('      <li><a href="#ch%d"><span class="tc">%s</span> – %s</a></li>' % (i, t, e(n))
                          for i, (t, n) in enumerate(CHAPTERS))
    body = []
    current = -1
    for chap, who, text in TRANSCRIPT:
        if chap != current:
            current = chap
            t, n = CHAPTERS[chap]
            body.append('      <h3 id="ch%d"><span class="tc">[%s]</span> %s</h3>' % (chap, t, e(n)))
        if who:
            body.append('      <p><strong>%s :</strong> %s</p>' % (e(who), e(text)))
        else:
            body.append('      <p>%s</p>' % e(text))
    transcript = "\n".join(body)
    page = PAGE.replace("{{CHAPTERS}}", chap_list).replace("{{TRANSCRIPT}}", transcript)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page)
    print("écrit", OUT)


PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Webinaire « Habiter et aller mieux : CLSM, bailleurs sociaux et maintien dans le logement » | Cité Ressources Pays de la Loire</title>
  <meta name="description" content="Replay et transcription du webinaire du 21 mai 2026 sur la commission Habitat et santé mentale du CLSM de Saint-Aignan-de-Loire.">
  <link rel="stylesheet" href="/themes/cite/css/style.min.css">
  <script src="/themes/cite/js/tarteaucitron.js"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body class="page-node-type-evenement">
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
    <p>Ce site utilise des cookies pour mesurer l'audience et afficher les vidéos. Vous pouvez accepter, refuser ou
    personnaliser vos choix à tout moment.</p>
    <button type="button">Tout accepter</button> <button type="button">Tout refuser</button>
    <button type="button">Personnaliser</button> <a href="/politique-cookies">En savoir plus</a>
  </div>
  <a class="skip" href="#contenu">Aller au contenu</a>
  <header class="site-header">
    <a class="logo" href="/"><img src="/themes/cite/img/logo-cite-ressources.svg" alt="Cité Ressources Pays de la Loire — centre de ressources politique de la ville"></a>
    <nav class="main-menu" aria-label="Menu principal">
      <ul>
        <li><a href="/qui-sommes-nous">Qui sommes-nous ?</a></li>
        <li><a href="/thematiques">Thématiques</a>
          <ul>
            <li><a href="/thematiques/sante">Santé et santé mentale</a></li>
            <li><a href="/thematiques/habitat">Habitat et cadre de vie</a></li>
            <li><a href="/thematiques/education">Éducation et jeunesse</a></li>
            <li><a href="/thematiques/emploi">Emploi et insertion</a></li>
          </ul>
        </li>
        <li><a href="/agenda">Agenda</a></li>
        <li><a href="/ressources">Ressources</a></li>
        <li><a href="/reseaux">Nos réseaux</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
    <form class="search" action="/recherche"><label for="q">Rechercher</label><input id="q" name="q" type="search"></form>
  </header>

  <nav class="breadcrumb" aria-label="Fil d'Ariane">
    <a href="/">Accueil</a> › <a href="/agenda">Agenda</a> › <a href="/agenda/webinaires">Webinaires</a> › Habiter et aller mieux
  </nav>

  <main id="contenu">
    <article class="evenement">
      <p class="type">Webinaire — Replay disponible</p>
      <h1>Habiter et aller mieux : CLSM, bailleurs sociaux et maintien dans le logement</h1>
      <p class="chapo">Comment éviter qu'un locataire en souffrance psychique perde son logement ? Retour sur l'expérience
      de la commission « Habitat et santé mentale » du CLSM de Saint-Aignan-de-Loire, qui réunit chaque mois bailleurs,
      psychiatrie et services sociaux.</p>

      <section class="infos-pratiques">
        <h2>Informations pratiques</h2>
        <ul>
          <li><strong>Date :</strong> jeudi 21 mai 2026, de 10 h à 11 h 05</li>
          <li><strong>Format :</strong> webinaire en ligne (Zoom), 124 participants</li>
          <li><strong>Organisé par :</strong> Cité Ressources Pays de la Loire, avec le réseau régional des CLSM des Pays de la Loire</li>
          <li><strong>Public :</strong> coordinateurs de CLSM, chefs de projet politique de la ville, bailleurs sociaux, professionnels de la psychiatrie</li>
          <li><strong>Mise en ligne :</strong> 2 juin 2026</li>
        </ul>
      </section>

      <section class="intervenants">
        <h2>Les intervenants</h2>
        <ul>
          <li><strong>Camille Royer</strong>, chargée de mission santé, Cité Ressources Pays de la Loire (animation)</li>
          <li><strong>Gaëlle Le Bihan</strong>, coordinatrice du CLSM de Saint-Aignan-de-Loire</li>
          <li><strong>Karim Haddad</strong>, responsable du pôle accompagnement social, Ligérim Habitat</li>
          <li><strong>Dr Pauline Mercier</strong>, psychiatre, responsable de l'équipe mobile psychiatrie-précarité (EMPP), EPSM Les Ajoncs</li>
          <li><strong>Bernard Guillou</strong>, adjoint au maire de Saint-Aignan-de-Loire chargé de la santé et des solidarités</li>
        </ul>
      </section>

      <section class="video">
        <h2>Revoir le webinaire</h2>
        <div class="video-wrapper" data-consent="youtube">
          <p class="video-placeholder">La vidéo est hébergée par un service tiers. Acceptez les cookies « vidéos » pour la lire.</p>
          <iframe title="Replay du webinaire Habiter et aller mieux" data-src="https://video.cite-ressources-pdl.example/embed/habiter-aller-mieux" width="800" height="450"></iframe>
        </div>
        <p class="duree">Durée : 1 h 04 min</p>
      </section>

      <section class="chapitres">
        <h2>Chapitres</h2>
        <ol>
{{CHAPTERS}}
        </ol>
      </section>

      <section class="transcription" id="transcription">
        <h2>Transcription intégrale</h2>
        <p class="avertissement"><em>Transcription revue par l'équipe de Cité Ressources. Les propos ont été légèrement
        allégés pour faciliter la lecture.</em></p>
{{TRANSCRIPT}}
      </section>

      <section class="ressources-liees">
        <h2>Ressources liées</h2>
        <ul>
          <li><a href="/sites/default/files/2026-06/protocole-habiter-sans-rupture.pdf">Protocole « Habiter sans rupture » (PDF, 412 Ko)</a></li>
          <li><a href="/sites/default/files/2026-06/fiche-saisine-commission-habitat-sante-mentale.docx">Modèle de fiche de saisine (DOCX, 38 Ko)</a></li>
          <li><a href="/sites/default/files/2026-06/charte-confidentialite-clsm-saint-aignan.pdf">Charte de confidentialité de la commission (PDF, 196 Ko)</a></li>
          <li><a href="/sites/default/files/2026-06/diaporama-webinaire-2026-05-21.pdf">Diaporama du webinaire (PDF, 2,1 Mo)</a></li>
          <li><a href="/ressources/fiche-repere-logement-sante-mentale">Fiche repère : logement et santé mentale, les acteurs à connaître</a></li>
        </ul>
        <p class="tags">Mots-clés : <a href="/tags/clsm">CLSM</a>, <a href="/tags/logement">logement</a>,
        <a href="/tags/bailleurs-sociaux">bailleurs sociaux</a>, <a href="/tags/prevention-expulsions">prévention des expulsions</a>,
        <a href="/tags/empp">EMPP</a></p>
      </section>
    </article>

    <aside class="sidebar">
      <h2>Prochains rendez-vous</h2>
      <ul>
        <li><strong>18 juin 2026</strong> — Webinaire : la santé mentale des jeunes dans les missions locales</li>
        <li><strong>2 juillet 2026</strong> — Rencontre régionale des coordinateurs de CLSM, Angers-Maine (sur inscription)</li>
        <li><strong>24 septembre 2026</strong> — Atelier : monter une cellule de situations complexes</li>
      </ul>
      <h2>Lettre d'information</h2>
      <form><label for="nl">Votre adresse électronique</label><input id="nl" type="email"><button>S'abonner</button></form>
    </aside>
  </main>

  <footer class="site-footer">
    <p>Cité Ressources Pays de la Loire — centre de ressources politique de la ville — 12 quai de la Fosse-Neuve, 44000 Nantes-Estuaire — 02 40 00 18 52</p>
    <p>Avec le soutien de l'ANCT, de la Région Pays de la Loire et de l'ARS Pays de la Loire</p>
    <ul>
      <li><a href="/mentions-legales">Mentions légales</a></li>
      <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
      <li><a href="/plan-du-site">Plan du site</a></li>
      <li><a href="/politique-cookies">Gestion des cookies</a></li>
    </ul>
    <p>© 2026 Cité Ressources Pays de la Loire — https://www.cite-ressources-pdl.example</p>
  </footer>
</body>
</html>
"""

if __name__ == "__main__":
    main()
