"""Helpers shared by the API and widget tests: real servers on loopback, error-log capture, corpus copies."""

from __future__ import annotations

import logging
from pathlib import Path


from assistant.api.server import BackgroundServer
from assistant.config import Settings
from conftest import copy_index  # noqa: F401 - re-exported: the API tests import it from here

ADMIN_TOKEN = "jeton-de-test-7f3a9c"
XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '<img src=x onerror="window.__pwned=1">'


class ErrorLog(logging.Handler):
    """Collects every ERROR (or worse) record logged anywhere while installed."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def __enter__(self) -> ErrorLog:
        logging.getLogger().addHandler(self)
        return self

    def __exit__(self, *exc) -> None:
        logging.getLogger().removeHandler(self)

    def messages(self) -> list[str]:
        return [f"{r.name}: {r.getMessage()}" for r in self.records]


def serve(settings: Settings, assistant=None, **kwargs) -> BackgroundServer:
    return BackgroundServer(settings, assistant, **kwargs).start()


def write_payload_pdf(path: Path) -> None:
    """A one-page PDF whose text carries an HTML/script payload next to a findable topic."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Atelier hippotherapie")
    y = 780
    for line in (
        "Atelier d'hippothérapie et santé mentale à Valenciennes",
        "L'atelier d'hippothérapie de Valenciennes réunit chaque jeudi des habitants",
        f"du quartier prioritaire {XSS_SCRIPT} autour des chevaux du centre équestre.",
        f"Le bilan de l'atelier d'hippothérapie {XSS_IMG} est présenté au CLSM.",
    ):
        c.drawString(50, y, line)
        y -= 22
    c.showPage()
    c.save()


def assert_french_error(response, status, *words):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    detail = response.json()["detail"]
    assert isinstance(detail, str)
    for word in words:
        assert word in detail, detail
    assert "Traceback" not in response.text and "File \"" not in response.text
