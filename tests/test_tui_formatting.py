"""Rendering helpers of the terminal UI: highlighting, French labels, citation text."""

from __future__ import annotations

from assistant.excerpts import excerpt, highlight_terms
from assistant.models import Citation, Filters, Location
from assistant.tui.formatting import (
    citation_meta,
    citation_text,
    filters_label,
    highlight,
)


def highlighted(content) -> list[str]:
    return [content.plain[s.start:s.end] for s in content.spans]


def test_terms_are_the_core_s_reading_of_the_question():
    assert highlight_terms("Comment impliquer les élus ?") == ("impliqu", "elus")
    assert highlight_terms("CLS volet santé mentale ou CLSM ?") == ("mental", "volet", "clsm", "sant", "cls")


def test_highlight_is_accent_and_case_insensitive_and_marks_the_word_family():
    text = "Les ÉLUS locaux et la Santé mentale ; des élus s'impliquent. Santes. Mentales."
    marks = highlighted(highlight(text, highlight_terms("sante des elus mentales, impliquer ?")))
    assert marks == ["ÉLUS", "Santé", "mentale", "élus", "impliquent", "Santes", "Mentales"]
    assert highlight(text, highlight_terms("ou ?")).spans == []


def test_excerpt_centres_on_the_first_match():
    text = "Introduction générale. " * 30 + "Le CLSM réunit les élus et la psychiatrie. " + "Fin. " * 30
    short = excerpt(text, highlight_terms("élus"), limit=120)
    assert "élus" in short and short.startswith("…") and short.endswith("…")
    assert len(short) <= 125
    assert excerpt("Court.", highlight_terms("élus")) == "Court."


def test_french_labels():
    citation = Citation(n=2, doc="d", title="Le CLSM", location=Location("slide", 7, 7), url="http://x.org/",
                        text="t", score=0.5, date="2024-04-23", kind="slides", organisers=("CCOMS", "ARS"))
    assert citation_meta(citation) == "diapositive 7 · 23 avril 2024 · CCOMS, ARS"
    assert citation_text(citation) == ("CCOMS, ARS, « Le CLSM », diaporama, 23 avril 2024, diapositive 7. "
                                       "Site : http://x.org/")
    linked = Citation(n=1, doc="d", title="Le CLSM", location=Location("slide", 80, 80, printed=74),
                      url="http://x.org/s.pdf", link="http://x.org/s.pdf#page=80", text="t", score=0.5)
    assert citation_text(linked) == "« Le CLSM », diapositive 74. En ligne : http://x.org/s.pdf#page=80"
    assert filters_label(Filters()) == "aucun"
    assert filters_label(Filters(kinds=("slides",), regions=("Occitanie",), date_from="2023-01-01",
                                 date_to="2024-12-31")) == "diaporama · Occitanie · 2023–2024"


def test_a_source_excerpt_opens_on_the_words_the_answer_quotes():
    from assistant.excerpts import excerpt

    text = "Début du passage sans rapport. " * 20 + "Le CLSM est un espace de concertation. Suite du texte."
    shown = excerpt(text, ("clsm",), limit=120, quote="Le CLSM est un espace de concertation.")
    assert "Le CLSM est un espace de concertation" in shown and shown.startswith("…")
    assert excerpt(text, (), limit=120).startswith("Début du passage")
