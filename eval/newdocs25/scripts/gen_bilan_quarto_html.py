# -*- coding: utf-8 -*-
"""Bilan d'activité 2025 de la cellule d'appui aux situations complexes (CASC) du CLSM de Varèze Agglomération,
écrit en Quarto (.qmd avec des blocs de code R) par le chargé d'études de l'observatoire et rendu en HTML autonome
(`quarto render bilan-casc-2025.qmd`, format html, `lang: fr`, `toc: true`, `number-sections: true`,
`code-fold: true`, `embed-resources: true`, `license: "CC BY-NC"`, `citation: true`).

Imitation de ce que Quarto 1.6 écrit :
- <head> avec <meta name="generator" content="quarto-1.6.40">, styles et scripts de Quarto et de Bootstrap
  incorporés (embed-resources), <title> = titre ;
- la table des matières « Table des matières » dans la marge droite (nav#TOC, hors de <main>), sections numérotées
  « <span class="header-section-number">2.1</span> » ;
- <main class="content" id="quarto-document-content"> avec l'en-tête « title-block-header » : titre, sous-titre,
  rubriques « Auteur·rice·s » (avec affiliations) et « Date de publication » ;
- sections <section id=… class="level2"> ; titres <h2 class="anchored" data-anchor-id=…> ;
- blocs de code R repliés (<details class="code-fold"><summary>Code</summary>…) avant chaque tableau et figure ;
- tableaux knitr::kable avec légende en <figcaption> au-dessus (« Tableau 1: … », insécable après « Tableau »),
  classes « table table-sm table-striped small », renvois « Tableau 1 » en liens ;
- figure ggplot incorporée en PNG (data URI), dont les valeurs ne figurent que dans l'image, légende
  « Figure 1: … » sous l'image ;
- encadrés (callouts) « callout-note » / « callout-tip » / « callout-important » avec titre ;
- note en marge (.column-margin) ;
- notes de bas de page renvoyées en annexe « Notes de bas de page » (section#footnotes dans #quarto-appendix), avec
  « ↩︎ » ; annexe « Réutilisation » (licence) et « Citation » (BibTeX dans un <pre>).
"""
import base64
import html
import io
import os
import re

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "2026-01-29_clsm-vareze_bilan-casc-2025.html")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def chart_png():
    """Diagramme en barres façon ggplot2 (theme_minimal) : situations examinées par trimestre."""
    w, h = 1344, 864
    im = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, 26)
    fs = ImageFont.truetype(FONT, 22)
    x0, y0, x1, y1 = 140, 60, 1300, 760
    vmax = 15
    for v in range(0, vmax + 1, 5):
        y = y1 - (y1 - y0) * v / vmax
        dr.line([(x0, y), (x1, y)], fill=(235, 235, 235), width=2)
        dr.text((x0 - 50, y - 14), str(v), font=fs, fill=(77, 77, 77))
    data = [("T1", 8), ("T2", 10), ("T3", 7), ("T4", 13)]
    bw = (x1 - x0) / len(data)
    for i, (lab, v) in enumerate(data):
        bx = x0 + i * bw + bw * 0.2
        by = y1 - (y1 - y0) * v / vmax
        dr.rectangle([bx, by, bx + bw * 0.6, y1], fill=(44, 110, 138))
        dr.text((bx + bw * 0.3 - 18, y1 + 15), lab, font=f, fill=(77, 77, 77))
    dr.text((x0 + 420, y1 + 60), "Trimestre 2025", font=f, fill=(30, 30, 30))
    dr.text((20, y0 - 40), "Situations examinées", font=fs, fill=(30, 30, 30))
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=True)
    return base64.b64encode(buf.getvalue()).decode()


def slug(s):
    s = s.lower()
    for a, b in (("é", "é"),):
        s = s.replace(a, b)
    s = re.sub(r"[’'«»:,.()]", "", s)
    return re.sub(r"\s+", "-", s.strip())


CODE_N = [0]


