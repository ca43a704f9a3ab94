"""The real sample corpus: every file processes, headers and builds are gone, spans hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.ingest import SUPPORTED_SUFFIXES, process_file, read_catalog
from assistant.ingest.chunk import full_text
from assistant.ingest.pipeline import load_document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SETTINGS = Settings()
REPORT = "2017-11-09_fts_retour-sur-sante-mentale-politique-de-la-ville-hdf.pdf"
FILES = sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES) if CORPUS.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason="sample corpus not present")


@pytest.fixture(scope="module")
def processed():
    catalog = read_catalog(CORPUS)
    result = {}
    for path in FILES:
        meta, passages = process_file(path, catalog.get(path.name), SETTINGS, corpus_dir=CORPUS)
        doc = load_document(path, catalog.get(path.name), SETTINGS)
        result[path.name] = (meta, passages, full_text(doc.units)[0])
    return result


def test_every_file_processes_with_catalog_metadata(processed):
    assert len(processed) == 5
    for name, (meta, passages, _) in processed.items():
        assert meta.path == name and meta.doc_id == Path(name).stem
        assert meta.date and meta.url and meta.title
        assert passages, name


def test_spans_hold_and_passages_fit(processed):
    for meta, passages, text in processed.values():
        assert len({p.id for p in passages}) == len(passages)
        for p in passages:
            assert text[p.span[0] : p.span[1]] == p.text
            assert 0 < len(p.text) <= SETTINGS.passage_max_chars
            assert p.context.startswith(meta.title)


def test_running_header_of_the_report_is_gone(processed):
    _, passages, _ = processed[REPORT]
    joined = "\n".join(p.text for p in passages)
    assert joined.count("RETOUR SUR") <= 3
    assert "ET POLITIQUE\nDE LA VILLE" not in joined
    assert {p.location.kind for p in passages} == {"page"}
    assert "Agence Régionale de Santé Hauts-de-France" in joined  # a body line like the header survives


def test_slide_decks_are_cited_by_slide_and_builds_collapse(processed):
    for name, (meta, passages, _) in processed.items():
        if meta.kind == "slides":
            assert {p.location.kind for p in passages} == {"slide"}, name
    _, passages, _ = processed["2024-04-23_ccoms_clsm-outil-sante-mentale-occitanie.pdf"]
    joined = "\n".join(p.text for p in passages)
    assert joined.count("Le continuum de la santé mentale\n") <= 4  # eight build steps in the source
    assert joined.count("Permet d'avoir une force de frappe") <= 2  # the FAQ build has seven steps


def test_no_words_broken_by_line_end_hyphens(processed):
    for _, passages, _ in processed.values():
        for p in passages:
            assert "-\n" not in p.text
    _, passages, _ = processed["2023-02-02_ccoms_la-sante-mentale-dans-mon-quartier.pdf"]
    assert "médico-social, emploi" in "\n".join(p.text for p in passages)


def test_html_page_is_clean(processed):
    _, passages, _ = processed["2023-02-02_irev_webinaire-sante-mentale-politique-de-la-ville.html"]
    joined = "\n".join(p.text for p in passages)
    for noise in ("Accepter", "cookies", "Mentions légales", "Plan du site", "Page 4 sur 7", "Poids :"):
        assert noise not in joined
    assert all(p.location.kind == "section" for p in passages)
