"""The sources panel: the passages cited by the last answer, with the question's words highlighted."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from assistant.models import Citation, Response
from assistant.excerpts import excerpt
from assistant.tui.formatting import citation_meta, highlight

EMPTY_PROMPT = "Les sources de la réponse apparaîtront ici."


class SourcesPanel(OptionList):
    """One option per citation: [n] title, location · date · organisers, then the passage."""

    DEFAULT_CSS = """
    SourcesPanel {
        height: 100%;
        border: round $foreground 25%;
        border-title-color: $text-muted;
        border-subtitle-color: $text-muted;
        padding: 0 1;
        &:focus { border: round $border; }
        & > .option-list--option { padding: 0; }
    }
    """

    BINDINGS = [
        Binding("enter", "select", "Voir le passage"),
        Binding("c", "app.copy_citation", "Copier la citation"),
        Binding("o", "app.open_url", "Ouvrir le lien"),
        # priority: back in the question before the next key is handed out ("Échap abc" types "abc")
        Binding("escape", "app.focus_question", "Question", show=False, priority=True),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.response: Response | None = None

    def on_mount(self) -> None:
        self.border_title = "Sources"
        self.show_empty()

    def show_empty(self, message: str = EMPTY_PROMPT) -> None:
        self.response = None
        self.clear_options()
        self.add_option(Option(Content.styled(message, "italic $text-muted"), disabled=True))
        self.border_subtitle = ""

    def show_response(self, response: Response) -> None:
        """List the citations of a response (or say there are none); shown again when it is finished."""
        if not response.citations:
            self.show_empty("Aucun passage trouvé pour cette question.")
            return
        # The same answer again, finished (its citations at their final places): the reader keeps their place.
        same = self.response is not None and self.response.id == response.id
        keep = self.highlighted if same else None
        self.response = response
        self.clear_options()
        options: list[Option | None] = []
        for citation in response.citations:
            if options:
                options.append(None)
            options.append(Option(self.render_citation(citation, response.terms), id=f"c{citation.n}"))
        self.add_options(options)
        self.highlighted = keep if keep is not None and keep < self.option_count else 0
        self.border_subtitle = "Entrée voir · c copier · o lien"

    @staticmethod
    def render_citation(citation: Citation, terms: tuple[str, ...]) -> Content:
        return Content.assemble(
            (f"[{citation.n}] ", "bold $text-accent"),
            (citation.title, "bold"),
            "\n",
            (citation_meta(citation), "$text-muted"),
            "\n",
            highlight(excerpt(citation.text, terms, quote=citation.quote), terms),
        )

    @property
    def current(self) -> Citation | None:
        """The highlighted citation, if any."""
        if self.response is None or self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        if option.id is None:
            return None
        n = int(option.id[1:])
        return next((c for c in self.response.citations if c.n == n), None)
