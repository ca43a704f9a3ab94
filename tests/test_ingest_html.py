"""HTML ingestion: main content only, title from the page, sections at headings."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest import process_file

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Santé mentale et quartiers | IREV</title><style>p { color: red }</style>
<script>var tracking = "ne pas indexer";</script></head>
<body>
<header><nav><a href="/">Accueil</a> <a href="/agenda">Agenda</a></nav></header>
<div id="cookie-consent">Ce site utilise des cookies. <button>Accepter</button></div>
<main>
<h1>Santé mentale et quartiers</h1>
<p>Le webinaire a réuni plus de cent participants autour des conseils locaux de santé mentale.</p>
<h2>Le rôle des élus</h2>
<p>Un élu moteur entraîne les autres partenaires.<br>Il préside le comité de pilotage.</p>
<ul><li>Diagnostic partagé</li><li>Convention signée</li></ul>
<aside>Articles liés : à lire aussi</aside>
<form><input name="q"> Rechercher</form>
<h3>Financement</h3>
<p>Les collectivités et l&#x27;ARS financent la coordination.</p>
</main>
<footer>Mentions légales · Plan du site</footer>
</body></html>"""


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_boilerplate_is_dropped(page):
    _, passages = process_file(page, None, Settings(passage_min_chars=10))
    joined = "\n".join(p.text for p in passages)
    for noise in ("Accueil", "cookies", "Accepter", "Mentions légales", "tracking", "color", "Articles liés", "Rechercher"):
        assert noise not in joined
    assert "Un élu moteur entraîne les autres partenaires.\nIl préside le comité de pilotage." in joined
    assert "- Diagnostic partagé\n\n- Convention signée" in joined
    assert "l'ARS financent" in joined


def test_title_and_sections(page):
    meta, passages = process_file(page, None, Settings(passage_min_chars=10))
    assert meta.title == "Santé mentale et quartiers"
    assert meta.kind == "webpage"
    # "Le rôle des élus" is short and followed by its subsection: one unit, cited under both headings.
    assert [p.location.section for p in passages] == ["Santé mentale et quartiers", "Le rôle des élus — Financement"]
    assert [(p.location.start, p.location.end) for p in passages] == [(1, 1), (2, 3)]
    assert passages[1].location.label == "section « Le rôle des élus — Financement »"
    assert passages[1].context == "Santé mentale et quartiers — Le rôle des élus — Financement"
    assert passages[0].context == "Santé mentale et quartiers"


def test_tiny_sections_merge_and_cover_both(page):
    _, passages = process_file(page, None, Settings(passage_min_chars=200))
    assert len(passages) == 1
    assert (passages[0].location.start, passages[0].location.end) == (1, 3)


def test_page_without_content_is_refused(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav>Accueil</nav><footer>Pied</footer></body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match="HTML"):
        process_file(path, None, Settings())


def test_latin1_page_with_meta_charset(tmp_path):
    path = tmp_path / "ancien.htm"
    html = '<html><head><meta charset="iso-8859-1"><title>Élus</title></head><body><p>Santé mentale des élus.</p></body></html>'
    path.write_bytes(html.encode("latin-1"))
    meta, passages = process_file(path, None, Settings())
    assert meta.title == "Élus"
    assert passages[0].text == "Santé mentale des élus."


def test_a_download_card_names_a_file_not_a_section(tmp_path):
    path = tmp_path / "webinaire.html"
    path.write_text("""<html><head><title>Webinaire</title></head><body><main>
<h2>Les interventions</h2><p>Le centre national présente les conseils locaux de santé mentale et leurs missions.</p>
<h2>CLSM dans les Hauts-de-France 2022 Support CCOMS</h2><h2>Poids : 1.76 Mo Téléchargement [3] Favoris + [4]</h2>
<p>La sensibilisation a été imaginée suite à la crise sanitaire pour les acteurs des Hauts-de- France.</p>
</main></body></html>""", encoding="utf-8")
    _, passages = process_file(path, None, Settings(passage_min_chars=10))
    assert [p.location.section for p in passages] == ["Les interventions"]  # the text stays in its section
    assert "imaginée suite à la crise sanitaire" in passages[0].text
    assert "Hauts-de-France" in passages[0].text  # a compound place name cut by the source's line wrap
    assert "Poids" not in passages[0].text and "Support CCOMS" not in passages[0].text


def test_a_key_figure_set_as_a_heading_is_text_before_its_label(tmp_path):
    path = tmp_path / "association.html"
    path.write_text("""<html><head><title>Nos visites</title></head><body><main>
<h2>Notre année 2024 en chiffres</h2><h2>64</h2><p>bénévoles actifs</p><h2>212</h2><p>personnes accompagnées</p>
<h2>82 ans</h2><p>âge moyen des personnes que nous accompagnons</p>
<h2>Qui sommes-nous ?</h2><p>Une association créée en 2011 par des habitants du quartier des Hauts-Cailly.</p>
</main></body></html>""", encoding="utf-8")
    _, passages = process_file(path, None, Settings(passage_min_chars=10))
    assert [p.location.section for p in passages] == ["Notre année 2024 en chiffres", "Qui sommes-nous ?"]
    lines = [line for line in passages[0].text.split("\n") if line]
    assert lines == ["64", "bénévoles actifs", "212", "personnes accompagnées", "82 ans",
                     "âge moyen des personnes que nous accompagnons"], lines


