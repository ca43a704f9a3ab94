"""WebVTT, SRT and SubViewer (.sbv) transcript loaders: one unit per cue, with its start and end time in seconds.

YouTube's automatic captions roll: each cue repeats the line shown before it, then adds one. The repeated lines
are dropped, so that each word is said once, at the time of the cue that brings it.

Zoom and Teams write the speaker on every cue ("Hélène Marchetti: aux personnes qui…"): a cue that repeats the
label of the cue just before it loses it, so the chunker joins it to that cue as the continuation it is."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import IngestError
from ..models import Document, Location, Unit
from . import clean
from .catalog import resolve_meta
from .chunk import SILENCE_S, SPEAKER_LABEL
from .text import decode_text

TIMESTAMP = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?"
TIMING = re.compile(rf"^\s*{TIMESTAMP}\s*-->\s*{TIMESTAMP}")
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
# A name-like prefix is a speaker label when it opens at least this many cues of the file; a single word
# ("Objectif : 2026", "Question : …") more often opens a sentence, so it must open more of them.
MIN_LABEL_CUES = 2
MIN_ONE_WORD_LABEL_CUES = 3


@dataclass(frozen=True)
class Cue:
    """One timed piece of a transcript."""

    start: float
    end: float
    text: str
    voice: str = ""  # the speaker a WebVTT voice tag (<v Name>) opening the cue names


def _seconds(hours, minutes, seconds, millis) -> float:
    fraction = int((millis or "0").ljust(3, "0")) / 1000
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + fraction


def cue_lines(lines: list[str], legend: dict[str, str] | None = None) -> list[str]:
    """Cue payload lines as plain text: "<v Speaker>" becomes "Speaker : " (the name a legend gives initials, "<v HV>"
    -> "Dr Hélène Varin : "), other tags and entities are removed."""
    out = []
    for line in lines:
        line = VOICE.sub(lambda m: f"{_named(m.group(1), legend)} : ", line)
        line = re.sub(r"</?[^>\s][^>]*>", "", line)
        line = " ".join(html.unescape(line).split())
        if line:
            out.append(line)
    return out


# "[musique]", "[Applaudissements]": what is heard, not said; "[DR MARTIN] Bonjour": a speaker, in capitals
SOUND = re.compile(r"\[(?![A-ZÀ-Ý][A-ZÀ-Ý .'’-]*\])[^\]]{1,40}\]")
# A line that only says what is heard: "(Sonnette)", "(Bruits de vaisselle)", "♪ Générique ♪"
HEARD = re.compile(r"^\s*(?:\([^()]{1,40}\)|♪[^♪]{0,60}♪?)\s*$")
SPEAKER_IN_BRACKETS = re.compile(r"^\[([A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40})\]\s*")
TRANSITION_S = 0.05  # YouTube shows the line just said alone for 10 ms between two rolling cues


def new_lines(lines: list[str], shown: list[str], duration: float) -> list[str]:
    """The lines of a cue without those that the cue before it showed last (rolling captions): a cue opening
    on its predecessor's last lines keeps what follows them; one that only repeats them is dropped when it
    is a transition of a few milliseconds, kept otherwise (a speaker may say "Oui." twice)."""
    for k in range(min(len(lines), len(shown)), 0, -1):
        if lines[:k] == shown[-k:] and (k < len(lines) or duration < TRANSITION_S):
            return lines[k:]
    return lines


# A NOTE block's legend of the initials the voice tags use: "HV = Dr Hélène Varin, psychiatre, …"
_LEGEND_LINE = re.compile(r"^\s*([A-ZÀ-Ý]{1,4}\d?)\s*(?:=|:|–|—)\s*"
                          r"((?:[A-ZÀ-Ý][\w'’.-]*\s+){1,4}[A-ZÀ-Ý][\w'’-]+)\s*(?:[,(–—]|$)")


def _named(voice: str, legend: dict[str, str] | None) -> str:
    voice = " ".join(voice.split())
    return (legend or {}).get(voice, voice)


def speaker_legend(blocks: list[str]) -> dict[str, str]:
    """The names a NOTE block gives the initials of the voice tags ("HV = Dr Hélène Varin, psychiatre…")."""
    legend = {}
    for block in blocks:
        if block.lstrip().startswith("NOTE"):
            legend |= {m.group(1): m.group(2) for line in block.split("\n") if (m := _LEGEND_LINE.match(line))}
    return legend


def parse_cues(text: str) -> list[Cue]:
    """Cues of a WebVTT or SRT text: blocks separated by blank lines; headers, NOTE/STYLE/REGION and ids skipped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    cues, shown, seen = [], [], set()
    blocks = re.split(r"\n\s*\n", text)
    legend = speaker_legend(blocks)
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        timing_at = next((i for i, line in enumerate(lines) if TIMING.match(line)), None)
        if timing_at is None or timing_at > 1:
            continue  # WEBVTT header, NOTE, STYLE, REGION or stray text
        match = TIMING.match(lines[timing_at])
        start, end = _seconds(*match.groups()[:4]), _seconds(*match.groups()[4:])
        payload = [line for line in cue_lines(lines[timing_at + 1 :], legend) if not HEARD.match(line)]
        if (start, end, tuple(payload)) in seen:
            continue  # a stream cut into segments repeats the cue that crosses from one to the next
        seen.add((start, end, tuple(payload)))
        said = new_lines(payload, shown, end - start)
        shown = payload
        voice = VOICE.match(lines[timing_at + 1].strip()) if timing_at + 1 < len(lines) else None
        speaker = _named(voice.group(1), legend) if voice else ""
        for at, until, part in _turns_in_cue(said, start, max(start, end)):
            body = " ".join(" ".join(SPEAKER_IN_BRACKETS.sub(r"\1 : ", SOUND.sub(" ", line)).split())
                            for line in part).strip()
            if body:
                cues.append(Cue(start=at, end=until, text=" ".join(body.split()), voice=speaker))
    return cues


