"""The status line: what the live index holds, when it was built, with which model."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from assistant.models import IndexStats
from assistant.tui.formatting import french_datetime


class StatusLine(Static):
    """Documents, passages, last refresh and model of the index; "Recherche…" while searching."""

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
    state: reactive[str] = reactive("Chargement du modèle et de l'index…")
    busy: reactive[bool] = reactive(False)

    def render(self) -> Content:
        parts: list = []
        if self.busy:
            parts.append(("Recherche… ", "bold $text-warning"))
        if self.stats is None:
            parts.append(self.state)
            return Content.assemble(*parts)
        s = self.stats
        parts.extend(
            [
                (f"{s.documents}", "bold $text"),
                f" documents · ",
                (f"{s.passages}", "bold $text"),
                f" passages · index du {french_datetime(s.built_at)} · modèle {s.model}",
            ]
        )
        return Content.assemble(*parts)
