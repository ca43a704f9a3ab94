"""Definition and acronym answers: the line that spells the acronym out, then the sentence that says what it is."""

from __future__ import annotations

import re

from assistant.answer.choose import ranked_sentences
from assistant.answer.quotes import Material, announced, quote
from assistant.models import AnswerPart
from assistant.search.definitions import (acronym_of, defines, defines_with_verb, expands, goes_on_about, introduces,
                                          is_subject, mentions, names, opens_with_long_form, points_to_the_term,
                                          says_what, says_what_it_is, spelled_letters)
from assistant.sentences import sentence_spans
from assistant.text import content_terms, fold


def definition_answer(material: Material) -> tuple[AnswerPart, ...] | None:
    """The expansion and the defining sentence of the target, from the cited passages; None if neither is there."""
    target = material.analysis.target or ""
    glossary = material.snap.glossary
    acronym = acronym_of(target)
    for row in material.rows if acronym else []:
        letters = spelled_letters(material.text(row), acronym)
        if letters:  # "Le plan d'action AERER" then "A : Approcher…", "E : Écouter…": quoted as one
            before = [s for s in sentence_spans(material.text(row)) if s[1] <= letters[0][0]][-1:]
            named_before = [s for s in before if acronym in material.text(row)[s[0]:s[1]]]
            return (AnswerPart((quote(material, row, named_before + letters),)),)
    forms = list(glossary.entries.get(acronym, {})) if acronym else []
    named = names(target, glossary)
    terms = {t: 1.0 for name in named for t in content_terms(name)}
    scored = ranked_sentences(material, terms)
    expanding, glossing, defining, labelling, both, introduced = [], [], None, None, None, None
    spelled_then_said = False
    described = None  # "Une équipe mobile santé-logement (EMSL) est créée…" then "…, elle est composée de…"
    longest = material.tuning.max_answer_chars
    for s in scored:
        text = material.text(s.row)[s.start:s.end]
        spelled = bool(acronym and forms and expands(text, acronym, forms))
        verb = len(text) <= longest and any(defines_with_verb(text, n) for n in named)
        if spelled and verb and both is None:
            both = s  # "Un conseil local de santé mentale (CLSM) est un espace de concertation…": the answer
        if spelled:
            expanding.append(s)
            if described is None and any(is_subject(text, form) for form in forms):
                described = _said_next(material, s, goes_on_about)
        elif acronym and forms and (opens_with_long_form(text, forms) or says_what_it_is(text, forms)):
            glossing.append(s)  # a footnote "2 Réseau d'évaluation des situations…" for "RESAD2" on its page, or
            # "C'est une réunion d'évaluation…" said after "c'est la RESAD"
        elif verb and defining is None:
            defining = s
        elif labelling is None and len(text) <= longest and any(defines(text, n) for n in named) and not (
                _heads_its_passage(material, s.row, text)):
            labelling = s  # "CLSM : …", a label: only when no sentence says what it is (not the section's title
            # "Veilleurs de quartier : bilan et extension")
        if introduced is None and any(introduces(text, n) for n in named):
            introduced = _said_next(material, s)  # "…: le plan de crise conjoint." "C'est un document que…"
            spelled_then_said = spelled and introduced is not None  # "Oui, les directives anticipées en
            # psychiatrie, les DAP." "C'est un document où la personne écrit…": its long form, then what it is
        if introduced is None and any(mentions(text, n) for n in named):
            introduced = _said_next(material, s, points_to_the_term)  # "…pour un refus scolaire anxieux." "Derrière
            # ce terme, il ne s'agit ni de paresse ni de caprice…'
    if both is not None:
        chosen = [both]
    else:
        # The line that does nothing but spell it out ("PTSM – Projet territorial de santé mentale") before a
        # sentence that mentions it in passing ("… avant validation des Projets Territoriaux de Santé Mentale (PTSM)").
        expansion = min(expanding or glossing, key=lambda s: s.end - s.start, default=None)
        if expansion is not None and expansion.end - expansion.start > LONG_EXPANSION and glossing and expanding:
            # "… et le point accueil écoute jeunes (PAEJ) Le Tremplin ; …" in a long list, and the glossary's line
            expansion = min(glossing, key=lambda s: s.end - s.start)
        if expansion is not None and defining is not None and expansion.end - expansion.start > LONG_EXPANSION \
                and any(defines_with_verb(material.text(defining.row)[defining.start:defining.end], f) for f in forms):
            expansion = None  # "L'atelier santé ville est une démarche…" says it all; "…, l'ASV, pour 0,3 ETP" in passing
        chosen = [s for s in (expansion, defining or labelling) if s is not None]
    if introduced is not None and defining is None and both is None and (not expanding or spelled_then_said):
        return (AnswerPart((quote(material, introduced[0], introduced[1]),)),)
    if described is not None and len(described[1]) == 2 and both is None and defining is None and labelling is None:
        # no sentence says what it is: the one bringing it in by its full name, and the next saying more of it (both:
        # the full name is what an acronym's question asks first)
        return (AnswerPart((quote(material, described[0], described[1]),)),)
    if not chosen:
        return None
    sentences = [quote(material, s.row, _named_before(material, s, acronym, forms) +
                       _with_announced(material.text(s.row), _past_note_number(material, s), s.end)) for s in chosen]
    if len(sentences) == 2 and (sentences[0].text in sentences[1].text
                                or len(sentences[0].text) + len(sentences[1].text) > material.tuning.max_answer_chars):
        sentences = sentences[1:] if sentences[0].text in sentences[1].text else sentences[:1]
    return (AnswerPart(tuple(sentences)),)


