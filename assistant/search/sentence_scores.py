"""Sentence-level scores: how well each sentence of the best passages answers the question.

One score serves twice: retrieval's second look (the passage whose best sentence answers comes first) and
the answer (which quotes the best sentences). It blends the question's words the sentence holds (idf-weighted;
those only in its passage's title, its page's opening title or the heading above it count 0.7), its closeness
to the question by the embedder, whether it holds the kind of value asked for (and names what is counted, says
what comes first, or when something started, when the question asks so), whether it names the place and year
asked (or others), and its shape: a question, a heading, a list of acronyms, a speakers' byline, a reference or
a very long sentence answers less."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from assistant.config import Tuning
from assistant.ingest.chunk import NAME_WORD
from assistant.dates import FOLDED_MONTHS, MONTH_WORD
from assistant.search.analyse import QueryAnalysis
from assistant.search.answer_types import (asked_event, asks_for_most, asks_hour, asks_how_done, asks_since, asks_until,
                                           asks_why, asks_yes_or_no, counted_heads, counted_nouns, counted_terms, dates_event,
                                           full_date, holds, in_money, names_one_of, percents, states_cause,
                                           says_where, states_means, states_most, states_polarity, states_since,
                                           states_step, states_until)
from assistant.search.constraints import (REGIONS, agreements, compared_years_only, opens_on_reference, places as constraint_places,
                                         reference_agreement, references, seasons, years as constraint_years)
from assistant.search.metadata import describing_text
from assistant.search.people import FULL_NAME as _FULL_NAME, ROLES as _ROLES, person_in_role, role_named
from assistant.search.english_words import french_words
from assistant.search.related_words import word_family
from assistant.models import DocumentMeta
from assistant.sentences import has_letters, is_caption, is_heading, is_question, points_back, sentence_spans, states
from assistant.store.snapshot import Snapshot
from assistant.table_lines import (ROW_LINE, ROW_MARK, has_figures, header_columns, header_label_years, header_year_columns, header_years,
                                   is_group_label, is_raw_row, row_values)
from assistant.text import (URL, cased_words, content_terms, fold, is_acronym, is_english, is_stopword, normalise_for_match,
                            prefix_term, term_set, window_terms)

DIRECT_TYPES = ("count", "share", "duration")
DATE_DIRECT = 0.5  # "quand…": a day ("31/12/2023") answers more exactly than a year…
DATE_MIN_LEXICAL = 0.1  # …in a sentence about what is asked ("Publié le 3 février 2023" is not)
NAMED = 0.3  # the sentence's document is the one the question names ("selon le support de l'ARS…")
# how a question asks, in words of its own that a document's question asking the same says too
_ASK_PHRASE = re.compile(r"\b(?:depuis combien de temps|pendant combien de temps|combien de temps|depuis quand|"
                         r"jusqu'a quand|a quel age|a partir de quel age|combien (?:de|d')\s*[a-z]+)")
SAME_QUESTION = 0.6  # a question of the document holding this share of the question's words asks the same
ANSWERS_ASKED = 1.0  # bonus (times that share) for the sentences right after it…
ANSWER_REACH = 3  # …this many of them (a spoken answer takes a sentence or two to come to it)
FAQ_REACH = 6  # sentences under a FAQ's question (on its own line) that borrow its words: its whole answer ("Non. Le
# chœur est ouvert à toutes et à tous… La participation est gratuite. Pour vous inscrire, présentez-vous…")
REPORTED_WORDS = 2  # a question reported ("quand on lui a demandé si…") with this many words of its own
ADDRESSEE_WORDS = 3  # "Docteur Varin ?", "Nadia ?": the question just read, handed to a speaker
NEXT = 0.3  # bonus: "la prochaine…" asked, and a value said of the next one ("Prochaine séance : …")
# "la réunion qui suit", "le COPIL d'après juin 2025" (after a date: not "d'après le rapport")
_NEXT = re.compile(r"\b(?:prochaine?s?|next|upcoming|a venir|suivante?|qui suit)\b|"
                   r"\bd'apres (?:le |la )?(?:\d|(?:" + "|".join(FOLDED_MONTHS) + r")\b)")
# done again: "On refait l'enquête quand ?", "l'enquête sera-t-elle renouvelée ?", "when is it run again?"
_AGAIN = re.compile(r"\b(?:refai\w*|refer[ao]\w*|recommenc\w*|renouvel\w*|reconduit\w*|reconduire|relanc\w*|"
                    r"(?:a|de) nouveau|une nouvelle fois|again|repeat\w*|renew\w*|rerun)\b")
# "il est passé de combien à combien ?": two values asked, before and after; a sentence saying "de 27 semaines à
# 9 semaines", or a table's row of two figures ("27 semaines · 9 semaines"), gives both
FROM_TO = 0.3  # bonus
_FROM_TO_ASKED = re.compile(r"\bde combien (?:de \w+ )?a combien\b|\bfrom how (?:many|much|long)\b[^?]*\bto\b")
_FROM_TO = re.compile(r"\bde\s+\d[\d\s,.]*(?:%|[^\W\d_]+)?\s+(?:a|en)\s+\d|\bfrom\s+\d[\d\s,.]*(?:%|[^\W\d_]+)?\s+to\s+\d")
LISTS_ASKED = 0.5  # bonus: a sentence naming the things a list question asks for, then listing them after a colon
LISTED_NOUN = re.compile(r"\bquel(?:le)?s\s+(?:sont\s+)?(?:les\s+)?([^\W\d_][\w'’-]*)", re.I)  # "Quels indicateurs…"
# the things a sentence counts or sets out before its colon ("Six indicateurs sont suivis", "quelques indicateurs
# simples"), not a label ("Instances départementales et CLSM : …")
_COUNTED_NOUN = re.compile(r"\b(?:les|des|ses|leurs|nos|vos|quelques|plusieurs|deux|trois|quatre|cinq|six|sept|huit|"
                           r"neuf|dix|\d+)\s+(?:[\w'’-]+\s+)?([\w'’-]+)", re.I)
_BRACKETED = re.compile(r"\([^()]*\)")  # (a list's items are not inside brackets)
_LISTS_AFTER = re.compile(r":\s*[^:\n]+?(?:,[^,:\n]+){2,}")  # ": A, B, C…"
_IN_THE_END = re.compile(r"\b(?:finalement|au final|en fin de compte|en definitive|in the end|eventually)\b")
_CHANGED_PLAN = re.compile(r"\b(?:repouss|report|decal|avance|finalement|en definitive|postponed|moved)\w*")
_PLANNED = re.compile(r"\b(?:prevu|prevue|prevus|prevues|annonce|annoncee|envisage|envisagee|planned|scheduled)\b")
PAST_FACTOR = 0.8  # the next time asked: a sentence dating only years before its document's was the last time
MOST = 0.3  # "le plus souvent" asked: a sentence saying what comes first, or a table's largest share…
MOST_MIN_LEXICAL = 0.4  # …in full when it holds this much of the question's words (itself or its headings)
INTRODUCED_FACTOR = 0.5  # the line saying who the person the question names by a role is
BYLINE_FACTOR = 0.6  # a line introducing speakers, when the question does not ask who
TITLE_SHARE = 0.7  # a question word found only in the passage's title counts this much

QUESTION_FACTOR = 0.3  # a sentence that is itself a question rarely answers one
FRAGMENT_FACTOR = 0.5  # a heading-like fragment says less than a sentence
SOURCE_FACTOR = 0.25  # a table's source line names the words of its figures, and answers only "which source?"
_TITLE_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+")  # a heading's number: "5. ", "2.3 ", "IV. "
_TITLED_PERSON = re.compile(r"\b((?:Monsieur|Madame|Mme|Mr|Dr|Docteur|Docteure)\.?\s+[A-ZÀ-Ý][\w'-]*)")
STORY_REACH = 6  # sentences after one naming someone the question names that still tell of them
HEADING_REACH = 3  # sentences under a heading that borrow its words
HEADING_FACTOR = 0.7  # a line that names a topic ("Mode opératoire de tentatives de suicide") introduces the answer
_SUBJECT_LINE = re.compile(r"\s*(?:subject|objet|sujet)\s?:", re.I)  # an e-mail's header naming its subject
ACRONYM_LIST_FACTOR = 0.3  # "PTSM / CLS / CLSPD / ASV": names things, says nothing of them
REFERENCE_FACTOR = 0.4  # links, bibliography lines
UNTYPED_FACTOR = 0.6  # a value is asked for and the sentence holds none
MIN_STATEMENT_WORDS = 6
LONG_CHARS = 300
NEW_WORDS_FOR_FULL_SCORE = 3
# Links, contacts and bibliography: "https://…", "x@y.fr", "07 64 51 50 75", "Vol. 43, No. 2", "et al.".
_PHONE = re.compile(r"\b0\d(?:[ .]?\d\d){4}\b")
# (not "comment s'appelle…", "comment on appelle…", "comment dit-on…": a name asked)
_HOW_TO = re.compile(r"(?:[^,:?]*[,:]\s*)?\s*(?:et\s+)?comment\b(?!\s+(?:on\s+)?(?:s['’]?\s*)?(?:appelle|nomme)|\s+(?:appelle|nomme|dit)-t-on|"
                     r"\s+on\s+dit)|"
                     # advice asked: "…, je fais quoi ?", "que faire ?", "je lui conseille quoi ?", "qu'est-ce que je dois faire"
                     r".*\b(?:(?:je|on)\s+(?:(?:lui|leur)\s+)?(?:fais|fait|conseille|dis|propose)\s+quoi|que\s+(?:faire|"
                     r"dois-je\s+faire|puis-je\s+faire)|quoi\s+faire|qu'est-ce\s+que\s+je\s+(?:dois|peux|fais)\b|"
                     r"qu'est-ce\s+qu'on\s+(?:doit|fait)\s*(?:\?|$))")
_REFERENCE = re.compile(r"https?://|www\.|\S+@\S+\.\w+|" + _PHONE.pattern + r"|\bISBN\b|\bet al\b|\bdoi\b|"
                        r"\bp{1,2}\. ?\d|\bvol\. ?\d|\bno\. ?\d|\bn° ?\d+,|\bmise à jour le\b|\bsite internet\b|"
                        r"\bconsulté le\b", re.I)


@dataclass(frozen=True)
class ScoredSentence:
    """A sentence of a candidate passage (span in the passage text) and how well it answers."""

    row: int  # the passage's row in the snapshot
    start: int
    end: int
    score: float
    lexical: float
    dense: float
    typed: bool
    agree: float = 0.0  # +1 per place, year or numbered part asked that it names, -1 per one it contradicts
    conflict: bool = False  # it names another place or year than the one asked, or is in another numbered part


def reported_question(question: str) -> str:
    """The question a question reports ("…quand on lui a demandé si on peut former les lycéens ?", "que répond-on à la
    question du chat sur les applications de traduction ?", "…demandait dans le chat comment faire venir les
    médecins : qu'a répondu… ?"), "" when it reports none."""
    m = _REPORTED.search(question)
    return m.group("asked") if m else ""


_REPORTED = re.compile(r"\b(?:demand\w*|questions?|interrog\w*)\b(?:\s+(?:du|de la|dans le|sur le)\s+(?:chat|public|salle|"
                       r"tchat|t'chat))?\s+(?:si|s['’]|comment|pourquoi|quel\w*|combien|quand|où|sur|à propos de|de savoir si|"
                       r"concernant)\s*(?P<asked>[^?:;]+)", re.I)


def _said_in_role(text: str, role: str) -> bool:
    """True when a line names the role ("… · Directrice" for "directrice de l'EHPAD…"): it says who someone is."""
    return bool(set(content_terms(role.split()[0])) & window_terms(text))


def question_weights(snap: Snapshot, terms: dict[str, float]) -> dict[str, float]:
    """Each query term's weight times its idf: rare words say more of what is asked."""
    return {t: w * snap.lexical.term_idf(t) for t, w in terms.items()}


def coverage(weights: dict[str, float], text: str, title: str = "") -> float:
    """Share of the weighted question terms the text holds (those only in its title count TITLE_SHARE)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    own = window_terms(text)
    titled = window_terms(title) if title else frozenset()
    got = sum(w if t in own else TITLE_SHARE * w if t in titled else 0.0 for t, w in weights.items())
    return got / total


def shape_factor(sentence: str, weights: dict[str, float], answer_type: str | None, shown: bool = False) -> float:
    """Lower the score of what rarely answers: questions, headings, lists of acronyms, references, long
    sentences, sentences that only repeat the question, and, when a value is asked, sentences without one
    (`shown`: a table's row whose header shows it, the figures of two years for a change)."""
    typed = shown or holds(answer_type, sentence)
    short, factor = _form(sentence)
    if short and not typed:
        factor *= FRAGMENT_FACTOR  # a heading-like fragment
    own = window_terms(sentence)
    new_words = _plain_terms(sentence) - sum(1 for t in weights if t in own and not t.startswith("~"))
    new_words += typed  # the value asked for is what is new
    factor *= min(1.0, (new_words + 1) / (NEW_WORDS_FOR_FULL_SCORE + 1))
    if answer_type:
        factor *= 1.0 if typed else UNTYPED_FACTOR
    if answer_type in ("contact", "link") and typed:
        factor = min(1.0, factor / REFERENCE_FACTOR)  # the phone number or the link asked for is no bibliography
    return factor


_CHAPTER = re.compile(r"\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*[-–—:]\s")
# A table of contents' dot leaders ("Annexe 2. Les CLSM par département ......... 12"): a title and its page
_DOT_LEADERS = re.compile(r"\.{5,}|…{3,}|(?:\. ){4,}")


@lru_cache(maxsize=50_000)
def _plain_terms(sentence: str) -> int:
    """How many terms the sentence holds, its prefix terms ("~…") aside (cached, as `_form`)."""
    return sum(not t.startswith("~") for t in window_terms(sentence))


@lru_cache(maxsize=50_000)
def _form(sentence: str) -> tuple[bool, float]:
    """What the sentence's form alone says, whatever the question (cached: the same sentences come back):
    whether it is short, and the factor of its shape."""
    factor = 1.0
    plain = URL.sub(" ", sentence)
    if is_question(sentence):
        factor *= QUESTION_FACTOR
    if not has_letters(plain):
        factor *= FRAGMENT_FACTOR  # figures without a word of what they count
    if names_only(sentence):
        factor *= ACRONYM_LIST_FACTOR
    if is_caption(sentence) or _CHAPTER.match(sentence):
        factor *= FRAGMENT_FACTOR  # "Tableau 1 – Détresse selon l'agglomération", "00:01:19 – Présentation de la
        # MDA" (a replay's chapter): what a table or a part of the video is about, not its answer
    if (_REFERENCE.search(sentence) and not _statement_around_phone(sentence)) or is_contents(sentence) or \
            is_english(sentence) or _DOT_LEADERS.search(sentence):
        factor *= REFERENCE_FACTOR  # a link, a reference, a table of contents (or one entry of it, its dot
        # leaders), an English title: the corpus is French
    if _DOWNLOAD.search(sentence):
        factor *= REFERENCE_FACTOR  # "Cahier des charges — PDF, 412 Ko": a file to download, its name and size
    if _GREETING.fullmatch(sentence) or _ACKNOWLEDGES.fullmatch(sentence):
        factor *= QUESTION_FACTOR  # "Farid Amrani (La Navette) : Bonjour à tous.": a speaker's greeting says nothing,
        # nor does "Très bonne question." before the answer
    if len(sentence) > LONG_CHARS:
        factor *= LONG_CHARS / len(sentence)
    return len(plain.split()) < MIN_STATEMENT_WORDS, factor


def _statement_around_phone(sentence: str) -> bool:
    """True for a statement that gives a phone number in passing ("La ligne d'appui (03 99 00 41 27, mardi et
    jeudi) a ouvert le 5 janvier 2026 : 23 appels reçus…"): no reference line, nor a contact block."""
    rest = _PHONE.sub(" ", sentence)
    return not _REFERENCE.search(rest) and len(rest.split()) >= STATEMENT_WORDS_AROUND_PHONE


STATEMENT_WORDS_AROUND_PHONE = 16


_DOWNLOAD = re.compile(r"\b(?:PDF|DOCX?|XLSX?|OD[TSP]|PPTX?|ZIP|CSV|RTF)\b\s*[,–—(-]?\s*\d+(?:[,.]\d+)?\s*(?:[KMG]o|[KMG]B)\b",
                       re.I)
# A greeting or thanks alone, maybe after the speaker's name ("Bonjour à tous.", "Merci beaucoup, Julie !")
_GREETING = re.compile(r"(?:[^:.!?]{1,80}\s:\s*)?(?:bonjour|bonsoir|merci|au revoir|bienvenue)\b[^.!?:\d]{0,40}[.!?…]*\s*",
                       re.I)

# A question acknowledged, maybe after the speaker's name: "Très bonne question.", "(Karim) Oui, c'est la question
# qu'on me pose le plus.", "Dr Varin : C'est la question la plus fréquente, et elle est très juste."
_ACKNOWLEDGES = re.compile(r"(?:[^:.!?]{1,80}\s:\s*|\([^()]{1,60}\)\s*)?(?:(?:oui|alors|ah|eh bien|bon),?\s*)?"
                           r"(?:(?:c'est\s+|c’est\s+)?(?:une\s+)?(?:tr[eè]s\s+)?(?:bonne|excellente|vraie|grande)\s+question"
                           r"|c['’]est\s+(?:la|une)\s+question\b)[^.!?:]{0,60}[.!?…]*\s*", re.I)

# "… convergent 27 à Lille, l'échelon … 28 à Creil": titles each followed by a page number.
CONTENTS_ENTRIES, CONTENTS_PAGE_ENTRIES = 3, 6
_CONTENTS_ENTRY = re.compile(r"(?:[^\W\d_]{2,}[\s»\"”)?!.:–-]*?\s+|^)(\d{1,3})(?=\s+[-–]?\s*[^\W\d_]|\s*$)")


@lru_cache(maxsize=20_000)
def english_share(text: str) -> float:
    """Share of a passage's sentences written in English (in this French corpus: references, titles)."""
    spans = sentence_spans(text)
    return sum(is_english(text[a:b]) for a, b in spans) / len(spans) if spans else 0.0


CONTENTS_HEADS = ("sommaire", "table des matières", "contents", "table of contents", "au programme\n",
                 "plan de la présentation", "plan de l'intervention", "agenda\n")


@lru_cache(maxsize=20_000)
def is_contents_page(text: str) -> bool:
    """True for a passage that is a table of contents ("Sommaire", a deck's "Au programme" slide, or titles and page
    numbers in order): the titles of what other pages say."""
    head = text.lstrip()[:40].lower()
    return head.startswith(CONTENTS_HEADS) or is_contents(
        " ".join(text.split()), CONTENTS_PAGE_ENTRIES)


def _titles_only(text: str) -> bool:
    """True for a text of short lines that end no sentence (a deck's agenda), not a contents list followed by a
    page's text ("Sommaire … Synthèse : Créé en 2021, le CLSM…")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return all(len(line) <= TITLE_LINE_MAX_CHARS and not line.endswith((".", ";", ":")) for line in lines)


TITLE_LINE_MAX_CHARS = 80


def is_contents(sentence: str, entries: int = CONTENTS_ENTRIES) -> bool:
    """True for a piece of a table of contents: titles each followed by a page number, pages in order."""
    if entries == CONTENTS_ENTRIES and _STATEMENT_END.search(sentence):
        return False  # "…entre le 4 mars et le 12 avril auprès de 1 206 habitants…, dans 32 des 33 quartiers."
    pages = [int(n) for n in _CONTENTS_ENTRY.findall(sentence)]
    return len(pages) >= entries and all(a <= b for a, b in zip(pages, pages[1:]))


_STATEMENT_END = re.compile(r"[^.\d\s]\s*[.!?]\s*$")  # a sentence ends on a word and a full stop; contents on a page


ACRONYM_MAX_LETTERS = 6


def names_only(sentence: str) -> bool:
    """True for a bare list of acronyms ("PTSM / CLS / CLSPD / ASV"): it names things, says nothing of them."""
    cased = re.findall(r"[^\W\d_]{2,}", URL.sub(" ", sentence))
    if any(w.isupper() and is_stopword(w.lower()) for w in cased):
        return False  # words in capitals with their articles ("LA QUALITE DE L'ANIMATION"): shouted, not names
    acronyms = [w for w in cased if is_acronym(w) and len(w) <= ACRONYM_MAX_LETTERS]  # not shouted words
    return len(acronyms) >= 3 and len(acronyms) >= 0.6 * len(cased)


def title_of(context: str) -> str:
    """The section or slide title of a passage's context line ("Document — Titre"), else the whole line."""
    return context.split(" — ", 1)[-1]


def section_of(context: str) -> str:
    """The section or slide title of a passage's context line, "" when it has none (the document's title is
    too broad to say where a figure is)."""
    return context.split(" — ", 1)[1] if " — " in context else ""


def naming_terms(snap: Snapshot, analysis: QueryAnalysis) -> frozenset[str]:
    """The question's words that describe the document it names (title, organisers, date…)."""
    best = max(analysis.named, key=analysis.named.get)
    described = frozenset(content_terms(describing_text(snap.documents[best])))
    # an acronym whose long form describes it ("l'OTS" for the "Observatoire territorial de santé du Val de Sarne")
    spelled = {content_terms(acronym)[0]: form for acronym, forms in snap.glossary.entries.items()
               if content_terms(acronym) for form in forms if set(content_terms(form)) <= described}
    naming = [t for t in analysis.typed_terms if t in described or t in spelled]
    naming += [t for acronym in naming if acronym in spelled for t in content_terms(spelled[acronym])]
    if analysis.translated:  # in English, "webinar" names it, and so does "webinaire", the French it is looked for as
        named = set(naming)
        naming += [t for word in re.findall(r"[^\W_]+", analysis.question) if set(content_terms(word)) & named
                   for alternatives in french_words(word) for french in alternatives for t in content_terms(french)
                   if t in described]
    return frozenset(naming) | frozenset("~" + t[:5] for t in naming)


def score_sentences(snap: Snapshot, analysis: QueryAnalysis, query_vec: np.ndarray | None, rows: list[int],
                    terms: dict[str, float] | None = None, tuning: Tuning | None = None) -> list[ScoredSentence]:
    """Every sentence of the given passages, scored (best first); the blend's weights are `tuning`'s."""
    tuning = tuning or Tuning()
    weights = question_weights(snap, terms if terms is not None else analysis.terms)
    if analysis.named:  # words that name the document ("selon le support de l'ARS") are not what is asked
        naming = naming_terms(snap, analysis)
        weights = {t: w for t, w in weights.items() if t not in naming} or weights
    places = frozenset(analysis.places)
    # The year of a "quand" question qualifies what is asked ("signés en 2015"): the answer is another date.
    years = frozenset(analysis.years) if analysis.answer_type != "date" else frozenset()
    asked_seasons = seasons(analysis.question) if years else frozenset()  # school years: "2024-2025"
    found: list[tuple] = []
    typed_terms = {t: w for t, w in weights.items() if not t.startswith("~")}
    counted, heads = counted_nouns(analysis.question), counted_heads(analysis.question)
    if not any(h in snap.lexical.vocab for h in heads):
        heads = frozenset()  # ("combien d'apels…": as the corpus spells it, or any)
    cosines: list[float] = []
    most_asked = asks_for_most(analysis.question)
    again_asked = bool(_AGAIN.search(fold(analysis.question)))
    next_asked = again_asked or bool(_NEXT.search(fold(analysis.question)))
    from_to_asked = bool(_FROM_TO_ASKED.search(fold(analysis.question)))
    end_asked = bool(_IN_THE_END.search(fold(analysis.question)))  # "Finalement, … a été lancé quel jour ?"
    # a figure asked of what is done, not of what is aimed at ("objectif", "cible", "prévu", "vise")
    target_unasked = analysis.answer_type in ("count", "amount", "share") and not _TARGET_ASKED.search(
        fold(analysis.question))
    ask_phrase = next(iter(_ASK_PHRASE.findall(fold(analysis.question))), "")  # "depuis combien de temps"
    listed = LISTED_NOUN.search(analysis.question) if analysis.kind == "list" else None  # "Quels indicateurs… ?"
    listed_terms = window_terms(listed.group(1)) if listed else frozenset()
    # "c'est quand la prochaine commission ?", "on refait l'enquête quand ?"
    subject_verb = asked_subject_verb(analysis.question)
    referred = references(analysis.question)  # "la délibération n° 2025-03"
    if referred:  # its words say which part to read (retrieve.py, `in_force` below), not what is asked of it
        naming_part = {t for label, number in referred for t in content_terms(f"{label} {number}")}
        weights = {t: w for t, w in weights.items()  # and their prefixes ("~delib")
                   if not any(part.startswith(t.lstrip("~")) for part in naming_part)} or weights
    # (a date asked: "montant max et date limite ?" asks an amount first, its "date limite" is a later ask's)
    since_asked = asks_since(analysis.question) and analysis.answer_type == "date"  # "depuis quand": "à partir de
    # 2015" answers, not a day
    until_asked = asks_until(analysis.question) and analysis.answer_type == "date"  # "jusqu'à quand": "jusqu'au
    # 3 avril 2026" answers
    # "à quelle heure ?": a time of day is the value asked, not a year
    event = asked_event(analysis.question) if analysis.answer_type == "date" else frozenset()
    value_type = "hour" if analysis.answer_type == "date" and asks_hour(analysis.question) else analysis.answer_type
    who, spoke = asks_who(analysis.question), asks_who_spoke(analysis.question)
    why = asks_why(analysis.question)
    how_done = asks_how_done(analysis.question)
    yes_or_no = analysis.answer_type is None and not analysis.sides and asks_yes_or_no(analysis.question)
    wants_place = analysis.answer_type in ("address", "contact") or bool(_WHERE_ASKED.search(analysis.question.lower()))
    role = asked_role(analysis.question) if who else None
    passive_who = who and bool(_WHO_PASSIVE.search(analysis.question))  # "Qui a été élu… ?"
    meets_people = who and asks_who_meets(analysis.question)  # "Qui reçoit les jeunes… ?"
    authors_asked = who and bool(_AUTHORSHIP.search(fold(analysis.question)))  # "…, et qui l'a rédigée ?"
    # "Il se joue où, le théâtre-forum ?": a place is the value asked ("Lieu : Salle des fêtes de Pen ar Roz")
    where_asked = analysis.answer_type is None and bool(_ASKS_WHERE.search(analysis.question.lower()))
    signer_asked = who and bool(_SIGNING.search(fold(analysis.question)))  # "Qui a signé la lettre… ?"
    role_asked = who and asks_role(analysis.question)  # "…, et quelle est sa fonction ?"
    done = asked_doing(analysis.question)
    source_asked = bool(_SOURCE_WORD.search(fold(analysis.question)))  # "Quelles sources de données…"
    # "Comment un jeune fait pour réserver… ?": the phone number to call is how, no reference
    how_to = bool(_HOW_TO.match(fold(analysis.question)))
    # the person the question names by a title ("…chez Monsieur R. ?", "…pour Mme Diallo ?")
    names_asked = {t for name in _TITLED_PERSON.findall(analysis.question) for t in content_terms(name)}
    # "…quelle réserve a exprimée la directrice de l'EHPAD Saint-Éloi ?": who she is, and what she says is of her role
    in_role = None if who else role_named(analysis.question)
    person = person_in_role(snap, rows, *in_role) if in_role else frozenset()
    names_asked |= person
    # "qu'a répondu le formateur quand on lui a demandé si on peut former les lycéens ?": the document's question
    # asking the same holds the words of the question reported, not of "qu'a répondu le formateur"
    reported = term_set(reported_question(analysis.question))
    reported_weights = {t: w for t, w in weights.items() if t in reported} if len(reported) >= REPORTED_WORDS else {}
    counted_value = analysis.answer_type in ("amount", "count")  # a table's total row may answer it
    # a row labelled by the name asked gives it (a share compared, "au Val-Fleuri vs la ville", has sides no capital
    # names)
    figure_asked = counted_value or (analysis.answer_type == "share" and not analysis.sides)
    asked_months = set(MONTH_WORD.findall(fold(analysis.question))) if figure_asked else set()  # "en octobre 2025"
    asked_quarters = quarter_numbers(fold(analysis.question))  # "au 3e trimestre": its row, whatever is asked of it
    named = capitalised_terms(analysis.question) if figure_asked else frozenset()
    names_given = capitalised_terms(analysis.question, acronyms=True)  # "…la MDA…": its names and acronyms
    named |= {p for p in map(prefix_term, named) if p}  # "Département" names "Conseil départemental…"
    if figure_asked:  # "Au 30 avril 2025, … combien de places ?": the row "30 avril 2025 — 55 · 48 · 44"
        named |= {t for m in _DAY_DATE.finditer(fold(analysis.question)) for t in window_terms(m.group(0))}
    embedded = {row: snap.sentences.cosines(query_vec, row) for row in rows} if (
        snap.sentences is not None and query_vec is not None) else {}
    for row in rows:
        passage = snap.passages[row]
        if is_contents_page(passage.text) and _titles_only(passage.text):
            continue  # the titles of what other pages say: those pages answer
        title = passage.context  # the document's title and the section's or slide's
        meta = snap.documents.get(passage.doc_id)
        doc_year = (meta.date or "")[:4] if meta else ""
        doc_regions = constraint_places(meta.title) & REGIONS if meta and places else frozenset()
        titled_years = constraint_years(meta.title) if meta and years and who else frozenset()

        if snap.sentences is not None:  # the spans the index embedded (the same cut, unless the code changed)
            spans, cos = embedded[row] if row in embedded else (
                snap.sentences.rows[snap.sentences.of_passage(row), 1:], None)
            pairs = [(int(a), int(b)) for a, b in spans]
            dense_of = dict(zip(pairs, cos.tolist())) if cos is not None else {}
        else:
            pairs, dense_of = list(sentence_spans(passage.text)), {}
        heading, under = "", 0  # a heading line lends its words to the few sentences under it, as a title does
        heading_reach = HEADING_REACH
        previous = ""
        shares = [max(percents(passage.text[a:b]), default=0.0) for a, b in pairs] if most_asked else []
        largest = max(shares, default=0.0) if sum(v > 0 for v in shares) >= 3 else 0.0  # a table of shares
        own_title = _TITLE_NUMBER.sub("", title_of(title).strip())  # "5. Veilleurs…" read "Veilleurs…"
        topic = topic_line(passage.text, pairs)  # a report page opening on its section's title lends it to all
        title = f"{title}\n{topic}" if topic else title
        asked, since = 0.0, 0  # the document asks the question too (a FAQ, a question from the floor)
        # the numbered part a sentence belongs to: the last one named before it, else its section's
        in_force = reference_agreement(referred, title) if referred else 0
        # its section is the part asked ("Article 11 – …"): every line is of it (a document the question names by its
        # number, "la fiche repère n° 14", lends that to all its lines alike)
        named_here = bool(referred) and reference_agreement(referred, section_of(title)) > 0
        columns, money = None, False  # the table being read (its columns' names), in money by its caption
        row_years: frozenset[str] = frozenset()  # the years heading a table's row ("Site · 2024 · 2025")
        row_header = ""  # and that header line, which says what the row's figures count
        table_header = ""  # the header line of the table being read ("Site · 2024 · 2025 · Part QPV")
        caption_years: frozenset[str] = frozenset()  # the years of the line over it
        by_year = False  # the table's rows so far are labelled by years ("2024 — 276 · 183 · 628")
        carried = header_before(snap, row)  # a passage opening inside a table the passage before began
        if carried:
            table_header = carried[0]
            columns, money, _ = _table_line(carried[0], carried[1], None, False)
        story, told = "", 0  # the last sentence naming someone the question names, and how many sentences since
        other_asked = False  # the last question the passage asks names another name than the one asked
        row_named = figure_asked and _names_a_row(passage.text, pairs, named, passage.context)
        # "Montclavel : 78 enfants suivis" among "Secteur de Castelvieil : 47…": the line labelled by the name asked
        # (a name of the row asked: not one the passage's title, the lines above its rows or the document's authors
        # give, which name what it is all about or whose it is)
        labels = [_label_terms(passage.text[a:b]) for a, b in pairs] if named else []
        first_row = next((k for k, (terms, _) in enumerate(labels) if terms), len(labels))
        above = [passage.text[a:b] for a, b in pairs[:first_row]]  # a caption ("Budget du CLSM de Lunel…")
        row_name = named - window_terms("\n".join([passage.context, *(meta.organisers if meta else ()), *above]))
        named_label = any(row_name & terms for terms, _ in labels)
        turns = turn_starts(passage.text)  # where each speaker's turn begins, in a dialogue
        opening_slide = passage.location.kind == "slide" and passage.location.start == 1  # (a deck's title slide)
        asking_turn = None  # the turn that asked the question asked, until another speaker answers it
        answer_turn = None  # …and the turn answering it
        for i, (start, end) in enumerate(pairs):
            text = passage.text[start:end]
            told += 1
            if i and "\n\n" in passage.text[pairs[i - 1][1]:start] or told > STORY_REACH:
                story = ""
            heads_table = header_columns(text) is not None
            columns, money, money_row = _table_line(text, previous, columns, money)
            if heads_table:
                table_header = text
                by_year = False
                # the line over a table's header that dates it ("Année civile 2025 (1er janvier – 31 décembre)")
                caption_years = constraint_years(previous) if len(previous) <= CAPTION_CHARS else frozenset()
            laid_row = columns is not None and not heads_table  # a row ingest laid out ("Rennes — 412 · 25 %")
            if laid_row:  # of the years its columns name, or of the one its label column names ("Indicateur 2025")
                row_years = header_year_columns(columns) or header_label_years(table_header) or caption_years
                row_header = table_header
            elif not (is_raw_row(text) and (row_years or header_years(previous))):
                row_years, row_header = frozenset(), ""
            elif not row_years:
                row_years, row_header = header_years(previous), previous
            under += 1
            since += 1
            if under > heading_reach:
                heading = ""
            context = f"{title}\n{heading}\n{previous}" if points_back(text) else f"{title}\n{heading}\n{row_header}"
            if story:  # "Monsieur R., 61 ans…" then "Et le nettoyage s'est fait en quatre fois": still his story
                context = f"{context}\n{story}"
            read = f"{table_header}\n{text}" if laid_row else text  # a row reads with its columns' names
            by_person = bool(person & window_terms(text))  # (the person named by a role, when one is)
            introduced = by_person and _said_in_role(text, in_role[0])
            if by_person and not introduced:
                read = f"{read}\n{in_role[0]}"  # "Colette Brunerie : …": the directrice de l'EHPAD speaking
            if names_asked and names_asked & window_terms(text) and not (introduced or laid_row):
                story, told = read, 0  # (not from a row of the participants' table)
            if signer_asked and signs(text, previous) and (_NAME_LINE.match(text) or _SIGNATORIES.match(previous)):
                read = f"{previous}\n{read}"  # the name under "Pour le directeur général… par délégation,"
            lexical = coverage(weights, read, context)
            does_row = 0.0
            shown = (analysis.answer_type == ("share" if money == PERCENT else "amount") and money_row) or (
                # "Total — 63 000 · 73 500" under "(en euros)", "SM03 — Idées suicidaires · 14,2" under "en %"
                analysis.answer_type == "change" and len(row_years) > 1 and (  # a row's figures over the years
                    is_raw_row(text) or has_figures(row_values(text, columns) or []))) or (
                # "Site des Tisserands — 271 · 16 · 27" under "… · Délai moyen 1er rendez-vous (semaines) · …"
                # (or "Délai moyen avant un premier rendez-vous au CMP (jours) · Montclar · 75 · 81 · 52": its own cell)
                analysis.answer_type == "duration" and laid_row and bool(_IN_DURATION.search(fold(read)))
                and has_figures(row_values(text, columns) or [])) or (
                # "QPV Le Champ-Fleury — 148 · 23,6 · 14,2" under "Secteur · Répondants · Sans accès internet (%) · …"
                analysis.answer_type == "share" and laid_row and bool(_IN_PERCENT.search(table_header))
                and has_figures(row_values(text, columns) or []))
            typed = holds(value_type, text) or (role_asked and introduces_people(text)) or (
                who and not role_asked and (  # a role asked: a name with its role, not a speaker's label
                says_who(text, meta, spoke) or names_agent(text, typed_terms) or names_holder(text, analysis.terms)
                or (meets_people and _NAME_AND_ROLE.search(text))  # "Lucie Braun, psychologue": who receives them
                or presents_asked_person(text, analysis.question) or introduces_in_role(text, role)
                or (passive_who and person_in_act(text, role))
                or organisation_does(text, done, weights) or (authors_asked and _AUTHORS_LINE.match(text))
                or (signer_asked and signs(text, previous))
                # "Dr Thomas Lacombe, médecin directeur · Martine Roussel, …" under a deck's title: who presents it
                or (spoke and opening_slide and introduces_people(text)))) or (
                where_asked and (says_where(text) or bool(_PLACE_LABEL.match(text)))) or (
                names_one_of(text, analysis.alternatives)) or (
                shown)
            no_end = typed and until_asked and not states_until(text)
            typed = typed and not no_end  # "jusqu'à quand…": a date that is no end ("quartiers 2026") does not answer
            # the slide's or section's title says where a figure is; the document's title is too broad
            section = section_of(title)
            place, year = agreements(places, years, text, section) if (places or years) else (0, 0)
            label_years = constraint_years(text.partition(ROW_MARK)[0]) if years else frozenset()  # a row's label
            if not place and places and places <= REGIONS and doc_regions and not doc_regions & places:
                place = -1  # "…en Occitanie ?": a report titled "…dans les Hauts-de-France" tells of another region
            if years and laid_row and label_years:  # "2022 — 214 · 156 · 505" is 2022's row, whatever years the
                by_year = True  # caption spans; "Total 2021-2025 — 109 · 74" holds the year asked among others: of
                year = 1 if label_years <= years else 0 if label_years & years else -1  # no one year
            elif years and laid_row and by_year:  # "Total — 1039 · 700 · 2376" under the rows of each year: the
                year = 0 if len(years) > 1 else -1  # years', not one year's (of the years asked over a span)
            elif years and row_years:  # "Champ-Rollin 118 124 139 147" under "Quartier 2022 2023 2024 2025"
                year = 1 if years & row_years else -1
            if asked_seasons and (stated := seasons(text)):  # "en 2022-2023" asked, "Année scolaire : 2023-2024"
                year = 1 if asked_seasons & stated else -1
            if years and not year and doc_year in years:
                year = 1  # "nous disposons actuellement de douze CLSM", said in the document of the year asked
            elif years and not year and doc_year and compared_years_only(text):
                year = -1  # "4 870 appels (contre 2 950 lors de l'épisode de juillet 2024)" in a document of another
                # year than the one asked: its figure is of that document's year
            if year < 0 and who and years <= titled_years:
                year = 0  # "Le bilan 2025 …: qui l'a rédigé ?": the year names the document (its title's), the
                # line signed "le 30 janvier 2026" is no other year's
            part = reference_agreement(referred, text) if referred else 0
            # a line naming a part of the kind asked ("Article 4 – …"), not "(voir annexe 2)" under the article asked
            # nor "…la cellule prévue à l'article 11" under another
            naming = bool(part) and opens_on_reference(text)
            if naming:
                in_force, named_here = part, True
            # the lines under the line naming the part asked ("Vote : adoptée par 24 voix pour…"), where the
            # passage holds others; a whole passage of that part is lifted in retrieve.py, not line by line
            # (a line naming another part than the one asked is not of it, whether it opens on it or mentions it)
            agree = place + year + (min(part, 0) if part else in_force if named_here else min(in_force, 0))
            polar = yes_or_no and states_polarity(text)  # the yes or no said is what is new in it, as a value is
            shape = shape_factor(read, weights, value_type, shown or polar) * (UNTYPED_FACTOR if no_end else 1.0)
            if how_to and _REFERENCE.search(text) and (
                    states_step(text) or (_PHONE.search(text) and not _REFERENCE.search(_PHONE.sub(" ", text)))):
                shape = min(1.0, shape / REFERENCE_FACTOR)  # "Comment réserver… ?": "Le jeune réserve la veille au 05…",
                # "…au plus tard trois jours avant chaque atelier : par le formulaire en ligne sur sante-mentale…"
            if typed and event and not dates_event(text, event):
                shape *= EVENT_FACTOR  # "se réunit quand ?": "a été créée en septembre 2024" dates another event
            if elsewhere_named(analysis, passage.doc_id):
                shape *= OTHER_DOCUMENT_FACTOR  # "Selon le webinaire de mars 2025…": another document's sentence
            if place <= 0 and _FOR_COMPARISON.match(text):
                shape *= COMPARED_FACTOR  # "Pour comparaison, Normandie (toute la région) : 6 940…": a reference
                # figure beside the one of the place the document is about, unless the question names its place
            label = fold(text.partition(ROW_MARK)[0]) if laid_row and (asked_months or asked_quarters) else ""
            # "Octobre — 569 · 110 · 792" for "en octobre 2025 ?", "Sous-total T3 — 39 · 566" for "au 3e trimestre ?"
            label_months = set(MONTH_WORD.findall(label)) if asked_months else set()
            label_quarters = quarter_numbers(label) if asked_quarters and not label_months else set()
            if label_months or label_quarters:
                if label_months <= asked_months if label_months else label_quarters <= asked_quarters:
                    does_row = NAMED_ROW
                else:
                    shape *= OTHER_ROW_FACTOR
            if named_label and labels[i][0]:
                if row_name & labels[i][0]:
                    does_row = NAMED_ROW
                elif labels[i][1]:
                    shape *= OTHER_ROW_FACTOR  # another name's line
            if counted_value and _TOTAL.match(text) and not row_named and len(label_years) < 2 and not (
                    years and by_year and not label_years):  # ("Total 2021-2025 — …", or "Total" under each
                # year's row: the years' total, not one year's; "Total 2025" under its quarters is the year's)
                # "Total — Montant : 186 000 €" answers "quel était le budget ?"; not when the question names another
                shape *= TOTAL_FACTOR  # row ("…pour le canton de Mourèze-les-Bois ?")
            if (analysis.alternatives or who) and not typed:
                shape *= UNTYPED_FACTOR  # "les hommes ou les femmes ?", "qui présentait ?": naming neither or no
                # one does not answer
            if not who and introduces_people(text):
                shape *= BYLINE_FACTOR
            if introduced:
                shape *= INTRODUCED_FACTOR  # "Colette Brunerie — EHPAD Saint-Éloi · Directrice": who she is, which
                # the question says ("la directrice de l'EHPAD Saint-Éloi"), not what she said
            if not wants_place and _POSTCODE.search(text):
                shape *= REFERENCE_FACTOR  # "Maire de Ferrancourt · Hôtel de ville · 55900 Ferrancourt": a letter's
                # address block, or an address, answers where, not what
            if analysis.kind != "definition" and spells_out(text, snap.glossary.entries):
                shape *= ACRONYM_LIST_FACTOR  # "EHPAD — Établissement d'hébergement…": a glossary's line says what a
                # word stands for, which only a definition question asks
            if not source_asked and _SOURCE_LINE.match(text):
                shape *= SOURCE_FACTOR  # "Source : résumés de passage aux urgences…" under a table: where from
            if (len(pairs) == 1 and states(text)) or (typed and who):
                pass  # a slide that only says its title ("Les décès par suicide sont majoritairement masculins"),
                # a title naming the people asked for ("Fanny Pastant & Sonia Charapoff")
            elif _TITLE_NUMBER.sub("", text.strip()) == own_title or (topic and i == 0):
                shape *= FRAGMENT_FACTOR  # the passage's own title: a heading, not an answer
            elif i == 0 and is_dateline(text) and (analysis.answer_type != "date" or not coverage(weights, text)):
                shape *= FRAGMENT_FACTOR  # "Page publiée le 12 janvier 2026 · …" answers when it was published,
                # and nothing else: not "La cellule se réunit quand ?"
            elif not laid_row and (is_heading(text) or all(is_heading(line) for line in text.splitlines())
                                   or _SUBJECT_LINE.match(text)):
                shape *= HEADING_FACTOR  # a heading, or a slide's title over two lines ("Coordination / Nombre de…"),
                # or an e-mail's subject ("Subject: [GT Aidants] Invitation : ateliers…"): the title of the message
            handed = hands_to_speaker(text, passage.text)
            if handed:
                shape *= QUESTION_FACTOR  # "Karim, vous ne parlez pas de sport.": the host asks, Karim answers
            if is_heading(text) and (_SHOUTED.fullmatch(text) or text[:1].isupper() and (
                    not previous or previous.rstrip()[-1:] in ".!?:;…»"
                    or "\n\n" in passage.text[pairs[i - 1][1]:start])):  # a paragraph of its own: a card's title
                heading, under, heading_reach = text, 0, HEADING_REACH
            elif is_question(text) and passage.text[end:end + 1] == "\n" and (
                    not i or "\n" in passage.text[pairs[i - 1][1]:start]):
                # a FAQ's question on its own line heads its answer ("Faut-il être suivi… pour chanter dans le chœur
                # Val'Voix ?" over "… Pour vous inscrire, présentez-vous un mardi…")
                heading, under, heading_reach = text, 0, FAQ_REACH
            previous = text
            bound = states_since if since_asked else states_until if until_asked else full_date  # what dates it
            direct = _direct(typed_terms, counted, text, heads) if typed and analysis.answer_type in DIRECT_TYPES else (
                DATE_DIRECT * bound(text) * (lexical >= DATE_MIN_LEXICAL) if typed and analysis.answer_type == "date"
                else 0.0)
            own_lexical = lexical
            lexical += NAMED * analysis.named.get(passage.doc_id, 0.0)
            prompt = is_question(text) or handed or seeks_help(text)
            turn = turn_of(turns, start)
            handover = prompt and len(_TURN_LABEL.sub("", text).split()) <= ADDRESSEE_WORDS  # "MARIE : Samia B. ?"
            if asking_turn is not None and turn == asking_turn:
                shape *= ASKING_TURN_FACTOR  # the caller's situation, told before or after "je ne sais pas quoi
                # faire": what is asked, not what answers it
            elif asking_turn is not None and not handover:
                asking_turn, answer_turn, since = None, turn, 0  # another speaker's turn: the answer begins ("Merci
                prompt = is_question(text)  # Sylvie, vous avez bien fait d'appeler." thanks her, it hands over nothing)
            elif answer_turn is not None and turn != answer_turn:
                answer_turn, since = None, ANSWER_REACH + 1  # the turn after the answer's answers nothing of it
            if asked and since <= ANSWER_REACH and not prompt and asking_turn is None:
                lexical += ANSWERS_ASKED * asked  # the sentences right after the same question answer it
            if other_asked and since <= ANSWER_REACH and not prompt:
                shape *= ANOTHERS_FACTOR  # the same question, asked of another name: what follows answers of it
            if prompt:
                # "… que fait-on quand la personne refuse toute aide ? Docteur Varin ?": who is asked it completes
                # the question just read
                said_before = passage.text[pairs[i - 1][0]:pairs[i - 1][1]] if i else ""
                addressed = len(text.split()) <= ADDRESSEE_WORDS and is_question(said_before)
                read_asked = f"{said_before} {text}" if addressed else text
                own = max(coverage(weights, read_asked), coverage(reported_weights, read_asked))
                if own_lexical and ask_phrase and ask_phrase in fold(read_asked):
                    own = max(own, SAME_QUESTION)  # "Martine, vous êtes assistante familiale depuis combien de
                    # temps ?" asks what "…elle fait ça depuis combien de temps ?" does, in its words
                turn_text = passage.text[turn:end] if turn is not None and 0 < start - turn <= TURN_CHARS else ""
                if own < SAME_QUESTION and asking_turn != turn and (seeks_help(text) or _FIRST_PERSON.search(text)) and (
                        coverage(weights, turn_text) >= TOLD_QUESTION):
                    # "Voilà, moi j'habite… une jeune femme qui dort dans le hall… Je ne sais pas quoi faire.": a
                    # caller asks by telling their situation; the whole turn is the question, the next turn answers
                    own, read_asked, asking_turn = coverage(weights, turn_text), turn_text, turn
                    said_from = turn_found(found, row, turn)
                    found[said_from:] = [(*f[:6], f[6] * ASKING_TURN_FACTOR, *f[7:]) for f in found[said_from:]]
                    shape *= ASKING_TURN_FACTOR
                if handover and asked and own < SAME_QUESTION:
                    pass  # the question just asked, handed over to who answers it: still the one asked
                elif asking_turn is not None and asking_turn == turn:
                    asked, since = max(asked, own), 0  # a caller's second question: the turn still asks it
                else:
                    asked, since = (own, 0) if own >= SAME_QUESTION else (0.0, since)
                # ("Combien de jeunes passent la porte du Point Virgule ?" for "…la MDA…")
                other_asked = bool(asked) and _names_another(read_asked, names_given)
                asked = 0.0 if other_asked else asked
            most = (min(1.0, own_lexical / MOST_MIN_LEXICAL)  # first of what was asked
                    if most_asked and (states_most(text) or (largest and shares[i] == largest)) else 0.0)
            # "Que prévoit la charte ?": "La charte prévoit trois choses : …"
            does = SUBJECT_VERB if subject_verb and says_subject_verb(text, subject_verb) else 0.0
            does += does_row
            if why and states_cause(text):
                does += GIVES_CAUSE  # "Pourquoi…": a sentence giving a reason ("…, parce que…")
            if how_done and states_means(text):
                does += GIVES_CAUSE  # "Avec quel outil… ?": a sentence naming the means ("… est mesuré par…")
            if how_to and own_lexical and states_step(text):
                does += GIVES_STEP  # "Comment adresser… ?": "Le médecin remplit la fiche de saisine…"
            if next_asked and typed and (_NEXT.search(fold(text)) or again_asked and _AGAIN.search(fold(text))):
                does += NEXT  # "Prochaine séance : jeudi 11 décembre", not the date of the one reported on;
                # "Renouveler l'enquête au printemps 2027"
            elif next_asked and typed and doc_year and (said := constraint_years(text)) and max(said) < doc_year:
                shape *= PAST_FACTOR  # "Enquête … mars – avril 2025" in a deck of 2026: the last one
            unbracketed = _BRACKETED.sub("", text) if listed_terms else ""
            if listed_terms and (colon := _LISTS_AFTER.search(unbracketed)) and listed_terms & {
                    t for m in _COUNTED_NOUN.finditer(unbracketed[:colon.start()]) for t in window_terms(m.group(0))}:
                does += LISTS_ASKED  # "Six indicateurs sont suivis : délai…, nombre…, part…": the things asked
            cells = row_values(text, columns) if from_to_asked and laid_row else None
            if from_to_asked and own_lexical and (_FROM_TO.search(fold(text)) or (
                    cells is not None and len(cells) == 2 and has_figures(cells))):
                does += FROM_TO
            if target_unasked and typed and _TARGET.search(fold(text)):
                shape *= TARGET_FACTOR  # "Objectif : 250 agents formés fin 2026" for "on est à combien ?": what is
                # aimed at, not reached
            if end_asked and typed and _CHANGED_PLAN.search(fold(text)):
                does += NEXT  # "lancement repoussé au lundi 29 septembre 2025": what was done in the end
            elif end_asked and typed and _PLANNED.search(fold(text)):
                shape *= PAST_FACTOR  # "Lancement prévu le 15 septembre 2025": the plan, before it changed
            if polar and own_lexical:
                does += SAYS_YES_OR_NO  # "Faut-il une ordonnance… ?": "Pas besoin d'ordonnance."
            found.append((row, start, end, lexical, typed, agree, shape, direct, MOST * most + does,
                          min(place, year, in_force) < 0))
            cosines.append(dense_of.get((start, end), 0.0))
    dense = _scaled(np.array(cosines, dtype=np.float32))
    # asked in English, one sentence's closeness to the question across languages is a weaker clue
    dense_weight = tuning.sentence_dense * (tuning.english_sentence_dense if analysis.translated else 1.0)
    scored = [
        ScoredSentence(row, start, end,
                       shape * (tuning.conflict_factor if conflict else 1.0)
                       * (tuning.sentence_lexical * lexical + dense_weight * d + tuning.sentence_typed * typed
                          + tuning.sentence_agree * agree + tuning.sentence_direct * direct + bonus),
                       lexical, float(d), typed, agree, conflict)
        for (row, start, end, lexical, typed, agree, shape, direct, bonus, conflict), d in zip(found, dense)
    ]
    scored.sort(key=lambda s: -s.score)
    return scored


CAPTION_CHARS = 120  # a line over a table's header this long at most dates it
# a column's unit of time: "Délai moyen (jours)", or a column opening on it ("· Heures d'infirmière par semaine")
_IN_DURATION = re.compile(r"\((?:en\s+)?(?:jours|semaines|mois|annees|heures|minutes)\)|"
                          r"·\s(?:nombre d'|nb d')?(?:jours|semaines|mois|heures|minutes)\s+(?:d'|de\s|par\s)")


# A figure aimed at: "Objectif : 250 agents formés", "L'objectif de 250…", "atteindre 250…", "Cible : 80 %" (folded)
# (opening the sentence: "57 jeunes inscrits · (objectif : 80)" says what was reached)
_TARGET = re.compile(r"^\s*(?:[-•–]\s*)?(?:l['’]\s*)?(?:objectifs?|cibles?|atteindre|viser)\b")
TARGET_FACTOR = 0.5  # a figure aimed at, when what is done is asked
_TARGET_ASKED = re.compile(r"\b(?:objectifs?|cibles?|vis\w*|prevu\w*|attendu\w*|goal|target|aim\w*|planned|expected)\b")
EVENT_FACTOR = 0.8  # a date of another event than the one asked ("créée en 2024" for "se réunit quand ?")
GIVES_CAUSE = 0.1  # bonus: a reason given, for "pourquoi…"
GIVES_STEP = 0.25  # bonus: a step of a procedure (a form, how it is sent, by when), for "comment…"
SAYS_YES_OR_NO = 0.3  # bonus: a yes or a no said, for a yes-or-no question ("Le référent n'est pas un dispositif…")
ANOTHERS_FACTOR = 0.5  # a sentence answering a question said of another name than the one asked
OTHER_DOCUMENT_FACTOR = 0.6  # a sentence of another document than the one the question clearly names
TOTAL_FACTOR = 1.3  # a table's total row ("Total — Montant : 186 000 €"), for an amount or a count
# "Total — …", and an office table's "Financeur : Total ; Montant 2026 : 212 000 €" (its first cell named)
_TOTAL = re.compile(r"\s*(?:[^:;\n]{1,40}\s:\s)?(?:total\b|ensemble\b(?=[^,\n]{0,40}\s—\s))", re.I)


def capitalised_terms(question: str, acronyms: bool = False) -> frozenset[str]:
    """The terms of the words a question writes with a capital after its first word, acronyms aside unless
    `acronyms`: the names it gives ("…pour le canton de Mourèze-les-Bois ?" -> mourez, bois; "…la MDA…" -> mda)."""
    return frozenset(content_terms(" ".join(w for w in cased_words(question)[1:]
                                            if w[:1].isupper() and (acronyms or not is_acronym(w)))))


QUARTER_ORDINALS = {"premier": 1, "1er": 1, "deuxieme": 2, "2e": 2, "second": 2, "troisieme": 3, "3e": 3,
                    "quatrieme": 4, "4e": 4}
_QUARTER_NAMED = re.compile(rf"\b(?:({'|'.join(QUARTER_ORDINALS)}) trimestre|t([1-4]))\b")


def quarter_numbers(folded: str) -> set[int]:
    """The quarters a folded text names ("au 3e trimestre", "Sous-total T3") by their number."""
    return {QUARTER_ORDINALS[m.group(1)] if m.group(1) else int(m.group(2)) for m in _QUARTER_NAMED.finditer(folded)}


_TURN_LABEL = re.compile(r"^\s*(?:-\s*)?[A-ZÀ-Ý][^:\n]{0,40}\s?:\s")  # "Julien Riou : …", a speaker's name
# a line opening on a speaker's name (words as a transcript's labels write them), maybe with a role ("SYLVIE,
# AUDITRICE : …", "Dr DELPEUCH : …", "Intervenant 2 (CMP) : …"), not on a sentence ("Je suis artiste : comment… ?")
# a line's first word that says how one speaks, not who ("Alors, pour résumer :", "Objectif :", "Attention :")
_NOT_A_NAME = r"(?:Alors|Donc|Bref|Ensuite|Enfin|Oui|Non|Voilà|Bon|Objectif|Objectifs|Attention|Important|Note|Rappel|Remarque)"
_TURN_LINE = re.compile(rf"^[ \t]*(?:[-–]\s*)?(?!{_NOT_A_NAME}\b){NAME_WORD}(?:\s(?:(?:de|du|des|le|la|van|von|ben|el)\s)?"
                        rf"(?:{NAME_WORD}|\d+)){{0,3}}"
                        r"(?:,\s[^\W\d_][^\n:,.!?]{0,30}|\s?\([^()\n]{1,60}\))?\s?:\s", re.M)
TURN_CHARS = 700  # a caller's turn telling their situation before asking is this long at most
ASKING_TURN_FACTOR = 0.4  # a sentence of the turn that asks the question asked
TOLD_QUESTION = 0.4  # a speaker's turn telling their own situation, then asking, holding this share of the question's
# words asks it (a situation is told in other words than the question's)
_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:(?:je|moi|mon|ma|mes)(?![\w-])|j['’])", re.I)  # (a question of their own,
# not one quoted: "…appelle chaque personne : est-ce que vous avez vos médicaments ?")


def turn_starts(text: str) -> list[int]:
    """Where the turns of a dialogue begin (the offsets of its speakers' labels), or none when fewer than two lines
    of the text open on a label."""
    starts = [m.start() for m in _TURN_LINE.finditer(text)]
    return starts if len(starts) >= 2 else []


def turn_of(starts: list[int], offset: int) -> int | None:
    """The start of the turn holding an offset, or None outside any (or in a text that is no dialogue)."""
    k = bisect_right(starts, offset)
    return starts[k - 1] if k else None


def turn_found(found: list[tuple], row: int, turn: int) -> int:
    """The index in `found` of the first sentence of a passage's row at or after a turn's start."""
    k = len(found)
    while k and found[k - 1][0] == row and found[k - 1][1] >= turn:
        k -= 1
    return k


# Help sought without a question mark, by who speaks ("Je ne sais pas quoi faire.", "je voudrais savoir si…")
_SEEKS_HELP = re.compile(r"\b(?:je ne sais (?:pas|plus) (?:trop |vraiment |bien )?(?:quoi (?:faire|dire)|comment (?:faire|m.y prendre|"
                         r"reagir|l.aider|les aider|l.aborder|en parler)|(?:a |vers )?qui (?:m.adresser|appeler|en parler|"
                         r"me tourner|contacter))|je (?:voudrais|voulais|souhaiterais|aimerais) savoir|ma question,? c.est)\b")


def seeks_help(sentence: str) -> bool:
    """True for a sentence by which a speaker asks for help or advice without a question mark; not one reporting
    what others say ("Les parents m'appellent en disant : je ne sais plus quoi faire.")."""
    folded = fold(sentence)
    m = _SEEKS_HELP.search(folded)
    return bool(m) and not _REPORTING.search(folded, 0, m.start())


_REPORTING = re.compile(r"[:«\"]|\b(?:dis\w*|disant|dit|racont\w*|explique\w*)\b")


def _names_another(text: str, asked: frozenset[str]) -> bool:
    """True when a question said in a document names an organisation (an acronym, a name of two capitalised words
    or more) and none of the names a question asked gives, while it gives some: what answers it is of another ("…la
    porte du Point Virgule ?" for "…la MDA ?"; not "…à Kervallon ?", the town every line is of)."""
    if not asked:
        return False
    words = cased_words(_TURN_LABEL.sub("", text))[1:]
    said, run = set(), []
    for w in [*words, ""]:
        if w[:1].isupper() and not is_acronym(w):
            run.append(w)
            continue
        if len(run) >= 2:
            said |= set(content_terms(" ".join(run)))
        run = []
        if w and is_acronym(w):
            said |= set(content_terms(w))
    return bool(said) and not said & asked and not asked & window_terms(text)


def _names_a_row(text: str, pairs: list[tuple[int, int]], named: frozenset[str], title: str) -> bool:
    """True when a name the question gives (`capitalised_terms`: "Mourèze-les-Bois") labels a row of a table of the
    passage (as `laid_out` writes it: "Mourèze-les-Bois — 12 · 19 · 33") and nothing else there: not the name of
    what the whole table is about, in its title or caption ("Budget du CLSM de Lunel", over "Ville de Lunel")."""
    if not named:
        return False
    rows = [text[a:b] for a, b in pairs if ROW_MARK in text[a:b]]
    prose = "\n".join(text[a:b] for a, b in pairs if ROW_MARK not in text[a:b])
    own = named - window_terms(f"{title}\n{prose}")
    return bool(own) and any(own & window_terms(row.partition(ROW_MARK)[0]) for row in rows
                             if not _TOTAL.match(row))


def _label_terms(line: str) -> tuple[frozenset[str], bool]:
    """The terms of the label of a line giving a figure ("Secteur de Castelvieil (sud) : 47 enfants suivis",
    "Rennes — 412 · 25 %"), and whether it holds a name (a capital after its first word, or a name alone); none
    for any other line."""
    m = _LABEL.match(line)
    if not m:
        return frozenset(), False
    words = m.group(1).split()
    named = any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper())
    return window_terms(m.group(1)), named


_LABEL = re.compile(r"\s*(?:[-•–]\s*)?([^:—\n(]{2,60}?)\s*(?:\([^)\n]{0,60}\)\s*)?(?::|—)\s*\d")
# A day's date (folded): "30 avril 2025", "1er janvier 2025"
_DAY_DATE = re.compile(r"\b\d{1,2}(?:er)?\s+(?:" + "|".join(FOLDED_MONTHS) + r")\s+(?:19|20)\d\d\b")
NAMED_ROW = 0.3  # bonus: the line labelled by the name a count question gives, among lines of other names
COMPARED_FACTOR = 0.6  # a figure given "pour comparaison", of another place or time than the document's own
OTHER_ROW_FACTOR = 0.7  # a line labelled by another name than the one asked, among them


# A table's or chart's source, reading note or scope ("Source : Insee…", "Lecture : …", "Champ : …").
_SOURCE_LINE = re.compile(r"\s*(?:sources?|lecture|champ|note\s+de\s+lecture)\s*:", re.I)
_SOURCE_WORD = re.compile(r"\b(?:sources?|champ|lecture)\b")


# A French postal code before its town ("55900 Ferrancourt", "59000 Lille Cedex")
_POSTCODE = re.compile(r"(?<![\d,.])\d{5}\s+[A-ZÀ-Ý][\w'’-]+")
_WHERE_ASKED = re.compile(r"\boù\b|\bwhere\b|\blieux?\b|\badresses?\b|\bcontact\w*|\bsalle\b|\blocaux\b")
# A glossary's line or row: the acronym, then its long form ("EHPAD — Établissement…", "PFR : plateforme…")
_SPELLED_OUT = re.compile(r"\s*([A-Z][A-Za-z0-9&]{1,9})\s*(?:[—–:=]|-\s)\s*(.+?)[\s.;]*")


def spells_out(text: str, glossary: dict[str, dict[str, int]]) -> bool:
    """True for a line that only spells an acronym out as the glossary knows it."""
    m = _SPELLED_OUT.fullmatch(text.strip())
    forms = glossary.get(m.group(1)) if m else None
    return bool(forms) and normalise_for_match(m.group(2)) in {normalise_for_match(f) for f in forms}


PERCENT = "%"  # the unit of a table whose caption or header says its figures are percentages
_IN_PERCENT = re.compile(r"\ben\s*%|\(\s*%\s*\)|\ben pourcentages?\b", re.I)


def header_before(snap, row: int) -> tuple[str, str] | None:
    """When a passage opens on a table's row ("PR02 — Renoncement… · 24,6 · 28,1"), the table having begun in a
    passage before, of the same document (a long table runs over several): that table's header line and the line
    before it, else None."""
    text = snap.passages[row].text.lstrip()
    if snap.same_doc_as_previous is None or not ROW_LINE.fullmatch(text.split("\n", 1)[0]):
        return None
    for before in range(row - 1, max(-1, row - 1 - TABLE_PASSAGES), -1):
        if not snap.same_doc_as_previous[before + 1]:
            return None
        lines = snap.passages[before].text.split("\n")
        at = _header_at(lines)
        if at is None:
            return None  # (the table ended before)
        if at >= 0:
            return lines[at], lines[at - 1] if at else ""
    return None


def _header_at(lines: list[str]) -> int | None:
    """Where the header of the table whose rows end `lines` is: its index; -1 when every line is a row (the table
    began before them); None when a line that is neither ends the walk first (no table runs to the end)."""
    for i in range(len(lines) - 1, -1, -1):
        if header_columns(lines[i]) is not None:
            return i
        if not ROW_LINE.fullmatch(lines[i]):
            return None
    return -1


TABLE_PASSAGES = 5  # a table's header is looked for this many passages back


def in_percent_table(snap, row: int, start: int) -> bool:
    """True when the line at `start` of a passage is a row of a table whose header or the line over it says its
    figures are percentages ("résultats en % des répondants"), or one of whose columns is ("Sans accès internet
    (%)"), the table having begun in this passage or the one before."""
    lines = snap.passages[row].text[:start].split("\n")[:-1]
    at = _header_at(lines)
    if at is None:
        return False
    header, caption = (lines[at], lines[at - 1] if at else "") if at >= 0 else (header_before(snap, row) or ("", ""))
    return bool(_IN_PERCENT.search(caption) or _IN_PERCENT.search(header))


CAPTION_MAX_CHARS = 160  # a table's caption is a short line, not the sentence before the table


def _table_line(text: str, previous: str, columns: list[str] | None,
                money: bool) -> tuple[list[str] | None, bool, bool]:
    """Reading a passage line by line through a table as ingest lays it out: (its columns' names, whether its
    caption or header says its figures are sums of money, whether this line is one of its rows with a figure).
    A table of figures "en euros" gives amounts its cells do not spell ("Total — 2022 : 63 000")."""
    header = header_columns(text)
    if header is not None:
        captioned = len(previous) <= CAPTION_MAX_CHARS and not previous.rstrip().endswith((".", "!", "?", ";"))
        if (captioned and in_money(previous)) or in_money(text):
            return header, True, False
        # "résultats en % des répondants" over the table: all its figures are shares (not one "Part (%)" column's)
        return header, PERCENT if _IN_PERCENT.search(previous) else False, False
    values = row_values(text, columns) if columns else None
    if values is None:
        if columns and is_group_label(text):
            return columns, money, False  # "CHARGES", "1. Coordination du CLSM": a group of the table's rows
        return None, False, False
    return columns, money, money and has_figures(values)

CLEARLY_NAMED = 0.5  # the named document's score is 1; every other one under this: the question names one


def elsewhere_named(analysis: QueryAnalysis, doc_id: str) -> bool:
    """True when the question clearly names one document (its description holds the question's naming words,
    no other comes close) and this is another one."""
    named = analysis.named
    if not named or named.get(doc_id, 0.0) >= CLEARLY_NAMED:
        return False
    return sum(score >= CLEARLY_NAMED for score in named.values()) == 1


SUBJECT_VERB = 0.3  # a sentence whose subject does what the question asks about ("la charte prévoit")
# "Que prévoit la charte… ?", "Que recommande l'évaluation… ?", "Qu'a décidé le comité… ?"
_WHAT_DOES = re.compile(r"^\s*(?:que|qu'|qu’)\s*(?:a\s+|ont\s+)?([^\W\d_]{4,})(?:-t)?(?:-(?:il|elle|ils|elles))?\s+"
                        r"(?:le|la|les|l'|l’|un|une|ce|cette|ces|son|sa|ses)\s*([^\W\d_]{3,})")


def asked_subject_verb(question: str) -> tuple[str, str] | None:
    """(subject term, verb term) of a question asking what something does: "Que prévoit la charte…" ->
    ("chart", "prevoi")."""
    m = _WHAT_DOES.match(fold(question))
    if not m:
        return None
    verb, subject = term_set(m.group(1)), term_set(m.group(2))
    return (next(iter(subject)), next(iter(verb))) if verb and subject else None


def says_subject_verb(sentence: str, subject_verb: tuple[str, str]) -> bool:
    """True when the sentence has the asked subject followed closely by the asked verb ("La charte prévoit…")."""
    subject, verb = subject_verb
    words = [next(iter(term_set(w)), "") for w in re.findall(r"[^\W\d_]+", fold(sentence))]
    return any(w == subject and verb in words[i + 1:i + 1 + SUBJECT_VERB_REACH] for i, w in enumerate(words))


SUBJECT_VERB_REACH = 3


TOPIC_MAX_WORDS = 30


_SHOUTED = re.compile(r"[^a-zà-ÿ]*[A-ZÀ-Ý][^a-zà-ÿ]*")  # a table's header in capitals ("% DE BESOINS EXPRIMES")


# "Antoine BAILLOEUL, directeur de l'innovation…": a speaker introduced by first name and surname in capitals.
# "Evangéline BONNEROT", "Jean-Luc ROELANDT": a first name, then a surname in capitals; "Le CLSM", "Des ARS" are
# an article before an acronym.
_NOT_A_FIRST_NAME = (r"(?!(?:Le|La|Les|Un|Une|Des|Du|De|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Au|Aux|En|Et|Ou|"
                     r"Dans|Pour|Par|Sur|Avec|Chaque|Tout|Toute|Tous|Toutes|Notre|Nos|Votre|Vos|Mon|Ma|Mes|Selon|Via|"
                     r"Entre|Vers|Sans|Sous|Chez|Plus|Moins|Nombre|Part|Source|Sources|Hors|Avant|Après)\b)")
_PERSON = re.compile(r"\b" + _NOT_A_FIRST_NAME +
                     r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)? [A-ZÀ-Ý]{2,}(?:[- ][A-ZÀ-Ý]{2,})*\b")
# "Audrey Lissy, coordinatrice du Contrat Local de Santé", "Jean-Luc Roelandt, psychiatre": a first name and a
# surname, then a comma and a role.
_NAME_AND_ROLE = re.compile(r"\b" + _NOT_A_FIRST_NAME + "(" + _FULL_NAME + r")(?:(?:,| —)\s+(?i:(?:la|le|l')\s*)?(?i:" +
                            _ROLES + r")\b|\s\((?i:" + _ROLES + r")\b[^()]{0,30}\))")  # (or a table's row: "Fabrice
# Ollivier — Directeur des sports"; or "Thomas Wauquier (éducateur spécialisé)", the role alone in brackets)
# "Sa coordinatrice, Nadia Ferreira, …", "la présidente Anne Martin": a role, then the person who holds it.
# (the role maybe completed, then a comma: "Notre infirmière de liaison du SMPR, Laure Fabre, appelle…"; not "la
# coordinatrice de la Maison Perce-Neige", a place's name)
_ROLE_AND_NAME = re.compile(r"\b(?i:(" + _ROLES + r"))\b(?:(?:\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*"
                            r"[^\W\d_][\w'’-]*){1,2}\s*,|,?)\s+(?:(?:est|:)\s+)?" + _NOT_A_FIRST_NAME + _FULL_NAME)
# "…, et quelle est sa fonction ?", "le Dr Delaunay est présentée avec quelle fonction ?": a person's role, which
# the line introducing them says
_ROLE_ASKED = (r"\bquel(?:le)?s? (?:est|sont|etait|était) (?:sa|son|leur|leurs) (?:fonctions?|postes?|r[oô]les?|"
               r"m[ée]tiers?|titres?)\b|\b(?:avec|sur|à|a|dans) quel(?:le)?s? (?:fonctions?|postes?|titres?)\b|"
               r"\bquel(?:le)? (?:fonction|poste|m[ée]tier) (?:occupe|exerce|a|avait|occupait)\b|"
               r"\bpr[ée]sent[ée]e?s? (?:avec|comme)\b|\bwhat (?:is|was) (?:his|her|their) (?:role|job|position|title)\b")
# not "quel est le rôle du CLSM ?", "quels postes sont financés ?"
ROLE_WORDS = frozenset(content_terms("fonction fonctions poste postes rôle rôles métier titre présentée présenté"))
# "Qui anime…", "…, et qui intervenait ?": the question asks for people; not the relative "qui" ("les axes qui…")
_WHO = re.compile(r"(?:^|[,;:?!.(]\s*|\bet\s+|\bpar\s+|\bde\s+|\b[àa]\s+)qui\b|\b(?:who|intervenant\w*|orateur\w*|oratrice\w*|"
                  r"speakers?)\b|\bquel(?:le)? (?!cadre\b)" + _ROLES + r"\b|" + _ROLE_ASKED, re.I)


# "…est assurée par l'association RESEDA", "portée par la Ville de Lille", "financé par l'ARS": who does it
_ONLY_A_LABEL = re.compile(r"\s*(?:[^\W\d_][\w'’ .-]{0,40}?\s?:\s*)?")  # nothing, or a speaker's "MME LEROY : "
# also a person by their office ("co-présidé par la maire")
_AGENT = re.compile(r"\b(?:[Pp]ar|[Bb]y)\s+(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?(?:[A-ZÀ-Ý]|(?:association|ville|commune|"
                    r"agence|centre|conseil|collectivit|départe|region|état|hôpital|établissement|mairie|fédération|"
                    r"maire|président|directeur|directrice|préfet|préfète|chef|cheffe|adjoint)\w*)")


def names_agent(sentence: str, asked: dict[str, float]) -> bool:
    """True when the sentence says by whom what is asked is done: "par" and a name, right after words of the
    question ("Qui finance…": "…financé par la DGS"; not "…les actions portées par les CLSM"), or opening the
    reply ("Par l'ARS Hauts-de-France, pour 210 000 euros par an…", after "Elle est financée par qui ?")."""
    for m in _AGENT.finditer(sentence):
        before = " ".join(sentence[:m.start()].split()[-AGENT_REACH:])
        if term_set(before) & asked.keys() or (sentence[m.start()].isupper()  # a reply, not a caption's line
                                                and _ONLY_A_LABEL.fullmatch(sentence[:m.start()])):
            return True
    return False


def asked_role(question: str) -> str | None:
    """The term of what a who-question asks someone to be or do: "Qui copréside le CLSM ?" -> "copresid"."""
    # "Qui a été élu à la présidence ?" -> "elu"; "…, et qui est sa coordinatrice ?" -> "coordinatric"
    m = _WHO_PASSIVE.search(question) or re.search(
        r"\bqui\s+(?:est\s+|sont\s+)?(?:l[ea]\s+|les\s+|l['’]\s*|sa\s+|son\s+|ses\s+|leurs?\s+)?"
        r"([^\W\d_]{4,})", question, re.I)
    terms = content_terms(m.group(1)) if m else ()
    if not m and (m := _WHO_ROLE.search(question)):  # "Who chairs the association?": the French word, "président"
        terms = tuple(t for alternatives in french_words(m.group(1).lower())[:1] for t in content_terms(alternatives[0]))
    return terms[0] if terms else None


_WHO_PASSIVE = re.compile(r"\bqui\s+(?:a|ont|avait|avaient|aura|auront)\s+été\s+([^\W\d_]{3,})", re.I)
_WHO_ROLE = re.compile(r"\bwho\s+(?:is\s+|are\s+)?(?:the\s+|its\s+|his\s+|her\s+|their\s+)?([a-z]{4,})", re.I)


PERSON_REACH = 3  # words between a person's name and the verb saying what was done to them ("… est élue présidente")


def person_in_act(sentence: str, role: str | None) -> bool:
    """True when a full name is said, a few words before, to be what a passive who-question asks ("Qui a été élu… ?":
    "Isabelle Fromentin est élue présidente du CLSM…")."""
    if not role:
        return False
    family = word_family(role)
    return any(family & window_terms(" ".join(sentence[m.end(1):].split()[:PERSON_REACH]))
               for m in _NAMED_PERSON.finditer(sentence))


def introduces_in_role(sentence: str, role: str | None) -> bool:
    """True when the sentence introduces people with the role asked ("Corinne Weber, adjointe au maire, et
    docteur Marc Hoffmann, …, coprésidents du CLSM." for "Qui copréside… ?"): the role in a word of its family."""
    if role in _DOCTOR_ROLES and _DOCTOR_NAMED.search(sentence):
        return True  # "Qui est le médecin du travail… ?": "Dr Agnès Vidal, service de santé au travail…"
    if not role or not introduces_people(sentence):
        return False
    return bool(word_family(role) & window_terms(sentence))  # "Qui dirige… ?": "Sophie Gaillard, directrice"


_DOCTOR_ROLES = frozenset(content_terms("médecin docteur psychiatre"))
# a doctor's title before a name: "Dr Agnès Vidal", "la docteure Vidal", "Pr Martin"
_DOCTOR_NAMED = re.compile(r"\b(?:Dre?|Pre?|[Dd]octeure?|[Pp]rofesseure?)\.?\s+[A-ZÀ-Ý][\w'’-]+")


# An organisation: an acronym, alone or in parentheses after its name ("le centre communal d'action sociale
# (CCAS) de Bellegrève").
_ORGANISATION = re.compile(r"(?<![\w-])[A-Z][A-Za-z]?[A-Z]{1,6}s?(?![\w-])")


def asked_doing(question: str) -> str | None:
    """The term of the verb a question opening on "Qui" asks the doer of ("Qui emploie les médiateurs ?" ->
    "emploi"); None for "Qui met la main au portefeuille pour payer la personne qui coordonne… ?"."""
    return asked_role(question) if _WHO_DOES.match(question) else None


_WHO_DOES = re.compile(r"\s*qui\s+(?!(?:sont|était|étaient)\b)[^\W\d_]{4,}\b", re.I)


ORGANISATION_REACH = 8  # words before the verb where the organisation doing it is looked for


def organisation_does(sentence: str, role: str | None, asked: dict[str, float]) -> bool:
    """True when the sentence names an organisation doing what a who-question asks ("Qui emploie les médiateurs
    ?": "…le centre communal d'action sociale (CCAS) de Bellegrève a recruté quatre médiateurs"): an acronym a
    few words before a verb of the asked one's family, other than those the question names ("Qui coordonne le
    CLSM ?": "le CLSM coordonne…" says what the CLSM does)."""
    if not role:
        return False
    family = word_family(role)
    words = sentence.split()
    # (not a word of what an acronym stands for: "le programme PRISME (Prévenir, Repérer, Intervenir…)")
    depth = [0]
    for word in words:
        depth.append(depth[-1] + word.count("(") - word.count(")"))
    return any(family & window_terms(word) and depth[i] + word.count("(") <= 0 and any(
        not (term_set(m.group(0)) & asked.keys())
        for m in _ORGANISATION.finditer(" ".join(words[max(0, i - ORGANISATION_REACH):i])))
        for i, word in enumerate(words))


def presents_asked_person(sentence: str, question: str) -> bool:
    """True when the sentence gives the role of a person the question names, by their surname at least ("Qui est
    Hélène Vasseur ?": "Je suis Hélène Vasseur, psychiatre, je dirige l'EMPP")."""
    asked = set(re.findall(r"[\w-]+", fold(question)))  # "le Dr Delaunay": "Agnès Delaunay, psychiatre, …"
    return any(fold(m.group(1)).split()[-1] in asked for m in _NAME_AND_ROLE.finditer(sentence))


def names_holder(sentence: str, asked: dict[str, float]) -> bool:
    """True when the sentence names the person holding a role the question speaks of ("Qui coordonne… ?":
    "Sa coordinatrice, Nadia Ferreira, …"), or a person set between commas after a word of the question ("qui
    tient le rôle du joker ?": "Le « joker », Romain Cazaubon, anime…")."""
    return any(term_set(m.group(1)) & asked.keys() for m in _ROLE_AND_NAME.finditer(sentence)) or any(
        term_set(m.group(1)) & asked.keys() for m in _APPOSED_NAME.finditer(sentence)) or any(
        term_set(m.group(1)) & asked.keys() for m in _FIRST_NAMES_AFTER.finditer(sentence))


# a role named with its article, then a full name set between commas: "Le « joker », Romain Cazaubon, anime…" (not a
# list's "…territoire santé, Profession Banlieue, …")
_APPOSED_NAME = re.compile(r"\b(?i:le|la|l['’]|son|sa|leur|notre|votre)\s*«?\s*([^\W\d_][\w'’-]*)\s*»?\s*,\s+"
                           + _NOT_A_FIRST_NAME + _FULL_NAME + r"\s*,")


# people named by their first names after the word of what they are: "deux nouveaux médiateurs pairs, Abdi (somali)
# et Arben (albanais)"
_FIRST_NAMES_AFTER = re.compile(r"\b([^\W\d_]{4,})\s*,\s+[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:\s+\([^)]{1,30}\))?\s+et\s+"
                                r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:\s+\([^)]{1,30}\))?\s*[.,;)]")


