"""Plain text and Markdown loaders, with encoding detection that avoids mojibake."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import IngestError
from ..models import Document, Location, Unit
from ..table_lines import laid_out
from . import clean
from .catalog import resolve_meta
from .chunk import SPEAKER_LABEL

UNREADABLE = "Fichier texte illisible : encodage non reconnu (ni UTF-8, ni Latin-1/Windows-1252) ou contenu binaire"
MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf©¨ª«®´»§¢£¤¥¦§¹²³¼½¾ ]|â€[\u0080-\u00bf™œ¦“”˜]")
# "## Titre", and "#Contexte" written without its space (a capital after the marks, no tag after it: not "#emploi")
HEADING = re.compile(r"^(#{1,3})(?:\s+|(?=[A-ZÀ-Ý](?![^\n]*\s#)))(.+?)\s*#*\s*$")


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) <= 0x9F or ch == "\ufffd")
    return bad / max(1, len(text))


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252/Latin-1; else IngestError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise IngestError(UNREADABLE) from exc
    if b"\x00" in data:
        raise IngestError(UNREADABLE)
    try:
        return _checked(_repair_mojibake(data.decode("utf-8-sig")))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(UNREADABLE)
    text = _western(data)
    if text is None or not _plausible_western(text):
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise IngestError(UNREADABLE) from exc
    return _checked(text)


def _western(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1's printable range), else Latin-1; None if neither fits."""
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _plausible_western(text: str) -> bool:
    """French or English text read as Windows-1252 has few accented letters among its letters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    accented = sum(1 for ch in letters if ord(ch) > 0x7F)
    return accented / len(letters) < 0.3


def _checked(text: str) -> str:
    if _control_ratio(text) > 0.01:
        raise IngestError(UNREADABLE)
    return text


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Windows-1252 and saved again ("Ã©" -> "é"), when that is clean."""
    if not MOJIBAKE.search(text):
        return text
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return repaired if not MOJIBAKE.search(repaired) else text


# Wiki syntax (Obsidian, MkDocs, Foam): "[[Page|shown text]]", "[[Page#Section]]", a note's call "[^1]" and the
# note itself "[^1]: …", a box "!!! note "Titre"" or "??? tip" over its indented text, a callout "> [!note] Titre",
# a line of tags "#emploi #commission".
_WIKILINK = re.compile(r"\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]")
_NOTE_CALL = re.compile(r"\[\^[^\]\s]+\](?!:)")
_NOTE = re.compile(r"^\[\^([^\]\s]+)\]:\s*", re.MULTILINE)
_BOX = re.compile(r"^(?:!!!|\?\?\?\+?)\s*([\w-]+)(?:\s+\"([^\"]*)\")?[ \t]*$", re.MULTILINE)
_CALLOUT = re.compile(r"^(\s*>\s*)\[!([\w-]+)\][+-]?[ \t]*([^\n]*)$", re.MULTILINE)
# (not "#Contexte" alone on its line: a heading written without its space, which the reader reads as one)
_TAG_LINE = re.compile(r"^[ \t]*(?!#[A-ZÀ-Ý][^\s#]*[ \t]*$)#[^\s#][^\s]*(?:[ \t]+#[^\s#][^\s]*)*[ \t]*$",
                       re.MULTILINE)


def _box_title(kind: str, title: str | None) -> str:
    """A box's title line: its own title, else its kind ("Note", "Warning")."""
    return title.strip() if title and title.strip() else kind.capitalize()


def wiki_syntax(text: str) -> str:
    """A wiki page's own syntax as its reader sees it: links as their text, boxes as their title over their
    text, note calls left out (they would read as an answer's [1]), notes as "Note 1 : …", tag lines left out."""
    text = _WIKILINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)
    text = _NOTE_CALL.sub("", text)
    text = _NOTE.sub(lambda m: f"Note {m.group(1)} : ", text)
    text = _BOX.sub(lambda m: _box_title(m.group(1), m.group(2)), text)
    # "> [!warning] Titre": the title the box shows; "> [!note]" alone: its kind, then its text
    text = _CALLOUT.sub(lambda m: m.group(1) + (m.group(3).strip() or _box_title(m.group(2), None) + " : "), text)
    return _TAG_LINE.sub("", text)


