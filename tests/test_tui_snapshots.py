"""Snapshots of the main screens (pytest-textual-snapshot), over the real `Assistant`.

The index is built for real from the tiny corpus of test_tui_support, with SOURCE_DATE_EPOCH pinned
(so the build time in the status line is fixed) and the time zone pinned to Europe/Paris; workers
are awaited and the cursor does not blink. The missing-index screen runs from a folder of its own
with relative paths, so the message does not show a temporary path.
Regenerate with `pytest tests/test_tui_snapshots.py --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.core import Assistant
from assistant.tui.app import LIGHT_THEME, AssistantApp
from tui_support import make_app, settle, without_clipboard

pytestmark = pytest.mark.snapshot

QUESTION = "Comment impliquer les élus ?"
FOLLOW_UP = "et dans les Hauts-de-France ?"


@pytest.fixture(autouse=True)
def _fixed_timezone(monkeypatch):
    """The status line shows the build time in local time: pin the zone."""
    import time

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def _no_clipboard(monkeypatch):
    without_clipboard(monkeypatch)


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


def test_welcome(snap_compare, tiny):
    assert snap_compare(make_app(tiny), run_before=steps(), terminal_size=(80, 24))


def test_answer(snap_compare, tiny):
    assert snap_compare(make_app(tiny), run_before=steps(question=QUESTION), terminal_size=(80, 24))


def test_answer_light_theme(snap_compare, tiny):
    assert snap_compare(
        make_app(tiny), run_before=steps(question=QUESTION, theme=LIGHT_THEME), terminal_size=(80, 24)
    )


def test_passage_screen(snap_compare, tiny):
    assert snap_compare(make_app(tiny), run_before=steps("tab", "enter", question=QUESTION), terminal_size=(80, 24))


def test_help_screen(snap_compare, tiny):
    assert snap_compare(make_app(tiny), run_before=steps("f1"), terminal_size=(80, 24))


def test_filters_panel(snap_compare, tiny):
    assert snap_compare(make_app(tiny), run_before=steps("ctrl+f", "tab", "down", "space"), terminal_size=(80, 24))


def test_missing_index(snap_compare, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("index").mkdir()  # a real, empty index folder
    settings = Settings(corpus_dir=Path("corpus"), index_dir=Path("index"))
    assert snap_compare(AssistantApp(settings, Assistant(settings)), run_before=steps(), terminal_size=(80, 24))


def test_follow_up_wide(snap_compare, tiny):
    async def run_before(pilot) -> None:
        await steps(question=QUESTION)(pilot)
        await steps(question=FOLLOW_UP)(pilot)

    assert snap_compare(make_app(tiny), run_before=run_before, terminal_size=(120, 34))


def test_copy_dialog(snap_compare, tiny):
    """`c` where nothing confirms the copy: the citation to select, and how to enable copying."""
    assert snap_compare(make_app(tiny), run_before=steps("tab", "c", question=QUESTION), terminal_size=(80, 24))


def test_searching_status_line_at_80_columns(snap_compare, tiny):
    """During a search the status line drops the word "modèle" rather than cutting the model's name."""

    async def run_before(pilot) -> None:
        await steps()(pilot)
        pilot.app.status.busy = True
        await pilot.pause()

    assert snap_compare(make_app(tiny), run_before=run_before, terminal_size=(80, 24))
