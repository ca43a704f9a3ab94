# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs39.

Lecteurs indépendants des générateurs (un par type de fichier du lot ; aucune bibliothèque d'écriture n'est
utilisée pour relire) :
- DOCX : archive zip lue à la main ; word/document.xml, chaque <w:p> (y compris cellules de tableaux) = texte de
  ses <w:t> (<w:tab>, <w:br> = espace) ; notes de bas de page relues dans word/footnotes.xml (id > 0), pied de
  page dans word/footer*.xml ; une unité ; contrôle de la page de couverture (saut de page avant le premier titre),
  des styles « Heading 1 » / « Heading 2 » (styleId relus dans styles.xml), d'un tableau dont la dernière ligne
  commence par « Ensemble », d'une image PNG référencée, de la légende « Graphique 2 – », de deux notes de bas de
  page appelées dans le texte, du titre d'annexe suivi d'un tableau et du champ PAGE ;
- MD : texte brut ; contrôle du front matter YAML (--- … --- en tête, clés title / version / date), des étapes
  numérotées 1. à 7., du tableau à barres « Qui contacter ? » (ligne de séparation |---|), d'au moins cinq cases
  « - [ ] » et d'une citation « > » ; une unité par bloc séparé par une ligne vide ;
- XLSX : archive zip lue à la main (workbook.xml, rels, sharedStrings.xml, feuilles) ; une unité par ligne
  (« feuille!ligne n », cellules non vides jointes par une espace, valeurs en cache pour les formules) ;
  contrôle de la ligne de titre fusionnée, de l'en-tête sur deux lignes (fusions verticale et horizontales), de
  douze mois, de la ligne « Total 2025 » dont chaque cellule porte une formule SUM et une valeur en cache égale à
  la somme recalculée, et de l'onglet « Notes » ;
- PDF diaporama : pypdf, une unité par page ; contrôle de 15 pages au format 16:9 paysage, du numéro « n » seul
  sur une ligne de chaque page, du quiz « Vrai ou faux », de l'histogramme (valeurs et années dont « 2025* ») et
  de la diapositive à deux colonnes ;
- VTT : « WEBVTT », repères numérotés « n », horodatage « hh:mm:ss.mmm --> hh:mm:ss.mmm », une ligne de texte
  « Nom: texte » sur chaque repère, noms = speakers du catalogue (quatre voix) ; une unité = texte d'un repère
  sans l'étiquette joint au repère suivant s'il est du même orateur (une preuve peut chevaucher une coupure),
  clé = début du repère ; contrôle de la durée (20 à 24 minutes), de l'ordre des repères et des questions du
  chat lues à voix haute ;
- HTML : BeautifulSoup (html.parser) ; contrôle du <header> avec <nav>, d'une <table> à <caption>, d'un
  <aside>, du bandeau cookies et du <footer> ; texte visible sans script / style / head ; une unité ;
