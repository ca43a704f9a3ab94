# -*- coding: utf-8 -*-
"""Génère la page HTML de la métropole Val-de-Durance « Santé et sécurité des agents de proximité »
(mise à jour du 15 septembre 2025).

Mise en page : bandeau cookies (div#cookie-banner, avec boutons), en-tête et menu, fil d'Ariane, introduction,
contenu réparti en quatre onglets (<div role="tablist"> de boutons, puis quatre <div role="tabpanel">) : le
quatrième panneau, « Chiffres clés », porte l'attribut hidden (onglet non sélectionné au chargement), un tableau
des formations dans le deuxième panneau, script des onglets, pied de page.

Tout est inventé (métropole, communes, structures, chiffres, numéros 03 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-09-15_metropole-val-durance_sante-securite-agents-proximite.html")

FORMATIONS = [
    ("Gérer les situations de tension et d'agressivité à l'accueil", "Agents d'accueil des pôles territoriaux et "
     "des déchetteries", "1 jour (7 h)", "7 octobre 2025, 18 novembre 2025, 20 janvier 2026",
     "Service formation de la métropole"),
    ("Sensibilisation à la santé mentale : repérer et orienter", "Tous agents de proximité", "½ journée (3 h 30)",
     "14 octobre 2025, 10 février 2026", "Service formation de la métropole et CLSM de Montvalès"),
    ("Accueillir une personne en souffrance psychique", "Agents métropolitains des pôles de proximité de Montvalès "
     "(2 places par session)", "2 jours (14 h)", "Calendrier du CLSM de Montvalès", "CLSM de Montvalès"),
    ("Conduite du débriefing d'équipe après un incident", "Encadrants de proximité", "1 jour (7 h)",
     "2 décembre 2025", "Cap Écoute Sud"),
]


def table():
    rows = "\n".join(
        "        <tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in FORMATIONS)
    return """      <table class="tableau">
        <caption>Formations proposées aux agents métropolitains, saison 2025-2026</caption>
        <thead><tr><th scope="col">Intitulé</th><th scope="col">Public</th><th scope="col">Durée</th>
        <th scope="col">Dates</th><th scope="col">Organisme</th></tr></thead>
        <tbody>
