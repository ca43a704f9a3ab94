"""Scanned PDFs read by Tesseract in French: page numbers, OCR marks, the quality gate, the cache, the report."""

from __future__ import annotations

import json

import pytest
from conftest import make_settings
from helpers import run_cli
from ocr_fixtures import MINUTES_PAGES, write_mixed_pdf, write_scanned_pdf

from assistant.config import Settings
from assistant.core import Assistant
from assistant.errors import IngestError
from assistant.ingest import process_file
from assistant.ingest.ocr import CACHE_DIR, MIN_CONFIDENCE, Reading, ocr_run, reading_from_data
from assistant.models import Location
from assistant.views import ocr_summary

MISSING_TESSERACT = "/nonexistent/bin/tesseract"
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-fra"
OCR_MARK = "texte reconnu par OCR"


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    """The scanned minutes (2 pages), the mixed annex (typed, scanned, blurred, blank) and a blurred scan."""
    folder = tmp_path_factory.mktemp("scans")
    return {
        "minutes": write_scanned_pdf(folder / "compte-rendu-scanne.pdf"),
        "mixed": write_mixed_pdf(folder / "annexe-mixte.pdf"),
        "blurred": write_scanned_pdf(folder / "courrier-flou.pdf", MINUTES_PAGES[:1], blur=6),
    }


def corpus_with(tmp_path, *files):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in files:
        (corpus / source.name).write_bytes(source.read_bytes())
    (corpus / "note-logement.md").write_text(
        "# Logement\n\nLe pôle habitat accompagne les personnes suivies en psychiatrie vers un logement "
        "autonome. Les bailleurs sociaux participent au groupe de travail logement.", "utf-8")
    return make_settings(tmp_path)


def test_a_scanned_pdf_is_read_in_french_page_by_page_and_cached(scans, tmp_path):
    cache = tmp_path / CACHE_DIR
    with ocr_run(cache_dir=cache) as run:
        meta, passages = process_file(scans["minutes"], None, Settings())
    assert (run.pages, run.cached) == (2, 0) and run.seconds > 0
    assert [p.location.start for p in passages] == [1, 2]
    assert all(p.location.ocr for p in passages)
    assert passages[1].location.label == f"p. 2 — {OCR_MARK}"
    assert "hôtel de ville" in passages[0].text and "quarante-deux situations complexes" in passages[0].text
    assert "deux infirmières, une psychologue" in passages[1].text and "Planoise" in passages[1].text
    assert passages[1].to_dict()["location"]["ocr"] is True
    assert len(list(cache.rglob("*.json"))) == 2
    # The same pages again: read from the cache, Tesseract is not even needed.
    with ocr_run(MISSING_TESSERACT, cache_dir=cache) as again:
        _, cached = process_file(scans["minutes"], None, Settings())
    assert (again.pages, again.cached) == (0, 2)
    assert [p.text for p in cached] == [p.text for p in passages]


def test_a_question_on_a_scan_finds_its_page_and_the_citation_says_ocr(scans, tmp_path):
    settings = corpus_with(tmp_path, scans["minutes"])
    assistant = Assistant(settings)
    report = assistant.refresh()
    assert sorted(report.added) == ["compte-rendu-scanne.pdf", "note-logement.md"] and not report.failed
    assert (report.ocr_pages, report.ocr_cached) == (2, 0) and report.ocr_seconds > 0
    assert report.to_dict()["ocr"]["pages"] == 2
    assert ocr_summary(report).startswith("Pages lues par OCR : 2 en ")
    response = assistant.ask("Qui compose l'équipe mobile de psychiatrie ?")
    first = response.citations[0]
    assert (first.doc, int(first.location.start)) == ("compte-rendu-scanne", 2)
    assert first.to_dict()["location"] == f"p. 2 — {OCR_MARK}"
    assert first.to_dict()["location_detail"]["ocr"] is True
    # A change of the passage settings reloads every file: the scanned pages come from the cache.
    changed = Assistant(settings.model_copy(update={"passage_max_chars": 2500}))
    again = changed.refresh()
    assert "compte-rendu-scanne.pdf" in again.updated
    assert (again.ocr_pages, again.ocr_cached) == (0, 2)
    assert ocr_summary(again) == "Pages lues par OCR : 0 en 0,0 s ; 2 déjà lues, reprises du cache"


