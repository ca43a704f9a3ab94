"""The evaluation harness behind `cli.py eval`: recall@k, MRR@10, abstention, and the answer text itself
(does it hold the evidence, does its first sentence, how long is it), overall and per kind; with written
answers on, how many written sentences the check removed."""

from __future__ import annotations

import json
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from assistant.answer_events import Finished, Restarted, SentenceReady, SourcesFound
from assistant.core import Assistant
from assistant.errors import AssistantError
from assistant.plural import plural, word
from assistant.text import normalise_for_match

CUTOFFS = (1, 3, 5, 10)


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    evidence: list[list[str]]
    kind: str
    doc: str | None = None
    at: float | None = None  # for a transcript: the second where the evidence is said

    @property
    def answerable(self) -> bool:
        return bool(self.evidence)


@dataclass
class Outcome:
    """How one question fared: the rank at which it is answered (None: not in the top k), and its answer."""

    question: Question
    rank: int | None
    abstained: bool
    top: list[str] = field(default_factory=list)
    answer: str = ""
    first_sentence: str = ""
    cited_at: tuple[float, float] | None = None  # the time range cited for the sentence holding the evidence
    written: bool = False  # a language model was asked to write the answer
    generated: bool = False  # and its written answer was shown (not the extracts)
    written_kept: int = 0  # written sentences that passed the check
    removed: int = 0  # written sentences removed as unsupported by their passages

    @property
    def answer_holds(self) -> bool:
        return not self.abstained and holds_evidence(self.question.evidence, self.answer)

    @property
    def first_sentence_holds(self) -> bool:
        return not self.abstained and holds_evidence(self.question.evidence, self.first_sentence)


def load_questions(path: Path) -> list[Question]:
    questions = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            questions.append(Question(data["id"], data["question"], data.get("evidence") or [],
                                      data.get("kind", "fact"), data.get("doc"), data.get("at")))
        except (json.JSONDecodeError, KeyError) as exc:
            raise AssistantError(f"Ligne {number} de {path} illisible : {exc}.") from exc
    return questions


def answered_at(evidence: list[list[str]], passages: list[str]) -> int | None:
    """Smallest k such that every evidence group has an alternative inside one of the top-k passages."""
    norm_passages = [matchable(p) for p in passages]
    groups = [[matchable(alt) for alt in group] for group in evidence]
    for k in range(1, len(passages) + 1):
        if all(any(alt and alt in p for alt in group for p in norm_passages[:k]) for group in groups):
            return k
    return None


def holds_evidence(evidence: list[list[str]], text: str) -> bool:
    """True when every evidence group has an alternative inside `text` (same normalisation as passages)."""
    norm = matchable(text)
    return bool(evidence) and all(any(alt and matchable(alt) in norm for alt in group) for group in evidence)


_DIGIT_GROUPS = re.compile(r"(?<!\d)(\d{1,3})((?: \d{3})+)\b")


def matchable(text: str) -> str:
    """The text as evidence is looked for in it: `normalise_for_match`, and a number's groups of thousands joined
    ("78 000", as a French table shows a cell, is the 78000 it holds)."""
    return _DIGIT_GROUPS.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), normalise_for_match(text))


def _cited_time(question: Question, response) -> tuple[float, float] | None:
    """The time range cited for the answer sentence that holds the evidence (else the first sentence)."""
    if question.at is None or not response.answer.sentences:
        return None
    by_n = {c.n: c for c in response.citations}
    sentences = response.answer.sentences
    holding = [s for s in sentences if holds_evidence(question.evidence, s.text)] or list(sentences[:1])
    location = by_n[holding[0].n].location
    return (location.start, location.end) if location.kind == "time" else None


TIME_TOLERANCE_S = 60.0


