"""Uploads and reindexing through the admin API: checks, sanitised names, catalog entries, refresh."""

from __future__ import annotations

import time
import tomllib

import httpx
import pytest
from api_support import ADMIN_TOKEN, ErrorLog, copy_index, serve

pytestmark = pytest.mark.server

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
NOTE = (
    "# Jardin thérapeutique de Tourcoing\n\n"
    "Le jardin thérapeutique de Tourcoing accueille chaque mardi des habitants du quartier prioritaire "
    "en souffrance psychique, avec l'équipe mobile du centre médico-psychologique.\n"
).encode()


@pytest.fixture(scope="module")
def env(sample_settings, tmp_path_factory):
    """A private corpus and index (uploads modify them), a server with an admin token, and an error log."""
    settings = copy_index(sample_settings, tmp_path_factory.mktemp("upload"), admin_token=ADMIN_TOKEN,
                          max_upload_mb=0.05, rate_limit_per_minute=0)
    with ErrorLog() as log:
        server = serve(settings)
        with httpx.Client(base_url=server.url, timeout=120, headers=AUTH) as http:
            yield settings, http
        server.stop()
    assert not log.records, log.messages()


def catalog(settings) -> dict:
    return tomllib.loads((settings.corpus_dir / settings.catalog_file).read_text(encoding="utf-8"))


def corpus_files(settings) -> set[str]:
    return {p.name for p in settings.corpus_dir.rglob("*") if p.is_file()}


