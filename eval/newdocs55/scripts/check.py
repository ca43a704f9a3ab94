# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs55.

Lecteurs indépendants des générateurs (aucune bibliothèque d'écriture n'est utilisée pour relire : ni odfpy, ni
openpyxl, ni python-pptx, ni reportlab) :
- VTT (sous-titres automatiques YouTube) : lu à la main ; contrôle de l'en-tête WEBVTT / Kind / Language, des
  horodatages, des balises <c> et des horodatages par mot (croissants, dans les bornes du repère), de la
  répétition de chaque ligne en clair dans le repère suivant et dans le repère de 10 ms, de l'absence de
  ponctuation et de noms d'orateurs, de la durée (18 à 22 minutes) ; une unité = une ligne nouvelle jointe à la
  ligne suivante (une preuve peut chevaucher une coupure), clé = début du repère de la ligne ;
- PDF (courrier) : pypdf pour la page 1 (couche texte) ; la page 2 doit n'avoir AUCUNE couche texte et une seule
  image, relue par OCR (tesseract, français, via pytesseract) ; une unité par page ; contrôle de la date du
  courrier en page 1 et de la signature en page 2 ;
- ODT : archive zip lue à la main ; contrôle « export Google Docs » : aucun <text:h>, aucun style de titre
  (Heading / Titre), titres = paragraphes dont tout le texte est dans un span gras de 14 pt ou plus, au moins une
  liste numérotée, un tableau des services (places, liste d'attente, téléphone) ; une unité (paragraphes hors
  tableau + une ligne par rangée de tableau, cellules jointes) ;
- XLSX : archive zip lue à la main (workbook, rels, sharedStrings, feuilles) ; contrôle des deux lignes
  d'en-tête (années fusionnées sur trois colonnes au-dessus de « Places / File active / Liste d'attente »), d'une
  colonne masquée, de volets figés, de la ligne de total (recalculée) et des notes sous le tableau ; une unité
  par ligne (« feuille!ligne »), cellules non vides jointes par une espace ;
- HTML : BeautifulSoup ; contrôle du fil d'Ariane, de « Dernière mise à jour », des <div> d'accordéon à <h3>, des
  tableaux à <caption> ; une unité par question d'accordéon, une par tableau, et la page entière (sans script,
  style, head) ;
- TXT (fil de courriels) : contrôle de trois messages (en-têtes From / Date / Subject), du plus récent au plus
  ancien, de lignes citées « > », de signatures « -- », de l'en-tête « ---------- Forwarded message --------- » ;
  une unité par bloc séparé par une ligne vide ;
