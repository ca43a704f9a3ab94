# -*- coding: utf-8 -*-
"""Génère la page d'actualité HTML du site de la Ville de Port-Ardelle (thème WordPress) du 20 janvier 2026 :
« Premiers secours en santé mentale : 96 secouristes formés, cinq sessions en 2026 ».

Mise en page type WordPress : pas de <main> ; div#page > header#masthead (logo, menu), div#content >
div#primary > article.post (h1.entry-title, div.entry-meta avec <time> de publication et de mise à jour,
div.entry-content : chapeau, intertitres h2, liste numérotée des cinq étapes, citations <blockquote>, tableau
des sessions 2026 dans une <figure class="wp-block-table"> avec <figcaption>, liste d'inscription,
footer.entry-footer avec catégories et étiquettes), navigation entre articles, section #comments (4 commentaires
datés, réponses imbriquées du CLSM, formulaire) ; aside#secondary (recherche, articles récents avec dates,
agenda, catégories) ; footer#colophon ; scripts et styles en tête et en pied.
"""
import os
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-01-20_ville-port-ardelle_actu-premiers-secours-sante-mentale.html")

SESSIONS = [
    ("1", "Mardis 3 et 10 février 2026", "9 h – 17 h", "Centre social des Salines", "Associations des Salines",
     "Complet"),
    ("2", "Jeudi 12 et vendredi 13 mars 2026", "9 h – 17 h", "Centre socioculturel de la Vigie",
     "Habitants et bénévoles de la Vigie", "16"),
    ("3", "Mardis 7 et 14 avril 2026", "9 h – 17 h", "Maison des associations, 12 rue du Port-Neuf",
     "Clubs sportifs et éducateurs", "12"),
    ("4", "Jeudi 21 et vendredi 22 mai 2026", "9 h – 17 h", "Salle polyvalente du Grand-Chenal",
     "Gardiens d'immeuble d'Ardelle Habitat", "14"),
    ("5", "Samedis 6 et 13 juin 2026", "9 h – 17 h", "Maison des adolescents, rue des Cordiers",
     "Module Jeunes : adultes en contact avec des 12-18 ans", "14"),
]

RECENT = [
    ("Enquête « Parlons-en sans détour » : la honte de consulter recule", "14 janvier 2026",
     "/actualites/2026/01/enquete-parlons-en-sans-detour/"),
    ("SISM 2025 : 2 140 participations, une édition record", "12 novembre 2025",
     "/actualites/2025/11/sism-2025-bilan/"),
    ("Charte « Médias et santé mentale » : quatre médias s'engagent", "10 octobre 2025",
     "/actualites/2025/10/charte-medias-sante-mentale/"),
    ("Esprit Large : le programme santé mentale arrive au collège Aliénor-d'Aquitaine", "5 septembre 2025",
     "/actualites/2025/09/esprit-large-college-alienor/"),
    ("Contrat de ville 2024-2030 : ce qui change dans les quartiers", "28 mars 2025",
     "/actualites/2025/03/contrat-de-ville-2024-2030/"),
]

COMMENTS = [
    ("Josiane L.", "2026-01-21T09:12", "21 janvier 2026 à 9 h 12",
     "Gardienne aux Mouettes, formée en novembre aux Salines. Je recommande, ça change le regard qu'on porte sur "
     "les locataires. On se sent moins démunie quand quelqu'un ne va pas bien.", None),
    ("Patrice Moreau", "2026-01-21T18:40", "21 janvier 2026 à 18 h 40",
     "Bonjour, j'habite Saint-Vivien-sur-Mer, la commune d'à côté. Est-ce que je peux m'inscrire à une session ?",
     ("CLSM de Port-Ardelle", "2026-01-22T10:05", "22 janvier 2026 à 10 h 05",
      "Bonjour Patrice, les sessions 2026 financées par le contrat de ville sont réservées aux personnes qui "
      "habitent, travaillent ou sont bénévoles à Port-Ardelle. Si vous êtes bénévole dans une association de la "
      "ville, c'est possible ! Sinon, l'Institut Horizon Formation propose des sessions payantes ouvertes à "
      "tous.")),
    ("Aïcha", "2026-01-23T08:31", "23 janvier 2026 à 8 h 31",
     "Est-ce qu'on reçoit un diplôme à la fin ?",
     ("CLSM de Port-Ardelle", "2026-01-23T11:47", "23 janvier 2026 à 11 h 47",
      "Bonjour Aïcha, une attestation de secouriste en santé mentale est remise à l'issue des deux jours. Elle "
      "est valable trois ans ; un module de rappel vous sera ensuite proposé.")),
    ("Marc D.", "2026-01-23T21:02", "23 janvier 2026 à 21 h 02",
     "Dommage que ce soit toujours en semaine, pour ceux qui travaillent c'est compliqué.",
     ("CLSM de Port-Ardelle", "2026-01-24T09:20", "24 janvier 2026 à 9 h 20",
      "Bonne remarque, Marc : c'est pour cela que la session de juin aura lieu sur deux samedis, les 6 et "
      "13 juin. Il reste des places !")),
]


