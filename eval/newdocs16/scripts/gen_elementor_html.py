# -*- coding: utf-8 -*-
"""Page HTML d'un site WordPress construit avec Elementor : divs imbriquées (section > container > column >
widget-wrap > widget > widget-container), titres en <div class="elementor-heading-title"> stylés (aucun <h1>-<h6>
dans le contenu), compteur animé, accordéon (onglets div role="button" / contenu masqué), tableau fait de divs
role="table"/"row"/"columnheader"/"cell", menu, bannière cookies, pied de page."""
import html, os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-09-29_clsm-pays-erdre_page-sante-mentale-exil-ressources.html")
n = [1000]

def nid():
    n[0] += 7
    return "%x" % (0x3a1f0 + n[0])

def widget(kind, inner):
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" '
            'data-element_type="widget" data-widget_type="%s.default"><div class="elementor-widget-container">%s'
            '</div></div>' % (nid(), kind, nid(), kind, inner))

def heading(text, size="large"):
    return widget("heading", '<div class="elementor-heading-title elementor-size-%s" style="font-size:%s;font-weight:700">%s</div>'
                  % (size, "34px" if size == "xl" else "24px", html.escape(text)))

def text(*paras):
    return widget("text-editor", "".join("<p>%s</p>" % p for p in paras))

def section(*widgets):
    inner = "".join(widgets)
    return ('<section class="elementor-section elementor-top-section elementor-element elementor-element-%s '
            'elementor-section-boxed" data-id="%s" data-element_type="section"><div class="elementor-container '
            'elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" '
            'data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">%s</div></div>'
            '</div></section>' % (nid(), nid(), inner))

def counter(num, label):
    return widget("counter", '<div class="elementor-counter"><div class="elementor-counter-number-wrapper">'
                  '<span class="elementor-counter-number" data-duration="2000" data-to-value="%s">0</span></div>'
                  '<div class="elementor-counter-title">%s</div></div>' % (num, html.escape(label)))

def accordion(items):
    out = ['<div class="elementor-accordion" role="tablist">']
    for i, (q, a) in enumerate(items, 1):
        out.append('<div class="elementor-accordion-item"><div id="elementor-tab-title-41%d" class="elementor-tab-title" '
                   'data-tab="%d" role="button" aria-controls="elementor-tab-content-41%d" aria-expanded="false">'
                   '<span class="elementor-accordion-icon"><i class="fas fa-plus"></i></span>'
                   '<a class="elementor-accordion-title" tabindex="0">%s</a></div>'
                   '<div id="elementor-tab-content-41%d" class="elementor-tab-content elementor-clearfix" data-tab="%d" '
                   'role="region" style="display:none">%s</div></div>' % (i, i, i, html.escape(q), i, i, a))
    out.append("</div>")
    return widget("accordion", "".join(out))

def div_table(caption, header, rows):
    out = ['<div class="ct-table" role="table" aria-label="%s">' % html.escape(caption),
           '<div class="ct-row ct-head" role="row">']
    out += ['<div class="ct-cell" role="columnheader"><div class="ct-inner"><span>%s</span></div></div>' % html.escape(h) for h in header]
    out.append("</div>")
    for r in rows:
        out.append('<div class="ct-row" role="row">' + "".join(
            '<div class="ct-cell" role="cell"><div class="ct-inner"><span>%s</span></div></div>' % html.escape(c) for c in r) + "</div>")
    out.append("</div>")
    return widget("html", "".join(out))

