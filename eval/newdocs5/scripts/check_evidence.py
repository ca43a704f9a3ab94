"""Extract the text of each corpus file independently of the assistant and check questions.jsonl:

* every evidence alternative of an answerable question is in its document after normalisation
  (NFKD, accents dropped, lower case, non-alphanumeric runs -> one space), and at least one alternative of
  each group lies inside a single "unit" (a line of the PDFs / OCR / txt, a cue of the VTT, a paragraph or
  table cell of the docx / odt / html), so no evidence spans a line break or a cell boundary;
* for the docx, deleted text (w:del) is skipped, and no evidence may match the text with deletions kept
  instead of insertions;
* the "at" of VTT questions is the start of the cue holding the evidence, and of HTML questions the start
  of the transcript paragraph (computed by gen_html_replay.py);
* for unanswerable questions, the key notions listed in UNANSWERABLE_ABSENT are absent from all 7 files.

Usage: python check_evidence.py [--words]
"""
import io
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from lxml import etree
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
QFILE = ROOT / "questions.jsonl"


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- extractors -> list of units (strings)
def ocr_pdf(path):
    units = []
    for page in PdfReader(str(path)).pages:
        assert not page.extract_text().strip(), "scanned PDF must have no text layer"
        for img in page.images:
            with tempfile.NamedTemporaryFile(suffix=".png") as f:
                img.image.save(f.name)
                out = subprocess.run(["tesseract", f.name, "-", "-l", "fra"], capture_output=True,
                                     text=True, check=True).stdout
            units += out.splitlines()
    return units


def text_pdf(path):
    units = []
    for page in PdfReader(str(path)).pages:
        units += page.extract_text().splitlines()
    return units


class _HTMLText(HTMLParser):
    BLOCK = {"p", "li", "h1", "h2", "h3", "summary", "div", "td", "th", "title", "nav", "footer", "ul"}

    def __init__(self):
        super().__init__()
        self.units, self.cur, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def flush(self):
        t = "".join(self.cur).strip()
        if t:
            self.units.append(t)
        self.cur = []


def html_units(path):
    p = _HTMLText()
    p.feed(path.read_text(encoding="utf-8"))
    p.flush()
    return p.units


def vtt_cues(path):
    cues = []
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    for b in blocks[1:]:
        lines = b.splitlines()
        m = re.match(r"(\d+):(\d+):(\d+)\.(\d+) -->", lines[1])
        start = int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3]) + int(m[4]) / 1000
        txt = re.sub(r"<[^>]+>", "", " ".join(lines[2:]))
        cues.append((start, txt))
    return cues


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_units(path, keep_deleted=False):
    xml = zipfile.ZipFile(path).read("word/document.xml")
    root = etree.fromstring(xml)
    units = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter(W + "t", W + "delText"):
            in_del = any(a.tag == W + "del" for a in el.iterancestors())
            in_ins = any(a.tag == W + "ins" for a in el.iterancestors())
            if keep_deleted:
                if in_ins:
                    continue
            elif in_del:
                continue
            parts.append(el.text or "")
        t = "".join(parts).strip()
        if t:
            units.append(t)
    return units


def odt_units(path):
    from odf.opendocument import load
    from odf import teletype, text
    doc = load(str(path))
    units = []
    for tag in (text.H, text.P):
        for el in doc.getElementsByType(tag):
            t = teletype.extractText(el).strip()
            if t:
                units.append(t)
    return units


def txt_units(path):
    return path.read_text(encoding="utf-8").splitlines()


def extract(path):
    ext = path.suffix
    if ext == ".pdf":
        # the scanned letter is recognised by having no text layer
        if not "".join(p.extract_text() for p in PdfReader(str(path)).pages).strip():
            return ocr_pdf(path)
        return text_pdf(path)
    if ext == ".html":
        return html_units(path)
    if ext == ".vtt":
        return [t for _, t in vtt_cues(path)]
    if ext == ".docx":
        return docx_units(path)
    if ext == ".odt":
        return odt_units(path)
    if ext == ".txt":
        return txt_units(path)
    raise ValueError(path)


# key notions of the unanswerable questions: (question id, list of strings, scope) where scope None = all
# documents must lack every string, or a file stem = that document must lack it
UNANSWERABLE_ABSENT = {
    "p37": [("Maison des adolescents", "2025-11-13_villes-quartiers-bretagne_cafe-ressources-gem-qpv"),
            ("MDA", "2025-11-13_villes-quartiers-bretagne_cafe-ressources-gem-qpv"),
            ("Bréhançon", "2025-03-20_ressources-villes-auvergne_webinaire-mda-clsm-jeunes")],
    "p38": [("2022", "2025-06-24_ville-merignol_cr-copil-clsm")],
    "p39": [("EMPP", None), ("psychiatrie précarité", None), ("psychiatrie-précarité", None)],
    "p40": [("chez-soi d'abord", None), ("chez soi d abord", None), ("logement d'abord", None)],
    "p41": [("pair-aidant", None), ("pair aidant", None), ("pair-aidance", None), ("pairs aidants", None),
            ("médiateur pair", None), ("médiateurs pairs", None)],
    "p42": [("pauvreté", "2025-11-13_villes-quartiers-bretagne_cafe-ressources-gem-qpv"),
            ("Kerlann", "2025-01-28_cites-sante-nouvelle-aquitaine_pssm-quartiers-lormiac"),
            ("Kerlann", "2024-10-15_pole-ville-sante-idf_guide-diagnostic-sante-mentale-qpv"),
            ("Kerlann", "2026-02-03_passerelles-ville-sante_lettre-info-27")],
}


