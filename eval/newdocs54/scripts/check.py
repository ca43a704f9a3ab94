# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs54.

Lecteurs indépendants des générateurs (aucune bibliothèque d'écriture n'est utilisée pour relire) :
- DOCX : archive zip lue à la main ; word/document.xml parcouru dans l'ordre du corps : un paragraphe = une
  unité (w:t, w:tab et w:br = espace) ; un tableau = une unité par ligne (cellules jointes) ; en-tête et pied de
  page lus dans word/header*.xml et word/footer*.xml ; contrôle de la liste numérotée (w:numPr dans le paragraphe
  ou dans son style, relu dans styles.xml), du tableau des actions (en-tête Action / Pilote / Échéance / État),
  d'au moins trois « [Note de la coordinatrice : … ] » et de l'encadré « Relevé de décisions » (tableau d'une
  seule cellule, bordé) ;
- PPTX : archive zip lue à la main ; ordre des diapositives d'après ppt/presentation.xml et ses relations ; une
  unité par diapositive (« diapo n », tous les a:p) et une par page de notes (« notes n », sans le numéro de
  diapositive) ; contrôle de 12 diapositives, d'un parcours d'au moins six connecteurs p:cxnSp reliés à des
  formes aux deux bouts et fléchés, de formes contenant du texte, d'un tableau a:tbl et de notes sur au moins
  huit diapositives ;
- CSV : octets décodés en iso-8859-1 (le décodage UTF-8 doit échouer), module csv (séparateur « ; ») ; une
  unité par ligne ; contrôle de l'en-tête à six colonnes, de la dernière ligne « Total » recalculée (élèves,
  classes, heures d'infirmière, nombre d'écoles et d'écoles inscrites) ;
- Markdown : texte brut ; une unité par section « ## » (le préambule compris) ; liens [texte](url) réduits à
  « texte url » ; contrôle du bloc YAML, d'au moins huit questions « ## Mon enfant », du tableau « Qui
  appeler ? » et d'au moins quatre liens vers des domaines .example ;
- WebVTT : en-tête WEBVTT, blocs séparés par une ligne vide, identifiant uuid/n-0, horodatage
  « hh:mm:ss.mmm --> hh:mm:ss.mmm », texte en balise de voix <v Prénom Nom> ; une unité = un repère joint au
  repère suivant (une preuve peut chevaucher une coupure), clé = début du premier repère ; contrôle de la durée
  (23 à 27 minutes), des voix (exactement les « speakers » du catalogue), de la part de repères en minuscules
  sans ponctuation (au moins 70 %) et de quelques repères ponctués avec majuscules ;
- HTML : BeautifulSoup ; texte visible de <body> (sans style ni script), une unité ; contrôle de la mise en
  page en tableaux (au moins six <table>, aucun <div> hors preheader), des styles en ligne, du preheader masqué,
  du lien « Voir dans le navigateur », de trois « Lire la suite » et du lien de désinscription ;
