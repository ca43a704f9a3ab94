"""Check every evidence alternative is in its document (normalised), warn when it spans a line, check unanswerable key notions are absent."""
import json, os, re, collections, extract, make_questions
docs = extract.docs()
text = {k: extract.lines(p) for k, p in docs.items()}
full = {k: " " + extract.norm(" ".join(v)) + " " for k, v in text.items()}
bad = 0
qs = [json.loads(l) for l in open(os.path.join(os.path.dirname(__file__), "..", "questions.jsonl"), encoding="utf-8")]
for q in qs:
    if q["doc"] is None:
        continue
    for grp in q["evidence"]:
        for alt in grp:
            a = extract.norm(alt)
            n = len(a.split())
            if a not in full[q["doc"]]:
                print("MISSING", q["id"], alt); bad += 1
            elif not any(a in extract.norm(l) for l in text[q["doc"]]):
                print("spans a line", q["id"], alt)
            if not 2 <= n <= 8:
                print("length", n, q["id"], alt)
    if "at" in q:
        print(q["id"], "at", q["at"])
for q, keys in make_questions.U:
    for k in keys:
        for d, t in full.items():
            if re.search(r"\b" + re.escape(extract.norm(k)) + r"\b", t):
                print("UNANSWERABLE KEY PRESENT", k, d); bad += 1
print(collections.Counter(q["kind"] for q in qs))
print(collections.Counter(q["doc"] for q in qs))
print("failures:", bad)
