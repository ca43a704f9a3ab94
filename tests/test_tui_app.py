"""The terminal UI driven by Textual's pilot, over the real `Assistant` and real indexes.

Most tests use a tiny corpus indexed for real (three documents, see test_tui_support) so that
what the screens show is small and the ranking unambiguous; the last one uses the sample corpus.
"""

from __future__ import annotations

import pytest
from textual.worker import Worker, WorkerState

from assistant.core import Assistant
from assistant.tui.app import DARK_THEME, LIGHT_THEME, AssistantApp
from assistant.tui.conversation import AnswerMessage, ErrorMessage, PendingMessage, QuestionMessage
from assistant.tui.copy_screen import CopyScreen
from assistant.tui.filters import FiltersScreen
from assistant.tui.formatting import citation_text
from assistant.tui.help import HelpScreen
from assistant.tui.passage_screen import PassageBlock, PassageScreen
from conftest import make_settings
from tui_support import (
    ARS_DOC, CCOMS_DOC, FTS_DOC, ask, build_tiny_index, loaded_assistant, make_app, settle, text_of,
    without_clipboard,
)

SIZE = (100, 30)
QUESTION = "Comment impliquer les élus ?"

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_clipboard(monkeypatch):
    """No clipboard tool and no tmux (so a test never writes to the tester's own tmux buffer)."""
    without_clipboard(monkeypatch)


def region_of(assistant: Assistant) -> dict[str, str | None]:
    return {d.meta.doc_id: d.meta.region for d in assistant.documents()}


async def test_ask_shows_answer_with_citations_and_highlighted_sources(tiny):
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        status = text_of(app.status)
        assert "3 documents" in status and "8 passages" in status
        assert "modèle use-multilingual" in status and "02/05/2024" in status
        await ask(pilot, QUESTION)
        answers = app.query(AnswerMessage)
        assert len(answers) == 1
        answer = text_of(answers.first())
        assert "Pour impliquer les élus" in answer and "[1]" in answer
        response = app.last_response
        assert response.citations[0].doc == CCOMS_DOC
        assert app.sources.option_count == len(response.citations) >= 2
        first = app.sources.get_option_at_index(0).prompt
        assert first.plain.startswith("[1] Le conseil local de santé mentale, un outil en Occitanie")
        assert "section « Impliquer les élus » · 23 avril 2024 · CCOMS" in first.plain
        highlighted = {first.plain[s.start:s.end] for s in first.spans if "warning" in str(s.style)}
        assert {"impliquer", "élus"} <= highlighted
        assert app.question_input.value == ""


async def test_search_shows_progress_and_typing_stays_responsive(tiny):
    """While the search runs in its thread worker the status says "Recherche…" and keys still arrive.

    A message hook looks at the screen at the moment the search worker's start is dispatched (the
    search itself has not run a single step on the event loop yet).
    """
    seen: list[tuple[bool, str, int]] = []

    def hook(message) -> None:
        if isinstance(message, Worker.StateChanged) and message.worker.group == "search" \
                and message.state == WorkerState.RUNNING:
            seen.append((app.searching, text_of(app.status), len(app.query(PendingMessage))))

    app = make_app(tiny)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        app.question_input.value = "Combien de CLSM en Occitanie ?"
        await pilot.press("enter")
        await pilot.press("a", "b", "c")  # the event loop is free while the search runs
        assert app.question_input.value == "abc"
        await settle(pilot)
        assert seen and all(busy and "Recherche…" in status and pending == 1 for busy, status, pending in seen)
        assert not app.searching and not app.query(PendingMessage)
        assert "Recherche…" not in text_of(app.status)
        assert "trente-deux CLSM" in text_of(app.query_one(AnswerMessage))
        assert app.question_input.value == "abc"  # the answer did not wipe what was typed meanwhile


async def test_loading_shows_progress_then_the_welcome(tmp_path):
    """Before the index is loaded (in a thread worker) the conversation says so, with an indicator."""
    settings = build_tiny_index(tmp_path)
    seen: list[tuple[str, bool]] = []

    def hook(message) -> None:
        if isinstance(message, Worker.StateChanged) and message.worker.group == "load" \
                and message.state == WorkerState.RUNNING:
            seen.append((text_of(app.query_one("#loading-message")), bool(app.query("#loading"))))

    app = AssistantApp(settings, Assistant(settings))  # a fresh facade: nothing loaded yet
    assert not app.assistant.is_ready
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        assert seen == [("Chargement du modèle et de l'index…", True)]
        assert app.assistant.is_ready and app.ready
        assert not app.query("#loading") and app.query("#welcome")
        assert "3 documents" in text_of(app.status)


