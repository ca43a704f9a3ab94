"""The widget in a real headless Chromium, embedded by a page served from another loopback origin."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from pathlib import Path

import pytest
from api_support import XSS_IMG, XSS_SCRIPT, ErrorLog, copy_index, serve, write_payload_pdf

from assistant.core import Assistant

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUESTION = "Comment impliquer les élus dans un CLSM ?"
PAYLOAD_QUESTION = "Que fait l'atelier d'hippothérapie de Valenciennes ?"

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not Path(CHROMIUM).exists() and shutil.which("chromium") is None,
                                reason="chromium absent : apt-get install -y chromium")]

HOSTILE_PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Site du centre de ressources</title>
<style>
  * {{ color: red !important; font-size: 40px; font-family: "Comic Sans MS", cursive !important; }}
  button {{ display: none !important; }}
  div, section, p {{ border: 3px dotted green; padding: 20px; }}
</style></head>
<body>
  <a href="#haut" id="host-link">Accueil du site</a>
  <p id="host-text">Texte du site hôte.</p>
  <button id="host-button">Bouton du site</button>
  <span class="sr" id="host-sr">classe partagée avec le widget</span>
  <p class="answer" id="host-answer">une autre classe du widget</p>
  {body}
  <script src="{api}/widget.js" data-api="{api}" defer></script>
</body></html>
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A static 'website' on 127.0.0.2: another origin than the API on 127.0.0.1."""
    root = tmp_path_factory.mktemp("site")
    (root / "favicon.ico").write_bytes(b"")
    server = http.server.ThreadingHTTPServer(("127.0.0.2", 0), functools.partial(QuietHandler, directory=root))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.2:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def widget_settings(sample_settings, site, tmp_path_factory):
    """The server's settings: a copy of the sample index, its own question log; CORS allows the site only."""
    return copy_index(sample_settings, tmp_path_factory.mktemp("widget"), cors_origins=[site[1]],
                      rate_limit_per_minute=0)


@pytest.fixture(scope="module")
def api(widget_settings, site):
    """The API over the sample index plus a PDF carrying an HTML/script payload; CORS allows the site only."""
    root, _ = site
    settings = widget_settings
    write_payload_pdf(settings.corpus_dir / "2024-05-30_atelier-hippotherapie.pdf")
    assistant = Assistant(settings)
    report = assistant.refresh()
    assert report.added == ["2024-05-30_atelier-hippotherapie.pdf"], report
    with ErrorLog() as log:
        server = serve(settings, assistant)
        (root / "index.html").write_text(HOSTILE_PAGE.format(api=server.url, body=""), encoding="utf-8")
        iframe = f'<iframe id="frame" src="{server.url}/embed" title="Assistant" width="420" height="640"></iframe>'
        (root / "iframe.html").write_text(
            HOSTILE_PAGE.format(api=server.url, body=iframe).replace('<script src', '<!-- <script src')
            .replace("defer></script>", "defer></script> -->"), encoding="utf-8")
        yield server.url
        server.stop()
    assert not log.records, log.messages()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                                    args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 800}, locale="fr-FR")
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    yield page
    context.close()


def shadow_active(page) -> str:
    """Class or id of the element focused inside the widget's shadow root ('' if focus is elsewhere)."""
    return page.evaluate("""() => {
        const host = document.querySelector('clsm-assistant-widget');
        const el = host && document.activeElement === host ? host.shadowRoot.activeElement : null;
        return el ? (el.id || el.className) : '';
    }""")


def open_with_keyboard(page) -> None:
    page.wait_for_selector("clsm-assistant-widget", state="attached")
    for _ in range(6):
        page.keyboard.press("Tab")
        if shadow_active(page) == "launcher":
            break
    assert shadow_active(page) == "launcher"
    page.keyboard.press("Enter")
    page.wait_for_selector("[role=dialog]", state="visible")
    assert shadow_active(page) == "clsm-question"


def ask(page, question: str) -> None:
    answers = page.locator("article.bot[aria-busy=false]").count()
    page.keyboard.type(question)
    page.keyboard.press("Enter")
    page.wait_for_function(
        "n => document.querySelector('clsm-assistant-widget').shadowRoot"
        ".querySelectorAll('article.bot[aria-busy=false]').length > n", arg=answers, timeout=30_000)


