# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs29.

Lecteurs (un par type de fichier du lot) :
- PPTX : python-pptx, une unité par diapositive : zones de texte, cellules de tableau (une ligne = cellules jointes
  par des espaces), graphique (titre, nom de série, paires « catégorie valeur »), notes de l'orateur ; la
  diapositive masquée (show="0") est lue à part et ne peut PAS servir de preuve ;
- SBV : sous-titres YouTube repère par repère ; une preuve doit tenir dans un repère ;
- MHTML : analyse MIME (email), partie text/html décodée (quoted-printable, utf-8), texte visible (BeautifulSoup,
  sans script / style / head) ;
- XLSX : lecture directe de l'archive (openpyxl n'est pas installé) : classeur, chaînes partagées, styles ; une
  unité par ligne des feuilles VISIBLES (cellules jointes par des espaces ; valeurs en cache des formules ;
  pourcentages et dates rendus selon leur format) ; la feuille masquée est lue à part et ne peut PAS servir de
  preuve ;
- MD : lecture brute ;
- PDF (rapport sur deux colonnes) : pypdf, page par page ; une preuve doit tenir dans une même page ;
- DOCX (transcription Teams) : une unité par tour de parole (ligne « Prénom Nom   h:mm:ss » + texte), plus le
  préambule.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

« at » : obligatoire quand doc est une transcription (.sbv ou .docx Teams), interdit ailleurs ; il doit tomber à
moins de AT_TOLERANCE secondes du début du repère / tour où se trouve la première alternative du premier groupe.

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du nom,
url en .example, speakers pour les transcriptions) ; questions (identifiants n29-01 à n29-45, champs, types, 45
questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque alternative de 2 à 8 mots, chaque
document cité par au moins trois questions) ; aucune preuve ne se trouve dans le contenu masqué sans être aussi
dans le contenu visible ; termes ABSENT des questions sans réponse absents de tous les documents (contenu masqué
compris).

