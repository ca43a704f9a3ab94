"""Watching the corpus folder: the index is refreshed when documents are added, changed or removed, once they settle."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from assistant.errors import AssistantError, RefreshBusyError, SettingsInvalid
from assistant.models import IngestReport

log = logging.getLogger("assistant.watch")

# Names a download or a copy in progress goes by; the file is read once it gets its final name.
PARTIAL_SUFFIXES = (".part", ".partial", ".crdownload", ".download", ".tmp", ".temp", ".swp", "~")
PARTIAL_PREFIXES = (".", "~$")  # hidden files (rsync's temporary copies, editors' locks), Office owner files


def is_partial_name(path: Path) -> bool:
    """A temporary or hidden name anywhere in the path: not a document yet."""
    return any(part.startswith(PARTIAL_PREFIXES) for part in path.parts) or path.name.lower().endswith(PARTIAL_SUFFIXES)


def _signature(path: Path) -> tuple[int, int] | None:
    """Size and modification time of a file (None when it is gone): it is settled when this stops changing."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def describe_report(report: IngestReport) -> str | None:
    """One French line saying what a refresh changed; None when it changed nothing."""
    parts = [f"{label} : {', '.join(paths)}" for label, paths in (
        ("ajoutés", report.added), ("mis à jour", report.updated), ("retirés", report.removed)) if paths]
    failed = [f for f in report.failed if not is_partial_name(Path(f.path))]  # copies in progress: not yet
    if failed:
        parts.append("en échec : " + ", ".join(f"{f.path} ({f.reason})" for f in failed))
    if not parts:
        return None
    served = f" ; index en service : {report.generation}" if report.generation else ""
    return "Corpus mis à jour — " + " ; ".join(parts) + served + "."


class PendingChanges:
    """Paths changed since the last refresh; ready once nothing has changed for `debounce_s` and every changed
    file has kept its size and modification time for `settle_s` (a file still being copied keeps them moving)."""

    def __init__(self, corpus_dir: Path, debounce_s: float, settle_s: float):
        self.corpus_dir = corpus_dir
        self.debounce_s = debounce_s
        self.settle_s = settle_s
        self.paths: dict[Path, tuple[int, int] | None] = {}
        self.wanted = False
        self.last_event = 0.0
        self.last_move = 0.0

    def note(self, paths) -> None:
        now = time.monotonic()
        for raw in paths:
            path = Path(raw)
            self.paths[path] = _signature(path)
            self.wanted = True
            self.last_event = self.last_move = now

    def wait_again(self) -> None:
        """Another refresh is running (`cli.py ingest`, another server process): try again a debounce later."""
        self.last_event = time.monotonic()

    def ready(self) -> bool:
        if not self.wanted:
            return False
        now = time.monotonic()
        for path, seen in self.paths.items():
            current = _signature(path)
            if current != seen:
                self.paths[path] = current
                self.last_move = now
        return now - self.last_event >= self.debounce_s and now - self.last_move >= self.settle_s

    def clear(self) -> None:
        self.paths.clear()
        self.wanted = False

    def is_document(self, _change, path: str) -> bool:
        """watchfiles' filter: hidden files and names of copies in progress wake nobody."""
        try:
            return not is_partial_name(Path(path).relative_to(self.corpus_dir))
        except ValueError:
            return False


def check_corpus_folder(corpus_dir: Path) -> None:
    """A missing corpus folder is a bad setting: one French line naming it (exit code 2 from the CLI)."""
    if not corpus_dir.is_dir():
        raise SettingsInvalid(f"Le dossier du corpus « {corpus_dir} » n'existe pas : créez-le ou corrigez "
                              "ASSISTANT_CORPUS_DIR (ou --corpus).")


def watch_corpus(assistant, on_line: Callable[[str], None], stop: threading.Event | None = None) -> None:
    """Refresh `assistant`'s index (its `refresh()`, the one ingest) whenever the corpus folder changes, until
    `stop` is set (or Ctrl-C: KeyboardInterrupt). Each refresh that changed something, each failure, is told
    by one French line to `on_line`. A refresh once at start catches up with changes made while not watching."""
    import watchfiles

    settings = assistant.settings
    corpus = Path(settings.corpus_dir).resolve()
    check_corpus_folder(corpus)
    pending = PendingChanges(corpus, settings.watch_debounce_s, settings.watch_settle_s)
    tick_ms = max(20, int(min(settings.watch_debounce_s, settings.watch_settle_s, 1.0) * 250))
    pending.wanted = True  # at the first tick, once watching: nothing changed meanwhile is missed
    for changes in watchfiles.watch(corpus, watch_filter=pending.is_document, stop_event=stop, rust_timeout=tick_ms,
                                    yield_on_timeout=True, debounce=tick_ms * 4, step=tick_ms):
        pending.note(path for _change, path in changes)
        if pending.ready():
            _refresh(assistant, on_line, pending)


def _refresh(assistant, on_line: Callable[[str], None], pending: PendingChanges) -> None:
    try:
        report = assistant.refresh()
    except RefreshBusyError:
        pending.wait_again()
        return
    except AssistantError as exc:
        on_line(f"Mise à jour impossible : {exc}")
    else:
        line = describe_report(report)
        if line:
            on_line(line)
    pending.clear()


def start_in_thread(assistant) -> tuple[threading.Thread, threading.Event]:
    """The same watcher in a daemon thread of a server process (`watch_corpus` setting); set the event to stop."""
    stop = threading.Event()

    def run() -> None:
        try:
            watch_corpus(assistant, log.info, stop)
        except AssistantError as exc:
            log.warning("Surveillance du corpus impossible : %s", exc)
        except Exception:  # noqa: BLE001 - the server keeps serving without the watcher
            log.exception("Surveillance du corpus arrêtée")

    thread = threading.Thread(target=run, name="corpus-watch", daemon=True)
    thread.start()
    return thread, stop
