"""The plain answer: the best-scoring sentences of the cited passages, the one that answers first."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.quotes import Material, header_excess, new_terms, quote, read_with_header, table_row, with_lead
from assistant.dates import FOLDED_MONTHS, MONTH_WORD
from assistant.ingest.chunk import SPEAKER_LABEL
from assistant.models import AnswerSentence
from assistant.search.answer_types import (asks_hour, asks_the_present, asks_where_things_stand, asks_where_too,
                                            asks_yes_or_no, counted_nouns, expected_type, first_ask, gives,
                                            has_question_word, later_asks, says_where, type_words)
from assistant.search.constraints import years
from assistant.search.english_words import in_french
from assistant.search.sentence_scores import (ROLE_WORDS, ScoredSentence, asks_who, capitalised_terms, names_only,
                                              score_sentences)
from assistant.sentences import is_question, sentence_spans
from assistant.text import (cased_words, content_terms, fold, is_acronym, is_english, normalise_for_match,
                            window_terms, words)

# Lengths, shares and the rank decay are settings (`settings.tuning`, read here through `material.tuning`).


def ranked_sentences(material: Material, terms: dict[str, float] | None = None) -> list[ScoredSentence]:
    """The cited passages' sentences, scored, with a small preference for better-ranked passages."""
    scored = score_sentences(material.snap, material.analysis, material.query_vec, material.rows, terms,
                             material.tuning)
    position = {row: i for i, row in enumerate(material.rows)}
    decay = material.tuning.rank_decay
    # a sentence holding more of the question's words than any of the best passage's is not held back by its
    # passage's rank, unless it agrees less with the place, year or part asked ("l'article 11")
    first = [s for s in scored if position[s.row] == 0]
    first_words = max((s.lexical for s in first), default=0.0)
    first_agree = max((s.agree for s in first), default=0)
    # "C'est toujours le jeudi ?": the newest document's sentence, saying the question's words as well as the best
    # passage's, tells how things stand now ("depuis janvier, il a lieu le samedi")
    newest = _newest_rows(material) if asks_the_present(material.analysis.question) else frozenset()
    current = {s.row for s in scored if s.row in newest and s.lexical >= first_words and s.agree >= first_agree}
    out = [ScoredSentence(s.row, s.start, s.end,
                          s.score * (1.0 if s.row in current or s.lexical > first_words + OUTWORDED
                                     and s.agree >= first_agree else _decay(position[s.row], decay))
                          * (OLDER if current and s.row not in newest else 1.0),
                          s.lexical, s.dense, s.typed, s.agree, s.conflict) for s in scored]
    out.sort(key=lambda s: -s.score)
    return out


OLDER = 0.75  # asked how things stand now, the weight of an older document's sentence beside the newest's
OUTWORDED = 0.2  # lexical coverage over the best passage's best sentence that frees a sentence from its rank's decay


def _newest_rows(material: Material) -> frozenset[int]:
    """The cited passages of the most recent document among them, when they are of several dates."""
    dated = {row: material.snap.documents[material.snap.passages[row].doc_id].date or "" for row in material.rows
             if material.snap.passages[row].doc_id in material.snap.documents}
    dates = set(dated.values()) - {""}
    if len(dates) < 2:
        return frozenset()
    newest = max(dates)
    return frozenset(row for row, date in dated.items() if date == newest)


def _decay(position: int, rank_decay: float) -> float:
    """The weight of a sentence of the passage at `position` (0 for the best): `rank_decay` less per rank,
    geometrically, so that the fifth passage still counts (0.32 at 0.25) when it says clearly what the
    first does not."""
    return (1 - rank_decay) ** position


def overlaps(a: AnswerSentence, b: AnswerSentence) -> bool:
    """True when two quotes share words of the same passage."""
    return a.n == b.n and any(s < e2 and s2 < e for s, e in a.spans for s2, e2 in b.spans)


