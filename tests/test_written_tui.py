"""Written answers in the terminal UI: the real app (Textual's pilot) over the real facade and the tiny index,
asking a real stand-in chat server on loopback (tests/llm_standin.py) that speaks the OpenAI protocol."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace

import pytest

from assistant.tui.answer_stream import WRITING, StreamingAnswer
from assistant.tui.conversation import AnswerMessage
from assistant.tui.help import HelpScreen
from llm_standin import Reply, StandInChat, echo_reply
from tui_support import loaded_assistant, make_app, settle, text_of

pytestmark = [pytest.mark.anyio, pytest.mark.server]

SIZE = (110, 34)
GENERATED = "Réponse rédigée à partir des sources"
EXTRACTS = "Extraits des documents"
ELUS = "Comment impliquer les élus ?"
OCCITANIE = "Combien de CLSM en Occitanie ?"
# The tiny corpus's sentences (tests/tui_support.py), as the stand-in's echo writes them back.
CONVENTION = ("Pour impliquer les élus, le CLSM s'appuie sur une convention signée par le maire et sur un "
              "coordinateur dédié qui anime le comité de pilotage")
THIRTY_TWO = "En Occitanie, trente-deux CLSM sont en fonctionnement en 2024, surtout dans les grandes agglomérations"


@pytest.fixture
def anyio_backend():
    return "asyncio"  # Textual runs on asyncio


@pytest.fixture(autouse=True)
def every_state_recorded(monkeypatch):
    """The real `StreamingAnswer.take`, then what the widget now shows goes to the screens being recorded."""
    take = StreamingAnswer.take

    def take_and_record(widget, event):
        take(widget, event)
        if Screens.watching is not None:
            Screens.watching.saw(widget)

    monkeypatch.setattr(StreamingAnswer, "take", take_and_record)


def written_app(tiny, chat: StandInChat, timeout_s: float = 10.0):
    """The app as a centre with a language model runs it: its settings name the model's address."""
    settings = tiny.settings.model_copy(update={"llm_base_url": chat.base_url, "llm_model": "standin",
                                                "llm_timeout_s": timeout_s})
    return make_app(loaded_assistant(settings))


class Screens:
    """What the app showed while an answer came: the answer being written (every state it took, recorded as it
    took it: sampling the screen could miss a state that lasts a few milliseconds), the status line, the sources."""

    watching: Screens | None = None  # the one recording the answer being written now

    def __init__(self) -> None:
        self.coming: list[str] = []
        self.status: list[str] = []
        self.sources: list = []

    def saw(self, widget: StreamingAnswer) -> None:
        if not self.coming or self.coming[-1] != text_of(widget):
            self.coming.append(text_of(widget))

    def look(self, app) -> None:
        for widget in app.query(StreamingAnswer):
            self.saw(widget)
        self.status.append(text_of(app.status))
        if app.sources.response is not None and app.sources.response not in self.sources:
            self.sources.append(app.sources.response)

    def shown(self, text: str) -> bool:
        return any(text in seen for seen in self.coming)


async def send(pilot, question: str, during=None) -> Screens:
    """Send a question and look at the screen every few milliseconds until its answer is finished;
    `during(pilot, screens)` runs once the answer has begun."""
    app, screens = pilot.app, Screens()
    Screens.watching = screens
    try:
        app.question_input.value = question
        await pilot.press("enter")
        while app.searching:
            screens.look(app)
            if during is not None and screens.coming:
                await during(pilot, screens)
                during = None
            await asyncio.sleep(0.01)
        await settle(pilot)
    finally:
        Screens.watching = None
    return screens


def answer_text(app) -> str:
    return text_of(app.query(AnswerMessage).last())


async def test_a_faithful_written_answer_comes_sentence_by_sentence_and_goes_into_the_conversation(tiny):
    slow_echo = lambda body: replace(echo_reply(body), chunk_chars=10, delay_s=0.03)  # noqa: E731
    with StandInChat(slow_echo) as chat:
        app = written_app(tiny, chat)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screens = await send(pilot, ELUS)
            response = app.last_response
            assert response.answer.mode == "generated" and response.answer.removed == 0
            first, second = response.answer.sentences
            assert first.text == CONVENTION + "." and first.marks == "[1]" and second.marks == "[2]"
            # As it came: "Rédaction en cours…" first, then the first sentence alone, then both.
            assert WRITING in screens.coming[0] and GENERATED in screens.coming[0]
            assert any(CONVENTION in seen and second.text not in seen for seen in screens.coming)
            assert screens.shown(second.text)
            assert any(line.startswith("Rédaction… ") for line in screens.status)
            # The sources as soon as they were found, then again from the finished answer (final locations).
            assert screens.sources[0].id == response.id and app.sources.response is response
            # Finished: one answer, labelled, its marks after each sentence; nothing still coming.
            assert not app.query(StreamingAnswer) and len(app.query(AnswerMessage)) == 1
            shown = answer_text(app)
            assert shown.startswith(f"Assistant · {GENERATED}\n")
            assert f"{first.text} [1] {second.text} [2]" in shown and EXTRACTS not in shown
            assert "Rédaction" not in text_of(app.status)
            assert "rédaction standin" in text_of(app.status)  # the status line names the writing model

            # The follow-up carries the written text as the previous turn, to the model too.
            assert [(t.question, t.answer) for t in app.turns] == [(ELUS, response.answer.text)]
            await send(pilot, "et dans les Hauts-de-France ?")
            messages = chat.completions[-1].body["messages"]
            assert {"role": "assistant", "content": response.answer.text} in messages
            assert {"role": "user", "content": ELUS} in messages
            assert len(app.query(AnswerMessage)) == 2 and app.last_response.answer.mode == "generated"


