"""Resource-centre web page where each scheme sits in its own tab (role="tablist"/"tab"/"tabpanel", every panel
but the first carrying the `hidden` attribute), followed by a carousel of local experiences
(aria-roledescription="carousel", one slide visible), a side box, a header menu and a footer.
"""
import html
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / \
    "2026-01-08_normandie-quartiers-ressources_dispositifs-sante-mentale-onglets.html"

TABS = [
    ("clsm", "CLSM", "Conseil local de santé mentale (CLSM)", {
        "intro": "Le conseil local de santé mentale est une plateforme de concertation et de coordination entre les "
                 "élus locaux d'un territoire, la psychiatrie publique, les usagers et les aidants, et l'ensemble des "
                 "acteurs concernés (social, logement, éducation, police, justice…). Il est présidé par le maire ou un "
                 "élu local et co-animé par la psychiatrie publique.",
        "dl": [("Échelle", "une commune ou une intercommunalité"),
               ("Qui pilote ?", "le maire (ou le président de l'intercommunalité) et le chef de pôle de psychiatrie du secteur"),
               ("Financement", "le poste de coordination est le plus souvent cofinancé par l'agence régionale de santé "
                               "(ARS), souvent à hauteur de 50 %, et par la ou les collectivités ; les crédits de la "
                               "politique de la ville peuvent compléter pour les actions en quartier prioritaire"),
               ("Public", "toute la population du territoire, avec une attention aux personnes en situation de "
                          "fragilité psychique et à leurs proches"),
               ("Texte de référence", "instruction du 30 septembre 2016 relative à la consolidation et à la "
                                      "généralisation des conseils locaux de santé mentale")],
        "region": "En Normandie, on compte 34 CLSM en activité au 1er janvier 2025, dont 19 couvrent au moins un "
                  "quartier prioritaire de la politique de la ville.",
        "steps": ["une rencontre entre le maire et le chef de pôle de psychiatrie du secteur pour s'accorder sur la démarche ;",
                  "un diagnostic partagé des besoins et des ressources, avec les usagers et les aidants ;",
                  "une délibération du conseil municipal ou communautaire et une convention entre les partenaires ;",
                  "le recrutement d'un coordinateur ou d'une coordinatrice ;",
                  "l'installation de l'assemblée plénière et des premiers groupes de travail."],
        "steps_title": "Pour démarrer un CLSM, cinq étapes",
    }),
    ("ptsm", "PTSM", "Projet territorial de santé mentale (PTSM)", {
        "intro": "Le projet territorial de santé mentale, prévu par l'article 69 de la loi du 26 janvier 2016 de "
                 "modernisation de notre système de santé, organise à l'échelle d'un territoire (le plus souvent le "
                 "département) les parcours de santé et de vie des personnes vivant avec des troubles psychiques. Il "
                 "est élaboré à l'initiative des acteurs eux-mêmes, à partir d'un diagnostic territorial partagé, puis "
                 "arrêté par le directeur général de l'ARS pour une durée de cinq ans.",
        "dl": [("Échelle", "le département, le plus souvent"),
               ("Qui pilote ?", "les acteurs de la santé mentale du territoire réunis en comité de pilotage, avec un "
                                "coordinateur PTSM ; l'ARS arrête le projet"),
               ("Mise en œuvre", "le contrat territorial de santé mentale (CTSM), signé entre l'ARS et les acteurs, "
                                 "qui précise les actions, leurs financements et leurs porteurs"),
               ("Durée", "cinq ans"),
               ("Texte de référence", "article L. 3221-2 du code de la santé publique ; décret du 27 juillet 2017")],
        "list_title": "Les six priorités fixées par le décret du 27 juillet 2017",
        "list": ["le repérage précoce des troubles psychiques, l'accès au diagnostic, aux soins et aux accompagnements ;",
                 "le parcours de santé et de vie de qualité et sans rupture ;",
                 "l'accès des personnes aux soins somatiques adaptés à leurs besoins ;",
                 "la prévention et la prise en charge des situations de crise et d'urgence ;",
                 "le respect et la promotion des droits des personnes, le renforcement de leur pouvoir de décider et "
                 "d'agir et la lutte contre la stigmatisation ;",
                 "l'action sur les déterminants sociaux, environnementaux et territoriaux de la santé mentale."],
        "region": "Les cinq départements normands ont chacun leur PTSM. Les PTSM de deuxième génération couvrent la "
                  "période 2025-2030 ; celui de l'Orne a été arrêté le premier, en mars 2025.",
    }),
    ("cls", "CLS", "Contrat local de santé (CLS)", {
        "intro": "Le contrat local de santé, prévu à l'article L. 1434-10 du code de la santé publique, est signé "
                 "entre l'ARS et une collectivité territoriale (commune ou intercommunalité), souvent avec la "
                 "préfecture, l'assurance maladie et d'autres partenaires. Il décline localement le projet régional de "
                 "santé et porte sur la promotion de la santé, la prévention, l'accès aux soins et l'accompagnement "
                 "médico-social. La santé mentale peut en constituer un volet.",
        "dl": [("Échelle", "une commune ou une intercommunalité"),
               ("Qui pilote ?", "la collectivité et l'ARS, avec un coordinateur ou une coordinatrice CLS"),
               ("Durée", "généralement cinq ans"),
               ("Lien avec le CLSM", "le CLSM peut constituer le volet santé mentale du CLS, mais un volet santé "
                                     "mentale n'est pas un CLSM : le contrat fixe des engagements, le conseil réunit "
                                     "durablement les acteurs, usagers et aidants compris")],
        "region": "La Normandie compte 27 contrats locaux de santé, dont 16 comportent un volet santé mentale.",
    }),
    ("empp", "EMPP", "Équipe mobile psychiatrie-précarité (EMPP)", {
        "intro": "L'équipe mobile psychiatrie-précarité, créée par la circulaire du 23 novembre 2005, va à la "
                 "rencontre des personnes en situation de grande précarité qui ont des troubles psychiques et qui ne "
                 "demandent pas de soins : à la rue, en centre d'hébergement, en accueil de jour, en squat. Elle "
                 "intervient aussi en appui aux travailleurs sociaux, qu'elle conseille et qu'elle forme.",
        "dl": [("Rattachement", "un établissement de santé autorisé en psychiatrie"),
               ("Composition", "infirmiers, psychologue, psychiatre à temps partiel, parfois travailleur social ou "
                               "médiateur de santé pair"),
               ("Financement", "dotation de l'ARS à l'établissement de santé"),
               ("Public", "les personnes en situation de précarité et d'exclusion, quel que soit leur âge adulte, et "
                          "les professionnels qui les accompagnent"),
               ("Texte de référence", "circulaire du 23 novembre 2005 relative à la prise en charge des besoins en "
                                      "santé mentale des personnes en situation de précarité et d'exclusion")],
        "region": "Neuf EMPP interviennent en Normandie ; sept d'entre elles tiennent au moins une permanence dans un "
                  "quartier prioritaire.",
    }),
    ("paej", "PAEJ", "Point accueil écoute jeunes (PAEJ)", {
        "intro": "Le point accueil écoute jeunes est une structure de proximité qui accueille, écoute et oriente les "
                 "jeunes de 12 à 25 ans en difficulté, ainsi que leurs parents. L'accueil est gratuit, "
                 "inconditionnel, sans rendez-vous et anonyme si le jeune le souhaite. Le PAEJ n'est pas un lieu de "
                 "soins : il fait de la prévention et oriente, si besoin, vers la Maison des adolescents ou le centre "
                 "médico-psychologique.",
        "dl": [("Qui porte ?", "une association, un centre social, une collectivité"),
               ("Financement", "depuis 2021, la branche Famille de la sécurité sociale (caisses d'allocations "
                               "familiales), avec des cofinancements des collectivités et de la politique de la ville"),
               ("Public", "les 12-25 ans et leurs parents"),
               ("Équipe", "éducateurs, psychologues, conseillers conjugaux et familiaux")],
        "region": "On compte 21 PAEJ en Normandie, dont 12 ont une antenne ou une permanence dans un quartier prioritaire.",
    }),
    ("gem", "GEM", "Groupe d'entraide mutuelle (GEM)", {
        "intro": "Le groupe d'entraide mutuelle est une association de personnes concernées par des troubles "
                 "psychiques (ou par un traumatisme crânien, ou par l'autisme) qui se retrouvent dans un lieu convivial "
                 "pour rompre l'isolement, s'entraider et organiser ensemble des activités. Il repose sur la "
                 "pair-aidance : ce sont les adhérents qui décident.",
        "dl": [("Statut", "association loi 1901 d'usagers, soutenue par une association marraine et, le cas échéant, "
                          "par un organisme gestionnaire"),
               ("Financement", "subvention de l'ARS, d'environ 80 000 € par an et par GEM"),
               ("Texte de référence", "loi du 11 février 2005 ; cahier des charges fixé par l'arrêté du 27 juin 2019"),
               ("Public", "adultes concernés par des troubles psychiques, sans condition de diagnostic ni d'orientation")],
        "region": "La Normandie compte 42 GEM ; 6 sont implantés dans un quartier prioritaire.",
    }),
    ("chezsoi", "Un chez-soi d'abord", "Un chez-soi d'abord", {
        "intro": "Le dispositif Un chez-soi d'abord propose à des personnes sans abri vivant avec des troubles "
                 "psychiques sévères un accès direct à un logement ordinaire, sans condition préalable de traitement "
                 "ou d'abstinence, avec un accompagnement intensif à domicile par une équipe pluridisciplinaire "
                 "(soignants, travailleurs sociaux, médiateurs de santé pairs). Il est issu de l'approche « logement "
                 "d'abord » (Housing First).",
        "dl": [("Historique", "expérimenté de 2011 à 2016 à Lille, Marseille, Paris et Toulouse, pérennisé par le "
                              "décret du 28 décembre 2016"),
               ("Accompagnement", "une visite à domicile au moins une fois par semaine, une équipe joignable 7 jours "
                                  "sur 7"),
               ("Financement", "ARS (volet médico-social) et État (logement et hébergement)"),
               ("Public", "personnes sans abri, avec un trouble psychique sévère et des besoins élevés d'accompagnement")],
        "region": "En Normandie, deux dispositifs Un chez-soi d'abord sont ouverts, pour un total de 155 places.",
    }),
]

