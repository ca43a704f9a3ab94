"""The terminal app over a working session (Textual's pilot, real indexes): copying a citation, a refresh made
meanwhile, a question sent while the index loads, resizing at 80×24, a new conversation's filters, plurals."""

from __future__ import annotations

import os
import subprocess

import pytest
from textual import events

from assistant.core import Assistant
from assistant.models import Citation, Location
from assistant.tui.app import AssistantApp
from assistant.tui.conversation import AnswerMessage, PendingMessage, QuestionMessage
from assistant.tui.copy_screen import CopyScreen
from assistant.tui.formatting import citation_text
from conftest import make_settings
from tui_support import (
    FTS_DOC, HeldCurrent, ask, build_tiny_index, loaded_assistant, make_app, settle, text_of, without_clipboard,
    write_tiny_corpus,
)

SIZE = (100, 30)
QUESTION = "Comment impliquer les élus ?"
ATELIERS = "Que font les ateliers santé ville ?"

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def copy_first_source(pilot) -> Citation:
    """Ask, go to the sources, press c; the citation that was copied."""
    await ask(pilot, ATELIERS)
    pilot.app.sources.focus()
    citation = pilot.app.sources.current
    await pilot.press("c")
    await settle(pilot)
    return citation


# -- copying a citation ------------------------------------------------------------------------------


async def test_an_unconfirmed_copy_shows_the_citation_to_select_and_how_to_enable_copying(tiny, monkeypatch):
    without_clipboard(monkeypatch)
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        citation = await copy_first_source(pilot)
        assert citation.doc == FTS_DOC
        screen = app.screen
        assert isinstance(screen, CopyScreen)
        assert not any("copiée" in m for m in messages(app))  # nothing claims a copy nobody confirmed
        shown = text_of(screen.query_one("#citation"))
        assert shown == citation_text(citation) == app.clipboard  # also sent to the terminal (OSC 52)
        for part in ("Fabrique Territoires Santé, IREV", "« Santé mentale et politique de la ville »",
                     "9 novembre 2017", "section « Les ateliers santé ville »", citation.link):
            assert part in shown
        assert "non confirmée" in text_of(screen.query_one("#what"))
        how = text_of(screen.query_one("#how"))
        assert "xclip" in how and "OSC 52" in how and "tmux" not in how
        await pilot.press("escape")
        assert not isinstance(app.screen, CopyScreen)
        # the person says the terminal's copy works: no more dialog, and no claim of a confirmed copy
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CopyScreen)
        await pilot.press("m")
        await settle(pilot)
        assert not isinstance(app.screen, CopyScreen) and app.copy_works
        await pilot.press("c")
        await settle(pilot)
        assert not isinstance(app.screen, CopyScreen)
        assert any(m == "Citation [1] envoyée au presse-papiers du terminal." for m in messages(app))


async def test_inside_tmux_the_citation_is_in_tmux_s_buffer_and_the_dialog_says_how_to_paste_it(
        tiny, monkeypatch, tmp_path):
    without_clipboard(monkeypatch)
    socket = tmp_path / "tmux.sock"
    tmux = ["tmux", "-S", str(socket), "-f", "/dev/null"]
    subprocess.run([*tmux, "new-session", "-d", "-x", "80", "-y", "24", "sleep 600"], check=True, timeout=10)
    try:
        pid = subprocess.run([*tmux, "display-message", "-p", "#{pid}"], capture_output=True, text=True,
                             check=True, timeout=10).stdout.strip()
        monkeypatch.setenv("TMUX", f"{socket},{pid},0")  # what tmux sets in its panes
        app = make_app(tiny)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            citation = await copy_first_source(pilot)
            screen = app.screen
            assert isinstance(screen, CopyScreen)
            assert "tampon de tmux" in text_of(screen.query_one("#what"))
            assert "set -g set-clipboard on" in text_of(screen.query_one("#how"))
            buffer = subprocess.run([*tmux, "show-buffer"], capture_output=True, text=True, check=True, timeout=10)
            assert buffer.stdout == citation_text(citation)
    finally:
        subprocess.run([*tmux, "kill-server"], timeout=10)


@pytest.mark.parametrize("works", [True, False])
async def test_a_clipboard_tool_confirms_the_copy_or_the_dialog_opens(tiny, monkeypatch, tmp_path, works):
    """`wl-copy` stands for the Wayland clipboard tool: a script that keeps what it is given, then exits with
    the status the real one would (0 copied, 1 no clipboard)."""
    without_clipboard(monkeypatch)
    kept = tmp_path / "clipboard.txt"
    tool = tmp_path / "bin" / "wl-copy"
    tool.parent.mkdir()
    tool.write_text(f"#!/bin/sh\ncat > '{kept}'\nexit {0 if works else 1}\n", "utf-8")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tool.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        citation = await copy_first_source(pilot)
        assert kept.read_text("utf-8") == citation_text(citation)
        confirmed = "Citation [1] copiée dans le presse-papiers." in messages(app)
        assert confirmed is works and isinstance(app.screen, CopyScreen) is not works


def test_the_copied_reference_is_complete_and_never_passes_a_home_page_for_the_passage():
    home = "http://www.fabrique-territoires-sante.org/"
    report = Citation(n=3, doc="d", title="Retour sur la journée", location=Location("page", 14, 14), url=home,
                      link=home, text="t", score=0.5, date="2017-11-09", kind="report", organisers=("FTS", "IREV"))
    assert citation_text(report) == ("FTS, IREV, « Retour sur la journée », rapport, 9 novembre 2017, p. 14. "
                                     "Site : http://www.fabrique-territoires-sante.org/")
    replay = Citation(n=1, doc="d", title="Webinaire", location=Location("time", 754, 790), url="https://v.fr/w",
                      link="https://v.fr/w?t=754", text="t", score=0.5, date="2023-02-02", kind="video")
    assert citation_text(replay) == f"« Webinaire », vidéo, 2 février 2023, {replay.location.label}. " \
                                    "En ligne : https://v.fr/w?t=754"


