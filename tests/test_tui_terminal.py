"""The real `cli.py tui` in a pseudo-terminal: it starts, draws, and quits when the terminal goes away."""

from __future__ import annotations

import pytest

import os
import pty
import select
import subprocess
import sys
import time

from helpers import ROOT, cli_env

pytestmark = pytest.mark.pty


def read_until(fd: int, needle: bytes, timeout: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and needle not in seen:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def test_tui_draws_then_quits_when_its_terminal_closes(sample_settings):
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    env = cli_env(TERM="xterm-256color", COLUMNS="80", LINES="24")
    process = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "tui", "--index", str(sample_settings.index_dir)],
                               stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env, start_new_session=True)
    os.close(slave)
    try:
        screen = read_until(master, "passages".encode(), timeout=60)
        assert b"passages" in screen, screen[-500:]
        os.close(master)  # the window is closed: the terminal is gone
        master = -1
        deadline = time.monotonic() + 15
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert process.poll() is not None, "the app kept running without a terminal"
    finally:
        if process.poll() is None:
            process.kill()
        if master >= 0:
            os.close(master)
