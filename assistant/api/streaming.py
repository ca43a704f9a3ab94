"""Server-sent events for /v1/ask/stream: `citations`, then one `sentence` per answer sentence, then `done`."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from assistant.errors import AssistantError
from assistant.models import Response

from .handlers import STATUS_MESSAGES

log = logging.getLogger("assistant.api")


def sse(event: str, data: dict) -> bytes:
    """One SSE message; JSON on a single `data:` line (JSON never contains a raw newline)."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode("utf-8")


def response_events(response: Response) -> list[bytes]:
    """The events of a finished answer, in the order the widget renders them."""
    data = response.to_dict()
    events = [sse("citations", {"question": data["question"], "citations": data["citations"]})]
    for i, sentence in enumerate(data["answer"]["sentences"]):
        events.append(sse("sentence", {"index": i, "text": sentence["text"], "n": sentence["n"]}))
    events.append(sse("done", {"abstained": data["answer"]["abstained"], "text": data["answer"]["text"],
                               "sentences": len(data["answer"]["sentences"])}))
    return events


async def ask_events(ask: Callable[[], Awaitable[Response]]) -> AsyncIterator[bytes]:
    """Await the question (run in worker threads by the caller) and stream its events; errors become an `error` event."""
    yield b": debut\n\n"  # an SSE comment: headers and first bytes go out at once
    try:
        response = await ask()
    except AssistantError as exc:
        yield sse("error", {"message": str(exc)})
        return
    except Exception:  # noqa: BLE001 - reported to the client as a French error event, logged here
        log.exception("Erreur interne pendant une réponse en flux")
        yield sse("error", {"message": STATUS_MESSAGES[500]})
        return
    for event in response_events(response):
        yield event
