"""Pure cleaning functions: characters, running headers, page numbers, hyphenation, line joins, slide builds."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
}
SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000\t"), " ")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
BULLET_GLYPHS = "•▪◦●■□▫►▶▸‣⁃∙◆◇○➢➤✓✔✗❖➜"
_BULLET_START = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}]\s*)+(?:-\s*)?|^\s*-\s*(?:[{BULLET_GLYPHS}]\s*)+")
LIST_MARKER = re.compile(rf"^\s*(?:[-–—*+→➔⇒=>]|[{BULLET_GLYPHS}]|\d{{1,2}}[.)]\s|[a-z][.)]\s)")
SENTENCE_END = re.compile(r"[.!?…»\"]$")
PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.)\s*)?(\d{1,4})(?:\s*(?:/|sur|of)\s*(\d{1,4}))?$|^[-–—]\s*(\d{1,4})\s*[-–—]$", re.IGNORECASE
)
EXPLICIT_PAGE = re.compile(r"^(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|sur|of)\s*\d{1,4})?$", re.IGNORECASE)

# Hyphen rule, used when the document's own vocabulary does not settle the case (see `join_hyphenated`).
COMPOUND_LEFT = frozenset(
    "de la le les du des en sur sous lès saint sainte st ste t y a l d au aux vis c est dit "
    "médico psycho socio bio éco anti non post pré ex auto demi semi mi néo intra extra inter multi pluri "
    "franco euro afro ouest est nord sud".split()
)
COMPOUND_RIGHT = frozenset("t il ils elle elles on là ci même mêmes être dessus dessous".split())


def normalise_chars(text: str) -> str:
    """NFC, ligatures, non-breaking and odd spaces, invisible characters, bullet glyphs -> "- ", CRLF."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    text = text.translate(SPACES).translate(INVISIBLE)
    lines = [_BULLET_START.sub("- ", line) for line in text.split("\n")]
    return "\n".join(re.sub(r" {2,}", " ", line).strip() for line in lines)


def line_key(line: str) -> str:
    """Comparison key of a line: lowercase, digits as '#', punctuation dropped except a final sentence mark."""
    low = line.strip().lower()
    final = low[-1] if low and low[-1] in ".;:," and not low.endswith("..") else ""
    key = re.sub(r"\d+", "#", low)
    key = " ".join(re.sub(r"[\W_]+", " ", key).split())
    return key + final if key else ""


def has_text(line: str) -> bool:
    """True when the line carries at least one letter or digit."""
    return any(ch.isalnum() for ch in line)


def find_running_lines(pages: list[list[str]], ratio: float = 0.5, min_pages: int = 3) -> set[str]:
    """Keys of short lines found on at least `ratio` of the pages (and on `min_pages` pages): headers, footers."""
    if len(pages) < min_pages:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({line_key(line) for line in lines if len(line) <= 100})
    threshold = max(min_pages, ratio * len(pages))
    return {key for key, n in counts.items() if n >= threshold and key and set(key.split()) != {"#"}}


def drop_running_lines(lines: list[str], running: set[str]) -> list[str]:
    """Remove lines whose key is a running line, also when one is split over two lines ("RETOUR" / "SUR...")."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        if line_key(lines[i]) in running:
            i += 1
            continue
        if i + 1 < len(lines) and line_key(lines[i] + " " + lines[i + 1]) in running:
            i += 2
            continue
        kept.append(lines[i])
        i += 1
    return kept


def is_page_number(line: str, page_no: int, n_pages: int) -> bool:
    """A lone page number ("7", "- 7 -"), "Page 7", "p. 7" or "7/12", close to the page's own number."""
    match = PAGE_NUMBER.match(line.strip())
    if not match:
        return False
    if EXPLICIT_PAGE.match(line.strip()):
        return True
    number = int(match.group(1) or match.group(3))
    total = match.group(2)
    if total is not None:
        return int(total) == n_pages or number == page_no
    return abs(number - page_no) <= 5


def drop_page_numbers(lines: list[str], page_no: int, n_pages: int) -> list[str]:
    """Remove page numbers at the top or bottom of a page, and any explicit "Page N" line."""
    lines = [line for line in lines if not EXPLICIT_PAGE.match(line.strip())]
    while lines and is_page_number(lines[-1], page_no, n_pages):
        lines = lines[:-1]
    while lines and is_page_number(lines[0], page_no, n_pages):
        lines = lines[1:]
    return lines


def strip_page_furniture(pages: list[str], slides: bool = False) -> list[list[str]]:
    """Normalise each page and drop running headers/footers, decorative lines and page numbers."""
    page_lines = [[line for line in normalise_chars(text).split("\n") if line] for text in pages]
    running = find_running_lines(page_lines, ratio=0.6 if slides else 0.5, min_pages=4 if slides else 3)
    result = []
    for number, lines in enumerate(page_lines, start=1):
        lines = [line for line in drop_running_lines(lines, running) if has_text(line)]
        result.append(drop_page_numbers(lines, number, len(pages)))
    return result