async def test_an_invented_number_is_removed_and_the_note_says_so(tiny):
    invented = "En 2019, 57 projets sont en préparation dans les villes moyennes"
    replies = [Reply.text(f"En Occitanie, trente-deux CLSM sont en fonctionnement en 2024 [1][2]. {invented} [1]."),
               Reply.text("En Occitanie, 45 CLSM sont en fonctionnement en 2024 [1].")]
    with StandInChat(replies) as chat:
        app = written_app(tiny, chat)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screens = await send(pilot, OCCITANIE)
            answer = app.last_response.answer
            assert answer.mode == "generated" and answer.removed == 1
            shown = answer_text(app)
            assert shown.startswith(f"Assistant · {GENERATED}\n1 phrase du texte rédigé a été retirée : "
                                    "les sources citées ne la confirmaient pas.\n")
            assert "En Occitanie, trente-deux CLSM sont en fonctionnement en 2024. [1][2]" in shown  # both marks
            assert "57" not in shown and not screens.shown("57")  # never on screen, not even while it came

            # Nothing but an invented number: the extracts, and why.
            await send(pilot, "Et combien de CLSM en Occitanie en 2024 ?")
            answer = app.last_response.answer
            assert answer.mode == "extractive" and answer.removed == 1
            shown = answer_text(app)
            assert shown.startswith(f"Assistant · {EXTRACTS}\nLe texte rédigé n'était pas assez confirmé par les "
                                    "sources (1 phrase retirée) : voici les extraits des documents.\n")
            assert f"{THIRTY_TWO}. [1]" in shown and "45" not in shown


async def test_a_model_that_hangs_gives_the_extracts_at_the_timeout_and_the_app_stays_responsive(tiny):
    async def meanwhile(pilot, screens) -> None:
        await pilot.press("a", "b", "c")
        assert pilot.app.question_input.value == "abc"
        await pilot.press("f1")
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(pilot.app.screen, HelpScreen)
        screens.look(pilot.app)

    with StandInChat([Reply.hang(30.0)]) as chat:
        app = written_app(tiny, chat, timeout_s=1.5)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            started = time.monotonic()
            screens = await send(pilot, ELUS, during=meanwhile)
            took = time.monotonic() - started
            assert 1.4 < took < 6.0
            assert screens.coming[0] == f"Assistant · {GENERATED}\n{WRITING}"  # all the while…
            assert not any(GENERATED in seen and CONVENTION in seen for seen in screens.coming)  # …never as written
            answer = app.last_response.answer
            assert answer.mode == "extractive"
            shown = answer_text(app)
            assert shown.startswith(f"Assistant · {EXTRACTS}\nLe modèle de langue n'a pas répondu à temps : "
                                    "voici les extraits des documents.\n")
            assert f"{CONVENTION}. [1]" in shown
            assert app.question_input.value == "abc"  # what was typed meanwhile is still there
            assert len(chat.completions) == 1


async def test_a_stall_after_a_first_sentence_restarts_with_the_extracts(tiny):
    written = ("Le maire signe une convention avec le CLSM [1]. "
               "Un coordinateur dédié anime le comité de pilotage [1].")
    first_end = written.index(". Un") + len(". U")  # the second sentence has begun: the first is complete
    with StandInChat([Reply.stall(written, after_chars=first_end, seconds=30.0, chunk_chars=8)]) as chat:
        app = written_app(tiny, chat, timeout_s=1.5)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screens = await send(pilot, ELUS)
            # The first sentence was shown as written…
            assert any(seen.startswith(f"Assistant · {GENERATED}\nLe maire signe une convention avec le CLSM. [1]")
                       for seen in screens.coming)
            assert not screens.shown("Un coordinateur dédié anime")
            # …then gave way to the extracts, with the reason.
            shown = answer_text(app)
            assert "Le maire signe" not in shown and not app.query(StreamingAnswer)
            assert shown.startswith(f"Assistant · {EXTRACTS}\nLe modèle de langue n'a pas répondu à temps : "
                                    "voici les extraits des documents.\n")
            assert f"{CONVENTION}. [1]" in shown
            assert app.last_response.answer.mode == "extractive"
            assert [t.answer for t in app.turns] == [app.last_response.answer.text]
