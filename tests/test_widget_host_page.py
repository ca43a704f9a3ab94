"""The widget on a realistic host page (its own header, nav, main and footer) in a real Chromium: axe-core finds
nothing with the widget open, an answer shown and an excerpt expanded; a transcript's source names its time and
a slide deck's the number its slide prints, each linked to that place as the API gives it."""

from __future__ import annotations

import httpx
import pytest
from api_support import ErrorLog, serve
from conftest import make_settings
from ingest_fixtures import write_slides
from test_admin_page import assert_no_axe_violations
from test_widget_browser import ARTIFACTS, ask, browser, open_with_keyboard, page, site  # noqa: F401 - fixtures

from assistant.core import Assistant

pytestmark = pytest.mark.browser

HOST_PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Centre de ressources politique de la ville</title></head>
<body>
  <header>
    <p><a href="/index.html">Centre de ressources politique de la ville</a></p>
    <nav aria-label="Menu principal"><ul><li><a href="/index.html">Accueil</a></li>
      <li><a href="/index.html#ressources">Ressources</a></li></ul></nav>
  </header>
  <main>
    <h1>Santé mentale et politique de la ville</h1>
    <p id="ressources">Les supports et replays des webinaires du réseau.</p>
  </main>
  <footer><p>Centre de ressources — mentions légales</p></footer>
  <script src="{api}/widget.js" data-api="{api}" defer></script>
</body></html>
"""

CAPTIONS = """WEBVTT

00:00:05.000 --> 00:00:11.000
<v Fanny Pastant>Bonjour à toutes et à tous, bienvenue à ce webinaire sur les conseils locaux.

00:02:14.000 --> 00:02:21.000
Le jardin partagé de Roubaix accueille chaque mercredi les habitants suivis par le centre médico-psychologique.

00:02:21.000 --> 00:02:28.000
Les jardiniers bénévoles y cultivent des légumes avec eux toute l'année.
"""
TRANSCRIPT_QUESTION = "Que propose le jardin partagé de Roubaix ?"

TOPICS = ["Accueil", "Diagnostic partagé", "Comité de pilotage", "Assemblée plénière", "Groupes de travail",
          "Coordination", "Financements", "Conclusion"]
SLIDES = [[topic, f"- Ce que dit la diapositive sur {topic.lower()} et ses enjeux locaux"] for topic in TOPICS]
SLIDES[4] = ["Cellule de cas complexes de Tarbes",
             "- La cellule de cas complexes de Tarbes se réunit chaque mois à la mairie"]
SLIDE_QUESTION = "Quand se réunit la cellule de cas complexes de Tarbes ?"

CATALOG = """["2024-06-11_replay-webinaire-clsm.vtt"]
title = "Replay du webinaire CLSM"
kind = "transcript"
date = 2024-06-11
url = "https://replay.example.org/webinaire-clsm"

["2024-06-11_support-clsm.pdf"]
title = "Support du webinaire CLSM"
kind = "slides"
date = 2024-06-11
url = "https://docs.example.org/support-clsm.pdf"
"""


@pytest.fixture(scope="module")
def api(site, tmp_path_factory):  # noqa: F811 - `site` is the widget tests' fixture
    """A server over a transcript and a slide deck whose fifth page prints 4 (a hidden slide before it)."""
    root, origin = site
    settings = make_settings(tmp_path_factory.mktemp("host-page"), cors_origins=[origin], rate_limit_per_minute=0)
    corpus = settings.corpus_dir
    corpus.mkdir()
    (corpus / "2024-06-11_replay-webinaire-clsm.vtt").write_text(CAPTIONS, "utf-8")
    write_slides(corpus / "2024-06-11_support-clsm.pdf", SLIDES, numbers=[1, 2, 3, 3, 4, 5, None, 7])
    (corpus / "catalog.toml").write_text(CATALOG, "utf-8")
    report = Assistant(settings).refresh()
    assert len(report.added) == 2 and not report.failed and not report.warnings, report
    with ErrorLog() as log:
        server = serve(settings)
        (root / "host.html").write_text(HOST_PAGE.format(api=server.url), encoding="utf-8")
        yield server.url
        server.stop()
    assert not log.records, log.messages()


def cited(api: str, question: str, title: str) -> dict:
    """The API's citation of the document `title` for `question` (what the widget must show)."""
    citations = httpx.post(f"{api}/v1/ask", json={"question": question}, timeout=60).json()["citations"]
    return next(c for c in citations if c["title"] == title)


