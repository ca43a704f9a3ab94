"""The kinds of documents the product knows, their French labels, and what to say about an unknown one."""

from __future__ import annotations

import difflib

from assistant.text import fold

# The catalog's `kind` values the product knows (README "Catalog", corpus/catalog.toml), with the French label
# people see. Retrieval's words for each (assistant/search/metadata.py KIND_WORDS) cover the same kinds.
KIND_LABELS: dict[str, str] = {
    "slides": "diaporama",
    "report": "rapport",
    "webinar page": "page de webinaire",
    "webpage": "page web",
    "transcript": "transcription",
    "document": "document",
}
KNOWN_KINDS: tuple[str, ...] = tuple(KIND_LABELS)

CLOSE_ENOUGH = 0.6  # difflib ratio from which a known kind is offered as "did you mean"


def _key(kind: str) -> str:
    """A kind compared without case, accents, hyphens or underscores: "Webinar-Page" -> "webinar page"."""
    return " ".join(fold(kind).replace("-", " ").replace("_", " ").split())


_SPELLINGS: dict[str, str] = {
    **{_key(label): kind for kind, label in KIND_LABELS.items()},
    **{_key(kind): kind for kind in KNOWN_KINDS},
    "web page": "webpage",
    "diapositives": "slides",
}


def known_kind(kind: str | None) -> str | None:
    """The known kind `kind` spells (in any case, or by its French label: "Diaporama" -> "slides"), else None."""
    if not kind:
        return None
    return _SPELLINGS.get(_key(kind))


def kind_label(kind: str | None) -> str:
    """The French label of a kind ("slides" -> "diaporama"); an unknown kind is shown as written."""
    if not kind:
        return ""
    known = known_kind(kind)
    return KIND_LABELS[known] if known else kind


def closest_kind(kind: str) -> str | None:
    """The known kind nearest to an unknown one by spelling ("webinar transcript" -> "transcript"), or None
    when none is close."""
    key = _key(kind)
    scored = [(difflib.SequenceMatcher(None, key, spelling).ratio(), known)
              for spelling, known in _SPELLINGS.items()]
    ratio, best = max(scored, key=lambda pair: pair[0])
    return best if ratio >= CLOSE_ENOUGH else None


def kind_warning(kind: str | None) -> str | None:
    """A French warning for a catalog `kind` the product does not know (None for a known or missing one)."""
    if not kind or not str(kind).strip() or known_kind(str(kind)):
        return None
    kind = " ".join(str(kind).split())
    known = ", ".join(f"« {k} » ({label})" for k, label in KIND_LABELS.items())
    closest = closest_kind(kind)
    advice = f"Vouliez-vous dire « {closest} » ({KIND_LABELS[closest]}) ? " if closest else ""
    return (f"Type de document inconnu : « {kind} ». {advice}Corrigez « kind » dans le catalogue, sinon ce type "
            f"reste affiché tel quel, sans libellé français. Types connus : {known}.")
