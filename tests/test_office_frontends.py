"""The Office suffixes reach every front end from the one list of loaders: the upload route and the admin
status over a real server, `cli.py add` in a child process, and the README's table of formats."""

from __future__ import annotations

import re

import httpx
import pytest
from api_support import ADMIN_TOKEN, ErrorLog, serve
from conftest import FAST_EMBEDDER, ROOT, make_settings
from helpers import one_json, run_cli
from office_fixtures import encrypt_ooxml
from test_ingest_office import good_file

from assistant.core import Assistant
from assistant.ingest.pipeline import LOADERS

OFFICE = {".pptx", ".odp", ".docx", ".odt"}
NOTE = "# Note\n\nLe conseil local de santé mentale de Béthune réunit ses partenaires chaque trimestre.\n"


def test_the_readme_table_of_formats_names_every_registered_suffix():
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("### Formats\n", 1)[1].split("\n### ", 1)[0]
    rows = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `.")]
    assert set(re.findall(r"`(\.\w+)`", " ".join(rows))) == set(LOADERS)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A small corpus indexed with the fast embedder, served with an admin token; no error logged."""
    base = tmp_path_factory.mktemp("office-upload")
    settings = make_settings(base, admin_token=ADMIN_TOKEN, rate_limit_per_minute=0)
    settings.corpus_dir.mkdir()
    (settings.corpus_dir / "note.md").write_text(NOTE, "utf-8")
    Assistant(settings).refresh()
    with ErrorLog() as log:
        running = serve(settings)
        with httpx.Client(base_url=running.url, timeout=120,
                          headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}) as http:
            yield settings, http, base
        running.stop()
    assert not log.records, log.messages()


@pytest.mark.server
def test_the_admin_status_lists_the_office_formats(server):
    _, http, _ = server
    assert OFFICE <= set(http.get("/v1/admin/status").json()["formats"])


@pytest.mark.server
def test_an_uploaded_word_document_is_indexed_and_cited_by_its_section(server):
    settings, http, base = server
    path = good_file(base, ".docx", "guide-lens")
    response = http.post("/v1/admin/documents", data={"title": "Guide de coordination de Lens"},
                         files={"file": (path.name, path.read_bytes(), "application/octet-stream")})
    assert response.status_code == 201, response.text
    assert response.json()["indexed"] and (settings.corpus_dir / "guide-lens.docx").is_file()
    answer = http.post("/v1/ask", json={"question": "Quelle part du financement du poste de Lens apporte "
                                                    "l'ARS Hauts-de-France ?"}).json()
    first = answer["citations"][0]
    assert (first["doc"], first["location"]) == ("guide-lens", "section « Financement du poste »")


@pytest.mark.server
def test_bad_office_uploads_are_refused_with_their_reason_and_not_kept(server):
    settings, http, base = server
    protected = encrypt_ooxml(good_file(base, ".pptx", "clair"), base / "protege.pptx")
    cases = [(protected.name, protected.read_bytes(), "protégée par un mot de passe"),
             ("renomme.odt", b"%PDF-1.4\n" + b"0" * 300, "son contenu est celui d'un PDF")]
    for name, data, reason in cases:
        response = http.post("/v1/admin/documents", files={"file": (name, data, "application/octet-stream")})
        assert response.status_code == 422, response.text
        assert reason in response.json()["detail"]
        assert not (settings.corpus_dir / name).exists()


@pytest.mark.subprocess
def test_cli_add_indexes_an_impress_deck_cited_by_slide(tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "note.md").write_text(NOTE, "utf-8")
    deck = good_file(tmp_path, ".odp", "CLSM Arras")
    common = ("--corpus", str(corpus), "--index", str(index))
    added = run_cli("add", str(deck), "--title", "Le CLSM d'Arras", "--json", *common, ASSISTANT_EMBEDDER=FAST_EMBEDDER)
    assert added.returncode == 0, added.stderr
    assert one_json(added.stdout)["file"] == "CLSM-Arras.odp"
    answer = one_json(run_cli("ask", "Avec quelle structure travaille le groupe jeunesse d'Arras ?", "--json",
                              "--index", str(index), ASSISTANT_EMBEDDER=FAST_EMBEDDER).stdout)
    first = answer["citations"][0]
    assert (first["doc"], first["location"]) == ("CLSM-Arras", "diapositive 3")
    assert "Notes de l'intervenant :" in first["text"] and "maison des adolescents" in first["text"]
