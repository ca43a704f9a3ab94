"""Failures inside the core reach clients as French errors, never as stack traces."""

from __future__ import annotations

import pytest

import httpx
from api_support import ErrorLog, assert_french_error, serve

from assistant.core import Assistant
from assistant.errors import IndexMissingError

pytestmark = pytest.mark.server


class Broken(Assistant):
    """An assistant whose questions fail: with a known French error, or with a bug (`ask` reads `ask_stream`)."""

    def ask_stream(self, question, **kwargs):
        if "index" in question:
            raise IndexMissingError("/nulle/part")
        raise RuntimeError("secret interne /home/app/core.py ligne 42")


def test_core_failures_never_leak_a_stack_trace(sample_settings):
    broken = Broken(sample_settings)
    broken.load()
    with ErrorLog() as log:
        server = serve(sample_settings, broken)
        try:
            with httpx.Client(base_url=server.url, timeout=30) as http:
                missing = http.post("/v1/ask", json={"question": "un index ?"})
                assert_french_error(missing, 503, "Aucun index")
                bug = http.post("/v1/ask", json={"question": "CLSM ?"})
                assert_french_error(bug, 500, "Erreur interne")
                assert "secret" not in bug.text
                stream = http.post("/v1/ask/stream", json={"question": "CLSM ?"})
                assert stream.status_code == 200
                assert "event: error" in stream.text and "Erreur interne" in stream.text
                assert "secret" not in stream.text
                stream = http.post("/v1/ask/stream", json={"question": "un index ?"})
                assert "event: error" in stream.text and "Aucun index" in stream.text
        finally:
            server.stop()
    # The bugs are logged once each on the server side (with their trace), never sent.
    assert len(log.records) == 2 and all(r.name == "assistant.api" for r in log.records)
