"""The question log: one SQLite file in the data folder, shared safely by server workers, the CLI and the TUI.

What a row holds: when, which front end, the question (e-mail addresses and phone numbers masked), the kind
of answer, whether it abstained, the documents and locations shown (and which the answer quoted), the
latency, and the feedback given on it. Never an IP address or a user identifier.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from assistant.errors import AssistantError
from assistant.models import Response
from assistant.text import EMAIL, PHONE_FR, PHONE_INTL

LOG_FILE = "questions.sqlite"
FRONT_ENDS = ("api", "widget", "cli", "tui")
MAX_COMMENT_CHARS = 1000
BUSY_TIMEOUT_MS = 10_000  # several server workers write at once: wait for the lock instead of failing
PURGE_EVERY_S = 3600.0  # a writing process deletes expired rows at most this often

SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id TEXT PRIMARY KEY,
    asked_at TEXT NOT NULL,
    front_end TEXT NOT NULL,
    question TEXT NOT NULL,
    answer_kind TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    citations TEXT NOT NULL,
    latency_ms INTEGER NOT NULL,
    useful INTEGER,
    comment TEXT,
    rated_at TEXT
);
CREATE INDEX IF NOT EXISTS questions_asked_at ON questions (asked_at);
"""

EMAIL_MASK = "[courriel masqué]"
PHONE_MASK = "[téléphone masqué]"


class FeedbackUnavailable(AssistantError):
    """Feedback cannot be stored: the question log is turned off."""

    def __init__(self) -> None:
        super().__init__("Les avis ne sont pas enregistrés : le journal des questions est désactivé "
                         "(réglage ASSISTANT_QUESTION_LOG).")


def mask_personal_data(text: str) -> str:
    """The text with e-mail addresses and phone numbers replaced by a French mark."""
    text = EMAIL.sub(EMAIL_MASK, text)
    text = PHONE_FR.sub(PHONE_MASK, text)
    return PHONE_INTL.sub(PHONE_MASK, text)


def now_local() -> str:
    """The local time with its offset, to the second: its first ten characters are the local day."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class LoggedQuestion:
    """One row of the log."""

    id: str
    asked_at: str
    front_end: str
    question: str
    answer_kind: str
    abstained: bool
    citations: tuple[dict, ...]  # {"n", "doc", "location", "quoted"}
    latency_ms: int
    useful: bool | None = None
    comment: str | None = None
    rated_at: str | None = None

    @classmethod
    def from_response(cls, response: Response, front_end: str, latency_ms: float) -> LoggedQuestion:
        quoted = {s.n for s in response.answer.sentences}
        citations = tuple({"n": c.n, "doc": c.doc, "location": c.location.label, "quoted": c.n in quoted}
                          for c in response.citations)
        return cls(id=response.id, asked_at=now_local(), front_end=front_end,
                   # a follow-up as understood ("Combien de CLSM en Occitanie ?"), not "et en Occitanie ?"
                   question=mask_personal_data(response.resolved_question or response.question),
                   answer_kind=response.answer.kind,
                   abstained=response.answer.abstained, citations=citations, latency_ms=round(latency_ms))

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> LoggedQuestion:
        return cls(id=row["id"], asked_at=row["asked_at"], front_end=row["front_end"], question=row["question"],
                   answer_kind=row["answer_kind"], abstained=bool(row["abstained"]),
                   citations=tuple(json.loads(row["citations"])), latency_ms=row["latency_ms"],
                   useful=None if row["useful"] is None else bool(row["useful"]), comment=row["comment"],
                   rated_at=row["rated_at"])

    @property
    def quoted(self) -> tuple[dict, ...]:
        """The citations the answer quoted (all those shown when it abstained: its leads)."""
        return tuple(c for c in self.citations if c["quoted"]) if not self.abstained else self.citations


class QuestionLog:
    """The log file `data_dir/questions.sqlite`: WAL journal, a busy timeout, one connection per call (any
    thread, any process). Rows older than `retention_days` are purged when written to and before a report."""

    def __init__(self, data_dir: Path, retention_days: int = 365):
        self.path = Path(data_dir) / LOG_FILE
        self.retention_days = retention_days
        self._ready = False
        self._lock = threading.Lock()
        self._last_purge = float("-inf")

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    def _connect(self) -> sqlite3.Connection:
        """A connection in autocommit mode, the schema created on first use by this object."""
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not self._ready:
            with self._lock:
                if not self._ready:
                    self._set_up(con)
                    self._ready = True
        con.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a power cut loses at most the last rows
        return con

    @staticmethod
    def _set_up(con: sqlite3.Connection) -> None:
        """WAL journal and schema. Switching the journal takes the file alone, and SQLite answers "database is
        locked" at once (no busy wait) when another process opens it at that moment: try again until the
        busy timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                con.execute("PRAGMA journal_mode = WAL")
                con.executescript(SCHEMA)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def journal_mode(self) -> str:
        with closing(self._connect()) as con:
            return con.execute("PRAGMA journal_mode").fetchone()[0]

    def record(self, entry: LoggedQuestion) -> None:
        """Store one answered question (and purge expired rows, at most once an hour per process)."""
        with closing(self._connect()) as con:
            con.execute(
                "INSERT INTO questions (id, asked_at, front_end, question, answer_kind, abstained, citations, "
                "latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.id, entry.asked_at, entry.front_end, entry.question, entry.answer_kind,
                 int(entry.abstained), json.dumps(list(entry.citations), ensure_ascii=False), entry.latency_ms))
        if time.monotonic() - self._last_purge > PURGE_EVERY_S:
            self.purge()

    def rate(self, answer_id: str, useful: bool, comment: str | None = None) -> bool:
        """Attach feedback to an answer (a second rating replaces the first); False when the id is unknown."""
        comment = mask_personal_data(comment.strip())[:MAX_COMMENT_CHARS] if comment and comment.strip() else None
        with closing(self._connect()) as con:
            cursor = con.execute("UPDATE questions SET useful = ?, comment = ?, rated_at = ? WHERE id = ?",
                                 (int(useful), comment, now_local(), answer_id))
            return cursor.rowcount == 1

    def purge(self, today: date | None = None) -> int:
        """Delete the rows asked before the retention period; the number deleted."""
        cutoff = (today or date.today()) - timedelta(days=self.retention_days)
        self._last_purge = time.monotonic()
        with closing(self._connect()) as con:
            return con.execute("DELETE FROM questions WHERE substr(asked_at, 1, 10) < ?",
                               (cutoff.isoformat(),)).rowcount

    def rows(self, since: date | None = None) -> list[LoggedQuestion]:
        """Every row asked on or after `since` (local day), oldest first; none when there is no log yet."""
        if not self.exists:
            return []
        with closing(self._connect()) as con:
            cursor = con.execute("SELECT * FROM questions WHERE substr(asked_at, 1, 10) >= ? ORDER BY asked_at",
                                 ((since or date.min).isoformat(),))
            return [LoggedQuestion.from_row(row) for row in cursor]

    def columns(self) -> list[str]:
        """The columns of the table (what the log can hold)."""
        with closing(self._connect()) as con:
            return [row["name"] for row in con.execute("PRAGMA table_info(questions)")]