- TXT : une unité par bloc séparé par une ligne vide ; contrôle de l'absence de balisage, de « ORDRE DU JOUR »
  suivi de points numérotés, d'au moins cinq lignes « Décision : », de la liste des présents et de
  « Prochaine réunion : ».
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .vtt (début d'un repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, clés obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour la transcription) ; questions (identifiants n39-01 à
n39-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque
alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans
réponse absents de tous les documents.

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions F    (contrôle avec un autre fichier de questions, p. ex. le brouillon)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
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
if len(sys.argv) > 2 and sys.argv[1] == "--questions":
    QUESTIONS = os.path.abspath(sys.argv[2])
    del sys.argv[1:3]
CATALOG = os.path.join(CORPUS, "catalog.toml")

KINDS = {"number", "date", "fact", "definition", "acronym", "comparison", "list", "howto", "transcript",
         "document", "crosslingual", "paraphrase", "yesno", "who", "unanswerable"}
CATALOG_KEYS = ("title", "kind", "date", "published", "organisers", "region", "url")
CATALOG_KINDS = {"slides", "report", "webpage", "transcript", "document"}
EXPECTED_EXTS = sorted([".docx", ".pdf", ".vtt", ".xlsx", ".md", ".html", ".txt"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n39"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2019", "montrevault", "nomophobie", "cesc", "maternelle", "premier trimestre 2026", "t1 2026",
          "budget", "euros"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- DOCX
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _wpara(p):
    out = []
    for el in p.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag in (W + "tab", W + "br"):
            out.append(" ")
    return "".join(out)


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        doc = ET.fromstring(z.read("word/document.xml"))
        styles = ET.fromstring(z.read("word/styles.xml"))
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
        assert "word/footnotes.xml" in names and "relationships/footnotes" in rels, "partie footnotes absente"
        fn = ET.fromstring(z.read("word/footnotes.xml"))
        footers = [ET.fromstring(z.read(n)) for n in names if re.match(r"word/footer\d*\.xml$", n)]
        media = [n for n in names if n.startswith("word/media/") and n.endswith(".png")]
    style_names = {s.get(W + "styleId"): (s.find(W + "name").get(W + "val") if s.find(W + "name") is not None
                                           else "") for s in styles.iter(W + "style")}
    body = doc.find(W + "body")
    paras, heads, seen_break = [], [], False
    for el in body:
        if el.tag == W + "p":
            ps = el.find(W + "pPr/" + W + "pStyle")
            sname = style_names.get(ps.get(W + "val"), "") if ps is not None else ""
            if sname.lower() in ("heading 1", "heading 2"):
                if not heads:
                    assert seen_break, "pas de page de couverture (saut de page) avant le premier titre"
                heads.append((sname.lower(), _wpara(el)))
            if any(b.get(W + "type") == "page" for b in el.iter(W + "br")):
                seen_break = True
            paras.append(_wpara(el))
        elif el.tag == W + "tbl":
            rows = el.findall(W + "tr")
            for tr in rows:
                paras.append(" ".join(_wpara(p) for p in tr.iter(W + "p")))
            paras.append("")
    assert {h for h, _ in heads} == {"heading 1", "heading 2"}, "styles Heading 1 / Heading 2 attendus"
    tables = body.findall(W + "tbl")
    assert len(tables) >= 2, "deux tableaux attendus"
    last_rows = [" ".join(_wpara(p) for p in t.findall(W + "tr")[-1].iter(W + "p")) for t in tables]
    assert any(r.startswith("Ensemble") for r in last_rows), "ligne de total « Ensemble » absente"
    assert media and doc.find(".//" + A + "blip") is not None, "image PNG du graphique absente"
    assert any(p.startswith("Graphique 2 – ") for p in paras), "légende « Graphique 2 – » absente"
    notes = [n for n in fn.findall(W + "footnote") if int(n.get(W + "id")) > 0]
    refs = [r.get(W + "id") for r in doc.iter(W + "footnoteReference")]
    assert len(notes) == 2 and sorted(refs) == sorted(n.get(W + "id") for n in notes), "deux notes de bas de page"
    assert any(h.startswith("Annexe") for _, h in heads), "annexe absente"
    children = list(body)
    idx = [i for i, el in enumerate(children) if el.tag == W + "p" and _wpara(el).startswith("Annexe")][-1]
    assert any(el.tag == W + "tbl" for el in children[idx:]), "tableau d'annexe absent"
    ft = [" ".join(_wpara(p) for p in f.iter(W + "p")) for f in footers]
    assert any("PAGE" in (i.text or "") for f in footers for i in f.iter(W + "instrText")), "champ PAGE absent"
    notes_txt = [_wpara(p) for n in notes for p in n.iter(W + "p")]
    return [(0, "\n".join(paras + notes_txt + ft))]


# ---------------------------------------------------------------- MD
def read_md(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    assert m, "front matter YAML absent"
    keys = {ln.split(":")[0] for ln in m.group(1).split("\n") if re.match(r"^[a-z_]+:", ln)}
    assert {"title", "version", "date"} <= keys, "clés du front matter"
    steps = re.findall(r"^(\d+)\. \*\*", raw, re.M)
    assert steps == [str(i) for i in range(1, 8)], "sept étapes numérotées attendues (%s)" % steps
    assert re.search(r"^## Qui contacter", raw, re.M) and re.search(r"^\|---(\|---)+\|$", raw, re.M), "tableau"
    assert len(re.findall(r"^- \[ \] ", raw, re.M)) >= 5, "liste de contrôle « - [ ] » absente"
    assert re.search(r"^> ", raw, re.M), "citation « > » absente"
    blocks = re.split(r"\n\s*\n", raw)
    return [(i, b) for i, b in enumerate(blocks, 1)]


# ---------------------------------------------------------------- XLSX
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _col(ref):
    return re.match(r"([A-Z]+)", ref).group(1)


def read_xlsx(path):
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels.iter(PR + "Relationship")}
        sst = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
                sst.append("".join(t.text or "" for t in si.iter(S + "t")))
        sheets = []
        for sh in wb.iter(S + "sheet"):
            tgt = target[sh.get(RNS + "id")]
            sheets.append((sh.get("name"), ET.fromstring(z.read("xl/" + tgt.lstrip("/").replace("xl/", "")))))
    names = [n for n, _ in sheets]
    assert len(names) == 2 and names[1] == "Notes", "deux onglets dont « Notes » attendus (%s)" % names
    units = []
    grid = {}
    for name, ws in sheets:
        for row in ws.iter(S + "row"):
            vals = []
            for c in row.iter(S + "c"):
                v = c.find(S + "v")
                isv = c.find(S + "is")
                if c.get("t") == "s" and v is not None:
                    val = sst[int(v.text)]
                elif c.get("t") == "inlineStr" and isv is not None:
                    val = "".join(t.text or "" for t in isv.iter(S + "t"))
                else:
                    val = v.text if v is not None else ""
                    if re.match(r"^-?\d+\.0$", val):
                        val = val[:-2]
                if name == names[0]:
                    f = c.find(S + "f")
                    grid[c.get("r")] = (val, f.text if f is not None else None)
                if val:
                    vals.append(val)
            if vals:
                units.append(("%s!ligne %s" % (name, row.get("r")), " ".join(vals)))
    ws0 = sheets[0][1]
    merges = [m.get("ref") for m in ws0.iter(S + "mergeCell")]
    assert any(re.match(r"A1:[A-Z]+1$", m) for m in merges), "ligne de titre fusionnée absente"
    assert "A2:A3" in merges and sum(1 for m in merges if re.match(r"[A-Z]+2:[A-Z]+2$", m)) >= 3, "en-tête 2 lignes"
    assert grid.get("A2", ("",))[0] == "Mois" and grid.get("B3", ("",))[0], "en-tête sur deux lignes absent"
    months = [grid.get("A%d" % r, ("",))[0] for r in range(4, 16)]
    assert months[0] == "Janvier" and months[-1] == "Décembre", "douze mois attendus"
    total_row = [r for r in range(4, 40) if grid.get("A%d" % r, ("",))[0] == "Total 2025"]
    assert total_row, "ligne « Total 2025 » absente"
    tr = total_row[0]
    cols = sorted({_col(k) for k in grid if _col(k) != "A"})
    for col in cols:
        val, f = grid.get("%s%d" % (col, tr), ("", None))
        assert f and f.upper().startswith("SUM("), "formule SUM absente en %s%d" % (col, tr)
        s = sum(float(grid["%s%d" % (col, r)][0]) for r in range(4, 16))
        assert abs(float(val) - s) < 1e-6, "valeur en cache fausse en %s%d (%s ≠ %s)" % (col, tr, val, s)
    return units


# ---------------------------------------------------------------- PDF diaporama
def read_pdf_slides(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert n == 15, "15 diapositives attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        assert abs(w / h - 16 / 9) < 0.01, "page %d non 16:9" % i
        t = p.extract_text() or ""
        assert any(ln.strip() == str(i) for ln in t.split("\n")), "numéro %d absent" % i
        units.append((i, t))
    alltext = "\n".join(t for _, t in units)
    assert "Vrai ou faux" in alltext or "vrai ou faux" in alltext, "quiz absent"
    assert re.search(r"^2025\*$", alltext, re.M) and len(re.findall(r"^20\d\d\*?$", alltext, re.M)) >= 4, \
        "histogramme absent"
    assert "Usage intensif" in alltext and "Usage problématique" in alltext, "diapositive à deux colonnes absente"
    return units


# ---------------------------------------------------------------- VTT
VTT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")


def parse_vtt(path, speakers=()):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    blocks = raw.strip().split("\n\n")
    assert blocks[0].strip() == "WEBVTT", "en-tête WEBVTT absent"
    allowed = set(speakers)
    cues = []
    for n, b in enumerate(blocks[1:], 1):
        lines = b.split("\n")
        assert lines[0] == str(n), "numéro de repère %d attendu (%r)" % (n, lines[0])
        m = VTT_TIME.match(lines[1])
        assert m, "horodatage VTT invalide au repère %d" % n
        assert len(lines) == 3, "repère %d : une ligne de texte attendue" % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start and (not cues or start >= cues[-1][1]), "repère %d mal ordonné" % n
        lab, sep, txt = lines[2].partition(": ")
        assert sep and lab in allowed, "repère %d sans nom d'orateur du catalogue (%r)" % (n, lab)
        cues.append((start, end, lab, txt))
    return cues


def read_vtt(path, speakers=()):
    cues = parse_vtt(path, speakers)
    assert 1200 <= cues[-1][1] <= 1440, "durée hors de 20 à 24 minutes (%.0f s)" % cues[-1][1]
    assert len({c[2] for c in cues}) == 4, "quatre orateurs attendus"
    assert sum(1 for c in cues if "conversation" in c[3] or "chat" in c[3]) >= 2, "questions du chat absentes"
    units = []
    for i, (s, _, lab, t) in enumerate(cues):
        nxt = cues[i + 1][3] if i + 1 < len(cues) and cues[i + 1][2] == lab else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


# ---------------------------------------------------------------- HTML
def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    assert soup.select_one("header nav ul li a"), "menu d'en-tête absent"
    t = soup.select_one("main table")
    assert t and t.caption and len(t.select("tbody tr")) >= 5, "tableau des ateliers absent"
    assert soup.select_one("aside") and "Contacts" in soup.select_one("aside").get_text(), "<aside> absent"
    assert soup.select_one("#cookie-banner"), "bandeau cookies absent"
    assert soup.select_one("footer"), "pied de page absent"
    for x in soup(["script", "style", "head"]):
        x.decompose()
    return [("page", soup.get_text(" "))]


# ---------------------------------------------------------------- TXT
def read_txt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert not re.search(r"<[a-z/][^>]*>|\*\*|^#", raw, re.M), "balisage inattendu dans le texte brut"
    lines = raw.split("\n")
    i = lines.index("ORDRE DU JOUR")
    assert re.match(r"^1\. ", lines[i + 1]) and re.match(r"^2\. ", lines[i + 2]), "points numérotés absents"
    assert len([ln for ln in lines if ln.startswith("Décision : ")]) >= 5, "lignes « Décision : » absentes"
    assert "PRÉSENTS" in lines and any(ln.startswith("Prochaine réunion : ") for ln in lines), "présents / date"
    blocks = re.split(r"\n\s*\n", raw)
    return [(i, b) for i, b in enumerate(blocks, 1)]


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
        elif ext in (".docx", ".md", ".xlsx", ".pdf", ".html", ".txt"):
            units = {".docx": read_docx, ".md": read_md, ".xlsx": read_xlsx, ".pdf": read_pdf_slides,
                     ".html": read_html, ".txt": read_txt}[ext](path)
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
        if e.get("kind") == "transcript" and not (e.get("speakers") and e.get("replay") and e.get("event")):
            errors.append("catalogue : transcription sans speakers, replay ou event : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    want = {".pdf": "slides", ".vtt": "transcript", ".html": "webpage", ".docx": "report"}
    for fn, e in cat.items():
        ext = os.path.splitext(fn)[1]
        if ext in want and e.get("kind") != want[ext]:
            errors.append("catalogue : %s devrait être typé %s" % (fn, want[ext]))


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
            if doc == "*" and verbose:
                pass
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
    if not os.path.exists(QUESTIONS):
        print("questions absentes (%s) : seuls le corpus et le catalogue ont été contrôlés." %
              os.path.relpath(QUESTIONS, ROOT))
        for e in errors:
            print("  -", e)
        return 1 if errors else 0
    qs, per_doc = check_questions(docs, errors)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    vtt = [d for d in docs.values() if d["ext"] == ".vtt"]
    print("\nquestions lues dans :", os.path.relpath(QUESTIONS, ROOT))
    print("documents :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:52]: v for k, v in per_doc.items()})
    print("questions « * » :", sum(1 for q in qs if q.get("doc") == "*"))
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    print("transcription VTT : %d repères, dernier début %.0f s" % (len(vtt[0]["units"]), vtt[0]["units"][-1][0]))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
