# -*- coding: utf-8 -*-
"""Génère la page « Conseil local de santé mentale » du site de la Ville d'Ormeval (HTML, document fictif).

Page de site municipal : bandeau cookies, lien d'évitement, menu principal, fil d'Ariane, titre et dates
(<time>), quatre onglets (role=tablist / tab / tabpanel) dont seul le premier est affiché par la feuille de
style (les quatre panneaux sont dans le DOM), tableau d'agenda, FAQ en accordéon (réponses repliées par CSS),
téléchargements, pied de page avec menu.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-26_ville-ormeval_page-clsm.html")

CSS = """
:root{--bleu:#1f4e79;--vert:#1b6f73;--gris:#f3f4f6}
body{font-family:Marianne,Arial,sans-serif;margin:0;color:#1e1e1e;line-height:1.5}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:14px 22px;z-index:99}
.cookie-banner button{margin-right:8px}
header.site{background:var(--bleu);color:#fff;padding:10px 24px}
header.site a{color:#fff}
nav.main ul{list-style:none;display:flex;gap:18px;margin:0;padding:0}
.breadcrumb ol{list-style:none;display:flex;gap:6px;padding:0;font-size:.85rem}
.breadcrumb li+li:before{content:"›";margin-right:6px}
main{max-width:980px;margin:auto;padding:0 20px 60px}
.meta{color:#666;font-size:.85rem}
[role=tablist]{display:flex;gap:4px;border-bottom:2px solid var(--vert)}
[role=tab]{background:var(--gris);border:0;padding:10px 16px;cursor:pointer}
[role=tab][aria-selected=true]{background:var(--vert);color:#fff}
[role=tabpanel]{display:none;padding:18px 4px}
[role=tabpanel].is-active{display:block}
.chiffres{display:grid;grid-template-columns:repeat(4,1fr);gap:10px}
.chiffres div{background:var(--gris);padding:10px;text-align:center}
.chiffres strong{display:block;font-size:1.6rem;color:var(--vert)}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:6px 8px;text-align:left}
.accordion__panel{display:none}.accordion__trigger[aria-expanded=true]+.accordion__panel{display:block}
.alerte{border-left:5px solid #c0392b;background:#fdecea;padding:10px 14px}
footer.site{background:#10263d;color:#dfe6ee;padding:24px;font-size:.85rem}
footer.site a{color:#dfe6ee}
"""

JS = """
document.querySelectorAll('[role=tab]').forEach(function(tab){
  tab.addEventListener('click',function(){
    document.querySelectorAll('[role=tab]').forEach(function(t){t.setAttribute('aria-selected','false');});
    document.querySelectorAll('[role=tabpanel]').forEach(function(p){p.classList.remove('is-active');});
    tab.setAttribute('aria-selected','true');
    document.getElementById(tab.getAttribute('aria-controls')).classList.add('is-active');
  });
});
document.querySelectorAll('.accordion__trigger').forEach(function(b){
  b.addEventListener('click',function(){b.setAttribute('aria-expanded', b.getAttribute('aria-expanded')==='true'?'false':'true');});
});
function acceptCookies(v){document.getElementById('cookies').remove();}
"""

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Conseil local de santé mentale (CLSM) - Ville d'Ormeval</title>
<meta name="description" content="Le conseil local de santé mentale d'Ormeval : présentation, gouvernance, agenda 2026, contacts et questions fréquentes.">
<link rel="canonical" href="https://www.ormeval.example/solidarites-sante/sante/conseil-local-de-sante-mentale/">
<style>{css}</style>
</head>
<body>
<div class="cookie-banner" id="cookies" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies de mesure d'audience et des contenus tiers (vidéos, cartes). Vous pouvez les
  accepter, les refuser ou choisir finement. <a href="/donnees-personnelles/">En savoir plus</a></p>
  <button onclick="acceptCookies(1)">Tout accepter</button><button onclick="acceptCookies(0)">Tout refuser</button>
  <button>Personnaliser</button>
</div>
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="site">
  <a href="/" class="logo">Ville d'Ormeval</a>
  <form role="search" action="/recherche/"><label for="q">Rechercher</label> <input id="q" name="q" type="search"><button>OK</button></form>
  <nav class="main" aria-label="Menu principal">
    <ul>
      <li><a href="/mairie/">Mairie &amp; démarches</a></li>
      <li><a href="/vivre-a-ormeval/">Vivre à Ormeval</a></li>
      <li><a href="/solidarites-sante/" aria-current="true">Solidarités &amp; santé</a></li>
      <li><a href="/quartiers/">Quartiers &amp; renouvellement urbain</a></li>
      <li><a href="/culture-loisirs/">Culture &amp; loisirs</a></li>
      <li><a href="/agenda/">Agenda</a></li>
    </ul>
  </nav>
</header>
<main id="contenu">
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/solidarites-sante/">Solidarités &amp; santé</a></li>
    <li><a href="/solidarites-sante/sante/">Santé</a></li>
    <li aria-current="page">Conseil local de santé mentale</li>
  </ol>
</nav>
<article>
<h1>Le conseil local de santé mentale (CLSM)</h1>
<p class="meta">Publié le <time datetime="2026-01-26">26 janvier 2026</time> — mis à jour le
<time datetime="2026-02-03">3 février 2026</time> — Direction de la cohésion sociale</p>
<p class="chapo"><strong>Depuis la signature de sa convention constitutive le 4 décembre 2025, Ormeval dispose d'un
conseil local de santé mentale. Élus, psychiatrie, professionnels, associations et habitants y travaillent ensemble
pour améliorer la santé mentale des Ormevalois, en particulier dans les quartiers des Grands-Prés et du
Clos-Saint-Marc.</strong></p>

<div class="tabs">
  <div role="tablist" aria-label="Le CLSM d'Ormeval">
    <button role="tab" id="tab-1" aria-selected="true" aria-controls="panel-1">Le CLSM en bref</button>
    <button role="tab" id="tab-2" aria-selected="false" aria-controls="panel-2" tabindex="-1">Qui fait quoi ?</button>
    <button role="tab" id="tab-3" aria-selected="false" aria-controls="panel-3" tabindex="-1">Agenda 2026</button>
    <button role="tab" id="tab-4" aria-selected="false" aria-controls="panel-4" tabindex="-1">Contacts et urgences</button>
  </div>

  <section role="tabpanel" id="panel-1" aria-labelledby="tab-1" class="is-active">
    <h2>Un lieu pour agir ensemble</h2>
    <p>Un CLSM, c'est une table ronde permanente : la Ville, le centre hospitalier de la Vaudaine, les médecins
    de ville, les associations d'usagers et de familles, le bailleur social, l'Éducation nationale, la police et
    les habitants s'y retrouvent pour repérer les besoins et monter des actions communes. <strong>Le CLSM n'est pas
    un service de soins</strong> : il ne reçoit pas de patients et ne remplace ni votre médecin ni le centre
    médico-psychologique (CMP).</p>
    <p>Sa création fait suite au diagnostic local de santé mentale réalisé en 2025 : près d'un habitant des
    quartiers prioritaires sur trois y déclarait une détresse psychologique élevée.</p>
    <div class="chiffres" aria-label="Chiffres clés">
      <div><strong>612</strong> habitants interrogés pour le diagnostic</div>
      <div><strong>143</strong> professionnels consultés</div>
      <div><strong>3</strong> groupes de travail</div>
      <div><strong>78 000 €</strong> de budget en 2026</div>
    </div>
    <h3>Une coordinatrice à votre écoute</h3>
    <p>Léa Moutier, coordinatrice du CLSM, a pris ses fonctions le 5 janvier 2026. Elle anime les instances et les
    groupes de travail et fait le lien entre tous les partenaires. Auparavant, elle a coordonné pendant quatre ans
    les actions santé de l'atelier santé ville de Brenay.</p>
  </section>

  <section role="tabpanel" id="panel-2" aria-labelledby="tab-2">
    <h2>La gouvernance du CLSM</h2>
    <h3>L'assemblée plénière</h3>
    <p>Elle réunit tous les membres du CLSM au moins une fois par an et elle est ouverte aux habitants. Elle
    valide le plan d'action et élit la présidence. La première assemblée plénière aura lieu le
    <strong>jeudi 12 février 2026 à 18 h</strong>, à la salle polyvalente des Grands-Prés (entrée libre).</p>
    <h3>Le comité de pilotage</h3>
    <p>Onze membres, dont le centre hospitalier, l'ARS, l'État, la CPTS, l'Unafam, le GEM La Passerelle, Vaudaine
    Habitat, le CCAS et un représentant des habitants. Il se réunit au moins trois fois par an et prend les
    décisions entre deux assemblées plénières. Sa première réunion s'est tenue le 29 janvier 2026.</p>
    <h3>Les groupes de travail</h3>
    <ul>
      <li>Accès aux soins et situations complexes ;</li>
      <li>Santé mentale des enfants et des jeunes ;</li>
      <li>Logement, cadre de vie et renouvellement urbain.</li>
    </ul>
    <h3>La présidence</h3>
    <p>La présidente ou le président du CLSM est un élu municipal, élu par l'assemblée plénière. Dans l'attente de
    la première assemblée, le CLSM est animé par Isabelle Fromentin, adjointe au maire déléguée à la santé et à la
    cohésion sociale. La vice-présidence revient au Dr Karim Benaïssa, chef du pôle de psychiatrie adulte du
    centre hospitalier de la Vaudaine.</p>
    <h3>Avec quels partenaires du territoire ?</h3>
    <p>Le CLSM est la déclinaison locale du <strong>projet territorial de santé mentale (PTSM)</strong> de la
    Vaudaine, qui organise à l'échelle du département le parcours de santé mentale. Il travaille avec la
    <strong>communauté professionnelle territoriale de santé (CPTS) du Pays d'Ormeval</strong>, qui regroupe les
    professionnels de santé libéraux de la ville et de 14 communes voisines.</p>
  </section>

  <section role="tabpanel" id="panel-3" aria-labelledby="tab-3">
    <h2>Les rendez-vous 2026</h2>
    <table>
      <caption>Calendrier prévisionnel des instances et événements du CLSM (mise à jour du 3 février 2026)</caption>
      <thead><tr><th scope="col">Date</th><th scope="col">Rendez-vous</th><th scope="col">Lieu</th><th scope="col">Pour qui ?</th></tr></thead>
      <tbody>
        <tr><td>Jeudi 12 février, 18 h</td><td>Assemblée plénière</td><td>Salle polyvalente des Grands-Prés</td><td>Ouvert à tous</td></tr>
        <tr><td>Mardi 10 mars, 14 h</td><td>Groupe de travail « Accès aux soins et situations complexes »</td><td>Maison de la cohésion sociale</td><td>Professionnels</td></tr>
        <tr><td>Jeudi 12 mars, 17 h 30</td><td>Groupe de travail « Enfants et jeunes »</td><td>Maison des adolescents</td><td>Professionnels, parents</td></tr>
        <tr><td>Mardi 17 mars, 18 h</td><td>Groupe de travail « Logement, cadre de vie et renouvellement urbain »</td><td>Maison de quartier du Clos-Saint-Marc</td><td>Professionnels, habitants</td></tr>
        <tr><td>Jeudi 2 avril, 9 h 30</td><td>Comité de pilotage</td><td>Hôtel de ville, salle du conseil</td><td>Membres</td></tr>
        <tr><td>Jeudi 4 juin, 14 h - 18 h</td><td>Forum « Santé mentale et quartiers »</td><td>Place centrale des Grands-Prés</td><td>Tout public</td></tr>
        <tr><td>Octobre (dates à confirmer)</td><td>Semaines d'information sur la santé mentale (SISM)</td><td>Toute la ville</td><td>Tout public</td></tr>
        <tr><td>Jeudi 10 décembre, 9 h 30</td><td>Comité de pilotage de bilan</td><td>Hôtel de ville</td><td>Membres</td></tr>
      </tbody>
    </table>
  </section>

  <section role="tabpanel" id="panel-4" aria-labelledby="tab-4">
    <h2>Contacter le CLSM</h2>
    <address>
      Coordination du CLSM — Léa Moutier<br>
      Maison de la cohésion sociale, 14 rue des Tanneurs (2e étage)<br>
      Tél. <a href="tel:+33299004712">02 99 00 47 12</a> — <a href="mailto:clsm@ormeval.example">clsm@ormeval.example</a><br>
      Accueil sur rendez-vous du lundi au vendredi
    </address>
    <div class="alerte" role="note">
      <p><strong>Urgence ou danger immédiat :</strong> appelez le 15 (SAMU) ou le 112. Le CLSM n'assure pas de
      permanence d'urgence.</p>
    </div>
    <h3>Où trouver de l'aide à Ormeval ?</h3>
    <ul>
      <li><strong>CMP adultes Pasteur</strong>, 12 rue Pasteur — 02 99 00 31 40, du lundi au vendredi de 9 h à 17 h 30.</li>
      <li><strong>CMP infanto-juvénile</strong>, avenue des Tilleuls — 02 99 00 31 62.</li>
      <li><strong>Maison des adolescents de la Vaudaine</strong> — 02 99 00 58 20, accueil sans rendez-vous le mercredi de 13 h 30 à 18 h.</li>
      <li><strong>GEM La Passerelle</strong>, groupe d'entraide mutuelle — 02 99 00 52 07.</li>
    </ul>
    <h3>Permanences d'écoute avec une psychologue (à partir du 3 mars 2026)</h3>
    <p>Gratuites, anonymes et sans rendez-vous :</p>
    <ul>
      <li>au centre social des Grands-Prés, les 1er et 3e mardis du mois, de 14 h à 16 h ;</li>
      <li>à la maison de quartier du Clos-Saint-Marc, les 2e et 4e jeudis du mois, de 9 h 30 à 11 h 30.</li>
    </ul>
  </section>
</div>

<section class="faq">
  <h2>Questions fréquentes</h2>
  <div class="accordion">
    <h3><button class="accordion__trigger" aria-expanded="false" aria-controls="faq-1">Le CLSM peut-il soigner ou suivre un membre de ma famille ?</button></h3>
    <div class="accordion__panel" id="faq-1"><p>Non. Le CLSM ne reçoit pas de patients. Pour un suivi, adressez-vous
    à votre médecin traitant ou au CMP. Si vous êtes un professionnel et qu'une situation vous met en difficulté,
    vous pouvez en revanche la présenter à la cellule d'appui aux situations complexes du CLSM.</p></div>

    <h3><button class="accordion__trigger" aria-expanded="false" aria-controls="faq-2">Je suis habitant : comment participer ?</button></h3>
    <div class="accordion__panel" id="faq-2"><p>Trois possibilités : venir à l'assemblée plénière, ouverte à tous ;
    rejoindre un groupe de travail en écrivant à la coordinatrice ; ou passer par le conseil citoyen de votre
    quartier, qui dispose de deux représentants au CLSM.</p></div>

    <h3><button class="accordion__trigger" aria-expanded="false" aria-controls="faq-3">Qui finance le CLSM ?</button></h3>
    <div class="accordion__panel" id="faq-3"><p>En 2026, le budget de 78 000 € est financé par l'agence régionale
    de santé (32 000 €), la Ville (34 000 €) et les crédits du contrat de ville (12 000 €).</p></div>

    <h3><button class="accordion__trigger" aria-expanded="false" aria-controls="faq-4">Professionnel, comment présenter une situation complexe ?</button></h3>
    <div class="accordion__panel" id="faq-4"><p>Téléchargez la fiche de saisine ci-dessous et envoyez-la à
    clsm@ormeval.example au moins huit jours avant la réunion mensuelle de la cellule. Informez la personne de
    votre démarche et recherchez son accord ; à défaut, la situation sera présentée sans la nommer.</p></div>

    <h3><button class="accordion__trigger" aria-expanded="false" aria-controls="faq-5">Notre immeuble va être démoli et ma mère vit très mal le relogement : à qui en parler ?</button></h3>
    <div class="accordion__panel" id="faq-5"><p>Parlez-en d'abord à la chargée de relogement de Vaudaine Habitat,
    qui peut adapter le calendrier et l'accompagnement. Votre mère peut aussi se rendre à la permanence d'écoute du
    centre social des Grands-Prés. Le groupe de travail « Logement, cadre de vie et renouvellement urbain » du CLSM
    travaille avec le bailleur sur l'accompagnement des ménages relogés.</p></div>

    <h3><button class="accordion__trigger" aria-expanded="false" aria-controls="faq-6">Les permanences de la psychologue sont-elles payantes ?</button></h3>
    <div class="accordion__panel" id="faq-6"><p>Non, elles sont entièrement gratuites et anonymes, et accessibles
    sans rendez-vous à tous les habitants, quel que soit leur quartier.</p></div>
  </div>
</section>

<section class="downloads">
  <h2>Documents à télécharger</h2>
  <ul>
    <li><a href="/files/clsm/convention-constitutive-clsm-2025.pdf">Convention constitutive du CLSM (PDF, 412 Ko)</a></li>
    <li><a href="/files/clsm/diagnostic-sante-mentale-synthese.pdf">Diagnostic local de santé mentale — synthèse (PDF, 1,2 Mo)</a></li>
    <li><a href="/files/clsm/fiche-saisine-casc.docx">Fiche de saisine de la cellule d'appui (DOCX, 38 Ko)</a></li>
  </ul>
</section>
<p class="share">Partager : <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">Courriel</a> · <a href="javascript:print()">Imprimer</a></p>
</article>
</main>
<footer class="site">
  <div class="adresse"><strong>Hôtel de ville d'Ormeval</strong><br>1 place de la Mairie — Tél. 02 99 00 40 00<br>
  Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h 30</div>
  <nav aria-label="Menu du pied de page">
    <ul>
      <li><a href="/mentions-legales/">Mentions légales</a></li>
      <li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li>
      <li><a href="/plan-du-site/">Plan du site</a></li>
      <li><a href="/donnees-personnelles/">Données personnelles</a></li>
      <li><a href="#" onclick="return false">Gestion des cookies</a></li>
      <li><a href="/contact/">Nous contacter</a></li>
    </ul>
  </nav>
  <p>© Ville d'Ormeval 2026 — Suivez-nous : Facebook · Instagram · LinkedIn</p>
</footer>
<script>{js}</script>
</body>
</html>
"""


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HTML.replace("{css}", CSS).replace("{js}", JS))
    print("écrit :", OUT)


if __name__ == "__main__":
    main()
