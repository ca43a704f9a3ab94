"""Nothing the server shows needs a CDN: /docs, /embed, /admin and a page embedding the widget load in
a real Chromium where every request to another origin is blocked."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from api_support import ADMIN_TOKEN, ErrorLog, serve
from conftest import make_settings
from test_widget_browser import HOSTILE_PAGE, ask, browser, open_with_keyboard, site  # noqa: F401 - fixtures

from assistant.core import Assistant

pytestmark = pytest.mark.browser

NOTE = ("# Conseil local de santé mentale\n\nLe conseil local de santé mentale réunit les élus, la psychiatrie "
        "publique et les usagers. Il se réunit deux fois par an en assemblée plénière.\n")


@pytest.fixture(scope="module")
def api(site, tmp_path_factory):
    root, origin = site
    settings = make_settings(tmp_path_factory.mktemp("offline"), cors_origins=[origin], admin_token=ADMIN_TOKEN,
                             rate_limit_per_minute=0)
    settings.corpus_dir.mkdir()
    (settings.corpus_dir / "clsm.md").write_text(NOTE, "utf-8")
    assert Assistant(settings).refresh().added == ["clsm.md"]
    with ErrorLog() as log:
        server = serve(settings)
        (root / "index.html").write_text(HOSTILE_PAGE.format(api=server.url, body=""), encoding="utf-8")
        yield server.url
        server.stop()
    assert not log.records, log.messages()


@pytest.fixture
def offline_page(browser, api, site):  # noqa: F811 - `browser` is the widget tests' fixture
    """A page that may reach the server and the host site only; anything else is aborted and recorded."""
    allowed = {_origin(api), site[1]}
    context = browser.new_context(viewport={"width": 1100, "height": 800}, locale="fr-FR")
    page = context.new_page()
    page.elsewhere, page.requested, page.console_errors = [], [], []

    def route(r):
        if _origin(r.request.url) in allowed or r.request.url.startswith(("data:", "blob:")):
            r.continue_()
        else:
            page.elsewhere.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.on("request", lambda r: page.requested.append(r.url))
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    yield page
    assert not page.elsewhere, f"requêtes hors du serveur : {page.elsewhere}"
    assert not page.console_errors, page.console_errors
    context.close()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def test_swagger_ui_renders_its_operations_offline(offline_page, api):
    page = offline_page
    page.goto(f"{api}/docs")
    page.locator("#operations-questions-ask_v1_ask_post, .opblock-summary-path[data-path='/v1/ask']").first.wait_for(
        state="visible", timeout=20_000)
    assert page.locator(".opblock").count() >= 6
    assert page.locator(".info .title").first.text_content().startswith("Assistant CLSM")
    assert any(url.endswith("/docs-assets/swagger-ui-bundle.js") for url in page.requested)
    assert {_origin(url) for url in page.requested if not url.startswith("data:")} == {api}


def test_there_is_no_redoc_page(api):
    """ReDoc's bundle always loads its logo from cdn.redoc.ly: the documentation is /docs alone."""
    import httpx

    assert httpx.get(f"{api}/redoc").status_code == 404


def test_embed_and_a_host_page_with_the_widget_answer_offline(offline_page, api, site):
    page = offline_page
    page.goto(f"{api}/embed")
    page.wait_for_selector("clsm-assistant-widget", state="attached")
    page.goto(f"{site[1]}/index.html")
    open_with_keyboard(page)
    ask(page, "Qui réunit le conseil local de santé mentale ?")
    answer = page.locator("article.bot").last
    assert answer.locator(".sources li").count() >= 1
    assert any(url.endswith("/v1/ask/stream") for url in page.requested)


def test_admin_page_loads_and_signs_in_offline(offline_page, api):
    page = offline_page
    page.goto(f"{api}/admin")
    page.locator("#token").fill(ADMIN_TOKEN)
    page.locator("#sign-in-form button[type=submit]").click()
    page.locator("#console").wait_for(state="visible", timeout=20_000)
    assert {_origin(url) for url in page.requested} == {api}
