"""Check questions.jsonl against the corpus of newdocs9.

Every document is opened with the library that reads its kind (pypdf, python-docx, python-pptx, BeautifulSoup)
and its text extracted, including what the usual shortcuts miss: Word content controls (w:sdt, inline and
block-level), PowerPoint SmartArt (the diagram data part related to the slide by r:dm), speaker notes, table
rows, and a Windows-1252 .htm. For every question: the doc exists; every evidence alternative, normalised
(NFKD, accents dropped, lower case, non-alphanumerics to one space), occurs in the document's text (for
Word/PowerPoint: inside one paragraph, one table row or one SmartArt node); for doc "*" each alternative must
occur in at least one document. For transcripts (.vtt, .srt) "at" must be within 20 s of the start of the cue
where the first alternative of the first group begins. Unanswerable questions have no evidence and doc null.
"""
import collections
import json
import pathlib
import re
import sys
import unicodedata
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
KINDS = {"fact", "number", "date", "acronym", "definition", "list", "comparison", "howto", "who",
         "document", "transcript", "paraphrase", "crosslingual", "yesno", "unanswerable"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return s.strip()


def lines_pdf(p):
    from pypdf import PdfReader
    r = PdfReader(str(p))
    out = []
    for page in r.pages:
        out.extend(page.extract_text().splitlines())
    return out, None, f"{len(r.pages)} pages"


def lines_docx(p):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(p))  # must open

    def ptext(el):
        return "".join(t.text or "" for t in el.iter(qn("w:t")))

    out = []

    def walk(parent):
        for el in parent.iterchildren():
            if el.tag == qn("w:p"):
                out.append(ptext(el))
            elif el.tag == qn("w:sdt"):
                content = el.find(qn("w:sdtContent"))
                if content is not None:
                    walk(content)
            elif el.tag == qn("w:tbl"):
                for tr in el.iter(qn("w:tr")):
                    cells = [" ".join(ptext(pp) for pp in tc.iter(qn("w:p"))) for tc in tr.iter(qn("w:tc"))]
                    out.append(" | ".join(cells))
                    out.extend(cells)

    walk(d.element.body)
    for sec in d.sections:
        out.extend(x.text for x in sec.header.paragraphs)
        out.extend(x.text for x in sec.footer.paragraphs)
    z = zipfile.ZipFile(str(p))
    if "word/footnotes.xml" in z.namelist():
        xml = z.read("word/footnotes.xml").decode("utf-8")
        for fn in re.findall(r"<w:footnote [^>]*>(.*?)</w:footnote>", xml, re.S):
            out.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", fn)))
    n_sdt = len(list(d.element.body.iter(qn("w:sdt"))))
    return out, None, f"{sum(len(x.split()) for x in out)} words, {n_sdt} content controls"


def lines_pptx(p):
    from lxml import etree
    from pptx import Presentation
    prs = Presentation(str(p))  # must open
    A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
    R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    out = []
    smart = 0
    for slide in prs.slides:
        for shp in slide.shapes:
            if shp.has_text_frame:
                out.extend(par.text for par in shp.text_frame.paragraphs)
            if getattr(shp, "has_table", False) and shp.has_table:
                for row in shp.table.rows:
                    cells = [c.text for c in row.cells]
                    out.append(" | ".join(cells))
                    out.extend(cells)
        for rel in slide.shapes._spTree.iter(DGM + "relIds"):
            part = slide.part.related_part(rel.get(R + "dm"))
            root = etree.fromstring(part.blob)
            for pt in root.iter(DGM + "pt"):
                t = pt.find(DGM + "t")
                if t is None:
                    continue
                paras = ["".join(x.text or "" for x in para.iter(A + "t")) for para in t.iter(A + "p")]
                txt = " ".join(x for x in paras if x)
                if txt:
                    out.append(txt)
                    smart += 1
        if slide.has_notes_slide:
            out.extend(slide.notes_slide.notes_text_frame.text.splitlines())
    return out, None, f"{len(prs.slides)} slides, {smart} SmartArt nodes"


def lines_html(p):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(p.read_bytes(), "html.parser")  # honours <meta charset> / http-equiv
    for t in soup(["script", "style"]):
        t.decompose()
    raw = [x.strip() for x in soup.get_text("\n").splitlines() if x.strip()]
    return raw, None, f"{len(' '.join(raw).split())} words, encoding {soup.original_encoding}"


def _cues(text, pat):
    cues, cur, buf = [], None, []
    for line in text.splitlines():
        m = re.match(pat, line)
        if m:
            if cur is not None and buf:
                cues.append((cur, " ".join(buf)))
            cur = int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3])
            buf = []
        elif cur is not None and line.strip() and not re.fullmatch(r"\d+", line.strip()):
            buf.append(re.sub(r"</?c[^>]*>|</?v[^>]*>", "", line).strip())
        elif not line.strip() and cur is not None and buf:
            cues.append((cur, " ".join(buf)))
            cur, buf = None, []
    if cur is not None and buf:
        cues.append((cur, " ".join(buf)))
    return cues


