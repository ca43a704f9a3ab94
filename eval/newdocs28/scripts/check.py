# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs28.

Lecteurs (un par type de fichier du lot) :
- PDF (diaporama et rapport) : pypdf, page par page ; une preuve doit tenir dans une même page (diapositive) ;
- DOCX : python-docx, paragraphes, cellules de tableaux (une ligne de tableau = cellules jointes par des espaces),
  en-têtes et pieds de page ;
- ODT : archive zip, content.xml et styles.xml (en-tête / pied), texte des <text:p> / <text:h> (text:s, text:tab
  et text:line-break comptés comme des espaces), une ligne de tableau = cellules jointes ;
- HTML : texte visible (BeautifulSoup, sans script / style / head) — y compris les panneaux hidden de la FAQ ;
- TXT : lecture brute ;
- VTT : lecture brute repère par repère (texte du repère, nom de l'orateur compris) ; une preuve doit tenir dans un
  repère, et « at » doit tomber à moins de AT_TOLERANCE secondes du début du repère où se trouve la première
  alternative du premier groupe.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url en .example, speakers pour la transcription) ; questions (identifiants n28-01 à n28-45, champs, types,
45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque alternative de 2 à 8 mots,
chaque document cité par au moins trois questions, « at » obligatoire pour doc = le .vtt et interdit ailleurs) ;
termes ABSENT des questions sans réponse absents de tous les documents.

