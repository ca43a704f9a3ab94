"""Hybrid retrieval: weighted lexical + dense fusion, filters, a second look at the best candidates by their
sentences, comparison sides, continuations, near-duplicate removal, and the key notions the corpus lacks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from assistant.config import Settings, Tuning
from assistant.models import DocumentMeta, Filters, SearchHit, Turn
from assistant.search.analyse import TITLE_ARTICLES, NamePhrase, QueryAnalysis, analyse, key_notions, quoted_names
from assistant.search.answer_types import (asks_yes_or_no, awaited_term, counted_term, existing_terms, holds, type_words,
                                           measured_term, names_one_of, offered_terms, priced_term, qualifying_terms,
                                           subject_terms)
from assistant.search.casing import corpus_cased
from assistant.search.constraints import places, reference_agreement, references
from assistant.search.related_words import related_terms, word_family
from assistant.search.fusion import FUSIONS
from assistant.search.familiar_words import formal_terms
from assistant.search.definitions import definition_strength_in
from assistant.search.english_words import french_words
from assistant.search.metadata import DOCUMENT_TERMS, KIND_TERMS, document_scores, names_a_document, naming_phrase
from assistant.search.sentence_scores import (asks_who, asks_who_spoke, english_share, is_contents_page,
                                              names_holder, naming_terms, says_who, score_sentences)
from assistant.search.series import numbered_series
from assistant.sentences import announces_list, points_back
from assistant.store.embedder import Embedder
from assistant.store.snapshot import Snapshot
from assistant.text import (LEADING_ARTICLE, content_terms, fold, is_acronym, is_english, is_stopword, normalise_for_match,
                            sentence_terms, split_sentences, term_set, window_terms)

# The constants that change results are settings: `settings.tuning` (config.py, `Tuning`).
BUILD_DISTANCE = 1  # passages apart in a document that may be builds of one slide
# A slide of a few words ("Des hospitalisations pour tentative de suicide majoritairement féminines") shares
# most of them with a fuller slide by chance: it is a repeat only of its own builds.
FEW_TERMS = 8


@dataclass(frozen=True)
class RetrievalResult:
    """Ranked hits for a question, with the analysis and the evidence strength behind them."""

    hits: list[SearchHit]
    analysis: QueryAnalysis
    evidence: float
    sides: tuple[tuple[SearchHit, ...], ...] = ()
    query_vec: np.ndarray | None = None
    missing: tuple[str, ...] = ()  # key notions of the question the corpus never mentions ("PSSM", "Bretagne")


def _allowed(snap: Snapshot, filters: Filters) -> np.ndarray | None:
    if filters.is_empty():
        return None
    accepted = {d for d, meta in snap.documents.items() if filters.accepts(meta)}
    return snap.doc_mask(accepted)


def _scores(snap: Snapshot, query_vec: np.ndarray | None, terms: dict[str, float],
            allowed: np.ndarray | None, settings: Settings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(candidate rows, lexical scores, dense cosines) for a set of weighted terms."""
    per_term, weights = snap.lexical.term_scores(terms)
    per_term = spread_to_context(per_term, snap, settings.page_weight, settings.neighbour_weight,
                                 settings.neighbour_next_share)
    # numpy 2 with OpenBLAS may warn "invalid value encountered in matmul" on finite input (numpy#28967, seen once
    # here); the scores are checked instead: a NaN would otherwise empty the ranking silently.
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        lexical = np.nan_to_num(per_term @ weights, nan=0.0, posinf=0.0, neginf=0.0)
    if allowed is not None:
        lexical = np.where(allowed, lexical, 0.0)
    n = len(snap.passages)
    if query_vec is None or snap.vectors is None:
        rows = np.arange(n)
        return rows, lexical, np.zeros(n, dtype=np.float32)
    if snap.vectors.kind == "flat":
        rows = np.arange(n)
        dense = snap.vectors.vectors @ query_vec
    else:
        candidates = settings.tuning.candidates
        lex_top = np.argpartition(-lexical, min(candidates, n - 1))[:candidates]
        dense_rows, _ = snap.vectors.search(query_vec, candidates * (1 if allowed is None else 4))
        rows = np.unique(np.concatenate([lex_top, dense_rows]))
        lexical = lexical[rows]
        dense = snap.vectors.cosines(query_vec, rows)
    if allowed is not None:
        keep = allowed[rows]
        rows, lexical, dense = rows[keep], lexical[keep], dense[keep]
    return rows, lexical, dense


