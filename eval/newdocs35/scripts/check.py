# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs35.

Lecteurs indépendants des générateurs (un par type de fichier du lot ; aucune bibliothèque d'écriture n'est
utilisée pour relire) :
- XLSX : archive zip lue à la main ; feuilles dans l'ordre de xl/workbook.xml et de ses relations ; chaînes
  partagées, chaînes en ligne, nombres (entier si la valeur est entière), valeurs en cache des formules ; une unité
  par ligne de chaque feuille (« feuille!ligne ») ; contrôle des trois feuilles, d'au moins trois cellules
  fusionnées et d'une valeur en cache (<v>) pour chaque formule (au moins dix formules) ;
- PDF rapport : pypdf, une unité par page ; contrôle de la couverture sans en-tête, de « page n / N » et de l'en-tête
  courant sur les autres pages, du sommaire à points de conduite, de l'encadré « Synthèse », de la légende
  « Figure 3 – », de l'en-tête du tableau 2 répété sur deux pages et des notes de bas de page ;
- DOCX : archive zip, word/document.xml (tous les <w:p>, y compris dans les tableaux ; <w:tab>, <w:br> = espace)
  plus en-têtes et pieds de page ; la numérotation automatique est rendue (numbering.xml + numPr du paragraphe ou
  de son style) : le préfixe « Article n – » est ajouté devant le titre comme Word l'affiche ; une unité ; contrôle
  des douze articles numérotés (et de l'absence du mot « Article n » dans le texte brut des titres), du tableau des
  membres et du tableau de signatures à deux colonnes ;
- HTML : texte visible et masqué par CSS (BeautifulSoup, sans script / style / head) ; une unité ; contrôle des
  quatre onglets role=tabpanel (un seul actif), de l'accordéon, du fil d'Ariane, du bandeau cookies et du menu
  de pied de page ;
- WebVTT (Zoom) : repères numérotés « hh:mm:ss.mmm --> … », chaque repère commence par « Nom affiché: » ; le nom
  d'affichage doit correspondre à un des speakers du catalogue (tous les mots du nom présents) ; une unité = un
  repère joint au repère suivant (une preuve peut chevaucher une coupure), clé = début du premier repère ; contrôle
  d'au moins 120 repères et d'une durée de 15 à 20 minutes ;
- PPTX : archive zip lue à la main ; ordre des diapositives pris dans ppt/presentation.xml ; texte des <a:p>
  (formes, groupes, tableaux) plus les notes de l'orateur (notesSlide reliée à la diapositive) ; une unité par
  diapositive ; contrôle du 16:9, du numéro « n » imprimé sur chaque diapositive, d'une et une seule diapositive
  masquée, d'un groupe d'au moins cinq formes, d'au moins deux tableaux et de notes sur au moins dix diapositives ;
- Markdown : texte brut, front matter YAML compris ; une unité ; contrôle du front matter (yaml), des titres, de
  la liste de liens et du tableau à barres verticales.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .vtt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers pour la transcription) ; questions (identifiants n35-01 à n35-45,
champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque alternative
de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans réponse
absents de tous les documents.

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
        python check.py --questions F    (contrôle un autre fichier de questions, par exemple un brouillon)
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
import yaml
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
QUESTIONS = os.path.join(ROOT, "questions.jsonl")
CATALOG = os.path.join(CORPUS, "catalog.toml")

KINDS = {"number", "date", "fact", "definition", "acronym", "comparison", "list", "howto", "transcript",
         "document", "crosslingual", "paraphrase", "yesno", "who", "unanswerable"}
CATALOG_KEYS = ("title", "kind", "date", "published", "organisers", "region", "url")
CATALOG_KINDS = {"slides", "report", "webpage", "transcript", "document"}
EXPECTED_EXTS = sorted([".pptx", ".vtt", ".pdf", ".docx", ".html", ".xlsx", ".md"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n35"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2029", "bruyeres", "fse", "suicide", "2018", "hopital de jour", "anru"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _rels(z, path):
    d, f = os.path.split(path)
    rp = "%s/_rels/%s.rels" % (d, f)
    if rp not in z.namelist():
        return {}
    root = ET.fromstring(z.read(rp))
    out = {}
    for r in root.iter(PKG_REL + "Relationship"):
        tgt = r.get("Target")
        full = tgt.lstrip("/") if tgt.startswith("/") else os.path.normpath(os.path.join(d, tgt)).replace("\\", "/")
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1], full)
    return out


# ---------------------------------------------------------------- XLSX
S_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _num(v):
    f = float(v)
    return str(int(f)) if f.is_integer() else repr(f)


def read_xlsx(path):
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = _rels(z, "xl/workbook.xml")
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S_NS + "si"):
                shared.append("".join(t.text or "" for t in si.iter(S_NS + "t")))
        units, merged, n_formulas, names = [], 0, 0, []
        for sh in wb.iter(S_NS + "sheet"):
            name = sh.get("name")
            names.append(name)
            root = ET.fromstring(z.read(rels[sh.get(R_NS + "id")][1]))
            merged += len(list(root.iter(S_NS + "mergeCell")))
            for row in root.iter(S_NS + "row"):
                vals = []
                for c in row.iter(S_NS + "c"):
                    f = c.find(S_NS + "f")
                    v = c.find(S_NS + "v")
                    t = c.get("t")
                    if f is not None:
                        n_formulas += 1
                        assert v is not None and v.text, "formule sans valeur en cache (%s!%s)" % (name, c.get("r"))
                    if t == "s" and v is not None:
                        vals.append(shared[int(v.text)])
                    elif t == "inlineStr":
                        vals.append("".join(x.text or "" for x in c.iter(S_NS + "t")))
                    elif t in ("str", "e") and v is not None:
                        vals.append(v.text or "")
                    elif t == "b" and v is not None:
                        vals.append("VRAI" if v.text == "1" else "FAUX")
                    elif v is not None and v.text is not None:
                        vals.append(_num(v.text))
                if vals:
                    units.append(("%s!%s" % (name, row.get("r")), " ".join(vals)))
    assert len(names) == 3, "trois feuilles attendues, trouvé %s" % names
    assert merged >= 3, "cellules fusionnées attendues"
    assert n_formulas >= 10, "formules attendues (%d)" % n_formulas
    return units


