"""Answers built only from the passages: the sentence that answers first, shaped by the kind of question
(a definition, a value, a comparison, a list), every sentence verbatim with its citation [n]; or an abstention.

Nothing is written that the documents do not say: each sentence is one or more spans of its cited passage,
only their spacing changed (slide lines joined by " · ", elided text marked " … ")."""

from __future__ import annotations

import re

from assistant.answer.comparison import comparison_answer
from assistant.answer.definition import definition_answer
from assistant.answer.lists import (advice_list, announced_list, labelled_items, list_answer, reasons_list, told_list,
                                    values_list)
from assistant.answer.choose import answer_later_asks, bridged, overlaps, pick, ranked_sentences, with_siblings
from assistant.answer.quotes import (TITLED_PASSAGES, Material, asked_terms, quote, read_with_header, table_row,
                                     with_lead)
from assistant.config import Settings
from assistant.ingest.catalog import date_from_filename
from assistant.models import Answer, AnswerPart, AnswerSentence
from assistant.search.analyse import NamePhrase, key_notions
from assistant.search.answer_types import (asks_twice, asks_why, counted_complement, counted_term, counted_terms, asked_type, expected_type,
                                           gives, holds, later_asks)
from assistant.search.casing import written_as_name
from assistant.search.familiar_words import formal_terms
from assistant.search.constraints import agreements, places, seasons, spoken_years, years
from assistant.dates import FOLDED_MONTHS, MONTH_WORD, year_month
from assistant.search.retrieve import JOINED_NAMES, RetrievalResult, as_the_corpus_names, as_the_corpus_spells
from assistant.search.sentence_scores import (CLEARLY_NAMED, LISTED_NOUN, QUARTER_ORDINALS, ScoredSentence, asks_a_name,
                                             asks_who_meets, in_percent_table, introduces_people, names_a_person,
                                             section_of, title_of)
from assistant.table_lines import CELL_MARK, ROW_LINE, ROW_MARK
from assistant.store.snapshot import Snapshot
from assistant.search.related_words import word_family
from assistant.sentences import sentence_spans
from assistant.text import (LEADING_ARTICLE, content_terms, fold, is_acronym, is_english, normalise_for_match,
                            split_sentences, stem,
                            term_set, unligature, window_terms)

VALUES_REQUIRED = ("amount", "count", "share", "contact", "link")  # asked for, and absent from every quoted sentence: abstain
SHAPED = {"definition": definition_answer, "comparison": comparison_answer, "list": list_answer}


def build_answer(result: RetrievalResult, snap: Snapshot, settings: Settings) -> Answer:
    """The answer to a retrieved question; an abstention when the evidence is too weak."""
    if (not result.hits or result.evidence < settings.abstain_threshold or result.missing
            or _another_edition(result, snap)):
        return Answer.abstention()
    rows, numbers = [], {}
    for n, hit in enumerate(result.hits[: settings.answer_passages], start=1):
        row = snap.row_of(hit.passage.id)
        if row is not None:
            rows.append(row)
            numbers[row] = n
    material = Material(snap, result.analysis, result.query_vec, rows, numbers, settings.tuning)
    kind = result.analysis.kind
    if kind == "open" and _titled_by_the_question(material):
        kind = "list"  # "Comment un jeune entre-t-il dans PASSAJ ?", the slide's own title over its list
    shaped = SHAPED.get(kind)
    if kind == "open" and asks_why(result.analysis.question):
        shaped = reasons_list  # "Pourquoi … renoncent-ils ?": "Les raisons … sont les suivantes : …"
    parts = shaped(material) if shaped else None
    if kind == "open" and not parts:
        parts = advice_list(material)  # "Que recommande le rapport… ?": the items under "Recommandations"
        kind = "list" if parts else kind
    # scored only when they are quoted or a list is checked against them (not for a definition or a comparison)
    ranked = ranked_sentences(material) if not parts or kind == "list" else []
    if parts and kind == "list" and _outscored(material, parts, ranked):
        parts = None  # "Sur quelles communes… ?": "Elle intervient sur les trois communes : A, B et C", not the
        # list of phone numbers beside it
    if parts and kind == "definition" and later_asks(result.analysis.question):
        # "EMPP, ça veut dire quoi, et qui la finance ?": the definition, then what answers the later ask
        said = [s for part in parts for s in part.sentences]
        # asked of what the defining sentence (the last) speaks of, not of the line spelling the acronym out
        more = [s for s in answer_later_asks(material, said[::-1]) if s not in said]
        parts = parts + ((AnswerPart(tuple(more)),) if more else ())
    if parts:
        return Answer(parts=parts, abstained=False, kind=kind, note=shortened_note(parts))
    sentences = answer_later_asks(material, with_siblings(material, bridged(material, pick(material, ranked))))
    announced = announced_list(material, sentences[0]) if sentences and kind != "value" else None
    if announced:
        return Answer(parts=announced, abstained=False, kind="list", note=shortened_note(announced))
    told = told_list(material, sentences) if sentences and kind != "value" else None
    if told:  # "Je regarde trois choses. La durée : … Le retentissement : … Et la rupture : …"
        return Answer(parts=told, abstained=False, kind="list", note=shortened_note(told))
    labelled = labelled_items(material, sentences) if kind != "value" else values_list(material, sentences)
    if labelled:
        return Answer(parts=labelled, abstained=False, kind="list", note=shortened_note(labelled))
    names = _names_asked(result, snap) if kind == "value" else []  # what a value is asked for ("…de Noirmont")
    if kind == "value":
        counted = _counting_what_is_asked(sentences, result, snap)
        if sentences and not counted:  # each count found counts another thing: a month asked may be read on its row
            counted = _of_the_month_instead(material, ranked, result, snap, [])
        sentences = counted
        if sentences and _unplaced(sentences[0], result, snap):
            sentences = _placed_instead(material, ranked, result) or sentences
        if sentences and _value_of_another(sentences, names, result, snap):
            sentences = _named_instead(material, ranked, names, result, snap) or sentences
        if sentences and _of_another_month(sentences[0], result, snap):
            sentences = _of_the_month_instead(material, ranked, result, snap, sentences) or sentences
        sentences = _without_values_of_another(sentences, names, result, snap)
        # a year asked: a sentence of another time is dropped when one of that year gives the value ("…maintenu à 0,2
        # ETP" in a 2026 minutes, then the table's 2025 column: "Téléconsultations psychiatriques — – · 286")
        if sentences and _undated(sentences[0], result, snap):
            asked = asked_type(result.analysis.question)
            dated = [s for s in sentences[1:] if not _undated(s, result, snap)]
            months = set(MONTH_WORD.findall(fold(result.analysis.question)))  # "…d'août 2024": "du mois d'août"
            if any((set(result.analysis.years) & years(s.text) or months & set(MONTH_WORD.findall(fold(s.text))))
                   and gives(asked, s.text, result.analysis.question) for s in dated):  # (one saying the year or
                sentences = dated  # the month asked)
    elif sentences and _undated(sentences[0], result, snap):
        # "En 2026, chaque structure a-t-elle toujours droit à 40 heures… ?": the sentence chosen that says the year
        # asked comes first ("l'ARS a reconduit pour 2026 le fonds…"), the others after it
        dated = [s for s in sentences[1:] if not _undated(s, result, snap)]
        sentences = dated + [s for s in sentences if s not in dated]
    if asks_who_meets(result.analysis.question):
        sentences = _with_team(material, sentences)
    first = sentences[0] if sentences else None
    # a year asked that nothing around the first sentence gives, when others are ("la file active en 2021 ?")
    if (not sentences or _nameless(sentences, result) or _untitled(sentences, result)
            or _undated(first, result, snap) or kind == "value" and (
                _elsewhere(first, result) or _no_value(sentences, result, snap) or _unplaced(first, result, snap)
                or _of_another_month(first, result, snap) or _value_of_another(sentences, names, result, snap))):
        return Answer.abstention()
    return Answer(parts=(AnswerPart(tuple(sentences)),), abstained=False,
                  kind="value" if kind == "value" else "passage")


