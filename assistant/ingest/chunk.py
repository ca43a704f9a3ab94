"""Units to passages: one per page, slide, section or group of cues; long units split, spans kept exact.

Consecutive cues of one speaker are joined by a space, so that a sentence the captions cut in two reads as
one; a new speaker or a long silence starts a new paragraph. A transcript passage keeps its cues' offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..models import Cue, Document, Location, Passage, Unit
from ..sentences import announces_list

SEPARATOR = "\n\n"
CUE_SEPARATOR = " "
SILENCE_S = 10.0  # a pause this long between two cues starts a new paragraph
# A speaker label opening a cue: a name of 1 to 4 capitalised words ("Hélène Marchetti", "CLAIRE VIDAL", "Dr Sophie
# Le Goff", "Intervenant 2"), maybe a role in parentheses, then a colon; "Deux points : le logement…" is no label.
NAME_WORD = r"(?:d['’])?[A-ZÀ-ÖØ-Þ][\w'’.-]*"  # a word of a person's name (search's turn labels use it too)
SPEAKER_LABEL = re.compile(
    rf"(?P<name>{NAME_WORD}(?:\s(?:(?:de|du|des|da|di|van|von|der|ben|el|al)\s)?(?:{NAME_WORD}|\d+)){{0,3}}"
    r"(?:\s?\([^()\n]{1,60}\))?)\s?:\s"
)
_SPEAKER = re.compile(rf"^(?:[-–—]\s|>>\s?|{SPEAKER_LABEL.pattern})")
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?=[«\"“(\-–—]?\s*[A-ZÀ-ÖØ-Þ0-9])")


@dataclass(frozen=True)
class Piece:
    """A span of the full text (start, end), what it cites, and the units (cues) it holds."""

    start: int
    end: int
    location: Location
    title: str
    units: tuple[int, ...] = ()


def separator(previous: Unit, unit: Unit) -> str:
    """A space between two cues of one speaker close in time; a blank line everywhere else."""
    if previous.location.kind == unit.location.kind == "time":
        pause = unit.location.start - previous.location.end
        if pause <= SILENCE_S and (not _SPEAKER.match(unit.text) or _named_mid_sentence(previous.text, unit.text)):
            return CUE_SEPARATOR
    return SEPARATOR


def _named_mid_sentence(previous: str, text: str) -> bool:
    """True when a cue opening on one capitalised word and a colon goes on with the sentence the cue before
    left open ("…qui s'adresse plutôt au docteur" then "Saïdi : comment mesurez-vous…"): a name said, no label."""
    label = SPEAKER_LABEL.match(text)
    return bool(label) and " " not in label.group("name") and bool(_CALLS_FOR_A_NAME.search(previous.rstrip()))


# The last word of a cue that a name goes on ("…au docteur" / "Saïdi : …"): auto-captions end cues without
# punctuation, so a cue that merely does not end a sentence is no sign.
_CALLS_FOR_A_NAME = re.compile(r"(?<!\w)(?:docteur|dr|madame|mme|monsieur|professeur|pr|maître|à|au|aux|de|du|des|"
                               r"par|pour|avec|chez|et)$", re.I)


# Automatic captions often come without punctuation: a stretch of cues this long without a sentence end is
# cut between cues into lines of about SPOKEN_LINE_WORDS words, so that an answer quotes a few seconds of
# speech, not minutes. A written sentence is rarely this long, so punctuated speech is never cut.
UNPUNCTUATED_WORDS = 80
SPOKEN_LINE_WORDS = 20
_ENDS_SENTENCE = re.compile(r"[.!?…][\"»”)]*(?:\s|$)")
# A word that carries on the phrase before it: a line of speech does not start on it.
_GOING_ON = re.compile(r"\s*(?:de|du|des|d['’]|qui|que|qu['’]|dont|à|au|aux)\b", re.I)
# A word that opens more than it closes: a line of speech does not end on it.
_OPEN_ENDING = re.compile(r"(?<![\w'’])(?:le|la|les|l['’]|de|des|du|d['’]|un|une|à|au|aux|dans|en|et|ou|que|qu['’]|"
                          r"qui|pour|par|sur|avec|chez|sans|son|sa|ses|leur|leurs|ce|cet|cette|ces|mon|ma|mes|notre|"
                          r"nos|votre|vos|on|il|elle|ils|elles|je|j['’]|tu|nous|vous|est|c['’]est|mais|donc|car|ne|"
                          r"n['’]|se|s['’]|y|très|plus|moins|comme|quand|si|parce|entre|vers|a|ont|sont)$", re.I)


def spoken_lines(units: list[Unit], gaps: list[str]) -> set[int]:
    """Indices of the cues after which a line break cuts speech captioned without punctuation (`gaps[i]` joins
    unit i to the one before it)."""
    breaks: set[int] = set()
    stretch: list[int] = []

    def close() -> None:
        words = [len(units[i].text.split()) for i in stretch]
        if sum(words) >= UNPUNCTUATED_WORDS:
            count = 0
            for i, n in zip(stretch[:-1], words):
                count += n
                # not after "… un financement de l'ARS dans le", nor before "de 6000 euros qui…": the phrase goes on
                open_phrase = _OPEN_ENDING.search(units[i].text.rstrip()) or _GOING_ON.match(units[i + 1].text)
                if count >= SPOKEN_LINE_WORDS and (not open_phrase or count >= 2 * SPOKEN_LINE_WORDS):
                    breaks.add(i)
                    count = 0
        stretch.clear()

    for i, unit in enumerate(units):
        if unit.location.kind != "time" or (stretch and gaps[i] != CUE_SEPARATOR):
            close()
        if unit.location.kind == "time" and not _ENDS_SENTENCE.search(unit.text):
            stretch.append(i)
        else:
            close()
    close()
    return breaks


def full_text(units: list[Unit]) -> tuple[str, list[int]]:
    """The cleaned full text (units joined by a blank line, cues as above) and each unit's offset in it."""
    offsets, parts, pos = [], [], 0
    gaps = [""] + [separator(before, unit) for before, unit in zip(units, units[1:])]
    lines = spoken_lines(units, gaps)
    for i, unit in enumerate(units):
        if i:
            gap = "\n" if i - 1 in lines else gaps[i]
            parts.append(gap)
            pos += len(gap)
        offsets.append(pos)
        parts.append(unit.text)
        pos += len(unit.text)
    return "".join(parts), offsets


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _atoms(text: str, max_chars: int) -> list[tuple[int, int, int]]:
    """(start, end, block number) spans: paragraphs, else lines, else sentences of long lines, else word windows."""
    atoms, para_no = [], 0
    for para in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        p_start, p_end = para.span()
        lines = [(m.start() + p_start, m.end() + p_start) for m in re.finditer(r"[^\n]+", para.group())]
        for l_start, l_end in lines if p_end - p_start > max_chars else [(p_start, p_end)]:
            para_no += 1
            if l_end - l_start <= max_chars:
                atoms.append((l_start, l_end, para_no))
                continue
            cuts = [l_start] + [l_start + m.end() for m in SENTENCE_BREAK.finditer(text[l_start:l_end])] + [l_end]
            for s_start, s_end in zip(cuts, cuts[1:]):
                s_start, s_end = _trimmed(text, s_start, s_end)
                atoms.extend((a, b, para_no) for a, b in _windows(text, s_start, s_end, max_chars))
    return [a for a in atoms if a[1] > a[0]]