def strip_markdown(text: str) -> str:
    """Markdown inline syntax to plain text: images and links keep their text, emphasis, highlight and code marks
    go."""
    text = wiki_syntax(text)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>\n]+>", "", text)
    # (a bold or italic phrase may run over a line break, not over a blank line)
    text = re.sub(r"(\*\*|__)((?:(?!\n[ \t]*\n).)+?)\1", r"\2", text, flags=re.DOTALL)
    text = re.sub(r"(?<![\w*])\*(?!\s)((?:(?!\n[ \t]*\n)[^*])+?)(?<!\s)\*(?!\w)", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    text = re.sub(r"(==|\^\^)(?=\S)(.+?)(?<=\S)\1", r"\2", text)  # highlights: "==…==" (HackMD), "^^…^^" (Logseq)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*(?:[-*_]\s*){3,}$", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*[*+]\s+", "- ", text, flags=re.MULTILINE)
    # a task list's boxes, as the page shows them: "- [ ] Inviter…" is still to do, "- [x] Réserver…" is done
    text = re.sub(r"^(\s*)-\s+\[ \]\s+", r"\1- À faire : ", text, flags=re.MULTILINE)
    text = re.sub(r"^(\s*)-\s+\[[xX]\]\s+", r"\1- Fait : ", text, flags=re.MULTILINE)
    return text.replace("```", "")


_PIPE_ROW = re.compile(r"^\s*\|?(.+?)\|?\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


_CELL_RULE = re.compile(r"(?<!\\)\|")  # a "|" written "\|" belongs to its cell ("[[Page\|texte]]")


def _cells(line: str) -> list[str]:
    return [cell.strip().replace("\\|", "|") for cell in _CELL_RULE.split(_PIPE_ROW.match(line).group(1))]


def pipe_tables(text: str) -> str:
    """Markdown pipe tables read as the PDF and web tables are: the header line, then one line per row that
    names each cell's column ("Personnes reçues en entretien — Valeur cible 2025 : 150 · Source : …")."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if "|" in lines[i] and i + 1 < len(lines) and _PIPE_RULE.match(lines[i + 1]):
            header, rows = _cells(lines[i]), []
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                rows.append(_cells(lines[i]))
                i += 1
            if any(header):
                out += laid_out(header, rows)
            else:  # a table of labels and values without column names: "Rédaction : Nadia Ferhat, coordinatrice"
                out += [f"{row[0]} : {' · '.join(cell for cell in row[1:] if cell)}" if len(row) > 1 and row[0]
                        else " · ".join(cell for cell in row if cell) for row in rows if any(row)]
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


# A table drawn in plain text (a grid: pandoc's, a console's): "+------+-----+" borders, "+======+" under its header
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_GRID_ROW = re.compile(r"^\s*\|.*\|\s*$")
DELIMITED_ROWS = 3  # a grid whose body has at least this many blocks between borders gives each row its block


def grid_tables(text: str) -> str:
    """Tables drawn in plain text as a grid ("| Indicateur | 2024 | 2025 |" between "+----+" borders, "+====+" under
    the header) read as the other tables are: the header line, then one line per row. A cell wrapped on several lines
    is read whole: the header's lines are one header; in a grid with a border under every row, a row's lines are one
    row."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i
        while _GRID_BORDER.match(lines[i]) and end < len(lines) and (
                _GRID_BORDER.match(lines[end]) or _GRID_ROW.match(lines[end])):
            end += 1  # (a grid opens on its border: rows alone are no grid, and are not scanned again)
        table = lines[i:end]
        if sum(bool(_GRID_ROW.match(line)) for line in table) < 2:
            out.append(lines[i])
            i += 1
            continue
        out += _grid_lines(table)
        i = end
    return "\n".join(out)


def _grid_lines(table: list[str]) -> list[str]:
    border = table[0]
    bars = [k for k, ch in enumerate(border) if ch == "+"]  # where the columns part

    def cells(line: str) -> list[str]:
        if all(k < len(line) and line[k] == "|" for k in bars):
            return [line[a + 1:b].strip() for a, b in zip(bars, bars[1:])]
        return [cell.strip() for cell in line.strip().strip("|").split("|")]  # (not aligned: at its bars)

    blocks: list[list[list[str]]] = [[]]  # the rows' cells between two borders
    ruled = -1  # the block a "+====+" border closes: the header
    for line in table[1:]:
        if _GRID_BORDER.match(line):
            if "=" in line and ruled < 0:
                ruled = len(blocks) - 1
            blocks.append([])
        else:
            blocks[-1].append(cells(line))
    blocks = [block for block in blocks if block]
    if not blocks:
        return []
    head = 0 if ruled >= 0 or (len(blocks) > 1 and len(blocks[0]) == 1) else -1
    body = blocks[head + 1:]

    def joined(block: list[list[str]]) -> list[str]:
        width = max(len(row) for row in block)
        return [" ".join(row[k] for row in block if k < len(row) and row[k]) for k in range(width)]

    rows = [joined(block) for block in body] if len(body) >= DELIMITED_ROWS else [row for block in body for row in block]
    if head < 0:
        return [" · ".join(cell for cell in row if cell) for row in rows if any(row)]
    return laid_out(joined(blocks[0]), [row for row in rows if any(row)])


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FIELD = re.compile(r"^([A-Za-zÀ-ÿ_][\w -]*?)\s*:\s*(.*)$")
_ITEM = re.compile(r"^\s+-\s+(.*)$")
# Fields a site generator or a notes app reads, not a reader: layout, ids, tags, display settings.
TECHNICAL_FIELDS = frozenset("""layout permalink slug id uid template draft weight aliases alias cssclass cssclasses
type tags tag keywords categories category nav_order sidebar toc hide search comments lang language url image
cover publish""".split())
# Common field names in English, as a French reader reads them.
FIELD_NAMES = {"author": "Auteur", "authors": "Auteurs", "created": "Créé le", "updated": "Mis à jour le",
               "modified": "Modifié le", "date": "Date", "description": "Description", "summary": "Résumé",
               "status": "Statut", "source": "Source", "contributors": "Contributeurs", "reviewers": "Relecteurs"}


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """A Markdown page's YAML front matter, read simply ("clé: valeur", "clé:" over "  - élément" lines, "[a, b]"),
    as {field: value}, and the text after it. No YAML library: a page's own fields are this simple."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields: dict[str, list[str]] = {}
    key = None
    for line in match.group(1).split("\n"):
        item, field = _ITEM.match(line), _FIELD.match(line)
        if not line.strip():
            continue
        if item and key:
            fields[key].append(item.group(1))
        elif line[:1] in " \t" and key:  # a field going on ("author:" over "  name: Nadia Ferhat", a folded text)
            fields[key].append(line.strip().split(": ", 1)[-1])
        elif not field:
            return {}, text  # not a front matter: a text between two rules, kept as the page's own
        else:
            key, value = field.group(1).strip(), field.group(2).strip()
            if value in (">", "|", ">-", "|-"):
                value = ""  # a folded or literal text follows on the indented lines
            if value.startswith("[") and value.endswith("]"):
                fields[key] = [v for v in (part.strip() for part in value[1:-1].split(",")) if v]
            else:
                fields[key] = [value] if value else []
    unquoted = {k: [v.strip().strip("\"'") for v in vs] for k, vs in fields.items()}
    return {k: " ; ".join(v for v in vs if v) for k, vs in unquoted.items() if any(vs)}, text[match.end():]


def front_matter_lines(fields: dict[str, str]) -> str:
    """The fields a reader reads ("Auteurs : Nadia Ferhat (CLSM de Montargeuil) ; …"), one a line; the title is
    the document's title, the technical fields are left out."""
    lines = []
    for key, value in fields.items():
        name = key.lower()
        if name == "title" or name in TECHNICAL_FIELDS:
            continue
        label = FIELD_NAMES.get(name, key.replace("_", " ").strip().capitalize())
        lines.append(f"{label} : {value}")
    return "\n\n".join(lines)  # apart, as the page shows them: not one line run into the next


def markdown_sections(text: str, fields: dict[str, str] | None = None) -> list[tuple[int, str, str]]:
    """(level, heading, body) at #, ## and ### headings (front matter: its fields open the first part; # inside code
    fences ignored). `fields` given: the text comes without its front matter, read already."""
    if fields is None:
        fields, text = front_matter(text)
    result: list[tuple[int, str, list[str]]] = [(0, "", [])]
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        match = HEADING.match(line) if not fenced else None
        if match:
            result.append((len(match.group(1)), strip_markdown(match.group(2)).strip(), []))
        else:
            result[-1][2].append(line)
    if fields:  # the page's fields open its first part (its text before any heading, else its first section)
        first = result[0] if any(line.strip() for line in result[0][2]) or len(result) == 1 else result[1]
        first[2].insert(0, front_matter_lines(fields) + "\n")
    return [(level, heading, "\n".join(lines)) for level, heading, lines in result]


def load_markdown(path: Path, data: bytes, entry: dict | None) -> Document:
    """Load a Markdown file into section units (title from the first # heading when no catalog title)."""
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    fields, body = front_matter(text)
    parts = markdown_sections(body, fields)
    h1 = next((heading for level, heading, _ in parts if level == 1 and heading), None)
    meta = resolve_meta(path, entry, own_title=fields.get("title") or h1)
    units = []
    for _, heading, body in parts:
        cleaned = clean.clean_block(strip_markdown(pipe_tables(grid_tables(body))))
        if cleaned:
            n = len(units) + 1
            units.append(Unit(cleaned, Location(kind="section", start=n, end=n, section=heading), title=heading))
    return Document(meta=meta, units=units)


# "[00:03:05] …", "00:03:05 Prénom Nom : …", "(03:05) …": a transcript exported as text.
TIMED_LINE = re.compile(r"^\s*[\[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?[\])]?\s*(?:[-–—]\s*)?(.*)$")
# "Hélène Garnier   0:03:12" alone on its line, the turn under it: Teams (.docx) and Otter transcripts; "Claire
# Lemaire (00:06:55):", Rev's.
SPEAKER_TIME_LINE = re.compile(r"^\s*([^\W\d_][^\d:\n]{0,60}?)\s+[\[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?[\])]?\s*:?\s*$")
TIMED_SHARE = 0.6  # at least this share of the lines start with a time…
SPEAKER_TIME_SHARE = 0.25  # …or this share are a speaker and a time over a turn
MIN_TIMED_LINES = 3
LAST_CUE_S = 5.0


def timed_cues(text: str, clock_times: bool = True) -> list[tuple[float, float, str]] | None:
    """(start, end, text) of each timed line of a transcript exported as text (untimed lines continue the
    line before; a speaker's line "Hélène Garnier 0:03:12" opens "Hélène Garnier : " and her turn under it);
    None when the text is not such a transcript. Lines before the first time (a recording's name and date) are
    left out. Without `clock_times` (a Word file, a web page: a programme is more likely than a transcript), a
    line opening on a time counts only with hours ("0:03:12") or in brackets ("[03:12]"): "9:30 Accueil" is an
    hour of a programme, not a second of a recording."""
    lines = [line for line in text.splitlines() if line.strip()]
    matches = [TIMED_LINE.match(line) for line in lines]
    timed = [m if m and (clock_times or _recorded(m.group(0))) else None for m in matches]
    speakers: list[re.Match | None] = [None] * len(lines)
    if sum(m is not None for m in timed) < max(MIN_TIMED_LINES, TIMED_SHARE * len(lines)):
        if _times_over_lines(matches, len(lines)):
            timed = matches  # a time alone over each caption line
        else:
            timed, speakers = [None] * len(lines), [SPEAKER_TIME_LINE.match(line) for line in lines]
            if not _speakers_over_turns(lines, speakers):
                return _turns_between_marks(lines, matches)
    cues: list[list] = []  # start, end, text, whether words were said after the speaker's name
    for line, at, by in zip(lines, timed, speakers):
        if at:
            cues.append([_seconds(at.group(1)), 0.0, at.group(2).strip(), bool(at.group(2).strip())])
        elif by:
            cues.append([_seconds(by.group(2)), 0.0, f"{by.group(1).strip()} :", False])
        elif cues:
            cues[-1][2], cues[-1][3] = f"{cues[-1][2]} {line.strip()}", True
    for cue, nxt in zip(cues, cues[1:] + [None]):
        cue[1] = max(cue[0], nxt[0]) if nxt else cue[0] + LAST_CUE_S
    return [(a, b, t) for a, b, t, said in cues if said]


def _turns_between_marks(lines: list[str], matches: list[re.Match | None]) -> list[tuple[float, float, str]] | None:
    """(start, end, text) of each turn of a transcript that gives the recording's time only now and then, alone on
    its line over the turns said after it ("00:04:36", then "Julien Marcadet: Oui, le poste…": Google Meet's): each
    turn starts when the words said since the last time have been said, at the pace of the words between that time
    and the next (after the last one, at the pace of the whole). None for any other text."""
    marks = [(i, _seconds(m.group(1))) for i, m in enumerate(matches)
             if m and not m.group(2).strip() and m.group(1).count(":") == 2]  # a recording's "00:04:36"
    # (a recording's times, from its start: not a meeting's "[10:00]", "[10:30]" over its decisions)
    if len(marks) < 2 or marks[0][1] > FIRST_MARK_S or [t for _, t in marks] != sorted({t for _, t in marks}):
        return None
    at_lines = {i for i, _ in marks}
    turns = [i for i in range(marks[0][0], len(lines)) if i not in at_lines]
    labels = [SPEAKER_LABEL.match(lines[i]) for i in turns]
    named = [m.group("name") for m in labels if m]
    if len(named) < max(MIN_TIMED_LINES, TURN_SHARE * len(turns)) or len(set(named)) == len(named):
        return None
    words = [len(line.split()) for line in lines]
    closed = sum(words[i] for i in turns if i < marks[-1][0])
    pace = closed / ((marks[-1][1] - marks[0][1]) or 1.0)  # words a second
    cues = []
    for k, (at, start) in enumerate(marks):
        end_line = marks[k + 1][0] if k + 1 < len(marks) else len(lines)
        said = range(at + 1, end_line)
        total = sum(words[i] for i in said) or 1
        length = marks[k + 1][1] - start if k + 1 < len(marks) else total / (pace or SPOKEN_PACE)
        before = 0
        for i in said:
            cues.append([start + length * before / total, start + length * (before + words[i]) / total, lines[i].strip()])
            before += words[i]
    return [(round(a, 1), round(b, 1), t) for a, b, t in cues]


TURN_SHARE = 0.6  # at least this share of the lines after the first time open on a speaker's name
FIRST_MARK_S = 60.0  # the first time is the recording's start, or near it
SPOKEN_PACE = 2.5  # words a second, when nothing else tells


def _recorded(stamp_line: str) -> bool:
    """True for a time a recording gives ("0:03:12", "[03:12]", "(03:12)"), not a clock's ("9:30")."""
    stamp = stamp_line.strip()
    return stamp[:1] in "[(" or stamp.split()[0].count(":") == 2


def _times_over_lines(timed: list[re.Match | None], n_lines: int) -> bool:
    """True when enough lines are a time alone, each over what is said then, the times in order (a transcript
    pasted from YouTube: "0:45", then "bonjour à toutes et à tous")."""
    bare = [m for m in timed if m and not m.group(2).strip()]
    seconds = [_seconds(m.group(1)) for m in bare]
    gaps = sorted(b - a for a, b in zip(seconds, seconds[1:]))
    # caption lines come seconds apart; a programme's hours ("9:30", "10:00") read as minutes are half a minute apart
    return (len(bare) >= max(MIN_TIMED_LINES, BARE_TIME_SHARE * n_lines) and seconds == sorted(seconds)
            and gaps[len(gaps) // 2] <= CAPTION_GAP_S)


CAPTION_GAP_S = 15.0


BARE_TIME_SHARE = 0.4  # a time line over each caption line: about half the lines


def _seconds(stamp: str) -> float:
    """Seconds of "1:02:03", "02:03"."""
    return float(sum(int(p) * 60 ** i for i, p in enumerate(reversed(stamp.split(":")))))


def _speakers_over_turns(lines: list[str], speakers: list[re.Match | None]) -> bool:
    """True when enough lines are a speaker and a time over a turn, the times in order and some speaker coming
    back (a programme's "Accueil 9:30", "Plénière 10:00" names a new item at every line)."""
    found = [m for m in speakers if m]
    seconds = [_seconds(m.group(2)) for m in found]
    return (len(found) >= max(MIN_TIMED_LINES, SPEAKER_TIME_SHARE * len(lines))
            and seconds == sorted(seconds) and len({m.group(1).strip() for m in found}) < len(found))


def transcript_document(path: Path, entry: dict | None, text: str, clock_times: bool = True) -> Document | None:
    """A transcript exported as text or as a Word file (timed lines, or a speaker and a time over each turn):
    one timed unit per turn, as a .vtt file gives; None for any other text (`clock_times`: see `timed_cues`)."""
    from .transcript import Cue, continued_turns  # here: transcript.py imports this module

    cues = timed_cues(text, clock_times)
    if not cues:
        return None
    meta = resolve_meta(path, entry, default_kind="transcript")
    turns = continued_turns([Cue(a, b, clean.normalise_chars(t)) for a, b, t in cues])
    return Document(meta=meta, units=[Unit(c.text, Location(kind="time", start=c.start, end=c.end)) for c in turns])


QUOTED_SHARE = 0.2  # an e-mail thread: this share of its lines (five at least) quote an earlier message ("> …")
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def unquoted(text: str) -> str:
    """An e-mail thread saved as text without its quote marks ("> > > propose d'organiser la Journée Respire le
    jeudi 7 mai 2026, de 11 h à 16 h,"): each quoted message reads as the sentences it wrote, its lines wrapped at 72
    columns joined again; a line of marks alone ("> >") is the blank line between its paragraphs."""
    lines = [line for line in text.split("\n") if line.strip()]
    quoted = sum(bool(_QUOTE_MARKS.match(line)) for line in lines)
    if quoted < 5 or quoted < QUOTED_SHARE * len(lines):
        return text
    return _QUOTE_MARKS.sub("", text)


def load_text(path: Path, data: bytes, entry: dict | None) -> Document:
    """Load a plain text file: one unit per block of paragraphs (split later by the chunker if long); a
    transcript exported as text (timed lines) gives one timed unit per line, as a .vtt file does."""
    text = decode_text(data)
    transcript = transcript_document(path, entry, text)
    if transcript:
        return transcript
    cleaned = clean.clean_block(unquoted(pipe_tables(grid_tables(text))))
    first_line = cleaned.split("\n", 1)[0] if cleaned else ""
    own_title = first_line if 0 < len(first_line) <= 120 and not clean.SENTENCE_END.search(first_line) else None
    meta = resolve_meta(path, entry, own_title=own_title)
    units = [Unit(cleaned, Location(kind="section", start=1, end=1, section=""), title="")] if cleaned else []
    return Document(meta=meta, units=units)
