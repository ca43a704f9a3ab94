# -*- coding: utf-8 -*-
"""Page de l'intranet Confluence (Data Center 8.x) de Varèze Habitat, espace « Gestion locative et sociale » (GLS),
exportée par l'espace (Outils de l'espace › Contenu › Exporter › HTML) : un fichier .html par page, qu'un membre du
CLSM a récupéré dans l'archive.

Imitation de l'export HTML de Confluence :
- en-tête XHTML ancien (<META http-equiv…>, « styles/site.css »), <title> et titre « Espace : Titre de la page » ;
- fil d'Ariane <ol id="breadcrumbs"> des pages parentes ;
- ligne de métadonnées « Créé par …, dernière modification par … le déc. 02, 2025 » (date au format américain
  traduit, comme Confluence l'écrit en français) ;
- corps dans <div id="main-content" class="wiki-content group"> : titres h1 dans le corps (le titre de la page est
  déjà un h1), identifiants Confluence « Titredelapage-Titredusoustitre » ;
- macro « Propriétés de la page » (tableau clé / valeur confluenceTh / confluenceTd), statut en « lozenge »
  VALIDÉ, mention d'utilisateur en lien confluence-userlink, date en <time datetime> ;
- macro Table des matières côté client, vide dans l'export ;
- macros Info / Remarque / Avertissement (confluence-information-macro-…), avec titre facultatif ;
- macro Développer (expand-container) repliée par défaut, contenu présent dans le HTML ;
- liste de tâches (inline-task-list) avec tâches cochées (class="checked") et échéances ;
- tableau « relative-table wrapped confluenceTable » avec colgroup ;
- section « Pièces jointes : » en fin de page (greybox, puces bullet_blue.gif, types MIME), pied « Document généré
  par Confluence le … » et lien « Atlassian ».
"""
import html
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2025-12-02_vareze-habitat_referent-sante-mentale-confluence.html")

PAGE = "Référent santé mentale : missions, saisine et circuit des alertes"
SPACE = "Gestion locative et sociale"
PAGE_ID = "187531274"


def anchor(title):
    """Identifiant de titre à la manière de Confluence : titre de page sans espaces, tiret, titre sans espaces."""
    strip = lambda s: re.sub(r"\s+", "", s)
    return strip(PAGE) + "-" + strip(title)


def macro(kind, body, title=None, icon=None):
    icon = icon or {"information": "info", "note": "warning", "warning": "error", "tip": "approve"}[kind]
    t = '<p class="title conf-macro-render">%s</p>' % html.escape(title) if title else ""
    return ('<div class="confluence-information-macro %sconfluence-information-macro-%s conf-macro output-block" '
            'data-hasbody="true" data-macro-name="%s">%s<span class="aui-icon aui-icon-small aui-iconfont-%s '
            'confluence-information-macro-icon"> </span><div class="confluence-information-macro-body">%s</div></div>'
            % ("has-title " if title else "", kind, {"information": "info", "note": "note", "warning": "warning",
                                                     "tip": "tip"}[kind], t, icon, body))


def user(name, login):
    return ('<a href="https://confluence.vareze-habitat.example/display/~%s" class="confluence-userlink user-mention" '
            'data-username="%s" data-linked-resource-id="%s" data-linked-resource-version="1" '
            'data-linked-resource-type="userinfo" data-base-url="https://confluence.vareze-habitat.example">%s</a>'
            % (login, login, {"jmarcadet": 38207716, "aroux": 21053384}[login], name))


def h1(title):
    return '<h1 id="%s">%s</h1>' % (html.escape(anchor(title), quote=True), html.escape(title))


def table(header, rows, widths):
    cols = "".join('<col style="width: %s%%;"/>' % w for w in widths)
    head = "<tr>" + "".join('<th class="confluenceTh">%s</th>' % c for c in header) + "</tr>"
    body = "".join("<tr>" + "".join('<td class="confluenceTd">%s</td>' % c for c in r) + "</tr>" for r in rows)
    return ('<div class="table-wrap"><table class="relative-table wrapped confluenceTable" style="width: 98.0%%;">'
            '<colgroup>%s</colgroup><tbody>%s%s</tbody></table></div>' % (cols, head, body))


