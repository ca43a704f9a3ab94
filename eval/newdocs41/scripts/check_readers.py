# -*- coding: utf-8 -*-
"""Lecteurs indépendants du corpus newdocs41 (voir la docstring de check.py), utilisés par check.py."""
import os
import re
import tomllib
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

import pypdf
from bs4 import BeautifulSoup

CORPUS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus")
CATALOG = os.path.join(CORPUS, "catalog.toml")


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


# ---------------------------------------------------------------- lecteurs : liste d'unités (clé, texte)
WN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _wtext(p):
    out = []
    for el in p.iter():
        if el.tag == WN + "t":
            out.append(el.text or "")
        elif el.tag in (WN + "tab", WN + "br"):
            out.append(" ")
    return "".join(out)


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        footers = [ET.fromstring(z.read(n)) for n in z.namelist() if re.match(r"word/footer\d*\.xml$", n)]
    body = root.find(WN + "body")
    styles = {s.get(WN + "val") for s in root.iter(WN + "pStyle")}
    assert {"Title", "Heading1", "Heading2"} <= styles, "styles Title / Heading1 / Heading2 attendus (%s)" % styles
    units, tables = [], 0
    for i, el in enumerate(body):
        if el.tag == WN + "p":
            units.append(("p%d" % i, _wtext(el)))
        elif el.tag == WN + "tbl":
            tables += 1
            for j, tr in enumerate(el.iter(WN + "tr"), 1):
                cells = [_wtext(tc) for tc in tr.iter(WN + "tc")]
                units.append(("tableau %d ligne %d" % (tables, j), " ".join(cells)))
    assert tables >= 3, "au moins trois tableaux attendus"
    assert any(k.startswith("tableau 1 ligne 1") and "2022" in t and "2025" in t for k, t in units), "tableau 2022-2025"
    framed = [p for p in root.iter(WN + "p") if p.find(WN + "pPr/" + WN + "pBdr") is not None]
    assert framed and re.search(r"\d", _wtext(framed[0])), "chiffre clé encadré absent"
    for f in footers:
        units += [("pied", _wtext(p)) for p in f.iter(WN + "p")]
    return units


VTT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")
VTT_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/\d+-\d+$")
VOICE = re.compile(r"^<v ([^>]+)>(.*)</v>$")


def parse_vtt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    blocks = raw.strip().split("\n\n")
    assert blocks[0].strip() == "WEBVTT", "en-tête WEBVTT absent"
    cues = []
    for n, b in enumerate(blocks[1:], 1):
        lines = b.split("\n")
        assert len(lines) == 3 and VTT_ID.match(lines[0]), "repère %d : identifiant Teams attendu" % n
        m = VTT_TIME.match(lines[1])
        assert m, "repère %d : horodatage invalide" % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start and (not cues or start >= cues[-1][1]), "repère %d : temps incohérents" % n
        v = VOICE.match(lines[2])
        assert v, "repère %d : balise <v> attendue" % n
        cues.append((start, end, v.group(1), v.group(2)))
    return cues


def read_vtt(path, speakers=()):
    cues = parse_vtt(path)
    assert 840 <= cues[-1][1] <= 1080, "durée hors de 14 à 18 minutes (%.0f s)" % cues[-1][1]
    assert {c[2] for c in cues} == set(speakers) and len(speakers) == 4, "orateurs différents du catalogue"
    chat = [c for c in cues if re.match(r"(Première |Dernière )?[Qq]uestion (de|d'|dans)", c[3])]
    assert len(chat) >= 4, "au moins quatre questions du chat lues attendues"
    units = []
    for i, (s, _, _, t) in enumerate(cues):
        nxt = cues[i + 1][3] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    assert len(soup.select("nav.breadcrumb li")) >= 3, "fil d'Ariane absent"
    det = soup.select("details")
    assert len(det) >= 5 and all(d.find("summary") for d in det), "accordéon <details> attendu"
    cap = soup.select_one("table caption")
    assert cap and "par site" in cap.get_text() and len(soup.select("table tbody tr")) == 3, "tableau des délais"
    assert soup.select_one("address") and "03 99 00" in soup.select_one("address").get_text(), "bloc contact"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


