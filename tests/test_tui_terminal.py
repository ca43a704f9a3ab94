"""The real `cli.py tui` in a pseudo-terminal: it starts, draws, answers a question sent while it loads, and
ends whenever its terminal goes away: while loading, during a search, idle.

Loading and searching are held for as long as a test needs by the index's CURRENT file made a named pipe
(tui_support.HeldCurrent): the app reads it to load the index, and again before each question.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

import pytest

from helpers import ROOT, cli_env
from tui_support import HeldCurrent, build_tiny_index

pytestmark = pytest.mark.pty

QUESTION = "Comment impliquer les élus ?"


class Terminal:
    """`cli.py tui` on the slave side of a pty; the test holds the master side (the terminal window)."""

    def __init__(self, index_dir) -> None:
        self.master, slave = pty.openpty()
        os.set_blocking(self.master, False)
        env = cli_env(TERM="xterm-256color", COLUMNS="80", LINES="24")
        self.process = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "tui", "--index", str(index_dir)],
                                        stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env,
                                        start_new_session=True)
        os.close(slave)
        self.seen = b""

    def wait_for(self, text: str, timeout: float = 60) -> None:
        needle = text.encode("utf-8")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and needle not in self.seen:
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    self.seen += os.read(self.master, 65536)
                except OSError:
                    break
        assert needle in self.seen, (text, self.seen[-800:])

    def type(self, text: str) -> None:
        os.write(self.master, text.encode("utf-8"))

    def close(self) -> None:
        """The window is closed: the terminal is gone."""
        if self.master >= 0:
            os.close(self.master)
            self.master = -1

    def ended_within(self, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while self.process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.process.poll() is not None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        self.close()


@pytest.mark.parametrize("moment", ["loading", "searching", "idle"])
def test_the_app_ends_when_its_terminal_closes_whatever_it_is_doing(tmp_path, moment):
    settings = build_tiny_index(tmp_path)
    held = HeldCurrent(settings.index_dir) if moment == "loading" else None
    terminal = Terminal(settings.index_dir)
    try:
        if moment == "loading":
            terminal.wait_for("Chargement")  # and it stays there: the index cannot be read yet
        else:
            terminal.wait_for("passages")
        if moment == "searching":
            held = HeldCurrent(settings.index_dir)  # the check made before the question waits
            terminal.type(QUESTION + "\r")
            terminal.wait_for("Recherche")
        terminal.close()
        assert terminal.ended_within(10), f"the app kept running without a terminal ({moment})"
    finally:
        terminal.stop()
        if held is not None:
            held.release()


@pytest.mark.parametrize("typed_ahead", [False, True])
def test_a_question_sent_while_loading_is_answered_once_ready(tmp_path, typed_ahead):
    """Sent once "Chargement…" shows, or typed ahead before the app has even drawn (the terminal then hands
    Enter over as a line feed): either way it waits on screen and is answered."""
    settings = build_tiny_index(tmp_path)
    held = HeldCurrent(settings.index_dir)
    terminal = Terminal(settings.index_dir)
    try:
        if not typed_ahead:
            terminal.wait_for("Chargement")
        terminal.type(QUESTION + "\r")
        terminal.wait_for("En attente du chargement")
        held.release()
        terminal.wait_for("Pour impliquer les élus")
        terminal.type("\x11")  # Ctrl+Q
        assert terminal.ended_within(10) and terminal.process.returncode == 0
    finally:
        terminal.stop()