def code_fold(lines):
    """Bloc de code R replié, surligné comme le fait pandoc (spans par ligne, ancres cbN-k)."""
    CODE_N[0] += 1
    n = CODE_N[0]
    out = []
    for k, line in enumerate(lines, 1):
        esc = html.escape(line)
        esc = esc.replace("&lt;-", '<span class="ot">&lt;-</span>').replace("|&gt;", '<span class="sc">|&gt;</span>')
        esc = re.sub(r"\b([a-z_][a-z0-9_.]*)\(", r'<span class="fu">\1</span>(', esc)
        esc = re.sub(r"(&quot;[^&]*&quot;)", r'<span class="st">\1</span>', esc)
        out.append('<span id="cb%d-%d"><a href="#cb%d-%d" aria-hidden="true" tabindex="-1"></a>%s</span>' % (
            n, k, n, k, esc))
    return ('<details class="code-fold">\n<summary>Code</summary>\n<div class="sourceCode cell-code" id="cb%d">'
            '<pre class="sourceCode r code-with-copy"><code class="sourceCode r">%s</code></pre>'
            '<button title="Copier vers le presse-papier" class="code-copy-button"><i class="bi"></i></button>'
            '</div>\n</details>\n' % (n, "\n".join(out)))


TBL_N = [0]


def table(tid, caption, header, rows, code, align=None):
    TBL_N[0] += 1
    cap_id = "%s-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca" % tid
    align = align or (["left"] + ["right"] * (len(header) - 1))
    th = "".join('<th style="text-align: %s;" data-quarto-table-cell-role="th">%s</th>' % (a, html.escape(c))
                 for a, c in zip(align, header))
    body = []
    for r in rows:
        body.append("<tr class=\"odd\">" + "".join('<td style="text-align: %s;">%s</td>' % (a, html.escape(str(c)))
                                                 for a, c in zip(align, r)) + "</tr>")
    return ('<div class="cell">\n%s<div id="%s" class="cell quarto-float quarto-figure quarto-figure-center anchored">\n'
            '<figure class="quarto-float quarto-float-tbl figure">\n'
            '<figcaption class="quarto-float-caption-top quarto-float-caption quarto-float-tbl" id="%s">'
            'Tableau&nbsp;%d: %s</figcaption>\n<div aria-describedby="%s">\n<div class="cell-output-display">\n'
            '<table class="caption-top table table-sm table-striped small" data-quarto-postprocess="true">\n'
            '<thead>\n<tr class="header">%s</tr>\n</thead>\n<tbody>\n%s\n</tbody>\n</table>\n</div>\n</div>\n'
            '</figure>\n</div>\n</div>\n' % (code_fold(code), tid, cap_id, TBL_N[0], html.escape(caption), cap_id, th,
                                             "\n".join(body)))


FN = []


def fn(text):
    FN.append(text)
    n = len(FN)
    return ('<a href="#fn%d" class="footnote-ref" id="fnref%d" role="doc-noteref"><sup>%d</sup></a>' % (n, n, n))


def callout(kind, title, body_html):
    return ('<div class="callout callout-style-default callout-%s callout-titled">\n'
            '<div class="callout-header d-flex align-content-center">\n<div class="callout-icon-container">\n'
            '<i class="callout-icon"></i>\n</div>\n<div class="callout-title-container flex-fill">\n%s\n</div>\n</div>\n'
            '<div class="callout-body-container callout-body">\n%s\n</div>\n</div>\n' % (kind, title, body_html))


SECTIONS = []  # (num, id, title, level)


def h(level, num, title, sid=None):
    sid = sid or slug(title)
    SECTIONS.append((num, sid, title, level))
    return ('<h%d class="anchored" data-anchor-id="%s"><span class="header-section-number">%s</span> %s</h%d>\n' % (
        level, sid, num, html.escape(title), level), sid)


