"""A stand-in OpenAI chat-completions server on loopback that replays scripted replies (tests, bench, manual tries)."""

from __future__ import annotations

import argparse
import errno
import itertools
import json
import re
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

COMPLETIONS_PATH = "/v1/chat/completions"
MODELS_PATH = "/v1/models"
DEFAULT_MODEL = "standin-model"
# OpenAI's error `type` and `code` for the statuses a client meets.
ERROR_KINDS = {400: ("invalid_request_error", None), 401: ("invalid_request_error", "invalid_api_key"),
               404: ("invalid_request_error", None), 429: ("requests", "rate_limit_exceeded"),
               503: ("server_error", "service_unavailable")}
GARBAGE_BODY = b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>\n"


@dataclass(frozen=True)
class Reply:
    """One scripted answer; build it with the constructors below, never by hand."""

    kind: str
    content: str = ""
    chunk_chars: int = 12
    delay_s: float = 0.0
    status: int = 200
    message: str = ""
    after_chars: int = 0
    seconds: float = 0.0
    finish_reason: str = "stop"

    @classmethod
    def text(cls, content: str, chunk_chars: int = 12, delay_s: float = 0.0) -> Reply:
        """A normal answer (JSON, or streamed in `chunk_chars` pieces `delay_s` apart)."""
        return cls("text", content, chunk_chars=chunk_chars, delay_s=delay_s)

    @classmethod
    def error(cls, status: int = 500, message: str = "The server had an error while processing your request.") -> Reply:
        """An HTTP error status with OpenAI's error body."""
        return cls("error", status=status, message=message)

    @classmethod
    def hang(cls, seconds: float, content: str = "Réponse tardive.") -> Reply:
        """Nothing for `seconds`, then `content` (a client time-out shorter than that gives up first)."""
        return cls("hang", content, seconds=seconds)

    @classmethod
    def stall(cls, content: str, after_chars: int, seconds: float, chunk_chars: int = 12) -> Reply:
        """Streams the first `after_chars` characters, then nothing for `seconds`, then the rest."""
        return cls("stall", content, chunk_chars=chunk_chars, after_chars=after_chars, seconds=seconds)

    @classmethod
    def refusal(cls, content: str = "Je ne peux pas répondre à cette demande.") -> Reply:
        """An answer stopped by the provider's content filter (finish_reason "content_filter")."""
        return cls("refusal", content, finish_reason="content_filter")

    @classmethod
    def garbage(cls) -> Reply:
        """200 with an HTML page instead of JSON or SSE (a misconfigured proxy)."""
        return cls("garbage")

    @classmethod
    def from_dict(cls, spec: dict) -> Reply:
        """A reply from a reply-file entry such as {"kind": "error", "status": 503}."""
        spec = dict(spec)
        kind = spec.pop("kind", None)
        if kind not in {"text", "error", "hang", "stall", "refusal", "garbage"}:
            raise ValueError(f"type de réponse inconnu : {kind!r}")
        return getattr(cls, kind)(**spec)


class Headers(dict):
    """Request headers, looked up whatever their case (`headers["authorization"]` == `headers["Authorization"]`)."""

    def __init__(self, pairs):
        super().__init__((name.lower(), value) for name, value in pairs)

    def __getitem__(self, name):
        return super().__getitem__(name.lower())

    def __contains__(self, name):
        return super().__contains__(name.lower())

    def get(self, name, default=None):
        return super().get(name.lower(), default)


@dataclass
class RecordedRequest:
    """A request the stand-in received; `body` is the parsed JSON (None for a GET or a body that is not JSON)."""

    method: str
    path: str
    headers: Headers
    body: dict | None


