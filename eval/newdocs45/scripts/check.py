# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs45.

Lecteurs indépendants des générateurs (aucune bibliothèque d'écriture n'est utilisée pour relire) :
- DOCX : archive zip lue à la main ; word/document.xml, chaque <w:p> (y compris dans les tableaux) = texte de ses
  <w:t>, <w:tab> et <w:br> = espace ; en-têtes et pieds (word/header*.xml, footer*.xml) ; une unité par
  paragraphe joint au suivant ; contrôle des dix « Article n — » en style Heading1, de sous-articles en Heading2,
  de l'article 7 de confidentialité, de l'encadré (tableau d'une cellule) et du tableau des signatures ;
- MD : texte brut ; contrôle de l'en-tête YAML, d'au moins trois tableaux Markdown, de listes à puces, de cases à
  cocher et de numéros de situation anonymisés ; une unité par section (« ## ») ;
- PPTX : archive zip lue à la main ; ppt/slides/slideN.xml (paragraphes <a:p>, texte des <a:t>) et la diapositive
  de notes reliée par ppt/slides/_rels ; une unité « diapo n » et une unité « notes n » ; contrôle de 12
  diapositives, du numéro « n / 12 », d'au moins cinq tableaux <a:tbl> et de notes sur chaque diapositive ;
- VTT : en-tête WEBVTT, blocs séparés par une ligne vide, identifiant numérique, horodatage « hh:mm:ss.mmm -->
  hh:mm:ss.mmm », balise de voix <v Nom> (retirée) ; une unité = un repère joint au repère suivant (une preuve
  peut chevaucher une coupure), clé = début du premier repère ; contrôle de la durée (18 à 22 minutes), des
  voix (celles du catalogue, toutes présentes, chaque repère en porte une), de la diapositive lue et des
  questions du chat ;
- XLSX : archive zip lue à la main ; xl/workbook.xml, xl/_rels, xl/sharedStrings.xml, feuilles ; valeurs des
  cellules (chaînes partagées, nombres, formules avec valeur en cache) ; une unité par ligne
  (« Feuille!ligne n ») ; contrôle des deux feuilles, des cellules fusionnées, des lignes de notes, des
  téléphones des partenaires et de la ligne de total (recalculée) ;
- HTML : BeautifulSoup ; contrôle d'au moins dix <details> dont le <summary> contient un <h3>, de l'<aside> de
  contacts avec téléphones et de la date <time> ; une unité par <details> plus une pour le reste de la page ;
- PDF (rapport) : pypdf, une unité par page ; contrôle de 4 à 6 pages, de « page n / N » et de l'en-tête courant,
  de la page sur deux colonnes (positions horizontales des lignes), du tableau coupé par le saut de page (en-tête
  répété sur deux pages consécutives), des notes de bas de page.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .vtt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour la transcription) ; questions (identifiants n45-01 à
n45-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque
alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans
réponse absents de tous les documents.

Usage : python check.py                          (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions FICHIER      (contrôle d'un brouillon)
        python check.py --dump NOM               (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"          (documents / unités où la phrase apparaît)
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
EXPECTED_EXTS = sorted([".docx", ".md", ".pptx", ".vtt", ".xlsx", ".html", ".pdf"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n45"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["premier semestre", "premier trimestre 2026", "t1 2026", "saint loup", "act",
          "appartement de coordination", "appartements de coordination", "coordination therapeutique",
          "salaire", "remuneration", "smic", "bail glissant", "baux glissants", "glissement", "vacant", "vacants",
          "vacance", "moins de 25 ans", "18 25 ans", "jeunes"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- lecteurs : renvoient une liste d'unités (clé, texte)
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w_text(p):
    out = []
    for el in p.iter():
        if el.tag == WNS + "t":
            out.append(el.text or "")
        elif el.tag in (WNS + "tab", WNS + "br"):
            out.append(" ")
    return "".join(out)


def _w_style(p):
    ppr = p.find(WNS + "pPr")
    if ppr is None or ppr.find(WNS + "pStyle") is None:
        return ""
    return ppr.find(WNS + "pStyle").get(WNS + "val")


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        body = ET.fromstring(z.read("word/document.xml"))
        hf = [ET.fromstring(z.read(n)) for n in names if re.match(r"word/(header|footer)\d*\.xml$", n)]
    paras = [(_w_style(p), _w_text(p)) for p in body.iter(WNS + "p")]
    arts = [t for s, t in paras if s == "Heading1" and re.match(r"Article \d+ — ", t)]
    assert [a.split(" — ")[0] for a in arts] == ["Article %d" % i for i in range(1, 11)], "dix articles Heading1"
    assert sum(1 for s, t in paras if s == "Heading2" and re.match(r"\d\.\d ", t)) >= 3, "sous-articles Heading2"
    assert any("Confidentialité" in a for a in arts), "article de confidentialité absent"
    tables = body.findall(".//" + WNS + "tbl")
    one_cell = [t for t in tables if len(t.findall(".//" + WNS + "tc")) == 1]
    assert one_cell and "non-utilisation" in "".join(_w_text(p) for p in one_cell[0].iter(WNS + "p")), "encadré"
    sig = [t for t in tables if "".join(_w_text(p) for p in t.iter(WNS + "p")).count("Signature :") >= 6]
    assert sig, "tableau des signatures absent"
    hft = [_w_text(p) for root in hf for p in root.iter(WNS + "p")]
    assert any(t.strip() for t in hft), "en-tête / pied de page vides"
    texts = [t for _, t in paras if t.strip()] + [t for t in hft if t.strip()]
    return [("§%d" % i, t + " " + (texts[i + 1] if i + 1 < len(texts) else "")) for i, t in enumerate(texts)]


def read_md(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert raw.startswith("---\n") and raw.index("\n---\n", 4) > 0, "en-tête YAML absent"
    assert len(re.findall(r"^\|(\s*-+:?\s*\|)+\s*$", raw, re.M)) + \
        len(re.findall(r"^\|(\s*:?-+:?\s*\|)+\s*$", raw, re.M)) >= 3, "au moins trois tableaux attendus"
    assert len(re.findall(r"^- \*\*", raw, re.M)) >= 4, "décisions à puces absentes"
    assert re.search(r"^- \[[ x]\] ", raw, re.M), "cases à cocher absentes"
    assert len(set(re.findall(r"S-20\d\d-\d{3}", raw))) >= 5, "numéros de situation anonymisés absents"
    parts = re.split(r"\n(?=## )", raw)
    return [(p.split("\n", 1)[0][:40], p) for p in parts]


ANS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
RELNS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _a_paras(root):
    return ["".join(t.text or "" for t in p.iter(ANS + "t")) for p in root.iter(ANS + "p")]


def read_pptx(path):
    units = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        slides = sorted((n for n in names if re.match(r"ppt/slides/slide\d+\.xml$", n)),
                        key=lambda n: int(re.search(r"(\d+)\.xml$", n).group(1)))
        assert len(slides) == 12, "12 diapositives attendues (%d)" % len(slides)
        ntables = 0
        for i, s in enumerate(slides, 1):
            root = ET.fromstring(z.read(s))
            ntables += len(root.findall(".//" + ANS + "tbl"))
            paras = _a_paras(root)
            assert "%d / 12" % i in paras, "numéro « %d / 12 » absent" % i
            units.append(("diapo %d" % i, "\n".join(paras)))
            rels = ET.fromstring(z.read(s.replace("slides/", "slides/_rels/") + ".rels"))
            notes = [r.get("Target") for r in rels.iter(RELNS + "Relationship") if r.get("Type").endswith("/notesSlide")]
            assert notes, "diapositive %d sans notes" % i
            npath = os.path.normpath(os.path.join("ppt/slides", notes[0])).replace(os.sep, "/")
            nroot = ET.fromstring(z.read(npath))
            ntext = [p for p in _a_paras(nroot) if p.strip() and not re.fullmatch(r"\d+", p.strip())]
            assert ntext, "notes vides pour la diapositive %d" % i
            units.append(("notes %d" % i, "\n".join(ntext)))
    assert ntables >= 5, "au moins cinq tableaux attendus (%d)" % ntables
    return units


VTT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")
VOICE = re.compile(r"^<v ([^>]+)>(.*)$")


def parse_vtt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert raw.startswith("WEBVTT\n"), "en-tête WEBVTT absent"
    blocks = raw.strip().split("\n\n")
    cues = []
    for b in blocks[1:]:
        lines = b.split("\n")
        if lines[0].startswith("NOTE"):
            continue
        assert re.fullmatch(r"\d+", lines[0]), "identifiant de repère attendu : %r" % lines[0]
        m = VTT_TIME.match(lines[1])
        assert m, "horodatage VTT invalide : %r" % lines[1]
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start and (not cues or start >= cues[-1][1]), "repères VTT incohérents au %s" % lines[0]
        text = " ".join(lines[2:])
        v = VOICE.match(text)
        assert v, "repère %s sans balise de voix" % lines[0]
        cues.append((start, end, v.group(1), re.sub(r"</?[^>]+>", "", v.group(2))))
    return cues


def read_vtt(path, speakers=()):
    cues = parse_vtt(path)
    assert len(cues) >= 150, "au moins 150 repères attendus (%d)" % len(cues)
    assert 1080 <= cues[-1][1] <= 1320, "durée hors de 18 à 22 minutes (%.0f s)" % cues[-1][1]
    voices = {c[2] for c in cues}
    assert voices == set(speakers) and len(voices) >= 3, "voix %s différentes du catalogue" % sorted(voices)
    full = norm(" ".join(c[3] for c in cues))
    assert "je vous la lis" in full and "diapositive" in full, "diapositive lue à voix haute absente"
    assert len(re.findall(r"question", full)) >= 4 and "chat" in full, "questions du chat absentes"
    units = []
    for i, (s, _, _, t) in enumerate(cues):
        nxt = cues[i + 1][3] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


XNS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ODREL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _col(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def read_xlsx(path):
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels.iter(RELNS + "Relationship")}
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            ss = ET.fromstring(z.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(XNS + "t")) for si in ss.iter(XNS + "si")]
        sheets = []
        for sh in wb.iter(XNS + "sheet"):
            t = target[sh.get(ODREL + "id")].lstrip("/")
            t = t if t.startswith("xl/") else "xl/" + t
            sheets.append((sh.get("name"), ET.fromstring(z.read(t))))
    assert [n for n, _ in sheets] == ["Chiffres", "Partenaires"], "feuilles attendues : Chiffres, Partenaires"
    units, grids = [], {}
    for name, root in sheets:
        merges = root.findall(".//" + XNS + "mergeCell")
        assert len(merges) >= 2, "cellules fusionnées attendues dans %s" % name
        grid = {}
        for row in root.iter(XNS + "row"):
            r = int(row.get("r"))
            vals = {}
            for c in row.iter(XNS + "c"):
                t = c.get("t")
                v = c.find(XNS + "v")
                if t == "s":
                    val = shared[int(v.text)]
                elif t == "inlineStr":
                    val = "".join(x.text or "" for x in c.iter(XNS + "t"))
                elif v is not None:
                    val = v.text
                    if re.fullmatch(r"-?[\d.]+(E-?\d+)?", val):
                        val = format(float(val), ".10g")
                else:
                    continue
                vals[_col(c.get("r"))] = val
            if vals:
                grid[r] = vals
                units.append(("%s!ligne %d" % (name, r), " ".join(vals[k] for k in sorted(vals))))
        grids[name] = (grid, [m.get("ref") for m in merges])
    grid, merges = grids["Chiffres"]
    notes = [r for r, v in grid.items() if v.get(1, "").startswith("Notes :")]
    assert len(notes) >= 2 and all(any(m.startswith("A%d:" % r) for m in merges) for r in notes), "lignes de notes"
    years = [r for r, v in grid.items() if re.match(r"20\d\d", v.get(1, "")) and len(v) >= 9]
    total = [r for r, v in grid.items() if v.get(1) == "Total 2021-2025"]
    assert len(years) == 5 and len(total) == 1, "tableau A : cinq années et une ligne de total attendues"
    for j in range(2, 10):
        assert float(grid[total[0]][j]) == sum(float(grid[r][j]) for r in years), "total faux colonne %d" % j
    for r in years:
        assert int(grid[r][5]) == sum(int(grid[r][j]) for j in (2, 3, 4)), "total Vesonde faux ligne %d" % r
    pgrid, pmerges = grids["Partenaires"]
    phones = [v for row in pgrid.values() for v in row.values() if re.fullmatch(r"0[36] 99 00 \d\d \d\d", v)]
    assert len(phones) >= 10, "téléphones des partenaires absents"
    assert any(v.get(1, "").startswith("Notes :") for v in pgrid.values()), "ligne de notes des partenaires"
    return units


def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    details = soup.select("details")
    assert len(details) >= 10 and all(d.select_one("summary h3") for d in details), "questions en details/h3"
    aside = soup.select_one("aside")
    assert aside and len(re.findall(r"03 99 00 \d\d \d\d", aside.get_text())) >= 4, "aside de contacts"
    assert soup.select_one("time[datetime]"), "date de mise à jour absente"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    units = [("q%d" % i, d.get_text(" ")) for i, d in enumerate(details, 1)]
    for d in details:
        d.decompose()
    units.append(("page", soup.get_text(" ")))
    return units


class _XCollector:
    def __init__(self):
        self.xs = []

    def __call__(self, text, cm, tm, font, size):
        if text.strip():
            self.xs.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])


def read_pdf_report(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert 4 <= n <= 6, "4 à 6 pages attendues"
    units, two_col = [], False
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert "page %d / %d" % (i, n) in t, "« page %d / %d » absent" % (i, n)
        if i > 1:
            assert "Rapport annuel 2025" in t.split("\n")[0], "en-tête courant absent page %d" % i
        col = _XCollector()
        p.extract_text(visitor_text=col)
        w = float(p.mediabox.width)
        right = [x for x in col.xs if w * 0.5 < x < w * 0.56]
        if len(right) >= 20:
            two_col = True
        units.append((i, t))
    assert two_col, "aucune page sur deux colonnes"
    head = [i for i, t in units if "dont incurie / Diogène" in t]
    assert len(head) >= 2 and head[1] == head[0] + 1, "tableau coupé par le saut de page (en-tête répété) absent"
    alltext = "\n".join(t for _, t in units)
    assert len(re.findall(r"^(\d|\*+)\.? .{20,}", alltext, re.M)) >= 4, "notes de bas de page absentes"
    return units


def load_catalog():
    with open(CATALOG, "rb") as f:
        return tomllib.load(f)


def load_corpus():
    cat = load_catalog()
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        path = os.path.join(CORPUS, fn)
        entry = cat.get(fn, {})
        if ext == ".vtt":
            units = read_vtt(path, entry.get("speakers", ()))
        elif ext in (".docx", ".md", ".pptx", ".xlsx", ".html", ".pdf"):
            units = {".docx": read_docx, ".md": read_md, ".pptx": read_pptx, ".xlsx": read_xlsx,
                     ".html": read_html, ".pdf": read_pdf_report}[ext](path)
        else:
            continue
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
        for key in ("url", "replay"):
            if key in e and not re.match(r"^https://[a-z0-9.-]+\.example(/|$)", e[key]):
                errors.append("catalogue : %s hors .example pour %s" % (key, fn))
        if e.get("kind") == "transcript" and not (e.get("speakers") and e.get("replay")):
            errors.append("catalogue : transcription sans speakers ou replay : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    expect = {".pdf": "report", ".pptx": "slides", ".vtt": "transcript", ".html": "webpage"}
    for fn, e in cat.items():
        ext = os.path.splitext(fn)[1]
        if ext in expect and e.get("kind") != expect[ext]:
            errors.append("catalogue : %s devrait être typé %s" % (fn, expect[ext]))


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
    allowed = {"id", "question", "evidence", "doc", "kind", "at"}
    for q in qs:
        qid = q.get("id")
        for k in ("id", "question", "evidence", "doc", "kind"):
            if k not in q:
                errors.append("%s : champ %s manquant" % (qid, k))
        if set(q) - allowed:
            errors.append("%s : champs inattendus %s" % (qid, set(q) - allowed))
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
            if not isinstance(group, list) or not group or len(group) > 3:
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
                        "%s[%s]" % (t[11:40], ",".join(str(x) for x in h[:2])) for t, h in found[:3])))
        check_at(q, doc, docs, errors)
    if n_unans != N_UNANSWERABLE:
        errors.append("questions : %d sans réponse au lieu de %d" % (n_unans, N_UNANSWERABLE))
    if n_en != N_ENGLISH:
        errors.append("questions : %d en anglais au lieu de %d" % (n_en, N_ENGLISH))
    for s, n in per_doc.items():
        if n < 3:
            errors.append("questions : le document %s n'est cité que par %d questions" % (s, n))
    return qs, per_doc


def check_absent(docs, errors):
    for term in ABSENT:
        t = norm(term)
        for s, d in docs.items():
            if any(contains(u, t) for _, u in d["units"]):
                errors.append("ABSENT : %r figure dans %s" % (term, s))


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
    check_absent(docs, errors)
    if not os.path.exists(QUESTIONS):
        print("questions.jsonl absent : seuls le corpus, le catalogue et les termes absents ont été contrôlés.")
        for e in errors:
            print("  -", e)
        return 1 if errors else 0
    qs, per_doc = check_questions(docs, errors)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    vtt = [os.path.join(CORPUS, d["file"]) for d in docs.values() if d["ext"] == ".vtt"]
    cues = parse_vtt(vtt[0])
    print("\nquestions lues dans :", os.path.relpath(QUESTIONS, ROOT))
    print("documents :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:52]: v for k, v in per_doc.items()})
    print("questions « * » :", sum(1 for q in qs if q.get("doc") == "*"))
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    print("durée de la transcription VTT : %.0f s, %d repères" % (cues[-1][1], len(cues)))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