LIST_OUTSCORED = 1.5  # a sentence listing the things asked wins over a list it outscores this much


def _outscored(material: Material, parts: tuple[AnswerPart, ...], ranked: list[ScoredSentence]) -> bool:
    """True when a sentence outside the list quoted scores `LIST_OUTSCORED` times better than any of its lines:
    that sentence answers (it may list the things asked itself), the list is of something else."""
    if not ranked:
        return False
    quoted = [(material.row_of(s.n), a, b) for part in parts for s in part.sentences for a, b in s.spans]
    inside = lambda s: any(row == s.row and s.start < b and a < s.end for row, a, b in quoted)
    best_in = max((s.score for s in ranked if inside(s)), default=0.0)
    top = ranked[0]
    text = material.text(top.row)[top.start:top.end]
    listed = _ENUMERATES.search(text)
    noun = LISTED_NOUN.search(material.analysis.question)
    return (not inside(top) and top.score >= LIST_OUTSCORED * best_in and listed is not None and noun is not None
            and bool(set(content_terms(noun.group(1))) & set(content_terms(text[:listed.start() + 1]))))




# "…les trois communes du CLSM : Port-Aurore, Anse-Coralie et Morne-Vigie": a sentence listing after its colon
_ENUMERATES = re.compile(r":\s*[^.;:\n]+,\s[^.;:\n]+\s(?:et|ou)\s")


# A name dated by its year ("l'enquête VMQ 2021", "les SISM 2024"); not the question's first word ("Fin 2016, …").
_NAMED_YEAR = re.compile(r"(?<!^)(?<![\w'-])([A-Z]{2,}|[A-Z][\w'-]*[a-z])\s+((?:19|20)\d\d)\b(?![\s/-]*\d)")


def _another_edition(result: RetrievalResult, snap: Snapshot) -> bool:
    """True when the question names a thing by its year ("l'enquête VMQ 2021") and the passages found and their
    documents name that thing with other years only ("enquête VMQ 2024"): another edition was not asked."""
    named = [(name, year) for name, year in _NAMED_YEAR.findall(result.analysis.question.strip())
             if fold(name) not in _MONTHS and fold(name) not in _ENGLISH_MONTHS]
    if not named:
        return False
    metas = [snap.documents.get(hit.passage.doc_id) for hit in result.hits]
    said = [fold(text) for hit, meta in zip(result.hits, metas)
            for text in (hit.passage.text, hit.passage.context, meta.title if meta else "",
                         (meta.event or "") if meta else "")]
    for name, year in named:
        dated = re.compile(rf"\b{re.escape(fold(name))}\s+((?:19|20)\d\d)\b")
        found = {y for text in said for y in dated.findall(text)}
        if found and year not in found:
            return True
    return False