def main():
    jm = user("Julien Marcadet", "jmarcadet")
    ar = user("Amandine Roux", "aroux")
    props = (
        '<div class="plugin-tabmeta-details conf-macro output-block" data-hasbody="true" data-macro-name="details">'
        '<div class="table-wrap"><table class="confluenceTable"><colgroup><col/><col/></colgroup><tbody>'
        '<tr><th class="confluenceTh">Statut</th><td class="confluenceTd"><span class="status-macro aui-lozenge '
        'aui-lozenge-success conf-macro output-inline" data-hasbody="false" data-macro-name="status">VALIDÉ</span>'
        '</td></tr>'
        '<tr><th class="confluenceTh">Propriétaire</th><td class="confluenceTd">' + jm + '</td></tr>'
        '<tr><th class="confluenceTh">Public</th><td class="confluenceTd">Gardiens, chargés de clientèle, '
        'conseillers sociaux, responsables d\'agence</td></tr>'
        '<tr><th class="confluenceTh">Version</th><td class="confluenceTd">1.3</td></tr>'
        '<tr><th class="confluenceTh">Dernière revue</th><td class="confluenceTd"><time datetime="2025-12-02" '
        'class="date-past">02 déc. 2025</time></td></tr>'
        '<tr><th class="confluenceTh">Prochaine revue</th><td class="confluenceTd"><time datetime="2026-06-30" '
        'class="date-future">30 juin 2026</time></td></tr>'
        '</tbody></table></div></div>')

    toc = ('<p><style type="text/css">/*<![CDATA[*/\ndiv.rbtoc1764667242117 {padding: 0px;}\n'
           'div.rbtoc1764667242117 ul {list-style: disc;margin-left: 0px;}\n/*]]>*/</style></p>'
           '<div class="toc-macro client-side-toc-macro conf-macro output-block" '
           'data-headerelements="H1,H2,H3,H4,H5,H6,H7" data-hasbody="false" data-macro-name="toc"> </div>')

    parts = [
        props,
        macro("information", "<p>Cette page remplace la note interne NI-2024-07 « Locataires en difficulté psychique ». "
              "Elle tient compte du protocole partenarial « Habiter et soigner » (version de travail V4), en cours de "
              "signature avec le CLSM de Varèze Agglomération.</p>"),
        toc,
        h1("Le poste"),
        "<p>Le poste de référent santé mentale a été créé le 1<sup>er</sup> mars 2025 au sein de la Direction de la "
        "proximité et de la cohésion sociale. Il est occupé par " + jm + ", conseiller en économie sociale et "
        "familiale de formation, rattaché à " + ar + ", responsable de la proximité.</p>"
        "<p>Le référent couvre l'ensemble du patrimoine de Varèze Habitat sur l'agglomération, soit 5 240 logements, "
        "dont 3 100 dans les quartiers prioritaires des Aubépins et du Grand Pré.</p>",
        h1("Missions"),
        "<ul><li>Recevoir et analyser les fiches d'alerte des gardiens et des chargés de clientèle.</li>"
        "<li>Aller à la rencontre du locataire : appel, courrier, visite à domicile, en binôme si besoin.</li>"
        "<li>Faire le lien avec le CMP, le médecin traitant, le CCAS et le service social du Département.</li>"
        "<li>Présenter les situations bloquées à la CASC du CLSM et suivre le plan d'accompagnement décidé.</li>"
        "<li>Conseiller les équipes de proximité : appui téléphonique, débriefing après un incident.</li>"
        "<li>Participer à la commission territoriale de la CCAPEX quand un locataire suivi y est examiné.</li></ul>",
        macro("note", "<p>Le référent n'est pas soignant : il ne pose pas de diagnostic et ne remplace ni le médecin "
              "traitant ni le CMP.</p>"),
        h1("Quand saisir le référent ?"),
        "<p>Remplir une fiche d'alerte dès qu'un de ces signes est observé chez un locataire :</p>"
        "<ul><li>comportement inhabituel ou inquiétant (propos incohérents, agitation, menaces, cris répétés) ;</li>"
        "<li>logement encombré, odeurs sur le palier, nuisibles signalés par les voisins ;</li>"
        "<li>plaintes répétées de voisins liées au comportement d'un locataire ;</li>"
        "<li>repli : volets toujours fermés, courrier qui s'accumule, absence prolongée inexpliquée ;</li>"
        "<li>refus répétés d'accès au logement pour l'entretien (chaudière, VMC, désinsectisation) ;</li>"
        "<li>impayé récent chez un locataire jusque-là à jour, associé à des signes d'isolement.</li></ul>"
        "<p><strong>Ne pas attendre une accumulation de plaintes : une seule fiche suffit.</strong> Le gardien "
        "transmet la fiche dans les 48 heures qui suivent le constat.</p>",
        h1("Circuit d'une alerte"),
        table(["Étape", "Qui", "Délai", "Outil"], [
            ["1. Repérage et fiche d'alerte", "Gardien ou chargé de clientèle", "48 h après le constat",
             "Fiche d'alerte v3 (formulaire Teams « Alerte SM »)"],
            ["2. Accusé de réception et premier contact", "Référent santé mentale", "5 jours ouvrés",
             "Appel au gardien, puis courrier ou appel au locataire"],
            ["3. Visite à domicile", "Référent + infirmier du CMP (ou de l'EMSL à partir de mars 2026)",
             "15 jours", "Grille d'évaluation habitat (échelle CIR)"],
            ["4. Présentation en CASC si la situation est bloquée", "Référent santé mentale",
             "Séance mensuelle (2e mardi)", "Fiche de saisine du CLSM"],
            ["5. Suivi et retour au gardien", "Référent santé mentale", "3 mois",
             "Point oral ou message au gardien, sans information médicale"]],
            [22, 26, 18, 34]),
        macro("warning", "<p>Le référent santé mentale n'est pas un dispositif d'urgence. En cas de danger grave et "
              "immédiat (menace suicidaire, violence, risque d'incendie ou d'explosion, personne inanimée) : appeler "
              "le 15 (SAMU), le 17 ou le 112, puis prévenir son responsable d'agence. Numéro national de prévention "
              "du suicide : 3114.</p>", title="Urgence"),
        h1("Contenu de la fiche d'alerte"),
        '<div id="expander-1482095513" class="expand-container conf-macro output-block" data-hasbody="true" '
        'data-macro-name="expand"><div id="expander-control-1482095513" class="expand-control" aria-expanded="false">'
        '<span class="expand-icon aui-icon aui-icon-small aui-iconfont-chevron-right">&nbsp;</span>'
        '<span class="expand-control-text conf-macro-render">Voir les rubriques de la fiche d\'alerte v3</span></div>'
        '<div id="expander-content-1482095513" class="expand-content expand-hidden">'
        "<ol><li>Identification : adresse, bâtiment, étage (pas de nom dans l'objet du message).</li>"
        "<li>Ce qui a été observé, avec la date : faits, pas d'interprétation.</li>"
        "<li>Depuis quand et à quelle fréquence.</li>"
        "<li>Ce qui a déjà été tenté (échange avec le locataire, courrier, intervention technique).</li>"
        "<li>Personnes ou services déjà au courant (famille, voisins, aide à domicile, tuteur).</li>"
        "<li>Niveau d'inquiétude du gardien, de 1 à 4.</li></ol></div></div>",
        h1("Confidentialité"),
        "<p>Ne jamais inscrire de diagnostic ni d'information médicale dans Ikos (outil de gestion locative) ni dans "
        "les commentaires du dossier locataire. Les fiches d'alerte sont conservées dans l'espace SharePoint « Santé "
        "mentale » à accès restreint (référent, responsable de la proximité, directrice de la cohésion sociale) et "
        "supprimées trois ans après la clôture de la situation.</p>",
        h1("Chiffres 2025"),
        "<p>Au 30 novembre 2025 : 54 fiches d'alerte reçues depuis la création du poste, 13 situations présentées "
        "en CASC, délai moyen de la première visite : 11 jours.</p>",
        h1("Contacts utiles"),
        '<div id="expander-2093317760" class="expand-container conf-macro output-block" data-hasbody="true" '
        'data-macro-name="expand"><div id="expander-control-2093317760" class="expand-control" aria-expanded="false">'
        '<span class="expand-icon aui-icon aui-icon-small aui-iconfont-chevron-right">&nbsp;</span>'
        '<span class="expand-control-text conf-macro-render">Afficher les contacts</span></div>'
        '<div id="expander-content-2093317760" class="expand-content expand-hidden">'
        + table(["Contact", "Téléphone", "Courriel / remarque"], [
            ["Julien Marcadet, référent santé mentale", "04 65 71 20 35", "j.marcadet@vareze-habitat.example"],
            ["CMP Les Tilleuls (CHVV)", "04 65 71 20 40", "Accueil du lundi au vendredi, 9 h – 17 h"],
            ["Sonia Bekhti, coordinatrice du CLSM", "04 65 71 31 08", "Fiches de saisine de la CASC"],
            ["Équipe mobile santé-logement (EMSL)", "à venir", "Démarrage prévu le 2 mars 2026"]],
            [40, 20, 40]) + "</div></div>",
        h1("Actions 2026"),
        '<ul class="inline-task-list" data-inline-tasks-content-id="187531274">'
        '<li class="checked" data-inline-task-id="1"><span>Mettre en ligne le formulaire « Alerte SM » dans Teams '
        '(fait le <time datetime="2025-10-14" class="date-past">14 oct. 2025</time>)</span></li>'
        '<li data-inline-task-id="2"><span>Former aux PSSM les 17 gardiens de Varèze Habitat qui ne le sont pas '
        'encore ' + ar + ' <time datetime="2026-12-31" class="date-future">31 déc. 2026</time></span></li>'
        '<li data-inline-task-id="3"><span>Rédiger avec Dauphiné Foyers une fiche d\'alerte commune ' + jm +
        ' <time datetime="2026-06-30" class="date-future">30 juin 2026</time></span></li>'
        '<li data-inline-task-id="4"><span>Organiser deux temps d\'analyse de pratiques par an pour les gardiens, '
        'avec la psychologue de l\'EMSL</span></li></ul>',
    ]
    main_content = "\n".join(parts)
    attachments = [
        ("Fiche_alerte_gardien_v3.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "187531280"),
        ("Grille_evaluation_habitat_CIR.pdf", "application/pdf", "187531281"),
        ("Protocole_Habiter_et_soigner_V4.pdf", "application/pdf", "187531295"),
        ("image2025-10-14_10-32-11.png", "image/png", "187531302"),
    ]
    att = "".join('<img src="images/icons/bullet_blue.gif" height="8" width="8" alt=""/>\n'
                  '<a href="attachments/%s/%s.%s">%s</a> (%s)\n<br/>\n' % (PAGE_ID, aid, n.rsplit(".", 1)[1], n, mime)
                  for n, mime, aid in attachments)
    doc = f"""<!DOCTYPE html>
<html>
    <head>
        <title>{html.escape(SPACE)} : {html.escape(PAGE)}</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>

    <body class="theme-default aui-theme-default">
        <div id="page">
            <div id="main" class="aui-page-panel">
                <div id="main-header">
                    <div id="breadcrumb-section">
                        <ol id="breadcrumbs">
                            <li class="first">
                                <span><a href="index.html">{html.escape(SPACE)}</a></span>
                            </li>
                                                    <li>
                                <span><a href="Accompagnement-social_152633410.html">Accompagnement social</a></span>
                            </li>
                                                    <li>
                                <span><a href="Sante-mentale_187531265.html">Santé mentale</a></span>
                            </li>
                                                </ol>
                    </div>
                    <h1 id="title-heading" class="pagetitle">
                                                <span id="title-text">
                            {html.escape(SPACE)} : {html.escape(PAGE)}
                        </span>
                    </h1>
                </div>

                <div id="content" class="view">
                    <div class="page-metadata">
                        
        
    
        
    
        
        
            Créé par <span class='author'> Julien Marcadet</span>, dernière modification par <span class='editor'> Amandine Roux</span> le déc. 02, 2025
                        </div>
                    <div id="main-content" class="wiki-content group">
                    {main_content}
                    </div>

                                        <div class="pageSection group">
                        <div class="pageSectionHeader">
                            <h2 id="attachments" class="pageSectionTitle">Pièces jointes :</h2>
                        </div>

                        <div class="greybox" align="left">
                                                            {att}
                                                    </div>
                    </div>
                    
                                                      
                </div>             </div> 
            <div id="footer" role="contentinfo">
                <section class="footer-body">
                    <p>Document généré par Confluence le déc. 03, 2025 09:14</p>
                    <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
                </section>
            </div>
        </div>     </body>
</html>
"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(doc)
    print(OUT, len(doc))


if __name__ == "__main__":
    main()
