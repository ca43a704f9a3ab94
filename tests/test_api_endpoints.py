"""The API's endpoints over the sample index, through a real uvicorn server on loopback."""

from __future__ import annotations

import json

import httpx
import pytest
from api_support import serve

pytestmark = pytest.mark.server

QUESTION = "Comment impliquer les élus dans un CLSM ?"


@pytest.fixture(scope="module")
def client(sample_settings, sample_assistant, errors):
    settings = sample_settings.model_copy(update={"rate_limit_per_minute": 0})
    server = serve(settings, sample_assistant)
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http
    server.stop()


def parse_sse(text: str) -> list[tuple[str, dict]]:
    events = []
    for block in text.split("\n\n"):
        name, data = None, []
        for line in block.splitlines():
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
        if name:
            events.append((name, json.loads("\n".join(data))))
    return events


def test_health_and_readiness(client, sample_assistant):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    body = ready.json()
    stats = sample_assistant.stats()
    assert body["generation"] == stats.generation
    assert body["documents"] == stats.documents == 5
    assert body["passages"] == stats.passages > 0


def test_a_browser_at_the_root_gets_the_assistant_and_a_program_the_signpost(client):
    browser = client.get("/", headers={"Accept": "text/html,application/xhtml+xml"}, follow_redirects=True)
    assert browser.status_code == 200 and str(browser.url).endswith("/embed") and "<html" in browser.text.lower()
    assert client.get("/", headers={"Accept": "application/json"}).json()["iframe"] == "/embed"


def test_ask_returns_the_cli_json_object(client, sample_assistant):
    response = client.post("/v1/ask", json={"question": QUESTION})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body, expected = response.json(), json.loads(json.dumps(sample_assistant.ask(QUESTION).to_dict()))
    assert len(body.pop("id")) == 32 and len(expected.pop("id")) == 32  # each answer has its own id
    assert body == expected
    citation = response.json()["citations"][0]
    assert {"n", "doc", "title", "location", "url", "text", "score", "date"} <= citation.keys()


def test_ask_with_filters_and_conversation(client):
    response = client.post("/v1/ask", json={
        "question": "Et en Occitanie, combien y en a-t-il ?",
        "k": 3,
        "filters": {"regions": ["Occitanie"]},
        "conversation": [{"question": "Qu'est-ce qu'un CLSM ?", "answer": "Un conseil local de santé mentale."}],
    })
    assert response.status_code == 200
    citations = response.json()["citations"]
    assert 0 < len(citations) <= 3
    docs = {d["doc_id"]: d for d in client.get("/v1/documents").json()["documents"]}
    assert all(docs[c["doc"]]["region"] == "Occitanie" for c in citations)


@pytest.mark.parametrize("question", ["Combien de CLSM en Occitanie ?",
                                      "CLS volet santé mentale vs CLSM : quelles différences ?"])
