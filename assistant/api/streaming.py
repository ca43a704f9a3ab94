"""Server-sent events for /v1/ask/stream, sent as `Assistant.ask_stream` yields them: `citations`, then for each
part of the answer a `part` followed by its `sentence`s (a `restart` when a written answer gives way to the
extracts, which follow), then `done`; an `error` instead when the question fails."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import anyio
import anyio.from_thread

from assistant.answer_events import AnswerEvent, Finished, PartStarted, Restarted, SentenceReady, SourcesFound
from assistant.errors import AssistantError
from assistant.models import Answer

from .handlers import STATUS_MESSAGES

log = logging.getLogger("assistant.api")

_WORKERS: set[asyncio.Future] = set()  # running workers, referenced until they end


def sse(event: str, data: dict) -> bytes:
    """One SSE message; JSON on a single `data:` line (JSON never contains a raw newline)."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode("utf-8")


class EventWriter:
    """Turns the answer events of one question into SSE messages, remembering what the later ones need."""

    def __init__(self) -> None:
        self.extracts: Answer | None = None  # the quoted answer, sent when no model writes or after a restart
        self.writing = False
        self.restarted = False

    def message(self, event: AnswerEvent) -> bytes:
        if isinstance(event, SourcesFound):
            data = event.response.to_dict()
            self.extracts, self.writing = event.response.answer, event.writing
            return sse("citations", {"question": data["question"], "understood_as": data["understood_as"],
                                     "kind": data["answer"]["kind"], "citations": data["citations"],
                                     "writing": event.writing})
        if isinstance(event, PartStarted):
            return sse("part", {"index": event.index, "label": event.label, "list": event.is_list,
                                "sentences": self._known_count(event.index)})
        if isinstance(event, SentenceReady):
            s = event.sentence
            return sse("sentence", {"index": event.index, "part": event.part, "text": s.text, "n": s.n,
                                    "citations": list(s.cites)})
        if isinstance(event, Restarted):
            self.restarted = True
            return sse("restart", {"note": event.note})
        if isinstance(event, Finished):
            data = event.response.to_dict()
            answer = data["answer"]
            return sse("done", {"id": data["id"], "abstained": answer["abstained"], "kind": answer["kind"],
                                "text": answer["text"], "sentences": len(answer["sentences"]),
                                "understood_as": data["understood_as"], "mode": answer["mode"],
                                "mode_label": answer["mode_label"], "removed": answer["removed"],
                                "note": answer["note"], "citations": data["citations"]})
        raise TypeError(f"unknown answer event {event!r}")

    def _known_count(self, index: int) -> int | None:
        """The sentences of a quoted part (known in advance); None while a model writes (known at the end)."""
        quoted = self.extracts is not None and (not self.writing or self.restarted)
        if quoted and index < len(self.extracts.parts):
            return len(self.extracts.parts[index].sentences)
        return None


def _produce(start: Callable[[], Iterator[AnswerEvent]], send, gone: threading.Event) -> None:
    """In a question thread: iterate the answer's events and hand each to the event loop as it comes; an error
    is handed over as the exception. Stops early when the client has gone."""

    def hand(item) -> None:
        anyio.from_thread.run_sync(send.send_nowait, item)

    events = None
    try:
        if gone.is_set():
            return
        events = start()
        for event in events:
            hand(event)
            if gone.is_set():
                return
    except (anyio.BrokenResourceError, anyio.ClosedResourceError):
        pass  # the client left while the answer was being made
    except Exception as exc:  # noqa: BLE001 - handed to the stream, which reports it as an `error` event
        try:
            hand(exc)
        except Exception:  # noqa: BLE001 - the client left, or the server is stopping
            pass
    finally:
        if events is not None:
            events.close()
        try:
            anyio.from_thread.run_sync(send.close)  # the stream's end
        except Exception:  # noqa: BLE001 - the server is stopping
            pass


async def ask_events(
    start: Callable[[], Iterator[AnswerEvent]],
    run: Callable[[Callable[[], None]], Awaitable[None]],
) -> AsyncIterator[bytes]:
    """Stream the events of `start()` (Assistant.ask_stream) while they come: the synchronous iteration runs in
    a question thread (`run`, the bounded pool), and hands each event over through a memory stream."""
    yield b": debut\n\n"  # an SSE comment: headers and first bytes go out at once
    send, receive = anyio.create_memory_object_stream(math.inf)
    gone = threading.Event()
    worker = asyncio.ensure_future(run(lambda: _produce(start, send, gone)))
    _WORKERS.add(worker)
    worker.add_done_callback(_forget)
    writer = EventWriter()
    try:
        async with receive:
            async for item in receive:
                if isinstance(item, Exception):
                    yield _error(item)
                    return
                try:
                    message = writer.message(item)
                except Exception as exc:  # noqa: BLE001 - reported as an `error` event, logged
                    yield _error(exc)
                    return
                yield message
    finally:
        gone.set()  # the worker stops at its next event if the client went away


def _error(exc: Exception) -> bytes:
    """The `error` event: a known problem's French message, or the internal error's (logged here)."""
    if isinstance(exc, AssistantError):
        return sse("error", {"message": str(exc)})
    log.error("Erreur interne pendant une réponse en flux", exc_info=exc)
    return sse("error", {"message": STATUS_MESSAGES[500]})


def _forget(worker: asyncio.Future) -> None:
    _WORKERS.discard(worker)
    if not worker.cancelled() and worker.exception() is not None:
        log.error("Erreur interne du fil d'une réponse en flux", exc_info=worker.exception())