- PPTX : archive zip lue à la main (presentation.xml, rels, diapositives, pages de notes) ; contrôle de
  12 diapositives, d'une diapositive « Avant / Après » à deux colonnes, d'au moins un tableau, d'une diapositive
  de photos sans titre (au moins trois images) avec légendes, de notes sur chaque diapositive ; une unité par
  diapositive (« diapo n ») et une par page de notes (« notes n »).
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .vtt (début d'une unité qui contient la première alternative
du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions F    (contrôle avec un autre fichier de questions, ex. le brouillon)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
"""
import io
import json
import os
import re
import sys
import tomllib
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

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
EXPECTED_EXTS = sorted([".odt", ".vtt", ".pdf", ".html", ".txt", ".xlsx", ".pptx"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n55"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2022", "jura", "pcpe", "pole de competences", "cotisation", "fam", "foyer d'accueil medicalise",
          "mas", "salaire", "remuneration", "smic", "aeeh", "allocation d'education"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- VTT
VTT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3}) align:start position:0%$")
INLINE = re.compile(r"<(\d\d):(\d\d):(\d\d)\.(\d{3})>")


def _sec(h, m, s, ms):
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def parse_vtt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    blocks = raw.split("\n\n")
    head = blocks[0].split("\n")
    assert head == ["WEBVTT", "Kind: captions", "Language: fr"], "en-tête WEBVTT inattendu"
    cues = []
    for n, b in enumerate(blocks[1:], 1):
        if not b.strip():
            continue
        lines = b.rstrip("\n").split("\n")
        m = VTT_TIME.match(lines[0])
        assert m, "horodatage VTT invalide au repère %d : %r" % (n, lines[0])
        g = m.groups()
        start, end = _sec(*g[:4]), _sec(*g[4:])
        assert end > start, "repère %d de durée nulle" % n
        assert len(lines) == 3, "repère %d : deux lignes de texte attendues" % n
        cues.append((start, end, lines[1], lines[2]))
    return cues


def read_vtt(path):
    cues = parse_vtt(path)
    timed = []  # (start, plain text of the new line)
    prev_plain = None
    for i, (start, end, l1, l2) in enumerate(cues):
        if l2.strip():
            # repère « mot à mot » : ligne 1 = ligne précédente en clair, ligne 2 = nouvelle ligne horodatée
            stamps = [_sec(*x) for x in INLINE.findall(l2)]
            assert stamps == sorted(stamps), "horodatages par mot non croissants au repère %d" % i
            assert all(start <= s <= end for s in stamps), "horodatage par mot hors du repère %d" % i
            plain = re.sub(r"<[^>]+>", "", l2)
            plain = re.sub(r"\s+", " ", plain).strip()
            if prev_plain is None:
                assert l1.strip() == "", "premier repère : ligne 1 vide attendue"
            else:
                assert l1 == prev_plain, "ligne précédente non répétée au repère %d" % i
            nxt = cues[i + 1] if i + 1 < len(cues) else None
            assert nxt and abs(nxt[1] - nxt[0] - 0.01) < 0.0015 and nxt[2] == plain and nxt[3] == " ", \
                "repère de 10 ms répétant la ligne absent après le repère %d" % i
            timed.append((start, plain))
            prev_plain = plain
    assert len(timed) >= 200, "au moins 200 lignes attendues (%d)" % len(timed)
    assert sum(1 for c in cues if "<c>" in c[3]) >= 0.9 * len(timed), "balises <c> attendues"
    dur = cues[-1][1]
    assert 1080 <= dur <= 1320, "durée hors de 18 à 22 minutes (%.0f s)" % dur
    for _, t in timed:
        assert not re.search(r"[.,;:!?«»()\"]", t), "ponctuation dans les sous-titres : %r" % t
        assert not re.match(r"^[A-ZÀ-Ö' -]{3,}\s*:", t) and ">>" not in t, "nom d'orateur : %r" % t
    units = []
    for i, (s, t) in enumerate(timed):
        nxt = timed[i + 1][1] if i + 1 < len(timed) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


# ---------------------------------------------------------------- PDF (courrier, page 2 numérisée)
_OCR_CACHE = {}


def read_pdf_letter(path):
    import pytesseract
    from PIL import Image
    r = pypdf.PdfReader(path)
    assert len(r.pages) == 2, "courrier de deux pages attendu"
    p1 = r.pages[0].extract_text() or ""
    assert "Montbrenay, le 22 septembre 2025" in p1, "date du courrier absente de la page 1"
    p2 = r.pages[1]
    assert not (p2.extract_text() or "").strip(), "la page 2 ne doit pas avoir de couche texte"
    imgs = p2.images
    assert len(imgs) == 1, "la page 2 doit être une image unique"
    key = (path, os.path.getmtime(path))
    if key not in _OCR_CACHE:
        img = Image.open(io.BytesIO(imgs[0].data))
        _OCR_CACHE[key] = pytesseract.image_to_string(img, lang="fra")
    ocr = _OCR_CACHE[key]
    assert "Bertrand Lacombe" in ocr, "signature illisible en page 2 (OCR)"
    return [("page 1", p1), ("page 2 (OCR)", ocr)]


# ---------------------------------------------------------------- ODT (export Google Docs)
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ST = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"


def _odf_text(el):
    out = [el.text or ""]
    for ch in el:
        if ch.tag == TX + "s":
            out.append(" " * int(ch.get(TX + "c", "1")))
        elif ch.tag in (TX + "tab", TX + "line-break"):
            out.append(" ")
        elif ch.tag == TX + "list":
            pass
        else:
            out.append(_odf_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text", "type MIME ODT"
        root = ET.fromstring(z.read("content.xml"))
        styles = ET.fromstring(z.read("styles.xml"))
    assert root.find(".//" + TX + "h") is None, "export Google Docs : aucun <text:h> attendu"
    for st in list(root.iter(ST + "style")) + list(styles.iter(ST + "style")):
        name = (st.get(ST + "name") or "") + " " + (st.get(ST + "parent-style-name") or "")
        assert not re.search(r"Heading|Titre|Title", name), "style de titre trouvé : %s" % name
    big_bold = set()
    for st in root.iter(ST + "style"):
        tp = st.find(ST + "text-properties")
        if st.get(ST + "family") == "text" and tp is not None and tp.get(FO + "font-weight") == "bold":
            size = float((tp.get(FO + "font-size") or "0pt").rstrip("pt") or 0)
            if size >= 14:
                big_bold.add(st.get(ST + "name"))
    titles = []
    for p in root.iter(TX + "p"):
        spans = p.findall(TX + "span")
        if len(spans) == 1 and not (p.text or "").strip() and spans[0].get(TX + "style-name") in big_bold:
            titles.append(_odf_text(p))
    assert len(titles) >= 5, "titres en paragraphes gras de grande taille attendus (%d)" % len(titles)
    nums = [ls for ls in root.iter(TX + "list-style") if ls.find(TX + "list-level-style-number") is not None]
    assert nums and root.find(".//" + TX + "list") is not None, "liste numérotée attendue"
    tables = root.findall(".//" + TB + "table")
    assert tables, "tableau des services attendu"
    lines = []
    in_table = set()
    for t in tables:
        for row in t.iter(TB + "table-row"):
            cells = [" ".join(_odf_text(p) for p in c.iter(TX + "p")) for c in row.findall(TB + "table-cell")]
            lines.append(" ".join(cells))
            for p in row.iter(TX + "p"):
                in_table.add(id(p))
    hdr = norm(lines[0])
    assert all(w in hdr for w in ("places", "liste d attente", "telephone")), "en-tête du tableau des services"
    body = [_odf_text(p) for p in root.iter(TX + "p") if id(p) not in in_table]
    return [("document", "\n".join(body + lines))]


# ---------------------------------------------------------------- XLSX
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}


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
        target = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            ss = ET.fromstring(z.read("xl/sharedStrings.xml"))
            for si in ss.findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
        sheets = []
        for sh in wb.find("m:sheets", NS).findall("m:sheet", NS):
            tgt = target[sh.get("{%s}id" % NS["r"])].lstrip("/")
            tgt = tgt if tgt.startswith("xl/") else "xl/" + tgt
            sheets.append((sh.get("name"), ET.fromstring(z.read(tgt))))
    units = []
    grids = {}
    for name, root in sheets:
        grid = {}
        for row in root.iter("{%s}row" % NS["m"]):
            r = int(row.get("r"))
            for c in row.findall("m:c", NS):
                v = c.find("m:v", NS)
                t = c.get("t")
                if t == "s" and v is not None:
                    val = shared[int(v.text)]
                elif t == "inlineStr":
                    val = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
                elif v is not None:
                    val = v.text
                    if re.fullmatch(r"-?\d+\.0", val):
                        val = val[:-2]
                else:
                    continue
                grid[(r, _col(c.get("r")))] = val
        grids[name] = (root, grid)
        for r in sorted({k[0] for k in grid}):
            cells = [grid[(r, c)] for c in sorted(c for (rr, c) in grid if rr == r)]
            units.append(("%s!%d" % (name, r), " ".join(x for x in cells if x.strip())))
    # contrôles de la première feuille
    name, (root, grid) = list(grids.items())[0]
    merges = {m.get("ref") for m in root.iter("{%s}mergeCell" % NS["m"])}
    year_rows = [r for (r, c), v in grid.items() if v == "2023"]
    assert year_rows, "ligne des années absente"
    yr = year_rows[0]
    year_cols = sorted(c for (r, c), v in grid.items() if r == yr and v in ("2023", "2024", "2025"))
    assert len(year_cols) == 3, "trois années attendues sur la ligne d'en-tête"
    letters = lambda n: "".join(chr(64 + x) for x in ([n] if n <= 26 else [(n - 1) // 26, (n - 1) % 26 + 1]))
    for c in year_cols:
        ref = "%s%d:%s%d" % (letters(c), yr, letters(c + 2), yr)
        assert ref in merges, "année non fusionnée sur trois colonnes : %s" % ref
        sub = [grid.get((yr + 1, c + j)) for j in range(3)]
        assert sub == ["Places", "File active", "Liste d'attente"], "sous-en-têtes inattendus : %s" % sub
    hidden = [c for c in root.iter("{%s}col" % NS["m"]) if c.get("hidden") in ("1", "true")]
    assert hidden, "colonne masquée attendue"
    pane = root.find(".//m:sheetView/m:pane", NS)
    assert pane is not None and pane.get("state") == "frozen", "volets figés attendus"
    total = [r for (r, c), v in grid.items() if c == 1 and v.startswith("Total")]
    assert len(total) == 1, "ligne de total attendue"
    tr = total[0]
    for col in range(year_cols[0], year_cols[0] + 9):
        s = 0
        for r in range(yr + 2, tr):
            lab = grid.get((r, 1), "")
            if lab.startswith("dont") or lab.startswith("GEM"):
                continue
            v = grid.get((r, col), "")
            s += int(v) if v.isdigit() else 0
        assert str(s) == grid.get((tr, col)), "total faux colonne %d" % col
    notes = [r for (r, c), v in grid.items() if c == 1 and r > tr and v.startswith("Notes")]
    assert notes, "notes sous le tableau attendues"
    return units


# ---------------------------------------------------------------- HTML
def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    bc = soup.find("nav", attrs={"aria-label": re.compile("Ariane")})
    assert bc and len(bc.find_all("li")) >= 3, "fil d'Ariane attendu"
    assert re.search(r"Dernière mise à jour : \d+ \w+ \d{4}", soup.get_text()), "« Dernière mise à jour » absent"
    items = soup.select("div.accordion-item")
    assert len(items) >= 6 and all(it.find("h3") for it in items), "accordéon à <h3> attendu"
    tables = soup.find_all("table")
    assert tables and all(t.find("caption") for t in tables), "tableau avec <caption> attendu"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    units = [("question %d" % i, it.get_text(" ")) for i, it in enumerate(items, 1)]
    for i, t in enumerate(tables, 1):
        rows = [" ".join(c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])) for tr in t.find_all("tr")]
        units.append(("tableau %d" % i, t.caption.get_text(" ") + "\n" + "\n".join(rows)))
    units.append(("page", soup.get_text(" ")))
    return units


# ---------------------------------------------------------------- TXT (fil de courriels)
def read_txt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    froms = [i for i, ln in enumerate(lines) if ln.startswith("From: ")]
    assert len(froms) == 3, "trois messages attendus (%d)" % len(froms)
    dates = []
    for i in froms:
        d = [ln for ln in lines[i:i + 6] if ln.startswith("Date: ")]
        assert d and any(ln.startswith("Subject: ") for ln in lines[i:i + 6]), "en-têtes incomplets"
        dates.append(parsedate_to_datetime(d[0][6:]))
    assert dates == sorted(dates, reverse=True), "messages non classés du plus récent au plus ancien"
    assert sum(1 for ln in lines if ln.startswith("> ")) >= 10, "réponses citées « > » attendues"
    assert any(ln.startswith("> > ") for ln in lines), "citation de citation attendue"
    assert lines.count("-- ") >= 2, "signatures « -- » attendues"
    assert "---------- Forwarded message ---------" in lines, "message transféré absent"
    blocks = re.split(r"\n\s*\n", raw)
    return [("bloc %d" % i, b) for i, b in enumerate(blocks, 1)]


# ---------------------------------------------------------------- PPTX
PA = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PP = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PREL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _rels(z, part):
    d, f = os.path.split(part)
    rp = "%s/_rels/%s.rels" % (d, f)
    if rp not in z.namelist():
        return {}
    root = ET.fromstring(z.read(rp))
    out = {}
    for r in root.iter(PREL + "Relationship"):
        tgt = os.path.normpath(os.path.join(d, r.get("Target"))).replace("\\", "/")
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1], tgt)
    return out


def _paras(root):
    return ["".join(t.text or "" for t in p.iter(PA + "t")) for p in root.iter(PA + "p")]


def read_pptx(path):
    with zipfile.ZipFile(path) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        prels = _rels(z, "ppt/presentation.xml")
        ids = [s.get(RNS + "id") for s in pres.iter(PP + "sldId")]
        assert len(ids) == 12, "12 diapositives attendues (%d)" % len(ids)
        units = []
        found_cmp = found_tbl = found_photos = False
        for n, rid in enumerate(ids, 1):
            part = prels[rid][1]
            root = ET.fromstring(z.read(part))
            paras = _paras(root)
            units.append(("diapo %d" % n, "\n".join(paras)))
            phs = [ph.get("type") for ph in root.iter(PP + "ph")]
            bodies = [sp for sp in root.iter(PP + "sp") if sp.find(".//" + PP + "ph") is not None]
            texts = [" ".join(_paras(sp)) for sp in bodies]
            if any(t.startswith("Avant") for t in texts) and any(t.startswith("Après") for t in texts) \
                    and len(bodies) >= 5:
                found_cmp = True
            if root.find(".//" + PA + "tbl") is not None:
                found_tbl = True
            pics = root.findall(".//" + PP + "pic")
            if len(pics) >= 3 and not any(t in ("title", "ctrTitle") for t in phs):
                found_photos = True
            notes = [t for typ, t in _rels(z, part).values() if typ == "notesSlide"]
            assert notes, "diapositive %d sans notes" % n
            nroot = ET.fromstring(z.read(notes[0]))
            ntext = "\n".join(p for p in _paras(nroot) if p.strip() and not re.fullmatch(r"\d+", p.strip()))
            assert ntext.strip(), "notes vides sur la diapositive %d" % n
            units.append(("notes %d" % n, ntext))
    assert found_cmp, "diapositive « Avant / Après » à deux colonnes absente"
    assert found_tbl, "tableau absent"
    assert found_photos, "diapositive de photos sans titre absente"
    return units


# ---------------------------------------------------------------- corpus et contrôles
def load_catalog():
    with open(CATALOG, "rb") as f:
        return tomllib.load(f)


READERS = {".vtt": read_vtt, ".pdf": read_pdf_letter, ".odt": read_odt, ".xlsx": read_xlsx, ".html": read_html,
           ".txt": read_txt, ".pptx": read_pptx}


def load_corpus():
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        if ext not in READERS:
            continue
        units = READERS[ext](os.path.join(CORPUS, fn))
        docs[stem] = {"file": fn, "ext": ext, "units": [(k, norm(t)) for k, t in units]}
    return docs


def contains(text, a):
    return re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", text) is not None


def find_in(doc, alt):
    a = norm(alt)
    return [k for k, t in doc["units"] if contains(t, a)]


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
    expected = {".vtt": "transcript", ".pptx": "slides", ".html": "webpage"}
    for fn, e in cat.items():
        ext = os.path.splitext(fn)[1]
        if ext in expected and e.get("kind") != expected[ext]:
            errors.append("catalogue : %s doit être typé %s" % (fn, expected[ext]))
    # les numéros de téléphone des documents sont tous fictifs (03 99 00 / 06 99 00)
    for s, d in docs.items():
        for _, t in d["units"]:
            for m in re.finditer(r"(?<![0-9])0[1-9](?: [0-9]{2}){4}(?![0-9])", t):
                if not re.match(r"0[36] 99 00", m.group(0)):
                    errors.append("téléphone non fictif %s dans %s" % (m.group(0), s))


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
            errors.append("%s : première preuve absente des sous-titres" % qid)
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
        if doc == "*":
            hit_docs = {t for g in q["evidence"] for alt in g for t in docs if find_in(docs[t], alt)}
            if len(hit_docs) < 2:
                errors.append("%s : doc « * » mais preuves dans un seul document %s" % (qid, hit_docs))
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
    for q in qs:
        if q.get("kind") == "unanswerable" and not any(contains(norm(q["question"]), norm(t)) for t in ABSENT):
            errors.append("%s : aucun terme ABSENT dans la question sans réponse" % q.get("id"))
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
    vtt = [d for d in docs.values() if d["ext"] == ".vtt"]
    print("\nquestions lues dans :", os.path.relpath(QUESTIONS, ROOT))
    print("documents :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:52]: v for k, v in per_doc.items()})
    print("questions « * » :", sum(1 for q in qs if q.get("doc") == "*"))
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    print("lignes de sous-titres VTT :", len(vtt[0]["units"]) if vtt else 0)
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