AGENT_REACH = 4  # words before "par" where the question's verb or object is looked for


@lru_cache(maxsize=50_000)
def introduces_people(sentence: str) -> bool:
    """True for a line that introduces speakers ("Antoine BAILLOEUL, directeur…, et Laurine GAJEK…", "Audrey
    Lissy, coordinatrice du…"): it says who spoke, which answers "qui" and little else. A word in capitals
    after a capitalised one is a surname when it reads as one (four letters or more, two vowels): "Coordo
    ASV", "Loi HPST" name acronyms."""
    return _names_in_capitals(sentence) or bool(_NAME_AND_ROLE.search(sentence))


def _names_in_capitals(sentence: str) -> bool:
    return any(_reads_as_surname(m.group(0).split()[-1]) for m in _PERSON.finditer(sentence))


def _reads_as_surname(word: str) -> bool:
    letters = word.split("-")[-1]
    return len(letters) >= 4 and sum(c in "AEIOUYÀÂÉÈÊËÎÏÔÛÙÜ" for c in letters) >= 2


# "Comment s'appelle la personne recrutée ?", "Quel est le nom du médecin référent ?", "Qui est la nouvelle
# coordinatrice ?": a person asked by what they do, whom only a name answers.
_NEWLY = r"(?:(?:nouvel(?:le)?|nouveau|actuel(?:le)?|ancien(?:ne)?) )?"
_ASKS_A_NAME = re.compile(r"\b(?:comment s'appell?e(?:nt)?(?:-t-(?:il|elle))? (?:le |la |l')?|quel(?:le)?s? (?:est|sont|"
                          r"etait|etaient) (?:le|les) noms? (?:du |de la |de l'|des )?|what (?:is|was) the name of (?:the )?|"
                          r"who (?:is|was) the |qui (?:est|etait) (?:le |la |l')|"
                          # "c'était quel psychiatre, l'invité ?": one person, by their role (not "quel cadre…")
                          r"quel(?:le)? (?!cadre\b|personne\b|professionnel))" + _NEWLY + r"(?:personne|person|"
                          r"professionnel(?:le)?|coordinator|director|manager|doctor|psychiatrist|head|chair|president|"
                          r"mayor|officer|" + _ROLES + r")\b")  # the role right after: not "…l'association des élus"