def wait_for(http, job: dict, timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while job["state"] == "en cours":
        assert time.monotonic() < deadline, "la mise à jour n'a pas fini"
        time.sleep(0.2)
        job = http.get(f"/v1/admin/jobs/{job['id']}").json()
    return job


def test_reindex_answers_at_once_with_a_job_that_reports_progress_and_its_report(env):
    settings, http = env
    (settings.corpus_dir / "note-longue.md").write_text(
        "# Note\n\n" + "Le conseil local de santé mentale réunit les élus et les habitants. " * 400, "utf-8")
    response = http.post("/v1/admin/reindex")
    assert response.status_code == 202, response.text
    job = response.json()
    assert job["state"] == "en cours" and response.headers["Location"] == f"/v1/admin/jobs/{job['id']}"
    again = http.post("/v1/admin/reindex")  # one refresh at a time: the running one is returned
    assert again.status_code == 202 and again.json()["id"] == job["id"]
    done = wait_for(http, job)
    assert done["state"] == "terminé" and done["finished"] and done["error"] is None
    assert done["report"]["added"] == ["note-longue.md"] and done["report"]["failed"] == []
    assert done["progress"]["total"] >= 1
    assert http.get("/readyz").json()["documents"] == 6
    after = http.post("/v1/admin/reindex").json()  # a new job once the last one is over
    assert after["id"] != job["id"] and wait_for(http, after)["report"]["unchanged"]
    unknown = http.get("/v1/admin/jobs/inconnu")
    assert unknown.status_code == 404 and "Tâche inconnue" in unknown.json()["detail"]


def test_upload_with_metadata_is_indexed_and_catalogued(env):
    settings, http = env
    before = catalog(settings)
    response = http.post("/v1/admin/documents", files={"file": ("Jardin Tourcoing (2024).md", NOTE, "text/markdown")},
                         data={"title": "Le jardin thérapeutique de Tourcoing", "kind": "fiche", "date": "2024-06-11",
                               "organisers": "Ville de Tourcoing; CCOMS", "region": "Hauts-de-France",
                               "url": "https://example.org/jardin"})
    assert response.status_code == 201, response.text
    body = response.json()
    name = body["file"]
    assert name == "Jardin-Tourcoing-2024-.md" or name.startswith("Jardin-Tourcoing-2024")
    assert body["indexed"] and name in body["report"]["added"]
    assert (settings.corpus_dir / name).read_bytes() == NOTE

    entries = catalog(settings)
    entry = entries[name]
    assert entry["title"] == "Le jardin thérapeutique de Tourcoing"
    assert entry["organisers"] == ["Ville de Tourcoing", "CCOMS"]
    assert str(entry["date"]) == "2024-06-11"
    assert all(entries[k] == v for k, v in before.items())  # the other entries are untouched

    answer = http.post("/v1/ask", json={"question": "Que propose le jardin thérapeutique de Tourcoing ?"}).json()
    first = answer["citations"][0]
    assert first["title"] == "Le jardin thérapeutique de Tourcoing" and first["date"] == "2024-06-11"
    docs = {d["path"] for d in http.get("/v1/documents").json()["documents"]}
    assert name in docs


def test_replace_merges_the_catalog_entry(env):
    settings, http = env
    name = "2023-02-02_irev_webinaire-sante-mentale-politique-de-la-ville.html"
    original = (settings.corpus_dir / name).read_bytes()
    old_entry = catalog(settings)[name]
    refused = http.post("/v1/admin/documents", files={"file": (name, original, "text/html")})
    assert refused.status_code == 409 and "existe déjà" in refused.json()["detail"]
    response = http.post("/v1/admin/documents", files={"file": (name, original, "text/html")},
                         data={"title": "Titre corrigé « avec guillemets » et \"quotes\"", "replace": "true"})
    assert response.status_code == 201, response.text
    entry = catalog(settings)[name]
    assert entry["title"] == "Titre corrigé « avec guillemets » et \"quotes\""
    assert entry["url"] == old_entry["url"] and entry["organisers"] == old_entry["organisers"]
    assert catalog(settings)["2023-02-02_ccoms_la-sante-mentale-dans-mon-quartier.pdf"]["speakers"]


@pytest.mark.parametrize("raw", ["../../../../tmp/evil-upload.txt", "..\\..\\evil-upload.txt",
                                 "/etc/evil-upload.txt", "sous/dossier/evil-upload.txt"])
def test_path_traversal_is_neutralised(env, raw, tmp_path):
    settings, http = env
    outside = settings.corpus_dir.parent
    response = http.post("/v1/admin/documents", files={"file": (raw, b"Rien de dangereux ici.\n", "text/plain")},
                         data={"replace": "true"})
    assert response.status_code == 201, response.text
    assert response.json()["file"] == "evil-upload.txt"
    assert (settings.corpus_dir / "evil-upload.txt").is_file()
    assert not (outside / "evil-upload.txt").exists() and not any(outside.parent.glob("evil-upload.txt"))
    assert not any(p.name == "evil-upload.txt" for p in settings.corpus_dir.iterdir() if p.is_dir())


def test_refused_uploads(env):
    settings, http = env
    files_before = corpus_files(settings)
    catalog_before = (settings.corpus_dir / settings.catalog_file).read_bytes()
    cases = [
        ({"file": ("programme.exe", b"MZ\x90\x00", "application/octet-stream")}, {}, 415, "non pris en charge"),
        ({"file": ("catalog.toml", b"x = 1", "text/plain")}, {}, 415, "non pris en charge"),
        ({"file": ("faux.pdf", b"<html>pas un pdf</html>", "application/pdf")}, {}, 415, "PDF"),
        ({"file": ("binaire.txt", b"abc\x00\x01\x02", "text/plain")}, {}, 415, "binaires"),
        ({"file": ("vide.txt", b"", "text/plain")}, {}, 422, "vide"),
        ({"file": ("gros.txt", b"a" * 60_000, "text/plain")}, {}, 413, "volumineux"),
        ({"file": ("date.txt", b"Bonjour.", "text/plain")}, {"date": "11/06/2024"}, 422, "date"),
        ({"file": ("lien.txt", b"Bonjour.", "text/plain")}, {"url": "javascript:alert(1)"}, 422, "lien"),
        ({"file": (".txt", b"Bonjour.", "text/plain")}, {}, 422, "Nom de fichier"),
        ({}, {"title": "sans fichier"}, 422, "fichier"),
    ]
    for files, data, status, word in cases:
        response = http.post("/v1/admin/documents", files=files or None, data=data)
        assert response.status_code == status, (files, response.text)
        assert word in response.json()["detail"], response.json()
    assert corpus_files(settings) == files_before
    assert (settings.corpus_dir / settings.catalog_file).read_bytes() == catalog_before


def test_upload_over_the_body_limit_is_413_before_reading_it(env):
    _, http = env
    response = http.post("/v1/admin/documents", files={"file": ("enorme.txt", b"a" * 200_000, "text/plain")})
    assert response.status_code == 413 and "volumineux" in response.json()["detail"]


def test_a_file_that_cannot_be_indexed_is_rolled_back(env):
    settings, http = env
    files_before = corpus_files(settings)
    catalog_before = (settings.corpus_dir / settings.catalog_file).read_bytes()
    response = http.post("/v1/admin/documents", files={"file": ("casse.pdf", b"%PDF-1.4\n garbage", "application/pdf")},
                         data={"title": "PDF cassé"})
    assert response.status_code == 422, response.text
    assert "indexé" in response.json()["detail"]
    assert corpus_files(settings) == files_before
    assert (settings.corpus_dir / settings.catalog_file).read_bytes() == catalog_before