def test_a_page_too_poor_to_read_is_reported_not_indexed(scans, tmp_path):
    settings = corpus_with(tmp_path, scans["mixed"], scans["blurred"])
    assistant = Assistant(settings)
    report = assistant.refresh()
    assert sorted(report.added) == ["annexe-mixte.pdf", "note-logement.md"]
    [warning] = report.warnings
    assert warning.path == "annexe-mixte.pdf"
    assert warning.message.startswith("p. 3 : reconnaissance OCR trop incertaine (confiance moyenne")
    assert warning.message.endswith("page non indexée")
    passages = assistant.snapshot().passages
    pages = {int(p.location.start): p.location.ocr for p in passages if p.doc_id == "annexe-mixte"}
    assert pages == {1: False, 2: True}  # the blurred page 3 and the blank page 4 are not indexed
    [failure] = report.failed
    assert failure.path == "courrier-flou.pdf"
    assert failure.reason.startswith("PDF scanné sans texte exploitable : p. 1 : reconnaissance OCR trop incertaine")


def test_readings_are_judged_by_their_words_and_confidence():
    data = {"text": ["", "Équipe", "mobile", "à", "domicile", "x"], "conf": [-1, 91, 88, 95, 90, 12],
            "page_num": [1] * 6, "block_num": [1] * 6, "par_num": [1] * 6, "line_num": [0, 1, 1, 1, 2, 2]}
    reading = reading_from_data(data)
    assert reading.text == "Équipe mobile à\ndomicile x" and reading.words == 5
    assert reading.confidence == pytest.approx((91 + 88 + 95 + 90 + 12) / 5)
    assert reading.problem() is None
    assert "trop peu de mots" in Reading("à x 12 ab", 4, 95.0).problem()
    assert "confiance moyenne 40 %" in Reading("un deux trois quatre", 4, 40.0).problem()
    assert Reading("un deux trois", 3, MIN_CONFIDENCE).problem() is None


def test_an_ocr_location_round_trips_and_old_indexes_still_load():
    location = Location(kind="page", start=4, end=4, ocr=True)
    assert Location.from_dict(location.to_dict()) == location
    old = {"kind": "page", "start": 4, "end": 4, "section": "", "printed": None, "label": "p. 4"}
    assert Location.from_dict(old).ocr is False and Location.from_dict(old).label == "p. 4"


def test_without_tesseract_a_scan_is_refused_with_how_to_install(scans):
    with ocr_run(MISSING_TESSERACT), pytest.raises(IngestError) as refused:
        process_file(scans["minutes"], None, Settings())
    assert "OCR" in str(refused.value) and INSTALL in str(refused.value)


@pytest.mark.subprocess
def test_the_ingest_command_reports_ocr_and_reads_scans_once_tesseract_is_installed(scans, tmp_path):
    settings = corpus_with(tmp_path, scans["minutes"], scans["mixed"])
    env = {"ASSISTANT_CORPUS_DIR": str(settings.corpus_dir), "ASSISTANT_INDEX_DIR": str(settings.index_dir),
           "ASSISTANT_EMBEDDER": settings.embedder}
    without = run_cli("ingest", ASSISTANT_TESSERACT_CMD=MISSING_TESSERACT, **env)
    assert without.returncode == 0, without.stderr
    out = " ".join(without.stdout.split())  # Rich wraps long lines
    assert "compte-rendu-scanne.pdf — PDF sans texte" in out and INSTALL in out
    assert "annexe-mixte.pdf — p. 2, 3, 4 : pages scannées non lues — Tesseract est introuvable" in out

    installed = run_cli("ingest", "--json", **env)  # Tesseract from the PATH: the scans are read now
    assert installed.returncode == 0, installed.stderr
    report = json.loads(installed.stdout)
    assert report["added"] == ["compte-rendu-scanne.pdf"] and report["updated"] == ["annexe-mixte.pdf"]
    # Five scanned pages, but the annex's page 2 is the same image as the minutes' page 2: read once.
    assert (report["ocr"]["pages"], report["ocr"]["cached"]) == (4, 1) and report["ocr"]["seconds"] > 0
    assert [w["message"][:5] for w in report["warnings"]] == ["p. 3 "]