# A person named: "Dr Lenoir", "Mme Royer", "Nadia Ferreira", "Antoine BAILLOEUL".
_HONOURED = re.compile(r"\b(?:Dr|Dre|Docteur|Docteure|Pr|Professeur|Professeure|Mme|Madame|Monsieur|M\.|Mlle|Me|"
                       r"Maître)\.?\s+[A-ZÀ-Ý][\w'-]+")
_NAMED_PERSON = re.compile(r"(?=\b(" + _NOT_A_FIRST_NAME + _FULL_NAME + r")(?![\w-]))")  # overlapping: "Coordinatrice Nadia Ferreira"
_SURNAME_FIRST = re.compile(r"\b([A-ZÀ-Ý]{3,}) [A-ZÀ-Ý][a-zà-ÿ]+")  # "…par FERREIRA Nadia"
_DETERMINER = frozenset("le la les du des au aux un une ce cet cette ces son sa ses leur leurs notre nos".split())


def asks_a_name(question: str) -> bool:
    """True when the question asks who holds a role or was recruited, which only a person's name answers."""
    return bool(_ASKS_A_NAME.search(fold(question)))


def names_a_person(text: str) -> bool:
    """True when the text names someone: a title and a name, a first name and a surname (in capitals or not)."""
    return bool(_HONOURED.search(text) or _names_in_capitals(text) or any(
        _reads_as_surname(m.group(1)) for m in _SURNAME_FIRST.finditer(text)) or any(
        _stands_alone(text, m.start(1), m.end(1)) for m in _NAMED_PERSON.finditer(text)))