def error_body(status: int, message: str) -> dict:
    kind, code = ERROR_KINDS.get(status, ("server_error", None))
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def usage(body: dict, content: str) -> dict:
    """Rough token counts (4 characters a token), enough for a client that reads them."""
    prompt = sum(len(str(m.get("content", ""))) for m in body.get("messages", []) if isinstance(m, dict)) // 4 + 1
    completion = len(content) // 4 + 1
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, and chunked streams as real servers send them
    server: _Server

    def log_message(self, *args):  # quiet: tests read `chat.requests`, not stderr
        pass

    def do_GET(self):
        self._record(None)
        if self.path.rstrip("/") != MODELS_PATH:
            return self._send_json(404, error_body(404, f"Invalid URL (GET {self.path})"))
        model = {"id": self.server.chat.model, "object": "model", "created": 0, "owned_by": "standin"}
        self._send_json(200, {"object": "list", "data": [model]})

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        self._record(body)
        if self.path.rstrip("/") != COMPLETIONS_PATH:
            return self._send_json(404, error_body(404, f"Invalid URL (POST {self.path})"))
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return self._send_json(400, error_body(400, "'messages' is a required property"))
        try:
            self._answer(body, self.server.chat.next_reply(body))
        except ConnectionError:
            self.close_connection = True  # the client gave up (time-out): nothing left to do

    def _record(self, body):
        request = RecordedRequest(self.command, self.path, Headers(self.headers.items()), body)
        with self.server.chat.lock:
            self.server.chat.requests.append(request)

    def _answer(self, body: dict, reply: Reply):
        if reply.kind == "error":
            return self._send_json(reply.status, error_body(reply.status, reply.message))
        if reply.kind == "garbage":
            return self._send(200, "text/html; charset=utf-8", GARBAGE_BODY)
        if reply.kind == "hang" and self.server.chat.stopping.wait(reply.seconds):
            self.close_connection = True  # stopped while hanging: no answer at all
            return
        completion = Completion(self.server.chat, body, reply)
        if not body.get("stream"):
            if reply.kind == "stall":
                self.server.chat.stopping.wait(reply.seconds)
            return self._send_json(200, completion.whole())
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for event in completion.events():
            self._write_chunk(b"data: " + event.encode() + b"\n\n")
        if self.server.chat.stopping.is_set():
            self.close_connection = True  # stopped mid-stream: cut, as a server going down does
        else:
            self._write_chunk(b"")  # end of the chunked body

    def _write_chunk(self, data: bytes):
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _send_json(self, status: int, payload: dict):
        self._send(status, "application/json", json.dumps(payload, ensure_ascii=False).encode())

    def _send(self, status: int, content_type: str, data: bytes):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _compact(payload: dict) -> str:
    """JSON without spaces, as OpenAI writes each `data:` line."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


class Completion:
    """The answer to one request, as a `chat.completion` object or a sequence of `chat.completion.chunk` events."""

    def __init__(self, chat: StandInChat, body: dict, reply: Reply):
        self.chat, self.body, self.reply = chat, body, reply
        self.id = f"chatcmpl-standin-{next(chat.ids)}"
        self.created = int(time.time())
        self.model = body.get("model") or chat.model

    def _envelope(self, obj: str, choices: list) -> dict:
        return {"id": self.id, "object": obj, "created": self.created, "model": self.model,
                "system_fingerprint": "fp_standin", "choices": choices}

    def whole(self) -> dict:
        message = {"role": "assistant", "content": self.reply.content, "refusal": None}
        choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": self.reply.finish_reason}
        return self._envelope("chat.completion", [choice]) | {"usage": usage(self.body, self.reply.content)}

    def _chunk(self, delta: dict, finish_reason: str | None = None) -> str:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return _compact(self._envelope("chat.completion.chunk", [choice]))

    def _pieces(self, text: str) -> list[str]:
        size = max(1, self.reply.chunk_chars)
        return [text[start:start + size] for start in range(0, len(text), size)]

    def events(self):
        """The `data:` payloads of the stream, waiting as the reply says between them."""
        reply, wait = self.reply, self.chat.stopping.wait
        stalls = reply.kind == "stall"
        split = reply.after_chars if stalls else len(reply.content)
        head, tail = reply.content[:split], reply.content[split:]
        yield self._chunk({"role": "assistant", "content": ""})
        for piece in self._pieces(head):
            yield self._chunk({"content": piece})
            if reply.delay_s and wait(reply.delay_s):
                return
        if stalls and wait(reply.seconds):
            return
        for piece in self._pieces(tail):
            yield self._chunk({"content": piece})
        yield self._chunk({}, reply.finish_reason)
        if (self.body.get("stream_options") or {}).get("include_usage"):
            yield _compact(self._envelope("chat.completion.chunk", []) | {"usage": usage(self.body, reply.content)})
        yield "[DONE]"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    chat: StandInChat

    def handle_error(self, request, client_address):
        """A client that hung up (a time-out it was testing) is not an error worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class StandInChat:
    """An OpenAI-compatible server on 127.0.0.1, serving from construction until `stop()` (or the `with` block's end).

    `replies` is a list of `Reply` (used in order, the last one repeating) or a function body -> Reply.
    """

    def __init__(self, replies: list[Reply] | Callable[[dict], Reply] = (), port: int = 0,
                 model: str = DEFAULT_MODEL):
        self.replies = replies if callable(replies) else list(replies) or [Reply.text("Réponse.")]
        self.model = model
        self.requests: list[RecordedRequest] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.ids = itertools.count(1)
        self._served = 0
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.chat = self
        self.port = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        # A short poll interval so that stop() returns at once (the default waits up to 0.5 s).
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), name="llm-standin",
                                         daemon=True)
        self._thread.start()

    def next_reply(self, body: dict) -> Reply:
        if callable(self.replies):
            return self.replies(body)
        with self.lock:
            reply = self.replies[min(self._served, len(self.replies) - 1)]
            self._served += 1
        return reply

    @property
    def completions(self) -> list[RecordedRequest]:
        """The recorded chat-completion requests only (not GET /v1/models)."""
        return [r for r in self.requests if r.path.rstrip("/") == COMPLETIONS_PATH]

    def stop(self):
        """Stops serving; hanging or stalled replies end at once."""
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> StandInChat:
        return self

    def __exit__(self, *exc):
        self.stop()


