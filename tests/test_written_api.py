"""Written answers through the HTTP API and `cli.py ask`: a real server on loopback, configured by environment
variables as the README writes them, and a stand-in model speaking the OpenAI protocol that replays scripted
replies (faithful, an invented number, a passage not given, no citations, a time-out, errors…)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from api_support import serve
from conftest import FAST_EMBEDDER
from helpers import one_json, run_cli, start_cli
from llm_standin import Reply, Script, StandInChat, echo_reply, passages
from test_api_endpoints import parse_sse
from test_feedback_api import free_port, wait_until_up

from assistant.config import Settings

pytestmark = pytest.mark.server

QUESTION = "Qu'est-ce qu'un conseil local de santé mentale ?"
MODEL = "albert-large"
KEY = "sk-test-written-7c41e9"
TIMEOUT_S = 3  # ASSISTANT_LLM_TIMEOUT_S of the servers below: a stand-in that hangs longer is given up
HANG_S = 6
WRITTEN = "Réponse rédigée à partir des sources"
EXTRACTS = "Extraits des documents"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")


def given(body: dict) -> dict[int, list[str]]:
    """The passages the model was given, by number, each cut into its sentences (without the final stop)."""
    prompt = body["messages"][-1]["content"].rsplit("\n\nQuestion :", 1)[0]
    return {int(n): [s.rstrip(".") for s in _SENTENCE_END.split(text)] for n, text in passages(prompt)}


def written(make: Callable[[dict[int, list[str]]], str], reply=Reply.text, **kwargs) -> Callable[[dict], Reply]:
    """A scripted reply written from the passages of the request: `make(passages) -> text`."""
    return lambda body: reply(make(given(body)), **kwargs)


def llm_env(chat: StandInChat, timeout_s: float = TIMEOUT_S) -> dict[str, str]:
    """The four settings, as the README writes them."""
    return {"ASSISTANT_LLM_BASE_URL": chat.base_url, "ASSISTANT_LLM_MODEL": MODEL, "ASSISTANT_LLM_API_KEY": KEY,
            "ASSISTANT_LLM_TIMEOUT_S": str(timeout_s)}


def index_env(index: Settings, data_dir: Path) -> dict[str, str]:
    """The shared tiny index, read in place; the server's own question log."""
    return {"ASSISTANT_CORPUS_DIR": str(index.corpus_dir), "ASSISTANT_INDEX_DIR": str(index.index_dir),
            "ASSISTANT_DATA_DIR": str(data_dir), "ASSISTANT_EMBEDDER": FAST_EMBEDDER,
            "ASSISTANT_RATE_LIMIT_PER_MINUTE": "0"}


def settings_from(env: dict[str, str]) -> Settings:
    """Settings read from these environment variables only, as `cli.py serve` reads them."""
    with pytest.MonkeyPatch.context() as mp:
        for name, value in env.items():
            mp.setenv(name, value)
        return Settings()


def serve_with_model(index: Settings, chat: StandInChat, data_dir: Path):
    return serve(settings_from(index_env(index, data_dir) | llm_env(chat)))


@pytest.fixture(scope="module")
def http(tiny, chat, tmp_path_factory, errors):
    server = serve_with_model(tiny.settings, chat, tmp_path_factory.mktemp("written-data"))
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client
    server.stop()


@pytest.fixture(scope="module")
def extracts(tiny) -> dict:
    """The answer without a model: what a written answer that fails gives way to."""
    return json.loads(json.dumps(tiny.ask(QUESTION).to_dict()))["answer"]


def stream(http: httpx.Client, question: str = QUESTION) -> list[tuple[str, dict, float]]:
    """The SSE events of a question, each with the seconds since the request when it arrived."""
    events, block, started = [], [], time.monotonic()
    with http.stream("POST", "/v1/ask/stream", json={"question": question}) as response:
        assert response.status_code == 200
        for line in response.iter_lines():
            if line:
                block.append(line)
                continue
            for name, data in parse_sse("\n".join(block)):
                events.append((name, data, time.monotonic() - started))
            block = []
    return events


