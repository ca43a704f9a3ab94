"""The status line: what the live index holds, when it was built, with which model; what the app is doing."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from assistant.models import IndexStats
from assistant.plural import plural, word
from assistant.tui.formatting import french_datetime

LOADING = "Chargement du modèle et de l'index…"


class StatusLine(Static):
    """Documents, passages, last refresh and model of the index; "Recherche…" while searching ("Rédaction…"
    while a language model writes the answer), "Index mis à jour" after a new generation was swapped in, the
    questions waiting for the model.

    When the line is too narrow its parts get shorter (the model's name last of all is dropped) before the
    end is cut."""

    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        padding: 0 0 0 1;
        background: $panel;
        color: $text-muted;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    stats: reactive[IndexStats | None] = reactive(None, always_update=True)
    state: reactive[str] = reactive(LOADING)
    busy: reactive[bool] = reactive(False)
    writing: reactive[bool] = reactive(False)  # the answer being searched is written by a language model
    note: reactive[str] = reactive("")  # "Index mis à jour", shown first for a while
    waiting: reactive[int] = reactive(0)  # questions sent while the model loads

    def __init__(self, *args, writer: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.writer = writer  # the language model writing the answers (`llm_model`), "" when they are quoted

    def on_resize(self) -> None:
        self.refresh()  # another width may call for another form of the line

    def render(self) -> Content:
        width = self.content_size.width or 10_000
        variants = self.variants()
        for variant in variants:
            if variant.cell_length <= width:
                return variant
        return variants[-1]  # still too long: the CSS cuts it with an ellipsis

    def variants(self) -> list[Content]:
        """The line from its longest form to its shortest."""
        prefix: list = []
        if self.busy:
            prefix.append(("Rédaction… " if self.writing else "Recherche… ", "bold $text-warning"))
        if self.note:
            prefix.append((f"{self.note} · ", "bold $text-success"))
        if self.waiting:
            prefix.append((f"{plural(self.waiting, 'question')} en attente · ", "bold $text-warning"))
        if self.stats is None:
            return [Content.assemble(*prefix, self.state)]
        s = self.stats
        counts = [(f"{s.documents}", "bold $text"), f" {word(s.documents, 'document')} · ",
                  (f"{s.passages}", "bold $text"), f" {word(s.passages, 'passage')}"]
        short_counts = [(f"{s.documents}", "bold $text"), " doc. · ",
                        (f"{s.passages}", "bold $text"), " pass."]
        built = french_datetime(s.built_at)
        day = built.split(" ")[0]
        writer = f" · rédaction {self.writer}" if self.writer else ""
        tails = [
            f" · index du {built} · recherche {s.model}{writer}" if writer else f" · index du {built} · modèle {s.model}",
            f" · index du {built} · {s.model}{writer}",
            f" · du {day} · {s.model}",
            f" · du {day}",
        ]
        out = [Content.assemble(*prefix, *counts, tail) for tail in tails]
        out.append(Content.assemble(*prefix, *short_counts, f" · {day}"))
        out.append(Content.assemble(*prefix, *short_counts))
        return out