def evaluate(assistant: Assistant, path: Path, k: int = 10) -> EvalReport:
    outcomes = []
    for q in load_questions(path):
        response, written, kept = ask_counted(assistant, q.question, k)
        texts = [c.text for c in response.citations]
        rank = answered_at(q.evidence, texts) if q.answerable else None
        sentences = response.answer.sentences
        outcomes.append(Outcome(q, rank, response.answer.abstained,
                                [f"{c.doc} {c.location.label}" for c in response.citations[:3]],
                                answer=response.answer.text,
                                first_sentence=sentences[0].text if sentences else "",
                                cited_at=_cited_time(q, response), written=written,
                                generated=response.answer.mode == "generated", written_kept=kept,
                                removed=response.answer.removed))
    return EvalReport(outcomes, k, written=bool(assistant.settings.llm_base_url))


def ask_counted(assistant: Assistant, question: str, k: int = 10):
    """The response, whether a language model wrote it, and how many of its written sentences passed the
    check (those shown before the written answer gave way to the extracts count too)."""
    written = restarted = False
    shown = 0
    for event in assistant.ask_stream(question, k=k):
        if isinstance(event, SourcesFound):
            written = event.writing
        elif isinstance(event, SentenceReady) and written and not restarted:
            shown += 1
        elif isinstance(event, Restarted):  # sent whenever the written text gives way: extracts follow
            restarted = True
        elif isinstance(event, Finished):
            return event.response, written, shown
    raise AssertionError("ask_stream ends with Finished")


@dataclass
class EvalReport:
    outcomes: list[Outcome]
    k: int
    written: bool = False  # answers were written by a language model (ASSISTANT_LLM_BASE_URL set)

    @staticmethod
    def _metrics(outcomes: list[Outcome]) -> dict:
        n = len(outcomes)
        out = {"n": n}
        for cutoff in CUTOFFS:
            hits = sum(1 for o in outcomes if o.rank is not None and o.rank <= cutoff)
            out[f"recall@{cutoff}"] = round(hits / n, 4) if n else 0.0
        out["mrr@10"] = round(sum(1 / o.rank for o in outcomes if o.rank and o.rank <= 10) / n, 4) if n else 0.0
        out["answer"] = {
            "evidence": round(sum(o.answer_holds for o in outcomes) / n, 4) if n else 0.0,
            "first_sentence_evidence": round(sum(o.first_sentence_holds for o in outcomes) / n, 4) if n else 0.0,
            "median_chars": statistics.median(len(o.answer) for o in outcomes) if n else 0,
        }
        return out

    def summary(self) -> dict:
        answerable = [o for o in self.outcomes if o.question.answerable]
        unanswerable = [o for o in self.outcomes if not o.question.answerable]
        result = self._metrics(answerable)
        by_kind: dict[str, list[Outcome]] = defaultdict(list)
        for o in answerable:
            by_kind[o.question.kind].append(o)
        result["by_kind"] = {
            kind: {key: m[key] for key in ("n", "recall@5", "mrr@10", "answer")}
            for kind, m in ((kind, self._metrics(items)) for kind, items in sorted(by_kind.items()))
        }
        if any(o.question.at is not None for o in self.outcomes):
            result["timing"] = self.timing()
        result["abstention"] = {
            "unanswerable": len(unanswerable),
            "abstained": sum(o.abstained for o in unanswerable),
            "answerable_abstained": sum(o.abstained for o in answerable),
        }
        if self.written:
            result["written"] = self.written_summary()
        return result

    def written_summary(self) -> dict:
        """Written answers: how many the model wrote, how many were shown (not the extracts), and the share
        of its sentences removed as unsupported by the passages they cite."""
        asked = [o for o in self.outcomes if o.written]
        sentences = sum(o.written_kept + o.removed for o in asked)
        removed = sum(o.removed for o in asked)
        return {"answers": len(asked), "generated": sum(o.generated for o in asked), "sentences": sentences,
                "removed": removed, "removed_share": round(removed / sentences, 4) if sentences else 0.0,
                "fallbacks": sum(not o.generated for o in asked)}

    def misses(self, cutoff: int = 5) -> list[Outcome]:
        return [o for o in self.outcomes if o.question.answerable and (o.rank is None or o.rank > cutoff)]

    def timing(self) -> dict:
        """For transcript questions (with `at`): the share whose cited time starts within a minute of it."""
        timed = [o for o in self.outcomes if o.question.answerable and o.question.at is not None]
        near = [o for o in timed if o.cited_at is not None and abs(o.cited_at[0] - o.question.at) <= TIME_TOLERANCE_S]
        return {"n": len(timed), "within_60s": round(len(near) / len(timed), 4) if timed else None}

    def answer_misses(self) -> list[Outcome]:
        """Answerable questions whose answer text does not hold the evidence."""
        return [o for o in self.outcomes if o.question.answerable and not o.answer_holds]


