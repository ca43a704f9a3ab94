"""Numbered series of headings that run over several passages ("1er enjeu : …", "2e enjeu : …",
"Axe 3 – …"): a report's list whose items each open a page, read as one list."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.store.snapshot import Snapshot
from assistant.text import NUMBERED_LABEL, fold

SERIES_REACH = 4  # passages of a document after one item where the next may still be found
ITEM_MAX_CHARS = 220  # an item is its line up to the end of its first sentence, and no longer than this
_ORDINAL_WORDS = {"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3,
                  "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9,
                  "dixieme": 10}
_BULLET = r"^[ \t]*(?:[-•▪◦●■→➔][ \t]*)?"
# "1er enjeu", "2e axe", "3ème priorité", "4° objectif" (folded text)
_NUMBER_FIRST = re.compile(_BULLET + r"(?P<n>\d{1,2})[ \t]*(?:er|ere|re|e|eme|ieme|°)[ \t]+(?P<noun>[a-z]{3,})")
# "Axe 1 :", "Objectif n° 2 -", "Étape 3." (folded text)
_NOUN_FIRST = re.compile(_BULLET + r"(?P<noun>[a-z]{3,})[ \t]+(?:n°[ \t]*|no[ \t]+)?(?P<n>\d{1,2})[ \t]*[:.)–—-]")
# "Premier enjeu", "Deuxième axe" (folded text)
_WORD_FIRST = re.compile(_BULLET + r"(?P<w>" + "|".join(_ORDINAL_WORDS) + r")[ \t]+(?P<noun>[a-z]{3,})")


# An automatic transcript's unnamed speakers ("Speaker 1:", "Intervenant 2 :", "Locuteur 3 :", folded)
_SPEAKERS = frozenset({"speaker", "intervenant", "intervenante", "locuteur", "locutrice", "orateur", "oratrice",
                       "participant", "participante", "personne", "voix"})


def numbered_item(line: str) -> tuple[int, str] | None:
    """(number, noun) of a line opening on a numbered heading ("2e enjeu : lutter…" -> (2, "enjeu"))."""
    folded = fold(line)
    if len(folded) != len(line):
        return None
    m = _NUMBER_FIRST.match(folded) or _NOUN_FIRST.match(folded)
    if m and m.groupdict().get("noun") in _SPEAKERS:
        return None  # "Speaker 2: Bonjour Léna.", "Intervenant 3 :": who speaks, not the second item of a list
    if m:
        number = int(m.group("n"))
    else:
        m = _WORD_FIRST.match(folded)
        if not m:
            return None
        number = _ORDINAL_WORDS[m.group("w")]
    return (number, m.group("noun").rstrip("sx")) if number else None


_STOP = re.compile(r"[.!?](?:\s|$)")


@lru_cache(maxsize=5_000)
def _items(text: str) -> tuple[tuple[int, str, tuple[int, int]], ...]:
    """The numbered heading lines of a text: (number, noun, span of the line's first sentence)."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        found = numbered_item(m.group())
        if found:
            start = m.start() + len(m.group()) - len(m.group().lstrip(" \t-•▪◦●■→➔"))
            end = m.end()
            stop = _STOP.search(text, start, end)
            if stop and NUMBERED_LABEL.fullmatch(text[start:stop.end()].strip()):
                stop = _STOP.search(text, stop.end(), end)  # "Recommandation 1. Généraliser…": its text, not its label
            if stop:
                end = stop.end()
            end = min(end, start + ITEM_MAX_CHARS)
            out.append((found[0], found[1], (start, end)))
    return tuple(out)


def numbered_series(snap: Snapshot, row: int) -> list[tuple[int, tuple[int, int]]]:
    """The series a passage takes part in, as (row, span of the item) from item 1 on, over the passages of
    its document that follow one another (each within SERIES_REACH of the item before); [] when the
    passage holds no item, or the series has fewer than two items."""
    own = _items(snap.passages[row].text)
    if not own:
        return []
    number, noun, _ = own[0]
    start = row  # walk back to the passage holding item 1
    while number > 1 and start > 0 and row - start < SERIES_REACH * number and snap.same_doc_as_previous[start]:
        start -= 1
        earlier = [i for i in _items(snap.passages[start].text) if i[1] == noun and i[0] < number]
        if earlier:
            number = earlier[0][0]
    series: list[tuple[int, tuple[int, int]]] = []
    expected, last_row, r = 1, start, start
    while r < len(snap.passages) and r - last_row <= SERIES_REACH:
        if r > start and not snap.same_doc_as_previous[r]:
            break
        for n, item_noun, span in _items(snap.passages[r].text):
            if item_noun == noun and n == expected:
                series.append((r, span))
                expected, last_row = expected + 1, r
        r += 1
    return series if len(series) >= 2 and any(r == row for r, _ in series) else []
