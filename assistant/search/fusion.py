"""Score fusion variants as pure functions, chosen by name (weighted is the default; RRF for comparison)."""

from __future__ import annotations

import numpy as np

RRF_K = 60


def scale_max(scores: np.ndarray) -> np.ndarray:
    """Scale non-negative scores to [0, 1] by their maximum."""
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else np.zeros_like(scores)


def weighted(lexical: np.ndarray, dense: np.ndarray, dense_weight: float) -> np.ndarray:
    """Lexical scaled to [0, 1] plus `dense_weight` x cosine (the best fusion measured before this project's
    code, with USE; see the README's departures from the design)."""
    return scale_max(lexical) + dense_weight * np.clip(dense, 0.0, None)


def scale_min_max(scores: np.ndarray) -> np.ndarray:
    """Scale scores to [0, 1] by the candidates' minimum and maximum."""
    if not scores.size:
        return scores
    low, high = float(scores.min()), float(scores.max())
    return (scores - low) / (high - low) if high > low else np.zeros_like(scores)


def minmax(lexical: np.ndarray, dense: np.ndarray, dense_weight: float) -> np.ndarray:
    """Both sides min-max scaled over the candidates, so the dense weight means the same for every query."""
    return scale_max(lexical) + dense_weight * scale_min_max(dense)


def normalised(lexical: np.ndarray, dense: np.ndarray, dense_weight: float) -> np.ndarray:
    """Lexical scaled by its maximum; dense cosines scaled from the candidates' median (0) to their best
    (1), clipped at 0. Models such as e5 put every cosine in a narrow band (0.75-0.9): raw, they would barely
    move the ranking; scaled, the weight means the same whatever the model."""
    if not dense.size:
        return scale_max(lexical)
    floor, top = float(np.median(dense)), float(dense.max())
    scaled = np.clip((dense - floor) / (top - floor), 0.0, None) if top > floor else np.zeros_like(dense)
    return scale_max(lexical) + dense_weight * scaled


def rrf(lexical: np.ndarray, dense: np.ndarray, dense_weight: float) -> np.ndarray:
    """Reciprocal rank fusion (unweighted ranks; `dense_weight` scales the dense side's share)."""
    def ranks(scores: np.ndarray) -> np.ndarray:
        order = np.argsort(-scores, kind="stable")
        r = np.empty_like(order)
        r[order] = np.arange(1, len(scores) + 1)
        return r

    return 1.0 / (RRF_K + ranks(lexical)) + dense_weight / (RRF_K + ranks(dense))


def lexical_only(lexical: np.ndarray, dense: np.ndarray, dense_weight: float) -> np.ndarray:
    return scale_max(lexical)


FUSIONS = {"weighted": weighted, "normalised": normalised, "minmax": minmax, "rrf": rrf, "lexical": lexical_only}
