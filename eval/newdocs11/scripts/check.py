# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl contre les documents du corpus newdocs11.

Contrôles : document existant ; chaque alternative de preuve présente dans son document
(PDF : dans une même page) ; pour le .vtt, « at » à 20 s au plus du début du repère (cue)
où commence la première alternative du premier groupe ; questions sans réponse avec doc null
et sans preuve ; identifiants uniques ; types valides.

Usage : python check.py            (contrôle complet, code de sortie 1 en cas d'échec)
        python check.py --find "texte"   (affiche les repères .vtt contenant le texte)
"""
import collections
import json
import os
import re
import sys
import unicodedata

import docx
import pypdf
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
QUESTIONS = os.path.join(ROOT, "questions.jsonl")

KINDS = {"fact", "number", "date", "acronym", "definition", "list", "comparison", "howto", "who",
         "document", "transcript", "paraphrase", "crosslingual", "yesno", "unanswerable"}
AT_TOLERANCE = 20.0


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return s.strip()


def ts(t):
    h, m, rest = t.split(":")
    return int(h) * 3600 + int(m) * 60 + float(rest)


TIMING = re.compile(r"^(\d\d:\d\d:\d\d\.\d\d\d)\s+-->\s+(\d\d:\d\d:\d\d\.\d\d\d)")
TAG = re.compile(r"<[^>]+>")


def read_vtt(path):
    """Renvoie (texte brut sans lignes de minutage ni balises, liste de repères (début, texte))."""
    cues, raw_lines = [], []
    cur_start, cur_text = None, []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for i, line in enumerate(lines):
        m = TIMING.match(line)
        if m:
            if cur_start is not None:
                cues.append((cur_start, " ".join(cur_text)))
            cur_start, cur_text = ts(m.group(1)), []
            # le numéro de repère éventuel (ligne précédente) n'est pas du texte
            if raw_lines and raw_lines[-1].strip().isdigit():
                raw_lines.pop()
            continue
        if line.strip() == "WEBVTT":
            continue
        clean = TAG.sub("", line)
        raw_lines.append(clean)
        if cur_start is not None and line.strip():
            cur_text.append(clean)
        elif cur_start is not None and not line.strip():
            cues.append((cur_start, " ".join(cur_text)))
            cur_start, cur_text = None, []
    if cur_start is not None:
        cues.append((cur_start, " ".join(cur_text)))
    return "\n".join(raw_lines), cues


def load_doc(path):
    """Renvoie une liste d'« unités » de texte normalisé (pages pour un PDF, une seule sinon)
    et, pour un .vtt, la liste des repères normalisés."""
    ext = path.rsplit(".", 1)[-1].lower()
    cues = None
    if ext == "pdf":
        units = [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]
    elif ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        units = ["\n".join(parts)]
    elif ext in ("html", "htm"):
        with open(path, encoding="utf-8") as f:
            soup = BeautifulSoup(f.read(), "html.parser")
        for tag in soup(["script", "style", "head"]):
            tag.decompose()
        units = [soup.get_text(" ")]
    elif ext == "vtt":
        raw, cues = read_vtt(path)
        units = [raw]
        cues = [(start, norm(text)) for start, text in cues]
    else:
        with open(path, encoding="utf-8") as f:
            units = [f.read()]
    return [norm(u) for u in units], cues


def cue_starts_for(cues, phrase):
    """Débuts des repères où commence une occurrence de phrase (le texte peut couvrir deux repères)."""
    joined, offsets, pos = [], [], 0
    for start, text in cues:
        offsets.append((pos, start))
        joined.append(text)
        pos += len(text) + 1
    big = " ".join(joined)
    target = norm(phrase)
    res = []
    for m in re.finditer(re.escape(target), big):
        # repère contenant le début de l'occurrence
        st = None
        for off, start in offsets:
            if off <= m.start():
                st = start
            else:
                break
        res.append(st)
    return res


def main():
    docs = {}
    for name in os.listdir(CORPUS):
        if name == "catalog.toml":
            continue
        docs[name.rsplit(".", 1)[0]] = os.path.join(CORPUS, name)

    if len(sys.argv) > 2 and sys.argv[1] == "--find":
        for stem, path in docs.items():
            if path.endswith(".vtt"):
                _, cues = load_doc(path)
                print(stem, cue_starts_for(cues, sys.argv[2]))
        return 0

    cache = {}
    failures = []
    warnings = []
    seen = set()
    kinds = collections.Counter()
    n_two = 0
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
        if qid in seen:
            failures.append("%s : identifiant en double" % tag)
        seen.add(qid)
        for key in ("id", "question", "evidence", "doc", "kind"):
            if key not in q:
                failures.append("%s : champ manquant %s" % (tag, key))
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            failures.append("%s : type invalide %r" % (tag, kind))
        doc, ev = q.get("doc"), q.get("evidence")
        if kind == "unanswerable" or doc is None:
            if not (kind == "unanswerable" and doc is None and ev == []):
                failures.append("%s : une question sans réponse doit avoir kind=unanswerable, doc=null, evidence=[]" % tag)
            continue
        if doc not in docs:
            failures.append("%s : document introuvable %r" % (tag, doc))
            continue
        if not isinstance(ev, list) or not ev or not all(isinstance(g, list) and g for g in ev):
            failures.append("%s : evidence doit être une liste non vide de groupes non vides" % tag)
            continue
        if len(ev) >= 2:
            n_two += 1
        if doc not in cache:
            cache[doc] = load_doc(docs[doc])
        units, cues = cache[doc]
        for gi, group in enumerate(ev):
            for alt in group:
                if not isinstance(alt, str) or not norm(alt):
                    failures.append("%s : alternative vide ou non textuelle dans le groupe %d" % (tag, gi + 1))
                    continue
                nw = len(alt.split())
                if nw < 2 or nw > 8:
                    warnings.append("%s : « %s » fait %d mots" % (tag, alt, nw))
                if not any(norm(alt) in u for u in units):
                    failures.append("%s : « %s » absent de %s%s" % (tag, alt, doc,
                                    " (aucune page ne le contient)" if len(units) > 1 else ""))
        if docs[doc].endswith(".vtt"):
            at = q.get("at")
            if not isinstance(at, (int, float)):
                failures.append("%s : question sur le .vtt sans champ « at »" % tag)
            else:
                starts = cue_starts_for(cues, ev[0][0])
                if not starts:
                    failures.append("%s : première preuve introuvable dans les repères" % tag)
                elif not any(abs(at - s) <= AT_TOLERANCE for s in starts):
                    failures.append("%s : at=%s éloigné des repères %s" % (tag, at, ["%.1f" % s for s in starts]))
                elif len(starts) > 1:
                    warnings.append("%s : première preuve présente dans plusieurs repères %s" % (tag, ["%.1f" % s for s in starts]))
        elif "at" in q:
            warnings.append("%s : champ « at » sur un document qui n'est pas un .vtt" % tag)

    for w in warnings:
        print("AVERTISSEMENT", w)
    for fl in failures:
        print("ÉCHEC", fl)
    total = len(rows)
    print("-" * 60)
    print("Questions : %d | avec réponse : %d | sans réponse : %d | à plusieurs groupes de preuves : %d"
          % (total, total - kinds["unanswerable"], kinds["unanswerable"], n_two))
    print("Par type : " + ", ".join("%s=%d" % (k, v) for k, v in sorted(kinds.items())))
    print("Par document : " + ", ".join("%s=%d" % (k, v) for k, v in sorted(
        collections.Counter(json.loads(l).get("doc") or "null" for _, l in rows).items())))
    print("Échecs : %d | avertissements : %d" % (len(failures), len(warnings)))
    print("RÉSULTAT : %s" % ("OK" if not failures else "ÉCHEC"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
