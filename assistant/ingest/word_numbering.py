"""The labels Word draws before numbered paragraphs ("Article 11 –", "2.3", "b)"), which are not in their text."""

from __future__ import annotations

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)  # Word's a…z, aa…zz


FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "upperRoman": lambda n: _roman(n).upper(),
    "lowerRoman": _roman,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerLetter": _letters,
}


def _val(element, tag: str, default: str = "") -> str:
    found = element.find(W + tag) if element is not None else None
    return found.get(W + "val", default) if found is not None else default


class Numbering:
    """Word's numbering definitions, and the counters of the lists read so far (read the paragraphs in order)."""

    def __init__(self, numbering_xml: bytes | None, style_numbers: dict[str, tuple[str, str]]):
        self.levels: dict[str, dict[str, tuple[int, str, str]]] = {}  # numId: ilvl: (start, format, text)
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbers = style_numbers  # style id: (numId, ilvl) a style numbers its paragraphs with
        if not numbering_xml:
            return
        root = etree.fromstring(numbering_xml)
        abstract = {}
        for definition in root.iterfind(W + "abstractNum"):
            levels = {}
            for lvl in definition.iterfind(W + "lvl"):
                start = _val(lvl, "start", "1")
                levels[lvl.get(W + "ilvl", "0")] = (int(start) if start.isdigit() else 1,
                                                     _val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText"))
            abstract[definition.get(W + "abstractNumId")] = levels
        for num in root.iterfind(W + "num"):
            levels = dict(abstract.get(_val(num, "abstractNumId"), {}))
            for override in num.iterfind(W + "lvlOverride"):
                ilvl, start = override.get(W + "ilvl", "0"), _val(override, "startOverride")
                if ilvl in levels and start.isdigit():
                    levels[ilvl] = (int(start), *levels[ilvl][1:])
            self.levels[num.get(W + "numId")] = levels

    def label(self, paragraph, style_id: str) -> str | None:
        """The label Word draws before a paragraph ("Article 11 –"), counting it; None for a bullet, a paragraph of
        no list, or a format this reader does not spell."""
        num_id = next(iter(paragraph.xpath("./w:pPr/w:numPr/w:numId/@w:val")), None)
        ilvl = next(iter(paragraph.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")), None)
        if num_id is None and style_id in self.style_numbers:
            num_id, style_level = self.style_numbers[style_id]
            ilvl = ilvl or style_level
        ilvl = ilvl if ilvl and ilvl.isdigit() else "0"
        levels = self.levels.get(num_id or "", {})
        if ilvl not in levels:
            return None
        counters = self.counters.setdefault(num_id, {})
        depth = int(ilvl)
        counters[depth] = counters.get(depth, levels[ilvl][0] - 1) + 1
        for deeper in [d for d in counters if d > depth]:
            del counters[deeper]  # a sub-list starts again under its next parent
        start, fmt, text = levels[ilvl]
        if fmt not in FORMATS or not text:
            return None
        label = text
        for level in range(depth + 1):
            if f"%{level + 1}" in label:
                own = levels.get(str(level), (1, "decimal", ""))
                value = counters.get(level, own[0])
                label = label.replace(f"%{level + 1}", FORMATS.get(own[1], str)(value))
        return " ".join(label.split()) or None


def style_numbers(styles_xml) -> dict[str, tuple[str, str]]:
    """{style id: (numId, ilvl)} for the paragraph styles that number their paragraphs (a heading style linked to a
    list: "Article %1 –")."""
    numbers = {}
    for style in styles_xml.xpath("./w:style"):
        num_id = style.xpath("./w:pPr/w:numPr/w:numId/@w:val")
        if num_id:
            ilvl = style.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
            numbers[style.get(W + "styleId")] = (num_id[0], ilvl[0] if ilvl else "0")
    return numbers