def _with_team(material: Material, sentences: list[AnswerSentence]) -> list[AnswerSentence]:
    """For "qui reçoit / accueille… ?", a quoted item of a list of people ("- Lucie Braun, psychologue") with the items of its
    list that name people too ("- Yanis Meyer, éducateur spécialisé"): the team the question asks about."""
    for i, sentence in enumerate(sentences):
        row = material.row_of(sentence.n)
        if row is None or len(sentence.spans) != 1:
            continue
        text = material.text(row)
        spans = sentence_spans(text)
        at = next((k for k, span in enumerate(spans) if span == sentence.spans[0]), None)
        if at is None or not _person_item(text, spans[at]):
            continue
        first, last = at, at
        while first > 0 and _person_item(text, spans[first - 1]) and last - first + 1 < TEAM_ITEMS:
            first -= 1
        while last + 1 < len(spans) and _person_item(text, spans[last + 1]) and last - first + 1 < TEAM_ITEMS:
            last += 1
        if last > first:
            team = quote(material, row, list(spans[first:last + 1]))
            return [s for s in sentences[:i] if s.text not in team.text] + [team] + [
                s for s in sentences[i + 1:] if s.text not in team.text]
    return sentences


TEAM_ITEMS = 4  # the people of a list quoted together


def _person_item(text: str, span: tuple[int, int]) -> bool:
    """True for a list item that introduces a person ("- Lucie Braun, psychologue (CSAPA …)")."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    return bool(_ITEM_MARK.match(text, line_start)) and introduces_people(text[span[0]:span[1]])


_ITEM_MARK = re.compile(r"\s*(?:[-–•▪◦*]|\d{1,2}[.)])\s+")


def _nameless(sentences: list[AnswerSentence], result: RetrievalResult) -> bool:
    """True when the question asks who holds a role ("Comment s'appelle la coordinatrice ?") and no sentence found
    names anyone: what the post is does not say who holds it."""
    return asks_a_name(result.analysis.question) and not any(names_a_person(s.text) for s in sentences)


def _titled_by_the_question(material: Material) -> bool:
    """True when one of the best passages' own title asks the question itself (most of its words, ending in
    "?"): the slide or section is the document's answer to it."""
    question = material.analysis.question
    if not _HOW_OR_WHAT.match(fold(question)) or is_english(question):
        return False  # "Est-ce que…", "…-t-il ?": a yes or no, not the items under a title
    asked = asked_terms(material)
    titles = [(title_of(material.snap.passages[row].context).strip(), "") for row in material.rows[:TITLED_PASSAGES]]
    # and a question the passage asks over a list, of what its document is about (the clubhouse's FAQ: "Comment
    # devenir membre ?" over its steps)
    titles += [(m.group(1), material.snap.passages[row].context) for row in material.rows[:TITLED_PASSAGES]
               for m in _ASKED_OVER_A_LIST.finditer(material.text(row))]
    return len(asked) >= 2 and any(title.endswith("?") and _asks(asked, title, about) for title, about in titles)


def _asks(asked: frozenset[str] | set[str], title: str, about: str) -> bool:
    """True when a title asking a question holds most of the words asked, and when it is a question a passage asks
    of what its document is about (`about`), most of those its document's title does not hold."""
    own = set(asked) - term_set(about)
    return len(asked & (term_set(title) | term_set(about))) >= TITLE_QUESTION_SHARE * len(asked) and (
        not about or len(own & term_set(title)) >= TITLE_QUESTION_SHARE * len(own))


_ASKED_OVER_A_LIST = re.compile(r"^([^\n]{3,120}\?)[ \t]*\n+[ \t]*(?:[-•*]|\d{1,2}[.)])\s", re.M)


TITLE_QUESTION_SHARE = 0.6
_HOW_OR_WHAT = re.compile(r"\s*(?:comment|quel(?:le)?s?|que|qu'|ou|pourquoi|qui)\b")


def _untitled(sentences: list[AnswerSentence], result: RetrievalResult) -> bool:
    """True when the question asks the theme or the title of something ("Quel est le thème national des SISM
    2026 ?") and no sentence chosen gives one: none quotes a title («…») nor says what the theme is."""
    return bool(_TITLE_ASKED.search(fold(result.analysis.question))) and not any(
        _TITLE_GIVEN.search(s.text) for s in sentences)


_TITLE_ASKED = re.compile(r"\b(?:quel(?:le)?s? (?:est|etait|sera|sont|etaient) (?:le|la|les) (?:themes?|titres?|slogans?|"
                          r"intitules?)|what (?:is|was|will be) the (?:theme|title|slogan))\b")
_TITLE_GIVEN = re.compile(r"[«“\"]|\b(?:[Tt]hème|[Tt]itre|[Ii]ntitulée?s?|[Ss]logan)\b")


def _elsewhere(sentence: AnswerSentence, result: RetrievalResult) -> bool:
    """True when the value found is for another place than the one asked (psychiatrists counted in
    Hauts-de-France when Occitanie was asked): a librarian would say the documents do not give it. The
    sentence alone is read, not its document's title: a national figure is quoted in regional reports."""
    place, _ = agreements(places(result.analysis.question), frozenset(), sentence.text)
    return place < 0


def _around(sentence: AnswerSentence, result: RetrievalResult, snap: Snapshot) -> list[str]:
    """What ties a quoted sentence to what it speaks of: the sentence, its passage and the passage's title, the
    passage just before it in its document (a page cut in two, a slide going on), its document's title and
    event."""
    passage = result.hits[sentence.n - 1].passage
    meta = snap.documents.get(passage.doc_id)
    row = snap.row_of(passage.id)
    before = snap.passages[row - 1].text if row and snap.same_doc_as_previous[row] else ""
    return [sentence.text, passage.text, passage.context, before, meta.title if meta else "",
            (meta.event or "") if meta else ""]