def test_an_infographic_is_read_by_its_alt_text_a_logo_is_not(tmp_path):
    # the figures of an infographic are only in its image's alt text; a logo's alt names a link
    path = tmp_path / "actu.html"
    path.write_text("""<html><head><title>Isolement des aînés</title></head><body>
<header><a href="/"><img src="logo.svg" alt="Département du Cher-et-Sauldre, retour à l'accueil du site"></a></header>
<main><h1>Isolement des aînés</h1><p>Le Département renforce son soutien aux équipes citoyennes.</p>
<figure><img src="infographie.png" alt="En 2025 : 37 équipes citoyennes Monalisa (24 en 2023) et 412 bénévoles engagés (268 en 2023).">
<figcaption>Sources : bilan Monalisa 2025.</figcaption></figure>
<p><img src="photo.jpg" alt="Marcel, 83 ans"> Marcel vit seul depuis dix ans.</p></main></body></html>""", encoding="utf-8")
    _, passages = process_file(path, None, Settings(passage_min_chars=10))
    text = "\n".join(p.text for p in passages)
    assert "412 bénévoles engagés (268 en 2023)" in text and "Sources : bilan Monalisa 2025." in text
    assert "retour à l'accueil" not in text and "Marcel, 83 ans" not in text


def test_a_heading_that_denies_something_is_also_the_first_line_of_its_text(tmp_path):
    path = tmp_path / "association.html"
    path.write_text("""<html><head><title>Nos visites</title></head><body><main>
<h2>Nos visites</h2><p>Un bénévole rend visite chaque semaine aux personnes âgées isolées du quartier.</p>
<h2>⚠️ Nous ne sommes pas un service d'urgence</h2><p>Si une personne est en danger immédiat, appelez le 15.</p>
</main></body></html>""", encoding="utf-8")
    _, passages = process_file(path, None, Settings(passage_min_chars=10))
    text = "\n".join(p.text for p in passages)
    assert "Nous ne sommes pas un service d'urgence\nSi une personne est en danger immédiat" in text, text
    assert "Nos visites\nUn bénévole" not in text  # a heading naming its section is not text


# -- pages of other CMS, without <main> ------------------------------------------------------------------

LOREM = ("Le conseil local de santé mentale réunit les élus, la psychiatrie publique, les usagers, les aidants et "
         "les acteurs sociaux du territoire pour définir ensemble une politique locale de santé mentale. ")


def _load(tmp_path, html: str, name: str = "page.html", **settings):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return process_file(path, None, Settings(**settings))


def _everything(meta, passages) -> str:
    return "\n".join([meta.title] + [f"{p.context}\n{p.location.label}\n{p.text}" for p in passages])


WORDPRESS = f"""<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Le CLSM de Grenoble a dix ans - Réseau Santé Ville</title>
<meta property="og:title" content="Le CLSM de Grenoble a dix ans">
</head><body class="post-template-default single single-post has-sidebar">
<div id="cmplz-cookiebanner-container"><div class="cmplz-message">Nous utilisons des traceurs pour mesurer
l'audience de ce site.</div><a href="#">Accepter les traceurs</a></div>
<a class="screen-reader-text skip-link" href="#content">Aller au contenu principal</a>
<div class="site-topbar">Espace adhérents · Lettre d'information</div>
<div id="masthead" class="site-header"><div class="site-branding">Réseau Santé Ville</div>
<div class="main-navigation"><ul id="primary-menu"><li><a href="/">Accueil</a></li>
<li><a href="/themes">Nos thématiques</a></li><li><a href="/agenda">Agenda du réseau</a></li></ul></div></div>
<div class="fil-ariane"><a href="/">Accueil</a> › <a href="/actus">Actualités</a> › Le CLSM de Grenoble</div>
<div id="content" class="site-content"><div id="primary" class="content-area">
<div id="post-412" class="post-412 post type-post status-publish category-actualites tag-clsm hentry">
<h1 class="entry-title">Le CLSM de Grenoble a dix ans</h1>
<div class="entry-content">
<p>Créé en 2014, le conseil local de santé mentale de Grenoble fête ses dix ans. {LOREM}</p>
<h2>Une instance de coordination</h2>
<p>La coordinatrice anime trois groupes de travail thématiques. {LOREM}{LOREM}</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Partager :</h3>
<a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
<p><strong>À lire aussi :</strong> <a href="/autre">Les maisons de santé pluriprofessionnelles en quartier prioritaire</a></p>
</div></div></div>
<div id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2 class="widget-title">Les plus lus</h2><ul><li><a href="/a">Adultes-relais : un métier en évolution</a></li>
<li><a href="/b">Cité éducative : le bilan régional</a></li></ul></section>
<section class="widget"><h2 class="widget-title">Agenda</h2><p>12 mars : rencontre régionale des coordinateurs</p></section></div>
</div>
<div class="site-footer"><h2>Nos financeurs</h2><p>Avec le soutien de l'Agence régionale de santé.</p>
<p>Mentions légales · Plan du site</p></div>
</body></html>"""


def test_wordpress_page_without_main_keeps_only_the_article(tmp_path):
    meta, passages = _load(tmp_path, WORDPRESS, passage_min_chars=10)
    everything = _everything(meta, passages)
    for noise in ("traceurs", "Aller au contenu", "Espace adhérents", "Nos thématiques", "Agenda", "Actualités",
                  "Facebook", "Partager", "À lire aussi", "maisons de santé", "Les plus lus", "Adultes-relais",
                  "Nos financeurs", "Agence régionale", "Mentions légales", "Réseau Santé Ville"):
        assert noise not in everything, noise
    assert meta.title == "Le CLSM de Grenoble a dix ans"  # the site's name cut off the <title>
    assert [p.location.section for p in passages] == ["Le CLSM de Grenoble a dix ans", "Une instance de coordination"]
    assert passages[0].text.startswith("Créé en 2014, le conseil local de santé mentale de Grenoble fête ses dix ans.")
    assert passages[1].context == "Le CLSM de Grenoble a dix ans — Une instance de coordination"


