"""The evaluation harness itself, on a tiny corpus whose ranking the test controls."""

from __future__ import annotations

import json

import pytest

from conftest import make_settings
from helpers import one_json, run_cli

from assistant.core import Assistant
from assistant.evaluation import answered_at, evaluate, holds_evidence


def test_answered_at_needs_every_group_after_normalisation():
    passages = ["Rien ici.", "Le Conseil ≠ contrat, dit-on.", "Près de 70 % des CLSM ont un ASV."]
    assert answered_at([["conseil contrat"]], passages) == 2
    assert answered_at([["conseil ≠ contrat"], ["pres de 70"]], passages) == 3
    assert answered_at([["absent"], ["conseil"]], passages) is None


@pytest.mark.subprocess
def test_harness_reports_ranks_recall_mrr_and_abstention(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Lexical-only index: "mangrove" appears 4, 3 and 2 times, so the three notes rank in that order.
    for name, count, fact in (("a", 4, "le code postal est 31000"), ("b", 3, "le budget est modeste"),
                              ("c", 2, "la réunion a lieu le jeudi")):
        (corpus / f"note-{name}.txt").write_text(
            " ".join(["mangrove"] * count) + f" et encore du texte de remplissage. Ici {fact}.", "utf-8")
    settings = make_settings(tmp_path, embedder="none")
    Assistant(settings).refresh()
    questions = tmp_path / "questions.jsonl"
    rows = [
        {"id": "r1", "question": "mangrove", "evidence": [["code postal est 31000"]], "doc": "note-a", "kind": "fact"},
        {"id": "r3", "question": "mangrove", "evidence": [["réunion a lieu le jeudi"]], "doc": "note-c", "kind": "fact"},
        {"id": "miss", "question": "mangrove", "evidence": [["introuvable ailleurs"]], "doc": None, "kind": "paraphrase"},
        {"id": "none", "question": "recette du gâteau basque", "evidence": [], "doc": None, "kind": "unanswerable"},
    ]
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    report = evaluate(Assistant(settings), questions, k=10)
    ranks = {o.question.id: o.rank for o in report.outcomes}
    assert ranks == {"r1": 1, "r3": 3, "miss": None, "none": None}
    summary = report.summary()
    assert summary["n"] == 3
    assert summary["recall@1"] == round(1 / 3, 4)
    assert summary["recall@3"] == summary["recall@10"] == round(2 / 3, 4)
    assert summary["mrr@10"] == round((1 + 1 / 3) / 3, 4)
    fact = summary["by_kind"]["fact"]
    assert {k: fact[k] for k in ("n", "recall@5", "mrr@10")} == {"n": 2, "recall@5": 1.0,
                                                                 "mrr@10": round((1 + 1 / 3) / 2, 4)}
    assert summary["abstention"]["unanswerable"] == 1 and summary["abstention"]["abstained"] == 1
    # The answer itself: does its text (and its first sentence) hold the evidence, and how long is it.
    outcomes = {o.question.id: o for o in report.outcomes}
    assert outcomes["r1"].answer_holds == holds_evidence([["code postal est 31000"]], outcomes["r1"].answer)
    answer = summary["answer"]
    assert set(answer) == {"evidence", "first_sentence_evidence", "median_chars"}
    expected = sum(outcomes[q].answer_holds for q in ("r1", "r3", "miss")) / 3
    assert answer["evidence"] == round(expected, 4)
    assert 0 <= answer["first_sentence_evidence"] <= answer["evidence"]
    assert answer["median_chars"] == sorted(len(outcomes[q].answer) for q in ("r1", "r3", "miss"))[1]
    assert not outcomes["miss"].answer_holds

    result = run_cli("eval", "--questions", str(questions), "--index", str(settings.index_dir), "--json")
    assert result.returncode == 0, result.stderr
    assert one_json(result.stdout) == summary
    table = run_cli("eval", "--questions", str(questions), "--index", str(settings.index_dir))
    assert "R@5" in table.stdout and "miss" in table.stdout  # the missed question is listed


def test_holds_evidence_needs_every_group_in_the_answer_text():
    answer = "Conseil ≠ contrat : conseil = personnes qui se rassemblent [1] En 2024, 276 CLSM actifs [2]"
    assert holds_evidence([["conseil contrat"], ["276 CLSM actifs"]], answer)
    assert not holds_evidence([["conseil contrat"], ["27 CLSM actifs en Occitanie"]], answer)
    assert not holds_evidence([], answer)  # an unanswerable question has no evidence to hold


def test_a_number_shown_with_its_thousands_apart_holds_the_number_written_whole():
    from assistant.evaluation import holds_evidence

    assert holds_evidence([["TOTAL DES CHARGES 78000 82500"]], "TOTAL DES CHARGES — 78 000 · 82 500 · 86 000 [1]")
    assert holds_evidence([["2 140 participations"]], "2140 participations au total")
    # a year before a count is no group of thousands
    assert holds_evidence([["276 CLSM actifs"]], "2024 · 276 CLSM actifs, 125 en projet")
    assert not holds_evidence([["78000"]], "78 001")
