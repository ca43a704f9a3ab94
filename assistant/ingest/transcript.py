"""WebVTT and SRT transcript loaders: one unit per cue, with its start and end time in seconds."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError
from ..models import Document, Location, Unit
from . import clean
from .catalog import resolve_meta
from .text import decode_text

TIMESTAMP = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?"
TIMING = re.compile(rf"^\s*{TIMESTAMP}\s*-->\s*{TIMESTAMP}")
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")


@dataclass(frozen=True)
class Cue:
    """One timed piece of a transcript."""

    start: float
    end: float
    text: str


def _seconds(hours, minutes, seconds, millis) -> float:
    fraction = int((millis or "0").ljust(3, "0")) / 1000
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + fraction


def cue_text(lines: list[str]) -> str:
    """Cue payload to plain text: "<v Speaker>" becomes "Speaker : ", other tags and entities are removed."""
    out = []
    for line in lines:
        line = VOICE.sub(lambda m: f"{m.group(1).strip()} : ", line)
        line = re.sub(r"</?[^>\s][^>]*>", "", line)
        line = html.unescape(line).strip()
        if line:
            out.append(line)
    return " ".join(" ".join(out).split())


def parse_cues(text: str) -> list[Cue]:
    """Cues of a WebVTT or SRT text: blocks separated by blank lines; headers, NOTE/STYLE/REGION and ids skipped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    cues = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.split("\n") if line.strip()]
        timing_at = next((i for i, line in enumerate(lines) if TIMING.match(line)), None)
        if timing_at is None or timing_at > 1:
            continue  # WEBVTT header, NOTE, STYLE, REGION or stray text
        match = TIMING.match(lines[timing_at])
        start, end = _seconds(*match.groups()[:4]), _seconds(*match.groups()[4:])
        body = cue_text(lines[timing_at + 1 :])
        if body:
            cues.append(Cue(start=start, end=max(start, end), text=body))
    return cues


def load_transcript(path: Path, data: bytes, entry: dict | None) -> Document:
    """Load a .vtt or .srt file into a Document of time units (grouped into passages by the chunker)."""
    cues = parse_cues(decode_text(data))
    if not cues:
        raise IngestError("Transcription sans aucun sous-titre lisible (format WebVTT ou SRT attendu)")
    meta = resolve_meta(path, entry, default_kind="transcript")
    units = [
        Unit(text=clean.normalise_chars(cue.text), location=Location(kind="time", start=cue.start, end=cue.end))
        for cue in cues
    ]
    return Document(meta=meta, units=[u for u in units if u.text])
