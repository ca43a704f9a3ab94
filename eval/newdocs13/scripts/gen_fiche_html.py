# -*- coding: utf-8 -*-
"""Génère la page HTML « Fiche expérience n° 31 » de Trame Urbaine (centre de ressources politique de la ville
Auvergne-Rhône-Alpes), publiée le 14 avril 2026 : le programme de compétences psychosociales « Bien dans mes
baskets » du CLSM de Valmorin.

Page de CMS complète : bandeau cookies, menu, fil d'Ariane, encadré « En bref », tableau de chiffres par année
scolaire, vidéo avec un bouton « Afficher la transcription » (texte caché jusqu'au clic), FAQ en accordéon,
barre latérale « À lire aussi », pied de page. Tout est fictif.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2026-04-14_trame-urbaine-aura_fiche-experience-competences-psychosociales-valmorin.html")

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fiche expérience n° 31 – « Bien dans mes baskets » : les compétences psychosociales des enfants au Plateau des Tilleuls (Valmorin) | Trame Urbaine</title>
<meta name="description" content="Comment le CLSM de Valmorin et le programme de réussite éducative développent les compétences psychosociales des 8-11 ans dans un quartier prioritaire.">
<link rel="stylesheet" href="/themes/trame/css/style.min.css?v=4.2.1">
<link rel="canonical" href="https://www.trame-urbaine-aura.example/ressources/fiches-experiences/bien-dans-mes-baskets-valmorin">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('consent', 'default', {'analytics_storage': 'denied'});</script>
<style>
.visually-hidden{position:absolute;clip:rect(0 0 0 0)}
.transcript[hidden]{display:none}
.faq-panel[hidden]{display:none}
</style>
</head>
<body class="node-type-fiche-experience">
<div id="tarteaucitron-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies pour mesurer son audience et vous proposer des vidéos. Vous pouvez accepter ou refuser ces cookies, ou personnaliser vos choix.</p>
  <button class="btn-accept">Tout accepter</button> <button class="btn-deny">Tout refuser</button> <a href="/cookies">Personnaliser</a>
</div>
<a class="skip-link visually-hidden" href="#contenu">Aller au contenu principal</a>
<header class="site-header">
  <div class="brand"><a href="/"><img src="/themes/trame/logo.svg" alt="Trame Urbaine – centre de ressources politique de la ville Auvergne-Rhône-Alpes"></a></div>
  <nav class="main-menu" aria-label="Menu principal">
    <ul>
      <li><a href="/le-centre">Le centre</a></li>
      <li><a href="/thematiques">Thématiques</a>
        <ul class="submenu">
          <li><a href="/thematiques/sante">Santé</a></li>
          <li><a href="/thematiques/education">Éducation et jeunesse</a></li>
          <li><a href="/thematiques/emploi">Emploi et développement économique</a></li>
          <li><a href="/thematiques/cadre-de-vie">Cadre de vie et renouvellement urbain</a></li>
          <li><a href="/thematiques/participation">Participation des habitants</a></li>
        </ul>
      </li>
      <li><a href="/ressources">Ressources</a></li>
      <li><a href="/agenda">Agenda</a></li>
      <li><a href="/formations">Formations</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
  <form class="search" action="/recherche"><label for="q" class="visually-hidden">Rechercher</label><input id="q" name="q" placeholder="Rechercher une ressource…"><button>OK</button></form>
</header>

<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/ressources">Ressources</a></li>
    <li><a href="/ressources/fiches-experiences">Fiches expériences</a></li>
    <li aria-current="page">« Bien dans mes baskets » à Valmorin</li>
  </ol>
</nav>

<div class="layout">
<main id="contenu">
<article class="fiche">
  <p class="kicker">Fiche expérience n° 31 · Santé mentale · Éducation</p>
  <h1>« Bien dans mes baskets » : développer les compétences psychosociales des enfants au Plateau des Tilleuls</h1>
  <p class="meta">Publié le 14 avril 2026 · Mis à jour le 2 juin 2026 · Rédaction : Mélanie Charvet, chargée de mission santé · Temps de lecture : 8 min</p>
  <ul class="tags"><li><a href="/tag/clsm">CLSM</a></li><li><a href="/tag/cps">Compétences psychosociales</a></li><li><a href="/tag/reussite-educative">Réussite éducative</a></li><li><a href="/tag/enfance">Enfance</a></li></ul>

  <aside class="en-bref">
    <h2>En bref</h2>
    <dl>
      <dt>Territoire</dt><dd>Valmorin (38 000 habitants), quartier prioritaire du Plateau des Tilleuls (4 300 habitants)</dd>
      <dt>Porteurs</dt><dd>Conseil local de santé mentale de Valmorin et programme de réussite éducative (PRE) de la ville, avec l'association Graines de Santé</dd>
      <dt>Public</dt><dd>Enfants de CE2, CM1 et CM2 (8 à 11 ans) des écoles élémentaires du quartier, et leurs parents</dd>
      <dt>Depuis</dt><dd>Septembre 2023</dd>
      <dt>Budget 2025-2026</dt><dd>27 800 €</dd>
    </dl>
  </aside>

  <h2>Pourquoi ce projet ?</h2>
  <p>Tout est parti d'un constat partagé au sein du groupe de travail « enfance et famille » du CLSM de Valmorin, à l'automne 2022. Les directeurs d'école du Plateau des Tilleuls décrivaient des enfants de plus en plus nombreux à exprimer leur mal-être par de l'agitation, des conflits violents dans la cour ou, à l'inverse, un repli silencieux. Dans le même temps, le centre médico-psychologique pour enfants affichait une liste d'attente de plus de huit mois.</p>
  <p>Plutôt que de demander davantage de places en soin, que personne n'était en mesure de créer rapidement, le groupe de travail a choisi d'agir en amont, en prévention, en s'appuyant sur un levier dont l'efficacité est bien documentée : le renforcement des compétences psychosociales (CPS). Santé publique France les définit comme un ensemble cohérent de capacités psychologiques, cognitives, émotionnelles et sociales, qui permettent de renforcer le pouvoir d'agir, de maintenir un état de bien-être et de favoriser des interactions constructives.</p>

  <h2>Comment ça marche ?</h2>
  <p>Dans chaque classe participante, le programme se déroule sur douze séances d'une heure, une tous les quinze jours, de novembre à juin. Chaque séance est coanimée par l'enseignant et une animatrice de Graines de Santé, formée aux CPS. Les thèmes suivent une progression :</p>
  <ol>
    <li>reconnaître et nommer ses émotions (la « météo des émotions ») ;</li>
    <li>comprendre ce qui se passe dans son corps quand on a peur ou qu'on est en colère ;</li>
    <li>apprendre à se calmer : respiration, bulle de calme, coin refuge ;</li>
    <li>écouter l'autre et exprimer un désaccord sans blesser ;</li>
    <li>résoudre un conflit : les messages clairs ;</li>
    <li>savoir dire non et demander de l'aide à un adulte de confiance.</li>
  </ol>
  <p>Les parents sont associés par deux « cafés des parents » par an et par école, animés par la psychologue du programme de réussite éducative, où l'on reprend les outils vus en classe. Les enseignants, de leur côté, suivent une formation de deux jours avant de démarrer, assurée par Graines de Santé.</p>

  <h2>Le programme en chiffres</h2>
  <table class="table-chiffres">
    <caption>Déploiement de « Bien dans mes baskets » par année scolaire</caption>
    <thead>
      <tr><th scope="col">Année scolaire</th><th scope="col">Écoles</th><th scope="col">Classes</th><th scope="col">Élèves</th><th scope="col">Enseignants formés</th><th scope="col">Parents venus aux cafés</th></tr>
    </thead>
    <tbody>
      <tr><th scope="row">2023-2024</th><td>1</td><td>3</td><td>71</td><td>4</td><td>24</td></tr>
      <tr><th scope="row">2024-2025</th><td>2</td><td>7</td><td>162</td><td>9</td><td>58</td></tr>
      <tr><th scope="row">2025-2026</th><td>3</td><td>11</td><td>254</td><td>14</td><td>bilan en juillet</td></tr>
    </tbody>
  </table>
  <p>Le budget 2025-2026, de 27 800 €, est financé par l'ARS Auvergne-Rhône-Alpes au titre de la prévention (12 000 €), par les crédits du contrat de ville (9 500 €) et par la ville de Valmorin via le programme de réussite éducative (6 300 €). Il couvre principalement le temps d'animation de Graines de Santé, la formation des enseignants et le matériel pédagogique.</p>

  <h2>Quels résultats ?</h2>
  <p>Une évaluation par questionnaire, avant et après le programme, a été conduite en 2024-2025 auprès des 162 élèves. À la fin de l'année, 68 % des enfants déclaraient savoir mieux se calmer quand ils sont en colère, contre 35 % en début d'année. Les enseignants, interrogés en juin, ont été unanimes à décrire une amélioration du climat de classe, et les fiches d'incident liées à des bagarres dans la cour de l'école Paul-Langevin sont passées de 41 à 26 entre les deux années scolaires.</p>
  <p>Plus inattendu, le programme a aussi facilité l'accès aux soins : parce que les enfants ont appris à demander de l'aide, plusieurs situations de souffrance importante ont été repérées plus tôt, et orientées, via le programme de réussite éducative, vers la Maison des adolescents ou le CMP enfants, avec lequel le CLSM a négocié un circuit d'orientation prioritaire.</p>

  <section class="video-block">
    <h2>Paroles d'acteurs (vidéo, 6 min 40)</h2>
    <div class="video-wrapper" data-video-id="trame-cps-valmorin">
      <div class="video-placeholder"><p>Cette vidéo est hébergée par un service tiers. En la lisant, vous acceptez ses cookies.</p><button class="play">Lire la vidéo</button></div>
    </div>
    <button class="transcript-toggle" aria-expanded="false" aria-controls="transcription-video">Afficher la transcription</button>
    <div id="transcription-video" class="transcript" hidden>
      <p><strong>Laure Besson, directrice de l'école élémentaire Paul-Langevin :</strong> Au début, j'étais sceptique, je l'avoue. On nous propose beaucoup de projets, et le temps de classe n'est pas extensible. Ce qui m'a convaincue, c'est de voir des enfants de CM1 utiliser d'eux-mêmes, dans la cour, les messages clairs qu'ils avaient appris. Un enfant qui dit à un autre « quand tu me pousses, je me sens en colère, et je voudrais que tu arrêtes », c'est une bagarre de moins.</p>
      <p><strong>Yacine Amrani, coordinateur du programme de réussite éducative :</strong> Le moment préféré des enfants, c'est la météo des émotions, le matin. Chacun place son étiquette : soleil, nuage, orage. Et l'enseignant sait tout de suite qui a besoin d'un peu d'attention ce jour-là. Pour nous, au PRE, ça a aussi changé le lien avec les familles. Au début, certains parents pensaient que c'était un programme pour les enfants à problèmes. On a beaucoup expliqué que c'était pour tous les enfants, comme on apprend à lire.</p>
      <p><strong>Amandine Roux, coordinatrice du CLSM de Valmorin :</strong> Le CLSM a joué un rôle d'assemblier. Il a réuni l'Éducation nationale, la ville, l'association, le CMP. Sans ce tour de table, chacun serait resté dans son couloir. Et aujourd'hui, la question qu'on se pose, c'est la continuité au collège. Les enfants qui ont suivi le programme en CM2 arrivent en sixième, et là, il n'y a plus rien.</p>
    </div>
  </section>

  <h2>Conditions de réussite et points de vigilance</h2>
  <ul>
    <li>L'adhésion de l'équipe enseignante : le programme n'est proposé qu'aux classes dont l'enseignant est volontaire.</li>
    <li>La coanimation : l'animatrice ne remplace pas l'enseignant, qui doit pouvoir réutiliser les outils au quotidien.</li>
    <li>La durée : une séance isolée ne change rien, c'est la répétition sur l'année qui produit des effets.</li>
    <li>L'articulation avec le soin : prévoir à l'avance vers qui orienter un enfant quand une souffrance importante est repérée.</li>
    <li>La stabilité du financement : les financements annuels obligent à redéposer chaque printemps trois dossiers différents.</li>
  </ul>

  <section class="faq">
    <h2>Questions fréquentes</h2>
    <div class="faq-item">
      <h3><button class="faq-question" aria-expanded="false" aria-controls="faq-1">Faut-il l'accord écrit des parents ?</button></h3>
      <div id="faq-1" class="faq-panel" hidden><p>Non. Le programme se déroule sur le temps scolaire et fait partie du projet d'école. Les familles reçoivent une lettre d'information en début d'année et sont invitées aux cafés des parents. Aucun parent n'a demandé à ce que son enfant ne participe pas.</p></div>
    </div>
    <div class="faq-item">
      <h3><button class="faq-question" aria-expanded="false" aria-controls="faq-2">Combien de temps faut-il pour former un enseignant ?</button></h3>
      <div id="faq-2" class="faq-panel" hidden><p>La formation initiale dure deux jours. Elle est complétée par une demi-journée d'analyse de pratiques au printemps, à laquelle participent les enseignants et les animatrices.</p></div>
    </div>
    <div class="faq-item">
      <h3><button class="faq-question" aria-expanded="false" aria-controls="faq-3">Le programme existe-t-il au collège ?</button></h3>
      <div id="faq-3" class="faq-panel" hidden><p>Pas encore. Graines de Santé et le collège Jean-Macé travaillent à une version adaptée aux classes de sixième, qui pourrait être expérimentée à partir de la rentrée 2027, sous réserve de financement.</p></div>
    </div>
    <div class="faq-item">
      <h3><button class="faq-question" aria-expanded="false" aria-controls="faq-4">Peut-on utiliser les supports pédagogiques dans une autre ville ?</button></h3>
      <div id="faq-4" class="faq-panel" hidden><p>Oui. Les fiches d'animation sont publiées sous licence libre et peuvent être demandées à Graines de Santé. L'association recommande toutefois de ne pas les utiliser sans la formation préalable des intervenants.</p></div>
    </div>
  </section>

  <section class="contact-block">
    <h2>Contact</h2>
    <p>Amandine Roux, coordinatrice du CLSM de Valmorin<br>
    Direction de la santé publique, 3 place de la Mairie, Valmorin<br>
    clsm@valmorin.example · 04 00 00 56 78</p>
  </section>

  <section class="downloads">
    <h2>Documents à télécharger</h2>
    <ul>
      <li><a href="/sites/default/files/2026-04/bien-dans-mes-baskets-bilan-2024-2025.pdf">Bilan 2024-2025 du programme (PDF, 1,2 Mo)</a></li>
      <li><a href="/sites/default/files/2026-04/bien-dans-mes-baskets-lettre-parents.pdf">Lettre d'information aux familles (PDF, 210 Ko)</a></li>
    </ul>
  </section>

  <div class="share"><span>Partager :</span> <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">Courriel</a> <a href="#" onclick="window.print()">Imprimer</a></div>
</article>
</main>

<aside class="sidebar" aria-label="À lire aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/ressources/fiches-experiences/cellule-veille-sante-mentale">Fiche expérience n° 28 – Une cellule de veille en santé mentale dans un quartier de Rive-Haute</a></li>
    <li><a href="/ressources/dossiers/sante-mentale-enfants">Dossier : la santé mentale des enfants dans les quartiers prioritaires</a></li>
    <li><a href="/agenda/2026-06-11-rencontre-cps">Rencontre régionale « Compétences psychosociales et territoires », 11 juin 2026</a></li>
  </ul>
  <div class="newsletter"><h2>Lettre d'information</h2><p>Recevez chaque mois les nouvelles ressources du centre.</p><form><input type="email" placeholder="Votre adresse courriel"><button>S'abonner</button></form></div>
</aside>
</div>

<footer class="site-footer">
  <div class="footer-cols">
    <div><p><strong>Trame Urbaine</strong><br>Centre de ressources politique de la ville Auvergne-Rhône-Alpes<br>22 rue des Canuts – 69000 Lyon (adresse fictive)<br>04 00 00 00 00 · contact@trame-urbaine-aura.example</p></div>
    <div><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/plan-du-site">Plan du site</a></li><li><a href="/cookies">Gestion des cookies</a></li></ul></div>
    <div><p>Avec le soutien de l'Agence nationale de la cohésion des territoires, de la préfecture de région et de la Région.</p></div>
  </div>
  <p class="copyright">© 2026 Trame Urbaine – Tous droits réservés</p>
</footer>
<script>
document.querySelectorAll('.transcript-toggle').forEach(function (b) {
  b.addEventListener('click', function () {
    var p = document.getElementById(b.getAttribute('aria-controls'));
    var open = b.getAttribute('aria-expanded') === 'true';
    b.setAttribute('aria-expanded', String(!open)); p.hidden = open;
    b.textContent = open ? 'Afficher la transcription' : 'Masquer la transcription';
  });
});
document.querySelectorAll('.faq-question').forEach(function (b) {
  b.addEventListener('click', function () {
    var p = document.getElementById(b.getAttribute('aria-controls'));
    var open = b.getAttribute('aria-expanded') === 'true';
    b.setAttribute('aria-expanded', String(!open)); p.hidden = open;
  });
});
</script>
</body>
</html>
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML)
    print(os.path.basename(OUT))


if __name__ == "__main__":
    main()
