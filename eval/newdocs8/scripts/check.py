"""Check questions.jsonl against the corpus.

For every question: the doc exists; every evidence alternative, normalised (NFKD, accents dropped,
lower case, non-alphanumerics to one space), occurs in the document's extracted text. For timed
transcripts (.vtt, the HTML replay) and for Word/ODT tables, each alternative must also sit inside
one caption line / one table cell (matching whole words), and "at" must be within 20 s of the line holding the first
evidence group. Unanswerable questions must have no evidence and doc null. Prints a summary by kind.
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
    out = []
    for page in PdfReader(str(p)).pages:
        out.extend(page.extract_text().splitlines())
    return out, None


def lines_docx(p):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(str(p))
    out = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            for tc in el.iter(qn("w:tc")):
                out.append(" ".join("".join(t.text or "" for t in para.iter(qn("w:t")))
                                    for para in tc.iter(qn("w:p"))))
    for sec in d.sections:
        out.extend(x.text for x in sec.header.paragraphs)
        out.extend(x.text for x in sec.footer.paragraphs)
    z = zipfile.ZipFile(str(p))
    if "word/footnotes.xml" in z.namelist():
        xml = z.read("word/footnotes.xml").decode("utf-8")
        for fn in re.findall(r"<w:footnote [^>]*>(.*?)</w:footnote>", xml, re.S):
            out.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", fn)))
    return out, None


def lines_odt(p):
    from odf.opendocument import load
    from odf import teletype, text, table
    d = load(str(p))
    out = []
    for el in d.getElementsByType(text.H) + d.getElementsByType(text.P):
        out.append(teletype.extractText(el))
    return out, None


def lines_html(p):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
    for t in soup(["script", "style"]):
        t.decompose()
    raw = [x.strip() for x in soup.get_text("\n").splitlines() if x.strip()]
    # timestamps: a line "m:ss" gives the time of the next caption line
    times = {}
    cur = None
    for i, x in enumerate(raw):
        m = re.fullmatch(r"(?:(\d+):)?(\d+):(\d\d)", x)
        if m:
            h, mi, s = m.groups()
            cur = int(h or 0) * 3600 + int(mi) * 60 + int(s)
        elif cur is not None:
            times[i] = cur
            cur = None
    return raw, times


def lines_vtt(p):
    raw = p.read_text(encoding="utf-8").splitlines()
    out, times, cur = [], {}, None
    for x in raw:
        m = re.match(r"(\d\d):(\d\d):(\d\d)\.\d+ -->", x)
        if m:
            cur = int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3])
            continue
        if x.strip():
            out.append(x)
            if cur is not None:
                times[len(out) - 1] = cur
    return out, times


def lines_plain(p):
    return p.read_text(encoding="utf-8").splitlines(), None


READERS = {".pdf": lines_pdf, ".docx": lines_docx, ".odt": lines_odt, ".html": lines_html,
           ".htm": lines_html, ".vtt": lines_vtt, ".md": lines_plain, ".txt": lines_plain}
STRICT = {".vtt", ".html", ".docx", ".odt"}


def main():
    docs = {}
    for f in sorted(CORPUS.iterdir()):
        if f.suffix in READERS:
            lines, times = READERS[f.suffix](f)
            nl = [norm(x) for x in lines]
            docs[f.stem] = (f, nl, " ".join(x for x in nl if x), times)
            print(f"{f.name}: {len(' '.join(lines).split())} words")
    catalog = (CORPUS / "catalog.toml").read_text(encoding="utf-8")
    for f, *_ in docs.values():
        if f'["{f.name}"]' not in catalog:
            print("NOT IN CATALOG", f.name)
    errors = 0
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
        if q.get("answerable", True) is False:
            if q["evidence"] or q["doc"] is not None:
                print(qid, "unanswerable with evidence/doc"); errors += 1
            continue
        if q["doc"] not in docs:
            print(qid, "unknown doc", q["doc"]); errors += 1
            continue
        f, nl, full, times = docs[q["doc"]]
        if not q["evidence"]:
            print(qid, "no evidence"); errors += 1
        for gi, group in enumerate(q["evidence"]):
            for alt in group:
                a = norm(alt)
                if f" {a} " not in f" {full} ":
                    print(f"{qid}: NOT FOUND in {f.name}: {alt!r}"); errors += 1
                    continue
                hits = [i for i, x in enumerate(nl) if f" {a} " in f" {x} "]
                if f.suffix in STRICT and not hits:
                    print(f"{qid}: spans a line/cell break in {f.name}: {alt!r}"); errors += 1
                if times is not None and gi == 0 and alt == group[0]:
                    if "at" not in q:
                        print(qid, "missing at"); errors += 1
                    else:
                        ts = [times.get(i) for i in hits if times.get(i) is not None]
                        if not ts or min(abs(t - q["at"]) for t in ts) > 20:
                            print(f"{qid}: at={q['at']} but evidence said at {ts}"); errors += 1
        if times is None and "at" in q:
            print(qid, "has at but doc is not timed"); errors += 1
    print(len(qs), "questions;", sum(1 for q in qs if q.get("answerable", True) is False), "unanswerable")
    print(dict(sorted(kinds.items())))
    print("per doc:", dict(collections.Counter(q["doc"] for q in qs)))
    print("ERRORS:", errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