def pick(material: Material, scored: list[ScoredSentence], budget: int | None = None,
         limit: int | None = None, taken: list[AnswerSentence] | None = None) -> list[AnswerSentence]:
    """The best sentence, then the next ones that score close to it, add something, and fit the budget."""
    tuning = material.tuning
    budget = tuning.max_answer_chars if budget is None else budget
    limit = tuning.max_sentences if limit is None else limit
    taken = list(taken or [])
    chosen: list[AnswerSentence] = []
    best = scored[0].score if scored else 0.0
    used = sum(len(s.text) for s in taken)
    # "Qui présentait… ?" answered by a speaker line: the other sentences quoted name people too
    people_only = bool(scored) and scored[0].typed and asks_who(material.analysis.question)
    said = normalise_for_match(material.analysis.answered_before)  # a follow-up's previous answer, read once
    for sentence in scored:
        if best <= 0 or sentence.score < tuning.second_share * best and chosen:
            break
        if chosen and sentence.conflict:
            continue  # a figure for another place or year than asked is not added to the answer
        if chosen and people_only and not sentence.typed:
            continue
        candidate = with_lead(material, sentence)
        if chosen and sentence.typed and said and (plain := normalise_for_match(candidate.text)) and plain in said:
            continue  # "et en Occitanie ?": France's figure, read in the answer before, is not said again
        if any(overlaps(candidate, other) for other in taken + chosen):
            # a table's second row asked: its header is quoted already, over the first; a sentence going on from
            # one chosen ("Il n'est pas encore déployé chez nous : …") reads after it
            goes_on = any(overlaps(candidate, other) for other in chosen)
            candidate = quote(material, sentence.row, [(sentence.start, sentence.end)])
            if not (goes_on or table_row(material, sentence)) or any(overlaps(candidate, other)
                                                                     for other in taken + chosen):
                continue
        if names_only(candidate.text) and material.analysis.kind != "list":
            continue  # a bare list of acronyms answers nothing that did not ask for a list
        if is_question(candidate.text):
            continue  # a question (a slide's title) answers nothing
        if is_english(candidate.text):
            continue  # the answer is quoted in French (an English line of this corpus is a reference)
        cost = len(candidate.text) - header_excess(material, sentence)
        if chosen and (used + cost > budget
                       or new_terms(candidate.text, [s.text for s in taken + chosen]) < tuning.min_new_terms):
            continue
        chosen.append(candidate)
        used += cost
        if len(chosen) == limit or (material.analysis.kind == "value" and len(chosen) == tuning.value_sentences):
            break
    return in_reading_order(chosen)


def with_siblings(material: Material, chosen: list[AnswerSentence]) -> list[AnswerSentence]:
    """Asked of each of several things ("combien de personnes interrogées à chaque vague ?"): the lines of the first
    sentence's passage that open as its line does, on the same word and another number ("Vague 1 (avant…) : …",
    "Vague 2 (après…) : …"), in the passage's order, instead of what else was chosen."""
    if not chosen or len(chosen[0].spans) != 1 or not _EACH.search(fold(material.analysis.question)):
        return chosen
    row = material.row_of(chosen[0].n)
    if row is None:
        return chosen
    text = material.text(row)
    start = chosen[0].spans[0][0]
    label = _NUMBERED_LABEL.match(text, text.rfind("\n", 0, start) + 1)
    if not label or not set(content_terms(label.group(1))) <= set(content_terms(material.analysis.question)):
        return chosen  # ("à chaque GEM ?" over "Article 1 …", "Article 2 …": the lines are not of what is asked)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
             if (same := _NUMBERED_LABEL.match(m.group())) and fold(same.group(1)) == fold(label.group(1))]
    if not 2 <= len(lines) <= MAX_SIBLINGS or not any(a <= start < b for a, b in lines):
        return chosen
    return [quote(material, row, [line]) for line in lines]


MAX_SIBLINGS = 6  # more lines opening alike are a list, which a list question asks
_EACH = re.compile(r"\b(?:chaque|chacun|chacune|each|respectivement|respectively)\b")
# a line opening on a word and its number: "Vague 1 (avant la campagne) : …", "Site 2 — …", "Phase II : …"
_NUMBERED_LABEL = re.compile(r"\s*([^\W\d_]{3,})\s+(?:\d{1,2}|[IVX]{1,4})\b(?![.,]\d)")


BRIDGE_MAX_CHARS = 120  # a short sentence between two quoted ones of a passage is quoted too, so that they read as one


