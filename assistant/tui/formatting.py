"""Pure rendering helpers of the terminal UI: highlighting, French labels, citation text.

Nothing here retrieves: these functions turn the core's typed results into Textual `Content`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urlsplit

from textual.content import Content

from assistant.dates import french_date
from assistant.excerpts import term_spans
from assistant.models import Answer, Citation, Filters
from assistant.plural import plural

HIGHLIGHT_STYLE = "bold $text-warning on $warning-muted"
MARKER_STYLE = "bold $text-accent"
# Dim text inside a message ("$text-muted" is "auto 60%", which inline content renders at full strength).
MUTED_STYLE = "$foreground-muted"

KIND_LABELS = {
    "slides": "diaporama",
    "report": "rapport",
    "webinar page": "page de webinaire",
    "web page": "page web",
    "webpage": "page web",
    "transcript": "transcription",
    "video": "vidéo",
    "document": "document",
    "guide": "guide",
    "article": "article",
}

def highlight(text: str, terms: Iterable[str], style: str = HIGHLIGHT_STYLE) -> Content:
    """`text` as Content with the question's words (the core's `Response.terms`) highlighted."""
    content = Content(text)
    for start, end in term_spans(text, terms):
        content = content.stylize(style, start, end)
    return content


def french_datetime(value: str | None) -> str:
    """An ISO timestamp as "23/11/2025 20:25"; a date alone as "23/11/2025"."""
    if not value:
        return "inconnue"
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    if len(str(value)) <= 10:
        return moment.strftime("%d/%m/%Y")
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # shown in the reader's local time
    return moment.strftime("%d/%m/%Y %H:%M")


def kind_label(kind: str | None) -> str:
    if not kind:
        return ""
    return KIND_LABELS.get(kind.lower(), kind)


def citation_meta(citation: Citation) -> str:
    """"p. 3 · 23 avril 2024 · ARS Occitanie": location, date and organisers of a source."""
    parts = [citation.location.label]
    if citation.date:
        parts.append(french_date(citation.date))
    if citation.organisers:
        parts.append(", ".join(citation.organisers))
    return " · ".join(p for p in parts if p)


def citation_text(citation: Citation) -> str:
    """The citation as copied: a complete reference, "organisers, « title », kind, date, place. En ligne : link".

    The link opens the cited place (the PDF page, the second of the replay, the quoted words); a document
    known only by its site's home page says "Site :" so that no one takes it for the passage's address."""
    parts = []
    if citation.organisers:
        parts.append(", ".join(citation.organisers))
    parts.append(f"« {citation.title} »")
    parts.append(kind_label(citation.kind))
    if citation.date:
        parts.append(french_date(citation.date))
    parts.append(citation.location.label)
    text = ", ".join(p for p in parts if p) + "."
    link = citation.link or citation.url
    if link:
        home = link == citation.url and urlsplit(link).path in ("", "/")
        text += f" {'Site' if home else 'En ligne'} : {link}"
    return text


def answer_content(answer: Answer) -> Content:
    """An answer from its parts: a comparison's sides labelled, a list as bullets, each sentence followed by
    its source numbers emphasised ("[1]", "[1][3]" for a written sentence citing two passages)."""
    pieces: list = []
    for p, part in enumerate(answer.parts):
        if p:
            pieces.append("\n")
        if part.label:
            pieces.append((f"{part.label} : ", "bold"))
        for i, sentence in enumerate(part.sentences):
            if part.is_list:
                pieces.append("\n  • " if i or part.label else "  • ")
            elif i:
                pieces.append(" ")
            pieces += [sentence.text, (f" {sentence.marks}", MARKER_STYLE)]
    return Content.assemble(*pieces)


def answer_heading(mode_label: str, note: str = "") -> Content:
    """"Assistant · Extraits des documents" (or "· Réponse rédigée à partir des sources"): a reader always
    knows whether the sentences below are quoted or written; the answer's note, dim, under it."""
    pieces: list = [("Assistant", "bold $text-accent"), (f" · {mode_label}", MUTED_STYLE)]
    if note:
        pieces.append((f"\n{note}", f"italic {MUTED_STYLE}"))
    return Content.assemble(*pieces, "\n")


def filters_label(filters: Filters) -> str:
    """A short French description of the active filters ("aucun" when none)."""
    if filters.is_empty():
        return "aucun"
    parts = []
    if filters.kinds:
        parts.append(", ".join(kind_label(k) for k in filters.kinds))
    if filters.regions:
        parts.append(", ".join(filters.regions))
    if filters.docs:
        parts.append(plural(len(filters.docs), "document"))
    first = filters.date_from[:4] if filters.date_from else ""
    last = filters.date_to[:4] if filters.date_to else ""
    if first or last:
        if first == last:
            parts.append(first)
        elif first and last:
            parts.append(f"{first}–{last}")
        elif first:
            parts.append(f"depuis {first}")
        else:
            parts.append(f"jusqu'à {last}")
    return " · ".join(parts)