SAID_AROUND = 2  # sentences of speech on each side of a quoted one that still speak of what it speaks of


def _said_around(sentence: AnswerSentence, text: str) -> str:
    """The sentences said just before and after a quoted one, and it (the whole text when it is not found)."""
    if not sentence.spans:
        return text
    spans = sentence_spans(text)
    first = next((k for k, (a, b) in enumerate(spans) if b > sentence.spans[0][0]), 0)
    last = next((k for k, (a, b) in enumerate(spans) if b >= sentence.spans[-1][1]), len(spans) - 1)
    window = spans[max(first - SAID_AROUND, 0):last + SAID_AROUND + 1]
    return text[window[0][0]:window[-1][1]] if window else text


def _unplaced(sentence: AnswerSentence, result: RetrievalResult, snap: Snapshot) -> bool:
    """True when a value is asked for a region ("…en Bretagne ?") and nothing ties the value found to it: not
    the sentence, not its passage or the passage's title, not its document's title, region or organisers. A
    national count quoted without a place does not answer for Brittany."""
    asked = places(result.analysis.question) - {"france"}
    if not asked:
        return False
    meta = snap.documents.get(result.hits[sentence.n - 1].passage.doc_id)
    # its region, and its organisers ("Plateforme Santé Ville Auvergne" ties a figure to Auvergne, the region
    # Auvergne-Rhône-Alpes alone does not: a broader area's figure is not a smaller one's)
    described = [meta.region or "", *meta.organisers] if meta else []
    return not any(places(text) & asked for text in _around(sentence, result, snap) + described)


def _placed_instead(material: Material, ranked: list[ScoredSentence], result: RetrievalResult) -> list[AnswerSentence]:
    """When the best sentence gives a value for no place said and a place is asked ("…du DEA du Loiret ?", the
    region's share first), the best of the `ranked` sentences holding a value that names that place, with its lead
    ("Loiret (45) — … 2025 : 41,9 %"); none when no sentence does."""
    asked = places(result.analysis.question) - {"france"}
    for sentence in ranked:
        if sentence.score < PLACED_SHARE * ranked[0].score:
            break  # far below the best: what it gives is not what was asked, even for that place
        text = material.text(sentence.row)[sentence.start:sentence.end]
        if sentence.typed and not sentence.conflict and places(text) & asked and gives(
                result.analysis.answer_type, text, result.analysis.question):
            placed = with_lead(material, sentence)
            if _counts_asked(placed.text, result.analysis.question):  # not "1 206 habitants"
                return [placed]
    return []


PLACED_SHARE = 0.6  # of the best sentence's score (for a place asked, or a month)
QUARTER_SHARE = 0.2  # the same, for a sentence or a row naming the quarter asked
NAMED_SHARE = 0.45  # of the best sentence's score, for the value of the name asked when the best is another's


def _counts_asked(text: str, question: str) -> bool:
    """True when a question counts nothing named, or the text names what it counts ("Combien de secouristes… ?": not
    "24 voix pour")."""
    counted = counted_term(question)
    return not counted or any(t in term_set(text) for t in word_family(counted))


def _of_the_month_instead(material: Material, ranked: list[ScoredSentence], result: RetrievalResult, snap: Snapshot,
                          sentences: list[AnswerSentence]) -> list[AnswerSentence]:
    """When the best sentence is dated by other months than the one asked ("…relogés en janvier 2026 ?", a deck of
    October 2025 first), the best of the `ranked` sentences giving a value of that month (said in a webinar of January
    2026: "aujourd'hui il en reste 23"; it names the month, or its document is of that month), before the others; none
    when no sentence is."""
    asked = _IN_MONTH.search(fold(result.analysis.question))
    quarter = _quarters(fold(result.analysis.question))
    if not asked and len(quarter) != 1:
        return []
    month = year_month(asked.group(1), asked.group(2)) if asked else None
    for sentence in ranked:
        # (a quarter or a month is named in so few words, "T3 2025", "Octobre", that its row scores low: named
        # exactly, it is enough)
        if sentence.score < QUARTER_SHARE * ranked[0].score:
            break
        text = material.text(sentence.row)[sentence.start:sentence.end]
        month_row = bool(asked) and fold(text.partition(ROW_MARK)[0]).strip() == asked.group(1)
        if not (quarter or month_row) and sentence.score < PLACED_SHARE * ranked[0].score:
            continue
        if not (sentence.typed and gives(result.analysis.answer_type, text, result.analysis.question)):
            continue
        dated = with_lead(material, sentence)
        # (a table's caption over its header may say what its cells count: "… (nombre d'accueils)")
        said = f"{dated.text}\n{material.text(sentence.row)[:sentence.start]}" if month_row else dated.text
        if not _counts_asked(said, result.analysis.question):
            continue
        if month_row and asked.group(2) in years(said):
            return [dated] + [s for s in sentences if not overlaps(s, dated)]  # "Octobre — 569 · 110" in "…2025"
        if not asked:  # a quarter asked: the row or sentence naming it ("T3 2025 — 41 · 14")
            if quarter <= _quarters(fold(read_with_header(material, sentence))):
                return [dated] + [s for s in sentences if not overlaps(s, dated)]
            continue
        meta = snap.documents.get(material.snap.passages[sentence.row].doc_id)
        said = set(_MONTH_YEAR.findall(fold(dated.text)))
        if (asked.group(1), asked.group(2)) in said or not said and meta and (meta.date or "")[:7] == month:
            return [dated] + [s for s in sentences if not overlaps(s, dated)]
    return []