DRUPAL = f"""<html lang="fr"><head><title>Prévenir le suicide dans les quartiers | Ville de Montreuil</title></head>
<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas">
<div class="layout-container"><div class="region region-header"><div id="block-sitebranding">Ville de Montreuil</div>
<div id="block-mainnavigation" role="navigation"><ul class="menu"><li>Démarches</li><li>Solidarités</li></ul></div></div>
<div class="region region-breadcrumb"><ol><li>Accueil</li><li>Santé</li></ol></div>
<div class="layout-content"><div class="region region-content"><div class="node node--type-article">
<h1 class="page-title"><span>Prévenir le suicide dans les quartiers</span></h1>
<div class="field field--name-body"><p>La ville forme ses agents d'accueil au repérage de la crise suicidaire. {LOREM}</p>
<h2>Sentinelles</h2><p>Quarante sentinelles ont été formées en 2024 dans les quartiers prioritaires. {LOREM}</p>
<h2>À lire aussi</h2><ul><li><a href="/x">La maison des adolescents ouvre une antenne</a></li></ul></div>
</div></div></div>
<div class="region region-sidebar-first"><div class="block"><h2>Contact presse</h2><p>Service communication de la
ville, tous les jours de 9 h à 17 h.</p></div></div>
<footer role="contentinfo"><div class="region region-footer">Ville de Montreuil · Hôtel de ville</div></footer>
</div></div></body></html>"""


def test_drupal_page_regions_and_related_block(tmp_path):
    meta, passages = _load(tmp_path, DRUPAL, passage_min_chars=10)
    everything = _everything(meta, passages)
    for noise in ("Démarches", "Solidarités", "Accueil", "maison des adolescents", "À lire aussi", "Contact presse",
                  "Service communication", "Hôtel de ville"):
        assert noise not in everything, noise
    assert meta.title == "Prévenir le suicide dans les quartiers"
    assert [p.location.section for p in passages] == ["Prévenir le suicide dans les quartiers", "Sentinelles"]
    assert "Quarante sentinelles ont été formées en 2024" in passages[1].text


SPIP = f"""<html><head><title>Semaine de la santé mentale - Atelier Santé Ville de Roubaix</title>
<meta property="og:site_name" content="Atelier Santé Ville de Roubaix"></head><body>
<div class="page"><div class="header"><a class="spip_logo_site">Atelier Santé Ville</a></div>
<div class="ariane"><a>Accueil</a> &gt; <a>Agenda</a></div>
<div class="main"><div class="content">
<h1 class="titre">Programme des rencontres</h1>
<div class="chapo"><p>Trois rencontres ouvertes aux habitants sont proposées du 7 au 20 octobre dans les centres sociaux.</p></div>
<div class="texte"><p>{LOREM * 5}</p><p>{LOREM * 5}</p></div>
</div></div>
<div class="aside col"><div class="menu"><h2>Dans la même rubrique</h2><ul><li><a>Archives</a></li></ul></div></div>
<div class="col-droite"><p>Permanence téléphonique le mardi.</p></div>
</div></body></html>"""


def test_spip_page_keeps_its_lead_beside_the_text(tmp_path):
    meta, passages = _load(tmp_path, SPIP)
    everything = _everything(meta, passages)
    assert meta.title == "Semaine de la santé mentale"  # og:site_name cut off the <title>
    for noise in ("Atelier Santé Ville", "Accueil", "Dans la même rubrique", "Archives", "Permanence téléphonique"):
        assert noise not in everything, noise
    assert "Trois rencontres ouvertes aux habitants" in everything  # the chapo, a sibling of the text, is kept
    assert passages[0].location.section == "Programme des rencontres"


def test_content_column_leaves_out_a_small_unnamed_sidebar(tmp_path):
    html = f"""<html><head><title>Rapport d'activité</title></head><body><div class="row">
<div class="col-md-8"><h1>Rapport d'activité 2024</h1><p>{LOREM * 6}</p><h2>Les chiffres</h2><p>{LOREM * 4}</p></div>
<div class="col-md-4"><h3>Prochaines dates</h3><p>14 mai, réunion plénière à la mairie annexe.</p></div>
</div></body></html>"""
    meta, passages = _load(tmp_path, html, passage_min_chars=10)
    assert "réunion plénière" not in _everything(meta, passages)
    assert [p.location.section for p in passages] == ["Rapport d'activité 2024", "Les chiffres"]


def test_names_that_are_slugs_or_wrap_the_content_are_not_furniture(tmp_path):
    html = f"""<html><head><title>Questions</title></head><body><div class="layout-with-sidebar">
<h1>Questions</h1><p>{LOREM * 3}</p>
<div id="comment-creer-un-clsm-dans-ma-commune"><h2>Comment créer un CLSM dans ma commune ?</h2>
<p>La démarche commence par un diagnostic partagé, puis une convention signée par le maire.</p></div>
</div></body></html>"""
    _, passages = _load(tmp_path, html, passage_min_chars=10)
    assert "La démarche commence par un diagnostic partagé" in "\n".join(p.text for p in passages)


def test_a_page_that_is_only_a_cookie_banner_and_menus_is_refused(tmp_path):
    html = """<html><body><div id="tarteaucitronRoot">Ce site utilise des cookies.</div>
<div class="menu-principal"><a>Accueil</a></div><footer>Pied de page</footer></body></html>"""
    with pytest.raises(IngestError, match="HTML sans contenu"):
        _load(tmp_path, html)


def test_title_keeps_a_hyphen_that_separates_no_site_name(tmp_path):
    html = "<html><head><title>CLSM - mode d'emploi</title></head><body><p>Texte du guide.</p></body></html>"
    meta, _ = _load(tmp_path, html)
    assert meta.title == "CLSM - mode d'emploi"


