"""Quotes: verbatim spans of a cited passage made into answer sentences, with what a bare figure needs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from assistant.config import Tuning
from assistant.models import AnswerSentence
from assistant.search.analyse import QueryAnalysis
from assistant.search.answer_types import (asks_for_most, asks_twice, asks_why, expected_type, first_ask, holds,
                                           opens_on_cause, states_cause, states_most)
from assistant.search.sentence_scores import MIN_STATEMENT_WORDS, ScoredSentence, asks_who, introduces_people
from assistant.sentences import (is_caption, is_heading, is_labelled_title, is_question, list_blocks, points_back, readable,
                                 sentence_spans)
from assistant.store.snapshot import Snapshot
from assistant.table_lines import (ROW_LINE, has_figures, header_columns, header_years, is_group_label, is_raw_row,
                                   row_values)
from assistant.text import URL, content_terms, fold, is_english, window_terms

LEAD_MAX_CHARS = 160  # a line quoted before a bare figure stays short
# a table's header quoted over its row, which is unreadable without it ("2025 (provisoire) — 36 · 21 · 34 · 91"):
# longer, a survey's or a dashboard's columns
HEADER_MAX_CHARS = 320
ANTECEDENT_MAX_CHARS = 260  # the sentence "ceux-ci" refers to
TAIL_CHARS = 60  # the short sentence after the one chosen, on its line, that bounds what it says:
# a negation ("n'est pas compté", "n'est compté qu'une fois"), a least or most ("au moins douze mois"), an exception
_BOUNDS = re.compile(r"\bn(?:e\s|')\s?\w+(?:\s+\w+)?\s+(?:pas|que|qu'|jamais|plus)\b|\b(?:au moins|au plus|au maximum|au minimum|"
                     r"sauf|hormis|uniquement|seulement)\b")
FOLLOW_MAX_CHARS = 240  # what a sentence ending in ":" announces is quoted up to this length
ELISION = " … "
TITLED_PASSAGES = 3  # the best passages whose own title may ask the question (a list's, a comparison's)


@dataclass
class Material:
    """What an answer is built from: the snapshot, the analysed question, and the cited passages' rows."""

    snap: Snapshot
    analysis: QueryAnalysis
    query_vec: np.ndarray | None
    rows: list[int]  # snapshot rows of the passages the answer may quote, best first
    numbers: dict[int, int]  # snapshot row -> citation number [n]
    tuning: Tuning = field(default_factory=Tuning)  # the answer's lengths and shares (settings.tuning)

    def text(self, row: int) -> str:
        return self.snap.passages[row].text

    def row_of(self, n: int) -> int | None:
        """The snapshot row of the passage cited [n]."""
        return next((row for row, number in self.numbers.items() if number == n), None)


def quote(material: Material, row: int, spans: list[tuple[int, int]]) -> AnswerSentence:
    """An answer sentence from spans of one passage: adjacent spans read as one, lines of a list joined
    by " · ", spans apart joined by " … " (something left out)."""
    text = material.text(row)
    pieces: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if pieces and not text[pieces[-1][1]:start].strip():
            pieces[-1] = (pieces[-1][0], end)
        else:
            pieces.append((start, end))
    out = ""
    for i, (a, b) in enumerate(pieces):
        if i:
            listed = _BULLETS_ONLY.fullmatch(text[pieces[i - 1][1]:a])
            out += (" " if out.endswith(":") else LINE) if listed else ELISION
        out += readable(text[a:b])
    return AnswerSentence(out, material.numbers[row], tuple(pieces))


LINE = " · "
_BULLETS_ONLY = re.compile(r"[\s•\-–—*➔⇒>▪◦●■□✓✔→·]*")


def needs_lead(material: Material, sentence: ScoredSentence) -> bool:
    """A bare figure or a fragment ("2150 participant.e.s", "- Pour 5 ans") needs what it counts or
    completes: the line before it, or its slide's title."""
    text = material.text(sentence.row)[sentence.start:sentence.end]
    few_words = len(URL.sub(" ", text).split()) < MIN_STATEMENT_WORDS
    # a figure with none of the question's words (an English question shares none with any sentence)
    return few_words or (sentence.typed and sentence.lexical == 0 and not is_english(material.analysis.question))


