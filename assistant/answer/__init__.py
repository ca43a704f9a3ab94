"""Answers built only from the passages: the sentence that answers first, shaped by the kind of question
(a definition, a value, a comparison, a list), every sentence verbatim with its citation [n]; or an abstention.

Nothing is written that the documents do not say: each sentence is one or more spans of its cited passage,
only their spacing changed (slide lines joined by " · ", elided text marked " … ")."""

from __future__ import annotations

import re

from assistant.answer.comparison import comparison_answer
from assistant.answer.definition import definition_answer
from assistant.answer.lists import list_answer
from assistant.answer.choose import pick, ranked_sentences
from assistant.answer.quotes import Material, asked_terms
from assistant.config import Settings
from assistant.models import Answer, AnswerPart, AnswerSentence
from assistant.search.analyse import NamePhrase, key_notions
from assistant.search.answer_types import expected_type, holds
from assistant.search.constraints import agreements, places
from assistant.search.retrieve import JOINED_NAMES, RetrievalResult
from assistant.search.sentence_scores import title_of
from assistant.store.snapshot import Snapshot
from assistant.text import fold, is_acronym, is_english, normalise_for_match, term_set

VALUES_REQUIRED = ("amount", "count", "share", "contact")  # asked for, and absent from every quoted sentence: abstain
SHAPED = {"definition": definition_answer, "comparison": comparison_answer, "list": list_answer}


def build_answer(result: RetrievalResult, snap: Snapshot, settings: Settings) -> Answer:
    """The answer to a retrieved question; an abstention when the evidence is too weak."""
    if not result.hits or result.evidence < settings.abstain_threshold or result.missing:
        return Answer.abstention()
    rows, numbers = [], {}
    for n, hit in enumerate(result.hits[: settings.answer_passages], start=1):
        row = snap.row_of(hit.passage.id)
        if row is not None:
            rows.append(row)
            numbers[row] = n
    material = Material(snap, result.analysis, result.query_vec, rows, numbers, settings.tuning)
    kind = result.analysis.kind
    if kind == "open" and _titled_by_the_question(material):
        kind = "list"  # "Comment un jeune entre-t-il dans PASSAJ ?", the slide's own title over its list
    shaped = SHAPED.get(kind)
    parts = shaped(material) if shaped else None
    if parts:
        return Answer(parts=parts, abstained=False, kind=kind, note=shortened_note(parts))
    sentences = pick(material, ranked_sentences(material))
    if not sentences or (kind == "value" and (_elsewhere(sentences[0], result) or _no_value(sentences, result)
                                              or _unplaced(sentences[0], result, snap)
                                              or _amount_of_another(sentences, result, snap))):
        return Answer.abstention()
    return Answer(parts=(AnswerPart(tuple(sentences)),), abstained=False,
                  kind="value" if kind == "value" else "passage")


def _titled_by_the_question(material: Material) -> bool:
    """True when one of the best passages' own title asks the question itself (most of its words, ending in
    "?"): the slide or section is the document's answer to it."""
    question = material.analysis.question
    if not _HOW_OR_WHAT.match(fold(question)) or is_english(question):
        return False  # "Est-ce que…", "…-t-il ?": a yes or no, not the items under a title
    asked = asked_terms(material)
    titles = [title_of(material.snap.passages[row].context).strip() for row in material.rows[:TITLED_PASSAGES]]
    return len(asked) >= 2 and any(
        title.endswith("?") and len(asked & term_set(title)) >= TITLE_QUESTION_SHARE * len(asked) for title in titles)


TITLE_QUESTION_SHARE = 0.6
TITLED_PASSAGES = 3
_HOW_OR_WHAT = re.compile(r"\s*(?:comment|quel(?:le)?s?|que|qu'|ou|pourquoi)\b")


def _elsewhere(sentence: AnswerSentence, result: RetrievalResult) -> bool:
    """True when the value found is for another place than the one asked (psychiatrists counted in
    Hauts-de-France when Occitanie was asked): a librarian would say the documents do not give it. The
    sentence alone is read, not its document's title: a national figure is quoted in regional reports."""
    place, _ = agreements(places(result.analysis.question), frozenset(), sentence.text)
    return place < 0


def _around(sentence: AnswerSentence, result: RetrievalResult, snap: Snapshot) -> list[str]:
    """What ties a quoted sentence to what it speaks of: the sentence, its passage and the passage's title, its
    document's title."""
    passage = result.hits[sentence.n - 1].passage
    meta = snap.documents.get(passage.doc_id)
    return [sentence.text, passage.text, passage.context, meta.title if meta else ""]


def _unplaced(sentence: AnswerSentence, result: RetrievalResult, snap: Snapshot) -> bool:
    """True when a value is asked for a region ("…en Bretagne ?") and nothing ties the value found to it: not
    the sentence, not its passage or the passage's title, not its document's title or region. A national count
    quoted without a place does not answer for Brittany."""
    asked = places(result.analysis.question) - {"france"}
    if not asked:
        return False
    meta = snap.documents.get(result.hits[sentence.n - 1].passage.doc_id)
    region = (meta.region or "") if meta else ""
    return not any(places(text) & asked for text in _around(sentence, result, snap) + [region])


def _amount_of_another(sentences: list[AnswerSentence], result: RetrievalResult, snap: Snapshot) -> bool:
    """True when an amount is asked for something named ("le budget du CLSM de Saint-Nazaire") and no passage
    quoted for an amount names it, nor its document's title: a regional median budget is not one town's."""
    if expected_type(result.analysis.question) != "amount":
        return False
    names = [part for n in key_notions(result.analysis.question) if not isinstance(n, NamePhrase)
             for part in JOINED_NAMES.split(n)  # "CLSM de Cergy-Pontoise": "Cergy-Pontoise"
             if part[:1].isupper() and not is_acronym(part) and not places(part)]
    valued = [s for s in sentences if holds("amount", s.text)]
    if not names or not valued:
        return False

    def names_it(sentence: AnswerSentence) -> bool:
        around = normalise_for_match(" ".join(_around(sentence, result, snap)))
        return any(normalise_for_match(n) in around for n in names)

    return not any(names_it(s) for s in valued)


def _no_value(sentences: list[AnswerSentence], result: RetrievalResult) -> bool:
    """True when a question asks for an amount, a count or a share and no sentence found gives one."""
    asked = expected_type(result.analysis.question)
    # Not for "quand": "chaque premier mardi du mois" or "au printemps" answer it without a date.
    return asked in VALUES_REQUIRED and not any(holds(asked, s.text) for s in sentences)


def shortened_note(parts: tuple[AnswerPart, ...]) -> str:
    """The French note of a list quoted in part: how many items the source holds beyond them, and where."""
    for part in parts:
        if part.left_out and part.sentences:
            more = "1 autre élément" if part.left_out == 1 else f"{part.left_out} autres éléments"
            return f"Liste abrégée : {more} dans la source [{part.sentences[-1].n}]."
    return ""