def body():
    parts = []

    def sec(level, num, title, content):
        head, sid = h(level, num, title)
        parts.append('<section id="%s" class="level%d" data-number="%s">\n%s%s\n' % (sid, level, num, head, content))

    def end():
        parts.append("</section>\n")

    sec(2, "1", "Contexte et fonctionnement de la cellule",
        "<p>La cellule d'appui aux situations complexes (CASC) a été créée en septembre 2023 par le conseil local de "
        "santé mentale (CLSM) de Varèze Agglomération. Elle réunit chaque mois les professionnels qui interviennent "
        "auprès de locataires en souffrance psychique dont la situation de logement est compromise, principalement "
        "dans les trois quartiers prioritaires de la politique de la ville (QPV) de l'agglomération : Les Aubépins "
        "et Le Grand Pré à Pont-de-Varèze, Les Charmettes à Saint-Clair-du-Mont.</p>\n"
        + callout("note", "Qu'est-ce qu'une situation complexe ?",
                  "<p>Pour la cellule, une situation est dite complexe lorsqu'une personne présentant des troubles "
                  "psychiques, avérés ou supposés, se trouve en difficulté dans son logement ou avec son "
                  "voisinage, qu'aucun acteur ne peut à lui seul y apporter une réponse et que les réponses "
                  "habituelles de chacun ont déjà échoué.</p>")
        + "<p>La cellule se réunit le deuxième mardi de chaque mois, de 9 h 30 à 12 h, à la Maison des services "
        "publics des Aubépins. En 2025, elle a tenu 11 séances ordinaires (pas de séance en août) et une séance "
        "extraordinaire le 16 décembre 2025, soit 12 réunions.</p>\n"
        "<p>Elle est composée de représentants de Varèze Habitat et de Dauphiné Foyers, du centre médico-"
        "psychologique (CMP) Les Tilleuls et de l'équipe mobile psychiatrie précarité (EMPP) du centre hospitalier "
        "du Val de Varèze (CHVV), des CCAS de Pont-de-Varèze et de Saint-Clair-du-Mont, du service communal "
        "d'hygiène et de santé (SCHS) de Pont-de-Varèze et de la Maison du Département de Varèze. La "
        "coordinatrice du CLSM l'anime et tient le secrétariat.</p>\n"
        "<p>Chaque membre signe une charte de confidentialité : seules les informations nécessaires à la "
        "compréhension de la situation sont partagées, sans diagnostic. La personne concernée est informée de la "
        "saisine et son accord est recherché, sauf danger imminent. Pour présenter une situation, un membre de la "
        "cellule remplit la fiche de saisine et l'adresse à la coordinatrice du CLSM au moins 10 jours avant la "
        "séance ; à l'issue de l'examen, un référent de parcours est désigné et un point d'étape est fixé à trois "
        "mois.</p>\n")
    end()

    sec(2, "2", "L'activité en 2025", "")
    sec(3, "2.1", "Saisines et situations examinées",
        "<p>La cellule a reçu 44 saisines en 2025" + fn("Une même personne peut avoir fait l'objet de plusieurs "
        "saisines ; on compte ici les fiches de saisine reçues par la coordinatrice.") + ", contre 31 en 2024. "
        "Elle a examiné 38 situations, contre 27 situations en 2024. Six saisines n'ont pas été retenues : quatre "
        "relevaient d'une réponse de droit commun et ont été réorientées vers le CMP ou le service social, deux "
        "ne comportaient pas l'information préalable de la personne.</p>\n"
        "<p>Le délai moyen entre la réception de la saisine et l'examen en séance a été ramené à 19 jours, contre "
        "31 jours en 2024, grâce à la séance extraordinaire de décembre et à l'envoi des fiches par voie "
        "électronique.</p>\n"
        "<p>Les bailleurs sont à l'origine de près de la moitié des saisines (<a href=\"#tbl-origine\" "
        "class=\"quarto-xref\">Tableau&nbsp;1</a>) : la création du poste de référent santé mentale chez Varèze "
        "Habitat explique l'essentiel de la hausse.</p>\n"
        + table("tbl-origine", "Origine des saisines reçues par la CASC, 2024 et 2025",
                ["Origine de la saisine", "2024", "2025"],
                [["Varèze Habitat", 9, 14], ["Dauphiné Foyers", 5, 7],
                 ["CCAS (Pont-de-Varèze et Saint-Clair-du-Mont)", 6, 8], ["CMP et EMPP (CHVV)", 5, 6],
                 ["Service communal d'hygiène et de santé (SCHS)", 2, 4], ["Maison du Département", 2, 2],
                 ["Mairie (signalements de voisins ou de familles)", 2, 3], ["Total", 31, 44]],
                ['saisines <- read_csv2("data/casc_saisines_2024_2025.csv")',
                 "saisines |>",
                 "  count(origine, annee) |>",
                 '  pivot_wider(names_from = annee, values_from = n) |>',
                 '  janitor::adorn_totals("row", name = "Total") |>',
                 '  knitr::kable(col.names = c("Origine de la saisine", "2024", "2025"))'])
        + '<div class="cell">\n' + code_fold([
            'situations |>',
            '  filter(annee == 2025) |>',
            '  count(trimestre) |>',
            '  ggplot(aes(trimestre, n)) +',
            '  geom_col(fill = "#2c6e8a") +',
            '  labs(x = "Trimestre 2025", y = "Situations examinées") +',
            '  theme_minimal(base_size = 13)'])
        + '<div class="cell-output-display">\n<div id="fig-trimestres" class="quarto-float quarto-figure '
        'quarto-figure-center anchored">\n<figure class="quarto-float quarto-float-fig figure">\n'
        '<div aria-describedby="fig-trimestres-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">\n'
        '<img src="data:image/png;base64,' + chart_png() + '" class="img-fluid quarto-figure quarto-figure-center '
        'figure-img" width="672">\n</div>\n<figcaption class="quarto-float-caption-bottom quarto-float-caption '
        'quarto-float-fig" id="fig-trimestres-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">Figure&nbsp;1: '
        'Situations examinées par trimestre en 2025 (n = 38)</figcaption>\n</figure>\n</div>\n</div>\n</div>\n')
    end()

    sec(3, "2.2", "Motifs de saisine",
        "<p>L'incurie, souvent décrite comme un « syndrome de Diogène », reste le premier motif de saisine "
        "(<a href=\"#tbl-motifs\" class=\"quarto-xref\">Tableau&nbsp;2</a>). Dans 21 situations sur 38, plusieurs "
        "motifs se cumulent : l'incurie s'accompagne le plus souvent de plaintes du voisinage (odeurs, nuisibles) "
        "et, dans 9 cas, d'une dette locative.</p>\n"
        + table("tbl-motifs", "Motif principal des situations examinées en 2025",
                ["Motif principal", "Situations", "Part"],
                [["Incurie / syndrome de Diogène", 15, "39 %"], ["Troubles du voisinage", 11, "29 %"],
                 ["Risque d'expulsion locative", 7, "18 %"], ["Isolement et refus de soins", 5, "13 %"],
                 ["Total", 38, "100 %"]],
                ["situations |>", "  filter(annee == 2025) |>", "  count(motif_principal, sort = TRUE) |>",
                 "  mutate(part = scales::percent(n / sum(n), accuracy = 1)) |>",
                 '  knitr::kable(col.names = c("Motif principal", "Situations", "Part"))'])
        + "<p>Les pourcentages sont arrondis" + fn("Les parts étant arrondies à l'unité, leur somme peut "
        "différer de 100 %.") + ". Les personnes dont la situation a été examinée ont un âge médian de 58 ans ; "
        "24 sont des hommes et 14 des femmes ; 29 vivent seules. Au moment de la saisine, 22 n'avaient aucun "
        "suivi psychiatrique, et dans 8 situations la personne était connue du CMP mais perdue de vue depuis "
        "plus d'un an.</p>\n")
    end()

    sec(3, "2.3", "Territoires",
        "<p>Sur les 38 situations examinées, 27 concernent un ménage résidant dans un quartier prioritaire, soit "
        "71 % : 12 aux Aubépins, 8 au Grand Pré et 7 aux Charmettes ; 11 situations concernent des logements hors "
        "QPV.</p>\n"
        '<div class="no-row-height column-margin column-container"><div class="">\n<p>Les trois quartiers '
        "prioritaires regroupent environ 31 % des logements sociaux de l'agglomération, mais 71 % des situations "
        "examinées par la cellule.</p>\n</div></div>\n")
    end()
    end()

    sec(2, "3", "Ce que deviennent les situations",
        "<p>Au 31 décembre 2025, la situation des 38 ménages examinés dans l'année se répartit comme suit "
        "(<a href=\"#tbl-issues\" class=\"quarto-xref\">Tableau&nbsp;3</a>).</p>\n"
        + table("tbl-issues", "Situation au 31 décembre 2025 des ménages examinés en 2025",
                ["Situation au 31/12/2025", "Ménages"],
                [["Maintien dans le logement", 24], ["Relogement ou mutation", 4],
                 ["Hospitalisation (dont 1 en soins sur décision du représentant de l'État, SDRE)", 3],
                 ["Expulsion exécutée", 1], ["Situation encore en cours d'évaluation", 6], ["Total", 38]],
                ["situations |>", "  filter(annee == 2025) |>", "  count(issue_3112) |>",
                 '  knitr::kable(col.names = c("Situation au 31/12/2025", "Ménages"))'])
        + "<p>Pour les 15 situations d'incurie, 9 interventions de nettoyage et de désencombrement ont été "
        "financées par le fonds incurie, pour un coût moyen de 2 350 € par logement (de 900 € à 5 800 €). Le "
        "fonds incurie, créé en 2025, était doté de 30 000 € : 12 000 € de Varèze Habitat, 8 000 € du fonds de "
        "solidarité pour le logement (FSL) du Département et 10 000 € de l'ARS. Le reliquat de 8 850 € est "
        "reporté sur 2026.</p>\n"
        "<p>Chaque nettoyage est préparé avec la personne et suivi d'un accompagnement du retour dans le "
        "logement : passage hebdomadaire de l'infirmier du CMP et d'une aide à domicile pendant au moins trois "
        "mois. Malgré cela, sur les 9 logements désencombrés en 2025, 2 présentaient à nouveau un encombrement "
        "important à six mois.</p>\n"
        + callout("tip", "Paroles de gardienne",
                  "<p>« Avant, on envoyait des courriers de mise en demeure et on attendait. Maintenant j'appelle le "
                  "référent et on monte ensemble. » — Karima Dahmani, gardienne aux Aubépins</p>"))
    end()

    sec(2, "4", "Ce qui a changé en 2025",
        "<ul>\n<li><strong>Un référent santé mentale chez Varèze Habitat.</strong> Le poste, créé le 1er mars 2025 "
        "et occupé par Julien Marcadet, centralise les alertes des gardiens : 63 fiches d'alerte reçues de mars à "
        "décembre 2025.</li>\n"
        "<li><strong>La formation des gardiens.</strong> Quatre sessions de formation aux premiers secours en "
        "santé mentale (PSSM) ont été organisées en 2025, animées par Hélène Gaudry et Marc Leroux, formateurs "
        "accrédités de l'association Trait d'Union Santé Mentale 38 : 43 gardiens formés sur 70 en poste dans "
        "les deux bailleurs, soit 61 %.</li>\n"
        "<li><strong>Le lien avec la CCAPEX.</strong> Depuis la séance du 13 novembre 2025, la commission "
        "territoriale de prévention des expulsions peut orienter vers la cellule les dossiers comportant une "
        "dimension de santé mentale ; 5 situations lui avaient déjà été adressées de manière informelle dans "
        "l'année.</li>\n"
        "<li><strong>Le protocole « Habiter et soigner ».</strong> Préparé en 2025, il a été signé le 15 janvier "
        "2026 par neuf partenaires et crée une équipe mobile santé-logement (EMSL).</li>\n</ul>\n")
    end()

    sec(2, "5", "Limites et perspectives pour 2026",
        "<p>Le comité de pilotage du CLSM a retenu six orientations pour 2026 :</p>\n<ol type=\"1\">\n"
        "<li>Installer l'équipe mobile santé-logement (EMSL) prévue par le protocole et articuler ses visites "
        "avec les référents des bailleurs.</li>\n"
        "<li>Ouvrir la saisine aux syndics des copropriétés dégradées du Grand Pré.</li>\n"
        "<li>Ramener le délai moyen entre saisine et examen à 15 jours.</li>\n"
        "<li>Former aux PSSM les 27 gardiens qui ne l'ont pas encore été, d'ici fin 2026.</li>\n"
        "<li>Mettre en place un tableau de suivi partagé, hébergé sur l'espace sécurisé de l'agglomération.</li>\n"
        "<li>Mesurer les récidives d'encombrement à six et douze mois après chaque nettoyage.</li>\n</ol>\n"
        + callout("important", "Point de vigilance",
                  "<p>La cellule n'est pas une instance d'urgence : une situation de danger grave et immédiat "
                  "relève du 15, du 17 ou du 112.</p>"))
    end()

    sec(2, "6", "Sigles",
        '<table class="caption-top table">\n<thead>\n<tr class="header"><th>Sigle</th><th>Signification</th></tr>\n'
        "</thead>\n<tbody>\n" + "\n".join(
            '<tr class="odd"><td>%s</td><td>%s</td></tr>' % (a, html.escape(b)) for a, b in [
                ("CASC", "Cellule d'appui aux situations complexes"),
                ("CCAPEX", "Commission de coordination des actions de prévention des expulsions locatives"),
                ("CHVV", "Centre hospitalier du Val de Varèze"), ("CLSM", "Conseil local de santé mentale"),
                ("CMP", "Centre médico-psychologique"), ("EMPP", "Équipe mobile psychiatrie précarité"),
                ("EMSL", "Équipe mobile santé-logement"), ("FSL", "Fonds de solidarité pour le logement"),
                ("PSSM", "Premiers secours en santé mentale"),
                ("QPV", "Quartier prioritaire de la politique de la ville"),
                ("SCHS", "Service communal d'hygiène et de santé"),
                ("SDRE", "Soins psychiatriques sur décision du représentant de l'État")])
        + "\n</tbody>\n</table>\n")
    end()
    return "".join(parts)


