# -*- coding: utf-8 -*-
"""Page « Nos visites de convivialité » du site Wix de l'association Les Fils d'Argent (fictive), telle que la sert
le moteur de rendu Wix (Thunderbolt) : balise generator « Wix.com Website Builder », conteneurs #SITE_CONTAINER /
#SITE_HEADER / #PAGES_CONTAINER / #SITE_FOOTER, sections « wixui-section » et éléments « comp-xxxxxxxx » placés par des
règles CSS de grille et de positions absolues (l'ordre du code n'est pas tout à fait l'ordre visuel), texte enrichi
« data-testid=richTextElement » découpé en <span> par style (parfois au milieu d'un mot), paragraphes vides à espace
de largeur nulle, compteurs en grands chiffres dans un élément distinct de leur libellé, une « FAQ » qui n'est qu'une
iframe d'application tierce (son contenu n'est pas dans la page), répéteur de témoignages, bouton de réservation,
menu doublé pour le mobile, scripts de données (JSON-LD, warmup data) et pied de page « Créé avec Wix.com ».
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-11-05_les-fils-d-argent_visites-de-convivialite.html")

_ids = iter("lx3k0a1q lx3k0a2r lx3k0a3s lx3k0a4t lx3k0a5u lx3k0a6v lx3k0a7w lx3k0a8x lx3k0a9y lx3k0b0z lx3k0b1a "
            "lx3k0b2b lx3k0b3c lx3k0b4d lx3k0b5e lx3k0b6f lx3k0b7g lx3k0b8h lx3k0b9i lx3k0c0j lx3k0c1k lx3k0c2l "
            "lx3k0c3m lx3k0c4n lx3k0c5o lx3k0c6p lx3k0c7q lx3k0c8r lx3k0c9s lx3k0d0t lx3k0d1u lx3k0d2v lx3k0d3w "
            "lx3k0d4x lx3k0d5y lx3k0d6z lx3k0e0a lx3k0e1b lx3k0e2c lx3k0e3d lx3k0e4e lx3k0e5f lx3k0e6g lx3k0e7h "
            "lx3k0e8i lx3k0e9j lx3k0f0k lx3k0f1l lx3k0f2m lx3k0f3n lx3k0f4o lx3k0f5p lx3k0f6q lx3k0f7r".split())
CSS = []


def cid(top=None, left=None, width=None):
    i = "comp-" + next(_ids)
    if top is not None:
        CSS.append("#%s{position:absolute;top:%dpx;left:%dpx;width:%dpx;}" % (i, top, left, width))
    return i


def rich(paras, top=None, left=None, width=None):
    """Élément de texte enrichi Wix ; paras = liste de (balise, classe, html intérieur)."""
    i = cid(top, left, width)
    inner = "".join('<%s class="%s wixui-rich-text__text">%s</%s>' % (t, c, h, t) for t, c, h in paras)
    return ('<div id="%s" class="HcOXKn SxM0TO QxJLC3 comp-%s wixui-rich-text" data-testid="richTextElement">%s'
            '</div>' % (i, i[5:], inner))


def sp(text, style="", cls="wixui-rich-text__text"):
    st = ' style="%s"' % style if style else ""
    return '<span%s class="%s">%s</span>' % (st, cls, text)


EMPTY = ('p', 'font_8', sp("\u200b"))


def section(inner, label):
    i = cid()
    return ('<section id="%s" tabindex="-1" class="Oqnisv wixui-section" data-block-level-container="ClassicSection">'
            '<div id="bgLayers_%s" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" '
            'class="LWbAav Kv1aVt"></div><div id="bgMedia_%s" class="VgO9Yg"></div></div>'
            '<div data-mesh-id="%sinlineContent" data-testid="inline-content" class=""><div data-mesh-id='
            '"%sinlineContent-gridContainer" data-testid="mesh-container-content" aria-label="%s">%s</div></div>'
            '</section>' % (i, i, i, i, i, label, inner))


def counter(number, label, top, left):
    return (rich([("h2", "font_0", sp(number, "color:#B5523B;font-weight:bold;"))], top, left, 220) +
            rich([("p", "font_8", sp(label, "color:#2F5D62;"))], top + 90, left, 220))


MENU = [("Accueil", "/"), ("Qui sommes-nous ?", "/qui-sommes-nous"), ("Visites de convivialité", "/visites-de-convivialite"),
        ("Devenir bénévole", "/devenir-benevole"), ("Actualités", "/blog"), ("Contact", "/contact")]


def menu(idx):
    items = "".join('<li class="wixui-dropdown-menu__item" data-testid="%s"><a data-testid="linkElement" href='
                    '"https://www.lesfilsdargent.example%s" class="UiHgGh"%s><div class="yRj2ms"><p class="_pfxlW">%s</p>'
                    '</div></a></li>' % (idx, h, ' aria-current="page"' if h == "/visites-de-convivialite" else "", t)
                    for t, h in MENU)
    return items


def build():
    hero = section(
        rich([("h1", "font_0", sp("Rompre l'isolement,", "color:#FFFFFF;") + "<br class=\"wixui-rich-text__text\">" +
               sp("une visite à la fois", "color:#F4EBDC;font-style:italic;"))], 120, 80, 620) +
        rich([("p", "font_7", sp("Depuis 2011, nos bénévoles rendent visite chaque semaine à des personnes âgées "
                                "isolées des quartiers des Hauts-Cailly et du Clos-Saint-Marc, à Montferville.",
                                "color:#FFFFFF;"))], 330, 80, 560) +
        '<div id="%s" class="comp-button wixui-button" aria-disabled="false"><a data-testid="linkElement" href='
        '"https://www.lesfilsdargent.example/contact" class="uDW_Qe"><span class="l7_2fn wixui-button__label">'
        'Demander une visite</span></a></div>' % cid(430, 80, 240) +
        '<wow-image id="img_%s" class="HlRz5e" data-image-info=\'{"imageData":{"width":1600,"height":900,"uri":'
        '"a1b2c3_visite-mme-odette.jpg","alt":"Une bénévole et une dame âgée autour d\'un café"}}\'>'
        '<img src="https://static.wixstatic.example/media/a1b2c3_visite-mme-odette.jpg/v1/fill/w_980,h_551/'
        'visite.jpg" alt="Une bénévole et une dame âgée autour d\'un café" fetchpriority="high"></wow-image>' % cid(),
        "Bandeau")

    # Le bloc « chiffres » est placé visuellement sous « Qui sommes-nous », mais vient avant dans le code.
    chiffres = section(
        rich([("h2", "font_2", sp("Notre année 2024 en chiffres", "color:#2F5D62;"))], 40, 80, 600) +
        counter("64", "bénévoles actifs", 120, 80) +
        counter("212", "personnes âgées accompagnées", 120, 330) +
        counter("3\u00a0480", "visites et appels de convivialité", 120, 580) +
        counter("82 ans", "âge moyen des personnes que nous accompagnons", 120, 830) +
        rich([("p", "font_9", sp("Chiffres arrêtés au 31 décembre 2024 et présentés à l'assemblée générale du 15 mars "
                                "2025. 73 % des personnes accompagnées vivent seules, 81 % sont des femmes.",
                                "color:#555555;font-size:13px;"))], 300, 80, 900),
        "Chiffres")

    qui = section(
        rich([("h2", "font_2", sp("Qui sommes-", "color:#2F5D62;") + sp("nous\u00a0?", "color:#B5523B;")),
              ("p", "font_8", sp("Les Fils d'Argent est une association loi 1901 créée en 2011 par des habitants des "
                                 "Hauts-Cailly, inquiets de voir leurs voisins âgés rester seuls derrière leur porte. "
                                 "Elle est reconnue comme ") + sp("équipe citoyenne MONALISA", "font-weight:bold;") +
               sp(" depuis 2016, dans le cadre de la Mobilisation nationale contre l'isolement des âgés.")),
              EMPTY,
              ("p", "font_8", sp("Notre équipe : ") + sp("Mireille Lepetit", "font-weight:bold;") +
               sp(", présidente bénévole ; ") + sp("Joëlle Marais", "font-weight:bold;") +
               sp(", coordinatrice salariée à 0,8 équivalent temps plein ; et une soixantaine de bénévoles de 19 à 84 "
                  "ans, dont beaucoup habitent le quartier.")),
              ("p", "font_8", sp("Notre budget 2024 s'est élevé à 61\u00a0300 euros, financé à 58 % par des "
                                 "subventions publiques (Ville de Montferville, CARSAT Normandie, Conférence des "
                                 "financeurs) et pour le reste par les cotisations, les dons et le soutien de Logéo Caux "
                                 "Habitat."))], 40, 80, 880),
        "Qui sommes-nous")

    comment = section(
        rich([("h2", "font_2", sp("Comment se passent les visites\u00a0?", "color:#2F5D62;"))], 40, 80, 700) +
        "".join(
            '<div id="%s" class="wixui-repeater__item" role="listitem">%s%s</div>' % (
                cid(), rich([("h3", "font_4", sp(n, "color:#B5523B;font-size:44px;"))]),
                rich([("h4", "font_5", sp(t, "font-weight:bold;")), ("p", "font_8", sp(d))]))
            for n, t, d in [
                ("1", "On nous signale une personne", "La personne elle-même, un proche, un voisin, le CCAS, un "
                 "gardien d'immeuble ou un soignant nous appelle ou remplit le formulaire de contact."),
                ("2", "Une visite de rencontre", "Dans les quinze jours, deux bénévoles viennent faire connaissance "
                 "avec la personne, chez elle, et lui présentent l'association. Rien n'est imposé."),
                ("3", "Un binôme attitré", "Si la personne le souhaite, un bénévole attitré lui rend visite chaque "
                 "semaine, pendant une heure environ, ou l'appelle si elle préfère le téléphone. Café, promenade, "
                 "jeux, courses ensemble : c'est elle qui choisit."),
                ("4", "Un point tous les six mois", "La coordinatrice fait le point avec la personne et le bénévole, "
                 "et ajuste le rythme des visites."),
            ]) +
        rich([("p", "font_8", sp("Les visites sont ") + sp("gratuites", "font-weight:bold;") +
               sp(". Nos bénévoles ne remplacent ni les aides à domicile ni les soignants : ils apportent de la "
                  "compagnie et font le lien avec les professionnels quand quelque chose les inquiète."))], 620, 80,
             880),
        "Comment ça marche")

    alerte = section(
        rich([("h3", "font_4", sp("⚠\ufe0f Nous ne sommes pas un service d'urgence", "color:#B5523B;")),
              ("p", "font_8", sp("Si une personne est en danger immédiat, appelez le ") + sp("15", "font-weight:bold;") +
               sp(". Si elle traverse une crise suicidaire, ou si vous êtes inquiet pour elle, le ") +
               sp("3114", "font-weight:bold;") + sp(" répond 24 h/24 et 7 j/7.")),
              ("p", "font_8", sp("Depuis l'automne 2025, nos bénévoles sont formés comme sentinelles du réseau ") +
               sp("Vigie Aînés", "font-style:italic;") + sp(" de la Ville de Montferville : quand ils repèrent une "
                                                           "détresse, ils transmettent une fiche d'alerte à la "
                                                           "coordination du CLSM."))], 40, 80, 880),
        "Alerte")

    actu = section(
        rich([("h2", "font_2", sp("Actualité", "color:#2F5D62;")),
              ("h3", "font_4", sp("Nos bénévoles deviennent sentinelles")),
              ("p", "font_9", sp("Publié le 5 novembre 2025 · 2 min de lecture", "color:#888888;")),
              ("p", "font_8", sp("Onze de nos bénévoles ont suivi la formation de sentinelle « Vigie Aînés » lors des "
                                 "sessions du 23 septembre et du 21 octobre, aux côtés de gardiens d'immeuble et "
                                 "d'aides à domicile. Une session réservée aux bénévoles des Fils d'Argent aura lieu "
                                 "en février 2026 : nous visons 40 bénévoles formés d'ici l'été 2026.")),
              ("p", "font_8", sp("« On ose maintenant poser la question, même si c'est difficile. Le mois dernier, "
                                 "une dame m'a dit qu'elle ne voyait plus l'intérêt de continuer. J'ai rempli la fiche, "
                                 "l'équipe mobile l'a appelée le surlendemain », raconte Rémi, bénévole depuis 2019."))],
             40, 80, 880),
        "Actualité")

    temoins = section(
        rich([("h2", "font_2", sp("Ils en parlent", "color:#2F5D62;"))], 40, 80, 600) +
        '<div id="%s" class="wixui-repeater" role="list">%s</div>' % (cid(), "".join(
            '<div id="%s" class="wixui-repeater__item" role="listitem">%s</div>' % (
                cid(), rich([("p", "font_7", sp(q, "font-style:italic;")), ("p", "font_9", sp(a, "font-weight:bold;"))]))
            for q, a in [
                ("« Le jeudi, c'est le jour de Nathalie. Je mets la nappe. Avant, je ne parlais à personne de la "
                 "semaine. »", "Mme Odette, 87 ans, Le Clos-Saint-Marc"),
                ("« Mon père ne voulait voir personne. Le bénévole a commencé par le téléphone, puis il est venu jouer "
                 "aux dominos. »", "Farid, fils d'un monsieur accompagné"),
                ("« Je reçois autant que je donne. Et on n'est jamais seul : il y a le groupe de parole. »",
                 "Rémi, bénévole depuis 2019"),
            ])), "Témoignages")

    benevole = section(
        rich([("h2", "font_2", sp("Deven", "color:#2F5D62;") + sp("ir bénévole", "color:#B5523B;")),
              ("p", "font_8", sp("Vous avez deux heures par semaine ? Rejoignez-nous. Chaque nouveau bénévole :")),
              ("ul", "font_8", "".join('<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">%s</p>'
                                       '</li>' % sp(x) for x in [
                                           "suit une formation initiale de deux demi-journées (écoute, posture, "
                                           "repères sur le vieillissement) ;",
                                           "signe la charte du bénévole des Fils d'Argent ;",
                                           "commence en binôme avec un bénévole expérimenté ;",
                                           "participe, s'il le souhaite, au groupe de parole mensuel animé par une "
                                           "psychologue ;",
                                           "peut suivre la formation de sentinelle Vigie Aînés (une journée)."])),
              EMPTY,
              ("p", "font_8", sp("Réunion d'information tous les premiers mardis du mois à 18 h, à la Maison des "
                                 "associations."))], 40, 80, 880),
        "Bénévolat")

    faq = section(
        rich([("h2", "font_2", sp("Questions fréquentes", "color:#2F5D62;"))], 40, 80, 600) +
        '<div id="%s" class="wixui-tpa-widget" data-testid="tpaWidget"><iframe title="FAQ" aria-label="FAQ" '
        'scrolling="no" allowfullscreen="" allow="autoplay; camera; microphone; geolocation; vr" '
        'src="https://faq.wixapps.example/index?compId=comp-lx3kfaq&amp;instance=XyZ&amp;locale=fr&amp;viewMode=site" '
        'style="width:100%%;height:640px" loading="lazy"></iframe></div>' % cid(),
        "FAQ")

    contact = section(
        rich([("h2", "font_2", sp("Nous contacter", "color:#2F5D62;")),
              ("p", "font_8", sp("Maison des associations", "font-weight:bold;") +
               "<br class=\"wixui-rich-text__text\">" + sp("4, rue des Tisserands") +
               "<br class=\"wixui-rich-text__text\">" + sp("76450 Montferville")),
              ("p", "font_8", sp("Permanences : mardi et jeudi, de 14 h à 17 h")),
              ("p", "font_8", sp("Tél. 02 35 00 41 27") + "<br class=\"wixui-rich-text__text\">" +
               sp('<a href="mailto:contact@lesfilsdargent.example" class="wixui-rich-text__text">'
                  'contact@lesfilsdargent.example</a>'))], 40, 80, 420) +
        rich([("h3", "font_4", sp("Nos partenaires")),
              ("p", "font_8", sp("Ville de Montferville · CCAS de Montferville · Conseil local de santé mentale · "
                                 "CARSAT Normandie · Logéo Caux Habitat · MONALISA"))], 40, 560, 420),
        "Contact")

    # ordre du code : hero, chiffres, qui (visuellement qui avant chiffres), etc.
    CSS.append("#SITE_PAGES section:nth-of-type(2){order:3}#SITE_PAGES section:nth-of-type(3){order:2}")
    body_sections = hero + chiffres + qui + comment + alerte + actu + temoins + benevole + faq + contact

    html = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Visites de convivialité | Les Fils d'Argent</title>
<meta name="description" content="Visites de convivialité gratuites pour les personnes âgées isolées de Montferville : comment ça marche, devenir bénévole, nous contacter.">
<link rel="canonical" href="https://www.lesfilsdargent.example/visites-de-convivialite">
<meta property="og:title" content="Visites de convivialité | Les Fils d'Argent">
<meta property="og:url" content="https://www.lesfilsdargent.example/visites-de-convivialite">
<meta property="og:site_name" content="Les Fils d'Argent">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Les Fils d'Argent","address":{"@type":"PostalAddress","streetAddress":"4, rue des Tisserands","addressLocality":"Montferville","postalCode":"76450","addressCountry":"FR"},"telephone":"+33 2 35 00 41 27"}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["tpaCommons","assetsLoader","router","seo"],"site":{"metaSiteId":"7f3e-0000-example","isPremium":true},"language":{"userLanguage":"fr"}}</script>
<style id="css_masterPage">
body{margin:0;min-width:980px;font-family:madefor-text,helvetica,sans-serif}
.font_0{font:normal normal bold 64px/1.2em 'playfair display',serif;}
.font_2{font:normal normal normal 38px/1.3em 'playfair display',serif;}
.font_4{font:normal normal bold 24px/1.4em madefor-display,sans-serif;}
.font_5{font:normal normal bold 18px/1.4em madefor-display,sans-serif;}
.font_7{font:normal normal normal 20px/1.6em madefor-text,sans-serif;}
.font_8{font:normal normal normal 16px/1.6em madefor-text,sans-serif;}
.font_9{font:normal normal normal 14px/1.5em madefor-text,sans-serif;}
[data-mesh-id$=inlineContent-gridContainer]{position:relative;display:grid;grid-template-rows:1fr;grid-template-columns:100%%;min-height:520px}
#MOBILE_MENU{display:none}
%s
</style>
</head>
<body class="responsive">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"></div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div id="comp-logo" class="wixui-rich-text" data-testid="richTextElement"><p class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.lesfilsdargent.example/">Les Fils d'Argent</a></span></p></div>
<nav id="DrpDwnMn0" aria-label="Site" class="wixui-dropdown-menu"><ul class="menu">%s</ul></nav>
<div id="MOBILE_MENU" class="wixui-mobile-menu" aria-hidden="true"><nav aria-label="Site mobile"><ul>%s</ul></nav></div>
</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true">
<div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="Cq2F9" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div class="HT5ybB"><div id="Cq2F9" class="Cq2F9 wixui-page"><div data-mesh-id="Cq2F9inlineContent" data-testid="inline-content" class="">
%s
</div></div></div></div></div>
</main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
<div id="comp-foot1" class="wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">Les Fils d'Argent · Association loi 1901 · 4, rue des Tisserands, 76450 Montferville</span></p>
<p class="font_9 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">Mentions légales · Politique de confidentialité</span></p>
<p class="font_9 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">© 2025 par Les Fils d'Argent. Créé avec </span><span class="wixui-rich-text__text"><a href="https://www.wix.example" target="_blank">Wix.com</a></span></p></div>
</div></footer>
</div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
</div></div>
<script type="text/javascript">window.viewerModel = {"requestUrl":"https://www.lesfilsdargent.example/visites-de-convivialite","siteAssets":{"clientTopology":{"staticMediaUrl":"https://static.wixstatic.example/media"}}};</script>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.e8c1c9f1.bundle.min.js" async></script>
</body>
</html>
""" % ("\n".join(CSS), menu("menu-desktop"), menu("menu-mobile"), body_sections)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    build()
    print("écrit", OUT)
