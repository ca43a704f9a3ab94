# -*- coding: utf-8 -*-
"""Génère la page HTML « Culture et santé mentale » du site de la Ville de Quillebourg (direction des affaires
culturelles), telle qu'elle était en ligne le 2 décembre 2025.

Mise en page : en-tête et menu, fil d'Ariane, article avec intertitres, liste des actions, encadré « Le territoire
en chiffres » (tableau ville / QPV / département / France), vidéo intégrée dans une <iframe> avec sa légende et
sa transcription résumée, FAQ en éléments <details>/<summary>, barre latérale d'actualités datées, pied de page.

Tout est inventé (ville, organismes, personnes, chiffres ; numéros en 03 99 00 ; domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-12-02_ville-quillebourg_culture-et-sante-mentale.html")

FAQ = [
    ("Faut-il être suivi en psychiatrie pour chanter dans le chœur Val'Voix ?",
     "Non. Le chœur est ouvert à toutes et à tous, sans audition et sans condition : habitants du Val-Fleuri ou "
     "d'ailleurs, personnes suivies ou non. La participation est gratuite. Pour vous inscrire, présentez-vous un "
     "mardi à 18 h 15 à l'accueil du centre social Le Trait d'Union (2 allée des Glycines), ou appelez le "
     "03 99 00 33 70."),
    ("Les ateliers artistiques de l'hôpital de jour sont-ils ouverts au public ?",
     "Non. Les ateliers d'arts plastiques, d'écriture, de percussions et de photographie sont réservés aux "
     "patients de l'hôpital de jour Les Tilleuls, qui y participent sur indication de leur médecin. Leurs œuvres "
     "sont en revanche exposées chaque automne au musée Jacques-Lenormand."),
    ("Comment obtenir une ordonnance muséale ?",
     "Parlez-en à votre médecin traitant. S'il fait partie des médecins prescripteurs de la CPTS du Bocage "
     "quillebourgeois, il pourra vous remettre une ordonnance muséale si la démarche lui semble adaptée. Toutes les "
     "informations pratiques sont sur le site du musée."),
    ("Les spectacles du GEM Le Phare sont-ils payants ?",
     "Non : les représentations de la troupe du GEM Le Phare et de la Compagnie L'Estran sont en participation "
     "libre. La réservation est conseillée auprès du théâtre de l'Arsenal (03 99 00 58 00)."),
    ("Je suis artiste : comment proposer un projet ?",
     "La Ville lance chaque année un appel à candidatures pour une résidence d'artiste « Culture et santé » de "
     "douze semaines. Pour la résidence 2026, les dossiers sont à déposer avant le 31 janvier 2026 sur "
     "quillebourg.example/residence. Les artistes retenus suivent une journée de formation avant de commencer."),
    ("Qu'est-ce que le CLSM ?",
     "Le conseil local de santé mentale est un espace de concertation entre les élus, la psychiatrie publique, "
     "les usagers, les familles et les acteurs de la ville, pour améliorer la santé mentale de la population. "
     "Celui de Quillebourg a été créé en 2019 ; sa coordinatrice est Solène Lemarchand."),
]

NEWS = [
    ("2025-12-02", "2 décembre 2025", "Résidence d'artiste « Culture et santé » 2026 : appel à candidatures ouvert "
     "jusqu'au 31 janvier 2026"),
    ("2025-11-24", "24 novembre 2025", "Val'Voix : concert de Noël le samedi 13 décembre à 16 h au centre social "
     "Le Trait d'Union"),
    ("2025-11-18", "18 novembre 2025", "Comité de pilotage : la demande de subvention « Culture et santé » 2026 "
     "est fixée à 24 000 €"),
    ("2025-10-21", "21 octobre 2025", "Bilan des SISM 2025 : 1 240 participants sur 11 rendez-vous"),
    ("2025-10-06", "6 octobre 2025", "Vernissage de l'exposition « Regards croisés » au musée Jacques-Lenormand"),
]


def html():
    faq = "\n".join('<details class="faq-item">\n<summary>%s</summary>\n<p>%s</p>\n</details>' % q for q in FAQ)
    news = "\n".join('<li><time datetime="%s">%s</time><a href="/actualites/%d/">%s</a></li>' % (d, dl, i + 1, t)
                     for i, (d, dl, t) in enumerate(NEWS))
    return """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Culture et santé mentale – Ville de Quillebourg</title>
<meta name="description" content="Ateliers artistiques, chœur Val'Voix, prescription muséale, théâtre avec le GEM : la culture au service de la santé mentale à Quillebourg.">
<link rel="canonical" href="https://www.quillebourg.example/culture/culture-et-sante-mentale/">
<link rel="stylesheet" href="/static/css/ville.css">
<script defer src="/static/js/menu.js"></script>
</head>
<body>
<a class="evitement" href="#contenu">Aller au contenu</a>
<header class="entete">
<a href="/" class="logo"><img src="/static/img/logo-quillebourg.svg" alt="Ville de Quillebourg"></a>
<nav aria-label="Menu principal"><ul>
<li><a href="/mairie/">Mairie</a></li><li><a href="/demarches/">Démarches</a></li>
<li><a href="/solidarite-sante/">Solidarité et santé</a></li><li class="actif"><a href="/culture/">Culture et patrimoine</a></li>
<li><a href="/sport/">Sport</a></li><li><a href="/quartiers/">Quartiers</a></li><li><a href="/agenda/">Agenda</a></li>
</ul></nav>
</header>
<nav class="fil-ariane" aria-label="Fil d'Ariane"><ol>
<li><a href="/">Accueil</a></li>
<li><a href="/culture/">Culture et patrimoine</a></li>
<li aria-current="page">Culture et santé mentale</li>
</ol></nav>
<div class="page">
<main id="contenu">
<h1>Culture et santé mentale</h1>
<p class="date">Publié le 14 mars 2025 — mis à jour le 2 décembre 2025 — Direction des affaires culturelles</p>
<p class="chapo">Chanter, peindre, monter sur scène, franchir la porte d'un musée : à Quillebourg, la culture est
aussi une alliée de la santé mentale. Depuis 2023, la direction des affaires culturelles (DAC) de la Ville anime
avec le centre hospitalier spécialisé du Bocage le groupe « Culture et santé mentale » du conseil local de santé
mentale (CLSM). Ensemble, ils proposent des actions ouvertes à tous, et une attention particulière au quartier du
Val-Fleuri.</p>