CSS = """/* quarto syntax highlight colors */
:root{--quarto-hl-ot-color:#003B4F;--quarto-hl-fu-color:#4758AB;--quarto-hl-st-color:#20794D;--quarto-hl-sc-color:#5E5E5E}
code span.ot{color:#003B4F}code span.fu{color:#4758AB}code span.st{color:#20794D}code span.sc{color:#5E5E5E}
/*! Bootstrap v5.3.1 (https://getbootstrap.com/) | Copyright 2011-2023 The Bootstrap Authors | MIT */
:root,[data-bs-theme=light]{--bs-blue:#0d6efd;--bs-body-font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","Liberation Sans",Arial,sans-serif;--bs-body-font-size:1rem;--bs-body-line-height:1.5}
body{margin:0;font-family:var(--bs-body-font-family);font-size:var(--bs-body-font-size);line-height:var(--bs-body-line-height)}
.table{--bs-table-bg:transparent;width:100%;margin-bottom:1rem;vertical-align:top}.table-sm>:not(caption)>*>*{padding:.25rem .25rem}
.callout{margin-top:1.25rem;margin-bottom:1.25rem;border-radius:.25rem;overflow-wrap:break-word}
.callout.callout-style-default{border-left:solid #acacac .3rem;border-right:solid 1px #dee2e6;border-top:solid 1px #dee2e6;border-bottom:solid 1px #dee2e6}
.callout-note{border-left-color:#0d6efd!important}.callout-tip{border-left-color:#198754!important}.callout-important{border-left-color:#dc3545!important}
details.code-fold summary{cursor:pointer}.column-margin{grid-column:screen-end-inset}
#TOC{font-size:.875rem}.sidebar nav[role=doc-toc] ul{padding-left:0;list-style:none}
"""