def print_report(console: Console, report: EvalReport) -> None:
    summary = report.summary()
    table = Table(title=f"Évaluation ({plural(summary['n'], 'question')} avec réponse)")
    table.add_column("Type")
    table.add_column("n", justify="right")
    for cutoff in CUTOFFS:
        table.add_column(f"R@{cutoff}", justify="right")
    table.add_column("MRR@10", justify="right")
    table.add_column("Rép.", justify="right")
    table.add_column("1re ph.", justify="right")
    table.add_column("Long.", justify="right")

    def answer_cells(m: dict) -> tuple[str, str, str]:
        a = m["answer"]
        return f"{a['evidence']:.2f}", f"{a['first_sentence_evidence']:.2f}", f"{a['median_chars']:.0f}"

    table.add_row("tout", str(summary["n"]), *(f"{summary[f'recall@{c}']:.2f}" for c in CUTOFFS),
                  f"{summary['mrr@10']:.2f}", *answer_cells(summary), style="bold")
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for o in report.outcomes:
        if o.question.answerable:
            by_kind[o.question.kind].append(o)
    for kind, items in sorted(by_kind.items()):
        m = report._metrics(items)
        table.add_row(kind, str(m["n"]), *(f"{m[f'recall@{c}']:.2f}" for c in CUTOFFS), f"{m['mrr@10']:.2f}",
                      *answer_cells(m))
    console.print(table)
    console.print("Rép. : part des réponses dont le texte contient toute la preuve attendue ; 1re ph. : la même "
                  "chose pour la première phrase ; Long. : longueur médiane des réponses, en caractères.", style="dim")
    if "timing" in summary:
        t = summary["timing"]
        console.print(f"Transcriptions : {t['within_60s'] or 0:.0%} des {plural(t['n'], 'réponse')} citent le bon "
                      f"moment (à moins d'une minute).")
    a = summary["abstention"]
    unanswerable = word(a["unanswerable"], "question sans réponse écartée", "questions sans réponse écartées")
    wrong = plural(a["answerable_abstained"], "question avec réponse écartée", "questions avec réponse écartées")
    console.print(f"Abstention : {a['abstained']}/{a['unanswerable']} {unanswerable} ; {wrong} à tort.")
    if "written" in summary:
        w = summary["written"]
        console.print(f"Réponses rédigées : {w['generated']} sur {w['answers']} montrées "
                      f"({plural(w['fallbacks'], 'remplacée', 'remplacées')} par les extraits) ; "
                      f"{plural(w['sentences'], 'phrase rédigée', 'phrases rédigées')}, dont "
                      f"{plural(w['removed'], 'retirée')} faute d'appui dans leurs sources "
                      f"({_percent(w['removed_share'])}).")
    misses = report.misses(5)
    if misses:
        console.print(f"\nQuestions manquées à 5 ({len(misses)}) :", style="bold")
        for o in misses:
            rank = f"rang {o.rank}" if o.rank else "absente du top 10"
            console.print(f"  {o.question.id} [{o.question.kind}] {o.question.question}", markup=False)
            console.print(f"      {rank} ; en tête : {' | '.join(o.top)}", markup=False, style="dim")
    wrong = report.answer_misses()
    if wrong:
        console.print(f"\nRéponses sans la preuve attendue ({len(wrong)}) :", style="bold")
        for o in wrong:
            console.print(f"  {o.question.id} [{o.question.kind}] {o.question.question}", markup=False)
            console.print(f"      {o.answer[:300]}", markup=False, style="dim")


def _percent(share: float) -> str:
    """A share as French writes it: "3,8 %", "0 %"."""
    return f"{share * 100:.1f}".removesuffix(".0").replace(".", ",") + "\u00a0%"
