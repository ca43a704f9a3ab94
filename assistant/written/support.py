"""Whether the passages a written sentence cites support it: its facts (numbers, dates, names, acronyms) are
in them, and its content is close to them (shared words, and the embedder's cosine with their sentences)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from assistant.dates import FOLDED_MONTHS
from assistant.models import Citation
from assistant.text import cased_words, content_terms, fold, is_acronym, is_stopword, stem, term_set
from assistant.written.claims import Claim

# Content closeness. A sentence sharing this share of its words with its passages is supported whatever its
# cosine; one sharing less than the floor is not; in between, the embedder decides (calibrated in
# bench/written_bench.py on faithful restatements and on sentences of other passages: see the README).
LEXICAL_SURE = 0.75
LEXICAL_FLOOR = 0.4
SUPPORT_COSINE = {"e5-small": 0.88, "use-multilingual": 0.5, "minilm": 0.5}
DEFAULT_SUPPORT_COSINE = 0.55
PREFIX = 5  # "coordonne" and "coordination" share their first letters: the same notion written otherwise

_NUMBER = re.compile(r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
_UNITS = {w: i for i, w in enumerate("zero un deux trois quatre cinq six sept huit neuf dix onze douze treize "
                                       "quatorze quinze seize".split())}
_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 10**6, "millions": 10**6}
_FRACTIONS = {"moitie": "50", "quart": "25", "tiers": "33"}  # "la moitié" of the CLSM reads as 50 %
_MONTHS = {m: str(i) for i, m in enumerate(FOLDED_MONTHS, start=1)}
_SPELLED = re.compile(r"\b(?:(?:" + "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
                      + r")(?:[\s-]+(?:et[\s-]+)?|\b))+")


def spelled_numbers(text: str) -> set[str]:
    """Numbers written in words ("quarante-cinq", "deux cents", "trois mille") and months ("décembre" -> 12),
    as digits; "un" and "une" alone are articles, not numbers."""
    folded = fold(text)
    found = {_MONTHS[w] for w in re.findall(r"[a-z]+", folded) if w in _MONTHS}
    found |= {_FRACTIONS[w] for w in re.findall(r"[a-z]+", folded) if w in _FRACTIONS}
    for match in _SPELLED.finditer(folded):
        words = [w for w in re.split(r"[\s-]+", match.group().strip(" -")) if w and w != "et"]
        if words in (["un"], ["une"], []):
            continue
        total = current = 0
        for word in words:
            if word in _UNITS:
                current += _UNITS[word]
            elif word in _TENS:
                current = current * 20 if word.startswith("vingt") and current in (4,) else current + _TENS[word]
            elif _SCALES[word] >= 1000:
                total += max(current, 1) * _SCALES[word]
                current = 0
            else:
                current = max(current, 1) * _SCALES[word]
        found.add(str(total + current))
    return found


def numbers(text: str) -> set[str]:
    """The numbers of a text, written one way: "2 150" -> "2150", "1,5" -> "1.5", "03" -> "3"."""
    found = set()
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"[\u00a0\u202f ]", "", match.group()).replace(",", ".")
        try:
            value = float(digits)
        except ValueError:
            continue
        found.add(f"{value:f}".rstrip("0").rstrip("."))
    return found


@dataclass(frozen=True)
class Verdict:
    """What the check found: supported or not (and why not, in English for logs and tests), and the passage
    sentence closest to the claim, where its citation should point."""

    supported: bool
    reason: str = ""
    n: int = 0
    span: tuple[int, int] | None = None
    lexical: float = 0.0
    cosine: float = 0.0


@dataclass
class Source:
    """One numbered passage as the check reads it: its text and its document's title, date and organisers."""

    citation: Citation
    spans: np.ndarray | None = None  # (k, 2) character spans of its sentences
    vectors: np.ndarray | None = None  # (k, dim) their unit vectors

    @cached_property
    def text(self) -> str:
        c = self.citation
        return "\n".join([c.text, c.title, c.date or "", " ".join(c.organisers), c.context])

    @cached_property
    def words(self) -> set[str]:
        return {fold(w) for w in cased_words(self.text)}

    @cached_property
    def terms(self) -> frozenset[str]:
        return term_set(self.text)

    @cached_property
    def numbers(self) -> set[str]:
        return numbers(self.text) | spelled_numbers(self.text)


