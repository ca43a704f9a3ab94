"""Chunking: structure-following passages, long units split with overlap, exact spans, stable ids."""

from __future__ import annotations

from assistant.ingest.chunk import chunk_document, split_unit
from assistant.models import Document, DocumentMeta, Location, Unit

META = DocumentMeta(doc_id="doc", path="doc.pdf", title="Titre du document")


def sentence(n: int) -> str:
    return f"La phrase numéro {n} parle des conseils locaux de santé mentale et des quartiers."


def test_long_unit_is_split_on_paragraphs_then_sentences_with_overlap():
    para1 = " ".join(sentence(i) for i in range(12))
    para2 = " ".join(sentence(i) for i in range(12, 16))
    text = para1 + "\n\n" + para2
    spans = split_unit(text, 400)
    pieces = [text[a:b] for a, b in spans]
    assert all(len(p) <= 400 for p in pieces)
    assert all(p[0].isupper() and p.endswith(".") for p in pieces)  # cut at sentence boundaries
    assert any(p.startswith("La phrase numéro 12") for p in pieces)  # a paragraph starts a new piece
    overlaps = [a for a, b in zip(pieces, pieces[1:]) if a.split(". ")[-1] and b.startswith(a.split(". ")[-1][:30])]
    assert overlaps, "consecutive pieces of one paragraph share a sentence"
    for i in range(16):
        assert any(f"numéro {i} " in p for p in pieces)


def test_a_sentence_longer_than_the_limit_is_cut_at_spaces():
    text = "mot " * 400
    spans = split_unit(text.strip(), 300)
    assert all(0 < b - a <= 300 for a, b in spans)
    assert spans[-1][1] == len(text.strip())


def test_spans_ids_context_and_pages_never_crossed():
    units = [
        Unit(" ".join(sentence(i) for i in range(30)), Location("page", 1, 1)),
        Unit("Court texte de la page deux.", Location("page", 2, 2)),
        Unit("Texte de la diapositive.", Location("slide", 3, 3), title="Titre de la diapositive"),
    ]
    text, passages = chunk_document(Document(META, units), max_chars=500, min_chars=200)
    assert text == "\n\n".join(u.text for u in units)
    assert [p.id for p in passages] == [f"doc:{i:04d}" for i in range(len(passages))]
    for p in passages:
        assert text[p.span[0] : p.span[1]] == p.text
        assert p.location.start == p.location.end
    assert passages[-2].text == "Court texte de la page deux." and passages[-2].location.label == "p. 2"
    assert passages[-1].context == "Titre du document — Titre de la diapositive"
    assert passages[0].context == "Titre du document"


def test_tiny_sections_merge_forward_within_the_limit():
    units = [
        Unit("Petit.", Location("section", 1, 1, "A"), title="A"),
        Unit("Encore petit.", Location("section", 2, 2, "B"), title="B"),
        Unit("x" * 300, Location("section", 3, 3, "C"), title="C"),
        Unit("y" * 300, Location("section", 4, 4, "D"), title="D"),
    ]
    text, passages = chunk_document(Document(META, units), max_chars=1000, min_chars=200)
    assert [(p.location.start, p.location.end) for p in passages] == [(1, 3), (4, 4)]
    assert passages[0].text == text[passages[0].span[0] : passages[0].span[1]]
    assert passages[0].context == "Titre du document — A"


def test_pages_are_not_merged_even_when_tiny():
    units = [Unit("Un.", Location("page", 1, 1)), Unit("Deux.", Location("page", 2, 2))]
    _, passages = chunk_document(Document(META, units), max_chars=1000, min_chars=200)
    assert [p.location.label for p in passages] == ["p. 1", "p. 2"]
