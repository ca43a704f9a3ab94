"""The answer while it comes: its sentences shown one by one as the core checks them, until it is finished."""

from __future__ import annotations

from dataclasses import replace

from textual.content import Content
from textual.widgets import Static

from assistant.answer_events import PartStarted, Restarted, SentenceReady
from assistant.models import MODE_LABELS, Answer, AnswerPart
from assistant.tui.formatting import MUTED_STYLE, answer_content, answer_heading

WRITING = "Rédaction en cours…"


class StreamingAnswer(Static):
    """The answer being written (or quoted): "Rédaction en cours…" until its first sentence, then its
    sentences as they come. A restart (the written text gave way to the extracts) clears them and shows why.
    The finished `AnswerMessage` replaces it."""

    DEFAULT_CSS = """
    StreamingAnswer {
        margin: 1 4 0 0;
        padding: 0 1;
        border-left: thick $accent 50%;
    }
    """

    def __init__(self, writing: bool) -> None:
        self.writing = writing  # a language model writes the sentences (they come slowly)
        self.note = ""
        self.parts: dict[int, AnswerPart] = {}
        super().__init__(self._content())

    @property
    def sentences(self) -> int:
        return sum(len(part.sentences) for part in self.parts.values())

    def take(self, event: PartStarted | SentenceReady | Restarted) -> None:
        """Show what the core sent: a part begins, a sentence is ready, or the written text gave way."""
        if isinstance(event, PartStarted):
            self.parts[event.index] = AnswerPart((), event.label, event.is_list)
        elif isinstance(event, SentenceReady):
            part = self.parts.get(event.part, AnswerPart(()))
            self.parts[event.part] = replace(part, sentences=(*part.sentences, event.sentence))
        elif isinstance(event, Restarted):
            self.parts.clear()
            self.writing = False  # the extracts follow
            self.note = event.note
        self.update(self._content())

    def _content(self) -> Content:
        label = MODE_LABELS["generated" if self.writing else "extractive"]
        parts = tuple(part for _, part in sorted(self.parts.items()) if part.sentences or part.label)
        body = answer_content(Answer(parts=parts, abstained=False))
        if self.writing and not self.sentences:
            body = Content.styled(WRITING, f"italic {MUTED_STYLE}")
        elif self.writing:
            body += Content.styled(" …", MUTED_STYLE)
        return answer_heading(label, self.note) + body
