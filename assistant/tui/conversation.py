"""The conversation view: the questions asked and the cited answers, newest at the bottom."""

from __future__ import annotations

from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import LoadingIndicator, Static

from assistant.models import Response
from assistant.excerpts import fold_in_place as fold
from assistant.tui.formatting import answer_content

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
    """An answer with its [n] markers, and the short list of the sources it cites."""

    DEFAULT_CSS = """
    AnswerMessage {
        margin: 1 4 0 0;
        padding: 0 1;
        border-left: thick $accent;
        &.-abstained { border-left: thick $warning; }
    }
    """

    def __init__(self, response: Response) -> None:
        super().__init__(self._render_response(response))
        self.response = response
        self.set_class(response.answer.abstained, "-abstained")

    @staticmethod
    def _render_response(response: Response) -> Content:
        label = ("Assistant : ", "bold $text-accent")
        if response.answer.abstained:
            body = Content.styled(response.answer.text, "italic $text-warning")
            if response.citations:
                body += Content.styled("\nPistes à vérifier dans le panneau Sources.", "$text-muted")
        else:
            body = answer_content(response.answer)
        return Content.assemble(label, body)


class PendingMessage(Horizontal):
    """"Recherche…" while a search runs in a worker."""

    DEFAULT_CSS = """
    PendingMessage {
        height: 1;
        margin: 1 0 0 0;
        & > LoadingIndicator { width: 6; height: 1; min-height: 1; background: transparent; }
        & > Static { width: auto; color: $text-muted; }
    }
    """

    def compose(self):
        yield LoadingIndicator()
        yield Static("Recherche…")


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

    def add_question(self, question: str) -> QuestionMessage:
        for notice in self.query(NoticeMessage):
            notice.remove()
        message = QuestionMessage(question)
        self.mount(message)
        self.mount(PendingMessage())
        self.scroll_end(animate=False)
        return message

    def _drop_pending(self) -> None:
        for pending in self.query(PendingMessage):
            pending.remove()

    def add_response(self, question: QuestionMessage, response: Response, follow_up: bool = False) -> None:
        self._drop_pending()
        resolved = " ".join(response.resolved_question.split())
        if follow_up and resolved and fold(resolved) != fold(" ".join(response.question.split())):
            question.understood_as(resolved)
        self.mount(AnswerMessage(response))
        # Keep the question in view: the answer reads from its top.
        self.call_after_refresh(self.scroll_to_widget, question, animate=False, top=True)

    def add_error(self, message: str) -> None:
        self._drop_pending()
        self.mount(ErrorMessage(message))
        self.call_after_refresh(self.scroll_end, animate=False)
