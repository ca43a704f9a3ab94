"""The question log on real SQLite files: schema (no IP, no user), WAL, masking, feedback, retention, writers
in parallel, and the facade writing it (or not) for real answers over the tiny index."""

from __future__ import annotations

import logging
import sqlite3
import threading
import uuid
from datetime import date, timedelta

import pytest

from assistant.core import Assistant
from assistant.usage import FeedbackUnavailable, LoggedQuestion, QuestionLog, mask_personal_data

QUESTION = "Comment impliquer les élus ?"


def entry(question: str = QUESTION, asked_at: str | None = None, **fields) -> LoggedQuestion:
    values = {"id": uuid.uuid4().hex, "asked_at": asked_at or f"{date.today().isoformat()}T10:00:00+02:00",
              "front_end": "api", "question": question, "answer_kind": "passage", "abstained": False,
              "citations": ({"n": 1, "doc": "doc-a", "location": "p. 3", "quoted": True},), "latency_ms": 42}
    return LoggedQuestion(**(values | fields))


@pytest.mark.parametrize("text, expected", [
    ("Appelez le 06 12 34 56 78 svp", "Appelez le [téléphone masqué] svp"),
    ("mon portable : +33 6 12 34 56 78.", "mon portable : [téléphone masqué]."),
    ("au +33 (0)6 12 34 56 78 ou 0033612345678", "au [téléphone masqué] ou [téléphone masqué]"),
    ("fixe 01.23.45.67.89, 0612345678, 04-67-12-34-56",
     "fixe [téléphone masqué], [téléphone masqué], [téléphone masqué]"),
    ("Londres : +44 20 7946 0958", "Londres : [téléphone masqué]"),
    ("écrire à jean.dupont+clsm@ville-lille.fr demain", "écrire à [courriel masqué] demain"),
    # numbers that are no phone stay: years, counts, dates, postcodes, percentages
    ("En 2024, 770 décès et 32 CLSM (2017-11-09, 75001 Paris, 12,5 %)",
     "En 2024, 770 décès et 32 CLSM (2017-11-09, 75001 Paris, 12,5 %)"),
])
def test_emails_and_phone_numbers_are_masked(text, expected):
    assert mask_personal_data(text) == expected


def test_the_schema_holds_no_address_or_identifier_and_the_journal_is_wal(tmp_path):
    log = QuestionLog(tmp_path / "data")
    log.record(entry())
    assert log.columns() == ["id", "asked_at", "front_end", "question", "answer_kind", "abstained", "citations",
                             "latency_ms", "useful", "comment", "rated_at"]
    assert not any(word in name for name in log.columns() for word in ("ip", "user", "client", "addr", "host"))
    assert log.journal_mode() == "wal"
    with sqlite3.connect(log.path) as con:  # the mode is the file's, for every later connection
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_row_round_trips_and_feedback_updates_it(tmp_path):
    log = QuestionLog(tmp_path)
    first = entry()
    log.record(first)
    assert log.rows() == [first]
    assert log.rate(first.id, False, "  Rien sur les financements, écrivez-moi : a.b@c.fr  ")
    rated = log.rows()[0]
    assert rated.useful is False and rated.comment == "Rien sur les financements, écrivez-moi : [courriel masqué]"
    assert rated.rated_at[:10] == date.today().isoformat()
    assert log.rate(first.id, True, "")  # a second rating replaces the first
    assert (log.rows()[0].useful, log.rows()[0].comment) == (True, None)
    assert not log.rate(uuid.uuid4().hex, True)
    assert log.rate(first.id, False, "x" * 5000) and len(log.rows()[0].comment) == 1000


def test_rows_since_a_day_and_no_file_created_by_reading(tmp_path):
    log = QuestionLog(tmp_path / "data")
    assert log.rows() == [] and not (tmp_path / "data").exists()
    today = date.today()
    old, new = entry(asked_at=f"{today - timedelta(days=10)}T09:00:00+02:00"), entry(asked_at=f"{today}T09:00:00+02:00")
    log.record(old)
    log.record(new)
    assert [r.id for r in log.rows()] == [old.id, new.id]
    assert [r.id for r in log.rows(since=today - timedelta(days=1))] == [new.id]