def collapse_slide_builds(slides: list[list[str]]) -> list[list[str]]:
    """Keep the fullest version of progressive builds; earlier partial versions become empty slides.

    Two kinds of build are found, both after normalisation (`line_key`):
    - consecutive slides where one slide's text is contained in the next one's: the earlier slide is
      emptied, so the passage cites the slide number of the fullest (last) version;
    - a run of lines that is repeated right after itself with more lines appended (a build exported
      within one page or across a page break): the earlier, partial run is dropped, the fullest kept.
    """
    keys = [" ".join(line_key(line) for line in lines) for lines in slides]
    result = [list(lines) for lines in slides]
    for i in range(len(result) - 1):
        if keys[i] and keys[i] in keys[i + 1]:
            result[i] = []
    return _collapse_repeated_runs(result)


def _collapse_repeated_runs(slides: list[list[str]], window: int = 60) -> list[list[str]]:
    flat = [(s, line, line_key(line)) for s, lines in enumerate(slides) for line in lines]
    keys = [key for _, _, key in flat]
    drop: set[int] = set()
    for i, key in enumerate(keys):
        if i in drop or not key:
            continue
        for j in range(i + 1, min(len(keys), i + window)):
            if keys[j] != key:
                continue
            run = j - i
            if j + run <= len(keys) and keys[i:j] == keys[j : j + run]:
                drop.update(range(i, j))
            break
    result: list[list[str]] = [[] for _ in slides]
    for index, (s, line, _) in enumerate(flat):
        if index not in drop:
            result[s].append(line)
    return result


def vocabulary(text: str) -> Counter[str]:
    """Lowercase word counts of a text (words may contain inner hyphens and apostrophes are split)."""
    return Counter(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.lower()))


def join_hyphenated(left: str, right: str, vocab: Counter[str]) -> str:
    """Join a word cut at a line end ("men-" + "tale"), keeping the hyphen of real compounds.

    Rule, in order: the document's own vocabulary decides when it contains the joined word (drop the
    hyphen) or the hyphenated word (keep it); else keep the hyphen when the right part starts with a
    capital ("Hauts-de-" + "France"), when the left part is already a compound ("c'est-à-"), or when
    either part is a known compound piece ("de", "la", "-t", "médico", "ci", "même"...); else drop it.
    """
    left_word = re.split(r"[\s'’]", left)[-1]
    joined = (left_word + right).lower()
    hyphenated = (left_word + "-" + right).lower()
    if vocab.get(joined, 0) > 0 and vocab.get(joined, 0) >= vocab.get(hyphenated, 0):
        return left + right
    if vocab.get(hyphenated, 0) > 0:
        return left + "-" + right
    last_piece = left_word.split("-")[-1].lower()
    if right[:1].isupper() or "-" in left_word or last_piece in COMPOUND_LEFT or right.lower() in COMPOUND_RIGHT:
        return left + "-" + right
    return left + right


def dehyphenate(lines: list[str], vocab: Counter[str]) -> list[str]:
    """Re-join words hyphenated across consecutive lines; the right part moves up to the left line."""
    out = list(lines)
    for i in range(len(out) - 1):
        match = re.search(r"([^\W\d_]+)-$", out[i])
        nxt = re.match(r"([^\W\d_]+)(.*)$", out[i + 1])
        if not match or not nxt or LIST_MARKER.match(out[i + 1]):
            continue
        left = out[i][: match.end(1)]
        if not match.group(1)[-1:].islower():
            continue
        out[i] = join_hyphenated(left, nxt.group(1), vocab)
        out[i + 1] = nxt.group(2).lstrip()
    return [line for line in out if line]


def join_lines(lines: list[str], slides: bool = False) -> str:
    """Join hard line breaks inside sentences; keep list items and probable paragraph ends on their own line.

    A line is joined to the previous one when it does not start a list item and either starts with a
    lowercase letter after a line that does not end a sentence, or (not in slides) follows a line at
    least 70% as long as the page's longest line that ends without sentence punctuation (a wrapped line).
    """
    if not lines:
        return ""
    width = max(len(line) for line in lines)
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        last_prev = prev.split("\n")[-1]
        if LIST_MARKER.match(line):
            out.append(line)
            continue
        ends = bool(SENTENCE_END.search(last_prev))
        lower_start = line[:1].islower() or line[:1] in "(«\"“,;"
        wrapped = not slides and len(last_prev) >= 0.7 * width and not ends and not last_prev.endswith(":")
        if (lower_start and not ends) or wrapped:
            out[-1] = prev + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def first_short_line(lines: list[str], limit: int = 90) -> str:
    """A slide's title: its first short line that is not a list item and carries letters."""
    for line in lines:
        if len(line) <= limit and not LIST_MARKER.match(line) and any(ch.isalpha() for ch in line):
            return line.rstrip(" :")
    return ""


def clean_block(text: str) -> str:
    """Clean a free text block (HTML section, Markdown section, cue): characters, hyphens, spaces, blank lines."""
    lines = normalise_chars(text).split("\n")
    paragraphs, current = [], []
    for line in lines + [""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    vocab = vocabulary(text)
    return "\n\n".join(join_lines(dehyphenate(p, vocab)) for p in paragraphs).strip()
