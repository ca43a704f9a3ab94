"""The conversation view: the questions asked and the cited answers, newest at the bottom."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import LoadingIndicator, Static

from assistant.models import Filters, Response
from assistant.excerpts import fold_in_place as fold
from assistant.tui.answer_stream import StreamingAnswer
from assistant.tui.formatting import answer_content, answer_heading, filters_label

WELCOME = Content.assemble(
    ("Bienvenue dans l'assistant documentaire CLSM", "bold $text-primary"),
    "\n\n",
    "Posez une question en français sur la santé mentale et la politique de la ville : "
    "la réponse cite ses sources [n], détaillées dans le panneau Sources.\n\n",
    ("Exemples :\n", "bold"),
    "  • CLS volet santé mentale ou CLSM ?\n",
    "  • Combien de CLSM en Occitanie ?\n",
    "  • Comment impliquer les élus ?\n\n",
    ("F1 : aide et raccourcis · Ctrl+F : filtres · Ctrl+N : nouvelle conversation", "$text-muted"),
)


SEARCHING = "Recherche…"
WAITING = "En attente du chargement de l'index : la question sera posée dès qu'il est prêt…"


class QuestionMessage(Static):
    """A question as asked (and as understood, when a follow-up was rewritten)."""

    DEFAULT_CSS = """
    QuestionMessage {
        margin: 1 0 0 6;
        padding: 0 1;
        background: $primary-muted;
        color: $text;
    }
    """

    def __init__(self, question: str) -> None:
        super().__init__(Content.assemble(("Vous : ", "bold $text-primary"), question))
        self.question = question

    def understood_as(self, resolved: str) -> None:
        self.update(
            Content.assemble(
                ("Vous : ", "bold $text-primary"),
                self.question,
                ("\ncompris comme : ", "italic $text-muted"),
                (resolved, "italic $text-muted"),
                ("  (Ctrl+Z : lire la question seule)", "$text-muted"),
            )
        )


class AnswerMessage(Static):
    """An answer with its [n] markers under its mode ("Extraits des documents" or "Réponse rédigée à partir
    des sources") and its note, if any."""

    DEFAULT_CSS = """
    AnswerMessage {
        margin: 1 4 0 0;
        padding: 0 1;
        border-left: thick $accent;
        &.-abstained { border-left: thick $warning; }
    }
    """

    def __init__(self, response: Response, filters: Filters | None = None) -> None:
        super().__init__(self._render_response(response, filters or Filters()))
        self.response = response
        self.filters = filters or Filters()
        self.set_class(response.answer.abstained, "-abstained")

    @staticmethod
    def _render_response(response: Response, filters: Filters) -> Content:
        answer = response.answer
        if answer.abstained:  # neither quoted nor written: no mode to tell
            head = Content.styled("Assistant : ", "bold $text-accent")
            body = Content.styled(answer.text, "italic $text-warning")
            if response.citations:
                body += Content.styled("\nPistes à vérifier dans le panneau Sources.", "$text-muted")
        else:
            head = answer_heading(answer.mode_label, answer.note)
            body = answer_content(answer)
        if not filters.is_empty():  # the filters that shaped this answer, next to it
            body += Content.styled(f"\nFiltres : {filters_label(filters)}", "italic $text-muted")
        return head + body


class PendingMessage(Horizontal):
    """"Recherche…" while a search runs in a worker; "En attente du chargement…" for a question sent while
    the model loads."""

    DEFAULT_CSS = """
    PendingMessage {
        height: 1;
        margin: 1 0 0 0;
        & > LoadingIndicator { width: 6; height: 1; min-height: 1; background: transparent; }
        & > Static { width: auto; color: $text-muted; }
    }
    """

    def __init__(self, label: str = SEARCHING) -> None:
        super().__init__()
        self.label = label

    def compose(self):
        yield LoadingIndicator()
        yield Static(self.label, id="pending-label")

    def searching(self) -> None:
        self.label = SEARCHING
        self.query_one("#pending-label", Static).update(SEARCHING)


class ErrorMessage(Static):
    """A French error message from the core."""

    DEFAULT_CSS = """
    ErrorMessage {
        margin: 1 4 0 0;
        padding: 0 1;
        border-left: thick $error;
        color: $text-error;
    }
    """


class NoticeMessage(Static):
    """The welcome text, or the message saying the index is loading or missing."""

    DEFAULT_CSS = """
    NoticeMessage {
        padding: 1 2;
        &.-error { border: round $error; color: $text; margin: 1 0; }
    }
    """


class Conversation(VerticalScroll, can_focus=True):
    """Questions and answers of the current conversation."""

    BINDINGS = [Binding("escape", "app.focus_question", "Question", show=False, priority=True)]

    DEFAULT_CSS = """
    Conversation {
        border: round $foreground 25%;
        border-title-color: $text-muted;
        border-subtitle-color: $text-muted;
        padding: 0 1;
        &:focus { border: round $border; }
        & > #loading { height: 3; }
    }
    """

    def on_mount(self) -> None:
        self.border_title = "Conversation"

    async def clear(self) -> None:
        await self.remove_children()
        self.scroll_home(animate=False, immediate=True)  # a notice reads from its top

    async def show_welcome(self) -> None:
        await self.clear()
        await self.mount(NoticeMessage(WELCOME, id="welcome"))

    async def show_loading(self) -> None:
        await self.clear()
        await self.mount_all([
            NoticeMessage("Chargement du modèle et de l'index…", id="loading-message"),
            LoadingIndicator(id="loading"),
        ])

    async def show_index_error(self, message: str) -> None:
        await self.clear()
        await self.mount(NoticeMessage(Content.assemble(
            ("L'index n'est pas disponible\n\n", "bold $text-error"),
            message,
            "\n\nAprès la construction, appuyez sur Ctrl+R pour recharger l'index.",
        ), id="index-error", classes="-error"))

    def on_resize(self) -> None:
        # Another width reflows every message: bring the latest exchange back into view.
        self.call_after_refresh(self.show_latest)

    def show_latest(self) -> None:
        """Scroll so that the latest question is at the top (its answer reads from there), or to the end."""
        latest = self._latest
        if latest is not None and latest.is_attached:
            self.scroll_to_widget(latest, animate=False, top=True, immediate=True)
        else:  # the welcome or a notice
            self.scroll_home(animate=False, immediate=True)

    @property
    def _latest(self) -> QuestionMessage | None:
        questions = self.query(QuestionMessage)
        return questions.last() if questions else None

    def add_question(self, question: str, waiting: bool = False) -> QuestionMessage:
        for notice in self.query(NoticeMessage):
            notice.remove()
        for indicator in self.query("#loading"):
            indicator.remove()
        message = QuestionMessage(question)
        self.mount(message)
        self.mount(PendingMessage(WAITING if waiting else SEARCHING))
        self.call_after_refresh(self.scroll_end, animate=False)
        return message

    def _under(self, question: QuestionMessage, kind: type):
        """The widget of `kind` right under `question`, if any."""
        siblings = list(self.children)
        if question not in siblings:
            return None
        after = siblings[siblings.index(question) + 1:]
        return next((w for w in after[:1] if isinstance(w, kind)), None)

    def pending_for(self, question: QuestionMessage) -> PendingMessage | None:
        """The "Recherche…" / "En attente…" line under `question`, if still there."""
        return self._under(question, PendingMessage)

    def streaming_for(self, question: QuestionMessage) -> StreamingAnswer | None:
        """The answer to `question` still coming, if any."""
        return self._under(question, StreamingAnswer)

    def _drop_pending(self, question: QuestionMessage | None = None) -> None:
        """Remove the "Recherche…" line and the answer still coming under `question` (under all: None)."""
        if question is None:
            pending = [*self.query(PendingMessage), *self.query(StreamingAnswer)]
        else:
            pending = [self.pending_for(question), self.streaming_for(question)]
        for widget in pending:
            if widget is not None:
                widget.remove()

    async def start_answer(self, question: QuestionMessage, writing: bool) -> StreamingAnswer:
        """The answer to `question` begins (its sources are found): shown in place of "Recherche…"."""
        self._drop_pending(question)
        answer = StreamingAnswer(writing)
        await self.mount(answer, after=question)
        self.call_after_refresh(self.scroll_to_widget, question, animate=False, top=True)
        return answer

    def add_response(self, question: QuestionMessage, response: Response, follow_up: bool = False,
                     filters: Filters | None = None) -> None:
        self._drop_pending(question)
        resolved = " ".join(response.resolved_question.split())
        if follow_up and resolved and fold(resolved) != fold(" ".join(response.question.split())):
            question.understood_as(resolved)
        self.mount(AnswerMessage(response, filters), after=question)
        # Keep the question in view: the answer reads from its top.
        self.call_after_refresh(self.scroll_to_widget, question, animate=False, top=True)

    def add_error(self, message: str, question: QuestionMessage | None = None) -> None:
        self._drop_pending(question)
        if question is not None and question.is_attached:
            self.mount(ErrorMessage(message), after=question)
        else:
            self.mount(ErrorMessage(message))
        self.call_after_refresh(self.scroll_end, animate=False)
