"""HTML loader: the main content only, split into sections at h1/h2/h3 headings."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Tag

from ..errors import IngestError
from ..models import Document, Location, Unit
from . import clean
from .catalog import resolve_meta

DROP_TAGS = ["script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg", "button", "select"]
BOILERPLATE_MARKERS = ("cookie", "consent", "banner", "gdpr", "rgpd", "breadcrumb", "skip-link", "share")
BLOCK_TAGS = [
    "p", "div", "section", "li", "ul", "ol", "table", "tr", "td", "th", "pre", "blockquote",
    "h4", "h5", "h6", "dt", "dd", "figcaption", "article", "main", "header", "footer",
]
HEADING_MARK = "\x00H\x00"
TITLE_SUFFIX = re.compile(r"\s+(?:\||–|—|::)\s+[^|–—]{1,60}$")
# Download widgets of CMS pages ("Poids : 1.76 Mo Téléchargement [3] Favoris + [4]").
WIDGET = re.compile(r"Poids\s*:\s*[\d.,]+\s*[KMG]?o\b|Téléchargement|Favoris\s*\+\s*(?:\[\d+\])?", re.IGNORECASE)


# Labels of buttons and widgets that CMS pages put in headings ("Afficher/masquer la transcription", "Lire la
# suite", "Show transcript"): they name no section; the text under them stays in the section before.
_CONTROL = re.compile(
    r"^(?:afficher|masquer|voir|lire|télécharger|telecharger|imprimer|partager|fermer|ouvrir|déplier|replier|"
    r"cliquez|cliquer|agrandir|réduire|retour|haut de page|suivant|précédent|show|hide|toggle|download|print|"
    r"share|read|see|view|close|open|expand|collapse|back to top|next|previous)\b(?:\s*/\s*\w+)?", re.IGNORECASE)
CONTROL_MAX_WORDS = 6


def is_control_label(heading: str) -> bool:
    """True for a heading that is a button or widget label, not the name of a section."""
    return bool(_CONTROL.match(heading.strip())) and len(heading.split()) <= CONTROL_MAX_WORDS


def page_title(soup: BeautifulSoup) -> str | None:
    """The <title> without its " | Site" suffix, else the first <h1>."""
    if soup.title and soup.title.get_text(strip=True):
        title = " ".join(soup.title.get_text(" ").split())
        return TITLE_SUFFIX.sub("", title) or title
    h1 = soup.find("h1")
    return " ".join(h1.get_text(" ").split()) or None if h1 else None


def _is_boilerplate(tag: Tag) -> bool:
    if not isinstance(tag, Tag) or tag.attrs is None:
        return False
    names = " ".join([*tag.get("class", []), tag.get("id", "") or "", tag.get("role", "") or ""]).lower()
    return any(marker in names for marker in BOILERPLATE_MARKERS) or names.strip() in ("navigation", "contentinfo")


def main_content(soup: BeautifulSoup) -> Tag:
    """The <main> or <article> element (else <body>) with navigation, banners, forms and footers removed."""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    for tag in [t for t in soup.find_all(True) if _is_boilerplate(t)]:
        if not tag.decomposed:
            tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    for tag in root.find_all("footer"):
        tag.decompose()
    if root is soup.body or root is soup:
        for tag in root.find_all("header"):
            if not tag.find(["h1", "h2"]):
                tag.decompose()
    return root


def sections(root: Tag) -> list[tuple[str, str]]:
    """(heading, text) pairs in reading order; text before the first heading has an empty heading."""
    for br in root.find_all("br"):
        br.replace_with("\n")
    for heading in root.find_all(["h1", "h2", "h3"]):
        text = " ".join(heading.get_text(" ").split())
        heading.replace_with(f"\n{HEADING_MARK}{text}\n")
    for tag in root.find_all("li"):
        tag.insert(0, "- ")
    for tag in root.find_all(BLOCK_TAGS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    result: list[tuple[str, list[str]]] = [("", [])]
    for line in root.get_text().split("\n"):
        line = " ".join(line.split())
        if line.startswith(HEADING_MARK):
            raw = line[len(HEADING_MARK):]
            heading = clean.normalise_chars(WIDGET.sub("", raw)).strip(" -")
            letters = sum(ch.isalpha() for ch in re.sub(r"\[\d+\]", "", heading))
            if WIDGET.search(raw) and letters < 2 and len(result) > 1 and not any(result[-1][1]):
                result.pop()  # the heading just before a download card ("Poids : 1.76 Mo") names a file
            elif letters >= 2 and not clean.EXPLICIT_PAGE.match(heading) and not is_control_label(heading):
                result.append((heading, []))
            continue
        result[-1][1].append(line)
    return [(heading, "\n".join(lines)) for heading, lines in result]


def clean_section_text(text: str) -> str:
    """Drop widget debris and explicit page-number lines, then clean the block."""
    lines = [WIDGET.sub("", line).strip() for line in text.split("\n")]
    lines = [line if clean.has_text(line) and not clean.EXPLICIT_PAGE.match(line) else "" for line in lines]
    return clean.clean_block("\n".join(lines))


def load_html(path: Path, data: bytes, entry: dict | None) -> Document:
    """Load an HTML page into a Document of section units."""
    try:
        soup = BeautifulSoup(data, "html.parser")
    except Exception as exc:  # bs4 is lenient; this guards against pathological input
        raise IngestError(f"Page HTML illisible ({type(exc).__name__})") from exc
    meta = resolve_meta(path, entry, own_title=page_title(soup), default_kind="webpage")
    units = []
    for heading, text in sections(main_content(soup)):
        body = clean_section_text(text)
        if not body:
            continue
        n = len(units) + 1
        units.append(Unit(text=body, location=Location(kind="section", start=n, end=n, section=heading), title=heading))
    if not units:
        raise IngestError("Page HTML sans contenu textuel exploitable")
    return Document(meta=meta, units=units)