# -- tables ----------------------------------------------------------------------------------------------

TABLES = """<html><head><title>CLSM en Auvergne-Rhône-Alpes</title></head><body><main>
<h2>Un maillage inégal</h2><p>Le Rhône et l'Isère concentrent à eux deux 16 des 38 CLSM de la région.</p>
<table><caption>CLSM actifs par département au 1<sup>er</sup> septembre 2024</caption>
<thead><tr><th>Département</th><th>CLSM actifs</th><th>dont QPV</th><th>Premier CLSM créé</th></tr></thead>
<tbody><tr><td>Rhône</td><td>9</td><td>7</td><td>2008</td></tr>
<tr><td>Isère</td><td>7</td><td>5</td><td>2011</td></tr>
<tr><td>Autres départements</td><td>7</td><td>1</td><td>–</td></tr>
<tr><td><strong>Total</strong></td><td><strong>38</strong></td><td><strong>21</strong></td><td></td></tr></tbody>
</table>
<h2>Financements</h2>
<figure class="wp-block-table"><table><tbody>
<tr><th>Financeur</th><th>Montant</th></tr>
<tr><td rowspan="2">ARS</td><td>40 000 €</td></tr><tr><td>12 000 € (poste de coordination)</td></tr>
<tr><td>Ville</td><td>8 500 €</td></tr></tbody></table>
<figcaption>Budget 2024 du CLSM de Vénissieux</figcaption></figure>
<h2>Fiche pratique</h2>
<table><tr><th>Public</th><td>Élus et professionnels</td></tr><tr><th>Durée</th><td>2 heures</td></tr></table>
<h2>Mise en page</h2>
<table role="presentation"><tr><td><p>Premier paragraphe de la colonne de gauche, assez long pour être lu.</p></td>
<td><p>Second paragraphe de la colonne de droite.</p></td></tr></table>
</main></body></html>"""


def test_table_rows_read_as_lines_under_their_columns(tmp_path):
    _, passages = _load(tmp_path, TABLES, passage_min_chars=10)
    table = next(p for p in passages if p.location.section == "Un maillage inégal").text
    assert table.split("\n\n")[1:] == [
        "CLSM actifs par département au 1er septembre 2024",  # the caption leads the table
        "Département · CLSM actifs · dont QPV · Premier CLSM créé",
        "Rhône — 9 · 7 · 2008",  # as the page shows it ("Rhône 9 7 2008")
        "Isère — 7 · 5 · 2011",
        "Autres départements — 7 · 1 · –",  # an empty cell, or one without a letter or a digit, reads "–"
        "Total — 38 · 21 · –",
    ]


def _has_lines(text: str, lines: list[str]) -> bool:
    paragraphs = text.split("\n\n")
    return any(paragraphs[i:i + len(lines)] == lines for i in range(len(paragraphs)))


def test_table_spans_figure_caption_and_row_headers(tmp_path):
    _, passages = _load(tmp_path, TABLES, passage_min_chars=10)
    text = "\n\n".join(p.text for p in passages)
    assert _has_lines(text, [
        "Budget 2024 du CLSM de Vénissieux",  # the figure's caption, after the table in the page, leads it
        "Financeur · Montant",
        "ARS — 40 000 €",
        "ARS — 12 000 € (poste de coordination)",  # a cell spanning two rows names both
        "Ville — 8 500 €",
    ])
    assert _has_lines(text, ["Public : Élus et professionnels", "Durée : 2 heures"])  # header cells open the rows
    # A layout table is read as the paragraphs it holds.
    assert _has_lines(text, ["Premier paragraphe de la colonne de gauche, assez long pour être lu.",
                             "Second paragraphe de la colonne de droite."])


def test_a_table_row_answers_a_figure_question(tmp_path):
    """A row is one sentence of the passage: "how many CLSM in Isère" finds the figure with what it counts."""
    from assistant.sentences import sentence_spans

    _, passages = _load(tmp_path, TABLES)
    text = next(p.text for p in passages if "Isère —" in p.text)
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    assert "Isère — 7 · 5 · 2011" in sentences


# -- headings --------------------------------------------------------------------------------------------

ARTICLE = f"""<html><head><title>CLSM de Vénissieux</title></head><body><article>
<h1>CLSM de Vénissieux</h1><p>{LOREM * 2}</p>
<h2>Un CLSM pionnier</h2>
<p>Créé en 2008, le CLSM de Vénissieux est le plus ancien de la région.</p>
<h3>Une cellule de veille pour les situations complexes</h3>
<p>Sa cellule de veille, baptisée CVSC (cellule de veille des situations complexes), réunit tous les mois la
psychiatrie de secteur, le centre communal d'action sociale, les bailleurs sociaux et la police municipale.</p>
<h3>Des médiateurs santé</h3>
<p>Deux médiatrices en santé tiennent des permanences hebdomadaires dans les centres sociaux. {LOREM}</p>
<h2>Questions fréquentes</h2>
<h3>Qui peut saisir la cellule de veille ?</h3>
<p>Tout professionnel membre du CLSM peut la saisir, à l'aide d'une fiche de saisine.</p>
<h3>Comment créer un CLSM dans ma commune ?</h3>
<p>La démarche commence par un diagnostic partagé, puis une convention signée par le maire.</p>
<h3>Combien coûte un CLSM ?</h3>
<p>Le budget médian d'un CLSM de la région est de 52 000 euros par an, dont 45 % apportés en moyenne par l'ARS.
L'essentiel de ce budget finance le poste de coordination, le reste les actions de sensibilisation.</p>
<h2>Le budget</h2><p>{LOREM * 3}</p>
<h3>Les financeurs</h3><p>{LOREM * 3}</p>
</article></body></html>"""


