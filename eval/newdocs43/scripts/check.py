# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs43.

Lecteurs propres (pas les bibliothèques d'écriture des générateurs) : DOCX (zip + word/document.xml ; une unité
par paragraphe et par ligne de tableau ; articles en Heading 1, tableaux, section « Notes » et appels [n]) ;
VTT (repères numérotés « Nom: texte » ; unité = repère + repère suivant, clé = début ; 14 à 17 min ; chat) ;
PPTX (zip ; texte des diapositives et des notes liées ; tableau ; notes partout) ; HTML (BeautifulSoup ; fil
d'Ariane, <details>, <aside>) ; MD (blocs ; tableau des actions, décisions) ; PDF (pypdf, une unité par page ;
pied « n / N », deux colonnes, encadrés, agenda). Normalisation : NFKD, sans accents, minuscules, hors a-z0-9 →
une espace. « at » obligatoire (à 30 s près) pour les questions sur le .vtt, interdit ailleurs. Les termes ABSENT
(questions sans réponse) ne doivent figurer dans aucun document.

Usage : python check.py [--questions FICHIER] | --dump NOM | --find "phrase"
"""
import json
import os
import re
import sys
import tomllib
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

import pypdf
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
QUESTIONS = os.path.join(ROOT, "questions.jsonl")
if len(sys.argv) > 2 and sys.argv[1] == "--questions":
    QUESTIONS = os.path.abspath(sys.argv[2])
    del sys.argv[1:3]
CATALOG = os.path.join(CORPUS, "catalog.toml")

KINDS = {"number", "date", "fact", "definition", "acronym", "comparison", "list", "howto", "transcript",
         "document", "crosslingual", "paraphrase", "yesno", "who", "unanswerable"}
CATALOG_KEYS = ("title", "kind", "date", "published", "organisers", "region", "url")
CATALOG_KINDS = {"slides", "report", "webpage", "transcript", "document"}
EXPECTED_EXTS = sorted([".docx", ".vtt", ".pptx", ".html", ".md", ".pdf"])
AT_TOLERANCE = 30.0
N_QUESTIONS, N_UNANSWERABLE, N_ENGLISH, PREFIX = 40, 6, 4, "n43"
# termes propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2019", "2022", "saint aubrac", "maison des adolescents", "mda", "mineurs non accompagnes", "mna",
          "lits", "lit d hospitalisation"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# --- lecteurs
WN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AN = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _wtext(el):
    return "".join(t.text or "" for t in el.iter(WN + "t"))


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(WN + "body")
    units, heads, tables = [], [], []
    for i, el in enumerate(body):
        if el.tag == WN + "p":
            st = el.find("./%spPr/%spStyle" % (WN, WN))
            style = st.get(WN + "val") if st is not None else ""
            txt = _wtext(el)
            if style.startswith("Heading1") or style == "Heading 1":
                heads.append(txt)
            units.append(("p%d" % i, txt))
        elif el.tag == WN + "tbl":
            rows = [[_wtext(c) for c in r.findall(WN + "tc")] for r in el.findall(WN + "tr")]
            tables.append(rows)
            units += [("t%d r%d" % (len(tables), j), " ".join(r)) for j, r in enumerate(rows)]
    arts = [h for h in heads if re.match(r"Article \d+ — ", h)]
    assert len(arts) >= 10 and [int(a.split()[1]) for a in arts] == list(range(1, len(arts) + 1)), "articles"
    assert heads[-1] == "Notes", "section « Notes » finale absente"
    assert any(r[0][0] == "Acteur" for r in tables) and any(len(r[0]) == 4 for r in tables), "tableaux"
    alltext = "\n".join(t for _, t in units)
    calls = set(re.findall(r"\w\[(\d)\]", alltext))
    notes = set(re.findall(r"^\[(\d)\] ", alltext, re.M))
    assert len(notes) >= 5 and calls <= notes, "appels de notes sans note"
    return units


VTT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")


def parse_vtt(path, speakers=()):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    blocks = raw.strip().split("\n\n")
    assert blocks[0] == "WEBVTT", "en-tête WEBVTT absent"
    cues = []
    for n, b in enumerate(blocks[1:], 1):
        lines = b.split("\n")
        assert lines[0] == str(n), "numéro de repère %d" % n
        m = VTT_TIME.match(lines[1])
        assert m, "horodatage invalide au repère %d" % n
        g = [int(x) for x in m.groups()]
        s = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        e = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert e > s and (not cues or s >= cues[-1][1] - 1e-6), "repère %d mal placé" % n
        who, sep, text = " ".join(lines[2:]).partition(": ")
        assert sep and (not speakers or who in speakers), "étiquette d'orateur au repère %d : %r" % (n, who)
        cues.append((s, e, who, text))
    return cues


def read_vtt(path, speakers=()):
    cues = parse_vtt(path, speakers)
    assert len(cues) >= 100, "au moins 100 repères attendus"
    assert 840 <= cues[-1][1] <= 1020, "durée hors de 14 à 17 minutes (%.0f s)" % cues[-1][1]
    assert len({c[2] for c in cues}) == len(speakers) >= 3, "tous les intervenants doivent parler"
    assert sum("chat" in c[3] for c in cues) >= 3, "questions du chat attendues"
    return [(round(c[0], 3), c[3] + " " + (cues[i + 1][3] if i + 1 < len(cues) else ""))
            for i, c in enumerate(cues)]


def read_pptx(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        slides = sorted((n for n in names if re.match(r"ppt/slides/slide\d+\.xml$", n)),
                        key=lambda n: int(re.findall(r"\d+", n)[0]))
        units, n_tbl, n_notes = [], 0, 0
        for i, sn in enumerate(slides, 1):
            x = ET.fromstring(z.read(sn))
            n_tbl += len(list(x.iter(AN + "tbl")))
            units.append(("diapo %d" % i, " ".join(t.text or "" for t in x.iter(AN + "t"))))
            rel = "ppt/slides/_rels/%s.rels" % os.path.basename(sn)
            targets = [r.get("Target") for r in ET.fromstring(z.read(rel)) if "notesSlide" in r.get("Type", "")]
            for t in targets:
                nx = ET.fromstring(z.read(os.path.normpath(os.path.join("ppt/slides", t))))
                txt = " ".join(t.text or "" for t in nx.iter(AN + "t"))
                if txt.strip():
                    n_notes += 1
                    units.append(("notes %d" % i, txt))
    assert len(slides) >= 10, "au moins 10 diapositives"
    assert n_tbl >= 1, "diapositive tableau absente"
    assert n_notes == len(slides), "notes de l'orateur manquantes"
    return units


def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    bc = soup.select_one("nav.breadcrumb")
    assert bc and len(bc.select("li")) >= 4, "fil d'Ariane absent"
    assert len(soup.select("details > summary")) >= 5, "FAQ en accordéon absente"
    aside = soup.select_one("aside")
    assert aside and re.search(r"03 99 00 \d\d \d\d", aside.get_text()), "encadré contacts absent"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


def read_md(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert raw.startswith("# "), "titre Markdown absent"
    assert re.search(r"^\| N° \| Action \| Pilote \| Échéance \| État \|$", raw, re.M), "tableau des actions"
    assert len(re.findall(r"^\| A\d \|", raw, re.M)) >= 5, "actions attendues"
    assert re.search(r"^## \d\. Décisions$", raw, re.M), "section décisions"
    return [("bloc %d" % i, b) for i, b in enumerate(re.split(r"\n\s*\n", raw), 1)]


def read_pdf(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert 2 <= n <= 5, "2 à 5 pages attendues"
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert "%d / %d" % (i, n) in t, "pied « %d / %d » absent" % (i, n)
        units.append((i, t))
    xs = []
    r.pages[0].extract_text(visitor_text=lambda t, cm, tm, fd, fs: xs.append(cm[4] + tm[4]) if t.strip() else None)
    w = float(r.pages[0].mediabox.width)
    assert sum(x > w / 2 for x in xs) >= 10 and sum(x < w / 3 for x in xs) >= 10, "deux colonnes attendues"
    alltext = "\n".join(t for _, t in units)
    for k in ("Chiffres clés", "Trois questions à", "Agenda"):
        assert k in alltext, "%s absent" % k
    return units


def load_catalog():
    with open(CATALOG, "rb") as f:
        return tomllib.load(f)


def load_corpus():
    cat = load_catalog()
    readers = {".docx": read_docx, ".pptx": read_pptx, ".html": read_html, ".md": read_md, ".pdf": read_pdf}
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        path = os.path.join(CORPUS, fn)
        if ext == ".vtt":
            units = read_vtt(path, cat.get(fn, {}).get("speakers", ()))
        elif ext in readers:
            units = readers[ext](path)
        else:
            continue
        docs[stem] = {"file": fn, "ext": ext, "units": [(k, norm(t)) for k, t in units]}
    return docs


def contains(text, a):
    return re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", text) is not None


def find_in(doc, alt):
    a = norm(alt)
    return [k for k, t in doc["units"] if contains(t, a)]


# --- contrôles
def check_catalog(docs, errors):
    cat = load_catalog()
    files = {d["file"] for d in docs.values()}
    for fn in files ^ set(cat):
        errors.append("catalogue : fichier et entrée non appariés : %s" % fn)
    if sorted(os.path.splitext(f)[1] for f in files) != EXPECTED_EXTS:
        errors.append("catalogue : types de fichiers inattendus")
    for fn, e in cat.items():
        for k in CATALOG_KEYS:
            if k not in e:
                errors.append("catalogue : %s sans clé %s" % (fn, k))
        if e.get("kind") not in CATALOG_KINDS:
            errors.append("catalogue : %s kind invalide" % fn)
        if not re.match(r"^\d{4}-\d{2}-\d{2}_[a-z0-9-]+_[a-z0-9-]+\.[a-z]+$", fn):
            errors.append("catalogue : nom de fichier non conforme %s" % fn)
        if str(e.get("date")) != fn[:10]:
            errors.append("catalogue : date différente du préfixe de %s" % fn)
        for key in ("url", "replay"):
            if key in e and not re.match(r"^https://[a-z0-9.-]+\.example(/|$)", e[key]):
                errors.append("catalogue : %s hors .example pour %s" % (key, fn))
        if e.get("kind") == "transcript" and not (e.get("speakers") and e.get("replay")):
            errors.append("catalogue : transcription sans speakers ou replay : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
        want = {".vtt": "transcript", ".pptx": "slides", ".html": "webpage"}.get(os.path.splitext(fn)[1])
        if want and e.get("kind") != want:
            errors.append("catalogue : %s devrait être de kind %s" % (fn, want))


def check_at(q, doc, docs, errors):
    if doc in docs and docs[doc]["ext"] == ".vtt":
        if "at" not in q:
            errors.append("%s : « at » manquant (transcription)" % q["id"])
            return
        starts = [k for k, t in docs[doc]["units"] if contains(t, norm(q["evidence"][0][0]))]
        if not starts:
            errors.append("%s : première preuve absente des repères" % q["id"])
        elif min(abs(q["at"] - s) for s in starts) > AT_TOLERANCE:
            errors.append("%s : at=%s loin des repères %s" % (q["id"], q["at"], starts[:5]))
    elif "at" in q:
        errors.append("%s : « at » interdit hors transcription" % q["id"])


def check_questions(docs, errors):
    qs = []
    with open(QUESTIONS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    qs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    errors.append("questions : ligne %d JSON invalide (%s)" % (i, e))
    if len(qs) != N_QUESTIONS:
        errors.append("questions : %d questions au lieu de %d" % (len(qs), N_QUESTIONS))
    if [q.get("id") for q in qs] != ["%s-%02d" % (PREFIX, i) for i in range(1, len(qs) + 1)]:
        errors.append("questions : identifiants non séquentiels ou dupliqués")
    per_doc = {s: 0 for s in docs}
    n_unans = n_en = 0
    for q in qs:
        qid = q.get("id")
        for k in ("id", "question", "evidence", "doc", "kind"):
            if k not in q:
                errors.append("%s : champ %s manquant" % (qid, k))
        if set(q) - {"id", "question", "evidence", "doc", "kind", "at"}:
            errors.append("%s : champs inattendus" % qid)
        if q.get("kind") not in KINDS:
            errors.append("%s : kind invalide %r" % (qid, q.get("kind")))
        n_en += q.get("kind") == "crosslingual"
        if q.get("kind") == "unanswerable":
            n_unans += 1
            if q.get("evidence") != [] or q.get("doc") is not None or "at" in q:
                errors.append("%s : question sans réponse mal formée" % qid)
            continue
        doc = q.get("doc")
        if not q.get("evidence") or (doc != "*" and doc not in docs):
            errors.append("%s : pas de preuve ou doc inconnu %r" % (qid, doc))
            continue
        if doc in per_doc:
            per_doc[doc] += 1
        for group in q["evidence"]:
            if not isinstance(group, list) or not 1 <= len(group) <= 3:
                errors.append("%s : groupe de preuves mal formé" % qid)
                continue
            for alt in group:
                if not 2 <= len(alt.split()) <= 8:
                    errors.append("%s : alternative hors 2 à 8 mots : %r" % (qid, alt))
                targets = list(docs) if doc == "*" else [doc]
                found = [(t, h) for t in targets for h in [find_in(docs[t], alt)] if h]
                if not found:
                    errors.append("%s : preuve introuvable %r (doc %s)" % (qid, alt, doc))
                else:
                    print("  ok %s  %-44s -> %s" % (qid, alt[:44], ", ".join(
                        "%s[%s]" % (t[11:38], ",".join(str(x) for x in h[:2])) for t, h in found[:3])))
        check_at(q, doc, docs, errors)
    if n_unans != N_UNANSWERABLE:
        errors.append("questions : %d sans réponse au lieu de %d" % (n_unans, N_UNANSWERABLE))
    if n_en != N_ENGLISH:
        errors.append("questions : %d en anglais au lieu de %d" % (n_en, N_ENGLISH))
    for s, n in per_doc.items():
        if n < 3:
            errors.append("questions : %s cité par %d questions seulement" % (s, n))
    for term in ABSENT:
        for s, d in docs.items():
            if any(contains(u, norm(term)) for _, u in d["units"]):
                errors.append("ABSENT : %r figure dans %s" % (term, s))
    return qs, per_doc


def main():
    docs = load_corpus()
    if len(sys.argv) > 2 and sys.argv[1] in ("--dump", "--find"):
        for s, d in docs.items():
            if sys.argv[1] == "--dump" and s == sys.argv[2]:
                for k, t in d["units"]:
                    print("[%s] %s" % (k, t))
            elif sys.argv[1] == "--find" and find_in(d, sys.argv[2]):
                print(s, find_in(d, sys.argv[2])[:10])
        return 0
    errors = []
    check_catalog(docs, errors)
    if not os.path.exists(QUESTIONS):
        print("questions.jsonl absent : seuls le corpus et le catalogue ont été contrôlés.")
        for e in errors:
            print("  -", e)
        return 1 if errors else 0
    qs, per_doc = check_questions(docs, errors)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    print("\nquestions :", os.path.relpath(QUESTIONS, ROOT), "| documents :", len(docs), "| n =", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("par document :", {k[:48]: v for k, v in per_doc.items()})
    print("« * » :", sum(q.get("doc") == "*" for q in qs), "| avec « at » :", sum("at" in q for q in qs))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