def spread_to_context(scores: np.ndarray, snap: Snapshot, page_weight: float,
                      neighbour_weight: float, next_share: float = 0.0) -> np.ndarray:
    """Let a passage borrow, word by word, from its context: for each of the question's words it keeps
    the better of its own score and a share of the best score of the other passages cut from the same
    page or slide, and of the passage just before it in the same document (a list after its heading, a
    slide continuing the previous one); `next_share` of that share also from the passage after.

    `scores` holds one column per query word (or is one column). Borrowing per word fills in the words
    a continuation lacks, without letting it outrank, on the words it shares, the passage it continues.
    """
    if not len(scores) or not (page_weight or neighbour_weight):
        return scores
    matrix = scores[:, None] if scores.ndim == 1 else scores
    out = matrix.copy()
    n = len(matrix)
    scored = np.flatnonzero(matrix.any(axis=1))  # only these can lend; the work stays proportional
    if page_weight and snap.page_starts.size < n and scored.size:  # some page was cut in several passages
        pages, slot = np.unique(snap.page_of_row[scored], return_inverse=True)
        best = np.zeros((len(pages), matrix.shape[1]), dtype=matrix.dtype)
        np.maximum.at(best, slot, matrix[scored])
        starts = snap.page_starts[pages]
        sizes = np.r_[snap.page_starts[1:], n][pages] - starts
        rows = np.repeat(starts - np.cumsum(sizes) + sizes, sizes) + np.arange(sizes.sum())
        out[rows] = np.maximum(out[rows], page_weight * np.repeat(best, sizes, axis=0))
    if neighbour_weight and scored.size:
        nxt = scored + 1
        keep = nxt < n
        keep[keep] = snap.same_doc_as_previous[nxt[keep]]
        out[nxt[keep]] = np.maximum(out[nxt[keep]], neighbour_weight * matrix[scored[keep]])
        if next_share:
            prev = scored - 1
            keep = (prev >= 0) & snap.same_doc_as_previous[scored]
            out[prev[keep]] = np.maximum(out[prev[keep]], neighbour_weight * next_share * matrix[scored[keep]])
    return out[:, 0] if scores.ndim == 1 else out


def vocabulary_coverage(snap: Snapshot, terms: dict[str, float]) -> float:
    """Idf-weighted share of the typed terms the corpus knows at all: low for a question asked in another
    language or in words the corpus never uses, where the lexical side has little to say."""
    typed = [t for t, w in terms.items() if w >= 1.0]
    if not typed:
        return 1.0
    idf = [snap.lexical.term_idf(t) for t in typed]
    known = sum(v for t, v in zip(typed, idf) if t in snap.lexical.vocab)
    return known / (sum(idf) or 1.0)


def _rank(snap, query_vec, terms, allowed, settings, answer_type: str | None = None,
          analysis: QueryAnalysis | None = None) -> list[SearchHit]:
    rows, lexical, dense = _scores(snap, query_vec, terms, allowed, settings)
    if rows.size == 0:
        return []
    tuning = settings.tuning
    dense_weight = settings.dense_weight if query_vec is not None else 0.0
    if dense_weight and settings.adaptive_dense:
        # The dense side weighs more when the lexical side only sees part of the question, or when the
        # question is in English (only its names and the words the English lexicon translates are looked up).
        dense_weight /= max(vocabulary_coverage(snap, terms), tuning.min_coverage)
        if analysis is not None and is_english(analysis.question):
            dense_weight = max(dense_weight, tuning.english_dense_weight)
    fused = FUSIONS[settings.fusion](lexical, dense, dense_weight)
    if analysis is not None and analysis.named:
        # The documents the question names ("selon le support de l'ARS…"): a soft filter.
        fused = fused + settings.metadata_weight * np.array(
            [analysis.named.get(snap.passages[r].doc_id, 0.0) for r in rows], dtype=fused.dtype)
    order = np.argsort(-fused, kind="stable")[: tuning.candidates]
    typed = bool(answer_type and settings.answer_type_weight)
    by_sentence = bool(settings.sentence_weight and analysis is not None)
    if settings.focus_weight or typed or by_sentence:
        # Second look at the best candidates: are the question's words together, is the answer there?
        head = order[:tuning.second_look]
        weights = {t: w * snap.lexical.term_idf(t) for t, w in terms.items()}
        texts = [snap.passages[rows[i]].text for i in head]
        fused = fused.copy()
        if settings.focus_weight:
            fused[head] += settings.focus_weight * np.array(
                [focus(text, weights, settings.focus_sentences) for text in texts])
        if typed:
            fused[head] += settings.answer_type_weight * np.array([holds(answer_type, text) for text in texts])
        elif analysis is not None and settings.answer_type_weight:  # a choice, or who spoke at the event
            spoke, who = asks_who_spoke(analysis.question), asks_who(analysis.question)
            if analysis.alternatives or who:
                metas = [snap.documents.get(snap.passages[rows[i]].doc_id) for i in head]
                fused[head] += settings.answer_type_weight * np.array(
                    [names_one_of(text, analysis.alternatives) or (spoke and says_who(text, meta, spoke))
                     or (who and names_holder(text, terms))  # "Qui est la référente…": "Référente : Léa Cattin"
                     for text, meta in zip(texts, metas)], dtype=fused.dtype)
        if by_sentence:
            fused[head] += settings.sentence_weight * best_sentences(snap, analysis, query_vec, rows[head], terms,
                                                                     tuning)
        if analysis is not None and analysis.target:
            # "Que veut dire ASV ?": the slide that spells it out, not the quiz slide that only lists it
            fused[head] += tuning.definition_weight * np.array(
                [definition_strength_in(text, analysis.target, snap.glossary) for text in texts])
        referred = references(analysis.question) if analysis is not None else frozenset()
        if referred:
            # "la délibération n° 2025-03": the passage that names it, not its neighbours 2025-04 and 2025-01
            fused[head] += tuning.reference_weight * np.array(
                [_names_reference(referred, snap.passages[rows[i]].context, text) for i, text in zip(head, texts)],
                dtype=fused.dtype)
        # A table of contents names every topic and answers none; English references answer nobody here.
        fused[head] -= tuning.contents_penalty * np.array([max(float(is_contents_page(text)), english_share(text))
                                                    for text in texts])
        order = np.concatenate([head[np.argsort(-fused[head], kind="stable")], order[tuning.second_look:]])
    return [
        SearchHit(snap.passages[rows[i]], float(fused[i]), float(lexical[i]), float(dense[i]))
        for i in order
    ]


