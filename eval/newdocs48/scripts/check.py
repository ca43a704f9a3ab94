# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs48.

Lecteurs indépendants des générateurs (aucune bibliothèque d'écriture n'est utilisée pour relire) :
- DOCX : archive zip lue à la main ; word/document.xml (paragraphes hors tableaux = une unité chacun ; chaque
  ligne de tableau = une unité, cellules jointes), word/footnotes.xml (une unité par note), en-têtes et pieds ;
  contrôle des titres « Article n — » numérotés de 1 à N (N ≥ 10) en style Heading 1, d'au moins quatre notes de
  bas de page appelées dans le texte, du tableau financier (« Financeur », ligne « Total ») et du tableau de
  signatures en dernier tableau ;
- VTT : en-tête WEBVTT, blocs séparés par une ligne vide, blocs NOTE ignorés (au moins trois), repères numérotés
  « hh:mm:ss.mmm --> hh:mm:ss.mmm » croissants ; chaque repère commence par « Prénom Nom: » (noms du catalogue,
  quatre voix) ; durée de 24 à 26 minutes ; au moins 30 % des repères commencent par une minuscule (coupure en
  milieu de phrase) ; question du chat lue (« dans la conversation ») ; une unité = un repère joint au texte du
  repère suivant (sans son étiquette), clé = début du repère en secondes ;
- HTML : BeautifulSoup ; contrôle du bandeau cookies, du fil d'Ariane, d'au moins quatre <details><summary>, d'un
  <dl> d'au moins six termes, de la barre latérale « À lire aussi » avec au moins trois <time datetime> ; texte
  visible (sans script / style / head) = une unité ;
- CSV : octets décodés en Windows-1252 (échec attendu en UTF-8, pas de BOM), CRLF, module csv « ; » ; ligne de
  titre, en-tête « Mois », douze lignes de mois, ligne « Total » recalculée (sommes, délai = moyenne des mois avec
  séance, part QPV = passages QPV / passages), virgule décimale ; une unité par ligne ;
- TXT (Google Meet) : titre « … - Transcription », rubriques « Participants » et « Transcription », horodatages
  « hh:mm:ss » seuls sur leur ligne, croissants, espacés de 2 à 5 minutes, dernier entre 15 et 25 minutes ; tours
  « Prénom Nom: » (noms du catalogue) ; une unité par tour, clé = horodatage de la section ;
- PDF diaporama (kind = slides) : pypdf, paysage, 14 à 18 pages, numéro de diapositive seul en bas à droite (relevé
  des positions avec visitor_text), un titre par page, deux tableaux, une page de chiffres clés (au moins cinq
  grands nombres) ; une unité par page ;
