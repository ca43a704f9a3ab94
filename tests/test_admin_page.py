"""The admin page (`GET /admin`) in a real headless Chromium against a real server: sign-in with the token,
the live index, a refresh followed to its end, upload and removal, the usage report, axe-core, 375 px,
keyboard only, and no request to any other origin."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import pytest
from api_support import ADMIN_TOKEN, XSS_IMG, ErrorLog, copy_index, serve, write_payload_pdf
from axe_playwright_python.sync_playwright import Axe
from test_widget_browser import ARTIFACTS, browser  # noqa: F401 - the shared Chromium fixture

pytestmark = pytest.mark.browser

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
UPLOAD_TITLE = f"Atelier d'hippothérapie {XSS_IMG} à Valenciennes"
NOTE = "note-conseil-local.md"
UNANSWERED = "Comment préparer une ratatouille provençale ?"
COMMENT = "<b>Hors sujet</b> ?"


@pytest.fixture(scope="module")
def api(sample_settings, tmp_path_factory):
    """The API over a private copy of the sample index, with an admin token; nothing may log an error."""
    base = tmp_path_factory.mktemp("admin-page")
    settings = copy_index(sample_settings, base, admin_token=ADMIN_TOKEN, rate_limit_per_minute=0,
                          data_dir=base / "data")
    with ErrorLog() as log:
        server = serve(settings)
        yield server.url, settings
        server.stop()
    assert not log.records, log.messages()


def new_page(browser, width=1100, height=800, **options):  # noqa: F811 - the fixture passed in
    context = browser.new_context(viewport={"width": width, "height": height}, locale="fr-FR", **options)
    page = context.new_page()
    page.console_errors = []
    page.requests = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(
        f"{m.text} @ {m.location.get('url', '')}"))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    page.on("request", lambda r: page.requests.append(r.url))
    return page


@pytest.fixture
def page(browser):  # noqa: F811
    page = new_page(browser)
    yield page
    page.context.close()


def sign_in(page, url, token=ADMIN_TOKEN):
    page.goto(f"{url}/admin")
    page.fill("#token", token)
    page.click("#sign-in-form button[type=submit]")
    if token == ADMIN_TOKEN:
        page.wait_for_selector("#console", state="visible")
        page.wait_for_selector("#documents li")


def unexpected_errors(page) -> list[str]:
    """Console errors, less the browser's notes of a refused token and of a server without the usage report."""
    expected = ("404 (Not Found) @ ", "/v1/admin/report"), ("403 (Forbidden) @ ", "/v1/admin/status")
    return [e for e in page.console_errors if not any(a in e and e.endswith(b) for a, b in expected)]


def active_id(page) -> str:
    return page.evaluate("document.activeElement ? document.activeElement.id : ''")


def tab_to(page, element_id: str, presses: int = 25) -> None:
    for _ in range(presses):
        if active_id(page) == element_id:
            return
        page.keyboard.press("Tab")
    assert active_id(page) == element_id