async def test_select_source_shows_passage_with_neighbours_copy_and_open(tiny, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)  # no real browser
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        await pilot.press("tab")
        assert app.focused is app.sources
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PassageScreen)
        blocks = [text_of(b) for b in screen.query(PassageBlock)]
        assert len(blocks) == 3
        assert blocks[0].startswith("Passage précédent · section « Gouvernance »")
        assert blocks[1].startswith("Passage cité [1] · section « Impliquer les élus »")
        assert blocks[2].startswith("Passage suivant · section « En Occitanie »")
        await pilot.press("plus")
        await settle(pilot)
        assert len(screen.query(PassageBlock)) == 4  # a wider window, bounded by the document's end
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard == citation_text(screen.citation)
        assert "http://ressources-clsm.org/" in app.clipboard and "Impliquer les élus" in app.clipboard
        # nothing confirms the copy here: the citation is shown to be selected (tests/test_tui_session.py)
        assert isinstance(app.screen, CopyScreen) and not any("copiée" in n.message for n in app._notifications)
        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("o")
        await settle(pilot)
        # a web page opens at the quoted words (a URL text fragment)
        assert opened == [screen.citation.link] and opened[0].startswith("http://ressources-clsm.org/#:~:text=")
        links = [n.message for n in app._notifications if n.title == "Lien"]
        assert links == [f"Ouverture de {opened[0]}"], links
        await pilot.press("escape")
        assert not isinstance(app.screen, PassageScreen)


async def test_open_without_a_browser_says_so_once_with_the_address(tiny, monkeypatch):
    monkeypatch.setattr("webbrowser.open", lambda url: False)  # no browser on this machine
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        app.open_url(app.sources.current)
        await settle(pilot)
        links = [n.message for n in app._notifications if n.title == "Lien"]
        assert len(links) == 1 and links[0].startswith("Aucun navigateur disponible. Adresse : http"), links


async def test_open_without_url_notifies(tiny):
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "volet santé mentale du CLS")
        citation = app.sources.current
        assert citation is not None and citation.doc == ARS_DOC and citation.url is None
        await pilot.press("ctrl+o")
        assert any("pas d'adresse web" in n.message for n in app._notifications)
        await pilot.press("ctrl+y")
        assert app.clipboard.startswith("ARS Occitanie, « La santé mentale dans les contrats locaux de santé », ")
        await settle(pilot)
        assert isinstance(app.screen, CopyScreen) and "En ligne" not in app.clipboard


async def test_filters_panel_restricts_results(tiny):
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, FiltersScreen)
        # the kinds list is focused; go to the regions list (Hauts-de-France, Occitanie), tick Occitanie
        await pilot.press("tab", "down", "space")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FiltersScreen)
        assert app.filters.regions == ("Occitanie",) and not app.filters.kinds
        assert "Occitanie" in app.conversation.border_subtitle
        await ask(pilot, "Quel est le rôle des élus locaux ?")
        regions = region_of(tiny)
        docs = {c.doc for c in app.last_response.citations}
        assert docs and {regions[d] for d in docs} == {"Occitanie"}
        assert FTS_DOC not in docs


async def test_filters_years_and_reset(tiny):
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#year-from").value = "2017"
        screen.query_one("#year-to").value = "2017"
        screen.query_one("#kinds").select("report")
        await pilot.click("#apply")
        await pilot.pause()
        assert app.filters.kinds == ("report",)
        assert (app.filters.date_from, app.filters.date_to) == ("2017-01-01", "2017-12-31")
        assert "rapport" in app.conversation.border_subtitle and "2017" in app.conversation.border_subtitle
        await ask(pilot, QUESTION)
        assert {c.doc for c in app.last_response.citations} == {FTS_DOC}
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press("ctrl+r", "ctrl+s")
        await pilot.pause()
        assert app.filters.is_empty()
        await pilot.press("ctrl+f", "escape")
        await pilot.pause()
        assert app.filters.is_empty() and not isinstance(app.screen, FiltersScreen)


async def test_follow_up_uses_the_conversation_and_new_conversation_clears_it(tiny):
    follow_up = "et dans les Hauts-de-France ?"
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        first = app.last_response
        await ask(pilot, follow_up)
        assert [t.question for t in app.turns] == [QUESTION, follow_up]
        assert app.turns[0].answer == first.answer.text
        assert len(app.query(AnswerMessage)) == 2
        # the core read the follow-up with the first question; the screen shows how it was understood
        second = app.last_response
        assert "impliquer" in second.resolved_question and "Hauts-de-France" in second.resolved_question
        assert "compris comme" in text_of(app.query(QuestionMessage).last())
        assert FTS_DOC in {c.doc for c in second.citations}
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.turns == [] and not app.query(AnswerMessage) and app.query("#welcome")
        assert app.sources.response is None
        await ask(pilot, follow_up)  # a fresh conversation: nothing to read it with
        assert app.last_response.resolved_question == ""
        assert "compris comme" not in text_of(app.query_one(QuestionMessage))


