"""Numbers written in words are facts a written sentence must take from its passage, like digits."""

from __future__ import annotations

import numpy as np

from assistant.models import Citation, Location
from assistant.sentences import sentence_spans
from assistant.written.claims import claims
from assistant.written.support import Source, Sources, spelled_numbers

PASSAGE = ("Le réseau compte trente-deux CLSM en Occitanie. La moitié des postes est financée par les villes. "
           "Le bilan a été arrêté au 31 décembre 2023.")


def check(sentence: str):
    given = {1: Source(Citation(n=1, doc="d", title="Bilan", location=Location("page", 1, 1), url=None,
                                text=PASSAGE, score=1.0), np.array(sentence_spans(PASSAGE)), None)}
    [claim] = claims(sentence)
    return Sources(given, {}, embed=None).check(claim)


def test_numbers_in_words_are_read_as_digits():
    assert spelled_numbers("quarante-cinq CLSM, deux cents postes, quatre-vingt-dix, trois mille") >= {
        "45", "200", "90", "3000"}
    assert spelled_numbers("un CLSM et une ville") == set()  # articles, not numbers
    assert "12" in spelled_numbers("au 31 décembre")


def test_a_number_in_words_must_be_the_passage_s_in_words_or_in_digits():
    assert check("Le réseau compte 32 CLSM en Occitanie [1].").supported
    assert check("Le réseau compte trente-deux CLSM en Occitanie [1].").supported
    changed = check("Le réseau compte quarante-cinq CLSM en Occitanie [1].")
    assert not changed.supported and "45" in changed.reason
    assert check("Le bilan a été arrêté au 31/12/2023 [1].").supported
    assert not check("Le bilan a été arrêté au 31 mars 2023 [1].").supported
