"""French plurals in what people read: the helper, and the counts `cli.py ingest` and `cli.py stats` print."""

from __future__ import annotations

import pytest

from assistant.plural import plural, word
from helpers import run_cli
from tui_support import ARS


def test_zero_and_one_are_singular_in_french():
    assert [plural(n, "document") for n in (0, 1, 2, 150)] == ["0 document", "1 document", "2 documents",
                                                                "150 documents"]
    assert plural(1, "pas utile", "pas utiles") == "1 pas utile"
    assert plural(3, "pas utile", "pas utiles") == "3 pas utiles"
    assert word(2, "question écartée", "questions écartées") == "questions écartées"


@pytest.mark.subprocess
def test_the_cli_counts_one_document_and_one_passage_in_the_singular(tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "cls-sante-mentale.txt").write_text(ARS, "utf-8")  # one short text: one passage
    ingest = run_cli("ingest", "--corpus", str(corpus), "--index", str(index), ASSISTANT_EMBEDDER="use-multilingual")
    assert ingest.returncode == 0, ingest.stderr
    assert "(1 document, 1 passage)" in ingest.stdout
    stats = run_cli("stats", "--index", str(index), ASSISTANT_EMBEDDER="use-multilingual")
    assert stats.returncode == 0, stats.stderr
    assert " · 1 document · 1 passage · modèle use-multilingual" in stats.stdout