XN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RN = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _col(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def read_xlsx(path):
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
                .iter(PR + "Relationship")}
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(XN + "si"):
                shared.append("".join(t.text or "" for t in si.iter(XN + "t")))
        sheets = []
        for s in wb.iter(XN + "sheet"):
            target = rels[s.get(RN + "id")].lstrip("/")
            target = target if target.startswith("xl/") else "xl/" + target
            sheets.append((s.get("name"), ET.fromstring(z.read(target))))
    assert [n for n, _ in sheets] == ["2023", "2024", "2025", "Notes"], "onglets inattendus"
    units = []
    for name, root in sheets:
        merges = [m.get("ref") for m in root.iter(XN + "mergeCell")]
        assert merges and merges[0].startswith("A1:"), "titre en cellules fusionnées absent (%s)" % name
        grid = {}
        for row in root.iter(XN + "row"):
            r = int(row.get("r"))
            vals = {}
            for c in row.iter(XN + "c"):
                t, v = c.get("t"), c.find(XN + "v")
                if t == "s":
                    val = shared[int(v.text)]
                elif t == "inlineStr":
                    val = "".join(x.text or "" for x in c.iter(XN + "t"))
                else:
                    val = v.text if v is not None else ""
                    if re.fullmatch(r"-?\d+\.0", val or ""):
                        val = val[:-2]
                vals[_col(c.get("r"))] = val
            grid[r] = [vals[k] for k in sorted(vals) if vals[k] != ""]
            units.append(("%s!%d" % (name, r), " ".join(grid[r])))
        if name != "Notes":
            data = [grid[r] for r in sorted(grid) if grid[r] and re.match(r"(Site|Antenne) ", grid[r][0])]
            tot = [grid[r] for r in grid if grid[r] and grid[r][0] == "Ensemble des sites"]
            assert len(data) == 3 and len(tot) == 1, "trois sites et une ligne Ensemble attendus (%s)" % name
            for j in (1, 4, 5, 6):
                assert sum(int(d[j]) for d in data) == int(tot[0][j]), "total faux (%s, colonne %d)" % (name, j)
    return units


def read_pdf_slides(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert 10 <= n <= 12, "10 à 12 diapositives attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        assert float(p.mediabox.width) > float(p.mediabox.height), "page %d non paysage" % i
        t = p.extract_text() or ""
        lines = [ln.strip() for ln in t.split("\n")]
        assert "%d / %d" % (i, n) in lines, "numéro %d / %d absent" % (i, n)
        assert "22 janvier 2026" in t, "date absente du pied de la page %d" % i
        units.append((i, t))
    alltext = "\n".join(t for _, t in units)
    assert len(re.findall(r"^\d+ enfants$", alltext, re.M)) >= 3, "étiquettes de l'histogramme absentes"
    return units


def read_txt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    assert lines[0].startswith("From: ") and any(ln.startswith("Subject: ") for ln in lines[:8]), "en-têtes"
    assert lines.count("-- ") >= 2, "deux signatures « -- » attendues"
    assert any("Message transféré" in ln for ln in lines), "message transféré absent"
    assert sum(1 for ln in lines if ln.startswith(">")) >= 20, "lignes citées « > » attendues"
    blocks = re.split(r"\n(?:>?[ \t]*)\n", raw)
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
        if ext == ".vtt":
            units = read_vtt(path, cat.get(fn, {}).get("speakers", ()))
        elif ext in (".docx", ".html", ".xlsx", ".pdf", ".txt"):
            units = {".docx": read_docx, ".html": read_html, ".xlsx": read_xlsx, ".pdf": read_pdf_slides,
                     ".txt": read_txt}[ext](path)
        else:
            continue
        docs[stem] = {"file": fn, "ext": ext, "units": [(k, norm(t)) for k, t in units]}
    return docs


def contains(text, a):
    return re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", text) is not None


def find_in(doc, alt):
    a = norm(alt)
    return [k for k, t in doc["units"] if contains(t, a)]
