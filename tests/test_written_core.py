"""Written answers through the real facade and a real chat server on loopback (tests/llm_standin.py): each
scripted reply (faithful, invented number, passage not given, no marks, time-out, errors, refusal, garbage,
a stall mid-stream) with its expected outcome, what the model is sent, and the eval harness's report."""

from __future__ import annotations

import json
import logging
import re
import time

import pytest
from helpers import one_json, run_cli
from llm_standin import Reply, StandInChat, echo_reply, first_sentence, passages

from assistant.answer_events import Finished, SentenceReady, SourcesFound
from assistant.config import Settings
from assistant.core import Assistant
from assistant.evaluation import evaluate, print_report
from assistant.links import text_fragment
from assistant.models import Turn
from assistant.text import normalise_for_match
from assistant.written.claims import claims
from assistant.written.support import numbers

pytestmark = [pytest.mark.server, pytest.mark.model]

QUESTION = "Combien d'habitants des Hauts-de-France vivent dans les quartiers de la politique de la ville ?"
UNANSWERABLE = "Comment préparer une ratatouille provençale ?"
MODEL = "albert-large"
KEY = "sk-test-0e7c41d5-not-a-real-key"


@pytest.fixture
def scripted(chat, script):
    """Sets the stand-in's reply for one test; its recorded requests start empty."""
    def use(reply):
        script.reply = reply if callable(reply) else (lambda body: reply)
        with chat.lock:
            chat.requests.clear()
        return chat
    yield use
    script.reply = echo_reply


def written_settings(sample_settings: Settings, chat: StandInChat, timeout_s: float, **extra) -> Settings:
    return Settings(corpus_dir=sample_settings.corpus_dir, index_dir=sample_settings.index_dir,
                    data_dir=sample_settings.data_dir, embedder=sample_settings.embedder,
                    llm_base_url=chat.base_url, llm_model=MODEL, llm_timeout_s=timeout_s, **extra)


@pytest.fixture(scope="module")
def writer(sample_settings, chat) -> Assistant:
    """The facade with written answers on (time-out 10 s), loaded once."""
    assistant = Assistant(written_settings(sample_settings, chat, 10.0, llm_api_key=KEY))
    assistant.load()
    return assistant


@pytest.fixture(scope="module")
def hasty(sample_settings, chat) -> Assistant:
    """The facade with written answers on and a time-out of 1 s."""
    assistant = Assistant(written_settings(sample_settings, chat, 1.0))
    assistant.load()
    assistant.ask(UNANSWERABLE)  # warm (an abstention does not call the model): the timings below are the wait's
    return assistant


@pytest.fixture(scope="module")
def extracts(sample_assistant):
    """The extractive answer to QUESTION (no model set)."""
    return sample_assistant.ask(QUESTION)


def prompt_passages(body: dict) -> list[tuple[str, str]]:
    return passages(body["messages"][-1]["content"])


def echoed(body: dict) -> list[str]:
    """The faithful sentences echo_reply writes for this request, with their marks."""
    return re.findall(r"\S.+?\[\d+\]\.(?= |$)", echo_reply(body).content)


def events_of(assistant: Assistant, question: str = QUESTION) -> tuple[list, float]:
    start = time.monotonic()
    events = list(assistant.ask_stream(question))
    return events, time.monotonic() - start


def final(events: list):
    assert isinstance(events[-1], Finished)
    return events[-1].response


def assert_extracts(response, extracts, note: str):
    """The extractive answer, unchanged, with a French note saying why."""
    answer = response.answer
    assert answer.mode == "extractive" and answer.mode_label == "Extraits des documents"
    assert answer.text == extracts.answer.text and not answer.abstained
    assert answer.note.startswith(note) and answer.note.endswith("voici les extraits des documents."), answer.note


# -- the scripted cases -------------------------------------------------------------------


def test_a_faithful_reply_is_shown_whole_each_sentence_pointing_at_the_passage_sentence_it_restates(
        writer, scripted, extracts):
    chat = scripted(echo_reply)
    events, _ = events_of(writer)
    response = final(events)
    answer = response.answer
    [request] = chat.completions
    sent = echoed(request.body)
    assert len(sent) == 2
    assert answer.mode == "generated" and answer.mode_label == "Réponse rédigée à partir des sources"
    assert answer.removed == 0 and answer.note == "" and not answer.abstained
    assert [s.text for s in answer.sentences] == [re.sub(r" \[(\d+)\]\.$", ".", s) for s in sent]
    assert answer.text != extracts.answer.text
    assert isinstance(events[0], SourcesFound) and events[0].writing
    ready = [e.sentence for e in events if isinstance(e, SentenceReady)]
    assert ready == list(answer.sentences)
    by_n = {c.n: c for c in response.citations}
    for sentence, (n, source) in zip(answer.sentences, prompt_passages(request.body)):
        cited = by_n[sentence.n]
        assert sentence.n == int(n)
        assert numbers(sentence.text) <= numbers(cited.text)
        [(a, b)] = sentence.spans
        quoted = cited.text[a:b]
        # The citation points at the passage sentence the written one restates (its first, echoed)...
        assert normalise_for_match(sentence.text).startswith(normalise_for_match(quoted)[:60])
        assert " ".join(source.split()).startswith(" ".join(quoted.split())[:60])
        # ...and, for a web page, its link opens those very words.
        if cited.location.kind == "section" and cited.url:
            assert cited.link.endswith("#:~:text=" + text_fragment(quoted))