def with_lead(material: Material, sentence: ScoredSentence) -> AnswerSentence:
    """The sentence, made readable alone: preceded, when it is a bare figure or fragment, by the line before
    it (or the passage's title line); followed, when it ends with ":", by what it announces."""
    spans = [(sentence.start, sentence.end)]
    text = material.text(sentence.row)
    own = text[sentence.start:sentence.end]
    caption = table_caption(material, sentence)
    if caption is not None:  # a table's row: what its cells are, never the row before
        spans[:0] = caption
    elif needs_lead(material, sentence) or points_back(own):
        lead = lead_span(material, sentence, ANTECEDENT_MAX_CHARS if points_back(own) else LEAD_MAX_CHARS)
        if lead:
            spans.insert(0, lead)
    items = asked_items(material, sentence.row, (sentence.start, sentence.end))
    if items:  # "Les 4 socles obligatoires du CLS" and "4. santé mentale…", when the question is about that one
        spans += items
    elif own.rstrip().endswith(":"):
        if not gives_the_value(material, own):  # "Un PTSM est arrêté pour 5 ans et organise notamment :"
            spans += following_spans(text, sentence.end)  # answers "pour quelle durée" without its list
    elif (is_heading(own) or is_labelled_title(own)) and not introduces_people(own):
        # a heading ("Recommandation 5 — Traiter le suicide avec précaution.") is completed by what follows it
        spans += _next_in_paragraph(text, sentence.end)
    elif introduces_people(own.splitlines()[-1]) and is_heading(_next_line(text, sentence.end)) and not \
            introduces_people(_next_line(text, sentence.end)):  # the next line is the next speaker
        spans += _next_in_paragraph(text, sentence.end)  # "Evangéline BONNEROT" and her role on the next line
    elif own.rstrip().endswith(("»", "”", '"')) and asks_who(material.analysis.question) and introduces_people(
            _next_line(text, sentence.end)):  # a quotation, then who said it ("Brigitte Sauvageot, vice-présidente…")
        spans += following_spans(text, sentence.end)[:1]
    elif _ENDS_ON_FIGURE.search(own) and len(own.split()) <= KEY_FIGURE_WORDS and \
            _LABEL_LINE.fullmatch(_next_line(text, sentence.end)):
        # a key figure, then what it counts on the line below: "consultations — 64 %" / "sans couverture maladie
        # au premier contact"
        spans += _next_in_paragraph(text, sentence.end)
    else:
        announce = announced_after(text, sentence.end)
        if announce:  # "…gardiens d'immeuble, etc. Il s'agit ici de leur permettre : - d'adopter…"
            spans += [announce] + announced(text, announce[1])
        else:
            spans += answered_after(material, text, own, sentence.end)
    return quote(material, sentence.row, spans)


_ENDS_ON_FIGURE = re.compile(r"\d\s*(?:%|€|k€|M€)?\s*$")
_LABEL_LINE = re.compile(r"(?:[-•▪◦●■*]\s+)?[a-zà-ÿ][^\d\n]{2,80}")  # a label's line: lower case first, no figure
KEY_FIGURE_WORDS = 6  # a key figure's line is short ("consultations — 64 %")


def _next_in_paragraph(text: str, end: int) -> list[tuple[int, int]]:
    """The sentence after `end` when no blank line stands between (a heading after a blank line is another
    paragraph's)."""
    return [s for s in following_spans(text, end)[:1] if "\n\n" not in text[end:s[0]]]


