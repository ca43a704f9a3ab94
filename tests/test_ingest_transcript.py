"""WebVTT and SRT ingestion: cue times, voices, grouping into time-ranged passages."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest import process_file
from assistant.ingest.transcript import parse_cues

VTT = """\ufeffWEBVTT - Webinaire CLSM
Kind: captions
Language: fr

NOTE Ceci est un commentaire
sur deux lignes

STYLE
::cue { color: white }

intro
00:12:31.000 --> 00:12:40.500 align:start position:10%
<v Fanny Pastant>Bonjour à toutes et à tous, bienvenue à ce webinaire.</v>

00:12:41.000 --> 00:12:52.000
<v.loud Sonia Charapoff>Nous allons parler des <b>conseils locaux</b> de santé mentale &amp; de la ville.

12:53.000 --> 13:05.000
Le CLSM est présidé par un élu local.
"""

SRT = """1\r
00:00:01,500 --> 00:00:04,000\r
Premier sous-titre,\r
sur deux lignes.\r
\r
2\r
00:00:05,000 --> 00:00:09,250\r
<i>Deuxième</i> sous-titre.\r
\r
"""


def test_vtt_cues_keep_times_and_speakers():
    cues = parse_cues(VTT)
    assert [(c.start, c.end) for c in cues] == [(751.0, 760.5), (761.0, 772.0), (773.0, 785.0)]
    assert cues[0].text == "Fanny Pastant : Bonjour à toutes et à tous, bienvenue à ce webinaire."
    assert cues[1].text == "Sonia Charapoff : Nous allons parler des conseils locaux de santé mentale & de la ville."
    assert all("NOTE" not in c.text and "color" not in c.text for c in cues)


def test_srt_cues_with_comma_milliseconds_and_crlf():
    cues = parse_cues(SRT)
    assert [(c.start, c.end) for c in cues] == [(1.5, 4.0), (5.0, 9.25)]
    assert cues[0].text == "Premier sous-titre, sur deux lignes."
    assert cues[1].text == "Deuxième sous-titre."


def test_vtt_passage_cites_its_time_range(tmp_path):
    path = tmp_path / "webinaire.vtt"
    path.write_text(VTT, encoding="utf-8")
    meta, passages = process_file(path, {"title": "Webinaire CLSM"}, Settings())
    assert meta.kind == "transcript"
    assert len(passages) == 1
    assert passages[0].location.kind == "time"
    assert passages[0].location.label == "00:12:31–00:13:05"
    assert passages[0].text.startswith("Fanny Pastant : Bonjour")
    assert passages[0].context == "Webinaire CLSM"


def test_cues_are_grouped_up_to_the_passage_limit(tmp_path):
    blocks = [
        f"{i + 1}\n00:{i // 6:02d}:{i * 10 % 60:02d},000 --> 00:{i // 6:02d}:{i * 10 % 60 + 9:02d},000\n"
        f"Phrase numéro {i} du webinaire sur la santé mentale dans les quartiers.\n"
        for i in range(30)
    ]
    path = tmp_path / "long.srt"
    path.write_text("\n".join(blocks), encoding="utf-8")
    settings = Settings(passage_max_chars=300)
    _, passages = process_file(path, None, settings)
    assert len(passages) > 3
    assert all(len(p.text) <= 300 for p in passages)
    assert passages[0].location.start == 0 and passages[-1].location.end == 4 * 60 + 59
    for before, after in zip(passages, passages[1:]):
        assert before.location.end <= after.location.start
    assert sum(p.text.count("Phrase numéro") for p in passages) == 30


def test_transcript_without_cues_is_refused(tmp_path):
    path = tmp_path / "vide.vtt"
    path.write_text("WEBVTT\n\nNOTE rien\n", encoding="utf-8")
    with pytest.raises(IngestError, match="Transcription"):
        process_file(path, None, Settings())
