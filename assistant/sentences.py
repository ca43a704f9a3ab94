"""Quotable sentences of a passage: exact spans, bullets trimmed, runs of short slide lines kept together.

Both the index (one vector per sentence, for the second look at candidates) and the answer (which quotes
them) cut passages here, so a sentence's vector and its quote are the same words."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.table_lines import ROW_LINE, header_columns, is_value, row_values
from assistant.text import split_sentences

SHORT_LINE_CHARS = 25  # a slide line shorter than this ("2024", "27 CLSM actifs") reads with its neighbours
MAX_JOINED_CHARS = 160  # a run of joined short lines stops growing here
LABEL_CHARS = 12  # a line this short ("2011") labels the line after it, even a long one
_BULLET = re.compile(r"[\s•\-–—*➔⇒>▪◦●■□✓✔→·]+")


@lru_cache(maxsize=20_000)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence or bullet line of `text`, leading bullets and outer spaces trimmed.

    Runs of short lines (a slide's "2024 / 27 CLSM actifs / 16 en projet") are one span, so that a fact
    spread over short lines can be read and quoted whole."""
    spans: list[tuple[int, int]] = []
    last_short = False  # does the span before end with a short line (not a list item)?
    for raw_start, raw_end in split_sentences(text):
        start, end = _trim(text, raw_start, raw_end)
        if end <= start:
            continue
        short = end - start < SHORT_LINE_CHARS
        bullet = start > raw_start and bool(_LIST_LINE.match(text, raw_start, end))
        intro = text[start:end].rstrip().endswith(":")
        label = bool(spans) and spans[-1][1] - spans[-1][0] <= LABEL_CHARS  # "2011", "Occitanie"
        # Lines without a letter ("18%", "12%24%": a chart's labels) are not read with lines that have some.
        before = text[spans[-1][0]:spans[-1][1]] if spans else ""
        debris = spans and has_letters(text[start:end]) != has_letters(before) and not _YEAR_LINE.match(before) \
            and not (KEY_FIGURE.fullmatch(before) and _is_label(text[start:end]))  # "28,4" / "ETP financés"
        apart = bool(spans) and "\n\n" in text[spans[-1][1]:start]  # a blank line: another paragraph
        # A key figure alone ("37 %") and the words it opens, even a paragraph below ("des jeunes … déclarent …")
        continued = bool(spans) and not bullet and bool(KEY_FIGURE.fullmatch(before)) and text[start].islower()
        # "… Brévanec (Kerjaouen, Moulin-Vert) :" / "22 % ; Trégonvel : 20 % ; …": the value a line's colon announces,
        # wrapped onto the next line (a list's items open on a bullet, a number and its dot, or a word)
        continued = continued or (bool(spans) and not bullet and before.rstrip().endswith(":")
                                  and bool(_VALUE_OPENING.match(text, start)))
        # a table's header and rows as ingest lays them out ("Site · 2024", "Rennes — 412 · 25 %") stand alone
        table = _is_table_line(text[start:end]) or (bool(spans) and _is_table_line(before))
        if continued or (spans and last_short and (short or label) and not bullet and not intro and not debris
                         and not apart and not table and end - spans[-1][0] <= MAX_JOINED_CHARS
                         and not _YEAR_LINE.match(text, start, end)):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        last_short = (short or intro) and not bullet
    return tuple(spans)


def _is_table_line(line: str) -> bool:
    return bool(ROW_LINE.fullmatch(line) or header_columns(line) is not None)


# A figure with its unit opening a line ("22 % ; …", "40 000 € pour…"): no list item, no year heading a run
_VALUE_OPENING = re.compile(r"[-+]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?\s?(?:%|€|k€|M€|euros?\b)")


# A slide's key figure alone on its line, its label on the next ("28,4" / "ETP de coordination financés").
KEY_FIGURE = re.compile(r"\s*[-+]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?\s?(?:%|€|k€|M€)?\s*")
KEY_LABEL_CHARS = 60  # the label under a key figure is short, no sentence