def best_sentences(snap: Snapshot, analysis: QueryAnalysis, query_vec: np.ndarray | None, rows: np.ndarray,
                   terms: dict[str, float], tuning: Tuning | None = None) -> np.ndarray:
    """For each passage, the score of its sentence that best answers the question (sentence_scores.py),
    scaled by the best of these passages': the passage that states the answer in one place comes first."""
    best = np.zeros(len(rows), dtype=np.float32)
    position = {int(row): i for i, row in enumerate(rows)}
    for sentence in score_sentences(snap, analysis, query_vec, [int(r) for r in rows], terms, tuning):
        i = position[sentence.row]
        best[i] = max(best[i], sentence.score)
    top = float(best.max(initial=0.0))
    return best / top if top > 0 else best


def focus(text: str, weights: dict[str, float], sentences: int) -> float:
    """Share of the question's (idf-weighted) terms found together within `sentences` consecutive
    sentences of the passage: high when the answer is stated in one place, not scattered."""
    total = sum(weights.values())
    if not total:
        return 0.0
    sets = sentence_terms(text)
    best = 0.0
    for i in range(len(sets)):
        window = frozenset().union(*sets[i:i + sentences])
        best = max(best, sum(w for t, w in weights.items() if t in window))
    return best / total


def _is_build_of(a: SearchHit, b: SearchHit, snap: Snapshot) -> bool:
    """True when two passages are close in the same document (slide builds, a page cut in two)."""
    if a.passage.doc_id != b.passage.doc_id:
        return False
    ra, rb = snap.row_of(a.passage.id), snap.row_of(b.passage.id)
    return ra is not None and rb is not None and abs(ra - rb) <= BUILD_DISTANCE


def _diversify(hits: list[SearchHit], k: int, snap: Snapshot, near_duplicate: float) -> list[SearchHit]:
    """Drop hits whose terms mostly repeat a better-ranked hit's (slide builds, repeated definitions).

    A lower hit is dropped when nearly all its terms are in a kept hit. When instead a kept hit is nearly
    contained in a lower one close to it in the same document (an earlier build of the same slide), the
    fuller version takes its place and rank. A long passage elsewhere that merely contains a short
    one's words is a different passage and is kept."""
    kept: list[SearchHit] = []
    kept_terms: list[set[str]] = []
    for hit in hits:
        terms = term_set(hit.passage.text)
        dropped = False
        for i, other in enumerate(kept_terms):
            shared = len(terms & other)
            if shared >= near_duplicate * max(1, len(terms)) and (
                    len(terms) >= FEW_TERMS or _is_build_of(hit, kept[i], snap)):
                dropped = True  # adds (almost) nothing to a better hit
                break
            if shared >= near_duplicate * max(1, len(other)) and _is_build_of(hit, kept[i], snap):
                kept[i] = SearchHit(hit.passage, kept[i].score, hit.lexical, hit.dense)
                kept_terms[i] = terms
                dropped = True
                break
        if dropped:
            continue
        if len(kept) == k:
            break
        kept.append(hit)
        kept_terms.append(terms)
    return kept


def _interleave(main: list[SearchHit], sides: list[list[SearchHit]], k: int) -> list[SearchHit]:
    """The question's best hit first (often where both sides meet), then each side in turn gives its
    best hit not yet shown, so both sides are in the top results; the main ranking fills the rest."""
    out: list[SearchHit] = main[:1]
    seen = {hit.passage.id for hit in out}
    cursors = [0] * len(sides)
    while len(out) < k:
        added = False
        for i, ranking in enumerate(sides):
            while cursors[i] < len(ranking) and ranking[cursors[i]].passage.id in seen:
                cursors[i] += 1
            if cursors[i] < len(ranking) and len(out) < k:
                out.append(ranking[cursors[i]])
                seen.add(ranking[cursors[i]].passage.id)
                added = True
        if not added:
            break
    out += [hit for hit in main if hit.passage.id not in seen][: k - len(out)]
    return out


# A passage that opens on "Cependant, …", "De plus, …" or "Ceux-ci…" goes on from the one before it.
_GOES_ON = re.compile(r"(?:cependant|mais|toutefois|en revanche|néanmoins|par ailleurs|de plus|en outre|"
                      r"d'autre part|however|moreover)\b", re.I)