def _heads_its_passage(material: Material, row: int, text: str) -> bool:
    """True when a line is the title of its passage's section (its heading, as the passage's context names it)."""
    line = fold(text).strip(" .:")
    return len(line) > 3 and line in fold(material.snap.passages[row].context)


LONG_EXPANSION = 160  # characters: a sentence spelling the acronym out in passing, among other things


def _said_next(material: Material, sentence, saying=says_what) -> tuple[int, list[tuple[int, int]]] | None:
    """The sentence that introduces the name and the next one, when that one says what it is (`saying`), as (row,
    spans); the next one alone when both are too long for an answer."""
    text = material.text(sentence.row)
    after = [s for s in sentence_spans(text) if s[0] >= sentence.end][:1]
    if not after or not saying(text[after[0][0]:after[0][1]]):
        return None
    both = [(sentence.start, sentence.end), after[0]]
    if after[0][1] - sentence.start <= material.tuning.max_answer_chars:
        return sentence.row, both
    return sentence.row, both[1:]  # a long sentence introduced it: what the next one says answers, the name is asked


def _named_before(material: Material, sentence, acronym: str | None, forms: list[str]) -> list[tuple[int, int]]:
    """The sentence just before one that says what the acronym is without naming it ("La deuxième action, c'est
    la RESAD." before "C'est une réunion d'évaluation…"), when it names it."""
    text = material.text(sentence.row)
    own = text[sentence.start:sentence.end]
    if not acronym or acronym in re.findall(r"[^\W_]+", own) or not says_what_it_is(own, forms):
        return []  # a footnote's gloss ("2 Réseau d'évaluation…") is quoted alone
    before = [s for s in sentence_spans(text) if s[1] <= sentence.start][-1:]
    return [s for s in before if acronym in re.findall(r"[^\W_]+", text[s[0]:s[1]])]


def _past_note_number(material: Material, sentence) -> int:
    """Where the quote starts: after a footnote's number ("2 Réseau d'évaluation…" is quoted from "Réseau")."""
    m = _NOTE_NUMBER.match(material.text(sentence.row), sentence.start, sentence.end)
    return m.end() if m else sentence.start


_NOTE_NUMBER = re.compile(r"\d{1,2}\.?[ \t]+(?=[A-ZÀ-Ý])")


def _with_announced(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence, and when it ends with ":" ("Un PTSM … organise notamment :") the list it announces."""
    if not text[start:end].rstrip().endswith(":"):
        return [(start, end)]
    return [(start, end)] + announced(text, end)
