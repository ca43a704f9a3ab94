"""Kinds of documents: the known ones listed in the README and the catalog's comments with their French labels,
another spelling read as a known kind, an unknown one reported by `cli.py ingest` with the closest known kind,
and the French labels on the admin page."""

from __future__ import annotations

import re

import pytest
from api_support import ADMIN_TOKEN, ErrorLog, serve
from conftest import ROOT, make_settings
from helpers import one_json, run_cli
from test_admin_page import sign_in
from test_widget_browser import browser  # noqa: F401 - the shared Chromium fixture

from assistant.core import Assistant
from assistant.ingest.catalog import resolve_meta
from assistant.kinds import KIND_LABELS, KNOWN_KINDS, closest_kind, kind_label, kind_warning, known_kind

NOTE = "# Jardin partagé\n\nLe jardin partagé de Roubaix accueille les habitants suivis par le CMP.\n"
CATALOG = """["replay.md"]
title = "Replay du webinaire"
kind = "webinar transcript"

["support.md"]
title = "Support du webinaire"
kind = "Diaporama"
"""


@pytest.mark.parametrize(("written", "known"), [
    ("slides", "slides"), ("Slides", "slides"), ("diaporama", "slides"), ("Webinar-Page", "webinar page"),
    ("web page", "webpage"), ("Transcription", "transcript"), ("RAPPORT", "report"),
    ("webinar transcript", None), ("fiche", None), ("", None), (None, None)])
def test_a_known_kind_is_recognised_however_it_is_written(written, known):
    assert known_kind(written) == known


def test_every_known_kind_has_a_french_label_and_an_unknown_one_is_shown_as_written():
    assert kind_label("slides") == "diaporama" and kind_label("webinar page") == "page de webinaire"
    assert kind_label("Transcript") == "transcription" and kind_label("webinar transcript") == "webinar transcript"
    assert kind_label(None) == ""


def test_an_unknown_kind_is_warned_about_with_the_closest_known_kind():
    assert closest_kind("webinar transcript") == "transcript"
    assert closest_kind("rapport annuel") == "report"
    assert closest_kind("fiche") is None
    warning = kind_warning("webinar transcript")
    assert warning.startswith("Type de document inconnu : « webinar transcript ». "
                              "Vouliez-vous dire « transcript » (transcription) ?")
    assert all(f"« {kind} » ({label})" in warning for kind, label in KIND_LABELS.items())
    assert "Vouliez-vous" not in kind_warning("fiche") and "Types connus" in kind_warning("fiche")
    assert kind_warning("Slides") is None and kind_warning(None) is None


def test_search_knows_words_for_exactly_the_known_kinds():
    from assistant.search.metadata import KIND_WORDS

    assert set(KIND_WORDS) == set(KNOWN_KINDS)


def test_the_readme_and_the_catalogs_comments_list_the_known_kinds_with_their_labels():
    readme = (ROOT / "README.md").read_text("utf-8")
    rows = dict(re.findall(r"^\| `([a-z ]+)` \| ([^|]+?) \|$", readme, re.M))
    assert {k: v for k, v in rows.items() if k in KIND_LABELS or v in KIND_LABELS.values()} == KIND_LABELS
    comments = "\n".join(line.lstrip("# ") for line in (ROOT / "corpus" / "catalog.toml").read_text("utf-8")
                         .splitlines() if line.startswith("#"))
    assert all(f"{kind} ({label})" in " ".join(comments.split()) for kind, label in KIND_LABELS.items())


def test_a_known_kind_written_otherwise_is_stored_in_the_products_spelling(tmp_path):
    meta = resolve_meta(tmp_path / "support.pdf", {"kind": " Diaporama "})
    assert meta.kind == "slides"
    assert resolve_meta(tmp_path / "replay.vtt", {"kind": "webinar transcript"}).kind == "webinar transcript"


def write_corpus(base):
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "replay.md").write_text(NOTE, "utf-8")
    (corpus / "support.md").write_text(NOTE.replace("Roubaix", "Tourcoing"), "utf-8")
    (corpus / "catalog.toml").write_text(CATALOG, "utf-8")
    return corpus


@pytest.mark.subprocess
def test_ingest_warns_about_an_unknown_kind_every_time_and_indexes_the_file(tmp_path):
    corpus = write_corpus(tmp_path)
    args = ("ingest", "--corpus", str(corpus), "--index", str(tmp_path / "index"))
    result = run_cli(*args, ASSISTANT_EMBEDDER="none")
    assert result.returncode == 0, result.stderr
    assert "Ajoutés : 2" in result.stdout and "En échec : 0" in result.stdout
    assert "Avertissements : 1" in result.stdout
    said = " ".join(result.stdout.split())  # the console wraps long lines
    assert ("· replay.md — Type de document inconnu : « webinar transcript ». Vouliez-vous dire « transcript » "
            "(transcription) ?") in said

    again = one_json(run_cli(*args, "--json", ASSISTANT_EMBEDDER="none").stdout)  # nothing changed: still said
    assert again["unchanged"] == ["replay.md", "support.md"]
    assert [w["path"] for w in again["warnings"]] == ["replay.md"]
    assert "« transcript »" in again["warnings"][0]["message"]


@pytest.mark.browser
def test_the_admin_page_shows_french_kinds_and_the_catalogs_warnings(browser, tmp_path):  # noqa: F811
    settings = make_settings(tmp_path, admin_token=ADMIN_TOKEN, rate_limit_per_minute=0)
    write_corpus(tmp_path)
    assert Assistant(settings).refresh().warnings
    context = browser.new_context(viewport={"width": 1100, "height": 800}, locale="fr-FR")
    page = context.new_page()
    with ErrorLog() as log:
        server = serve(settings)
        try:
            sign_in(page, server.url)
            metas = page.locator("#documents .doc-meta").all_text_contents()
            assert sorted(metas) == ["diaporama", "webinar transcript"]
            last = page.locator("#last-refresh")
            last.locator("ul.warnings li").first.wait_for()
            assert "Avertissements :" in last.text_content()
            assert last.locator("ul.warnings li").all_text_contents() == [
                f"replay.md : {kind_warning('webinar transcript')}"]
        finally:
            context.close()
            server.stop()
    assert not log.records, log.messages()


def test_the_kind_hints_people_read_name_french_kinds_the_product_accepts():
    import re
    from pathlib import Path

    from assistant.kinds import KIND_LABELS, known_kind
    from assistant.tui.add_document import AddDocumentScreen

    page = (Path(__file__).parent.parent / "assistant/api/static/admin.html").read_text("utf-8")
    hint = " ".join(re.search(r'id="f-kind-hint"[^>]*>(.*?)</p>', page, re.S).group(1).split())
    assert hint.startswith("Types connus : diaporama, rapport"), hint
    assert all(label in hint for label in KIND_LABELS.values())
    placeholder = dict((name, hint) for name, _, hint in AddDocumentScreen.FIELDS)["kind"]
    # each kind the TUI suggests is one a document may be added with
    assert all(known_kind(kind.strip(" …")) for kind in placeholder.split(",")), placeholder
