"""Query analysis: weighted terms, glossary expansions, comparison sides and follow-up resolution."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.models import Turn
from assistant.search.answer_types import expected_type, has_question_word
from assistant.search.glossary import Glossary
from assistant.text import content_terms, fold, prefix_term, words

# "X vs Y", "différence(s) entre X et Y", "comparer X et Y", "X et Y : quelles différences", "X ou Y ?"
_COMPARISONS = [
    re.compile(r"^(?P<a>.+?)\s+(?:vs\.?|versus|v\.s\.|contre)\s+(?P<b>.+)$", re.I),
    re.compile(r"diff[ée]ren(?:ce|ces|cier)\s+(?:entre\s+|de\s+)?(?P<a>.+?)\s+(?:et|avec|de)\s+(?P<b>.+)$", re.I),
    re.compile(r"compar(?:er|aison|e)\s+(?:entre\s+)?(?P<a>.+?)\s+(?:et|avec|à)\s+(?P<b>.+)$", re.I),
    re.compile(r"^(?P<a>.+?)\s+et\s+(?P<b>.+?)\s*:\s*(?:quelles?|comment|quels?)\b.*$", re.I),
    re.compile(r"^(?:(?:faut-il|vaut-il mieux|choisir)\s+)?(?P<a>[^?]+?)\s+ou\s+(?P<b>[^?]+?)\s*\?\s*$", re.I),
]
_SIDE_TAIL = re.compile(r"\s*[:?!.]+.*$|\s+(?:quelles?|quels?)\s+diff[ée]rences?.*$", re.I)
_FOLLOW_UP_START = re.compile(r"^(?:et|mais|aussi|pareil|idem|même question|et pour|et dans|et en|et à)\b", re.I)
FOLLOW_UP_MAX_TERMS = 2
PREVIOUS_TURN_WEIGHT = 0.5
# A long form typed in full names the same thing as its acronym: the acronym counts as a typed word.
LONG_FORM_TO_ACRONYM_WEIGHT = 1.0
# Word-family prefixes match morphology the stemmer misses, at a fraction of a word's weight.
PREFIX_WEIGHT = 0.4


@dataclass(frozen=True)
class QuerySide:
    """One side of a comparison: its words and weighted terms."""

    text: str
    terms: dict[str, float]


@dataclass(frozen=True)
class QueryAnalysis:
    """What retrieval needs to know about a question."""

    question: str
    text: str  # the question after follow-up resolution (what the embedder reads)
    typed_terms: tuple[str, ...]  # content terms the person wrote (after resolution)
    terms: dict[str, float]  # typed terms (weight 1) + expansions (their own weight) + earlier turns
    sides: tuple[QuerySide, ...] = ()
    expansions: dict[str, list[str]] = field(default_factory=dict)
    follow_up: bool = False
    answer_type: str | None = None  # "count", "duration", "share", "date" (answer_types.py) or None


def expand(text: str, glossary: Glossary, weight: float) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Glossary expansions both ways: an acronym adds its long form's terms, a long form adds its acronym."""
    typed = set(content_terms(text))
    tokens = {w for w in words(text)}
    added: dict[str, float] = {}
    shown: dict[str, list[str]] = {}
    for acronym, forms in glossary.entries.items():
        acro_terms = content_terms(acronym)
        if fold(acronym) in tokens or fold(acronym) + "s" in tokens:
            for long_form in forms:
                long_terms = [t for t in content_terms(long_form) if t not in typed]
                for t in long_terms:
                    added[t] = max(added.get(t, 0.0), weight / max(1.0, len(long_terms) ** 0.5))
                shown.setdefault(acronym, []).append(long_form)
        else:
            for long_form in forms:
                long_terms = content_terms(long_form)
                if long_terms and all(t in typed for t in long_terms):
                    for t in acro_terms:
                        if t not in typed:
                            added[t] = max(added.get(t, 0.0), LONG_FORM_TO_ACRONYM_WEIGHT)
                    shown.setdefault(acronym, []).append(long_form)
                    break
    return added, shown


def weighted_terms(text: str, glossary: Glossary, expansion_weight: float):
    """(typed terms, weighted terms with expansions and word-family prefixes, expansions shown)."""
    typed = content_terms(text)
    terms = {t: 1.0 for t in typed}
    added, shown = expand(text, glossary, expansion_weight)
    for t, w in added.items():
        terms.setdefault(t, w)
    for t, w in list(terms.items()):
        prefix = prefix_term(t)
        if prefix:
            terms[prefix] = max(terms.get(prefix, 0.0), w * PREFIX_WEIGHT)
    return typed, terms, shown


def comparison_sides(question: str) -> tuple[str, str] | None:
    """The two things compared, when the question is a comparison."""
    q = question.strip()
    for pattern in _COMPARISONS:
        m = pattern.search(q)
        if not m:
            continue
        a = re.sub(r"^(?:entre|les?|la|l['’]|un|une|des)\s*", "", m.group("a").strip(" :,-"), flags=re.I)
        b = _SIDE_TAIL.sub("", m.group("b")).strip(" :,-")
        if content_terms(a) and content_terms(b):
            return a, b
    return None


def is_follow_up(question: str, conversation: Sequence[Turn]) -> bool:
    if not conversation:
        return False
    return bool(_FOLLOW_UP_START.match(question.strip())) or len(content_terms(question)) <= FOLLOW_UP_MAX_TERMS


def analyse(question: str, glossary: Glossary, expansion_weight: float,
            conversation: Sequence[Turn] = ()) -> QueryAnalysis:
    follow_up = is_follow_up(question, conversation)
    typed, terms, shown = weighted_terms(question, glossary, expansion_weight)
    text = question
    if follow_up:
        previous = conversation[-1].question
        text = f"{previous} {question}"
        _, earlier, _ = weighted_terms(previous, glossary, expansion_weight)
        for t, w in earlier.items():
            terms.setdefault(t, w * PREVIOUS_TURN_WEIGHT)
    answer_type = expected_type(question)
    if answer_type is None and follow_up and not has_question_word(question):
        answer_type = expected_type(conversation[-1].question)  # "et en Occitanie ?" after "combien…"
    sides: tuple[QuerySide, ...] = ()
    pair = comparison_sides(question)
    if pair:
        sides = tuple(
            QuerySide(side, weighted_terms(side, glossary, expansion_weight)[1]) for side in pair
        )
    return QueryAnalysis(question=question, text=text, typed_terms=tuple(typed), terms=terms,
                         sides=sides, expansions=shown, follow_up=follow_up,
                         answer_type=answer_type)