JS = """window.document.addEventListener("DOMContentLoaded", function (event) {
  const toggleBodyColorMode = (bsSheetEl) => { const mode = bsSheetEl.getAttribute("data-mode"); };
  const icon = "";
  const anchorJS = new window.AnchorJS();
  anchorJS.options = { placement: 'right', icon: icon };
  anchorJS.add('.anchored');
  const onCopySuccess = function(e) { const button = e.trigger; button.blur(); button.classList.add('code-copy-button-checked');
    var currentTitle = button.getAttribute("title"); button.setAttribute("title", "Copié"); };
  const clipboard = new window.ClipboardJS('.code-copy-button', { text: function(trigger) { return trigger.previousElementSibling.innerText; } });
  clipboard.on('success', onCopySuccess);
  const xrefs = window.document.querySelectorAll('a.quarto-xref');
  for (var i=0; i<xrefs.length; i++) { const xref = xrefs[i]; tippyHover(xref, undefined, function(instance) { instance.disable(); }); }
});
"""


def main():
    content = body()
    toc = ['<nav id="TOC" role="doc-toc" class="toc-active">\n<h2 id="toc-title">Table des matières</h2>\n\n<ul>']
    prev = None
    for num, sid, title, level in SECTIONS:
        item = ('<li><a href="#%s" id="toc-%s" class="nav-link%s" data-scroll-target="#%s"><span '
                'class="header-section-number">%s</span> %s</a>' % (sid, sid, " active" if prev is None else "",
                                                                     sid, num, html.escape(title)))
        if prev == 2 and level == 3:
            toc.append('\n<ul class="collapse">')
        elif prev == 3 and level == 2:
            toc.append("</ul></li>")
        elif prev == 3 and level == 3 or prev == 2 and level == 2:
            toc.append("</li>")
        toc.append("\n" + item)
        prev = level
    toc.append("</li>\n</ul></li>" if prev == 3 else "</li>")
    toc.append("\n</ul>\n</nav>")
    footnotes = "\n".join(
        '<li id="fn%d"><p>%s<a href="#fnref%d" class="footnote-back" role="doc-backlink">↩︎</a></p></li>' % (
            i, html.escape(t), i) for i, t in enumerate(FN, 1))
    title = "Cellule d'appui aux situations complexes (CASC) — Bilan d'activité 2025"
    doc = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="fr" xml:lang="fr"><head>

