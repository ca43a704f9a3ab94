# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs44.

Lecteurs indépendants des générateurs (un par type de fichier du lot ; aucune bibliothèque d'écriture n'est
utilisée pour relire) :
- ODT : archive zip lue à la main ; content.xml, tous les <text:p> et <text:h> (y compris cellules de tableaux,
  zone de texte de l'encadré et notes de bas de page, relues comme paragraphes à part), le texte d'un paragraphe
  n'incluant pas les notes ni les cadres qu'il porte ; <text:s>, <text:tab>, <text:line-break> = espace ; en-tête
  et pied de page lus dans styles.xml ; une unité ; contrôle des titres de niveaux 1 et 2, du tableau par site et
  par année (colonnes 2023 / 2024 / 2025, ligne Total égale à la somme des sites), de l'encadré
  « Recommandation prioritaire », d'au moins quatre notes de bas de page et du champ numéro de page ;
- SRT : blocs séparés par une ligne vide (numéro, « HH:MM:SS,mmm --> HH:MM:SS,mmm », une ou deux lignes) ; une
  unité = un repère joint au repère suivant (une preuve peut chevaucher une coupure), clé = début du premier
  repère ; contrôle de la numérotation, de la durée (18 à 22 minutes), du nombre de repères (150 et plus), des
  étiquettes « NOM : » (trois personnes du catalogue, seulement aux changements de voix : jamais deux fois de
  suite la même), des repères coupés au milieu d'une phrase et de la pause musicale (60 s et plus) ;
- PDF diaporama (.pdf) : pypdf, une unité par page ; contrôle du format paysage, de 14 pages, du pied
  « n / 14 » et de la date sur chaque page, des valeurs imprimées des deux histogrammes ;
- ODP : archive zip lue à la main ; une unité par diapositive (« diapo n », texte des cadres et des tableaux)
  et une unité par page de notes (« notes n ») ; contrôle du type MIME, de 11 diapositives, du pied « n / 11 »,
  d'au moins trois tableaux et d'au moins huit pages de notes non vides ;
- CSV : module csv (séparateur « ; », BOM et CRLF exigés) ; une unité par ligne (« ligne n »), cellules non vides
  jointes par une espace ; contrôle de la ligne de titre, de l'en-tête, de la virgule décimale et de la ligne
  « Total » recalculée (répondants sommés, pourcentages pondérés par les répondants, à 0,1 point près) ;
- HTML : BeautifulSoup ; contrôle des balises og:title / og:description / og:image / og:url / og:type, de la
  figure avec légende, de la barre latérale d'articles liés datés ; texte visible (sans script / style / head),
  une unité ;
- TXT : une unité par paragraphe (blocs séparés par des lignes vides ou faites seulement de « > ») ; contrôle des
  72 colonnes, des en-têtes, des lignes citées « > », d'au moins quatre lignes d'attribution « a écrit : » et
  d'au moins quatre séparateurs de signature « -- » (éventuellement cités).
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .srt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour la transcription) ; questions (identifiants n44-01 à
n44-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque
alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans
réponse absents de tous les documents.

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions F     (contrôle avec un autre fichier de questions, p. ex. le brouillon)
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
EXPECTED_EXTS = sorted([".odt", ".srt", ".pdf", ".csv", ".html", ".txt", ".odp"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n44"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2021", "gondrecourt", "realite virtuelle", "dac", "dispositif d'appui a la coordination",
          "abonnement", "pedopsychiatrie", "pedopsychiatre", "3114", "cmp enfants", "college de vauclerc"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- espaces de noms ODF
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DR = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ST = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
PR = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
OF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _odf_inline(el):
    """Texte d'un paragraphe ODF sans les notes ni les cadres qu'il porte."""
    out = [el.text or ""]
    for ch in el:
        if ch.tag == TX + "s":
            out.append(" " * int(ch.get(TX + "c", "1")))
        elif ch.tag in (TX + "tab", TX + "line-break"):
            out.append(" ")
        elif ch.tag in (TX + "note", DR + "frame"):
            pass
        else:
            out.append(_odf_inline(ch))
        out.append(ch.tail or "")
    return "".join(out)


def _cell_text(cell):
    return " ".join(_odf_inline(p) for p in cell.iter(TX + "p"))


# ---------------------------------------------------------------- lecteurs : liste d'unités (clé, texte)
def read_odt(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text", "type MIME ODT"
        root = ET.fromstring(z.read("content.xml"))
        styles = ET.fromstring(z.read("styles.xml"))
    paras = [_odf_inline(p) for p in root.iter() if p.tag in (TX + "p", TX + "h")]
    levels = {h.get(TX + "outline-level") for h in root.iter(TX + "h")}
    assert {"1", "2"} <= levels, "titres de niveaux 1 et 2 attendus"
    tables = root.findall(".//" + TB + "table")
    found = False
    for t in tables:
        rows = [[_cell_text(c) for c in r.findall(TB + "table-cell")] for r in t.iter(TB + "table-row")]
        if rows and rows[0][1:4] == ["2023", "2024", "2025"]:
            found = True
            total = [r for r in rows if r[0] == "Total"]
            sites = [r for r in rows[1:] if r[0] != "Total"]
            assert len(total) == 1 and len(sites) >= 3, "ligne Total du tableau par site"
            for j in (1, 2, 3):
                s = sum(int(r[j].replace(" ", "")) for r in sites if r[j].replace(" ", "").isdigit())
                assert s == int(total[0][j].replace(" ", "")), "total faux colonne %s" % rows[0][j]
    assert found, "tableau des téléconsultations par site et par année absent"
    boxes = root.findall(".//" + DR + "text-box")
    assert any("Recommandation prioritaire" in " ".join(_odf_inline(p) for p in b.iter(TX + "p")) for b in boxes), \
        "encadré « Recommandation prioritaire » absent"
    notes = root.findall(".//" + TX + "note")
    assert len(notes) >= 4 and all(n.get(TX + "note-class") == "footnote" for n in notes), "notes de bas de page"
    hf = []
    for mp in styles.iter(ST + "master-page"):
        for part in mp:
            hf += [_odf_inline(p) for p in part.iter(TX + "p")]
    assert styles.find(".//" + TX + "page-number") is not None, "champ numéro de page absent"
    assert any(h.strip() for h in hf), "en-tête / pied de page vides"
    return [(0, "\n".join(paras + hf))]


SRT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$")
LABEL = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' -]+) : ")


def parse_srt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert not raw.startswith("\ufeff") and "\r" not in raw, "SRT : BOM ou CR inattendus"
    cues = []
    for n, b in enumerate(raw.strip().split("\n\n"), 1):
        lines = b.split("\n")
        assert lines[0] == str(n), "numéro de repère %d attendu, lu %r" % (n, lines[0])
        m = SRT_TIME.match(lines[1])
        assert m, "horodatage SRT invalide au repère %d : %r" % (n, lines[1])
        assert 1 <= len(lines) - 2 <= 2, "repère %d : une ou deux lignes de texte attendues" % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start, "repère %d de durée nulle" % n
        assert not cues or start >= cues[-1][1], "repères qui se chevauchent au %d" % n
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def read_srt(path, speakers=()):
    cues = parse_srt(path)
    assert len(cues) >= 150, "au moins 150 repères attendus (%d)" % len(cues)
    assert 1080 <= cues[-1][1] <= 1320, "durée hors de 18 à 22 minutes (%.0f s)" % cues[-1][1]
    allowed = {s.upper() for s in speakers}
    seq = [LABEL.match(t).group(1) if LABEL.match(t) else "[" for _, _, t in cues
           if LABEL.match(t) or t.startswith("[")]
    labels = [x for x in seq if x != "["]
    assert set(labels) == allowed and len(allowed) == 3, "trois personnes nommées attendues : %s" % set(labels)
    assert all(a != b for a, b in zip(seq, seq[1:]) if a != "["), "étiquette répétée sans changement de voix"
    assert len(labels) >= 30, "changements de voix trop peu nombreux"
    cut = [t for _, _, t in cues if not t.startswith("[") and not re.search(r"[.?!»]$", t)]
    assert len(cut) >= 40, "repères coupés au milieu des phrases attendus"
    assert any(t.startswith("[") and e - s >= 60 for s, e, t in cues), "pause musicale absente"
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = cues[i + 1][2] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


def read_pdf_slides(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert n == 14, "14 diapositives attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        box = p.mediabox
        assert float(box.width) > float(box.height), "page %d non paysage" % i
        t = p.extract_text() or ""
        lines = [ln.strip() for ln in t.split("\n")]
        assert "%d / %d" % (i, n) in lines, "numéro %d / %d absent" % (i, n)
        assert "12 février 2026" in t, "date absente du pied de la page %d" % i
        units.append((i, t))
    alltext = "\n".join(t for _, t in units)
    assert len(re.findall(r"^\d+,\d %$", alltext, re.M)) >= 5, "valeurs de l'histogramme d'accès internet"
    assert all(re.search(r"^%s$" % v, units[5][1], re.M) for v in ("212", "486", "731")), "histogramme annuel"
    return units


def read_odp(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.presentation", "type MIME ODP"
        root = ET.fromstring(z.read("content.xml"))
    pages = root.findall(".//" + DR + "page")
    assert len(pages) == 11, "11 diapositives attendues (%d)" % len(pages)
    units, n_notes, n_tables = [], 0, 0
    for i, pg in enumerate(pages, 1):
        notes = pg.find(PR + "notes")
        slide_paras, note_paras = [], []
        for fr in pg.findall(DR + "frame"):
            slide_paras += [_odf_inline(p) for p in fr.iter(TX + "p")]
            n_tables += len(fr.findall(TB + "table"))
        if notes is not None:
            note_paras = [_odf_inline(p) for p in notes.iter(TX + "p")]
        assert "%d / 11" % i in " ".join(slide_paras), "pied « %d / 11 » absent" % i
        units.append(("diapo %d" % i, "\n".join(slide_paras)))
        if any(x.strip() for x in note_paras):
            n_notes += 1
            units.append(("notes %d" % i, "\n".join(note_paras)))
    assert n_tables >= 3, "au moins trois tableaux attendus"
    assert n_notes >= 8, "au moins huit pages de notes attendues (%d)" % n_notes
    return units


def _num(s):
    return float(s.replace(",", ".")) if s else 0.0


def read_csv(path):
    with open(path, "rb") as f:
        b = f.read()
    assert b.startswith(b"\xef\xbb\xbf") and b"\r\n" in b, "BOM UTF-8 et CRLF attendus"
    raw = b.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter=";"))
    assert rows[0][0].startswith("Enquête") and not any(rows[0][1:]), "ligne de titre"
    hdr = rows[1]
    assert hdr[0] == "Secteur" and hdr[1] == "Répondants", "en-tête"
    assert re.search(r";\d+,\d;", raw), "virgule décimale absente"
    data = [r for r in rows[2:] if r and r[0] and r[1].isdigit() and r[0] != "Total"]
    total = [r for r in rows if r and r[0] == "Total"]
    assert len(data) >= 4 and len(total) == 1, "secteurs et ligne Total attendus"
    tn = sum(int(r[1]) for r in data)
    assert int(total[0][1]) == tn, "total des répondants faux"
    for j in range(2, len(hdr)):
        w = sum(_num(r[j]) * int(r[1]) for r in data) / tn
        assert abs(_num(total[0][j]) - w) <= 0.1, "total pondéré faux pour %s" % hdr[j]
    return [("ligne %d" % i, " ".join(c for c in r if c)) for i, r in enumerate(rows, 1)]


def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    for prop in ("og:title", "og:description", "og:image", "og:url", "og:type"):
        assert soup.find("meta", attrs={"property": prop}), "balise %s absente" % prop
    assert soup.select_one("figure img") and soup.select_one("figure figcaption"), "figure avec légende absente"
    aside = soup.select_one("aside")
    assert aside and len(aside.select("a")) >= 3 and len(aside.select("time[datetime]")) >= 3, "articles liés"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


def read_txt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    assert all(len(ln) <= 72 for ln in lines), "ligne de plus de 72 colonnes"
    assert lines[0].startswith("From: ") and any(ln.startswith("Subject: ") for ln in lines[:10]), "en-têtes"
    assert any(ln.startswith("Date: ") for ln in lines[:10]), "en-tête Date absent"
    assert sum(1 for ln in lines if ln.startswith(">")) >= 30, "lignes citées « > » attendues"
    assert sum(1 for ln in lines if ln.rstrip().endswith("a écrit :")) >= 4, "lignes d'attribution"
    assert sum(1 for ln in lines if re.match(r"^(> ?)*-- $", ln)) >= 4, "séparateurs de signature « -- »"
    units, cur = [], []
    for ln in lines:
        if re.match(r"^[> ]*$", ln):
            if cur:
                units.append((len(units) + 1, "\n".join(cur)))
            cur = []
        else:
            cur.append(re.sub(r"^(> ?)+", "", ln))
    if cur:
        units.append((len(units) + 1, "\n".join(cur)))
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
        if ext == ".srt":
            units = read_srt(path, entry.get("speakers", ()))
        elif ext in (".odt", ".pdf", ".odp", ".csv", ".html", ".txt"):
            units = {".odt": read_odt, ".pdf": read_pdf_slides, ".odp": read_odp, ".csv": read_csv,
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
        if e.get("kind") == "transcript" and not (e.get("speakers") and e.get("replay")):
            errors.append("catalogue : transcription sans speakers ou replay : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    want = {".srt": "transcript", ".pdf": "slides", ".odp": "slides", ".odt": "report", ".html": "webpage",
            ".csv": "document", ".txt": "document"}
    for fn, e in cat.items():
        ext = os.path.splitext(fn)[1]
        if ext in want and e.get("kind") != want[ext]:
            errors.append("catalogue : %s devrait être typé %s" % (fn, want[ext]))


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
    if len({q.get("question") for q in qs}) != len(qs):
        errors.append("questions : intitulés en double")
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
    srt = [os.path.join(CORPUS, d["file"]) for d in docs.values() if d["ext"] == ".srt"]
    cues = parse_srt(srt[0])
    print("\nquestions lues dans :", os.path.relpath(QUESTIONS, ROOT))
    print("documents :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:52]: v for k, v in per_doc.items()})
    print("questions « * » :", sum(1 for q in qs if q.get("doc") == "*"))
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