# Each scripted reply and what the reader gets: (mode, sentences removed, start of the note or None, the
# texts that must not reach the answer).
def faithful(p):
    return f"{p[1][0]} [1]. {p[2][0]} [2]."


def invented_number(p):
    return f"{p[1][0]} [1]. Son comité de pilotage réunit 47 partenaires depuis 1987 [2]."


def only_invented(p):
    return "Le conseil local de santé mentale réunit 47 partenaires depuis 1987 [1]."


def not_given(p):
    return f"{p[1][0]} [1]. {p[2][1]} [9]."


def no_citations(p):
    return ("Le conseil local de santé mentale rassemble les élus et la psychiatrie publique. "
            "Il définit des politiques locales pour la santé mentale.")


CASES = {
    "faithful": (echo_reply, "generated", 0, None, []),
    "invented number": (written(invented_number), "generated", 1,
                        "1 phrase du texte rédigé a été retirée : les sources citées ne la confirmaient pas.",
                        ["47 partenaires"]),
    "only an invented number": (written(only_invented), "extractive", 1,
                                "Le texte rédigé n'était pas assez confirmé par les sources (1 phrase retirée)",
                                ["47 partenaires"]),
    "a passage not given": (written(not_given), "generated", 1, "1 phrase du texte rédigé a été retirée",
                            ["Son comité de pilotage réunit les partenaires"]),
    "no citation format": (written(no_citations), "extractive", 2,
                           "Le texte rédigé n'était pas assez confirmé par les sources (2 phrases retirées)",
                           ["rassemble les élus", "politiques locales pour la santé mentale"]),
    "time-out": (Reply.hang(HANG_S, "Un CLSM est une plateforme de concertation [1]."), "extractive", 0,
                 "Le modèle de langue n'a pas répondu à temps : voici les extraits des documents.",
                 ["Un CLSM est une plateforme"]),
    "HTTP error": (Reply.error(503), "extractive", 0,
                   "Le modèle de langue est injoignable (HTTP 503) : voici les extraits des documents.", []),
    "key refused": (Reply.error(401), "extractive", 0, "Le modèle de langue est injoignable : clé d'accès refusée",
                    []),
    "refusal": (Reply.refusal(), "extractive", 0, "Le modèle de langue a refusé de répondre", ["Je ne peux pas"]),
    "not the protocol": (Reply.garbage(), "extractive", 0, "Le modèle de langue a renvoyé une réponse illisible",
                         ["Bad Gateway"]),
    "not answered": (Reply.text("Les documents ne permettent pas de répondre."), "extractive", 0,
                     "Le modèle de langue n'a pas trouvé la réponse dans les passages", ["ne permettent pas"]),
}


@pytest.mark.parametrize("case", CASES)
def test_each_scripted_reply_gives_its_answer(http, script, chat, extracts, case):
    reply, mode, removed, note, absent = CASES[case]
    script.reply = reply
    started = time.monotonic()
    response = http.post("/v1/ask", json={"question": QUESTION})
    elapsed = time.monotonic() - started
    assert response.status_code == 200, response.text
    answer = response.json()["answer"]
    assert (answer["mode"], answer["removed"]) == (mode, removed), answer
    assert answer["mode_label"] == (WRITTEN if mode == "generated" else EXTRACTS)
    assert (answer["note"] or "").startswith(note or "") and (answer["note"] is None) == (note is None), answer["note"]
    shown = answer["text"] + json.dumps(answer["parts"], ensure_ascii=False)
    for text in absent:
        assert text not in shown
    assert elapsed < TIMEOUT_S + 2  # nothing holds a question beyond the model's time-out
    if mode == "extractive":
        assert answer["parts"] == extracts["parts"] and answer["text"] == extracts["text"]
    else:  # the kept sentences (restating their passages word for word here), each with its marks
        cited = " ".join(c["text"] for c in response.json()["citations"])
        assert answer["sentences"] and all(s["text"] in cited for s in answer["sentences"])
        assert all(s["citations"][0] == s["n"] for s in answer["sentences"])
    assert chat.completions[-1].body["model"] == MODEL
    assert chat.completions[-1].headers["Authorization"] == f"Bearer {KEY}"


