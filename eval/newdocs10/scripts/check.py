# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl contre les documents de corpus/.

Usage :
  python check.py                 vérification complète (code de sortie 1 en cas d'échec)
  python check.py --find DOC TEXT affiche le(s) repère(s) où TEXT commence dans la transcription DOC
"""
import json
import os
import re
import sys
import tomllib
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
QFILE = os.path.join(ROOT, "questions.jsonl")
KINDS = {"fact", "number", "date", "acronym", "definition", "list", "comparison", "howto", "who",
         "document", "transcript", "paraphrase", "crosslingual", "yesno", "unanswerable"}
AT_TOLERANCE = 20.0


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"[\W_]+", " ", s)
    return " ".join(s.split())


def contains(hay, needle):
    """hay et needle normalisés ; correspondance sur frontières de mots."""
    return (" " + needle + " ") in (" " + hay + " ")


# ---------------------------------------------------------------- lecteurs
def read_pdf(path):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def read_docx(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for sec in d.sections:
        for p in sec.header.paragraphs:
            parts.append(p.text)
        for p in sec.footer.paragraphs:
            parts.append(p.text)
    return ["\n".join(parts)]


def read_html(path):
    from bs4 import BeautifulSoup
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    for t in soup(["script", "style", "noscript", "template", "head"]):
        t.decompose()
    return [soup.get_text(" ")]


TIME_RE = re.compile(r"(\d+):(\d\d):(\d\d)[.,](\d{3})\s*-->")


def to_sec(m):
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)) + int(m.group(4)) / 1000.0


def read_cues(path):
    """Renvoie [(début en s, texte)] pour .vtt et .srt (balises et lignes de temps retirées)."""
    with open(path, encoding="utf-8-sig") as f:
        blocks = re.split(r"\n\s*\n", f.read().replace("\r\n", "\n"))
    cues = []
    for b in blocks:
        lines = b.strip("\n").split("\n")
        for i, ln in enumerate(lines):
            m = TIME_RE.search(ln)
            if m:
                text = " ".join(lines[i + 1:])
                text = re.sub(r"<[^>]+>", " ", text)
                cues.append((to_sec(m), text))
                break
    return cues


def load_docs():
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        stem, ext = os.path.splitext(fn)
        ext = ext.lower()
        if ext == ".pdf":
            docs[stem] = {"pages": [norm(p) for p in read_pdf(path)]}
        elif ext == ".docx":
            docs[stem] = {"pages": [norm(p) for p in read_docx(path)]}
        elif ext in (".html", ".htm"):
            docs[stem] = {"pages": [norm(p) for p in read_html(path)]}
        elif ext in (".vtt", ".srt"):
            cues = read_cues(path)
            concat, offsets = "", []
            for start, text in cues:
                t = norm(text)
                if not t:
                    continue
                if concat:
                    concat += " "
                offsets.append((len(concat), start))
                concat += t
            docs[stem] = {"pages": [concat], "cues": offsets}
    return docs


def cue_start_at(doc, needle):
    """Début du repère où commence la première occurrence de needle (peut déborder sur le repère suivant)."""
    hay = " " + doc["pages"][0] + " "
    pos = hay.find(" " + needle + " ")
    if pos < 0:
        return None
    start = None
    for off, t in doc["cues"]:
        if off <= pos:
            start = t
        else:
            break
    return start


def main():
    docs = load_docs()
    if len(sys.argv) > 1 and sys.argv[1] == "--find":
        d = docs[sys.argv[2]]
        print(cue_start_at(d, norm(sys.argv[3])))
        return 0

    failures, warnings = [], []
    # catalogue
    with open(os.path.join(CORPUS, "catalog.toml"), "rb") as f:
        cat = tomllib.load(f)
    files = [f for f in os.listdir(CORPUS) if f != "catalog.toml"]
    for f in files:
        if f not in cat:
            failures.append("catalog: fichier absent du catalogue : %s" % f)
    for k, v in cat.items():
        if k not in files:
            failures.append("catalog: entrée sans fichier : %s" % k)
        if v.get("kind") not in {"report", "slides", "transcript", "webpage", "document"}:
            failures.append("catalog: kind invalide pour %s" % k)

    qs = []
    with open(QFILE, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    qs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    failures.append("ligne %d : JSON invalide (%s)" % (n, e))
    ids = set()
    kinds = {}
    for q in qs:
        qid = q.get("id")
        if qid in ids:
            failures.append("%s : id en double" % qid)
        ids.add(qid)
        kind = q.get("kind")
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in KINDS:
            failures.append("%s : kind invalide %r" % (qid, kind))
        doc, ev = q.get("doc"), q.get("evidence")
        if not q.get("question"):
            failures.append("%s : question vide" % qid)
        if kind == "unanswerable" or doc is None:
            if not (kind == "unanswerable" and doc is None and ev == []):
                failures.append("%s : une question sans réponse doit avoir kind=unanswerable, doc=null, evidence=[]" % qid)
            continue
        if doc not in docs:
            failures.append("%s : document inexistant %r" % (qid, doc))
            continue
        if not ev or not all(isinstance(g, list) and g and all(isinstance(a, str) for a in g) for g in ev):
            failures.append("%s : evidence mal formée" % qid)
            continue
        d = docs[doc]
        for g in ev:
            for alt in g:
                na = norm(alt)
                nw = len(na.split())
                if nw < 2 or nw > 10:
                    warnings.append("%s : longueur inhabituelle (%d mots) : %r" % (qid, nw, alt))
                if not any(contains(p, na) for p in d["pages"]):
                    failures.append("%s : introuvable dans %s (sur une même page) : %r" % (qid, doc, alt))
        if "cues" in d:
            at = q.get("at")
            if not isinstance(at, (int, float)):
                failures.append("%s : champ 'at' manquant pour une transcription" % qid)
            else:
                start = cue_start_at(d, norm(ev[0][0]))
                if start is None:
                    failures.append("%s : première preuve introuvable pour le contrôle de 'at'" % qid)
                elif abs(start - at) > AT_TOLERANCE:
                    failures.append("%s : at=%s mais le repère commence à %.1f s" % (qid, at, start))
        elif "at" in q:
            warnings.append("%s : champ 'at' sur un document qui n'est pas une transcription" % qid)

    for w in warnings:
        print("AVERTISSEMENT", w)
    for fl in failures:
        print("ÉCHEC", fl)
    print("\n%d questions, %d documents, %d échec(s), %d avertissement(s)" % (len(qs), len(docs), len(failures), len(warnings)))
    print("par type : " + ", ".join("%s=%d" % (k, v) for k, v in sorted(kinds.items())))
    print("sans réponse : %d ; avec 'at' : %d ; deux groupes ou plus : %d" % (
        sum(1 for q in qs if q.get("doc") is None), sum(1 for q in qs if "at" in q),
        sum(1 for q in qs if len(q.get("evidence") or []) >= 2)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
