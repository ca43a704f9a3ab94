"""The stand-in chat-completions server speaks the OpenAI protocol as clients read it (JSON, streams, errors, time-outs)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from helpers import ctrl_c_heard
from llm_standin import NO_ANSWER, Reply, StandInChat, echo_reply, main

pytestmark = pytest.mark.server

MESSAGES = [{"role": "system", "content": "Réponds en français."}, {"role": "user", "content": "Qu'est-ce qu'un CLSM ?"}]
ANSWER = "Un CLSM est un espace de concertation [1]. Il réunit les élus et la psychiatrie [2]."


def ask(chat: StandInChat, timeout: float = 5.0, **extra) -> httpx.Response:
    """A chat-completion request as an OpenAI client sends it."""
    payload = {"model": "albert-large", "messages": MESSAGES, **extra}
    return httpx.post(f"{chat.base_url}/chat/completions", json=payload, timeout=timeout,
                      headers={"Authorization": "Bearer sk-test"})


def read_stream(chat: StandInChat, timeout: float = 5.0, seen: list | None = None, **extra) -> tuple[str, list[dict]]:
    """The raw text of a streamed answer and its parsed chunks, read line by line as the protocol says;
    `seen` receives each chunk as it arrives (what a client holds when a time-out interrupts it)."""
    payload = {"model": "albert-large", "messages": MESSAGES, "stream": True, **extra}
    raw, chunks = [], [] if seen is None else seen
    with httpx.stream("POST", f"{chat.base_url}/chat/completions", json=payload, timeout=timeout) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            raw.append(line)
            if line.startswith("data: ") and line != "data: [DONE]":
                chunks.append(json.loads(line.removeprefix("data: ")))
    return "\n".join(raw), chunks


def content_of(chunks: list[dict]) -> str:
    return "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])


def test_json_answer_is_a_chat_completion_and_the_request_is_recorded():
    with StandInChat([Reply.text(ANSWER)]) as chat:
        response = ask(chat)
    assert response.status_code == 200
    body = response.json()
    assert body["object"] == "chat.completion" and body["model"] == "albert-large" and body["id"]
    assert body["choices"][0]["message"] == {"role": "assistant", "content": ANSWER, "refusal": None}
    assert body["choices"][0]["finish_reason"] == "stop"
    assert body["usage"]["total_tokens"] == body["usage"]["prompt_tokens"] + body["usage"]["completion_tokens"] > 0
    [request] = chat.requests
    assert request.headers["Authorization"] == "Bearer sk-test" == request.headers["authorization"]
    assert request.body["messages"] == MESSAGES and request.body["model"] == "albert-large"


def test_stream_sends_openai_chunks_then_done():
    with StandInChat([Reply.text(ANSWER, chunk_chars=7)]) as chat:
        raw, chunks = read_stream(chat, stream_options={"include_usage": True})
    lines = raw.split("\n")  # each event is `data: {json}` then a blank line, the last one `data: [DONE]`
    assert all(line.startswith("data: {") for line in lines[:-2:2]) and set(lines[1::2]) == {""}
    assert lines[-2:] == ["data: [DONE]", ""] and len(lines) == 2 * (len(chunks) + 1)
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"} and len({c["id"] for c in chunks}) == 1
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    pieces = [c["choices"][0]["delta"]["content"] for c in chunks[1:-2]]
    assert all(len(p) == 7 for p in pieces[:-1]) and "".join(pieces) == ANSWER == content_of(chunks)
    assert [c["choices"][0]["finish_reason"] for c in chunks[:-1]] == [None] * (len(chunks) - 2) + ["stop"]
    assert chunks[-2]["choices"][0]["delta"] == {}
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] > 0


def test_replies_are_used_in_order_and_the_last_repeats():
    with StandInChat([Reply.text("un"), Reply.text("deux")]) as chat:
        contents = [ask(chat).json()["choices"][0]["message"]["content"] for _ in range(3)]
    assert contents == ["un", "deux", "deux"]
    assert len(chat.requests) == 3


def test_a_callable_builds_the_reply_from_the_request():
    with StandInChat(lambda body: Reply.text(f"Vous avez dit : {body['messages'][-1]['content']}")) as chat:
        response = ask(chat)
    assert response.json()["choices"][0]["message"]["content"] == "Vous avez dit : Qu'est-ce qu'un CLSM ?"


def test_errors_carry_their_status_and_openai_error_body():
    with StandInChat([Reply.error(503, "Modèle surchargé"), Reply.error()]) as chat:
        unavailable, failed = ask(chat), ask(chat)
        not_a_route = httpx.post(f"{chat.base_url}/completions", json={"prompt": "x"})
        no_messages = httpx.post(f"{chat.base_url}/chat/completions", content=b"pas du json")
    assert unavailable.status_code == 503
    assert unavailable.json()["error"] == {"message": "Modèle surchargé", "type": "server_error", "param": None,
                                           "code": "service_unavailable"}
    assert failed.status_code == 500 and failed.json()["error"]["type"] == "server_error"
    assert not_a_route.status_code == 404 and "Invalid URL" in not_a_route.json()["error"]["message"]
    assert no_messages.status_code == 400 and no_messages.json()["error"]["type"] == "invalid_request_error"


def test_models_route_lists_the_model():
    with StandInChat(model="mistral-small") as chat:
        response = httpx.get(f"{chat.base_url}/models")
    assert response.status_code == 200
    assert [m["id"] for m in response.json()["data"]] == ["mistral-small"]


def test_hang_makes_the_client_time_out_and_the_server_survives(capfd):
    started = time.monotonic()
    with StandInChat([Reply.hang(1.0), Reply.text("Toujours là.")]) as chat:
        with pytest.raises(httpx.ReadTimeout):
            read_stream(chat, timeout=0.3)
        assert time.monotonic() - started < 0.9
        assert ask(chat).json()["choices"][0]["message"]["content"] == "Toujours là."
        time.sleep(max(0.0, 1.3 - (time.monotonic() - started)))  # the hung reply now writes to a gone client
    assert "Traceback" not in capfd.readouterr().err
    assert time.monotonic() - started < 3


def test_stall_stops_mid_stream_then_resumes():
    content = "Le CLSM associe les élus, la psychiatrie et les usagers [1]."
    seen: list[dict] = []
    with StandInChat([Reply.stall(content, after_chars=20, seconds=1.0, chunk_chars=8),
                      Reply.stall(content, after_chars=20, seconds=0.2)]) as chat:
        with pytest.raises(httpx.ReadTimeout):
            read_stream(chat, timeout=0.3, seen=seen)
        started = time.monotonic()
        _, chunks = read_stream(chat, timeout=2.0)
    assert content_of(seen) == content[:20]
    assert content_of(chunks) == content and time.monotonic() - started >= 0.2


def test_refusal_finishes_with_content_filter():
    with StandInChat([Reply.refusal()]) as chat:
        whole = ask(chat).json()["choices"][0]
        _, chunks = read_stream(chat)
    assert whole["finish_reason"] == "content_filter"
    assert whole["message"]["content"] == "Je ne peux pas répondre à cette demande." == content_of(chunks)
    assert chunks[-1]["choices"][0]["finish_reason"] == "content_filter"


def test_garbage_is_neither_json_nor_a_stream():
    with StandInChat([Reply.garbage()]) as chat:
        response = ask(chat, stream=True)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "data:" not in response.text
    with pytest.raises(json.JSONDecodeError):
        response.json()


SAMPLE_PROMPT = """Passages :