def with_continuation(ranked: list[SearchHit], snap: Snapshot) -> list[SearchHit]:
    """The best hit followed by the passage that continues it, when that one opens on a connective or a
    word pointing back ("Cependant, le CLSM représente une plus-value…" after "Ce qui importe…"), or when
    the best hit ends on a line announcing what follows ("…un fonctionnement en 3 niveaux :")."""
    if not ranked:
        return ranked
    row = snap.row_of(ranked[0].passage.id)
    if row is None or row + 1 >= len(snap.passages) or not snap.same_doc_as_previous[row + 1]:
        return ranked
    nxt = snap.passages[row + 1]
    opening = nxt.text.lstrip(" -•\n")
    if not (announces_list(ranked[0].passage.text, nxt.text) or _GOES_ON.match(opening) or points_back(opening)):
        return ranked
    rest = [h for h in ranked[1:] if h.passage.id != nxt.id]
    found = next((h for h in ranked if h.passage.id == nxt.id), None)
    follow = found or SearchHit(nxt, ranked[0].score, 0.0, 0.0)
    return [ranked[0], follow] + rest


SERIES_HITS = 3  # a list question: the best hits looked at for a numbered series running over passages


def with_series(ranked: list[SearchHit], snap: Snapshot) -> list[SearchHit]:
    """For a question asking for a list: the first of the best hits that takes part in a numbered series
    running over several passages ("1er enjeu…" p. 14, "2e enjeu…" p. 16) is followed by the series' other
    passages, in order, so that the whole list can be cited."""
    for i, hit in enumerate(ranked[:SERIES_HITS]):
        row = snap.row_of(hit.passage.id)
        series_rows = sorted({r for r, _ in numbered_series(snap, row)}) if row is not None else []
        if len(series_rows) < 2:
            continue
        by_id = {h.passage.id: h for h in ranked}
        members = [by_id.get(snap.passages[r].id) or SearchHit(snap.passages[r], hit.score, 0.0, 0.0)
                   for r in series_rows]
        ids = {m.passage.id for m in members}
        return ranked[:i] + members + [h for h in ranked[i:] if h.passage.id not in ids]
    return ranked


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Dr|Dre|Docteur|Pr)\.?\s+(?=\S)")


