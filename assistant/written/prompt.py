"""The messages a chat model receives: French instructions, the conversation so far, the numbered passages."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.models import Citation, Turn

NOT_ANSWERED = "Les documents ne permettent pas de répondre."
"""What the model is asked to write, alone, when its passages do not answer (recognised by `says_not_answered`)."""

INSTRUCTIONS = f"""Tu es l'assistant documentaire du réseau des Conseils locaux de santé mentale (CLSM) \
et des centres de ressources politique de la ville. Tu réponds à des coordinateurs et coordinatrices.

Règles :
- Réponds uniquement à partir des extraits numérotés fournis, jamais de tes connaissances.
- Réponds en français, en une à quatre phrases courtes, sans titre ni mise en forme.
- Termine chaque phrase par le numéro entre crochets de l'extrait qui la justifie, par exemple [1] ou [2][3].
- Recopie les nombres, les dates, les noms et les sigles exactement comme dans les extraits.
- N'ajoute aucune information absente des extraits, même si tu la crois vraie.
- Si les extraits ne permettent pas de répondre, écris seulement : « {NOT_ANSWERED} »"""

PASSAGE_CHARS = 2500  # of each passage's text; the numbered passages together stay within a small context


def passage_block(citation: Citation) -> str:
    """One passage as the model reads it: `[n] title — date — place`, then its text, whose own footnote marks
    ("[2]" in a web page) are written "(2)" so that a model copying one does not cite a passage by mistake."""
    head = " — ".join(part for part in (citation.title, citation.date or "", citation.location.label) if part)
    text = citation.text if len(citation.text) <= PASSAGE_CHARS else citation.text[:PASSAGE_CHARS] + " …"
    text = _FOOTNOTE.sub(r"(\1)", text.strip())
    return f"[{citation.n}] {head}\n{text}"


_FOOTNOTE = re.compile(r"\[(\d{1,3})\]")


def chat_messages(question: str, citations: Sequence[Citation], conversation: Sequence[Turn] = ()) -> list[dict]:
    """System instructions, the earlier turns (so that "et pour les élus ?" reads with what came before),
    then the passages and the question."""
    messages = [{"role": "system", "content": INSTRUCTIONS}]
    for turn in conversation:
        messages.append({"role": "user", "content": turn.question})
        if turn.answer:
            messages.append({"role": "assistant", "content": turn.answer})
    passages = "\n\n".join(passage_block(c) for c in citations)
    messages.append({"role": "user", "content": f"Extraits :\n\n{passages}\n\nQuestion : {question}"})
    return messages
