# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs30.

Lecteurs (un par type de fichier du lot) :
- ODP : archive zip, content.xml ; une unité par diapositive (<draw:page>) = texte de tous ses <text:p> / <text:h>
  (cadres, cellules du tableau, notes de l'orateur comprises ; text:s, text:tab, text:line-break = espaces) ;
- SRT : repères numérotés ; une unité = un repère joint au repère suivant (une preuve peut chevaucher une coupure
  de repère, par exemple un nombre coupé en deux), clé = début du premier repère ;
- PDF scanné : on vérifie qu'il a 3 pages et aucune couche texte ; le texte de référence est celui que le
  générateur a dessiné (scripts/convention_scan_text.json), une unité par page ;
- HTML : texte visible (BeautifulSoup, sans script / style / head), y compris la transcription repliée dans
  <details> ; les légendes de la transcription (<div class="cue"> avec <time>) sont aussi lues à part ;
- CSV : décodé en Windows-1252, une unité par ligne (cellules jointes par des espaces) ;
- DOCX : python-docx, paragraphes, lignes de tableaux (cellules jointes), en-têtes et pieds, plus le texte des
  notes de bas de page (word/footnotes.xml) ;
- TXT : lecture brute (les préfixes de citation « > » disparaissent à la normalisation).
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règles « at » (secondes) : obligatoire pour doc = le .srt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; pour doc = la page HTML, obligatoire si la première
alternative du premier groupe ne se trouve que dans la transcription, vérifié alors contre le <time> de la
légende ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url en .example, speakers pour la transcription) ; questions (identifiants n30-01 à n30-45, champs, types,
45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque alternative de 2 à 8 mots,
chaque document cité par au moins trois questions) ; termes ABSENT des questions sans réponse absents de tous les
documents.

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
SCAN_TEXT = os.path.join(HERE, "convention_scan_text.json")

KINDS = {"number", "date", "fact", "definition", "acronym", "comparison", "list", "howto", "transcript",
         "document", "crosslingual", "paraphrase", "yesno", "who", "unanswerable"}
