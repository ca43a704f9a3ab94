"""French plurals for the counts shown to people: "1 document", "0 passage", "2 passages"."""

from __future__ import annotations


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """`count` followed by the noun, in the plural from 2 on (French reads 0 and 1 as singular).

    `plural_form` is for nouns not made plural by adding an "s" ("1 journal", "2 journaux"); a phrase works
    too ("1 question écartée", "2 questions écartées")."""
    return f"{count} {word(count, singular, plural_form)}"


def word(count: int, singular: str, plural_form: str | None = None) -> str:
    """The noun alone, agreeing with `count` (for "3/1 question…" where the count is written elsewhere)."""
    if abs(count) < 2:
        return singular
    return plural_form if plural_form is not None else singular + "s"