def answered_after(material: Material, text: str, own: str, end: int) -> list[tuple[int, int]]:
    """The next sentence of the same paragraph when it gives what was asked and the sentence does not: "La part
    … varie de 22 % à 31 % selon l'agglomération." then "Lorient présente le taux le plus élevé…" for "quelle
    agglomération… le plus élevé ?"; a value asked and given only in the next sentence; the reason for
    "pourquoi" ("En effet, …"); the sentence going on ("Elle est prise en charge…") for a question asking two
    things."""
    nxt = next((span for span in sentence_spans(text) if span[0] >= end), None)
    if nxt is None or nxt[1] - nxt[0] > FOLLOW_MAX_CHARS or "\n\n" in text[end:nxt[0]]:
        return []
    following = text[nxt[0]:nxt[1]]
    question, asked = material.analysis.question, material.analysis.answer_type
    if asks_for_most(question) and states_most(following) and not states_most(own):
        return [nxt]
    if asked and holds(asked, following) and not holds(asked, own):
        return [nxt]
    if asks_why(question) and opens_on_cause(following) and not states_cause(own):
        return [nxt]  # "Pourquoi … compliqué ?": "… est assez complexe." then "En effet, la confidentialité…"
    if _ASKS_OUTCOME.search(fold(question)) and _restates(own, material) and not _restates(following, material) \
            and not ROW_LINE.match(following):  # a table's next row
        return [nxt]  # "Quels résultats a donnés le questionnaire ?": "On a fait un questionnaire à six mois…" then
        # "Sur les quatre-vingt-dix-huit qui ont répondu, soixante et onze…"
    if asks_twice(question) and points_back(following):
        return [nxt]  # "Combien coûte une session, et qui la paie ?": "Une session coûte…" then "Elle est prise…"
    if _BARE_REPLY.fullmatch(own):
        return [nxt]  # "Non, pas encore." then "C'est une expérimentation dans trois agences…": what it means
    if "\n" not in text[end:nxt[0]] and len(following) <= TAIL_CHARS and _BOUNDS.search(fold(following)) \
            and " : " not in following and not is_question(following) and not own.rstrip().endswith(":") \
            and window_terms(own) & material.analysis.terms.keys():
        return [nxt]  # "Est compté comme victime… l'élève qui déclare… au moins deux fois…" then "Un épisode isolé
        # n'est pas compté.": the short sentence right after, on the same line, bounds what was said
    return []


def _restates(sentence: str, material: Material) -> bool:
    """True when half the sentence's words at least are the question's: it says what was done, not what came of it."""
    terms = [t for t in content_terms(sentence) if not t.isdigit()]
    return bool(terms) and sum(t in material.analysis.terms for t in terms) * 2 >= len(terms)


# What something gave: its results, its outcome ("Quels résultats a donnés…", "quel bilan…", "ça a donné quoi ?")
_ASKS_OUTCOME = re.compile(r"\b(?:resultats?|bilan|retombees|qu'(?:a|ont) donnee?s?|(?:a|ont) donne quoi|"
                           r"ce que (?:ca|cela) a donne|qu'en est-il ressorti)\b")


# A yes or no said alone, maybe after the speaker's name ("Sandrine Oliveira (France Travail) : Non, pas encore.")
_BARE_REPLY = re.compile(r"(?:[^:.!?]{1,80}\s:\s*)?(?:oui|non|si|absolument|tout à fait|bien sûr|pas encore|"
                         r"pas du tout|jamais|exactement)(?:[,.!?…]|\s*$)[^.!?:\d]{0,25}[.!?…]*\s*", re.I)


def asked_terms(material: Material) -> set[str]:
    """The question's own terms at full weight (not its expansions nor the coarser prefix terms)."""
    return {t for t, w in material.analysis.terms.items() if w >= 1.0 and not t.startswith("~")}


def asked_items(material: Material, row: int, heading: tuple[int, int]) -> list[tuple[int, int]]:
    """When the sentence heads a list and the question did not ask for the list: the items that hold the
    question's own words the heading lacks ("Les 4 socles obligatoires du CLS" and "4. santé mentale…" for
    "un volet santé mentale est-il obligatoire ?"), in their order; none when no few items stand out."""
    if material.analysis.kind == "list":
        return []
    text = material.text(row)
    items = next((items for intro, items in list_blocks(text) if intro and _inside(intro, heading)), ())
    if len(items) < 2:
        return []
    missing = asked_terms(material) - window_terms(text[heading[0]:heading[1]])
    counts = [len(missing & window_terms(text[a:b])) for a, b in items]
    best = max(counts)
    close = [span for span, c in zip(items, counts) if c == best]
    return close if best and len(close) <= ASKED_ITEMS else []


