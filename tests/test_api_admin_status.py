"""The admin status and document removal endpoints over a real server: the live index with its documents and
passage counts, the last refresh's report (kept next to the index), removing a document and rolling back."""

from __future__ import annotations

import tomllib

import httpx
import pytest
from api_support import ADMIN_TOKEN, assert_french_error, copy_index, serve
from test_api_upload import wait_for

from assistant.core import Assistant
from assistant.store.lock import writer_lock

pytestmark = pytest.mark.server

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
REMOVED = "2017-11-09_fts_retour-sur-sante-mentale-politique-de-la-ville-hdf"
KEPT = "2023-02-02_ccoms_la-sante-mentale-dans-mon-quartier"


@pytest.fixture(scope="module")
def env(sample_settings, tmp_path_factory, errors):
    """A private corpus and index (the tests modify them) served with an admin token."""
    base = tmp_path_factory.mktemp("admin-status")
    settings = copy_index(sample_settings, base, admin_token=ADMIN_TOKEN, rate_limit_per_minute=0,
                          data_dir=base / "data")
    server = serve(settings)
    with httpx.Client(base_url=server.url, timeout=120, headers=AUTH) as http:
        yield settings, http
    server.stop()


def catalog(settings) -> dict:
    return tomllib.loads((settings.corpus_dir / settings.catalog_file).read_text(encoding="utf-8"))


def test_status_and_removal_need_the_token(env):
    settings, http = env
    for method, path in (("GET", "/v1/admin/status"), ("DELETE", f"/v1/admin/documents/{KEPT}")):
        assert_french_error(httpx.request(method, str(http.base_url) + path), 401, "Authentification requise")
        wrong = httpx.request(method, str(http.base_url) + path, headers={"Authorization": "Bearer faux"})
        assert_french_error(wrong, 403, "Jeton d'administration invalide")
    assert (settings.corpus_dir / f"{KEPT}.pdf").exists()


def test_status_lists_the_live_index_and_the_last_refresh(env):
    settings, http = env
    status = http.get("/v1/admin/status")
    assert status.status_code == 200 and status.headers["cache-control"] == "no-store"
    body = status.json()
    public = http.get("/v1/documents").json()
    assert body["generation"] == public["generation"] and body["built_at"] and body["model"]
    assert {d["doc_id"]: d["passages"] for d in body["documents"]} == {
        d["doc_id"]: d["passages"] for d in public["documents"]}
    assert body["passages"] == sum(d["passages"] for d in body["documents"]) > 0
    kept = next(d for d in body["documents"] if d["doc_id"] == KEPT)
    assert kept["organisers"] == ["CCOMS - Centre national de ressources et d'appui aux CLSM"]
    assert kept["kind"] == "slides" and kept["date"] == "2023-02-02" and kept["region"] == "Hauts-de-France"
    assert ".pdf" in body["formats"] and body["running_job"] is None
    # The copied index was built by the session fixture: its refresh is on record.
    last = body["last_refresh"]
    assert last["error"] is None and len(last["report"]["added"]) == len(body["documents"])
    assert last["report"]["generation"] == body["generation"] and last["time"]


def test_a_failed_file_and_its_french_reason_stay_on_record(env):
    settings, http = env
    (settings.corpus_dir / "rapport-casse.pdf").write_bytes(b"%PDF-1.4\nceci n'est pas un PDF lisible\n")
    try:
        job = wait_for(http, http.post("/v1/admin/reindex").json())
        assert job["state"] == "terminé"
        last = http.get("/v1/admin/status").json()["last_refresh"]
        assert [f["path"] for f in last["report"]["failed"]] == ["rapport-casse.pdf"]
        reason = last["report"]["failed"][0]["reason"]
        assert reason == job["report"]["failed"][0]["reason"] and reason.startswith("PDF corrompu ou illisible")
        assert last["report"]["unchanged"] and last["report"]["added"] == []
    finally:
        (settings.corpus_dir / "rapport-casse.pdf").unlink()
    # A refresh by another process (here another facade over the same folders) is what the status shows next.
    report = Assistant(settings).refresh()
    last = http.get("/v1/admin/status").json()["last_refresh"]
    assert last["report"]["failed"] == [] and last["report"]["unchanged"] == report.unchanged