def test_a_short_section_read_with_its_subsection_is_cited_under_both(tmp_path):
    _, passages = _load(tmp_path, ARTICLE)  # default settings: sections under 200 characters are merged
    cvsc = next(p for p in passages if "CVSC" in p.text)
    assert cvsc.location.label == "section « Un CLSM pionnier — Une cellule de veille pour les situations complexes »"
    assert cvsc.context == "CLSM de Vénissieux — Un CLSM pionnier — Une cellule de veille pour les situations complexes"
    assert cvsc.text.startswith("Créé en 2008")
    assert "Deux médiatrices" not in cvsc.text


def test_subsections_take_their_headings_path_as_context(tmp_path):
    _, passages = _load(tmp_path, ARTICLE)
    mediators = next(p for p in passages if "Deux médiatrices" in p.text)
    assert mediators.location.label == "section « Des médiateurs santé »"
    assert mediators.context == "CLSM de Vénissieux — Un CLSM pionnier — Des médiateurs santé"
    budget = [p for p in passages if p.location.section in ("Le budget", "Les financeurs")]
    assert [p.context for p in budget] == ["CLSM de Vénissieux — Le budget", "CLSM de Vénissieux — Le budget — Les financeurs"]


def test_faq_questions_stay_with_their_answers(tmp_path):
    _, passages = _load(tmp_path, ARTICLE)
    cost = next(p for p in passages if "52 000 euros" in p.text)
    assert cost.location.label == "section « Combien coûte un CLSM ? »"
    assert cost.context == "CLSM de Vénissieux — Questions fréquentes — Combien coûte un CLSM ?"
    assert cost.text.startswith("Combien coûte un CLSM ?\nLe budget médian")
    # Two short answers: the chunker makes them one passage (cited under the first question), each question
    # stays above its answer.
    pair = next(p for p in passages if "diagnostic partagé" in p.text)
    assert pair.location.label == "section « Qui peut saisir la cellule de veille ? »"
    assert pair.text == (
        "Qui peut saisir la cellule de veille ?\n"
        "Tout professionnel membre du CLSM peut la saisir, à l'aide d'une fiche de saisine.\n\n"
        "Comment créer un CLSM dans ma commune ?\n"
        "La démarche commence par un diagnostic partagé, puis une convention signée par le maire.")


def test_short_sibling_sections_are_left_to_the_chunker(tmp_path):
    _, passages = _load(tmp_path, ARTICLE, passage_min_chars=10)
    assert [p.location.label for p in passages if "?" in p.location.section] == [
        "section « Qui peut saisir la cellule de veille ? »", "section « Comment créer un CLSM dans ma commune ? »",
        "section « Combien coûte un CLSM ? »"]



def test_a_see_also_list_goes_but_the_text_after_it_stays(tmp_path):
    html = f"""<html><head><title>Guide</title></head><body><main><h1>Guide</h1><p>{LOREM}</p>
<h3>Voir aussi</h3><ul><li><a href="/a">Le guide des CLSM</a></li><li><a href="/b">La charte des CLSM</a></li></ul>
<p>La coordination du CLSM est financée à parts égales par la ville et l'ARS.</p></main></body></html>"""
    _, passages = _load(tmp_path, html)
    text = "\n".join(p.text for p in passages)
    assert "Voir aussi" not in text and "La charte des CLSM" not in text
    assert "financée à parts égales par la ville et l'ARS" in text


def test_a_key_value_table_with_an_empty_value_keeps_its_name(tmp_path):
    html = """<html><head><title>Fiche</title></head><body><main><h1>Fiche</h1>
<table><tr><th>Lieu</th><td>Maison des associations</td></tr><tr><th>Inscription</th><td></td></tr></table>
<p>Les places sont limitées à trente participants.</p></main></body></html>"""
    _, passages = _load(tmp_path, html)
    assert passages[0].text.split("\n\n")[:2] == ["Lieu : Maison des associations", "Inscription"]


def test_footnote_calls_leave_the_text_and_the_notes_stay(tmp_path):
    page = tmp_path / "entretien.html"
    page.write_text(
        "<html><body><article><h1>Entretien</h1><p>Les situations concernent des personnes isolées dans leur "
        "logement<span class='spip_note_ref'>&nbsp;[<a href='#nb1' class='spip_note'>1</a>]</span>. Le CLSM "
        "suit 118 situations<sup class='reference'><a href='#cite_note-2'>[2]</a></sup> par an.</p>"
        "<h2>Notes</h2><p>[1] Source : bilan 2023 de la cellule.</p></article></body></html>", encoding="utf-8")
    _, passages = process_file(page, None, Settings(passage_min_chars=10))
    text = "\n".join(p.text for p in passages)
    assert "isolées dans leur logement. Le CLSM suit 118 situations par an." in text
    assert "[1] Source : bilan 2023 de la cellule." in text  # the note itself is the page's text


def test_a_toggle_label_is_left_out_and_a_faq_question_kept(tmp_path):
    path = tmp_path / "replay.html"
    path.write_text(
        "<html><head><title>Replay du webinaire</title></head><body><main><h1>Replay du webinaire</h1>"
        "<h2>Transcription</h2><details><summary>Afficher la transcription</summary>"
        "<p>Laure Piquemal : Bonjour à toutes et à tous, et bienvenue à ce webinaire consacré aux jeunes.</p>"
        "</details><h2>Questions fréquentes</h2><details><summary>Faut-il payer pour participer ?</summary>"
        "<p>Non, tous nos événements sont gratuits, mais l'inscription est obligatoire.</p></details>"
        "</main></body></html>", encoding="utf-8")
    _, passages = process_file(path, None, Settings())
    text = "\n".join(p.text for p in passages)
    assert "Afficher la transcription" not in text and "Bonjour à toutes et à tous" in text
    assert "Faut-il payer pour participer ?" in text


