"""Upload helpers without a server: file-name sanitising and catalog.toml merging."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from assistant.api.ratelimit import RateLimiter
from assistant.corpus_files import SUPPORTED_SUFFIXES, merge_catalog_entry, parse_meta, sanitise_filename
from assistant.errors import DocumentRefused

CATALOG = """# Métadonnées du corpus : un commentaire à garder.

["a.pdf"]
title = "Premier"
date = 2023-02-02
organisers = ["IREV", "CCOMS"]
"""


@pytest.mark.parametrize("raw, expected", [
    ("rapport.pdf", "rapport.pdf"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\windows\\win.ini.md", "win-ini.md"),
    ("Compte rendu Réunion (CLSM) 2024.PDF", "Compte-rendu-Reunion-CLSM-2024.pdf"),
    ("  .cache.html", "cache.html"),
    ("<script>alert(1)</script>.html", "script.html"),  # "/" is a path separator
    ("<b onmouseover=x>note.md", "b-onmouseover-x-note.md"),
    ("sous-titres.fr.vtt", "sous-titres-fr.vtt"),
])
def test_sanitise_filename(raw, expected):
    assert sanitise_filename(raw) == expected


@pytest.mark.parametrize("raw, reason", [
    ("virus.exe", "unsupported"), ("catalog.toml", "unsupported"), ("sans-extension", "invalid"),
    ("....pdf", "invalid"), ("", "invalid"), ("archive.pdf.zip", "unsupported"),
])
def test_sanitise_filename_refuses(raw, reason):
    with pytest.raises(DocumentRefused) as err:
        sanitise_filename(raw)
    assert err.value.reason == reason


def test_the_suffixes_accepted_are_those_the_ingest_pipeline_reads():
    from assistant.ingest.pipeline import LOADERS

    assert set(SUPPORTED_SUFFIXES) == set(LOADERS)
    assert sanitise_filename("notes.markdown") == "notes.markdown"


def test_new_entry_is_appended_and_the_file_stays_valid(tmp_path):
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(CATALOG, encoding="utf-8")
    meta = parse_meta({"title": 'Titre "guillemets" \\ barre et\tcontrôle\x07', "date": "2024-06-11",
                       "organisers": ["ARS; CCOMS"], "url": "https://example.org/a?b=1&c=2"})
    entry = merge_catalog_entry(catalog, "b.pdf", meta.entry())
    text = catalog.read_text(encoding="utf-8")
    assert text.startswith(CATALOG)  # appended: the rest of the file is untouched
    data = tomllib.loads(text)
    assert data["b.pdf"] == entry
    assert data["b.pdf"]["title"] == 'Titre "guillemets" \\ barre et\tcontrôle'
    assert data["b.pdf"]["date"] == dt.date(2024, 6, 11)
    assert data["b.pdf"]["organisers"] == ["ARS", "CCOMS"]


def test_existing_entry_is_merged_keeping_the_header(tmp_path):
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(CATALOG, encoding="utf-8")
    merge_catalog_entry(catalog, "a.pdf", {"title": "Nouveau titre", "region": "Occitanie"})
    text = catalog.read_text(encoding="utf-8")
    assert text.startswith("# Métadonnées du corpus")
    entry = tomllib.loads(text)["a.pdf"]
    assert entry == {"title": "Nouveau titre", "date": dt.date(2023, 2, 2), "organisers": ["IREV", "CCOMS"],
                     "region": "Occitanie"}


def test_metadata_validation():
    with pytest.raises(DocumentRefused, match="date"):
        parse_meta({"date": "hier"})
    with pytest.raises(DocumentRefused, match="lien"):
        parse_meta({"url": "javascript:alert(1)"})
    assert parse_meta({"title": "  ", "speakers": "A;B;;"}).entry() == {"speakers": ["A", "B"]}


def test_rate_limiter_refills_over_time():
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert limiter.acquire("a") == 0 and limiter.acquire("a") == 0
    wait = limiter.acquire("a")
    assert 29 < wait <= 30  # 2 per minute: one token every 30 s
    assert limiter.acquire("b") == 0  # per client
    now[0] += 30
    assert limiter.acquire("a") == 0
    assert RateLimiter(0).acquire("a") == 0  # 0 disables the limit