def test_stream_sends_citations_then_the_parts_and_their_sentences_then_done(client, sample_assistant, question):
    with client.stream("POST", "/v1/ask/stream", json={"question": question}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        text = response.read().decode()
    events = parse_sse(text)
    expected = json.loads(json.dumps(sample_assistant.ask(question).to_dict()))
    names = [name for name, _ in events]
    assert names[0] == "citations" and names[-1] == "done"
    parts = expected["answer"]["parts"]
    assert names[1:-1] == [n for part in parts for n in ["part"] + ["sentence"] * len(part["sentences"])]
    assert events[0][1]["citations"] == expected["citations"]
    assert events[0][1]["kind"] == expected["answer"]["kind"]
    assert [(d["label"], d["list"]) for n, d in events if n == "part"] == [(p["label"], p["list"]) for p in parts]
    assert [(d["text"], d["n"]) for n, d in events if n == "sentence"] == [
        (s["text"], s["n"]) for s in expected["answer"]["sentences"]]
    assert events[-1][1]["abstained"] == expected["answer"]["abstained"]
    assert events[-1][1]["text"] == expected["answer"]["text"]


def test_a_follow_up_says_how_it_was_read_and_can_be_read_alone(client):
    turns = [{"question": "Combien de CLSM actifs en France en 2024 ?", "answer": ""}]
    merged = client.post("/v1/ask", json={"question": "et en Occitanie ?", "conversation": turns}).json()
    # the place it names replaces the one asked before, and the question so read stands alone
    assert merged["understood_as"] == "Combien de CLSM actifs en Occitanie en 2024 ?"
    other = client.post("/v1/ask", json={"question": "et pour les élus ?", "conversation": turns}).json()
    assert other["understood_as"].startswith("Combien de CLSM actifs en France en 2024 ?")  # read with the turn before
    alone = client.post("/v1/ask", json={"question": "et en Occitanie ?", "conversation": turns,
                                         "standalone": True}).json()
    assert alone["understood_as"] is None


def test_search_returns_passages(client):
    response = client.get("/v1/search", params={"q": "impliquer les élus", "k": 4})
    assert response.status_code == 200
    hits = response.json()["hits"]
    assert [h["rank"] for h in hits] == list(range(1, len(hits) + 1)) and 0 < len(hits) <= 4
    assert all(h["text"] and h["title"] and h["location"] for h in hits)
    titles = {d["doc_id"]: d["title"] for d in client.get("/v1/documents").json()["documents"]}
    assert all(h["title"] == titles[h["doc"]] and h["link"] for h in hits)  # labelled by the same generation
    bad = client.get("/v1/search", params={"q": "élus", "k": 0})
    assert bad.status_code == 422 and "minimum" in bad.json()["detail"]


def test_documents_and_one_document(client):
    body = client.get("/v1/documents").json()
    assert len(body["documents"]) == 5 and body["generation"]
    first = body["documents"][0]
    assert first["passages"] > 0 and first["title"]
    one = client.get(f"/v1/documents/{first['doc_id']}")
    assert one.status_code == 200 and one.json()["title"] == first["title"]
    missing = client.get("/v1/documents/inexistant")
    assert missing.status_code == 404 and "inconnu" in missing.json()["detail"]


def test_openapi_docs_in_french(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    spec = client.get("/openapi.json").json()
    ask = spec["paths"]["/v1/ask"]["post"]
    assert ask["summary"] == "Poser une question"
    examples = spec["components"]["schemas"]["AskRequest"]["examples"]
    assert any("CLSM" in e["question"] for e in examples)
    assert "question" in spec["components"]["schemas"]["AskRequest"]["properties"]
    assert "multipart/form-data" in spec["paths"]["/v1/admin/documents"]["post"]["requestBody"]["content"]
    assert "Assistant documentaire" in spec["info"]["description"]


def test_widget_and_embed_are_served(client):
    widget = client.get("/widget.js")
    assert widget.status_code == 200
    assert widget.headers["content-type"].startswith("text/javascript")
    assert "attachShadow" in widget.text
    assert "innerHTML" not in widget.text and "insertAdjacentHTML" not in widget.text
    embed = client.get("/embed")
    assert embed.status_code == 200 and '<html lang="fr">' in embed.text
    assert 'src="/widget.js"' in embed.text


@pytest.mark.parametrize("filters, said", [
    ({"kinds": ["video"]}, "Type de document inconnu : « video »"),
    ({"date_from": "2030", "date_to": "2020"}, "La période se termine avant de commencer"),
    ({"date_from": "demain"}, "Date de début illisible : « demain »"),
])
def test_filters_that_would_match_nothing_by_mistake_are_a_french_422(client, filters, said):
    response = client.post("/v1/ask", json={"question": "Que veut dire PTSM ?", "filters": filters})
    assert response.status_code == 422, response.text
    assert said in response.text, response.text
    assert client.post("/v1/ask", json={"question": "Que veut dire PTSM ?",
                                        "filters": {"kinds": ["diaporama"], "date_from": "2024-03"}}).status_code == 200


def test_a_streamed_question_with_a_reversed_period_is_a_french_422_before_the_stream(client):
    response = client.post("/v1/ask/stream", json={"question": "Que veut dire PTSM ?",
                                                   "filters": {"date_from": "2030", "date_to": "2020"}})
    assert response.status_code == 422 and "Inversez les deux dates" in response.text, response.text


def test_an_unknown_field_is_named_as_sent_with_the_field_it_may_mean(client):
    response = client.post("/v1/ask", json={"question": "Que veut dire PTSM ?", "filters": {"kind": ["diaporama"]}})
    assert response.status_code == 422
    assert response.json()["detail"] == "Champ inconnu : « filters.kind ». Vouliez-vous dire « kinds » ?"
    # a name sent for the one required field left out, however far from it ("q" for "question")
    short = client.post("/v1/ask", json={"q": "Que veut dire PTSM ?"})
    assert short.status_code == 422
    assert short.json()["detail"] == "Champ inconnu : « q ». Vouliez-vous dire « question » ?", short.text
    assert {e["champ"] for e in short.json()["errors"]} == {"q", "question"}
    two = client.post("/v1/ask", json={"q": "PTSM ?", "zz": 1}).json()["errors"]
    assert not any("Vouliez-vous dire « question »" in e["message"] for e in two)  # which one meant it is unknown
    broken = client.post("/v1/ask", content=b'{"question": "PTSM ?"', headers={"Content-Type": "application/json"})
    assert broken.status_code == 422
    assert broken.json()["errors"][0]["champ"] == "corps", broken.text  # not a character's position
