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
    assert [p.location.section for p in passages] == ["Santé mentale et quartiers", "Le rôle des élus", "Financement"]
    assert [p.location.start for p in passages] == [1, 2, 3]
    assert passages[1].location.label == "section « Le rôle des élus »"
    assert passages[1].context == "Santé mentale et quartiers — Le rôle des élus"
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
