# -*- coding: utf-8 -*-
"""Génère la page HTML d'actualité de l'Université de Brévalec sur le webinaire « Santé mentale des étudiants
internationaux : lever la barrière de la langue » (29 janvier 2026, article du 5 février 2026).

Mise en page : en-tête, <nav>, fil d'Ariane, <main> avec h1/h2/h3, vidéo intégrée (iframe), section
« Transcription » dans un <details> (un horodatage « m:ss » au-dessus de chaque légende), liste de
téléchargements, barre latérale (<aside>), pied de page.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-02-05_universite-brevalec_webinaire-etudiants-internationaux.html")

TRANSCRIPT = [
    ("0:00", "Bonjour à toutes et à tous, bienvenue à ce webinaire de la pause méridienne consacré à la santé "
             "mentale des étudiants internationaux. Je suis Catherine Poulmarc'h, vice-présidente de l'université "
             "chargée de la vie étudiante."),
    ("0:45", "Le webinaire est enregistré : il sera mis en ligne sur le site de l'université avec sa transcription. "
             "Vous pouvez poser vos questions dans le chat, en français ou en anglais."),
    ("1:20", "Pourquoi ce sujet ? Parce que l'Université de Brévalec accueille cette année 2 350 étudiants "
             "internationaux, de 71 nationalités, et que l'enquête Bien-être étudiant de mars 2025 montre qu'ils "
             "vont moins bien que les autres."),
    ("2:05", "Autour de moi : Ana Lucía Ferreira, responsable du Welcome Desk de la direction des relations "
             "internationales ; Samuel Nédélec, psychologue au service de santé étudiante ; le docteur Nolwenn "
             "Kerhervé, médecin directrice du SSE ; et Minh Anh Tran, étudiante en master de biologie marine et "
             "étudiante relais santé."),
    ("3:10", "Merci Catherine. Au Welcome Desk, nous accueillons chaque étudiant à son arrivée : titre de séjour, "
             "logement, compte bancaire, assurance. La santé mentale n'arrive jamais en premier dans les questions."),
    ("3:55", "Ce que je constate, c'est que le premier obstacle n'est pas la langue : c'est de savoir que l'aide "
             "existe. Beaucoup viennent de pays où l'on ne va pas voir un psychologue, ou seulement quand on est "
             "considéré comme « fou »."),
    ("4:40", "Les mois les plus durs sont novembre et février : la nuit tombe à 17 heures, il pleut, les premières "
             "notes arrivent, et pour beaucoup c'est le premier hiver loin de la famille."),
    ("5:30", "Je suis arrivée de Hanoï en septembre 2024. Le premier hiver a été très difficile. Je ne savais pas "
             "que le service de santé étudiante était gratuit : je pensais que c'était comme une clinique privée."),
    ("6:20", "Au Vietnam, on ne parle pas de ça. Quand j'ai dit à ma mère que je voyais une psychologue, elle a eu "
             "peur que je sois malade. Aujourd'hui, comme étudiante relais santé, j'essaie d'expliquer aux nouveaux "
             "que consulter, c'est normal."),
    ("7:15", "Docteur Kerhervé, que disent les chiffres de l'enquête ?"),
    ("7:40", "Dans l'enquête, 38,9 % des étudiants internationaux présentent des symptômes dépressifs modérés à "
             "sévères, contre 31,4 % pour l'ensemble des étudiants. Et 55,3 % disent se sentir souvent seuls."),
    ("8:35", "Le plus inquiétant pour moi : un sur trois saute des repas chaque semaine faute d'argent, et plus "
             "d'un sur trois renonce à des soins pour des raisons financières. Et pourtant ce sont eux qui "
             "consultent le moins : 18,2 % ont vu un professionnel de santé mentale dans l'année."),
    ("9:40", "Samuel, concrètement, un étudiant qui parle peu le français, comment fait-il pour vous voir ?"),
    ("10:05", "Je consulte en anglais et en espagnol, le mardi après-midi et le jeudi matin. On prend rendez-vous "
              "comme tout le monde, sur l'ENT ou au 02 99 00 18 40, en précisant simplement la langue."),
    ("10:50", "Pour les autres langues, nous faisons appel à un interprète professionnel par téléphone, avec la "
              "plateforme Interlangues Ouest. Plus de quarante langues sont disponibles, et c'est gratuit pour "
              "l'étudiant."),
    ("11:40", "Il faut seulement réserver 48 heures à l'avance, pour que l'interprète soit disponible. L'interprète "
              "est tenu au secret professionnel, exactement comme nous."),
    ("12:25", "En 2024, nous avons fait 38 consultations avec un interprète. En 2025, nous en avons fait 112. Les "
              "langues les plus demandées ont été l'arabe, le chinois et l'ukrainien."),
    ("13:20", "Pourquoi un interprète professionnel, et pas un ami qui traduit ?"),
    ("13:45", "Parce qu'on ne dit pas tout devant un ami ou un compatriote. Et parce qu'un proche traduit mal ce "
              "qui est douloureux : il adoucit, il résume. Nous déconseillons aussi les traducteurs automatiques "
              "pendant la consultation."),
    ("14:40", "Et en ville, avec Pass'Psy Campus, est-ce possible ?"),
    ("15:00", "Sur les 41 psychologues conventionnés, 6 consultent en anglais. Ils sont signalés par la mention EN "
              "dans la liste publiée sur l'ENT. Le parcours est le même : une lettre d'orientation, puis jusqu'à "
              "8 séances gratuites."),
    ("15:55", "Une question du chat, de Carlos : « Si je consulte, est-ce que cela peut avoir un impact sur mon "
              "titre de séjour ? »"),
    ("16:20", "Non, aucun. Rien n'est transmis à la préfecture, ni à la direction des relations internationales. Le "
              "secret médical s'applique à tous les étudiants, quelle que soit leur nationalité."),
    ("17:10", "J'ajoute que c'est une peur très fréquente. Nous l'avons écrit noir sur blanc dans le guide « Your "
              "mental health in Brévalec »."),
    ("17:50", "Minh Anh, vous animez les cafés Parlons-en. De quoi s'agit-il ?"),
    ("18:15", "Ce sont des rencontres en petit groupe, en français et en anglais, un mercredi sur deux à 18 heures "
              "à la Maison internationale. On parle du mal du pays, de la solitude, des études. Il y a toujours un "
              "étudiant relais santé et un psychologue du SSE."),
    ("19:20", "Nous avons commencé en septembre 2025 et nous avons en moyenne 14 participants. Ce n'est pas une "
              "thérapie, c'est un endroit pour ne pas rester seul."),
    ("20:05", "Il y a aussi le programme Binôme Brévalec : chaque étudiant international peut être accompagné par un "
              "étudiant local pendant son premier semestre. Cette année, nous avons constitué 240 binômes."),
    ("20:55", "Et la nuit ? La Veilleuse répond-elle en anglais ?"),
    ("21:15", "Oui, une partie des écoutants de La Veilleuse parlent anglais. L'association prépare aussi un tchat "
              "pour septembre 2026, plus facile pour ceux qui n'osent pas téléphoner dans une autre langue."),
    ("22:10", "Et en cas d'urgence la nuit, CAP 24, au 02 99 00 36 24, peut faire appel au même service "
              "d'interprétariat."),
    ("22:55", "Nous avons aussi traduit les supports. Le flyer Pass'Psy Campus existe désormais en sept langues : "
              "français, anglais, espagnol, arabe, chinois, portugais et ukrainien."),
    ("23:50", "Une question de Fatima, assistante sociale au CRVE : « Comment repérer un étudiant international qui va "
              "mal, quand il ne se plaint pas ? »"),
    ("24:15", "Souvent, la souffrance passe par le corps : maux de ventre, maux de tête, troubles du sommeil. Ou par "
              "les notes qui chutent, les absences, un étudiant qui ne sort plus de sa chambre ou ne répond plus "
              "aux messages."),
    ("25:10", "Il ne faut pas attendre qu'il demande : il faut aller vers lui, avec des mots simples, et lui "
              "proposer de l'accompagner."),
    ("25:50", "Pour moi, ce qui a marché, c'est qu'une étudiante relais santé de ma résidence m'a proposé de venir "
              "avec moi au SSE la première fois. Seule, je n'y serais jamais allée."),
    ("26:40", "Quelles sont les prochaines étapes ?"),
    ("27:00", "À partir de la rentrée de septembre 2026, une présentation du SSE sera intégrée à la journée "
              "d'accueil obligatoire des étudiants internationaux. Tous les nouveaux arrivants en entendront parler "
              "dès le premier jour."),
    ("27:55", "Et nous voulons former aux premiers secours en santé mentale les 12 agents du Welcome Desk et de la "
              "Maison internationale d'ici l'été 2026."),
    ("28:45", "Une dernière question du chat, en anglais : « Can I see a psychologist if I am an Erasmus student for "
              "only one semester? »"),
    ("29:05", "Yes, absolutely. Tous les étudiants inscrits à l'université, y compris les étudiants en échange pour "
              "un seul semestre, ont accès au SSE et à Pass'Psy Campus."),
    ("29:50", "Merci à toutes et à tous. 146 personnes nous ont suivis en direct aujourd'hui. Le diaporama et le "
              "flyer en sept langues sont téléchargeables sous la vidéo. Bon après-midi."),
]

def E(s):
    return html.escape(s, quote=False)


def transcript_html():
    out = []
    for t, txt in TRANSCRIPT:
        m, s = t.split(":")
        secs = int(m) * 60 + int(s)
        out.append('          <div class="cue" id="t%d">\n            <time datetime="PT%dM%dS">%s</time>\n'
                   '            <p>%s</p>\n          </div>' % (secs, int(m), int(s), t, E(txt)))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Santé mentale des étudiants internationaux : lever la barrière de la langue | Université de Brévalec</title>
  <meta name="description" content="Retour sur le webinaire du 29 janvier 2026 consacré à la santé mentale des étudiants internationaux.">
  <link rel="stylesheet" href="/assets/css/ub-2025.css">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
  <style>
    .cue time { display:block; font-weight:bold; color:#0b4f6c; }
    aside { float:right; width:30%; }
  </style>
</head>
<body class="page-actualite">
  <a class="skip" href="#contenu">Aller au contenu</a>
  <header class="site-header">
    <a class="logo" href="https://www.univ-brevalec.example/"><img src="/assets/img/logo-ub.svg" alt="Université de Brévalec"></a>
    <form class="search" action="/recherche" role="search"><label for="q">Rechercher</label><input id="q" name="q" type="search"></form>
    <ul class="quick-links"><li><a href="https://ent.univ-brevalec.example/">ENT</a></li><li><a href="/intranet">Intranet</a></li><li><a href="/en/">English</a></li></ul>
  </header>
  <nav class="main-nav" aria-label="Navigation principale">
    <ul>
      <li><a href="/formation">Formation</a></li>
      <li><a href="/recherche-innovation">Recherche</a></li>
      <li><a href="/international">International</a></li>
      <li><a href="/campus">Vie de campus</a></li>
      <li><a href="/actualites" aria-current="page">Actualités</a></li>
    </ul>
  </nav>
  <nav class="breadcrumb" aria-label="Fil d'Ariane">
    <ol><li><a href="/">Accueil</a></li><li><a href="/actualites">Actualités</a></li><li><a href="/actualites/vie-etudiante">Vie étudiante</a></li><li>Webinaire santé mentale des étudiants internationaux</li></ol>
  </nav>

  <aside class="sidebar">
    <section>
      <h2>Besoin d'aide ?</h2>
      <ul>
        <li>Service de santé étudiante (SSE), pavillon Iroise, campus du Gwern : 02 99 00 18 40, du lundi au vendredi de 8 h 30 à 17 h 30</li>
        <li>Welcome Desk, direction des relations internationales : 02 99 00 23 65, welcome@univ-brevalec.example</li>
        <li>La Veilleuse, écoute de nuit par des étudiants : 02 99 00 47 31, de 21 h à 2 h du jeudi au dimanche</li>
        <li>CAP 24, urgences psychiatriques du CH de Brévalec : 02 99 00 36 24, 24 h/24</li>
      </ul>
    </section>
    <section>
      <h2>À lire aussi</h2>
      <ul>
        <li><a href="/actualites/enquete-bien-etre-2025">Enquête Bien-être étudiant 2025 : les résultats complets (11 novembre 2025)</a></li>
        <li><a href="/actualites/convention-campus-bien-etre">Campus Bien-Être : cinq partenaires signent une convention pour la santé mentale des étudiants (15 septembre 2025)</a></li>
        <li><a href="/actualites/la-veilleuse-recrute">La Veilleuse recrute ses écoutants bénévoles : candidatures jusqu'au 15 février</a></li>
      </ul>
    </section>
  </aside>

  <main id="contenu">
    <article>
      <h1>Santé mentale des étudiants internationaux : lever la barrière de la langue</h1>
      <p class="meta">Publié le 5 février 2026 — <a href="/actualites/vie-etudiante">Vie étudiante</a>, <a href="/actualites/international">International</a></p>
      <p class="chapo"><strong>Le jeudi 29 janvier 2026, de 12 h 30 à 13 h 05, l'Université de Brévalec, son service de santé étudiante (SSE) et le conseil local de santé mentale (CLSM) de la Ville de Brévalec ont organisé un webinaire consacré à la santé mentale des étudiants internationaux. 146 personnes l'ont suivi en direct, dont 58 étudiants.</strong></p>

      <h2>Pourquoi ce webinaire ?</h2>
      <p>L'université accueille cette année 2 350 étudiants internationaux de 71 nationalités. Selon l'enquête Bien-être étudiant menée en mars 2025 par l'Observatoire de la vie étudiante, ils sont plus nombreux que les autres à présenter des symptômes dépressifs et à souffrir de solitude, mais ils consultent moins. Le webinaire, préparé par le groupe étudiants du CLSM, visait à faire connaître aux étudiants et aux personnels les solutions qui existent déjà.</p>

      <h2>Ce qu'il faut retenir</h2>
      <h3>Consulter en anglais ou en espagnol au SSE</h3>
      <p>Un psychologue du SSE, Samuel Nédélec, reçoit en anglais et en espagnol. Les rendez-vous se prennent sur l'ENT, rubrique Santé, en indiquant la langue souhaitée.</p>
      <h3>Un interprète professionnel, sans frais pour l'étudiant</h3>
      <p>Pour toutes les autres langues, le SSE fait appel à un interprète par téléphone via la plateforme Interlangues Ouest. La demande doit être faite au moins 48 heures avant le rendez-vous. Le nombre de consultations interprétées a presque triplé en un an.</p>
      <h3>Aucune conséquence sur le titre de séjour</h3>
      <p>Consulter un psychologue ou un médecin du SSE n'a aucune incidence sur le titre de séjour : aucune information n'est transmise à la préfecture.</p>
      <h3>Les cafés Parlons-en</h3>
      <p>Ouverts depuis septembre 2025 à la Maison internationale, 5 quai de l'Aber, ces temps d'échange bilingues réunissent des étudiants autour d'un étudiant relais santé et d'un psychologue. Prochaines dates : 11 et 25 février, 11 et 25 mars 2026.</p>
      <h3>Des supports traduits</h3>
      <p>Le flyer Pass'Psy Campus est disponible en sept langues et le guide « Your mental health in Brévalec » a été entièrement mis à jour en janvier 2026.</p>

      <h2>Revoir le webinaire</h2>
      <figure class="video">
        <iframe src="https://video.univ-brevalec.example/embed/webinaire-etudiants-internationaux-2026-01-29" title="Webinaire : santé mentale des étudiants internationaux (29 janvier 2026)" width="800" height="450" allow="fullscreen" loading="lazy"></iframe>
        <figcaption>Durée : 30 min 40 s. Sous-titres disponibles en français et en anglais.</figcaption>
      </figure>

      <section class="transcription">
        <h2>Transcription</h2>
        <details>
          <summary>Afficher la transcription complète du webinaire</summary>
{transcript}
        </details>
      </section>

      <h2>Téléchargements</h2>
      <ul class="downloads">
        <li><a href="/medias/webinaire-2026-01-29-diaporama.pdf">Diaporama du webinaire (PDF, 2,1 Mo)</a></li>
        <li><a href="/medias/flyer-pass-psy-campus-7-langues.zip">Flyer Pass'Psy Campus en sept langues (ZIP, 4,8 Mo)</a></li>
        <li><a href="/medias/your-mental-health-in-brevalec-2026.pdf">Guide « Your mental health in Brévalec », édition 2026 (PDF en anglais, 1,3 Mo)</a></li>
      </ul>
      <p class="contact">Contact presse : service communication, 02 99 00 10 01, communication@univ-brevalec.example</p>
    </article>
  </main>

  <footer class="site-footer">
    <p>Université de Brévalec — 20 avenue de la Rade, Brévalec</p>
    <ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/plan-du-site">Plan du site</a></li><li><a href="/cookies">Gestion des cookies</a></li></ul>
    <p>© 2026 Université de Brévalec</p>
  </footer>
  <script src="/assets/js/ub-2025.js" defer></script>
</body>
</html>
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(PAGE.replace("{transcript}", transcript_html()))
    print("écrit", OUT)


if __name__ == "__main__":
    main()