def main():
    files = {p.stem: p for p in sorted(CORPUS.iterdir()) if p.suffix != ".toml"}
    units = {stem: extract(p) for stem, p in files.items()}
    full = {stem: " " + norm(" ".join(u)) + " " for stem, u in units.items()}
    nunits = {stem: [norm(x) for x in u] for stem, u in units.items()}

    if "--words" in sys.argv:
        for stem, u in units.items():
            print(f"{len(' '.join(u).split()):6d} words  {stem}")

    docx_stem = next(s for s, p in files.items() if p.suffix == ".docx")
    docx_with_del = norm(" ".join(docx_units(files[docx_stem], keep_deleted=True)))
    vtt_stem = next(s for s, p in files.items() if p.suffix == ".vtt")
    cues = vtt_cues(files[vtt_stem])
    html_stem = next(s for s, p in files.items() if p.suffix == ".html")
    html_times = json.loads(Path("/tmp/newdocs5_html_times.json").read_text())["paragraph_starts"]
    html_paras = [u for u in units[html_stem] if re.match(r"^(Laure Piquemal|Thomas Arnaudet|Samia Benali) :", u)]
    assert len(html_paras) == len(html_times), (len(html_paras), len(html_times))

    errors, qs = [], [json.loads(l) for l in QFILE.read_text(encoding="utf-8").splitlines() if l.strip()]
    for q in qs:
        qid, doc, ev = q["id"], q["doc"], q["evidence"]
        if q["kind"] == "unanswerable":
            if ev or doc is not None:
                errors.append(f"{qid}: unanswerable must have evidence [] and doc null")
            for s, scope in UNANSWERABLE_ABSENT.get(qid, []):
                for stem in ([scope] if scope else files):
                    if f" {norm(s)} " in full[stem]:
                        errors.append(f"{qid}: key notion {s!r} found in {stem}")
            if qid not in UNANSWERABLE_ABSENT:
                errors.append(f"{qid}: no absent-notion check defined")
            continue
        if doc not in files:
            errors.append(f"{qid}: unknown doc {doc}")
            continue
        for gi, group in enumerate(ev):
            ok_unit = False
            for alt in group:
                n = norm(alt)
                if n not in full[doc]:
                    errors.append(f"{qid}: group {gi} alternative {alt!r} NOT in {doc}")
                if any(n in u for u in nunits[doc]):
                    ok_unit = True
                if doc == docx_stem and n in full[doc] and n not in docx_with_del:
                    pass  # depends on inserted text: good
            if not ok_unit:
                errors.append(f"{qid}: group {gi} {group} spans a unit boundary in {doc}")
        if doc == vtt_stem:
            first = norm(ev[0][0])
            starts = [int(s) for s, t in cues if first in norm(t)]
            if not starts:
                errors.append(f"{qid}: evidence not within a single cue")
            elif q.get("at") != starts[0]:
                errors.append(f"{qid}: at={q.get('at')} but cue starts at {starts[0]}")
        if doc == html_stem:
            first = norm(ev[0][0])
            idx = [i for i, u in enumerate(html_paras) if first in norm(u)]
            if idx and q.get("at") != html_times[idx[0]]:
                errors.append(f"{qid}: at={q.get('at')} but paragraph starts at {html_times[idx[0]]}")
            if not idx and "at" in q:
                errors.append(f"{qid}: 'at' given but evidence not in the transcript")
    # docx questions on tracked text: make sure the deleted version would NOT satisfy them
    for q in qs:
        if q["doc"] == docx_stem:
            if all(any(norm(a) in docx_with_del for a in g) for g in q["evidence"]):
                print(f"note {q['id']}: also satisfied by the text with deletions kept (not tracked-change sensitive)")
            else:
                print(f"note {q['id']}: tracked-change sensitive (needs inserted text)")

    ids = [q["id"] for q in qs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    from collections import Counter
    print("kinds:", dict(Counter(q["kind"] for q in qs)))
    print("docs:", dict(Counter(q["doc"] for q in qs)))
    print(f"{len(qs)} questions, {len(errors)} errors")
    for e in errors:
        print("  ", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