def _turns_in_cue(lines: list[str], start: float, end: float) -> list[tuple[float, float, list[str]]]:
    """A cue's lines, split where a second speaker's dash line starts ("- Gratuit, même sans mutuelle ?" /
    "- Même sans mutuelle."): each turn its own cue, the cue's time shared by their lengths."""
    starts = [i for i, line in enumerate(lines) if DASH_TURN.match(line)]
    if len(starts) < 2:
        return [(start, end, lines)]
    bounds = ([0] if starts[0] else []) + starts + [len(lines)]
    parts = [lines[a:b] for a, b in zip(bounds, bounds[1:]) if lines[a:b]]
    total = sum(len(" ".join(part)) for part in parts) or 1
    out, at = [], start
    for part in parts:
        until = at + (end - start) * len(" ".join(part)) / total
        out.append((round(at, 3), round(until, 3), part))
        at = until
    return out


DASH_TURN = re.compile(r"\s*[-–—]\s")  # a broadcast caption's speaker change


def _opening_label(cue: Cue) -> tuple[str, int] | None:
    """The speaker label the cue's text opens with and the length of that prefix ("Nom : "), or None."""
    if cue.voice and cue.text.startswith(f"{cue.voice} : "):
        return cue.voice, len(cue.voice) + 3
    match = SPEAKER_LABEL.match(cue.text)
    return (match.group("name"), match.end()) if match else None


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def continued_turns(cues: list[Cue]) -> list[Cue]:
    """The cues, the label dropped from each one that repeats the speaker of the cue just before it.

    A label is a voice tag, or a name-like prefix ("Hélène Marchetti: ", "CLAIRE VIDAL : ") that opens several
    cues of the file (a single word, three): "Objectif : 2026" said once or twice is no speaker. The first cue of
    each turn keeps its label, and so does a cue after a silence long enough for the chunker to start a new
    paragraph. Times are untouched."""
    labels = [_opening_label(cue) for cue in cues]
    counts = Counter(_key(label[0]) for label in labels if label)

    def is_label(cue: Cue, name: str) -> bool:
        needed = MIN_LABEL_CUES if len(name.split()) > 1 else MIN_ONE_WORD_LABEL_CUES
        return bool(cue.voice) or counts[_key(name)] >= needed

    result, previous = [], None
    for i, (cue, label) in enumerate(zip(cues, labels)):
        key = _key(label[0]) if label and is_label(cue, label[0]) else None
        rest = cue.text[label[1]:].strip() if key else ""
        if key and key == previous and rest and cue.start - cues[i - 1].end <= SILENCE_S:
            cue = replace(cue, text=rest)
        result.append(cue)
        previous = key
    return result


# YouTube's SubViewer captions (.sbv): "0:00:01.599,0:00:04.160" over each cue's lines, ">> " opening a new speaker's
_SBV_TIMING = re.compile(rf"^(\s*{TIMESTAMP})\s*,\s*({TIMESTAMP})\s*$", re.MULTILINE)
_SBV_SPEAKER_CHANGE = re.compile(r"^\s*>>\s*", re.MULTILINE)


def sbv_as_srt(text: str) -> str:
    """SubViewer captions written as SRT cues: their timing lines read "start --> end"."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SBV_SPEAKER_CHANGE.sub("", _SBV_TIMING.sub(lambda m: f"{m.group(1)} --> {m.group(6)}", text))


def load_transcript(path: Path, data: bytes, entry: dict | None) -> Document:
    """Load a .vtt, .srt or .sbv file into a Document of time units (grouped into passages by the chunker)."""
    text = decode_text(data)
    cues = continued_turns(parse_cues(sbv_as_srt(text) if path.suffix.lower() == ".sbv" else text))
    if not cues:
        raise IngestError("Transcription sans aucun sous-titre lisible (format WebVTT, SRT ou SBV attendu)")
    meta = resolve_meta(path, entry, default_kind="transcript")
    units = [
        Unit(text=clean.normalise_chars(cue.text), location=Location(kind="time", start=cue.start, end=cue.end))
        for cue in cues
    ]
    return Document(meta=meta, units=[u for u in units if u.text])
