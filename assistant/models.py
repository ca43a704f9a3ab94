"""Typed records shared by the core and the three front ends: documents, passages, citations, answers."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Literal

from assistant.kinds import KNOWN_KINDS, kind_label, known_kind
from assistant.text import fold

LocationKind = Literal["page", "slide", "time", "section"]
AnswerKind = Literal["definition", "value", "comparison", "list", "passage", "none"]
AnswerMode = Literal["extractive", "generated"]
MODE_LABELS = {"extractive": "Extraits des documents", "generated": "Réponse rédigée à partir des sources"}
OCR_LABEL = "texte reconnu par OCR"  # added to the location of a passage read on a scanned page


def format_timestamp(seconds: float) -> str:
    """Render seconds as HH:MM:SS (a transcript cue's start or end)."""
    total = int(round(seconds))
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


@dataclass(frozen=True)
class Location:
    """Where a passage sits in its document: a page range, a slide, a time range or a section.

    For pages and slides, `start` and `end` are PDF page numbers (what a link opens); `printed` is the
    number the slide itself shows, when the deck prints one (what a reader looks for)."""

    kind: LocationKind
    start: float
    end: float
    section: str = ""
    printed: int | None = None
    ocr: bool = False  # the text was read by OCR on a scanned page

    @property
    def label(self) -> str:
        """French label shown to people: "p. 3", "p. 3-4", "diapositive 7", "00:12:31–00:13:05"; text read
        by OCR says so: "p. 3 — texte reconnu par OCR"."""
        return f"{self._place()} — {OCR_LABEL}" if self.ocr else self._place()

    def _place(self) -> str:
        if self.kind == "time":
            if int(round(self.end)) <= int(round(self.start)):
                return format_timestamp(self.start)
            return f"{format_timestamp(self.start)}–{format_timestamp(self.end)}"
        if self.kind == "section":
            return f"section « {self.section} »" if self.section else "texte"
        first, last = int(self.start), int(self.end)
        if self.kind == "slide":
            if self.printed is not None:
                return f"diapositive {self.printed}"
            return f"diapositive {first}" if first == last else f"diapositives {first}-{last}"
        return f"p. {first}" if first == last else f"p. {first}-{last}"

    def to_dict(self) -> dict:
        return asdict(self) | {"label": self.label}

    @classmethod
    def from_dict(cls, data: dict) -> Location:
        return cls(kind=data["kind"], start=data["start"], end=data["end"], section=data.get("section", ""),
                   printed=data.get("printed"), ocr=bool(data.get("ocr", False)))


@dataclass(frozen=True)
class DocumentMeta:
    """What is known of a document: from the catalog, else the file's own metadata, else its name."""

    doc_id: str
    path: str
    title: str
    kind: str = "document"
    date: str | None = None
    published: str | None = None
    event: str | None = None
    organisers: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    region: str | None = None
    url: str | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["organisers"] = list(self.organisers)
        data["speakers"] = list(self.speakers)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> DocumentMeta:
        fields = dict(data)
        fields["organisers"] = tuple(fields.get("organisers") or ())
        fields["speakers"] = tuple(fields.get("speakers") or ())
        return cls(**fields)


@dataclass(frozen=True)
class Unit:
    """One structural piece of a loaded document: a page, a slide, an HTML section or a transcript cue."""

    text: str
    location: Location
    title: str = ""


@dataclass
class Document:
    """A loaded file: its metadata and its units in reading order."""

    meta: DocumentMeta
    units: list[Unit] = field(default_factory=list)


@dataclass(frozen=True)
class Cue:
    """Where a timed piece of a transcript begins in its passage's text, and its start and end in seconds."""

    offset: int
    start: float
    end: float


@dataclass(frozen=True)
class Passage:
    """A retrievable piece of a document with its context, location and span in the cleaned text.

    A transcript passage keeps its cues, so that a quoted sentence can be cited by its own seconds."""

    id: str
    doc_id: str
    text: str
    context: str
    location: Location
    span: tuple[int, int]
    cues: tuple[Cue, ...] = ()

    def to_dict(self) -> dict:
        data = {
            "id": self.id,
            "doc_id": self.doc_id,
            "text": self.text,
            "context": self.context,
            "location": self.location.to_dict(),
            "span": list(self.span),
        }
        if self.cues:
            data["cues"] = [[c.offset, c.start, c.end] for c in self.cues]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Passage:
        return cls(
            id=data["id"],
            doc_id=data["doc_id"],
            text=data["text"],
            context=data["context"],
            location=Location.from_dict(data["location"]),
            span=(data["span"][0], data["span"][1]),
            cues=tuple(Cue(int(o), float(a), float(b)) for o, a, b in data.get("cues", ())),
        )


@dataclass(frozen=True)
class SearchHit:
    """A passage found for a query, with its fused score and the scores it was fused from."""

    passage: Passage
    score: float
    lexical: float = 0.0
    dense: float = 0.0


@dataclass(frozen=True)
class Citation:
    """A numbered source shown with an answer; data, never a pre-formatted string.

    `location` is where the quoted words are (for a transcript, the seconds of the quoted sentences);
    `passage_location` the whole passage's. `link` opens that place: the PDF page, the second of the replay,
    the quoted text of a web page; `url` is the document's own address."""

    n: int
    doc: str
    title: str
    location: Location
    url: str | None
    text: str
    score: float
    date: str | None = None
    kind: str | None = None
    organisers: tuple[str, ...] = ()
    passage_id: str = ""
    link: str | None = None
    passage_location: Location | None = None
    context: str = ""  # the document and section or slide title the passage sits under
    quote: str = ""  # the first words of the passage the answer quotes (or a written sentence restates)
    lexical: float = 0.0  # the two sides of its score, for a search's diagnostics
    dense: float = 0.0

    def to_dict(self) -> dict:
        return {
            "n": self.n,
            "doc": self.doc,
            "title": self.title,
            "location": self.location.label,
            "location_detail": self.location.to_dict(),
            "url": self.url,
            "link": self.link or self.url,
            "text": self.text,
            "score": round(self.score, 4),
            "date": self.date,
            "kind": self.kind,
            "kind_label": kind_label(self.kind),
            "organisers": list(self.organisers),
            "passage_id": self.passage_id,
        }


@dataclass(frozen=True)
class AnswerSentence:
    """One sentence of the answer, verbatim from the passage of citation [n]; `spans` are where its words
    are in that passage's text (a figure may be quoted with its title: two spans). A sentence said minutes
    after another quoted from the same transcript passage has a citation of its own, [n], of that passage
    ([`passage`]), located at its own seconds. A written sentence
    (`Answer.mode` "generated") is the model's, checked against its passages: `also` lists the further
    passages it cites, `spans` the sentence of passage [n] closest to it."""

    text: str
    n: int
    spans: tuple[tuple[int, int], ...] = ()
    also: tuple[int, ...] = ()
    passage: int = 0  # the hit [k] whose passage it quotes, when [n] is a further citation of it (links.moments)

    @property
    def cites(self) -> tuple[int, ...]:
        """Every citation number of the sentence, [n] first."""
        return (self.n, *self.also)

    @property
    def marks(self) -> str:
        """Its citation marks as printed after it: "[1]", "[1][3]"."""
        return "".join(f"[{k}]" for k in self.cites)

    def to_dict(self) -> dict:
        return {"text": self.text, "n": self.n, "citations": list(self.cites), "spans": [list(s) for s in self.spans]}


@dataclass(frozen=True)
class AnswerPart:
    """A part of an answer: one side of a comparison (its `label` names the side), a list of items, or
    the plain sentences of the answer (no label)."""

    sentences: tuple[AnswerSentence, ...]
    label: str = ""
    is_list: bool = False
    left_out: int = 0  # items of the list its source holds and the answer did not quote (it is shortened)

    @property
    def text(self) -> str:
        if self.is_list:
            body = "\n".join(f"- {s.text} {s.marks}" for s in self.sentences)
            return f"{self.label} :\n{body}" if self.label else body
        body = " ".join(f"{s.text} {s.marks}" for s in self.sentences)
        return f"{self.label} : {body}" if self.label else body

    def to_dict(self) -> dict:
        return {"label": self.label, "list": self.is_list, "left_out": self.left_out,
                "sentences": [s.to_dict() for s in self.sentences]}


@dataclass(frozen=True)
class Answer:
    """The short answer, as data: its kind, its parts, each a few verbatim sentences with their citation
    number [n]; or an abstention. Front ends render the parts their own way; `text` is the plain form.

    `mode` says whether the sentences are quoted from the documents ("extractive") or written by a language
    model from them and checked ("generated"); `removed` counts the written sentences left out as unsupported;
    `note` is a short French remark for the reader (why the written answer gave way to the extracts…)."""

    parts: tuple[AnswerPart, ...]
    abstained: bool
    kind: AnswerKind = "passage"
    mode: AnswerMode = "extractive"
    removed: int = 0
    note: str = ""

    @property
    def mode_label(self) -> str:
        """"Extraits des documents" or "Réponse rédigée à partir des sources": a reader always knows which."""
        return MODE_LABELS[self.mode]

    @classmethod
    def abstention(cls) -> Answer:
        return cls(parts=(), abstained=True, kind="none")

    @property
    def sentences(self) -> tuple[AnswerSentence, ...]:
        return tuple(s for part in self.parts for s in part.sentences)

    @property
    def text(self) -> str:
        if self.abstained:
            return ABSTENTION_MESSAGE
        return "\n".join(part.text for part in self.parts if part.sentences)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "text": self.text,
            "abstained": self.abstained,
            "mode": self.mode,
            "mode_label": self.mode_label,
            "removed": self.removed,
            "note": self.note or None,
            "parts": [p.to_dict() for p in self.parts],
            "sentences": [s.to_dict() for s in self.sentences],
        }


