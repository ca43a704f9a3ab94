"""Pure cleaning functions: characters, running headers, page numbers, hyphenation, line joins, slide builds."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..sentences import has_letters
from ..table_lines import HEADER_PATTERN, ROW_PATTERN

LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
}
SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000\t"), " ")
# (and the control characters a PDF's icon glyphs come out as: "\x00 Ville : …" from a wiki page's table view)
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None) | dict.fromkeys(
    (c for c in range(32) if chr(c) not in "\n\t"), " ")  # (a space: "Le\x03CLSM" is two words)
# and what a PDF's bullet in the Symbol or Wingdings font comes out as without its Unicode mapping: a control
# character ("\x7f remplir la fiche…") or a code point of the private use area ("\uf0b7")
BULLET_GLYPHS = "•▪◦●■□▫►▶▸‣⁃∙◆◇○➢➤✓✔✗❖➜\x7f\uf0b7\uf0a7\uf0a8\uf0d8\uf0fc\uf076\uf06e\uf0e8"
_BULLET_START = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}]\s*)+(?:-\s*)?|^\s*-\s*(?:[{BULLET_GLYPHS}]\s*)+")
LIST_MARKER = re.compile(rf"^\s*(?:[-–—*+→➔⇒=>]|[{BULLET_GLYPHS}]|\d{{1,2}}[.)]\s|[a-z][.)]\s)")
# (a closing quote ends a sentence only after its stop: "…le « ping-pong »" goes on, "…« on verra. »" ends)
SENTENCE_END = re.compile(r"[.!?…](?:\s?[»\"”])?$")
PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.)\s*)?(\d{1,4})(?:\s*(?:/|sur|of)\s*(\d{1,4}))?$|^[-–—]\s*(\d{1,4})\s*[-–—]$", re.IGNORECASE
)
DANGLING_END = re.compile(
    r"(?:\s[–—-]|,|\s(?:de|du|des|d'|la|le|les|l'|à|au|aux|et|ou|en|pour|par|sur|avec|dans|entre"
    r"|un|une|sa|son|ses|leur|leurs|soit|dont|que|qu'))$",  # ("Parmi eux, 119, soit" / "29 %, obtiennent…")
    re.IGNORECASE,
)
URL_END = re.compile(r"(?:https?://|www\.)\S+$")
URL_CONTINUATION = re.compile(r"^[a-z0-9%_\-./?=&#]+(?:\s|$)")
EXPLICIT_PAGE = re.compile(r"^(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|sur|of)\s*\d{1,4})?$", re.IGNORECASE)

# Hyphen rule, used when the document's own vocabulary does not settle the case (see `join_hyphenated`).
COMPOUND_LEFT = frozenset(
    "de la le les du des en sur sous lès saint sainte st ste t y a l d au aux vis c est dit "
    "médico psycho socio bio éco anti non post pré ex auto demi semi mi néo intra extra inter multi pluri "
    "franco euro afro ouest est nord sud".split()
)
COMPOUND_RIGHT = frozenset(
    "t il ils elle elles on là ci même mêmes être dessus dessous de du des la le les en sur sous lès".split()
)


def normalise_chars(text: str) -> str:
    """NFC, ligatures, non-breaking and odd spaces, invisible characters, bullet glyphs -> "- ", CRLF."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    text = text.translate(SPACES).translate(INVISIBLE)
    lines = [_SPLIT_COMPOUND.sub(r"\1", _BULLET_START.sub("- ", line)) for line in text.split("\n")]
    return "\n".join(re.sub(r" {2,}", " ", line).strip() for line in lines)


# "Hauts-de- France", "Île-de- France": a compound place name cut after its hyphen by the source's line wrap.
_SPLIT_COMPOUND = re.compile(r"(\b[A-ZÀ-Ý][\w]*-\w{1,3}-) (?=[A-ZÀ-Ý])")


def line_key(line: str, digits: bool = True) -> str:
    """Comparison key of a line: lowercase, digits as '#' (if `digits`), punctuation dropped but a final mark."""
    low = line.strip().lower()
    final = low[-1] if low and low[-1] in ".;:," and not low.endswith("..") else ""
    key = re.sub(r"\d+", "#", low) if digits else low
    key = " ".join(re.sub(r"[\W_]+", " ", key).split())
    return key + final if key else ""