def _is_label(line: str) -> bool:
    return has_letters(line) and len(line) <= KEY_LABEL_CHARS and not line.rstrip().endswith((".", "!", "?", ";"))

# A line that is only a year or a date heads the lines after it ("2024 / 276 CLSM actifs"): it starts a run.
_YEAR_LINE = re.compile(r"(?:en\s+|depuis\s+)?(?:19|20)\d\d\s*:?\s*$", re.I)


# A sentence that opens on a word pointing back ("Ceux-ci avaient été signés en 2015") needs the one before.
_POINTS_BACK = re.compile(r"(?:ceux|celles|celui|celle)-(?:ci|là)\b|(?:il|elle|ils|elles|cela|ceci|ces|cette|"
                          r"ce dernier|cette dernière|ces derniers|lesquels|lesquelles)\b|"
                          # "On l'a lancé le quatorze octobre…", "Nous les avons formés…": what it did to the thing named
                          # ("ils", "elles" opening a sentence already point back)
                          r"(?:on|nous|je|j['’]|vous)\s*(?:l['’]|les\s+)(?:a|ai|as|avons|avez|ont|avait|avaient)\b|"
                          # "On avait dix-sept participants : …", said of the session just named
                          r"(?:on|nous)\s+(?:avait|avions|y avait)\b|"
                          # "Démarrage le 1er avril 2026, pour…", "Lancement prévu en mai": no verb, of what was just said
                          r"[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:age|ment|ure|tion) +(?:prévue?s? +)?(?:le|en|au|dès|à partir du) +"
                          r"(?:\d|1er\b|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                          r"novembre|décembre)\b)",
                          re.I)


@lru_cache(maxsize=50_000)
def points_back(text: str) -> bool:
    """True when a sentence opens on a word that refers to the sentence before it."""
    return bool(_POINTS_BACK.match(text.lstrip(" «\"(")))


def is_question(text: str) -> bool:
    """True for a sentence that asks: it ends on "?", or (speech captioned without punctuation) it asks with
    "est-ce que" ("une dernière question est-ce qu'on peut financer la psychothérapie")."""
    return text.rstrip(" »\"”)").endswith("?") or bool(_ASKS.search(text))


_ASKS = re.compile(r"(?<![\w'’])est[- ]ce (?:que|qu['’])|"
                   # a question read from the chat, captioned without its mark ("deuxième question de karim directeur
                   # d'école comment une école qui n'est pas…")
                   r"(?<!est )\b(?:premi[eè]re|deuxi[eè]me|troisi[eè]me|derni[eè]re|autre|une|petite|nouvelle)\s+question\s+"
                   r"(?:(?:de|du)\s+|d['’]\s*)(?!(?:fond|principe|temps|moyens|confiance|survie|vie|choix|santé|sécurité)\b)"
                   r"[^.?!;]{0,60}?[\s«\"](?:comment|pourquoi|combien|quand|quel(?:le)?s?)\s", re.I)  # (not "une
# question de fond quand…", "une question de vocabulaire : « Si on demande…")


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


@lru_cache(maxsize=50_000)
def is_heading(text: str, max_words: int | None = None) -> bool:
    """A line that names a topic rather than says something: short, no final punctuation, no figure but a
    year ("Mode opératoire des tentatives de suicide entre 2017 et 2022")."""
    line = text.strip()
    figures = _YEARS.sub(" ", line)
    return (0 < len(line.split()) <= (max_words or HEADING_WORDS) and line[-1] not in ".!?;:…»)" and "\n" not in line
            and not any(c.isdigit() for c in figures))


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")

# "Recommandation 5 — ", "Article 3 : ", "R2 – ": a numbered label opening a title
_NUMBERED_LABEL = re.compile(r"\s*(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+|[A-Z]{1,2}\.?\s?)\d{1,2}(?:[.,]\d{1,2})?\s*[—–:-]\s+")


