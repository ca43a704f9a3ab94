"""List and how-to answers: the items of the passage that lists them, as a short list under their heading."""

from __future__ import annotations

from assistant.answer.quotes import Material, quote
from assistant.models import AnswerPart
from assistant.search.sentence_scores import coverage, question_weights, title_of
from assistant.sentences import ITEM_WORDS, announces_list, is_heading, list_blocks, sentence_spans

# How many items and characters a list answer quotes are settings (`settings.tuning`).
MIN_HEADING_COVERAGE = 0.3  # the list's heading (or title) must speak of what is asked
LIST_PASSAGES = 3  # lists are looked for in the best passages only


def list_answer(material: Material) -> tuple[AnswerPart, ...] | None:
    weights = question_weights(material.snap, {t: w for t, w in material.analysis.terms.items()
                                               if not t.startswith("~")})
    best = None
    for rank, row in enumerate(material.rows[:LIST_PASSAGES]):
        title = title_of(material.snap.passages[row].context)
        for intro, items, items_row in _lists(material, row):
            items_text = material.text(items_row)
            # In a flattened nested list, an item that is a heading ("Formation des agents…") heads the
            # items after it: each heading and the intro line start a candidate list.
            starts = [(row, intro, items)] + [(items_row, items[i], items[i + 1:])
                                              for i, (a, b) in enumerate(items[:-1])
                                              if is_heading(items_text[a:b], ITEM_WORDS)]
            for head_row, head, following in starts:
                heading = material.text(head_row)[head[0]:head[1]] if head else ""
                listed = " ".join(items_text[a:b] for a, b in following[:material.tuning.list_items])
                score = coverage(weights, heading, title) + 0.5 * coverage(weights, listed) - 0.1 * rank
                if len(following) >= 2 and (best is None or score > best[0]):
                    best = (score, head_row, head, items_row, following)
    if best is None or best[0] < MIN_HEADING_COVERAGE:
        return None
    _, head_row, intro, items_row, items = best
    parts = []
    used = 0
    if intro and intro[1] - intro[0] <= 160:
        lead = quote(material, head_row, [intro])
        parts.append(AnswerPart((lead,)))
        used += len(lead.text)
    quoted = [quote(material, items_row, [span]) for span in items[:material.tuning.list_items]]
    whole = used + sum(len(q.text) + 4 for q in quoted) <= material.tuning.whole_list_chars
    chosen = []
    for item in quoted:
        if not whole and used + len(item.text) > material.tuning.list_chars and chosen:
            break
        chosen.append(item)
        used += len(item.text) + 4
    parts.append(AnswerPart(tuple(chosen), is_list=True))
    return tuple(parts)


def _lists(material: Material, row: int):
    """The lists of a passage as (intro span, item spans, row of the items); a passage ending on a line
    that announces a list ("…un fonctionnement en 3 niveaux :") lends that line to the items of the
    cited passage that follows it."""
    text = material.text(row)
    for intro, items in list_blocks(text):
        yield intro, items, row
    nxt = row + 1
    if (nxt in material.numbers and material.snap.same_doc_as_previous[nxt]
            and announces_list(text, material.text(nxt))):
        last = sentence_spans(text)[-1]
        for intro, items in list_blocks(material.text(nxt))[:1]:
            if intro is None:  # the list opens the next passage
                yield last, items, nxt
