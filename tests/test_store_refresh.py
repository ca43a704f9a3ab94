"""Incremental refresh on real files: what is reprocessed, reused, removed, and reported."""

from __future__ import annotations

import json
import shutil

from conftest import make_settings
from ingest_fixtures import write_drawing_only, write_encrypted, write_report

from assistant.core import Assistant
from assistant.models import Filters
from assistant.store.snapshot import current_generation


def write_note(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def small_corpus(base):
    corpus = base / "corpus"
    corpus.mkdir()
    write_note(corpus / "note-logement.txt",
               "Le pôle habitat accompagne les personnes suivies en psychiatrie vers un logement autonome.\n\n"
               "Les bailleurs sociaux participent au groupe de travail logement du conseil local.")
    write_note(corpus / "note-jeunesse.md",
               "# Jeunesse\n\nLes maisons des adolescents reçoivent les jeunes en souffrance psychique.\n\n"
               "# Écoles\n\nLes infirmières scolaires repèrent les difficultés des élèves.")
    write_report(corpus / "rapport-regional.pdf", title="Rapport régional")
    return make_settings(base)


def counting_progress():
    seen: dict[str, tuple[int, int]] = {}

    def progress(stage, done, total):
        seen[stage] = (done, total)

    return seen, progress


def test_first_refresh_adds_every_file(tmp_path):
    settings = small_corpus(tmp_path)
    report = Assistant(settings).refresh()
    assert sorted(report.added) == ["note-jeunesse.md", "note-logement.txt", "rapport-regional.pdf"]
    assert report.updated == report.unchanged == report.removed == report.failed == []
    assert report.generation == current_generation(settings.index_dir) == "gen-000001"
    manifest = json.loads((settings.index_dir / "gen-000001" / "manifest.json").read_text())
    assert set(manifest["documents"]) == {"note-jeunesse", "note-logement", "rapport-regional"}
    assert all(len(d["fingerprint"]) == 64 for d in manifest["documents"].values())
    assert manifest["counts"]["passages"] == report.passages > 3


def test_noop_refresh_keeps_the_live_generation_and_embeds_nothing(tmp_path):
    settings = small_corpus(tmp_path)
    first = Assistant(settings).refresh()
    seen, progress = counting_progress()
    again = Assistant(settings).refresh(progress=progress)
    assert again.generation == first.generation
    assert sorted(again.unchanged) == sorted(first.added) and not again.added and not again.updated
    assert seen["files"] == (3, 3)
    assert seen["embedding"] == (0, 0)
    assert sorted(p.name for p in settings.index_dir.glob("gen-*")) == ["gen-000001"]


def test_changes_are_reprocessed_and_only_new_text_is_embedded(tmp_path):
    settings = small_corpus(tmp_path)
    assistant = Assistant(settings)
    assistant.refresh()
    corpus = settings.corpus_dir
    (corpus / "note-jeunesse.md").write_text(
        "# Jeunesse\n\nLes maisons des adolescents reçoivent les jeunes en souffrance psychique.\n\n"
        "# Sport\n\nLe club de rugby organise une journée sur le bien-être mental des joueurs.", "utf-8")
    (corpus / "note-logement.txt").unlink()
    write_note(corpus / "webinaire-elus.txt", "Les élus municipaux président le comité de pilotage du conseil.")
    seen, progress = counting_progress()
    report = assistant.refresh(progress=progress)
    assert report.added == ["webinaire-elus.txt"]
    assert report.updated == ["note-jeunesse.md"]
    assert report.unchanged == ["rapport-regional.pdf"]
    assert report.removed == ["note-logement.txt"]
    assert report.generation == "gen-000002"
    # The unchanged "Jeunesse" section keeps its vector; only the new texts are embedded.
    done, total = seen["embedding"]
    assert done == total and 1 <= total <= 3
    docs = {c.doc for c in assistant.ask("rugby bien-être des joueurs", k=3).citations}
    assert "note-jeunesse" in docs
    assert all(c.doc != "note-logement" for c in assistant.ask("bailleurs sociaux logement", k=10).citations)
    assert {d.meta.doc_id for d in assistant.documents()} == {"note-jeunesse", "webinaire-elus", "rapport-regional"}


def test_catalog_change_updates_metadata(tmp_path):
    settings = small_corpus(tmp_path)
    assistant = Assistant(settings)
    assistant.refresh()
    (settings.corpus_dir / "catalog.toml").write_text(
        '["note-logement.txt"]\ntitle = "Logement et psychiatrie"\nkind = "note"\nregion = "Occitanie"\n'
        'date = 2024-05-02\nurl = "https://exemple.fr/logement"\n', "utf-8")
    report = assistant.refresh()
    assert report.updated == ["note-logement.txt"]
    meta = assistant.document("note-logement").meta
    assert (meta.title, meta.kind, meta.region, meta.date, meta.url) == (
        "Logement et psychiatrie", "note", "Occitanie", "2024-05-02", "https://exemple.fr/logement")


def test_bad_files_are_reported_in_french_and_the_rest_is_indexed(tmp_path):
    settings = small_corpus(tmp_path)
    corpus = settings.corpus_dir
    (corpus / "tronque.pdf").write_bytes((corpus / "rapport-regional.pdf").read_bytes()[:700])
    write_encrypted(corpus / "protege.pdf", corpus / "rapport-regional.pdf")
    write_drawing_only(corpus / "scan.pdf")
    (corpus / "vide.txt").write_bytes(b"")
    (corpus / "compte-rendu.xls").write_bytes(b"\xd0\xcf\x11\xe0 an old Excel workbook")
    (corpus / "suivi.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (corpus / "binaire.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "enorme.txt").write_text("santé mentale " * 200_000, "utf-8")
    report = Assistant(settings.model_copy(update={"max_file_mb": 1.0})).refresh()
    reasons = {f.path: f.reason for f in report.failed}
    assert set(reasons) == {"tronque.pdf", "protege.pdf", "scan.pdf", "vide.txt", "compte-rendu.xls", "suivi.xlsx",
                            "binaire.txt", "enorme.txt"}
    assert "mot de passe" in reasons["protege.pdf"]
    assert "OCR" in reasons["scan.pdf"]
    assert "vide" in reasons["vide.txt"].lower()
    assert ".pdf" in reasons["compte-rendu.xls"] and ".xlsx" in reasons["compte-rendu.xls"]  # the formats read
    assert "Classeur Excel corrompu" in reasons["suivi.xlsx"]
    assert "volumineux" in reasons["enorme.txt"]
    assert sorted(report.added) == ["note-jeunesse.md", "note-logement.txt", "rapport-regional.pdf"]


def test_a_file_broken_by_an_update_keeps_its_previous_version(tmp_path):
    settings = small_corpus(tmp_path)
    assistant = Assistant(settings)
    assistant.refresh()
    pdf = settings.corpus_dir / "rapport-regional.pdf"
    pdf.write_bytes(pdf.read_bytes()[:500])
    report = assistant.refresh()
    assert [f.path for f in report.failed] == ["rapport-regional.pdf"]
    assert "version précédente" in report.failed[0].reason
    assert "rapport-regional" in {d.meta.doc_id for d in assistant.documents()}


def test_a_document_without_catalog_entry_falls_back_to_the_pdf_metadata(sample_copy):
    shutil.copy(sample_copy.corpus_dir / "2024-04-23_ars-occitanie_cls-sante-mentale-contrats-de-ville.pdf",
                sample_copy.corpus_dir / "2024-05-01_ars_copie-sans-catalogue.pdf")
    assistant = Assistant(sample_copy)
    report = assistant.refresh()
    assert report.added == ["2024-05-01_ars_copie-sans-catalogue.pdf"]
    meta = assistant.document("2024-05-01_ars_copie-sans-catalogue").meta
    # The PDF's own title, its date from the file name, and slides detected from landscape pages.
    assert meta.title.startswith("La prise en compte de la santé mentale dans les CLS")
    assert meta.date == "2024-05-01"
    assert meta.kind == "slides" and meta.url is None
    # Its passages repeat the original's, so they are only shown when the search is limited to it.
    hits = assistant.search("santé mentale dans les CLS", k=5, filters=Filters(docs=(meta.doc_id,)))
    assert hits and all(h.passage.doc_id == meta.doc_id for h in hits)


def test_a_transcript_passage_cites_its_time_range(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "webinaire-2024.vtt").write_text(
        "WEBVTT\n\n00:12:31.000 --> 00:12:50.000\n<v Fanny Pastant>Le conseil local de santé mentale "
        "est présidé par le maire ou son représentant.\n\n00:12:50.000 --> 00:13:05.000\n"
        "<v Fanny Pastant>Il réunit la psychiatrie publique, les usagers et les aidants.\n", "utf-8")
    assistant = Assistant(make_settings(tmp_path))
    assistant.refresh()
    citation = assistant.ask("Qui préside le conseil local de santé mentale ?").citations[0]
    assert citation.doc == "webinaire-2024"
    # cited at the cue of the quoted sentence; the whole passage's range is kept beside it
    assert citation.location.label == "00:12:31–00:12:50"
    assert citation.passage_location.label == "00:12:31–00:13:05"
    assert "Fanny Pastant" in citation.text