def _stands_alone(text: str, start: int, end: int) -> bool:
    """True when two capitalised words are a name of their own: not after an article or another capitalised word,
    nor before one ("Le Point Écoute Cazelle" names a place)."""
    before, after = text[:start].split()[-1:], text[end:].split()[:1]
    titled = bool(before) and re.fullmatch(_ROLES + r",?", before[0], re.I) is not None  # "Coordinatrice Nadia Ferreira"
    if before and not titled and (before[0][:1].isupper() or fold(before[0]) in _DETERMINER
                                  or before[0].endswith(("'", "’"))):
        return False
    return not (after and after[0][:1].isupper())


def asks_role(question: str) -> bool:
    """True when the question asks someone's role or post ("…, et quelle est sa fonction ?")."""
    return bool(_ROLE.search(question))


_ROLE = re.compile(_ROLE_ASKED, re.I)


def asks_who_meets(question: str) -> bool:
    """True for "Qui reçoit / accueille / encadre… ?": the people who meet the public, named with their role (not
    "qui finance", an organisation, nor "qui coordonne", one holder)."""
    return bool(_MEETS_PEOPLE.search(fold(question)))


_MEETS_PEOPLE = re.compile(r"\bqui\s+(?:recoi(?:t|vent)|accueill\w*|encadr\w*|sui(?:t|vent)|consult\w*|ecout\w*|"
                           r"voi(?:t|ent)|"
                           # the members of a team: "Qui bosse dans l'équipe… ?", "qui compose le groupe ?"
                           r"boss\w*|travaill\w*|compos\w*|fai(?:t|saient) partie|font partie)\b")


