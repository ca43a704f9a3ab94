# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs38.

Lecteurs indépendants des générateurs (aucune bibliothèque d'écriture n'est utilisée pour relire) :
- ODP : archive zip lue à la main ; content.xml ; une unité par diapositive (texte des cadres, y compris les
  cellules du tableau) et une unité à part pour ses notes de l'orateur (presentation:notes) ; contrôle du type
  MIME, de 14 diapositives, du numéro « n/14 » écrit dans un cadre de chaque diapositive, de notes sur au moins
  dix diapositives, d'un table:table et d'une diapositive à deux colonnes « Avant » / « Après » ;
- SRT : blocs numérotés séparés par une ligne vide, « hh:mm:ss,mmm --> hh:mm:ss,mmm », une ou deux lignes de
  42 caractères au plus ; une unité = un repère joint au repère suivant (une preuve peut chevaucher une coupure),
  clé = début du repère ; contrôle de la numérotation, des chevauchements, de la durée (24 à 26 minutes), des
  étiquettes « - NOM : » (trois voix, JOURNALISTE et les noms du catalogue, seulement aux changements de tour),
  des repères coupés au milieu d'une phrase et de chiffres dits en lettres ;
- PDF lettre (kind = document) : pypdf, une unité par page ; contrôle de 3 pages, du pied « n / 3 », du panneau
  de quatre chiffres clés en page 1, de la légende de photo, de la citation et de l'agenda ;
- PDF rapport (kind = report) : pypdf, une unité par page ; contrôle de 5 pages, de « page n / 5 », de l'encadré
  méthodologique en page 1, des valeurs imprimées des graphiques, d'une ligne « Ensemble », d'une note de bas de
  page et de l'annexe glossaire ;
- ODS : archive zip lue à la main ; content.xml ; colonnes et lignes répétées développées ; une unité par ligne
  (« feuille ligne n », cellules non vides jointes par une espace) ; contrôle des feuilles « 2024 » et « 2025 »,
  des trois lignes de titre, de la ligne vide et de l'en-tête, des cellules date (valeur ISO = texte jj/mm/aaaa),
  des sous-totaux et totaux recalculés à partir des lignes de séance ;
- TXT : une unité par bloc séparé par une ligne vide ; contrôle des 72 colonnes, des en-têtes, des rubriques
  soulignées, de la liste numérotée à retrait suspendu, du séparateur « -- » et du message transféré ;
