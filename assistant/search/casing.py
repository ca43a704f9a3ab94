"""A question typed in lower case, read with the capitals the corpus gives its names ("le spip d'aurimont")."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from assistant.search.constraints import places
from assistant.search.familiar_words import FAMILIAR
from assistant.store.snapshot import Snapshot
from assistant.text import STOPWORDS_FR, content_terms, fold, is_english

CASING_ROWS = 40  # passages read for how the corpus writes a word; a common word shows its lower case in the first
_WORD = re.compile(r"[^\W\d_]{3,}")
_AFTER_ARTICLE = re.compile(r"(?:^|[\s'’])(?:le|la|les|un|une|l['’])\s*$", re.I)
_AFTER_A_WORD = re.compile(r"[a-zà-ÿ,;'’)]\s*[«\"(]?\s*$")  # inside a line: after a word, maybe in brackets


def corpus_cased(question: str, snap: Snapshot) -> str:
    """The question with each word it types in lower case that the corpus only writes as a name (with its capital,
    inside a sentence, or in capitals) written the corpus's way: "c'est quand le café de lusignac" reads "…de
    Lusignac", "le spip d'aurimont" reads "le SPIP d'Aurimont"; so that a name asked is a name, whatever the
    typing. Words the corpus also writes in lower case ("maison", "grand") are left as typed."""
    if is_english(question):  # (a French corpus's "Mental Health First Aid" is no name of "mental")
        return question
    cased = {}
    for match in _WORD.finditer(question):
        word = match.group()
        if not word.islower() or fold(word) in STOPWORDS_FR or fold(word) in FAMILIAR or word in cased:
            continue  # ("ALD psy": familiar French, though the corpus writes "Psy" only in "Solidarité Psy")
        form = _as_named(snap, word)
        # "à la radio": a word typed after an article is a common noun unless the corpus writes it as an acronym
        # ("le spip" is the SPIP; "la radio" is not "Radio Sâline")
        cased[word] = form if form is None or form.isupper() or not _AFTER_ARTICLE.search(
            question, 0, match.start()) else None
    # a region is read whatever its case ("en normandie"); a word that is a place only with its capital ("dans le
    # nord", "la réunion") is the common word typed
    typed_places = places(question)
    cased = {word: form for word, form in cased.items()
             if form and places(re.sub(rf"\b{re.escape(word)}\b", form, question)) <= typed_places}
    if not cased:
        return question
    return _WORD.sub(lambda m: cased.get(m.group()) or m.group(), question)


def written_as_name(snap: Snapshot, word: str) -> bool:
    """True when the corpus only writes the word as a name ("Lusignac", not "Semaines")."""
    return _as_named(snap, word.lower()) is not None


@lru_cache(maxsize=4096)
def _word_pattern(folded: str) -> re.Pattern[str]:
    """The folded word as a whole word, maybe in the plural (compiled once: `re` keeps only 512 patterns)."""
    return re.compile(r"(?<![\w./@-])" + re.escape(folded) + r"([sx]?)(?![\w@-]|\.\w)")


def _as_named(snap: Snapshot, word: str) -> str | None:
    """How the corpus writes the word when it only writes it as a name ("Lusignac", "SPIP"), else None."""
    terms = list(content_terms(word))
    if len(terms) != 1:
        return None
    # (its plural too, as evidence of lower case; not in an address: "clsm.aurimont.example" writes names in lower
    # case; after an elision, "d'Aurimont", "l'agence", it counts)
    target = _word_pattern(fold(word))
    forms: Counter[str] = Counter()
    inside = False  # once at least inside a sentence: a capital at a sentence's start says nothing
    for row in sorted(snap.lexical.rows_with_all(terms))[:CASING_ROWS]:
        passage = snap.passages[row]
        for text in (passage.context, passage.text):
            folded = fold(text)
            if len(folded) != len(text):
                continue  # (a ligature changed the length: positions would not match)
            for found in target.finditer(folded):
                surface = text[found.start():found.end() - len(found.group(1))]
                if surface[:1].islower():
                    return None
                if found.group(1):
                    continue  # a plural in capitals says how a name is written, not how the word typed is
                line = text[text.rfind("\n", 0, found.start()) + 1:found.start()]
                rest = text[found.end():].partition("\n")[0]
                if surface.isupper() and not any(c.islower() for c in line + rest):
                    continue  # a heading in capitals ("CIBLE ET PUBLIC") shouts its common words
                forms[surface] += 1
                inside = inside or bool(_AFTER_A_WORD.search(line))
    if not forms or not inside:
        return None
    return forms.most_common(1)[0][0]