def has_text(line: str) -> bool:
    """True when the line carries at least one letter or digit."""
    return any(ch.isalnum() for ch in line)


SHORT_RUNNING_CHARS = 100
RUNNING_MAX_CHARS = 160  # a running line names a document, its series and date ("Guide pratique « … » — Réseau …")
EDGE_LINES = 3


def find_running_lines(pages: list[list[str]], ratio: float = 0.5, min_pages: int = 3) -> set[str]:
    """Keys of short lines found on at least `ratio` of the pages (and on `min_pages` pages): headers, footers. A
    longer line counts only among a page's first or last lines, where headers and footers are."""
    if len(pages) < min_pages:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edges = set(lines[:EDGE_LINES] + lines[-EDGE_LINES:])  # a long one only at the top or bottom of the page
        counts.update({line_key(line) for line in lines
                       if len(line) <= SHORT_RUNNING_CHARS or len(line) <= RUNNING_MAX_CHARS and line in edges})
    threshold = max(min_pages, ratio * len(pages))
    return {key for key, n in counts.items() if n >= threshold and key and set(key.split()) != {"#"}}


def case_shapes(pages: list[list[str]]) -> Counter[str]:
    """On how many pages each line appears with its exact letter case (digits and spacing normalised)."""
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_shape(line) for line in lines})
    return counts