Usage : python check.py                (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --dump NOM         (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"    (documents / unités où la phrase apparaît)
"""
import json
import os
import re
import sys
import tomllib
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

import docx
import pypdf
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
QUESTIONS = os.path.join(ROOT, "questions.jsonl")
CATALOG = os.path.join(CORPUS, "catalog.toml")

KINDS = {"number", "date", "fact", "definition", "acronym", "comparison", "list", "howto", "transcript",
         "document", "crosslingual", "paraphrase", "yesno", "unanswerable"}
CATALOG_KEYS = ("title", "kind", "date", "published", "organisers", "region", "url")
CATALOG_KINDS = {"slides", "report", "webpage", "transcript", "document"}
AT_TOLERANCE = 3.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["paerpa", "lits", "unite d hospitalisation", "cafe des aidants de lusignac", "budget 2027"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- lecteurs : renvoient une liste d'unités
def read_pdf(path):
    r = pypdf.PdfReader(path)
    return [(i + 1, p.extract_text() or "") for i, p in enumerate(r.pages)]


def read_docx(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            cells = []
            for c in row.cells:
                if not cells or cells[-1] != c.text:
                    cells.append(c.text)
            parts.append(" ".join(cells))
    for s in d.sections:
        for hf in (s.header, s.footer):
            parts += [p.text for p in hf.paragraphs]
    return [(0, "\n".join(parts))]


TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def _odt_inline(el):
    out = [el.text or ""]
    for ch in el:
        tag = ch.tag.split("}")[1]
        if tag in ("s", "tab", "line-break"):
            out.append(" ")
        else:
            out.append(_odt_inline(ch))
        out.append(ch.tail or "")
    return "".join(out)


def _odt_blocks(el, out):
    tag = el.tag.split("}")[1] if "}" in el.tag else el.tag
    if el.tag == "{%s}table-row" % TABLE_NS:
        cells = []
        for c in el.iter("{%s}table-cell" % TABLE_NS):
            cells.append(" ".join(_odt_inline(p) for p in c if p.tag in ("{%s}p" % TEXT_NS, "{%s}h" % TEXT_NS)))
        out.append(" ".join(cells))
        return
    if tag in ("p", "h") and el.tag.startswith("{%s}" % TEXT_NS):
        out.append(_odt_inline(el))
        return
    for ch in el:
        _odt_blocks(ch, out)


def read_odt(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in ("content.xml", "styles.xml"):
            root = ET.fromstring(z.read(name))
            _odt_blocks(root, out)
    return [(0, "\n".join(out))]


def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [(0, soup.get_text(" "))]


def read_txt(path):
    with open(path, encoding="utf-8") as f:
        return [(0, f.read())]


def parse_vtt(path):
    with open(path, encoding="utf-8") as f:
        blocks = f.read().strip().split("\n\n")
    cues = []
    for b in blocks[1:]:
        lines = b.strip().split("\n")
        m = re.match(r"(\d+):(\d\d):(\d\d\.\d+) --> (\d+):(\d\d):(\d\d\.\d+)", lines[1])
        start = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
        end = int(m.group(4)) * 3600 + int(m.group(5)) * 60 + float(m.group(6))
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def read_vtt(path):
    return [(round(s, 3), t) for s, _, t in parse_vtt(path)]


READERS = {".pdf": read_pdf, ".docx": read_docx, ".odt": read_odt, ".html": read_html, ".txt": read_txt,
           ".vtt": read_vtt}


def load_corpus():
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        if ext in READERS:
            units = READERS[ext](os.path.join(CORPUS, fn))
            docs[stem] = {"file": fn, "ext": ext, "units": [(k, norm(t)) for k, t in units]}
    return docs


def find_in(doc, alt):
    a = norm(alt)
    hits = []
    for k, t in doc["units"]:
        if re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", t):
            hits.append(k)
    return hits


# ---------------------------------------------------------------- contrôles
def check_catalog(docs, errors):
    with open(CATALOG, "rb") as f:
        cat = tomllib.load(f)
    files = {d["file"] for d in docs.values()}
    for fn in files - set(cat):
        errors.append("catalogue : fichier absent du catalogue : %s" % fn)
    for fn in set(cat) - files:
        errors.append("catalogue : entrée sans fichier : %s" % fn)
    exts = sorted(os.path.splitext(fn)[1] for fn in files)
    if exts != sorted([".pdf", ".pdf", ".vtt", ".html", ".docx", ".txt", ".odt"]):
        errors.append("catalogue : types de fichiers inattendus %s" % exts)
    for fn, e in cat.items():
        for k in CATALOG_KEYS:
            if k not in e:
                errors.append("catalogue : %s sans clé %s" % (fn, k))
        if e.get("kind") not in CATALOG_KINDS:
            errors.append("catalogue : %s kind invalide %r" % (fn, e.get("kind")))
        if not re.match(r"^\d{4}-\d{2}-\d{2}_[a-z0-9-]+_[a-z0-9-]+\.[a-z]+$", fn):
            errors.append("catalogue : nom de fichier non conforme %s" % fn)
        if str(e.get("date")) != fn[:10]:
            errors.append("catalogue : date %s différente du préfixe de %s" % (e.get("date"), fn))
        if not re.match(r"^https://[a-z0-9.-]+\.example(/|$)", e.get("url", "")):
            errors.append("catalogue : url hors .example pour %s" % fn)
        if e.get("kind") == "transcript" and not e.get("speakers"):
            errors.append("catalogue : transcription sans speakers : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)


def check_questions(docs, errors, verbose=True):
    qs = []
    with open(QUESTIONS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append("questions : ligne %d JSON invalide (%s)" % (i, e))
    if len(qs) != N_QUESTIONS:
        errors.append("questions : %d questions au lieu de %d" % (len(qs), N_QUESTIONS))
    ids = [q.get("id") for q in qs]
    if ids != ["n28-%02d" % i for i in range(1, len(qs) + 1)]:
        errors.append("questions : identifiants non séquentiels ou dupliqués")
    vtt = [s for s, d in docs.items() if d["ext"] == ".vtt"][0]
    vtt_cues = parse_vtt(os.path.join(CORPUS, docs[vtt]["file"]))
    per_doc = {s: 0 for s in docs}
    n_unans = n_en = 0
    for q in qs:
        qid = q.get("id")
        for k in ("id", "question", "evidence", "doc", "kind"):
            if k not in q:
                errors.append("%s : champ %s manquant" % (qid, k))
        if q.get("kind") not in KINDS:
            errors.append("%s : kind invalide %r" % (qid, q.get("kind")))
        if q.get("kind") == "crosslingual":
            n_en += 1
        if q.get("kind") == "unanswerable":
            n_unans += 1
            if q.get("evidence") != [] or q.get("doc") is not None or "at" in q:
                errors.append("%s : question sans réponse mal formée" % qid)
            continue
        if not q.get("evidence"):
            errors.append("%s : pas de preuve" % qid)
            continue
        doc = q.get("doc")
        if doc != "*" and doc not in docs:
            errors.append("%s : doc inconnu %r" % (qid, doc))
            continue
        if doc in per_doc:
            per_doc[doc] += 1
        for g_i, group in enumerate(q["evidence"]):
            if not isinstance(group, list) or not group:
                errors.append("%s : groupe de preuves %d vide ou mal formé" % (qid, g_i))
                continue
            for alt in group:
                nw = len(alt.split())
                if nw < 2 or nw > 8:
                    errors.append("%s : alternative de %d mots (2 à 8 attendus) : %r" % (qid, nw, alt))
                targets = list(docs) if doc == "*" else [doc]
                found = [(t, find_in(docs[t], alt)) for t in targets]
                found = [(t, h) for t, h in found if h]
                if not found:
                    errors.append("%s : preuve introuvable %r (doc %s)" % (qid, alt, doc))
                elif verbose:
                    print("  ok %s  %-48s -> %s" % (qid, alt[:48], ", ".join(
                        "%s[%s]" % (t[:28], ",".join(str(x) for x in h[:3])) for t, h in found[:3])))
        # at
        if doc == vtt:
            if "at" not in q:
                errors.append("%s : « at » manquant pour une question sur la transcription" % qid)
            else:
                first = norm(q["evidence"][0][0])
                starts = [s for s, _, t in vtt_cues if first in norm(t)]
                if not starts:
                    errors.append("%s : première preuve absente des repères" % qid)
                elif min(abs(q["at"] - s) for s in starts) > AT_TOLERANCE:
                    errors.append("%s : at=%s loin des repères %s" % (qid, q["at"], starts))
        elif "at" in q:
            errors.append("%s : « at » interdit hors transcription" % qid)
    if n_unans != N_UNANSWERABLE:
        errors.append("questions : %d sans réponse au lieu de %d" % (n_unans, N_UNANSWERABLE))
    if n_en != N_ENGLISH:
        errors.append("questions : %d en anglais au lieu de %d" % (n_en, N_ENGLISH))
    for s, n in per_doc.items():
        if n < 3:
            errors.append("questions : le document %s n'est cité que par %d questions" % (s, n))
    # termes absents
    for term in ABSENT:
        t = norm(term)
        for s, d in docs.items():
            if any(re.search(r"(?<![a-z0-9])" + re.escape(t) + r"(?![a-z0-9])", u) for _, u in d["units"]):
                errors.append("ABSENT : %r figure dans %s" % (term, s))
    return qs, per_doc


def main():
    docs = load_corpus()
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for k, t in docs[sys.argv[2]]["units"]:
            print("[%s] %s" % (k, t))
        return 0
    if len(sys.argv) > 2 and sys.argv[1] == "--find":
        for s, d in docs.items():
            h = find_in(d, sys.argv[2])
            if h:
                print(s, h[:10])
        return 0
    errors = []
    check_catalog(docs, errors)
    qs, per_doc = check_questions(docs, errors)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    print("\ndocuments :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:40]: v for k, v in per_doc.items()})
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