def is_labelled_title(text: str) -> bool:
    """A numbered title said as a sentence ("Recommandation 5 — Traiter le suicide avec précaution."): its label, then
    a heading's few words; what it stands for is said by the sentences after it."""
    label = _NUMBERED_LABEL.match(text)
    return bool(label) and is_heading(text[label.end():].strip().rstrip("."))


def is_caption(line: str) -> bool:
    """True for a table's or figure's caption ("Tableau 1 – Détresse selon l'agglomération"): what it shows."""
    return bool(_CAPTION.match(line))


def is_contents_entry(line: str) -> bool:
    """True for an entry of a table of contents: a title, dot leaders and a page number ("Tableau 1 – … 3")."""
    return bool(_CONTENTS_ENTRY.search(line))


_CAPTION = re.compile(r"\s*(?:tableau|figure|graphique|carte|illustration|encadré|table)\s+\d+\s*[-–—:.]", re.I)
_CONTENTS_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{0,4}\s*$|…{2,}\s*\d{0,4}\s*$")  # the page number may be cut off
# A conjugated verb a statement rests on (être, avoir, and verbs that say how things are or change).
_STATING = re.compile(r"\b(?:est|sont|était|étaient|sera|seront|a|ont|avait|avaient|reste|restent|représente|"
                      r"représentent|concerne|concernent|touche|touchent|augmente|augmentent|diminue|diminuent|"
                      r"progresse|progressent|double|constitue|constituent|dépasse|dépassent)\b")


def states(text: str) -> bool:
    """True when a line says something of what it names: it has a conjugated verb ("Les décès par suicide sont
    majoritairement masculins"), where a heading only names a topic ("Mode opératoire des tentatives")."""
    return bool(_STATING.search(text.lower()))


HEADING_WORDS = 12
ITEM_WORDS = 20  # a line of a list without bullets may be longer than a heading


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    bullet = _BULLET.match(text, start, end)
    if bullet:
        start = bullet.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> tuple[str, ...]:
    """The sentences of `sentence_spans` as strings."""
    return tuple(text[a:b] for a, b in sentence_spans(text))


def readable(quote: str) -> str:
    """A quote as one line: the line breaks of joined slide lines become " · " (or a space after
    punctuation; " : " after a table's header, before its row: "Indicateur · Hommes · Femmes : Trouble sévère —
    27 % · 38 %"), other runs of spaces one space. Only spacing and marks change, never a word."""
    lines = [" ".join(line.split()) for line in quote.splitlines()]
    out, before = "", ""
    for line in (l for l in lines if l):
        if not out:
            out = line
        elif header_columns(before) is not None and " — " in line:
            out += " : " + line
        elif out[-1] in ".,;:!?…-–(«/" or line[0] in ".,;:)»":
            out += " " + line
        else:
            out += " · " + line
        before = line
    return out


# a bullet, a number ("1.", "2)"), or a numbered code ("R1.", "D3.": recommendations, decisions numbered so)
_LIST_LINE = re.compile(r"[ \t]*(?:[•\-–—*➔⇒>▪◦●■□✓✔→·]|[A-Z]{0,2}\d{1,2}[.)]\s)")
MAX_ITEM_CHARS = 200
PARAGRAPH_ITEMS = 3  # bulleted lines longer than that are a list when there are this many in a row
_PARAGRAPH_BULLET = re.compile(r"[ \t]*([•\-*▪◦●■]|\d{1,2})[.)]?\s")


def announces_list(text: str, following: str) -> bool:
    """True when a passage ends on a line announcing a list ("…un fonctionnement en 3 niveaux :") and the
    passage after it opens with a bulleted or numbered line ("- Un comité de pilotage")."""
    return text.rstrip().endswith(":") and bool(_LIST_LINE.match(following.lstrip("\n")))


