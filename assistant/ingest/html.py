"""HTML loader: the main content only, split into sections at h1/h2/h3 headings, tables read row by row."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from ..errors import IngestError
from ..models import Document, Location, Unit
from ..table_lines import has_figures
from . import clean
from .catalog import resolve_meta
from .html_content import main_content
from .html_tables import replace_tables
from .text import SPEAKER_TIME_LINE, TIMED_LINE, timed_cues

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
# Between a page's own title and the site's name in <title>: "Titre - Site", "Site | Titre".
SEPARATOR = r"\s+[-|–—·•»]+\s+"
SITE_SUFFIX = re.compile(SEPARATOR + r".{1,60}")
# A section shorter than this (the default passage_min_chars) is merged with the next one by the chunker.
SHORT_SECTION_CHARS = 200


def is_control_label(heading: str) -> bool:
    """True for a heading that is a button or widget label, not the name of a section."""
    return bool(_CONTROL.match(heading.strip())) and len(heading.split()) <= CONTROL_MAX_WORDS


def _text(tag: Tag | None) -> str:
    return " ".join(tag.get_text(" ").split()) if tag is not None else ""


def _meta(soup: BeautifulSoup, prop: str) -> str:
    tag = soup.find("meta", attrs={"property": prop}) or soup.find("meta", attrs={"name": prop})
    return " ".join(str(tag.get("content") or "").split()) if tag is not None else ""


def page_title(soup: BeautifulSoup) -> str | None:
    """The <title> without the site's name ("Titre - Site", "Site | Titre"), else the first <h1>.

    A separator is taken as one when what it cuts off is the site's name (og:site_name), or when what is left
    is the page's own title (its og:title or an <h1>): "Santé mentale… ? - Cités Ressources"."""
    title = _text(soup.title)
    if not title:
        return _text(soup.find("h1")) or None
    for own in [_meta(soup, "og:title"), *(_text(h1) for h1 in soup.find_all("h1"))]:
        rest = title[len(own):] if own and title.startswith(own) else ""
        if rest and SITE_SUFFIX.fullmatch(rest):
            return own
    site = _meta(soup, "og:site_name")
    if site and site != title:
        title = re.sub(SEPARATOR + re.escape(site) + "$", "", title)
        title = re.sub("^" + re.escape(site) + SEPARATOR, "", title)
    return TITLE_SUFFIX.sub("", title) or title


