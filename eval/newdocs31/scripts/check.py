# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs31.

Lecteurs indépendants des générateurs (un par type de fichier du lot) :
- ODS : archive zip, content.xml lu avec ElementTree ; une unité par ligne de chaque feuille (« feuille!n »),
  texte des <text:p> de chaque cellule joint par des espaces (cellules couvertes = vides, colonnes répétées
  développées) ; on vérifie deux feuilles, des cellules fusionnées et des formules ;
- PPTX : archive zip lue avec ElementTree (pas python-pptx) ; ordre des diapositives pris dans presentation.xml ;
  une unité par diapositive = tous les <a:t> par paragraphe (formes groupées et cellules de tableau comprises,
  ordre du document) + le texte du corps de la page de notes ; on vérifie groupes, tableau, notes, « n / N » ;
- VTT : repères WebVTT ; une unité = le texte d'un repère (sans le nom de l'orateur) joint au repère suivant,
  clé = début du premier repère ; chaque repère doit commencer par « Nom: » d'un orateur du catalogue ;
- PDF : pypdf, une unité par page ; on vérifie le nombre de pages, l'en-tête courant et l'en-tête de tableau
  répété sur deux pages ;
- HTML : texte visible (BeautifulSoup, sans script / style / head) ; on vérifie <time datetime>, <aside>,
  <figcaption>, <blockquote> ;
- DOCX : word/document.xml, en-têtes et pieds lus avec ElementTree (pas python-docx) : un paragraphe par ligne,
  plus une ligne par rangée de tableau (cellules jointes) ;