Usage : python check.py                (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --dump NOM         (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"    (documents / unités où la phrase apparaît)
"""
import datetime
import email
import json
import os
import re
import sys
import tomllib
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

import docx
import pypdf
from bs4 import BeautifulSoup
from pptx import Presentation

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
QUESTIONS = os.path.join(ROOT, "questions.jsonl")
CATALOG = os.path.join(CORPUS, "catalog.toml")

KINDS = {"number", "date", "fact", "definition", "acronym", "comparison", "list", "howto", "transcript",
         "document", "crosslingual", "paraphrase", "yesno", "unanswerable"}
CATALOG_KEYS = ("title", "kind", "date", "published", "organisers", "region", "url")
CATALOG_KINDS = {"slides", "report", "webpage", "transcript", "document"}
EXPECTED_EXTS = [".docx", ".md", ".mhtml", ".pdf", ".pptx", ".sbv", ".xlsx"]
TRANSCRIPT_EXTS = {".sbv", ".docx"}
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n29"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2021", "sarreval", "hypnose", "catastrophe naturelle", "catnat", "croix rouge", "2027", "taux de suicide"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- lecteurs
# chaque lecteur renvoie (unités visibles, unités masquées) ; une unité = (clé, texte)

def _shape_texts(shape, out):
    if shape.shape_type == 6 and hasattr(shape, "shapes"):          # groupe
        for sh in shape.shapes:
            _shape_texts(sh, out)
        return
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        out.append(shape.text_frame.text)
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            out.append(" ".join(c.text for c in row.cells))
    if getattr(shape, "has_chart", False) and shape.has_chart:
        ch = shape.chart
        if ch.has_title:
            out.append(ch.chart_title.text_frame.text)
        for plot in ch.plots:
            cats = list(plot.categories)
            for ser in plot.series:
                out.append(ser.name)
                for c, v in zip(cats, ser.values):
                    out.append("%s %s" % (c, _num(v)))


def read_pptx(path):
    prs = Presentation(path)
    vis, hid = [], []
    for i, slide in enumerate(prs.slides, 1):
        parts = []
        for sh in slide.shapes:
            _shape_texts(sh, parts)
        if slide.has_notes_slide:
            parts.append(slide.notes_slide.notes_text_frame.text)
        unit = (i, "\n".join(parts))
        (hid if slide._element.get("show") == "0" else vis).append(unit)
    return vis, hid


def _ts(s):
    parts = s.split(":")
    return int(parts[0]) * 3600 + int(parts[1]) * 60 + float(parts[2])


def parse_sbv(path):
    with open(path, encoding="utf-8") as f:
        blocks = f.read().strip().split("\n\n")
    cues = []
    for b in blocks:
        lines = b.strip().split("\n")
        a, z = lines[0].split(",")
        cues.append((_ts(a), _ts(z), " ".join(lines[1:])))
    return cues


def read_sbv(path):
    return [(round(s, 3), t) for s, _, t in parse_sbv(path)], []


def read_mhtml(path):
    with open(path, "rb") as f:
        msg = email.message_from_bytes(f.read())
    html = None
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            html = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
            break
    soup = BeautifulSoup(html, "html.parser")
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [(0, soup.get_text(" "))], []


NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _num(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).replace(".", ",")


def read_xlsx(path):
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    styles = ET.fromstring(z.read("xl/styles.xml"))
    custom = {int(n.get("numFmtId")): n.get("formatCode") for n in styles.iterfind("m:numFmts/m:numFmt", NS)}
    xf_fmt = [int(x.get("numFmtId", 0)) for x in styles.iterfind("m:cellXfs/m:xf", NS)]
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    vis, hid = [], []
    for sh in wb.iterfind("m:sheets/m:sheet", NS):
        name, hidden = sh.get("name"), sh.get("state") in ("hidden", "veryHidden")
        target = rels[sh.get(RNS)].lstrip("/")
        target = target if target.startswith("xl/") else "xl/" + target
        root = ET.fromstring(z.read(target))
        for row in root.iterfind("m:sheetData/m:row", NS):
            cells = []
            for c in row.iterfind("m:c", NS):
                t, v = c.get("t"), c.find("m:v", NS)
                if t == "s":
                    cells.append(shared[int(v.text)])
                elif t == "inlineStr":
                    cells.append("".join(x.text or "" for x in c.iter("{%s}t" % NS["m"])))
                elif t in ("str", "b", "e"):
                    cells.append(v.text if v is not None else "")
                elif v is not None:
                    x = float(v.text)
                    fid = xf_fmt[int(c.get("s", 0))]
                    code = custom.get(fid, {9: "0%", 10: "0.00%", 14: "dd/mm/yyyy"}.get(fid, "General"))
                    if "%" in code:
                        dec = len(code.split(".")[1].rstrip("%")) if "." in code else 0
                        cells.append(("%.*f" % (dec, x * 100)).replace(".", ",") + " %")
                    elif "yy" in code:
                        cells.append((datetime.date(1899, 12, 30) + datetime.timedelta(days=int(x))).strftime(
                            "%d/%m/%Y"))
                    else:
                        cells.append(_num(x))
            (hid if hidden else vis).append(("%s!%s" % (name, row.get("r")), " ".join(cells)))
    return vis, hid


def read_md(path):
    with open(path, encoding="utf-8") as f:
        return [(0, f.read())], []


def read_pdf(path):
    r = pypdf.PdfReader(path)
    return [(i + 1, p.extract_text() or "") for i, p in enumerate(r.pages)], []


TURN_RE = re.compile(r"^(.+?)\s{2,}(\d+):(\d\d):(\d\d)$")


def parse_teams(path):
    d = docx.Document(path)
    turns = [(0.0, "")]
    for p in d.paragraphs:
        m = TURN_RE.match(p.text.strip())
        if m:
            turns.append((int(m.group(2)) * 3600 + int(m.group(3)) * 60 + int(m.group(4)), m.group(1)))
        else:
            s, t = turns[-1]
            turns[-1] = (s, t + "\n" + p.text)
    return turns


def read_docx(path):
    return parse_teams(path), []


READERS = {".pptx": read_pptx, ".sbv": read_sbv, ".mhtml": read_mhtml, ".xlsx": read_xlsx, ".md": read_md,
           ".pdf": read_pdf, ".docx": read_docx}


def load_corpus():
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        if ext in READERS:
            vis, hid = READERS[ext](os.path.join(CORPUS, fn))
            docs[stem] = {"file": fn, "ext": ext, "units": [(k, norm(t)) for k, t in vis],
                          "hidden": [(k, norm(t)) for k, t in hid]}
    return docs


def _search(units, alt):
    a = norm(alt)
    pat = re.compile(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])")
    return [k for k, t in units if pat.search(t)]


def find_in(doc, alt):
    return _search(doc["units"], alt)


# ---------------------------------------------------------------- contrôles
def check_catalog(docs, errors):
    with open(CATALOG, "rb") as f:
        cat = tomllib.load(f)
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
        if not re.match(r"^https://[a-z0-9.-]+\.example(/|$)", e.get("url", "")):
            errors.append("catalogue : url hors .example pour %s" % fn)
        if os.path.splitext(fn)[1] in TRANSCRIPT_EXTS and (e.get("kind") != "transcript" or not e.get("speakers")):
            errors.append("catalogue : transcription sans kind=transcript ou sans speakers : %s" % fn)
        if e.get("published") and e.get("date") and e["published"] < e["date"]:
            errors.append("catalogue : published antérieur à date pour %s" % fn)


def check_format(docs, errors):
    by_ext = {d["ext"]: d for d in docs.values()}
    if not by_ext[".pptx"]["hidden"]:
        errors.append("format : aucune diapositive masquée dans le .pptx")
    if not by_ext[".xlsx"]["hidden"]:
        errors.append("format : aucune feuille masquée dans le .xlsx")
    if len(by_ext[".pdf"]["units"]) != 8:
        errors.append("format : le rapport PDF n'a pas 8 pages")
    for k, t in by_ext[".pdf"]["units"]:
        if "page %d 8" % k not in t:
            errors.append("format : pied « Page %d / 8 » absent de la page %d" % (k, k))
    sbv_end = parse_sbv(os.path.join(CORPUS, by_ext[".sbv"]["file"]))[-1][1]
    if not 30 * 60 <= sbv_end <= 40 * 60:
        errors.append("format : webinaire de %.0f s (35 min environ attendues)" % sbv_end)
    teams_end = by_ext[".docx"]["units"][-1][0]
    if not 20 * 60 <= teams_end <= 30 * 60:
        errors.append("format : réunion Teams de %.0f s (25 min environ attendues)" % teams_end)


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
    for q in qs:
        qid = q.get("id")
        for k in ("id", "question", "evidence", "doc", "kind"):
            if k not in q:
                errors.append("%s : champ %s manquant" % (qid, k))
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
                hidden = [t for t in docs if _search(docs[t]["hidden"], alt)]
                if not found:
                    errors.append("%s : preuve introuvable dans le contenu visible %r (doc %s)%s" % (
                        qid, alt, doc, " — présente seulement dans du contenu masqué" if hidden else ""))
                elif verbose:
                    print("  ok %s  %-48s -> %s" % (qid, alt[:48], ", ".join(
                        "%s[%s]" % (t[:28], ",".join(str(x) for x in h[:3])) for t, h in found[:3])))
        # at
        ext = docs[doc]["ext"] if doc in docs else None
        if ext in TRANSCRIPT_EXTS:
            if "at" not in q:
                errors.append("%s : « at » manquant pour une question sur une transcription" % qid)
            else:
                starts = find_in(docs[doc], q["evidence"][0][0])
                if not starts:
                    errors.append("%s : première preuve absente des repères" % qid)
                elif min(abs(q["at"] - s) for s in starts) > AT_TOLERANCE:
                    errors.append("%s : at=%s loin des repères %s" % (qid, q["at"], starts))
        elif "at" in q:
            errors.append("%s : « at » interdit hors transcription" % qid)
    if n_unans != N_UNANSWERABLE:
        errors.append("questions : %d sans réponse au lieu de %d" % (n_unans, N_UNANSWERABLE))
    if n_en != N_ENGLISH:
        errors.append("questions : %d en anglais au lieu de %d" % (n_en, N_ENGLISH))
    for s, n in per_doc.items():
        if n < 3:
            errors.append("questions : le document %s n'est cité que par %d questions" % (s, n))
    # termes absents (contenu masqué compris)
    for term in ABSENT:
        for s, d in docs.items():
            if _search(d["units"] + d["hidden"], term):
                errors.append("ABSENT : %r figure dans %s" % (term, s))
    return qs, per_doc


def main():
    docs = load_corpus()
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        d = docs[sys.argv[2]]
        for k, t in d["units"]:
            print("[%s] %s" % (k, t))
        for k, t in d["hidden"]:
            print("[MASQUÉ %s] %s" % (k, t))
        return 0
    if len(sys.argv) > 2 and sys.argv[1] == "--find":
        for s, d in docs.items():
            h = find_in(d, sys.argv[2])
            hh = _search(d["hidden"], sys.argv[2])
            if h or hh:
                print(s, h[:10], ("masqué : %s" % hh[:5]) if hh else "")
        return 0
    errors = []
    check_catalog(docs, errors)
    check_format(docs, errors)
    qs, per_doc = check_questions(docs, errors)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    print("\ndocuments :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:40]: v for k, v in per_doc.items()})
    print("questions à plusieurs groupes :", sum(1 for q in qs if len(q.get("evidence", [])) > 1))
    print("questions avec « at » :", sum(1 for q in qs if "at" in q))
    if errors:
        print("\nÉCHEC — %d problème(s) :" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK : toutes les preuves sont présentes dans leurs documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
