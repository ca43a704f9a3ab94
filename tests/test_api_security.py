"""Limits, errors, admin authentication, CORS and security headers, against a real server on loopback."""

from __future__ import annotations

import httpx
import pytest
from api_support import ADMIN_TOKEN, assert_french_error, serve

pytestmark = pytest.mark.server

ALLOWED = "http://127.0.0.2:8765"
OTHER = "http://evil.example"



@pytest.fixture(scope="module")
def settings(sample_settings):
    return sample_settings.model_copy(update={
        "admin_token": ADMIN_TOKEN, "cors_origins": [ALLOWED], "rate_limit_per_minute": 0,
        "max_body_bytes": 4000, "max_question_chars": 1000,
    })


@pytest.fixture(scope="module")
def client(settings, sample_assistant, errors):
    server = serve(settings, sample_assistant)
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http
    server.stop()


# -- limits --------------------------------------------------------------------------------------
def test_question_too_long_is_422_in_french(client):
    response = client.post("/v1/ask", json={"question": "é" * 1001})
    assert_french_error(response, 422, "trop longue", "1000")
    stream = client.post("/v1/ask/stream", json={"question": "a" * 1001})
    assert_french_error(stream, 422, "trop longue")
    search = client.get("/v1/search", params={"q": "a" * 1001})
    assert_french_error(search, 422, "trop longue")


def test_empty_question_is_422(client):
    assert_french_error(client.post("/v1/ask", json={"question": "   "}), 422, "vide")
    assert_french_error(client.post("/v1/ask", json={}), 422, "manquant")


def test_malformed_json_is_422_in_french(client):
    bad = client.post("/v1/ask", content=b'{"question": "CLSM ?",', headers={"Content-Type": "application/json"})
    assert_french_error(bad, 422, "JSON")
    not_object = client.post("/v1/ask", json=["CLSM ?"])
    assert_french_error(not_object, 422, "objet")
    wrong_type = client.post("/v1/ask", json={"question": "CLSM ?", "k": "beaucoup"})
    assert_french_error(wrong_type, 422, "entier")
    unknown = client.post("/v1/ask", json={"question": "CLSM ?", "script": "x"})
    assert_french_error(unknown, 422, "inconnu")


def test_body_over_limit_is_413_by_content_length(client):
    response = client.post("/v1/ask", content=b'{"question": "' + b"a" * 5000 + b'"}',
                           headers={"Content-Type": "application/json"})
    assert_french_error(response, 413, "volumineux")


def test_body_over_limit_is_413_when_streamed_without_length(client):
    def chunks():
        yield b'{"question": "'
        for _ in range(10):
            yield b"a" * 1000
        yield b'"}'

    response = client.post("/v1/ask", content=chunks(), headers={"Content-Type": "application/json"})
    assert "content-length" not in response.request.headers
    assert_french_error(response, 413, "volumineux")


def test_unknown_route_and_method_in_french(client):
    assert_french_error(client.get("/v1/inexistant"), 404, "introuvable")
    assert_french_error(client.get("/v1/ask"), 405, "Méthode")


def test_rate_limit_429_with_retry_after_per_client(sample_settings, sample_assistant, errors):
    settings = sample_settings.model_copy(update={"rate_limit_per_minute": 3})
    server = serve(settings, sample_assistant)
    try:
        with httpx.Client(base_url=server.url, timeout=30) as first:
            codes = [first.get("/v1/search", params={"q": "CLSM"}).status_code for _ in range(3)]
            assert codes == [200, 200, 200]
            limited = first.post("/v1/ask", json={"question": "Qu'est-ce qu'un CLSM ?"})
            assert_french_error(limited, 429, "réessayez")
            assert int(limited.headers["Retry-After"]) >= 1
            assert first.get("/healthz").status_code == 200  # probes are not limited
        # Another client (another loopback address) keeps its own allowance.
        transport = httpx.HTTPTransport(local_address="127.0.0.3")
        with httpx.Client(base_url=server.url, transport=transport, timeout=30) as second:
            assert second.get("/v1/search", params={"q": "CLSM"}).status_code == 200
    finally:
        server.stop()


# -- admin ---------------------------------------------------------------------------------------
def test_admin_without_token_is_401_with_challenge(client):
    response = client.post("/v1/admin/reindex")
    assert_french_error(response, 401, "Authorization")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    basic = client.post("/v1/admin/reindex", headers={"Authorization": "Basic YWRtaW46YWRtaW4="})
    assert_french_error(basic, 401)
    upload = client.post("/v1/admin/documents", files={"file": ("a.txt", b"bonjour")})
    assert_french_error(upload, 401)


