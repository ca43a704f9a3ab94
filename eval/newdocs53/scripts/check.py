# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs53.

Lecteurs indépendants des générateurs (aucune bibliothèque d'écriture n'est utilisée pour relire : ni openpyxl, ni
python-pptx, ni odfpy, ni reportlab) :
- XLSX : archive zip lue à la main ; chaînes partagées et chaînes en ligne, feuilles dans l'ordre de workbook.xml ;
  une unité par ligne (« feuille!ligne n »), cellules jointes par une espace ; les nombres sont rendus à la
  française (espace des milliers, virgule décimale), les cellules au format pourcentage (styles.xml) en « 30,2 % » ;
  contrôle des cellules fusionnées de l'en-tête (deux années côte à côte), des formules AVEC valeur en cache
  (recalcul des pourcentages « % du total »), de la colonne « Notes » ;
- VTT : en-tête « WEBVTT », blocs séparés par une ligne vide, blocs NOTE ignorés (mais comptés), identifiants
  numériques consécutifs, horodatage « hh:mm:ss.mmm --> hh:mm:ss.mmm » ; étiquette « Prénom Nom: » uniquement au
  changement d'orateur (jamais deux fois de suite le même nom), noms pris dans le catalogue ; durée 25 à 32 min ;
  une unité = un repère joint au suivant, clé = début du repère ;
- SRT : blocs numérotés, horodatage « hh:mm:ss,mmm --> hh:mm:ss,mmm » ; noms des deux voix seulement dans le
  premier repère ; au moins trois « euh » ; durée 13 à 17 min ; une unité = un repère joint aux DEUX suivants
  (une phrase est coupée sur trois repères), clé = début du premier ;
- PPTX : archive zip ; ordre des diapositives lu dans presentation.xml et ses relations ; texte des <a:t> de
  chaque diapositive (formes et tableaux), notes de l'orateur (notesSlide), graphiques (chart*.xml : pour chaque
  catégorie, « catégorie nom de série valeur … » tiré des caches c:strCache / c:numCache) ; une unité par
  diapositive ; contrôle de 14 diapositives, des sections p14, d'un graphique avec étiquettes de données dont
  les valeurs n'apparaissent dans aucune zone de texte, des liens hypertexte externes et des notes ;
- ODT : archive zip ; content.xml, <text:p> et <text:h> (cellules, zone de texte, notes comprises ; les notes et
  cadres sont relus à part) ; en-tête / pied dans styles.xml ; contrôle des titres de niveaux 1 et 2, d'une liste,
  du tableau des modules, de l'encadré « À retenir » et des notes de bas de page ;
- PDF : pypdf, une unité par page ; contrôle de 4 pages, du pied « n/4 », de la grille horaire, des mentions
  « Entrée libre » et « Sur inscription », de la légende du plan et des partenaires ;
- HTM : BeautifulSoup (html.parser), texte visible sans script / style / head ; contrôle du <nav>, du tableau sans
  <th>, de la <dl>, des appels <sup><a href="#…"> qui pointent vers une liste de notes, et du <footer> avec
  l'adresse.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour une question dont doc est une transcription (.vtt ou .srt) ; égale au
début d'une unité qui contient la première alternative du premier groupe, à AT_TOLERANCE près ; interdite ailleurs.

Autres contrôles : catalogue (une entrée par fichier, clés obligatoires, date = préfixe du nom, url et replay en
.example, speakers et replay pour les transcriptions) ; questions (identifiants n53-01 à n53-45, champs, types,
7 sans réponse avec evidence=[] et doc=null, 4 en anglais, alternatives de 2 à 8 mots, chaque document cité par
au moins trois questions) ; termes ABSENT des questions sans réponse absents de tous les documents.

