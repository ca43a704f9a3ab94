"""Written answers, measured with the stand-in chat server (tests/llm_standin.py) over the questions of
eval/dev.jsonl and eval/holdout.jsonl on the built sample index: the time the check takes per sentence and
per answer, `ask` with and without written answers, the share of faithful sentences kept and of corrupted
ones removed; then the calibration of the support thresholds (lexical share, embedder cosine) on faithful
restatements of passage sentences against sentences of unrelated passages cited as if from them."""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import re
import sys
import time

import numpy as np
from common import ROOT, median, percentile, save

from assistant.config import Settings
from assistant.core import Assistant
from assistant.evaluation import ask_counted
from assistant.models import Citation
from assistant.text import is_acronym, normalise_for_match
from assistant.written import support
from assistant.written.support import Source, Sources, numbers

sys.path.insert(0, str(ROOT / "tests"))  # the stand-in chat server lives with the tests
from llm_standin import Reply, StandInChat, echo_reply, first_sentence, passages  # noqa: E402


# -- the live runs ---------------------------------------------------------------------------

def eval_questions() -> list[str]:
    return [json.loads(line)["question"] for name in ("dev", "holdout")
            for line in (ROOT / "eval" / f"{name}.jsonl").read_text("utf-8").splitlines() if line.strip()]


class CheckClock:
    """Times every `Sources.check` (the whole check of one written sentence, its e5 encoding included)."""

    def __init__(self):
        self.seconds: list[float] = []
        self.checked: list[tuple[Sources, object]] = []
        self._check = Sources.check
        clock = self

        def timed_check(sources, claim):
            start = time.perf_counter()
            try:
                return clock._check(sources, claim)
            finally:
                clock.seconds.append(time.perf_counter() - start)
                clock.checked.append((sources, claim))

        Sources.check = timed_check

    def without_embedding(self) -> list[float]:
        """Milliseconds of the same checks again without the embedder: facts and shared words alone."""
        times = []
        for sources, claim in self.checked:
            words_only = Sources(sources.by_number, sources.glossary, None)
            start = time.perf_counter()
            self._check(words_only, claim)
            times.append((time.perf_counter() - start) * 1000)
        return times