def sections(root: Tag) -> list[tuple[int, str, str]]:
    """(heading level, heading, text) in reading order; text before the first heading has level 0 and no heading."""
    replace_tables(root)
    for toggle in root.find_all(["summary", "button"]):
        if is_control_label(toggle.get_text(" ")):  # "Afficher la transcription": a control, not the content
            toggle.decompose()
    for br in root.find_all("br"):
        br.replace_with("\n")
    term_lines(root)
    for heading in root.find_all(["h1", "h2", "h3"]):
        for link in heading.find_all("a", href=re.compile(r"^#")):
            if not any(ch.isalnum() for ch in link.get_text()):
                link.decompose()  # the heading's link to itself ("#", "¶", "🔗"), hidden or shown on hover
        text = " ".join(heading.get_text(" ").split())
        heading.replace_with(f"\n{HEADING_MARK}{heading.name[1]}{text}\n")
    for tag in root.find_all("li"):
        tag.insert(0, "- ")
    for tag in root.find_all(BLOCK_TAGS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    result: list[tuple[int, str, list[str]]] = [(0, "", [])]
    for line in root.get_text().split("\n"):
        line = " ".join(line.split())
        if line.startswith(HEADING_MARK):
            level, raw = int(line[len(HEADING_MARK)]), line[len(HEADING_MARK) + 1:]
            heading = clean.normalise_chars(WIDGET.sub("", raw)).strip(" -")
            letters = sum(ch.isalpha() for ch in re.sub(r"\[\d+\]", "", heading))
            if WIDGET.search(raw) and letters < 2 and len(result) > 1 and not any(result[-1][2]):
                result.pop()  # the heading just before a download card ("Poids : 1.76 Mo") names a file
            elif has_figures([heading]):
                result[-1][2].append(heading)  # a key figure set big ("64", then "bénévoles actifs"): text
            elif letters >= 2 and not clean.EXPLICIT_PAGE.match(heading) and not is_control_label(heading):
                result.append((level, heading, []))
            continue
        result[-1][2].append(line)
    return [(level, heading, "\n".join(lines)) for level, heading, lines in result]


def term_lines(root: Tag) -> None:
    """Each term of a definition list (<dl>) and what it is given on one line, "Date limite de dépôt des dossiers :
    3 avril 2026 à 12 h", as the page shows them side by side; a term with several descriptions keeps them all."""
    for dl in root.find_all("dl"):
        for dt in dl.find_all("dt"):
            descriptions = []
            for sibling in dt.find_next_siblings():
                if sibling.name != "dd":
                    break
                descriptions.append(" ".join(sibling.get_text(" ").split()))
            term = " ".join(dt.get_text(" ").split()).rstrip(" :")
            if term and descriptions and len(descriptions[0]) <= TERM_LINE_CHARS:
                for dd in dt.find_next_siblings("dd", limit=len(descriptions)):
                    dd.decompose()
                dt.name = "p"
                dt.string = f"{term} : " + " ; ".join(descriptions)


TERM_LINE_CHARS = 300  # a longer description (a glossary's paragraph) stays a paragraph under its term


def clean_section_text(text: str) -> str:
    """Drop widget debris and explicit page-number lines, then clean the block."""
    lines = [WIDGET.sub("", line).strip() for line in text.split("\n")]
    lines = [line if clean.has_text(line) and not clean.EXPLICIT_PAGE.match(line) else "" for line in lines]
    return clean.clean_block("\n".join(lines))


@dataclass(frozen=True)
class Section:
    """A section with text: its numbers (first, last), heading level, heading, citation name and context title."""

    start: int
    end: int
    level: int
    heading: str
    name: str
    title: str
    text: str


def _opens(section: Section, nxt: Section) -> bool:
    """True when a short section only opens the next one: a few lines above the page's h1 (a category, a date),
    or an h2's or h3's few lines above its first subsection."""
    if len(section.text) >= SHORT_SECTION_CHARS:
        return False
    return nxt.level == 1 if not section.heading else 2 <= section.level < nxt.level


def _read_with_next(section: Section, nxt: Section) -> Section:
    """A section that opens the next one, read with it and named after both ("Un CLSM pionnier — Une cellule de
    veille…")."""
    name = f"{section.name} — {nxt.name}" if section.heading else nxt.name
    return Section(section.start, nxt.end, nxt.level, nxt.heading, name, nxt.title, f"{section.text}\n\n{nxt.text}")


# A heading that states something by denying it: "⚠️ Nous ne sommes pas un service d'urgence", "Ce n'est pas un soin"
_DENIES = re.compile(r"\b(?:ne|n['’])\s*\w+(?:\s+\w+)?\s+(?:pas|plus|jamais|aucun|aucune)\b", re.I)


def section_units(parts: list[tuple[int, str, str]], doc_title: str) -> list[Unit]:
    """One unit per section: the headings' path ("Partie — Sous-partie", the document's title left out) as its
    title, its own heading as its location.

    A question heading ("Combien coûte un CLSM ?"), or one denying something ("Nous ne sommes pas un service
    d'urgence"), is also the first line of its text: a FAQ's answer needs
    its question ("Tout professionnel peut la saisir"), even in a passage the chunker merges with the next
    answer. A short section that only opens the next one (see _opens) is read with it and named after both:
    merged later by the chunker, it would keep its own name alone, and the subsection's answer would be cited
    under its parent's heading. Other short sections are left to the chunker (passage_min_chars)."""
    found: list[Section] = []
    path: list[tuple[int, str]] = []
    for level, heading, raw in parts:
        if heading:
            path = [(lv, h) for lv, h in path if lv < level] + [(level, heading)]
        body = clean_section_text(raw)
        if body and (heading.endswith("?") or _DENIES.search(heading)) and heading.lower() != doc_title.lower():
            body = f"{heading}\n{body}"  # a question, or a warning that says something ("Nous ne sommes pas…")
        if body:
            names = [h for _, h in path] if heading else []
            title = " — ".join(names[1:] if names and names[0].lower() == doc_title.lower() else names)
            found.append(Section(len(found) + 1, len(found) + 1, level, heading, heading, title, body))
    units: list[Unit] = []
    carried: Section | None = None
    for i, section in enumerate(found):
        if carried is not None:
            section, carried = _read_with_next(carried, section), None
        if i + 1 < len(found) and _opens(section, found[i + 1]):
            carried = section
            continue
        location = Location("section", section.start, section.end, section.name)
        units.append(Unit(text=section.text, location=location, title=section.title))
    return units


_CLASS_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")
_FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*pt")
STYLED_HEADING_WORDS = 15
STYLED_HEADING_LEVELS = 3


def styled_headings(soup: BeautifulSoup) -> None:
    """Turn into <h1>-<h3> the paragraphs an export styles as headings without saying so (Google Docs, Word "save
    as web page" without heading styles: "<p class="c7"><span class="c3">" with a larger font): a short paragraph
    whose text is all in a font larger than the body's. Only on a page with no <h1>-<h3> of its own."""
    if soup.find(["h1", "h2", "h3"]):
        return
    sizes = {}
    for style in soup.find_all("style"):
        for name, body in _CLASS_RULE.findall(style.get_text()):
            m = _FONT_SIZE.search(body)
            if m:
                sizes[name] = float(m.group(1))
    if not sizes:
        return

    def size_of(tag) -> float | None:
        found = [sizes[c] for c in (tag.get("class") or []) if c in sizes]
        return max(found) if found else None

    chars: dict[float, int] = {}
    for span in soup.find_all("span"):
        size = size_of(span)
        if size is not None:
            chars[size] = chars.get(size, 0) + len(span.get_text())
    if not chars:
        return
    body = max(chars, key=chars.get)  # the size most of the text is written in
    candidates = []
    for p in soup.find_all("p"):
        text = " ".join(p.get_text(" ").split())
        spans = [sp for sp in p.find_all("span") if sp.get_text().strip()]
        span_sizes = {size_of(sp) for sp in spans}
        if (text and len(text.split()) <= STYLED_HEADING_WORDS and spans and None not in span_sizes
                and min(span_sizes) > body and not p.find_parent(["table", "li"])):
            candidates.append((p, min(span_sizes)))
    levels = sorted({size for _, size in candidates}, reverse=True)[:STYLED_HEADING_LEVELS]
    for p, size in candidates:
        if size in levels:
            p.name = f"h{levels.index(size) + 1}"


def timed_units(units: list[Unit]) -> list[Unit]:
    """The units, a section holding a transcript with its times (a replay's text pasted from YouTube: "0:45",
    then what is said) read as timed units, cited by the second; its lines before the first time stay a section."""
    from .transcript import Cue, continued_turns  # here: transcript.py imports the text loaders

    out: list[Unit] = []
    for unit in units:
        cues = timed_cues(unit.text, clock_times=False) if unit.location.kind == "section" else None
        if not cues:
            out.append(unit)
            continue
        first = next((m.start() for m in re.finditer(r"(?m)^.*$", unit.text)
                      if TIMED_LINE.match(m.group(0)) or SPEAKER_TIME_LINE.match(m.group(0))), 0)
        if unit.text[:first].strip():
            out.append(dataclasses.replace(unit, text=unit.text[:first].strip()))
        turns = continued_turns([Cue(a, b, clean.normalise_chars(t)) for a, b, t in cues])
        out += [Unit(c.text, Location(kind="time", start=c.start, end=c.end, section=unit.location.section),
                     title=unit.title) for c in turns]
    return out


_ARIA_TABLE = {"table": "table", "grid": "table", "rowgroup": "tbody", "row": "tr", "cell": "td", "gridcell": "td",
               "columnheader": "th", "rowheader": "th"}


def aria_tables(soup: BeautifulSoup) -> None:
    """Read as tables the tables a page builds of <div>s with ARIA roles (role="table", "row", "cell",
    "columnheader"): their rows then read cell by cell, as an HTML table's do."""
    for table in soup.find_all(attrs={"role": ["table", "grid"]}):
        for tag in [table, *table.find_all(attrs={"role": list(_ARIA_TABLE)})]:
            tag.name = _ARIA_TABLE[str(tag.get("role"))]
            del tag["role"]


# An animated counter prints "0" and counts up to the figure its attribute holds (Elementor, CountUp, Odometer…)
_COUNTER_ATTRIBUTES = ("data-to-value", "data-count", "data-target", "data-end", "data-counter", "data-value")


def counted_figures(soup: BeautifulSoup) -> None:
    """Write an animated counter's figure, which a script would count up to, in place of the "0" it prints."""
    for tag in soup.find_all(lambda t: any(t.has_attr(a) for a in _COUNTER_ATTRIBUTES)):
        value = next((str(tag.get(a)).strip() for a in _COUNTER_ATTRIBUTES if tag.get(a)), "")
        if value and re.fullmatch(r"[\d\s.,]+", value) and re.fullmatch(r"[\s0.,]*", tag.get_text()):
            tag.string = value


IMAGE_TEXT_WORDS = 8  # an image's alt text this long says something (an infographic's figures), not what it shows


def described_images(soup: BeautifulSoup) -> None:
    """Read an image whose alt text says something, eight words or more (an infographic's figures: "En 2025 : 37
    équipes citoyennes et 412 bénévoles…"), as a paragraph where it stands; a logo's, a link's or a photo's short alt
    is left out."""
    for img in soup.find_all("img"):
        alt = " ".join(str(img.get("alt") or "").split())
        if len(alt.split()) >= IMAGE_TEXT_WORDS and not img.find_parent(["a", "button"]):
            paragraph = soup.new_tag("p")
            paragraph.string = alt
            img.replace_with(paragraph)


_HEADING_CLASS_WORDS = frozenset({"heading", "title"})
_COUNTER_WORDS = frozenset({"counter", "count", "stat", "stats", "figure", "number", "kpi"})
_BLOCKS = ["p", "div", "ul", "ol", "table", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dl"]
NAMED_HEADING_WORDS = 15


def named_headings(soup: BeautifulSoup) -> None:
    """Turn into headings the elements a page builder marks as such without a heading tag: ARIA's
    role="heading" (its aria-level, else 2), and a short block whose class names a heading or a title
    ("elementor-heading-title", "section-title") and holds no other block; a key figure's label is none."""
    for tag in soup.find_all(attrs={"role": "heading"}):
        level = str(tag.get("aria-level") or "2")
        tag.name = f"h{min(max(int(level), 1), 6) if level.isdigit() else 2}"
    for tag in soup.find_all(["div", "p", "span"]):
        words = {w.lower() for c in tag.get("class") or [] for w in re.split(r"[^A-Za-z]+", c) if w}
        if not words & _HEADING_CLASS_WORDS or words & _COUNTER_WORDS:
            continue  # "personnes reçues en 2025" under its figure: the label of a key figure, not a heading
        text = tag.get_text(" ").split()
        if 0 < len(text) <= NAMED_HEADING_WORDS and tag.find(_BLOCKS) is None \
                and not tag.find_parent(["h1", "h2", "h3", "h4", "h5", "h6", "a", "li", "table", "button"]):
            tag.name = "h2"


def load_html(path: Path, data: bytes | str, entry: dict | None) -> Document:
    """Load an HTML page into a Document of section units (bytes, or text a web archive decoded)."""
    try:
        soup = BeautifulSoup(data, "html.parser")
    except Exception as exc:  # bs4 is lenient; this guards against pathological input
        raise IngestError(f"Page HTML illisible ({type(exc).__name__})") from exc
    styled_headings(soup)
    counted_figures(soup)
    described_images(soup)
    aria_tables(soup)
    named_headings(soup)
    meta = resolve_meta(path, entry, own_title=page_title(soup), default_kind="webpage")
    units = timed_units(section_units(sections(main_content(soup)), meta.title))
    if not units:
        raise IngestError("Page HTML sans contenu textuel exploitable")
    return Document(meta=meta, units=units)