def test_removing_an_unknown_document_is_a_french_404(env):
    settings, http = env
    before = sorted(p.name for p in settings.corpus_dir.iterdir())
    assert_french_error(http.delete("/v1/admin/documents/inexistant"), 404, "Document inconnu", "inexistant")
    assert_french_error(http.delete("/v1/admin/documents/catalog"), 404, "Document inconnu")  # a file, not a document
    assert sorted(p.name for p in settings.corpus_dir.iterdir()) == before


def test_removal_while_another_refresh_runs_puts_everything_back(env):
    settings, http = env
    catalog_text = (settings.corpus_dir / settings.catalog_file).read_text(encoding="utf-8")
    with writer_lock(settings.index_dir):
        busy = http.delete(f"/v1/admin/documents/{REMOVED}")
    assert_french_error(busy, 409, "déjà en cours")
    assert (settings.corpus_dir / f"{REMOVED}.pdf").is_file()
    assert (settings.corpus_dir / settings.catalog_file).read_text(encoding="utf-8") == catalog_text
    assert not [p.name for p in settings.corpus_dir.iterdir() if p.name.startswith(".")]
    assert REMOVED in {d["doc_id"] for d in http.get("/v1/documents").json()["documents"]}


def test_removing_a_document_deletes_its_file_and_catalog_entry_and_refreshes(env):
    settings, http = env
    before = catalog(settings)
    generation = http.get("/v1/admin/status").json()["generation"]
    response = http.delete(f"/v1/admin/documents/{REMOVED}")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["doc_id"] == REMOVED and body["message"] == "Document retiré du corpus et de l'index."
    assert body["report"]["removed"] == [f"{REMOVED}.pdf"] and body["report"]["generation"] != generation
    assert not (settings.corpus_dir / f"{REMOVED}.pdf").exists()
    after = catalog(settings)
    assert f"{REMOVED}.pdf" not in after
    assert after == {k: v for k, v in before.items() if k != f"{REMOVED}.pdf"}  # the others untouched
    text = (settings.corpus_dir / settings.catalog_file).read_text(encoding="utf-8")
    assert text.startswith("# What is known of each document")  # its comment block kept
    assert not [p.name for p in settings.corpus_dir.iterdir() if p.name.startswith(".")]
    status = http.get("/v1/admin/status").json()
    assert REMOVED not in {d["doc_id"] for d in status["documents"]}
    assert status["last_refresh"]["report"]["removed"] == [f"{REMOVED}.pdf"]
    assert REMOVED not in {d["doc_id"] for d in http.get("/v1/documents").json()["documents"]}
    assert_french_error(http.delete(f"/v1/admin/documents/{REMOVED}"), 404, "Document inconnu")


def test_the_admin_page_and_its_assets_come_from_the_product(env):
    _, http = env
    page = httpx.get(str(http.base_url) + "/admin")  # no token needed to load the page itself
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert page.headers["x-frame-options"] == "DENY" and '<html lang="fr">' in page.text
    for name, kind in (("admin.js", "text/javascript"), ("admin.css", "text/css"),
                       ("admin-icon.svg", "image/svg+xml")):
        asset = httpx.get(f"{http.base_url}/admin/{name}")
        assert asset.status_code == 200 and asset.headers["content-type"].startswith(kind), name
        assert f"/admin/{name}" in page.text
    script = httpx.get(f"{http.base_url}/admin/admin.js").text
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "localStorage" not in script
    assert_french_error(httpx.get(f"{http.base_url}/admin/secret.txt"), 404, "Fichier inconnu")
    icon = httpx.get(f"{http.base_url}/favicon.ico")  # what a browser asks of any page it opens here
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml") and b"<svg" in icon.content
    assert "/v1/admin/status" in http.get("/openapi.json").json()["paths"]