def assert_no_axe_violations(page) -> None:
    results = Axe().run(page)
    violations = [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in results.response["violations"]]
    assert violations == [], violations


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_sign_in_view_is_accessible_and_a_wrong_token_gets_a_french_error(page, api):
    url, _ = api
    response = page.goto(f"{url}/admin")
    assert response.status == 200 and response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp and "http" not in csp
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("label[for=token]").text_content() == "Jeton d'administration"
    assert page.locator("#console").is_hidden()
    assert_no_axe_violations(page)

    page.fill("#token", "pas-le-bon-jeton")
    page.click("#sign-in-form button[type=submit]")
    error = page.locator("#sign-in-error")
    error.wait_for(state="visible")
    assert error.text_content() == "Jeton d'administration invalide."
    assert error.get_attribute("role") == "alert"
    assert page.locator("#console").is_hidden()
    assert page.evaluate("sessionStorage.length + localStorage.length") == 0
    assert_no_axe_violations(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin-sign-in.png"))
    assert not unexpected_errors(page), page.console_errors


def test_keyboard_only_sign_in_then_refresh_followed_to_its_report(page, api, browser):  # noqa: F811
    url, settings = api
    (settings.corpus_dir / NOTE).write_text(
        "# Conseil local\n\n" + "Le conseil local de santé mentale réunit les élus, les habitants et "
        "les professionnels du quartier prioritaire. " * 60, encoding="utf-8")
    page.goto(f"{url}/admin")
    tab_to(page, "token")
    page.keyboard.type(ADMIN_TOKEN)
    page.keyboard.press("Enter")
    page.wait_for_selector("#console", state="visible")
    assert active_id(page) == "index-title"
    assert page.evaluate("sessionStorage.getItem('clsm-admin-token')") == ADMIN_TOKEN
    assert page.evaluate("localStorage.length") == 0 and page.context.cookies() == []

    page.wait_for_selector("#documents li")
    status = httpx.get(f"{url}/v1/admin/status", headers=AUTH).json()
    facts = page.locator("#index-facts").text_content()
    assert status["generation"] in facts and f"Passages{status['passages']}" in facts
    assert page.locator("#documents li").count() == len(status["documents"])

    page.evaluate("""() => { window.__stages = [];
        new MutationObserver(() => window.__stages.push(document.getElementById('refresh-stage').textContent))
            .observe(document.getElementById('refresh-stage'), {childList: true, characterData: true, subtree: true});
        window.__progressShown = false;
        new MutationObserver(() => { if (!document.getElementById('refresh-progress').hidden)
            window.__progressShown = true; })
            .observe(document.getElementById('refresh-progress'), {attributes: true}); }""")
    tab_to(page, "start-refresh")
    page.keyboard.press("Enter")
    done = page.locator("#refresh-status", has_text="Mise à jour terminée.")
    done.wait_for(timeout=300_000)
    assert page.evaluate("window.__progressShown") is True
    stages = page.evaluate("window.__stages")
    assert stages and all(s == "Démarrage…" or s.startswith(("Lecture des fichiers : ", "Calcul des vecteurs"))
                          for s in stages), stages
    report = done.text_content()
    assert "Ajoutés : 1" in report and NOTE in report and "En échec : 0" in report
    assert page.locator("#refresh-progress").is_hidden() and not page.locator("#start-refresh").is_disabled()
    page.locator("#last-refresh", has_text=NOTE).wait_for()
    page.locator("#documents li[data-doc='note-conseil-local']").wait_for()
    page.wait_for_function("() => !document.getElementById('usage-report').textContent.startsWith('Chargement')")
    assert_no_axe_violations(page)

    # The token lives in this tab only: a reload keeps the session, another tab must sign in.
    page.reload()
    page.wait_for_selector("#console", state="visible")
    other = page.context.new_page()
    other.goto(f"{url}/admin")
    other.wait_for_selector("#sign-in", state="visible")
    assert other.locator("#console").is_hidden()
    other.close()
    assert not unexpected_errors(page), page.console_errors
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin.png"), full_page=True)


def test_upload_with_catalog_fields_is_listed_then_removed(page, api, tmp_path):
    url, settings = api
    pdf = tmp_path / "2024-05-30_atelier-hippotherapie.pdf"
    write_payload_pdf(pdf)
    sign_in(page, url)
    page.set_input_files("#f-file", str(pdf))
    page.fill("#f-title", UPLOAD_TITLE)
    page.fill("#f-date", "2024-05-30")
    page.fill("#f-kind", "slides")
    page.fill("#f-event", "Journée santé mentale et politique de la ville")
    page.fill("#f-organisers", "IREV; CCOMS")
    page.fill("#f-region", "Hauts-de-France")
    page.fill("#f-url", "https://example.org/hippotherapie")
    page.click("#upload-button")
    page.locator("#upload-status.ok", has_text="Document enregistré et indexé.").wait_for(timeout=300_000)

    doc_id = "2024-05-30_atelier-hippotherapie"
    indexed = httpx.get(f"{url}/v1/documents/{doc_id}").json()
    item = page.locator(f"#documents li[data-doc='{doc_id}']")
    item.wait_for()
    assert item.locator("h3").text_content() == UPLOAD_TITLE  # the payload stays text
    assert indexed["passages"] >= 1
    expected = f"{indexed['passages']} passage" + ("s" if indexed["passages"] > 1 else "")
    assert item.locator(".doc-passages").text_content() == expected
    lines = item.text_content()
    assert "30 mai 2024 · diaporama · Hauts-de-France" in lines and "Organisateurs : IREV, CCOMS" in lines
    assert "Événement : Journée santé mentale et politique de la ville" in lines
    assert item.locator("a").get_attribute("href") == "https://example.org/hippotherapie"
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#documents img, #documents script").count() == 0
    assert page.locator("#f-title").input_value() == ""  # the form is ready for the next one

    item.get_by_role("button", name="Retirer").click()
    assert active_id(page) == "" and page.evaluate("document.activeElement.textContent") == "Confirmer le retrait"
    item.get_by_role("button", name="Annuler").click()
    item.get_by_role("button", name="Retirer").click()
    item.get_by_role("button", name="Confirmer le retrait").click()
    page.locator("#remove-status.ok", has_text="Document retiré du corpus et de l'index.").wait_for(timeout=300_000)
    assert "Retirés : 1" in page.locator("#remove-status").text_content()
    page.locator(f"#documents li[data-doc='{doc_id}']").wait_for(state="detached")
    assert active_id(page) == "docs-title"
    assert httpx.get(f"{url}/v1/documents/{doc_id}").status_code == 404
    assert not (settings.corpus_dir / pdf.name).exists()
    assert pdf.name not in (settings.corpus_dir / settings.catalog_file).read_text(encoding="utf-8")
    # a later action's message replaces the removal's: it is no longer news once the index is refreshed again
    page.click("#start-refresh")
    page.locator("#refresh-status", has_text="Mise à jour terminée.").wait_for(timeout=300_000)
    assert page.locator("#remove-status").text_content() == "" and page.locator("#upload-status").text_content() == ""
    assert not unexpected_errors(page), page.console_errors


def test_usable_at_375_pixels(browser, api):  # noqa: F811
    url, _ = api
    page = new_page(browser, 375, 740, is_mobile=True, has_touch=True)
    try:
        page.goto(f"{url}/admin")
        assert no_horizontal_scroll(page)
        sign_in(page, url)
        page.wait_for_function("() => !document.getElementById('usage-report').textContent.startsWith('Chargement')")
        assert no_horizontal_scroll(page)
        for selector in ("#start-refresh", "#upload-button", "#f-url", "#f-file", "#documents li button"):
            box = page.locator(selector).first.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375, selector
        widths = page.evaluate("[...document.querySelectorAll('.card')].map(c => c.getBoundingClientRect().right)")
        assert widths and max(widths) <= 375
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "admin-375.png"), full_page=True)
        assert not unexpected_errors(page), page.console_errors
    finally:
        page.context.close()