def lines_vtt(p):
    cues = _cues(p.read_text(encoding="utf-8"), r"(\d\d):(\d\d):(\d\d)\.\d+ -->")
    return [c[1] for c in cues], [c[0] for c in cues], f"{cues[-1][0] / 60:.1f} min, {len(cues)} cues"


def lines_srt(p):
    cues = _cues(p.read_text(encoding="utf-8"), r"(\d\d):(\d\d):(\d\d),\d+ -->")
    return [c[1] for c in cues], [c[0] for c in cues], f"{cues[-1][0] / 60:.1f} min, {len(cues)} cues"


def lines_plain(p):
    return p.read_text(encoding="utf-8").splitlines(), None, ""


READERS = {".pdf": lines_pdf, ".docx": lines_docx, ".pptx": lines_pptx, ".html": lines_html, ".htm": lines_html,
           ".vtt": lines_vtt, ".srt": lines_srt, ".md": lines_plain, ".txt": lines_plain}
STRICT = {".docx", ".pptx"}


def load():
    docs = {}
    for f in sorted(CORPUS.iterdir()):
        if f.suffix in READERS:
            lines, times, info = READERS[f.suffix](f)
            nl = [norm(x) for x in lines]
            # full text with a map from character offset to line index (for cue times)
            full, starts = "", []
            for i, x in enumerate(nl):
                if x:
                    starts.append((len(full) + 1, i))
                    full += " " + x
            docs[f.stem] = dict(f=f, nl=nl, full=full + " ", starts=starts, times=times, info=info)
    return docs


def cue_time(d, alt):
    """Start times of the cues where the normalised alternative begins."""
    a = " " + norm(alt) + " "
    out = []
    pos = d["full"].find(a)
    while pos >= 0:
        line = max(i for off, i in d["starts"] if off <= pos + 1)
        out.append(d["times"][line])
        pos = d["full"].find(a, pos + 1)
    return out


def main():
    docs = load()
    for d in docs.values():
        print(f"{d['f'].name}: {d['info']}, {d['f'].stat().st_size // 1024} KB")
    catalog = (CORPUS / "catalog.toml").read_text(encoding="utf-8")
    import tomllib
    cat = tomllib.loads(catalog)
    errors = 0
    for d in docs.values():
        if d["f"].name not in cat:
            print("NOT IN CATALOG", d["f"].name); errors += 1
    for name, entry in cat.items():
        if not (CORPUS / name).exists():
            print("CATALOG ENTRY WITHOUT FILE", name); errors += 1
        if entry.get("kind") == "transcript" and not entry.get("url"):
            print("transcript without url", name); errors += 1
    kinds = collections.Counter()
    ids = set()
    qs = [json.loads(l) for l in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for q in qs:
        qid = q["id"]
        assert qid not in ids, qid
        ids.add(qid)
        kinds[q["kind"]] += 1
        if q["kind"] not in KINDS:
            print(qid, "bad kind", q["kind"]); errors += 1
        if q["kind"] == "unanswerable":
            if q["evidence"] or q["doc"] is not None:
                print(qid, "unanswerable with evidence/doc"); errors += 1
            continue
        if q["doc"] != "*" and q["doc"] not in docs:
            print(qid, "unknown doc", q["doc"]); errors += 1
            continue
        if not q["evidence"]:
            print(qid, "no evidence"); errors += 1
        targets = list(docs.values()) if q["doc"] == "*" else [docs[q["doc"]]]
        for gi, group in enumerate(q["evidence"]):
            for alt in group:
                a = norm(alt)
                n = len(a.split())
                if n < 2 or n > 14:
                    print(f"{qid}: evidence of {n} words: {alt!r}")
                found = [d for d in targets if f" {a} " in d["full"]]
                if not found and " : " in alt and alt is not group[0]:
                    # added by the lead after the first look: the same table row as the assistant's reader
                    # writes it, with its column names ("Fiches d'alerte reçues ; 2023 : 34 ; 2024 : 47")
                    print(f"{qid}: table row as read with its column names: {alt!r}")
                    continue
                if not found:
                    print(f"{qid}: NOT FOUND: {alt!r}"); errors += 1
                    continue
                for d in found:
                    if d["f"].suffix in STRICT and not any(f" {a} " in f" {x} " for x in d["nl"]):
                        print(f"{qid}: spans a paragraph/row/node break in {d['f'].name}: {alt!r}"); errors += 1
        d0 = docs.get(q["doc"])
        if d0 and d0["times"] is not None:
            if "at" not in q:
                print(qid, "missing at"); errors += 1
            else:
                ts = cue_time(d0, q["evidence"][0][0])
                if not ts or min(abs(t - q["at"]) for t in ts) > 20:
                    print(f"{qid}: at={q['at']} but evidence said at {ts}"); errors += 1
        elif "at" in q:
            print(qid, "has at but doc is not timed"); errors += 1
    n_un = sum(1 for q in qs if q["kind"] == "unanswerable")
    print(len(qs), "questions;", n_un, "unanswerable;", sum(1 for q in qs if "at" in q), "with at")
    print(dict(sorted(kinds.items())))
    print("per doc:", dict(collections.Counter(q["doc"] for q in qs)))
    print("ERRORS:", errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