<meta charset="utf-8">
<meta name="generator" content="quarto-1.6.40">

<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">

<meta name="author" content="Sonia Bekhti">
<meta name="author" content="Mathis Oriol">
<meta name="dcterms.date" content="2026-01-29">

<title>{html.escape(title)}</title>
<style>
code{{white-space: pre-wrap;}}
span.smallcaps{{font-variant: small-caps;}}
div.columns{{display: flex; gap: min(4vw, 1.5em);}}
div.column{{flex: auto; overflow-x: auto;}}
div.hanging-indent{{margin-left: 1.5em; text-indent: -1.5em;}}
ul.task-list{{list-style: none;}}
ul.task-list li input[type="checkbox"] {{
  width: 0.8em;
  margin: 0 0.8em 0.2em -1em; /* quarto-specific, see https://github.com/quarto-dev/quarto-cli/issues/4556 */
  vertical-align: middle;
}}
/* CSS for syntax highlighting */
pre > code.sourceCode {{ white-space: pre; position: relative; }}
pre > code.sourceCode > span {{ line-height: 1.25; }}
pre > code.sourceCode > span:empty {{ height: 1.2em; }}
</style>

<script>/*! clipboard.js v2.0.11 | https://clipboardjs.com/ | MIT License */
!function(t,e){{"object"==typeof exports&&"object"==typeof module?module.exports=e():"function"==typeof define&&define.amd?define([],e):"object"==typeof exports?exports.ClipboardJS=e():t.ClipboardJS=e()}}(this,function(){{return function(){{}}}});</script>
<script>const quartoSearchOptions = {{ "language": {{ "search-no-results-text": "Pas de résultats", "search-matching-documents-text": "documents trouvés", "search-copy-link-title": "Copier le lien vers la recherche" }} }};</script>
<style>{CSS}</style>
<script id="quarto-html-after-body" type="application/javascript">{JS}</script>

