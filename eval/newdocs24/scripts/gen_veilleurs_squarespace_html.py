# -*- coding: utf-8 -*-
"""Page « Devenir veilleur » du site Squarespace de l'association Les Veilleurs du Quartier, enregistrée depuis le
navigateur (Fichier › Enregistrer sous, « page HTML seulement »).

Imitation d'un site Squarespace 7.1 : commentaire « This is Squarespace. », <body> chargé de classes de réglages
(« tweak-… »), barre d'annonce « sqs-announcement-bar », en-tête à menu doublé (bureau et menu mobile caché),
sections « page-section » avec data-section-id, blocs « sqs-block html-block » / « sqs-html-content », chiffres clés
dans des blocs de texte séparés (le nombre en <h2>, le libellé dans le bloc suivant), liste de cartes
« user-items-list » pour les étapes, bloc accordéon (« accordion-item__title », contenu dans
« accordion-item__dropdown » caché), bloc formulaire dont les champs ne sont pas dans le HTML mais dans l'attribut
JSON data-form-context que le script Squarespace rend au chargement (seuls le titre du formulaire et le bouton
« S'inscrire » sont dans la page enregistrée), bandeau de cookies Squarespace, pied de page avec « Créé avec
Squarespace », Static.SQUARESPACE_CONTEXT en <script>.
"""
import html
import json
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus",
                   "2026-03-02_veilleurs-du-quartier_devenir-veilleur.html")


def text_block(inner, bid):
    return ('<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-%s">'
            '<div class="sqs-block-content"><div class="sqs-html-content">%s</div></div></div>' % (bid, inner))


def section(sid, inner, theme="white"):
    return ('<section data-test="page-section" data-section-theme="%s" class="page-section content-width--wide '
            'full-bleed-section" data-section-id="%s"><div class="section-background"></div>'
            '<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" '
            'data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-12 span-12">%s</div></div>'
            '</div></div></div></section>' % (theme, sid, inner))


FIGS = [("47", "veilleurs et veilleuses actifs"), ("126", "personnes accompagnées en 2025"),
        ("2 870", "visites à domicile en 2025"), ("4 100", "appels de convivialité en 2025")]

STEPS = [
    ("Venir à une réunion d'information",
     "Elles ont lieu chaque deuxième jeudi du mois à 18 h à la Maison des associations. Prochaine réunion : jeudi 9 "
     "avril 2026."),
    ("Rencontrer la coordinatrice",
     "Un entretien d'une demi-heure avec Élodie Marchand pour parler de vos envies et de vos disponibilités."),
    ("Suivre la formation initiale",
     "Deux demi-journées : écouter sans juger, repérer les signes de souffrance psychique, connaître le protocole "
     "« Vigilance aînés » et savoir à qui transmettre."),
    ("Faire vos premières visites en binôme",
     "Les trois premières visites se font avec un veilleur expérimenté, puis vous êtes présenté à la personne que "
     "vous accompagnerez."),
    ("S'engager dans la durée",
     "Une visite d'environ une heure par semaine, pendant au moins six mois : les personnes âgées ont besoin de "
     "régularité."),
]

FAQ = [
    ("Faut-il une formation ou une expérience particulière ?",
     "Non. Il faut aimer écouter, être disponible une heure par semaine et accepter d'être formé. Nous "
     "demandons un extrait de casier judiciaire (bulletin n° 3) avant la première visite."),
    ("Et si la personne que je visite va mal ?",
     "Vous n'êtes jamais seul. Si vous repérez des signes inquiétants, vous remplissez avec la coordinatrice une "
     "fiche de vigilance, transmise au pôle seniors du CCAS. En cas d'urgence, appelez le 15. Tous les deux mois, "
     "une analyse de pratique est animée par une psychologue du Relais des Aidants de l'Escaut."),
    ("Qu'est-ce qu'un veilleur ne fait pas ?",
     "Nous ne faisons ni soins, ni ménage, ni courses avec l'argent des personnes, et nous ne remplaçons pas les "
     "professionnels. Un veilleur n'accepte ni cadeau ni argent."),
    ("Qui peut être accompagné ?",
     "Toute personne de 60 ans et plus vivant à Escaudières, seule ou qui se sent seule, en priorité dans les "
     "quartiers des Hauts-Prés et de la Cité Saint-Éloi. La personne elle-même, un proche, un voisin ou un "
     "professionnel peut nous la signaler."),
    ("Les visites sont-elles payantes ?",
     "Non, les visites et les appels sont entièrement gratuits pour les personnes accompagnées."),
]


