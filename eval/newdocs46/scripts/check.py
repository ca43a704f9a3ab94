# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs46.

Lecteurs indépendants des générateurs (aucune bibliothèque d'écriture n'est utilisée pour relire) :
- DOCX : archive zip lue à la main ; word/document.xml, une unité par paragraphe <w:p> (texte des <w:t>, <w:tab>
  et <w:br> = espace), le texte d'un paragraphe n'incluant pas la zone de texte qu'il porte (les paragraphes de
  <w:txbxContent> sont relus comme unités à part), une unité par ligne de tableau (cellules jointes) ; en-têtes
  et pieds de page (word/header*.xml, word/footer*.xml) ; contrôle des dix « Étape n — » en titres, de la liste
  numérotée automatique (<w:numPr> ou style de liste numérotée), de la zone de texte « NUMÉROS D'URGENCE », du
  tableau « Qui fait quoi » (au moins dix lignes de données) et du champ PAGE dans le pied de page ;
- PPTX : archive zip ; une unité par diapositive (« diapo n », paragraphes <a:p>, cellules de tableau comprises)
  et une unité par page de notes (« notes n », reliée à sa diapositive par les relations) ; contrôle du format
  16:9, de 12 diapositives, d'au moins trois tableaux, de notes sur chaque diapositive et du quiz de sigles
  dont les réponses ne sont que dans les notes ;
- ODS : archive zip ; content.xml, feuilles <table:table>, lignes et cellules (répétitions
  number-columns-repeated dépliées, cellules couvertes vides) ; une unité par ligne (« feuille / ligne n »,
  cellules non vides jointes par une espace) ; contrôle de deux feuilles, de la ligne de titre fusionnée, de
  l'en-tête avec « Total », de la ligne « Total » recalculée (sommes des années, et total de ligne = somme des
  colonnes) et d'au moins deux lignes de notes sous le tableau ;
- MHTML : module email de la bibliothèque standard ; multipart/related, partie HTML en quoted-printable
  (décodée en UTF-8), ressource image ; texte visible (BeautifulSoup, sans script / style / head) ; contrôle du
  fil d'Ariane, du menu, de l'encadré « Contacts » et de la liste « À lire aussi » ;
- PDF lettre : pypdf, une unité par page ; contrôle de 2 ou 3 pages en portrait, du bandeau daté « N° 9 — juin
  2025 » et de l'encadré « Chiffres clés » en page 1, de « page n » sur chaque page et de la mise en deux
  colonnes (positions horizontales des lignes relevées par un visiteur de texte) ;
- SBV : blocs séparés par une ligne vide, horodatage « h:mm:ss.mmm,h:mm:ss.mmm » ; une unité = un repère joint
  au repère suivant (une preuve peut chevaucher une coupure), clé = début du premier repère ; contrôle de la
  durée (15 à 25 minutes), du nombre de repères (120 et plus), des étiquettes « >> Nom : » (en début de repère,
  noms du catalogue, chaque orateur au moins une fois, jamais deux fois de suite le même) ;