def bridged(material: Material, chosen: list[AnswerSentence]) -> list[AnswerSentence]:
    """Two sentences quoted from one passage of speech with a single short sentence between them read as one quote,
    that sentence with them: "…, oui, ça dépanne." "Pour un entretien clinique, non." "Une application ne repère
    pas…" (a reply said in three sentences, the short one the answer). Written sentences side by side may speak of
    different things ("Le CMP est fermé en août."): they are not bridged."""
    out = list(chosen)
    i = 0
    while i < len(out):
        merged = False
        for j in range(i + 1, len(out)):
            a, b = out[i], out[j]
            if a.n != b.n or not a.spans or not b.spans:
                continue
            row = material.row_of(a.n)
            if row is None or not _spoken(material, row):
                continue
            first, second = (a, b) if a.spans[0] < b.spans[0] else (b, a)
            gap = _gap_sentence(material.text(row), first.spans[-1][1], second.spans[0][0])
            if gap is None:
                continue
            whole = quote(material, row, list(first.spans) + [gap] + list(second.spans))
            if _within(out[0], whole) and whole.spans[0] < out[0].spans[0] and not _opens_turn(whole.text):
                continue  # the best sentence is read first, unless the reply it ends starts with its speaker's name
            out = [whole if k == i else s for k, s in enumerate(out)
                   if k == i or not (k == j or _within(s, whole))]
            merged = True
            break
        if not merged:
            i += 1
    return out


def _spoken(material: Material, row: int) -> bool:
    """True for speech: a transcript's passage, or a text whose lines open on their speakers' names (an interview)."""
    passage = material.snap.passages[row]
    return passage.location.kind == "time" or any(_opens_turn(line) for line in passage.text.splitlines())


def _opens_turn(text: str) -> bool:
    """True for a quote opening on its speaker's name ("Agnès Rolland : Pour fixer…", "(Inès Ferhat) Ni l'un…")."""
    return bool(SPEAKER_LABEL.match(text) or _NAMED_IN_PARENTHESES.match(text))


_NAMED_IN_PARENTHESES = re.compile(r"\([A-ZÀ-ÖØ-Þ][^()\n]{1,60}\)\s")


def _within(sentence: AnswerSentence, whole: AnswerSentence) -> bool:
    """True when every span of `sentence` lies inside the quote `whole` of the same passage."""
    start, end = whole.spans[0][0], whole.spans[-1][1]
    return sentence.n == whole.n and bool(sentence.spans) and all(start <= a and b <= end for a, b in sentence.spans)


def _gap_sentence(text: str, end: int, start: int) -> tuple[int, int] | None:
    """The one short sentence between `end` and `start` of one line of prose, if exactly one stands there (not
    a slide's line, a list item or a table row: lines are not bridged)."""
    if start <= end or "\n" in text[end:start]:
        return None
    between = [s for s in sentence_spans(text) if s[0] >= end and s[1] <= start]
    if len(between) != 1 or between[0][1] - between[0][0] > BRIDGE_MAX_CHARS:
        return None
    a, b = between[0]
    return between[0] if not text[end:a].strip() and not text[b:start].strip() else None


def in_reading_order(sentences: list[AnswerSentence]) -> list[AnswerSentence]:
    """Keep the best sentence first, but put the sentences of one passage in the order they are written."""
    if len(sentences) < 2:
        return sentences
    first = sentences[0]
    rest = sorted(sentences[1:], key=lambda s: (s.n != first.n, s.n, s.spans[0] if s.spans else (0, 0)))
    if rest and rest[0].n == first.n and rest[0].spans and first.spans and rest[0].spans[0] < first.spans[0]:
        return [first] + rest  # a sentence written before the best one still comes after it
    return [first] + rest


_AND = re.compile(r"^\s*(?:et|and)\s+", re.I)
_YES_NO = re.compile(r"\w-(?:t-)?(?:il|elle|ils|elles|on)\b|\best-ce\b", re.I)  # "…, et peut-elle être reconduite ?"
LATER_ASK_WEIGHT = 2.0  # the words of a later ask ("…, et combien apporte l'ARS ?") weigh this much more for it


