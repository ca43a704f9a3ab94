"""The feedback dialog (F3): was the last answer useful, with an optional comment; the app hands it to the
facade's `feedback`, which keeps it with the question in the question log."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from assistant.usage.question_log import MAX_COMMENT_CHARS


@dataclass(frozen=True)
class Feedback:
    """What the person said of the answer."""

    useful: bool
    comment: str


class FeedbackScreen(ModalScreen[Feedback | None]):
    """A modal with the question, a comment field and the buttons « Utile », « Pas utile », « Annuler »."""

    DEFAULT_CSS = """
    FeedbackScreen {
        align: center middle;
        & > Vertical {
            width: 72;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            border: round $primary;
            border-title-color: $text-primary;
            background: $surface;
            padding: 0 1;
        }
        #question { color: $text-muted; margin-top: 1; }
        .label { color: $text-primary; text-style: bold; margin-top: 1; }
        Input { height: 1; border: none; padding: 0 1; background: $boost; }
        Input:focus { border: none; height: 1; background: $primary 20%; }
        #buttons { height: auto; align-horizontal: right; margin-top: 1; }
        #buttons > Button { margin-left: 1; min-width: 12; }
        #hint { color: $text-muted; margin-top: 0; }
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Annuler")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        shown = self.question if len(self.question) <= 200 else self.question[:199] + "…"
        with Vertical() as box:
            box.border_title = "Votre avis sur la dernière réponse"
            yield Label(f"« {shown} »", id="question", markup=False)
            yield Label("Commentaire (facultatif)", classes="label")
            yield Input(placeholder="ce qui manquait, ce qui était inexact…", id="comment",
                        max_length=MAX_COMMENT_CHARS)
            with Horizontal(id="buttons"):
                yield Button("Utile", id="useful", variant="success")
                yield Button("Pas utile", id="not-useful", variant="error")
                yield Button("Annuler", id="cancel")
            yield Label("Tab : passer d'un choix à l'autre · Échap : annuler", id="hint")

    def on_mount(self) -> None:
        self.query_one("#useful", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.action_cancel()
            return
        comment = self.query_one("#comment", Input).value.strip()
        self.dismiss(Feedback(useful=event.button.id == "useful", comment=comment))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#not-useful", Button).focus()  # a comment usually says what was missing

    def action_cancel(self) -> None:
        self.dismiss(None)
