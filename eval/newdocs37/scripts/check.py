# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs37.

Lecteurs indépendants des générateurs (un par type de fichier ; aucune bibliothèque d'écriture n'est utilisée pour
relire : zipfile + ElementTree pour les formats Office, pypdf pour le PDF, BeautifulSoup pour le HTML) :
- DOCX : word/document.xml, texte des <w:t> par paragraphe <w:p> (cellules de tableau comprises), appels de note
  ignorés ; notes de bas de page lues dans word/footnotes.xml (hors séparateurs) ; en-tête et pied de page lus dans
  les parties référencées par le <w:sectPr>. Unités : « corps », « notes », « en-tête », « pied ». Contrôles : dix
  paragraphes « Art. n. » tapés (1 à 10, sans <w:numPr>), au moins une note réelle appelée depuis le corps, tableau
  des signatures (au moins huit lignes), champ PAGE dans le pied de page, texte dans l'en-tête ;
- MD : front matter YAML (entre deux lignes « --- », clés title / date / version), puis une unité par section
  (découpage sur les titres « # ») ; contrôles : au moins cinq étapes numérotées, une liste imbriquée, un tableau
  à barres avec sa ligne de séparation, un blockquote ;
- HTML : BeautifulSoup ; contrôles du bandeau cookies, du fil d'Ariane, de <main> avec h2 et h3, d'au moins trois
  <details>/<summary>, d'un <aside> de contact avec lien tel:, et d'au moins quatre liens dans le <footer> ;
  unité = texte visible de la page (sans script, style, head) ;
- VTT : en-tête WEBVTT, blocs « identifiant / horodatage / texte <v Nom>…</v> » ; identifiant Teams
  « guid/n-k » ; horodatages croissants ; durée 15 à 25 minutes ; voix = exactement les speakers du catalogue ;
  une partie questions-réponses (voix de participants seulement dans la seconde moitié). Une unité = un repère
  joint au repère suivant (une preuve peut chevaucher une coupure), clé = début du premier repère ;
- XLSX : zip lu à la main : workbook.xml (noms de feuilles), sharedStrings.xml, styles.xml (formats de nombre :
  date jj/mm/aaaa, 0.0 avec virgule, pourcentage « n % ») ; une unité par ligne (« Feuille!n », cellules
  formatées jointes par une espace) ; contrôles : feuilles « Mensuel 2025 » et « Outcomes », chaque formule a une
  valeur en cache, recalcul des formules SUM / AVERAGE / opérations simples sur références et comparaison au
  cache, ligne « Total 2025 », cellules fusionnées d'en-têtes de groupe dans « Outcomes » ;
- PPTX : zip lu à la main ; ordre des diapositives d'après presentation.xml ; texte des <a:t> par paragraphe
  (<a:p>), formes, tableaux compris ; notes de l'orateur par la relation notesSlide. Unités « diapo n » et
  « notes n ». Contrôles : 18 diapositives, « n / 18 » imprimé sur chacune, un processus d'au moins cinq formes
  reliées par des connecteurs fléchés, au moins un tableau, notes sur chaque diapositive, chiffres clés isolés
  dans des formes à part ;
- PDF : pypdf, une unité par page ; contrôles : 5 pages, « page n / 5 » en pages 2 à 5 et pas en page 1,
  « Sommaire », titres « 1. » et « 1.1 », en-tête du tableau des séances répété sur deux pages, lignes de total,
  notes de bas de page « n. » sur au moins trois pages.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .vtt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour la transcription) ; questions (identifiants n37-01 à
n37-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque
alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans
réponse absents de tous les documents.

Usage : python check.py                        (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions FICHIER    (contrôle d'un autre fichier de questions, par ex. le brouillon)
        python check.py --dump NOM             (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"        (documents / unités où la phrase apparaît)
"""
import datetime
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
EXPECTED_EXTS = sorted([".docx", ".pptx", ".vtt", ".pdf", ".xlsx", ".md", ".html"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n37"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2021", "montarnaud", "ptsm", "projet territorial", "habilitation familiale", "2027", "sism",
          "semaines d'information", "bourgogne", "franche-comte"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- DOCX
WN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RN = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _rels(z, path):
    d, f = os.path.split(path)
    rp = "%s/_rels/%s.rels" % (d, f) if d else "_rels/%s.rels" % f
    root = ET.fromstring(z.read(rp))
    return {r.get("Id"): (r.get("Type"), r.get("Target")) for r in root.iter(PR + "Relationship")}


def _w_para(p):
    """Texte d'un paragraphe Word : <w:t> mis bout à bout, <w:tab> = espace."""
    return "".join((t.text or "") if t.tag == WN + "t" else " " for t in p.iter() if t.tag in (WN + "t", WN + "tab"))


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        rels = _rels(z, "word/document.xml")
        body = doc.find(WN + "body")
        paras = [_w_para(p) for p in body.iter(WN + "p")]
        arts = [p for p in body.iter(WN + "p") if re.match(r"Art\. \d+\. ", _w_para(p))]
        nums = [int(re.match(r"Art\. (\d+)\.", _w_para(p)).group(1)) for p in arts]
        assert nums == list(range(1, 11)), "dix articles « Art. n. » attendus (%s)" % nums
        assert not any(p.find(".//" + WN + "numPr") is not None for p in arts), "articles numérotés automatiquement"
        refs = {r.get(WN + "id") for r in body.iter(WN + "footnoteReference")}
        fn_root = ET.fromstring(z.read("word/footnotes.xml"))
        notes = {}
        for fn in fn_root.iter(WN + "footnote"):
            if fn.get(WN + "type") in ("separator", "continuationSeparator"):
                continue
            notes[fn.get(WN + "id")] = " ".join(_w_para(p) for p in fn.iter(WN + "p"))
        assert notes and refs and refs <= set(notes), "notes de bas de page réelles appelées depuis le corps attendues"
        tables = body.findall(".//" + WN + "tbl")
        assert tables and len(tables[-1].findall(WN + "tr")) >= 8, "tableau des signatures attendu"
        assert "Signatures" in paras, "titre « Signatures » absent"
        sect = body.find(WN + "sectPr")
        hdr = ftr = ""
        field_ok = False
        for ref in sect:
            rid = ref.get(RN + "id")
            if ref.tag == WN + "headerReference":
                root = ET.fromstring(z.read("word/" + rels[rid][1]))
                hdr = " ".join(_w_para(p) for p in root.iter(WN + "p"))
            elif ref.tag == WN + "footerReference":
                root = ET.fromstring(z.read("word/" + rels[rid][1]))
                ftr = " ".join(_w_para(p) for p in root.iter(WN + "p"))
                instr = " ".join(i.text or "" for i in root.iter(WN + "instrText"))
                field_ok = "PAGE" in instr.split()
        assert hdr.strip() and "CLSM" in hdr, "en-tête (logo) vide"
        assert field_ok, "champ PAGE absent du pied de page"
    return [("corps", "\n".join(paras)), ("notes", "\n".join(notes.values())), ("en-tête", hdr), ("pied", ftr)]


# ---------------------------------------------------------------- MD
def read_md(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    m = re.match(r"^---\n(.*?)\n---\n", raw, re.S)
    assert m, "front matter YAML absent"
    fm = dict(re.findall(r"^([a-z_]+):\s*(.*)$", m.group(1), re.M))
    assert {"title", "date", "version"} <= set(fm), "clés title / date / version attendues dans le front matter"
    body = raw[m.end():]
    lines = body.split("\n")
    assert len([ln for ln in lines if re.match(r"\d+\. \*\*", ln)]) >= 5, "étapes numérotées attendues"
    assert any(re.match(r" {3,}- ", ln) for ln in lines), "liste imbriquée attendue"
    assert any(re.match(r"\|(-+\|)+$", ln.replace(" ", "")) for ln in lines), "tableau à barres attendu"
    assert any(ln.startswith("> ") for ln in lines), "blockquote attendu"
    units = [("front matter", m.group(1))]
    for i, sec in enumerate(re.split(r"\n(?=#{1,3} )", body)):
        units.append(("section %d" % i, sec))
    return units


# ---------------------------------------------------------------- HTML
def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    assert soup.select_one("#cookie-banner button"), "bandeau cookies absent"
    bc = soup.select_one('nav[aria-label="Fil d\'Ariane"] ol')
    assert bc and len(bc.find_all("li")) >= 3, "fil d'Ariane absent"
    main = soup.find("main")
    assert main and main.find("h2") and main.find("h3"), "<main> avec h2 et h3 attendu"
    assert len(soup.select("details > summary")) >= 3, "FAQ <details> attendue"
    aside = soup.find("aside")
    assert aside and aside.select_one('a[href^="tel:"]'), "carte de contact <aside> attendue"
    assert len(soup.select("footer a")) >= 4, "liens de pied de page attendus"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


# ---------------------------------------------------------------- VTT
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
        assert len(lines) == 3, "repère %d : identifiant, horodatage et une ligne attendus" % n
        assert VTT_ID.match(lines[0]), "identifiant Teams invalide au repère %d : %r" % (n, lines[0])
        m = VTT_TIME.match(lines[1])
        assert m, "horodatage invalide au repère %d" % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start and (not cues or start >= cues[-1][1]), "horodatages non croissants au repère %d" % n
        v = VOICE.match(lines[2])
        assert v, "balise <v> attendue au repère %d" % n
        cues.append((start, end, v.group(1), v.group(2)))
    return cues


def read_vtt(path, speakers=()):
    cues = parse_vtt(path)
    assert 900 <= cues[-1][1] <= 1500, "durée hors de 15 à 25 minutes (%.0f s)" % cues[-1][1]
    voices = {c[2] for c in cues}
    assert voices == set(speakers), "voix %s différentes des speakers du catalogue" % sorted(voices ^ set(speakers))
    first = {}
    for i, c in enumerate(cues):
        first.setdefault(c[2], i)
    late = [v for v, i in first.items() if i > len(cues) / 2]
    assert len(late) >= 3, "partie questions-réponses (voix nouvelles en seconde moitié) attendue"
    units = []
    for i, (s, _, _, t) in enumerate(cues):
        nxt = cues[i + 1][3] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


# ---------------------------------------------------------------- XLSX
SN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ODR = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _ref(r):
    m = re.match(r"\$?([A-Z]+)\$?(\d+)$", r)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return c, int(m.group(2))


def _fmt(v, code):
    if code is None:
        x = float(v)
        return str(int(x)) if x == int(x) else str(x).replace(".", ",")
    if "yy" in code:
        d = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(v)))
        return d.strftime("%d/%m/%Y")
    if code.endswith("%"):
        return "%d %%" % round(float(v) * 100)
    if code == "0.0":
        return ("%.1f" % float(v)).replace(".", ",")
    return str(int(round(float(v))))


def read_xlsx(path):
    units = []
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = _rels(z, "xl/workbook.xml")
        sst = [("".join(t.text or "" for t in si.iter(SN + "t"))) for si in
               ET.fromstring(z.read("xl/sharedStrings.xml")).iter(SN + "si")]
        st = ET.fromstring(z.read("xl/styles.xml"))
        custom = {n.get("numFmtId"): n.get("formatCode") for n in st.iter(SN + "numFmt")}
        builtin = {"0": None, "1": "0", "9": "0%", "14": "dd/mm/yyyy"}
        xfs = [x.get("numFmtId", "0") for x in st.find(SN + "cellXfs")]
        sheets = [(s.get("name"), rels[s.get(ODR + "id")][1]) for s in wb.iter(SN + "sheet")]
        assert [n for n, _ in sheets] == ["Mensuel 2025", "Outcomes"], "feuilles attendues : %s" % sheets
        for name, target in sheets:
            root = ET.fromstring(z.read("xl/" + target))
            values, formulas = {}, {}
            rows = []
            for row in root.iter(SN + "row"):
                cells = []
                for c in row.iter(SN + "c"):
                    ref = c.get("r")
                    v = c.find(SN + "v")
                    f = c.find(SN + "f")
                    if f is not None:
                        assert v is not None, "formule sans valeur en cache en %s!%s" % (name, ref)
                        formulas[ref] = f.text
                    if v is None:
                        continue
                    if c.get("t") == "s":
                        txt = sst[int(v.text)]
                    else:
                        values[ref] = float(v.text)
                        fid = xfs[int(c.get("s", "0"))]
                        txt = _fmt(v.text, custom.get(fid, builtin.get(fid)))
                    cells.append(txt)
                rows.append((int(row.get("r")), cells))

            def ev(expr):
                expr = expr.strip()
                m = re.match(r"^(SUM|AVERAGE)\((\$?[A-Z]+\$?\d+):(\$?[A-Z]+\$?\d+)\)$", expr)
                if m:
                    (c1, r1), (c2, r2) = _ref(m.group(2)), _ref(m.group(3))
                    vals = [values[k] for k in values
                            if c1 <= _ref(k)[0] <= c2 and r1 <= _ref(k)[1] <= r2]
                    return sum(vals) if m.group(1) == "SUM" else sum(vals) / len(vals)
                toks = re.findall(r"\$?[A-Z]+\$?\d+|[-+/*]", expr)
                assert "".join(toks) == expr.replace(" ", ""), "formule non reconnue : %s" % expr
                refval = lambda t: values["%s%d" % (re.sub(r"[^A-Z]", "", t), _ref(t)[1])]
                acc = refval(toks[0])
                for op, t in zip(toks[1::2], toks[2::2]):
                    x = refval(t)
                    acc = acc + x if op == "+" else acc - x if op == "-" else acc * x if op == "*" else acc / x
                return acc

            for ref, f in formulas.items():
                assert abs(ev(f) - values[ref]) < 1e-6, "valeur en cache fausse en %s!%s (%s)" % (name, ref, f)
            merges = [m.get("ref") for m in root.iter(SN + "mergeCell")]
            if name == "Mensuel 2025":
                assert any(c and c[0] == "Total 2025" for _, c in rows), "ligne Total 2025 absente"
                assert len(formulas) >= 8, "formules de total attendues"
            else:
                vertical = [m for m in merges if _ref(m.split(":")[0])[1] != _ref(m.split(":")[1])[1]]
                horizontal = [m for m in merges if _ref(m.split(":")[0])[0] != _ref(m.split(":")[1])[0]
                              and _ref(m.split(":")[0])[1] == _ref(m.split(":")[1])[1]]
                assert len(vertical) >= 2 and len(horizontal) >= 4, "en-têtes de groupe fusionnés attendus"
            units += [("%s!%d" % (name, r), " ".join(c)) for r, c in rows]
    return units


# ---------------------------------------------------------------- PPTX
AN = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PN = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def _a_text(root):
    return "\n".join("".join(t.text or "" for t in p.iter(AN + "t")) for p in root.iter(AN + "p"))


def read_pptx(path):
    units = []
    with zipfile.ZipFile(path) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        prels = _rels(z, "ppt/presentation.xml")
        slides = ["ppt/" + prels[s.get(ODR + "id")][1] for s in pres.iter(PN + "sldId")]
        n = len(slides)
        assert n == 18, "18 diapositives attendues (%d)" % n
        process = tables = keyfigs = 0
        for i, sp in enumerate(slides, 1):
            root = ET.fromstring(z.read(sp))
            text = _a_text(root)
            assert "%d / %d" % (i, n) in text.split("\n"), "numéro « %d / %d » absent" % (i, n)
            arrows = [c for c in root.iter(PN + "cxnSp") if c.find(".//" + AN + "tailEnd") is not None]
            boxes = [s for s in root.iter(PN + "sp")
                     if s.find(".//" + AN + "prstGeom") is not None
                     and s.find(".//" + AN + "prstGeom").get("prst") == "roundRect" and _a_text(s).strip()]
            if len(arrows) >= 5 and len(boxes) >= 5:
                process += 1
            tables += len(list(root.iter(AN + "tbl")))
            keyfigs += sum(1 for s in root.iter(PN + "sp")
                           if re.fullmatch(r"[\d ,]+( %| jours| sur \d+)?", _a_text(s).strip() or "x"))
            units.append(("diapo %d" % i, text))
            srels = _rels(z, sp)
            notes = [t for typ, t in srels.values() if typ.endswith("/notesSlide")]
            assert notes, "notes absentes sur la diapositive %d" % i
            nroot = ET.fromstring(z.read(os.path.normpath(os.path.join(os.path.dirname(sp), notes[0]))))
            body = [s for s in nroot.iter(PN + "sp") if s.find(".//" + PN + "ph") is not None
                    and s.find(".//" + PN + "ph").get("type") == "body"]
            ntext = "\n".join(_a_text(s) for s in body)
            assert ntext.strip(), "notes vides sur la diapositive %d" % i
            units.append(("notes %d" % i, ntext))
        assert process >= 1, "processus en formes reliées par des flèches absent"
        assert tables >= 1, "tableau absent"
        assert keyfigs >= 6, "chiffres clés dans des formes séparées attendus (%d)" % keyfigs
    return units


# ---------------------------------------------------------------- PDF
def read_pdf(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert n == 5, "5 pages attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        if i == 1:
            assert "page 1 /" not in t, "pied courant sur la couverture"
        else:
            assert "page %d / %d" % (i, n) in t, "« page %d / %d » absent" % (i, n)
            assert t.startswith("CLSM de Bréville-sur-Arbonne — Rapport"), "en-tête courant absent page %d" % i
        units.append((i, t))
    assert "Sommaire" in units[1][1].split("\n"), "sommaire absent en page 2"
    alltext = "\n".join(t for _, t in units)
    assert re.search(r"^1\. La cellule", alltext, re.M) and re.search(r"^1\.1 ", alltext, re.M), "titres numérotés"
    assert sum(1 for _, t in units if "Fait marquant" in t) == 2, "en-tête du tableau des séances non répété"
    assert len(re.findall(r"^Total( 2025)?$", alltext, re.M)) >= 3, "lignes de total attendues"
    assert sum(1 for _, t in units if re.search(r"^\d\. ", t, re.M)) >= 3, "notes de bas de page attendues"
    return units


# ---------------------------------------------------------------- corpus
def load_catalog():
    with open(CATALOG, "rb") as f:
        return tomllib.load(f)


READERS = {".docx": read_docx, ".md": read_md, ".html": read_html, ".xlsx": read_xlsx, ".pptx": read_pptx,
           ".pdf": read_pdf}


def load_corpus():
    cat = load_catalog()
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        path = os.path.join(CORPUS, fn)
        if ext == ".vtt":
            units = read_vtt(path, cat.get(fn, {}).get("speakers", ()))
        elif ext in READERS:
            units = READERS[ext](path)
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
        if e.get("kind") == "slides" and not e.get("event"):
            errors.append("catalogue : diaporama sans event : %s" % fn)
        if e.get("kind") == "webpage" and not e.get("page_updated"):
            errors.append("catalogue : page web sans page_updated : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    expected = {".vtt": "transcript", ".pptx": "slides", ".pdf": "report", ".html": "webpage"}
    for fn, e in cat.items():
        ext = os.path.splitext(fn)[1]
        if ext in expected and e.get("kind") != expected[ext]:
            errors.append("catalogue : %s devrait être typé %s" % (fn, expected[ext]))


def check_at(q, doc, docs, errors):
    qid = q["id"]
    ext = docs[doc]["ext"] if doc in docs else None
    if ext == ".vtt":
        if "at" not in q:
            errors.append("%s : « at » manquant pour une question sur la transcription" % qid)
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
