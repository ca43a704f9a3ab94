"""A deterministic stand-in for `Assistant` used by the TUI tests and snapshots (no tests here).

It honours the facade's contract (load, is_ready, stats, documents, ask, neighbours,
reload_if_changed) over a fixed set of documents and passages, so that snapshots do not
depend on the clock, the model or the index build.
"""

from __future__ import annotations

import threading

from assistant.core import DocumentSummary
from assistant.errors import IndexMissingError, InvalidQuestionError
from assistant.models import (
    ABSTENTION_MESSAGE,
    Answer,
    AnswerSentence,
    Citation,
    DocumentMeta,
    Filters,
    IndexStats,
    Location,
    Passage,
    Response,
    Turn,
)
from assistant.tui.formatting import fold, question_terms, term_spans

DOCS = (
    DocumentMeta(
        doc_id="ccoms-occitanie",
        path="2024-04-23_ccoms_clsm-outil-sante-mentale-occitanie.pdf",
        title="Le conseil local de santé mentale : un outil pour répondre aux enjeux de santé mentale",
        kind="slides",
        date="2024-04-23",
        organisers=("CCOMS",),
        region="Occitanie",
        url="http://ressources-clsm.org/",
    ),
    DocumentMeta(
        doc_id="ars-occitanie",
        path="2024-04-23_ars-occitanie_cls-sante-mentale-contrats-de-ville.pdf",
        title="La prise en compte de la santé mentale dans les CLS",
        kind="slides",
        date="2024-04-23",
        organisers=("ARS Occitanie",),
        region="Occitanie",
        url=None,
    ),
    DocumentMeta(
        doc_id="fts-hdf",
        path="2017-11-09_fts_retour-sur-sante-mentale-politique-de-la-ville-hdf.pdf",
        title="Retour sur... Santé mentale et politique de la ville",
        kind="report",
        date="2017-11-09",
        organisers=("Fabrique Territoires Santé", "CCOMS", "IREV"),
        region="Hauts-de-France",
        url="http://www.fabrique-territoires-sante.org/",
    ),
)

TEXTS = {
    "ccoms-occitanie": [
        "Le CLSM est une plateforme de concertation et de coordination entre les élus, la psychiatrie, "
        "les usagers et les aidants d'un territoire.",
        "Un conseil local de santé mentale est présidé par un élu local et co-animé par la psychiatrie "
        "publique. En Occitanie, 32 CLSM sont en fonctionnement en 2024.",
        "Pour impliquer les élus, le CLSM s'appuie sur une convention signée par le maire et un "
        "coordinateur dédié qui anime le comité de pilotage.",
        "Les axes de travail : accès aux soins, inclusion sociale, lutte contre la stigmatisation.",
    ],
    "ars-occitanie": [
        "Le contrat local de santé (CLS) peut comporter un volet santé mentale, qui s'articule avec le "
        "contrat de ville dans les quartiers prioritaires.",
        "Le volet santé mentale du CLS peut s'appuyer sur un CLSM existant ou préfigurer sa création.",
        "L'ARS Occitanie accompagne les collectivités dans l'élaboration des CLS.",
    ],
    "fts-hdf": [
        "La journée régionale d'Amiens a réuni les acteurs de la santé mentale et de la politique de la "
        "ville des Hauts-de-France.",
        "Les ateliers santé ville (ASV) sont un levier pour mobiliser les habitants des quartiers "
        "autour de la santé mentale.",
        "Les élus locaux ont un rôle clé dans la mise en place d'un CLSM.",
    ],
}


def _passages() -> dict[str, Passage]:
    passages = {}
    for doc in DOCS:
        offset = 0
        for i, text in enumerate(TEXTS[doc.doc_id], start=1):
            kind = "slide" if doc.kind == "slides" else "page"
            pid = f"{doc.doc_id}#{i}"
            passages[pid] = Passage(pid, doc.doc_id, text, "", Location(kind, i + 2, i + 2), (offset, offset + len(text)))
            offset += len(text) + 1
    return passages


class FakeAssistant:
    """Deterministic facade: word-overlap ranking over a dozen passages."""

    def __init__(self, missing: bool = False, empty: bool = False, delay: threading.Event | None = None):
        self.missing = missing
        self.empty = empty
        self.delay = delay  # when set, ask() waits for this event (to observe "Recherche…")
        self.is_ready = False
        self.calls: list[dict] = []
        self.passages = {} if empty else _passages()
        self.docs = {} if empty else {d.doc_id: d for d in DOCS}

    def load(self) -> None:
        if self.missing:
            raise IndexMissingError("index")
        self.is_ready = True

    def reload_if_changed(self) -> bool:
        self.load()
        return False

    def stats(self) -> IndexStats:
        return IndexStats("gen-000001", len(self.docs), len(self.passages), "use-multilingual", "2025-11-20T09:30:00+00:00")

    def documents(self) -> list[DocumentSummary]:
        counts = {d: sum(p.doc_id == d for p in self.passages.values()) for d in self.docs}
        return [DocumentSummary(meta, counts[meta.doc_id]) for meta in self.docs.values()]

    def neighbours(self, passage_id: str, radius: int = 1) -> list[Passage]:
        doc = passage_id.split("#")[0]
        same = [p for p in self.passages.values() if p.doc_id == doc]
        i = next(j for j, p in enumerate(same) if p.id == passage_id)
        return same[max(0, i - radius): i + radius + 1]

    def ask(self, question: str, *, k: int | None = None, filters: Filters | None = None,
            conversation=()) -> Response:
        question = (question or "").strip()
        if not question:
            raise InvalidQuestionError("La question est vide : écrivez une question en français.")
        filters = filters or Filters()
        self.calls.append({"question": question, "filters": filters, "conversation": tuple(conversation)})
        if self.delay is not None:
            self.delay.wait(10)
        resolved = question
        if conversation and len(question.split()) < 6:
            resolved = f"{question} ({conversation[-1].question})"
        terms = question_terms(resolved)
        scored = []
        for p in self.passages.values():
            if not filters.accepts(self.docs[p.doc_id]):
                continue
            score = len({fold(p.text)[a:b] for a, b in term_spans(p.text, terms)})
            if score:
                scored.append((-score, p.id, p))
        scored.sort()
        hits = [p for _, _, p in scored[: k or 3]]
        citations = tuple(
            Citation(n=i, doc=p.doc_id, title=self.docs[p.doc_id].title, location=p.location,
                     url=self.docs[p.doc_id].url, text=p.text, score=round(1 - i / 10, 2),
                     date=self.docs[p.doc_id].date, kind=self.docs[p.doc_id].kind,
                     organisers=self.docs[p.doc_id].organisers, passage_id=p.id)
            for i, p in enumerate(hits, start=1)
        )
        if not citations:
            return Response(question, Answer((), True), (), resolved)
        sentences = tuple(AnswerSentence(c.text.split(". ")[0].rstrip(".") + ".", c.n) for c in citations[:2])
        return Response(question, Answer(sentences, False), citations, resolved)


__all__ = ["ABSTENTION_MESSAGE", "FakeAssistant", "Turn"]