async def test_history_up_and_down(tiny):
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for q in ("Qui préside le CLSM ?", "Combien de CLSM en Occitanie ?", "Que font les ateliers santé ville ?"):
            await ask(pilot, q)
        field = app.question_input
        await pilot.press("b", "r")
        await pilot.press("up")
        assert field.value == "Que font les ateliers santé ville ?"
        await pilot.press("up", "up")
        assert field.value == "Qui préside le CLSM ?"
        await pilot.press("up")  # stays on the oldest
        assert field.value == "Qui préside le CLSM ?"
        await pilot.press("down")
        assert field.value == "Combien de CLSM en Occitanie ?"
        await pilot.press("down", "down")
        assert field.value == "br"  # back to the draft


async def test_missing_index_says_how_to_build_it_then_ctrl_r_loads_it(tmp_path):
    settings = make_settings(tmp_path)
    settings.index_dir.mkdir()  # a real, empty index folder: no generation yet
    app = AssistantApp(settings, Assistant(settings))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        message = text_of(app.query_one("#index-error"))
        # (not the default folder: the command to build this one names it)
        assert f"python cli.py ingest --index {settings.index_dir}" in message, message
        assert "Index indisponible" in text_of(app.status)
        await pilot.press("x", "y")
        assert app.question_input.value == "xy"
        app.question_input.value = QUESTION
        await pilot.press("enter")  # asking before an index is loaded is refused politely
        assert not app.query(QuestionMessage)
        assert any("pas encore chargé" in n.message for n in app._notifications)
        await pilot.press("ctrl+f")
        assert any("filtres seront disponibles" in n.message for n in app._notifications)

        build_tiny_index(tmp_path)  # what `python cli.py ingest` does, then Ctrl+R
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.ready and app.query("#welcome") and not app.query("#index-error")
        assert any("Index mis à jour : 3 documents, 8 passages." in n.message for n in app._notifications)
        await ask(pilot, QUESTION)
        assert app.query(AnswerMessage)


async def test_empty_index_says_how_to_fill_it(tmp_path):
    settings = make_settings(tmp_path)
    settings.corpus_dir.mkdir()
    report = Assistant(settings).refresh()  # a real index of an empty corpus folder
    assert report.generation and report.passages == 0
    app = AssistantApp(settings, Assistant(settings))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        message = text_of(app.query_one("#index-error"))
        assert "est vide" in message and "python cli.py ingest" in message
        assert str(settings.corpus_dir) in message
        assert not app.ready


async def test_errors_from_the_core_are_shown_in_french(tiny):
    too_long = "Comment impliquer les élus " * 40  # over max_question_chars (1000)
    assert len(too_long.strip()) > tiny.settings.max_question_chars
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, too_long)
        error = text_of(app.query_one(ErrorMessage))
        assert "La question est trop longue" in error and "maximum 1000" in error
        assert not app.searching and not app.query(PendingMessage) and not app.query(AnswerMessage)
        await ask(pilot, QUESTION)  # the next question works
        assert app.query(AnswerMessage)


async def test_help_theme_and_keys(tiny):
    app = make_app(tiny)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        assert app.theme == DARK_THEME
        await pilot.press("ctrl+t")
        assert app.theme == LIGHT_THEME
        await pilot.press("ctrl+t")
        assert app.theme == DARK_THEME
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert any(n.title == "Index" and "déjà à jour" in n.message for n in app._notifications)
        # "?" types a question mark in the field, and opens the help elsewhere
        await pilot.press("question_mark")
        assert app.question_input.value == "?" and not isinstance(app.screen, HelpScreen)
        await ask(pilot, QUESTION)
        app.sources.focus()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)


def test_every_binding_is_on_the_help_screen():
    from assistant.tui.help import help_content

    text = help_content().plain
    for key in ("Entrée", "Ctrl+N", "Ctrl+F", "Ctrl+T", "Ctrl+R", "Ctrl+Q", "Ctrl+Y", "Ctrl+O", "F1", "Échap"):
        assert key in text
    shown = {b.key for b in AssistantApp.BINDINGS}
    assert {"f1", "ctrl+n", "ctrl+f", "ctrl+t", "ctrl+y", "ctrl+o", "ctrl+r", "ctrl+q"} <= shown


# -- over the index built from the sample corpus ----------------------------------------------