def asks_who(question: str) -> bool:
    """True when the question asks for people ("Qui anime…", "…, et qui intervenait ?")."""
    return bool(_WHO.search(question))


def hands_to_speaker(sentence: str, transcript: str) -> bool:
    """True for a host's prompt that names the speaker it hands over to ("SANDRINE: Karim, au GEM, vous ne parlez
    pas de sport.", "Docteur Rolland, vous travaillez avec des interprètes depuis longtemps."): a question put
    without its question mark, which the speaker's next sentences answer. The name must be one the transcript
    gives a turn to ("KARIM:", "Agnès Rolland :")."""
    m = _VOCATIVE.match(sentence)
    if not m or not _SECOND_PERSON.search(sentence, m.end()):
        return False  # "Ensuite, on a…" names no one; "Karim, vous…" speaks to him
    return any(re.search(rf"\b{re.escape(name)}\b[^\n:.!?]{{0,30}}\s?:", transcript, re.I) for name in m.group(1).split())


# (after the host's label: "SANDRINE: Karim, …", "Thomas Le Goff : Docteur Rolland, …")
_VOCATIVE = re.compile(r"(?:[^\W\d_][\w'’ -]{0,40}?\s?:\s*)?(?:(?:Docteure?|Dre?\.?|Professeure?|Pr\.?|Madame|Monsieur|Mme|"
                       r"M\.)\s+)?([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s*,\s")