def _windows(text: str, start: int, end: int, max_chars: int):
    """Cut a span longer than max_chars at spaces (a sentence too long to keep whole)."""
    while end - start > max_chars:
        cut = text.rfind(" ", start + max_chars // 2, start + max_chars)
        cut = cut if cut > start else start + max_chars
        yield start, cut
        start, _ = _trimmed(text, cut, end)
    if end > start:
        yield start, end


def split_unit(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Spans of `text` of at most max_chars, cut at paragraph then sentence boundaries, one sentence of overlap."""
    if len(text) <= max_chars:
        return [(0, len(text))]
    atoms = _atoms(text, max_chars)
    # Aim at pieces of even size rather than a full piece and a scrap.
    limit = min(max_chars, int(len(text) / -(-len(text) // max_chars) * 1.25))
    spans, i = [], 0
    while i < len(atoms):
        j = i
        while j + 1 < len(atoms) and atoms[j + 1][1] - atoms[i][0] <= limit:
            j += 1
        spans.append((atoms[i][0], atoms[j][1]))
        nxt = j + 1
        overlap = (
            j > i
            and nxt < len(atoms)
            and atoms[j][2] == atoms[nxt][2]
            and atoms[nxt][1] - atoms[j][0] <= max_chars
        )
        i = j if overlap else nxt
    return spans


def _label_title(units: list[Unit]) -> str:
    return next((u.title for u in units if u.title), "")


def _span_location(units: list[Unit]) -> Location:
    first, last = units[0].location, units[-1].location
    return Location(kind=first.kind, start=first.start, end=last.end, section=first.section)


def pieces(units: list[Unit], offsets: list[int], max_chars: int, min_chars: int) -> list[Piece]:
    """Passages' spans: cues grouped up to max_chars, tiny sections merged (forward, else backward), long units split.

    Pages and slides are never merged nor crossed: each gives one passage, or several when it is too long.
    """
    result: list[Piece] = []
    i = 0
    while i < len(units):
        unit = units[i]
        group = [unit]
        if unit.location.kind in ("time", "section"):
            full = False
            while i + len(group) < len(units):
                nxt = units[i + len(group)]
                length = offsets[i + len(group)] + len(nxt.text) - offsets[i]
                if nxt.location.kind != unit.location.kind or length > max_chars:
                    full = nxt.location.kind == unit.location.kind
                    break
                so_far = offsets[i + len(group) - 1] + len(group[-1].text) - offsets[i]
                if unit.location.kind == "section" and so_far >= min_chars:
                    break
                group.append(nxt)
            if full and unit.location.kind == "time":
                group = group[:_sentence_end(group)]
        if (
            unit.location.kind == "section"
            and len(group) == 1
            and len(unit.text) < min_chars
            and result
            and result[-1].location.kind == "section"
            and offsets[i] + len(unit.text) - result[-1].start <= max_chars
        ):
            # A tiny section that could not merge forward (last one, or next too long) joins the one before.
            prev = result.pop()
            location = Location("section", prev.location.start, unit.location.end, prev.location.section)
            result.append(Piece(prev.start, offsets[i] + len(unit.text), location, prev.title))
            i += 1
            continue
        if len(group) > 1:
            start = offsets[i]
            end = offsets[i + len(group) - 1] + len(group[-1].text)
            result.append(Piece(start, end, _span_location(group), _label_title(group),
                                tuple(range(i, i + len(group)))))
        else:
            for a, b in split_unit(unit.text, max_chars):
                result.append(Piece(offsets[i] + a, offsets[i] + b, unit.location, unit.title, (i,)))
        i += len(group)
    return result


_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", "»", '"', "”", ")")


def _sentence_end(cues: list[Unit]) -> int:
    """How many of a full passage's cues to keep so that it ends where a sentence ends ("…une fois par mois." and
    not "Elle se réunit une"): the last cue ending a sentence in its second half, else all of them."""
    for n in range(len(cues), max(1, len(cues) // 2), -1):
        if cues[n - 1].text.rstrip().endswith(_SENTENCE_ENDS):
            return n
    return len(cues)


def context_of(doc_title: str, section_title: str) -> str:
    """ "Titre du document — Titre de la section" (the document title alone when there is no section title)."""
    if section_title and section_title.strip().lower() != doc_title.strip().lower():
        return f"{doc_title} — {section_title}"
    return doc_title


def continued_titles(units: list[Unit]) -> list[Unit]:
    """A page or slide without a title of its own that goes on with the list the one before announced ("…un
    fonctionnement en 3 niveaux :", then "- Un comité de pilotage…") takes that title and announcing line as
    its own: the list alone says neither what it lists nor where."""
    result = list(units)
    for i in range(1, len(units)):
        before, unit = units[i - 1], units[i]
        if (unit.title or unit.location.kind not in ("page", "slide") or before.location.kind != unit.location.kind
                or not announces_list(before.text, unit.text)):
            continue
        announcing = before.text.rstrip().rsplit("\n", 1)[-1].rstrip(" :")
        title = result[i - 1].title
        own = announcing if not title or title == announcing else f"{title} — {announcing}"
        result[i] = replace(unit, title=own)
    return result


# A numbered heading ("Étape 3 – Recueillir la parole des habitants", "2. Missions principales"): one item of a
# list the document runs over its sections.
_NUMBERED_HEADING = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?|(?:étape|axe|objectif|action|priorité|fiche|partie|"
                               r"chapitre|mesure|orientation|enjeu|recommandation)\s+(?:n°\s*)?\d{1,2})"
                               r"\s*[.):–—-]?\s+\S", re.I)


def headed_short_sections(units: list[Unit], min_chars: int) -> list[Unit]:
    """A section short enough to be read with its neighbour, or following one, opens with its own heading line
    ("Le parcours d'une famille", then its steps): merged into the passage before, it would otherwise lose what
    names it. So does a
    section whose heading is numbered ("Étape 1 – Constituer le groupe projet"): its heading is an item of the
    list of steps that the answer quotes."""
    result = list(units)
    for i, unit in enumerate(units):
        if unit.location.kind != "section" or not unit.title:
            continue
        heading = unit.title.rsplit(" — ", 1)[-1].strip()
        # short, or after a short one that `pieces` merges forward with it ("Article 16 – Modification", two
        # lines, then "Article 17 – Résiliation"): its heading would be lost under the one before
        short = bool(i) and (len(unit.text) < min_chars or len(units[i - 1].text) < min_chars)
        if not _NUMBERED_HEADING.match(heading) and not short:
            continue
        if heading and not unit.text.lstrip().startswith(heading):
            result[i] = replace(unit, text=f"{heading}\n\n{unit.text}")
    return result


def chunk_document(doc: Document, max_chars: int, min_chars: int) -> tuple[str, list[Passage]]:
    """The cleaned full text and the passages of a document, ids in reading order."""
    units = headed_short_sections(continued_titles([u for u in doc.units if u.text]), min_chars)
    text, offsets = full_text(units)
    passages = []
    for n, piece in enumerate(pieces(units, offsets, max_chars, min_chars)):
        cues = tuple(Cue(max(0, offsets[u] - piece.start), units[u].location.start, units[u].location.end)
                     for u in piece.units if units[u].location.kind == "time")
        passages.append(
            Passage(
                id=f"{doc.meta.doc_id}:{n:04d}",
                doc_id=doc.meta.doc_id,
                text=text[piece.start : piece.end],
                context=context_of(doc.meta.title, piece.title),
                location=piece.location,
                span=(piece.start, piece.end),
                cues=cues,
            )
        )
    return text, passages