</head>

<body class="fullcontent">

<div id="quarto-content" class="page-columns page-rows-contents page-layout-article toc-left">
<div id="quarto-margin-sidebar" class="sidebar margin-sidebar">
{"".join(toc)}
</div>
<!-- main -->
<main class="content" id="quarto-document-content">

<header id="title-block-header" class="quarto-title-block default">
<div class="quarto-title">
<h1 class="title">{html.escape(title)}</h1>
<p class="subtitle lead">Conseil local de santé mentale de Varèze Agglomération — incurie, troubles du voisinage et maintien dans le logement dans les quartiers prioritaires</p>
</div>



<div class="quarto-title-meta-author">
  <div class="quarto-title-meta-heading">Auteur·rice·s</div>
  <div class="quarto-title-meta-heading">Affiliations</div>

    <div class="quarto-title-meta-contents">
    <p class="author">Sonia Bekhti </p>
  </div>
  <div class="quarto-title-meta-contents">
        <p class="affiliation">
            Coordinatrice du CLSM, Varèze Agglomération
          </p>
      </div>
      <div class="quarto-title-meta-contents">
    <p class="author">Mathis Oriol </p>
  </div>
  <div class="quarto-title-meta-contents">
        <p class="affiliation">
            Chargé d'études, Observatoire social de Varèze Agglomération
          </p>
      </div>
    </div>

