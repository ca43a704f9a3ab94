# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl et corpus/catalog.toml contre les documents du corpus newdocs27.

(Repris de newdocs26/scripts/check.py : mêmes contrôles et même normalisation, liste ABSENT propre à ce lot. Les
lecteurs sont adaptés aux types de fichiers de ce lot : un diaporama PPTX lu diapositive par diapositive avec ses
tableaux et ses notes (python-pptx), un SRT lu repère par repère avec son début (le nom de l'orateur écrit en tête
de repère fait partie du texte), un PDF lu page par page (pypdf), une page HTML (BeautifulSoup), un DOCX
(python-docx), un CSV lu avec le module csv (cellules d'une ligne jointes par des espaces) et un Markdown brut. Les
questions dont « doc » est le SRT portent « at », le début (en secondes) du repère où commence la première
alternative du premier groupe de preuves ; il doit tomber à moins de AT_TOLERANCE secondes de ce début.)

Contrôles :
- catalogue : une entrée par fichier du corpus (et réciproquement), champs obligatoires présents (title, kind, date,
  published, organisers, region, url), type (kind) parmi slides, report, webpage, transcript, document, orateurs
  pour les transcriptions, nom de fichier AAAA-MM-JJ_organisateur_titre-court.ext, date = préfixe du nom, adresse sur
  un domaine .example ; types de fichiers attendus (un .pptx, un .srt, un .pdf, un .html, un .docx, un .csv, un .md) ;
- questions : identifiants n27-01 à n27-45 uniques, champs obligatoires, types valides, répartition par type
  demandée, quatre questions en anglais (crosslingual) ;
- questions sans réponse : kind=unanswerable, doc=null, evidence=[] ; les termes du « presque » (ABSENT) absents de
  tous les documents ;
- chaque alternative de preuve présente dans le texte extrait de son document
  (PPTX : dans une même diapositive, titre, zones de texte, tableaux et notes ; PDF : dans une même page, via pypdf ;
  DOCX : paragraphes, cellules de tableaux, en-têtes et pieds via python-docx ; HTML : get_text de BeautifulSoup sans
  script/style/head ; CSV : lignes du module csv ; Markdown : brut ; SRT : texte des repères) ;
  pour doc="*", chaque alternative doit figurer dans au moins un document ;
- transcription .srt : « at » obligatoire et proche du début d'un repère où commence la première preuve ; « at »
  interdit ailleurs ; au moins quatre questions avec « at » ;
- questions à deux groupes de preuves ou plus : entre 12 et 14 ;
- chaque document porte au moins trois questions.
La comparaison se fait après normalisation : NFKD, accents retirés, minuscules, toute suite de caractères hors
a-z0-9 remplacée par une espace.

Usage : python check.py                 (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --dump NOM          (texte normalisé du document NOM, sans suffixe)
        python check.py --find "phrase"     (débuts des repères du .srt où la phrase commence)
"""
import collections
import csv
import json
import os
import re
import sys
import tomllib
import unicodedata

import docx
import pypdf
from pptx import Presentation
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
QUESTIONS = os.path.join(ROOT, "questions.jsonl")
CATALOG = os.path.join(CORPUS, "catalog.toml")

KINDS = {"fact", "number", "date", "acronym", "definition", "list", "comparison", "howto", "who",
         "document", "transcript", "paraphrase", "crosslingual", "yesno", "unanswerable"}
CATALOG_KEYS = ("title", "kind", "date", "published", "organisers", "region", "url")
CATALOG_KINDS = {"slides", "report", "webpage", "transcript", "document"}
# Types de fichiers du lot : un PPTX, un SRT, un PDF (rapport), une page HTML, un DOCX, un CSV, un Markdown.
FILE_KINDS = {"pptx": 1, "srt": 1, "pdf": 1, "html": 1, "docx": 1, "csv": 1, "md": 1}
N_QUESTIONS = 45
N_ENGLISH = 4
N_AT = 4
AT_TOLERANCE = 2.0
# Questions sans réponse : termes qui en font des « presque » et que le corpus ne doit jamais contenir.
ABSENT = {"n27-08": ["Bournac"],
          "n27-09": ["2023"],
          "n27-10": ["pharmacien", "pharmaciens", "pharmacie", "pharmacies"],
          "n27-11": ["2027"],
          "n27-12": ["gérontopsychiatrie", "EMPPA", "psychiatrie de la personne âgée"],
          "n27-13": ["maison des adolescents", "MDA"],
          "n27-14": ["Mon soutien psy", "MonPsy", "séances remboursées"]}

TIMING = re.compile(r"^(\d\d:\d\d:\d\d[.,]\d\d\d)\s+-->\s+(\d\d:\d\d:\d\d[.,]\d\d\d)")
TAG = re.compile(r"<[^>]+>")


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return s.strip()


def ts(t):
    h, m, rest = t.replace(",", ".").split(":")
    return int(h) * 3600 + int(m) * 60 + float(rest)


def read_cues(path):
    """Repères d'un .vtt ou .srt : liste de (début en secondes, texte du repère sans balises)."""
    raw = open(path, "rb").read()
    try:
        data = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        data = raw.decode("cp1252")
    lines = data.splitlines()
    cues, start, text = [], None, []
    for line in lines:
        m = TIMING.match(line)
        if m:
            start, text = ts(m.group(1)), []
            continue
        if start is None:
            continue
        if line == "":
            cues.append((start, " ".join(text)))
            start, text = None, []
        else:
            text.append(TAG.sub("", line))
    if start is not None:
        cues.append((start, " ".join(text)))
    return cues


def docx_walk(container, parts):
    """Paragraphes et tableaux dans l'ordre du corps ; cellules fusionnées lues une fois ; tableaux imbriqués."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for child in container.iter_inner_content():
        if isinstance(child, Paragraph):
            parts.append(child.text)
        elif isinstance(child, Table):
            for row in child.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    docx_walk(cell, parts)


class Doc:
    def __init__(self, path):
        self.path = path
        self.ext = path.rsplit(".", 1)[-1].lower()
        self.cues = None
        if self.ext == "pdf":
            units = [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]
        elif self.ext == "docx":
            d = docx.Document(path)
            parts = []
            for sec in d.sections:
                for hf in (sec.header, sec.footer, sec.even_page_header, sec.even_page_footer,
                           sec.first_page_header, sec.first_page_footer):
                    if not hf.is_linked_to_previous:
                        parts += [p.text for p in hf.paragraphs]
            docx_walk(d, parts)
            units = ["\n".join(parts)]
        elif self.ext in ("html", "htm"):
            with open(path, encoding="utf-8") as f:
                soup = BeautifulSoup(f.read(), "html.parser")
            for tag in soup(["script", "style", "head"]):
                tag.decompose()
            units = [soup.get_text(" ")]
        elif self.ext == "pptx":
            units = []
            for slide in Presentation(path).slides:
                parts = []
                for shape in slide.shapes:
                    if shape.has_text_frame:
                        parts.append(shape.text_frame.text)
                    if getattr(shape, "has_table", False) and shape.has_table:
                        for row in shape.table.rows:
                            parts.append(" ".join(cell.text for cell in row.cells))
                if slide.has_notes_slide:
                    parts.append(slide.notes_slide.notes_text_frame.text)
                units.append("\n".join(parts))
        elif self.ext == "csv":
            with open(path, encoding="utf-8-sig", newline="") as f:
                units = ["\n".join(" ".join(row) for row in csv.reader(f, delimiter=";"))]
        elif self.ext in ("vtt", "srt"):
            self.cues = [(start, norm(text)) for start, text in read_cues(path)]
            units = [" ".join(text for _, text in self.cues)]
        else:
            with open(path, encoding="utf-8") as f:
                units = [f.read()]
        self.units = [norm(u) for u in units]

    def contains(self, phrase):
        p = norm(phrase)
        return bool(p) and any(p in u for u in self.units)

    def cue_hits(self, phrase):
        """(débuts des repères où commence une occurrence, nombre d'occurrences qui couvrent plusieurs repères)."""
        target = norm(phrase)
        offsets, pos = [], 0
        for start, text in self.cues:
            offsets.append((pos, pos + len(text), start))
            pos += len(text) + 1
        big = self.units[0]
        starts, spanning = [], 0
        for m in re.finditer(re.escape(target), big):
            for a, b, start in offsets:
                if a <= m.start() <= b:
                    starts.append(start)
                    if m.end() > b:
                        spanning += 1
                    break
        return starts, spanning


def load_docs():
    docs = {}
    for name in sorted(os.listdir(CORPUS)):
        if name == "catalog.toml":
            continue
        docs[name.rsplit(".", 1)[0]] = os.path.join(CORPUS, name)
    return docs


def check_catalog(docs, failures):
    with open(CATALOG, "rb") as f:
        cat = tomllib.load(f)
    files = {os.path.basename(p) for p in docs.values()}
    exts = collections.Counter(n.rsplit(".", 1)[-1].lower() for n in files)
    if dict(exts) != FILE_KINDS:
        failures.append("corpus : types de fichiers %s au lieu de %s" % (dict(exts), FILE_KINDS))
    for name in files - set(cat):
        failures.append("catalogue : %s absent du catalogue" % name)
    for name, entry in cat.items():
        if name not in files:
            failures.append("catalogue : entrée %s sans fichier" % name)
        for key in CATALOG_KEYS:
            if key not in entry:
                failures.append("catalogue : %s sans champ %s" % (name, key))
        if entry.get("kind") not in CATALOG_KINDS:
            failures.append("catalogue : %s a un type inattendu %r" % (name, entry.get("kind")))
        if entry.get("kind") == "transcript" and not entry.get("speakers"):
            failures.append("catalogue : transcription %s sans orateurs" % name)
        if not re.match(r"^\d{4}-\d\d-\d\d_[a-z0-9-]+_[a-z0-9-]+\.[a-z0-9]+$", name):
            failures.append("catalogue : nom de fichier %s hors du modèle AAAA-MM-JJ_organisateur_titre-court.ext" % name)
        if not str(entry.get("url", "")).split("/")[2].endswith(".example") if "//" in str(entry.get("url", "")) else True:
            failures.append("catalogue : l'adresse de %s n'est pas sur un domaine .example" % name)
        if str(entry.get("date")) != name[:10]:
            failures.append("catalogue : date de %s différente du préfixe du nom (%s)" % (name, entry.get("date")))


def main():
    docs = load_docs()
    cache = {}

    def get(stem):
        if stem not in cache:
            cache[stem] = Doc(docs[stem])
        return cache[stem]

    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for i, u in enumerate(get(sys.argv[2]).units):
            print("=== unité %d" % (i + 1))
            print(u)
        return 0

    if len(sys.argv) > 2 and sys.argv[1] == "--find":
        for stem, path in docs.items():
            if path.endswith((".vtt", ".srt")):
                starts, spanning = get(stem).cue_hits(sys.argv[2])
                if starts:
                    print(stem, ["%.1f" % s for s in starts], "(à cheval : %d)" % spanning if spanning else "")
        return 0

    failures, warnings = [], []
    check_catalog(docs, failures)

    seen = set()
    kinds = collections.Counter()
    per_doc = collections.Counter()
    n_two = n_transcript = n_at = 0
    with open(QUESTIONS, encoding="utf-8") as f:
        rows = [(i + 1, l) for i, l in enumerate(f) if l.strip()]
    for lineno, line in rows:
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            failures.append("ligne %d : JSON invalide (%s)" % (lineno, e))
            continue
        qid = q.get("id")
        tag = "%s (ligne %d)" % (qid, lineno)
        if qid != "n27-%02d" % lineno:
            failures.append("%s : identifiant attendu n27-%02d" % (tag, lineno))
        if q.get("kind") == "crosslingual" and not re.search(r"\b(what|how|who|which|when|is|are|does|do)\b",
                                                            q.get("question", ""), re.I):
            failures.append("%s : question crosslingual qui ne semble pas écrite en anglais" % tag)
        if qid in seen:
            failures.append("%s : identifiant en double" % tag)
        seen.add(qid)
        for key in ("id", "question", "evidence", "doc", "kind"):
            if key not in q:
                failures.append("%s : champ manquant %s" % (tag, key))
        extra = set(q) - {"id", "question", "evidence", "doc", "kind", "at"}
        if extra:
            failures.append("%s : champs inattendus %s" % (tag, sorted(extra)))
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            failures.append("%s : type invalide %r" % (tag, kind))
        doc, ev = q.get("doc"), q.get("evidence")
        per_doc[doc or "null"] += 1
        if kind == "unanswerable" or doc is None:
            if not (kind == "unanswerable" and doc is None and ev == []):
                failures.append("%s : une question sans réponse doit avoir kind=unanswerable, doc=null, evidence=[]" % tag)
            if "at" in q:
                failures.append("%s : « at » sur une question sans réponse" % tag)
            continue
        if doc != "*" and doc not in docs:
            failures.append("%s : document introuvable %r" % (tag, doc))
            continue
        if not isinstance(ev, list) or not ev or not all(isinstance(g, list) and g for g in ev):
            failures.append("%s : evidence doit être une liste non vide de groupes non vides" % tag)
            continue
        if len(ev) >= 2:
            n_two += 1
        targets = list(docs) if doc == "*" else [doc]
        for gi, group in enumerate(ev):
            for alt in group:
                if not isinstance(alt, str) or not norm(alt):
                    failures.append("%s : alternative vide ou non textuelle dans le groupe %d" % (tag, gi + 1))
                    continue
                nw = len(norm(alt).split())
                if nw < 2 or nw > 10:
                    warnings.append("%s : « %s » fait %d mots" % (tag, alt, nw))
                found = [t for t in targets if get(t).contains(alt)]
                if not found:
                    failures.append("%s : « %s » absent de %s%s" % (
                        tag, alt, doc, " (aucune page ou diapositive ne le contient)" if doc != "*" and len(get(doc).units) > 1 else ""))
                for t in found:
                    d = get(t)
                    if d.cues is not None:
                        starts, spanning = d.cue_hits(alt)
                        if spanning:
                            warnings.append("%s : « %s » à cheval sur deux repères de %s" % (tag, alt, t))
        is_tr = doc != "*" and docs[doc].endswith((".vtt", ".srt"))
        if is_tr:
            n_transcript += 1
            at = q.get("at")
            n_at += isinstance(at, (int, float))
            if not isinstance(at, (int, float)):
                failures.append("%s : question sur une transcription sans champ « at »" % tag)
            else:
                starts, _ = get(doc).cue_hits(ev[0][0])
                if not starts:
                    failures.append("%s : première preuve introuvable dans les repères" % tag)
                elif not any(abs(at - s) <= AT_TOLERANCE for s in starts):
                    failures.append("%s : at=%s éloigné des repères %s" % (tag, at, ["%.1f" % s for s in starts]))
                elif len(starts) > 1:
                    warnings.append("%s : première preuve présente dans plusieurs repères %s" % (
                        tag, ["%.1f" % s for s in starts]))
        elif "at" in q:
            failures.append("%s : champ « at » sur un document sans repères de temps" % tag)

    for w in warnings:
        print("AVERTISSEMENT", w)
    n_early = len(failures)
    for fl in failures:
        print("ÉCHEC", fl)
    total = len(rows)
    if total != N_QUESTIONS:
        failures.append("%d questions au lieu de %d" % (total, N_QUESTIONS))
    print("-" * 60)
    print("Questions : %d | avec réponse : %d | sans réponse : %d | à plusieurs groupes de preuves : %d | "
          "sur les transcriptions à repères : %d (dont avec « at » : %d)" % (
              total, total - kinds["unanswerable"], kinds["unanswerable"], n_two, n_transcript, n_at))
    print("Par type : " + ", ".join("%s=%d" % (k, v) for k, v in sorted(kinds.items())))
    print("Par document : " + ", ".join("%s=%d" % (k, v) for k, v in sorted(per_doc.items())))
    print("Échecs : %d | avertissements : %d" % (len(failures), len(warnings)))
    expected = {"number": 7, "unanswerable": 7, "crosslingual": N_ENGLISH, "date": 3, "document": 3, "fact": 2,
                "transcript": 3, "who": 3, "acronym": 2, "comparison": 2, "definition": 2, "list": 2,
                "paraphrase": 2, "yesno": 2, "howto": 1}
    if dict(kinds) != expected:
        failures.append("répartition par type différente de celle demandée : %s" % dict(kinds))
    explicit = collections.Counter()
    for _, line in rows:
        q = json.loads(line)
        if q.get("doc") in docs:
            explicit[q["doc"]] += 1
        elif q.get("doc") == "*":  # une question « * » compte pour chaque document où une de ses preuves se trouve
            for stem in docs:
                if any(get(stem).contains(a) for g in q["evidence"] for a in g):
                    explicit[stem] += 1
    for stem in docs:
        if explicit[stem] < 3:
            failures.append("le document %s porte moins de trois questions (%d)" % (stem, explicit[stem]))
    print("Questions touchant chaque document (« * » compris) : " + ", ".join(
        "%s=%d" % (k[:40], explicit[k]) for k in sorted(docs)))
    if n_at < N_AT:
        failures.append("questions sur le SRT avec « at » : %d (attendu au moins %d)" % (n_at, N_AT))
    if not 12 <= n_two <= 14:
        failures.append("questions à deux groupes ou plus : %d (attendu 12 à 14)" % n_two)
    for qid, terms in ABSENT.items():
        for term in terms:
            hits = [stem for stem in docs if re.search(r"(^| )%s( |$)" % re.escape(norm(term)), " ".join(get(stem).units))]
            if hits:
                failures.append("%s : le terme « %s » de la question sans réponse figure dans %s" % (qid, term, hits))
    for fl in failures[n_early:]:
        print("ÉCHEC", fl)
    print("Échecs au total : %d" % len(failures))
    print("RÉSULTAT : %s" % ("OK" if not failures else "ÉCHEC"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