ABSTENTION_MESSAGE = "Je n'ai pas trouvé de réponse dans les documents."


@dataclass(frozen=True)
class Turn:
    """One earlier exchange of a conversation, used to resolve follow-up questions."""

    question: str
    answer: str = ""


def _kind_key(kind: str | None) -> str:
    """A kind as compared by the filters: the known kind it spells (in English or French), else as written."""
    return known_kind(kind) or fold(kind or "")


@dataclass(frozen=True)
class Filters:
    """Restrictions on what may be retrieved; empty fields restrict nothing. Kinds may be given by their
    French label ("diaporama"), regions in any case or accents ("occitanie")."""

    docs: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None

    def is_empty(self) -> bool:
        return not (self.docs or self.kinds or self.regions or self.date_from or self.date_to)

    def accepts(self, meta: DocumentMeta) -> bool:
        """True when the document passes every filter (dates compared as ISO strings)."""
        if self.docs and meta.doc_id not in self.docs:
            return False
        if self.kinds and _kind_key(meta.kind) not in {_kind_key(k) for k in self.kinds}:
            return False  # "diaporama", "Slides" and "slides" are one kind
        if self.regions and fold(meta.region or "") not in {fold(r) for r in self.regions}:
            return False
        if self.date_from and (not meta.date or meta.date < self.date_from):
            return False
        if self.date_to and (not meta.date or meta.date > self.date_to[:10] + "\uffff"):
            return False
        return True

    def problem(self, corpus_kinds: set[str] | frozenset[str] = frozenset()) -> str | None:
        """What makes these filters match nothing by mistake, in French: a kind neither known nor in the corpus
        (`corpus_kinds`, as the catalog writes them), a date not written AAAA, AAAA-MM or AAAA-MM-JJ, a period that
        ends before it starts; None when they are usable."""
        written = {_kind_key(k) for k in corpus_kinds}
        unknown = [k for k in self.kinds if _kind_key(k) not in written and not known_kind(k)]
        if unknown:
            labels = ", ".join(f"« {kind_label(k)} »" for k in KNOWN_KINDS)
            return f"Type de document inconnu : « {unknown[0]} ». Types possibles : {labels}."
        for name, date in (("de début", self.date_from), ("de fin", self.date_to)):
            if date and not _FILTER_DATE.fullmatch(date.strip()):
                return f"Date {name} illisible : « {date} ». Écrivez-la AAAA, AAAA-MM ou AAAA-MM-JJ (par exemple 2024-03)."
        start, end = (self.date_from or "").strip(), (self.date_to or "").strip()
        if start and end and start[:min(len(start), len(end))] > end[:min(len(start), len(end))]:
            return (f"La période se termine avant de commencer : du « {self.date_from} » au « {self.date_to} ». "
                    "Inversez les deux dates.")
        return None