- HTML : BeautifulSoup ; texte visible (sans script / style / head), une unité ; contrôle des <time datetime>,
  de l'aside « À lire aussi », de figure / figcaption, de l'iframe vidéo en .example et des commentaires.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .srt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour la transcription) ; questions (identifiants n38-01 à
n38-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque
alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans
réponse absents de tous les documents.

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions F    (contrôle avec un autre fichier de questions, p. ex. le brouillon)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
"""
import datetime as dt
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
EXPECTED_EXTS = sorted([".odp", ".srt", ".pdf", ".pdf", ".ods", ".txt", ".html"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n38"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2022", "dolmont", "sism", "semaines d'information sur la santé mentale", "ajpa", "congé de proche aidant",
          "congé proche aidant", "allocation journalière", "thérapie familiale", "systémique", "2027", "autisme",
          "autiste", "autistes", "tsa"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- lecteurs : renvoient une liste d'unités (clé, texte)
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
}
TX = "{%s}" % NS["text"]
DR = "{%s}" % NS["draw"]
TB = "{%s}" % NS["table"]
PR = "{%s}" % NS["presentation"]
OF = "{%s}" % NS["office"]


def _inline(el):
    out = [el.text or ""]
    for ch in el:
        if ch.tag == TX + "s":
            out.append(" " * int(ch.get(TX + "c", "1")))
        elif ch.tag in (TX + "tab", TX + "line-break"):
            out.append(" ")
        else:
            out.append(_inline(ch))
        out.append(ch.tail or "")
    return "".join(out)


def _paras(el):
    return [_inline(p) for p in el.iter() if p.tag in (TX + "p", TX + "h")]


def read_odp(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.presentation", "type MIME ODP"
        root = ET.fromstring(z.read("content.xml"))
    pages = root.findall(".//" + DR + "page")
    n = len(pages)
    assert n == 14, "14 diapositives attendues (%d)" % n
    units, with_notes, tables, two_cols = [], 0, 0, False
    for i, pg in enumerate(pages, 1):
        frames = [f for f in pg.findall(DR + "frame")]
        frame_texts = [" ".join(_paras(f)) for f in frames]
        assert any(t.strip() == "%d/%d" % (i, n) for t in frame_texts), "numéro %d/%d absent" % (i, n)
        tables += len(pg.findall(".//" + TB + "table"))
        if "Avant" in [t.strip() for t in frame_texts] and "Après" in [t.strip() for t in frame_texts]:
            two_cols = True
        units.append(("diapo %d" % i, "\n".join(frame_texts)))
        notes = pg.find(PR + "notes")
        if notes is not None:
            nt = "\n".join(_paras(notes)).strip()
            if nt:
                with_notes += 1
                units.append(("notes %d" % i, nt))
    assert with_notes >= 10, "notes de l'orateur sur au moins dix diapositives (%d)" % with_notes
    assert tables >= 1, "tableau absent"
    assert two_cols, "diapositive à deux colonnes Avant / Après absente"
    return units


SRT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$")
LABEL = re.compile(r"^- ([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' -]+) : ")
SPELLED = ["trente-huit", "cinquante-deux pour cent", "mille cent quarante-huit", "quatorze séances",
           "soixante euros"]


def parse_srt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert "\r" not in raw and not raw.startswith("\ufeff"), "SRT : fins de ligne ou BOM inattendus"
    cues = []
    for n, b in enumerate(raw.strip().split("\n\n"), 1):
        lines = b.split("\n")
        assert lines[0] == str(n), "numéro de repère %d attendu, lu %r" % (n, lines[0])
        m = SRT_TIME.match(lines[1])
        assert m, "horodatage SRT invalide au repère %d : %r" % (n, lines[1])
        assert 1 <= len(lines) - 2 <= 2, "repère %d : une ou deux lignes de texte attendues" % n
        assert all(len(ln) <= 42 for ln in lines[2:]), "repère %d : ligne de plus de 42 caractères" % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start, "repère %d de durée nulle" % n
        assert not cues or start >= cues[-1][1], "repères qui se chevauchent au %d" % n
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def read_srt(path, speakers=()):
    cues = parse_srt(path)
    assert len(cues) >= 200, "au moins 200 repères attendus (%d)" % len(cues)
    assert 1440 <= cues[-1][1] <= 1560, "durée hors de 24 à 26 minutes (%.0f s)" % cues[-1][1]
    seq = [LABEL.match(t).group(1) if LABEL.match(t) else ("#" if t.startswith("[") else None) for _, _, t in cues]
    labels = [x for x in seq if x and x != "#"]
    turns = [x for x in seq if x]  # « # » = jingle ou musique : la voix suivante est de nouveau annoncée
    allowed = {"JOURNALISTE"} | {s.upper() for s in speakers if s.upper() != "LUCAS MERCIER"}
    assert set(labels) == allowed and len(allowed) == 3, "trois voix attendues : %s / %s" % (set(labels), allowed)
    assert all(a != b or a == "#" for a, b in zip(turns, turns[1:])), "étiquette répétée sans changement de tour"
    assert seq[1] not in (None, "#"), "le premier repère parlé doit porter une étiquette"
    spoken = [t for _, _, t in cues if not t.startswith("[")]
    cut = [t for t in spoken if not re.search(r"[.?!»]$", t)]
    assert len(cut) >= len(spoken) / 2, "repères coupés au milieu des phrases attendus"
    alltext = " ".join(t for _, _, t in cues)
    for w in SPELLED:
        assert w in alltext.lower(), "chiffre en lettres absent : %s" % w
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = cues[i + 1][2] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


def read_pdf_letter(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert n == 3, "3 pages attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert any(ln.strip() == "%d / %d" % (i, n) for ln in t.split("\n")), "pied %d / %d absent" % (i, n)
        units.append((i, t))
    p1 = units[0][1]
    for fig in ("27", "1 148", "11 sur 12", "198*"):
        assert any(ln.strip() == fig for ln in p1.split("\n")), "chiffre clé %r absent du panneau" % fig
    alltext = "\n".join(t for _, t in units)
    assert re.search(r"\[photo\]\s*\n\s*Le Café Boussole du", alltext), "légende de photo absente"
    assert "« Pendant des années" in alltext, "encadré citation absent"
    assert "\nAgenda\n" in alltext, "agenda absent"
    assert len(re.findall(r"^(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Du \w+) \d+ ", alltext, re.M)) >= 5, \
        "dates de l'agenda absentes"
    return units


def read_pdf_report(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert n == 5, "5 pages attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert "page %d / %d" % (i, n) in t, "« page %d / %d » absent" % (i, n)
        units.append((i, t))
    assert "Méthode en bref" in units[0][1], "encadré méthodologique absent en page 1"
    alltext = "\n".join(t for _, t in units)
    assert len(re.findall(r"^\s*\d+ h$", alltext, re.M)) >= 4, "valeurs imprimées du graphique en heures absentes"
    assert len(re.findall(r"^\d+ %$", alltext, re.M)) >= 10, "valeurs de pourcentage absentes"
    assert re.search(r"^Ensemble", alltext, re.M), "ligne Ensemble absente"
    assert re.search(r"^[12] \S", alltext, re.M), "note de bas de page absente"
    assert "Annexe — Glossaire" in units[-1][1], "annexe glossaire absente"
    return units


def _ods_rows(table):
    rows = []
    for tr in table.iter(TB + "table-row"):
        cells = []
        for tc in tr:
            if tc.tag not in (TB + "table-cell", TB + "covered-table-cell"):
                continue
            rep = int(tc.get(TB + "number-columns-repeated", "1"))
            txt = " ".join(_paras(tc))
            cells += [(txt, tc)] * min(rep, 50)
        rep_r = int(tr.get(TB + "number-rows-repeated", "1"))
        rows += [cells] * min(rep_r, 50)
    return rows


def _f(s):
    return float(s.replace(",", ".").replace("\u202f", "").replace(" ", ""))


def read_ods(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet", "type MIME ODS"
        root = ET.fromstring(z.read("content.xml"))
    tables = root.findall(".//" + TB + "table")
    assert [t.get(TB + "name") for t in tables] == ["2024", "2025"], "feuilles 2024 et 2025 attendues"
    units = []
    for t in tables:
        name = t.get(TB + "name")
        rows = _ods_rows(t)
        width = max(len(r) for r in rows)
        rows = [r + [("", None)] * (width - len(r)) for r in rows]
        texts = [[c for c, _ in r] for r in rows]
        for k in range(3):
            assert texts[k][0] and not any(texts[k][1:]), "%s : ligne de titre %d" % (name, k + 1)
        assert not any(texts[3]), "%s : ligne vide sous les titres attendue" % name
        hdr = texts[4]
        assert hdr[0] == "Groupe" and "Date" in hdr and "Personnes présentes" in hdr, "%s : en-tête" % name
        i_date = hdr.index("Date")
        i_num = [hdr.index(h) for h in ("Familles inscrites", "Familles présentes", "Personnes présentes")]
        sessions, groups = [], {}
        for r_i, r in enumerate(rows[5:], 6):
            txt = [c for c, _ in r]
            if not any(txt):
                continue
            if re.fullmatch(r"\d+", txt[1] or "") and txt[0] != "Hors cycle" and not txt[0].startswith(("Total",
                                                                                                       "Sous-total")):
                cell = r[i_date][1]
                assert cell.get(OF + "value-type") == "date", "%s ligne %d : cellule date attendue" % (name, r_i)
                iso = cell.get(OF + "date-value")
                assert dt.date.fromisoformat(iso).strftime("%d/%m/%Y") == txt[i_date], "date affichée ≠ valeur"
                vals = [_f(txt[j]) for j in i_num]
                sessions.append(vals)
                groups.setdefault(txt[0], []).append(vals)
            elif txt[0].startswith(("Total", "Sous-total")):
                label = txt[0]
                if label.startswith("Sous-total"):
                    src = groups[label.split()[-1]]
                else:
                    src = sessions
                got = [_f(txt[j]) for j in i_num]
                exp = [sum(v[k] for v in src) for k in range(3)]
                assert got == exp, "%s : %s faux (%s au lieu de %s)" % (name, label, got, exp)
                assert _f(txt[1]) == len(src), "%s : nombre de séances de %s" % (name, label)
        assert any(x[0].startswith("Total") for x in texts), "%s : ligne de total absente" % name
        for r_i, r in enumerate(texts, 1):
            if any(r):
                units.append(("%s ligne %d" % (name, r_i), " ".join(c for c in r if c)))
    return units


def read_txt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    assert all(len(ln) <= 72 for ln in lines), "ligne de plus de 72 colonnes"
    assert lines[0].startswith("From: ") and any(ln.startswith("Subject: ") for ln in lines[:8]), "en-têtes"
    assert "-- " in lines, "séparateur de signature « -- » absent"
    assert any("Message transféré" in ln for ln in lines), "message transféré absent"
    assert sum(1 for a, b in zip(lines, lines[1:]) if a and set(b) == {"-"} and len(a) == len(b)) >= 3, \
        "rubriques soulignées absentes"
    items = [i for i, ln in enumerate(lines) if re.match(r"\d\.  \S", ln)]
    assert len(items) >= 5 and all(lines[i + 1].startswith("    ") for i in items), "liste à retrait suspendu"
    blocks = re.split(r"\n\s*\n", raw)
    return [(i, b) for i, b in enumerate(blocks, 1)]


def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    art = soup.select_one("main > article")
    assert art and len(art.select("header time[datetime]")) >= 1, "<time datetime> de l'article absent"
    aside = soup.select_one("aside")
    assert aside and "À lire aussi" in aside.get_text() and len(aside.select("time[datetime]")) >= 3, "aside"
    assert soup.select_one("figure figcaption"), "figure / figcaption absente"
    ifr = soup.select_one("iframe[src]")
    assert ifr and re.match(r"^https://[a-z0-9.-]+\.example/", ifr["src"]), "iframe vidéo absente"
    assert len(soup.select("#commentaires article.commentaire time[datetime]")) >= 3, "commentaires absents"
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
        entry = cat.get(fn, {})
        if ext == ".pdf":
            units = read_pdf_report(path) if entry.get("kind") == "report" else read_pdf_letter(path)
        elif ext == ".srt":
            units = read_srt(path, entry.get("speakers", ()))
        elif ext in (".odp", ".ods", ".txt", ".html"):
            units = {".odp": read_odp, ".ods": read_ods, ".txt": read_txt, ".html": read_html}[ext](path)
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
        if e.get("kind") in ("slides", "transcript") and not e.get("event"):
            errors.append("catalogue : %s sans event" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    by_ext = {}
    for fn, e in cat.items():
        by_ext.setdefault(os.path.splitext(fn)[1], []).append(e.get("kind"))
    expected = {".pdf": ["document", "report"], ".srt": ["transcript"], ".odp": ["slides"], ".html": ["webpage"],
                ".ods": ["document"], ".txt": ["document"]}
    for ext, kinds in expected.items():
        if sorted(by_ext.get(ext, [])) != kinds:
            errors.append("catalogue : types %s attendus pour %s, lus %s" % (kinds, ext, by_ext.get(ext)))


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
        errors.append("questions : questions en double")
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
        for t in ABSENT:
            for s, d in docs.items():
                if any(contains(u, norm(t)) for _, u in d["units"]):
                    errors.append("ABSENT : %r figure dans %s" % (t, s))
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
