"""Questions that name a document ("selon le webinaire de février 2023", "dans le support de l'ARS
Occitanie"): the catalog's title, kind, date, event, organisers, speakers and region count as evidence for the
passages of the documents they describe, and act as a soft filter."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from assistant.dates import MONTHS
from assistant.models import DocumentMeta
from assistant.text import content_terms, fold, normalise_for_match

# How people name each kind of document (French words, English ones, and the kinds' own names).
KIND_WORDS = {
    "slides": "diaporama diapo diapos diapositives support présentation slides intervention deck presentation",
    "report": "rapport compte-rendu actes publication synthèse lettre newsletter bulletin report",
    "webinar page": "webinaire page replay webinar",
    "webpage": "page site article website",
    "transcript": "transcription replay enregistrement vidéo webinaire intervention webinar recording video talk "
                  "télé tv radio podcast émission épisode interview interviewé interviewée",
    "document": "document",
}


KIND_TERMS = frozenset(t for words in KIND_WORDS.values() for t in content_terms(words))


_DOC_WORDS = (r"support|webinaire|webinar|rapport|report|document|diaporama|presentation|intervention|journee|"
              r"page|replay|transcription|compte-rendu|actes|slides|video|enregistrement|seminaire|colloque|"
              r"radio|podcast|emission|episode|lettre|newsletter|bulletin|diapo|diapos|tableau|guide|charte|fiche|"
              r"courriel|mail")
# the words naming a kind of document, as a question writes them
DOCUMENT_TERMS = frozenset(content_terms("support webinaire webinar rapport document diaporama journée page replay "
                                         "transcription actes slides vidéo enregistrement séminaire colloque radio podcast "
                                         "émission épisode lettre newsletter bulletin diapo diapos guide charte fiche "
                                         "courriel mail e-mail"))
_MONTH_YEAR = "|".join(fold(m) for m in MONTHS)
# "selon le webinaire…", "dans le support de l'ARS…", "lors de la journée…", "d'après…", a month and a year.
_NAMING = re.compile(
    rf"\b(?:selon|d'apres|lors d[eu]|au cours d[eu]|according to|as said in)\b|"
    rf"\b(?:dans|sur|a|au|aux|in|from|on)\s+(?:le|la|les|l'|un|une|the|this)?\s*(?:{_DOC_WORDS})\b|"
    # English puts what names it before the kind of document: "in the Grand Est webinar", "in the March 2025 slides"
    rf"\b(?:in|from|at)\s+(?:the|this)\s+(?:[\w'-]+\s+){{1,3}}(?:{_DOC_WORDS})\b|"
    rf"\b(?:{_DOC_WORDS})\s+(?:d[eu]|de la|des|of|by)\b|"
    rf"\b(?:{_MONTH_YEAR})\s+(?:19|20)\d\d\b")


# "au 31 décembre 2025", "jusqu'au 30 juin 2026": the day a figure stands at, no document's date
_AS_OF = re.compile(rf"\b(?:au|jusqu'au)\s+(?:1er|\d{{1,2}})\s+(?:{_MONTH_YEAR})\s+(?:19|20)\d\d\b")


_QUOTED = re.compile(r"[«“\"]\s*([^«»“”\"]{6,120}?)\s*[»”\"]")


def names_a_document(question: str, documents: dict[str, DocumentMeta] | None = None) -> bool:
    """True when the question points at a document: "selon…", "dans le support de…", "en février 2023"…,
    the surname of one of its speakers, or, between quotes, words of its title or event ("une séance « La
    santé mentale dans mon quartier »")."""
    if _NAMING.search(_AS_OF.sub(" ", fold(question))):
        return True
    for quoted in _QUOTED.findall(question):
        phrase = normalise_for_match(quoted)
        if len(content_terms(quoted)) >= 2 and any(
                phrase in normalise_for_match(f"{meta.title} | {meta.event or ''}")
                for meta in (documents or {}).values()):
            return True
    # a speaker by their surname ("qu'a dit Lemaire ?"): a first name alone may be any word's stem ("Olivier",
    # "aux Oliviers-Hauts")
    asked = set(content_terms(question))
    surnames = {content_terms(name)[-1] for meta in (documents or {}).values() for name in meta.speakers
                if content_terms(name)}
    return bool(asked & surnames)


def describing_text(meta: DocumentMeta) -> str:
    """Everything the catalog says of a document, as words: title, kind, date (day, month, year), event,
    organisers, speakers, region."""
    parts = [meta.title, meta.kind, KIND_WORDS.get(meta.kind, ""), meta.event or "", meta.region or "",
             *meta.organisers, *meta.speakers]
    for date in (meta.date, meta.published):
        if date and len(date) >= 7 and date[5:7].isdigit() and 1 <= int(date[5:7]) <= 12:
            month = MONTHS[int(date[5:7]) - 1]
            day = date[8:10].lstrip("0") if len(date) >= 10 else ""
            parts.append(f"{day} {month} {date[:4]}")
        elif date:
            parts.append(date[:4])
    return " ".join(p for p in parts if p)


@lru_cache(maxsize=10_000)
def _terms(meta: DocumentMeta) -> frozenset[str]:
    return frozenset(content_terms(describing_text(meta)))


@lru_cache(maxsize=10_000)
def _kind_only_terms(meta: DocumentMeta) -> frozenset[str]:
    """The terms a document's description holds only through the generic words of its kind ("radio", "podcast" for
    any transcript), not through its own title, event or organisers."""
    generic = frozenset(content_terms(KIND_WORDS.get(meta.kind, "")))
    own = content_terms(describing_text(replace(meta, kind="")))
    return generic - frozenset(own)


def naming_phrase(question: str) -> str:
    """The words that name a document, from the cue to the next comma ("D'après le quiz de l'atelier, faut-il… ?" ->
    "d'apres le quiz de l'atelier"), folded; "" when the question names none so."""
    folded = fold(question)
    m = _NAMING.search(folded)
    return re.split(r"[,?;:!]", folded[m.start():], maxsplit=1)[0] if m else ""


PHRASE_WEIGHT = 2.0  # a word of the phrase naming the document ("le quiz de l'atelier") says more of which one


def document_scores(documents: dict[str, DocumentMeta], typed_terms: tuple[str, ...],
                    phrase_terms: frozenset[str] = frozenset()) -> dict[str, float]:
    """How strongly the question names each document, in [0, 1] (1 for the best named one).

    A word counts by how few documents' descriptions hold it: "ARS", "2017" or "webinaire" single a document
    out; words every description holds ("santé mentale") count for nothing; those of the phrase naming it
    (`phrase_terms`) count PHRASE_WEIGHT times more than the question's others."""
    if not documents or not typed_terms:
        return {}
    described = {doc_id: _terms(meta) for doc_id, meta in documents.items()}
    n = len(described)
    weights = {}
    for t in set(typed_terms):
        df = sum(t in terms for terms in described.values())
        if 0 < df < n:
            weights[t] = math.log(n / df) * (PHRASE_WEIGHT if t in phrase_terms else 1.0)
    if not weights:
        return {}
    # a word held through the kind's generic words only ("podcast" of a webinar's recording) does not name it when
    # another document's own description says it ("Podcast « Les Voix du Lignon »")
    kind_only = {doc_id: _kind_only_terms(meta) for doc_id, meta in documents.items()}
    said_own = {t for t in weights for doc_id, terms in described.items() if t in terms - kind_only[doc_id]}
    raw = {doc_id: sum(w for t, w in weights.items() if t in terms and not (t in said_own and t in kind_only[doc_id]))
           for doc_id, terms in described.items()}
    top = max(raw.values())
    return {doc_id: score / top for doc_id, score in raw.items() if score > 0} if top > 0 else {}