_FILTER_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


@dataclass(frozen=True)
class Response:
    """What `Assistant.ask` returns: the question, the answer and its numbered citations; `resolved_question`
    is how a follow-up was read with the previous turn (empty when the question stood alone)."""

    question: str
    answer: Answer
    citations: tuple[Citation, ...]
    resolved_question: str = ""
    terms: tuple[str, ...] = ()  # the question's words as the core read them, for front ends to mark
    id: str = ""  # identifies this answer in the question log, for feedback (`POST /v1/feedback`)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "question": self.question,
            "understood_as": self.resolved_question or None,
            "answer": self.answer.to_dict(),
            "citations": [c.to_dict() for c in self.citations],
        }


@dataclass
class FileFailure:
    """A file that could not be indexed, and why (in French)."""

    path: str
    reason: str


@dataclass
class FileWarning:
    """A file indexed despite a doubtful catalog entry (an unknown kind…), and what to correct (in French)."""

    path: str
    message: str


@dataclass
class IngestReport:
    """What a refresh did, file by file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[FileFailure] = field(default_factory=list)
    warnings: list[FileWarning] = field(default_factory=list)
    generation: str | None = None
    passages: int = 0
    documents: int = 0
    ocr_pages: int = 0  # scanned pages read by Tesseract during this refresh
    ocr_cached: int = 0  # scanned pages whose earlier reading was reused (same page image)
    ocr_seconds: float = 0.0  # the time Tesseract took

    def to_dict(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "failed": [asdict(f) for f in self.failed],
            "warnings": [asdict(w) for w in self.warnings],
            "ocr": {"pages": self.ocr_pages, "cached": self.ocr_cached, "seconds": round(self.ocr_seconds, 2)},
            "generation": self.generation,
        }


@dataclass(frozen=True)
class IndexStats:
    """A summary of the live snapshot for status lines and /readyz."""

    generation: str
    documents: int
    passages: int
    model: str
    built_at: str