Usage : python check.py                       (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions FICHIER   (contrôle d'un brouillon)
        python check.py --dump NOM            (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"       (documents / unités où la phrase apparaît)
"""
import json
import os
import posixpath
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
EXPECTED_EXTS = sorted([".xlsx", ".vtt", ".pptx", ".odt", ".pdf", ".htm", ".srt"])
TRANSCRIPTS = (".vtt", ".srt")
AT_TOLERANCE = 20.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n53"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2020", "bretagne", "conseil departemental", "chez soi d abord", "sism 2026", "education therapeutique",
          "esat"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- XLSX
NS_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
NS_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
NS_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _rels(z, path):
    d, b = posixpath.split(path)
    rp = posixpath.join(d, "_rels", b + ".rels")
    out = {}
    if rp in z.namelist():
        for r in ET.fromstring(z.read(rp)):
            tgt = r.get("Target")
            if r.get("TargetMode") != "External":
                tgt = posixpath.normpath(posixpath.join(d, tgt)) if not tgt.startswith("/") else tgt[1:]
            out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1], tgt, r.get("TargetMode"))
    return out


def fr_num(v, pct=False):
    x = float(v)
    if pct:
        s = "%.1f" % (x * 100)
        return s.replace(".", ",") + " %"
    if x.is_integer():
        return "{:,}".format(int(x)).replace(",", " ")
    return ("%.2f" % x).rstrip("0").replace(".", ",")


def read_xlsx(path):
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = _rels(z, "xl/workbook.xml")
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")):
                shared.append("".join(t.text or "" for t in si.iter(NS_S + "t")))
        styles = ET.fromstring(z.read("xl/styles.xml"))
        fmts = {int(n.get("numFmtId")): n.get("formatCode") for n in styles.iter(NS_S + "numFmt")}
        xfs = [int(x.get("numFmtId", "0")) for x in styles.find(NS_S + "cellXfs")]
        pct_style = {i for i, f in enumerate(xfs) if f in (9, 10) or "%" in fmts.get(f, "")}
        units, formulas, merged, first_sheet = [], 0, [], None
        for sh in wb.iter(NS_S + "sheet"):
            name = sh.get("name")
            target = rels[sh.get(NS_R + "id")][1]
            root = ET.fromstring(z.read(target))
            if first_sheet is None:
                first_sheet = (name, root)
            merged += [m.get("ref") for m in root.iter(NS_S + "mergeCell")]
            for row in root.iter(NS_S + "row"):
                cells = []
                for c in row.findall(NS_S + "c"):
                    t, s = c.get("t"), int(c.get("s", "0"))
                    f, v = c.find(NS_S + "f"), c.find(NS_S + "v")
                    if f is not None:
                        formulas += 1
                        assert v is not None and (v.text or "") != "", "formule sans valeur en cache en %s" % c.get("r")
                    if t == "inlineStr":
                        txt = "".join(x.text or "" for x in c.iter(NS_S + "t"))
                    elif t == "s":
                        txt = shared[int(v.text)]
                    elif t in ("str", "e", "b"):
                        txt = v.text if v is not None else ""
                    elif v is not None and v.text not in (None, ""):
                        txt = fr_num(v.text, s in pct_style)
                    else:
                        txt = ""
                    if txt:
                        cells.append(txt)
                if cells:
                    units.append(("%s!%s" % (name, row.get("r")), " ".join(cells)))
    # contrôles de mise en page
    name, root = first_sheet
    for ref in ("C3:D3", "E3:F3"):
        assert ref in merged, "en-tête fusionné %s absent" % ref
    assert formulas >= 40, "formules attendues (%d)" % formulas
    head = " ".join(t for k, t in units if k in ("%s!3" % name, "%s!4" % name))
    assert "2024" in head and "2025" in head and "Notes" in head and "% du total" in head, "en-tête 2024 / 2025"
    # recalcul des « % du total » depuis les valeurs en cache
    vals = {}
    for c in root.iter(NS_S + "c"):
        v = c.find(NS_S + "v")
        if v is not None and c.get("t") not in ("s", "inlineStr", "str"):
            vals[c.get("r")] = float(v.text)
    for c in root.iter(NS_S + "c"):
        f = c.find(NS_S + "f")
        m = re.fullmatch(r"([CE])(\d+)/([CE])\$(\d+)", f.text) if f is not None else None
        if m:
            exp = vals[m.group(1) + m.group(2)] / vals[m.group(3) + m.group(4)]
            assert abs(vals[c.get("r")] - exp) < 1e-9, "cache faux en %s" % c.get("r")
    return units


# ---------------------------------------------------------------- VTT / SRT
VTT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")
SRT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$")


def _secs(g):
    return int(g[0]) * 3600 + int(g[1]) * 60 + int(g[2]) + int(g[3]) / 1000


def parse_vtt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert raw.startswith("WEBVTT"), "en-tête WEBVTT absent"
    blocks = raw.strip().split("\n\n")
    cues, notes = [], 0
    for b in blocks[1:]:
        lines = b.split("\n")
        if lines[0].startswith("NOTE"):
            notes += 1
            continue
        assert re.fullmatch(r"\d+", lines[0]), "identifiant de repère non numérique : %r" % lines[0]
        assert int(lines[0]) == len(cues) + 1, "identifiants non consécutifs au repère %s" % lines[0]
        m = VTT_TIME.match(lines[1])
        assert m, "horodatage VTT invalide : %r" % lines[1]
        g = m.groups()
        start, end = _secs(g[:4]), _secs(g[4:])
        assert end > start and (not cues or start >= cues[-1][1]), "repères incohérents au %s" % lines[0]
        cues.append((start, end, " ".join(lines[2:])))
    assert notes >= 3, "au moins trois blocs NOTE attendus"
    return cues


def read_vtt(path, speakers=()):
    cues = parse_vtt(path)
    assert len(cues) >= 120, "au moins 120 repères attendus"
    assert 1500 <= cues[-1][1] <= 1920, "durée hors de 25 à 32 minutes (%.0f s)" % cues[-1][1]
    names = set(speakers)
    lab = re.compile(r"^(%s): " % "|".join(re.escape(n) for n in names))
    seq = [lab.match(t).group(1) for _, _, t in cues if lab.match(t)]
    assert set(seq) == names, "orateurs étiquetés %s ≠ catalogue %s" % (set(seq), names)
    assert all(a != b for a, b in zip(seq, seq[1:])), "même orateur étiqueté deux fois de suite"
    assert len(seq) >= 30 and len(seq) < len(cues) / 2, "étiquettes seulement aux changements d'orateur"
    assert any("chat" in t for _, _, t in cues), "question du chat absente"
    return [(round(s, 3), t + " " + (cues[i + 1][2] if i + 1 < len(cues) else ""))
            for i, (s, _, t) in enumerate(cues)]


def parse_srt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    cues = []
    for b in raw.strip().split("\n\n"):
        lines = b.split("\n")
        assert int(lines[0]) == len(cues) + 1, "numérotation SRT"
        m = SRT_TIME.match(lines[1])
        assert m, "horodatage SRT invalide : %r" % lines[1]
        g = m.groups()
        start, end = _secs(g[:4]), _secs(g[4:])
        assert end > start and (not cues or start >= cues[-1][1]), "repères incohérents au %s" % lines[0]
        assert 1 <= len(lines) - 2 <= 3, "une à trois lignes de texte par repère"
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def read_srt(path, speakers=()):
    cues = parse_srt(path)
    assert len(cues) >= 100, "au moins 100 repères attendus"
    assert 780 <= cues[-1][1] <= 1020, "durée hors de 13 à 17 minutes (%.0f s)" % cues[-1][1]
    for i, (_, _, t) in enumerate(cues):
        for sp in speakers:
            if sp.upper() in t.upper():
                assert i == 0 or sp.upper() not in t, "nom en capitales hors du premier repère"
    assert all(sp.upper() in cues[0][2] for sp in speakers), "noms des voix absents du premier repère"
    assert not any(re.match(r"^[A-ZÉ][A-ZÉ ]+ :", t) for _, _, t in cues[1:]), "étiquette d'orateur hors repère 1"
    assert sum(len(re.findall(r"\beuh\b", t, re.I)) for _, _, t in cues) >= 3, "au moins trois « euh »"
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = " ".join(c[2] for c in cues[i + 1:i + 3])
        units.append((round(s, 3), t + " " + nxt))
    return units


# ---------------------------------------------------------------- PPTX
NS_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
NS_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
NS_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
NS_P14 = "{http://schemas.microsoft.com/office/powerpoint/2010/main}"


def _a_text(root):
    paras = []
    for p in root.iter(NS_A + "p"):
        paras.append("".join(t.text or "" for t in p.iter(NS_A + "t")))
    return "\n".join(x for x in paras if x.strip())


def _chart_text(root):
    cats, series = None, []
    for ser in root.iter(NS_C + "ser"):
        name = "".join(v.text or "" for v in ser.find(NS_C + "tx").iter(NS_C + "v"))
        cat = ser.find(NS_C + "cat")
        cs = [pt.find(NS_C + "v").text for pt in sorted(cat.iter(NS_C + "pt"), key=lambda p: int(p.get("idx")))]
        vals = {int(pt.get("idx")): pt.find(NS_C + "v").text for pt in ser.find(NS_C + "val").iter(NS_C + "pt")}
        cats = cats or cs
        series.append((name, vals))
    rows = []
    for i, c in enumerate(cats or []):
        rows.append(c + " : " + " ; ".join("%s %s" % (n, fr_num(v[i])) for n, v in series if i in v))
    return "\n".join(rows)


def read_pptx(path):
    with zipfile.ZipFile(path) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        rels = _rels(z, "ppt/presentation.xml")
        order = [rels[s.get(NS_R + "id")][1] for s in pres.find(NS_P + "sldIdLst")]
        assert len(order) == 14, "14 diapositives attendues (%d)" % len(order)
        secs = list(pres.iter(NS_P14 + "section"))
        assert len(secs) >= 4, "sections PowerPoint absentes"
        units, charts, links, notes, shape_text = [], 0, 0, 0, []
        for i, sp in enumerate(order, 1):
            root = ET.fromstring(z.read(sp))
            srels = _rels(z, sp)
            body = _a_text(root)
            shape_text.append(body)
            parts = [body]
            for h in root.iter(NS_A + "hlinkClick"):
                rid = h.get(NS_R + "id")
                if rid and srels.get(rid, ("", "", ""))[2] == "External":
                    links += 1
            for typ, tgt, mode in srels.values():
                if typ == "chart":
                    charts += 1
                    croot = ET.fromstring(z.read(tgt))
                    dl = croot.find(".//" + NS_C + "dLbls/" + NS_C + "showVal")
                    assert dl is not None and dl.get("val") in ("1", "true"), "étiquettes de données absentes"
                    parts.append("[graphique] " + _chart_text(croot))
                elif typ == "notesSlide":
                    nroot = ET.fromstring(z.read(tgt))
                    txt = "\n".join(_a_text(sp_) for sp_ in nroot.iter(NS_P + "sp")
                                    if sp_.find(".//" + NS_P + "ph") is not None
                                    and sp_.find(".//" + NS_P + "ph").get("type") == "body")
                    if txt.strip():
                        notes += 1
                        parts.append("[notes] " + txt)
            units.append((i, "\n".join(parts)))
    assert charts == 1, "un graphique attendu"
    assert links >= 4, "liens hypertexte attendus"
    assert notes >= 12, "notes de l'orateur attendues sur au moins 12 diapositives"
    ci = [i for i, (_, t) in enumerate(units) if "[graphique]" in t][0]
    vals = re.findall(r"(?<=[a-z] )(\d+)(?= ;|$)", units[ci][1].split("[graphique]")[1], re.M)
    assert len(vals) >= 8, "valeurs du graphique illisibles"
    for v in vals:
        assert not re.search(r"(?<![\d,])%s(?![\d,])" % v, shape_text[ci]), \
            "valeur %s du graphique répétée dans une zone de texte de sa diapositive" % v
    return units


# ---------------------------------------------------------------- ODT
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DR = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ST = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"


def _odf_inline(el):
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


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text", "type MIME ODT"
        root = ET.fromstring(z.read("content.xml"))
        styles = ET.fromstring(z.read("styles.xml"))
    heads = [(h.get(TX + "outline-level"), _odf_inline(h)) for h in root.iter(TX + "h")]
    assert sum(1 for lv, _ in heads if lv == "1") >= 4 and any(lv == "2" for lv, _ in heads), "titres 1 et 2"
    assert root.find(".//" + TX + "list") is not None, "liste à puces absente"
    assert root.find(".//" + TB + "table") is not None, "tableau des modules absent"
    boxes = root.findall(".//" + DR + "text-box")
    assert boxes and any("À retenir" in _odf_inline(p) for b in boxes for p in b.iter(TX + "p")), "encadré"
    assert len(root.findall(".//" + TX + "note")) >= 3, "notes de bas de page"
    assert styles.find(".//" + TX + "page-number") is not None, "numéro de page absent"
    paras = [_odf_inline(p) for p in root.iter() if p.tag in (TX + "p", TX + "h")]
    for mp in styles.iter(ST + "master-page"):
        for part in mp:
            paras += [_odf_inline(p) for p in part.iter(TX + "p")]
    return [(0, "\n".join(paras))]


# ---------------------------------------------------------------- PDF
def read_pdf(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert n == 4, "4 pages attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert "%d/%d" % (i, n) in t, "pied « %d/%d » absent" % (i, n)
        units.append((i, t))
    allt = "\n".join(t for _, t in units)
    assert "Matin" in units[0][1] and "Soir" in units[0][1], "grille horaire absente en page 1"
    assert allt.count("Entrée libre") >= 5 and allt.count("Sur inscription") >= 4, "mentions d'accès"
    assert "légende" in allt and all(c in allt for c in "①②③④⑤⑥⑦⑧"), "légende du plan"
    assert "Ils organisent les SISM avec nous" in allt, "partenaires absents"
    return units


# ---------------------------------------------------------------- HTM
def read_htm(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    assert soup.select_one("nav ul li a"), "menu de navigation absent"
    tab = soup.select_one("table")
    assert tab and not tab.find("th") and len(tab.find_all("tr")) >= 4, "tableau sans <th> attendu"
    assert len(soup.select("dl dt")) >= 6, "liste de définitions <dl> attendue"
    refs = soup.select("sup a[href^='#']")
    assert len(refs) >= 3, "appels de notes <sup> attendus"
    for a in refs:
        tgt = soup.find(id=a["href"][1:])
        assert tgt is not None and tgt.name == "li" and tgt.parent.name == "ol", "note introuvable %s" % a["href"]
    foot = soup.select_one("footer")
    assert foot and re.search(r"\d{5} Ligneray", foot.get_text()), "adresse absente du pied de page"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


# ---------------------------------------------------------------- chargement
def load_catalog():
    with open(CATALOG, "rb") as f:
        return tomllib.load(f)


def load_corpus():
    cat = load_catalog()
    docs = {}
    readers = {".xlsx": read_xlsx, ".pptx": read_pptx, ".odt": read_odt, ".pdf": read_pdf, ".htm": read_htm}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        path = os.path.join(CORPUS, fn)
        if ext == ".vtt":
            units = read_vtt(path, cat.get(fn, {}).get("speakers", ()))
        elif ext == ".srt":
            units = read_srt(path, cat.get(fn, {}).get("speakers", ()))
        elif ext in readers:
            units = readers[ext](path)
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
        if (os.path.splitext(fn)[1] in TRANSCRIPTS) != (e.get("kind") == "transcript"):
            errors.append("catalogue : %s : kind transcript réservé aux .vtt / .srt" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    kinds = {os.path.splitext(fn)[1]: e.get("kind") for fn, e in cat.items()}
    if kinds.get(".pptx") != "slides" or kinds.get(".htm") != "webpage":
        errors.append("catalogue : le .pptx doit être typé slides et le .htm webpage")


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    if ext in TRANSCRIPTS:
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur une transcription" % qid)
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
    print("\nquestions lues dans :", os.path.relpath(QUESTIONS, ROOT))
    print("documents :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:52]: v for k, v in per_doc.items()})
    print("questions « * » :", sum(1 for q in qs if q.get("doc") == "*"))
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    for d in docs.values():
        if d["ext"] in TRANSCRIPTS:
            p = os.path.join(CORPUS, d["file"])
            cues = parse_vtt(p) if d["ext"] == ".vtt" else parse_srt(p)
            print("transcription %s : %.0f s, %d repères" % (d["ext"], cues[-1][1], len(cues)))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