def _undated(sentence: AnswerSentence, result: RetrievalResult, snap: Snapshot) -> bool:
    """True when a year is asked ("…examinées en 2022 ?", "la file active en 2021 ?") and what was found is dated otherwise: its
    sentence, passage and titles name other years, not the one asked, nor is it its document's year. A
    report's figures for 2024 and 2023 do not answer for 2022."""
    asked = set(result.analysis.years)
    if not asked or asks_twice(result.analysis.question):
        return False
    asked_seasons, stated_seasons = seasons(result.analysis.question), seasons(sentence.text)
    if asked_seasons and stated_seasons:  # "en 2022-2023" asked, "Année scolaire : 2023-2024" quoted
        return not asked_seasons & stated_seasons
    meta = snap.documents.get(result.hits[sentence.n - 1].passage.doc_id)
    dated = (meta.date or "")[:4] if meta else ""
    # the sentence, its passage and titles, the passage before (a list going on over a page break)
    named = set().union(*(years(text) for text in _around(sentence, result, snap)[:4])) | spoken_years(sentence.text)
    # (a year said in words dates the sentence saying it: "sur l'année deux mille vingt-quatre deux mille vingt-cinq")
    # nothing dates it: a figure of its document's time, or the year before, when the file's name dates it (a PDF's
    # own creation date may be a later export's)
    if not named and dated.isdigit() and meta and (date_from_filename(meta.doc_id) or "")[:4] == dated:
        return all(int(year) < int(dated) - 1 or int(year) > int(dated) for year in asked)
    return dated not in asked and bool(named) and not named & asked


_MONTHS = FOLDED_MONTHS
_MONTH_TERMS = frozenset(map(stem, _MONTHS))  # "du 4 novembre": a date, no count
_IN_MONTH = re.compile(r"\ben (" + "|".join(_MONTHS) + r") ((?:19|20)\d\d)\b")
_MONTH = MONTH_WORD
# The months of each season, as French speaks of a session "à l'automne 2026" (bounds shared with the next).
SEASON_MONTHS = {"printemps": ("mars", "avril", "mai", "juin"), "ete": ("juin", "juillet", "aout", "septembre"),
                 "automne": ("septembre", "octobre", "novembre", "decembre"),
                 "hiver": ("decembre", "janvier", "fevrier", "mars")}
_IN_SEASON = re.compile(r"\b(printemps|ete|automne|hiver) ((?:19|20)\d\d)\b")
# A quarter of a year, folded ("au premier trimestre 2026", "4e trimestre 2025", "T1 2026"), and its months
_QUARTER_NUMBER = {**QUARTER_ORDINALS, "dernier": 4}
_QUARTER = re.compile(rf"\b(?:({'|'.join(_QUARTER_NUMBER)}) trimestre|"
                      r"t([1-4]))\s+((?:19|20)\d\d)\b")
_QUARTER_SAID = re.compile(rf"\b({'|'.join(_QUARTER_NUMBER)}) trimestre\b")


def _quarters(text: str) -> set[tuple[int, str]]:
    """The quarters a folded text names, as (number, year): "au 4e trimestre 2025" -> {(4, "2025")}."""
    return {(_QUARTER_NUMBER[m.group(1)] if m.group(1) else int(m.group(2)), m.group(3)) for m in _QUARTER.finditer(text)}


def _of_another_month(sentence: AnswerSentence, result: RetrievalResult, snap: Snapshot) -> bool:
    """True when a value is asked for a month or a season ("…formés en décembre 2025 ?", "la session de l'automne
    2026") and the value found is dated by other months ("2025 (au 31 octobre) : 411 secouristes formés", "vendredi
    6 février 2026"), neither is its document of those months."""
    question = fold(result.analysis.question)
    asked = _IN_MONTH.search(question)
    season = _IN_SEASON.search(question)
    quarter = _quarters(question)
    if asked:
        months, year = {asked.group(1)}, asked.group(2)
    elif len(quarter) == 1:  # "…au premier trimestre 2026 ?": its months, or the quarter as the sentence names it
        (number, year), = quarter
        named_quarters = _quarters(fold(sentence.text))
        if named_quarters:
            return (number, year) not in named_quarters  # "5,5 semaines — au 4e trimestre 2025"
        said = {_QUARTER_NUMBER[m.group(1)] for m in _QUARTER_SAID.finditer(fold(sentence.text))}
        if said:
            return number not in said  # "On a fait 138 consultations au premier trimestre, contre 96…"
        months = set(_MONTHS[3 * number - 3:3 * number])
        if not _MONTH.search(fold(sentence.text)) and years(sentence.text):
            return True  # "La file active 2025 compte 189 nouveaux patients": the year's figure, not the quarter's
    elif season:
        if season.group(0) in fold(sentence.text):
            return False  # "Inscriptions pour la session d'automne 2026 : avant le 31 août 2026."
        months, year = set(SEASON_MONTHS[season.group(1)]), season.group(2)
        if result.analysis.answer_type == "date":  # a deadline for a season's session falls before it
            first = _MONTHS.index(SEASON_MONTHS[season.group(1)][0])
            months |= {_MONTHS[(first - k) % 12] for k in (1, 2)}
    else:
        return False
    meta = snap.documents.get(result.hits[sentence.n - 1].passage.doc_id)
    dated = (meta.date or "") if meta else ""
    if any(dated[:7] == year_month(month, year) for month in months):
        return False  # "votée en décembre 2025", in the minutes of that month's meeting
    # the months the sentence names, else those of its passage, titles and the passage before
    texts = [sentence.text] if _MONTH.search(fold(sentence.text)) else _around(sentence, result, snap)[1:4]
    named = {m for text in texts for m in _MONTH.findall(fold(text))}
    dated_months = {(m, y) for text in texts for m, y in _MONTH_YEAR.findall(fold(text))}
    if named and dated_months and named <= {m for m, _ in dated_months}:  # "le 14 octobre 2025": another year's
        return not any(m in months and y == year for m, y in dated_months)
    if not named and result.analysis.answer_type == "count" and _MONTH_DATE.match(dated):
        # nothing dates it, and its document was written before that time: it cannot count what happened then
        # (a deck of March 2026 does not give the visitors of a forum in the autumn of 2026); a budget is planned
        return (int(dated[:4]), int(dated[5:7])) < (int(year), min(_MONTHS.index(m) + 1 for m in months))
    if len(quarter) == 1 and not asked:
        return bool(named - months)  # "186 accompagnements d'avril à décembre 2025": more than the quarter asked
    return bool(named) and not named & months


