"""List and how-to answers: the items of the passage that lists them, as a short list under their heading."""

from __future__ import annotations

from assistant.answer.quotes import Material, quote
from assistant.models import AnswerPart
from assistant.search.sentence_scores import coverage, question_weights, title_of
from assistant.sentences import ITEM_WORDS, is_heading, list_blocks

MAX_ITEMS = 6
LIST_BUDGET = 340
MIN_HEADING_COVERAGE = 0.3  # the list's heading (or title) must speak of what is asked
LIST_PASSAGES = 3  # lists are looked for in the best passages only


def list_answer(material: Material) -> tuple[AnswerPart, ...] | None:
    weights = question_weights(material.snap, {t: w for t, w in material.analysis.terms.items()
                                               if not t.startswith("~")})
    best = None
    for rank, row in enumerate(material.rows[:LIST_PASSAGES]):
        text = material.text(row)
        title = title_of(material.snap.passages[row].context)
        for intro, items in list_blocks(text):
            # In a flattened nested list, an item that is a heading ("Formation des agents…") heads the
            # items after it: each heading and the intro line start a candidate list.
            starts = [(intro, items)] + [(items[i], items[i + 1:]) for i, (a, b) in enumerate(items[:-1])
                                         if is_heading(text[a:b], ITEM_WORDS)]
            for head, following in starts:
                heading = text[head[0]:head[1]] if head else ""
                items_text = " ".join(text[a:b] for a, b in following[:MAX_ITEMS])
                score = coverage(weights, heading, title) + 0.5 * coverage(weights, items_text) - 0.1 * rank
                if len(following) >= 2 and (best is None or score > best[0]):
                    best = (score, row, head, following)
    if best is None or best[0] < MIN_HEADING_COVERAGE:
        return None
    _, row, intro, items = best
    parts = []
    used = 0
    if intro and intro[1] - intro[0] <= 160:
        lead = quote(material, row, [intro])
        parts.append(AnswerPart((lead,)))
        used += len(lead.text)
    chosen = []
    for span in items[:MAX_ITEMS]:
        item = quote(material, row, [span])
        if used + len(item.text) > LIST_BUDGET and chosen:
            break
        chosen.append(item)
        used += len(item.text) + 4
    parts.append(AnswerPart(tuple(chosen), is_list=True))
    return tuple(parts)
