"""Feedback and the usage report over HTTP, on real servers on loopback: `POST /v1/feedback`, the answer's id
in JSON and in the stream, `GET /v1/admin/report`, the log turned off, and `cli.py serve` with two worker
processes writing one SQLite log under 40 concurrent questions."""

from __future__ import annotations

import socket
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from api_support import ADMIN_TOKEN, assert_french_error, serve
from helpers import start_cli
from test_api_endpoints import parse_sse

from assistant.core import Assistant
from assistant.usage import QuestionLog

pytestmark = pytest.mark.server

QUESTION = "Comment impliquer les élus ?"
UNANSWERED = "Comment préparer une ratatouille ?"


@pytest.fixture(scope="module")
def served(tiny, tmp_path_factory, errors):
    """The tiny index behind a real server, with its own question log; yields (http client, facade)."""
    settings = tiny.settings.model_copy(update={"data_dir": tmp_path_factory.mktemp("log") / "data",
                                                "rate_limit_per_minute": 0, "admin_token": ADMIN_TOKEN})
    assistant = Assistant(settings)
    server = serve(settings, assistant)
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http, assistant
    server.stop()


def row(assistant: Assistant, answer_id: str):
    return next(r for r in assistant.question_log.rows() if r.id == answer_id)


def test_an_answer_has_an_id_and_feedback_is_stored_with_it(served):
    http, assistant = served
    answer = http.post("/v1/ask", json={"question": QUESTION}).json()
    assert len(answer["id"]) == 32
    logged = row(assistant, answer["id"])
    assert logged.front_end == "api" and logged.question == QUESTION and logged.useful is None
    sent = http.post("/v1/feedback", json={"id": answer["id"], "useful": False,
                                           "comment": "Pas assez précis ; joignez-moi au 06 12 34 56 78."})
    assert sent.status_code == 204 and sent.content == b""
    logged = row(assistant, answer["id"])
    assert logged.useful is False and logged.comment == "Pas assez précis ; joignez-moi au [téléphone masqué]."
    assert http.post("/v1/feedback", json={"id": answer["id"], "useful": True}).status_code == 204
    assert row(assistant, answer["id"]).useful is True


def test_the_widget_names_itself_and_the_stream_ends_with_the_id(served):
    http, assistant = served
    with http.stream("POST", "/v1/ask/stream", json={"question": QUESTION, "front_end": "widget"}) as response:
        events = parse_sse(response.read().decode())
    name, done = events[-1]
    assert name == "done" and len(done["id"]) == 32
    assert row(assistant, done["id"]).front_end == "widget"
    refused = http.post("/v1/ask", json={"question": QUESTION, "front_end": "tui"})
    assert_french_error(refused, 422, "front_end")


def test_bad_feedback_gets_french_errors(served):
    http, _ = served
    unknown = http.post("/v1/feedback", json={"id": "0" * 32, "useful": True})
    assert_french_error(unknown, 404, "Réponse introuvable")
    assert_french_error(http.post("/v1/feedback", json={"id": "pas-un-id", "useful": True}), 422, "id")
    assert_french_error(http.post("/v1/feedback", json={"id": "0" * 32}), 422, "Champ obligatoire manquant")
    too_long = http.post("/v1/feedback", json={"id": "0" * 32, "useful": False, "comment": "x" * 1001})
    assert_french_error(too_long, 422, "trop longue", "1000")
    assert_french_error(http.post("/v1/feedback", json={"id": "0" * 32, "useful": True, "ip": "1.2.3.4"}),
                        422, "Champ inconnu")