ASKED_ITEMS = 2


def _inside(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1] + 1


def gives_the_value(material: Material, sentence: str) -> bool:
    """True when a value question's asked value (a duration, a count…) is in the sentence itself: what the
    sentence goes on to announce is not the answer."""
    asked = material.analysis.answer_type
    # (not when the question asks something else first: "qu'est-ce qu'on envoie au préfet et dans quel délai ?":
    # "Envoyez dans les 24 heures … :" gives the delay, what it announces is what is sent)
    first = first_ask(material.analysis.question)
    return bool(asked) and material.analysis.kind == "value" and holds(asked, sentence) > 0 and not (
        first and not expected_type(f"{first} ?"))


def announced(text: str, end: int) -> list[tuple[int, int]]:
    """What a line ending in ":" at `end` announces: the bulleted lines right after it (a list and nothing
    after it, within FOLLOW_MAX_CHARS), or else the one sentence that follows."""
    out: list[tuple[int, int]] = []
    used = 0
    for span in (s for s in sentence_spans(text) if s[0] >= end):
        if not on_bulleted_line(text, span[0]) or used + span[1] - span[0] > FOLLOW_MAX_CHARS:
            break
        out.append(span)
        used += span[1] - span[0]
    return out or following_spans(text, end)[:1]


def on_bulleted_line(text: str, position: int) -> bool:
    """True when the line holding `position` opens on a bullet ("- …", "• …")."""
    return bool(_BULLET_LINE.match(text, text.rfind("\n", 0, position) + 1))


_BULLET_LINE = re.compile(r"[ \t]*[-•▪◦●■→➔*✓✔]")


def announced_after(text: str, end: int) -> tuple[int, int] | None:
    """The short sentence right after `end` when it refers back and announces what follows ("Il s'agit ici de
    leur permettre :"): what the sentence before says is completed by the list it opens."""
    nxt = next((span for span in sentence_spans(text) if span[0] >= end), None)
    if nxt is None or nxt[1] - nxt[0] > LEAD_MAX_CHARS:
        return None
    sentence = text[nxt[0]:nxt[1]]
    return nxt if sentence.rstrip().endswith(":") and points_back(sentence) else None


def _next_line(text: str, end: int) -> str:
    """The line after `end` (empty when the text ends there or the sentence goes on on the same line)."""
    if not text[end:].startswith("\n"):
        return ""
    return text[end:].lstrip("\n").split("\n", 1)[0]


def following_spans(text: str, end: int) -> list[tuple[int, int]]:
    """The sentences after `end`, as many as fit in FOLLOW_MAX_CHARS (at least one)."""
    out: list[tuple[int, int]] = []
    used = 0
    for span in sentence_spans(text):
        if span[0] < end:
            continue
        if out and used + span[1] - span[0] > FOLLOW_MAX_CHARS:
            break
        out.append(span)
        used += span[1] - span[0]
    return out


def table_caption(material: Material, sentence: ScoredSentence) -> list[tuple[int, int]] | None:
    """For a table's row ("Total — 63 000 · 73 500"), the table's header line, which says what each cell counts
    ("Financeur · 2022 · 2024"), after the table's caption, the short line over it ("Tableau 1 — Budget du CLSM par
    financeur (en euros)"), when the row gives figures and its label names nothing asked. None for any other
    sentence. A row printed whole has its header of years ("Quartier 2022 2023 2024 2025"), and the caption over
    it."""
    text = material.text(sentence.row)
    before = [s for s in sentence_spans(text) if s[1] <= sentence.start]
    own = text[sentence.start:sentence.end]
    if is_raw_row(own):
        return _years_header(text, before) or None
    columns = None
    for k in range(len(before) - 1, -1, -1):
        line = text[before[k][0]:before[k][1]]
        columns = header_columns(line)
        if columns is not None or (" — " not in line and not is_group_label(line)):  # (over "CHARGES", "2. Actions")
            break
    values = row_values(own, columns) if columns else None
    if not values:
        return None
    header = [before[k]] if before[k][1] - before[k][0] <= HEADER_MAX_CHARS else []
    label = own.partition(" — ")[0]
    if k == 0 or not has_figures(values) or window_terms(label) & set(material.analysis.terms):
        return header
    a, b = before[k - 1]
    return ([(a, b)] if _captions(text[a:b]) else []) + header