def test_widget_asks_and_shows_a_cited_answer(page, api, site):
    _, origin = site
    requests = []
    page.on("request", lambda r: r.url.endswith("/v1/ask/stream") and requests.append(json.loads(r.post_data)))
    page.goto(f"{origin}/index.html")
    open_with_keyboard(page)
    dialog = page.locator("[role=dialog]")
    assert dialog.get_attribute("aria-labelledby") == "clsm-title"
    assert page.locator("[role=log]").get_attribute("aria-live") == "polite"
    assert page.locator("label[for=clsm-question]").text_content() == "Votre question"

    ask(page, QUESTION)
    last = page.locator("article.bot").last
    assert last.locator(".error").count() == 0
    markers = last.locator("button.cite")
    assert markers.count() >= 1 and markers.first.text_content().startswith("[")
    sources = last.locator(".sources li")
    assert sources.count() >= 1
    first = sources.first
    assert first.locator(".src-title").text_content().strip()
    assert first.locator(".src-meta").text_content().strip()  # page, slide or time, date…
    links = last.locator(".sources a.src-title")
    assert links.count() >= 1 and links.first.get_attribute("href").startswith("http")
    assert links.first.get_attribute("rel") == "noopener noreferrer"

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget.png"))

    n = markers.first.get_attribute("data-n")
    markers.first.click()
    target = last.locator(f"#clsm-src-1-{n}")
    assert target.locator("details").evaluate("d => d.open")
    assert target.evaluate("el => el.getRootNode().activeElement === el")
    page.screenshot(path=str(ARTIFACTS / "widget-source.png"))

    # A follow-up sends the previous turn back.
    page.locator("#clsm-question").focus()
    ask(page, "Et pour les usagers ?")
    assert requests[0]["conversation"] == []
    assert requests[1]["conversation"][0]["question"] == QUESTION

    # Escape closes the panel and gives focus back to the launcher.
    page.keyboard.press("Escape")
    page.wait_for_selector("[role=dialog]", state="hidden")
    assert shadow_active(page) == "launcher"
    assert page.locator("button.launcher").get_attribute("aria-expanded") == "false"
    assert not page.console_errors, page.console_errors


def test_answer_parts_and_a_follow_up_read_alone(page, api, site):
    _, origin = site
    requests = []
    page.on("request", lambda r: r.url.endswith("/v1/ask/stream") and requests.append(json.loads(r.post_data)))
    page.goto(f"{origin}/index.html")
    open_with_keyboard(page)
    ask(page, "CLS volet santé mentale vs CLSM : quelles différences ?")
    last = page.locator("article.bot").last
    labels = last.locator(".answer .label").all_text_contents()
    assert labels == ["CLS volet santé mentale : ", "CLSM : "]
    assert last.locator(".answer button.cite").count() >= 2

    page.locator("#clsm-question").focus()
    ask(page, "Combien de CLSM actifs en France en 2024 ?")
    ask(page, "et en Occitanie ?")
    note = page.locator(".understood").last
    assert note.text_content().startswith("compris comme : Combien de CLSM actifs")
    answers = page.locator("article.bot[aria-busy=false]").count()
    note.locator("button").click()
    page.wait_for_function(
        "n => document.querySelector('clsm-assistant-widget').shadowRoot"
        ".querySelectorAll('article.bot[aria-busy=false]').length > n", arg=answers, timeout=30_000)
    assert requests[-1]["standalone"] is True and requests[-1]["question"] == "et en Occitanie ?"
    assert [t["question"] for t in requests[-1]["conversation"]] == [
        "CLS volet santé mentale vs CLSM : quelles différences ?", "Combien de CLSM actifs en France en 2024 ?"]
    assert not page.console_errors, page.console_errors


def test_host_css_and_widget_css_stay_apart(page, api, site):
    _, origin = site
    page.goto(f"{origin}/index.html")
    launcher = page.locator("button.launcher")
    launcher.wait_for(state="visible")  # the host's `button {display:none}` does not reach it
    style = launcher.evaluate("""el => { const s = getComputedStyle(el);
        return {color: s.color, size: s.fontSize, family: s.fontFamily, display: s.display}; }""")
    assert style["color"] == "rgb(255, 255, 255)" and style["size"] == "15px"
    assert "Comic" not in style["family"] and style["display"] != "none"
    launcher.click()
    text_style = page.locator(".welcome p").first.evaluate(
        "el => [getComputedStyle(el).color, getComputedStyle(el).fontSize, getComputedStyle(el).borderTopStyle]")
    assert text_style == ["rgb(28, 37, 48)", "14px", "none"]
    # The widget's class names do not style the host's elements.
    host = page.evaluate("""() => {
        const s = id => getComputedStyle(document.getElementById(id));
        return {sr: document.getElementById('host-sr').getBoundingClientRect().width,
                answerSpace: s('host-answer').whiteSpace, text: s('host-text').fontSize,
                button: s('host-button').display, color: s('host-text').color}; }""")
    assert host["sr"] > 10 and host["answerSpace"] == "normal"
    assert host == host | {"text": "40px", "button": "none", "color": "rgb(255, 0, 0)"}