BODY = [
    section(heading("Santé mentale et exil : où s'adresser dans le Pays d'Erdre ?", "xl"),
            text("Publié le 29 septembre 2026 par le Conseil local de santé mentale intercommunal du Pays d'Erdre")),
    section(text(
        "Vous accompagnez une personne exilée qui va mal, ou vous êtes vous-même arrivé récemment en France ? Le "
        "CLSM intercommunal du Pays d'Erdre, qui réunit Chantenay-sur-Erdre, Ligné-la-Forêt et Saint-Mars-du-Bois, "
        "a recensé les lieux où l'on peut être écouté dans sa langue.",
        "Toutes les permanences ci-dessous sont <strong>gratuites et sans condition de titre de séjour</strong>. "
        "Un interprète professionnel est présent sur place ou joint par téléphone.")),
    section(counter(312, "personnes reçues en 2025 aux permanences d'écoute"),
            counter(4, "permanences par semaine"),
            counter(14, "langues proposées avec un interprète")),
    section(heading("Les permanences d'écoute avec interprète"),
            div_table("Permanences d'écoute avec interprète",
                      ["Lieu", "Jour", "Horaires", "Langues avec interprète"],
                      [["Maison de quartier des Cordiers, Chantenay-sur-Erdre", "Lundi", "14 h – 17 h", "dari, pachto, ourdou"],
                       ["Centre social La Boussole, Chantenay-sur-Erdre", "Mercredi", "9 h 30 – 12 h", "tigrigna, arabe, amharique"],
                       ["Espace santé des Hauts-de-Chantenay", "Vendredi", "13 h 30 – 16 h 30", "géorgien, russe, albanais"],
                       ["Mairie annexe de Ligné-la-Forêt", "Samedi", "10 h – 12 h", "dari, arabe, peul"]]),
            text("Les permanences sont assurées par deux psychologues de l'association Escale Trauma, spécialisée dans "
                 "l'accompagnement des victimes de violences, avec des interprètes de Passerelles Langues Santé.")),
    section(heading("Questions fréquentes"),
            accordion([
                ("Qu'est-ce que le psychotraumatisme ?",
                 "<p>Le psychotraumatisme désigne l'ensemble des troubles psychiques qui peuvent apparaître après un "
                 "événement où la personne a cru mourir ou a vu mourir : cauchemars, souvenirs qui s'imposent, "
                 "sursauts, évitement. Il se soigne, et plus tôt il est pris en charge, mieux c'est.</p>"),
                ("Faut-il avoir des papiers pour être reçu ?",
                 "<p>Non. L'accueil est inconditionnel : ni titre de séjour, ni carte Vitale, ni domiciliation ne sont "
                 "demandés. Seul un prénom suffit.</p>"),
                ("Comment réserver un interprète pour un rendez-vous ?",
                 "<p>Les professionnels du CLSM remplissent le formulaire de demande d'interprète au moins trois jours "
                 "ouvrés avant le rendez-vous. En urgence, appelez la coordination, qui organise un interprétariat "
                 "par téléphone.</p>"),
                ("Et pour les enfants et les adolescents ?",
                 "<p>La Maison des adolescents du Pays d'Erdre reçoit les 11-21 ans. Pour les familles, une consultation "
                 "transculturelle a lieu le deuxième mardi du mois au centre médico-psychologique de Chantenay-sur-Erdre.</p>"),
                ("Le CLSM du Pays d'Erdre rejoint-il le protocole de Montreval ?",
                 "<p>Le comité de pilotage du 16 septembre 2026 a voté le principe d'une adhésion au protocole "
                 "d'interprétariat du CLSM de Montreval-sur-Loire. La convention est en cours de rédaction.</p>"),
            ])),
    section(heading("Contact"),
            text("Mathis Kervella, coordinateur du CLSM intercommunal du Pays d'Erdre — 02 40 00 00 00 — "
                 "clsm@pays-erdre.example",
                 "Le CLSM est co-porté par la Communauté de communes du Pays d'Erdre et le centre hospitalier de Montreval.")),
]

PAGE = """<!DOCTYPE html>
<html lang="fr-FR">
<head><meta charset="UTF-8"><title>Santé mentale et exil : où s'adresser ? – CLSM du Pays d'Erdre</title>
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.clsm-pays-erdre.example/wp-content/plugins/elementor/assets/css/frontend.min.css' media='all' />
<style>.ct-table{display:table;width:100%}.ct-row{display:table-row}.ct-cell{display:table-cell;padding:6px}</style>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false}};</script>
</head>
<body class="page-template-default page page-id-482 elementor-default elementor-kit-6 elementor-page elementor-page-482">
<div id="cookie-law-info-bar" data-nosnippet="true"><span>Ce site utilise des cookies pour mesurer son audience. <a role="button" id="cookie_action_close_header">Accepter</a> <a role="button">Refuser</a></span></div>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<div class="elementor-section"><div class="elementor-container"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li><a href="/">Accueil</a></li><li><a href="/le-clsm/">Le CLSM</a></li><li><a href="/ressources/">Ressources</a></li><li><a href="/agenda/">Agenda</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
</div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="482" class="elementor elementor-482">
%s
</div>
<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer">
<div class="elementor-section"><div class="elementor-container"><div class="elementor-widget-container">
<div class="elementor-heading-title">CLSM du Pays d'Erdre</div><p>© 2026 CLSM intercommunal du Pays d'Erdre — Mentions légales — Plan du site — Site réalisé avec WordPress</p>
</div></div></div></div>
<script src='https://www.clsm-pays-erdre.example/wp-content/plugins/elementor/assets/js/frontend.min.js'></script>
</body></html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(PAGE.replace("%s", "\n".join(BODY), 1))
print(OUT)
