"""Where a citation points: the seconds of a transcript's quoted sentences, and a link that opens that place
(a PDF page, a second of the replay, the quoted words of a web page)."""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import quote, urlsplit, urlunsplit

from assistant.models import Answer, DocumentMeta, Location, Passage

MEDIA_SUFFIXES = (".mp4", ".webm", ".mp3", ".m4a", ".ogg", ".oga", ".ogv", ".wav", ".mov", ".m4v", ".aac", ".flac")
FRAGMENT_WORDS = 4  # words each side of a long quote in a text fragment (textStart,textEnd)
FRAGMENT_WHOLE_CHARS = 80  # a quote this short is the fragment itself
_MARKER = re.compile(r"\[\d+\]|https?://\S+")


NEAR_S = 60.0  # quoted sentences this close to the first one quoted share its time range


def quoted_location(passage: Passage, spans: list[tuple[int, int]]) -> Location:
    """For a transcript passage, the time of the quoted sentences: from the cue holding the first quoted
    character to the end of the cue holding the last one, over the sentences said within NEAR_S of the one
    quoted first (`spans` in the answer's order: the sentence that answers comes first, so the range and its
    link land on it, not minutes earlier); otherwise the passage's own location."""
    if passage.location.kind != "time" or not passage.cues or not spans:
        return passage.location
    times = [(_cue_at(passage, a), _cue_at(passage, max(a, b - 1))) for a, b in spans]
    anchor = times[0][0].start
    near = [(first, last) for first, last in times if abs(first.start - anchor) <= NEAR_S]
    start = min(first.start for first, _ in near)
    return Location(kind="time", start=start, end=max(max(last.end for _, last in near), start),
                    section=passage.location.section)


def moments(answer: Answer, passages: list[Passage]) -> Answer:
    """The answer with each sentence said more than NEAR_S away from the first one quoted from its transcript
    passage given a citation number of its own (after the passages' numbers, `passage` keeping which one it
    quotes): its citation then points at its own seconds, not minutes away. `passages[k - 1]` is passage [k]."""
    anchors: dict[int, list[tuple[float, int]]] = {}  # passage number -> (time, citation number) of its moments
    free = len(passages) + 1

    def located(sentence):
        nonlocal free
        if sentence.passage or not sentence.spans or not 0 < sentence.n <= len(passages):
            return sentence
        passage = passages[sentence.n - 1]
        if passage.location.kind != "time" or not passage.cues:
            return sentence
        at = _cue_at(passage, sentence.spans[0][0]).start
        known = anchors.setdefault(sentence.n, [])
        number = next((n for time, n in known if abs(time - at) <= NEAR_S), None)
        if number is None:  # the passage's first moment keeps its number, a later one takes the next free one
            if known:
                number, free = free, free + 1
            else:
                number = sentence.n
            known.append((at, number))
        return sentence if number == sentence.n else replace(sentence, n=number, passage=sentence.n)

    parts = tuple(replace(part, sentences=tuple(located(s) for s in part.sentences)) for part in answer.parts)
    return replace(answer, parts=parts)


def _cue_at(passage: Passage, offset: int):
    """The cue whose text holds the character at `offset` (the last cue starting at or before it)."""
    chosen = passage.cues[0]
    for cue in passage.cues:
        if cue.offset <= offset:
            chosen = cue
        else:
            break
    return chosen


def deep_link(meta: DocumentMeta, location: Location, quote_text: str | None = None) -> str | None:
    """The address that opens the cited place, or the document's own url; None without one."""
    url = meta.url
    if not url:
        return None
    parts = urlsplit(url)
    path = parts.path.lower()
    if location.kind == "time":
        second = int(location.start)
        if path.endswith(MEDIA_SUFFIXES):
            return urlunsplit(parts._replace(fragment=f"t={second}"))
        query = "&".join(p for p in parts.query.split("&") if p and not p.startswith("t=")) if parts.query else ""
        query = f"{query}&t={second}" if query else f"t={second}"
        return urlunsplit(parts._replace(query=query, fragment=""))
    if location.kind in ("page", "slide") and path.endswith(".pdf"):
        return urlunsplit(parts._replace(fragment=f"page={int(location.start)}"))
    if location.kind == "section" and quote_text and parts.scheme in ("http", "https") and not _is_file(path):
        fragment = text_fragment(quote_text)
        if fragment:
            return urlunsplit(parts._replace(fragment=f":~:text={fragment}"))
    return url


def _is_file(path: str) -> bool:
    return bool(re.search(r"\.(?:pdf|docx?|odt|pptx?|odp|xlsx?|zip|txt|vtt|srt)$", path)) or path.endswith(MEDIA_SUFFIXES)


def text_fragment(quote_text: str) -> str:
    """A URL text fragment (WICG Text Fragments) matching the quote: the quote itself when short, else its
    first and last few words (textStart,textEnd); link markers and addresses left out. A quote that reads
    several cells or lines of the page as one ("Enveloppe totale : 600 000 € …", "Département · 2024 : Loiret (45)
    — 86 · …", lines joined by " · ", parts by " … ") holds joining marks the page does not print: it is matched
    from the words of its first piece to those of its last, whatever lies between."""
    text = " ".join(_MARKER.sub(" ", quote_text).split())
    pieces = [p.split() for p in _JOINS.split(text) if p.split()]
    if not pieces:
        return ""
    if len(pieces) > 1:
        return f"{_encode(' '.join(pieces[0][:FRAGMENT_WORDS]))},{_encode(' '.join(pieces[-1][-FRAGMENT_WORDS:]))}"
    words = pieces[0]
    whole = " ".join(words)
    if len(whole) <= FRAGMENT_WHOLE_CHARS or len(words) <= 2 * FRAGMENT_WORDS:
        return _encode(whole)
    return f"{_encode(' '.join(words[:FRAGMENT_WORDS]))},{_encode(' '.join(words[-FRAGMENT_WORDS:]))}"


# What the reading adds between a page's cells or lines, and an answer between the pieces it quotes: " : " after a
# label (a <dt>, a table's header over its row), " · ", " — " and " ; " between cells, " … " for words left out.
_JOINS = re.compile(r"\s(?::|·|—|;|…)\s|\s…$|^…\s")


def _encode(text: str) -> str:
    """Percent-encode for a text directive: also "-", "," and "&", which the syntax reserves."""
    return quote(text, safe="").replace("-", "%2D")
