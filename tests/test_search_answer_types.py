"""Expected answer types: which questions ask for a duration, a share, a year or a count, and what it buys."""

from __future__ import annotations

import pytest
from conftest import make_settings

from assistant.core import Assistant
from assistant.search.answer_types import expected_type, holds


@pytest.mark.parametrize("question, kind", [
    ("Pour quelle durée un CLS est-il conclu ?", "duration"),
    ("Combien de temps dure un diagnostic partagé ?", "duration"),
    ("How long does a local health contract last?", "duration"),
    ("Combien d'années dure un PTSM ?", "duration"),
    ("Quelle part des quartiers est couverte ?", "share"),
    ("Quel est le taux de pauvreté dans les QPV ?", "share"),
    ("Depuis quand les CLSM existent-ils ?", "year"),
    ("Quand la loi 3DS a-t-elle été votée ?", "year"),
    ("En quelle année le premier CLSM a-t-il été créé ?", "year"),
    ("Quelle est la date du prochain webinaire ?", "year"),
    ("Combien de CLSM en Occitanie ?", "count"),
    ("How many local councils are active?", "count"),
    ("Quel est le nombre de CLSM actifs ?", "count"),
    ("Comment impliquer les élus ?", None),
    ("Que faire quand un habitant est en crise ?", None),  # "quand" as a conjunction asks for no date
    ("Qu'est-ce qu'un conseil local de santé mentale ?", None),
])
def test_expected_type_of_a_question(question, kind):
    assert expected_type(question) == kind


@pytest.mark.parametrize("kind, text, expected", [
    ("duration", "- Pour 5 ans", True),
    ("duration", "signé pour trois ans renouvelables", True),
    ("duration", "signé en 2024", False),
    ("year", "signé en 2024", True),
    ("share", "Près de 70% des CLSM ont un ASV", True),
    ("share", "27 CLSM actifs", False),
    ("count", "27 CLSM actifs", True),
    ("count", "voir https://www.example.org/page-2024 pour le détail", False),  # a link's digits count for nothing
    ("count", "modifié le 31/07/2023 - 17:41", False),  # nor do a date's and a time's
    ("year", "modifié le 31/07/2023 - 17:41", True),
    ("count", "Replay du webinaire du 2 février 2023", False),
    ("count", "plus de 120 participants le 2 février", True),
    (None, "27 CLSM actifs", False),
])
def test_holds_an_answer_of_the_type(kind, text, expected):
    assert holds(kind, text) is expected


def test_a_passage_holding_the_asked_duration_comes_first(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # The first note repeats the question's words; only the second says how long; the third is noise.
    (corpus / "note-cadre.txt").write_text(
        "Le contrat de territoire est signé par la commune, le département et la caisse d'allocations "
        "familiales. Le contrat de territoire signé réunit les élus autour d'objectifs partagés.", "utf-8")
    (corpus / "note-duree.txt").write_text(
        "Le contrat de territoire est signé par la commune et ses partenaires. Il vaut pour 5 ans, renouvelables une fois.", "utf-8")
    (corpus / "note-autre.txt").write_text(
        "La commune anime un atelier santé ville avec ses partenaires associatifs.", "utf-8")
    question = "Pour quelle durée le contrat de territoire est-il signé ?"
    typed = Assistant(make_settings(tmp_path, embedder="none", abstain_threshold=0.0))
    typed.refresh()
    assert typed.search(question)[0].passage.doc_id == "note-duree"
    untyped = Assistant(make_settings(tmp_path, embedder="none", answer_type_weight=0.0))
    assert untyped.search(question)[0].passage.doc_id == "note-cadre"
    response = typed.ask(question)
    # The answer line names no word of the question: it is quoted with the line it completes, verbatim.
    first = response.answer.sentences[0]
    assert first.text == ("Le contrat de territoire est signé par la commune et ses partenaires. "
                          "Il vaut pour 5 ans, renouvelables une fois.")
    assert first.text in response.citations[first.n - 1].text
