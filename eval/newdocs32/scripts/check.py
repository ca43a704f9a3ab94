# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs32.

Lecteurs indépendants des générateurs (un par type de fichier du lot) :
- ODT : archive zip, content.xml ; tout le texte des <text:p> / <text:h> (articles, tableaux, signatures, annexe ;
  text:s, text:tab, text:line-break = espaces), plus en-tête et pied de page lus dans styles.xml ; une unité ;
- PDF diaporama (kind = slides) : pypdf, une unité par page ; contrôle du format paysage et du numéro « n / N »
  imprimé sur chaque diapositive ;
- PDF rapport (kind = report) : pypdf, une unité par page ; contrôle de l'en-tête courant sur chaque page ;
- SRT : repères numérotés ; une unité = un repère joint au repère suivant (une preuve peut chevaucher une coupure
  de repère), clé = début du premier repère ; contrôle que l'étiquette d'orateur n'apparaît qu'au changement ;
- XLSX : archive zip lue à la main (workbook.xml, sharedStrings.xml, worksheets) ; une unité par ligne de chaque
  feuille (feuille masquée comprise, valeurs calculées <v> des formules) ; contrôle de la feuille masquée, de la
  présence d'une valeur calculée pour chaque formule et de la note « en nombre de personnes » ;
- Markdown : texte brut ; une unité ;
- HTML : texte visible (BeautifulSoup, sans script / style / head), réponses repliées de l'accordéon comprises ;
  contrôle de la présence du fil d'Ariane, du bandeau cookies, de l'accordéon et du pied de page.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .srt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url en .example, speakers pour la transcription) ; questions (identifiants n32-01 à n32-45, champs, types,
45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque alternative de 2 à 8 mots,
chaque document cité par au moins trois questions) ; termes ABSENT des questions sans réponse absents de tous les
documents.

Usage : python check.py                (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --dump NOM     (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
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
EXPECTED_EXTS = sorted([".odt", ".pdf", ".srt", ".xlsx", ".md", ".html", ".pdf"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n32"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2022", "uhsa", "unite hospitaliere specialement amenagee", "montclar", "bracelet",
          "surveillance electronique", "mineurs", "quartier mineurs", "pjj", "protection judiciaire", "2027"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- lecteurs : renvoient une liste d'unités (clé, texte)
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"


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


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
        sroot = ET.fromstring(z.read("styles.xml"))
    paras = [_odf_inline(p) for p in root.iter() if p.tag in ("{%s}p" % TEXT_NS, "{%s}h" % TEXT_NS)]
    hf = []
    for tag in ("header", "footer"):
        for el in sroot.iter("{%s}%s" % (STYLE_NS, tag)):
            hf += [_odf_inline(p) for p in el.iter("{%s}p" % TEXT_NS)]
    assert hf, "ODT sans en-tête ni pied de page"
    assert any("Article 10" in p for p in paras), "ODT : articles numérotés attendus"
    return [(0, "\n".join(paras + hf))]


def read_pdf_slides(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    units = []
    for i, p in enumerate(r.pages, 1):
        box = p.mediabox
        assert float(box.width) > float(box.height), "diapositive %d non paysage" % i
        t = p.extract_text() or ""
        assert re.search(r"(?m)^\s*%d / %d\s*$" % (i, n), t), "numéro « %d / %d » absent de la diapositive" % (i, n)
        units.append((i, t))
    return units


def read_pdf_report(path):
    r = pypdf.PdfReader(path)
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert "Rapport d'activité 2025" in t.split("\n", 2)[0], "en-tête courant absent page %d" % i
        units.append((i, t))
    return units


LABEL = re.compile(r"^((?:ANIMATEUR|INTERVENANTE? \d|UNE PERSONNE DU PUBLIC)) : ")


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
        assert not cues or start >= cues[-1][1], "repères SRT qui se chevauchent au %d" % n
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def read_srt(path):
    cues = parse_srt(path)
    prev = None
    for s, _, t in cues:
        m = LABEL.match(t)
        if m:
            assert m.group(1) != prev, "étiquette %s répétée sans changement d'orateur (%.1f s)" % (m.group(1), s)
            prev = m.group(1)
    assert cues[0][2].startswith("ANIMATEUR : ")
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = cues[i + 1][2] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


X_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def read_xlsx(path):
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels}
        sst = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(X_NS + "si"):
                sst.append("".join(t.text or "" for t in si.iter(X_NS + "t")))
        units, hidden, unit_note = [], [], False
        for sh in wb.iter(X_NS + "sheet"):
            name = sh.get("name")
            if sh.get("state") == "hidden":
                hidden.append(name)
            root = ET.fromstring(z.read("xl/" + target[sh.get(R_NS + "id")]))
            for row in root.iter(X_NS + "row"):
                vals = []
                for c in row.iter(X_NS + "c"):
                    f, v = c.find(X_NS + "f"), c.find(X_NS + "v")
                    if f is not None:
                        assert v is not None and v.text, "formule sans valeur calculée : %s!%s" % (name, c.get("r"))
                    if v is None:
                        is_ = c.find(X_NS + "is")
                        if is_ is not None:
                            vals.append("".join(t.text or "" for t in is_.iter(X_NS + "t")))
                        continue
                    vals.append(sst[int(v.text)] if c.get("t") == "s" else v.text)
                text = " ".join(vals)
                if text.strip() == "en nombre de personnes":
                    unit_note = True
                units.append(("%s!%s" % (name, row.get("r")), text))
    assert hidden, "le classeur doit avoir une feuille masquée"
    assert unit_note, "note d'unité « en nombre de personnes » absente"
    return units


def read_md(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert re.search(r"(?m)^\|---", raw) and re.search(r"(?m)^  - ", raw), "tableau ou liste imbriquée absent"
    return [(0, raw)]


def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    assert soup.select_one("nav.breadcrumb") and soup.select_one(".cookie-banner") and soup.find("footer")
    assert soup.select(".accordion .panel"), "accordéon absent"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


def load_catalog():
    with open(CATALOG, "rb") as f:
        return tomllib.load(f)


def load_corpus():
    cat = load_catalog()
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        path = os.path.join(CORPUS, fn)
        if ext == ".pdf":
            reader = read_pdf_slides if cat.get(fn, {}).get("kind") == "slides" else read_pdf_report
        else:
            reader = {".odt": read_odt, ".srt": read_srt, ".xlsx": read_xlsx, ".md": read_md,
                      ".html": read_html}.get(ext)
        if reader:
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
        if not re.match(r"^https://[a-z0-9.-]+\.example(/|$)", e.get("url", "")):
            errors.append("catalogue : url hors .example pour %s" % fn)
        if e.get("kind") == "transcript" and not e.get("speakers"):
            errors.append("catalogue : transcription sans speakers : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
    kinds = {e.get("kind") for e in cat.values()}
    if not {"slides", "report"} <= kinds:
        errors.append("catalogue : les deux PDF doivent être typés slides et report")


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    if ext == ".srt":
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur la transcription SRT" % qid)
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
                        "%s[%s]" % (t[11:35], ",".join(str(x) for x in h[:2])) for t, h in found[:3])))
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


def main():
    docs = load_corpus()
    srt = [os.path.join(CORPUS, d["file"]) for d in docs.values() if d["ext"] == ".srt"]
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
    cues = parse_srt(srt[0])
    print("\ndocuments :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:48]: v for k, v in per_doc.items()})
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    print("durée de la transcription SRT : %.0f s, %d repères" % (cues[-1][1], len(cues)))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