async def test_sample_index_ask_select_filter_follow_up(sample_assistant):
    app = make_app(sample_assistant)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        stats = sample_assistant.stats()
        assert f"{stats.documents} documents" in text_of(app.status)
        assert f"{stats.passages} passages" in text_of(app.status)

        await ask(pilot, "Combien de CLSM en Occitanie ?")
        response = app.last_response
        assert response is not None and response.citations
        assert app.query(AnswerMessage)

        # a source opens the passage with its neighbours from the index
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert isinstance(app.screen, PassageScreen)
        blocks = list(app.screen.query(PassageBlock))
        assert any("-cited" in b.classes for b in blocks) and len(blocks) >= 2
        await pilot.press("escape")

        # a follow-up carries the first turn
        await ask(pilot, "et dans les Hauts-de-France ?")
        assert len(app.turns) == 2 and app.turns[0].question == "Combien de CLSM en Occitanie ?"

        # restrict to Occitanie through the filters panel (regions: Hauts-de-France, Occitanie)
        await pilot.press("ctrl+n", "ctrl+f")
        await pilot.pause()
        await pilot.press("tab", "down", "space", "ctrl+s")
        await pilot.pause()
        assert app.filters.regions == ("Occitanie",)
        await ask(pilot, QUESTION)
        assert app.last_response.citations
        assert {region_of(sample_assistant)[c.doc] for c in app.last_response.citations} == {"Occitanie"}


async def test_a_merged_follow_up_is_read_alone_with_ctrl_z(tiny):
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        await ask(pilot, "et en Occitanie ?")
        merged = app.last_response
        assert merged.resolved_question.startswith(QUESTION)
        assert "Ctrl+Z" in text_of(app.query(QuestionMessage).last())
        await pilot.press("ctrl+z")
        await settle(pilot)
        alone = app.last_response
        assert alone is not merged and alone.question == "et en Occitanie ?" and alone.resolved_question == ""
        # the merged reading is replaced: the conversation goes on from the question read alone
        assert [t.question for t in app.turns] == [QUESTION, "et en Occitanie ?"]
        assert len(app.query(AnswerMessage)) == 3


async def test_a_comparison_shows_its_sides_labelled(tiny):
    app = make_app(tiny)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "CLS volet santé mentale vs CLSM : quelles différences ?")
        response = app.last_response
        assert response.answer.kind == "comparison"
        shown = text_of(app.query(AnswerMessage).last())
        for part in response.answer.parts:
            if part.label:
                assert f"{part.label} : " in shown
            for sentence in part.sentences:
                assert f"[{sentence.n}]" in shown


async def test_f2_adds_a_document_that_is_then_answered_from_and_refuses_a_missing_file(tmp_path):
    settings = build_tiny_index(tmp_path)
    app = make_app(loaded_assistant(settings))
    note = tmp_path / "compte-rendu.md"
    note.write_text("# Comité\n\nLe comité zététique du conseil local s'est réuni à Montauban le 3 mars.", "utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        screen = app.screen
        screen.query_one("#path").value = str(tmp_path / "absent.pdf")
        await pilot.press("ctrl+s")
        assert app.screen is screen and "Fichier introuvable" in text_of(screen.query_one("#error"))
        screen.query_one("#path").value = str(note)
        screen.query_one("#title").value = "Compte rendu du comité"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert any("Document enregistré et indexé" in n.message for n in app._notifications)
        assert "4 documents" in text_of(app.status)
        assert 'title = "Compte rendu du comité"' in (settings.corpus_dir / "catalog.toml").read_text("utf-8")
        await ask(pilot, "Où s'est réuni le comité zététique ?")
        assert "Montauban" in app.last_response.answer.text


async def test_f3_rates_the_last_answer_in_the_question_log(tiny, tmp_path):
    """F3 opens the feedback dialog; « Pas utile » with a comment, then « Utile » from the keyboard, are
    written with the answer's row (front end "tui"); Échap cancels; before any answer a notice says why."""
    from assistant.tui.feedback import FeedbackScreen

    assistant = loaded_assistant(tiny.settings.model_copy(update={"data_dir": tmp_path / "data"}))
    app = make_app(assistant)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        assert not isinstance(app.screen, FeedbackScreen)
        assert any("Aucune réponse à évaluer" in n.message for n in app._notifications)
        await ask(pilot, QUESTION)
        await pilot.press("f3")
        screen = app.screen
        assert isinstance(screen, FeedbackScreen) and QUESTION in text_of(screen.query_one("#question"))
        screen.query_one("#comment").value = "Il manque le rôle du maire."
        await pilot.click("#not-useful")
        await settle(pilot)
        [row] = assistant.question_log.rows()
        assert (row.id, row.front_end) == (app.last_response.id, "tui")
        assert (row.useful, row.comment) == (False, "Il manque le rôle du maire.")
        assert any("« pas utile » est enregistré" in n.message for n in app._notifications)
        await pilot.press("f3")
        await pilot.press("enter")  # the focus starts on « Utile »
        await settle(pilot)
        assert (assistant.question_log.rows()[0].useful, assistant.question_log.rows()[0].comment) == (True, None)
        await pilot.press("f3", "escape")
        await settle(pilot)
        assert not isinstance(app.screen, FeedbackScreen) and assistant.question_log.rows()[0].useful is True
