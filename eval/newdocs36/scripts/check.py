# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs36.

Lecteurs indépendants des générateurs (un par type de fichier du lot ; aucune bibliothèque d'écriture n'est
utilisée pour relire) :
- ODT : archive zip lue à la main ; content.xml, tous les <text:p> et <text:h> (y compris cellules de tableaux,
  zone de texte de l'encadré, notes de bas de page, table des matières), le texte d'un paragraphe n'incluant pas
  les notes ni les cadres qu'il porte (ceux-ci sont relus comme paragraphes à part) ; <text:s>, <text:tab>,
  <text:line-break> = espace ; en-tête et pied de page lus dans styles.xml ; une unité ; contrôle des cinq
  « Étape n — » en titres, du champ table des matières, de l'encadré, d'au moins quatre notes de bas de page,
  du tableau des contacts et du champ numéro de page ;
- SBV : blocs séparés par une ligne vide, horodatage « h:mm:ss.mmm,h:mm:ss.mmm » ; une unité = un repère joint
  au repère suivant (une preuve peut chevaucher une coupure), clé = début du premier repère ; contrôle de la
  durée (15 à 20 minutes), du nombre de repères (120 et plus), des étiquettes d'oratrice (seulement dans les
  douze premiers repères, noms du catalogue) et de la présence de repères en minuscules sans ponctuation ;
- MHTML : module email de la bibliothèque standard ; contrôle de multipart/related, de la partie HTML en
  quoted-printable (décodée en UTF-8), puis texte visible (BeautifulSoup, sans script / style / head) ; contrôle
  du glossaire <dl>, du tableau des horaires, de la barre latérale datée, du formulaire et du bandeau cookies ;
- CSV : module csv (séparateur « ; », BOM toléré) ; une unité par ligne (« ligne n »), cellules non vides
  jointes par une espace ; contrôle de la ligne de titre, de la ligne d'unités, de l'en-tête, de la colonne vide
  finale sur chaque ligne, de la virgule décimale et de la ligne « Total 2025 », recalculée à partir des
  trimestres (sommes, sauf délai : moyenne) ;
- TXT : une unité par bloc séparé par une ligne vide ; contrôle des 72 colonnes, des en-têtes de courriel, du
  séparateur de signature « -- », du message transféré et de la liste de dates ;
- PDF diaporama (kind = slides) : pypdf, une unité par page ; contrôle du format paysage, de 15 pages et du
  numéro « n/15 » sur chaque page, de l'histogramme (quatre valeurs en heures) et de la frise ;
- PDF rapport (kind = report) : pypdf, une unité par page ; contrôle de « page n / N » (4 ou 5 pages), du
  panneau de chiffres clés en page 1, d'une ligne de total et de notes de bas de page.
Normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors a-z0-9 remplacée par une espace.

Règle « at » (secondes) : obligatoire pour doc = le .sbv (début du repère qui contient le début de la première
alternative du premier groupe, à AT_TOLERANCE près) ; interdit ailleurs (et pour doc = « * »).

Autres contrôles : catalogue (une entrée par fichier et réciproquement, champs obligatoires, date = préfixe du
nom, url et replay en .example, speakers et replay pour la transcription) ; questions (identifiants n36-01 à
n36-45, champs, types, 45 questions dont 7 sans réponse avec evidence=[] et doc=null, 4 en anglais, chaque
alternative de 2 à 8 mots, chaque document cité par au moins trois questions) ; termes ABSENT des questions sans
réponse absents de tous les documents.

