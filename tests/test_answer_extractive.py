"""Extractive answers: verbatim sentences of the cited passage, the right [n], both sides of a comparison."""

from __future__ import annotations

import pytest

from assistant.answer import CUT_MARK, verbatim_sentences
from assistant.text import tokenize


def _verbatim_in(sentence: str, passage: str) -> bool:
    return sentence.removesuffix(CUT_MARK) in passage


@pytest.mark.parametrize("question", [
    "Combien de CLSM actifs en France en 2024 ?",
    "Quelle loi de 2009 a créé les contrats locaux de santé ?",
    "Que veut dire CPTS ?",
    "CLS volet santé mentale vs CLSM : quelles différences ?",
])
def test_sentences_are_verbatim_and_cite_their_passage(sample_assistant, question):
    response = sample_assistant.ask(question)
    assert not response.answer.abstained and response.answer.sentences
    by_n = {c.n: c for c in response.citations}
    for sentence in response.answer.sentences:
        assert sentence.n in by_n
        assert _verbatim_in(sentence.text, by_n[sentence.n].text), (sentence.text, sentence.n)
        assert f"{sentence.text} [{sentence.n}]" in response.answer.text


def test_comparison_answer_has_sentences_for_each_side(sample_assistant):
    response = sample_assistant.ask("ASV et CLSM : comment ces deux démarches se complètent-elles ?")
    terms = [set(tokenize(s.text)) for s in response.answer.sentences]
    assert any("asv" in t for t in terms) and any("clsm" in t for t in terms)


def test_questions_copied_from_slides_are_not_preferred(sample_assistant):
    response = sample_assistant.ask("Quelles différences entre le volet santé mentale d'un CLS et un CLSM ?")
    assert not response.answer.sentences[0].text.rstrip().endswith("?")


def test_verbatim_sentences_trim_bullets_and_cut_long_ones():
    text = "- Une puce assez longue pour compter.\n" + "mot " * 200
    sentences = verbatim_sentences(text)
    assert sentences[0] == "Une puce assez longue pour compter."
    assert sentences[1].endswith(CUT_MARK) and _verbatim_in(sentences[1], text)


def test_abstention_message_is_french(sample_assistant):
    response = sample_assistant.ask("Comment changer un pneu de vélo ?")
    assert response.answer.abstained
    assert "Je n'ai pas trouvé de réponse dans les documents." in response.answer.text