<h2>Nos actions</h2>
<ul class="actions">
<li><strong>Les ateliers de l'hôpital de jour Les Tilleuls</strong> : quatre artistes professionnels (arts
plastiques, écriture, percussions, photographie) interviennent chaque semaine auprès des patients.</li>
<li><strong>La prescription muséale</strong> : depuis mars 2025, votre médecin peut vous prescrire des visites
gratuites au musée Jacques-Lenormand.</li>
<li><strong>Le chœur Val'Voix</strong> : créé en septembre 2024, il réunit aujourd'hui 34 choristes, dont 13
habitants du Val-Fleuri. Répétitions le mardi de 18 h 30 à 20 h au centre social Le Trait d'Union.</li>
<li><strong>Le théâtre avec le GEM Le Phare</strong> : la Compagnie L'Estran accompagne les adhérents du groupe
d'entraide mutuelle dans la création de « Ce qui tient debout », à découvrir au printemps 2026.</li>
<li><strong>Les SISM</strong> : chaque mois d'octobre, un programme culturel pour les Semaines d'information
sur la santé mentale. En 2025, 11 rendez-vous ont réuni 1 240 participants.</li>
</ul>

<h2>Le territoire en chiffres</h2>
<table class="chiffres">
<caption>Population et pauvreté (sources : recensement 2020, taux de pauvreté 2021)</caption>
<thead><tr><th scope="col">Territoire</th><th scope="col">Habitants</th><th scope="col">Taux de pauvreté</th></tr></thead>
<tbody>
<tr><th scope="row">QPV Val-Fleuri</th><td>4 830</td><td>46 %</td></tr>
<tr><th scope="row">Ville de Quillebourg</th><td>48 600</td><td>17 %</td></tr>
<tr><th scope="row">Département de la Seine-Bocage</th><td>436 000</td><td>13 %</td></tr>
<tr><th scope="row">France métropolitaine</th><td>—</td><td>14,5 %</td></tr>
</tbody>
</table>
<p>Au Val-Fleuri, un habitant sur trois a moins de 25 ans et une famille sur trois est monoparentale. C'est
pourquoi le chœur répète au cœur du quartier et qu'une navette gratuite relie chaque mardi soir le centre-ville au
centre social.</p>

<h2>En vidéo : Val'Voix en répétition</h2>
<figure class="video">
<iframe src="https://video.quillebourg.example/embed/valvoix-repetition-2025" title="Le chœur Val'Voix en répétition (3 min 40 s, sous-titrée)" width="640" height="360" allow="fullscreen; picture-in-picture" loading="lazy"></iframe>
<figcaption>Le chœur Val'Voix en répétition au centre social Le Trait d'Union, novembre 2025 (3 min 40 s,
sous-titrée). <a href="/culture/culture-et-sante-mentale/transcription-valvoix/">Lire la transcription</a>.</figcaption>
</figure>
<p>Dans cette vidéo, la cheffe de chœur Armelle Toutain explique pourquoi elle a voulu un chœur « sans audition
et sans étiquette », et plusieurs choristes racontent ce que le chant a changé pour eux.</p>

<h2>Qui finance ?</h2>
<p>Le programme est soutenu par l'appel à projets « Culture et santé » de la DRAC et de l'ARS de Normandie (19 500 €
en 2025), par la Ville, par le CHS du Bocage et par les crédits de la politique de la ville au titre du contrat de
ville « Quillebourg 2030 ». Pour 2026, la Ville a déposé une demande de 24 000 € auprès de l'appel « Culture et
santé ».</p>

<h2>Questions fréquentes</h2>
<div class="faq">
@@FAQ@@
</div>

<h2>Contact</h2>
<p>Direction des affaires culturelles — Maëlle Dufresne, directrice — 03 99 00 41 20 — culture@quillebourg.example<br>
Conseil local de santé mentale — Solène Lemarchand, coordinatrice — 03 99 00 41 35 — clsm@quillebourg.example</p>
</main>
<aside class="colonne" aria-label="Actualités">
<h2>Actualités</h2>
<ul class="actus">
@@NEWS@@
</ul>
<p><a href="/actualites/?theme=culture-sante">Toutes les actualités « Culture et santé »</a></p>
<div class="urgence"><h3>Besoin d'aide ?</h3><p>En cas de détresse ou de pensées suicidaires : 3114, numéro national
de prévention du suicide, gratuit, 24 h/24.</p></div>
</aside>
</div>
<footer class="pied">
<p>Ville de Quillebourg — Hôtel de ville, place de la République — 03 99 00 40 00</p>
<p><a href="/mentions-legales/">Mentions légales</a> · <a href="/accessibilite/">Accessibilité : partiellement conforme</a> · <a href="/donnees-personnelles/">Données personnelles</a></p>
</footer>
</body>
</html>
""".replace("@@FAQ@@", faq).replace("@@NEWS@@", news)


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(html())
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