_MONTH_DATE = re.compile(r"\d{4}-\d{2}")
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+((?:19|20)\d\d)\b")


VALUES_OF_NAMED = ("amount", "count", "duration", "date")  # asked for something named, they must be quoted for it


def _value_of_another(sentences: list[AnswerSentence], names: list[tuple[str, bool]], result: RetrievalResult,
                      snap: Snapshot) -> bool:
    """True when an amount, a count, a duration or a date is asked for something named ("le budget du CLSM de
    Saint-Nazaire", "la cellule de Noirmont", "l'appel à projets de Chambrelles Métropole") and no passage quoted
    for such a value names it, nor its document's title: a regional median budget is not one town's, another
    town's cell is not this one, another town's call for projects closes on another day. `names`: `_names_asked`."""
    asked = asked_type(result.analysis.question)
    valued = [s for s in sentences if gives(asked, s.text, result.analysis.question)]
    if not names or not valued:
        return False
    # "Quatre plateformes… : à Sarlanges (Répit'Orvanne Sud), …" then "En 2025, elles ont accompagné ensemble 812
    # aidants": a value of the group is no one member's, unless the sentence itself names the one asked
    return not any(_names_it(s, names, result, snap) and not (_OF_A_GROUP.search(s.text) and not _names_itself(s, names))
                   for s in valued)


_OF_A_GROUP = re.compile(r"\b(?:(?:ont|avons|avez|sont)\s+(?:\w+\s+){0,2}ensemble|à (?:elles|eux) (?:toutes|tous)|"
                         r"together|between them)\b", re.I)  # (not "au total": one's own total, "236 personnes au total")


def _names_itself(sentence: AnswerSentence, names: list[tuple[str, bool]]) -> bool:
    """True when the sentence giving a group's value (not the line before it, quoted as its lead) holds one of the
    names asked."""
    text = sentence.text
    said = next((text[a:b] for a, b in split_sentences(text) if _OF_A_GROUP.search(text[a:b])), text)
    own = window_terms(said)
    return any(set(content_terms(name)) <= own for name, _ in names)


def _names_asked(result: RetrievalResult, snap: Snapshot) -> list[tuple[str, bool]]:
    """The names a question asking for a value of something named gives, each with whether the corpus uses all its
    words; none for another question."""
    asked = asked_type(result.analysis.question)
    if asked not in VALUES_OF_NAMED:
        return []
    names = [part for n in key_notions(result.analysis.question) if not isinstance(n, NamePhrase)
             for part in _name_parts(as_the_corpus_names(snap, n)) if not places(part)]
    if asked == "date":  # a date is checked against a name of its own ("Chambrelles Métropole", "Lusignac"), not a
        # capitalised common noun ("les Semaines d'information"), which the corpus also writes in lower case
        names = [name for name in names if len(name.split()) >= 2 or written_as_name(snap, name)]
        # or an event asked by its acronym alone ("les dates des SISM 2024 ?"): a byline's date is none of its
        names += [m.group(1) for m in _DATES_OF_ACRONYM.finditer(result.analysis.question)
                  if is_acronym(m.group(1)) and not places(m.group(1)) and m.group(1) in snap.glossary.entries]
    # every name the corpus uses must be there ("la Maison des adolescents de Bréhançon": a Maison des
    # adolescents elsewhere is not Bréhançon's); one it never uses ("Housing First") only needs another
    english = is_english(result.analysis.question)  # English names are cut loosely ("… support in")
    if english:  # "the GEM's Thursday health walks": a day, a month or an acronym's "'s" name nothing of their own
        names = [n for n in names if any(w[:1].isupper() and w.lower() not in _ENGLISH_CALENDAR and not is_acronym(
            re.sub(r"['’]s$", "", w)) for w in n.split())]
        names = [re.sub(r"['’]s\b", "", n) for n in names]  # "Aurimont's neighbourhoods" are Aurimont's
    return [(n, not english and all(t in snap.lexical.vocab for t in content_terms(n))) for n in names]


_DATES_OF_ACRONYM = re.compile(r"\b(?:dates?|édition|when are the|when is the)\s+(?:des|du|de la|de l'|d')?\s*"
                               r"([A-Z][A-Z0-9]{1,9})\b")  # "les dates des SISM 2024", "when are the SISM"


_ENGLISH_MONTHS = frozenset("january february march april may june july august september october november "
                            "december".split())
_ENGLISH_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday".split()) | _ENGLISH_MONTHS


