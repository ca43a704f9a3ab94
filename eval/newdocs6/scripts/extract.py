"""Text extraction and normalisation shared by the question builder and the check."""
import re, unicodedata, zipfile, html as H, os, glob
from pptx import Presentation
import pypdf
CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")

def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()

def _shape_texts(shapes):
    for sh in shapes:
        if sh.shape_type == 6:  # group
            yield from _shape_texts(sh.shapes)
        if sh.has_text_frame:
            for p in sh.text_frame.paragraphs:
                yield "".join(r.text for r in p.runs)
        if getattr(sh, "has_table", False) and sh.has_table:
            for row in sh.table.rows:
                for cell in row.cells:
                    yield cell.text

def lines(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("md", "srt"):
        return open(path, encoding="utf-8").read().splitlines()
    if ext == "html":
        t = open(path, encoding="utf-8").read()
        t = re.sub(r"<style.*?</style>", " ", t, flags=re.S)
        t = re.sub(r"</(p|li|td|tr|h\d)>", "\n", t)
        t = re.sub(r"<[^>]+>", "", t)
        return H.unescape(t).splitlines()
    if ext == "pdf":
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages).splitlines()
    if ext == "pptx":
        out = []
        for s in Presentation(path).slides:
            out += list(_shape_texts(s.shapes))
            if s.has_notes_slide:
                out += s.notes_slide.notes_text_frame.text.splitlines()
        return out
    if ext == "docx":
        out = []
        z = zipfile.ZipFile(path)
        for part in ("word/document.xml", "word/footnotes.xml"):
            if part in z.namelist():
                x = z.read(part).decode("utf-8")
                for para in re.split(r"</w:p>", x):
                    out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
        return [H.unescape(l) for l in out]
    raise ValueError(path)

def docs():
    return {os.path.basename(p).rsplit(".", 1)[0]: p for p in sorted(glob.glob(os.path.join(CORPUS, "*.*"))) if not p.endswith(".toml")}

def srt_cues(path):
    cues = []
    for block in open(path, encoding="utf-8").read().strip().split("\n\n"):
        ls = block.splitlines()
        h, m, s = ls[1].split(" --> ")[0].split(":")
        cues.append((int(h) * 3600 + int(m) * 60 + int(float(s.replace(",", "."))), ls[2:]))
    return cues
