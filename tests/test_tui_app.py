"""The terminal UI driven by Textual's pilot: over a deterministic fake facade, then the real index."""

from __future__ import annotations

import threading

import pytest

from assistant.config import Settings
from assistant.models import Filters, Turn
from assistant.tui.app import DARK_THEME, LIGHT_THEME, AssistantApp
from assistant.tui.conversation import AnswerMessage, ErrorMessage, PendingMessage, QuestionMessage
from assistant.tui.filters import FiltersScreen
from assistant.tui.formatting import citation_text
from assistant.tui.help import HelpScreen
from assistant.tui.passage_screen import PassageBlock, PassageScreen
from test_tui_support import FakeAssistant

SIZE = (100, 30)

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def make_app(assistant=None, tmp_path=None) -> AssistantApp:
    settings = Settings(corpus_dir="corpus", index_dir=str(tmp_path or "index"))
    return AssistantApp(settings, assistant if assistant is not None else FakeAssistant())


async def settle(pilot) -> None:
    """Let the workers finish and their results reach the screen."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def ask(pilot, question: str) -> None:
    pilot.app.question_input.focus()
    pilot.app.question_input.value = question
    await pilot.press("enter")
    await settle(pilot)


def text_of(widget) -> str:
    return str(widget.render())


# -- over the fake facade ----------------------------------------------------------------------


async def test_ask_shows_answer_with_citations_and_highlighted_sources():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "3 documents" in text_of(app.status) and "10 passages" in text_of(app.status)
        assert "use-multilingual" in text_of(app.status) and "20/11/2025 09:30" in text_of(app.status)
        await ask(pilot, "Comment impliquer les élus ?")
        answers = app.query(AnswerMessage)
        assert len(answers) == 1
        answer = text_of(answers.first())
        assert "[1]" in answer and "[2]" in answer
        assert app.sources.option_count == 3
        first = app.sources.get_option_at_index(0).prompt
        assert "[1]" in first.plain and "diapositive 5" in first.plain and "23 avril 2024" in first.plain
        assert "CCOMS" in first.plain
        highlighted = {first.plain[s.start:s.end] for s in first.spans if "warning" in str(s.style)}
        assert {"impliquer", "élus"} <= highlighted
        assert app.question_input.value == ""


async def test_search_runs_in_a_worker_and_typing_stays_responsive():
    gate = threading.Event()
    fake = FakeAssistant(delay=gate)
    app = make_app(fake)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.question_input.value = "Combien de CLSM en Occitanie ?"
        await pilot.press("enter")
        await pilot.pause()
        assert app.searching and app.status.busy
        assert "Recherche…" in text_of(app.status)
        assert app.query(PendingMessage)
        await pilot.press("a", "b", "c")  # the event loop is free while the search runs
        assert app.question_input.value == "abc"
        gate.set()
        await settle(pilot)
        assert not app.searching and not app.query(PendingMessage)
        assert "Recherche…" not in text_of(app.status)
        assert app.query(AnswerMessage)


async def test_loading_shows_progress_and_keeps_typing_responsive():
    gate = threading.Event()

    class SlowLoad(FakeAssistant):
        def load(self):
            gate.wait(10)
            super().load()

    app = make_app(SlowLoad())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Chargement du modèle et de l'index…" in text_of(app.query_one("#loading-message"))
        assert app.query("#loading")
        await pilot.press("x", "y")
        assert app.question_input.value == "xy"
        await pilot.press("enter")  # asking before the index is loaded is refused politely
        assert not app.query(QuestionMessage)
        gate.set()
        await settle(pilot)
        assert not app.query("#loading") and app.query("#welcome")


async def test_select_source_shows_passage_with_neighbours_copy_and_open(monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "Comment impliquer les élus ?")
        await pilot.press("tab")
        assert app.focused is app.sources
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PassageScreen)
        blocks = [text_of(b) for b in screen.query(PassageBlock)]
        assert len(blocks) == 3
        assert blocks[0].startswith("Passage précédent · diapositive 4")
        assert blocks[1].startswith("Passage cité [1] · diapositive 5")
        assert blocks[2].startswith("Passage suivant · diapositive 6")
        await pilot.press("plus")
        await settle(pilot)
        assert len(screen.query(PassageBlock)) == 4  # a wider window, bounded by the document
        await pilot.press("c")
        assert app.clipboard == citation_text(screen.citation)
        assert "http://ressources-clsm.org/" in app.clipboard and "diapositive 5" in app.clipboard
        assert any("copiée" in n.message for n in app._notifications)
        await pilot.press("o")
        await settle(pilot)
        assert opened == ["http://ressources-clsm.org/"]
        await pilot.press("escape")
        assert not isinstance(app.screen, PassageScreen)


async def test_open_without_url_notifies():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "volet santé mentale du CLS")
        citation = app.sources.current
        assert citation is not None and citation.url is None
        await pilot.press("ctrl+o")
        assert any("pas d'adresse web" in n.message for n in app._notifications)
        await pilot.press("ctrl+y")
        assert app.clipboard.startswith("La prise en compte de la santé mentale dans les CLS, diapositive")


async def test_filters_panel_restricts_results():
    fake = FakeAssistant()
    app = make_app(fake)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, FiltersScreen)
        # kinds list is focused: diaporama, rapport; go to the regions list and tick Occitanie.
        await pilot.press("tab", "down", "space")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FiltersScreen)
        assert app.filters == Filters(regions=("Occitanie",))
        assert "Occitanie" in app.conversation.border_subtitle
        await ask(pilot, "Comment impliquer les élus ?")
        assert fake.calls[-1]["filters"] == Filters(regions=("Occitanie",))
        docs = {c.doc for c in app.last_response.citations}
        assert docs and docs <= {"ccoms-occitanie", "ars-occitanie"}


async def test_filters_years_and_reset():
    fake = FakeAssistant()
    app = make_app(fake)
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
        assert app.filters == Filters(kinds=("report",), date_from="2017-01-01", date_to="2017-12-31")
        assert "rapport" in app.conversation.border_subtitle and "2017" in app.conversation.border_subtitle
        await ask(pilot, "Comment impliquer les élus ?")
        assert {c.doc for c in app.last_response.citations} == {"fts-hdf"}
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press("ctrl+r", "ctrl+s")
        await pilot.pause()
        assert app.filters.is_empty()
        await pilot.press("ctrl+f", "escape")
        await pilot.pause()
        assert app.filters.is_empty() and not isinstance(app.screen, FiltersScreen)


async def test_follow_up_passes_the_conversation_and_new_conversation_clears_it():
    fake = FakeAssistant()
    app = make_app(fake)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "Comment impliquer les élus ?")
        first = app.last_response
        await ask(pilot, "et en Occitanie ?")
        assert fake.calls[-1]["conversation"] == (Turn("Comment impliquer les élus ?", first.answer.text),)
        assert len(app.query(AnswerMessage)) == 2 and len(app.turns) == 2
        # the rewritten follow-up is shown under the question
        assert "compris comme" in text_of(app.query(QuestionMessage).last())
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.turns == [] and not app.query(AnswerMessage) and app.query("#welcome")
        assert app.sources.response is None
        await ask(pilot, "Comment impliquer les élus ?")
        assert fake.calls[-1]["conversation"] == ()


async def test_history_up_and_down():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for q in ("première question", "deuxième question", "troisième question"):
            await ask(pilot, q)
        field = app.question_input
        await pilot.press("b", "r")
        await pilot.press("up")
        assert field.value == "troisième question"
        await pilot.press("up", "up")
        assert field.value == "première question"
        await pilot.press("up")  # stays on the oldest
        assert field.value == "première question"
        await pilot.press("down")
        assert field.value == "deuxième question"
        await pilot.press("down", "down")
        assert field.value == "br"  # back to the draft


async def test_missing_index_says_how_to_build_it(tmp_path):
    app = make_app(FakeAssistant(missing=True), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        message = text_of(app.query_one("#index-error"))
        assert "python cli.py ingest" in message and "make run" in message
        assert "Index indisponible" in text_of(app.status)
        app.question_input.value = "Comment impliquer les élus ?"
        await pilot.press("enter")
        assert not app.query(QuestionMessage)
        assert any("pas encore chargé" in n.message for n in app._notifications)


async def test_empty_index_says_how_to_fill_it():
    app = make_app(FakeAssistant(empty=True))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        message = text_of(app.query_one("#index-error"))
        assert "vide" in message and "python cli.py ingest" in message


async def test_missing_index_with_the_real_facade(tmp_path):
    from assistant.core import Assistant

    settings = Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    app = AssistantApp(settings, Assistant(settings))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        message = text_of(app.query_one("#index-error"))
        assert "python cli.py ingest" in message and str(tmp_path / "index") in message


async def test_errors_from_the_core_are_shown_in_french():
    class Failing(FakeAssistant):
        def ask(self, question, **kwargs):
            from assistant.errors import InvalidQuestionError

            raise InvalidQuestionError("La question est trop longue (2000 caractères, maximum 1000).")

    app = make_app(Failing())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "x" * 20)
        assert "trop longue" in text_of(app.query_one(ErrorMessage))
        assert not app.searching


async def test_help_theme_and_keys():
    app = make_app()
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
        assert any(n.title == "Index" for n in app._notifications)
        # "?" types a question mark in the field, and opens the help elsewhere
        await pilot.press("question_mark")
        assert app.question_input.value == "?" and not isinstance(app.screen, HelpScreen)
        await ask(pilot, "Comment impliquer les élus ?")
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


# -- over the real index built from the sample corpus -----------------------------------------


@pytest.fixture(scope="module")
def real_assistant(request):
    try:
        return request.getfixturevalue("sample_assistant")
    except pytest.FixtureLookupError:  # pragma: no cover - before the shared fixtures exist
        pytest.skip("the sample index fixture is not available")


async def test_real_index_ask_select_filter_follow_up(real_assistant):
    app = AssistantApp(real_assistant.settings, real_assistant)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        stats = real_assistant.stats()
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
        await ask(pilot, "Comment impliquer les élus ?")
        regions = {d.meta.doc_id: d.meta.region for d in real_assistant.documents()}
        assert app.last_response.citations
        assert {regions[c.doc] for c in app.last_response.citations} == {"Occitanie"}
