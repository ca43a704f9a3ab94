"""The index watcher: a server process swaps in a generation another process wrote (`cli.py ingest`); with the
`watch_corpus` setting it also refreshes the index when the corpus folder changes (assistant/corpus_watch.py)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from assistant.core import Assistant
from assistant.corpus_watch import start_in_thread
from assistant.errors import AssistantError

log = logging.getLogger("assistant.api")


def lifespan_for(assistant: Assistant, reload_interval: float):
    """The app's lifespan: load the index (or start without it: /readyz says so), then watch for new ones."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        if not assistant.is_ready:
            try:
                await run_in_threadpool(assistant.load)
            except AssistantError as exc:
                log.warning("Index indisponible au démarrage : %s", exc)
            except Exception:  # noqa: BLE001 - a damaged index: start anyway, /readyz says not ready
                log.exception("Index illisible au démarrage")
        watcher = asyncio.create_task(watch_index(assistant, reload_interval)) if reload_interval > 0 else None
        corpus_watch = start_in_thread(assistant) if assistant.settings.watch_corpus else None
        try:
            yield
        finally:
            if corpus_watch is not None:
                thread, stop = corpus_watch
                stop.set()
                await run_in_threadpool(thread.join, 30)
            if watcher is not None:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watcher

    return lifespan


async def watch_index(assistant: Assistant, interval: float) -> None:
    """Swap in a generation written by another process (e.g. `cli.py ingest`), checking CURRENT every `interval` s."""
    last_error = None
    while True:
        await asyncio.sleep(interval)
        try:
            if await run_in_threadpool(assistant.reload_if_changed):
                log.info("Nouvelle génération d'index chargée : %s", assistant.stats().generation)
            last_error = None
        except Exception as exc:  # noqa: BLE001 - keep serving the previous generation
            if str(exc) != last_error:
                log.warning("Nouvelle génération d'index illisible, l'ancienne reste servie : %s", exc)
            last_error = str(exc)
