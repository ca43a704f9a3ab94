"""The packaged e5 embedder, for real: questions encoded from several threads at once (as the server does)
and a build beside them give the same vectors as one at a time, whatever thread count each one ran on."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from assistant.store.embedder import load_embedder

pytestmark = pytest.mark.model

QUESTIONS = ["Combien de CLSM actifs en France ?", "Que veut dire PTSM ?", "Qui finance le coordinateur ?",
             "How many councils?", "Quelles sont les missions du centre national ?", "Le CLS et le CLSM"]
PASSAGES = ["Le conseil local de santé mentale réunit les élus et la psychiatrie.", "Un PTSM est arrêté pour 5 ans."]


def test_parallel_encodings_equal_sequential_ones():
    embedder = load_embedder("e5-small")
    alone = embedder.queries(QUESTIONS)
    built = embedder.encode(PASSAGES)
    with ThreadPoolExecutor(4) as pool:
        questions = list(pool.map(lambda q: embedder.queries([q])[0], QUESTIONS * 3))
        passages = pool.submit(embedder.encode, PASSAGES).result()
    assert np.allclose(np.array(questions), np.vstack([alone] * 3), atol=1e-5)
    assert np.allclose(passages, built, atol=1e-5)
    assert embedder._busy == 0  # every encoding said it ended