def missing_notions(question: str, snap: Snapshot) -> tuple[str, ...]:
    """The question's key notions (acronyms, names written with a capital, regions, quoted names) that no
    passage holds whole: a question about "PSSM", "Bretagne" or "Mon soutien psy" is not answered from
    its generic words. A name of several words must have all of them in one passage."""
    out = []
    notions = key_notions(question)
    told = _TOLD.match(question)  # "J'habite Saint-Vivien-sur-Mer : est-ce que je peux m'inscrire… ?"
    if told:  # a place or a name the person tells of their situation is not what they ask about
        asked = question[told.end():]
        notions = [n for n in notions if n in asked]
    for notion in notions:
        if _written_out_in_corpus(snap, notion):
            continue  # "le GT du CLSM": the documents write "groupe de travail" in full
        if isinstance(notion, NamePhrase) and proper_noun_in_corpus(snap, notion.head):
            continue  # "Amiens mène-t-elle": the name is "Amiens", which the corpus knows
        # a person's title is written many ways ("Mr André", "M. André", "Monsieur André"): their name is the notion
        named = _HONORIFIC.sub("", notion) or notion
        terms = [t for t in content_terms(named) if not t.isdigit()]
        if not terms or notion in snap.glossary.entries or named_in_corpus(snap, named, terms):
            continue
        # as the corpus may write it: "St-Vaast"; "Les Courtils" as "aux Courtils"
        spellings = {_SAINT_LONG.sub(lambda m: "St" if m.group(1) == "Saint" else "Ste", notion),
                     LEADING_ARTICLE.sub("", notion)} - {notion}
        if any(named_in_corpus(snap, s, [t for t in content_terms(s) if not t.isdigit()]) for s in spellings):
            continue
        if as_the_corpus_names(snap, notion) != notion:
            continue  # "Un chez-soi d'abord suivait combien…": the name the corpus writes, then the question's verb
        if notion[:1].islower() and _said_otherwise(snap, notion, terms):
            continue  # quoted words the corpus says in another form: "« tiennent debout »", "ce qui tient debout"
        if any(set(terms) <= set(content_terms(name)) for meta in snap.documents.values()
               for name in (*meta.speakers, *meta.organisers, meta.event or "", meta.title)):
            continue  # "Selon la Dre Rohou…": a speaker the catalog names, whose name the transcript never says;
            # "le diaporama des Rencontres régionales": the event the catalog says it was shown at
        translated = french_words(notion) if is_english(question) else ()
        if translated and all(known_term(snap, t) for f in translated for t in content_terms(f[0])):
            continue  # "on Thursdays": a word the lexicon translates, the corpus writing it in French ("jeudi")
        regions = places(notion)
        if regions and all(named_in_corpus(snap, r, list(content_terms(r))) for r in regions):
            continue  # "Brittany": the corpus writes "Bretagne"
        parts = JOINED_NAMES.split(notion)
        if len(parts) > 1 and all((is_acronym(p) or places(p)) and named_in_corpus(snap, p, list(content_terms(p)))
                                  for p in parts):
            continue  # "Occitanie du CCOMS": an acronym and a region the corpus knows, asked together
        if len(parts) > 1 and any(is_acronym(p) for p in parts) and all(
                named_in_corpus(snap, p, list(content_terms(p))) for p in parts) and \
                snap.lexical.rows_with_all([t for p in parts for t in content_terms(p) if not t.isdigit()]):
            continue  # "la CCAPEX de la Gironde": "En Gironde, … la CCAPEX" in one passage
        if len(parts) > 1 and _titled_by_parts(snap, parts):
            continue  # "le groupe Aînés de Cambrevast": a title "Groupe « Aînés, … » du CLSM de Cambrevast"
        spelled = {fold(acro): forms for acro, forms in snap.glossary.entries.items() if fold(acro) in terms}
        # the acronym written out, the rest of the notion still a word of the corpus ("CLSM de Dolmont": no
        # conseil local answers for a town the corpus never names)
        if any(named_in_corpus(snap, f, list(content_terms(f))) for forms in spelled.values() for f in forms) and all(
                _written_in_corpus(snap, t) for t in terms if t not in spelled):
            continue
        if len(terms) == 1 and any(t in snap.lexical.vocab for t in related_terms(frozenset(terms))):
            continue  # "HLM": the corpus says "bailleurs"
        out.append(notion)
    if out and is_english(question) and len(out) < len(notions):
        # "the WHO collaborating centre (CCOMS)": an English name the French corpus writes otherwise; a name
        # quoted as written ("the « Un chez-soi d'abord » programme") is no translation
        quoted = quoted_names(question)
        out = [n for n in out if n in quoted]
    counted = counted_term(question)
    if counted in _value_terms("count", question):
        counted = None  # "combien de monde": people, whatever the documents call them
    if counted and not _known_as_spelled(snap, counted):
        out.append(counted)  # "Combien de secouristes…": what is counted is the key notion ("apels" is "appels")
    elif counted:
        # "Combien de téléconsultations de pédopsychiatrie…", "combien de logements vacants…": what qualifies it too
        out += [t for t in qualifying_terms(question) if not _known_as_spelled(snap, t)]
    # "…propose-t-il des séances d'hypnose ?": a service no document names is not confirmed
    out += [t for t in offered_terms(question) if not known_term(snap, t)]
    if asks_yes_or_no(question) and not is_english(question):
        # "Y a-t-il un groupe … pour les parents d'enfants autistes ?": a corpus that never says "autistes" cannot
        # confirm such a group exists (a word misspelt one letter away is the corpus's)
        out += [t for t in existing_terms(question) if not _known_as_spelled(snap, t)]
    subject = subject_terms(question)
    if len(subject) >= SUBJECT_TERMS and not _said_together(snap, subject):
        # "La maison des adolescents de Montclavel est-elle associée… ?": no document speaks of such a house
        out.append(" ".join(subject))
    priced = priced_term(question)
    if priced and not known_term(snap, priced):
        out.append(priced)  # "c'est quoi le salaire d'un agent… ?": no document says what anyone is paid
    awaited = awaited_term(question)
    if awaited and not known_term(snap, awaited):
        out.append(awaited)  # "Combien de temps pour avoir un orthophoniste ?": no document speaks of one
    measured = measured_term(question)
    if measured and not known_term(snap, measured):
        out.append(measured)  # "le taux de chômage à La Brèche ?": no document measures unemployment
    out += [f"{label} {number}" for label, number in references(question) if not _part_named(snap, label, number)]
    return tuple(out)


def as_the_corpus_names(snap: Snapshot, notion: str) -> str:
    """A name opening on an article cut where the corpus's name ends ("Un chez-soi d'abord suivait" -> "Un chez-soi
    d'abord": the question's verb after it), three words at least; else the notion itself."""
    words = notion.split()
    if words[0] not in TITLE_ARTICLES:
        return notion
    for k in range(len(words) - 1, 2, -1):
        name = " ".join(words[:k])
        if named_in_corpus(snap, name, [t for t in content_terms(name) if not t.isdigit()]):
            return name
    return notion


# A situation told in the first person before the question, up to its colon ("J'habite …, ", "Mon fils de 15 ans …")
_TOLD = re.compile(r"\s*(?:je|j['’]|moi|mon|ma|mes|nous|notre|nos)\b[^:?]{3,200}?\s:\s", re.I)


# Abbreviations of every French meeting's vocabulary (not any corpus's acronyms), and what they stand for
COMMON_ABBREVIATIONS = {"GT": "groupe de travail", "CR": "compte rendu", "AG": "assemblée générale",
                        "ODJ": "ordre du jour", "RDV": "rendez-vous", "COPIL": "comité de pilotage",
                        "COTECH": "comité technique", "CA": "conseil d'administration", "RH": "ressources humaines",
                        "DRH": "direction des ressources humaines"}