Usage : python check.py                  (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --dump NOM       (texte normalisé des unités du document NOM, sans suffixe)
        python check.py --find "phrase"  (documents / unités où la phrase apparaît)
"""
import csv
import email
import io
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
EXPECTED_EXTS = sorted([".odt", ".sbv", ".mhtml", ".csv", ".pdf", ".txt", ".pdf"])
AT_TOLERANCE = 30.0
N_QUESTIONS = 45
N_UNANSWERABLE = 7
N_ENGLISH = 4
PREFIX = "n36"

# mots ou expressions propres aux questions sans réponse, qui ne doivent figurer dans aucun document
ABSENT = ["2021", "rombach", "empp", "equipe mobile", "salaire", "smic", "remuneration", "remuneres",
          "mineurs non accompagnes", "mna", "taux d'accord", "taux de protection", "premier trimestre 2026",
          "t1 2026", "pedopsychiatrie", "cmp enfants"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ---------------------------------------------------------------- lecteurs : renvoient une liste d'unités (clé, texte)
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DR = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ST = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"


def _odf_inline(el):
    """Texte d'un paragraphe ODF sans les notes ni les cadres qu'il porte."""
    out = [el.text or ""]
    for ch in el:
        if ch.tag in (TX + "s",):
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
    paras = [_odf_inline(p) for p in root.iter() if p.tag in (TX + "p", TX + "h")]
    heads = [_odf_inline(h) for h in root.iter(TX + "h")]
    steps = [h for h in heads if re.match(r"Étape \d — ", h)]
    assert [s[:7] for s in steps] == ["Étape %d" % i for i in range(1, 6)], "cinq étapes en titres attendues"
    assert root.find(".//" + TX + "table-of-content") is not None, "champ table des matières absent"
    assert root.find(".//" + DR + "text-box") is not None, "encadré (zone de texte) absent"
    notes = root.findall(".//" + TX + "note")
    assert len(notes) >= 4 and all(n.get(TX + "note-class") == "footnote" for n in notes), "notes de bas de page"
    tables = root.findall(".//" + TB + "table")
    assert len(tables) >= 2 and "Contacts utiles" in heads, "tableau des contacts absent"
    hf = []
    for mp in styles.iter(ST + "master-page"):
        for part in mp:
            hf += [_odf_inline(p) for p in part.iter(TX + "p")]
    assert styles.find(".//" + TX + "page-number") is not None, "champ numéro de page absent du pied de page"
    assert any(h.strip() for h in hf), "en-tête / pied de page vides"
    return [(0, "\n".join(paras + hf))]


SBV_TIME = re.compile(r"^(\d+):(\d\d):(\d\d)\.(\d{3}),(\d+):(\d\d):(\d\d)\.(\d{3})$")
LABEL = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' -]+) : ")


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
    assert 900 <= cues[-1][1] <= 1200, "durée hors de 15 à 20 minutes (%.0f s)" % cues[-1][1]
    allowed = {s.upper() for s in speakers}
    labelled = [(i, LABEL.match(t).group(1)) for i, (_, _, t) in enumerate(cues) if LABEL.match(t)]
    assert {lab for _, lab in labelled} == allowed and len(allowed) == 2, "deux oratrices nommées attendues"
    assert all(i < 12 for i, _ in labelled), "étiquettes d'oratrice hors de l'introduction"
    bare = [t for _, _, t in cues if t == t.lower() and not re.search(r"[.,;:?!»]", t) and len(t.split()) > 4]
    assert len(bare) >= 10, "repères en minuscules sans ponctuation attendus"
    units = []
    for i, (s, _, t) in enumerate(cues):
        nxt = cues[i + 1][2] if i + 1 < len(cues) else ""
        units.append((round(s, 3), t + " " + nxt))
    return units


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
    assert len(soup.select("dl dt")) >= 8, "glossaire <dl> attendu"
    assert soup.select_one("table") and "Horaires" in soup.select_one("table caption").get_text(), "horaires"
    assert soup.select_one("aside") and len(soup.select("aside time[datetime]")) >= 4, "barre latérale datée"
    assert soup.select_one("form input[type=email]"), "formulaire de lettre d'information absent"
    assert soup.select_one("#cookie-banner"), "bandeau cookies absent"
    for t in soup(["script", "style", "head"]):
        t.decompose()
    return [("page", soup.get_text(" "))]


def _num(s):
    return float(s.replace(",", ".")) if s else 0.0


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        raw = f.read()
    rows = list(csv.reader(io.StringIO(raw), delimiter=";"))
    width = len(rows[2])
    assert all(len(r) == width for r in rows), "nombre de champs variable"
    assert all(r[-1] == "" for r in rows), "colonne vide finale absente"
    assert rows[0][0].startswith("Tableau de bord") and not any(rows[0][1:]), "ligne de titre"
    assert rows[1][0].startswith("Unités") and rows[2][0] == "Période", "ligne d'unités ou en-tête"
    assert re.search(r"\d,\d", raw), "virgule décimale absente"
    data = [r for r in rows[3:] if re.match(r"T\d 2025$", r[0])]
    total = [r for r in rows if r[0] == "Total 2025"]
    assert len(data) == 4 and len(total) == 1, "quatre trimestres et une ligne Total 2025 attendus"
    hdr = rows[2]
    for j in range(1, width - 1):
        vals = [_num(r[j]) for r in data]
        expected = sum(vals) / 4 if hdr[j].startswith("Délai") else sum(vals)
        assert abs(_num(total[0][j]) - expected) < 0.01, "total faux pour %s" % hdr[j]
    return [("ligne %d" % i, " ".join(c for c in r if c)) for i, r in enumerate(rows, 1)]


def read_txt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    assert all(len(ln) <= 72 for ln in lines), "ligne de plus de 72 colonnes"
    assert lines[0].startswith("From: ") and any(ln.startswith("Subject: ") for ln in lines[:8]), "en-têtes"
    assert "-- " in lines, "séparateur de signature « -- » absent"
    assert any("Message transféré" in ln for ln in lines), "message transféré absent"
    dates = [ln for ln in lines if re.match(r"- (lundi|mardi|mercredi|jeudi|vendredi|samedi) \d+ ", ln)]
    assert len(dates) >= 6, "liste de dates absente"
    blocks = re.split(r"\n\s*\n", raw)
    return [(i, b) for i, b in enumerate(blocks, 1)]


def read_pdf_slides(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert n == 15, "15 diapositives attendues (%d)" % n
    units = []
    for i, p in enumerate(r.pages, 1):
        box = p.mediabox
        assert float(box.width) > float(box.height), "page %d non paysage" % i
        t = p.extract_text() or ""
        assert any(ln.strip() == "%d/%d" % (i, n) for ln in t.split("\n")), "numéro %d/%d absent" % (i, n)
        units.append((i, t))
    alltext = "\n".join(t for _, t in units)
    assert len(re.findall(r"^\d[\d ]* h$", alltext, re.M)) >= 4, "valeurs de l'histogramme absentes"
    assert any(t.split("\n")[0].strip() == "Repères" or "\nRepères\n" in t for _, t in units), "frise absente"
    return units


def read_pdf_report(path):
    r = pypdf.PdfReader(path)
    n = len(r.pages)
    assert 4 <= n <= 5, "4 ou 5 pages attendues"
    units = []
    for i, p in enumerate(r.pages, 1):
        t = p.extract_text() or ""
        assert "page %d / %d" % (i, n) in t, "« page %d / %d » absent" % (i, n)
        units.append((i, t))
    assert "L'année 2025 en chiffres" in units[0][1], "panneau de chiffres clés absent en page 1"
    alltext = "\n".join(t for _, t in units)
    assert re.search(r"^Total( 2025)?$", alltext, re.M), "ligne de total absente"
    assert re.search(r"^(1|\*)\. |^\* ", alltext, re.M), "notes de bas de page absentes"
    return units


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
            units = read_pdf_slides(path) if entry.get("kind") == "slides" else read_pdf_report(path)
        elif ext == ".sbv":
            units = read_sbv(path, entry.get("speakers", ()))
        elif ext in (".odt", ".mhtml", ".csv", ".txt"):
            units = {".odt": read_odt, ".mhtml": read_mhtml, ".csv": read_csv, ".txt": read_txt}[ext](path)
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
    if pdf_kinds != ["report", "slides"]:
        errors.append("catalogue : les deux PDF doivent être typés slides (diaporama) et report (rapport)")
    if [e.get("kind") for fn, e in cat.items() if fn.endswith(".sbv")] != ["transcript"]:
        errors.append("catalogue : le .sbv doit être typé transcript")


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
    sbv = [os.path.join(CORPUS, d["file"]) for d in docs.values() if d["ext"] == ".sbv"]
    cues = parse_sbv(sbv[0])
    print("\nquestions lues dans :", os.path.relpath(QUESTIONS, ROOT))
    print("documents :", len(docs), "| questions :", len(qs))
    print("types :", dict(sorted(kinds.items())))
    print("questions par document :", {k[:52]: v for k, v in per_doc.items()})
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