class Sources:
    """The passages given to the model, numbered as cited, with what the check needs of the index."""

    def __init__(self, sources: Mapping[int, Source], glossary: Mapping[str, Sequence[str]],
                 embed: Callable[[list[str]], np.ndarray] | None = None, cosine_floor: float = DEFAULT_SUPPORT_COSINE):
        self.by_number = dict(sources)
        self.glossary = glossary
        self.embed = embed
        self.cosine_floor = cosine_floor

    def check(self, claim: Claim) -> Verdict:
        """Supported when the sentence cites a given passage, every fact it states is in what it cites, and
        its words (or, in between, its meaning) are close enough to those passages."""
        cited = [self.by_number[n] for n in claim.cites if n in self.by_number]
        if not claim.cites:
            return Verdict(False, "no citation")
        if not cited:
            return Verdict(False, "cites a passage that was not given")
        missing, spelled = self.facts(claim.text, cited)
        if missing:
            return Verdict(False, f"not in its passages: {missing}")
        lexical = self.shared_words(claim.text, cited, spelled)
        n, span, cosine = self._closest(claim.text, cited)
        close = cosine is None or cosine >= self.cosine_floor  # without vectors, the words alone decide
        if lexical >= LEXICAL_SURE or (lexical >= LEXICAL_FLOOR and close):
            return Verdict(True, "", n, span, lexical, cosine or 0.0)
        return Verdict(False, f"too far from its passages (words {lexical:.2f}, cosine {cosine or 0:.2f})", n,
                       span, lexical, cosine or 0.0)

    # -- facts ---------------------------------------------------------------------------
    def facts(self, text: str, cited: list[Source]) -> tuple[str, frozenset[str]]:
        """(the first number, acronym or name of the sentence that none of its passages holds, "" if none;
        the terms of the acronyms a passage writes out in full instead, which count as held words)."""
        missing = ""
        have_numbers = set().union(*(s.numbers for s in cited))
        for number in sorted(numbers(text) | spelled_numbers(text)):
            if number not in have_numbers:
                missing = missing or number
        have_words = set().union(*(s.words for s in cited))
        spelled: set[str] = set()
        for i, word in enumerate(cased_words(text)):
            folded = fold(word)
            if folded in have_words or not word[0].isupper() or word.isdigit():
                continue
            if is_acronym(word):
                if self._spelled_out(word, cited):
                    spelled |= term_set(word)
                else:
                    missing = missing or word
            elif i > 0 and len(word) >= 3 and not is_stopword(word) and not self._same_stem(word, cited):
                missing = missing or word  # a name written with a capital inside the sentence: "Brest"
        return missing, frozenset(spelled)

    def _spelled_out(self, acronym: str, cited: list[Source]) -> bool:
        """True when a passage writes the acronym's long form (the mined glossary's) instead of it."""
        for long_form in self.glossary.get(acronym, ()):
            terms = set(content_terms(long_form))
            if terms and any(terms <= source.terms for source in cited):
                return True
        return False

    @staticmethod
    def _same_stem(word: str, cited: list[Source]) -> bool:
        """A capitalised common word ("Conseil", "Coordinatrices") differs from the passage only by its form."""
        return any(stem(word.lower()) in source.terms for source in cited)

    # -- closeness -----------------------------------------------------------------------
    @staticmethod
    def shared_words(text: str, cited: list[Source], spelled: frozenset[str] = frozenset()) -> float:
        """The share of the sentence's words its passages hold (by stem, or by their first letters); an
        acronym a passage writes out in full (`spelled`) counts as held."""
        terms = term_set(text)
        if not terms:
            return 0.0
        have = frozenset().union(*(s.terms for s in cited)) | spelled
        prefixes = {t[:PREFIX] for t in have if len(t) >= PREFIX}
        held = sum(1 for t in terms if t in have or (len(t) >= PREFIX and t[:PREFIX] in prefixes))
        return held / len(terms)

    def _closest(self, text: str, cited: list[Source]) -> tuple[int, tuple[int, int] | None, float | None]:
        """(passage number, sentence span, cosine) of the cited sentence closest to the claim. Without
        sentence vectors the sentence sharing most words is chosen, and the cosine is None."""
        with_vectors = self.embed is not None and all(s.vectors is not None for s in cited)
        query = self.embed([text])[0].astype(np.float32) if with_vectors else None
        mine = term_set(text)
        best: tuple[int, tuple[int, int] | None, float] = (cited[0].citation.n, None, -1.0)
        for source in cited:
            if source.spans is None or not len(source.spans):
                continue
            if query is not None:
                scores = np.asarray(source.vectors, dtype=np.float32) @ query
            else:
                scores = np.array([len(mine & term_set(source.citation.text[a:b])) / max(1, len(mine))
                                   for a, b in source.spans])
            i = int(np.argmax(scores))
            if scores[i] > best[2]:
                best = (source.citation.n, (int(source.spans[i][0]), int(source.spans[i][1])), float(scores[i]))
        return best[0], best[1], (best[2] if query is not None and best[1] is not None else None)