SLIDES = [
    ("Val-de-Risle : des adultes-relais pour aller vers les habitants",
     "Dans le quartier prioritaire des Coteaux, à Val-de-Risle, le CLSM s'appuie depuis 2022 sur deux adultes-relais "
     "médiateurs santé. En 2024, ils ont accompagné 212 habitants vers un médecin, un centre médico-psychologique ou "
     "l'ouverture de droits, contre 148 en 2023."),
    ("Saint-Aubin-sur-Orne : un GEM au cœur de la Grande-Prairie",
     "Ouvert en septembre 2023 au rez-de-chaussée d'un immeuble du bailleur social, le GEM « La Boussole » de "
     "Saint-Aubin-sur-Orne compte 47 adhérents en 2025, dont 29 habitent le quartier de la Grande-Prairie."),
    ("Mondeville-les-Bois : l'EMPP à l'accueil de jour",
     "Depuis mars 2024, l'équipe mobile psychiatrie-précarité tient une permanence chaque jeudi matin à l'accueil de "
     "jour de Mondeville-les-Bois. En dix mois, elle y a rencontré 138 personnes, dont 41 ont ensuite été suivies "
     "par le centre médico-psychologique."),
    ("Brécy-la-Forêt : le PAEJ ouvre une permanence au collège",
     "Le PAEJ de Brécy-la-Forêt tient depuis la rentrée 2024 une permanence hebdomadaire au collège Louise-Michel, "
     "situé en quartier prioritaire : 96 élèves y ont été reçus pendant l'année scolaire 2024-2025."),
]


