"""Check questions.jsonl against the corpus: every evidence alternative must be in its document's extracted text
(NFKD, accents dropped, lower case, non-alphanumerics to one space), "at" must fall where the evidence is said,
unanswerable questions must be well formed and their key notion absent from the whole corpus."""
import collections
import json
import re
import sys
import tomllib
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
KINDS = {"fact", "number", "date", "acronym", "definition", "list", "comparison", "howto", "who", "document",
         "transcript", "unanswerable"}
# strings the unanswerable questions hinge on: none may appear anywhere in the corpus
ABSENT = {
    "s37": [],  # checked on the Val de Sarne report only, see below
    "s38": ["vigilans", "recontact"],
    "s39": ["bretagne"],
    "s40": ["dac", "dispositif d appui"],
    "s41": [],
    "s42": [],
}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == ".pptx":
        from pptx import Presentation
        parts = []
        for slide in Presentation(path).slides:
            for sh in slide.shapes:
                if sh.has_text_frame:
                    parts.append(sh.text_frame.text)
                if sh.has_table:
                    for row in sh.table.rows:
                        parts += [c.text for c in row.cells]
                if sh.has_chart:
                    ch = sh.chart
                    if ch.has_title:
                        parts.append(ch.chart_title.text_frame.text)
                    cats = list(ch.plots[0].categories)
                    for ser in ch.plots[0].series:
                        parts.append(ser.name)
                        parts += [f"{c} : {v:g}" for c, v in zip(cats, ser.values)]
            if slide.has_notes_slide:
                parts.append(slide.notes_slide.notes_text_frame.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return "".join(p.out)
    if ext == ".vtt":
        return "\n".join(c[2] for c in vtt_cues(path))
    return path.read_text(encoding="utf-8")


def hms(s: str) -> float:
    parts = [float(x) for x in s.split(":")]
    v = 0.0
    for x in parts:
        v = v * 60 + x
    return v


def vtt_cues(path):
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    cues = []
    for b in blocks:
        lines = [l for l in b.strip().splitlines() if l]
        for i, l in enumerate(lines):
            if "-->" in l:
                a, z = [x.strip().split()[0] for x in l.split("-->")]
                cues.append((hms(a), hms(z), " ".join(lines[i + 1:])))
    return cues


def timed_segments(path: Path):
    """(start_seconds, text) for each timed unit of a transcript, or None if the document is not timed."""
    ext = path.suffix.lower()
    if ext == ".vtt":
        return [(a, t) for a, _, t in vtt_cues(path)]
    if ext == ".txt":
        segs = []
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\[(\d\d:\d\d:\d\d)\] ([^:]+?) : (.*)", line)
            if m:
                segs.append((hms(m.group(1)), m.group(3)))
        return segs
    if ext == ".docx":
        import docx
        segs, t = [], None
        for p in docx.Document(path).paragraphs:
            m = re.match(r"^(.+?)\s{2,}(\d+:\d\d:\d\d)$", p.text)
            if m:
                t = hms(m.group(2))
            elif t is not None and p.text.strip():
                segs.append((t, p.text))
        return segs
    return None


def locate(segs, ev_norm):
    """Start time of the unit where ev_norm begins (units joined by spaces), and whether it spans units."""
    joined, starts = "", []
    for t, txt in segs:
        n = norm(txt)
        starts.append((len(joined), t))
        joined += n + " "
    i = joined.find(ev_norm)
    if i < 0:
        return None, None
    t0 = [t for off, t in starts if off <= i][-1]
    t1 = [t for off, t in starts if off <= i + len(ev_norm) - 1][-1]
    return t0, t0 != t1


def main():
    catalog = tomllib.loads((CORPUS / "catalog.toml").read_text(encoding="utf-8"))
    files = {p.stem: p for p in CORPUS.iterdir() if p.name != "catalog.toml"}
    assert set(catalog) == {p.name for p in files.values()}, (set(catalog) ^ {p.name for p in files.values()})
    texts = {stem: norm(extract(p)) for stem, p in files.items()}
    for stem, p in sorted(files.items()):
        print(f"{len(texts[stem].split()):5d} words  {p.name}")
    qs = [json.loads(l) for l in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    bad = 0
    ids = collections.Counter(q["id"] for q in qs)
    for i, n in ids.items():
        if n > 1:
            print("duplicate id", i)
            bad += 1
    for q in qs:
        assert q["kind"] in KINDS, q
        if q.get("answerable", True) is False:
            if q["evidence"] or q["doc"] is not None or q["kind"] != "unanswerable":
                print("malformed unanswerable", q["id"])
                bad += 1
            continue
        if q["doc"] not in texts:
            print("unknown doc", q["id"], q["doc"])
            bad += 1
            continue
        text = texts[q["doc"]]
        if not q["evidence"]:
            print("no evidence", q["id"])
            bad += 1
        for group in q["evidence"]:
            for alt in group:
                if norm(alt) not in text:
                    print(f"MISSING {q['id']}: {alt!r}")
                    bad += 1
        segs = timed_segments(files[q["doc"]])
        if segs is not None:
            if "at" not in q:
                print("timed doc without at", q["id"])
                bad += 1
                continue
            times = []
            for group in q["evidence"]:
                for alt in group:
                    t, spans = locate(segs, norm(alt))
                    if t is not None:
                        times.append(t)
                        if spans and files[q["doc"]].suffix == ".vtt":
                            print(f"  note {q['id']}: {alt!r} spans two cues")
            if times and not any(abs(q["at"] - t) <= 30 for t in times):
                print(f"AT {q['id']}: at={q['at']} but evidence said at {sorted(set(times))}")
                bad += 1
        elif "at" in q:
            print("at on untimed doc", q["id"])
            bad += 1
    # near misses: their key notion must be absent from every document
    allt = " ".join(texts.values())
    for qid, words in ABSENT.items():
        if not words:
            continue
        for w in words:
            if re.search(r"\b" + re.escape(norm(w)) + r"\b", allt):
                print(f"ABSENT {qid}: {w!r} found in the corpus")
                bad += 1
    sarne = [s for s in texts if "val-de-sarne" in s][0]
    if re.search(r"\b2021\b.{0,40}\bpssm\b|\bpssm\b.{0,60}\b2021\b", texts[sarne]):
        print("ABSENT s37: a 2021 PSSM figure appears in the report")
        bad += 1
    kinds = collections.Counter(q["kind"] for q in qs)
    docs = collections.Counter(q["doc"] for q in qs)
    print(len(qs), "questions;", sum(1 for q in qs if q.get("answerable", True)), "answerable")
    print("kinds:", dict(sorted(kinds.items())))
    print("per doc:", {(k or "None")[:30]: v for k, v in docs.items()})
    print("FAILURES:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