def test_a_sentence_with_an_invented_number_is_removed_and_the_answer_says_so(writer, scripted, caplog):
    invented: list[str] = []

    def reply(body):
        # A sentence of passage [1] with one of its numbers changed to one that passage does not hold.
        (n, text), *_ = prompt_passages(body)
        sentence = next(s for s in re.split(r"(?<=[.!?])\s+", text) if re.search(r"\d", s))
        number = re.search(r"\d+", sentence).group()
        changed = next(str(v) for v in range(int(number) + 1, int(number) + 1000) if str(v) not in numbers(text))
        invented.append(sentence.replace(number, changed, 1).rstrip("."))
        return Reply.text(" ".join(echoed(body)) + f" {invented[0]} [{n}].")

    scripted(reply)
    with caplog.at_level(logging.INFO, logger="assistant.written"):
        response = writer.ask(QUESTION)
    answer = response.answer
    assert answer.mode == "generated" and answer.removed == 1 and len(answer.sentences) == 2
    assert normalise_for_match(invented[0]) not in normalise_for_match(answer.text)
    assert answer.note == "1 phrase du texte rédigé a été retirée : les sources citées ne la confirmaient pas."
    assert any("not in its passages" in r.getMessage() for r in caplog.records)


def test_a_sentence_citing_a_passage_that_was_not_given_is_removed(writer, scripted):
    def reply(body):
        given = prompt_passages(body)
        absent = max(int(n) for n, _ in given) + 1
        # Faithful words, but cited as a passage the model never received.
        return Reply.text(" ".join(echoed(body)) + f" {first_sentence(given[0][1])} [{absent}].")

    scripted(reply)
    response = writer.ask(QUESTION)
    assert response.answer.mode == "generated" and response.answer.removed == 1
    assert len(response.answer.sentences) == 2 and all(s.n <= 5 for s in response.answer.sentences)


def test_a_reply_ignoring_the_citation_format_gives_the_extracts_with_a_note(writer, scripted, extracts):
    scripted(lambda body: Reply.text(re.sub(r" \[\d+\]", "", echo_reply(body).content)))
    events, _ = events_of(writer)
    response = final(events)
    assert_extracts(response, extracts, "Le texte rédigé n'était pas assez confirmé par les sources (2 phrases")
    assert response.answer.removed == 2
    kinds = [type(e).__name__ for e in events]
    assert kinds[:3] == ["SourcesFound", "Restarted", "PartStarted"]  # nothing written was shown
    assert events[1].note == response.answer.note


def test_a_model_that_does_not_answer_in_time_gives_the_extracts_within_the_time_out(hasty, scripted, extracts):
    chat = scripted(Reply.hang(5.0))
    before = retrieval_seconds(hasty)
    events, elapsed = events_of(hasty)
    assert_extracts(final(events), extracts, "Le modèle de langue n'a pas répondu à temps")
    assert len(chat.completions) == 1
    assert elapsed < 1.0 + 1.5 + max(before, retrieval_seconds(hasty)), elapsed


def retrieval_seconds(assistant: Assistant) -> float:
    """What asking costs before the model is asked (retrieval, extracts), measured now on this machine (the
    question is left there: the model is never asked)."""
    start = time.monotonic()
    events = assistant.ask_stream(QUESTION)
    assert isinstance(next(events), SourcesFound)
    events.close()
    return time.monotonic() - start


@pytest.mark.parametrize("reply, note", [
    (Reply.error(500), "Le modèle de langue est injoignable (HTTP 500)"),
    (Reply.error(401, "Incorrect API key provided."), "Le modèle de langue est injoignable : clé d'accès refusée"),
    (Reply.error(429), "Le modèle de langue est saturé (HTTP 429)"),
    (Reply.refusal(), "Le modèle de langue a refusé de répondre"),
    (Reply.garbage(), "Le modèle de langue a renvoyé une réponse illisible"),
], ids=["error-500", "error-401", "error-429", "refusal", "garbage"])
def test_errors_refusals_and_garbage_give_the_extracts_with_a_french_note(writer, scripted, extracts, reply, note):
    chat = scripted(reply)
    response = writer.ask(QUESTION)
    assert_extracts(response, extracts, note)
    assert len(chat.completions) == 1


