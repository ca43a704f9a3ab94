"""The facade: one `Assistant` object serves the CLI, the Textual app and the HTTP API."""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.answer_events import AnswerEvent, Finished, Restarted, SourcesFound, part_events
from assistant.config import Settings
from assistant.errors import (
    AssistantError,
    DocumentRefused,
    IndexMissingError,
    InvalidFiltersError,
    InvalidQuestionError,
    RefreshBusyError,
)
from assistant.excerpts import highlight_terms
from assistant.kinds import kind_label
from assistant.models import (
    Answer,
    Citation,
    DocumentMeta,
    Filters,
    IndexStats,
    IngestReport,
    Passage,
    Response,
    SearchHit,
    Turn,
)

if TYPE_CHECKING:  # imported lazily: loading the core stays cheap for a front end that only shows help
    from assistant.search.retrieve import RetrievalResult
    from assistant.store.snapshot import Snapshot
    from assistant.usage import QuestionLog, UsageReport
    from assistant.written import ChatModel, Writing

LAST_REFRESH = "last-refresh.json"  # in the index folder: what the last refresh did, for the admin page
log = logging.getLogger("assistant.core")
ProgressCallback = Callable[[str, int, int], None]
"""Called as progress(stage, done, total); stage is "files" or "embedding"."""


@dataclass(frozen=True)
class AddedDocument:
    """A document added to the corpus: its stored name, its catalog entry, and the refresh that indexed it
    (None when another refresh was running: it will be indexed by the next)."""

    file: str
    catalog: dict
    report: IngestReport | None

    @property
    def indexed(self) -> bool:
        return self.report is not None

    @property
    def message(self) -> str:
        if self.indexed:
            return "Document enregistré et indexé."
        return ("Document enregistré ; une autre mise à jour est en cours : "
                "il sera indexé à la prochaine mise à jour.")

    def to_dict(self) -> dict:
        """What `cli.py add --json` prints and `POST /v1/admin/documents` answers."""
        return {"file": self.file, "catalog": self.catalog, "indexed": self.indexed,
                "report": self.report.to_dict() if self.report else None, "message": self.message}


@dataclass(frozen=True)
class DocumentSummary:
    """A document of the live index with its passage count."""

    meta: DocumentMeta
    passages: int

    def to_dict(self) -> dict:
        return self.meta.to_dict() | {"kind_label": kind_label(self.meta.kind), "passages": self.passages}