- PDF rapport (kind = report) : pypdf, 6 à 8 pages, « n / N » sur chaque page, « L'essentiel » en page 1, figures
  numérotées 1..n (n ≥ 4) avec légende, notes de bas de page numérotées (au moins quatre), bibliographie ; une unité
  par page.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = une transcription (.vtt : début du repère qui contient la première
alternative du premier groupe, à 30 s près ; .txt Meet : à l'intérieur de la section horodatée qui la contient, à
30 s près) ; interdit ailleurs (et pour doc = « * »).

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions F     (contrôle d'un autre fichier de questions, p. ex. le brouillon)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
"""
import csv
import io
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
EXPECTED_EXTS = sorted([".docx", ".vtt", ".html", ".pdf", ".txt", ".csv", ".pdf"])
TRANSCRIPT_EXTS = (".vtt", ".txt")
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n48"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2020", "nancy", "appartements de coordination", "act", "masp",
          "mesure d'accompagnement social personnalise", "salaire", "remuneration", "premier trimestre 2026",
          "t1 2026", "permis de louer"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def hms(s):
    h, m, sec = s.split(":")
    return int(h) * 3600 + int(m) * 60 + float(sec)


# ---------------------------------------------------------------- lecteurs : liste d'unités (clé, texte)
WN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _wtext(el):
    out = []
    for n in el.iter():
        if n.tag == WN + "t":
            out.append(n.text or "")
        elif n.tag in (WN + "tab", WN + "br"):
            out.append(" ")
    return "".join(out)


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        doc = ET.fromstring(z.read("word/document.xml"))
        assert "word/footnotes.xml" in names, "partie word/footnotes.xml absente"
        fns = ET.fromstring(z.read("word/footnotes.xml"))
        hf = [ET.fromstring(z.read(n)) for n in names if re.match(r"word/(header|footer)\d*\.xml$", n)]
    body = doc.find(WN + "body")
    units, heads = [], []
    tables = []
    for i, el in enumerate(body):
        if el.tag == WN + "p":
            t = _wtext(el)
            st = el.find("%spPr/%spStyle" % (WN, WN))
            if st is not None and st.get(WN + "val", "").startswith("Heading1"):
                heads.append(t)
            if t.strip():
                units.append(("p%d" % i, t))
        elif el.tag == WN + "tbl":
            rows = []
            for r_i, tr in enumerate(el.findall(WN + "tr")):
                cells = [_wtext(tc) for tc in tr.findall(WN + "tc")]
                rows.append(cells)
                units.append(("t%d.%d" % (i, r_i), " ".join(cells)))
            tables.append(rows)
    arts = [h for h in heads if re.match(r"Article \d+ — ", h)]
    nums = [int(re.match(r"Article (\d+)", h).group(1)) for h in arts]
    assert len(nums) >= 10 and nums == list(range(1, len(nums) + 1)), "articles numérotés en titres : %s" % nums
    notes = [f for f in fns.findall(WN + "footnote") if int(f.get(WN + "id")) > 0]
    assert len(notes) >= 4, "au moins quatre notes de bas de page attendues"
    refs = {r.get(WN + "id") for r in doc.iter(WN + "footnoteReference")}
    assert {f.get(WN + "id") for f in notes} <= refs, "note sans appel dans le texte"
    for f in notes:
        units.append(("note%s" % f.get(WN + "id"), _wtext(f)))
    fin = [t for t in tables if t and t[0] and t[0][0].startswith("Financeur")]
    assert fin and fin[0][-1][0].strip() == "Total", "tableau financier avec ligne Total absent"
    assert tables[-1][0][-1].strip() == "Signature", "le dernier tableau doit être le tableau de signatures"
    for k, h in enumerate(hf):
        t = _wtext(h)
        if t.strip():
            units.append(("hf%d" % k, t))
    return units


VTT_TIME = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})$")
VTT_LABEL = re.compile(r"^([A-ZÀ-Ý][\w'À-ÿ-]+(?: [A-ZÀ-Ý][\w'À-ÿ-]+)+): (.+)$")


def parse_vtt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert raw.startswith("WEBVTT\n"), "en-tête WEBVTT absent"
    blocks = raw.strip().split("\n\n")[1:]
    cues, notes = [], 0
    for b in blocks:
        lines = b.split("\n")
        if lines[0].startswith("NOTE"):
            notes += 1
            continue
        assert re.match(r"^\d+$", lines[0]), "identifiant de repère attendu : %r" % lines[0]
        m = VTT_TIME.match(lines[1])
        assert m, "horodatage VTT invalide : %r" % lines[1]
        start, end = hms(m.group(1)), hms(m.group(2))
        assert end > start and (not cues or start >= cues[-1][1]), "repères non croissants au %s" % lines[0]
        assert int(lines[0]) == len(cues) + 1, "numérotation des repères"
        cues.append((start, end, " ".join(lines[2:])))
    return cues, notes


def read_vtt(path, speakers=()):
    cues, notes = parse_vtt(path)
    assert notes >= 3, "au moins trois blocs NOTE attendus"
    assert 1440 <= cues[-1][1] <= 1560, "durée hors de 24 à 26 minutes (%.0f s)" % cues[-1][1]
    labels, bodies = [], []
    for s, e, t in cues:
        m = VTT_LABEL.match(t)
        assert m, "repère sans « Prénom Nom: » : %r" % t[:60]
        labels.append(m.group(1))
        bodies.append(m.group(2))
    assert set(labels) == set(speakers) and len(set(labels)) == 4, "quatre voix du catalogue attendues"
    lower = sum(1 for b in bodies if b[0].islower())
    assert lower >= 0.3 * len(bodies), "repères coupés en milieu de phrase attendus"
    assert any("dans la conversation" in b for b in bodies), "question du chat absente"
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = bodies[i + 1] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    assert soup.select_one("#cookie-banner"), "bandeau cookies absent"
    bc = soup.select_one("nav.breadcrumb") or soup.find("nav", attrs={"aria-label": "Fil d'Ariane"})
    assert bc and len(bc.find_all("li")) >= 3, "fil d'Ariane absent"
    assert len(soup.select("details > summary")) >= 4, "accordéon <details><summary> attendu"
    assert len(soup.select("dl dt")) >= 6, "liste de définitions <dl> attendue"
    aside = soup.find("aside")
    assert aside and "À lire aussi" in aside.get_text() and len(aside.select("time[datetime]")) >= 3, \
        "barre latérale « À lire aussi » datée absente"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


def _num(s):
    return float(s.replace(",", ".")) if s else 0.0


def read_csv(path):
    with open(path, "rb") as f:
        data = f.read()
    assert not data.startswith(b"\xef\xbb\xbf"), "BOM inattendu (Windows-1252 attendu)"
    try:
        data.decode("utf-8")
        raise AssertionError("le CSV se décode en UTF-8 : Windows-1252 attendu")
    except UnicodeDecodeError:
        pass
    raw = data.decode("cp1252")
    assert "\r\n" in raw and "\n" not in raw.replace("\r\n", ""), "fins de ligne CRLF attendues"
    rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter=";"))
    assert rows[0][0].startswith("Commission des situations complexes") and not any(rows[0][1:]), "ligne de titre"
    hi = [i for i, r in enumerate(rows) if r and r[0] == "Mois"]
    assert hi, "en-tête « Mois » absent"
    hdr = rows[hi[0]]
    width = len(hdr)
    assert all(len(r) == width for r in rows if r), "nombre de champs variable"
    months = [r for r in rows if re.match(r"^[a-zéû]+ 2025$", r[0])]
    total = [r for r in rows if r and r[0] == "Total"]
    assert len(months) == 12 and len(total) == 1, "douze mois et une ligne Total attendus"
    assert re.search(r";\d+,\d;", raw), "virgule décimale absente"
    col = {h: j for j, h in enumerate(hdr)}
    for j, h in enumerate(hdr):
        if j < 2:
            continue
        vals = [r[j] for r in months]
        if h.startswith("Délai"):
            v = [_num(x) for x in vals if x]
            exp = sum(v) / len(v)
        elif h.startswith("Part QPV"):
            jq, jp = col["dont résidents QPV"], col["Situations examinées (passages)"]
            exp = 100.0 * sum(_num(r[jq]) for r in months) / sum(_num(r[jp]) for r in months)
        else:
            exp = sum(_num(x) for x in vals)
        assert abs(_num(total[0][j]) - exp) < 0.051, "total faux pour %s" % h
    issues = [j for j, h in enumerate(hdr) if h.startswith("Issue")]
    for r in months:
        assert sum(_num(r[j]) for j in issues) == _num(r[col["Situations examinées (passages)"]]), \
            "issues ≠ passages pour %s" % r[0]
    return [("ligne %d" % i, " ".join(c for c in r if c)) for i, r in enumerate(rows, 1)]


MEET_STAMP = re.compile(r"^(\d\d):(\d\d):(\d\d)$")
MEET_TURN = re.compile(r"^([A-ZÀ-Ý][\w'À-ÿ-]+(?: [A-ZÀ-Ý][\w'À-ÿ-]+)+): (.+)$")


def parse_meet(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0].endswith("- Transcription"), "titre « … - Transcription » attendu"
    assert "Participants" in lines[:5] and "Transcription" in lines, "rubriques Participants / Transcription"
    start = lines.index("Transcription")
    stamps, turns, cur = [], [], None
    for ln in lines[start + 1:]:
        if not ln.strip():
            continue
        m = MEET_STAMP.match(ln)
        if m:
            cur = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
            stamps.append(cur)
            continue
        t = MEET_TURN.match(ln)
        if t:
            assert cur is not None, "tour de parole avant le premier horodatage"
            turns.append((cur, t.group(1), ln))
        else:
            assert ln == "Fin de la transcription", "ligne inattendue : %r" % ln[:60]
    return stamps, turns


def read_meet(path, speakers=()):
    stamps, turns = parse_meet(path)
    assert len(stamps) >= 5 and stamps[0] == 0, "horodatages seuls attendus"
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    assert all(120 <= g <= 300 for g in gaps), "horodatages espacés de 2 à 5 minutes attendus : %s" % gaps
    assert 900 <= stamps[-1] <= 1500, "durée hors de 15 à 25 minutes"
    assert {w for _, w, _ in turns} <= set(speakers) and len({w for _, w, _ in turns}) >= 5, "voix du catalogue"
    return [(s, t) for s, _, t in turns]


def meet_sections(path):
    stamps, _ = parse_meet(path)
    return stamps


def read_pdf_slides(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert 14 <= n <= 18, "14 à 18 diapositives attendues (%d)" % n
    units, bigs = [], 0
    tables = 0
    for i, p in enumerate(r.pages, 1):
        wd, ht = float(p.mediabox.width), float(p.mediabox.height)
        assert wd > ht, "page %d non paysage" % i
        pos = []

        def vis(text, cm, tm, fd, fs, pos=pos):
            if text.strip():
                pos.append((text.strip(), tm[4], tm[5]))
        t = p.extract_text(visitor_text=vis) or ""
        assert any(s == str(i) and x > 0.85 * wd and y < 0.1 * ht for s, x, y in pos), \
            "numéro %d absent en bas à droite" % i
        lines = [ln.strip() for ln in t.split("\n") if ln.strip()]
        assert lines and len(lines[0]) < 90 and lines[0] != str(i), "titre absent page %d" % i
        big = [ln for ln in lines if re.match(r"^\d[\d ,]*( %| j)?$", ln) and ln != str(i)]
        if len(big) >= 5 and i > 2 and not any(ln in ("2024", "2025") for ln in lines[:8]):
            bigs += 1
        if re.search(r"^(Quartier|Origine de la saisine)$", t, re.M):
            tables += 1
        units.append((i, t))
    assert bigs >= 1, "diapositive de chiffres clés absente"
    assert tables == 2, "deux tableaux attendus"
    return units


def read_pdf_report(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert 6 <= n <= 8, "6 à 8 pages attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert re.search(r"(^|\n)%d / %d(\n|$)" % (i, n), t), "« %d / %d » absent" % (i, n)
        units.append((i, t))
    assert "L'essentiel" in units[0][1], "encadré « L'essentiel » absent en page 1"
    alltext = "\n".join(t for _, t in units)
    figs = [int(x) for x in re.findall(r"^Figure (\d+) — ", alltext, re.M)]
    assert len(figs) >= 4 and figs == list(range(1, len(figs) + 1)), "figures numérotées : %s" % figs
    notes = re.findall(r"^(\d) [A-ZÉ]", alltext, re.M)
    assert len(set(notes)) >= 4, "notes de bas de page absentes"
    assert "Bibliographie" in alltext and re.search(r"^\s*\[1\] ", alltext, re.M), "bibliographie absente"
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
        if ext == ".pdf":
            units = read_pdf_slides(path) if entry.get("kind") == "slides" else read_pdf_report(path)
        elif ext == ".vtt":
            units = read_vtt(path, entry.get("speakers", ()))
        elif ext == ".txt":
            units = read_meet(path, entry.get("speakers", ()))
        elif ext in (".docx", ".html", ".csv"):
            units = {".docx": read_docx, ".html": read_html, ".csv": read_csv}[ext](path)
        else:
            continue
        docs[stem] = {"file": fn, "ext": ext, "path": path, "units": [(k, norm(t)) for k, t in units]}
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
    pdf_kinds = sorted(e.get("kind") for fn, e in cat.items() if fn.endswith(".pdf"))
    if pdf_kinds != ["report", "slides"]:
        errors.append("catalogue : les deux PDF doivent être typés slides (diaporama) et report (rapport)")
    tk = sorted(e.get("kind") for fn, e in cat.items() if fn.endswith(TRANSCRIPT_EXTS))
    if tk != ["transcript", "transcript"]:
        errors.append("catalogue : le .vtt et le .txt doivent être typés transcript")


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    if ext in TRANSCRIPT_EXTS:
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur une transcription" % qid)
            return
        first = norm(q["evidence"][0][0])
        starts = [k for k, t in docs[doc]["units"] if contains(t, first)]
        if not starts:
            errors.append("%s : première preuve absente de la transcription" % qid)
            return
        if ext == ".vtt":
            ok = min(abs(q["at"] - s) for s in starts) <= AT_TOLERANCE
        else:
            stamps = meet_sections(docs[doc]["path"]) + [10 ** 9]
            ok = any(s - AT_TOLERANCE <= q["at"] <= stamps[stamps.index(s) + 1] + AT_TOLERANCE for s in starts)
        if not ok:
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
        if not isinstance(q.get("question"), str) or len(q.get("question", "")) < 10:
            errors.append("%s : question vide ou trop courte" % qid)
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
            if not isinstance(group, list) or not 1 <= len(group) <= 3:
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
        print("questions.jsonl absent : seuls le corpus et le catalogue ont été contrôlés.")
        for e in errors:
            print("  -", e)
        return 1 if errors else 0
    qs, per_doc = check_questions(docs, errors)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    vtt = [d["path"] for d in docs.values() if d["ext"] == ".vtt"]
    cues, _ = parse_vtt(vtt[0])
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