def test_an_endpoint_that_is_down_gives_the_extracts(sample_settings, extracts):
    with StandInChat() as gone:
        settings = written_settings(sample_settings, gone, 5.0)
    start = time.monotonic()
    response = Assistant(settings).ask(QUESTION)
    assert_extracts(response, extracts, "Le modèle de langue est injoignable (connexion refusée")
    assert time.monotonic() - start < 5.0


def test_a_stall_after_one_faithful_sentence_restarts_with_the_extracts(hasty, scripted, extracts):
    def reply(body):
        first, second = echoed(body)
        content = f"{first} {second}"
        # The first sentence is finished once the second one starts: stall a few characters into it.
        return Reply.stall(content, after_chars=len(first) + 4, seconds=5.0, chunk_chars=5)

    scripted(reply)
    before = retrieval_seconds(hasty)
    events, elapsed = events_of(hasty)
    kinds = [type(e).__name__ for e in events]
    restart = kinds.index("Restarted")
    assert kinds[:restart] == ["SourcesFound", "PartStarted", "SentenceReady"]
    assert kinds[restart + 1] == "PartStarted" and kinds[-1] == "Finished"
    assert events[restart].note.startswith("Le modèle de langue n'a pas répondu à temps")
    shown = [e.sentence for e in events[restart + 1:] if isinstance(e, SentenceReady)]
    response = final(events)
    assert_extracts(response, extracts, "Le modèle de langue n'a pas répondu à temps")
    assert shown == list(response.answer.sentences) == list(extracts.answer.sentences)
    assert elapsed < 1.0 + 1.5 + max(before, retrieval_seconds(hasty)), elapsed


def test_the_model_can_say_its_passages_do_not_answer(writer, scripted, extracts):
    scripted(Reply.text("Les documents ne permettent pas de répondre."))
    response = writer.ask(QUESTION)
    assert response.answer.mode == "extractive" and response.answer.removed == 0
    assert response.answer.note.startswith("Le modèle de langue n'a pas trouvé la réponse dans les passages")
    assert response.answer.text == extracts.answer.text


# -- what the model is sent ----------------------------------------------------------------


def test_an_abstention_never_calls_the_model(writer, scripted):
    chat = scripted(echo_reply)
    events = list(writer.ask_stream(UNANSWERABLE))
    response = final(events)
    assert response.answer.abstained and response.answer.mode == "extractive"
    assert not events[0].writing and chat.requests == []


def test_the_model_receives_the_question_the_numbered_passages_and_the_earlier_turns(writer, scripted):
    chat = scripted(echo_reply)
    earlier = Turn("Qu'est-ce qu'un conseil local de santé mentale ?",
                   "Un CLSM est un espace de concertation entre les élus et la psychiatrie [1].")
    response = writer.ask(QUESTION, conversation=(earlier,))
    [request] = chat.completions
    body = request.body
    assert body["model"] == MODEL and body["stream"] is True
    roles = [m["role"] for m in body["messages"]]
    assert roles == ["system", "user", "assistant", "user"]
    assert "[1]" in body["messages"][0]["content"] and "français" in body["messages"][0]["content"]
    assert body["messages"][1]["content"] == earlier.question and body["messages"][2]["content"] == earlier.answer
    last = body["messages"][-1]["content"]
    assert last.rstrip().endswith(f"Question : {QUESTION}")
    given = response.citations[:writer.settings.answer_passages]
    assert [int(n) for n, _ in passages(last)] == [c.n for c in given]
    for c in given:
        assert f"[{c.n}] {c.title}" in last and " ".join(c.text.split())[:200] in " ".join(last.split())


def test_the_api_key_is_sent_as_bearer_and_never_logged(writer, scripted, caplog):
    chat = scripted(Reply.error(401, "Incorrect API key provided."))
    with caplog.at_level(logging.DEBUG):
        response = writer.ask(QUESTION)
        scripted(echo_reply)
        writer.ask(QUESTION)
    assert response.answer.mode == "extractive"
    assert [r.headers["Authorization"] for r in chat.completions] == [f"Bearer {KEY}"]
    assert caplog.records and any(r.name == "assistant.written" for r in caplog.records)
    for record in caplog.records:
        assert KEY not in record.getMessage() and KEY not in str(record.args)
    assert KEY not in json.dumps(response.to_dict(), ensure_ascii=False)


