"""What an answer sends a front end as it comes: its sources, each part and sentence, a restart, the end."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from assistant.models import Answer, AnswerSentence, Response


@dataclass(frozen=True)
class SourcesFound:
    """The passages are found and numbered (`response.citations`); the answer's sentences follow. `writing`
    says a language model is writing them (they come slower, checked one by one), rather than quoted."""

    response: Response
    writing: bool = False


@dataclass(frozen=True)
class PartStarted:
    """A part of the answer begins: one side of a comparison (`label`), a list, or plain sentences."""

    index: int
    label: str = ""
    is_list: bool = False


@dataclass(frozen=True)
class SentenceReady:
    """One sentence, quoted or written and checked, ready to show; `index` counts sentences over all parts."""

    index: int
    part: int
    sentence: AnswerSentence


@dataclass(frozen=True)
class Restarted:
    """The written answer gave way to the extracts (`note` says why, in French): forget the sentences shown
    (if any were), the extracts follow. Sent whenever a model was writing and its text is not the answer."""

    note: str


@dataclass(frozen=True)
class Finished:
    """The whole answer, with its citations pointing where its sentences come from."""

    response: Response


AnswerEvent = SourcesFound | PartStarted | SentenceReady | Restarted | Finished


def part_events(answer: Answer) -> Iterator[PartStarted | SentenceReady]:
    """The parts and sentences of a finished answer, in reading order."""
    index = 0
    for p, part in enumerate(answer.parts):
        yield PartStarted(p, part.label, part.is_list)
        for sentence in part.sentences:
            yield SentenceReady(index, p, sentence)
            index += 1
