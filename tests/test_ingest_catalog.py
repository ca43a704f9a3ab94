"""The catalog: TOML dates as ISO strings, missing and broken catalogs, metadata fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import IngestError
from assistant.ingest import read_catalog
from assistant.ingest.catalog import resolve_meta, title_from_filename


def test_catalog_dates_become_iso_strings(tmp_path):
    (tmp_path / "catalog.toml").write_text(
        '["a.pdf"]\ntitle = "Titre A"\ndate = 2023-02-02\npublished = 2023-02-03T10:00:00\n'
        'organisers = ["IREV", "CCOMS"]\n',
        encoding="utf-8",
    )
    catalog = read_catalog(tmp_path)
    assert catalog == {
        "a.pdf": {"title": "Titre A", "date": "2023-02-02", "published": "2023-02-03", "organisers": ["IREV", "CCOMS"]}
    }


def test_missing_catalog_is_empty(tmp_path):
    assert read_catalog(tmp_path) == {}
    assert read_catalog(tmp_path, "autre.toml") == {}


@pytest.mark.parametrize("content", ['["a.pdf"\ntitle = "x"\n', 'titre = "pas une table"\n'])
def test_broken_catalog_raises_in_french(tmp_path, content):
    (tmp_path / "catalog.toml").write_text(content, encoding="utf-8")
    with pytest.raises(IngestError, match="Catalogue « catalog.toml » invalide"):
        read_catalog(tmp_path)


def test_real_catalog_reads():
    catalog = read_catalog(Path(__file__).resolve().parents[1] / "corpus")
    entry = catalog["2023-02-02_ccoms_la-sante-mentale-dans-mon-quartier.pdf"]
    assert entry["kind"] == "slides" and entry["date"] == "2023-02-02"


def test_metadata_fallbacks():
    path = Path("2023-02-02_ccoms_la-sante-mentale-dans-mon-quartier.pdf")
    meta = resolve_meta(path, None)
    assert meta.title == "La sante mentale dans mon quartier" and meta.date == "2023-02-02"
    assert meta.doc_id == path.stem and meta.path == path.name and meta.kind == "document"
    meta = resolve_meta(path, None, own_title="Titre PDF", own_date="2026-01-01")
    assert meta.title == "Titre PDF" and meta.date == "2023-02-02"
    meta = resolve_meta(Path("notes.pdf"), {"speakers": "Une Personne"}, own_date="2020-01-01")
    assert meta.title == "Notes" and meta.date == "2020-01-01" and meta.speakers == ("Une Personne",)
    assert title_from_filename("compte_rendu_final") == "Compte rendu final"