<div class="quarto-title-meta">

      
  <div>
    <div class="quarto-title-meta-heading">Date de publication</div>
    <div class="quarto-title-meta-contents">
      <p class="date">29 janvier 2026</p>
    </div>
  </div>
  
    
  </div>
  


</header>


{content}

<div id="quarto-appendix" class="default"><section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><h2 class="anchored quarto-appendix-heading">Notes de bas de page</h2>

<ol>
{footnotes}
</ol>
</section><section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Réutilisation</h2><div class="quarto-appendix-contents"><div><a rel="license" href="https://creativecommons.org/licenses/by-nc/4.0/">CC BY-NC 4.0</a></div></div></section><section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div><div class="quarto-appendix-secondary-label">BibTeX</div><pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode bibtex">@report{{bekhti2026,
  author = {{Bekhti, Sonia and Oriol, Mathis}},
  title = {{Cellule d'appui aux situations complexes (CASC) — Bilan
    d'activité 2025}},
  date = {{2026-01-29}},
  institution = {{Varèze Agglomération}},
  langid = {{fr}}
}}
</code><button title="Copier vers le presse-papier" class="code-copy-button"><i class="bi"></i></button></pre><div class="quarto-appendix-secondary-label">Veuillez citer ce travail comme suit :</div><div id="ref-bekhti2026" class="csl-entry quarto-appendix-citeas" role="listitem">
Bekhti, Sonia, et Mathis Oriol. 2026. <span>« Cellule d'appui aux
situations complexes (CASC) — Bilan d'activité 2025 »</span>. Varèze
Agglomération.
</div></div></section></div></main> <!-- /main -->
<script id="quarto-html-after-body-2" type="application/javascript">
  window.document.addEventListener("DOMContentLoaded", function (event) {{
    const isCodeAnnotation = (el) => {{ for (const clz of el.classList) {{ if (clz.startsWith('code-annotation-')) {{ return true; }} }} return false; }}
  }});
</script>
</div> <!-- /content -->




</body></html>"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(doc)
    print(OUT, len(doc))


if __name__ == "__main__":
    main()
