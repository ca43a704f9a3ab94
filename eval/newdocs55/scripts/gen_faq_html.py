# -*- coding: utf-8 -*-
"""Génère la page web « Handicap psychique : vos questions » du site du Département de la Haute-Sâline
(mise à jour du 4 novembre 2025), en HTML5 : en-tête de site et menu, fil d'Ariane (<nav aria-label>),
ligne « Dernière mise à jour », questions en <h3> dans des <div> d'accordéon (bouton + panneau replié),
un encadré « À retenir », deux tableaux avec <caption> (capacités du département, allocataires de l'AAH
Haute-Sâline / région / France), pied de site.

Tout est inventé (personnes, structures, chiffres, numéros en 03 99 00, domaines .example).
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-04_departement-haute-saline_faq-handicap-psychique.html")

FAQ = [
    ("Qu'est-ce que le handicap psychique ?",
     ["<p>Le handicap psychique désigne les limitations durables de la vie quotidienne et sociale qui découlent "
      "d'une maladie psychique (schizophrénie, troubles bipolaires, dépression sévère…). Il est reconnu par la loi "
      "du 11 février 2005. Il se distingue du handicap mental : les capacités intellectuelles sont le plus souvent "
      "préservées, mais leur mise en œuvre est fluctuante.</p>"]),
    ("Comment déposer une demande auprès de la MDPH ?",
     ["<p>La demande se fait avec le formulaire Cerfa n° 15692, de préférence en ligne sur "
      "<a href=\"https://mdph-en-ligne.haute-saline.example\">mdph-en-ligne.haute-saline.example</a>, accompagné "
      "d'un certificat médical de moins d'un an. Le délai moyen de traitement était de 5,8 mois en 2024 ; il est "
      "de 4,7 mois en moyenne sur les neuf premiers mois de 2025.</p>",
      "<p>Pour être aidé à remplir le dossier : l'accueil de la MDPH (03 99 00 50 00) ou les permanences dans "
      "les maisons France services, dont celle des Combes à Montbrenay le deuxième mardi du mois.</p>"]),
    ("Qu'est-ce que la RQTH et à quoi sert-elle ?",
     ["<p>La reconnaissance de la qualité de travailleur handicapé (RQTH) est attribuée par la CDAPH. Elle ouvre "
      "l'accès à l'emploi accompagné, aux aides de l'AGEFIPH et au réseau Cap emploi. Elle est accordée pour une "
      "durée de 1 à 10 ans, ou sans limitation de durée lorsque le handicap est irréversible. La personne n'a "
      "jamais l'obligation de la signaler à son employeur.</p>"]),
    ("Qu'est-ce que l'AAH et quel est son montant ?",
     ["<p>L'allocation aux adultes handicapés (AAH) garantit un minimum de ressources. Elle est décidée par la "
      "CDAPH et versée par la CAF ou la MSA. Son montant maximal est de 1 033,32 € par mois depuis le "
      "1er avril 2025. Elle peut se cumuler en partie avec des revenus d'activité.</p>"]),
    ("Quelle différence entre un SAVS et un SAMSAH ?",
     ["<p>Les deux services accompagnent la personne chez elle et dans la cité, sur décision d'orientation de la "
      "CDAPH. Le service d'accompagnement à la vie sociale (SAVS) est financé par le seul Département. Le service "
      "d'accompagnement médico-social pour adultes handicapés (SAMSAH) ajoute une dimension de soins "
      "(coordination des soins, infirmiers) : il est cofinancé par le Département et par l'assurance maladie, "
      "via l'ARS.</p>"]),
    ("Qu'est-ce que l'emploi accompagné ?",
     ["<p>Le dispositif d'emploi accompagné (DEA) soutient durablement la personne et son employeur, avant et "
      "après l'embauche, sans limite de durée. En Haute-Sâline, il est porté par Tremplin Sâline pour tout le "
      "département et financé par l'ARS, l'AGEFIPH et le FIPHFP. On y accède sur décision de la CDAPH ou, "
      "depuis le 1er janvier 2024, sur orientation directe de France Travail ou de Cap emploi.</p>"]),
    ("Qu'est-ce qu'un habitat inclusif ?",
     ["<p>L'habitat inclusif est un logement ordinaire, choisi par ses habitants, qui partagent un projet de vie "
      "sociale. Ce n'est pas un établissement : aucune orientation de la CDAPH n'est nécessaire. Le projet de vie "
      "sociale est animé grâce à l'aide à la vie partagée (AVP), versée par le Département et cofinancée à 80 % "
      "par la CNSA. En Haute-Sâline, l'AVP est de 8 500 € par habitant et par an.</p>"]),
    ("Qu'est-ce qu'un GEM et qui le finance ?",
     ["<p>Un groupe d'entraide mutuelle (GEM) est une association de personnes concernées par des troubles "
      "psychiques, qui organisent elles-mêmes des activités et des temps d'échange. L'accès est libre. Les GEM "
      "sont financés par l'ARS ; le Département n'intervient pas dans leur financement. Le département compte "
      "5 GEM, dont La Passerelle à Montbrenay.</p>"]),
    ("Que faire si je ne suis pas d'accord avec une décision de la MDPH ?",
     ["<p>Il faut d'abord former un recours administratif préalable obligatoire (RAPO) auprès de la MDPH dans les "
      "deux mois qui suivent la notification. Ce n'est qu'ensuite que le tribunal judiciaire peut être saisi. "
      "Une conciliation par une personne qualifiée est également possible.</p>"]),
]

CAPA = [("SAMSAH", "3", "95 places"), ("SAVS", "7", "340 places"),
        ("Dispositif d'emploi accompagné", "1", "90 places"), ("ESAT", "10", "836 places"),
        ("Habitat inclusif (AVP)", "9 projets", "61 habitants"), ("Groupes d'entraide mutuelle", "5", "—")]
AAH = [("Haute-Sâline", "7 140", "3,9"), ("Bourgogne-Franche-Comté", "61 300", "3,6"),
       ("France", "1 390 000", "3,4")]


def main():
    parts = []
    for i, (q, ans) in enumerate(FAQ, 1):
        parts.append(
            '      <div class="accordion-item">\n'
            '        <h3 class="accordion-header" id="q%d"><button class="accordion-button collapsed" type="button" '
            'data-bs-toggle="collapse" data-bs-target="#r%d" aria-expanded="false" aria-controls="r%d">%s</button>'
            '</h3>\n'
            '        <div id="r%d" class="accordion-collapse collapse" aria-labelledby="q%d">\n'
            '          <div class="accordion-body">\n            %s\n          </div>\n        </div>\n'
            '      </div>' % (i, i, i, html.escape(q), i, i, "\n            ".join(ans)))
    capa = "\n".join('          <tr><th scope="row">%s</th><td>%s</td><td>%s</td></tr>' % r for r in CAPA)
    aah = "\n".join('          <tr><th scope="row">%s</th><td>%s</td><td>%s</td></tr>' % r for r in AAH)
    page = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Handicap psychique : vos questions - Département de la Haute-Sâline</title>
  <link rel="stylesheet" href="/assets/css/bootstrap.min.css">
  <link rel="stylesheet" href="/assets/css/departement.css">
  <script src="/assets/js/bootstrap.bundle.min.js" defer></script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({'page': 'faq-handicap-psychique'});</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/"><img src="/assets/img/logo-haute-saline.svg" alt="Département de la Haute-Sâline"></a>
    <nav class="main-menu" aria-label="Menu principal">
      <ul>
        <li><a href="/le-departement/">Le Département</a></li>
        <li><a href="/solidarites/">Solidarités</a></li>
        <li><a href="/routes-mobilites/">Routes et mobilités</a></li>
        <li><a href="/colleges/">Collèges</a></li>
        <li><a href="/demarches/">Mes démarches</a></li>
      </ul>
    </nav>
  </header>
  <main id="contenu">
    <nav aria-label="Fil d'Ariane" class="breadcrumb">
      <ol>
        <li><a href="/">Accueil</a></li>
        <li><a href="/solidarites/">Solidarités</a></li>
        <li><a href="/solidarites/autonomie-handicap/">Autonomie et handicap</a></li>
        <li aria-current="page">Handicap psychique : vos questions</li>
      </ol>
    </nav>
    <h1>Handicap psychique : vos questions</h1>
    <p class="maj">Dernière mise à jour : 4 novembre 2025</p>
    <p class="chapo">Vous vivez avec des troubles psychiques, vous accompagnez un proche ou vous êtes un
    professionnel ? Retrouvez les réponses aux questions les plus fréquentes sur les droits et les services
    en Haute-Sâline, département de la région Bourgogne-Franche-Comté.</p>
    <div class="accordion" id="faq">
%s
    </div>
    <aside class="encadre">
      <h2>À retenir</h2>
      <p>Le Département consacre 41,2 millions d'euros en 2025 à l'accompagnement des adultes handicapés
      (services, établissements, PCH). Les 10 places de SAMSAH créées à Montbrenay en 2026 seront financées
      conjointement avec l'ARS Bourgogne-Franche-Comté.</p>
    </aside>
    <h2>Quelques chiffres</h2>
    <table class="table">
      <caption>Capacités d'accueil et d'accompagnement en Haute-Sâline au 1er septembre 2025</caption>
      <thead><tr><th scope="col">Type de service</th><th scope="col">Nombre</th><th scope="col">Capacité</th></tr></thead>
      <tbody>
%s
      </tbody>
    </table>
    <table class="table">
      <caption>Allocataires de l'AAH au 31 décembre 2024</caption>
      <thead><tr><th scope="col">Territoire</th><th scope="col">Allocataires</th><th scope="col">Pour 100 habitants de 20 à 64 ans</th></tr></thead>
      <tbody>
%s
      </tbody>
    </table>
    <p class="source">Sources : MDPH de la Haute-Sâline, Direction de l'autonomie, CNAF (données au 31 décembre 2024).</p>
    <div class="contact">
      <h2>Contact</h2>
      <p>Direction de l'autonomie du Département de la Haute-Sâline - 03 99 00 50 80 -
      <a href="mailto:autonomie@haute-saline.example">autonomie@haute-saline.example</a></p>
    </div>
  </main>
  <footer class="site-footer">
    <p>Département de la Haute-Sâline - Hôtel du Département - 99 100 Montbrenay</p>
    <ul><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li><li><a href="/plan-du-site/">Plan du site</a></li></ul>
  </footer>
</body>
</html>
""" % ("\n".join(parts), capa, aah)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page)
    print(OUT)


if __name__ == "__main__":
    main()
