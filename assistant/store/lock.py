"""One writer at a time: an advisory lock file in the index folder (released by the OS if the writer dies)."""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path

from assistant.errors import RefreshBusyError

LOCK_FILE = ".refresh.lock"


@contextmanager
def writer_lock(index_dir: Path, timeout_s: float = 0.0):
    """Hold the index's writer lock; wait up to `timeout_s`, then raise RefreshBusyError."""
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise RefreshBusyError() from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)  # closing releases the lock