- PDF diaporama : pypdf, une unité par page ; contrôle de 16 pages paysage, du numéro de diapositive seul sur
  une ligne de chaque page, et de l'histogramme (cinq valeurs et cinq années en lignes isolées sur une page).
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .vtt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, clés obligatoires, date = préfixe du nom,
url et replay en .example, speakers et replay pour la transcription) ; questions (identifiants n54-01 à n54-45,
champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, alternatives de 2 à
8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans réponse absents de
tous les documents.

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --questions F    (contrôle avec un autre fichier de questions, p. ex. le brouillon)
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
EXPECTED_EXTS = sorted([".docx", ".pptx", ".csv", ".md", ".vtt", ".html", ".pdf"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n54"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2020", "valcros", "tdah", "deficit de l'attention", "hyperactivite", "rased", "mon soutien psy",
          "monpsy", "cpam", "caisse primaire", "phare", "harcelement"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- DOCX
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w_text(el):
    out = []
    for n in el.iter():
        if n.tag == W + "t":
            out.append(n.text or "")
        elif n.tag in (W + "tab", W + "br"):
            out.append(" ")
    return "".join(out)


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
        styles = ET.fromstring(z.read("word/styles.xml"))
        hf = [ET.fromstring(z.read(n)) for n in names if re.match(r"word/(header|footer)\d*\.xml$", n)]
    numbered_styles = {s.get(W + "styleId") for s in styles.iter(W + "style") if s.find(".//" + W + "numPr") is not None}
    units, n_numbered, action_table, box = [], 0, False, False
    for el in body:
        if el.tag == W + "p":
            t = _w_text(el)
            ppr = el.find(W + "pPr")
            sty = ppr.find(W + "pStyle").get(W + "val") if ppr is not None and ppr.find(W + "pStyle") is not None else ""
            if (ppr is not None and ppr.find(W + "numPr") is not None) or sty in numbered_styles:
                if "Bullet" not in sty:
                    n_numbered += 1
            if t.strip():
                units.append(("§%d" % len(units), t))
        elif el.tag == W + "tbl":
            rows = el.findall(W + "tr")
            cells0 = [_w_text(c).strip() for c in rows[0].findall(W + "tc")]
            if cells0 == ["Action", "Pilote", "Échéance", "État"] and len(rows) >= 5:
                action_table = True
            if len(rows) == 1 and len(cells0) == 1 and cells0[0].startswith("Relevé de décisions"):
                bd = el.find(W + "tblPr/" + W + "tblBorders")
                box = bd is not None and len(bd) >= 4
            for r_i, r in enumerate(rows):
                cells = []
                for c in r.findall(W + "tc"):
                    cells.append(" ".join(_w_text(p) for p in c.findall(W + "p")))
                units.append(("tableau %d ligne %d" % (len(units), r_i + 1), " | ".join(cells)))
    for i, root in enumerate(hf):
        units.append(("en-tête/pied %d" % i, _w_text(root)))
    alltext = "\n".join(t for _, t in units)
    assert n_numbered >= 5, "liste numérotée des décisions absente (%d)" % n_numbered
    assert action_table, "tableau des actions absent"
    assert box, "encadré « Relevé de décisions » absent"
    assert len(re.findall(r"\[Note de la coordinatrice : [^\]]+\]", alltext)) >= 3, "notes de la coordinatrice"
    assert len(hf) >= 2, "en-tête et pied de page attendus"
    return units


# ---------------------------------------------------------------- PPTX
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _a_paras(root):
    return [" ".join((t.text or "") for t in p.iter(A + "t")) for p in root.iter(A + "p")]


def _rels(z, name):
    d, b = os.path.split(name)
    rel = ET.fromstring(z.read("%s/_rels/%s.rels" % (d, b)))
    return {r.get("Id"): (r.get("Type").rsplit("/", 1)[-1], os.path.normpath(os.path.join(d, r.get("Target"))))
            for r in rel.iter(PR + "Relationship")}


def read_pptx(path):
    units, n_notes, flows, tables = [], 0, 0, 0
    with zipfile.ZipFile(path) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        prels = _rels(z, "ppt/presentation.xml")
        order = [prels[s.get(R + "id")][1] for s in pres.iter(P + "sldId")]
        assert len(order) == 12, "12 diapositives attendues (%d)" % len(order)
        for i, name in enumerate(order, 1):
            root = ET.fromstring(z.read(name))
            units.append(("diapo %d" % i, " ".join(_a_paras(root))))
            cx = root.findall(".//" + P + "cxnSp")
            linked = [c for c in cx if c.find(".//" + A + "stCxn") is not None and c.find(".//" + A + "endCxn") is not None
                      and any(e.get("type", "none") != "none" for e in c.iter() if e.tag in (A + "tailEnd", A + "headEnd"))]
            boxes = [s for s in root.iter(P + "sp") if s.find(".//" + A + "prstGeom") is not None and "".join(_a_paras(s)).strip()]
            if len(linked) >= 6 and len(boxes) >= 7:
                flows += 1
            tables += len(root.findall(".//" + A + "tbl"))
            for typ, target in _rels(z, name).values():
                if typ == "notesSlide":
                    nroot = ET.fromstring(z.read(target))
                    txt = []
                    for sp in nroot.iter(P + "sp"):
                        ph = sp.find(".//" + P + "ph")
                        if ph is not None and ph.get("type") in ("sldNum", "sldImg"):
                            continue
                        txt += _a_paras(sp)
                    txt = " ".join(t for t in txt if t.strip())
                    if txt.strip():
                        n_notes += 1
                        units.append(("notes %d" % i, txt))
    assert flows >= 1, "parcours en formes reliées par des flèches absent"
    assert tables >= 1, "tableau absent"
    assert n_notes >= 8, "notes de l'orateur sur moins de huit diapositives (%d)" % n_notes
    return units


# ---------------------------------------------------------------- CSV
def _int(s):
    return int(s.replace(" ", "")) if s.strip() else 0


def read_csv(path):
    raw = open(path, "rb").read()
    try:
        raw.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    assert not utf8, "le CSV doit être en iso-8859-1, pas en UTF-8"
    text = raw.decode("iso-8859-1")
    assert "\r\n" in text, "fins de ligne CRLF attendues"
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    rows = [r for r in rows if r]
    hdr, data, total = rows[0], rows[1:-1], rows[-1]
    assert len(hdr) == 6 and hdr[0] == "École" and "CPS" in hdr[3] and "infirmi" in hdr[5], "en-tête inattendu"
    assert all(len(r) == 6 for r in rows), "nombre de champs variable"
    assert total[0] == "Total", "dernière ligne « Total » absente"
    for j in (2, 3, 5):
        assert _int(total[j]) == sum(_int(r[j]) for r in data), "total faux pour %s" % hdr[j]
    assert total[1] == "%d écoles" % len(data), "nombre d'écoles du total"
    n_in = sum(1 for r in data if _int(r[3]) > 0)
    assert total[4] == "%d écoles inscrites" % n_in, "nombre d'écoles inscrites du total"
    return [("ligne %d" % i, " ; ".join(r)) for i, r in enumerate(rows, 1)]


# ---------------------------------------------------------------- Markdown
def read_md(path):
    raw = open(path, encoding="utf-8").read()
    assert raw.startswith("---\n") and "\n---\n" in raw[4:], "bloc YAML absent"
    heads = re.findall(r"^## (.+)$", raw, re.M)
    assert sum(1 for h in heads if h.startswith("Mon enfant")) >= 8, "questions « ## Mon enfant » attendues"
    assert re.search(r"^\| *Pour… *\| *Qui *\|", raw, re.M) and "## Qui appeler" in raw, "tableau « Qui appeler ? »"
    links = re.findall(r"\[([^\]]+)\]\(([^)]+)\)", raw)
    assert sum(1 for _, u in links if re.match(r"https://[a-z0-9.-]+\.example", u)) >= 4, "liens .example attendus"
    txt = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 \2", raw)
    parts = re.split(r"\n(?=## )", txt)
    return [("section %d" % i, p) for i, p in enumerate(parts)]


# ---------------------------------------------------------------- WebVTT
TS = r"(\d\d):(\d\d):(\d\d)\.(\d{3})"


def _sec(m, k):
    h, mi, s, ms = (int(x) for x in m.groups()[k:k + 4])
    return h * 3600 + mi * 60 + s + ms / 1000


def parse_vtt(path):
    raw = open(path, encoding="utf-8").read()
    assert raw.startswith("WEBVTT"), "en-tête WEBVTT absent"
    cues = []
    for block in re.split(r"\n\s*\n", raw.strip())[1:]:
        lines = block.split("\n")
        assert re.match(r"^[0-9a-f-]{36}/\d+-0$", lines[0]), "identifiant de repère Teams attendu : %r" % lines[0]
        m = re.match(TS + " --> " + TS + "$", lines[1])
        assert m, "horodatage invalide : %r" % lines[1]
        body = " ".join(lines[2:])
        v = re.match(r"^<v ([^>]+)>(.*)</v>$", body)
        assert v, "balise de voix absente : %r" % body
        cues.append((_sec(m, 0), _sec(m, 4), v.group(1), v.group(2)))
    return cues


def read_vtt(path, speakers):
    cues = parse_vtt(path)
    assert 23 * 60 <= cues[-1][1] <= 27 * 60, "durée hors de 23 à 27 minutes (%.0f s)" % cues[-1][1]
    assert {c[2] for c in cues} == set(speakers), "voix différentes des speakers du catalogue"
    bare = [t for *_, t in cues if t == t.lower() and not re.search(r"[.,;:?!«»]", t)]
    styled = [t for *_, t in cues if re.search(r"[A-ZÉ]", t) and re.search(r"[.,:]", t)]
    assert len(bare) >= 0.7 * len(cues), "trop peu de repères en minuscules sans ponctuation"
    assert len(styled) >= 5, "quelques repères ponctués attendus"
    units = []
    for i, (s, _, _, t) in enumerate(cues):
        nxt = cues[i + 1][3] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


# ---------------------------------------------------------------- HTML
def read_html(path):
    soup = BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser")
    assert len(soup.find_all("table")) >= 6, "mise en page en tableaux attendue"
    divs = soup.find_all("div")
    assert len(divs) == 1 and "preheader" in divs[0].get("class", []), "seul le preheader peut être un <div>"
    assert "display:none" in divs[0].get("style", "").replace(" ", ""), "preheader non masqué"
    assert len(soup.select("[style]")) >= 30, "styles en ligne attendus"
    links = [a.get_text(" ", strip=True) for a in soup.find_all("a")]
    assert "Voir dans le navigateur" in links, "lien « Voir dans le navigateur » absent"
    assert sum(1 for t in links if t.startswith("Lire la suite")) == 3, "trois « Lire la suite » attendus"
    assert any("désinscrire" in t for t in links), "lien de désinscription absent"
    body = soup.body
    for t in body(["script", "style"]):
        t.decompose()
    return [("lettre", body.get_text(" "))]


# ---------------------------------------------------------------- PDF
def read_pdf_slides(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert n == 16, "16 diapositives attendues (%d)" % n
    units, chart = [], False
    for i, p in enumerate(r.pages, 1):
        assert float(p.mediabox.width) > float(p.mediabox.height), "page %d non paysage" % i
        t = p.extract_text() or ""
        lines = [ln.strip() for ln in t.split("\n")]
        assert str(i) in lines, "numéro de diapositive %d absent" % i
        nums = [ln for ln in lines if re.fullmatch(r"\d{2,3}", ln)]
        years = [ln for ln in lines if re.fullmatch(r"20\d\d", ln)]
        if len(nums) >= 5 and len(years) >= 5:
            chart = True
        units.append((i, t))
    assert chart, "histogramme (valeurs et années) absent"
    return units


# ---------------------------------------------------------------- corpus
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
        elif ext in (".docx", ".pptx", ".csv", ".md", ".html", ".pdf"):
            units = {".docx": read_docx, ".pptx": read_pptx, ".csv": read_csv, ".md": read_md,
                     ".html": read_html, ".pdf": read_pdf_slides}[ext](path)
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
    if [e.get("kind") for fn, e in cat.items() if fn.endswith(".vtt")] != ["transcript"]:
        errors.append("catalogue : le .vtt doit être typé transcript")
    if [e.get("kind") for fn, e in cat.items() if fn.endswith(".pdf")] != ["slides"]:
        errors.append("catalogue : le diaporama PDF doit être typé slides")


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
