"""Extract text from each corpus file and check every evidence string of questions.jsonl."""
import json
import re
import sys
import unicodedata
from pathlib import Path

import docx
import pypdf
from pptx import Presentation

ROOT = Path("/work/main/eval/newdocs4")
CORPUS = ROOT / "corpus"


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def docx_text(p):
    d = docx.Document(p)
    # all w:t of the body (includes tables and text boxes), plus headers/footers
    parts = []
    body = d.element.body
    for para in body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
        parts.append("".join(t.text or "" for t in para.iter(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")))
    for s in d.sections:
        parts += [x.text for x in s.header.paragraphs] + [x.text for x in s.footer.paragraphs]
    return "\n".join(parts)


def pptx_text(p):
    prs = Presentation(p)
    out = []
    for s in prs.slides:
        for sh in s.shapes:
            if sh.has_text_frame:
                out.append(sh.text_frame.text)
            if sh.has_table:
                for r in sh.table.rows:
                    out.append(" | ".join(c.text for c in r.cells))
        if s.has_notes_slide:
            out.append(s.notes_slide.notes_text_frame.text)
    return "\n".join(out)


def pdf_text(p):
    return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)


def text_of(p):
    ext = p.suffix
    if ext == ".docx":
        return docx_text(p)
    if ext == ".pptx":
        return pptx_text(p)
    if ext == ".pdf":
        return pdf_text(p)
    t = p.read_text(encoding="utf-8")
    if ext == ".html":
        t = re.sub(r"<[^>]+>", " ", t)
    return t


docs = {p.stem: p for p in sorted(CORPUS.iterdir()) if p.suffix != ".toml"}
texts = {k: text_of(v) for k, v in docs.items()}
ntexts = {k: norm(v) for k, v in texts.items()}
for k, v in texts.items():
    Path(f"/tmp/txt_{k}.txt").write_text(v)
    print(f"{len(v.split()):5d} words  {k}")

# caption lines of the .vtt (for the single-line rule and "at")
vtt_cues = []
for k, p in docs.items():
    if p.suffix == ".vtt":
        blocks = p.read_text(encoding="utf-8").split("\n\n")
        for b in blocks:
            ls = b.strip().split("\n")
            if ls and "-->" in ls[0]:
                a = ls[0].split(" --> ")[0]
                h, m, s = a.split(":")
                sec = int(h) * 3600 + int(m) * 60 + float(s)
                vtt_cues.append((sec, ls[1:]))
        vtt_stem = k

fail = 0
qs = [json.loads(l) for l in (ROOT / "questions.jsonl").read_text().splitlines() if l.strip()]
ids = set()
for q in qs:
    assert q["id"] not in ids, q["id"]
    ids.add(q["id"])
    d = q["doc"]
    if q["kind"] == "unanswerable":
        assert q["evidence"] == [] and d is None, q["id"]
        continue
    assert d in docs, (q["id"], d)
    for g in q["evidence"]:
        ok = [a for a in g if norm(a) in ntexts[d]]
        bad = [a for a in g if norm(a) not in ntexts[d]]
        if bad:
            fail += 1
            print("MISSING", q["id"], bad)
        for a in g:
            n = len(norm(a).split())
            if not 1 <= len(a.split()) <= 8:
                print("LENGTH", q["id"], a, n)
    if d == vtt_stem:
        # each alternative must sit inside one caption line; 'at' = start of first cue holding it
        first = None
        for g in q["evidence"]:
            for a in g:
                hits = [sec for sec, ls in vtt_cues if any(norm(a) in norm(l) for l in ls)]
                if not hits:
                    fail += 1
                    print("NOT IN ONE LINE", q["id"], a)
                else:
                    first = hits[0] if first is None else min(first, hits[0])
        if "at" not in q:
            print("NO AT", q["id"])
        elif first is not None and abs(q["at"] - first) > 1.0:
            print("AT MISMATCH", q["id"], q["at"], "first cue", round(first, 2))
print("questions", len(qs), "failures", fail)

# ---- stricter: for PDFs, each alternative must sit on one extracted line; for docx/pptx tables, inside one cell
print("--- line/cell check")
for q in qs:
    d = q["doc"]
    if not d:
        continue
    p = docs[d]
    for g in q["evidence"]:
        for a in g:
            if p.suffix == ".pdf":
                lines = [norm(l) for l in texts[d].split("\n")]
                if not any(norm(a) in l for l in lines):
                    print("SPANS PDF LINE", q["id"], a)
            elif p.suffix in (".docx", ".pptx"):
                lines = [norm(l) for l in re.split(r"\n| \| ", texts[d])]
                if not any(norm(a) in l for l in lines):
                    print("SPANS PARAGRAPH/CELL", q["id"], a)

# ---- unanswerable: key notions absent from every document
print("--- absence check")
ALL = " ".join(ntexts.values())
absent = {
    "m37": [(C_ := "2025-06-10_clsm-port-lormel_lettre-info-12", "2022")],
    "m38": [(C_, "infanto"), (C_, "cmp ij"), (C_, "delai d attente"), ("*", "port lormel cmp")],
    "m39": [("*", " dac ")],
    "m40": [("*", "soutien psy"), ("*", "monsoutienpsy")],
    "m41": [("*", "sans consentement"), ("*", "sdre"), ("*", "representant de l etat"), ("*", "contrainte")],
    "m42": [(C_, "budget"), (C_, " eur"), (C_, "euros")],
}
for qid, checks in absent.items():
    for d, term in checks:
        hay = " " + (ALL if d == "*" else ntexts[d]) + " "
        print(qid, repr(term), "PRESENT!" if term in hay else "absent")