def test_the_model_is_given_the_question_the_turns_and_the_numbered_passages(http, script, chat):
    script.reply = echo_reply
    turns = [{"question": "Comment impliquer les élus dans un CLSM ?", "answer": "Par une convention [1]."}]
    body = http.post("/v1/ask", json={"question": QUESTION, "conversation": turns}).json()
    messages = chat.completions[-1].body["messages"]
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[1]["content"] == turns[0]["question"] and messages[2]["content"] == turns[0]["answer"]
    assert messages[-1]["content"].endswith(f"Question : {QUESTION}")
    for citation in body["citations"]:  # each passage given under its number, as the answer cites it
        assert f"[{citation['n']}] {citation['title']}" in messages[-1]["content"]
    assert chat.completions[-1].body["stream"] is True


def test_several_marks_on_one_sentence(http, script):
    script.reply = written(lambda p: f"{p[1][0]} [1][2]. {p[2][0]} [2].")
    answer = http.post("/v1/ask", json={"question": QUESTION}).json()["answer"]
    assert answer["mode"] == "generated"
    assert [s["citations"] for s in answer["sentences"]] == [[1, 2], [2]]
    assert answer["text"].count("[1][2]") == 1


def test_the_stream_sends_each_checked_sentence_as_the_model_writes_it(http, script):
    # The first sentence is whole (the next one has begun), then the model pauses for a second.
    def reply(body):
        text = faithful(given(body))
        return Reply.stall(text, after_chars=text.index("[1].") + 6, seconds=1.0, chunk_chars=15)

    script.reply = reply
    events = stream(http)
    names = [name for name, _, _ in events]
    assert names == ["citations", "part", "sentence", "sentence", "done"]
    (_, cited, _), (_, part, _), (_, first, t1), (_, second, _), (_, done, t_done) = events
    assert cited["writing"] is True and cited["kind"] and cited["citations"]
    assert part == {"index": 0, "label": "", "list": False, "sentences": None}
    assert (first["index"], first["part"], first["n"], first["citations"]) == (0, 0, 1, [1])
    assert (second["index"], second["citations"]) == (1, [2])
    assert t_done - t1 > 0.6  # the first sentence came while the model was still writing
    assert done["mode"] == "generated" and done["mode_label"] == WRITTEN
    assert (done["removed"], done["note"], done["sentences"], done["abstained"]) == (0, None, 2, False)
    assert done["text"] == f"{first['text']} [1] {second['text']} [2]"
    # The citations located at the end: [2], which the extracts did not quote, now points at its sentence.
    start = {c["n"]: c for c in cited["citations"]}
    final = {c["n"]: c for c in done["citations"]}
    assert final.keys() == start.keys() and final[2]["link"] != start[2]["link"] and "#:~:text=" in final[2]["link"]
    script.reply = echo_reply
    assert done["citations"] == http.post("/v1/ask", json={"question": QUESTION}).json()["citations"]


def test_a_written_answer_that_stalls_after_a_sentence_restarts_with_the_extracts(http, script, extracts):
    def reply(body):
        text = f"{given(body)[1][0]} [1][2]. {given(body)[2][0]} [2]."
        return Reply.stall(text, after_chars=text.index("[1][2].") + 9, seconds=HANG_S)

    script.reply = reply
    started = time.monotonic()
    events = stream(http)
    assert time.monotonic() - started < TIMEOUT_S + 2
    names = [name for name, _, _ in events]
    quoted = [name for part in extracts["parts"] for name in ["part"] + ["sentence"] * len(part["sentences"])]
    assert names == ["citations", "part", "sentence", "restart", *quoted, "done"]
    data = [d for _, d, _ in events]
    assert data[0]["writing"] is True and data[1]["sentences"] is None and data[2]["citations"] == [1, 2]
    assert data[3] == {"note": "Le modèle de langue n'a pas répondu à temps : voici les extraits des documents."}
    after = events[4:-1]
    assert [d["text"] for n, d, _ in after if n == "sentence"] == [s["text"] for s in extracts["sentences"]]
    assert [d["sentences"] for n, d, _ in after if n == "part"] == [len(p["sentences"]) for p in extracts["parts"]]
    done = data[-1]
    assert (done["mode"], done["mode_label"], done["removed"]) == ("extractive", EXTRACTS, 0)
    assert done["note"] == data[3]["note"] and done["text"] == extracts["text"]


