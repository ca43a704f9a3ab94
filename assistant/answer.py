"""Extractive answers: the passages' best sentences, verbatim, each with its [n]; or an abstention.

Nothing is written that the passages do not say: every sentence is a span of its cited passage (a very long
one is cut at a word and marked " […]"). Sentences that are questions (a slide asking what the talk answers)
or title-like fragments are kept only when no better sentence matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.config import Settings
from assistant.models import Answer, AnswerSentence, Citation
from assistant.search.answer_types import holds
from assistant.search.retrieve import RetrievalResult
from assistant.text import URL, split_sentences, term_set

MIN_SENTENCE_CHARS = 25
MAX_SENTENCE_CHARS = 400
CUT_MARK = " […]"
# A sentence needs this many words to read as a statement rather than a heading.
MIN_STATEMENT_WORDS = 6
QUESTION_FACTOR = 0.3  # a sentence that is itself a question rarely answers one
FRAGMENT_FACTOR = 0.5  # a heading-like fragment says less than a sentence
RANK_DECAY = 0.05  # a better-ranked passage wins ties
WEAK_SENTENCE = 0.4  # sentences scoring under this share of the best one are left out
NEW_WORDS_FOR_FULL_SCORE = 3  # a sentence that only repeats the question's words says nothing new
TYPED_FACTOR = 1.5  # "combien", "quelle durée"…: a sentence holding that kind of answer is what was asked
UNTYPED_FACTOR = 0.6
_BULLET = re.compile(r"^[\s•\-–—*➔⇒>]+")


def _sentence_score(terms: dict[str, float], sentence: str) -> float:
    present = term_set(sentence)
    return sum(w for t, w in terms.items() if t in present)


def _shape_factor(sentence: str, terms: dict[str, float], answer_type: str | None) -> float:
    """Lower the score of questions, title-like fragments (few words, or only links), sentences that
    merely repeat the question, and, when a number, a duration… is asked for, sentences without one."""
    factor = 1.0
    if sentence.rstrip(" »\"”)").endswith("?"):
        factor *= QUESTION_FACTOR
    if len(URL.sub(" ", sentence).split()) < MIN_STATEMENT_WORDS:
        factor *= FRAGMENT_FACTOR
    new_words = len([t for t in term_set(sentence) if t not in terms])
    factor *= min(1.0, (new_words + 1) / (NEW_WORDS_FOR_FULL_SCORE + 1))
    if answer_type:
        factor *= TYPED_FACTOR if holds(answer_type, sentence) else UNTYPED_FACTOR
    return factor


def _joined_short_lines(text: str) -> list[tuple[int, int]]:
    """Sentence spans, with runs of short lines (a slide's "2024 / 27 CLSM actifs / 16 en projet")
    joined into one span so that a fact spread over short lines can be quoted whole."""
    spans: list[tuple[int, int]] = []
    for start, end in split_sentences(text):
        if spans and spans[-1][1] - spans[-1][0] < MIN_SENTENCE_CHARS and end - start < MIN_SENTENCE_CHARS:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


@lru_cache(maxsize=4096)
def verbatim_sentences(text: str) -> tuple[str, ...]:
    """The passage's sentences and bullet lines as exact substrings (bullets and outer spaces trimmed),
    cached: the same passages come back question after question."""
    out = []
    for start, end in _joined_short_lines(text):
        span = text[start:end].strip()
        bullet = _BULLET.match(span)
        if bullet:
            span = span[bullet.end():]
        if len(span) > MAX_SENTENCE_CHARS:
            cut = span.rfind(" ", 0, MAX_SENTENCE_CHARS)
            span = span[: cut if cut > 0 else MAX_SENTENCE_CHARS].rstrip() + CUT_MARK
        if span:
            out.append(span)
    return tuple(out)


def _with_lead(text: str, lead: str, sentence: str) -> str | None:
    """The verbatim span from `lead` through `sentence` (the sentence a short answer completes), if both are whole."""
    if lead.endswith(CUT_MARK) or sentence.endswith(CUT_MARK):
        return None
    end = text.find(sentence)
    start = text.rfind(lead, 0, max(end, 0))
    return text[start:end + len(sentence)] if end >= 0 and start >= 0 else None


def _candidates(citations: tuple[Citation, ...], terms: dict[str, float], answer_type: str | None = None):
    """(score, citation number, position, sentence) for every scoring sentence of the cited passages.

    When a kind of answer is asked for, a sentence that holds one but none of the question's words ("- Pour 5
    ans" under "Contrat entre l'ARS et une collectivité…") is quoted together with the sentence before it; on a
    tie that fuller quote comes before the lead alone."""
    out = []
    for citation in citations:
        decay = 1.0 - RANK_DECAY * (citation.n - 1)
        sentences = verbatim_sentences(citation.text)
        for position, sentence in enumerate(sentences):
            rank: float = position
            score = _sentence_score(terms, sentence)
            if score == 0 and position and holds(answer_type, sentence):
                lead = sentences[position - 1]
                joined = _with_lead(citation.text, lead, sentence)
                if joined and len(joined) <= MAX_SENTENCE_CHARS:
                    sentence, score, rank = joined, _sentence_score(terms, lead), position - 1.5
            if len(sentence) < MIN_SENTENCE_CHARS or score <= 0:
                continue
            score *= _shape_factor(sentence, terms, answer_type) * decay
            out.append((score, citation.n, rank, sentence))
    out.sort(key=lambda c: (-c[0], c[1], c[2]))
    return out


def _pick(candidates, limit: int, taken: set[str]) -> list[AnswerSentence]:
    picked = []
    best = candidates[0][0] if candidates else 0.0
    for score, n, _, sentence in candidates:
        if score < WEAK_SENTENCE * best:
            break  # a much weaker sentence adds noise, not an answer
        if any(sentence in other or other in sentence for other in taken):
            continue  # already quoted, alone or with the sentence it leads
        picked.append(AnswerSentence(sentence, n))
        taken.add(sentence)
        if len(picked) == limit:
            break
    return picked


def build_answer(result: RetrievalResult, citations: tuple[Citation, ...], settings: Settings) -> Answer:
    if not citations or result.evidence < settings.abstain_threshold:
        return Answer(sentences=(), abstained=True)
    analysis = result.analysis
    answer_type = analysis.answer_type
    taken: set[str] = set()
    if analysis.sides:
        sentences: list[AnswerSentence] = []
        per_side = max(1, settings.answer_sentences - 1)
        for side in analysis.sides:
            # A side's own words count fully; the rest of the question only breaks ties.
            terms = {t: 0.25 * w for t, w in analysis.terms.items()} | side.terms
            sentences += _pick(_candidates(citations, terms, answer_type), per_side, taken)
    else:
        sentences = _pick(_candidates(citations, analysis.terms, answer_type), settings.answer_sentences, taken)
    if not sentences:
        best = citations[0]
        first = verbatim_sentences(best.text)[:1]
        sentences = [AnswerSentence(first[0] if first else best.text[:MAX_SENTENCE_CHARS].strip(), best.n)]
    return Answer(sentences=tuple(sentences), abstained=False)