def _written_out_in_corpus(snap: Snapshot, notion: str) -> bool:
    """True when a notion holds one of the common abbreviations, which the corpus writes in full, and its other
    words are the corpus's ("le GT du CLSM": "groupe de travail", "CLSM")."""
    words = [w for w in re.findall(r"[^\W_]+", notion) if not is_stopword(w)]
    common = [w for w in words if w.upper() in COMMON_ABBREVIATIONS and is_acronym(w)]
    if not common:
        return False
    full = [COMMON_ABBREVIATIONS[w.upper()] for w in common]
    rest = [w for w in words if w not in common]
    return all(named_in_corpus(snap, f, [t for t in content_terms(f) if not t.isdigit()]) for f in full) and all(
        known_term(snap, t) for w in rest for t in content_terms(w) if not t.isdigit())


def _titled_by_parts(snap: Snapshot, parts: list[str]) -> bool:
    """True when a passage's title (its document's and headings') holds each part of a name apart: the name of
    what that document is about, which the question writes its own way."""
    rows = snap.lexical.rows_with_all([t for p in parts for t in content_terms(p) if not t.isdigit()])
    wanted = [normalise_for_match(p) for p in parts]
    return any(all(w in normalise_for_match(snap.passages[r].context) for w in wanted)
               for r in sorted(rows)[:PHRASE_ROWS])


MENTIONED_REFERENCE = 0.5  # a passage that only mentions the part asked ("la cellule prévue à l'article 11")


def _names_reference(referred: frozenset[tuple[str, str]], context: str, text: str) -> float:
    """+1 for the passage of the part asked (its section is "Article 11 – …", or its text names it), less for one
    of another part that mentions it, -1 for another part of the same label."""
    titled = reference_agreement(referred, context)
    if titled > 0:
        return 1.0
    agreement = reference_agreement(referred, f"{context}\n{text}")
    if agreement > 0 and titled < 0:
        return MENTIONED_REFERENCE  # "Article 9 – Coordination": "…anime la cellule prévue à l'article 11"
    return float(agreement)


def _part_named(snap: Snapshot, label: str, number: str) -> bool:
    """True when a passage (or its title) names the numbered part: "la délibération n° 2025-03" asked of a corpus
    whose minutes stop at 2025-02 is a key notion no document holds."""
    rows = snap.lexical.rows_with_all([t for t in content_terms(number)])
    return any(reference_agreement({(label, number)}, f"{snap.passages[r].context}\n{snap.passages[r].text}") > 0
               for r in sorted(rows)[:PHRASE_ROWS])


def _known_as_spelled(snap: Snapshot, term_: str) -> bool:
    """True when the corpus uses the term as typed or as it spells it one letter away ("apels": "appels")."""
    return known_term(snap, as_the_corpus_spells(snap, term_))


def _written_in_corpus(snap: Snapshot, term_: str) -> bool:
    """True when the corpus writes the word of a name, maybe with its accents ("Ferriere" typed, "Ferrière" stemmed
    "ferri" in the index): the term, one letter away, or a term of the index it starts with."""
    return _known_as_spelled(snap, term_) or any(
        term_[:n] in snap.lexical.vocab for n in range(NAME_STEM_CHARS, len(term_)))


NAME_STEM_CHARS = 5


def known_term(snap: Snapshot, term_: str) -> bool:
    """True when the corpus uses the term, a word of its family (same first letters), or the documents' word for a
    familiar one ("gamins": "enfants")."""
    return any(t in snap.lexical.vocab for t in word_family(term_) | formal_terms(term_))


MISSPELT_MIN_CHARS = 4  # a shorter word is one letter away from too many others


def as_the_corpus_spells(snap: Snapshot, term_: str) -> str:
    """The term as the corpus writes it when it never does and one letter away it does (a letter left out, added,
    changed or two swapped: "apel" for "appel"), the most used such term; else the term itself."""
    if len(term_) < MISSPELT_MIN_CHARS or not term_.isalpha() or known_term(snap, term_):
        return term_
    letters = "abcdefghijklmnopqrstuvwxyz"
    cuts = [(term_[:i], term_[i:]) for i in range(len(term_) + 1)]
    near = ({a + b[1:] for a, b in cuts if b} | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
            | {a + c + b[1:] for a, b in cuts if b for c in letters} | {a + c + b for a, b in cuts for c in letters})
    used = [t for t in near - {term_} if t in snap.lexical.vocab]
    return max(used, key=lambda t: (snap.lexical.df[snap.lexical.vocab[t]], t)) if used else term_


_SAINT_LONG = re.compile(r"\b(Saint|Sainte)(?=-)")
JOINED_NAMES = re.compile(r"\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*(?=[A-ZÀ-Ý])")
PHRASE_ROWS = 300  # passages read to find a name of several words written as one phrase


def proper_noun_in_corpus(snap: Snapshot, word: str) -> bool:
    """True when some passage, or its title, writes the word with its capital inside a sentence ("… à Amiens",
    "Convention du CLSM de Montclair"), or in capitals."""
    rows = snap.lexical.rows_with_all(list(content_terms(word)))
    # also in capitals, as a surname or a speaker's label is written ("Antoine BAILLOEUL", "THOMAS ROUSSEL :")
    inside = re.compile(r"[a-zà-ÿ,;'’]\s+" + re.escape(word) + r"\b|\b" + re.escape(word.upper()) + r"\b")
    return any(inside.search(snap.passages[r].context) or inside.search(snap.passages[r].text)
               for r in sorted(rows)[:PHRASE_ROWS])