- TXT : une unité par bloc séparé par une ligne vide ; contrôle de l'en-tête encadré, des présents, de deux
  tableaux ASCII « +---+ » aux lignes de même largeur et des décisions D1 à D8.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .sbv (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, clés obligatoires, date = préfixe du nom,
url et replay en .example, speakers et replay pour la transcription, published >= date) ; questions
(identifiants n46-01 à n46-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null,
4 en anglais, chaque alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes
ABSENT des questions sans réponse absents de tous les documents.

Usage : python check.py                          (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions FICHIER ...  (contrôle d'un autre fichier de questions, p. ex. le brouillon)
        python check.py --dump NOM               (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"          (documents / unités où la phrase apparaît)
"""
import email
import json
import os
import re
import sys
import tomllib
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from email import policy

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
EXPECTED_EXTS = sorted([".docx", ".pdf", ".sbv", ".pptx", ".mhtml", ".ods", ".txt"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n46"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2020", "val fleuri", "gem", "groupe d'entraide mutuelle", "pssm", "premiers secours en santé mentale",
          "conseil départemental", "département finance", "université", "universités", "étudiants", "étudiant",
          "agriculteurs", "agricole", "msa"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- DOCX
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w_text(el):
    """Texte d'un élément Word sans les zones de texte ni les paragraphes imbriqués."""
    out = []
    for ch in el:
        if ch.tag in (W + "txbxContent",):
            continue
        if ch.tag == W + "t":
            out.append(ch.text or "")
        elif ch.tag in (W + "tab", W + "br", W + "cr"):
            out.append(" ")
        elif ch.tag == W + "instrText":
            continue
        else:
            out.append(_w_text(ch))
    return "".join(out)


def _style(p):
    ps = p.find(W + "pPr/" + W + "pStyle")
    return ps.get(W + "val") if ps is not None else ""


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        root = ET.fromstring(z.read("word/document.xml"))
        hf = [ET.fromstring(z.read(n)) for n in names if re.match(r"word/(header|footer)\d*\.xml$", n)]
        footers = [z.read(n).decode("utf-8") for n in names if re.match(r"word/footer\d*\.xml$", n)]
        styles = z.read("word/styles.xml").decode("utf-8")
    body = root.find(W + "body")
    units = []
    n = 0

    def add(kind, text):
        nonlocal n
        n += 1
        units.append(("%s %d" % (kind, n), text))

    steps, numbered = [], 0
    for el in body:
        if el.tag == W + "p":
            txt = _w_text(el)
            st = _style(el)
            if re.match(r"Étape \d+ — ", txt):
                assert st.lower().startswith("heading"), "étape hors titre : %r" % txt
                steps.append(int(txt.split()[1]))
            if el.find(W + "pPr/" + W + "numPr") is not None or "Number" in st:
                numbered += 1
            add("§", txt)
        elif el.tag == W + "tbl":
            rows = el.findall(W + "tr")
            for tr in rows:
                add("ligne", " ".join(_w_text(tc) for tc in tr.findall(W + "tc")))
    boxes = root.findall(".//" + W + "txbxContent")
    assert boxes, "zone de texte absente"
    for b in boxes:
        for p in b.iter(W + "p"):
            add("encadré", _w_text(p))
    assert any("NUMÉROS D'URGENCE" in t for k, t in units if k.startswith("encadré")), "encadré d'urgence"
    assert steps == list(range(1, 11)), "dix étapes en titres attendues (%s)" % steps
    assert numbered >= 20, "liste numérotée automatique attendue"
    assert "ListNumber" in styles or "List Number" in styles, "style de liste numérotée absent"
    tbls = body.findall(W + "tbl")
    assert tbls and len(tbls[0].findall(W + "tr")) >= 11, "tableau « Qui fait quoi » attendu"
    assert any("Qui fait quoi" in t for _, t in units), "titre du tableau absent"
    assert any("PAGE" in f for f in footers), "champ PAGE absent du pied de page"
    for h in hf:
        add("en-tête/pied", " ".join(_w_text(p) for p in h.iter(W + "p")))
    return units


# ---------------------------------------------------------------- PPTX
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
PP = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def _a_paras(root):
    return ["".join(t.text or "" for t in p.iter(A + "t")) for p in root.iter(A + "p")]


def read_pptx(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        sz = pres.find(PP + "sldSz")
        assert abs(int(sz.get("cx")) / int(sz.get("cy")) - 16 / 9) < 0.01, "format 16:9 attendu"
        slides = sorted((n for n in names if re.match(r"ppt/slides/slide\d+\.xml$", n)),
                        key=lambda n: int(re.search(r"(\d+)\.xml", n).group(1)))
        assert len(slides) == 12, "12 diapositives attendues (%d)" % len(slides)
        units, tables, quiz = [], 0, None
        for i, s in enumerate(slides, 1):
            root = ET.fromstring(z.read(s))
            tables += len(root.findall(".//" + A + "tbl"))
            paras = _a_paras(root)
            units.append(("diapo %d" % i, "\n".join(paras)))
            rels = ET.fromstring(z.read("ppt/slides/_rels/%s.rels" % os.path.basename(s)))
            notes = [r.get("Target") for r in rels.iter(PR + "Relationship") if r.get("Type").endswith("/notesSlide")]
            assert notes, "diapositive %d sans notes" % i
            npath = os.path.normpath(os.path.join("ppt/slides", notes[0])).replace(os.sep, "/")
            nroot = ET.fromstring(z.read(npath))
            ntext = "\n".join(p for p in _a_paras(nroot) if p.strip() and not re.fullmatch(r"\d+", p.strip()))
            assert ntext.strip(), "notes vides sur la diapositive %d" % i
            units.append(("notes %d" % i, ntext))
            if any("quiz" in p.lower() for p in paras):
                quiz = (paras, ntext)
    assert tables >= 3, "au moins trois tableaux attendus"
    assert quiz, "diapositive de quiz absente"
    assert "conseil local de santé mentale" in quiz[1] and "conseil local" not in " ".join(quiz[0]), \
        "les réponses du quiz doivent être seulement dans les notes"
    return units


# ---------------------------------------------------------------- ODS
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _cell_text(c):
    return "\n".join("".join(p.itertext()) for p in c.iter(TX + "p"))


def read_ods(path):
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet", "type MIME ODS"
        root = ET.fromstring(z.read("content.xml"))
    sheets = root.findall(".//" + TB + "table")
    assert len(sheets) == 2, "deux feuilles attendues"
    units = []
    for sh in sheets:
        name = sh.get(TB + "name")
        rows = []
        for r in sh.findall(TB + "table-row"):
            rep = int(r.get(TB + "number-rows-repeated", "1"))
            cells = []
            for c in r:
                if c.tag not in (TB + "table-cell", TB + "covered-table-cell"):
                    continue
                n = int(c.get(TB + "number-columns-repeated", "1"))
                v = "" if c.tag == TB + "covered-table-cell" else _cell_text(c)
                cells += [v] * min(n, 50)
            rows += [cells] * min(rep, 5)
        first = rows[0]
        assert first[0] and not any(first[1:]), "%s : ligne de titre seule attendue" % name
        assert sh.find(TB + "table-row/" + TB + "table-cell").get(TB + "number-columns-spanned"), \
            "%s : titre non fusionné" % name
        hi = next(i for i, r in enumerate(rows) if r and r[0] == "Année")
        hdr = rows[hi]
        assert hdr[-1] == "Total" or "Total" in hdr, "%s : colonne Total absente" % name
        width = hdr.index("Total") + 1
        data = [r for r in rows[hi + 1:] if r and re.fullmatch(r"20\d\d", r[0])]
        tot = [r for r in rows if r and r[0] == "Total"]
        assert len(data) == 4 and len(tot) == 1, "%s : quatre années et une ligne Total attendues" % name
        for r in data + tot:
            assert int(r[width - 1]) == sum(int(x) for x in r[1:width - 1]), "%s : total de ligne faux" % name
        for j in range(1, width):
            assert int(tot[0][j]) == sum(int(r[j]) for r in data), "%s : total de colonne faux (%s)" % (name, hdr[j])
        ti = rows.index(tot[0])
        notes = [r for r in rows[ti + 1:] if any(r)]
        assert len(notes) >= 2 and all(r[0].startswith(("Notes", "Source", "Pour", "Taux", "Non")) for r in notes), \
            "%s : lignes de notes attendues sous le tableau" % name
        for i, r in enumerate(rows, 1):
            txt = " ".join(c for c in r if c)
            if txt:
                units.append(("%s / ligne %d" % (name, i), txt))
    return units


# ---------------------------------------------------------------- MHTML
def read_mhtml(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.compat32)
    assert msg.get_content_type() == "multipart/related", "MHTML : multipart/related attendu"
    html_parts = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    assert len(html_parts) == 1, "une partie HTML attendue"
    part = html_parts[0]
    assert part.get("Content-Transfer-Encoding", "").lower() == "quoted-printable", "HTML non quoted-printable"
    assert any(p.get_content_maintype() == "image" for p in msg.walk()), "ressource image attendue"
    html = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    soup = BeautifulSoup(html, "html.parser")
    crumbs = soup.select_one('nav[aria-label="Fil d\'Ariane"]')
    assert crumbs and len(crumbs.select("li")) >= 4, "fil d'Ariane absent"
    assert len(soup.select('nav[aria-label="Menu principal"] li')) >= 6, "menu absent"
    box = [s for s in soup.select("aside section") if s.find("h2") and s.find("h2").get_text() == "Contacts"]
    assert box and box[0].select("dl dt"), "encadré Contacts absent"
    more = [s for s in soup.select("aside section") if s.find("h2") and "lire aussi" in s.find("h2").get_text()]
    assert more and len(more[0].select("li a")) >= 4, "liste « À lire aussi » absente"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


# ---------------------------------------------------------------- PDF lettre
def read_pdf_newsletter(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert 2 <= n <= 3, "2 ou 3 pages attendues"
    units = []
    for i, p in enumerate(r.pages, 1):
        box = p.mediabox
        assert float(box.height) > float(box.width), "page %d non portrait" % i
        xs = []

        def visit(text, cm, tm, fd, fs):
            if text.strip():
                xs.append(tm[4] * cm[0] + cm[4])
        t = p.extract_text(visitor_text=visit) or ""
        half = float(box.width) / 2
        left = sum(1 for x in xs if x < half - 10)
        right = sum(1 for x in xs if x > half)
        assert left > 10 and right > 10, "page %d : deux colonnes attendues" % i
        assert re.search(r"^page %d$" % i, t, re.M), "« page %d » absent" % i
        units.append((i, t))
    assert "N° 9 — juin 2025" in units[0][1], "bandeau daté absent"
    assert "Chiffres clés" in units[0][1], "encadré Chiffres clés absent en page 1"
    return units


# ---------------------------------------------------------------- SBV
SBV_TIME = re.compile(r"^(\d+):(\d\d):(\d\d)\.(\d{3}),(\d+):(\d\d):(\d\d)\.(\d{3})$")
LABEL = re.compile(r"^>> ([^:]+?) : ")


def parse_sbv(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    assert "\r" not in raw and not raw.startswith("\ufeff"), "SBV : fins de ligne ou BOM inattendus"
    cues = []
    for n, b in enumerate(raw.strip().split("\n\n"), 1):
        lines = b.split("\n")
        m = SBV_TIME.match(lines[0])
        assert m, "horodatage SBV invalide au repère %d : %r" % (n, lines[0])
        assert 1 <= len(lines) - 1 <= 2, "repère %d : une ou deux lignes de texte attendues" % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start, "repère %d de durée nulle" % n
        assert not cues or start >= cues[-1][1], "repères SBV qui se chevauchent au %d" % n
        cues.append((start, end, " ".join(lines[1:])))
    return cues


def read_sbv(path, speakers=()):
    cues = parse_sbv(path)
    assert len(cues) >= 120, "au moins 120 repères attendus (%d)" % len(cues)
    assert 900 <= cues[-1][1] <= 1500, "durée hors de 15 à 25 minutes (%.0f s)" % cues[-1][1]
    labels = [LABEL.match(t).group(1) for _, _, t in cues if LABEL.match(t)]
    assert set(labels) == set(speakers) and len(speakers) >= 2, "orateurs %s / catalogue %s" % (set(labels), speakers)
    assert all(a != b for a, b in zip(labels, labels[1:])), "deux étiquettes de suite pour le même orateur"
    assert all(">>" not in t[2:] for _, _, t in cues), "étiquette ailleurs qu'en début de repère"
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = cues[i + 1][2] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


# ---------------------------------------------------------------- TXT
def read_txt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    assert lines[0].startswith("=====") and lines[1] == "RELEVÉ DE DÉCISIONS", "en-tête encadré"
    assert "PRÉSENTS" in lines and "EXCUSÉS" in lines, "présents / excusés"
    tables, cur = [], []
    for ln in lines:
        s = ln.strip()
        if s.startswith(("+-", "+=", "|")):
            cur.append(s)
        elif cur:
            tables.append(cur)
            cur = []
    assert len(tables) == 2, "deux tableaux ASCII attendus"
    for t in tables:
        assert len({len(x) for x in t}) == 1, "lignes de tableau de largeurs différentes"
    dec = re.findall(r"^D(\d)\. ", raw, re.M)
    assert dec == [str(i) for i in range(1, 9)], "décisions D1 à D8 attendues"
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
        readers = {".docx": read_docx, ".pptx": read_pptx, ".ods": read_ods, ".mhtml": read_mhtml,
                   ".pdf": read_pdf_newsletter, ".txt": read_txt}
        if ext == ".sbv":
            units = read_sbv(path, entry.get("speakers", ()))
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
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    kinds = {os.path.splitext(fn)[1]: e.get("kind") for fn, e in cat.items()}
    if kinds.get(".sbv") != "transcript" or kinds.get(".mhtml") != "webpage" or kinds.get(".pptx") != "slides":
        errors.append("catalogue : .sbv = transcript, .mhtml = webpage et .pptx = slides attendus")


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    if ext == ".sbv":
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur la transcription SBV" % qid)
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
    star_docs = {s: 0 for s in docs}
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
        hit_docs = set()
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
                hit_docs.update(t for t, _ in found)
                if not found:
                    errors.append("%s : preuve introuvable %r (doc %s)" % (qid, alt, doc))
                elif verbose:
                    print("  ok %s  %-44s -> %s" % (qid, alt[:44], ", ".join(
                        "%s[%s]" % (t[11:40], ",".join(str(x) for x in h[:2])) for t, h in found[:3])))
        if doc == "*":
            if len(hit_docs) < 2:
                errors.append("%s : doc « * » mais preuves trouvées dans un seul document" % qid)
            for t in hit_docs:
                star_docs[t] += 1
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
    return qs, per_doc, star_docs


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
    qs, per_doc, star_docs = check_questions(docs, errors)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    sbv = [os.path.join(CORPUS, d["file"]) for d in docs.values() if d["ext"] == ".sbv"]
    cues = parse_sbv(sbv[0])
    print("\nquestions lues dans :", os.path.relpath(QUESTIONS, ROOT))
    print("documents :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document (doc exact) :", {k[:52]: v for k, v in per_doc.items()})
    print("documents touchés par les questions « * » :", {k[:52]: v for k, v in star_docs.items()})
    print("questions « * » :", sum(1 for q in qs if q.get("doc") == "*"))
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    print("durée de la transcription SBV : %.0f s, %d repères" % (cues[-1][1], len(cues)))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