def answer_later_asks(material: Material, chosen: list[AnswerSentence]) -> list[AnswerSentence]:
    """For a question asking two things ("Quel est le budget du point écoute, et combien apporte l'ARS ?"), the
    sentences chosen and, when none of them answers a later ask (a value or a person it asks for, about what
    it names), the sentence that best does, after them."""
    if not chosen:
        return []
    out = list(chosen)
    analysis = material.analysis
    doc = material.snap.passages[material.row_of(chosen[0].n)].doc_id  # an ask is about what the first answer is about
    later = later_asks(analysis.question)
    # "Quand a démarré l'équipe, et combien d'ETP compte-t-elle ?": the first ask (a date) is one more to answer, and
    # its answer comes first
    first = first_ask(analysis.question)
    first_type = expected_type(f"{first} ?") if first else None
    # "Faut-il une ordonnance…, et l'adhésion coûte combien ?": the yes or no asked first is one more to answer
    # "Dans quels cas faut-il orienter…, et que faire si… ?": an open first ask too, when the later asks are open
    open_asks = bool(first) and has_question_word(first) and not any(expected_type(c) for c in later)
    asks = ([first] if first_type or (first and (asks_who(first) or asks_yes_or_no(f"{first} ?") or open_asks))
            else []) + later
    # "…combien en 2022 et combien en 2024 ?": each ask names its year, which is what it asks about, and an ask
    # without words of its own shares the other's subject
    asks_years = [_clause_years(clause, analysis.question) for clause in asks]
    dated = len(asks) > 1 and all(asks_years)
    english = is_english(analysis.question)  # its asks' own words are looked for in French
    shared = any(not _own_terms(clause, analysis.expansions, english) for clause in asks)
    # "PAEJ ça signifie quoi, et ça accueille quel âge ?": what is defined first is what the later asks are asked of,
    # whichever document says it
    defined = _names_given(first) if first and analysis.kind == "definition" else frozenset()
    for clause, clause_years in zip(asks, asks_years):
        own_years = clause_years - frozenset().union(
            *(y for other, y in zip(asks, asks_years) if other is not clause)) if dated else frozenset()
        # "…et date limite ?", "…et nombre de réunions ?": the value named after "et" is what it asks
        asked = first_type if clause is first else expected_type(_AND.sub("", clause))
        if asked is None and clause is not first and clause.rstrip().endswith("?") and (
                asks_where_things_stand(clause) or not has_question_word(clause) and not _YES_NO.search(clause)):
            # (not "… ? et merci pour votre aide")
            asked = analysis.answer_type  # "…? et l'an dernier à la même date ?", "…, et où en est-on en 2025 ?": the
            # same value, of another time
        if asked == "count" and analysis.answer_type == "amount" and (is_english(clause) or not counted_nouns(clause)):
            asked = "amount"  # "What is the budget…, and how much of it comes from the ARS?": money again
        own = _own_terms(clause, analysis.expansions, english) - type_words(asked)  # "…et quel est son numéro ?": any
        if asks_hour(clause):
            own -= HOUR_WORDS  # "…et à quelle heure ?": a time of day, of the first ask's subject
        who = asks_who(clause)
        if who:
            own -= ROLE_WORDS  # "…et quelle est sa fonction ?": the line introducing them, whatever its words
        if not (asked or who):
            # "…, et peut-elle être reconduite tacitement ?": the sentence that says it, unless one chosen does;
            # "…et comment ?" has no words of its own: what the sentences chosen say may answer it
            said = _saying(material, clause, out, doc, english, defined if clause is not first else frozenset())
            if said is not None and clause is first:
                out.insert(0, said)  # what was asked first
            elif clause is first and open_asks and (at := _said_by(clause, out, english)):
                out.insert(0, out.pop(at))  # quoted already, after what answers the later ask: first all the same
            elif said is not None:  # right after the sentence it goes on from, when that one is quoted
                before = [i for i, c in enumerate(out) if c.n == said.n and c.spans and said.spans
                          and c.spans[-1][1] <= said.spans[0][0]]
                out.insert(max(before) + 1 if before else len(out), said)
            continue
        terms = {t: w * (LATER_ASK_WEIGHT if t in own else 1.0) for t, w in analysis.terms.items()}
        relative = own_years if own_years and not years(clause) else None  # "…, et combien l'année d'avant ?"
        asking = replace(material, analysis=replace(analysis, question=clause, answer_type=asked,
                                                   kind="value" if asked else "open",
                                                   years=tuple(relative) if relative else analysis.years))
        scored = ranked_sentences(asking, terms)
        if asked == "count" and counted_nouns(clause):  # "combien de personnes accompagnées…": not "à trois mois"
            scored = [s if not s.typed or gives(asked, material.text(s.row)[s.start:s.end], clause)
                      else replace(s, typed=False) for s in scored]
        # an ask without words of its own ("…, c'est quels soirs et à quelle heure ?") asks of the first one's subject:
        # a sentence naming it, in the document answered from if it has one, else in another
        subject = (_own_terms(first, analysis.expansions, english) - type_words(first_type)) if (
            first and clause is not first and not own and not own_years) else frozenset()
        # "…en janvier 2026 et combien en avril ?": the same value at another month, said then (a meeting of April)
        months = _months(clause) - frozenset().union(*(_months(other) for other in asks if other is not clause))
        if months and clause is not first and asked:
            then = next((s for s in scored if s.typed and s.score >= MONTH_SHARE * scored[0].score
                         and _of_months(material, s, months)), None) if scored else None
            if then is not None and not any(overlaps(with_lead(asking, then), c) for c in out):
                out.append(with_lead(asking, then))
                continue
        if _answered(asking, scored, out, own or subject, own_years, doc, shared, explicit=clause is not first):
            at = _answering(asking, scored, out, own, own_years, shared) if clause is first and first_type else None
            if at:  # the first ask's answer, chosen for the later one's words, comes first all the same
                out.insert(0, out.pop(at))
            continue
        fitting = [s for s in scored if s.typed and _names(material, s, own, own_years, shared) and (
            not subject or subject & window_terms(material.text(s.row)[s.start:s.end]))]
        if own_years and clause is not first:  # (as in _answered)
            fitting = [s for s in fitting if own_years <= years(read_with_header(material, s))] or fitting
        given = defined if clause is not first else frozenset()
        best = next((s for s in fitting if material.snap.passages[s.row].doc_id == doc), None) or next(
            (s for s in fitting if given & window_terms(material.text(s.row))), None) or (
            fitting[0] if subject and fitting else None)  # (another document's passage naming what is asked of)
        if best is not None:
            # what another document says of it was chosen for want of this one's ("…la Caravelle + montant ARS ?":
            # the ARS's part of another budget)
            out = [c for i, c in enumerate(out) if i == 0 or not own & window_terms(c.text)
                   or material.snap.passages[material.row_of(c.n)].doc_id == doc]
            # (someone asked first, "Qui préside…, et depuis quand… ?": after what the sentences chosen say)
            out.insert(0 if clause is first and first_type else len(out), with_lead(asking, best))
    named = capitalised_terms(analysis.question) if asks_where_too(analysis.question) else None
    if named is not None and not any(_places_it(c.text, named) for c in out):
        venue = _where(material, out, doc, named)
        if venue is not None:
            out.append(venue)
    return out


