"""The "add a document" dialog: a file on this computer, its title and kind, handed to the facade's
`add_document` (the same operation as `cli.py add` and the API's upload)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label


@dataclass(frozen=True)
class DocumentRequest:
    """What the person asked to add: a path and the catalog fields they filled in."""

    path: Path
    metadata: dict


class AddDocumentScreen(ModalScreen[DocumentRequest | None]):
    """A modal asking for a file path and a few catalog fields; dismisses with a DocumentRequest or None."""

    DEFAULT_CSS = """
    AddDocumentScreen {
        align: center middle;
        & > Vertical {
            width: 78;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            border: round $primary;
            border-title-color: $text-primary;
            background: $surface;
            padding: 0 1;
        }
        Label { color: $text-primary; text-style: bold; margin-top: 1; }
        Input { height: 1; border: none; padding: 0 1; background: $boost; }
        Input:focus { border: none; height: 1; background: $primary 20%; }
        #error { color: $text-error; text-style: none; margin-top: 0; }
        #buttons { height: auto; align-horizontal: right; margin-top: 1; }
        #buttons > Button { margin-left: 1; min-width: 12; }
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Annuler"),
        Binding("ctrl+s", "add", "Ajouter"),
    ]

    FIELDS = (
        ("path", "Fichier (chemin sur cet ordinateur)", "ex. ~/Téléchargements/webinaire.pdf"),
        ("title", "Titre", "ex. Webinaire CLS et santé mentale"),
        ("kind", "Type", "diaporama, rapport, page de webinaire, transcription…"),
        ("date", "Date", "AAAA-MM-JJ"),
        ("organisers", "Organisateurs", "séparés par des points-virgules"),
        ("url", "Lien", "https://…"),
    )

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Ajouter un document"
            for name, label, placeholder in self.FIELDS:
                yield Label(label)
                yield Input(placeholder=placeholder, id=name)
            yield Label("", id="error")
            with Horizontal(id="buttons"):
                yield Button("Annuler", id="cancel")
                yield Button("Ajouter", id="add", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add":
            self.action_add()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_add()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_add(self) -> None:
        raw = self.query_one("#path", Input).value.strip()
        path = Path(raw).expanduser() if raw else None
        if path is None or not path.is_file():
            self.query_one("#error", Label).update(
                "Indiquez le chemin d'un fichier existant (PDF, PowerPoint, Word, OpenDocument, HTML, texte, "
                "Markdown, WebVTT, SRT)."
                if not raw else f"Fichier introuvable : « {raw} ».")
            self.query_one("#path", Input).focus()
            return
        metadata = {name: self.query_one(f"#{name}", Input).value.strip() for name, _, _ in self.FIELDS[1:]}
        self.dismiss(DocumentRequest(path, {k: v for k, v in metadata.items() if v}))