def test_document_payload_stays_inert_text(page, api, site):
    _, origin = site
    page.goto(f"{origin}/index.html")
    open_with_keyboard(page)
    ask(page, PAYLOAD_QUESTION)
    last = page.locator("article.bot").last
    item = last.locator(".sources li", has_text="hippoth").first
    item.locator("summary").click()
    excerpt = item.locator(".excerpt").text_content()
    assert XSS_SCRIPT in excerpt and XSS_IMG in excerpt
    assert item.locator(".excerpt").is_visible()
    state = page.evaluate("""() => { const root = document.querySelector('clsm-assistant-widget').shadowRoot;
        return {pwned: typeof window.__pwned, imgs: root.querySelectorAll('img').length,
                scripts: root.querySelectorAll('script').length + document.querySelectorAll('script').length}; }""")
    assert state == {"pwned": "undefined", "imgs": 0, "scripts": 1}
    page.wait_for_timeout(300)  # an onerror would have fired by now
    assert page.evaluate("typeof window.__pwned") == "undefined"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget-payload.png"))


def test_usable_at_320_pixels(browser, api, site):
    _, origin = site
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="fr-FR", is_mobile=True)
    page = context.new_page()
    try:
        page.goto(f"{origin}/index.html")
        open_with_keyboard(page)
        box = page.locator("[role=dialog]").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320 and box["height"] <= 640
        for selector in ("#clsm-question", "button.send", "button[aria-label=\"Fermer l'assistant\"]"):
            b = page.locator(selector).bounding_box()
            assert b and b["x"] >= 0 and b["x"] + b["width"] <= 320 and b["width"] >= 24, selector
        ask(page, QUESTION)
        last = page.locator("article.bot").last
        assert last.locator(".sources li").count() >= 1
        overflow = last.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
        assert overflow
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "widget-320.png"))
    finally:
        context.close()


def test_embed_page_in_an_iframe(page, api, site):
    _, origin = site
    page.goto(f"{origin}/iframe.html")
    frame = page.frame_locator("#frame")
    frame.locator("[role=dialog]").wait_for(state="visible")
    frame.locator("#clsm-question").fill(QUESTION)
    frame.locator("button.send").click()
    frame.locator("article.bot[aria-busy=false] .sources li").first.wait_for(timeout=30_000)
    assert frame.locator("button.cite").count() >= 1
    assert not page.console_errors, page.console_errors


def test_feedback_buttons_rate_the_answer_in_the_servers_question_log(page, api, site, widget_settings):
    """« Utile » from the keyboard, then « Pas utile » with a comment: both land on the answer's row of the
    server's SQLite log (front end "widget"), with a French thank-you and the pressed state announced."""
    from playwright.sync_api import expect

    from assistant.usage import QuestionLog

    _, origin = site
    sent = []
    page.on("request", lambda r: r.url.endswith("/v1/feedback") and sent.append(json.loads(r.post_data)))
    page.goto(f"{origin}/index.html")
    open_with_keyboard(page)
    ask(page, QUESTION)
    group = page.locator("article.bot").last.locator(".feedback")
    assert group.get_attribute("role") == "group"
    useful = group.get_by_role("button", name="Utile", exact=True)
    not_useful = group.get_by_role("button", name="Pas utile", exact=True)
    assert useful.get_attribute("aria-pressed") == not_useful.get_attribute("aria-pressed") == "false"
    assert group.locator("textarea").is_hidden()

    useful.focus()
    page.keyboard.press("Enter")
    expect(group.locator(".fb-status")).to_have_text("Merci pour votre avis !")
    assert useful.get_attribute("aria-pressed") == "true"
    log = QuestionLog(widget_settings.data_dir)
    row = next(r for r in log.rows() if r.id == sent[0]["id"])
    assert (row.question, row.front_end, row.useful) == (QUESTION, "widget", True)

    not_useful.click()
    comment = group.locator("textarea")
    expect(comment).to_be_focused()
    assert not_useful.get_attribute("aria-pressed") == "true" and useful.get_attribute("aria-pressed") == "false"
    assert group.locator("label").text_content() == "Qu'est-ce qui manquait ? (facultatif)"
    comment.fill("Il manque les financements de l'ARS.")
    group.get_by_role("button", name="Envoyer").click()
    expect(group.locator(".fb-status")).to_have_text("Merci pour votre commentaire !")
    assert comment.is_hidden()
    row = next(r for r in log.rows() if r.id == sent[0]["id"])
    assert (row.useful, row.comment) == (False, "Il manque les financements de l'ARS.")
    assert [s["id"] for s in sent] == [sent[0]["id"]] * 3
    page.screenshot(path=str(ARTIFACTS / "widget-feedback.png"))
    assert not page.console_errors, page.console_errors