def _names_it(sentence: AnswerSentence, names: list[tuple[str, bool]], result: RetrievalResult, snap: Snapshot,
              close: bool = False) -> bool:
    """True when the sentence, its passage or their titles name what the value is asked for: every name the corpus
    uses, and one at least. `close`: the sentence itself (with the line it points back to), not what is around it."""
    held = _held_names(sentence, names, result, snap, close)
    return all(h for h, known in held if known) and any(h for h, _ in held)


def _held_names(sentence: AnswerSentence, names: list[tuple[str, bool]], result: RetrievalResult, snap: Snapshot,
                close: bool = False) -> list[tuple[bool, bool]]:
    """For each name asked: whether the sentence's surroundings hold it, and whether the corpus uses it."""
    meta = snap.documents.get(result.hits[sentence.n - 1].passage.doc_id)
    # a date is the date of the event its document records ("le prochain rendez-vous du webinaire de
    # Territoires et Cohésion Ouest"), named by its organisers too; a figure must be tied to its name
    dated = asked_type(result.analysis.question) == "date"
    # "…le compte rendu d'activité 2025 de l'association Horizons Jeunes Saône, à combien s'élève le total… ?": a
    # document named by its organiser holds what it is about
    scores = result.analysis.named
    named = meta is not None and scores.get(meta.doc_id, 0.0) >= CLEARLY_NAMED and sum(
        score >= CLEARLY_NAMED for score in scores.values()) == 1  # that document alone
    organisers = list(meta.organisers) if meta and (dated or named) and not close else []
    texts = [sentence.text] if close else _around(sentence, result, snap)
    around = normalise_for_match(unligature(" ".join(texts + organisers)))
    # "Les Courtils" is "aux Courtils", "des Courtils" once French contracts its article; an acronym, or what it
    # stands for ("SISM", "semaines d'information sur la santé mentale")
    return [(any(normalise_for_match(unligature(LEADING_ARTICLE.sub("", form))) in around
                 for form in [n, *(snap.glossary.entries.get(n, {}) if is_acronym(n) else ())]), known)
            for n, known in names]


def _without_values_of_another(sentences: list[AnswerSentence], names: list[tuple[str, bool]], result: RetrievalResult,
                               snap: Snapshot) -> list[AnswerSentence]:
    """The sentences without those giving a value for something else than the name asked, when another gives it for
    that name ("…les kits distribués par l'unité Trajectoires": not the kits another team gave out)."""
    asked = asked_type(result.analysis.question)
    valued = [s for s in sentences if gives(asked, s.text, result.analysis.question)] if names else []
    others = [s for s in valued if not any(h for h, _ in _held_names(s, names, result, snap))]
    return [s for s in sentences if s not in others] if others and len(others) < len(valued) else sentences


def _named_instead(material: Material, ranked: list[ScoredSentence], names: list[tuple[str, bool]],
                   result: RetrievalResult, snap: Snapshot) -> list[AnswerSentence]:
    """When the value found is not tied to the name asked ("les kits distribués par l'unité Trajectoires", another
    team's kits first), the best of the `ranked` sentences holding such a value that names it itself or in the line
    it points back to ("Elle a permis … 2 150 kits" after "L'unité mobile « Trajectoires »…"); none when no sentence
    near the best does."""
    asked = asked_type(result.analysis.question)
    for sentence in ranked:
        if sentence.score < NAMED_SHARE * ranked[0].score:
            break
        text = material.text(sentence.row)[sentence.start:sentence.end]
        # (a table's row gives its value in the column its header names: "Jean-Macé — … · 4" under "… · Heures…")
        if sentence.typed and not sentence.conflict and (gives(asked, text, result.analysis.question)
                                                         or table_row(material, sentence)):
            named = with_lead(material, sentence)
            if _names_it(named, names, result, snap, close=True):
                return [named]
    return []


# What a count of people or times leaves unsaid: "plus de 120 à suivre ce webinaire" counts persons.
_HOW_MANY = re.compile(r"\bcombien\b|\bhow (?:many|much|long)\b")
# ("combien de monde")
IMPLICIT_COUNTS = frozenset(content_terms("personnes gens individus fois participants habitants monde"))
# Nouns naming people by a group a number may count in its parts: "combien de personnels…" is answered by "32 chefs
# d'établissement, conseillers principaux d'éducation, infirmières et psychologues…"
GROUP_COUNTS = frozenset(content_terms("personnels professionnels agents acteurs intervenants salariés membres"))
# a number then the things it counts, named one by one ("32 chefs…, conseillers…, infirmières et psychologues")
_COUNTED_LIST = re.compile(r"\b\d[\d\u202f\u00a0 ]*\s+[^\W\d][^,;:.()]{0,60}(?:,\s*[^\W\d][^,;:.()]{0,60})+"
                           r"\s+(?:et|ou)\s+[^\W\d]")


