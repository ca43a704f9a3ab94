"""The coordinators' terminal: a Textual app over the `Assistant` facade.

`run(settings)` is what `cli.py tui` calls. The app only renders: loading, searching and
neighbours all go through the facade, in thread workers so typing never freezes.
"""

from __future__ import annotations

import asyncio
import sys
import webbrowser

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, OptionList
from textual.worker import get_current_worker

from assistant.answer_events import AnswerEvent, Finished, SourcesFound
from assistant.config import Settings
from assistant.core import Assistant, DocumentSummary
from assistant.errors import AssistantError
from assistant.models import Citation, Filters, Response, Turn
from assistant.tui.conversation import Conversation, QuestionMessage
from assistant.tui.add_document import AddDocumentScreen, DocumentRequest
from assistant.tui.clipboard import CopyResult, copy_text
from assistant.tui.copy_screen import CopyScreen
from assistant.tui.feedback import Feedback, FeedbackScreen
from assistant.tui.filters import FiltersScreen
from assistant.tui.formatting import citation_text, filters_label
from assistant.tui.hangup import HangupWatch
from assistant.tui.help import HelpScreen
from assistant.tui.index_loading import IndexLoading
from assistant.tui.passage_screen import PassageScreen
from assistant.tui.question_input import QuestionInput
from assistant.tui.sources import SourcesPanel
from assistant.tui.status import StatusLine

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"
WATCH_INDEX_EVERY_S = 30.0