def test_a_failing_model_streams_the_extracts_with_their_note(http, script, extracts):
    script.reply = Reply.error(503)
    events = stream(http)
    names = [name for name, _, _ in events]
    quoted = [name for part in extracts["parts"] for name in ["part"] + ["sentence"] * len(part["sentences"])]
    assert names == ["citations", "restart", *quoted, "done"]  # no sentence written: the extracts follow at once
    assert events[1][1]["note"] == events[-1][1]["note"]
    assert [d["text"] for n, d, _ in events if n == "sentence"] == [s["text"] for s in extracts["sentences"]]
    done = events[-1][1]
    assert done["mode"] == "extractive" and done["note"].startswith("Le modèle de langue est injoignable (HTTP 503)")


def test_docs_describe_the_mode_and_the_removed_sentences(http):
    spec = http.get("/openapi.json").json()
    answer = spec["components"]["schemas"]["AnswerOut"]["properties"]
    assert {"mode", "mode_label", "removed", "note"} <= answer.keys()
    assert "generated" in answer["mode"]["description"] and "retirées" in answer["removed"]["description"]
    assert "citations" in spec["components"]["schemas"]["SentenceOut"]["properties"]
    stream_doc = json.dumps(spec["paths"]["/v1/ask/stream"], ensure_ascii=False)
    assert "restart" in stream_doc and "writing" in stream_doc


def test_cli_ask_json_and_text_say_what_the_answer_is(tiny, chat, script, tmp_path):
    env = index_env(tiny.settings, tmp_path) | llm_env(chat) | {"COLUMNS": "200"}
    script.reply = written(lambda p: f"{p[1][0]} [1][2]. Son comité de pilotage réunit 47 partenaires [2]. "
                                     f"{p[2][0]} [2].")
    data = one_json(run_cli("ask", QUESTION, "--json", **env).stdout)
    assert (data["answer"]["mode"], data["answer"]["removed"]) == ("generated", 1)
    assert "47" not in data["answer"]["text"]
    text = run_cli("ask", QUESTION, **env)
    assert text.returncode == 0, text.stderr
    assert WRITTEN in text.stdout and "[1][2]" in text.stdout and "47 partenaires" not in text.stdout
    assert "Note : 1 phrase du texte rédigé a été retirée" in text.stdout
    script.reply = Reply.error(503)
    text = run_cli("ask", QUESTION, **env)
    assert EXTRACTS in text.stdout and "Note : Le modèle de langue est injoignable (HTTP 503)" in text.stdout
    assert KEY not in text.stdout + text.stderr


@pytest.mark.subprocess
def test_cli_serve_sends_the_key_to_the_model_and_never_logs_it(tiny, tmp_path):
    script = Script()
    with StandInChat(script) as chat:
        port = free_port()
        env = index_env(tiny.settings, tmp_path) | llm_env(chat) | {"ASSISTANT_PORT": str(port)}
        server = start_cli("serve", **env)
        try:
            url = f"http://127.0.0.1:{port}"
            wait_until_up(server, url)
            asked = httpx.post(f"{url}/v1/ask", json={"question": QUESTION}, timeout=30).json()
            assert asked["answer"]["mode"] == "generated"
            script.reply = Reply.error(401, message=f"Incorrect API key provided: {KEY}")
            refused = httpx.post(f"{url}/v1/ask/stream", json={"question": QUESTION}, timeout=30).text
            assert "clé d'accès refusée" in refused
        finally:
            server.terminate()
            out, err = server.communicate(timeout=30)
    assert [r.headers["Authorization"] for r in chat.completions] == [f"Bearer {KEY}"] * 2
    assert "Réponse rédigée abandonnée" in err  # the server logs what happened…
    assert KEY not in out + err and KEY[-6:] not in out + err  # …never the key
