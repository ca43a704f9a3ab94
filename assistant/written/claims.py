"""A written reply cut into claims: each sentence with the passage numbers it cites ([2], [1][3], [1, 2], [2-3])."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARKS = r"\[\s*\d+(?:\s*[,;–-]\s*\d+)*\s*\]"
MARK = re.compile(_MARKS)
# A mark written after the sentence's full stop ("… en 2015. [1]") belongs to the sentence before it.
_MARKS_AFTER_STOP = re.compile(rf"([.!?…])((?:\s*{_MARKS})+)")
# A sentence ends at . ! ? … followed by a space and a capital, a digit, a quote or a bullet.
_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"(A-ZÀ-ÖØ-Ý0-9•\-–])")
_ABBREVIATION = re.compile(r"(?:\b[A-ZÀ-Ý]|\b(?:p|pp|cf|art|etc|ex|env|M|Mme|Mmes|MM|Dr|Pr|St|n°|vol|chap))\.$")
_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")
_MARKUP = re.compile(r"\*\*|__|^#{1,6}\s*|`", re.M)
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_STOP = re.compile(r"\s+([.,…])")  # French keeps its space before ; : ! ?


@dataclass(frozen=True)
class Claim:
    """One sentence of a written reply, without its marks, and the passage numbers it cites (in order)."""

    text: str
    cites: tuple[int, ...]
    bulleted: bool = False  # written as an item of a list


def cited_numbers(marks: str) -> tuple[int, ...]:
    """The numbers of marks, in order, once each: "[1][3]" -> (1, 3), "[2-4]" -> (2, 3, 4)."""
    found: dict[int, None] = {}
    for mark in MARK.findall(marks):
        for part in re.split(r"\s*[,;]\s*", mark.strip("[] ")):
            bounds = [int(x) for x in re.split(r"\s*[–-]\s*", part) if x.strip().isdigit()]
            if len(bounds) == 2 and 0 < bounds[1] - bounds[0] < 10:
                bounds = list(range(bounds[0], bounds[1] + 1))
            for n in bounds:
                found.setdefault(n, None)
    return tuple(found)


def complete_claims(text: str) -> tuple[list[Claim], str]:
    """The claims of the sentences already finished in a reply being streamed, and the unfinished rest.

    A sentence is finished when a newline or another sentence follows it: its marks may still come."""
    ends = (m.start() for m in _END.finditer(text) if not _ABBREVIATION.search(text[:m.start()]))
    cut = max(text.rfind("\n"), *ends, -1)
    if cut < 0:
        return [], text
    return claims(text[:cut]), text[cut:].lstrip()


def claims(text: str) -> list[Claim]:
    """Every sentence of a finished reply with the passages it cites; a sentence without a mark cites none."""
    text = _MARKUP.sub("", text)
    result: list[Claim] = []
    for line in text.splitlines():
        bulleted = bool(_BULLET.match(line))
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        line = _MARKS_AFTER_STOP.sub(lambda m: f"{m.group(2)}{m.group(1)}", line)
        for sentence in _sentences(line):
            cites = cited_numbers(sentence)
            plain = _SPACE_BEFORE_STOP.sub(r"\1", _SPACES.sub(" ", MARK.sub(" ", sentence))).strip()
            if any(ch.isalnum() for ch in plain):
                result.append(Claim(plain, cites, bulleted))
    return result


def _sentences(line: str) -> list[str]:
    """The sentences of one line, not cut after an initial or an abbreviation ("M. Martin", "p. 12")."""
    pieces: list[str] = []
    start = 0
    for match in _END.finditer(line):
        piece = line[start:match.start()]
        if _ABBREVIATION.search(piece):
            continue
        pieces.append(piece)
        start = match.end()
    pieces.append(line[start:])
    return [p for p in pieces if p.strip()]