class AssistantApp(IndexLoading, App[None]):
    """Ask in French, read a cited answer, check its sources."""

    CSS_PATH = "app.tcss"
    TITLE = "Assistant CLSM"
    AUTO_FOCUS = "#question"
    ENABLE_COMMAND_PALETTE = False

    BINDINGS = [
        Binding("f1", "help", "Aide"),
        Binding("question_mark", "help", "Aide", show=False),
        Binding("ctrl+n", "new_conversation", "Nouvelle"),
        Binding("ctrl+f", "filters", "Filtres"),
        Binding("ctrl+t", "toggle_theme", "Thème"),
        Binding("ctrl+y", "copy_citation", "Copier", show=False),
        Binding("ctrl+o", "open_url", "Lien", show=False),
        Binding("ctrl+r", "reload_index", "Recharger", show=False),
        Binding("f2", "add_document", "Ajouter un document", show=False),
        Binding("f3", "feedback", "Avis", show=False),
        Binding("ctrl+z", "read_alone", "Lire seule", show=False),
        Binding("escape", "focus_question", "Question", show=False),
        Binding("ctrl+q", "quit", "Quitter", priority=True),
    ]

    def __init__(self, settings: Settings | None = None, assistant: Assistant | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.assistant = assistant if assistant is not None else Assistant(self.settings)
        self.turns: list[Turn] = []
        self.filters = Filters()
        self.documents: list[DocumentSummary] = []
        self.ready = False
        self.loading = True  # until the first load attempt has finished (either way)
        self.searching = False
        self.last_response: Response | None = None
        self.waiting: list[tuple[str, QuestionMessage]] = []  # sent while the model loads, asked once ready
        self.copy_works = False  # the person said the terminal's own copy (OSC 52) works here
        self._loop: asyncio.AbstractEventLoop | None = None
        self._note_timer = None
        self.theme = DARK_THEME

    # -- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield Conversation(id="conversation")
            yield SourcesPanel(id="sources")
        yield QuestionInput(id="question")
        writer = self.assistant.settings.llm_model if self.assistant.settings.llm_base_url else ""
        yield StatusLine(id="status", writer=writer)
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        self.question_input.focus()  # first: keys typed ahead while the app starts go to the question
        await self.conversation.show_loading()
        self._show_filters()
        self._loop = asyncio.get_running_loop()
        self.load_index()
        self.set_interval(WATCH_INDEX_EVERY_S, self._watch_index)

    def exit_from_thread(self) -> None:
        """Ask the app to quit from another thread, without waiting for the event loop (it may be stuck)."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.exit)

    @property
    def conversation(self) -> Conversation:
        return self.query_one("#conversation", Conversation)

    @property
    def sources(self) -> SourcesPanel:
        return self.query_one("#sources", SourcesPanel)

    @property
    def status(self) -> StatusLine:
        return self.query_one("#status", StatusLine)

    @property
    def question_input(self) -> QuestionInput:
        return self.query_one("#question", QuestionInput)

    # -- asking ----------------------------------------------------------------------------
    def on_input_submitted(self, event: QuestionInput.Submitted) -> None:
        if event.input is not self.question_input:
            return
        question = event.value.strip()
        if not question:
            return
        if self.loading:  # the model is loading: the question waits for it, on screen
            self.question_input.remember(question)
            self.question_input.value = ""
            self.waiting.append((question, self.conversation.add_question(question, waiting=True)))
            self.status.waiting = len(self.waiting)
            return
        if not self.ready:
            self.notify("L'index n'est pas encore chargé : patientez ou construisez-le (voir le message).",
                        title="Pas encore prêt", severity="warning")
            return
        if self.searching or self.waiting:
            self.notify("Une recherche est déjà en cours : votre question reste dans le champ.", severity="warning")
            return
        self.question_input.remember(question)
        self.question_input.value = ""
        message = self.conversation.add_question(question)
        self._set_searching(True)
        self.ask(question, message, tuple(self.turns), self.filters)

    def _ask_next_waiting(self) -> None:
        """Ask the oldest question sent while the model was loading."""
        question, message = self.waiting.pop(0)
        self.status.waiting = len(self.waiting)
        pending = self.conversation.pending_for(message)
        if pending is not None:
            pending.searching()
        self._set_searching(True)
        self.ask(question, message, tuple(self.turns), self.filters)

    def _set_searching(self, busy: bool) -> None:
        self.searching = busy
        self.status.busy = busy
        self.status.writing = False

    @work(thread=True, exclusive=True, group="search")
    def ask(self, question: str, message: QuestionMessage, turns: tuple[Turn, ...], filters: Filters,
            standalone: bool = False) -> None:
        """Run the search in a thread; the answer is rendered on the event loop as it comes (its sources,
        then each sentence, a written one as soon as it is checked), then whole.

        First a cheap look at the index's CURRENT file, as the server does: a refresh made meanwhile (by
        `cli.py ingest`, the server or the corpus watcher) is in service before the question is answered."""
        self._swap_in_new_index()
        worker = get_current_worker()
        try:
            for event in self.assistant.ask_stream(question, filters=filters, conversation=turns,
                                                   standalone=standalone, front_end="tui"):
                if worker.is_cancelled:  # the app is closing
                    return
                self.call_from_thread(self._answer_event, message, event, bool(turns), filters)
        except AssistantError as error:
            self.call_from_thread(self._search_failed, str(error), message)
        except Exception as error:  # noqa: BLE001
            self.call_from_thread(self._search_failed, f"Erreur inattendue pendant la recherche : {error}", message)

    async def _answer_event(self, message: QuestionMessage, event: AnswerEvent, follow_up: bool,
                            filters: Filters) -> None:
        """Show one step of the answer: its sources, a sentence, a restart; the finished answer replaces it."""
        if isinstance(event, Finished):
            self._answered(message, event.response, follow_up, filters)
        elif isinstance(event, SourcesFound):
            self.sources.show_response(event.response)
            self.status.writing = event.writing
            await self.conversation.start_answer(message, event.writing)
        else:
            coming = self.conversation.streaming_for(message)
            if coming is not None:
                coming.take(event)

    def _answered(self, message: QuestionMessage, response: Response, follow_up: bool,
                  filters: Filters | None = None) -> None:
        self._set_searching(False)
        self.last_response = response
        self.turns.append(Turn(response.question, response.answer.text))
        self.conversation.add_response(message, response, follow_up=follow_up, filters=filters)
        self.sources.show_response(response)
        if self.waiting:
            self._ask_next_waiting()

    def _search_failed(self, message: str, question: QuestionMessage | None = None) -> None:
        self._set_searching(False)
        self.conversation.add_error(message, question)
        if self.waiting:
            self._ask_next_waiting()

    def action_read_alone(self) -> None:
        """Ask the last question again on its own, when it was read with the previous turn."""
        response = self.last_response
        if response is None or not response.resolved_question:
            self.notify("La dernière question a déjà été lue seule.", title="Question")
            return
        if self.searching:
            self.notify("Une recherche est déjà en cours.", severity="warning")
            return
        if self.turns:
            self.turns.pop()  # the merged reading is replaced by this one
        message = self.conversation.add_question(response.question)
        self._set_searching(True)
        self.ask(response.question, message, tuple(self.turns), self.filters, standalone=True)

    async def action_new_conversation(self) -> None:
        """A fresh conversation starts without filters; the notice says which ones were dropped."""
        if self.searching or self.waiting:
            self.notify("Attendez la fin de la recherche en cours.", severity="warning")
            return
        self.turns.clear()
        self.last_response = None
        self.sources.show_empty()
        if self.ready:
            await self.conversation.show_welcome()
        self.question_input.value = ""
        self.question_input.focus()
        if self.filters.is_empty():
            self.notify("Nouvelle conversation.", title="Conversation")
            return
        dropped = filters_label(self.filters)
        self.filters = Filters()
        self._show_filters()
        self.notify(f"Nouvelle conversation, sans filtres (retirés : {dropped}). Ctrl+F pour en choisir.",
                    title="Conversation")

    # -- feedback --------------------------------------------------------------------------
    def action_feedback(self) -> None:
        """Rate the last answer (utile / pas utile, an optional comment), kept with it in the question log."""
        response = self.last_response
        if response is None:
            self.notify("Aucune réponse à évaluer : posez d'abord une question.", title="Avis", severity="warning")
            return

        def chosen(feedback: Feedback | None) -> None:
            self.question_input.focus()
            if feedback is not None:
                self.send_feedback(response.id, feedback)

        self.push_screen(FeedbackScreen(response.question), chosen)

    @work(thread=True, group="feedback")
    def send_feedback(self, answer_id: str, feedback: Feedback) -> None:
        """Write the rating off the event loop; a French notice says whether it was kept."""
        try:
            found = self.assistant.feedback(answer_id, feedback.useful, feedback.comment)
        except AssistantError as error:
            self.call_from_thread(self.notify, str(error), title="Avis non enregistré", severity="warning")
            return
        except Exception as error:  # noqa: BLE001 - an unwritable log is shown, not raised
            self.call_from_thread(self.notify, f"Le journal des questions est inaccessible : {error}",
                                  title="Avis non enregistré", severity="error")
            return
        if found:
            verdict = "utile" if feedback.useful else "pas utile"
            self.call_from_thread(self.notify, f"Merci : votre avis « {verdict} » est enregistré.", title="Avis")
        else:
            self.call_from_thread(self.notify, "Cette réponse n'est pas dans le journal des questions : "
                                  "avis non enregistré.", title="Avis", severity="warning")

    # -- sources ---------------------------------------------------------------------------
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list is not self.sources:
            return
        citation = self.sources.current
        if citation is not None:
            self.show_passage(citation)

    def show_passage(self, citation: Citation) -> None:
        terms = self.sources.response.terms if self.sources.response else ()
        self.push_screen(PassageScreen(self.assistant, citation, terms))

    def _current_citation(self) -> Citation | None:
        citation = self.sources.current
        if citation is None:
            self.notify("Aucune source sélectionnée.", severity="warning")
        return citation

    def action_copy_citation(self) -> None:
        citation = self._current_citation()
        if citation is not None:
            self.copy_citation(citation)

    def action_open_url(self) -> None:
        citation = self._current_citation()
        if citation is not None:
            self.open_url(citation)

    def copy_citation(self, citation: Citation) -> None:
        """Copy the complete reference; say only what is known: confirmed by a clipboard tool, or shown in a
        dialog to be selected, with how to enable copying."""
        text = citation_text(citation)
        self.copy_to_clipboard(text)  # the terminal's own clipboard (OSC 52), which it may ignore
        self._copy_with_tools(citation.n, text)

    @work(thread=True, group="copy")
    def _copy_with_tools(self, n: int, text: str) -> None:
        result = copy_text(text)
        self.call_from_thread(self._copied, n, text, result)

    def _copied(self, n: int, text: str, result: CopyResult) -> None:
        if result.confirmed:
            self.notify(f"Citation [{n}] copiée dans le presse-papiers.", title="Copie")
        elif self.copy_works:
            self.notify(f"Citation [{n}] envoyée au presse-papiers du terminal.", title="Copie")
        else:
            def closed(worked: bool | None) -> None:
                if worked:
                    self.copy_works = True
                    self.notify("Entendu : les prochaines copies ne montreront plus cette fenêtre.", title="Copie")

            self.push_screen(CopyScreen(n, text, result), closed)

    def open_url(self, citation: Citation) -> None:
        url = citation.link or citation.url
        if not url:
            self.notify("Ce document n'a pas d'adresse web.", title="Lien", severity="warning")
            return
        self._open_in_browser(url)

    @work(thread=True, group="browser")
    def _open_in_browser(self, url: str) -> None:
        """Open the link, then say so, or say that no browser could and give the address (one message, not both)."""
        if webbrowser.open(url):
            self.call_from_thread(self.notify, f"Ouverture de {url}", title="Lien")
        else:
            self.call_from_thread(
                self.notify, f"Aucun navigateur disponible. Adresse : {url}", title="Lien", severity="warning"
            )

    # -- filters, help, theme --------------------------------------------------------------
    def action_filters(self) -> None:
        if not self.documents:
            self.notify("Les filtres seront disponibles une fois l'index chargé.", severity="warning")
            return

        def applied(filters: Filters | None) -> None:
            self.question_input.focus()
            if filters is None:
                return
            self.filters = filters
            self._show_filters()
            self.notify(f"Filtres : {filters_label(filters)}.", title="Filtres")

        self.push_screen(FiltersScreen(self.documents, self.filters), applied)

    def action_add_document(self) -> None:
        """Ask for a file and its catalog fields, then add it as `cli.py add` does."""

        def chosen(request: DocumentRequest | None) -> None:
            self.question_input.focus()
            if request is not None:
                self.notify(f"Ajout de « {request.path.name} » : mise à jour de l'index…", title="Corpus")
                self.add_document(request)

        self.push_screen(AddDocumentScreen(), chosen)

    @work(thread=True, exclusive=True, group="load")
    def add_document(self, request: DocumentRequest) -> None:
        """Store, catalogue and index the document off the event loop; say what happened."""

        from assistant.corpus_files import file_chunks  # not at start-up: it loads the ingest pipeline

        try:
            added = self.assistant.add_document(request.path.name, file_chunks(request.path), request.metadata)
        except AssistantError as error:
            self.call_from_thread(self.notify, str(error), title="Document refusé", severity="error", timeout=12)
            return
        except OSError as error:
            self.call_from_thread(self.notify, f"Lecture impossible : {error.strerror}.", title="Document refusé",
                                  severity="error", timeout=12)
            return
        if added.indexed:  # the facade already serves the new generation: show it
            self.call_from_thread(self._index_loaded, self.assistant.stats(), self.assistant.documents())
        self.call_from_thread(self.notify, f"{added.message} Fichier : {added.file}.", title="Corpus")

    def _show_filters(self) -> None:
        self.conversation.border_subtitle = f"Filtres : {filters_label(self.filters)}"

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME

    def action_help_quit(self) -> None:
        """Ctrl+C does not quit (it copies in the question field): say so in French."""
        self.notify("Appuyez sur Ctrl+Q pour quitter.", title="Quitter ?")

    def action_focus_sources(self) -> None:
        """Tab from the question goes to the sources (the conversation follows with Maj+Tab), at once: the
        keys typed right after it go to the sources."""
        self.screen.set_focus(self.sources)

    def action_focus_question(self) -> None:
        self.screen.set_focus(self.question_input)


def run(settings: Settings) -> None:
    """Open the terminal assistant (what `cli.py tui` and `make run` call); it ends when its terminal does."""
    app = AssistantApp(settings)
    HangupWatch(sys.__stdin__, app.exit_from_thread).start()
    app.run()
