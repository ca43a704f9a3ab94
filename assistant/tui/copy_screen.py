"""The copy dialog: a citation whose copy could not be confirmed, shown to be selected, and how to enable copying."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from assistant.tui.clipboard import CopyResult


def what_happened(result: CopyResult) -> str:
    """The first lines of the dialog: what became of the copy, in French."""
    if result.tmux:
        return ("Copie non confirmée : la citation est dans le tampon de tmux (Ctrl+B puis ] pour l'y coller), "
                "pas forcément dans le presse-papiers.")
    return ("Copie non confirmée : votre terminal ignore peut-être la demande de copie (OSC 52). "
            "Sélectionnez la citation ci-dessous.")


def how_to_enable(result: CopyResult) -> str:
    """How to make `c` copy for real here."""
    text = ("Pour que « c » copie directement : installez wl-clipboard (Wayland), xclip ou xsel (X11), ou "
            "autorisez l'accès au presse-papiers (OSC 52) dans les réglages du terminal")
    if result.in_tmux:
        text += " et ajoutez « set -g set-clipboard on » à ~/.tmux.conf"
    return text + "."


def how_to_select(result: CopyResult) -> str:
    hint = "Sélection à la souris : maintenez Maj (Shift) enfoncée"
    return hint + (" ; ou le mode copie de tmux : Ctrl+B puis [." if result.in_tmux else ".")


class CopyScreen(ModalScreen[bool]):
    """Shows the citation in full; dismisses with True when the person says the copy worked after all."""

    DEFAULT_CSS = """
    CopyScreen {
        align: center middle;
        & > VerticalScroll {
            width: 78;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            border: round $primary;
            border-title-color: $text-primary;
            border-subtitle-color: $text-muted;
            background: $surface;
            padding: 0 1;
        }
        #what { color: $text-warning; }
        #citation { margin: 1 0; padding: 0 1; border-left: thick $accent; color: $text; }
        #how { color: $text-muted; }
        #select-hint { color: $text-muted; margin-top: 1; }
        #buttons { height: auto; align-horizontal: right; margin-top: 1; }
        #buttons > Button { margin-left: 2; }
    }
    """

    BINDINGS = [
        Binding("escape,q,enter", "close", "Fermer"),
        Binding("m", "worked", "La copie a marché"),
    ]

    def __init__(self, n: int, text: str, result: CopyResult) -> None:
        super().__init__()
        self.n = n
        self.text = text
        self.result = result

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="body") as body:
            body.border_title = f"Citation [{self.n}]"
            body.border_subtitle = "Échap : fermer · m : la copie a marché"
            yield Static(what_happened(self.result), id="what")
            yield Static(Content(self.text), id="citation")
            yield Static(how_to_enable(self.result), id="how")
            yield Static(how_to_select(self.result), id="select-hint")
            with Horizontal(id="buttons"):
                yield Button("La copie a marché", id="worked", compact=True)
                yield Button("Fermer", id="close", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#body").focus()  # read from the top; Tab reaches the buttons

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "worked")

    def action_close(self) -> None:
        self.dismiss(False)

    def action_worked(self) -> None:
        self.dismiss(True)
