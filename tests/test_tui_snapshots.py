"""Snapshots of the main screens (pytest-textual-snapshot), over the deterministic fake facade.

The fake has a fixed build time and fixed passages, so the frames depend on neither the clock,
the model nor the index build; workers are awaited and the cursor does not blink.
Regenerate with `pytest tests/test_tui_snapshots.py --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

import os

import pytest

from assistant.config import Settings
from assistant.tui.app import LIGHT_THEME, AssistantApp
from test_tui_support import FakeAssistant

QUESTION = "Comment impliquer les élus ?"


@pytest.fixture(autouse=True)
def _fixed_timezone(monkeypatch):
    """The status line shows the build time in local time: pin the zone."""
    import time

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def make_app(**fake) -> AssistantApp:
    return AssistantApp(Settings(corpus_dir="corpus", index_dir="index"), FakeAssistant(**fake))


async def settle(pilot) -> None:
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()


def steps(*keys: str, question: str | None = None, theme: str | None = None, clear: bool = True):
    """A run_before coroutine: wait for the index, optionally ask, press keys, wait again."""

    async def run_before(pilot) -> None:
        app = pilot.app
        app.question_input.cursor_blink = False
        await settle(pilot)
        if theme:
            app.theme = theme
        if question:
            app.question_input.value = question
            await pilot.press("enter")
            await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        if clear:
            app.clear_notifications()
        await settle(pilot)

    return run_before


def test_welcome(snap_compare):
    assert snap_compare(make_app(), run_before=steps(), terminal_size=(80, 24))


def test_answer(snap_compare):
    assert snap_compare(make_app(), run_before=steps(question=QUESTION), terminal_size=(80, 24))


def test_answer_light_theme(snap_compare):
    assert snap_compare(
        make_app(), run_before=steps(question=QUESTION, theme=LIGHT_THEME), terminal_size=(80, 24)
    )


def test_passage_screen(snap_compare):
    assert snap_compare(make_app(), run_before=steps("tab", "enter", question=QUESTION), terminal_size=(80, 24))


def test_help_screen(snap_compare):
    assert snap_compare(make_app(), run_before=steps("f1"), terminal_size=(80, 24))


def test_filters_panel(snap_compare):
    assert snap_compare(make_app(), run_before=steps("ctrl+f", "tab", "down", "space"), terminal_size=(80, 24))


def test_missing_index(snap_compare):
    assert snap_compare(make_app(missing=True), run_before=steps(), terminal_size=(80, 24))


def test_follow_up_wide(snap_compare):
    async def run_before(pilot) -> None:
        await steps(question=QUESTION)(pilot)
        await steps(question="et en Occitanie ?")(pilot)

    assert snap_compare(make_app(), run_before=run_before, terminal_size=(120, 34))