def header_excess(material: Material, sentence: ScoredSentence) -> int:
    """How much longer than a lead line the table header quoted over a row is: what an answer's length budget does
    not count (a long header makes a row readable, it does not crowd out the answer's other sentences)."""
    spans = table_caption(material, sentence) or []
    return max(0, spans[-1][1] - spans[-1][0] - LEAD_MAX_CHARS) if spans else 0


def table_row(material: Material, sentence: ScoredSentence) -> bool:
    """True for a table's row under its header."""
    return table_caption(material, sentence) is not None


def read_with_header(material: Material, sentence: ScoredSentence) -> str:
    """The sentence, after its table's header when it is a row: what its cells are ("Financeur · 2022 · 2024",
    then "Total — 63 000 · 73 500": the figures of 2022 and 2024)."""
    text = material.text(sentence.row)
    lead = "\n".join(text[a:b] for a, b in table_caption(material, sentence) or [])
    return f"{lead}\n{text[sentence.start:sentence.end]}" if lead else text[sentence.start:sentence.end]


def _years_header(text: str, before: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For a row given whole on its line ("Champ-Rollin 118 124 139 147"), the header line of years over the rows
    before it ("Quartier 2022 2023 2024 2025") when short enough to quote, after the table's caption when it has
    one on the line before ("Tableau 2 – Habitants des QPV suivis en CMP adultes")."""
    for k in range(len(before) - 1, -1, -1):
        start, end = before[k]
        line = text[start:end]
        if header_years(line):
            if end - start > LEAD_MAX_CHARS:
                return []
            captioned = k > 0 and _captions(text[before[k - 1][0]:before[k - 1][1]])
            return ([before[k - 1]] if captioned else []) + [(start, end)]
        if not is_raw_row(line):
            return []
    return []


def _captions(line: str) -> bool:
    """True for a line that may be a table's caption: short, no sentence's end, no row's "name : value"."""
    return (len(line) <= LEAD_MAX_CHARS and not line.rstrip().endswith((".", ";", ":"))
            and (" : " not in line or is_caption(line))  # "Tableau 1 : Budget du CLSM (en euros)"
            and not is_legend(line) and not is_raw_row(line) and not header_years(line))


def lead_span(material: Material, sentence: ScoredSentence, limit: int = LEAD_MAX_CHARS) -> tuple[int, int] | None:
    """The line just before the sentence (what a bare figure of a list or a slide stands next to, or what
    "ceux-ci" refers to), when it is short enough; None for the first line of a passage."""
    text = material.text(sentence.row)
    before = [s for s in sentence_spans(text) if s[1] <= sentence.start]
    if before and before[-1][1] - before[-1][0] <= limit and not is_legend(text[before[-1][0]:before[-1][1]]):
        return before[-1]
    return None


def is_legend(line: str) -> bool:
    """True for a chart's legend ("Oui ● Non ● Dispositif non présent sur le territoire"): short labels between
    symbols; it says what colours mean, not what a figure counts."""
    labels = [part for part in _LEGEND_MARK.split(line) if part.strip()]
    return _LEGEND_MARK.search(line) is not None and len(labels) >= 2 and all(
        len(label.split()) <= LEGEND_LABEL_WORDS for label in labels)


_LEGEND_MARK = re.compile(r"\s*[●■▲◆○□◼◻]\s*")
LEGEND_LABEL_WORDS = 6


def new_terms(sentence: str, taken: list[str]) -> int:
    """How many content terms a sentence adds to those already quoted."""
    seen = frozenset().union(*(window_terms(t) for t in taken)) if taken else frozenset()
    return len([t for t in window_terms(sentence) if t not in seen and not t.startswith("~")])