def _said_otherwise(snap: Snapshot, notion: str, terms: list[str]) -> bool:
    """True when a passage holds the words of a quoted phrase in their order, each maybe in another form (the same
    first letters: "tiennent debout" / "tient debout")."""
    words = normalise_for_match(notion).split()
    known = [t for t in terms if t in snap.lexical.vocab]
    if len(words) < 2 or not known:
        return False
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(w[:FORM_PREFIX]) + r"\w*" if len(w) > FORM_PREFIX
                                              else re.escape(w) for w in words) + r"\b")
    return any(pattern.search(normalise_for_match(snap.passages[r].text))
               for r in sorted(snap.lexical.rows_with_all([max(known, key=len)]))[:PHRASE_ROWS])


FORM_PREFIX = 4  # letters a word keeps in all its forms ("tiennent", "tient": "tien")


SUBJECT_TERMS = 2  # a subject of one word ("Le CLSM est-il…") is the corpus's own


def _said_together(snap: Snapshot, terms: tuple[str, ...]) -> bool:
    """True when a sentence of the corpus holds all the terms (in a word of their family or a related one)."""
    vocab = snap.lexical.vocab
    forms = [word_family(t) for t in terms]
    if not all(any(f in vocab for f in form) for form in forms):
        return False
    held = [t for t in terms if t in vocab]  # (the others only in their family's words)
    rows = snap.lexical.rows_with_all(held) if held else []
    for row in sorted(rows)[:PHRASE_ROWS]:
        text = snap.passages[row].text
        if any(all(form & window_terms(text[a:b]) for form in forms) for a, b in split_sentences(text)):
            return True
    return False


def named_in_corpus(snap: Snapshot, notion: str, terms: list[str]) -> bool:
    """True when a passage holds the notion: its one word, or its words written together as a phrase."""
    rows = snap.lexical.rows_with_all(terms)
    if (len(terms) < 2 and len(notion.split()) < 2) or not rows:  # "Un chez-soi d'abord": one content word,
        return bool(rows)  # still a phrase
    phrase = normalise_for_match(notion)
    return any(phrase in normalise_for_match(f"{snap.passages[r].context} {snap.passages[r].text}")
               for r in sorted(rows)[:PHRASE_ROWS])


def names_known_place(question: str, analysis: QueryAnalysis, snap: Snapshot) -> bool:
    """True when the question names, with a capital, a place or a body the corpus writes as a name, whole ("À
    Vernaux, …", "…chez le psy à Montreval ?"), and asks about it in two more words the corpus knows at least: a
    paraphrase of what is said there, not "Comment préparer une ratatouille à Vernaux ?". An acronym does not count
    (the corpus's own, "CLSM", name what it is about)."""
    named = [notion for notion in key_notions(question) if notion[:1].isupper() and not is_acronym(notion)
             and proper_noun_in_corpus(snap, notion.split()[0])
             and named_in_corpus(snap, notion, [t for t in content_terms(notion) if not t.isdigit()])]
    own = {t for notion in named for t in content_terms(notion)}
    known = [t for t in analysis.typed_terms if t not in own and not t.isdigit() and known_term(snap, t)]
    return bool(named) and len(known) >= KNOWN_BESIDE_PLACE


KNOWN_BESIDE_PLACE = 2


def _value_terms(answer_type: str | None, question: str) -> set[str]:
    """The terms of the words that only name the kind of value asked (`type_words`: "nombre", "monde" in "combien de
    monde")."""
    return {t for word in type_words(answer_type, question) for t in content_terms(word)}


def unknown_share(question: str, analysis: QueryAnalysis, snap: Snapshot) -> float:
    """Share of the typed words of a French question that the corpus never uses ("ratatouille provençale");
    0 for a question in English, which the multilingual model reads."""
    typed = [t for t in analysis.typed_terms if not t.isdigit()]
    if analysis.target:  # "Que veut dire PLSM ?": the words of the question's formula are not what is asked
        typed = [t for t in content_terms(analysis.target) if not t.isdigit()] or typed
    if is_english(question) or not typed:
        return 0.0
    # a pronominal verb the documents never use says how it is asked ("À combien s'élève le budget… ?"), not what of
    verbs = {t for m in _PRONOMINAL.finditer(question) for t in content_terms(m.group(1))}
    # a familiar word ("hosto") is known when the documents' word for it is ("hôpital")
    naming = _value_terms(analysis.answer_type, question)  # ("combien de monde")
    # and a word naming a document by its catalog entry is known ("le podcast de Radio Lignon": its event)
    naming |= set(typed) & frozenset().union(*map(_naming_terms, snap.documents.values()))
    if names_a_document(question, snap.documents):  # "Dans le mail transféré…": the kind of document it is
        naming |= set(typed) & DOCUMENT_TERMS
    return sum(not known_term(snap, t) and not any(known_term(snap, f) for f in formal_terms(t)) and t not in verbs
               and t not in naming for t in typed) / len(typed)