class Removals(logging.Handler):
    """The reasons the check gave for the sentences it removed (logged by assistant.written)."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.reasons: list[str] = []

    def emit(self, record):
        if record.getMessage().startswith("Phrase rédigée retirée"):
            self.reasons.append(str(record.args[0]))


def corrupting_reply(corrupted: list[str]):
    """echo_reply with one number per answer changed to one its prompt never gives (or, without a number in
    the echoed sentences, one added); the corrupted sentence is appended to `corrupted`."""
    def reply(body: dict) -> Reply:
        prompt = body["messages"][-1]["content"]
        absent = next(v for v in itertools.count(37) if str(v) not in numbers(prompt))
        written = [[n, first_sentence(text)] for n, text in passages(prompt)[:2]]
        target = next((w for w in written if re.search(r"\d", w[1])), written[0])
        if re.search(r"\d", target[1]):
            target[1] = re.sub(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?", str(absent), target[1], count=1)
        else:
            target[1] = f"{target[1]}, soit {absent} %"
        corrupted.append(target[1])
        return Reply.text(" ".join(f"{s} [{n}]." for n, s in written))
    return reply


def ask_once(assistant: Assistant, question: str, clock: CheckClock | None = None) -> dict:
    """One ask: milliseconds, the checks and their milliseconds, the written sentences kept and removed."""
    checks = len(clock.seconds) if clock else 0
    start = time.perf_counter()
    response, written, kept = ask_counted(assistant, question)
    return {"ms": (time.perf_counter() - start) * 1000, "written": written, "kept": kept,
            "removed": response.answer.removed, "mode": response.answer.mode,
            "text": normalise_for_match(" ".join(s.text for s in response.answer.sentences)),
            "check_ms": [s * 1000 for s in clock.seconds[checks:]] if clock else []}


def latency(times: list[float], unit: str = "asks") -> dict:
    return {unit: len(times), "median_ms": round(median(times), 1), "p95_ms": round(percentile(times, 95), 1)}


def reasons(handler: Removals) -> dict[str, int]:
    """How many sentences were removed for each kind of reason ("no citation", "not in its passages"…)."""
    kinds = [reason.split(":")[0].split(" (")[0] for reason in handler.reasons]
    return {kind: kinds.count(kind) for kind in sorted(set(kinds))}


def live(plain: Assistant, written_settings, questions: list[str], rounds: int) -> dict:
    """Each question asked without then with written answers (interleaved: the shared machine's load weighs
    on both alike), then once more with one number per answer corrupted."""
    removals = Removals()
    logger = logging.getLogger("assistant.written")
    logger.addHandler(removals)
    logger.setLevel(logging.INFO)
    clock = CheckClock()
    pairs = []
    with StandInChat(echo_reply) as chat:
        writer = Assistant(written_settings(chat.base_url))
        writer.load()
        for question in questions[:5]:  # warm-up
            ask_once(plain, question), ask_once(writer, question)
        clock.seconds.clear()
        clock.checked.clear()
        removals.reasons.clear()
        for _ in range(rounds):
            pairs += [(ask_once(plain, q), ask_once(writer, q, clock)) for q in questions]
    rows = [w for _, w in pairs]
    asked = [r for r in rows if r["written"]]
    kept, removed = sum(r["kept"] for r in asked), sum(r["removed"] for r in asked)
    per_sentence = [ms for r in asked for ms in r["check_ms"]]
    out = {"without_written": latency([p["ms"] for p, _ in pairs]), "with_written": latency([w["ms"] for w in rows])}
    out["added_per_ask"] = latency([w["ms"] - p["ms"] for p, w in pairs if w["written"]])
    why = reasons(removals)
    # echo_reply puts one mark after its passage's first "sentence", which may hold several (slide lines, a
    # lower-case start): the ones before the mark cite nothing. The share among the sentences that cite:
    cited = kept + removed - why.get("no citation", 0)
    out["faithful"] = {"answers_written": len(asked), "generated": sum(r["mode"] == "generated" for r in asked),
                       "sentences": kept + removed, "kept_share": round(kept / max(1, kept + removed), 4),
                       "citing_sentences": cited, "kept_share_of_citing": round(kept / max(1, cited), 4),
                       "removal_reasons": why}
    out["check_per_sentence"] = latency(per_sentence, "checks")
    out["check_per_answer"] = latency([sum(r["check_ms"]) for r in asked], "answers")
    out["check_per_sentence_without_embedding"] = latency(clock.without_embedding(), "checks")
    corrupted: list[str] = []
    removals.reasons.clear()
    with StandInChat(corrupting_reply(corrupted)) as chat:
        writer = Assistant(written_settings(chat.base_url))
        writer.load()
        rows = [ask_once(writer, q) for q in questions]
    asked = [r for r in rows if r["written"]]
    gone = [normalise_for_match(bad) not in r["text"] for r, bad in zip(asked, corrupted)]
    out["corrupted"] = {"answers": len(asked), "corrupted_removed_share": round(sum(gone) / max(1, len(gone)), 4),
                        "generated": sum(r["mode"] == "generated" for r in asked),
                        "removed_sentences": sum(r["removed"] for r in asked), "removal_reasons": reasons(removals)}
    logger.removeHandler(removals)
    return out


# -- calibration -----------------------------------------------------------------------------

# Generic French rewordings (no word of this corpus's own subject): what a model changes when it restates.
SYNONYMS = {
    "permet": "rend possible", "permettre": "rendre possible", "aussi": "également", "également": "aussi",
    "mais": "cependant", "notamment": "en particulier", "ainsi": "de cette façon", "afin de": "pour",
    "important": "essentiel", "importante": "essentielle", "importants": "essentiels", "difficultés": "problèmes",
    "objectif": "but", "objectifs": "buts", "favoriser": "encourager", "favorise": "encourage",
    "améliorer": "renforcer", "mettre en place": "instaurer", "mis en place": "instauré", "aider": "soutenir",
    "rôle": "fonction", "différents": "divers", "différentes": "diverses", "plusieurs": "divers",
    "nombreux": "multiples", "nombreuses": "multiples", "besoin": "nécessité", "besoins": "nécessités",
    "utiliser": "employer", "montre": "indique", "montrent": "indiquent", "très": "fort", "souvent": "fréquemment",
    "toujours": "constamment", "chaque": "tout", "entre": "parmi", "grâce à": "par", "avec": "en lien avec",
    "démarche": "approche", "enjeu": "défi", "enjeux": "défis", "réaliser": "mener", "mener": "conduire",
}
_SYNONYM = re.compile(r"\b(" + "|".join(sorted(map(re.escape, SYNONYMS), key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)
_SUBORDINATE = re.compile(r",\s*(?:qui|que|dont|où|lorsque|quand|afin de|afin que|pour|notamment|car|puisque|"
                          r"même si|tout en)\b[^,.;:]*|\s*\([^)]*\)")


def synonyms(text: str) -> str:
    def swap(match):
        new = SYNONYMS[match.group().lower()]
        return new[0].upper() + new[1:] if match.group()[0].isupper() else new
    return _SYNONYM.sub(swap, text)


def reorder(text: str) -> str | None:
    """Two clauses the other way round: "A, B." -> "B, a." (or around " et ")."""
    for cut in (", ", " et "):
        head, sep, tail = text.rstrip(".").partition(cut)
        if sep and len(head.split()) >= 3 and len(tail.split()) >= 3:
            first = head.split()[0]
            head = head if is_acronym(first) else head[0].lower() + head[1:]
            return f"{tail[0].upper()}{tail[1:]}{sep}{head}."
    return None


def drop_subordinate(text: str) -> str | None:
    shorter = _SUBORDINATE.sub("", text, count=1)
    return shorter if shorter != text and len(shorter.split()) >= 5 else None


def passage_sources(snap) -> dict[int, Source]:
    """Every passage of the index as the check reads it (as `Assistant._writing` builds them)."""
    out = {}
    for row, passage in enumerate(snap.passages):
        meta = snap.documents[passage.doc_id]
        citation = Citation(n=1, doc=meta.doc_id, title=meta.title, location=passage.location, url=meta.url,
                            text=passage.text, score=1.0, date=meta.date, organisers=meta.organisers,
                            passage_id=passage.id, context=passage.context)
        part = snap.sentences.of_passage(row)
        out[row] = Source(citation, snap.sentences.rows[part, 1:], snap.sentences.vectors[part])
    return out


def samples(snap, sources: dict[int, Source], per_passage: int, seed: int) -> tuple[list, list]:
    """(row, text, transform) faithful restatements, and (row, text, other row) unrelated sentences."""
    rng = np.random.default_rng(seed)

    def usable(row):
        text = sources[row].citation.text
        return [" ".join(text[a:b].split()) for a, b in sources[row].spans
                if 8 <= len(text[a:b].split()) <= 60 and sum(c.isalpha() for c in text[a:b]) > 30]

    sentences = {row: usable(row) for row in sources}
    faithful, unrelated = [], []
    for row, mine in sentences.items():
        if not mine:
            continue
        others = [r for r in sentences if sentences[r] and snap.passages[r].doc_id != snap.passages[row].doc_id]
        for i in rng.choice(len(mine), size=min(per_passage, len(mine)), replace=False):
            base = mine[int(i)]
            for name, text in (("synonyms", synonyms(base)), ("reorder+synonyms", reorder(base)),
                               ("drop+synonyms", drop_subordinate(base))):
                if text and name != "synonyms":
                    text = synonyms(text)
                if text and normalise_for_match(text) != normalise_for_match(base):
                    faithful.append((row, text, name))
            other = int(rng.choice(others))
            unrelated.append((row, str(rng.choice(sentences[other])), other))
    return faithful, unrelated


def measure(assistant: Assistant, sources: dict[int, Source], glossary, items: list) -> list[dict]:
    """Lexical share, cosine with the passage's closest sentence and the facts check, for each item."""
    check = Sources({1: next(iter(sources.values()))}, glossary)
    vectors = np.concatenate([assistant.embed_questions([t for _, t, _ in items[i:i + 32]])
                              for i in range(0, len(items), 32)])
    out = []
    for (row, text, tag), vector in zip(items, vectors):
        cited = [sources[row]]
        missing, spelled = check.facts(text, cited)
        cosine = float(np.max(np.asarray(sources[row].vectors, np.float32) @ vector))
        out.append({"tag": tag, "lexical": check.shared_words(text, cited, spelled), "cosine": cosine,
                    "fact_missing": bool(missing)})
    return out


