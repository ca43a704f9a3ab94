"""Extractive answers: the passages' best sentences, verbatim, each with its [n]; or an abstention."""

from __future__ import annotations

from assistant.config import Settings
from assistant.models import Answer, AnswerSentence, Citation
from assistant.search.retrieve import RetrievalResult
from assistant.text import split_sentences, tokenize

MIN_SENTENCE_CHARS = 25
MAX_SENTENCE_CHARS = 400


def _sentence_score(terms: dict[str, float], sentence: str) -> float:
    present = set(tokenize(sentence))
    return sum(w for t, w in terms.items() if t in present)


def _candidates(citations: tuple[Citation, ...], terms: dict[str, float]):
    """(score, citation number, position, sentence) for every sentence of the cited passages."""
    out = []
    for citation in citations:
        text = citation.text
        for position, (start, end) in enumerate(split_sentences(text)):
            sentence = " ".join(text[start:end].split())
            if len(sentence) < MIN_SENTENCE_CHARS:
                continue
            if len(sentence) > MAX_SENTENCE_CHARS:
                sentence = sentence[:MAX_SENTENCE_CHARS].rsplit(" ", 1)[0] + " […]"
            score = _sentence_score(terms, sentence)
            if score > 0:
                # A better-ranked passage wins ties; earlier sentences slightly preferred.
                out.append((score * (1.0 - 0.05 * (citation.n - 1)), citation.n, position, sentence))
    out.sort(key=lambda c: (-c[0], c[1], c[2]))
    return out


def _pick(candidates, limit: int, taken: set[str]) -> list[AnswerSentence]:
    picked = []
    for _, n, _, sentence in candidates:
        if sentence in taken:
            continue
        picked.append(AnswerSentence(sentence, n))
        taken.add(sentence)
        if len(picked) == limit:
            break
    return picked


def build_answer(result: RetrievalResult, citations: tuple[Citation, ...], settings: Settings) -> Answer:
    if not citations or result.evidence < settings.abstain_threshold:
        return Answer(sentences=(), abstained=True)
    analysis = result.analysis
    taken: set[str] = set()
    if analysis.sides:
        sentences: list[AnswerSentence] = []
        per_side = max(1, settings.answer_sentences - 1)
        for side in analysis.sides:
            sentences += _pick(_candidates(citations, side.terms), per_side, taken)
    else:
        sentences = _pick(_candidates(citations, analysis.terms), settings.answer_sentences, taken)
    if not sentences:
        best = citations[0]
        first = split_sentences(best.text)[:1]
        text = " ".join(best.text[first[0][0]:first[0][1]].split()) if first else best.text[:300]
        sentences = [AnswerSentence(text, best.n)]
    return Answer(sentences=tuple(sentences), abstained=False)
