# -*- coding: utf-8 -*-
"""Génère la page « Questions fréquentes » de la ville de Vesonde sur la cellule de veille logement et santé
mentale, page HTML5 autonome (.html).

Mise en page voulue : en-tête de site et menu, fil d'Ariane, chapô, douze questions, chacune dans un
<details> dont le <summary> contient un <h3>, réponses en paragraphes et listes, un encadré « Bon à savoir » dans
une réponse, barre latérale <aside> avec les contacts (tableau), date de mise à jour dans <time>, pied de site.

Tout est inventé (ville, département, structures, personnes, chiffres, numéros en 03 99 00, domaines .example) ;
seuls les numéros nationaux d'urgence (15, 17, 18, 112, 3114) sont réels.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-02-05_ville-vesonde_faq-cellule-veille-logement.html")

FAQ = [
    ("Qu'est-ce que la cellule de veille logement et santé mentale ?",
     """<p>C'est une instance de coordination créée en janvier 2021 par le conseil local de santé mentale (CLSM) et le
     centre communal d'action sociale (CCAS). Une fois par mois, des professionnels du logement, du soin et de
     l'action sociale y examinent ensemble la situation d'habitants de Vesonde qui risquent de perdre leur logement
     et qui semblent en grande souffrance psychique.</p>
     <p>Son but n'est pas de décider à la place des personnes, mais de trouver avec elles une solution : reprise
     des soins, aide pour régler une dette, mesure de protection, relogement plus adapté.</p>"""),
    ("Qui peut demander l'examen d'une situation ?",
     """<p>Seuls les professionnels des structures membres peuvent saisir la cellule, au moyen d'une fiche de
     saisine. Un habitant ne peut pas la saisir lui-même : il peut en revanche s'adresser au CCAS, à son bailleur,
     à son assistante sociale ou à son médecin, qui jugeront avec lui de l'utilité d'une saisine.</p>"""),
    ("Je m'inquiète pour un voisin : que faire ?",
     """<p>Appelez l'accueil <strong>Allô Solidarités</strong> du CCAS au 03 99 00 41 00. Un travailleur social
     recueillera votre inquiétude et prendra contact avec les services compétents. Votre nom ne sera jamais
     communiqué à la personne concernée.</p>
     <p>En cas de danger immédiat (odeur de gaz, départ de feu, personne inconsciente, menace de passage à l'acte),
     appelez directement le 15, le 17, le 18 ou le 112.</p>"""),
    ("La personne concernée est-elle prévenue ?",
     """<p>Oui. La personne est informée de la saisine et de son objet avant que sa situation soit examinée, et son
     accord est recherché. Une situation n'est examinée sans information préalable qu'en cas d'urgence vitale.</p>"""),
    ("Mon bailleur peut-il poursuivre une procédure d'expulsion pendant l'examen de ma situation ?",
     """<p>Pour les locataires d'<strong>Habitat Loue-Vesonde</strong>, la charte de partenariat signée en novembre
     2024 prévoit que le bailleur suspend toute nouvelle démarche contentieuse pendant trois mois après la saisine
     de la cellule, une suspension renouvelable une fois.</p>
     <p>Les autres bailleurs ne sont pas encore engagés par cette charte. Val de Loue Logement, membre invité de la
     cellule, devrait la signer en juin 2026.</p>
     <div class="bon-a-savoir"><p><strong>Bon à savoir</strong> — Pendant la trêve hivernale, du 1er novembre au 31
     mars, aucune expulsion ne peut être exécutée, même si elle a été ordonnée par un juge. La procédure, elle, peut
     continuer : il ne faut pas attendre le printemps pour demander de l'aide.</p></div>"""),
    ("Qu'est-ce que le syndrome de Diogène, et que fait la ville ?",
     """<p>On parle de syndrome de Diogène lorsqu'une personne vit dans un logement très encombré ou insalubre, se
     néglige, s'isole et refuse l'aide qu'on lui propose. Ce n'est pas une maladie en soi, mais une situation qui
     appelle souvent une évaluation médicale.</p>
     <p>Le service communal d'hygiène et de santé (SCHS) peut se rendre sur place avec l'équipe mobile psychiatrie
     précarité du centre hospitalier. Un débarras et un nettoyage peuvent être financés par la ville sur les crédits
     du contrat de ville, avec l'accord de l'occupant.</p>"""),
    ("Qu'est-ce que le programme Un chez-soi d'abord ?",
     """<p>C'est un programme de « logement d'abord » destiné aux personnes sans abri qui vivent avec des troubles
     psychiques sévères : elles accèdent directement à un logement ordinaire et sont accompagnées chez elles par
     une équipe pluridisciplinaire. Le site de la Haute-Loue, ouvert en octobre 2023, compte 55 places ; l'ARS a
     validé en novembre 2025 son extension à 70 places, effective au 1er septembre 2026.</p>
     <p>Les orientations passent exclusivement par le SIAO de la Haute-Loue.</p>"""),
    ("Combien de situations la cellule examine-t-elle ?",
     """<p>En 2025, la cellule a examiné 91 situations (chiffre provisoire), contre 79 en 2024 et 38 lors de sa
     première année de fonctionnement. Près de deux sur trois concernent des habitants des quartiers des Grands
     Prés et de Champ-Fleuri.</p>"""),
    ("Est-ce payant ?",
     """<p>Non. L'examen d'une situation par la cellule est gratuit pour les personnes. Son fonctionnement est
     financé par l'agence régionale de santé, l'État (DDETS de la Haute-Loue), le contrat de ville et la Ville de
     Vesonde.</p>"""),
    ("Dans quel délai une situation est-elle examinée ?",
     """<p>La cellule se réunit le troisième jeudi de chaque mois. En 2025, il s'est écoulé en moyenne 17 jours entre
     la réception de la fiche de saisine et l'examen de la situation. En cas d'urgence, une réunion restreinte peut
     se tenir sous 72 heures.</p>"""),
    ("Les informations me concernant sont-elles protégées ?",
     """<p>Oui. Les professionnels sont tenus au secret professionnel et ne partagent que les informations
     strictement nécessaires. Les situations sont présentées sous un numéro, sans nom. Vous pouvez demander à la
     coordinatrice du CLSM si votre situation a été examinée et quelles informations vous concernant sont
     conservées ; elles sont détruites trois ans après la clôture de la situation.</p>"""),
    ("J'ai des impayés de loyer : qui peut m'aider ?",
     """<ul>
       <li>votre bailleur, le plus tôt possible, pour convenir d'un plan d'apurement ;</li>
       <li>la maison départementale des solidarités (MDS), pour une demande d'aide au fonds de solidarité pour le
       logement (FSL) ;</li>
       <li>la CAF, si vous percevez une aide au logement ;</li>
       <li>l'ADIL de la Haute-Loue, pour des conseils juridiques gratuits sur la procédure (03 99 00 45 10).</li>
     </ul>"""),
]