def kept(items: list[dict], sure: float, floor: float, cosine: float, facts: bool) -> float:
    ok = [(i["lexical"] >= sure or (i["lexical"] >= floor and i["cosine"] >= cosine))
          and not (facts and i["fact_missing"]) for i in items]
    return sum(ok) / len(ok)


def spread(values: list[float]) -> dict:
    return {f"p{p}": round(percentile(values, p), 3) for p in (5, 25, 50, 75, 95)}


def calibrate(assistant: Assistant, per_passage: int, seed: int) -> dict:
    snap = assistant.snapshot()
    sources = passage_sources(snap)
    faithful, unrelated = samples(snap, sources, per_passage, seed)
    good = measure(assistant, sources, snap.glossary.as_dict(), faithful)
    bad = measure(assistant, sources, snap.glossary.as_dict(), unrelated)
    cosine_floor = support.SUPPORT_COSINE.get(snap.model, support.DEFAULT_SUPPORT_COSINE)
    current = (support.LEXICAL_SURE, support.LEXICAL_FLOOR, cosine_floor)

    def score(sure, floor, cos, facts):
        return round(kept(good, sure, floor, cos, facts), 4), round(1 - kept(bad, sure, floor, cos, facts), 4)

    def row(sure, floor, cos):
        kept_share, removed_share = score(sure, floor, cos, False)
        with_facts = score(sure, floor, cos, True)
        return {"lexical_sure": sure, "lexical_floor": floor, "cosine": cos, "faithful_kept": kept_share,
                "unrelated_removed": removed_share,
                "with_facts": {"faithful_kept": with_facts[0], "unrelated_removed": with_facts[1]}}

    # The cosine floor swept at the current lexical constants; then one threshold alone, for comparison.
    sweep = [row(current[0], current[1], round(float(c), 3)) for c in np.arange(0.80, 0.955, 0.01)]
    fine = [row(current[0], current[1], round(float(c), 3)) for c in np.arange(0.80, 0.955, 0.005)]
    feasible = [r["cosine"] for r in fine if r["faithful_kept"] >= 0.95 and r["unrelated_removed"] >= 0.95]

    def balanced(r):
        return min(r["faithful_kept"], r["unrelated_removed"]), r["faithful_kept"] + r["unrelated_removed"]

    cosine_only = max((row(1.01, 0.0, round(float(c), 3)) for c in np.arange(0.80, 0.955, 0.005)), key=balanced)
    lexical_only = max((row(round(float(x), 3), round(float(x), 3), 2.0) for x in np.arange(0.05, 1.0, 0.025)),
                       key=balanced)
    by_transform = {name: {"n": sum(i["tag"] == name for i in good),
                           "lexical": spread([i["lexical"] for i in good if i["tag"] == name]),
                           "cosine": spread([i["cosine"] for i in good if i["tag"] == name])}
                    for name in sorted({i["tag"] for i in good})}
    return {
        "faithful": len(good), "unrelated": len(bad),
        "lexical": {"faithful": spread([i["lexical"] for i in good]), "unrelated": spread([i["lexical"] for i in bad])},
        "cosine": {"faithful": spread([i["cosine"] for i in good]), "unrelated": spread([i["cosine"] for i in bad]),
                   "faithful_min": round(min(i["cosine"] for i in good), 3),
                   "unrelated_max": round(max(i["cosine"] for i in bad), 3)},
        "faithful_by_transform": by_transform,
        "facts_check": {"faithful_removed": round(sum(i["fact_missing"] for i in good) / len(good), 4),
                        "unrelated_removed": round(sum(i["fact_missing"] for i in bad) / len(bad), 4)},
        "current": row(*current),
        "cosine_sweep": sweep,
        "feasible_cosine_95_95": [min(feasible), max(feasible)] if feasible else None,
        "cosine_only": cosine_only, "lexical_only": lexical_only,
        "examples": {"faithful": [t for _, t, _ in faithful[:4]], "unrelated": [t for _, t, _ in unrelated[:2]]},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1, help="times each question is asked (latency)")
    parser.add_argument("--per-passage", type=int, default=2, help="passage sentences reworded per passage")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--skip-live", action="store_true", help="the calibration only")
    parser.add_argument("--skip-calibration", action="store_true", help="the live runs only")
    args = parser.parse_args()
    base = {"corpus_dir": ROOT / "corpus", "index_dir": ROOT / "index"}
    plain = Assistant(Settings(**base))
    plain.load()
    result = {"index": str(base["index_dir"]), "embedder": plain.snapshot().model,
              "load_average_before": round(os.getloadavg()[0], 2)}
    questions = eval_questions()
    result["questions"] = len(questions)
    if not args.skip_live:
        result |= live(plain, lambda url: Settings(**base, llm_base_url=url, llm_model="standin-model",
                                                     llm_timeout_s=60), questions, args.rounds)
    if not args.skip_calibration:
        result["calibration"] = calibrate(plain, args.per_passage, args.seed)
    result["load_average_after"] = round(os.getloadavg()[0], 2)
    save("written" if not (args.skip_live or args.skip_calibration) else
         "written_calibration" if args.skip_live else "written_live", result)


if __name__ == "__main__":
    main()
