# -*- coding: utf-8 -*-
"""Génère la page HTML du site du collège Louise-Michel d'Ardonville consacrée aux ateliers parents
« Écrans en famille » 2025-2026 (page enregistrée le 24 février 2026).

Mise en page : bandeau cookies (div#cookie-banner, en tête du <body>), <header> avec logo texte et menu <nav>,
fil d'Ariane, article avec intertitres, <table> des dates d'ateliers (caption, thead, tbody, une ligne marquée
« reporté »), encadré d'alerte de report, <aside> « Contacts » (infirmière, CPE, référents PRISME, PAEJ),
formulaire d'inscription, <footer> (adresse, mentions, réseaux). CSS interne, un petit script.

Tout est inventé (collège, ville, personnes, numéros en 03 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-24_college-louise-michel_ateliers-parents-ecrans.html")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ateliers parents « Écrans en famille » 2025-2026 — Collège Louise-Michel, Ardonville</title>
<meta name="description" content="Calendrier des ateliers parents sur les écrans, le sommeil, les réseaux sociaux et le cyberharcèlement au collège Louise-Michel d'Ardonville.">
<link rel="canonical" href="https://www.college-louise-michel-ardonville.example/vie-du-college/parents/ateliers-ecrans/">
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#14365d;color:#fff;padding:12px 24px}
header nav ul{list-style:none;display:flex;gap:18px;padding:0;margin:8px 0 0}
header nav a{color:#fff;text-decoration:none}
.wrap{display:flex;gap:32px;max-width:1180px;margin:0 auto;padding:24px}
main{flex:3}
aside{flex:1;background:#eef4f9;padding:16px;border-radius:8px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #b9c7d5;padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:#dbe7f3}
tr.reporte td{background:#fff3e0}
.alerte{border-left:5px solid #e67e22;background:#fff8ee;padding:10px 14px;margin:16px 0}
#cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;padding:12px 24px;font-size:14px}
footer{background:#0d2340;color:#cfd8e3;padding:18px 24px;font-size:13px}
.breadcrumb{font-size:13px;color:#555}
</style>
</head>
<body>
<div id="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies de mesure d'audience anonymisée. Vous pouvez les accepter ou les refuser à tout
  moment depuis la page « Gestion des cookies ».</p>
  <button type="button" id="accept-cookies">Tout accepter</button>
  <button type="button" id="refuse-cookies">Tout refuser</button>
  <a href="/gestion-des-cookies/">Personnaliser</a>
</div>

<header>
  <a class="logo" href="/" style="color:#fff;font-weight:bold;font-size:20px">Collège Louise-Michel — Ardonville</a>
  <nav aria-label="Menu principal">
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/le-college/">Le collège</a></li>
      <li><a href="/vie-du-college/">Vie du collège</a></li>
      <li><a href="/vie-du-college/parents/">Espace parents</a></li>
      <li><a href="/orientation/">Orientation</a></li>
      <li><a href="/sante-social/">Santé &amp; social</a></li>
      <li><a href="https://ent.layon-sevre.example/">ENT / Pronote</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>

<div class="wrap">
<main>
  <p class="breadcrumb"><a href="/">Accueil</a> › <a href="/vie-du-college/">Vie du collège</a> ›
  <a href="/vie-du-college/parents/">Espace parents</a> › Ateliers « Écrans en famille »</p>

  <article>
    <h1>Ateliers parents « Écrans en famille » 2025-2026</h1>
    <p class="meta">Publié le 6 octobre 2025 — mis à jour le <time datetime="2026-02-23">23 février 2026</time>
    par Catherine Roux, principale</p>

    <p>Votre enfant passe ses soirées sur son téléphone ? Il se couche tard, ne lâche plus sa console, ou au
    contraire s'est fermé depuis quelques semaines ? Vous n'êtes pas seuls. L'enquête menée au printemps 2025
    auprès des élèves d'Ardonville a montré qu'au collège, <strong>41 % des élèves dépassent quatre heures
    d'écran un jour de classe</strong> et que plus de quatre élèves de 4e – 3e sur cinq gardent leur téléphone dans
    la chambre la nuit.</p>

    <p>Pour en parler sans jugement, le collège Louise-Michel, le conseil local de santé mentale (CLSM)
    d'Ardonville et le centre social des Chaumes proposent six ateliers gratuits d'une heure et demie, ouverts
    à tous les parents du collège et des écoles du secteur (Jean-Macé, Les Chaumes, Beaulieu). Chaque atelier
    commence par un court apport d'un professionnel, puis laisse la place aux échanges et aux questions.</p>

    <h2>Le calendrier</h2>
    <table>
      <caption>Ateliers « Écrans en famille » — année scolaire 2025-2026 (18 h – 19 h 30)</caption>
      <thead>
        <tr><th scope="col">Date</th><th scope="col">Thème</th><th scope="col">Animé par</th><th scope="col">Lieu</th></tr>
      </thead>
      <tbody>
        <tr><td>Jeudi 13 novembre 2025</td><td>Écrans et sommeil : comment retrouver des nuits complètes ?</td><td>Sandrine Poirier, infirmière scolaire du collège</td><td>Salle polyvalente du collège</td></tr>
        <tr><td>Jeudi 11 décembre 2025</td><td>Réseaux sociaux : ce que vivent nos ados</td><td>Nadia Belkacem, PAEJ Le Passage</td><td>Salle polyvalente du collège</td></tr>
        <tr><td>Jeudi 22 janvier 2026</td><td>Jeux vidéo : passion ou problème ?</td><td>Julien Favreau, psychologue, consultation Pause Manette</td><td>Centre social des Chaumes</td></tr>
        <tr class="reporte"><td>Jeudi 12 mars 2026 — reporté au jeudi 19 mars 2026</td><td>Cyberharcèlement : repérer, réagir, signaler</td><td>Yann Cadiou, CPE, et Aurélie Texier, référente PRISME</td><td>Salle polyvalente du collège</td></tr>
        <tr><td>Jeudi 9 avril 2026</td><td>Contrôle parental et règles à la maison : le contrat familial</td><td>Karim Aït-Saïd, éducateur de prévention (association Cap Jeunes Layon)</td><td>Centre social Beaulieu-Gare</td></tr>
        <tr><td>Jeudi 4 juin 2026</td><td>Café des parents : bilan de l'année et défi « une semaine sans écrans »</td><td>L'équipe du collège et les parents délégués</td><td>Cour du collège (salle polyvalente en cas de pluie)</td></tr>
      </tbody>
    </table>

    <div class="alerte" role="note">
      <p><strong>Changement de date :</strong> en raison des conseils de classe, l'atelier « Cyberharcèlement »
      prévu le jeudi 12 mars est reporté au <strong>jeudi 19 mars 2026</strong>, même horaire, même lieu. Les
      inscriptions déjà faites restent valables.</p>
    </div>

    <h2>Infos pratiques</h2>
    <ul>
      <li>Ateliers gratuits, sans obligation de participer à tout le cycle.</li>
      <li>Inscription conseillée (mais pas obligatoire) : par Pronote, à la vie scolaire ou par téléphone au
      03 99 00 28 40.</li>
      <li>Garde des enfants de 3 à 10 ans assurée sur place par les animateurs du centre social, sur inscription
      au plus tard le mardi précédent.</li>
      <li>Une interprète en arabe et en turc peut être présente : le signaler lors de l'inscription.</li>
      <li>Les supports des ateliers passés sont téléchargeables dans l'ENT, rubrique « Parents ».</li>
    </ul>

    <h2>Et ensuite ?</h2>
    <p>Les ateliers s'inscrivent dans le programme PRISME (Prévenir, Repérer, Intervenir, Soutenir, Mobiliser
    les élèves) du rectorat, que le collège applique depuis la rentrée 2024 : 12 élèves ambassadeurs formés,
    deux adultes référents, et une semaine de sensibilisation chaque année autour du 6 novembre. Si votre enfant
    est concerné par une situation de harcèlement ou de cyberharcèlement, n'attendez pas un atelier :
    contactez directement la vie scolaire ou l'infirmière.</p>

    <h2>Pré-inscription en ligne</h2>
    <form action="/vie-du-college/parents/ateliers-ecrans/inscription" method="post">
      <label>Nom du parent <input type="text" name="nom" required></label>
      <label>Classe de l'enfant <input type="text" name="classe"></label>
      <label>Courriel <input type="email" name="courriel" required></label>
      <label>Atelier choisi
        <select name="atelier">
          <option>19 mars 2026 — Cyberharcèlement</option>
          <option>9 avril 2026 — Contrôle parental</option>
          <option>4 juin 2026 — Café des parents</option>
        </select>
      </label>
      <label><input type="checkbox" name="garde"> J'ai besoin d'une garde d'enfants</label>
      <button type="submit">Envoyer</button>
    </form>
  </article>
</main>

<aside aria-label="Contacts">
  <h2>Contacts</h2>
  <h3>Infirmière scolaire</h3>
  <p>Sandrine Poirier — présente le lundi, le mardi et le jeudi<br>03 99 00 28 47<br>
  infirmerie@college-louise-michel-ardonville.example</p>
  <h3>Conseiller principal d'éducation (CPE)</h3>
  <p>Yann Cadiou — 03 99 00 28 42</p>
  <h3>Référents PRISME du collège</h3>
  <p>Aurélie Texier (professeure de lettres) et Yann Cadiou (CPE)<br>
  prisme@college-louise-michel-ardonville.example</p>
  <h3>PAEJ Le Passage au collège</h3>
  <p>Permanence d'écoute gratuite et confidentielle pour les élèves, le jeudi de 12 h à 14 h, bureau B12
  (à côté du CDI). Sans rendez-vous.</p>
  <h3>En dehors du collège</h3>
  <p>3018 : numéro national contre le harcèlement et les violences numériques, gratuit et anonyme.</p>
</aside>
</div>

<footer>
  <p>Collège Louise-Michel — 14 allée des Tisserands, Ardonville (Layon-et-Sèvre) — 03 99 00 28 40 —
  ce.louise-michel@layon-sevre.example</p>
  <p>Établissement du réseau d'éducation prioritaire (REP) — 512 élèves</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/accessibilite/">Accessibilité : partiellement
  conforme</a> · <a href="/plan-du-site/">Plan du site</a> · <a href="/gestion-des-cookies/">Gestion des cookies</a></p>
  <p>© 2026 Collège Louise-Michel d'Ardonville</p>
</footer>
<script>
document.getElementById('accept-cookies').onclick=function(){document.getElementById('cookie-banner').style.display='none';};
document.getElementById('refuse-cookies').onclick=function(){document.getElementById('cookie-banner').style.display='none';};
</script>
</body>
</html>
"""

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML)
    print("écrit :", OUT)