def panel(slug, label, title, d, first):
    e = html.escape
    hid = "" if first else " hidden"
    out = [f'<div class="tabs__panel" role="tabpanel" id="panel-{slug}" aria-labelledby="tab-{slug}" tabindex="0"{hid}>',
           f'  <h3 class="tabs__title">{e(title)}</h3>',
           f'  <p>{e(d["intro"])}</p>',
           '  <dl class="fiche">']
    for k, v in d["dl"]:
        out.append(f'    <dt>{e(k)}</dt><dd>{e(v)}</dd>')
    out.append('  </dl>')
    if "list" in d:
        out.append(f'  <h4>{e(d["list_title"])}</h4>\n  <ol>')
        out += [f'    <li>{e(x)}</li>' for x in d["list"]]
        out.append('  </ol>')
    out.append(f'  <div class="encart encart--region"><p class="encart__label">En Normandie</p><p>{e(d["region"])}</p></div>')
    if "steps" in d:
        out.append(f'  <h4>{e(d["steps_title"])}</h4>\n  <ol class="etapes">')
        out += [f'    <li>{e(x)}</li>' for x in d["steps"]]
        out.append('  </ol>')
    out.append('</div>')
    return "\n".join(out)


HIDDEN = ' aria-hidden="true"'


def main():
    e = html.escape
    tabs = "\n".join(
        f'      <button type="button" class="tabs__tab" role="tab" id="tab-{s}" aria-controls="panel-{s}" '
        f'aria-selected="{"true" if i == 0 else "false"}" tabindex="{0 if i == 0 else -1}">{e(lab)}</button>'
        for i, (s, lab, _, _) in enumerate(TABS))
    panels = "\n".join(panel(s, lab, t, d, i == 0) for i, (s, lab, t, d) in enumerate(TABS))
    slides = "\n".join(
        f'      <div class="carousel__slide{" is-active" if i == 0 else ""}" role="group" aria-roledescription="slide" '
        f'aria-label="{i + 1} sur {len(SLIDES)}"{"" if i == 0 else HIDDEN}>\n'
        f'        <h3>{e(t)}</h3>\n        <p>{e(p)}</p>\n      </div>'
        for i, (t, p) in enumerate(SLIDES))
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Santé mentale dans les quartiers : quel dispositif pour quel besoin ? | Normandie Quartiers Ressources</title>
<meta name="description" content="CLSM, PTSM, CLS, EMPP, PAEJ, GEM, Un chez-soi d'abord : les dispositifs de santé mentale mobilisables dans les quartiers prioritaires, fiche par fiche.">
<link rel="canonical" href="https://www.normandie-quartiers-ressources.example/thematiques/sante-mentale/dispositifs/">
<link rel="stylesheet" href="/assets/css/nqr.min.css?v=4.2">
<script defer src="/assets/js/tabs.js"></script>
<script defer src="/assets/js/carousel.js"></script>
</head>
<body class="page-thematique">
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/logo-nqr.svg" alt="Normandie Quartiers Ressources"></a>
  <nav aria-label="Menu principal">
    <ul>
      <li><a href="/le-centre/">Le centre</a></li>
      <li><a href="/thematiques/">Thématiques</a></li>
      <li><a href="/agenda/">Agenda</a></li>
      <li><a href="/ressources/">Ressources</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
  <form class="recherche" role="search" action="/recherche/"><label for="q">Rechercher</label><input id="q" name="q"><button>OK</button></form>
