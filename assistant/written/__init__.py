"""Written answers: a language model writes from the numbered passages, and every sentence it writes is
checked against the passages it cites before a reader sees it; what fails is removed, and when too little
remains (or the model fails) the extracts are shown instead, with a short French note."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from assistant.answer_events import PartStarted, SentenceReady
from assistant.models import Answer, AnswerPart, AnswerSentence, Citation, Turn
from assistant.plural import plural, word
from assistant.text import normalise_for_match
from assistant.written.chat import ChatFailed, ChatModel, OpenAIChat
from assistant.written.claims import Claim, claims, complete_claims
from assistant.written.prompt import NOT_ANSWERED, chat_messages
from assistant.written.support import DEFAULT_SUPPORT_COSINE, SUPPORT_COSINE, Source, Sources, Verdict

__all__ = ["ChatFailed", "ChatModel", "OpenAIChat", "Source", "Sources", "Writing", "support_cosine"]
log = logging.getLogger("assistant.written")
MIN_KEPT_SHARE = 0.5  # fewer of the written sentences kept than this share: the extracts are shown instead


def support_cosine(model: str) -> float:
    """The cosine a written sentence needs with its closest cited sentence, for this embedder."""
    return SUPPORT_COSINE.get(model, DEFAULT_SUPPORT_COSINE)


def says_not_answered(text: str) -> bool:
    """True when the model wrote that its passages do not answer (the sentence it was asked to write)."""
    return normalise_for_match(NOT_ANSWERED) in normalise_for_match(text)


@dataclass
class Writing:
    """One written answer in progress: iterate `events()` for the checked sentences as the model writes them,
    then read `answer()` (None when the extracts must be shown, `note` saying why)."""

    model: ChatModel
    sources: Sources
    question: str
    citations: Sequence[Citation]
    conversation: Sequence[Turn] = ()
    timeout_s: float = 20.0
    # What the writing found, filled by `events()`:
    kept: list[AnswerSentence] = field(default_factory=list, init=False)
    verdicts: list[tuple[Claim, Verdict]] = field(default_factory=list, init=False)
    note: str = field(default="", init=False)
    gave_way: bool = field(default=False, init=False)  # the extracts are shown instead (`note` says why)
    bulleted: int = field(default=0, init=False)  # kept sentences written as list items
    not_answered: bool = field(default=False, init=False)  # the model wrote that its passages do not answer

    def events(self) -> Iterator[PartStarted | SentenceReady]:
        """Ask the model, and give each sentence it writes once it is complete and supported; the ones that
        are not are counted, never given. At the end, `gave_way` and `note` say what the reader gets."""
        deadline = time.monotonic() + self.timeout_s
        text = ""
        try:
            for piece in self.model.stream(chat_messages(self.question, self.citations, self.conversation), deadline):
                text += piece
                done, text = complete_claims(text)
                yield from self._checked(done)
            yield from self._checked(claims(text))
        except ChatFailed as exc:
            log.info("Réponse rédigée abandonnée : %s", exc)  # the note tells the reader; a log says it once
            self._give_way(f"{exc} : voici les extraits des documents.")
            return
        removed = self.removed
        if not self.kept and not self.not_answered and not self.verdicts:
            self._give_way("Le modèle de langue n'a rien répondu : voici les extraits des documents.")
        elif not self.kept and self.not_answered:
            self._give_way("Le modèle de langue n'a pas trouvé la réponse dans les passages : "
                           "voici les extraits les plus proches.")
        elif len(self.kept) < MIN_KEPT_SHARE * len(self.verdicts):
            self._give_way(f"Le texte rédigé n'était pas assez confirmé par les sources "
                           f"({plural(removed, 'phrase retirée', 'phrases retirées')}) : "
                           "voici les extraits des documents.")
        elif removed:
            self.note = (f"{plural(removed, 'phrase')} du texte rédigé {word(removed, 'a', 'ont')} été "
                         f"{word(removed, 'retirée', 'retirées')} : les sources citées ne "
                         f"{word(removed, 'la', 'les')} confirmaient pas.")

    def _give_way(self, note: str) -> None:
        self.gave_way = True
        self.note = note

    @property
    def removed(self) -> int:
        """The written sentences left out: unsupported, or citing nothing that was given."""
        return sum(1 for _, verdict in self.verdicts if not verdict.supported)

    def answer(self, kind) -> Answer | None:
        """The written answer (its kept sentences, one part), or None when the extracts must be shown."""
        if self.gave_way or not self.kept:
            return None
        is_list = self.bulleted > len(self.kept) / 2
        return Answer(parts=(AnswerPart(tuple(self.kept), is_list=is_list),), abstained=False, kind=kind,
                      mode="generated", removed=self.removed, note=self.note)

    def _checked(self, found: list[Claim]) -> Iterator[PartStarted | SentenceReady]:
        for claim in found:
            if says_not_answered(claim.text):
                self.not_answered = True  # not a removed sentence: the model said what it was asked to say
                continue
            verdict = self.sources.check(claim)
            self.verdicts.append((claim, verdict))
            if not verdict.supported:
                log.info("Phrase rédigée retirée (%s) : %s", verdict.reason, claim.text[:200])
                continue
            if not self.kept:
                yield PartStarted(0)
            others = tuple(n for n in claim.cites if n != verdict.n and n in self.sources.by_number)
            sentence = AnswerSentence(claim.text, verdict.n, (verdict.span,) if verdict.span else (), others)
            self.kept.append(sentence)
            self.bulleted += claim.bulleted
            yield SentenceReady(len(self.kept) - 1, 0, sentence)