def _clause_years(clause: str, question: str) -> frozenset[str]:
    """The years an ask names, or the one it names from the question's only year ("…en 2025, et combien l'année
    d'avant ?" -> 2024)."""
    named = years(clause)
    relative = _RELATIVE_YEAR.search(fold(clause))
    asked = years(question)
    if named or not relative or len(asked) != 1:
        return named
    return frozenset({str(int(next(iter(asked))) + (-1 if relative.group(1) else 1))})


_RELATIVE_YEAR = re.compile(r"\b(?:(l'annee (?:d'avant|precedente|derniere)|l'an (?:dernier|passe)|un an plus tot)|"
                            r"l'annee (?:d'apres|suivante)|un an plus tard)\b")


def _places_it(text: str, named: frozenset[str]) -> bool:
    """True when a sentence names a place and, if the question names what is asked of with capitals (`named`: "le
    groupe Paysans Debout de Mourèze-les-Bois"), one of those words at least: not another group's meeting place."""
    return says_where(text) and (not named or bool(named & window_terms(text)))


WHERE_SHARE = 0.3  # of the best sentence's score: the sentence naming where, asked with when
_PLACE_LABEL = re.compile(r"\s*(?:O[ùu]|Lieux?|Adresse)\s*:\s*\S")  # "Où : Collège des Salines, gymnase"


def _where(material: Material, chosen: list[AnswerSentence], doc: str, named: frozenset[str]) -> AnswerSentence | None:
    """For a question asking when and where ("Où et quand se réunit le groupe… ?"), the best sentence of the
    document answered from that names the place ("…, salle de l'ancienne coopérative, rue du Foirail."), when none
    chosen does."""
    asking = replace(material, analysis=replace(material.analysis, answer_type=None, kind="open"))  # no date needed
    scored = ranked_sentences(asking)
    best = scored[0].score if scored else 0.0
    quoted = {material.row_of(c.n) for c in chosen}  # a place on the slide or card the date was read from is its place
    for s in scored:
        if s.score < WHERE_SHARE * best:
            break
        text = material.text(s.row)[s.start:s.end]
        if material.snap.passages[s.row].doc_id == doc and (
                _places_it(text, named) or s.row in quoted and _PLACE_LABEL.match(text)):
            said = with_lead(asking, s)
            return None if any(overlaps(said, c) for c in chosen) else said
    return None