def test_paragraphs_styled_as_headings_by_an_export_are_sections(tmp_path):
    """A Google Docs export writes its headings as paragraphs in a larger font, without <h1>-<h3>."""
    style = (".c0{font-weight:400;font-size:11pt}.c3{font-weight:700;font-size:20pt}.c11{font-weight:700;font-size:14pt}"
             ".c13{font-weight:700;font-size:10pt}")
    body = "Le CLSM réunit les élus, la psychiatrie et les usagers autour d'une table commune chaque trimestre. " * 3
    path = tmp_path / "export.html"
    path.write_text(
        f"<html><head><style>{style}</style></head><body>"
        '<p class="c7"><span class="c3">Rapport d\'activité 2024</span></p>'
        f'<p class="c2"><span class="c0">{body}</span></p>'
        '<p class="c7"><span class="c11">Le CLSM en quelques mots</span></p>'
        f'<p class="c2"><span class="c0">{body}</span></p>'
        '<p class="c7"><span class="c11">Budget 2024</span></p>'
        '<p class="c2"><span class="c0">Le budget 2024 du CLSM s\'élève à 86 500 euros, financés par l\'ARS. </span>'
        f'<span class="c0">{body}</span></p>'
        '<p class="c4"><span class="c13">Indicateur</span></p>'  # bold, but smaller than the body: no heading
        "</body></html>", encoding="utf-8")
    _, passages = process_file(path, None, Settings())
    assert [p.location.section for p in passages][-2:] == ["Le CLSM en quelques mots", "Budget 2024"]
    assert "Indicateur" in passages[-1].text


def test_a_header_row_written_with_td_names_the_columns_of_figures(tmp_path):
    path = tmp_path / "indicateurs.html"
    path.write_text(
        "<html><body><main><h1>Rapport</h1><p>Les indicateurs d'activité du CLSM sont suivis chaque année.</p>"
        "<table><tr><td>Indicateur</td><td>2023</td><td>2024</td></tr>"
        "<tr><td>Situations examinées en cellule</td><td>84</td><td>112</td></tr>"
        "<tr><td>Personnes formées PSSM</td><td>31</td><td>48</td></tr></table></main></body></html>",
        encoding="utf-8")
    _, passages = process_file(path, None, Settings())
    text = "\n".join(p.text for p in passages)
    assert "Indicateur · 2023 · 2024\n\nSituations examinées en cellule — 84 · 112" in text


def test_a_definition_list_reads_each_term_with_what_it_is(tmp_path):
    path = tmp_path / "appel.html"
    path.write_text("<html><body><main><h1>Appel à projets 2026</h1><p>Les candidatures sont ouvertes aux "
                    "associations des quartiers prioritaires de la politique de la ville.</p><h2>Les dates clés</h2>"
                    "<dl><dt>Ouverture</dt><dd>5 février 2026</dd><dt>Date limite de dépôt des dossiers</dt>"
                    "<dd>3 avril 2026 à 12 h</dd><dt>Comité de sélection</dt><dd>12 mai 2026</dd></dl>"
                    "<h2>Glossaire</h2><dl><dt>GEM</dt><dd>Groupe d'entraide mutuelle : " + "une association "
                    "d'usagers qui organise l'entraide entre ses membres, " * 8 + "financée par l'ARS.</dd></dl>"
                    "</main></body></html>", encoding="utf-8")
    _, passages = process_file(path, None, Settings())
    text = "\n".join(p.text for p in passages)
    assert "Date limite de dépôt des dossiers : 3 avril 2026 à 12 h" in text
    assert "Comité de sélection : 12 mai 2026" in text
    assert "GEM\n\nGroupe d'entraide mutuelle" in text  # a long description stays a paragraph under its term


BOXED_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Appel à projets</title></head><body>
<main>
<h1>Appel à projets 2027 « Travailler et aller mieux »</h1>
<p>L'agence lance la deuxième édition de son appel à projets pour l'emploi des personnes qui vivent avec un trouble
psychique.</p>
<aside class="fr-callout en-bref"><h2>En bref</h2>
<dl><dt>Enveloppe totale</dt><dd>600 000 € sur deux ans (2027-2028)</dd>
<dt>Date limite de dépôt</dt><dd>15 janvier 2027 à 12 h</dd>
<dt>Nombre de projets visés</dt><dd>entre 8 et 12</dd></dl></aside>
<h2>Contexte</h2>
<p>La première édition, lancée en 2024, a permis de financer neuf projets dans les quartiers prioritaires.</p>
<aside><h2>Sur le même sujet</h2><ul><li><a href="/a">Les projets territoriaux de santé mentale</a></li>
<li><a href="/b">Les conseils locaux de santé mentale : carte régionale</a></li></ul></aside>
<aside>Articles liés : à lire aussi</aside>
<aside><h3>Restez informé</h3><p>Recevez chaque mois notre lettre d'information sur la santé mentale et les quartiers
directement dans votre boîte mail.</p><form><input name="email"><button>Je m'abonne</button></form></aside>
</main>
<aside class="col">Agenda du réseau : rencontre régionale des coordinateurs le 12 mars, inscriptions ouvertes à
tous les partenaires du réseau régional.</aside>
</body></html>"""


def test_a_box_of_the_article_is_read_but_sidebars_and_link_lists_are_not(tmp_path):
    path = tmp_path / "aap.html"
    path.write_text(BOXED_PAGE, encoding="utf-8")
    _, passages = process_file(path, None, Settings(passage_min_chars=10))
    text = "\n".join(p.text for p in passages)
    assert "Enveloppe totale : 600 000 € sur deux ans (2027-2028)" in text  # the "En bref" box of the article
    assert "Nombre de projets visés : entre 8 et 12" in text
    assert "En bref" in [p.location.section for p in passages]
    for noise in ("Sur le même sujet", "carte régionale", "Articles liés", "Agenda du réseau", "Restez informé",
                  "lettre d'information"):
        assert noise not in text


BUILDER_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Santé mentale et exil</title></head>
<body><div class="elementor elementor-482">
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<div class="elementor-heading-title">Santé mentale et exil : où s'adresser ?</div></div></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Le CLSM a recensé
les lieux où l'on peut être écouté dans sa langue, gratuitement et sans condition de titre de séjour.</p></div></div>
<div class="elementor-counter"><span class="elementor-counter-number" data-to-value="312">0</span>
<div class="elementor-counter-title">personnes reçues en 2025 aux permanences d'écoute</div></div>
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<div class="elementor-heading-title">Les permanences avec interprète</div></div></div>
<div role="table"><div role="row"><div role="columnheader">Lieu</div><div role="columnheader">Jour</div></div>
<div role="row"><div role="cell">Maison de quartier des Cordiers</div><div role="cell">Lundi</div></div>
<div role="row"><div role="cell">Centre social La Boussole</div><div role="cell">Mercredi</div></div></div>
</div></body></html>"""