</header>
<div class="fil-ariane"><a href="/">Accueil</a> › <a href="/thematiques/">Thématiques</a> › <a href="/thematiques/sante-mentale/">Santé mentale</a> › Dispositifs</div>
<div class="layout">
<div id="contenu" class="contenu">
  <h1>Santé mentale dans les quartiers : quel dispositif pour quel besoin ?</h1>
  <p class="meta">Publié le 2 septembre 2025 · Mis à jour le 8 janvier 2026 · Par Camille Hébert, chargée de mission santé</p>
  <p class="chapo">Conseil local, projet territorial, contrat local, équipe mobile… Les professionnels de la politique de la ville nous demandent souvent de démêler les dispositifs de santé mentale. Cette page les présente un par un : cliquez sur un onglet pour afficher sa fiche.</p>

  <div class="tabs">
    <div class="tabs__list" role="tablist" aria-label="Dispositifs de santé mentale">
{tabs}
    </div>
{panels}
  </div>

  <section class="temoignages" aria-labelledby="ils-l-ont-fait">
    <h2 id="ils-l-ont-fait">Ils l'ont fait en Normandie</h2>
    <div class="carousel" aria-roledescription="carousel" aria-label="Retours d'expérience">
      <button class="carousel__prev" aria-label="Précédent">‹</button>
{slides}
      <button class="carousel__next" aria-label="Suivant">›</button>
    </div>
  </section>

  <section class="a-savoir">
    <h2>Besoin d'aide pour choisir ?</h2>
    <p>Notre centre de ressources accompagne gratuitement les collectivités et les équipes des contrats de ville de Normandie. Écrivez à <a href="mailto:sante@normandie-quartiers-ressources.example">sante@normandie-quartiers-ressources.example</a> ou appelez le 02 31 00 00 00 (du lundi au jeudi).</p>
  </section>
</div>
<aside class="colonne">
  <div class="bloc">
    <h2>À l'agenda</h2>
    <ul>
      <li><strong>5 février 2026</strong> — Atelier « Monter un CLSM intercommunal », Caen, 9 h 30-16 h 30</li>
      <li><strong>12 mars 2026</strong> — Webinaire « Santé mentale et adultes-relais », 14 h-15 h 30</li>
    </ul>
  </div>
  <div class="bloc">
    <h2>Ressources</h2>
    <ul>
      <li><a href="/ressources/fiche-clsm-qpv.pdf">Fiche « CLSM et quartiers prioritaires » (PDF, 420 Ko)</a></li>
      <li><a href="/ressources/annuaire-sante-mentale-normandie/">Annuaire régional des dispositifs</a></li>
    </ul>
  </div>
</aside>
</div>
<footer class="site-footer">
  <p>Normandie Quartiers Ressources — centre de ressources politique de la ville de Normandie · 14 rue des Capucins, 14000 Caen</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/accessibilite/">Accessibilité : partiellement conforme</a> · <a href="/cookies/">Gestion des cookies</a></p>
</footer>
</body>
</html>
"""
    OUT.write_text(page, encoding="utf-8")
    print(OUT.name, OUT.stat().st_size // 1024, "KB")


if __name__ == "__main__":
    main()