CATALOG_KEYS = ("title", "kind", "date", "published", "organisers", "region", "url")
CATALOG_KINDS = {"slides", "report", "webpage", "transcript", "document"}
EXPECTED_EXTS = sorted([".odp", ".srt", ".pdf", ".html", ".csv", ".docx", ".txt"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n30"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2022", "bapu", "cannabis", "restaurant universitaire", "plouvenec", "2028", "hebergement d urgence",
          "hebergement"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- lecteurs : renvoient une liste d'unités (clé, texte)
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"


def _odf_inline(el):
    out = [el.text or ""]
    for ch in el:
        tag = ch.tag.split("}")[1]
        if tag in ("s", "tab", "line-break"):
            out.append(" ")
        else:
            out.append(_odf_inline(ch))
        out.append(ch.tail or "")
    return "".join(out)


def read_odp(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    units = []
    for i, page in enumerate(root.iter("{%s}page" % DRAW_NS), 1):
        paras = [_odf_inline(p) for p in page.iter() if p.tag in ("{%s}p" % TEXT_NS, "{%s}h" % TEXT_NS)]
        units.append((i, "\n".join(paras)))
    return units


def parse_srt(path):
    with open(path, encoding="utf-8") as f:
        blocks = f.read().strip().split("\n\n")
    cues = []
    for n, b in enumerate(blocks, 1):
        lines = b.strip().split("\n")
        assert lines[0] == str(n), "numérotation SRT rompue au repère %d" % n
        m = re.match(r"(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$", lines[1])
        assert m, "horodatage SRT invalide : %r" % lines[1]
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def read_srt(path):
    cues = parse_srt(path)
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = cues[i + 1][2] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


def read_scan_pdf(path):
    r = pypdf.PdfReader(path)
    assert len(r.pages) == 3, "le PDF scanné doit avoir 3 pages"
    for p in r.pages:
        assert not (p.extract_text() or "").strip(), "le PDF scanné ne doit pas avoir de couche texte"
        assert p.images, "page sans image"
    with open(SCAN_TEXT, encoding="utf-8") as f:
        ref = json.load(f)
    assert ref["file"] == os.path.basename(path)
    return [(i + 1, "\n".join(lines)) for i, lines in enumerate(ref["pages"])]


def html_soup(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return soup


def html_cues(path):
    soup = html_soup(path)
    out = []
    for cue in soup.select("details div.cue"):
        t = cue.find("time").get_text()
        m, s = t.split(":")
        out.append((int(m) * 60 + int(s), cue.find("p").get_text(" ")))
    return out


def read_html(path):
    soup = html_soup(path)
    full = soup.get_text(" ")
    for d in soup.find_all("details"):
        d.decompose()
    return [("page", full), ("hors-transcription", soup.get_text(" "))]


def read_csv(path):
    with open(path, encoding="cp1252", newline="") as f:
        raw = f.read()
    assert "\r\n" in raw
    return [(i + 1, " ".join(line.split(";"))) for i, line in enumerate(raw.split("\r\n")) if line]


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/footnotes.xml"))
    for fnote in root.iter(W_NS + "footnote"):
        if fnote.get(W_NS + "type"):
            continue
        parts.append("".join(t.text or "" for t in fnote.iter(W_NS + "t")))
    return [(0, "\n".join(parts))]


def read_txt(path):
    with open(path, encoding="utf-8") as f:
        return [(0, f.read())]


READERS = {".odp": read_odp, ".srt": read_srt, ".pdf": read_scan_pdf, ".html": read_html, ".csv": read_csv,
           ".docx": read_docx, ".txt": read_txt}


def load_corpus():
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        if ext in READERS:
            units = READERS[ext](os.path.join(CORPUS, fn))
            docs[stem] = {"file": fn, "ext": ext, "units": [(k, norm(t)) for k, t in units]}
    return docs


def contains(text, a):
    return re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", text) is not None


def find_in(doc, alt):
    a = norm(alt)
    return [k for k, t in doc["units"] if contains(t, a)]


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
    if exts != EXPECTED_EXTS:
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


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    first = norm(q["evidence"][0][0])
    if ext == ".srt":
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur la transcription SRT" % qid)
            return
        starts = [k for k, t in docs[doc]["units"] if contains(t, first)]
        if not starts:
            errors.append("%s : première preuve absente des repères" % qid)
        elif min(abs(q["at"] - s) for s in starts) > AT_TOLERANCE:
            errors.append("%s : at=%s loin des repères %s" % (qid, q["at"], starts[:5]))
        return
    if ext == ".html":
        body = dict(docs[doc]["units"])["hors-transcription"]
        in_cues = [s for s, t in HTML_CUES if contains(norm(t), first)]
        only_transcript = in_cues and not contains(body, first)
        if only_transcript and "at" not in q:
            errors.append("%s : « at » manquant (preuve dans la transcription du webinaire)" % qid)
        elif "at" in q:
            if not in_cues:
                errors.append("%s : « at » donné mais la première preuve n'est pas dans la transcription" % qid)
            elif min(abs(q["at"] - s) for s in in_cues) > AT_TOLERANCE:
                errors.append("%s : at=%s loin des légendes %s" % (qid, q["at"], in_cues))
        return
    if "at" in q:
        errors.append("%s : « at » interdit hors transcription" % qid)


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
    if ids != ["%s-%02d" % (PREFIX, i) for i in range(1, len(qs) + 1)]:
        errors.append("questions : identifiants non séquentiels ou dupliqués")
    per_doc = {s: 0 for s in docs}
    n_unans = n_en = 0
    for q in qs:
        qid = q.get("id")
        for k in ("id", "question", "evidence", "doc", "kind"):
            if k not in q:
                errors.append("%s : champ %s manquant" % (qid, k))
        if set(q) - {"id", "question", "evidence", "doc", "kind", "at"}:
            errors.append("%s : champs inattendus %s" % (qid, set(q) - {"id", "question", "evidence", "doc",
                                                                          "kind", "at"}))
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
                    print("  ok %s  %-44s -> %s" % (qid, alt[:44], ", ".join(
                        "%s[%s]" % (t[:24], ",".join(str(x) for x in h[:2])) for t, h in found[:3])))
        check_at(q, doc, docs, errors)
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
            if any(contains(u, t) for _, u in d["units"]):
                errors.append("ABSENT : %r figure dans %s" % (term, s))
    return qs, per_doc


SRT_CUES, HTML_CUES = [], []


def main():
    docs = load_corpus()
    for s, d in docs.items():
        path = os.path.join(CORPUS, d["file"])
        if d["ext"] == ".srt":
            SRT_CUES.extend(parse_srt(path))
        if d["ext"] == ".html":
            HTML_CUES.extend(html_cues(path))
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for k, t in docs[sys.argv[2]]["units"]:
            print("[%s] %s" % (k, t))
        return 0
    if len(sys.argv) > 2 and sys.argv[1] == "--find":
        for s, d in docs.items():
            h = find_in(d, sys.argv[2])
            if h:
                print(s, h[:10])
        a = norm(sys.argv[2])
        print("légendes HTML :", [s for s, t in HTML_CUES if contains(norm(t), a)])
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
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    print("durée de la transcription SRT : %.0f s, %d repères" % (SRT_CUES[-1][1], len(SRT_CUES)))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