def test_the_admin_report_is_protected_and_matches_the_facade(served):
    http, assistant = served
    asked = http.post("/v1/ask", json={"question": UNANSWERED, "front_end": "widget"}).json()
    assert asked["answer"]["abstained"]
    http.post("/v1/feedback", json={"id": asked["id"], "useful": False, "comment": "Hors sujet ?"})
    assert_french_error(http.get("/v1/admin/report"), 401, "Authentification requise")
    assert_french_error(http.get("/v1/admin/report", headers={"Authorization": "Bearer faux"}), 403)
    auth = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    report = http.get("/v1/admin/report", headers=auth)
    assert report.status_code == 200
    body = report.json()
    assert body == assistant.usage_report().to_dict()
    assert UNANSWERED in [g["question"] for g in body["unanswered"]]
    assert any(a["comment"] == "Hors sujet ?" for a in body["not_useful"])
    later = http.get("/v1/admin/report", params={"since": "2999-01-01"}, headers=auth).json()
    assert later["questions"] == 0 and later["since"] == "2999-01-01"
    assert_french_error(http.get("/v1/admin/report", params={"since": "hier"}, headers=auth), 422, "Date invalide")


def test_with_the_log_off_nothing_is_written_and_feedback_is_refused(tiny, tmp_path):
    settings = tiny.settings.model_copy(update={"data_dir": tmp_path / "data", "question_log": False,
                                                "rate_limit_per_minute": 0})
    server = serve(settings, Assistant(settings))
    try:
        answer = httpx.post(f"{server.url}/v1/ask", json={"question": QUESTION}, timeout=60).json()
        refused = httpx.post(f"{server.url}/v1/feedback", json={"id": answer["id"], "useful": True})
        assert_french_error(refused, 503, "journal des questions est désactivé")
    finally:
        server.stop()
    assert not (tmp_path / "data").exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(server, url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:
        assert server.poll() is None, server.communicate()[1]
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "le serveur n'a pas démarré"
        time.sleep(0.3)


def worker_processes(pid: int) -> int:
    return len(Path(f"/proc/{pid}/task/{pid}/children").read_text().split())


@pytest.mark.subprocess
def test_two_server_workers_log_40_concurrent_questions(tiny, tmp_path):
    """`cli.py serve` configured by the environment as the README writes it; 40 questions and their
    feedback at once from 8 threads; every row is there, readable, rated, and the journal is WAL."""
    port, data_dir = free_port(), tmp_path / "data"
    server = start_cli("serve", ASSISTANT_INDEX_DIR=str(tiny.settings.index_dir),
                       ASSISTANT_CORPUS_DIR=str(tiny.settings.corpus_dir), ASSISTANT_DATA_DIR=str(data_dir),
                       ASSISTANT_PORT=str(port), ASSISTANT_API_WORKERS="2", ASSISTANT_RATE_LIMIT_PER_MINUTE="0")
    url = f"http://127.0.0.1:{port}"
    questions = [f"{q} (essai {i})" for i, q in enumerate([QUESTION, UNANSWERED, "Combien de CLSM en Occitanie ?",
                                                            "Qui préside un CLSM ?"] * 10)]
    try:
        wait_until_up(server, url)
        assert worker_processes(server.pid) >= 2

        def ask_and_rate(question: str) -> str:
            with httpx.Client(base_url=url, timeout=120) as http:
                answer = http.post("/v1/ask", json={"question": question, "front_end": "widget"})
                assert answer.status_code == 200, answer.text
                answer_id = answer.json()["id"]
                rated = http.post("/v1/feedback", json={"id": answer_id, "useful": len(question) % 2 == 0})
                assert rated.status_code == 204, rated.text
                return answer_id

        with ThreadPoolExecutor(max_workers=8) as pool:
            ids = list(pool.map(ask_and_rate, questions))
    finally:
        server.terminate()
        server.communicate(timeout=30)
    rows = QuestionLog(data_dir).rows()
    assert sorted(r.id for r in rows) == sorted(ids) and len(set(ids)) == 40
    assert sorted(r.question for r in rows) == sorted(questions)
    assert all(r.front_end == "widget" and r.useful == (len(r.question) % 2 == 0) for r in rows)
    with sqlite3.connect(data_dir / "questions.sqlite") as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