def test_a_page_builder_s_blocks_headings_counters_and_tables_of_divs_are_read(tmp_path):
    path = tmp_path / "exil.html"
    path.write_text(BUILDER_PAGE, encoding="utf-8")
    _, passages = process_file(path, None, Settings(passage_min_chars=10))
    text = "\n".join(p.text for p in passages)
    assert "gratuitement et sans condition de titre de séjour" in text  # "widget" blocks are the page's content
    assert "312" in text and "0\n" not in text  # the counter's figure, not the "0" it starts from
    assert "Les permanences avec interprète" in [p.location.section for p in passages]  # a heading by its class
    assert "Lieu · Jour\n\nMaison de quartier des Cordiers — Lundi" in text  # a table of role="row"/"cell" divs


BLOG_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>À qui s'adresser ? | CLSM</title></head>
<body><main><article>
<h1>Santé mentale des 11-25 ans : à qui s'adresser ?</h1>
<div class="toc"><details open><summary><span class="details">Table des matières</span></summary>
<div class="inner"><ul><li><a href="#le-point-ecoute">Le point écoute</a></li>
<li><a href="#la-maison-des-adolescents">La maison des adolescents</a></li>
<li><a href="#se-former">Se former</a></li></ul></div></details></div>
<div class="post-content"><p>Quand un jeune ne va pas bien, plusieurs lieux l'accueillent gratuitement à Chalmont.</p>
<h2 id="le-point-ecoute">Le point écoute<a hidden class="anchor" aria-hidden="true" href="#le-point-ecoute">#</a></h2>
<p>Le point écoute reçoit les 11-25 ans sans rendez-vous, le jour même ou sous cinq jours.</p>
<h2 id="la-maison-des-adolescents">La maison des adolescents<a class="headerlink" href="#la-maison-des-adolescents">¶</a></h2>
<p>La maison des adolescents accueille aussi les parents, avec ou sans rendez-vous.</p>
<h2 id="se-former">Se former</h2><p>Les sessions de premiers secours en santé mentale sont gratuites.</p>
</div></article></main></body></html>"""


def test_a_heading_s_link_to_itself_and_the_table_of_contents_are_not_text(tmp_path):
    path = tmp_path / "blog.html"
    path.write_text(BLOG_PAGE, encoding="utf-8")
    _, passages = process_file(path, None, Settings(passage_min_chars=10))
    sections = [p.location.section for p in passages]
    assert "Le point écoute" in sections and "La maison des adolescents" in sections, sections  # no "#", no "¶"
    text = "\n".join(p.text for p in passages)
    assert "Table des matières" not in text
    assert "- Le point écoute" not in text  # nor are the contents' links


def test_a_web_page_saved_complete_is_one_document_without_its_resources(tmp_path):
    """"Enregistrer sous… Page web complète" puts "Page_files/" beside "Page.html": its styles, scripts, images and
    frames are the page's, not documents (a frame's ads and cookie banner are no page to cite), and no failure."""
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "Le CLSM de Valmoret.html": "<html><head><title>Le CLSM de Valmoret</title></head><body><main><h1>Le CLSM "
                                    "de Valmoret</h1><p>Le conseil local de santé mentale réunit élus, psychiatrie et "
                                    "usagers depuis 2019.</p></main></body></html>",
        "notes.md": "# Notes\n\nLe comité de pilotage se réunit deux fois par an.\n",
    })
    resources = tmp_path / "corpus" / "Le CLSM de Valmoret_files"
    resources.mkdir()
    (resources / "saved_resource.html").write_text("<html><body><p>Acceptez-vous les cookies ? Publicité : "
                                                   "achetez nos chaussures de sport.</p></body></html>", "utf-8")
    (resources / "style.css").write_text("body { color: red }", "utf-8")
    (resources / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(16))
    # a folder whose name only ends the same way, with no page beside it, holds documents
    (tmp_path / "corpus" / "Archives_files").mkdir()
    (tmp_path / "corpus" / "Archives_files" / "bilan.md").write_text("# Bilan\n\nDouze réunions en 2024.\n", "utf-8")
    report = assistant.refresh()
    assert not report.failed, report.failed
    assert {d.meta.path for d in assistant.documents()} == {
        "Le CLSM de Valmoret.html", "notes.md", "bilan.md"}


def _web_archive(html: str, part_charset: str | None = None) -> bytes:
    """A page saved as one file the way Chrome writes it: a multipart/related MIME message, the page
    quoted-printable (no charset on its part: the page's <meta> says it), then an image."""
    import quopri

    encoding = part_charset or "utf-8"
    body = quopri.encodestring(html.encode(encoding)).decode("ascii")
    content_type = f'text/html; charset="{part_charset}"' if part_charset else "text/html"
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.valmoret.example/clsm\r\n"
            "Subject: Le CLSM\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            "\tboundary=\"----MultipartBoundary--x1----\"\r\n\r\n\r\n------MultipartBoundary--x1----\r\n"
            f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: https://www.valmoret.example/clsm\r\n\r\n"
            f"{body}\r\n------MultipartBoundary--x1----\r\nContent-Type: image/png\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--x1------\r\n").encode("ascii")


