"""Server-sent events for /v1/ask/stream: `citations`, then for each part of the answer a `part` followed by
its `sentence`s, then `done`."""

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
    answer = data["answer"]
    events = [sse("citations", {"question": data["question"], "understood_as": data["understood_as"],
                                "kind": answer["kind"], "citations": data["citations"]})]
    index = 0
    for p, part in enumerate(answer["parts"]):
        events.append(sse("part", {"index": p, "label": part["label"], "list": part["list"],
                                   "sentences": len(part["sentences"])}))
        for sentence in part["sentences"]:
            events.append(sse("sentence", {"index": index, "part": p, "text": sentence["text"],
                                           "n": sentence["n"]}))
            index += 1
    events.append(sse("done", {"id": data["id"], "abstained": answer["abstained"], "kind": answer["kind"],
                               "text": answer["text"], "sentences": index, "understood_as": data["understood_as"]}))
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
