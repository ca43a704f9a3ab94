# -*- coding: utf-8 -*-
"""Génère la page HTML d'un article du journal local « L'Écho de la Lauzière » (18 février 2026) : en-tête et
menu, fil d'Ariane, dates dans des <time datetime>, chapeau, photo avec <figcaption>, intertitres, entretien
cité (questions en gras, réponses entre guillemets), encadré pratique, barre latérale <aside> « À lire aussi »
sans rapport avec le sujet (placée avant l'article dans le code), bloc de partage, pied de page."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-18_echo-de-la-lauziere_paysans-debout-moureze.html")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>À Mourèze-les-Bois, des paysans qui se parlent enfin - L'Écho de la Lauzière</title>
<meta name="description" content="Ouvert en septembre, le second groupe Paysans Debout réunit chaque mois des agriculteurs du canton.">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.echo-lauziere.example/monts-de-lauziere/2026/02/18/moureze-paysans-debout">
<style>
body{font-family:Georgia,serif;margin:0;background:#fafaf7;color:#222}
header.site{background:#1f3b5a;color:#fff;padding:12px 24px}
header.site a{color:#fff;margin-right:14px;text-decoration:none;font-family:Arial,sans-serif;font-size:14px}
.wrap{display:flex;max-width:1100px;margin:0 auto;gap:32px;padding:20px}
aside{width:280px;font-family:Arial,sans-serif;font-size:14px;order:2}
main{flex:1;order:1}
figure{margin:0 0 16px 0}figcaption{font-size:13px;color:#555}
.encadre{border-left:4px solid #1f3b5a;background:#eef2f6;padding:10px 16px;font-family:Arial,sans-serif}
blockquote{font-style:italic;border-left:3px solid #bbb;margin-left:0;padding-left:14px}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body>
<header class="site">
  <strong>L'Écho de la Lauzière</strong> — le quotidien des Monts et du Val d'Arbonne
  <nav>
    <a href="/monts-de-lauziere/">Monts de Lauzière</a>
    <a href="/verignac/">Vérignac</a>
    <a href="/val-d-arbonne/">Val d'Arbonne</a>
    <a href="/agriculture/">Agriculture</a>
    <a href="/sports/">Sports</a>
    <a href="/avis-de-deces/">Avis de décès</a>
    <a href="/abonnement/">S'abonner</a>
  </nav>
</header>
<div class="wrap">
<aside>
  <section class="a-lire-aussi">
    <h2>À lire aussi</h2>
    <ul>
      <li><a href="/verignac/2026/02/17/foire-aux-ovins">Foire aux ovins de Vérignac : 4 200 bêtes attendues le 8 mars</a></li>
      <li><a href="/sports/2026/02/16/us-lauziere">Rugby : l'US Lauzière s'incline à domicile face à Saint-Affre (12-19)</a></li>
      <li><a href="/monts-de-lauziere/2026/02/15/classe-laubarede">Fermeture d'une classe à Laubarède : les parents occupent l'école</a></li>
      <li><a href="/val-d-arbonne/2026/02/14/pont-arbonne">Le pont de Saint-Julien-d'Arbonne fermé trois semaines pour travaux</a></li>
      <li><a href="/monts-de-lauziere/2026/02/13/loto-pompiers">Chanteloube : le loto des pompiers bat son record</a></li>
    </ul>
  </section>
  <section class="meteo">
    <h2>Météo</h2>
    <p>Mercredi 18 février : gelées matinales, 9 °C l'après-midi à Saint-Privat.</p>
  </section>
  <section class="pub"><p>Publicité — Garage Fabre Motoculture, Mourèze-les-Bois : -15 % sur les tronçonneuses jusqu'au 28 février.</p></section>
</aside>
<main>
  <nav class="ariane"><a href="/">Accueil</a> › <a href="/monts-de-lauziere/">Monts de Lauzière</a> › <a href="/monts-de-lauziere/moureze-les-bois/">Mourèze-les-Bois</a></nav>
  <article>
    <p class="rubrique">Santé · Agriculture</p>
    <h1>À Mourèze-les-Bois, des paysans qui se parlent enfin</h1>
    <p class="meta">Par Bastien Lacombe · Publié le <time datetime="2026-02-18T06:45:00+01:00">mercredi 18 février 2026 à 6 h 45</time> · Mis à jour le <time datetime="2026-02-18T10:12:00+01:00">18 février 2026 à 10 h 12</time> · Lecture 4 min</p>
    <p class="chapo"><strong>Ouvert en septembre dernier, le second groupe de parole Paysans Debout réunit chaque mois une dizaine d'agriculteurs du canton. Ils y parlent de fatigue, de dettes, de solitude. Et de ce qui les fait tenir.</strong></p>
    <figure>
      <img src="/media/2026/02/paysans-debout-moureze.jpg" alt="Une douzaine d'agriculteurs assis en cercle autour d'une table, dans une salle aux murs de pierre" width="760" height="460">
      <figcaption>Jean-Marc Roussilhe (au centre) et les participants de la séance du jeudi 15 janvier 2026, dans la salle de l'ancienne coopérative de Mourèze-les-Bois. Photo B. L.</figcaption>
    </figure>
    <p>Il est 20 h 30, ce jeudi de janvier, quand les derniers arrivent, en bottes pour certains, « direct de la traite ». Dans la salle de l'ancienne coopérative, rue du Foirail, on a poussé les tables et sorti le café et la fouace. Pas d'inscription, pas de fiche de présence : la seule règle est écrite au feutre sur le tableau blanc, « ce qui se dit ici reste ici ».</p>
    <p>Le groupe Paysans Debout de Mourèze-les-Bois se réunit le troisième jeudi du mois, à 20 h 30, depuis septembre 2025. C'est le deuxième du genre dans les Monts de Lauzière : le premier, lancé en 2023 à Saint-Privat-de-Lauzière, continue de se réunir le premier mardi du mois, à 20 h, à la ferme-auberge du Pradel. Depuis l'ouverture, cinq séances ont eu lieu à Mourèze, avec 9 à 14 participants à chaque fois ; 19 agriculteurs différents sont déjà venus au moins une fois.</p>
    <h2>« J'ai failli tout arrêter »</h2>
    <p>À l'origine de l'association, il y a Jean-Marc Roussilhe, 58 ans, éleveur de 320 brebis laitières à Laubarède. Il a accepté de répondre à nos questions.</p>
    <div class="entretien">
      <p><strong>Pourquoi avoir créé ce groupe ?</strong></p>
      <blockquote><p>« Il y a quatre ans, j'ai failli tout arrêter. Je ne dormais plus, je ne parlais plus à personne, même pas à ma femme. Ce qui m'a sorti de là, c'est d'entendre un autre éleveur raconter exactement la même chose. Je me suis dit : on ne peut pas être les deux seuls. »</p></blockquote>
      <p><strong>Qu'est-ce qu'on vient chercher dans un groupe de parole ?</strong></p>
      <blockquote><p>« Pas des conseils techniques, on en a assez. On vient dire les choses à des gens qui savent ce que c'est, une mise bas à trois heures du matin ou un courrier de la banque. Ici personne ne juge. Et on repart un peu moins lourd. »</p></blockquote>
      <p><strong>Pourquoi un deuxième groupe à Mourèze ?</strong></p>
      <blockquote><p>« Parce que Saint-Privat, pour les gars du haut du canton, c'est quarante minutes de route l'hiver. Personne ne fait quarante minutes pour aller parler de ses problèmes. La commune nous prête la salle gratuitement, c'était l'occasion. »</p></blockquote>
    </div>
    <h2>Une psychologue, mais en retrait</h2>
    <p>Les séances sont animées par Marion Astruc, psychologue libérale installée à Chanteloube. « Je suis présente à chaque séance, mais c'est eux qui parlent. Je veille au cadre, je relance, et si quelqu'un va vraiment mal, je l'oriente », explique-t-elle. Son intervention est financée par le CLSM des Monts de Lauzière et la MSA Orsane-Cévenne, à hauteur de 3 600 € par an.</p>
    <p>Quand la souffrance dépasse ce qu'un groupe peut porter, le relais existe. Isabelle Fabre, infirmière de l'équipe mobile de psychiatrie rurale du CHS Sainte-Lucie, a participé à une séance en décembre pour présenter son service : « On vient à la ferme, dans la cuisine, là où les gens sont. Beaucoup n'auraient jamais poussé la porte d'un CMP. » L'équipe mobile a suivi 74 agriculteurs en 2025.</p>
    <h2>Après le forum, l'envie d'aller plus loin</h2>
    <p>Le groupe a aussi tenu un stand au forum « Tenir debout », organisé le 21 novembre à la halle de Chanteloube par le conseil local de santé mentale et la MSA, qui a attiré 240 visiteurs. « Trois des nouveaux de Mourèze sont venus après nous avoir vus au forum », se réjouit Jean-Marc Roussilhe. Un troisième groupe pourrait voir le jour à Chanteloube en 2026.</p>
    <div class="encadre">
      <h3>Pratique</h3>
      <p>Paysans Debout, groupe de parole gratuit et sans inscription, ouvert aux exploitants, conjoints, salariés et retraités agricoles.</p>
      <ul>
        <li>Mourèze-les-Bois : troisième jeudi du mois, 20 h 30, salle de l'ancienne coopérative, rue du Foirail. Prochaine séance le <time datetime="2026-02-19">jeudi 19 février</time>.</li>
        <li>Saint-Privat-de-Lauzière : premier mardi du mois, 20 h, ferme-auberge du Pradel.</li>
        <li>Contact : 04 99 00 83 05 ou paysansdebout@asso-lauziere.example</li>
      </ul>
      <p>En cas de détresse, la ligne Terre d'Écoute répond 24 h/24 au 04 99 00 31 31.</p>
    </div>
    <div class="partage">Partager : <a href="#">Facebook</a> · <a href="#">WhatsApp</a> · <a href="#">Courriel</a></div>
  </article>
  <section class="commentaires"><h2>Commentaires (3)</h2>
    <p><strong>Gégé du Pradel</strong> — Bravo à Jean-Marc, il en faut du courage pour lancer ça.</p>
    <p><strong>Une fille d'éleveur</strong> — Mon père y va depuis octobre. Il ne le dit pas mais ça lui fait du bien.</p>
    <p><strong>Lauzière Nature</strong> — Et les pouvoirs publics, ils font quoi sur les prix ?</p>
  </section>
</main>
</div>
<footer><p>© 2026 L'Écho de la Lauzière — 7 place du Marché, Saint-Privat-de-Lauzière — <a href="/mentions-legales">Mentions légales</a> — <a href="/cookies">Cookies</a></p></footer>
</body>
</html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)
print("écrit", OUT)