# --- echo mode: a faithful answer written from the passages of the prompt ---

MARKER = re.compile(r"^\[(\d+)\]", re.MULTILINE)
SENTENCE_END = re.compile(r"[.!?…](?=\s+[A-ZÀ-ÖØ-Þ«\"(]|\s*$)")
NO_ANSWER = "Les passages fournis ne permettent pas de répondre à cette question."


def _message_text(message: dict) -> str:
    content = message.get("content") or ""
    if isinstance(content, list):  # content parts: [{"type": "text", "text": ...}]
        content = "\n".join(p.get("text", "") for p in content if isinstance(p, dict))
    return str(content)


def passages(prompt: str) -> list[tuple[str, str]]:
    """(marker number, passage text) for each block `[n] <title>` + text, in order, first block of a number wins."""
    found, starts = {}, list(MARKER.finditer(prompt))
    for match, following in zip(starts, starts[1:] + [None]):
        block = prompt[match.end():following.start() if following else len(prompt)]
        title, _, text = block.partition("\n")
        found.setdefault(match.group(1), " ".join((text.strip() or title).split()))
    return list(found.items())


def first_sentence(text: str, limit: int = 200) -> str:
    """The first sentence of `text` without its final punctuation, cut at a word if longer than `limit`."""
    end = next((m.start() for m in SENTENCE_END.finditer(text) if m.start() >= 15), None)
    if end is not None and end <= limit:
        return text[:end].strip()
    cut = text[:limit]
    return (cut.rsplit(" ", 1)[0] if " " in cut and len(text) > limit else cut).rstrip(" ,;:.!?…")


def echo_reply(body: dict) -> Reply:
    """A faithful answer: the first sentence of passages [1] and [2] of the last user message, each cited."""
    users = [m for m in body.get("messages", []) if isinstance(m, dict) and m.get("role") == "user"]
    found = [(n, first_sentence(text)) for n, text in passages(_message_text(users[-1]) if users else "")[:2]]
    sentences = [f"{sentence} [{n}]." for n, sentence in found if sentence]
    return Reply.text(" ".join(sentences) or NO_ANSWER)


class Script:
    """What a stand-in shared by several tests replies next, changed by each test: a `Reply`, or a function of
    the request body (`echo_reply` until a test sets another). Give it to `StandInChat` as its replies."""

    def __init__(self) -> None:
        self.reply: Reply | Callable[[dict], Reply] = echo_reply

    def __call__(self, body: dict) -> Reply:
        return self.reply(body) if callable(self.reply) else self.reply


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serveur de substitution OpenAI (chat completions) sur 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8099, help="port d'écoute (0 : choisi par le système)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="nom du modèle annoncé par /v1/models")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--reply-file", type=Path, help='liste JSON de réponses, ex. [{"kind": "text", "content": "..."}]')
    mode.add_argument("--echo", action="store_true", help="réponse fidèle tirée des passages [1] et [2] (par défaut)")
    args = parser.parse_args(argv)
    replies: list[Reply] | Callable[[dict], Reply] = echo_reply
    if args.reply_file:
        try:
            replies = [Reply.from_dict(spec) for spec in json.loads(args.reply_file.read_text(encoding="utf-8"))]
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            parser.exit(2, f"Fichier de réponses illisible ({args.reply_file}) : {exc}\n")
    try:
        chat = StandInChat(replies, port=args.port, model=args.model)
    except OSError as exc:
        reason = "port déjà utilisé, essayez un autre --port" if exc.errno == errno.EADDRINUSE else exc
        parser.exit(2, f"Impossible d'écouter sur le port {args.port} : {reason}.\n")
    print(f"Serveur de substitution prêt : {chat.base_url} (modèle {chat.model}). Ctrl+C pour arrêter.", flush=True)
    try:
        while chat._thread.is_alive():
            chat._thread.join(timeout=0.5)
    except KeyboardInterrupt:
        print("\nArrêt.", flush=True)
    finally:
        chat.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