def test_a_web_page_saved_as_one_file_is_read_as_its_page(tmp_path):
    from assistant.ingest.pipeline import load_document

    page = ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Le CLSM de Valmoret</title></head>"
            "<body><nav><a href=\"/\">Accueil</a></nav><main><h1>Le conseil local de santé mentale</h1><p>Le CLSM "
            "réunit élus, psychiatrie publique, usagers et aidants depuis 2019. Sa coordinatrice, Léa Cattin, anime "
            "deux groupes de travail.</p></main><footer>Mentions légales</footer></body></html>")
    path = tmp_path / "clsm.mhtml"
    path.write_bytes(_web_archive(page))
    doc = load_document(path, None, Settings())
    text = " ".join(u.text for u in doc.units)
    assert doc.meta.title == "Le CLSM de Valmoret"
    assert "Sa coordinatrice, Léa Cattin, anime" in text and "Accueil" not in text and "Mentions" not in text
    # a part that declares its charset is decoded by it (an older browser's .mht in Windows-1252)
    latin = page.replace('<meta charset="utf-8">', "")
    path = tmp_path / "clsm.mht"
    path.write_bytes(_web_archive(latin, part_charset="windows-1252"))
    assert "Léa Cattin" in " ".join(u.text for u in load_document(path, None, Settings()).units)


def test_a_web_archive_without_a_page_is_refused_in_french(tmp_path):
    from assistant.errors import IngestError
    from assistant.ingest.pipeline import load_document

    path = tmp_path / "vide.mhtml"
    path.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                     b"iVBORw0KGgo=\r\n")
    with pytest.raises(IngestError, match="sans page HTML"):
        load_document(path, None, Settings())


def test_removing_a_saved_page_removes_the_folder_saved_with_it(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "Le CLSM.html": "<html><head><title>Le CLSM</title></head><body><main><h1>Le CLSM</h1><p>Le conseil local "
                        "de santé mentale réunit élus, psychiatrie et usagers depuis 2019.</p></main></body></html>",
        "notes.md": "# Notes\n\nLe comité de pilotage se réunit deux fois par an.\n",
    })
    resources = tmp_path / "corpus" / "Le CLSM_files"
    resources.mkdir()
    (resources / "saved_resource.html").write_text("<html><body><p>Acceptez-vous les cookies ? Publicité : "
                                                   "achetez nos chaussures de sport.</p></body></html>", "utf-8")
    assistant.refresh()
    page = next(d.meta.doc_id for d in assistant.documents() if d.meta.path == "Le CLSM.html")
    report = assistant.remove_document(page)
    assert not report.failed and {d.meta.path for d in assistant.documents()} == {"notes.md"}
    assert not resources.exists() and sorted(p.name for p in (tmp_path / "corpus").iterdir()) == ["notes.md"]


def test_links_to_the_previous_and_next_pages_are_furniture(tmp_path):
    html = f"""<html><head><title>La consultation jeunes</title></head><body><main>
<h1>La consultation jeunes</h1><p>{LOREM * 3}</p><p>La consultation reçoit les jeunes de 12 à 25 ans.</p>
<ul class="pn"><li><a rel="prev" href="/a">&lt; Précédent</a></li><li><a rel="next" href="/b">Suivant &gt;</a></li></ul>
<ul class="pagenav"><li><a href="/c">Article précédent</a></li></ul>
<ul><li><a href="/d">Le programme des ateliers</a></li></ul>
</main></body></html>"""
    meta, passages = _load(tmp_path, html, passage_min_chars=10)
    everything = _everything(meta, passages)
    assert "Précédent" not in everything and "Suivant" not in everything and "Article précédent" not in everything
    assert "La consultation reçoit les jeunes" in everything and "Le programme des ateliers" in everything


def test_a_box_of_contacts_beside_the_content_is_read_after_it(tmp_path):
    html = f"""<html><head><title>Enfants confiés</title></head><body><main>
<h1>Enfants confiés</h1><p>{LOREM * 3}</p><p>Le médecin référent veille au bilan de santé de chaque enfant.</p>
</main>
<aside class="contact" aria-label="Contacts"><h2>Contacts</h2>
<h3>Médecin référent protection de l'enfance</h3><p>Dr Olivier Marsac — 03 99 00 30 18</p></aside>
<aside class="sidebar"><h2>À lire aussi</h2><ul><li><a href="/a">Le protocole départemental</a></li></ul></aside>
</body></html>"""
    meta, passages = _load(tmp_path, html, passage_min_chars=10)
    everything = _everything(meta, passages)
    assert "Dr Olivier Marsac — 03 99 00 30 18" in everything and "Le médecin référent veille" in everything
    assert "Le protocole départemental" not in everything
