"""Expected answer types: what a question asks for (a duration, a share, a date, a count) and whether a text holds one.

"Pour quelle durée…" wants "5 ans", "quelle part…" wants "70 %", "en quelle année…" wants "2016", "combien…"
wants a number. Retrieval gives a bonus to the candidate passages that hold an answer of the expected type, and the
answer prefers the sentences that do. Patterns read folded text (lower case, accents dropped), French first,
English too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import URL, fold

_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_DATE = re.compile(rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\b\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b")
_TIME = re.compile(r"\b\d{1,2}\s*(?:h|:)\s*\d{2}\b|\b\d{1,2}\s*h\b")  # 17:41, 14h30, 9h
_SMALL_NUMBER = r"(?:\d+(?:[,.]\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente)"
_UNITS_FR = r"annees|ans|mois|semaines|jours|heures|minutes"
_UNITS_EN = r"years|months|weeks|days|hours|minutes"

# "quelle", "quel est le", "quelles sont les"…
_WHICH = r"\bquel(?:le)?s? (?:(?:est|sont|etait|etaient) (?:la |le |les |l')?)?"
# "Quand faut-il…", "Quand un patient refuse, que faire ?": "quand" introduces a situation, not a date.
_WHEN_AS_DATE = (r"^\s*(?:et |mais )?quand\b(?![^?]*,)(?!\s+(?:faut|doi[st]|doivent|peu[tx]|peuvent|convient)\b)|"
                 r"\bquand\s*\?\s*$|\b(?:depuis|a partir de|jusqu'a|de) quand\b")

# Most specific first: "combien de temps" is a duration before it is a count.
QUESTION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("duration", re.compile(_WHICH + r"duree\b|^\s*(?:la )?duree\b|\bcombien de temps\b|\bpendant combien\b|"
                            rf"\bcombien (?:de |d')(?:{_UNITS_FR})\b|\bhow long\b|\bhow many (?:{_UNITS_EN})\b")),
    ("share", re.compile(_WHICH + r"(?:part|proportion|pourcentage|taux|ratio)\b|\ben quelle proportion\b|"
                         r"\bwhat (?:is the )?(?:percentage|percent|proportion|share|rate)\b")),
    ("date", re.compile(_WHEN_AS_DATE + r"|\ben quelle annee\b|" + _WHICH + r"(?:annees?|dates?|periodes?)\b|"
                        r"^\s*when\b(?!\s+(?:should|must|can|could|do|does)\b)|\bsince when\b|"
                        r"\b(?:what|which|in what|in which) year\b")),
    ("count", re.compile(r"\bcombien\b|" + _WHICH + r"nombre\b|\bhow (?:many|much)\b|\bwhat (?:is the )?number\b")),
)

ANSWER_PATTERNS: dict[str, re.Pattern[str]] = {
    "duration": re.compile(rf"\b{_SMALL_NUMBER}\s*(?:ans?|annees?|mois|semaines?|jours?|heures?|h|min|minutes?|"
                           r"years?|months?|weeks?|days?|hours?)\b|\b\d{1,2}\s*h\s*\d{2}\b"),
    "share": re.compile(r"\d\s*%|\bpour ?cent\b|\bper ?cent\b|\bmoitie\b|\b\d+\s+sur\s+\d+\b|"
                        r"\b(?:un|deux|trois|\d+)\s+(?:tiers|quarts?)\b(?!-)"),  # not "tiers-lieux", "quatre quarts"
    "date": re.compile(r"\b(?:19|20)\d\d\b|" + _DATE.pattern),
    "count": re.compile(r"\d"),
}
# A question word of its own: a follow-up that has one does not inherit the previous question's type.
_QUESTION_WORD = re.compile(r"\b(?:comment|pourquoi|qui|que|quoi|ou|quel\w*|combien|quand|lequel|laquelle|"
                            r"how|why|who|what|which|where|when)\b")


def expected_type(question: str) -> str | None:
    """The kind of answer the question asks for, or None for an open question."""
    folded = fold(question)
    return next((name for name, pattern in QUESTION_PATTERNS if pattern.search(folded)), None)


def has_question_word(question: str) -> bool:
    """True when the question says what it asks ("comment", "qui", "combien"…), as "et en Occitanie ?" does not."""
    return bool(_QUESTION_WORD.search(fold(question)))


def holds(answer_type: str | None, text: str) -> bool:
    """True when the text holds an answer of that type. Links are left out (their digits answer nothing);
    dates and times answer "quand", not "combien", and a date is not a duration."""
    return answer_type is not None and _holds(answer_type, text)


@lru_cache(maxsize=20_000)
def _holds(answer_type: str, text: str) -> bool:  # cached: the same passages come back question after question
    text = URL.sub(" ", fold(text))
    if answer_type in ("count", "share"):
        text = _TIME.sub(" ", _DATE.sub(" ", text))
    elif answer_type == "duration":
        text = _DATE.sub(" ", text)
    return bool(ANSWER_PATTERNS[answer_type].search(text))
