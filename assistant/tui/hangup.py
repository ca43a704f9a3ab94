"""Ending the app when its terminal goes away, whatever it is doing (loading, searching, idle).

A thread of its own watches the terminal (poll reports a hang-up) and SIGHUP: the event loop may be stuck
(writing to a terminal that is gone can block it for good), so after asking the app to quit it waits a
short grace period and then ends the process itself.
"""

from __future__ import annotations

import os
import select
import signal
import threading
from collections.abc import Callable

CHECK_EVERY_S = 0.25
GRACE_S = 2.0
EXIT_CODE = 128 + signal.SIGHUP  # what a shell reports for a process ended by a hang-up


def terminal_hung_up(stream) -> bool:
    """True when the terminal behind `stream` was closed (poll reports a hang-up or an error)."""
    try:
        poller = select.poll()
        poller.register(stream.fileno(), select.POLLIN)
        return any(event & (select.POLLHUP | select.POLLERR | select.POLLNVAL) for _, event in poller.poll(0))
    except (OSError, ValueError, AttributeError):
        return True


class HangupWatch:
    """Calls `quit_app` (from its own thread) when the terminal hangs up, then ends the process if it is
    still there `GRACE_S` seconds later."""

    def __init__(self, stream, quit_app: Callable[[], None]) -> None:
        self.stream = stream
        self.quit_app = quit_app
        self.hung_up = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hangup-watch", daemon=True)

    def start(self) -> None:
        """Start watching; must be called from the main thread (it installs the SIGHUP handler)."""
        signal.signal(signal.SIGHUP, lambda *_: self.hung_up.set())
        self._thread.start()

    def _run(self) -> None:
        while not self.hung_up.wait(CHECK_EVERY_S):
            if terminal_hung_up(self.stream):
                self.hung_up.set()
        try:
            self.quit_app()
        except Exception:  # noqa: BLE001 - the loop may be gone already: the timer below ends the process
            pass
        threading.Event().wait(GRACE_S)
        os._exit(EXIT_CODE)
