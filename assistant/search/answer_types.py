"""Expected answer types: what a question asks for (a duration, a share, a year, a count) and whether a text holds one.

"Pour quelle durée…" wants "5 ans", "quelle part…" wants "70 %", "combien…" wants a number. Retrieval gives a
small bonus to the candidate passages that hold an answer of the expected type, and the answer prefers the
sentences that do. Patterns read folded text (lower case, accents dropped), French first, English too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import fold

_URL = re.compile(r"https?://\S+|www\.\S+")
_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
# "31/07/2023", "17:41", "2 février 2023": a date or a time answers "quand", not "combien"
_DATE_OR_TIME = re.compile(rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\b\d{{1,2}}\s*[h:]\s*\d{{2}}\b|"
                           rf"\b\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b")
_SMALL_NUMBER = r"(?:\d+(?:[,.]\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente)"

# Question patterns, most specific first: "combien de temps" is a duration before it is a count.
_WHICH = r"\bquel(?:le)?s? (?:(?:est|sont|etait|etaient) (?:la |le |les |l')?)?"  # "quelle", "quel est le"…
QUESTION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("duration", re.compile(r"\bduree\b|\bcombien de temps\b|\bpendant combien\b|\bpour combien d|"
                            r"\bcombien d'?(?:annees|ans|mois|semaines|jours|heures)\b|"
                            r"\bhow long\b|\bfor how many (?:years|months)\b")),
    ("share", re.compile(_WHICH + r"(?:part|proportion|pourcentage|taux|ratio)\b|"
                         r"\ben quelle proportion\b|\bwhat (?:percentage|proportion|share|rate)\b")),
    ("year", re.compile(r"^\s*(?:et\s+)?quand\b|\b(?:depuis|a partir de|jusqu'a) quand\b|\ben quelle annee\b|"
                        + _WHICH + r"(?:annees?|dates?|periodes?)\b|^\s*when\b|\bsince when\b|\bwhat year\b")),
    ("count", re.compile(r"\bcombien\b|" + _WHICH + r"nombre\b|\bhow (?:many|much)\b")),
)

ANSWER_PATTERNS: dict[str, re.Pattern[str]] = {
    "duration": re.compile(rf"\b{_SMALL_NUMBER}\s*(?:ans?|annees?|mois|semaines?|jours?|heures?|"
                           r"years?|months?|weeks?|days?|hours?)\b"),
    "share": re.compile(r"\d\s*%|\bpour ?cent\b|\bper ?cent\b|\bmoitie\b|\btiers\b|\bquarts?\b|\b\d+\s+sur\s+\d+\b"),
    "year": re.compile(r"\b(?:19|20)\d\d\b"),
    "count": re.compile(r"\d"),
}


def expected_type(question: str) -> str | None:
    """The kind of answer the question asks for, or None for an open question."""
    folded = fold(question)
    return next((name for name, pattern in QUESTION_PATTERNS if pattern.search(folded)), None)


@lru_cache(maxsize=20_000)
def holds(answer_type: str | None, text: str) -> bool:
    """True when the text holds an answer of that type (links left out: their digits answer nothing, and
    dates and times count only as years); cached, as the same passages come back question after question."""
    if answer_type is None:
        return False
    text = _URL.sub(" ", fold(text))
    if answer_type != "year":
        text = _DATE_OR_TIME.sub(" ", text)
    return bool(ANSWER_PATTERNS[answer_type].search(text))
