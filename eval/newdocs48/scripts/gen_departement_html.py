# -*- coding: utf-8 -*-
"""Génère l'article HTML du site du Département de Haute-Ornelle « Logement et santé mentale : prévenir les
expulsions, agir face à l'incurie » : bandeau cookies, en-tête et menu, fil d'Ariane, article avec chiffres
départementaux 2024, accordéon de questions fréquentes en <details><summary>, glossaire en <dl>, barre latérale
« À lire aussi » (liens datés), pied de site.

Tout est inventé (département, structures, chiffres, numéros en 03 99 00, domaines .example).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus",
                   "2025-06-12_departement-haute-ornelle_logement-sante-mentale-expulsions.html")

FAQ = [
    ("Je suis locataire et je n'arrive plus à payer mon loyer : que faire ?",
     "<p>N'attendez pas : prévenez votre bailleur dès le premier mois d'impayé et demandez un plan d'apurement. "
     "Prenez rendez-vous avec un travailleur social de la maison départementale des solidarités (MDS) la plus "
     "proche ou du CCAS de votre commune. Il vérifiera vos droits (aides au logement de la CAF, FSL) et pourra "
     "vous orienter vers un Point conseil budget. Continuez à payer ce que vous pouvez, même une partie du "
     "loyer : c'est un élément pris en compte par le FSL et par le juge.</p>"),
    ("Qui peut saisir la CCAPEX ?",
     "<p>La CCAPEX peut être saisie par le bailleur, par le locataire lui-même, par un travailleur social, par "
     "la CAF ou la MSA, et par les services de l'État. Les bailleurs sociaux doivent la saisir au moins deux mois "
     "avant toute assignation en justice pour impayé. La sous-commission de l'arrondissement de Montferrange se "
     "réunit le deuxième mardi de chaque mois ; la commission plénière départementale se réunit quatre fois par "
     "an.</p>"),
    ("Comment déposer une demande d'aide au FSL ?",
     "<p>La demande est constituée avec un travailleur social (MDS, CCAS, bailleur, association) ou déposée "
     "directement en ligne sur <a href=\"https://fsl.haute-ornelle.example\">fsl.haute-ornelle.example</a>. "
     "Joignez le dernier avis d'imposition, les justificatifs de ressources des trois derniers mois, le bail et, "
     "pour un impayé, le décompte du bailleur. La commission FSL se réunit chaque semaine ; en 2024, le délai "
     "moyen de décision a été de 24 jours. L'aide au maintien dans le logement est plafonnée à 2 000 € par "
     "ménage et par an ; elle peut prendre la forme d'une subvention, d'un prêt sans intérêt ou des deux.</p>"),
    ("Un voisin vit dans un logement très encombré, avec des odeurs : à qui le signaler ?",
     "<p>Signalez la situation à la mairie (service d'hygiène) ou au bailleur si le logement est loué. Évitez "
     "d'intervenir vous-même : ces situations d'incurie cachent souvent une souffrance psychique et un grand "
     "isolement, et un nettoyage imposé peut aggraver les choses. À Montferrange, les professionnels (bailleur, "
     "CCAS, MDS, médecin) peuvent présenter la situation à la commission des situations complexes du conseil "
     "local de santé mentale, qui cherche une solution avec la personne. Les habitants ne saisissent pas "
     "directement cette commission. En cas de danger immédiat (incendie, personne inanimée), appelez le 18 ou "
     "le 112.</p>"),
    ("Qu'est-ce que l'EMPP et comment la joindre ?",
     "<p>L'équipe mobile psychiatrie précarité « Passerelle » de l'EPSM de Haute-Ornelle va à la rencontre des "
     "personnes en grande précarité qui ont des troubles psychiques et ne demandent pas de soins : dans la rue, "
     "dans les accueils de jour, en hébergement et, depuis 2023, au domicile des locataires des quartiers "
     "prioritaires. Elle est sollicitée par les professionnels, du lundi au vendredi de 9 h à 17 h, au "
     "03 99 00 52 18. Elle ne fait pas d'urgence psychiatrique : en cas d'urgence, appelez le 15.</p>"),
    ("Le Département finance-t-il le programme « Un chez-soi d'abord » ?",
     "<p>Non. Le dispositif « Un chez-soi d'abord » de Valmoreau est financé par l'Assurance maladie, via "
     "l'ARS Grand Est, et par l'État. Le Département siège à son comité de pilotage et y oriente, par "
     "l'intermédiaire du SIAO, des personnes suivies par ses services. En revanche, le Département cofinance à "
     "hauteur de 12 000 € par an le fonds d'intervention incurie de la commission des situations complexes de "
     "Montferrange.</p>"),
]

GLOSSARY = [
    ("CCAPEX", "Commission de coordination des actions de prévention des expulsions locatives. Coprésidée par le "
     "préfet et le président du conseil départemental, elle examine les situations d'impayé ou de trouble de "
     "jouissance qui risquent d'aboutir à une expulsion et coordonne les aides."),
    ("FSL", "Fonds de solidarité pour le logement. Géré par le Département, il accorde des aides financières "
     "pour accéder à un logement, s'y maintenir (impayés de loyer) ou payer les factures d'énergie et d'eau."),
    ("PDALHPD", "Plan départemental d'action pour le logement et l'hébergement des personnes défavorisées "
     "(2023-2028 en Haute-Ornelle), copiloté par l'État et le Département."),
    ("SIAO", "Service intégré d'accueil et d'orientation : il gère le numéro d'urgence 115 et oriente les "
     "demandes d'hébergement et de logement accompagné. En Haute-Ornelle, il est géré par l'association "
     "Trajectoires."),
    ("EMPP", "Équipe mobile psychiatrie précarité : équipe de l'hôpital psychiatrique qui va vers les personnes "
     "en situation de précarité ayant des troubles psychiques."),
    ("CLSM", "Conseil local de santé mentale : espace de concertation entre élus, psychiatrie, usagers, aidants "
     "et acteurs sociaux d'un territoire."),
    ("AVDL", "Accompagnement vers et dans le logement : accompagnement social de ménages en difficulté, financé "
     "par l'État, pour accéder à un logement ou s'y maintenir."),
    ("Incurie", "Négligence grave de soi-même et de son logement (accumulation, manque d'hygiène, nuisibles) qui "
     "met en danger la santé ou la sécurité."),
    ("Syndrome de Diogène", "Forme extrême d'incurie associant accumulation, isolement et refus d'aide ; ce "
     "n'est pas un diagnostic médical en tant que tel."),
    ("Logement d'abord", "Politique qui vise à proposer directement un logement ordinaire aux personnes sans "
     "domicile, avec un accompagnement, sans passer par une succession d'hébergements."),
]

SIDEBAR = [
    ("2025-05-20", "20 mai 2025", "PDALHPD 2023-2028 : le bilan à mi-parcours"),
    ("2025-04-14", "14 avril 2025", "Points conseil budget : quatre permanences dans les quartiers prioritaires"),
    ("2025-02-03", "3 février 2025", "FSL : ce qui change avec le règlement intérieur 2025"),
    ("2024-11-28", "28 novembre 2024", "Grand froid : le 115 renforcé tout l'hiver"),
]


def main():
    faq = "\n".join('      <details class="accordion"%s>\n        <summary>%s</summary>\n        %s\n      </details>'
                    % (" open" if i == 0 else "", q, a) for i, (q, a) in enumerate(FAQ))
    dl = "\n".join("        <dt>%s</dt>\n        <dd>%s</dd>" % (t, d) for t, d in GLOSSARY)
    side = "\n".join('          <li><a href="/actualites/%s"><time datetime="%s">%s</time> — %s</a></li>'
                     % (iso, iso, lab, t) for iso, lab, t in SIDEBAR)
    html = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Logement et santé mentale : prévenir les expulsions, agir face à l'incurie — Département de Haute-Ornelle</title>
  <meta name="description" content="FSL, CCAPEX, EMPP, incurie : les dispositifs du Département de Haute-Ornelle.">
  <link rel="stylesheet" href="/assets/css/site.css">
  <style>.accordion summary{cursor:pointer;font-weight:bold}#cookie-banner{position:fixed;bottom:0}</style>
  <script>window.dataLayer=window.dataLayer||[];function tc(){dataLayer.push(arguments)}tc('consent','default',{'analytics':'denied'});</script>
</head>
<body>
  <div id="cookie-banner" role="dialog" aria-label="Gestion des cookies">
    <p>Ce site utilise des cookies de mesure d'audience. Vous pouvez les accepter, les refuser ou personnaliser vos choix.</p>
    <button type="button">Tout accepter</button> <button type="button">Tout refuser</button> <button type="button">Personnaliser</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">Haute-Ornelle — le Département</a>
    <nav aria-label="Menu principal">
      <ul>
        <li><a href="/solidarites/">Solidarités</a></li>
        <li><a href="/enfance-famille/">Enfance et famille</a></li>
        <li><a href="/autonomie/">Autonomie</a></li>
        <li><a href="/routes-mobilite/">Routes et mobilité</a></li>
        <li><a href="/le-departement/">Le Département</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Fil d'Ariane">
    <ol>
      <li><a href="/">Accueil</a></li>
      <li><a href="/solidarites/">Solidarités</a></li>
      <li><a href="/solidarites/logement/">Logement</a></li>
      <li aria-current="page">Logement et santé mentale</li>
    </ol>
  </nav>
  <div class="layout">
    <main id="contenu">
      <article>
        <h1>Logement et santé mentale : prévenir les expulsions, agir face à l'incurie</h1>
        <p class="meta">Publié le <time datetime="2025-06-12">12 juin 2025</time> — Direction de l'habitat et de l'insertion</p>
        <p class="chapo">Impayés qui s'accumulent, logement qui se dégrade, voisinage inquiet : derrière beaucoup de
        procédures d'expulsion se cache une souffrance psychique. Le Département, chef de file de l'action sociale,
        s'appuie sur le fonds de solidarité pour le logement et sur ses partenaires de la psychiatrie pour agir
        plus tôt.</p>
        <h2>Les chiffres 2024 en Haute-Ornelle</h2>
        <p>En 2024, le FSL a accordé <strong>3 412 aides</strong> dans le département (contre 3 155 en 2023), pour un
        montant total de <strong>2,87 millions d'euros</strong> : 1 876 aides à l'accès au logement, 1 204 aides au
        maintien dans le logement et 332 aides pour l'énergie et l'eau. L'aide au maintien s'est élevée en moyenne à
        1 130 € par ménage.</p>
        <p>La CCAPEX a examiné <strong>1 286 situations</strong> en 2024, dont 274 par la sous-commission de
        l'arrondissement de Montferrange. Dans le département, 2 140 commandements de payer et 1 118 assignations ont
        été enregistrés ; le concours de la force publique a été accordé 212 fois, et <strong>148 expulsions</strong>
        ont été effectivement réalisées avec le concours de la force publique (131 en 2023).</p>
        <p>Selon les bailleurs sociaux, près d'un ménage sur trois en procédure d'expulsion présente des difficultés
        de santé mentale connues d'un professionnel. C'est pourquoi le Département soutient les coopérations avec
        l'équipe mobile psychiatrie précarité (EMPP) « Passerelle » et avec les conseils locaux de santé mentale.</p>
        <h2>Vos questions</h2>
%s
        <h2>Lexique</h2>
        <dl class="glossary">
%s
        </dl>
        <p class="contact">Contact : direction de l'habitat et de l'insertion, pôle prévention des expulsions —
        03 99 00 20 64 — <a href="mailto:prevention.expulsions@haute-ornelle.example">prevention.expulsions@haute-ornelle.example</a></p>
      </article>
    </main>
    <aside class="sidebar" aria-label="À lire aussi">
      <h2>À lire aussi</h2>
      <ul>
%s
      </ul>
      <p class="numero-utile">Numéro d'urgence sociale : 115 (gratuit, 24 h/24)</p>
    </aside>
  </div>
  <footer class="site-footer">
    <p>Département de Haute-Ornelle — Hôtel du Département, 1 place de la Préfecture — 03 99 00 20 00</p>
    <ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/cookies">Gestion des cookies</a></li></ul>
  </footer>
  <script src="/assets/js/accordion.js"></script>
</body>
</html>
""" % (faq, dl, side)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(html)
    print("écrit", OUT)


if __name__ == "__main__":
    main()