# ---------------------------------------------------------------- PDF rapport
def read_pdf_report(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert 5 <= n <= 6, "rapport de 5 à 6 pages attendu (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        if i == 1:
            assert "page 1 /" not in t and "Rapport final — juin 2025\nCabinet" not in t, "couverture avec en-tête"
        else:
            assert "page %d / %d" % (i, n) in t, "« page %d / %d » absent" % (i, n)
            assert "Ville d'Ormeval — Diagnostic local de santé mentale" in t, "en-tête courant absent p. %d" % i
        units.append((i, t))
    assert "Sommaire" in units[1][1] and re.search(r"(\.\s+){10,}\d", units[1][1]), "sommaire à points absent"
    assert "Synthèse" in units[1][1], "encadré de synthèse absent"
    alltext = "\n".join(t for _, t in units)
    assert "Figure 3 –" in alltext, "légende « Figure 3 – » absente"
    head = [i for i, t in units if "Ressource\nPorteur\nPublic\nLieu\nModalités d'accès" in t]
    assert len(head) >= 2 and head[1] == head[0] + 1, "en-tête du tableau 2 non répété sur la page suivante"
    assert "23,0 psychiatres" in alltext, "note de bas de page absente"
    return units


# ---------------------------------------------------------------- DOCX
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w_par(p):
    out = []
    for el in p.iter():
        if el.tag == W_NS + "t":
            out.append(el.text or "")
        elif el.tag in (W_NS + "tab", W_NS + "br"):
            out.append(" ")
    return "".join(out)


def _docx_numbering(z):
    """numId -> {ilvl: (lvlText, start)} ; styleId -> (numId, ilvl) via les styles (et basedOn)."""
    nums = {}
    if "word/numbering.xml" in z.namelist():
        root = ET.fromstring(z.read("word/numbering.xml"))
        absd = {}
        for a in root.findall(W_NS + "abstractNum"):
            lv = {}
            for l in a.findall(W_NS + "lvl"):
                txt = l.find(W_NS + "lvlText")
                st = l.find(W_NS + "start")
                fmt = l.find(W_NS + "numFmt")
                lv[l.get(W_NS + "ilvl")] = (txt.get(W_NS + "val") if txt is not None else "",
                                           int(st.get(W_NS + "val")) if st is not None else 1,
                                           fmt.get(W_NS + "val") if fmt is not None else "decimal")
            absd[a.get(W_NS + "abstractNumId")] = lv
        for n in root.findall(W_NS + "num"):
            nums[n.get(W_NS + "numId")] = absd.get(n.find(W_NS + "abstractNumId").get(W_NS + "val"), {})
    styles = {}
    root = ET.fromstring(z.read("word/styles.xml"))
    based = {}
    for s in root.findall(W_NS + "style"):
        sid = s.get(W_NS + "styleId")
        b = s.find(W_NS + "basedOn")
        based[sid] = b.get(W_NS + "val") if b is not None else None
        np_ = s.find("%spPr/%snumPr" % (W_NS, W_NS))
        if np_ is not None and np_.find(W_NS + "numId") is not None:
            il = np_.find(W_NS + "ilvl")
            styles[sid] = (np_.find(W_NS + "numId").get(W_NS + "val"), il.get(W_NS + "val") if il is not None else "0")
    for sid in list(based):
        cur, seen = sid, set()
        while cur and cur not in styles and cur not in seen:
            seen.add(cur)
            cur = based.get(cur)
        if cur in styles and sid not in styles:
            styles[sid] = styles[cur]
    return nums, styles


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        nums, styles = _docx_numbering(z)
        hf = []
        for name in z.namelist():
            if re.match(r"word/(header|footer)\d*\.xml$", name):
                hf += [_w_par(p) for p in ET.fromstring(z.read(name)).iter(W_NS + "p")]
    counters = {}
    paras, raw_numbered = [], []
    for p in root.iter(W_NS + "p"):
        txt = _w_par(p)
        ppr = p.find(W_NS + "pPr")
        numid = ilvl = None
        if ppr is not None:
            ps = ppr.find(W_NS + "pStyle")
            np_ = ppr.find(W_NS + "numPr")
            if np_ is not None and np_.find(W_NS + "numId") is not None:
                numid = np_.find(W_NS + "numId").get(W_NS + "val")
                il = np_.find(W_NS + "ilvl")
                ilvl = il.get(W_NS + "val") if il is not None else "0"
            elif ps is not None and ps.get(W_NS + "val") in styles:
                numid, ilvl = styles[ps.get(W_NS + "val")]
        if numid and numid in nums and ilvl in nums[numid]:
            lvl_text, start, fmt = nums[numid][ilvl]
            key = (numid, ilvl)
            counters[key] = counters.get(key, start - 1) + 1
            if fmt != "bullet" and "%" in lvl_text:
                prefix = re.sub(r"%\d", str(counters[key]), lvl_text)
                raw_numbered.append((prefix, txt))
                txt = prefix + " " + txt
        paras.append(txt)
    arts = [pre for pre, _ in raw_numbered if re.match(r"Article \d+ –$", pre)]
    assert arts == ["Article %d –" % i for i in range(1, 13)], "douze articles numérotés attendus : %s" % arts
    assert not any(re.match(r"Article \d", t) for pre, t in raw_numbered), "« Article n » écrit en dur"
    assert any(h.strip() for h in hf) and any("PAGE" in x for x in [ET.tostring(ET.fromstring(
        zipfile.ZipFile(path).read(n))).decode() for n in zipfile.ZipFile(path).namelist()
        if re.match(r"word/footer\d*\.xml$", n)]), "pied de page avec champ PAGE absent"
    tbls = list(root.iter(W_NS + "tbl"))
    assert len(tbls) >= 2, "tableaux des membres et des signatures attendus"
    sig = tbls[-1]
    assert all(len(tr.findall(W_NS + "tc")) == 2 for tr in sig.iter(W_NS + "tr")), "signatures sur deux colonnes"
    assert "Représentant(e) désigné(e)" in paras, "en-tête du tableau des membres absent"
    return [(0, "\n".join(paras + hf))]


# ---------------------------------------------------------------- HTML
def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    assert soup.select_one("[role=tablist]"), "liste d'onglets absente"
    panels = soup.select("[role=tabpanel]")
    assert len(panels) == 4, "quatre panneaux d'onglets attendus"
    assert [("is-active" in (p.get("class") or [])) for p in panels] == [True, False, False, False], \
        "seul le premier panneau doit être actif"
    assert len(soup.select(".accordion__panel")) >= 5, "FAQ en accordéon absente"
    assert soup.select_one("nav.breadcrumb") and soup.select_one("#cookies") and soup.select_one("footer nav"), \
        "fil d'Ariane, bandeau cookies ou menu de pied de page absent"
    assert soup.select("time[datetime]"), "dates <time> absentes"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


# ---------------------------------------------------------------- WebVTT
TS = re.compile(r"(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")


def parse_vtt(path):
    with open(path, encoding="utf-8") as f:
        content = f.read()
    assert content.startswith("WEBVTT"), "en-tête WEBVTT absent"
    blocks = content.strip().split("\n\n")[1:]
    cues = []
    for n, b in enumerate(blocks, 1):
        lines = b.strip().split("\n")
        assert lines[0] == str(n), "numérotation VTT rompue au repère %d" % n
        m = TS.match(lines[1])
        assert m, "horodatage VTT invalide : %r" % lines[1]
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start
        assert not cues or start >= cues[-1][1], "repères VTT qui se chevauchent au %d" % n
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def read_vtt(path, speakers=()):
    cues = parse_vtt(path)
    spk = [set(norm(s).split()) for s in speakers]
    seen = set()
    for s, _, t in cues:
        m = re.match(r"^([^:]{3,60}): ", t)
        assert m, "repère sans nom d'orateur à %.1f s" % s
        toks = set(norm(m.group(1)).split())
        hits = [i for i, sp in enumerate(spk) if sp <= toks]
        assert len(hits) == 1, "nom d'affichage %r sans speaker du catalogue" % m.group(1)
        seen.add(hits[0])
    assert len(seen) == len(speakers) == 5, "cinq orateurs attendus"
    assert len(cues) >= 120, "au moins 120 repères attendus"
    assert 900 <= cues[-1][1] <= 1200, "durée hors de 15-20 minutes : %.0f s" % cues[-1][1]
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = cues[i + 1][2] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


# ---------------------------------------------------------------- PPTX
A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P_NS = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def _a_par(p):
    out = []
    for el in p.iter():
        if el.tag == A_NS + "t":
            out.append(el.text or "")
        elif el.tag == A_NS + "br":
            out.append(" ")
    return "".join(out)


def read_pptx(path):
    with zipfile.ZipFile(path) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        rels = _rels(z, "ppt/presentation.xml")
        sz = pres.find(P_NS + "sldSz")
        assert sz is not None and abs(int(sz.get("cx")) / int(sz.get("cy")) - 16 / 9) < 0.01, "PPTX non 16:9"
        ids = [s.get(R_NS + "id") for s in pres.iter(P_NS + "sldId")]
        units, hidden, big_group, n_tables, n_notes = [], [], False, 0, 0
        for i, rid in enumerate(ids, 1):
            spath = rels[rid][1]
            root = ET.fromstring(z.read(spath))
            if root.get("show") == "0":
                hidden.append(i)
            for grp in root.iter(P_NS + "grpSp"):
                if len([c for c in grp if c.tag in (P_NS + "sp", P_NS + "cxnSp")]) >= 5:
                    big_group = True
            n_tables += len(list(root.iter(A_NS + "tbl")))
            paras = [_a_par(p) for p in root.iter(A_NS + "p")]
            assert any(p.strip() == str(i) for p in paras), "numéro « %d » absent de la diapositive" % i
            notes = ""
            for typ, target in _rels(z, spath).values():
                if typ == "notesSlide":
                    nroot = ET.fromstring(z.read(target))
                    notes = "\n".join(_a_par(p) for p in nroot.iter(A_NS + "p") if _a_par(p).strip()
                                      and _a_par(p).strip() != str(i))
            if notes.strip():
                n_notes += 1
            units.append((i, "\n".join(paras) + "\n" + notes))
    assert 15 <= len(units) <= 17, "15 à 17 diapositives attendues"
    assert len(hidden) == 1, "une diapositive masquée attendue : %s" % hidden
    assert big_group, "processus en formes groupées absent"
    assert n_tables >= 2 and n_notes >= 10, "tableaux ou notes de l'orateur manquants"
    return units


# ---------------------------------------------------------------- Markdown
def read_md(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    assert m, "front matter YAML absent"
    fm = yaml.safe_load(m.group(1))
    assert isinstance(fm, dict) and fm.get("reference") and fm.get("date_limite_candidature"), "front matter"
    assert re.search(r"^# ", text, re.M) and len(re.findall(r"^## ", text, re.M)) >= 6, "titres attendus"
    assert len(re.findall(r"^- \[[^\]]+\]\(https://[^)]+\.example/[^)]*\)", text, re.M)) >= 5, "liste de liens"
    assert len(re.findall(r"^\|.*\|$", text, re.M)) >= 6 and re.search(r"^\|[:\- |]+\|$", text, re.M), \
        "tableau à barres verticales absent"
    return [(0, text)]


# ---------------------------------------------------------------- chargement
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
        elif ext == ".pdf":
            units = read_pdf_report(path)
        elif ext in (".pptx", ".docx", ".xlsx", ".html", ".md"):
            units = {".pptx": read_pptx, ".docx": read_docx, ".xlsx": read_xlsx, ".html": read_html,
                     ".md": read_md}[ext](path)
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
        if e.get("updated") and e.get("published") and e["updated"] < e["published"]:
            errors.append("catalogue : updated antérieur à published pour %s" % fn)
        if not isinstance(e.get("organisers"), list) or not e.get("organisers"):
            errors.append("catalogue : organisers doit être une liste non vide (%s)" % fn)
    kinds = {os.path.splitext(fn)[1]: e.get("kind") for fn, e in cat.items()}
    want = {".pdf": "report", ".vtt": "transcript", ".pptx": "slides", ".html": "webpage"}
    for ext, k in want.items():
        if kinds.get(ext) != k:
            errors.append("catalogue : le %s doit être typé %s" % (ext, k))


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


def check_questions(docs, errors, path, verbose=True):
    qs = []
    with open(path, encoding="utf-8") as f:
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
            if not isinstance(group, list) or not group:
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
    qpath = QUESTIONS
    if len(sys.argv) > 2 and sys.argv[1] == "--questions":
        qpath = os.path.abspath(sys.argv[2])
    errors = []
    check_catalog(docs, errors)
    if not os.path.exists(qpath):
        print("%s absent : seuls le corpus et le catalogue ont été contrôlés." % os.path.basename(qpath))
        for e in errors:
            print("  -", e)
        return 1 if errors else 0
    qs, per_doc = check_questions(docs, errors, qpath)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    vtt = [os.path.join(CORPUS, d["file"]) for d in docs.values() if d["ext"] == ".vtt"]
    cues = parse_vtt(vtt[0])
    print("\nfichier contrôlé :", os.path.relpath(qpath, ROOT))
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
