"""Comparison answers: the sentence stating the difference when the corpus has one, then one labelled part
per side saying what that side is or does, each with its own citations."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.choose import pick, ranked_sentences
from assistant.answer.quotes import TITLED_PASSAGES, Material, quote
from assistant.models import AnswerPart, AnswerSentence
from assistant.search.analyse import QuerySide, key_notions
from assistant.search.constraints import places, years
from assistant.search.definitions import definition_strength
from assistant.search.sentence_scores import coverage, elsewhere_named, title_of
from assistant.sentences import is_question, sentence_spans, states
from assistant.table_lines import header_columns
from assistant.text import content_terms, fold, term_set

# "c'est ce qui fait la différence": what matters, no contrast between two things
_MAKES_THE_DIFFERENCE = re.compile(r"\b(?:fai\w*|fon\w*)\s+(?:toute\s+)?(?:la|une)\s+(?:vraie\s+|grande\s+)?difference\b")
_CONTRAST = re.compile(r"≠|\b(?:contrairement|a la difference|alors que|tandis que|se distingue|differen\w*|"
                       r"par opposition|au contraire|whereas|unlike|difference)\b")
BOTH_SIDES = 0.5  # a sentence covering this share of each side's words speaks of both
CONTRAST_COVERAGE = 0.3  # a contrast ("conseil ≠ contrat") under a title that names the sides
QUESTION_SHARE = 0.25  # the rest of the question only breaks ties between a side's sentences


def comparison_answer(material: Material) -> tuple[AnswerPart, ...] | None:
    analysis = material.analysis
    sides = analysis.sides
    rows = _compared_under_a_title(material)
    lead = None if rows else _difference(material) or _asked_difference(material)
    taken: list[AnswerSentence] = rows or ([lead] if lead else [])
    parts = [AnswerPart(tuple(taken))] if taken else []
    tabled = {material.row_of(s.n) for s in rows}  # a table comparing the sides speaks of both, not of one
    # a name the question sets outside the sides ("À Strasbourg, ASV et CLSM…") holds for both: full weight
    side_terms = frozenset().union(*(content_terms(side.text) for side in sides))
    named = {t for notion in key_notions(analysis.question) for t in content_terms(notion)} - side_terms
    for side in sides:
        terms = {t: w if t in named or t in analysis.compared_on else QUESTION_SHARE * w
                 for t, w in analysis.terms.items()} | side.terms
        own = _typed(side)
        others = [_typed(other) for other in sides if other is not side]
        scored = [s for s in ranked_sentences(_for_side(material, side), terms)
                  if _for_this_side(material.text(s.row)[s.start:s.end], own, others) and s.row not in tabled]
        strength = {id(s): definition_strength(material.text(s.row)[s.start:s.end], side.text) for s in scored}
        # the plainest definition, not one of another document than the one the question names ("Selon la Dre
        # Rohou…": what she said, not the glossary page)
        defining = sorted((s for s in scored if strength[id(s)] and not elsewhere_named(
            analysis, material.snap.passages[s.row].doc_id)), key=lambda s: -strength[id(s)])
        # "…: quelle différence de public ?": the side's line labelled so ("Public : tout adulte") says it
        labelled = [s for s in scored if analysis.compared_on & term_set(_label(material.text(s.row)[s.start:s.end]))]
        chosen = pick(material, labelled[:1] + defining[:1] + scored, budget=material.tuning.side_chars, limit=2,
                      taken=taken)
        if chosen:
            taken += chosen
            parts.append(AnswerPart(tuple(chosen), label=side.text))
    return tuple(parts) if len(parts) >= 2 else None


def _label(line: str) -> str:
    """What a labelled line names ("Public : tout adulte" -> "Public"), "" for another line."""
    label, colon, value = line.partition(" : ")
    return label if colon and value.strip() and len(label.split()) <= LABEL_WORDS else ""


LABEL_WORDS = 4


def _compared_under_a_title(material: Material) -> list[AnswerSentence]:
    """The rows of a table comparing the sides, under a title that asks the same comparison ("Maison Olympe ou
    antenne du centre régional du psychotraumatisme : quelle différence ?", then "Critère · Maison Olympe ·
    Antenne" and "Pour qui ? — … · …"), or under a header naming both sides ("– · Vigie Aînés · Allô Voisins
    Seniors"): each row is a difference the document states. The header, then the rows within the budget of two
    sides, or only those naming what the question compares on ("quelle différence de principe ?": "Principe — …")."""
    side_weights = [_typed(side) for side in material.analysis.sides]
    aspect = term_set(material.analysis.question) - _COMPARING_TERMS - frozenset().union(
        *(term_set(side.text) for side in material.analysis.sides))
    for row in material.rows[:TITLED_PASSAGES]:
        title = title_of(material.snap.passages[row].context)
        text = material.text(row)
        lines = sentence_spans(text)
        headers = [(a, b) for a, b in lines if header_columns(text[a:b]) is not None]
        headed = next((h for h in headers if all(coverage(w, text[h[0]:h[1]]) >= BOTH_SIDES for w in side_weights)),
                      None)
        titled = _COMPARING.search(fold(title)) and all(coverage(w, title) >= BOTH_SIDES for w in side_weights)
        if not (titled or headed):
            continue
        header = headed or (headers[0] if headers else None)
        rows = [(a, b) for a, b in lines if (not headed or a > headed[0]) and " — " in text[a:b]
                and " · " in text[a:b] and header_columns(text[a:b]) is None]  # "Pour qui ? — … · …"
        if headed:  # the rows of that table only
            after = [s for s in lines if s[0] > headed[0]]
            rows = [r for r in rows if all(s in rows for s in after[:after.index(r)])]
        asked = [r for r in rows if aspect & term_set(text[r[0]:r[1]].partition(" — ")[0])]
        rows = asked or rows  # "quelle différence de principe ?": the row "Principe — … · …"
        spans, used = [], 0
        for start, end in rows:
            if spans and used + end - start > 2 * material.tuning.side_chars:
                break
            spans.append((start, end))
            used += end - start
        if spans:
            return [quote(material, row, [span]) for span in ([header] if header else []) + spans]
    return []


_COMPARING = re.compile(r"\bdiff[eé]ren\w*|\bdistingu\w*|\bcompar\w*|\bvs\b|\bversus\b|≠")
_COMPARING_TERMS = term_set("différence différent distingue compare comparaison versus deux")


def _for_this_side(text: str, own: dict[str, float], others: list[dict[str, float]]) -> bool:
    """False for a sentence naming the other side and not this one: it says what the other side is, unless it
    compares ("38 % des répondants…, contre 21 % dans l'enquête régionale")."""
    if coverage(own, text) or not any(coverage(other, text) for other in others):
        return True
    folded = fold(text)
    return bool(_contrasts(folded) or _AGAINST.search(folded))


_AGAINST = re.compile(r"\bcontre\s+(?:\d|un|une)")


def _contrasts(folded: str) -> bool:
    """True for a sentence marking a contrast ("…, alors que…", "≠"), not for "ce qui fait la différence"."""
    return bool(_CONTRAST.search(_MAKES_THE_DIFFERENCE.sub(" ", folded)))


def _typed(side: QuerySide) -> dict[str, float]:
    return {t: w for t, w in side.terms.items() if not t.startswith("~")}


def _for_side(material: Material, side: QuerySide) -> Material:
    """The material read for one side: the places and years that side names ("CUCS vs contrats de ville
    2015-2023": 2015 and 2023 are not what the CUCS side is asked about), else those the question names
    outside the other sides ("En Occitanie, CLS vs CLSM ?")."""
    analysis = material.analysis
    others = [other.text for other in analysis.sides if other is not side]
    own_places, own_years = places(side.text), years(side.text)
    other_places = frozenset().union(*map(places, others))
    other_years = frozenset().union(*map(years, others))
    return replace(material, analysis=replace(
        analysis, places=tuple(sorted(own_places or set(analysis.places) - other_places)),
        years=tuple(sorted(own_years or set(analysis.years) - other_years))))


def _difference(material: Material) -> AnswerSentence | None:
    """The best sentence that speaks of both sides and marks a contrast (or of both sides, closely)."""
    sides = material.analysis.sides
    side_weights = [_typed(side) for side in sides]
    union = {t: w for weights in side_weights for t, w in weights.items()}
    for s in ranked_sentences(material):
        text = material.text(s.row)[s.start:s.end]
        if is_question(text) or len(text) > material.tuning.side_chars or (text[:1].isdigit() and not states(text)):
            continue  # (a chart's figures and labels run together, "20 % admissions … personnes différentes admises
            # …", state no difference)
        title = title_of(material.snap.passages[s.row].context)
        both = all(coverage(w, text) >= BOTH_SIDES for w in side_weights)
        contrast = _contrasts(fold(text))
        marked = (contrast and coverage(union, text, title) >= CONTRAST_COVERAGE
                  and all(coverage(w, text, title) > 0 for w in side_weights))  # of both sides, not one
        if (both and contrast) or marked or _opposes(text, union):
            return quote(material, s.row, [(s.start, s.end)])
    return None


def _asked_difference(material: Material) -> AnswerSentence | None:
    """A document asking the same difference, one side named in its question and the other in its title ("Quelle
    différence avec un GEM ?" in the clubhouse's FAQ): the sentences answering it under it state the difference."""
    side_weights = [_typed(side) for side in material.analysis.sides]
    for row in material.rows[:TITLED_PASSAGES]:
        text, title = material.text(row), material.snap.passages[row].context
        spans = sentence_spans(text)
        for i, (start, end) in enumerate(spans):
            asked = text[start:end]
            if not (is_question(asked) and _contrasts(fold(asked)) and any(coverage(w, asked) for w in side_weights)
                    and all(coverage(w, asked, title) for w in side_weights)):
                continue
            answer, used = [], 0
            for a, b in spans[i + 1:]:
                if is_question(text[a:b]) or used + b - a > 2 * material.tuning.side_chars or (
                        answer and "\n\n" in text[answer[-1][1]:a]):
                    break
                answer.append((a, b))
                used += b - a
            if answer:
                return quote(material, row, answer)
    return None


_UNEQUAL = re.compile(r"([^\W\d_][\w'’-]*)\s*≠\s*([^\W\d_][\w'’-]*)")


def _opposes(text: str, terms: dict[str, float]) -> bool:
    """True for "Conseil ≠ contrat" when both words are words of the question's sides (or their expansions)."""
    return any(all(term_set(word) & terms.keys() for word in pair) for pair in _UNEQUAL.findall(text))
