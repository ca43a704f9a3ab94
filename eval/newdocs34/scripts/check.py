# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs34.

Lecteurs indépendants des générateurs (un par type de fichier du lot ; aucune bibliothèque d'écriture n'est
utilisée pour relire) :
- PPTX : archive zip lue à la main ; ordre des diapositives pris dans ppt/presentation.xml (sldIdLst) et ses
  relations ; texte des <a:p> (formes et cellules de tableaux, <a:br> = espace) ; une unité par diapositive ;
  contrôle du format 16:9 et du numéro « n / N » sur chaque diapositive ;
- SRT : repères numérotés ; une unité = un repère joint au repère suivant (une preuve peut chevaucher une coupure
  de repère), clé = début du premier repère ; contrôle que l'étiquette d'orateur (nom en capitales) n'apparaît
  qu'au changement d'orateur et qu'elle correspond à un des speakers du catalogue ;
- PDF lettre d'information (kind = report) : pypdf, une unité par page ; contrôle de « page n / N » sur chaque
  page et de l'encadré de chiffres clés en page 1 ;
- PDF relevé de décisions (kind = document) : pypdf, une unité par page ; contrôle du titre, du tableau des
  décisions et du pied « Document interne — page n » ;
- DOCX : archive zip, word/document.xml (tous les <w:p>, y compris dans les tableaux ; <w:tab>, <w:br> =
  espace) plus en-têtes et pieds de page (word/header*.xml, word/footer*.xml) ; une unité ; contrôle des dix
  recommandations, du tableau À faire / À éviter et du glossaire final ;
- ODS : archive zip, content.xml lu à la main ; une unité par ligne de chaque feuille (« feuille!ligne ») ;
  cellules couvertes et répétées prises en compte, <text:s> = espace ; contrôle d'au moins une cellule fusionnée
  et d'une valeur calculée (office:value) pour chaque formule ;
- HTML : texte visible (BeautifulSoup, sans script / style / head), commentaires et barre latérale compris ;
  contrôle de l'absence de <main>, de la barre latérale, du tableau et des commentaires.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .srt (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers pour la transcription) ; questions (identifiants n34-01 à n34-45,
champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque alternative
de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans réponse
absents de tous les documents.

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
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
EXPECTED_EXTS = sorted([".pptx", ".srt", ".pdf", ".docx", ".html", ".ods", ".pdf"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n34"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2023", "lussac", "taux de suicide", "lits", "satisfaction", "theme national", "printemps 2026",
          "troisieme vague"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- lecteurs : renvoient une liste d'unités (clé, texte)
A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P_NS = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


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
        rels = ET.fromstring(z.read("ppt/_rels/presentation.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels.iter(PKG_REL + "Relationship")}
        sz = pres.find(P_NS + "sldSz")
        assert sz is not None and abs(int(sz.get("cx")) / int(sz.get("cy")) - 16 / 9) < 0.01, "PPTX non 16:9"
        ids = [s.get(R_NS + "id") for s in pres.iter(P_NS + "sldId")]
        units = []
        for i, rid in enumerate(ids, 1):
            root = ET.fromstring(z.read("ppt/" + target[rid].lstrip("/").replace("ppt/", "")))
            paras = [_a_par(p) for p in root.iter(A_NS + "p")]
            text = "\n".join(paras)
            assert any(p.strip() == "%d / %d" % (i, len(ids)) for p in paras), \
                "numéro « %d / %d » absent de la diapositive" % (i, len(ids))
            units.append((i, text))
    assert len(units) >= 15, "trop peu de diapositives"
    return units


LABEL = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' -]+) : ")


def parse_srt(path):
    with open(path, encoding="utf-8") as f:
        blocks = f.read().strip().split("\n\n")
    cues = []
    for n, b in enumerate(blocks, 1):
        lines = b.strip().split("\n")
        assert lines[0] == str(n), "numérotation SRT rompue au repère %d" % n
        m = re.match(r"(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$", lines[1])
        assert m, "horodatage SRT invalide : %r" % lines[1]
        assert 1 <= len(lines) - 2 <= 2, "repère %d sur plus de deux lignes" % n
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        assert end > start
        assert not cues or start >= cues[-1][1], "repères SRT qui se chevauchent au %d" % n
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def read_srt(path, speakers=()):
    cues = parse_srt(path)
    allowed = {s.upper() for s in speakers}
    prev, seen = None, set()
    for s, _, t in cues:
        m = LABEL.match(t)
        if m:
            lab = m.group(1)
            assert lab != prev, "étiquette %s répétée sans changement d'orateur (%.1f s)" % (lab, s)
            assert not allowed or lab in allowed, "étiquette %s absente des speakers du catalogue" % lab
            prev = lab
            seen.add(lab)
    assert LABEL.match(cues[0][2]), "le premier repère doit porter une étiquette"
    assert len(seen) == 3, "trois orateurs attendus, trouvé %s" % sorted(seen)
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = cues[i + 1][2] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


def read_pdf_newsletter(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert "page %d / %d" % (i, n) in t, "« page %d / %d » absent" % (i, n)
        units.append((i, t))
    assert "Les SISM 2025 en chiffres" in units[0][1], "encadré de chiffres clés absent en page 1"
    return units


def read_pdf_minutes(path):
    r = pypdf.PdfReader(path)
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert "Document interne — page %d" % i in t, "pied de page absent page %d" % i
        units.append((i, t))
    alltext = "\n".join(t for _, t in units)
    assert "RELEVÉ DE DÉCISIONS" in units[0][1] and "Échéance" in alltext, "titre ou tableau des décisions absent"
    return units


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w_par(p):
    out = []
    for el in p.iter():
        if el.tag == W_NS + "t":
            out.append(el.text or "")
        elif el.tag in (W_NS + "tab", W_NS + "br"):
            out.append(" ")
    return "".join(out)


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        hf = []
        for name in z.namelist():
            if re.match(r"word/(header|footer)\d*\.xml$", name):
                hf += [_w_par(p) for p in ET.fromstring(z.read(name)).iter(W_NS + "p")]
    paras = [_w_par(p) for p in root.iter(W_NS + "p")]
    assert any(h.strip() for h in hf), "DOCX sans en-tête ni pied de page"
    assert sum(1 for p in paras if re.match(r"Recommandation \d+ — ", p)) == 10, "dix recommandations attendues"
    assert len(list(root.iter(W_NS + "tbl"))) >= 2 and "À éviter" in paras, "tableau À faire / À éviter absent"
    assert "Glossaire" in paras and paras.index("Glossaire") > paras.index("Signatures"), "glossaire final absent"
    return [(0, "\n".join(paras + hf))]


T_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TX_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
O_NS = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _odf_text(el):
    out = [el.text or ""]
    for ch in el:
        if ch.tag in (TX_NS + "s", TX_NS + "tab", TX_NS + "line-break"):
            out.append(" ")
        else:
            out.append(_odf_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def read_ods(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    units, merged, n_formulas = [], 0, 0
    for table in root.iter(T_NS + "table"):
        name = table.get(T_NS + "name")
        for r_i, row in enumerate(table.iter(T_NS + "table-row"), 1):
            vals = []
            for c in row:
                if c.tag not in (T_NS + "table-cell", T_NS + "covered-table-cell"):
                    continue
                if c.get(T_NS + "number-columns-spanned"):
                    merged += 1
                if c.get(T_NS + "formula"):
                    n_formulas += 1
                    assert c.get(O_NS + "value") is not None, "formule sans valeur calculée (%s, ligne %d)" % (
                        name, r_i)
                txt = " ".join(_odf_text(p) for p in c.iter(TX_NS + "p"))
                rep = min(int(c.get(T_NS + "number-columns-repeated", "1")), 50)
                vals += [txt] * rep if txt else []
            units.append(("%s!%d" % (name, r_i), " ".join(vals)))
    assert merged >= 3, "cellules fusionnées attendues"
    assert n_formulas >= 10, "formules attendues"
    return units


def read_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    assert soup.find("main") is None, "la page ne doit pas avoir de <main>"
    assert soup.select_one("aside#secondary") and soup.select_one("#comments"), "barre latérale ou commentaires"
    assert len(soup.select("#comments li.comment")) >= 4 and soup.select_one("article table"), "commentaires/tableau"
    assert soup.select("time[datetime]"), "dates <time> absentes"
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
            units = read_pdf_newsletter(path) if entry.get("kind") == "report" else read_pdf_minutes(path)
        elif ext == ".srt":
            units = read_srt(path, entry.get("speakers", ()))
        elif ext in (".pptx", ".docx", ".ods", ".html"):
            units = {".pptx": read_pptx, ".docx": read_docx, ".ods": read_ods, ".html": read_html}[ext](path)
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
    pdf_kinds = sorted(e.get("kind") for fn, e in cat.items() if fn.endswith(".pdf"))
    if pdf_kinds != ["document", "report"]:
        errors.append("catalogue : les deux PDF doivent être typés report (lettre) et document (relevé)")


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
    print("\ndocuments :", len(docs), "| questions :", len(qs))
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