_SECOND_PERSON = re.compile(r"\b(?:vous|votre|vos|tu|ton|ta|tes|toi)\b", re.I)


# Who wrote or published a document ("qui l'a rédigée ?", "qui sont les auteurs…", "réalisé par qui ?", "qui a édité…
# ?"), and the line that says it ("Auteurs : …", "Rédaction : …", "Étude réalisée par …", "Actes publiés … par …").
_AUTHORSHIP = re.compile(r"\b(?:redig\w*|ecri\w*|auteurs?|autrices?|realise\w*|publie\w*|edite\w*|wrote|written|authors?|"
                         r"published|edited)\b")
# (at the start of the line, or of one of its parts: "Conseil local… — rédaction : Katell Morvan — relectures : …")
_AUTHORS_LINE = re.compile(r"(?:^|.*?\s[—–|]\s)\s*(?:[^\W\d_]+\s+){0,3}?(?:(?:auteurs?|autrices?|r[ée]daction)\s*:|"
                           r"(?:r[ée]dig|[ée]crit|r[ée]alis)[ée]?e?s?\s+par\b|sous la direction de\b|"
                           # "Actes publiés le 15 septembre 2025 par la Plateforme…", "Édité par…", "Éditeur : …"
                           r"(?:publi|[ée]dit)[ée]e?s?\s+(?:(?:le|en)\s+[^,;.]{1,30}?\s+)?par\b|[ée]diteur\s*:)", re.I)


