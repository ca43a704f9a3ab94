# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs33.

Lecteurs indépendants des générateurs (un par type de fichier ; aucun n'importe python-docx, python-pptx,
reportlab ni odfpy) :
- DOCX : archive zip lue à la main ; texte des <w:p> de word/document.xml (corps, cellules de tableaux, zone de
  texte wps:txbx dont les paragraphes imbriqués sont lus à part), plus word/footnotes.xml, en-têtes et pieds de
  page ; w:tab et w:br = espace ; une unité ; contrôle de la note de bas de page, de la zone de texte et du tableau ;
- PPTX : archive zip ; ordre des diapositives lu dans presentation.xml et ses relations ; une unité par diapositive
  (texte des <a:p> de la diapositive + notes de l'orateur) ; contrôle du numéro « n / N » imprimé sur chaque
  diapositive et de la présence de notes ;
- VTT : en-tête WEBVTT, blocs identifiant / horodatage / texte ; balise <v Nom> obligatoire sur chaque repère et
  nom présent dans les speakers du catalogue ; horodatages croissants ; une unité = un repère joint au suivant
  (une preuve peut chevaucher une coupure), clé = début du premier repère ;
- PDF (rapport) : pypdf, une unité par page ; contrôle que la couverture n'a pas d'en-tête et que chaque page
  suivante commence par l'en-tête courant et porte « page n / N » ;
- HTML : BeautifulSoup, texte visible (sans script / style / head), réponses des <details> comprises ; contrôle du
  bandeau cookies, du fil d'Ariane, des <details>, de <address> et du pied de page ;
- CSV : module csv (point-virgule, BOM) ; une unité par ligne (cellules jointes par des espaces) ; contrôle que la
  ligne « Total » est la somme des lignes de dispositifs et que la colonne « Note » existe ;
- ODT : archive zip, content.xml (text:p / text:h, text:s / text:tab / text:line-break = espace), plus en-tête et
  pied de page lus dans styles.xml ; une unité ; contrôle des articles et des signatures.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .vtt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdite ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du nom,
url en .example, speakers et replay pour la transcription) ; questions (identifiants n33-01 à n33-45, champs,
types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque alternative de 2 à 8
mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans réponse absents de tous
les documents.

Usage : python check.py                      (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions FICHIER  (contrôle d'un brouillon de questions)
        python check.py --dump NOM           (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"      (documents / unités où la phrase apparaît)
"""
import csv
import io
import json
import os
import re
import sys
import tomllib
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

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
EXPECTED_EXTS = sorted([".docx", ".pptx", ".vtt", ".pdf", ".html", ".csv", ".odt"])
AT_TOLERANCE = 20.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n33"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2021", "saint lubin", "salaire", "euros bruts", "esat", "etablissement et service d aide par le travail",
          "empp", "equipe mobile", "chomage", "liste d attente", "demandeurs d emploi"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- DOCX
WN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w_para_text(p):
    """Texte d'un <w:p> sans descendre dans les paragraphes imbriqués (zones de texte)."""
    out = []

    def walk(el):
        for ch in el:
            if ch.tag == WN + "p":
                continue
            if ch.tag == WN + "t":
                out.append(ch.text or "")
            elif ch.tag in (WN + "tab", WN + "br", WN + "cr"):
                out.append(" ")
            else:
                walk(ch)
    walk(p)
    return "".join(out)


def _w_paras(xml):
    root = ET.fromstring(xml)
    return [_w_para_text(p) for p in root.iter(WN + "p")]


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        doc = z.read("word/document.xml")
        paras = _w_paras(doc)
        assert b"txbxContent" in doc, "DOCX : zone de texte attendue"
        assert b"footnoteReference" in doc, "DOCX : appel de note attendu"
        assert "word/footnotes.xml" in names, "DOCX : footnotes.xml absent"
        notes = [t for t in _w_paras(z.read("word/footnotes.xml")) if t.strip()]
        assert notes, "DOCX : note de bas de page vide"
        hf = []
        for n in names:
            if re.match(r"word/(header|footer)\d*\.xml$", n):
                hf += _w_paras(z.read(n))
        assert any(t.strip() for t in hf), "DOCX : en-tête / pied de page vides"
        assert ET.fromstring(doc).find(".//" + WN + "tbl") is not None, "DOCX : tableau attendu"
    return [(0, "\n".join(paras + notes + hf))]


# ---------------------------------------------------------------- PPTX
AN = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PN = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
RN = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _a_paras(xml):
    root = ET.fromstring(xml)
    return ["".join(t.text or "" for t in p.iter(AN + "t")) for p in root.iter(AN + "p")]


def _rels(z, part):
    d, f = os.path.split(part)
    rp = "%s/_rels/%s.rels" % (d, f)
    if rp not in z.namelist():
        return []
    return [(r.get("Type"), os.path.normpath(os.path.join(d, r.get("Target"))).replace("\\", "/"), r.get("Id"))
            for r in ET.fromstring(z.read(rp)).iter(PKG + "Relationship")]


def read_pptx(path):
    units = []
    with zipfile.ZipFile(path) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        rel = {rid: tgt for _, tgt, rid in _rels(z, "ppt/presentation.xml")}
        slides = [rel[s.get(RN + "id")] for s in pres.iter(PN + "sldId")]
        n = len(slides)
        with_notes = 0
        for i, part in enumerate(slides, 1):
            paras = _a_paras(z.read(part))
            assert "%d / %d" % (i, n) in [p.strip() for p in paras], "PPTX : numéro « %d / %d » absent" % (i, n)
            notes = []
            for typ, tgt, _ in _rels(z, part):
                if typ.endswith("/notesSlide"):
                    notes = [p for p in _a_paras(z.read(tgt)) if p.strip() and not p.strip().isdigit()]
            with_notes += bool(notes)
            units.append((i, "\n".join(paras + notes)))
        assert with_notes >= n // 2, "PPTX : notes de l'orateur attendues"
    return units


# ---------------------------------------------------------------- VTT
VOICE = re.compile(r"^<v ([^>]+)>(.*?)(?:</v>)?$")


def ts(s):
    h, m, rest = s.split(":")
    return int(h) * 3600 + int(m) * 60 + float(rest)


def parse_vtt(path, speakers=None):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    blocks = raw.strip().split("\n\n")
    assert blocks[0].strip() == "WEBVTT", "VTT : en-tête WEBVTT absent"
    cues = []
    for b in blocks[1:]:
        lines = b.strip().split("\n")
        i = 0
        if "-->" not in lines[0]:
            i = 1
        m = re.match(r"(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})", lines[i])
        assert m, "VTT : horodatage invalide %r" % lines[i]
        start, end = ts(m.group(1)), ts(m.group(2))
        assert end > start and (not cues or start >= cues[-1][1]), "VTT : repères non croissants à %s" % m.group(1)
        text = " ".join(lines[i + 1:])
        v = VOICE.match(text)
        assert v, "VTT : balise de voix absente à %s" % m.group(1)
        if speakers is not None:
            assert v.group(1) in speakers, "VTT : orateur %r absent du catalogue" % v.group(1)
        cues.append((start, end, v.group(1), v.group(2)))
    return cues


def read_vtt(path, speakers=None):
    cues = parse_vtt(path, speakers)
    assert len({c[2] for c in cues}) >= 3, "VTT : au moins trois orateurs attendus"
    units = []
    for i, (s, _, _, t) in enumerate(cues):
        nxt = cues[i + 1][3] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


# ---------------------------------------------------------------- PDF
def read_pdf(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        first = t.strip().split("\n", 1)[0]
        if i == 1:
            assert "Évaluation du programme MSP" not in first, "PDF : la couverture ne doit pas avoir d'en-tête"
        else:
            assert first.startswith("Évaluation du programme MSP"), "PDF : en-tête courant absent page %d" % i
            assert "page %d / %d" % (i, n) in t, "PDF : pied de page absent page %d" % i
        units.append((i, t))
    return units


# ---------------------------------------------------------------- HTML
def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    assert soup.select_one(".cookie-consent"), "HTML : bandeau cookies absent"
    assert soup.select_one("nav.breadcrumb"), "HTML : fil d'Ariane absent"
    assert len(soup.find_all("details")) >= 6, "HTML : FAQ en <details> attendue"
    assert soup.find("address") and soup.find("footer", class_="site-footer"), "HTML : contact ou pied absent"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


# ---------------------------------------------------------------- CSV
def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV : BOM UTF-8 attendu"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    hdr_i = next(i for i, r in enumerate(rows) if r and r[0] == "Indicateur")
    hdr = rows[hdr_i]
    assert hdr[-1] == "Note" and "2025" in hdr, "CSV : en-tête inattendu"
    years = [j for j, h in enumerate(hdr) if re.fullmatch(r"20\d\d", h)]
    tot_i = next(i for i, r in enumerate(rows) if r and r[0].startswith("Total"))
    for j in years:
        s = sum(int(r[j]) if r[j].isdigit() else 0 for r in rows[hdr_i + 1:tot_i])
        assert s == int(rows[tot_i][j]), "CSV : total faux pour %s" % hdr[j]
    return [("ligne %d" % (i + 1), " ".join(r)) for i, r in enumerate(rows) if r]


# ---------------------------------------------------------------- ODT
TN = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
SN = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"


def _odf_inline(el):
    out = [el.text or ""]
    for ch in el:
        tag = ch.tag.split("}")[1]
        out.append(" " if tag in ("s", "tab", "line-break") else _odf_inline(ch))
        out.append(ch.tail or "")
    return "".join(out)


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
        sroot = ET.fromstring(z.read("styles.xml"))
    paras = [_odf_inline(p) for p in root.iter() if p.tag in ("{%s}p" % TN, "{%s}h" % TN)]
    hf = []
    for tag in ("header", "footer"):
        for el in sroot.iter("{%s}%s" % (SN, tag)):
            hf += [_odf_inline(p) for p in el.iter("{%s}p" % TN)]
    assert hf, "ODT : en-tête / pied de page absents"
    assert any(p.startswith("Article 11") for p in paras), "ODT : articles numérotés attendus"
    assert sum(p == "Lu et approuvé" for p in paras) == 6, "ODT : six signatures attendues"
    return [(0, "\n".join(paras + hf))]


# ---------------------------------------------------------------- corpus
def load_catalog():
    with open(CATALOG, "rb") as f:
        return tomllib.load(f)


def load_corpus():
    cat = load_catalog()
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        path = os.path.join(CORPUS, fn)
        if ext == ".vtt":
            units = read_vtt(path, set(cat.get(fn, {}).get("speakers", [])))
        else:
            reader = {".docx": read_docx, ".pptx": read_pptx, ".pdf": read_pdf, ".html": read_html,
                      ".csv": read_csv, ".odt": read_odt}.get(ext)
            if not reader:
                continue
            units = reader(path)
        docs[stem] = {"file": fn, "ext": ext, "units": [(k, norm(t)) for k, t in units]}
    return docs


def contains(text, a):
    return re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", text) is not None


def find_in(doc, alt):
    a = norm(alt)
    return [k for k, t in doc["units"] if contains(t, a)]


# ---------------------------------------------------------------- contrôles
def check_catalog(docs, errors):
    cat = load_catalog()
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
        for k in ("url", "replay"):
            if k in e and not re.match(r"^https://[a-z0-9.-]+\.example(/|$)", e[k]):
                errors.append("catalogue : %s hors .example pour %s" % (k, fn))
        if e.get("kind") == "transcript" and not (e.get("speakers") and e.get("replay")):
            errors.append("catalogue : transcription sans speakers ou replay : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if "Normandie" not in e.get("region", ""):
            errors.append("catalogue : région inattendue pour %s" % fn)
    if len({e.get("kind") for e in cat.values()}) < 4:
        errors.append("catalogue : types de documents trop peu variés")


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    if ext == ".vtt":
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur la transcription" % qid)
            return
        first = norm(q["evidence"][0][0])
        starts = [k for k, t in docs[doc]["units"] if contains(t, first)]
        if not starts:
            errors.append("%s : première preuve absente des repères" % qid)
        elif min(abs(q["at"] - s) for s in starts) > AT_TOLERANCE:
            errors.append("%s : at=%s loin des repères %s" % (qid, q["at"], starts[:5]))
        return
    if "at" in q:
        errors.append("%s : « at » interdit hors transcription" % qid)


def check_questions(docs, errors, path, verbose=True):
    qs = []
    with open(path, encoding="utf-8") as f:
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
    if len({q.get("question") for q in qs}) != len(qs):
        errors.append("questions : questions en double")
    per_doc = {s: 0 for s in docs}
    n_unans = n_en = 0
    fields = {"id", "question", "evidence", "doc", "kind", "at"}
    for q in qs:
        qid = q.get("id")
        for k in ("id", "question", "evidence", "doc", "kind"):
            if k not in q:
                errors.append("%s : champ %s manquant" % (qid, k))
        if set(q) - fields:
            errors.append("%s : champs inattendus %s" % (qid, set(q) - fields))
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
                        "%s%s[%s]" % (t[11:36], docs[t]["ext"], ",".join(str(x) for x in h[:2]))
                        for t, h in found[:3])))
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


def main():
    args = sys.argv[1:]
    docs = load_corpus()
    if len(args) > 1 and args[0] == "--dump":
        for k, t in docs[args[1]]["units"]:
            print("[%s] %s" % (k, t))
        return 0
    if len(args) > 1 and args[0] == "--find":
        for s, d in docs.items():
            h = find_in(d, args[1])
            if h:
                print(s, h[:10])
        return 0
    qpath = args[1] if len(args) > 1 and args[0] == "--questions" else QUESTIONS
    errors = []
    check_catalog(docs, errors)
    qs, per_doc = check_questions(docs, errors, qpath)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    vtt = [os.path.join(CORPUS, d["file"]) for d in docs.values() if d["ext"] == ".vtt"]
    cues = parse_vtt(vtt[0])
    print("\ndocuments :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {docs[k]["file"]: v for k, v in per_doc.items()})
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    print("durée de la transcription VTT : %.0f s, %d repères, %d orateurs"
          % (cues[-1][1], len(cues), len({c[2] for c in cues})))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