def widget_source(page, citation: dict):
    """The widget's source numbered like the API's citation, in the page's first answer."""
    source = page.locator(f"#clsm-src-1-{citation['n']}")
    assert source.locator(".src-title").text_content() == citation["title"]
    return source


def test_no_axe_violation_with_the_widget_open_an_answer_shown_and_an_excerpt_expanded(page, api, site):
    page.goto(f"{site[1]}/host.html")
    open_with_keyboard(page)
    ask(page, TRANSCRIPT_QUESTION)
    source = page.locator("article.bot").last.locator(".sources li").first
    source.locator("summary").click()
    assert source.locator(".excerpt").is_visible()
    assert_no_axe_violations(page)
    # The page keeps its one banner: the widget's title bar is not another one.
    assert page.get_by_role("banner").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget-host-page.png"))
    assert not page.console_errors, page.console_errors


def test_the_embed_page_with_an_answer_and_an_excerpt_has_no_axe_violation(page, api):
    page.goto(f"{api}/embed")
    page.locator("#clsm-question").fill(SLIDE_QUESTION)
    page.locator("button.send").click()
    page.locator("article.bot[aria-busy=false] .sources summary").first.click()
    assert_no_axe_violations(page)


def test_a_transcript_source_names_its_time_and_links_to_that_second(page, api, site):
    expected = cited(api, TRANSCRIPT_QUESTION, "Replay du webinaire CLSM")
    assert expected["location_detail"]["kind"] == "time" and "t=" in expected["link"]
    assert expected["kind_label"] == "transcription"
    page.goto(f"{site[1]}/host.html")
    open_with_keyboard(page)
    ask(page, TRANSCRIPT_QUESTION)
    source = widget_source(page, expected)
    meta = source.locator(".src-meta").text_content()
    assert meta.startswith(f"transcription · {expected['location']} · "), meta
    assert expected["location"].startswith("00:02:")  # the time of the quoted words, not the replay's start
    assert source.locator("a.src-title").get_attribute("href") == expected["link"]
    assert not page.console_errors, page.console_errors


def test_a_slide_source_names_the_number_it_prints_and_links_to_its_pdf_page(page, api, site):
    expected = cited(api, SLIDE_QUESTION, "Support du webinaire CLSM")
    assert expected["location"] == "diapositive 4" and expected["location_detail"]["start"] == 5
    assert expected["link"] == "https://docs.example.org/support-clsm.pdf#page=5"
    page.goto(f"{site[1]}/host.html")
    open_with_keyboard(page)
    ask(page, SLIDE_QUESTION)
    source = widget_source(page, expected)
    assert source.locator(".src-meta").text_content().startswith("diaporama · diapositive 4 · 11 juin 2024")
    assert source.locator("a.src-title").get_attribute("href") == expected["link"]
    marker = page.locator("article.bot").last.locator(f"button.cite[data-n='{expected['n']}']").first
    assert marker.get_attribute("aria-label") == f"Source {expected['n']} : Support du webinaire CLSM, diapositive 4"
    assert not page.console_errors, page.console_errors


def test_the_documents_listing_gives_each_kind_its_french_label(api):
    documents = httpx.get(f"{api}/v1/documents").json()["documents"]
    assert {(d["kind"], d["kind_label"]) for d in documents} == {("transcript", "transcription"),
                                                                  ("slides", "diaporama")}