def _shape(line: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", re.sub(r"\d+", "#", line)).split())


def drop_running_lines(lines: list[str], running: set[str], shapes: Counter[str] | None = None,
                       page: tuple[int, int] | None = None) -> list[str]:
    """Remove running lines, also when one is split over two lines ("RETOUR" / "SUR...").

    A line matches when its key is a running key and, if `shapes` is given, its exact-case form was seen
    on two pages or more: "Hauts-de-France" in the body survives a running "- HAUTS-DE-FRANCE" header.
    """

    def running_line(text: str) -> bool:
        return line_key(text) in running and (shapes is None or shapes[_shape(text)] >= 2)

    kept: list[str] = []
    i = 0
    while i < len(lines):
        # (a table's "Total" over its value on every page is no header: "Total" / "214 600"; a footer over the page's
        # number is one: "Rapport final" / "3", wherever the text layer puts it)
        if running_line(lines[i]) and not (i + 1 < len(lines) and _CELL_VALUE.match(lines[i + 1])
                                           and not (page and is_page_number(lines[i + 1], *page))):
            i += 1
            continue
        if i + 1 < len(lines) and has_letters(lines[i]) and not _CELL_VALUE.match(lines[i + 1]) and line_key(
                lines[i] + " " + lines[i + 1]) in running:
            i += 2  # (not "7 000" / "Total", "Total" / "214 600": a row's value and a row's name)
            continue
        kept.append(lines[i])
        i += 1
    return kept


# A table cell's value on its own line: "214 600", "12,5 %", "7 000 €", "263"
_CELL_VALUE = re.compile(r"^\s*\d{1,3}(?:[ .]\d{3})*(?:,\d+)?\s*(?:%|€)?\s*$")


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
    return abs(number - page_no) <= max(5, n_pages // 8)


_BARE_NUMBER = re.compile(r"^\s*(\d{1,4})(?:\s*/\s*(\d{1,4}))?\s*$")  # "7", or "7 / 18" out of the deck's slides


def _out_of(line: str) -> str | None:
    """The total a slide number is printed out of ("18" in "7 / 18"), None for a bare number or any other line."""
    m = _BARE_NUMBER.match(line)
    return m.group(2) if m else None
PRINTED_SHARE = 0.5  # a deck prints its slide numbers when at least this share of its slides show one


def printed_numbers(pages: list[list[str]]) -> list[int | None]:
    """The number each slide prints (one of its first three or last two lines is a lone number close to the PDF
    page number: hidden slides make it run ahead, builds exported as pages make it lag), when the deck prints
    numbers on most slides, in order; a slide between two numbered ones gets the number between them."""
    n = len(pages)
    total = deck_total(pages)
    found: list[int | None] = []
    for page_no, lines in enumerate(pages, start=1):
        number = None
        for i in _number_places(lines):
            m = _BARE_NUMBER.match(lines[i])  # "7 / 18" counts when the deck prints that total on most slides
            if m and abs(page_no - int(m.group(1))) <= max(5, n // 8) and m.group(2) in (None, total):
                number = int(m.group(1))
                break
        found.append(number)
    known = [(i, v) for i, v in enumerate(found) if v is not None]
    non_empty = sum(1 for lines in pages if lines)
    increasing = all(b[1] >= a[1] for a, b in zip(known, known[1:]))
    if not known or len(known) < PRINTED_SHARE * non_empty or not increasing:
        return [None] * n
    for (i, a), (j, b) in zip(known, known[1:]):
        if b - a == j - i:  # no slide skipped in between: the ones without a number follow on
            for k in range(i + 1, j):
                found[k] = a + (k - i)
    return found


def deck_total(pages: list[list[str]]) -> str | None:
    """The total a deck prints after its slide numbers ("7 / 18"), when most slides print the same one."""
    totals = Counter(total for lines in pages for i in _number_places(lines) if (total := _out_of(lines[i])))
    total, count = totals.most_common(1)[0] if totals else (None, 0)
    return total if count >= PRINTED_SHARE * sum(1 for lines in pages if lines) else None


def _number_places(lines: list[str]) -> list[int]:
    """Where a slide prints its number: its last line, its first three (after a title and a running footer),
    then the line before its last, and a fourth line saying "7 / 18"; each line once."""
    n = len(lines)
    fourth = (3,) if n > 4 and _out_of(lines[3]) else ()  # "7 / 18" under a title, subtitle and footer
    return list(dict.fromkeys(i for i in (n - 1, 0, 1, 2, n - 2, *fourth) if 0 <= i < n))


def drop_printed_number(lines: list[str], number: int | None) -> list[str]:
    """The slide's lines without the lone line that prints its number (wherever `printed_numbers` found it),
    so that "6" does not run into the figure after it ("6 486 secouristes")."""
    for i in _number_places(lines) if number is not None else []:
        m = _BARE_NUMBER.match(lines[i])
        if m and int(m.group(1)) == number:
            return lines[:i] + lines[i + 1:]
    return lines


def drop_page_numbers(lines: list[str], page_no: int, n_pages: int) -> list[str]:
    """Remove page numbers at the top or bottom of a page, and any explicit "Page N" line."""
    lines = [line for line in lines if not EXPLICIT_PAGE.match(line.strip())]
    while lines and is_page_number(lines[-1], page_no, n_pages):
        lines = lines[:-1]
    while lines and is_page_number(lines[0], page_no, n_pages):
        lines = lines[1:]
    return lines


# Word's markup balloons, printed in the margin of a document saved as PDF with its changes shown, come in the
# text layer after the paragraph they mark: "Supprimé: 8 jours", "Mis en forme : Police :Gras",
# "Commenté [JM1]: À vérifier…" (and in an English Word, "Deleted:", "Formatted:", "Commented [JM1]:").
_COMMENT = r"Comment(?:é|ed)\s*\[[^\]\n]{1,12}\]"  # "Commenté [JM1]", "Commented [SB4R3]"
_REFORMATTED = r"(?:Tableau\s+)?[Mm]is en forme"
_BALLOON = re.compile(rf"^\s*(?:(?P<comment>{_COMMENT})|Supprimé|Inséré|Déplacé\s*\((?:insertion|suppression)\)(?:\s*\[\d+\])?|"
                      rf"{_REFORMATTED}|Deleted|Inserted|Formatted(?: Table)?|"
                      r"Moved\s*\((?:insertion|deletion)\)(?:\s*\[\d+\])?)\s*:")
BALLOON_LINES = 4  # a comment's text wraps over a few short lines of its balloon…
BALLOON_CHARS = 60  # …narrower than the page's
# What only Word's markup pane prints: a comment's initials and number, a formatting change
_MARKUP_SHOWN = re.compile(rf"^\s*(?:{_COMMENT}|{_REFORMATTED}|Formatted)\s*:")


def shows_markup(pages: list[list[str]]) -> bool:
    """True when a PDF prints Word's markup pane (a comment "Commenté [JM1]:", "Mis en forme : …"): its "Supprimé:"
    lines are balloons then, not an amendment's own words."""
    return any(_MARKUP_SHOWN.match(line) for lines in pages for line in lines)


def drop_markup_balloons(lines: list[str]) -> list[str]:
    """The lines, without Word's markup balloons: what was deleted or reformatted, and the comments (a comment's
    text runs on over its balloon's short lines until one ends its sentence). What was deleted is no longer what
    the document says."""
    out, comment_left = [], 0
    for line in lines:
        if comment_left and len(line.strip()) <= BALLOON_CHARS:
            comment_left = 0 if SENTENCE_END.search(line.rstrip()) else comment_left - 1
            continue
        comment_left = 0
        match = _BALLOON.match(line)
        if not match:
            out.append(line)
        elif match.group("comment") and not SENTENCE_END.search(line.rstrip()):
            comment_left = BALLOON_LINES - 1
    return out


def page_lines(pages: list[str]) -> list[list[str]]:
    """Each page's text normalised (`normalise_chars`) and split into non-empty lines."""
    return [[line for line in normalise_chars(text).split("\n") if line] for text in pages]


def strip_page_furniture(pages: list[list[str]], slides: bool = False) -> list[list[str]]:
    """Drop running headers/footers, lines without letters or digits, and page numbers from each page's lines.

    Running lines are counted over the pages that still have text (slide builds already collapsed).
    """
    present = [lines for lines in pages if lines]
    running = find_running_lines(present, ratio=0.6 if slides else 0.5, min_pages=4 if slides else 3)
    shapes = case_shapes(present)
    result = []
    for number, lines in enumerate(pages, start=1):
        lines = [line for line in drop_running_lines(lines, running, shapes, (number, len(pages))) if has_text(line)]
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
    keys = [" ".join(line_key(line, digits=False) for line in lines) for lines in slides]
    result = [list(lines) for lines in slides]
    for i in range(len(result) - 1):
        if keys[i] and keys[i] in keys[i + 1]:
            result[i] = []
    return _collapse_repeated_runs(result)


def _collapse_repeated_runs(slides: list[list[str]], window: int = 60) -> list[list[str]]:
    flat = [(s, line, line_key(line, digits=False)) for s, lines in enumerate(slides) for line in lines]
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


# A footnote mark in superscript that the PDF's text runs into the word before it: "hospitalisationsa",
# "urgenceso", "mortalitéo" (a letter after -ion, -s or -é, which French words do not end on).
_MARKED_WORD = re.compile(r"\b([^\W\d_]{7,}[nsé])([ao])\b")


def drop_footnote_letters(line: str, vocab: Counter[str]) -> str:
    """The line without the footnote letters glued to its words, when the document also writes the word
    without it ("hospitalisations" elsewhere) more often than with it."""
    def unmark(m: re.Match) -> str:
        word, whole = m.group(1), m.group(0).lower()
        return word if vocab.get(word.lower(), 0) > 0 and vocab.get(whole, 0) <= MARKED_MAX else m.group(0)
    return _MARKED_WORD.sub(unmark, line)


MARKED_MAX = 2  # a word written more often with the letter is a word, not a marked one

# A footnote's text at the foot (or, as extracted, the head) of a page: "1 Recensement…", "2. Source : …".
_FOOTNOTE_LINE = re.compile(r"^(\d{1,2})\.?\s+[A-ZÀ-Ý«\"]")
_NUMBERED_WORD = re.compile(r"(?<![\w-])([^\W\d_][\w-]*?[^\W\d_]|[A-Z]+-\d)(\d{1,2})(?=[\s.,;:!?)»]|$)")


def drop_footnote_numbers(lines: list[str], document: str) -> list[str]:
    """A page's lines without the footnote numbers its text runs into the word before them ("habitants1.",
    "98 500 euros3", "le score MHI-51"), when the page has the footnote of that number and the word is a
    lowercase word or one the document (`document`, its whole text) also writes alone ("MHI-5"). Codes such as
    "PRS2" or "COVID-19" stay: no footnote of that number, or the code is never written without its digits."""
    notes = {m.group(1) for line in lines for m in [_FOOTNOTE_LINE.match(line)] if m}
    if not notes:
        return lines

    def unmark(m: re.Match) -> str:
        word, number = m.group(1), m.group(2)
        if number not in notes:
            return m.group(0)
        if word.isalpha() and word.islower() and len(word) >= 3:
            return word  # "euros3": no French word ends on a digit
        alone = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
        return word if alone.search(document) else m.group(0)

    return [line if _FOOTNOTE_LINE.match(line) else _NUMBERED_WORD.sub(unmark, line) for line in lines]


FOOTNOTE_REACH = 6  # a page's footnotes are among its last lines
CARRIED_LINES = 4  # the end of a sentence a page break cut, carried back from the next page's first lines


def sentences_across_pages(pages: list[list[str]]) -> list[list[str]]:
    """A sentence that a page break cuts ("Cette proportion atteint 34 %" / footnotes / page break / "chez les
    habitants des quartiers prioritaires, contre 21 % chez les autres habitants.") read whole on the page where it
    starts: the next page's lines up to its end are carried back, above the page's footnotes."""
    out = [list(lines) for lines in pages]
    for n in range(len(out) - 1):
        lines, following = out[n], out[n + 1]
        tail = [i for i in range(max(0, len(lines) - FOOTNOTE_REACH), len(lines)) if _FOOTNOTE_LINE.match(lines[i])]
        body_end = tail[0] if tail else len(lines)
        if not body_end or not following:
            continue
        last = lines[body_end - 1].rstrip()
        opening = following[0].lstrip()
        if SENTENCE_END.search(last) or last.endswith((":", ";")) or LIST_MARKER.match(opening) or not (
                opening[:1].islower()):
            continue
        carried = []
        for i, line in enumerate(following[:CARRIED_LINES]):
            end = _SENTENCE_STOP.search(line)
            if end:  # the sentence ends in this line: the rest of the line stays on its page
                carried.append(line[:end.start() + 1])
                rest = line[end.end():].strip()
                out[n + 1] = ([rest] if rest else []) + following[i + 1:]
                break
            carried.append(line)
        else:
            continue  # no end within reach: a page that goes on with something else
        out[n] = lines[:body_end] + carried + lines[body_end:]
    return out


# A sentence's end inside a line: its stop (and a footnote number run into it, "habitants4."), then the next one
_SENTENCE_STOP = re.compile(r"(?<!\b[A-ZÀ-Ý])(?<!\bDr)(?<!\bPr)(?<!\bMme)(?<!\bMM)[.!?…](?:\s?[»\"”])?(?:\s+(?=[A-ZÀ-Ý«\"(])|\s*$)")


DROP_CAP_REACH = 8  # lines between a drop cap and the rest of its word (a heading, a header between them)
DROP_CAP_FIRST_LINES = 3  # a drop cap opens a page's text (a newsletter's first article)


def restore_drop_caps(lines: list[str], vocab: Counter[str]) -> list[str]:
    """A drop cap put back on its word: a newsletter's big "C" comes out of the text layer on its own line, its
    word's rest ("ette rentrée…") a few lines down; they join when the document writes the joined word elsewhere
    ("cette") and the rest nowhere else ("ette")."""
    out = list(lines)
    lone = [bool(re.fullmatch(r"\s*[A-ZÀ-Ý]\s*", line)) for line in out]
    for i, line in enumerate(out[:DROP_CAP_FIRST_LINES]):  # it opens the page's text, alone (not "A", "B" panels)
        if not lone[i] or (i and lone[i - 1]) or (i + 1 < len(out) and lone[i + 1]):
            continue
        letter = line.strip()
        for j in range(i + 1, min(i + 1 + DROP_CAP_REACH, len(out))):
            rest = re.match(r"([a-zà-ÿ]+)", out[j])
            if rest and vocab.get((letter + rest.group(1)).lower(), 0) > 0 and vocab.get(rest.group(1), 0) <= 1:
                out[j], out[i] = letter + out[j], ""
                break
    return [line for line in out if line]


def join_hyphenated(left: str, right: str, vocab: Counter[str]) -> str:
    """Join a word cut at a line end ("men-" + "tale"), keeping the hyphen of real compounds.

    Rule, in order: the document's own vocabulary decides when it contains the joined word (drop the
    hyphen) or the hyphenated word (keep it); else keep the hyphen when the right part starts with a
    capital ("Hauts-de-" + "France"), when the left part is already a compound ("c'est-à-"), or when
    either part is a known compound piece ("de", "la", "-t", "médico", "ci", "même"...); else drop it
    (most line-end hyphens are typographic cuts: "men-" + "tale" -> "mentale").
    """
    left_word = re.split(r"[\s'’]", left)[-1]
    joined = (left_word + right).lower()
    hyphenated = (left_word + "-" + right).lower()
    if vocab.get(joined, 0) > 0 and vocab.get(joined, 0) >= vocab.get(hyphenated, 0):
        return left + right
    if vocab.get(hyphenated, 0) > 0:
        return left + "-" + right
    last_piece = left_word.split("-")[-1].lower()
    right_low = right.lower()
    if right[:1].isupper() or "-" in left_word or last_piece in COMPOUND_LEFT or right_low in COMPOUND_RIGHT:
        return left + "-" + right
    return left + right


def dehyphenate(lines: list[str], vocab: Counter[str]) -> list[str]:
    """Re-join words hyphenated across consecutive lines; the next line's first token moves up."""
    out = list(lines)
    for i in range(len(out) - 1):
        match = re.search(r"([^\W\d_]+)-$", out[i])
        nxt = re.match(r"([^\W\d_]+)(\S*)\s*(.*)$", out[i + 1])
        if not match or not nxt or LIST_MARKER.match(out[i + 1]) or not match.group(1)[-1:].islower():
            continue
        out[i] = join_hyphenated(out[i][: match.end(1)], nxt.group(1), vocab) + nxt.group(2)
        out[i + 1] = nxt.group(3)
    return [line for line in out if line]


def join_lines(lines: list[str], slides: bool = False) -> str:
    """Join hard line breaks inside sentences; keep list items and probable paragraph ends on their own line.

    A line is joined to the previous one when it does not start a list item and either starts with a
    lowercase letter after a line that does not end a sentence, or follows a line ending with a comma or a
    spaced dash (" –"), or (not in slides) follows a wrapped line:
    one at least 70% as long as the page's longest line (itself 60 characters or more) that ends without
    sentence punctuation. A URL cut at the line end is re-joined without a space.
    """
    if not lines:
        return ""
    width = max(len(line) for line in lines)
    out = [lines[0]]
    prev = lines[0]
    table = bool(TABLE_LINE.match(prev))  # the line before is a table's header or row
    for line in lines[1:]:
        # a row under its header ("Rennes — Accueil au CMP"), or one that reads as a row ("Rennes — 412 · 25 %")
        row = (table and " — " in line) or bool(TABLE_LINE.match(line))
        if not slides and _CUT_NUMBER_END.search(prev) and _CUT_NUMBER_START.match(line):
            out[-1] = out[-1] + " " + line  # "auprès de 1" + "206 habitants": one number, cut at its space
            prev = line
            continue
        if LIST_MARKER.match(line) or row or table or _CAPITALS_HEADING.match(line):
            out.append(line)  # a list item, a table's row (table_lines.laid_out) and what follows one, a heading in
            # capitals ("PRÉPARER UN DÉPART : LE SAC DE SÉCURITÉ" after a leaflet's last line)
            prev, table = line, row
            continue
        table = False
        ends = bool(SENTENCE_END.search(prev) or DOT_LEADER.search(prev))
        # (": l'angoisse est réelle", ") et…": punctuation that goes on from the line before, wrapped by the layout)
        # ("€ par la ville…" after "…mobilisés : 36 000": a unit never opens a line of its own)
        lower_start = line[:1].islower() or line[:1] in ":)»€" or (not slides and line[:1] in "(«\"“,;%")
        dangling = bool(DANGLING_END.search(prev))
        long_prev = width >= MIN_WRAP_WIDTH and len(prev) >= 0.7 * width
        wrapped = not slides and long_prev and not ends and not prev.endswith(":")
        # "…Compagnie du Ressac, ont réuni" + "74 spectateurs aux Salines…": a sentence going on with a figure, in a
        # column narrower than the page's widest line (a banner's, an editorial's)
        # "…budget 2026 de l'EMAP (ARS" + "Nouvelle-Aquitaine 498 000 €, Département 195 000 €).": a bracket the
        # next line closes; "…; Nouvelle-Aquitaine 26 % ; France" + "23 %.": a figure cut from its label
        wrapped = wrapped or (not slides and not ends and (
            (prev.count("(") > prev.count(")") and line.count(")") > line.count("("))
            or bool(_LONE_FIGURE.fullmatch(line))))
        wrapped = wrapped or (not slides and len(prev.split()) >= WRAPPED_WORDS and prev[-1:].islower() and not ends
                              and bool(_FIGURE_GOES_ON.match(line)) and not _FIGURE_GOES_ON.match(prev))  # (not a
        # list of figures: "410 visiteurs au village…" / "126 spectateurs…")
        if long_prev and URL_END.search(prev) and URL_CONTINUATION.match(line):
            out[-1] = out[-1] + line
        elif (lower_start and not ends) or wrapped or dangling:
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        prev = line
    return "\n".join(out)


# A table's header or row as `table_lines.laid_out` writes it: "Financeur · Montant · Part",
# "ARS Île-de-France — 40 000 € · 40,6 %", "Rennes — 25 %" (a row of one cell: a figure).
TABLE_LINE = re.compile(f"{ROW_PATTERN}|{HEADER_PATTERN}")
# A heading set in capitals: two words at least, no lower-case letter ("VOS DROITS", "UN CAARUD, C'EST QUOI ?")
_CAPITALS_HEADING = re.compile(r"(?=[^a-zà-ÿ]*$)[^\w]*[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[\s,:;!?()«»\"'’-]+[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9'’-]*)+"
                               r"[\s!?.:)»\"]*$")
WRAPPED_WORDS = 8  # a line of prose, not a heading ("Activité du service d'accompagnement à domicile" over "152 …")
MIN_WRAP_WIDTH = 40  # a two-column report wraps its lines at 45-55 characters
DOT_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}\s*$")  # "Tableau 1 – Chiffres clés ........ 3": an entry of contents
_FIGURE_GOES_ON = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?\s?(?:%|€)?\s+[a-zà-ÿ]")  # "74 spectateurs…"
# "23 %.", a figure alone ending a sentence (not a table's cell, "55 %", one a line)
_LONE_FIGURE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?\s?(?:%|€)\s*[.;,]")
_CUT_NUMBER_END = re.compile(r"(?:^|[\s(])\d{1,3}$")
_CUT_NUMBER_START = re.compile(r"\d{3}(?![\d.,/])\s*(?:%|€|[^\W\d_])")


def number_steps(lines: list[str]) -> list[str]:
    """A slide drawing its steps as numbers apart from their text (circles "1", "2", "3" above or beside each
    step) reads "1", "Repérage : …", "2", "Premier entretien…": each number of the series 1, 2, 3… (three at
    least, in order) is joined to the line after it, "1 Repérage : …", so the steps read as a numbered list."""
    steps: list[int] = []
    for i, line in enumerate(lines):
        if _STEP_NUMBER.fullmatch(line.strip()) and int(line) == len(steps) + 1:
            steps.append(i)
    if len(steps) < 3 or any(i + 1 >= len(lines) or not lines[i + 1][:1].isalpha() for i in steps):
        return lines
    out, i = [], 0
    while i < len(lines):
        if i in steps:
            out.append(f"{lines[i].strip()} {lines[i + 1]}")
            i += 2
        else:
            out.append(lines[i])
            i += 1
    return out


_STEP_NUMBER = re.compile(r"\d{1,2}")


def slide_title(text: str, limit: int = 90) -> str:
    """A slide's title: the first short line among its first three that is not a list item and has letters."""
    for line in text.split("\n")[:3]:
        if len(line) <= limit and not LIST_MARKER.match(line) and sum(ch.isalpha() for ch in line) >= 3:
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