def _counts_another(sentence: AnswerSentence, result: RetrievalResult, snap: Snapshot) -> bool:
    """True when a count is asked ("Combien … de CLSM actifs en 2019 ?") and neither the sentence found nor its
    passage and section title speak of what is counted (in a word of its family or a related one): its number counts
    something else (admissions, passages aux urgences)."""
    counted = counted_term(result.analysis.question)
    if not counted or counted in IMPLICIT_COUNTS:
        return False
    counted = as_the_corpus_spells(snap, counted)  # "combien d'apels…": of "appels"
    passage = result.hits[sentence.n - 1].passage
    # minutes of speech say many things: what a figure said counts is said around it; so does a page counting an
    # acronym's structures ("Combien de CLSM…": "Une session coûte 2 400 euros" on a page naming a CLSM elsewhere)
    acronym = any(is_acronym(w) and fold(w) == counted for w in re.findall(r"[\w-]+", result.analysis.question))
    said = "" if acronym else _said_around(sentence, passage.text) if passage.location.kind == "time" else passage.text
    forms = word_family(counted) | formal_terms(counted) | {  # ("combien de gamins": of "enfants")
        fold(acronym) for acronym, long_forms in snap.glossary.entries.items()  # "établissements…": "EPCI"
        if any(content_terms(f)[:1] == (counted,) for f in long_forms)}
    if counted_complement(result.analysis.question) & counted_terms(sentence.text):
        return False  # "combien de plaintes de locataires ?": "14 signalements de locataires" counts them
    if counted in GROUP_COUNTS and _COUNTED_LIST.search(sentence.text):
        return False  # "combien de personnels… ?": "32 chefs d'établissement, conseillers… et psychologues"
    counts = counted_terms(sentence.text, 1) - _MONTH_TERMS
    question = fold(result.analysis.question)  # (a later ask may count something else: "…, et combien de temps…")
    if counts and not (asks_twice(question) or len(_HOW_MANY.findall(question)) > 1) and not (
            forms & counts or forms & window_terms(sentence.text) or counts & IMPLICIT_COUNTS
            or counts & set(result.analysis.terms)  # ("combien de conversations et d'orientations ?")
            or _quoted_rows(sentence, snap, snap.row_of(passage.id))):  # (a row counts what its header says)
        return True  # "612 répondants, du 4 novembre 2024…" for "combien de téléconsultations ?", on a slide that
        # speaks of them elsewhere: its number counts what it names
    return not any(forms & window_terms(text) for text in (sentence.text, said, section_of(passage.context)))


def _counting_what_is_asked(sentences: list[AnswerSentence], result: RetrievalResult,
                            snap: Snapshot) -> list[AnswerSentence]:
    """The sentences without those whose count counts something else than asked ("63 locataires" for "combien de
    logements"); none when every count found does (the first sentence standing for them when none gives one)."""
    asked = asked_type(result.analysis.question)
    valued = [s for s in sentences if gives(asked, s.text, result.analysis.question)] or sentences[:1]
    others = [s for s in valued if _counts_another(s, result, snap)]
    return [] if len(others) == len(valued) else [s for s in sentences if s not in others]


def _name_parts(notion: str) -> list[str]:
    """The names in a key notion, without its acronyms: "CLSM de Cergy-Pontoise" and "the Villeurbanne CLSM"
    name "Cergy-Pontoise" and "Villeurbanne"."""
    runs: list[list[str]] = []  # the words between acronyms, kept together: "Lancer un CLSM dans…" is not "Lancer un
    for part in JOINED_NAMES.split(notion):  # dans…"
        runs.append([])
        for word in part.split():
            if is_acronym(word):
                runs.append([])
            else:
                runs[-1].append(word)
    names = [" ".join(run[next((i for i, w in enumerate(run) if w[:1].isupper()), len(run)):]) for run in runs]
    names = [name for name in names if name]  # from its first capital: "the Villeurbanne" names Villeurbanne
    # "la Ville d'Aurimont", "le Pays de Vernaux": the kind of place before a name is no name of its own
    return names[1:] if len(names) > 1 and fold(names[0]) in KINDS_OF_PLACE else names


KINDS_OF_PLACE = frozenset("ville pays commune communaute agglomeration metropole departement region canton quartier "
                           "territoire secteur".split())


def _no_value(sentences: list[AnswerSentence], result: RetrievalResult, snap: Snapshot) -> bool:
    """True when a question asks for an amount, a count or a share and no sentence found gives one."""
    asked = asked_type(result.analysis.question)
    # Not for "quand": "chaque premier mardi du mois" or "au printemps" answer it without a date.
    return asked in VALUES_REQUIRED and not any(gives(asked, s.text, result.analysis.question) or (
        asked == "share" and _percent_row(s, result, snap)) for s in sentences)


def _percent_row(sentence: AnswerSentence, result: RetrievalResult, snap: Snapshot) -> bool:
    """True when a quoted sentence is a table's row in percent ("SM03 — Idées suicidaires · 14,2 · 17,4" under
    "résultats en % des répondants"): shares, though its cells carry no "%"."""
    row = snap.row_of(result.hits[sentence.n - 1].passage.id)
    return row is not None and any(in_percent_table(snap, row, start) for start in _quoted_rows(sentence, snap, row))


def _quoted_rows(sentence: AnswerSentence, snap: Snapshot, row: int | None) -> list[int]:
    """Where the table rows a quoted sentence is start in its passage: a row is quoted alone or under its header
    (one span "Secteur · … (%)\nQPV Les Tilleuls — 148 · 23,6"), its last line."""
    if row is None:
        return []
    text = snap.passages[row].text
    starts = [text.rfind("\n", a, b) + 1 or a for a, b in sentence.spans]
    return [start for start, (_, b) in zip(starts, sentence.spans) if ROW_LINE.fullmatch(text[start:b]) or (
        ROW_MARK in text[start:b] and CELL_MARK in text[start:b])]  # ("Saint-Aubin — — · 58 · 119": an empty cell)


def shortened_note(parts: tuple[AnswerPart, ...]) -> str:
    """The French note of a list quoted in part: how many items the source holds beyond them, and where."""
    for part in parts:
        if part.left_out and part.sentences:
            more = "1 autre élément" if part.left_out == 1 else f"{part.left_out} autres éléments"
            return f"Liste abrégée : {more} dans la source [{part.sentences[-1].n}]."
    return ""