def test_retention_purges_older_rows(tmp_path):
    log = QuestionLog(tmp_path, retention_days=30)
    today = date.today()
    kept = entry(asked_at=f"{today - timedelta(days=30)}T09:00:00+01:00")
    expired = entry(asked_at=f"{today - timedelta(days=31)}T23:59:59+01:00")
    log.record(kept)  # the first write of a process purges (nothing yet)
    log.record(expired)  # later writes purge at most once an hour
    assert {r.id for r in log.rows()} == {kept.id, expired.id}
    assert log.purge() == 1
    assert [r.id for r in log.rows()] == [kept.id]
    assert log.purge(today=today + timedelta(days=1)) == 1 and log.rows() == []
    # another process (a new log object) purges at its first write
    stale = entry(asked_at=f"{today - timedelta(days=90)}T09:00:00+01:00")
    log.record(stale)
    QuestionLog(tmp_path, retention_days=30).record(entry())
    assert stale.id not in {r.id for r in log.rows()}


def test_parallel_writers_from_threads_and_two_log_objects(tmp_path):
    logs = [QuestionLog(tmp_path), QuestionLog(tmp_path)]  # two "processes" sharing the file
    ids: list[str] = []
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(20):
                item = entry(question=f"question {n}-{i}")
                logs[n % 2].record(item)
                logs[(n + 1) % 2].rate(item.id, i % 2 == 0)
                ids.append(item.id)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    rows = logs[0].rows()
    assert sorted(r.id for r in rows) == sorted(ids) and len(rows) == 160
    assert all(r.useful is not None for r in rows)


# -- the facade writes the log -------------------------------------------------------------------
@pytest.fixture
def facade(tiny, tmp_path):
    """The tiny index served by a facade whose question log is in this test's folder."""
    assistant = Assistant(tiny.settings.model_copy(update={"data_dir": tmp_path / "data"}))
    assistant.load()
    return assistant


def test_an_answer_is_logged_with_its_front_end_kind_citations_and_latency(facade):
    response = facade.ask(f"{QUESTION} Répondez-moi au 06 12 34 56 78", front_end="tui")
    assert len(response.id) == 32 and response.to_dict()["id"] == response.id
    [row] = facade.question_log.rows()
    assert row.id == response.id and row.front_end == "tui"
    assert row.question == f"{QUESTION} Répondez-moi au [téléphone masqué]"
    assert row.answer_kind == response.answer.kind and row.abstained is response.answer.abstained
    assert [(c["doc"], c["location"]) for c in row.citations] == [(c.doc, c.location.label)
                                                                  for c in response.citations]
    quoted = {s.n for s in response.answer.sentences}
    assert quoted and [c["n"] for c in row.quoted] == sorted(quoted)
    assert 0 < row.latency_ms < 60_000 and row.useful is None
    assert facade.feedback(response.id, True, "clair") and facade.question_log.rows()[0].useful is True


def test_a_follow_up_is_logged_as_it_was_understood(facade):
    from assistant.models import Turn

    turns = [Turn("Combien de CLSM actifs en France en 2024 ?", "2024 · 276 CLSM actifs [1]")]
    response = facade.ask("et en Occitanie ?", conversation=turns, front_end="widget")
    assert response.resolved_question
    [row] = facade.question_log.rows()
    # staff reading the unanswered questions can act on the whole question, not on "et en Occitanie ?"
    assert row.question == response.resolved_question and "Occitanie" in row.question


def test_asking_without_a_front_end_logs_nothing(facade):
    facade.ask(QUESTION)  # evaluations and benchmarks
    assert not facade.question_log.exists


def test_question_log_false_writes_nothing_and_refuses_feedback(tiny, tmp_path):
    assistant = Assistant(tiny.settings.model_copy(update={"data_dir": tmp_path / "data", "question_log": False}))
    response = assistant.ask(QUESTION, front_end="api")
    assert response.answer.sentences and response.id
    assert not (tmp_path / "data").exists()
    with pytest.raises(FeedbackUnavailable, match="journal des questions est désactivé"):
        assistant.feedback(response.id, True)


def test_a_log_that_cannot_be_written_does_not_break_the_answer(tiny, tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    assistant = Assistant(tiny.settings.model_copy(update={"data_dir": blocker}))
    with caplog.at_level(logging.WARNING, logger="assistant.core"):
        response = assistant.ask(QUESTION, front_end="api")
    assert response.answer.sentences
    assert any("Question non journalisée" in r.getMessage() for r in caplog.records)


def test_feedback_on_a_missing_log_file_is_a_clear_failure(tiny, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assistant = Assistant(tiny.settings.model_copy(update={"data_dir": blocker}))
    with pytest.raises(OSError):  # the TUI shows it; the API answers a French 500
        assistant.feedback(uuid.uuid4().hex, True)