@lru_cache(maxsize=5_000)
def list_blocks(text: str) -> tuple[tuple[tuple[int, int] | None, tuple[tuple[int, int], ...]], ...]:
    """The lists of a passage: (span of the line that introduces it or None, spans of its items).

    A list is a run of at least two bullet lines (•, -, 1.) or three long ones, of at least three short lines under a
    line ending in ":", or of at least three lines that each name an item; items are trimmed of their bullets."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    blocks = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and _heads_other_items(text, lines[i], lines[i + 1], lines[i - 1] if i else None):
            i += 1  # "7. Recommandations" over "R1. …", "R2. …": a numbered section's title, their intro
            continue
        j = i
        while j < len(lines) and _LIST_LINE.match(text, lines[j][0]) and (
                lines[j][1] - lines[j][0] <= MAX_ITEM_CHARS or _next_number(text, lines[j - 1] if j > i else None,
                                                                            lines[j])
                or _same_bullet(text, lines[j - 1] if j > i else None, lines[j])):
            if j > i and j + 1 < len(lines) and _heads_other_items(text, lines[j], lines[j + 1], lines[j - 1]):
                break  # the bullets of section 6 end where section 7's title opens
            j += 1
        if j - i < 2:  # items that are paragraphs each ("- Constituer un collectif porteur. Trois à six…"), three or
            k = i  # more under the same bullet (not a dialogue's dashes nor quoted testimonies)
            bullet = _PARAGRAPH_BULLET.match(text, lines[i][0])
            while (bullet and k < len(lines) and lines[k][1] - lines[k][0] > MAX_ITEM_CHARS
                   and (m := _PARAGRAPH_BULLET.match(text, lines[k][0]))
                   and (m.group(1) == bullet.group(1) or m.group(1).isdigit() and bullet.group(1).isdigit())):
                k += 1
            j = k if k - i >= PARAGRAPH_ITEMS else j
        if j - i >= 2 and i and _LIST_LINE.match(text, lines[i - 1][0]) and not _heads_other_items(
                text, lines[i - 1], lines[i], lines[i - 2] if i > 1 else None):
            i -= 1  # a long first item ("- Pôle habitat : l'association gère…" over several lines) opens the run
        intro = lines[i - 1] if i else None
        if j - i < 2 and intro and text[intro[0]:intro[1]].rstrip().endswith(":"):
            j = i
            while j < len(lines) and lines[j][1] - lines[j][0] <= MAX_ITEM_CHARS // 2 \
                    and not text[lines[j][0]:lines[j][1]].rstrip().endswith(":"):
                j += 1
            if j - i < 3:
                j = i
        if j - i >= 2:
            items = tuple(_trim(text, a, b) for a, b in lines[i:j])
            blocks.append((_trim(text, *intro) if intro else None, tuple(s for s in items if s[1] > s[0])))
            i = j
        else:
            i += 1
    blocks += (_numbered_steps(text, lines) + _numbered_with_details(text, lines) + _enumerated(text)
               + _table_rows(text, lines))
    used = {k for k, (a, b) in enumerate(lines) for s, e in _block_spans(blocks) if a < e and s < b}
    blocks += _headed_runs(text, lines, used)
    return tuple(blocks)


_ITEM_NUMBER = re.compile(r"[ \t]*[A-Z]{0,2}(\d{1,2})[.)]\s")


def _heads_other_items(text: str, line: tuple[int, int], following: tuple[int, int],
                       previous: tuple[int, int] | None) -> bool:
    """True for a numbered title ("7. Recommandations") over list items marked another way ("R1. …", "- …"); not
    the last item of a numbered list ("3. …", then "4. santé mentale", then "=> engagement…")."""
    number = _ITEM_NUMBER.match(text, line[0])
    after = _LIST_LINE.match(text, following[0])
    return bool(number and after and is_heading(text[number.end():line[1]]) and _marker(text, following) != _marker(
        text, line)) and not _next_number(text, previous, line)


def _marker(text: str, line: tuple[int, int]) -> str:
    """How a list line is marked, its number left out: "R#." for "R1. …", "#." for "7. …", "-" for "- …"."""
    number = _ITEM_NUMBER.match(text, line[0])
    if number:
        return re.sub(r"\d+", "#", number.group(0).strip())
    bullet = _LIST_LINE.match(text, line[0])
    return bullet.group(0).strip() if bullet else ""


def _same_bullet(text: str, previous: tuple[int, int] | None, line: tuple[int, int]) -> bool:
    """True when the line goes on a run of items punctuated the French way with the bullet of the one before it
    ("- Logement… ;" then "- Déstigmatisation et citoyenneté, co-piloté par… ."): an item however long (up to
    MAX_NUMBERED_CHARS)."""
    if previous is None or line[1] - line[0] > MAX_NUMBERED_CHARS:
        return False
    if not text[previous[0]:previous[1]].rstrip().endswith(";"):
        return False  # a slide's bullets: a long line may be a paragraph of its own
    before, this = _LIST_LINE.match(text, previous[0]), _LIST_LINE.match(text, line[0])
    return bool(before and this) and before.group(0).strip() == this.group(0).strip()


def _next_number(text: str, previous: tuple[int, int] | None, line: tuple[int, int]) -> bool:
    """True when the line goes on numbering the item before it ("3. …" then "4. …"): an item of a numbered
    list however long (up to MAX_NUMBERED_CHARS), not a paragraph that happens to open with a bullet."""
    if previous is None or line[1] - line[0] > MAX_NUMBERED_CHARS:
        return False
    before, this = _ITEM_NUMBER.match(text, previous[0]), _ITEM_NUMBER.match(text, line[0])
    return bool(before and this and int(this.group(1)) == int(before.group(1)) + 1)


MAX_NUMBERED_CHARS = 2 * MAX_ITEM_CHARS


# "D'abord, …. Ensuite, …. Enfin, …": items told in prose, one sentence each.
# Each connective followed by a comma, as an enumeration writes it ("D'abord, …"), not a story ("D'abord porté par…").
# Or an ordinal and its noun ("Premier conseil, …", "Deuxième conseil, …", "Et troisième conseil, …"), or an ordinal
# standing for its noun, as speech counts ("La première, c'est : …", "La deuxième : …", "Et la troisième, …").
_ORDINAL = (r"(?:et\s+)?(?:(?:(?:le|la)\s+)?(?:{0})\s+([\w'’-]+)(?:\s+[\w'’-]+)?|(?:le|la)\s+(?:{0}))"
            r"\s*[,:]")  # group 1: the noun
_FIRST_WORDS, _LAST_WORDS = "premier|première", "dernier|dernière"
_NEXT_WORDS = "deuxième|second|seconde|troisième|quatrième|cinquième|sixième"
_FIRST = re.compile(r"(?:tout d['’]abord|d['’]abord|premièrement|en premier lieu)\s*,|"
                    + _ORDINAL.format(_FIRST_WORDS), re.I)
_NEXT = re.compile(r"(?:et\s+)?(?:ensuite|puis|deuxièmement|troisièmement|en second lieu|en outre|par ailleurs)\s*,|"
                   + _ORDINAL.format(_NEXT_WORDS), re.I)
_LAST = re.compile(r"(?:et\s+)?(?:enfin|pour finir|en dernier lieu|finalement)\s*,|" + _ORDINAL.format(_LAST_WORDS), re.I)


_ORDINAL_ITEM = re.compile(_ORDINAL.format(f"{_FIRST_WORDS}|{_NEXT_WORDS}|{_LAST_WORDS}"), re.I)
_ORDINAL_NOUN = re.compile(_ORDINAL.format(_FIRST_WORDS), re.I)


def ordinal_noun(item: str) -> str:
    """The noun a first item counts ("Premier conseil, commencer…" -> "conseil"), or ""."""
    match = _ORDINAL_NOUN.match(item.lstrip())
    return (match.group(1) or "") if match else ""


ASIDE_SENTENCES = 2


def _enumerated(text: str) -> list:
    """Items told in prose ("J'en donnerais trois. D'abord, …. Ensuite, …. Enfin, …."): the sentences opening on
    "d'abord", then "ensuite" or "puis", then "enfin", under the sentence before the first."""
    spans = [span for span in (_trim(text, a, b) for a, b in split_sentences(text)) if span[1] > span[0]]
    for i, (a, b) in enumerate(spans):  # sentences as written: short ones are not read together here
        intro = spans[i - 1] if i else None
        colon = text.find(": ", a, b)  # "Mes trois conseils : d'abord, …": the sentence announces, then the first
        if colon > a and _FIRST.match(text, colon + 2):
            intro, a = (a, colon + 1), colon + 2
        elif not _FIRST.match(text, a):
            continue
        items = [(a, b)]
        counted = _ORDINAL_ITEM.match(text, a) is not None
        aside = 0  # sentences explaining an item before the next ordinal ("Deuxième rôle : … C'est le CLSM qui…")
        for k, (c, d) in enumerate(spans[i + 1:], start=i + 1):
            if _NEXT.match(text, c):
                items.append((c, d))
                counted = counted or _ORDINAL_ITEM.match(text, c) is not None  # "…, Ensuite, …. Troisième étape, …"
                aside = 0
            elif _LAST.match(text, c):
                items.append((c, d))
                break
            elif counted and aside < ASIDE_SENTENCES and any(_ORDINAL_ITEM.match(text, e) for e, _ in
                                                             spans[k + 1:k + 1 + ASIDE_SENTENCES - aside]):
                aside += 1
            else:
                if not counted:  # "d'abord, … ensuite, …" must end on "enfin"; ordinals count themselves
                    items = []
                break
        if len(items) >= 3:
            return [(intro, tuple(items))]
    return []


_STEP_LINE = re.compile(r"[ \t]*(\d{1,2}) (?=[A-ZÀ-ÖØ-Þ])")


def _numbered_steps(text: str, lines: list[tuple[int, int]]) -> list:
    """Steps numbered without a dot ("1 Repérage : …", "2 Premier entretien…", as a slide draws them in circles):
    the lines opening on 1, 2, 3… in order (three at least), under the line before the first; a line between
    two steps that is no step (a label of the drawing) is left out."""
    numbered = [(k, int(m.group(1))) for k, (a, b) in enumerate(lines)
                if (m := _STEP_LINE.match(text, a)) and b - a <= MAX_ITEM_CHARS]
    steps = []
    for k, n in numbered:
        if n != len(steps) + 1:
            break
        steps.append(k)
    if len(steps) < 3:
        return []
    intro = lines[steps[0] - 1] if steps[0] else None
    return [(_trim(text, *intro) if intro else None, tuple(lines[k] for k in steps))]


DETAIL_LINES = 2  # lines under a numbered item that say more of it ("1. Repérage précoce" / "Former les acteurs…")


def _numbered_with_details(text: str, lines: list[tuple[int, int]]) -> list:
    """Items numbered 1., 2., 3.… in order (three at least), each with up to DETAIL_LINES lines under it that
    are not numbered, as a slide draws a priority and its aim: each item is its numbered line and its details,
    under the line before the first. Items on consecutive lines are the bullet lists of `list_blocks`."""
    numbered = [(k, int(m.group(1))) for k, (a, b) in enumerate(lines) if (m := _ITEM_NUMBER.match(text, a))]
    start = next((i for i, (_, n) in enumerate(numbered) if n == 1), None)
    if start is None:
        return []
    run = [numbered[start]]
    for k, n in numbered[start + 1:]:
        if n != run[-1][1] + 1 or k - run[-1][0] - 1 > DETAIL_LINES:
            break
        run.append((k, n))
    if len(run) < 3 or all(b[0] - a[0] == 1 for a, b in zip(run, run[1:])):
        return []  # too short, or no item has details
    last = run[-1][0]
    end_of_last = last  # the last item's details: lines after it, up to DETAIL_LINES, not a new paragraph
    while (end_of_last + 1 < len(lines) and end_of_last - last < DETAIL_LINES
           and "\n\n" not in text[lines[end_of_last][1]:lines[end_of_last + 1][0]]
           and not _LIST_LINE.match(text, lines[end_of_last + 1][0])):
        end_of_last += 1
    ends = [nxt - 1 for nxt, _ in run[1:]] + [end_of_last]
    items = tuple(_trim(text, lines[k][0], lines[e][1]) for (k, _), e in zip(run, ends))
    intro = lines[run[0][0] - 1] if run[0][0] else None
    return [(_trim(text, *intro) if intro else None, items)]


def _table_rows(text: str, lines: list[tuple[int, int]]) -> list:
    """The rows of a table of words as ingest lays them out ("N° · Décision · Responsable", then "1 — Diffuser les
    résultats… · Inès Bouzid" a line), two at least: a list under the table's caption
    (a short line before its header), or under its header. A table of figures (more than half its cells) answers
    "combien", not "quels", unless it gives one figure a row named by words ("Motif principal · Part des jeunes")."""
    out = []
    k = 0
    while k < len(lines):
        a, b = lines[k]
        columns = header_columns(text[a:b])
        if columns is None:
            k += 1
            continue
        rows = []
        for start, end in lines[k + 1:]:
            values = row_values(text[start:end], columns)
            if values is None:
                break
            rows.append(values)
        labels = [text[start:end].partition(" — ")[0] for start, end in lines[k + 1:k + 1 + len(rows)]]
        named = len(columns) == 1 and all(re.search(r"[^\W\d_]{3}", label) for label in labels)
        # (a table of one figure a row named by words lists those names: "Mal-être, anxiété — 34 %")
        cells = [value for values in rows for value in values]
        if len(rows) >= 2 and (named or sum(map(is_value, cells)) * 2 <= len(cells)):  # words in half its cells
            before = text[lines[k - 1][0]:lines[k - 1][1]] if k else ""
            captioned = (before and len(before.split()) <= HEADING_WORDS and " — " not in before
                         and not before.rstrip().endswith((".", ";")))
            intro = lines[k - 1] if captioned else lines[k]
            out.append((_trim(text, *intro), tuple(_trim(text, *line) for line in lines[k + 1:k + 1 + len(rows)])))
        k += 1 + len(rows)
    return out


def _block_spans(blocks) -> list[tuple[int, int]]:
    return [span for intro, items in blocks for span in ((intro,) if intro else ()) + items]


_PARENTHESIS_AT_END = re.compile(r"\s*\([^()]*\)\s*$")  # "L'accès aux soins (en cohérence avec…)"


def _headed_runs(text: str, lines: list[tuple[int, int]], used: set[int]) -> list:
    """Lists written without bullets: at least three lines that each name an item ("La prévention des
    troubles psychiques", "L'accès aux soins…"), under the line before them, or under the first of them
    when they open the passage (a slide's title)."""
    out = []
    i = 0
    while i < len(lines):
        j = i
        while (j < len(lines) and j not in used and not _LIST_LINE.match(text, lines[j][0])
               and not (j > i and "\n\n" in text[lines[j - 1][1]:lines[j][0]])  # a blank line: a paragraph
               and is_heading(_PARENTHESIS_AT_END.sub("", text[lines[j][0]:lines[j][1]]), ITEM_WORDS)):
            if j > i + 1 and " : " in text[lines[j][0]:lines[j][1]] and not any(
                    " : " in text[a:b] for a, b in lines[i:j]):
                break  # "Les CLSM : des outils…": a title of its own (the next slide's), not one more item (unless
                # the run's title reads so too: "Cyberharcèlement : les signes…" over "Isolement : il se tient…")
            j += 1
        if j - i >= 3:
            before = text[lines[i - 1][0]:lines[i - 1][1]].strip() if i > 0 and i - 1 not in used else ""
            titled = before and (before.endswith((":", "?")) and len(before.split()) <= HEADING_WORDS
                                 or is_heading(before))
            head = i - 1 if titled else i  # a sentence before the run does not title it: its first line does
            items = [_trim(text, a, b) for a, b in lines[head + 1:j]]
            if len(items) >= 2:
                out.append((_trim(text, *lines[head]), tuple(s for s in items if s[1] > s[0])))
        i = max(j, i + 1)
    return out