def comment_html(author, iso, human, text, cid, depth=1):
    return (
        '<li id="comment-%d" class="comment depth-%d">\n'
        '  <article class="comment-body">\n'
        '    <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b> '
        '<span class="says">dit :</span></div>\n'
        '      <div class="comment-metadata"><a href="#comment-%d"><time datetime="%s">%s</time></a></div>'
        '</footer>\n'
        '    <div class="comment-content"><p>%s</p></div>\n'
        '    <div class="reply"><a class="comment-reply-link" href="#respond">Répondre</a></div>\n'
        '  </article>\n' % (cid, depth, escape(author), cid, iso, human, escape(text)))


def main():
    rows = "\n".join(
        "          <tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(
            escape(x) for x in r) for r in SESSIONS)
    recent = "\n".join(
        '        <li><a href="https://www.port-ardelle.example%s">%s</a> <span class="post-date">%s</span></li>'
        % (u, escape(t), d) for t, d, u in RECENT)
    comments = []
    cid = 412
    for author, iso, human, text, reply in COMMENTS:
        cid += 1
        c = comment_html(author, iso, human, text, cid)
        if reply:
            cid += 1
            c += '  <ol class="children">\n' + comment_html(*reply, cid=cid, depth=2) + "  </li>\n  </ol>\n"
        comments.append(c + "</li>")
    html = """<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Premiers secours en santé mentale : 96 secouristes formés, cinq sessions en 2026 – Ville de Port-Ardelle</title>
<link rel="stylesheet" id="wp-block-library-css" href="https://www.port-ardelle.example/wp-includes/css/dist/block-library/style.min.css?ver=6.7" media="all">
<link rel="stylesheet" id="ardelle-style-css" href="https://www.port-ardelle.example/wp-content/themes/ardelle/style.css?ver=2.3.1" media="all">
<style id="ardelle-inline-css">.site-content{display:flex;gap:2rem}.widget-area{width:30%%}.entry-content table td{padding:.3rem .5rem}</style>
<script src="https://www.port-ardelle.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-8841 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Aller au contenu</a>
<header id="masthead" class="site-header">
  <div class="site-branding">
    <p class="site-title"><a href="https://www.port-ardelle.example/" rel="home">Ville de Port-Ardelle</a></p>
    <p class="site-description">Site officiel de la Ville</p>
  </div>
  <nav id="site-navigation" class="main-navigation">
    <ul id="primary-menu" class="menu">
      <li class="menu-item"><a href="https://www.port-ardelle.example/ma-ville/">Ma ville</a></li>
      <li class="menu-item"><a href="https://www.port-ardelle.example/demarches/">Démarches</a></li>
      <li class="menu-item current-menu-ancestor"><a href="https://www.port-ardelle.example/sante-solidarites/">Santé et solidarités</a></li>
      <li class="menu-item"><a href="https://www.port-ardelle.example/quartiers/">Quartiers</a></li>
      <li class="menu-item"><a href="https://www.port-ardelle.example/agenda/">Agenda</a></li>
      <li class="menu-item"><a href="https://www.port-ardelle.example/actualites/">Actualités</a></li>
    </ul>
  </nav>
</header>

<div id="content" class="site-content">
  <div id="primary" class="content-area">
    <article id="post-8841" class="post-8841 post type-post status-publish category-sante category-quartiers tag-pssm tag-clsm">
      <header class="entry-header">
        <span class="cat-links"><a href="https://www.port-ardelle.example/category/sante/" rel="category tag">Santé</a></span>
        <h1 class="entry-title">Premiers secours en santé mentale : 96 secouristes formés, cinq sessions en 2026</h1>
        <div class="entry-meta">
          <span class="posted-on">Publié le <time class="entry-date published" datetime="2026-01-20T08:30:00+01:00">20 janvier 2026</time></span>
          <span class="updated-on">· Mis à jour le <time class="updated" datetime="2026-01-23T14:10:00+01:00">23 janvier 2026</time></span>
          <span class="byline"> par <span class="author vcard"><a class="url fn n" href="https://www.port-ardelle.example/author/communication/">Service communication</a></span></span>
          <span class="comments-link"> · <a href="#comments">7 commentaires</a></span>
        </div>
      </header>

      <div class="entry-content">
        <p class="chapo"><strong>Depuis 2024, le conseil local de santé mentale (CLSM) forme des habitants, des bénévoles et des professionnels des quartiers aux premiers secours en santé mentale. Le calendrier 2026 est en ligne : cinq sessions, dont une le samedi.</strong></p>

        <h2 class="wp-block-heading">Un réseau de vigilance dans les quartiers</h2>
        <p>Au 31 décembre 2025, 96 personnes ont été formées à Port-Ardelle : 31 en 2024 et 65 en 2025. Parmi elles, 58 habitent ou interviennent dans l'un des trois quartiers prioritaires de la ville : bénévoles d'associations comme Vigie Solidaire ou Femmes Relais des Salines, animateurs des centres sociaux, éducateurs sportifs, gardiens d'immeuble d'Ardelle Habitat.</p>
        <p>L'objectif est simple : que dans chaque cage d'escalier, chaque club, chaque association, quelqu'un sache quoi dire et vers qui orienter une personne qui va mal.</p>

        <h2 class="wp-block-heading">Les premiers secours en santé mentale (PSSM), c'est quoi&nbsp;?</h2>
        <p>Sur le modèle des gestes de premiers secours, la formation apprend à aider une personne qui traverse une difficulté psychique ou une crise, en attendant l'aide d'un professionnel. Elle dure deux jours, soit 14 heures, et suit un plan d'action en cinq étapes&nbsp;:</p>
        <ol class="wp-block-list">
          <li>Approcher, évaluer et assister en cas de crise&nbsp;;</li>
          <li>Écouter activement et sans jugement&nbsp;;</li>
          <li>Réconforter et informer&nbsp;;</li>
          <li>Encourager à aller vers des professionnels&nbsp;;</li>
          <li>Renseigner sur les autres ressources disponibles.</li>
        </ol>
        <blockquote class="wp-block-quote"><p>«&nbsp;Le secouriste ne pose pas de diagnostic et ne soigne pas&nbsp;: il fait le lien.&nbsp;»</p><cite>Sabine Roussillon, formatrice à l'Institut Horizon Formation</cite></blockquote>

        <h2 class="wp-block-heading">«&nbsp;J'ai osé frapper à sa porte&nbsp;»</h2>
        <p>Josiane Ledru est gardienne d'immeuble à la résidence Les Mouettes, aux Salines, depuis douze ans. Formée en novembre, elle a repéré quelques semaines plus tard un locataire qui ne relevait plus son courrier et ne sortait plus ses poubelles.</p>
        <blockquote class="wp-block-quote"><p>«&nbsp;Avant, j'aurais appelé le bailleur pour signaler un logement mal entretenu. Là, j'ai frappé, je lui ai demandé comment il allait, vraiment. Il a fini par accepter que j'appelle le CMP avec lui.&nbsp;»</p></blockquote>

        <h2 class="wp-block-heading">Combien ça coûte&nbsp;?</h2>
        <p>La formation coûte 250 euros par participant. Elle est entièrement prise en charge, à 60&nbsp;%% par le contrat de ville et à 40&nbsp;%% par le CLSM&nbsp;: elle est donc gratuite pour les participants, qui s'engagent en contrepartie à suivre les deux journées en entier.</p>

        <h2 class="wp-block-heading">Le calendrier 2026</h2>
        <figure class="wp-block-table">
        <table>
          <thead><tr><th>Session</th><th>Dates</th><th>Horaires</th><th>Lieu</th><th>Public prioritaire</th><th>Places</th></tr></thead>
          <tbody>
%(rows)s
          </tbody>
        </table>
        <figcaption class="wp-element-caption">Sessions de formation aux premiers secours en santé mentale 2026 (deux journées par session, déjeuner offert).</figcaption>
        </figure>
        <p>Vous avez été formé(e) en 2024&nbsp;? Un module de rappel de 3 h 30 vous est proposé le vendredi 27 mars 2026, de 9 h à 12 h 30, à la Maison des associations.</p>

        <h2 class="wp-block-heading">Comment s'inscrire&nbsp;?</h2>
        <ul class="wp-block-list">
          <li>remplir le formulaire en ligne sur <a href="https://sante-mentale.port-ardelle.example/pssm">sante-mentale.port-ardelle.example/pssm</a>&nbsp;;</li>
          <li>ou appeler le secrétariat du CLSM au 05 99 00 41 20, du lundi au vendredi de 9 h à 12 h.</li>
        </ul>
        <p>Il faut avoir au moins 18 ans. La priorité est donnée aux bénévoles et aux salariés des associations des quartiers prioritaires. Les inscriptions ferment dix jours avant chaque session, et chaque groupe compte 16 participants au maximum.</p>
      </div>

      <footer class="entry-footer">
        <span class="cat-links">Publié dans <a href="https://www.port-ardelle.example/category/sante/" rel="category tag">Santé</a>, <a href="https://www.port-ardelle.example/category/quartiers/" rel="category tag">Quartiers</a></span>
        <span class="tags-links">Étiquettes : <a href="https://www.port-ardelle.example/tag/pssm/" rel="tag">PSSM</a>, <a href="https://www.port-ardelle.example/tag/clsm/" rel="tag">CLSM</a>, <a href="https://www.port-ardelle.example/tag/politique-de-la-ville/" rel="tag">politique de la ville</a></span>
      </footer>
    </article>

    <nav class="navigation post-navigation" aria-label="Publications">
      <div class="nav-links">
        <div class="nav-previous"><a href="https://www.port-ardelle.example/actualites/2026/01/enquete-parlons-en-sans-detour/" rel="prev"><span class="meta-nav">Article précédent</span> Enquête « Parlons-en sans détour » : la honte de consulter recule</a></div>
        <div class="nav-next"><a href="https://www.port-ardelle.example/actualites/2026/01/plan-grand-froid/" rel="next"><span class="meta-nav">Article suivant</span> Plan grand froid : les accueils de jour ouverts le week-end</a></div>
      </div>
    </nav>

    <div id="comments" class="comments-area">
      <h2 class="comments-title">7 réponses à «&nbsp;Premiers secours en santé mentale : 96 secouristes formés, cinq sessions en 2026&nbsp;»</h2>
      <ol class="comment-list">
%(comments)s
      </ol>
      <div id="respond" class="comment-respond">
        <h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>
        <form action="https://www.port-ardelle.example/wp-comments-post.php" method="post" id="commentform" class="comment-form">
          <p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p>
          <p class="comment-form-comment"><label for="comment">Commentaire *</label><textarea id="comment" name="comment" rows="6" required></textarea></p>
          <p class="comment-form-author"><label for="author">Nom *</label><input id="author" name="author" type="text" required></p>
          <p class="comment-form-email"><label for="email">E-mail *</label><input id="email" name="email" type="email" required></p>
          <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"></p>
        </form>
      </div>
    </div>
  </div>

  <aside id="secondary" class="widget-area">
    <section id="search-2" class="widget widget_search">
      <form role="search" method="get" class="search-form" action="https://www.port-ardelle.example/"><label><span class="screen-reader-text">Rechercher :</span><input type="search" class="search-field" placeholder="Rechercher…" name="s"></label><input type="submit" class="search-submit" value="Rechercher"></form>
    </section>
    <section id="recent-posts-2" class="widget widget_recent_entries">
      <h2 class="widget-title">Articles récents</h2>
      <ul>
%(recent)s
      </ul>
    </section>
    <section id="text-3" class="widget widget_text">
      <h2 class="widget-title">Besoin de parler&nbsp;?</h2>
      <div class="textwidget"><p>Ligne d'écoute du CLSM, du lundi au vendredi de 9 h à 19 h : <strong>05 99 00 41 41</strong></p></div>
    </section>
    <section id="categories-2" class="widget widget_categories">
      <h2 class="widget-title">Catégories</h2>
      <ul>
        <li class="cat-item"><a href="https://www.port-ardelle.example/category/culture/">Culture</a> (38)</li>
        <li class="cat-item"><a href="https://www.port-ardelle.example/category/quartiers/">Quartiers</a> (51)</li>
        <li class="cat-item"><a href="https://www.port-ardelle.example/category/sante/">Santé</a> (27)</li>
        <li class="cat-item"><a href="https://www.port-ardelle.example/category/sport/">Sport</a> (44)</li>
      </ul>
    </section>
  </aside>
</div>

<footer id="colophon" class="site-footer">
  <div class="site-info">Ville de Port-Ardelle — Hôtel de ville, 1 place du Marché-aux-Sels — 05 99 00 40 00 · <a href="https://www.port-ardelle.example/mentions-legales/">Mentions légales</a> · <a href="https://www.port-ardelle.example/accessibilite/">Accessibilité : partiellement conforme</a></div>
</footer>
</div>
<script id="ardelle-navigation-js" src="https://www.port-ardelle.example/wp-content/themes/ardelle/js/navigation.js?ver=2.3.1"></script>
<script>window.wpEmojiSettings = {"baseUrl":"https://s.w.example/images/core/emoji/15.0.3/72x72/"};</script>
</body>
</html>
""" % {"rows": rows, "recent": recent, "comments": "\n".join(comments)}
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(html)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
