"""A chat model reached over the OpenAI chat-completions protocol (Albert, Ollama, vLLM, llama.cpp server),
streamed, under one deadline; every failure is a `ChatFailed` with a short French note for the reader."""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator

import httpx

from assistant.errors import AssistantError

log = logging.getLogger("assistant.written")
MAX_TOKENS = 500  # a short answer of one to four sentences needs far less; a runaway model stops here
TEMPERATURE = 0.1  # close to deterministic: the answer restates its sources, it does not invent


class ChatFailed(AssistantError):
    """The model gave no usable text: `str(error)` is the French note shown above the extracts instead."""


class ChatModel(ABC):
    """A model that writes a reply to chat messages, as a stream of text pieces."""

    name: str

    @abstractmethod
    def stream(self, messages: list[dict], deadline: float) -> Iterator[str]:
        """The reply's text, piece by piece, until the model stops or `deadline` (time.monotonic()) passes.
        Raises `ChatFailed` on an error, a time-out, a refusal or a reply that is not the protocol's."""


class OpenAIChat(ChatModel):
    """`POST {base_url}/chat/completions` with `stream: true` (a plain JSON reply is read too)."""

    def __init__(self, base_url: str, model: str, api_key: str = ""):
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.name = model
        self._headers = {"Accept": "text/event-stream, application/json"}
        if api_key:
            self._headers["Authorization"] = f"Bearer {api_key}"

    def stream(self, messages: list[dict], deadline: float) -> Iterator[str]:
        body = {"model": self.name, "messages": messages, "stream": True,
                "temperature": TEMPERATURE, "max_tokens": MAX_TOKENS}
        # The reply is read in a thread and handed over through a queue, so that the deadline holds to the
        # millisecond: a server that stalls in the middle of a read cannot hold the question longer.
        pieces: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, args=(body, deadline, pieces), daemon=True,
                         name="chat-reply").start()
        while True:
            try:
                piece = pieces.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise ChatFailed(_TIMEOUT) from None
            if piece is _END:
                return
            if isinstance(piece, ChatFailed):
                raise piece
            yield piece

    def _read(self, body: dict, deadline: float, pieces: queue.Queue) -> None:
        try:
            for piece in self._stream(body, deadline):
                pieces.put(piece)
            pieces.put(_END)
        except ChatFailed as exc:
            pieces.put(exc)
        except httpx.TimeoutException:
            pieces.put(ChatFailed(_TIMEOUT))
        except httpx.HTTPError as exc:  # connection refused, reset, bad URL…
            log.info("Modèle de langue injoignable : %r", exc)
            pieces.put(ChatFailed(f"{_DOWN} ({_why(exc)})"))
        except Exception as exc:  # noqa: BLE001 - whatever the reply was, the reader gets the extracts
            log.info("Réponse du modèle de langue illisible : %r", exc)
            pieces.put(ChatFailed(_NOT_PROTOCOL))

    def _stream(self, body: dict, deadline: float) -> Iterator[str]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ChatFailed(_TIMEOUT)
        # Each wait (connecting, every read) is bounded by what remained at the start: the reading thread ends
        # soon after the deadline, which `stream` itself holds exactly.
        timeout = httpx.Timeout(remaining)
        with httpx.Client(timeout=timeout) as client, \
                client.stream("POST", self.url, json=body, headers=self._headers) as reply:
            if reply.status_code != 200:
                reply.read()
                raise ChatFailed(_status_note(reply.status_code))
            kind = reply.headers.get("content-type", "")
            if "application/json" in kind:
                reply.read()
                yield _json_content(reply.text)
                return
            if "text/event-stream" not in kind:
                raise ChatFailed(_NOT_PROTOCOL)
            for line in reply.iter_lines():
                piece = _chunk_content(line)
                if piece is _END:
                    return
                if piece:
                    yield piece


_END = object()
_TIMEOUT = "Le modèle de langue n'a pas répondu à temps"
_DOWN = "Le modèle de langue est injoignable"
_NOT_PROTOCOL = "Le modèle de langue a renvoyé une réponse illisible"
_REFUSED = "Le modèle de langue a refusé de répondre"


def _why(exc: httpx.HTTPError) -> str:
    """What went wrong with the connection, in a few French words."""
    if isinstance(exc, httpx.ConnectError):
        return "connexion refusée ou adresse introuvable"
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return "adresse invalide"
    return "connexion interrompue"


def _status_note(status: int) -> str:
    """A French note for an HTTP error of the model's server (its own message is not kept: it may echo the key)."""
    if status in (401, 403):
        return f"{_DOWN} : clé d'accès refusée (HTTP {status})"
    if status == 404:
        return f"{_DOWN} : adresse ou modèle inconnu (HTTP 404)"
    if status == 429:
        return "Le modèle de langue est saturé (HTTP 429)"
    return f"{_DOWN} (HTTP {status})"


def _json_content(text: str) -> str:
    """The message of a plain `chat.completion` reply."""
    try:
        choice = json.loads(text)["choices"][0]
        content = choice["message"]["content"] or ""
    except (ValueError, KeyError, IndexError, TypeError):
        raise ChatFailed(_NOT_PROTOCOL) from None
    if choice.get("finish_reason") == "content_filter":
        raise ChatFailed(_REFUSED)
    return content


def _chunk_content(line: str):
    """The text of one `data:` line of the stream; `_END` at `[DONE]` or a refusal's finish; None otherwise."""
    line = line.strip()
    if not line.startswith("data:"):
        return None  # blank lines, comments, `event:` fields
    data = line[5:].strip()
    if data == "[DONE]":
        return _END
    try:
        chunk = json.loads(data)
    except ValueError:
        raise ChatFailed(_NOT_PROTOCOL) from None
    if not isinstance(chunk, dict):
        raise ChatFailed(_NOT_PROTOCOL)
    if "error" in chunk:
        raise ChatFailed(_DOWN)
    choices = chunk.get("choices") or []
    if not choices:
        return None
    if choices[0].get("finish_reason") == "content_filter":
        raise ChatFailed(_REFUSED)
    return (choices[0].get("delta") or {}).get("content") or None
