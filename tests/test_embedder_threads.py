"""The packaged e5 embedder, for real: questions encoded from several threads at once (as the server does)
and a build beside them give the same vectors as one at a time, whatever thread count each one ran on."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from assistant.models import Location, Passage
from assistant.store.embedder import load_embedder
from assistant.store.sentence_vectors import SentenceVectors

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


def test_passages_shared_between_workers_come_back_in_order():
    embedder = load_embedder("e5-small")
    texts = PASSAGES + [q.rstrip(" ?") + "." for q in QUESTIONS]
    together = embedder.encode(texts)  # one worker per core, one text at a time each
    for text, vector in zip(texts, together):
        assert np.allclose(embedder.encode([text])[0], vector, atol=1e-5)


def test_a_sentence_said_twice_is_embedded_once():
    embedder = load_embedder("e5-small")
    slide = "Le CLSM réunit les élus et la psychiatrie. Il se réunit deux fois par an."
    texts = [slide, "Un PTSM est arrêté pour 5 ans.", slide]
    passages = [Passage(f"deck:{i}", "deck", t, "Diaporama", Location("page", i + 1, i + 1), (0, len(t)))
                for i, t in enumerate(texts)]
    read: list[str] = []

    def encode(batch):
        read.extend(batch)
        return embedder.encode(batch)

    built = SentenceVectors.build(passages, encode, embedder.dim, None, batch_size=2)
    assert len(built.vectors) == 5 and len(read) == 3 == len(set(read))  # 5 sentences, 3 different ones
    first, repeated = built.vectors[built.of_passage(0)], built.vectors[built.of_passage(2)]
    assert np.array_equal(first, repeated)
    alone = embedder.encode(["Il se réunit deux fois par an."])[0]
    assert np.allclose(repeated[1].astype(np.float32), alone, atol=2e-3)