def test_everything_comes_from_the_server_itself_and_the_report_matches_the_api(page, api):
    url, _ = api
    asked = httpx.post(f"{url}/v1/ask", json={"question": UNANSWERED}, timeout=120).json()
    rated = httpx.post(f"{url}/v1/feedback", json={"id": asked["id"], "useful": False, "comment": COMMENT})
    assert rated.status_code == 204, rated.text
    sign_in(page, url)
    page.wait_for_function("() => !document.getElementById('usage-report').textContent.startsWith('Chargement')")
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
    loaded = {urlsplit(u).path for u in page.requests}
    assert {"/admin", "/admin/admin.css", "/admin/admin.js", "/v1/admin/status", "/v1/admin/report"} <= loaded
    assert [u for u in page.requests if not u.startswith(origin + "/")] == []
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(244, 247, 249)"
    fonts = page.evaluate("[...document.fonts].length")
    assert fonts == 0  # no web font: system fonts only

    report = httpx.get(f"{url}/v1/admin/report", headers=AUTH).json()
    shown = page.locator("#usage-report")
    total = report.get("total", report.get("questions"))
    assert shown.text_content().startswith(f"{total} question"), shown.text_content()
    assert total >= 1 and "Rapport indisponible" not in shown.text_content()
    unanswered = shown.locator("section, div", has=page.locator("h3", has_text="sans réponse"))
    assert UNANSWERED in unanswered.first.text_content()
    not_useful = shown.locator("div", has=page.locator("h3", has_text="peu utiles")).first.text_content()
    assert UNANSWERED in not_useful and f"Commentaire : {COMMENT}" in not_useful  # the markup stays text
    assert page.locator("#usage-report b, #usage-report img").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    shown.screenshot(path=str(ARTIFACTS / "admin-report.png"))
    assert not unexpected_errors(page), page.console_errors
