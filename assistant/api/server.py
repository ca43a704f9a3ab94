"""Run the API with uvicorn: in the foreground (`cli.py serve`) or in a background thread (tests, benchmarks)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import threading
import time

import uvicorn

from assistant.config import Settings
from assistant.core import Assistant

from .app import create_app


SETTINGS_ENV = "ASSISTANT_API_SETTINGS_JSON"  # hands the exact settings to worker processes


def _configure_logging() -> None:
    app_log = logging.getLogger("assistant")
    if not app_log.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s:     %(name)s: %(message)s"))
        app_log.addHandler(handler)
        app_log.setLevel(logging.INFO)


def app_from_environment():
    """uvicorn factory for worker processes: the settings given to `run`, read back from the environment."""
    _configure_logging()
    return create_app(Settings(**json.loads(os.environ[SETTINGS_ENV])))


# The same for the real server and the tests' one. uvicorn's own proxy-header handling is off: the app
# reads X-Forwarded-For itself, only from `trusted_proxies` (api/ratelimit.py).
UVICORN_OPTIONS = {"server_header": False, "proxy_headers": False}


def run(settings: Settings, *, log_level: str = "info", access_log: bool = True, workers: int | None = None) -> None:
    """Serve the API on settings.host:settings.port until interrupted.

    With several workers (`workers`, else `api_workers` in the settings),
    each process holds its own copy of the index and its own rate-limit counters.
    """
    _configure_logging()
    workers = workers or settings.api_workers
    common = {"host": settings.host, "port": settings.port, "log_level": log_level, "access_log": access_log,
              **UVICORN_OPTIONS}
    if workers > 1:
        # The key is left out (pydantic writes a secret as "**********"): each worker reads it from the
        # environment it inherits, where it comes from anyway.
        os.environ[SETTINGS_ENV] = settings.model_dump_json(exclude={"llm_api_key"})
        uvicorn.run("assistant.api.server:app_from_environment", factory=True, workers=workers, **common)
    else:
        uvicorn.run(create_app(settings), **common)


class BackgroundServer:
    """A real uvicorn server on a free loopback port, in a thread: `with BackgroundServer(settings) as srv: srv.url`."""

    def __init__(self, settings: Settings, assistant: Assistant | None = None, *, host: str = "127.0.0.1",
                 reload_interval: float = 1.0, log_level: str = "warning"):
        self.app = create_app(settings, assistant, reload_interval=reload_interval)
        self.host = host
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level=log_level, access_log=False, timeout_graceful_shutdown=5,
                                **UVICORN_OPTIONS)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 60.0) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("le serveur de test n'a pas démarré")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    """`python -m assistant.api.server`: serve with settings from ASSISTANT_* variables, overridden by flags."""
    parser = argparse.ArgumentParser(description="Serveur HTTP de l'assistant CLSM")
    parser.add_argument("--index", help="dossier de l'index")
    parser.add_argument("--corpus", help="dossier du corpus")
    parser.add_argument("--host")
    parser.add_argument("--port", type=int)
    parser.add_argument("--workers", type=int, help="nombre de processus (chacun charge l'index)")
    parser.add_argument("--no-access-log", action="store_true", help="ne pas journaliser chaque requête")
    args = parser.parse_args(argv)
    overrides = {k: v for k, v in {"index_dir": args.index, "corpus_dir": args.corpus,
                                   "host": args.host, "port": args.port}.items() if v is not None}
    settings = Settings(**overrides)
    run(settings, access_log=not args.no_access_log, workers=args.workers)


if __name__ == "__main__":
    main()