MONTH_SHARE = 0.4  # a sentence of the month a later ask names answers it when it scores this share of the best


def _months(clause: str) -> frozenset[str]:
    """The months a clause names ("…et combien en avril ?" -> {"avril"}), folded."""
    return frozenset(MONTH_WORD.findall(fold(clause)))


def _of_months(material: Material, sentence: ScoredSentence, months: frozenset[str]) -> bool:
    """True when a sentence is of one of those months: it names it, or it names none and its document is dated then."""
    said = _months(read_with_header(material, sentence))
    if said:
        return bool(said & months)
    meta = material.snap.documents.get(material.snap.passages[sentence.row].doc_id)
    month = (meta.date or "")[5:7] if meta else ""
    return month.isdigit() and FOLDED_MONTHS[int(month) - 1] in months


HOUR_WORDS = frozenset(content_terms("heure heures horaire horaires"))
SAID_SHARE = 0.6  # a yes or no asked later is said by a sentence holding this share of its own words


def _said_by(clause: str, chosen: list[AnswerSentence], english: bool = False) -> int | None:
    """The place of the first chosen sentence that holds what an ask says (SAID_SHARE of its own words), or None."""
    own = _said_terms(clause, english)
    return next((i for i, s in enumerate(chosen) if own and len(own & window_terms(s.text)) >= SAID_SHARE * len(own)),
                None)


def _said_terms(clause: str, english: bool = False) -> frozenset[str]:
    """An ask's own words as written (an acronym counts once, not with its long form; "peut", "elle" are none); asked
    in English, the French words they translate to."""
    acronyms = {fold(w) for w in cased_words(clause) if is_acronym(w)}
    read = in_french(clause)[0] if english else clause
    return frozenset(t for t in content_terms(read) if not t.isdigit() and (len(t) > 3 or t in acronyms))


def _names_given(first: str) -> frozenset[str]:
    """The terms of the acronyms and names a first ask gives ("PAEJ ça signifie quoi" -> paej): what a later ask
    asks about, whichever document says it."""
    words_ = cased_words(first)
    return frozenset(content_terms(" ".join(w for i, w in enumerate(words_)
                                            if is_acronym(w) or i and w[:1].isupper())))


def _saying(material: Material, clause: str, chosen: list[AnswerSentence], doc: str,
            english: bool = False, subject: frozenset[str] = frozenset()) -> AnswerSentence | None:
    """The sentence of the document answered from that says what a later yes-or-no ask asks ("…, et peut-elle être
    reconduite tacitement ?": "Elle ne peut pas être reconduite tacitement."), when no sentence chosen does; or of
    another document's passage naming the first ask's `subject` ("PAEJ ça signifie quoi, et ça accueille quel
    âge ?": the webinar's "On accueille les jeunes de onze à vingt-cinq ans", of the PAEJ)."""
    own = _said_terms(clause, english)
    if not own:
        return None
    need = SAID_SHARE * len(own)
    if any(len(own & window_terms(s.text)) >= need for s in chosen):
        return None
    ends = {(material.row_of(c.n), c.spans[-1][1]) for c in chosen if c.spans}
    asking = replace(material, analysis=replace(material.analysis, question=clause, answer_type=None, kind="open"))
    terms = {t: (LATER_ASK_WEIGHT if t in own else 1.0) * w for t, w in material.analysis.terms.items()}
    for s in ranked_sentences(asking, terms):
        text = material.text(s.row)[s.start:s.end]
        # one word of its own ("…, et comment est-il versé ?") is enough only in the sentence right after one chosen
        next_to = any(row == s.row and 0 <= s.start - end <= 3 for row, end in ends)
        held = len(own & window_terms(text))
        of_it = material.snap.passages[s.row].doc_id == doc or bool(subject & window_terms(material.text(s.row)))
        if of_it and ((held >= need and len(own) >= 2) or (held and next_to)):
            said = with_lead(asking, s)
            if any(overlaps(said, c) for c in chosen):  # "Elle ne peut pas…" after its lead, already quoted
                said = quote(asking, s.row, [(s.start, s.end)])
            return None if any(overlaps(said, c) for c in chosen) else said
    return None