# Who signed or countersigned a document ("Qui a signé la lettre… ?", "qui l'a visé ?"), and its signature block: "Pour le
# directeur général et par délégation, La directrice…", "Signé : …", "Visa du directeur…", or the name under that line or
# under the letter's closing formula ("…l'expression de ma considération distinguée." / "Dr Agnès Morvillier").
# "où" asking (in lower case, its accent kept): "Où se joue…", "…se tient où ?", "c'est où, …" (not "ou")
_ASKS_WHERE = re.compile(r"\boù(?=\s*[?,]|\s+(?:se|s'|a lieu|ont lieu|aura lieu|est-ce|sont|trouve|joue|passe|"
                         r"tient|déroule)\b)|\bwhere\b")
_PLACE_LABEL = re.compile(r"\s*(?:lieu|adresse|où|ou|rendez-vous)\s*:", re.I)  # "Lieu : …", "Adresse : …"
_SIGNING = re.compile(r"\b(?:a|ont|l'a|l'ont|avait|avaient)\s+(?:\w+\s+)?(?:sign|vis)(?:e|ee|es|ees)\b|\bsignataires?\b|"
                      r"\b(?:sign|vis)(?:e|ee|es|ees)\s+par\b|\bsigned\b|\bsignator(?:y|ies)\b")  # (not "les signes de
