"""Where a text defines a thing: "DAC – Dispositif d'appui à la coordination", "Le CLSM est un espace de…"."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.store.glossary import Glossary
from assistant.sentences import sentence_spans
from assistant.text import content_terms, fold, is_acronym, window_terms

# What follows a defined thing: a dash or colon, or a verb that defines.
_DEFINING = (r"\s*(?:\([^)]{1,120}\)\s*)?,?\s*(?:[:–—=]|-\s|est\b|sont\b|c'est\b|designe|se definit|consiste|"
             r"correspond|signifie|a pour (?:objectif|mission|but|vocation|role)|ont pour|vise|permet|regroupe|"
             r"rassemble|représente|represente|constitue|is\b|are\b|means\b|stands for\b)")
OPENING_CHARS = 60  # the defined thing is the subject: it comes early in the sentence
VERB_ADVANCE = 20
_VERB = re.compile(r"(?:est|sont|c'est|designe|se definit|consiste|correspond|signifie|a pour|ont pour|vise|permet|"
                   r"regroupe|rassemble|représente|represente|constitue|is|are|means|stands for)\b$")


def acronym_of(target: str) -> str | None:
    """The acronym a definition target names ("le sigle DAC" -> "DAC"), if any."""
    return next((w for w in re.findall(r"[^\W_]+", target) if is_acronym(w)), None)


def names(target: str, glossary: Glossary) -> list[str]:
    """The ways the corpus names the target: itself, and its long forms when it is a known acronym (or its
    acronym when it is a known long form)."""
    acronym = acronym_of(target)
    out = [acronym or target]
    if acronym:
        out += list(glossary.entries.get(acronym, {}))
    else:
        terms = set(content_terms(target))
        for acro, forms in glossary.entries.items():
            if any(set(content_terms(f)) == terms for f in forms):
                out.append(acro)
    return out


@lru_cache(maxsize=5_000)
def _pattern(name: str) -> re.Pattern[str]:
    # singular or plural alike ("trouble psychiatrique" / "troubles psychiatriques")
    words = [re.escape(re.sub(r"(?<=\w\w)[sx]$", "", fold(w))) + "[sx]?" for w in re.findall(r"[^\W_]+", name)]
    return re.compile(r"(?<!\w)" + r"\W+(?:\w+\W+){0,2}?".join(words) + r"(?!\w)" + _DEFINING)


def defines(sentence: str, name: str) -> bool:
    """True when the sentence defines `name`: the name early in it, then a dash, a colon or a defining verb."""
    return definition_strength(sentence, name) > 0


def definition_strength(sentence: str, name: str) -> float:
    """How plainly the sentence defines `name`, 0 when it does not: the earlier the name (its subject), the
    more; a defining verb ("le CLSM représente…") counts as 20 characters earlier than a dash or a colon
    (a label in a list: "… et CLSM : …")."""
    m = _pattern(name).search(fold(sentence))
    if not m or m.start() > OPENING_CHARS:
        return 0.0
    position = m.start() - (VERB_ADVANCE if _VERB.search(m.group(0)) else 0)
    return 1.0 + (OPENING_CHARS - position) / OPENING_CHARS


def expands(sentence: str, acronym: str, long_forms: list[str]) -> bool:
    """True when the sentence holds the acronym and all the words of one of its long forms."""
    if acronym not in re.findall(r"[^\W_]+", sentence):
        return False
    present = window_terms(sentence)
    return any(all(t in present for t in content_terms(f)) for f in long_forms)


def definition_spans(text: str, target: str, glossary: Glossary) -> list[tuple[int, int]]:
    """Spans of the sentences of `text` that expand or define the target."""
    acronym = acronym_of(target)
    forms = list(glossary.entries.get(acronym, {})) if acronym else []
    named = names(target, glossary)
    out = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if (acronym and forms and expands(sentence, acronym, forms)) or any(defines(sentence, n) for n in named):
            out.append((start, end))
    return out