LONG_FORM_HEAD = 2  # the words of an acronym's long form that say what it is ("quartier prioritaire", "agence régionale")


def _own_terms(clause: str, expansions: dict[str, list[str]], english: bool = False) -> frozenset[str]:
    """The terms of what a later ask is about, with the long forms of its acronyms ("l'ARS": "agence régionale de
    santé") and, asked in English, the French words its own translate to ("walk-in": "sans rendez-vous"); not a
    year, nor a year said from another ("l'année d'avant": when, not what)."""
    said = {fold(w) for w in words(clause)}
    # a long form by its head ("quartier prioritaire" of "…de la politique de la ville": not any line saying "ville")
    named = {t for acronym, forms in expansions.items() if fold(acronym) in said for form in forms
             for t in content_terms(form)[:LONG_FORM_HEAD]}
    translated = [in_french(clause)[0]] if english else []
    when = {t for m in _RELATIVE_YEAR.finditer(fold(clause)) for t in content_terms(m.group(0))}
    own = {t for text in [clause, *translated] for t in content_terms(text)} | named
    return frozenset(t for t in own if not t.isdigit() and t not in when)


def _names(material: Material, sentence: ScoredSentence, own: frozenset[str], own_years: frozenset[str],
           shared: bool = False) -> bool:
    """True when a sentence names what an ask is about: the years it alone names (a sentence without a year is of
    its document's year), and one of its own words (any, when it has none), unless an ask shares its subject with
    the other ("…combien en 2022 et combien en 2024 ?": the years alone tell them apart)."""
    text = read_with_header(material, sentence)  # a table's row is of the years its header names
    if own_years:
        meta = material.snap.documents.get(material.snap.passages[sentence.row].doc_id)
        if not own_years <= (years(text) or {(meta.date or "")[:4] if meta else ""}):
            return False
        if shared:
            return True
    return not own or bool(own & window_terms(text))


def _answered(asking: Material, scored: list[ScoredSentence], chosen: list[AnswerSentence],
              own: frozenset[str], own_years: frozenset[str] = frozenset(), doc: str | None = None,
              shared: bool = False, explicit: bool = False) -> bool:
    """True when a sentence chosen answers the ask: it holds what is asked (a value, a person), and the ask's
    own words ("…combien apporte l'ARS ?": "ARS") when the passages hold them at all, in the document the first
    answer is from when it holds them ("…la Caravelle + montant ARS ?": the ARS's part of the Caravelle)."""
    typed = [s for s in scored if s.typed]
    answering = [s for s in typed if _quoted_in(asking, s, chosen) is not None]
    spoken = [s for s in typed if (own or own_years) and _names(asking, s, own, own_years, shared)]
    spoken = [s for s in spoken if asking.snap.passages[s.row].doc_id == doc] or spoken
    # a later ask, "…en 2023, et où en est-on en 2025 ?": a sentence saying "en 2025" answers it, not one of the
    # year its document was written (`explicit`; the first ask's answer was chosen for the places and years it names)
    if explicit and own_years:
        spoken = [s for s in spoken if own_years <= years(read_with_header(asking, s))] or spoken
    if not spoken:
        return bool(answering) or not typed  # no typed sentence names it: nothing better to add
    return any(s in spoken for s in answering)


def _answering(asking: Material, scored: list[ScoredSentence], chosen: list[AnswerSentence],
               own: frozenset[str], own_years: frozenset[str] = frozenset(), shared: bool = False) -> int | None:
    """Where, among the sentences chosen, the first one that holds what the ask wants and its own words is."""
    held = [_quoted_in(asking, s, chosen) for s in scored
            if s.typed and (own or own_years) and _names(asking, s, own, own_years, shared)]
    return min((i for i in held if i is not None), default=None)


def _quoted_in(asking: Material, sentence: ScoredSentence, chosen: list[AnswerSentence]) -> int | None:
    """The index of the chosen sentence that quotes `sentence`, None when none does."""
    return next((i for i, c in enumerate(chosen) if asking.row_of(c.n) == sentence.row
                 and any(a <= sentence.start and sentence.end <= b for a, b in c.spans)), None)
