"""A row of key figures on a PDF page, each above its label, paired by where they sit ("2 140" / "participations")."""

from __future__ import annotations

from ..sentences import KEY_FIGURE
from .layout_tables import cells, lines_holding, word_count

MIN_FIGURES = 2  # one figure above a line is a paragraph's number, or a heading's
LABEL_LINES = 4  # a label wraps over this many lines at most
GAP_LINES = 2  # blank lines between the figures and their labels


def _centre(start: int, text: str) -> float:
    return start + len(text) / 2


def figure_rows(layout: str) -> list[tuple[list[str], list[str]]]:
    """Each row of key figures of the layout text with the labels under them: (figures, labels), one label per
    figure, its wrapped lines joined. A row is kept only when every figure has a label and every word under it
    is one figure's (a table's rows have a label column of their own, left of any figure)."""
    lines = [cells(line) for line in layout.splitlines()]
    found = []
    for i, line in enumerate(lines):
        # (a key figure alone in its cell: "11", "2 140", "63 %", "1,3"; not a year, which has no space after its
        # first three digits)
        if len(line) < MIN_FIGURES or not all(KEY_FIGURE.fullmatch(text) for _, text in line):
            continue
        centres = [_centre(start, text) for start, text in line]
        half_gap = min(b - a for a, b in zip(centres, centres[1:])) / 2
        labels: list[list[str]] = [[] for _ in line]
        j, blank, seen = i + 1, 0, 0
        while j < len(lines) and seen < LABEL_LINES:
            if not lines[j]:
                blank += 1
                if seen or blank > GAP_LINES:
                    break
                j += 1
                continue
            placed = []
            for start, text in lines[j]:
                distance, nearest = min((abs(_centre(start, text) - c), k) for k, c in enumerate(centres))
                if distance > half_gap:
                    placed = None
                    break
                placed.append((nearest, text))
            if placed is None or any(KEY_FIGURE.fullmatch(text) for _, text in placed):
                break
            for k, text in placed:
                labels[k].append(text)
            seen += 1
            j += 1
        if seen and all(labels):
            found.append(([text for _, text in line], [" ".join(parts) for parts in labels]))
    return found


def with_key_figures(plain: str, layout: str) -> str:
    """The page's ordinary text with each row of key figures written one figure a line, its label after it ("2 140
    participations au total"), where the ordinary text gives the figures apart from their labels ("11", "2 140",
    …, then every label run together). A row whose words the ordinary text does not hold as a run of lines is
    left as it was."""
    lines = plain.splitlines()
    for figures, labels in figure_rows(layout):
        span = lines_holding(lines, word_count(figures + labels))
        if span is not None and _figures_apart(lines[span[0]:span[1]]):
            lines[span[0]:span[1]] = [f"{figure} {label}" for figure, label in zip(figures, labels)]
    return "\n".join(lines)


def _figures_apart(lines: list[str]) -> bool:
    """True when the ordinary text gives two figures in a row, each alone on its line: their labels come apart
    (a file drawing each figure with its label is read in order already)."""
    alone = [bool(KEY_FIGURE.fullmatch(line)) for line in lines]
    return any(a and b for a, b in zip(alone, alone[1:]))
