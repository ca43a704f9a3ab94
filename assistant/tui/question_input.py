"""The question field, with the history of questions on up and down."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class QuestionInput(Input):
    """An Input that remembers the questions asked; up and down walk through them."""

    DEFAULT_CSS = """
    QuestionInput {
        border: tall $border-blurred;
        &:focus { border: tall $border; }
    }
    """

    BINDINGS = [
        Binding("up", "history_previous", "Question précédente", show=False),
        Binding("down", "history_next", "Question suivante", show=False),
        # priority: the focus moves before the next key is handed out ("Tab c" in one go copies)
        Binding("tab", "app.focus_sources", "Sources", show=False, priority=True),
        # Enter typed ahead, before the app took the terminal, arrives as a line feed (Ctrl+J)
        Binding("ctrl+j", "submit", "Envoyer", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("placeholder", "Posez votre question (Entrée pour envoyer, ↑↓ historique)")
        super().__init__(**kwargs)
        self.history: list[str] = []
        self._position: int | None = None  # index in history while browsing, None when editing
        self._draft = ""

    def remember(self, question: str) -> None:
        """Add a question to the history (no consecutive duplicates) and stop browsing."""
        question = question.strip()
        if question and (not self.history or self.history[-1] != question):
            self.history.append(question)
        self._position = None
        self._draft = ""

    def _show(self, text: str) -> None:
        self.value = text
        self.cursor_position = len(text)

    def action_history_previous(self) -> None:
        if not self.history:
            return
        if self._position is None:
            self._draft = self.value
            self._position = len(self.history) - 1
        elif self._position > 0:
            self._position -= 1
        else:
            self.app.bell()
            return
        self._show(self.history[self._position])

    def action_history_next(self) -> None:
        if self._position is None:
            return
        if self._position < len(self.history) - 1:
            self._position += 1
            self._show(self.history[self._position])
        else:
            self._position = None
            self._show(self._draft)