_PRONOMINAL = re.compile(r"(?<![\w'’])s['’]\s*([^\W\d_]+)", re.I)


def evidence_strength(analysis: QueryAnalysis, hits: list[SearchHit], snap: Snapshot, passages: int = 3) -> float:
    """How well the best passages support the question: the idf-weighted share of its typed words the best
    of them hold (their titles included). A question in English is read by the multilingual model: its
    best cosine instead."""
    if not hits:
        return 0.0
    if is_english(analysis.question) and any(h.dense for h in hits[:passages]):
        return max(h.dense for h in hits[:passages])
    typed = [t for t in analysis.terms if analysis.terms[t] >= 1.0] or list(analysis.terms)
    if not typed:
        return 0.0
    idf = {t: snap.lexical.term_idf(t) for t in typed}
    total = sum(idf.values()) or 1.0
    # A word counts as held in its related forms too ("payer" by "financement", "hommes" by "masculins").
    # "hosto" by "hôpital" too; "Département" by "départemental" (their family's first letters)
    forms = {t: word_family(t) | formal_terms(t) for t in typed}
    coverage = 0.0
    for hit in hits[:passages]:
        present = window_terms(hit.passage.context) | window_terms(hit.passage.text) | _naming_terms(
            snap.documents.get(hit.passage.doc_id))  # "Selon le podcast de Radio Lignon…": what the catalog says
        coverage = max(coverage, sum(v for t, v in idf.items() if forms[t] & present) / total)
    return coverage


@lru_cache(maxsize=4096)
def _naming_terms(meta: DocumentMeta | None) -> frozenset[str]:
    """The terms a question may name a document by that its passages need not say: its event, organisers and
    speakers ("Selon le podcast de Radio Lignon…", "Sandrine Hamon disait…")."""
    return frozenset(window_terms(" ".join([meta.event or "", *meta.organisers, *meta.speakers]))) if meta else (
        frozenset())


def retrieve(snap: Snapshot, embedder: Embedder | None, question: str, settings: Settings, k: int,
             filters: Filters, conversation: Sequence[Turn] = (), standalone: bool = False) -> RetrievalResult:
    question = corpus_cased(question, snap)  # "le spip d'aurimont" names the SPIP of Aurimont
    analysis = analyse(question, snap.glossary, settings.expansion_weight, conversation, standalone)
    if settings.metadata_weight and names_a_document(question, snap.documents):
        # in English, the words that cross languages (names, numbers) and those naming a kind of document ("in the
        # webinar"); not "mobile", "team", "home", which French titles hold by chance
        naming = analysis.typed_terms if not is_english(question) else tuple(
            t for t in analysis.typed_terms if t in analysis.terms and t not in analysis.translated or t in KIND_TERMS)
        named = document_scores(snap.documents, naming, frozenset(content_terms(naming_phrase(question))))
        # "le webinaire du 2 février 2023": that year names the document, it does not qualify the answer
        dates = {(snap.documents[d].date or "")[:4] for d, score in named.items() if score == 1.0}
        analysis = replace(analysis, named=named, years=tuple(y for y in analysis.years if y not in dates))
    allowed = _allowed(snap, filters)
    query_vec = embedder.queries([analysis.text])[0] if embedder is not None else None
    # The words that name the document asked about found it (the soft filter): the rest says what is asked.
    terms = analysis.terms
    if analysis.named:
        naming = naming_terms(snap, analysis)
        terms = {t: w * (settings.tuning.naming_share if t in naming else 1.0) for t, w in terms.items()}
    ranked = _rank(snap, query_vec, terms, allowed, settings, analysis.answer_type, analysis)
    side_hits: tuple[tuple[SearchHit, ...], ...] = ()
    if analysis.sides:
        rankings = []
        for side in analysis.sides:
            side_terms = dict(side.terms)
            for t, w in analysis.terms.items():
                side_terms.setdefault(t, w * settings.tuning.side_share)
            side_ranking = _rank(snap, query_vec, side_terms, allowed, settings, analysis.answer_type, analysis)
            rankings.append(_diversify(side_ranking, k, snap, settings.tuning.near_duplicate))
        side_hits = tuple(tuple(r) for r in rankings)
        hits = _interleave(ranked[:k], rankings, k)
        hits = _diversify(with_continuation(hits + ranked, snap), k, snap, settings.tuning.near_duplicate)
    else:
        if analysis.kind == "list":
            ranked = with_series(ranked, snap)
        hits = _diversify(with_continuation(ranked, snap), k, snap, settings.tuning.near_duplicate)
    missing = missing_notions(analysis.question, snap)
    if not missing and unknown_share(question, analysis, snap) >= settings.unknown_words_share and not (
            names_known_place(question, analysis, snap)):
        missing = tuple(t for t in analysis.typed_terms if t not in snap.lexical.vocab)
    evidence = evidence_strength(analysis, hits, snap, settings.tuning.evidence_passages)
    return RetrievalResult(hits=hits, analysis=analysis, evidence=evidence, sides=side_hits, query_vec=query_vec,
                           missing=missing)
