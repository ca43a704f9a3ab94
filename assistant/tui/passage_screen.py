"""The passage screen: a cited passage in full, between its neighbours in the document."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, LoadingIndicator, Static

from assistant.errors import AssistantError
from assistant.models import Citation, Passage
from assistant.tui.formatting import french_date, highlight, kind_label

MAX_RADIUS = 5


class PassageHeader(Static):
    """Title, kind, location, date, organisers and link of the cited document."""

    DEFAULT_CSS = """
    PassageHeader {
        padding: 0 1;
        background: $panel;
        border-bottom: solid $primary;
    }
    """


class PassageBlock(Static):
    """One passage of the document; the cited one stands out."""

    DEFAULT_CSS = """
    PassageBlock {
        margin: 1 0 0 0;
        padding: 0 1;
        border-left: wide $foreground 20%;
        color: $text-muted;
        &.-cited {
            border-left: wide $accent;
            color: $text;
        }
    }
    """


class PassageScreen(Screen[None]):
    """Shows `citation` and its neighbours, fetched from the core with `.neighbours()`."""

    DEFAULT_CSS = """
    PassageScreen {
        & > VerticalScroll { padding: 0 1; }
        & > VerticalScroll > LoadingIndicator { height: 3; }
    }
    """

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Retour"),
        Binding("c", "copy", "Copier"),
        Binding("o", "open", "Ouvrir le lien"),
        Binding("plus,equals_sign", "more", "Plus de contexte"),
        Binding("minus", "less", "Moins de contexte"),
    ]

    def __init__(self, assistant, citation: Citation, terms: tuple[str, ...] = (), radius: int = 1) -> None:
        super().__init__()
        self.assistant = assistant
        self.citation = citation
        self.terms = terms  # the question's words as the core read them
        self.radius = radius
        self.passages: list[Passage] = []

    def compose(self) -> ComposeResult:
        yield PassageHeader(self._header())
        with VerticalScroll(id="passages"):
            yield LoadingIndicator()
        yield Footer(compact=True)

    def _header(self) -> Content:
        c = self.citation
        facts = [kind_label(c.kind), c.location.label, french_date(c.date), ", ".join(c.organisers)]
        parts: list = [
            (f"[{c.n}] ", "bold $text-accent"),
            (c.title, "bold"),
            "\n",
            (" · ".join(f for f in facts if f), "$text-muted"),
        ]
        if c.url:
            parts += ["\n", (c.url, "underline $text-primary")]
        return Content.assemble(*parts)

    def on_mount(self) -> None:
        self.load_neighbours()

    @work(thread=True, exclusive=True, group="neighbours")
    def load_neighbours(self) -> None:
        try:
            passages = self.assistant.neighbours(self.citation.passage_id, radius=self.radius)
        except AssistantError as error:
            self.app.call_from_thread(self._show_error, str(error))
            return
        except Exception as error:  # noqa: BLE001 - shown to the person, not swallowed
            self.app.call_from_thread(self._show_error, f"Erreur inattendue : {error}")
            return
        self.app.call_from_thread(self._show, passages)

    async def _show(self, passages: list[Passage]) -> None:
        self.passages = list(passages)
        body = self.query_one("#passages", VerticalScroll)
        await body.remove_children()
        if not self.passages:
            passages = [Passage(self.citation.passage_id, self.citation.doc, self.citation.text, "",
                                self.citation.location, (0, 0))]
        cited_widget = None
        passages = passages or self.passages
        position = next((i for i, p in enumerate(passages) if p.id == self.citation.passage_id), 0)
        for i, passage in enumerate(passages):
            cited = i == position
            label = (
                f"Passage cité [{self.citation.n}]" if cited
                else "Passage précédent" if i < position else "Passage suivant"
            )
            parts: list = [
                (f"{label} · {passage.location.label}", "bold $text-accent" if cited else "bold $text-muted"),
                "\n",
            ]
            if passage.context:
                parts += [(passage.context, "italic"), "\n"]
            parts.append(highlight(passage.text, self.terms) if cited else Content(passage.text))
            widget = PassageBlock(Content.assemble(*parts), classes="-cited" if cited else "")
            await body.mount(widget)
            if cited:
                cited_widget = widget
        if cited_widget is not None:
            body.call_after_refresh(body.scroll_to_widget, cited_widget, animate=False, top=True)

    async def _show_error(self, message: str) -> None:
        body = self.query_one("#passages", VerticalScroll)
        await body.remove_children()
        await body.mount(PassageBlock(Content.styled(message, "$text-error")))

    def action_copy(self) -> None:
        self.app.copy_citation(self.citation)

    def action_open(self) -> None:
        self.app.open_url(self.citation)

    def action_more(self) -> None:
        if self.radius < MAX_RADIUS:
            self.radius += 1
            self.load_neighbours()

    def action_less(self) -> None:
        if self.radius > 0:
            self.radius -= 1
            self.load_neighbours()