CONTACTS = [
    ("CCAS — Allô Solidarités", "03 99 00 41 00", "du lundi au vendredi, 8 h 30 – 17 h"),
    ("Coordinatrice du CLSM (Claire Montagnon)", "03 99 00 41 20", "clsm@vesonde.example"),
    ("EMPP Passerelle (professionnels)", "03 99 00 63 30", "du lundi au vendredi, 9 h – 17 h"),
    ("Habitat Loue-Vesonde, accueil", "03 99 00 52 00", "www.habitat-loue.example"),
    ("Un chez-soi d'abord Haute-Loue", "03 99 00 58 40", "orientation par le SIAO"),
    ("ADIL de la Haute-Loue", "03 99 00 45 10", "conseil juridique gratuit"),
    ("Prévention du suicide", "3114", "24 h/24, 7 j/7"),
]


def build():
    items = "\n".join(
        '      <details id="q%d">\n        <summary><h3>%s</h3></summary>\n        <div class="reponse">\n        %s\n'
        "        </div>\n      </details>" % (i, q, a.strip()) for i, (q, a) in enumerate(FAQ, 1))
    rows = "\n".join("          <tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td></tr>" % c for c in CONTACTS)
    return """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Cellule de veille logement et santé mentale : questions fréquentes — Ville de Vesonde</title>
  <meta name="description" content="Tout savoir sur la cellule de veille logement et santé mentale de Vesonde.">
  <style>
    body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
    header {{ background: #5B2A4E; color: #fff; padding: 1em 2em; }}
    nav ul {{ list-style: none; display: flex; gap: 1.5em; padding: 0; }}
    nav a {{ color: #fff; }}
    .wrap {{ display: flex; gap: 2em; padding: 1em 2em; }}
    main {{ flex: 3; }}
    aside {{ flex: 1; background: #F4ECE4; padding: 1em; border-left: 4px solid #B9822C; }}
    details {{ border-bottom: 1px solid #ddd; padding: .4em 0; }}
    summary h3 {{ display: inline; font-size: 1.05em; color: #5B2A4E; }}
    .bon-a-savoir {{ background: #FFF6E0; border: 1px solid #B9822C; padding: .5em 1em; }}
    footer {{ background: #333; color: #ccc; padding: 1em 2em; font-size: .85em; }}
  </style>
</head>
<body>
  <header>
    <p class="site"><a href="https://www.vesonde.example/" style="color:#fff">Ville de Vesonde</a></p>
    <nav aria-label="Menu principal">
      <ul>
        <li><a href="https://www.vesonde.example/ma-ville/">Ma ville</a></li>
        <li><a href="https://www.vesonde.example/solidarites/">Solidarités</a></li>
        <li><a href="https://www.vesonde.example/sante/">Santé</a></li>
        <li><a href="https://www.vesonde.example/logement/">Logement</a></li>
        <li><a href="https://www.vesonde.example/demarches/">Démarches</a></li>
      </ul>
    </nav>
  </header>
  <p class="ariane"><a href="https://www.vesonde.example/">Accueil</a> › <a
     href="https://www.vesonde.example/sante/">Santé</a> › <a href="https://www.vesonde.example/sante/clsm/">Conseil
     local de santé mentale</a> › Cellule de veille logement : questions fréquentes</p>
  <div class="wrap">
    <main>
      <h1>Cellule de veille logement et santé mentale : vos questions, nos réponses</h1>
      <p class="chapo">Impayés qui s'accumulent, logement encombré, voisin en détresse : à Vesonde, une cellule
      réunit chaque mois les professionnels du logement, du soin et de l'action sociale pour éviter qu'une
      personne en souffrance psychique ne perde son logement. Voici les réponses aux questions que vous nous posez
      le plus souvent.</p>
{items}
      <p class="maj">Page mise à jour le <time datetime="2026-02-05">5 février 2026</time> par la direction de la
      santé publique.</p>
    </main>
    <aside aria-labelledby="contacts-titre">
      <h2 id="contacts-titre">Contacts utiles</h2>
      <table>
        <thead><tr><th>Service</th><th>Téléphone</th><th>Précisions</th></tr></thead>
        <tbody>
{rows}
        </tbody>
      </table>
      <p>Maison des solidarités (CCAS), 4 rue des Tanneurs, Vesonde. Accès bus lignes 2 et 5, arrêt
      Tanneurs.</p>
      <p>En cas d'urgence médicale : 15 ou 112.</p>
    </aside>
  </div>
  <footer>
    <p>Ville de Vesonde — Hôtel de ville, place de la République — 03 99 00 40 00 — <a
    href="https://www.vesonde.example/mentions-legales/" style="color:#ccc">Mentions légales</a> — <a
    href="https://www.vesonde.example/accessibilite/" style="color:#ccc">Accessibilité : partiellement
    conforme</a></p>
  </footer>
</body>
</html>
""".format(items=items, rows=rows)


with open(OUT, "w", encoding="utf-8") as f:
    f.write(build())
print("écrit :", OUT)
