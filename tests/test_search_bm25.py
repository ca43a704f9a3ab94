"""Our BM25 (Lucene variant) against the bm25s package on the same tokens."""

import numpy as np
import pytest

from assistant.store.lexical import K1, LexicalIndex
from assistant.text import tokenize

bm25s = pytest.importorskip("bm25s")

DOCS = [
    "Le conseil local de santé mentale réunit élus, psychiatrie et usagers.",
    "Le contrat local de santé est signé pour cinq ans entre l'ARS et une collectivité.",
    "Les ateliers santé ville agissent dans les quartiers prioritaires de la politique de la ville.",
    "Santé mentale, santé mentale : les quartiers et la santé des habitants.",
    "Un texte sans rapport avec le reste.",
]


@pytest.mark.parametrize("query", ["santé mentale", "contrat local santé signé", "quartiers ville habitants"])
def test_scores_match_bm25s_lucene(query):
    tokens = [tokenize(d) for d in DOCS]
    ours = LexicalIndex.build(tokens).scores({t: 1.0 for t in tokenize(query)})
    retriever = bm25s.BM25(method="lucene", k1=K1, b=0.75)
    retriever.index(tokens, show_progress=False)
    theirs = retriever.get_scores(tokenize(query))
    # bm25s leaves out the constant (k1 + 1) factor of the numerator: same ranking, scores scaled.
    assert np.allclose(ours, theirs * (K1 + 1), rtol=1e-4, atol=1e-5)
    assert list(np.argsort(-ours, kind="stable")) == list(np.argsort(-theirs, kind="stable"))