# détresse", "ont visé")
_SIGNATURE = re.compile(r"\bpar d[ée]l[ée]gation\b|^\s*(?:p/o|pour)\s+(?:(?:le|la)\s+|l['’])\w[^\n.!?]{0,80}[,:]?\s*$|"
                        r"^\s*(?:sign[ée]e?s?|signature|visa|vis[ée]e?)\b|"
                        # a letter's signer by role, over the name ("Le directeur de la MDPH de la Haute-Sâline,")
                        r"^\s*(?:le|la)\s+(?:directeur|directrice|pr[ée]sidente?|maire|pr[ée]f[èe]te?|d[ée]l[ée]gu[ée]e?|"
                        r"chef|cheffe|coordinat\w+|responsable|secr[ée]taire)\b[^\n.!?]{0,80},[^\n,]{0,8}$", re.I | re.M)
# a signature line naming what it signs for, then who ("Pour la DSDEN du Pays-de-Risle : Philippe Ravenel, …")
_SIGNED_FOR = re.compile(r"\s*(?:p/o|pour)\s+(?:(?:le|la|les)\s+|l['’])[^\n:.!?—]{1,80}?\s*(?::|—)\s*", re.I)  # (or a
# table's row: "Pour la Ville d'Ormeval — Catherine Lemonnier · Maire d'Ormeval · 24 juin 2025")
_CLOSING = re.compile(r"\b(?:considération|salutations|sentiments|cordialement|respectueusement)\b", re.I)
_NAME_LINE = re.compile(r"\s*(?:(?:Dre?|Pr|M\.|Mme|Madame|Monsieur|Docteure?)\.?\s+)?[A-ZÀ-Ý][\w'’-]+"
                        r"(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}\s*$")


def signs(sentence: str, previous: str) -> bool:
    """True for the name that signs: a name line under a signature block's line or under a letter's closing formula,
    or a signature line that holds its name ("Signé : Dr Agnès Morvillier")."""
    if _NAME_LINE.match(sentence):
        return bool(_SIGNATURE.search(previous) or _CLOSING.search(previous))
    if _SIGNATORIES.match(previous) and _NAMED_PERSON.search(sentence):
        return True  # a table of signatures: "Pour le Département · Pour l'ARS", then "Jean-Marc Lescure, président — …"
    if (signed := _SIGNED_FOR.match(sentence)) and _NAMED_PERSON.match(sentence, signed.end()):
        return True  # "Pour la DSDEN du Pays-de-Risle : Philippe Ravenel, directeur académique…"
    return bool(_SIGNATURE.search(sentence)) and bool(_ENDS_ON_NAME.search(sentence))


# the header of a table of signatures: "Pour le Conseil départemental · Pour le CHS La Sévrine · Pour l'ARS…"
_SIGNATORIES = re.compile(r"\s*(?:pour|p/o)\s+[^·\n]+(?:·\s*(?:pour|p/o)\s+[^·\n]+)+$", re.I)


_ENDS_ON_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+\s*$")


# "Qui présentait…", "qui intervenait…", "qui animait…": the question asks who spoke at the event.
_SPOKE = re.compile(r"\b(?:present|interv|anim|expos|parl|speak)\w*|\b(?:a l'antenne|au micro|on air|invite(?:e|s|es)?)\b", re.I)


# "Pour comparaison, …", "À titre de comparaison, …", "Par comparaison, …": what follows is a reference figure
_FOR_COMPARISON = re.compile(r"\s*(?:pour|par|en|à titre de|a titre de)\s+comparaison\b|\s*for comparison\b", re.I)
# "Qui anime les réunions du réseau ?", "qui encadre les ateliers ?": who leads what recurs, not who spoke when recorded
_LEADS_RECURRING = re.compile(r"\b(?:anim|organis|encadr|coordon)\w*\s+(?:les|des|ces)\s+(?:reunions|ateliers|groupes|"
                              r"seances|sessions|formations|permanences|rencontres|cafes|maraudes|temps|sorties)\b")


def asks_who_spoke(question: str) -> bool:
    """True when the question asks who presented, spoke or led the event a document records."""
    folded = fold(question)
    return asks_who(question) and bool(_SPOKE.search(folded)) and not _LEADS_RECURRING.search(folded)


def says_who(text: str, meta: DocumentMeta | None, spoke: bool) -> bool:
    """True when the text introduces people: a name with its surname in capitals, or, when the question asks
    who spoke (`spoke`), a speaker its document's catalog entry lists, however written. A name with its role
    in lower case ("Annie Verrier, adjointe au maire") is too common in reports to say who spoke at an event."""
    return _names_in_capitals(text) or (spoke and names_speaker(text, meta))


def names_speaker(text: str, meta: DocumentMeta | None) -> bool:
    """True when the text names one of the speakers the catalog lists for its document ("Fanny Pastant &
    Sonia Charapoff"): it says who spoke, written in any case."""
    if meta is None or not meta.speakers:
        return False
    words = set(re.findall(r"[\w-]+", fold(text)))
    return any(fold(speaker).split()[-1] in words for speaker in meta.speakers if speaker.split())


def is_dateline(line: str) -> bool:
    """True for a short line that dates its page ("Page publiée le 12 janvier 2026 · Mise à jour régulièrement")."""
    line = line.strip()
    return len(line.split()) <= DATELINE_WORDS and line[-1:] not in ".!?" and full_date(line)


DATELINE_WORDS = 12


def topic_line(text: str, spans: list[tuple[int, int]]) -> str:
    """The line a passage opens on when it titles what follows ("Val d'Oise Est : quand le conseil local…
    convergent"): capitalised, on a line of its own, without a final stop, and followed by sentences."""
    if len(spans) < 2:
        return ""
    start, end = spans[0]
    line = text[start:end].strip()
    if (line[:1].isupper() and line[-1:] not in ".!?;:…»)" and len(line.split()) <= TOPIC_MAX_WORDS
            and text[end:end + 1] == "\n" and "\n" not in line
            and not full_date(line)):  # "Page publiée le 12 janvier 2026 · …": a dateline, not a title
        return line
    return ""


def _direct(weights: dict[str, float], nouns: frozenset[str], text: str, heads: frozenset[str] = frozenset()) -> float:
    """1 when what the question counts is named right after a number of the text ("combien de logements" ->
    "23 logements"); else half the share of the question's (idf-weighted) words named there. A word of the
    question after its noun ("Combien d'enfants l'EMAP a suivis…") answers directly only when the number counts
    nothing else: "104 assistants familiaux ont suivi le module" counts assistants."""
    counted = counted_terms(text)
    if nouns & counted and (not heads or heads & counted or not (next_words := counted_terms(text, 1)) - nouns
                            or nouns & next_words):
        return 1.0
    total = sum(weights.values())
    return 0.5 * sum(w for t, w in weights.items() if t in counted) / total if total else 0.0


def _scaled(cosines: np.ndarray) -> np.ndarray:
    """Cosines scaled from the candidates' median (0) to their best (1), clipped at 0."""
    if not cosines.size or not cosines.any():
        return np.zeros_like(cosines)
    floor, top = float(np.median(cosines)), float(cosines.max())
    return np.clip((cosines - floor) / (top - floor), 0.0, None) if top > floor else np.zeros_like(cosines)