- TXT : lecture brute ; on vérifie les étiquettes d'orateur et l'absence d'horodatage.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règles « at » (secondes) : obligatoire pour doc = le .vtt (début du repère qui contient la première alternative
du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url en .example, speakers pour les transcriptions) ; questions (identifiants n31-01 à n31-45, champs,
types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque alternative de 2 à 8
mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans réponse absents de
tous les documents.

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

import pypdf
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
QUESTIONS = os.path.join(ROOT, "questions.jsonl")
CATALOG = os.path.join(CORPUS, "catalog.toml")

KINDS = {"number", "date", "fact", "definition", "acronym", "comparison", "list", "howto", "transcript",
         "document", "crosslingual", "paraphrase", "yesno", "who", "unanswerable"}
CATALOG_KEYS = ("title", "kind", "date", "published", "organisers", "region", "url")
CATALOG_KINDS = {"slides", "report", "webpage", "transcript", "document"}
EXPECTED_EXTS = sorted([".ods", ".pptx", ".vtt", ".pdf", ".html", ".docx", ".txt"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n31"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2022", "cuma", "lorvanne", "agri soutien", "2027", "pssm", "salaire"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


STRUCT = []  # problèmes de structure relevés par les lecteurs


def expect(cond, msg):
    if not cond:
        STRUCT.append(msg)


# ---------------------------------------------------------------- ODS
NS_T = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
NS_X = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _odf_text(el):
    out = [el.text or ""]
    for ch in el:
        tag = ch.tag.split("}")[1]
        out.append(" " if tag in ("s", "tab", "line-break") else _odf_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def read_ods(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    units, sheets, merged, formulas = [], 0, 0, 0
    for tab in root.iter("{%s}table" % NS_T):
        sheets += 1
        name = tab.get("{%s}name" % NS_T)
        for n, row in enumerate(tab.iter("{%s}table-row" % NS_T), 1):
            cells = []
            for c in row:
                tag = c.tag.split("}")[1]
                if tag not in ("table-cell", "covered-table-cell"):
                    continue
                rep = int(c.get("{%s}number-columns-repeated" % NS_T, "1"))
                if c.get("{%s}number-columns-spanned" % NS_T) or c.get("{%s}number-rows-spanned" % NS_T):
                    merged += 1
                if c.get("{%s}formula" % NS_T):
                    formulas += 1
                txt = " ".join(_odf_text(p) for p in c.iter("{%s}p" % NS_X))
                cells += [txt] * min(rep, 50)
            line = " ".join(x for x in cells if x)
            if line:
                units.append(("%s!%d" % (name, n), line))
    expect(sheets == 2, "ODS : %d feuilles au lieu de 2" % sheets)
    expect(merged >= 6, "ODS : pas assez de cellules fusionnées (%d)" % merged)
    expect(formulas >= 10, "ODS : pas assez de formules (%d)" % formulas)
    return units


# ---------------------------------------------------------------- PPTX
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _rels(z, part):
    d, b = os.path.split(part)
    rp = "%s/_rels/%s.rels" % (d, b)
    out = {}
    if rp in z.namelist():
        for r in ET.fromstring(z.read(rp)):
            out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[1], os.path.normpath(os.path.join(d, r.get("Target"))))
    return out


def _paras(xml_root):
    return ["".join(t.text or "" for t in p.iter("{%s}t" % NS_A)) for p in xml_root.iter("{%s}p" % NS_A)]


def read_pptx(path):
    units = []
    with zipfile.ZipFile(path) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        rels = _rels(z, "ppt/presentation.xml")
        ids = [s.get("{%s}id" % NS_R) for s in pres.iter("{%s}sldId" % NS_P)]
        n_slides = len(ids)
        groups = tables = notes = numbered = 0
        for i, rid in enumerate(ids, 1):
            part = rels[rid][1]
            root = ET.fromstring(z.read(part))
            groups += len(list(root.iter("{%s}grpSp" % NS_P))) - 0
            tables += len(list(root.iter("{%s}tbl" % NS_A)))
            paras = _paras(root)
            if "%d / %d" % (i, n_slides) in paras:
                numbered += 1
            for typ, target in _rels(z, part).values():
                if typ == "notesSlide":
                    nroot = ET.fromstring(z.read(target))
                    body = []
                    for sp in nroot.iter("{%s}sp" % NS_P):
                        ph = sp.find(".//{%s}ph" % NS_P)
                        if ph is not None and ph.get("type") == "body":
                            body += _paras(sp)
                    if any(x.strip() for x in body):
                        notes += 1
                    paras += body
            units.append((i, "\n".join(paras)))
    expect(groups >= 4, "PPTX : formes groupées manquantes (%d)" % groups)
    expect(tables >= 1, "PPTX : aucun tableau")
    expect(notes >= 6, "PPTX : trop peu de notes de l'orateur (%d)" % notes)
    expect(numbered == n_slides, "PPTX : numéros « n / N » manquants (%d / %d)" % (numbered, n_slides))
    return units


# ---------------------------------------------------------------- VTT
def parse_vtt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert raw.startswith("WEBVTT"), "en-tête WEBVTT absent"
    cues = []
    for b in raw.strip().split("\n\n")[1:]:
        lines = b.strip().split("\n")
        assert lines[0] == str(len(cues) + 1), "numérotation VTT rompue au repère %d" % (len(cues) + 1)
        m = re.match(r"(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$", lines[1])
        assert m, "horodatage VTT invalide : %r" % lines[1]
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start and (not cues or start >= cues[-1][1])
        text = " ".join(lines[2:])
        spk, _, body = text.partition(": ")
        cues.append((start, end, spk, body))
    return cues


def read_vtt(path):
    cues = parse_vtt(path)
    units = []
    for i, (s, _, _, t) in enumerate(cues):
        nxt = cues[i + 1][3] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


# ---------------------------------------------------------------- PDF
def read_pdf(path):
    r = pypdf.PdfReader(path)
    pages = [(i + 1, p.extract_text() or "") for i, p in enumerate(r.pages)]
    expect(len(pages) >= 4, "PDF : %d pages seulement" % len(pages))
    expect(all("rapport d activite 2025 de la cppma" in norm(t) for _, t in pages[1:]),
           "PDF : en-tête courant manquant")
    expect(all(("page %d / %d" % (i, len(pages))) in t for i, t in pages), "PDF : pied « page n / N » manquant")
    hdr = [i for i, t in pages if "date lieu public formes" in norm(t)]
    expect(len(hdr) >= 2 and hdr[1] == hdr[0] + 1, "PDF : en-tête du tableau 3 non répété (%s)" % hdr)
    expect(sum("sommaire" in norm(t) for _, t in pages) >= 1, "PDF : sommaire manquant")
    return pages


# ---------------------------------------------------------------- HTML
def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    expect(len(soup.find_all("time", attrs={"datetime": True})) >= 2, "HTML : <time datetime> manquants")
    for tag in ("aside", "figcaption", "blockquote", "main"):
        expect(soup.find(tag) is not None, "HTML : <%s> manquant" % tag)
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


# ---------------------------------------------------------------- DOCX
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w_par(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def read_docx(path):
    lines = []
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        body = root.find(W + "body")
        n_tbl = 0
        for el in body:
            if el.tag == W + "p":
                lines.append(_w_par(el))
            elif el.tag == W + "tbl":
                n_tbl += 1
                for tr in el.iter(W + "tr"):
                    cells = [" ".join(_w_par(p) for p in tc.iter(W + "p")) for tc in tr.iter(W + "tc")]
                    lines += cells
                    lines.append(" ".join(cells))
        hf = [n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml$", n)]
        has_page = False
        for n in hf:
            x = z.read(n).decode("utf-8")
            has_page |= "PAGE" in x
            lines += [_w_par(p) for p in ET.fromstring(x).iter(W + "p")]
        numbered = sum(1 for p in body.iter(W + "p") if p.find(".//" + W + "numPr") is not None
                       or (p.find(".//" + W + "pStyle") is not None
                           and "Number" in p.find(".//" + W + "pStyle").get(W + "val")))
    expect(n_tbl >= 2, "DOCX : tableaux manquants")
    expect(has_page, "DOCX : champ PAGE absent du pied")
    expect(numbered >= 6, "DOCX : décisions numérotées manquantes (%d)" % numbered)
    return [(0, "\n".join(lines))]


# ---------------------------------------------------------------- TXT
def read_txt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    expect(raw.count("JOURNALISTE :") >= 5 and raw.count("Dr DELPEUCH :") >= 5, "TXT : étiquettes d'orateur")
    expect(not re.search(r"\d\d:\d\d:\d\d", raw), "TXT : horodatage inattendu")
    return [(0, raw)]


READERS = {".ods": read_ods, ".pptx": read_pptx, ".vtt": read_vtt, ".pdf": read_pdf, ".html": read_html,
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
        if fn.endswith(".vtt"):
            spk = {c[2] for c in VTT_CUES}
            if spk - set(e.get("speakers", [])):
                errors.append("catalogue : orateurs du VTT absents de speakers : %s" % (spk - set(e["speakers"])))
    return cat


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    if ext == ".vtt":
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur la transcription VTT" % qid)
            return
        first = norm(q["evidence"][0][0])
        starts = [k for k, t in docs[doc]["units"] if contains(t, first)]
        if not starts:
            errors.append("%s : première preuve absente des repères" % qid)
        elif min(abs(q["at"] - s) for s in starts) > AT_TOLERANCE:
            errors.append("%s : at=%s loin des repères %s" % (qid, q["at"], starts[:5]))
        return
    if "at" in q:
        errors.append("%s : « at » interdit hors transcription VTT" % qid)


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
        extra = set(q) - {"id", "question", "evidence", "doc", "kind", "at"}
        if extra:
            errors.append("%s : champs inattendus %s" % (qid, extra))
        if q.get("kind") not in KINDS:
            errors.append("%s : kind invalide %r" % (qid, q.get("kind")))
        if q.get("kind") == "crosslingual":
            n_en += 1
        if q.get("kind") == "unanswerable":
            n_unans += 1
            if q.get("evidence") != [] or q.get("doc") is not None or "at" in q:
                errors.append("%s : question sans réponse mal formée" % qid)
            if not any(contains(norm(q["question"]), norm(t)) for t in ABSENT):
                errors.append("%s : aucun terme ABSENT dans la question sans réponse" % qid)
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
    for term in ABSENT:
        t = norm(term)
        for s, d in docs.items():
            if any(contains(u, t) for _, u in d["units"]):
                errors.append("ABSENT : %r figure dans %s" % (term, s))
    return qs, per_doc


VTT_CUES = []


def main():
    docs = load_corpus()
    for s, d in docs.items():
        if d["ext"] == ".vtt":
            VTT_CUES.extend(parse_vtt(os.path.join(CORPUS, d["file"])))
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
    errors = ["structure : " + m for m in STRUCT]
    check_catalog(docs, errors)
    if VTT_CUES[-1][1] < 20 * 60:
        errors.append("VTT : transcription trop courte (%.0f s)" % VTT_CUES[-1][1])
    qs, per_doc = check_questions(docs, errors)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    print("\ndocuments :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:40]: v for k, v in per_doc.items()})
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    print("durée de la transcription VTT : %.0f s, %d repères, orateurs %s" % (
        VTT_CUES[-1][1], len(VTT_CUES), sorted({c[2] for c in VTT_CUES})))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