class Assistant:
    """Searches and answers from the live index snapshot, and refreshes it from the corpus.

    Thread-safe for readers: a refresh (here or in another process) builds a new generation,
    and `reload_if_changed()` swaps it in atomically; requests in flight finish on the old one.
    """

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self._snapshot = None  # assistant.store.snapshot.Snapshot, swapped whole
        self._embedder = None
        self._lock = threading.Lock()
        self._question_log: QuestionLog | None = None  # opened on first use

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        """Load the embedder and the live snapshot. Raises IndexMissingError if none exists."""
        from assistant.store.snapshot import Snapshot, current_generation

        gen = current_generation(self.settings.index_dir)
        if gen is None:
            raise IndexMissingError(str(self.settings.index_dir))
        snapshot = Snapshot.open(self.settings.index_dir / gen)
        if self._embedder is None or self._embedder.name != snapshot.model:
            from assistant.store.embedder import load_embedder

            self._embedder = load_embedder(snapshot.model)
        self._snapshot = snapshot

    @property
    def is_ready(self) -> bool:
        return self._snapshot is not None

    def reload_if_changed(self) -> bool:
        """Swap in a newer generation if CURRENT moved. Returns True when it did."""
        from assistant.store.snapshot import current_generation

        gen = current_generation(self.settings.index_dir)
        if gen is None or (self._snapshot is not None and self._snapshot.generation == gen):
            return False
        with self._lock:
            if self._snapshot is not None and self._snapshot.generation == gen:
                return False
            self.load()
        return True

    def _live(self):
        if self._snapshot is None:
            self.load()
        return self._snapshot

    # -- reading ---------------------------------------------------------------------------
    def stats(self) -> IndexStats:
        snap = self._live()
        return IndexStats(
            generation=snap.generation,
            documents=len(snap.documents),
            passages=len(snap.passages),
            model=snap.model,
            built_at=snap.built_at,
        )

    def documents(self) -> list[DocumentSummary]:
        snap = self._live()
        counts = snap.passage_counts()
        return [DocumentSummary(meta, counts.get(meta.doc_id, 0)) for meta in snap.documents.values()]

    def document(self, doc_id: str) -> DocumentSummary | None:
        snap = self._live()
        meta = snap.documents.get(doc_id)
        return None if meta is None else DocumentSummary(meta, snap.passage_counts().get(doc_id, 0))

    def neighbours(self, passage_id: str, radius: int = 1) -> list[Passage]:
        """The passage and up to `radius` passages on each side in its document, in reading order."""
        return self._live().neighbours(passage_id, radius)

    def glossary(self) -> dict[str, list[str]]:
        """Acronym -> long forms mined from the corpus."""
        return self._live().glossary.as_dict()

    def snapshot(self) -> Snapshot:
        """The index generation in service (loaded on first use): read-only, for tools and benchmarks."""
        return self._live()

    def retrieve(
        self,
        question: str,
        *,
        k: int | None = None,
        filters: Filters | None = None,
        conversation: Sequence[Turn] = (),
        standalone: bool = False,
    ) -> RetrievalResult:
        """Everything retrieval knows about a question: its analysis, ranked hits, evidence, missing notions."""
        return self._retrieve(self._live(), question, k, filters, conversation, standalone)

    def search(
        self,
        query: str,
        *,
        k: int | None = None,
        filters: Filters | None = None,
        conversation: Sequence[Turn] = (),
    ) -> list[SearchHit]:
        """Ranked passages for a question (follow-ups resolved against `conversation`)."""
        return self.retrieve(query, k=k, filters=filters, conversation=conversation).hits

    def sources(self, query: str, *, k: int | None = None, filters: Filters | None = None) -> list[Citation]:
        """Ranked passages as citations (document, location, link), without an answer: the passages and
        their documents are read from one generation, so a refresh in between cannot mislabel them."""
        snap = self._live()
        result = self._retrieve(snap, query, k, filters, (), False)
        return [self._citation(i + 1, hit, snap, []) for i, hit in enumerate(result.hits)]

    def _retrieve(self, snap: Snapshot, question: str, k, filters, conversation, standalone) -> RetrievalResult:
        from assistant.search.retrieve import retrieve

        filters = self.check_filters(filters, snap)
        return retrieve(snap, self._embedder, self.check_question(question), self.settings,
                        k or self.settings.top_k, filters, conversation, standalone)

    def check_filters(self, filters: Filters | None, snap: Snapshot | None = None) -> Filters:
        """The filters, or a French `InvalidFiltersError` when they would match nothing by mistake (an unknown kind,
        an unreadable date, a period ending before it starts)."""
        filters = filters or Filters()
        snap = snap or self._live()
        problem = filters.problem({meta.kind for meta in snap.documents.values() if meta.kind})
        if problem:
            raise InvalidFiltersError(problem)
        return filters

    def ask(
        self,
        question: str,
        *,
        k: int | None = None,
        filters: Filters | None = None,
        conversation: Sequence[Turn] = (),
        standalone: bool = False,
        front_end: str | None = None,
    ) -> Response:
        """Retrieve, then answer: sentences quoting the passages [n], or written by the language model from
        them and checked (when one is set). A follow-up is read with the previous turn when it cannot stand
        alone; `standalone` reads it on its own (undoing that). With a `front_end` ("api", "widget", "cli",
        "tui") the question is written to the question log; without (evaluations, benchmarks) it is not."""
        for event in self.ask_stream(question, k=k, filters=filters, conversation=conversation,
                                     standalone=standalone, front_end=front_end):
            if isinstance(event, Finished):
                return event.response
        raise AssertionError("ask_stream ends with Finished")

    def ask_stream(
        self,
        question: str,
        *,
        k: int | None = None,
        filters: Filters | None = None,
        conversation: Sequence[Turn] = (),
        standalone: bool = False,
        front_end: str | None = None,
    ) -> Iterator[AnswerEvent]:
        """`ask` as it comes, for front ends that show an answer being written: `SourcesFound`, then the
        parts and sentences (`PartStarted`, `SentenceReady`; `Restarted` when a written answer gives way to
        the extracts), then `Finished` with the whole response (assistant/answer_events.py)."""
        from assistant.answer import build_answer
        from assistant.links import moments

        started = time.perf_counter()
        question = self.check_question(question)
        snap = self._live()
        result = self._retrieve(snap, question, k, filters, conversation, standalone)
        answer = moments(build_answer(result, snap, self.settings), [hit.passage for hit in result.hits])
        response = self._response(question, result, answer, snap)
        writing = None if answer.abstained else self._writing(question, conversation, response, snap)
        yield SourcesFound(response, writing=writing is not None)
        if writing is None:
            yield from part_events(answer)
        else:
            yield from writing.events()
            written = writing.answer(answer.kind)
            if written is None:  # whether or not written sentences were shown: the extracts follow
                yield Restarted(writing.note)
                yield from part_events(answer)
                written = replace(answer, removed=writing.removed, note=writing.note)
            response = self._response(question, result, written, snap, response.id)
        if front_end:
            self._log_question(response, front_end, (time.perf_counter() - started) * 1000)
        yield Finished(response)

    def _response(self, question: str, result: RetrievalResult, answer: Answer, snap, answer_id: str = "") -> Response:
        """The response: its citations located (and linked) at the words its sentences come from."""
        quoted: dict[int, list[tuple[int, int]]] = {}
        further: dict[int, int] = {}  # a further citation of a passage, said minutes later (links.moments)
        for sentence in answer.sentences:
            quoted.setdefault(sentence.n, []).extend(sentence.spans)
            if sentence.passage:
                further[sentence.n] = sentence.passage
        citations = tuple(self._citation(i + 1, hit, snap, quoted.get(i + 1, []))
                          for i, hit in enumerate(result.hits))
        citations += tuple(self._citation(n, result.hits[k - 1], snap, quoted[n]) for n, k in sorted(further.items()))
        return Response(question=question, answer=answer, citations=citations,
                        resolved_question=result.analysis.text if result.analysis.follow_up else "",
                        terms=highlight_terms(result.analysis.text), id=answer_id or uuid.uuid4().hex)

    def _writing(self, question: str, conversation: Sequence[Turn], response: Response, snap) -> Writing | None:
        """A written answer to start from the passages the extracts quote from, when a model is set."""
        if not self.settings.llm_base_url:
            return None
        from assistant.written import Source, Sources, Writing, support_cosine

        seen: set[str] = set()  # a passage cited again at a later second (links.moments) is given once
        given = [c for c in response.citations if not (c.passage_id in seen or seen.add(c.passage_id))]
        given = given[: self.settings.answer_passages]
        sources = {}
        for citation in given:
            row = snap.row_of(citation.passage_id)
            spans = vectors = None
            if snap.sentences is not None and row is not None:
                part = snap.sentences.of_passage(row)
                spans, vectors = snap.sentences.rows[part, 1:], snap.sentences.vectors[part]
            sources[citation.n] = Source(citation, spans, vectors)
        embed = self._embedder.queries if self._embedder is not None else None
        return Writing(self._chat_model(), Sources(sources, snap.glossary.as_dict(), embed, support_cosine(snap.model)),
                       question, given, conversation, self.settings.llm_timeout_s)

    def _chat_model(self) -> ChatModel:
        from assistant.written import OpenAIChat

        s = self.settings
        return OpenAIChat(s.llm_base_url, s.llm_model, s.llm_api_key.get_secret_value())

    # -- usage -----------------------------------------------------------------------------
    @property
    def question_log(self) -> QuestionLog:
        """The question log of the data folder (readable even when logging is off: what was logged before)."""
        if self._question_log is None:
            from assistant.usage import QuestionLog

            self._question_log = QuestionLog(self.settings.data_dir, self.settings.question_log_retention_days)
        return self._question_log

    def _log_question(self, response: Response, front_end: str, latency_ms: float) -> None:
        """Write the question's row; a failure is a warning in the server's log, never a lost answer."""
        if not self.settings.question_log:
            return
        from assistant.usage import LoggedQuestion

        try:
            self.question_log.record(LoggedQuestion.from_response(response, front_end, latency_ms))
        except Exception as exc:  # noqa: BLE001 - the answer matters more than its log row
            log.warning("Question non journalisée dans %s : %s", self.question_log.path, exc)

    def feedback(self, answer_id: str, useful: bool, comment: str | None = None) -> bool:
        """Rate a logged answer ("utile" or not, with an optional comment); False when the id is unknown.
        Raises a French `FeedbackUnavailable` when the question log is off."""
        from assistant.usage import FeedbackUnavailable

        if not self.settings.question_log:
            raise FeedbackUnavailable()
        return self.question_log.rate(answer_id, useful, comment)

    def embed_questions(self, texts: Sequence[str]):
        """Unit vectors (numpy, one row per text) of questions by the live index's embedder; None without one."""
        self._live()
        return self._embedder.queries(list(texts)) if self._embedder is not None else None

    def usage_report(self, since: date | None = None) -> UsageReport:
        """The report of the question log from `since` on (expired rows purged first): volumes, unanswered
        questions grouped by meaning, answers rated not useful, documents most and never cited."""
        from assistant.usage.report import build_report, same_question_cosine

        question_log = self.question_log
        if question_log.exists:
            question_log.purge()
        documents = {d.meta.doc_id: d.meta.title for d in self.documents()}
        return build_report(question_log.rows(since), documents, self.embed_questions,
                            same_question_cosine(self.stats().model), since)

    # -- writing ---------------------------------------------------------------------------
    def refresh(self, progress: ProgressCallback | None = None) -> IngestReport:
        """Refresh the index from the corpus folder (incremental); if serving, serve the new generation
        (otherwise it is loaded on first use). Its report, or why it failed, is kept for `last_refresh`."""
        from assistant.store.build import refresh_index

        try:
            report = refresh_index(self.settings, progress=progress)
        except RefreshBusyError:
            raise
        except AssistantError as exc:
            self._record_refresh(None, str(exc))
            raise
        self._record_refresh(report, None)
        if report.generation and self._snapshot is not None:
            with self._lock:
                self.load()
        return report

    def add_document(self, file_name: str, chunks: Iterable[bytes], metadata: dict | None = None, *,
                     replace: bool = False) -> AddedDocument:
        """Store a document in the corpus, merge its catalog entry, refresh the index; roll back (file and
        catalog as they were) when the new file cannot be indexed. A `DocumentRefused` says why in French.
        When another refresh is running, the document stays in the corpus for the next one (`indexed` false)."""
        from assistant import corpus_files

        name = corpus_files.sanitise_filename(file_name)
        entry_fields = corpus_files.parse_meta(metadata or {}).entry()
        corpus = self.settings.corpus_dir
        catalog = corpus / self.settings.catalog_file
        previous_catalog = catalog.read_bytes() if catalog.exists() else None
        is_new = not (corpus / name).exists()
        max_bytes = int(self.settings.max_upload_mb * 1024 * 1024)
        target = corpus_files.store_file(corpus, name, chunks, max_bytes, replace)
        entry: dict = {}
        try:
            if entry_fields:
                entry = corpus_files.merge_catalog_entry(catalog, name, entry_fields)
        except BaseException:
            if is_new:
                target.unlink(missing_ok=True)
            raise
        try:
            report = self.refresh()
        except RefreshBusyError:
            return AddedDocument(name, entry, None)
        failure = next((f for f in report.failed if Path(f.path).name == name), None)
        if failure is not None:
            if is_new:  # a file that cannot be indexed does not stay in the corpus
                target.unlink(missing_ok=True)
                if previous_catalog is not None:
                    catalog.write_bytes(previous_catalog)
                elif entry:
                    catalog.unlink(missing_ok=True)
            raise DocumentRefused("invalid", f"Le document n'a pas pu être indexé : {failure.reason}")
        return AddedDocument(name, entry, report)

    def remove_document(self, doc_id: str) -> IngestReport:
        """Remove a document of the live index from the corpus (its file and its catalog entry) and refresh;
        both are put back as they were when the refresh fails. A `DocumentRefused` says why in French."""
        from assistant import corpus_files
        from assistant.store.build import saved_page_folders

        found = self.document(doc_id)
        corpus = self.settings.corpus_dir.resolve()
        target = (corpus / found.meta.path).resolve() if found is not None else None
        if target is None or corpus not in target.parents:
            raise DocumentRefused("unknown", f"Document inconnu : « {doc_id[:100]} ».")
        if not target.is_file():
            raise DocumentRefused("unknown", f"Le fichier « {found.meta.path} » n'est plus dans le corpus : "
                                             "mettez l'index à jour.")
        catalog = corpus / self.settings.catalog_file
        previous_catalog = catalog.read_bytes() if catalog.exists() else None
        # the folder a browser saved beside a web page goes with it (left alone, its frames would be read as pages)
        resources = [folder for folder in saved_page_folders(target) if folder.is_dir()]
        moved = [(path, path.with_name(f".removing-{path.name}")) for path in [target, *resources]]
        for path, aside in moved:  # hidden: the refresh does not read them
            os.replace(path, aside)
        try:
            corpus_files.remove_catalog_entries(catalog, (found.meta.path, target.name))
            report = self.refresh()
        except BaseException:
            for path, aside in moved:
                os.replace(aside, path)
            if previous_catalog is not None:
                catalog.write_bytes(previous_catalog)
            raise
        for _, aside in moved:
            if aside.is_dir():
                shutil.rmtree(aside, ignore_errors=True)
            else:
                aside.unlink(missing_ok=True)
        return report

    def last_refresh(self) -> dict | None:
        """The last refresh of this index by any process: {"time", "report" (with its counts) or None,
        "error" or None}; None before the first one is recorded."""
        try:
            return json.loads((self.settings.index_dir / LAST_REFRESH).read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def _record_refresh(self, report: IngestReport | None, error: str | None) -> None:
        """Write what a refresh did next to the index generations (a failure to write it loses only it)."""
        from assistant.store.build import build_time
        from assistant.store.snapshot import write_atomic

        counts = {"documents": report.documents, "passages": report.passages} if report else {}
        record = {"time": build_time(), "error": error, "report": report.to_dict() | counts if report else None}
        try:
            write_atomic(self.settings.index_dir / LAST_REFRESH, json.dumps(record, ensure_ascii=False))
        except OSError:
            pass

    # -- helpers ---------------------------------------------------------------------------
    def check_question(self, question: str) -> str:
        """The question stripped, or a French `InvalidQuestionError` (empty, too long): the one rule every
        front end applies before asking."""
        question = (question or "").strip()
        if not question:
            raise InvalidQuestionError("La question est vide : écrivez une question en français.")
        if len(question) > self.settings.max_question_chars:
            raise InvalidQuestionError(
                f"La question est trop longue ({len(question)} caractères, "
                f"maximum {self.settings.max_question_chars})."
            )
        return question

    @staticmethod
    def _citation(n: int, hit: SearchHit, snap, quoted: list[tuple[int, int]]) -> Citation:
        """A citation of the hit's passage, located (and linked) at the words the answer quotes from it."""
        from assistant.links import deep_link, quoted_location

        meta = snap.documents[hit.passage.doc_id]
        passage = hit.passage
        location = quoted_location(passage, quoted) if quoted else passage.location
        first = passage.text[quoted[0][0]:quoted[0][1]] if quoted else None
        return Citation(
            n=n,
            doc=meta.doc_id,
            title=meta.title,
            location=location,
            url=meta.url,
            text=passage.text,
            score=hit.score,
            date=meta.date,
            kind=meta.kind,
            organisers=meta.organisers,
            passage_id=passage.id,
            link=deep_link(meta, location, first),
            passage_location=passage.location,
            context=passage.context,
            quote=first or "",
            lexical=hit.lexical,
            dense=hit.dense,
        )