async def test_tab_then_c_typed_in_one_go_copies_instead_of_typing_a_c(tiny, monkeypatch):
    """Keys that arrive together (a fast typist, `tmux send-keys Tab c`) reach the app in one read."""
    without_clipboard(monkeypatch)
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, ATELIERS)
        for key, character in (("tab", "\t"), ("c", "c")):
            app.post_message(events.Key(key, character))
        await settle(pilot)
        assert isinstance(app.screen, CopyScreen) and app.question_input.value == ""


# -- the index changes under an open app -------------------------------------------------------------


async def test_a_refresh_made_meanwhile_answers_the_next_question_and_the_status_line_says_so(tmp_path):
    settings = build_tiny_index(tmp_path)
    app = make_app(loaded_assistant(settings))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, ATELIERS)
        assert FTS_DOC in {c.doc for c in app.last_response.citations}
        (settings.corpus_dir / f"{FTS_DOC}.md").unlink()
        report = Assistant(settings).refresh()  # another process's `cli.py ingest`, seconds later
        assert report.documents == 2
        await ask(pilot, ATELIERS)
        assert app.last_response.citations and FTS_DOC not in {c.doc for c in app.last_response.citations}
        status = text_of(app.status)
        assert status.startswith("Index mis à jour · 2 documents")
        assert "Index mis à jour : 2 documents, 5 passages." in messages(app)


# -- a question sent while the index loads -----------------------------------------------------------


async def test_a_question_sent_while_loading_waits_on_screen_then_is_answered(tmp_path):
    settings = build_tiny_index(tmp_path)
    held = HeldCurrent(settings.index_dir)  # loading waits until released
    app = AssistantApp(settings, Assistant(settings))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.loading and not app.ready
        app.question_input.value = QUESTION
        await pilot.press("enter")
        await pilot.pause()
        assert app.question_input.value == ""  # taken, not left in the box
        assert [text_of(q) for q in app.query(QuestionMessage)] == [f"Vous : {QUESTION}"]
        assert "En attente du chargement" in text_of(app.query_one(PendingMessage).query_one("#pending-label"))
        assert "1 question en attente" in text_of(app.status)
        held.release()
        await settle(pilot)
        assert app.ready and not app.query(PendingMessage) and not app.query("#loading")
        assert "Pour impliquer les élus" in text_of(app.query_one(AnswerMessage))
        assert "en attente" not in text_of(app.status)
        assert app.question_input.history == [QUESTION]


# -- layout at 80×24 ---------------------------------------------------------------------------------


def in_view(conversation, widget) -> bool:
    region = widget.virtual_region
    top = conversation.scroll_y
    return top <= region.y and region.bottom <= top + conversation.scrollable_content_region.height


async def test_resizing_keeps_the_latest_exchange_in_view(tiny):
    app = make_app(tiny)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for question in ("Qui préside le CLSM ?", "Combien de CLSM en Occitanie ?", ATELIERS, QUESTION):
            await ask(pilot, question)
        latest = app.query(QuestionMessage).last()
        assert in_view(app.conversation, latest)
        for size in ((100, 30), (80, 24), (60, 20), (80, 24)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert in_view(app.conversation, latest), size


async def test_the_status_line_shortens_its_parts_before_cutting_them(tiny):
    app = make_app(tiny)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.status.busy = True  # "Recherche… " in front, as during a search
        for width in (100, 80, 60, 45):
            await pilot.resize_terminal(width, 24)
            await settle(pilot)
            line = text_of(app.status)
            assert len(line) <= app.status.content_size.width, (width, line)
            assert line.startswith("Recherche… 3 doc")
            assert "use-multilingual" in line or "use-" not in line, line  # whole, or not at all
        await pilot.resize_terminal(100, 24)
        await settle(pilot)
        assert "modèle use-multilingual" in text_of(app.status)


# -- a new conversation and its filters --------------------------------------------------------------


async def test_a_new_conversation_starts_without_filters_and_answers_show_the_filters_that_shaped_them(tiny):
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f", "tab", "down", "space", "ctrl+s")  # Occitanie
        await settle(pilot)
        await ask(pilot, QUESTION)
        assert "\nFiltres : Occitanie" in text_of(app.query_one(AnswerMessage))
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert app.filters.is_empty() and app.conversation.border_subtitle == "Filtres : aucun"
        assert any("sans filtres" in m and "Occitanie" in m for m in messages(app))
        await ask(pilot, "Quel est le rôle des élus dans les Hauts-de-France ?")
        assert "Filtres" not in text_of(app.query_one(AnswerMessage))
        assert FTS_DOC in {c.doc for c in app.last_response.citations}


# -- French plurals ----------------------------------------------------------------------------------


async def test_one_document_is_counted_in_the_singular(tmp_path):
    settings = make_settings(tmp_path)
    write_tiny_corpus(settings.corpus_dir)
    for name in os.listdir(settings.corpus_dir):
        if name.endswith((".md", ".txt")) and not name.startswith("2024-04-23_ars"):
            os.remove(settings.corpus_dir / name)
    assert Assistant(settings).refresh().documents == 1
    app = AssistantApp(settings, Assistant(settings))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert text_of(app.status).startswith("1 document · 1 passage · index du ")