%s
        </tbody>
      </table>""" % rows


HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Santé et sécurité des agents de proximité | Métropole Val-de-Durance</title>
  <meta name="description" content="Prévenir les agressions, former, accompagner les agents de proximité de la métropole Val-de-Durance.">
  <link rel="stylesheet" href="/assets/css/metropole.min.css">
  <style>
    [role=tabpanel][hidden] {{ display: none; }}
    .onglets button[aria-selected=true] {{ border-bottom: 3px solid #0b6e4f; font-weight: bold; }}
    #cookie-banner {{ position: fixed; bottom: 0; left: 0; right: 0; background: #222; color: #fff; padding: 1em; }}
  </style>
</head>
<body>
  <div id="cookie-banner" role="dialog" aria-label="Gestion des cookies">
    <p>Ce site utilise des cookies de mesure d'audience et des cookies techniques nécessaires à son fonctionnement.
    Vous pouvez accepter ou refuser les cookies de mesure d'audience.
    <a href="/donnees-personnelles/">En savoir plus sur notre politique de confidentialité</a></p>
    <button type="button" id="cookies-refuser">Tout refuser</button>
    <button type="button" id="cookies-accepter">Tout accepter</button>
    <button type="button" id="cookies-personnaliser">Personnaliser</button>
  </div>
  <header class="entete">
    <a class="logo" href="/">Métropole Val-de-Durance</a>
    <nav aria-label="Menu principal">
      <ul>
        <li><a href="/la-metropole/">La Métropole</a></li>
        <li><a href="/vos-services/">Vos services</a></li>
        <li><a href="/emploi/">Emploi et carrières</a></li>
        <li><a href="/actualites/">Actualités</a></li>
        <li><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
  </header>
  <nav class="ariane" aria-label="Fil d'Ariane">
    <a href="/">Accueil</a> › <a href="/la-metropole/">La Métropole</a> › <a href="/la-metropole/ressources-humaines/">Ressources humaines</a> › <span>Santé et sécurité des agents de proximité</span>
  </nav>
  <main id="contenu">
    <h1>Santé et sécurité des agents de proximité : prévenir, former, accompagner</h1>
    <p class="chapo">La métropole Val-de-Durance (31 communes, 412 000 habitants) emploie 5 800 agents, dont 2 300
    agents de proximité : collecte et propreté, eau et assainissement, accueil des six pôles territoriaux et des
    déchetteries. Ils sont les premiers exposés aux tensions du service public. Le plan « Prévenir les agressions
    2024-2027 », adopté par le conseil métropolitain le 14 mars 2024, organise leur protection.</p>

    <div class="onglets" role="tablist" aria-label="Rubriques">
      <button role="tab" id="tab-dispositif" aria-controls="panel-dispositif" aria-selected="true">Le dispositif</button>
      <button role="tab" id="tab-former" aria-controls="panel-former" aria-selected="false">Se former</button>
      <button role="tab" id="tab-apres" aria-controls="panel-apres" aria-selected="false">Après une agression</button>
      <button role="tab" id="tab-chiffres" aria-controls="panel-chiffres" aria-selected="false">Chiffres clés</button>
    </div>

    <div role="tabpanel" id="panel-dispositif" aria-labelledby="tab-dispositif">
      <h2>Le dispositif métropolitain</h2>
      <p>Chaque pôle territorial dispose de référents prévention, agents volontaires formés qui relaient les
      consignes, recueillent les signalements et orientent leurs collègues. On compte aujourd'hui 28 référents
      prévention sur l'ensemble de la métropole.</p>
      <p>La cellule <strong>Allô Soutien Métropole</strong>, confiée au cabinet Cap Écoute Sud, répond aux agents
      métropolitains 24 h/24 et 7 j/7 au <a href="tel:+33399007610">03 99 00 76 10</a>. Les psychologues de la
      cellule assurent l'écoute immédiate et peuvent proposer jusqu'à trois consultations.</p>
      <p class="encart">Attention : les agents des communes membres et de leurs CCAS ne relèvent pas de cette
      cellule. À Montvalès, les agents de la ville et du CCAS disposent de la Ligne Écoute Agents mise en place par
      la ville avec le conseil local de santé mentale (CLSM).</p>
      <p>Dans les 19 quartiers prioritaires de la politique de la ville de la métropole, dont Les Tamaris et
      La Capelière à Montvalès, le contrat de ville métropolitain « Quartiers 2030 » soutient des actions pour les
      professionnels de première ligne : analyse des pratiques, formation, médiation.</p>
    </div>

    <div role="tabpanel" id="panel-former" aria-labelledby="tab-former">
      <h2>Se former</h2>
      <p>Les formations sont gratuites pour les agents et se déroulent sur le temps de travail. Inscription auprès
      de votre encadrant, au plus tard trois semaines avant la session.</p>
{table}
      <p>Le CLSM de Montvalès ouvre deux places par session de sa formation aux agents métropolitains travaillant
      dans les pôles de proximité de Montvalès. Les autres communes de la métropole ne proposent pas encore de
      formation équivalente.</p>
    </div>

    <div role="tabpanel" id="panel-apres" aria-labelledby="tab-apres">
      <h2>Après une agression : les bons réflexes</h2>
      <ol>
        <li>Se mettre à l'abri et alerter son encadrant ; en cas de danger, appeler le 17.</li>
        <li>Remplir une fiche d'événement indésirable (FEI) dans l'application « Vigie » dans les 48 heures.</li>
        <li>Déclarer l'accident de service dans les 15 jours, avec un certificat médical.</li>
        <li>Appeler Allô Soutien Métropole ; un débriefing collectif de l'équipe est proposé par Cap Écoute Sud dans
        les 72 heures.</li>
        <li>Demander la protection fonctionnelle auprès de la direction des ressources humaines.</li>
      </ol>
      <p>Le médecin du travail du service de santé au travail de la métropole (Dr Sylvie Marchand) reçoit tout
      agent qui en fait la demande, sans passer par sa hiérarchie.</p>
    </div>

    <div role="tabpanel" id="panel-chiffres" aria-labelledby="tab-chiffres" hidden>
      <h2>Chiffres clés 2024</h2>
      <ul>
        <li>1 046 signalements d'incidents par des agents métropolitains en 2024, contre 968 en 2023 ;</li>
        <li>58 % de ces signalements concernent des injures ou des menaces verbales, 9 % des violences
        physiques ;</li>
        <li>312 agents formés à la gestion des situations de tension en 2024 ;</li>
        <li>233 appels reçus par Allô Soutien Métropole en 2024 ;</li>
        <li>48 % des agents d'accueil de la métropole déclarent avoir subi au moins une agression verbale dans
        l'année (enquête interne de novembre 2024, 1 114 répondants).</li>
      </ul>
      <p>À titre de comparaison, ce taux est de 44 % en Provence-Alpes-Côte d'Azur (baromètre régional 2024 des
      conditions de travail dans les fonctions publiques) et de 39 % en France (enquête nationale 2023 sur
      l'accueil du public).</p>
    </div>
  </main>
  <footer class="pied">
    <p>Métropole Val-de-Durance — Direction des ressources humaines, mission santé et sécurité au travail —
    1 boulevard de la Durance, Montvalès — <a href="mailto:sante-travail@metropole-val-durance.example">sante-travail@metropole-val-durance.example</a></p>
    <p>Page mise à jour le 15 septembre 2025</p>
    <ul><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li><li><a href="/plan-du-site/">Plan du site</a></li></ul>
  </footer>
  <script>
    document.querySelectorAll('[role=tab]').forEach(function (tab) {{
      tab.addEventListener('click', function () {{
        document.querySelectorAll('[role=tab]').forEach(function (t) {{ t.setAttribute('aria-selected', 'false'); }});
        document.querySelectorAll('[role=tabpanel]').forEach(function (p) {{ p.hidden = true; }});
        tab.setAttribute('aria-selected', 'true');
        document.getElementById(tab.getAttribute('aria-controls')).hidden = false;
      }});
    }});
    document.getElementById('cookies-accepter').onclick = function () {{ document.getElementById('cookie-banner').remove(); }};
  </script>
</body>
</html>
"""


def build():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(HTML.format(table=table()))
    print(OUT)


if __name__ == "__main__":
    build()
