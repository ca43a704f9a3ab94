"""Web pages saved as one file (.mhtml, .mht: "Enregistrer sous… › Page Web, un seul fichier"): the page's HTML
part, read as any page."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from ..errors import IngestError
from ..models import Document
from .html import load_html


def load_web_archive(path: Path, data: bytes, entry: dict | None) -> Document:
    """Load the first HTML part of a MIME web archive (its images and styles are left out), decoded by the charset
    its part declares, else by the page's own."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
        html: bytes | str | None = part.get_payload(decode=True) if part is not None else None
        charset = part.get_content_charset() if part is not None else None
        if html and charset:  # else the page's own <meta charset> says it (Chrome declares none in the part)
            html = html.decode(charset)
    except (LookupError, ValueError, UnicodeError) as exc:  # an unknown charset, a damaged part
        raise IngestError(f"Page web enregistrée illisible ({type(exc).__name__})") from exc
    if not html:
        raise IngestError("Page web enregistrée (.mhtml) sans page HTML : enregistrez-la de nouveau depuis le "
                          "navigateur, ou au format « Page Web complète » (.html)")
    return load_html(path, html, entry)