# -- the eval harness -----------------------------------------------------------------------


EVAL_QUESTIONS = [
    {"id": "w1", "question": QUESTION, "evidence": [["653 000 habitants"]], "kind": "fact"},
    {"id": "w2", "question": "Combien de quartiers prioritaires compte la région Hauts-de-France ?",
     "evidence": [["199 quartiers prioritaires"]], "kind": "fact"},
    {"id": "w3", "question": UNANSWERABLE, "evidence": [], "kind": "unanswerable"},
]


def one_invented(body: dict) -> Reply:
    """A faithful answer and one sentence stating a count no passage gives (`numbers` never holds 987654)."""
    return Reply.text(echo_reply(body).content + " Le réseau compte 987654 partenaires [1].")


@pytest.mark.subprocess
def test_eval_reports_the_share_of_written_sentences_removed(sample_settings, writer, scripted, tmp_path):
    questions = tmp_path / "written.jsonl"
    questions.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in EVAL_QUESTIONS), "utf-8")
    chat = scripted(one_invented)
    result = run_cli("eval", "--questions", str(questions), "--index", str(sample_settings.index_dir), "--json",
                     ASSISTANT_LLM_BASE_URL=chat.base_url, ASSISTANT_LLM_MODEL=MODEL,
                     ASSISTANT_LLM_API_KEY=KEY, ASSISTANT_LLM_TIMEOUT_S="20")
    assert result.returncode == 0, result.stderr
    written = one_json(result.stdout)["written"]
    asked = len(chat.completions)
    assert asked == 2  # the unanswerable question abstained: the model was not asked
    sentences = sum(len(claims(one_invented(r.body).content)) for r in chat.completions)
    assert written == {"answers": 2, "generated": 2, "sentences": sentences, "removed": 2,
                       "removed_share": round(2 / sentences, 4), "fallbacks": 0}
    assert all(r.headers["Authorization"] == f"Bearer {KEY}" for r in chat.completions)
    assert KEY not in result.stdout + result.stderr

    # The same harness in-process, in text, with every written sentence failing: the extracts stand in.
    chat = scripted(lambda body: Reply.text(re.sub(r" \[\d+\]", "", echo_reply(body).content)))
    report = evaluate(writer, questions, k=10)
    sentences = sum(len(claims(echo_reply(r.body).content)) for r in chat.completions)
    assert report.summary()["written"] == {"answers": 2, "generated": 0, "sentences": sentences,
                                           "removed": sentences, "removed_share": 1.0, "fallbacks": 2}
    from rich.console import Console

    console = Console(record=True, width=200)
    print_report(console, report)
    assert (f"Réponses rédigées : 0 sur 2 montrées (2 remplacées par les extraits) ; {sentences} phrases "
            f"rédigées, dont {sentences} retirées faute d'appui dans leurs sources (100\u00a0%).") \
        in console.export_text()


def test_eval_without_a_model_has_no_written_block(sample_assistant, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps(EVAL_QUESTIONS[0], ensure_ascii=False), "utf-8")
    assert "written" not in evaluate(sample_assistant, questions).summary()


def test_a_passage_cited_again_at_a_later_second_is_given_to_the_model_once(tmp_path, scripted):
    from conftest import lexical_assistant

    captions = ("WEBVTT\n\n00:00:10.000 --> 00:00:16.000\n<v Karim Benhaddou>Le CLSM de Valmoret a été créé en 2019 "
                "par la ville.\n\n00:02:30.000 --> 00:02:36.000\n<v Karim Benhaddou>Aujourd'hui le CLSM de Valmoret "
                "compte quarante-cinq partenaires.\n")
    chat = scripted(echo_reply)
    assistant = lexical_assistant(tmp_path, {"webinaire.vtt": captions}, llm_base_url=chat.base_url, llm_model=MODEL)
    question = "Le CLSM de Valmoret : création et partenaires ?"
    extracts = Assistant(Settings(corpus_dir=tmp_path / "corpus", index_dir=assistant.settings.index_dir,
                                  data_dir=assistant.settings.data_dir, embedder="none")).ask(question)
    assert len(extracts.citations) == 2 and len({c.passage_id for c in extracts.citations}) == 1  # cited twice
    response = assistant.ask(question)
    [request] = chat.completions
    given = [int(n) for n, _ in passages(request.body["messages"][-1]["content"])]
    assert given == [1]  # the same passage is not sent twice under two numbers
    cited = {c.n for c in response.citations}
    assert response.answer.sentences and all(n in cited for s in response.answer.sentences for n in s.cites)
