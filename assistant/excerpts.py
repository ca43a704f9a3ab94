"""Excerpts of passages and where a question's words are in them: one rule for every front end.

The words are the core's own analysis of the question (`highlight_terms`: its content terms, stemmed and
folded), matched as word prefixes without regard to accents or case, so "élus" marks "Élus" and "impliquer"
marks "impliqués"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from assistant.text import content_terms

MIN_TERM_CHARS = 3  # shorter stems ("a", "l") would mark half the words of a passage
EXCERPT_CHARS = 260  # what a list of sources shows of each passage
QUOTE_PROBE_CHARS = 60  # the quoted words are found in the passage by their beginning


def highlight_terms(question: str) -> tuple[str, ...]:
    """The question's terms worth marking in a passage, longest first (a longer one wins an overlap)."""
    terms = {t for t in content_terms(question)
             if len(t) >= MIN_TERM_CHARS and not (t.isdigit() and len(t) < 4)}
    return tuple(sorted(terms, key=lambda t: (-len(t), t)))


def fold_in_place(text: str) -> str:
    """Lower case without accents, one character out for each character in (spans stay valid)."""
    out = []
    for char in text:
        stripped = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        out.append(stripped[:1].lower() if len(stripped) == 1 else char.lower())
    return "".join(out)


def term_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the words of `text` that start with one of `terms`."""
    terms = list(terms)
    if not terms:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\w*")
    return [m.span() for m in pattern.finditer(fold_in_place(text))]


def excerpt(text: str, terms: Iterable[str] = (), limit: int = EXCERPT_CHARS, quote: str = "") -> str:
    """At most about `limit` characters of `text` on one line, around the words the answer quotes from it
    (`quote`) or else its first match of `terms`, cut at word boundaries and marked "…" where something was
    left out."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    quoted = text.find(" ".join(quote.split())[:QUOTE_PROBE_CHARS]) if quote.strip() else -1
    spans = [(quoted, quoted)] if quoted >= 0 else term_spans(text, terms)
    start = 0
    if spans and spans[0][0] > limit // 3:
        start = spans[0][0] - limit // 4
        space = text.rfind(" ", 0, start)
        start = space + 1 if space > 0 else start
    end = start + limit
    space = text.rfind(" ", start, end)
    end = space if space > start + limit // 2 else end
    return ("…" if start else "") + text[start:end].rstrip(" ,;:") + "…"
