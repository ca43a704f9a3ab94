"""Loading the index in the terminal app, and noticing a new generation (before each question, every 30 s).

A mixin of `AssistantApp` (assistant/tui/app.py): it reads the facade in thread workers and renders on the
event loop, like the rest of the app.
"""

from __future__ import annotations

from textual import work

from assistant.core import DocumentSummary
from assistant.errors import AssistantError
from assistant.models import IndexStats
from assistant.plural import plural

INDEX_NOTE_S = 60.0  # how long the status line says "Index mis à jour"


class IndexLoading:
    """Load, reload and watch the index; the status line and the conversation say what happened."""

    @work(thread=True, exclusive=True, group="load")
    def load_index(self) -> None:
        """Load the embedder and the snapshot off the event loop, then fill the status line."""
        try:
            if not self.assistant.is_ready:
                self.assistant.load()
            stats = self.assistant.stats()
            documents = self.assistant.documents()
        except AssistantError as error:
            self.call_from_thread(self._index_unavailable, str(error))
            return
        except Exception as error:  # noqa: BLE001 - a broken index is shown, not a traceback
            self.call_from_thread(self._index_unavailable, f"L'index n'a pas pu être chargé : {error}")
            return
        self.call_from_thread(self._index_loaded, stats, documents)

    async def _index_loaded(self, stats, documents: list[DocumentSummary]) -> None:
        self.loading = False
        self.documents = list(documents)
        self.status.stats = stats
        if stats.passages == 0:
            await self._index_unavailable(
                f"L'index de « {self.settings.index_dir} » est vide : ajoutez des documents dans "
                f"« {self.settings.corpus_dir} », puis construisez-le avec : "
                "python cli.py ingest (ou make run)."
            )
            return
        self.ready = True
        if self.waiting:
            self._ask_next_waiting()
        elif not self.turns:
            await self.conversation.show_welcome()

    async def _index_unavailable(self, message: str) -> None:
        self.loading = False
        self.ready = False
        self.status.stats = None
        self.status.state = "Index indisponible"
        await self.conversation.show_index_error(message)
        self.sources.show_empty("Aucune source : l'index n'est pas chargé.")
        if self.waiting:  # nothing is lost: the question goes back in the field
            question = self.waiting[0][0]
            self.waiting.clear()
            self.status.waiting = 0
            if not self.question_input.value.strip():
                self.question_input.value = question
            self.notify("Votre question n'a pas pu être posée : elle est remise dans le champ.",
                        title="Pas encore prêt", severity="warning")

    def _index_changed(self, stats: IndexStats, documents: list[DocumentSummary]) -> None:
        """A new generation is in service: new documents for the filters, and the status line says so."""
        self.documents = list(documents)
        self.status.stats = stats
        self.status.note = "Index mis à jour"
        if self._note_timer is not None:
            self._note_timer.stop()
        self._note_timer = self.set_timer(INDEX_NOTE_S, self._clear_note)
        self.notify(f"Index mis à jour : {plural(stats.documents, 'document')}, "
                    f"{plural(stats.passages, 'passage')}.", title="Index")

    def _clear_note(self) -> None:
        self.status.note = ""

    def action_reload_index(self) -> None:
        self.reload_index(quiet=False)

    def _watch_index(self) -> None:
        """Every few seconds, swap in a newer index generation if a refresh produced one."""
        if self.ready and not self.searching:
            self.reload_index(quiet=True)

    @work(thread=True, exclusive=True, group="load")
    def reload_index(self, quiet: bool = False) -> None:
        """Reload the index if CURRENT moved (or load it if it was missing)."""
        was_ready = self.ready
        try:
            if self.assistant.is_ready:
                changed = self.assistant.reload_if_changed()
            else:
                self.assistant.load()
                changed = True
            if quiet and not changed:
                return
            stats = self.assistant.stats()
            documents = self.assistant.documents()
        except AssistantError as error:
            if not quiet:
                self.call_from_thread(self._index_unavailable, str(error))
            return
        except Exception as error:  # noqa: BLE001 - shown, not raised into the event loop
            if not quiet:
                self.call_from_thread(self.notify, str(error), title="Rechargement impossible", severity="error")
            return
        if was_ready and changed:
            self.call_from_thread(self._index_changed, stats, documents)
            return
        self.call_from_thread(self._index_loaded, stats, documents)
        if changed or not was_ready:
            message = f"Index mis à jour : {plural(stats.documents, 'document')}, {plural(stats.passages, 'passage')}."
        else:
            message = "L'index est déjà à jour."
        self.call_from_thread(self.notify, message, title="Index")

    def _swap_in_new_index(self) -> None:
        """In a worker: swap in a newer generation if CURRENT moved, and tell the event loop."""
        try:
            if not self.assistant.reload_if_changed():
                return
            stats, documents = self.assistant.stats(), self.assistant.documents()
        except Exception as error:  # noqa: BLE001 - an unreadable new generation: keep the one in service
            self.call_from_thread(self.notify, f"Le nouvel index n'a pas pu être chargé ; l'ancien reste "
                                  f"utilisé : {error}", title="Index", severity="warning")
            return
        self.call_from_thread(self._index_changed, stats, documents)