def test_admin_with_wrong_token_is_403(client, settings):
    for token in ("mauvais", ADMIN_TOKEN + "x", ADMIN_TOKEN[:-1], "é"):
        header = f"Bearer {token}".encode("latin-1")
        response = client.post("/v1/admin/reindex", headers={"Authorization": header})
        assert_french_error(response, 403, "invalide")
    upload = client.post("/v1/admin/documents", files={"file": ("a.txt", b"bonjour")},
                         headers={"Authorization": "Bearer mauvais"})
    assert_french_error(upload, 403)
    assert not (settings.corpus_dir / "a.txt").exists()


def test_admin_disabled_without_configured_token(sample_settings, sample_assistant, errors):
    server = serve(sample_settings.model_copy(update={"admin_token": ""}), sample_assistant)
    try:
        response = httpx.post(f"{server.url}/v1/admin/reindex")
        assert_french_error(response, 503, "désactivée")
        response = httpx.post(f"{server.url}/v1/admin/reindex", headers={"Authorization": "Bearer x"})
        assert_french_error(response, 503, "ASSISTANT_ADMIN_TOKEN")
    finally:
        server.stop()


# -- CORS and headers ----------------------------------------------------------------------------
def test_cors_only_for_allowlisted_origins(client, caplog):
    caplog.set_level("WARNING", logger="assistant.api")
    allowed = client.post("/v1/ask", json={"question": "CLSM ?"}, headers={"Origin": ALLOWED})
    assert allowed.headers["access-control-allow-origin"] == ALLOWED
    other = client.post("/v1/ask", json={"question": "CLSM ?"}, headers={"Origin": OTHER})
    assert "access-control-allow-origin" not in other.headers
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    ok = client.options("/v1/ask/stream", headers={"Origin": ALLOWED, **preflight})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == ALLOWED
    refused = client.options("/v1/ask/stream", headers={"Origin": OTHER, **preflight})
    assert "access-control-allow-origin" not in refused.headers
    # the server's log says, once and in French, which page was refused and the setting that would allow it
    told = [r.getMessage() for r in caplog.records if OTHER in r.getMessage()]
    assert len(told) == 1 and "ASSISTANT_CORS_ORIGINS" in told[0] and "refusée" in told[0], told
    assert not any(ALLOWED in r.getMessage() for r in caplog.records)
    # Errors carry CORS headers too, so the widget can show their French message.
    too_long = client.post("/v1/ask", json={"question": "a" * 2000}, headers={"Origin": ALLOWED})
    assert too_long.status_code == 422 and too_long.headers["access-control-allow-origin"] == ALLOWED


def test_security_headers(client):
    for path in ("/widget.js", "/embed", "/docs", "/healthz", "/v1/documents"):
        headers = client.get(path).headers
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"], path
        assert "content-security-policy" in headers, path
    js = client.get("/widget.js").headers
    assert js["x-frame-options"] == "DENY" and "default-src 'none'" in js["content-security-policy"]
    embed = client.get("/embed").headers
    csp = embed["content-security-policy"]
    assert f"frame-ancestors 'self' {ALLOWED}" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "x-frame-options" not in embed
    api = client.get("/v1/documents").headers
    assert "frame-ancestors 'none'" in api["content-security-policy"] and api["cache-control"] == "no-store"
    assert "server" not in client.get("/healthz").headers


def test_behind_a_trusted_proxy_the_rate_limit_keys_on_the_forwarded_client(sample_settings, sample_assistant,
                                                                             errors):
    def search(client, forwarded):
        return client.get("/v1/search", params={"q": "CLSM"}, headers={"X-Forwarded-For": forwarded}).status_code

    trusted = sample_settings.model_copy(update={"rate_limit_per_minute": 2, "trusted_proxies": ["127.0.0.1"]})
    server = serve(trusted, sample_assistant)
    try:
        with httpx.Client(base_url=server.url, timeout=30) as proxy:
            assert [search(proxy, "203.0.113.5") for _ in range(3)] == [200, 200, 429]
            assert search(proxy, "198.51.100.7, 203.0.113.9") == 200  # the last untrusted hop is the client
    finally:
        server.stop()
    untrusted = sample_settings.model_copy(update={"rate_limit_per_minute": 2})
    server = serve(untrusted, sample_assistant)
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            # not a trusted proxy: the header is ignored, a client cannot pick a new address per request
            assert [search(client, f"203.0.113.{n}") for n in range(3)] == [200, 200, 429]
    finally:
        server.stop()
