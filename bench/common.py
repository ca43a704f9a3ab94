"""Shared helpers for the benchmarks: timing medians, percentiles, resident memory, result files."""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT))


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return time.perf_counter() - start, value


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def save(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False))
    print(json.dumps(data, indent=1, ensure_ascii=False))
    return path


def ask_timings(assistant, questions: list[str], rounds: int) -> list[float]:
    """Milliseconds of each `assistant.ask` (analysis, retrieval, answer; model loaded, after a warm-up)."""
    for question in questions[:5]:
        assistant.ask(question)
    times = []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter()
            assistant.ask(question)
            times.append((time.perf_counter() - start) * 1000)
    return times
