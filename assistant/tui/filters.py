"""The filters panel: restrict answers to some kinds of documents, regions and years."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, SelectionList

from assistant.core import DocumentSummary
from assistant.models import Filters
from assistant.tui.formatting import kind_label


class FiltersScreen(ModalScreen[Filters | None]):
    """A modal built from the documents of the index; dismisses with the new Filters, or None."""

    DEFAULT_CSS = """
    FiltersScreen {
        align: center middle;
        & > Vertical {
            width: 74;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            border: round $primary;
            border-title-color: $text-primary;
            border-subtitle-color: $text-muted;
            background: $surface;
            padding: 0 1;
        }
        Label { color: $text-primary; text-style: bold; margin-top: 1; }
        SelectionList { height: auto; max-height: 6; }
        #years { height: auto; }
        #years > Label { margin: 1 1 0 0; width: auto; }
        #years > Select { width: 1fr; }
        #buttons { height: auto; align-horizontal: right; margin-top: 1; }
        #buttons > Button { margin-left: 1; min-width: 12; }
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Annuler"),
        Binding("ctrl+s", "apply", "Appliquer"),
        Binding("ctrl+r", "reset", "Réinitialiser"),
    ]

    def __init__(self, documents: Sequence[DocumentSummary], current: Filters) -> None:
        super().__init__()
        self.documents = list(documents)
        self.current = current

    def compose(self) -> ComposeResult:
        kinds = Counter(d.meta.kind for d in self.documents if d.meta.kind)
        regions = Counter(d.meta.region for d in self.documents if d.meta.region)
        years = sorted({d.meta.date[:4] for d in self.documents if d.meta.date}, reverse=True)
        year_options = [(y, y) for y in years]
        first = self.current.date_from[:4] if self.current.date_from else Select.NULL
        last = self.current.date_to[:4] if self.current.date_to else Select.NULL
        with Vertical() as box:
            box.border_title = "Filtres"
            box.border_subtitle = "Espace : cocher · Ctrl+S : appliquer · Échap : annuler"
            yield Label("Type de document")
            yield SelectionList[str](
                *[
                    (f"{kind_label(k)} ({n})", k, k in self.current.kinds)
                    for k, n in sorted(kinds.items(), key=lambda kv: kind_label(kv[0]))
                ],
                id="kinds",
            )
            yield Label("Région")
            yield SelectionList[str](
                *[(f"{r} ({n})", r, r in self.current.regions) for r, n in sorted(regions.items())],
                id="regions",
            )
            with Horizontal(id="years"):
                yield Label("Années : de")
                yield Select(year_options, prompt="toutes", value=first if first in years else Select.NULL,
                             id="year-from")
                yield Label("à")
                yield Select(year_options, prompt="toutes", value=last if last in years else Select.NULL,
                             id="year-to")
            with Horizontal(id="buttons"):
                yield Button("Réinitialiser", id="reset")
                yield Button("Annuler", id="cancel")
                yield Button("Appliquer", id="apply", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#kinds", SelectionList).focus()

    def filters(self) -> Filters:
        """The filters as currently set in the panel."""
        kinds = tuple(self.query_one("#kinds", SelectionList).selected)
        regions = tuple(self.query_one("#regions", SelectionList).selected)
        first = self.query_one("#year-from", Select).value
        last = self.query_one("#year-to", Select).value
        first = None if first is Select.NULL else str(first)
        last = None if last is Select.NULL else str(last)
        if first and last and first > last:
            first, last = last, first
        return Filters(
            docs=self.current.docs,
            kinds=kinds,
            regions=regions,
            date_from=f"{first}-01-01" if first else None,
            date_to=f"{last}-12-31" if last else None,
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        {"apply": self.action_apply, "cancel": self.action_cancel, "reset": self.action_reset}[
            event.button.id
        ]()

    def action_apply(self) -> None:
        self.dismiss(self.filters())

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_reset(self) -> None:
        self.query_one("#kinds", SelectionList).deselect_all()
        self.query_one("#regions", SelectionList).deselect_all()
        self.query_one("#year-from", Select).clear()
        self.query_one("#year-to", Select).clear()