[1] Guide des CLSM — page 4
Un conseil local de santé mentale est un espace de concertation entre élus, psychiatrie et usagers. Il est présidé \
par le maire.

[2] Rapport annuel 2023, p. 12
En 2023, 260 CLSM étaient en activité en France.
Ils couvrent la moitié de la population.
[3] Autre document
Texte qui ne doit pas être repris.

Question : qu'est-ce qu'un CLSM ?"""


def test_echo_reply_quotes_the_first_sentence_of_passages_1_and_2():
    body = {"messages": [{"role": "system", "content": "[9] pas un passage de l'utilisateur"},
                         {"role": "user", "content": SAMPLE_PROMPT}]}
    assert echo_reply(body).content == ("Un conseil local de santé mentale est un espace de concertation entre élus, "
                                        "psychiatrie et usagers [1]. En 2023, 260 CLSM étaient en activité en France [2].")
    assert echo_reply({"messages": [{"role": "user", "content": "Bonjour"}]}).content == NO_ANSWER
    long_passage = "[1] Titre\n" + "mot " * 80
    sentence = echo_reply({"messages": [{"role": "user", "content": long_passage}]}).content
    assert sentence.endswith("mot [1].") and len(sentence) <= 210


def test_echo_reply_served_in_a_stream():
    with StandInChat(echo_reply) as chat:
        _, chunks = read_stream(chat, messages=[{"role": "user", "content": SAMPLE_PROMPT}])
    assert content_of(chunks).endswith("en activité en France [2].")


def test_a_bad_reply_file_is_refused_in_french(tmp_path, capsys):
    replies = tmp_path / "replies.json"
    replies.write_text('[{"kind": "poème"}]', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["--port", "0", "--reply-file", str(replies)])
    assert exit_info.value.code == 2
    assert "Fichier de réponses illisible" in capsys.readouterr().err


@pytest.mark.subprocess
def test_run_by_hand_with_a_reply_file_and_stopped_with_ctrl_c(tmp_path):
    replies = tmp_path / "replies.json"
    replies.write_text(json.dumps([{"kind": "text", "content": "Réponse du fichier."},
                                   {"kind": "error", "status": 429, "message": "Trop de requêtes"}]), encoding="utf-8")
    script = Path(__file__).with_name("llm_standin.py")
    process = subprocess.Popen([sys.executable, str(script), "--port", "0", "--reply-file", str(replies)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=ctrl_c_heard)
    try:
        banner = process.stdout.readline()
        base_url = banner.split("prêt : ")[1].split(" ")[0]
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v1")
        payload = {"model": "m", "messages": MESSAGES}
        first = httpx.post(f"{base_url}/chat/completions", json=payload, timeout=5)
        second = httpx.post(f"{base_url}/chat/completions", json=payload, timeout=5)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=5)
    finally:
        if process.poll() is None:
            process.kill()
    assert first.json()["choices"][0]["message"]["content"] == "Réponse du fichier."
    assert second.status_code == 429 and second.json()["error"]["message"] == "Trop de requêtes"
    assert process.returncode == 0 and "Arrêt." in out and "Traceback" not in err
