"""The usage report read from the question log: volumes, the questions the corpus could not answer grouped by
meaning (what to produce next), the answers rated not useful, the documents most and never cited."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from assistant.errors import AssistantError
from assistant.text import normalise_for_match

from .question_log import LoggedQuestion

# Two wordings are one question when the embedder's cosine of the two reaches this (and they name the same
# places, years and acronyms). Calibrated on 30 pairs of French questions, paraphrases and near questions
# asking something else ("… impliquer les élus ?" / "… les habitants ?"): set to merge only when sure, since
# two wordings left apart cost a line of the report and two needs merged lose one.
SAME_QUESTION_COSINE = {"e5-small": 0.965, "use-multilingual": 0.85, "minilm": 0.85}
DEFAULT_SAME_QUESTION_COSINE = 0.9  # any other embedder
MOST_CITED = 10
MAX_WORDINGS = 5  # other wordings shown under a group
_TOKEN = re.compile(r"[^\W_][\w-]*")

Embed = Callable[[list[str]], "numpy.ndarray | None"]  # unit vectors, one row per text


def same_question_cosine(embedder: str) -> float:
    """The grouping threshold for this embedder's cosines."""
    return SAME_QUESTION_COSINE.get(embedder, DEFAULT_SAME_QUESTION_COSINE)


class ReportDateError(AssistantError):
    """A `since` date that is not AAAA-MM-JJ."""


def parse_day(text: str | None) -> date | None:
    """`AAAA-MM-JJ` as a date (None for nothing), or a French `ReportDateError`."""
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReportDateError(f"Date invalide : « {text[:40]} ». Écrivez-la AAAA-MM-JJ, par exemple 2024-05-02.") \
            from None


@dataclass(frozen=True)
class DayVolume:
    day: str
    total: int
    by_front_end: dict[str, int]


@dataclass(frozen=True)
class QuestionGroup:
    """Unanswered questions asking the same thing: the most frequent wording, how often, the others."""

    question: str
    count: int
    last_asked: str
    other_wordings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RatedAnswer:
    id: str
    asked_at: str
    front_end: str
    question: str
    answer_kind: str
    abstained: bool
    comment: str | None
    citations: list[dict]


@dataclass(frozen=True)
class DocumentUse:
    doc: str
    title: str
    answers: int  # answers that quoted it


@dataclass(frozen=True)
class UsageReport:
    since: str | None
    questions: int
    unanswered_count: int
    rated_useful: int
    rated_not_useful: int
    days: list[DayVolume]
    front_ends: dict[str, int]
    unanswered: list[QuestionGroup]
    not_useful: list[RatedAnswer]
    most_cited: list[DocumentUse]
    never_cited: list[DocumentUse]

    def to_dict(self) -> dict:
        return asdict(self)


def _marks(question: str) -> frozenset[str]:
    """Numbers, names and acronyms after the first word: what two questions must not disagree on."""
    tokens = _TOKEN.findall(question)[1:]
    return frozenset(t.casefold() for t in tokens if t[0].isupper() or any(ch.isdigit() for ch in t))


def _conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a - b) and bool(b - a)


def group_questions(rows: Sequence[LoggedQuestion], embed: Embed | None, threshold: float) -> list[QuestionGroup]:
    """Group wordings greedily: the most frequent first, each joins the group whose first wording it is closest
    to (cosine at least `threshold`, no names or numbers conflicting with any member), or starts one. Without
    vectors, only wordings equal once folded are grouped. Most frequent groups first."""
    counts: Counter[str] = Counter()
    wording: dict[str, str] = {}
    last: dict[str, str] = {}
    for row in rows:
        key = normalise_for_match(row.question) or row.question
        counts[key] += 1
        wording.setdefault(key, row.question)
        last[key] = max(last.get(key, ""), row.asked_at)
    keys = [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    vectors = embed([wording[k] for k in keys]) if embed and keys else None
    marks = [_marks(wording[k]) for k in keys]
    groups: list[list[int]] = []
    for i in range(len(keys)):
        best, best_cos = None, threshold
        if vectors is not None:
            for g, members in enumerate(groups):
                cos = float(vectors[members[0]] @ vectors[i])
                if cos >= best_cos and not any(_conflict(marks[m], marks[i]) for m in members):
                    best, best_cos = g, cos
        if best is None:
            groups.append([i])
        else:
            groups[best].append(i)
    out = [QuestionGroup(question=wording[keys[m[0]]], count=sum(counts[keys[i]] for i in m),
                         last_asked=max(last[keys[i]] for i in m),
                         other_wordings=[wording[keys[i]] for i in m[1:MAX_WORDINGS + 1]]) for m in groups]
    return sorted(out, key=lambda g: (-g.count, g.question))


def build_report(rows: Sequence[LoggedQuestion], documents: dict[str, str], embed: Embed | None,
                 threshold: float, since: date | None = None) -> UsageReport:
    """The report over `rows` (already restricted to the period); `documents` maps the live index's document
    ids to their titles, for the most and never cited."""
    per_day: dict[str, Counter[str]] = {}
    for row in rows:
        per_day.setdefault(row.asked_at[:10], Counter())[row.front_end] += 1
    days = [DayVolume(day, sum(c.values()), dict(sorted(c.items()))) for day, c in sorted(per_day.items())]
    cited: Counter[str] = Counter()
    for row in rows:
        if not row.abstained:
            cited.update({c["doc"] for c in row.quoted})
    not_useful = [RatedAnswer(r.id, r.asked_at, r.front_end, r.question, r.answer_kind, r.abstained, r.comment,
                              [{"doc": c["doc"], "title": documents.get(c["doc"], c["doc"]),
                                "location": c["location"]} for c in r.quoted])
                  for r in reversed(rows) if r.useful is False]
    return UsageReport(
        since=since.isoformat() if since else None,
        questions=len(rows),
        unanswered_count=sum(r.abstained for r in rows),
        rated_useful=sum(r.useful is True for r in rows),
        rated_not_useful=len(not_useful),
        days=days,
        front_ends=dict(Counter(r.front_end for r in rows).most_common()),
        unanswered=group_questions([r for r in rows if r.abstained], embed, threshold),
        not_useful=not_useful,
        most_cited=[DocumentUse(doc, documents.get(doc) or f"{doc} {NOT_INDEXED}", n)
                    for doc, n in sorted(cited.items(), key=lambda kv: (-kv[1], kv[0]))[:MOST_CITED]],
        never_cited=[DocumentUse(doc, title, 0) for doc, title in sorted(documents.items()) if doc not in cited],
    )


NOT_INDEXED = "(plus dans l'index en service)"  # a document cited then, since removed (or of another index)


CSV_COLUMNS = ("date", "interface", "question", "type de réponse", "sans réponse", "sources citées",
               "latence (ms)", "utile", "commentaire")


def write_csv(rows: Sequence[LoggedQuestion], path: Path) -> int:
    """One line per logged question, for a spreadsheet (UTF-8 with BOM, `;`-separated, as French Excel reads
    it); the number of lines written."""
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        for r in rows:
            sources = " | ".join(f"{c['doc']} ({c['location']})" for c in r.quoted)
            writer.writerow([r.asked_at, r.front_end, r.question, r.answer_kind, "oui" if r.abstained else "non",
                             sources, r.latency_ms, {True: "oui", False: "non"}.get(r.useful, ""), r.comment or ""])
    return len(rows)