def main():
    form_ctx = {
        "formName": "Je veux devenir veilleur",
        "formFields": [
            {"type": "name", "title": "Nom", "required": True},
            {"type": "email", "title": "Adresse e-mail", "required": True},
            {"type": "phone", "title": "Téléphone", "required": False},
            {"type": "select", "title": "Quartier", "options": ["Les Hauts-Prés", "Cité Saint-Éloi",
                                                                  "Autre quartier d'Escaudières"]},
            {"type": "textarea", "title": "Vos disponibilités (jours, horaires)"},
            {"type": "checkbox", "title": "Je souhaite être inscrit à la réunion d'information du 9 avril 2026"},
        ],
        "submitButtonText": "S'inscrire",
        "successMessage": "Merci ! Élodie vous rappelle sous une semaine.",
    }
    menu = ("<a href='/'>Accueil</a><a href='/qui-sommes-nous'>Qui sommes-nous</a>"
            "<a href='/devenir-veilleur' aria-current='page'>Devenir veilleur</a>"
            "<a href='/signaler'>Signaler une personne isolée</a><a href='/nous-soutenir'>Nous soutenir</a>"
            "<a href='/contact'>Contact</a>")
    parts = []
    parts.append("<!doctype html>\n<html xmlns:og=\"http://opengraphprotocol.org/schema/\" lang=\"fr-FR\">"
                 "<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
                 "initial-scale=1\"><!-- This is Squarespace. --><!-- veilleurs-du-quartier -->"
                 "<base href=\"\"><title>Devenir veilleur — Les Veilleurs du Quartier</title>"
                 "<link rel=\"canonical\" href=\"https://www.veilleurs-du-quartier.example/devenir-veilleur\"/>"
                 "<meta property=\"og:site_name\" content=\"Les Veilleurs du Quartier\"/>"
                 "<meta name=\"description\" content=\"Devenez bénévole visiteur auprès des aînés isolés "
                 "d'Escaudières.\"/>"
                 "<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {\"websiteSettings\":"
                 "{\"storeSettings\":{}},\"templateId\":\"5c5a519771c10ba3470d8101\",\"templateVersion\":\"7.1\","
                 "\"pageType\":2,\"website\":{\"siteTitle\":\"Les Veilleurs du Quartier\",\"language\":\"fr-FR\"}};"
                 "</script><link rel=\"stylesheet\" type=\"text/css\" href=\"https://static1.squarespace.example/"
                 "static/versioned-site-css/site.css\"></head>\n")
    parts.append("<body id=\"collection-65f0c2\" class=\"tweak-global-animations-enabled "
                 "tweak-global-animations-animation-type-fade header-overlay-alignment-center "
                 "tweak-transparent-header tweak-portfolio-grid-overlay-width-full primary-button-style-solid "
                 "primary-button-shape-pill form-field-style-solid collection-type-page view-item\">\n")
    parts.append("<div class=\"sqs-announcement-bar-dropzone\"><div class=\"sqs-announcement-bar\">"
                 "<div class=\"sqs-announcement-bar-content\"><p>Réunion d'information pour les futurs "
                 "veilleurs : jeudi 9 avril 2026 à 18 h, Maison des associations.</p></div>"
                 "<a class=\"sqs-announcement-bar-close\" role=\"button\" aria-label=\"Fermer l'annonce\"></a>"
                 "</div></div>\n")
    parts.append("<header data-test=\"header\" id=\"header\" class=\"header theme-col--primary\">"
                 "<div class=\"header-announcement-bar-wrapper\"><div class=\"header-inner container--fluid\">"
                 "<div class=\"header-title\"><div class=\"header-title-text\"><a href=\"/\">Les Veilleurs du "
                 "Quartier</a></div></div><div class=\"header-nav\"><nav class=\"header-nav-list\">%s</nav></div>"
                 "<div class=\"header-actions\"><a class=\"btn btn--border theme-btn--primary-inverse\" "
                 "href=\"/nous-soutenir\">Faire un don</a></div></div></div>"
                 "<div class=\"header-menu header-menu--folder-list\" data-section-theme=\"black\" "
                 "style=\"display:none\"><nav class=\"header-menu-nav-list\">%s</nav></div></header>\n"
                 % (menu, menu))
    parts.append("<main id=\"page\" class=\"container\" role=\"main\"><article class=\"sections\" "
                 "id=\"sections\" data-page-sections=\"65f0c2a1\">\n")
    parts.append(section("65f0c2a2", text_block(
        "<h1 style=\"white-space:pre-wrap;\">Personne ne devrait vieillir seul derrière sa porte.</h1>"
        "<p class=\"sqsrte-large\" style=\"white-space:pre-wrap;\">Devenez veilleur ou veilleuse : une heure par "
        "semaine pour rendre visite à une personne âgée isolée de votre quartier.</p>", "a1"), theme="dark"))
    parts.append(section("65f0c2a3", text_block(
        "<h2>Qui sommes-nous ?</h2>"
        "<p>Les Veilleurs du Quartier sont une équipe citoyenne d'habitants d'Escaudières qui rendent visite, chaque "
        "semaine, à des personnes âgées isolées des Hauts-Prés et de la Cité Saint-Éloi. L'association a été créée "
        "en octobre 2023 et a signé la charte MONALISA (mobilisation nationale contre l'isolement des âgés) en "
        "novembre 2023.</p>"
        "<h3>Une équipe citoyenne, c'est quoi ?</h3>"
        "<p>Une équipe citoyenne, c'est un groupe de bénévoles qui agissent ensemble, dans leur quartier, pour "
        "créer du lien avec des personnes âgées isolées : visites, appels, petites sorties. Ce ne sont ni des "
        "soignants ni des aides à domicile, mais des voisins qui ont du temps et de l'attention à donner.</p>",
        "b1")))
    figs = "".join(
        "<div class=\"col sqs-col-3 span-3\">%s%s</div>" % (
            text_block("<h2 style=\"text-align:center;white-space:pre-wrap;\">%s</h2>" % num, "f%da" % i),
            text_block("<p style=\"text-align:center;white-space:pre-wrap;\">%s</p>" % lab, "f%db" % i))
        for i, (num, lab) in enumerate(FIGS))
    parts.append(section("65f0c2a4", "<div class=\"row sqs-row\">%s</div>" % figs, theme="light"))
    cards = "".join(
        "<li class=\"list-item\" data-is-card-enabled=\"true\"><div class=\"list-item-content\">"
        "<div class=\"list-item-content__text-wrapper\"><h2 class=\"list-item-content__title\">%s</h2>"
        "<div class=\"list-item-content__description\"><p>%s</p></div></div></div></li>" % (html.escape(t),
                                                                                            html.escape(d))
        for t, d in STEPS)
    parts.append(section("65f0c2a5",
                         "<div class=\"user-items-list\"><div class=\"list-section-title\"><p>Devenir veilleur en "
                         "cinq étapes</p></div><ul class=\"user-items-list-item-container\" "
                         "data-layout=\"carousel\">%s</ul></div>" % cards))
    parts.append(section("65f0c2a6", text_block(
        "<h2>Ce que nous faisons</h2><p>Des visites d'une heure environ, toujours le même jour et avec le même "
        "veilleur ; des appels de convivialité pour les personnes qui ne souhaitent pas de visite ; des "
        "accompagnements au café des aînés, au marché ou au club ; une sortie collective par trimestre.</p>"
        "<p>Nous travaillons avec le pôle seniors du CCAS, l'équipe mobile de psychiatrie du sujet âgé de l'EPSM "
        "des Deux-Vallées et le Relais des Aidants de l'Escaut, dans le cadre du conseil local de santé mentale.</p>",
        "c1")))
    acc = "".join(
        "<li class=\"accordion-item\"><h4 class=\"accordion-item__heading\" aria-level=\"3\" role=\"heading\">"
        "<button class=\"accordion-item__click-target\" aria-expanded=\"false\" aria-controls=\"acc-%d\">"
        "<span class=\"accordion-item__title\">%s</span><div class=\"accordion-icon-container\" "
        "aria-hidden=\"true\"><div class=\"plus\"><div class=\"line\"></div><div class=\"line\"></div></div></div>"
        "</button></h4><div class=\"accordion-item__dropdown\" role=\"region\" id=\"acc-%d\" "
        "style=\"height:0;overflow:hidden\"><div class=\"accordion-item__description\"><p>%s</p></div></div></li>"
        % (i, html.escape(q), i, html.escape(a)) for i, (q, a) in enumerate(FAQ))
    parts.append(section("65f0c2a7",
                         "<div class=\"sqs-block accordion-block sqs-block-accordion\" data-block-type=\"69\">"
                         "<div class=\"sqs-block-content\"><h2>Questions fréquentes</h2><ul class=\"accordion-items-"
                         "container\" data-should-allow-multiple-open-items=\"false\">%s</ul></div></div>" % acc))
    parts.append(section("65f0c2a8", text_block(
        "<h2>L'équipe</h2><p><strong>Élodie Marchand</strong>, coordinatrice (salariée)<br>"
        "<strong>Jean-Pierre Wattebled</strong>, président, facteur retraité et veilleur depuis la création<br>"
        "<strong>Aïcha Bensaïd</strong>, référente des veilleurs de la Cité Saint-Éloi</p>"
        "<h2>Nous trouver</h2><p>Maison des associations, 12 place Roger-Salengro, Escaudières<br>"
        "Permanence le mardi et le jeudi de 14 h à 17 h<br>Téléphone : 03 27 31 55 08<br>"
        "<a href=\"mailto:bonjour@veilleurs-du-quartier.example\">bonjour@veilleurs-du-quartier.example</a></p>",
        "d1") + "<div class=\"sqs-block form-block sqs-block-form\" data-block-type=\"9\" id=\"block-e1\">"
        "<div class=\"sqs-block-content\"><div class=\"form-wrapper\"><div class=\"form-title\">Je veux devenir "
        "veilleur</div><div class=\"react-form-contents\" data-form-context=\"%s\"></div><noscript>Activez "
        "JavaScript pour afficher le formulaire.</noscript><div class=\"form-button-wrapper\"><button "
        "class=\"button sqs-system-button sqs-editable-button\" type=\"submit\">S'inscrire</button></div></div>"
        "</div></div>" % html.escape(json.dumps(form_ctx, ensure_ascii=False), quote=True)))
    parts.append("</article></main>\n")
    parts.append("<footer class=\"sections\" id=\"footer-sections\" data-footer-sections>" + section(
        "65f0c2a9", text_block(
            "<p>Les Veilleurs du Quartier — association loi 1901, membre de l'équipe citoyenne MONALISA du Nord. "
            "Avec le soutien de la Ville d'Escaudières, de la Conférence des financeurs du Nord et de la Fondation "
            "des Deux-Vallées.</p><p><a href=\"/mentions-legales\">Mentions légales</a> · <a href=\"/"
            "confidentialite\">Confidentialité</a></p><p class=\"sqsrte-small\">Créé avec Squarespace</p>", "z1"),
        theme="black") + "</footer>\n")
    parts.append("<div class=\"sqs-cookie-banner-v2-wrapper\" role=\"dialog\" aria-label=\"Bannière de cookies\">"
                 "<div class=\"sqs-cookie-banner-v2\"><div class=\"sqs-cookie-banner-v2-text\"><p>Ce site utilise "
                 "des cookies pour mesurer l'audience et améliorer votre expérience.</p></div>"
                 "<div class=\"sqs-cookie-banner-v2-cta-container\"><button class=\"sqs-cookie-banner-v2-accept\">"
                 "Accepter</button><button class=\"sqs-cookie-banner-v2-decline\">Refuser</button>"
                 "<button class=\"sqs-cookie-banner-v2-manage\">Gérer les cookies</button></div></div></div>\n")
    parts.append("<script src=\"https://assets.squarespace.example/universal/scripts-compressed/"
                 "website.components.accordion.js\" defer></script>"
                 "<script>window.Squarespace.afterBodyLoad(Y);</script>\n</body></html>\n")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("".join(parts))
    print(OUT)


if __name__ == "__main__":
    main()
