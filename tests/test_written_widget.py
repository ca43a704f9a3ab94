"""Written answers in the widget, in a real Chromium against a real server and the stand-in model: the label
saying what the answer is, several marks on a sentence, "Rédaction en cours…", the note of a fallback, a restart
that replaces the written sentences by the extracts, the sources located at the end; axe-core finds nothing."""

from __future__ import annotations

import pytest
from api_support import ErrorLog
from llm_standin import Reply, StandInChat
from test_admin_page import assert_no_axe_violations
from test_widget_browser import ARTIFACTS, browser, page  # noqa: F401 - fixtures
from test_written_api import EXTRACTS, HANG_S, QUESTION, WRITTEN, given, serve_with_model

pytestmark = pytest.mark.browser

BOT = "article.bot"
DONE = "article.bot[aria-busy=false]"


@pytest.fixture(scope="module")
def api(tiny, script, tmp_path_factory):
    with StandInChat(script) as chat, ErrorLog() as log:
        server = serve_with_model(tiny.settings, chat, tmp_path_factory.mktemp("widget-written"))
        yield server.url
        server.stop()
    assert not log.records, log.messages()


def two_sentences(body: dict) -> str:
    """A faithful answer whose first sentence cites two passages."""
    p = given(body)
    return f"{p[1][0]} [1][2]. {p[2][0]} [2]."


def ask(page, api: str) -> None:
    page.route("**/favicon.ico", lambda route: route.fulfill(status=204))  # the API serves no icon
    page.goto(f"{api}/embed")
    page.locator("#clsm-question").fill(QUESTION)
    page.locator("button.send").click()


def cites(sentence_holder) -> list[str]:
    return sentence_holder.locator("button.cite").all_text_contents()


def test_a_written_answer_shows_its_label_its_marks_and_the_sources_located_at_the_end(page, api, script, tiny):
    script.reply = lambda body: Reply.hang(1.5, two_sentences(body))
    ask(page, api)
    bot = page.locator(BOT).last
    # While the model writes and no sentence has come: the label, and "Rédaction en cours…".
    status = bot.locator("p.status[role=status]")
    status.filter(has_text="Rédaction en cours…").wait_for(timeout=10_000)
    assert bot.locator("p.mode").text_content() == WRITTEN
    assert bot.locator("button.cite").count() == 0
    page.locator(DONE).wait_for(timeout=20_000)
    assert status.count() == 0 and bot.locator(".error").count() == 0
    assert bot.locator("p.mode").text_content() == WRITTEN and bot.locator(".note").count() == 0
    paragraph = bot.locator(".answer p").first
    assert cites(paragraph) == ["[1]", "[2]", "[2]"]  # [1][2] after the first sentence, [2] after the second
    assert paragraph.locator("button.cite").nth(1).get_attribute("aria-label").startswith("Source 2 : ")
    # The sources come from `done`: [2], which the extracts did not quote (the `citations` event links to its
    # page), links to the sentence the answer was written from.
    link = bot.locator("#clsm-src-1-2 a.src-title").get_attribute("href")
    assert tiny.ask(QUESTION).citations[1].link == "http://ressources-clsm.org/"
    assert link.startswith("http://ressources-clsm.org/#:~:text=Un%20conseil%20local%20de")
    bot.locator("#clsm-src-1-2 summary").click()
    assert_no_axe_violations(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget-written.png"))
    assert not page.console_errors, page.console_errors


def test_a_model_that_fails_gives_the_extracts_with_a_note(page, api, script):
    script.reply = Reply.error(503)
    ask(page, api)
    page.locator(DONE).wait_for(timeout=20_000)
    bot = page.locator(BOT).last
    assert bot.locator("p.mode").text_content() == EXTRACTS
    note = bot.locator("p.note[role=note]")
    assert note.text_content() == "Le modèle de langue est injoignable (HTTP 503) : voici les extraits des documents."
    assert note.is_visible() and cites(bot.locator(".answer")) == ["[1]"]
    assert bot.locator(".sources li").count() >= 1
    assert_no_axe_violations(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget-written-note.png"))
    assert not page.console_errors, page.console_errors


def test_a_written_answer_that_stalls_restarts_with_the_extracts(page, api, script):
    def stalls(body):
        text = two_sentences(body)
        return Reply.stall(text, after_chars=text.index("[1][2].") + 9, seconds=HANG_S)

    script.reply = stalls
    ask(page, api)
    bot = page.locator(BOT).last
    # The first written sentence is shown with its two marks…
    page.wait_for_function("""() => {
        const bots = document.querySelector('clsm-assistant-widget').shadowRoot.querySelectorAll('article.bot');
        const last = bots[bots.length - 1];
        return last && last.getAttribute('aria-busy') === 'true' && last.querySelectorAll('button.cite').length === 2;
    }""", timeout=10_000)
    assert bot.locator("p.mode").text_content() == WRITTEN
    # …then the model times out: the written sentence is forgotten, the note and the extracts follow.
    page.locator(DONE).wait_for(timeout=20_000)
    assert bot.locator("p.mode").text_content() == EXTRACTS
    assert bot.locator("p.note").text_content() == ("Le modèle de langue n'a pas répondu à temps : voici les "
                                                    "extraits des documents.")
    answer = bot.locator(".answer")
    assert cites(answer) == ["[1]"] and answer.locator("p").count() == 1
    assert bot.locator(".error").count() == 0
    assert_no_axe_violations(page)
    assert not page.console_errors, page.console_errors
